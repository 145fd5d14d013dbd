#!/usr/bin/env python3
"""Generate holdout set 185: five fictional ondersteuningsplannen (4 VO, 1 PO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
Formats: .docx (python-docx), .pdf (rendered from a temporary .docx with LibreOffice), .md, .html.
All organisations, people, places and figures are fictional.
"""
from __future__ import annotations

import datetime
import html
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc", [lines]) ("h1", t) ("h2", t) ("p", t) ("ul", [items])
# ("table", [header, row, ...]) ("break",)
# ---------------------------------------------------------------------------------------------


def render_docx(blocks, path: Path, header_text: str, footer_text: str) -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
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
            d.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                d.add_paragraph(line)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.core_properties.author = "Bureau samenwerkingsverband"
    d.core_properties.title = header_text
    fixed = datetime.datetime(2026, 4, 14, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the package with fixed zip timestamps so the output is byte-for-byte reproducible
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 4, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def render_md(blocks, header_text: str) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend(["", *[f"**{x}**  " for x in b[1][1:]], ""])
        elif kind == "toc":
            out.append("## Inhoudsopgave\n")
            out.extend([f"- {x}" for x in b[1]])
            out.append("")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.extend([f"- {x}" for x in b[1]])
            out.append("")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "break":
            out.append("---\n")
    return "\n".join(out) + "\n"


def render_html(blocks, title: str) -> str:
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(b[1][0])}</h1>")
            out.extend(f"<p><strong>{html.escape(x)}</strong></p>" for x in b[1][1:])
        elif kind == "toc":
            out.append("<nav><h2>Inhoud</h2><ul>")
            out.extend(f"<li>{html.escape(x)}</li>" for x in b[1])
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "break":
            out.append("<hr>")
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"


def docx_to_pdf(blocks, pdf_path: Path, header_text: str, footer_text: str) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="holdout185_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks) -> int:
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------------------------
# Element-neutral filler (voorwoord, visie, governance, personeel, ICT, planning ...).
# These passages mention element words only in passing and must not address any criterion.
# ---------------------------------------------------------------------------------------------


def f_voorwoord(swv, periode, wie, functie):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {swv}. Het is het derde plan sinds de "
              "invoering van passend onderwijs en het eerste dat we vanaf de eerste schets samen met "
              "schoolleiders, ondersteuningscoördinatoren, leraren, ouders en leerlingen hebben geschreven. "
              "In ruim dertig gesprekken, werksessies en een digitale enquête hebben we opgehaald wat goed "
              "gaat en wat beter moet. Die opbrengst is in dit plan verwerkt."),
        ("p", "De afgelopen jaren hebben ons geleerd dat papier geduldig is. Een plan is pas iets waard als "
              "het herkenbaar is op de werkvloer: in het mentoruur, in het gesprek met ouders aan de keukentafel "
              "en in de klas waar een docent met dertig leerlingen probeert iedereen mee te nemen. Daarom hebben "
              "we geprobeerd minder te beloven en meer af te spreken. Waar iets nog niet klaar is, zeggen we dat "
              "eerlijk."),
        ("p", "De context is niet eenvoudig. Het lerarentekort raakt ook onze scholen, de vraag naar jeugdhulp "
              "blijft groot en de middelen zijn niet onbeperkt. Tegelijkertijd zien we veel vakmanschap en "
              "betrokkenheid. Het is die betrokkenheid waarop dit plan bouwt. Resultaten voor leerlingen "
              "ontstaan niet in een bestuurskamer maar in de school."),
        ("p", "Ik dank iedereen die heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad "
              "die het concept kritisch en opbouwend hebben gelezen, en de collega's van de gemeenten voor het "
              "constructieve overleg."),
        ("p", f"{wie}, {functie}"),
    ]


def f_inleiding(swv, periode, sector):
    wet = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)"
    return [
        ("h1", "Inleiding"),
        ("h2", "Waarom een ondersteuningsplan"),
        ("p", f"Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              f"De wettelijke basis daarvoor ligt in {wet}. Het plan beschrijft hoe het samenwerkingsverband "
              "de opdracht van passend onderwijs invult. Het is de basis voor het jaarplan, de jaarbegroting en "
              "het jaarverslag, en het is de maatstaf waaraan de ondersteuningsplanraad, de gemeenten en de "
              "inspectie ons kunnen houden."),
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de regio en de aangesloten schoolbesturen. Daarna volgen visie en missie, "
              "de inhoudelijke hoofdstukken en tot slot organisatie, governance, planning en de bijlagen. Waar "
              "in de tekst het woord ouders staat, bedoelen we ook verzorgers. Waar we schrijven over leerlingen, "
              "bedoelen we alle kinderen en jongeren die op een van onze scholen staan ingeschreven of zouden "
              "moeten staan."),
        ("h2", "Status van dit document"),
        ("p", f"Dit plan geldt voor de periode {periode}. Jaarlijks stellen we een jaarplan op waarin de "
              "activiteiten en prioriteiten voor het komende schooljaar worden beschreven. Wijzigingen in het "
              "plan zelf leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad."),
    ]


def f_visie(swv, motto):
    return [
        ("h1", "Visie en missie"),
        ("p", f"\u201c{motto}\u201d Dat is de korte samenvatting van waar {swv} voor staat. Wij geloven dat "
              "elke jongere het recht heeft om zich te ontwikkelen in een omgeving die bij hem of haar past, "
              "zo dicht mogelijk bij huis en samen met leeftijdgenoten. Inclusiever waar het kan, speciaal waar "
              "het moet."),
        ("h2", "Missie"),
        ("p", "Het samenwerkingsverband is van en voor de scholen. Wij faciliteren, verbinden en stellen "
              "kaders. De schoolbesturen dragen de verantwoordelijkheid voor goed onderwijs en goede "
              "ondersteuning; het samenwerkingsverband zorgt voor de randvoorwaarden en spreekt besturen aan "
              "als afspraken niet worden nagekomen."),
        ("h2", "Kernwaarden"),
        ("ul", ["Vertrouwen: we gaan uit van de professionaliteit van scholen en van de kennis die ouders "
                "over hun kind hebben.",
                "Eigenaarschap: wie het probleem ziet, pakt het op en laat pas los als het is opgelost.",
                "Transparantie: we zijn open over keuzes, middelen en dilemma's.",
                "Samenwerking: geen jongere tussen wal en schip, ook niet tussen onderwijs en zorg."]),
        ("p", "Deze waarden klinken vanzelfsprekend. In de praktijk botsen ze soms: vertrouwen in scholen "
              "en het aanspreken van scholen gaan niet altijd samen. Juist daarover voeren we het gesprek in "
              "het directeurenoverleg en in de regiotafels."),
    ]


def f_governance(swv, rechtsvorm, toezicht):
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{swv} is een {rechtsvorm}. De aangesloten schoolbesturen vormen samen het algemeen bestuur "
              f"(de ledenraad). Het dagelijks bestuur en de dagelijkse leiding berusten bij de "
              f"directeur-bestuurder. {toezicht} Bestuur en toezicht zijn conform de Code Goed Bestuur "
              "gescheiden. De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten "
              "besturen en het samenwerkingsverband."),
        ("p", "Het toezichthoudend orgaan vergadert vijf keer per jaar en heeft een auditcommissie en een "
              "remuneratiecommissie ingesteld. Jaarlijks vindt een zelfevaluatie plaats, eens in de drie jaar "
              "onder externe begeleiding. De accountant wordt benoemd door het toezichthoudend orgaan."),
        ("h2", "Bureau"),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder en voert de "
              "uitvoerende taken uit. Het bureau is gehuisvest in een gedeeld pand met een van de aangesloten "
              "schoolbesturen. Dat bevordert de korte lijnen, maar vraagt ook om heldere afspraken over "
              "onafhankelijkheid en vertrouwelijkheid."),
        ("h2", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) en, voor het personeel van het "
              "bureau, een eigen medezeggenschapsraad. De OPR heeft instemmingsrecht op het ondersteuningsplan "
              "en op wijzigingen daarvan. De OPR heeft een eigen reglement en een eigen budget voor scholing "
              "en ondersteuning. Jaarlijks is er een gezamenlijke bijeenkomst van OPR en toezichthouders."),
    ]


def f_personeel(swv, fte):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bureau van {swv} telt in totaal circa {fte} fte, verdeeld over directie, staf, "
              "secretariaat en de inhoudelijke teams. Het samenwerkingsverband volgt de cao van de sector. "
              "Bij vacatures geven we voorrang aan medewerkers van de aangesloten besturen, waardoor kennis in "
              "de regio behouden blijft. Detachering vanuit besturen blijft mogelijk."),
        ("p", "Het lerarentekort en het tekort aan gedragswetenschappers raken het samenwerkingsverband "
              "direct. We investeren daarom in een eigen leernetwerk: bijeenkomsten voor "
              "ondersteuningscoördinatoren, intervisie voor mentoren, een jaarlijkse studiedag en een "
              "traineeplek voor een pas afgestudeerde orthopedagoog. Het scholingsaanbod staat open voor "
              "alle aangesloten scholen."),
        ("p", "Duurzame inzetbaarheid krijgt aandacht in de gesprekscyclus. Medewerkers voeren jaarlijks een "
              "ontwikkelgesprek; het ziekteverzuim van het bureau bespreken we in de medezeggenschapsraad."),
    ]


def f_ict(swv):
    return [
        ("h1", "Privacy, ICT en informatiebeveiliging"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid, voor zover dat nodig is voor de wettelijke taken. Wij werken volgens de Algemene "
              "verordening gegevensbescherming. Er is een functionaris gegevensbescherming aangesteld, die "
              "wordt gedeeld met twee andere samenwerkingsverbanden in de provincie."),
        ("p", "Dossiers worden uitsluitend digitaal uitgewisseld via een beveiligde omgeving met "
              "tweefactorauthenticatie. E-mail wordt niet gebruikt voor het versturen van leerlinggegevens. "
              "Met alle leveranciers zijn verwerkersovereenkomsten gesloten. Bewaartermijnen zijn vastgelegd "
              "in het privacyreglement; gegevens worden na afloop van de termijn vernietigd."),
        ("p", "Het bureau werkt in een cloudomgeving die jaarlijks door een externe partij op beveiliging wordt "
              "getoetst. Medewerkers volgen elk jaar een korte training bewustwording informatiebeveiliging. "
              "Datalekken worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de "
              "Autoriteit Persoonsgegevens."),
    ]


def f_arbeidsmarkt():
    return [
        ("h1", "Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        ("p", "Een goede start na het voortgezet onderwijs is het sluitstuk van een doorgaande leerlijn. "
              "Samen met de mbo-instellingen in de regio organiseren we jaarlijks een overdrachtsmoment in het "
              "voorjaar. Voor jongeren uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken "
              "we samen met het regionale werkbedrijf en met werkgevers die leerwerkplekken aanbieden."),
        ("p", "Jongeren zonder startkwalificatie die dreigen uit te vallen, worden gevolgd door de "
              "regionale meld- en coördinatiefunctie voortijdig schoolverlaten. Het samenwerkingsverband "
              "neemt deel aan het regionale programma en levert waar nodig informatie aan."),
    ]


def f_planning(rows):
    return [
        ("h1", "Planning en totstandkoming"),
        ("p", "Onderstaand overzicht geeft de belangrijkste stappen in de totstandkoming van dit plan en de "
              "geplande ijkmomenten in de planperiode."),
        ("table", [["Moment", "Activiteit"], *rows]),
    ]


def f_overstap():
    return [
        ("h1", "Overstap van primair naar voortgezet onderwijs"),
        ("p", "De overstap van groep 8 naar de brugklas is voor veel leerlingen en ouders een spannend moment, "
              "en zeker voor leerlingen die op de basisschool extra ondersteuning kregen. De regionale "
              "overstapprocedure is vastgelegd in de POVO-afspraken die jaarlijks met de besturen in het "
              "primair onderwijs worden geactualiseerd. Het schooladvies van de basisschool is leidend voor de "
              "plaatsing in de brugklas; de vo-school neemt de leerling aan op basis van dat advies en het "
              "onderwijskundig rapport."),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte vindt een warme overdracht plaats: de intern "
              "begeleider van de basisschool en de ondersteuningscoördinator van de vo-school spreken elkaar "
              "vóór de zomervakantie. In juni organiseren de scholen kennismakingsmiddagen in kleine groepen. "
              "Het samenwerkingsverband faciliteert de overdracht met een digitaal overdrachtsdossier en "
              "een regionale overstapkalender."),
        ("p", "De aanmeldperiode voor het voortgezet onderwijs valt in maart. Scholen hanteren een "
              "gezamenlijke aanmelddatum, zodat ouders niet onder druk komen te staan om vroeg te kiezen. "
              "De uitslag van de doorstroomtoets kan in het voorjaar nog leiden tot een heroverweging van "
              "het schooladvies."),
    ]


