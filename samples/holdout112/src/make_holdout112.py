#!/usr/bin/env python3
"""Generate the holdout112 sample set: five fictional ondersteuningsplannen (PO/VO) and one near-miss,
each with a <name>.expected.yaml label file. Deterministic, no network. Run: python3 src/make_holdout112.py"""
import html
import re

from docx import Document
from docx.shared import Pt


# ----------------------------------------------------------------------------- renderers

def write_docx(blocks, path, header_text):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | pagina"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
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
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_html(blocks, path, title, header_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title),
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "header{color:#777;font-size:small}</style>",
           "</head>", "<body>", "<header>%s</header>" % e(header_text)]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<div class="titelpagina">')
            out.append("<h1>%s</h1>" % e(b[1][0]))
            for line in b[1][1:]:
                out.append('<p class="sub">%s</p>' % e(line))
            out.append("</div>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            for line in b[1]:
                out.append("<li>%s</li>" % e(line))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            for it in b[1]:
                out.append("<li>%s</li>" % e(it))
            out.append("</%s>" % kind)
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out.append("<footer>%s</footer>" % e(header_text))
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out += ["", *b[1][1:], ""]
        elif kind == "toc":
            out += ["## Inhoud", ""] + ["- " + l for l in b[1]] + [""]
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "title", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


def toc_from(blocks, extra=()):
    """Numbered TOC lines from the h1 headings (headings are already numbered)."""
    lines = [b[1] for b in blocks if b[0] == "h1"]
    return lines + list(extra)


# ----------------------------------------------------------------------------- filler
# ctx keys: naam, kort, code, periode, gemeenten (list), nscholen, nlocaties, nbesturen,
#           nleerlingen, sector ("po"/"vo"), db (directeur-bestuurder), opr_datum, oogo_datum,
#           ab_datum, plaats (seat of the office)

def _scholen(ctx):
    return "basisscholen" if ctx["sector"] == "po" else "scholen voor voortgezet onderwijs"


def voorwoord(ctx, noem_ouders=True):
    s = _scholen(ctx)
    mee = ("intern begeleiders, directeuren, leerkrachten, ouders uit de ondersteuningsplanraad en collega's "
           "van de gemeenten" if noem_ouders else
           "ondersteuningscoördinatoren, zorgcoördinatoren, schoolleiders en collega's van de gemeenten")
    return [
        ("h1", "1. Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Het is alweer het derde plan sinds passend "
              "onderwijs in 2014 van start ging. We hebben het niet achter het bureau geschreven, maar samen met "
              "de mensen die het elke dag waar moeten maken: %s. Tijdens vier werksessies in het najaar van 2024 "
              "hebben zij meegelezen, geschrapt en aangevuld. Daar zijn we hen dankbaar voor." % (ctx["periode"], ctx["naam"], mee)),
        ("p", "De afgelopen planperiode was geen gewone periode. Eerst de nasleep van de coronajaren, daarna het "
              "lerarentekort dat vooral de kleinere %s in ons gebied hard raakte. Sommige scholen hebben weken "
              "gehad waarin groepen naar huis moesten. Tegelijk zagen we veel moois: teams die samen een "
              "arrangement bedachten voor een leerling die nergens anders leek te passen, %s"
              "en scholen die elkaar hielpen als het even niet ging." % (s, "ouders die meedachten en meewerkten, " if noem_ouders else "consulenten die snel schakelden, ")),
        ("p", "We willen dat dit plan een werkdocument is en geen boekwerk voor in de kast. Waar het kon, hebben "
              "we gewone woorden gebruikt en geen beleidstaal. Niet alles is tot in detail uitgewerkt; sommige "
              "dingen regelen we in het jaarplan, omdat de wereld om ons heen snel verandert. De middelen die we "
              "krijgen zijn niet eindeloos en de vraag naar ondersteuning groeit. Dat vraagt om keuzes, en die "
              "keuzes maken we liever samen dan alleen."),
        ("p", "Ik wens iedereen die met dit plan aan de slag gaat veel plezier en wijsheid. Laten we vooral blijven "
              "kijken naar wat een kind nodig heeft, en minder naar wat er op papier staat."),
        ("p", "%s, directeur-bestuurder, %s" % (ctx["db"], ctx["plaats"])),
    ]


def regio(ctx, nr, met_percentages):
    gem = ctx["gemeenten"]
    rows = [["Gemeente", "Aantal schoollocaties", "Leerlingen (1 oktober 2024)"]]
    verdeling = ctx["verdeling_locaties"]
    for g, (n, l) in zip(gem, verdeling):
        rows.append([g, str(n), l])
    rows.append(["Totaal", str(ctx["nlocaties"]), ctx["nleerlingen"]])
    blocks = [
        ("h1", "%d. Onze regio" % nr),
        ("p", "Ons samenwerkingsverband %s (%s) omvat de gemeenten %s. Het is een gebied met %s. In totaal gaan "
              "er ongeveer %s leerlingen naar een van de %d scholen (%d locaties) van %d schoolbesturen. Het "
              "kantoor van het samenwerkingsverband staat in %s." % (
                  ctx["kort"], ctx["code"], ", ".join(gem[:-1]) + " en " + gem[-1], ctx["gebied"],
                  ctx["nleerlingen"], ctx["nscholen"], ctx["nlocaties"], ctx["nbesturen"], ctx["plaats"])),
        ("table", rows),
        ("p", "Het leerlingaantal daalt al jaren langzaam. Volgens de prognose van de gemeenten hebben we in 2029 "
              "ongeveer %s minder leerlingen dan nu. In de dorpen is dat goed te merken: scholen worden kleiner, "
              "combinatieklassen worden groter en een aantal besturen denkt na over samenvoegen. Voor passend "
              "onderwijs betekent dat iets: een kleine school heeft minder collega's om op terug te vallen als "
              "een leerling veel vraagt." % ctx["krimp"]),
        ("p", "De besturen in ons verband verschillen sterk in grootte. Het grootste bestuur heeft meer dan twintig "
              "scholen, het kleinste één. Ook de denominaties verschillen: openbaar, protestants-christelijk, "
              "katholiek en algemeen bijzonder onderwijs werken in het samenwerkingsverband gewoon samen."),
    ]
    if met_percentages:
        blocks.append(("p", "Het aandeel leerlingen in het speciaal (basis)onderwijs lag op 1 oktober 2024 op %s. "
                            "Dat is %s het landelijk gemiddelde." % (ctx["deelname"], ctx["deelname_vgl"])))
    return blocks


def visie(ctx, nr):
    return [
        ("h1", "%d. Waar we voor staan: missie en visie" % nr),
        ("p", "Onze missie is kort: elk kind in onze regio gaat naar school, het liefst dichtbij huis, en krijgt "
              "daar wat het nodig heeft om zich te ontwikkelen. Dat klinkt eenvoudig, maar het vraagt veel van "
              "scholen, van ouders en van iedereen die om een kind heen staat."),
        ("p", "We geloven dat de meeste kinderen het best op hun plek zijn op een gewone school in hun eigen dorp "
              "of wijk, tussen kinderen die ze ook na schooltijd zien. Speciaal onderwijs is er voor kinderen die "
              "het echt nodig hebben, en dan moet het ook goed geregeld zijn. We kijken niet naar etiketten of "
              "diagnoses, maar naar wat een kind nodig heeft en wat de leerkracht nodig heeft om dat te bieden."),
        ("p", "Vier woorden staan centraal in ons werk: dichtbij, samen, eenvoudig en eerlijk. Dichtbij, omdat "
              "ondersteuning zo dicht mogelijk bij het kind en de klas moet plaatsvinden. Samen, omdat geen school "
              "het alleen kan. Eenvoudig, omdat we geen ingewikkelde procedures en formulieren willen. En eerlijk, "
              "omdat we zeggen wat we wel en niet kunnen, ook tegen ouders."),
        ("p", "In de vorige periode hebben we gemerkt dat deze woorden niet vanzelf in de praktijk landen. Een "
              "leerkracht met dertig kinderen in een combinatiegroep heeft andere dingen aan zijn hoofd dan onze "
              "visie. Daarom willen we de komende jaren vooral laten zien wat de visie betekent op de werkvloer. "
              "Dat doen we met voorbeelden, met werkbezoeken en door te luisteren naar wat scholen tegenkomen."),
        ("p", "Onze ambities voor de planperiode hebben we samengevat in vier speerpunten: sterke basis op elke "
              "school, snelle hulp als het nodig is, goede samenwerking met jeugdhulp en minder bureaucratie. "
              "Deze speerpunten komen in de hoofdstukken hierna terug."),
    ]


def organisatie(ctx, nr):
    return [
        ("h1", "%d. Organisatie en bestuur" % nr),
        ("p", "Het samenwerkingsverband is een stichting. Alle %d schoolbesturen zijn aangesloten. De stichting "
              "werkt met een raad van toezicht en een directeur-bestuurder. De besturen vormen samen de algemene "
              "vergadering, die onder meer het ondersteuningsplan en de jaarrekening goedkeurt. Zo is er een "
              "duidelijke scheiding tussen besturen en toezicht houden." % ctx["nbesturen"]),
        ("p", "De raad van toezicht bestaat uit vijf leden. Twee leden worden voorgedragen door de schoolbesturen, "
              "drie zijn onafhankelijk. De raad vergadert minstens vier keer per jaar en heeft een auditcommissie "
              "en een remuneratiecommissie. De directeur-bestuurder legt verantwoording af aan de raad van "
              "toezicht."),
        ("p", "Naast de formele overleggen is er een directeurenoverleg per gemeente en een netwerk van intern "
              "begeleiders dat zes keer per jaar bij elkaar komt. In die netwerken worden veel praktische zaken "
              "besproken: nieuwe methodes, ervaringen met aanvragen en casussen waar scholen op vastlopen. Het "
              "samenwerkingsverband faciliteert deze netwerken maar is er niet de baas."),
        ("p", "De statuten bevatten een geschillenregeling voor conflicten tussen besturen onderling of tussen een "
              "bestuur en het samenwerkingsverband. In de afgelopen periode is die regeling niet gebruikt."),
    ]


def opr(ctx, nr, met_ouderrol):
    blocks = [("h1", "%d. Medezeggenschap: de ondersteuningsplanraad" % nr)]
    if met_ouderrol:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR bestaat uit "
                            "%d leden: de helft ouders en de helft medewerkers van de scholen. Zij worden "
                            "afgevaardigd door de medezeggenschapsraden van de scholen. Ouders in de OPR brengen "
                            "de ervaringen van andere ouders in; daarvoor houdt de OPR twee keer per jaar een "
                            "achterbanavond." % ctx["opr_leden"]))
    else:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen "
                            "ervan. De OPR is op verschillende momenten bij het schrijfproces betrokken."))
    blocks += [
        ("p", "De OPR heeft in het schrijfproces twee keer een conceptversie besproken en veel vragen gesteld, "
              "onder meer over de bereikbaarheid van het bureau en over de planning. Op %s heeft de OPR "
              "ingestemd met dit ondersteuningsplan. Daarna heeft de directeur-bestuurder het plan op %s "
              "vastgesteld, na goedkeuring door de raad van toezicht." % (ctx["opr_datum"], ctx["ab_datum"])),
        ("p", "De OPR krijgt ondersteuning van een ambtelijk secretaris en heeft een eigen scholingsbudget. In het "
              "reglement staat hoe de leden worden gekozen en hoe lang ze zitting hebben."),
    ]
    return blocks


def oogo(ctx, nr, met_inhoud, ouders_in_oza=True):
    gem = ctx["gemeenten"]
    blocks = [
        ("h1", "%d. Samenwerking met gemeenten" % nr),
        ("p", "Het concept van dit plan is op %s besproken in het op overeenstemming gericht overleg (OOGO) met "
              "de wethouders onderwijs en jeugd van %s. Het overleg is met overeenstemming afgerond; de "
              "gemeenten hebben hun reactie schriftelijk bevestigd. Ook met het samenwerkingsverband %s, "
              "waarvan het gebied het onze overlapt, is het plan besproken." % (
                  ctx["oogo_datum"], ", ".join(gem[:-1]) + " en " + gem[-1], ctx["partner_swv"])),
    ]
    if met_inhoud:
        blocks += [
            ("p", "Met de gemeenten werken we samen aan een gezamenlijke agenda. Daarin staan afspraken over "
                  "jeugdhulp op school, over leerlingenvervoer en over de aansluiting tussen onderwijs en de "
                  "lokale teams. Elke school heeft een vaste contactpersoon van het lokale team, die in het "
                  "ondersteuningsteam aanschuift wanneer dat nodig is. Voor kinderen die zowel onderwijs als "
                  "zorg nodig hebben, maken we onderwijs-zorgarrangementen waarin school en jeugdhulp%s "
                  "samen afspreken wie wat doet en wie wat betaalt." % (" en ouders" if ouders_in_oza else "")),
            ("p", "Twee keer per jaar is er een bestuurlijk overleg met de wethouders. Ambtelijk is er iedere zes "
                  "weken contact. De gemeenten en het samenwerkingsverband financieren samen een pilot met "
                  "jeugdhulp in de klas op vier scholen; die pilot loopt tot de zomer van 2026."),
        ]
    else:
        blocks.append(("p", "Het OOGO wordt eens per vier jaar gevoerd, bij een nieuw plan. Tussentijds is er "
                            "contact wanneer een van de partijen daar aanleiding voor ziet."))
    return blocks


def personeel(ctx, nr):
    return [
        ("h1", "%d. Personeel en professionalisering" % nr),
        ("p", "Het bureau van het samenwerkingsverband is klein. Er werken %s mensen (samen %s fte): de "
              "directeur-bestuurder, ondersteuningscoördinatoren, orthopedagogen, een beleidsmedewerker, een "
              "controller (ingehuurd) en het secretariaat. De ondersteuningscoördinatoren en orthopedagogen "
              "werken het grootste deel van hun tijd op en rond de scholen." % (ctx["bureau_n"], ctx["bureau_fte"])),
        ("p", "Voor de scholen is het lerarentekort de grootste zorg. Invallers zijn moeilijk te vinden en "
              "onbevoegde krachten hebben extra begeleiding nodig. Het samenwerkingsverband kan dit probleem niet "
              "oplossen, maar helpt wel: we bieden een leergang 'Omgaan met verschillen' voor startende "
              "leerkrachten, we organiseren intervisie voor intern begeleiders en we delen kennis via korte "
              "webinars van een half uur."),
        ("p", "Scholing kiezen we op basis van wat scholen vragen. In 2024 waren dat vooral gedrag in de klas, "
              "jonge kinderen met een taalachterstand en het werken met groepsplannen in combinatieklassen. "
              "Deze onderwerpen blijven de komende jaren in het aanbod. Het personeel van het bureau volgt zelf "
              "ook scholing, onder meer over de nieuwe wetgeving en over gespreksvoering met ouders."),
        ("p", "Werkdruk is bij scholen en bij het bureau een terugkerend onderwerp. We willen formulieren "
              "beperken en vragen niets aan scholen wat we al weten of elders kunnen vinden."),
    ]


