#!/usr/bin/env python3
"""Generate the holdout312 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (rendered from .docx by LibreOffice) and .html.

Deterministic, no network. Output goes next to this script's parent folder.
Usage: python3 make_holdout312.py
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


# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, title, subtitle="", header=""):
        self.title = title
        self.subtitle = subtitle
        self.header = header
        self.blocks = []

    def h1(self, t):
        self.blocks.append(("h1", t))

    def h2(self, t):
        self.blocks.append(("h2", t))

    def p(self, *ts):
        for t in ts:
            self.blocks.append(("p", " ".join(t.split())))

    def ul(self, items):
        self.blocks.append(("ul", [" ".join(i.split()) for i in items]))

    def table(self, rows):
        self.blocks.append(("table", [[" ".join(str(c).split()) for c in r] for r in rows]))

    def toc(self, entries):
        self.blocks.append(("toc", [("   " if e.startswith("   ") else "") + " ".join(e.split())
                                    for e in entries]))

    def pagebreak(self):
        self.blocks.append(("pb", None))

    def words(self):
        n = len((self.title + " " + self.subtitle).split())
        for kind, c in self.blocks:
            if kind in ("p", "h1", "h2"):
                n += len(c.split())
            elif kind in ("ul", "toc"):
                n += sum(len(x.split()) for x in c)
            elif kind == "table":
                n += sum(len(str(cell).split()) for r in c for cell in r)
        return n


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    d.add_heading(doc.title, level=0)
    if doc.subtitle:
        for line in doc.subtitle.split("\n"):
            d.add_paragraph(line)
    d.add_page_break()
    for kind, c in doc.blocks:
        if kind == "h1":
            d.add_heading(c, level=1)
        elif kind == "h2":
            d.add_heading(c, level=2)
        elif kind == "p":
            d.add_paragraph(c)
        elif kind == "ul":
            for i in c:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for i in c:
                d.add_paragraph(i)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(c), cols=len(c[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(c):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).text = str(cell)
            d.add_paragraph("")
    d.core_properties.title = doc.title
    d.core_properties.author = "holdout312"
    d.save(str(path))


def render_html(doc, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(doc.title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head><body>"]
    if doc.header:
        out.append(f'<header><nav class="site-nav">{e(doc.header)}</nav></header>')
    out.append("<main>")
    out.append(f"<h1>{e(doc.title)}</h1>")
    if doc.subtitle:
        out.append("<p class=\"subtitle\">" + "<br>".join(e(x) for x in doc.subtitle.split("\n")) + "</p>")
    for kind, c in doc.blocks:
        if kind == "h1":
            out.append(f"<h2>{e(c)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(c)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(c)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in c) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{e(i)}</li>" for i in c) + "</ol></nav>")
        elif kind == "table":
            rows = []
            for ri, row in enumerate(c):
                tag = "th" if ri == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(str(x))}</{tag}>" for x in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    out.append("<footer><p>© Samenwerkingsverband — cookiebeleid — privacyverklaring — "
               "contact — ouders — scholen — nieuws</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(doc, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout312_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(doc, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- shared filler
def glossary(d, extra=()):
    d.h1("Bijlage: Begrippen en afkortingen")
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een samenhangend pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
             "samenwerkingsverband bieden; de voorzieningen die ouders op iedere school mogen verwachten."],
            ["Dekkend aanbod", "Een netwerk van voorzieningen waardoor voor iedere leerling een passende plek "
             "beschikbaar is."],
            ["Groeidocument", "Digitaal dossier waarin de ondersteuningsbehoefte van een leerling wordt beschreven."],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
            ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor minimaal vier jaren."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen "
             "met vragen en bij onenigheid."],
            ["Onderwijsconsulent", "Onafhankelijke adviseur die ouders kosteloos helpt bij een vastgelopen "
             "situatie rond toelating of ondersteuning."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad: medezeggenschapsorgaan van het samenwerkingsverband."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het "
             "regulier onderwijs na afloop van de toelaatbaarheidsverklaring."],
            ["Thuiszitter", "Leerplichtige jeugdige die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor het speciaal basisonderwijs of speciaal onderwijs; "
             "kent een geldigheidsduur en (voor so) een bekostigingscategorie laag, midden of hoog."],
            ["Zorgplicht", "De plicht van een schoolbestuur om voor een aangemelde leerling met extra "
             "ondersteuningsbehoefte een passende plek te bieden."]]
    rows += [list(x) for x in extra]
    d.table(rows)


def filler_ict(d, s):
    d.h1(s.get("ict_title", "ICT, privacy en gegevensbeheer"))
    d.p(f"""{s['short']} werkt met een digitaal groeidocument waarin scholen, ouders en het
    samenwerkingsverband de gegevens rond een ondersteuningsvraag vastleggen. Het systeem is ondergebracht bij een
    leverancier waarmee een verwerkersovereenkomst is gesloten. In de planperiode vervangen wij het huidige pakket,
    omdat de leverancier de ondersteuning na 2026 beëindigt. De aanbesteding loopt via een gezamenlijk traject met
    twee andere samenwerkingsverbanden in de provincie.""",
        f"""Het samenwerkingsverband verwerkt gezondheidsgegevens alleen voor zover dat nodig is voor de
    wettelijke taken. Dossiers worden drie jaar na het laatste besluit vernietigd. Medewerkers van het bureau
    tekenen een geheimhoudingsverklaring en volgen jaarlijks een korte training informatiebeveiliging. De
    functionaris gegevensbescherming wordt gedeeld met {s.get('fg_partner', 'een naburig verband')}; hij
    rapporteert twee keer per jaar aan de directeur-bestuurder over incidenten en verbeteracties.""",
        """Scholen gebruiken voor het leerlingvolgsysteem hun eigen pakketten. Wij stellen geen eisen aan het
    pakket, wel aan de manier waarop gegevens worden uitgewisseld: uitsluitend via beveiligde koppelingen en
    nooit per gewone e-mail. Datalekken meldt een school zowel bij de eigen functionaris als bij het bureau,
    zodat wij kunnen beoordelen of ook gegevens in het groeidocument zijn geraakt.""")


def filler_governance(d, s, parents_in_opr=True):
    d.h1(s.get("gov_title", "Organisatie, governance en medezeggenschap"))
    d.p(f"""{s['name']} is een stichting waarin {s['boards']} schoolbesturen samenwerken. De stichting kent een
    scheiding tussen bestuur en toezicht. Het bestuur is in handen van een directeur-bestuurder; het intern
    toezicht ligt bij een raad van toezicht van vijf leden, van wie drie op voordracht van de aangesloten
    schoolbesturen en twee onafhankelijke leden met financiële en juridische expertise. De algemene vergadering
    van aangesloten besturen komt vier keer per jaar bijeen en stelt onder meer het ondersteuningsplan, de
    begroting en de jaarrekening vast, na goedkeuring door de raad van toezicht.""",
        """De directeur-bestuurder wordt ondersteund door een klein bureau met een controller, een
    beleidsmedewerker, een secretariaat en de medewerkers van het loket. De bevoegdheden zijn vastgelegd in
    een managementstatuut. De raad van toezicht hanteert de Code Goed Bestuur in het primair onderwijs als
    uitgangspunt en evalueert jaarlijks zijn eigen functioneren, de laatste keer onder begeleiding van een
    externe adviseur.""")
    d.h2("Ondersteuningsplanraad")
    if parents_in_opr:
        d.p(f"""De ondersteuningsplanraad (OPR) telt {s.get('opr', 12)} leden: de helft ouders en de helft
        personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft
        instemmingsrecht op het ondersteuningsplan en vergadert zes keer per jaar, waarvan twee keer met de
        directeur-bestuurder en één keer met de raad van toezicht. De OPR ontvangt een vergoeding per
        vergadering en een scholingsbudget.""")
    else:
        d.p(f"""De ondersteuningsplanraad (OPR) telt {s.get('opr', 12)} leden, afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het
        ondersteuningsplan en vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder.
        Voor de OPR is een eigen scholingsbudget beschikbaar en een ambtelijk secretaris.""")
    d.p("""Daarnaast heeft het samenwerkingsverband, als werkgever van de bureaumedewerkers, een eigen
    medezeggenschapsraad voor het personeel van het bureau. Deze raad bestaat uit twee leden en heeft de
    gebruikelijke bevoegdheden uit de Wet medezeggenschap op scholen.""")


def filler_personeel(d, s):
    d.h1(s.get("pers_title", "Personeel en professionalisering"))
    d.p(f"""Het bureau van {s['short']} heeft een formatie van {s.get('fte', '9,4')} fte. Het samenwerkingsverband
    is zelf werkgever van deze medewerkers en volgt de cao primair onderwijs. Het verzuim was de afgelopen
    jaren laag. Bij vacatures merken wij dat de arbeidsmarkt voor orthopedagogen en psychologen krap is; we
    werken daarom samen met een opleidingsinstituut aan stageplaatsen voor masterstudenten.""",
        """Professionalisering van de medewerkers in de scholen is in de eerste plaats een taak van de
    schoolbesturen. Het samenwerkingsverband faciliteert wel netwerken: het netwerk intern begeleiders komt vier
    keer per jaar bij elkaar, er is een netwerk voor directeuren en een lerend netwerk rond gedrag. In deze
    netwerken delen scholen ervaringen met arrangementen, bespreken ze casussen en worden nieuwe inzichten
    gedeeld. Deelname is vrijwillig en kosteloos.""",
        """Het lerarentekort raakt ook de ondersteuning. Op sommige scholen kan de intern begeleider niet
    altijd vrij geroosterd worden, omdat hij of zij voor de groep moet. Wij volgen deze ontwikkeling met de
    besturen en bespreken in het directeurenoverleg welke gevolgen dit heeft. Het samenwerkingsverband zal
    niet zelf leerkrachten in dienst nemen om tekorten op te vangen.""")


def filler_totstandkoming(d, s):
    d.h1(s.get("tot_title", "Totstandkoming van dit plan"))
    d.p(f"""Dit ondersteuningsplan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van
    2024 zijn de vier werkgroepen gestart waarin intern begeleiders, directeuren, bestuurders en
    vertegenwoordigers van het speciaal (basis)onderwijs meedachten. In het najaar zijn de eerste teksten
    besproken in het directeurenoverleg en met de raad van toezicht. Het concept is op {s['oogo_date']}
    besproken in het op overeenstemming gericht overleg (OOGO) met de wethouders onderwijs en jeugd van
    {s['gem_text']}. Het overleg met het aangrenzende samenwerkingsverband {s['other_swv']} vond plaats op
    {s['overleg_date']}.""",
        f"""De ondersteuningsplanraad heeft op {s['opr_date']} ingestemd met het plan. Het bestuur heeft het
    plan daarna definitief vastgesteld en het vóór 1 mei 2025 aan de Inspectie van het Onderwijs gezonden. Het
    plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029.""")


def filler_planning(d, s, rows=None):
    d.h1(s.get("plan_title", "Planning en uitvoering"))
    d.p("""Het ondersteuningsplan geeft de koers voor vier jaar. Elk jaar vertalen wij de koers in een jaarplan
    met activiteiten, verantwoordelijken en een planning. Het jaarplan wordt in juni vastgesteld, samen met de
    begroting voor het volgende kalenderjaar. Onderstaand overzicht toont de belangrijkste mijlpalen.""")
    d.table(rows or [["Schooljaar", "Mijlpaal"],
                     ["2025-2026", "Vervanging groeidocument; start netwerk gedrag; evaluatie loket"],
                     ["2026-2027", "Tussentijdse evaluatie ondersteuningsplan met OPR"],
                     ["2027-2028", "Onderzoek naar samenwerking met naburige verbanden"],
                     ["2028-2029", "Voorbereiding nieuw ondersteuningsplan 2029-2033"]])
    d.p("""Wijzigingen in dit plan gedurende de planperiode leggen wij opnieuw voor aan de
    ondersteuningsplanraad. Kleine, technische aanpassingen worden vermeld in het jaarverslag.""")


def filler_povo(d, s, vo=False):
    if vo:
        d.h1(s.get("povo_title", "Aansluiting vo–mbo en arbeidsmarkt"))
        d.p(f"""Een groot deel van de leerlingen in {s['short']} stroomt door naar het mbo. De overstap is voor
        jongeren met een ondersteuningsbehoefte een kwetsbaar moment: een nieuwe school, een nieuwe omgeving en
        vaak ook stages. De vo-scholen en de twee roc's in de regio hebben een convenant gesloten over de warme
        overdracht. Decanen en loopbaanbegeleiders van beide kanten ontmoeten elkaar twee keer per jaar.""",
            """Voor leerlingen uit praktijkonderwijs en vso met het uitstroomprofiel arbeidsmarkt werken de scholen
        samen met het werkgeversservicepunt en met enkele grote werkgevers in de haven. De scholen houden zelf bij
        hoeveel jongeren na een jaar nog aan het werk zijn; die cijfers worden in de regionale arbeidsmarktmonitor
        opgenomen. Het samenwerkingsverband heeft daarin geen eigen rol, maar volgt de ontwikkelingen via het
        directeurenoverleg.""")
        return
    d.h1(s.get("povo_title", "Aansluiting primair en voortgezet onderwijs"))
    d.p(f"""Ieder jaar maken in {s['short']} ruim duizend leerlingen de overstap naar het voortgezet onderwijs. De
    basisscholen geven vóór 1 februari het voorlopig schooladvies, daarna volgt de doorstroomtoets en zo nodig een
    heroverweging. De afspraken over de overstap zijn vastgelegd in de regionale POVO-kalender, die jaarlijks door
    de besturen in het primair en voortgezet onderwijs wordt vastgesteld.""",
        """Het samenwerkingsverband is geen partij in de aanmelding bij het voortgezet onderwijs; dat is een zaak
    tussen ouders, basisschool en vo-school. Wel zitten wij met het vo-verband aan tafel om de kalender te
    bespreken en knelpunten te signaleren, zoals de drukte rond de aanmeldingsweken of de late beschikbaarheid
    van toetsgegevens. De intern begeleiders ontvangen ieder najaar een overzicht met de belangrijkste data.
    Op de overstapmarkt in januari presenteren alle vo-scholen uit de regio zich op één locatie.""")


def filler_innovatie(d, s):
    d.h1(s.get("inno_title", "Kennisdeling, innovatie en onderzoek"))
    d.p(f"""{s['short']} wil een lerende organisatie zijn. Daarom werken wij samen met een hogeschool en een
    universiteit aan praktijkgericht onderzoek. In de vorige periode deden drie masterstudenten onderzoek naar de
    samenwerking tussen leerkracht en intern begeleider. De resultaten van dat onderzoek zijn gedeeld op de
    jaarlijkse studiedag, waar ruim driehonderd leerkrachten aanwezig waren.""",
        """Scholen die iets nieuws willen uitproberen, kunnen een innovatievoorstel indienen. Een kleine commissie
    van intern begeleiders en directeuren beoordeelt de voorstellen twee keer per jaar. Voorbeelden uit de
    afgelopen jaren zijn een project met co-teaching in de onderbouw, een pilot met digitale
    groepsplannen en het gebruik van leesapps in groep 4. Projecten die succesvol blijken, worden op de
    studiedag gepresenteerd zodat andere scholen ze kunnen overnemen.""",
        """Daarnaast publiceren wij vier keer per jaar een digitale nieuwsbrief voor intern begeleiders en
    directeuren, met praktijkvoorbeelden, aankondigingen van netwerkbijeenkomsten en nieuws uit het bureau. De
    nieuwsbrief wordt door ruim zeshonderd professionals gelezen.""")


def filler_landelijk(d, s, basis_deferral=False):
    d.h1(s.get("land_title", "Landelijke ontwikkelingen"))
    d.p("""Passend onderwijs is volop in beweging. Na de landelijke evaluatie in 2020 heeft het kabinet een
    verbeteraanpak met vijfentwintig maatregelen ingezet. Een deel van die maatregelen raakt
    samenwerkingsverbanden direct, zoals de afbouw van bovenmatige reserves, de versterking van de positie van
    ouders en leerlingen en de ambitie om op termijn tot inclusiever onderwijs te komen. Ook de vereenvoudiging
    van de bekostiging heeft gevolgen gehad voor de manier waarop middelen bij ons binnenkomen.""",
        """Wij volgen deze ontwikkelingen via de sectorraad en de regionale overleggen van directeuren van
    samenwerkingsverbanden. Waar nieuwe wetgeving wijzigingen in dit plan vraagt, leggen wij die tijdig voor aan
    de ondersteuningsplanraad.""")
    if basis_deferral:
        d.p("""Het ministerie werkt aan een landelijke norm voor basisondersteuning. Zodra die norm wettelijk is
        vastgelegd, bepalen wij met de besturen hoe wij daarop aansluiten; tot die tijd leggen wij geen eigen
        niveau vast.""")


# ================================================================ P1: large PO verband, docx
def plan_p1():
    s = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Maas en Delta",
             short="Maas en Delta", boards=14, opr=16, fte="21,6",
             oogo_date="4 februari 2025", overleg_date="11 februari 2025", opr_date="18 maart 2025",
             gem_text="Delftwaard, Maasoever, Rietendam, Oude Wetering, Zandvoorde aan de Maas en Brakelland",
             other_swv="VO Maas en Delta", fg_partner="het vo-verband in dezelfde regio",
             gov_title="15 Governance en medezeggenschap", pers_title="12 Personeel en professionalisering",
             ict_title="13 ICT en privacy", tot_title="16 Totstandkoming", plan_title="17 Planning 2025-2029")
    d = Doc("Ondersteuningsplan 2025-2029",
            "Samenwerkingsverband Passend Onderwijs Maas en Delta (PO 29-12)\n"
            "‘Samen sterk voor ieder kind’\nVastgesteld door het bestuur op 25 maart 2025",
            header="Maas en Delta PO 29-12 · Ondersteuningsplan 2025-2029")
    d.toc(["1 Voorwoord", "2 Leeswijzer", "3 Maas en Delta in cijfers", "4 Missie en visie",
           "5 Basisondersteuning: wat elke school biedt", "6 Het ondersteuningscontinuüm",
           "7 Toelaatbaarheid tot sbo en so", "   7.6 Na afloop van de TLV: terugplaatsing",
           "8 Geld en middelen", "9 Communicatie en samenspraak met ouders",
           "10 Samenwerking met gemeenten (OOGO)", "11 Thuiszitters en verzuim",
           "12 Personeel en professionalisering", "13 ICT en privacy",
           "14 Opbrengsten en verantwoording: beoogde en bereikte resultaten",
           "15 Governance en medezeggenschap", "16 Totstandkoming", "17 Planning 2025-2029",
           "Bijlage A Begrippen en afkortingen"])
    d.h1("1 Voorwoord")
    d.p("""Voor u ligt het derde ondersteuningsplan van Maas en Delta. Toen passend onderwijs in 2014 van start
    ging, waren wij een van de grootste samenwerkingsverbanden van het land, met een lange traditie van
    samenwerking tussen basisscholen, scholen voor speciaal basisonderwijs en scholen voor speciaal onderwijs.
    Die traditie heeft ons geholpen, maar de afgelopen jaren hebben ook laten zien dat samenwerking geen
    vanzelfsprekendheid is. Er waren discussies over geld, over de wachtlijsten in het speciaal onderwijs en over
    de vraag wat je van een gewone basisschool mag verwachten.""",
        """In dit plan maken we keuzes. We kiezen voor een stevige basis in elke school, voor een helder
    toelaatbaarheidsproces en voor een verdeling van middelen die zo dicht mogelijk bij de leerling komt. Ouders
    zijn daarbij onze partners; hun stem heeft via de ondersteuningsplanraad een belangrijke rol gespeeld bij
    het schrijven van dit plan. Ik dank alle intern begeleiders, directeuren, leerkrachten, ouders en
    bestuurders die hebben meegedacht.""",
        """Wij zijn ons ervan bewust dat een plan pas waarde krijgt als het in de klas merkbaar is. De komende
    jaren gaan wij daarom vaker op bezoek bij scholen en luisteren we naar wat leerkrachten en ouders ervaren.
    — M. van Drunen, directeur-bestuurder""")
    d.h1("2 Leeswijzer")
    d.p("""Hoofdstuk 3 schetst de regio en de scholen. In hoofdstuk 4 staan onze missie en visie. De hoofdstukken
    5 tot en met 7 beschrijven de ondersteuning: wat iedere school biedt, welke extra ondersteuning er is en hoe
    een leerling toegang krijgt tot het speciaal (basis)onderwijs. Hoofdstuk 8 gaat over geld. Daarna volgen
    de samenwerking met ouders en gemeenten, onze aanpak van personeel, ICT en privacy, en de organisatie. Achter
    in het plan vindt u een lijst met begrippen en afkortingen.""")
    d.h1("3 Maas en Delta in cijfers")
    d.p("""Het samenwerkingsverband omvat zes gemeenten in het rivierengebied. Het gebied kent een mix van
    stedelijke wijken en kleine kernen; sommige dorpsscholen hebben minder dan vijftig leerlingen, de grootste
    school in Rietendam telt er ruim zevenhonderd. Aangesloten zijn veertien schoolbesturen met 96 basisscholen,
    vier scholen voor speciaal basisonderwijs en vijf locaties voor speciaal onderwijs in cluster 3 en 4.""")
    d.table([["Gemeente", "Basisscholen", "Leerlingen (1-10-2024)"],
             ["Delftwaard", "27", "7.140"], ["Maasoever", "19", "4.620"], ["Rietendam", "21", "5.880"],
             ["Oude Wetering", "11", "2.310"], ["Zandvoorde aan de Maas", "10", "2.050"],
             ["Brakelland", "8", "1.530"], ["Totaal", "96", "23.530"]])
    d.p("""Het aantal leerlingen daalt licht. De prognoses van de gemeenten laten tot 2029 een verdere daling zien
    van ongeveer één procent per jaar, met uitzondering van Delftwaard, waar een nieuwbouwwijk wordt
    ontwikkeld. Ongeveer veertien procent van de leerlingen spreekt thuis naast het Nederlands een andere taal.""")
    d.h1("4 Missie en visie")
    d.p("""Onze missie is kort: ieder kind in Maas en Delta krijgt onderwijs dat bij hem of haar past, zo dicht
    mogelijk bij huis. Wij geloven dat kinderen het meeste leren in een omgeving waar zij zich veilig voelen en
    waar volwassenen hun talenten zien. Verschillen tussen kinderen zijn normaal. Een goede school kan met die
    verschillen omgaan, en waar dat niet lukt, zorgen wij er samen voor dat er een passende plek is.""",
        """Onze visie rust op drie pijlers. Ten eerste: de leerkracht doet ertoe. Ondersteuning begint in de
    klas en niet in een commissie. Ten tweede: we denken vanuit mogelijkheden en niet vanuit diagnoses; een label
    is geen voorwaarde voor hulp. Ten derde: we werken resultaatgericht en gunnen elkaar het succes. Scholen
    leren van elkaar en het bureau is dienstbaar aan de scholen. Deze pijlers komen terug in alle hoofdstukken
    van dit plan.""")
    # ---- basisondersteuning: present
    d.h1("5 Basisondersteuning: wat elke school biedt")
    d.p("""De besturen van Maas en Delta hebben afgesproken dat iedere vestiging van iedere aangesloten
    basisschool, van de kleinste dorpsschool tot de grootste stadsschool, ten minste het hieronder beschreven
    niveau van ondersteuning biedt. Dit is de ondergrens in ons samenwerkingsverband: een school mag meer
    bieden, maar nooit minder. Ouders kunnen zich op deze afspraken beroepen, ongeacht de school die zij
    kiezen.""",
        """De basisondersteuning bestaat uit de volgende tien standaarden. Ze zijn vastgesteld door de algemene
    vergadering op 10 december 2024 en gelden vanaf 1 augustus 2025 voor alle 96 scholen.""")
    d.ul(["""Iedere school heeft een intern begeleider met ten minste één dag per week per honderd leerlingen, met
          een afgeronde opleiding tot intern begeleider of een vergelijkbare master.""",
          """Iedere school werkt met het landelijke Protocol Leesproblemen en Dyslexie en begeleidt leerlingen met
          ernstige leesproblemen in kleine groepjes, ten minste drie keer per week twintig minuten.""",
          "Iedere school hanteert het protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie.",
          """Iedere school heeft een aanpak voor sociale veiligheid met een bewezen effectief programma, een
          anti-pestcoördinator en een jaarlijkse monitoring van het welbevinden.""",
          """Iedere school biedt in de groep een verrijkingsaanbod voor leerlingen die meer aankunnen, met
          compacten van de basisstof.""",
          """Iedere school biedt leerlingen met een taalachterstand of een andere thuistaal extra taalondersteuning
          binnen de groep, en kan daarvoor een beroep doen op de taalcoach van het samenwerkingsverband.""",
          """Iedere school werkt handelingsgericht: de leerkracht stelt twee keer per jaar per leerling de
          onderwijsbehoeften vast en past het aanbod daarop aan.""",
          """Iedere school heeft een ondersteuningsteam waarin de intern begeleider, de schoolmaatschappelijk
          werker en een orthopedagoog van het expertiseteam zitting hebben; ouders worden voor dit overleg
          uitgenodigd.""",
          """Iedere school heeft een protocol medisch handelen en kan eenvoudige medische handelingen, zoals
          het toedienen van medicijnen, uitvoeren.""",
          """Iedere school stelt binnen zes weken een ontwikkelingsperspectiefplan op als een leerling op een of
          meer vakken naar verwachting niet het eindniveau van groep 8 haalt."""])
    d.p("""Het samenwerkingsverband controleert of de scholen deze standaarden waarmaken. Elke school vult jaarlijks
    vóór 1 november de kwaliteitskaart ‘Basis in Beeld’ in. De beleidsmedewerker bespreekt de uitkomsten met het
    schoolbestuur. Om de twee jaar bezoekt een auditteam van twee intern begeleiders van andere besturen de
    school. Blijkt dat een school een standaard niet haalt, dan stelt het bestuur binnen drie maanden een
    verbeterplan op, dat het samenwerkingsverband na een half jaar opnieuw beoordeelt.""")
    # ---- dekkend aanbod: partial (continuum yes, lacunes no)
    d.h1("6 Het ondersteuningscontinuüm")
    d.p("""Als de basisondersteuning niet voldoende is, kan een school een beroep doen op extra ondersteuning.
    Wij onderscheiden vijf niveaus die samen ons ondersteuningscontinuüm vormen. De niveaus lopen van licht naar
    zwaar en van de eigen groep naar een andere school. Het uitgangspunt is steeds: zo licht als mogelijk en zo
    zwaar als nodig.""")
    d.table([["Niveau", "Wat", "Waar", "Toegang"],
             ["1", "Basisondersteuning (zie hoofdstuk 5)", "Eigen groep en school", "Geen aanvraag nodig"],
             ["2", "Schoolarrangement: extra handen, specifieke methodieken, korte trainingen",
              "Eigen school", "Besluit schoolbestuur uit schoolbudget"],
             ["3", """Bovenschools arrangement: inzet expertiseteam, ambulante begeleiding gedrag of
              taal-spraak, arrangement hoogbegaafdheid ‘Denkwerk’""", "Eigen school of plusklas",
              "Aanvraag bij het loket"],
             ["4", """Tussenvoorziening ‘De Overstap’ voor leerlingen met ernstige gedragsproblemen (maximaal 16
              weken, daarna terug naar de eigen school)""", "Locatie Rietendam", "Aanvraag bij het loket"],
             ["5", "Speciaal basisonderwijs en speciaal onderwijs cluster 3 en 4", "Sbo- en so-scholen",
              "Toelaatbaarheidsverklaring (hoofdstuk 7)"]])
    d.p("""Het expertiseteam bestaat uit orthopedagogen, gedragsspecialisten, een taal-spraakspecialist en
    ambulant begeleiders die in dienst zijn van het samenwerkingsverband. Scholen kunnen het team zonder kosten
    consulteren. Daarnaast bieden twee so-scholen ambulante dienstverlening aan basisscholen, zodat kennis uit
    het speciaal onderwijs beschikbaar komt in de reguliere school. Plusklassen voor hoogbegaafde leerlingen
    draaien op vier locaties, verspreid over het gebied, één dag per week.""")
    d.p("""De scholen in de verschillende gemeenten werken in zes clusters samen. Binnen een cluster stemmen de
    scholen hun schoolarrangementen op elkaar af, zodat niet iedere school alles zelf hoeft te organiseren. Zo
    biedt in Oude Wetering één school een ochtend per week een taalklas voor alle nieuwkomers uit de gemeente.""")
    d.p("""Of het aanbod in de hele regio toereikend is en waar nog witte vlekken zitten, brengen wij in 2026 in
    kaart met een onderzoek door een extern bureau. De uitkomsten en de eventuele maatregelen nemen wij op in de
    eerstvolgende actualisatie van dit plan.""")
    # ---- plaatsing: present ; terugstroom: partial (beleid only) inside TLV chapter
    d.h1("7 Toelaatbaarheid tot sbo en so")
    d.h2("7.1 Wie vraagt aan")
    d.p("""Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de
    leerling is ingeschreven of aangemeld. In de praktijk doet de intern begeleider dit namens het bestuur. Aan de
    aanvraag gaat altijd een bespreking in het ondersteuningsteam van de school vooraf, waarbij de ouders aanwezig
    zijn. De school voegt het groeidocument toe met daarin het ontwikkelingsperspectief, de ingezette
    interventies en de resultaten daarvan, het onderwijskundig rapport en de zienswijze van de ouders.""")
    d.h2("7.2 Stappen en termijnen")
    d.ul(["Stap 1 – De school dient de complete aanvraag digitaal in bij het loket van Maas en Delta.",
          """Stap 2 – Het loket controleert binnen vijf werkdagen of de aanvraag volledig is en vraagt zo nodig
          aanvullende stukken op.""",
          "Stap 3 – Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit (zie 7.4).",
          """Stap 4 – De Commissie Toelaatbaarheid, die namens de directeur-bestuurder besluit, neemt binnen zes
          weken na ontvangst van de volledige aanvraag een besluit.""",
          """Stap 5 – Ouders en school ontvangen het besluit schriftelijk, samen met een kopie van beide
          adviezen. Bij spoed kan de commissie binnen tien werkdagen besluiten."""])
    d.h2("7.3 Criteria")
    d.p("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is
    voldaan: de school heeft ten minste twee cycli van handelingsgericht werken met een bovenschools arrangement
    (niveau 3) doorlopen en geëvalueerd; de leerling heeft een ontwikkelingsperspectief met een verwacht
    uitstroomniveau onder eind groep 6 voor minimaal twee kernvakken of er is sprake van een
    ondersteuningsbehoefte op het gebied van gedrag of werkhouding die de mogelijkheden van het
    schoolarrangement aantoonbaar overstijgt; en de kleinere groep en specifieke expertise van het sbo bieden
    naar verwachting wel perspectief.""",
        """Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 als er sprake is van een verstandelijke
    beperking (indicatief IQ onder 55, of onder 70 in combinatie met bijkomende problematiek), een ernstige
    lichamelijke beperking of een langdurige ziekte waardoor de leerling structureel is aangewezen op de
    medische en onderwijskundige voorzieningen van het so. Voor cluster 4 geldt dat sprake moet zijn van
    ernstige gedrags- of psychiatrische problematiek, waarbij de veiligheid of ontwikkeling van de leerling of
    van anderen in het sbo niet gewaarborgd kan worden, en waarbij ook jeugdhulp is betrokken.""")
    d.h2("7.4 Deskundigenadvies")
    d.p("""Bij iedere aanvraag adviseren twee deskundigen. De eerste is altijd een orthopedagoog of
    GZ-psycholoog; de tweede is, afhankelijk van de vraag, een jeugdarts, kinderpsychiater, maatschappelijk
    werker of pedagoog. De deskundigen zijn niet betrokken geweest bij de begeleiding van de leerling of bij het
    opstellen van de aanvraag en brengen elk een eigen, ondertekend advies uit.""")
    d.h2("7.5 Duur, categorie en bezwaar")
    d.p("""Een TLV voor het speciaal basisonderwijs geldt voor twee schooljaren en eindigt op 31 juli. Een TLV
    voor het speciaal onderwijs geldt voor één tot drie schooljaren; de commissie bepaalt daarbij de
    bekostigingscategorie laag, midden of hoog aan de hand van de zorgzwaarte en de benodigde
    groepsgrootte.""",
        """Ouders en school die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij de
    directeur-bestuurder. Maas en Delta is aangesloten bij de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar.""")
    d.h2("7.6 Na afloop van de TLV: terugplaatsing")
    d.p("""Een plaatsing in het sbo of so is voor ons niet per definitie blijvend. Het beleid van Maas en Delta is
    dat iedere leerling die in het speciaal (basis)onderwijs voldoende is gegroeid, de kans krijgt om terug te
    keren naar een basisschool in de eigen woonkern. Terugkeer is alleen aan de orde als ouders, de sbo- of
    so-school en de ontvangende basisschool het erover eens zijn dat de ondersteuningsbehoefte binnen de
    basisschool met een arrangement kan worden opgevangen. De ontvangende school krijgt in dat geval voor één
    schooljaar een overgangsarrangement van € 4.500, en een ambulant begeleider van de sbo- of so-school blijft
    het eerste halfjaar beschikbaar voor de leerkracht.""",
        """Het stappenplan, met de evaluatiemomenten en de rolverdeling tussen sbo, so, basisschool en de
    Commissie Toelaatbaarheid, werken wij in schooljaar 2025-2026 samen met de directies uit in een protocol.""")
    # ---- financien: present under 'Geld en middelen'
    d.h1("8 Geld en middelen")
    d.p("""Maas en Delta ontvangt van het Rijk middelen voor lichte en zware ondersteuning. In 2025 gaat het om
    ongeveer 19,8 miljoen euro. Een groot deel daarvan wordt direct door DUO ingehouden voor de bekostiging van
    leerlingen in het speciaal onderwijs en het groeiende sbo. Over de rest beslist het samenwerkingsverband.""")
    d.h2("8.1 Zo verdelen we")
    d.p("""We volgen het principe ‘het geld gaat naar de school, tenzij’. Ieder schoolbestuur ontvangt een
    schoolbudget van € 155 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, plus een vaste
    voet van € 6.000 per vestiging, zodat ook kleine scholen de basisondersteuning kunnen waarmaken. Het bestuur
    zet dit budget in voor de basisondersteuning en schoolarrangementen (niveau 1 en 2). Bovenschoolse
    arrangementen (niveau 3 en 4) worden door het loket toegekend op aanvraag, op basis van de criteria in het
    arrangementenkader: het schoolarrangement is aantoonbaar uitgeput, de ondersteuningsvraag is beschreven
    in het groeidocument en het arrangement heeft een looptijd van maximaal één schooljaar. Sbo-scholen
    ontvangen boven op de rijksbekostiging een bedrag van € 2.100 per leerling boven de twee procent.""")
    d.h2("8.2 Meerjarenbegroting")
    d.table([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
             ["Baten rijksbijdrage ondersteuning", "19.810", "19.620", "19.440", "19.300"],
             ["Afdracht so en sbo (DUO)", "9.420", "9.510", "9.600", "9.650"],
             ["Schoolbudgetten besturen", "4.230", "4.190", "4.150", "4.120"],
             ["Bovenschoolse arrangementen en tussenvoorziening", "3.050", "3.000", "2.950", "2.900"],
             ["Expertiseteam", "1.660", "1.680", "1.700", "1.720"],
             ["Bureau, governance en huisvesting", "980", "990", "1.000", "1.010"],
             ["Overgangsarrangementen terugplaatsing", "90", "90", "90", "90"],
             ["Resultaat", "380", "160", "-50", "-190"]])
    d.p("""Het weerstandsvermogen bedroeg eind 2024 ruim 3,1 miljoen euro. Volgens de signaleringswaarde van de
    Inspectie is dat ongeveer 0,9 miljoen euro te veel. Het negatieve resultaat in 2027 en 2028 is bewust
    begroot om de reserve af te bouwen. De schoolbesturen verantwoorden jaarlijks vóór 1 maart met een korte
    rapportage hoe zij het schoolbudget hebben besteed; de controller toetst de rapportages steekproefsgewijs.""")
    # ---- ouders: present in 'Communicatie'
    d.h1("9 Communicatie en samenspraak met ouders")
    d.p("""Ouders kennen hun kind het best. Wij betrekken hen daarom bij elk gesprek over de ondersteuning van hun
    kind en bij de besluiten daarover. In het ontwikkelingsperspectiefplan tekenen ouders voor het
    handelingsdeel. Via de ondersteuningsplanraad praten ouders mee over het beleid.""",
        """Hoe weten ouders welke ondersteuning er is? Iedere school beschrijft in de schoolgids welke
    ondersteuning zij biedt, met een verwijzing naar de tien standaarden uit hoofdstuk 5. Maas en Delta geeft
    de brochure ‘Wegwijs in passend onderwijs’ uit, in het Nederlands, Engels, Arabisch, Turks en Pools, die bij
    elke school en elk consultatiebureau ligt. Op de website staan de arrangementen en de route naar het sbo en
    so beschreven, en twee keer per jaar organiseren we in de regio een ouderavond met het expertiseteam.""",
        """Soms lopen ouders vast of zijn zij het niet eens met de school. Dan kunnen zij terecht bij het Ouder- en
    Jeugdsteunpunt Maas en Delta. Het steunpunt is ondergebracht bij een onafhankelijke stichting en bemenst
    door twee ouderconsulenten die niet in dienst zijn van een school of het samenwerkingsverband. Het steunpunt is
    bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in de bibliotheek van Rietendam. Daarnaast
    wijzen wij ouders op de landelijke onderwijsconsulenten en op de klachtenregeling van het samenwerkingsverband,
    die is aangesloten bij Stichting Onderwijsgeschillen.""")
    d.h1("10 Samenwerking met gemeenten (OOGO)")
    d.p("""Passend onderwijs en jeugdhulp raken elkaar op veel plekken. Met de zes gemeenten hebben wij een
    gezamenlijke agenda opgesteld. Iedere school heeft een vaste jeugdconsulent van het gemeentelijke
    jeugdteam, die aanschuift bij het ondersteuningsteam. Voor leerlingen die zowel onderwijs als zorg nodig
    hebben, zijn er onderwijs-zorgarrangementen op twee so-scholen, gefinancierd uit een gezamenlijk budget. Ook
    onderwerpen als leerlingenvervoer, onderwijshuisvesting, schoolmaatschappelijk werk en het aantal thuiszitters
    staan op de agenda van het overleg. Het bestuurlijk overleg vindt twee keer per jaar plaats, het ambtelijk
    overleg zes keer.""")
    d.h1("11 Thuiszitters en verzuim")
    d.p("""Het onderwerp thuiszitters krijgt veel aandacht in de regio, ook in de gemeenteraden. Leerplicht is een
    taak van de gemeenten; de leerplichtambtenaren zijn ondergebracht bij het regionaal bureau leerplicht. In het
    kader van de nieuwe landelijke afspraken over verzuim actualiseert dit bureau in 2025 zijn werkwijze. Wij
    wachten die actualisatie af en sluiten daarna aan bij de nieuwe werkwijze.""")
    filler_personeel(d, s)
    filler_ict(d, s)
    d.h1("14 Opbrengsten en verantwoording: beoogde en bereikte resultaten")
    d.p("""Maas en Delta wil zich de komende jaren sterker verantwoorden over wat de inzet van het
    samenwerkingsverband oplevert. In het eerste jaar van de planperiode stellen wij daarvoor, samen met de
    schoolbesturen en de OPR, een kader op. Dat kader wordt na vaststelling als aanvulling op dit plan
    toegevoegd.""")
    filler_governance(d, s)
    filler_totstandkoming(d, s)
    filler_planning(d, s)
    glossary(d)
    return d, s