def f_besturen(swv):
    return [
        ("h1", "Samenwerking tussen de besturen"),
        ("p", f"De kracht van {swv} ligt in de samenwerking tussen de aangesloten besturen. Grote en kleine "
              "besturen, openbaar en bijzonder, werken samen aan dezelfde opdracht. Dat gaat niet vanzelf. "
              "Besturen hebben hun eigen strategische plannen, hun eigen identiteit en hun eigen "
              "financiële positie. In het bestuurlijk overleg bespreken we daarom niet alleen besluiten, "
              "maar ook dilemma's en verschillen in aanpak."),
        ("p", "In de afgelopen periode hebben we geïnvesteerd in het onderling vertrouwen: bestuurders "
              "bezoeken elkaars scholen, we organiseren twee keer per jaar een bestuurlijke heidag en nieuwe "
              "bestuurders krijgen een buddy uit een ander bestuur. Die investering willen we voortzetten. "
              "Afspraken die in het bestuurlijk overleg worden gemaakt, worden vastgelegd in een "
              "besluitenlijst die binnen een week aan alle besturen wordt toegestuurd."),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 1 - VO Zuiderwaard (.docx)
# ---------------------------------------------------------------------------------------------

def plan1():
    swv = "Samenwerkingsverband VO Zuiderwaard"
    b = [("title", ["Ondersteuningsplan 2026-2030", swv + " (VO 27-14)",
                    "Samen sterk voor elke leerling", "Vastgesteld door het algemeen bestuur op 14 april 2026"]),
         ("toc", ["Voorwoord", "Inleiding", "1 De regio in cijfers", "2 Visie en missie",
                  "3 Basisondersteuning: wat elke school biedt", "4 Het ondersteuningscontinuüm",
                  "5 Toewijzing: vso, lwoo en praktijkonderwijs", "5.4 Terugplaatsing en overplaatsing",
                  "6 Dekkend netwerk en thuiszitters", "7 Beoogde resultaten en kwaliteitszorg",
                  "8 Communicatie", "9 Geld en middelen", "10 Organisatie en governance",
                  "11 Personeel en professionalisering", "12 Privacy, ICT en informatiebeveiliging",
                  "13 Aansluiting op vervolgonderwijs en arbeidsmarkt", "14 Planning en totstandkoming",
                  "Bijlage: Begrippenlijst"])]
    b += f_voorwoord(swv, "2026-2030", "drs. M.A. (Marieke) Holtkamp", "directeur-bestuurder")
    b += f_inleiding(swv, "1 augustus 2026 tot en met 31 juli 2030", "vo")
    b += [("h1", "1 De regio in cijfers"),
          ("p", "Het samenwerkingsverband omvat vijf gemeenten in het zuidelijk deel van de provincie. Er zijn "
                "negen schoolbesturen aangesloten met samen 21 vestigingen voor voortgezet onderwijs, twee "
                "scholen voor praktijkonderwijs en drie vso-locaties (cluster 3 en 4). Op de teldatum "
                "1 oktober 2025 stonden 14.860 leerlingen ingeschreven in het regulier voortgezet onderwijs, "
                "612 in het praktijkonderwijs en 431 in het vso."),
          ("p", "Het leerlingaantal daalt licht, met name in de plattelandsgemeenten. Dat heeft gevolgen voor "
                "het aanbod van kleinere vestigingen en voor de ondersteuningsmiddelen die met het "
                "leerlingaantal meebewegen. Tegelijkertijd groeit het aantal nieuwkomers in de stedelijke kern.")]
    b += f_visie(swv, "Thuisnabij waar het kan, specialistisch waar het moet")
    b += [("h1", "3 Basisondersteuning: wat elke school biedt"),
          ("p", "Basisondersteuning is in Zuiderwaard het afgesproken minimumniveau van ondersteuning dat "
                "iedere vestiging van iedere aangesloten school biedt, zonder aanvraag bij het "
                "samenwerkingsverband en zonder aparte beschikking. Het niveau is door alle negen besturen "
                "vastgesteld en geldt voor havo/vwo-afdelingen even goed als voor vmbo-afdelingen en het "
                "praktijkonderwijs. Een ouder kan ervan uitgaan dat onderstaande voorzieningen op elke "
                "vestiging beschikbaar zijn."),
          ("table", [["Domein", "Wat elke vestiging minimaal biedt"],
                     ["Structuur", "Een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen; "
                                   "een intern ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt "
                                   "met de orthopedagoog van de school of van het samenwerkingsverband."],
                     ["Mentoraat", "Een mentor per klas met een vast mentoruur en minimaal twee "
                                   "voortgangsgesprekken per jaar met leerling en ouders."],
                     ["Leren", "Dyslexie- en dyscalculieprotocol met faciliteiten (extra tijd, voorlezen, "
                               "vergroot examenwerk); huiswerkbegeleiding of huiswerkklas in de onderbouw; "
                               "training plannen en organiseren (executieve functies)."],
                     ["Sociaal-emotioneel", "Faalangstreductietraining, sociale-vaardigheidstraining, een "
                                            "anti-pestcoördinator en een protocol bij signalen van "
                                            "kindermishandeling (meldcode)."],
                     ["Gedrag", "Een time-outvoorziening met begeleiding en een afgesproken terugkeergesprek, "
                                "check-in/check-out voor leerlingen die dat nodig hebben."],
                     ["Fysiek en medisch", "Protocol medisch handelen, een prikkelarme werkplek en afspraken "
                                           "over aangepast rooster bij langdurige ziekte."]]),
          ("p", "Alles wat boven dit niveau uitgaat, noemen we extra ondersteuning. Daarvoor kan een school "
                "een arrangement aanvragen of gebruikmaken van een bovenschoolse voorziening (zie hoofdstuk 4)."),
          ("h2", "3.1 Borging"),
          ("p", "Iedere vestiging neemt de basisondersteuning op in de schoolgids. Eens in de twee jaar voert "
                "het samenwerkingsverband een kwaliteitsgesprek aan de hand van de kwaliteitskaart "
                "basisondersteuning, met een schoolbezoek en een gesprek met leerlingen. Scoort een vestiging "
                "op een domein onvoldoende, dan stelt het bestuur binnen drie maanden een verbeterplan op; het "
                "samenwerkingsverband bespreekt de voortgang na zes maanden met het bestuur.")]
    b += [("h1", "4 Het ondersteuningscontinuüm"),
          ("p", "Ondersteuning in Zuiderwaard is georganiseerd in vier niveaus die op elkaar aansluiten. Het "
                "uitgangspunt is steeds dat een leerling zo licht als mogelijk en zo zwaar als nodig wordt "
                "ondersteund, en dat de ondersteuning zoveel mogelijk naar de leerling toe komt."),
          ("ul", ["Niveau 1 - basisondersteuning op elke vestiging (hoofdstuk 3).",
                  "Niveau 2 - extra ondersteuning in de school: arrangementen die de school met middelen uit "
                  "het schoolbudget inricht, zoals een trajectklas, een rustklas, coaching door een "
                  "autismespecialist of een lwoo-aanbod in kleine groepen.",
                  "Niveau 3 - bovenschoolse voorzieningen: het OPDC De Overstap (tijdelijke plaatsing tot "
                  "maximaal een jaar voor leerlingen in de onderbouw), de reboundvoorziening (tijdelijke opvang "
                  "van 6 tot 12 weken), de ISK voor nieuwkomers en de plusvoorziening voor hoogbegaafde "
                  "leerlingen die vastlopen.",
                  "Niveau 4 - voortgezet speciaal onderwijs (cluster 3 en 4) en het praktijkonderwijs, met een "
                  "toelaatbaarheidsverklaring of aanwijzing."]),
          ("p", "Onderwijs-zorgarrangementen, waarin onderwijs en jeugdhulp samen één plan uitvoeren, zijn "
                "mogelijk op alle niveaus. De gemeenten financieren het zorgdeel, het samenwerkingsverband of "
                "de school het onderwijsdeel. Deze afspraken zijn vastgelegd in het regionaal convenant "
                "onderwijs-jeugdhulp dat in het OOGO is bekrachtigd.")]
    b += [("h1", "5 Toewijzing: vso, lwoo en praktijkonderwijs"),
          ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso, over de aanwijzing voor "
                "leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het praktijkonderwijs. "
                "Deze besluiten worden genomen door de Commissie Toewijzing (CT) namens de "
                "directeur-bestuurder."),
          ("h2", "5.1 Procedure"),
          ("ul", ["Stap 1 - Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, "
                  "dient de aanvraag digitaal in. Bij een aanvraag voor vso voegt de school het "
                  "ontwikkelingsperspectiefplan, het groeidocument met minimaal twee geëvalueerde cycli en de "
                  "zienswijze van ouders en leerling toe.",
                  "Stap 2 - De CT toetst binnen vijf werkdagen of het dossier compleet is.",
                  "Stap 3 - Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
                  "psycholoog en, afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld een "
                  "maatschappelijk werker, jeugdarts of kinderpsychiater). De deskundigen zijn niet betrokken "
                  "geweest bij de aanvraag.",
                  "Stap 4 - De CT besluit binnen zes weken na ontvangst van een volledig dossier. Ouders en "
                  "school ontvangen het besluit en een afschrift van de deskundigenadviezen.",
                  "Voor lwoo en pro geldt een vaste route: de basisschool of de vo-school meldt de leerling "
                  "uiterlijk 1 februari aan; de testgegevens (capaciteiten en didactische toetsen) worden vóór "
                  "1 maart aangeleverd; de CT besluit uiterlijk 15 april, zodat de plaatsing in de brugklas "
                  "tijdig rond is."]),
          ("h2", "5.2 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de "
                "ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met basisondersteuning "
                "en een arrangement op niveau 2 of 3 kan bieden; er is een OPP met minimaal twee geëvalueerde "
                "cycli, of er is sprake van een ernstige situatie waarin direct specialistisch onderwijs "
                "nodig is; en de deskundigen adviseren positief."),
          ("p", "Voor lwoo hanteert Zuiderwaard de landelijke criteria: een IQ tussen 75 en 90 met een "
                "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend "
                "lezen of inzichtelijk rekenen; of een IQ tussen 91 en 120 met een dergelijke achterstand én "
                "sociaal-emotionele problematiek. Voor praktijkonderwijs gelden de landelijke criteria: een IQ "
                "van 55 tot en met 80 en een leerachterstand van ten minste 50 procent op twee of meer "
                "domeinen."),
          ("h2", "5.3 Duur, categorie en bezwaar"),
          ("p", "Een TLV voor het vso wordt in de regel afgegeven voor twee schooljaren en eindigt altijd op "
                "31 juli. Bij ernstige, blijvende beperkingen kan de CT een TLV tot het einde van de "
                "schoolloopbaan afgeven. De CT bepaalt de bekostigingscategorie laag, midden of hoog op basis "
                "van de ondersteuningsbehoefte. Een lwoo-aanwijzing en een pro-toelaatbaarheid gelden voor de "
                "hele schoolloopbaan in het voortgezet onderwijs."),
          ("p", "Ouders en school kunnen binnen zes weken na de dagtekening bezwaar maken. Zuiderwaard is "
                "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het "
                "bestuur adviseert over het bezwaar."),
          ("h2", "5.4 Terugplaatsing en overplaatsing"),
          ("p", "In het laatste schooljaar waarin de TLV geldt, evalueert de vso-school vóór 1 maart het OPP "
                "met de leerling en de ouders. De vso-school meldt uiterlijk 15 maart aan de CT of zij "
                "terugplaatsing naar het regulier voortgezet onderwijs, overplaatsing naar een andere "
                "vso-school of een verlenging voorstelt. Bij terugplaatsing organiseert de vso-school een "
                "overdrachtsgesprek met de ontvangende school; het bevoegd gezag van de ontvangende school "
                "beslist over de inschrijving. Bij verlenging dient de vso-school een nieuwe aanvraag in "
                "volgens 5.1. Zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
          ("p", "Een breder beleidskader terugplaatsing, met de ambities van het samenwerkingsverband en de "
                "afspraken over begeleiding na de overstap, is onderwerp van de werkgroep vso-vo die in het "
                "eerste planjaar start; de uitkomsten nemen we mee in de tussentijdse actualisatie.")]
    b += [("h1", "6 Dekkend netwerk en thuiszitters"),
          ("p", "Een dekkend netwerk betekent dat er voor elke jongere in de regio een passende plek is. "
                "Twee keer per jaar maken we met de besturen een analyse van het netwerk: welke voorzieningen "
                "zijn vol, waar ontstaan wachtlijsten, welke groepen leerlingen vallen tussen twee stoelen. In "
                "de laatste analyse (november 2025) zagen we twee witte vlekken: een passend aanbod voor "
                "hoogbegaafde leerlingen met autisme in de bovenbouw havo/vwo en een tekort aan plaatsen in "
                "het OPDC in het voorjaar. Voor de eerste start in augustus 2027 een pilot op twee "
                "vestigingen; voor de tweede breiden we het OPDC per 1 augustus 2026 uit met acht plaatsen."),
          ("p", "Elke leerling die langer dan vier weken niet naar school gaat, wordt binnen een week "
                "besproken aan de Thuiszitterstafel, waarin leerplicht, jeugdhulp, school en "
                "samenwerkingsverband zitten. De trajectbegeleider van het samenwerkingsverband wordt "
                "casusregisseur totdat de leerling weer onderwijs volgt. Lukt het niet binnen drie maanden, "
                "dan escaleert de casus naar de directeur-bestuurder en de betrokken schoolbestuurders. De "
                "besturen hebben in het Thuiszitterspact afgesproken dat een school een leerling niet "
                "uitschrijft voordat een andere school de inschrijving heeft bevestigd (zorgplicht)."),
          ("h2", "6.1 Samenwerking met gemeenten"),
          ("p", "Met de vijf gemeenten voeren we jaarlijks OOGO over onder meer jeugdhulp op school, "
                "leerlingenvervoer, onderwijshuisvesting van de vso-scholen en de aanpak van verzuim. De "
                "gemeenten financieren een schoolmaatschappelijk werker op elke vestiging en een jeugdhulpcoach "
                "in het OPDC. Het OOGO over dit plan is op 10 maart 2026 afgerond met een positief advies.")]
    b += [("h1", "7 Beoogde resultaten en kwaliteitszorg"),
          ("p", "Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd voor leerlingen die "
                "extra ondersteuning nodig hebben. De waarden zijn streefwaarden voor 31 juli 2030."),
          ("table", [["Doel", "Streefwaarde 2030"],
                     ["Aantal thuiszitters langer dan drie maanden (peildatum 1 oktober)", "maximaal 5"],
                     ["Deelnamepercentage vso", "ten hoogste 2,8%"],
                     ["Leerlingen met lwoo die een diploma halen in de leerweg waarin zij startten", "ten minste 85%"],
                     ["Doorlooptijd besluit vso vanaf volledig dossier", "binnen 6 weken in 95% van de gevallen"],
                     ["Leerlingen die na OPDC binnen een jaar terug zijn op een reguliere school", "ten minste 80%"]]),
          ("p", "Hoe we de voortgang op deze doelen precies gaan meten, welke bronnen we gebruiken en hoe en "
                "wanneer we erover rapporteren, beschrijven we in een monitoringskader dat in de loop van het "
                "eerste planjaar wordt opgesteld. Dat kader wordt geen onderdeel van dit plan.")]
    b += [("h1", "8 Communicatie"),
          ("p", "Goede informatie begint bij de school, maar het samenwerkingsverband heeft een eigen "
                "verantwoordelijkheid. Ouders vinden op de website van Zuiderwaard per school de "
                "basisondersteuning en het extra aanbod, de bovenschoolse voorzieningen en de route naar vso, "
                "lwoo en praktijkonderwijs. De ouderbrochure \u2018Passend in de brugklas\u2019 wordt elk "
                "najaar via de basisscholen aan ouders van groep 8 uitgereikt. Twee keer per jaar organiseren "
                "we een informatieavond over extra ondersteuning; de presentatie is ook in het Arabisch, "
                "Pools en Turks beschikbaar. Iedere school neemt in de schoolgids een paragraaf op over het "
                "ondersteuningsaanbod met een link naar de website."),
          ("h2", "8.1 Onafhankelijke hulp voor ouders"),
          ("p", "Ouders en leerlingen die vastlopen of het oneens zijn met de school of met het "
                "samenwerkingsverband, kunnen kosteloos terecht bij het Ouder- en Jeugdsteunpunt Zuiderwaard. "
                "Het steunpunt is ondergebracht bij een onafhankelijke stichting en werkt uitsluitend in het "
                "belang van de leerling. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten "
                "en, bij geschillen over toelating, verwijdering of het OPP, op de Geschillencommissie "
                "passend onderwijs."),
          ("h2", "8.2 Ouders en leerlingen als partner"),
          ("p", "De helft van de leden van de ondersteuningsplanraad is ouder of leerling. Leerlingen met een "
                "OPP hebben hoorrecht: de school bespreekt het OPP met hen en legt hun mening vast.")]
    b += [("h1", "9 Geld en middelen"),
          ("p", "Zuiderwaard ontvangt van het Rijk middelen voor lichte en zware ondersteuning en voor lwoo "
                "en praktijkonderwijs. Van de middelen voor zware ondersteuning gaat het grootste deel via "
                "DUO rechtstreeks naar de vso-scholen (afdrachten)."),
          ("h2", "9.1 Verdeling"),
          ("p", "De middelen die overblijven na afdrachten en bovenschoolse voorzieningen, gaan als "
                "schoolbudget naar de besturen. Het verdeelmodel kent een vaste voet van € 25.000 per "
                "vestiging en een bedrag van € 168 per leerling op de teldatum 1 oktober van het voorgaande "
                "jaar. Lwoo- en pro-middelen worden doorgegeven aan de scholen naar rato van het aantal "
                "aangewezen of toelaatbaar verklaarde leerlingen. Het algemeen bestuur stelt de bedragen "
                "jaarlijks vóór 1 december vast bij de begroting."),
          ("h2", "9.2 Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdragen ondersteuning", "19.840", "19.610", "19.380", "19.150"],
                     ["Afdrachten vso (DUO)", "7.920", "7.880", "7.850", "7.820"],
                     ["Lwoo en pro doorbetaald aan scholen", "6.110", "6.020", "5.940", "5.860"],
                     ["Schoolbudgetten besturen", "2.980", "2.950", "2.910", "2.880"],
                     ["OPDC, rebound en plusvoorziening", "1.640", "1.720", "1.720", "1.720"],
                     ["Thuiszittersaanpak en trajectbegeleiding", "420", "420", "410", "400"],
                     ["Bureau, personeel en huisvesting", "1.050", "1.060", "1.070", "1.080"],
                     ["Resultaat", "-280", "-440", "-520", "-610"]]),
          ("p", "De negatieve resultaten zijn bewust begroot: we bouwen de reserve af tot de "
                "signaleringswaarde. Eind 2025 bedroeg het eigen vermogen € 3,4 miljoen; in 2029 verwachten we "
                "een weerstandsvermogen van circa 8 procent van de baten."),
          ("h2", "9.3 Verantwoording"),
          ("p", "Besturen verantwoorden vóór 1 mei over het voorgaande kalenderjaar de besteding van het "
                "schoolbudget per vestiging, aan de hand van een vast format: aantallen leerlingen per "
                "arrangement, inzet in fte en een korte evaluatie.")]
    b += f_governance(swv, "stichting", "Toezicht wordt gehouden door een raad van toezicht van vijf "
                                         "onafhankelijke leden.")
    b += f_personeel(swv, "23")
    b += f_ict(swv)
    b += f_arbeidsmarkt()
    b += f_planning([["september 2025", "Start werksessies met scholen, ouders en leerlingen"],
                     ["januari 2026", "Concept ter consultatie bij besturen en OPR"],
                     ["10 maart 2026", "Afronding OOGO met de gemeenten"],
                     ["24 maart 2026", "Instemming ondersteuningsplanraad"],
                     ["14 april 2026", "Vaststelling door het algemeen bestuur"],
                     ["vóór 1 mei 2026", "Toezending aan de inspectie"],
                     ["voorjaar 2028", "Tussentijdse evaluatie en actualisatie"]])
    b += [("h1", "Bijlage: Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OPP", "Ontwikkelingsperspectiefplan."],
                     ["Terugplaatsing", "Overstap van een leerling van het vso naar het regulier vo."],
                     ["TLV", "Toelaatbaarheidsverklaring voor het vso."],
                     ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
                     ["Resultaten", "Beoogde en bereikte effecten van het beleid."]])]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 2 - VO Oostergouw (.pdf)
