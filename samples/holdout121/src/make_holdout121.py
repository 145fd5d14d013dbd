#!/usr/bin/env python3
"""Build the holdout121 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (four VO, one PO) and one near-miss document (a school's ondersteuningsprofiel).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2026, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------- block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def BUL(items): return ("bul", items)
def TAB(rows): return ("tab", rows)
def PB(): return ("pb", None)
def TITLE(lines): return ("title", lines)
def TOC(entries): return ("toc", entries)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("bul", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "tab":
            n += sum(len(str(c).split()) for r in val for c in r)
        elif kind == "toc":
            n += sum(len(e[1].split()) for e in val)
    return n


# ---------------------------------------------------------------- renderers
def _fix_zip(path):
    """Rewrite a zip container with fixed timestamps so builds are byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp121")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = header_text
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for level, text, page in val:
                ind = "    " * (level - 1)
                doc.add_paragraph(f"{ind}{text} {'.' * max(3, 60 - len(text) - len(ind))} {page}")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "tab":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))
    _fix_zip(path)


def render_pdf(blocks, path, header_text, footer_text):
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout121_pdf_"))
    try:
        src = tmpdir / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = (tmpdir / "lo_profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmpdir / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def render_html(blocks, path, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out += [f'<p class="subtitle">{e(x)}</p>' for x in val[1:]]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f'<li class="lvl{lv}"><a href="#s{i}">{e(t)}</a></li>' for i, (lv, t, _pg) in enumerate(val)]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "bul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "tab":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>")
            for r in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out += ["</main>", f'<footer class="site-footer"><p>{e(footer_text)}</p></footer>', "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


RENDER = {".docx": render_docx, ".pdf": render_pdf, ".html": render_html}

# ---------------------------------------------------------------- shared filler (never addresses a core criterion)
def f_leeswijzer(n):
    return [
        P(f"Dit ondersteuningsplan beschrijft het beleid van {n['naam']} voor de periode {n['periode']}. "
          "Het plan is bedoeld voor schoolbesturen, schoolleiders, ondersteuningscoördinatoren, medewerkers van het "
          "bureau, de gemeenten in onze regio en voor iedereen die wil weten hoe passend onderwijs in onze regio is "
          "georganiseerd. Waar wij ‘scholen’ schrijven, bedoelen wij alle vestigingen van de aangesloten besturen."),
        P("Het plan is bewust compact gehouden. De uitwerking van de jaarlijkse activiteiten staat in het jaarplan en "
          "de jaarbegroting, die ieder jaar voor 1 augustus door het bestuur worden vastgesteld. Over de uitvoering "
          "legt het samenwerkingsverband verantwoording af in het jaarverslag. Het ondersteuningsplan zelf geeft de "
          "kaders; het jaarplan vertaalt die kaders naar concrete activiteiten voor een schooljaar."),
        P("In de hoofdstukken hierna gebruiken wij regelmatig afkortingen. Achter in dit plan is een begrippenlijst "
          "opgenomen waarin deze afkortingen en begrippen kort worden toegelicht."),
    ]


def f_visie(n, extra=""):
    return [
        P(f"{n['kort']} is er voor alle kinderen en jongeren in de regio. Onze missie is dat iedere leerling onderwijs volgt "
          "dat bij hem of haar past, zo dicht mogelijk bij huis en samen met leeftijdsgenoten. Wij geloven dat "
          "kinderen en jongeren zich het best ontwikkelen als school, thuis en omgeving samen optrekken en als de ondersteuning "
          "in de klas begint, bij de mentor en de docent."),
        P("Onze visie rust op vier pijlers. De eerste is ‘dichtbij’: ondersteuning wordt zo veel mogelijk in of "
          "nabij de eigen school georganiseerd. De tweede is ‘samen’: besturen zijn gezamenlijk verantwoordelijk "
          "voor alle leerlingen in de regio en laten elkaar niet los. De derde is ‘eenvoud’: regels en formulieren "
          "zijn dienstbaar aan de leerling en niet andersom. De vierde is ‘vertrouwen’: wij gaan uit van de "
          "professionaliteit van scholen en spreken elkaar aan als het schuurt."),
        P("Deze pijlers vragen om een cultuur waarin docenten zich gesteund voelen, waarin schoolleiders over de "
          "grenzen van hun eigen school heen kijken en waarin het samenwerkingsverband faciliteert in plaats van "
          "voorschrijft. Passend onderwijs is geen project met een einddatum maar een manier van werken. " + extra),
    ]


def f_governance(n):
    return [
        P(f"{n['naam']} is een stichting. Aan de stichting zijn {n['besturen']} schoolbesturen verbonden. De "
          "statuten scheiden bestuur en intern toezicht: de directeur-bestuurder vormt het bestuur van de "
          "stichting en de Raad van Toezicht, bestaande uit de bestuurders van de aangesloten schoolbesturen en "
          "twee onafhankelijke leden, houdt toezicht. De Raad van Toezicht keurt onder meer het "
          "ondersteuningsplan, de begroting en het jaarverslag goed."),
        P("De directeur-bestuurder wordt ondersteund door een klein bureau. Het bestuur voert jaarlijks ten minste "
          "vier keer overleg met de schoolleiders in het Directeurenoverleg, waarin beleid wordt voorbereid en de "
          "uitvoering wordt besproken. Daarnaast bestaat er een auditcommissie van de Raad van Toezicht die zich "
          "richt op financiën en risicobeheersing en een remuneratiecommissie."),
        P("De statuten bevatten een geschillenregeling voor geschillen tussen aangesloten besturen onderling en "
          "tussen een bestuur en de stichting. De Raad van Toezicht hanteert de Code Goed Bestuur en evalueert "
          "jaarlijks zijn eigen functioneren. Een toezichtkader beschrijft welke informatie de raad wanneer "
          "ontvangt."),
    ]


def f_opr(n, composition=True):
    ps = [P(f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
            f"daarvan. De OPR heeft op {n['opr_datum']} ingestemd met dit plan. In de aanloop naar het plan is de "
            "OPR drie keer geïnformeerd over de concepten en heeft hij schriftelijk vragen gesteld, die het "
            "bestuur schriftelijk heeft beantwoord.")]
    if composition:
        ps.append(P("De OPR bestaat voor de helft uit ouders en leerlingen en voor de helft uit personeelsleden van "
                    "de aangesloten scholen. Zij worden afgevaardigd vanuit de medezeggenschapsraden. De "
                    "ouder- en leerlinggeleding brengt nadrukkelijk het perspectief van gezinnen in: hoe ervaren "
                    "ouders de ondersteuning, waar lopen zij tegenaan? Het samenwerkingsverband faciliteert de OPR "
                    "met scholing en een ambtelijk secretaris."))
    else:
        ps.append(P("De OPR werkt met een eigen reglement en een jaarplanning die is afgestemd op de "
                    "beleidscyclus van het samenwerkingsverband. Het samenwerkingsverband faciliteert de OPR "
                    "met een ambtelijk secretaris, een scholingsbudget en een vergoeding per vergadering."))
    ps.append(P("Naast de OPR heeft het samenwerkingsverband als werkgever een eigen medezeggenschapsraad voor "
                "het personeel van het bureau. Deze raad heeft adviesrecht op het formatieplan en het "
                "professionaliseringsbeleid van het bureau."))
    return ps


def f_oogo_proc(n):
    return [
        P(f"Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd op "
          f"{n['oogo_datum']} met de wethouders onderwijs en jeugd van de gemeenten {n['gemeenten']}. Het "
          "verslag van dit overleg is vastgesteld door alle partijen. Er zijn geen punten van verschil "
          "geconstateerd die tot toepassing van de geschillenregeling hebben geleid."),
        P("Ook is het concept besproken met het samenwerkingsverband voor primair onderwijs waarvan het gebied "
          "overlapt met het onze. Dat overleg had vooral betrekking op de planning en de afstemming van de "
          "beleidscycli."),
    ]


def f_personeel(n, fte):
    return [
        P(f"Het bureau van {n['kort']} heeft een formatie van ongeveer {fte} fte. Het bureau bestaat uit de "
          "directeur-bestuurder, een beleidsmedewerker, een controller, een managementassistent, "
          "orthopedagogen en consulenten. Medewerkers van het bureau zijn in dienst van de stichting of worden "
          "gedetacheerd vanuit een van de aangesloten besturen."),
        P("Wij investeren in de deskundigheid van onze eigen medewerkers. Iedere medewerker heeft jaarlijks een "
          "ontwikkelgesprek en een persoonlijk scholingsbudget. Werkdruk is een terugkerend gespreksonderwerp in "
          "het teamoverleg. Bij vacatures zoeken wij nadrukkelijk naar diversiteit in achtergrond en expertise."),
        P("Voor het personeel op de scholen is het schoolbestuur werkgever. Het samenwerkingsverband heeft geen "
          "zeggenschap over het personeelsbeleid van de besturen, maar bespreekt met hen wel de gevolgen van dit "
          "plan voor de inzet en de deskundigheid van docenten en ondersteuners."),
    ]


def f_ict(n, system):
    return [
        P(f"Voor het werk van het bureau gebruiken wij het registratiesysteem {system}. In dit systeem worden "
          "aanvragen en besluiten vastgelegd. Scholen hebben alleen toegang tot gegevens van hun eigen leerlingen. "
          "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangewezen en beschikt over een "
          "privacyreglement dat aansluit bij de AVG."),
        P("Gegevens over de gezondheid van leerlingen verwerken wij alleen als dat noodzakelijk is voor onze "
          "wettelijke taken. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd. "
          "Datalekken worden gemeld volgens de meldprocedure. Jaarlijks wordt een informatiebeveiligingsaudit "
          "uitgevoerd door een externe partij."),
    ]


def f_prof(n):
    return [
        P("Kennisdeling tussen scholen is een belangrijke motor voor passend onderwijs. Het samenwerkingsverband "
          "organiseert daarom netwerken voor ondersteuningscoördinatoren, teamleiders en orthopedagogen. Deze "
          "netwerken komen vijf tot zes keer per jaar bijeen en worden door de deelnemers zelf geprogrammeerd."),
        P("Daarnaast is er een jaarlijkse studiedag voor alle scholen, met workshops die worden verzorgd door "
          "docenten en ondersteuners uit de regio zelf. Thema’s van de afgelopen jaren waren onder meer "
          "gedragsvraagstukken in de klas, omgaan met schoolangst en het gesprek met jongeren over hun toekomst. "
          "Scholen kunnen bovendien een beroep doen op een klein scholingsfonds voor teamtrajecten."),
    ]


def f_planning(n):
    return [
        P(f"Dit plan is tot stand gekomen in ruim een jaar. In het voorjaar van 2025 zijn vier werkgroepen met "
          "schoolleiders, ondersteuners en beleidsmedewerkers aan de slag gegaan. In het najaar zijn de "
          "concepten besproken in het Directeurenoverleg, met de OPR en met de gemeenten. "
          f"Het bestuur heeft het plan vastgesteld op {n['vast_datum']}, na goedkeuring door de Raad van Toezicht."),
        P("Het plan wordt voor 1 mei 2026 via het Internet Schooldossier aan de Inspectie van het Onderwijs "
          f"toegezonden. Het plan geldt voor de schooljaren {n['periode']} (1 augustus 2026 tot en met 31 juli "
          "2030). Halverwege de planperiode, in het voorjaar van 2028, houden wij een tussenbalans met besturen, "
          "OPR en gemeenten. Als die tussenbalans leidt tot aanpassing van het plan, volgen wij opnieuw de "
          "procedure met OOGO en instemming van de OPR."),
    ]


def f_arbeidsmarkt(n):
    return [
        P("Veel leerlingen in het praktijkonderwijs en het vso stromen direct uit naar werk of naar een "
          "entreeopleiding. Samen met de mbo-instellingen, het UWV en de gemeentelijke werkgeversservicepunten "
          "werken de scholen aan een goede aansluiting op de arbeidsmarkt. Jobcoaches begeleiden jongeren in het "
          "eerste jaar na school."),
        P("Voor havo- en vwo-leerlingen met een ondersteuningsbehoefte is de overgang naar het hoger onderwijs "
          "een aandachtspunt. Mentoren bespreken tijdig met de leerling welke ondersteuning hij of zij in de "
          "vervolgopleiding nodig heeft en hoe die kan worden aangevraagd."),
    ]


def f_landelijk(n, mention_wet=True):
    ps = [P("Het onderwijs werkt in een landelijke context die de komende jaren sterk in beweging is. Na de "
            "evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met ruim twintig "
            "maatregelen, die voor een deel nog hun beslag moeten krijgen in wet- en regelgeving. Daarnaast wordt "
            "gewerkt aan de vereenvoudiging van de bekostiging en aan een landelijke norm voor de ondersteuning "
            "op scholen. Ook de ambitie om op termijn naar inclusiever onderwijs te gaan, zal gevolgen hebben voor "
            "de manier waarop scholen en samenwerkingsverbanden samenwerken."),
          P(f"{n['kort']} volgt deze ontwikkelingen op de voet, onder meer via de sectorraden en regionale netwerken "
            "van samenwerkingsverbanden. Waar landelijke besluiten leiden tot aanpassing van dit plan, doen wij "
            "dat via de gebruikelijke procedure met de OPR en de gemeenten.")]
    if mention_wet:
        ps.append(P("Een belangrijke wetswijziging betreft de positie van ouders en leerlingen in het passend "
                    "onderwijs. De wet is door de Tweede Kamer aangenomen; de invoering gebeurt gefaseerd."))
    return ps


def f_werkwijze(n):
    return [
        P(f"Het bureau van {n['kort']} wil een betrouwbare en bereikbare partner zijn voor de scholen. Iedere "
          "school heeft daarom een vaste contactpersoon bij het bureau, die minimaal eens per maand op school "
          "aanwezig is en in het ondersteuningsteam kan aanschuiven. Vragen van scholen worden binnen twee "
          "werkdagen beantwoord. Het bureau is op werkdagen tussen 8.30 en 17.00 uur telefonisch bereikbaar."),
        P("Wij werken zo veel mogelijk digitaal en papierarm. Formulieren worden jaarlijks kritisch bekeken: "
          "wat niet nodig is, schrappen wij. Scholen worden betrokken bij de verbetering van onze werkprocessen "
          "via een klankbordgroep van ondersteuningscoördinatoren die drie keer per jaar bijeenkomt."),
        P("Toezicht op het samenwerkingsverband wordt uitgeoefend door de Inspectie van het Onderwijs. De "
          "inspectie bezoekt het samenwerkingsverband ten minste eens in de vier jaar en spreekt daarbij ook met "
          "de OPR, de scholen en de gemeenten. Het meest recente bezoek leverde geen herstelopdrachten op."),
    ]

# ================================================================ plan A: VO Hunzedal (docx), strong plan
def plan_a():
    n = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Hunzedal", kort="SWV VO Hunzedal", code="VO 22-11",
             periode="2026-2030", gemeenten="Hunzemond, Eexterveld, Annerwolde en Gasselte-Oost", besturen=6,
             opr_datum="10 maart 2026", oogo_datum="27 januari 2026", vast_datum="24 maart 2026")
    toc = [(1, "1 Voorwoord", 3), (1, "2 Leeswijzer", 4), (1, "3 Terugblik 2022-2026", 5),
           (1, "4 Ons gebied in cijfers", 6), (1, "5 Missie en visie", 7), (1, "6 Het ondersteuningsaanbod", 8),
           (2, "6.1 Basisondersteuning", 8), (2, "6.2 Extra ondersteuning in de school", 10),
           (2, "6.3 OPDC De Brug en rebound", 11), (2, "6.4 Praktijkonderwijs en lwoo", 12),
           (2, "6.5 Voortgezet speciaal onderwijs", 12), (1, "7 Toelaatbaarheid", 13),
           (1, "8 Thuiszitters en dekkend netwerk", 17), (1, "9 Ambities 2026-2030", 19),
           (1, "10 Communicatie", 21), (1, "11 Samenwerking met gemeenten", 22),
           (1, "12 Organisatie en governance", 23), (1, "13 Personeel en professionalisering", 24),
           (1, "14 Geld en middelen", 25), (1, "15 Privacy en ICT", 27), (1, "16 Totstandkoming en planning", 28),
           (1, "Bijlage: Begrippenlijst", 29)]
    b = [TITLE(["Ondersteuningsplan 2026-2030", n["naam"], f"Samenwerkingsverband {n['code']}",
                "Samen sterk voor iedere leerling", "Vastgesteld 24 maart 2026"]), PB(), TOC(toc), PB()]
    b += [H1("1 Voorwoord"),
          P("Voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet Onderwijs "
            "Hunzedal. Het is ons derde plan sinds de invoering van passend onderwijs in 2014. Veel is in die jaren "
            "bereikt: scholen werken intensiever samen, de lijnen met jeugdhulp zijn korter geworden en het aantal "
            "jongeren dat zonder onderwijs thuis zit, is kleiner dan tien jaar geleden. Tegelijk blijft er werk te "
            "doen. Docenten ervaren een hoge druk, de vraag naar intensieve ondersteuning neemt toe en wachttijden "
            "bij jeugdhulp lopen op."),
          P("Dit plan is tot stand gekomen in gesprek met schoolleiders, ondersteuningscoördinatoren, ouders, "
            "leerlingen, gemeenten en de ondersteuningsplanraad. Wij danken iedereen die heeft meegedacht. De "
            "middelen die wij als samenwerkingsverband ontvangen zijn publiek geld; wij willen ze zo inzetten dat "
            "zij zo direct mogelijk bij de leerling terechtkomen. Met dit plan leggen wij daarvoor de basis."),
          P("Ik wens u veel leesplezier en nodig u uit om met ons in gesprek te blijven over wat er beter kan. "
            "— Marieke Doornbos, directeur-bestuurder")]
    b += [H1("2 Leeswijzer")] + f_leeswijzer(n)
    b += [H1("3 Terugblik 2022-2026"),
          P("De vorige planperiode stond in het teken van verbinding. Wij hebben in die jaren het OPDC De Brug "
            "verhuisd naar een nieuw gebouw in Hunzemond, de aanvraagprocedure gedigitaliseerd en een netwerk van "
            "ondersteuningscoördinatoren opgebouwd dat inmiddels een vaste waarde is. Met de gemeenten is de "
            "samenwerking rond jeugdhulp in de school uitgebreid naar alle vestigingen."),
          P("Niet alles is gelukt. Het voornemen om een regionale voorziening voor jongeren met een combinatie van "
            "hoogbegaafdheid en autisme te starten, is door personeelstekorten niet van de grond gekomen. Ook de "
            "ambitie om de administratieve lasten voor scholen te halveren, is maar ten dele gerealiseerd. Deze "
            "punten nemen wij mee in dit plan."),
          P("In de evaluatie met schoolleiders kwam naar voren dat de scholen de korte lijnen met het bureau "
            "waarderen en dat zij behoefte hebben aan meer duidelijkheid over wat van iedere school mag worden "
            "verwacht. Dat heeft geleid tot de aangescherpte afspraken over basisondersteuning in hoofdstuk 6.")]
    b += [H1("4 Ons gebied in cijfers"),
          P("Het samenwerkingsverband omvat de gemeenten Hunzemond, Eexterveld, Annerwolde en Gasselte-Oost. In "
            "het gebied wonen ongeveer 142.000 mensen. Zes schoolbesturen zijn bij het samenwerkingsverband "
            "aangesloten, met samen veertien scholen en negentien vestigingen voor voortgezet onderwijs. Op "
            "1 oktober 2025 telden deze scholen 16.420 leerlingen."),
          TAB([["Onderwijssoort", "Vestigingen", "Leerlingen 1-10-2025"],
               ["vmbo (incl. lwoo)", "8", "6.140"], ["havo/vwo", "7", "8.310"], ["praktijkonderwijs", "1", "455"],
               ["vso cluster 3 en 4", "2", "610"], ["ISK / nieuwkomers", "1", "135"], ["OPDC De Brug", "—", "770*"]]),
          P("* Leerlingen die in de loop van het schooljaar een traject bij het OPDC volgden; zij blijven "
            "ingeschreven op hun eigen school. Het leerlingaantal in de regio daalt de komende tien jaar met naar "
            "verwachting twaalf procent. Dat heeft gevolgen voor de spreiding van het onderwijsaanbod in de kleinere "
            "kernen.")]
    b += [H1("5 Missie en visie")] + f_visie(n, "Dat betekent ook dat wij eerlijk zijn over wat wel en niet lukt.")
    b += [H1("6 Het ondersteuningsaanbod"),
          P("Het ondersteuningsaanbod in Hunzedal is opgebouwd uit vier niveaus die op elkaar aansluiten. Niveau "
            "1 is de basisondersteuning die elke vestiging biedt. Niveau 2 is extra ondersteuning binnen de eigen "
            "school, met een arrangement. Niveau 3 is tijdelijke bovenschoolse ondersteuning in het OPDC De Brug "
            "of een reboundtraject. Niveau 4 is het speciaal onderwijs: het praktijkonderwijs en het voortgezet "
            "speciaal onderwijs. Een leerling gaat pas naar een volgend niveau als de ondersteuning op het "
            "vorige niveau aantoonbaar tekortschiet, en keert waar mogelijk terug."),
          H2("6.1 Basisondersteuning"),
          P("Basisondersteuning is in Hunzedal het afgesproken minimumniveau van ondersteuning dat elke vestiging "
            "van elk aangesloten bestuur aan iedere leerling biedt, zonder dat daarvoor een aanvraag bij het "
            "samenwerkingsverband nodig is. De besturen hebben dit niveau in 2025 gezamenlijk opnieuw vastgesteld. "
            "Het geldt voor alle negentien vestigingen, ongeacht schoolsoort of denominatie. Een school mag meer "
            "bieden, niet minder."),
          P("Concreet kunnen ouders en leerlingen op iedere vestiging in elk geval het volgende verwachten:"),
          BUL(["een mentor met ten minste één mentoruur per week en een individueel gesprek met iedere leerling "
               "minimaal drie keer per schooljaar;",
               "een ondersteuningscoördinator die voor ouders, leerlingen en docenten bereikbaar is en een "
               "intern ondersteuningsteam dat ten minste eens per zes weken leerlingen bespreekt;",
               "begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, met faciliteiten als "
               "extra tijd, vergrote teksten en voorleessoftware;",
               "een training faalangstreductie en een training sociale vaardigheden, ten minste één keer per "
               "schooljaar op iedere vestiging;",
               "begeleiding bij plannen en organiseren (executieve functies) in de onderbouw;",
               "een rustige opvangplek met toezicht voor leerlingen die tijdelijk niet in de les kunnen zijn;",
               "een protocol medisch handelen en afspraken over medicijnverstrekking;",
               "een ontwikkelingsperspectiefplan (OPP) binnen zes weken nadat is besloten dat een leerling extra "
               "ondersteuning nodig heeft;",
               "een vast aanspreekpunt van schoolmaatschappelijk werk en de jeugdarts op school."]),
          P("Scholen beschrijven hoe zij deze basisondersteuning invullen in hun schoolgids. Het "
            "samenwerkingsverband controleert jaarlijks, in de kwaliteitsdialoog met ieder bestuur in het "
            "voorjaar, of alle onderdelen op alle vestigingen aanwezig zijn. Eens per twee jaar voert een "
            "orthopedagoog van het bureau samen met een collega-ondersteuningscoördinator van een andere school "
            "een audit uit op iedere vestiging. Ontbreekt een onderdeel, dan stelt het bestuur binnen drie maanden "
            "een verbeterplan op en bespreekt het bureau de voortgang na zes maanden opnieuw."),
          H2("6.2 Extra ondersteuning in de school"),
          P("Als de basisondersteuning niet voldoende is, kan de school een arrangement inzetten. Een arrangement "
            "is een afgesproken pakket van extra ondersteuning voor een leerling of een groep leerlingen, met "
            "doelen, inzet en een einddatum. Voorbeelden zijn een reken- of taalarrangement, intensieve "
            "begeleiding door een gedragsspecialist, een aangepast rooster of een plaats in een kleine "
            "ondersteuningsklas. Iedere vmbo-vestiging heeft zo’n ondersteuningsklas of een vergelijkbare "
            "voorziening. Scholen bekostigen deze arrangementen uit hun schoolbudget (zie hoofdstuk 14)."),
          H2("6.3 OPDC De Brug en rebound"),
          P("Het orthopedagogisch-didactisch centrum De Brug biedt tijdelijke, bovenschoolse ondersteuning aan "
            "leerlingen die in de eigen school vastlopen. Een traject duurt in de regel twaalf tot vijftien weken, "
            "met een maximum van een schooljaar. De leerling blijft ingeschreven op de eigen school; de school "
            "blijft verantwoordelijk. Daarnaast zijn er twee reboundvoorzieningen, in Hunzemond en Annerwolde, "
            "voor kortdurende time-out bij gedragsproblemen (maximaal twaalf weken). Aanmelding voor De Brug en "
            "rebound loopt via het ondersteuningsteam van de school en de consulent van het samenwerkingsverband."),
          H2("6.4 Praktijkonderwijs en lwoo"),
          P("Praktijkschool Hunzedal biedt praktijkonderwijs aan jongeren die naar verwachting geen "
            "startkwalificatie halen en zich voorbereiden op arbeid. Leerwegondersteunend onderwijs wordt gegeven "
            "op alle acht vmbo-vestigingen, in kleinere groepen en met extra begeleiding. Voor beide is een "
            "toelaatbaarheidsverklaring van het samenwerkingsverband nodig; zie hoofdstuk 7."),
          H2("6.5 Voortgezet speciaal onderwijs"),
          P("In de regio zijn twee vso-scholen: VSO De Vonder (cluster 4, uitstroomprofielen vervolgonderwijs en "
            "arbeidsmarkt) en VSO Het Palet (cluster 3, alle drie uitstroomprofielen). Leerlingen met een "
            "visuele of auditieve beperking kunnen terecht bij de landelijke instellingen voor cluster 1 en 2; "
            "daarvoor is geen toelaatbaarheidsverklaring van het samenwerkingsverband nodig.")]
    b += [H1("7 Toelaatbaarheid"),
          H2("7.1 Aanvraag van een toelaatbaarheidsverklaring vso"),
          P("Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
            "school waar de leerling is ingeschreven of aangemeld, in de praktijk door de "
            "ondersteuningscoördinator. De procedure verloopt in vier stappen:"),
          BUL(["Stap 1 – Voorbereiding: de school bespreekt de leerling in het ondersteuningsteam, actualiseert "
               "het OPP en vraagt de zienswijze van ouders en, vanaf twaalf jaar, van de leerling.",
               "Stap 2 – Indiening: de school dient de aanvraag in via het digitale loket, met het OPP, het "
               "groeidocument, de evaluatie van de ingezette arrangementen en de zienswijze.",
               "Stap 3 – Deskundigenadvies: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies "
               "uit (zie 7.4).",
               "Stap 4 – Besluit: de Commissie Toelaatbaarheid (CvT) besluit namens het bestuur binnen zes weken "
               "na ontvangst van de volledige aanvraag. Ouders en school ontvangen het besluit en een afschrift "
               "van de adviezen."]),
          P("Bij acute situaties, bijvoorbeeld na een crisisopname, kan de school om een spoedprocedure vragen. "
            "De CvT besluit dan binnen tien werkdagen en geeft zo nodig een TLV voor de rest van het lopende "
            "schooljaar."),
          H2("7.2 Criteria voor het vso"),
          P("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
          BUL(["de ondersteuningsbehoefte is zo groot dat zij ook met een arrangement op niveau 2 en een traject "
               "op niveau 3 niet binnen het regulier onderwijs kan worden geboden;",
               "er is sprake van een ondersteuningsbehoefte op ten minste twee van de vier domeinen leren, "
               "gedrag, communicatie en medisch/lichamelijk;",
               "de school heeft aantoonbaar handelingsgericht gewerkt en de ingezette ondersteuning ten minste "
               "een half jaar geëvalueerd, tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt;",
               "het vso kan de leerling een passend uitstroomperspectief bieden."]),
          H2("7.3 Praktijkonderwijs en lwoo"),
          P("Voor praktijkonderwijs en lwoo gelden de landelijke criteria, die wij hier samenvatten. Een "
            "leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een "
            "leerachterstand van drie jaar of meer op ten minste twee van de domeinen begrijpend lezen, "
            "inzichtelijk rekenen, technisch lezen en spellen, waarvan één begrijpend lezen of rekenen is. Een "
            "leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van "
            "anderhalf tot drie jaar op twee domeinen, of bij een IQ tussen 91 en 120 met een leerachterstand en "
            "sociaal-emotionele problematiek. De basisschool levert de gegevens aan via het onderwijskundig "
            "rapport; de VO-school dient de aanvraag vóór 1 april in, en de CvT besluit vóór 1 juni."),
          H2("7.4 Deskundigen"),
          P("Bij iedere aanvraag voor het vso adviseren twee deskundigen: een orthopedagoog of psycholoog en, "
            "afhankelijk van de vraag, een tweede deskundige zoals een kinder- en jeugdpsychiater, een "
            "maatschappelijk werker of een arts. De deskundigen zijn niet betrokken geweest bij de aanvraag en "
            "brengen ieder een eigen schriftelijk advies uit."),
          H2("7.5 Duur en bekostigingscategorie"),
          P("Een TLV voor het vso wordt afgegeven voor ten minste één en ten hoogste drie schooljaren en loopt "
            "tot en met 31 juli van het laatste schooljaar. De CvT bepaalt de bekostigingscategorie (laag, midden "
            "of hoog) op basis van de ondersteuningsbehoefte en het advies van de deskundigen. Een TLV voor "
            "praktijkonderwijs of lwoo geldt voor de gehele schoolloopbaan in het voortgezet onderwijs."),
          H2("7.6 Afloop van de TLV"),
          P("In het laatste schooljaar van een TLV bespreekt de vso-school vóór 1 februari in de commissie van "
            "begeleiding of de leerling kan terugkeren naar het regulier voortgezet onderwijs. De vso-school "
            "neemt daartoe het initiatief en nodigt de ouders, de leerling en de consulent van het "
            "samenwerkingsverband uit. Blijkt terugkeer haalbaar, dan zoekt de vso-school samen met de consulent "
            "een passende reguliere school en maakt zij met die school vóór 1 mei een overstapplan. Is voortzetting "
            "van het vso nodig, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan; de CvT beslist daarover "
            "met dezelfde procedure als in 7.1."),
          P("Hunzedal wil dat geen leerling langer in het vso blijft dan nodig is. Het uitgangspunt is dat een "
            "leerling terugkeert zodra de reguliere school met een arrangement de benodigde ondersteuning kan "
            "bieden. Na terugkeer krijgt de leerling gedurende ten minste zes maanden ambulante begeleiding vanuit "
            "de vso-school, en de ontvangende school kan voor het eerste jaar een overstaparrangement aanvragen, "
            "dat het samenwerkingsverband volledig bekostigt. In het schooljaar 2024-2025 keerden elf "
            "vso-leerlingen terug naar het regulier voortgezet onderwijs, tegen negen het jaar ervoor."),
          H2("7.7 Bezwaar"),
          P("Ouders en school die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken "
            "bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de "
            "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist. "
            "Daarna is beroep bij de bestuursrechter mogelijk.")]
    b += [H1("8 Thuiszitters en dekkend netwerk"),
          P("Een dekkend netwerk betekent voor ons dat er voor iedere jongere in de regio een passende plek is. "
            "Om te weten waar dat niet lukt, voeren wij ieder jaar in maart een aanbodanalyse uit met de "
            "besturen. Daarin brengen wij in beeld welke leerlingen het afgelopen jaar geen passende plek vonden, "
            "waar wachtlijsten ontstonden en welke vragen steeds terugkomen. Bronnen zijn de registratie van het "
            "loket, de signalen van de thuiszitterstafel en de gesprekken met de ondersteuningscoördinatoren."),
          P("Leerlingen die thuiszitten, bespreken wij binnen twee weken aan de thuiszitterstafel. Daaraan nemen de "
            "school, de leerplichtambtenaar, de consulent van het samenwerkingsverband en zo nodig het lokale "
            "team deel. Als partijen na zes weken geen oplossing hebben gevonden, kan de directeur-bestuurder "
            "doorzettingsmacht inzetten: hij of zij wijst dan een school of voorziening aan die de leerling een "
            "tijdelijke plek biedt. Het aantal thuiszitters ligt de laatste jaren rond de twintig."),
          P("Uit de aanbodanalyse 2025 bleek dat er geen passende plek is voor jongeren die hoogbegaafd zijn en "
            "tegelijk autisme hebben, en dat de wachtlijst voor het OPDC in het voorjaar oploopt tot acht weken. "
            "Daarom start in augustus 2027 een kleinschalige voorziening voor deze groep op de locatie van het "
            "Hunzecollege, en breiden wij de capaciteit van De Brug vanaf januari 2027 uit met twaalf plaatsen. "
            "De zorgplicht blijft bij het bestuur waar de leerling is aangemeld; besturen helpen elkaar bij het "
            "vinden van een plek.")]
    b += [H1("9 Ambities 2026-2030"),
          P("Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
            "ondersteuning nodig hebben:"),
          TAB([["Ambitie", "Uitgangssituatie", "Streefwaarde 2030"],
               ["Minder thuiszitters (langer dan vier weken)", "21 (1-10-2025)", "maximaal 10"],
               ["Deelname vso", "3,7%", "3,3% of lager"],
               ["Leerlingen die na een OPDC-traject binnen een jaar op een reguliere school zitten", "71%", "85%"],
               ["Besluiten over een TLV binnen zes weken", "82%", "95%"],
               ["Leerlingen met een arrangement die de OPP-doelen halen", "geen meting", "80%"]]),
          P("Daarnaast willen wij dat ouders en leerlingen zich gehoord voelen in de ondersteuning en dat "
            "docenten zich toegerust voelen. Deze kwalitatieve ambities werken wij uit in het jaarplan."),
          P("Hoe wij de voortgang op deze ambities gaan volgen – met welke instrumenten, op welke momenten en aan "
            "wie wij rapporteren – werken wij in het schooljaar 2026-2027 uit in een monitoringskader. Dat kader "
            "maakt geen deel uit van dit plan en wordt na instemming van de OPR aan het plan toegevoegd.")]
    b += [H1("10 Communicatie"),
          P("Goede communicatie is een voorwaarde voor passend onderwijs. Wij richten ons daarbij op scholen, "
            "gemeenten, ketenpartners en ouders en leerlingen."),
          P("Ouders informeren wij op verschillende manieren over de ondersteuning in de regio. Op de website staat "
            "een ouderpagina ‘Wat kan mijn school bieden?’ met per vestiging de basisondersteuning en de extra "
            "ondersteuning, een overzicht van het OPDC, de reboundvoorzieningen en de vso-scholen, en uitleg over "
            "de toelaatbaarheidsverklaring. De ouderbrochure ‘Passend onderwijs in Hunzedal’ is verkrijgbaar in het "
            "Nederlands, Engels, Arabisch en Pools en wordt uitgereikt bij iedere aanmelding. Iedere school "
            "neemt in de schoolgids een paragraaf over ondersteuning op. In oktober organiseren wij jaarlijks een "
            "informatieavond voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte."),
          P("Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
            "Jeugdsteunpunt Hunzedal. Het steunpunt werkt onafhankelijk van de scholen en het bureau, is "
            "ondergebracht bij de stichting MEE en is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur. "
            "Daarnaast kunnen ouders gratis gebruikmaken van de Onderwijsconsulenten, en kunnen zij een geschil "
            "over toelating, verwijdering of het OPP voorleggen aan de Geschillencommissie passend onderwijs."),
          P("Ouders zijn partner bij de ondersteuning van hun kind: zij denken mee over het OPP en hebben "
            "instemmingsrecht op het handelingsdeel. Leerlingen worden gehoord over hun OPP. Via de OPR praten "
            "ouders en leerlingen mee over het beleid.")]
    b += [H1("11 Samenwerking met gemeenten"),
          P("De gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda met vier thema’s: jeugdhulp "
            "in en om de school, thuiszitters, de overgang naar werk en leerlingenvervoer. Op iedere "
            "vmbo-vestiging is een jeugdhulpverlener van het lokale team een dagdeel per week aanwezig. Voor "
            "jongeren die zowel onderwijs als zorg nodig hebben, sluiten school, gemeente en zorgaanbieder een "
            "onderwijs-zorgarrangement af, waarbij de gemeente de zorg en het samenwerkingsverband het onderwijsdeel "
            "bekostigt.")] + f_oogo_proc(n) + f_arbeidsmarkt(n)
    b += [H1("12 Organisatie en governance")] + f_governance(n) + f_opr(n, True)
    b += [H1("13 Personeel en professionalisering")] + f_personeel(n, 14) + f_prof(n)
    b += [H1("14 Geld en middelen"),
          P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk ongeveer 11,9 miljoen euro aan middelen "
            "voor lichte en zware ondersteuning. Daarvan wordt circa 5,3 miljoen euro door DUO rechtstreeks "
            "ingehouden voor de bekostiging van het vso. De overige middelen verdelen wij volgens het verdeelmodel "
            "dat het bestuur na instemming van de OPR heeft vastgesteld:"),
          BUL(["Lichte ondersteuning (lwoo en pro): de middelen worden doorgegeven aan de besturen naar rato van "
               "het aantal leerlingen met een TLV lwoo of pro op 1 oktober van het voorgaande jaar.",
               "Schoolbudget: ieder bestuur ontvangt € 152 per leerling (teldatum 1 oktober) plus een vaste voet "
               "van € 12.500 per vestiging, voor de basisondersteuning en arrangementen op niveau 2.",
               "Bovenschoolse voorzieningen: OPDC De Brug en de reboundvoorzieningen worden centraal bekostigd.",
               "Overstaparrangementen en onderwijs-zorgarrangementen worden per leerling toegekend door de "
               "consulent, tot maximaal € 6.000 per leerling per schooljaar."]),
          P("De tabel hieronder geeft de meerjarenbegroting voor de planperiode (bedragen in euro’s, afgerond)."),
          TAB([["", "2026", "2027", "2028", "2029"],
               ["Baten rijksbijdrage", "11.910.000", "11.780.000", "11.640.000", "11.500.000"],
               ["Afdracht vso (DUO)", "-5.310.000", "-5.260.000", "-5.200.000", "-5.150.000"],
               ["Lichte ondersteuning naar besturen", "3.020.000", "2.980.000", "2.940.000", "2.900.000"],
               ["Schoolbudgetten", "2.733.000", "2.700.000", "2.664.000", "2.630.000"],
               ["OPDC De Brug en rebound", "1.180.000", "1.290.000", "1.290.000", "1.290.000"],
               ["Overstap- en onderwijs-zorgarrangementen", "210.000", "230.000", "250.000", "250.000"],
               ["Voorziening HB/ASS (vanaf 2027)", "0", "120.000", "240.000", "240.000"],
               ["Bureau en personeel", "760.000", "770.000", "780.000", "790.000"],
               ["Saldo", "-1.303.000", "-1.570.000", "-1.724.000", "-1.750.000"]]),
          P("De negatieve saldi worden gedekt uit de algemene reserve. Eind 2025 bedroeg die reserve 2,9 miljoen "
            "euro, ruim boven de signaleringswaarde. Volgens het afbouwplan daalt de reserve tot het niveau van het "
            "berekende risicoprofiel (circa 0,8 miljoen euro) in 2029."),
          P("Besturen verantwoorden jaarlijks vóór 1 mei aan de hand van een vast format hoe zij het schoolbudget "
            "en de middelen voor lichte ondersteuning hebben besteed. De verantwoordingen worden besproken in de "
            "kwaliteitsdialoog.")]
    b += [H1("15 Privacy en ICT")] + f_ict(n, "Kindkans")
    b += [H1("16 Totstandkoming en planning")] + f_planning(n)
    b += [H1("Bijlage: Begrippenlijst"),
          BUL(["Arrangement – afgesproken pakket van extra ondersteuning voor een leerling.",
               "Basisondersteuning – het niveau van ondersteuning dat alle scholen bieden.",
               "CvT – Commissie Toelaatbaarheid.",
               "Lwoo – leerwegondersteunend onderwijs.",
               "OJSP – ouder- en jeugdsteunpunt.",
               "OPDC – orthopedagogisch-didactisch centrum.",
               "OPP – ontwikkelingsperspectiefplan.",
               "Pro – praktijkonderwijs.",
               "Rebound – kortdurende bovenschoolse opvang bij gedragsproblemen.",
               "Resultaatmonitor – overzicht van de kengetallen van het samenwerkingsverband.",
               "Terugplaatsing – overstap van het vso naar het regulier voortgezet onderwijs.",
               "TLV – toelaatbaarheidsverklaring.",
               "Vso – voortgezet speciaal onderwijs."])]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "6.1 defines the agreed minimum for all 19 vestigingen and lists concrete voorzieningen; audit/kwaliteitsdialoog = borging.",
               "plaatsing": "Ch. 7.1-7.5/7.7: four-step vso procedure with CvT and 6-week term, vso criteria list, national pro/lwoo criteria summarised, deskundigen, duration/category, bezwaar via LBT.",
               "terugstroom": "Hidden in 7.6 'Afloop van de TLV' (no terugplaatsing heading): steps before 1 Feb/1 May, initiative vso-school, policy + AB and overstaparrangement, 11 returns in 2024-2025.",
               "financien": "Ch. 14 'Geld en middelen': verdeelmodel (EUR 152 per leerling + vaste voet), meerjarenbegroting table 2026-2029, reserve afbouw, verantwoording before 1 May.",
               "dekkend-aanbod": "Ch. 6 four-level continuum (basis, arrangement, OPDC/rebound, pro/vso) and ch. 8 yearly aanbodanalyse, thuiszitterstafel, gap HB/ASS with dated action.",
               "resultaten": "Ch. 9 table with beoogde resultaten and streefwaarden; how progress is monitored is deferred to a monitoringskader to be worked out in 2026-2027 (not in the plan).",
               "ouders": "Inside ch. 10 'Communicatie': ouderpagina, brochure in 4 languages, schoolgids, info evening; independent OJSP, Onderwijsconsulenten, Geschillencommissie."})
    return b, label

