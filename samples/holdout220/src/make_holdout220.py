#!/usr/bin/env python3
"""Generate the holdout220 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx and (for the PDFs) LibreOffice (`soffice --headless`).
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
# ("table", [[cells], ...]) first row = header; ("toc", [lines]); ("pagebreak", None)
# ---------------------------------------------------------------------------


def P(t):
    return ("p", " ".join(t.split()))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def TB(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------
# Neutral filler (addresses none of the seven elements; passing vocabulary only)
# ---------------------------------------------------------------------------


def filler_visie(c):
    return [
        H1(f"{c['n_visie']}. Visie, missie en kernwaarden"),
        P(f"""{c['kort']} is er voor alle kinderen in {c['regio']}. Wij zien passend onderwijs niet als een
        apart systeem naast het gewone onderwijs, maar als een manier van kijken: wat heeft dit kind nodig, en
        wie kan dat het beste bieden? Die vraag stellen leraren, intern begeleiders, directeuren en besturen
        elke dag opnieuw. Het samenwerkingsverband faciliteert, verbindt en houdt het overzicht; de scholen en
        hun besturen doen het eigenlijke werk in de klas, samen met de kinderen en hun ouders."""),
        P(f"""Onze missie luidt: "{c['missie']}" Deze zin is in de voorbereiding van dit plan besproken met
        directeuren, intern begeleiders, leden van de ondersteuningsplanraad en de wethouders onderwijs. De
        missie is bewust kort gehouden. Zij is geen belofte over aantallen of percentages, maar een richting
        waar wij als verband op aangesproken willen worden."""),
        P("""Vier kernwaarden geven richting aan ons handelen. Wij werken dichtbij: ondersteuning wordt zo veel
        mogelijk georganiseerd waar het kind al is. Wij werken samen: besturen nemen hun verantwoordelijkheid
        gezamenlijk en niet ieder voor zich. Wij zijn eerlijk: wij benoemen wat wel en niet lukt, ook naar
        elkaar. En wij zijn lerend: wij kijken kritisch naar ons eigen werk en passen het aan waar dat nodig
        is. Deze kernwaarden zijn in de planperiode de toetssteen voor nieuwe afspraken."""),
        P("""Passend onderwijs vraagt ook iets van de cultuur op scholen. Een arrangement is geen etiket en geen
        zak geld, maar een afspraak over wat een kind helpt. Een verklaring van het samenwerkingsverband is geen
        oordeel over een kind. En middelen zijn geen doel op zich. Wij vragen van alle
        betrokkenen dat zij het gesprek voeren vanuit de ontwikkeling van het kind, niet vanuit regels of
        budgetten."""),
    ]


def filler_governance(c):
    return [
        H1(f"{c['n_gov']}. Organisatie en governance"),
        P(f"""{c['naam']} is een stichting in de zin van de wet. De stichting is opgericht door de
        schoolbesturen in de regio en is ingeschreven bij de Kamer van Koophandel. In de statuten zijn de
        doelstelling, de taken van de organen en een regeling voor geschillen tussen de aangesloten besturen
        vastgelegd. Bij het samenwerkingsverband zijn {c['besturen']} schoolbesturen aangesloten met samen
        {c['scholen']} scholen en vestigingen."""),
        P(f"""Sinds {c['gov_jaar']} kent de stichting een scheiding tussen bestuur en intern toezicht. De
        directeur-bestuurder is statutair bestuurder en eindverantwoordelijk voor de uitvoering van het beleid.
        Het intern toezicht berust bij de Raad van Toezicht, die bestaat uit {c['rvt']} leden, van wie twee
        onafhankelijk zijn en de overigen worden voorgedragen door de aangesloten besturen. De Raad van Toezicht
        keurt onder meer het ondersteuningsplan, de jaarrekening en de begroting goed en is werkgever van de
        directeur-bestuurder. De Algemene Vergadering van aangesloten besturen komt twee keer per jaar bijeen
        en heeft een adviserende rol."""),
        P("""Het samenwerkingsverband hanteert de Code Goed Bestuur in het primair en voortgezet onderwijs als
        richtlijn. Eens per jaar evalueert de Raad van Toezicht zijn eigen functioneren, eens per twee jaar met
        externe begeleiding. Het bestuursreglement en het reglement Raad van Toezicht zijn in 2024 geactualiseerd
        en staan in het bestuursbureau ter inzage. Nevenfuncties van bestuurder en toezichthouders worden
        openbaar gemaakt."""),
        P("""Binnen de organisatie onderscheiden wij drie lagen. Op het niveau van de school voeren leraren en
        intern begeleiders het gesprek over het kind. Op het niveau van de besturen worden afspraken gemaakt
        over inzet van personeel en huisvesting. Op het niveau van het samenwerkingsverband worden de wettelijke
        taken uitgevoerd en wordt gezorgd voor samenhang. Een overzicht van de overlegstructuren staat in de
        jaarkalender die het bestuursbureau voor ieder schooljaar uitgeeft."""),
    ]


def filler_mz(c):
    return [
        H1(f"{c['n_mz']}. Medezeggenschap en totstandkoming van dit plan"),
        P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en op iedere wijziging van
        het ondersteuningsplan. De OPR van {c['kort']} telt {c['opr']} leden, afgevaardigd vanuit de
        medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar; twee keer per jaar
        is de directeur-bestuurder daarbij aanwezig. De raad heeft een eigen reglement en een eigen budget voor
        scholing en ondersteuning door een externe adviseur."""),
        P(f"""Dit plan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van 2024 zijn
        vier werkbijeenkomsten gehouden met directeuren en intern begeleiders. In het najaar zijn de hoofdlijnen
        besproken in de Algemene Vergadering en met de OPR. Het concept is op {c['oogo_datum']} besproken in het
        op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van
        {c['gemeenten']}. Het overleg met het aangrenzende samenwerkingsverband {c['buur']} vond plaats op
        {c['buur_datum']}."""),
        P(f"""De OPR heeft op {c['opr_datum']} ingestemd met het plan. De directeur-bestuurder heeft het plan
        daarna op {c['vast_datum']} vastgesteld, na goedkeuring door de Raad van Toezicht. Het plan is vóór
        1 mei 2025 via het Internet Schooldossier aan de Inspectie van het Onderwijs toegezonden. Het plan geldt
        voor de schooljaren {c['periode']}, van 1 augustus 2025 tot en met 31 juli 2029."""),
        TB([["Stap", "Datum", "Betrokkenen"],
            ["Hoofdlijnen besproken", "november 2024", "Algemene Vergadering, OPR"],
            ["OOGO gemeenten", c['oogo_datum'], "colleges van B&W"],
            ["Overleg buurverband", c['buur_datum'], c['buur']],
            ["Instemming OPR", c['opr_datum'], "ondersteuningsplanraad"],
            ["Vaststelling", c['vast_datum'], "directeur-bestuurder, RvT"],
            ["Toezending Inspectie", "vóór 1 mei 2025", "bestuursbureau"]]),
    ]


def filler_oogo(c):
    return [
        H1(f"{c['n_oogo']}. Samenwerking met gemeenten"),
        P(f"""Het samenwerkingsverband werkt samen met de gemeenten {c['gemeenten']}. Het wettelijk verplichte
        op overeenstemming gericht overleg vindt plaats in een bestuurlijk overleg dat twee keer per jaar wordt
        gehouden. Daaraan nemen de wethouders onderwijs, de directeur-bestuurder en een afvaardiging van de
        besturen deel. Ambtelijk wordt het overleg voorbereid door de beleidsmedewerkers onderwijs van de
        gemeenten en de beleidsmedewerker van het samenwerkingsverband."""),
        P("""Voor het OOGO is een procedure afgesproken, die ook voorziet in een regeling voor het geval partijen
        het niet eens worden. In dat geval wordt eerst een gezamenlijk gesprek op bestuurlijk niveau gevoerd en
        daarna, zo nodig, een onafhankelijke voorzitter gevraagd te bemiddelen. In de afgelopen planperiode is
        van deze regeling geen gebruik gemaakt."""),
        P("""Onderwerpen waarvoor de gemeenten verantwoordelijk zijn, zoals leerlingenvervoer en
        onderwijshuisvesting, komen in het OOGO aan de orde voor zover zij raken aan passend onderwijs. Het
        samenwerkingsverband heeft geen eigen middelen voor vervoer of huisvesting; deze blijven een
        verantwoordelijkheid van gemeenten en schoolbesturen. De afspraken over de agenda van het OOGO worden
        jaarlijks in december gemaakt."""),
    ]


def filler_personeel(c):
    return [
        H1(f"{c['n_pers']}. Personeel en bestuursbureau"),
        P(f"""Het bestuursbureau van {c['kort']} is gevestigd in {c['vestiging']}. Het bureau telt
        {c['fte']} fte, verdeeld over een directeur-bestuurder, een beleidsmedewerker, een controller, een
        managementassistent en een secretariaat. De medewerkers zijn in dienst van de stichting of worden
        gedetacheerd vanuit een van de aangesloten besturen. Voor de arbeidsvoorwaarden volgt de stichting de
        {c.get('cao', 'cao primair onderwijs')}."""),
        P("""Het personeelsbeleid van het samenwerkingsverband is klein van omvang maar niet onbelangrijk. Wij
        willen een aantrekkelijke werkgever zijn voor professionals die kennis hebben van onderwijs en
        ontwikkeling. Met iedere medewerker wordt jaarlijks een gesprek gevoerd over functioneren en
        ontwikkeling. Het ziekteverzuim op het bureau lag in de afgelopen jaren onder de vier procent."""),
        P("""Het lerarentekort raakt ook passend onderwijs. Scholen geven aan dat het moeilijker wordt om
        intern begeleiders en specialisten te vinden. Het samenwerkingsverband is geen werkgever van leraren en
        kan dat tekort niet oplossen, maar draagt bij waar het kan: door kennis te delen, door scholen te helpen
        bij het werven van zij-instromers en door geen mensen bij scholen weg te halen voor bovenschoolse
        taken wanneer dat niet nodig is."""),
    ]


def filler_prof(c):
    return [
        H1(f"{c['n_prof']}. Kennisdeling en professionalisering"),
        P("""Passend onderwijs staat of valt met de deskundigheid van leraren. Het samenwerkingsverband
        organiseert daarom leernetwerken voor intern begeleiders, directeuren en leraren. In een leernetwerk
        komen professionals van verschillende besturen vier tot zes keer per jaar bijeen rond een thema. Thema's
        van de afgelopen jaren waren onder meer gedrag in de groep, executieve functies, het jonge kind en
        meertaligheid."""),
        P("""Naast de leernetwerken is er een jaarlijkse studiedag voor alle intern begeleiders in de regio,
        met workshops die grotendeels door collega's uit de scholen zelf worden verzorgd. Het
        samenwerkingsverband betaalt zaalhuur en sprekers; de scholen stellen hun mensen vrij. Deze dag wordt
        goed bezocht en gewaardeerd."""),
        P("""Scholen kunnen daarnaast een beroep doen op een scholingsaanbod dat in samenwerking met een
        hogeschool is ontwikkeld. Het gaat om korte modules van drie tot vijf bijeenkomsten, bijvoorbeeld over
        handelingsgericht werken, het schrijven van een ontwikkelingsperspectief of het voeren van gesprekken
        met ouders. Deelname is vrijwillig. Het netwerk van specialisten in de regio wordt zichtbaar gemaakt in
        een digitale kennisbank die alleen voor medewerkers van aangesloten scholen toegankelijk is."""),
    ]


def filler_ict(c):
    return [
        H1(f"{c['n_ict']}. Gegevens, ICT en privacy"),
        P("""Voor zijn wettelijke taken verwerkt het samenwerkingsverband persoonsgegevens van leerlingen,
        waaronder soms gegevens over gezondheid. Het samenwerkingsverband houdt zich daarbij aan de Algemene
        verordening gegevensbescherming en aan de specifieke regels uit de onderwijswetgeving. Er is een
        functionaris gegevensbescherming aangesteld, die gedeeld wordt met twee andere
        samenwerkingsverbanden."""),
        P("""Aanvragen van scholen bij het samenwerkingsverband verlopen via een beveiligde digitale omgeving.
        Alleen medewerkers die de gegevens voor hun taak nodig hebben, hebben toegang. Dossiers worden niet
        langer bewaard dan wettelijk is toegestaan; de bewaartermijn bedraagt in de regel drie jaar na het
        laatste besluit. Een privacyreglement en een verwerkingsregister zijn aanwezig en worden jaarlijks
        nagelopen."""),
        P("""Op het gebied van ICT maakt het bestuursbureau gebruik van een cloudomgeving die door een van de
        aangesloten besturen wordt beheerd. Er zijn verwerkersovereenkomsten gesloten met alle leveranciers.
        In 2024 is een test uitgevoerd op de beveiliging van de digitale omgeving; de aanbevelingen daaruit zijn
        inmiddels doorgevoerd. Medewerkers volgen jaarlijks een korte training over informatiebeveiliging."""),
    ]


