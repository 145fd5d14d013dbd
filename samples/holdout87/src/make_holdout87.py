#!/usr/bin/env python3
"""Generate holdout set 87: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (PO and VO) plus one near-miss document (a school-level plan).

Deterministic, no network. Output goes to the folder above this script's folder.
PDF files are rendered from a generated .docx with LibreOffice (soffice --headless).
All organisations, people, schools and figures are fictional.
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)


# ---------------------------------------------------------------- rendering helpers
def _fix_zip(path):
    """Rewrite a docx zip with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = str(path) + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(path, blocks, header=None, footer=None, author="Samenwerkingsverband"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "quote":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            # explicit numbers: Word's shared 'List Number' numbering would not restart per list
            for n, it in enumerate(b[1], 1):
                p = doc.add_paragraph(f"{n}. {it}")
                p.paragraph_format.left_indent = Pt(18)
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
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading(b[1], level=1)
            for entry, page in b[2]:
                doc.add_paragraph(f"{entry}\t{page}")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _fix_zip(path)


def write_pdf(path, blocks, **kw):
    """Render blocks to a temporary .docx and convert it to PDF with LibreOffice."""
    tmpdir = Path(tempfile.mkdtemp(prefix="h87_"))
    try:
        src = tmpdir / (Path(path).stem + ".docx")
        write_docx(src, blocks, **kw)
        profile = (tmpdir / "lo_profile").as_uri()
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmpdir / (Path(path).stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def write_html(path, blocks, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><strong>{e(b[1])}</strong></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(b[1])}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{e(b[1])}</p></blockquote>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            s = ["<table>", "<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead>", "<tbody>"]
            for r in rows[1:]:
                s.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            s.append("</tbody></table>")
            out.append("".join(s))
        elif kind == "toc":
            out.append(f'<nav class="toc"><h2>{e(b[1])}</h2><ul>' +
                       "".join(f"<li>{e(x)}</li>" for x, _ in b[2]) + "</ul></nav>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append(f'<footer><p>{e(footer)}</p></footer>')
    out += ["</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("ul", "ol"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] == "toc":
            n += sum(len(x.split()) for x, _ in b[2])
        elif b[0] != "pagebreak":
            n += len(b[1].split())
    return n

# =====================================================================================
# Plan A - PO, .docx, warm language. "Samen op weg" (SWV PO Linge-Oever)
# =====================================================================================
def plan_a():
    B = []
    B += [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("subtitle", "Samen op weg naar een passende plek voor ieder kind"),
        ("p", "Samenwerkingsverband Passend Primair Onderwijs Linge-Oever (PO 27-09)"),
        ("p", "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 10 maart 2026 en op overeenstemming gericht overleg met de gemeenten op 3 maart 2026."),
        ("pagebreak",),
        ("toc", "Inhoud", [
            ("1. Voorwoord", 3), ("2. Leeswijzer", 4), ("3. Wie zijn wij?", 5), ("4. Onze visie", 6),
            ("5. Wat elke school biedt: de basisondersteuning", 8), ("6. Als uw kind meer nodig heeft", 11),
            ("7. Naar het speciaal (basis)onderwijs: de toelaatbaarheidsverklaring", 14),
            ("8. Terug naar de basisschool: terugplaatsing", 18), ("9. Geen kind tussen wal en schip", 20),
            ("10. Wat willen we bereiken? Resultaten en monitoring", 23), ("11. Communicatie", 26),
            ("12. Geld en middelen", 28), ("13. Samenwerking met gemeenten", 32),
            ("14. Organisatie en medezeggenschap", 34), ("15. Personeel en professionalisering", 36),
            ("16. Planning 2026-2030", 38), ("Begrippenlijst", 40)]),
        ("pagebreak",),
        ("h1", "1. Voorwoord"),
        ("p", "Voor u ligt het nieuwe ondersteuningsplan van ons samenwerkingsverband. Het is ons vierde plan sinds de invoering van passend onderwijs in 2014. Dit keer hebben we het plan bewust anders geschreven: korter, met minder vaktaal en met voorbeelden uit de praktijk. We schrijven voor ouders, voor leerkrachten en intern begeleiders, voor schoolleiders en voor onze partners bij de gemeenten."),
        ("p", "In de afgelopen jaren hebben we veel geleerd. We zagen dat kinderen het meest gebaat zijn bij een school dichtbij huis, met een leerkracht die weet wat hij of zij moet doen en die snel hulp kan inschakelen als het even niet lukt. We zagen ook dat ouders soms de weg kwijtraken in alle loketten, formulieren en afkortingen. Dat moet eenvoudiger. Dit plan is daarom ook een belofte: we maken de route voor kinderen en ouders duidelijker en korter."),
        ("p", "Het plan kwam tot stand in gesprekken met veel mensen: met de ondersteuningsplanraad, met directeuren en intern begeleiders, met ouders tijdens drie ouderavonden, met de leerplichtambtenaren en met de wethouders van onze vijf gemeenten. Iedereen die heeft meegedacht: hartelijk dank. Uw opmerkingen over de middelen, over de resultaten en over de rol van ouders hebben het plan beter gemaakt."),
        ("p", "We wensen u veel leesplezier. Heeft u vragen over dit plan, dan horen we die graag."),
        ("p", "Marieke van Dalfsen, directeur-bestuurder"),
        ("h1", "2. Leeswijzer"),
        ("p", "Dit plan bestaat uit zestien korte hoofdstukken. U hoeft het niet van voor naar achter te lezen. Bent u ouder en wilt u vooral weten wat de school van uw kind moet bieden? Lees dan hoofdstuk 5. Wilt u weten hoe een kind naar een speciale school gaat, of weer terug? Lees dan de hoofdstukken 7 en 8. Zoekt u hulp of informatie? Kijk dan in hoofdstuk 11."),
        ("p", "In kaders vertellen we het verhaal van Daan, een jongen van zeven. Daan bestaat niet echt, maar zijn route is gebaseerd op wat we dagelijks tegenkomen. Achter in het plan vindt u een begrippenlijst met alle afkortingen."),
        ("p", "Waar we 'ouders' schrijven, bedoelen we ook verzorgers en voogden. Waar we 'school' schrijven, bedoelen we iedere vestiging van een school in ons samenwerkingsverband."),
        ("h1", "3. Wie zijn wij?"),
        ("p", "Samenwerkingsverband Linge-Oever is een stichting waarin negen schoolbesturen samenwerken. Samen hebben zij 52 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Vlonder en sbo Het Baken) en drie locaties voor speciaal onderwijs in cluster 3 en 4. Ons gebied beslaat vijf gemeenten langs de rivier. Op 1 oktober 2025 zaten er 11.840 leerlingen op onze scholen."),
        ("table", [
            ["Gegevens per 1 oktober 2025", "Aantal"],
            ["Schoolbesturen", "9"],
            ["Basisscholen (vestigingen)", "52"],
            ["Sbo-scholen", "2"],
            ["So-locaties cluster 3 en 4", "3"],
            ["Leerlingen basisonderwijs", "11.224"],
            ["Leerlingen sbo", "361"],
            ["Leerlingen so (uit ons gebied)", "255"],
        ]),
        ("p", "Het samenwerkingsverband heeft een klein bureau met elf medewerkers: de directeur-bestuurder, een office-manager, vier onderwijsadviseurs, twee orthopedagogen, een beleidsmedewerker, een medewerker financiën en een secretaresse van het Loket. Het bureau zit in het gemeentehuis van Geldermalsen-West, maar de adviseurs zijn vooral op de scholen te vinden."),
        ("p", "Het aantal leerlingen in ons gebied daalt licht. De prognose laat tot 2030 een daling zien van ongeveer 4 procent. Dat heeft gevolgen voor de scholen, voor de formatie en ook voor de middelen die we van het Rijk ontvangen. Tegelijk zien we dat de vraag naar ondersteuning niet kleiner wordt, vooral bij jonge kinderen en bij kinderen met complexe gedragsvragen."),
        ("h1", "4. Onze visie"),
        ("p", "Ieder kind hoort erbij. Dat is de kern van wat we willen. Kinderen leren het best in hun eigen buurt, met vriendjes uit de straat, op een school die bij hen past. Soms is dat de basisschool om de hoek met een beetje extra hulp. Soms is dat een speciale school, voor een tijdje of voor langere tijd. Het gaat er niet om waar een kind zit, maar of het kind zich daar kan ontwikkelen."),
        ("p", "Daarbij gaan we uit van drie principes:"),
        ("ul", [
            "Dichtbij: we organiseren hulp zo dicht mogelijk bij het kind, in de klas en op de eigen school.",
            "Samen: ouders, school en samenwerkingsverband werken als partners; de jeugdhulp van de gemeente sluit aan waar dat nodig is.",
            "Eenvoudig: minder formulieren, snelle beslissingen en één vast aanspreekpunt.",
        ]),
        ("p", "Onze missie is dat ieder kind in ons gebied een ononderbroken ontwikkeling kan doormaken. Daarvoor werken de scholen samen en delen zij hun kennis. Het samenwerkingsverband is daarbij geen loket dat 'ja' of 'nee' zegt, maar een partner die meedenkt. Wij zijn er voor de scholen, en via de scholen voor de kinderen en hun ouders."),
        ("p", "We weten dat deze visie mooie woorden zijn. In de rest van dit plan laten we zien wat ze in de praktijk betekenen."),
    ]
    B += [
        ("h1", "5. Wat elke school biedt: de basisondersteuning"),
        ("p", "Als ouder wilt u weten wat u van de school van uw kind mag verwachten. Daarom hebben de negen besturen samen afgesproken welke ondersteuning iedere school in ons samenwerkingsverband minimaal biedt, op iedere vestiging, zonder dat daar een aanvraag of een toewijzing van het samenwerkingsverband voor nodig is. Dit noemen we de basisondersteuning. Het is een ondergrens: een school mag meer doen, maar nooit minder. Een school die een kind aanneemt, kan niet zeggen dat iets uit deze lijst 'bij ons niet kan'."),
        ("h2", "5.1 Wat mag u van iedere school verwachten?"),
        ("p", "Op iedere school in ons samenwerkingsverband vindt u in elk geval:"),
        ("ul", [
            "Een intern begeleider (IB'er) met een afgeronde opleiding, die minimaal één dag per week per 150 leerlingen beschikbaar is voor overleg met leerkrachten en ouders.",
            "Een ondersteuningsteam dat minstens vier keer per jaar bijeenkomt. Daarin zitten de IB'er, een onderwijsadviseur van het samenwerkingsverband, de schoolmaatschappelijk werker en, als dat nodig is, de jeugdverpleegkundige van de GGD. Ouders zijn bij de bespreking van hun kind altijd welkom.",
            "Een aanpak voor lezen en dyslexie volgens het landelijke Protocol Leesproblemen en Dyslexie, met extra leestijd (minimaal drie keer twintig minuten per week) voor kinderen die dat nodig hebben, en begeleiding bij de aanvraag van vergoed dyslexieonderzoek.",
            "Een aanpak voor rekenproblemen en dyscalculie volgens het protocol ERWD, met hulpmiddelen zoals een tafelkaart of rekenmachine waar dat passend is.",
            "Een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de eigen groep, met een verrijkingsmap of plusopdrachten.",
            "Een veilige school: een anti-pestprogramma, een pestcoördinator en een jaarlijkse meting van de sociale veiligheid.",
            "Een aanpak voor gedrag in de groep, met duidelijke klassenafspraken, en een time-out plek in school waar een kind even tot rust kan komen onder toezicht.",
            "Een protocol medisch handelen, zodat de school weet wat zij wel en niet mag doen bij bijvoorbeeld diabetes of epilepsie.",
            "Handelingsgericht werken: de leerkracht kijkt naar wat een kind nodig heeft, stelt doelen en bespreekt die met ouders. Minstens drie keer per jaar zijn er groepsbesprekingen.",
            "Een ontwikkelingsperspectief (OPP) voor ieder kind dat op een of meer vakken een eigen leerlijn volgt, opgesteld binnen zes weken nadat dit besloten is, en samen met ouders besproken.",
            "Een warme overdracht bij elke overstap: van peuterspeelzaal of kinderopvang naar groep 1, tussen groepen en naar het voortgezet onderwijs.",
        ]),
        ("h2", "5.2 Hoe weten we dat scholen dit ook echt doen?"),
        ("p", "Een afspraak op papier is niet genoeg. Daarom zetten iedere school de basisondersteuning in haar schoolgids, in dezelfde volgorde als de lijst hierboven. Eens in de twee jaar bezoekt een team van een IB'er van een ander bestuur en een onderwijsadviseur van het samenwerkingsverband de school voor een 'basis-op-orde-gesprek'. Zij gebruiken daarvoor een kwaliteitskaart met de elf punten uit paragraaf 5.1. Ontbreekt er iets, dan maakt de school binnen drie maanden een verbeterplan en krijgt zij daarbij hulp van een onderwijsadviseur. Het bestuur van de school is eindverantwoordelijk voor het herstel."),
        ("quote", "Daan (7) zit in groep 4 van basisschool De Regenboog. Hij kan moeilijk stil zitten en raakt snel gefrustreerd bij lezen. Zijn juf bespreekt hem in de groepsbespreking met de IB'er. Samen besluiten ze dat Daan drie keer per week extra leestijd krijgt en dat hij een vaste plek naast de juf krijgt. Zijn ouders worden uitgenodigd voor een gesprek. Dit is allemaal basisondersteuning: er is geen aanvraag bij het samenwerkingsverband nodig."),
        ("h1", "6. Als uw kind meer nodig heeft"),
        ("p", "Soms is de basisondersteuning niet genoeg. Dan kan de school extra ondersteuning inzetten. Die is er in verschillende vormen, van een paar uur extra begeleiding in de klas tot een plek op een speciale school. We noemen dat samen het ondersteuningsaanbod. We beschrijven hier de treden, van licht naar zwaar."),
        ("table", [
            ["Trede", "Wat is het?", "Voorbeelden", "Wie besluit?"],
            ["1. Basisondersteuning", "Wat iedere school biedt (hoofdstuk 5)", "Extra leestijd, OPP, ondersteuningsteam", "De school"],
            ["2. Arrangement op school", "Extra begeleiding of middelen voor één kind of een groepje", "Onderwijsassistent 4 uur per week, ambulante begeleiding, speciaal materiaal", "Loket Linge-Oever, binnen 4 weken"],
            ["3. Bovenschoolse groep", "Een groep waar een kind een of meer dagdelen per week naartoe gaat", "Plusklas De Uitdaging, Taalklas voor nieuwkomers, Kompasgroep voor gedrag", "Loket Linge-Oever"],
            ["4. Speciaal basisonderwijs", "Een kleinere school met meer begeleiding", "Sbo De Vlonder, sbo Het Baken", "Commissie Toelaatbaarheid (hoofdstuk 7)"],
            ["5. Speciaal onderwijs", "School voor kinderen met een verstandelijke of lichamelijke beperking, langdurige ziekte of ernstige gedragsproblemen", "So De Wissel (cluster 4), so Het Palet (cluster 3)", "Commissie Toelaatbaarheid (hoofdstuk 7)"],
        ]),
        ("p", "Tussen de treden zit geen muur. Een kind kan naar de Kompasgroep gaan en daarna weer helemaal op de eigen school meedoen. En een kind dat op het sbo zit, kan een dagdeel per week meedoen op de basisschool in de buurt."),
        ("h2", "6.1 Zo vraagt de school een arrangement aan"),
        ("p", "De school bespreekt het kind eerst in het ondersteuningsteam, met ouders erbij. Als blijkt dat de basisondersteuning niet genoeg is, vult de IB'er samen met ouders het aanvraagformulier in het digitale portaal in. De onderwijsadviseur van de school helpt daarbij. Het Loket beslist binnen vier weken. Een arrangement duurt meestal een schooljaar; daarna wordt het samen geëvalueerd."),
        ("h2", "6.2 Bovenschoolse voorzieningen"),
        ("p", "Plusklas De Uitdaging is bedoeld voor kinderen uit groep 5 tot en met 8 die veel meer aankunnen dan de stof in de klas. Zij gaan een ochtend per week naar de plusklas in Tiel-Noord. De Taalklas vangt nieuwkomers op die nog geen Nederlands spreken; zij gaan er maximaal een jaar vier dagen per week naartoe. De Kompasgroep is voor kinderen uit groep 3 tot en met 6 die door hun gedrag vastlopen in de klas. Zij gaan drie ochtenden per week naar de groep, en de leerkracht van de Kompasgroep komt ook coachen in de eigen klas."),
        ("quote", "Na een half jaar merkt de juf van Daan dat de extra leestijd helpt, maar dat Daan steeds vaker boos wordt en weg loopt. In het ondersteuningsteam wordt afgesproken een arrangement aan te vragen. Daan gaat drie ochtenden per week naar de Kompasgroep. De leerkracht van de Kompasgroep komt ook in zijn eigen klas kijken en geeft de juf tips."),
    ]
    B += [
        ("h1", "7. Naar het speciaal (basis)onderwijs: de toelaatbaarheidsverklaring"),
        ("p", "Soms heeft een kind zoveel ondersteuning nodig dat dit op de basisschool niet lukt, ook niet met een arrangement. Dan kan het sbo of het so een betere plek zijn. Een kind kan daar alleen naartoe als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) afgeeft. In dit hoofdstuk leest u hoe dat gaat."),
        ("h2", "7.1 De stappen"),
        ("ol", [
            "De school bespreekt met u dat zij denkt dat een speciale school beter past. Dit gesprek vindt plaats in het ondersteuningsteam. U kunt iemand meenemen naar dit gesprek.",
            "Het bestuur van de school waar uw kind is ingeschreven dient de aanvraag in bij het Loket van het samenwerkingsverband. Bij de aanvraag horen: het OPP, het verslag van het ondersteuningsteam, een overzicht van wat de school al heeft gedaan en uw zienswijze als ouder. Bent u het niet eens met de aanvraag, dan schrijft u dat in uw zienswijze.",
            "Het Loket kijkt binnen vijf werkdagen of de aanvraag compleet is.",
            "Twee deskundigen geven ieder apart een schriftelijk advies. De eerste is altijd een orthopedagoog of psycholoog. De tweede deskundige kiezen we bij het kind: bijvoorbeeld een kinderarts, een maatschappelijk werker of een kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag.",
            "De Commissie Toelaatbaarheid van het samenwerkingsverband neemt het besluit. De commissie bestaat uit de directeur-bestuurder en twee onderwijsadviseurs.",
            "U en de school ontvangen het besluit binnen zes weken na ontvangst van de complete aanvraag. U krijgt ook een kopie van beide adviezen van de deskundigen.",
        ]),
        ("h2", "7.2 Wanneer is een kind toelaatbaar?"),
        ("p", "De Commissie Toelaatbaarheid kijkt naar de volgende criteria. Alle criteria van de eerste kolom moeten gelden, plus het criterium dat bij de soort school hoort."),
        ("table", [
            ["Voor iedere TLV", "Extra voor sbo", "Extra voor so"],
            ["De school heeft de basisondersteuning volledig ingezet en dat is te zien in het OPP.", "Het kind heeft behoefte aan een kleine groep (maximaal 15 kinderen) en veel structuur gedurende de hele dag.", "Het kind heeft naast onderwijs ook structureel zorg of behandeling nodig die in het sbo niet geboden kan worden."],
            ["Er is minstens een half jaar een arrangement ingezet, of er is aangetoond dat een arrangement niet kan helpen.", "De ontwikkeling op minstens twee gebieden (leren, gedrag, werkhouding, sociaal-emotioneel) stagneert ondanks de inzet van de school.", "Er is sprake van een verstandelijke beperking (cluster 3), een lichamelijke beperking of langdurige ziekte (cluster 3), of ernstige gedrags- of psychiatrische problemen (cluster 4)."],
            ["De ondersteuningsbehoefte is beschreven door het ondersteuningsteam, samen met de ouders.", "Het kind kan met de ondersteuning van het sbo naar verwachting uitstromen naar vmbo, praktijkonderwijs of hoger.", "Het kind heeft een zeer intensieve begeleiding nodig die ook in het sbo niet haalbaar is."],
        ]),
        ("h2", "7.3 Hoe lang geldt een TLV?"),
        ("p", "Een TLV voor het sbo geldt in ons samenwerkingsverband voor twee schooljaren. Een TLV voor het so geldt voor twee of vier schooljaren, afhankelijk van de verwachting in het advies van de deskundigen. Bij een TLV voor het so bepaalt de commissie ook de bekostigingscategorie: laag, midden of hoog. De meeste kinderen krijgen categorie laag; categorie midden geldt vooral voor kinderen met een lichamelijke beperking, categorie hoog voor kinderen met meervoudige beperkingen. Een TLV die in de loop van het schooljaar wordt afgegeven, loopt altijd tot en met 31 juli."),
        ("h2", "7.4 Niet eens met het besluit?"),
        ("p", "Bent u het niet eens met het besluit over de TLV, dan kunt u binnen zes weken bezwaar maken bij het samenwerkingsverband. Wij vragen advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT). Die commissie hoort u en de school en geeft het bestuur een advies. Daarna neemt ons bestuur een nieuw besluit. Wilt u eerst praten? Dan kunt u ook altijd een gesprek aanvragen met de directeur-bestuurder."),
        ("quote", "In groep 5 gaat het steeds minder goed met Daan. Ondanks de Kompasgroep loopt hij vast in de klas en thuis zijn er veel zorgen. Na een gesprek met zijn ouders vraagt het schoolbestuur een TLV aan. Een orthopedagoog en een kinderpsychiater geven elk een advies. Na vijf weken besluit de commissie: Daan krijgt een TLV voor het so, cluster 4, voor twee jaar, categorie laag. Hij gaat na de herfstvakantie naar De Wissel."),
        ("h1", "8. Terug naar de basisschool: terugplaatsing"),
        ("p", "Een plek op het sbo of so hoeft geen eindstation te zijn. Wij vinden dat een kind, als het kan, weer naar een gewone basisschool gaat: het liefst dichtbij huis, zodat het weer bij vriendjes uit de buurt op school zit. Dat gebeurt alleen als het goed is voor het kind en als de basisschool de ondersteuning kan bieden die het kind dan nog nodig heeft. Niet elk kind kan terug, en dat is ook niet erg: een passende plek is belangrijker dan een snelle terugkeer."),
        ("p", "Als een kind teruggaat, staat het er niet alleen voor. De basisschool die het kind ontvangt, krijgt altijd een terugkeerarrangement van het samenwerkingsverband. Dat arrangement duurt maximaal een schooljaar. Een leerkracht van de sbo- of so-school komt in die periode regelmatig langs om de nieuwe leerkracht te begeleiden, en er is budget voor extra handen in de klas. Het kind mag in de eerste weken nog een dag per week op de oude school blijven, zodat de overstap niet te groot is."),
        ("p", "Hoe het gesprek over terugkeer precies verloopt, wie het initiatief neemt, op welke momenten wordt gekeken of terugkeer mogelijk is en wie daarover beslist, leggen we in het schooljaar 2026-2027 samen met de sbo- en so-scholen vast in een stappenplan. Dat stappenplan voegen we daarna toe aan dit ondersteuningsplan."),
        ("p", "In schooljaar 2024-2025 gingen elf kinderen vanuit het sbo en drie kinderen vanuit het so terug naar een basisschool in ons gebied."),
    ]
    B += [
        ("h1", "9. Geen kind tussen wal en schip"),
        ("p", "Ieder kind in ons gebied heeft recht op onderwijs. Toch zijn er kinderen die thuis zitten, of die op een wachtlijst staan voor een plek die bij hen past. Dat willen we voorkomen. In dit hoofdstuk leest u hoe we ontbrekende plekken opsporen en wat we doen als een kind geen passende plek heeft."),
        ("h2", "9.1 Zorgplicht: niemand hoeft zelf te zoeken"),
        ("p", "Als u uw kind aanmeldt bij een school, heeft die school zorgplicht. Dat betekent dat de school binnen zes weken (en eventueel vier weken extra) een passende plek moet bieden: op de eigen school of op een andere school die het kind wil toelaten. Lukt dat niet, dan meldt de school dit bij het Loket. Een onderwijsadviseur zoekt dan samen met de scholen en met u naar een plek. U hoeft dat niet zelf te regelen."),
        ("h2", "9.2 Thuiszitters"),
        ("p", "Elke maand komen de leerplichtambtenaren, de onderwijsadviseurs en een medewerker van het jeugdteam bij elkaar aan de Thuiszitterstafel. Zij bespreken ieder kind dat langer dan vier weken niet of nauwelijks naar school gaat. Voor elk kind is er binnen twee weken een plan met een eigenaar. Als een plan vastloopt, heeft de directeur-bestuurder doorzettingsmacht: zij kan een school, een bestuur of een zorgaanbieder vragen om een plek of een voorziening te bieden, en kan daar geld van het samenwerkingsverband voor inzetten."),
        ("table", [
            ["Thuiszitters (peildatum 1 oktober)", "2023", "2024", "2025"],
            ["Langer dan 4 weken thuis", "14", "11", "9"],
            ["Langer dan 3 maanden thuis", "5", "4", "3"],
            ["Vrijstelling 5a (geen onderwijs)", "12", "12", "10"],
        ]),
        ("h2", "9.3 Waar ontbreekt nog iets?"),
        ("p", "Eens per jaar maken we een 'kaart van het aanbod'. We zetten daarin alle plekken, groepen en arrangementen op een rij, en we kijken naar de wachtlijsten en de aanvragen die we niet konden honoreren. Zo zien we waar het aanbod niet dekkend is. In 2025 zagen we twee witte vlekken:"),
        ("ul", [
            "Er zijn te weinig plekken voor jonge kinderen (4 tot 6 jaar) met een grote ontwikkelingsachterstand. Actie: met so Het Palet en kinderdagcentrum De Kikker starten we per 1 augustus 2027 een onderwijs-zorggroep voor twaalf kinderen.",
            "Kinderen die hoogbegaafd zijn en daarnaast autisme hebben, vinden moeilijk een plek. Actie: in 2026 onderzoeken twee scholen met een plusklas een voltijdse HB-groep, met een besluit in het bestuur uiterlijk december 2026.",
        ]),
        ("p", "De kaart van het aanbod bespreken we elk jaar met de ondersteuningsplanraad en met de gemeenten in het OOGO."),
        ("h1", "10. Wat willen we bereiken? Resultaten en monitoring"),
        ("p", "We willen dat kinderen met een ondersteuningsbehoefte merken dat het beter gaat. Daarom hebben we voor deze planperiode vier doelen gekozen. Bij elk doel staat wat we in 2030 willen hebben bereikt."),
        ("table", [
            ["Doel", "Wat willen we in 2030 bereiken?"],
            ["1. Minder thuiszitters", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod."],
            ["2. Thuisnabij onderwijs", "Het percentage kinderen in sbo en so blijft onder het landelijk gemiddelde; we streven naar maximaal 2,9% voor sbo en 1,6% voor so."],
            ["3. Basis op orde", "Alle 52 scholen voldoen bij het basis-op-orde-gesprek aan alle elf punten van de basisondersteuning."],
            ["4. Snelle hulp", "Een aanvraag voor een arrangement is binnen vier weken beslist; een TLV binnen zes weken."],
        ]),
        ("p", "Hoe en wanneer we meten of we deze doelen halen, welke gegevens we daarvoor gebruiken en hoe we daarover rapporteren, werken we in de loop van 2026 samen met de ondersteuningsplanraad en de directeuren uit in een monitoringsplan. Tot dat plan er is, houden we de doelen in het oog in het gewone overleg met de besturen."),
        ("p", "Terugkijkend op de vorige planperiode zijn we trots op wat er is gebeurd. De samenwerking tussen scholen is sterker geworden, en veel leerkrachten voelen zich beter toegerust. Tegelijk weten we dat er nog veel te doen is."),
    ]
    B += [
        ("h1", "11. Communicatie"),
        ("p", "Goede informatie is de helft van het werk. Ouders en leerkrachten moeten snel kunnen vinden wat er is en bij wie ze terecht kunnen. In dit hoofdstuk leest u hoe we dat doen."),
        ("h2", "11.1 Zo houden we u op de hoogte"),
        ("ul", [
            "Op onze website staat een aparte ouderpagina met uitleg over basisondersteuning, arrangementen, de TLV en terugkeer, en met de verhalen van kinderen zoals Daan.",
            "Iedere school zet de basisondersteuning en het extra aanbod in haar schoolgids. In de schoolgids staat ook de naam van de IB'er en het telefoonnummer van het Loket.",
            "De ouderfolder 'Wat mag ik van school verwachten?' ligt op iedere school en is er in het Nederlands, Engels, Arabisch, Pools en Turks.",
            "Twee keer per jaar houden we een informatieavond voor ouders, een in het voorjaar en een in het najaar, op wisselende plekken in ons gebied.",
            "Het Loket heeft elke dinsdag en donderdag van 9.00 tot 12.00 uur een telefonisch spreekuur voor ouders.",
            "Bij elke aanvraag voor een arrangement of TLV krijgt u een brief in eenvoudige taal waarin staat wat er gaat gebeuren en wanneer.",
        ]),
        ("h2", "11.2 Onafhankelijke hulp voor ouders"),
        ("p", "Soms wilt u praten met iemand die niet van de school of van het samenwerkingsverband is. Dat kan bij het Ouder- en Jeugdsteunpunt Linge-Oever. Het steunpunt is onafhankelijk: de medewerkers werken niet voor een school of een schoolbestuur en kiezen alleen de kant van het kind. Zij helpen u bij vragen, gaan mee naar gesprekken en kunnen bemiddelen bij een conflict. Het steunpunt is bereikbaar via de website, via 0345-000000 en via een inloopspreekuur in de bibliotheek van Culemborg-Oost op woensdagmiddag."),
        ("p", "Daarnaast kunt u terecht bij de Onderwijsconsulenten. Dat is een landelijke, gratis en onafhankelijke organisatie die ouders helpt als er geen passende plek is of als het overleg met school vastloopt. Heeft u een klacht over het samenwerkingsverband, dan kunt u die indienen volgens onze klachtenregeling, die op de website staat. Bij een geschil over toelating, verwijdering of het OPP kunt u terecht bij de Geschillencommissie passend onderwijs."),
        ("h2", "11.3 Leerkrachten en scholen"),
        ("p", "Voor leerkrachten en IB'ers verschijnt zes keer per jaar een nieuwsbrief. Daarin staan nieuwe arrangementen, scholingen en tips. IB'ers ontmoeten elkaar vier keer per jaar in het IB-netwerk."),
        ("h1", "12. Geld en middelen"),
        ("p", "Het samenwerkingsverband krijgt geld van het Rijk voor lichte en zware ondersteuning. In 2026 gaat het om ongeveer 12,6 miljoen euro. Een groot deel daarvan gaat direct naar het sbo en so: dat geld houdt DUO in en betaalt het rechtstreeks aan die scholen. Wat overblijft, verdelen we volgens vaste regels. In dit hoofdstuk leest u hoe."),
        ("h2", "12.1 Hoe verdelen we het geld?"),
        ("p", "We verdelen het geld dat overblijft na de afdrachten volgens drie potjes. Het bestuur stelt de bedragen elk jaar vast in de begroting, na advies van het directeurenoverleg."),
        ("table", [
            ["Potje", "Hoe wordt het verdeeld?", "Waarvoor?"],
            ["Schoolbudget", "105 euro per leerling, op basis van het aantal leerlingen op 1 oktober van het jaar ervoor, naar het schoolbestuur.", "Versterken van de basisondersteuning: IB-uren, scholing, onderwijsassistentie."],
            ["Arrangementen", "Op aanvraag via het Loket, volgens de criteria in hoofdstuk 6. Een arrangement is maximaal 12.000 euro per kind per jaar.", "Extra ondersteuning voor een kind of groepje."],
            ["Bovenschoolse voorzieningen", "Vast budget per voorziening, bepaald op basis van het aantal plekken.", "Plusklas, Taalklas, Kompasgroep, Thuiszitterstafel."],
        ]),
        ("p", "Besturen leggen elk jaar in hun jaarverslag uit hoe zij het schoolbudget hebben besteed. Het samenwerkingsverband stelt daarvoor een vast format beschikbaar met vijf vragen."),
        ("h2", "12.2 De meerjarenbegroting"),
        ("table", [
            ["Bedragen in euro's", "2026", "2027", "2028", "2029"],
            ["Inkomsten Rijk (lichte en zware ondersteuning)", "12.610.000", "12.480.000", "12.350.000", "12.220.000"],
            ["Afdracht sbo en so (via DUO)", "7.020.000", "6.950.000", "6.890.000", "6.820.000"],
            ["Schoolbudget (105 euro per leerling)", "1.179.000", "1.162.000", "1.146.000", "1.131.000"],
            ["Arrangementen", "1.850.000", "1.850.000", "1.820.000", "1.800.000"],
            ["Bovenschoolse voorzieningen", "1.310.000", "1.340.000", "1.360.000", "1.380.000"],
            ["Onderwijs-zorggroep jonge kind (vanaf 2027)", "0", "210.000", "250.000", "250.000"],
            ["Bureau, Loket en deskundigen", "980.000", "990.000", "1.000.000", "1.010.000"],
            ["Resultaat", "271.000", "-22.000", "-116.000", "-171.000"],
        ]),
        ("p", "De reserve van het samenwerkingsverband was eind 2025 ongeveer 2,1 miljoen euro. Dat is meer dan we nodig hebben om risico's op te vangen. Daarom begroten we vanaf 2027 bewust een tekort, zodat het geld terecht komt bij de kinderen. We houden minimaal een weerstandsvermogen van 5 procent van de inkomsten aan."),
        ("p", "Let op: ouders betalen nooit mee aan de ondersteuning. Een vrijwillige ouderbijdrage van de school staat hier los van."),
    ]
    B += [
        ("h1", "13. Samenwerking met gemeenten"),
        ("p", "Onderwijs en jeugdhulp horen bij elkaar. Een kind dat thuis veel meemaakt, leert minder goed op school. Daarom werken we nauw samen met de vijf gemeenten in ons gebied. Over dit ondersteuningsplan hebben we op 3 maart 2026 op overeenstemming gericht overleg gevoerd met de wethouders. De gemeenten hebben op hun beurt hun jeugdbeleid met ons besproken."),
        ("p", "We hebben afspraken gemaakt over:"),
        ("ul", [
            "Schoolmaatschappelijk werk op iedere school, betaald door de gemeente.",
            "Een vast contactpersoon van het jeugdteam voor iedere school.",
            "Zorg in onderwijstijd: als een kind onder schooltijd therapie nodig heeft, regelen school, ouders en gemeente dat samen.",
            "Leerlingenvervoer: de gemeenten zorgen voor vervoer naar sbo en so volgens hun verordening.",
            "Onderwijshuisvesting voor de bovenschoolse voorzieningen.",
        ]),
        ("p", "Het OOGO vindt twee keer per jaar plaats. Als we het niet eens worden, volgen we de geschillenregeling die we in 2022 met de gemeenten hebben afgesproken."),
        ("h1", "14. Organisatie en medezeggenschap"),
        ("p", "Samenwerkingsverband Linge-Oever is een stichting. De directeur-bestuurder is het bestuur en legt verantwoording af aan de Raad van Toezicht. In de Raad van Toezicht zitten vijf leden: drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, van wie een de voorzitter is. Het directeurenoverleg adviseert over het beleid."),
        ("p", "De ondersteuningsplanraad (OPR) heeft twaalf leden: zes ouders en zes medewerkers van scholen, gekozen uit de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit ondersteuningsplan en adviesrecht op de begroting. De OPR vergadert zes keer per jaar. Ouders in de OPR kunnen signalen van andere ouders inbrengen; zij zijn via de website bereikbaar."),
        ("p", "Het samenwerkingsverband heeft ook een eigen medezeggenschapsraad voor het personeel van het bureau."),
        ("h2", "14.1 Privacy"),
        ("p", "Bij aanvragen voor arrangementen en TLV's werken we met gevoelige gegevens. We volgen de AVG en ons privacyreglement. Gegevens van een aanvraag bewaren we tot drie jaar na het besluit. Alleen medewerkers die de gegevens nodig hebben voor hun werk, hebben toegang."),
        ("h1", "15. Personeel en professionalisering"),
        ("p", "Goede ondersteuning staat of valt met goede mensen. Het lerarentekort raakt ook ons gebied: in 2025 stonden op negen scholen onbevoegde invallers voor de klas. We zien dat leerkrachten soms handelingsverlegen zijn bij gedrag en bij kinderen met een taalachterstand. Daarom investeren we in scholing."),
        ("ul", [
            "Alle nieuwe leerkrachten volgen in hun eerste jaar de training 'Gedrag in de klas'.",
            "IB'ers krijgen twee studiedagen per jaar van het samenwerkingsverband.",
            "We bieden een leergang 'Omgaan met verschillen' aan voor teams die dat willen.",
            "De onderwijsadviseurs en orthopedagogen houden hun registratie bij.",
        ]),
        ("p", "Ook ICT speelt een rol. Het digitale portaal voor aanvragen wordt in 2026 vernieuwd, zodat ouders zelf kunnen zien hoe ver de aanvraag is. We kiezen daarbij voor een systeem dat voldoet aan de eisen van de AVG."),
        ("h1", "16. Planning 2026-2030"),
        ("table", [
            ["Wanneer", "Wat"],
            ["Voorjaar 2026", "Vernieuwd digitaal portaal in gebruik"],
            ["Najaar 2026", "Monitoringsplan resultaten gereed en besproken met OPR"],
            ["Schooljaar 2026-2027", "Stappenplan terugplaatsing samen met sbo en so opgesteld"],
            ["December 2026", "Besluit over voltijdse HB-groep"],
            ["1 augustus 2027", "Start onderwijs-zorggroep jonge kind"],
            ["2028", "Tussenevaluatie ondersteuningsplan met OPR en gemeenten"],
            ["Voor 1 mei 2030", "Nieuw ondersteuningsplan naar de inspectie"],
        ]),
        ("h1", "Begrippenlijst"),
        ("table", [
            ["Begrip", "Betekenis"],
            ["Arrangement", "Extra ondersteuning voor een kind, toegekend door het Loket."],
            ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband minimaal biedt."],
            ["IB'er", "Intern begeleider: coördineert de ondersteuning op school."],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
            ["OJSP", "Ouder- en Jeugdsteunpunt: onafhankelijke hulp voor ouders en kinderen."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectief: plan met doelen voor een kind met een eigen leerlijn."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Sbo", "Speciaal basisonderwijs."],
            ["So", "Speciaal onderwijs (cluster 3 en 4)."],
            ["Terugplaatsing", "Terugkeer van een kind uit sbo of so naar een basisschool."],
            ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ]),
    ]
    return B

# =====================================================================================
# Plan B - PO, .pdf (from .docx), warm language. SWV Kust en Polder
# =====================================================================================
def plan_b():
    B = []
    B += [
        ("title", "Ondersteuningsplan Kust en Polder 2025-2029"),
        ("subtitle", "Elk kind een goede plek"),
        ("p", "Stichting Samenwerkingsverband Passend Onderwijs Kust en Polder (PO 30-02)"),
        ("p", "Versie voor instemming OPR, definitief vastgesteld door het algemeen bestuur op 15 april 2025."),
        ("pagebreak",),
        ("toc", "Inhoudsopgave", [
            ("Voorwoord", 3), ("1 Over ons", 4), ("2 Waar we voor staan", 6), ("3 De basis op school", 8),
            ("4 Extra ondersteuning: ons aanbod", 11), ("5 De toelaatbaarheidsverklaring", 14),
            ("6 Thuiszitters en een dekkend aanbod", 19), ("7 Ouders: samen met de school", 22),
            ("8 Financiën", 25), ("9 Gemeenten en jeugdhulp", 28), ("10 Organisatie en bestuur", 30),
            ("11 Medewerkers en kennisdeling", 32), ("12 Hoe we verder gaan", 34),
            ("Bijlage 1 Begrippen en afkortingen", 36), ("Bijlage 2 Standaarden basisondersteuning", 38),
            ("Bijlage 3 Kwaliteitskaart en resultaten", 42), ("Bijlage 4 Meerjarenbegroting 2025-2029", 45)]),
        ("pagebreak",),
        ("h1", "Voorwoord"),
        ("p", "Beste lezer,"),
        ("p", "Wat fijn dat u dit plan openslaat. Misschien bent u ouder van een kind dat wat meer nodig heeft. Misschien bent u leerkracht, intern begeleider of directeur, of lid van de ondersteuningsplanraad. Voor u allemaal hebben we dit plan geschreven. We hebben geprobeerd het zo te schrijven dat u het in één avond kunt lezen."),
        ("p", "De afgelopen vier jaar waren bijzondere jaren. De naweeën van de coronaperiode waren op veel scholen nog merkbaar. Er kwamen kinderen uit Oekraïne naar onze dorpen. Het lerarentekort maakte het soms lastig om in elke klas een vaste juf of meester te hebben. Toch hebben de scholen in onze regio laten zien dat ze er samen voor gaan."),
        ("p", "In dit nieuwe plan kiezen we voor rust en duidelijkheid. We gaan niet alles anders doen. We maken wel een paar dingen eenvoudiger, vooral de weg naar een speciale school en de weg terug. En we willen ouders beter betrekken. Daarover leest u meer in de hoofdstukken 5 en 7."),
        ("p", "Veel dank aan iedereen die heeft meegedacht. Met hartelijke groet, namens het bestuur,"),
        ("p", "Jan-Willem Roodenburg, directeur"),
        ("h1", "1 Over ons"),
        ("p", "Kust en Polder is het samenwerkingsverband voor primair onderwijs in zes gemeenten aan de kust en in de polder. We zijn een stichting. Zeven schoolbesturen werken bij ons samen. Zij hebben samen 41 basisscholen, één school voor speciaal basisonderwijs (sbo De Duinroos, met twee locaties) en één school voor speciaal onderwijs (so De Branding, cluster 4). Kinderen met een verstandelijke of lichamelijke beperking gaan naar so-scholen in de buurregio's, waarmee we afspraken hebben."),
        ("p", "Op onze scholen zitten ongeveer 8.600 kinderen. De kleinste school heeft 38 leerlingen, de grootste bijna 500. Veel scholen staan in kleine dorpen. Dat betekent dat een school soms de enige voorziening in het dorp is, en dat afstanden naar een speciale school groot kunnen zijn. We houden daar in ons beleid rekening mee."),
        ("p", "Ons bureau is klein. Er werken een directeur, een secretaris van de Commissie Toewijzing, drie consulenten passend onderwijs, een orthopedagoog-generalist en twee administratieve medewerkers. De consulenten hebben elk een vast groepje scholen. Zo weet iedere school bij wie zij terecht kan."),
        ("h1", "2 Waar we voor staan"),
        ("p", "We geloven dat ieder kind zich wil ontwikkelen. Soms gaat dat vanzelf, soms heeft een kind daar hulp bij nodig. Onze taak is ervoor te zorgen dat die hulp er is, op de goede plek en op het goede moment. Dat doen we niet alleen: we doen het samen met ouders, met de scholen en met de gemeenten."),
        ("p", "Onze kernwoorden zijn:"),
        ("ul", [
            "Nabij: een kind gaat bij voorkeur naar school in het eigen dorp of de eigen wijk.",
            "Vertrouwen: we vertrouwen op de deskundigheid van leerkrachten en op de kennis die ouders van hun kind hebben.",
            "Eenvoud: we houden de regels zo simpel als mogelijk is.",
            "Samen: geen school staat er alleen voor.",
        ]),
        ("p", "Passend onderwijs is nooit af. Elk jaar komen er nieuwe vragen bij. Dat maakt ons werk uitdagend en mooi. In dit plan leest u hoe we de komende vier jaar met die vragen omgaan."),
        ("h1", "3 De basis op school"),
        ("p", "Alle scholen in ons samenwerkingsverband hebben samen afgesproken wat 'de basis' is. De basisondersteuning is de ondergrens die elke school, op elke locatie, waarmaakt voor ieder kind, zonder dat daar extra geld of een aanvraag voor nodig is. Zo weet u als ouder: het maakt niet uit of uw kind in het ene of het andere dorp op school zit, deze basis is er overal. Een school kan meer bieden dan de basis, maar nooit minder."),
        ("p", "We gebruiken voor de basisondersteuning de vier onderdelen die in het hele land worden gebruikt:"),
        ("ol", [
            "Basiskwaliteit: de school voldoet aan de eisen die de inspectie stelt.",
            "Preventieve en licht curatieve interventies: de school kan problemen vroeg signaleren en er iets aan doen.",
            "De onderwijsondersteuningsstructuur: de school heeft de ondersteuning goed georganiseerd.",
            "Planmatig werken: de school werkt doelgericht en in samenhang.",
        ]),
        ("p", "Welke voorzieningen dat op de school van uw kind precies betekent, staat in de Standaarden basisondersteuning (bijlage 2) en in de schoolgids van de school. De standaarden zijn in 2024 door de intern begeleiders van alle scholen samen opgesteld."),
        ("p", "In 2027 bekijken we samen met de besturen of onze afspraken over de basis nog passen bij de landelijke norm voor basisondersteuning die de minister heeft aangekondigd."),
        ("quote", "Lotte zit in groep 6 in Zandvoort-Dorp. Ze heeft veel moeite met rekenen. Haar juf merkt het bij de toetsen en in de klas. Ze bespreekt het met de intern begeleider en met Lottes ouders. Samen kijken ze wat Lotte nodig heeft. Dat is het begin van iedere route."),
        ("h1", "4 Extra ondersteuning: ons aanbod"),
        ("p", "Als de basis niet genoeg is, kan de school extra ondersteuning vragen. We hebben een aanbod dat loopt van licht naar intensief. Zo is er bijna altijd iets dat past, dichtbij huis."),
        ("h2", "4.1 Op de eigen school"),
        ("p", "De consulent passend onderwijs denkt mee in het ondersteuningsteam van de school. Samen met de leerkracht, de intern begeleider en de ouders zoekt de consulent naar wat werkt. Vaak is dat advies voor de leerkracht, een observatie in de klas of een kort traject. Als er meer nodig is, kan de school een arrangement aanvragen: bijvoorbeeld een onderwijsassistent voor een aantal uren per week, begeleiding door een specialist van sbo De Duinroos of so De Branding (ambulante begeleiding), of aangepast materiaal."),
        ("h2", "4.2 Groepen buiten de eigen school"),
        ("ul", [
            "De Plusklas: voor kinderen die meer- of hoogbegaafd zijn. Eén ochtend per week, op drie plaatsen in de regio.",
            "De Taalbrug: voor nieuwkomers die nog geen Nederlands spreken. Een jaar lang vier dagen per week, daarna begeleiding in de eigen school.",
            "De Observatiegroep bij sbo De Duinroos: voor jonge kinderen (4 tot 7 jaar) bij wie nog niet duidelijk is wat ze nodig hebben. Maximaal twaalf weken.",
            "Het Kustlab: een onderwijs-zorggroep voor kinderen die naast onderwijs dagelijkse jeugdhulp nodig hebben, samen met zorgaanbieder Zeezicht.",
        ]),
        ("h2", "4.3 Speciaal basisonderwijs en speciaal onderwijs"),
        ("p", "Sbo De Duinroos heeft kleine groepen van ongeveer vijftien kinderen en veel specialistische kennis, bijvoorbeeld over leerproblemen en gedrag. So De Branding is er voor kinderen met ernstige gedragsproblemen of psychiatrische problemen (cluster 4). Voor kinderen met een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte werken we samen met de so-scholen van cluster 3 in de buurregio's. Voor kinderen die slecht zien of slecht horen of een taalontwikkelingsstoornis hebben (cluster 1 en 2) zijn landelijke instellingen verantwoordelijk."),
        ("table", [
            ["Aanbod", "Voor wie", "Hoe aan te vragen"],
            ["Consulent in ondersteuningsteam", "Alle scholen", "Via de intern begeleider"],
            ["Arrangement op school", "Kind met extra behoefte", "Aanvraag bij Commissie Toewijzing"],
            ["Plusklas, Taalbrug", "Zie 4.2", "Aanmelding via de school"],
            ["Observatiegroep, Kustlab", "Zie 4.2", "Aanvraag bij Commissie Toewijzing"],
            ["Sbo, so", "Zie hoofdstuk 5", "Toelaatbaarheidsverklaring"],
        ]),
    ]
    B += [
        ("h1", "5 De toelaatbaarheidsverklaring"),
        ("p", "Soms past een speciale school beter bij een kind. Om naar sbo De Duinroos of naar een so-school te kunnen gaan, heeft een kind een toelaatbaarheidsverklaring (TLV) nodig van het samenwerkingsverband. In dit hoofdstuk leest u hoe de aanvraag werkt, hoe lang een TLV geldt en wat er daarna gebeurt."),
        ("h2", "5.1 Wie vraagt aan?"),
        ("p", "Het bestuur van de school waar uw kind op zit, vraagt de TLV aan. Zit uw kind nog niet op school, bijvoorbeeld omdat het drie jaar is en naar een kinderdagcentrum gaat, dan vraagt de school aan waar u uw kind heeft aangemeld. U als ouder kunt de aanvraag niet zelf indienen, maar u wordt er altijd bij betrokken."),
        ("h2", "5.2 Stap voor stap"),
        ("ol", [
            "Gesprek: de school, u en de consulent bespreken samen wat uw kind nodig heeft en waarom de school denkt aan een speciale school. Uw mening wordt opgeschreven.",
            "Dossier: de school maakt het dossier compleet. Daarin zitten het ontwikkelingsperspectief (OPP), de verslagen van het ondersteuningsteam, de inzet van de afgelopen periode en uw zienswijze.",
            "Aanvraag: de school stuurt het dossier digitaal naar de Commissie Toewijzing.",
            "Advies: een orthopedagoog of psycholoog en een tweede deskundige, bijvoorbeeld een jeugdarts of een maatschappelijk werker, bekijken het dossier. Zij geven ieder een eigen schriftelijk advies. Soms willen ze uw kind zien of u spreken.",
            "Besluit: de Commissie Toewijzing neemt binnen vijf weken na de complete aanvraag een besluit. U ontvangt het besluit per post en per mail, samen met de adviezen van de deskundigen.",
            "Aanmelding: met de TLV meldt u uw kind aan bij de speciale school.",
        ]),
        ("p", "Welke criteria de Commissie Toewijzing hanteert om te bepalen of een kind toelaatbaar is tot het sbo of so, leest u in de Handreiking Toewijzing op onze website. Die handreiking wordt elk jaar bijgewerkt."),
        ("h2", "5.3 Spoed"),
        ("p", "Soms kan een kind niet wachten, bijvoorbeeld als het door een crisis niet meer naar school kan. Dan kan de consulent een spoedaanvraag doen. De Commissie Toewijzing besluit dan binnen tien werkdagen over een tijdelijke TLV van maximaal drie maanden. In die tijd wordt de gewone procedure doorlopen."),
        ("h2", "5.4 Hoe lang geldt een TLV en wat gebeurt er daarna?"),
        ("p", "Een TLV voor het sbo geldt voor twee schooljaren. Een TLV voor het so geldt voor twee schooljaren, en bij kinderen met een blijvende beperking tot het einde van de basisschoolperiode. Bij een so-TLV staat ook de bekostigingscategorie (laag, midden of hoog) vermeld."),
        ("p", "Wij vinden dat een speciale school een tussenstap kan zijn. Als uw kind zich goed ontwikkelt, gaan we er samen voor dat het weer naar een gewone basisschool kan, het liefst in het eigen dorp. Dat doen we wel alleen als dat goed is voor uw kind: er moet een basisschool zijn die de ondersteuning kan bieden, en uw kind moet er zelf aan toe zijn. Blijkt terugkeer niet verstandig, dan blijft uw kind op de speciale school en vraagt de school een nieuwe TLV aan."),
        ("p", "Zo gaat het in de praktijk:"),
        ("ul", [
            "Ieder jaar bespreekt de sbo- of so-school in het OPP-gesprek met u of terugkeer naar de basisschool een mogelijkheid is.",
            "In het laatste jaar van de TLV doet de speciale school dat uiterlijk in februari. De school nodigt dan ook de consulent en, als u dat wilt, de basisschool van uw voorkeur uit.",
            "Vindt iedereen dat terugkeer kan, dan meldt de speciale school dit bij de Commissie Toewijzing. De commissie besluit over het terugkeerarrangement.",
            "Uw kind begint met een proefperiode van zes weken, waarin het een paar dagen per week naar de nieuwe school gaat.",
            "Na de proefperiode is er een evaluatiegesprek. Gaat het goed, dan stapt uw kind helemaal over.",
            "Het eerste jaar na de terugkeer komt een begeleider van De Duinroos of De Branding regelmatig langs om de leerkracht en uw kind te ondersteunen. Het samenwerkingsverband betaalt deze begeleiding.",
        ]),
        ("p", "Wordt u het niet eens met de speciale school over terugkeer, dan kunt u de consulent vragen een extra gesprek te organiseren."),
        ("quote", "Lotte kreeg in groep 6 een TLV voor sbo De Duinroos. In groep 7 gaat het steeds beter. In februari van dat jaar bespreken de sbo-school, haar ouders en de consulent of Lotte terug kan. Haar oude school in Zandvoort-Dorp wil haar graag weer ontvangen. Na een proefperiode van zes weken gaat Lotte na de meivakantie terug. De begeleider van De Duinroos komt elke twee weken langs."),
        ("h1", "6 Thuiszitters en een dekkend aanbod"),
        ("p", "Iedere school heeft zorgplicht. Wordt een kind aangemeld dat extra ondersteuning nodig heeft, dan moet de school zorgen voor een passende plek: op de eigen school of op een andere school. Samen zorgen de scholen er zo voor dat ieder kind een plek heeft."),
        ("p", "Toch gaat het soms mis. Er zijn kinderen die thuiszitten, kinderen die op een wachtlijst staan en kinderen voor wie we geen goede plek kunnen vinden. Daar hebben we de volgende aanpak voor:"),
        ("ul", [
            "Iedere school meldt een kind dat langer dan twee weken niet naar school gaat bij de leerplichtambtenaar en bij de consulent.",
            "Een keer per maand bespreken de consulenten en de leerplichtambtenaren samen alle kinderen die thuiszitten. Voor ieder kind is er een eigenaar en een plan met een datum.",
            "Lukt het niet om binnen drie maanden een plek te vinden, dan komt het kind op tafel bij het Doorbraakoverleg. Daarin zitten de directeur van het samenwerkingsverband, een bestuurder van de school en een beleidsmedewerker van de gemeente. Zij kunnen afwijken van de gewone regels.",
            "Elk voorjaar verzamelen we alle kinderen voor wie het moeilijk was een plek te vinden. Samen met de besturen kijken we wat er in ons aanbod ontbreekt. Zo is in 2023 het Kustlab ontstaan. In deze planperiode onderzoeken we of er een tweede observatiegroep nodig is in het noorden van onze regio.",
        ]),
        ("p", "Ook de overstap naar het voortgezet onderwijs hoort bij een doorgaande lijn. Met het VO-samenwerkingsverband hebben we afgesproken dat de basisschool van ieder kind met extra ondersteuning een warme overdracht doet."),
    ]
    B += [
        ("h1", "7 Ouders: samen met de school"),
        ("p", "U kent uw kind het best. Daarom bent u de belangrijkste partner van de school. Wij vinden het belangrijk dat u weet wat er mogelijk is, en dat u meepraat over de ondersteuning van uw kind."),
        ("h2", "7.1 Hoe u informatie krijgt"),
        ("ul", [
            "Op onze website vindt u een ouderpagina met uitleg over de basis, het extra aanbod, de TLV en de weg terug naar de basisschool. U vindt er ook filmpjes waarin ouders vertellen over hun ervaringen.",
            "In de schoolgids van iedere school staat welke ondersteuning de school biedt en wie de intern begeleider is.",
            "Ieder najaar houden we een informatieavond voor ouders, in een van de dorpen. Onderwerpen zijn bijvoorbeeld dyslexie, hoogbegaafdheid of de overstap naar het voortgezet onderwijs.",
            "Bij ieder gesprek over een arrangement of TLV krijgt u de folder 'Wat gebeurt er nu?'.",
        ]),
        ("h2", "7.2 Als u vragen heeft"),
        ("p", "Heeft u een vraag over de ondersteuning van uw kind, stel die dan eerst aan de leerkracht of de intern begeleider. Komt u er samen niet uit, dan kunt u een gesprek vragen met de directeur van de school. De consulent van het samenwerkingsverband kan ook aansluiten bij een gesprek."),
        ("p", "De wet vraagt ieder samenwerkingsverband om een ouder- en jeugdsteunpunt. Dat steunpunt richten we samen met het VO-samenwerkingsverband in. Hoe u het kunt bereiken, maken we bekend zodra het klaar is."),
        ("h2", "7.3 Uw rol"),
        ("p", "Bij ieder gesprek in het ondersteuningsteam over uw kind bent u uitgenodigd. Het OPP van uw kind bespreekt de school met u, en u tekent voor het handelingsdeel. In de ondersteuningsplanraad praten ouders mee over het beleid van het samenwerkingsverband: de helft van de leden is ouder."),
        ("h1", "8 Financiën"),
        ("p", "Het samenwerkingsverband krijgt jaarlijks ongeveer 9,4 miljoen euro van het Rijk. Ongeveer 5,8 miljoen daarvan houdt DUO direct in voor het sbo en so. Het overige geld verdelen we als volgt."),
        ("h2", "8.1 Zo verdelen we het geld"),
        ("ul", [
            "Basisbudget: elk schoolbestuur krijgt 82 euro per leerling (telling 1 oktober van het jaar ervoor). Daarmee versterkt het bestuur de ondersteuning op de eigen scholen.",
            "Kleine scholen: scholen met minder dan 100 leerlingen krijgen daarnaast een vast bedrag van 4.000 euro per jaar, omdat zij met weinig leerlingen toch een intern begeleider moeten hebben.",
            "Arrangementen: de school vraagt een arrangement aan bij de Commissie Toewijzing. De commissie kent een arrangement toe als de basis aantoonbaar is ingezet en de consulent de aanvraag steunt. Het bedrag hangt af van wat nodig is: een licht arrangement is 3.500 euro, een midden arrangement 7.000 euro, een intensief arrangement 12.000 euro per schooljaar.",
            "Voorzieningen: de Plusklas, Taalbrug, Observatiegroep en het Kustlab krijgen een vast jaarbudget.",
        ]),
        ("p", "Het algemeen bestuur besluit elk jaar in december over de hoogte van de bedragen, na advies van het directeurenoverleg. De ondersteuningsplanraad wordt hierover geïnformeerd."),
        ("h2", "8.2 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2025-2029 wordt na vaststelling door het algemeen bestuur in december als aanvulling op dit plan gepubliceerd (bijlage 4). De bedragen per jaar volgen daar."),
        ("h1", "9 Gemeenten en jeugdhulp"),
        ("p", "Met de zes gemeenten in onze regio voeren we op overeenstemming gericht overleg (OOGO). Dat deden we ook over dit plan, op 3 maart 2025. We praten met de gemeenten onder meer over jeugdhulp op school, over leerlingenvervoer, over huisvesting en over thuiszitters."),
        ("p", "Iedere school heeft een vaste contactpersoon van het sociaal team van de gemeente. In het Kustlab werken onderwijs en jeugdhulp samen in één groep; de gemeenten betalen het zorgdeel, het samenwerkingsverband het onderwijsdeel."),
        ("h1", "10 Organisatie en bestuur"),
        ("p", "Het samenwerkingsverband is een stichting met een algemeen bestuur waarin de zeven schoolbesturen zitten. Het dagelijks bestuur bestaat uit drie leden van het algemeen bestuur. Er is een onafhankelijke toezichthouder die het bestuur controleert. De directeur leidt het bureau en voert het beleid uit."),
        ("p", "De ondersteuningsplanraad (OPR) heeft acht leden: vier ouders en vier medewerkers van scholen. De OPR heeft instemmingsrecht op dit plan. De OPR heeft op 8 april 2025 ingestemd."),
        ("h1", "11 Medewerkers en kennisdeling"),
        ("p", "Leerkrachten en intern begeleiders doen het echte werk. Zij moeten weten wat ze kunnen doen als een kind vastloopt. Daarom organiseren we elk jaar een studiedag voor alle intern begeleiders, en zijn er netwerken voor intern begeleiders, voor leerkrachten van de Plusklas en voor directeuren. De specialisten van De Duinroos en De Branding geven workshops op scholen."),
        ("p", "Ook kijken we hoe we werkdruk kunnen verminderen. Minder formulieren is een belangrijke stap: het aanvraagformulier voor een arrangement is in 2024 teruggebracht van twaalf naar vier pagina's."),
        ("p", "Op het gebied van ICT werken we met een beveiligde digitale omgeving voor aanvragen. Ouders krijgen vanaf 2026 inzage in het dossier van hun kind via een eigen inlog."),
        ("h1", "12 Hoe we verder gaan"),
        ("p", "Dit plan geldt voor vier schooljaren: van 1 augustus 2025 tot en met 31 juli 2029. Elk jaar maken we een jaarplan met de activiteiten voor dat jaar. Onze ambities en de resultaten die we willen bereiken, werken we uit in de Kwaliteitskaart (bijlage 3), die we samen met de OPR opstellen."),
        ("p", "Halverwege de planperiode bespreken we met de besturen, de OPR en de gemeenten of de tekst van het plan nog actueel is. Als dat nodig is, passen we het aan. Wijzigingen leggen we altijd voor aan de OPR."),
        ("h1", "Bijlage 1 Begrippen en afkortingen"),
        ("table", [
            ["Begrip", "Uitleg"],
            ["Arrangement", "Extra ondersteuning voor een kind, betaald door het samenwerkingsverband."],
            ["Basisondersteuning", "De afgesproken ondersteuning die iedere school biedt, zoals extra instructie, een dyslexieprotocol en een ondersteuningsteam."],
            ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
            ["Bezwaar", "Als u het niet eens bent met een besluit over een TLV kunt u bezwaar maken."],
            ["Commissie Toewijzing", "Commissie die besluit over arrangementen en TLV's."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["OPP", "Ontwikkelingsperspectief."],
            ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders."],
            ["TLV", "Toelaatbaarheidsverklaring."],
        ]),
    ]
    return B

# =====================================================================================
# Plan C - VO, .docx, warm language for parents and pupils. SWV VO Lekdijk-Oost
# =====================================================================================
def plan_c():
    B = []
    B += [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("subtitle", "Jouw school, jouw plek - Samenwerkingsverband Voortgezet Onderwijs Lekdijk-Oost"),
        ("p", "Samenwerkingsverband VO Lekdijk-Oost (VO 26-12), planperiode 1 augustus 2026 tot en met 31 juli 2030"),
        ("pagebreak",),
        ("toc", "Inhoud", [
            ("Voorwoord", 2), ("1 Voor wie is dit plan?", 3), ("2 Ons samenwerkingsverband in cijfers", 4),
            ("3 Waar geloven we in?", 5), ("4 Wat elke school je biedt", 7),
            ("5 Extra ondersteuning: van mentor tot vso", 10), ("6 De route van Yara", 13),
            ("7 Praktijkonderwijs en leerwegondersteuning", 15), ("8 Naar het voortgezet speciaal onderwijs", 17),
            ("9 Niemand thuis", 19), ("10 Hoe we bijhouden hoe het gaat", 22), ("11 Ouders en leerlingen", 24),
            ("12 Geld", 27), ("13 Samenwerking met gemeenten en mbo", 28), ("14 Bestuur en medezeggenschap", 30),
            ("15 Personeel, ICT en privacy", 31), ("16 Planning", 33), ("Begrippenlijst", 34)]),
        ("pagebreak",),
        ("h1", "Voorwoord"),
        ("p", "Middelbare school. Voor veel jongeren een spannende en mooie tijd: nieuwe vrienden, nieuwe vakken, meer vrijheid. Maar voor sommige jongeren is het ook een tijd waarin het niet vanzelf gaat. Omdat leren moeilijk is, omdat ze autisme of ADHD hebben, omdat het thuis niet goed gaat of omdat ze zich somber voelen. Voor hen, en voor hun ouders en docenten, is dit plan."),
        ("p", "We hebben dit plan geschreven in gewone taal. We spreken jou als leerling aan met 'je' en ouders met 'u'. Waar het over docenten en scholen gaat, schrijven we dat erbij. We hebben veel leerlingen gesproken tijdens het maken van dit plan: in de leerlingenraden van vijf scholen, in de Rebound en in twee vso-scholen. Hun belangrijkste boodschap was: 'Vraag ons wat we nodig hebben, en luister dan ook echt.' Dat hebben we ons voorgenomen."),
        ("p", "Het plan is besproken met de ondersteuningsplanraad, die op 12 maart 2026 heeft ingestemd, en met de gemeenten in het OOGO van 26 februari 2026. Het bestuur heeft het plan op 19 maart 2026 vastgesteld."),
        ("p", "Namens het bestuur, Fatima el Idrissi, directeur"),
        ("h1", "1 Voor wie is dit plan?"),
        ("p", "Dit plan is voor iedereen die te maken heeft met passend onderwijs in het voortgezet onderwijs in onze regio: leerlingen, ouders, mentoren, docenten, ondersteuningscoördinatoren, schoolleiders en onze partners bij gemeenten, jeugdhulp en mbo. Het plan laat zien hoe de scholen samen zorgen dat iedere jongere een plek heeft waar hij of zij kan leren."),
        ("p", "Je hoeft niet alles te lezen. Ben je leerling en wil je weten wat je op elke school mag verwachten? Lees dan hoofdstuk 4. Wil je zien hoe het in het echt gaat? Lees dan de route van Yara in hoofdstuk 6. Zoekt u als ouder hulp of advies? Ga dan naar hoofdstuk 11."),
        ("h1", "2 Ons samenwerkingsverband in cijfers"),
        ("p", "In ons samenwerkingsverband werken zes schoolbesturen samen. Zij hebben samen 14 scholen voor voortgezet onderwijs op 19 locaties, twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs. Er zitten ongeveer 13.900 leerlingen op onze scholen. Onze regio bestaat uit vier gemeenten langs de Lek."),
        ("table", [
            ["Schoolsoort", "Aantal locaties", "Leerlingen (1 oktober 2025)"],
            ["Vmbo, havo, vwo (regulier)", "19", "12.610"],
            ["Waarvan met leerwegondersteuning (lwoo)", "8 locaties", "1.020"],
            ["Praktijkonderwijs", "2", "430"],
            ["Voortgezet speciaal onderwijs (vso)", "3", "560"],
            ["Rebound en OPDC De Overstap", "1", "gemiddeld 45"],
        ]),
        ("p", "De meeste leerlingen komen uit de vier gemeenten in ons gebied. Ongeveer 900 leerlingen komen uit omliggende gemeenten, vooral voor havo en vwo. Omgekeerd gaan ook jongeren uit ons gebied naar scholen buiten de regio, bijvoorbeeld voor een specifieke opleiding of een vso-school voor dove of slechtziende leerlingen."),
        ("h1", "3 Waar geloven we in?"),
        ("p", "We geloven dat iedere jongere talenten heeft en het recht heeft om die te ontwikkelen. Dat lukt het best in een omgeving waar je je veilig voelt, waar mensen je kennen en waar je mag zijn wie je bent. Een school is meer dan een plek om les te krijgen: het is ook een plek om vrienden te maken, om te oefenen met verantwoordelijkheid en om te ontdekken wat je later wilt."),
        ("p", "Daarom werken we vanuit vier uitgangspunten:"),
        ("ul", [
            "Jij staat centraal. We praten met jou, niet over jou. Bij elk gesprek over jouw ondersteuning ben jij erbij, tenzij je dat zelf niet wilt.",
            "Ouders zijn partners. U kent uw kind als geen ander. We nemen uw kennis serieus.",
            "Zo gewoon mogelijk. We zoeken eerst naar oplossingen op je eigen school, in je eigen klas.",
            "Samen sterk. Scholen, jeugdhulp en gemeente werken samen, zodat jij niet van loket naar loket hoeft.",
        ]),
        ("p", "Onze missie: iedere jongere in de regio Lekdijk-Oost krijgt onderwijs dat bij hem of haar past, zonder onderbreking, van de overstap uit groep 8 tot de stap naar mbo, hbo, universiteit of werk."),
    ]
    B += [
        ("h1", "4 Wat elke school je biedt"),
        ("p", "De zes besturen hebben samen afgesproken wat iedere school voor voortgezet onderwijs in ons samenwerkingsverband minimaal biedt, op iedere locatie en in iedere leerweg. Dat noemen we de basisondersteuning. Het maakt dus niet uit of je in Vianen-Oost naar het vwo gaat of in Lekkerkerk-Noord naar het vmbo: deze ondersteuning is er altijd, en je hoeft er niets voor aan te vragen."),
        ("p", "Op elke school kun je rekenen op:"),
        ("ul", [
            "Een mentor die je goed kent, met minimaal drie persoonlijke gesprekken per jaar met jou, en twee per jaar met je ouders.",
            "Een ondersteuningscoördinator die de extra hulp op school regelt en het aanspreekpunt is voor je ouders.",
            "Een zorg- en adviesteam (ZAT) waarin school, jeugdarts, leerplicht en schoolmaatschappelijk werk samenwerken en dat minstens zes keer per jaar bij elkaar komt.",
            "Hulp bij dyslexie: extra tijd bij toetsen (een kwartier per uur), vergrote toetsen, voorleessoftware en mondeling overhoren waar dat kan.",
            "Hulp bij dyscalculie: een rekenkaart, een rekenmachine bij toetsen en extra uitleg.",
            "Een training faalangstreductie en een sociale vaardigheidstraining, minstens één keer per jaar op iedere school.",
            "Begeleiding bij plannen en organiseren (executieve functies), bijvoorbeeld met een studiecoach of huiswerkklas.",
            "Een rustige plek in school waar je even naartoe kunt als het te veel wordt, met een volwassene die je kent.",
            "Een aanpak tegen pesten, met een anti-pestcoördinator en een vertrouwenspersoon.",
            "Afspraken over medicijnen en medische handelingen, vastgelegd in een protocol.",
            "Een ontwikkelingsperspectiefplan (OPP) als je extra ondersteuning krijgt, dat je samen met je mentor en ouders opstelt en twee keer per jaar bespreekt.",
            "Een goede overdracht als je van school of van leerweg wisselt.",
        ]),
        ("p", "Iedere school laat in het schoolondersteuningsprofiel en in de schoolgids zien hoe zij deze basis invult en wat zij daarnaast nog extra biedt. Eens per jaar voert het samenwerkingsverband met iedere school een gesprek over de basisondersteuning aan de hand van een checklist met deze twaalf punten. Als een school iets niet op orde heeft, maakt zij daarover afspraken met het samenwerkingsverband, met een datum."),
        ("h1", "5 Extra ondersteuning: van mentor tot vso"),
        ("p", "Soms heb je meer nodig dan de basis. Dan zijn er meer mogelijkheden. We noemen dat het ondersteuningsaanbod. Het ziet eruit als een trap: je begint onderaan en gaat pas een tree hoger als dat nodig is. En je kunt ook weer naar beneden."),
        ("table", [
            ["Tree", "Wat", "Voorbeelden"],
            ["1", "Basisondersteuning op je eigen school", "Mentor, ondersteuningscoördinator, dyslexiehulp, faalangsttraining"],
            ["2", "Extra ondersteuning op je eigen school (schoolarrangement)", "Trajectgroep, begeleiding door een gedragsspecialist, aangepast rooster, coaching door een ambulant begeleider"],
            ["3", "Tijdelijk ergens anders leren", "Rebound (maximaal 12 weken), OPDC De Overstap (maximaal 2 jaar, voor vmbo-leerlingen met lwoo), plusprogramma voor hoogbegaafde leerlingen"],
            ["4", "Onderwijs en zorg samen", "Onderwijs-zorgarrangement: een deel van de dag school, een deel therapie of dagbesteding"],
            ["5", "Voortgezet speciaal onderwijs", "Vso-scholen De Kade, Het Anker en De Horizon"],
        ]),
        ("h2", "5.1 Het schoolarrangement"),
        ("p", "Als de basis niet genoeg is, maakt je school samen met jou en je ouders een plan. Soms kan de school zelf extra ondersteuning geven, bijvoorbeeld in de trajectgroep. Die groep is er op iedere school: een lokaal waar je een paar uur per week kunt werken met een begeleider, of waar je naartoe kunt als het in de klas niet lukt. Heeft de school daarbij hulp nodig, dan kan de ondersteuningscoördinator een arrangement aanvragen bij het Ondersteuningsloket van het samenwerkingsverband."),
        ("h2", "5.2 De Rebound en OPDC De Overstap"),
        ("p", "In de Rebound kom je als het op je school even helemaal niet meer gaat, bijvoorbeeld door je gedrag of omdat je steeds vaker wegblijft. Je gaat er maximaal twaalf weken naartoe, in een kleine groep. Je werkt aan je schoolwerk en aan wat er mis ging. Na de Rebound ga je terug naar je eigen school, met een plan en begeleiding. OPDC De Overstap is er voor vmbo-leerlingen met leerwegondersteuning die meer structuur en kleinere groepen nodig hebben. Je kunt er maximaal twee jaar blijven, daarna ga je naar een vmbo-school."),
        ("h2", "5.3 Onderwijs-zorgarrangementen"),
        ("p", "Sommige jongeren hebben naast onderwijs ook zorg nodig, bijvoorbeeld therapie of begeleiding vanwege psychische klachten. Dan maken school, jeugdhulp en gemeente samen een onderwijs-zorgarrangement. Zo hoef je niet te kiezen tussen school en zorg."),
        ("h1", "6 De route van Yara"),
        ("quote", "Yara is 13 en zit in de brugklas havo/vwo. Ze heeft autisme. In de eerste weken vindt ze alles heel druk: de gangen, de wisselende lokalen, de vele docenten. Haar mentor merkt dat Yara stiller wordt en vaak hoofdpijn heeft."),
        ("p", "Stap 1. De mentor praat met Yara en met haar ouders. Samen spreken ze af dat Yara een vaste plek krijgt in elk lokaal, dat ze vijf minuten eerder uit de les mag om de drukte in de gang te ontwijken en dat ze in de pauze naar de rustige plek mag. Dit is allemaal basisondersteuning."),
        ("p", "Stap 2. Na twee maanden gaat het beter, maar Yara loopt vast bij het plannen van haar huiswerk. De ondersteuningscoördinator zet een studiecoach in die Yara twee keer per week helpt. Ook dit hoort bij de basis."),
        ("p", "Stap 3. In de tweede klas gaat het minder goed. Yara blijft steeds vaker thuis. In het ZAT wordt, met Yara en haar ouders erbij, besloten tot een schoolarrangement: een ambulant begeleider met kennis van autisme komt elke week op school, en Yara volgt een deel van de lessen in de trajectgroep. Haar OPP wordt aangepast."),
        ("p", "Stap 4. Het arrangement werkt. In de derde klas heeft Yara het arrangement nog maar voor de helft nodig. Ze zegt zelf: 'Het belangrijkste was dat ik mocht zeggen wat ik nodig had.'"),
        ("p", "Niet elke route is zo. Soms is een andere school beter, soms een tijdje Rebound of vso. Maar de manier van werken is hetzelfde: samen met jou en je ouders, en zo dicht mogelijk bij je eigen klas."),
    ]
    B += [
        ("h1", "7 Praktijkonderwijs en leerwegondersteuning"),
        ("p", "Sommige leerlingen hebben moeite met leren en hebben meer tijd, kleinere groepen of een praktische aanpak nodig. Voor hen zijn er leerwegondersteunend onderwijs (lwoo) en praktijkonderwijs (pro). Het samenwerkingsverband beslist of een leerling daarvoor in aanmerking komt."),
        ("h2", "7.1 Wanneer kom je in aanmerking?"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria. Je komt in aanmerking als je IQ tussen 55 en 80 ligt en je een leerachterstand hebt van drie jaar of meer op minstens twee van de vier gebieden (inzichtelijk rekenen, begrijpend lezen, technisch lezen en spelling), waarvan één inzichtelijk rekenen of begrijpend lezen is."),
        ("p", "Voor leerwegondersteuning gebruiken wij ook de landelijke criteria: een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op minstens twee gebieden, of een IQ tussen 91 en 120 met daarnaast een leerachterstand en sociaal-emotionele problematiek zoals faalangst of prestatiemotivatie die blijkt uit onderzoek."),
        ("p", "Hoe de aanvraag voor lwoo of pro stap voor stap verloopt, welke gegevens de basisschool en de vo-school aanleveren en wanneer je het besluit krijgt, staat in bijlage 5 'Route Toelaatbaarheid'."),
        ("h1", "8 Naar het voortgezet speciaal onderwijs"),
        ("p", "Voor sommige jongeren is een gewone school, ook met extra ondersteuning, niet de goede plek. Dan kan een school voor voortgezet speciaal onderwijs (vso) beter passen. In het vso zitten kleinere klassen, is er meer begeleiding en werken docenten samen met zorgprofessionals. Om naar het vso te kunnen, heb je een toelaatbaarheidsverklaring (TLV) nodig van het samenwerkingsverband."),
        ("h2", "8.1 Wanneer krijg je een TLV voor het vso?"),
        ("p", "Het samenwerkingsverband geeft een TLV als aan alle vier de volgende voorwaarden is voldaan:"),
        ("ol", [
            "Je school heeft de basisondersteuning en een schoolarrangement ingezet, en dat staat beschreven in je OPP. Daarvan kan worden afgeweken als duidelijk is dat een schoolarrangement niet kan helpen, bijvoorbeeld bij een ernstige verstandelijke beperking.",
            "Je hebt op minstens twee gebieden intensieve ondersteuning nodig: leren, gedrag, sociaal-emotionele ontwikkeling, communicatie, lichamelijke verzorging of medische zorg.",
            "Die ondersteuning is nodig gedurende de hele schooldag, niet alleen een paar uur per week.",
            "Ook met een onderwijs-zorgarrangement of een plek in de Rebound of het OPDC is deze ondersteuning op een reguliere school niet te bieden.",
        ]),
        ("p", "Ben je ernstig meervoudig beperkt of heb je een levensbedreigende ziekte, dan geldt een verkorte beoordeling: voorwaarde 1 en 4 hoeven dan niet te worden aangetoond."),
        ("h2", "8.2 Hoe verloopt de aanvraag?"),
        ("p", "Het volledige stappenplan voor een TLV-aanvraag, met de termijnen en de samenstelling van de commissie die beslist, vind je in bijlage 5 'Route Toelaatbaarheid' bij dit plan."),
        ("h2", "8.3 Hoe lang geldt een TLV?"),
        ("p", "Een TLV voor het vso geldt meestal twee jaar. Voor leerlingen met een blijvende beperking kan de TLV gelden tot het einde van de schoolloopbaan in het vso. Op iedere TLV staat een bekostigingscategorie: laag, midden of hoog. Die bepaalt hoeveel geld de vso-school voor je ontvangt, niet wat jij krijgt aan ondersteuning."),
        ("p", "In het vso werk je toe naar een diploma, naar vervolgonderwijs op het mbo of naar werk of dagbesteding. Dat noemen we je uitstroomprofiel. Je vso-school bespreekt dat ieder jaar met jou en je ouders."),
        ("h1", "9 Niemand thuis"),
        ("p", "Iedere jongere hoort op school. Toch zijn er jongeren die thuiszitten: omdat er geen school is die past, omdat ze op een wachtlijst staan of omdat het even helemaal niet meer gaat. Dat vinden we niet acceptabel. Hieronder leest u wat we eraan doen."),
        ("h2", "9.1 Zorgplicht"),
        ("p", "Als u uw kind aanmeldt bij een school, heeft die school zorgplicht. De school moet dan binnen zes weken (eventueel tien weken) zorgen voor een passende plek. Dat kan op de eigen school zijn, of op een andere school. Lukt het de school niet, dan schakelt zij het Ondersteuningsloket in. U hoeft niet zelf op zoek."),
        ("h2", "9.2 Snel erbij zijn"),
        ("p", "Scholen melden verzuim vanaf zestien uur in vier weken bij de leerplichtambtenaar. Iedere school heeft een verzuimcoördinator die snel contact opneemt met jou en je ouders. Zit je vier weken of langer thuis, dan bespreken we je in het Thuiszittersoverleg. Daarin zitten leerplicht, het Ondersteuningsloket, de jeugdhulp en, als het nodig is, je school. Binnen twee weken is er een plan. Er is een vaste trajectbegeleider die met je meeloopt tot je weer op school bent."),
        ("h2", "9.3 Wat ontbreekt er nog?"),
        ("p", "Elk jaar in juni bekijken we samen met de scholen welke jongeren we niet goed konden helpen en waarom. We kijken naar de wachtlijsten van de vso-scholen, naar de thuiszitters en naar de aanvragen waarvoor geen passend aanbod was. In 2025 kwamen daar twee dingen uit:"),
        ("ul", [
            "Er is te weinig plek voor hoogbegaafde leerlingen die ook autisme hebben. Daarom start op 1 augustus 2027 op het Lekcollege een kleine groep voor deze leerlingen, met plek voor twintig jongeren.",
            "Jongeren met angstklachten blijven te lang thuis voordat er hulp komt. Daarom maken we met de gemeenten afspraken over een snellere route naar de jeugd-ggz. De afspraak moet voor 1 januari 2027 gemaakt zijn.",
        ]),
        ("p", "Soms gaat een jongere na een lange tijd thuis weer naar school. Dat noemen we terug naar school. Dat gaat meestal stap voor stap: eerst een uur per dag, dan een ochtend, dan steeds meer."),
    ]
    B += [
        ("h1", "10 Hoe we bijhouden hoe het gaat"),
        ("p", "We willen weten of wat we doen ook werkt. Daarom verzamelen we ieder jaar in oktober gegevens over alle leerlingen met extra ondersteuning. We kijken naar:"),
        ("ul", [
            "hoeveel leerlingen een arrangement hebben, en hoeveel daarvan het schooljaar op de eigen school afmaken;",
            "hoeveel leerlingen naar het vso, het OPDC of de Rebound gaan, vergeleken met het landelijk gemiddelde;",
            "hoeveel jongeren thuiszitten, en hoe lang;",
            "hoe lang het duurt voordat een aanvraag bij het Ondersteuningsloket beslist is;",
            "hoe tevreden leerlingen, ouders en scholen zijn; daarvoor houden we elke twee jaar een korte vragenlijst.",
        ]),
        ("p", "De cijfers en wat we ervan leren zetten we in het jaarverslag, dat voor 1 juli op de website staat. De ondersteuningsplanraad en het bestuur bespreken het jaarverslag. Met iedere school voeren we ieder voorjaar een kwaliteitsgesprek over haar eigen cijfers."),
        ("table", [
            ["Wat we zagen in schooljaar 2024-2025", "Aantal"],
            ["Leerlingen met een arrangement", "412"],
            ["Van hen het jaar afgemaakt op de eigen school", "371"],
            ["Nieuwe TLV's vso", "58"],
            ["Thuiszitters langer dan 4 weken (1 oktober 2025)", "17"],
            ["Gemiddelde doorlooptijd aanvraag Ondersteuningsloket", "24 werkdagen"],
        ]),
        ("p", "Welke doelen we ons voor de periode 2026-2030 stellen, bepalen we na de nulmeting die we in het voorjaar van 2026 houden. De doelen komen in het jaarplan 2026-2027."),
        ("h1", "11 Ouders en leerlingen"),
        ("p", "We willen dat jij en je ouders weten wat er mogelijk is en waar je terecht kunt. En we willen dat je mee kunt praten."),
        ("h2", "11.1 Zo blijft u op de hoogte"),
        ("ul", [
            "Op de website van het samenwerkingsverband staat per school een Ondersteuningswijzer: een overzicht van één pagina met de basisondersteuning en het extra aanbod van die school.",
            "Ieder voorjaar organiseren we met het PO-samenwerkingsverband een informatieavond voor ouders van leerlingen in groep 8 die extra ondersteuning krijgen, over de overstap naar het voortgezet onderwijs.",
            "Iedere school heeft een vaste ondersteuningscoördinator. Zijn of haar naam en e-mailadres staan in de schoolgids.",
            "Het Ondersteuningsloket is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 uur voor vragen van ouders en leerlingen.",
            "We publiceren twee keer per jaar een nieuwsbrief voor ouders, in eenvoudige taal.",
        ]),
        ("h2", "11.2 Onafhankelijk advies"),
        ("p", "Het kan gebeuren dat u het niet eens bent met de school, of dat u niet weet welke weg u moet kiezen. Dan kunt u terecht bij het Steunpunt Ouders en Jongeren Lekdijk. Dat steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband. De medewerkers luisteren, geven advies, gaan mee naar gesprekken en helpen u de juiste weg te vinden. Jongeren kunnen er ook zelf naartoe. Het steunpunt is te bereiken via de app, de mail en een spreekuur op woensdagmiddag in de bibliotheek van Nieuwegein-Zuid."),
        ("p", "U kunt ook terecht bij de Onderwijsconsulenten. Dat is een gratis landelijke dienst voor ouders die er met de school niet uitkomen. Bij een geschil over toelating, verwijdering of het OPP kunt u naar de Geschillencommissie passend onderwijs. Een klacht over het samenwerkingsverband dient u in volgens onze klachtenregeling."),
        ("h2", "11.3 Jouw stem"),
        ("p", "Je hebt het recht om je mening te geven over je OPP. Je school vraagt je daar actief naar, en je mening komt in het OPP te staan. In de ondersteuningsplanraad zitten ook twee leerlingen. En twee keer per jaar praat de directeur van het samenwerkingsverband met een groep leerlingen over hoe het gaat."),
        ("h1", "12 Geld"),
        ("p", "Het samenwerkingsverband krijgt elk jaar geld van het Rijk voor passend onderwijs. Hoe we dat geld verdelen over de scholen en voorzieningen en waaraan het wordt uitgegeven, staat in ons Financieel Kader en in de meerjarenbegroting. Het bestuur stelt die elk jaar in december vast, nadat de ondersteuningsplanraad zijn advies heeft gegeven. U vindt beide documenten op onze website onder 'Verantwoording'."),
        ("h1", "13 Samenwerking met gemeenten en mbo"),
        ("p", "Passend onderwijs houdt niet op bij de schooldeur. Met de vier gemeenten in ons gebied hebben we afspraken gemaakt over jeugdhulp op school, over leerlingenvervoer naar het vso, over huisvesting van de Rebound en over de aanpak van thuiszitters. Het OOGO over dit plan vond plaats op 26 februari 2026. Twee keer per jaar is er bestuurlijk overleg met de wethouders onderwijs en jeugd."),
        ("p", "Iedere school heeft een jeugdhulpcoach van de gemeente die een vast aantal uren per week op school is. Leerlingen en ouders kunnen daar zonder verwijzing terecht."),
        ("p", "Met het mbo werken we samen aan een goede overstap. Leerlingen uit het vmbo, het praktijkonderwijs en het vso die extra ondersteuning nodig hebben, krijgen een warme overdracht naar het mbo. Ook hebben we afspraken met het regionaal meld- en coördinatiepunt voortijdig schoolverlaten."),
        ("h1", "14 Bestuur en medezeggenschap"),
        ("p", "Het samenwerkingsverband is een vereniging. De zes schoolbesturen zijn lid en vormen samen de algemene ledenvergadering. Het bestuur bestaat uit een onafhankelijke voorzitter en vier bestuurders van de aangesloten schoolbesturen. De directeur leidt het bureau met vijftien medewerkers."),
        ("p", "De ondersteuningsplanraad heeft twaalf leden: vier ouders, twee leerlingen en zes personeelsleden. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert vijf keer per jaar."),
        ("h1", "15 Personeel, ICT en privacy"),
        ("p", "Docenten en mentoren zijn de belangrijkste mensen in passend onderwijs. We bieden trainingen aan, bijvoorbeeld over autisme in de klas, over omgaan met angst en over gesprekken met ouders. Ondersteuningscoördinatoren hebben een eigen netwerk dat zes keer per jaar bijeenkomt. Ook de medewerkers van het Ondersteuningsloket volgen elk jaar scholing."),
        ("p", "Alle aanvragen lopen via een beveiligd digitaal systeem. We gaan zorgvuldig om met persoonsgegevens volgens de AVG: alleen wie de gegevens nodig heeft, kan ze inzien, en we bewaren ze niet langer dan nodig."),
        ("h1", "16 Planning"),
        ("table", [
            ["Wanneer", "Wat"],
            ["Voorjaar 2026", "Nulmeting en vaststellen doelen voor de planperiode"],
            ["1 januari 2027", "Afspraken met gemeenten over snellere route naar jeugd-ggz"],
            ["1 augustus 2027", "Start groep voor hoogbegaafde leerlingen met autisme op het Lekcollege"],
            ["Schooljaar 2027-2028", "Tevredenheidsonderzoek leerlingen, ouders en scholen"],
            ["2028", "Tussenevaluatie van dit plan met OPR en gemeenten"],
            ["Voor 1 mei 2030", "Nieuw ondersteuningsplan naar de inspectie"],
        ]),
        ("h1", "Begrippenlijst"),
        ("table", [
            ["Begrip", "Uitleg"],
            ["Basisondersteuning", "Wat elke school in het samenwerkingsverband minimaal biedt."],
            ["Lwoo", "Leerwegondersteunend onderwijs."],
            ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor vier jaar."],
            ["OPDC", "Orthopedagogisch-didactisch centrum."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["Pro", "Praktijkonderwijs."],
            ["Rebound", "Tijdelijke opvang voor leerlingen die op school vastlopen."],
            ["Terugplaatsing", "Als een leerling vanuit het vso teruggaat naar een gewone school voor voortgezet onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring: besluit dat een leerling naar het vso mag."],
            ["Verdeelmodel", "De regels waarmee het samenwerkingsverband het geld over de scholen verdeelt."],
            ["ZAT", "Zorg- en adviesteam."],
        ]),
    ]
    return B

# =====================================================================================
# Plan D - VO, .pdf (from .docx), businesslike. SWV VO Zuiderzeekust
# =====================================================================================
def plan_d():
    B = []
    B += [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("subtitle", "Stichting Samenwerkingsverband Voortgezet Onderwijs Zuiderzeekust (VO 24-05)"),
        ("p", "Status: definitief. Vastgesteld door de directeur-bestuurder d.d. 24 maart 2026, na goedkeuring door de Raad van Toezicht d.d. 19 maart 2026, instemming van de ondersteuningsplanraad d.d. 17 maart 2026 en afronding van het op overeenstemming gericht overleg met de gemeenten d.d. 5 maart 2026. Kenmerk: SWV-ZZK/2026/014."),
        ("pagebreak",),
        ("toc", "Inhoudsopgave", [
            ("1 Inleiding", 3), ("2 Context en kengetallen", 5), ("3 Missie, visie en strategische doelen", 7),
            ("4 Ondersteuningsstructuur", 9), ("4.1 Basisondersteuning", 9), ("4.2 Ondersteuningscontinuüm", 10),
            ("4.3 Dekkend netwerk en thuiszitters", 12), ("5 Toewijzing en toelaatbaarheid", 13),
            ("5.7 Terugplaatsing en overplaatsing", 19), ("6 Financieel beleid", 20),
            ("7 Kwaliteitszorg en resultaten", 25), ("8 Governance", 28), ("9 Samenwerking met gemeenten", 30),
            ("10 Personeel en organisatie", 31), ("11 Informatievoorziening, ICT en privacy", 32),
            ("12 Communicatie en ouders", 33), ("Bijlagen", 34), ("Afkortingenlijst", 35)]),
        ("pagebreak",),
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Wettelijk kader"),
        ("p", "Op grond van artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020) stelt het samenwerkingsverband ten minste eenmaal per vier jaar een ondersteuningsplan vast. Het ondersteuningsplan bevat in elk geval de wijze waarop een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen wordt gerealiseerd, de procedure en criteria voor de verdeling en besteding van middelen, de procedure en criteria voor plaatsing in het vso en voor toewijzing van lwoo en pro, het beleid ten aanzien van terugplaatsing, de beoogde en bereikte resultaten en de wijze van informatievoorziening aan ouders."),
        ("p", "Dit ondersteuningsplan beschrijft het beleid op hoofdlijnen voor de periode 1 augustus 2026 tot en met 31 juli 2030. De uitwerking vindt plaats in het jaarlijkse jaarplan en de jaarbegroting. Waar in dit plan naar bijlagen wordt verwezen, zijn deze separaat vastgesteld en gepubliceerd."),
        ("h2", "1.2 Totstandkoming"),
        ("p", "Het plan is voorbereid door een werkgroep bestaande uit de directeur-bestuurder, de beleidsadviseur, twee bestuurders van aangesloten schoolbesturen en twee zorgcoördinatoren. Het concept is besproken in het bestuurdersoverleg (november 2025 en januari 2026), met de ondersteuningsplanraad (december 2025, februari en maart 2026), met het PO-samenwerkingsverband waarvan het werkgebied overlapt (januari 2026) en in het OOGO met de gemeenten (5 maart 2026)."),
        ("h2", "1.3 Leeswijzer"),
        ("p", "Hoofdstuk 2 schetst de context. Hoofdstuk 3 bevat missie, visie en strategische doelen. Hoofdstuk 4 beschrijft de ondersteuningsstructuur. Hoofdstuk 5 behandelt toewijzing en toelaatbaarheid, inclusief terugplaatsing. Hoofdstuk 6 bevat het financieel beleid en de meerjarenbegroting. Hoofdstuk 7 beschrijft kwaliteitszorg en resultaten. De hoofdstukken 8 tot en met 12 betreffen organisatie, samenwerking en communicatie."),
        ("h1", "2 Context en kengetallen"),
        ("p", "Het samenwerkingsverband omvat het voortgezet onderwijs in vijf gemeenten. Aangesloten zijn acht schoolbesturen met in totaal 17 vestigingen voor regulier voortgezet onderwijs, waarvan 9 met een lwoo-licentie, 2 vestigingen voor praktijkonderwijs en 3 vestigingen voor voortgezet speciaal onderwijs (cluster 3 en 4)."),
        ("table", [
            ["Kengetal (teldatum 1 oktober)", "2023", "2024", "2025", "Prognose 2029"],
            ["Leerlingen regulier vo", "15.920", "15.780", "15.610", "14.900"],
            ["Waarvan lwoo", "1.480", "1.455", "1.430", "1.340"],
            ["Leerlingen pro", "610", "598", "602", "570"],
            ["Leerlingen vso", "712", "734", "751", "760"],
            ["Deelnamepercentage vso", "4,15%", "4,30%", "4,45%", "4,60%"],
            ["Landelijk deelnamepercentage vso", "3,62%", "3,68%", "3,71%", "n.v.t."],
        ]),
        ("p", "De leerlingaantallen in het regulier vo dalen als gevolg van demografische krimp. Het deelnamepercentage vso ligt structureel boven het landelijk gemiddelde en stijgt. Dit leidt tot een hogere afdracht aan het vso en daarmee tot minder bestedingsruimte voor ondersteuning in het regulier onderwijs. Dit is een van de belangrijkste aandachtspunten voor de planperiode."),
        ("h2", "2.1 Regionale ontwikkelingen"),
        ("p", "De regio kent een vergrijzende bevolking en een dalend aantal jongeren. De prognose van de gemeenten laat tot 2030 een daling van het aantal 12- tot 18-jarigen zien van circa 6%. Voor de schoolbesturen betekent dit een teruglopende bekostiging en een toenemende druk op het onderwijsaanbod in de kleinere kernen. Twee vestigingen voor vmbo-basis en -kader zitten onder de opheffingsnorm en worden in stand gehouden op basis van een samenwerkingsconstructie tussen twee besturen."),
        ("p", "Tegelijkertijd is sprake van een aanhoudend personeelstekort, met name bij de vakken wiskunde, Nederlands, Duits en techniek. Het aantal onbevoegd gegeven lesuren bedroeg in 2024-2025 gemiddeld 7,8% over de aangesloten besturen. Dit heeft gevolgen voor de beschikbaarheid van docenten voor ondersteuningstaken."),
        ("p", "Het relatief hoge deelnamepercentage vso hangt volgens de analyse van het samenwerkingsverband samen met de aanwezigheid van drie vso-vestigingen in de regio, de historisch gegroeide verwijspraktijk vanuit het primair onderwijs en de beperkte capaciteit van de jeugd-ggz. De financiële effecten hiervan zijn verwerkt in hoofdstuk 6."),
        ("h1", "3 Missie, visie en strategische doelen"),
        ("p", "Missie: het samenwerkingsverband draagt er zorg voor dat iedere leerling in de regio een passend onderwijsaanbod ontvangt, zo thuisnabij en zo regulier als mogelijk, gericht op het behalen van een diploma of een duurzame plek op de arbeidsmarkt."),
        ("p", "Visie: het samenwerkingsverband is een netwerkorganisatie. De schoolbesturen zijn primair verantwoordelijk voor de ondersteuning op hun scholen; het samenwerkingsverband faciliteert, verdeelt middelen, wijst voorzieningen toe en ziet toe op de kwaliteit en doelmatigheid van de inzet. Expertise wordt zo dicht mogelijk bij de leerling georganiseerd."),
        ("p", "Voor de planperiode zijn vier strategische speerpunten vastgesteld: (1) versterken van de ondersteuning in het regulier onderwijs, (2) beheersing van de vso-deelname, (3) doelmatige en transparante inzet van middelen, en (4) datagestuurde kwaliteitszorg. De operationalisering van deze speerpunten in meetbare doelen is opgenomen in hoofdstuk 7."),
    ]
    B += [
        ("h1", "4 Ondersteuningsstructuur"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "In verband met de door de minister aangekondigde landelijke norm basisondersteuning stelt het bestuur het niveau van basisondersteuning in het samenwerkingsverband in schooljaar 2026-2027 opnieuw vast. De nieuwe afspraken worden na instemming van de ondersteuningsplanraad als addendum aan dit plan toegevoegd. Tot dat moment wordt verwezen naar de schoolondersteuningsprofielen van de afzonderlijke scholen, die op de websites van de scholen zijn gepubliceerd."),
        ("h2", "4.2 Ondersteuningscontinuüm"),
        ("p", "Het ondersteuningsaanbod binnen het samenwerkingsverband is georganiseerd in vijf niveaus. Onderstaande tabel geeft per niveau de voorzieningen, de doelgroep, de verantwoordelijke en de wijze van toegang weer."),
        ("table", [
            ["Niveau", "Voorziening", "Doelgroep", "Verantwoordelijk", "Toegang"],
            ["1", "Basisondersteuning", "Alle leerlingen", "Schoolbestuur", "Zie 4.1"],
            ["2", "Extra ondersteuning in de school: ondersteuningsklas, trajectvoorziening, begeleiding door gedragsspecialist of orthopedagoog", "Leerlingen met een OPP", "Schoolbestuur, uit schoolbudget (6.2)", "Besluit school, melding aan SWV"],
            ["3", "Individueel arrangement: ambulante begeleiding, onderwijsassistentie, aangepast programma", "Leerlingen met een OPP waarbij niveau 2 ontoereikend is", "SWV", "Aanvraag Commissie Toewijzing en Ondersteuning (CTO)"],
            ["4", "Bovenschoolse voorzieningen: OPDC De Kom (max. 2 jaar, vmbo-b/k met lwoo), Reboundvoorziening (max. 13 weken), Nieuwkomersvoorziening/ISK, Onderwijs-zorgarrangement De Hoeve", "Leerlingen die tijdelijk niet in de reguliere setting kunnen functioneren", "SWV", "Aanvraag CTO"],
            ["5", "Voortgezet speciaal onderwijs (cluster 3 en 4), 3 vestigingen", "Leerlingen met een TLV", "Bevoegd gezag vso", "TLV (hoofdstuk 5)"],
        ]),
        ("p", "De niveaus vormen een continuüm. Leerlingen kunnen zowel op- als afschalen. Bij afschaling van niveau 4 naar de reguliere setting wordt een terugkeerplan opgesteld door de bovenschoolse voorziening en de ontvangende school."),
        ("h2", "4.3 Dekkend netwerk en thuiszitters"),
        ("p", "De analyse van de dekkendheid van het ondersteuningsaanbod, inclusief de aanpak van thuiszitters en van leerlingen voor wie geen passende plek beschikbaar is, wordt in schooljaar 2026-2027 uitgevoerd in samenwerking met de gemeenten. De uitkomsten en het daaruit voortvloeiende actieplan worden als addendum aan dit plan toegevoegd."),
        ("h1", "5 Toewijzing en toelaatbaarheid"),
        ("p", "Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs (lwoo), de toelaatbaarheid tot praktijkonderwijs (pro) en de toelaatbaarheid tot het voortgezet speciaal onderwijs (vso). Besluitvorming is belegd bij de Commissie Toewijzing en Ondersteuning (CTO). De CTO bestaat uit een voorzitter (beleidsadviseur van het samenwerkingsverband, gemandateerd door de directeur-bestuurder), een orthopedagoog-generalist en een GZ-psycholoog."),
        ("h2", "5.1 Procedure lwoo en pro"),
        ("table", [
            ["Stap", "Actie", "Actor", "Termijn"],
            ["1", "Aanmelding van de leerling bij vo-school met lwoo-licentie of pro-school, inclusief onderwijskundig rapport basisschool", "Basisschool / vo-school", "Uiterlijk 1 maart"],
            ["2", "Aanlevering testgegevens (capaciteiten, leerachterstanden, zo nodig sociaal-emotioneel onderzoek) via digitaal portaal", "Vo-school", "Uiterlijk 15 maart"],
            ["3", "Toetsing aan criteria en besluit", "CTO", "Binnen 4 weken na complete aanvraag, uiterlijk 1 mei"],
            ["4", "Toezending beschikking aan bevoegd gezag vo-school", "CTO", "Binnen 5 werkdagen na besluit"],
            ["5", "Registratie bij DUO", "Vo-school", "Voor 1 oktober"],
        ]),
        ("h2", "5.2 Criteria lwoo en pro"),
        ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo en pro en maakt geen gebruik van de mogelijkheid tot opting out."),
        ("table", [
            ["Voorziening", "Intelligentie", "Leerachterstand", "Overig"],
            ["Lwoo", "IQ 75-90", "Op ten minste twee domeinen 25-50% (één daarvan begrijpend lezen of inzichtelijk rekenen)", "Bij IQ 91-120: leerachterstand plus sociaal-emotionele problematiek (faalangst, prestatiemotivatie, emotionele instabiliteit)"],
            ["Pro", "IQ 55-80", "Op ten minste twee domeinen 50% of meer (één daarvan begrijpend lezen of inzichtelijk rekenen)", "Toelaatbaarheid geldt voor de gehele duur van het pro"],
        ]),
        ("h2", "5.3 Procedure toelaatbaarheid vso"),
        ("ol", [
            "Het bevoegd gezag van de school waar de leerling is ingeschreven (of aangemeld) dient de aanvraag in via het digitale portaal. Het dossier bevat ten minste het actuele OPP met evaluaties, het verslag van het multidisciplinair overleg, een overzicht van ingezette ondersteuning op niveau 2 tot en met 4 en relevante onderzoeksgegevens.",
            "De CTO toetst binnen 5 werkdagen de volledigheid.",
            "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit (zie 5.5).",
            "De CTO neemt binnen 6 weken na ontvangst van de volledige aanvraag een besluit.",
            "De beschikking wordt toegezonden aan het aanvragend bevoegd gezag, met afschrift aan de betrokkenen, inclusief de deskundigenadviezen.",
        ]),
        ("h2", "5.4 Criteria toelaatbaarheid vso"),
        ("table", [
            ["Criterium", "Toelichting / indicator"],
            ["A. Ondersteuningsbehoefte overstijgt niveau 4", "Ondersteuning op niveau 2 tot en met 4 is ingezet en geëvalueerd (OPP, minimaal 2 evaluatiemomenten), of aantoonbaar niet toereikend."],
            ["B. Intensiteit", "Behoefte aan intensieve ondersteuning gedurende de gehele onderwijstijd, op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, communicatie, fysiek/medisch)."],
            ["C. Zorgcomponent", "Noodzaak tot integratie van onderwijs en zorg/behandeling die binnen regulier vo, ook met onderwijs-zorgarrangement, niet te organiseren is."],
            ["D. Perspectief", "Het vso biedt een reëel uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding) dat in het regulier vo niet haalbaar is."],
        ]),
        ("p", "Toelaatbaarheid wordt verleend indien aan de criteria A, B en C, dan wel A, B en D is voldaan. Bij ernstig meervoudig beperkte leerlingen en leerlingen met een levensduurbeperkende aandoening volstaat criterium B."),
        ("h2", "5.5 Deskundigenadvies"),
        ("p", "Conform de wettelijke eisen wordt advies ingewonnen bij een orthopedagoog of psycholoog en, afhankelijk van de problematiek, bij een tweede deskundige (kinder- en jeugdpsychiater, arts, maatschappelijk werker of pedagoog). Deskundigen die betrokken zijn geweest bij de aanvraag of bij de begeleiding van de leerling, brengen geen advies uit. Ieder advies wordt afzonderlijk en schriftelijk vastgelegd."),
        ("h2", "5.6 Geldigheidsduur en bekostigingscategorie"),
        ("table", [
            ["Situatie", "Geldigheidsduur", "Categorie"],
            ["Eerste TLV vso, cluster 4", "2 schooljaren", "Laag"],
            ["Eerste TLV vso, cluster 3 (ZML, LG, LZ)", "2 tot 4 schooljaren", "Laag, midden of hoog op basis van advies"],
            ["Verlenging", "2 schooljaren", "Herbeoordeling"],
            ["EMB / levensduurbeperkend", "Tot einde schoolloopbaan vso", "Hoog"],
        ]),
        ("h2", "5.7 Terugplaatsing en overplaatsing"),
        ("p", "Voor leerlingen van wie de geldigheidsduur van de TLV afloopt, geldt de volgende procedure:"),
        ("ol", [
            "Uiterlijk 1 februari van het laatste geldigheidsjaar evalueert de vso-school het OPP in een multidisciplinair overleg en stelt zij vast of terugplaatsing of overplaatsing naar het regulier voortgezet onderwijs is geïndiceerd.",
            "Indien terugplaatsing geïndiceerd is, meldt de vso-school dit vóór 1 maart bij de CTO, met een voorstel voor een ontvangende vo-school.",
            "De CTO belegt binnen vier weken een overleg tussen de vso-school en de beoogde vo-school.",
            "De CTO neemt vóór 1 mei een besluit over de terugplaatsing of overplaatsing.",
            "Indien terugplaatsing niet geïndiceerd is, dient het bevoegd gezag van de vso-school uiterlijk 1 april een aanvraag voor een nieuwe TLV in (procedure 5.3).",
        ]),
        ("p", "Het beleid ten aanzien van terugplaatsing, waaronder de doelstellingen, de randvoorwaarden en de begeleiding na terugkeer, wordt in schooljaar 2026-2027 herijkt. De uitkomst wordt na instemming van de OPR als addendum aan dit plan toegevoegd."),
    ]
    B += [
        ("h1", "6 Financieel beleid"),
        ("h2", "6.1 Uitgangspunten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte ondersteuning (inclusief lwoo en pro) en zware ondersteuning. Uitgangspunten voor de verdeling zijn: (a) middelen worden zo dicht mogelijk bij de leerling ingezet, (b) de verdeling is transparant en voorspelbaar voor schoolbesturen, (c) het samenwerkingsverband houdt niet meer reserves aan dan noodzakelijk."),
        ("h2", "6.2 Verdeelmodel"),
        ("table", [
            ["Component", "Verdeelsleutel", "Besluitvorming"],
            ["Lwoo en pro", "Doorbetaling aan het bevoegd gezag op basis van het aantal aangewezen leerlingen op 1 oktober t-1, tegen het landelijke normbedrag", "Automatisch, jaarlijks"],
            ["Schoolbudget lichte ondersteuning", "Vaste voet 25.000 euro per vestiging + 95 euro per leerling regulier vo (teldatum 1 oktober t-1)", "Directeur-bestuurder, op basis van begroting"],
            ["Individuele arrangementen (niveau 3)", "Op aanvraag; toekenning door CTO bij OPP met ingezette niveau-2-ondersteuning; normbedragen 4.500 / 9.000 / 14.000 euro per schooljaar", "CTO"],
            ["Bovenschoolse voorzieningen (niveau 4)", "Vast budget per voorziening op basis van capaciteit (aantal plaatsen x normbedrag per plaats)", "Directeur-bestuurder, na advies bestuurdersoverleg"],
            ["Vso", "Afdracht via DUO op basis van aantal leerlingen per categorie; groeibekostiging peildatum 1 februari", "Wettelijk"],
        ]),
        ("p", "Indien de afdracht vso hoger uitvalt dan begroot, wordt het schoolbudget in het daaropvolgende kalenderjaar naar rato verlaagd, met een maximum van 10%. Schoolbesturen ontvangen jaarlijks vóór 1 november een indicatieve beschikking voor het volgende kalenderjaar."),
        ("h2", "6.3 Meerjarenbegroting"),
        ("table", [
            ["Bedragen x 1.000 euro", "2026", "2027", "2028", "2029"],
            ["Baten lichte ondersteuning (incl. lwoo/pro)", "10.840", "10.610", "10.390", "10.170"],
            ["Baten zware ondersteuning", "8.920", "8.760", "8.600", "8.450"],
            ["Totaal baten", "19.760", "19.370", "18.990", "18.620"],
            ["Afdracht vso (DUO)", "7.310", "7.420", "7.480", "7.520"],
            ["Doorbetaling lwoo en pro", "7.980", "7.820", "7.650", "7.490"],
            ["Schoolbudget lichte ondersteuning", "1.910", "1.870", "1.830", "1.800"],
            ["Individuele arrangementen", "820", "800", "780", "760"],
            ["Bovenschoolse voorzieningen", "1.450", "1.380", "1.310", "1.240"],
            ["Bureau, CTO en deskundigen", "640", "650", "660", "670"],
            ["Totaal lasten", "20.110", "19.940", "19.710", "19.480"],
            ["Resultaat", "-350", "-570", "-720", "-860"],
        ]),
        ("h2", "6.4 Reserves en risicobeheersing"),
        ("p", "Het eigen vermogen bedroeg per 31 december 2025 3,1 miljoen euro. De signaleringswaarde voor bovenmatig eigen vermogen volgens de systematiek van de inspectie bedraagt 2,2 miljoen euro. De negatieve resultaten in de meerjarenbegroting zijn bewust begroot ter afbouw van de bovenmatige reserve. Het belangrijkste financiële risico is een verdere stijging van de vso-deelname; een stijging van 0,1 procentpunt leidt tot circa 190.000 euro extra afdracht."),
        ("h2", "6.5 Verantwoording"),
        ("p", "Schoolbesturen verantwoorden de besteding van het schoolbudget en de arrangementen jaarlijks vóór 1 mei via een verantwoordingsformat, waarin per vestiging de inzet in fte en euro's en de bereikte leerlingen worden vermeld. De accountant van het samenwerkingsverband toetst steekproefsgewijs."),
        ("h1", "7 Kwaliteitszorg en resultaten"),
        ("h2", "7.1 Beoogde resultaten"),
        ("p", "De strategische speerpunten zijn vertaald naar de volgende indicatoren met streefwaarden voor het einde van de planperiode."),
        ("table", [
            ["Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
            ["Deelnamepercentage vso (1 oktober)", "4,45%", "maximaal 4,00%"],
            ["Percentage leerlingen met individueel arrangement dat het schooljaar in de reguliere setting afrondt", "84%", "ten minste 90%"],
            ["Doorlooptijd besluit TLV (mediaan)", "31 werkdagen", "maximaal 25 werkdagen"],
            ["Aantal thuiszitters langer dan 4 weken (peildatum 1 oktober)", "23", "maximaal 12"],
            ["Percentage leerlingen uit OPDC met diploma of vervolgplek binnen 2 jaar", "71%", "ten minste 80%"],
            ["Tevredenheid schoolbesturen over dienstverlening CTO (schaal 1-10)", "6,4", "ten minste 7,5"],
        ]),
        ("h2", "7.2 Monitoring en evaluatie"),
        ("p", "Het samenwerkingsverband hanteert een PDCA-cyclus. De indicatoren worden per kwartaal bijgehouden in het managementdashboard en besproken in het bestuurdersoverleg. Twee keer per jaar rapporteert de directeur-bestuurder aan de Raad van Toezicht over de voortgang. In het jaarverslag, vast te stellen vóór 1 juli, worden de bereikte resultaten per indicator verantwoord, in relatie tot de ingezette middelen per voorziening. De ondersteuningsplanraad ontvangt het jaarverslag en bespreekt het met de directeur-bestuurder. Jaarlijks voert het samenwerkingsverband met ieder schoolbestuur een monitoringsgesprek op basis van de vestigingsgegevens."),
        ("h2", "7.3 Bereikte resultaten vorige planperiode"),
        ("p", "In de planperiode 2022-2026 is de doorlooptijd van lwoo- en pro-aanvragen teruggebracht van gemiddeld 38 naar 19 werkdagen. De doelstelling om de vso-deelname onder 4% te brengen is niet gerealiseerd; de deelname steeg van 4,02% naar 4,45%. Het aantal thuiszitters daalde van 31 naar 23. Bovenschoolse voorziening De Hoeve is in 2023 gerealiseerd en biedt plaats aan 16 leerlingen."),
    ]
    B += [
        ("h1", "8 Governance"),
        ("p", "Het samenwerkingsverband is een stichting met een raad-van-toezichtmodel. De directeur-bestuurder vormt het bestuur. De Raad van Toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, onder wie de voorzitter. Het bestuurdersoverleg, waarin alle aangesloten schoolbesturen zijn vertegenwoordigd, adviseert de directeur-bestuurder over beleid en begroting."),
        ("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De ondersteuningsplanraad heeft op 17 maart 2026 met het plan ingestemd. Het samenwerkingsverband heeft daarnaast een medezeggenschapsraad voor het eigen personeel."),
        ("p", "De governancecode Goed Onderwijsbestuur VO wordt toegepast. Functiescheiding tussen bestuur en toezicht is geborgd in de statuten, laatstelijk gewijzigd op 1 januari 2024."),
        ("h1", "9 Samenwerking met gemeenten"),
        ("p", "Het OOGO met de vijf gemeenten over dit plan is op 5 maart 2026 afgerond. De gemeenten hebben ingestemd met de hoofdlijnen. Gezamenlijke thema's voor de planperiode zijn: aansluiting onderwijs en jeugdhulp, onderwijs-zorgarrangementen, leerlingenvervoer, onderwijshuisvesting voor bovenschoolse voorzieningen en de aansluiting op de arbeidsmarkt. Over de bekostiging van het zorgdeel van De Hoeve is een convenant afgesloten met een looptijd tot en met 2028."),
        ("p", "Met het PO-samenwerkingsverband zijn afspraken gemaakt over de overdracht van leerlingen met extra ondersteuning van groep 8 naar het voortgezet onderwijs, inclusief een gezamenlijk tijdpad voor lwoo- en pro-aanvragen."),
        ("h1", "10 Personeel en organisatie"),
        ("p", "Het bureau van het samenwerkingsverband heeft een formatie van 9,4 fte: directeur-bestuurder (1,0), beleidsadviseur (1,0), orthopedagogen en psychologen (3,2), trajectbegeleiders (2,4), controller (0,6) en secretariaat (1,2). De bovenschoolse voorzieningen worden uitgevoerd door personeel van de schoolbesturen op detacheringsbasis."),
        ("p", "Het samenwerkingsverband faciliteert professionalisering door middel van netwerken voor zorgcoördinatoren en een jaarlijks congres. Deskundigheidsbevordering van docenten is een verantwoordelijkheid van de schoolbesturen."),
        ("p", "Het personeelsbeleid van het samenwerkingsverband is gericht op duurzame inzetbaarheid en behoud van specialistische expertise. Medewerkers voeren jaarlijks een ontwikkelgesprek; orthopedagogen en psychologen zijn BIG- of NVO-geregistreerd en ontvangen een scholingsbudget van 1.500 euro per fte per jaar. Het ziekteverzuim bedroeg in 2025 3,9%. In de planperiode wordt de formatie van het bureau niet uitgebreid; groei van de werklast wordt opgevangen door digitalisering van de aanvraagprocessen en standaardisering van formats."),
        ("p", "De taakverdeling binnen het bureau is vastgelegd in een managementstatuut. De directeur-bestuurder is integraal verantwoordelijk; de beleidsadviseur is gemandateerd voor de voorzittersrol van de CTO; de controller rapporteert rechtstreeks aan de auditcommissie van de Raad van Toezicht."),
        ("h1", "11 Informatievoorziening, ICT en privacy"),
        ("p", "Aanvragen voor arrangementen, lwoo, pro en TLV worden afgehandeld via een beveiligd digitaal portaal. Het samenwerkingsverband verwerkt bijzondere persoonsgegevens voor zover noodzakelijk voor de uitvoering van de wettelijke taken. Gegevens worden bewaard tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en een verwerkingsregister ingericht."),
        ("h1", "12 Communicatie en ouders"),
        ("p", "De externe communicatie van het samenwerkingsverband, waaronder de informatievoorziening aan ouders en leerlingen en de verwijzing naar onafhankelijke ondersteuning, is uitgewerkt in het Communicatieplan 2026-2030 (bijlage 6)."),
        ("h1", "Bijlagen"),
        ("p", "Bijlage 1 Statuten. Bijlage 2 Verslag OOGO 5 maart 2026. Bijlage 3 Instemmingsbesluit OPR. Bijlage 4 Formulieren CTO. Bijlage 5 Jaarplan 2026-2027. Bijlage 6 Communicatieplan 2026-2030. De bijlagen zijn separaat gepubliceerd."),
        ("h1", "Afkortingenlijst"),
        ("table", [
            ["Afkorting", "Betekenis"],
            ["CTO", "Commissie Toewijzing en Ondersteuning"],
            ["EMB", "Ernstig meervoudig beperkt"],
            ["ISK", "Internationale schakelklas"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad (geledingen ouders/leerlingen en personeel)"],
            ["Pro", "Praktijkonderwijs"],
            ["SOP", "Schoolondersteuningsprofiel, waarin de basisondersteuning per school is beschreven"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Vso", "Voortgezet speciaal onderwijs"],
        ]),
    ]
    return B

# =====================================================================================
# Plan E - PO, .html (web version), warm language. Passend Onderwijs Heidedorpen
# =====================================================================================
def plan_e():
    B = []
    B += [
        ("title", "Ondersteuningsplan 2026-2030: Samen sterk in de Heidedorpen"),
        ("subtitle", "Samenwerkingsverband Passend Onderwijs Heidedorpen, primair onderwijs (PO 28-06)"),
        ("p", "Webversie van het ondersteuningsplan. Deze versie is gelijk aan de door het bestuur op 31 maart 2026 vastgestelde tekst. De ondersteuningsplanraad stemde in op 23 maart 2026; het OOGO met de gemeenten vond plaats op 9 maart 2026."),
        ("toc", "Op deze pagina", [
            ("Voorwoord", 1), ("1. Wie zijn we?", 1), ("2. Waar we in geloven", 1),
            ("3. Wat elke school uw kind biedt", 1), ("4. Als een speciale school beter past: toelaatbaarheid", 1),
            ("5. Terug naar een gewone basisschool", 1), ("6. Wat we willen bereiken", 1),
            ("7. Zo houden we bij hoe het gaat", 1), ("8. Geld", 1), ("9. Ouders: waar kunt u terecht?", 1),
            ("10. Samen met de gemeenten", 1), ("11. Organisatie", 1), ("12. Mensen en middelen", 1),
            ("13. Planning", 1), ("Begrippenlijst", 1)]),
        ("h1", "Voorwoord"),
        ("p", "Welkom op de webversie van ons ondersteuningsplan. We hebben deze versie gemaakt omdat veel ouders en leerkrachten ons plan liever op hun telefoon of laptop lezen dan in een dik document. De tekst is dezelfde als die van het vastgestelde plan."),
        ("p", "In de Heidedorpen kennen mensen elkaar. Scholen zijn klein en staan midden in het dorp. Dat is een kracht: een juf kent de broertjes en zusjes, de buurvrouw en de voetbaltrainer. Maar het maakt het ook lastig. Een kleine school heeft niet altijd een specialist in huis, en de dichtstbijzijnde speciale school is soms wel dertig kilometer verderop. Daarom werken onze scholen al jaren samen. Ze lenen elkaars kennis, ze delen leerkrachten en ze zoeken samen naar oplossingen."),
        ("p", "Dit plan beschrijft hoe we dat de komende vier jaar doen. We hebben het geschreven met hulp van ouders, leerkrachten, intern begeleiders, directeuren, de ondersteuningsplanraad en de gemeenten. Dank jullie wel!"),
        ("p", "Anouk Bosveld, directeur-bestuurder"),
        ("h2", "Hoe leest u deze pagina?"),
        ("p", "U kunt deze pagina van boven naar beneden lezen, maar u kunt ook via de inhoudsopgave direct naar het onderwerp gaan dat u zoekt. We schrijven 'u' als we ouders bedoelen en 'de school' als we het team van een school bedoelen. In een paar kaders vertellen we het verhaal van een kind. Die kinderen bestaan niet echt, maar hun verhalen zijn wel gebaseerd op wat we in de praktijk zien. Onderaan de pagina staat een begrippenlijst met de moeilijke woorden en afkortingen die in passend onderwijs veel worden gebruikt. Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030."),
        ("h1", "1. Wie zijn we?"),
        ("p", "Passend Onderwijs Heidedorpen is het samenwerkingsverband voor het primair onderwijs in de gemeenten Heidebeek, Ermelo-Oost en Nunspeet-Zuid. Vijf schoolbesturen werken samen. Zij hebben 34 basisscholen, één school voor speciaal basisonderwijs (sbo De Heideroos) en één school voor speciaal onderwijs (so De Ree, met een afdeling voor cluster 3 en een afdeling voor cluster 4). Er gaan ongeveer 6.900 kinderen naar onze scholen."),
        ("p", "Acht van onze scholen hebben minder dan honderd leerlingen. Vier scholen zijn de enige school in hun dorp. We vinden het belangrijk dat die scholen blijven bestaan, omdat een school het hart van een dorp is. Dat betekent dat we slim moeten samenwerken."),
        ("p", "Het samenwerkingsverband heeft een bureau met zeven medewerkers: de directeur-bestuurder, twee orthopedagogen, twee onderwijsspecialisten, een medewerker financiën en een secretaresse. Het bureau zit in het Kindcentrum van Heidebeek."),
        ("p", "De vijf besturen zijn heel verschillend. Er is een groot openbaar bestuur met veertien scholen, een protestants-christelijk bestuur met negen scholen, een katholiek bestuur met zes scholen, een bestuur voor reformatorisch onderwijs met drie scholen en een bestuur voor algemeen bijzonder onderwijs met twee scholen. Die verscheidenheid vinden we waardevol. Ouders kunnen kiezen voor een school die past bij hun overtuiging, en tegelijk kunnen zij rekenen op dezelfde afspraken over ondersteuning."),
        ("h1", "2. Waar we in geloven"),
        ("p", "Ieder kind wil leren, en ieder kind kan leren. Soms heeft het daar wat meer hulp bij nodig. We geloven dat die hulp het best werkt als hij dichtbij is: in de eigen klas, bij de eigen juf of meester, met de eigen vriendjes. Daarom investeren we vooral in de gewone school."),
        ("p", "We geloven ook dat ouders en school het samen moeten doen. Ouders kennen hun kind het best. Leerkrachten weten veel van leren en van groepen. Als die kennis samenkomt, ontstaat er iets moois."),
        ("p", "En we geloven in eenvoud. Passend onderwijs is ingewikkeld genoeg. We willen dat ouders en leerkrachten snel weten waar ze aan toe zijn, zonder eindeloze formulieren of lange wachttijden."),
        ("p", "Deze drie overtuigingen komen steeds terug in dit plan: dichtbij, samen en eenvoudig."),
    ]
    B += [
        ("h1", "3. Wat elke school uw kind biedt"),
        ("p", "Alle vijf de besturen hebben samen afgesproken wat iedere basisschool in de Heidedorpen minimaal biedt. Dit is de basisondersteuning. Het is de ondergrens die voor alle 34 scholen en al hun locaties geldt, groot of klein. U hoeft er niets voor aan te vragen: het hoort gewoon bij de school. Een school kan meer doen, maar nooit minder."),
        ("p", "Dit mag u van iedere school verwachten:"),
        ("ul", [
            "Een intern begeleider die u kunt spreken als u zich zorgen maakt. Op kleine scholen deelt de intern begeleider soms de tijd met een andere school, maar hij of zij is minstens één dagdeel per week op school.",
            "Een ondersteuningsteam, vier keer per jaar, waarin de intern begeleider, de leerkracht en de onderwijsspecialist van het samenwerkingsverband meedenken over kinderen die vastlopen. U bent welkom als uw kind besproken wordt.",
            "Extra instructie in een klein groepje voor kinderen die moeite hebben met lezen, spelling of rekenen, minimaal drie keer per week.",
            "Een dyslexieaanpak volgens het landelijke protocol, met hulpmiddelen zoals voorleessoftware vanaf groep 5.",
            "Verrijking voor kinderen die meer aankunnen, met een eigen verrijkingsprogramma in de klas en een verrijkingsplan dat de leerkracht met het kind en de ouders opstelt.",
            "Een veilig klimaat: een methode voor sociaal-emotioneel leren, een anti-pestaanpak en een jaarlijkse vragenlijst over veiligheid voor de kinderen vanaf groep 5.",
            "Een eerste aanpak bij gedragsproblemen: een gedragsplan, een rustplek in school en begeleiding van de leerkracht door de onderwijsspecialist.",
            "Een protocol voor medicijngebruik en medische handelingen.",
            "Een ontwikkelingsperspectief (OPP) voor kinderen die een eigen leerlijn volgen, dat samen met u wordt opgesteld en twee keer per jaar wordt besproken.",
            "Een goede overdracht van kinderopvang of peuterspeelzaal naar groep 1 en van groep 8 naar het voortgezet onderwijs.",
        ]),
        ("p", "Het samenwerkingsverband bezoekt iedere school eens per twee jaar om samen te kijken of de basisondersteuning op orde is. De onderwijsspecialist en een intern begeleider van een andere school voeren dan een gesprek met de directeur en de intern begeleider, kijken in een paar klassen en praten met twee ouders. Ontbreekt er iets, dan maakt de school een plan om het binnen een jaar te herstellen."),
        ("h1", "4. Als een speciale school beter past: toelaatbaarheid"),
        ("p", "Soms heeft een kind meer nodig dan een basisschool kan bieden, ook met hulp van het samenwerkingsverband. Dan kan een speciale school een betere plek zijn: sbo De Heideroos of so De Ree. Hoe de weg naar een speciale school gaat en wanneer dat kan, leest u in ons Handboek Toewijzing op onze website. Dat handboek wordt in het najaar van 2026 vernieuwd."),
        ("h1", "5. Terug naar een gewone basisschool"),
        ("p", "Een speciale school is voor veel kinderen een fijne plek om weer tot bloei te komen. Maar wij vinden dat een kind niet langer op een speciale school hoeft te blijven dan nodig is. Als het kan, gaat een kind terug naar een gewone basisschool, het liefst in het eigen dorp, bij de kinderen uit de buurt. Dat doen we alleen als het kind er zelf aan toe is, als de ouders erachter staan en als de basisschool kan bieden wat het kind nog nodig heeft."),
        ("p", "Een kind dat teruggaat, krijgt altijd een terugkeerbegeleiding. Een leerkracht van De Heideroos of De Ree komt het eerste jaar eens per twee weken langs op de nieuwe school, en de nieuwe school krijgt van het samenwerkingsverband extra geld voor een onderwijsassistent: vier uur per week gedurende het eerste half jaar. Ook mag het kind de eerste maand op vrijdag nog naar de oude groep, om afscheid te nemen."),
        ("h2", "5.1 Zo gaat het stap voor stap"),
        ("ol", [
            "Ieder jaar in januari bespreekt de speciale school met de ouders het OPP. Daarin staat ook altijd de vraag: kan dit kind terug naar een gewone basisschool?",
            "In het laatste jaar van de toelaatbaarheidsverklaring is dit gesprek uiterlijk op 1 februari. De orthopedagoog van het samenwerkingsverband is erbij.",
            "Als school en ouders denken dat terugkeer kan, nodigt de speciale school de basisschool van voorkeur uit voor een kennismaking. De ouders kiezen de school; meestal is dat de school in het eigen dorp.",
            "De directeur-bestuurder van het samenwerkingsverband besluit uiterlijk 15 april over de terugkeerbegeleiding en het extra geld.",
            "Na de zomervakantie, of eerder als dat beter is, gaat het kind naar de nieuwe school. Na zes weken en na een half jaar is er een evaluatiegesprek met ouders, beide scholen en de orthopedagoog.",
            "Als terugkeer niet verstandig is, vraagt de speciale school een nieuwe toelaatbaarheidsverklaring aan.",
        ]),
        ("quote", "Noor (9) ging in groep 4 naar sbo De Heideroos. Ze had veel moeite met lezen en voelde zich op haar oude school dom. Op De Heideroos kreeg ze haar zelfvertrouwen terug. In groep 6 bespreken haar ouders en de juf in januari of Noor terug kan. De basisschool in haar dorp wil haar graag weer hebben. In de zomer stapt Noor over. Haar oude juf komt elke twee weken kijken en op vrijdag mag Noor de eerste maand nog bij haar oude klas zijn. 'Ik was eerst bang,' zegt Noor, 'maar nu zit ik weer naast Fenna.'"),
        ("p", "In 2024-2025 gingen negen kinderen vanuit De Heideroos en twee kinderen vanuit De Ree terug naar een basisschool in onze regio."),
    ]
    B += [
        ("h1", "6. Wat we willen bereiken"),
        ("p", "We willen dat het over vier jaar beter gaat met de kinderen die extra hulp nodig hebben. Daarom hebben we samen met de ondersteuningsplanraad vijf doelen gekozen. Bij ieder doel staat een getal, zodat we kunnen zien of het gelukt is."),
        ("table", [
            ["Doel", "Nu (2024-2025)", "In 2029-2030"],
            ["Kinderen zo dichtbij mogelijk: percentage kinderen in sbo en so", "3,9%", "maximaal 3,5%"],
            ["Terugkeer: kinderen die per jaar vanuit sbo of so teruggaan naar een basisschool", "11", "minstens 15"],
            ["Basis op orde: scholen die bij het schoolbezoek voldoen aan alle tien punten", "27 van de 34", "alle 34"],
            ["Tevreden ouders: rapportcijfer van ouders van kinderen met een OPP", "7,1", "minstens 7,5"],
            ["Leerkrachten voelen zich toegerust: percentage dat zegt 'ik weet wat ik moet doen'", "62%", "minstens 75%"],
        ]),
        ("p", "Waarom deze doelen? Het eerste doel gaat over dichtbij: hoe minder kinderen ver van huis naar school hoeven, hoe beter. We weten dat dit niet voor ieder kind kan, en we zullen nooit een kind op een basisschool houden als een speciale school echt beter is. Maar we zien dat in onze regio meer kinderen naar het sbo gaan dan in de rest van het land, en dat wij als scholen soms te snel de handdoek in de ring gooien."),
        ("p", "Het tweede doel gaat over de weg terug. Hoe meer kinderen we na een periode op De Heideroos of De Ree weer op een gewone basisschool zien, hoe beter we ons werk doen. Het derde doel gaat over de basis: die moet op iedere school op orde zijn. Het vierde en vijfde doel gaan over hoe ouders en leerkrachten het ervaren. Want cijfers zeggen niet alles: als ouders zich niet gehoord voelen of leerkrachten zich alleen voelen staan, is er nog werk aan de winkel."),
        ("h1", "7. Zo houden we bij hoe het gaat"),
        ("p", "Ieder jaar in november maken we de Heidedorpen-monitor. Daarin staan de cijfers van alle vijf de doelen, per bestuur en voor het hele samenwerkingsverband. We halen de cijfers uit de telling van 1 oktober, uit onze eigen registratie van terugkeer en schoolbezoeken, en uit twee vragenlijsten: een voor ouders van kinderen met een OPP (ieder voorjaar) en een voor leerkrachten (om het jaar)."),
        ("p", "De monitor bespreken we in december met de directeuren en met de ondersteuningsplanraad. Als een doel niet in de goede richting gaat, spreken we samen af wat we anders gaan doen. De monitor staat ook in ons jaarverslag, dat ieder jaar voor 1 juli verschijnt. Na twee jaar houden we een tussenevaluatie, waarin we ook ouders en leerkrachten interviewen over hun ervaringen."),
        ("h1", "8. Geld"),
        ("p", "Het samenwerkingsverband krijgt ieder jaar geld van het Rijk voor de ondersteuning van kinderen. Een groot deel daarvan gaat rechtstreeks naar De Heideroos en De Ree: dat geld wordt door DUO ingehouden. Met de rest betalen we de ondersteuning op de basisscholen, de terugkeerbegeleiding en ons bureau."),
        ("p", "De verdeelsleutel waarmee we het geld vanaf 2027 over de schoolbesturen verdelen, stellen we in het voorjaar van 2026 opnieuw vast, samen met de besturen en na advies van de ondersteuningsplanraad. Tot die tijd blijven de huidige afspraken gelden."),
        ("p", "Zo ziet onze begroting voor de komende jaren eruit:"),
        ("table", [
            ["Bedragen in euro", "2026", "2027", "2028", "2029"],
            ["Inkomsten van het Rijk", "7.420.000", "7.350.000", "7.270.000", "7.200.000"],
            ["Afdracht sbo en so via DUO", "4.210.000", "4.150.000", "4.090.000", "4.030.000"],
            ["Ondersteuningsbudget naar de schoolbesturen", "1.760.000", "1.740.000", "1.720.000", "1.700.000"],
            ["Onderwijsspecialisten en orthopedagogen", "590.000", "600.000", "610.000", "620.000"],
            ["Terugkeerbegeleiding", "140.000", "170.000", "190.000", "200.000"],
            ["Plusgroepen en taalgroep", "380.000", "380.000", "380.000", "380.000"],
            ["Scholing en netwerken", "95.000", "95.000", "95.000", "95.000"],
            ["Bureau en bestuur", "330.000", "335.000", "340.000", "345.000"],
            ["Saldo", "-85.000", "-120.000", "-145.000", "-170.000"],
        ]),
        ("p", "Het negatieve saldo is bewust: we hebben meer reserves dan nodig en willen dat geld ten goede laten komen aan de kinderen. Onze reserve is eind 2025 ongeveer 1,4 miljoen euro."),
        ("h1", "9. Ouders: waar kunt u terecht?"),
        ("p", "Soms loopt het niet zoals u hoopt. U maakt zich zorgen, u bent het niet eens met de school, of u weet niet welke stap u nu moet zetten. Dan is het fijn als er iemand is die naast u staat en niet van de school is."),
        ("ul", [
            "Ouder- en Jeugdsteunpunt Heidedorpen: onafhankelijke ouderadviseurs die u gratis helpen. Zij luisteren, denken mee, gaan mee naar gesprekken en kunnen bemiddelen. Het steunpunt is van maandag tot en met donderdag bereikbaar via telefoon, WhatsApp en e-mail. Het steunpunt wordt betaald door het samenwerkingsverband, maar werkt onafhankelijk en kiest alleen de kant van het kind.",
            "Onderwijsconsulenten: een landelijke, gratis dienst voor ouders en scholen als er geen passende plek is of als het overleg vastloopt.",
            "Klachten: heeft u een klacht over het samenwerkingsverband, dan kunt u terecht bij onze klachtencommissie. Voor geschillen over toelating, verwijdering of het OPP is er de landelijke Geschillencommissie passend onderwijs.",
        ]),
        ("p", "Hoe we ouders in de toekomst over ons aanbod informeren, werken we dit jaar uit in een nieuw communicatieplan. Een vernieuwde ouderwebsite staat gepland voor 2027."),
        ("p", "Ouders praten ook mee over het beleid: in de ondersteuningsplanraad zitten vier ouders en vier leerkrachten."),
    ]
    B += [
        ("h1", "10. Samen met de gemeenten"),
        ("p", "Kinderen groeien niet alleen op school op. Ook thuis, in de sportclub en in het dorp gebeurt veel. We voerden op 9 maart 2026 op overeenstemming gericht overleg (OOGO) met de drie gemeenten over dit plan. De wethouders hebben laten weten dat zij zich kunnen vinden in de richting."),
        ("p", "De afspraken die we met de gemeenten willen maken over jeugdhulp op school, leerlingenvervoer, huisvesting en thuiszitters leggen we vast in een apart convenant. Dat convenant stellen we in de loop van 2026 samen met de gemeenten op. Twee keer per jaar is er bestuurlijk overleg tussen de wethouders en de directeur-bestuurder."),
        ("h1", "11. Organisatie"),
        ("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder is het bestuur. Zij legt verantwoording af aan de Raad van Toezicht, waarin de vijf schoolbesturen zitten en een onafhankelijke voorzitter. De directeuren van de scholen komen vier keer per jaar bij elkaar in het directeurenberaad en adviseren over het beleid."),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR vergadert vijf keer per jaar en krijgt ieder jaar de Heidedorpen-monitor en het jaarverslag."),
        ("p", "We gaan zorgvuldig om met de gegevens van kinderen. We houden ons aan de AVG, en gegevens over aanvragen bewaren we niet langer dan drie jaar na het besluit."),
        ("p", "De Raad van Toezicht komt vijf keer per jaar bijeen. Eén keer per jaar spreekt de Raad van Toezicht met de ondersteuningsplanraad, en één keer per jaar bezoekt de raad een school om te zien hoe het beleid in de praktijk uitpakt. De raad keurt de begroting en het jaarverslag goed en benoemt de accountant."),
        ("p", "Het samenwerkingsverband werkt volgens de Code Goed Bestuur in het primair onderwijs. De statuten en het reglement van de ondersteuningsplanraad staan op onze website."),
        ("h1", "12. Mensen en middelen"),
        ("p", "Goed onderwijs begint bij goede leerkrachten. Ook in de Heidedorpen is het moeilijk om voor iedere klas een bevoegde leerkracht te vinden. We merken dat startende leerkrachten het spannend vinden om kinderen met extra behoeften in de klas te hebben. Daarom bieden we ieder jaar een startersprogramma aan, met vier bijeenkomsten over gedrag, lezen, meer- en hoogbegaafdheid en het gesprek met ouders."),
        ("p", "Intern begeleiders komen vijf keer per jaar samen in het IB-netwerk. Directeuren volgen samen een leergang over passend onderwijs in kleine scholen. De onderwijsspecialisten van het samenwerkingsverband geven coaching in de klas."),
        ("p", "Op het gebied van ICT werken alle scholen met hetzelfde leerlingvolgsysteem. Dat maakt de overdracht tussen scholen eenvoudiger. Het samenwerkingsverband gebruikt een beveiligde omgeving voor het delen van dossiers."),
        ("p", "Werkdruk is een thema dat we serieus nemen. In gesprekken met leerkrachten hoorden we dat vooral het schrijven van verslagen en formulieren veel tijd kost. Daarom hebben we het OPP-format ingekort en werken alle scholen sinds 2025 met hetzelfde, eenvoudige format. Ook het verslag van het ondersteuningsteam is teruggebracht tot één pagina."),
        ("p", "Ons eigen team is klein, en daardoor kwetsbaar. Als een orthopedagoog langdurig uitvalt, merken scholen dat meteen. Daarom hebben we afspraken gemaakt met twee buursamenwerkingsverbanden om elkaar in zo'n geval te helpen. Ook investeren we in de opleiding van onze medewerkers: iedere medewerker heeft een eigen scholingsbudget en er zijn twee teamdagen per jaar."),
        ("p", "Het bureau verhuist in 2027 naar het nieuwe Kindcentrum van Heidebeek. Daar zitten we samen met de jeugdgezondheidszorg en de bibliotheek onder één dak."),
        ("h1", "13. Planning"),
        ("table", [
            ["Wanneer", "Wat"],
            ["Voorjaar 2026", "Nieuwe verdeelsleutel vastgesteld"],
            ["Najaar 2026", "Vernieuwd Handboek Toewijzing op de website"],
            ["2026", "Nieuw communicatieplan en convenant met de gemeenten"],
            ["November 2026", "Eerste Heidedorpen-monitor volgens dit plan"],
            ["2027", "Vernieuwde ouderwebsite"],
            ["2028", "Tussenevaluatie met interviews"],
            ["Voor 1 mei 2030", "Nieuw ondersteuningsplan naar de inspectie"],
        ]),
        ("h1", "Begrippenlijst"),
        ("table", [
            ["Begrip", "Uitleg"],
            ["Arrangement", "Extra ondersteuning voor een kind, bovenop de basisondersteuning."],
            ["Dekkend aanbod", "Een aanbod waarin voor ieder kind een passende plek is."],
            ["OPP", "Ontwikkelingsperspectief."],
            ["Sbo", "Speciaal basisonderwijs."],
            ["So", "Speciaal onderwijs."],
            ["Thuiszitter", "Een kind dat niet naar school gaat zonder dat het daarvoor vrijstelling heeft."],
            ["TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een kind naar sbo of so mag. De school vraagt de TLV aan; twee deskundigen geven advies."],
            ["Zorgplicht", "De plicht van een school om voor een aangemeld kind een passende plek te zoeken."],
        ]),
    ]
    return B

# =====================================================================================
# F - near miss: a school-level "ondersteuningsplan" of one basisschool (not an SWV plan)
# =====================================================================================
def nearmiss_f():
    B = []
    B += [
        ("title", "Ondersteuningsplan schooljaar 2025-2026"),
        ("subtitle", "Kindcentrum De Vlinderhof - openbare basisschool, locatie Weidebloem"),
        ("p", "Opgesteld door de intern begeleider en de directeur, besproken met het team op 2 september 2025 en ter informatie aan de medezeggenschapsraad op 16 september 2025."),
        ("toc", "Inhoud", [
            ("1 Inleiding", 2), ("2 Onze leerlingen", 2), ("3 De zorgniveaus op De Vlinderhof", 3),
            ("4 De ondersteuningscyclus en toetskalender", 5), ("5 Groeps- en leerlingbesprekingen", 6),
            ("6 Extra ondersteuning via het samenwerkingsverband", 7), ("7 Ouders", 8),
            ("8 Taakverdeling", 9), ("9 Jaarplanning zorg", 10)]),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op Kindcentrum De Vlinderhof, locatie Weidebloem, de ondersteuning aan onze leerlingen organiseren in schooljaar 2025-2026. Het plan is een werkdocument voor het team. Het sluit aan op ons schoolondersteuningsprofiel (SOP), op de schoolgids en op het ondersteuningsplan van ons samenwerkingsverband Passend Primair Onderwijs Linge-Oever. Waar dit plan en het plan van het samenwerkingsverband verschillen, gaat het plan van het samenwerkingsverband voor."),
        ("p", "Het plan wordt ieder jaar in juni geëvalueerd door de intern begeleider, de directeur en de bouwcoördinatoren, en voor de start van het nieuwe schooljaar bijgesteld."),
        ("h1", "2 Onze leerlingen"),
        ("p", "Op 1 oktober 2025 telde de locatie Weidebloem 214 leerlingen in negen groepen. Ongeveer een kwart van de leerlingen spreekt thuis een andere taal dan het Nederlands. Elf leerlingen hebben een ontwikkelingsperspectief (OPP), van wie vier met een eigen leerlijn voor rekenen. Twee leerlingen krijgen een arrangement van het samenwerkingsverband. In het afgelopen schooljaar vertrokken drie leerlingen naar het speciaal basisonderwijs."),
        ("h1", "3 De zorgniveaus op De Vlinderhof"),
        ("p", "We werken met vijf zorgniveaus. Ieder kind start op niveau 1. Een kind gaat pas naar een hoger niveau als dat nodig is, en gaat terug als het kan."),
        ("table", [
            ["Niveau", "Wat gebeurt er?", "Wie?"],
            ["1 Algemene zorg in de groep", "Effectieve instructie volgens het directe instructiemodel, drie instructiegroepen per vak, werken met dag- en weektaken.", "Groepsleerkracht"],
            ["2 Extra zorg in de groep", "Verlengde instructie aan de instructietafel, extra oefentijd, preteaching.", "Groepsleerkracht"],
            ["3 Speciale zorg na intern onderzoek", "Handelingsplan na diagnostische toets of gesprek met de IB'er, ondersteuning door de onderwijsassistent buiten de groep.", "Leerkracht en IB'er"],
            ["4 Speciale zorg na extern onderzoek", "Ondersteuningsteam met onderwijsadviseur van het samenwerkingsverband, extern onderzoek (bijvoorbeeld dyslexie), eventueel een OPP.", "IB'er, externe deskundigen"],
            ["5 Verwijzing of arrangement", "Aanvraag arrangement bij het samenwerkingsverband of aanvraag toelaatbaarheidsverklaring.", "IB'er, directeur, bestuur"],
        ]),
        ("p", "Onze basisondersteuning staat beschreven in ons SOP. Daarin staat ook wat we niet kunnen bieden: wij hebben bijvoorbeeld geen lift en kunnen kinderen die volledig rolstoelafhankelijk zijn daarom beperkt opvangen."),
        ("h1", "4 De ondersteuningscyclus en toetskalender"),
        ("p", "We werken handelingsgericht in een cyclus van waarnemen, begrijpen, plannen en realiseren. Twee keer per jaar, in januari en juni, nemen we de methodeonafhankelijke toetsen af voor technisch lezen, begrijpend lezen, spelling en rekenen. Daarnaast gebruiken we de methodetoetsen en observaties. In groep 1 en 2 volgen we de kinderen met een observatie-instrument."),
        ("table", [
            ["Maand", "Toets of activiteit", "Groepen"],
            ["September", "Startgesprekken met ouders en kind", "1-8"],
            ["Oktober", "Vragenlijst sociale veiligheid", "5-8"],
            ["November", "Groepsbespreking 1", "1-8"],
            ["Januari", "Methodeonafhankelijke toetsen (midden)", "3-8"],
            ["Februari", "Trendanalyse schoolniveau, groepsbespreking 2", "1-8"],
            ["Juni", "Methodeonafhankelijke toetsen (eind), groepsbespreking 3", "3-8"],
        ]),
        ("p", "Na iedere toetsperiode maakt de intern begeleider een trendanalyse. De uitkomsten worden besproken in de teamvergadering. Zo zien we of onze opbrengsten op schoolniveau voldoende zijn en waar we het onderwijs moeten aanpassen."),
        ("h1", "5 Groeps- en leerlingbesprekingen"),
        ("p", "Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking. We bespreken de resultaten van de groep, het groepsoverzicht en de kinderen die extra aandacht nodig hebben. De leerkracht bereidt de bespreking voor met het groepsoverzicht en de leerlingkaarten."),
        ("p", "Als een kind na een periode van extra zorg onvoldoende vooruitgaat, volgt een leerlingbespreking. Daarbij zijn de leerkracht, de intern begeleider en de ouders aanwezig. Zo nodig wordt het kind daarna ingebracht in het ondersteuningsteam, waarin ook de onderwijsadviseur van het samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige zitten. Het ondersteuningsteam komt vier keer per jaar bij elkaar."),
        ("h1", "6 Extra ondersteuning via het samenwerkingsverband"),
        ("p", "Als wij als school niet genoeg kunnen bieden, kunnen wij een arrangement aanvragen bij het Loket van het samenwerkingsverband. De intern begeleider vult het aanvraagformulier in het digitale portaal in, samen met de ouders. Het samenwerkingsverband beslist binnen vier weken."),
        ("p", "Als een speciale school beter past, vraagt ons schoolbestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Op school bereidt de intern begeleider het dossier voor: het OPP, de verslagen van het ondersteuningsteam en de zienswijze van de ouders. De beslissing ligt bij de Commissie Toelaatbaarheid van het samenwerkingsverband. Meer informatie staat in het ondersteuningsplan van het samenwerkingsverband."),
        ("p", "Komt een kind na een periode op het speciaal basisonderwijs terug naar onze school, dan maken we samen met de sbo-school een overdrachtsplan en zorgen we voor een warme overdracht aan de nieuwe leerkracht."),
        ("h1", "7 Ouders"),
        ("p", "Ouders zijn onze partners. We vinden het belangrijk dat ouders weten hoe het met hun kind gaat en dat ze meedenken. Ouders worden altijd betrokken als hun kind extra zorg krijgt vanaf niveau 3. Het OPP wordt met de ouders besproken en door hen ondertekend voor het handelingsdeel."),
        ("p", "Ouders krijgen drie keer per jaar een gesprek met de leerkracht: het startgesprek in september en twee rapportgesprekken. Daarnaast kunnen ouders altijd een afspraak maken met de leerkracht of de intern begeleider. In de schoolgids staat hoe ouders een klacht kunnen indienen; de school is aangesloten bij de landelijke klachtencommissie. Ouders kunnen ook terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "8 Taakverdeling"),
        ("ul", [
            "Groepsleerkracht: signaleert, voert de zorg op niveau 1 tot en met 3 uit, houdt het groepsoverzicht bij en voert de gesprekken met ouders.",
            "Intern begeleider: coördineert de zorg, leidt de groeps- en leerlingbesprekingen, maakt de trendanalyses, onderhoudt contact met het samenwerkingsverband en met externe partners.",
            "Onderwijsassistent: ondersteunt kinderen op niveau 3 volgens het handelingsplan.",
            "Directeur: eindverantwoordelijk voor de kwaliteit van de zorg, bewaakt de formatie en de middelen voor ondersteuning, is aanspreekpunt voor het bestuur.",
            "Bouwcoördinatoren: bewaken de doorgaande lijn binnen de onderbouw en de bovenbouw.",
        ]),
        ("h1", "9 Jaarplanning zorg"),
        ("table", [
            ["Periode", "Activiteit"],
            ["Augustus", "Overdracht tussen leerkrachten, groepsoverzichten bijwerken"],
            ["September", "Startgesprekken, bespreking ondersteuningsplan in team"],
            ["November", "Groepsbespreking 1, ondersteuningsteam 1"],
            ["Februari", "Trendanalyse, groepsbespreking 2, ondersteuningsteam 2"],
            ["April", "Ondersteuningsteam 3, voorbereiding overstap groep 8"],
            ["Juni", "Groepsbespreking 3, ondersteuningsteam 4, evaluatie van dit ondersteuningsplan"],
        ]),
        ("p", "In schooljaar 2025-2026 is ons speerpunt het versterken van het begrijpend lezen in groep 4 tot en met 8. Het team volgt daarvoor vier studiemiddagen. De middelen voor ondersteuning die wij van het bestuur ontvangen, zetten wij vooral in voor de onderwijsassistent (0,6 fte) en voor extra uren van de intern begeleider."),
    ]
    return B

# =====================================================================================
# Labels
# =====================================================================================
CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]

LABELS = {
    "po-lingeoever-2026": dict(
        documents=["po-lingeoever-2026.docx"], sector="po", looks_like_plan=True,
        false={("terugstroom", "procedure"), ("resultaten", "monitoring")},
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "H5: agreed minimum for every vestiging plus an 11-point list of concrete provisions; 5.2 basis-op-orde visit (borging).",
            "plaatsing": "H7: steps with Loket, two separate deskundigen, Commissie Toelaatbaarheid, 6 weeks; criteria table in 7.2; duur/categorie 7.3; bezwaar/LBT 7.4.",
            "terugstroom": "H8 states policy (thuisnabij, conditions, terugkeerarrangement up to one year) but defers who initiates/when/who decides to a stappenplan in 2026-2027.",
            "financien": "Found under 'Geld en middelen' (H12): three-pot verdeelmodel with 105 euro per leerling and criteria; meerjarenbegroting 2026-2029 with amounts; reserve and verantwoording format.",
            "dekkend-aanbod": "H6 trede table basis -> arrangement -> bovenschools -> sbo -> so; H9 zorgplicht, Thuiszitterstafel, yearly 'kaart van het aanbod' with two gaps and dated actions.",
            "resultaten": "H10 has four goals with 2030 targets, but how results are measured/reported is deferred to a monitoringsplan 'in de loop van 2026'; thuiszitters figures in H9 are context only.",
            "ouders": "Ouders content sits in chapter 'Communicatie' (H11): website, schoolgids, folder in 5 languages, info evenings, spreekuur; independent OJSP, Onderwijsconsulenten, klachten/GPO.",
        }),
    "po-kustenpolder-2025": dict(
        documents=["po-kustenpolder-2025.pdf"], sector="po", looks_like_plan=True,
        false={("basisondersteuning", "inhoud"), ("plaatsing", "criteria"), ("financien", "besteding"),
               ("resultaten", "doelen"), ("resultaten", "monitoring"), ("ouders", "steunpunt")},
        advisory={
            "plaatsing": ["deskundigen", "duur-categorie"],
            "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "H3 defines the SWV-wide ondergrens for every locatie, but content is only the generic four-aspect Referentiekader plus a referral to absent bijlage 2 and the schoolgids; the concrete list appears only in the begrippenlijst.",
            "plaatsing": "H5 5.1-5.2 give who applies, dossier, two deskundigen, Commissie Toewijzing, 5 weeks; the criteria are only referred to the Handreiking Toewijzing on the website.",
            "terugstroom": "Hidden in TLV chapter 5.4 'Hoe lang geldt een TLV en wat gebeurt er daarna?': policy (tussenstap, thuisnabij, conditions) and steps (yearly OPP talk, February in last year, commission, 6-week proefperiode, one year of begeleiding).",
            "financien": "H8.1 gives the verdeling (82 euro per leerling, kleine-scholen bedrag, arrangement amounts, decision in December); the meerjarenbegroting is deferred ('volgt', bijlage 4 not included).",
            "dekkend-aanbod": "H4 continuum (consulent, arrangements, Plusklas, Taalbrug, Observatiegroep, Kustlab, sbo/so) and H6 thuiszitters approach, Doorbraakoverleg and yearly gap review.",
            "resultaten": "Nothing addressed: H12 defers ambitions and results to the absent Kwaliteitskaart (bijlage 3); 'Resultaten' only in TOC and glossary; no goals or monitoring anywhere.",
            "ouders": "H7.1 describes how parents are informed (website, schoolgids, info evening, folder); independent help is deferred (OJSP 'maken we bekend zodra het klaar is'), school/consulent route is not independent; Onderwijsconsulenten only in glossary.",
        }),
    "vo-lekdijkoost-2026": dict(
        documents=["vo-lekdijkoost-2026.docx"], sector="vo", looks_like_plan=True,
        false={("plaatsing", "procedure"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
               ("financien", "verdeling"), ("financien", "besteding"), ("resultaten", "doelen")},
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["duur-categorie"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "H4 'Wat elke school je biedt': agreed minimum for every locatie and leerweg with a 12-point list; yearly checklist conversation (borging).",
            "plaatsing": "Criteria for pro/lwoo (7.1) and vso (8.1) are given, but the whole procedure for lwoo/pro and vso is only referred to the absent bijlage 5 'Route Toelaatbaarheid'; duur/categorie in 8.3.",
            "terugstroom": "Nothing on return from vso; only near-misses (Rebound/OPDC return to own school, uitstroomprofiel, 'terug naar school' after thuiszitten) and the glossary entry 'Terugplaatsing'.",
            "financien": "H12 'Geld' only refers to the Financieel Kader and meerjarenbegroting on the website; no verdeling criteria or amounts in the plan ('Verdeelmodel' only in glossary).",
            "dekkend-aanbod": "H5 five-tree continuum (schoolarrangement, Rebound, OPDC, OZA, vso) and H9 zorgplicht, Thuiszittersoverleg, yearly June gap review with dated actions.",
            "resultaten": "H10 describes yearly October monitoring, jaarverslag, kwaliteitsgesprekken and reported 2024-2025 figures, but the goals are deferred until after the voorjaar-2026 nulmeting.",
            "ouders": "H11: Ondersteuningswijzer per school on the website, info evening, coordinators in schoolgids, loket, newsletter; independent Steunpunt Ouders en Jongeren, Onderwijsconsulenten, GPO, klachtenregeling; hoorrecht.",
        }),
    "vo-zuiderzeekust-2026": dict(
        documents=["vo-zuiderzeekust-2026.pdf"], sector="vo", looks_like_plan=True,
        false={("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("terugstroom", "beleid"),
               ("dekkend-aanbod", "lacunes"), ("ouders", "informatie"), ("ouders", "steunpunt")},
        advisory={
            "plaatsing": ["deskundigen", "duur-categorie"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
        },
        notes={
            "basisondersteuning": "4.1 only defers the level to 2026-2027 (landelijke norm) and refers to the schools' SOPs; continuum row 'Niveau 1' says 'Zie 4.1'; definition only in the afkortingenlijst and the legal restatement in 1.1.",
            "plaatsing": "H5: lwoo/pro procedure and criteria tables (5.1-5.2), vso steps with CTO and 6 weeks (5.3), vso criteria table (5.4), deskundigen (5.5), duur/categorie table (5.6).",
            "terugstroom": "5.7 gives a dated procedure (OPP evaluation by 1 February, CTO, decision before 1 May, new TLV otherwise), but policy/aims/support after return is deferred ('wordt herijkt', addendum); niveau-4 terugkeerplan in 4.2 is not vso return.",
            "financien": "H6: verdeelmodel table (vaste voet 25.000 + 95 euro per leerling, arrangement norm amounts), meerjarenbegroting x 1.000 euro 2026-2029, reserves/signaleringswaarde, verantwoording before 1 May.",
            "dekkend-aanbod": "4.2 continuum table niveau 1-5 (OPDC, Rebound, ISK, OZA De Hoeve, vso); the dekkendheid analysis incl. thuiszitters and pupils without a place is deferred to 2026-2027 (4.3); thuiszitters only as a KPI in H7.",
            "resultaten": "H7: indicator table with nulmeting and streefwaarden 2029-2030, quarterly dashboard, RvT reports, jaarverslag linking results to money, achieved results 2022-2026.",
            "ouders": "Nothing addressed: H12 'Communicatie en ouders' only refers to the separately published Communicatieplan (bijlage 6, not included); OJSP and OPR geledingen only in the afkortingenlijst; 1.1 merely restates the law.",
        }),
    "po-heidedorpen-2026": dict(
        documents=["po-heidedorpen-2026.html"], sector="po", looks_like_plan=True,
        false={("plaatsing", "procedure"), ("plaatsing", "criteria"), ("financien", "verdeling"),
               ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"), ("ouders", "informatie")},
        advisory={
            "basisondersteuning": ["borging"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "Section 3: ondergrens for all 34 schools and locations plus a 10-point list; two-yearly school visit with repair plan (borging).",
            "plaatsing": "Nothing addressed: section 4 only refers to the Handboek Toewijzing on the website (to be renewed); TLV procedure hint appears only in the begrippenlijst.",
            "terugstroom": "Section 5: policy (not longer than needed, thuisnabij, conditions, terugkeerbegeleiding and 4 hours assistant) and numbered steps (January OPP talk, 1 February in last TLV year, decision by 15 April, evaluations); Noor example; 2024-2025 figures.",
            "financien": "Section 8: begroting 2026-2029 with amounts and reserve, but the verdeelsleutel is to be set 'in het voorjaar van 2026' and current arrangements are not described.",
            "dekkend-aanbod": "Nothing addressed: no description of extra support/arrangements or voorzieningen and no gap/thuiszitters approach; OOGO themes and convenant deferred (section 10); 'Dekkend aanbod', 'Thuiszitter', 'Zorgplicht' only in begrippenlijst; plus groups only as a budget line.",
            "resultaten": "Sections 6-7: five goals with current value and 2029-2030 target; yearly Heidedorpen-monitor, sources, discussion with OPR, jaarverslag, midterm evaluation.",
            "ouders": "Section 9 names independent help (OJSP Heidedorpen, Onderwijsconsulenten, klachtencommissie, GPO), but how parents are informed is deferred to a new communicatieplan and a 2027 website.",
        }),
}


def label_yaml(name, lab):
    lines = []
    lines.append("documents: [" + ", ".join(lab["documents"]) + "]")
    lines.append(f"sector: {lab['sector']}")
    if not lab["looks_like_plan"]:
        lines.append("looks_like_plan: false")
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("advisory_addressed: {}")
        lines.append("notes:")
        lines.append(f"  document: \"{lab['note']}\"")
        return "\n".join(lines) + "\n"
    lines.append("looks_like_plan: true")
    crit = {f"{e}.{c}": (e, c) not in lab["false"] for e, c in CORE}
    status = {}
    for el in ELEMENTS:
        vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
        if all(vals):
            status[el] = "present"
        elif any(vals) or lab["advisory"].get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines.append("elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if crit[f'{e}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            lines.append(f"  {el}: [" + ", ".join(lab["advisory"][el]) + "]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: \"{lab['notes'][el]}\"")
    return "\n".join(lines) + "\n"


NEARMISS_LABEL = dict(
    documents=["po-vlinderhof-schoolplan-2025.docx"], sector="po", looks_like_plan=False,
    note="School-level ondersteuningsplan of one basisschool (zorgniveaus, toetskalender, groepsbesprekingen, IB tasks) for one school year; it refers to the SWV's plan and has no SWV markers (no OPR, OOGO, verdeelmodel, planperiode), so it is not an ondersteuningsplan of a samenwerkingsverband.")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [
        ("po-lingeoever-2026.docx", plan_a, "docx",
         dict(header="Ondersteuningsplan 2026-2030 | SWV PO Linge-Oever | basisondersteuning - toelaatbaarheid - terugplaatsing - ouders",
              footer="Samenwerkingsverband Passend Primair Onderwijs Linge-Oever", author="SWV PO Linge-Oever")),
        ("po-kustenpolder-2025.pdf", plan_b, "pdf",
         dict(header="Ondersteuningsplan Kust en Polder 2025-2029", footer="Elk kind een goede plek", author="SWV Kust en Polder")),
        ("vo-lekdijkoost-2026.docx", plan_c, "docx",
         dict(header="Jouw school, jouw plek - ondersteuningsplan 2026-2030", footer="Samenwerkingsverband VO Lekdijk-Oost", author="SWV VO Lekdijk-Oost")),
        ("vo-zuiderzeekust-2026.pdf", plan_d, "pdf",
         dict(header="SWV VO Zuiderzeekust - Ondersteuningsplan 2026-2030 - kenmerk SWV-ZZK/2026/014",
              footer="Resultaten, financien en toelaatbaarheid: zie hoofdstukken 5 tot en met 7", author="SWV VO Zuiderzeekust")),
        ("po-heidedorpen-2026.html", plan_e, "html",
         dict(title="Ondersteuningsplan 2026-2030 | Passend Onderwijs Heidedorpen",
              header="Home | Over ons | Ouders | Scholen | Toelaatbaarheid en TLV | Dekkend aanbod | Financien | Contact",
              footer="Passend Onderwijs Heidedorpen - Kindcentrum Heidebeek - info@example.org - privacyverklaring - klachtenregeling")),
        ("po-vlinderhof-schoolplan-2025.docx", nearmiss_f, "docx",
         dict(header="Kindcentrum De Vlinderhof - Ondersteuningsplan 2025-2026", footer="Werkdocument team", author="KC De Vlinderhof")),
    ]
    for fname, fn, kind, kw in docs:
        blocks = fn()
        path = OUT / fname
        if kind == "docx":
            write_docx(path, blocks, **kw)
        elif kind == "pdf":
            write_pdf(path, blocks, **kw)
        else:
            write_html(path, blocks, **kw)
        print(f"{fname}: {word_count(blocks)} words")
    for name, lab in LABELS.items():
        (OUT / f"{name}.expected.yaml").write_text(label_yaml(name, lab), encoding="utf-8")
    (OUT / "po-vlinderhof-schoolplan-2025.expected.yaml").write_text(
        label_yaml("po-vlinderhof-schoolplan-2025", NEARMISS_LABEL), encoding="utf-8")


if __name__ == "__main__":
    main()