# ================================================================ plan B: VO Kromme Aa (docx)
def plan_b():
    n = dict(naam="Samenwerkingsverband VO Kromme Aa", kort="Kromme Aa", code="VO 27-05",
             periode="2026-2030", gemeenten="Aadorp-Zuid, Veldhoven aan de Aa en Liesbroek", besturen=5,
             opr_datum="3 maart 2026", oogo_datum="4 februari 2026", vast_datum="17 maart 2026")
    toc = [(1, "Voorwoord", 3), (1, "1 Inleiding", 4), (1, "2 Visie en koers", 5), (1, "3 Onze regio", 6),
           (1, "4 De ondersteuningsroute", 7), (2, "4.1 Basisondersteuning", 7), (2, "4.2 Extra ondersteuning", 8),
           (2, "4.3 Het OPDC ’t Kompas", 9), (2, "4.4 Vso, pro en lwoo", 10),
           (1, "5 Toewijzing en toelaatbaarheid", 11), (1, "6 Dekkend netwerk", 14),
           (1, "7 Kwaliteit en resultaten", 16), (1, "8 Informatie voor ouders", 19),
           (1, "9 Gemeenten en jeugdhulp", 20), (1, "10 Bestuur en medezeggenschap", 21),
           (1, "11 Personeel", 22), (1, "12 Financiën", 23), (1, "13 Planning", 25),
           (1, "Bijlage 1 Begrippen", 26), (1, "Bijlage 5 Meerjarenbegroting 2026-2030", 28)]
    b = [TITLE(["Ondersteuningsplan Kromme Aa 2026-2030", "Samenwerkingsverband passend onderwijs VO 27-05",
                "Iedere leerling op de goede plek", "Definitieve versie, maart 2026"]), PB(), TOC(toc), PB()]
    b += [H1("Voorwoord"),
          P("Met trots presenteren wij het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Kromme Aa. "
            "Het plan is het resultaat van een intensief traject waarin we met scholen, gemeenten en de "
            "ondersteuningsplanraad hebben gesproken over de vraag hoe we passend onderwijs de komende vier jaar "
            "verder brengen. Dat we daarbij niet bij nul beginnen, blijkt uit de terugblik in hoofdstuk 7."),
          P("De komende jaren staan in het teken van een krimpend leerlingaantal, een krappe arbeidsmarkt en "
            "een groeiende vraag naar ondersteuning. Dat vraagt om keuzes. Wij kiezen ervoor de middelen zo dicht "
            "mogelijk bij de leerling in te zetten, de bovenschoolse voorzieningen compact en sterk te houden en "
            "de verbinding met jeugdhulp verder te versterken. Ouders en leerlingen hebben ons in de "
            "klankbordgesprekken duidelijk gemaakt dat zij vooral snelheid en duidelijkheid verwachten. Dat "
            "nemen we ter harte."),
          P("Joost van Heeswijk, directeur-bestuurder")]
    b += [H1("1 Inleiding")] + f_leeswijzer(n) + [
          P("Het samenwerkingsverband heeft de wettelijke taak om een samenhangend geheel van "
            "ondersteuningsvoorzieningen te realiseren, de ondersteuningsmiddelen te verdelen, te beslissen over "
            "toelaatbaarheid tot het vso, het praktijkonderwijs en het lwoo en te adviseren over de "
            "ondersteuningsbehoefte van leerlingen. In dit plan beschrijven we hoe we die taken invullen.")]
    b += [H1("2 Visie en koers")] + f_visie(n, "Onze koers voor de komende vier jaar vatten we samen in drie "
          "woorden: dichtbij, snel en samen.")
    b += [H1("3 Onze regio"),
          P("Kromme Aa omvat de gemeenten Aadorp-Zuid, Veldhoven aan de Aa en Liesbroek. Vijf schoolbesturen "
            "met in totaal elf scholen en vijftien vestigingen zijn aangesloten. Samen verzorgen zij onderwijs aan "
            "ruim 11.800 leerlingen. In de regio liggen één school voor praktijkonderwijs, twee vso-scholen "
            "(cluster 3 en cluster 4) en het OPDC ’t Kompas. Het aantal leerlingen zal tot 2032 met ongeveer tien "
            "procent dalen, het sterkst in Liesbroek."),
          P("De regio kent een gevarieerde bevolking. In Aadorp-Zuid wonen relatief veel jonge gezinnen, in "
            "Liesbroek is sprake van vergrijzing. Het aantal nieuwkomers is de afgelopen twee jaar toegenomen; zij "
            "volgen eerst onderwijs in de internationale schakelklas van het Aa-lyceum.")]
    b += [H1("4 De ondersteuningsroute"),
          P("In Kromme Aa is de ondersteuning georganiseerd als een route met oplopende intensiteit. Iedere "
            "school biedt basisondersteuning. Is meer nodig, dan zet de school extra ondersteuning in met een "
            "arrangement. Is ook dat onvoldoende, dan kan een leerling tijdelijk naar het OPDC ’t Kompas. Voor "
            "leerlingen die langdurig specialistische ondersteuning nodig hebben, zijn er het vso, het "
            "praktijkonderwijs en het lwoo. De ondersteuningscoördinator van de school is de spil in deze route en "
            "overlegt bij iedere stap met de trajectbegeleider van het samenwerkingsverband."),
          H2("4.1 Basisondersteuning"),
          P("Basisondersteuning is het door alle aangesloten besturen afgesproken niveau van ondersteuning dat iedere "
            "vestiging in Kromme Aa ten minste biedt aan alle leerlingen, zonder tussenkomst van het "
            "samenwerkingsverband. De besturen hebben in 2019 afgesproken dat dit niveau voor alle vestigingen "
            "gelijk is. Volgens het landelijke referentiekader bestaat basisondersteuning uit vier aspecten: "
            "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
            "planmatig werken."),
          P("Wat de basisondersteuning op een school precies inhoudt, staat in het schoolondersteuningsprofiel en "
            "de schoolgids van die school, die op de website van iedere school te vinden zijn. De regionale "
            "standaarden voor basisondersteuning worden in het schooljaar 2026-2027 herijkt, zodra de landelijke "
            "norm basisondersteuning bekend is. Tot die tijd blijven de bestaande afspraken van kracht."),
          H2("4.2 Extra ondersteuning"),
          P("Extra ondersteuning is alles wat verder gaat dan de basisondersteuning en wordt georganiseerd in "
            "arrangementen. De school stelt een arrangement op met doelen, inzet en evaluatiemomenten en legt dit "
            "vast in het OPP. Voorbeelden zijn een plaats in een ondersteuningsklas, begeleiding door een "
            "gedragsdeskundige, een aangepast programma of inzet van een jeugdhulpverlener in de school. "
            "Lichte arrangementen betaalt de school uit het schoolbudget; voor een intensief arrangement boven "
            "de 20 uur begeleiding per maand dient de school een aanvraag in bij het Toewijzingsloket."),
          H2("4.3 Het OPDC ’t Kompas"),
          P("Het OPDC ’t Kompas biedt plaats aan ongeveer 45 leerlingen tegelijk. Leerlingen volgen er een traject "
            "van twaalf tot twintig weken in kleine groepen, met onderwijs en intensieve begeleiding. Het doel is "
            "altijd terugkeer naar de eigen school of een andere reguliere school. Binnen het OPDC is ook een "
            "reboundgroep voor leerlingen die tijdelijk uit de eigen school moeten om tot rust te komen; een "
            "reboundtraject duurt maximaal tien weken. Na afloop keert de leerling terug naar de eigen school, "
            "waar een mentor van het OPDC de leerling nog zes weken begeleidt."),
          H2("4.4 Vso, pro en lwoo"),
          P("De vso-scholen De Horizon (cluster 4) en Het Anker (cluster 3) bieden onderwijs aan leerlingen die "
            "langdurig intensieve ondersteuning nodig hebben. Praktijkschool Kromme Aa biedt praktijkonderwijs. "
            "Lwoo wordt gegeven op de vmbo-vestigingen van alle vijf besturen, met kleinere klassen en extra "
            "begeleiding. Voor al deze vormen is een toelaatbaarheidsverklaring nodig (hoofdstuk 5).")]
    b += [H1("5 Toewijzing en toelaatbaarheid"),
          P("Het samenwerkingsverband beslist op aanvraag van een schoolbestuur over de toelaatbaarheid tot het "
            "vso, het praktijkonderwijs en het lwoo. Alle aanvragen lopen via het Toewijzingsloket."),
          P("De procedure is als volgt. De school waar de leerling is ingeschreven of aangemeld, bespreekt de "
            "leerling eerst in het eigen ondersteuningsteam en vraagt de zienswijze van ouders. Daarna dient de "
            "ondersteuningscoördinator de aanvraag digitaal in bij het Toewijzingsloket, met het OPP, het verslag "
            "van het ondersteuningsteam en de zienswijze van ouders. Het loket controleert binnen vijf "
            "werkdagen of het dossier compleet is. Twee deskundigen – een orthopedagoog of GZ-psycholoog en een "
            "tweede deskundige die past bij de vraag, bijvoorbeeld een arts of maatschappelijk werker – brengen "
            "elk afzonderlijk schriftelijk advies uit. De Commissie Toewijzing neemt binnen vier weken na "
            "ontvangst van het complete dossier een besluit. Voor lwoo en pro geldt een aparte planning: "
            "aanvragen voor leerlingen uit groep 8 worden vóór 15 maart ingediend en uiterlijk 15 mei beslist."),
          P("De criteria die de Commissie Toewijzing hanteert, staan in de onderstaande tabel."),
          TAB([["Voorziening", "Criteria", "Geldigheid"],
               ["Vso", "Ondersteuningsbehoefte op minimaal twee domeinen (leren, gedrag, sociaal-emotioneel, "
                "medisch); arrangement en OPDC-traject of vergelijkbare inzet aantoonbaar onvoldoende gebleken; "
                "OPP met evaluaties van ten minste zes maanden; passend uitstroomprofiel in het vso",
                "1 of 2 schooljaren, tot 31 juli; categorie laag, midden of hoog"],
               ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand ≥ 3 jaar op twee "
                "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen", "gehele vo-loopbaan"],
               ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand 1,5-3 jaar op twee domeinen; of IQ "
                "91-120 met leerachterstand en sociaal-emotionele problematiek", "gehele vo-loopbaan"]]),
          P("Voor leerlingen die van buiten de regio komen, geldt dat het samenwerkingsverband van de school van "
            "herkomst beslist. Voor nieuwkomers beslist het samenwerkingsverband van de woonplaats.")]
    b += [H1("6 Dekkend netwerk"),
          P("Een dekkend netwerk van voorzieningen betekent dat iedere jongere in de regio een passende plek "
            "krijgt. Het aanbod in Kromme Aa bestaat uit de basisondersteuning en de arrangementen op de scholen, "
            "de ondersteuningsklassen op de vmbo-vestigingen, het OPDC ’t Kompas met de reboundgroep, de "
            "internationale schakelklas, het praktijkonderwijs, het lwoo en de twee vso-scholen. Daarnaast "
            "kopen wij plaatsen in bij een zorgboerderij voor onderwijs-zorgarrangementen."),
          P("Of het netwerk werkelijk dekkend is, volgen wij met de wachtlijstmonitor. Iedere maand rapporteren de "
            "voorzieningen hoeveel leerlingen wachten en hoe lang. Twee keer per jaar bespreekt het "
            "Directeurenoverleg de uitkomsten en beslist het over maatregelen. Leerlingen die langer dan vier "
            "weken zonder passend onderwijs thuis zitten, worden gemeld bij het Thuiszitterstafeloverleg, waar de "
            "leerplichtambtenaar, de school, de trajectbegeleider en de jeugdhulp samen binnen twee weken een "
            "plan maken. Lukt dat niet, dan neemt de directeur-bestuurder de regie."),
          P("In 2025 bleek dat er te weinig plaatsen zijn voor jongeren met ernstige angstklachten die niet "
            "naar school durven. Daarom start het OPDC in het schooljaar 2026-2027 een kleine groep voor deze "
            "jongeren, in samenwerking met de GGZ. Ook signaleerden wij dat havo- en vwo-leerlingen met "
            "autisme te vaak in het vso terechtkomen; in 2027 starten we op het Aa-lyceum een autismeklas voor "
            "deze groep.")]
    b += [H1("7 Kwaliteit en resultaten"),
          H2("7.1 Terugblik op 2022-2026"),
          P("In het vorige plan hadden we ons ten doel gesteld het aantal thuiszitters terug te brengen en de "
            "doorlooptijd van aanvragen te verkorten. Het aantal thuiszitters daalde van 34 in 2021 naar 19 op "
            "1 oktober 2025. De gemiddelde doorlooptijd van een TLV-aanvraag daalde van 7,5 naar 4,2 weken. Het "
            "deelnamepercentage vso bleef met 3,9% boven ons streefcijfer van 3,5%. Uit de tevredenheidspeiling "
            "onder scholen (2025) bleek dat 81% tevreden is over de dienstverlening van het bureau."),
          H2("7.2 Beoogde resultaten 2026-2030"),
          BUL(["In 2030 zitten er op peildatum 1 oktober maximaal 8 leerlingen langer dan vier weken thuis.",
               "Het deelnamepercentage vso daalt naar 3,5% in 2029.",
               "90% van de leerlingen die een OPDC-traject afronden, zit een jaar later nog op een reguliere school.",
               "Ten minste 85% van de leerlingen met een arrangement behaalt de doelen in het OPP.",
               "Ouders geven de ondersteuning op school gemiddeld een 7 of hoger in de oudertevredenheidspeiling."]),
          H2("7.3 Hoe wij de resultaten volgen"),
          P("Wij werken met een kwaliteitscyclus volgens het PDCA-principe. Het bureau verzamelt twee keer per "
            "jaar de kengetallen: deelname vso, pro en lwoo (teldatum 1 oktober en 1 februari, bron DUO), het "
            "aantal thuiszitters (bron leerplicht), doorlooptijden (bron loketregistratie) en de OPP-doelen "
            "(bron: de scholen). De cijfers worden per bestuur en per school gerapporteerd in een dashboard dat "
            "het bestuur, de Raad van Toezicht en de OPR ontvangen. Eens per twee jaar houden wij een "
            "tevredenheidspeiling onder ouders en scholen. In het jaarverslag rapporteren wij de bereikte "
            "resultaten en de kosten per voorziening. Blijven resultaten achter, dan bespreekt het bestuur in "
            "het Directeurenoverleg welke bijsturing nodig is.")]
    b += [H1("8 Informatie voor ouders"),
          P("Ouders moeten weten wat zij van de school en het samenwerkingsverband kunnen verwachten. Op onze "
            "website staat een speciale oudersectie met uitleg over de ondersteuningsroute, het OPDC, het vso, "
            "het praktijkonderwijs en het lwoo, en hoe een aanvraag verloopt. Iedere school verwijst in de "
            "schoolgids naar deze pagina. Wij geven een ouderfolder uit die via de basisscholen aan alle ouders "
            "van groep 7 en 8 wordt verstrekt. Twee keer per jaar organiseren wij een informatieavond over de "
            "overstap naar het voortgezet onderwijs voor ouders van kinderen met een ondersteuningsbehoefte."),
          P("Samen met het samenwerkingsverband PO richten wij in de loop van 2027 een ouder- en jeugdsteunpunt "
            "in. Hoe dat steunpunt wordt georganiseerd en waar ouders terecht kunnen, werken wij in de komende "
            "periode samen uit."),
          P("Ouders worden betrokken bij het opstellen en evalueren van het OPP en geven hun zienswijze bij iedere "
            "aanvraag voor toelaatbaarheid.")]
    b += [H1("9 Gemeenten en jeugdhulp"),
          P("Met de drie gemeenten werken wij samen aan jeugdhulp in de school. Iedere school heeft een vaste "
            "contactpersoon van het sociaal team, en op het OPDC en de vso-scholen werken jeugdhulpverleners mee in "
            "de groep. De gemeenten en het samenwerkingsverband bekostigen samen de plaatsen op de zorgboerderij.")
          ] + f_oogo_proc(n) + f_arbeidsmarkt(n)
    b += [H1("10 Bestuur en medezeggenschap")] + f_governance(n) + f_opr(n, True)
    b += [H1("11 Personeel")] + f_personeel(n, 11) + f_prof(n) + f_ict(n, "Onderwijs Transparant")
    b += [H1("12 Financiën"),
          H2("12.1 Verdeling van de middelen"),
          P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (lwoo en pro) en voor zware "
            "ondersteuning. De middelen worden volgens de volgende regels verdeeld. Eerst worden de wettelijke "
            "afdrachten voor het vso en de kosten van het OPDC, de zorgboerderijplaatsen en het bureau van het "
            "budget afgetrokken. De middelen voor lichte ondersteuning gaan vervolgens integraal naar de besturen, "
            "naar rato van hun aantal lwoo- en pro-leerlingen op 1 oktober. Het restant van de middelen voor zware "
            "ondersteuning wordt verdeeld over de besturen naar rato van hun totale leerlingaantal op 1 oktober van "
            "het voorgaande jaar. Intensieve arrangementen worden door het Toewijzingsloket toegekend op basis van "
            "een aanvraag en betaald uit een centrale pot."),
          P("Besturen verantwoorden jaarlijks in hun jaarverslag en in een apart formulier aan het "
            "samenwerkingsverband hoe zij de ontvangen middelen hebben besteed. Het bureau bespreekt deze "
            "verantwoording met ieder bestuur in het najaar."),
          H2("12.2 Meerjarenbegroting"),
          P("De meerjarenbegroting 2026-2030 wordt na vaststelling van de jaarbegroting 2027 als bijlage 5 aan dit "
            "plan toegevoegd. Onderstaand overzicht geeft de opbouw."),
          TAB([["Post", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdracht vso", "p.m.", "p.m.", "p.m.", "p.m."],
               ["OPDC ’t Kompas", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Doorbetaling aan besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += [H1("13 Planning")] + f_planning(n)
    b += [H1("Bijlage 1 Begrippen"),
          BUL(["Arrangement – een afgesproken pakket extra ondersteuning.",
               "Basisondersteuning – de ondersteuning die iedere school biedt.",
               "Commissie Toewijzing – beslist namens het samenwerkingsverband over toelaatbaarheid.",
               "Klachtenregeling – regeling voor het indienen van klachten over het samenwerkingsverband.",
               "Onderwijsconsulenten – landelijke organisatie die ouders onafhankelijk adviseert.",
               "OPDC – orthopedagogisch-didactisch centrum.",
               "OPP – ontwikkelingsperspectiefplan.",
               "Terugplaatsing – de overstap van een leerling van het vso naar het regulier voortgezet onderwijs na "
               "afloop van de TLV.",
               "TLV – toelaatbaarheidsverklaring.",
               "Verevening – aanpassing van het budget aan de deelname aan het vso."])]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1 states the agreed equal minimum for all vestigingen (niveau) but only the 4-aspect referentiekader definition; concrete content is referred to each school's SOP/schoolgids and re-set in 2026-2027.",
               "plaatsing": "Ch. 5: steps via Toewijzingsloket, deskundigen, Commissie Toewijzing within 4 weeks; criteria for vso/pro/lwoo only in a table; no bezwaar route.",
               "terugstroom": "Nothing on return from vso: 'terugplaatsing' only in the begrippenlijst; return after OPDC/rebound (4.3) is not terugstroom from vso.",
               "financien": "12.1 gives the verdeling rules (lwoo/pro per leerling, zware ondersteuning by leerlingaantal 1 oktober) and verantwoording; meerjarenbegroting is p.m. and deferred to absent bijlage 5.",
               "dekkend-aanbod": "Ch. 4 route and ch. 6 inventory of provisions; wachtlijstmonitor, thuiszitterstafel, identified gaps with dated actions; ch. 9 jeugdhulp/zorgboerderij.",
               "resultaten": "7.2 beoogde resultaten with targets; 7.3 PDCA cycle with kengetallen, dashboard, jaarverslag; 7.1 achieved figures.",
               "ouders": "Ch. 8 describes website, ouderfolder, info evenings (informatie); the ouder- en jeugdsteunpunt is only announced for 2027 and Onderwijsconsulenten appear only in the begrippenlijst."})
    return b, label

# ================================================================ plan C: VO Zuiderveen (pdf)
def plan_c():
    n = dict(naam="Samenwerkingsverband VO Zuiderveen", kort="SWV Zuiderveen", code="VO 23-02",
             periode="2026-2030", gemeenten="Zuiderveen, Oldemarke en Brederwiede-Oost", besturen=4,
             opr_datum="19 maart 2026", oogo_datum="12 februari 2026", vast_datum="26 maart 2026")
    toc = [(1, "1 Woord vooraf", 3), (1, "2 Inleiding en leeswijzer", 4), (1, "3 Missie en visie", 5),
           (1, "4 Organisatie van de ondersteuning", 6), (2, "4.1 Ondersteuning op school", 6),
           (2, "4.2 Bovenschoolse voorzieningen: OPDC en rebound", 7), (2, "4.3 Vso, pro en lwoo", 8),
           (1, "5 Toelaatbaarheid", 9), (1, "6 Terug naar het regulier onderwijs", 11),
           (1, "7 Thuiszitters", 12), (1, "8 Kwaliteitszorg", 13), (1, "9 Communicatie en informatie", 14),
           (1, "10 Samenwerking met gemeenten", 15), (1, "11 Bestuur, medezeggenschap en organisatie", 16),
           (1, "12 Financieel beleid", 18), (1, "13 Personeel en professionalisering", 21),
           (1, "14 Totstandkoming", 22), (1, "Bijlage A Afkortingen en begrippen", 23),
           (1, "Bijlage 6 Handreiking terugplaatsing", 25)]
    b = [TITLE(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Zuiderveen (VO 23-02)",
                "Passend onderwijs in Zuiderveen, Oldemarke en Brederwiede-Oost"]), PB(), TOC(toc), PB()]
    b += [H1("1 Woord vooraf"),
          P("Dit is het vierde ondersteuningsplan van Samenwerkingsverband VO Zuiderveen. In de afgelopen jaren "
            "is veel gebeurd: de scholen hebben hun ondersteuningsstructuur versterkt, het OPDC heeft een vaste "
            "plek gekregen in het onderwijslandschap en de samenwerking met gemeenten is intensiever geworden. "
            "Ook ouders hebben ons in gesprekken en enquêtes laten weten wat zij belangrijk vinden."),
          P("Tegelijk ervaren we dat de vraag naar ondersteuning groeit en complexer wordt. Mentale problemen "
            "onder jongeren zijn toegenomen en schoolverzuim is na de coronajaren een hardnekkig probleem. Met "
            "dit plan willen we een stevig fundament leggen voor de komende vier jaar. De middelen zijn "
            "beperkt; we moeten scherp kiezen waar we ze voor inzetten. De resultaten van onze inzet worden "
            "pas over enkele jaren volledig zichtbaar."),
          P("Namens het bestuur, Hanneke Roelofs-Brink, directeur-bestuurder")]
    b += [H1("2 Inleiding en leeswijzer")] + f_leeswijzer(n)
    b += [H1("3 Missie en visie")] + f_visie(n, "Dat geldt voor iedere leerling in onze regio, van vwo tot "
          "praktijkonderwijs.") + [
          P("Vier besturen vormen samen het samenwerkingsverband: Stichting Veenscholen, de Christelijke "
            "Scholengemeenschap Oldemarke, Stichting Openbaar Onderwijs Zuiderveen en Stichting Het Anker (vso). "
            "Samen hebben zij negen scholen met dertien vestigingen en ruim 9.600 leerlingen.")]
    b += [H1("4 Organisatie van de ondersteuning"),
          P("De ondersteuning in Zuiderveen is georganiseerd in een doorlopende reeks van voorzieningen, van "
            "licht naar zwaar. Op de eerste plaats staat de ondersteuning die iedere school zelf organiseert. "
            "Daarna volgen arrangementen binnen de school, "
            "zoals een plek in een trajectklas of begeleiding door een ambulant begeleider. Vervolgens zijn er de "
            "bovenschoolse voorzieningen: het OPDC en de reboundvoorziening. Ten slotte zijn er het "
            "praktijkonderwijs, het lwoo en het vso voor leerlingen die langdurig specialistische ondersteuning "
            "nodig hebben. Tussen deze voorzieningen bestaan vaste overdrachtsafspraken."),
          H2("4.1 Ondersteuning op school"),
          P("Naast de basisondersteuning die de scholen ieder op hun eigen wijze vormgeven, hebben de meeste "
            "scholen een trajectklas waar leerlingen met een arrangement een deel van de week in een kleine "
            "groep werken. Scholen kunnen voor individuele leerlingen een arrangement inzetten, bijvoorbeeld "
            "ambulante begeleiding vanuit het vso, begeleiding door een jobcoach of een aangepast lesprogramma. "
            "Afspraken over een gezamenlijk niveau van basisondersteuning voor alle scholen leggen we vast in "
            "een referentiekader dat in 2027 verschijnt."),
          H2("4.2 Bovenschoolse voorzieningen: OPDC en rebound"),
          P("Het OPDC Zuiderveen biedt onderwijs aan leerlingen van het vmbo die tijdelijk meer structuur en "
            "begeleiding nodig hebben dan hun school kan bieden. De leerling blijft ingeschreven op de eigen "
            "school. Een plaatsing duurt gemiddeld een half jaar. De reboundvoorziening ‘De Pauze’ is bedoeld voor "
            "leerlingen van alle schoolsoorten bij wie het gedrag tijdelijk een goede schoolgang in de weg staat. "
            "Beide voorzieningen werken met een intakegesprek en een trajectplan met de school van herkomst."),
          H2("4.3 Vso, pro en lwoo"),
          P("In de regio zijn het vso van Het Anker (cluster 4) en de vso-afdeling van De Regenboog (cluster 3) "
            "gevestigd. Praktijkonderwijs wordt gegeven op Praktijkcollege Oldemarke. Lwoo wordt aangeboden op alle "
            "vmbo-scholen van de vier besturen, deels in aparte lwoo-klassen en deels in reguliere klassen met "
            "extra begeleiding. Leerlingen met een ernstige meervoudige beperking gaan naar de ZML-afdeling van De "
            "Regenboog. Een deel van de leerlingen met een specifieke hulpvraag volgt vso buiten de regio; het "
            "samenwerkingsverband vergoedt daarvoor de afdracht.")]
    b += [H1("5 Toelaatbaarheid"),
          P("Scholen die menen dat een leerling aangewezen is op het vso, het praktijkonderwijs of het lwoo, "
            "vragen daarvoor een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De aanvraag "
            "wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven, of waar de "
            "leerling is aangemeld. Voor leerlingen die vanuit het basisonderwijs naar het praktijkonderwijs of "
            "het lwoo gaan, dient de ontvangende vo-school de aanvraag in, vóór 1 maart."),
          P("Het verloop van een aanvraag voor het vso is als volgt. De school meldt de leerling aan bij het "
            "Loket Zuiderveen en voegt het OPP, het groeidocument en een verslag van het multidisciplinair overleg "
            "toe. Een consulent van het loket neemt binnen twee weken contact op met de school om de aanvraag te "
            "bespreken. Vervolgens geven een orthopedagoog en een tweede deskundige, afhankelijk van de situatie "
            "een jeugdarts, maatschappelijk werker of psychiater, ieder een schriftelijk advies. De "
            "Toelaatbaarheidscommissie neemt uiterlijk acht weken na ontvangst van de complete aanvraag een "
            "besluit en stuurt dit naar de school en de ouders. Aanvragen voor pro en lwoo worden vóór 15 april "
            "beslist."),
          P("De criteria voor toelaatbaarheid tot het vso worden in het schooljaar 2026-2027 geactualiseerd en "
            "daarna gepubliceerd op www.swvzuiderveen.nl/toelaatbaarheid."),
          P("Ouders en scholen die het niet eens zijn met het besluit, kunnen binnen zes weken na de datum van "
            "het besluit bezwaar maken bij het bestuur. Het bestuur wint advies in bij de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    b += [H1("6 Terug naar het regulier onderwijs"),
          P("Het samenwerkingsverband vindt dat een plaatsing in het vso in principe tijdelijk is. Ons beleid is "
            "erop gericht dat leerlingen die daartoe in staat zijn, zo snel als verantwoord is terugkeren naar het "
            "regulier voortgezet onderwijs, bij voorkeur naar een school dicht bij huis. Voorwaarden voor "
            "terugkeer zijn dat de leerling de doelen uit het OPP grotendeels heeft bereikt, dat de ontvangende "
            "school de benodigde ondersteuning kan bieden en dat de leerling zelf gemotiveerd is."),
          P("Een leerling die terugkeert, krijgt gedurende een half jaar een begeleidingsarrangement vanuit het "
            "OPDC, dat het samenwerkingsverband volledig bekostigt. Daarnaast kan de ontvangende school een "
            "beroep doen op ambulante begeleiding vanuit het vso."),
          P("Het stappenplan voor terugplaatsing, met de rolverdeling tussen vso-school, ontvangende school en "
            "samenwerkingsverband, is uitgewerkt in de Handreiking terugplaatsing (bijlage 6).")]
    b += [H1("7 Thuiszitters"),
          P("Ook in Zuiderveen zijn er jongeren die thuiszitten. Achter ieder thuiszittende jongere zit een eigen "
            "verhaal. Het samenwerkingsverband heeft het regionale Thuiszitterspact mede ondertekend."),
          P("Een analyse van de vraag of ons aanbod dekkend is en een aanpak voor thuiszitters werken wij in 2027 "
            "uit, samen met de leerplichtambtenaren en de gemeenten. Tot die tijd gelden de bestaande "
            "werkafspraken tussen scholen en leerplicht.")]
    b += [H1("8 Kwaliteitszorg"),
          P("Het kwaliteitskader van het samenwerkingsverband wordt in het schooljaar 2026-2027 herzien. In dat "
            "kader nemen wij op welke resultaten wij willen bereiken en hoe wij die gaan volgen. Het herziene "
            "kader wordt ter instemming aan de OPR voorgelegd en daarna als aanvulling op dit plan gepubliceerd."),
          P("Het samenwerkingsverband staat onder toezicht van de Inspectie van het Onderwijs, die het "
            "samenwerkingsverband ten minste eens in de vier jaar bezoekt. Het laatste bezoek vond plaats in 2023.")]
    b += [H1("9 Communicatie en informatie"),
          P("Communicatie is voor ons een middel om scholen, ouders en partners mee te nemen in wat wij doen. "
            "Het bureau publiceert vier keer per jaar een nieuwsbrief voor scholen en partners."),
          P("Voor ouders hebben wij een eigen pagina op de website met informatie over de ondersteuning die de "
            "scholen bieden, de trajectklassen, het OPDC, de reboundvoorziening, het vso, het praktijkonderwijs en "
            "het lwoo, en over de manier waarop een toelaatbaarheidsverklaring wordt aangevraagd. Er is een "
            "ouderfolder in eenvoudige taal die alle scholen bij de aanmelding meegeven, en in januari houden "
            "wij een informatiebijeenkomst voor ouders van leerlingen in groep 8 die extra ondersteuning nodig "
            "hebben. Ouders kunnen bovendien bellen of mailen met de ouderconsulent van het bureau."),
          P("Ouders die onafhankelijk advies willen, kunnen terecht bij het Steunpunt Ouders Zuiderveen, een "
            "ouder- en jeugdsteunpunt dat door een onafhankelijke stichting wordt uitgevoerd en dat niet onder "
            "het samenwerkingsverband valt. Ook verwijzen wij ouders naar Onderwijsconsulenten en naar de "
            "Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband kunnen worden "
            "ingediend bij de landelijke klachtencommissie waarbij wij zijn aangesloten."),
          P("Ouders zijn vertegenwoordigd in de OPR en worden betrokken bij het OPP van hun kind.")]
    b += [H1("10 Samenwerking met gemeenten"),
          P("Met de gemeenten werken wij samen aan een goede aansluiting tussen onderwijs en jeugdhulp. Op het OPDC "
            "en de reboundvoorziening is iedere dag een jeugdhulpverlener aanwezig. Voor leerlingen die naast "
            "onderwijs zorg nodig hebben, sluiten school en gemeente een onderwijs-zorgarrangement af.")
          ] + f_oogo_proc(n) + f_arbeidsmarkt(n)
    b += [H1("11 Bestuur, medezeggenschap en organisatie")] + f_governance(n) + f_opr(n, True) + f_werkwijze(n) + f_ict(n, "Kindkans")
    b += [H1("12 Financieel beleid"),
          H2("12.1 Inkomsten"),
          P("Het samenwerkingsverband ontvangt een rijksbijdrage voor lichte en zware ondersteuning van in totaal "
            "circa 8,4 miljoen euro per jaar. DUO houdt daarop de bekostiging van het vso in."),
          H2("12.2 Verdeelmodel"),
          P("Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat naar de "
            "besturen, die zelf verantwoordelijk zijn voor de ondersteuning op hun scholen. De verdeling gaat "
            "als volgt:"),
          BUL(["De middelen voor lichte ondersteuning (lwoo en pro) worden doorgegeven aan de besturen op basis "
               "van het aantal lwoo- en pro-leerlingen op 1 oktober.",
               "Ieder bestuur ontvangt voor zware ondersteuning een bedrag van € 118 per leerling op 1 oktober van "
               "het voorgaande jaar, plus € 20.000 per vestiging.",
               "Het OPDC en de reboundvoorziening worden bekostigd via een bijdrage per geplaatste leerling van "
               "€ 7.500 per half jaar, die het samenwerkingsverband betaalt.",
               "Het bestuur stelt de verdeling jaarlijks vast bij de begroting, na advies van het "
               "Directeurenoverleg."]),
          H2("12.3 Meerjarenbegroting"),
          TAB([["(x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage", "8.420", "8.360", "8.290", "8.230"],
               ["Afdracht vso via DUO", "3.610", "3.640", "3.650", "3.650"],
               ["Lichte ondersteuning naar besturen", "2.150", "2.120", "2.090", "2.060"],
               ["Zware ondersteuning naar besturen", "1.390", "1.370", "1.350", "1.330"],
               ["OPDC en rebound", "720", "720", "720", "720"],
               ["Terugkeerarrangementen", "60", "60", "60", "60"],
               ["Bureau", "640", "650", "660", "670"],
               ["Resultaat", "-150", "-200", "-240", "-260"]]),
          P("De tekorten worden gedekt uit de reserves. Het weerstandsvermogen bedraagt eind 2025 18 procent van "
            "de baten; wij streven naar een weerstandsvermogen tussen 5 en 8 procent aan het eind van de "
            "planperiode.")]
    b += [H1("13 Personeel en professionalisering")] + f_personeel(n, 9) + f_prof(n)
    b += [H1("14 Totstandkoming")] + f_planning(n)
    b += [H1("Bijlage A Afkortingen en begrippen"),
          BUL(["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen van het "
               "samenwerkingsverband bieden, waaronder een ondersteuningscoördinator, dyslexiebegeleiding en "
               "faalangsttraining.",
               "Dekkend aanbod: een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft.",
               "Kengetallen: cijfers waarmee het samenwerkingsverband de resultaten volgt.",
               "LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
               "Lwoo: leerwegondersteunend onderwijs.",
               "OPDC: orthopedagogisch-didactisch centrum.",
               "OPR: ondersteuningsplanraad.",
               "Pro: praktijkonderwijs.",
               "TLV: toelaatbaarheidsverklaring.",
               "Vso: voortgezet speciaal onderwijs."])]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "bezwaar"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Only a passing mention in 4.1 (schools shape it 'ieder op hun eigen wijze') plus a deferral to a 2027 referentiekader; the concrete definition exists only in Bijlage A (glossary).",
               "plaatsing": "Ch. 5 gives applicant, Loket steps, two deskundigen, Toelaatbaarheidscommissie within 8 weeks, bezwaar/LBT; criteria are deferred to 2026-2027 and a website.",
               "terugstroom": "Ch. 6 states policy (temporary vso, conditions, half-year OPDC arrangement after return); the procedure is only referred to bijlage 6, which is not included.",
               "financien": "Ch. 12 'Financieel beleid': verdeelmodel with per-leerling amounts and vaste voet, meerjarenbegroting table, weerstandsvermogen.",
               "dekkend-aanbod": "Ch. 4 describes the continuum school -> arrangement -> OPDC/rebound -> pro/lwoo/vso; gap analysis and thuiszitters approach deferred to 2027 (ch. 7); jeugdhulp/OZA in ch. 10.",
               "resultaten": "Ch. 8 'Kwaliteitszorg' only defers intended results and monitoring to a revised kwaliteitskader; 'Kengetallen' only in glossary; no figures or targets.",
               "ouders": "Ch. 9 'Communicatie en informatie': ouderpagina, folder, info meeting, ouderconsulent; independent Steunpunt Ouders Zuiderveen, Onderwijsconsulenten, Geschillencommissie."})
    return b, label