def filler_planning(c):
    return [
        H1(f"{c['n_plan']}. Planning van de planperiode"),
        P("""Dit ondersteuningsplan beschrijft de koers op hoofdlijnen voor vier schooljaren. Het plan wordt
        ieder jaar uitgewerkt in een jaarplan met activiteiten en een jaarbegroting. Het jaarplan wordt in juni
        vastgesteld voor het volgende schooljaar, na bespreking in de Algemene Vergadering. Wijzigingen in dit
        plan zelf worden altijd eerst aan de OPR voorgelegd."""),
        TB([["Schooljaar", "Zwaartepunten in de planning"],
            ["2025-2026", "Inwerken nieuwe werkwijze, actualiseren reglementen, start leernetwerken"],
            ["2026-2027", "Verdieping samenwerking met gemeenten, vernieuwing digitale omgeving"],
            ["2027-2028", "Tussentijdse bespreking met OPR en besturen, bijstelling waar nodig"],
            ["2028-2029", "Voorbereiding nieuw ondersteuningsplan, OOGO en instemming OPR"]]),
        P("""De planning is indicatief. Wanneer landelijke wetgeving verandert, bijvoorbeeld rond een landelijke
        norm of de positie van ouders en leerlingen, past het samenwerkingsverband de planning aan. Grote
        wijzigingen worden pas doorgevoerd nadat de OPR heeft ingestemd."""),
    ]


def filler_povo(c):
    return [
        H1(f"{c['n_povo']}. Overstap naar het voortgezet onderwijs"),
        P(f"""Ieder jaar maken ongeveer {c['overstap']} leerlingen de overstap van de basisschool naar het
        voortgezet onderwijs. Voor die overstap bestaan regionale afspraken tussen de PO- en VO-scholen, vastgelegd
        in de POVO-kalender. Daarin staan de data voor het schooladvies, de aanmelding, de warme overdracht en
        de terugkoppeling van de VO-scholen over het eerste jaar."""),
        P("""Het samenwerkingsverband PO neemt deel aan het regionale overstapoverleg en overlegt twee keer per
        jaar met het samenwerkingsverband VO. Onderwerpen zijn onder andere de doorstroom van leerlingen naar
        de brugklas, de warme overdracht van leerlingen met een ontwikkelingsperspectief en de aansluiting van
        de leerlijnen. De uitstroom naar het voortgezet onderwijs wordt in dit overleg jaarlijks besproken."""),
    ]


def filler_terugblik(c, nr):
    return [
        H1(f"{nr}. Terugblik op de organisatie"),
        P(f"""In de vorige planperiode is de organisatie van {c['kort']} op een aantal punten veranderd. Het
        bestuursbureau is verhuisd naar {c['vestiging']}, waardoor het voor scholen beter bereikbaar is. Het
        bestuursmodel is aangepast aan de eisen van goed bestuur, met een Raad van Toezicht en een
        directeur-bestuurder. De digitale omgeving voor aanvragen is vernieuwd en gekoppeld aan de
        administratiesystemen van de besturen, zodat scholen gegevens niet meer dubbel hoeven in te voeren."""),
        P("""De periode werd ook gekenmerkt door onrust. De schoolsluitingen in 2020 en 2021 vroegen veel van
        leraren en intern begeleiders, en in de jaren daarna nam het personeelstekort toe. Verschillende
        werkgroepen zijn tijdelijk stilgelegd omdat scholen hun mensen nodig hadden in de klas. Het
        samenwerkingsverband heeft in die periode vooral geprobeerd de scholen te ontlasten: minder
        vergaderingen, kortere formulieren en meer ruimte voor het gesprek."""),
        P("""Bij de voorbereiding van dit plan hebben wij besturen, directeuren, intern begeleiders en de OPR
        gevraagd wat zij van de samenwerking vonden. Het beeld is dat de samenwerking tussen de besturen is
        verbeterd en dat de lijnen korter zijn geworden, maar dat de administratieve last nog steeds als hoog
        wordt ervaren. Dat signaal nemen wij mee in de planning van de komende jaren."""),
    ]