# ---------------------------------------------------------------------------------------------

def plan2():
    swv = "Samenwerkingsverband voortgezet onderwijs Oostergouw"
    b = [("title", ["Ondersteuningsplan Oostergouw 2026-2030", swv + " - VO 21-09",
                    "Definitieve versie na instemming OPR (3 maart 2026)"]),
         ("toc", ["Voorwoord", "Inleiding", "1 Onze regio", "2 Visie en missie", "3 Basisondersteuning",
                  "4 Van extra ondersteuning tot vso", "5 Toewijzing en terugkeer", "6 Sluitend aanbod",
                  "7 Kwaliteitszorg", "8 Communicatie en voorlichting", "9 Financieel beleid",
                  "10 Organisatie en governance", "11 Landelijke ontwikkelingen", "12 Personeel",
                  "13 Privacy en ICT", "14 Kennisdeling en innovatie", "15 Aansluiting op vervolgonderwijs",
                  "16 Overstap po-vo", "17 Planning", "Bijlage 1 Afkortingen", "Bijlage 3 Standaarden basisondersteuning (afzonderlijk)"])]
    b += f_voorwoord(swv, "2026-2030", "J. (Jeroen) van Dalfsen", "directeur-bestuurder")
    b += f_inleiding(swv, "2026-2030", "vo")
    b += [("h1", "1 Onze regio"),
          ("p", "Oostergouw omvat zeven gemeenten, twaalf schoolbesturen, 26 vestigingen voor regulier "
                "voortgezet onderwijs, drie scholen voor praktijkonderwijs en vier vso-scholen. Het aantal "
                "leerlingen bedroeg op 1 oktober 2025 ruim 19.000. In de afgelopen planperiode is het aantal "
                "leerlingen in het vso gestegen, terwijl het totaal aantal leerlingen licht daalde."),
          ("p", "De regio is divers: een middelgrote stad met een sterk havo/vwo-aanbod en een landelijk "
                "gebied waar vmbo-scholen met kleine afdelingen werken. Reistijden zijn voor sommige "
                "leerlingen lang; leerlingenvervoer is daarom een terugkerend gespreksonderwerp met de "
                "gemeenten.")]
    b += f_visie(swv, "Elke jongere telt, elke school doet mee")
    b += [("h1", "3 Basisondersteuning"),
          ("p", "Basisondersteuning is het door alle aangesloten besturen gezamenlijk afgesproken minimum aan "
                "ondersteuning dat elke vestiging in Oostergouw biedt. Het niveau geldt voor alle "
                "schoolsoorten en is niet afhankelijk van de omvang of de denominatie van de school. Een "
                "school die dit niveau niet haalt, kan geen aanspraak maken op middelen voor extra "
                "ondersteuning voordat een verbeterplan is vastgesteld."),
          ("p", "Welke voorzieningen, interventies en deskundigheid precies tot de basisondersteuning "
                "behoren, is vastgelegd in de Standaarden basisondersteuning Oostergouw (bijlage 3, "
                "afzonderlijk gepubliceerd) en wordt per school uitgewerkt in het schoolondersteuningsprofiel, "
                "dat ouders via de website van de school kunnen raadplegen."),
          ("h2", "3.1 Zelfevaluatie en audit"),
          ("p", "Elke vestiging voert om de twee jaar een zelfevaluatie uit op de standaarden. Een auditteam "
                "van twee ondersteuningscoördinatoren van andere scholen en een stafmedewerker van het "
                "samenwerkingsverband bezoekt de school en schrijft een kort rapport. Blijft een vestiging op "
                "een standaard achter, dan volgt binnen drie maanden een verbeterplan en na een jaar een "
                "hercontrole.")]
    b += [("h1", "4 Van extra ondersteuning tot vso"),
          ("p", "Het ondersteuningsaanbod in Oostergouw is opgebouwd als een trap. Op elke trede wordt eerst "
                "gekeken of de ondersteuning dichter bij de reguliere klas kan worden georganiseerd."),
          ("table", [["Trede", "Aanbod", "Waar"],
                     ["Extra ondersteuning in de school", "Schoolarrangementen: ondersteuningsklas, "
                      "autismecoaching, intensieve begeleiding door een gedragsspecialist", "Elke vestiging"],
                     ["Lwoo", "Kleinere groepen, extra instructie, remedial teaching", "Elf vmbo-vestigingen"],
                     ["Bovenschools", "Tussenvoorziening De Brug (OPDC), time-outvoorziening Even Anders, "
                      "ISK", "Drie locaties in de stad"],
                     ["Praktijkonderwijs", "Praktijkgericht onderwijs met stages, gericht op arbeid",
                      "Drie scholen"],
                     ["Vso", "Cluster 3 (zml, lichamelijk en meervoudig gehandicapt) en cluster 4 "
                      "(gedrag en psychiatrie)", "Vier vso-scholen"]]),
          ("p", "Tussen de treden lopen verbindingen: ambulante begeleiders van het vso werken in het "
                "regulier onderwijs, leerlingen van De Brug volgen lessen op hun eigen school en het "
                "praktijkonderwijs biedt proefplaatsingen aan vmbo-leerlingen die vastlopen.")]
    b += [("h1", "5 Toewijzing en terugkeer"),
          ("h2", "5.1 Wie beslist"),
          ("p", "Toelaatbaarheid tot vso en praktijkonderwijs en de aanwijzing voor lwoo worden beoordeeld "
                "door de Commissie Toewijzing Oostergouw. De commissie bestaat uit een voorzitter, twee "
                "orthopedagogen/psychologen en een jeugdarts. Bij elke aanvraag voor vso adviseren ten minste "
                "twee deskundigen afzonderlijk en schriftelijk: een orthopedagoog of psycholoog en een tweede "
                "deskundige die past bij de vraag van de leerling."),
          ("h2", "5.2 Zo verloopt een aanvraag"),
          ("p", "De aanvraag wordt ingediend door de school waar de leerling staat ingeschreven, na bespreking "
                "in het ondersteuningsteam. De school levert het OPP, het onderwijskundig rapport en de "
                "handtekening van de ouders voor gezien. Het secretariaat bevestigt de ontvangst binnen drie "
                "werkdagen. De commissie neemt binnen zes weken een besluit; in spoedsituaties binnen tien "
                "werkdagen. Voor lwoo en pro in de brugklas loopt de aanvraag via de ontvangende vo-school, "
                "met een uiterste indieningsdatum van 1 maart."),
          ("h2", "5.3 Waarop wordt beoordeeld"),
          ("table", [["Besluit", "Criteria"],
                     ["Vso", "De ondersteuningsvraag kan aantoonbaar niet worden beantwoord binnen het "
                      "regulier onderwijs, ook niet met een arrangement of tussenvoorziening; het OPP "
                      "laat zien welke interventies zijn ingezet en met welk effect; de deskundigen "
                      "onderschrijven de noodzaak van vso."],
                     ["Lwoo", "Landelijke criteria: IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op "
                      "minimaal twee domeinen (waarvan één begrijpend lezen of rekenen), of IQ 91-120 met "
                      "achterstand en sociaal-emotionele problematiek."],
                     ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en een leerachterstand van ten "
                      "minste 3 jaar op minimaal twee domeinen."]]),
          ("p", "Een TLV voor het vso wordt afgegeven voor één of twee schooljaren en vermeldt de "
                "bekostigingscategorie (laag, midden of hoog)."),
          ("h2", "5.4 Na afloop van de toelaatbaarheidsverklaring"),
          ("p", "Het vso is in Oostergouw in principe een tijdelijke plek. Het beleid is dat elke leerling "
                "die daartoe in staat is, binnen de looptijd van de TLV terugkeert naar een reguliere school "
                "in de eigen woonomgeving. Voorwaarden zijn dat de leerling het onderwijsprogramma van het "
                "beoogde niveau kan volgen en dat de ontvangende school de ondersteuning uit het OPP kan "
                "bieden. Na de overstap krijgt de leerling gedurende een schooljaar een terugkeerarrangement: "
                "begeleiding door de ambulant begeleider van de vso-school, bekostigd door het "
                "samenwerkingsverband."),
          ("p", "De procedure is als volgt. De vso-school bespreekt het perspectief op terugkeer bij elke "
                "OPP-evaluatie (twee keer per jaar). In het laatste jaar van de TLV stelt de vso-school vóór "
                "1 februari een terugkeeradvies op. Bij een positief advies zoekt de vso-school samen met "
                "het samenwerkingsverband een ontvangende school; er volgt een proefplaatsing van maximaal "
                "zes weken. Het bevoegd gezag van de ontvangende school beslist over de inschrijving per "
                "1 augustus. Is terugkeer nog niet verantwoord, dan vraagt de vso-school een nieuwe TLV aan.")]
    b += [("h1", "6 Sluitend aanbod"),
          ("p", "Geen leerling thuis zonder onderwijs: dat is de norm. Het samenwerkingsverband houdt een "
                "actueel overzicht bij van leerlingen die niet of onvolledig naar school gaan, gevoed door de "
                "verzuimmeldingen van leerplicht en de signalen van scholen. Maandelijks bespreekt het "
                "Doorbraakoverleg (leerplicht, jeugdhulp, samenwerkingsverband en betrokken besturen) elke "
                "leerling die langer dan vier weken thuis zit, met een concreet plan en een eigenaar."),
          ("p", "Jaarlijks in oktober brengt het samenwerkingsverband de wachtlijsten van vso, De Brug en "
                "jeugdhulp in kaart. Als een voorziening structureel vol zit, besluit het algemeen bestuur "
                "binnen drie maanden over uitbreiding of een alternatief. Scholen die hun zorgplicht niet "
                "kunnen waarmaken, melden dit bij het samenwerkingsverband, dat binnen twee weken met het "
                "bestuur een passende plek zoekt."),
          ("p", "Met de gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp in en om de school, "
                "leerlingenvervoer en onderwijs-zorgarrangementen.")]
    b += [("h1", "7 Kwaliteitszorg"),
          ("p", "In 2025 hebben we een nulmeting uitgevoerd. Op basis daarvan zijn de onderstaande beoogde "
                "resultaten vastgesteld voor leerlingen met een ondersteuningsbehoefte."),
          ("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Thuiszitters > 4 weken (gemiddeld per maand)", "31", "15"],
                     ["Deelnamepercentage vso (1 oktober)", "3,6%", "3,2%"],
                     ["Leerlingen terug van vso naar regulier per jaar", "18", "30"],
                     ["Tevredenheid ouders over extra ondersteuning (schaal 1-10)", "6,4", "7,5"],
                     ["Leerlingen De Brug binnen een jaar terug op school", "71%", "85%"]]),
          ("p", "De voortgang meten we op drie manieren: een halfjaarlijks dashboard met de indicatoren uit "
                "de tabel, gebaseerd op DUO-gegevens, de thuiszittersregistratie en de registratie van de "
                "Commissie Toewijzing; een jaarlijkse tevredenheidspeiling onder ouders en scholen; en "
                "kwaliteitsgesprekken met elk bestuur. Het jaarverslag rapporteert de bereikte resultaten ten "
                "opzichte van de streefwaarden. Bij een afwijking van meer dan tien procent bespreekt het "
                "bestuur bijsturing in de eerstvolgende vergadering.")]
    b += [("h1", "8 Communicatie en voorlichting"),
          ("p", "Ouders worden op verschillende manieren geïnformeerd over het ondersteuningsaanbod. De "
                "website van Oostergouw heeft een ouderpagina met het aanbod per trede, de voorzieningen en "
                "de route naar lwoo, pro en vso. Elke school neemt in de schoolgids een vaste paragraaf op "
                "over basis- en extra ondersteuning. In november organiseren we in samenwerking met de "
                "basisscholen een informatieavond voor ouders van leerlingen in groep 8 die extra "
                "ondersteuning nodig hebben. De folder \u2018Extra ondersteuning in het vo\u2019 ligt op elke "
                "school en bij het Centrum voor Jeugd en Gezin."),
          ("p", "Ouders hebben een belangrijke rol in de ondersteuning van hun kind. Zij denken mee over het "
                "OPP en zijn uitgenodigd bij het ondersteuningsteam. In de ondersteuningsplanraad zijn ouders "
                "en leerlingen vertegenwoordigd."),
          ("p", "De wet vraagt om een ouder- en jeugdsteunpunt. Welke vorm dit steunpunt in Oostergouw krijgt "
                "en bij welke organisatie het wordt ondergebracht, werken we in de loop van 2027 samen met "
                "de gemeenten uit. Tot die tijd kunnen ouders met vragen bij de school van hun kind terecht.")]
    b += [("h1", "9 Financieel beleid"),
          ("p", "Het financieel beleid volgt de uitgangspunten: geld volgt de leerling, zo veel mogelijk "
                "middelen naar de scholen, en een bescheiden buffer voor risico's."),
          ("h2", "9.1 Verdeelsleutel"),
          ("p", "Na aftrek van de afdrachten aan het vso en de bekostiging van praktijkonderwijs gaat 70% van "
                "de middelen lichte ondersteuning als ondersteuningsbudget naar de besturen, naar rato van het "
                "aantal leerlingen per vestiging op 1 oktober van het voorgaande jaar. 30% blijft bovenschools "
                "voor De Brug, Even Anders, de Commissie Toewijzing en de terugkeerarrangementen. Lwoo-middelen "
                "gaan naar de elf lwoo-vestigingen naar rato van het aantal aangewezen leerlingen. Het "
                "algemeen bestuur kan de verdeelsleutel alleen wijzigen met instemming van de OPR."),
          ("h2", "9.2 Begroting"),
          ("p", "De meerjarenbegroting wordt jaarlijks in december vastgesteld en is daarom niet in dit plan "
                "opgenomen; zij is te vinden op www.oostergouw-vo.nl/documenten."),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Ondersteuningsbudget besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("h2", "9.3 Reserves"),
          ("p", "Het eigen vermogen ligt onder de signaleringswaarde van de inspectie. De bestuursnorm voor "
                "het weerstandsvermogen is 5 tot 10 procent van de baten.")]
    b += f_governance(swv, "vereniging", "Een toezichtsorgaan van drie externe leden houdt toezicht op het "
                                           "bestuur.")
    b += f_ontwikkelingen("vo")
    b += f_personeel(swv, "31")
    b += f_ict(swv)
    b += f_kennis(swv)
    b += f_arbeidsmarkt()
    b += f_overstap()
    b += f_planning([["oktober 2025", "Startnotitie en evaluatie vorig plan"],
                     ["februari 2026", "OOGO met zeven gemeenten"],
                     ["3 maart 2026", "Instemming OPR"],
                     ["25 maart 2026", "Vaststelling algemene ledenvergadering"],
                     ["april 2026", "Toezending aan de inspectie"]])
    b += [("h1", "Bijlage 1 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPP", "Ontwikkelingsperspectiefplan"],
                     ["OPR", "Ondersteuningsplanraad"], ["PrO", "Praktijkonderwijs"],
                     ["TLV", "Toelaatbaarheidsverklaring"], ["Lwoo", "Leerwegondersteunend onderwijs"]])]
    return b