def privacy(ctx, nr):
    return [
        ("h1", "%d. Privacy en ICT" % nr),
        ("p", "Het samenwerkingsverband werkt met gevoelige gegevens van kinderen. We houden ons aan de AVG. Er "
              "is een privacyreglement en een functionaris gegevensbescherming, die we delen met twee andere "
              "samenwerkingsverbanden. Gegevens worden alleen gedeeld als dat nodig is voor de ondersteuning "
              "van een leerling, en dan zo weinig mogelijk."),
        ("p", "Aanvragen en dossiers lopen via een beveiligde digitale omgeving. E-mail gebruiken we niet voor "
              "dossiers. Dossiers bewaren we niet langer dan nodig; de wettelijke bewaartermijn van drie jaar na "
              "een besluit houden we aan. Medewerkers van het bureau tekenen een geheimhoudingsverklaring."),
        ("p", "In 2025 stappen we over op een nieuw registratiesysteem, omdat de leverancier van het huidige "
              "systeem ermee stopt. Scholen krijgen daarvoor een korte training. Tot de overstap blijft de oude "
              "werkwijze gelden."),
    ]


def planning(ctx, nr, met_resultaatcyclus):
    blocks = [
        ("h1", "%d. Planning en jaarcyclus" % nr),
        ("p", "Dit plan geldt van 1 augustus %s tot en met 31 juli %s. Elk jaar werken we het plan uit in een "
              "jaarplan met een jaarbegroting. Het jaarplan beschrijft welke activiteiten we dat jaar doen en wie "
              "daarvoor verantwoordelijk is." % (ctx["periode"][:4], ctx["periode"][-4:])),
    ]
    if met_resultaatcyclus:
        blocks.append(("p", "In het jaarverslag kijken we terug op wat we gedaan hebben en wat het heeft "
                            "opgeleverd. Het jaarverslag verschijnt voor 1 juli en wordt met de OPR en de algemene "
                            "vergadering besproken."))
    blocks += [
        ("p", "Wijzigingen in dit plan tijdens de planperiode leggen we ter instemming voor aan de OPR. Kleine "
              "aanpassingen, zoals nieuwe namen of adressen, verwerken we zonder nieuwe procedure."),
        ("table", [["Wanneer", "Wat"],
                   ["september", "start jaarplan, netwerkbijeenkomst intern begeleiders"],
                   ["oktober", "teldatum leerlingen (1 oktober)"],
                   ["december", "jaarbegroting volgend kalenderjaar vastgesteld"],
                   ["maart", "gesprekken met schoolbesturen"],
                   ["juni", "jaarverslag en jaarrekening vorig jaar"]]),
    ]
    return blocks


def begrippen(nr, termen):
    rows = [["Begrip", "Betekenis"]] + [list(t) for t in termen]
    return [("h1", "Bijlage %d. Begrippenlijst" % nr), ("table", rows)]

# ============================================================================ plan A (PO, docx)
CTX_A = dict(
    naam="Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Beek", kort="De Brede Beek",
    code="PO 31-12", periode="2025-2029", gemeenten=["Oldenhove", "Rietveen", "Brakel-Linge"],
    verdeling_locaties=[(17, "2.310"), (12, "1.480"), (9, "1.105")], nscholen=33, nlocaties=38,
    nbesturen=7, nleerlingen="4.895", sector="po", db="Marijke ten Hove", opr_datum="18 maart 2025",
    oogo_datum="4 februari 2025", ab_datum="25 maart 2025", plaats="Rietveen",
    gebied="veel kleine dorpen, akkerbouw en veeteelt en één middelgrote kern", krimp="8 procent",
    deelname="2,6 procent (sbo 1,5 en so 1,1)", deelname_vgl="iets boven", opr_leden=8,
    partner_swv="VO De Brede Beek-Linge", bureau_n="elf", bureau_fte="7,8",
)


def plan_a():
    c = CTX_A
    body = []
    body += voorwoord(c)
    body += regio(c, 2, True)
    body += visie(c, 3)
    body += [
        ("h1", "4. Wat elke school biedt: de basisondersteuning"),
        ("p", "In het voorjaar van 2024 hebben de intern begeleiders en directeuren van alle 33 scholen samen "
              "afgesproken wat een kind op elke school van De Brede Beek mag verwachten, zonder dat daar een "
              "aanvraag of formulier voor nodig is. Dat noemen we de basisondersteuning. Het is een ondergrens: "
              "geen enkele locatie mag eronder zitten, ook niet de kleinste dorpsschool met veertig leerlingen. "
              "Scholen mogen wel meer doen; dat staat dan in hun eigen ondersteuningsprofiel."),
        ("p", "De afspraken zijn in de tabel hieronder samengevat. Ze gelden voor alle 38 locaties vanaf 1 augustus "
              "2025."),
        ("table", [["Onderdeel", "Wat u op elke school mag verwachten"],
                   ["Intern begeleider", "Elke locatie heeft een intern begeleider met minimaal een halve dag per week per 100 leerlingen, die bereikbaar is voor ouders en leerkrachten."],
                   ["Leerlingvolgsysteem", "Alle kinderen worden twee keer per jaar gevolgd op taal, lezen en rekenen en één keer per jaar op sociaal-emotionele ontwikkeling."],
                   ["Groepsbesprekingen", "Drie keer per jaar bespreekt de leerkracht met de IB'er elk kind in de groep; wie extra aandacht nodig heeft krijgt een plan."],
                   ["Lezen en dyslexie", "Elke school werkt met het protocol leesproblemen en dyslexie, biedt extra leestijd en regelt het traject naar vergoed dyslexieonderzoek."],
                   ["Rekenen en dyscalculie", "Elke school werkt met het protocol ernstige rekenproblemen en biedt verlengde instructie in de groep."],
                   ["Gedrag", "Elke school heeft een aanpak voor een veilig klimaat (bijvoorbeeld PBS of Kanjertraining) en een pestprotocol; een leerkracht kan binnen twee weken een collega of de gedragsspecialist van het SWV laten meekijken."],
                   ["Meer- en hoogbegaafdheid", "Elke school signaleert met een vast instrument en biedt verrijkingsstof in de groep; deelname aan de bovenschoolse plusgroep is mogelijk vanaf groep 5."],
                   ["Taal en NT2", "Elke school heeft een aanpak voor kinderen die Nederlands als tweede taal leren, inclusief de eerste opvang van nieuwkomers."],
                   ["Medische zorg", "Elke school heeft een protocol medisch handelen en gebruik van medicijnen."],
                   ["Ondersteuningsteam", "Elke school heeft een ondersteuningsteam (IB'er, directeur, jeugdverpleegkundige, lokaal team, ondersteuningscoördinator van het SWV) dat minimaal zes keer per jaar bijeenkomt; ouders zijn bij de bespreking van hun kind aanwezig."],
                   ]),
        ("p", "Wanneer een kind meer nodig heeft dan dit, spreken we van extra ondersteuning. De school bespreekt "
              "het kind dan in het ondersteuningsteam en kan een arrangement aanvragen (zie hoofdstuk 5)."),
        ("h2", "4.1 Hoe we erop letten dat het klopt"),
        ("p", "Elk voorjaar vult iedere school de kwaliteitskaart basisondersteuning in. De ondersteuningscoördinator "
              "bespreekt de kaart met de directeur en de IB'er en bezoekt daarvoor ook een groep. Als een school op "
              "een onderdeel onder de afspraak zit, maakt de school binnen drie maanden een verbeterplan. Het "
              "samenwerkingsverband kan daarvoor tijdelijk extra begeleiding inzetten. Lukt het na een jaar nog "
              "niet, dan gaat de directeur-bestuurder in gesprek met het schoolbestuur."),
    ]
    body += [
        ("h1", "5. Extra ondersteuning en arrangementen"),
        ("p", "Niet elk kind kan met de basisondersteuning uit de voeten. Daarom kennen we een trap van "
              "ondersteuning. Hoe hoger op de trap, hoe specialistischer de hulp en hoe verder van de eigen groep. "
              "We proberen altijd zo laag mogelijk op de trap te blijven."),
        ("table", [["Trede", "Wat", "Waar", "Wie beslist"],
                   ["1", "Basisondersteuning", "Op elke school", "De school"],
                   ["2", "Schoolarrangement: extra handen, een specialist of materialen in de eigen groep", "Op de eigen school", "Ondersteuningsteam van de school, budget SWV"],
                   ["3", "Bovenschools arrangement: Taalklas Rietveen (nieuwkomers), plusgroep De Uitdaging (hoogbegaafde kinderen, één dag per week), observatiegroep De Kiem (jonge kinderen, maximaal 16 weken)", "Op drie locaties in de regio", "Arrangementencommissie SWV"],
                   ["4", "Speciaal basisonderwijs", "SBO De Wegwijzer in Oldenhove", "SWV (TLV)"],
                   ["5", "Speciaal onderwijs cluster 3 en 4", "SO De Linde (cluster 3) in Rietveen; cluster 4 buiten de regio (De Horizon, Zwolle-Zuid)", "SWV (TLV)"],
                   ]),
        ("p", "Een schoolarrangement vraagt de school aan bij het ondersteuningsteam. De ondersteuningscoördinator "
              "van het SWV zit in dat team en kan direct besluiten tot een arrangement van maximaal 40 uur "
              "begeleiding. Voor de bovenschoolse arrangementen is er een arrangementencommissie die elke twee "
              "weken vergadert. Alle arrangementen worden na uiterlijk een half jaar geëvalueerd met ouders en school."),
        ("p", "Kinderen die naast onderwijs ook zorg nodig hebben, bijvoorbeeld kinderen met een ernstige "
              "meervoudige beperking, kunnen een onderwijs-zorgarrangement krijgen. Zo'n arrangement stellen "
              "school, ouders, jeugdhulp en het SWV samen op. Het onderwijsdeel betaalt het SWV, het zorgdeel de "
              "gemeente."),
    ]
    body += [
        ("h1", "6. Naar het speciaal basisonderwijs of speciaal onderwijs"),
        ("p", "Soms is een gewone basisschool, ook met extra hulp, niet de goede plek. Dan kan een kind naar het "
              "speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). Daarvoor is een "
              "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
        ("h2", "6.1 Hoe gaat een aanvraag?"),
        ("ol", ["De school bespreekt het kind in het ondersteuningsteam, samen met de ouders. Daar wordt de vraag gesteld of een andere school beter past.",
                "Als het team dat denkt, vult de school het groeidocument aan: wat is geprobeerd, wat werkte wel en niet, wat heeft het kind nodig. De ouders schrijven hun eigen mening erbij.",
                "Het schoolbestuur van de school waar het kind staat ingeschreven dient de aanvraag in via het digitale loket van het SWV.",
                "Twee deskundigen beoordelen de aanvraag los van elkaar: altijd een orthopedagoog of psycholoog, en daarnaast, afhankelijk van het kind, een maatschappelijk werker, arts of kinderpsychiater. Zij zijn niet eerder bij het kind betrokken geweest en schrijven ieder een eigen advies.",
                "De commissie toelaatbaarheid van het SWV neemt binnen zes weken na ontvangst van een volledige aanvraag een besluit. Ouders en school krijgen het besluit en beide adviezen schriftelijk.",
                "Bij spoed, bijvoorbeeld als een kind dreigt thuis te komen zitten, kan de commissie binnen tien werkdagen een tijdelijke TLV afgeven."]),
        ("h2", "6.2 Wanneer is een kind toelaatbaar?"),
        ("p", "De commissie geeft een TLV voor het sbo als aan alle drie de volgende voorwaarden is voldaan: de "
              "basisschool heeft minimaal een half jaar een arrangement (trede 2 of 3) ingezet en geëvalueerd; het "
              "kind heeft een ondersteuningsbehoefte op meerdere gebieden tegelijk (leren en gedrag, of leren en "
              "sociaal-emotioneel), waardoor het in een groep van 25 of meer kinderen niet tot ontwikkeling komt; "
              "en de deskundigen verwachten dat het kind in een kleine groep met specialistische begeleiding wel "
              "vooruitgaat."),
        ("p", "Voor het so cluster 3 kijkt de commissie of het kind een verstandelijke, lichamelijke of langdurige "
              "ziekte heeft waardoor het de leerlijnen van het basisonderwijs niet kan volgen, ook niet met "
              "aanpassingen, of waardoor het intensieve verzorging nodig heeft die een basisschool niet kan geven. "
              "Voor cluster 4 gaat het om kinderen met ernstige gedrags- of psychiatrische problemen, waarbij "
              "behandeling en onderwijs gecombineerd moeten worden en een veilige groep van maximaal twaalf "
              "kinderen nodig is. De commissie kent dan ook een bekostigingscategorie toe (laag, midden of hoog), "
              "op basis van de verzorging en begeleiding die het kind nodig heeft."),
        ("h2", "6.3 Hoe lang geldt een TLV?"),
        ("p", "Een TLV voor het sbo geldt twee schooljaren, een TLV voor het so drie schooljaren. Voor kinderen bij "
              "wie duidelijk is dat de situatie niet verandert, bijvoorbeeld bij een ernstige meervoudige "
              "beperking, geven we een TLV tot het einde van de basisschoolperiode."),
        ("h2", "6.4 Na de TLV: weer terug naar een gewone school"),
        ("p", "Een TLV is geen eindstation. Wij vinden dat een kind dat in het sbo of so weer sterker is geworden, "
              "zo snel als verantwoord terug moet kunnen naar een basisschool, het liefst in het eigen dorp. "
              "Terugkeer is geen doel op zich: het moet voor het kind beter zijn. Voorwaarden zijn dat het kind "
              "in het laatste jaar in de groep zelfstandig aan de leerdoelen werkt die passen bij het "
              "ontwikkelingsperspectief, en dat er een basisschool is die met steun van het SWV kan bieden wat "
              "het kind nog nodig heeft."),
        ("p", "De speciale school bespreekt elk jaar in mei het ontwikkelingsperspectief met de ouders. Uiterlijk "
              "zes maanden voordat de TLV afloopt, organiseert de speciale school een terugkeergesprek met ouders, "
              "de ondersteuningscoördinator van het SWV en, als die al in beeld is, de ontvangende basisschool. "
              "In dat gesprek wordt besloten of het kind teruggaat, of dat de speciale school een nieuwe TLV "
              "aanvraagt. Dat besluit neemt de commissie toelaatbaarheid, op advies van het terugkeergesprek."),
        ("p", "Een kind dat teruggaat krijgt een overstaparrangement: een jaar lang begeleiding door een leerkracht "
              "van het sbo of so op de nieuwe school, eerst twee dagdelen per week, later minder. De eerste "
              "weken kan het kind ook gedeeltelijk op beide scholen zijn. Na drie en na twaalf maanden evalueert "
              "de ondersteuningscoördinator met ouders en school hoe het gaat. In 2023-2024 gingen 14 kinderen "
              "vanuit sbo en so terug naar een basisschool."),
        ("h2", "6.5 Niet eens met het besluit?"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over de TLV. "
              "Het SWV is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die "
              "het bestuur adviseert. Daarna beslist de directeur-bestuurder opnieuw."),
    ]
    body += [
        ("h1", "7. Geen kind tussen wal en schip"),
        ("p", "We willen dat elk kind in onze regio een passende plek heeft. In de praktijk lukt dat nog niet "
              "altijd. Op 1 oktober 2024 zaten acht kinderen langer dan vier weken thuis zonder onderwijs, en voor "
              "vijf kinderen was er een vrijstelling van de leerplicht. Ook zijn er wachtlijsten: voor het so "
              "cluster 4 wachtten kinderen in 2024 gemiddeld elf weken op een plek buiten de regio."),
        ("p", "Daarom doen we drie dingen. Ten eerste is er elke maand een thuiszittersoverleg met de "
              "leerplichtambtenaren van de drie gemeenten, het lokale team en de ondersteuningscoördinator. Elk "
              "kind dat meer dan twee weken niet naar school gaat, wordt daar besproken en krijgt binnen een week "
              "een casusregisseur. Ten tweede heeft de directeur-bestuurder doorzettingsmacht: als school, "
              "zorg en gemeente het niet eens worden, beslist zij binnen tien werkdagen wie wat doet. Ten derde "
              "maken we elk jaar een overzicht van de witte vlekken: welke kinderen konden we niet goed helpen "
              "en waarom. In 2024 bleek zo dat er in de regio geen plek is voor jonge kinderen met zware "
              "gedragsproblemen; daarom start in 2025 een kleine groep op SBO De Wegwijzer."),
        ("p", "De zorgplicht van de schoolbesturen blijft daarbij het uitgangspunt. Als een school een kind niet "
              "kan plaatsen, zoekt de school samen met de ouders en het SWV naar een andere school die het kind "
              "wel kan bieden wat het nodig heeft. Het SWV kijkt daarbij mee en bemiddelt als het vastloopt."),
    ]
    body += [
        ("h1", "8. Communicatie"),
        ("p", "Het samenwerkingsverband communiceert met veel verschillende mensen: schoolbesturen, directeuren, "
              "intern begeleiders, gemeenten en natuurlijk ouders. Voor schoolteams is er elke maand een "
              "digitale nieuwsbrief, en op de website staat een besloten deel met formulieren en handleidingen."),
        ("h2", "8.1 Ouders"),
        ("p", "Ouders horen in de eerste plaats van de school wat er mogelijk is. Elke school zet in de schoolgids "
              "wat de school aan ondersteuning biedt, en verwijst naar de afspraken over de basisondersteuning "
              "uit hoofdstuk 4. Daarnaast heeft het SWV een ouderfolder 'Passend onderwijs in gewone woorden', "
              "die elke school bij de aanmelding meegeeft, ook in het Engels, Pools en Arabisch. Op de ouderpagina "
              "van de website leggen we uit welke arrangementen en voorzieningen er zijn en hoe je daar komt. "
              "Twee keer per jaar organiseren we een informatieavond voor ouders, afwisselend in Oldenhove en "
              "Brakel-Linge."),
        ("p", "Soms zijn ouders het niet eens met de school of hebben ze vragen waar ze met de school niet "
              "uitkomen. Dan kunnen ze terecht bij het Ouder- en Jeugdsteunpunt De Brede Beek. Dat steunpunt "
              "wordt uitgevoerd door een onafhankelijke stichting, niet door het SWV, en is bereikbaar via "
              "telefoon, mail en een wekelijks inloopuur in de bibliotheek in Rietveen. De medewerkers denken "
              "mee, gaan mee naar gesprekken en helpen bij een klacht. Ook de Onderwijsconsulenten kunnen gratis "
              "helpen. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders "
              "naar de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn ook betrokken bij het beleid: via de OPR en via het ouderpanel dat twee keer per jaar "
              "meedenkt over nieuwe plannen."),
    ]
    body += [
        ("h1", "9. Kwaliteit en ambities"),
        ("p", "We willen dat passend onderwijs in onze regio over vier jaar merkbaar beter werkt voor kinderen die "
              "extra ondersteuning nodig hebben. Daarvoor hebben we de volgende ambities geformuleerd."),
        ("table", [["Ambitie", "Wat willen we in juli 2029 bereikt hebben"],
                   ["Sterke basis", "Alle 38 locaties voldoen aan alle afspraken over de basisondersteuning (nu 29 van de 38)."],
                   ["Thuisnabij", "Het aandeel leerlingen in sbo en so daalt van 2,6 naar 2,3 procent."],
                   ["Niemand thuis", "Geen kind zit langer dan drie maanden thuis zonder passend aanbod."],
                   ["Snelle hulp", "Een schoolarrangement start binnen vier weken na de bespreking in het ondersteuningsteam."],
                   ["Terug naar regulier", "Jaarlijks gaan minimaal 15 kinderen vanuit sbo of so terug naar een basisschool."],
                   ]),
        ("p", "Hoe we deze ambities precies gaan volgen, welke gegevens we daarvoor van scholen vragen en hoe en "
              "wanneer we erover rapporteren, werken we in de loop van het schooljaar 2025-2026 uit in een apart "
              "monitorplan. Tot die tijd kijken we vooral naar wat scholen ons vertellen."),
    ]
    body += [
        ("h1", "10. Geld en middelen"),
        ("p", "Het samenwerkingsverband krijgt jaarlijks geld van het Rijk voor lichte en zware ondersteuning. "
              "Een deel daarvan gaat direct naar het sbo en so: DUO houdt dat in voor de TLV's die we afgeven. "
              "Wat overblijft verdelen we volgens een vaste verdeelsleutel."),
        ("p", "Iedere school krijgt een schoolbudget van € 95 per leerling, op basis van het aantal leerlingen op "
              "1 oktober van het jaar ervoor, plus een vaste voet van € 4.500 per locatie. De vaste voet is er "
              "omdat kleine dorpsscholen anders te weinig overhouden. De schoolbesturen ontvangen het "
              "schoolbudget in twee termijnen (oktober en maart). Bovenschoolse arrangementen, onderwijs-zorgarrangementen en de "
              "observatiegroep betaalt het SWV rechtstreeks; het geld volgt daar het besluit van de "
              "arrangementencommissie. De algemene vergadering stelt de verdeelsleutel vast en kan die eens "
              "per jaar aanpassen."),
        ("p", "Schoolbesturen laten in hun jaarverslag zien waaraan zij het schoolbudget hebben uitgegeven, "
              "volgens een vast format van het SWV."),
        ("p", "Onze reserve ligt onder de signaleringswaarde voor bovenmatige reserves van de inspectie. We "
              "hoeven daarom niet af te bouwen, maar houden een buffer aan voor de groei van het so."),
        ("p", "Hoeveel geld er de komende jaren in totaal naar elk onderdeel gaat, staat in de meerjarenbegroting "
              "2025-2029 (bijlage 3). Die begroting wordt na de vaststelling door de algemene vergadering in "
              "december 2025 aan dit plan toegevoegd."),
    ]
    body += organisatie(c, 11)
    body += opr(c, 12, True)
    body += oogo(c, 13, True)
    body += personeel(c, 14)
    body += privacy(c, 15)
    body += planning(c, 16, False)
    body += begrippen(1, [
        ("Basisondersteuning", "De ondersteuning die elke school in het samenwerkingsverband aan alle kinderen biedt."),
        ("Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met inzet en duur."),
        ("Meerjarenbegroting", "Overzicht van inkomsten en uitgaven van het SWV over vier jaar."),
        ("OPR", "Ondersteuningsplanraad: medezeggenschapsraad van het samenwerkingsverband, met ouders en personeel."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen."),
        ("Terugplaatsing", "Terugkeer van een leerling van sbo of so naar het basisonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
        ("Resultaten", "Wat het samenwerkingsverband met passend onderwijs wil bereiken en bereikt heeft."),
    ])
    toc = toc_from(body, ["Bijlage 2. Overzicht scholen", "Bijlage 3. Meerjarenbegroting 2025-2029"])
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], c["code"],
                         "Vastgesteld op 25 maart 2025"]), ("toc", toc)] + body
    return blocks


