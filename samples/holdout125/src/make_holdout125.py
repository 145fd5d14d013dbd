#!/usr/bin/env python3
"""Generate the holdout125 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- blocks
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def L(items):
    return ("ul", list(items))


def T(rows):
    return ("table", [list(r) for r in rows])


def TITLE(t):
    return ("title", t)


# ---------------------------------------------------------------- renderers
def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.core_properties.title = path.stem
    # fixed creation date keeps metadata stable
    import datetime
    doc.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
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
        elif kind == "table":
            tbl = doc.add_table(rows=len(val), cols=len(val[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    tbl.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>",
           '<header><p class="kop">%s</p></header>' % html.escape(title), "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(i) for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % html.escape(c) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>Samenwerkingsverband VO Kempenland &middot; ondersteuningsplan 2026-2030</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + i for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout125_make_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header, footer)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % tmp,
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------- shared filler
def f_governance(naam, rechtsvorm="stichting"):
    return [
        P(f"{naam} is een {rechtsvorm} waarin de schoolbesturen in de regio samenwerken. De statuten zijn in 2021 "
          "aangepast aan de Wet versterking bestuurskracht en maken een scheiding tussen bestuur en intern toezicht. "
          "Het bestuur wordt gevormd door een directeur-bestuurder, die verantwoording aflegt aan de raad van toezicht. "
          "De aangesloten schoolbesturen komen viermaal per jaar bijeen in de algemene vergadering (ALV), waarin de "
          "strategische koers wordt besproken en waarin de leden de leden van de raad van toezicht benoemen."),
        P("De raad van toezicht bestaat uit vijf leden, van wie drie onafhankelijk zijn en twee worden voorgedragen door "
          "de schoolbesturen. De raad hanteert de Code Goed Bestuur en evalueert jaarlijks het eigen functioneren. "
          "Binnen de raad bestaan een auditcommissie en een remuneratiecommissie. De raad van toezicht is werkgever van "
          "de directeur-bestuurder en houdt toezicht op de koers, de bedrijfsvoering en de naleving van wet- en regelgeving."),
        P("Het bureau van het samenwerkingsverband ondersteunt het bestuur. Op het bureau werken onder meer een "
          "beleidsmedewerker, een controller, een secretariaat en een team van consulenten. De consulenten zijn het "
          "gezicht van het verband op de scholen: zij denken mee in ondersteuningsteams en zijn bereikbaar voor vragen "
          "van scholen. Het bureau is gevestigd in een gedeeld kantoor met de leerplichtafdeling van de centrumgemeente, "
          "wat de korte lijnen ten goede komt."),
        P("Wij vinden het belangrijk dat scholen zich eigenaar voelen van het samenwerkingsverband. Daarom werken we met "
          "werkgroepen van ondersteuningscoördinatoren, directeuren en bestuurders, die voorstellen voorbereiden. "
          "Besluiten worden genomen door de directeur-bestuurder, na consultatie van het directeurenoverleg."),
    ]


def f_opr(naam, sector, datum):
    leden = "ouders en leerlingen" if sector == "vo" else "ouders"
    return [
        P(f"De ondersteuningsplanraad (OPR) van {naam} bestaat uit vertegenwoordigers van personeel en van {leden}, "
          "afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op "
          "het ondersteuningsplan en op wijzigingen daarvan. Daarnaast kan de OPR gevraagd en ongevraagd advies geven "
          "aan het bestuur over alle zaken die het samenwerkingsverband betreffen."),
        P(f"De OPR is vanaf het begin betrokken geweest bij de totstandkoming van dit plan. In drie werksessies zijn de "
          f"hoofdlijnen besproken. De OPR heeft op {datum} ingestemd met het ondersteuningsplan. De OPR vergadert ten "
          "minste zes keer per jaar; een keer per jaar is er een gezamenlijke bijeenkomst met de raad van toezicht. "
          "De leden van de OPR ontvangen een vergoeding conform de regeling medezeggenschap van het verband en kunnen "
          "scholing volgen bij een landelijke aanbieder."),
        P("Voor de werkwijze van de OPR verwijzen wij naar het medezeggenschapsstatuut en het huishoudelijk reglement. "
          "De OPR heeft een eigen budget voor ondersteuning en scholing."),
    ]


def f_personeel(naam):
    return [
        P(f"De kwaliteit van passend onderwijs staat of valt met de mensen die het werk doen. {naam} investeert daarom in "
          "de deskundigheid van docenten, mentoren, ondersteuningscoördinatoren en onderwijsassistenten. Het "
          "professionaliseringsaanbod van het verband bestaat uit een jaarlijkse studiedag, leernetwerken voor "
          "ondersteuningscoördinatoren en intervisie voor consulenten. Scholen kunnen bij het bureau een beroep doen "
          "op trainingen over gedrag in de klas, omgaan met verschillen en gesprekken met ouders."),
        P("Het personeelstekort in het onderwijs raakt ook passend onderwijs. Steeds vaker lukt het niet om vacatures "
          "voor ondersteuningsfuncties snel te vervullen. Wij zoeken samen met de besturen naar oplossingen, zoals het "
          "gezamenlijk opleiden van onderwijsassistenten en het delen van specialisten tussen scholen. Het verband is "
          "zelf werkgever van een beperkt aantal medewerkers; de meeste professionals die in passend onderwijs werken "
          "zijn in dienst van de schoolbesturen."),
        P("Bij nieuwe taken van het bureau wordt eerst gekeken of de benodigde expertise al in de regio aanwezig is. "
          "Detachering vanuit de besturen heeft de voorkeur boven eigen personeel, zodat kennis terugvloeit naar de scholen."),
    ]


def f_privacy(naam):
    return [
        P(f"{naam} verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor arrangementen en "
          "toelaatbaarheidsverklaringen. Wij doen dit zorgvuldig en volgens de Algemene verordening gegevensbescherming "
          "(AVG). Het verband heeft een functionaris gegevensbescherming (FG) aangesteld, die wordt gedeeld met een aantal "
          "andere samenwerkingsverbanden. Er is een privacyreglement dat is vastgesteld na instemming van de OPR."),
        P("Gegevens worden uitgewisseld via een beveiligde digitale omgeving. Scholen delen alleen gegevens die nodig zijn "
          "voor het doel van de aanvraag. Dossiers worden bewaard zolang dat wettelijk is toegestaan en daarna vernietigd. "
          "Ouders hebben recht op inzage in de gegevens die over hun kind zijn vastgelegd."),
        P("Het ICT-beleid van het bureau is gericht op veilig en eenvoudig werken. In de planperiode vervangen we het "
          "registratiesysteem, zodat aanvragen, besluiten en resultaten op één plek worden vastgelegd en scholen zelf "
          "de status van een aanvraag kunnen volgen. De aanbesteding van dit systeem start in 2026."),
    ]


def f_planning(naam, jaar1):
    j = int(jaar1)
    return [
        P(f"Het ondersteuningsplan geldt voor de schooljaren {j}-{j+1} tot en met {j+3}-{j+4}. Het plan wordt "
          "uitgewerkt in jaarplannen, waarin de activiteiten per schooljaar worden beschreven. Het jaarplan wordt "
          "na advies van het directeurenoverleg vastgesteld door de directeur-bestuurder."),
        T([["Wanneer", "Wat", "Wie"],
           [f"september - december {j-1}", "Evaluatie vorig plan en werksessies", "bureau, werkgroepen, OPR"],
           [f"januari {j}", "Concept ondersteuningsplan", "directeur-bestuurder"],
           [f"februari - maart {j}", "OOGO met gemeenten en overleg met het PO/VO-verband", "bestuur, wethouders"],
           [f"maart {j}", "Instemming OPR", "OPR"],
           [f"april {j}", "Vaststelling en toezending aan de inspectie", "directeur-bestuurder, RvT"],
           [f"1 augustus {j}", "Inwerkingtreding", "-"]]),
        P("Halverwege de planperiode kan het plan op onderdelen worden aangepast. Wijzigingen worden altijd voorgelegd "
          "aan de OPR."),
    ]



def f_wettelijk(sector):
    wet = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else "artikel 17a van de Wet op het voortgezet onderwijs (thans de WVO 2020)"
    spec = "het speciaal basisonderwijs en het speciaal onderwijs" if sector == "po" else "het voortgezet speciaal onderwijs, het lwoo en het praktijkonderwijs"
    return [
        P(f"Het ondersteuningsplan is een wettelijk verplicht document. In {wet} staat welke onderwerpen het plan in "
          "ieder geval moet bevatten. Kort samengevat gaat het om: de wijze waarop het verband een samenhangend geheel "
          "van ondersteuningsvoorzieningen realiseert, inclusief de basisondersteuning; de procedure en criteria voor "
          "de verdeling en besteding van de ondersteuningsmiddelen; de procedure en criteria voor de toelaatbaarheid tot "
          f"{spec}; het beleid voor terugplaatsing en overplaatsing; de beoogde en bereikte resultaten; en de manier "
          "waarop ouders worden geïnformeerd en waar zij onafhankelijke ondersteuning kunnen vinden."),
        P("Daarnaast gelden procedurele eisen. Over het concept moet op overeenstemming gericht overleg worden gevoerd met "
          "de gemeenten, en de ondersteuningsplanraad moet instemmen. Het vastgestelde plan wordt vóór 1 mei aan de "
          "inspectie gezonden. De inspectie beoordeelt of het plan aan de wettelijke eisen voldoet en bespreekt het plan "
          "tijdens het vierjaarlijkse onderzoek met bestuur, scholen en OPR."),
        P("Dit plan is niet alleen een wettelijk document. Wij willen dat het een werkdocument is dat scholen helpt bij "
          "de dagelijkse praktijk. Daarom is gekozen voor een compacte opzet met verwijzingen naar uitwerkingen op de "
          "plekken waar professionals die zoeken."),
    ]


def f_totstandkoming(naam):
    return [
        P(f"Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2025 zijn de medewerkers van {naam} begonnen met "
          "een reeks gesprekken op de scholen. Daarbij is gevraagd wat goed gaat, wat beter kan en wat er in de komende "
          "jaren op de scholen afkomt. Daarna zijn vier themasessies gehouden met ondersteuningscoördinatoren, "
          "schoolleiders en bestuurders, waarin de keuzes in dit plan zijn voorbereid."),
        P("Ook partners buiten het onderwijs zijn gehoord: medewerkers van wijkteams, leerplichtambtenaren, "
          "jeugdartsen en beleidsmedewerkers van de gemeenten. Hun reacties zijn verwerkt in de hoofdstukken over "
          "samenwerking. Een eerste concept is in december 2025 besproken met het directeurenoverleg; het tweede concept "
          "in januari 2026 met de raad van toezicht en de ondersteuningsplanraad."),
        P("Wij hebben geprobeerd het plan zo te schrijven dat het voor iedereen leesbaar is. Vaktermen worden uitgelegd "
          "in de begrippenlijst achterin. Waar in dit plan 'scholen' staat, bedoelen we alle vestigingen van de "
          "aangesloten besturen."),
    ]


def f_kennisdeling(naam):
    return [
        P(f"Kennis delen is een belangrijke opdracht van {naam}. In de regio is veel expertise aanwezig, maar die is "
          "niet altijd zichtbaar. Daarom organiseert het verband leernetwerken rond thema's die scholen zelf aandragen, "
          "zoals gedrag, angst en somberheid, meer- en hoogbegaafdheid en het werken met het ontwikkelingsperspectief. "
          "Een leernetwerk komt vier tot zes keer per jaar bijeen en wordt begeleid door een medewerker van een van de "
          "scholen."),
        P("Eens per jaar is er een regionale conferentie voor alle professionals in passend onderwijs, met workshops "
          "van scholen voor elkaar. Op de besloten kennisbank van het verband delen scholen protocollen, voorbeelden en "
          "goede praktijken. Het verband stimuleert ook dat docenten bij elkaar in de les kijken, ook over de grenzen "
          "van besturen en schoolsoorten heen."),
        P("Tot slot werkt het verband samen met de lerarenopleidingen in de regio. Studenten lopen stage in "
          "ondersteuningsteams, en afstudeeronderzoeken worden waar mogelijk gekoppeld aan vragen uit de praktijk."),
    ]


def f_inspectie(naam):
    return [
        P(f"De inspectie van het onderwijs houdt toezicht op {naam}. Het laatste vierjaarlijkse onderzoek vond plaats in "
          "het najaar van 2023. De inspectie was positief over de samenwerking tussen de besturen en over de rol van de "
          "ondersteuningsplanraad, en gaf als aandachtspunt mee dat het verband de eigen kwaliteitszorg verder moet "
          "ontwikkelen. Het bestuur heeft naar aanleiding daarvan een verbeterplan opgesteld, dat met de raad van "
          "toezicht is besproken."),
        P("Naast het inspectietoezicht kent het verband een eigen interne controle. De accountant controleert jaarlijks "
          "de jaarrekening en rapporteert aan de raad van toezicht. Het bestuur bespreekt de uitkomsten in de algemene "
          "vergadering."),
    ]


def f_integriteit(naam):
    return [
        P(f"{naam} heeft een integriteitscode, een klokkenluidersregeling en een regeling voor nevenfuncties van "
          "bestuurders en toezichthouders. Medewerkers van het bureau kunnen bij vragen of meldingen terecht bij een "
          "externe vertrouwenspersoon. Deze regelingen zijn in 2024 geactualiseerd."),
        P("Het bureau werkt in een gedeeld gebouw dat in 2023 is verduurzaamd. Bij inkoop let het verband op "
          "duurzaamheid en op social return. Vergaderingen zijn waar mogelijk hybride, zodat reistijd voor "
          "medewerkers van scholen in de kleine kernen beperkt blijft."),
    ]


def f_scholen_communicatie(naam):
    return [
        P(f"Voor scholen en professionals communiceert {naam} via een digitale nieuwsbrief, een besloten deel van de "
          "website en een jaarlijkse bijeenkomst voor nieuwe ondersteuningscoördinatoren en teamleiders. Nieuwe "
          "regelingen worden altijd eerst in het directeurenoverleg toegelicht, voordat ze in de nieuwsbrief verschijnen."),
        P("Bestuurders en directeuren ontvangen vier keer per jaar een managementrapportage van het bureau. Met de "
          "ondersteuningscoördinatoren is er maandelijks overleg per schoolsoort. De consulenten bezoeken iedere school "
          "ten minste eens per zes weken."),
    ]


# ================================================================= PLAN 1
def plan_zuidrand():
    n = "Samenwerkingsverband VO Zuidrand"
    b = [TITLE("Ondersteuningsplan 2026-2030"),
         P("Samenwerkingsverband VO Zuidrand (VO 28-09)"),
         P("Samen sterk voor elke leerling - vastgesteld door de directeur-bestuurder op 14 april 2026"),
         H1("Inhoudsopgave"),
         L(["Voorwoord", "1. Inleiding", "2. De regio in cijfers", "3. Visie en ambities",
            "4. Basisondersteuning: wat elke school biedt", "5. Het ondersteuningsaanbod en een dekkend netwerk",
            "6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)", "7. Terugplaatsing en overplaatsing",
            "8. Ouders en leerlingen", "9. Kwaliteitszorg en resultaten", "10. Samenwerking met gemeenten",
            "11. Personeel en professionalisering", "12. Geld en middelen", "13. Governance en medezeggenschap",
            "14. Privacy en ICT", "15. Planning", "Begrippenlijst"]),
         H1("Voorwoord"),
         P("Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband VO Zuidrand. In de afgelopen jaren hebben "
           "de scholen in onze regio veel bereikt: er is een stevige basis gelegd, scholen weten elkaar te vinden en "
           "de samenwerking met gemeenten en jeugdhulp is verbeterd. Tegelijk zien we dat de vragen van leerlingen "
           "complexer worden, dat het aantal leerlingen met psychische klachten toeneemt en dat het lerarentekort de "
           "scholen onder druk zet."),
         P("Dit plan is tot stand gekomen in gesprek met veel mensen: ondersteuningscoördinatoren, mentoren, "
           "schoolleiders, bestuurders, ouders, leerlingen, gemeenten en partners in de jeugdhulp. Wij danken iedereen "
           "die heeft meegedacht. Een speciaal woord van dank gaat naar de leden van de ondersteuningsplanraad, die "
           "kritisch en constructief hebben meegelezen."),
         P("Wij hopen dat dit plan voor scholen een bruikbaar kompas is en dat ouders en leerlingen erin terugvinden "
           "wat zij van het onderwijs in onze regio mogen verwachten. Drs. M. (Marieke) Verhoef, directeur-bestuurder."),
         H1("1. Inleiding"),
         P("Sinds 1 augustus 2014 hebben schoolbesturen zorgplicht: zij zorgen ervoor dat iedere leerling die bij hen wordt "
           "aangemeld een passende onderwijsplek krijgt, op de eigen school of op een andere school. Om dat mogelijk te "
           "maken werken de besturen samen in het samenwerkingsverband. De wet (artikel 17a WVO, thans artikel 2.47 en "
           "verder van de WVO 2020) schrijft voor dat het verband ten minste eens in de vier jaar een ondersteuningsplan "
           "vaststelt. In dit plan beschrijven wij hoe wij de wettelijke opdracht invullen."),
         P("Het plan is als volgt opgebouwd. Na een korte schets van de regio en onze visie beschrijven we in hoofdstuk 4 "
           "de basisondersteuning en in hoofdstuk 5 het totale ondersteuningsaanbod. Hoofdstuk 6 gaat over de toewijzing "
           "van ondersteuning en de toelaatbaarheid tot het voortgezet speciaal onderwijs, het leerwegondersteunend "
           "onderwijs en het praktijkonderwijs. Daarna volgen terugplaatsing, ouders, kwaliteit, gemeenten, personeel "
           "en de financiën."),
         H1("2. De regio in cijfers"),
         P("Het samenwerkingsverband omvat de gemeenten Zuidrand, Heeswijk en Oudemolen. In de regio staan 14 vestigingen "
           "van voortgezet onderwijs van 6 schoolbesturen, waaronder twee scholen voor praktijkonderwijs en twee scholen "
           "voor voortgezet speciaal onderwijs (cluster 3 en cluster 4). Op 1 oktober 2025 telde het verband 11.480 "
           "leerlingen in het regulier voortgezet onderwijs, 612 leerlingen in het praktijkonderwijs en 298 leerlingen "
           "in het vso."),
         T([["Onderwijssoort", "1-10-2023", "1-10-2024", "1-10-2025"],
            ["vmbo (incl. lwoo)", "4.120", "4.055", "3.990"],
            ["havo/vwo", "7.310", "7.402", "7.490"],
            ["praktijkonderwijs", "598", "604", "612"],
            ["vso", "311", "305", "298"]]),
         P("Het leerlingaantal is de afgelopen jaren licht gestegen; de prognoses laten vanaf 2028 een lichte daling zien, "
           "vooral in het vmbo. Dit heeft gevolgen voor de middelen die het verband ontvangt en voor de spreiding van "
           "voorzieningen in de regio."),
         H1("3. Visie en ambities"),
         P("Iedere jongere in de regio Zuidrand verdient onderwijs dat past bij wat hij of zij nodig heeft, zo dicht "
           "mogelijk bij huis en samen met leeftijdgenoten. Wij geloven dat de meeste leerlingen het best tot hun recht "
           "komen in een reguliere school, met ondersteuning waar dat nodig is. Voor een kleinere groep is een "
           "gespecialiseerde plek nodig; die moet dan snel en zonder bureaucratie beschikbaar zijn."),
         P("Onze missie is: samen zorgen dat geen jongere buiten de boot valt. Daarbij horen drie kernwaarden: "
           "nabijheid (ondersteuning zo dichtbij mogelijk), vertrouwen (scholen en professionals krijgen ruimte) en "
           "samenwerking (met ouders, jeugdhulp en gemeenten). Die waarden zie je terug in de keuzes in dit plan."),
         P("Voor de komende vier jaar hebben we vier ambities geformuleerd: een sterke basis op alle scholen, een "
           "sluitend aanbod zonder thuiszitters, snelle en heldere toewijzing, en ouders en leerlingen als "
           "volwaardige partners. In hoofdstuk 9 zijn deze ambities vertaald naar meetbare doelen."),
         H1("4. Basisondersteuning: wat elke school biedt"),
         P("Basisondersteuning is het afgesproken niveau van ondersteuning dat alle vestigingen van de scholen binnen "
           "Samenwerkingsverband VO Zuidrand bieden, voor iedere leerling, zonder dat daarvoor een aanvraag bij het "
           "verband nodig is. De besturen hebben dit niveau samen vastgesteld; het geldt voor iedere vestiging, ongeacht "
           "schoolsoort of denominatie. Het praktijkonderwijs biedt deze basis eveneens, aangevuld met de eigen "
           "specifieke expertise."),
         P("Concreet betekent dit dat u als ouder of leerling op iedere school in ieder geval het volgende mag verwachten:"),
         L(["een mentor die wekelijks contact heeft met de klas en ten minste drie keer per jaar een individueel gesprek voert met iedere leerling;",
            "een ondersteuningscoördinator en een ondersteuningsteam (OT) dat ten minste eens per zes weken bijeenkomt, met vaste deelname van de jeugdarts of jeugdverpleegkundige en de schoolmaatschappelijk werker;",
            "een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergrote teksten en voorleessoftware;",
            "begeleiding bij faalangst, examenvrees en het plannen en organiseren van schoolwerk (executieve functies), in groepstrainingen of individueel;",
            "een aanpak voor sociale veiligheid en pesten, met een anti-pestcoördinator en een jaarlijkse monitor;",
            "een time-out- of opvangvoorziening binnen de school waar een leerling tijdelijk tot rust kan komen;",
            "steunlessen Nederlands en rekenen/wiskunde voor leerlingen met een achterstand;",
            "afspraken over medische handelingen en aanpassingen voor leerlingen met een lichamelijke beperking, voor zover het gebouw dat toelaat;",
            "handelingsgericht werken: ondersteuning wordt vastgelegd in een plan met doelen en wordt ten minste twee keer per jaar geëvalueerd met leerling en ouders."]),
         P("Waar de basisondersteuning eindigt, begint de extra ondersteuning. Extra ondersteuning vraagt een "
           "ontwikkelingsperspectiefplan (OPP) en wordt gefinancierd uit het schoolbudget of via een arrangement van "
           "het verband (zie hoofdstuk 5)."),
         P("Borging. Iedere school beschrijft de basisondersteuning in de schoolgids. Het verband voert elke twee jaar "
           "met iedere vestiging een kwaliteitsgesprek aan de hand van de Kaart Basisondersteuning, waarin de "
           "bovenstaande standaarden zijn uitgewerkt in indicatoren. Voldoet een vestiging op een standaard niet, dan "
           "maakt de school een verbeterplan met een termijn van ten hoogste één schooljaar; de consulent volgt de "
           "uitvoering en het bestuur wordt geïnformeerd."),
         H1("5. Het ondersteuningsaanbod en een dekkend netwerk"),
         H2("5.1 Van basis naar specialistisch"),
         P("Het ondersteuningsaanbod in onze regio is opgebouwd in vier niveaus. Niveau 1 is de basisondersteuning op "
           "iedere school. Niveau 2 is de extra ondersteuning binnen de school, zoals een flexklas, een "
           "trajectvoorziening of individuele begeleiding door een gedragsspecialist; dit wordt betaald uit het "
           "schoolbudget. Niveau 3 zijn de bovenschoolse voorzieningen van het verband: het OPDC De Overstap "
           "(tijdelijke plaatsing van maximaal twee jaar, 60 plaatsen), de Reboundvoorziening (tijdelijke opvang van "
           "ten hoogste twaalf weken, 24 plaatsen) en het onderwijs-zorgarrangement Plus, dat samen met een "
           "jeugdhulpaanbieder wordt uitgevoerd voor leerlingen die naast onderwijs intensieve zorg nodig hebben. "
           "Niveau 4 is het voortgezet speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring nodig is."),
         P("Daarnaast bestaan in de regio een hoogbegaafdheidsprogramma op twee vestigingen, een internationale "
           "schakelklas (ISK) voor nieuwkomers en een maatwerktraject voor leerlingen die vanuit het vso of het mbo "
           "een overstap maken. Scholen kunnen voor een individuele leerling een arrangement aanvragen bij het "
           "loket van het verband; het loket beslist binnen vier weken."),
         H2("5.2 Zorgplicht en een dekkend netwerk"),
         P("Een dekkend netwerk betekent dat er voor iedere leerling in de regio een passende plek is. Toch zien we dat "
           "dit niet altijd lukt. In het schooljaar 2024-2025 waren er 37 leerlingen langer dan vier weken thuis "
           "zonder onderwijs, en er was een wachtlijst van gemiddeld 11 leerlingen voor het OPDC."),
         P("Om gaten in het aanbod op te sporen houden we per kwartaal een thuiszittersoverleg met leerplicht, "
           "jeugdhulp en de scholen, waarin iedere leerling die thuiszit of dreigt thuis te komen zitten wordt besproken. "
           "Is binnen zes weken geen plek gevonden, dan schakelt de directeur-bestuurder de escalatiecommissie in, die "
           "doorzettingsmacht heeft en een school of voorziening kan aanwijzen. Eens per jaar maken we op basis van "
           "deze gegevens een analyse van ontbrekend aanbod (de 'witte vlekken'). Voor de komende periode zijn al twee "
           "lacunes bekend: er ontbreekt een aanbod voor leerlingen met ernstige angstklachten die niet naar school "
           "kunnen komen, en de wachttijd voor het OPDC is te lang. Daarom starten we in augustus 2026 een "
           "hybride leerroute (deels online) voor 12 leerlingen en breiden we het OPDC in 2027 uit met 10 plaatsen."),
         H1("6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
         H2("6.1 Toelaatbaarheid voortgezet speciaal onderwijs"),
         P("Een leerling kan alleen worden ingeschreven op een school voor vso als het samenwerkingsverband een "
           "toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag wordt gedaan door het bevoegd gezag van de "
           "school waar de leerling staat ingeschreven of is aangemeld, in de praktijk door de ondersteuningscoördinator. "
           "De procedure verloopt in vier stappen:"),
         L(["Stap 1 - De school bespreekt de leerling in het OT, met ouders en leerling, en stelt het OPP bij.",
            "Stap 2 - De school dient de aanvraag in via het digitale loket, met het OPP, een verslag van de inzet van ondersteuning, het onderwijskundig rapport en de zienswijze van ouders en leerling.",
            "Stap 3 - Twee deskundigen geven ieder afzonderlijk schriftelijk advies: een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een kinder- en jeugdpsychiater, maatschappelijk werker of jeugdarts. De deskundigen zijn niet betrokken geweest bij de aanvraag.",
            "Stap 4 - De Commissie Toelaatbaarheid van het verband besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders ontvangen het besluit en een kopie van de deskundigenadviezen."]),
         P("Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte de mogelijkheden van de "
           "reguliere school, ook met een arrangement van niveau 2 of 3, aantoonbaar overstijgt; (b) de school de "
           "ondersteuning gedurende ten minste een half jaar planmatig heeft ingezet en geëvalueerd, tenzij sprake is "
           "van een crisissituatie; en (c) het vso een duidelijk perspectief biedt op de ontwikkeling van de leerling. "
           "De commissie weegt daarbij de onderwijs-, zorg- en begeleidingsbehoefte."),
         P("De TLV wordt afgegeven voor één, twee of drie schooljaren en loopt af op 31 juli. De commissie bepaalt de "
           "bekostigingscategorie: laag (cluster 4 en ZMLK), midden (LG en LZ) of hoog (MG). Ouders en school die het "
           "niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken. Het verband heeft zich aangesloten bij "
           "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
         H2("6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
         P("Voor de toewijzing van lwoo en de toelaatbaarheid tot het praktijkonderwijs hanteert het verband de landelijke "
           "criteria (IQ, leerachterstanden en sociaal-emotionele problematiek). Het verband heeft niet gekozen voor "
           "opting out. De VO-school of de school voor praktijkonderwijs dient de aanvraag in vóór 1 maart van het jaar "
           "van toelating, met de gegevens uit het onderwijskundig rapport van de basisschool en de resultaten van "
           "aanvullend onderzoek. De Commissie Toelaatbaarheid besluit binnen vier weken. Een aanwijzing lwoo geldt "
           "voor de duur van de opleiding; een TLV pro geldt voor de duur van de inschrijving op het praktijkonderwijs."),
         H1("7. Terugplaatsing en overplaatsing"),
         P("Het vso is voor veel leerlingen een tijdelijke plek. Ons uitgangspunt is dat een leerling terugkeert naar het "
           "regulier voortgezet onderwijs zodra dat verantwoord kan. Dat vraagt van de vso-scholen dat zij vanaf het begin "
           "werken aan een perspectief op terugkeer, en van de reguliere scholen dat zij een teruggeplaatste leerling "
           "welkom heten en de benodigde ondersteuning bieden."),
         P("Voorwaarden voor terugplaatsing zijn dat de leerling het niveau van de beoogde leerweg aankan, dat de "
           "ondersteuningsbehoefte binnen de mogelijkheden van de ontvangende school valt en dat leerling en ouders "
           "de terugkeer steunen. Na terugkeer heeft de leerling recht op een terugkeerarrangement van ten hoogste "
           "een schooljaar: ambulante begeleiding door een medewerker van de vso-school en extra mentoruren, "
           "gefinancierd door het verband."),
         P("De stappen, termijnen en verantwoordelijkheden rond terugplaatsing werken wij in het schooljaar 2026-2027 "
           "samen met de vso-scholen uit in een protocol. Tot die tijd wordt per leerling maatwerk geleverd."),
         H1("8. Ouders en leerlingen"),
         P("Ouders kennen hun kind het best. Wij zien ouders als partners en leerlingen als mede-eigenaar van hun "
           "ontwikkeling. Sinds de Wet versterking positie ouders en leerlingen hebben leerlingen hoorrecht bij het "
           "opstellen van hun OPP; scholen leggen de mening van de leerling vast en bespreken die met ouders."),
         P("Hoe informeren wij ouders? Op de website van het verband staat een ouderpagina met uitleg over "
           "basisondersteuning, extra ondersteuning, arrangementen en de TLV-procedure. Er is een ouderbrochure in het "
           "Nederlands, Engels, Arabisch en Pools die iedere school bij de intake meegeeft. Scholen beschrijven hun "
           "ondersteuning in de schoolgids. Twee keer per jaar organiseert het verband een informatieavond voor ouders "
           "van leerlingen in groep 8 die extra ondersteuning nodig hebben, samen met het PO-verband."),
         P("Ouders die onafhankelijk advies zoeken of het niet eens zijn met de school, vinden op onze website onder "
           "'Hulp voor ouders' de mogelijkheden die er zijn."),
         H1("9. Kwaliteitszorg en resultaten"),
         P("Wij willen kunnen laten zien wat passend onderwijs oplevert. Daarom hebben we voor de planperiode de "
           "volgende beoogde resultaten vastgesteld:"),
         T([["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Alle vestigingen voldoen aan de basisondersteuning", "aandeel vestigingen met voldoende op alle standaarden", "10 van 14", "14 van 14"],
            ["Minder thuiszitters", "leerlingen > 4 weken zonder onderwijs", "37", "minder dan 15"],
            ["Snelle toewijzing", "doorlooptijd TLV-aanvraag", "gem. 7,5 week", "max. 6 weken"],
            ["Meer leerlingen in regulier onderwijs", "deelnamepercentage vso", "2,5%", "2,2%"],
            ["Tevreden ouders", "rapportcijfer ouderpeiling", "6,8", "7,5"]]),
         P("Monitoring. Het bureau verzamelt de gegevens per kwartaal uit het registratiesysteem, de leerplichtadministratie "
           "en DUO. Twee keer per jaar bespreken bestuur en directeurenoverleg een voortgangsrapportage. Elk voorjaar houden "
           "we een tevredenheidspeiling onder ouders en scholen. De bereikte resultaten worden jaarlijks gerapporteerd in "
           "het jaarverslag en besproken met de OPR en de raad van toezicht; waar een indicator achterblijft, stelt het "
           "bestuur het jaarplan bij."),
         H1("10. Samenwerking met gemeenten"),
         P("De gemeenten Zuidrand, Heeswijk en Oudemolen zijn belangrijke partners. Jeugdhulp, leerplicht, "
           "leerlingenvervoer en huisvesting zijn gemeentelijke taken die nauw samenhangen met passend onderwijs. Het "
           "concept van dit plan is op 9 maart 2026 in het op overeenstemming gericht overleg (OOGO) besproken met de "
           "wethouders. Er zijn afspraken gemaakt over de inzet van jeugdhulp op school, over een gezamenlijke aanpak "
           "van schoolverzuim en over de financiering van het onderwijs-zorgarrangement Plus."),
         P("Ook met het samenwerkingsverband primair onderwijs in de regio is overleg gevoerd, met name over de "
           "overstap van groep 8 naar het voortgezet onderwijs."),
         H1("11. Personeel en professionalisering"),
         *f_personeel(n),
         H1("12. Geld en middelen"),
         H2("12.1 Hoe verdelen we het geld?"),
         P("Het verband ontvangt van het Rijk een budget voor lichte ondersteuning (waaronder de middelen voor lwoo en "
           "praktijkonderwijs) en een budget voor zware ondersteuning. Van het budget voor zware ondersteuning gaat een "
           "groot deel via DUO rechtstreeks naar het vso (de afdracht voor TLV's). Wat overblijft verdeelt het verband "
           "volgens de volgende regels:"),
         L(["ieder schoolbestuur ontvangt per vestiging een vaste voet van € 25.000 voor de organisatie van de basisondersteuning;",
            "daarnaast ontvangt ieder bestuur een bedrag van € 118 per leerling (teldatum 1 oktober voorafgaand aan het schooljaar) als schoolbudget voor extra ondersteuning op niveau 2;",
            "de middelen voor lwoo en pro worden doorgegeven op basis van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober;",
            "de bovenschoolse voorzieningen (niveau 3) worden door het verband zelf bekostigd; scholen betalen geen eigen bijdrage."]),
         P("Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 mei in een korte rapportage, waarin "
           "zij aangeven hoeveel leerlingen zijn ondersteund en waarvoor het geld is ingezet."),
         H2("12.2 Meerjarenbegroting"),
         T([["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten lichte ondersteuning (incl. lwoo/pro)", "9.840", "9.790", "9.650", "9.520"],
            ["Baten zware ondersteuning", "7.210", "7.180", "7.050", "6.960"],
            ["Afdracht vso via DUO", "-4.380", "-4.300", "-4.250", "-4.200"],
            ["Vaste voet en schoolbudgetten", "1.710", "1.700", "1.680", "1.660"],
            ["Doorbetaling lwoo en pro", "8.900", "8.860", "8.730", "8.610"],
            ["Bovenschoolse voorzieningen (OPDC, Rebound, OZA Plus)", "2.450", "2.620", "2.600", "2.560"],
            ["Bureau en personeel", "780", "790", "800", "810"],
            ["Resultaat", "-1.170", "-1.300", "-1.360", "-1.360"]]),
         P("De negatieve resultaten zijn bewust begroot: het verband bouwt de algemene reserve af van € 6,1 miljoen naar "
           "het niveau van de signaleringswaarde (circa € 1,0 miljoen) eind 2029. De risico's zijn beschreven in de "
           "risicoparagraaf van de begroting."),
         H1("13. Governance en medezeggenschap"),
         *f_governance(n),
         *f_opr(n, "vo", "26 maart 2026"),
         H1("14. Privacy en ICT"),
         *f_privacy(n),
         H1("15. Planning"),
         *f_planning(n, "2026"),
         H1("Begrippenlijst"),
         L(["Basisondersteuning - het afgesproken niveau van ondersteuning dat alle scholen bieden.",
            "Terugplaatsing - de overstap van een leerling van het vso naar het regulier onderwijs.",
            "TLV - toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs.",
            "OJSP - ouder- en jeugdsteunpunt, waar ouders en leerlingen onafhankelijke ondersteuning krijgen.",
            "Onderwijsconsulent - onafhankelijke adviseur voor ouders bij een conflict over passend onderwijs.",
            "OPDC - orthopedagogisch-didactisch centrum.",
            "OOGO - op overeenstemming gericht overleg met de gemeenten."])]
    labels = dict(
        documents=["vo-zuidrand-2026.docx"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 defines the level for all vestigingen and lists concrete standards; borging via Kaart Basisondersteuning.",
               "plaatsing": "Ch. 6.1 vso TLV steps, deciding commission, 6 weeks, criteria a-c, duration/category, LBT bezwaar; 6.2 lwoo/pro.",
               "terugstroom": "Ch. 7 gives policy (aim, conditions, terugkeerarrangement) but the procedure is deferred to a 2026-2027 protocol.",
               "financien": "Ch. 12 'Geld en middelen': vaste voet + per-leerling bedrag allocation and a 2026-2029 meerjarenbegroting table.",
               "dekkend-aanbod": "Ch. 5: four-level continuum (OPDC, Rebound, OZA) and thuiszittersoverleg/escalatiecommissie/witte-vlekken analysis with actions.",
               "resultaten": "Ch. 9 table of targets with nulmeting/streefwaarde plus quarterly monitoring and annual reporting.",
               "ouders": "Ch. 8 describes information channels; independent help only refers to a website page (not addressed); OJSP/onderwijsconsulent only in begrippenlijst; TLV bezwaar is not parent support."})
    return b, labels


# ================================================================= PLAN 2
def plan_maasdelta():
    n = "SWV VO Maasdelta"
    b = [TITLE("Ondersteuningsplan Samenwerkingsverband Voortgezet Onderwijs Maasdelta 2026-2030"),
         P("Regio VO 29-03 | Versie 1.3 definitief | instemming OPR 19 maart 2026"),
         H1("Inhoud"),
         L(["Voorwoord", "1 Terugblik op de periode 2022-2026", "2 Koers: visie en uitgangspunten",
            "3 Ondersteuning op school (basisondersteuning)", "4 Het ondersteuningsaanbod in de regio",
            "5 Toelaatbaarheid vso, lwoo en pro", "6 Communicatie", "7 Middelen en begroting",
            "8 Organisatie en medezeggenschap", "9 Gemeenten en jeugdhulp", "10 Personeel",
            "11 Kwaliteit en resultaten", "Bijlage 1 Afkortingen", "Bijlage 2 Kaart Basisondersteuning",
            "Bijlage 3 Meerjarenbegroting"]),
         H1("Voorwoord"),
         P("Beste lezer, hierbij presenteren wij het nieuwe ondersteuningsplan van SWV VO Maasdelta. Het plan is "
           "geschreven in een bijzondere periode. Na jaren van groei krimpt het aantal leerlingen in onze regio, "
           "de arbeidsmarkt in het onderwijs is krap en de vragen van jongeren worden zwaarder. Tegelijk is er veel "
           "energie: scholen werken steeds beter samen en de lijnen met de gemeenten zijn kort."),
         P("Het plan is bewust compact gehouden. Wij beschrijven de koers en de belangrijkste afspraken. Uitwerkingen "
           "staan in de bijlagen en in de jaarplannen. Wij danken de werkgroep ondersteuningsplan, de OPR en alle "
           "ondersteuningscoördinatoren voor hun inzet. Namens het bestuur, Johan de Kreek, directeur."),
         H2("Wettelijk kader"),
         *f_wettelijk("vo"),
         H2("Hoe dit plan tot stand kwam"),
         *f_totstandkoming(n),
         H1("1 Terugblik op de periode 2022-2026"),
         P("In de vorige planperiode stond de opbouw van een nieuwe organisatie centraal. Na de fusie van de twee "
           "voormalige verbanden in 2022 is veel tijd gestoken in het harmoniseren van werkwijzen. We noemen een aantal "
           "activiteiten uit de afgelopen jaren:"),
         L(["de nieuwe website is in 2023 live gegaan;",
            "er zijn twaalf netwerkbijeenkomsten voor ondersteuningscoördinatoren georganiseerd;",
            "het bureau is verhuisd naar een nieuw pand in Maasdelta-Centrum;",
            "er is een nieuw registratiesysteem aangeschaft;",
            "de OPR heeft een scholingsdag gevolgd over het lezen van een begroting;",
            "de samenwerking met de Jeugdhulp Maasdelta is geïntensiveerd."]),
         P("Wij zijn trots op wat er is neergezet. Tegelijk constateren wij dat we te weinig zicht hebben gehad op de "
           "effecten van ons werk voor leerlingen. Dat is een aandachtspunt voor de nieuwe periode."),
         H1("2 Koers: visie en uitgangspunten"),
         P("Maasdelta wil dat iedere jongere een plek heeft op een school die bij hem of haar past, waar hij of zij "
           "zich veilig voelt en met zijn talenten verder komt. Wij gaan uit van de mogelijkheden van de leerling, "
           "niet van de beperkingen. We kijken naar wat een leerling nodig heeft, niet naar labels of diagnoses."),
         P("Onze uitgangspunten zijn: (1) de school is aan zet, het verband faciliteert; (2) geld volgt de leerling zo "
           "weinig mogelijk en de school zo veel mogelijk; (3) we doen het samen met ouders, jeugdhulp en gemeenten; "
           "(4) we vermijden bureaucratie. De scholen hebben veel vrijheid om de ondersteuning zelf in te richten, "
           "binnen de afspraken in dit plan."),
         P("Uiteindelijk draait het om de ontwikkeling van leerlingen, niet om structuren of resultaten op papier. "
           "Daarvoor is samenwerking met basisscholen, mbo en gemeenten onmisbaar, zeker bij de overgangen tussen "
           "schoolsoorten."),
         H1("3 Ondersteuning op school (basisondersteuning)"),
         P("De besturen in Maasdelta hebben afgesproken welk niveau van ondersteuning iedere school minimaal biedt. "
           "Dit afgesproken minimum heet de basisondersteuning en geldt voor alle vestigingen in het verband, van "
           "gymnasium tot vmbo-basis. Een school mag meer bieden dan de basis, maar niet minder. Wat een school daarbovenop "
           "biedt, staat in het schoolondersteuningsprofiel en, vanaf 2026, in de schoolgids."),
         P("De afspraken over de basisondersteuning zijn uitgewerkt in veertien standaarden, die zijn opgenomen in "
           "bijlage 2 (Kaart Basisondersteuning). De standaarden zijn gebaseerd op het referentiekader passend "
           "onderwijs. Scholen gebruiken de kaart om hun eigen aanbod te toetsen."),
         P("Het verband bespreekt de basisondersteuning jaarlijks met iedere school tijdens het schoolbezoek van de "
           "consulent. Daar komt ook aan de orde of de school extra middelen nodig heeft."),
         H1("4 Het ondersteuningsaanbod in de regio"),
         P("Naast de basisondersteuning bestaat in Maasdelta een breed aanbod. Binnen de scholen zijn er "
           "ondersteuningsvoorzieningen zoals trajectgroepen, een 'rustige route' voor leerlingen met autisme en "
           "begeleiding door gedragsspecialisten. Deze extra ondersteuning wordt georganiseerd door de scholen zelf."),
         P("Bovenschools heeft het verband drie voorzieningen. Het Rebound Maasdelta vangt leerlingen tijdelijk op "
           "(maximaal 10 weken) die op school vastlopen door gedrag. Het OPDC 't Veer biedt leerlingen van vmbo-basis "
           "tot havo een kleinschalige leeromgeving voor maximaal twee jaar, met als doel terugkeer of doorstroom. De "
           "Schakelplek is er voor leerlingen die langdurig verzuimd hebben en stap voor stap weer naar school gaan. "
           "Verder zijn er in de regio drie scholen voor vso (cluster 3 en 4) en twee scholen voor praktijkonderwijs. "
           "Leerlingen met een visuele of auditieve beperking kunnen terecht bij de landelijke instellingen voor "
           "cluster 1 en 2."),
         P("Toch zijn er leerlingen voor wie geen passende plek is. Op 1 oktober 2025 waren 29 leerlingen langer dan "
           "vier weken thuis. Iedere school meldt een dreigende thuiszitter binnen twee weken bij de consulent. De "
           "consulent organiseert dan binnen tien werkdagen een overleg met school, ouders, leerling, leerplicht en "
           "jeugdhulp. Komt er geen oplossing, dan wordt de leerling besproken aan de maandelijkse 'Tafel van Maasdelta' "
           "met de directeuren van de scholen en de vso-scholen. De voorzitter van de tafel kan een school vragen een "
           "leerling tijdelijk op te nemen. Jaarlijks rapporteert de tafel welke soorten vragen niet beantwoord konden "
           "worden; op basis daarvan besluit het bestuur over aanvulling van het aanbod. Zo is in 2025 besloten tot de "
           "start van de Schakelplek."),
         H1("5 Toelaatbaarheid vso, lwoo en pro"),
         H2("5.1 Aanvraag van een TLV vso"),
         P("Heeft een leerling meer nodig dan de reguliere school kan bieden, ook met hulp van het verband, dan kan de "
           "school een TLV voor het vso aanvragen. De aanvraag loopt via de consulent. De school levert het OPP, het "
           "groeidocument en de zienswijze van de ouders aan. De consulent controleert of het dossier compleet is en "
           "legt het voor aan de Commissie Toewijzing. Deze commissie bestaat uit een orthopedagoog, een psycholoog en "
           "een jeugdarts; de eerste twee brengen ieder een eigen advies uit. De commissie besluit binnen zes weken en "
           "stuurt het besluit naar school en ouders."),
         P("De TLV is in beginsel twee schooljaren geldig. Tegen het besluit kunnen ouders binnen zes weken bezwaar "
           "maken bij het bestuur; het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."),
         P("De inhoudelijke criteria waarop de commissie toetst, worden in het voorjaar van 2027 vastgesteld in een "
           "aanvullende regeling, in afstemming met de vso-scholen. Tot dat moment beslist de commissie op basis van "
           "haar professionele oordeel."),
         H2("5.2 Lwoo en pro"),
         P("Voor lwoo en pro kent Maasdelta dezelfde route: de VO-school dient de aanvraag in bij de consulent, de "
           "Commissie Toewijzing besluit. Voor pro worden de landelijke criteria gevolgd. Of het verband voor lwoo "
           "eigen criteria gaat hanteren (opting out), wordt in 2026 besproken."),
         H2("5.3 Na de TLV: terug naar het regulier onderwijs"),
         P("Wij willen dat leerlingen niet langer in het vso blijven dan nodig. Terugplaatsing naar een reguliere "
           "school is het doel voor iedere leerling bij wie de ondersteuningsbehoefte dat toelaat. Het is geen "
           "verplichting: als het vso de beste plek blijft, vraagt de vso-school tijdig een nieuwe TLV aan."),
         P("De werkwijze is als volgt. Ieder jaar in februari evalueert de vso-school met ouders en leerling het OPP en "
           "beoordeelt of terugplaatsing mogelijk is. In het laatste jaar van de TLV is deze evaluatie verplicht en "
           "schuift de consulent van het verband aan. Is terugplaatsing haalbaar, dan zoekt de vso-school samen met de "
           "consulent vóór 1 april een reguliere school; de ontvangende school beslist over inschrijving binnen de "
           "normale termijnen. Er volgt een overdrachtsgesprek. De leerling kan starten met een proefplaatsing van "
           "zes weken. Na de overstap krijgt de ontvangende school een terugplaatsingsarrangement van € 4.000 voor "
           "begeleiding in het eerste jaar, en blijft de vso-school een half jaar beschikbaar voor consultatie."),
         P("Is terugplaatsing niet mogelijk en is de TLV verlopen, dan beoordeelt de commissie een nieuwe aanvraag van "
           "de vso-school volgens de procedure in 5.1."),
         H1("6 Communicatie"),
         P("Goede communicatie is nodig om passend onderwijs te laten werken. Het verband communiceert met scholen via "
           "een nieuwsbrief (zes keer per jaar), het directeurenoverleg en het netwerk van ondersteuningscoördinatoren. "
           "Met gemeenten en partners is er regulier overleg."),
         P("Voor ouders en leerlingen heeft het verband een eigen website met informatie over de ondersteuning op "
           "de scholen, de bovenschoolse voorzieningen en de route naar het vso, lwoo en pro. Er is een animatiefilm "
           "voor leerlingen en een folder 'Passend onderwijs in Maasdelta' die op iedere school ligt en op de "
           "voorlichtingsavonden van de brugklassen wordt uitgedeeld. Scholen verwijzen in hun schoolgids naar deze "
           "informatie. Ouders kunnen op werkdagen ook telefonisch contact opnemen met de ouderlijn van het bureau."),
         P("Soms verloopt het contact tussen ouders en school moeizaam. Ouders en leerlingen kunnen dan terecht bij "
           "het Ouder- en Jeugdsteunpunt Maasdelta. Het steunpunt werkt onafhankelijk van de scholen en het verband "
           "(het is ondergebracht bij een welzijnsorganisatie), luistert, geeft informatie over rechten en plichten, "
           "en kan een gesprek met school begeleiden. Ouders kunnen ook een beroep doen op de landelijke "
           "Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, op de Geschillencommissie "
           "passend onderwijs."),
         H1("7 Middelen en begroting"),
         P("Het verband ontvangt middelen voor lichte en zware ondersteuning. De middelen voor lwoo en pro worden "
           "doorgegeven aan de besturen op basis van het aantal leerlingen met een aanwijzing of TLV. De overige "
           "middelen voor lichte ondersteuning worden verdeeld op basis van het aantal leerlingen per bestuur op "
           "1 oktober, waarbij vmbo-leerlingen een gewicht van 1,3 hebben en havo/vwo-leerlingen een gewicht van 1,0. "
           "Het verband houdt 15 procent achter voor de bovenschoolse voorzieningen en het bureau. Besturen ontvangen "
           "het budget in twee termijnen (oktober en maart)."),
         P("Voor de begroting geldt het volgende overzicht. De definitieve bedragen worden ingevuld zodra de "
           "rijksbekostiging voor 2026 bekend is."),
         T([["Post", "2026", "2027", "2028", "2029"],
            ["Lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
         P("De volledige meerjarenbegroting is opgenomen in bijlage 3."),
         H1("8 Organisatie en medezeggenschap"),
         *f_governance(n, "vereniging"),
         *f_opr(n, "vo", "19 maart 2026"),
         H1("9 Gemeenten en jeugdhulp"),
         P("Met de vier gemeenten in de regio voert het verband twee keer per jaar bestuurlijk overleg. Het concept "
           "van dit plan is op 2 maart 2026 besproken in het OOGO. Afspraken zijn gemaakt over jeugdhulp op school: "
           "iedere school heeft een vaste jeugdhulpverlener die in het OT aanschuift. Gemeenten en verband "
           "financieren samen de Schakelplek. Voor leerlingenvervoer en huisvesting blijven de gemeenten "
           "verantwoordelijk; het verband denkt mee waar dat nodig is."),
         H1("10 Personeel"),
         *f_personeel(n),
         *f_privacy(n),
         H1("11 Kwaliteit en resultaten"),
         P("Het verband wil in de komende jaren meer werk maken van kwaliteitszorg. In de loop van 2027 stellen we "
           "een kwaliteitskader vast, met doelen en indicatoren voor de planperiode en een werkwijze om die te "
           "volgen. Tot die tijd volgen we de bestaande werkwijze."),
         H1("12 Kennisdeling en toezicht"),
         *f_kennisdeling(n),
         *f_inspectie(n),
         *f_integriteit(n),
         H1("Bijlage 1 Afkortingen"),
         T([["Afkorting", "Betekenis"],
            ["BO", "basisondersteuning"], ["lwoo", "leerwegondersteunend onderwijs"], ["OPDC", "orthopedagogisch-didactisch centrum"],
            ["OPP", "ontwikkelingsperspectiefplan"], ["OPR", "ondersteuningsplanraad"], ["pro", "praktijkonderwijs"],
            ["TLV", "toelaatbaarheidsverklaring"], ["vso", "voortgezet speciaal onderwijs"]]),
         P("Bijlage 2 en bijlage 3 worden als afzonderlijke documenten gepubliceerd op de website."),
         ]
    labels = dict(
        documents=["vo-maasdelta-2026.pdf"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"]},
        notes={"basisondersteuning": "Ch. 3 defines the SWV-wide minimum for all vestigingen, but the standards themselves are only in absent bijlage 2.",
               "plaatsing": "Ch. 5.1 gives request route, Commissie Toewijzing, 6 weeks, two advisers, duration, bezwaar; criteria deferred to a 2027 regeling ('professioneel oordeel').",
               "terugstroom": "Hidden in TLV chapter 5.3: policy (aim, not compulsory) and procedure (February evaluation, last-year check, proefplaatsing, arrangement, vso consultation).",
               "financien": "Ch. 7 weighted per-leerling allocation with 15% top-slice; the budget table is all p.m. and the meerjarenbegroting is in absent bijlage 3.",
               "dekkend-aanbod": "Ch. 4: in-school, Rebound/OPDC/Schakelplek, vso; thuiszitters route with Tafel van Maasdelta and annual gap report.",
               "resultaten": "Terugblik lists only activities; ch. 11 defers goals, indicators and monitoring to a 2027 kwaliteitskader; visie mentions 'resultaten' only in passing.",
               "ouders": "Ch. 6 'Communicatie': website, film, folder, ouderlijn; independent OJSP, Onderwijsconsulenten, Geschillencommissie."})
    return b, labels


# ================================================================= PLAN 3
def plan_veenland():
    n = "Samenwerkingsverband Passend Primair Onderwijs Veenland"
    b = [TITLE("Ondersteuningsplan 2026-2030"),
         P("Samenwerkingsverband Passend Primair Onderwijs Veenland - PO 20-05"),
         P("Elk kind telt, dichtbij huis"),
         H1("Inhoudsopgave"),
         L(["1 Inleiding en leeswijzer", "2 Ons verband", "3 Missie en visie", "4 Basisondersteuning",
            "5 Ondersteuningsaanbod", "6 Toelaatbaarheid sbo en so", "6.4 Terugplaatsing naar de basisschool",
            "7 Ouders", "8 Kwaliteit en resultaten", "9 Financiën", "10 Samenwerking met gemeenten",
            "11 Organisatie", "12 Medezeggenschap", "13 Personeel", "14 Privacy", "15 Planning",
            "Begrippenlijst"]),
         H1("1 Inleiding en leeswijzer"),
         P("Dit is het ondersteuningsplan van Samenwerkingsverband Passend Primair Onderwijs Veenland voor de periode "
           "1 augustus 2026 tot en met 31 juli 2030. In het plan staat hoe de schoolbesturen in de gemeenten "
           "Veenland en Moerdijkstreek samen zorgen voor een passende onderwijsplek voor ieder kind van 4 tot 12 jaar. "
           "Het plan is bedoeld voor schoolteams, bestuurders, ouders, gemeenten en onze partners."),
         P("Het plan volgt de onderwerpen die artikel 18a van de Wet op het primair onderwijs voorschrijft. Waar "
           "mogelijk hebben we het kort gehouden en verwijzen we naar de praktijk. De tabellen in hoofdstuk 9 "
           "horen bij de tekst en zijn onderdeel van het plan."),
         *f_wettelijk("po"),
         *f_totstandkoming(n),
         H1("2 Ons verband"),
         P("Aan het verband nemen 9 schoolbesturen deel met samen 52 basisscholen, 2 scholen voor speciaal "
           "basisonderwijs (De Horizon en Het Palet) en 3 scholen voor speciaal onderwijs (cluster 3 en 4). Op "
           "1 oktober 2025 telde het verband 9.870 leerlingen in het basisonderwijs, 231 in het sbo en 164 in het so. "
           "Het deelnamepercentage speciale onderwijsvoorzieningen ligt met 4,0 procent iets onder het landelijk "
           "gemiddelde."),
         P("De regio is landelijk, met veel kleine scholen. Zeventien scholen hebben minder dan 100 leerlingen. Dat "
           "vraagt om samenwerking tussen scholen, zodat ook kleine scholen een goede basis kunnen bieden. Het "
           "leerlingaantal daalt naar verwachting met 6 procent in de planperiode."),
         H1("3 Missie en visie"),
         P("Wij willen dat ieder kind in Veenland onderwijs krijgt dat past, zo veel mogelijk op de school in de eigen "
           "wijk of het eigen dorp. Kinderen horen erbij, ook als ze iets extra's nodig hebben. Leerkrachten zijn de "
           "spil; zij moeten zich gesteund voelen door intern begeleiders, specialisten en het verband."),
         P("Drie woorden staan centraal: thuisnabij, samen en doen. Thuisnabij: het kind gaat bij voorkeur naar school "
           "in de eigen omgeving. Samen: school, ouders en partners trekken samen op. Doen: minder papier, meer hulp "
           "in de klas. Die visie vraagt van het verband dat het snel en zonder ingewikkelde procedures middelen en "
           "expertise beschikbaar stelt."),
         H1("4 Basisondersteuning"),
         P("De besturen in Veenland hebben samen vastgesteld wat elke basisschool in het verband minimaal biedt. Dit is "
           "de basisondersteuning. Zij geldt voor alle scholen en alle vestigingen en is bindend: een school kan een "
           "kind niet doorverwijzen voor ondersteuning die tot de basis behoort. De basisondersteuning in Veenland "
           "bestaat uit:"),
         L(["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die groepsbesprekingen en leerlingbesprekingen voert;",
            "handelingsgericht werken met groepsoverzichten en ten minste twee evaluatiemomenten per jaar;",
            "een dyslexieprotocol en een protocol ernstige rekenproblemen, inclusief vroegtijdige signalering in groep 2 en 3;",
            "een aanbod voor kinderen die meer aankunnen (verrijking in de klas en een plusgroep op school- of clusterniveau);",
            "een methode voor sociaal-emotionele ontwikkeling en een anti-pestaanpak;",
            "een ondersteuningsteam waarin ouders, school, de schoolmaatschappelijk werker en op verzoek de jeugdverpleegkundige meedenken;",
            "preventief ambulante begeleiding: korte consultatie door een specialist van het sbo of so, zonder aanvraag;",
            "afspraken over medicijnverstrekking en medisch handelen."]),
         P("Iedere school laat in de schoolgids zien hoe zij de basisondersteuning invult. Eens in de twee jaar "
           "bespreekt de consulent van het verband met de directeur en intern begeleider een zelfevaluatie. "
           "Scholen die niet aan de basis voldoen, krijgen ondersteuning van het verband bij een verbeterplan."),
         H1("5 Ondersteuningsaanbod"),
         P("Het aanbod in Veenland loopt van licht naar zwaar. Na de basisondersteuning op school (niveau 1) volgt "
           "extra ondersteuning op de eigen school met een arrangement van het verband (niveau 2), bijvoorbeeld "
           "begeleiding door een gedragsspecialist of een onderwijsassistent voor een aantal uren per week. Op niveau 3 "
           "staan de bovenschoolse groepen: de taalklas voor nieuwkomers in Veenland-Noord, de Kangoeroeklas voor "
           "hoogbegaafde kinderen (één dag per week) en de observatiegroep bij De Horizon (maximaal 12 weken). Niveau 4 "
           "is het sbo, niveau 5 het so."),
         P("Arrangementen op niveau 2 worden aangevraagd door de intern begeleider, na bespreking in het "
           "ondersteuningsteam. Een consulent van het verband beslist binnen drie weken. Een arrangement duurt ten "
           "hoogste een schooljaar en wordt geëvalueerd met ouders."),
         P("Wij weten dat het aanbod niet voor ieder kind sluitend is. In de loop van 2026 brengen wij in kaart waar "
           "het aanbod tekortschiet en welke kinderen nu geen passende plek hebben. Een aanpak voor thuiszitters "
           "volgt daarna in overleg met de gemeenten."),
         H1("6 Toelaatbaarheid sbo en so"),
         H2("6.1 Wanneer is een kind toelaatbaar?"),
         P("Een kind is toelaatbaar tot het sbo als de basisschool, ook met een arrangement van niveau 2 of 3, "
           "gedurende ten minste twee evaluatieperiodes onvoldoende kan bieden en het kind in een kleinere groep met "
           "meer specialistische begeleiding wel tot ontwikkeling komt. Voor het so gelden als aanvullende criteria "
           "dat de ondersteuningsbehoefte op meerdere gebieden (leren, gedrag, zorg of fysiek) zo groot is dat ook "
           "het sbo onvoldoende kan bieden, of dat een kind een ernstige verstandelijke, lichamelijke of meervoudige "
           "beperking heeft. Een diagnose alleen is niet doorslaggevend; het gaat om de onderwijsbehoefte."),
         H2("6.2 Hoe verloopt de aanvraag?"),
         P("De aanvraag wordt ingediend door het schoolbestuur van de school waar het kind is ingeschreven, in de "
           "praktijk door de intern begeleider. Bij de aanvraag horen het groeidocument, het OPP, het verslag van het "
           "ondersteuningsteam en de zienswijze van de ouders. De Commissie Toelaatbaarheid Veenland toetst de aanvraag. "
           "Een orthopedagoog en een tweede deskundige (psycholoog, maatschappelijk werker of arts, afhankelijk van het "
           "kind) geven elk een eigen schriftelijk advies. De commissie besluit binnen zes weken. Bij spoed kan binnen "
           "twee weken een tijdelijke TLV van drie maanden worden afgegeven."),
         H2("6.3 Duur en bezwaar"),
         P("Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV so geldt in de regel voor twee "
           "schooljaren en vermeldt de bekostigingscategorie (laag, midden of hoog). Ouders kunnen binnen zes weken "
           "bezwaar maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         H2("6.4 Terugplaatsing naar de basisschool"),
         P("Dit onderdeel wordt in het jaarplan 2026-2027 uitgewerkt, samen met de besturen van het sbo en so."),
         H1("7 Ouders"),
         P("Ouders zijn de eerste deskundigen over hun kind. Ouders worden vanaf het eerste signaal betrokken bij het "
           "ondersteuningsteam en geven hun zienswijze bij iedere aanvraag. Zonder ouders geen arrangement."),
         P("Ouders vinden informatie over de ondersteuning in Veenland op drie plekken. De schoolgids beschrijft de "
           "basisondersteuning en de extra ondersteuning van de school. Op de website van het verband staat onder "
           "'Voor ouders' uitleg over arrangementen, het sbo en so en de aanvraag van een TLV, in gewone taal. En iedere "
           "intern begeleider heeft de ouderfolder 'Extra hulp voor uw kind' die in het oudergesprek wordt meegegeven. "
           "Eén keer per jaar is er een ouderavond van het verband over passend onderwijs."),
         P("Ouders die vragen hebben of het niet eens zijn met de school kunnen terecht bij het Ouder- en "
           "Jeugdsteunpunt Veenland. Daar werken twee ouderadviseurs die onafhankelijk zijn van scholen en verband; zij "
           "zijn bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in de bibliotheek. Ook kunnen ouders "
           "gratis hulp vragen aan de Onderwijsconsulenten. Bij klachten geldt de klachtenregeling van het schoolbestuur "
           "en bij een geschil over het OPP of toelating de Geschillencommissie passend onderwijs."),
         H1("8 Kwaliteit en resultaten"),
         P("Wij volgen de ontwikkelingen in het verband op een vaste manier. Het bureau houdt een dashboard bij met "
           "onder meer het aantal arrangementen, het aantal TLV's per categorie, de doorlooptijd van aanvragen, het "
           "deelnamepercentage sbo en so op 1 oktober en het aantal leerlingen dat langer dan vier weken verzuimt. "
           "Twee keer per jaar voert de directeur-bestuurder met ieder bestuur een kwaliteitsdialoog over deze cijfers. "
           "Elk voorjaar is er een tevredenheidspeiling onder ouders van kinderen met een arrangement en onder intern "
           "begeleiders. De uitkomsten staan in het jaarverslag, dat in juni wordt besproken met OPR en raad van toezicht."),
         P("De beoogde resultaten voor de planperiode stellen we vast na de nulmeting in het najaar van 2026."),
         H1("9 Financiën"),
         P("Het verband verdeelt de ondersteuningsmiddelen volgens het schoolmodel: het grootste deel gaat naar de "
           "besturen. De verdeling en de begroting staan in de tabellen hieronder."),
         T([["Verdeling (schooljaar 2026-2027)", "Grondslag", "Bedrag"],
            ["Schoolbudget basisondersteuning", "per leerling (1 oktober)", "€ 95"],
            ["Vaste voet", "per school", "€ 6.500"],
            ["Arrangementen niveau 2", "toekenning door consulent per kind", "max. € 7.500 per kind per jaar"],
            ["Bovenschoolse groepen", "door het verband bekostigd", "-"],
            ["Afdracht sbo boven 2%", "groeiregeling, peildatum 1 februari", "volgens DUO"]]),
         T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Rijksbijdrage ondersteuning", "8.420", "8.310", "8.190", "8.050"],
            ["Afdracht so via DUO", "-2.940", "-2.910", "-2.880", "-2.850"],
            ["Overdracht sbo", "-1.150", "-1.130", "-1.110", "-1.090"],
            ["Schoolbudgetten en vaste voet", "1.280", "1.260", "1.240", "1.220"],
            ["Arrangementen niveau 2", "1.900", "1.880", "1.850", "1.810"],
            ["Bovenschoolse groepen", "690", "700", "700", "700"],
            ["Bureau, commissie en consulenten", "610", "620", "630", "640"],
            ["Saldo", "-150", "-190", "-220", "-260"]]),
         P("Besturen leggen jaarlijks verantwoording af over de besteding van het schoolbudget."),
         H1("10 Samenwerking met gemeenten"),
         P("De gemeenten Veenland en Moerdijkstreek zijn verantwoordelijk voor jeugdhulp, leerplicht, leerlingenvervoer "
           "en onderwijshuisvesting. Het concept van dit plan is op 4 maart 2026 besproken in het OOGO. Gemeenten en "
           "verband hebben afgesproken dat er op iedere school een schoolmaatschappelijk werker beschikbaar is, "
           "betaald door de gemeente. In 2026 werken we samen aan een regionale visie op onderwijs en jeugdhulp."),
         P("Met het samenwerkingsverband VO is afgesproken dat de overdracht van groep 8 naar de brugklas via een warme "
           "overdracht loopt voor alle kinderen met een arrangement."),
         H1("11 Organisatie"),
         *f_governance(n),
         H1("12 Medezeggenschap"),
         *f_opr(n, "po", "17 maart 2026"),
         H1("13 Personeel"),
         *f_personeel(n),
         H1("14 Privacy"),
         *f_privacy(n),
         *f_kennisdeling(n),
         *f_inspectie(n),
         *f_scholen_communicatie(n),
         *f_integriteit(n),
         H1("15 Planning"),
         *f_planning(n, "2026"),
         H1("Begrippenlijst"),
         T([["Begrip", "Uitleg"],
            ["Arrangement", "afspraak over extra ondersteuning voor een kind of groep, met middelen van het verband"],
            ["Basisondersteuning", "wat iedere school in het verband minimaal biedt"],
            ["Terugplaatsing", "overstap van een kind van het sbo of so terug naar de basisschool, met begeleiding"],
            ["TLV", "toelaatbaarheidsverklaring voor sbo of so"],
            ["Resultaten", "de beoogde en bereikte resultaten van het verband, zie hoofdstuk 8"],
            ["OJSP", "ouder- en jeugdsteunpunt"]]),
         ]
    labels = dict(
        documents=["po-veenland-2026.docx"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4: binding level for all vestigingen, list of concrete provisions, borging via zelfevaluatie.",
               "plaatsing": "Ch. 6.1 criteria sbo/so; 6.2 applicant, dossier, Commissie, two deskundigen, 6 weeks; 6.3 duration, category, LBT.",
               "terugstroom": "Only TOC entry, glossary definition and heading 6.4 whose body defers to jaarplan 2026-2027.",
               "financien": "Ch. 9 content sits in tables: allocation per leerling/vaste voet/arrangementen and 2026-2029 meerjarenbegroting.",
               "dekkend-aanbod": "Ch. 5 describes the five-level continuum; gap analysis and thuiszitters approach are deferred ('in de loop van 2026', 'volgt').",
               "resultaten": "Ch. 8 describes dashboard, kwaliteitsdialoog, peiling, jaarverslag (monitoring; 4.0% figure in ch. 2); beoogde resultaten deferred until after nulmeting.",
               "ouders": "Ch. 7: schoolgids, website, folder, ouderavond; independent OJSP, Onderwijsconsulenten, geschillencommissie."})
    return b, labels


# ================================================================= PLAN 4
def plan_lingestroom():
    n = "Stichting Samenwerkingsverband Lingestroom PO"
    b = [TITLE("Ondersteuningsplan Lingestroom 2026-2030"),
         P("Stichting Samenwerkingsverband Lingestroom PO (PO 25-10)"),
         P("Koersdocument - vastgesteld door het bestuur op 10 april 2026"),
         H1("Inhoud"),
         L(["Voorwoord", "1. Waar we vandaan komen", "2. Koers 2026-2030", "3. Ondersteuning in Lingestroom",
            "4. Toewijzing en toelaatbaarheid", "5. Terug naar de basisschool", "6. Thuisnabij en sluitend",
            "7. Ouders als partner", "8. Ambities en resultaten", "9. Financieel kader",
            "10. Samenwerking met gemeenten en jeugdhulp", "11. Bestuur en toezicht", "12. OPR",
            "13. Mensen en professionalisering", "14. Privacy en ICT", "15. Tijdpad", "Verklarende woordenlijst"]),
         H1("Voorwoord"),
         P("Dit koersdocument is het ondersteuningsplan van Lingestroom voor de jaren 2026 tot en met 2030. Het "
           "document is korter dan zijn voorgangers. Dat is een bewuste keuze: het plan beschrijft de koers, de "
           "jaarplannen beschrijven de uitvoering. Wij hopen dat het document daardoor beter leesbaar is voor "
           "leerkrachten en ouders."),
         P("In de vorige periode hebben wij gemerkt dat regels en formulieren soms in de weg zaten. In dit plan kiezen "
           "we voor vertrouwen in professionals en voor korte lijnen. Wij danken alle betrokkenen voor hun bijdrage en "
           "kijken uit naar de uitvoering. Namens het bestuur, Anouk Brinkman."),
         *f_wettelijk("po"),
         *f_totstandkoming(n),
         H1("1. Waar we vandaan komen"),
         P("Lingestroom bestaat sinds 2014 en omvat 38 basisscholen, één school voor speciaal basisonderwijs (De "
           "Wilgenhoek, met twee locaties) en twee scholen voor speciaal onderwijs in de gemeenten Lingewaard-Oost, "
           "Tielerveld en Geldersoord. In de vorige planperiode is het aantal kinderen in het sbo en so gedaald van "
           "3,9 naar 3,4 procent van het totaal aantal leerlingen. Het aantal thuiszitters daalde van 21 naar 14. "
           "De doorlooptijd van TLV-aanvragen is echter opgelopen tot gemiddeld acht weken."),
         P("Uit de evaluatie met scholen en ouders bleek dat leerkrachten vooral behoefte hebben aan hulp in de klas, "
           "en ouders aan duidelijke informatie en een vast aanspreekpunt. Die twee punten zijn leidend geweest voor "
           "dit plan."),
         H1("2. Koers 2026-2030"),
         P("Lingestroom wil dat ieder kind onderwijs volgt in de eigen omgeving, met de hulp die het nodig heeft. We "
           "zetten in op een sterke basis op iedere school, op snelle hulp zonder bureaucratie en op een goede "
           "samenwerking met jeugdhulp. De basisondersteuning op orde brengen is daarbij een gezamenlijke opgave van "
           "alle besturen."),
         P("Ons motto is: 'Niet praten over, maar met kinderen en ouders.' Kinderen worden waar mogelijk betrokken bij "
           "gesprekken over hun ontwikkeling en hun OPP. Leerkrachten worden ondersteund door intern begeleiders en "
           "door het expertiseteam van het verband."),
         H1("3. Ondersteuning in Lingestroom"),
         P("Het niveau van de basisondersteuning wordt in het schooljaar 2026-2027 opnieuw vastgesteld, mede in "
           "afwachting van de landelijke norm basisondersteuning die het ministerie heeft aangekondigd. Tot die tijd "
           "worden hierover geen nieuwe afspraken gemaakt."),
         P("Kinderen die meer nodig hebben dan de school kan bieden, kunnen een beroep doen op het expertiseteam van "
           "Lingestroom. Het expertiseteam bestaat uit orthopedagogen, gedragsspecialisten, een specialist jonge kind "
           "en een specialist meer- en hoogbegaafdheid. Zij werken in de klas mee, coachen leerkrachten en denken mee in "
           "het ondersteuningsteam. Een school vraagt het expertiseteam in via de vaste contactpersoon; binnen twee weken "
           "is er een eerste gesprek."),
         P("Als begeleiding door het expertiseteam niet genoeg is, kan de school een arrangement aanvragen. Er zijn "
           "individuele arrangementen (extra handen in de klas, specialistische begeleiding, aangepast lesprogramma) en "
           "groepsarrangementen, zoals de Taalgroep voor nieuwkomers, de Plusklas op vier locaties en de "
           "Kiem-groep voor jonge kinderen met een ontwikkelingsvraag. Voor kinderen die niet in het regulier onderwijs "
           "passen zijn er het sbo De Wilgenhoek en de twee so-scholen. Daarnaast bestaat er een "
           "onderwijs-zorgarrangement met de kinderdagcentra in de regio voor kinderen die onderwijs en zorg combineren."),
         H1("4. Toewijzing en toelaatbaarheid"),
         P("Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring (TLV) van Lingestroom nodig. De criteria "
           "zijn als volgt."),
         L(["Sbo: de basisschool heeft met begeleiding van het expertiseteam en ten minste één arrangement gedurende minimaal een half jaar aantoonbaar geprobeerd het kind passend onderwijs te bieden; het kind heeft structureel behoefte aan een kleine groep (maximaal 16 kinderen) en een aangepast programma op meerdere vakgebieden.",
            "So categorie laag (cluster 4 en ZMLK): het kind heeft naast een onderwijsbehoefte een intensieve behoefte aan begeleiding bij gedrag of zelfredzaamheid die ook in het sbo niet kan worden geboden.",
            "So categorie midden (LG en LZ): het kind heeft door een lichamelijke beperking of langdurige ziekte aangepast onderwijs en verzorging nodig.",
            "So categorie hoog (MG): het kind heeft een ernstige meervoudige beperking en is aangewezen op intensieve verzorging en begeleiding.",
            "In alle gevallen: het OPP laat zien dat de doelen van het kind in het regulier onderwijs niet haalbaar zijn."]),
         P("Een TLV sbo wordt afgegeven voor ten hoogste twee schooljaren, een TLV so voor één tot vier schooljaren. "
           "De aanvraagprocedure, de formulieren en de termijnen staan op www.lingestroom.nl/tlv."),
         H1("5. Terug naar de basisschool"),
         P("Plaatsing in het sbo of so hoeft niet voor altijd te zijn. Lingestroom vindt dat ieder kind terug moet "
           "kunnen naar een basisschool zodra het daar met passende hulp verder kan. Terugplaatsing gebeurt alleen als "
           "het kind er klaar voor is, de ouders instemmen en er een school is die het kind kan bieden wat het nodig "
           "heeft. Een kind keert bij voorkeur terug naar een school in de eigen woonplaats."),
         P("De sbo- en so-school bespreekt ieder jaar in het voorjaar bij de evaluatie van het OPP met de ouders of "
           "terugplaatsing een optie is. In het laatste jaar van de TLV is dit gesprek verplicht en neemt de "
           "orthopedagoog van het expertiseteam eraan deel. Adviseert het gesprek tot terugplaatsing, dan zoekt de "
           "sbo- of so-school samen met de ouders een basisschool, en bespreken de twee scholen vóór 1 juni de "
           "overdracht. Het kind kan eerst een aantal dagdelen meedraaien op de nieuwe school. In het eerste jaar na "
           "terugkeer begeleidt het expertiseteam de leerkracht en heeft het kind recht op een terugkeerarrangement. "
           "Na een half jaar en na een jaar evalueren ouders, school en expertiseteam hoe het gaat. Is terugkeer nog "
           "niet mogelijk, dan vraagt de sbo- of so-school uiterlijk in maart een nieuwe TLV aan."),
         P("In 2024-2025 keerden 19 kinderen vanuit het sbo en 4 vanuit het so terug naar het regulier onderwijs."),
         H1("6. Thuisnabij en sluitend"),
         P("Lingestroom heeft de plicht om voor ieder kind een passende plek te realiseren. Elk kind dat langer dan "
           "twee weken niet naar school gaat, wordt door de school gemeld bij de leerplichtambtenaar en bij de "
           "contactpersoon van het expertiseteam. Binnen vijf schooldagen komt er een casusoverleg met ouders, school, "
           "leerplicht en jeugdhulp, dat een plan maakt met een termijn. Lukt het niet binnen zes weken, dan beslist de "
           "directeur van het verband, na overleg met de besturen, op welke school of in welke voorziening het kind "
           "tijdelijk onderwijs krijgt."),
         P("Twee keer per jaar bespreekt het bestuur een overzicht van de kinderen voor wie het aanbod niet passend "
           "bleek, met de oorzaak. Daaruit zijn in de vorige periode de Kiem-groep en de onderwijs-zorgarrangementen "
           "ontstaan. Voor de nieuwe periode is een tekort vastgesteld aan plekken voor kinderen met ernstige "
           "gedragsproblemen in het noorden van de regio; in 2027 opent de Wilgenhoek daarom een derde locatie."),
         H1("7. Ouders als partner"),
         P("Ouders zijn onze belangrijkste partners. Zij worden vanaf de eerste zorgen betrokken en zijn altijd "
           "uitgenodigd bij het ondersteuningsteam. In het OPP staat wat ouders, school en kind afspreken. Ook in de "
           "OPR hebben ouders een stem."),
         P("Wij willen ouders beter informeren over wat er in Lingestroom mogelijk is. In de loop van de planperiode "
           "wordt daarvoor een communicatieplan opgesteld."),
         P("Ouders die er met de school niet uitkomen, of die onafhankelijk advies willen, kunnen terecht bij het "
           "Ouder- en Jeugdsteunpunt Lingestroom. Het steunpunt is ondergebracht bij de stichting MEE en staat los van "
           "scholen en verband. De ouderadviseurs helpen bij het voorbereiden van gesprekken, gaan desgewenst mee naar "
           "school en wijzen de weg naar de Onderwijsconsulenten of de Geschillencommissie passend onderwijs. Het "
           "steunpunt geeft het bestuur twee keer per jaar een overzicht van de signalen die het ontvangt."),
         H1("8. Ambities en resultaten"),
         P("Wij hebben onze koers vertaald naar vier beoogde resultaten voor 2030:"),
         L(["het deelnamepercentage sbo en so daalt verder naar 3,1 procent (1 oktober 2029);",
            "geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod, en het aantal thuiszitters daalt naar minder dan 8;",
            "de doorlooptijd van een TLV-aanvraag is gemiddeld niet meer dan vijf weken;",
            "ten minste 85 procent van de ouders van kinderen met een arrangement is tevreden over de samenwerking met school (ouderpeiling)."]),
         P("Deze resultaten volgen wij met een monitor die het bureau tweemaal per jaar opstelt uit de eigen "
           "registratie, de gegevens van leerplicht en de ouderpeiling. De monitor wordt besproken met het "
           "directeurenoverleg, de OPR en de raad van toezicht. In het jaarverslag rapporteren wij per resultaat wat is "
           "bereikt. Blijft een resultaat achter, dan onderzoeken we de oorzaak en passen we het jaarplan aan."),
         H1("9. Financieel kader"),
         P("De verdeling van de middelen en de meerjarenbegroting maken geen deel uit van dit koersdocument. Zij worden "
           "jaarlijks door het bestuur vastgesteld in de begroting en verantwoord in het bestuursverslag."),
         H1("10. Samenwerking met gemeenten en jeugdhulp"),
         P("Onderwijs en jeugdhulp raken elkaar dagelijks. Met de drie gemeenten is afgesproken dat iedere school een "
           "vaste jeugdhulpprofessional heeft en dat jeugdhulp onder schooltijd mogelijk is als dat in het belang van het "
           "kind is. Het concept van dit plan is op 11 maart 2026 in het OOGO besproken. Gemeenten en verband "
           "werken samen in de regionale werkgroep Thuiszitters en in het overleg over leerlingenvervoer."),
         H1("11. Bestuur en toezicht"),
         *f_governance(n),
         H1("12. OPR"),
         *f_opr(n, "po", "24 maart 2026"),
         H1("13. Mensen en professionalisering"),
         *f_personeel(n),
         H1("14. Privacy en ICT"),
         *f_privacy(n),
         *f_kennisdeling(n),
         *f_inspectie(n),
         *f_integriteit(n),
         H1("15. Tijdpad"),
         *f_planning(n, "2026"),
         H1("Verklarende woordenlijst"),
         L(["Basisondersteuning: de ondersteuning die iedere school in Lingestroom aan ieder kind biedt, zoals beschreven in de kaart basisondersteuning.",
            "Meerjarenbegroting: de begroting van het verband voor vier jaar.",
            "Verdeelmodel: de regels waarmee het verband de middelen over de besturen verdeelt.",
            "OJSP: ouder- en jeugdsteunpunt.",
            "TLV: toelaatbaarheidsverklaring.",
            "Schoolgids: de jaarlijkse gids van de school, waarin ook de ondersteuning staat."]),
         ]
    labels = dict(
        documents=["po-lingestroom-2026.pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 3 opens by deferring the level to 2026-2027; 'basis op orde' in ch. 2 and the woordenlijst entry (absent kaart) are not content; expertiseteam/arrangementen are extra support.",
               "plaatsing": "Ch. 4 lists sbo/so criteria per category and TLV duration; the procedure is only referred to a web page.",
               "terugstroom": "Ch. 5: policy (conditions, thuisnabij) and procedure (yearly OPP check, mandatory last-year talk, overdracht before 1 June, evaluations, new TLV by March); 2024-2025 figures.",
               "financien": "Ch. 9 states allocation and meerjarenbegroting are not part of the document; only woordenlijst entries otherwise.",
               "dekkend-aanbod": "Ch. 3 continuum (expertiseteam, arrangementen, groepen, sbo/so, OZA) and ch. 6 thuiszitters route, gap review and new location.",
               "resultaten": "Ch. 8: four measurable targets for 2030 and a twice-yearly monitor reported in jaarverslag.",
               "ouders": "Ch. 7: informing parents deferred to a future communicatieplan; independent OJSP (MEE), Onderwijsconsulenten, geschillencommissie described."})
    return b, labels


# ================================================================= PLAN 5
def plan_kempenland():
    n = "Samenwerkingsverband VO Kempenland"
    b = [TITLE("Ondersteuningsplan 2026-2030: beleid op hoofdlijnen"),
         P("Samenwerkingsverband VO Kempenland, regio VO 30-08. Webversie van het ondersteuningsplan; de pdf-versie is "
           "te downloaden via de pagina Downloads."),
         H1("Inhoud"),
         L(["1. Voorwoord", "2. Over Kempenland", "3. Visie", "4. Basisondersteuning", "5. Toewijzing: vso, lwoo en pro",
            "6. Terugplaatsing en overplaatsing", "7. Financiën", "8. Doelen voor 2030", "9. Organisatie en governance",
            "10. Medezeggenschap", "11. Gemeenten", "12. Personeel", "13. Privacy", "14. Planning",
            "Begrippen"]),
         H1("1. Voorwoord"),
         P("Met dit ondersteuningsplan zet Samenwerkingsverband VO Kempenland de lijn van de afgelopen jaren voort. "
           "Het plan is een beleidsplan op hoofdlijnen: het beschrijft wat we willen bereiken en welke kaders gelden. "
           "Hoe de scholen dat invullen, bepalen zij in belangrijke mate zelf. Uitwerkingen staan in handleidingen "
           "en op de website, zodat ze snel kunnen worden aangepast als de praktijk daarom vraagt."),
         P("Het plan is in nauwe samenspraak met de directeuren en de ondersteuningscoördinatoren opgesteld. "
           "Wij danken hen en de ondersteuningsplanraad voor de prettige samenwerking. Namens het bestuur, "
           "dr. P.J. (Pieter) van Lieshout, directeur-bestuurder."),
         H2("Wettelijk kader"),
         *f_wettelijk("vo"),
         H2("Totstandkoming"),
         *f_totstandkoming(n),
         H1("2. Over Kempenland"),
         P("Kempenland omvat zeven gemeenten in het zuiden van de provincie. Er zijn 5 schoolbesturen met samen 11 "
           "scholen voor regulier voortgezet onderwijs, 1 school voor praktijkonderwijs en 2 scholen voor vso. Op "
           "1 oktober 2025 volgden 8.240 leerlingen regulier voortgezet onderwijs, 380 leerlingen praktijkonderwijs en "
           "205 leerlingen vso. Ongeveer 1.050 leerlingen hebben een aanwijzing voor lwoo."),
         P("Kempenland is een regio met een sterke maakindustrie en veel kleine kernen. Veel leerlingen reizen per fiets "
           "of bus naar een school in een van de drie grotere plaatsen. Het leerlingaantal daalt de komende jaren, vooral "
           "in de kleine kernen, wat invloed heeft op het onderwijsaanbod van de scholen."),
         H2("Ontwikkelingen die op ons afkomen"),
         P("De komende jaren verandert er veel in en rond het onderwijs. Wij noemen de ontwikkelingen die voor "
           "Kempenland het meest bepalend zijn. In de eerste plaats de daling van het aantal leerlingen. In de kleine "
           "kernen staan vestigingen onder druk; besturen zullen keuzes moeten maken over het onderwijsaanbod in de "
           "regio. Dat raakt ook passend onderwijs, omdat kleinere scholen minder ruimte hebben voor specialisten."),
         P("In de tweede plaats het tekort aan leraren en ondersteunend personeel. Vacatures voor technische vakken en "
           "voor Nederlands en wiskunde zijn moeilijk te vervullen. Scholen zetten vaker onbevoegde docenten en "
           "zij-instromers in, die extra begeleiding nodig hebben, ook bij het omgaan met verschillen in de klas."),
         P("In de derde plaats de landelijke verbeteraanpak passend onderwijs. Het ministerie werkt aan een landelijke "
           "norm voor basisondersteuning, aan een versterking van de positie van ouders en leerlingen en aan "
           "aanpassingen in de bekostiging. Wat dat precies betekent voor Kempenland is nog niet in alle opzichten "
           "duidelijk. Wij volgen de ontwikkelingen en passen het plan zo nodig tussentijds aan, na instemming van de "
           "ondersteuningsplanraad."),
         P("In de vierde plaats zien scholen meer leerlingen met psychische klachten, zoals angst en somberheid, en "
           "meer leerlingen die moeite hebben met schoolgaan. Ook het gebruik van sociale media en de gevolgen daarvan "
           "voor het welbevinden van jongeren houden scholen bezig. Het verband brengt deze signalen in bij de gesprekken "
           "met de gemeenten."),
         P("Tot slot vraagt de arbeidsmarkt in de regio om goed opgeleide vakmensen. De maakindustrie in Kempenland "
           "heeft grote behoefte aan technici. Scholen, mbo-instellingen en bedrijven werken samen in het regionale "
           "techniekpact; het verband is daar geen partner in, maar volgt de ontwikkelingen met belangstelling."),
         H2("Leeswijzer"),
         P("Na de visie in hoofdstuk 3 beschrijven de hoofdstukken 4 tot en met 8 de inhoudelijke afspraken: de "
           "basisondersteuning, de toewijzing, terugplaatsing, de financiën en de doelen. De hoofdstukken 9 tot en met 14 "
           "gaan over de organisatie van het verband. Achterin staat een lijst met begrippen. Waar in dit plan wordt "
           "verwezen naar een handleiding of regeling, is die te vinden op de website van het verband."),
         H1("3. Visie"),
         P("Wij willen dat iedere jongere in Kempenland zich kan ontwikkelen tot een zelfstandige en betrokken "
           "volwassene. Jongeren en hun ouders verdienen een school waar ze gezien worden. Wij geloven in de kracht van "
           "de reguliere school en in het vakmanschap van docenten en mentoren."),
         P("Vertrouwen is het uitgangspunt. Scholen krijgen de middelen en de ruimte om ondersteuning zelf in te richten. "
           "Het verband stelt kaders, faciliteert en spreekt scholen aan als afspraken niet worden nagekomen. Regels zijn "
           "er om te helpen, niet om te controleren."),
         P("Die keuze voor vertrouwen heeft een keerzijde. Als scholen veel ruimte krijgen, moeten zij ook laten zien "
           "wat zij met die ruimte doen. Daarom vragen wij van scholen openheid: over wat goed gaat, maar ook over wat "
           "niet lukt. Het verband ziet het als zijn taak om die openheid te belonen en niet af te rekenen. Fouten maken "
           "mag, zolang we ervan leren. In de gesprekken die wij met scholen voeren, staat de vraag centraal wat een "
           "leerling nodig heeft en wat de school daarvoor nodig heeft van het verband, van andere scholen en van "
           "partners. Zo willen wij in de komende vier jaar samen verder bouwen aan onderwijs waarin iedere jongere "
           "meetelt, ongeacht zijn achtergrond, zijn woonplaats of de school waar hij begint."),
         H1("4. Basisondersteuning"),
         P("In Kempenland hebben de besturen een gezamenlijk niveau van basisondersteuning afgesproken. Dit niveau is "
           "het minimum dat iedere vestiging biedt aan iedere leerling die dat nodig heeft, zonder toestemming of "
           "middelen van het verband. De basisondersteuning bestaat uit de volgende onderdelen."),
         T([["Onderdeel", "Wat de leerling op iedere vestiging kan verwachten"],
            ["Mentoraat", "vaste mentor, mentorles in leerjaar 1 en 2, individuele voortgangsgesprekken met de mentor twee keer per jaar"],
            ["Ondersteuningsstructuur", "ondersteuningscoördinator, zorg- en adviesteam met jeugdarts, leerplicht en schoolmaatschappelijk werk"],
            ["Leren", "dyslexie- en dyscalculiefaciliteiten, huiswerkbegeleiding, bijles Nederlands en wiskunde in de onderbouw"],
            ["Gedrag en welbevinden", "faalangsttraining, sociale vaardigheidstraining, anti-pestcoördinator, vertrouwenspersoon"],
            ["Begeleiding", "coaching bij plannen en organiseren, een rustplek op school, een begeleider voor leerlingen met autisme"],
            ["Werkwijze", "ondersteuning vastgelegd in een ondersteuningsplan per leerling met evaluatie ten minste twee keer per jaar"]]),
         P("Scholen laten in hun schoolgids zien hoe ze deze basis invullen en wat zij daarnaast bieden."),
         H1("5. Toewijzing: vso, lwoo en pro"),
         P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
           "aanwijzing voor lwoo. Voor de procedures en criteria verwijzen wij naar de Handleiding Toewijzing "
           "Kempenland, die op de website staat en jaarlijks wordt geactualiseerd."),
         H1("6. Terugplaatsing en overplaatsing"),
         P("Voor leerlingen in het vso geldt de volgende werkwijze. De vso-school bespreekt bij iedere OPP-evaluatie of de "
           "leerling kan overstappen naar het regulier onderwijs of het praktijkonderwijs. Uiterlijk op 1 februari van het "
           "laatste jaar van de TLV meldt de vso-school aan de consulent van het verband of de leerling na 31 juli in "
           "het vso blijft of overstapt. Bij een overstap organiseert de consulent binnen vier weken een "
           "overdrachtsoverleg met de vso-school en de beoogde ontvangende school. De ontvangende school neemt binnen "
           "zes weken na aanmelding een besluit over de inschrijving. De TLV eindigt op 31 juli. Drie maanden na de "
           "overstap vraagt de consulent bij de ontvangende school na hoe het gaat en legt dit vast."),
         P("Blijft de leerling in het vso, dan is een nieuwe TLV nodig."),
         P("Het beleid rond terugplaatsing - wat we willen bereiken, onder welke voorwaarden en welke begeleiding een "
           "leerling na terugkeer krijgt - wordt in 2027 herijkt, samen met de vso-scholen."),
         H1("7. Financiën"),
         P("Kempenland ontvangt middelen voor lichte ondersteuning (inclusief lwoo en praktijkonderwijs) en voor zware "
           "ondersteuning. Het verband hanteert een verdeelmodel dat de middelen zoveel mogelijk naar de scholen laat "
           "gaan. Het verdeelmodel kent vier regels:"),
         L(["de middelen voor lwoo en pro worden per leerling met een aanwijzing of TLV doorbetaald aan het bestuur, op basis van de telling op 1 oktober;",
            "de afdracht voor het vso wordt door DUO ingehouden; het verband vergoedt daarnaast de groeibekostiging op basis van de peildatum 1 februari;",
            "van de resterende middelen ontvangt ieder bestuur € 142 per leerling als schoolbudget;",
            "het verband houdt ten hoogste 6 procent van de totale baten aan voor bureau, OPR en commissies."]),
         P("Besturen mogen het schoolbudget uitsluitend besteden aan ondersteuning van leerlingen en verantwoorden dit "
           "jaarlijks in een format van het verband. De meerjarenbegroting ziet er als volgt uit."),
         T([["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
            ["Baten lichte ondersteuning", "7.615.000", "7.540.000", "7.420.000", "7.300.000"],
            ["Baten zware ondersteuning", "4.980.000", "4.930.000", "4.870.000", "4.800.000"],
            ["Afdracht vso (DUO) en groeibekostiging", "3.360.000", "3.330.000", "3.300.000", "3.270.000"],
            ["Doorbetaling lwoo en pro", "6.910.000", "6.850.000", "6.740.000", "6.630.000"],
            ["Schoolbudgetten", "1.170.000", "1.150.000", "1.130.000", "1.110.000"],
            ["Bureau, OPR en commissies", "690.000", "700.000", "710.000", "720.000"],
            ["Saldo", "465.000", "440.000", "410.000", "370.000"]]),
         P("Het positieve saldo wordt toegevoegd aan de bestemmingsreserve voor innovatie."),
         H1("8. Doelen voor 2030"),
         P("Voor de planperiode stellen wij ons de volgende doelen voor leerlingen die extra ondersteuning nodig hebben:"),
         L(["90 procent van de leerlingen met een ondersteuningsplan per leerling stroomt door naar een volgend leerjaar of behaalt een diploma;",
            "het percentage leerlingen in het vso daalt van 2,4 naar 2,1 procent;",
            "het aantal vrijstellingen van de leerplicht op grond van artikel 5a halveert ten opzichte van 2025;",
            "ten minste 80 procent van de leerlingen met een aanwijzing lwoo behaalt een diploma in de leerweg waarin zij zijn ingestroomd."]),
         P("Hoe wij de voortgang op deze doelen meten en rapporteren, leggen wij vast in het kwaliteitskader dat in het "
           "schooljaar 2026-2027 wordt ontwikkeld."),
         H1("9. Organisatie en governance"),
         P(f"{n} is een stichting. Het bestuur bestaat uit een directeur-bestuurder; intern toezicht ligt bij een raad "
           "van toezicht van vijf leden. De schoolbesturen vormen samen de deelnemersraad, die twee keer per jaar "
           "bijeenkomt en de strategische koers bespreekt. De directeur-bestuurder wordt ondersteund door een klein bureau "
           "met een beleidsmedewerker, een controller, twee consulenten en een secretariaat."),
         P("De raad van toezicht werkt volgens de Code Goed Bestuur in het voortgezet onderwijs, evalueert jaarlijks "
           "het eigen functioneren en is werkgever van de directeur-bestuurder. De raad keurt het bestuursverslag goed "
           "en wijst de accountant aan."),
         P("Besluiten over het beleid worden voorbereid in het directeurenoverleg, waarin alle scholen vertegenwoordigd "
           "zijn. Zo blijft het verband een organisatie van en voor de scholen."),
         H2("Bedrijfsvoering"),
         P("De bedrijfsvoering van het verband is grotendeels uitbesteed. De salarisadministratie en de financiële "
           "administratie worden verzorgd door een administratiekantoor dat ook voor twee van de aangesloten besturen "
           "werkt. De controller van het verband stelt de kwartaalrapportages op en bereidt de begroting en het "
           "bestuursverslag voor. Het bureau is gehuisvest in een deel van een schoolgebouw in Kempen-Centrum, dat "
           "wordt gehuurd van een van de besturen."),
         P("Het verband werkt met een jaarlijkse planning- en controlcyclus. In het voorjaar wordt de kaderbrief "
           "opgesteld, in het najaar volgt de begroting en in het voorjaar daarna het bestuursverslag. De raad van "
           "toezicht wordt in iedere fase betrokken. De auditcommissie van de raad bespreekt de stukken vooraf met de "
           "controller en de directeur-bestuurder."),
         P("Voor de komende periode heeft het bestuur drie aandachtspunten voor de bedrijfsvoering benoemd: het "
           "vervangen van het registratiesysteem, het verder digitaliseren van de archieven en het verminderen van de "
           "administratieve lasten voor scholen. Voor dat laatste wordt in 2026 met een groep ondersteuningscoördinatoren "
           "bekeken welke formulieren kunnen vervallen."),
         H1("10. Medezeggenschap"),
         P("De ondersteuningsplanraad heeft op 23 maart 2026 ingestemd met dit ondersteuningsplan. Het reglement van de "
           "ondersteuningsplanraad is op de website te vinden."),
         H1("11. Gemeenten"),
         P("Het concept van dit plan is op 5 maart 2026 besproken in het op overeenstemming gericht overleg (OOGO) met de "
           "zeven gemeenten. Van het overleg is een verslag gemaakt. Onderwerpen op de agenda waren onder meer "
           "leerlingenvervoer, thuiszitters en huisvesting."),
         H1("12. Personeel"),
         *f_personeel(n),
         H1("13. Privacy"),
         *f_privacy(n),
         *f_scholen_communicatie(n),
         *f_kennisdeling(n),
         *f_inspectie(n),
         *f_integriteit(n),
         H1("14. Planning"),
         *f_planning(n, "2026"),
         H1("Begrippen"),
         L(["Dekkend aanbod: een samenhangend geheel van ondersteuningsvoorzieningen, zodat voor iedere leerling een passende plek is.",
            "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en leerlingen terechtkunnen met vragen.",
            "Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.",
            "TLV: toelaatbaarheidsverklaring.",
            "Lwoo: leerwegondersteunend onderwijs.",
            "OPDC: orthopedagogisch-didactisch centrum."]),
         ]
    labels = dict(
        documents=["vo-kempenland-2026.html"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 4 defines the minimum for every vestiging and gives its content in a table.",
               "plaatsing": "Ch. 5 only states the SWV decides and refers procedures and criteria to a Handleiding on the website.",
               "terugstroom": "Ch. 6 gives a dated procedure (1 February report, overdrachtsoverleg, 31 July end, 3-month check); the policy is deferred to 2027.",
               "financien": "Ch. 7: four allocation rules (per-leerling, DUO, max 6% top-slice) and a 2026-2029 meerjarenbegroting with amounts.",
               "dekkend-aanbod": "No description of provisions beyond basis or of gaps; thuiszitters only as an OOGO agenda word and in begrippen; OOGO paragraph is procedural only.",
               "resultaten": "Ch. 8 lists measurable goals; measuring and reporting deferred to a kwaliteitskader 2026-2027.",
               "ouders": "Only passing mentions (visie, mentor conversations in the basis table); no information channels, OJSP only in begrippen."})
    return b, labels


# ================================================================= NEAR MISS
def school_plan():
    b = [TITLE("Ondersteuningsplan 2025-2026 Het Baken College"),
         P("Vmbo - havo - vwo | locaties Zeeweg en Duinpark | aangesloten bij Samenwerkingsverband VO Zuidrand"),
         H1("Inhoud"),
         L(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op Het Baken", "4 De ondersteuningsstructuur",
            "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid en plaatsing", "7 Ouders",
            "8 Middelen", "9 Resultaten en evaluatie", "10 Jaarplanning zorg"]),
         H1("1 Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe Het Baken College in het schooljaar 2025-2026 de ondersteuning van "
           "leerlingen organiseert. Het plan is een uitwerking van ons schoolondersteuningsprofiel en van het "
           "ondersteuningsplan van het samenwerkingsverband. Het is bedoeld voor docenten, mentoren en het "
           "ondersteuningsteam, en wordt jaarlijks vastgesteld door de schoolleiding na advies van de MR."),
         P("Het Baken heeft ongeveer 1.450 leerlingen op twee locaties. Op de locatie Zeeweg zit het vmbo "
           "(basis, kader en gemengde leerweg, met lwoo), op de locatie Duinpark havo en vwo."),
         H1("2 Onze leerlingen"),
         P("Ongeveer 18 procent van onze leerlingen heeft een vorm van ondersteuning die verder gaat dan de gewone "
           "mentorbegeleiding. Op de locatie Zeeweg hebben 212 leerlingen een aanwijzing lwoo. Veel vragen gaan over "
           "concentratie, planning, faalangst en thuissituaties. Het aantal leerlingen met een OPP is 41."),
         H1("3 Basisondersteuning op Het Baken"),
         P("Het Baken biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Dat betekent op onze "
           "school: een mentor per klas, een dyslexiecoach, faalangsttraining in leerjaar 2 en 3, een rustruimte (De "
           "Haven) op beide locaties en een ondersteuningscoördinator per locatie. Extra bieden wij een "
           "huiswerkklas en een begeleider voor leerlingen met autisme."),
         H1("4 De ondersteuningsstructuur"),
         P("De eerstelijns ondersteuning ligt bij de mentor. De mentor signaleert, voert gesprekken met leerling en "
           "ouders en bespreekt zorgen in de leerlingbespreking. De tweede lijn is het zorgteam van de locatie: "
           "ondersteuningscoördinator, teamleider, dyslexiecoach en de counselor. Zij komen wekelijks bij elkaar. "
           "De derde lijn is het zorg- en adviesteam (ZAT), dat zes keer per jaar vergadert met de jeugdarts, de "
           "leerplichtambtenaar, het schoolmaatschappelijk werk en de consulent van het samenwerkingsverband."),
         P("Leerlingbesprekingen vinden plaats in week 8, 20 en 32. Daarin worden alle leerlingen van de klas besproken "
           "aan de hand van cijfers, verzuim en het welbevinden. Leerlingen met een zorgsignaal krijgen een "
           "handelingsplan van de mentor."),
         H1("5 Extra ondersteuning en arrangementen"),
         P("Als de basisondersteuning niet voldoende is, stelt de ondersteuningscoördinator samen met ouders en leerling "
           "een OPP op. Wij kunnen extra ondersteuning bieden in de Trajectgroep op de locatie Zeeweg (maximaal 12 "
           "leerlingen, tijdelijk). Voor een individueel arrangement vragen wij middelen aan bij het loket van het "
           "samenwerkingsverband. Leerlingen die tijdelijk niet in de klas kunnen functioneren, kunnen na overleg met de "
           "consulent naar de Reboundvoorziening van het verband."),
         H1("6 Toelaatbaarheid en plaatsing"),
         P("Als onze school niet kan bieden wat een leerling nodig heeft, bespreken wij met ouders een overstap naar een "
           "andere school of naar het vso. Voor het vso is een toelaatbaarheidsverklaring (TLV) van het "
           "samenwerkingsverband nodig. Op Het Baken bereidt de ondersteuningscoördinator de aanvraag voor; de "
           "teamleider tekent namens de school. De verdere procedure is die van het samenwerkingsverband."),
         P("Leerlingen die vanuit het vso terugkomen naar Het Baken, krijgen een vaste coach en een aangepast rooster "
           "in de eerste periode. Wij hebben het afgelopen jaar twee leerlingen teruggeplaatst."),
         H1("7 Ouders"),
         P("Ouders zijn welkom op school. Bij de start van het schooljaar is er een kennismakingsavond per klas. Ouders "
           "kunnen het ouderportaal gebruiken om cijfers en verzuim te volgen. Voor vragen over ondersteuning is de "
           "mentor het eerste aanspreekpunt. Ouders met een klacht kunnen terecht bij de klachtencommissie van de "
           "stichting of bij de vertrouwenspersoon van de school."),
         H1("8 Middelen"),
         P("De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning. Dit budget wordt "
           "ingezet voor de formatie van de ondersteuningscoördinatoren, de Trajectgroep en de dyslexiecoach. De "
           "verantwoording loopt via het bestuur."),
         H1("9 Resultaten en evaluatie"),
         P("Aan het eind van het schooljaar evalueren wij dit plan met het zorgteam en de MR. Wij kijken naar het aantal "
           "leerlingen met een OPP, het verzuim, de doorstroom en de tevredenheid van leerlingen over de begeleiding."),
         H1("10 Jaarplanning zorg"),
         T([["Periode", "Activiteit"],
            ["september", "kennismakingsgesprekken mentor, screening dyslexie brugklas"],
            ["oktober", "eerste leerlingbespreking, ZAT"],
            ["januari", "tweede leerlingbespreking, evaluatie OPP's"],
            ["april", "derde leerlingbespreking, aanvragen arrangementen volgend jaar"],
            ["juni", "evaluatie ondersteuningsplan school, overdracht naar volgend leerjaar"]]),
         ]
    labels = dict(documents=["baken-college-ondersteuningsplan-school.md"], sector="vo", looks_like_plan=False,
                  elements={}, criteria={},
                  notes={"document": "School-level ondersteuningsplan of one VO school (zorgstructuur, leerlingbesprekingen, MR advice); it refers to the samenwerkingsverband's plan but is not itself the plan of a samenwerkingsverband (no OPR, OOGO, allocation across boards)."})
    return b, labels


# ================================================================= main
def dump_labels(labels, path):
    import yaml
    order = ["documents", "sector", "looks_like_plan", "elements", "criteria", "advisory_addressed", "notes"]
    lines = []
    for key in order:
        if key not in labels:
            continue
        val = labels[key]
        if key == "documents":
            lines.append("documents: [" + ", ".join(val) + "]")
        elif key in ("sector",):
            lines.append(f"{key}: {val}")
        elif key == "looks_like_plan":
            lines.append(f"looks_like_plan: {'true' if val else 'false'}")
        elif key == "elements":
            lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in val.items()) + "}")
        elif key == "criteria":
            if not val:
                lines.append("criteria: {}")
            else:
                lines.append("criteria:")
                lines += [f"  {k}: {'true' if v else 'false'}" for k, v in val.items()]
        elif key == "advisory_addressed":
            if not val:
                lines.append("advisory_addressed: {}")
            else:
                lines.append("advisory_addressed:")
                lines += [f"  {k}: [{', '.join(v)}]" for k, v in val.items()]
        elif key == "notes":
            lines.append("notes:")
            for k, v in val.items():
                lines.append(f"  {k}: " + '"' + v.replace('"', "'") + '"')
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["documents"] == labels["documents"]
    path.write_text(text, encoding="utf-8")


def main():
    made = []
    jobs = [
        (plan_zuidrand, "docx", "Ondersteuningsplan SWV VO Zuidrand 2026-2030", "pagina-indeling: basisondersteuning | toelaatbaarheid | ouders | middelen"),
        (plan_maasdelta, "pdf", "SWV VO Maasdelta - Ondersteuningsplan 2026-2030", "versie 1.3 definitief"),
        (plan_veenland, "docx", "Ondersteuningsplan 2026-2030 | Passend Primair Onderwijs Veenland", "PO 20-05"),
        (plan_lingestroom, "pdf", "Koersdocument Lingestroom 2026-2030", "Stichting Samenwerkingsverband Lingestroom PO"),
        (plan_kempenland, "html", None, None),
        (school_plan, "md", None, None),
    ]
    for fn, fmt, header, footer in jobs:
        blocks, labels = fn()
        name = labels["documents"][0]
        target = OUT / name
        if fmt == "docx":
            write_docx(blocks, target, header, footer)
        elif fmt == "pdf":
            docx_to_pdf(blocks, target, header, footer)
        elif fmt == "html":
            write_html(blocks, target, "Ondersteuningsplan 2026-2030 - Samenwerkingsverband VO Kempenland")
        elif fmt == "md":
            write_md(blocks, target)
        stem = name.rsplit(".", 1)[0]
        dump_labels(labels, OUT / (stem + ".expected.yaml"))
        made.append((name, word_count(blocks)))
    for name, wc in made:
        print(f"{name}: {wc} words")


if __name__ == "__main__":
    sys.exit(main())