def f_ontwikkelingen(sector):
    typ = "basisscholen, sbo-scholen en so-scholen" if sector == "po" else "vo-scholen, pro-scholen en vso-scholen"
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Na de evaluatie van passend onderwijs in 2020 is de Verbeteraanpak passend onderwijs gestart. "
              "Die aanpak bevat onder meer maatregelen rond de reserves van samenwerkingsverbanden, de rol van "
              "de ondersteuningsplanraad en de positie van ouders en leerlingen. De Wet versterking positie "
              "ouders en leerlingen in het passend onderwijs regelt het hoorrecht van leerlingen bij het OPP, "
              "verplaatst de beschrijving van de ondersteuning van de school naar de schoolgids en verplicht "
              "ieder samenwerkingsverband tot een ouder- en jeugdsteunpunt. Daarnaast werkt het ministerie aan "
              "een landelijke norm voor basisondersteuning."),
        ("p", f"Deze ontwikkelingen raken alle {typ} in de regio. Omdat nog niet alle onderdelen in werking "
              "zijn getreden en de uitwerking per onderdeel verschilt, volgen we de landelijke besluitvorming "
              "nauwgezet. Waar nieuwe regelgeving van kracht wordt tijdens de planperiode, passen we het plan "
              "aan en leggen we de wijziging voor aan de ondersteuningsplanraad."),
        ("p", "Ook de arbeidsmarkt in onderwijs en zorg, de groei van het aantal kinderen met een complexe "
              "zorgvraag en de toegenomen aandacht voor kansengelijkheid zijn ontwikkelingen die we in de "
              "komende jaren meenemen in het jaarplan."),
    ]


def f_kennis(swv):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", f"{swv} wil een lerende organisatie zijn. Samen met de lerarenopleiding van de hogeschool in de "
              "regio voeren we praktijkgericht onderzoek uit. Studenten van de master Educational Needs doen "
              "hun onderzoek op onze scholen en presenteren hun bevindingen op de jaarlijkse kennismarkt. "
              "Scholen kunnen jaarlijks een innovatievoorstel indienen; een jury van schoolleiders en leden "
              "van de ondersteuningsplanraad kiest de voorstellen die worden uitgevoerd."),
        ("p", "Daarnaast organiseren we vier keer per jaar een netwerkbijeenkomst voor intern begeleiders, "
              "ondersteuningscoördinatoren en schoolleiders. Thema's worden door de deelnemers zelf gekozen; "
              "recente onderwerpen waren het werken met groepsplannen, het voeren van lastige gesprekken en "
              "het inzetten van digitale leermiddelen voor leerlingen met leesproblemen."),
        ("p", "Goede voorbeelden delen we via een nieuwsbrief die zes keer per jaar verschijnt. Het "
              "samenwerkingsverband neemt deel aan de landelijke leernetwerken van de sectorraad en "
              "onderhoudt contacten met samenwerkingsverbanden in aangrenzende regio's."),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 3 - VO Kempenhorst (.md, web version)
# ---------------------------------------------------------------------------------------------

