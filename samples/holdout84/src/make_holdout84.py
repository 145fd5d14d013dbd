#!/usr/bin/env python3
"""Generate the holdout84 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss
document (a school-level ondersteuningsplan of a basisschool).

Deterministic, no network. Output goes to the folder above this script.
Formats: .docx (python-docx), .pdf (rendered from a temporary .docx with
LibreOffice `soffice --headless --convert-to pdf`) and .html.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# tiny document model: a list of blocks
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [[cells], ...]) first row = header ("toc", [lines]) ("pb", None)
# ---------------------------------------------------------------------------
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", " ".join(t.split()))
def UL(*items): return ("ul", [" ".join(i.split()) for i in items])
def TABLE(rows): return ("table", rows)
def TITLE(t): return ("title", t)
def PB(): return ("pb", None)


def toc_from(blocks, title="Inhoudsopgave"):
    lines = []
    page = 3
    for kind, val in blocks:
        if kind == "h1":
            lines.append(f"{val} .......... {page}")
            page += 2
        elif kind == "h2":
            lines.append(f"    {val} .......... {page}")
    return [H1(title), ("toc", lines), PB()]


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
            doc.add_heading(val, level=0)
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
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def write_pdf(blocks, path, header_text, footer_text):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(td) / (path.stem + ".pdf"), path)


def write_html(blocks, path, site_name, nav_items, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(site_name)}</title>", "</head>", "<body>",
           f'<header><div class="site">{e(site_name)}</div><nav><ul>']
    for it in nav_items:
        out.append(f"<li><a href=\"#\">{e(it)}</a></li>")
    out.append("</ul></nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append("<ol class=\"toc\">" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    out.append(f"<footer><p>{e(footer_text)}</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# shared filler that real plans contain; written so that it addresses none of
# the seven elements (only passing mentions of the vocabulary)
# ---------------------------------------------------------------------------
def voorwoord(c):
    return [
        H1(("1 " if c.get("numbered", True) else "") + "Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Met dit plan leggen de
        aangesloten schoolbesturen vast hoe zij de komende vier schooljaren gezamenlijk invulling geven aan
        de opdracht die de wetgever in 2014 aan de samenwerkingsverbanden heeft meegegeven. Het plan is het
        resultaat van een traject van ruim een jaar, waarin schoolleiders, intern begeleiders, leerkrachten,
        medewerkers van het samenwerkingsverband, vertegenwoordigers van gemeenten en ketenpartners en
        natuurlijk ook ouders op verschillende momenten hebben meegedacht in werksessies, bijeenkomsten en
        gesprekken aan de keukentafel van de scholen."""),
        P(f"""De afgelopen planperiode stond in het teken van bouwen en verbinden. Veel van wat in het vorige
        plan als voornemen was opgeschreven, is inmiddels gewoon geworden in de praktijk van de scholen.
        Tegelijk hebben de coronaperiode, het lerarentekort en de toegenomen complexiteit van de vragen van
        kinderen en gezinnen ons geleerd dat passend onderwijs geen eindpunt kent. Wij zijn trots op de
        resultaten die de scholen onder vaak lastige omstandigheden hebben geboekt, en wij zijn ons er
        tegelijk van bewust dat nog niet ieder kind de plek heeft die het verdient."""),
        P(f"""Dit plan is geen boekwerk dat in de kast verdwijnt. Het vormt het kader voor de jaarplannen
        en jaarbegrotingen van het samenwerkingsverband en voor de gesprekken die wij met de schoolbesturen,
        de ondersteuningsplanraad en de gemeenten voeren. Waar dit plan richting geeft, worden de concrete
        activiteiten per jaar uitgewerkt. Wij nodigen iedereen die bij het onderwijs aan kinderen in
        {c['region']} betrokken is van harte uit om met ons in gesprek te blijven over de uitvoering."""),
        P(f"""Namens het bestuur,<br>{c['chair']}, voorzitter algemeen bestuur<br>{c['director']},
        directeur-bestuurder""".replace("<br>", " ")),
    ]


def leeswijzer(c, chapters):
    lines = [H1(("2 " if c.get("numbered", True) else "") + "Inleiding en leeswijzer"),
             P(f"""Dit ondersteuningsplan beschrijft het beleid van {c['name']} ({c['code']}) voor de
             periode van 1 augustus {c['start']} tot en met 31 juli {c['start'] + 4}. Het plan is
             opgesteld op grond van artikel {c['article']} en bevat de onderdelen die de wet
             voorschrijft. Daarnaast bevat het plan onderwerpen die de besturen, de
             ondersteuningsplanraad en de gemeenten van belang achten voor een goed begrip van de
             werkwijze van het samenwerkingsverband."""),
             P("""Om het plan leesbaar te houden, verwijzen de hoofdstukken regelmatig naar elkaar. Waar
             een onderwerp in meer hoofdstukken aan de orde komt, is de inhoud op één plaats beschreven en
             wordt elders verwezen. De opbouw is als volgt."""),
             UL(*chapters),
             P("""Achter in dit plan is een begrippenlijst opgenomen. Afkortingen worden bij het eerste
             gebruik voluit geschreven. Waar in dit plan wordt gesproken over 'scholen' worden, tenzij
             anders vermeld, de vestigingen van de aangesloten scholen bedoeld. Waar wordt gesproken over
             'ouders' worden ook verzorgers en wettelijk vertegenwoordigers bedoeld.""")]
    return lines


def governance(c, parents_in_opr=True):
    opr = (f"""De ondersteuningsplanraad (OPR) telt {c['opr_size']} leden. De helft van de leden is
           ouder van een leerling op een van de aangesloten scholen, de andere helft is lid van het
           personeel. De leden worden afgevaardigd door de medezeggenschapsraden van de scholen en
           vertegenwoordigen de achterban van ouders en medewerkers."""
           if parents_in_opr else
           f"""De ondersteuningsplanraad (OPR) telt {c['opr_size']} leden, die worden afgevaardigd
           door de medezeggenschapsraden van de aangesloten scholen volgens de verdeling die in het
           medezeggenschapsreglement is vastgelegd.""")
    return [
        H2("Rechtsvorm en bestuur"),
        P(f"""{c['name']} is een {c['legal']} waarin {c['boards']} schoolbesturen samenwerken. Het
        samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht volgens het
        two-tier-model. De dagelijkse leiding en het bestuur berusten bij de directeur-bestuurder. Het
        toezicht wordt uitgeoefend door {c['toezicht']}, samengesteld uit bestuurders van de aangesloten
        schoolbesturen aangevuld met twee onafhankelijke leden. De statuten, het bestuursreglement en het
        toezichtskader liggen ter inzage op het bureau en zijn aan de leden toegezonden."""),
        P("""De directeur-bestuurder legt periodiek verantwoording af aan de toezichthouders over de
        uitvoering van het beleid, de bedrijfsvoering en de naleving van wet- en regelgeving. Daarnaast
        vindt viermaal per jaar een besturenoverleg plaats waarin de bestuurders van de aangesloten
        schoolbesturen met de directeur-bestuurder de voortgang bespreken en adviseren over voorgenomen
        besluiten. De statuten bevatten een regeling voor de beslechting van geschillen tussen de
        aangesloten besturen, zoals de wet voorschrijft."""),
        H2("Medezeggenschap"),
        P(opr),
        P("""De OPR heeft instemmingsrecht op de vaststelling en op elke wijziging van het
        ondersteuningsplan. De raad vergadert ten minste zes keer per jaar en ontvangt daarnaast
        jaarlijks het jaarplan, de jaarbegroting en het jaarverslag ter informatie. De directeur-bestuurder
        is op uitnodiging aanwezig. Het samenwerkingsverband faciliteert de raad met ondersteuning door
        een ambtelijk secretaris en een scholingsbudget. Daarnaast heeft het samenwerkingsverband als
        werkgever een eigen medezeggenschapsraad voor het personeel van het bureau."""),
        H2("Het bureau"),
        P(f"""Het bureau van het samenwerkingsverband is gevestigd in {c['city']}. Op het bureau werken
        medewerkers voor de secretariële ondersteuning, de financiële administratie, de beleidsondersteuning
        en de uitvoering van de wettelijke taken. De formatie bedraagt {c['fte']} fte. Het bureau is op
        werkdagen telefonisch bereikbaar tussen 8.30 en 16.30 uur."""),
    ]


def personeel_ict(c):
    return [
        H2("Personeel en professionalisering"),
        P(f"""De kwaliteit van passend onderwijs staat of valt met de deskundigheid en de inzet van de
        mensen die het werk doen. Het samenwerkingsverband werkt daarom aan een professionele cultuur
        waarin kennis wordt gedeeld tussen scholen en tussen besturen. Jaarlijks organiseren wij een
        netwerkbijeenkomst voor intern begeleiders en een studiedag voor schoolleiders. Het
        scholingsaanbod wordt afgestemd met de besturen, die als werkgever verantwoordelijk blijven voor
        het personeelsbeleid op de scholen. Het samenwerkingsverband zelf heeft geen leraren in dienst."""),
        P("""Het lerarentekort raakt ook het werk van het samenwerkingsverband. In klassen met
        onbevoegde of wisselende leerkrachten komt de ondersteuning aan kinderen onder druk te staan. Wij
        delen met de besturen de zorg over de gevolgen daarvan en bespreken in het besturenoverleg welke
        maatregelen bovenschools kunnen worden genomen. Een concrete uitwerking ligt bij de besturen, die
        daarvoor eigen strategisch personeelsbeleid voeren."""),
        P(f"""Voor de eigen medewerkers van het bureau geldt de {c.get('cao', 'cao primair onderwijs')}. Met elke medewerker
        wordt jaarlijks een gesprekkencyclus doorlopen. Het samenwerkingsverband hecht aan duurzame
        inzetbaarheid en biedt ruimte voor scholing en intervisie."""),
        H2("ICT en informatievoorziening"),
        P("""Het samenwerkingsverband gebruikt een beveiligde digitale omgeving voor het indienen en
        behandelen van aanvragen. De scholen hebben via een persoonlijk account toegang tot deze omgeving.
        Documenten worden niet per e-mail verstuurd. De applicatie voldoet aan de eisen van de Algemene
        verordening gegevensbescherming (AVG) en wordt jaarlijks getoetst door een externe partij."""),
        P(f"""Persoonsgegevens van leerlingen worden alleen verwerkt voor zover dat noodzakelijk is voor de
        uitvoering van de wettelijke taken van het samenwerkingsverband. Gegevens worden bewaard tot
        drie jaar na het besluit waarop zij betrekking hebben. Het samenwerkingsverband heeft een
        functionaris gegevensbescherming aangesteld, die wordt gedeeld met {c['fg_partner']}. Het
        privacyreglement is vastgesteld door het bestuur na instemming van de OPR."""),
    ]


def vaststelling(c):
    return [
        P(f"""Het ontwerp van dit ondersteuningsplan is op {c['oogo_date']} besproken in het op
        overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van de
        gemeenten {c['gemeenten']}. Het verslag van dit overleg is bij het bestuur beschikbaar. Op
        {c['vo_overleg']} heeft overleg plaatsgevonden met {c['other_swv']}, waarvan het werkgebied
        overlapt met dat van ons samenwerkingsverband."""),
        P(f"""De ondersteuningsplanraad heeft op {c['opr_date']} ingestemd met dit plan. Het bestuur heeft het
        plan vastgesteld op {c['vast_date']}. Het plan is vóór 1 mei {c['start']} via het Internet
        Schooldossier toegezonden aan de Inspectie van het Onderwijs. Wijzigingen gedurende de
        planperiode worden ter instemming aan de OPR voorgelegd en opnieuw met de gemeenten besproken
        wanneer zij de onderwerpen van het OOGO raken."""),
        TABLE([["Stap", "Datum"],
               ["Eerste concept besproken in besturenoverleg", c['concept_date']],
               ["OOGO met gemeenten", c['oogo_date']],
               ["Overleg met " + c['other_swv'], c['vo_overleg']],
               ["Instemming OPR", c['opr_date']],
               ["Vaststelling door het bestuur", c['vast_date']],
               ["Toezending aan de Inspectie", c['insp_date']]]),
    ]


def glossary(entries):
    blocks = [H1("Bijlage 1 Begrippenlijst en afkortingen")]
    rows = [["Begrip / afkorting", "Omschrijving"]] + [list(e) for e in entries]
    blocks.append(TABLE(rows))
    return blocks


GLOSSARY_COMMON = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school binnen het "
     "samenwerkingsverband biedt; zie het betreffende hoofdstuk."),
    ("Bekostigingscategorie", "Categorie laag, midden of hoog die op een TLV voor het so wordt vermeld."),
    ("DUO", "Dienst Uitvoering Onderwijs."),
    ("Dekkend aanbod", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is."),
    ("IB'er", "Intern begeleider."),
    ("Meerjarenbegroting", "Begroting van het samenwerkingsverband over meerdere jaren."),
    ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over "
     "passend onderwijs."),
    ("Onderwijsconsulent", "Onafhankelijk adviseur die ouders kosteloos bijstaat bij vastgelopen situaties."),
    ("SOP", "Schoolondersteuningsprofiel."),
    ("Terugplaatsing", "Het teruggaan van een leerling van het speciaal (basis)onderwijs naar het "
     "reguliere onderwijs."),
    ("Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."),
    ("TLV", "Toelaatbaarheidsverklaring."),
    ("Verdeelmodel", "De systematiek waarmee de ondersteuningsmiddelen worden verdeeld."),
]