LABEL_A = """documents: [holdout112-a-po-brede-beek.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
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
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 defines the minimum for all 38 locaties and lists it in a table; 4.1 kwaliteitskaart + verbeterplan."
  plaatsing: "Ch. 6.1-6.3: steps, two independent deskundigen, commissie, 6 weeks; criteria for sbo, so cluster 3/4; duration; 6.5 bezwaar via LBT."
  terugstroom: "Hidden in TLV chapter 6.4 'Na de TLV': policy (thuisnabij, conditions, overstaparrangement) and procedure (May OPP review, terugkeergesprek 6 months before end, commissie decides)."
  financien: "Ch. 10 'Geld en middelen' gives the verdeelsleutel (EUR 95 per leerling, vaste voet) but the meerjarenbegroting is deferred to absent bijlage 3 (listed in TOC only) -> besteding not addressed."
  dekkend-aanbod: "Ch. 5 trap of 5 treden with named voorzieningen; ch. 7 thuiszittersoverleg, doorzettingsmacht, witte vlekken analysis with action."
  resultaten: "Ch. 9 has measurable ambitions for 2029, but monitoring/reporting is deferred to a monitorplan 'in de loop van 2025-2026'."
  ouders: "Inside ch. 8 'Communicatie': ouderfolder, ouderpagina, informatieavonden, schoolgids; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."
"""

# ============================================================================ plan B (PO, docx)
CTX_B = dict(
    naam="Samenwerkingsverband Passend Onderwijs Hoornkamp en omstreken", kort="SWV Hoornkamp",
    code="PO 24-17", periode="2025-2029", gemeenten=["Hoornkamp", "Wezeldijk", "Sint-Aldert"],
    verdeling_locaties=[(29, "6.940"), (9, "1.620"), (7, "1.210")], nscholen=43, nlocaties=45,
    nbesturen=9, nleerlingen="9.770", sector="po", db="Erik van Dongen", opr_datum="11 maart 2025",
    oogo_datum="28 januari 2025", ab_datum="20 maart 2025", plaats="Hoornkamp",
    gebied="een middelgrote stad met drie nieuwbouwwijken en twee landelijke gemeenten eromheen",
    krimp="3 procent", deelname="2,1 procent (sbo 1,2 en so 0,9)", deelname_vgl="ongeveer gelijk aan",
    opr_leden=10, partner_swv="VO Hoornkamp-Wezeldijk", bureau_n="veertien", bureau_fte="10,2",
)