# ================================================================ plan D: PO Ravenstaete (pdf)
def plan_d():
    n = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Ravenstaete", kort="Ravenstaete",
             code="PO 24-06", periode="2026-2030", gemeenten="Ravenstein-Noord, Maasheuvel, Lithoijen-West en Deursen",
             besturen=7, opr_datum="5 maart 2026", oogo_datum="22 januari 2026", vast_datum="19 maart 2026")
    toc = [(1, "Voorwoord", 3), (1, "1 Inleiding", 4), (1, "2 Missie, visie en kernwaarden", 5),
           (1, "3 Feiten en cijfers", 6), (1, "4 Basisondersteuning", 7), (1, "5 Extra ondersteuning en arrangementen", 9),
           (1, "6 Speciaal basisonderwijs en speciaal onderwijs", 11), (1, "7 Terugplaatsing en overplaatsing", 12),
           (1, "8 Een passende plek voor ieder kind", 13), (1, "9 Resultaten en kwaliteitszorg", 15),
           (1, "10 Gemeenten en jeugdhulp", 18), (1, "11 Overgang naar het voortgezet onderwijs", 19),
           (1, "12 Bestuur en organisatie", 20), (1, "13 Financiën", 22), (1, "14 Privacy", 24),
           (1, "15 Totstandkoming", 25), (1, "Bijlage 1 Begrippenlijst", 26),
           (1, "Bijlage 2 Regeling toelaatbaarheid s(b)o", 28), (1, "Bijlage 3 Informatie voor ouders", 30)]
    b = [TITLE(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Passend Primair Onderwijs Ravenstaete",
                "PO 24-06", "Ieder kind telt mee"]), PB(), TOC(toc), PB()]
    b += [H1("Voorwoord"),
          P("Voor u ligt het ondersteuningsplan 2026-2030 van Ravenstaete. Het plan is geschreven voor en met de "
            "38 basisscholen, de school voor speciaal basisonderwijs en de twee scholen voor speciaal onderwijs in "
            "onze regio. Leerkrachten, intern begeleiders, directeuren, bestuurders, ouders en partners hebben "
            "meegedacht. Wij zijn hen daarvoor dankbaar."),
          P("Het plan bouwt voort op wat er de afgelopen jaren is opgebouwd. De basisondersteuning staat stevig, "
            "het ondersteuningsteam is op iedere school een begrip en het aantal kinderen dat zonder onderwijs "
            "thuis zit, is gedaald. Tegelijk zien we dat het lerarentekort zijn tol eist en dat de vraag naar "
            "arrangementen voor jonge kinderen met intensieve behoeften blijft groeien."),
          P("Wim Verhoeven, directeur-bestuurder")]
    b += [H1("1 Inleiding")] + f_leeswijzer(n) + f_landelijk(n, mention_wet=False)
    b += [H1("2 Missie, visie en kernwaarden")] + f_visie(n, "Voor het primair onderwijs betekent dat vooral: "
          "vroeg signaleren en handelen, in de groep, met de leerkracht als spil.") + [
          P("Onze kernwaarden zijn nabijheid, vakmanschap en gezamenlijkheid. Nabijheid betekent dat een kind zo "
            "veel mogelijk naar school gaat in de eigen wijk of het eigen dorp. Vakmanschap betekent dat we "
            "investeren in leerkrachten en intern begeleiders. Gezamenlijkheid betekent dat besturen samen "
            "verantwoordelijk zijn voor alle kinderen in de regio.")]
    b += [H1("3 Feiten en cijfers"),
          P("Ravenstaete omvat de gemeenten Ravenstein-Noord, Maasheuvel, Lithoijen-West en Deursen. Zeven "
            "schoolbesturen zijn aangesloten. Op 1 oktober 2025 telden de 38 basisscholen (46 locaties) samen "
            "9.870 leerlingen, het sbo De Wilgenhof 214 leerlingen en de so-scholen De Kameleon (cluster 4) en "
            "Het Mozaïek (cluster 3) samen 236 leerlingen uit onze regio."),
          TAB([["Peildatum", "Basisonderwijs", "Sbo", "So", "Deelname sbo", "Deelname so"],
               ["1-10-2023", "10.140", "221", "229", "2,1%", "2,2%"],
               ["1-10-2024", "10.010", "219", "233", "2,1%", "2,2%"],
               ["1-10-2025", "9.870", "214", "236", "2,1%", "2,3%"]])]
    b += [H1("4 Basisondersteuning"),
          P("Basisondersteuning is in Ravenstaete het niveau van ondersteuning dat alle 38 basisscholen op al hun 46 "
            "locaties minimaal bieden. Dit niveau is door de zeven besturen samen vastgesteld en geldt voor iedere "
            "school, ongeacht grootte of denominatie. Wat een kind binnen de basisondersteuning krijgt, hoeft niet "
            "te worden aangevraagd bij het samenwerkingsverband."),
          P("In de onderstaande tabel staat wat iedere school in elk geval biedt."),
          TAB([["Domein", "Wat iedere school biedt"],
               ["Leren", "Een dyslexieprotocol en een dyscalculieprotocol; begeleiding bij lees- en rekenproblemen "
                "volgens de groepsplannen; een aanbod voor kinderen die meer aankunnen (verrijking in de groep)"],
               ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren in alle groepen; een "
                "gedragsprotocol; een antipestcoördinator"],
               ["Structuur", "Een intern begeleider (ten minste 0,4 fte per 200 leerlingen); een ondersteuningsteam "
                "met IB’er, orthopedagoog van het samenwerkingsverband en schoolmaatschappelijk werk dat ten minste "
                "zes keer per jaar bijeenkomt"],
               ["Werkwijze", "Handelingsgericht werken in een cyclus van signaleren, analyseren, plannen en "
                "evalueren; een OPP voor ieder kind met een eigen leerlijn"],
               ["Fysiek en medisch", "Een protocol medisch handelen; een rolstoeltoegankelijk gebouw of afspraken "
                "met een nabijgelegen school"]]),
          P("Elke school beschrijft de basisondersteuning in haar schoolgids. Het samenwerkingsverband bespreekt de "
            "basisondersteuning jaarlijks met iedere school aan de hand van de kwaliteitskaart. Scoort een school "
            "op een onderdeel onvoldoende, dan maakt de school een verbeterplan en biedt het samenwerkingsverband "
            "ondersteuning door een orthopedagoog.")]
    b += [H1("5 Extra ondersteuning en arrangementen"),
          P("Als een kind meer nodig heeft dan de basisondersteuning, bespreekt de school het kind in het "
            "ondersteuningsteam. Daar wordt bepaald welk arrangement nodig is. Een arrangement kan bestaan uit "
            "extra handen in de groep, begeleiding door een specialist, een aangepast programma of een tijdelijke "
            "plaatsing in een bovenschoolse groep. Scholen bekostigen lichte arrangementen uit het schoolbudget; "
            "voor zwaardere arrangementen kent het samenwerkingsverband extra middelen toe."),
          P("Bovenschools zijn er de volgende voorzieningen: een plusklas voor meer- en hoogbegaafde kinderen op "
            "drie locaties (een dagdeel per week), een taalklas voor nieuwkomers in Maasheuvel, een observatiegroep "
            "voor jonge kinderen (4 tot 7 jaar) bij sbo De Wilgenhof en ambulante begeleiding vanuit het so."),
          P("Deze voorzieningen vormen samen met de basisondersteuning, het sbo en het so één samenhangend geheel: "
            "van preventieve ondersteuning in de groep tot gespecialiseerd onderwijs. Tussen de voorzieningen zijn "
            "afspraken gemaakt over overdracht, zodat een kind niet telkens opnieuw hoeft te beginnen.")]
    b += [H1("6 Speciaal basisonderwijs en speciaal onderwijs"),
          P("Sbo De Wilgenhof biedt onderwijs aan kinderen die meer ondersteuning nodig hebben dan een basisschool "
            "kan bieden, in groepen van gemiddeld veertien leerlingen. De so-scholen De Kameleon en Het Mozaïek "
            "bieden onderwijs aan kinderen met ernstige gedrags- of psychiatrische problemen (cluster 4), "
            "respectievelijk een lichamelijke of verstandelijke beperking of langdurige ziekte (cluster 3). "
            "Kinderen die een toelaatbaarheidsverklaring hebben, kunnen op deze scholen worden ingeschreven."),
          P("Voor de toelaatbaarheid tot het sbo en so werkt Ravenstaete met het Loket Ondersteuning. De procedure, "
            "de criteria en de samenstelling van de commissie zijn vastgelegd in de Regeling toelaatbaarheid s(b)o "
            "(bijlage 2).")]
    b += [H1("7 Terugplaatsing en overplaatsing"),
          P("Ravenstaete vindt dat kinderen zo veel mogelijk thuisnabij onderwijs moeten volgen. Plaatsing in het "
            "sbo of so is daarom geen eindstation. Het beleid is dat ieder kind in het s(b)o ieder jaar wordt "
            "beoordeeld op de mogelijkheid van terugkeer naar een basisschool, en dat terugkeer plaatsvindt zodra de "
            "basisschool met een arrangement kan bieden wat het kind nodig heeft. Een kind keert niet terug als "
            "dat ten koste gaat van zijn ontwikkeling; de belangen van het kind gaan voor."),
          P("De procedure is als volgt. Bij de jaarlijkse evaluatie van het OPP in maart bekijkt de commissie van "
            "begeleiding van de sbo- of so-school of terugplaatsing haalbaar is. In het laatste jaar van een TLV "
            "gebeurt dat uiterlijk 1 februari. Acht de commissie terugplaatsing haalbaar, dan neemt de s(b)o-school "
            "contact op met de intern begeleider van de beoogde basisschool en met de orthopedagoog van het Loket. "
            "Samen stellen zij een overstapplan op. Het Loket beslist binnen vier weken over het "
            "terugplaatsingsarrangement: maximaal twintig uur ambulante begeleiding in het eerste half jaar en een "
            "budget van € 3.500 voor de ontvangende school. Na drie en na zes maanden volgt een evaluatie. Is "
            "terugkeer niet haalbaar, dan vraagt de s(b)o-school tijdig een nieuwe TLV aan."),
          P("In het schooljaar 2024-2025 keerden veertien kinderen uit het sbo en vier uit het so terug naar een "
            "basisschool. Wij willen dit aantal de komende jaren minstens gelijk houden.")]
    b += [H1("8 Een passende plek voor ieder kind"),
          P("Ravenstaete wil dat er voor ieder kind een passende plek is. Om te weten waar het aanbod tekortschiet, "
            "houden wij een overzicht bij van kinderen die op een plek wachten, kinderen met een vrijstelling van de "
            "leerplicht en kinderen die thuiszitten. Dit overzicht wordt elk kwartaal besproken met de "
            "leerplichtambtenaren en twee keer per jaar met de besturen."),
          P("Een kind dat langer dan vier weken niet naar school gaat, wordt besproken in het regionale "
            "Thuiszittersoverleg. Daar worden binnen twee weken afspraken gemaakt over een plek of een tijdelijk "
            "aanbod. Het Thuiszittersoverleg kan de directeur-bestuurder vragen een bestuur aan te wijzen dat het "
            "kind een plek biedt."),
          P("Uit de analyse van 2025 bleek dat voor jonge kinderen met een combinatie van ontwikkelingsachterstand "
            "en intensieve zorgbehoefte geen passend aanbod bestaat. Daarom start in augustus 2026 in samenwerking "
            "met zorgaanbieder De Linde en de gemeente Maasheuvel een onderwijs-zorggroep voor acht kinderen in "
            "Kindcentrum De Horst. Ook is het aantal plaatsen in de plusklas onvoldoende; vanaf 2027 komt er een "
            "vierde locatie.")]
    b += [H1("9 Resultaten en kwaliteitszorg"),
          H2("9.1 Beoogde resultaten"),
          TAB([["Resultaatgebied", "Doel 2030"],
               ["Thuiszitters", "Geen kind langer dan drie maanden zonder aanbod; aantal thuiszitters per 1 oktober "
                "maximaal 5 (2025: 11)"],
               ["Deelname sbo en so", "Samen maximaal 4,2% (2025: 4,4%)"],
               ["Terugplaatsing", "Minimaal 15 kinderen per jaar terug naar een basisschool"],
               ["Basisondersteuning", "Alle scholen scoren voldoende op alle onderdelen van de kwaliteitskaart"],
               ["Arrangementen", "80% van de arrangementen bereikt de gestelde doelen"]]),
          H2("9.2 Zo volgen wij de resultaten"),
          P("Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In september stelt het bestuur het "
            "jaarplan vast met de activiteiten en indicatoren voor dat jaar. Het bureau verzamelt de cijfers over "
            "deelname, thuiszitters, terugplaatsingen en arrangementen op 1 oktober en 1 februari en zet ze in een "
            "dashboard. In februari en juni bespreken bestuur en directeuren de voortgang. De doelen van de "
            "arrangementen worden door de scholen in het OPP geëvalueerd en door de orthopedagogen steekproefsgewijs "
            "gecontroleerd. Het jaarverslag rapporteert de bereikte resultaten en zet ze af tegen de doelen."),
          P("Over de periode 2022-2026 zijn de resultaten wisselend. Het aantal thuiszitters daalde van 19 naar 11, "
            "maar de deelname aan het so steeg licht. Alle scholen voldeden in 2025 aan de kwaliteitskaart, tegen 31 "
            "van de 38 in 2022.")]
    b += [H1("10 Gemeenten en jeugdhulp"),
          P("Met de vier gemeenten zijn afspraken gemaakt over jeugdhulp op school. Iedere school heeft een "
            "contactpersoon van het wijkteam. Voor kinderen die zowel onderwijs als zorg nodig hebben, werken "
            "school, zorgaanbieder en gemeente samen in een onderwijs-zorgarrangement. De gemeente bekostigt de "
            "zorg, het samenwerkingsverband het onderwijsdeel.")] + f_oogo_proc(n)
    b += [H1("11 Overgang naar het voortgezet onderwijs"),
          P("Voor kinderen met een ondersteuningsbehoefte is de overstap naar het voortgezet onderwijs een kwetsbaar "
            "moment. Met het VO-samenwerkingsverband is afgesproken dat de basisschool het onderwijskundig rapport "
            "vóór 1 april aanlevert en dat er voor ieder kind met een OPP een warme overdracht plaatsvindt.")]
    b += [H1("12 Bestuur en organisatie")] + f_governance(n) + f_opr(n, False) + f_personeel(n, 16) + f_prof(n)
    b += [H1("13 Financiën"),
          P("Het samenwerkingsverband ontvangt jaarlijks circa 7,6 miljoen euro aan ondersteuningsmiddelen. Het "
            "verdeelmodel wordt in het eerste planjaar herzien. De nieuwe verdeelsystematiek wordt in de loop van "
            "2027 vastgesteld en als addendum aan dit plan toegevoegd."),
          P("De meerjarenbegroting voor de planperiode ziet er als volgt uit (bedragen in euro’s):"),
          TAB([["", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsmiddelen", "7.610.000", "7.540.000", "7.460.000", "7.390.000"],
               ["Afdracht so (DUO)", "2.980.000", "3.010.000", "3.030.000", "3.030.000"],
               ["Bekostiging sbo boven 2%", "190.000", "180.000", "170.000", "160.000"],
               ["Schoolbudgetten", "2.250.000", "2.200.000", "2.160.000", "2.120.000"],
               ["Arrangementen en bovenschoolse voorzieningen", "1.210.000", "1.260.000", "1.280.000", "1.300.000"],
               ["Onderwijs-zorggroep De Horst", "95.000", "190.000", "190.000", "190.000"],
               ["Terugplaatsingsarrangementen", "65.000", "65.000", "70.000", "70.000"],
               ["Bureau en ondersteuningsteams", "940.000", "950.000", "960.000", "970.000"],
               ["Saldo", "-120.000", "-305.000", "-400.000", "-450.000"]]),
          P("De tekorten worden gedekt uit de algemene reserve, die eind 2025 1,9 miljoen euro bedroeg. Aan het "
            "einde van de planperiode resteert een reserve die past bij het risicoprofiel van het "
            "samenwerkingsverband.")]
    b += [H1("14 Privacy")] + f_ict(n, "Kindkans")
    b += [H1("15 Totstandkoming")] + f_planning(n)
    b += [H1("Bijlage 1 Begrippenlijst"),
          BUL(["Commissie van Toelaatbaarheid – de commissie die namens het samenwerkingsverband besluit over een TLV, "
               "na advies van twee deskundigen.",
               "IB’er – intern begeleider.",
               "Loket Ondersteuning – het loket waar scholen arrangementen en TLV’s aanvragen.",
               "Ouder- en jeugdsteunpunt – onafhankelijk steunpunt voor ouders en jeugdigen.",
               "OPP – ontwikkelingsperspectief.",
               "Sbo – speciaal basisonderwijs.",
               "So – speciaal onderwijs.",
               "TLV – toelaatbaarheidsverklaring; geldig voor een of meer schooljaren.",
               "Verdeelmodel – de regels waarmee de middelen over de besturen worden verdeeld."])]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 4: minimum for all 46 locaties, concrete content only in a domain table; kwaliteitskaart check = borging.",
               "plaatsing": "Ch. 6 only refers to the Regeling toelaatbaarheid (bijlage 2, not included); CvT/deskundigen/duration appear only in the begrippenlijst and TOC.",
               "terugstroom": "Ch. 7: yearly OPP evaluation in March, 1 Feb in last TLV year, s(b)o-school initiates, Loket decides arrangement, evaluations at 3/6 months; policy thuisnabij; 18 returns in 2024-2025.",
               "financien": "Ch. 13 has a meerjarenbegroting with amounts and reserve; the verdeelmodel is deferred to a 2027 addendum (no distribution criteria).",
               "dekkend-aanbod": "Ch. 5 samenhangend geheel from basis to sbo/so with bovenschoolse voorzieningen; ch. 8 overview of waiting/thuiszitters, Thuiszittersoverleg, gap with dated action; ch. 10 OZA.",
               "resultaten": "Ch. 9: goals table with 2030 targets, kwaliteitscyclus with dashboard and jaarverslag, achieved figures 2022-2026.",
               "ouders": "No information channel or independent support for parents: 'Bijlage 3 Informatie voor ouders' is only in the TOC (absent), OJSP only in the begrippenlijst; OPR mentioned without parents."})
    return b, label