def glossary(items):
    rows = [["Begrip", "Omschrijving"]] + [[a, b] for a, b in items]
    return [H1("Bijlage A. Begrippen en afkortingen"), TB(rows)]


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def to_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | concept ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
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
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def to_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title></head><body>",
           f'<header><p class="runhead">{html.escape(title)}</p></header><main>']
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"subtitle\">{e(val)}</p>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out.append(f"</main><footer><p>{html.escape(title)} &middot; versie 1.0</p></footer></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "subtitle":
            out.append(f"_{val}_\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path, workdir):
    profile = Path(workdir) / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(workdir), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(str(Path(workdir) / (Path(docx_path).stem + ".pdf")), str(pdf_path))


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------------------
# Plan 1: city, PO, .docx  (O missing, T partial (procedure), R partial (monitoring), D partial (lacunes))
# ---------------------------------------------------------------------------

def plan1():
    c = dict(naam="Stichting Samenwerkingsverband Passend Primair Onderwijs Hoogstad", kort="SWV PPO Hoogstad",
             regio="de gemeente Hoogstad", missie="Elk Hoogstads kind leert op een plek die bij hem of haar past.",
             besturen="14", scholen="102", gov_jaar="2019", rvt="vijf", opr="twaalf",
             oogo_datum="11 maart 2025", gemeenten="Hoogstad en Westerbroek", buur="VO Hoogstad e.o. (VO 31-08)",
             buur_datum="18 maart 2025", opr_datum="8 april 2025", vast_datum="15 april 2025",
             periode="2025-2026 tot en met 2028-2029", vestiging="het Onderwijshuis aan de Kanaalkade",
             fte="14,6", overstap="3.100",
             n_visie=2, n_gov=10, n_mz=11, n_oogo=12, n_pers=13, n_prof=14, n_ict=15, n_plan=16, n_povo=9)
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs Hoogstad (PO 31-91) — Samen sterk voor elk kind in de stad"),
         ("toc", ["1. Voorwoord en leeswijzer ........ 3", "2. Visie, missie en kernwaarden ........ 5",
                  "3. Basisondersteuning in Hoogstad ........ 7", "4. Het ondersteuningsaanbod van de stad ........ 10",
                  "5. Toelaatbaarheid sbo en so ........ 13", "6. Terugplaatsing en terugkeer ........ 17",
                  "7. Geld en middelen ........ 19", "8. Wat we willen bereiken ........ 23",
                  "9. Overstap naar het voortgezet onderwijs ........ 25",
                  "10. Organisatie en governance ........ 26", "11. Medezeggenschap en totstandkoming ........ 28",
                  "12. Samenwerking met gemeenten ........ 29", "13. Personeel en bestuursbureau ........ 30",
                  "14. Kennisdeling en professionalisering ........ 31", "15. Gegevens, ICT en privacy ........ 32",
                  "16. Planning ........ 33", "Bijlage A. Begrippen en afkortingen ........ 34"]),
         ("pagebreak", None),
         H1("1. Voorwoord en leeswijzer"),
         P("""Voor u ligt het derde ondersteuningsplan van het samenwerkingsverband in Hoogstad. Onze stad is
         jong, divers en groeit snel. In sommige wijken spreekt meer dan de helft van de kinderen thuis een andere
         taal dan het Nederlands; in andere wijken staan scholen met lange wachtlijsten voor groep 1. Die
         verschillen maken passend onderwijs in een grote stad tot een opgave die je alleen samen kunt dragen.
         Veertien schoolbesturen, openbaar, katholiek, protestants-christelijk, islamitisch en algemeen
         bijzonder, hebben zich in dit plan opnieuw aan elkaar verbonden."""),
         P("""De afgelopen jaren hebben ons veel geleerd. De coronaperiode liet zien hoe kwetsbaar kinderen zijn
         die al weinig houvast hebben. De instroom van kinderen uit Oekraïne vroeg om snelle, creatieve
         oplossingen. En het tekort aan leraren in de stad legt druk op iedere ambitie. Juist daarom kiezen wij
         in dit plan voor heldere afspraken, een eenvoudige verdeling van middelen en een sterke basis op iedere
         school."""),
         P("""Dit plan is geschreven voor iedereen die bij passend onderwijs in Hoogstad betrokken is:
         schoolbesturen, directeuren, intern begeleiders, leraren, de gemeente en de leden van de
         ondersteuningsplanraad. Hoofdstuk 3 beschrijft de basisondersteuning, hoofdstuk 4 het aanbod daarboven,
         hoofdstuk 5 en 6 de toelaatbaarheid en de terugkeer, hoofdstuk 7 het geld en hoofdstuk 8 onze doelen.
         De hoofdstukken daarna gaan over organisatie, medezeggenschap, samenwerking en planning. Bijlage A bevat
         een lijst met begrippen."""),
         P("""Wij danken iedereen die heeft meegedacht: de intern begeleiders die in vier sessies kritisch naar de
         kwaliteitskaart keken, de directeuren van de speciale scholen, de leden van de OPR en de ambtenaren van
         de gemeente. — Drs. M. El Amrani, directeur-bestuurder"""),
         ]
    b += filler_visie(c)
    b += [H1("3. Basisondersteuning in Hoogstad"),
          P("""Basisondersteuning is in Hoogstad het niveau van ondersteuning dat iedere basisschool en iedere
          vestiging van een basisschool in de stad biedt, ongeacht bestuur, denominatie of wijk. Het algemeen
          geldende niveau is vastgelegd in de Kwaliteitskaart Basisondersteuning Hoogstad, die de besturen in
          januari 2025 gezamenlijk hebben vastgesteld en die onderdeel is van dit plan. Geen school mag onder deze
          ondergrens zakken; scholen mogen er wel boven uitstijgen en leggen dat vast in hun eigen schoolplan."""),
          P("""Basisondersteuning wordt geboden zonder aanvraag bij het samenwerkingsverband en zonder dat er een
          toelaatbaarheidsverklaring of arrangement nodig is. Zij wordt betaald uit de reguliere bekostiging van de
          school en uit het schoolbudget dat de besturen van het samenwerkingsverband ontvangen."""),
          H2("3.1 De kwaliteitskaart: wat elke school in Hoogstad biedt"),
          UL(["""Een intern begeleider met een geregistreerde opleiding, met ten minste 0,4 fte per 200
              leerlingen; de intern begeleider is ook onder schooltijd bereikbaar voor leraren.""",
              """Een ondersteuningsteam op school dat minimaal drie keer per jaar bijeenkomt, met de intern
              begeleider, de directeur, de schoolmaatschappelijk werker en de jeugdverpleegkundige van de GGD.""",
              """Een dyslexieprotocol en een protocol ernstige rekenproblemen, inclusief signalering in groep 2
              en 3 en extra leesinstructie in een kleine groep voor kinderen die uitvallen.""",
              """Een aanpak voor sociale veiligheid met een bewezen effectief programma, een anti-pestcoördinator
              en een jaarlijkse meting onder leerlingen van groep 5 tot en met 8.""",
              """Extra taalaanbod voor kinderen met een taalachterstand of een andere thuistaal in groep 1 tot en
              met 4, in de klas en in kleine groepen.""",
              """Verrijking in de klas voor kinderen die meer aankunnen (compacten en verrijken), met een
              leerlijn voor leren leren.""",
              """Een protocol medisch handelen en afspraken over het geven van medicijnen.""",
              """Handelingsgericht werken: groepsplannen of groepsoverzichten, twee keer per jaar een
              groepsbespreking en leerlingbesprekingen waar nodig.""",
              """Een ontwikkelingsperspectief binnen zes weken wanneer een kind op een of meer vakken een eigen
              leerlijn gaat volgen."""]),
          H2("3.2 Borging"),
          P("""Het samenwerkingsverband bezoekt iedere school eens per twee jaar voor een kwaliteitsgesprek aan de
          hand van de kwaliteitskaart. Voldoet een school op een of meer punten niet, dan maakt het bestuur binnen
          drie maanden een verbeterplan, dat na een jaar opnieuw wordt besproken."""),
          H1("4. Het ondersteuningsaanbod van de stad"),
          P("""Boven op de basisondersteuning kent Hoogstad een samenhangend aanbod van extra ondersteuning. Wij
          beschrijven dat aanbod in drie lagen, die op elkaar aansluiten. De eerste laag is de basisondersteuning
          op iedere school (hoofdstuk 3). De tweede laag bestaat uit arrangementen: extra ondersteuning op de
          eigen school of in een bovenschoolse voorziening in de stad. De derde laag is het speciaal
          basisonderwijs en het speciaal onderwijs."""),
          TB([["Laag", "Voorziening", "Waar", "Toegang"],
              ["2", "Arrangement op school (begeleiding, extra handen, materialen)", "eigen school",
               "aanvraag school bij het Ondersteuningsloket"],
              ["2", "Taalklassen voor nieuwkomers", "vier locaties, één per stadsdeel", "aanmelding via de school"],
              ["2", "Observatiegroep jonge kind (4-6 jaar)", "locatie De Wissel", "aanvraag via het loket"],
              ["2", "Plusklas voor hoogbegaafde leerlingen (één dag per week)", "drie locaties", "aanvraag school"],
              ["2", "Ambulante begeleiding vanuit sbo/so", "eigen school", "aanvraag via het loket"],
              ["3", "Speciaal basisonderwijs", "zes sbo-scholen", "toelaatbaarheidsverklaring"],
              ["3", "Speciaal onderwijs cluster 3 en 4", "vier so-scholen", "toelaatbaarheidsverklaring"]]),
          P("""Het Ondersteuningsloket is de toegangspoort voor scholen. Een school die handelingsverlegen is, meldt
          een kind aan bij het loket; een consulent van het samenwerkingsverband bespreekt binnen tien werkdagen
          met de school welke laag passend is. Daarbij geldt: eerst kijken wat in de eigen school kan, dan in de
          wijk, dan in de stad."""),
          P("""Samen met de gemeente en de jeugdhulpaanbieders zijn onderwijs-zorgarrangementen ontwikkeld voor
          kinderen die naast onderwijs ook jeugdhulp in de school nodig hebben. In drie so-scholen is een
          dagbehandelingsgroep geïntegreerd; de gemeente financiert het zorgdeel, het samenwerkingsverband het
          onderwijsdeel."""),
          H2("4.1 Kinderen zonder passende plek"),
          P("""Hoe wij in de stad opsporen waar het aanbod tekortschiet en wat wij doen voor kinderen die geen
          passende plek hebben of thuiszitten, is onderwerp van het nieuwe Stedelijk Thuiszitterspact. Dat pact
          wordt in de loop van 2026 door de gemeente en de besturen opnieuw getekend; dit plan loopt daar niet op
          vooruit en neemt de uitkomsten over zodra zij beschikbaar zijn."""),
          H1("5. Toelaatbaarheid sbo en so"),
          P("""Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs of
          het speciaal onderwijs. De procedure is voor sbo en so gelijk; de criteria verschillen."""),
          H2("5.1 Procedure"),
          UL(["""Stap 1. Het bevoegd gezag van de school waar de leerling is ingeschreven dient de aanvraag in via
              de digitale omgeving van het Ondersteuningsloket.""",
              """Stap 2. Bij de aanvraag horen het groeidocument met ontwikkelingsperspectief, een verslag van het
              multidisciplinair overleg, het onderwijskundig rapport en, als het om so gaat, het advies van de
              ontvangende school.""",
              """Stap 3. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of
              psycholoog van het samenwerkingsverband en, afhankelijk van het kind, een tweede deskundige
              (kinderpsychiater, maatschappelijk werker of jeugdarts). Deskundigen die bij de aanvraag betrokken
              waren, adviseren niet.""",
              """Stap 4. De Commissie Toelaatbaarheid Hoogstad neemt namens de directeur-bestuurder een besluit
              binnen zes weken na ontvangst van de volledige aanvraag.""",
              """Stap 5. Het besluit wordt schriftelijk verstuurd aan het schoolbestuur en de ontvangende school en
              krijgt een volgnummer."""]),
          H2("5.2 Criteria"),
          P("""De commissie toetst iedere aanvraag aan de volgende criteria. Een leerling is toelaatbaar wanneer aan
          alle criteria van de betreffende kolom is voldaan."""),
          TB([["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs cluster 3/4"],
              ["Basisondersteuning en arrangement", "aantoonbaar geboden en geëvalueerd, minimaal 6 maanden",
               "aantoonbaar geboden of aantoonbaar ontoereikend"],
              ["Ontwikkelingsperspectief", "uitstroom naar verwachting niet hoger dan groep 6-niveau of "
               "ernstige stagnatie op twee of meer domeinen", "eigen leerlijn, zeer beperkte leerbaarheid of "
               "ernstige gedrags- of psychiatrische problematiek"],
              ["Groepsgrootte / setting", "kind heeft kleinere groep en meer structuur nodig dan regulier kan",
               "kind heeft een specialistische setting en zorg in onderwijstijd nodig"],
              ["Mening deskundigen", "beide deskundigen adviseren positief", "beide deskundigen adviseren positief"]]),
          H2("5.3 Duur en bekostigingscategorie"),
          P("""Een toelaatbaarheidsverklaring voor het sbo geldt voor twee schooljaren, tot en met 31 juli van het
          tweede schooljaar. Een verklaring voor het so geldt voor maximaal drie schooljaren. Voor het so bepaalt de
          commissie de bekostigingscategorie laag, midden of hoog op grond van de ondersteuningsbehoefte. Een
          verklaring die na 1 oktober wordt afgegeven, geldt voor de rest van dat schooljaar en de volgende
          periode."""),
          H1("6. Terugplaatsing en terugkeer"),
          P("""Het samenwerkingsverband gaat ervan uit dat een plaatsing in het sbo of so voor veel kinderen een
          periode is en geen eindpunt. Kinderen keren terug naar een reguliere basisschool, bij voorkeur in de
          eigen wijk, zodra hun ontwikkelingsperspectief dat toelaat en de ontvangende school de ondersteuning
          kan bieden die nodig is. Terugkeer mag nooit ten koste gaan van de rust die een kind in het speciaal
          onderwijs heeft gevonden."""),
          P("""Wanneer een kind terugkeert, krijgt de ontvangende school gedurende twaalf maanden een
          terugkeerarrangement. Dat bestaat uit ambulante begeleiding door een leraar of begeleider van de
          sbo- of so-school die het kind kent, en uit een budget van € 4.500 voor extra inzet in de klas. Na zes
          maanden wordt bekeken of het arrangement moet worden voortgezet."""),
          P("""Welke stappen worden gezet, wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie
          uiteindelijk beslist, wordt vastgelegd in het Stappenplan Terugkeer. De werkgroep Terugkeer, met daarin
          de directeuren van de speciale scholen, legt dat stappenplan na de zomer van 2026 aan het bestuur voor."""),
          H1("7. Geld en middelen"),
          P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na
          aftrek van de afdrachten aan DUO voor het so en de overdrachten aan het sbo verdelen wij de middelen
          volgens het verdeelmodel Hoogstad, dat het bestuur na instemming van de OPR in 2024 heeft vastgesteld."""),
          H2("7.1 Verdeelmodel"),
          UL(["""Schoolbudget: ieder schoolbestuur ontvangt € 172 per leerling, op basis van het aantal leerlingen
              op de teldatum 1 oktober van het voorafgaande jaar, plus een vaste voet van € 6.000 per vestiging.
              Het budget wordt in twaalf maandelijkse termijnen overgemaakt.""",
              """Arrangementen: scholen vragen arrangementen aan bij het Ondersteuningsloket. Een consulent beoordeelt
              de aanvraag aan de hand van de handelingsverlegenheid van de school; arrangementen worden toegekend voor
              maximaal één schooljaar, met een bedrag van € 2.500 tot € 15.000.""",
              """Bovenschoolse voorzieningen (taalklassen, observatiegroep, plusklas) worden rechtstreeks bekostigd op
              basis van een jaarlijkse overeenkomst met het bestuur dat de voorziening uitvoert.""",
              """Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juni in een korte
              rapportage."""]),
          H2("7.2 Meerjarenbegroting"),
          TB([["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
              ["Baten rijksbijdrage ondersteuning", "21.480", "21.610", "21.550", "21.430"],
              ["Afdrachten so (DUO) en overdracht sbo", "10.920", "11.050", "11.100", "11.100"],
              ["Schoolbudgetten besturen", "6.310", "6.330", "6.300", "6.260"],
              ["Arrangementen", "2.100", "2.150", "2.150", "2.100"],
              ["Bovenschoolse voorzieningen", "1.240", "1.240", "1.240", "1.240"],
              ["Bestuursbureau en loket", "1.480", "1.500", "1.520", "1.540"],
              ["Resultaat", "-570", "-660", "-760", "-810"]]),
          P("""De negatieve resultaten zijn een bewuste keuze: de reserve van het samenwerkingsverband lag eind 2024
          boven de signaleringswaarde en wordt in de planperiode teruggebracht tot een weerstandsvermogen van
          ongeveer 5 procent van de baten."""),
          H1("8. Wat we willen bereiken"),
          P("""Met dit plan willen wij in 2029 het volgende bereikt hebben voor kinderen die extra ondersteuning
          nodig hebben:"""),
          UL(["Het deelnamepercentage sbo en so samen daalt van 3,4 procent (1 oktober 2024) naar ten hoogste 3,0 procent.",
              "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod.",
              "Ten minste 95 procent van de scholen voldoet volledig aan de kwaliteitskaart basisondersteuning.",
              "Ten minste 80 procent van de kinderen met een arrangement blijft op de eigen school."]),
          P("""Op welke wijze en met welke regelmaat wij volgen of deze doelen dichterbij komen, en hoe wij daarover
          rapporteren, werken wij uit zodra het nieuwe stedelijke dashboard in gebruik is genomen."""),
          ]
    b += filler_povo(c) + filler_governance(c) + filler_mz(c) + filler_oogo(c) + filler_personeel(c)
    b += filler_prof(c) + filler_ict(c) + filler_planning(c)
    b += glossary([("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
                   ("OPR", "Ondersteuningsplanraad; heeft instemmingsrecht op het ondersteuningsplan."),
                   ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."),
                   ("Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond toelating of plaatsing."),
                   ("Terugplaatsing", "Terugkeer van een leerling van sbo of so naar het regulier onderwijs."),
                   ("TLV", "Toelaatbaarheidsverklaring."),
                   ("Dekkend netwerk", "Het geheel van voorzieningen waardoor ieder kind een passende plek heeft."),
                   ("OOGO", "Op overeenstemming gericht overleg met de gemeente."),
                   ("OPP", "Ontwikkelingsperspectief.")])
    lab = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 3 defines the city-wide minimum for every vestiging and lists the kwaliteitskaart items (3.1); borging in 3.2.",
               "plaatsing": "Ch. 5: steps 1-5 with CvT and 6-week term, criteria table sbo vs so, duration/category in 5.3; no bezwaar route anywhere.",
               "terugstroom": "Ch. 6 gives policy and terugkeerarrangement, but the steps/initiator/decider are deferred to a 'Stappenplan Terugkeer' due after summer 2026.",
               "financien": "Under 'Geld en middelen' (ch. 7): verdeelmodel with per-leerling bedrag/vaste voet/arrangementen and a 2025-2028 meerjarenbegroting table.",
               "dekkend-aanbod": "Ch. 4 describes the three-layer continuum and loket; 4.1 on gaps/thuiszitters only defers to a Thuiszitterspact to be signed in 2026.",
               "resultaten": "Ch. 8 has measurable targets for 2029, but how they are monitored/reported is deferred until a dashboard exists.",
               "ouders": "No information channels or independent help for parents anywhere; 'Ouder- en jeugdsteunpunt'/'Onderwijsconsulent' only in the glossary (bijlage A); no bezwaar route either."})
    return "po-hoogstad-stad-2025", c, b, lab


# ---------------------------------------------------------------------------
# Plan 2: countryside, PO, .pdf  (B partial (inhoud), P partial (criteria), F partial (besteding))
# ---------------------------------------------------------------------------

def plan2():
    c = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs De Heidekern", kort="De Heidekern",
             regio="de zeven plattelandsgemeenten tussen de Aa en de Peelrand",
             missie="Ieder kind in de kernen krijgt onderwijs dichtbij huis, ook als het wat meer nodig heeft.",
             besturen="9", scholen="61", gov_jaar="2020", rvt="vier", opr="acht",
             oogo_datum="4 maart 2025",
             gemeenten="Aadonk, Heeswijkerveld, Loonbroek, Peelrode, Sint-Aldegonde, Veldeind en Wilbertsdijk",
             buur="VO Peel en Aa (VO 30-97)", buur_datum="13 maart 2025", opr_datum="1 april 2025",
             vast_datum="10 april 2025", periode="2025-2026 tot en met 2028-2029",
             vestiging="het dorpshuis De Linde in Veldeind", fte="6,2", overstap="1.050",
             n_visie=2, n_gov=9, n_mz=10, n_oogo=11, n_pers=12, n_prof=13, n_ict=14, n_plan=15, n_povo=8)
    b = [("title", "Ondersteuningsplan De Heidekern 2025-2029"),
         ("subtitle", "Samenwerkingsverband Primair Onderwijs De Heidekern (PO 30-94) — dichtbij, samen, passend"),
         ("toc", ["1. Woord vooraf ........ 2", "2. Visie, missie en kernwaarden ........ 4",
                  "3. Basisondersteuning ........ 6", "4. Toelaatbaarheid en de weg terug ........ 8",
                  "5. Een dekkend netwerk in een dunbevolkte regio ........ 13", "6. Middelen ........ 16",
                  "7. Communicatie ........ 18", "8. Overstap naar het voortgezet onderwijs ........ 20",
                  "9. Organisatie en governance ........ 21", "10. Medezeggenschap ........ 23",
                  "11. Samenwerking met gemeenten ........ 24", "12. Personeel ........ 25",
                  "13. Kennisdeling ........ 26", "14. Gegevens en privacy ........ 27", "15. Planning ........ 28",
                  "16. Resultaten en kwaliteitszorg ........ 29",
                  "Bijlage A. Begrippen en afkortingen ........ 31", "Bijlage B. Kwaliteitskaart basisondersteuning ........ 33"]),
         ("pagebreak", None),
         H1("1. Woord vooraf"),
         P("""De Heidekern is een samenwerkingsverband van kleine scholen. Van de 61 scholen en vestigingen in
         ons gebied hebben er 27 minder dan honderd leerlingen, en elf zelfs minder dan vijftig. In veel dorpen
         is de school, samen met de sportvereniging en de kerk, een van de laatste voorzieningen die er nog is.
         Dat geeft passend onderwijs in onze regio een eigen karakter: een kind dat extra ondersteuning nodig
         heeft, woont al snel twintig of dertig kilometer van de dichtstbijzijnde speciale school."""),
         P("""In de vorige planperiode hebben wij daarom ingezet op het versterken van de scholen zelf, op het
         delen van specialisten tussen dorpen en op korte lijnen met de zeven gemeenten. Dit plan bouwt daarop
         voort. Het is korter dan het vorige plan en waar mogelijk concreter. Wij hebben geprobeerd te schrijven
         in een taal die ook buiten de onderwijswereld begrijpelijk is."""),
         P("""Wij bedanken de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, de
         intern begeleiders voor hun praktijkvoorbeelden en de wethouders voor het goede overleg. — Ingrid van
         Hout-Verbeek, directeur-bestuurder"""),
         ]
    b += filler_visie(c)
    b += [H1("3. Basisondersteuning"),
          P("""In De Heidekern verstaan wij onder basisondersteuning het gezamenlijk afgesproken niveau van
          ondersteuning dat iedere school en iedere nevenvestiging, hoe klein ook, zelf waarmaakt, zonder aanvraag
          bij het samenwerkingsverband. Het niveau is voor alle 61 scholen gelijk. Een kleine dorpsschool met
          één combinatiegroep heeft dezelfde opdracht als een school van vierhonderd leerlingen in de
          gemeente Wilbertsdijk."""),
          P("""Zoals in het landelijke referentiekader bestaat basisondersteuning uit vier aspecten: de
          basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, de
          onderwijsondersteuningsstructuur van de school en planmatig werken. Welke voorzieningen, interventies en
          deskundigheid daar in De Heidekern precies onder vallen, is uitgewerkt in de Kwaliteitskaart
          Basisondersteuning in bijlage B. Scholen gebruiken die kaart bij het schrijven van de paragraaf over
          ondersteuning in hun schoolgids."""),
          P("""Kleine scholen kunnen niet alles zelf. Daarom mogen scholen binnen één bestuur of binnen één
          gemeente deskundigheid delen om aan het afgesproken niveau te voldoen. Dat ontslaat de afzonderlijke
          school niet van haar verantwoordelijkheid."""),
          H1("4. Toelaatbaarheid en de weg terug"),
          P("""In ons gebied staat één school voor speciaal basisonderwijs, sbo De Vlonder in Veldeind, met twee
          nevenlocaties. Voor het speciaal onderwijs zijn kinderen aangewezen op so-scholen in de steden aan de
          rand van de regio. Het samenwerkingsverband geeft voor beide vormen de toelaatbaarheidsverklaring
          af."""),
          H2("4.1 Aanvraag en besluit"),
          UL(["""Stap 1 — de school bespreekt het kind in het ondersteuningsteam, met ouders en de consulent van het
              samenwerkingsverband, en stelt vast dat de ondersteuning op school niet toereikend is.""",
              """Stap 2 — het bevoegd gezag van de school dient een aanvraag in bij de Commissie Arrangeren en
              Toelaatbaarheid (CAT), met het groeidocument, het ontwikkelingsperspectief en de zienswijze van
              ouders.""",
              """Stap 3 — twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog
              of psycholoog en een tweede deskundige die past bij de vraag van het kind.""",
              """Stap 4 — de CAT besluit binnen acht weken na de volledige aanvraag. In spoedgevallen, bijvoorbeeld
              bij een dreigende thuiszitsituatie, kan de voorzitter binnen tien werkdagen een tijdelijke
              verklaring afgeven.""",
              """Stap 5 — ouders en school ontvangen het besluit met beide adviezen. Tegen het besluit kan bezwaar
              worden gemaakt binnen zes weken; het samenwerkingsverband is aangesloten bij de Landelijke
              Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""]),
          H2("4.2 Toetsingskader"),
          P("""De inhoudelijke criteria waaraan de CAT een aanvraag toetst, worden op dit moment herijkt, samen met
          sbo De Vlonder en de so-scholen waar onze leerlingen naartoe gaan. Totdat het bestuur het herziene
          toetsingskader heeft vastgesteld, blijft de commissie werken zoals zij dat in de afgelopen jaren
          deed."""),
          H2("4.3 Looptijd"),
          P("""Een toelaatbaarheidsverklaring voor het sbo loopt in de regel tot het einde van het tweede volle
          schooljaar. Een verklaring voor het so loopt tot het einde van het schooljaar waarin het kind twaalf
          wordt, tenzij de CAT een kortere duur kiest. De CAT stelt voor het so ook de categorie laag, midden of
          hoog vast."""),
          H2("4.4 Na afloop van de verklaring: de weg terug"),
          P("""Wij willen dat kinderen die tijdelijk naar sbo De Vlonder of een so-school gaan, zo snel als
          verantwoord is terugkeren naar een basisschool in hun eigen dorp. Uitgangspunten zijn: het kind is er
          klaar voor volgens het ontwikkelingsperspectief, de school in het dorp kan met steun de ondersteuning
          bieden, en ouders en kind zien de terugkeer zitten. Terugkeer gebeurt bij voorkeur aan het begin van een
          schooljaar of na een vakantie."""),
          P("""De procedure verloopt als volgt. In het laatste jaar van de verklaring bespreekt de sbo- of so-school
          vóór 1 februari het ontwikkelingsperspectief met ouders en de consulent van het samenwerkingsverband.
          Ziet de school mogelijkheden voor terugkeer, dan neemt zij het initiatief voor een overleg met de
          basisschool in het dorp. Uiterlijk 1 april besluit de CAT of het kind terugkeert of dat een nieuwe
          verklaring nodig is; in het laatste geval wordt een nieuwe aanvraag volgens paragraaf 4.1 ingediend.
          Na terugkeer volgt een evaluatie na drie en na negen maanden."""),
          P("""Een kind dat terugkeert, neemt een terugkeerarrangement mee: één jaar ambulante begeleiding door een
          leraar van de sbo- of so-school en maximaal tien uur per week extra inzet in de groep. Het arrangement
          wordt betaald uit het budget arrangementen (hoofdstuk 6). Lukt de terugkeer niet, dan kan het kind
          zonder nieuwe wachttijd terug naar de speciale school."""),
          H1("5. Een dekkend netwerk in een dunbevolkte regio"),
          P("""Het ondersteuningsaanbod van De Heidekern bestaat uit de basisondersteuning op iedere school,
          arrangementen op de eigen school, het Ambulant Team, sbo De Vlonder en de so-scholen buiten de regio. Het
          Ambulant Team bestaat uit zeven specialisten (gedrag, taal, jonge kind, hoogbegaafdheid) die met de auto
          van school naar school gaan, zodat een kind in een klein dorp dezelfde expertise kan krijgen als een kind
          in de grotere kernen. Voor hoogbegaafde leerlingen is er één dag per week een plusgroep op twee
          locaties; voor nieuwkomers een schakelgroep in Aadonk."""),
          P("""Om te weten waar het netwerk gaten vertoont, vraagt het samenwerkingsverband ieder jaar in oktober
          aan alle besturen welke kinderen geen passend aanbod hebben, op een wachtlijst staan of (gedeeltelijk)
          thuiszitten. Die inventarisatie wordt besproken met de leerplichtambtenaren van de drie regionale
          bureaus. Ieder kind zonder passende plek wordt binnen vier weken besproken aan de Thuiszitterstafel, waar
          school, leerplicht, jeugdhulp en de consulent samen een plan maken; de consulent blijft casusregisseur
          tot het kind weer onderwijs volgt. Structurele gaten, zoals het ontbreken van een so-plek voor jonge
          kinderen met ernstige gedragsproblemen, worden ingebracht in het OOGO en in het overleg met de so-besturen
          in de omliggende steden."""),
          P("""Omdat leerlingenvervoer in een plattelandsregio een grote rol speelt, hebben de zeven gemeenten en het
          samenwerkingsverband afgesproken dat de reistijd voor een kind naar het so niet langer mag zijn dan drie
          kwartier per enkele reis; waar dat niet lukt, zoeken wij samen naar een alternatief dichterbij."""),
          H1("6. Middelen"),
          P("""De middelen voor ondersteuning komen van het Rijk. Na aftrek van de afdrachten voor het speciaal
          onderwijs en de bekostiging van sbo De Vlonder verdeelt het samenwerkingsverband de rest als volgt:"""),
          UL(["""80 procent gaat als schoolbudget naar de besturen: € 140 per leerling op de teldatum van 1 oktober,
              met een kleinescholentoeslag van € 3.000 voor iedere school of vestiging met minder dan 75
              leerlingen.""",
              """20 procent is bestemd voor het Ambulant Team en voor arrangementen die de CAT toekent op aanvraag
              van een school, met voorrang voor terugkeerarrangementen."""]),
          P("""Een meerjarenbegroting met bedragen maakt geen deel uit van dit plan. Het bestuur stelt ieder jaar
          in december een begroting en meerjarenraming vast, die als afzonderlijk document wordt gepubliceerd."""),
          H1("7. Communicatie"),
          P("""Een goed plan is niets waard als niemand het kent. Daarom besteden wij aandacht aan communicatie met
          scholen, gemeenten en vooral met ouders."""),
          P("""Ouders vinden op de ouderpagina van onze website uitleg over de ondersteuning die iedere school biedt,
          over het Ambulant Team, de plusgroep en de schakelgroep en over de weg naar sbo en so. Iedere school geeft
          bij de aanmelding de folder 'Wat als mijn kind meer nodig heeft?' mee. Twee keer per jaar houden wij een
          informatieavond, afwisselend in Veldeind, Aadonk en Peelrode. Ouders kunnen ook bellen met de
          ouderlijn van het bestuursbureau, op werkdagen tussen 9.00 en 12.00 uur."""),
          P("""Wie onafhankelijk advies wil, of het niet eens is met de school of het samenwerkingsverband, kan
          terecht bij het Ouder- en Jeugdsteunpunt Peel en Aa. Het steunpunt is onafhankelijk van scholen en
          samenwerkingsverband, wordt gedeeld met het VO-verband en is bereikbaar via telefoon, mail en een
          wekelijks inloopspreekuur. Daarnaast kunnen ouders kosteloos een beroep doen op de landelijke
          Onderwijsconsulenten en op de Geschillencommissie passend onderwijs."""),
          ]
    b += filler_povo(c) + filler_governance(c) + filler_mz(c) + filler_oogo(c) + filler_personeel(c)
    b += filler_prof(c) + filler_ict(c) + filler_planning(c)
    b += [H1("16. Resultaten en kwaliteitszorg"),
          P("""Wij formuleren voor de planperiode de volgende beoogde resultaten voor leerlingen met een
          ondersteuningsbehoefte:"""),
          TB([["Beoogd resultaat", "Stand 2024", "Streefwaarde 2029"],
              ["Deelname sbo + so (peildatum 1 oktober)", "2,6%", "≤ 2,4%"],
              ["Kinderen thuis zonder aanbod langer dan 4 weken", "9", "0"],
              ["Teruggekeerde leerlingen per jaar (sbo/so naar regulier)", "6", "≥ 10"],
              ["Gemiddelde reistijd naar so (enkele reis)", "52 min.", "≤ 45 min."],
              ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "7,1", "≥ 7,5"]]),
          P("""Twee keer per jaar, in februari en september, stelt het bestuursbureau een monitor op met deze
          indicatoren per bestuur en per gemeente. De monitor wordt besproken in de Algemene Vergadering en met de
          OPR en is de basis voor het jaarverslag, waarin wij beoogde en bereikte resultaten naast elkaar zetten en
          verantwoorden welke middelen daarvoor zijn ingezet. Eens in de twee jaar houden wij een
          tevredenheidspeiling onder ouders en scholen. In 2027 laten wij een externe tussenevaluatie uitvoeren."""),
          ]
    b += glossary([("Basisondersteuning", "Het niveau van ondersteuning dat iedere school biedt; zie bijlage B."),
                   ("CAT", "Commissie Arrangeren en Toelaatbaarheid."),
                   ("Meerjarenbegroting", "Begroting over meerdere jaren, met bedragen per jaar."),
                   ("Terugkeerarrangement", "Ondersteuning bij terugkeer van sbo/so naar het regulier onderwijs."),
                   ("Toelaatbaarheidscriteria", "Criteria die bepalen of een leerling toelaatbaar is tot sbo of so."),
                   ("OJSP", "Ouder- en jeugdsteunpunt.")])
    lab = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 3 defines the common level for all 61 schools, but only restates the 4 Referentiekader aspects; the concrete content is in bijlage B, which the document does not contain (TOC lists it).",
               "plaatsing": "Ch. 4.1 gives steps, CAT, 8-week term, deskundigen, bezwaar/LBT; 4.2 says criteria are being re-calibrated and the commission keeps 'working as before' -> criteria not addressed.",
               "terugstroom": "Hidden inside the TLV chapter (4.4 'de weg terug'): policy/conditions, steps with dates (1 feb, 1 april), evaluations and terugkeerarrangement.",
               "financien": "Ch. 6 'Middelen' gives the 80/20 split, EUR 140 per leerling and kleinescholentoeslag; no amounts per year or meerjarenbegroting (explicitly a separate document).",
               "dekkend-aanbod": "Ch. 5: continuum (Ambulant Team, plusgroep, schakelgroep, sbo, so) and yearly gap inventory, Thuiszitterstafel within 4 weeks, structural gaps to OOGO.",
               "resultaten": "Placed at the end (ch. 16): target table with baseline/streefwaarde 2029 and half-yearly monitor, jaarverslag, peiling, external evaluation.",
               "ouders": "Inside ch. 7 'Communicatie': ouderpagina, folder, info evenings, ouderlijn; independent help via Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."})
    return "po-heidekern-platteland-2025", c, b, lab