# ================================================================ P2: small PO verband, docx
def plan_p2():
    s = dict(name="Samenwerkingsverband Primair Passend Kop van Westerland",
             short="Primair Passend", boards=5, opr=8, fte="4,2",
             oogo_date="21 januari 2025", overleg_date="28 januari 2025", opr_date="4 maart 2025",
             gem_text="Westerhaven en Duinkerspolder", other_swv="VO Kop van Westerland",
             fg_partner="het vo-verband Kop van Westerland",
             gov_title="Organisatie", pers_title="Mensen en expertise", ict_title="Privacy",
             tot_title="Hoe dit plan tot stand kwam", plan_title="Jaarplanning")
    d = Doc("Ondersteuningsplan Primair Passend 2025-2029",
            "Samenwerkingsverband Primair Passend Kop van Westerland – PO 21-03\n"
            "Concept ter instemming OPR – versie 0.9, februari 2025",
            header="Primair Passend – ondersteuningsplan – CONCEPT")
    d.toc(["Voorwoord", "1. Wie zijn wij", "2. Waar staan we voor", "3. De basis op orde: basisondersteuning",
           "4. De trap van ondersteuning", "5. Toelaatbaarheid en de Commissie Arrangeren en Toelaatbaarheid",
           "6. De weg terug naar de wijkschool", "7. Financiën en meerjarenbegroting",
           "8. Ouders", "9. Wat willen we bereiken en hoe volgen we dat", "10. Samenwerking met de gemeenten",
           "11. Mensen en expertise", "12. Privacy", "13. Organisatie", "14. Hoe dit plan tot stand kwam",
           "15. Jaarplanning", "Bijlage 1 Begrippen", "Bijlage 2 Kwaliteitskaart Basisondersteuning",
           "Bijlage 3 Meerjarenbegroting 2025-2028"])
    d.h1("Voorwoord")
    d.p("""Primair Passend is een klein samenwerkingsverband. Dat heeft voordelen: de lijnen zijn kort, we kennen
    elkaar en veel scholen werken al jaren samen. Het heeft ook nadelen: we hebben geen school voor speciaal
    onderwijs in onze eigen regio, de afstanden zijn groot en één leerling met een zware ondersteuningsvraag
    kan al een flink deel van het budget vragen. In dit plan laten we zien hoe we daarmee omgaan.""",
        """We hebben het plan bewust compact gehouden. Het is geschreven voor leerkrachten, intern begeleiders
    en ouders, niet voor beleidsmakers. Waar het kon, hebben we gewone taal gebruikt en
    vaktermen vermeden; waar dat niet lukte, staat de betekenis achterin bij de begrippen. Dank aan iedereen die in
    de werkgroepen en in de ondersteuningsplanraad heeft meegelezen. — Het bestuur van Primair Passend""")
    d.h1("1. Wie zijn wij")
    d.p("""Primair Passend omvat de gemeenten Westerhaven en Duinkerspolder, een dunbevolkt gebied met veel kleine
    kernen en één middelgrote stad. Vijf schoolbesturen zijn aangesloten: een openbaar bestuur, twee christelijke
    besturen, een katholiek bestuur en een eenpitter. Samen hebben zij 23 basisscholen en één school voor speciaal
    basisonderwijs, De Wending in Westerhaven. Op 1 oktober 2024 telden de basisscholen 3.410 leerlingen en het
    sbo 74 leerlingen. Leerlingen die speciaal onderwijs nodig hebben, gaan naar so-scholen in de regio's om ons
    heen; de dichtstbijzijnde ligt op 38 kilometer.""",
        """Het bureau van Primair Passend is klein: een coördinator, een orthopedagoog, een secretaresse en een
    controller die wij delen met het vo-verband. Het bureau is gehuisvest in het gemeentehuis van Westerhaven.""")
    d.table([["Bestuur", "Scholen", "Leerlingen"], ["Stichting Openbaar Onderwijs Westerland", "9", "1.320"],
             ["Vereniging CBO De Kop", "6", "870"], ["Stichting PCO Duinkerspolder", "4", "590"],
             ["Stichting Katholiek Onderwijs Westerhaven", "3", "560"], ["Schoolvereniging De Meerpaal", "1", "70"],
             ["De Wending (sbo, onder Stichting Openbaar Onderwijs Westerland)", "1", "74"]])
    d.h1("2. Waar staan we voor")
    d.p("""We willen dat ieder kind naar school kan in de eigen omgeving, samen met broertjes, zusjes en
    vriendjes. Daarom investeren we vooral in de basisscholen zelf. We geloven in leerkrachten die kinderen
    echt zien, en in intern begeleiders die de leerkracht ondersteunen. Het samenwerkingsverband is er om
    scholen te helpen, niet om te controleren.""",
        """Onze kernwaarden zijn nabijheid, vertrouwen en eenvoud. Nabijheid: ondersteuning zo dicht mogelijk
    bij het kind. Vertrouwen: we gaan uit van de professionaliteit van scholen en van de kennis van ouders.
    Eenvoud: geen formulieren als een gesprek volstaat. Deze waarden hebben we in werkgroepen met leerkrachten,
    intern begeleiders en ouders uitgewerkt.""")
    # ---- basisondersteuning partial: niveau yes, inhoud only generic + absent annex
    d.h1("3. De basis op orde: basisondersteuning")
    d.p("""Basisondersteuning is in Primair Passend het afgesproken minimum dat alle 23 basisscholen bieden,
    ongeacht het bestuur. Wat een school daarbovenop doet, is extra ondersteuning. De vijf besturen hebben zich
    eraan verbonden dat elke school dit minimum uiterlijk op 1 augustus 2026 waarmaakt.""",
        """Zoals in het landelijke referentiekader bestaat basisondersteuning uit vier onderdelen: basiskwaliteit
    zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, een
    onderwijsondersteuningsstructuur en planmatig werken. Welke concrete voorzieningen daarbij horen en aan welke
    standaarden elke school voldoet, is uitgewerkt in de Kwaliteitskaart Basisondersteuning (bijlage 2). De
    scholen beschrijven hun eigen invulling in hun schoolondersteuningsprofiel.""")
    # ---- dekkend aanbod present
    d.h1("4. De trap van ondersteuning")
    d.p("""We beschrijven onze ondersteuning als een trap met vijf treden. Op elke trede komt er iets bij; een kind
    stapt pas een trede hoger als de vorige trede niet genoeg helpt.""")
    d.ul(["Trede 1 – In de groep: de leerkracht past instructie, tijd en materialen aan.",
          """Trede 2 – In de school: de intern begeleider denkt mee, er is een groepje voor extra instructie of een
          training sociale vaardigheden.""",
          """Trede 3 – Het ondersteuningsteam: de school bespreekt het kind met ouders, de orthopedagoog van
          Primair Passend en de jeugdverpleegkundige of iemand van het jeugdteam.""",
          """Trede 4 – Een arrangement: extra begeleiding op de eigen school, betaald door Primair Passend, zoals de
          ambulant begeleider gedrag, de taalklas in Westerhaven of de plusgroep op woensdagochtend.""",
          "Trede 5 – Een andere school: het sbo De Wending of een so-school in een naburige regio."])
    d.p("""Omdat er in onze regio geen so-school is, hebben we met de twee naburige samenwerkingsverbanden
    afspraken gemaakt: kinderen uit onze regio krijgen daar voorrang op de wachtlijst en het leerlingenvervoer
    wordt door de gemeenten geregeld. Elk jaar in oktober bespreken we met de so-scholen en met De Wending of er
    kinderen zijn voor wie geen passende plek is gevonden of die te lang op een plek wachten. Blijkt er een gat
    in het aanbod, dan maakt het bestuur binnen drie maanden een voorstel om het te dichten; zo is in 2023 de
    taalklas ontstaan.""",
        """Geen kind hoort thuis te zitten. Meldt een school of leerplichtambtenaar een kind dat langer dan twee
    weken niet naar school gaat, dan bespreken we het binnen tien werkdagen in het thuiszittersoverleg met
    leerplicht, het jeugdteam en de school. Het overleg maakt een plan en spreekt af wie de regie heeft. Het
    bestuur van de school waar het kind is aangemeld, houdt zijn zorgplicht; de orthopedagoog van Primair
    Passend helpt het bestuur een passende plek te vinden, zo nodig bij een ander bestuur.""")
    # ---- plaatsing partial: procedure yes, criteria deferred
    d.h1("5. Toelaatbaarheid en de Commissie Arrangeren en Toelaatbaarheid")
    d.p("""Als een kind is aangewezen op het sbo of het so, vraagt het bestuur van de school waar het kind staat
    ingeschreven een toelaatbaarheidsverklaring aan bij de Commissie Arrangeren en Toelaatbaarheid (CAT). Dat
    gebeurt altijd na een bespreking in het ondersteuningsteam, in overleg met de ouders. De intern begeleider
    stuurt het groeidocument, het onderwijskundig rapport en de zienswijze van ouders naar het secretariaat.""",
        """De CAT bestaat uit de orthopedagoog van Primair Passend, een GZ-psycholoog van buiten en de
    coördinator. De orthopedagoog en een tweede deskundige – afhankelijk van de vraag een jeugdarts, de
    GZ-psycholoog of een maatschappelijk werker – geven ieder een eigen schriftelijk advies. De coördinator
    neemt namens het bestuur het besluit, uiterlijk acht weken na ontvangst van de volledige aanvraag. Ouders
    krijgen het besluit en de adviezen thuisgestuurd.""",
        """Een TLV voor het sbo geldt tot het einde van het schooljaar waarin het kind twaalf wordt. Een TLV voor
    het so geldt voor twee schooljaren, met bekostigingscategorie laag, midden of hoog.""",
        """Welke criteria de CAT hanteert om te bepalen of een kind toelaatbaar is, wordt in de loop van 2026
    vastgelegd in een afwegingskader dat we samen met De Wending en de so-scholen opstellen. Tot die tijd weegt
    de commissie iedere aanvraag afzonderlijk, als maatwerk.""")
    # ---- terugstroom present, unusual wording
    d.h1("6. De weg terug naar de wijkschool")
    d.p("""Voor Primair Passend is het sbo een tussenstation. Ons beleid is dat ieder kind in De Wending jaarlijks
    de vraag gesteld krijgt: kan het weer terug naar een school in de eigen wijk of het eigen dorp? We willen
    dat kinderen niet langer in het speciaal basisonderwijs blijven dan nodig. Terugkeer gebeurt alleen als het
    kind er sterk genoeg voor is, de ouders het willen en de wijkschool een arrangement kan bieden dat
    aansluit op wat het kind in De Wending kreeg. Na de overstap begeleidt een leerkracht van De Wending de
    nieuwe leerkracht gedurende een jaar; de kosten daarvan draagt Primair Passend.""",
        """Zo verloopt de terugkeer. Uiterlijk in februari van het laatste jaar van de TLV bespreekt De Wending in
    het ondersteuningsteam met ouders of terugkeer mogelijk is. Is dat zo, dan meldt De Wending het kind in
    overleg met de ouders aan bij de gekozen wijkschool en maakt zij een overdrachtsplan. Het kind gaat in het
    voorjaar zes weken twee dagen per week naar de wijkschool. Na die proefperiode besluiten ouders, De Wending
    en de wijkschool samen; de CAT wordt geïnformeerd. De TLV loopt af op 31 juli en het kind begint op
    1 augustus op de wijkschool. Is terugkeer nog niet mogelijk, dan vraagt De Wending vóór 1 april een nieuwe
    TLV aan.""",
        """In schooljaar 2023-2024 keerden zeven kinderen vanuit De Wending terug naar het basisonderwijs, in
    2022-2023 waren dat er vier.""")
    # ---- financien partial: verdeling yes, besteding deferred
    d.h1("7. Financiën en meerjarenbegroting")
    d.p("""Primair Passend ontvangt jaarlijks ongeveer 2,9 miljoen euro aan ondersteuningsmiddelen. Daarvan gaat
    een deel rechtstreeks naar het so en naar De Wending.""",
        """Verdeling: de middelen voor basisondersteuning worden volledig doorgegeven aan de vijf besturen, naar
    rato van het aantal leerlingen op 1 oktober, op dit moment € 120 per leerling. Arrangementen (trede 4) vraagt
    een school aan bij de coördinator; een arrangement wordt toegekend als het ondersteuningsteam het kind heeft
    besproken, de doelen in het groeidocument staan en de school kan laten zien wat zij zelf al heeft gedaan.
    Een arrangement duurt maximaal een schooljaar en kost gemiddeld € 3.200.""",
        """De meerjarenbegroting 2025-2028 wordt na vaststelling door de algemene vergadering in juni als bijlage 3
    aan dit plan toegevoegd. Onderstaand overzicht is een voorlopige indeling.""")
    d.table([["Post", "2025", "2026", "2027", "2028"],
             ["Afdrachten so en sbo", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Budget besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]])
    # ---- ouders partial: informatie yes, steunpunt deferred
    d.h1("8. Ouders")
    d.p("""Ouders zijn voor ons gelijkwaardige partners. Zij zitten bij elk gesprek in het ondersteuningsteam en
    tekenen voor het ontwikkelingsperspectiefplan. In de ondersteuningsplanraad hebben vier ouders zitting.""",
        """Ouders kunnen op drie manieren lezen en horen welke ondersteuning er is. Iedere school geeft bij de
    kennismaking de folder ‘Wat als mijn kind meer nodig heeft?’ mee, waarin de trap van ondersteuning staat.
    Op onze website staan per school de ondersteuningsmogelijkheden en de route naar De Wending. En de intern
    begeleider legt bij de eerste bespreking in het ondersteuningsteam uit welke mogelijkheden er zijn.""",
        """Een onafhankelijk steunpunt voor ouders, waar zij terecht kunnen als het gesprek met school niet meer
    loopt, richten we in de loop van de planperiode in. De vorm bepalen we samen met de OPR.""")
    # ---- resultaten present
    d.h1("9. Wat willen we bereiken en hoe volgen we dat")
    d.p("""Voor 2025-2029 hebben we vier beoogde resultaten vastgesteld voor kinderen die extra ondersteuning
    nodig hebben:""")
    d.ul(["In 2029 zit geen enkel kind langer dan drie maanden thuis zonder passend onderwijsaanbod.",
          """Het deelnamepercentage sbo blijft rond 2,1 procent; het deelnamepercentage so daalt van 1,6 naar
          1,4 procent.""",
          """Ten minste 90 procent van de arrangementen wordt bij de evaluatie door school en ouders als
          ‘doel bereikt’ of ‘deels bereikt’ beoordeeld.""",
          "Ieder jaar keren ten minste vijf kinderen uit De Wending terug naar de wijkschool."])
    d.p("""We volgen dit zo. Ieder arrangement wordt na afloop door school en ouders geëvalueerd op een vast
    formulier; de coördinator verzamelt de uitkomsten. Twee keer per jaar, in januari en juni, maakt het bureau
    een monitor met de deelnamepercentages, het aantal thuiszitters, de wachttijden en de evaluaties van de
    arrangementen. Het bestuur bespreekt de monitor met de directeuren en de OPR; de bereikte resultaten staan
    ieder jaar in het jaarverslag, met de kosten per trede.""")
    d.h1("10. Samenwerking met de gemeenten")
    d.p("""Met Westerhaven en Duinkerspolder hebben we korte lijnen. Ieder jeugdteam heeft een vaste contactpersoon
    voor de scholen. Samen met de gemeenten financieren we een schoolmaatschappelijk werker die op alle scholen
    komt. Het leerlingenvervoer naar so-scholen buiten de regio is een terugkerend onderwerp, omdat de reistijd
    voor jonge kinderen soms lang is. Met de gemeenten onderzoeken we of een so-dependance in Westerhaven
    haalbaar is.""")
    filler_personeel(d, s)
    filler_ict(d, s)
    filler_governance(d, s)
    filler_totstandkoming(d, s)
    filler_landelijk(d, s)
    filler_planning(d, s, rows=[["Wanneer", "Wat"],
                                ["Najaar 2025", "Afwegingskader toelaatbaarheid: eerste versie"],
                                ["Voorjaar 2026", "Evaluatie thuiszittersoverleg"],
                                ["2026-2027", "Haalbaarheid so-dependance Westerhaven"],
                                ["2028-2029", "Nieuw plan"]])
    glossary(d)
    return d, s