# ===========================================================================
# Plan A  -  SWV PO De Brede Waard (docx)
# ===========================================================================
def plan_a():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Brede Waard", short="De Brede Waard",
             code="PO 27-41", period="2025-2029", start=2025, article="18a, achtste lid, van de Wet op het primair onderwijs",
             region="de gemeenten Zaltweide, Heukelom en Ammerswaard", chair="mr. J.H. Verbeek",
             director="drs. A.M. de Ruiter", legal="stichting", boards="negen", toezicht="de raad van toezicht",
             opr_size=12, city="Zaltweide", fte="9,4", fg_partner="twee andere samenwerkingsverbanden in de regio",
             oogo_date="4 februari 2025", gemeenten="Zaltweide, Heukelom en Ammerswaard",
             vo_overleg="11 februari 2025", other_swv="het samenwerkingsverband VO Waardenland",
             opr_date="18 maart 2025", vast_date="25 maart 2025", concept_date="12 november 2024",
             insp_date="10 april 2025")
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, [
        "Hoofdstuk 3 schetst de regio en enkele kengetallen.",
        "Hoofdstuk 4 beschrijft missie, visie en uitgangspunten.",
        "Hoofdstuk 5 beschrijft de basisondersteuning die elke school biedt.",
        "Hoofdstuk 6 beschrijft het ondersteuningscontinuüm, de ondersteuningsroute en de wijze waarop wij een dekkend netwerk realiseren.",
        "Hoofdstuk 7 gaat over toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs.",
        "Hoofdstuk 8 gaat over kwaliteit en resultaten.",
        "Hoofdstuk 9 beschrijft hoe wij ouders betrekken en informeren.",
        "Hoofdstuk 10 gaat over de samenwerking met gemeenten en jeugdhulp.",
        "Hoofdstuk 11 beschrijft organisatie, governance en medezeggenschap.",
        "Hoofdstuk 12 beschrijft geld en middelen.",
        "Hoofdstuk 13 gaat over personeel, ICT en privacy; hoofdstuk 14 over planning en vaststelling.",
    ])
    body += [
        H1("3 De regio in beeld"),
        P("""Het werkgebied van De Brede Waard omvat de gemeenten Zaltweide, Heukelom en Ammerswaard. Het
        gebied kent een stedelijke kern in Zaltweide en een groot landelijk gebied met veel kleine kernen
        langs de rivier. In het werkgebied staan op de teldatum 1 oktober 2024 in totaal 54 vestigingen van
        basisscholen, twee scholen voor speciaal basisonderwijs (De Meander in Zaltweide en Het Palet in
        Heukelom) en drie locaties voor speciaal onderwijs in cluster 3 en 4. De scholen vallen onder negen
        schoolbesturen met uiteenlopende denominaties en omvang."""),
        P("""Het aantal leerlingen in het basisonderwijs bedraagt op dezelfde teldatum 13.870. Volgens de
        prognoses van de gemeenten neemt dit aantal in de planperiode licht af in de kleine kernen en licht
        toe in de nieuwbouwwijken van Zaltweide. Het aantal kleine scholen met minder dan honderd leerlingen
        bedraagt achttien; voor deze scholen is de organisatie van ondersteuning een bijzonder aandachtspunt,
        waarop wij in hoofdstuk 6 en hoofdstuk 12 terugkomen."""),
        TABLE([["Gemeente", "Vestigingen bao", "Leerlingen bao (1-10-2024)"],
               ["Zaltweide", "25", "7.410"], ["Heukelom", "16", "3.820"], ["Ammerswaard", "13", "2.640"],
               ["Totaal", "54", "13.870"]]),
        P("""Het werkgebied overlapt grotendeels met dat van het samenwerkingsverband VO Waardenland. Met
        dat samenwerkingsverband zijn afspraken gemaakt over de overstap van groep 8 naar het voortgezet
        onderwijs, die in het gezamenlijke overstapprotocol zijn vastgelegd."""),

        H1("4 Missie, visie en uitgangspunten"),
        P("""De Brede Waard is er voor alle kinderen in de regio. Onze missie luidt: samen zorgen wij ervoor
        dat ieder kind zich kan ontwikkelen op een school die bij hem of haar past, zo dicht mogelijk bij
        huis. Die missie vraagt om scholen die zich eigenaar voelen van de ontwikkeling van ieder kind, om
        besturen die elkaar aanspreken en om een samenwerkingsverband dat faciliteert, verbindt en waar
        nodig doorzet."""),
        P("""Onze visie rust op vier uitgangspunten. Ten eerste: uitgaan van mogelijkheden. Wij kijken naar
        wat een kind nodig heeft en niet naar een etiket. Ten tweede: de leerkracht doet ertoe. Ondersteuning
        vindt zoveel mogelijk plaats in de klas, door de leerkracht, die daarbij zelf ondersteund wordt.
        Ten derde: één kind, één plan. Onderwijs en jeugdhulp werken vanuit een gezamenlijk plan rond het
        kind en het gezin. Ten vierde: vertrouwen en verantwoorden. Scholen en besturen krijgen ruimte,
        en leggen uit wat zij met die ruimte doen."""),
        P("""Deze uitgangspunten keren in de volgende hoofdstukken terug. Zij zijn niet nieuw; zij zijn
        in de vorige planperiode met de scholen ontwikkeld en in deze planperiode aangescherpt na
        gesprekken met schoolleiders en intern begeleiders in het voorjaar van 2024."""),

        H1("5 Basisondersteuning"),
        H2("5.1 Wat wij onder basisondersteuning verstaan"),
        P("""Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de
        onderwijsondersteuningsstructuur van de school, onder regie en verantwoordelijkheid van de school,
        planmatig en op een overeengekomen kwaliteitsniveau wordt uitgevoerd. Het algemeen bestuur van De
        Brede Waard heeft op 14 november 2024 vastgesteld dat de standaarden in paragraaf 5.2 de ondergrens
        vormen die iedere vestiging van iedere aangesloten basisschool biedt, ongeacht de omvang, de
        denominatie of de ligging van de school. Een school mag meer bieden; minder is niet toegestaan. Voor
        ouders betekent dit dat zij op elke basisschool in de regio ten minste deze ondersteuning mogen
        verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is."""),
        P("""Waar de ondersteuningsbehoefte van een kind de mogelijkheden van de basisondersteuning te
        boven gaat, spreken wij van extra ondersteuning. Hoe extra ondersteuning is georganiseerd, is
        beschreven in hoofdstuk 6. Voor de scholen voor speciaal basisonderwijs en speciaal onderwijs gelden
        de standaarden niet; hun aanbod is beschreven in paragraaf 6.1."""),
        H2("5.2 De tien standaarden"),
        P("""De besturen hebben de basisondersteuning uitgewerkt in tien standaarden. Bij elke standaard is
        beschreven wat er op iedere vestiging aanwezig is."""),
        UL("""Standaard 1 – Ondersteuningsstructuur: elke vestiging heeft een intern begeleider met ten minste
           0,4 fte per 200 leerlingen (en minimaal 0,2 fte op kleine scholen), een vastgestelde
           zorgcyclus en een ondersteuningsteam dat ten minste drie keer per jaar bijeenkomt.""",
           """Standaard 2 – Handelingsgericht werken: de school werkt met groepsplannen of groepsoverzichten,
           houdt drie keer per jaar groepsbesprekingen en betrekt de ouders bij de analyse van de
           onderwijsbehoeften van hun kind.""",
           """Standaard 3 – Dyslexie: de school werkt volgens het Protocol Leesproblemen en Dyslexie, biedt
           intensieve leesinterventie in groep 2 tot en met 4 en zorgt voor compenserende en
           dispenserende maatregelen.""",
           """Standaard 4 – Rekenproblemen en dyscalculie: de school werkt volgens het Protocol Ernstige
           Reken-Wiskunde-problemen en Dyscalculie en biedt gerichte rekeninterventies.""",
           """Standaard 5 – Sociale veiligheid en gedrag: de school gebruikt een erkend programma voor
           sociaal-emotionele ontwikkeling, monitort de sociale veiligheid jaarlijks, heeft een
           anti-pestcoördinator en kan een individueel gedragsplan opstellen en uitvoeren.""",
           """Standaard 6 – Meer- en hoogbegaafdheid: de school signaleert met een vast instrument en biedt
           compacten en verrijken in de groep aan.""",
           """Standaard 7 – Taal en NT2: de school biedt woordenschatonderwijs en ondersteuning voor
           leerlingen met een taalachterstand of een andere thuistaal.""",
           """Standaard 8 – Medische handelingen: de school werkt volgens het protocol medisch handelen en
           kan eenvoudige medische handelingen uitvoeren na instructie.""",
           """Standaard 9 – Ontwikkelingsperspectief: de school stelt binnen zes weken na de start van
           extra ondersteuning een ontwikkelingsperspectiefplan (OPP) op en evalueert dit ten minste
           twee keer per jaar met de ouders.""",
           """Standaard 10 – Consultatie: iedere vestiging kan kosteloos een beroep doen op de
           ondersteuningsadviseur van het samenwerkingsverband voor consultatie en observatie, tot
           twaalf uur per schooljaar, en op een schoolmaatschappelijk werker via de gemeente."""),
        H2("5.3 Borging"),
        P("""Iedere school legt in de schoolgids vast hoe zij de standaarden invult. Het samenwerkingsverband
        bespreekt de standaarden jaarlijks met iedere school aan de hand van de kwaliteitskaart
        basisondersteuning, die door de intern begeleider en de directeur wordt ingevuld. Eens in de twee
        jaar vindt een collegiale audit plaats door een team van intern begeleiders van andere besturen.
        Voldoet een school op een of meer standaarden niet, dan stelt het bestuur van die school binnen drie
        maanden een verbeterplan op, waarvan de uitvoering in het volgende gesprek wordt besproken. De
        middelen die scholen voor de basisondersteuning ontvangen, zijn beschreven in hoofdstuk 12."""),

        H1("6 Extra ondersteuning en dekkend netwerk"),
        H2("6.1 Het ondersteuningscontinuüm"),
        P("""De ondersteuning in De Brede Waard is opgebouwd als een continuüm van vijf niveaus. Op elk
        niveau wordt eerst bekeken wat er binnen het vorige niveau nog mogelijk is. De niveaus zijn niet
        bedoeld als trap die een kind moet doorlopen; een leerling met een zware ondersteuningsbehoefte
        kan direct op een hoger niveau worden geholpen."""),
        TABLE([["Niveau", "Omschrijving", "Waar"],
               ["1", "Basisondersteuning in de groep volgens de tien standaarden (hoofdstuk 5)", "Iedere vestiging"],
               ["2", "Basisondersteuning met consultatie door de ondersteuningsadviseur", "Iedere vestiging"],
               ["3", "Extra ondersteuning via een schoolarrangement, betaald uit het budget van het bestuur", "Reguliere school"],
               ["4", "Bovenschoolse arrangementen: Taalklas Nieuwkomers (Zaltweide), plusklas De Denktank "
                     "(drie locaties), observatiegroep De Overstap (bij sbo De Meander), onderwijs-"
                     "zorgarrangement Samen Sterk (met jeugdhulp)", "Bovenschools"],
               ["5", "Speciaal basisonderwijs (De Meander, Het Palet) en speciaal onderwijs cluster 3 en 4 "
                     "(drie locaties in de regio en scholen buiten de regio)", "Sbo en so"]]),
        P("""Een schoolarrangement (niveau 3) wordt door de school zelf ingezet na bespreking in het
        ondersteuningsteam; er is geen aanvraag bij het samenwerkingsverband nodig. Een bovenschools
        arrangement (niveau 4) wordt aangevraagd bij het Loket van het samenwerkingsverband. Het Loket
        beslist binnen vier weken na ontvangst van een volledige aanvraag. Een bovenschools arrangement
        duurt in de regel een half jaar tot een jaar en wordt afgesloten met een evaluatie en een advies
        over het vervolg."""),
        H2("6.2 De ondersteuningsroute"),
        P("""Wanneer een school handelingsverlegen raakt, bespreekt de intern begeleider het kind in het
        ondersteuningsteam (OT) van de school. Aan het OT nemen in ieder geval de intern begeleider, de
        ondersteuningsadviseur van het samenwerkingsverband en de ouders deel; waar nodig sluiten de
        schoolmaatschappelijk werker, de jeugdverpleegkundige of een medewerker van het wijkteam aan. Het
        OT formuleert de ondersteuningsbehoefte en adviseert over de inzet van een arrangement of, als
        daartoe aanleiding is, over een aanvraag voor een toelaatbaarheidsverklaring (hoofdstuk 7)."""),
        H2("6.3 Een dekkend netwerk en kinderen zonder passende plek"),
        P("""Een continuüm op papier is niet hetzelfde als een passende plek voor ieder kind. Het
        samenwerkingsverband spoort daarom actief op waar het aanbod tekortschiet. Dat gebeurt op drie
        manieren. Ten eerste registreert het Loket iedere aanvraag waarvoor geen passende plek binnen de
        gestelde termijn beschikbaar is. Ten tweede meldt de leerplichtambtenaar iedere leerplichtige
        leerling die langer dan vier weken niet naar school gaat of is vrijgesteld aan het
        samenwerkingsverband. Ten derde bespreekt het besturenoverleg ieder voorjaar een analyse van
        wachtlijsten, meldingen en signalen van scholen, waarin de witte vlekken in het aanbod worden
        benoemd."""),
        P("""Voor iedere thuiszitter stelt de ondersteuningsadviseur binnen twee weken na de melding een
        casusoverleg samen met de school, het bestuur, de leerplichtambtenaar en de jeugdhulp. Leidt dat
        overleg binnen zes weken niet tot een perspectief op onderwijs, dan schaalt de adviseur op naar de
        directeur-bestuurder, die in overleg met de betrokken besturen een plek aanwijst; de besturen hebben
        in de statuten afgesproken dat zij zo'n aanwijzing volgen. Het bestuur van de school waar het kind is
        ingeschreven of aangemeld, houdt daarbij zijn zorgplicht."""),
        P("""In de analyse van het voorjaar van 2024 is als belangrijkste witte vlek benoemd dat er geen
        passend aanbod is voor jonge kinderen in groep 1 en 2 met complexe gedragsvragen. In schooljaar
        2025-2026 start daarom bij sbo Het Palet een kleuterobservatiegroep voor tien kinderen, die na twee
        jaar wordt geëvalueerd. Een tweede witte vlek, het ontbreken van dagbesteding in combinatie met
        onderwijs voor kinderen met een ernstige meervoudige beperking, wordt met de gemeenten opgepakt
        (hoofdstuk 10)."""),
        H2("6.4 Onderwijs en jeugdhulp"),
        P("""Met de gemeenten en de jeugdhulpaanbieders is afgesproken dat onderwijs en jeugdhulp zoveel
        mogelijk in één plan rond het kind samenkomen. In het onderwijs-zorgarrangement Samen Sterk werken
        een leerkracht en een jeugdhulpverlener samen in een kleine groep binnen een reguliere school. De
        gemeenten financieren de jeugdhulpcomponent; het samenwerkingsverband de onderwijscomponent. Zie
        voor de bestuurlijke afspraken hoofdstuk 10."""),

        H1("7 Toelaatbaarheid tot sbo en so"),
        H2("7.1 Wie vraagt aan"),
        P("""Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs
        wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven of is
        aangemeld. Ouders kunnen een aanvraag niet zelf indienen, maar worden altijd vooraf gehoord; hun
        zienswijze maakt deel uit van het dossier. De aanvraag wordt digitaal ingediend bij het Loket van
        het samenwerkingsverband."""),
        H2("7.2 Het dossier"),
        P("""Bij de aanvraag horen in ieder geval het groeidocument of het OPP, een verslag van het
        ondersteuningsteam waarin de ondersteuningsbehoefte is beschreven, de evaluatie van de tot dan toe
        geboden ondersteuning, het onderwijskundig rapport en de zienswijze van de ouders. Voor een aanvraag
        voor het so voegt de school, indien aanwezig, relevante diagnostische gegevens toe."""),
        H2("7.3 Criteria"),
        P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende
        voorwaarden is voldaan: (a) de leerling heeft een ondersteuningsbehoefte op het gebied van leren,
        gedrag of ontwikkeling die de basisondersteuning en de extra ondersteuning van niveau 3 en 4
        structureel overstijgt; (b) de school heeft gedurende ten minste twee cycli van handelingsgericht
        werken aantoonbaar extra ondersteuning geboden en geëvalueerd; (c) de leerling heeft een
        kleinere groep en een intensiever pedagogisch-didactisch klimaat nodig dan een reguliere school met
        een arrangement kan bieden."""),
        P("""Een leerling is toelaatbaar tot het speciaal onderwijs in cluster 3 of 4 wanneer (a) de leerling
        naast een onderwijsbehoefte een structurele zorgbehoefte heeft die een combinatie van onderwijs en
        zorg op één locatie vraagt, (b) deze behoefte blijkt uit de evaluatie van geboden ondersteuning en
        uit diagnostische gegevens, en (c) het sbo niet in die behoefte kan voorzien. De
        bekostigingscategorie (laag, midden of hoog) wordt bepaald aan de hand van de landelijke indeling
        naar de aard van de beperking: laag voor onder meer leerlingen met gedrags- of psychiatrische
        problematiek en zeer moeilijk lerende leerlingen, midden voor leerlingen met een lichamelijke
        beperking of langdurige ziekte, hoog voor leerlingen met een meervoudige beperking."""),
        H2("7.4 Deskundigenadvies"),
        P("""Over iedere aanvraag adviseren twee deskundigen. De eerste deskundige is een orthopedagoog
        of psycholoog; de tweede deskundige is, afhankelijk van de vraag van de leerling, een kinder- en
        jeugdpsycholoog, een pedagoog, een kinderpsychiater, een maatschappelijk werker of een arts. Iedere
        deskundige brengt een eigen, schriftelijk advies uit. De deskundigen zijn niet betrokken geweest bij
        de voorbereiding van de aanvraag. Ouders ontvangen een afschrift van ieder advies."""),
        H2("7.5 Besluit, duur en termijnen"),
        P("""De commissie toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van een
        volledige aanvraag. Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so
        voor ten hoogste drie schooljaren, met vermelding van de bekostigingscategorie. Een TLV die in de
        loop van een schooljaar wordt afgegeven, geldt tot en met 31 juli van het laatste schooljaar van de
        looptijd, met het resterende deel van het lopende schooljaar erbij."""),
        H2("7.6 Bezwaar"),
        P("""Ouders en het bevoegd gezag kunnen binnen zes weken na de dag van verzending van het besluit
        bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur wint advies in bij de
        Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen tien weken na
        afloop van de bezwaartermijn."""),
        H2("7.7 Afloop van de TLV en de weg terug"),
        P("""Een TLV is geen eindstation. Het samenwerkingsverband gaat ervan uit dat een verblijf in het
        sbo of so tijdelijk kan zijn en dat iedere leerling, zodra zijn ontwikkeling dat toelaat, weer zo
        thuisnabij mogelijk onderwijs volgt in het reguliere basisonderwijs. Terugplaatsing is aan de orde
        wanneer uit het OPP blijkt dat de leerling met de basisondersteuning en een tijdelijk arrangement
        op een reguliere school kan functioneren, en wanneer een ontvangende school is gevonden die daarvoor
        de voorwaarden kan bieden. Terugplaatsing wordt niet afgedwongen op een moment dat het kind of de
        ontvangende groep daar niet aan toe is."""),
        P("""In het laatste schooljaar van de TLV organiseert de school voor sbo of so uiterlijk op
        1 februari een multidisciplinair overleg met de ouders, de ondersteuningsadviseur van het
        samenwerkingsverband en, indien al in beeld, de beoogde ontvangende school. Dit overleg beoordeelt op
        basis van het OPP of terugplaatsing, verlenging of overplaatsing naar een andere vorm van speciaal
        onderwijs aan de orde is. Bij terugplaatsing maakt de school een overdrachtsplan; de commissie
        toelaatbaarheid bevestigt de beëindiging van de TLV. Bij verlenging dient het bevoegd gezag van
        de sbo- of so-school vóór 1 april een nieuwe aanvraag in, die volgens paragraaf 7.1 tot en met 7.5
        wordt behandeld."""),
        P("""Bij terugplaatsing ontvangt de ontvangende school een terugplaatsingsarrangement: gedurende
        één schooljaar ambulante begeleiding vanuit de school van herkomst en een budget van € 3.500 voor
        extra handen in de groep. Een proefplaatsing van zes tot acht weken met behoud van de TLV is
        mogelijk. Het arrangement wordt na een half jaar geëvalueerd in het ondersteuningsteam van de
        ontvangende school."""),

        H1("8 Kwaliteit en resultaten"),
        P("""De kwaliteitszorg van het samenwerkingsverband is in de vorige planperiode vooral gericht
        geweest op de bedrijfsvoering. De raad van toezicht en de OPR hebben erop gewezen dat het zicht op
        wat de ondersteuning voor kinderen oplevert onvoldoende was. Het bestuur heeft daarom besloten de
        kwaliteitszorg opnieuw in te richten."""),
        P("""In de loop van het schooljaar 2025-2026 leggen wij in een afzonderlijk kwaliteitskader vast
        welke resultaten wij voor leerlingen met een ondersteuningsbehoefte nastreven, met welke
        indicatoren en bronnen wij die gaan volgen en hoe wij daarover rapporteren. Het kwaliteitskader
        wordt ter instemming aan de OPR voorgelegd en daarna als addendum aan dit plan toegevoegd. In
        afwachting daarvan is dit hoofdstuk p.m."""),

        H1("9 Ouders"),
        H2("9.1 Ouders als partner"),
        P("""Ouders kennen hun kind het best. In de ondersteuningsroute (paragraaf 6.2) en bij de aanvraag
        van een TLV (hoofdstuk 7) zijn ouders daarom altijd gesprekspartner. Zij nemen deel aan het
        ondersteuningsteam en worden gehoord over het OPP. Ouders zijn bovendien vertegenwoordigd in de
        ondersteuningsplanraad (hoofdstuk 11)."""),
        H2("9.2 Hoe wij ouders informeren"),
        P("""Ouders vinden informatie over de ondersteuning op de school van hun kind in de schoolgids, waarin
        iedere school beschrijft hoe zij de tien standaarden invult en welke extra ondersteuning zij kan
        bieden. Op de website van het samenwerkingsverband staat een ouderpagina met uitleg over
        basisondersteuning, arrangementen, de ondersteuningsroute en de TLV, en een overzicht van de
        bovenschoolse voorzieningen uit paragraaf 6.1. Daarnaast geven wij een ouderbrochure uit, die bij
        het eerste gesprek in het ondersteuningsteam aan ouders wordt meegegeven en ook in het Engels,
        Arabisch en Pools beschikbaar is. Tweemaal per jaar organiseren wij een informatieavond voor
        ouders in Zaltweide en Heukelom."""),
        H2("9.3 Onafhankelijke ondersteuning"),
        P("""De wet verplicht samenwerkingsverbanden om een ouder- en jeugdsteunpunt in te richten. Hoe
        dit steunpunt in De Brede Waard vorm krijgt, en of wij dat samen met het samenwerkingsverband VO
        doen, onderzoeken wij in 2026. Het resultaat van dat onderzoek wordt met de OPR besproken."""),

        H1("10 Samenwerking met gemeenten en jeugdhulp"),
        P("""Het samenwerkingsverband voert met de drie gemeenten op overeenstemming gericht overleg over
        dit plan en over het jeugdbeleidsplan van de gemeenten. Daarnaast is er viermaal per jaar een
        ambtelijk overleg. In het OOGO van februari 2025 zijn de volgende thema's benoemd: de aansluiting
        tussen basisondersteuning en het voorliggend veld, de onderwijs-zorgarrangementen, thuiszitters,
        leerlingenvervoer en onderwijshuisvesting voor de voorzieningen van niveau 4 en 5."""),
        P("""Met de gemeenten is afgesproken dat de wijkteams een vaste contactpersoon per school hebben en
        dat de jeugdhulp in onderwijstijd op school kan worden geboden. Voor het onderwijs-zorgarrangement
        Samen Sterk is een convenant gesloten voor de duur van de planperiode. Over het ontbreken van een
        combinatie van onderwijs en dagbesteding (zie paragraaf 6.3) wordt in 2025 een verkenning gedaan."""),

        H1("11 Organisatie, governance en medezeggenschap"),
    ]
    body += governance(c)
    body += [
        H1("12 Geld en middelen"),
        H2("12.1 Inkomsten"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware
        ondersteuning op basis van het aantal leerlingen in het basisonderwijs op de teldatum. Hierop worden
        door DUO de bedragen ingehouden die rechtstreeks naar het sbo en so gaan. Voor 2025 bedraagt het
        netto beschikbare budget naar verwachting € 9.840.000."""),
        H2("12.2 Verdeling"),
        P("""Het samenwerkingsverband werkt met een verdeelmodel dat voor de gehele planperiode is
        vastgesteld. De besturen ontvangen voor de basisondersteuning en de schoolarrangementen een bedrag
        van € 145 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, aangevuld met een
        vaste voet van € 5.000 per vestiging, zodat ook kleine scholen de standaarden kunnen waarmaken.
        De bedragen worden in twee termijnen, in oktober en in maart, overgemaakt. Het samenwerkingsverband
        houdt middelen centraal voor de bovenschoolse arrangementen, de ondersteuningsadviseurs, de
        commissie toelaatbaarheid en het bureau. Toekenning van een bovenschools arrangement gebeurt door
        het Loket op basis van de ondersteuningsbehoefte van de leerling, zoals beschreven in paragraaf 6.1."""),
        H2("12.3 Meerjarenbegroting"),
        TABLE([["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Baten ondersteuningsbudget (netto)", "9.840", "9.780", "9.710", "9.660"],
               ["Afdracht aan besturen (per leerling en vaste voet)", "2.280", "2.270", "2.255", "2.245"],
               ["Bovenschoolse arrangementen", "1.150", "1.200", "1.230", "1.230"],
               ["Ondersteuningsadviseurs en Loket", "890", "900", "910", "920"],
               ["Overdrachten sbo boven 2% en groeibekostiging so", "4.620", "4.560", "4.500", "4.460"],
               ["Terugplaatsingsarrangementen", "70", "80", "80", "80"],
               ["Bureau, bestuur en medezeggenschap", "760", "770", "780", "790"],
               ["Resultaat", "70", "0", "-45", "-65"]]),
        P("""De negatieve resultaten in 2027 en 2028 zijn bewust begroot. Het samenwerkingsverband heeft een
        reserve die boven de signaleringswaarde ligt; het meerdere wordt in de planperiode ingezet voor
        bovenschoolse arrangementen. Het bestuur streeft naar een weerstandsvermogen van ten minste 5% en
        ten hoogste 10% van de baten."""),
        H2("12.4 Verantwoording"),
        P("""De besturen verantwoorden jaarlijks vóór 1 mei over de besteding van de ontvangen middelen met
        een korte rapportage per school volgens een vast format. De jaarrekening van het
        samenwerkingsverband wordt gecontroleerd door een accountant en ligt na vaststelling ter inzage."""),

        H1("13 Personeel, ICT en privacy"),
    ]
    body += personeel_ict(c)
    body += [H1("14 Planning en vaststelling"),
             P("""Dit plan wordt uitgewerkt in vier jaarplannen. Het eerste jaarplan, voor schooljaar
             2025-2026, wordt in juni 2025 vastgesteld.""")]
    body += vaststelling(c)
    body += glossary(GLOSSARY_COMMON + [
        ("Loket", "Het onderdeel van het samenwerkingsverband dat aanvragen voor arrangementen en TLV's behandelt."),
        ("Resultaten", "De uitkomsten van het ondersteuningsbeleid voor leerlingen; zie hoofdstuk 8."),
        ("Weerstandsvermogen", "Het vermogen om financiële tegenvallers op te vangen.")])
    blocks = [TITLE(f"Ondersteuningsplan {c['period']}"),
              P(f"{c['name']} ({c['code']}) – Samen passend, dichtbij. Vastgesteld op {c['vast_date']}."),
              PB()]
    blocks += toc_from(body)
    blocks += body
    header = "Ondersteuningsplan 2025-2029 De Brede Waard – basisondersteuning, toelaatbaarheid, resultaten, ouders"
    footer = "SWV PO De Brede Waard – PO 27-41 – versie definitief"
    return c, blocks, header, footer


