#!/usr/bin/env python3
"""Generate the holdout72 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- blocks
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", " ".join(t.split()))


def BUL(*items):
    return ("bul", [" ".join(i.split()) for i in items])


def TAB(*rows):
    return ("tab", [list(r) for r in rows])


def TOC(*lines):
    return ("toc", list(lines))


def TITLE(*lines):
    return ("title", list(lines))


def BREAK():
    return ("break", None)


# --------------------------------------------------------------------------- renderers
def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    import datetime
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2024, 3, 1, 12, 0, 0)
    cp.author = cp.last_modified_by = "holdout72"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 14)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "tab":
            table = doc.add_table(rows=len(val), cols=len(val[0]))
            table.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            info = zipfile.ZipInfo(fname, date_time=(2024, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def write_html(blocks, path, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header><nav class="site-nav">{e(header)}</nav></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f"<h{lvl}>{e(val)}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "bul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>'
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "tab":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    if footer:
        out.append(f"<footer><p>{e(footer)}</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "lo-profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), str(pdf_path))


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "h3"):
            n += len(val.split())
        elif kind in ("bul", "toc", "title"):
            n += sum(len(i.split()) for i in val)
        elif kind == "tab":
            n += sum(len(c.split()) for row in val for c in row)
    return n


# =========================================================================== PLAN 1
# PO, large formal plan, .docx. Financien missing (only a reference to a separate
# begroting), terugstroom procedure hidden in the TLV chapter (beleid deferred),
# resultaten with targets but monitoring deferred, ouders in "Communicatie".
def plan_lingeveld():
    name = "Samenwerkingsverband Passend Primair Onderwijs Lingeveld"
    b = []
    b += [TITLE("Ondersteuningsplan 2024–2028",
                name + " (PO 26-14)",
                "Vastgesteld door het algemeen bestuur op 18 maart 2024",
                "Instemming ondersteuningsplanraad: 9 april 2024"), BREAK()]
    b += [TOC("Voorwoord .......... 3",
              "1. Inleiding en leeswijzer .......... 4",
              "2. Ons samenwerkingsverband in cijfers .......... 5",
              "3. Missie, visie en ambities .......... 7",
              "4. Basisondersteuning .......... 9",
              "5. Extra ondersteuning en het dekkend aanbod .......... 12",
              "6. Toelaatbaarheid tot sbo en so .......... 16",
              "   6.6 Terugplaatsing en overplaatsing .......... 19",
              "7. Thuiszitters en verzuim .......... 20",
              "8. Samenwerking met gemeenten en jeugdhulp .......... 22",
              "9. Communicatie .......... 24",
              "10. Kwaliteitszorg en beoogde resultaten .......... 26",
              "11. Financiën en meerjarenbegroting .......... 28",
              "12. Organisatie, governance en medezeggenschap .......... 29",
              "13. Personeel en professionalisering .......... 31",
              "14. Privacy en ICT .......... 32",
              "15. Planning en totstandkoming .......... 33",
              "Bijlage 1 Begrippenlijst .......... 34"), BREAK()]
    b += [H1("Voorwoord"),
          P("""Voor u ligt het ondersteuningsplan 2024–2028 van Samenwerkingsverband Passend Primair
          Onderwijs Lingeveld. Het is het derde ondersteuningsplan sinds de invoering van de Wet passend
          onderwijs in 2014. In de afgelopen tien jaar is er veel veranderd: het aantal leerlingen in ons
          gebied is licht gedaald, de vraag naar ondersteuning is complexer geworden en de krapte op de
          arbeidsmarkt raakt elke school. Tegelijk zien wij dat scholen, ouders en partners elkaar beter
          weten te vinden dan tien jaar geleden. Dit plan bouwt voort op wat goed gaat en benoemt eerlijk
          waar het beter moet."""),
          P("""Het plan is tot stand gekomen in een lang en zorgvuldig traject. In het voorjaar van 2023
          hebben wij in vier regiobijeenkomsten gesproken met directeuren, intern begeleiders, leerkrachten,
          ouders en medewerkers van de gemeenten. De opbrengst van die gesprekken is in het najaar
          besproken met de schoolbesturen en met de ondersteuningsplanraad. Wij danken iedereen die heeft
          meegedacht, en in het bijzonder de leden van de ondersteuningsplanraad, die kritisch en
          betrokken hebben meegelezen."""),
          P("""Passend onderwijs is geen project met een einddatum. Het is een manier van werken die elke dag
          opnieuw vraagt om aandacht, vakmanschap en vertrouwen. Wij hopen dat dit plan daar een bruikbare
          leidraad voor is, voor scholen, voor ouders en voor iedereen die samen met ons werkt aan goed
          onderwijs voor elk kind in Lingeveld."""),
          P("""Drs. M.A. (Marieke) van Dalen, directeur-bestuurder""")]
    b += [H1("1. Inleiding en leeswijzer"),
          P("""Samenwerkingsverbanden passend onderwijs zijn wettelijk verplicht ten minste eens in de vier
          jaar een ondersteuningsplan vast te stellen (artikel 18a Wet op het primair onderwijs). Het plan
          beschrijft hoe het samenwerkingsverband zorgt voor een samenhangend geheel van
          ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen een zo passend
          mogelijke plek in het onderwijs krijgen. Dit plan geldt voor de schooljaren 2024–2025 tot en met
          2027–2028, van 1 augustus 2024 tot 31 juli 2028."""),
          P("""Het plan is geschreven voor schoolbesturen, directeuren en intern begeleiders, maar ook voor
          ouders, gemeenten en andere partners. Wij hebben geprobeerd het plan leesbaar te houden. Waar
          begrippen toch technisch zijn, vindt u een toelichting in de begrippenlijst in bijlage 1. Ieder
          hoofdstuk begint met een korte samenvatting van de belangrijkste afspraken."""),
          P("""Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan met concrete activiteiten.
          Het jaarplan wordt door de directeur-bestuurder opgesteld en door het algemeen bestuur
          vastgesteld. Het jaarplan en het jaarverslag zijn geen onderdeel van dit plan, maar worden wel
          elk jaar met de ondersteuningsplanraad besproken.""")]
    b += [H1("2. Ons samenwerkingsverband in cijfers"),
          P("""Samenwerkingsverband Lingeveld omvat het grondgebied van de gemeenten Lingeveld, Heerlo,
          Oud-Marsdijk en Waalzicht. In het gebied wonen ruim 142.000 inwoners. Aan het
          samenwerkingsverband nemen elf schoolbesturen deel met samen 58 scholen voor basisonderwijs,
          twee scholen voor speciaal basisonderwijs (sbo De Wissel en sbo Het Palet) en drie scholen voor
          speciaal onderwijs in cluster 3 en 4 (De Horizon, Het Baken en so De Meander)."""),
          TAB(("Kengetal (teldatum 1 oktober 2023)", "Aantal"),
              ("Scholen voor basisonderwijs (vestigingen)", "58"),
              ("Leerlingen basisonderwijs", "11.870"),
              ("Leerlingen sbo", "286"),
              ("Leerlingen so (cluster 3 en 4)", "214"),
              ("Deelnemende schoolbesturen", "11"),
              ("Gemeenten in het werkgebied", "4")),
          P("""Het aantal leerlingen in het basisonderwijs is sinds 2019 met ongeveer vier procent gedaald.
          De prognoses van de gemeenten laten voor de komende planperiode een verdere lichte daling zien,
          met uitzondering van de kern Waalzicht, waar door nieuwbouw juist groei wordt verwacht. De
          scholen in het landelijke oosten van ons gebied zijn klein; zeventien scholen hebben minder dan
          honderd leerlingen. Dat vraagt om samenwerking tussen scholen, omdat expertise op een kleine
          school snel kwetsbaar is."""),
          P("""In ons gebied wonen relatief veel gezinnen met een laag inkomen in de wijken Noord en
          Kanaalzone van Lingeveld. Het aandeel leerlingen met een taalachterstand is daar hoog. Het
          gebied kent daarnaast een groeiende groep nieuwkomers, onder wie kinderen uit Oekraïne die sinds
          2022 in twee taalklassen worden opgevangen.""")]
    b += [H1("3. Missie, visie en ambities"),
          P("""Onze missie is kort: elk kind in Lingeveld gaat naar school, zo dicht mogelijk bij huis, en
          krijgt daar het onderwijs en de ondersteuning die het nodig heeft. Wij geloven dat kinderen
          het meest leren in een omgeving waar zij gezien worden, waar leerkrachten vakbekwaam zijn en waar
          ouders en school elkaar serieus nemen. Passend onderwijs is daarom in de eerste plaats een zaak
          van de school en het team; het samenwerkingsverband ondersteunt, verbindt en faciliteert."""),
          P("""Onze visie rust op vier pijlers. Ten eerste: thuisnabij waar het kan, speciaal waar het moet.
          Ten tweede: de leerkracht doet ertoe; investeren in vakmanschap is investeren in kinderen. Ten
          derde: samen met ouders, want ouders kennen hun kind het best. Ten vierde: onderwijs en zorg
          werken als één team rond het kind, zonder schotten en zonder wachtlijsten waar dat te voorkomen
          is."""),
          P("""Uit deze pijlers volgen vijf ambities voor de planperiode. Wij willen dat de
          basisondersteuning op alle scholen op orde is; dat er voor elk kind een passende plek is;
          dat kinderen die naar het speciaal onderwijs gaan, waar mogelijk weer terugkeren; dat de
          samenwerking met de gemeenten en de jeugdhulp verder verstevigt; en dat ouders weten waar zij
          terechtkunnen. In hoofdstuk 10 zijn deze ambities vertaald in beoogde resultaten."""),
          P("""Wij realiseren ons dat ambities alleen waarde hebben als middelen, mensen en tijd beschikbaar
          zijn. Het lerarentekort maakt niet alles mogelijk wat wij zouden willen. Wij kiezen er daarom
          bewust voor om ons te concentreren op een beperkt aantal speerpunten en die goed uit te voeren,
          in plaats van veel nieuwe initiatieven tegelijk te starten.""")]
    b += [H1("4. Basisondersteuning"),
          P("""Samenvatting: alle scholen in Lingeveld bieden ten minste dezelfde basisondersteuning. Die is
          vastgelegd in negen standaarden. Het samenwerkingsverband controleert elke twee jaar of scholen
          aan de standaarden voldoen."""),
          H2("4.1 Wat verstaan wij onder basisondersteuning?"),
          P("""Basisondersteuning is in ons samenwerkingsverband het afgesproken minimumniveau van
          ondersteuning dat elke vestiging van elke aangesloten basisschool aan ieder kind biedt, zonder
          dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De schoolbesturen hebben dit
          niveau samen vastgesteld; het geldt voor alle 58 vestigingen, ongeacht grootte, denominatie of
          bestuur. Een school mag meer bieden dan de basisondersteuning, maar niet minder. Wat een school
          daarbovenop biedt, beschrijft zij in haar schoolondersteuningsprofiel (SOP), dat sinds dit
          schooljaar in de schoolgids is opgenomen."""),
          H2("4.2 De negen standaarden"),
          P("""Ouders mogen van elke school in Lingeveld in elk geval het volgende verwachten:"""),
          BUL("""Een intern begeleider met een afgeronde opleiding, die ten minste één dag per week per
              honderd leerlingen beschikbaar is voor ondersteuning van leerkrachten en overleg met ouders.""",
              """Een leerlingvolgsysteem en een vaste cyclus van groepsbesprekingen (minimaal drie keer per
              jaar) en leerlingbesprekingen, waarin signalen vroegtijdig worden opgepakt.""",
              """Een ondersteuningsteam (OT) op school, waaraan naast de intern begeleider de
              orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk werker deelnemen en
              waarvoor ouders altijd worden uitgenodigd.""",
              """Een dyslexieprotocol en een dyscalculieprotocol conform de landelijke protocollen, met
              extra instructie en compenserende middelen zoals voorleessoftware.""",
              """Een aanbod voor sociale veiligheid en gedrag: een schoolbrede methode voor sociaal-emotioneel
              leren, een pestprotocol en een anti-pestcoördinator.""",
              """Een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken).""",
              """Afspraken over medisch handelen en over leerlingen met een lichamelijke beperking, voor
              zover het gebouw dat toelaat.""",
              """Een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt,
              opgesteld en geëvalueerd met ouders.""",
              """Een warme overdracht naar het voortgezet onderwijs en bij iedere tussentijdse
              schoolwisseling."""),
          H2("4.3 Toezicht op de basisondersteuning"),
          P("""Elke twee jaar voert een auditteam van het samenwerkingsverband, bestaande uit een
          orthopedagoog en een directeur van een andere school, een audit basisondersteuning uit op iedere
          vestiging. Het team gebruikt daarvoor de kwaliteitskaart basisondersteuning. Voldoet een school
          op een of meer standaarden niet, dan stelt het bevoegd gezag binnen drie maanden een verbeterplan
          op, dat na een jaar opnieuw wordt getoetst. De uitkomsten worden per bestuur besproken in het
          bestuurlijk overleg.""")]
    b += [H1("5. Extra ondersteuning en het dekkend aanbod"),
          P("""Samenvatting: als de basisondersteuning niet voldoende is, zijn er drie vervolgniveaus. Het
          samenwerkingsverband brengt elk jaar in kaart waar het aanbod tekortschiet en spreekt daar acties
          op af."""),
          H2("5.1 Het ondersteuningscontinuüm"),
          P("""Wij onderscheiden vijf niveaus van ondersteuning, die samen het aanbod in ons gebied
          vormen. De niveaus sluiten op elkaar aan; een leerling gaat pas naar een volgend niveau als
          het vorige aantoonbaar niet toereikend is."""),
          TAB(("Niveau", "Wat", "Waar"),
              ("1. Basisondersteuning", "De negen standaarden uit hoofdstuk 4", "Op elke school"),
              ("2. Extra ondersteuning op school", "Arrangement van het expertiseteam: ambulante begeleiding gedrag, taal, motoriek of jonge kind, voor 10 tot 20 weken", "Op de eigen school"),
              ("3. Bovenschoolse voorziening", "Observatiegroep De Brug (max. 12 weken), plusklas voltijds HB De Uitdaging, taalklassen nieuwkomers", "Op drie locaties in Lingeveld en Heerlo"),
              ("4. Speciaal basisonderwijs", "Kleine groepen, orthopedagogisch klimaat", "sbo De Wissel, sbo Het Palet"),
              ("5. Speciaal onderwijs", "Cluster 3 (ZML, LZ/LG) en cluster 4 (gedrag/psychiatrie)", "De Horizon, Het Baken, De Meander")),
          P("""De route naar extra ondersteuning loopt altijd via het ondersteuningsteam van de school.
          Daar wordt met ouders besproken wat het kind nodig heeft. De orthopedagoog van het
          samenwerkingsverband stelt samen met de school en ouders vast welk niveau passend is en zet het
          arrangement in gang. Het expertiseteam van het samenwerkingsverband bestaat uit 14 ambulant
          begeleiders met een specialisatie."""),
          H2("5.2 Zorgen voor een dekkend aanbod"),
          P("""Jaarlijks in mei maakt het samenwerkingsverband een analyse van het dekkend aanbod. Daarvoor
          gebruiken wij de wachtlijsten van de bovenschoolse voorzieningen, de gegevens van het
          thuiszittersoverleg en de signalen uit de ondersteuningsteams. De analyse van 2023 liet twee
          lacunes zien: er is geen passend aanbod voor jonge kinderen (4–6 jaar) met een ernstige
          ontwikkelingsachterstand die nog niet toe zijn aan het so, en leerlingen met een combinatie van
          autisme en hoogbegaafdheid zitten te vaak thuis. Voor de eerste groep start per 1 augustus 2025 een
          kleutergroep op sbo Het Palet in samenwerking met een zorgaanbieder; voor de tweede groep
          ontwikkelen wij in 2024–2025 met De Meander een tussenvoorziening met twaalf plaatsen."""),
          P("""Wanneer een school voor een aangemelde leerling geen passende plek kan bieden, geldt de
          zorgplicht. Het schoolbestuur schakelt dan binnen twee weken de casusregisseur van het
          samenwerkingsverband in, die met ouders en scholen op zoek gaat naar een passende plek. Lukt dit
          niet binnen zes weken, dan beslist de directeur-bestuurder welke school de leerling tijdelijk
          opvangt.""")]
    b += [H1("6. Toelaatbaarheid tot sbo en so"),
          P("""Samenvatting: voor plaatsing op een sbo- of so-school is een toelaatbaarheidsverklaring (TLV)
          nodig. De Commissie Toelaatbaarheid beslist binnen zes weken op basis van vaste criteria en het
          advies van twee deskundigen."""),
          H2("6.1 Wie vraagt aan?"),
          P("""Een TLV wordt aangevraagd door het schoolbestuur van de school waar de leerling is ingeschreven
          of aangemeld. De aanvraag gaat via het digitale loket van het samenwerkingsverband. Bij de
          aanvraag horen het groeidocument of OPP, het verslag van het laatste ondersteuningsteam, de
          handtekening of zienswijze van de ouders en, voor het so, een recent psychologisch of
          orthopedagogisch onderzoek."""),
          H2("6.2 Stappen en termijnen"),
          BUL("""Stap 1: het loket controleert binnen vijf werkdagen of het dossier compleet is.""",
              """Stap 2: twee deskundigen geven ieder een eigen schriftelijk advies (zie 6.4).""",
              """Stap 3: de Commissie Toelaatbaarheid, bestaande uit de directeur-bestuurder en twee
              orthopedagogen, neemt een besluit.""",
              """Stap 4: ouders en school ontvangen binnen zes weken na ontvangst van de complete aanvraag
              het besluit, met een afschrift van de deskundigenadviezen."""),
          H2("6.3 Criteria"),
          P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is
          voldaan: de school heeft de basisondersteuning en ten minste één arrangement (niveau 2) planmatig
          ingezet en geëvalueerd; de leerling heeft een ontwikkelingsperspectief met een uitstroom op of
          onder het niveau van eind groep 6; en de ondersteuningsbehoefte vraagt structureel om een kleine
          groep en een hoge mate van voorspelbaarheid die de reguliere school ook met extra ondersteuning
          niet kan bieden."""),
          P("""Een leerling is toelaatbaar tot het speciaal onderwijs als er sprake is van een ernstige
          verstandelijke, lichamelijke of meervoudige beperking (cluster 3), of van ernstige gedrags- of
          psychiatrische problematiek die een intensieve, orthopedagogische of orthopsychiatrische
          aanpak vraagt (cluster 4), én het sbo niet in de ondersteuningsbehoefte kan voorzien."""),
          H2("6.4 Deskundigenadvies"),
          P("""Bij elke aanvraag adviseren twee deskundigen: altijd een orthopedagoog of psycholoog, en
          afhankelijk van de leerling een tweede deskundige (kinderarts, maatschappelijk werker,
          jeugdarts of kinder- en jeugdpsychiater). De deskundigen zijn niet betrokken geweest bij het
          opstellen van de aanvraag."""),
          H2("6.5 Duur, bekostigingscategorie en bezwaar"),
          P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt
          afgegeven voor één of twee schooljaren, in categorie laag, midden of hoog, afhankelijk van de
          benodigde ondersteuning. Ouders die het niet eens zijn met een besluit kunnen binnen zes weken
          bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."""),
          H2("6.6 Terugplaatsing en overplaatsing"),
          P("""Uiterlijk op 1 februari van het laatste jaar waarvoor een TLV so is afgegeven, organiseert de
          so-school een evaluatiegesprek met ouders, de orthopedagoog van het samenwerkingsverband en, als
          dat aan de orde is, de beoogde reguliere school of sbo-school. In dat gesprek wordt aan de hand
          van het OPP bekeken of de leerling kan terugkeren naar het basisonderwijs of het sbo, of dat een
          nieuwe TLV nodig is. De so-school vraagt vóór 1 april een nieuwe TLV aan of meldt de leerling aan
          bij de ontvangende school. De Commissie Toelaatbaarheid neemt het besluit over verlenging; bij
          terugplaatsing eindigt de TLV op 31 juli."""),
          P("""Het beleid rond terugplaatsing, waaronder de doelen, de voorwaarden en de begeleiding die een
          leerling na de overstap krijgt, werken wij in het eerste planjaar samen met de so- en sbo-scholen
          verder uit.""")]
    b += [H1("7. Thuiszitters en verzuim"),
          P("""Geen kind hoort thuis te zitten. Toch telde ons gebied op 1 oktober 2023 elf thuiszitters en
          acht kinderen met een vrijstelling van de leerplicht op grond van artikel 5 onder a. Wij werken
          hierin nauw samen met de leerplichtambtenaren van de vier gemeenten in het
          Thuiszittersoverleg Lingeveld, dat elke zes weken bijeenkomt. In dat overleg wordt elke
          thuiszitter bij naam besproken, met een eigenaar en een datum waarop de leerling weer onderwijs
          volgt."""),
          P("""Als partijen er samen niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht: zij kan
          een school vragen een leerling tijdelijk op te vangen of een arrangement op maat in te zetten.
          Met de gemeenten is afgesproken dat een aanvraag voor een vrijstelling 5a altijd eerst wordt
          besproken met de orthopedagoog van het samenwerkingsverband.""")]
    b += [H1("8. Samenwerking met gemeenten en jeugdhulp"),
          P("""Het samenwerkingsverband voert twee keer per jaar op overeenstemming gericht overleg (OOGO)
          met de wethouders onderwijs en jeugd van de vier gemeenten. Het ontwerp van dit plan is in het
          OOGO van 6 februari 2024 besproken; de gemeenten hebben ingestemd met de gezamenlijke
          agenda. Die agenda bevat vier thema’s: jeugdhulp in en om de school, thuiszitters, de overgang
          van voorschoolse voorzieningen naar groep 1 en leerlingenvervoer."""),
          P("""Op 22 scholen werkt een schoolmaatschappelijk werker van het lokale team, die ook deelneemt aan
          het ondersteuningsteam. Voor leerlingen in het so is een onderwijs-zorgarrangement mogelijk,
          waarin onderwijs en jeugdhulp samen één plan maken; de gemeente financiert het zorgdeel. In de
          komende planperiode breiden wij de inzet van jeugdhulp op school uit naar alle scholen met meer
          dan 150 leerlingen.""")]
    b += [H1("9. Communicatie"),
          P("""Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert
          met scholen via de nieuwsbrief voor intern begeleiders, het directeurenoverleg en de
          bestuurlijke overleggen. Met gemeenten lopen de lijnen via de beleidsadviseurs en het OOGO."""),
          H2("9.1 Informatie voor ouders"),
          P("""Ouders vinden op de ouderpagina van onze website een overzicht van alle voorzieningen: de
          standaarden van de basisondersteuning, de arrangementen van het expertiseteam, de bovenschoolse
          voorzieningen en de sbo- en so-scholen, met een korte beschrijving en contactgegevens. Iedere
          school geeft ouders bij het aanmeldgesprek de folder ‘Passend onderwijs in Lingeveld’, die ook
          in het Arabisch, Pools en Oekraïens verkrijgbaar is. Twee keer per jaar organiseren wij een
          informatieavond voor ouders over passend onderwijs, waarvan één online. Wat een school
          aan extra ondersteuning biedt, staat in de schoolgids."""),
          H2("9.2 Onafhankelijke ondersteuning voor ouders"),
          P("""Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband,
          kunnen terecht bij het Ouder- en Jeugdsteunpunt Lingeveld. Het steunpunt werkt onafhankelijk van
          scholen en samenwerkingsverband, is op werkdagen telefonisch bereikbaar en kan een
          onafhankelijke ouderadviseur laten meegaan naar gesprekken op school. Daarnaast kunnen ouders
          kosteloos een beroep doen op de landelijke Onderwijsconsulenten. Bij een geschil over toelating,
          verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs;
          voor klachten over het samenwerkingsverband geldt onze klachtenregeling."""),
          H2("9.3 Ouders als partner"),
          P("""Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden bij elk
          ondersteuningsteam uitgenodigd. Zij tekenen het OPP van hun kind voor akkoord en worden gehoord
          voordat een TLV wordt aangevraagd.""")]
    b += [H1("10. Kwaliteitszorg en beoogde resultaten"),
          P("""Kwaliteit is voor ons geen papieren exercitie. Wij willen weten of onze inzet verschil maakt
          voor kinderen. Daarom hebben wij onze ambities vertaald in beoogde resultaten voor het einde van
          de planperiode (31 juli 2028):"""),
          TAB(("Ambitie", "Beoogd resultaat 2028"),
              ("Basisondersteuning op orde", "Alle 58 vestigingen voldoen aan de negen standaarden"),
              ("Thuisnabij onderwijs", "Deelnamepercentage sbo + so gezamenlijk daalt van 4,1% naar 3,7%"),
              ("Geen thuiszitters", "Maximaal 5 thuiszitters langer dan drie maanden op 1 oktober"),
              ("Terugkeer waar mogelijk", "Ten minste 10 leerlingen per jaar keren terug uit sbo/so naar regulier"),
              ("Snelle hulp", "Een arrangement start binnen 4 weken na het ondersteuningsteam")),
          P("""Op welke wijze wij de voortgang op deze resultaten gaan meten, wie daarover rapporteert en op
          welke momenten, leggen wij in het eerste planjaar vast in een monitoringskader, in overleg met
          de schoolbesturen en de ondersteuningsplanraad. Een evaluatie van het vorige
          ondersteuningsplan is opgenomen in het jaarverslag 2023.""")]
    b += [H1("11. Financiën en meerjarenbegroting"),
          P("""Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. De
          financiële vertaling van dit ondersteuningsplan is opgenomen in de meerjarenbegroting 2024–2028,
          die het algemeen bestuur jaarlijks in december vaststelt en als afzonderlijk document ter
          informatie aan de ondersteuningsplanraad voorlegt (bijlage 6). Het financieel beleid wordt
          nader uitgewerkt in het treasurystatuut en de begroting van het betreffende jaar.""")]
    b += [H1("12. Organisatie, governance en medezeggenschap"),
          P("""Het samenwerkingsverband is een stichting. De elf schoolbesturen vormen samen het algemeen
          bestuur, dat de directeur-bestuurder benoemt en toezicht houdt op haar functioneren. Het algemeen
          bestuur vergadert vijf keer per jaar. De directeur-bestuurder is belast met het bestuur van de
          stichting en legt verantwoording af aan het algemeen bestuur. Deze scheiding tussen bestuur en
          toezicht is vastgelegd in de statuten en het bestuursreglement, die in 2022 zijn herzien."""),
          P("""Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een
          beleidsmedewerker, een controller (0,4 fte), twee medewerkers van het loket, het
          expertiseteam en de casusregisseur. Het bureau is gevestigd in Heerlo."""),
          P("""De ondersteuningsplanraad (OPR) telt acht leden: vier ouders en vier personeelsleden, afgevaardigd
          door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het
          ondersteuningsplan en vergadert ten minste vier keer per jaar. Het samenwerkingsverband heeft
          daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau.""")]
    b += [H1("13. Personeel en professionalisering"),
          P("""Het samenwerkingsverband heeft 27 medewerkers in dienst, samen 19,6 fte. Het expertiseteam is
          de grootste groep. De komende jaren gaan vijf ambulant begeleiders met pensioen; wij leiden in
          samenwerking met de hogeschool nieuwe collega’s op via een traineeship. Voor intern begeleiders
          organiseren wij elk jaar een leergang van zes bijeenkomsten, met thema’s als handelingsgericht
          werken, gesprekken met ouders en het werken met een OPP."""),
          P("""De werkdruk in het onderwijs is hoog. Wij houden daar rekening mee door de administratieve
          lasten voor scholen zo laag mogelijk te houden: één groeidocument, één digitaal loket en geen
          dubbele uitvraag van gegevens.""")]
    b += [H1("14. Privacy en ICT"),
          P("""Het samenwerkingsverband verwerkt bijzondere persoonsgegevens van leerlingen voor de
          toelaatbaarheid en de arrangementen. Wij doen dat op basis van artikel 18a lid 13 WPO en de AVG.
          Dossiers worden bewaard tot drie jaar na het laatste besluit. Alleen medewerkers van het loket,
          de orthopedagogen en de Commissie Toelaatbaarheid hebben toegang. Het digitale loket draait op
          een beveiligde omgeving die jaarlijks door een externe partij wordt getest."""),
          P("""In 2025 vervangen wij het huidige registratiesysteem door een nieuw systeem dat beter aansluit
          bij de leerlingvolgsystemen van de scholen. De functionaris gegevensbescherming wordt bij die
          aanbesteding betrokken.""")]
    b += [H1("15. Planning en totstandkoming"),
          TAB(("Datum", "Stap"),
              ("mei–juni 2023", "Regiobijeenkomsten met scholen, ouders en partners"),
              ("november 2023", "Concept besproken met schoolbesturen"),
              ("6 februari 2024", "OOGO met de vier gemeenten"),
              ("13 februari 2024", "Overleg met SWV VO Lingeveld e.o."),
              ("18 maart 2024", "Voorlopige vaststelling algemeen bestuur"),
              ("9 april 2024", "Instemming ondersteuningsplanraad"),
              ("24 april 2024", "Toezending aan de Inspectie van het Onderwijs")),
          P("""Het plan wordt jaarlijks in het voorjaar met de ondersteuningsplanraad besproken. Wijzigingen
          tijdens de planperiode worden opnieuw ter instemming aan de OPR voorgelegd.""")]
    b += [H1("Bijlage 1 Begrippenlijst"),
          TAB(("Begrip", "Betekenis"),
              ("Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."),
              ("Arrangement", "Extra ondersteuning voor een leerling of groep, bovenop de basisondersteuning."),
              ("Bekostiging", "De middelen die het samenwerkingsverband van het Rijk ontvangt en verdeelt."),
              ("Meerjarenbegroting", "Begroting voor meerdere jaren met de verdeling van de middelen."),
              ("OPP", "Ontwikkelingsperspectief(plan)."),
              ("OOGO", "Op overeenstemming gericht overleg met gemeenten."),
              ("OPR", "Ondersteuningsplanraad."),
              ("Resultaten", "Wat wij met passend onderwijs willen bereiken en hebben bereikt."),
              ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
              ("Terugplaatsing", "Overstap van een leerling van sbo/so naar het regulier onderwijs."),
              ("Verdeelmodel", "De afspraken over hoe de ondersteuningsmiddelen over de scholen worden verdeeld."))]
    return b, name


# =========================================================================== PLAN 2
# PO, medium-sized plan in a friendly "wij" house style, .docx + .pdf.
# Basisondersteuning missing (only TOC, glossary and a deferral), plaatsing without
# criteria, terugstroom policy without procedure, financien under "Geld en middelen",
# resultaten missing (deferred), ouders without independent support.
def plan_duinrand():
    name = "Samenwerkingsverband Passend Onderwijs Duinrand & Meer"
    b = []
    b += [TITLE("Samen sterk voor elk kind",
                "Ondersteuningsplan 2024–2028",
                name + " — PO 27-08"), BREAK()]
    b += [TOC("1 Welkom",
              "2 Wie zijn wij?",
              "3 Waar staan we voor?",
              "4 Basisondersteuning",
              "5 Extra ondersteuning: arrangementen en voorzieningen",
              "6 Naar het sbo of so: de toelaatbaarheidsverklaring",
              "7 Terug naar de basisschool",
              "8 Samen met ouders",
              "9 Samen met de gemeenten",
              "10 Geld en middelen",
              "11 Kwaliteit en resultaten",
              "12 Zo zijn we georganiseerd",
              "13 Onze mensen",
              "14 Hoe dit plan tot stand kwam",
              "Begrippen en afkortingen"), BREAK()]
    b += [H1("1 Welkom"),
          P("""Fijn dat u dit ondersteuningsplan leest. Misschien bent u leerkracht, intern begeleider of
          directeur. Misschien bent u ouder en wilt u weten wat passend onderwijs voor uw kind kan
          betekenen. Of u werkt bij een gemeente of zorgaanbieder en zoekt aansluiting. Voor iedereen geldt:
          dit plan laat zien hoe wij in de regio Duinrand & Meer samen zorgen voor goed onderwijs voor elk
          kind."""),
          P("""We hebben geprobeerd dit plan kort en helder te houden. We schrijven in de wij-vorm, omdat het
          plan van ons allemaal is: van de 9 schoolbesturen, de 44 scholen en alle mensen die er werken. De
          afgelopen vier jaar hebben we veel geleerd. We zijn trots op de resultaten die scholen samen
          met ouders hebben bereikt, maar we zien ook dat er nog genoeg te doen is. Denk aan het
          lerarentekort, aan kinderen die te lang wachten op hulp, en aan kinderen die (tijdelijk) geen
          school hebben."""),
          P("""Dit plan loopt van 1 augustus 2024 tot en met 31 juli 2028. Elk jaar maken we een jaarplan
          waarin staat wat we dat jaar gaan doen. Aan het einde van elk schooljaar kijken we terug in ons
          jaarverslag. Zo blijft het plan een levend document."""),
          P("""Namens het bestuur en het team van het samenwerkingsverband: veel leesplezier!""")]
    b += [H1("2 Wie zijn wij?"),
          P("""Samenwerkingsverband Duinrand & Meer is een vereniging van negen schoolbesturen voor primair
          onderwijs in de gemeenten Zandwijk, Meerhout en Noordduin. Samen hebben zij 41 basisscholen,
          één school voor speciaal basisonderwijs (sbo De Branding) en twee scholen voor speciaal
          onderwijs (so De Golfslag, cluster 4, en so Het Anker, cluster 3). Op 1 oktober 2023 gingen
          in totaal 9.412 kinderen naar een van onze scholen."""),
          P("""Het gebied is divers. Zandwijk is een middelgrote stad met een groeiende bevolking en veel
          jonge gezinnen. Meerhout en Noordduin zijn plattelandsgemeenten met kleine dorpsscholen,
          sommige met minder dan vijftig leerlingen. In de zomer trekken de kustplaatsen veel toeristen;
          dat heeft gevolgen voor de arbeidsmarkt en voor de huisvesting van leerkrachten."""),
          P("""Het bureau van het samenwerkingsverband zit in het Onderwijshuis in Zandwijk. Er werken twaalf
          mensen: de directeur, een secretaresse, twee medewerkers van het Toewijzingsloket, vier
          onderwijsadviseurs, twee orthopedagogen, een controller (voor twee dagen) en een
          beleidsmedewerker.""")]
    b += [H1("3 Waar staan we voor?"),
          P("""Elk kind verdient een plek waar het zich veilig voelt en kan leren. Die plek is bij voorkeur
          een school in de eigen wijk of het eigen dorp, samen met vriendjes uit de buurt. Soms is een
          andere plek beter: een sbo- of so-school met kleinere groepen en meer specialistische kennis.
          Wij vinden het belangrijk dat die keuze zorgvuldig wordt gemaakt, samen met ouders, en dat er
          steeds opnieuw wordt gekeken of de plek nog past."""),
          P("""Daarbij staan drie woorden centraal: dichtbij, samen en snel. Dichtbij betekent dat hulp zoveel
          mogelijk naar het kind toe komt, in plaats van andersom. Samen betekent dat school, ouders,
          jeugdhulp en samenwerkingsverband één team vormen. En snel betekent dat we niet wachten tot
          problemen groot zijn, maar vroeg handelen."""),
          P("""Wij zijn ervan overtuigd dat de leerkracht het verschil maakt. Een leerkracht die zich gesteund
          voelt door een sterk team, een goede intern begeleider en deskundige collega’s van buiten, kan
          veel kinderen helpen die vroeger naar het speciaal onderwijs gingen. Daarom investeren we in de
          mensen op de scholen, en niet alleen in voorzieningen buiten de scholen."""),
          P("""Ten slotte geloven wij in vertrouwen. Schoolbesturen krijgen de ruimte om passend onderwijs op
          hun eigen manier vorm te geven, binnen de afspraken die we samen hebben gemaakt. Dat vraagt wel
          dat we elkaar aanspreken als het niet goed gaat, en dat we open zijn over wat we doen met het
          geld dat we krijgen.""")]
    b += [H1("4 Basisondersteuning"),
          P("""In het vorige ondersteuningsplan hebben de schoolbesturen afspraken gemaakt over de
          basisondersteuning. Die afspraken zijn inmiddels acht jaar oud en passen niet meer bij wat
          scholen nu doen en wat de inspectie verwacht. Bovendien heeft de minister aangekondigd dat er een
          landelijke norm voor basisondersteuning komt. We willen niet vooruitlopen op die norm."""),
          P("""Daarom herijken we de basisondersteuning in schooljaar 2024–2025, samen met de intern begeleiders
          en directeuren. De nieuwe afspraken leggen we daarna ter instemming voor aan de
          ondersteuningsplanraad, als wijziging van dit plan. Tot die tijd blijven de scholen werken
          zoals zij dat nu doen.""")]
    b += [H1("5 Extra ondersteuning: arrangementen en voorzieningen"),
          P("""Soms heeft een kind meer nodig dan de school zelf kan bieden. Dan kan de school met ouders een
          beroep doen op extra ondersteuning van het samenwerkingsverband. We werken met een trap van
          ondersteuning:"""),
          TAB(("Trede", "Wat houdt het in?", "Wie regelt het?"),
              ("Trede 1 – School", "De school helpt het kind zelf.", "De school"),
              ("Trede 2 – Arrangement op school", "Een onderwijsadviseur of ambulant begeleider komt een aantal weken op school; of de school krijgt een budget voor een onderwijsassistent voor een groepje kinderen.", "Ondersteuningsteam met onderwijsadviseur"),
              ("Trede 3 – Bovenschoolse voorziening", "De Kustklas (voor kinderen met gedragsproblemen, maximaal een half jaar), de Taalschool Zandwijk (nieuwkomers) en de Ontdekgroep (meer- en hoogbegaafd, een dag per week).", "Toewijzingsloket"),
              ("Trede 4 – Speciaal basisonderwijs", "sbo De Branding", "Toewijzingsloket, met TLV"),
              ("Trede 5 – Speciaal onderwijs", "so De Golfslag (cluster 4), so Het Anker (cluster 3), of een so-school buiten de regio", "Toewijzingsloket, met TLV")),
          P("""Elke school heeft een vaste onderwijsadviseur van het samenwerkingsverband. De onderwijsadviseur
          schuift aan bij het ondersteuningsteam van de school, denkt mee over wat een kind nodig heeft en
          helpt bij het aanvragen van een arrangement. Een arrangement wordt binnen drie weken na de
          aanvraag gestart. Na afloop wordt met ouders besproken of het doel is bereikt."""),
          H2("5.1 Geen kind tussen wal en schip"),
          P("""Ons aanbod is niet compleet. Elk voorjaar houden we een ‘witte-vlekkensessie’ met de
          directeuren van sbo en so, de onderwijsadviseurs en de leerplichtambtenaren. Daarin bespreken we
          voor welke kinderen we geen passende plek konden vinden, waar wachtlijsten ontstaan en welke
          kinderen thuiszitten. In 2023 kwamen twee witte vlekken naar voren: hoogbegaafde kinderen die op
          school vastlopen en jonge kinderen met een ernstige taalontwikkelingsstoornis. Voor de eerste
          groep starten we per 1 augustus 2025 een voltijdse HB-groep op een basisschool in Zandwijk. Voor de
          tweede groep maken we afspraken met een school voor cluster 2 over ambulante ondersteuning."""),
          P("""Dreigt een kind thuis te komen zitten, dan meldt de school dat binnen vijf schooldagen bij
          de Kindkans-tafel. Aan die tafel zitten de leerplichtambtenaar, een orthopedagoog van het
          samenwerkingsverband, de jeugdconsulent van de gemeente en de school. Samen maken zij binnen twee
          weken een plan, met één regisseur die verantwoordelijk is tot het kind weer naar school gaat.
          Lukt dat niet, dan beslist de directeur van het samenwerkingsverband welke school het kind
          tijdelijk opvangt.""")]
    b += [H1("6 Naar het sbo of so: de toelaatbaarheidsverklaring"),
          P("""Voor een plek op sbo De Branding of op een so-school is een toelaatbaarheidsverklaring (TLV)
          nodig. Die wordt afgegeven door het samenwerkingsverband. Zo gaat het:"""),
          BUL("""De school bespreekt met ouders in het ondersteuningsteam dat het kind mogelijk beter op zijn
              plek is in het sbo of so. De onderwijsadviseur is daarbij.""",
              """Het schoolbestuur dient de aanvraag in bij het Toewijzingsloket, met het groeidocument, het
              verslag van het ondersteuningsteam en de mening van ouders.""",
              """Het loket vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog, en een tweede
              deskundige die past bij de vraag van het kind, bijvoorbeeld een jeugdarts of een
              maatschappelijk werker. Zij schrijven ieder hun eigen advies.""",
              """De directeur van het samenwerkingsverband neemt het besluit, binnen acht weken na de
              aanvraag. Ouders krijgen het besluit en de adviezen thuisgestuurd."""),
          P("""De criteria waarmee wij beoordelen of een kind toelaatbaar is tot het sbo of het so, herzien wij
          in het voorjaar van 2025 samen met De Branding, De Golfslag en Het Anker. Tot die tijd bekijkt het
          loket iedere aanvraag afzonderlijk. In het jaarplan 2025–2026 staat wanneer de nieuwe criteria
          ingaan.""")]
    b += [H1("7 Terug naar de basisschool"),
          P("""Een plek in het sbo of so is voor veel kinderen de juiste plek, soms voor de hele
          schoolloopbaan. Maar we willen niet dat kinderen langer in het speciaal onderwijs blijven dan
          nodig is. Ons uitgangspunt is: terug naar een basisschool dicht bij huis zodra het kind zich
          daar met de juiste ondersteuning kan ontwikkelen. Dat is aan de orde wanneer het kind de doelen
          uit zijn ontwikkelingsperspectief grotendeels heeft gehaald, zich in een grotere groep staande
          kan houden en ouders achter de overstap staan."""),
          P("""Een kind dat terugkeert, gaat niet met lege handen. De basisschool die het kind ontvangt,
          krijgt een terugkeerarrangement: een jaar lang begeleiding door een leerkracht van de sbo- of
          so-school, twee uur per week, en een extra budget van € 2.500 voor bijvoorbeeld een
          onderwijsassistent. Het samenwerkingsverband betaalt dit arrangement. Ook een overstap van het
          so naar het sbo kan een stap vooruit zijn; ook dan is begeleiding mogelijk."""),
          P("""Hoe een terugplaatsing precies verloopt en wanneer die wordt besproken, beschrijven we in een
          stappenplan dat in 2025 beschikbaar komt.""")]
    b += [H1("8 Samen met ouders"),
          P("""Ouders kennen hun kind het best. Daarom betrekken we ouders bij alles wat over hun kind gaat.
          Ouders worden altijd uitgenodigd voor het ondersteuningsteam en praten mee over het
          ontwikkelingsperspectief. Er gebeurt niets zonder dat ouders het weten."""),
          P("""We willen dat ouders goed weten wat er in onze regio mogelijk is. Daarom:"""),
          BUL("""staat op onze website een aparte pagina voor ouders, met uitleg over de trap van
              ondersteuning, alle bovenschoolse voorzieningen en de sbo- en so-scholen;""",
              """hebben we een folder ‘Passend onderwijs in Duinrand & Meer’, die elke school aan nieuwe
              ouders meegeeft en die ook als animatiefilmpje op de website staat;""",
              """organiseren we elk najaar in elke gemeente een informatieavond voor ouders, samen met de
              scholen;""",
              """beschrijft elke school in de schoolgids welke extra ondersteuning zij biedt;""",
              """kunnen ouders met vragen over voorzieningen bellen of mailen met het Toewijzingsloket."""),
          P("""Sinds de Wet versterking positie ouders en leerlingen moeten samenwerkingsverbanden een ouder-
          en jeugdsteunpunt hebben. Hoe wij dat gaan organiseren, en met welke partners, werken we in
          2025 uit. Ouders horen daarover via de website."""),
          P("""In de ondersteuningsplanraad zitten vier ouders. Zij praten namens alle ouders mee over dit plan.
          We zijn altijd op zoek naar nieuwe ouders die mee willen denken.""")]
    b += [H1("9 Samen met de gemeenten"),
          P("""Onderwijs en jeugdhulp hebben elkaar nodig. Twee keer per jaar voeren we op overeenstemming
          gericht overleg (OOGO) met de wethouders van Zandwijk, Meerhout en Noordduin. In het OOGO van
          14 februari 2024 is het concept van dit plan besproken. We hebben afgesproken om samen te
          werken aan drie thema’s: jeugdhulp op school, thuiszitters en de overstap van kinderopvang
          naar basisschool."""),
          P("""Op alle scholen in Zandwijk werkt een jeugd- en gezinscoach van het wijkteam. In Meerhout en
          Noordduin is dat nog niet zo; we willen dat daar in 2026 ook zo hebben geregeld. Voor kinderen in
          het so maken we met de gemeenten onderwijs-zorgarrangementen, waarbij een zorgaanbieder in de
          klas meewerkt.""")]
    b += [H1("10 Geld en middelen"),
          P("""Het samenwerkingsverband krijgt jaarlijks ongeveer € 10,4 miljoen van het Rijk voor passend
          onderwijs. Daarvan gaat een deel rechtstreeks naar het sbo en het so (de zogeheten afdrachten,
          via DUO). Wat overblijft verdelen we zo:"""),
          BUL("""Schoolbudget: elk schoolbestuur krijgt € 185 per leerling (teldatum 1 oktober van het jaar
              ervoor) voor extra ondersteuning op de eigen scholen. Dat geld wordt in vier termijnen
              overgemaakt.""",
              """Arrangementen: het budget voor trede 2 en 3 wordt door het Toewijzingsloket toegekend, op
              basis van het verslag van het ondersteuningsteam. Het loket kijkt daarbij of de school de
              eigen ondersteuning heeft ingezet en of het doel van het arrangement concreet is.""",
              """Bureau en expertise: de kosten van het bureau, de onderwijsadviseurs en de orthopedagogen."""),
          P("""Schoolbesturen mogen het schoolbudget alleen gebruiken voor extra ondersteuning: extra handen in
          de klas, onderzoek, specialistische begeleiding of scholing die daarmee samenhangt. Elk
          schoolbestuur legt vóór 1 mei in een vast format verantwoording af over de besteding van het
          voorgaande jaar. Dit wordt besproken in het bestuurlijk overleg."""),
          TAB(("Meerjarenbegroting (× € 1.000)", "2024", "2025", "2026", "2027"),
              ("Baten Rijk ondersteuningsbekostiging", "10.410", "10.290", "10.180", "10.090"),
              ("Afdrachten sbo en so (DUO)", "4.120", "4.060", "4.010", "3.980"),
              ("Schoolbudgetten besturen", "1.740", "1.720", "1.700", "1.690"),
              ("Arrangementen trede 2 en 3", "2.380", "2.360", "2.340", "2.300"),
              ("Terugkeerarrangementen", "40", "50", "60", "60"),
              ("HB-groep en Kustklas", "610", "700", "700", "700"),
              ("Bureau, adviseurs en orthopedagogen", "1.690", "1.640", "1.620", "1.600"),
              ("Resultaat", "-170", "-240", "-250", "-240")),
          P("""De negatieve resultaten zijn bewust begroot: we bouwen ons eigen vermogen af tot het niveau
          dat nodig is om risico’s op te vangen. Eind 2023 was het weerstandsvermogen 14%; eind 2027
          verwachten we uit te komen op 8%. Dat ligt onder de signaleringswaarde voor bovenmatige
          reserves.""")]
    b += [H1("11 Kwaliteit en resultaten"),
          P("""Kwaliteit gaat over de vraag of we doen wat we zeggen, en of dat iets oplevert voor kinderen.
          We zijn bezig met een nieuw kwaliteitskader. Daarin komen ook de resultaten die we met passend
          onderwijs willen bereiken, met indicatoren. Dat kader is nog niet klaar: we willen eerst in
          2024–2025 een nulmeting doen en de indicatoren samen met de schoolbesturen kiezen. Het kader
          wordt daarna ter instemming voorgelegd aan de ondersteuningsplanraad.""")]
    b += [H1("12 Zo zijn we georganiseerd"),
          P("""Het samenwerkingsverband is een vereniging. De leden zijn de negen schoolbesturen; zij vormen
          samen de algemene ledenvergadering (ALV). De ALV stelt het ondersteuningsplan en de begroting vast.
          Het bestuur bestaat uit drie onafhankelijke leden, die worden benoemd door de ALV. De directeur
          is in dienst van de vereniging en legt verantwoording af aan het bestuur."""),
          P("""Iedere zes weken overleggen de directeur en de bestuurders van de schoolbesturen in het
          bestuurlijk overleg. Daar worden de grote lijnen besproken: de voortgang van het jaarplan, de
          financiën en knelpunten die scholen tegenkomen. Daarnaast zijn er regionale netwerken van intern
          begeleiders, die vier keer per jaar bij elkaar komen."""),
          P("""De ondersteuningsplanraad (OPR) heeft acht leden: vier ouders en vier leerkrachten. De OPR heeft
          instemmingsrecht op dit plan en adviesrecht op de begroting. Wij vinden een goede relatie met de
          OPR belangrijk en nodigen de OPR elk jaar uit voor een werkbezoek aan een van de
          voorzieningen.""")]
    b += [H1("13 Onze mensen"),
          P("""Passend onderwijs staat of valt met goede mensen. Op de scholen, maar ook in ons eigen team. We
          investeren in de deskundigheid van intern begeleiders met een jaarlijks programma van vijf
          bijeenkomsten. Leerkrachten kunnen gebruikmaken van de Leerkrachtacademie, waar zij cursussen volgen
          over gedrag, taal en hoogbegaafdheid."""),
          P("""Het lerarentekort raakt ook ons. Voor de Kustklas en de HB-groep zoeken we leerkrachten met
          specialistische kennis. We werken samen met de pabo in Zandwijk om studenten al tijdens hun
          opleiding kennis te laten maken met passend onderwijs."""),
          P("""Tot slot zorgen we goed voor ons eigen team. We hebben een klein bureau, waardoor mensen veel
          verschillende taken hebben. We houden de werkdruk in de gaten en bespreken die twee keer per jaar
          in het teamoverleg.""")]
    b += [H1("14 Hoe dit plan tot stand kwam"),
          P("""Het plan is geschreven door een werkgroep met twee directeuren, twee intern begeleiders, een
          bestuurder en de beleidsmedewerker van het samenwerkingsverband. Zij haalden input op in drie
          bijeenkomsten met scholen en één bijeenkomst met ouders. Het concept is besproken in het
          bestuurlijk overleg (december 2023), in het OOGO met de gemeenten (14 februari 2024) en in het
          overleg met het samenwerkingsverband VO in de regio (22 februari 2024). De ALV heeft het plan
          vastgesteld op 7 maart 2024, en de OPR heeft op 4 april 2024 ingestemd. Het plan is op 18 april
          2024 naar de Inspectie van het Onderwijs gestuurd.""")]
    b += huisvesting_vervoer("Het samenwerkingsverband", "Zandwijk, Meerhout en Noordduin") + samenwerking_scholen("Duinrand & Meer") + privacy_ict("Het samenwerkingsverband", "2025")
    b += [H1("Begrippen en afkortingen"),
          TAB(("Begrip", "Uitleg"),
              ("Basisondersteuning", "Wat elke school in onze regio minimaal aan ondersteuning biedt, zoals een intern begeleider, een dyslexieprotocol en een aanpak voor gedrag."),
              ("Arrangement", "Extra ondersteuning voor een kind of groep, toegekend door het samenwerkingsverband."),
              ("Beoogde resultaten", "Wat het samenwerkingsverband met passend onderwijs wil bereiken."),
              ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en kinderen."),
              ("OPP", "Ontwikkelingsperspectief."),
              ("OPR", "Ondersteuningsplanraad."),
              ("sbo / so", "Speciaal basisonderwijs / speciaal onderwijs."),
              ("TLV", "Toelaatbaarheidsverklaring."),
              ("Terugplaatsing", "Een kind gaat van het sbo of so terug naar de basisschool."),
              ("Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij problemen met school."))]
    return b, name


# =========================================================================== PLAN 3
# PO, table-heavy plan with numbered paragraphs, rendered to .pdf only.
# Basisondersteuning: level defined, content only as Referentiekader definition plus an
# absent annex; plaatsing missing (reference to a handbook on the website); terugstroom
# only in a table; financien: verdeelmodel but begroting "p.m."; ouders: independent
# support but information to parents deferred to a communication plan.
def plan_bredestroom():
    name = "Stichting Samenwerkingsverband Passend Onderwijs De Brede Stroom"
    b = []
    b += [TITLE("Ondersteuningsplan De Brede Stroom 2024-2028",
                name,
                "Primair onderwijs – PO 25-09",
                "Versie 1.3 – definitief – 26 maart 2024"), BREAK()]
    b += [TOC("1 Inleiding 3",
              "2 Terugblik planperiode 2020-2024 4",
              "3 Kenmerken van het samenwerkingsverband 5",
              "4 Koers 2024-2028 7",
              "5 Het ondersteuningsaanbod 8",
              "5.1 Basisondersteuning 8",
              "5.2 Extra ondersteuning en arrangementen 10",
              "5.3 Dekkend netwerk en thuiszitters 11",
              "6 Toewijzing en toelaatbaarheid 13",
              "7 Terug- en overplaatsing 14",
              "8 Ouders en leerlingen 15",
              "9 Samenwerking met gemeenten (OOGO) 16",
              "10 Opbrengsten en kwaliteitszorg 17",
              "11 Financieel beleid en meerjarenbegroting 20",
              "12 Bestuur en organisatie 22",
              "13 Personeel, huisvesting en ICT 23",
              "Bijlage 1 Lijst van afkortingen 24",
              "Bijlage 2 Kaart basisondersteuning 25",
              "Bijlage 3 Meerjarenbegroting 2024-2028 27"), BREAK()]
    b += [H1("1 Inleiding"),
          P("""1.1 Dit document is het ondersteuningsplan van Stichting Samenwerkingsverband Passend Onderwijs
          De Brede Stroom (hierna: het SWV) voor de periode 1 augustus 2024 tot en met 31 juli 2028. Het plan
          is opgesteld op grond van artikel 18a van de Wet op het primair onderwijs en beschrijft de
          afspraken die de aangesloten schoolbesturen met elkaar hebben gemaakt over passend onderwijs in
          de gemeenten Ravensberg, Elsloo-Ambt en Westerbeek."""),
          P("""1.2 Het plan is een kaderstellend document. De uitvoering wordt jaarlijks uitgewerkt in het
          jaarplan en de jaarbegroting. Over de uitvoering legt het SWV verantwoording af in het
          jaarverslag. Het plan, het jaarplan en de jaarbegroting worden gepubliceerd op de website van het
          SWV."""),
          P("""1.3 Het plan is tot stand gekomen in nauwe samenwerking met de schoolbesturen, de directeuren
          van de speciale scholen, de ondersteuningsplanraad en de gemeenten. Het concept is besproken in
          het OOGO van 29 januari 2024 en met het SWV VO Brede Stroom-Noord op 5 februari 2024. De raad van
          toezicht heeft het plan op 26 maart 2024 goedgekeurd; de ondersteuningsplanraad heeft op 11 april
          2024 ingestemd.""")]
    b += [H1("2 Terugblik planperiode 2020-2024"),
          P("""2.1 De planperiode 2020-2024 stond in het teken van drie speerpunten: versterking van de
          ondersteuningsteams op de scholen, vermindering van het aantal thuiszitters en een eenvoudiger
          toewijzingsprocedure. Door de coronaperiode is een deel van de activiteiten vertraagd. De
          onderstaande tabel laat zien in welke mate de doelen uit het vorige plan zijn bereikt."""),
          TAB(("Doel 2020-2024", "Streefwaarde", "Gerealiseerd (1-10-2023)"),
              ("Deelnamepercentage sbo", "≤ 2,0%", "2,2%"),
              ("Deelnamepercentage so", "≤ 1,6%", "1,5%"),
              ("Thuiszitters langer dan 3 maanden", "0", "4"),
              ("Scholen met ondersteuningsteam met externe partner", "100%", "93%"),
              ("Doorlooptijd aanvraag extra ondersteuning", "≤ 6 weken", "gemiddeld 5,2 weken")),
          P("""2.2 Uit de tabel blijkt dat de ondersteuningsteams zich goed hebben ontwikkeld, maar dat het
          deelnamepercentage sbo licht is gestegen. De analyse daarvan laat zien dat vooral jonge
          leerlingen met gedragsproblemen vaker naar het sbo gaan. Dit is een aandachtspunt voor de nieuwe
          planperiode (zie hoofdstuk 10).""")]
    b += [H1("3 Kenmerken van het samenwerkingsverband"),
          P("""3.1 Aan het SWV nemen zeven schoolbesturen deel. Zij zijn samen verantwoordelijk voor 41 scholen
          voor basisonderwijs, twee scholen voor speciaal basisonderwijs en één school voor speciaal
          onderwijs met twee afdelingen (cluster 3 en cluster 4)."""),
          TAB(("Schoolbestuur", "Scholen bao", "Scholen sbo/so", "Leerlingen 1-10-2023"),
              ("Stichting Katholiek Onderwijs Ravensberg", "12", "1", "3.210"),
              ("Openbaar Onderwijs Elsloo-Ambt", "9", "–", "2.015"),
              ("Stichting Christelijk Primair Onderwijs Westerbeek", "8", "1", "1.940"),
              ("Stichting Speciaal Onderwijs De Stroomrug", "–", "1", "236"),
              ("Vier eenpitters en kleine besturen", "12", "–", "2.388"),
              ("Totaal", "41", "3", "9.789")),
          P("""3.2 Het werkgebied is overwegend landelijk, met de stad Ravensberg als centrum. In de
          kleinere kernen staan de scholen onder druk door krimp. Drie scholen zijn in de vorige planperiode
          samengevoegd. De scholen in ons gebied scoren op de eindtoets gemiddeld rond het landelijk
          gemiddelde; in twee wijken van Ravensberg ligt het aandeel leerlingen met een risico op
          onderwijsachterstand ruim boven het landelijk gemiddelde."""),
          P("""3.3 Het SWV beschikt over een bureau met 9,4 fte, waaronder een directeur-bestuurder, een
          loketcoördinator, drie orthopedagogen, een beleidsmedewerker kwaliteit en een
          financieel medewerker. Het bureau is gehuisvest in het gebouw van sbo De Stroomversnelling in
          Ravensberg.""")]
    b += [H1("4 Koers 2024-2028"),
          P("""4.1 Het SWV wil dat ieder kind in het werkgebied onderwijs krijgt dat past bij zijn mogelijkheden,
          zo dicht mogelijk bij huis. De koers voor de komende vier jaar is samengevat in vier woorden:
          vroeg, dichtbij, samen en transparant."""),
          P("""4.2 Vroeg: signalen worden zo vroeg mogelijk opgepakt, bij voorkeur al in de voorschoolse periode.
          Dichtbij: ondersteuning wordt zoveel mogelijk in de eigen school geboden. Samen: school, ouders en
          ketenpartners werken vanuit één plan. Transparant: het SWV maakt zichtbaar wat het doet, wat het
          kost en wat het oplevert."""),
          P("""4.3 De koers is uitgewerkt in beoogde resultaten in hoofdstuk 10. De schoolbesturen vertalen de
          koers in hun eigen strategisch beleid. Het SWV bespreekt die vertaling jaarlijks in het
          bestuurlijk overleg.""")]
    b += [H1("5 Het ondersteuningsaanbod"),
          H2("5.1 Basisondersteuning"),
          P("""5.1.1 Basisondersteuning is het door de schoolbesturen gezamenlijk afgesproken niveau van
          ondersteuning dat iedere school en iedere vestiging in het SWV ten minste biedt. Het niveau geldt
          voor alle 41 basisscholen; een school kan niet besluiten minder te bieden. De basisondersteuning
          wordt door de school zelf bekostigd uit de eigen lumpsum en uit het schoolbudget."""),
          P("""5.1.2 Conform het referentiekader passend onderwijs bestaat de basisondersteuning uit vier
          aspecten: de basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve
          interventies, de onderwijsondersteuningsstructuur van de school en de planmatige werkwijze
          (handelingsgericht werken)."""),
          P("""5.1.3 De concrete standaarden en de daarbij behorende indicatoren zijn uitgewerkt in de Kaart
          basisondersteuning (bijlage 2). De kaart wordt in schooljaar 2025-2026 geactualiseerd na
          vaststelling van de landelijke norm basisondersteuning."""),
          P("""5.1.4 Iedere school legt in haar schoolondersteuningsprofiel vast hoe zij de basisondersteuning
          realiseert. Het SWV toetst eens per twee jaar met een SOP-scan of elke school aan het
          afgesproken niveau voldoet. Scholen die niet voldoen, maken binnen drie maanden een verbeterplan;
          de orthopedagoog van het SWV begeleidt de uitvoering en de directeur-bestuurder bespreekt de
          voortgang met het schoolbestuur."""),
          H2("5.2 Extra ondersteuning en arrangementen"),
          P("""5.2.1 Wanneer de basisondersteuning niet toereikend is, kan een school extra ondersteuning
          inzetten. Het SWV kent een samenhangend aanbod van ondersteuningsvoorzieningen binnen en tussen
          de scholen:"""),
          TAB(("Voorziening", "Doelgroep", "Locatie / capaciteit", "Toegang"),
              ("Schoolarrangement", "Leerlingen met een ondersteuningsbehoefte die de school met extra formatie of expertise kan opvangen", "Alle scholen", "Besluit school (uit schoolbudget)"),
              ("Ambulante begeleiding SWV", "Gedrag, werkhouding, sociaal-emotioneel", "Op de eigen school; 6 begeleiders", "Aanvraag bij loket"),
              ("Groeigroep", "Jonge kinderen (4-7 jaar) met een ontwikkelingsvraag", "Ravensberg, 10 plaatsen", "Aanvraag bij loket"),
              ("Plusklas", "Meer- en hoogbegaafde leerlingen groep 5-8", "3 locaties, 1 dagdeel per week", "Aanvraag door school"),
              ("Nieuwkomersklas", "Leerlingen korter dan 1 jaar in Nederland", "Ravensberg en Westerbeek", "Aanmelding via gemeente"),
              ("Speciaal basisonderwijs", "Leerlingen met een structurele, intensieve ondersteuningsbehoefte", "sbo De Stroomversnelling, sbo De Kaai", "TLV"),
              ("Speciaal onderwijs", "Cluster 3 en 4", "so De Stroomrug", "TLV")),
          P("""5.2.2 De route naar extra ondersteuning verloopt via het ondersteuningsteam van de school. Aan
          ieder ondersteuningsteam neemt een orthopedagoog van het SWV deel. Bij complexe vragen wordt een
          multidisciplinair overleg georganiseerd met ketenpartners."""),
          H2("5.3 Dekkend netwerk en thuiszitters"),
          P("""5.3.1 Het SWV heeft de wettelijke taak te zorgen voor een dekkend netwerk van voorzieningen. Om
          vast te stellen of het netwerk dekkend is, verzamelt het loket per kwartaal de wachtlijsten, de
          verwijzingen naar voorzieningen buiten de regio, de afgewezen aanmeldingen en de thuiszitters. De
          analyse wordt jaarlijks in juni besproken in het bestuurlijk overleg, dat besluit over
          maatregelen."""),
          P("""5.3.2 Uit de analyse van 2023 blijkt dat er een tekort is aan plaatsen voor leerlingen met een
          combinatie van een ontwikkelingsachterstand en gedragsproblematiek, die nu vaak buiten de regio
          worden geplaatst. Het SWV start daarom per 1 augustus 2025 samen met so De Stroomrug een
          onderwijs-zorggroep met acht plaatsen. Daarnaast is de wachtlijst voor de groeigroep opgelopen tot
          zeven leerlingen; de capaciteit wordt in 2024-2025 uitgebreid naar veertien plaatsen."""),
          P("""5.3.3 Thuiszitters worden binnen tien schooldagen gemeld bij het loket. De loketcoördinator
          bespreekt iedere melding in het maandelijkse thuiszittersoverleg met de leerplichtambtenaren en
          de jeugdteams. Voor iedere thuiszitter wordt een casusregisseur aangewezen en binnen vier weken
          een terugkeerplan opgesteld."""),
          P("""5.3.4 Iedere school heeft zorgplicht. Kan een school niet voorzien in de ondersteuning van een
          aangemelde leerling, dan biedt het schoolbestuur binnen de wettelijke termijn een passende plek
          op een andere school aan. Het loket ondersteunt schoolbesturen daarbij.""")]
    b += [H1("6 Toewijzing en toelaatbaarheid"),
          P("""6.1 Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een
          toelaatbaarheidsverklaring (TLV) van het SWV nodig."""),
          P("""6.2 De procedure voor het aanvragen van een TLV, de criteria voor toelaatbaarheid en de
          formulieren zijn opgenomen in het Handboek Toewijzing 2024, dat op de website van het SWV staat.
          Het handboek wordt jaarlijks door de directeur-bestuurder geactualiseerd."""),
          P("""6.3 Het aantal afgegeven TLV’s wordt jaarlijks gerapporteerd in het jaarverslag.""")]
    b += [H1("7 Terug- en overplaatsing"),
          P("""7.1 De afspraken over terug- en overplaatsing zijn samengevat in onderstaande tabel."""),
          TAB(("Onderdeel", "Afspraak"),
              ("Uitgangspunt", "Plaatsing in het sbo of so is waar mogelijk tijdelijk. Het SWV streeft naar terugkeer naar een reguliere school in de eigen woonomgeving zodra de ondersteuningsbehoefte dat toelaat."),
              ("Voorwaarden", "De leerling heeft de doelen uit het OPP voor het grootste deel behaald; er is een ontvangende school die met een arrangement kan voorzien in de ondersteuning; ouders stemmen in."),
              ("Initiatief", "De sbo- of so-school, tijdens de jaarlijkse OPP-evaluatie; ouders kunnen ook zelf het initiatief nemen."),
              ("Evaluatiemomenten", "Jaarlijks bij de OPP-evaluatie; in het laatste jaar van de TLV uiterlijk 1 maart een verplicht terugplaatsingsgesprek met ouders, de speciale school, de orthopedagoog van het SWV en de beoogde ontvangende school."),
              ("Besluit", "Het bevoegd gezag van de ontvangende school besluit over de inschrijving, na advies van de orthopedagoog van het SWV. Is terugkeer nog niet mogelijk, dan vraagt de speciale school vóór 1 april een nieuwe TLV aan."),
              ("Ondersteuning na terugkeer", "Overgangsarrangement van zes tot twaalf maanden: ambulante begeleiding door de speciale school (tot drie uur per week), bekostigd door het SWV; proefplaatsing van maximaal acht weken is mogelijk."),
              ("Monitoring", "Terugplaatsingen 2021-2022: 7; 2022-2023: 9. Streefwaarde: 12 per jaar.")),
          P("""7.2 Overplaatsing van het so naar het sbo verloopt volgens dezelfde afspraken.""")]
    b += [H1("8 Ouders en leerlingen"),
          P("""8.1 Ouders zijn de eerste partners van de school. Het SWV vindt het belangrijk dat ouders vanaf
          het begin worden betrokken bij de ondersteuning van hun kind. Ouders nemen deel aan het
          ondersteuningsteam, stemmen in met het OPP en worden gehoord voordat een TLV wordt
          aangevraagd. Kinderen worden vanaf groep 5 gevraagd naar hun eigen mening over hun
          ondersteuning."""),
          P("""8.2 De manier waarop het SWV ouders informeert over het ondersteuningsaanbod wordt opnieuw
          vormgegeven. Een nieuw communicatieplan, met daarin de kanalen en middelen richting ouders, wordt
          in 2025 aan de ondersteuningsplanraad voorgelegd."""),
          P("""8.3 Ouders die een vraag hebben over de ondersteuning van hun kind of die het niet eens zijn
          met een beslissing van de school of het SWV, kunnen gratis terecht bij OuderWijzer, het
          onafhankelijke ouder- en jeugdsteunpunt dat het SWV samen met het SWV VO financiert. OuderWijzer
          wordt uitgevoerd door een stichting die los staat van de schoolbesturen. Twee ouderadviseurs
          houden wekelijks spreekuur in de bibliotheek van Ravensberg en zijn telefonisch en per e-mail
          bereikbaar; zij kunnen ouders ook bijstaan in gesprekken met de school. Daarnaast kunnen ouders een
          beroep doen op de Onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen
          worden voorgelegd aan de Geschillencommissie passend onderwijs. Klachten over het SWV worden
          behandeld volgens de klachtenregeling van het SWV."""),
          P("""8.4 In de ondersteuningsplanraad hebben vier ouders zitting.""")]
    b += [H1("9 Samenwerking met gemeenten (OOGO)"),
          P("""9.1 Het SWV en de gemeenten Ravensberg, Elsloo-Ambt en Westerbeek hebben een gezamenlijke
          agenda voor onderwijs en jeugd opgesteld. Die agenda wordt uitgevoerd in een stuurgroep met
          de wethouders, de directeur-bestuurder van het SWV en de directeur van het SWV VO."""),
          P("""9.2 Afspraken uit de agenda zijn onder meer: een jeugdhulpverlener op iedere school met meer dan
          200 leerlingen; gezamenlijke financiering van de onderwijs-zorggroep (zie 5.3.2); een
          thuiszitterspact met de leerplichtambtenaren; en afstemming over leerlingenvervoer naar het sbo
          en so. Het OOGO vindt ten minste tweemaal per jaar plaats."""),
          P("""9.3 Het SWV neemt deel aan het Regionaal Overleg Jeugd. Daar worden de ontwikkelingen in de
          jeugdhulp gevolgd, waaronder de transformatie naar meer preventieve ondersteuning in de
          wijk.""")]
    b += [H1("10 Opbrengsten en kwaliteitszorg"),
          H2("10.1 Beoogde resultaten 2024-2028"),
          P("""10.1.1 Het SWV heeft voor de planperiode de volgende beoogde resultaten vastgesteld voor
          leerlingen die extra ondersteuning nodig hebben:"""),
          TAB(("Indicator", "Nulmeting 1-10-2023", "Streefwaarde 2028"),
              ("Deelnamepercentage sbo", "2,2%", "2,0%"),
              ("Deelnamepercentage so", "1,5%", "1,5%"),
              ("Thuiszitters langer dan 3 maanden", "4", "0"),
              ("Leerlingen met een OPP die de eigen doelen grotendeels halen", "niet bekend", "75%"),
              ("Terugplaatsingen per jaar", "9", "12"),
              ("Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,1", "≥ 7,5"),
              ("Doorlooptijd aanvraag extra ondersteuning", "5,2 weken", "≤ 4 weken")),
          H2("10.2 Hoe wij de resultaten volgen"),
          P("""10.2.1 Het SWV werkt met een kwaliteitscyclus volgens het PDCA-model. Twee keer per jaar (peildata
          1 oktober en 1 maart) verzamelt de beleidsmedewerker kwaliteit de gegevens voor het dashboard
          passend onderwijs: deelnamecijfers uit DUO, de registratie van het loket, de thuiszittersregistratie
          van leerplicht en de OPP-evaluaties van de scholen. Eens per twee jaar voert het SWV een
          tevredenheidsonderzoek uit onder ouders en scholen."""),
          P("""10.2.2 Het dashboard wordt besproken in de kwaliteitsgesprekken die de directeur-bestuurder
          jaarlijks met ieder schoolbestuur voert, en in de raad van toezicht. In het jaarverslag rapporteert
          het SWV de bereikte resultaten ten opzichte van de streefwaarden, met een toelichting op
          afwijkingen. Halverwege de planperiode (voorjaar 2026) vindt een tussenevaluatie plaats, waarvan
          het verslag met de ondersteuningsplanraad wordt besproken.""")]
    b += [H1("11 Financieel beleid en meerjarenbegroting"),
          H2("11.1 Verdeling van de middelen"),
          P("""11.1.1 Het SWV hanteert een schoolmodel. Na aftrek van de afdrachten aan het sbo en so en de
          kosten van het bureau verdeelt het SWV de middelen als volgt:"""),
          BUL("""70% wordt als schoolbudget toegekend aan de schoolbesturen, naar rato van het aantal
              leerlingen op de teldatum 1 oktober van het voorafgaande jaar;""",
              """30% blijft bovenschools beschikbaar voor de ambulante begeleiding, de groeigroep, de plusklas
              en de overgangsarrangementen. Het loket kent deze voorzieningen toe op basis van een aanvraag
              van het ondersteuningsteam, waarbij de school moet aantonen dat de basisondersteuning is
              ingezet en dat het doel van de ondersteuning concreet is beschreven."""),
          P("""11.1.2 Het verdeelmodel wordt jaarlijks in december door de directeur-bestuurder vastgesteld na
          goedkeuring van de raad van toezicht. Wijzigingen in de verdeelsleutel worden vooraf besproken in
          het bestuurlijk overleg."""),
          H2("11.2 Meerjarenbegroting"),
          P("""11.2.1 De meerjarenbegroting 2025-2028 wordt in december 2024 vastgesteld. Onderstaande
          tabel geeft de opbouw weer; de bedragen worden bij de vaststelling ingevuld."""),
          TAB(("Post", "2025", "2026", "2027", "2028"),
              ("Baten ondersteuningsbekostiging", "p.m.", "p.m.", "p.m.", "p.m."),
              ("Afdrachten sbo en so", "p.m.", "p.m.", "p.m.", "p.m."),
              ("Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."),
              ("Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."),
              ("Bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m.")),
          H2("11.3 Reserves"),
          P("""11.3.1 Het SWV hanteert een ondergrens voor het weerstandsvermogen van 4% en een bovengrens gelijk
          aan de signaleringswaarde van de inspectie. In de vorige planperiode is de bovenmatige reserve
          volledig afgebouwd. Financiële risico’s, zoals een onverwachte groei van het so, worden jaarlijks
          in de risicoparagraaf van de begroting benoemd.""")]
    b += [H1("12 Bestuur en organisatie"),
          P("""12.1 Het SWV is een stichting met een raad van toezicht en een directeur-bestuurder. De raad van
          toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten schoolbesturen en twee
          onafhankelijke leden, onder wie de voorzitter. Het bestuurlijk overleg van de aangesloten
          schoolbesturen adviseert de directeur-bestuurder over de hoofdlijnen van het beleid."""),
          P("""12.2 De ondersteuningsplanraad bestaat uit acht leden en heeft instemmingsrecht op het
          ondersteuningsplan. Het SWV heeft een klachtenregeling en is aangesloten bij de Landelijke
          Commissie voor Geschillen WMS."""),
          P("""12.3 De governance is in 2023 geëvalueerd. Naar aanleiding daarvan zijn de taken van de raad van
          toezicht en het bestuurlijk overleg scherper van elkaar onderscheiden en is een
          auditcommissie ingesteld.""")]
    b += [H1("13 Personeel, huisvesting en ICT"),
          P("""13.1 Het SWV is werkgever van de medewerkers van het bureau en van de ambulant begeleiders. Het
          personeelsbeleid is erop gericht deskundigheid te behouden en te versterken. Iedere medewerker
          heeft een persoonlijk ontwikkelplan; het scholingsbudget bedraagt 2% van de loonsom."""),
          P("""13.2 De huisvesting van de bovenschoolse voorzieningen is in overleg met de gemeenten
          geregeld. De groeigroep krijgt in 2025 een eigen lokaal in de nieuwbouw van de brede school
          Ravensberg-Oost."""),
          P("""13.3 Het SWV werkt met een beveiligde digitale omgeving voor aanvragen en dossiers. Gegevens
          worden verwerkt overeenkomstig de AVG; de bewaartermijn bedraagt drie jaar na het laatste
          besluit. Het SWV heeft een functionaris gegevensbescherming, gedeeld met het SWV VO.""")]
    b += risicos("Het SWV") + wettelijk_kader("het SWV")
    b += [H1("Bijlage 1 Lijst van afkortingen"),
          TAB(("Afkorting", "Betekenis"),
              ("AVG", "Algemene verordening gegevensbescherming"),
              ("CvT", "Commissie van Toelaatbaarheid"),
              ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
              ("OJSP", "Ouder- en jeugdsteunpunt"),
              ("OOGO", "Op overeenstemming gericht overleg"),
              ("OPP", "Ontwikkelingsperspectief"),
              ("OPR", "Ondersteuningsplanraad"),
              ("SOP", "Schoolondersteuningsprofiel"),
              ("sbo / so", "Speciaal basisonderwijs / speciaal onderwijs"),
              ("TLV", "Toelaatbaarheidsverklaring"))]
    return b, name


# =========================================================================== PLAN 4
# VO plan, .docx. Basisondersteuning content listed but the common minimum level is
# deferred; full toelaatbaarheid chapter (vso, lwoo, pro); terugstroom only a reference
# to a protocol on the website (OPDC return is a near-miss); dekkend aanbod without gap
# handling; results monitored but no intended results.
def plan_veenland():
    name = "Samenwerkingsverband Voortgezet Onderwijs Hollands Veenland"
    b = []
    b += [TITLE("Ondersteuningsplan 2024 – 2028",
                name + " (VO 26-05)",
                "“Iedere leerling een passende plek”",
                "Vastgesteld 21 maart 2024"), BREAK()]
    b += [TOC("Voorwoord",
              "1. Over dit plan",
              "2. Het samenwerkingsverband in beeld",
              "3. Visie en uitgangspunten",
              "4. Basisondersteuning op de scholen",
              "5. Het ondersteuningsaanbod",
              "   5.1 Extra ondersteuning op school",
              "   5.2 OPDC Het Tussenstation en rebound",
              "   5.3 Voortgezet speciaal onderwijs",
              "   5.4 Terug- en overplaatsing vanuit het vso",
              "   5.5 Dekkend aanbod en thuiszitters",
              "6. Toelaatbaarheid: vso, lwoo en praktijkonderwijs",
              "7. Ouders en leerlingen",
              "8. Aansluiting gemeenten en jeugdhulp",
              "9. Kwaliteitszorg en monitoring",
              "10. Financieel beleid",
              "11. Organisatie en medezeggenschap",
              "12. Kennisdeling en professionalisering",
              "Bijlage: afkortingen"), BREAK()]
    b += [H1("Voorwoord"),
          P("""Met trots presenteren wij het ondersteuningsplan 2024–2028 van Samenwerkingsverband VO Hollands
          Veenland. Dit plan is het resultaat van een jaar lang praten, luisteren en schrijven. Meer dan
          tweehonderd mensen hebben eraan bijgedragen: ondersteuningscoördinatoren, mentoren, teamleiders,
          ouders, leerlingen, wethouders en jeugdhulpverleners. Hun verhalen vormen de basis van dit plan."""),
          P("""De afgelopen planperiode heeft ons veel geleerd. Het OPDC Het Tussenstation is uitgegroeid tot
          een vaste waarde in de regio. De samenwerking met de gemeenten is hechter dan ooit. Tegelijk zien
          we dat de vraag naar ondersteuning groeit, vooral op het gebied van mentale gezondheid, en dat de
          scholen onder grote druk staan door het tekort aan personeel. Dit plan is daarom ambitieus en
          realistisch tegelijk."""),
          P("""Wij danken de ondersteuningsplanraad voor de constructieve en kritische bijdrage, en in het
          bijzonder de leerlingleden, die ons meer dan eens scherp hebben gehouden."""),
          P("""J.P. (Jan-Pieter) Hoogendoorn, directeur-bestuurder""")]
    b += [H1("1. Over dit plan"),
          P("""Dit ondersteuningsplan beschrijft hoe het samenwerkingsverband zijn wettelijke taken uitvoert
          voor de periode 1 augustus 2024 tot en met 31 juli 2028. Het plan is gebaseerd op artikel 17a van
          de Wet op het voortgezet onderwijs (inmiddels opgenomen in de WVO 2020). Het plan beschrijft de
          hoofdlijnen. De uitvoering staat in het jaarplan, dat elk jaar in juni door het bestuur wordt
          vastgesteld."""),
          P("""Het plan is besproken in het op overeenstemming gericht overleg met de gemeenten
          Veenendaal-Noord, Turfwoude en Lange Polder op 1 februari 2024, en met de samenwerkingsverbanden
          PO in de regio op 8 februari 2024. De ondersteuningsplanraad heeft op 4 april 2024 ingestemd.""")]
    b += [H1("2. Het samenwerkingsverband in beeld"),
          P("""Het samenwerkingsverband bestaat uit zes schoolbesturen met samen 16 scholen voor voortgezet
          onderwijs: elf scholen voor vmbo, havo en vwo (waarvan zeven met een vmbo-afdeling met
          leerwegondersteuning), twee scholen voor praktijkonderwijs en drie locaties voor voortgezet speciaal
          onderwijs. Op 1 oktober 2023 telde het samenwerkingsverband 13.640 leerlingen."""),
          TAB(("Onderwijssoort", "Leerlingen 1-10-2023"),
              ("vmbo (incl. lwoo)", "5.120"),
              ("havo/vwo", "7.214"),
              ("praktijkonderwijs", "702"),
              ("vso (cluster 3 en 4)", "604"),
              ("Totaal", "13.640")),
          P("""De regio kent een grote spreiding in sociaaleconomische achtergrond. In Turfwoude ligt het
          aandeel leerlingen dat na het vmbo direct uitstroomt naar werk zonder startkwalificatie boven het
          landelijk gemiddelde. In Lange Polder is het aanbod van openbaar vervoer beperkt, wat de keuze van
          leerlingen voor een school verder weg bemoeilijkt. Het aantal leerlingen zal volgens de prognoses
          tot 2030 met ongeveer 6% dalen.""")]
    b += [H1("3. Visie en uitgangspunten"),
          P("""Wij willen dat iedere jongere in Hollands Veenland een diploma of certificaat haalt dat past bij
          zijn of haar talenten, en goed voorbereid doorstroomt naar vervolgonderwijs of werk. Daarvoor is
          nodig dat scholen een veilige plek bieden, dat leerlingen die het moeilijk hebben snel hulp krijgen,
          en dat niemand tussen de wal en het schip valt."""),
          P("""Onze uitgangspunten zijn: de leerling centraal, de school aan zet, het samenwerkingsverband als
          verbinder, en de regio als één netwerk. De leerling centraal betekent dat we kijken naar wat een
          leerling nodig heeft, niet naar labels. De school aan zet betekent dat de ondersteuning zoveel
          mogelijk in de school plaatsvindt. Het samenwerkingsverband als verbinder betekent dat wij scholen
          en partners bij elkaar brengen. En de regio als één netwerk betekent dat we samen
          verantwoordelijk zijn voor alle jongeren, ook die niet op onze scholen zitten."""),
          P("""We betrekken leerlingen actief bij ons beleid. Er is een leerlingpanel dat twee keer per jaar
          bij elkaar komt, en in de ondersteuningsplanraad zitten twee leerlingen.""")]
    b += [H1("4. Basisondersteuning op de scholen"),
          P("""De basisondersteuning is de ondersteuning die een school biedt binnen haar eigen
          ondersteuningsstructuur, zonder tussenkomst van het samenwerkingsverband. In Hollands Veenland
          omvat de basisondersteuning de volgende voorzieningen:"""),
          TAB(("Onderdeel", "Invulling"),
              ("Mentoraat", "Iedere leerling heeft een mentor die minimaal zes keer per jaar een individueel gesprek voert"),
              ("Ondersteuningscoördinator", "Een ondersteuningscoördinator per locatie, minimaal 0,6 fte per 1.000 leerlingen"),
              ("Ondersteuningsteam", "Een intern ondersteuningsteam met zorgcoördinator, orthopedagoog/psycholoog, jeugdarts (GGD) en schoolmaatschappelijk werk"),
              ("Dyslexie en dyscalculie", "Dyslexiecoach, faciliteiten bij toetsing (extra tijd, voorleessoftware), protocol conform landelijke richtlijn"),
              ("Sociaal-emotioneel", "Faalangstreductietraining, sociale vaardigheidstraining en een aanpak voor pesten"),
              ("Executieve functies", "Huiswerkbegeleiding en training plannen en organiseren in de onderbouw"),
              ("Time-out", "Een opvangvoorziening op de locatie (rustruimte) met vaste begeleider"),
              ("Medisch", "Protocol medisch handelen en afspraken over verzuimbegeleiding met de jeugdarts")),
          P("""Niet iedere school biedt al deze onderdelen in dezelfde mate. Iedere school beschrijft in haar
          schoolondersteuningsprofiel, dat in de schoolgids is opgenomen, in hoeverre zij de onderdelen
          realiseert. Een gezamenlijk niveau dat voor alle vestigingen geldt als ondergrens, stellen de
          schoolbesturen in de loop van 2025 vast, wanneer de landelijke norm basisondersteuning bekend is.""")]
    b += [H1("5. Het ondersteuningsaanbod"),
          H2("5.1 Extra ondersteuning op school"),
          P("""Als de basisondersteuning niet toereikend is, kan de school extra ondersteuning bieden. Iedere
          school ontvangt daarvoor een budget van het samenwerkingsverband (zie hoofdstuk 10). Scholen
          zetten dit budget in voor bijvoorbeeld een trajectvoorziening op school, een
          ondersteuningsklas, individuele begeleiding of extra mentoruren. Op negen scholen is een
          trajectvoorziening ingericht waar leerlingen een deel van de week in een kleine groep werken."""),
          H2("5.2 OPDC Het Tussenstation en rebound"),
          P("""Het orthopedagogisch-didactisch centrum (OPDC) Het Tussenstation in Turfwoude biedt tijdelijke
          opvang en onderwijs aan leerlingen die op hun eigen school vastlopen, met 48 plaatsen. Leerlingen
          volgen er maximaal een schooljaar onderwijs in kleine groepen, met intensieve begeleiding. Daarnaast
          is er een reboundvoorziening voor leerlingen die door gedrag tijdelijk niet op school kunnen zijn,
          met een maximale duur van twaalf weken. Na afloop keert de leerling terug naar de eigen school,
          met een nazorgtraject van zes weken door de reboundcoach."""),
          H2("5.3 Voortgezet speciaal onderwijs"),
          P("""In de regio zijn drie vso-locaties: De Veenkolonie (cluster 4, uitstroomprofielen
          vervolgonderwijs en arbeid), De Turfschuur (cluster 3, uitstroomprofielen arbeid en dagbesteding)
          en de vso-afdeling van Het Lange Land (cluster 4, psychiatrie). Voor leerlingen met een zeer
          specifieke ondersteuningsbehoefte kan plaatsing buiten de regio nodig zijn."""),
          TAB(("Niveau", "Voorziening", "Toegang"),
              ("1", "Basisondersteuning (hoofdstuk 4)", "School"),
              ("2", "Extra ondersteuning op school, trajectvoorziening", "School, uit schoolbudget"),
              ("3", "OPDC Het Tussenstation, rebound", "Plaatsingscommissie OPDC"),
              ("4", "Praktijkonderwijs, lwoo", "Toelaatbaarheid/aanwijzing door SWV"),
              ("5", "Voortgezet speciaal onderwijs", "TLV door SWV")),
          H2("5.4 Terug- en overplaatsing vanuit het vso"),
          P("""Voor de terug- en overplaatsing van leerlingen uit het vso naar het regulier voortgezet onderwijs
          hanteren wij het Protocol terug- en overplaatsing. Het protocol is te vinden op onze website onder
          ‘Documenten’."""),
          H2("5.5 Dekkend aanbod en thuiszitters"),
          P("""Het samenwerkingsverband is verantwoordelijk voor een dekkend aanbod. In de vorige planperiode
          is daar veel aan gedaan, onder meer door de uitbreiding van het OPDC. Een nieuwe analyse van het
          dekkend aanbod, en de aanpak van thuiszitters en verzuim die daarop volgt, werken wij in 2025 uit
          samen met de gemeenten in het nieuwe Thuiszitterspact Hollands Veenland. Tot die tijd blijven de
          afspraken uit het pact van 2019 van kracht.""")]
    b += [H1("6. Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
          H2("6.1 De Commissie Toewijzing"),
          P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso, de toelaatbaarheid tot het
          praktijkonderwijs en de aanwijzing voor leerwegondersteunend onderwijs. Het besluit wordt genomen
          door de Commissie Toewijzing, bestaande uit een voorzitter (de manager toewijzing), een
          orthopedagoog-generalist en een GZ-psycholoog."""),
          H2("6.2 Procedure"),
          BUL("""Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, dient
              de aanvraag digitaal in via het aanvraagportaal. Bij de aanvraag horen het OPP, het
              onderwijskundig rapport, het verslag van het multidisciplinair overleg en de zienswijze van
              ouders en leerling.""",
              """De manager toewijzing beoordeelt binnen vijf werkdagen of de aanvraag volledig is.""",
              """Voor een TLV vso adviseren twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk
              van de leerling, een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker. Beide
              deskundigen brengen een eigen schriftelijk advies uit en zijn niet betrokken bij de
              aanvraag.""",
              """De Commissie Toewijzing beslist binnen vier weken na ontvangst van de volledige aanvraag;
              bij spoed binnen vijf werkdagen.""",
              """Ouders en school ontvangen het besluit met een afschrift van de adviezen."""),
          H2("6.3 Criteria vso"),
          P("""Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo intensief is dat deze
          ook met inzet van de extra ondersteuning op school en een traject in het OPDC niet in het
          regulier onderwijs kan worden geboden. Daarbij kijkt de commissie naar: de aard en ernst van de
          beperking of stoornis; de benodigde groepsgrootte (maximaal 12–14 leerlingen); de noodzaak van een
          permanent beschikbare, specialistische begeleiding; en de verbinding met zorg die onder
          schooltijd nodig is. De commissie bepaalt tevens de bekostigingscategorie (laag, midden of
          hoog)."""),
          H2("6.4 Duur"),
          P("""Een TLV vso wordt afgegeven voor één, twee of drie schooljaren, of tot het einde van de
          schoolloopbaan als er sprake is van een blijvende beperking (bijvoorbeeld bij ernstig meervoudige
          beperkingen)."""),
          H2("6.5 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("""Voor de aanwijzing lwoo en de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke
          criteria: een combinatie van een IQ-score en een leerachterstand op ten minste twee van de vier
          domeinen (inclusief begrijpend lezen of inzichtelijk rekenen), en voor lwoo eventueel
          sociaal-emotionele problematiek. Het samenwerkingsverband heeft niet gekozen voor eigen criteria
          (geen opting-out). De aanvraag wordt vóór 1 maart ingediend door de vo-school waar de leerling is
          aangemeld, met het advies van de basisschool en het onderzoeksdossier. De commissie beslist vóór 1
          mei, zodat de leerling voor de zomer weet waar hij aan toe is. Een aanwijzing lwoo geldt voor de
          duur van de vmbo-opleiding; een TLV pro voor de duur van het praktijkonderwijs."""),
          H2("6.6 Bezwaar"),
          P("""Ouders (en leerlingen vanaf 18 jaar) kunnen binnen zes weken bezwaar maken tegen een besluit.
          Het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie
          Toelaatbaarheidsverklaringen en beslist binnen tien weken op het bezwaar.""")]
    b += [H1("7. Ouders en leerlingen"),
          H2("7.1 Informatie"),
          P("""Ouders en leerlingen moeten weten wat zij van de scholen en van het samenwerkingsverband mogen
          verwachten. Op onze website staat een overzicht van alle voorzieningen, met per voorziening de
          doelgroep, de toegang en een contactpersoon. Bij de overstap van het basisonderwijs naar het
          voortgezet onderwijs ontvangen alle ouders van leerlingen in groep 8 de brochure ‘Extra steun in
          het vo’, die ook digitaal beschikbaar is in eenvoudige taal. Op elke school is de
          ondersteuningscoördinator het eerste aanspreekpunt voor vragen over ondersteuning. Twee keer per
          jaar houden we een informatieavond voor ouders van leerlingen die overstappen naar het vso of het
          OPDC."""),
          H2("7.2 Onafhankelijke ondersteuning"),
          P("""Het samenwerkingsverband heeft samen met de samenwerkingsverbanden PO in de regio het Ouder- en
          Jeugdsteunpunt Veenland opgericht. Het steunpunt is ondergebracht bij een onafhankelijke stichting
          en helpt ouders en jongeren die vastlopen met school, bijvoorbeeld bij een verschil van mening
          over ondersteuning of een dreigende verwijdering. Ouders kunnen ook terecht bij de
          Onderwijsconsulenten. Bij geschillen over toelating, verwijdering of het OPP is de
          Geschillencommissie passend onderwijs bevoegd."""),
          H2("7.3 Ouders en leerlingen als partners"),
          P("""Ouders en leerlingen praten mee over het OPP. Leerlingen hebben het recht om gehoord te worden
          over hun ontwikkelingsperspectief; de scholen leggen hun mening vast in het OPP. In de
          ondersteuningsplanraad zitten drie ouders, twee leerlingen en vijf personeelsleden.""")]
    b += [H1("8. Aansluiting gemeenten en jeugdhulp"),
          P("""De samenwerking met de gemeenten is vastgelegd in de Regionale Agenda Onderwijs en Jeugd
          2024–2028. Op iedere school werkt een jeugd- en gezinswerker van de gemeente, die deelneemt aan
          het ondersteuningsteam. Voor leerlingen in het vso en het OPDC zijn onderwijs-zorgarrangementen
          mogelijk, waarbij de gemeente de zorgcomponent financiert."""),
          P("""In het OOGO zijn verder afspraken gemaakt over leerlingenvervoer, over de aansluiting van het
          vso en het praktijkonderwijs op de arbeidsmarkt (samen met het werkgeversservicepunt), en over
          de inzet van de GGD-jeugdarts bij verzuim. Het OOGO vindt twee keer per jaar plaats.""")]
    b += [H1("9. Kwaliteitszorg en monitoring"),
          P("""Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In september stelt het
          bestuur het jaarplan vast; in februari vindt een tussenevaluatie plaats en in juni een
          eindevaluatie. De uitkomsten worden verwerkt in het jaarverslag."""),
          P("""Wij volgen de ontwikkeling van passend onderwijs met een monitor die twee keer per jaar wordt
          gevuld met gegevens uit DUO, het aanvraagportaal en de registraties van de scholen. Daarin staan
          onder meer het aantal leerlingen in vso, pro en lwoo, het aantal plaatsingen in het OPDC, de
          doorlooptijd van aanvragen, en de uitstroom van OPDC-leerlingen. In een jaarlijks
          kwaliteitsgesprek bespreekt de directeur-bestuurder de uitkomsten per school met de
          schooldirectie. Daarnaast meten wij om het jaar de tevredenheid van ouders, leerlingen en
          scholen."""),
          TAB(("Kengetal", "2021-2022", "2022-2023"),
              ("Deelnamepercentage vso", "3,9%", "4,1%"),
              ("Leerlingen in OPDC (instroom per jaar)", "112", "126"),
              ("Terugkeer OPDC naar eigen school binnen een jaar", "71%", "68%"),
              ("Gemiddelde doorlooptijd aanvraag TLV (weken)", "5,1", "3,8"),
              ("Tevredenheid ouders (1-10)", "–", "7,0")),
          P("""Voor de komende planperiode stellen wij geen vaste streefcijfers vast. Welke resultaten wij
          jaarlijks willen bereiken, wordt per jaar in het jaarplan bepaald.""")]
    b += [H1("10. Financieel beleid"),
          H2("10.1 Verdeling van de middelen"),
          P("""Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (inclusief de middelen voor
          lwoo en pro) en voor zware ondersteuning. De middelen voor zware ondersteuning worden voor een groot
          deel via DUO afgedragen aan het vso. De overige middelen worden als volgt verdeeld:"""),
          BUL("""Schoolbudget extra ondersteuning: € 98 per leerling (teldatum 1 oktober t-1), plus een vaste
              voet van € 15.000 per locatie;""",
              """Lwoo en pro: de scholen met lwoo ontvangen € 4.150 per aangewezen leerling; de scholen voor
              praktijkonderwijs ontvangen de landelijke bekostiging pro via DUO, aangevuld met € 600 per
              leerling voor stage- en arbeidstoeleiding;""",
              """OPDC en rebound: vaste bekostiging op basis van 48 plaatsen;""",
              """Bureau en Commissie Toewijzing."""),
          P("""Het bestuur stelt het verdeelmodel jaarlijks vast bij de begroting, na advies van het
          directeurenoverleg. Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juni
          met een vast format, waarin zij per categorie aangeven waaraan het geld is besteed."""),
          H2("10.2 Meerjarenbegroting"),
          TAB(("Bedragen in € 1.000", "2024", "2025", "2026", "2027"),
              ("Baten lichte ondersteuning (incl. lwoo/pro)", "14.820", "14.610", "14.380", "14.150"),
              ("Baten zware ondersteuning", "9.940", "9.850", "9.760", "9.690"),
              ("Afdrachten vso (DUO)", "8.210", "8.260", "8.300", "8.300"),
              ("Lwoo en pro naar scholen", "9.880", "9.720", "9.560", "9.400"),
              ("Schoolbudgetten", "1.580", "1.560", "1.540", "1.520"),
              ("OPDC en rebound", "3.120", "3.150", "3.150", "3.150"),
              ("Bureau en Commissie Toewijzing", "1.390", "1.400", "1.410", "1.420"),
              ("Resultaat", "-220", "-630", "-620", "-550")),
          P("""De negatieve resultaten komen ten laste van de algemene reserve, die daarmee in 2027 terugkomt
          tot het niveau van de signaleringswaarde.""")]
    b += [H1("11. Organisatie en medezeggenschap"),
          P("""Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht.
          De raad van toezicht bestaat uit de bestuurders van de zes schoolbesturen en een onafhankelijke
          voorzitter. De directeur-bestuurder wordt ondersteund door een bureau van 11 medewerkers en
          door de medewerkers van het OPDC (24 fte)."""),
          P("""De ondersteuningsplanraad telt tien leden en heeft instemmingsrecht op dit plan. Het
          personeel van het samenwerkingsverband heeft een eigen medezeggenschapsraad. Het
          directeurenoverleg adviseert de directeur-bestuurder over de uitvoering.""")]
    b += [H1("12. Kennisdeling en professionalisering"),
          P("""Kennisdeling tussen scholen is een belangrijke pijler. Wij organiseren netwerken voor
          ondersteuningscoördinatoren, voor orthopedagogen en voor mentoren. Elk jaar vindt een regionale
          studiedag passend onderwijs plaats, waar scholen van elkaar leren. Het OPDC biedt
          scholingsmodules aan voor docenten over omgaan met gedrag en over mentale gezondheid."""),
          P("""Daarnaast werken wij samen met de lerarenopleidingen in de regio om aankomende docenten voor te
          bereiden op het werken met leerlingen met een ondersteuningsbehoefte. In 2025 start een
          pilot waarin studenten een deel van hun stage lopen in het vso of het OPDC."""),
          P("""Aansluiting met het mbo krijgt aandacht in het regionale overleg vo-mbo. Voor leerlingen uit het
          praktijkonderwijs en het vso is een doorlopende lijn naar entreeopleidingen en werk
          afgesproken, met een warme overdracht en nazorg van een jaar.""")]
    b += huisvesting_vervoer("Het samenwerkingsverband", "Veenendaal-Noord, Turfwoude en Lange Polder") + samenwerking_scholen("Hollands Veenland") + privacy_ict("Het samenwerkingsverband", "2026") + risicos("Het samenwerkingsverband")
    b += [H1("Bijlage: afkortingen"),
          TAB(("Afkorting", "Betekenis"),
              ("lwoo", "Leerwegondersteunend onderwijs"),
              ("OJSP", "Ouder- en jeugdsteunpunt"),
              ("OPDC", "Orthopedagogisch-didactisch centrum"),
              ("OPP", "Ontwikkelingsperspectief"),
              ("pro", "Praktijkonderwijs"),
              ("TLV", "Toelaatbaarheidsverklaring"),
              ("vso", "Voortgezet speciaal onderwijs"))]
    return b, name


# =========================================================================== PLAN 5
# PO web version (.html) of a plan "op hoofdlijnen". Basisondersteuning and terugstroom
# well addressed; plaatsing criteria without procedure (website); financien begroting
# without verdeelmodel; dekkend aanbod only a "sociale kaart" reference; ouders only in
# navigation/footer and a deferral.
def plan_hoogland():
    name = "Samenwerkingsverband Passend Primair Onderwijs Kop van het Hoogland"
    b = []
    b += [TITLE("Ondersteuningsplan 2024-2028 op hoofdlijnen",
                name + " · PO 21-03",
                "Webversie – laatst bijgewerkt 15 mei 2024")]
    b += [TOC("Inleiding",
              "Terugblik 2020-2024",
              "Visie en koers",
              "Basisondersteuning",
              "Ondersteuningsaanbod",
              "Toelaatbaarheid sbo en so",
              "Terugplaatsing",
              "Ouders",
              "Resultaten en kwaliteitszorg",
              "Financiën",
              "Organisatie en medezeggenschap",
              "Personeel en professionalisering",
              "Totstandkoming en planning",
              "Begrippen")]
    b += [H1("Inleiding"),
          P("""Welkom bij de webversie van het ondersteuningsplan 2024-2028 van Samenwerkingsverband Passend
          Primair Onderwijs Kop van het Hoogland. In dit plan leest u op hoofdlijnen hoe de
          schoolbesturen in de gemeenten Hoogland, Kopdorp en Bergveen samen zorgen voor passend onderwijs
          voor alle kinderen van 4 tot 13 jaar. Het plan geldt van 1 augustus 2024 tot en met 31 juli 2028.
          Een afdrukbare pdf-versie kunt u downloaden onderaan deze pagina."""),
          P("""Wij hebben bewust gekozen voor een plan op hoofdlijnen. Passend onderwijs verandert snel: er
          komt een landelijke norm voor basisondersteuning, de wetgeving rond ouder- en jeugdsteunpunten is
          in beweging, en de financiële ruimte voor samenwerkingsverbanden wordt kleiner. Een dik plan dat
          na een jaar achterhaald is, helpt niemand. Daarom legt dit plan de kaders vast en werken wij de
          uitvoering jaarlijks uit in het jaarplan. Waar dat nodig is, verwijzen wij naar documenten op
          deze website."""),
          P("""Aan het samenwerkingsverband nemen zes schoolbesturen deel. Samen hebben zij 33 basisscholen,
          één school voor speciaal basisonderwijs (sbo De Sprong, met twee locaties) en één school voor
          speciaal onderwijs (so De Kempen, cluster 3 en 4). Op 1 oktober 2023 zaten 7.115 kinderen op onze
          scholen.""")]
    b += [H1("Leeswijzer en samenhang met andere documenten"),
          P("""Dit plan op hoofdlijnen staat niet op zichzelf. Het hangt samen met een aantal andere documenten
          die het bestuur vaststelt en die u op deze website kunt vinden: het jaarplan en het jaarverslag, de
          begroting, de sociale kaart met het ondersteuningsaanbod, de pagina ‘TLV aanvragen’, het
          verdeelmodel uit 2019 en het privacyreglement. Die documenten worden vaker aangepast dan het
          ondersteuningsplan. Door ze apart te houden, kunnen wij sneller inspelen op veranderingen zonder
          steeds het hele plan te wijzigen."""),
          P("""De hoofdstukken van dit plan volgen de onderwerpen die de wet voorschrijft. Elk hoofdstuk begint met
          wat wij willen bereiken en beschrijft daarna de afspraken die daarvoor gelden. Waar een onderwerp
          nog in ontwikkeling is, staat dat er eerlijk bij, met het moment waarop wij verwachten er meer over
          te kunnen zeggen. Het samenwerkingsverband houdt de webversie actueel; de datum van de laatste
          wijziging staat bovenaan deze pagina. Bij verschillen tussen de webversie en de door de
          ondersteuningsplanraad ingestemde pdf-versie is de pdf-versie leidend."""),
          P("""Het plan volgt de vaste beleidscyclus van het samenwerkingsverband. In het voorjaar stelt het
          bestuur het jaarplan voor het volgende schooljaar vast, in het najaar de begroting. Het jaarverslag
          verschijnt voor 1 juli. Bij de tussenevaluatie in 2026 bekijken wij of de hoofdlijnen van dit plan
          nog passen bij de ontwikkelingen in de regio en in de wetgeving, en of een tussentijdse wijziging
          nodig is. Een wijziging wordt altijd eerst ter instemming voorgelegd aan de
          ondersteuningsplanraad, en na vaststelling op deze website gepubliceerd met een overzicht van de
          aangepaste passages.""")]
    b += [H1("Terugblik 2020-2024"),
          P("""De afgelopen planperiode was onrustig. De coronajaren hebben veel gevraagd van scholen, kinderen
          en gezinnen. Toch is er veel bereikt. De ondersteuningsteams op de scholen zijn versterkt, het
          aantal aanvragen voor een toelaatbaarheidsverklaring is gedaald en de samenwerking tussen sbo De
          Sprong en de basisscholen is geïntensiveerd. Tegelijkertijd zien wij dat het lerarentekort,
          vooral in Bergveen, de ondersteuning op sommige scholen kwetsbaar maakt."""),
          P("""In 2023 heeft een externe bureau de vorige planperiode geëvalueerd. De belangrijkste conclusies:
          de basisondersteuning is op de meeste scholen goed op orde, maar de verschillen tussen scholen
          zijn groot; de toelaatbaarheidsprocedure wordt door scholen als helder ervaren; en de
          terugplaatsing vanuit het sbo en so kwam onvoldoende van de grond. Deze conclusies zijn
          meegenomen in dit plan. In de planperiode 2020-2024 keerden in totaal 14 leerlingen terug uit het
          sbo of so naar een basisschool.""")]
    b += [H1("Visie en koers"),
          P("""Wij geloven dat elk kind recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk
          bij huis. Kinderen leren van en met elkaar; verschillen tussen kinderen zijn normaal en horen bij
          de school. Scholen werken samen met ouders en met elkaar, en het samenwerkingsverband ondersteunt
          daarbij."""),
          P("""Onze koers voor 2024-2028 bestaat uit drie lijnen. De eerste lijn is ‘sterke basis’: alle scholen
          bieden dezelfde stevige basisondersteuning en leren van elkaar. De tweede lijn is ‘speciaal waar
          nodig, thuisnabij waar mogelijk’: kinderen gaan naar het sbo of so als zij dat echt nodig hebben,
          en keren terug zodra het kan. De derde lijn is ‘transparant en lerend’: wij meten wat wij doen,
          leggen verantwoording af en passen ons beleid aan als dat nodig is."""),
          P("""Deze koers sluit aan bij het strategisch beleid van de zes schoolbesturen. Iedere bestuurder
          heeft de koers besproken met de eigen directeuren en medezeggenschapsraad. Wij vinden het
          belangrijk dat de koers niet alleen op papier staat, maar herkenbaar is in het dagelijkse werk op
          de scholen."""),
          P("""Wij zijn een klein samenwerkingsverband in een uitgestrekt gebied. Dat heeft voordelen: de
          lijnen zijn kort, mensen kennen elkaar en besluiten kunnen snel worden genomen. Het heeft ook
          nadelen: specialistische kennis is schaars en de afstanden naar voorzieningen zijn groot. Wij
          kiezen er daarom voor de expertise zoveel mogelijk naar de scholen te brengen.""")]
    b += [H1("Basisondersteuning"),
          P("""De schoolbesturen hebben samen vastgelegd welke ondersteuning iedere school in het
          samenwerkingsverband minimaal biedt. Deze basisondersteuning geldt voor alle 33 basisscholen en al
          hun locaties, ook voor de kleine dorpsscholen. Een school kan meer bieden, maar nooit minder. Wat
          elke school ten minste biedt:"""),
          BUL("""Een intern begeleider die minimaal twee dagdelen per week beschikbaar is, ook op kleine
              scholen (zo nodig gedeeld met een andere school).""",
              """Handelingsgericht werken met groepsplannen of groepsoverzichten en drie groepsbesprekingen per
              jaar.""",
              """Een ondersteuningsteam op school met de intern begeleider, de directeur en de orthopedagoog van
              het samenwerkingsverband, die elke school ten minste vier keer per jaar bezoekt.""",
              """Aanpak van lees- en spellingsproblemen en dyslexie volgens het protocol Leesproblemen en
              dyslexie, inclusief extra leestijd en voorleessoftware.""",
              """Aanpak van rekenproblemen en dyscalculie volgens het protocol ERWD.""",
              """Een methode voor sociaal-emotionele ontwikkeling, een veiligheidsplan en een pestcoördinator.""",
              """Verrijkingsmateriaal en compacten voor meer- en hoogbegaafde kinderen.""",
              """Een ontwikkelingsperspectief voor kinderen met een eigen leerlijn, dat twee keer per jaar wordt
              geëvalueerd.""",
              """Afspraken over medicijnverstrekking en medisch handelen."""),
          P("""Het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een kwaliteitsgesprek
          over de basisondersteuning. Als een school op onderdelen niet voldoet, maakt het schoolbestuur
          afspraken over verbetering, die bij het volgende bezoek worden besproken.""")]
    b += [H1("Ondersteuningsaanbod"),
          P("""Wanneer een kind meer nodig heeft dan de basisondersteuning, zijn er in onze regio verschillende
          mogelijkheden. Een actueel overzicht van het ondersteuningsaanbod, met alle voorzieningen en
          contactgegevens, vindt u in de sociale kaart op deze website. De sociale kaart wordt elk jaar in
          september bijgewerkt.""")]
    b += [H1("Toelaatbaarheid sbo en so"),
          P("""Voor een plek op sbo De Sprong of so De Kempen is een toelaatbaarheidsverklaring (TLV) van het
          samenwerkingsverband nodig. Het samenwerkingsverband hanteert de volgende criteria."""),
          H2("Criteria speciaal basisonderwijs"),
          BUL("""De school heeft de basisondersteuning aantoonbaar en planmatig ingezet, en daarnaast ten
              minste een half jaar extra ondersteuning geboden, en dat is onvoldoende gebleken.""",
              """Het kind heeft een achterstand van ten minste anderhalf jaar op twee of meer
              vakgebieden, óf het kind heeft een gedragsmatige of sociaal-emotionele ondersteuningsbehoefte
              die een kleine groep en een gespecialiseerde aanpak vraagt.""",
              """De verwachting is dat het kind in het sbo beter tot ontwikkeling komt dan op de
              basisschool."""),
          H2("Criteria speciaal onderwijs"),
          BUL("""Het kind heeft een verstandelijke beperking (IQ lager dan 55, of tussen 55 en 70 met een
              bijkomende stoornis), een lichamelijke beperking of langdurige ziekte die een intensieve
              aanpassing van het onderwijs vraagt (cluster 3), óf""",
              """het kind heeft ernstige gedragsproblemen of een psychiatrische stoornis waarvoor een
              orthopedagogische behandelomgeving nodig is (cluster 4),""",
              """en het sbo kan niet voorzien in de ondersteuningsbehoefte."""),
          P("""Hoe een aanvraag verloopt, welke documenten nodig zijn en binnen welke termijn een besluit wordt
          genomen, leest u op de pagina ‘TLV aanvragen’ op deze website.""")]
    b += [H1("Terugplaatsing"),
          P("""De evaluatie van de vorige planperiode liet zien dat terugplaatsing onvoldoende van de grond
          kwam. Wij willen dat veranderen. Ons uitgangspunt: een plaatsing in het sbo of so wordt elk jaar
          opnieuw gewogen. Zodra een kind zich met ondersteuning op een basisschool kan ontwikkelen,
          is terugkeer naar een school dicht bij huis het doel. Voorwaarde is dat de ontvangende school de
          ondersteuning kan bieden die in het OPP staat, eventueel met een arrangement."""),
          P("""De werkwijze is als volgt. De sbo- of so-school bespreekt ieder jaar in de OPP-evaluatie
          (uiterlijk in maart) of terugplaatsing aan de orde is. Is dat zo, dan meldt de school de leerling
          vóór 1 april bij de orthopedagoog van het samenwerkingsverband. Deze organiseert binnen vier weken
          een overdrachtsgesprek met de sbo- of so-school en de beoogde basisschool. Het bestuur van de
          ontvangende school besluit over de inschrijving. In het laatste jaar van een TLV is de
          terugplaatsingsbespreking verplicht; als terugplaatsing nog niet mogelijk is, vraagt de school een
          nieuwe TLV aan."""),
          P("""Een kind dat terugkeert, krijgt een terugplaatsingsarrangement: gedurende maximaal een schooljaar
          komt een leerkracht van de sbo- of so-school wekelijks op de basisschool om het kind en de
          leerkracht te begeleiden. Het samenwerkingsverband betaalt deze begeleiding. Na een half jaar en
          na een jaar wordt de terugplaatsing geëvalueerd. Het aantal terugplaatsingen rapporteren wij
          jaarlijks in het jaarverslag.""")]
    b += [H1("Ouders"),
          P("""Over de manier waarop wij ouders informeren en over de onafhankelijke ondersteuning die ouders
          kunnen krijgen, maken wij in 2024-2025 nieuwe afspraken, mede naar aanleiding van de Wet
          versterking positie ouders en leerlingen. Deze afspraken volgen als aanvulling op dit plan.""")]
    b += [H1("Resultaten en kwaliteitszorg"),
          P("""Wij willen weten of onze inzet effect heeft. Daarom hebben wij voor de planperiode de volgende
          beoogde resultaten vastgesteld voor kinderen die extra ondersteuning nodig hebben:"""),
          TAB(("Beoogd resultaat", "Stand 1-10-2023", "Doel 31-7-2028"),
              ("Deelnamepercentage sbo", "2,6%", "2,3%"),
              ("Deelnamepercentage so", "1,7%", "1,7%"),
              ("Terugplaatsingen uit sbo/so per jaar", "3", "8"),
              ("Scholen die volledig voldoen aan de basisondersteuning", "24 van 33", "33 van 33"),
              ("Kinderen met een OPP die de uitstroombestemming halen", "nog te meten (nulmeting 2024-2025)", "80%")),
          P("""Wij volgen deze resultaten met de Monitor Passend Onderwijs Hoogland. Het bureau vult de monitor
          twee keer per jaar met gegevens van DUO, de TLV-registratie en de kwaliteitsgesprekken op de
          scholen. De directeur bespreekt de monitor in het voorjaar met het bestuur en met ieder
          schoolbestuur afzonderlijk. Over de bereikte resultaten rapporteren wij in het jaarverslag, dat
          uiterlijk 1 juli op de website verschijnt. In het voorjaar van 2026 volgt een tussenevaluatie van
          het plan."""),
          P("""Daarnaast houden wij jaarlijks een reflectiebijeenkomst met intern begeleiders en directeuren,
          waarin wij de cijfers duiden en bespreken wat wij anders kunnen doen.""")]
    b += [H1("Financiën"),
          P("""Het samenwerkingsverband ontvangt jaarlijks ruim € 7 miljoen voor passend onderwijs. Onderstaande
          meerjarenbegroting laat zien waaraan de middelen worden besteed."""),
          TAB(("× € 1.000", "2024", "2025", "2026", "2027"),
              ("Baten ondersteuningsbekostiging", "7.180", "7.090", "7.010", "6.940"),
              ("Afdrachten sbo De Sprong en so (DUO)", "3.420", "3.380", "3.350", "3.330"),
              ("Ondersteuningsbudget schoolbesturen", "2.310", "2.280", "2.250", "2.220"),
              ("Orthopedagogen en kwaliteitsgesprekken", "640", "650", "660", "670"),
              ("Terugplaatsingsarrangementen", "60", "90", "110", "120"),
              ("Bureau en bestuur", "520", "520", "525", "530"),
              ("Resultaat", "230", "170", "115", "70")),
          P("""De middelen worden over de schoolbesturen verdeeld volgens het verdeelmodel dat het bestuur in
          2019 heeft vastgesteld. Dat model evalueren wij in 2025; een eventueel nieuw model wordt ter
          instemming aan de ondersteuningsplanraad voorgelegd. Het samenwerkingsverband heeft een
          weerstandsvermogen van 9%; het positieve resultaat wordt gereserveerd voor de
          terugplaatsingsarrangementen in latere jaren.""")]
    b += [H1("Organisatie en medezeggenschap"),
          P("""Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de
          bestuurders van de zes schoolbesturen en houdt toezicht op het bestuur. Het bestuur bestaat uit
          een onafhankelijke voorzitter en twee leden. De directeur voert de dagelijkse leiding over het
          bureau, waar zes medewerkers werken."""),
          P("""De ondersteuningsplanraad heeft op 2 april 2024 ingestemd met dit plan. De OPR vergadert vier keer
          per jaar en heeft instemmingsrecht op het ondersteuningsplan en wijzigingen daarvan. Vergaderstukken
          en verslagen van de OPR staan op de website.""")]
    b += [H1("Personeel en professionalisering"),
          P("""Het samenwerkingsverband heeft vier orthopedagogen in dienst. Zij vormen de spil van de
          ondersteuning aan scholen. Elke orthopedagoog is vast verbonden aan een aantal scholen en kent die
          scholen goed. Wij investeren in de professionalisering van de orthopedagogen en van de intern
          begeleiders met een jaarlijks scholingsprogramma."""),
          P("""Voor leerkrachten organiseert het samenwerkingsverband elk jaar een inspiratiemiddag rond een
          thema, bijvoorbeeld gedrag, executieve functies of meertaligheid. Scholen kunnen daarnaast
          gebruikmaken van de expertise van sbo De Sprong, waar leerkrachten kunnen meelopen."""),
          P("""Het lerarentekort is in onze regio voelbaar, vooral in Bergveen. Wij werken samen met de
          schoolbesturen aan een regionale aanpak, onder meer via zij-instroomtrajecten en een gezamenlijke
          invalpool. Die aanpak valt buiten dit ondersteuningsplan, maar is voor de uitvoering ervan
          essentieel.""")]
    b += [H1("Totstandkoming en planning"),
          P("""Het plan is voorbereid door een werkgroep van directeuren, intern begeleiders en de orthopedagogen.
          Het concept is besproken met de schoolbesturen. Het ontwerp is op 12 maart 2024 besproken in het op
          overeenstemming gericht overleg met de gemeenten Hoogland, Kopdorp en Bergveen, en op 14 maart
          2024 met het samenwerkingsverband VO. Het bestuur heeft het plan vastgesteld op 9 april 2024, na
          instemming van de OPR. Het plan is op 22 april 2024 aan de inspectie gezonden."""),
          TAB(("Wanneer", "Wat"),
              ("2024-2025", "Nulmeting OPP-resultaten; nieuwe afspraken ouders; evaluatie verdeelmodel"),
              ("2025-2026", "Actualisering basisondersteuning na landelijke norm"),
              ("voorjaar 2026", "Tussenevaluatie ondersteuningsplan"),
              ("2027-2028", "Eindevaluatie en voorbereiding nieuw plan"))]
    b += samenwerking_scholen("ons samenwerkingsverband") + privacy_ict("Het samenwerkingsverband", "2025") + risicos("Het samenwerkingsverband") + wettelijk_kader("ons samenwerkingsverband")
    b += [H1("Begrippen"),
          TAB(("Begrip", "Uitleg"),
              ("Arrangement", "Een pakket extra ondersteuning voor een kind of groep."),
              ("Dekkend aanbod", "Het geheel van voorzieningen waardoor er voor ieder kind een passende plek is."),
              ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."),
              ("Onderwijsconsulent", "Onafhankelijke deskundige die ouders gratis adviseert."),
              ("Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."),
              ("TLV", "Toelaatbaarheidsverklaring."),
              ("Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden."))]
    return b, name


# =========================================================================== NEAR MISS
# A school-level "ondersteuningsplan" of one basisschool (zorgniveaus, groepsbesprekingen,
# jaarplanning IB). Uses the SWV vocabulary but is not a plan of a samenwerkingsverband.
def school_regenboog():
    name = "IKC De Regenboog"
    b = []
    b += [TITLE("Ondersteuningsplan 2024-2025",
                "IKC De Regenboog – openbare basisschool en kinderopvang, Heerlo",
                "Stichting Openbaar Primair Onderwijs Heerlo-Lingeveld",
                "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lingeveld"), BREAK()]
    b += [TOC("1. Inleiding",
              "2. Onze school en onze leerlingen",
              "3. Basisondersteuning op De Regenboog",
              "4. De ondersteuningsniveaus (zorgniveaus 1 t/m 5)",
              "5. De ondersteuningscyclus: groeps- en leerlingbesprekingen",
              "6. Extra ondersteuning via het samenwerkingsverband, TLV en terugplaatsing",
              "7. Ouders",
              "8. Middelen en formatie",
              "9. Opbrengsten en evaluatie",
              "10. Jaarplanning intern begeleider 2024-2025")]
    b += [H1("1. Inleiding"),
          P("""Dit ondersteuningsplan beschrijft hoe wij op IKC De Regenboog de ondersteuning aan onze leerlingen
          organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. Het wordt elk
          schooljaar door de intern begeleider en de directeur geactualiseerd en met het team besproken in
          de eerste studiedag. Het plan is een uitwerking van ons schoolondersteuningsprofiel (SOP), dat in de
          schoolgids staat, en sluit aan bij het ondersteuningsplan van het samenwerkingsverband
          Lingeveld."""),
          P("""Wij werken handelingsgericht. Dat betekent dat wij uitgaan van wat een kind nodig heeft, dat wij
          doelgericht werken en dat wij ouders zien als ervaringsdeskundigen. Het plan beschrijft de
          ondersteuningsniveaus, de cyclus van groeps- en leerlingbesprekingen en de taken van de
          intern begeleider.""")]
    b += [H1("2. Onze school en onze leerlingen"),
          P("""De Regenboog is een openbare basisschool in de wijk Kanaalzone met 312 leerlingen in 13 groepen.
          Ongeveer een derde van onze leerlingen groeit meertalig op. Op de school is ook een
          peuteropvang en buitenschoolse opvang gevestigd. Het team bestaat uit 24 leerkrachten, vier
          onderwijsassistenten, een intern begeleider (0,8 fte), een gedragsspecialist en een
          rekenspecialist."""),
          P("""Op 1 oktober 2023 hadden 11 leerlingen een ontwikkelingsperspectief (OPP). Vier leerlingen hebben
          een arrangement van het expertiseteam van het samenwerkingsverband. In het schooljaar 2023-2024
          zijn twee leerlingen met een toelaatbaarheidsverklaring naar het speciaal basisonderwijs
          gegaan.""")]
    b += [H1("3. Basisondersteuning op De Regenboog"),
          P("""Het samenwerkingsverband heeft met alle scholen afspraken gemaakt over de basisondersteuning.
          Op De Regenboog betekent dat concreet: een intern begeleider vier dagen per week; drie keer per
          jaar groepsbesprekingen; een ondersteuningsteam dat zes keer per jaar bijeenkomt; een
          dyslexieprotocol met extra leesinstructie in groep 3 en 4; de methode Kwink voor sociaal-emotionele
          ontwikkeling; een plusgroep voor meer- en hoogbegaafde leerlingen in groep 5 tot en met 8 en een
          taalklas voor nieuwkomers van twee ochtenden per week.""")]
    b += [H1("4. De ondersteuningsniveaus (zorgniveaus 1 t/m 5)"),
          TAB(("Niveau", "Omschrijving", "Wie"),
              ("1", "Algemene zorg in de groep: goed lesgeven, differentiatie in drie niveaus", "Leerkracht"),
              ("2", "Extra zorg in de groep: verlengde instructie, extra oefentijd", "Leerkracht"),
              ("3", "Speciale zorg na overleg met de intern begeleider: handelingsplan, eventueel onderwijsassistent", "Leerkracht en IB"),
              ("4", "Zorg met externe deskundigen: ondersteuningsteam, onderzoek, arrangement van het SWV", "IB, ouders, orthopedagoog SWV"),
              ("5", "Verwijzing naar sbo of so via een TLV van het samenwerkingsverband", "Directeur, IB, ouders")),
          P("""De overgang naar een volgend niveau wordt altijd met ouders besproken. Op niveau 4 en 5 wordt een
          groeidocument of OPP opgesteld, dat ouders ondertekenen.""")]
    b += [H1("5. De ondersteuningscyclus: groeps- en leerlingbesprekingen"),
          P("""Na iedere toetsperiode (januari en juni) analyseren de leerkrachten de resultaten van hun groep.
          In de groepsbespreking met de intern begeleider worden de onderwijsbehoeften van de groep en van
          individuele leerlingen besproken. Leerlingen over wie de leerkracht zich zorgen maakt, komen in
          een leerlingbespreking. De intern begeleider houdt de afspraken bij in het leerlingvolgsysteem."""),
          P("""In de leerlingbespreking kan worden besloten een leerling in te brengen in het
          ondersteuningsteam (OT). Aan het OT nemen de intern begeleider, de leerkracht, de ouders, de
          orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk werker deel. Het OT stelt
          vast welke ondersteuning nodig is en wie wat doet. De afspraken worden na zes tot acht weken
          geëvalueerd."""),
          P("""Daarnaast voert de intern begeleider drie keer per jaar een kwaliteitsgesprek met de directeur
          over de opbrengsten van de groepen en de voortgang van leerlingen met een OPP.""")]
    b += [H1("6. Extra ondersteuning via het samenwerkingsverband, TLV en terugplaatsing"),
          P("""Als de school de ondersteuning niet zelf kan bieden, vraagt de intern begeleider, na overleg in
          het OT en met toestemming van ouders, een arrangement aan bij het samenwerkingsverband. Het
          expertiseteam van het samenwerkingsverband komt dan een aantal weken op school."""),
          P("""Als blijkt dat een leerling meer nodig heeft dan de school met een arrangement kan bieden, vraagt
          de directeur namens het schoolbestuur een toelaatbaarheidsverklaring aan bij het loket van het
          samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van het
          samenwerkingsverband. De intern begeleider stelt het dossier samen en begeleidt ouders bij het
          aanmelden op de sbo- of so-school."""),
          P("""Komt een leerling vanuit het sbo of so terug naar onze school, dan zorgt de intern begeleider voor
          een goede overdracht met de school van herkomst. De leerling krijgt een maatje in de groep en de
          leerkracht krijgt begeleiding van het expertiseteam.""")]
    b += [H1("7. Ouders"),
          P("""Ouders worden bij iedere stap betrokken. Zorgen over een kind bespreekt de leerkracht eerst met
          de ouders. Ouders zijn welkom bij de groepsbespreking als het over hun kind gaat en nemen altijd
          deel aan het OT. Informatie over de ondersteuning op onze school staat in de schoolgids en op de
          website. Bij vragen of onenigheid kunnen ouders terecht bij de directeur, de vertrouwenspersoon
          van de stichting of het ouder- en jeugdsteunpunt van het samenwerkingsverband.""")]
    b += [H1("8. Middelen en formatie"),
          P("""De school ontvangt van het samenwerkingsverband via het schoolbestuur een budget voor extra
          ondersteuning van ongeveer € 46.000 per jaar. Daarmee bekostigen wij de inzet van twee
          onderwijsassistenten (samen 1,2 fte) en de gedragsspecialist. De intern begeleider wordt betaald uit
          de lumpsum. Uit de middelen van het Nationaal Programma Onderwijs is tot en met juli 2025 een
          extra leesspecialist ingezet.""")]
    b += [H1("9. Opbrengsten en evaluatie"),
          P("""Onze eindtoetsresultaten lagen de afgelopen drie jaar boven de signaleringswaarde van de inspectie.
          In 2023-2024 behaalde 58% van de leerlingen het streefniveau 1F en 2F/1S voor lezen. Voor de
          leerlingen met een OPP evalueren wij twee keer per jaar of de doelen zijn gehaald. Het
          ondersteuningsplan wordt in juni met het team geëvalueerd; de uitkomsten worden meegenomen in het
          jaarplan van de school.""")]
    b += [H1("10. Jaarplanning intern begeleider 2024-2025"),
          TAB(("Maand", "Activiteit"),
              ("augustus", "Overdracht groepen, startgesprekken met ouders"),
              ("september", "Ondersteuningsteam (1), evaluatie OPP’s"),
              ("oktober", "Groepsbesprekingen ronde 1"),
              ("november", "Ondersteuningsteam (2), netwerk IB samenwerkingsverband"),
              ("januari", "Toetsperiode midden; trendanalyse"),
              ("februari", "Groepsbesprekingen ronde 2; OPP-evaluatie met ouders"),
              ("maart", "Ondersteuningsteam (3); eventuele aanvragen TLV voor volgend schooljaar"),
              ("mei", "Ondersteuningsteam (4)"),
              ("juni", "Toetsperiode eind; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"),
              ("juli", "Groepsoverdracht; actualisering ondersteuningsplan"))]
    return b, name


# =========================================================================== EXTRA FILLER
# Chapters that real plans contain and that mention element vocabulary in passing only.
def wettelijk_kader(swv_kort):
    return [H1("Wettelijk kader"),
            P(f"""Het ondersteuningsplan is het belangrijkste beleidsdocument van {swv_kort}. Artikel 18a,
            achtste lid, van de Wet op het primair onderwijs schrijft voor welke onderwerpen het plan ten minste
            omvat. Kort samengevat gaat het om: de wijze waarop het samenwerkingsverband een samenhangend
            geheel van ondersteuningsvoorzieningen realiseert, met inbegrip van de basisondersteuning op alle
            scholen; de procedure en criteria voor de verdeling, besteding en toewijzing van middelen en
            voorzieningen, mede in het licht van een meerjarenbegroting; de procedure en criteria voor
            plaatsing in het speciaal basisonderwijs en de toelaatbaarheid tot het speciaal onderwijs; de
            procedure en het beleid voor terugplaatsing of overplaatsing naar het basisonderwijs; de beoogde
            en bereikte resultaten en de daarmee samenhangende bekostiging; en de wijze waarop ouders worden
            geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke
            ondersteuningsmogelijkheden."""),
            P("""Daarnaast regelt de wet de verhouding tot andere partijen. Het plan wordt niet vastgesteld dan na
            op overeenstemming gericht overleg met de gemeenten en overleg met het samenwerkingsverband voor
            voortgezet onderwijs. De ondersteuningsplanraad heeft instemmingsrecht (artikel 14a Wet
            medezeggenschap op scholen). Het plan wordt vóór 1 mei aan de inspectie gezonden. De inspectie
            beoordeelt of het plan aan de wettelijke eisen voldoet en of de procedure correct is doorlopen."""),
            P("""Het onderwijsveld is in beweging. De Wet versterking positie ouders en leerlingen in het passend
            onderwijs introduceert het hoorrecht voor leerlingen en een verplicht ouder- en jeugdsteunpunt.
            Ook wordt gewerkt aan een landelijke norm voor basisondersteuning. Dit plan houdt daar rekening
            mee; waar nieuwe regelgeving tot aanpassingen leidt, wordt het plan tussentijds gewijzigd met
            instemming van de ondersteuningsplanraad.""")]


def privacy_ict(swv_kort, jaar):
    return [H1("Privacy, gegevensbescherming en ICT"),
            P(f"""{swv_kort} verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, om
            zijn wettelijke taken uit te voeren. Het samenwerkingsverband houdt zich daarbij aan de Algemene
            verordening gegevensbescherming (AVG). Er is een privacyreglement dat door het bestuur is
            vastgesteld en waarover de ondersteuningsplanraad advies heeft uitgebracht. Het reglement
            beschrijft welke gegevens worden verwerkt, met welk doel, wie er toegang toe heeft en hoe lang de
            gegevens worden bewaard."""),
            P("""Medewerkers werken uitsluitend in de beveiligde digitale omgeving van het samenwerkingsverband.
            Dossiers worden niet per e-mail verstuurd. Alle medewerkers hebben een geheimhoudingsverklaring
            ondertekend en volgen jaarlijks een korte training over informatiebeveiliging. Datalekken worden
            gemeld bij de functionaris gegevensbescherming, die beoordeelt of melding bij de Autoriteit
            Persoonsgegevens nodig is."""),
            P(f"""In {jaar} wordt de ICT-omgeving van het bureau vernieuwd. Daarbij wordt ook bekeken hoe de
            koppeling met de leerlingvolgsystemen van de scholen kan worden verbeterd, zodat scholen gegevens
            niet dubbel hoeven in te voeren. De keuze voor een leverancier wordt voorgelegd aan het bestuur.""")]


def risicos(swv_kort):
    return [H1("Risico’s en randvoorwaarden"),
            P(f"""De uitvoering van dit plan is afhankelijk van een aantal randvoorwaarden. De belangrijkste zijn
            voldoende gekwalificeerd personeel op de scholen en in het bureau, stabiele rijksbekostiging en een
            goede samenwerking met de gemeenten. {swv_kort} heeft de belangrijkste risico’s in kaart gebracht
            en bespreekt deze twee keer per jaar in het bestuur."""),
            TAB(("Risico", "Gevolg", "Beheersmaatregel"),
                ("Lerarentekort", "Scholen kunnen ondersteuning minder goed uitvoeren", "Regionale aanpak met schoolbesturen, zij-instroom, invalpool"),
                ("Groei speciaal onderwijs", "Hogere afdrachten, minder ruimte voor de scholen", "Vroegtijdig signaleren en bespreken in het bestuur"),
                ("Wijziging wetgeving", "Plan moet tussentijds worden aangepast", "Volgen van ontwikkelingen via PO-Raad en Steunpunt"),
                ("Verloop in het bureau", "Kennis gaat verloren", "Vastleggen van werkprocessen, inwerkprogramma")),
            P("""De risico’s zijn niet nieuw. Ook in de vorige planperiode speelden zij een rol. Het verschil is dat
            het lerarentekort inmiddels op vrijwel alle scholen voelbaar is. Dat vraagt om realisme: niet alles
            wat wenselijk is, is haalbaar. Wij kiezen er daarom voor om onze middelen en onze mensen te richten
            op een beperkt aantal speerpunten.""")]


def samenwerking_scholen(swv_kort):
    return [H1("Samenwerking tussen scholen en besturen"),
            P(f"""Passend onderwijs vraagt dat scholen over de grenzen van hun eigen bestuur heen samenwerken.
            Binnen {swv_kort} gebeurt dat op verschillende niveaus. Bestuurders ontmoeten elkaar in het
            bestuurlijk overleg, directeuren in regionale directeurenoverleggen en intern begeleiders en
            ondersteuningscoördinatoren in netwerken. In die netwerken worden ervaringen gedeeld, casussen
            besproken en nieuwe werkwijzen uitgeprobeerd."""),
            P("""Scholen die veel kennis hebben van een bepaald onderwerp, stellen die beschikbaar aan andere
            scholen. Zo organiseren scholen met veel ervaring met meertalige kinderen jaarlijks een open
            ochtend, en kunnen leerkrachten een dag meelopen op een school met een bijzondere aanpak. Wij
            stimuleren dat, omdat wij geloven dat scholen het meest leren van elkaar."""),
            P("""Samenwerking vraagt ook om heldere afspraken over rollen. Het samenwerkingsverband stelt kaders
            en verbindt; de schoolbesturen zijn verantwoordelijk voor de kwaliteit van het onderwijs en de
            ondersteuning op hun scholen. Die rolverdeling is in de vorige planperiode soms onduidelijk
            geweest. In dit plan hebben wij daarom bewust gekozen voor een beperkt aantal afspraken die voor
            iedereen gelden, en voor veel ruimte voor de schoolbesturen om die afspraken zelf in te vullen.""")]


def huisvesting_vervoer(swv_kort, gemeenten):
    return [H1("Huisvesting en leerlingenvervoer"),
            P(f"""Voor een goed functionerend stelsel van passend onderwijs is ook de fysieke omgeving van belang.
            De gemeenten {gemeenten} zijn verantwoordelijk voor de onderwijshuisvesting en het
            leerlingenvervoer. {swv_kort} brengt in het overleg met de gemeenten in welke behoeften scholen en
            voorzieningen hebben, bijvoorbeeld een prikkelarme ruimte, een lift of een extra lokaal voor een
            kleine groep. Bij nieuwbouw en renovatie vragen wij de schoolbesturen om rekening te houden met
            leerlingen die extra ondersteuning nodig hebben."""),
            P("""Het leerlingenvervoer is voor leerlingen in het speciaal onderwijs vaak noodzakelijk, maar ook
            belastend: lange ritten en wisselende chauffeurs maken een schooldag zwaar. Wij vragen de gemeenten
            bij aanbestedingen aandacht te besteden aan vaste chauffeurs en een maximale reistijd. Het
            samenwerkingsverband heeft zelf geen taak in de toekenning van vervoer; die ligt bij de gemeente
            van de woonplaats van de leerling.""")]


# =========================================================================== LABELS
LABELS = {}

LABELS["po-lingeveld-ondersteuningsplan-2024-2028"] = """\
documents: [po-lingeveld-ondersteuningsplan-2024-2028.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: 4.1 defines the agreed minimum for all 58 vestigingen, 4.2 lists nine concrete standaarden, 4.3 audit every two years with verbeterplan."
  plaatsing: "H6: who applies, steps, Commissie Toelaatbaarheid, six weeks (6.1-6.2), sbo and so criteria (6.3), two deskundigen (6.4), duration/categorie and LBT bezwaar (6.5)."
  terugstroom: "Procedure only inside the TLV chapter (6.6: evaluation by 1 Feb of last TLV year, new TLV before 1 April, commission decides, TLV ends 31 July); the beleid (aims, conditions, support after return) is explicitly deferred to the first plan year."
  financien: "H11 only says the money comes from the Rijk and refers to a separately adopted meerjarenbegroting/bijlage 6 that is not part of the input; no verdeelmodel, amounts, reserves or verantwoording. Verdeelmodel/meerjarenbegroting appear only in the begrippenlijst."
  dekkend-aanbod: "H5.1 five-level continuum table with voorzieningen; H5.2 yearly gap analysis with two named lacunes and actions, zorgplicht escalation; H7 thuiszitters; H8 OOGO/jeugdhulp."
  resultaten: "H10 table of beoogde resultaten 2028 with numbers, but how results are measured/monitored/reported is deferred to a monitoringskader; evaluation of previous plan only referred to the jaarverslag."
  ouders: "Hidden under H9 Communicatie: 9.1 ouderpagina, folder in four languages, informatieavonden, schoolgids; 9.2 independent OJSP, Onderwijsconsulenten, Geschillencommissie, klachtenregeling; 9.3 parents in OPR/OT."
"""

LABELS["po-duinrand-ondersteuningsplan"] = """\
documents: [po-duinrand-ondersteuningsplan.docx, po-duinrand-ondersteuningsplan.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Chapter 4 only says the old agreements are outdated and will be herijkt in 2024-2025 (deferral); the only description of what every school offers is in the 'Begrippen en afkortingen' table; trede 1 in H5 is a bare 'de school helpt het kind zelf'."
  plaatsing: "H6 gives the procedure (bestuur applies via Toewijzingsloket, dossier, two deskundigen, directeur decides within eight weeks) but the criteria are deferred to spring 2025 ('bekijkt iedere aanvraag afzonderlijk')."
  terugstroom: "H7 states policy (aim thuisnabij, conditions, one-year terugkeerarrangement with EUR 2.500 budget) but how and when a return is initiated and decided is deferred to a stappenplan in 2025."
  financien: "Under 'Geld en middelen' (H10): EUR 185 per leerling schoolbudget and loket criteria for arrangementen, spending rules and verantwoording before 1 May, meerjarenbegroting table with amounts, weerstandsvermogen."
  dekkend-aanbod: "H5 table of five treden with named voorzieningen; 5.1 yearly witte-vlekkensessie with two gaps and actions, Kindkans-tafel for dreigende thuiszitters; H9 OOGO and jeugdhulp."
  resultaten: "H11 'Kwaliteit en resultaten' only announces a future kwaliteitskader after a nulmeting; no intended results, no monitoring; 'Beoogde resultaten' appears only in the glossary and 'resultaten' in passing in the welcome text."
  ouders: "H8 describes information channels (ouderpagina, folder/animatie, informatieavonden, schoolgids, loket); the ouder- en jeugdsteunpunt is deferred to 2025 and Onderwijsconsulent appears only in the glossary; no bezwaar/klachten route."
"""

LABELS["po-bredestroom-ondersteuningsplan-2024-2028"] = """\
documents: [po-bredestroom-ondersteuningsplan-2024-2028.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "5.1.1 defines the common minimum for every vestiging and 5.1.4 the SOP-scan/verbeterplan, but the content is only the generic four-aspect Referentiekader definition (5.1.2) plus a reference to bijlage 2 'Kaart basisondersteuning', which is not in the document."
  plaatsing: "H6 only states a TLV is needed and refers procedure and criteria to the Handboek Toewijzing on the website; CvT/LBT occur only in the afkortingenlijst. The 'new TLV before 1 April' line in the H7 table is about verlenging instead of return, not the toelaatbaarheid procedure."
  terugstroom: "All content only in the H7 table: uitgangspunt/voorwaarden/overgangsarrangement (beleid), initiatief, evaluatiemoment 1 March of last TLV year, besluit (procedure), plus numbers."
  financien: "11.1 verdeelmodel 70/30 with teldatum and loket criteria; 11.2 meerjarenbegroting table is entirely p.m. and deferred to December 2024; 11.3 reserves."
  dekkend-aanbod: "5.2 table of voorzieningen (continuum); 5.3 quarterly dekkend-netwerk analysis, named gaps with actions, thuiszittersoverleg, zorgplicht; H9 OOGO agenda."
  resultaten: "H2 terugblik with realised figures; 10.1 indicator table with nulmeting and streefwaarden; 10.2 dashboard twice a year, kwaliteitsgesprekken, jaarverslag, tussenevaluatie."
  ouders: "8.3 independent OuderWijzer steunpunt, Onderwijsconsulenten, Geschillencommissie, klachtenregeling; how parents are informed about the aanbod is deferred to a communicatieplan in 2025 (8.2)."
"""

LABELS["vo-veenland-ondersteuningsplan-2024-2028"] = """\
documents: [vo-veenland-ondersteuningsplan-2024-2028.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 table lists concrete voorzieningen (mentoraat, ondersteuningscoordinator, dyslexie, time-out, ...), but schools realise them 'in hoeverre' per SOP and the common minimum for all vestigingen is deferred to 2025."
  plaatsing: "H6: Commissie Toewijzing, steps and terms, vso criteria and categorie, two deskundigen, duration, national lwoo/pro criteria and procedure with dates, bezwaar via LBT."
  terugstroom: "5.4 (heading also in TOC) only refers to a Protocol terug- en overplaatsing on the website. The return from OPDC/rebound to the own school (5.2) and the OPDC terugkeer figure in H9 are not terugplaatsing from vso."
  financien: "H10: per-leerling budget plus vaste voet, lwoo/pro amounts, bestuur decides yearly, verantwoording before 1 June, meerjarenbegroting with amounts, reserve to signaleringswaarde."
  dekkend-aanbod: "5.1-5.3 and the niveau table describe the continuum incl. OPDC/rebound/vso; H8 jeugdhulp/OZA; the dekkend-aanbod analysis and thuiszitters approach are deferred to a 2025 pact (old 2019 pact only referred to)."
  resultaten: "H9 describes the monitor, kwaliteitsgesprekken and reports realised kengetallen, but explicitly sets no intended results ('per jaar in het jaarplan bepaald')."
  ouders: "H7: website overview, brochure 'Extra steun in het vo', ondersteuningscoordinator, info evenings; independent OJSP Veenland, Onderwijsconsulenten, Geschillencommissie; hoorrecht and OPR."
"""

LABELS["po-hoogland-ondersteuningsplan-hoofdlijnen"] = """\
documents: [po-hoogland-ondersteuningsplan-hoofdlijnen.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Section Basisondersteuning: minimum for all 33 schools and locations, nine concrete items, two-yearly kwaliteitsgesprek."
  plaatsing: "Section Toelaatbaarheid lists sbo and so criteria, but application steps, documents and termijnen are only referred to the website page 'TLV aanvragen'."
  terugstroom: "Section Terugplaatsing: aim and condition, yearly OPP-evaluation, melding before 1 April, overdrachtsgesprek within four weeks, decision by receiving school, terugplaatsingsarrangement, evaluations."
  financien: "Meerjarenbegroting table with amounts and weerstandsvermogen, but distribution follows a 2019 verdeelmodel that is only referred to (evaluation in 2025)."
  dekkend-aanbod: "Section Ondersteuningsaanbod only refers to the sociale kaart on the website; no continuum, no gap/thuiszitters handling, OOGO mentioned only as a procedural step. Dekkend aanbod/thuiszitter/zorgplicht appear only in the begrippen table."
  resultaten: "Table of beoogde resultaten with baseline and 2028 targets; Monitor Passend Onderwijs twice a year, discussion with bestuur, jaarverslag by 1 July, tussenevaluatie 2026."
  ouders: "Section Ouders only defers new arrangements on information and independent support; 'Ouders', 'Klachtenregeling' and 'Ouder- en jeugdsteunpunt' occur only in site navigation/footer and the begrippen table; visie mentions ouders in passing."
"""

LABELS["po-regenboog-schoolondersteuningsplan"] = """\
documents: [po-regenboog-schoolondersteuningsplan.pdf]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, groeps- en leerlingbesprekingen, IB-jaarplanning); it refers to the samenwerkingsverband's plan but is not an ondersteuningsplan of a samenwerkingsverband (no planperiode, OPR, OOGO, TLV procedure of its own)."
"""


# =========================================================================== MAIN
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    made = []

    b, name = plan_lingeveld()
    p = OUT / "po-lingeveld-ondersteuningsplan-2024-2028.docx"
    write_docx(b, p, header="Ondersteuningsplan 2024–2028 | SWV PPO Lingeveld",
               footer="Passend onderwijs in Lingeveld – basisondersteuning, toelaatbaarheid, ouders")
    made.append((p, word_count(b)))

    b, name = plan_duinrand()
    p = OUT / "po-duinrand-ondersteuningsplan.docx"
    write_docx(b, p, header="Samen sterk voor elk kind – Ondersteuningsplan 2024–2028",
               footer="SWV Duinrand & Meer · www.swvduinrandenmeer.nl")
    docx_to_pdf(p, OUT / "po-duinrand-ondersteuningsplan.pdf")
    made.append((p, word_count(b)))
    made.append((OUT / "po-duinrand-ondersteuningsplan.pdf", word_count(b)))

    b, name = plan_bredestroom()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "po-bredestroom-ondersteuningsplan-2024-2028.docx"
        write_docx(b, d, header="SWV De Brede Stroom – Ondersteuningsplan 2024-2028 – versie 1.3",
                   footer="Financiën · Toelaatbaarheid · Terugplaatsing · Ouders – zie inhoudsopgave")
        p = OUT / "po-bredestroom-ondersteuningsplan-2024-2028.pdf"
        docx_to_pdf(d, p)
    made.append((p, word_count(b)))

    b, name = plan_veenland()
    p = OUT / "vo-veenland-ondersteuningsplan-2024-2028.docx"
    write_docx(b, p, header="SWV VO Hollands Veenland – Ondersteuningsplan 2024-2028",
               footer="Iedere leerling een passende plek")
    made.append((p, word_count(b)))

    b, name = plan_hoogland()
    p = OUT / "po-hoogland-ondersteuningsplan-hoofdlijnen.html"
    write_html(b, p, title="Ondersteuningsplan 2024-2028 – SWV Kop van het Hoogland",
               header="Home | Over ons | Ouders | Ouder- en jeugdsteunpunt | Scholen | "
                      "Ondersteuningsplan | TLV aanvragen | Klachtenregeling | Contact",
               footer="© Samenwerkingsverband Kop van het Hoogland · Privacyverklaring · "
                      "Klachtenregeling · Ouder- en jeugdsteunpunt · Onderwijsconsulenten")
    made.append((p, word_count(b)))

    b, name = school_regenboog()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "po-regenboog-schoolondersteuningsplan.docx"
        write_docx(b, d, header="IKC De Regenboog – Ondersteuningsplan 2024-2025",
                   footer="Samen leren, samen groeien")
        p = OUT / "po-regenboog-schoolondersteuningsplan.pdf"
        docx_to_pdf(d, p)
    made.append((p, word_count(b)))

    for stem, text in LABELS.items():
        (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")

    for path, n in made:
        print(f"{path.name}: {n} words")


if __name__ == "__main__":
    main()
