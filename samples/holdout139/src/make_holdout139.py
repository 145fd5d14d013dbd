#!/usr/bin/env python3
"""Generate the holdout139 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (PO and VO; .docx, .pdf via LibreOffice, .html) and one near-miss document
(an SWV jaarverslag). Deterministic, no network. Labels live next to the documents as
<name>.expected.yaml and are written by hand (not by this script)."""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- renderers
def _docx(blocks, path, header=None, footer=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading(b[1], level=1)
            for it in b[2]:
                doc.add_paragraph(it)
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
        else:
            raise ValueError(kind)
    doc.save(str(path))


def _html(blocks, path, title, nav=None, banner=None):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>"]
    if banner:
        out.append(f'<header class="site"><p>{html.escape(banner)}</p>')
        if nav:
            out.append("<nav><ul>" + "".join(f'<li><a href="#">{html.escape(n)}</a></li>' for n in nav) + "</ul></nav>")
        out.append("</header>")
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="sub">{html.escape(line)}</p>')
        elif kind == "pb":
            continue
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f"<h{lvl}>{html.escape(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append(f'<nav class="toc"><h2>{html.escape(b[1])}</h2><ol>'
                       + "".join(f"<li>{html.escape(i)}</li>" for i in b[2]) + "</ol></nav>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append('<footer><p>© Samenwerkingsverband Waterland-Oost · Basisondersteuning · Toelaatbaarheid · '
               'Terugplaatsing · Financiën · Ouders · Privacyverklaring · Cookies</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout139_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        _docx(blocks, src, header, footer)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "toc":
            n += sum(len(i.split()) for i in b[2])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
        elif b[0] == "title":
            n += sum(len(i.split()) for i in b[1])
    return n


# --------------------------------------------------------------------------- shared filler
# Filler is deliberately element-neutral: it mentions ouders, middelen, resultaten, arrangement,
# toelaatbaarheid etc. only in passing.

def voorwoord(d, ouderzin=True):
    leesbaar = ("Een ondersteuningsplan is geen boekwerk dat in de kast hoort te staan. We hebben geprobeerd om een "
                "leesbaar document te maken dat zowel voor professionals als voor ouders bruikbaar is. "
                if ouderzin else
                "Een ondersteuningsplan is geen boekwerk dat in de kast hoort te staan. We hebben geprobeerd om een "
                "leesbaar document te maken. ")
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {d['periode']} van {d['swv']}. Het is het derde plan sinds de "
              f"invoering van de Wet passend onderwijs in 2014, en het eerste dat we volledig samen met de "
              f"{d['nbesturen']} aangesloten schoolbesturen, de ondersteuningsplanraad en de gemeenten in "
              f"{d['regio']} hebben geschreven. Passend onderwijs is geen project meer; het is het dagelijkse werk "
              f"van leraren, intern begeleiders, ondersteuningscoördinatoren, schoolleiders en bestuurders. Dit plan "
              f"beschrijft de koers die we de komende vier schooljaren willen varen."),
        ("p", "In de afgelopen periode hebben we veel geleerd. We zagen hoe scholen elkaar opzochten toen de "
              "coronaperiode het onderwijs op zijn kop zette, hoe het lerarentekort de ruimte voor extra aandacht "
              "onder druk zette en hoe de vraag naar jeugdhulp in de regio bleef groeien. Tegelijk zijn we trots op "
              "wat er is bereikt: de samenwerking tussen besturen is hechter dan ooit, en de resultaten van die "
              "samenwerking zijn op veel scholen zichtbaar in de gesprekken met ouders en leerlingen."),
        ("p", leesbaar + "Waar details "
              "snel veranderen, zoals adressen, namen van contactpersonen en formulieren, verwijzen we naar onze "
              "website. Het plan is besproken met de ondersteuningsplanraad, die op "
              f"{d['opr_datum']} heeft ingestemd, en met de colleges van burgemeester en wethouders in het "
              f"op overeenstemming gericht overleg van {d['oogo_datum']}."),
        ("p", f"Wij danken iedereen die heeft meegedacht: de werkgroepen, de leden van de OPR, de "
              f"beleidsmedewerkers van de gemeenten en de vele leraren die tijdens de regiobijeenkomsten hun "
              f"ervaringen deelden. Zonder hen was dit plan er niet gekomen."),
        ("p", f"{d['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(d):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de regio en de organisatie. Daarna volgen de visie en de ambities voor deze "
              "planperiode. De hoofdstukken daarna beschrijven de inhoud van ons beleid. Het plan sluit af met "
              "organisatie, medezeggenschap, samenwerking met gemeenten en de planning. Achterin vindt u een "
              "begrippenlijst. Woorden die in de begrippenlijst staan, zijn bij hun eerste gebruik niet apart "
              "gemarkeerd; het plan is zo geschreven dat het ook zonder de begrippenlijst te volgen is."),
    ]


def context(d):
    sectorzin = ("basisscholen, scholen voor speciaal basisonderwijs en scholen voor speciaal onderwijs"
                 if d["sector"] == "po" else
                 "scholen voor vmbo, havo en vwo, scholen voor praktijkonderwijs en scholen voor voortgezet "
                 "speciaal onderwijs")
    return [
        ("h1", "1 De regio en het samenwerkingsverband"),
        ("h2", "1.1 Het werkgebied"),
        ("p", f"Het werkgebied van {d['kort']} omvat de gemeenten {d['gemeenten']}. Het gebied kent een mix van "
              f"een middelgrote stad, een aantal kernen met een eigen voorzieningenniveau en een uitgestrekt "
              f"landelijk gebied met kleine dorpen. Die spreiding heeft gevolgen voor de reisafstanden van "
              f"leerlingen, voor het leerlingenvervoer en voor de mogelijkheden om voorzieningen dicht bij huis te "
              f"organiseren. In het samenwerkingsverband werken {d['nbesturen']} schoolbesturen samen met in totaal "
              f"{d['nscholen']} {sectorzin}."),
        ("p", f"Op de teldatum van 1 oktober 2024 telde het samenwerkingsverband {d['nlln']} leerlingen. De "
              f"prognoses van de gemeenten laten voor de komende vier jaar een lichte daling zien in het "
              f"landelijk gebied en een stabiel beeld in de stad. Door nieuwbouwwijken in twee kernen verwachten "
              f"we daar juist groei. Het aantal leerlingen met een niet-Nederlandse achtergrond neemt toe, mede "
              f"door de opvang van statushouders en Oekraïense ontheemden."),
        ("h2", "1.2 Rechtsvorm"),
        ("p", f"{d['swv']} is een stichting. De aangesloten schoolbesturen zijn vertegenwoordigd in de "
              f"algemene vergadering. De stichting is geregistreerd onder de code {d['code']} en heeft een eigen "
              f"bureau met een directeur-bestuurder, beleidsmedewerkers, een controller en een secretariaat. Het "
              f"bureau is gevestigd in {d['vestiging']}."),
    ]


def visie(d, ouders_partner=True):
    out = [
        ("h1", "2 Visie, missie en ambities"),
        ("h2", "2.1 Missie"),
        ("p", "Elk kind en elke jongere in onze regio verdient onderwijs dat past bij wie hij is en wat hij kan. "
              "Wij willen dat leerlingen zich op school gezien en gekend voelen, dat leraren zich gesteund voelen "
              "in hun werk en dat niemand tussen wal en schip valt. Ons samenwerkingsverband is er om dat "
              "mogelijk te maken; niet door zelf onderwijs te geven, maar door scholen en besturen te verbinden "
              "en te ondersteunen."),
        ("h2", "2.2 Visie"),
        ("p", "Wij geloven dat passend onderwijs begint in de klas. Een leraar die zijn leerlingen goed kent, die "
              "weet wat hen motiveert en wat ze lastig vinden, kan veel opvangen. Daar waar de leraar er alleen "
              "niet uitkomt, moet hij snel en zonder bureaucratie hulp kunnen inschakelen. Dat vraagt om korte "
              "lijnen, vertrouwen tussen scholen en een cultuur waarin we elkaar aanspreken op wat we hebben "
              "afgesproken. We denken vanuit mogelijkheden en niet vanuit beperkingen, en we kijken naar de "
              "onderwijsbehoeften van een leerling in plaats van naar een diagnose."),
        ("p", "Inclusiever onderwijs is voor ons een richting en geen eindpunt. We weten dat niet elke leerling "
              "op elk moment in een reguliere klas tot zijn recht komt. Wel vinden we dat de vraag 'kan het "
              "hier?' altijd eerst gesteld moet worden, en dat een arrangement zo dicht mogelijk bij huis de "
              "voorkeur heeft boven een oplossing ver weg."),
    ]
    if ouders_partner:
        out.append(("p", "Ouders kennen hun kind als geen ander. Wij zien hen als gelijkwaardige gesprekspartners "
                         "en willen dat zij zich welkom voelen op school, ook wanneer het even niet goed gaat."))
    out += [
        ("h2", "2.3 Kernwaarden"),
        ("ul", ["Vertrouwen: we gaan ervan uit dat iedereen het beste voor de leerling wil.",
                "Eigenaarschap: wie een probleem ziet, pakt het op of zorgt dat iemand anders het oppakt.",
                "Eenvoud: we houden procedures zo licht als verantwoord is.",
                "Leren: we evalueren wat we doen en passen het aan als het beter kan."]),
        ("h2", "2.4 Ambities in het kort"),
        ("p", "Voor deze planperiode hebben we vier ambities geformuleerd: sterke scholen, een regio zonder "
              "witte vlekken, minder bureaucratie en een goede aansluiting tussen onderwijs en zorg. Die ambities "
              "komen in de volgende hoofdstukken terug. Ze zijn bewust breed geformuleerd; ze geven richting aan "
              "het jaarplan dat het bureau elk jaar opstelt."),
    ]
    return out


def governance(d, nr):
    return [
        ("h1", f"{nr} Organisatie en governance"),
        ("h2", f"{nr}.1 Bestuur en toezicht"),
        ("p", f"{d['kort']} kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder is "
              f"statutair bestuurder en legt verantwoording af aan de raad van toezicht. De raad van toezicht "
              f"bestaat uit vijf leden, van wie drie afkomstig zijn uit de kring van aangesloten besturen en twee "
              f"onafhankelijke leden met expertise op het gebied van financiën en jeugdzorg. De algemene "
              f"vergadering van aangesloten besturen benoemt de leden van de raad van toezicht en stelt de "
              f"statuten vast."),
        ("p", "De raad van toezicht vergadert ten minste vijf keer per jaar en hanteert de Code Goed Bestuur. "
              "Het toezichtkader is in 2024 geactualiseerd. De raad van toezicht keurt het ondersteuningsplan, de "
              "begroting en het bestuursverslag goed. Jaarlijks voert de raad een zelfevaluatie uit, eens in de "
              "drie jaar onder externe begeleiding."),
        ("h2", f"{nr}.2 Het bureau"),
        ("p", "Het bureau ondersteunt de besturen en scholen en voert de wettelijke taken uit. Het bureau telt "
              "circa 14 fte, waaronder orthopedagogen, beleidsmedewerkers, een controller en secretariële "
              "ondersteuning. Het bureau werkt vanuit een jaarplan dat in juni wordt vastgesteld. De "
              "directeur-bestuurder voert periodiek overleg met de directeuren van de besturen in het "
              "directeurenoverleg, dat adviseert over beleidsvoorstellen."),
        ("h2", f"{nr}.3 Geschillen tussen besturen"),
        ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen aangesloten besturen en het "
              "samenwerkingsverband. Geschillen worden eerst in onderling overleg besproken; komen partijen er "
              "niet uit, dan wordt een geschil voorgelegd aan een onafhankelijke commissie van drie leden."),
    ]