def plan_b():
    c = CTX_B
    body = []
    body += voorwoord(c)
    body += [
        ("h1", "2. Terugblik op 2021-2025"),
        ("p", "In het vorige ondersteuningsplan stonden vijf doelen. We hebben die jaarlijks gevolgd in het "
              "jaarverslag. Hieronder staat kort wat er van terecht is gekomen."),
        ("table", [["Doel 2021-2025", "Wat is bereikt (peildatum 1 oktober 2024)"],
                   ["Alle scholen werken met één groeidocument", "Bereikt: 43 van de 43 scholen."],
                   ["Wachttijd arrangement korter dan 6 weken", "Deels: gemiddeld 7 weken (was 11)."],
                   ["Deelname sbo en so niet hoger dan 2,2 procent", "Bereikt: 2,1 procent."],
                   ["Tevredenheid ouders over ondersteuning minimaal 7", "Bereikt: 7,3 (peiling 2024, 612 ouders)."],
                   ["Alle IB'ers geschoold in handelingsgericht werken", "Niet bereikt: 31 van de 45 locaties."]]),
        ("p", "Wat we ook leerden: het aantal aanvragen voor arrangementen op gedrag is in vier jaar bijna "
              "verdubbeld, vooral bij jonge kinderen. Verder zagen we dat de uitstroom naar het voortgezet "
              "onderwijs van leerlingen met een arrangement goed verliep; bijna alle kinderen kwamen terecht op "
              "het niveau van het schooladvies. De terugkoppeling van scholen over het loket was positief, al "
              "vonden veel IB'ers de formulieren te lang."),
    ]
    body += regio(c, 3, True)
    body += visie(c, 4)
    body += [
        ("h1", "5. Basisondersteuning"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband de ondersteuning die elke school, op elke "
              "locatie, zelf biedt aan alle kinderen. Het is een afgesproken minimum dat voor alle 45 locaties "
              "gelijk is; scholen kunnen erboven zitten, maar niet eronder. We gebruiken daarbij de vier "
              "onderdelen uit het landelijke referentiekader: basiskwaliteit zoals de inspectie die beoordeelt, "
              "preventieve en licht curatieve interventies, een goede ondersteuningsstructuur en planmatig "
              "werken."),
        ("p", "Wat dat per onderdeel concreet betekent, hebben de scholen uitgewerkt in twaalf standaarden. Die "
              "staan in de Kwaliteitskaart Basisondersteuning Hoornkamp (bijlage 2) en in de "
              "schoolondersteuningsprofielen, die op de website van iedere school te vinden zijn."),
        ("p", "Elke school vult de kwaliteitskaart eens per twee jaar in en bespreekt de uitkomst met de "
              "ondersteuningscoördinator. Scholen die op een standaard onvoldoende scoren, nemen die standaard "
              "op in hun jaarplan."),
        ("p", "Met de komst van een landelijke norm voor basisondersteuning zal de kwaliteitskaart mogelijk "
              "moeten worden aangepast. We wachten die ontwikkeling af."),
    ]
    body += [
        ("h1", "6. De ondersteuningsroute"),
        ("p", "Als een kind meer nodig heeft dan de basisondersteuning, volgt de school de ondersteuningsroute. "
              "Die route is voor alle scholen hetzelfde en kent vier stappen."),
        ("table", [["Stap", "Wat gebeurt er", "Voorbeelden"],
                   ["Extra hulp in de groep", "De leerkracht past met hulp van de IB'er de aanpak aan; de school betaalt dit uit het eigen ondersteuningsbudget.", "extra instructie, aangepast rooster, inzet onderwijsassistent"],
                   ["Arrangement op school", "Het ondersteuningsteam stelt met de ondersteuningscoördinator een arrangement op, voor maximaal een jaar.", "begeleiding door een gedragsspecialist, coaching van de leerkracht, ambulante begeleiding vanuit het so"],
                   ["Bovenschoolse voorziening", "Het kind gaat een deel van de week naar een groep buiten de eigen school, maar blijft ingeschreven op de eigen school.", "Plusklas Hoornkamp (2 groepen), Taalschool De Brug voor nieuwkomers, time-outgroep De Boei (maximaal 12 weken)"],
                   ["Speciaal (basis)onderwijs", "Het kind gaat naar een sbo- of so-school; daarvoor is een toelaatbaarheidsverklaring nodig.", "SBO Het Palet, SBO De Driesprong, SO De Kameleon (cluster 4), SO Het Anker (cluster 3)"]]),
        ("p", "Bij elke stap zijn ouders betrokken. Het ondersteuningsteam bestaat uit de IB'er, de directeur, de "
              "ondersteuningscoördinator van het SWV, de schoolmaatschappelijk werker en, als dat nodig is, de "
              "jeugdverpleegkundige of iemand van het sociaal wijkteam."),
        ("p", "Ongeveer 40 procent van de kinderen met een arrangement op school heeft na een jaar geen "
              "arrangement meer nodig. Dat zien we als een teken dat de route werkt."),
        ("h2", "6.1 Thuiszitters"),
        ("p", "Ook in onze regio zijn er kinderen die niet of maar een deel van de week naar school gaan. Een "
              "sluitende aanpak voor deze kinderen, met afspraken over signaleren, overleg en wie de regie heeft, "
              "wordt in 2026 samen met de afdeling leerplicht van de gemeente Hoornkamp opgesteld. Tot die tijd "
              "bespreekt elke school zelf zulke situaties in haar ondersteuningsteam."),
    ]
    body += [
        ("h1", "7. Toewijzing en toelaatbaarheid"),
        ("p", "Voor een plek in het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. Het SWV geeft die af. "
              "Het aanvragen verloopt via het Loket van het SWV."),
        ("h2", "7.1 Zo werkt het"),
        ("ol", ["Het ondersteuningsteam van de school concludeert, samen met ouders, dat een plek in het sbo of so wordt onderzocht.",
                "De school neemt contact op met het Loket. Een consulent van het Loket bespreekt de situatie met school en ouders, meestal op school.",
                "Het bevoegd gezag van de school dient de aanvraag in. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectief, een verslag van het laatste ondersteuningsteam en de zienswijze van de ouders.",
                "Een orthopedagoog of psycholoog en een tweede deskundige (maatschappelijk werker, arts of jeugdarts) geven elk een schriftelijk advies. Zij werken niet op de school van het kind.",
                "De Commissie Toewijzing besluit binnen zes weken na een volledige aanvraag. Dit kan met acht weken worden verlengd als er meer onderzoek nodig is.",
                "Het Loket stuurt het besluit met de adviezen naar ouders en school. De sbo- of so-school neemt daarna contact op voor een kennismaking."]),
        ("h2", "7.2 Waar kijkt de commissie naar?"),
        ("p", "Elk kind is anders; de Commissie Toewijzing werkt daarom niet met een vaste lijst, maar kijkt naar "
              "het hele verhaal van het kind en naar wat de school al heeft gedaan. Heldere, gedeelde criteria "
              "voor het sbo en het so willen we in de loop van 2026 samen met de speciale scholen vastleggen in "
              "een nieuwe notitie Toelaatbaarheid. Tot die tijd beslist de commissie per geval."),
        ("h2", "7.3 Duur en categorie"),
        ("p", "Een TLV sbo geldt in de regel tot het einde van de basisschool. Een TLV so geldt twee jaar. Bij een "
              "TLV so bepaalt de commissie ook de bekostigingscategorie: laag, midden of hoog."),
    ]
    body += [
        ("h1", "8. Ouders en school"),
        ("p", "Ouders kennen hun kind het best. Daarom willen we dat ouders goed op de hoogte zijn van wat er in "
              "onze regio aan ondersteuning is en hoe je daar gebruik van kunt maken."),
        ("p", "De belangrijkste bron voor ouders is de school zelf: de leerkracht en de IB'er. Elke school "
              "beschrijft in de schoolgids welke ondersteuning zij biedt. Het SWV heeft daarnaast een website "
              "met een aparte ouderpagina. Daarop staat de ondersteuningsroute uit hoofdstuk 6 in gewone taal, "
              "met filmpjes over de Plusklas, de Taalschool en het sbo. Elk jaar in november verschijnt de "
              "oudernieuwsbrief, die via de scholen naar alle ouders gaat. Voor ouders van kinderen die naar het "
              "sbo of so gaan, is er een folder 'Een andere school voor mijn kind' en kunnen ouders een "
              "rondleiding op de speciale scholen aanvragen."),
        ("p", "Met vragen of zorgen kunnen ouders altijd terecht bij de leerkracht, de IB'er of de directeur. Als "
              "ouders en school er samen niet uitkomen, kan de ondersteuningscoördinator van het SWV op verzoek "
              "van ouders of school aanschuiven bij een gesprek. Een ouder- en jeugdsteunpunt, zoals de nieuwe wet "
              "van samenwerkingsverbanden vraagt, zijn we aan het voorbereiden; hoe het eruit gaat zien en "
              "wanneer het van start gaat, is nog niet bekend."),
        ("p", "Ouders zijn altijd gesprekspartner bij het opstellen van het ontwikkelingsperspectief van hun kind; "
              "de school bespreekt het plan met hen en legt hun mening vast."),
    ]
    body += [
        ("h1", "9. Kwaliteitszorg en resultaten"),
        ("p", "We willen weten of ons werk iets oplevert voor kinderen. Daarom hebben we voor deze planperiode "
              "een beperkt aantal doelen gekozen, met een nulmeting en een streefwaarde."),
        ("table", [["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Kinderen krijgen snel hulp", "Gemiddelde wachttijd tussen aanvraag en start arrangement", "7 weken", "4 weken"],
                   ["Zo veel mogelijk thuisnabij onderwijs", "Deelname sbo en so op 1 oktober", "2,1%", "maximaal 2,0%"],
                   ["Sterke basis", "Locaties die op alle 12 standaarden voldoende scoren", "34 van 45", "45 van 45"],
                   ["Tevreden ouders", "Rapportcijfer ouders over de ondersteuning van hun kind", "7,3", "minimaal 7,5"],
                   ["Deskundige teams", "Locaties waar alle IB'ers geschoold zijn in HGW", "31 van 45", "45 van 45"]]),
        ("p", "De cijfers komen uit onze eigen registratie, de DUO-telling van 1 oktober, de kwaliteitskaarten en "
              "een tevredenheidspeiling onder ouders en scholen die we om de twee jaar houden (2026 en 2028). "
              "De beleidsmedewerker houdt een dashboard bij dat elk kwartaal wordt besproken in het "
              "directeurenoverleg. In het jaarverslag rapporteren we per doel wat er is bereikt en wat het heeft "
              "gekost; dat jaarverslag bespreken we met de OPR en de algemene vergadering. Als een doel uit beeld "
              "raakt, passen we het jaarplan aan."),
    ]
    body += [
        ("h1", "10. Financieel beleid"),
        ("p", "Het SWV ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de "
              "bedragen die DUO direct aan het sbo en so overmaakt voor de leerlingen met een TLV, blijft er een "
              "bedrag over dat wij zelf verdelen. We werken met een schoolmodel: het grootste deel van het geld "
              "gaat naar de schoolbesturen, zodat scholen zelf kunnen kiezen hoe zij kinderen helpen."),
        ("h2", "10.1 Verdeling"),
        ("p", "De verdeling gaat als volgt. 65 procent van het vrij te besteden budget gaat als "
              "ondersteuningsbudget naar de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van "
              "het voorgaande jaar; in 2025 is dat € 142 per leerling. 25 procent blijft bij het SWV voor "
              "arrangementen en bovenschoolse voorzieningen; dat geld wordt per kind of per groep toegekend op "
              "voorstel van het ondersteuningsteam. 10 procent is voor het bureau, de commissie, scholing en de "
              "OPR. De algemene vergadering stelt deze verdeling jaarlijks vast bij de begroting."),
        ("p", "Schoolbesturen verantwoorden in een korte jaarlijkse rapportage waaraan zij het ondersteuningsbudget "
              "hebben uitgegeven en hoeveel kinderen ermee geholpen zijn."),
        ("h2", "10.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdrage lichte en zware ondersteuning", "9.860", "9.790", "9.720", "9.650"],
                   ["Af: afdracht DUO sbo en so", "-4.420", "-4.450", "-4.480", "-4.500"],
                   ["Ondersteuningsbudget schoolbesturen", "1.390", "1.366", "1.342", "1.319"],
                   ["Arrangementen en bovenschoolse voorzieningen", "2.985", "2.940", "2.890", "2.840"],
                   ["Bureau, commissie, scholing, OPR", "1.205", "1.190", "1.180", "1.170"],
                   ["Resultaat", "-140", "-156", "-172", "-179"]]),
        ("p", "De begroting laat een bewust negatief resultaat zien: we zetten een deel van de reserve in voor extra "
              "arrangementen op gedrag. De algemene reserve daalt daardoor van € 2,1 miljoen naar ongeveer "
              "€ 1,45 miljoen eind 2028 en komt zo onder de signaleringswaarde."),
    ]
    body += organisatie(c, 11)
    body += opr(c, 12, True)
    body += oogo(c, 13, True)
    body += personeel(c, 14)
    body += privacy(c, 15)
    body += planning(c, 16, True)
    body += begrippen(1, [
        ("Arrangement", "Extra ondersteuning voor een kind of groep, met doelen, inzet en duur."),
        ("Basisondersteuning", "De ondersteuning die alle scholen in het samenwerkingsverband bieden."),
        ("Loket", "Het aanspreekpunt van het SWV voor aanvragen van scholen."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek voor vragen van ouders en jongeren."),
        ("Terugplaatsing", "Een leerling gaat van sbo of so terug naar een gewone basisschool."),
        ("Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ])
    toc = toc_from(body, ["Bijlage 2. Kwaliteitskaart Basisondersteuning Hoornkamp"])
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], c["code"],
                         "Samen sterk voor elk kind"]), ("toc", toc)] + body
    return blocks


LABEL_B = """documents: [holdout112-b-po-hoornkamp.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 5 defines the equal minimum for all 45 locaties (four referentiekader aspects) but the concrete standards are only in absent bijlage 2 / school websites."
  plaatsing: "Ch. 7.1 has steps, Loket, deskundigen, Commissie Toewijzing, 6 weeks; 7.2 explicitly has no criteria ('per geval', notitie in 2026)."
  terugstroom: "Nothing on return from sbo/so; only glossary entry 'Terugplaatsing' and near-misses (uitstroom naar VO, terugblik, terugkoppeling)."
  financien: "Ch. 10 'Financieel beleid': 65/25/10 verdeling, EUR 142 per leerling, meerjarenbegroting table 2025-2028, reserve, verantwoording."
  dekkend-aanbod: "Ch. 6 ondersteuningsroute table with named voorzieningen = continuum; 6.1 thuiszitters only deferred to 2026, no gap analysis."
  resultaten: "Ch. 9 doelen with nulmeting/streefwaarde table and monitoring (dashboard per kwartaal, peiling, jaarverslag); ch. 2 terugblik with achieved figures."
  ouders: "Ch. 8 'Ouders en school' informs (schoolgids, ouderpagina, nieuwsbrief, folder); independent help only announced ('zijn we aan het voorbereiden'), SWV coordinator is not independent."
"""

# ============================================================================ plan C (PO, pdf)
CTX_C = dict(
    naam="Samenwerkingsverband Primair Onderwijs Het Wierdenland", kort="Het Wierdenland",
    code="PO 20-04", periode="2025-2029", gemeenten=["Ezinge-Noord", "Warffum-Oost", "Ulrum-Lauwers"],
    verdeling_locaties=[(9, "920"), (8, "760"), (7, "655")], nscholen=22, nlocaties=24,
    nbesturen=4, nleerlingen="2.335", sector="po", db="Jannie Wiersma", opr_datum="26 februari 2025",
    oogo_datum="21 januari 2025", ab_datum="10 maart 2025", plaats="Warffum-Oost",
    gebied="uitgestrekt platteland, wierden en kleine dorpen, met soms meer dan twintig kilometer tussen twee scholen",
    krimp="11 procent", deelname="", deelname_vgl="", opr_leden=6,
    partner_swv="VO Noordkust", bureau_n="zes", bureau_fte="3,9",
)