# ===========================================================================
# Plan B  -  SWV PO Lingeweide (docx)
# ===========================================================================
def plan_b():
    c = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Lingeweide PO", short="Lingeweide",
             code="PO 24-08", period="2025-2029", start=2025, article="18a, achtste lid, WPO",
             region="de Lingeweide", chair="mevr. drs. H.E. Smulders", director="P.J. van Aalst MEd",
             legal="stichting", boards="zeven", toezicht="het toezichthoudend deel van het algemeen bestuur",
             opr_size=10, city="Leerbroek-West", fte="7,8", fg_partner="het samenwerkingsverband VO in de regio",
             oogo_date="29 januari 2025", gemeenten="Lingewaard-Zuid, Asperen-Gorkum en Heuvelstede",
             vo_overleg="5 februari 2025", other_swv="Samenwerkingsverband VO Lingeweide",
             opr_date="4 maart 2025", vast_date="12 maart 2025", concept_date="8 oktober 2024",
             insp_date="27 maart 2025")
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, [
        "Hoofdstuk 3 blikt terug op de planperiode 2021-2025.",
        "Hoofdstuk 4 beschrijft onze visie en ambities.",
        "Hoofdstuk 5 gaat over de basisondersteuning.",
        "Hoofdstuk 6 gaat over het dekkend netwerk.",
        "Hoofdstuk 7 beschrijft de toewijzing van ondersteuning en de toelaatbaarheid tot sbo en so.",
        "Hoofdstuk 8 beschrijft de beoogde resultaten en de kwaliteitszorg.",
        "Hoofdstuk 9 gaat over communicatie.",
        "Hoofdstuk 10 gaat over de samenwerking met de gemeenten.",
        "Hoofdstuk 11 beschrijft organisatie en medezeggenschap; hoofdstuk 12 de bekostiging en meerjarenbegroting.",
        "Hoofdstuk 13 gaat over personeel, ICT en privacy en hoofdstuk 14 over de totstandkoming van het plan.",
    ])
    body += [
        H1("3 Terugblik op de planperiode 2021-2025"),
        P("""Het ondersteuningsplan 2021-2025 had drie speerpunten: het versterken van de basisondersteuning,
        het verkorten van de doorlooptijd van aanvragen en het vergroten van de tevredenheid van scholen en
        ouders over de dienstverlening van het samenwerkingsverband. In deze paragraaf blikken wij terug op
        wat er van deze speerpunten is terechtgekomen. De cijfers zijn ontleend aan de jaarverslagen
        2021 tot en met 2024 en aan de DUO-gegevens per 1 oktober 2024."""),
        TABLE([["Indicator", "1-10-2020", "1-10-2024", "Doel 2025"],
               ["Deelnamepercentage sbo", "2,3%", "2,1%", "2,2%"],
               ["Deelnamepercentage so", "1,6%", "1,4%", "1,5%"],
               ["Gemiddelde doorlooptijd TLV-aanvraag (weken)", "8,1", "5,2", "6,0"],
               ["Scholen die voldoen aan de standaarden basisondersteuning", "61%", "84%", "90%"],
               ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,4", "7,5"]]),
        P("""De deelnamepercentages aan het sbo en so zijn in de periode licht gedaald en liggen onder het
        landelijk gemiddelde. De doorlooptijd is ruim onder de norm gekomen dankzij de invoering van het
        digitale aanvraagsysteem in 2022. Het aandeel scholen dat aan de standaarden basisondersteuning
        voldoet, is sterk gestegen, maar het doel van 90% is niet gehaald. Dat blijft een aandachtspunt
        voor de nieuwe planperiode (zie hoofdstuk 5 en 8). De tevredenheid van ouders steeg, maar bleef
        achter bij scholen met een hoog aantal wisselingen in het team."""),

        H1("4 Visie en ambities"),
        P("""Lingeweide staat voor onderwijs waarin ieder kind ertoe doet. Wij geloven dat kinderen het beste
        leren in een omgeving waar zij gezien worden, waar zij uitgedaagd worden en waar de volwassenen om
        hen heen samenwerken. Passend onderwijs is voor ons geen apart systeem naast het gewone onderwijs,
        maar een opdracht voor iedere leerkracht, iedere school en ieder bestuur."""),
        P("""Voor de planperiode 2025-2029 hebben de besturen drie ambities geformuleerd: sterke scholen met
        een stevige basis, snelle en heldere toewijzing wanneer een kind meer nodig heeft, en open
        verantwoording over wat de middelen voor ondersteuning opleveren. Deze ambities zijn in hoofdstuk 8
        vertaald naar beoogde resultaten met meetbare indicatoren."""),

        H1("5 Basisondersteuning"),
        P("""In Lingeweide verstaan wij onder basisondersteuning het door alle aangesloten schoolbesturen
        afgesproken niveau van ondersteuning dat iedere vestiging van iedere basisschool in het
        samenwerkingsverband ten minste biedt, binnen de eigen ondersteuningsstructuur en zonder tussenkomst
        van het samenwerkingsverband. Het is een gezamenlijke ondergrens: geen school in Lingeweide biedt
        minder. De besturen hebben dit niveau in 2021 vastgelegd en in het besturenoverleg van september 2024
        opnieuw bevestigd."""),
        P("""Basisondersteuning bestaat uit vier onderdelen: de basiskwaliteit zoals de Inspectie die
        beoordeelt, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur van de
        school en planmatig werken volgens de uitgangspunten van handelingsgericht werken. Met deze vier
        onderdelen sluiten wij aan bij het landelijke referentiekader passend onderwijs."""),
        P("""Welke voorzieningen een school binnen de basisondersteuning concreet biedt, beschrijft iedere
        school in haar schoolondersteuningsprofiel. De standaarden basisondersteuning Lingeweide zijn
        opgenomen in bijlage 2. Omdat de landelijke norm basisondersteuning in voorbereiding is, stellen
        de besturen deze standaarden in het schooljaar 2025-2026 opnieuw vast; tot dat moment blijven de
        standaarden uit 2021 van kracht."""),
        P("""Het samenwerkingsverband volgt jaarlijks welk deel van de scholen aan de standaarden voldoet
        (zie de terugblik in hoofdstuk 3 en de indicatoren in hoofdstuk 8)."""),

        H1("6 Dekkend netwerk"),
        P("""Het samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel
        van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat ieder kind een zo passend
        mogelijke plek krijgt. De besturen onderschrijven deze opdracht volledig."""),
        P("""In het besturenoverleg van november 2024 is afgesproken dat het bureau in het eerste jaar van de
        planperiode een inventarisatie maakt van het bestaande aanbod en van de plekken waar dat aanbod
        tekortschiet. Op basis daarvan stellen de besturen uiterlijk in juni 2026 een notitie Dekkend
        netwerk Lingeweide vast, die als addendum aan dit plan wordt toegevoegd en ter instemming aan de
        OPR wordt voorgelegd."""),

        H1("7 Toewijzing en toelaatbaarheid"),
        H2("7.1 Wanneer een TLV"),
        P("""Wanneer een school met de ouders tot de conclusie komt dat een leerling is aangewezen op
        het speciaal basisonderwijs of het speciaal onderwijs, vraagt het bevoegd gezag van die school een
        toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De aanvraag wordt voorbereid in het
        multidisciplinair overleg (MDO) van de school, waaraan in ieder geval de intern begeleider, de
        ouders en de onderwijsadviseur van het samenwerkingsverband deelnemen."""),
        H2("7.2 De procedure in stappen"),
        UL("""Stap 1 – Het MDO bespreekt de ondersteuningsbehoefte en de resultaten van de geboden
           ondersteuning. Het verslag van het MDO wordt met de ouders gedeeld.""",
           """Stap 2 – Het bevoegd gezag dient de aanvraag in via het digitale aanvraagsysteem, met het
           groeidocument, het OPP, het verslag van het MDO en de zienswijze van de ouders.""",
           """Stap 3 – Het bureau controleert binnen vijf werkdagen of de aanvraag volledig is.""",
           """Stap 4 – Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een
           orthopedagoog of psycholoog, en een tweede deskundige die past bij de vraag van de leerling.
           Zij zijn niet bij de aanvraag betrokken geweest.""",
           """Stap 5 – De Commissie Toewijzing besluit namens het bestuur binnen zes weken na ontvangst van
           de volledige aanvraag. De ouders en het bevoegd gezag ontvangen het besluit en een afschrift van
           de adviezen."""),
        H2("7.3 Toetsing"),
        P("""De Commissie Toewijzing toetst iedere aanvraag aan het Toetsingskader TLV Lingeweide 2025, dat
        op de website van het samenwerkingsverband is gepubliceerd. Het toetsingskader wordt jaarlijks
        door het bestuur geactualiseerd na advies van de commissie."""),
        H2("7.4 Duur en bekostigingscategorie"),
        P("""Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode van de leerling.
        Een TLV voor het so wordt afgegeven voor twee schooljaren en vermeldt de bekostigingscategorie
        laag, midden of hoog. Een TLV eindigt altijd op 31 juli."""),
        H2("7.5 Bezwaar"),
        P("""Tegen een besluit over toelaatbaarheid kunnen ouders en het bevoegd gezag binnen zes weken
        bezwaar maken bij het bestuur. Het bestuur is aangesloten bij de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen en vraagt die commissie om advies."""),
        H2("7.6 Terugplaatsing"),
        P("""Ook de terugkeer van leerlingen uit het speciaal (basis)onderwijs naar het reguliere
        basisonderwijs verdient aandacht. Het terugplaatsingsbeleid van Lingeweide wordt in het schooljaar
        2025-2026 samen met de besturen van het sbo en so herzien. Het herziene beleid wordt als addendum
        aan dit plan toegevoegd."""),

        H1("8 Beoogde resultaten en kwaliteitszorg"),
        H2("8.1 Beoogde resultaten 2025-2029"),
        P("""De ambities uit hoofdstuk 4 zijn vertaald in beoogde resultaten. Voor iedere indicator is een
        nulmeting (1 oktober 2024) en een streefwaarde voor het einde van de planperiode vastgesteld. De
        streefwaarden zijn in het besturenoverleg en met de OPR besproken."""),
        TABLE([["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
               ["Iedere school biedt de afgesproken basisondersteuning", "Aandeel scholen dat aan de standaarden voldoet", "84%", "100%"],
               ["Leerlingen blijven zo veel mogelijk thuisnabij", "Deelnamepercentage sbo + so", "3,5%", "ten hoogste 3,5%"],
               ["Snelle toewijzing", "Aandeel TLV-besluiten binnen zes weken", "78%", "95%"],
               ["Ouders zijn tevreden over de ondersteuning", "Gemiddeld rapportcijfer ouders", "7,4", "7,8"],
               ["Leerlingen met een OPP ontwikkelen zich volgens verwachting", "Aandeel OPP's waarvan de doelen bij evaluatie grotendeels zijn behaald", "n.b. (nulmeting 2025)", "80%"]]),
        P("""Naast deze kwantitatieve doelen streven wij naar kwalitatieve resultaten: leerkrachten voelen zich
        toegerust om met verschillen om te gaan, en intern begeleiders ervaren het samenwerkingsverband als
        een betrouwbare partner. Deze kwalitatieve doelen worden gevolgd via de tweejaarlijkse peiling
        onder scholen."""),
        H2("8.2 Hoe wij de resultaten volgen"),
        P("""Het bureau verzamelt twee keer per jaar, per 1 oktober en per 1 maart, de gegevens voor de
        indicatoren uit paragraaf 8.1. Bronnen zijn de DUO-gegevens, het digitale aanvraagsysteem, de
        kwaliteitskaarten van de scholen en de tevredenheidspeiling onder ouders, die eens in de twee jaar
        via de scholen wordt afgenomen. De uitkomsten worden per bestuur besproken in een kwaliteitsdialoog
        tussen de directeur-bestuurder en de bestuurder van het schoolbestuur. In het jaarverslag, dat
        jaarlijks vóór 1 juli wordt vastgesteld en gepubliceerd, rapporteren wij over de bereikte resultaten
        ten opzichte van de streefwaarden en over de daarvoor ingezette middelen. Halverwege de
        planperiode, in het voorjaar van 2027, vindt een tussenevaluatie plaats met de OPR."""),

        H1("9 Communicatie"),
        H2("9.1 Communicatie met scholen en besturen"),
        P("""Het samenwerkingsverband communiceert met scholen via een maandelijkse nieuwsbrief voor
        intern begeleiders en schoolleiders, het digitale aanvraagsysteem en de netwerkbijeenkomsten. De
        besturen worden via het besturenoverleg geïnformeerd."""),
        H2("9.2 Communicatie met ouders"),
        P("""Ouders worden over de ondersteuningsmogelijkheden in de eerste plaats geïnformeerd door de
        school van hun kind: de schoolgids en het schoolondersteuningsprofiel beschrijven welke ondersteuning
        de school biedt, en de intern begeleider is het eerste aanspreekpunt. Daarnaast heeft het
        samenwerkingsverband een ouderpagina op de website met uitleg over de basisondersteuning, de
        toewijzing van ondersteuning, de TLV en de scholen voor sbo en so in de regio, en een
        oudertelefoon die op werkdagen bereikbaar is. Bij ieder MDO ontvangen ouders de folder 'Passend
        onderwijs in Lingeweide'."""),
        H2("9.3 Als ouders en school er samen niet uitkomen"),
        P("""Ouders die met vragen zitten of het niet eens zijn met de school of het samenwerkingsverband,
        kunnen terecht bij het Ouder- en Jeugdsteunpunt Lingeweide. Het steunpunt is ondergebracht bij een
        onafhankelijke stichting en werkt uitsluitend in het belang van het kind; het samenwerkingsverband
        heeft geen zeggenschap over de adviezen. Daarnaast kunnen ouders kosteloos een beroep doen op de
        onderwijsconsulenten. Bij geschillen over toelating, verwijdering of het OPP kunnen ouders zich
        wenden tot de Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband worden
        behandeld volgens de klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke
        Klachtencommissie Onderwijs."""),

        H1("10 Samenwerking met de gemeenten"),
        P("""Het ontwerp van dit plan is in het OOGO met de drie gemeenten besproken. Het verslag van het OOGO
        is bij het bestuur opvraagbaar. De gemeenten en het samenwerkingsverband hebben afgesproken in 2026
        een gezamenlijke agenda op te stellen. Tot die tijd vindt tweemaal per jaar ambtelijk overleg
        plaats."""),

        H1("11 Organisatie en medezeggenschap"),
    ]
    body += governance(c)
    body += [
        H1("12 Bekostiging en meerjarenbegroting"),
        H2("12.1 Uitgangspunten"),
        P("""Lingeweide werkt met een schoolmodel: het grootste deel van de ondersteuningsmiddelen gaat naar
        de schoolbesturen, die daarmee de ondersteuning op hun scholen organiseren. Het samenwerkingsverband
        houdt alleen middelen achter voor de wettelijke taken, het bureau en de onderwijsadviseurs."""),
        H2("12.2 Verdeling over de besturen"),
        P("""Na aftrek van de overdrachten aan het sbo en so en van de centrale kosten wordt het resterende
        budget verdeeld naar rato van het aantal leerlingen per bestuur op de teldatum 1 oktober van het
        voorgaande jaar. Voor 2025 komt dat neer op € 231 per leerling. Besturen met een sbo-school ontvangen
        daarnaast de groeibekostiging die het samenwerkingsverband aan het sbo verschuldigd is. De verdeling
        wordt jaarlijks in november door het bestuur vastgesteld bij de jaarbegroting. De besturen
        verantwoorden de besteding in hun jaarverslag en in een jaarlijkse rapportage aan het
        samenwerkingsverband."""),
        H2("12.3 Meerjarenbegroting"),
        TABLE([["Bedragen in euro", "2025", "2026", "2027", "2028"],
               ["Rijksbijdrage ondersteuning", "8.912.000", "8.870.000", "8.805.000", "8.760.000"],
               ["Overdrachten sbo en so (DUO)", "4.410.000", "4.390.000", "4.360.000", "4.340.000"],
               ["Doorbetaling aan schoolbesturen", "2.520.000", "2.500.000", "2.470.000", "2.450.000"],
               ["Onderwijsadviseurs en deskundigen", "720.000", "735.000", "750.000", "760.000"],
               ["Bureau en bestuur", "640.000", "650.000", "660.000", "670.000"],
               ["Medezeggenschap en communicatie", "60.000", "60.000", "60.000", "60.000"],
               ["Onvoorzien", "100.000", "100.000", "100.000", "100.000"],
               ["Resultaat", "462.000", "435.000", "405.000", "380.000"]]),
        P("""Het positieve resultaat wordt toegevoegd aan de algemene reserve. De reserve ligt onder de
        signaleringswaarde van de Inspectie."""),

        H1("13 Personeel, ICT en privacy"),
    ]
    body += personeel_ict(c)
    body += [H1("14 Totstandkoming en vaststelling")]
    body += vaststelling(c)
    body += glossary(GLOSSARY_COMMON + [
        ("MDO", "Multidisciplinair overleg."),
        ("Commissie Toewijzing", "Commissie die namens het bestuur besluit over TLV's."),
        ("Toetsingskader TLV", "Document met de criteria voor toelaatbaarheid; te vinden op de website.")])
    blocks = [TITLE(f"Ondersteuningsplan {c['period']}"),
              P(f"{c['name']} ({c['code']}). Ieder kind telt. Definitieve versie na instemming OPR."), PB()]
    blocks += toc_from(body)
    blocks += body
    header = "Ondersteuningsplan Lingeweide PO 2025-2029"
    footer = "Lingeweide PO – dekkend netwerk – terugplaatsing – toewijzing – pagina"
    return c, blocks, header, footer


# ===========================================================================
# Plan C  -  SWV PO Kempenrand (pdf)
# ===========================================================================
def plan_c():
    c = dict(name="Samenwerkingsverband Kempenrand Primair Onderwijs", short="Kempenrand",
             code="PO 30-17", period="2025-2029", start=2025, article="18a WPO",
             region="de Kempenrand", chair="drs. M.C.A. Hendrikx", director="ir. L.T. Bosmans",
             legal="vereniging", boards="acht", toezicht="de algemene ledenvergadering",
             opr_size=8, city="Vessemdonk", fte="6,1", fg_partner="een regionaal schoolbestuur",
             oogo_date="10 februari 2025", gemeenten="Vessemdonk, Lieshoven, Bergeijkerveld en Reusel-Oost",
             vo_overleg="17 februari 2025", other_swv="het Samenwerkingsverband VO Kempenrand",
             opr_date="25 maart 2025", vast_date="1 april 2025", concept_date="3 december 2024",
             insp_date="15 april 2025")
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, [
        "Hoofdstuk 3 presenteert het samenwerkingsverband in cijfers.",
        "Hoofdstuk 4 beschrijft onze koers voor 2025-2029.",
        "Hoofdstuk 5 beschrijft het ondersteuningsaanbod, van basisondersteuning tot speciaal onderwijs.",
        "Hoofdstuk 6 gaat over toelaatbaarheid.",
        "Hoofdstuk 7 gaat over het speciaal (basis)onderwijs en de weg terug naar de basisschool.",
        "Hoofdstuk 8 beschrijft de middelen.",
        "Hoofdstuk 9 beschrijft onze ambities en de resultaten die wij willen bereiken.",
        "Hoofdstuk 10 gaat over communicatie, hoofdstuk 11 over de samenwerking met gemeenten.",
        "Hoofdstuk 12 gaat over organisatie, personeel en privacy en hoofdstuk 13 over de vaststelling van dit plan.",
    ])
    body += [
        H1("3 Het samenwerkingsverband in cijfers"),
        P("""Kempenrand is een middelgroot samenwerkingsverband in een overwegend landelijk gebied met vier
        gemeenten. De aangesloten besturen zijn verantwoordelijk voor 41 basisscholen met samen 47
        vestigingen, twee scholen voor speciaal basisonderwijs (De Vonder en 't Ven) en één school voor
        speciaal onderwijs cluster 3 (De Kempenhorst). Leerlingen die zijn aangewezen op speciaal onderwijs
        in cluster 4 gaan naar scholen buiten de regio, met name in Eindhoven en Tilburg."""),
        TABLE([["Kengetal (1 oktober)", "2022", "2023", "2024"],
               ["Leerlingen basisonderwijs", "10.840", "10.710", "10.655"],
               ["Leerlingen sbo", "251", "262", "270"],
               ["Leerlingen so (woonachtig in regio)", "198", "204", "211"],
               ["Afgegeven TLV's sbo", "58", "61", "64"],
               ["Afgegeven TLV's so", "27", "29", "31"]]),
        P("""Het aantal leerlingen in het basisonderwijs daalt licht, terwijl het aantal leerlingen in het
        sbo en so stijgt. Die ontwikkeling vraagt om een nadere analyse, waarop wij in hoofdstuk 5 en
        hoofdstuk 9 terugkomen. De stijging van het aantal TLV's voor het so houdt volgens de scholen
        verband met de toegenomen complexiteit van de vragen van kinderen."""),

        H1("4 Koers 2025-2029"),
        P("""Onze koers is samen te vatten in drie woorden: dichtbij, deskundig en duidelijk. Dichtbij,
        omdat wij willen dat kinderen zo veel mogelijk naar school kunnen in hun eigen dorp of wijk.
        Deskundig, omdat de vragen van kinderen vragen om leerkrachten en teams die weten wat zij doen en
        die daarin worden gesteund. Duidelijk, omdat scholen, besturen en partners moeten weten waar zij aan
        toe zijn."""),
        P("""De koers is het resultaat van een reeks dialoogsessies in het voorjaar van 2024 met
        schoolleiders, intern begeleiders en bestuurders, en van een evaluatie van het vorige plan door
        een extern bureau. Die evaluatie liet zien dat de scholen de ondersteuning van het
        samenwerkingsverband waarderen, maar dat de regels voor de toekenning van middelen als ingewikkeld
        worden ervaren. In deze planperiode vereenvoudigen wij die regels (zie hoofdstuk 8)."""),

        H1("5 Het ondersteuningsaanbod"),
        H2("5.1 Basisondersteuning"),
        P("""De besturen in Kempenrand hebben een gemeenschappelijk niveau van basisondersteuning vastgesteld
        dat op iedere vestiging van iedere aangesloten basisschool aanwezig is. Dit niveau geldt als
        minimum voor alle scholen; het is vastgelegd in de ledenvergadering van 21 november 2024. Tabel 5.1
        geeft de afspraken per domein weer."""),
        TABLE([["Domein", "Wat iedere vestiging biedt"],
               ["Organisatie", "Een intern begeleider (minimaal één dag per week per 150 leerlingen), een ondersteuningsteam dat zes keer per jaar bijeenkomt, een vaste contactpersoon van het samenwerkingsverband"],
               ["Lezen en dyslexie", "Werken volgens het landelijke dyslexieprotocol, extra leestijd en voorleessoftware, begeleiding naar vergoede dyslexiezorg"],
               ["Rekenen", "Signalering met het rekenprotocol ERWD, verlengde instructie en inzet van concrete materialen"],
               ["Gedrag en welbevinden", "Een programma voor sociaal-emotioneel leren, een pestprotocol, een gedragsspecialist op bestuursniveau die binnen twee weken kan observeren"],
               ["Ontwikkelingsvoorsprong", "Compacten en verrijken in de groep, een verrijkingsgroep op bestuursniveau"],
               ["Taal en nieuwkomers", "NT2-aanbod in de groep en ondersteuning bij de overstap vanuit de Taalschakelklas"],
               ["Fysiek en medisch", "Medisch protocol, rustplek, aangepast meubilair in overleg met ergotherapie"],
               ["Planmatig werken", "Groepsoverzichten, handelingsgericht werken, OPP bij afwijkend perspectief"]]),
        P("""Het samenwerkingsverband bezoekt iedere school eenmaal per jaar om de basisondersteuning te
        bespreken. Waar een school het afgesproken niveau nog niet haalt, maakt het bestuur een plan van
        aanpak."""),
        H2("5.2 Extra ondersteuning op de school"),
        P("""Wanneer een kind meer nodig heeft dan de basisondersteuning, kan de school een arrangement
        inzetten. Een arrangement is een op maat gemaakt pakket van ondersteuning voor één leerling of een
        groepje leerlingen, bijvoorbeeld extra begeleiding door een onderwijsassistent, ambulante
        begeleiding vanuit het speciaal onderwijs of specifieke materialen. De school bespreekt de inzet
        van een arrangement in het ondersteuningsteam en vraagt het aan bij het Ondersteuningsloket."""),
        H2("5.3 Bovenschoolse voorzieningen"),
        P("""Voor kinderen die tijdelijk of langdurig meer nodig hebben dan een reguliere school met een
        arrangement kan bieden, zijn er drie bovenschoolse voorzieningen. De Kompasklas biedt één dag per
        week onderwijs aan kinderen met een grote ontwikkelingsvoorsprong in groep 5 tot en met 8. De
        Taalschakelklas in Vessemdonk vangt nieuwkomers zonder Nederlandse taalbeheersing maximaal een jaar
        op. De Time-ingroep bij sbo De Vonder biedt kinderen met ernstige gedragsproblemen een tijdelijke
        plek van maximaal twaalf weken, waarna zij terugkeren naar de eigen school."""),
        H2("5.4 Speciaal basisonderwijs en speciaal onderwijs"),
        P("""Het sbo is er voor kinderen die een kleinere groep en meer specialistische begeleiding nodig
        hebben dan een reguliere school kan bieden. Het so in cluster 3 (De Kempenhorst) en cluster 4
        (buiten de regio) is er voor kinderen met een verstandelijke, lichamelijke of meervoudige beperking
        of met ernstige gedrags- of psychiatrische problematiek. Samen met de basisscholen, de arrangementen
        en de bovenschoolse voorzieningen vormen deze scholen één samenhangend aanbod, waarin een kind
        zonder onnodige overgangen de ondersteuning krijgt die het nodig heeft."""),
        H2("5.5 Is het aanbod dekkend?"),
        P("""De stijging van het aantal TLV's voor het so (hoofdstuk 3) roept de vraag op of het aanbod in
        de regio voor alle kinderen toereikend is. In het schooljaar 2025-2026 voeren wij daarom een
        analyse uit naar mogelijke witte vlekken in ons aanbod. Op basis van die analyse besluiten de
        besturen welke maatregelen nodig zijn. Dit zal in een volgende versie van het plan worden
        opgenomen."""),

        H1("6 Toelaatbaarheid"),
        P("""Het samenwerkingsverband heeft de wettelijke taak om te beslissen over de toelaatbaarheid van
        leerlingen tot het speciaal basisonderwijs en het speciaal onderwijs. De uitwerking van deze taak is
        vastgelegd in het Protocol Toelaatbaarheid Kempenrand 2025, dat als bijlage 3 bij dit plan hoort.
        In dat protocol staan de procedure, de criteria en de wijze waarop het samenwerkingsverband zich
        laat adviseren. Omdat het protocol in de planperiode wordt geactualiseerd, is het niet in de
        hoofdtekst van dit plan opgenomen."""),

        H1("7 Speciaal (basis)onderwijs en de weg terug"),
        P("""Voor iedere leerling in het sbo of so wordt jaarlijks bij de evaluatie van het OPP bekeken of
        de leerling nog op de juiste plek zit. In het laatste schooljaar van de TLV bespreekt de commissie
        van begeleiding van de sbo- of so-school uiterlijk in februari of de leerling kan terugkeren naar
        een reguliere basisschool, of dat een nieuwe TLV nodig is. De school voor sbo of so neemt daartoe
        het initiatief en meldt de uitkomst binnen twee weken bij het Ondersteuningsloket. De contactpersoon
        van het samenwerkingsverband neemt deel aan het overleg met de beoogde ontvangende school. Het
        besluit tot terugplaatsing wordt genomen door de directeur van de ontvangende school na overleg met
        de sbo- of so-school; is een nieuwe TLV nodig, dan volgt het protocol uit hoofdstuk 6."""),
        P("""Een gedeelde visie op terugplaatsing, met afspraken over de voorwaarden waaronder terugplaatsing
        verantwoord is en over de begeleiding van kinderen na hun terugkeer, hebben wij nog niet. Deze visie
        wordt in 2026 samen met de besturen van het sbo en so en een aantal basisscholen uitgewerkt."""),

        H1("8 Middelen"),
        H2("8.1 Van bekostiging naar verdeling"),
        P("""Het samenwerkingsverband ontvangt jaarlijks van het Rijk middelen voor lichte en zware
        ondersteuning. Na aftrek van de bedragen die rechtstreeks naar het sbo en so gaan, resteert een
        budget dat volgens het verdeelmodel over de besturen en de centrale voorzieningen wordt verdeeld."""),
        H2("8.2 Het verdeelmodel"),
        P("""Vanaf 1 januari 2026 werkt Kempenrand met een vereenvoudigd verdeelmodel. Ieder bestuur ontvangt
        per vestiging een vaste voet van € 6.000 en per leerling een bedrag van € 120, gebaseerd op het
        aantal leerlingen op 1 oktober van het voorafgaande jaar. De besturen zetten deze middelen in voor
        de basisondersteuning en voor arrangementen op hun scholen. Daarnaast houdt het samenwerkingsverband
        een arrangementenbudget aan voor leerlingen met een zware ondersteuningsbehoefte: het
        Ondersteuningsloket kent een arrangement uit dit budget toe wanneer de kosten van de benodigde
        ondersteuning hoger zijn dan € 4.000 per schooljaar en de school aantoonbaar eerst de eigen middelen
        heeft ingezet. Het Loket beslist binnen vier weken. De bovenschoolse voorzieningen uit paragraaf 5.3
        worden rechtstreeks door het samenwerkingsverband bekostigd. Het bestuur stelt de bedragen ieder
        jaar in november vast bij de begroting."""),
        H2("8.3 Meerjarenbegroting"),
        P("""De meerjarenbegroting wordt jaarlijks opnieuw opgesteld en door het bestuur in december
        vastgesteld. Het overzicht hieronder geeft de opbouw weer; de bedragen worden ingevuld zodra de
        rijksbekostiging voor 2026 bekend is."""),
        TABLE([["Post", "2025", "2026", "2027", "2028"],
               ["Rijksbijdrage lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdrachten sbo en so", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Vaste voet en bedrag per leerling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Arrangementenbudget", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),

        H1("9 Ambities en resultaten"),
        P("""Voor deze planperiode hebben de besturen de volgende beoogde resultaten afgesproken. Zij sluiten
        aan bij de koers uit hoofdstuk 4."""),
        UL("""In 2027 biedt iedere vestiging de basisondersteuning volgens tabel 5.1 volledig; in 2024 gold dat
           voor 38 van de 47 vestigingen.""",
           """Het aantal leerlingen in het so (woonachtig in de regio) stijgt niet verder en bedraagt in
           2029 ten hoogste 200.""",
           """Ieder schooljaar keren ten minste acht leerlingen vanuit het sbo of so terug naar een
           reguliere basisschool.""",
           """In 2029 gaat geen enkel kind in Kempenrand langer dan drie maanden niet naar school.""",
           """Ten minste 85% van de aanvragen bij het Ondersteuningsloket wordt binnen vier weken
           afgehandeld."""),
        P("""Hoe wij deze resultaten gaan meten, met welke bronnen en op welke momenten wij erover
        rapporteren, leggen wij vast in het kwaliteitskader van het samenwerkingsverband. Dat kader
        verschijnt in de loop van 2026."""),

        H1("10 Communicatie"),
        P("""Goede communicatie met scholen, besturen en partners is een voorwaarde voor een goed werkend
        samenwerkingsverband. Het bureau verstuurt zes keer per jaar een nieuwsbrief aan scholen en
        besturen en organiseert twee keer per jaar een netwerkbijeenkomst voor intern begeleiders. Met de
        gemeenten wordt gecommuniceerd via het ambtelijk overleg."""),
        P("""In 2026 stellen wij een communicatieplan op waarin ook de communicatie richting ouders een
        plaats krijgt."""),

        H1("11 Samenwerking met gemeenten"),
        P("""Met de vier gemeenten is op 10 februari 2025 het OOGO over dit plan gevoerd. Gezamenlijke thema's
        voor de planperiode zijn: de aansluiting van onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer
        en de huisvesting van de bovenschoolse voorzieningen. De gemeenten hebben toegezegd dat de
        jeugdhulp in onderwijstijd op school kan worden geboden wanneer dat in het belang van het kind
        is. Per school is er een vaste contactpersoon van het sociaal team."""),

        H1("12 Organisatie, personeel en privacy"),
    ]
    body += governance(c, parents_in_opr=False)
    body += personeel_ict(c)
    body += [H1("13 Vaststelling")]
    body += vaststelling(c)
    body += glossary(GLOSSARY_COMMON + [
        ("Ondersteuningsloket", "Het loket van het samenwerkingsverband voor arrangementen."),
        ("Protocol Toelaatbaarheid", "Beschrijving van procedure en criteria voor een TLV; bijlage 3."),
        ("Klachtenregeling", "Regeling voor de behandeling van klachten over het samenwerkingsverband.")])
    blocks = [TITLE("Ondersteuningsplan Kempenrand PO 2025-2029"),
              P(f"{c['name']} ({c['code']}) – Dichtbij, deskundig, duidelijk."), PB()]
    blocks += toc_from(body)
    blocks += body
    header = "Kempenrand PO | Ondersteuningsplan 2025-2029 | Ouders en school samen"
    footer = "Samenwerkingsverband Kempenrand PO 30-17"
    return c, blocks, header, footer


# ===========================================================================
# Plan D  -  SWV PO Zuidoever (pdf)
# ===========================================================================
def plan_d():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Zuidoever (primair onderwijs)", short="Zuidoever",
             code="PO 28-05", period="2025-2029", start=2025,
             article="18a, achtste lid, van de Wet op het primair onderwijs",
             region="Zuidoever", chair="dr. R.F. Kooistra", director="mevr. S. el Idrissi MSc",
             legal="stichting", boards="elf", toezicht="de raad van toezicht",
             opr_size=14, city="Oeverdam", fte="11,2", fg_partner="het Samenwerkingsverband VO Zuidoever",
             oogo_date="21 januari 2025", gemeenten="Oeverdam, Nieuw-Lekkerland-Zuid en Schoonveer",
             vo_overleg="28 januari 2025", other_swv="het Samenwerkingsverband VO Zuidoever",
             opr_date="11 maart 2025", vast_date="18 maart 2025", concept_date="29 oktober 2024",
             insp_date="3 april 2025")
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, [
        "Hoofdstuk 3 beschrijft onze regio.",
        "Hoofdstuk 4 beschrijft onze missie en visie.",
        "Hoofdstuk 5 beschrijft wat ouders op iedere school mogen verwachten.",
        "Hoofdstuk 6 beschrijft het ondersteuningsaanbod en het dekkend netwerk.",
        "Hoofdstuk 7 beschrijft de ondersteuningsroute en de toelaatbaarheid tot sbo en so.",
        "Hoofdstuk 8 gaat over terugplaatsing en overplaatsing.",
        "Hoofdstuk 9 gaat over ouders.",
        "Hoofdstuk 10 beschrijft kwaliteitszorg en resultaten.",
        "Hoofdstuk 11 gaat over financiën.",
        "Hoofdstuk 12 gaat over de gemeenten, hoofdstuk 13 over organisatie en hoofdstuk 14 over personeel en ICT.",
        "Hoofdstuk 15 beschrijft de totstandkoming van dit plan.",
    ])
    body += [
        H1("3 Onze regio"),
        P("""Zuidoever is een samenwerkingsverband in een gebied met drie gemeenten, een middelgrote stad
        (Oeverdam) en een groot aantal dorpen. Elf schoolbesturen zijn aangesloten, met samen 63
        vestigingen voor basisonderwijs, drie scholen voor speciaal basisonderwijs en vier locaties voor
        speciaal onderwijs in cluster 3 en 4. Op 1 oktober 2024 telde het samenwerkingsverband 15.230
        leerlingen in het basisonderwijs, 412 leerlingen in het sbo en 298 leerlingen in het so."""),
        P("""De regio kent grote verschillen. In delen van Oeverdam is een groot deel van de kinderen
        afkomstig uit gezinnen met een lage sociaaleconomische status, terwijl in de dorpen juist sprake is
        van krimp en kleine scholen. De besturen erkennen dat deze verschillen vragen om maatwerk in de
        ondersteuning, maar binnen gezamenlijke kaders."""),

        H1("4 Missie en visie"),
        P("""Wij willen dat ieder kind in Zuidoever onderwijs krijgt dat past bij wat het nodig heeft, zo
        dicht mogelijk bij huis, in samenwerking met ouders en met de zorg en hulp rond het gezin. Wij zien
        passend onderwijs als een gezamenlijke verantwoordelijkheid van alle besturen; geen bestuur kan dit
        alleen."""),
        P("""Onze visie kent vijf kernwaarden: eigenaarschap, vakmanschap, nabijheid, samenwerking en
        transparantie. Deze kernwaarden zijn in 2024 opnieuw vastgesteld in een werkconferentie met
        bestuurders, schoolleiders en intern begeleiders. Zij zijn richtinggevend voor de keuzes in dit plan
        en voor de jaarplannen die eruit voortvloeien."""),

        H1("5 Wat u op onze scholen mag verwachten"),
        P("""In de vorige planperiode hebben de intern begeleiders van alle besturen in kaart gebracht welke
        ondersteuning de basisscholen in Zuidoever bieden zonder tussenkomst van het samenwerkingsverband.
        Die inventarisatie heeft geleid tot de volgende lijst van voorzieningen die ouders op de scholen
        in Zuidoever in de regel aantreffen:"""),
        UL("""een intern begeleider die het aanspreekpunt is voor ouders en leerkrachten over de ondersteuning
           van een kind;""",
           """drie keer per jaar een groepsbespreking en een leerlingbespreking waarin de ontwikkeling van
           alle kinderen wordt gevolgd;""",
           """een aanpak voor lees- en spellingproblemen volgens het dyslexieprotocol, met voorleessoftware
           en extra instructie;""",
           """een aanpak voor rekenproblemen met verlengde instructie en remediërende materialen;""",
           """een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;""",
           """verrijkingsstof en een plusaanbod voor kinderen die meer aankunnen;""",
           """ondersteuning bij taalontwikkeling voor kinderen met een andere thuistaal;""",
           """een ontwikkelingsperspectiefplan wanneer een kind op een of meer vakken een eigen leerlijn
           volgt;""",
           """een samenwerkingsafspraak met het wijkteam en de jeugdverpleegkundige."""),
        P("""Deze lijst heeft het karakter van een inventarisatie: de voorzieningen zijn op de scholen
        gangbaar, maar zij zijn nog niet als gezamenlijke afspraak tussen de besturen vastgelegd. De besturen hebben afgesproken dat zij in de loop van
        het schooljaar 2025-2026 gezamenlijk vaststellen welk niveau van basisondersteuning als bindende
        ondergrens voor alle vestigingen in Zuidoever gaat gelden, mede in het licht van de landelijke norm
        basisondersteuning. Tot die tijd bepaalt iedere school in haar schoolondersteuningsprofiel het
        eigen niveau."""),

        H1("6 Het ondersteuningsaanbod en het dekkend netwerk"),
        H2("6.1 Van basis naar specialistisch"),
        P("""Het ondersteuningsaanbod in Zuidoever is opgebouwd uit vier lagen. De eerste laag is de
        ondersteuning op de school zelf, zoals beschreven in hoofdstuk 5. De tweede laag bestaat uit
        arrangementen op de reguliere school: extra begeleiding van een kind of groepje kinderen door een
        specialist, een onderwijsassistent of een ambulant begeleider vanuit het speciaal onderwijs. De
        derde laag bestaat uit de bovenschoolse voorzieningen: de Schakelklas voor nieuwkomers in Oeverdam,
        de Plusklas op vier locaties, de Observatiegroep voor jonge kinderen bij sbo De Brug en het
        onderwijs-zorgarrangement Het Anker, waar onderwijs en jeugdhulp samen worden geboden. De vierde laag
        bestaat uit het speciaal basisonderwijs (De Brug, De Wegwijzer en De Zeilen) en het speciaal
        onderwijs in cluster 3 en 4 (vier locaties in de regio)."""),
        P("""Scholen kunnen voor advies over de passende laag terecht bij het Ondersteuningsteam
        Zuidoever, een team van orthopedagogen en onderwijsspecialisten van het samenwerkingsverband. Het
        team denkt mee over de vraag van het kind en over de vraag welke voorziening het best aansluit."""),
        H2("6.2 Zorgplicht en kinderen zonder passende plek"),
        P("""Iedere school heeft zorgplicht. Wanneer een school na aanmelding geen passend aanbod kan doen,
        zoekt het bestuur in overleg met de ouders een andere school die dat wel kan. Lukt dat niet binnen
        de wettelijke termijn, dan meldt het bestuur dit bij het samenwerkingsverband, dat een
        trajectbegeleider inzet die de zoektocht coördineert."""),
        P("""Het samenwerkingsverband houdt een registratie bij van alle kinderen die thuiszitten, die een
        vrijstelling van de leerplicht hebben of die op een wachtlijst staan voor het so. Iedere maand komt
        de thuiszitterstafel bijeen met de leerplichtambtenaren, de jeugdhulp en de trajectbegeleiders. De
        tafel maakt voor ieder kind binnen vier weken een plan; wanneer dat niet lukt, kan de
        directeur-bestuurder een bestuur verzoeken een kind tijdelijk te plaatsen. Jaarlijks in maart
        analyseert het samenwerkingsverband de registratie op patronen. In de analyse van 2024 bleken met
        name kinderen met een combinatie van autisme en angstproblematiek geen passende plek te vinden;
        daarom wordt in augustus 2025 bij De Wegwijzer een kleine groep voor deze kinderen gestart."""),
        P("""Ook de wachtlijsten voor het so in cluster 4 baren zorgen. Samen met de so-besturen wordt
        onderzocht of de capaciteit in de regio kan worden vergroot; in de tussentijd biedt het
        samenwerkingsverband een overbruggingsarrangement op de eigen school."""),

        H1("7 De ondersteuningsroute en toelaatbaarheid"),
        H2("7.1 De route"),
        P("""Wanneer een kind meer nodig heeft dan de school met de basisondersteuning en een arrangement kan
        bieden, bespreekt de intern begeleider met de ouders en de orthopedagoog van het
        samenwerkingsverband in een groot ondersteuningsoverleg of het kind is aangewezen op het sbo of so.
        Is dat het geval, dan dient het bestuur van de school de aanvraag voor een TLV in bij de
        Commissie Toelaatbaarheid van het samenwerkingsverband."""),
        H2("7.2 Het aanvraagdossier"),
        P("""Het dossier bevat het groeidocument met de beschrijving van de ondersteuningsbehoefte, de
        evaluatie van het OPP en van de ingezette arrangementen, het verslag van het grote
        ondersteuningsoverleg en de zienswijze van de ouders. Ouders ondertekenen het dossier voor gezien.
        Is een ouder het niet eens met de aanvraag, dan wordt dat in de zienswijze vermeld."""),
        H2("7.3 Wanneer is een kind toelaatbaar?"),
        P("""De Commissie Toelaatbaarheid verklaart een kind toelaatbaar tot het sbo wanneer uit het dossier
        blijkt dat het kind voor ten minste een langere periode een ondersteuningsbehoefte heeft op het
        gebied van leren, werkhouding of sociaal-emotionele ontwikkeling die om een kleine groep,
        specialistische begeleiding en een aangepast tempo vraagt; dat de reguliere school met
        arrangementen gedurende ten minste zes maanden aantoonbaar heeft geprobeerd in die behoefte te
        voorzien; en dat het OPP laat zien dat het kind in het reguliere onderwijs onvoldoende tot
        ontwikkeling komt. Tot het so verklaart de commissie een kind toelaatbaar wanneer daarnaast sprake is
        van een verstandelijke beperking (cluster 3, zml), een lichamelijke beperking of langdurige ziekte
        (cluster 3, lg/lz) of ernstige gedrags- of psychiatrische problematiek (cluster 4) waardoor het kind
        een integraal aanbod van onderwijs en zorg nodig heeft dat het sbo niet kan bieden."""),
        H2("7.4 Deskundigen en besluit"),
        P("""De commissie wint voor iedere aanvraag het advies in van twee deskundigen: een orthopedagoog of
        GZ-psycholoog en, afhankelijk van de situatie van het kind, een jeugdarts, een maatschappelijk
        werker of een kinderpsychiater. Iedere deskundige adviseert schriftelijk en afzonderlijk. De
        commissie besluit binnen vijf weken na ontvangst van het volledige dossier. De TLV geldt voor het
        sbo voor twee schooljaren en voor het so voor twee of drie schooljaren, met vermelding van de
        bekostigingscategorie laag, midden of hoog."""),
        H2("7.5 Bezwaar"),
        P("""Ouders en het schoolbestuur kunnen tegen het besluit binnen zes weken bezwaar maken bij het
        bestuur van het samenwerkingsverband, dat advies vraagt aan de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen."""),

        H1("8 Terug naar de basisschool"),
        P("""Zuidoever gaat ervan uit dat het sbo en so er zijn voor een periode in de schoolloopbaan van een
        kind en niet automatisch voor de rest van de basisschooltijd. Ons beleid is erop gericht dat een
        kind terugkeert naar een reguliere basisschool, bij voorkeur in de eigen woonplaats, zodra de
        ondersteuningsbehoefte dat toelaat. Terugplaatsing is verantwoord wanneer het kind op de
        onderdelen van het OPP de verwachte ontwikkeling laat zien, het kind zelf en de ouders achter de
        overstap staan en er een ontvangende school is die met een arrangement in de ondersteuning kan
        voorzien. Ook overplaatsing naar een andere school voor sbo of so is mogelijk wanneer die beter
        aansluit bij de ondersteuningsbehoefte."""),
        P("""Een kind dat terugkeert, krijgt op de nieuwe school gedurende ten minste één schooljaar een
        terugplaatsingsarrangement. Dat arrangement bestaat uit begeleiding van het kind en coaching van de
        leerkracht door een ambulant begeleider van de school van herkomst, en uit een vast aanspreekpunt
        bij het samenwerkingsverband voor de ouders."""),
        P("""Een stappenplan voor de terugplaatsing, waarin staat wie het initiatief neemt, op welke momenten
        in de looptijd van de TLV wordt beoordeeld of terugplaatsing mogelijk is en wie daarover beslist,
        wordt in het schooljaar 2025-2026 samen met de sbo- en so-scholen opgesteld."""),

        H1("9 Ouders"),
        H2("9.1 Informatie"),
        P("""Het samenwerkingsverband informeert ouders via de website, waar een aparte rubriek voor ouders
        staat met uitleg over de ondersteuning op school, de arrangementen, de bovenschoolse voorzieningen
        en de TLV. Ieder jaar in oktober verschijnt de oudergids 'Passend onderwijs in Zuidoever', die via
        alle scholen wordt verspreid. Iedere school beschrijft in de schoolgids welke ondersteuning zij
        biedt. Ouders kunnen daarnaast op werkdagen terecht bij het informatiepunt van het
        samenwerkingsverband, telefonisch of via een contactformulier."""),
        H2("9.2 Onafhankelijke ondersteuning"),
        P("""Wie het niet eens is met de school of met het samenwerkingsverband, kan terecht bij het Ouder- en
        Jeugdsteunpunt Zuidoever, dat samen met het samenwerkingsverband VO is ingericht en wordt uitgevoerd
        door een onafhankelijke ouderorganisatie. Daarnaast kunnen ouders de onderwijsconsulenten
        inschakelen en zich wenden tot de Geschillencommissie passend onderwijs."""),

        H1("10 Kwaliteitszorg en resultaten"),
        H2("10.1 Beoogde resultaten"),
        TABLE([["Doel", "Indicator", "Stand 2024", "Doel 2029"],
               ["Minder kinderen thuis", "Thuiszitters langer dan 4 weken (peildatum 1 maart)", "23", "ten hoogste 8"],
               ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so", "4,5%", "4,0%"],
               ["Terugplaatsing wordt gewoon", "Aantal terugplaatsingen per schooljaar", "9", "20"],
               ["Snelle hulp", "Aandeel adviezen Ondersteuningsteam binnen 4 weken", "71%", "90%"],
               ["Tevreden ouders", "Tevredenheid ouders over de ondersteuning", "7,1", "7,6"]]),
        H2("10.2 Monitoring en evaluatie"),
        P("""De indicatoren worden twee keer per jaar gemeten, in maart en oktober, aan de hand van de
        registratie van de thuiszitterstafel, de DUO-gegevens, het registratiesysteem van het
        Ondersteuningsteam Zuidoever en een ouderpeiling. De uitkomsten worden besproken in het
        besturenoverleg en met de OPR, en opgenomen in het jaarverslag. Daarnaast voert het
        samenwerkingsverband jaarlijks met ieder bestuur een kwaliteitsgesprek over de ondersteuning op de
        scholen. In het laatste jaar van de planperiode volgt een externe evaluatie."""),

        H1("11 Financiën"),
        P("""De verdeling van de ondersteuningsmiddelen, de criteria voor de toekenning van arrangementen en
        de meerjarenbegroting zijn vastgelegd in het Financieel Kader Zuidoever 2025-2029 (bijlage 4), dat
        gelijktijdig met dit plan door het bestuur wordt vastgesteld. Het Financieel Kader wordt ieder jaar
        geactualiseerd bij de begroting en is te raadplegen op de website van het samenwerkingsverband."""),

        H1("12 Samenwerking met de gemeenten"),
        P("""Het samenwerkingsverband en de drie gemeenten hebben een gezamenlijke agenda voor de
        planperiode opgesteld. Belangrijke thema's zijn de thuiszitters, de aansluiting tussen het
        onderwijs en de wijkteams, de onderwijs-zorgarrangementen en het leerlingenvervoer. De gemeenten
        financieren de jeugdhulpcomponent van Het Anker en de inzet van schoolmaatschappelijk werk."""),

        H1("13 Organisatie en medezeggenschap"),
    ]
    body += governance(c)
    body += [H1("14 Personeel en ICT")]
    body += personeel_ict(c)
    body += [H1("15 Totstandkoming")]
    body += vaststelling(c)
    body += glossary(GLOSSARY_COMMON + [
        ("Financieel Kader", "Document waarin verdeelmodel en meerjarenbegroting zijn opgenomen; bijlage 4."),
        ("Thuiszitterstafel", "Maandelijks overleg over kinderen zonder passende plek."),
        ("Vaste voet", "Vast bedrag per school of vestiging in een verdeelmodel.")])
    blocks = [TITLE("Ondersteuningsplan 2025-2029"),
              P(f"{c['name']} – {c['code']}. Samen sterk voor ieder kind."), PB()]
    blocks += toc_from(body)
    blocks += body
    header = "SWV Zuidoever – Ondersteuningsplan 2025-2029 – financiën en verdeling middelen"
    footer = "Zuidoever PO 28-05"
    return c, blocks, header, footer


# ===========================================================================
# Plan E  -  SWV VO Eemlanden-Zuid (html web version)
# ===========================================================================
GLOSSARY_VO = [
    ("Basisondersteuning", "Het niveau van ondersteuning dat iedere school voor voortgezet onderwijs biedt."),
    ("Dekkend aanbod", "Samenhangend geheel van ondersteuningsvoorzieningen in de regio."),
    ("Loket", "Het loket van het samenwerkingsverband voor aanvragen van TLV's en aanwijzingen lwoo/pro."),
    ("Lwoo", "Leerwegondersteunend onderwijs."),
    ("Meerjarenbegroting", "Begroting over meerdere jaren."),
    ("OJSP", "Ouder- en jeugdsteunpunt."),
    ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Pro", "Praktijkonderwijs."),
    ("Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring."),
    ("Verdeelmodel", "Systematiek voor de verdeling van de middelen over de schoolbesturen."),
    ("Vso", "Voortgezet speciaal onderwijs."),
    ("Zorgplicht", "De plicht van het schoolbestuur om een passend onderwijsaanbod te doen."),
]


def plan_e():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Eemlanden-Zuid", short="Eemlanden-Zuid",
             code="VO 26-12", period="2025-2029", start=2025,
             article="17a, achtste lid, van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)",
             region="Eemlanden-Zuid", chair="drs. W. Brinkhorst", director="mr. drs. E.C. Lammers",
             legal="stichting", boards="zes", toezicht="de raad van toezicht",
             opr_size=12, city="Eemhoven", fte="8,5", fg_partner="twee samenwerkingsverbanden PO in de regio",
             oogo_date="6 februari 2025", gemeenten="Eemhoven, Soestbergen, Baarlo-Eem en Leusveld",
             vo_overleg="13 februari 2025", other_swv="de samenwerkingsverbanden PO Eemhoven en Soestbergen",
             opr_date="20 maart 2025", vast_date="27 maart 2025", concept_date="19 november 2024",
             insp_date="14 april 2025", cao="cao voortgezet onderwijs", numbered=False)
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, [
        "Pagina 'Ons samenwerkingsverband' beschrijft de regio en de scholen.",
        "Pagina 'Visie' beschrijft onze visie op passend onderwijs.",
        "Pagina 'Passend aanbod in de regio' gaat over de ondersteuning op de scholen, zorgplicht en thuiszitters.",
        "Pagina 'Toelaatbaarheid vso, lwoo en pro' beschrijft wanneer een leerling toelaatbaar is.",
        "Pagina 'Van vso naar regulier' gaat over terugplaatsing.",
        "Pagina 'Ouders en leerlingen' gaat over ouders, leerlingen en onafhankelijke ondersteuning.",
        "Pagina 'Resultaten en kwaliteit' beschrijft hoe wij onze resultaten volgen.",
        "Pagina 'Financiën' bevat de meerjarenbegroting.",
        "De overige pagina's gaan over gemeenten, organisatie, personeel en de vaststelling.",
    ])
    body += [
        H1("Ons samenwerkingsverband"),
        P("""Eemlanden-Zuid omvat vier gemeenten rond de Eem. Zes schoolbesturen zijn aangesloten met samen
        veertien scholen voor voortgezet onderwijs: acht scholen met vmbo, havo en vwo, twee brede
        scholengemeenschappen met lwoo, één school voor praktijkonderwijs, twee scholen voor vso en het
        orthopedagogisch-didactisch centrum (OPDC) De Schakel. Op 1 oktober 2024 volgden 11.480 leerlingen
        voortgezet onderwijs bij een van de aangesloten scholen, van wie 1.120 met lwoo, 410 in het
        praktijkonderwijs en 356 in het vso."""),
        P("""Het samenwerkingsverband werkt nauw samen met de samenwerkingsverbanden PO in de regio over de
        overstap van het primair naar het voortgezet onderwijs. De overstapprocedure is vastgelegd in de
        Kernprocedure PO-VO Eemlanden, die jaarlijks wordt geactualiseerd."""),

        H1("Visie"),
        P("""Iedere jongere in Eemlanden-Zuid verdient een schoolloopbaan waarin hij of zij zich kan
        ontwikkelen tot een zelfstandig en betrokken burger. Passend onderwijs betekent voor ons dat
        scholen, ouders, jongeren en partners samen zoeken naar wat werkt, en dat geen jongere tussen wal
        en schip valt. Wij kiezen daarbij voor een inclusieve koers: zoveel mogelijk jongeren volgen
        onderwijs in het reguliere voortgezet onderwijs, met ondersteuning waar dat nodig is."""),
        P("""Onze visie is uitgewerkt in vier kernbegrippen: jongeren centraal, scholen als eigenaar, samen
        met ouders en partners, en leren van wat werkt. Deze begrippen vormen de toetssteen voor de keuzes
        die wij in deze planperiode maken."""),

        H1("Passend aanbod in de regio"),
        H2("Ondersteuning op de scholen"),
        P("""De afspraken over de basisondersteuning op de scholen voor voortgezet onderwijs zijn vastgelegd in
        het document Basisondersteuning VO Eemlanden-Zuid 2022 (bijlage A). Dit document is niet opnieuw in
        dit plan opgenomen. Scholen vinden een actueel overzicht van alle voorzieningen in de regio in de
        Ondersteuningswijzer op het extranet van het samenwerkingsverband."""),
        H2("Het netwerk van voorzieningen"),
        P("""Het netwerk van voorzieningen in Eemlanden-Zuid wordt in deze planperiode herijkt. In het
        Koersdocument Voorzieningen, dat in het najaar van 2026 verschijnt, beschrijven wij welke
        voorzieningen er binnen en tussen de scholen zijn, hoe zij op elkaar aansluiten en welke
        voorzieningen worden toegevoegd of afgebouwd."""),
        H2("Zorgplicht, thuiszitters en jongeren zonder passende plek"),
        P("""Ieder schoolbestuur heeft zorgplicht voor de leerlingen die bij een van zijn scholen worden
        aangemeld. Kan een school na onderzoek geen passend aanbod doen, dan zoekt het bestuur een school
        die dat wel kan. De besturen hebben afgesproken dat zij elkaar daarbij helpen: een school die een
        leerling niet kan plaatsen, meldt dit binnen vijf werkdagen bij de casemanager van het
        samenwerkingsverband, die binnen tien werkdagen met de betrokken scholen een passende plek zoekt."""),
        P("""Voor jongeren die thuiszitten of dreigen thuis te komen zitten, werkt het samenwerkingsverband met
        een thuiszitterstafel, die iedere twee weken bijeenkomt met de leerplichtambtenaren van de vier
        gemeenten, de jeugdhulp en de casemanagers. Iedere jongere die langer dan vier weken niet naar
        school gaat, wordt aan tafel besproken; binnen zes weken ligt er een plan met een concreet
        perspectief op onderwijs, eventueel in combinatie met zorg. Lukt dat niet, dan heeft de
        directeur-bestuurder doorzettingsmacht: hij kan, na overleg met de besturen, een school aanwijzen
        die de jongere tijdelijk plaatst."""),
        P("""Twee keer per jaar analyseert het samenwerkingsverband de registratie van de thuiszitterstafel en
        van de meldingen in het kader van de zorgplicht. In die analyse worden de plekken benoemd waar het
        aanbod tekortschiet. De analyse van januari 2025 liet zien dat jongeren met een combinatie van
        hoogbegaafdheid en psychische problematiek en jongeren die vanuit een gesloten jeugdhulpinstelling
        terugkeren, relatief vaak langdurig zonder passende plek zitten. Voor de eerste groep start in
        augustus 2025 een pilot bij een van de havo/vwo-scholen; voor de tweede groep zijn met de gemeenten
        afspraken gemaakt over een warme overdracht vanuit de instellingen."""),

        H1("Toelaatbaarheid vso, lwoo en pro"),
        H2("Wanneer is een leerling toelaatbaar tot het vso?"),
        P("""Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs wanneer aan de volgende drie
        voorwaarden is voldaan."""),
        UL("""De leerling heeft een ondersteuningsbehoefte die voortkomt uit een verstandelijke beperking,
           een lichamelijke beperking of langdurige ziekte, of ernstige gedrags- of psychiatrische
           problematiek, en die een integraal aanbod van onderwijs en zorg vraagt.""",
           """Uit de evaluatie van de geboden ondersteuning blijkt dat de reguliere school, ook met de
           inzet van extra ondersteuning gedurende ten minste een half schooljaar, of het OPDC niet in deze
           behoefte kan voorzien.""",
           """Het OPP laat zien dat de leerling in het vso een reëel uitstroomperspectief heeft dat in het
           regulier onderwijs niet haalbaar is."""),
        P("""De bekostigingscategorie wordt bepaald aan de hand van de aard van de beperking volgens de
        landelijke indeling (laag, midden of hoog). Een TLV vso geldt ten hoogste drie schooljaren."""),
        H2("Lwoo en praktijkonderwijs"),
        P("""Eemlanden-Zuid volgt voor leerwegondersteunend onderwijs en praktijkonderwijs de landelijke
        criteria. Een leerling komt in aanmerking voor lwoo wanneer het IQ tussen 75 en 90 ligt en er sprake
        is van een leerachterstand van 25 tot 50% op ten minste twee van de vier domeinen (inzichtelijk
        rekenen, begrijpend lezen, technisch lezen, spelling), waarvan één inzichtelijk rekenen of begrijpend
        lezen is; of wanneer het IQ tussen 91 en 120 ligt, er een leerachterstand is zoals hiervoor bedoeld
        en er sociaal-emotionele problematiek is die het leren belemmert. Een leerling is toelaatbaar tot
        het praktijkonderwijs wanneer het IQ tussen 55 en 80 ligt en er een leerachterstand is van 50% of
        meer op ten minste twee van de vier domeinen, waarvan één inzichtelijk rekenen of begrijpend
        lezen is."""),
        H2("De aanvraag"),
        P("""De werkwijze van het Loket wordt in 2025-2026 herzien. Wie een aanvraag indient, welke stukken
        daarvoor nodig zijn, binnen welke termijn wordt besloten en hoe ouders en leerlingen worden
        gehoord, wordt beschreven in de nieuwe Loketregeling, die vóór 1 augustus 2026 op de website wordt
        gepubliceerd. Tot die tijd blijft de Loketregeling 2021 van kracht."""),

        H1("Van vso naar regulier"),
        P("""Eemlanden-Zuid vindt dat een plaatsing in het vso niet vanzelfsprekend tot het einde van de
        schoolloopbaan hoeft te duren. Ons beleid is dat iedere vso-leerling van wie de ontwikkeling dat
        toelaat, de kans krijgt om zijn of haar schoolloopbaan voort te zetten in het regulier voortgezet
        onderwijs of het praktijkonderwijs. Voorwaarden zijn dat de leerling zich volgens het OPP heeft
        ontwikkeld tot een niveau waarop een diploma of certificaat in het regulier onderwijs haalbaar is,
        dat de leerling en de ouders de overstap willen en dat de ontvangende school met de
        basisondersteuning en een terugplaatsingsarrangement in de ondersteuning kan voorzien."""),
        P("""De procedure is als volgt. Bij iedere jaarlijkse evaluatie van het OPP beoordeelt de commissie
        voor de begeleiding van de vso-school of terugplaatsing of overplaatsing aan de orde is. In het
        laatste jaar van de TLV gebeurt dat uiterlijk op 1 maart, in een overleg met de leerling, de ouders,
        de mentor en een casemanager van het samenwerkingsverband. Komt het overleg tot de conclusie dat
        terugplaatsing mogelijk is, dan zoekt de casemanager met de ouders een ontvangende school en
        organiseert hij een kennismaking en, waar gewenst, een proefperiode van maximaal zes weken. De
        directeur van de ontvangende school besluit over de inschrijving. Is voortzetting van het vso
        nodig, dan is een nieuwe TLV vereist."""),
        P("""Een teruggeplaatste leerling krijgt gedurende één schooljaar een terugplaatsingsarrangement:
        ambulante begeleiding vanuit de vso-school, een vaste coach op de ontvangende school en een
        evaluatie na drie maanden en aan het einde van het schooljaar. In het schooljaar 2023-2024 zijn 14
        leerlingen teruggeplaatst, van wie er 12 na een jaar nog op de ontvangende school stonden."""),

        H1("Ouders en leerlingen"),
        H2("Betrokkenheid"),
        P("""Ouders en leerlingen zijn partners in de ondersteuning. Leerlingen met een OPP hebben hoorrecht:
        de school vraagt hun mening over het OPP en legt die vast. Ouders en leerlingen zijn vertegenwoordigd
        in de ondersteuningsplanraad."""),
        H2("Informatie"),
        P("""Hoe wij ouders en leerlingen informeren over de ondersteuning in de regio, werken wij uit in een
        communicatieplan dat in het voorjaar van 2026 gereed is en aan de OPR wordt voorgelegd."""),
        H2("Onafhankelijke ondersteuning"),
        P("""Ouders en leerlingen die vragen hebben of het niet eens zijn met een school of met het
        samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Eemlanden. Het steunpunt wordt
        uitgevoerd door een onafhankelijke stichting, is telefonisch, per e-mail en via een inloopspreekuur in
        Eemhoven bereikbaar en werkt uitsluitend in het belang van de jongere. Ouders kunnen daarnaast
        kosteloos een onderwijsconsulent inschakelen. Voor geschillen over toelating, verwijdering en het
        OPP kunnen zij zich wenden tot de Geschillencommissie passend onderwijs, en voor klachten over het
        samenwerkingsverband geldt de klachtenregeling."""),

        H1("Resultaten en kwaliteit"),
        H2("Beoogde resultaten"),
        P("""De beoogde resultaten voor de planperiode 2025-2029 worden in het jaarplan 2026 geformuleerd,
        nadat het Koersdocument Voorzieningen is vastgesteld."""),
        H2("Hoe wij resultaten volgen"),
        P("""Het samenwerkingsverband volgt de ontwikkelingen met een monitor die twee keer per jaar wordt
        geactualiseerd. De monitor bevat onder meer het aantal thuiszitters en vrijstellingen, de deelname
        aan vso, lwoo en praktijkonderwijs, het aantal terugplaatsingen, de doorlooptijd van aanvragen en de
        uitstroom naar mbo en arbeid. Bronnen zijn de DUO-gegevens, de registraties van het Loket en van de
        thuiszitterstafel en een tweejaarlijkse tevredenheidspeiling onder ouders, leerlingen en scholen. De
        monitor wordt besproken in het besturenoverleg, in de raad van toezicht en met de OPR. Met iedere
        school voert het samenwerkingsverband in november een kwaliteitsdialoog over de eigen cijfers. In het
        jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij over de ontwikkeling van de
        indicatoren."""),

        H1("Financiën"),
        H2("Verdeling"),
        P("""Het verdeelmodel van Eemlanden-Zuid is in 2019 vastgesteld en sluit niet meer aan bij de huidige
        praktijk. In het schooljaar 2025-2026 wordt het model geëvalueerd. Een nieuw verdeelmodel, met de
        criteria voor de toekenning van middelen aan de schoolbesturen en voor de financiering van
        voorzieningen, wordt vóór 1 januari 2027 ter instemming aan de OPR voorgelegd."""),
        H2("Meerjarenbegroting"),
        TABLE([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
               ["Baten lichte ondersteuning (incl. lwoo en pro)", "9.460", "9.410", "9.350", "9.300"],
               ["Baten zware ondersteuning", "6.210", "6.180", "6.150", "6.120"],
               ["Afdrachten vso via DUO", "4.880", "4.900", "4.900", "4.910"],
               ["Lwoo en praktijkonderwijs naar besturen", "6.950", "6.920", "6.880", "6.850"],
               ["Ondersteuningsmiddelen naar besturen", "1.980", "1.950", "1.930", "1.900"],
               ["OPDC De Schakel", "760", "760", "770", "770"],
               ["Thuiszitterstafel en casemanagement", "380", "390", "400", "400"],
               ["Bureau en bestuur", "690", "700", "710", "720"],
               ["Saldo", "30", "-30", "-90", "-130"]]),
        P("""De negatieve saldi worden gedekt uit de algemene reserve, die eind 2024 boven de
        signaleringswaarde lag."""),

        H1("Samenwerking met gemeenten"),
        P("""Het samenwerkingsverband voert jaarlijks een bestuurlijk overleg met de wethouders onderwijs en
        jeugd van de vier gemeenten. Gezamenlijke thema's zijn thuiszitters, de aansluiting tussen onderwijs
        en jeugdhulp, het leerlingenvervoer en de overgang naar mbo en arbeid. Met de gemeenten is
        afgesproken dat de jeugdhulp op de scholen via vaste schoolcontactpersonen van de lokale teams
        bereikbaar is."""),
        H1("Organisatie en medezeggenschap"),
    ]
    body += governance(c)
    body += [H1("Personeel, ICT en privacy")]
    body += personeel_ict(c)
    body += [H1("Vaststelling")]
    body += vaststelling(c)
    body += glossary(GLOSSARY_VO)
    nav = [b[1] for b in body if b[0] == "h1"]
    blocks = [TITLE("Ondersteuningsplan 2025-2029 – Samenwerkingsverband VO Eemlanden-Zuid (webversie)"),
              P(f"{c['name']} ({c['code']}). Dit is de webversie van het ondersteuningsplan; de pdf-versie is op aanvraag beschikbaar.")]
    blocks += toc_from(body, "Inhoud")
    blocks += body
    return c, blocks, nav


# ===========================================================================
# F  -  near miss: the ondersteuningsplan of one basisschool (pdf)
# ===========================================================================
def nearmiss_f():
    body = [
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe openbare basisschool De Wilgenhoek in Zaltweide de
        ondersteuning aan haar leerlingen organiseert. Het plan is een uitwerking van het schoolplan
        2023-2027 en van het schoolondersteuningsprofiel (SOP) van onze school. Het wordt ieder schooljaar
        door het team geëvalueerd en door de directie, na advies van de medezeggenschapsraad, opnieuw
        vastgesteld. Dit plan geldt voor het schooljaar 2025-2026."""),
        P("""De Wilgenhoek is aangesloten bij het samenwerkingsverband passend onderwijs De Brede Waard. Het
        ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken die voor alle scholen in de
        regio gelden; dit schoolplan beschrijft hoe wij die afspraken op onze school uitvoeren. Waar in dit
        plan 'het samenwerkingsverband' staat, wordt De Brede Waard bedoeld."""),
        H1("2 Onze school"),
        P("""De Wilgenhoek telt op 1 oktober 2024 312 leerlingen, verdeeld over dertien groepen. De school
        staat in een wijk met veel jonge gezinnen en een gemengde bevolking. Ongeveer twintig procent van de
        leerlingen spreekt thuis een andere taal dan het Nederlands. Het team bestaat uit 24 medewerkers,
        onder wie een intern begeleider (0,8 fte), een gedragsspecialist (0,2 fte) en twee
        onderwijsassistenten."""),
        H1("3 Onze visie op ondersteuning"),
        P("""Wij willen een school zijn waar ieder kind gezien wordt. Wij gaan uit van de onderwijsbehoeften
        van kinderen en werken handelingsgericht: wij kijken naar wat een kind nodig heeft, in deze groep,
        bij deze leerkracht, en stemmen ons onderwijs daarop af. Ouders zijn daarbij onze belangrijkste
        partners. Zij kennen hun kind het best en worden vanaf het eerste signaal betrokken."""),
        H1("4 De ondersteuningsstructuur: vijf zorgniveaus"),
        P("""De ondersteuning op De Wilgenhoek is georganiseerd in vijf zorgniveaus."""),
        TABLE([["Zorgniveau", "Wat", "Wie"],
               ["1", "Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus", "Leerkracht"],
               ["2", "Extra zorg in de groep: verlengde instructie, extra oefening, gesprekjes", "Leerkracht"],
               ["3", "Speciale zorg na consultatie van de intern begeleider: individueel handelingsplan", "Leerkracht en IB"],
               ["4", "Speciale zorg met externe deskundigen: onderzoek, advies van de ondersteuningsadviseur van het samenwerkingsverband", "IB en externen"],
               ["5", "Aanvraag arrangement of TLV bij het samenwerkingsverband", "Directie en IB"]]),
        P("""De leerkracht is verantwoordelijk voor zorgniveau 1 en 2 en registreert de afspraken in het
        groepsoverzicht. Vanaf zorgniveau 3 is de intern begeleider betrokken. Ouders worden vanaf
        zorgniveau 2 geïnformeerd en vanaf zorgniveau 3 uitgenodigd voor een gesprek."""),
        H1("5 Groepsbesprekingen en leerlingbesprekingen"),
        P("""Drie keer per jaar, na de afname van de toetsen van het leerlingvolgsysteem in oktober, februari
        en juni, voert de intern begeleider met iedere leerkracht een groepsbespreking. In de
        groepsbespreking worden de resultaten van de groep geanalyseerd en wordt het groepsplan bijgesteld.
        Kinderen over wie de leerkracht zich zorgen maakt, worden aansluitend in een leerlingbespreking
        besproken. Zes keer per jaar vergadert het ondersteuningsteam van de school, met de intern
        begeleider, de directeur, de ondersteuningsadviseur van het samenwerkingsverband en de
        schoolmaatschappelijk werker."""),
        TABLE([["Maand", "Activiteit"],
               ["September", "Startgesprekken met ouders en kinderen"],
               ["Oktober", "Toetsen, groepsbesprekingen"],
               ["November", "Ondersteuningsteam, oudergesprekken"],
               ["Februari", "Toetsen, groepsbesprekingen"],
               ["Maart", "Ondersteuningsteam, evaluatie OPP's"],
               ["Juni", "Toetsen, groepsbesprekingen, overdracht naar volgende groep"]]),
        H1("6 Basisondersteuning op De Wilgenhoek"),
        P("""Het samenwerkingsverband heeft tien standaarden voor de basisondersteuning vastgesteld. De
        Wilgenhoek voldoet aan alle tien standaarden. Specifiek voor onze school noemen wij: een
        taalklas voor kinderen die nog onvoldoende Nederlands spreken (vier ochtenden per week), de
        Kangoeroegroep voor meerbegaafde kinderen, een training sociale vaardigheden voor groep 5 tot en
        met 8 en een leesproject met vrijwilligers. De kwaliteitskaart basisondersteuning is in april 2025
        met het samenwerkingsverband besproken."""),
        H1("7 Extra ondersteuning en arrangementen"),
        P("""Wanneer een kind meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, bespreken
        wij dat in het ondersteuningsteam. Wij kunnen dan een schoolarrangement inzetten, betaald uit het
        budget dat ons bestuur van het samenwerkingsverband ontvangt, bijvoorbeeld extra begeleiding door
        een onderwijsassistent. Voor een bovenschools arrangement, zoals de plusklas of de observatiegroep,
        doet de intern begeleider een aanvraag bij het Loket van het samenwerkingsverband. Voor ieder kind
        met een arrangement stellen wij een ontwikkelingsperspectiefplan op, dat twee keer per jaar met de
        ouders wordt geëvalueerd."""),
        H1("8 Verwijzing naar het speciaal (basis)onderwijs"),
        P("""Soms is de conclusie dat een kind beter op zijn plaats is op een school voor speciaal
        basisonderwijs of speciaal onderwijs. De school vraagt dan, na overleg met de ouders, via het
        bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De procedure en de criteria
        daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. De intern begeleider helpt
        ouders bij het kennismaken met de sbo- of so-school. Kinderen die terugkomen uit het speciaal
        onderwijs, begeleiden wij met een warme overdracht en een plan voor de eerste maanden."""),
        H1("9 Ouders"),
        P("""Ouders worden op De Wilgenhoek op verschillende manieren betrokken en geïnformeerd: via de
        startgesprekken in september, de tien-minutengesprekken in november en maart, de schoolgids, de
        nieuwsbrief en de ouderapp. Bij zorgen over een kind neemt de leerkracht contact op met de ouders;
        ouders kunnen ook zelf altijd een afspraak maken met de leerkracht of de intern begeleider. Heeft u
        een klacht, dan kunt u terecht bij de contactpersoon van de school of bij de vertrouwenspersoon van
        het bestuur. Voor onafhankelijk advies kunt u contact opnemen met het ouder- en jeugdsteunpunt van
        het samenwerkingsverband."""),
        H1("10 Middelen"),
        P("""De school ontvangt van het bestuur een budget voor ondersteuning, dat is gebaseerd op het bedrag
        dat het bestuur van het samenwerkingsverband ontvangt. Voor het schooljaar 2025-2026 bedraagt dit
        budget € 52.400. Het wordt besteed aan de formatie van de onderwijsassistenten (€ 38.000), de
        gedragsspecialist (€ 11.000) en materialen en scholing (€ 3.400). De directeur legt hierover
        verantwoording af aan het bestuur."""),
        H1("11 Evaluatie en doelen voor 2025-2026"),
        P("""Het ondersteuningsplan van de school is in juni 2025 geëvalueerd. Positief was de inzet van de
        gedragsspecialist; de leerkrachten voelen zich beter toegerust. Verbeterpunt is de kwaliteit van de
        groepsplannen in de bovenbouw. Voor het schooljaar 2025-2026 stellen wij ons de volgende doelen:"""),
        UL("""alle groepsplannen in groep 6 tot en met 8 voldoen in februari 2026 aan de afgesproken
           kwaliteitscriteria;""",
           """ten minste 80% van de kinderen in de taalklas stroomt binnen een jaar door naar de eigen groep;""",
           """de tevredenheid van ouders over de communicatie rond zorg stijgt van 7,2 naar 7,6;""",
           """het team volgt een tweedaagse scholing over executieve functies."""),
        H1("12 Tot slot"),
        P("""Dit plan is besproken in de teamvergadering van 2 juli 2025 en heeft de instemming gekregen van
        de medezeggenschapsraad op 8 juli 2025. Vragen over dit plan kunt u stellen aan de intern
        begeleider of de directeur."""),
    ]
    blocks = [TITLE("Ondersteuningsplan 2025-2026"),
              P("Openbare basisschool De Wilgenhoek, Zaltweide – onderdeel van het schoolplan 2023-2027. "
                "Aangesloten bij samenwerkingsverband passend onderwijs De Brede Waard."), PB()]
    blocks += toc_from(body)
    blocks += body
    return blocks


# ===========================================================================
# labels
# ===========================================================================
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
        ("plaatsing", "procedure"), ("plaatsing", "criteria"),
        ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"),
        ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
        ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_of(crit, el, advisory):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, false_criteria, advisory, notes, partial_override=()):
    crit = {f"{e}.{c}": True for e, c in CORE}
    for k in false_criteria:
        assert k in crit, k
        crit[k] = False
    elements = {el: status_of(crit, el, advisory) for el in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {elements[el]}" for el in ELEMENTS) + "}",
             "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: {yq(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elements


def write_nearmiss_label(name, documents, sector, note):
    text = (f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\n"
            f"elements: {{}}\ncriteria: {{}}\nadvisory_addressed: {{}}\nnotes:\n  document: {yq(note)}\n")
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


LABELS = {
    "po-debredewaard-2025": dict(
        sector="po",
        false=["resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5: minimum for every vestiging set by algemeen bestuur 14-11-2024 (5.1), ten standards with concrete content (5.2), kwaliteitskaart/audit/verbeterplan (5.3).",
            "plaatsing": "H7: who applies, dossier, sbo and so criteria (7.3), two separate deskundigen (7.4), commissie decides within 6 weeks, duration and category (7.5), bezwaar with LBT advice (7.6).",
            "terugstroom": "Hidden in TLV chapter 7.7 'Afloop van de TLV en de weg terug': policy (thuisnabij, conditions), procedure (MDO by 1 February in last TLV year, commissie confirms end), support after return (arrangement, proefplaatsing).",
            "financien": "H12 'Geld en middelen': verdeelmodel EUR 145 per leerling + vaste voet EUR 5.000 (12.2), meerjarenbegroting 2025-2028 table (12.3), reserves and verantwoording by boards.",
            "dekkend-aanbod": "H6: five-level continuum table with named bovenschoolse voorzieningen (6.1), route (6.2), gap detection, thuiszitters escalation and identified witte vlek with action (6.3), OZA with jeugdhulp (6.4).",
            "resultaten": "H8 'Kwaliteit en resultaten' only defers to a kwaliteitskader 'in de loop van 2025-2026' and says 'p.m.'; the 'Resultaat' row in the budget table is financial; glossary entry and running header do not count.",
            "ouders": "9.2 informs parents (schoolgids, ouderpagina, translated brochure, info evenings); 9.3 only announces that the ouder- en jeugdsteunpunt will be investigated in 2026; the TLV bezwaar in 7.6 is the SWV's own objection route (plaatsing.bezwaar), not independent support.",
        }),
    "po-lingeweide-2025": dict(
        sector="po",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure",
               "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5 defines the shared minimum for every vestiging (niveau) but gives only the four Referentiekader aspects; the concrete standards are in absent bijlage 2 / the SOPs and are to be re-set in 2025-2026.",
            "plaatsing": "H7: procedure in five steps with two deskundigen, Commissie Toewijzing, 6 weeks, duration/category (7.4), bezwaar (7.5); the criteria are only referred to the Toetsingskader on the website (7.3).",
            "terugstroom": "Only 7.6: the terugplaatsingsbeleid 'wordt in 2025-2026 herzien' and added as addendum (deferral); glossary/footer mentions do not count.",
            "financien": "H12: schoolmodel, distribution per leerling on teldatum (EUR 231 in 2025), decided yearly in November, verantwoording by boards; meerjarenbegroting 2025-2028 with amounts (12.3).",
            "dekkend-aanbod": "H6 'Dekkend netwerk' only restates the legal aim and defers an inventory and a notitie Dekkend netwerk to June 2026; H10 OOGO is procedural only; no continuum, no thuiszitters approach anywhere.",
            "resultaten": "H8: beoogde resultaten with nulmeting and streefwaarde 2029 (8.1); measurement twice a year, sources, kwaliteitsdialoog, jaarverslag, tussenevaluatie 2027 (8.2); terugblik H3 with achieved figures.",
            "ouders": "Inside H9 'Communicatie': 9.2 channels (schoolgids/SOP, ouderpagina, oudertelefoon, folder); 9.3 independent OJSP, onderwijsconsulenten, Geschillencommissie, klachtenregeling.",
        }),
    "po-kempenrand-2025": dict(
        sector="po",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "financien.besteding",
               "dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "5.1: minimum for every vestiging set by ledenvergadering; the concrete content is only in table 5.1 (per domain); yearly school visit and plan van aanpak.",
            "plaatsing": "H6 only refers to the Protocol Toelaatbaarheid (bijlage 3, not included) for procedure, criteria and advice; TLV counts in H3 are kengetallen; nothing on procedure/criteria/deskundigen/duration/bezwaar in the body.",
            "terugstroom": "H7: yearly OPP check, in last TLV year commissie van begeleiding by February, sbo/so school initiates and reports to the Loket, receiving school decides (procedure); the policy/conditions/support after return are explicitly 'in 2026 uitgewerkt'.",
            "financien": "8.2: verdeelmodel with vaste voet EUR 6.000 and EUR 120 per leerling plus arrangementenbudget criterion (> EUR 4.000, own means first); 8.3 meerjarenbegroting table is all 'p.m.'.",
            "dekkend-aanbod": "H5 describes the continuum (arrangementen, Kompasklas, Taalschakelklas, Time-ingroep, sbo, so); 5.5 defers the analysis of witte vlekken to 2025-2026; thuiszitters only as OOGO theme (H11).",
            "resultaten": "H9 lists beoogde resultaten with numbers and years; how they are measured and reported is deferred to a kwaliteitskader 'in de loop van 2026'.",
            "ouders": "No information or independent-support text: H10 Communicatie defers parent communication to a 2026 plan; OJSP/onderwijsconsulent only in the glossary; 'Ouders' in the running header; passing mentions in voorwoord/leeswijzer.",
        }),
    "po-zuidoever-2025": dict(
        sector="po",
        false=["basisondersteuning.niveau", "terugstroom.procedure", "financien.verdeling",
               "financien.besteding"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5 lists the voorzieningen parents find on the schools (inhoud), but says they are not yet a shared agreement and a binding ondergrens for all vestigingen is to be set in 2025-2026 (niveau not addressed).",
            "plaatsing": "H7: route and applicant (7.1), dossier (7.2), separate sbo and so criteria (7.3), two deskundigen, 5 weeks, duration and category (7.4), bezwaar via LBT (7.5).",
            "terugstroom": "H8: policy (aim thuisnabij, conditions, overplaatsing, terugplaatsingsarrangement for a year); the stappenplan (initiative, moments, decision) is deferred to 2025-2026.",
            "financien": "H11 only refers to the Financieel Kader (bijlage 4, not included) and the website; no verdeelmodel or amounts in the body; header text and glossary (vaste voet) do not count.",
            "dekkend-aanbod": "H6: four-layer continuum with named voorzieningen (6.1), zorgplicht route, thuiszitterstafel, escalation, yearly analysis and resulting new group (6.2), so wachtlijst bridging.",
            "resultaten": "H10: goals table with stand 2024 and doel 2029 (10.1), measurement twice a year, sources, reporting to besturenoverleg/OPR/jaarverslag, external evaluation (10.2).",
            "ouders": "H9: website rubriek, yearly oudergids, schoolgids, informatiepunt (9.1); OJSP Zuidoever, onderwijsconsulenten, Geschillencommissie (9.2).",
        }),
    "vo-eemlanden-zuid-2025": dict(
        sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen", "ouders.informatie"],
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Only a reference to 'Basisondersteuning VO Eemlanden-Zuid 2022 (bijlage A)', not included, plus the glossary entry; nothing on level or content in the body.",
            "plaatsing": "Page 'Toelaatbaarheid vso, lwoo en pro' gives vso criteria and the national lwoo/pro criteria, category and max duration; the procedure (who applies, stukken, termijn, hearing) is deferred to a new Loketregeling before 1-8-2026.",
            "terugstroom": "Page 'Van vso naar regulier': policy and conditions, procedure (yearly OPP evaluation, overleg by 1 March in last TLV year, casemanager, proefperiode, receiving director decides), arrangement and 2023-2024 figures.",
            "financien": "Meerjarenbegroting table 2025-2028 with amounts and reserve remark; the verdeelmodel is only announced ('voor 1 januari 2027 ter instemming').",
            "dekkend-aanbod": "Zorgplicht procedure, thuiszitterstafel, doorzettingsmacht and half-yearly gap analysis with actions (lacunes); the set of voorzieningen is deferred to the Koersdocument Voorzieningen (najaar 2026) and an extranet Ondersteuningswijzer.",
            "resultaten": "Monitor twice a year with indicators, sources, kwaliteitsdialoog and jaarverslag (monitoring); beoogde resultaten 'worden in het jaarplan 2026 geformuleerd'.",
            "ouders": "Independent support: OJSP Eemlanden, onderwijsconsulent, Geschillencommissie, klachtenregeling; how parents are informed is deferred to a communicatieplan (voorjaar 2026).",
        }),
}

EXPECTED = {
    "po-debredewaard-2025": ["present", "present", "present", "present", "present", "missing", "partial"],
    "po-lingeweide-2025": ["partial", "partial", "missing", "present", "missing", "present", "present"],
    "po-kempenrand-2025": ["present", "missing", "partial", "partial", "partial", "partial", "missing"],
    "po-zuidoever-2025": ["partial", "present", "partial", "missing", "present", "present", "present"],
    "vo-eemlanden-zuid-2025": ["missing", "partial", "present", "partial", "partial", "partial", "partial"],
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    c, blocks, hdr, ftr = plan_a()
    write_docx(blocks, OUT / "po-debredewaard-2025.docx", hdr, ftr)
    c, blocks, hdr, ftr = plan_b()
    write_docx(blocks, OUT / "po-lingeweide-2025.docx", hdr, ftr)
    c, blocks, hdr, ftr = plan_c()
    write_pdf(blocks, OUT / "po-kempenrand-2025.pdf", hdr, ftr)
    c, blocks, hdr, ftr = plan_d()
    write_pdf(blocks, OUT / "po-zuidoever-2025.pdf", hdr, ftr)
    c, blocks, nav = plan_e()
    write_html(blocks, OUT / "vo-eemlanden-zuid-2025.html", "SWV VO Eemlanden-Zuid – Ondersteuningsplan",
               nav, "Samenwerkingsverband VO Eemlanden-Zuid (VO 26-12) – basisondersteuning – "
               "toelaatbaarheid – ouders – privacyverklaring – cookies")
    write_pdf(nearmiss_f(), OUT / "nearmiss-wilgenhoek-schoolondersteuningsplan.pdf",
              "OBS De Wilgenhoek – Ondersteuningsplan 2025-2026",
              "De Wilgenhoek – samenwerkingsverband De Brede Waard")

    ext = {"po-debredewaard-2025": "docx", "po-lingeweide-2025": "docx", "po-kempenrand-2025": "pdf",
           "po-zuidoever-2025": "pdf", "vo-eemlanden-zuid-2025": "html"}
    for name, lab in LABELS.items():
        els = write_label(name, [f"{name}.{ext[name]}"], lab["sector"], lab["false"], lab["advisory"],
                          lab["notes"])
        got = [els[e] for e in ELEMENTS]
        assert got == EXPECTED[name], (name, got)
    write_nearmiss_label(
        "nearmiss-wilgenhoek-schoolondersteuningsplan",
        ["nearmiss-wilgenhoek-schoolondersteuningsplan.pdf"], "po",
        "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB, school budget, "
        "MR advice), part of its schoolplan and valid for one school year; it refers to the samenwerkingsverband's "
        "plan for TLV procedure and criteria. Not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, "
        "verdeelmodel, planperiode of four years).")


if __name__ == "__main__":
    main()