# ---------------------------------------------------------------------------
# Plan 3: border region, PO, .docx + .pdf  (T missing, O partial (steunpunt))
# ---------------------------------------------------------------------------

def plan3():
    c = dict(naam="Stichting Passend Primair Onderwijs Grensland Oost", kort="Grensland Oost",
             regio="de grensgemeenten Dinxterveen, Oldenwinkel en Haaksbergwoude",
             missie="Over grenzen heen samen zorgen voor passend onderwijs voor ieder kind.",
             besturen="7", scholen="48", gov_jaar="2018", rvt="vijf", opr="tien",
             oogo_datum="25 februari 2025", gemeenten="Dinxterveen, Oldenwinkel en Haaksbergwoude",
             buur="VO Grensland (VO 25-95)", buur_datum="6 maart 2025", opr_datum="25 maart 2025",
             vast_datum="3 april 2025", periode="2025-2026 tot en met 2028-2029",
             vestiging="het Grenshuis in Oldenwinkel", fte="5,4", overstap="820",
             n_visie=2, n_gov=9, n_mz=10, n_oogo=11, n_pers=12, n_prof=13, n_ict=14, n_plan=15, n_povo=5)
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", "Stichting Passend Primair Onderwijs Grensland Oost (PO 25-92)"),
         ("toc", ["1. Inleiding ........ 3", "2. Visie, missie en kernwaarden ........ 4",
                  "3. De ondergrens: basisondersteuning ........ 6",
                  "4. Speciaal basisonderwijs en speciaal onderwijs ........ 9",
                  "   4.1 Aanvraag ........ 9", "   4.2 Wanneer toelaatbaar ........ 10",
                  "   4.3 Looptijd ........ 11", "   4.4 Terugplaatsing ........ 11",
                  "5. Doorstroom naar het voortgezet onderwijs ........ 12",
                  "6. Aanbod over de grens en dekkend netwerk ........ 13", "7. Financiën ........ 16",
                  "8. Kwaliteit en resultaten ........ 18", "9. Organisatie en governance ........ 20",
                  "10. Medezeggenschap ........ 22", "11. Samenwerking met gemeenten ........ 23",
                  "12. Personeel ........ 24", "13. Kennisdeling ........ 25", "14. ICT en privacy ........ 26",
                  "15. Planning ........ 27", "16. Ouders en informatie ........ 28",
                  "Bijlage A. Begrippen en afkortingen ........ 29"]),
         ("pagebreak", None),
         H1("1. Inleiding"),
         P("""Grensland Oost is een samenwerkingsverband aan de Duitse grens. Onze 48 scholen liggen in drie
         gemeenten met samen ruim 70.000 inwoners, verspreid over twee kleine steden en negentien dorpen en
         buurtschappen. Het leerlingaantal daalt al tien jaar: waar in 2014 nog ruim 7.000 kinderen naar de
         basisschool gingen, zijn het er nu ongeveer 5.600. Tegelijkertijd wonen er steeds meer Duitse gezinnen
         aan onze kant van de grens en werken veel ouders in Duitsland."""),
         P("""Dat levert bijzondere vragen op. Sommige kinderen gaan in Duitsland naar een Förderschule; andere
         kinderen uit Duitsland komen bij ons naar school. Taal, regelgeving en bekostiging verschillen aan
         weerszijden van de grens. In dit plan beschrijven wij hoe wij daar als samenwerkingsverband mee omgaan,
         naast de wettelijke onderwerpen die in ieder ondersteuningsplan thuishoren."""),
         P("""Het plan is opgesteld door een schrijfgroep van directeuren, intern begeleiders en de
         beleidsmedewerker, en besproken met de OPR, de besturen en de drie gemeenten. Het wordt ieder jaar
         uitgewerkt in een jaarplan."""),
         ]
    b += filler_visie(c)
    b += [H1("3. De ondergrens: basisondersteuning"),
          P("""Alle scholen in Grensland Oost, en iedere vestiging daarvan, bieden ten minste hetzelfde pakket
          ondersteuning. Wij noemen dat de ondergrens. De ondergrens is door de besturen samen vastgesteld en
          geldt voor openbare, katholieke en christelijke scholen op dezelfde manier. Wat boven de ondergrens
          uitgaat, heet in dit plan extra ondersteuning en wordt in hoofdstuk 6 beschreven."""),
          P("""De tabel hieronder geeft aan wat de ondergrens inhoudt. Iedere ouder mag dit van iedere school in
          ons gebied verwachten."""),
          TB([["Onderdeel", "Wat iedere school in Grensland Oost biedt"],
              ["Zorgstructuur", "intern begeleider (minimaal 1 dag per week per 100 leerlingen); "
               "ondersteuningsteam met schoolmaatschappelijk werk vier keer per jaar"],
              ["Lezen en rekenen", "dyslexie- en dyscalculieprotocol; voorschotbenadering in groep 2-3; "
               "preteaching in kleine groepjes"],
              ["Gedrag", "schoolbrede aanpak positief gedrag; gedragsplan binnen vier weken bij zorgen"],
              ["Meertaligheid", "extra Nederlandse taalondersteuning voor kinderen met Duits of een andere "
               "thuistaal; informatie over de school in het Duits"],
              ["Meer- en hoogbegaafdheid", "signalering met een vast instrument; compacten en verrijken in de groep"],
              ["Medisch", "protocol medisch handelen; afspraken over medicijnverstrekking"],
              ["Planmatig werken", "cyclus van handelingsgericht werken; OPP voor leerlingen met een eigen leerlijn"]]),
          P("""Eens per jaar vullen de scholen een zelfevaluatie in op de ondergrens. De uitkomsten worden
          besproken tussen de directeur-bestuurder en het bestuur. Een school die niet aan de ondergrens
          voldoet, krijgt ondersteuning van het samenwerkingsverband bij het opstellen van een verbeterplan."""),
          H1("4. Speciaal basisonderwijs en speciaal onderwijs"),
          P("""In ons gebied staat één sbo-school met twee locaties en één so-school voor cluster 3 en 4. Het
          samenwerkingsverband beslist over de toelaatbaarheid tot beide."""),
          H2("4.1 Aanvraag"),
          P("""Het bestuur van de school waar het kind staat ingeschreven, vraagt de toelaatbaarheidsverklaring
          aan bij de Toelaatbaarheidscommissie Grensland (TCG). De aanvraag bevat het ontwikkelingsperspectief,
          het verslag van het ondersteuningsteam en een overzicht van de geboden ondersteuning. De commissie
          vraagt advies aan twee deskundigen: een orthopedagoog-generalist en, per kind, een tweede deskundige,
          zoals een kinderarts of een maatschappelijk werker. De TCG beslist binnen vijf weken. Voor kinderen die
          uit Duitsland komen, zorgt de commissie voor een vertaling van Duitse verslagen."""),
          H2("4.2 Wanneer toelaatbaar"),
          P("""Een kind is toelaatbaar tot het sbo als (a) de school de ondergrens en een arrangement van ten
          minste een half jaar heeft geboden, (b) het kind ondanks die ondersteuning op twee of meer
          leergebieden een achterstand van meer dan een jaar heeft opgebouwd of in een grote groep niet tot leren
          komt, en (c) beide deskundigen de plaatsing in het sbo passend vinden. Een kind is toelaatbaar tot het
          so als het daarnaast een ernstige verstandelijke, lichamelijke of psychiatrische beperking heeft waardoor
          het specialistische begeleiding gedurende de hele schooldag nodig heeft."""),
          H2("4.3 Looptijd"),
          P("""Een verklaring loopt tot en met 31 juli van het tweede schooljaar na afgifte. Bij so-verklaringen
          stelt de TCG de bekostigingscategorie vast."""),
          H2("4.4 Terugplaatsing"),
          P("""Deze paragraaf vullen wij aan zodra de proef met de sbo-school en de so-school over de afloop van
          verklaringen is geëvalueerd. De uitkomsten daarvan worden na instemming van de OPR als wijziging aan dit
          plan toegevoegd."""),
          ]
    b += filler_povo(c)
    b += [H1("6. Aanbod over de grens en dekkend netwerk"),
          P("""Het ondersteuningsaanbod in Grensland Oost loopt van de ondergrens op iedere school, via
          arrangementen op de eigen school en de bovenschoolse Taal- en Observatiegroep in Dinxterveen, naar het
          sbo en het so. Daarnaast maken wij afspraken met scholen over de grens. Het samenwerkingsverband heeft een
          convenant met de Kreis aan Duitse zijde: een beperkt aantal kinderen kan met instemming van beide kanten
          naar een Förderschule in Duitsland, en omgekeerd. Bij een overstap naar Duitsland blijft de consulent van
          het samenwerkingsverband een jaar lang aanspreekpunt."""),
          TB([["Voorziening", "Plaats", "Capaciteit"],
              ["Arrangement op school", "alle scholen", "ca. 180 per jaar"],
              ["Taal- en Observatiegroep (4-7 jaar)", "Dinxterveen", "12 plaatsen"],
              ["Plusklas", "Oldenwinkel", "24 plaatsen, één dag per week"],
              ["Sbo De Brug", "Oldenwinkel en Haaksbergwoude", "ca. 150 leerlingen"],
              ["So De Horst (cluster 3/4)", "Dinxterveen", "ca. 90 leerlingen"],
              ["Förderschule (convenant)", "over de grens", "maximaal 10 leerlingen"]]),
          P("""Elk kwartaal brengt de consulent met de besturen in kaart welke kinderen thuiszitten, op een
          wachtlijst staan of tussen twee systemen vallen, bijvoorbeeld omdat zij uit Duitsland verhuizen zonder
          passend dossier. Voor ieder van die kinderen wordt binnen twee weken een overleg gepland met de school,
          de leerplichtambtenaar en zo nodig de jeugdhulp; het bestuur van de school van inschrijving blijft
          verantwoordelijk voor het zorgen voor een plek (zorgplicht). Lukt dat niet binnen zes weken, dan schaalt
          de consulent op naar de directeur-bestuurder, die kan besluiten tot een tijdelijk maatwerkarrangement
          buiten de vaste voorzieningen. Jaarlijks stelt het bestuur vast welke tekorten in het aanbod structureel
          zijn en welke voorziening erbij moet."""),
          H1("7. Financiën"),
          P("""De volgende tabellen vormen het financiële kader van dit ondersteuningsplan."""),
          TB([["Tabel 7.1 Verdeling", "Grondslag", "Bedrag", "Besluit door"],
              ["Schoolbudget per bestuur", "aantal leerlingen op 1 oktober t-1", "€ 155 per leerling",
               "directeur-bestuurder, jaarlijks in maart"],
              ["Vaste voet", "per vestiging", "€ 5.000", "directeur-bestuurder"],
              ["Arrangementen", "aanvraag school, toetsing consulent aan handelingsverlegenheid",
               "€ 3.000 - € 12.000 per arrangement", "consulent, binnen 3 weken"],
              ["Bovenschoolse voorzieningen", "vaste capaciteit", "volgens tabel 7.2", "RvT bij begroting"],
              ["Förderschule-convenant", "per geplaatste leerling", "€ 9.800 per jaar", "directeur-bestuurder"]]),
          TB([["Tabel 7.2 Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
              ["Baten ondersteuningsbekostiging", "6.420", "6.290", "6.170", "6.060"],
              ["Afdrachten DUO so en overdracht sbo", "3.210", "3.150", "3.090", "3.050"],
              ["Schoolbudgetten", "1.110", "1.090", "1.070", "1.050"],
              ["Arrangementen", "920", "900", "880", "860"],
              ["Taal- en Observatiegroep en plusklas", "410", "410", "410", "410"],
              ["Convenant Duitsland", "98", "98", "98", "98"],
              ["Bureau en consulenten", "640", "650", "660", "670"],
              ["Saldo", "32", "-8", "-38", "-78"]]),
          H1("8. Kwaliteit en resultaten"),
          P("""Voor de planperiode stellen wij ons de volgende doelen voor kinderen met een
          ondersteuningsbehoefte: in 2029 heeft ieder kind dat zich meldt binnen zes weken een passend aanbod; het
          aantal arrangementen dat de eigen school na afloop zelf kan voortzetten stijgt van 40 naar 60 procent;
          het percentage leerlingen in sbo en so blijft onder 3 procent; en ouders van kinderen met een
          arrangement geven gemiddeld ten minste een 7,5 voor de samenwerking met de school."""),
          P("""Wij volgen deze doelen met een vaste cyclus. Na iedere teldatum verzamelt het bureau de kengetallen
          uit de registratie van het loket en uit de DUO-gegevens; in mei vullen ouders en scholen een korte
          vragenlijst in. De directeur-bestuurder rapporteert in juni aan de Raad van Toezicht en de OPR, en het
          jaarverslag zet de bereikte resultaten naast de doelen en naast de uitgaven per voorziening. Bij
          achterblijvende resultaten stelt het bestuur het jaarplan bij."""),
          ]
    b += filler_governance(c) + filler_mz(c) + filler_oogo(c) + filler_personeel(c)
    b += filler_prof(c) + filler_ict(c) + filler_planning(c)
    b += [H1("16. Ouders en informatie"),
          P("""Ouders krijgen informatie over de ondersteuningsmogelijkheden via de schoolgids van hun school, via de
          tweetalige website van het samenwerkingsverband (Nederlands en Duits) en via de brochure 'Passend onderwijs
          in Grensland' die iedere school bij de kennismaking uitreikt. De consulent houdt in iedere gemeente
          twee keer per jaar een inloopochtend voor ouders in de bibliotheek."""),
          P("""Over een onafhankelijk steunpunt voor ouders en jongeren besluiten wij samen met Grensland VO en de
          buurverbanden in de loop van 2026. Tot dat besluit is genomen, is hiervoor in dit plan niets
          geregeld."""),
          ]
    b += glossary([("Basisondersteuning / ondergrens", "Het pakket dat iedere school minimaal biedt."),
                   ("Förderschule", "Duitse school voor speciaal onderwijs."),
                   ("Terugplaatsing", "Terugkeer van een kind uit sbo of so naar een reguliere basisschool."),
                   ("Terugkeerarrangement", "Begeleiding na terugplaatsing, betaald door het samenwerkingsverband."),
                   ("TCG", "Toelaatbaarheidscommissie Grensland."),
                   ("OJSP", "Ouder- en jeugdsteunpunt."),
                   ("Doorstroom", "Overgang van de basisschool naar het voortgezet onderwijs.")])
    lab = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 3 'De ondergrens' (unusual term): same minimum for every vestiging; content only in the table of 7 onderdelen; zelfevaluatie as borging.",
               "plaatsing": "Ch. 4.1 aanvraag by bestuur, TCG, two deskundigen, 5 weeks; 4.2 sbo/so criteria (a)-(c); 4.3 looptijd/categorie. No bezwaar route.",
               "terugstroom": "Body heading 4.4 'Terugplaatsing' only defers ('vullen wij aan zodra ... geëvalueerd'); otherwise only TOC, glossary and the PO-VO 'doorstroom/uitstroom' near-miss in ch. 5.",
               "financien": "Content only in tables 7.1 (verdeling: grondslag, bedrag, besluit door) and 7.2 (meerjarenbegroting 2025-2028).",
               "dekkend-aanbod": "Ch. 6: continuum incl. cross-border Förderschule convenant and capacity table; quarterly gap scan, 2-week overleg, zorgplicht, escalation at 6 weeks.",
               "resultaten": "Ch. 8: targets for 2029 and a monitoring cycle (teldatum, vragenlijst, June report, jaarverslag).",
               "ouders": "Ch. 16 (last chapter): informatie via schoolgids, bilingual website, brochure, inloopochtend; independent steunpunt explicitly not arranged (decision in 2026); no klachten/bezwaar info."})
    return "po-grensland-oost-2025", c, b, lab