def plan_c():
    c = CTX_C
    body = []
    body += voorwoord(c)
    body += regio(c, 2, False)
    body += [
        ("p", "Het vervoer is in ons gebied een belangrijk onderwerp. Kinderen die naar een speciale school gaan, "
              "zitten soms meer dan een uur per dag in een taxibusje. De gemeenten regelen het leerlingenvervoer; "
              "het SWV heeft daar geen zeggenschap over, maar bespreekt klachten over lange reistijden wel met "
              "de gemeenten."),
    ]
    body += visie(c, 3)
    body += [
        ("h1", "4. Wat ouders op elke school mogen verwachten"),
        ("p", "Met alle 22 scholen, van de kleinste school in Ulrum-Lauwers met 31 leerlingen tot de grootste in "
              "Ezinge-Noord met 240, hebben we afgesproken wat ieder kind op iedere locatie minimaal krijgt. Dat "
              "noemen we de basisondersteuning. Op een kleine school ziet het er misschien anders uit dan op een "
              "grote, maar wat een kind krijgt, moet hetzelfde zijn. Een school die een onderdeel nog niet op orde "
              "heeft, krijgt daar hulp bij van het SWV."),
        ("p", "Concreet betekent dit dat op elke school:"),
        ("ul", ["een intern begeleider werkt die minstens één vaste dag per week op school is of, bij heel kleine scholen, via beeldbellen en op afspraak binnen twee werkdagen bereikbaar is;",
                "de leerkracht signalen van lees-, reken-, taal- en gedragsproblemen oppakt volgens vaste protocollen (lezen en dyslexie, ernstige rekenproblemen, pesten);",
                "kinderen die meer uitdaging nodig hebben verrijkingswerk krijgen en een eigen leerlijn kunnen volgen;",
                "er een aanpak is voor een veilige groep en een goede sfeer, met één van de erkende programma's;",
                "kinderen die extra instructie nodig hebben die in kleine groepjes krijgen, minimaal drie keer per week;",
                "een ontwikkelingsperspectief wordt opgesteld als een kind op een eigen leerlijn gaat werken;",
                "de leerkracht minstens twee keer per jaar met de ouders het welbevinden en de vorderingen van het kind bespreekt;",
                "medische handelingen volgens het protocol medisch handelen worden uitgevoerd of geregeld."]),
        ("p", "Elke school beschrijft in de schoolgids hoe zij dit invult. De ondersteuningscoördinator van het SWV "
              "bezoekt iedere school eens per jaar en kijkt samen met de IB'er of alles op orde is."),
        ("h1", "5. Een passende plek voor elk kind"),
        ("p", "Dit hoofdstuk vullen we aan zodra de netwerkanalyse klaar is die we in het voorjaar van 2026 "
              "samen met de schoolbesturen uitvoeren. Daarin brengen we in kaart welke voorzieningen er in en rond "
              "Het Wierdenland zijn, waar de gaten zitten en hoe het staat met kinderen die niet naar school gaan. "
              "Na de analyse leggen we de uitkomsten als wijziging van dit plan voor aan de OPR."),
    ]
    body += [
        ("h1", "6. Naar het sbo of so"),
        ("p", "In Het Wierdenland staat één school voor speciaal basisonderwijs, SBO De Wierde in Warffum-Oost. Voor "
              "speciaal onderwijs gaan kinderen naar scholen buiten onze regio, meestal in de stad. Voor beide is "
              "een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
        ("p", "De stappen van de aanvraag, wie wat doet en de termijnen staan in de notitie 'Route naar het s(b)o' "
              "op www.swvwierdenland.nl. In dit plan beschrijven we wanneer een kind toelaatbaar is."),
        ("h2", "6.1 Wanneer naar het sbo?"),
        ("p", "Een kind is toelaatbaar tot het sbo als het op de eigen school, ondanks minstens twee "
              "opeenvolgende perioden van extra ondersteuning die zijn vastgelegd en geëvalueerd, langer dan een "
              "jaar vastloopt in het leren of de sociaal-emotionele ontwikkeling. Daarnaast moet blijken dat het "
              "kind baat heeft bij een kleinere groep (maximaal 16 kinderen) en een aangepast programma, en dat het "
              "op een andere basisschool in de buurt ook niet verder zou komen. Alleen een leerachterstand of een "
              "diagnose is niet genoeg."),
        ("h2", "6.2 Wanneer naar het so?"),
        ("p", "Een kind is toelaatbaar tot het so als het door een verstandelijke beperking (IQ onder ongeveer 55, "
              "in samenhang met het functioneren), een lichamelijke beperking of een langdurige ziekte zoveel "
              "verzorging of aanpassing nodig heeft dat dit in sbo of basisschool niet kan; of als gedrags- of "
              "psychiatrische problemen zo ernstig zijn dat onderwijs alleen lukt met een combinatie van onderwijs "
              "en behandeling in een kleine, gestructureerde groep. Ook hier geldt dat eerst zichtbaar moet zijn "
              "wat de basisschool en het sbo al hebben geprobeerd, tenzij de situatie van het kind dat onmogelijk "
              "maakt, bijvoorbeeld bij een ernstige meervoudige beperking."),
        ("h2", "6.3 Duur en categorie"),
        ("p", "Een TLV voor het sbo geven we af tot het einde van de basisschool. Een TLV voor het so geven we af "
              "voor twee schooljaren, met bekostigingscategorie laag, tenzij de verzorging van het kind "
              "categorie midden of hoog nodig maakt."),
    ]
    body += [
        ("h1", "7. Terug naar de basisschool"),
        ("p", "Wij vinden het belangrijk dat kinderen uit het sbo en so, als het kan, teruggaan naar een gewone "
              "basisschool dicht bij huis. In een dorp is de school vaak ook de plek waar een kind vriendjes heeft "
              "en bij de voetbalclub hoort. Terugkeer moet wel goed zijn voor het kind, en niet een manier om geld "
              "te besparen."),
        ("p", "Een kind kan teruggaan als het in de kleine groep zo vooruit is gegaan dat het met de "
              "basisondersteuning plus een overgangsperiode mee kan komen, als de ouders erachter staan en als er "
              "een basisschool is die het kind wil en kan ontvangen. Na terugkeer krijgt het kind een jaar lang "
              "een terugkeerarrangement: een vaste begeleider van het sbo of so komt wekelijks op de nieuwe school, "
              "coacht de leerkracht en is aanspreekpunt voor de ouders. Het SWV zorgt ervoor dat deze begeleiding "
              "er is, ook als de speciale school buiten de regio staat."),
        ("p", "Hoe het traject precies loopt, wie het initiatief neemt, wanneer er wordt geëvalueerd en wie "
              "uiteindelijk beslist, spreken we in de loop van 2026 af met SBO De Wierde en de so-scholen."),
    ]
    body += [
        ("h1", "8. Ouders"),
        ("p", "Ouders zijn voor ons de eerste partner. Zij moeten kunnen weten wat er voor hun kind mogelijk is, "
              "zonder dat ze daarvoor de weg in het onderwijs hoeven te kennen."),
        ("h2", "8.1 Zo houden we ouders op de hoogte"),
        ("p", "Iedere school geeft bij de aanmelding de Ouderwijzer mee: een boekje van twaalf bladzijden waarin in "
              "gewone taal staat wat elke school biedt (zie hoofdstuk 4), welke extra hulp er kan komen en hoe "
              "het sbo en so werken. De Ouderwijzer staat ook op de website, samen met korte filmpjes. De IB'er "
              "van de school is voor ouders het eerste aanspreekpunt. Eén keer per jaar houden we in elke "
              "gemeente een ouderavond over een thema, bijvoorbeeld dyslexie of de overstap naar het voortgezet "
              "onderwijs. Ouders die dat willen, kunnen ook zelf een gesprek aanvragen met de "
              "ondersteuningscoördinator van het SWV."),
        ("h2", "8.2 Onafhankelijke hulp"),
        ("p", "Soms lopen ouders vast, of zijn ze het niet eens met de school of met het SWV. Dan kunnen zij "
              "terecht bij het Ouder- en jeugdsteunpunt Noord, dat we samen met drie andere "
              "samenwerkingsverbanden hebben ondergebracht bij een onafhankelijke stichting. Een medewerker luistert, "
              "zoekt uit wat de mogelijkheden zijn en gaat als dat nodig is mee naar een gesprek. Ouders kunnen "
              "daarnaast kosteloos een beroep doen op de Onderwijsconsulenten. Voor een klacht over de school "
              "geldt de klachtenregeling van het schoolbestuur; geschillen over toelating, verwijdering of het "
              "ontwikkelingsperspectief kunnen ouders voorleggen aan de Geschillencommissie passend onderwijs."),
        ("p", "Ouders denken ook mee over het beleid, via de ouderleden van de OPR."),
    ]
    body += [
        ("h1", "9. Geld"),
        ("p", "Het Wierdenland is een klein samenwerkingsverband met een klein budget. Een groot deel van het geld "
              "gaat naar de speciale scholen, omdat DUO voor iedere leerling met een TLV een bedrag inhoudt. De "
              "begroting hieronder laat zien waar het geld de komende jaren naartoe gaat."),
        ("table", [["Bedragen in euro's", "2025", "2026", "2027", "2028", "2029"],
                   ["Inkomsten ondersteuningsbudget", "2.610.000", "2.540.000", "2.480.000", "2.425.000", "2.370.000"],
                   ["Afdracht sbo en so (DUO)", "1.180.000", "1.175.000", "1.170.000", "1.165.000", "1.160.000"],
                   ["Budget naar de schoolbesturen", "910.000", "870.000", "835.000", "800.000", "770.000"],
                   ["Arrangementen en terugkeerarrangementen", "310.000", "300.000", "290.000", "285.000", "280.000"],
                   ["Bureau, scholing en OPR", "290.000", "285.000", "280.000", "275.000", "270.000"],
                   ["Inzet reserve", "-80.000", "-90.000", "-95.000", "-100.000", "-110.000"]]),
        ("p", "We zetten de komende jaren een deel van onze reserve in. Eind 2024 was de reserve € 640.000, meer dan "
              "we nodig hebben. Aan het einde van de planperiode willen we uitkomen op ongeveer € 165.000."),
        ("p", "Het huidige verdeelmodel, waarmee het budget over de vier schoolbesturen wordt verdeeld, loopt af op "
              "31 juli 2025. Hoe de verdeling daarna gaat, werkt het bestuur uit in een nieuw verdeelmodel; dat "
              "volgt (p.m.)."),
    ]
    body += [
        ("h1", "10. Huisvesting en samenwerking met kinderopvang"),
        ("p", "Drie scholen in ons gebied delen hun gebouw met een kinderopvang of peuterspeelzaal. Dat is praktisch "
              "voor ouders die kinderen van verschillende leeftijden brengen. De gemeenten zijn verantwoordelijk voor de "
              "huisvesting; het SWV heeft geen eigen gebouwen. Wel huren we een ruimte in het kindcentrum in "
              "Warffum-Oost voor overleggen en gesprekken, zodat ouders niet naar een kantoor in de stad hoeven."),
        ("p", "Bij nieuwbouw of verbouw van een school vragen we de schoolbesturen om te denken aan een prikkelarme "
              "ruimte en een plek waar een kind even apart kan werken. Dat is geen eis, maar een advies."),
    ]
    body += organisatie(c, 11)
    body += opr(c, 12, True)
    body += oogo(c, 13, False)
    body += personeel(c, 14)
    body += privacy(c, 15)
    body += planning(c, 16, False)
    body += begrippen(1, [
        ("Basisondersteuning", "Wat elke school in het samenwerkingsverband minimaal biedt."),
        ("Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat er voor elk kind een passende plek is."),
        ("Thuiszitter", "Leerplichtig kind dat niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
        ("Verdeelmodel", "De afspraken over hoe het geld over de schoolbesturen wordt verdeeld."),
        ("Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."),
    ])
    toc = toc_from(body)
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], c["code"],
                         "Dichtbij als het kan, verder weg als het moet"]), ("toc", toc)] + body
    return blocks


LABEL_C = """documents: [holdout112-c-po-wierdenland.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  terugstroom: []
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'Wat ouders op elke school mogen verwachten': minimum for every locatie plus a concrete list; yearly visit by ondersteuningscoordinator."
  plaatsing: "Ch. 6.1/6.2 give criteria for sbo and so; the procedure (steps, who, termijnen) is only referred to a notitie on the website."
  terugstroom: "Ch. 7 has policy (thuisnabij, conditions, terugkeerarrangement) but procedure (initiative, evaluation, decision) deferred to 2026."
  financien: "Ch. 9 'Geld' has a 2025-2029 begroting table with amounts and reserve; the verdeelmodel is expired and 'volgt (p.m.)'."
  dekkend-aanbod: "Ch. 5 'Een passende plek voor elk kind' only defers to a 2026 netwerkanalyse; OOGO paragraph is purely procedural; glossary trap 'Dekkend aanbod'."
  resultaten: "No intended results or monitoring; only vague speerpunten in the visie and glossary entry 'Beoogde resultaten'."
  ouders: "Ch. 8: Ouderwijzer, website, ouderavond per gemeente; independent Ouder- en jeugdsteunpunt Noord, Onderwijsconsulenten, Geschillencommissie."
"""

# ============================================================================ plan D (PO, pdf)
CTX_D = dict(
    naam="Samenwerkingsverband PO Kanaalzone-Midden", kort="Kanaalzone-Midden",
    code="PO 27-13", periode="2025-2029", gemeenten=["Sluisdonk", "Ter Vaart", "Ommerkanaal", "Bovensluis"],
    verdeling_locaties=[(21, "4.870"), (11, "2.050"), (8, "1.390"), (6, "980")], nscholen=44, nlocaties=46,
    nbesturen=8, nleerlingen="9.290", sector="po", db="Ruud Bakhuis", opr_datum="4 maart 2025",
    oogo_datum="13 februari 2025", ab_datum="18 maart 2025", plaats="Sluisdonk",
    gebied="een kanaalstad met oude industrie en een ring van dorpen eromheen", krimp="5 procent",
    deelname="2,9 procent (sbo 1,7 en so 1,2)", deelname_vgl="duidelijk boven", opr_leden=8,
    partner_swv="VO Kanaalzone", bureau_n="twaalf", bureau_fte="8,6",
)