def plan3():
    swv = "Samenwerkingsverband VO Kempenhorst"
    b = [("title", ["Ondersteuningsplan 2026-2030 - webversie", swv + " | VO 30-06",
                    "Versie 1.2, na instemming van de OPR op 17 februari 2026"]),
         ("toc", ["Voorwoord", "Inleiding", "1. Kempenhorst in het kort", "2. Visie en missie",
                  "3. Wat elke school biedt", "4. Routes naar extra ondersteuning",
                  "5. Toewijzing vso, lwoo en pro", "5.5 Na het vso", "6. Het aanbod in de regio",
                  "7. Wat willen we bereiken en wat hebben we bereikt", "8. Ouders en leerlingen",
                  "9. Financieel kader", "10. Organisatie en governance", "11. Landelijke ontwikkelingen",
                  "12. Personeel", "13. Privacy en ICT", "14. Kennisdeling", "15. Vervolgonderwijs en arbeidsmarkt",
                  "16. Overstap po-vo", "17. Planning",
                  "Bijlage A. Begrippen (terugplaatsing, thuiszitter, zorgplicht, TLV)"])]
    b += f_voorwoord(swv, "2026-2030", "ir. S. (Sanne) Verbruggen", "voorzitter college van bestuur")
    b += f_inleiding(swv, "2026-2030", "vo")
    b += [("h1", "1. Kempenhorst in het kort"),
          ("p", "Kempenhorst is een samenwerkingsverband met zes aangesloten schoolbesturen, vijftien "
                "vestigingen voor regulier vo, één school voor praktijkonderwijs en twee vso-scholen. In de "
                "vier gemeenten in ons gebied gaan ongeveer 9.700 jongeren naar het voortgezet onderwijs. "
                "Een deel van de leerlingen reist voor vso of specifieke opleidingen naar de naburige stad."),
          ("p", "Leerlingen komen uit ruim vijftig basisscholen, die zijn aangesloten bij twee "
                "samenwerkingsverbanden primair onderwijs. Met beide voeren we het wettelijk verplichte "
                "overleg en organiseren we de overstap van groep 8 naar de brugklas.")]
    b += f_visie(swv, "Niemand valt buiten de boot")
    b += [("h1", "3. Wat elke school biedt"),
          ("p", "In Kempenhorst hebben alle besturen afgesproken welke ondersteuning elke vestiging, van "
                "gymnasium tot praktijkschool, minimaal biedt. Dat noemen we de basisondersteuning. Het is een "
                "ondergrens: geen school mag daaronder zitten, scholen mogen er wel boven uitstijgen. De "
                "ondergrens bestaat uit tien standaarden."),
          ("table", [["Nr.", "Standaard basisondersteuning"],
                     ["1", "Elke vestiging heeft een ondersteuningscoördinator en een ondersteuningsteam "
                           "met vaste deelname van de schoolmaatschappelijk werker en de jeugdarts."],
                     ["2", "Elke leerling heeft een mentor die ten minste drie keer per jaar een individueel "
                           "gesprek voert."],
                     ["3", "Er is een dyslexieprotocol en een dyscalculieprotocol met vastgelegde faciliteiten."],
                     ["4", "Er is een aanbod voor leerlingen met faalangst, examenvrees of somberheid "
                           "(groepstraining of individuele begeleiding)."],
                     ["5", "Er is een aanbod voor plannen en organiseren in leerjaar 1 en 2."],
                     ["6", "Er is een vaste time-out- of opvangruimte met begeleiding."],
                     ["7", "Er is een protocol medisch handelen en een aanspreekpunt voor leerlingen met "
                           "een chronische ziekte."],
                     ["8", "Er is een aanbod voor meer- en hoogbegaafde leerlingen (verrijking, versnelling "
                           "of compacten)."],
                     ["9", "De school werkt handelingsgericht: signaleren, analyseren, plannen en evalueren "
                           "met de leerling en de ouders."],
                     ["10", "De school registreert verzuim volgens de regionale verzuimafspraken."]]),
          ("p", "Scholen leggen in de schoolgids vast hoe zij deze standaarden invullen.")]
    b += [("h1", "4. Routes naar extra ondersteuning"),
          ("p", "Als de basisondersteuning niet genoeg is, kan de school extra ondersteuning inzetten. Extra "
                "ondersteuning is maatwerk en wordt altijd vastgelegd in een OPP. In Kempenhorst kennen we "
                "drie vormen: ondersteuning binnen de school met het schoolbudget (bijvoorbeeld een "
                "ondersteuningsklas of coaching), een arrangement van het samenwerkingsverband voor één "
                "leerling (bijvoorbeeld ambulante begeleiding door een gedragsspecialist of een "
                "onderwijs-zorgarrangement samen met jeugdhulp) en een tijdelijke plaatsing in de "
                "bovenschoolse voorziening Het Kompas (OPDC). Lwoo wordt geboden op vier vmbo-vestigingen, "
                "praktijkonderwijs op De Akker en vso op twee locaties voor cluster 3 en cluster 4."),
          ("p", "Arrangementen worden aangevraagd via het Loket van het samenwerkingsverband. Een "
                "consulent van het Loket sluit aan bij het ondersteuningsteam en denkt mee over de passende "
                "vorm. Het Loket besluit binnen vier weken over een arrangement.")]
    b += [("h1", "5. Toewijzing vso, lwoo en pro"),
          ("h2", "5.1 Aanvraag"),
          ("p", "Een aanvraag voor een toelaatbaarheidsverklaring (vso of pro) of een aanwijzing lwoo wordt "
                "ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of, bij de "
                "overstap vanuit het basisonderwijs, van de vo-school waar de leerling is aangemeld. De "
                "aanvraag gaat digitaal naar het Loket en bevat het OPP of het onderwijskundig rapport, de "
                "toetsgegevens en de zienswijze van de ouders."),
          ("h2", "5.2 Beoordeling en besluit"),
          ("p", "Het Loket controleert de volledigheid binnen een week. Daarna wint de Commissie van "
                "Toelaatbaarheid (CvT) het advies in van twee deskundigen, van wie één orthopedagoog of "
                "psycholoog. De CvT besluit binnen zes weken na ontvangst van een volledige aanvraag. Voor "
                "leerlingen die in augustus naar de brugklas gaan, moet de aanvraag lwoo of pro uiterlijk "
                "15 maart binnen zijn; het besluit volgt vóór 1 mei."),
          ("h2", "5.3 Waarop beslist de CvT?"),
          ("p", "Voor de beoordeling van vso, lwoo en pro verwijzen we naar het Toewijzingsprotocol "
                "Kempenhorst 2026 (bijlage 6). Het protocol wordt jaarlijks geactualiseerd en is te "
                "downloaden van de website."),
          ("h2", "5.4 Looptijd en bezwaar"),
          ("p", "Een TLV vso wordt afgegeven tot 31 juli van het tweede schooljaar na het besluit, in de "
                "categorie laag, midden of hoog. Bezwaar kan binnen zes weken; Kempenhorst heeft de "
                "advisering over bezwaren belegd bij de Landelijke Bezwaaradviescommissie."),
          ("h2", "5.5 Na het vso"),
          ("p", "Dit onderdeel wordt aangevuld zodra de evaluatie van de samenwerkingsafspraken met de "
                "vso-scholen is afgerond.")]
    b += [("h1", "6. Het aanbod in de regio"),
          ("p", "Het samenhangend geheel van voorzieningen in Kempenhorst bestaat uit de basisondersteuning "
                "op alle vestigingen, het extra aanbod van de scholen, de arrangementen van het Loket, Het "
                "Kompas, het lwoo, het praktijkonderwijs, de ISK voor nieuwkomers en het vso. Elk jaar "
                "publiceren we een overzichtskaart waarop per vestiging staat welk extra aanbod er is: "
                "bijvoorbeeld een autismeklas op het Maerlant College, een plusklas op het Stedelijk "
                "Lyceum en een kleine onderbouwgroep op De Akker."),
          ("p", "Onderwijs en jeugdhulp werken in Kempenhorst nauw samen. In het OOGO met de vier gemeenten "
                "is afgesproken dat op elke vestiging een jeugdhulpverlener één dagdeel per week aanwezig is "
                "en dat onderwijs-zorgarrangementen gezamenlijk worden bekostigd."),
          ("p", "Of het aanbod werkelijk dekkend is, weten we nog onvoldoende. In 2027 brengen we in kaart "
                "waar plekken ontbreken; een aanpak voor thuiszitters en voor leerlingen op een wachtlijst "
                "volgt daarna en wordt opgenomen in het jaarplan.")]
    b += [("h1", "7. Wat willen we bereiken en wat hebben we bereikt"),
          ("h2", "7.1 Terugblik 2022-2026"),
          ("table", [["Indicator", "Doel 2026", "Bereikt (1-10-2025)"],
                     ["Deelname vso", "3,0%", "3,3%"],
                     ["Arrangementen Loket per jaar", "120", "146"],
                     ["Leerlingen Het Kompas terug naar eigen school binnen 1 jaar", "75%", "78%"],
                     ["Tevredenheid scholen over het Loket", "7,0", "7,4"]]),
          ("p", "De deelname aan het vso is hoger dan we wilden. Een analyse laat zien dat vooral het aantal "
                "leerlingen met psychiatrische problematiek is gestegen. Het Kompas heeft zijn doel gehaald."),
          ("h2", "7.2 Doelen 2026-2030"),
          ("ul", ["Deelname vso in 2030 ten hoogste 3,0% (peildatum 1 oktober).",
                  "90% van de leerlingen met een arrangement van het Loket stroomt door of slaagt op het "
                  "niveau dat in het OPP als uitstroomperspectief is vastgelegd.",
                  "Tevredenheid van ouders over de ondersteuning minimaal 7,5.",
                  "Elke leerling met een OPP is aantoonbaar gehoord over zijn of haar plan."]),
          ("h2", "7.3 Zo volgen we de voortgang"),
          ("p", "Het bureau verzamelt twee keer per jaar de gegevens uit de registratie van het Loket, de "
                "DUO-telling en de OPP-evaluaties van de scholen. De uitkomsten bespreken we in het "
                "directeurenoverleg en in de OPR. Eens per jaar peilen we de tevredenheid van ouders en "
                "scholen met een korte vragenlijst. De resultaten staan in het jaarverslag, dat vóór 1 juli "
                "op de website verschijnt.")]
    b += [("h1", "8. Ouders en leerlingen"),
          ("p", "Ouders zijn de eerste partners van de school. Zij kennen hun kind als geen ander. Het "
                "samenwerkingsverband informeert ouders op drie manieren: via de website met een aparte "
                "rubriek \u2018Voor ouders\u2019 waarop alle voorzieningen en routes staan uitgelegd, via de "
                "jaarlijkse informatieavonden \u2018Ouderpraat\u2019 in elke gemeente, en via de "
                "overzichtskaart die alle ouders van brugklassers bij de start van het schooljaar "
                "ontvangen."),
          ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
                "Kompas, dat wordt uitgevoerd door een onafhankelijke stichting voor cliëntondersteuning. "
                "Het steunpunt is telefonisch en via de chat bereikbaar en kan een gesprek met school "
                "begeleiden. Ook de Onderwijsconsulenten zijn kosteloos beschikbaar."),
          ("p", "In de ondersteuningsplanraad zitten vier ouders en twee leerlingen.")]
    b += [("h1", "9. Financieel kader"),
          ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning, lwoo en pro. "
                "De middelen worden als volgt verdeeld: eerst worden de afdrachten aan het vso en de "
                "bekostiging van pro en lwoo doorgegeven; lwoo-middelen gaan naar de vier lwoo-vestigingen op "
                "basis van het aantal aangewezen leerlingen op 1 oktober. Van het restant gaat een vast "
                "bedrag van € 210 per leerling naar de besturen als schoolbudget; de rest financiert het "
                "Loket, de arrangementen en Het Kompas. Het bestuur stelt de verdeling jaarlijks in november "
                "vast, na advies van het directeurenoverleg."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Totale baten", "12.960", "12.840", "12.700", "12.580"],
                     ["Afdrachten vso", "4.510", "4.540", "4.560", "4.580"],
                     ["Lwoo en pro", "4.220", "4.170", "4.120", "4.070"],
                     ["Schoolbudgetten (€ 210 per leerling)", "2.040", "2.020", "2.000", "1.980"],
                     ["Loket en arrangementen", "1.180", "1.140", "1.100", "1.080"],
                     ["Het Kompas", "760", "760", "760", "760"],
                     ["Bureau en overhead", "520", "520", "530", "530"],
                     ["Saldo", "-280", "-310", "-370", "-420"]]),
          ("p", "De verwachte tekorten worden gedekt uit de algemene reserve, die daarmee eind 2029 uitkomt "
                "op het niveau van de signaleringswaarde.")]
    b += f_governance(swv, "stichting", "Een raad van toezicht van vier leden houdt toezicht.")
    b += f_ontwikkelingen("vo")
    b += f_personeel(swv, "14")
    b += f_ict(swv)
    b += f_kennis(swv)
    b += f_arbeidsmarkt()
    b += f_overstap()
    b += f_planning([["november 2025", "Concept besproken met besturen"],
                     ["januari 2026", "OOGO met de vier gemeenten"],
                     ["17 februari 2026", "Instemming OPR"],
                     ["maart 2026", "Vaststelling door het bestuur en toezending aan de inspectie"]])
    b += [("h1", "Bijlage A. Begrippen"),
          ("table", [["Begrip", "Betekenis"],
                     ["Terugplaatsing", "Terugkeer van een leerling van het vso naar een reguliere school."],
                     ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Uitstroom", "Vertrek van een leerling naar vervolgonderwijs of werk."],
                     ["Zorgplicht", "De plicht van een school om een passende plek te bieden of te zoeken."]])]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 4 - PO Duinstreek-Midden (.pdf), "plan op hoofdlijnen" with much delegated to annexes
# ---------------------------------------------------------------------------------------------