# ================================================================ plan E: VO De Keenstroom (html), plan op hoofdlijnen
def plan_e():
    n = dict(naam="Samenwerkingsverband VO De Keenstroom", kort="De Keenstroom", code="VO 21-08",
             periode="2026-2030", gemeenten="Keenwoude, Haskerburen en Trynwâlden-Oost", besturen=4,
             opr_datum="26 februari 2026", oogo_datum="29 januari 2026", vast_datum="12 maart 2026")
    toc = [(1, "Samenvatting", 1), (1, "1 Over dit plan", 2), (1, "2 Waar wij voor staan", 3),
           (1, "3 Terugblik en stand van zaken", 4), (1, "4 Basisondersteuning", 5),
           (1, "5 Toelaatbaarheid vso, pro en lwoo", 6), (1, "6 Na het vso", 7), (1, "7 Financiën", 8),
           (1, "8 Kwaliteit en monitoring", 9), (1, "9 Ouders en leerlingen", 10),
           (1, "10 Dekkend aanbod en samenwerking", 11), (1, "11 Organisatie", 12), (1, "12 Ontwikkelagenda", 13),
           (1, "13 Totstandkoming", 14), (1, "Begrippen", 15)]
    b = [TITLE(["Ondersteuningsplan De Keenstroom 2026-2030 – op hoofdlijnen",
                "Samenwerkingsverband passend onderwijs VO 21-08 (Keenwoude, Haskerburen, Trynwâlden-Oost)"]),
         TOC(toc)]
    b += [H1("Samenvatting"),
          P("Dit is het ondersteuningsplan op hoofdlijnen van Samenwerkingsverband VO De Keenstroom voor de "
            "schooljaren 2026-2030. Wij hebben bewust gekozen voor een compact plan dat de kaders schetst. De "
            "uitwerking volgt in jaarplannen, handreikingen en op onze website. Zo blijft het plan wendbaar in een "
            "tijd waarin landelijk veel verandert: de landelijke norm basisondersteuning, de wet over de positie "
            "van ouders en leerlingen en de nieuwe bekostiging."),
          P("De kern van ons plan: iedere leerling krijgt op school de ondersteuning die nodig is, ouders en "
            "leerlingen worden gehoord en wij maken zichtbaar wat passend onderwijs oplevert. Middelen, "
            "arrangementen en toelaatbaarheid zijn daarbij geen doel op zich, maar instrumenten.")]
    b += [H1("1 Over dit plan")] + f_leeswijzer(n) + [
          P("Dit plan vervangt het ondersteuningsplan 2022-2026. Omdat een aantal landelijke ontwikkelingen nog "
            "niet is afgerond, kiezen wij er op een aantal onderdelen voor om de uitwerking later vast te stellen. "
            "Wij geven in de tekst steeds aan wanneer dat gebeurt. Wijzigingen worden altijd aan de OPR ter "
            "instemming voorgelegd.")] + f_landelijk(n)
    b += [H1("2 Waar wij voor staan")] + f_visie(n, "In onze regio, met veel kleine kernen en lange "
          "reistijden, betekent ‘dichtbij’ ook: zo min mogelijk leerlingen in een taxi.") + [
          P(f"De Keenstroom is het samenwerkingsverband van vier schoolbesturen in de gemeenten {n['gemeenten']}. "
            "Samen hebben zij acht scholen met twaalf vestigingen en ongeveer 7.900 leerlingen. In de regio zijn een "
            "school voor praktijkonderwijs en een vso-school voor cluster 4 gevestigd; leerlingen die cluster-3-"
            "onderwijs nodig hebben, gaan naar een school in een buurregio.")]
    b += [H1("3 Terugblik en stand van zaken"),
          P("De afgelopen planperiode was onrustig. Na de coronaperiode nam de vraag naar ondersteuning sterk toe "
            "en het bureau had te maken met verloop van personeel. Desondanks zijn de belangrijkste processen op "
            "orde gebleven. In de tabel staan enkele kengetallen."),
          TAB([["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
               ["Deelname vso (peildatum 1 oktober)", "3,1%", "3,3%", "3,4%"],
               ["Deelname pro", "2,6%", "2,5%", "2,6%"],
               ["Leerlingen met lwoo", "9,8%", "9,6%", "9,9%"],
               ["Gemiddelde doorlooptijd TLV-aanvraag (weken)", "6,1", "5,4", "4,8"],
               ["Tevredenheid scholen over het bureau (schaal 1-10)", "—", "7,2", "7,4"]]),
          P("De stijging van de deelname aan het vso baart ons zorgen. Wij hebben de oorzaken daarvan nog niet "
            "goed in beeld."),
          P("In organisatorisch opzicht is in de afgelopen periode veel veranderd. Het bureau is verhuisd naar "
            "een kleiner pand in Keenwoude, dat wij delen met het samenwerkingsverband voor primair onderwijs. "
            "Daardoor zijn de lijnen tussen beide verbanden korter geworden en delen wij een aantal "
            "ondersteunende functies, zoals de managementassistentie en de financiële administratie. In 2024 is "
            "een nieuwe directeur-bestuurder aangetreden en is de governance aangepast aan de Code Goed Bestuur. "
            "De Raad van Toezicht is uitgebreid met een lid met een achtergrond in de jeugdzorg.")]
    b += [H1("4 Basisondersteuning"),
          P("De scholen in ons samenwerkingsverband werken in de basisondersteuning met onder meer de volgende "
            "voorzieningen:"),
          BUL(["een mentor die de leerling en de ouders kent en wekelijks een mentoruur geeft;",
               "een ondersteuningscoördinator en een zorg- en adviesteam met schoolmaatschappelijk werk en jeugdarts;",
               "begeleiding bij dyslexie en dyscalculie met compenserende en dispenserende maatregelen;",
               "steunlessen Nederlands, Engels en wiskunde in de onderbouw;",
               "een faalangstreductietraining en een training sociale vaardigheden;",
               "een time-out- en opvangruimte met begeleiding;",
               "een protocol medisch handelen."]),
          P("Een gezamenlijk vastgesteld minimumniveau van basisondersteuning dat voor alle vestigingen geldt, "
            "hebben de besturen nog niet afgesproken. Zij doen dat in het schooljaar 2026-2027, in aansluiting op "
            "de landelijke norm basisondersteuning. Tot die tijd beschrijft iedere school haar eigen "
            "ondersteuning in de schoolgids.")]
    b += [H1("5 Toelaatbaarheid vso, pro en lwoo"),
          P("Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, welke stukken nodig zijn en binnen "
            "welke termijn wordt beslist, staat in de Routewijzer Toelaatbaarheid op onze website."),
          P("Een leerling is toelaatbaar tot het vso als de school met de basisondersteuning en een arrangement "
            "aantoonbaar niet kan bieden wat de leerling nodig heeft, als de ondersteuningsbehoefte blijkt uit een "
            "OPP dat ten minste twee keer is geëvalueerd, en als het vso naar verwachting wel een passend "
            "perspectief biedt. Bij een acuut veiligheidsrisico voor de leerling of anderen kan van de "
            "evaluatie-eis worden afgeweken."),
          P("Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand "
            "van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk "
            "rekenen. De Keenstroom maakt geen gebruik van de mogelijkheid om eigen criteria voor lwoo vast te "
            "stellen: ook voor lwoo gelden de landelijke criteria (een IQ tussen 75 en 90 met een leerachterstand "
            "van anderhalf tot drie jaar op twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand en "
            "sociaal-emotionele problematiek)."),
          P("Een TLV voor het vso wordt in de regel afgegeven voor twee schooljaren, in bekostigingscategorie laag, "
            "tenzij de ondersteuningsbehoefte een hogere categorie rechtvaardigt.")]
    b += [H1("6 Na het vso"),
          P("Uiterlijk 1 februari van het laatste schooljaar van de TLV organiseert de vso-school een "
            "evaluatiegesprek met de leerling, de ouders en de consulent van het samenwerkingsverband. In dat gesprek "
            "wordt op basis van het OPP bepaald of de leerling kan overstappen naar het regulier voortgezet "
            "onderwijs. Is dat het geval, dan meldt de vso-school de leerling, in overleg met de ouders, vóór 1 april "
            "aan bij een reguliere school en draagt zij het dossier over in een overdrachtsgesprek. Is verlenging "
            "nodig, dan vraagt de vso-school een nieuwe TLV aan. De directeur-bestuurder besluit, na advies van de "
            "consulent, binnen vier weken over de verlenging."),
          P("Ons beleid voor terugplaatsing en overplaatsing, waaronder de begeleiding na terugkeer, herzien wij "
            "in het schooljaar 2026-2027.")]
    b += [H1("7 Financiën"),
          P("De begroting, het verdeelmodel en de meerjarenraming worden ieder jaar in het jaarplan opgenomen. "
            "Zij zijn te vinden op www.keenstroom.nl/financien. Voor de financiële positie van het "
            "samenwerkingsverband verwijzen wij naar het jaarverslag 2025.")]
    b += [H1("8 Kwaliteit en monitoring"),
          P("De Keenstroom volgt de ontwikkelingen in de regio met een monitor. Het bureau verzamelt daarvoor twee "
            "keer per jaar, op 1 oktober en 1 februari, de volgende kengetallen: deelname aan vso, pro en lwoo "
            "(bron: DUO), het aantal toegekende arrangementen, de doorlooptijd van aanvragen (bron: de "
            "loketregistratie) en de evaluaties van OPP’s die scholen aanleveren. Eens per twee jaar peilen wij "
            "de tevredenheid van scholen, ouders en leerlingen."),
          P("De uitkomsten worden per school en per bestuur verwerkt in een dashboard. Het dashboard wordt in "
            "november en in april besproken met de schoolleiders, het bestuur, de Raad van Toezicht en de OPR. "
            "Het jaarverslag bevat een hoofdstuk met de bereikte resultaten. Bij een afwijking van meer dan tien "
            "procent ten opzichte van het voorgaande jaar voert het bureau een verdiepende analyse uit."),
          P("De beoogde resultaten voor de planperiode stellen wij vast na de nulmeting in het najaar van 2026. "
            "Zij worden in het jaarplan 2027 opgenomen.")]
    b += [H1("9 Ouders en leerlingen"),
          P("Ouders en leerlingen zijn belangrijke partners. Ouders worden betrokken bij het opstellen en "
            "evalueren van het OPP, en leerlingen hebben hoorrecht: zij geven hun mening over het OPP en die "
            "mening wordt meegewogen. In de OPR zijn ouders en leerlingen vertegenwoordigd."),
          P("Ouders die vragen hebben over de ondersteuning van hun kind of het niet eens zijn met de school, "
            "kunnen terecht bij het Ouder- en Jeugdsteunpunt De Keenstroom. Het steunpunt is onafhankelijk van de "
            "scholen en het samenwerkingsverband en wordt uitgevoerd door een onafhankelijke "
            "cliëntondersteuningsorganisatie. Het steunpunt is elke werkdag telefonisch bereikbaar en houdt "
            "spreekuren in Keenwoude en Haskerburen. Daarnaast kunnen ouders kosteloos advies vragen aan "
            "Onderwijsconsulenten en een geschil over toelating, verwijdering of het OPP voorleggen aan de "
            "Geschillencommissie passend onderwijs."),
          P("Een vernieuwde ouderwebsite en een brochure over het ondersteuningsaanbod zijn in voorbereiding en "
            "verschijnen naar verwachting in het voorjaar van 2027.")] + [
          H2("Leerlingen aan het woord"),
          P("Sinds 2024 heeft De Keenstroom een leerlingenpanel van twaalf leerlingen uit alle schoolsoorten, "
            "van praktijkonderwijs tot gymnasium. Het panel komt vier keer per jaar bijeen en geeft gevraagd en "
            "ongevraagd advies aan de directeur-bestuurder. Het panel heeft onder meer meegelezen met dit plan en "
            "heeft ervoor gezorgd dat de tekst over het hoorrecht duidelijker is geworden. De leden van het panel "
            "ontvangen een vrijwilligersvergoeding en een certificaat voor hun loopbaandossier."),
          P("Wij vinden het belangrijk dat jongeren niet alleen als ontvanger van ondersteuning worden gezien, maar "
            "ook als ervaringsdeskundige. Daarom nodigen wij leerlingen uit om mee te praten tijdens de jaarlijkse "
            "studiedag en bij de evaluatie van onze werkprocessen. Scholen worden gestimuleerd om ook in hun eigen "
            "leerlingenraad aandacht te besteden aan ondersteuning en welbevinden.")]
    b += [H1("10 Dekkend aanbod en samenwerking"),
          P("Een dekkend aanbod is het uitgangspunt van ons beleid. Welke voorzieningen daarvoor in de regio "
            "nodig zijn en hoe wij signaleren waar het aanbod tekortschiet, werken wij in het jaarplan 2026-2027 "
            "uit, samen met de besturen en de gemeenten.")] + f_oogo_proc(n)
    b += [H1("11 Organisatie")] + f_governance(n) + f_opr(n, True) + f_werkwijze(n) + f_personeel(n, 8) + f_ict(n, "Kindkans") + f_prof(n)
    b += [H1("12 Ontwikkelagenda"),
          P("Voor de komende planperiode staan de volgende ontwikkelpunten op de agenda:"),
          BUL(["een gezamenlijke afspraak over het niveau van basisondersteuning (2026-2027);",
               "herziening van het beleid voor terugplaatsing en overplaatsing (2026-2027);",
               "een nulmeting en het vaststellen van beoogde resultaten (najaar 2026);",
               "de lancering van een vernieuwde ouderwebsite (voorjaar 2027);",
               "een nieuw registratiesysteem voor het bureau (2028)."]),
          P("Over de voortgang van de ontwikkelagenda rapporteren wij in het jaarverslag.")]
    b += [H1("13 Totstandkoming")] + f_planning(n)
    b += [H1("Begrippen"),
          BUL(["Dekkend aanbod – een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft.",
               "Lwoo – leerwegondersteunend onderwijs.",
               "OPDC – orthopedagogisch-didactisch centrum; in De Keenstroom ingekocht bij een buurregio.",
               "OPP – ontwikkelingsperspectiefplan.",
               "Rebound – tijdelijke opvang buiten de eigen school.",
               "Thuiszitter – leerplichtige jongere die zonder geldige reden niet naar school gaat.",
               "TLV – toelaatbaarheidsverklaring.",
               "Verdeelmodel – de manier waarop het samenwerkingsverband de middelen over de besturen verdeelt.",
               "Vso – voortgezet speciaal onderwijs."])]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"plaatsing": ["duur-categorie"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 lists concrete voorzieningen the schools work with, but explicitly says no agreed minimum level for all vestigingen exists yet (deferred to 2026-2027).",
               "plaatsing": "Ch. 5 gives vso criteria and national pro/lwoo criteria plus duration/category; the procedure (steps, documents, term) is only referred to a Routewijzer on the website.",
               "terugstroom": "Ch. 6 'Na het vso' gives the procedure (evaluation by 1 Feb, vso-school registers pupil before 1 April, directeur-bestuurder decides on renewal); the policy incl. support after return is deferred to 2026-2027.",
               "financien": "Ch. 7 only refers to the jaarplan, a website and the jaarverslag 2025; 'Verdeelmodel' appears only in the begrippen list.",
               "dekkend-aanbod": "Ch. 10 only states the principle and defers the uitwerking to the jaarplan; OPDC/rebound/thuiszitter appear only in the begrippen list; OOGO text is procedural only.",
               "resultaten": "Ch. 8 describes the monitor (kengetallen, dashboard twice a year, jaarverslag) and ch. 3 reports figures; the beoogde resultaten are deferred until after a nulmeting in autumn 2026.",
               "ouders": "Ch. 9: independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie (steunpunt) and hoorrecht/OPR (betrokkenheid); information channels for parents only announced for spring 2027."})
    return b, label