def plan_d():
    c = CTX_D
    body = []
    body += voorwoord(c)
    body += regio(c, 2, True)
    body += visie(c, 3)
    body += [
        ("h1", "4. Wat elke school in huis heeft"),
        ("p", "Op alle 46 locaties in de Kanaalzone is een vaste set van ondersteuning aanwezig. Die set hebben de "
              "schoolbesturen samen vastgesteld als ondergrens: een school mag meer bieden, nooit minder. We noemen "
              "het liever niet 'basisondersteuning', omdat dat woord voor veel mensen weinig zegt, maar dat is "
              "het wel: het is wat een kind overal kan krijgen zonder aanvraag bij het samenwerkingsverband."),
        ("table", [["Wat", "Hoe het er op elke school uitziet"],
                   ["Mensen", "Een intern begeleider (minimaal 0,4 fte per 250 leerlingen), een aandachtsfunctionaris en een leerkracht met een specialisatie gedrag of taal/lezen."],
                   ["Vroeg signaleren", "Elke leerling wordt in januari en juni getoetst; elk kind wordt drie keer per jaar besproken in een groepsbespreking."],
                   ["Lezen, rekenen en taal", "Protocollen dyslexie en ernstige rekenproblemen worden gevolgd; kinderen met achterstand krijgen minimaal 3 x 20 minuten per week extra instructie."],
                   ["Gedrag en welbevinden", "Een schoolbrede aanpak voor gedrag met vaste afspraken in alle groepen; een time-outplek binnen de school; een pestcoördinator."],
                   ["Uitdaging", "Verrijking voor kinderen die meer aankunnen, met een leerlijn die aansluit bij hun niveau."],
                   ["Meedenken", "Binnen tien werkdagen na een vraag van de leerkracht kijkt de IB'er in de klas mee."],
                   ["Fysiek en medisch", "Het gebouw is rolstoeltoegankelijk op de begane grond; er zijn afspraken over medicijnen en medisch handelen."]]),
        ("p", "Eens per twee jaar doen twee collega-IB'ers van andere scholen een kort auditbezoek en bespreken hun "
              "bevindingen met de directeur. Als een school op een onderdeel tekortschiet, maakt zij afspraken in "
              "het schooljaarplan en kijkt de ondersteuningscoördinator na een half jaar of het gelukt is."),
    ]
    body += [
        ("h1", "5. Route naar het speciaal onderwijs"),
        ("p", "Een deel van de kinderen in onze regio gaat naar een school voor speciaal basisonderwijs of speciaal "
              "onderwijs. In 2024 hebben we 61 toelaatbaarheidsverklaringen afgegeven: 38 voor het sbo en 23 voor "
              "het so. Dat is iets minder dan in 2023 (67)."),
        ("p", "De volledige werkwijze rondom toelaatbaarheidsverklaringen, met de aanvraag, de beoordeling en de "
              "afwegingen, staat in het Handboek Toewijzing 2025 (bijlage 5 bij dit plan). Het handboek wordt "
              "jaarlijks geactualiseerd en is voor scholen te vinden op het besloten deel van de website."),
    ]
    body += [
        ("h1", "6. Terugkeer naar het regulier onderwijs"),
        ("p", "Elk kind in het sbo of so heeft een ontwikkelingsperspectief. Dat vormt de basis voor de vraag of een "
              "kind terug kan naar een basisschool. De werkwijze is als volgt."),
        ("table", [["Moment", "Wat", "Wie"],
                   ["Jaarlijks in maart", "Evaluatie ontwikkelingsperspectief; de vraag 'kan dit kind terug?' staat standaard op de agenda.", "Sbo/so-school, ouders"],
                   ["Uiterlijk 1 februari in het laatste jaar van de TLV", "Perspectiefgesprek over het vervolg: terugkeer, overstap naar een andere school of verlenging.", "Sbo/so-school, ouders, ondersteuningscoördinator SWV, eventueel beoogde basisschool"],
                   ["Binnen vier weken na het perspectiefgesprek", "De sbo/so-school legt een advies voor aan het SWV. Het SWV beslist of een terugkeertraject start of dat een nieuwe TLV nodig is.", "Directeur SWV op advies van de ondersteuningscoördinator"],
                   ["Voor 1 juni", "Bij terugkeer: overdrachtsgesprek met de ontvangende basisschool en ouders; afspraken over de start.", "Sbo/so-school, basisschool, ouders"],
                   ["Na 3 en 9 maanden", "Evaluatie op de nieuwe school.", "Basisschool, ouders, ondersteuningscoördinator"]]),
        ("p", "In het schooljaar 2023-2024 keerden zeven kinderen terug naar het basisonderwijs; in 2022-2023 waren "
              "het er vijf."),
        ("p", "Welke voorwaarden we stellen aan terugkeer en welke begeleiding een kind na de overstap krijgt, leggen "
              "we vast in een beleidsnotitie terugkeer die in het voorjaar van 2026 verschijnt."),
    ]
    body += [
        ("h1", "7. Elk kind een plek"),
        ("p", "Alle arrangementen en voorzieningen in de Kanaalzone staan op de Arrangementenkaart op "
              "www.swvkanaalzone-po.nl. Scholen kunnen daar per voorziening zien voor wie die bedoeld is en hoe "
              "je er gebruik van maakt."),
        ("h2", "7.1 Waar het nog niet sluit"),
        ("p", "Ieder jaar in oktober maken we een overzicht van kinderen voor wie we geen passende plek of geen "
              "passend aanbod hadden. Daarvoor gebruiken we de meldingen van scholen, de gegevens van leerplicht "
              "en de wachtlijsten van het so. In 2024 ging het om 23 kinderen. De grootste gaten zaten bij jonge "
              "kinderen met ernstige gedragsproblemen en bij kinderen met een combinatie van autisme en "
              "hoogbegaafdheid. Voor de eerste groep starten we per 1 augustus 2025 een kleinschalige groep bij "
              "SBO De Sluis; voor de tweede groep onderzoeken we met het so een deeltijdaanbod."),
        ("h2", "7.2 Thuiszitters"),
        ("p", "Een kind dat niet naar school gaat, meldt de school binnen vijf schooldagen bij leerplicht en bij de "
              "ondersteuningscoördinator. Elke zes weken is er een thuiszittersoverleg met de vier "
              "leerplichtambtenaren, de jeugdartsen en de consulenten van het SWV. Daar krijgt elk kind een regisseur "
              "en een datum waarop het weer (deels) onderwijs volgt. Loopt het vast, dan heeft de directeur van het "
              "SWV doorzettingsmacht en kan zij een school of voorziening vragen het kind tijdelijk te plaatsen. "
              "Op 1 oktober 2024 waren er 11 thuiszitters, tegen 17 een jaar eerder."),
        ("p", "De zorgplicht ligt bij het schoolbestuur waar een kind wordt aangemeld. Lukt het een bestuur niet om "
              "binnen de termijn een passende plek te vinden, dan schakelt het bestuur het SWV in en zoeken we "
              "binnen het hele verband verder."),
    ]
    body += [
        ("h1", "8. Ouders"),
        ("p", "Ouders zijn onmisbaar bij alles wat we voor kinderen doen. We willen dat zij als volwaardig partner "
              "meepraten over de ondersteuning van hun kind: bij het opstellen van het ontwikkelingsperspectief, "
              "in het ondersteuningsteam en bij het perspectiefgesprek."),
        ("p", "Een ouderbrochure over de ondersteuning in de Kanaalzone en een vernieuwde ouderpagina op de website "
              "zijn in voorbereiding en verschijnen in de loop van 2026."),
        ("h2", "8.1 Als het schuurt"),
        ("p", "Niet altijd zijn ouders en school het eens. Ouders kunnen dan terecht bij het Ouder- en Jeugdsteunpunt "
              "Kanaalzone, dat wordt uitgevoerd door Stichting Ouderkracht. Het steunpunt is onafhankelijk van "
              "school en SWV, gratis en bereikbaar via telefoon, mail en WhatsApp. Een ouderadviseur kan meegaan "
              "naar gesprekken en helpt bij het zoeken naar een oplossing. Daarnaast kunnen ouders gratis advies "
              "vragen aan de Onderwijsconsulenten. Komen ouders en school er niet uit over toelating, verwijdering "
              "of het ontwikkelingsperspectief, dan kunnen zij naar de Geschillencommissie passend onderwijs. Voor "
              "klachten over het SWV zelf is er een klachtenregeling met een onafhankelijke klachtencommissie."),
    ]
    body += [
        ("h1", "9. Kwaliteitszorg"),
        ("h2", "9.1 Wat we willen zien in 2029"),
        ("ul", ["Het aandeel kinderen in sbo en so is gedaald van 2,9 naar 2,5 procent, omdat basisscholen meer kinderen zelf kunnen helpen.",
                "Er zijn nooit meer dan 5 thuiszitters tegelijk, en geen enkel kind zit langer dan drie maanden thuis.",
                "Minstens 10 kinderen per jaar keren terug van sbo of so naar het basisonderwijs.",
                "Alle 46 locaties voldoen bij de audit aan de afgesproken ondersteuning uit hoofdstuk 4.",
                "Ouders geven de ondersteuning van hun kind gemiddeld minstens een 7,5 (nu 7,0)."]),
        ("h2", "9.2 Zo houden we de vinger aan de pols"),
        ("p", "Elk half jaar verzamelt de beleidsmedewerker de cijfers: deelname sbo en so (DUO-telling 1 oktober), "
              "thuiszitters (leerplicht), terugkeer (eigen registratie), auditresultaten en, om het jaar, de "
              "oudertevredenheid uit een korte vragenlijst. De cijfers komen in een monitor die de directeur "
              "bespreekt met de raad van toezicht, de OPR en het directeurenoverleg. Naast cijfers halen we "
              "verhalen op: twee keer per jaar spreken we met een groep ouders en IB'ers over hoe het gaat. In het "
              "jaarverslag staat per ambitie wat er is bereikt, wat het kostte en wat we anders gaan doen."),
    ]
    body += [
        ("h1", "10. Financieel kader"),
        ("p", "De tabellen hieronder geven het financieel kader voor de planperiode."),
        ("table", [["Tabel 1. Verdeling ondersteuningsmiddelen", "Grondslag", "Bedrag 2025", "Besluit door"],
                   ["Schoolbudget", "€ 118 per leerling (teldatum 1 oktober vorig jaar)", "€ 1.096.000", "Algemene vergadering, jaarlijks bij de begroting"],
                   ["Vaste voet kleine locaties", "€ 6.000 per locatie met minder dan 150 leerlingen", "€ 84.000", "Algemene vergadering"],
                   ["Individuele arrangementen", "Op aanvraag ondersteuningsteam, maximaal € 9.000 per kind per jaar", "€ 640.000", "Ondersteuningscoördinator, boven € 5.000 directeur"],
                   ["Groepsvoorzieningen", "Vast budget per voorziening, op basis van bezetting vorig jaar", "€ 520.000", "Directeur SWV"],
                   ["Afdracht sbo en so", "Wettelijk, via DUO op basis van TLV's", "€ 5.390.000", "DUO"]]),
        ("table", [["Tabel 2. Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Totaal baten", "9.210", "9.150", "9.080", "9.010"],
                   ["Afdracht sbo en so", "5.390", "5.340", "5.290", "5.240"],
                   ["Schoolbudgetten en vaste voet", "1.180", "1.165", "1.150", "1.135"],
                   ["Arrangementen en groepsvoorzieningen", "1.160", "1.190", "1.220", "1.250"],
                   ["Thuiszittersaanpak en kleinschalige groep", "210", "240", "240", "240"],
                   ["Bureau, organisatie, OPR", "1.180", "1.175", "1.170", "1.165"],
                   ["Saldo", "90", "40", "10", "-20"]]),
        ("table", [["Tabel 3. Kengetallen", "2025", "2028", "Norm"],
                   ["Weerstandsvermogen", "9,1%", "8,4%", "tussen 5 en 10%"],
                   ["Reserve boven signaleringswaarde", "nee", "nee", "-"]]),
    ]
    body += organisatie(c, 11)
    body += opr(c, 12, True)
    body += oogo(c, 13, True)
    body += personeel(c, 14)
    body += privacy(c, 15)
    body += planning(c, 16, True)
    body += begrippen(1, [
        ("Arrangementenkaart", "Digitaal overzicht van alle arrangementen en voorzieningen in het SWV."),
        ("Commissie toelaatbaarheid", "Commissie van het SWV die besluit over een TLV."),
        ("Deskundigenadvies", "Advies van twee deskundigen dat nodig is voor een TLV."),
        ("Ouderbrochure", "Informatie voor ouders over passend onderwijs in de Kanaalzone."),
        ("Terugkeer", "Overstap van een leerling uit sbo of so naar een basisschool."),
        ("TLV", "Toelaatbaarheidsverklaring: besluit van het SWV dat een kind naar sbo of so mag."),
    ])
    toc = toc_from(body, ["Bijlage 2. Adressen", "Bijlage 3. Instemmingsbrief OPR", "Bijlage 4. Verslag OOGO",
                          "Bijlage 5. Handboek Toewijzing 2025"])
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], c["code"],
                         "Versie voor vaststelling, maart 2025"]), ("toc", toc)] + body
    return blocks


LABEL_D = """documents: [holdout112-d-po-kanaalzone.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: []
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'Wat elke school in huis heeft' avoids the word in its definition: ondergrens for all 46 locaties with a concrete table; peer audit."
  plaatsing: "Ch. 5 only gives TLV counts and refers the whole procedure to Handboek Toewijzing (bijlage 5, listed in TOC, not included); glossary mentions commissie and deskundigenadvies."
  terugstroom: "Ch. 6 table gives the procedure (March OPP evaluation, perspectiefgesprek before 1 Feb of last TLV year, SWV decides, evaluations); conditions and support after return deferred to a 2026 notitie."
  financien: "Ch. 10 'Financieel kader': verdeling and meerjarenbegroting only in tables (per-leerling bedrag, vaste voet, arrangementen, who decides; 2025-2028 budget; weerstandsvermogen)."
  dekkend-aanbod: "Continuum only referred to the online Arrangementenkaart; 7.1/7.2 address gaps (yearly overview, new group), thuiszitters overleg, doorzettingsmacht, zorgplicht."
  resultaten: "Ch. 9 'Kwaliteitszorg': measurable 2029 targets and half-yearly monitor reported to RvT/OPR and jaarverslag."
  ouders: "Ch. 8: information channels only announced for 2026; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie, klachtencommissie present."
"""

# ============================================================================ plan E (VO, html)
CTX_E = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Lauwersrand", kort="SWV VO Lauwersrand",
    code="VO 20-03", periode="2025-2029", gemeenten=["Dokkerzijl", "Lauwersmeer-Zuid", "Kollumerveen"],
    nscholen=7, nlocaties=12, nbesturen=5, nleerlingen="7.420", sector="vo", db="Hein Bosma",
    opr_datum="19 maart 2025", oogo_datum="6 februari 2025", ab_datum="27 maart 2025", plaats="Dokkerzijl",
    opr_leden=8, partner_swv="PO Lauwersland", bureau_n="negen", bureau_fte="6,5",
)