# ================================================================ P3: medium PO verband, pdf
def plan_p3():
    s = dict(name="Stichting Passend Primair Onderwijs Lindeveld",
             short="Lindeveld", boards=9, opr=14, fte="12,8",
             oogo_date="30 januari 2025", overleg_date="6 februari 2025", opr_date="11 maart 2025",
             gem_text="Lindeveld, Heikamp, Ter Aalst en Vossendonk", other_swv="VO Lindeveld-Heikamp",
             fg_partner="een ander PO-verband in de provincie",
             gov_title="10 Bestuur en toezicht", pers_title="11 Personeel", ict_title="12 Informatiebeveiliging",
             tot_title="15 Procedure van vaststelling", plan_title="16 Meerjarenplanning",
             povo_title="13 Aansluiting po-vo", inno_title="14 Kennisdeling en onderzoek",
             land_title="17 Landelijke ontwikkelingen")
    d = Doc("Koersplan passend onderwijs 2025-2029",
            "Ondersteuningsplan van het Samenwerkingsverband Passend Primair Onderwijs Lindeveld (PO 25-06)\n"
            "Met instemming van de ondersteuningsplanraad, maart 2025",
            header="SWV Lindeveld · Koersplan 2025-2029 · toelaatbaarheid · terugplaatsing · resultaten")
    d.toc(["1 Inleiding", "2 Terugblik op de vorige planperiode", "3 Koers en ambities",
           "4 Basisondersteuning", "5 Het dekkend aanbod in Lindeveld", "6 Toelaatbaarheid en terugplaatsing",
           "7 Financieel beleid", "8 Resultaten en kwaliteitszorg", "9 Ouders: communicatie, klachten en geschillen",
           "10 Bestuur en toezicht", "11 Personeel", "12 Informatiebeveiliging", "13 Aansluiting po-vo",
           "14 Kennisdeling en onderzoek", "15 Procedure van vaststelling", "16 Meerjarenplanning",
           "17 Landelijke ontwikkelingen", "Bijlage 5 Handboek Toewijzing (separaat)", "Bijlage Begrippen"])
    d.h1("1 Inleiding")
    d.p("""Dit koersplan is het ondersteuningsplan van Samenwerkingsverband Lindeveld voor de schooljaren 2025-2026
    tot en met 2028-2029. We hebben gekozen voor de naam koersplan, omdat het plan vooral de richting aangeeft.
    Het koersplan is geschreven voor schoolbesturen, directeuren, intern begeleiders, leerkrachten, ouders en
    onze partners in de gemeenten en de jeugdhulp.""",
        """Negen schoolbesturen met samen 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie
    scholen voor speciaal onderwijs werken in Lindeveld samen. Zij verzorgen onderwijs aan ongeveer 11.800
    leerlingen in vier gemeenten. Het verband is middelgroot en kent zowel stedelijk als landelijk gebied.""",
        """Het koersplan is bewust niet uitputtend. Waar in de praktijk meer detail nodig is, werken de
    directeuren en intern begeleiders dat uit in werkafspraken, die het bestuur vaststelt. Deze werkafspraken
    maken geen deel uit van dit koersplan. Wie vragen heeft over de tekst, kan contact opnemen met het bureau;
    de contactgegevens staan achter in dit document en op de website. Het koersplan is ook als samenvatting
    op één A4 beschikbaar, die in de teamkamer van iedere school hangt.""")
    d.h1("2 Terugblik op de vorige planperiode")
    d.p("""In de vorige planperiode (2021-2025) hebben we veel bereikt. Het loket werd één digitaal portaal, de
    wachttijd voor een bespreking nam af en scholen wisten het expertiseteam beter te vinden. Niet alles lukte:
    de samenwerking met de jeugdhulp bleef wisselend, en de verschillen tussen scholen in wat zij aan
    ondersteuning bieden waren te groot. Ook liep het aantal aanvragen voor het speciaal onderwijs op, vooral
    in de onderbouw. In de evaluatie met de OPR en de directeuren kwamen drie lessen naar voren: maak de
    basis duidelijker, maak het geld beter zichtbaar en kijk vaker naar wat het oplevert. Die lessen zijn de
    basis van dit koersplan.""",
        """We hebben de evaluatie uitgevoerd met een enquête onder alle intern begeleiders (respons 81 procent),
    gesprekken met twaalf ouders en drie bijeenkomsten met directeuren. Een samenvatting van de evaluatie is
    besproken in de algemene vergadering van december 2024.""")
    d.h1("3 Koers en ambities")
    d.p("""Lindeveld wil een regio zijn waar ieder kind een plek heeft waar het zich thuis voelt en tot leren komt.
    Scholen dragen die opdracht samen. We werken vanuit vertrouwen en met een open blik naar elkaar, en we
    willen dat ouders ervaren dat school en samenwerkingsverband hun kind serieus nemen.""",
        """Voor deze planperiode kiezen we vier ambities: een heldere basis in elke school, een aanbod dat voor
    ieder kind dekkend is, geld dat zichtbaar bij kinderen terechtkomt en zicht op wat onze inzet oplevert. In
    de volgende hoofdstukken werken we deze ambities uit.""")
    # ---- basis present, content in table
    d.h1("4 Basisondersteuning")
    d.p("""In Lindeveld verstaan wij onder basisondersteuning het niveau dat alle scholen binnen het
    samenwerkingsverband, op iedere vestiging, gegarandeerd bieden. De besturen hebben dit niveau samen
    vastgesteld; het is voor iedere school bindend. Ouders mogen er op elke school op rekenen. De tabel hieronder
    laat per domein zien wat dat inhoudt.""")
    d.table([["Domein", "Wat u op elke school in Lindeveld mag verwachten"],
             ["Lezen en spellen", """Vroegtijdige signalering in groep 2 en 3; dyslexieprotocol; extra leesinstructie
              in kleine groep; gebruik van voorleessoftware vanaf groep 5"""],
             ["Rekenen", """Protocol ERWD; diagnostisch gesprek bij hardnekkige problemen; gebruik van
              hulpmiddelen zoals tafelkaarten"""],
             ["Gedrag en welbevinden", """Schoolbrede aanpak positief gedrag; anti-pestprotocol; jaarlijkse
              meting sociale veiligheid; time-in afspraken in de klas"""],
             ["Meer- en hoogbegaafdheid", """Signalering met een vast instrument; compacten en verrijken in de
              groep; overleg met de plusklas van het verband"""],
             ["Taal en NT2", "Extra woordenschatonderwijs; samenwerking met voorschool; inzet taalcoach"],
             ["Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking"],
             ["Structuur", """Intern begeleider, ondersteuningsteam met schoolmaatschappelijk werk, OPP binnen
              zes weken als een leerling een eigen leerlijn volgt"""]])
    d.p("""Het schoolondersteuningsprofiel van iedere school beschrijft daarnaast welke extra ondersteuning de
    school biedt. Het profiel wordt iedere vier jaar vastgesteld en geldt als onderdeel van de schoolgids.""")
    # ---- dekkend aanbod present
    d.h1("5 Het dekkend aanbod in Lindeveld")
    d.p("""Het ondersteuningsaanbod in Lindeveld bestaat uit drie lagen. De eerste laag is de basisondersteuning uit
    hoofdstuk 4. De tweede laag bestaat uit arrangementen: extra ondersteuning op de eigen school, zoals
    begeleiding door het expertiseteam, een arrangement gedrag met inzet van een gedragsspecialist of een plek
    in een van de drie plusklassen. De derde laag wordt gevormd door de gespecialiseerde voorzieningen: de twee
    sbo-scholen, de drie so-scholen en de kleinschalige voorziening Herstart, waar leerlingen die zijn
    vastgelopen maximaal een half jaar naar toe gaan om daarna weer in te stromen.""",
        """Om te weten of het aanbod dekkend is, houdt het Ondersteuningsloket bij welke leerlingen geen passende plek
    hebben of langer dan zes weken op een plek wachten. Iedere leerling die langer dan vier weken thuis zit, wordt
    besproken in het regionale thuiszittersoverleg van leerplicht, jeugdhulp en samenwerkingsverband, dat elke
    twee weken bijeenkomt. Eén keer per jaar analyseert het bestuur deze signalen en besluit het of er nieuwe
    voorzieningen nodig zijn; zo is Herstart in 2022 ontstaan. Het bestuur van de school waar een leerling is
    aangemeld, blijft verantwoordelijk voor een passende plek (zorgplicht).""",
        """Samen met de gemeenten financieren we onderwijs-zorgarrangementen voor kinderen die naast onderwijs
    jeugdhulp nodig hebben, bijvoorbeeld een combinatie van so en dagbehandeling.""")
    d.h2("5.1 Hoogbegaafde leerlingen")
    d.p("""Met de landelijke subsidie voor hoogbegaafdheid heeft Lindeveld in 2023 en 2024 drie plusklassen
    ingericht, in Lindeveld-stad, Heikamp en Vossendonk. Leerlingen uit groep 5 tot en met 8 gaan er één ochtend
    per week naartoe. Aanmelding gebeurt door de intern begeleider na signalering op school; een plusklas kent
    maximaal veertien leerlingen. Daarnaast is er een netwerk van specialisten hoogbegaafdheid, met uit ieder
    bestuur ten minste één deelnemer, dat vier keer per jaar bijeenkomt en scholen adviseert over compacten,
    verrijken en het voorkomen van onderpresteren.""",
        """De subsidie loopt af in 2025. Het bestuur heeft besloten de plusklassen vanaf 2026 uit de eigen
    arrangementenmiddelen te blijven betalen, omdat de wachtlijst laat zien dat er behoefte aan is. Voor
    kinderen die ook met een plusklas niet tot ontwikkeling komen, zoeken wij samen met het naburige
    verband naar een voltijdse voorziening; de eerste gesprekken daarover zijn in 2024 gevoerd.""")
    # ---- plaatsing & terugstroom missing: reference to absent handboek
    d.h1("6 Toelaatbaarheid en terugplaatsing")
    d.p("""De procedure voor het aanvragen van een toelaatbaarheidsverklaring, de criteria die het samenwerkingsverband
    daarbij hanteert en de afspraken over terugplaatsing naar het basisonderwijs zijn opgenomen in het Handboek
    Toewijzing Lindeveld (bijlage 5). Het handboek wordt jaarlijks door het bestuur geactualiseerd en is op
    aanvraag verkrijgbaar bij het bureau.""")
    # ---- financien present
    d.h1("7 Financieel beleid")
    d.p("""Het samenwerkingsverband verdeelt de middelen volgens het model ‘schoolbudget plus’. Zeventig procent van
    de vrij besteedbare middelen gaat als schoolbudget naar de besturen: € 132 per leerling op de teldatum van
    1 oktober. Dertig procent blijft bij het samenwerkingsverband voor arrangementen, het expertiseteam en
    Herstart. Een arrangement kent het loket toe als de school de basisondersteuning heeft ingezet, de vraag in
    het ondersteuningsteam is besproken en de doelen concreet zijn geformuleerd; de maximale looptijd is één
    schooljaar, met eenmaal verlenging.""")
    d.table([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
             ["Inkomsten ondersteuning", "10.240", "10.110", "9.990", "9.880"],
             ["Afdrachten speciaal (basis)onderwijs", "5.010", "5.030", "5.050", "5.060"],
             ["Schoolbudgetten", "1.560", "1.540", "1.520", "1.500"],
             ["Arrangementen en plusklassen", "1.940", "1.900", "1.860", "1.820"],
             ["Expertiseteam", "960", "970", "980", "990"],
             ["Herstart", "420", "430", "440", "450"],
             ["Bureau en bestuur", "510", "515", "520", "525"],
             ["Saldo", "-160", "-275", "-380", "-465"]])
    d.p("""Het negatieve saldo is bewust: eind 2024 had Lindeveld een reserve van 2,4 miljoen euro, terwijl een
    weerstandsvermogen van ongeveer 0,9 miljoen euro voldoende is gezien de risico's. De risico's die we
    onderscheiden zijn een stijging van het aantal so-leerlingen en het wegvallen van gemeentelijke
    cofinanciering.""")
    # ---- resultaten partial: doelen yes, monitoring deferred
    d.h1("8 Resultaten en kwaliteitszorg")
    d.p("""Wij willen dat onze inzet zichtbaar iets oplevert voor kinderen die extra ondersteuning nodig hebben.
    Daarom hebben we voor deze planperiode de volgende beoogde resultaten geformuleerd:""")
    d.table([["Beoogd resultaat", "Streefwaarde 2029"],
             ["Leerlingen die langer dan drie maanden thuiszitten", "maximaal 5 per jaar"],
             ["Deelnamepercentage sbo", "van 2,4% naar 2,0%"],
             ["Arrangementen waarvan de doelen zijn behaald", "minimaal 75%"],
             ["Leerlingen die na Herstart terugkeren naar de eigen school", "minimaal 80%"]])
    d.p("""Hoe we de voortgang op deze doelen gaan meten, wie de gegevens verzamelt en waar we erover rapporteren,
    leggen we vast in het kwaliteitskader dat in 2026 verschijnt. Tot die tijd blijft het huidige jaarverslag
    het vertrekpunt.""")
    # ---- ouders present; steunpunt in 'klachten en geschillen'
    d.h1("9 Ouders: communicatie, klachten en geschillen")
    d.h2("9.1 Communicatie")
    d.p("""Bij de eerste kennismaking krijgen ouders van de school de informatiekaart van Lindeveld, waarop in
    gewone taal staat welke ondersteuning elke school biedt en hoe extra ondersteuning wordt aangevraagd. De
    schoolgids van elke school bevat een vaste paragraaf over passend onderwijs. De website van het
    samenwerkingsverband heeft een oudersectie met uitleg, filmpjes en veelgestelde vragen. Vier keer per jaar
    verschijnt de nieuwsbrief ‘Lindeveld voor ouders’, die via de scholen wordt verspreid.""")
    d.h2("9.2 Klachten en geschillen")
    d.p("""Als ouders en school er samen niet uitkomen, kunnen ouders kosteloos hulp krijgen van het Ouder- en
    Jeugdsteunpunt Lindeveld. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, wordt gefinancierd
    door het verband en heeft twee ouderadviseurs; het is bereikbaar op werkdagen van 9.00 tot 15.00 uur. Ook
    kunnen ouders terecht bij de onderwijsconsulenten van het ministerie. Klachten over het samenwerkingsverband
    behandelt de Landelijke Klachtencommissie Onderwijs; geschillen over de zorgplicht kunnen worden voorgelegd aan
    de Geschillencommissie passend onderwijs.""")
    filler_governance(d, s)
    filler_personeel(d, s)
    filler_ict(d, s)
    filler_povo(d, s)
    filler_innovatie(d, s)
    filler_totstandkoming(d, s)
    filler_planning(d, s)
    filler_landelijk(d, s)
    glossary(d)
    return d, s