# ================================================================ F: near miss, a school's ondersteuningsprofiel (pdf)
def doc_f():
    toc = [(1, "1 Inleiding", 2), (1, "2 Onze school in het kort", 2), (1, "3 Basisondersteuning op het Veenlanden College", 3),
           (1, "4 Extra ondersteuning", 5), (1, "5 Lwoo en de ondersteuningsklas", 6),
           (1, "6 Wanneer wij de grens bereiken", 7), (1, "7 Samenwerking met ouders", 8),
           (1, "8 Samenwerking met partners", 9), (1, "9 Ambities van het ondersteuningsteam", 9),
           (1, "10 Klachten", 10)]
    b = [TITLE(["Schoolondersteuningsprofiel 2025-2026", "Veenlanden College – vmbo, havo, vwo",
                "Locaties Zuiderveen en Oldemarke", "Aangesloten bij Samenwerkingsverband VO Zuiderveen (VO 23-02)"]),
         PB(), TOC(toc), PB()]
    b += [H1("1 Inleiding"),
          P("Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning het Veenlanden College biedt aan "
            "leerlingen. Iedere school stelt eens in de vier jaar een ondersteuningsprofiel op; de "
            "medezeggenschapsraad heeft adviesrecht. Het profiel is de basis voor het ondersteuningsplan van het "
            "samenwerkingsverband, waarin de besturen afspreken hoe de ondersteuning in de regio is georganiseerd. "
            "Dit profiel is vastgesteld door de schoolleiding op 30 september 2025, na advies van de MR."),
          P("Het profiel is bedoeld voor ouders en leerlingen die zich oriënteren op onze school, voor onze "
            "medewerkers en voor het samenwerkingsverband. Wij actualiseren het jaarlijks in de schoolgids.")]
    b += [H1("2 Onze school in het kort"),
          P("Het Veenlanden College is een brede scholengemeenschap met ruim 1.650 leerlingen op twee locaties. "
            "Op de locatie Zuiderveen bieden wij havo en vwo aan, op de locatie Oldemarke alle leerwegen van het "
            "vmbo, met lwoo. Onze school valt onder Stichting Veenscholen. Wij zijn een open christelijke school "
            "waar iedere leerling welkom is, ongeacht achtergrond of overtuiging."),
          P("Onze leerlingen komen uit Zuiderveen, Oldemarke en de omliggende dorpen. Ongeveer twintig procent "
            "van onze vmbo-leerlingen heeft een beschikking lwoo. Jaarlijks stromen er enkele leerlingen in vanuit "
            "het OPDC of de reboundvoorziening van het samenwerkingsverband.")]
    b += [H1("3 Basisondersteuning op het Veenlanden College"),
          P("Basisondersteuning is de ondersteuning die iedere leerling op onze school kan krijgen zonder dat daar "
            "een aparte aanvraag voor nodig is. Op het Veenlanden College bestaat de basisondersteuning uit:"),
          BUL(["een mentor per klas, met een wekelijks mentoruur en minimaal drie individuele gesprekken per jaar;",
               "een ondersteuningscoördinator per locatie;",
               "een zorg- en adviesteam (ZAT) dat iedere zes weken bijeenkomt, met schoolmaatschappelijk werk, "
               "jeugdarts, leerplicht en wijkteam;",
               "dyslexie- en dyscalculiebegeleiding volgens het protocol van de school;",
               "faalangstreductietraining en een examenvreestraining in het examenjaar;",
               "huiswerkbegeleiding na schooltijd (tegen een kleine vergoeding);",
               "een ‘Time-in’-lokaal waar leerlingen tijdelijk terechtkunnen als het in de les niet lukt;",
               "een vertrouwenspersoon voor leerlingen."]),
          P("In het schooljaar 2024-2025 maakten 214 leerlingen gebruik van dyslexiefaciliteiten en namen 46 "
            "leerlingen deel aan een faalangsttraining.")]
    b += [H1("4 Extra ondersteuning"),
          P("Sommige leerlingen hebben meer nodig dan de basisondersteuning. Dan stelt de ondersteuningscoördinator "
            "samen met de mentor, de leerling en de ouders een ontwikkelingsperspectiefplan (OPP) op. Daarin staan "
            "de doelen, de ondersteuning en de evaluatiemomenten. Voorbeelden van extra ondersteuning op onze school "
            "zijn begeleiding door onze gedragsspecialist, een aangepast rooster, coaching door een "
            "ambulant begeleider en een plek in de ondersteuningsklas op de locatie Oldemarke."),
          P("Voor extra ondersteuning ontvangt onze school middelen van het samenwerkingsverband. Met die middelen "
            "betalen wij onder meer de gedragsspecialist en de ondersteuningsklas.")]
    b += [H1("5 Lwoo en de ondersteuningsklas"),
          P("Leerlingen met lwoo volgen op de locatie Oldemarke les in kleinere klassen van maximaal zestien "
            "leerlingen, met extra aandacht voor taal en rekenen en een vaste mentor die ook vakdocent is. De "
            "school vraagt de aanwijzing lwoo aan bij het samenwerkingsverband, op basis van de gegevens van de "
            "basisschool."),
          P("De ondersteuningsklas is bedoeld voor leerlingen in de onderbouw die door gedrag, angst of "
            "concentratieproblemen moeite hebben in een gewone klas. In een groep van twaalf leerlingen werken zij "
            "met twee vaste begeleiders. Het doel is dat de leerling na maximaal een jaar weer volledig in de eigen "
            "klas meedoet.")]
    b += [H1("6 Wanneer wij de grens bereiken"),
          P("Wij doen ons best voor iedere leerling, maar soms kunnen wij niet bieden wat nodig is. Dat is "
            "bijvoorbeeld het geval als een leerling continue één-op-één begeleiding nodig heeft, als er sprake is "
            "van ernstig en langdurig grensoverschrijdend gedrag, of als de medische zorg niet binnen de school kan "
            "worden geboden. Dan zoeken wij samen met ouders en het samenwerkingsverband naar een andere plek, "
            "bijvoorbeeld een traject bij het OPDC of het vso. Voor het vso vraagt de school een "
            "toelaatbaarheidsverklaring aan bij het samenwerkingsverband; de procedure en de criteria daarvoor "
            "staan in het ondersteuningsplan van het samenwerkingsverband."),
          P("Leerlingen die vanuit het vso naar onze school willen overstappen, zijn welkom. Wij bespreken dan met "
            "de vso-school welke ondersteuning nodig is.")]
    b += [H1("7 Samenwerking met ouders"),
          P("Wij zien ouders als partner. Ouders worden op de hoogte gehouden via de mentor, het ouderportaal en "
            "de ouderavonden. Bij de aanmelding vragen wij ouders om informatie over de ondersteuningsbehoefte van "
            "hun kind. Ouders die vragen hebben over ondersteuning, kunnen contact opnemen met de "
            "ondersteuningscoördinator. Voor onafhankelijk advies kunnen zij terecht bij het Steunpunt Ouders "
            "Zuiderveen.")]
    b += [H1("8 Samenwerking met partners"),
          P("Wij werken samen met het wijkteam, de jeugdarts van de GGD, leerplicht en jeugdhulpaanbieders. Op de "
            "locatie Oldemarke houdt het wijkteam wekelijks spreekuur. Met het samenwerkingsverband hebben wij "
            "regelmatig overleg over leerlingen die extra ondersteuning nodig hebben.")]
    b += [H1("9 Ambities van het ondersteuningsteam"),
          BUL(["In 2026 heeft iedere docent de training ‘omgaan met gedrag in de klas’ gevolgd.",
               "In 2026-2027 breiden wij de ondersteuningsklas uit naar de locatie Zuiderveen.",
               "Wij willen het aantal leerlingen dat voortijdig de school verlaat terugbrengen tot minder dan 1%."])]
    b += [H1("10 Klachten"),
          P("Heeft u een klacht over de ondersteuning? Bespreek die eerst met de mentor of de "
            "ondersteuningscoördinator. Komt u er samen niet uit, dan kunt u een klacht indienen volgens de "
            "klachtenregeling van Stichting Veenscholen, te vinden in de schoolgids. Over toelating, verwijdering of "
            "het OPP kunt u zich wenden tot de Geschillencommissie passend onderwijs.")]
    label = dict(sector="vo", looks_like_plan=False,
                 note="School-level schoolondersteuningsprofiel of one VO school (Veenlanden College), adopted by the "
                      "schoolleiding after MR advice; not the ondersteuningsplan of a samenwerkingsverband (no verband-wide "
                      "verdeling, no OPR/OOGO, refers to the SWV's plan for TLV procedure and criteria).")
    return b, label