def _vo(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            t = b[1].replace("intern begeleiders", "zorgcoördinatoren").replace("basisscholen", "scholen")
            out.append((b[0], t))
        else:
            out.append(b)
    return out


def plan_e():
    c = CTX_E
    body = []
    body += _vo(voorwoord(c, noem_ouders=False))
    body += [
        ("h1", "2. Onze regio"),
        ("p", "SWV VO Lauwersrand (VO 20-03) omvat de gemeenten Dokkerzijl, Lauwersmeer-Zuid en Kollumerveen. Er zijn "
              "zeven scholen voor voortgezet onderwijs met samen twaalf vestigingen, van vijf schoolbesturen. Het "
              "aanbod loopt van praktijkonderwijs tot gymnasium. Daarnaast zijn er twee scholen voor voortgezet "
              "speciaal onderwijs in de regio: VSO De Dijk (cluster 3) en VSO Het Lauwershuis (cluster 4)."),
        ("table", [["School", "Vestigingen", "Onderwijstypen", "Leerlingen 1-10-2024"],
                   ["Lauwers College", "3", "vmbo, havo, vwo", "2.610"],
                   ["CSG Kollumerveen", "2", "vmbo, havo, vwo", "1.740"],
                   ["Praktijkschool De Werf", "1", "pro", "310"],
                   ["Vakcollege Dokkerzijl", "2", "vmbo (met lwoo)", "1.120"],
                   ["Gomarus Lauwersmeer", "2", "vmbo, havo", "980"],
                   ["Montessori Noordkust", "1", "havo, vwo", "470"],
                   ["Zeevaartschool Noord", "1", "vmbo maritiem", "190"]]),
        ("p", "Het aantal leerlingen loopt terug: in 2029 verwachten we ruim 6.900 leerlingen. Veel leerlingen "
              "reizen dagelijks twintig kilometer of meer met de bus of fiets. De deelname aan het vso lag op "
              "1 oktober 2024 op 3,4 procent, boven het landelijk gemiddelde van 3,1 procent."),
        ("h1", "3. Visie"),
        ("p", "Wij willen dat iedere jongere in onze regio een diploma of een startkwalificatie haalt, of op een "
              "andere manier een goede plek vindt in werk of dagbesteding. Daarvoor is soms extra ondersteuning "
              "nodig. Die bieden we zo dicht mogelijk bij de gewone les, zo kort als kan en zo lang als nodig."),
        ("p", "Jongeren in het voortgezet onderwijs zijn op weg naar volwassenheid. Ze krijgen te maken met "
              "puberteit, met sociale media, met keuzes over hun toekomst. Problemen die op de basisschool klein "
              "waren, kunnen in de brugklas groot worden. Onze scholen zien daarnaast meer jongeren met angst, "
              "somberheid en schoolverzuim dan vijf jaar geleden. Dat vraagt om een aanpak die verder kijkt dan "
              "alleen de school: samen met jeugdhulp, leerplicht en het mbo."),
        ("p", "Onze kernwaarden zijn: dichtbij, kort en krachtig, en samen. De scholen hebben de zorgplicht en zijn "
              "eigenaar van de ondersteuning; het samenwerkingsverband faciliteert, verbindt en houdt overzicht."),
    ]
    body += [
        ("h1", "4. Basisondersteuning"),
        ("p", "Het niveau van de basisondersteuning stellen we opnieuw vast zodra de landelijke norm voor "
              "basisondersteuning bekend is en de wetgeving daarover duidelijk is. Tot die tijd verwijzen we naar de "
              "schoolondersteuningsprofielen, die op de websites van de scholen staan."),
    ]
    body += [
        ("h1", "5. Het ondersteuningsaanbod"),
        ("p", "Het aanbod in onze regio is opgebouwd in lagen. Een leerling komt pas in een volgende laag als de "
              "vorige niet genoeg is, en gaat terug zodra dat kan."),
        ("table", [["Laag", "Wat", "Waar en voor wie"],
                   ["1", "Ondersteuning binnen de school", "Op elke vestiging (zie hoofdstuk 4)"],
                   ["2", "Extra ondersteuning in de school: het Steunpunt", "Elke vestiging heeft een Steunpunt: een lokaal met een vaste begeleider waar leerlingen met een arrangement een deel van de dag kunnen werken, tot rust kunnen komen en begeleiding krijgen bij plannen en leren."],
                   ["2", "Lwoo en praktijkonderwijs", "Lwoo op vier vmbo-vestigingen; praktijkonderwijs bij De Werf."],
                   ["3", "Bovenschools: OPDC De Overstap", "Tijdelijke plaatsing (maximaal 6 maanden, eventueel eenmaal 3 maanden verlengd) voor leerlingen die op hun school vastlopen; kleine groep, onderwijs en gedragsbegeleiding."],
                   ["3", "Bovenschools: reboundtraject", "Twee tot zes weken time-out buiten de eigen school, met terugkeergesprek."],
                   ["3", "Onderwijs-zorgarrangement", "Voor leerlingen die naast onderwijs ook zorg of behandeling nodig hebben, samen met jeugdhulp."],
                   ["4", "Voortgezet speciaal onderwijs", "VSO De Dijk (cluster 3), VSO Het Lauwershuis (cluster 4); daarnaast vso buiten de regio."]]),
        ("p", "Een school vraagt een arrangement voor laag 2 of 3 aan bij de consulent van het SWV. De consulent "
              "neemt deel aan het ondersteuningsteam van de school en besluit samen met de zorgcoördinator. Het "
              "OPDC en de rebound werken met een wachtlijst die elke twee weken wordt besproken."),
        ("h2", "5.1 De overstap van het primair onderwijs"),
        ("p", "Elk jaar stappen ongeveer 1.450 leerlingen over van de basisscholen en het sbo naar onze scholen. "
              "Met SWV PO Lauwersland hebben we afgesproken dat de basisschool voor 1 maart een digitaal "
              "overstapdossier aanlevert en dat er voor iedere leerling met een arrangement of een "
              "ontwikkelingsperspectief een warme overdracht is tussen de IB'er en de zorgcoördinator van de "
              "ontvangende school. Leerlingen uit het so die naar het regulier voortgezet onderwijs gaan, krijgen "
              "in het eerste half jaar een vaste contactpersoon op het Steunpunt. In juni bezoekt een consulent van "
              "het SWV alle sbo-scholen in de regio om te bespreken welke leerlingen extra aandacht nodig hebben."),
        ("h2", "5.2 Na het voortgezet onderwijs"),
        ("p", "Voor leerlingen uit het praktijkonderwijs, het vso en de lagere leerwegen van het vmbo is de stap "
              "naar mbo of werk groot. Met het Noorderpoort-mbo in Dokkerzijl hebben we een "
              "overstapprogramma: leerlingen lopen in hun laatste jaar een dag per week mee op het mbo en worden het "
              "eerste half jaar gevolgd door een loopbaanbegeleider. Leerlingen uit het praktijkonderwijs en het "
              "vso met uitstroomprofiel arbeid worden samen met de gemeenten begeleid naar een baan of "
              "dagbesteding. Jongeren die zonder diploma dreigen uit te vallen, melden de scholen bij het "
              "regionaal meld- en coördinatiepunt."),
    ]
    body += [
        ("h1", "6. Thuiszitters en witte vlekken"),
        ("p", "Op 1 oktober 2024 stonden 19 jongeren in onze regio langer dan vier weken zonder onderwijs thuis. "
              "Daarnaast hadden 14 jongeren een vrijstelling. We vinden dat te veel."),
        ("p", "Elke maand is er een Thuiszitterstafel met de leerplichtambtenaren, de consulenten van het SWV, de "
              "zorgcoördinatoren van de betrokken scholen en een medewerker van de jeugdhulp. Iedere thuiszitter "
              "krijgt binnen twee weken een plan met een datum voor terugkeer naar (deels) onderwijs. Als partijen "
              "het niet eens worden, neemt de directeur-bestuurder binnen tien werkdagen een besluit "
              "(doorzettingsmacht)."),
        ("p", "Jaarlijks in november maken we een witte-vlekkenanalyse: voor welke leerlingen was er geen passend "
              "aanbod, waarom niet, en wat is daarvoor nodig? In 2024 bleek dat er geen aanbod was voor jongeren "
              "met ernstige angstklachten die niet in een grote school kunnen functioneren. Vanaf januari 2026 "
              "start daarom op de OPDC-locatie een kleine groep met een combinatie van onderwijs en behandeling."),
    ]
    body += [
        ("h1", "7. Toelaatbaarheid vso, praktijkonderwijs en lwoo"),
        ("h2", "7.1 Vso"),
        ("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de TLV aan "
              "bij de Commissie Toelaatbaarheid (CvT) van het SWV. Bij de aanvraag horen het "
              "ontwikkelingsperspectief, het onderwijskundig rapport en een beschrijving van de ondersteuning die al "
              "is geboden. De CvT vraagt twee deskundigen om ieder afzonderlijk advies: een orthopedagoog of "
              "psycholoog, en afhankelijk van de leerling een kinder- en jeugdpsychiater, een maatschappelijk werker "
              "of een arts. De CvT besluit binnen zes weken. Bij crisis kan binnen vijf werkdagen een tijdelijke TLV "
              "van maximaal drie maanden worden afgegeven."),
        ("p", "Een leerling is toelaatbaar tot het vso als (a) de school en het SWV samen minimaal een jaar extra "
              "ondersteuning op laag 2 of 3 hebben geboden en geëvalueerd, of als duidelijk is dat dit niet "
              "verantwoord is; (b) de leerling door een verstandelijke, lichamelijke, psychiatrische of "
              "gedragsproblematiek structureel een ondersteuningsintensiteit nodig heeft die groter is dan een "
              "reguliere school met OPDC en arrangementen kan bieden; en (c) beide deskundigen dit onderschrijven. "
              "De TLV geldt voor twee schooljaren, of tot het einde van de schoolloopbaan bij een ernstige "
              "meervoudige beperking. De CvT bepaalt de bekostigingscategorie (laag, midden of hoog)."),
        ("h2", "7.2 Praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand "
              "van 50 procent of meer op ten minste twee van de vier domeinen (begrijpend lezen, rekenen, technisch "
              "lezen, spelling), waarvan één begrijpend lezen of rekenen is. De basisschool levert de gegevens aan "
              "via het overstapdossier; de VO-school waar de leerling is aangemeld vraagt de TLV pro aan. De CvT "
              "besluit voor 15 mei, zodat de leerling in augustus kan starten. Een TLV pro geldt voor de hele "
              "schoolloopbaan in het praktijkonderwijs."),
        ("h2", "7.3 Lwoo"),
        ("p", "Het SWV hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van "
              "25 tot 50 procent op twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand en "
              "sociaal-emotionele problematiek die het leren belemmert. De vmbo-school vraagt de aanwijzing lwoo "
              "aan bij de CvT; die besluit binnen vier weken, voor leerlingen uit groep 8 uiterlijk 1 juni. De "
              "aanwijzing geldt voor de duur van de opleiding."),
    ]
    body += [
        ("h1", "8. Terugkeer uit het vso en het OPDC"),
        ("p", "Het vso is voor veel leerlingen een goede en soms blijvende plek. Voor een deel van de leerlingen is "
              "het een tussenstap. Ons uitgangspunt is dat een leerling teruggaat naar het regulier voortgezet "
              "onderwijs zodra het ontwikkelingsperspectief laat zien dat hij of zij daar met extra ondersteuning "
              "(laag 2) een diploma kan halen. Terugkeer gebeurt bij voorkeur aan het begin van een schooljaar of "
              "na een examenjaar-overstap (bijvoorbeeld vso vmbo-tl naar mbo of havo), zodat een leerling niet "
              "midden in een programma instroomt."),
        ("p", "Werkwijze: in het voorlaatste jaar van de TLV bespreekt de vso-school bij de jaarlijkse evaluatie van "
              "het ontwikkelingsperspectief of terugkeer mogelijk is. Is dat zo, dan meldt de vso-school de "
              "leerling voor 1 maart aan bij de consulent van het SWV, die een passende VO-school zoekt en een "
              "overdrachtsgesprek organiseert. De ontvangende school krijgt een terugkeerarrangement: gedurende een "
              "jaar een vaste begeleider vanuit het Steunpunt en, de eerste drie maanden, wekelijks contact met de "
              "vso-mentor. Na drie en na negen maanden evalueren de school en de consulent. De CvT beslist in het "
              "laatste jaar over een eventuele nieuwe TLV als terugkeer niet mogelijk is."),
        ("p", "Leerlingen in het OPDC blijven ingeschreven op hun eigen school. Na uiterlijk zes maanden keren zij "
              "terug, tenzij de CvT een TLV vso afgeeft. De terugkeer wordt voorbereid in een terugkeergesprek met "
              "de eigen school, twee weken voor het einde van de plaatsing."),
        ("p", "In 2023-2024 keerden 9 leerlingen terug van het vso naar regulier onderwijs en 41 leerlingen vanuit "
              "het OPDC naar hun eigen school."),
    ]
    body += [
        ("h1", "9. Kwaliteit en monitoring"),
        ("p", "Het SWV volgt ieder jaar een vaste set kengetallen: deelname vso, pro en lwoo (DUO, 1 oktober), "
              "aantal TLV's en aanwijzingen, thuiszitters en vrijstellingen (leerplicht), doorlooptijd van "
              "aanvragen, plaatsingen en terugkeer OPDC en vso, en het aantal leerlingen dat zonder diploma "
              "uitstroomt. De consulenten leggen elke plaatsing vast in het registratiesysteem. Twee keer per jaar "
              "bespreekt de directeur-bestuurder een kwartaalmonitor met de schoolleiders en de raad van toezicht; "
              "jaarlijks verschijnt een openbaar jaarverslag waarin de kengetallen en de ervaringen van scholen "
              "worden beschreven en met de OPR worden besproken."),
        ("p", "De beoogde resultaten voor deze planperiode stellen we vast na de nulmeting in het eerste planjaar. "
              "We leggen ze als wijziging van dit plan voor aan de OPR."),
    ]
    body += [
        ("h1", "10. Financiën"),
        ("p", "De financiële paragraaf, met de verdeling van de middelen en de meerjarenbegroting, wordt als "
              "afzonderlijk document 'Begroting en verdeling 2025-2029' door de algemene vergadering vastgesteld in "
              "juni 2025. Dat document maakt geen deel uit van dit ondersteuningsplan."),
    ]
    body += [
        ("h1", "11. Communicatie"),
        ("p", "Goede communicatie is de basis van samenwerking. Het SWV informeert scholen via een maandelijkse "
              "nieuwsbrief voor zorgcoördinatoren en schoolleiders. Op het professionalsdeel van de website staan "
              "formulieren, de werkwijze van de CvT en de contactgegevens van de consulenten. Met de gemeenten "
              "delen we twee keer per jaar een factsheet met de belangrijkste cijfers."),
        ("p", "Bij grote veranderingen organiseren we een informatiebijeenkomst voor alle zorgcoördinatoren en "
              "teamleiders. Daarnaast zijn de consulenten zichtbaar op de scholen: zij hebben vaste spreekuren op "
              "elke vestiging."),
    ]
    body += _vo(organisatie(c, 12))
    body += opr(c, 13, False)
    body += oogo(c, 14, True, ouders_in_oza=False)
    body += [
        ("h1", "15. Personeel en professionalisering"),
        ("p", "Het bureau van het SWV heeft negen medewerkers (6,5 fte): de directeur-bestuurder, vier consulenten, "
              "een secretaris van de CvT, een beleidsmedewerker en twee administratief medewerkers. Het OPDC heeft "
              "een eigen team van docenten en begeleiders, in dienst van het Lauwers College en gedetacheerd bij "
              "het SWV."),
        ("p", "Voor docenten organiseren we elk jaar een kennisdag over een thema, zoals angst en verzuim of "
              "neurodiversiteit. Zorgcoördinatoren en Steunpunt-begeleiders komen zes keer per jaar bij elkaar in "
              "een netwerk. Mentoren kunnen een korte training volgen over gesprekken met jongeren die vastlopen."),
        ("p", "Het tekort aan docenten is ook in het voortgezet onderwijs voelbaar, vooral in de exacte vakken en "
              "in het vmbo. Dat raakt leerlingen die extra ondersteuning nodig hebben het eerst. Het SWV kan het "
              "tekort niet oplossen, maar zorgt ervoor dat de Steunpunten ook bij uitval bemand blijven."),
    ]
    body += privacy(c, 16)
    body += planning(c, 17, True)
    body += begrippen(1, [
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."),
        ("CvT", "Commissie Toelaatbaarheid van het SWV."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."),
        ("Steunpunt", "Ruimte met begeleiding binnen een VO-school (laag 2)."),
        ("Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen over de schoolbesturen."),
        ("Meerjarenbegroting", "Begroting voor de hele planperiode."),
    ])
    toc = toc_from(body)
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], c["code"],
                         "Op hoofdlijnen"]), ("toc", toc)] + body
    return blocks