# ---------------------------------------------------------------------------
# Plan 4: polder region, VO, .html  (B missing, F missing, R partial (doelen))
# ---------------------------------------------------------------------------

def plan4():
    c = dict(naam="Stichting Samenwerkingsverband Voortgezet Onderwijs Dijkstreek", kort="SWV VO Dijkstreek",
             regio="de polders en dijkdorpen van de Dijkstreek",
             missie="Iedere jongere in de Dijkstreek haalt een diploma of een duurzame plek, op een school die past.",
             besturen="6", scholen="17", gov_jaar="2017", rvt="vijf", opr="acht",
             oogo_datum="20 februari 2025", gemeenten="Dijkmonde, Nieuw-Ammerland en Kooggouw",
             buur="PO Dijkstreek (PO 27-93)", buur_datum="27 februari 2025", opr_datum="18 maart 2025",
             vast_datum="27 maart 2025", periode="2025-2026 tot en met 2028-2029",
             vestiging="Dijkmonde, in het gebouw van het Regionaal Opleidingscentrum", fte="9,8",
             cao="cao voortgezet onderwijs",
             n_visie=2, n_gov=10, n_mz=11, n_oogo=12, n_pers=13, n_prof=14, n_ict=15, n_plan=16)
    b = [("title", "Ondersteuningsplan SWV VO Dijkstreek 2025-2029"),
         ("subtitle", "Samenwerkingsverband Voortgezet Onderwijs Dijkstreek (VO 27-96) — webversie"),
         ("toc", ["1. Inleiding", "2. Visie, missie en kernwaarden", "3. Basisondersteuning en arrangementen",
                  "4. Toelaatbaarheid vso, lwoo en praktijkonderwijs", "5. Van vso terug naar het regulier vo",
                  "6. Thuiszitters en het dekkend netwerk", "7. Financiën en meerjarenbegroting",
                  "8. Monitoring en verantwoording", "9. Ouders en leerlingen",
                  "10. Organisatie en governance", "11. Medezeggenschap", "12. Samenwerking met gemeenten",
                  "13. Personeel", "14. Kennisdeling", "15. ICT en privacy", "16. Planning",
                  "Bijlage A. Begrippen en afkortingen"]),
         H1("1. Inleiding"),
         P("""De Dijkstreek is een uitgestrekt gebied van polders, dijkdorpen en één middelgrote stad. Zeventien
         vestigingen voor voortgezet onderwijs, van praktijkonderwijs tot gymnasium, vormen samen het
         samenwerkingsverband. Veel leerlingen reizen dagelijks meer dan twintig kilometer op de fiets of met de
         bus. Het aantal leerlingen in het voortgezet onderwijs daalt in de komende jaren met naar verwachting
         acht procent; dat raakt vooral de kleinere vestigingen in de dorpen."""),
         P("""Dit plan is het vierde ondersteuningsplan van het verband. Het bouwt voort op wat goed ging, zoals de
         snelle toewijzing van arrangementen en de samenwerking met de leerplichtambtenaren, en pakt aan wat beter
         moet. Het plan is in deze webversie per hoofdstuk te lezen; een printversie is op aanvraag
         verkrijgbaar."""),
         P("""Voor de leesbaarheid spreken wij van 'leerlingen' en 'jongeren' door elkaar. Waar wij 'ouders'
         schrijven, bedoelen wij ook verzorgers en voogden."""),
         ]
    b += filler_visie(c)
    b += filler_terugblik(c, "2a")
    b += [H1("3. Extra ondersteuning en arrangementen"),
          P("""Extra ondersteuning begint waar de eigen mogelijkheden van een school ophouden. In de Dijkstreek
          onderscheiden wij drie vormen, die als een doorgaande lijn op elkaar aansluiten."""),
          UL(["""Arrangementen op de eigen school: de school vraagt bij het Ondersteuningsloket een arrangement
              aan voor een individuele leerling of een groep, bijvoorbeeld een trajectvoorziening, begeleiding
              door een gedragsspecialist of een aangepast rooster.""",
              """Bovenschoolse voorzieningen: het OPDC De Overstap voor leerlingen die tijdelijk (maximaal een
              jaar) niet in een reguliere klas kunnen functioneren, de rebound-voorziening voor een time-out van
              zes tot twaalf weken, en de Nieuwkomersklas voor jongeren die net in Nederland zijn.""",
              """Voortgezet speciaal onderwijs: twee vso-scholen in de regio (cluster 3 en cluster 4) en,
              voor enkele leerlingen, vso-scholen buiten de regio."""]),
          P("""Het Ondersteuningsloket is de enige ingang voor scholen. Binnen tien werkdagen na een aanvraag
          spreekt een trajectbegeleider met school, leerling en ouders; het loket kiest daarna met de school de
          lichtste vorm die past. Onderwijs-zorgarrangementen worden samen met de jeugdhulpaanbieders van de drie
          gemeenten ingezet."""),
          H1("4. Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
          H2("4.1 Vso"),
          P("""Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt een
          toelaatbaarheidsverklaring aan bij de Commissie Toewijzing Dijkstreek (CTD). Bij de aanvraag horen het
          ontwikkelingsperspectiefplan, het verslag van het multidisciplinair overleg en de zienswijze van ouders
          en leerling. Twee deskundigen, een orthopedagoog of GZ-psycholoog en een tweede deskundige die bij de
          hulpvraag past, brengen ieder afzonderlijk schriftelijk advies uit. De CTD besluit binnen zes weken."""),
          P("""Een leerling is toelaatbaar tot het vso als (1) de school en het loket aantoonbaar passende
          arrangementen hebben ingezet of onderbouwd is waarom die niet toereikend zijn, (2) de leerling een
          onderwijsbehoefte heeft die een specialistische setting met kleine groepen en intensieve begeleiding
          gedurende de hele schooldag vraagt, en (3) beide deskundigen de toelaatbaarheid onderschrijven. Bij
          cluster 3 speelt daarnaast de ernst van de verstandelijke, lichamelijke of langdurig medische beperking
          een rol, bij cluster 4 de ernst van de gedrags- of psychiatrische problematiek."""),
          P("""Een verklaring geldt in de regel twee schooljaren; bij een zeer stabiele, blijvende
          ondersteuningsbehoefte kan de CTD tot het einde van de schoolloopbaan verklaren. De CTD kent een
          bekostigingscategorie laag, midden of hoog toe. Ouders die het niet eens zijn met een besluit, kunnen
          binnen zes weken bezwaar maken; de CTD legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie
          Toelaatbaarheidsverklaringen."""),
          H2("4.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("""Voor lwoo hanteert de Dijkstreek de landelijke criteria: een IQ tussen 75 en 90 met een
          leerachterstand van 25 tot 50 procent op ten minste twee domeinen (waarvan één begrijpend lezen of
          inzichtelijk rekenen), of een IQ tussen 91 en 120 met die achterstand en sociaal-emotionele
          problematiek. Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
          leerachterstand van ten minste 50 procent op twee domeinen. De VO-school dient de aanvraag in vóór
          1 april; het PO-onderzoek wordt meegestuurd. De CTD beslist vóór 15 mei, zodat leerlingen bij de start
          van het schooljaar weten waar zij staan."""),
          H1("5. Van vso terug naar het regulier vo"),
          P("""Het samenwerkingsverband wil dat jongeren die in het vso zitten, waar dat kan terugkeren naar een
          reguliere school in de regio, zodat zij een diploma kunnen halen op het niveau dat bij hen past. Een
          terugkeer is verantwoord als het ontwikkelingsperspectief dat laat zien, als de jongere en de ouders het
          willen en als de ontvangende school een passend arrangement kan bieden. Het samenwerkingsverband betaalt
          dat arrangement gedurende het eerste jaar volledig."""),
          P("""Ieder jaar vóór de kerstvakantie bespreekt de vso-school het ontwikkelingsperspectiefplan van
          leerlingen in het laatste jaar van hun verklaring. Komt terugkeer in beeld, dan meldt de vso-school de
          leerling uiterlijk 1 maart aan bij het loket, dat een reguliere school zoekt en een overdrachtsgesprek
          organiseert. De CTD stelt vast of de verklaring wordt beëindigd of verlengd. Na de overstap is er
          evaluatie na zes weken, drie maanden en een jaar; de ambulant begeleider van de vso-school blijft in
          die periode betrokken."""),
          H1("6. Thuiszitters en het dekkend netwerk"),
          P("""Ondanks alle inspanningen komt het voor dat een jongere geen passende plek heeft. Het
          samenwerkingsverband houdt daarom samen met de leerplichtambtenaren een thuiszittersregistratie bij,
          die iedere maand wordt geactualiseerd. Elke thuiszitter wordt binnen twee weken besproken in het
          Thuiszittersoverleg Dijkstreek. Daar zijn school, leerplicht, het loket en de jeugdhulp vertegenwoordigd;
          het overleg wijst een casusregisseur aan. Als scholen er samen niet uitkomen, neemt de directeur-bestuurder
          een bindend besluit over de school die de leerling een plek biedt (doorzettingsmacht)."""),
          P("""Twee keer per jaar analyseert het bureau welke vragen van scholen niet met het bestaande aanbod
          beantwoord konden worden. Die analyse van witte vlekken wordt met de besturen besproken en leidt zo nodig
          tot een nieuw arrangement of een aanpassing van een voorziening. Zo is in 2024 de rebound-voorziening
          uitgebreid met een groep voor leerlingen met langdurig schoolverzuim."""),
          H1("7. Financiën en meerjarenbegroting"),
          P("""Het financiële beleid van het samenwerkingsverband, met het verdeelmodel, de meerjarenbegroting en de
          afspraken over de inzet van middelen door de besturen, staat in het Financieel Kader Dijkstreek
          2025-2029. Dat kader is een zelfstandig document dat op de website van het samenwerkingsverband is te
          downloaden en dat jaarlijks wordt geactualiseerd."""),
          H1("8. Monitoring en verantwoording"),
          P("""Het samenwerkingsverband volgt de ondersteuning in de regio met een vaste set kengetallen: het
          aantal arrangementen per school, het aantal leerlingen in OPDC, rebound en vso, de doorlooptijd van
          aanvragen bij het loket, het aantal thuiszitters en vrijstellingen, het aantal terugplaatsingen en de
          tevredenheid van scholen, ouders en leerlingen. Elk kwartaal verzamelt het bureau deze gegevens uit de
          loketregistratie, de DUO-gegevens en de thuiszittersregistratie. In een kwartaalrapportage worden ze
          besproken met de directeuren; in het jaarverslag worden ze verantwoord aan de Raad van Toezicht en de
          OPR. Eens in de twee jaar laat het samenwerkingsverband een onafhankelijke tevredenheidsmeting
          uitvoeren."""),
          P("""Welke resultaten wij in deze planperiode precies nastreven, formuleren wij in het eerste jaar van
          de planperiode, als de nulmeting met de nieuwe kengetallen beschikbaar is."""),
          H1("9. Ouders en leerlingen"),
          P("""Ouders en leerlingen vinden op de website van het samenwerkingsverband een overzicht van alle
          voorzieningen, met per voorziening uitleg over de toegang. Iedere school bespreekt bij de intake met ouders
          welke ondersteuning de school biedt en verwijst naar dit overzicht. Er is een korte animatiefilm voor
          leerlingen over het loket, en de informatie is beschikbaar in het Nederlands, Engels, Pools en Arabisch.
          Een oudercontactpersoon van het bureau beantwoordt vragen per telefoon en mail."""),
          P("""Voor onafhankelijke ondersteuning kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt
          Dijkstreek, dat los van scholen en samenwerkingsverband werkt en door een onafhankelijke stichting wordt
          uitgevoerd. Daarnaast kunnen zij de landelijke Onderwijsconsulenten inschakelen. Bij een geschil over
          toelating, verwijdering of het ontwikkelingsperspectiefplan kunnen ouders zich wenden tot de
          Geschillencommissie passend onderwijs."""),
          ]
    b += filler_governance(c) + filler_mz(c) + filler_oogo(c) + filler_personeel(c)
    b += filler_prof(c) + filler_ict(c) + filler_planning(c)
    b += glossary([("Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat iedere VO-school biedt."),
                   ("CTD", "Commissie Toewijzing Dijkstreek."),
                   ("Lwoo", "Leerwegondersteunend onderwijs."),
                   ("Meerjarenbegroting", "Begroting voor vier jaar, onderdeel van het Financieel Kader."),
                   ("OPDC", "Orthopedagogisch-didactisch centrum."),
                   ("Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."),
                   ("Pro", "Praktijkonderwijs.")])
    lab = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="missing",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "TOC says '3. Basisondersteuning en arrangementen' but body ch. 3 is 'Extra ondersteuning en arrangementen' and never describes a basis level; only the glossary defines it.",
               "plaatsing": "Ch. 4: vso procedure (CTD, dossier, two deskundigen, 6 weeks), criteria (1)-(3) and cluster 3/4, duration/category, bezwaar via LBT; lwoo/pro criteria and dates in 4.2.",
               "terugstroom": "Ch. 5: policy/conditions and first-year funding; procedure with annual OPP review, 1 March aanmelding, CTD decision, evaluations.",
               "financien": "Ch. 7 'Financiën en meerjarenbegroting' only refers to a separate Financieel Kader on the website; nothing on verdeling or amounts in the document.",
               "dekkend-aanbod": "Ch. 3 (continuum: arrangementen, OPDC, rebound, vso, loket) and ch. 6 (thuiszittersregistratie, overleg, doorzettingsmacht, witte-vlekkenanalyse).",
               "resultaten": "Ch. 8 describes kengetallen, quarterly collection and jaarverslag (monitoring), but intended results are deferred to the first year after a nulmeting.",
               "ouders": "Ch. 9: website overview, intake, animation, translations, oudercontactpersoon; independent OJSP Dijkstreek, Onderwijsconsulenten, Geschillencommissie."})
    return "vo-dijkstreek-2025", c, b, lab


# ---------------------------------------------------------------------------
# Plan 5: canal towns, PO, .pdf  (P missing, D missing, R missing, T partial (beleid), F partial (verdeling))
# ---------------------------------------------------------------------------

def plan5():
    c = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Kanaalzone PO", kort="Kanaalzone PO",
             regio="Sluisdam en de dorpen langs het kanaal",
             missie="Goed onderwijs voor ieder kind, zo gewoon als het kan en zo speciaal als het moet.",
             besturen="8", scholen="44", gov_jaar="2021", rvt="vier", opr="acht",
             oogo_datum="18 februari 2025", gemeenten="Sluisdam en Terkanaal",
             buur="VO Kanaalzone (VO 29-94)", buur_datum="4 maart 2025", opr_datum="11 maart 2025",
             vast_datum="20 maart 2025", periode="2025-2026 tot en met 2028-2029",
             vestiging="Sluisdam, in het voormalige havenkantoor", fte="4,8",
             n_visie=3, n_gov=9, n_mz=10, n_pers=11, n_prof=12, n_ict=13, n_plan=14)
    b = [("title", "Ondersteuningsplan Kanaalzone PO 2025-2029"),
         ("subtitle", "Stichting Samenwerkingsverband Passend Onderwijs Kanaalzone PO (PO 29-90)"),
         ("toc", ["1. Voorwoord ........ 2", "2. Onze regio ........ 3", "3. Visie, missie en kernwaarden ........ 5",
                  "4. Wat elke school minimaal biedt ........ 7", "5. Toelaatbaarheid sbo en so ........ 9",
                  "6. Afloop van de toelaatbaarheidsverklaring ........ 10", "7. Financieel kader ........ 11",
                  "8. Resultaten ........ 13", "9. Organisatie en governance ........ 14",
                  "10. Medezeggenschap en totstandkoming ........ 16", "11. Personeel ........ 17",
                  "12. Kennisdeling ........ 18", "13. ICT en privacy ........ 19", "14. Planning ........ 20",
                  "15. Vragen van vaders en moeders ........ 21", "Bijlage A. Begrippen en afkortingen ........ 23",
                  "Bijlage 6. Reglement Toelaatbaarheid ........ 25"]),
         ("pagebreak", None),
         H1("1. Voorwoord"),
         P("""Langs het kanaal liggen zes dorpen en de stad Sluisdam. Wie er woont, weet dat het kanaal meer is
         dan water: het verbindt en het scheidt. De scheepswerven, de papierfabriek en de haven hebben de streek
         gevormd, en veel families wonen er al generaties. Tegelijkertijd zijn er nieuwe wijken gebouwd waar
         jonge gezinnen van buiten de regio zijn komen wonen. Onze scholen zien die verscheidenheid elke dag."""),
         P("""Met dit ondersteuningsplan zetten de acht schoolbesturen in de Kanaalzone een volgende stap. Het plan
         is bewust compact. Wij hebben ervoor gekozen om in dit plan de hoofdlijnen vast te leggen en de
         uitwerking zo veel mogelijk over te laten aan de jaarplannen en aan de afzonderlijke reglementen die het
         bestuur vaststelt. Daarmee houden wij het plan leesbaar en kunnen wij sneller bijsturen."""),
         P("""Ons uitgangspunt blijft dat geen kind in de Kanaalzone thuis komt te zitten en dat ieder kind een plek
         vindt die past. Dat vraagt om vertrouwen tussen besturen, scholen, ouders en gemeenten. Wij danken
         iedereen die aan dit plan heeft bijgedragen, in het bijzonder de leden van de OPR, die het concept
         tweemaal grondig hebben gelezen. — R. Dekker-Mol, directeur-bestuurder"""),
         H1("2. Onze regio"),
         P("""Het samenwerkingsverband omvat de gemeenten Sluisdam en Terkanaal. Er wonen ongeveer 96.000 mensen.
         In het gebied staan 42 basisscholen, één school voor speciaal basisonderwijs en één so-school met een
         afdeling voor cluster 3 en een afdeling voor cluster 4. Samen hebben de scholen ongeveer 8.900
         leerlingen. Het leerlingaantal blijft naar verwachting de komende jaren vrijwel gelijk: de daling in de
         dorpen wordt gecompenseerd door groei in de nieuwe wijk Havenkwartier."""),
         P("""Het gebied kent grote verschillen. In delen van Sluisdam groeit een op de vier kinderen op in een gezin
         met een laag inkomen, terwijl de dorpen aan de oostkant juist welvarend zijn. De leerresultaten op de
         eindtoets liggen voor de regio als geheel rond het landelijk gemiddelde, met een grote spreiding tussen
         scholen. Die spreiding is een punt van aandacht voor de besturen, die in hun eigen kwaliteitszorg
         werken aan de opbrengsten van hun scholen."""),
         P("""Er zijn acht schoolbesturen aangesloten: vier eenpitters, twee middelgrote besturen en twee grote
         besturen die ook buiten de regio scholen hebben. Vijf besturen zijn openbaar of algemeen bijzonder, drie
         zijn confessioneel. De besturen werken al sinds de jaren negentig samen, eerst in het kader van Weer
         Samen Naar School en sinds 2014 in het samenwerkingsverband passend onderwijs."""),
         ]
    b += filler_visie(c)
    b += filler_terugblik(c, "3a")
    b += [H1("4. Wat elke school minimaal biedt"),
          P("""Iedere basisschool in de Kanaalzone, op iedere locatie, biedt een gezamenlijk afgesproken minimum aan
          ondersteuning. Dat minimum noemen wij de basisondersteuning. Het is voor alle 42 scholen hetzelfde en
          het is niet afhankelijk van de grootte van de school of het bestuur. Een kind hoeft er niets voor aan
          te vragen: het is er gewoon."""),
          P("""Concreet betekent dit dat een vader of moeder op iedere school in de Kanaalzone het volgende mag
          verwachten:"""),
          UL(["een intern begeleider die de ondersteuning in de school coördineert en die leraren en ouders kunnen aanspreken;",
              "vroegtijdige signalering van lees-, spellings- en rekenproblemen en extra instructie in een kleine groep;",
              "een dyslexieprotocol volgens de landelijke richtlijn, tot en met de doorverwijzing voor onderzoek;",
              "een programma voor sociale veiligheid en een aanpak tegen pesten;",
              "aanpassingen in de groep voor kinderen met een lichamelijke beperking of een medische aandoening, voor zover het gebouw dat toelaat;",
              "verrijkingsstof voor kinderen die meer aankunnen;",
              "een ondersteuningsoverleg waarin de school samen met ouders, schoolmaatschappelijk werk en jeugdverpleegkundige een kind kan bespreken;",
              "een ontwikkelingsperspectief wanneer een kind een eigen leerlijn volgt, dat ten minste eenmaal per jaar met ouders wordt besproken."]),
          P("""Het samenwerkingsverband gaat eens per jaar met iedere directeur in gesprek over de vraag of de school
          dit minimum waarmaakt. Lukt dat niet, dan spreekt de directeur-bestuurder het schoolbestuur aan."""),
          H1("5. Toelaatbaarheid sbo en so"),
          P("""Voor de procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het
          speciaal onderwijs verwijzen wij naar het Reglement Toelaatbaarheid Kanaalzone (bijlage 6 bij dit
          plan)."""),
          H1("6. Afloop van de toelaatbaarheidsverklaring"),
          P("""Wanneer een verklaring afloopt, wordt steeds bekeken of het kind terug kan naar een basisschool. Dat
          gaat in de volgende stappen. In oktober van het laatste schooljaar waarvoor de verklaring geldt,
          bespreekt de sbo- of so-school het ontwikkelingsperspectief met de consulent van het
          samenwerkingsverband en met de ouders. In januari brengt de school een schriftelijk advies uit: terugkeer
          naar een basisschool, of voortzetting in het sbo of so. In maart neemt de directeur-bestuurder, na
          advies van de orthopedagoog van het samenwerkingsverband, een besluit. Bij terugkeer zoekt de consulent
          samen met ouders een basisschool; de sbo- of so-school draagt het dossier vóór 1 juni warm over. In
          oktober van het volgende schooljaar evalueren de basisschool, de ouders en de consulent de overstap. Voor
          een verlenging geldt het reglement in bijlage 6."""),
          P("""Welke uitgangspunten het samenwerkingsverband bij terugkeer hanteert, onder welke voorwaarden een
          terugkeer verantwoord is en welke steun een basisschool daarna krijgt, leggen de besturen vast in een
          beleidsnotitie die in het schooljaar 2026-2027 aan de OPR wordt voorgelegd."""),
          H1("7. Financieel kader"),
          P("""De ondersteuningsmiddelen van de Kanaalzone bestaan uit de rijksbekostiging voor lichte en zware
          ondersteuning. Het huidige verdeelmodel wordt herijkt: de besturen hebben afgesproken dat de nieuwe
          verdeelsleutel na besluitvorming in het algemeen bestuur in het najaar van 2025 wordt vastgesteld en
          daarna als wijziging van dit plan aan de OPR wordt voorgelegd."""),
          P("""De meerjarenbegroting hieronder laat zien waaraan de middelen in de planperiode worden besteed."""),
          TB([["Meerjarenbegroting (bedragen in euro)", "2025", "2026", "2027", "2028"],
              ["Baten: ondersteuningsbekostiging Rijk", "8.840.000", "8.860.000", "8.870.000", "8.870.000"],
              ["Afdrachten so (DUO)", "3.120.000", "3.150.000", "3.170.000", "3.190.000"],
              ["Overdracht sbo (groeiregeling en 2%)", "1.480.000", "1.480.000", "1.480.000", "1.480.000"],
              ["Schoolbudgetten besturen", "2.650.000", "2.650.000", "2.650.000", "2.650.000"],
              ["Arrangementen en ambulante begeleiding", "910.000", "930.000", "940.000", "940.000"],
              ["Bestuursbureau en medezeggenschap", "590.000", "600.000", "610.000", "620.000"],
              ["Saldo", "90.000", "50.000", "20.000", "-10.000"]]),
          P("""De reserve van het samenwerkingsverband bedroeg op 31 december 2024 € 1,9 miljoen. Dat is boven de
          signaleringswaarde; het bestuur bouwt de reserve in de planperiode af door de schoolbudgetten niet te
          verlagen bij dalende baten."""),
          H1("8. Resultaten"),
          P("""Passend onderwijs moet iets opleveren voor kinderen. Wij werken resultaatgericht en willen
          transparant zijn over wat wij doen. De beoogde resultaten voor deze planperiode en de wijze waarop
          wij die gaan volgen, leggen wij vast in het eerste jaarplan onder dit ondersteuningsplan, voor het
          schooljaar 2025-2026."""),
          ]
    b += filler_governance(c) + filler_mz(c) + filler_personeel(c)
    b += filler_prof(c) + filler_ict(c) + filler_planning(c)
    b += [H1("15. Vragen van vaders en moeders"),
          H2("Waar lees ik wat de scholen bieden?"),
          P("""Op de ouderpagina van de website van Kanaalzone PO staat per school een overzicht van de
          ondersteuning die de school biedt, met een link naar de schoolgids. Iedere school legt de folder
          'Extra hulp op school' neer bij de aanmelding; de folder is er in het Nederlands, Engels, Turks en
          Pools. Eén keer per jaar, in november, organiseert het samenwerkingsverband een ouderavond in Sluisdam
          en één in Terkanaal over de ondersteuningsmogelijkheden in de regio."""),
          H2("Bij wie kan ik terecht als ik het er niet mee eens ben?"),
          P("""Praat eerst met de leerkracht, de intern begeleider of de directeur. Lukt dat niet, dan kunt u
          terecht bij het Steunpunt Ouders Kanaalzone. Dit steunpunt is onafhankelijk van de scholen en van het
          samenwerkingsverband en helpt u gratis met advies, een gesprek of een bemiddelaar. U kunt ook contact
          opnemen met de landelijke Onderwijsconsulenten. Voor klachten over het samenwerkingsverband zelf is er een
          klachtenregeling; het samenwerkingsverband is aangesloten bij de landelijke klachtencommissie van
          Onderwijsgeschillen."""),
          H2("Hoe word ik betrokken?"),
          P("""U bent als ouder de eerste deskundige van uw kind. Scholen nodigen u uit bij ieder
          ondersteuningsoverleg over uw kind en bespreken het ontwikkelingsperspectief met u. Via de
          medezeggenschapsraad van de school kunt u meepraten over het beleid."""),
          ]
    b += glossary([("Arrangement", "Extra ondersteuning voor een kind of groep, toegekend door het samenwerkingsverband."),
                   ("Dekkend aanbod", "Het samenhangende geheel van ondersteuningsvoorzieningen binnen en tussen scholen."),
                   ("Sbo", "Speciaal basisonderwijs."),
                   ("So", "Speciaal onderwijs."),
                   ("TLV", "Toelaatbaarheidsverklaring; geeft toegang tot sbo of so, voor een bepaalde periode en categorie."),
                   ("Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."),
                   ("Thuiszitter", "Leerplichtig kind dat zonder vrijstelling niet naar school gaat.")])
    lab = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="partial",
                      **{"dekkend-aanbod": "missing"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "financien": ["reserves"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 'Wat elke school minimaal biedt' (no 'basis' heading word): same minimum on every location, bullet list of concrete provisions, yearly check.",
               "plaatsing": "Ch. 5 only refers to 'bijlage 6 Reglement Toelaatbaarheid', which is listed in the TOC but not included; TLV/bezwaar only in the glossary.",
               "terugstroom": "Ch. 6 gives steps (oct/jan/maart/1 juni/oct), initiator and decider; aims, conditions and support after return are deferred to a 2026-2027 beleidsnotitie.",
               "financien": "Ch. 7 has a 2025-2028 meerjarenbegroting with amounts and reserves, but the verdeelmodel is 'being re-calibrated' and the new key is still to be adopted.",
               "dekkend-aanbod": "No description of provisions beyond the school minimum and no gap/thuiszitters handling; only an aspirational 'geen kind thuis' in the voorwoord, a budget line and the glossary; OOGO mentioned only as adoption step.",
               "resultaten": "Ch. 8 'Resultaten' defers goals and monitoring to the first jaarplan; 'eindtoets/opbrengsten' in ch. 2 concern school quality (near-miss).",
               "ouders": "Ch. 15 'Vragen van vaders en moeders' (FAQ): ouderpagina, folder in 4 languages, ouderavond; independent Steunpunt Ouders Kanaalzone, Onderwijsconsulenten, klachtenregeling."})
    return "po-kanaalzone-2025", c, b, lab


# ---------------------------------------------------------------------------
# Document 6: near-miss — a school's own "ondersteuningsplan" (not an SWV plan), .md
# ---------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("subtitle", "Kindcentrum De Regenboog, Sluisdam — onderdeel van Stichting Openbaar Onderwijs Kanaalzone"),
         H1("1. Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe Kindcentrum De Regenboog de ondersteuning aan leerlingen
         organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de medezeggenschapsraad en
         ouders. Het is afgeleid van het schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van
         het samenwerkingsverband Kanaalzone PO, waarbij onze school is aangesloten. De Regenboog telt 312
         leerlingen in veertien groepen en heeft een peutergroep in hetzelfde gebouw."""),
         P("""Het plan wordt ieder jaar in juni door de intern begeleider en de directeur geactualiseerd en met het
         team besproken. De medezeggenschapsraad ontvangt het plan ter informatie."""),
         H1("2. Basisondersteuning op De Regenboog"),
         P("""De Regenboog biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Op onze
         school betekent dat onder meer: twee intern begeleiders (samen 0,8 fte), een leesspecialist en een
         rekenspecialist, een gedragsspecialist die één dag per week beschikbaar is, het dyslexieprotocol, de
         Kanjertraining in alle groepen en een plusgroep voor kinderen uit groep 5 tot en met 8 die meer aankunnen.
         Wij werken handelingsgericht en planmatig."""),
         H1("3. Zorgniveaus"),
         P("""Wij werken met vijf zorgniveaus. Niveau 1 is goed lesgeven in de groep voor alle kinderen. Niveau 2
         is extra instructie en begeleiding in de groep door de leerkracht. Niveau 3 is specifieke ondersteuning
         na bespreking met de intern begeleider, bijvoorbeeld in een kleine groep. Niveau 4 is ondersteuning met
         inzet van externe deskundigen of een arrangement van het samenwerkingsverband. Niveau 5 is verwijzing naar
         het speciaal basisonderwijs of speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring van het
         samenwerkingsverband nodig is."""),
         H1("4. Groepsbesprekingen en leerlingbesprekingen"),
         P("""Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider met iedere leerkracht
         een groepsbespreking. Daarin komen de resultaten van de methodetoetsen en de toetsen van het
         leerlingvolgsysteem aan de orde, de onderwijsbehoeften van de groep en de kinderen die extra aandacht
         nodig hebben. Kinderen over wie zorgen bestaan, worden in een leerlingbespreking besproken. Ouders worden
         altijd geïnformeerd voordat hun kind in een leerlingbespreking aan de orde komt."""),
         P("""Het ondersteuningsteam van de school komt vier keer per jaar bijeen: intern begeleiders, directeur,
         schoolmaatschappelijk werker, jeugdverpleegkundige en de consulent van het samenwerkingsverband. Ouders
         worden uitgenodigd wanneer hun kind wordt besproken."""),
         H1("5. Arrangementen en toelaatbaarheid"),
         P("""Wanneer de ondersteuning op niveau 3 onvoldoende is, vraagt de school via het digitale portaal een
         arrangement aan bij het samenwerkingsverband. Wanneer ook dat niet toereikend is, kan het schoolbestuur een
         toelaatbaarheidsverklaring aanvragen voor het sbo of so. De intern begeleider stelt daarvoor het
         groeidocument op; ouders geven hun zienswijze. De procedure en de criteria zijn die van het
         samenwerkingsverband. In het schooljaar 2024-2025 zijn voor twee leerlingen van De Regenboog een
         toelaatbaarheidsverklaring aangevraagd."""),
         P("""Kinderen die vanuit het sbo of so terugkeren naar De Regenboog, krijgen een eigen mentor in de groep
         en een startgesprek met ouders. In 2024-2025 is één leerling teruggeplaatst."""),
         H1("6. Ontwikkelingsperspectief"),
         P("""Voor kinderen die op een of meer vakken een eigen leerlijn volgen, stelt de school een
         ontwikkelingsperspectief op. Het OPP wordt twee keer per jaar met ouders besproken en ondertekend voor
         het handelingsdeel. Vanaf groep 6 wordt ook het kind gevraagd naar zijn of haar mening."""),
         H1("7. Middelen"),
         P("""De school ontvangt van het bestuur een deel van het schoolbudget dat het samenwerkingsverband aan het
         bestuur toekent. Voor 2025-2026 gaat het om ongeveer € 48.000. Dat geld wordt besteed aan de inzet van de
         gedragsspecialist (€ 21.000), de leesspecialist en rekenspecialist (€ 19.000) en materialen en scholing
         (€ 8.000)."""),
         H1("8. Ouders"),
         P("""Ouders zijn partners. Zij worden betrokken bij iedere stap in de ondersteuning van hun kind. In de
         schoolgids staat hoe de ondersteuning op De Regenboog is georganiseerd. Voor onafhankelijk advies kunnen
         ouders terecht bij het Steunpunt Ouders Kanaalzone of bij de Onderwijsconsulenten. Klachten worden
         behandeld volgens de klachtenregeling van het bestuur."""),
         H1("9. Resultaten en evaluatie"),
         P("""Doelen voor 2025-2026: alle groepsplannen zijn in oktober op orde; het percentage leerlingen met een
         ontwikkelingsperspectief blijft onder 6 procent; de tevredenheid van ouders over de ondersteuning is ten
         minste een 7,5. In juni evalueren het team en de intern begeleiders de ondersteuning; de uitkomsten worden
         opgenomen in het jaarverslag van de school."""),
         H1("10. Jaarplanning ondersteuning"),
         TB([["Maand", "Activiteit"],
             ["september", "startgesprekken met ouders, overdracht groepen"],
             ["oktober", "groepsbesprekingen ronde 1, ondersteuningsteam"],
             ["januari", "midden-toetsen leerlingvolgsysteem"],
             ["februari", "groepsbesprekingen ronde 2, OPP-gesprekken"],
             ["april", "ondersteuningsteam, voorbereiding aanvragen"],
             ["juni", "groepsbesprekingen ronde 3, evaluatie, actualisatie van dit plan"]]),
         ]
    lab = dict(sector="po", looks_like_plan=False,
               note="School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, one school's budget) that refers to the SWV's plan; it is not an ondersteuningsplan of a samenwerkingsverband (no OPR/OOGO, no verband-wide policy).")
    return "nearmiss-schoolplan-regenboog", b, lab


# ---------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  f"  document: {q(lab['note'])}"]
    else:
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if lab['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if lab["advisory"].get(e):
                lines.append(f"  {e}: [{', '.join(lab['advisory'][e])}]")
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append(f"  {e}: {q(lab['notes'][e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_status(lab):
    """Status must follow the Part A rule from the core criteria."""
    for e in ELEMENTS:
        vals = [lab["criteria"][k] for k in CORE if k.startswith(e + ".")]
        st = lab["elements"][e]
        if all(vals):
            assert st == "present", (e, st)
        elif any(vals) or lab["advisory"].get(e):
            assert st == "partial", (e, st)
        else:
            assert st in ("missing", "partial"), (e, st)


def main():
    tmp = Path(tempfile.mkdtemp(prefix="holdout220_gen_"))
    try:
        plans = [(plan1, ["docx"]), (plan2, ["pdf"]), (plan3, ["docx", "pdf"]), (plan4, ["html"]), (plan5, ["pdf"])]
        for fn, fmts in plans:
            name, c, blocks, lab = fn()
            check_status(lab)
            wc = word_count(blocks)
            assert wc >= 3000, (name, wc)
            header = f"{c['kort']} | Ondersteuningsplan {c['periode'].split(' ')[0][:4]}-2029"
            docs = []
            if "docx" in fmts or "pdf" in fmts:
                dpath = (OUT if "docx" in fmts else tmp) / f"{name}.docx"
                to_docx(blocks, dpath, header)
                if "docx" in fmts:
                    docs.append(dpath.name)
                if "pdf" in fmts:
                    docx_to_pdf(dpath, OUT / f"{name}.pdf", tmp)
                    docs.append(f"{name}.pdf")
            if "html" in fmts:
                to_html(blocks, OUT / f"{name}.html", f"Ondersteuningsplan {c['kort']} 2025-2029")
                docs.append(f"{name}.html")
            write_label(OUT / f"{name}.expected.yaml", docs, lab)
            print(f"{name}: {wc} words -> {', '.join(docs)}")
        name, blocks, lab = nearmiss()
        to_md(blocks, OUT / f"{name}.md")
        write_label(OUT / f"{name}.expected.yaml", [f"{name}.md"], lab)
        print(f"{name}: {word_count(blocks)} words -> {name}.md")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