# ================================================================ labels and main
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_status(label):
    """Status rule of domain Part A, applied to our own labels."""
    for el in ELEMENTS:
        core = [label["criteria"][c] for c in CORE if c.startswith(el + ".")]
        adv = label.get("advisory", {}).get(el, [])
        want = "present" if all(core) else ("partial" if any(core) or adv else "missing")
        assert label["elements"][el] == want, (el, label["elements"][el], want)


def label_yaml(documents, label):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {label['sector']}"]
    if label.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  f"  looks_like_plan: {_q(label['note'])}"]
        return "\n".join(lines) + "\n"
    check_status(label)
    lines.append("looks_like_plan: true")
    lines.append("elements: {" + ", ".join(f"{e}: {label['elements'][e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    lines += [f"  {c}: {'true' if label['criteria'][c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if label["advisory"].get(e):
            lines.append(f"  {e}: [{', '.join(label['advisory'][e])}]")
    lines.append("notes:")
    lines += [f"  {e}: {_q(label['notes'][e])}" for e in ELEMENTS]
    return "\n".join(lines) + "\n"


DOCS = [
    ("vo-hunzedal-2026-2030.docx", plan_a, "Ondersteuningsplan 2026-2030 SWV VO Hunzedal", "SWV VO Hunzedal · VO 22-11"),
    ("vo-kromme-aa-2026-2030.docx", plan_b, "Ondersteuningsplan Kromme Aa 2026-2030", "Samenwerkingsverband VO Kromme Aa"),
    ("vo-zuiderveen-2026-2030.pdf", plan_c, "SWV VO Zuiderveen · Ondersteuningsplan 2026-2030", "VO 23-02"),
    ("po-ravenstaete-2026-2030.pdf", plan_d, "Ondersteuningsplan Ravenstaete 2026-2030", "PO 24-06 · Ieder kind telt mee"),
    ("vo-keenstroom-2026-2030.html", plan_e, "De Keenstroom – Ondersteuningsplan 2026-2030", "© Samenwerkingsverband VO De Keenstroom"),
    ("sop-veenlanden-college-2025-2026.pdf", doc_f, "Schoolondersteuningsprofiel Veenlanden College", "Veenlanden College · 2025-2026"),
]


def main():
    for fname, builder, header, footer in DOCS:
        blocks, label = builder()
        path = OUT / fname
        RENDER[path.suffix](blocks, path, header, footer)
        (OUT / (path.stem + ".expected.yaml")).write_text(label_yaml([fname], label), encoding="utf-8")
        print(f"{fname}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