LABEL_E = """documents: [holdout112-e-vo-lauwersrand.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Ch. 4 only defers to the landelijke norm and refers to SOPs on school websites; layer 1 in ch. 5 points back to ch. 4; glossary trap."
  plaatsing: "Ch. 7: vso procedure (bestuur, CvT, two deskundigen, 6 weeks) and criteria (a-c), pro (national criteria, procedure, 15 May), lwoo (criteria, procedure); no bezwaar."
  terugstroom: "Ch. 8: policy (uitgangspunt, timing, terugkeerarrangement) and procedure (evaluation in voorlaatste jaar, aanmelding voor 1 maart, consulent, CvT), OPDC return, figures."
  financien: "Ch. 10 'Financien' only states the verdeling and meerjarenbegroting are in a separate document outside the plan; glossary traps 'Verdeelmodel', 'Meerjarenbegroting'."
  dekkend-aanbod: "Ch. 5 layered table (Steunpunt, lwoo/pro, OPDC, rebound, OZA, vso); ch. 6 Thuiszitterstafel, doorzettingsmacht, witte-vlekkenanalyse with new group."
  resultaten: "Ch. 9 describes yearly kengetallen, kwartaalmonitor and jaarverslag; beoogde resultaten deferred until after the nulmeting."
  ouders: "No information channels for parents and no independent help: 'Communicatie' (ch. 11) addresses professionals only; 'Steunpunt' is a school support room; OJSP only in glossary; OPR only consent date."
"""

# ============================================================================ near-miss F (school plan, docx)

def plan_f():
    body = [
        ("h1", "1. Inleiding"),
        ("p", "Dit is het ondersteuningsplan van openbare basisschool De Klimop in Brakel-Linge voor het schooljaar "
              "2025-2026. In dit plan beschrijven we hoe wij op school de ondersteuning van onze leerlingen "
              "organiseren: wie wat doet, hoe we leerlingen volgen, hoe we samenwerken met ouders en wat we doen "
              "als een leerling meer nodig heeft dan wij kunnen bieden. Het plan is bedoeld voor het team, voor de "
              "medezeggenschapsraad en voor ouders die willen weten hoe het bij ons werkt."),
        ("p", "De Klimop is een dorpsschool met 142 leerlingen in zes combinatiegroepen. Onze school is aangesloten "
              "bij het samenwerkingsverband passend onderwijs De Brede Beek (PO 31-12). De afspraken van het "
              "samenwerkingsverband over basisondersteuning, arrangementen en toelaatbaarheid staan in het "
              "ondersteuningsplan van het samenwerkingsverband; dit schoolplan gaat over de uitvoering bij ons op "
              "school. Het plan is besproken in de MR op 9 september 2025 en wordt elk jaar bijgesteld."),
        ("h1", "2. Visie op ondersteuning"),
        ("p", "Bij ons op school mag ieder kind zijn wie het is. We kijken naar wat een kind nodig heeft en wat de "
              "leerkracht nodig heeft om dat te bieden. We werken handelingsgericht: we gaan uit van kansen en "
              "mogelijkheden, niet van problemen. Ouders zijn onze partners; zij kennen hun kind het best."),
        ("p", "We willen dat kinderen zoveel mogelijk in hun eigen groep blijven. Extra hulp geven we bij voorkeur in "
              "de klas. Alleen als het echt niet anders kan, werkt een kind buiten de groep."),
        ("h1", "3. Wie doet wat?"),
        ("table", [["Wie", "Taken"],
                   ["Leerkracht", "Eerste verantwoordelijke voor de ontwikkeling van ieder kind in de groep; signaleert, voert gesprekken met ouders, maakt het groepsoverzicht."],
                   ["Intern begeleider (Anouk Hiemstra, dinsdag en donderdag)", "Coördineert de ondersteuning, voert groepsbesprekingen, begeleidt leerkrachten, onderhoudt contact met het samenwerkingsverband."],
                   ["Directeur (Peter Ruiter)", "Eindverantwoordelijk, besluit over inzet van personeel en middelen."],
                   ["Onderwijsassistent (24 uur)", "Geeft extra instructie in kleine groepjes volgens het rooster van de IB'er."],
                   ["Gedragsspecialist (bovenschools, op afroep)", "Observeert en adviseert bij gedragsvragen."]]),
        ("h1", "4. Onze zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Elk niveau bouwt voort op het vorige."),
        ("ol", ["Niveau 1 – Algemene zorg in de groep: goed lesgeven, differentiëren in drie instructieniveaus, een positief groepsklimaat.",
                "Niveau 2 – Extra zorg in de groep: verlengde instructie of verrijking, korte interventies van zes tot acht weken, vastgelegd in het groepsoverzicht.",
                "Niveau 3 – Speciale zorg na intern onderzoek: de IB'er doet aanvullend onderzoek of observeert, er komt een individueel handelingsplan.",
                "Niveau 4 – Speciale zorg na extern onderzoek: de school schakelt externe deskundigen in (bijvoorbeeld de orthopedagoog van het samenwerkingsverband) en bespreekt het kind in het ondersteuningsteam. Eventueel wordt een arrangement aangevraagd.",
                "Niveau 5 – Verwijzing: als de school niet kan bieden wat een kind nodig heeft, wordt samen met ouders gekeken naar een andere school, zoals het speciaal basisonderwijs."]),
        ("h1", "5. Leerlingen volgen"),
        ("p", "We volgen alle leerlingen met de toetsen van ons leerlingvolgsysteem in januari en juni, en met een "
              "observatielijst voor sociaal-emotionele ontwikkeling in november en april. Na elke toetsperiode maakt "
              "de leerkracht een analyse en bespreekt die met de IB'er in de groepsbespreking."),
        ("table", [["Maand", "Activiteit"],
                   ["september", "startgesprekken met ouders en kinderen (groep 1 t/m 8)"],
                   ["oktober", "groepsbesprekingen ronde 1"],
                   ["november", "observatielijst sociaal-emotioneel"],
                   ["januari/februari", "toetsen leerlingvolgsysteem, groepsbesprekingen ronde 2"],
                   ["maart", "voortgangsgesprekken ouders"],
                   ["juni", "toetsen, groepsbesprekingen ronde 3, overdracht naar volgende groep"]]),
        ("p", "In de groepsbespreking bespreken we elk kind. Kinderen die extra aandacht nodig hebben, komen daarna "
              "in de leerlingbespreking met de IB'er. Als het nodig is, bespreken we een kind in het "
              "ondersteuningsteam, waarin ook de jeugdverpleegkundige, de ondersteuningscoördinator van het "
              "samenwerkingsverband en iemand van het lokale team zitten. Ouders worden daarvoor altijd uitgenodigd."),
        ("h1", "6. Ontwikkelingsperspectief"),
        ("p", "Voor kinderen die op een eigen leerlijn werken, stellen we een ontwikkelingsperspectief (OPP) op. "
              "Daarin staat wat we van het kind verwachten, welke doelen we stellen en welke ondersteuning het kind "
              "krijgt. We bespreken het OPP met ouders en, vanaf groep 6, ook met het kind zelf. Het OPP wordt twee "
              "keer per jaar geëvalueerd. Op dit moment hebben 6 leerlingen een OPP."),
        ("h1", "7. Samenwerking met ouders"),
        ("p", "We informeren ouders op verschillende manieren: via de schoolgids, de maandelijkse nieuwsbrief en de "
              "ouderapp. Ouders van kinderen die extra ondersteuning krijgen, worden minstens drie keer per jaar "
              "uitgenodigd voor een gesprek. Bij zorgen nemen we zelf contact op, en ouders kunnen altijd een "
              "afspraak maken met de leerkracht of de IB'er."),
        ("p", "In ons schoolondersteuningsprofiel, dat op onze website staat, beschrijven we wat wij als school aan "
              "ondersteuning kunnen bieden en waar onze grenzen liggen. Ouders die vragen hebben over passend "
              "onderwijs kunnen ook kijken op de ouderpagina van het samenwerkingsverband of contact opnemen met het "
              "ouder- en jeugdsteunpunt van het samenwerkingsverband. Voor klachten geldt de klachtenregeling van "
              "ons schoolbestuur."),
        ("h1", "8. Extra ondersteuning vanuit het samenwerkingsverband"),
        ("p", "Als een kind meer nodig heeft dan wij met onze eigen mogelijkheden kunnen bieden, kunnen wij via het "
              "ondersteuningsteam een arrangement aanvragen bij het samenwerkingsverband. Dat kan bijvoorbeeld "
              "begeleiding door een specialist zijn, of extra uren van de onderwijsassistent. In 2024-2025 hadden we "
              "vier schoolarrangementen: twee voor gedrag, één voor taal en één voor een leerling met een "
              "lichamelijke beperking."),
        ("p", "Van het samenwerkingsverband ontvangt ons schoolbestuur jaarlijks een schoolbudget per leerling. Ons "
              "bestuur geeft dat door aan de scholen. Voor De Klimop was dat in 2025 ongeveer € 17.600. We gebruiken "
              "dat voor de onderwijsassistent (deels), scholing van het team over gedrag en materialen voor "
              "kinderen met dyslexie."),
        ("h1", "9. Als een andere school beter past"),
        ("p", "Soms komen we tot de conclusie dat een kind op een andere school beter tot zijn recht komt, "
              "bijvoorbeeld in het speciaal basisonderwijs. Dat besluit nemen we nooit alleen: we bespreken het met "
              "ouders en in het ondersteuningsteam. Voor plaatsing in het sbo of so is een "
              "toelaatbaarheidsverklaring (TLV) nodig, die ons schoolbestuur aanvraagt bij het samenwerkingsverband. "
              "De IB'er verzamelt de gegevens en helpt ouders bij de stappen. Hoe de procedure precies werkt, staat in "
              "het ondersteuningsplan van het samenwerkingsverband."),
        ("p", "Komt een kind vanuit het sbo of so terug naar onze school (terugplaatsing), dan maken we samen met de "
              "speciale school en de ouders een overgangsplan. In de afgelopen drie jaar is dat één keer gebeurd."),
        ("h1", "10. Onze resultaten en ambities"),
        ("p", "De eindtoetsresultaten van onze school lagen de afgelopen drie jaar boven de signaleringswaarden. Wel "
              "zien we dat het aantal kinderen met gedragsvragen stijgt. Daarom volgt het hele team dit jaar de "
              "scholing 'Grip op de groep'."),
        ("ul", ["Ambitie 2025-2026: alle leerkrachten werken met het nieuwe groepsoverzicht.",
                "Ambitie 2025-2026: de time-outplek in de hal wordt ingericht als prikkelarme werkplek.",
                "Ambitie 2025-2026: we voeren met elk kind met een OPP twee kindgesprekken per jaar."]),
        ("h1", "11. Evaluatie"),
        ("p", "Dit plan evalueren we in juni 2026 met het team en de MR. De uitkomsten verwerken we in het plan voor "
              "2026-2027 en in het schooljaarplan."),
    ]
    toc = toc_from(body)
    return [("title", ["Ondersteuningsplan obs De Klimop", "Schooljaar 2025-2026",
                       "Openbare basisschool De Klimop, Brakel-Linge"]), ("toc", toc)] + body


LABEL_F = """documents: [holdout112-f-school-klimop.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Near-miss: school-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, OPP, school budget) for one school year, approved by the MR; it refers to the samenwerkingsverband's own plan and is not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeling over besturen)."
"""

# ============================================================================ main
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

PLANS = [
    # (file stem, builder, format, header, label)
    ("holdout112-a-po-brede-beek", plan_a, "docx", "Ondersteuningsplan 2025-2029 | SWV PO De Brede Beek", LABEL_A),
    ("holdout112-b-po-hoornkamp", plan_b, "docx", "Ondersteuningsplan 2025-2029 | SWV Hoornkamp", LABEL_B),
    ("holdout112-c-po-wierdenland", plan_c, "pdf", "Ondersteuningsplan 2025-2029 | Het Wierdenland", LABEL_C),
    ("holdout112-d-po-kanaalzone", plan_d, "pdf", "Ondersteuningsplan 2025-2029 | Kanaalzone-Midden", LABEL_D),
    ("holdout112-e-vo-lauwersrand", plan_e, "html", "Ondersteuningsplan 2025-2029 | SWV VO Lauwersrand", LABEL_E),
    ("holdout112-f-school-klimop", plan_f, "docx", "obs De Klimop | Ondersteuningsplan 2025-2026", LABEL_F),
]


def docx_to_pdf(docx_path, out_dir, tmp):
    profile = Path(tmp) / "lo_profile"
    cmd = ["soffice", "-env:UserInstallation=" + profile.resolve().as_uri(), "--headless",
           "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = Path(tmp) / (docx_path.stem + ".pdf")
    shutil.move(str(pdf), str(out_dir / pdf.name))


def main():
    tmp = tempfile.mkdtemp(prefix="holdout112_make_")
    try:
        for stem, builder, fmt, header, label in PLANS:
            blocks = builder()
            n = word_count(blocks)
            if fmt == "docx":
                write_docx(blocks, OUT / (stem + ".docx"), header)
            elif fmt == "pdf":
                src = Path(tmp) / (stem + ".docx")
                write_docx(blocks, src, header)
                docx_to_pdf(src, OUT, tmp)
            elif fmt == "html":
                write_html(blocks, OUT / (stem + ".html"), blocks[0][1][0] + " - " + blocks[0][1][1], header)
            elif fmt == "md":
                write_md(blocks, OUT / (stem + ".md"))
            (OUT / (stem + ".expected.yaml")).write_text(label, encoding="utf-8")
            print("%-32s %-5s %5d words" % (stem, fmt, n))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