# ================================================================ P4: VO verband, pdf
def plan_p4():
    s = dict(name="Stichting Samenwerkingsverband VO Hanzekust",
             short="Hanzekust", boards=7, opr=10, fte="15,3",
             oogo_date="13 februari 2025", overleg_date="20 februari 2025", opr_date="25 maart 2025",
             gem_text="Hanzestad, Kolkwijk en Nieuw-Ravenoord", other_swv="PO Hanzekust en Ommeland",
             fg_partner="het PO-verband Hanzekust en Ommeland",
             gov_title="9 Bestuur, organisatie en medezeggenschap", pers_title="10 Personeel",
             ict_title="11 ICT en privacy", tot_title="12 Totstandkoming en vaststelling",
             plan_title="13 Planning")
    d = Doc("Ondersteuningsplan 2025-2029 Samenwerkingsverband VO Hanzekust",
            "VO 23-05 · voor de scholen voor voortgezet onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs\n"
            "in Hanzestad, Kolkwijk en Nieuw-Ravenoord",
            header="Hanzekust VO 23-05 | Basisondersteuning en meer | Ouders en leerlingen centraal")
    d.toc(["1 Voorwoord", "2 Het samenwerkingsverband in vogelvlucht", """3 Visie: iedere leerling een diploma of
           een duurzame plek""", "4 Het ondersteuningsaanbod: van lichte ondersteuning tot vso",
           "5 Toewijzing: vso, lwoo en praktijkonderwijs", "6 Terug naar het regulier vo",
           "7 Financiën", "8 Kwaliteit en resultaten", "9 Bestuur, organisatie en medezeggenschap",
           "10 Personeel", "11 ICT en privacy", "12 Totstandkoming en vaststelling", "13 Planning",
           "Bijlage Begrippen en afkortingen"])
    d.h1("1 Voorwoord")
    d.p("""Hanzekust kijkt terug op tien jaar passend onderwijs. In die tijd zijn we gegroeid van een verband dat
    vooral geld verdeelde naar een verband dat samen met de scholen verantwoordelijkheid neemt voor alle
    jongeren in de regio. Dit plan bouwt voort op wat goed ging en pakt aan wat beter moet: de overgang van
    vso naar regulier, de thuiszitters en de transparantie over geld.""",
        """We danken de scholen, de gemeenten en de leden van de ondersteuningsplanraad voor hun kritische en
    constructieve inbreng. — R. Hoekstra, directeur-bestuurder""")
    d.h1("2 Het samenwerkingsverband in vogelvlucht")
    d.p("""Hanzekust omvat drie gemeenten aan de kust. Zeven schoolbesturen zijn aangesloten met veertien scholen
    voor voortgezet onderwijs (vmbo, havo, vwo), één school voor praktijkonderwijs en één school voor voortgezet
    speciaal onderwijs met een afdeling cluster 3 en een afdeling cluster 4. Op 1 oktober 2024 volgden 9.640
    leerlingen onderwijs op een van deze scholen. Vijf scholen bieden leerwegondersteunend onderwijs.""",
        """De regio kent grote verschillen. Hanzestad heeft een stedelijk karakter met een relatief hoog aandeel
    jongeren dat opgroeit in armoede; Kolkwijk en Nieuw-Ravenoord zijn landelijk, met lange reisafstanden naar
    de scholen in de stad. Het aantal leerlingen daalt tot 2030 naar verwachting met zes procent, vooral in de
    landelijke gemeenten. Twee besturen onderzoeken daarom een fusie van hun vestigingen in Kolkwijk. Voor het
    samenwerkingsverband betekent krimp ook minder inkomsten, wat in de meerjarenbegroting zichtbaar is.""")
    d.table([["Schoolsoort", "Scholen", "Leerlingen 1-10-2024"],
             ["vmbo (incl. lwoo)", "6", "3.310"], ["havo/vwo", "5", "4.480"], ["brede scholengemeenschap", "3",
              "1.210"], ["praktijkonderwijs", "1", "330"], ["vso", "1", "310"]])
    d.h1("3 Visie: iedere leerling een diploma of een duurzame plek")
    d.p("""Iedere jongere in Hanzekust verlaat het onderwijs met een diploma, een certificaat of een duurzame plek
    op de arbeidsmarkt of in dagbesteding. Dat is onze stip op de horizon. We werken vanuit de overtuiging dat
    jongeren het best leren op een school in hun eigen omgeving, met leeftijdgenoten, en dat speciale
    voorzieningen tijdelijk zijn waar het kan en blijvend waar het moet. De scholen beschrijven in hun schoolgids
    hoe zij de basisondersteuning invullen; het samenwerkingsverband richt zich op wat daarbovenop nodig is.""")
    # ---- dekkend aanbod present
    d.h1("4 Het ondersteuningsaanbod: van lichte ondersteuning tot vso")
    d.p("""Het aanbod in Hanzekust is opgebouwd in vier lagen die op elkaar aansluiten. In de eerste laag ontvangen de
    scholen een budget lichte ondersteuning, dat zij naar eigen inzicht besteden en waarover zij zelf
    beslissen. De tweede laag bestaat uit arrangementen op de eigen school die het samenwerkingsverband
    financiert, zoals een plaatsingsarrangement autisme op twee vmbo-scholen en een arrangement voor
    hoogbegaafde leerlingen op havo/vwo. De derde laag is het orthopedagogisch-didactisch centrum Het Anker,
    met een reboundvoorziening voor maximaal twaalf weken en een langere opvang voor leerlingen die tijdelijk niet
    in een reguliere klas kunnen functioneren. De vierde laag bestaat uit praktijkonderwijs en het vso.""",
        """Voor jongeren voor wie dit aanbod niet past, heeft Hanzekust het Route-team. Iedere school meldt een
    leerling die langer dan drie weken niet naar school komt of voor wie de school geen passend aanbod meer
    heeft. Het Route-team, met een trajectbegeleider van het verband, leerplicht en jeugdhulp, maakt binnen tien
    werkdagen een plan en houdt de regie tot de jongere weer onderwijs volgt. Het aanbod dat daarvoor nodig is,
    betaalt het samenwerkingsverband uit het potje maatwerk. Elk half jaar bespreekt het bestuur met de
    directeuren welke leerlingen tussen wal en schip vielen en welke voorziening er ontbrak; in 2024 leidde dat
    tot een kleine groep voor jongeren met angstklachten op Het Anker.""",
        """Met de drie gemeenten zijn onderwijs-zorgarrangementen afgesproken: jongeren kunnen op Het Anker of in
    het vso onderwijs volgen in combinatie met behandeling, waarbij de gemeente de zorg en het
    samenwerkingsverband het onderwijs betaalt.""")
    d.h2("4.1 Nieuwkomers")
    d.p("""Hanzestad kent een Internationale Schakelklas (ISK) voor jongeren die korter dan twee jaar in
    Nederland zijn. Het aantal nieuwkomers is de afgelopen jaren sterk gegroeid, onder meer door de opvang van
    Oekraïense jongeren. De ISK valt onder een van de aangesloten besturen en wordt grotendeels bekostigd uit
    de rijksregeling voor nieuwkomers. Het samenwerkingsverband betaalt een gedragsspecialist en een
    trajectbegeleider die de overstap van de ISK naar het regulier vo of het mbo begeleidt. Elk jaar stromen
    ongeveer zestig jongeren door vanuit de ISK; de helft gaat naar het vmbo, een derde naar het mbo en de
    rest naar havo of vwo. Jongeren met trauma of ernstige leerproblemen kunnen vanuit de ISK een beroep doen
    op de arrangementen van laag twee en drie.""",
        """In het overleg met de gemeenten is afgesproken dat de gemeenten voor jongeren in de ISK
    schoolmaatschappelijk werk beschikbaar stellen en dat het samenwerkingsverband de onderwijskundige
    begeleiding organiseert. De afspraken worden jaarlijks geëvalueerd in het ambtelijk overleg.""")
    # ---- plaatsing present (vso, lwoo, pro)
    d.h1("5 Toewijzing: vso, lwoo en praktijkonderwijs")
    d.h2("5.1 Toelaatbaarheid vso")
    d.p("""Het bevoegd gezag van de school waar de leerling staat ingeschreven, of bij nieuwe leerlingen de school
    waar de leerling is aangemeld, vraagt de toelaatbaarheidsverklaring aan bij de Toewijzingscommissie van
    Hanzekust. De aanvraag bevat het OPP, het verslag van het multidisciplinair overleg waarbij ook de leerling
    aanwezig was, en de handelingsadviezen van de afgelopen periode. De commissie vraagt advies aan
    een orthopedagoog of psycholoog en aan een tweede deskundige (jeugdarts, kinder- en jeugdpsychiater of
    maatschappelijk werker), die ieder afzonderlijk en schriftelijk adviseren en niet bij de aanvraag betrokken
    waren. De commissie besluit binnen vijf weken.""",
        """Een leerling is toelaatbaar tot het vso als: (a) de ondersteuningsbehoefte blijkens het OPP niet kan
    worden beantwoord met de arrangementen van laag twee en drie, ook niet na ten minste één geëvalueerd
    arrangement; (b) er sprake is van een structurele beperking op het gebied van leren, gedrag, lichamelijke of
    psychische gezondheid die een kleine groep en specialistische begeleiding gedurende de hele schooldag
    vereist; en (c) de verwachting is dat de leerling in het vso wel tot ontwikkeling komt.""",
        """De TLV geldt in de regel voor twee schooljaren, voor leerlingen in het uitstroomprofiel dagbesteding tot
    het einde van de schoolloopbaan. De commissie stelt bij iedere TLV de bekostigingscategorie vast (laag,
    midden of hoog). Tegen het besluit kan binnen zes weken bezwaar worden gemaakt; Hanzekust vraagt daarover
    advies aan de Landelijke Bezwaaradviescommissie.""")
    d.h2("5.2 Leerwegondersteunend onderwijs")
    d.p("""Hanzekust hanteert de landelijke criteria voor lwoo. De basisschool levert in groep 8 de gegevens over
    leerachterstanden, intelligentie en sociaal-emotionele problematiek aan via het overdrachtsdossier. De
    ontvangende vo-school vraagt uiterlijk 1 mei een aanwijzing lwoo aan; de Toewijzingscommissie toetst aan de
    landelijke criteria en besluit binnen vier weken. Een aanwijzing geldt voor de duur van de opleiding.""")
    d.h2("5.3 Praktijkonderwijs")
    d.p("""Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria voor IQ (tussen 55 en 80) en
    leerachterstanden (op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen
    en spellen een achterstand van drie jaar of meer). De school voor praktijkonderwijs vraagt de TLV aan; de
    Toewijzingscommissie besluit binnen vier weken. Een TLV pro geldt voor de gehele opleiding.""")
    # ---- terugstroom present
    d.h1("6 Terug naar het regulier vo")
    d.p("""Het vso is voor een deel van de leerlingen een tijdelijke plek. Het beleid van Hanzekust is dat iedere
    vso-leerling met een diplomagericht uitstroomprofiel in het laatste jaar van de TLV wordt beoordeeld op
    mogelijkheden voor overstap naar het regulier vo. Doel is dat jaarlijks ten minste vijftien leerlingen de
    overstap maken. Voorwaarde is dat de leerling het niveau van de reguliere klas aankan en dat de ontvangende
    school een overstaparrangement biedt; dat arrangement betaalt het verband gedurende een jaar (€ 5.500
    per leerling).""",
        """De procedure: uiterlijk 1 december van het laatste TLV-jaar bespreekt het vso in het MDO, samen met de
    leerling en ouders, of overstap haalbaar is. De vso-school neemt het initiatief, zoekt contact met een
    reguliere school en stelt samen met die school een overstapplan op. De Toewijzingscommissie beoordeelt het plan
    vóór 1 maart en besluit of de TLV wordt verlengd of afloopt. Na drie en na zes maanden evalueren de reguliere
    school, de vso-school en de leerling de overstap.""",
        """In 2023-2024 stapten elf leerlingen over van vso naar regulier vo; negen van hen zaten een jaar later nog
    op de nieuwe school.""")
    # ---- financien partial: besteding yes, verdeling deferred
    d.h1("7 Financiën")
    d.p("""Hanzekust ontvangt ongeveer 14,2 miljoen euro per jaar aan middelen voor lichte en zware ondersteuning,
    inclusief de middelen voor lwoo en praktijkonderwijs. De huidige verdeling is in 2019 afgesproken en sluit niet
    meer aan bij de praktijk. Een nieuw verdeelmodel wordt in het voorjaar van 2026 door het algemeen bestuur
    vastgesteld; tot die tijd besluit het bestuur jaarlijks bij de begroting over de bedragen per school.""")
    d.table([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
             ["Baten", "14.230", "14.050", "13.900", "13.780"],
             ["Afdracht vso", "3.120", "3.150", "3.180", "3.200"],
             ["Lwoo en pro naar scholen", "5.480", "5.410", "5.350", "5.300"],
             ["Budget lichte ondersteuning scholen", "2.190", "2.160", "2.140", "2.120"],
             ["Arrangementen laag 2", "1.120", "1.100", "1.080", "1.060"],
             ["OPDC Het Anker", "1.450", "1.470", "1.490", "1.510"],
             ["Route-team en maatwerk", "410", "420", "430", "440"],
             ["Overstaparrangementen", "80", "85", "90", "90"],
             ["Bureau", "620", "630", "640", "650"],
             ["Resultaat", "-240", "-415", "-600", "-590"]])
    d.p("""De reserves van Hanzekust (6,1 miljoen euro eind 2024) liggen boven de signaleringswaarde. Met de
    negatieve resultaten uit de meerjarenbegroting brengen we de reserve in vier jaar terug naar circa 4,2 miljoen
    euro.""")
    # ---- resultaten present
    d.h1("8 Kwaliteit en resultaten")
    d.p("""Hanzekust wil weten of de inzet van middelen leidt tot betere resultaten voor leerlingen met een
    ondersteuningsbehoefte. De beoogde resultaten voor 2029 zijn:""")
    d.ul(["Het percentage leerlingen met een arrangement dat zonder diploma het vo verlaat, daalt van 9 naar 6 procent.",
          "Het aantal absolute en relatieve verzuimers langer dan drie maanden daalt van 23 (2024) naar maximaal 10.",
          """Ten minste 80 procent van de leerlingen die na een reboundtraject terugkeren, zit na een jaar nog op
          de eigen school.""",
          "Jaarlijks stappen ten minste vijftien vso-leerlingen over naar regulier vo."])
    d.p("""Elke school levert per kwartaal gegevens aan over arrangementen, verzuim en uitstroom. De beleidsmedewerker
    kwaliteit verwerkt deze in een dashboard dat het bestuur iedere drie maanden bespreekt. Eén keer per jaar,
    in september, houdt het verband een resultatendialoog met iedere school. In het jaarverslag rapporteren we de
    bereikte resultaten naast de beoogde resultaten en de uitgaven per voorziening; de OPR ontvangt het
    jaarverslag vóór 1 juli.""")
    filler_governance(d, s, parents_in_opr=False)
    filler_personeel(d, s)
    filler_ict(d, s)
    filler_povo(d, s, vo=True)
    filler_landelijk(d, s, basis_deferral=True)
    filler_totstandkoming(d, s)
    filler_planning(d, s, rows=[["Schooljaar", "Mijlpaal"],
                                ["2025-2026", "Nieuw verdeelmodel; evaluatie Route-team"],
                                ["2026-2027", "Uitbreiding Het Anker met groep angstklachten"],
                                ["2027-2028", "Tussenevaluatie plan"],
                                ["2028-2029", "Nieuw ondersteuningsplan"]])
    glossary(d, extra=[("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                       ("OPDC", "Orthopedagogisch-didactisch centrum.")])
    return d, s


# ================================================================ P5: PO verband, html web version
def plan_p5():
    s = dict(name="Samenwerkingsverband Passend Onderwijs De Klaverweide",
             short="De Klaverweide", boards=11, opr=12, fte="8,0",
             oogo_date="6 maart 2025", overleg_date="13 maart 2025", opr_date="8 april 2025",
             gem_text="Klaverdam, Weidebroek en Sint-Ouwerkerk", other_swv="VO Klaverdam e.o.",
             fg_partner="twee andere samenwerkingsverbanden",
             gov_title="Zo zijn we georganiseerd", pers_title="Onze mensen", ict_title="Privacy en gegevens",
             tot_title="Hoe dit plan is vastgesteld", plan_title="Wat we wanneer doen")
    d = Doc("Ondersteuningsplan De Klaverweide 2025-2029 (webversie)",
            "Samenwerkingsverband Passend Onderwijs De Klaverweide – PO 26-11\n"
            "Deze webversie is gelijk aan het door het bestuur vastgestelde plan van 15 april 2025.",
            header="Home | Over ons | Ouders | Scholen | Basisondersteuning | Loket | Geld en verantwoording | "
                   "Resultaten | Nieuws | Contact")
    d.toc(["Welkom", "Over De Klaverweide", "Onze bedoeling", """Wat elke school in De Klaverweide minimaal
           waarmaakt""", "Naar het speciaal (basis)onderwijs", "Terug naar de basisschool", "Geld",
           "Zicht op resultaten", "Voor ouders", "Samen met de gemeenten", "Onze mensen",
           "Privacy en gegevens", "Zo zijn we georganiseerd", "Hoe dit plan is vastgesteld",
           "Wat we wanneer doen", "Begrippen"])
    d.h1("Welkom")
    d.p("""Welkom bij de webversie van het ondersteuningsplan van De Klaverweide. We hebben gekozen voor een
    compact plan op hoofdlijnen dat goed leesbaar is op telefoon en computer. Uitwerkingen, formulieren en de
    jaarlijkse begroting vindt u elders op deze website. Het plan is vastgesteld voor vier schooljaren en wordt
    halverwege geëvalueerd.""",
        """De Klaverweide is de plek waar elf schoolbesturen afspraken maken over passend onderwijs. De scholen
    doen het eigenlijke werk; het samenwerkingsverband zorgt voor de kaders, een loket en een team van
    orthopedagogen. Dat willen we in dit plan ook laten zien: wij zijn er voor de scholen en daarmee voor de
    kinderen en hun ouders.""")
    d.h1("Over De Klaverweide")
    d.p("""Het samenwerkingsverband beslaat de gemeenten Klaverdam, Weidebroek en Sint-Ouwerkerk. Er zijn 61
    basisscholen, twee scholen voor speciaal basisonderwijs (De Vlonder en Het Baken) en twee scholen voor speciaal
    onderwijs (cluster 3: De Tweesprong; cluster 4: Het Kompas). In totaal gaan ongeveer 13.500 kinderen naar een
    van deze scholen. Het aantal leerlingen is de laatste jaren stabiel; in Klaverdam groeit het licht door
    nieuwbouw, in de dorpen van Sint-Ouwerkerk krimpt het.""",
        """Het bureau van De Klaverweide is gevestigd in het Onderwijshuis in Klaverdam, samen met het
    vo-verband en de leerplichtafdeling. Het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur. In de
    schoolvakanties is het bureau beperkt bereikbaar; spoedvragen van scholen worden dan door de directeur
    opgepakt. Het team van orthopedagogen werkt grotendeels op de scholen zelf en is daar vaste gast bij de
    besprekingen van het ondersteuningsteam.""")
    d.table([["Gemeente", "Basisscholen", "Sbo", "So"], ["Klaverdam", "29", "1", "2"],
             ["Weidebroek", "18", "1", "0"], ["Sint-Ouwerkerk", "14", "0", "0"]])
    d.h1("Onze bedoeling")
    d.p("""Wij willen dat ieder kind in De Klaverweide zich op school ontwikkelt, met plezier en met vertrouwen in
    zichzelf. Dat vraagt om leerkrachten die verschillen tussen kinderen zien en daarop inspelen, om scholen die
    elkaar helpen, en om ouders die zich gehoord voelen. Wij zien passend onderwijs niet als een stelsel van
    regels, maar als een gezamenlijke opdracht. Woorden als ‘maatwerk’ en ‘samen’ gebruiken we niet als
    modewoord: ze moeten merkbaar zijn in de klas.""",
        """Onze drie kernwoorden zijn dichtbij, deskundig en duidelijk. Dichtbij: ondersteuning zo veel mogelijk
    in de eigen school. Deskundig: leerkrachten en intern begeleiders krijgen de kennis die ze nodig hebben.
    Duidelijk: iedereen weet wat hij kan verwachten.""")
    # ---- basis present, unusual wording
    d.h1("Wat elke school in De Klaverweide minimaal waarmaakt")
    d.p("""De elf besturen hebben samen een ondergrens afgesproken. Alles wat hieronder staat, doet iedere school en
    iedere nevenvestiging in De Klaverweide, ook de kleinste. Wij noemen dit de basisondersteuning. Het is een
    belofte aan ouders: welke school u ook kiest, dit is er in ieder geval.""")
    d.ul(["""Een intern begeleider die minimaal twee dagdelen per week beschikbaar is en die ouders binnen een week
          terugbelt.""",
          """Leerkrachten die de ontwikkeling van ieder kind twee keer per jaar in een groepsbespreking bekijken en
          hun lessen aanpassen als een kind achterblijft of juist vooruitloopt.""",
          "Extra lees- en spellingbegeleiding volgens het dyslexieprotocol, ook als er (nog) geen dyslexieverklaring is.",
          "Een vaste aanpak tegen pesten en een jaarlijkse vragenlijst over hoe veilig kinderen zich voelen.",
          "Verrijkingsstof en een eigen leerroute voor kinderen die meer aankunnen.",
          "Afspraken over medicijngebruik en eenvoudige medische handelingen.",
          """Een ondersteuningsteam met de intern begeleider, een orthopedagoog van De Klaverweide en, als dat
          nodig is, de jeugdverpleegkundige.""",
          "Een ontwikkelingsperspectiefplan voor ieder kind dat een eigen leerlijn volgt, besproken met ouders."])
    d.p("""Iedere school toont eens per twee jaar aan de hand van de Klaverkaart aan dat zij deze punten waarmaakt.
    De orthopedagoog bespreekt de Klaverkaart met de directeur en de intern begeleider; als een punt ontbreekt,
    maakt de school afspraken over verbetering binnen het schooljaar. Wanneer een kind meer nodig heeft dan
    deze basis, spreken we van extra ondersteuning.""")
    # ---- plaatsing partial: criteria yes, procedure -> website
    d.h1("Naar het speciaal (basis)onderwijs")
    d.p("""Sommige kinderen hebben meer nodig dan een basisschool kan bieden, ook met hulp van buiten. Voor hen is
    er het speciaal basisonderwijs of het speciaal onderwijs. Om daar te worden toegelaten, is een
    toelaatbaarheidsverklaring (TLV) van De Klaverweide nodig.""",
        """Hoe een school een TLV aanvraagt, welke documenten daarvoor nodig zijn en wie de aanvraag beoordeelt,
    leest u op de pagina ‘Loket’ van deze website.""")
    d.h2("Wanneer komt een kind in aanmerking?")
    d.p("""Voor het sbo komt een kind in aanmerking als de basisschool en het ondersteuningsteam gedurende minimaal
    een half jaar extra ondersteuning hebben geboden en geëvalueerd, en het kind desondanks op twee of meer
    kernvakken meer dan anderhalf jaar achterloopt ten opzichte van leeftijdgenoten, of als het gedrag of de
    werkhouding van het kind zo veel sturing vraagt dat het in een groep van 25 of meer kinderen niet tot leren
    komt. Voor het so cluster 3 kijken we of er sprake is van een verstandelijke of lichamelijke beperking of
    een langdurige ziekte waardoor het kind op de hele schooldag aangewezen is op specialistische zorg en een
    kleine groep. Voor het so cluster 4 kijken we of het kind ernstige gedrags- of psychiatrische problemen heeft,
    waarbij jeugdhulp betrokken is en de veiligheid van het kind of van anderen in het sbo niet te garanderen
    is.""",
        """Een TLV voor het sbo geldt in de regel voor twee schooljaren; een TLV voor het so voor één tot drie
    schooljaren. Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken. De
    Klaverweide vraagt in dat geval advies aan de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen.""")
    # ---- terugstroom partial: procedure yes, beleid deferred
    d.h1("Terug naar de basisschool")
    d.p("""In het laatste schooljaar van de TLV bespreekt de sbo- of so-school vóór 1 maart met de ouders en de
    intern begeleider van een basisschool in de buurt of het kind kan terugkeren. De directeur van de sbo- of
    so-school neemt daartoe het initiatief. Is terugkeer mogelijk, dan maken beide scholen een overdrachtsplan en
    loopt de TLV op 31 juli af; het kind start op 1 augustus op de basisschool. Is terugkeer niet mogelijk, dan
    vraagt de sbo- of so-school vóór 1 april een nieuwe TLV aan. Na de overstap evalueren de basisschool en de
    ouders in oktober en in maart hoe het gaat; de uitkomst gaat naar de orthopedagoog van De Klaverweide.""",
        """Ons beleid rond terugplaatsing – wat we ermee willen bereiken, onder welke voorwaarden het gebeurt en
    welke begeleiding een kind na terugkeer krijgt – stellen we in 2026 opnieuw vast, na de evaluatie van de
    afspraken uit het vorige plan.""")
    # ---- financien missing
    d.h1("Geld")
    d.p("""De Klaverweide ontvangt jaarlijks een bijdrage van het Rijk voor ondersteuning. De begroting en het
    verdeelmodel maken deel uit van het jaarplan en staan, samen met de jaarrekening, op de pagina ‘Geld en
    verantwoording’ van deze website.""")
    # ---- resultaten partial: monitoring yes, doelen deferred
    d.h1("Zicht op resultaten")
    d.p("""Welke resultaten De Klaverweide in deze planperiode wil bereiken voor kinderen die extra ondersteuning
    nodig hebben, formuleren we na de evaluatie die in het voorjaar van 2026 plaatsvindt.""",
        """Wat we wel al doen: ieder jaar meten we het aantal afgegeven TLV's, de deelname aan sbo en so, het aantal
    kinderen dat is teruggekeerd naar de basisschool en de tevredenheid van ouders die met het loket te maken
    hadden (vragenlijst na afloop). De uitkomsten van de Klaverkaarten nemen we daarin mee. Het bureau zet de
    cijfers in maart op een rij en vergelijkt ze met voorgaande jaren en met het landelijk gemiddelde; het bestuur
    en de OPR bespreken de rapportage in april, en de bereikte resultaten staan in het jaarverslag. In 2024
    bedroeg de deelname aan het sbo 2,3 procent en aan het so 1,7 procent.""")
    # ---- ouders partial: steunpunt yes, informatie deferred
    d.h1("Voor ouders")
    d.p("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Ze zijn welkom bij iedere bespreking in het
    ondersteuningsteam, en bij een ontwikkelingsperspectiefplan vraagt de school hun instemming met het
    handelingsdeel.""",
        """Hoe wij ouders voortaan informeren over de ondersteuningsmogelijkheden in De Klaverweide, werken we uit in
    een communicatieplan dat in het najaar van 2025 verschijnt.""",
        """Komen ouders er met de school niet uit, of willen zij even sparren met iemand die los staat van school
    en samenwerkingsverband? Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Klaverweide, dat is
    ondergebracht bij de onafhankelijke stichting Ouderkracht. Een ouderadviseur denkt kosteloos mee, gaat zo nodig
    mee naar een gesprek op school en kan helpen bij een klacht of bij de aanloop naar een geschil. Ouders
    kunnen ook rechtstreeks een onderwijsconsulent inschakelen.""")
    d.h1("Samen met de gemeenten")
    d.p("""Het ontwerp van dit plan is op 6 maart 2025 besproken in het op overeenstemming gericht overleg met de
    colleges van Klaverdam, Weidebroek en Sint-Ouwerkerk. De gemeenten hebben geen bezwaren ingebracht. Van het
    overleg is een verslag gemaakt dat door beide partijen is ondertekend.""")
    filler_personeel(d, s)
    filler_ict(d, s)
    filler_povo(d, s)
    filler_innovatie(d, s)
    filler_landelijk(d, s)
    filler_governance(d, s)
    d.h1("Hoe dit plan is vastgesteld")
    d.p("""Het plan is geschreven door een werkgroep van vijf intern begeleiders, twee directeuren, een bestuurder en
    de directeur van De Klaverweide. De ondersteuningsplanraad heeft op 8 april 2025 ingestemd. Het bestuur heeft
    het plan op 15 april 2025 vastgesteld en vóór 1 mei 2025 aan de Inspectie van het Onderwijs gezonden. Het plan
    geldt van 1 augustus 2025 tot en met 31 juli 2029.""",
        """Tijdens de schrijfperiode zijn drie bijeenkomsten gehouden met intern begeleiders uit alle besturen. Daar
    is onder meer gesproken over de Klaverkaart, de route naar het speciaal onderwijs en de rol van de
    orthopedagogen. De opbrengst van die bijeenkomsten is verwerkt in de hoofdstukken van dit plan.""")
    filler_planning(d, s, rows=[["Schooljaar", "Wat"],
                                ["2025-2026", "Communicatieplan ouders; evaluatie vorige plan; nieuwe website"],
                                ["2026-2027", "Vaststelling beleid terugplaatsing en beoogde resultaten"],
                                ["2027-2028", "Tussentijdse evaluatie met OPR"],
                                ["2028-2029", "Nieuw ondersteuningsplan"]])
    d.h1("Veelgestelde vragen")
    d.h2("Wat is een samenwerkingsverband precies?")
    d.p("""Een samenwerkingsverband is een stichting waarin de schoolbesturen uit een regio samenwerken. Alle
    basisscholen, sbo-scholen en so-scholen in Klaverdam, Weidebroek en Sint-Ouwerkerk zijn via hun bestuur
    aangesloten. De wet schrijft voor dat ieder schoolbestuur bij zo'n verband is aangesloten.""")
    d.h2("Wie bepaalt wat er in dit plan staat?")
    d.p("""Het bestuur stelt het plan vast, maar niet voordat de ondersteuningsplanraad heeft ingestemd en de
    gemeenten erover zijn geraadpleegd. Zonder instemming van de ondersteuningsplanraad kan het plan niet in
    werking treden.""")
    d.h2("Werkt De Klaverweide samen met andere verbanden?")
    d.p("""Ja. Met het vo-verband in de regio delen wij een functionaris gegevensbescherming, en met twee
    andere po-verbanden in de provincie organiseren wij jaarlijks een gezamenlijke studiedag voor intern
    begeleiders. Daarnaast nemen wij deel aan het landelijke netwerk van directeuren van
    samenwerkingsverbanden.""")
    d.h2("Kan ik bij De Klaverweide werken?")
    d.p("""Vacatures voor het bureau en het team van orthopedagogen staan op de pagina ‘Werken bij’. Wij zoeken
    regelmatig orthopedagogen en psychologen met ervaring in het basisonderwijs.""")
    glossary(d)
    return d, s


# ================================================================ N: near miss, school-level plan
def nearmiss():
    d = Doc("Ondersteuningsplan 2025-2026",
            "OBS De Wilgenhoek – openbare basisschool in Weidebroek\n"
            "Onderdeel van Stichting Openbaar Primair Onderwijs Weidebroek; aangesloten bij samenwerkingsverband "
            "De Klaverweide\nVastgesteld door de directie na advies van het team, september 2025",
            header="OBS De Wilgenhoek · Ondersteuningsplan · schooljaar 2025-2026")
    d.toc(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Wilgenhoek",
           "4 De zorgniveaus in onze school", "5 Groepsbesprekingen en leerlingbesprekingen",
           "6 Toelaatbaarheid en verwijzing naar sbo of so", "7 Ouders", "8 Middelen van het samenwerkingsverband",
           "9 Resultaten en doelen voor dit schooljaar", "10 Jaarkalender ondersteuning"])
    d.h1("1 Inleiding")
    d.p("""Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek in schooljaar 2025-2026 de ondersteuning aan
    haar leerlingen organiseert. Het is een werkdocument voor het team: het legt vast wie wat doet, wanneer
    leerlingen worden besproken en hoe wij samenwerken met ouders en met het samenwerkingsverband. Het plan
    is een uitwerking van ons schoolondersteuningsprofiel en wordt ieder jaar in september geactualiseerd.""",
        """De Wilgenhoek is een school met 212 leerlingen in negen groepen. Het team bestaat uit zestien
    leerkrachten, een intern begeleider (drie dagen), een onderwijsassistent en een conciërge. De school maakt
    deel uit van het samenwerkingsverband De Klaverweide; de afspraken van het samenwerkingsverband over
    basisondersteuning en toelaatbaarheid gelden ook voor ons.""")
    d.h1("2 Onze leerlingen")
    d.p("""Onze leerlingen komen vooral uit de wijk Weidebroek-Noord. Ongeveer twintig procent heeft een
    thuistaal anders dan Nederlands. In schooljaar 2024-2025 hadden veertien leerlingen een
    ontwikkelingsperspectiefplan, drie leerlingen ontvingen een arrangement van het samenwerkingsverband en twee
    leerlingen zijn met een toelaatbaarheidsverklaring naar het speciaal basisonderwijs gegaan.""")
    d.h1("3 Basisondersteuning op De Wilgenhoek")
    d.p("""Wij bieden de basisondersteuning zoals afgesproken in De Klaverweide. Concreet betekent dat op onze school:
    de intern begeleider is op maandag, dinsdag en donderdag aanwezig; we werken met het dyslexieprotocol en
    bieden drie keer per week extra leesinstructie in groep 3 tot en met 5; we gebruiken de methode Kanjertraining
    voor sociale veiligheid; er is een plusgroep op vrijdagochtend; en we hebben een protocol medisch handelen.""")
    d.h1("4 De zorgniveaus in onze school")
    d.ul(["Niveau 1 – Algemene zorg in de groep door de leerkracht: differentiatie in drie instructiegroepen.",
          "Niveau 2 – Extra zorg in de groep: verlengde instructie of pre-teaching, vastgelegd in het groepsplan.",
          """Niveau 3 – Speciale zorg na leerlingbespreking: een handelingsplan of OPP, met inzet van de intern
          begeleider of onderwijsassistent.""",
          """Niveau 4 – Zorg met externen: het ondersteuningsteam met orthopedagoog van De Klaverweide,
          jeugdverpleegkundige en ouders; zo nodig aanvraag van een arrangement.""",
          "Niveau 5 – Verwijzing: aanvraag van een TLV voor sbo of so bij het samenwerkingsverband."])
    d.h1("5 Groepsbesprekingen en leerlingbesprekingen")
    d.p("""Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere
    leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de groep, de onderwijsbehoeften en het
    groepsplan voor de komende periode. Leerlingen over wie de leerkracht zorgen heeft, worden daarna in een
    leerlingbespreking met het hele team besproken. De afspraken worden vastgelegd in het leerlingvolgsysteem.""",
        """Bij leerlingen die na twee periodes onvoldoende vooruitgaan, nodigt de intern begeleider de ouders uit voor
    een gesprek en wordt besloten of het kind in het ondersteuningsteam wordt besproken.""")
    d.h1("6 Toelaatbaarheid en verwijzing naar sbo of so")
    d.p("""Als het ondersteuningsteam concludeert dat een leerling is aangewezen op het speciaal basisonderwijs of het
    speciaal onderwijs, stelt de intern begeleider samen met de ouders het groeidocument op. De directeur dient
    namens het bestuur de aanvraag voor een toelaatbaarheidsverklaring in bij het loket van De Klaverweide. Het
    samenwerkingsverband neemt het besluit; de criteria en termijnen staan in het ondersteuningsplan van De
    Klaverweide. Tot het moment van plaatsing blijft de leerling bij ons en bieden wij zo goed mogelijk
    ondersteuning.""")
    d.h1("7 Ouders")
    d.p("""Ouders worden bij iedere stap betrokken. Zij worden uitgenodigd voor het gesprek in het ondersteuningsteam en
    tekenen voor het OPP. Twee keer per jaar organiseren wij een informatieavond over ons onderwijs. Bij vragen of
    onenigheid kunnen ouders terecht bij de intern begeleider, de directeur of de vertrouwenspersoon van de school.
    Ouders kunnen ook contact opnemen met het Ouder- en Jeugdsteunpunt van het samenwerkingsverband.""")
    d.h1("8 Middelen van het samenwerkingsverband")
    d.p("""Onze school ontvangt via het bestuur een bedrag uit het schoolbudget van De Klaverweide. Dat bedrag zetten
    wij in 2025-2026 als volgt in:""")
    d.table([["Inzet", "Bedrag"], ["Uitbreiding intern begeleider (0,2 fte)", "€ 14.800"],
             ["Onderwijsassistent voor leesbegeleiding (12 uur per week)", "€ 17.300"],
             ["Scholing team gedrag", "€ 3.500"], ["Materialen plusgroep", "€ 1.200"]])
    d.h1("9 Resultaten en doelen voor dit schooljaar")
    d.ul(["Ten minste 85 procent van de leerlingen in groep 4 leest aan het eind van het jaar op AVI-niveau E4.",
          "Het aantal leerlingen met een leesachterstand van meer dan een half jaar daalt van 18 naar 12.",
          "Op de vragenlijst sociale veiligheid scoort de school minimaal een 8."])
    d.p("""De intern begeleider evalueert de doelen in juni en rapporteert aan het team en de medezeggenschapsraad.""")
    d.h1("10 Jaarkalender ondersteuning")
    d.table([["Maand", "Activiteit"], ["September", "Actualisatie ondersteuningsplan; startgesprekken met ouders"],
             ["Oktober", "Groepsbesprekingen ronde 1"], ["Januari/februari", "Toetsperiode; groepsbesprekingen ronde 2"],
             ["Maart", "Evaluatie OPP's met ouders"], ["Juni", "Groepsbesprekingen ronde 3; evaluatie doelen"],
             ["Juli", "Overdracht naar volgende leerkracht"]])
    return d


# ================================================================ labels
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def status(el, crit, adv):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, sector, crit, adv, notes):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true"]
    els = {el: status(el, crit, adv) for el in ELEMENTS}
    lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if crit[f'{e}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            lines.append(f"  {el}: [{', '.join(adv[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: {q(notes[el])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return els


def crit_from(false_list):
    c = {f"{e}.{k}": True for e, k in CORE}
    for f in false_list:
        assert f in c, f
        c[f] = False
    return c


PLANS = [
    dict(fn=plan_p1, name="po-maas-en-delta-2025-2029", fmt="docx", sector="po",
         false=["terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"],
         adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
         notes={"basisondersteuning": "H5: SWV-wide ondergrens for every vestiging plus ten concrete standaarden; "
                                      "borging via kwaliteitskaart 'Basis in Beeld' and audits",
                "plaatsing": "H7.1-7.5: who applies, 5 steps, Commissie Toelaatbaarheid within 6 weeks, sbo/so "
                             "criteria, two separate deskundigen, duration/category, bezwaar via LBT",
                "terugstroom": "Hidden in H7.6 inside the TLV chapter: policy (aim, conditions, overgangsarrangement "
                               "EUR 4.500, AB support) given; the stappenplan/evaluation moments are deferred to a "
                               "protocol in 2025-2026",
                "financien": "H8 'Geld en middelen': schoolbudget EUR 155 p.l. + vaste voet, loket criteria, "
                             "meerjarenbegroting table 2025-2028, reserve afbouw, school accountability by 1 March",
                "dekkend-aanbod": "H6: five-level continuum table incl. tussenvoorziening; gaps/witte vlekken "
                                  "deferred to a 2026 external study; H11 thuiszitters only defers to leerplicht "
                                  "bureau; H10 OOGO covers ketenpartners",
                "resultaten": "H14 only defers ('In het eerste jaar ... stellen wij een kader op'); 'Resultaat' row "
                              "in budget table and 'resultaatgericht' in visie are traps",
                "ouders": "H9 'Communicatie en samenspraak': schoolgids, multilingual brochure, website, "
                          "ouderavonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtenregeling"}),
    dict(fn=plan_p2, name="po-primair-passend-kop-van-westerland", fmt="docx", sector="po",
         false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding", "ouders.steunpunt"],
         adv={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
         notes={"basisondersteuning": "H3: minimum for all 23 schools defined, but content is only the generic "
                                      "4-aspect referentiekader definition plus reference to absent bijlage 2 "
                                      "Kwaliteitskaart",
                "plaatsing": "H5: application by bestuur to CAT, dossier, two deskundigen, decision within 8 weeks, "
                             "duration/category; criteria deferred to an 'afwegingskader' in 2026 ('maatwerk')",
                "terugstroom": "H6 'De weg terug naar de wijkschool': policy (tussenstation, conditions, one year "
                               "follow-up) and procedure (February evaluation, 6-week trial, TLV ends 31 July); "
                               "figures 7 and 4 returns",
                "financien": "H7: verdeling given (EUR 120 p.l. to boards, arrangement criteria); meerjarenbegroting "
                             "deferred to bijlage 3 after June and the table contains only p.m.",
                "dekkend-aanbod": "H4 'trap van ondersteuning' (5 treden) plus yearly gap review with so/sbo, "
                                  "thuiszittersoverleg within 10 workdays, zorgplicht",
                "resultaten": "H9: four measurable beoogde resultaten; half-yearly monitor, evaluation per "
                              "arrangement, jaarverslag",
                "ouders": "H8: folder, website and IB explanation inform parents; independent steunpunt is deferred "
                          "('richten we in de loop van de planperiode in'); OJSP/onderwijsconsulent only in glossary"}),
    dict(fn=plan_p3, name="po-lindeveld-koersplan", fmt="pdf", sector="po",
         false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                "resultaten.monitoring"],
         adv={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
         notes={"basisondersteuning": "H4: binding level for every vestiging in prose; the concrete content is "
                                      "only in the table 'Wat u op elke school ... mag verwachten'",
                "plaatsing": "H6 'Toelaatbaarheid en terugplaatsing' only refers to the absent Handboek Toewijzing "
                             "(bijlage 5); running header, TOC and glossary mention toelaatbaarheid/TLV",
                "terugstroom": "Same H6 reference to absent bijlage 5; Herstart return figures in H5/H8 concern a "
                               "tussenvoorziening, not s(b)o; 'terugplaatsing' otherwise only in header/TOC/glossary",
                "financien": "H7 'Financieel beleid': 70/30 schoolbudget plus model, EUR 132 p.l., arrangement "
                             "criteria, meerjarenbegroting table, reserve and risks",
                "dekkend-aanbod": "H5: three layers incl. Herstart; loket tracks unplaced pupils, thuiszittersoverleg, "
                                  "yearly board analysis, zorgplicht; onderwijs-zorgarrangementen with gemeenten",
                "resultaten": "H8: table with four streefwaarden 2029; how progress is measured/reported is deferred "
                              "to a kwaliteitskader in 2026",
                "ouders": "H9.1 Communicatie (informatiekaart, schoolgids, website, nieuwsbrief) and H9.2 Klachten en "
                          "geschillen (independent OJSP, onderwijsconsulenten, klachten-/geschillencommissie)"}),
    dict(fn=plan_p4, name="vo-hanzekust-2025-2029", fmt="pdf", sector="vo",
         false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
                "ouders.informatie", "ouders.steunpunt"],
         adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
              "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
         notes={"basisondersteuning": "No SWV-wide level or content: H3 says schools describe it in their "
                                      "schoolgids; laag 1 is a budget schools spend 'naar eigen inzicht'; header "
                                      "'Basisondersteuning en meer' and glossary are traps",
                "plaatsing": "H5: vso application, dossier, Toewijzingscommissie within 5 weeks, criteria (a)-(c), "
                             "two deskundigen, duration, category, bezwaar/LBT; lwoo and pro procedures",
                "terugstroom": "H6 'Terug naar het regulier vo': policy with aim and overstaparrangement, procedure "
                               "with 1 Dec/1 March dates and evaluations; 2023-2024 figures",
                "financien": "H7: meerjarenbegroting table with amounts and reserve afbouw; new verdeelmodel deferred "
                             "to spring 2026, yearly ad-hoc decision meanwhile",
                "dekkend-aanbod": "H4: four layers incl. OPDC Het Anker/rebound, pro, vso; Route-team for "
                                  "thuiszitters and half-yearly gap review; OZA with gemeenten",
                "resultaten": "H8: four measurable targets for 2029, quarterly dashboard, yearly resultatendialoog, "
                              "jaarverslag",
                "ouders": "Nothing: only a passing 'samen met de leerling en ouders' in H6, header 'Ouders en "
                          "leerlingen centraal' and OJSP/onderwijsconsulent in glossary; OPR text names no parents"}),
    dict(fn=plan_p5, name="po-klaverweide-webversie", fmt="html", sector="po",
         false=["plaatsing.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"],
         adv={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
         notes={"basisondersteuning": "'Wat elke school in De Klaverweide minimaal waarmaakt': ondergrens for every "
                                      "school and nevenvestiging with eight concrete items; Klaverkaart borging",
                "plaatsing": "'Naar het speciaal (basis)onderwijs': criteria for sbo/so cl3/cl4, duration and bezwaar; "
                             "the procedure is only referred to the website page 'Loket'",
                "terugstroom": "'Terug naar de basisschool': procedure (before 1 March, initiative of sbo/so "
                               "director, 31 July/1 Aug, evaluations); policy deferred to 2026",
                "financien": "'Geld' only refers to jaarplan/website; nav bar 'Geld en verantwoording' and "
                             "'middelen' mentions are traps",
                "dekkend-aanbod": "No continuum or gap approach; OOGO section is purely procedural (plan discussed "
                                  "6 March 2025); glossary 'Dekkend aanbod' is a trap",
                "resultaten": "'Zicht op resultaten': intended results deferred until after 2026 evaluation; yearly "
                              "measurement, March report, board/OPR discussion, jaarverslag, 2024 figures",
                "ouders": "'Voor ouders': informing parents deferred to a communicatieplan; independent OJSP "
                          "(stichting Ouderkracht) and onderwijsconsulent given"}),
]


def main():
    for spec in PLANS:
        d, _ = spec["fn"]()
        wc = d.words()
        assert wc >= 3000, (spec["name"], wc)
        fname = f"{spec['name']}.{spec['fmt']}"
        path = OUT / fname
        if spec["fmt"] == "docx":
            render_docx(d, path)
        elif spec["fmt"] == "pdf":
            render_pdf(d, path)
        else:
            render_html(d, path)
        els = write_label(OUT / f"{spec['name']}.expected.yaml", [fname], spec["sector"],
                          crit_from(spec["false"]), spec["adv"], spec["notes"])
        print(f"{fname}: {wc} words; {els}")
    d = nearmiss()
    fname = "nm-obs-de-wilgenhoek-schoolplan.docx"
    render_docx(d, OUT / fname)
    (OUT / "nm-obs-de-wilgenhoek-schoolplan.expected.yaml").write_text(
        f"documents: [{fname}]\nsector: po\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
        "advisory_addressed: {}\nnotes:\n"
        "  document: \"School-level 'Ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
        "school budget, school toetsdoelen); it refers to SWV De Klaverweide but is not the SWV's plan: no "
        "planperiode of 4 years, no OPR/OOGO, no verband-wide rules\"\n", encoding="utf-8")
    print(f"{fname}: {d.words()} words")


if __name__ == "__main__":
    main()