def medezeggenschap(d, nr, ouderleden=True):
    samenstelling = ("De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders"
                     + (" of leerlingen" if d["sector"] == "vo" else "")
                     + ", afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
                     if ouderleden else
                     "De OPR bestaat uit twaalf leden, afgevaardigd door de medezeggenschapsraden van de "
                     "aangesloten scholen volgens het reglement.")
    return [
        ("h1", f"{nr} Medezeggenschap"),
        ("p", f"Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) en een eigen "
              f"medezeggenschapsraad voor het personeel van het bureau. {samenstelling} De OPR heeft "
              f"instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan."),
        ("p", f"De OPR heeft op {d['opr_datum']} ingestemd met dit plan. Tijdens het traject is de OPR vier keer "
              f"bijgepraat over de voortgang, en heeft zij schriftelijk vragen gesteld over onder meer de "
              f"leesbaarheid en de planning. De beantwoording van die vragen is als notitie aan de OPR gestuurd. "
              f"De OPR wordt ondersteund door een ambtelijk secretaris en volgt jaarlijks een scholingsdag."),
        ("p", "Het werkreglement van de OPR is in 2023 aangepast aan de gewijzigde Wet medezeggenschap op "
              "scholen. De OPR vergadert zes keer per jaar; de directeur-bestuurder is bij een deel van de "
              "vergadering aanwezig."),
    ]


def oogo(d, nr, inhoud=True):
    out = [("h1", f"{nr} Samenwerking met gemeenten"),
           ("p", f"Het ontwerp van dit ondersteuningsplan is op {d['oogo_datum']} besproken in het op "
                 f"overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van "
                 f"{d['gemeenten']}. Het OOGO is conform de afgesproken procedure gevoerd en afgerond met een "
                 f"ondertekend verslag. Andersom is het samenwerkingsverband betrokken geweest bij het OOGO over "
                 f"de beleidsplannen jeugd van de gemeenten.")]
    if inhoud:
        out += [
            ("p", "In de gezamenlijke onderwijs-zorgagenda hebben we afgesproken dat elke school een vaste "
                  "contactpersoon van het lokale team heeft, die minstens zes keer per jaar aanschuift bij het "
                  "ondersteuningsteam van de school. Voor leerlingen die onderwijs en zorg tegelijk nodig hebben, "
                  "organiseren school, jeugdhulpaanbieder en gemeente samen een onderwijs-zorgarrangement; de "
                  "gemeente betaalt het zorgdeel, het samenwerkingsverband of het bestuur het onderwijsdeel."),
            ("p", "Daarnaast maken we afspraken over leerlingenvervoer, onderwijshuisvesting en de aansluiting "
                  "op de arbeidsmarkt. Deze onderwerpen staan twee keer per jaar op de agenda van het "
                  "bestuurlijk overleg met de wethouders onderwijs en jeugd."),
        ]
    else:
        out.append(("p", "De verdere afspraken met de gemeenten leggen we vast in de regionale agenda, die "
                         "buiten dit plan valt."))
    return out


def personeel(d, nr):
    return [
        ("h1", f"{nr} Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort raakt onze regio "
              "hard, vooral in de stad en in het speciaal onderwijs. Besturen ervaren dat vacatures voor "
              "intern begeleiders en gedragsspecialisten moeilijk te vervullen zijn. Het samenwerkingsverband "
              "wil hierin geen taken van de besturen overnemen, maar wel bijdragen aan kennisdeling en "
              "deskundigheidsbevordering."),
        ("p", "We organiseren daarom jaarlijks een regionale studiedag, netwerken voor intern begeleiders en "
              "ondersteuningscoördinatoren, en intervisie voor schoolleiders. De onderwerpen worden bepaald in "
              "overleg met de netwerken zelf; in 2025 waren dat onder andere executieve functies, "
              "traumasensitief lesgeven en het voeren van moeilijke gesprekken. Het bureau faciliteert, de "
              "inhoud komt uit de scholen."),
        ("p", "Voor de eigen medewerkers van het bureau geldt een professionaliseringsplan. Orthopedagogen "
              "houden hun registratie bij en nemen deel aan landelijke intervisie. De werkdruk op het bureau "
              "wordt twee keer per jaar besproken in de personeelsvergadering."),
    ]


def privacy(d, nr):
    return [
        ("h1", f"{nr} Privacy en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij de "
              "beoordeling van aanvragen. Daarbij houden we ons aan de Algemene verordening gegevensbescherming. "
              "We verwerken niet meer gegevens dan nodig, bewaren dossiers niet langer dan de wettelijke "
              "bewaartermijn en hebben een functionaris gegevensbescherming aangesteld die wordt gedeeld met "
              "enkele andere samenwerkingsverbanden."),
        ("p", "Aanvragen worden digitaal ingediend via een beveiligde omgeving. In de planperiode onderzoeken we "
              "of we kunnen overstappen op een landelijk platform. Medewerkers van het bureau en van de scholen "
              "volgen jaarlijks een korte training over informatiebeveiliging. Datalekken worden gemeld bij de "
              "functionaris gegevensbescherming en, waar nodig, bij de Autoriteit Persoonsgegevens."),
    ]


def planning(d, nr, rows=None):
    rows = rows or [["Moment", "Activiteit"],
                    ["juni", "Jaarplan en begroting volgend kalenderjaar in concept"],
                    ["oktober", "Teldatum, actualisatie leerlingaantallen"],
                    ["december", "Vaststelling begroting door bestuur, goedkeuring raad van toezicht"],
                    ["maart", "Tussentijds gesprek met OPR over voortgang jaarplan"],
                    ["juni", "Vaststelling bestuursverslag en jaarrekening vorig jaar"]]
    return [
        ("h1", f"{nr} Planning en beleidscyclus"),
        ("p", f"Dit plan geldt voor de schooljaren {d['periode']}, van 1 augustus {d['periode'][:4]} tot en met "
              f"31 juli {d['periode'][-4:]}. Het wordt uitgewerkt in jaarplannen. Het plan is vóór 1 mei "
              f"toegezonden aan de inspectie van het onderwijs. Tussentijdse wijzigingen van het plan worden "
              f"opnieuw aan de OPR voorgelegd."),
        ("table", rows),
    ]


def extern(d, nr):
    ander = "voortgezet onderwijs" if d["sector"] == "po" else "primair onderwijs"
    return [
        ("h1", f"{nr} Externe verantwoording en regionale samenwerking"),
        ("h2", f"{nr}.1 Toezicht door de inspectie"),
        ("p", "De inspectie van het onderwijs onderzoekt ten minste eens in de vier jaar hoe het "
              "samenwerkingsverband zijn taken uitvoert. Bij het laatste vierjaarlijks onderzoek sprak de "
              "inspectie met de directeur-bestuurder, de raad van toezicht, de OPR, een vertegenwoordiging van "
              "schoolleiders en met de gemeenten. De inspectie concludeerde dat het samenwerkingsverband zijn "
              "wettelijke taken uitvoert en gaf twee aandachtspunten mee, over de onderbouwing van keuzes in het "
              "jaarplan en over de rolverdeling tussen bureau en besturen. Beide punten zijn opgepakt in de "
              "voorbereiding van dit plan."),
        ("p", "Het samenwerkingsverband stuurt dit plan vóór 1 mei via het Internet Schooldossier naar de "
              "inspectie. Wijzigingen tijdens de planperiode worden eveneens gemeld."),
        ("h2", f"{nr}.2 Samenwerking met het {ander}"),
        ("p", f"Het werkgebied overlapt met dat van twee samenwerkingsverbanden {ander}. Over het ontwerp van dit "
              f"plan is met beide overleg gevoerd, zoals de wet voorschrijft. We hebben afgesproken de planning "
              f"van de overstapprocedure jaarlijks op elkaar af te stemmen, elkaars netwerkbijeenkomsten open te "
              f"stellen en gezamenlijk op te trekken richting de gemeenten. De directeuren-bestuurders overleggen "
              f"vier keer per jaar."),
        ("h2", f"{nr}.3 Landelijke ontwikkelingen"),
        ("p", "De komende jaren verandert er landelijk veel: de verbeteraanpak passend onderwijs, de plannen voor "
              "een landelijke norm, de ontwikkelingen rond inclusief onderwijs in 2035 en de wijzigingen in de "
              "bekostiging. We volgen deze ontwikkelingen via de sectororganisaties en passen het plan aan "
              "wanneer nieuwe wetgeving dat vraagt. Zo'n aanpassing leggen we, net als het plan zelf, ter "
              "instemming voor aan de OPR."),
    ]


def begrippen(entries, title="Begrippenlijst"):
    return [("h1", title), ("table", [["Begrip", "Betekenis"]] + entries)]


# --------------------------------------------------------------------------- plan 1: PO, docx
P1 = dict(swv="Samenwerkingsverband Passend Onderwijs Rivierenland-West", kort="SWV Rivierenland-West",
          code="PO 26-09", periode="2026-2030", sector="po", regio="het westelijk rivierengebied",
          gemeenten="Lingeweerd, Maasdal, Zaltbrugge en Altena-Noord", nbesturen=11, nscholen=68, nlln="14.920",
          vestiging="Zaltbrugge", opr_datum="18 maart 2026", oogo_datum="4 februari 2026",
          bestuurder="Marieke van den Hoogen")