def plan4():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Duinstreek-Midden"
    b = [("title", ["Ondersteuningsplan 2026-2030 op hoofdlijnen", swv, "PO 28-11",
                    "Met bijlagen: 1 Jaarbegroting 2026, 2 Reglement Toelaatbaarheid, 3 Communicatieplan"]),
         ("toc", ["Voorwoord", "Inleiding", "1 Duinstreek-Midden in beeld", "2 Visie en missie",
                  "3 Basisondersteuning", "4 Dekkend aanbod en extra ondersteuning",
                  "5 Toelaatbaarheid sbo en so", "6 Terug naar de basisschool", "7 Resultaten en kwaliteit",
                  "8 Ouders en communicatie", "9 Geld en middelen", "10 Organisatie en governance",
                  "11 Landelijke ontwikkelingen", "12 Personeel en professionalisering",
                  "13 Privacy, ICT en informatiebeveiliging", "14 Kennisdeling en innovatie",
                  "15 Wettelijk kader en totstandkoming", "16 Communicatie met scholen",
                  "17 Integriteit en verantwoording", "18 Bedrijfsvoering", "19 Planning",
                  "Verklarende woordenlijst"])]
    b += f_voorwoord(swv, "2026-2030", "mw. A. (Anouk) Zegveld MEd", "directeur-bestuurder")
    b += f_inleiding(swv, "2026-2030", "po")
    b += [("h1", "1 Duinstreek-Midden in beeld"),
          ("p", "Het samenwerkingsverband omvat drie gemeenten aan de kust en in het achterland. Er zijn "
                "veertien schoolbesturen aangesloten, met samen 78 basisscholen, drie scholen voor speciaal "
                "basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3 en cluster 4). Op "
                "1 oktober 2025 telden de aangesloten scholen ongeveer 17.900 leerlingen."),
          ("p", "De scholen verschillen sterk in omvang: van een dorpsschool met 46 leerlingen tot een "
                "kindcentrum met bijna 700 leerlingen. Een derde van de besturen is eenpitter. Dat vraagt om "
                "afspraken die werken voor grote en kleine besturen."),
          ("p", "De bevolking in de kustgemeenten vergrijst. Prognoses laten zien dat het aantal kinderen "
                "in de basisschoolleeftijd daar de komende tien jaar met ongeveer twaalf procent afneemt, "
                "terwijl het in de nieuwbouwwijken van het achterland licht groeit. Enkele kleine scholen "
                "zullen daardoor moeten samenwerken of fuseren. Voor de scholen voor speciaal "
                "basisonderwijs betekent de spreiding over het gebied dat reistijden voor sommige kinderen "
                "lang zijn. Daarnaast kent de regio een relatief groot aantal kinderen van arbeidsmigranten "
                "die gedurende het schooljaar instromen. Ook de krapte op de arbeidsmarkt is voelbaar: in "
                "het najaar van 2025 stonden op een op de acht scholen een of meer vacatures open die niet "
                "direct konden worden vervuld. Deze ontwikkelingen vormen de achtergrond waartegen de keuzes "
                "in dit plan zijn gemaakt.")]
    b += f_visie(swv, "Ieder kind een passende plek, zo dicht mogelijk bij huis")
    b += [("h1", "3 Basisondersteuning"),
          ("p", "De basisondersteuning is in Duinstreek-Midden het niveau van ondersteuning dat alle "
                "aangesloten basisscholen, op elke vestiging, minimaal bieden. De besturen hebben dit niveau "
                "samen vastgesteld; het geldt ongeacht de omvang van de school. Een school die meer biedt, "
                "beschrijft dat in de schoolgids."),
          ("p", "Concreet betekent dit dat op elke basisschool in het samenwerkingsverband in elk geval "
                "het volgende aanwezig is:"),
          ("ul", ["een intern begeleider met ten minste acht uur per week per 200 leerlingen;",
                  "een leerlingvolgsysteem en een vaste cyclus van groepsbesprekingen en "
                  "leerlingbesprekingen, drie keer per jaar;",
                  "handelingsgericht werken: de leerkracht stemt instructie af op drie niveaus en legt "
                  "onderwijsbehoeften vast;",
                  "een dyslexieprotocol en een protocol ernstige rekenproblemen, met signalering vanaf groep 2;",
                  "een aanbod voor kinderen die meer aankunnen (verrijkingsstof en een plusgroep, eventueel "
                  "bovenschools binnen het eigen bestuur);",
                  "een methode of aanpak voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
                  "een protocol medisch handelen en afspraken over medicijnverstrekking;",
                  "toegang tot een orthopedagoog van het eigen bestuur of van het samenwerkingsverband voor "
                  "consultatie, binnen drie weken na een vraag van de school."]),
          ("p", "Alles wat daarboven uitgaat, valt onder extra ondersteuning.")]
    b += [("h1", "4 Dekkend aanbod en extra ondersteuning"),
          ("p", "Een uitgewerkt overzicht van de extra ondersteuning, de bovenschoolse voorzieningen en de "
                "plekken in sbo en so, met de analyse waar dat aanbod nog tekortschiet, wordt opgenomen in het "
                "jaarplan 2026-2027. De werkgroep die dit voorbereidt, rapporteert in het voorjaar van 2027.")]
    b += [("h1", "5 Toelaatbaarheid sbo en so"),
          ("p", "Toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs is een wettelijke "
                "taak van het samenwerkingsverband. De procedure, de "
                "criteria, de rol van de deskundigen, de looptijd van de toelaatbaarheidsverklaringen en de "
                "bezwaarmogelijkheden zijn vastgelegd in het Reglement Toelaatbaarheid Duinstreek-Midden "
                "(bijlage 2). Het reglement wordt na instemming van de ondersteuningsplanraad als afzonderlijk "
                "document gepubliceerd.")]
    b += [("h1", "6 Terug naar de basisschool"),
          ("h2", "6.1 Uitgangspunten"),
          ("p", "Een plaatsing in het sbo of so is in Duinstreek-Midden geen eindstation. Ons beleid is dat "
                "een kind dat in het sbo of so tot ontwikkeling is gekomen, zo snel als verantwoord terugkeert "
                "naar een basisschool, bij voorkeur in de eigen wijk of het eigen dorp. Terugplaatsing is "
                "verantwoord als het kind het onderwijs in een reguliere groep kan volgen met de "
                "basisondersteuning en een tijdelijk terugkeerarrangement, als de gedragsmatige of medische "
                "redenen voor de plaatsing zijn afgenomen en als de ontvangende school de benodigde aanpak "
                "heeft kunnen voorbereiden."),
          ("p", "Elk kind dat terugkeert, krijgt een terugkeerarrangement van één schooljaar. De sbo- of "
                "so-school levert daarbij een ambulant begeleider die de leerkracht van de basisschool "
                "coacht en het kind de eerste maanden volgt. Het samenwerkingsverband vergoedt de "
                "ontvangende school € 4.500 per teruggeplaatste leerling voor extra inzet in de groep."),
          ("h2", "6.2 Zo gaat het in zijn werk"),
          ("ul", ["De sbo- of so-school bespreekt bij elke evaluatie van het ontwikkelingsperspectief "
                  "(tweemaal per jaar) of terugkeer in beeld is.",
                  "In het laatste schooljaar van de toelaatbaarheidsverklaring stelt de commissie van "
                  "begeleiding van de sbo- of so-school vóór 1 februari een advies op: terugkeer, "
                  "overplaatsing naar een andere speciale school, of voortzetting.",
                  "Bij een advies tot terugkeer meldt de school het kind vóór 15 februari bij de consulent "
                  "terugplaatsing van het samenwerkingsverband. De consulent organiseert binnen vier weken "
                  "een overdrachtsoverleg met de beoogde basisschool.",
                  "Het bevoegd gezag van de ontvangende basisschool besluit over de inschrijving; het kind "
                  "start in de regel na de zomervakantie, na een of meer meeloopdagen.",
                  "Na drie en na negen maanden evalueren de basisschool, de ambulant begeleider en de "
                  "consulent het terugkeerarrangement.",
                  "Is terugkeer nog niet verantwoord, dan volgt de route uit het Reglement Toelaatbaarheid "
                  "(bijlage 2)."])]
    b += [("h1", "7 Resultaten en kwaliteit"),
          ("p", "Een samenwerkingsverband moet laten zien wat het bereikt. Voor deze planperiode voeren we "
                "in het voorjaar van 2027 een nulmeting uit. Op basis daarvan leggen we de beoogde resultaten "
                "vast en beschrijven we hoe we die gaan volgen en verantwoorden. Tot die tijd is dit hoofdstuk "
                "nog niet ingevuld.")]
    b += [("h1", "8 Ouders en communicatie"),
          ("p", "Het samenwerkingsverband hecht aan goede communicatie. Een communicatieplan, waarin onder "
                "meer de informatievoorziening aan ouders een plek krijgt, is als bijlage 3 toegevoegd. Voor "
                "actuele informatie verwijzen we naar de website van het samenwerkingsverband.")]
    b += [("h1", "9 Geld en middelen"),
          ("h2", "9.1 Verdeling"),
          ("p", "Het huidige verdeelmodel wordt in het schooljaar 2026-2027 herijkt. De uitkomst leggen we "
                "ter instemming voor aan de ondersteuningsplanraad. Tot de herijking blijft de bestaande "
                "verdeling van kracht, zoals uitgewerkt in de jaarbegroting 2026 (bijlage 1)."),
          ("h2", "9.2 Meerjarenbegroting"),
          ("p", "De onderstaande meerjarenbegroting laat zien waaraan het samenwerkingsverband de middelen "
                "in de planperiode besteedt."),
          ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen (rijk)", "11.480", "11.390", "11.310", "11.240"],
                     ["Afdrachten so en sbo (DUO)", "5.120", "5.160", "5.190", "5.220"],
                     ["Ondersteuningsbudgetten schoolbesturen", "4.650", "4.560", "4.480", "4.410"],
                     ["Orthopedagogen samenwerkingsverband", "610", "620", "630", "640"],
                     ["Terugkeerarrangementen", "135", "160", "180", "200"],
                     ["Professionalisering en innovatie", "210", "200", "190", "180"],
                     ["Bureau, huisvesting en bestuur", "690", "700", "710", "720"],
                     ["Saldo", "65", "-10", "-70", "-130"]]),
          ("h2", "9.3 Reserves en risico's"),
          ("p", "De algemene reserve bedroeg op 31 december 2025 € 1,9 miljoen. Het bestuur hanteert een "
                "bovengrens gelijk aan de signaleringswaarde van de inspectie. De belangrijkste risico's zijn "
                "een groei van het aantal leerlingen in het so en dalende leerlingaantallen in de "
                "kustgemeenten.")]
    b += f_governance(swv, "stichting", "Het intern toezicht is belegd bij een raad van toezicht van vijf "
                                         "leden.")
    b += f_besturen(swv)
    b += f_ontwikkelingen("po")
    b += f_personeel(swv, "12")
    b += f_ict(swv)
    b += f_kennis(swv)
    b += [("h1", "15 Wettelijk kader en totstandkoming"),
          ("p", "Het plan is tot stand gekomen volgens de stappen die de wet voorschrijft. Het concept is "
                "besproken in het wettelijk voorgeschreven op overeenstemming gericht overleg (OOGO) met de "
                "colleges van burgemeester en wethouders van de drie gemeenten. Met het "
                "samenwerkingsverband voortgezet onderwijs waarvan het gebied met het onze overlapt, is het "
                "wettelijk verplichte overleg gevoerd. Vervolgens heeft de ondersteuningsplanraad ingestemd en "
                "heeft het bestuur het plan vastgesteld. Het plan wordt vóór 1 mei aan de inspectie van het "
                "onderwijs toegezonden."),
          ("p", "Bij de opbouw van het plan hebben we de wettelijke onderdelen als uitgangspunt genomen. "
                "Omdat dit een plan op hoofdlijnen is, zijn verschillende onderdelen uitgewerkt in "
                "afzonderlijke documenten en bijlagen, die volgens dezelfde procedure worden vastgesteld. "
                "Waar een onderdeel nog in ontwikkeling is, staat in de planning wanneer het gereed is."),
          ("h1", "16 Communicatie met scholen"),
          ("p", "Het samenwerkingsverband informeert directeuren en intern begeleiders via een maandelijkse "
                "nieuwsbrief, een besloten kennisbank met formats en een jaarlijkse conferentie. Bestuurders "
                "worden geïnformeerd in het bestuurlijk overleg, dat zes keer per jaar plaatsvindt. Nieuwe "
                "directeuren en intern begeleiders krijgen bij hun start een introductiegesprek met een "
                "medewerker van het bureau, waarin de werkwijze van het samenwerkingsverband wordt "
                "toegelicht."),
          ("h1", "17 Integriteit en verantwoording van het samenwerkingsverband"),
          ("p", "Het samenwerkingsverband legt jaarlijks verantwoording af in een bestuursverslag en een "
                "jaarrekening, die door de accountant worden gecontroleerd. De bezoldiging van de "
                "directeur-bestuurder en de toezichthouders blijft binnen de normen van de Wet normering "
                "topinkomens. Er is een integriteitscode voor medewerkers en bestuurders, en nevenfuncties "
                "van bestuur en toezicht worden op de website gepubliceerd. Belangenverstrengeling wordt "
                "voorkomen doordat bestuurders niet meebeslissen over zaken die hun eigen bestuur direct "
                "raken."),
          ("h1", "18 Bedrijfsvoering"),
          ("p", "De financiële administratie en de salarisadministratie zijn uitbesteed aan een "
                "administratiekantoor. Het bureau stelt elk kwartaal een managementrapportage op voor de "
                "directeur-bestuurder en de raad van toezicht. Inkoop verloopt volgens het inkoopbeleid; "
                "boven de Europese drempel wordt aanbesteed. Het bureau werkt papierarm en streeft naar "
                "een kleinere ecologische voetafdruk door reisbewegingen te beperken en digitaal te "
                "vergaderen waar dat kan."),
          ("p", "De huisvesting van het bureau is gehuurd tot 2028. Voor bijeenkomsten maken we gebruik van "
                "de ruimtes van de aangesloten scholen, wat tevens bijdraagt aan de zichtbaarheid van het "
                "samenwerkingsverband in de regio.")]
    b += f_planning([["december 2025", "Concept besproken met de besturen"],
                     ["februari 2026", "OOGO met de drie gemeenten; overleg met het VO-samenwerkingsverband"],
                     ["maart 2026", "Instemming ondersteuningsplanraad"],
                     ["april 2026", "Vaststelling en toezending aan de inspectie"],
                     ["voorjaar 2027", "Nulmeting en aanvulling hoofdstuk 7"]])
    b += [("h1", "Verklarende woordenlijst"),
          ("table", [["Term", "Uitleg"],
                     ["Dekkend aanbod", "Het geheel van voorzieningen waardoor elk kind een passende plek heeft."],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en kinderen."],
                     ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen situaties."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                     ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een so-leerling."],
                     ["Thuiszitter", "Leerplichtig kind dat niet naar school gaat."]])]
    return b


# ---------------------------------------------------------------------------------------------
# Plan 5 - VO Rivierenhof (.docx)
# ---------------------------------------------------------------------------------------------