def plan1():
    d = P1
    b = [("title", ["Ondersteuningsplan 2026-2030", d["swv"], f"Samenwerkingsverband {d['code']}",
                    "Vastgesteld door het bestuur op 25 maart 2026"]), ("pb",)]
    b.append(("toc", "Inhoud", [
        "Voorwoord", "1 De regio en het samenwerkingsverband", "2 Visie, missie en ambities",
        "3 Basisondersteuning: de ondergrens in onze regio", "4 Van basis naar speciaal: ons ondersteuningsaanbod",
        "5 Toelaatbaarheid tot sbo en so", "6 Financieel kader", "7 Communicatie",
        "8 Kwaliteitszorg en resultaten", "9 Organisatie en governance", "10 Medezeggenschap",
        "11 Samenwerking met gemeenten", "12 Personeel en professionalisering", "13 Privacy en ICT",
        "14 Planning en beleidscyclus", "Begrippenlijst (o.a. terugplaatsing, meerjarenbegroting, "
        "ouder- en jeugdsteunpunt, beoogde resultaten)"]))
    b.append(("pb",))
    b += voorwoord(d) + leeswijzer(d) + context(d) + visie(d)
    b += [
        ("h1", "3 Basisondersteuning: de ondergrens in onze regio"),
        ("p", "Basisondersteuning is de ondersteuning die iedere basisschool in ons samenwerkingsverband zelf "
              "biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De elf besturen "
              "hebben in 2025 afgesproken dat het hieronder beschreven niveau de ondergrens is voor alle 64 "
              "basisschoollocaties, ongeacht bestuur, grootte of denominatie. Een school mag meer bieden; minder "
              "is niet toegestaan. Het niveau geldt voor elke vestiging, dus ook voor nevenlocaties en kleine "
              "dorpsscholen."),
        ("p", "Wat mag een ouder dus van iedere school verwachten? De afspraken zijn gegroepeerd in vijf "
              "blokken."),
        ("ol", [
            "Een ondersteuningsstructuur: elke school heeft een intern begeleider met ten minste 0,4 fte per "
            "200 leerlingen, een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt met vaste deelname "
            "van de schoolmaatschappelijk werker en, op afroep, de orthopedagoog van het samenwerkingsverband.",
            "Handelingsgericht werken: leerkrachten werken met groepsoverzichten, bespreken twee keer per jaar in "
            "een groepsbespreking welke leerlingen extra aandacht nodig hebben en leggen afspraken vast in het "
            "leerlingvolgsysteem.",
            "Lezen, spellen en rekenen: elke school werkt volgens het Protocol Leesproblemen en Dyslexie en het "
            "Protocol Ernstige RekenWiskunde-problemen en Dyscalculie, inclusief signalering in groep 2 tot en "
            "met 4 en begeleiding volgens stap 1 tot en met 3 van die protocollen.",
            "Sociale veiligheid en gedrag: elke school hanteert een schoolbrede aanpak (zoals PBS of een "
            "vergelijkbaar programma), monitort de sociale veiligheid jaarlijks en heeft een anti-pestcoördinator.",
            "Fysieke en medische zorg: elke school kan eenvoudige medische handelingen uitvoeren volgens het "
            "regionale protocol medisch handelen en is voor ten minste één groep rolstoeltoegankelijk of heeft "
            "afspraken met een nabije school."]),
        ("p", "Daarnaast kan elke school beschikken over preventieve ambulante begeleiding vanuit het "
              "expertiseteam van het samenwerkingsverband, maximaal tien uur per leerling per schooljaar, zonder "
              "formele aanvraag. Dit valt binnen de basisondersteuning."),
        ("h2", "3.1 Hoe we de basisondersteuning borgen"),
        ("p", "Elke school beschrijft in de schoolgids hoe zij de vijf blokken invult. Het bureau voert eens in "
              "de twee jaar met elk bestuur een kwaliteitsgesprek aan de hand van een kwaliteitskaart per school. "
              "Blijkt dat een school een onderdeel niet op orde heeft, dan maakt het bestuur binnen drie maanden "
              "een verbeterplan, waarvan de uitvoering in het volgende gesprek wordt besproken."),
        ("h1", "4 Van basis naar speciaal: ons ondersteuningsaanbod"),
        ("p", "Het ondersteuningsaanbod in de regio is opgebouwd als een doorlopende reeks. We onderscheiden vier "
              "lagen, die samen het samenhangend geheel van voorzieningen vormen."),
        ("table", [["Laag", "Wat", "Waar", "Toegang"],
                   ["1 Basis", "Basisondersteuning (hoofdstuk 3)", "Elke basisschool", "Geen aanvraag"],
                   ["2 Extra op school", "Individueel of groepsarrangement: extra handen, specifieke methodiek, "
                    "begeleiding door specialist", "Eigen school", "Aanvraag bij het Loket na bespreking in het OT"],
                   ["3 Bovenschools", "Observatiegroep De Brug (8 plaatsen), plusklassen op 5 locaties, "
                    "taalklas nieuwkomers in Zaltbrugge, time-outvoorziening", "Bovenschoolse locaties",
                    "Aanvraag bij het Loket"],
                   ["4 Speciaal", "Speciaal basisonderwijs De Wilg en De Kompasroos; so cluster 3 en 4 binnen en "
                    "buiten de regio", "Sbo- en so-scholen", "Toelaatbaarheidsverklaring (hoofdstuk 5)"]]),
        ("p", "Een leerling kan zich door de lagen heen bewegen, in beide richtingen. Bij elke stap is het "
              "uitgangspunt dat de ondersteuning zo dicht mogelijk bij de eigen school wordt georganiseerd. De "
              "consulenten van het Loket helpen scholen bij het kiezen van de passende laag. Voor leerlingen die "
              "ook jeugdhulp nodig hebben, wordt in laag 2 en 3 samengewerkt met de lokale teams (zie hoofdstuk "
              "11)."),
        ("h2", "4.1 Witte vlekken en thuiszitters"),
        ("p", "In 2025 hebben we samen met de besturen en de gemeenten in kaart gebracht waar het aanbod "
              "tekortschiet. Drie witte vlekken kwamen naar voren: (1) een wachtlijst van gemiddeld vier maanden "
              "voor so cluster 4 in de regio, (2) te weinig mogelijkheden voor jonge kinderen (4-6 jaar) met "
              "ernstige gedragsproblemen en (3) geen passend aanbod voor hoogbegaafde leerlingen met "
              "sociaal-emotionele problemen in het oosten van de regio."),
        ("p", "Per witte vlek is een actie afgesproken: voor cluster 4 opent per 1 augustus 2027 een "
              "nevenvestiging met twaalf plaatsen in Maasdal; voor de jonge kinderen start in schooljaar "
              "2026-2027 een combinatiegroep onderwijs-zorg met de kinderopvang en jeugdhulp; voor de derde witte "
              "vlek wordt in 2026 een plusklas met extra begeleiding ingericht in Lingeweerd. Het bureau "
              "rapporteert elk half jaar aan het bestuur over de voortgang."),
        ("p", "Leerlingen die thuiszitten of dreigen thuis te komen zitten, worden binnen twee weken na melding "
              "besproken aan de thuiszitterstafel, waarin de leerplichtambtenaar, het Loket, de school en het "
              "lokale team zitten. De tafel komt elke zes weken bijeen en heeft doorzettingsmacht: als er na twee "
              "bijeenkomsten geen plek is, besluit de directeur-bestuurder binnen tien werkdagen welk bestuur de "
              "zorgplicht invult en met welk arrangement."),
        ("h1", "5 Toelaatbaarheid tot sbo en so"),
        ("h2", "5.1 Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
              "wordt aangevraagd door het schoolbestuur van de school waar de leerling staat ingeschreven of is "
              "aangemeld. Ouders kunnen niet zelf een aanvraag doen, maar worden bij elke stap betrokken en geven "
              "hun zienswijze, die bij de aanvraag wordt gevoegd."),
        ("h2", "5.2 Stappen"),
        ("ol", ["Bespreking in het ondersteuningsteam van de school, met ouders en de consulent van het Loket.",
                "De school stelt het groeidocument op met het ontwikkelingsperspectief, de geboden ondersteuning "
                "en de zienswijze van ouders, en dient de aanvraag digitaal in bij het Loket.",
                "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
                "psycholoog, en afhankelijk van de leerling een tweede deskundige (kinderpsychiater, arts, "
                "maatschappelijk werker of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
                "De Commissie van Toelaatbaarheid neemt namens het bestuur het besluit, binnen zes weken na "
                "ontvangst van een compleet dossier.",
                "Ouders en school ontvangen het besluit met een kopie van beide deskundigenadviezen."]),
        ("h2", "5.3 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot en met 31 juli van het schooljaar waarin de leerling "
              "twaalf wordt, tenzij de deskundigen een kortere duur adviseren. Een TLV voor het so wordt "
              "afgegeven voor twee schooljaren. Bij een TLV so wordt de bekostigingscategorie laag, midden of "
              "hoog vastgesteld."),
        ("h2", "5.4 Beoordeling"),
        ("p", "De criteria waarop de Commissie van Toelaatbaarheid haar besluit baseert, zijn opgenomen in het "
              "TLV-reglement (bijlage 5). In de loop van 2027 stellen we met de sbo- en so-scholen gezamenlijke "
              "criteria vast die aansluiten bij de landelijke ontwikkelingen."),
        ("h2", "5.5 Bezwaar"),
        ("p", "Ouders en schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
              "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."),
        ("h2", "5.6 Het einde van een toelaatbaarheidsverklaring"),
        ("p", "Wij vinden dat een leerling niet langer in het speciaal (basis)onderwijs hoort te blijven dan "
              "nodig is. Het uitgangspunt is dat een kind, zodra het kan, weer naar een reguliere school dicht bij "
              "huis gaat. Voorwaarde is dat de ontvangende school de ondersteuning kan bieden die in het "
              "ontwikkelingsperspectief staat en dat ouders de overstap steunen. Een terugkeer wordt nooit "
              "halverwege een schooljaar afgedwongen."),
        ("p", "De procedure is als volgt. In het laatste jaar van de TLV evalueert de sbo- of so-school vóór 1 "
              "december het ontwikkelingsperspectief samen met ouders. Vóór 1 februari meldt de school aan het "
              "Loket of zij een nieuwe TLV aanvraagt of een overstap naar het regulier onderwijs voorbereidt. "
              "Bij een overstap organiseert de consulent van het Loket een overdrachtsgesprek met de ontvangende "
              "school; de Commissie van Toelaatbaarheid stelt vast dat de TLV per 31 juli afloopt. Wordt een "
              "nieuwe TLV aangevraagd, dan doorloopt de aanvraag de stappen van paragraaf 5.2."),
        ("p", "Na de overstap krijgt de ontvangende school een terugkeerarrangement: een jaar lang begeleiding "
              "door een ambulant begeleider van de sbo- of so-school, die de leerling en de leerkracht kent. "
              "Na een half jaar en aan het eind van het jaar vindt een evaluatie plaats met ouders en beide "
              "scholen."),
        ("h1", "6 Financieel kader"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Van "
              "de middelen voor zware ondersteuning wordt door DUO rechtstreeks de bekostiging van het so "
              "afgetrokken; het samenwerkingsverband betaalt daarnaast de groeibekostiging aan sbo en so op basis "
              "van de peildatum 1 februari."),
        ("h2", "6.1 Verdeling over de besturen"),
        ("p", "Het bestuur heeft op advies van het directeurenoverleg het volgende verdeelmodel vastgesteld. "
              "Ieder bestuur ontvangt een vaste voet van € 8.000 per schoollocatie en daarnaast € 142 per "
              "leerling op basis van de teldatum 1 oktober van het voorafgaande jaar. Arrangementen in laag 2 en "
              "3 worden niet uit deze budgetten betaald, maar per toegekend arrangement door het Loket, op basis "
              "van een vaste prijs per arrangement die het bestuur jaarlijks in december vaststelt. Het "
              "verdeelmodel wordt halverwege de planperiode geëvalueerd."),
        ("h2", "6.2 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2030 wordt na vaststelling door het bestuur in december als bijlage aan "
              "dit plan toegevoegd. Bedragen per post: p.m."),
        ("h2", "6.3 Reserves"),
        ("p", "Het samenwerkingsverband hanteert een weerstandsvermogen van 5 procent van de totale baten. De "
              "bovenmatige reserve is per 31 december 2024 volledig afgebouwd, zoals afgesproken in het landelijke "
              "plan van aanpak."),
        ("h1", "7 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het bureau informeert de scholen via een "
              "maandelijkse nieuwsbrief en de jaarlijkse regiodag."),
        ("p", "Ouders informeren we op drie manieren over de ondersteuning die er is. Op de website staat een "
              "ouderpagina met uitleg over basisondersteuning, arrangementen en het speciaal (basis)onderwijs, "
              "met voorbeelden. De folder 'Passend onderwijs in Rivierenland-West' is er in het Nederlands, "
              "Engels, Arabisch, Pools en Oekraïens en ligt op elke school. En elke school beschrijft in de "
              "schoolgids welke ondersteuning zij biedt. Twee keer per jaar organiseren we een informatieavond "
              "voor ouders in Zaltbrugge en Maasdal."),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Wegwijs. Wegwijs is onafhankelijk van de scholen en het samenwerkingsverband, is "
              "bereikbaar op werkdagen via telefoon, e-mail en een spreekuur, en kan meegaan naar gesprekken op "
              "school. Daarnaast kunnen ouders kosteloos de landelijke Onderwijsconsulenten inschakelen. "
              "Wegwijs bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met het bestuur."),
        ("p", "Ouders zijn partner bij het opstellen en evalueren van het ontwikkelingsperspectief: het OPP wordt "
              "met hen besproken en zij hebben instemmingsrecht op het handelingsdeel."),
        ("h1", "8 Kwaliteitszorg en resultaten"),
        ("p", "Het vorige ondersteuningsplan is in 2025 geëvalueerd door een extern bureau. De uitkomsten van die "
              "evaluatie presenteren we in een afzonderlijke notitie aan het bestuur en de OPR."),
        ("p", "Een kwaliteitskader voor het samenwerkingsverband, met een monitor en indicatoren, wordt in de loop "
              "van de planperiode ontwikkeld. De doelen voor de komende jaren nemen we op in de jaarplannen."),
    ]
    b += governance(d, 9) + medezeggenschap(d, 10) + oogo(d, 11) + personeel(d, 12) + privacy(d, 13)
    b += planning(d, 14)
    b += begrippen([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken voor leerlingen met "
                               "een ondersteuningsbehoefte."],
        ["Dekkend aanbod", "Een aanbod waarin voor elke leerling een passende plek is."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren, met de verdeling van de middelen."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
        ["OPP", "Ontwikkelingsperspectief(plan)."],
        ["Terugplaatsing", "De overstap van een leerling uit het sbo of so naar het regulier onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Verdeelmodel", "De regels volgens welke de middelen over de besturen worden verdeeld."],
    ])
    return b


# --------------------------------------------------------------------------- plan 2: VO, pdf
P2 = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Kust en Duin", kort="SWV VO Kust en Duin",
          code="VO 27-05", periode="2026-2030", sector="vo", regio="de kuststreek",
          gemeenten="Duinwijk, Zandvoorde-Noord en Helmerstrand", nbesturen=7, nscholen=16, nlln="11.340",
          vestiging="Helmerstrand", opr_datum="9 april 2026", oogo_datum="22 januari 2026",
          bestuurder="Jeroen Baaijens")