def plan5():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Rivierenhof"
    b = [("title", ["Ondersteuningsplan 2026-2030", swv, "VO 25-18",
                    "Concept ter instemming OPR - versie 0.9 (februari 2026)"]),
         ("toc", ["Voorwoord", "Inleiding", "1 Rivierenhof in cijfers", "2 Visie en missie",
                  "3 Basisondersteuning", "4 Dekkend netwerk", "5 Lwoo, pro en vso",
                  "6 Terugkeer uit het vso", "7 Monitor en resultaten", "8 Ouders en jongeren",
                  "9 Communicatie", "10 Financiën", "11 Organisatie en governance",
                  "12 Landelijke ontwikkelingen", "13 Personeel", "14 Privacy en ICT",
                  "15 Samenwerking tussen de besturen", "16 Kennisdeling en innovatie",
                  "17 Aansluiting op vervolgonderwijs en arbeidsmarkt", "18 Overstap po-vo", "19 Planning",
                  "Bijlage: afkortingen en begrippen"])]
    b += f_voorwoord(swv, "2026-2030", "drs. R. (Ruud) Mertens", "directeur-bestuurder")
    b += f_inleiding(swv, "2026-2030", "vo")
    b += [("h1", "1 Rivierenhof in cijfers"),
          ("p", "Rivierenhof beslaat zes gemeenten langs de rivier. Elf schoolbesturen zijn aangesloten met "
                "samen 24 vestigingen voor regulier voortgezet onderwijs, twee scholen voor praktijkonderwijs "
                "en drie vso-scholen. Op 1 oktober 2025 waren 16.240 leerlingen ingeschreven."),
          ("p", "Bijna de helft van de leerlingen volgt vmbo. Acht vmbo-vestigingen bieden lwoo. De regio "
                "kent een groeiende groep nieuwkomers, vooral in de twee grootste gemeenten.")]
    b += f_visie(swv, "Elke jongere een plek waar hij kan leren en groeien")
    b += [("h1", "3 Basisondersteuning"),
          ("p", "Rivierenhof stelt in het schooljaar 2026-2027 een nieuw referentiekader basisondersteuning "
                "op dat aansluit bij de landelijke norm die het ministerie voorbereidt. Zolang dat kader niet "
                "is vastgesteld, blijft het referentiekader uit de vorige planperiode van toepassing; het is "
                "te vinden op de website van het samenwerkingsverband.")]
    b += [("h1", "4 Dekkend netwerk"),
          ("p", "Het ondersteuningsaanbod van Rivierenhof is ingericht in lagen die elkaar aanvullen. Boven "
                "op de basisondersteuning (hoofdstuk 3) kennen we:"),
          ("ul", ["Extra ondersteuning in de school: schoolarrangementen zoals een ondersteuningsklas, "
                  "een kleine brugklas, een rustruimte met vaste begeleiding en begeleiding door een "
                  "autisme- of gedragsspecialist.",
                  "Lwoo op acht vmbo-vestigingen en praktijkonderwijs op twee scholen.",
                  "Bovenschoolse voorzieningen: OPDC De Schakel (plaatsing tot maximaal één schooljaar, "
                  "waarna de leerling terugkeert naar de eigen of een andere reguliere school), Rivierenhof "
                  "Rebound (acht tot twaalf weken) en de ISK voor nieuwkomers.",
                  "Onderwijs-zorgarrangementen: gecombineerde trajecten van onderwijs en jeugdhulp voor "
                  "leerlingen die (nog) geen volledig lesprogramma kunnen volgen.",
                  "Voortgezet speciaal onderwijs: cluster 3 op één locatie en cluster 4 op twee locaties, met "
                  "uitstroomprofielen vervolgonderwijs, arbeid en dagbesteding."]),
          ("h2", "4.1 Route Nul: aanpak thuiszitters"),
          ("p", "Een dekkend netwerk bewijst zich bij de jongeren voor wie geen plek lijkt te zijn. Met "
                "Route Nul hebben besturen, leerplicht en jeugdhulp afgesproken dat elke leerling die meer "
                "dan tien schooldagen aaneengesloten verzuimt of zonder school zit, binnen vijf werkdagen "
                "wordt gemeld bij het samenwerkingsverband. Een trajectbegeleider stelt binnen twee weken "
                "met school, leerplicht en jeugdhulp een terugkeerplan op en blijft betrokken tot de leerling "
                "weer structureel onderwijs volgt. Elke maand bespreekt het thuiszittersoverleg alle lopende "
                "casussen. Lukt het binnen acht weken niet, dan escaleert de casus naar de bestuurders, die "
                "binnen tien werkdagen een plek organiseren (gedeelde zorgplicht)."),
          ("p", "Twee keer per jaar analyseert het bureau de meldingen, de wachtlijsten van De Schakel en het "
                "vso en de vragen die het Loket niet kon beantwoorden. Blijkt een type voorziening structureel "
                "te ontbreken, dan legt de directeur-bestuurder binnen drie maanden een voorstel voor aan het "
                "algemeen bestuur. Zo is in 2025 besloten tot een tweede cluster 4-locatie voor leerlingen "
                "met angst- en stemmingsproblematiek."),
          ("h2", "4.2 Gemeenten en jeugdhulp"),
          ("p", "In het OOGO met de zes gemeenten zijn afspraken gemaakt over jeugdhulp op school, de "
                "aanpak van verzuim, leerlingenvervoer en de huisvesting van De Schakel. Het OOGO over dit "
                "plan vond plaats op 29 januari 2026.")]
    b += [("h1", "5 Lwoo, pro en vso"),
          ("p", "Toelaatbaarheid tot het vso en het praktijkonderwijs en de aanwijzing voor lwoo zijn "
                "wettelijke taken van het samenwerkingsverband. Rivierenhof maakt gebruik van de mogelijkheid om eigen criteria voor "
                "lwoo te hanteren."),
          ("h2", "5.1 Wanneer is een leerling toelaatbaar?"),
          ("table", [["Voorziening", "Criteria", "Geldigheid"],
                     ["Vso", "De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van het "
                      "regulier onderwijs met extra ondersteuning en een bovenschoolse voorziening "
                      "aantoonbaar overstijgt; dit blijkt uit een OPP met ten minste twee geëvalueerde "
                      "ondersteuningscycli, of uit een ernstige situatie (bijvoorbeeld een psychiatrische "
                      "crisis) waarin direct specialistisch onderwijs nodig is.",
                      "Eén tot drie schooljaren, tot 31 juli; categorie laag, midden of hoog"],
                     ["Lwoo (eigen criteria)", "De leerling heeft een leerachterstand van ten minste 1,5 jaar "
                      "op begrijpend lezen of rekenen én een onderwijsbehoefte aan kleinere groepen en "
                      "extra instructie, blijkend uit het onderwijskundig rapport; een IQ-meting is niet "
                      "vereist.", "Gehele vo-loopbaan"],
                     ["Praktijkonderwijs", "Landelijke criteria: IQ 55 tot en met 80 en een leerachterstand "
                      "van ten minste drie jaar op ten minste twee domeinen, waaronder begrijpend lezen of "
                      "inzichtelijk rekenen.", "Gehele vo-loopbaan"]]),
          ("h2", "5.2 Aanvragen"),
          ("p", "Hoe een aanvraag wordt ingediend, welke documenten nodig zijn en binnen welke termijnen "
                "wordt beslist, staat beschreven in de Handleiding Toewijzing 2026 op onze website. De "
                "handleiding wordt jaarlijks geactualiseerd.")]
    b += [("h1", "6 Terugkeer uit het vso"),
          ("p", "Het vso is voor veel leerlingen de juiste plek, maar niet altijd voor altijd. Rivierenhof "
                "kiest ervoor om terugkeer naar het regulier voortgezet onderwijs actief te bevorderen. Het "
                "doel is dat leerlingen die het vso niet (meer) nodig hebben, hun schoolloopbaan vervolgen "
                "op een reguliere school dicht bij huis, met leeftijdgenoten uit de eigen omgeving."),
          ("p", "Terugkeer is aan de orde wanneer de leerling het reguliere lesprogramma op het beoogde "
                "niveau kan volgen, de ondersteuningsbehoefte past binnen wat een reguliere school met "
                "extra ondersteuning kan bieden, en de leerling zelf gemotiveerd is. Overplaatsing naar een "
                "andere vso-school is mogelijk wanneer het profiel van de huidige school niet meer past."),
          ("p", "Na terugkeer heeft iedere leerling recht op een terugkeerarrangement: een jaar lang "
                "begeleiding door een ambulant begeleider van de vso-school, met een vast contactmoment per "
                "week in de eerste drie maanden en een mentor op de ontvangende school die tijd krijgt voor "
                "de begeleiding."),
          ("p", "Het stappenplan terugplaatsing, met de momenten waarop wordt geëvalueerd, wie het "
                "initiatief neemt en wie besluit, stellen we in het schooljaar 2026-2027 op met de drie "
                "vso-scholen.")]
    b += [("h1", "7 Monitor en resultaten"),
          ("p", "Rivierenhof volgt de ontwikkelingen in het netwerk met de Monitor Passend Rivierenhof. De "
                "monitor verschijnt twee keer per jaar (februari en september) en combineert gegevens van "
                "DUO (teldatum 1 oktober), de registratie van het Loket en van Route Nul, de jaarlijkse "
                "tevredenheidsenquête onder ouders en scholen en de kwaliteitsgesprekken die de "
                "directeur-bestuurder jaarlijks met elk bestuur voert. De monitor wordt besproken in het "
                "algemeen bestuur en in de OPR; de uitkomsten worden verantwoord in het jaarverslag. Hieronder "
                "de bereikte resultaten van de afgelopen jaren."),
          ("table", [["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
                     ["Deelnamepercentage vso (1 oktober)", "3,9%", "3,8%", "3,6%"],
                     ["Thuiszitters > 3 maanden (peildatum 1 oktober)", "22", "17", "12"],
                     ["Leerlingen teruggekeerd van vso naar regulier vo", "9", "13", "15"],
                     ["Leerlingen De Schakel binnen een jaar terug op reguliere school", "68%", "74%", "79%"],
                     ["Tevredenheid ouders over extra ondersteuning", "6,6", "6,9", "7,1"]]),
          ("p", "Nieuwe streefwaarden voor de planperiode leggen we vast wanneer het nieuwe referentiekader "
                "basisondersteuning er is; we verwachten dat bij de actualisatie van het plan in 2027-2028.")]
    b += [("h1", "8 Ouders en jongeren"),
          ("p", "Ouders en jongeren die vastlopen, het oneens zijn met de school of met een besluit van het "
                "samenwerkingsverband, of die een onafhankelijke gesprekspartner zoeken, kunnen terecht bij "
                "het Ouder- en Jeugdsteunpunt Rivierenhof. Het steunpunt is ondergebracht bij een "
                "onafhankelijke organisatie voor cliëntondersteuning, werkt kosteloos en uitsluitend in het "
                "belang van de jongere, en kan meegaan naar gesprekken of bemiddelen. Daarnaast kunnen ouders "
                "een beroep doen op de Onderwijsconsulenten. Geschillen over toelating, verwijdering of het "
                "OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
          ("p", "Jongeren met een OPP hebben hoorrecht: de school bespreekt het plan met hen en legt hun "
                "mening vast. In de ondersteuningsplanraad hebben drie ouders en drie leerlingen zitting."),
          ("p", "Hoe het samenwerkingsverband ouders informeert over het ondersteuningsaanbod en de "
                "voorzieningen, werken we uit in het communicatieplan 2027.")]
    b += [("h1", "9 Communicatie"),
          ("p", "Het samenwerkingsverband communiceert met de scholen via een tweewekelijkse nieuwsbrief "
                "voor ondersteuningscoördinatoren, een besloten omgeving met formats en handreikingen, en "
                "een jaarlijkse regiodag. Schoolleiders worden maandelijks bijgepraat in het "
                "directeurenoverleg. Met de gemeenten is afgesproken dat nieuwsberichten over gezamenlijke "
                "projecten worden afgestemd.")]
    b += [("h1", "10 Financiën"),
          ("p", "De financiële vertaling van dit plan, met de verdeling van de middelen over besturen en "
                "voorzieningen en de meerjarenbegroting, legt het bestuur vast in het Financieel Kader "
                "2026-2030. Dat kader wordt gelijktijdig met dit plan aan de ondersteuningsplanraad "
                "voorgelegd en is geen onderdeel van dit document.")]
    b += f_governance(swv, "stichting", "Toezicht wordt uitgeoefend door een raad van toezicht van vijf "
                                         "leden.")
    b += f_ontwikkelingen("vo")
    b += f_personeel(swv, "27")
    b += f_ict(swv)
    b += f_besturen(swv)
    b += f_kennis(swv)
    b += f_arbeidsmarkt()
    b += f_overstap()
    b += f_planning([["oktober 2025", "Evaluatie vorig plan, werksessies met scholen"],
                     ["29 januari 2026", "OOGO met zes gemeenten"],
                     ["februari 2026", "Concept ter instemming aan de OPR"],
                     ["april 2026", "Vaststelling en toezending aan de inspectie"],
                     ["2026-2027", "Referentiekader basisondersteuning, stappenplan terugplaatsing, "
                                   "communicatieplan"]])
    b += [("h1", "Bijlage: afkortingen en begrippen"),
          ("table", [["Afkorting/begrip", "Betekenis"],
                     ["Basisondersteuning", "Het ondersteuningsniveau dat elke school biedt."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Verdeelmodel", "Systematiek voor het verdelen van de ondersteuningsmiddelen."]])]
    return b


# ---------------------------------------------------------------------------------------------
# Near-miss - school ondersteuningsprofiel of one VO school (.html)
# ---------------------------------------------------------------------------------------------

def nearmiss():
    school = "Stedelijk College De Vaart"
    b = [("title", ["Schoolondersteuningsprofiel " + school + " 2025-2026",
                    "Vmbo-bb/kb/gl-tl met lwoo, havo en vwo - aangesloten bij Samenwerkingsverband VO Zuiderwaard"]),
         ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op De Vaart", "4 Extra ondersteuning",
                  "5 Lwoo op De Vaart", "6 Als onze school niet past: vso en praktijkonderwijs",
                  "7 Ouders", "8 Middelen", "9 Contact"]),
         ("h1", "1 Inleiding"),
         ("p", "In dit schoolondersteuningsprofiel (SOP) beschrijft " + school + " welke ondersteuning de "
               "school biedt. Het profiel is vastgesteld door de schoolleiding na advies van de "
               "medezeggenschapsraad en wordt jaarlijks geactualiseerd. Het ondersteuningsplan van het "
               "samenwerkingsverband vormt het kader; dit profiel is de uitwerking voor onze school. Vanaf "
               "het schooljaar 2026-2027 wordt deze informatie opgenomen in de schoolgids."),
         ("h1", "2 Onze school"),
         ("p", "De Vaart telt 1.140 leerlingen, verdeeld over vmbo (met lwoo), havo en vwo. De school staat "
               "in de wijk Noordhoek en heeft een sterke band met de buurt. Ongeveer 190 leerlingen hebben "
               "een aanwijzing lwoo. Onze kernwaarden zijn veiligheid, vertrouwen en vakmanschap."),
         ("h1", "3 Basisondersteuning op De Vaart"),
         ("p", "Net als alle scholen in het samenwerkingsverband biedt De Vaart de afgesproken "
               "basisondersteuning. Bij ons betekent dat onder meer: een mentor voor elke klas met een "
               "wekelijks mentoruur, een ondersteuningscoördinator per afdeling, een zorg- en adviesteam "
               "dat elke zes weken bijeenkomt, een dyslexiecoach, faalangstreductietraining, een "
               "huiswerkklas voor leerjaar 1 en 2, en een time-outlokaal met begeleiding."),
         ("p", "De mentor is het eerste aanspreekpunt voor leerling en ouders. Signalen worden besproken in "
               "het leerjaarteam; zo nodig wordt de leerling ingebracht in het zorg- en adviesteam, waarin de "
               "ondersteuningscoördinator, de orthopedagoog, de schoolmaatschappelijk werker en de "
               "jeugdarts zitting hebben."),
         ("h1", "4 Extra ondersteuning"),
         ("p", "Heeft een leerling meer nodig, dan stelt de school in overleg met ouders en leerling een "
               "ontwikkelingsperspectiefplan (OPP) op. De Vaart biedt als extra ondersteuning een "
               "ondersteuningsklas in de onderbouw vmbo (maximaal 14 leerlingen), coaching door een "
               "autismespecialist en een aangepast rooster bij langdurige ziekte. De middelen daarvoor "
               "ontvangt het bestuur van het samenwerkingsverband. Als de school meer nodig heeft, kan de "
               "ondersteuningscoördinator een arrangement aanvragen bij de Commissie Toewijzing van het "
               "samenwerkingsverband, of een tijdelijke plaatsing in het OPDC."),
         ("h1", "5 Lwoo op De Vaart"),
         ("p", "Leerlingen met een aanwijzing lwoo krijgen les in klassen van maximaal 18 leerlingen, met "
               "extra instructie voor Nederlands en rekenen en een vaste coach. De aanwijzing wordt door "
               "het samenwerkingsverband afgegeven; de basisschool en onze toelatingscommissie begeleiden "
               "de aanvraag. Ouders van groep 8-leerlingen kunnen in januari een lwoo-informatieavond "
               "bijwonen."),
         ("h1", "6 Als onze school niet past: vso en praktijkonderwijs"),
         ("p", "Soms kan De Vaart, ook met extra ondersteuning, niet bieden wat een leerling nodig heeft. De "
               "school bespreekt dan met ouders en leerling of een andere school beter past. Voor "
               "plaatsing in het vso of het praktijkonderwijs is een toelaatbaarheidsverklaring van het "
               "samenwerkingsverband nodig. De school vraagt die aan; het samenwerkingsverband besluit. "
               "Vanuit het zorgplicht-principe blijft De Vaart verantwoordelijk totdat een passende plek "
               "is gevonden."),
         ("p", "Leerlingen die vanuit het vso terugkeren, zijn welkom. We maken dan afspraken met de "
               "vso-school over de overdracht en de begeleiding in de eerste maanden."),
         ("h1", "7 Ouders"),
         ("p", "Wij zien ouders als partners. Ouders worden betrokken bij het opstellen en evalueren van het "
               "OPP en zijn welkom bij het zorg- en adviesteam. Informatie over de ondersteuning staat in de "
               "schoolgids en op onze website. Ouders die er met de school niet uitkomen, kunnen contact "
               "opnemen met het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of met de "
               "Onderwijsconsulenten. Voor klachten verwijzen wij naar onze klachtenregeling."),
         ("h1", "8 Middelen"),
         ("p", "De Vaart ontvangt via het bestuur een deel van het schoolbudget van het samenwerkingsverband "
               "en de lwoo-middelen voor leerlingen met een aanwijzing. De school zet deze middelen in voor "
               "de ondersteuningsklas, de lwoo-klassen, de formatie van de ondersteuningscoördinatoren en de "
               "coaching. De besteding wordt jaarlijks verantwoord aan het bestuur."),
         ("h1", "9 Contact"),
         ("p", "Voor vragen over ondersteuning kunt u contact opnemen met de ondersteuningscoördinator van "
               "de afdeling van uw kind via de administratie van de school. Het ondersteuningsplan van het "
               "samenwerkingsverband vindt u op de website van Samenwerkingsverband VO Zuiderwaard.")]
    return b


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]
CRITERIA = {"basisondersteuning": ["niveau", "inhoud"], "plaatsing": ["procedure", "criteria"],
            "terugstroom": ["procedure", "beleid"], "financien": ["verdeling", "besteding"],
            "dekkend-aanbod": ["continuum", "lacunes"], "resultaten": ["doelen", "monitoring"],
            "ouders": ["informatie", "steunpunt"]}


def status(crit: dict, el: str, advisory: dict, touched: set) -> str:
    vals = [crit[f"{el}.{c}"] for c in CRITERIA[el]]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el) or el in touched:
        return "partial"
    return "missing"


def label_yaml(documents, sector, false_crit, advisory, notes, touched=frozenset()):
    crit = {f"{e}.{c}": f"{e}.{c}" not in false_crit for e in ELEMENTS for c in CRITERIA[e]}
    els = {e: status(crit, e, advisory, set(touched)) for e in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            lines.append(f"  {e}: \"{notes[e]}\"")
    return "\n".join(lines) + "\n"


LABELS = {
    "vo-zuiderwaard-op-2026-2030": dict(
        documents=["vo-zuiderwaard-op-2026-2030.docx"], sector="vo",
        false_crit={"terugstroom.beleid", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3: minimum for every vestiging plus a table of concrete voorzieningen; 3.1 kwaliteitskaart/verbeterplan.",
               "plaatsing": "H5: Commissie Toewijzing, steps with termijnen, vso criteria and lwoo/pro criteria, two deskundigen, duration/categorie, LBT.",
               "terugstroom": "5.4 (inside the TLV chapter) gives a procedure (evaluation before 1 March, CT, receiving board, end 31 July); the policy (aims, support after return) is deferred to a werkgroep.",
               "financien": "H9 'Geld en middelen': vaste voet + per-leerling verdeelmodel and a 2026-2029 meerjarenbegroting table; reserves and verantwoording.",
               "dekkend-aanbod": "H4 four-level continuum (OPDC, rebound, ISK, vso) and H6 network analysis, witte vlekken, Thuiszitterstafel, zorgplicht.",
               "resultaten": "H7 has a table of streefwaarden 2030 but how they are measured/reported is deferred to a monitoringskader not in the plan.",
               "ouders": "H8 'Communicatie': website, brochure, info evenings, schoolgids; 8.1 OJSP, Onderwijsconsulenten, Geschillencommissie."}),
    "vo-oostergouw-ondersteuningsplan": dict(
        documents=["vo-oostergouw-ondersteuningsplan.pdf"], sector="vo",
        false_crit={"basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 defines the shared minimum for every vestiging and an audit cycle, but the content is only in absent bijlage 3 / the schools' SOPs.",
               "plaatsing": "H5 'Toewijzing en terugkeer': Commissie Toewijzing, who applies, termijnen, criteria for vso/lwoo/pro in a table, two deskundigen, duration and categorie.",
               "terugstroom": "5.4 inside the TLV chapter: policy (temporary vso, conditions, terugkeerarrangement) and procedure (OPP evaluations, advice before 1 Feb, proefplaatsing, receiving board decides).",
               "financien": "9.1 verdeelsleutel 70/30 and lwoo by aangewezen leerlingen; the meerjarenbegroting is only referenced to a website and the table is all p.m.",
               "dekkend-aanbod": "H4 trap-table of provisions from extra ondersteuning to vso; H6 'Sluitend aanbod' with Doorbraakoverleg, wachtlijsten, zorgplicht.",
               "resultaten": "H7 'Kwaliteitszorg': nulmeting/streefwaarde table and a dashboard, peiling and jaarverslag cycle.",
               "ouders": "H8 informs parents (ouderpagina, schoolgids, info evening, folder) but the OJSP is deferred to 2027 and parents are only sent to the school."}),
    "vo-kempenhorst-ondersteuningsplan": dict(
        documents=["vo-kempenhorst-ondersteuningsplan.md"], sector="vo",
        false_crit={"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat elke school biedt': ondergrens for every vestiging with ten standards in a table.",
               "plaatsing": "H5 gives applicant, Loket, CvT, deskundigen, 6-week and 15 March/1 May termijnen; the criteria are only referred to absent bijlage 6 (Toewijzingsprotocol).",
               "terugstroom": "Only TOC entry '5.5 Na het vso' with a deferral, a glossary entry and near-misses (terug naar eigen school from OPDC, uitstroom).",
               "financien": "H9 'Financieel kader': order of distribution, EUR 210 per leerling, yearly decision, meerjarenbegroting table.",
               "dekkend-aanbod": "H4/H6 describe the continuum and OOGO/jeugdhulp, but gap analysis and thuiszitters approach are deferred to 2027.",
               "resultaten": "H7 terugblik with doel/bereikt table, new targets 2026-2030 and a monitoring cycle (7.3).",
               "ouders": "H8 website rubriek, Ouderpraat evenings, overzichtskaart; OJSP Kompas and Onderwijsconsulenten."}),
    "po-duinstreek-midden-op": dict(
        documents=["po-duinstreek-midden-op.pdf"], sector="po",
        false_crit={"plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
                    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                    "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"},
        advisory={"financien": ["reserves"]},
        notes={"basisondersteuning": "H3: level for all basisscholen/vestigingen plus a concrete list (IB hours, cycles, protocols, orthopedagoog within 3 weeks).",
               "plaatsing": "H5 only says toelaatbaarheid is a statutory task and refers everything to absent bijlage 2 (Reglement Toelaatbaarheid); TLV/categorie only in the glossary.",
               "terugstroom": "H6 'Terug naar de basisschool': policy with conditions and terugkeerarrangement, plus a step list with dates and decision owner.",
               "financien": "9.2 meerjarenbegroting with amounts; the verdeelmodel is being herijkt and only referenced to absent bijlage 1; reserves in 9.3.",
               "dekkend-aanbod": "H4 only defers the overview and gap analysis to the jaarplan 2026-2027; dekkend aanbod/thuiszitter only in glossary and visie.",
               "resultaten": "H7 says the chapter is not yet filled in (nulmeting 2027); no targets or monitoring anywhere.",
               "ouders": "H8 refers to an absent communicatieplan (bijlage 3) and the website; OJSP/Onderwijsconsulent only in the glossary and a legal-context passage."}),
    "vo-rivierenhof-op-2026": dict(
        documents=["vo-rivierenhof-op-2026.docx"], sector="vo",
        false_crit={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                    "terugstroom.procedure", "financien.verdeling", "financien.besteding",
                    "resultaten.doelen", "ouders.informatie"},
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 only announces a new referentiekader in 2026-2027 and points to the old one on the website; glossary entry is a trap.",
               "plaatsing": "5.1 table gives vso, own lwoo (opting out) and pro criteria with geldigheid/categorie; the application procedure is only in a Handleiding on the website.",
               "terugstroom": "H6 states the policy (aim, conditions, terugkeerarrangement) but the stappenplan (who initiates, evaluation, decision) is deferred to 2026-2027.",
               "financien": "H10 defers verdeling and meerjarenbegroting to a separate Financieel Kader; glossary has verdeelmodel/meerjarenbegroting.",
               "dekkend-aanbod": "H4 layered continuum with OPDC/rebound/OZA/vso; 4.1 Route Nul thuiszitters and twice-yearly gap analysis; 4.2 OOGO.",
               "resultaten": "H7 Monitor Passend Rivierenhof (sources, twice a year, jaarverslag) with achieved figures; new streefwaarden are deferred.",
               "ouders": "H8 OJSP Rivierenhof, Onderwijsconsulenten, Geschillencommissie; informing parents is deferred to a communicatieplan 2027 (H9 is school communication only)."}),
}

NEARMISS_LABEL = """documents: [vo-devaart-schoolondersteuningsprofiel.html]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel (SOP) of one VO school (Stedelijk College De Vaart) that refers to the samenwerkingsverband's plan; it describes only this school's basis/extra support, lwoo and TLV requests, not an ondersteuningsplan of a samenwerkingsverband."
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    builders = {
        "vo-zuiderwaard-op-2026-2030": (plan1, "docx"),
        "vo-oostergouw-ondersteuningsplan": (plan2, "pdf"),
        "vo-kempenhorst-ondersteuningsplan": (plan3, "md"),
        "po-duinstreek-midden-op": (plan4, "pdf"),
        "vo-rivierenhof-op-2026": (plan5, "docx"),
    }
    for name, (fn, fmt) in builders.items():
        blocks = fn()
        n = words(blocks)
        if n < 3000:
            raise SystemExit(f"{name}: only {n} words")
        title = blocks[0][1][0] + " | " + blocks[0][1][1]
        footer = "Ondersteuningsplan - passend onderwijs - resultaten, middelen, ouders"
        if fmt == "docx":
            render_docx(blocks, OUT / f"{name}.docx", title, footer)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / f"{name}.pdf", title, footer)
        elif fmt == "md":
            (OUT / f"{name}.md").write_text(render_md(blocks, title), encoding="utf-8")
        (OUT / f"{name}.expected.yaml").write_text(label_yaml(**LABELS[name]), encoding="utf-8")
        print(f"{name}.{fmt}: {n} words")
    nm = nearmiss()
    (OUT / "vo-devaart-schoolondersteuningsprofiel.html").write_text(
        render_html(nm, nm[0][1][0]), encoding="utf-8")
    (OUT / "vo-devaart-schoolondersteuningsprofiel.expected.yaml").write_text(NEARMISS_LABEL, encoding="utf-8")
    print(f"vo-devaart-schoolondersteuningsprofiel.html: {words(nm)} words")


if __name__ == "__main__":
    main()