def plan2():
    d = P2
    b = [("title", ["Ondersteuningsplan 2026-2030", d["swv"], d["code"],
                    "Samen sterk voor elke leerling aan de kust"]), ("pb",)]
    b.append(("toc", "Inhoudsopgave", [
        "Voorwoord", "1 De regio en het samenwerkingsverband", "2 Visie, missie en ambities",
        "3 Ondersteuning op school: de basisondersteuning", "4 Toewijzing: vso, lwoo en praktijkonderwijs",
        "5 Terugplaatsing en overplaatsing", "6 Een dekkend netwerk", "7 Geld en middelen",
        "8 Ambities en resultaten", "9 Ouders en leerlingen", "10 Organisatie en governance",
        "11 Medezeggenschap", "12 Samenwerking met gemeenten", "13 Personeel en professionalisering",
        "14 Privacy en ICT", "15 Planning en beleidscyclus", "Afkortingen"]))
    b.append(("pb",))
    b += voorwoord(d) + leeswijzer(d) + context(d) + visie(d)
    b += [
        ("h1", "3 Ondersteuning op school: de basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij het door alle zestien scholen voor voortgezet onderwijs in "
              "het samenwerkingsverband afgesproken niveau van ondersteuning dat op elke vestiging aanwezig is, "
              "voor elke leerling, zonder toewijzing door het samenwerkingsverband. Geen enkele locatie mag onder "
              "dat niveau zakken; de besturen spreken elkaar daarop aan."),
        ("p", "Conform het landelijke referentiekader bestaat basisondersteuning uit vier aspecten: "
              "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur "
              "en planmatig werken. Deze aspecten vormen het kader voor de afspraken in onze regio."),
        ("p", "De concrete standaarden van de basisondersteuning worden in het schooljaar 2026-2027 door de "
              "werkgroep Basis, met ondersteuningscoördinatoren van alle scholen, uitgewerkt. Na vaststelling "
              "worden ze opgenomen in de schoolgidsen. Voor de huidige invulling per school verwijzen we naar de "
              "schoolondersteuningsprofielen op de websites van de scholen."),
        ("p", "Wanneer een school merkt dat een leerling meer nodig heeft dan de basisondersteuning, bespreekt "
              "zij de leerling in het eigen ondersteuningsteam en kan zij het Loket van het samenwerkingsverband "
              "om advies vragen."),
        ("h1", "4 Toewijzing: vso, lwoo en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
              "(vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid "
              "tot het praktijkonderwijs (pro). Deze besluiten worden genomen door de Commissie Toewijzing, die "
              "bestaat uit een voorzitter namens het bestuur, een orthopedagoog en een psycholoog."),
        ("h2", "4.1 De aanvraag voor het vso"),
        ("p", "De aanvraag wordt ingediend door het bestuur van de school waar de leerling is ingeschreven, of "
              "voor nieuwe leerlingen door de school van aanmelding. Bij de aanvraag horen het "
              "ontwikkelingsperspectiefplan, een overzicht van de ondersteuning die de school heeft geboden en de "
              "evaluatie daarvan, en het verslag van het overleg met ouders en leerling. Een orthopedagoog of "
              "psycholoog en een tweede deskundige, afhankelijk van de problematiek een kinder- en "
              "jeugdpsychiater, arts of maatschappelijk werker, geven elk een eigen schriftelijk advies. De "
              "Commissie Toewijzing besluit binnen zes weken; in spoedsituaties binnen tien werkdagen."),
        ("h2", "4.2 Wanneer is een leerling toelaatbaar tot het vso?"),
        ("table", [["Criterium", "Toelichting"],
                   ["Ondersteuningsbehoefte overstijgt regulier", "De ondersteuningsbehoefte gaat aantoonbaar "
                    "uit boven wat de school en een bovenschoolse voorziening met een arrangement kunnen bieden."],
                   ["Ondersteuning is geboden en geëvalueerd", "De school heeft gedurende ten minste zes maanden "
                    "handelingsgericht ondersteuning geboden volgens het OPP, en die geëvalueerd (geldt niet bij "
                    "nieuwkomers of in crisissituaties)."],
                   ["Ontwikkeling stagneert of veiligheid in het geding", "De ontwikkeling van de leerling "
                    "stagneert, of de veiligheid van de leerling of van anderen is niet te waarborgen."],
                   ["Vso kan bieden wat nodig is", "Het vso-aanbod sluit aan bij het uitstroomperspectief."]]),
        ("p", "Een TLV voor het vso wordt afgegeven voor maximaal drie schooljaren en loopt af op 31 juli. De "
              "commissie bepaalt de bekostigingscategorie: laag, midden of hoog."),
        ("h2", "4.3 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria; we maken geen gebruik "
              "van de mogelijkheid om eigen lwoo-criteria vast te stellen. De basisschool levert via het "
              "overstapdossier de gegevens aan over intelligentie, leerachterstanden en sociaal-emotionele "
              "problematiek. Het VO-loket toetst de gegevens en de Commissie Toewijzing besluit vóór 1 april "
              "voorafgaand aan het schooljaar. De aanwijzing lwoo geldt voor de hele schoolloopbaan in het "
              "vmbo; de toelaatbaarheidsverklaring pro voor de duur van de opleiding."),
        ("h1", "5 Terugplaatsing en overplaatsing"),
        ("p", "In het laatste schooljaar van een TLV start de vso-school vóór 1 december een evaluatie van het "
              "ontwikkelingsperspectief. De vso-school stelt een evaluatieverslag op en stuurt dit vóór 15 januari "
              "naar het Loket. Een consulent van het Loket beoordeelt het verslag en voert een gesprek met de "
              "vso-school, de leerling en ouders. Vóór 1 maart besluit de Commissie Toewijzing of een nieuwe TLV "
              "wordt afgegeven of dat de leerling per 1 augustus overstapt naar een school voor regulier "
              "voortgezet onderwijs. In dat laatste geval zorgt het Loket vóór 1 mei voor een aanmelding bij een "
              "vo-school en een warme overdracht."),
        ("p", "Onze beleidsuitgangspunten voor terugplaatsing en overplaatsing naar het regulier voortgezet "
              "onderwijs worden in het schooljaar 2026-2027 samen met de vso-scholen geformuleerd."),
        ("h1", "6 Een dekkend netwerk"),
        ("p", "Een overzicht van alle arrangementen, bovenschoolse voorzieningen en vso-scholen die in de regio "
              "beschikbaar zijn, vindt u in de Sociale Kaart op onze website. Die kaart wordt doorlopend "
              "bijgewerkt."),
        ("h2", "6.1 Zorgplicht en leerlingen zonder plek"),
        ("p", "Alle scholen hebben zorgplicht. Wanneer een school binnen tien weken na aanmelding geen passende "
              "plek kan bieden of vinden, meldt zij de leerling bij het Loket. Het Loket belegt binnen vijf "
              "werkdagen een casusoverleg met de betrokken scholen en wijst, als dat nodig is, een school aan die "
              "de zorgplicht overneemt. Besturen hebben afgesproken zich aan die aanwijzing te houden."),
        ("h2", "6.2 Thuiszitters"),
        ("p", "Elke leerling die langer dan vier weken ongeoorloofd of geoorloofd verzuimt, wordt gemeld bij het "
              "Thuiszittersoverleg van leerplicht en het Loket. Voor elke thuiszitter wordt binnen twee weken een "
              "trajectbegeleider aangewezen en een plan gemaakt met een einddatum. In het overleg worden ook de "
              "vrijstellingen 5a besproken: geen vrijstelling zonder advies van het Loket."),
        ("h2", "6.3 Witte vlekken"),
        ("p", "Jaarlijks in oktober analyseert het bureau de meldingen van het Loket en het Thuiszittersoverleg "
              "op patronen: welke leerlingen vinden geen plek, en waarom? De analyse gaat naar het bestuur, dat "
              "per witte vlek een actie met eigenaar en termijn vaststelt. In 2025 leidde dat tot de start van "
              "een tussenvoorziening voor leerlingen met angstproblematiek, samen met de jeugd-GGZ."),
        ("h1", "7 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 14,1 miljoen aan rijksbekostiging voor lichte "
              "en zware ondersteuning, lwoo en pro. Een groot deel daarvan wordt direct door DUO afgedragen aan "
              "de vso-scholen en de scholen met lwoo en pro."),
        ("h2", "7.1 Zo verdelen we"),
        ("ul", ["Lichte ondersteuning: ieder bestuur ontvangt € 96 per leerling (teldatum 1 oktober) plus een "
                "vaste voet van € 25.000 per vestiging. Het bestuur besluit in december over het bedrag voor "
                "het volgende kalenderjaar.",
                "Lwoo en pro: de rijksmiddelen worden volledig doorbetaald aan de scholen naar rato van het "
                "aantal leerlingen met een aanwijzing lwoo of een TLV pro.",
                "Arrangementen: bovenschoolse arrangementen worden uit een centraal budget betaald, na "
                "toekenning door de Commissie Toewijzing, tegen een vast tarief per leerling per maand.",
                "Scholen verantwoorden jaarlijks vóór 1 maart in een vast format waaraan zij de middelen lichte "
                "ondersteuning hebben besteed; het bureau bundelt de verantwoordingen in het jaarverslag."]),
        ("h2", "7.2 Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "14.120", "13.980", "13.850", "13.760"],
                   ["Afdracht vso via DUO", "4.610", "4.640", "4.650", "4.650"],
                   ["Doorbetaling lwoo en pro", "4.920", "4.850", "4.790", "4.750"],
                   ["Lichte ondersteuning naar besturen", "2.590", "2.560", "2.530", "2.500"],
                   ["Bovenschoolse arrangementen en tussenvoorziening", "1.210", "1.250", "1.260", "1.260"],
                   ["Loket, bureau en personeel", "760", "770", "780", "790"],
                   ["Resultaat", "30", "-90", "-160", "-190"]]),
        ("p", "De negatieve resultaten vanaf 2027 zijn bewust: daarmee brengen we de reserve terug naar het "
              "niveau van de signaleringswaarde. De algemene reserve bedraagt eind 2025 naar verwachting "
              "€ 1,2 miljoen."),
        ("h1", "8 Ambities en resultaten"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte hebben we voor deze planperiode de volgende "
              "beoogde resultaten vastgesteld."),
        ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
                   ["Meer leerlingen volgen thuisnabij regulier onderwijs", "Deelnamepercentage vso", "3,9%",
                    "3,4%"],
                   ["Geen leerling langer dan drie maanden thuis", "Aantal thuiszitters > 3 maanden", "17", "0"],
                   ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "5 weken"],
                   ["Leerlingen met lwoo halen diploma", "Diplomaresultaat lwoo-leerlingen", "88%", "92%"]]),
        ("p", "De voortgang op deze indicatoren wordt twee keer per jaar gemeten in de Kwaliteitsmonitor, op "
              "basis van DUO-gegevens, de registratie van het Loket en de leerplichtregistratie. De monitor wordt "
              "besproken met het bestuur en de OPR. In het jaarverslag rapporteren we jaarlijks de bereikte "
              "resultaten ten opzichte van de streefwaarden, en de kosten per voorziening; bij afwijkingen van "
              "meer dan tien procent stelt het bestuur een verbeteractie vast."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten weten welke ondersteuning er in de regio is en hoe je die krijgt. "
              "Daarom hebben we een ouder- en leerlingenwebsite met filmpjes over de ondersteuningsroute, het "
              "vso, lwoo en praktijkonderwijs, en een brochure die alle groep 8-leerlingen in het najaar via de "
              "basisschool ontvangen. Ieder jaar in november organiseren we een informatieavond 'Ondersteuning in "
              "het vo' in Duinwijk en Helmerstrand. De scholen beschrijven hun ondersteuning in de schoolgids."),
        ("p", "Het ouder- en jeugdsteunpunt voor onafhankelijke ondersteuning van ouders en leerlingen wordt per "
              "1 augustus 2027 ingericht; de vorm, eigen steunpunt of samenwerking met het PO, wordt nog bepaald."),
    ]
    b += governance(d, 10) + medezeggenschap(d, 11) + oogo(d, 12) + personeel(d, 13) + privacy(d, 14)
    b += planning(d, 15)
    b += begrippen([
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Pro", "Praktijkonderwijs."],
        ["SOP", "Schoolondersteuningsprofiel: beschrijving van de basisondersteuning en extra ondersteuning van "
                "een school."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV, met begeleiding."],
    ], title="Afkortingen")
    return b


# --------------------------------------------------------------------------- plan 3: PO, pdf
P3 = dict(swv="Samenwerkingsverband Primair Onderwijs De Heuvelrand", kort="SWV De Heuvelrand",
          code="PO 23-11", periode="2026-2030", sector="po", regio="de Heuvelrand",
          gemeenten="Bergakker, Woudenhove, Leusveld en Amerstein", nbesturen=9, nscholen=52, nlln="10.480",
          vestiging="Woudenhove", opr_datum="12 maart 2026", oogo_datum="29 januari 2026",
          bestuurder="Ahmed el Kaddouri")


def plan3():
    d = P3
    b = [("title", ["Ondersteuningsplan", d["swv"], f"{d['code']} · planperiode 2026-2030"]), ("pb",)]
    b.append(("toc", "Inhoudsopgave", [
        "Voorwoord", "1 De regio en het samenwerkingsverband", "2 Visie, missie en ambities",
        "3 Terugblik 2022-2026", "4 Basisondersteuning", "5 Extra ondersteuning en het ondersteuningsaanbod",
        "6 Toelaatbaarheid en plaatsing in sbo en so", "7 Doorgaande lijnen", "8 Begroting 2026-2029",
        "9 Beoogde resultaten", "10 Ouders", "11 Organisatie en governance", "12 Medezeggenschap",
        "13 Samenwerking met gemeenten", "14 Personeel en professionalisering", "15 Privacy en ICT",
        "16 Planning en beleidscyclus", "Bijlage: begrippenlijst"]))
    b.append(("pb",))
    b += voorwoord(d) + leeswijzer(d) + context(d) + visie(d)
    b += [
        ("h1", "3 Terugblik 2022-2026"),
        ("p", "De afgelopen planperiode stond in het teken van herstel na de coronajaren en van de invoering van "
              "een nieuwe werkwijze rond de aanvragen. We hebben de papieren aanvraag vervangen door een digitaal "
              "groeidocument, het Loket verhuisd naar een centrale locatie in Woudenhove en drie nieuwe "
              "bovenschoolse voorzieningen geopend. In de bestuurlijke samenwerking is veel geïnvesteerd: het "
              "directeurenoverleg vergaderde maandelijks en er zijn twee bestuurlijke heidagen gehouden."),
        ("p", "Niet alles is gelukt. Het teruglopend leerlingaantal in het landelijk gebied maakte het moeilijk om "
              "voorzieningen daar overeind te houden, en de samenwerking met de jeugdhulp verliep per gemeente "
              "wisselend. Deze ervaringen hebben we meegenomen in dit plan."),
        ("h1", "4 Basisondersteuning"),
        ("p", "Basisondersteuning is in De Heuvelrand het geheel van afspraken over wat iedere school, op iedere "
              "vestiging, minimaal aan ondersteuning biedt. De negen besturen hebben deze afspraken vastgelegd in "
              "tien standaarden. Zij gelden voor alle 47 basisscholen; de sbo- en so-scholen bieden vanzelfsprekend "
              "meer."),
        ("table", [["Nr", "Standaard", "Wat betekent dit concreet?"],
                   ["1", "Veilig schoolklimaat", "Jaarlijkse monitor sociale veiligheid; een pestprotocol; een "
                    "aanspreekpunt pesten."],
                   ["2", "Zicht op ontwikkeling", "Leerlingvolgsysteem, twee keer per jaar groeps- en "
                    "leerlingbespreking."],
                   ["3", "Intern begeleider", "Minimaal één dag per week per 100 leerlingen, met opleiding op "
                    "masterniveau of daarmee bezig."],
                   ["4", "Ondersteuningsteam", "Vier keer per jaar, met jeugdverpleegkundige, "
                    "schoolmaatschappelijk werk en orthopedagoog van het SWV."],
                   ["5", "Dyslexie en dyscalculie", "Werken volgens de landelijke protocollen, inclusief "
                    "begeleiding tot en met ondersteuningsniveau 3."],
                   ["6", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, verrijkingsstof in de "
                    "groep, compacten."],
                   ["7", "Gedrag", "Schoolbrede gedragsaanpak; leerkrachten getraind in de-escalatie."],
                   ["8", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, ook voor "
                    "nieuwkomers na de taalklas."],
                   ["9", "Medisch handelen", "Werken volgens het protocol medicijnverstrekking en medisch "
                    "handelen."],
                   ["10", "Ontwikkelingsperspectief", "Voor elke leerling met extra ondersteuning een OPP, "
                    "jaarlijks geëvalueerd."]]),
        ("p", "Eens per drie jaar doet het bureau op elke school een audit op deze standaarden. De uitkomst wordt "
              "besproken met het bestuur; waar een school een standaard niet haalt, maakt het bestuur een plan "
              "van aanpak met een termijn van maximaal een jaar."),
        ("h1", "5 Extra ondersteuning en het ondersteuningsaanbod"),
        ("p", "Wat niet binnen de basisondersteuning past, noemen we extra ondersteuning. Extra ondersteuning "
              "wordt georganiseerd in arrangementen. We onderscheiden:"),
        ("ul", ["Arrangementen op de eigen school: een school vraagt bij het Loket een arrangement aan, "
                "bijvoorbeeld extra begeleiding bij gedrag of een aangepast programma. Het Loket beslist binnen "
                "vier weken.",
                "Bovenschoolse voorzieningen: de Taalklas voor nieuwkomers (twee locaties), de Plusgroep voor "
                "hoogbegaafde leerlingen (één dag per week), de observatiegroep Het Anker en de "
                "onderwijs-zorggroep voor jonge kinderen in Leusveld.",
                "Speciaal basisonderwijs: twee sbo-scholen, De Regenboog en Het Bolwerk.",
                "Speciaal onderwijs: so cluster 3 (De Linde) en so cluster 4 (De Horizon) in de regio; voor "
                "specifieke vragen so-scholen in aangrenzende regio's."]),
        ("p", "Het Loket is het centrale punt waar scholen terechtkunnen. De consulenten van het Loket kennen "
              "het hele aanbod, adviseren scholen en zorgen ervoor dat een leerling niet van de ene naar de andere "
              "voorziening wordt doorgeschoven zonder dat er een plan ligt."),
        ("h2", "5.1 Als er geen plek is"),
        ("p", "Wanneer voor een leerling geen passend aanbod te vinden is, of een leerling niet of onvoldoende "
              "naar school gaat, meldt de school dit binnen vijf schooldagen bij het Loket. Het Loket organiseert "
              "binnen tien schooldagen een overleg met school, ouders, leerplicht en jeugdhulp. Lukt het niet om "
              "binnen zes weken een oplossing te vinden, dan wordt de casus voorgelegd aan het bestuurlijk "
              "escalatieoverleg, dat een bestuur aanwijst. Het bureau houdt een register bij van alle "
              "leerlingen zonder passende plek en analyseert dat register twee keer per jaar om tekorten in het "
              "aanbod op te sporen. Op basis van die analyse is in 2025 besloten tot de onderwijs-zorggroep in "
              "Leusveld."),
        ("h1", "6 Toelaatbaarheid en plaatsing in sbo en so"),
        ("h2", "6.1 Procedure"),
        ("ol", ["Stap 1: de school bespreekt de leerling in het ondersteuningsteam en besluit, met ouders, dat "
                "een aanvraag nodig is.",
                "Stap 2: het bevoegd gezag van de school dient via het digitale groeidocument de aanvraag in bij "
                "het Loket, met het OPP, de evaluatie van de geboden ondersteuning en de zienswijze van ouders.",
                "Stap 3: twee deskundigen geven ieder een schriftelijk advies; de eerste is altijd een "
                "orthopedagoog of GZ-psycholoog, de tweede wordt gekozen op basis van de vraag (bijvoorbeeld "
                "een jeugdarts of kinderpsychiater).",
                "Stap 4: de Commissie van Toelaatbaarheid besluit binnen zes weken. Een TLV sbo wordt "
                "afgegeven voor twee schooljaren, een TLV so voor twee of vier schooljaren, met de "
                "bekostigingscategorie laag, midden of hoog.",
                "Stap 5: ouders ontvangen het besluit en de adviezen. Tegen het besluit kan bezwaar worden "
                "gemaakt bij de Landelijke Bezwaaradviescommissie (LBT), binnen zes weken."]),
        ("h2", "6.2 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle drie de volgende "
              "voorwaarden is voldaan: de ondersteuningsbehoefte is groter dan de basisondersteuning plus een "
              "arrangement op de eigen school kan bieden; er is ten minste een half jaar handelingsgericht "
              "gewerkt met een OPP en dat is geëvalueerd; en de leerling heeft baat bij een kleinere groep en "
              "een meer specialistische aanpak gedurende de hele schooldag."),
        ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs wanneer daarnaast sprake is van een "
              "ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, communicatie, lichamelijk of "
              "medisch) die specialistische expertise en een aangepaste omgeving vraagt die ook het sbo niet "
              "kan bieden. De bekostigingscategorie hangt af van de zwaarte: laag voor leerlingen met vooral "
              "gedrags- of leerproblematiek, midden bij lichamelijke beperkingen of langdurige ziekte, hoog bij "
              "meervoudige beperkingen."),
        ("h1", "7 Doorgaande lijnen"),
        ("p", "Een goede overstap van het primair naar het voortgezet onderwijs begint al in groep 7. Met het "
              "samenwerkingsverband voortgezet onderwijs hebben we afgesproken dat elke leerling met een "
              "ondersteuningsbehoefte een warme overdracht krijgt. Voor leerlingen met een OPP is er in maart "
              "een overstapmarkt, waar zij kennismaken met de scholen in het vo."),
        ("p", "Ook de instroom vanuit de voorschoolse voorzieningen verdient aandacht. Met de kinderopvang en de "
              "jeugdgezondheidszorg is een overdrachtsformulier afgesproken, zodat de school weet wat een kind "
              "nodig heeft als het vier wordt. De uitstroom naar het vo en de instroom uit de voorschool worden "
              "elk jaar besproken in het directeurenoverleg."),
        ("h1", "8 Begroting 2026-2029"),
        ("p", "Het huidige verdeelmodel wordt in 2026 geëvalueerd. Een nieuw verdeelmodel volgt na instemming van "
              "de OPR; tot die tijd geldt wat in de jaarbegroting is opgenomen."),
        ("p", "De meerjarenbegroting ziet er als volgt uit."),
        ("table", [["Bedragen in euro", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "9.870.000", "9.760.000", "9.640.000",
                    "9.560.000"],
                   ["Afdracht so (DUO)", "3.920.000", "3.950.000", "3.960.000", "3.960.000"],
                   ["Afdracht en groeibekostiging sbo", "1.840.000", "1.810.000", "1.790.000", "1.780.000"],
                   ["Ondersteuningsbudget naar schoolbesturen", "2.140.000", "2.070.000", "2.000.000",
                    "1.960.000"],
                   ["Arrangementen en bovenschoolse voorzieningen", "1.210.000", "1.230.000", "1.230.000",
                    "1.230.000"],
                   ["Loket, expertiseteam en bureau", "810.000", "820.000", "830.000", "840.000"],
                   ["Saldo", "-50.000", "-120.000", "-170.000", "-210.000"]]),
        ("p", "De tekorten worden gedekt uit de algemene reserve, die eind 2025 € 1,6 miljoen bedraagt. Daarmee "
              "komt de reserve in 2029 uit op het niveau van de signaleringswaarde."),
        ("h1", "9 Beoogde resultaten"),
        ("p", "Voor deze planperiode hebben we voor leerlingen die extra ondersteuning nodig hebben de volgende "
              "doelen gesteld. Ze zijn afgeleid van de ambities in hoofdstuk 2."),
        ("table", [["Doel", "Streefwaarde juli 2030"],
                   ["Geen leerling zit langer dan drie maanden thuis zonder onderwijsaanbod", "0 leerlingen"],
                   ["Het deelnamepercentage so blijft onder het landelijk gemiddelde", "ten hoogste 1,7%"],
                   ["Een besluit op een TLV-aanvraag wordt binnen zes weken genomen", "in 95% van de aanvragen"],
                   ["Alle scholen voldoen aan de tien standaarden basisondersteuning", "100% van de scholen"],
                   ["Meer leerlingen met een arrangement blijven op de eigen school", "80% na één jaar"]]),
        ("p", "Hoe we de voortgang op deze doelen gaan meten en waar we erover rapporteren, leggen we vast in een "
              "monitoringsplan dat in het eerste planjaar verschijnt."),
        ("h1", "10 Ouders"),
        ("p", "Hoe we ouders informeren over de ondersteuningsmogelijkheden in de regio, werken we in 2026 uit in "
              "een communicatieplan, samen met de ouders in de OPR."),
        ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, of het oneens zijn met de school of "
              "het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Heuvelrand. Het "
              "steunpunt is ondergebracht bij een onafhankelijke stichting, werkt niet in opdracht van de "
              "scholen en is gratis. Een oudercoach van het steunpunt kan meegaan naar een gesprek op school. "
              "Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen. Bij een geschil over toelating, "
              "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; "
              "klachten over het samenwerkingsverband worden behandeld volgens de klachtenregeling van het "
              "samenwerkingsverband."),
    ]
    b += governance(d, 11) + medezeggenschap(d, 12) + oogo(d, 13) + personeel(d, 14) + privacy(d, 15)
    b += planning(d, 16)
    b += begrippen([
        ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep."],
        ["Communicatie met ouders", "Informatie aan ouders via website, folder en schoolgids."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
        ["Monitoring", "Het jaarlijks volgen van de bereikte resultaten."],
        ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar een reguliere basisschool."],
        ["Verdeelmodel", "Verdeling van de middelen: bedrag per leerling naar de besturen."],
    ], title="Bijlage: begrippenlijst")
    return b


# --------------------------------------------------------------------------- plan 4: VO, docx
P4 = dict(swv="Samenwerkingsverband VO IJssel-Stedenband", kort="de Stedenband",
          code="VO 23-06", periode="2026-2030", sector="vo", regio="de IJsselsteden",
          gemeenten="Deventerdam, Olst-Wijhezand, Hattemburg en Zutphoven", nbesturen=12, nscholen=23,
          nlln="18.760", vestiging="Deventerdam", opr_datum="26 maart 2026", oogo_datum="12 februari 2026",
          bestuurder="drs. Lotte Wassenaar-Brink")


def plan4():
    d = P4
    b = [("title", ["Koersplan passend onderwijs", "Ondersteuningsplan 2026-2030",
                    d["swv"], d["code"]]), ("pb",)]
    b.append(("toc", "Inhoud", [
        "Voorwoord", "1 De regio en het samenwerkingsverband", "2 Visie, missie en ambities",
        "3 Wat elke leerling op elke school mag verwachten", "4 Het ondersteuningsaanbod in de regio",
        "5 Toewijzing van vso, lwoo en pro", "6 Doorlopende leer- en ondersteuningslijnen",
        "7 Kwaliteit: ambities, indicatoren en verantwoording", "8 Financieel kader",
        "9 Communicatie met scholen", "10 Organisatie en governance", "11 Medezeggenschap",
        "12 Samenwerking met gemeenten", "13 Personeel en professionalisering", "14 Privacy en ICT",
        "15 Externe verantwoording en regionale samenwerking", "16 Planning en beleidscyclus",
        "Verklarende woordenlijst"]))
    b.append(("pb",))
    b += voorwoord(d, ouderzin=False) + leeswijzer(d) + context(d) + visie(d, ouders_partner=False)
    b += [
        ("h1", "3 Wat elke leerling op elke school mag verwachten"),
        ("p", "In de Stedenband spreken we niet van 'basisondersteuning' maar van de ondersteuningsvloer. De "
              "twaalf besturen hebben in 2025 vastgelegd welke ondersteuning op iedere vestiging, van de "
              "kleinste vmbo-locatie in Hattemburg tot het grootste gymnasium in Deventerdam, minimaal "
              "beschikbaar is. Onder de vloer zakt geen enkele school; erboven mag iedere school eigen keuzes "
              "maken. De vloer is dezelfde voor alle 23 scholen en hun nevenvestigingen."),
        ("table", [["Onderdeel van de vloer", "Wat dat inhoudt"],
                   ["Mentoraat", "Elke leerling heeft een mentor met minimaal één individueel gesprek per "
                    "periode; in leerjaar 1 en 2 een wekelijks mentoruur."],
                   ["Ondersteuningscoördinator", "Elke vestiging heeft een ondersteuningscoördinator met "
                    "voldoende uren en een ondersteuningsteam dat elke maand bijeenkomt."],
                   ["Orthopedagoog", "Elke school heeft toegang tot een orthopedagoog of psycholoog, van het "
                    "eigen bestuur of via de pool van het samenwerkingsverband."],
                   ["Dyslexie en dyscalculie", "Faciliteiten zoals extra tijd, voorleessoftware en aangepaste "
                    "toetsing, vastgelegd in een dyslexiepas."],
                   ["Executieve functies", "Training plannen en organiseren in leerjaar 1; huiswerkbegeleiding "
                    "op school."],
                   ["Sociaal-emotioneel", "Faalangstreductietraining en sociale-vaardigheidstraining; "
                    "check-in/check-out voor leerlingen die dat nodig hebben."],
                   ["Opvang", "Een time-outplek met begeleiding; een rustige werkplek voor leerlingen met "
                    "prikkelgevoeligheid."],
                   ["Medisch", "Afspraken over medicijngebruik en medisch handelen; samenwerking met de "
                    "jeugdarts."]]),
        ("p", "Iedere school laat eens per twee jaar een collegiale visitatie uitvoeren door twee "
              "ondersteuningscoördinatoren van andere besturen. De bevindingen worden in het directeurenoverleg "
              "besproken; wanneer een school een onderdeel niet op orde heeft, volgt binnen een half jaar een "
              "hervisitatie."),
        ("h1", "4 Het ondersteuningsaanbod in de regio"),
        ("p", "Boven de vloer bouwen we verder. Het samenhangend geheel van voorzieningen in de Stedenband "
              "bestaat uit vier treden."),
        ("ol", ["Trede 1 – de vloer op elke school (hoofdstuk 3).",
                "Trede 2 – extra ondersteuning op de eigen school: arrangementen zoals een "
                "autisme-arrangement, een trajectvoorziening of een flexibel rooster, door de school zelf "
                "ingericht of met hulp van het expertiseteam van het samenwerkingsverband.",
                "Trede 3 – bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum De Overstap "
                "(40 plaatsen, voor een periode van maximaal een jaar), de reboundvoorziening (12 plaatsen, "
                "maximaal 13 weken) en de Internationale Schakelklas voor nieuwkomers.",
                "Trede 4 – voortgezet speciaal onderwijs cluster 3 en 4 en praktijkonderwijs, op vijf locaties "
                "in de regio."]),
        ("p", "Leerlingen kunnen tussen de treden bewegen. Wie van trede 3 terugkeert naar de eigen school, "
              "houdt het eerste half jaar een vaste begeleider van De Overstap."),
        ("h2", "4.1 Geen leerling buiten beeld"),
        ("p", "Ons dekkend netwerk heeft nog gaten. Uit de analyse van 2025 bleek dat jongeren met complexe "
              "psychiatrische problematiek, jongeren die vastlopen in het mbo-voorportaal en hoogbegaafde "
              "leerlingen met uitval onvoldoende passend aanbod vinden. Voor elk van deze groepen is een "
              "werkgroep gestart met een concrete opdracht en een deadline: uiterlijk 1 augustus 2027 is er voor "
              "elke groep een voorziening of een afspraak met een partner."),
        ("p", "Thuiszitters worden binnen een week na melding door de leerplichtambtenaar besproken in het "
              "Regionaal Thuiszittersoverleg. Het samenwerkingsverband heeft doorzettingsmacht: als de scholen "
              "binnen vier weken geen plek hebben gevonden, wijst de directeur-bestuurder een school aan. Het "
              "aantal thuiszitters en de duur van het thuiszitten worden maandelijks bijgehouden."),
        ("h1", "5 Toewijzing van vso, lwoo en pro"),
        ("p", "Voor de toewijzing van het voortgezet speciaal onderwijs, leerwegondersteunend onderwijs en "
              "praktijkonderwijs verwijzen we naar het Handboek Toewijzing. Het handboek wordt jaarlijks "
              "geactualiseerd en is te vinden op www.stedenband-vo.nl/toewijzing. Daar staan ook de "
              "formulieren en contactgegevens."),
        ("h1", "6 Doorlopende leer- en ondersteuningslijnen"),
        ("p", "Doorlopende lijnen vragen aandacht bij elke overgang: van po naar vo, tussen scholen, van "
              "vso naar vo en van vo naar mbo en werk. Over de overstap van po naar vo maken we afspraken met "
              "de drie samenwerkingsverbanden primair onderwijs in de regio."),
        ("h2", "6.1 Van vso terug naar het regulier voortgezet onderwijs"),
        ("p", "De Stedenband wil dat een leerling in het vso niet langer blijft dan nodig is. Een TLV is geen "
              "eindstation: elke leerling in het vso heeft een perspectief op terugkeer, tenzij het OPP "
              "uitdrukkelijk een ander uitstroomprofiel aangeeft. Voorwaarden voor terugkeer zijn dat de "
              "leerling zich in het vso twee opeenvolgende perioden stabiel heeft ontwikkeld en dat er een "
              "ontvangende school is die de ondersteuning uit het OPP kan waarmaken. De teruggekeerde leerling "
              "krijgt gedurende zes maanden een overstapcoach van de vso-school, die wekelijks contact heeft met "
              "de leerling en de mentor."),
        ("table", [["Stap", "Wanneer", "Wie", "Wat"],
                   ["1", "Elk jaar vóór 1 november", "Commissie van begeleiding vso-school",
                    "Beoordeelt in de OPP-evaluatie of terugkeer tot de mogelijkheden behoort."],
                   ["2", "Vóór 1 februari in het laatste TLV-jaar", "Vso-school", "Meldt aan het "
                    "samenwerkingsverband of terugkeer wordt voorbereid of verlenging wordt gevraagd."],
                   ["3", "Februari-april", "Consulent samenwerkingsverband", "Zoekt met de leerling een "
                    "ontvangende school en organiseert een proefperiode van maximaal zes weken."],
                   ["4", "Vóór 1 juni", "Directeur-bestuurder", "Stelt vast dat de TLV per 31 juli afloopt en "
                    "dat de leerling wordt ingeschreven bij de ontvangende school."],
                   ["5", "Na 3 en 6 maanden", "Ontvangende school en overstapcoach", "Evaluatie; zo nodig "
                    "een arrangement op trede 2."]]),
        ("p", "In 2023-2024 keerden 14 leerlingen terug van het vso naar het regulier vo, in 2024-2025 waren dat "
              "er 19. Van hen zat na een jaar 85 procent nog op de ontvangende school."),
        ("h2", "6.2 Van vo naar mbo en werk"),
        ("p", "Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken we samen "
              "met het regionale werkbedrijf. Voor de overstap naar het mbo gebruiken we het landelijke "
              "overstapdossier; de mbo-instellingen in de regio nemen deel aan het netwerk ondersteuning."),
        ("h1", "7 Kwaliteit: ambities, indicatoren en verantwoording"),
        ("p", "Voor deze planperiode hebben we per ambitie meetbare doelen voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld."),
        ("table", [["Ambitie", "Indicator", "Stand 2024-2025", "Streefwaarde 2029-2030", "Bron"],
                   ["Thuisnabij onderwijs", "Deelnamepercentage vso", "4,2%", "3,6%", "DUO, 1 oktober"],
                   ["Niemand thuis", "Thuiszitters langer dan 4 weken", "23", "< 5", "Leerplicht"],
                   ["Terug naar regulier", "Terugplaatsingen vso → vo per jaar", "19", "25",
                    "Registratie SWV"],
                   ["Vloer op orde", "Scholen die alle vloer-onderdelen halen", "19 van 23", "23 van 23",
                    "Visitaties"],
                   ["Soepele doorstroom", "Voortijdig schoolverlaters met OPP", "6,1%", "4,5%", "DUO"]]),
        ("p", "Het bureau rapporteert elk kwartaal over de indicatoren aan de directeur-bestuurder en twee keer "
              "per jaar aan de raad van toezicht en de OPR. Eens per jaar, in het voorjaar, bespreken de "
              "besturen in een evaluatiesessie de bereikte resultaten en stellen zij zo nodig het jaarplan bij. "
              "In het jaarverslag leggen we verantwoording af over de bereikte resultaten per indicator."),
        ("h1", "8 Financieel kader"),
        ("p", "Het financiële kader, met het verdeelmodel en de meerjarenbegroting, is vastgelegd in een "
              "afzonderlijk document dat het bestuur jaarlijks vaststelt (zie bijlage 3)."),
        ("h1", "9 Communicatie met scholen"),
        ("p", "Het bureau houdt scholen op de hoogte via een tweewekelijkse nieuwsbrief voor "
              "ondersteuningscoördinatoren en teamleiders, een kennisbank op het intranet en vier "
              "netwerkbijeenkomsten per jaar. Nieuwe mentoren krijgen in september een introductiebijeenkomst "
              "over de vloer en de treden. Wijzigingen in het Handboek Toewijzing worden per e-mail aangekondigd."),
    ]
    b += governance(d, 10) + medezeggenschap(d, 11, ouderleden=False) + oogo(d, 12, inhoud=False)
    b += personeel(d, 13) + privacy(d, 14) + extern(d, 15) + planning(d, 16)
    b += begrippen([
        ["Basisondersteuning", "Zie ondersteuningsvloer."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["Meerjarenbegroting", "De begroting voor vier jaar met de verdeling van de ondersteuningsmiddelen."],
        ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
        ["Ondersteuningsvloer", "Wat elke school minimaal biedt."],
        ["Pro", "Praktijkonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor het vso, aangevraagd door de school."],
    ], title="Verklarende woordenlijst")
    return b


# --------------------------------------------------------------------------- plan 5: PO, html
P5 = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Waterland-Oost", kort="SWV Waterland-Oost",
          code="PO 27-12", periode="2026-2030", sector="po", regio="Waterland-Oost",
          gemeenten="Purmerwijde, Edam-Oosthuizen, Beemsterkoog en Wormerdijk", nbesturen=8, nscholen=41,
          nlln="8.950", vestiging="Purmerwijde", opr_datum="5 maart 2026", oogo_datum="15 januari 2026",
          bestuurder="Sanne Olieslagers")


def plan5():
    d = P5
    b = [("title", ["Ondersteuningsplan 2026-2030 (webversie)", d["swv"], d["code"],
                    "Beleidsplan op hoofdlijnen"]),
         ("p", "Dit is de webversie van het ondersteuningsplan 2026-2030. De tekst is gelijk aan de versie waarmee "
               "de ondersteuningsplanraad heeft ingestemd; alleen de opmaak is aangepast voor het lezen op een "
               "scherm. Via de knop onderaan de pagina kunt u het plan ook als één bestand afdrukken. Heeft u "
               "vragen over deze webversie of werkt een onderdeel niet goed op uw apparaat, laat het ons dan "
               "weten via het contactformulier. We passen deze pagina aan wanneer het plan tussentijds wordt "
               "gewijzigd; de datum van de laatste wijziging staat bovenaan.")]
    b.append(("toc", "Op deze pagina", [
        "Voorwoord", "1 De regio en het samenwerkingsverband", "2 Visie, missie en ambities",
        "3 Basisondersteuning", "4 Toelaatbaarheid sbo en so", "5 Terugplaatsing",
        "6 Financiën", "7 Monitoring en resultaten", "8 Informatie en steun voor ouders",
        "9 Organisatie en governance", "10 Medezeggenschap", "11 Samenwerking met gemeenten",
        "12 Personeel en professionalisering", "13 Privacy en ICT",
        "14 Externe verantwoording en regionale samenwerking", "15 Planning en beleidscyclus", "Begrippen"]))
    b += voorwoord(d) + leeswijzer(d) + context(d) + visie(d)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Een regionale standaard voor de basisondersteuning stellen we vast zodra de landelijke norm "
              "basisondersteuning bekend is; naar verwachting gebeurt dat in de loop van 2027. Tot die tijd "
              "beschrijft iedere school haar eigen ondersteuning in de schoolgids."),
        ("h1", "4 Toelaatbaarheid sbo en so"),
        ("p", "De aanvraag en de stappen van de toelaatbaarheidsprocedure staan beschreven in de Routekaart TLV "
              "op deze website (menu Toelaatbaarheid). Op deze pagina leest u wanneer een leerling toelaatbaar "
              "is."),
        ("h2", "4.1 Toelaatbaar tot het speciaal basisonderwijs"),
        ("ul", ["De leerling heeft een ondersteuningsbehoefte op het gebied van leren en/of gedrag die groter is "
                "dan wat de basisschool, ook met een arrangement, kan bieden.",
                "De school heeft ten minste twee cycli van handelingsgericht werken doorlopen, vastgelegd in een "
                "OPP met evaluaties.",
                "De leerling heeft voor langere tijd een kleine groep (maximaal 16 leerlingen) en een "
                "specialistisch team nodig.",
                "De verwachting is dat de leerling in het sbo een ontwikkeling doormaakt die in het regulier "
                "onderwijs niet haalbaar is."]),
        ("h2", "4.2 Toelaatbaar tot het speciaal onderwijs"),
        ("ul", ["Aan de criteria voor het sbo is voldaan, en daarnaast:",
                "er is sprake van een ernstige en langdurige beperking of stoornis (verstandelijk, lichamelijk, "
                "langdurig ziek, of ernstige gedrags- of psychiatrische problematiek), en",
                "de leerling heeft een combinatie van onderwijs en zorg of behandeling nodig die alleen een "
                "so-school kan bieden."]),
        ("p", "Een TLV sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven "
              "in bekostigingscategorie laag, tenzij de leerling een lichamelijke beperking of langdurige "
              "ziekte heeft (midden) of meervoudig beperkt is (hoog)."),
        ("h1", "5 Terugplaatsing"),
        ("p", "Wij willen dat leerlingen zo thuisnabij mogelijk naar school gaan. Plaatsing in het sbo of so is "
              "daarom nooit bedoeld als eindstation. Voorwaarden voor terugkeer naar een reguliere basisschool "
              "zijn dat de leerling zich in het sbo of so zo heeft ontwikkeld dat de onderwijsbehoeften in een "
              "reguliere groep kunnen worden opgevangen, en dat ouders de overstap zien zitten. Na de overstap "
              "krijgt de ontvangende school gedurende een schooljaar begeleiding van de sbo- of so-school, en "
              "kan zij zo nodig een arrangement aanvragen."),
        ("p", "Het stappenplan terugplaatsing wordt in het schooljaar 2026-2027 samen met de sbo- en so-scholen "
              "opgesteld en daarna op deze website gepubliceerd."),
        ("h1", "6 Financiën"),
        ("h2", "6.1 Het verdeelmodel"),
        ("p", "Waterland-Oost werkt met een schoolmodel: het grootste deel van de middelen voor lichte "
              "ondersteuning gaat rechtstreeks naar de schoolbesturen. Elk bestuur ontvangt € 165 per "
              "leerling op basis van de teldatum 1 oktober van het voorgaande jaar. Kleine scholen (minder dan "
              "100 leerlingen) ontvangen een aanvulling tot een minimum van € 16.500 per school. Het "
              "samenwerkingsverband houdt centraal een budget aan voor de afdrachten aan sbo en so en voor de "
              "kosten van het bureau. Het algemeen bestuur stelt de bedragen jaarlijks in november vast."),
        ("p", "Besturen verantwoorden jaarlijks vóór 1 april in een korte rapportage hoe zij de middelen hebben "
              "ingezet. Het bureau toetst de rapportages steekproefsgewijs."),
        ("h2", "6.2 Begroting"),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten: rijksbijdrage ondersteuning", "8.420", "8.330", "8.250", "8.180"],
                   ["Afdracht so via DUO", "3.010", "3.020", "3.030", "3.030"],
                   ["Afdracht sbo en groeibekostiging", "1.290", "1.270", "1.250", "1.240"],
                   ["Doorbetaling besturen (€ 165 p.l. + kleine scholen)", "3.540", "3.480", "3.430", "3.390"],
                   ["Bureau en commissie", "560", "570", "580", "590"],
                   ["Saldo", "20", "-10", "-40", "-70"]]),
        ("p", "De reserve van het samenwerkingsverband bedraagt eind 2025 € 780.000 en blijft in de "
              "planperiode boven het vereiste weerstandsvermogen."),
        ("h1", "7 Monitoring en resultaten"),
        ("p", "Twee keer per jaar, in november en in mei, stelt het bureau de Monitor Passend Onderwijs op. Daarin "
              "staan het aantal toelaatbaarheidsverklaringen per school en per bestuur, de deelnamepercentages "
              "sbo en so ten opzichte van het landelijk gemiddelde, de doorlooptijd van aanvragen en de uitkomst "
              "van de jaarlijkse tevredenheidspeiling onder scholen en ouders. De monitor wordt besproken in het "
              "algemeen bestuur en in de OPR; in het jaarverslag rapporteren we de bereikte resultaten."),
        ("table", [["Kengetal (peildatum 1 oktober)", "2022", "2023", "2024", "Landelijk 2024"],
                   ["Deelnamepercentage sbo", "2,1%", "2,0%", "2,2%", "1,9%"],
                   ["Deelnamepercentage so", "1,8%", "1,9%", "1,9%", "1,7%"],
                   ["Aantal afgegeven TLV's", "96", "104", "99", "-"],
                   ["Gemiddelde doorlooptijd TLV (weken)", "7,2", "6,4", "5,9", "-"],
                   ["Tevredenheid ouders over procedure (1-10)", "6,9", "7,1", "7,3", "-"]]),
        ("p", "Beoogde resultaten: het algemeen bestuur stelt in het najaar van 2026 per ambitie meetbare "
              "streefwaarden vast. Deze worden in het jaarplan 2027 opgenomen."),
        ("h1", "8 Informatie en steun voor ouders"),
        ("p", "Op deze website vindt u onder 'Voor ouders' uitleg over de ondersteuning op de basisscholen, "
              "over arrangementen, het sbo en het so, en over de toelaatbaarheidsprocedure. Elke school "
              "beschrijft in de schoolgids welke ondersteuning zij biedt. Bij het Informatiepunt Passend "
              "Onderwijs van het samenwerkingsverband kunnen ouders op werkdagen van 9 tot 12 uur bellen of "
              "mailen met vragen; een medewerker legt uit welke mogelijkheden er zijn en verwijst zo nodig door. "
              "Elk voorjaar verschijnt de ouderkrant 'Passend in Waterland', die via alle scholen wordt "
              "verspreid."),
        ("p", "Wie onafhankelijk advies of steun zoekt, kan terecht bij het Ouder- en Jeugdsteunpunt Waterland. "
              "Het steunpunt is ondergebracht bij een stichting die los staat van de scholen en het "
              "samenwerkingsverband. Het helpt ouders en kinderen bij vragen en meningsverschillen, kan "
              "bemiddelen en gaat desgewenst mee naar school. Daarnaast kunnen ouders gratis advies vragen aan "
              "de Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend bij de "
              "landelijke klachtencommissie waarbij wij zijn aangesloten."),
    ]
    b += governance(d, 9) + medezeggenschap(d, 10) + oogo(d, 11, inhoud=False)
    b += [("p", "Over thuiszitters en leerlingen zonder passende plek werken we in 2026-2027 met de leerplichtambtenaren "
                "een gezamenlijke aanpak uit. Deze aanpak wordt na vaststelling aan dit plan toegevoegd.")]
    b += personeel(d, 12) + privacy(d, 13) + extern(d, 14) + planning(d, 15)
    b += begrippen([
        ["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen in het samenwerkingsverband "
                               "bieden, zoals een intern begeleider, een dyslexieprotocol en een "
                               "ondersteuningsteam."],
        ["Dekkend aanbod", "Het geheel van arrangementen en voorzieningen, van basis tot speciaal, zodat er "
                           "voor elk kind een passende plek is."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["Routekaart TLV", "Stappenplan voor de aanvraag van een toelaatbaarheidsverklaring."],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
    ], title="Begrippen")
    return b


# --------------------------------------------------------------------------- near miss: SWV jaarverslag
def nearmiss():
    b = [("title", ["Jaarverslag 2024", "Samenwerkingsverband Passend Onderwijs Eemvallei (PO 26-04)",
                    "Bestuursverslag en jaarrekening over het kalenderjaar 2024"]), ("pb",)]
    b.append(("toc", "Inhoud", [
        "Voorwoord", "1 Kerngegevens 2024", "2 Verslag over de doelen uit het ondersteuningsplan 2022-2026",
        "3 Toelaatbaarheid en terugplaatsing in cijfers", "4 Thuiszitters en dekkend aanbod",
        "5 Ouders en het ouder- en jeugdsteunpunt", "6 Verslag van de raad van toezicht",
        "7 Verslag van de ondersteuningsplanraad", "8 Financieel verslag 2024", "9 Continuïteitsparagraaf",
        "Bijlage: afkortingen"]))
    b.append(("pb",))
    b += [
        ("h1", "Voorwoord"),
        ("p", "Met dit jaarverslag leggen wij verantwoording af over het kalenderjaar 2024, het derde jaar van ons "
              "ondersteuningsplan 2022-2026. Het verslag is bestemd voor de aangesloten schoolbesturen, de "
              "ondersteuningsplanraad, de gemeenten, de inspectie en iedereen die wil weten wat we met de "
              "middelen voor passend onderwijs hebben gedaan. Het bevat het bestuursverslag en de jaarrekening, "
              "zoals voorgeschreven in de Regeling jaarverslaggeving onderwijs."),
        ("p", "2024 was een jaar van doorpakken. We hebben de nieuwe werkwijze van het Loket ingevoerd, de "
              "bovenmatige reserve afgebouwd en, samen met de gemeenten, een start gemaakt met het ouder- en "
              "jeugdsteunpunt. Tegelijk zagen we het aantal aanvragen voor speciaal onderwijs verder stijgen. In "
              "dit verslag leest u wat er goed ging en wat beter moet. Het nieuwe ondersteuningsplan voor "
              "2026-2030 wordt in 2025 geschreven; de ervaringen uit dit jaar nemen we daarin mee."),
        ("p", "Paul Verschuren, directeur-bestuurder, juni 2025"),
        ("h1", "1 Kerngegevens 2024"),
        ("p", "Bij het samenwerkingsverband zijn negen schoolbesturen aangesloten met samen 49 basisscholen, "
              "twee scholen voor speciaal basisonderwijs en drie so-locaties. Op 1 oktober 2024 telde het "
              "samenwerkingsverband 11.210 leerlingen in het basisonderwijs, 236 in het sbo en 218 in het so."),
        ("table", [["Kengetal", "2022", "2023", "2024"],
                   ["Leerlingen basisonderwijs", "11.480", "11.350", "11.210"],
                   ["Deelnamepercentage sbo", "2,0%", "2,0%", "2,1%"],
                   ["Deelnamepercentage so", "1,7%", "1,8%", "1,9%"],
                   ["Afgegeven TLV's", "88", "97", "112"],
                   ["Toegekende arrangementen", "312", "335", "361"],
                   ["Medewerkers bureau (fte)", "11,2", "11,8", "12,4"]]),
        ("h1", "2 Verslag over de doelen uit het ondersteuningsplan 2022-2026"),
        ("p", "In het ondersteuningsplan 2022-2026 staan vijf doelen. Hieronder rapporteren we per doel over de "
              "activiteiten in 2024 en de stand van zaken."),
        ("h2", "2.1 Alle scholen bieden de basisondersteuning"),
        ("p", "In 2024 zijn 17 scholen geaudit op de standaarden basisondersteuning. Vijftien scholen voldeden "
              "aan alle standaarden; twee scholen hebben een verbeterplan opgesteld, onder meer voor de inzet van "
              "de intern begeleider. Het doel van 100 procent in 2026 lijkt haalbaar."),
        ("h2", "2.2 Snellere toewijzing"),
        ("p", "De gemiddelde doorlooptijd van een TLV-aanvraag daalde van 7,4 weken in 2023 naar 6,1 weken in "
              "2024. Het doel van zes weken is daarmee bijna bereikt. De daling komt vooral door de digitale "
              "aanvraag en door extra capaciteit bij de deskundigen."),
        ("h2", "2.3 Minder thuiszitters"),
        ("p", "Op 31 december 2024 zaten er 9 leerlingen langer dan vier weken thuis, tegen 14 een jaar eerder. "
              "Het doel (nul thuiszitters langer dan drie maanden) is nog niet bereikt: drie leerlingen zitten "
              "langer dan drie maanden thuis, alle drie met complexe psychiatrische problematiek."),
        ("h2", "2.4 Meer leerlingen terug naar regulier"),
        ("p", "In 2024 zijn 13 leerlingen vanuit het sbo en 4 vanuit het so teruggeplaatst naar een reguliere "
              "basisschool. Dat is meer dan in 2023 (10 en 2). Van de leerlingen die in 2023 werden "
              "teruggeplaatst, zat na een jaar 88 procent nog op de reguliere school."),
        ("h2", "2.5 Tevreden ouders"),
        ("p", "De tevredenheidspeiling onder ouders die in 2024 te maken hadden met een aanvraag, leverde een "
              "gemiddeld rapportcijfer op van 7,2 (2023: 6,8). Ouders waarderen vooral de bereikbaarheid van het "
              "Loket; de informatie over de procedure kan duidelijker."),
        ("h1", "3 Toelaatbaarheid en terugplaatsing in cijfers"),
        ("table", [["Besluiten 2024", "sbo", "so laag", "so midden", "so hoog"],
                   ["Nieuwe TLV's", "61", "38", "7", "6"],
                   ["Verlengingen", "12", "29", "4", "5"],
                   ["Afgewezen aanvragen", "3", "2", "0", "0"],
                   ["Bezwaarschriften", "1", "1", "0", "0"]]),
        ("p", "Beide bezwaarschriften zijn voorgelegd aan de Landelijke Bezwaaradviescommissie; in beide gevallen "
              "is het bezwaar ongegrond verklaard. De Commissie van Toelaatbaarheid vergaderde in 2024 22 keer."),
        ("h1", "4 Thuiszitters en dekkend aanbod"),
        ("p", "In 2024 is de observatiegroep in Eemdorp uitgebreid van 8 naar 12 plaatsen. De wachtlijst voor so "
              "cluster 4 bleef een probleem: gemiddeld wachtten leerlingen 11 weken op een plek. Met de "
              "gemeenten is in het OOGO van november 2024 afgesproken dat in 2025 een onderwijs-zorggroep start. "
              "De thuiszitterstafel kwam elf keer bijeen en besprak 31 leerlingen."),
        ("h1", "5 Ouders en het ouder- en jeugdsteunpunt"),
        ("p", "Per 1 september 2024 is het ouder- en jeugdsteunpunt Eemvallei van start gegaan als pilot, "
              "uitgevoerd door een onafhankelijke stichting. In de eerste vier maanden kwamen 47 vragen binnen, "
              "vooral over de aanvraag van een TLV en over de communicatie met school. De ouderpagina op de "
              "website werd 6.200 keer bezocht. Er is één klacht ingediend bij het samenwerkingsverband; die is "
              "in onderling overleg opgelost."),
        ("h1", "6 Verslag van de raad van toezicht"),
        ("p", "De raad van toezicht vergaderde in 2024 zes keer, waarvan één keer met de OPR. Belangrijke "
              "onderwerpen waren de afbouw van de reserve, de ontwikkeling van het aantal TLV's, de "
              "voorbereiding van het nieuwe ondersteuningsplan en de werving van een nieuw lid met financiële "
              "expertise. De raad keurde de jaarrekening 2023 en de begroting 2025 goed. De auditcommissie "
              "sprak twee keer met de accountant. De leden ontvingen een vergoeding conform de WNT-normen."),
        ("h1", "7 Verslag van de ondersteuningsplanraad"),
        ("p", "De OPR vergaderde in 2024 vijf keer. De OPR gaf advies over de begroting 2025 en instemming op een "
              "wijziging van het ondersteuningsplan over het verdeelmodel. Twee nieuwe leden namens ouders "
              "werden verwelkomd. De OPR volgde een scholing over het schrijven van een nieuw "
              "ondersteuningsplan en sprak met de inspectie tijdens het vierjaarlijks onderzoek."),
        ("h1", "8 Financieel verslag 2024"),
        ("p", "Het boekjaar 2024 sloot met een negatief resultaat van € 612.000, tegen een begroot tekort van "
              "€ 700.000. Het negatieve resultaat was gepland in het kader van de afbouw van de bovenmatige "
              "reserve."),
        ("table", [["x € 1.000", "Realisatie 2024", "Begroting 2024", "Realisatie 2023"],
                   ["Rijksbijdragen", "10.840", "10.610", "10.120"],
                   ["Afdrachten sbo en so", "5.420", "5.300", "5.010"],
                   ["Doorbetaling aan besturen", "3.960", "4.010", "3.890"],
                   ["Arrangementen en voorzieningen", "1.320", "1.250", "1.140"],
                   ["Personeel en bureau", "752", "750", "701"],
                   ["Resultaat", "-612", "-700", "-621"]]),
        ("p", "De algemene reserve bedroeg op 31 december 2024 € 1,31 miljoen. De accountant heeft een "
              "goedkeurende controleverklaring afgegeven, zowel voor de getrouwheid als voor de rechtmatigheid."),
        ("h1", "9 Continuïteitsparagraaf"),
        ("p", "Voor de jaren 2025 tot en met 2027 verwachten we een licht dalend leerlingaantal en daarmee "
              "dalende baten. De personele bezetting van het bureau blijft gelijk. De belangrijkste risico's zijn "
              "de stijging van het aantal leerlingen in het so en de onzekerheid over de landelijke bekostiging. "
              "Het bestuur heeft een risicoanalyse opgesteld; het benodigde weerstandsvermogen bedraagt "
              "€ 640.000. Het interne risicobeheersings- en controlesysteem is in 2024 verder verbeterd."),
        ("h1", "Bijlage: afkortingen"),
        ("table", [["Afkorting", "Betekenis"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                   ["OPR", "Ondersteuningsplanraad"], ["TLV", "Toelaatbaarheidsverklaring"],
                   ["WNT", "Wet normering topinkomens"]]),
    ]
    return b


# --------------------------------------------------------------------------- main
def main():
    jobs = [
        ("po-rivierenland-west-2026.docx", plan1, "docx",
         "Ondersteuningsplan 2026-2030 · SWV Rivierenland-West · basisondersteuning, toelaatbaarheid, "
         "terugplaatsing, resultaten, ouders"),
        ("vo-kust-en-duin-2026.pdf", plan2, "pdf", "SWV VO Kust en Duin · Ondersteuningsplan 2026-2030"),
        ("po-heuvelrand-2026.pdf", plan3, "pdf",
         "Ondersteuningsplan De Heuvelrand · terugplaatsing · verdeelmodel · monitoring · informatie aan ouders"),
        ("vo-ijssel-stedenband-2026.docx", plan4, "docx",
         "Koersplan passend onderwijs · Financieel kader · Ouders en leerlingen · Toelaatbaarheid"),
        ("po-waterland-oost-2026.html", plan5, "html", None),
        ("nm-jaarverslag-eemvallei-2024.docx", nearmiss, "docx",
         "Jaarverslag 2024 · Samenwerkingsverband Passend Onderwijs Eemvallei"),
    ]
    for name, fn, fmt, header in jobs:
        blocks = fn()
        path = OUT / name
        if fmt == "docx":
            _docx(blocks, path, header=header, footer="Pagina-indeling: concept voor OPR en OOGO")
        elif fmt == "pdf":
            _pdf(blocks, path, header=header, footer="Ondersteuningsplan · versie ter instemming OPR")
        else:
            _html(blocks, path, title="Ondersteuningsplan 2026-2030 | SWV Waterland-Oost",
                  banner="SWV Passend Primair Onderwijs Waterland-Oost",
                  nav=["Home", "Voor ouders", "Basisondersteuning", "Toelaatbaarheid", "Terugplaatsing",
                       "Dekkend aanbod", "Financiën", "Resultaten", "Contact"])
        print(f"{name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
