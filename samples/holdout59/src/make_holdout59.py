#!/usr/bin/env python3
"""Generate the holdout59 labelled test set for opcheck (fictional documents; deterministic, no network).

Run: python3 src/make_holdout59.py  (writes into the parent folder of src/)."""
import datetime
import html as htmlmod
import os
import shutil
import subprocess
import tempfile

import docx
from docx.shared import Pt


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def L(items):
    return ("list", list(items))


def T(rows):
    return ("table", [list(r) for r in rows])


def TOC():
    return ("toc", None)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3", "p"):
            n += len(val.split())
        elif kind == "list":
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


def _toc_entries(blocks):
    out = []
    for kind, val in blocks:
        if kind == "h1" or kind == "h2":
            out.append((kind, val))
    return out


# ---------------------------------------------------------------- renderers
def render_docx(blocks, path, title, header_text):
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.title = title
    d.core_properties.author = "Bureau samenwerkingsverband"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = title + " - versie ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "list":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tb = d.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = c
                    if i == 0:
                        for run in tb.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for k, t in _toc_entries(blocks):
                d.add_paragraph(("    " if k == "h2" else "") + t)
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(path)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % htmlmod.escape(title), "</head>", "<body>",
           '<header><p class="site">%s</p><nav>Home | Over ons | Ondersteuningsplan | Ouders | Scholen | Contact</nav></header>'
           % htmlmod.escape(title), "<main>"]
    for kind, val in blocks:
        e = htmlmod.escape
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "list":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ul>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ul>')
            for k, t in _toc_entries(blocks):
                out.append("<li>%s%s</li>" % ("&nbsp;&nbsp;" if k == "h2" else "", e(t)))
            out.append("</ul></nav>")
    out += ["</main>", "<footer><p>&copy; 2026 %s &middot; Privacyverklaring &middot; Cookies</p></footer>" % htmlmod.escape(title),
            "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, outdir):
    tmp = tempfile.mkdtemp(prefix="h59pdf")
    try:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        shutil.copyfile(os.path.join(tmp, base), os.path.join(outdir, base))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- generic filler
def voorwoord(c):
    return [
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan %s van %s. Met dit plan leggen de aangesloten schoolbesturen vast hoe zij "
          "de komende vier schooljaren samen invulling geven aan passend onderwijs in %s. Het plan is tot stand gekomen "
          "na een intensief traject van ruim een jaar, waarin wij met directeuren, %s, leraren, de leden van de "
          "ondersteuningsplanraad, gemeenten en partners uit de jeugdhulp hebben gesproken over wat goed gaat en wat beter moet."
          % (c["period"], c["name"], c["region"], c["staff_role"])),
        P("Passend onderwijs is geen project meer, maar de gewone praktijk van elke school. Toch merken we dat de druk op "
          "scholen toeneemt. Het lerarentekort, de groeiende vraag naar jeugdhulp, de toename van het aantal leerlingen met "
          "complexe vragen en de krapte op de woningmarkt in de regio maken dat wij keuzes moeten maken. Dit plan is daarom "
          "nadrukkelijk een plan van keuzes: we doen minder dingen, maar die doen we beter en samen."),
        P("Wij danken iedereen die heeft meegedacht. In het bijzonder gaat onze dank uit naar de werkgroep ondersteuningsplan, "
          "die in %d bijeenkomsten de bouwstenen voor dit plan heeft aangedragen, en naar de ondersteuningsplanraad, die "
          "kritisch en constructief heeft meegelezen. Wij kijken uit naar de uitvoering en nodigen iedereen uit om ons te "
          "blijven voeden met ideeën, signalen en kritiek." % c["n_meetings"]),
        P("%s, %s\n%s" % (c["director"], c["director_title"], c["name"])),
    ]


def inleiding(c, chapters_text):
    return [
        H1("1 Inleiding en leeswijzer"),
        H2("1.1 Aanleiding"),
        P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het vorige plan "
          "liep af op 31 juli %d. Het nieuwe plan geldt van 1 augustus %d tot en met 31 juli %d. Het is opgesteld op basis "
          "van de evaluatie van het vorige plan, de gesprekken met de besturen en de uitkomsten van het laatste bezoek van de "
          "inspectie. Daarnaast hebben we rekening gehouden met de landelijke ontwikkelingen rond de verbeteraanpak passend "
          "onderwijs en de Wet versterking positie ouders en leerlingen." % (c["y0"], c["y0"], c["y0"] + 4)),
        H2("1.2 Status van dit plan"),
        P("Dit plan is een strategisch document. Het geeft richting en legt de afspraken vast die voor alle aangesloten scholen "
          "gelden. De uitwerking vindt plaats in jaarplannen, die het bestuur jaarlijks vaststelt. Waar in dit plan wordt "
          "gesproken over 'scholen' bedoelen we alle vestigingen van de aangesloten schoolbesturen, tenzij anders vermeld."),
        H2("1.3 Leeswijzer"),
        P(chapters_text),
        H2("1.4 Ontwikkelingen die op ons afkomen"),
        P("De komende jaren verandert er veel in en rond het onderwijs. Het kabinet werkt met de verbeteraanpak passend "
          "onderwijs toe naar een stelsel dat in 2035 inclusiever moet zijn dan nu. Wat dat precies betekent voor de "
          "verhouding tussen regulier en speciaal onderwijs, is nog niet in alle opzichten duidelijk; landelijke "
          "wetsvoorstellen en adviezen volgen elkaar snel op. Wij volgen deze ontwikkelingen nauwgezet en bespreken ze "
          "twee keer per jaar met de besturen."),
        P("Ook in de regio zelf verandert het nodige. In de kleinere kernen loopt het aantal leerlingen terug, waardoor "
          "scholen fuseren of samenwerken; in en rond %s worden nieuwe wijken gebouwd met jonge gezinnen. Het lerarentekort "
          "is het sterkst voelbaar op scholen met een complexe leerlingpopulatie. De wachttijden in de jeugdhulp zijn in "
          "de afgelopen jaren opgelopen. Deze ontwikkelingen vragen om flexibiliteit: dit plan legt de koers vast, maar "
          "laat ruimte om in de jaarplannen bij te sturen als de omstandigheden daarom vragen." % c["city"]),
    ]


def kerngegevens(c, num):
    rows = [["Kenmerk", "Aantal (1 oktober %d)" % (c["y0"] - 1)]] + c["kern_rows"]
    return [
        H1("%d %s in het kort" % (num, c["short"])),
        P("%s is een %s samenwerkingsverband. Het werkgebied omvat de gemeenten %s. Aan het samenwerkingsverband zijn %d "
          "schoolbesturen verbonden, variërend van een eenpitter tot een bestuur met meer dan dertig scholen. De regio kent "
          "een stedelijk centrum en een uitgestrekt landelijk gebied, wat betekent dat afstanden tot voorzieningen sterk "
          "verschillen. Het leerlingaantal daalt licht in de kernen en groeit in de nieuwbouwwijken rond de stad."
          % (c["name"], "groot" if c["large"] else "middelgroot", ", ".join(c["gemeenten"]), c["n_besturen"])),
        T(rows),
        P("Het samenwerkingsverband is een stichting. Het bureau is gevestigd in %s en telt %s fte, onder wie beleidsmedewerkers, "
          "%s, een controller en ondersteunend personeel. De statuten zijn voor het laatst gewijzigd in %d."
          % (c["city"], c["fte"], c["bureau_experts"], c["y0"] - 2)),
    ]


def visie(c, num):
    return [
        H1("%d Visie en missie" % num),
        H2("%d.1 Onze missie" % num),
        P("Wij zijn er voor ieder kind en iedere jongere in onze regio. Samen met de scholen zorgen we ervoor dat leerlingen "
          "zich kunnen ontwikkelen op een plek die bij hen past, zo dicht mogelijk bij huis. De school is daarbij de spil; het "
          "samenwerkingsverband ondersteunt, verbindt en faciliteert."),
        H2("%d.2 Onze visie" % num),
        P("Wij gaan uit van de mogelijkheden van leerlingen, niet van hun beperkingen. Elk kind heeft recht op onderwijs en "
          "op een ononderbroken ontwikkeling. Wij geloven dat leraren het verschil maken en dat zij daarvoor de ruimte, de "
          "kennis en de steun van hun team en hun bestuur nodig hebben. Wij kiezen voor vertrouwen in de professional en voor "
          "zo min mogelijk bureaucratie: geld en expertise moeten zo dicht mogelijk bij de leerling terechtkomen."),
        P("Wij werken vanuit vijf kernwaarden: nabijheid, samenwerking, eigenaarschap, transparantie en lerend vermogen. "
          "Nabijheid betekent dat we zoeken naar oplossingen in de eigen omgeving van de leerling. Samenwerking betekent dat "
          "we over de grenzen van besturen, sectoren en domeinen heen kijken. Eigenaarschap betekent dat iedere school zich "
          "verantwoordelijk voelt voor iedere leerling in de wijk of het dorp. Transparantie betekent dat we open zijn over "
          "keuzes en middelen. Lerend vermogen betekent dat we blijven reflecteren op ons handelen."),
        H2("%d.3 Wat dit betekent voor onze manier van werken" % num),
        P("Deze visie vertaalt zich in een aantal uitgangspunten die in alle hoofdstukken terugkomen. We organiseren "
          "ondersteuning zo veel mogelijk in de klas en op de school. We willen dat de school snel en zonder formulieren hulp "
          "kan inschakelen. We vragen van scholen dat zij hun kennis delen, en we vragen van onszelf dat we dienstverlenend "
          "zijn. Passend onderwijs is een gedeelde verantwoordelijkheid van schoolbesturen, scholen, gemeenten en partners; "
          "geen van die partijen kan het alleen."),
    ]


def governance(c, num, opr_parents=True):
    ps = [
        H1("%d Organisatie, bestuur en medezeggenschap" % num),
        H2("%d.1 Bestuursmodel" % num),
        P("De stichting kent een scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door een "
          "directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie drie worden voorgedragen door de "
          "aangesloten schoolbesturen en twee onafhankelijk zijn. De vergadering van aangesloten schoolbesturen (het "
          "bestuurlijk overleg) komt vier keer per jaar bijeen en stelt op voorstel van de directeur-bestuurder het "
          "ondersteuningsplan, het jaarplan en de jaarrekening vast. De stichting volgt de Code Goed Bestuur van de sector."),
        P("De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen. In de afgelopen planperiode is "
          "daarvan geen gebruik gemaakt. Wel is in %d een bemiddelingstraject gestart rond de verdeling van huisvestingslasten "
          "van een bovenschoolse voorziening; dat is in goed overleg afgerond." % (c["y0"] - 2)),
        H2("%d.2 Bureau en uitvoering" % num),
        P("Het bureau voert de taken van het samenwerkingsverband uit in opdracht van de directeur-bestuurder. Het bureau is "
          "georganiseerd in drie teams: team ondersteuning en advies, team toewijzing en administratie, en team bedrijfsvoering. "
          "Voor de bedrijfsvoering, waaronder salarisadministratie en ICT, maakt het samenwerkingsverband gebruik van een "
          "extern administratiekantoor."),
        H2("%d.3 Ondersteuningsplanraad" % num),
    ]
    if opr_parents:
        ps.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR bestaat uit %d leden: "
                    "de helft ouders (%s) en de helft personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de "
                    "aangesloten scholen. De OPR vergadert zes keer per jaar en ontvangt ondersteuning van een ambtelijk secretaris. "
                    "Met de OPR is afgesproken dat de raad vroegtijdig wordt betrokken bij beleidsvoornemens, zodat ouders en "
                    "personeel hun perspectief kunnen inbrengen voordat besluiten vallen."
                    % (c["opr_n"], "of leerlingen" if c["sector"] == "vo" else "van leerlingen")))
    else:
        ps.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR telt %d leden, "
                    "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen, en vergadert zes keer per jaar. "
                    "De raad wordt ondersteund door een ambtelijk secretaris. Een reglement regelt de werkwijze, de "
                    "verkiezingen en de facilitering." % c["opr_n"]))
    ps.append(P("Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. "
                "Deze raad heeft de gebruikelijke bevoegdheden ten aanzien van personeelsbeleid en organisatiewijzigingen."))
    return ps


def oogo(c, num, content=True):
    ps = [H1("%d Samenwerking met gemeenten" % num)]
    if content:
        ps += [
            P("Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de colleges van "
              "burgemeester en wethouders van %s. Het OOGO vond plaats op %s en is met overeenstemming afgesloten. "
              "Ook is het ontwerp besproken met het samenwerkingsverband %s, waarvan het werkgebied het onze overlapt."
              % (", ".join(c["gemeenten"]), c["oogo_date"], c["other_swv"])),
            P("Met de gemeenten werken we samen op de thema's die wij in de gezamenlijke agenda passend onderwijs en jeugd "
              "hebben vastgelegd: de aansluiting tussen onderwijs en jeugdhulp, onderwijszorgarrangementen voor leerlingen die "
              "zowel onderwijs als zorg nodig hebben, leerlingenvervoer, onderwijshuisvesting van voorzieningen en de overgang "
              "naar vervolgonderwijs en werk. Per school is een vaste contactpersoon van het lokale team beschikbaar die "
              "aanschuift bij het ondersteuningsteam van de school."),
            P("Het bestuurlijk overleg met de wethouders onderwijs en jeugd vindt twee keer per jaar plaats. Ambtelijk is er "
              "maandelijks contact. Bij verschil van inzicht treden partijen eerst in overleg; leidt dat niet tot een "
              "oplossing, dan wordt de geschillenregeling uit het convenant gevolgd."),
        ]
    else:
        ps += [
            P("Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de colleges van "
              "burgemeester en wethouders van %s. Het OOGO vond plaats op %s en is met overeenstemming afgesloten. "
              "Ook is het ontwerp besproken met het samenwerkingsverband %s. Het verslag van het OOGO is bij de stukken voor "
              "het bestuur gevoegd." % (", ".join(c["gemeenten"]), c["oogo_date"], c["other_swv"])),
        ]
    return ps


def personeel(c, num):
    return [
        H1("%d Personeel en professionalisering" % num),
        P("Passend onderwijs staat of valt met de mensen die het werk doen. Het lerarentekort raakt onze regio hard: op een "
          "deel van de scholen zijn structureel vacatures, en de druk op %s is groot. Het samenwerkingsverband kan dat "
          "tekort niet oplossen, maar kan wel bijdragen aan een aantrekkelijke werkomgeving en aan de deskundigheid van "
          "professionals." % c["staff_role"]),
        P("Wij organiseren jaarlijks een leergang voor nieuwe %s, een netwerk voor gedragsspecialisten en een "
          "kennisfestival waarop scholen praktijkvoorbeelden delen. Daarnaast maken we afspraken met de lerarenopleidingen "
          "in de regio over stages op speciale scholen en voorzieningen, zodat aanstaande leraren ervaring opdoen met "
          "leerlingen die extra ondersteuning nodig hebben." % c["staff_role"]),
        P("Voor het eigen personeel van het bureau hanteren we een strategisch personeelsbeleid met jaarlijkse "
          "gesprekscycli, een opleidingsbudget per medewerker en aandacht voor duurzame inzetbaarheid. Medewerkers van het "
          "bureau zijn geregistreerd in het daarvoor geldende beroepsregister, voor zover hun functie dat vereist. De "
          "werkdruk binnen het bureau is in de afgelopen periode toegenomen; in het jaarplan nemen we maatregelen op om "
          "piekbelasting rond de aanvraagperiodes te spreiden."),
    ]


def ict_privacy(c, num):
    return [
        H1("%d ICT, gegevens en privacy" % num),
        P("Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen aanvragen indienen en waarin "
          "besluiten en adviezen worden vastgelegd. De toegang is beperkt tot medewerkers die de gegevens voor hun taak nodig "
          "hebben. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en een privacyreglement "
          "vastgesteld dat voldoet aan de Algemene verordening gegevensbescherming."),
        P("Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat noodzakelijk is voor de wettelijke "
          "taken van het samenwerkingsverband. Na afloop van de wettelijke bewaartermijn worden dossiers vernietigd. "
          "Jaarlijks voert het bureau een controle uit op de autorisaties in het systeem. Datalekken worden gemeld volgens "
          "de vastgestelde procedure; in het afgelopen jaar is één melding gedaan, die geen gevolgen had voor betrokkenen."),
        P("Voor de komende periode staat de vervanging van het dossiersysteem gepland. Bij de aanbesteding stellen we eisen "
          "aan toegankelijkheid, beveiliging en koppelingen met de leerlingadministratiesystemen van de scholen, zodat "
          "scholen gegevens niet dubbel hoeven in te voeren."),
    ]


def planning(c, num, evaluation=True):
    ps = [
        H1("%d Planning en jaarcyclus" % num),
        P("Dit plan wordt uitgewerkt in vier jaarplannen. Elk jaarplan bevat de activiteiten voor dat schooljaar, de "
          "verantwoordelijke medewerker en de planning. Het jaarplan wordt in juni vastgesteld, na advies van het "
          "directeurenoverleg en nadat de ondersteuningsplanraad is geïnformeerd."),
        T([["Periode", "Activiteit"],
           ["augustus - oktober", "start schooljaar, bijeenkomsten met %s, teldatum 1 oktober" % c["staff_role"]],
           ["november - december", "vaststelling begroting door het bestuur, bespreking met de raad van toezicht"],
           ["januari - maart", "schoolbezoeken, overleg met gemeenten, voorbereiding jaarplan"],
           ["april - juni", "vaststelling jaarplan, jaarrekening en bestuursverslag"],
           ["juli", "afronding schooljaar, archivering dossiers"]]),
    ]
    if evaluation:
        ps.append(P("Halverwege de planperiode, in het voorjaar van %d, evalueren we dit plan samen met de besturen en de "
                    "ondersteuningsplanraad. Waar nodig stellen we het plan bij via een voortgangsparagraaf, waarop de OPR "
                    "instemmingsrecht heeft." % (c["y0"] + 2)))
    else:
        ps.append(P("Wijzigingen van dit plan tijdens de planperiode worden vastgelegd in een voortgangsparagraaf, waarop de "
                    "OPR instemmingsrecht heeft."))
    return ps


def vaststelling(c, num):
    return [
        H1("%d Vaststelling" % num),
        P("Het ontwerp van dit plan is op %s besproken in het OOGO. De ondersteuningsplanraad heeft op %s ingestemd met het "
          "plan. Het bestuur heeft het plan vastgesteld op %s. Het plan is vóór 1 mei %d aan de inspectie van het onderwijs "
          "toegezonden." % (c["oogo_date"], c["opr_date"], c["vast_date"], c["y0"])),
    ]


def begrippen(num, entries, title="Bijlage %d Begrippenlijst"):
    rows = [["Begrip", "Omschrijving"]] + [list(e) for e in entries]
    return [H1(title % num), P("In deze lijst staan de begrippen en afkortingen die in dit plan worden gebruikt."), T(rows)]


def plan_a():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Rivierenland-Oost", short="Rivierenland-Oost", code="PO 27-11",
             sector="po", region="Rivierenland-Oost", period="2026-2030", y0=2026, staff_role="intern begeleiders",
             n_meetings=9, director="drs. M.J. (Marieke) van Oosterhout", director_title="directeur-bestuurder",
             gemeenten=["Lingewaerde", "Maasdal", "Oosterbeemd", "Waalhoven", "Zandvoorde-Gelder"], n_besturen=14, large=True,
             city="Waalhoven", fte="23,4", bureau_experts="orthopedagogen, onderwijsadviseurs, een jurist",
             kern_rows=[["Schoolbesturen", "14"], ["Basisscholen (vestigingen)", "97"], ["Scholen voor speciaal basisonderwijs", "4"],
                        ["Locaties speciaal onderwijs cluster 3 en 4 in de regio", "6"], ["Leerlingen basisonderwijs", "21.380"],
                        ["Leerlingen sbo", "612"], ["Leerlingen so (uit de regio)", "498"]],
             opr_n=12, oogo_date="10 februari 2026", other_swv="VO Rivierenland (VO 27-12)", opr_date="17 maart 2026",
             vast_date="24 maart 2026")
    b = [("title", "Ondersteuningsplan 2026-2030\nSamenwerkingsverband Passend Onderwijs Rivierenland-Oost (PO 27-11)"),
         P("Samen sterk voor ieder kind. Vastgesteld door het bestuur op 24 maart 2026."), TOC()]
    b += voorwoord(c)
    b += inleiding(c, "Hoofdstuk 2 schetst de regio en het samenwerkingsverband. Hoofdstuk 3 beschrijft visie en missie. "
                   "Hoofdstuk 4 gaat over de basisondersteuning en de extra ondersteuning, hoofdstuk 5 over het dekkend netwerk. "
                   "In hoofdstuk 6 komen toelaatbaarheid en de terugkeer naar de basisschool aan bod. Hoofdstuk 7 gaat over ouders "
                   "en communicatie, hoofdstuk 8 over geld en verantwoording. De hoofdstukken 9 tot en met 13 behandelen "
                   "samenwerking met gemeenten, organisatie, personeel, ICT en de planning. Achterin staat een begrippenlijst.")
    b += kerngegevens(c, 2)
    b += visie(c, 3)
    b += [
        H1("4 Basisondersteuning en extra ondersteuning"),
        H2("4.1 Wat verstaan wij onder basisondersteuning"),
        P("Basisondersteuning is in Rivierenland-Oost het niveau van ondersteuning dat alle veertien besturen met elkaar "
          "hebben afgesproken en dat iedere basisschool, op iedere vestiging, zonder aanvraag en zonder extra middelen van het "
          "samenwerkingsverband biedt. Het is een ondergrens: een school mag meer bieden, maar nooit minder. De afspraken "
          "gelden voor alle 97 vestigingen, ook voor kleine dorpsscholen en voor scholen die tijdelijk onder verscherpt "
          "toezicht staan. Het niveau is in het bestuurlijk overleg van 3 december 2025 opnieuw vastgesteld."),
        P("De basisondersteuning bestaat uit vier onderdelen: de basiskwaliteit zoals de inspectie die beoordeelt, een "
          "samenhangend geheel van preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en een "
          "planmatige, handelingsgerichte werkwijze. In de tabel hieronder staat per onderdeel wat ouders op elke school "
          "in onze regio mogen verwachten."),
        H2("4.2 Wat iedere school ten minste biedt"),
        T([["Onderdeel", "Wat elke school in Rivierenland-Oost biedt"],
           ["Onderwijsondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met vaste deelname van de schoolcontactpersoon van het samenwerkingsverband en het lokale team"],
           ["Lezen en dyslexie", "Werken volgens het Protocol leesproblemen en dyslexie; signalering in groep 2 en 3; extra leesinterventie van minimaal 3 x 20 minuten per week voor leerlingen in de zwakste 10 procent"],
           ["Rekenen en dyscalculie", "Werken volgens het Protocol ernstige reken-wiskundeproblemen en dyscalculie; diagnostische gesprekken door de leerkracht"],
           ["Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociale veiligheid (bijvoorbeeld PBS of Kanjertraining); een gedragsspecialist binnen school of bestuur; een protocol voor time-out binnen de school"],
           ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep; een plusgroep op school- of bestuursniveau"],
           ["Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand; afspraken over de opvang van nieuwkomers"],
           ["Medische en fysieke zorg", "Een protocol medisch handelen; toegankelijk gebouw of aantoonbare afspraken met een toegankelijke school in de kern"],
           ["Planmatig werken", "Groeps- en leerlingbesprekingen ten minste drie keer per jaar; een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning ontvangt"]]),
        P("Deze voorzieningen zijn er op elke school. Ouders kunnen de school er dus op aanspreken. De manier waarop een school "
          "invulling geeft aan deze afspraken en wat zij daarbovenop biedt, staat in het schoolondersteuningsprofiel en vanaf "
          "schooljaar 2026-2027 in de schoolgids."),
        H2("4.3 Borging van de basisondersteuning"),
        P("Het samenwerkingsverband bespreekt de basisondersteuning jaarlijks met iedere school in het zogenaamde "
          "ondersteuningsgesprek, aan de hand van de kwaliteitskaart basisondersteuning. Scholen die op één of meer onderdelen "
          "onder de afgesproken ondergrens blijven, stellen binnen drie maanden een verbeterplan op. Het bestuur van de school "
          "is verantwoordelijk voor de uitvoering; het samenwerkingsverband kan expertise inzetten. Blijft een school twee "
          "jaar achtereen onder de ondergrens, dan agendeert de directeur-bestuurder dit in het bestuurlijk overleg."),
        H2("4.4 Extra ondersteuning en arrangementen"),
        P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning inzetten. De "
          "eerste stap is altijd het ondersteuningsteam van de school. Dit team kan een arrangement inzetten uit het "
          "schoolbudget of, als de vraag de mogelijkheden van de school overstijgt, een arrangement aanvragen bij het "
          "samenwerkingsverband. Wij onderscheiden drie soorten arrangementen: begeleidingsarrangementen (ambulante "
          "begeleiding door een specialist van het expertisecentrum), groepsarrangementen (bijvoorbeeld een taalklas of een "
          "groep voor jonge risicoleerlingen) en individuele onderwijsarrangementen, zoals een tijdelijke onderwijsassistent."),
        H2("4.5 Bovenschoolse voorzieningen, sbo en so"),
        P("Het ondersteuningscontinuüm loopt van de basisondersteuning op de eigen school, via extra ondersteuning op de "
          "eigen school en bovenschoolse voorzieningen, naar het speciaal basisonderwijs en het speciaal onderwijs. "
          "Bovenschools zijn er in onze regio twee observatiegroepen voor kleuters (Waalhoven en Maasdal), een voltijds "
          "voorziening voor hoogbegaafde leerlingen (De Sprong), drie schakelklassen voor nieuwkomers en een "
          "onderwijszorgvoorziening voor jonge kinderen met een ontwikkelingsachterstand, samen met de kinderdagbehandeling. "
          "De vier scholen voor sbo hebben elk een eigen profiel. Het so in de regio omvat scholen voor zeer moeilijk lerende "
          "kinderen, langdurig zieke kinderen en kinderen met gedrags- en psychiatrische problematiek."),
        H1("5 Dekkend netwerk en thuiszitters"),
        H2("5.1 Hoe wij gaten in het aanbod opsporen"),
        P("Een dekkend netwerk betekent dat er voor iedere leerling een passende plek is, zonder wachttijd en zonder dat een "
          "leerling thuis komt te zitten. Twee keer per jaar, in oktober en maart, maakt het bureau een analyse van het "
          "aanbod. Daarvoor gebruiken we de aanvragen die niet of niet tijdig konden worden gehonoreerd, de wachtlijsten van "
          "het so en van de bovenschoolse voorzieningen, signalen van leerplicht en de meldingen van scholen over leerlingen "
          "zonder passende plek. De uitkomsten bespreken we met de besturen en de gemeenten."),
        H2("5.2 Gesignaleerde gaten en wat we doen"),
        T([["Gesignaleerd knelpunt", "Actie", "Wanneer", "Eigenaar"],
           ["Wachtlijst so cluster 4 in het oostelijk deel van de regio", "Uitbreiding met een dependance van 24 plaatsen in Oosterbeemd", "augustus 2027", "bestuur so en samenwerkingsverband"],
           ["Geen passend aanbod voor kinderen met zowel ernstige leerproblemen als angst", "Pilot met een kleine tussenvoorziening binnen het sbo", "start januari 2027", "werkgroep sbo"],
           ["Lange wachttijden jeugdhulp waardoor ondersteuning op school vastloopt", "Afspraken met gemeenten over voorrang voor onderwijszorgarrangementen", "OOGO-agenda 2026", "directeur-bestuurder"]]),
        H2("5.3 Thuiszitters"),
        P("Iedere leerling die langer dan vier weken niet naar school gaat, wordt door de school binnen vijf schooldagen gemeld "
          "bij het samenwerkingsverband en de leerplichtambtenaar. In het maandelijkse thuiszittersoverleg bespreken de "
          "consulent van het samenwerkingsverband, leerplicht en het lokale team iedere gemelde leerling. Binnen zes weken na "
          "melding ligt er een plan voor terugkeer naar onderwijs. Lukt dat niet, dan neemt de directeur-bestuurder de regie "
          "en zet hij doorzettingsmacht in: hij kan een school of voorziening verzoeken de leerling tijdelijk te plaatsen, "
          "met de benodigde middelen van het samenwerkingsverband."),
        H1("6 Toelaatbaarheid en terugkeer"),
        H2("6.1 De procedure voor een toelaatbaarheidsverklaring"),
        P("Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal onderwijs "
          "(cluster 3 en 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag "
          "wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld. De school "
          "dient de aanvraag digitaal in via het Loket Toelaatbaarheid en voegt het groeidocument, het ontwikkelingsperspectief, "
          "de evaluatie van de ingezette ondersteuning en de zienswijze van ouders toe."),
        L(["Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met ouders en de schoolcontactpersoon van het samenwerkingsverband.",
           "Stap 2: de school dient de aanvraag in; het loket controleert binnen vijf werkdagen of het dossier compleet is.",
           "Stap 3: twee deskundigen adviseren: een orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld een kinderpsychiater, maatschappelijk werker of arts). Zij geven ieder een eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag.",
           "Stap 4: de Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na ontvangst van het complete dossier.",
           "Stap 5: ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."]),
        H2("6.2 Criteria"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan: de "
          "ondersteuningsbehoefte overstijgt aantoonbaar wat de basisschool met basisondersteuning en een arrangement kan "
          "bieden; de school heeft ten minste twee planmatige cycli van extra ondersteuning uitgevoerd en geëvalueerd; en de "
          "leerling heeft voor het leren of het gedrag een kleinere groep en specifieke expertise nodig die het sbo biedt. "
          "Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een ondersteuningsbehoefte op "
          "meerdere domeinen (leren, gedrag, communicatie, medisch of lichamelijk) die een intensieve, langdurige "
          "specialistische aanpak vraagt, of als het sbo aantoonbaar geen passend aanbod heeft. Bij kinderen met een IQ onder "
          "55, bij ernstige meervoudige beperkingen en bij een acute veiligheidsrisico kan zonder voorafgaande cycli een TLV "
          "worden afgegeven."),
        H2("6.3 Duur en bekostigingscategorie"),
        P("Een TLV voor het sbo wordt in de regel afgegeven voor twee schooljaren, een TLV voor het so voor twee tot vier "
          "schooljaren, telkens tot en met 31 juli. Voor het so stelt de commissie de bekostigingscategorie vast: laag, "
          "midden of hoog, afhankelijk van de aard van de ondersteuningsbehoefte."),
        H2("6.4 Bezwaar"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het samenwerkingsverband is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        H2("6.5 Afloop van de TLV en terugkeer naar de basisschool"),
        P("In het laatste schooljaar van de TLV bespreekt de school voor sbo of so uiterlijk 1 februari in de OPP-bespreking "
          "met ouders en, waar mogelijk, de leerling of terugkeer naar een basisschool of overplaatsing naar een andere school "
          "aan de orde is. De sbo- of so-school neemt daartoe het initiatief en nodigt de schoolcontactpersoon van het "
          "samenwerkingsverband uit. Als terugkeer haalbaar is, meldt de school de leerling vóór 1 april aan bij de beoogde "
          "basisschool, die de aanmelding behandelt volgens de regels van de zorgplicht. Als voortzetting van het speciaal "
          "(basis)onderwijs nodig is, dient de school vóór 1 april een aanvraag voor een nieuwe TLV in; de Commissie "
          "Toelaatbaarheid besluit daarover volgens de procedure van paragraaf 6.1. Zonder nieuwe TLV eindigt de plaatsing "
          "op 31 juli."),
        P("Wij willen meer leerlingen de kans geven om terug te keren naar het reguliere onderwijs. Het terugplaatsingsbeleid "
          "zelf – de uitgangspunten, de voorwaarden waaronder een leerling terugkeert en de begeleiding die de ontvangende "
          "basisschool daarbij krijgt – leggen we in het eerste planjaar vast in een afzonderlijke notitie, die de OPR ter "
          "instemming ontvangt."),
        H1("7 Ouders en communicatie"),
        H2("7.1 Communicatie met scholen en partners"),
        P("Het samenwerkingsverband communiceert met scholen via een maandelijkse nieuwsbrief voor directeuren en intern "
          "begeleiders, via het netwerk van schoolcontactpersonen en via de jaarlijkse regiobijeenkomst. Met gemeenten en "
          "jeugdhulp delen we een gezamenlijke kennisbank. Onze huisstijl is in 2025 vernieuwd."),
        H2("7.2 Hoe wij ouders informeren"),
        P("Ouders vinden op de ouderpagina van onze website uitleg over basisondersteuning, extra ondersteuning, arrangementen "
          "en de voorzieningen in de regio, met per voorziening een contactpersoon. De brochure 'Wegwijs in passend onderwijs' "
          "is verkrijgbaar in het Nederlands, Engels, Arabisch en Pools en ligt op iedere school. Iedere school neemt in de "
          "schoolgids een paragraaf op over de ondersteuning die de school biedt en verwijst naar het samenwerkingsverband. "
          "Twee keer per jaar organiseren we in samenwerking met de oudervereniging een informatieavond voor ouders, "
          "afwisselend in Waalhoven en Maasdal."),
        H2("7.3 Onafhankelijke ondersteuning voor ouders"),
        P("Ouders die vragen hebben of die het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij "
          "het Ouder- en Jeugdsteunpunt Rivierenland-Oost. Het steunpunt is ondergebracht bij de stichting MEE Rivierenland "
          "en werkt onafhankelijk van de scholen en het samenwerkingsverband. Het steunpunt is bereikbaar via telefoon, e-mail "
          "en een wekelijks inloopspreekuur, en kan een ouder begeleiden naar een gesprek op school. Daarnaast kunnen ouders "
          "kosteloos een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het "
          "ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs. Het steunpunt "
          "bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met de directeur-bestuurder."),
        H2("7.4 Ouders als partner"),
        P("Ouders zijn ervaringsdeskundigen als het gaat om hun kind. Zij worden uitgenodigd bij de bespreking in het "
          "ondersteuningsteam en hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief. Vanaf de "
          "invoering van het hoorrecht krijgen leerlingen de gelegenheid hun mening te geven over hun OPP."),
        H1("8 Geld en verantwoording"),
        H2("8.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, berekend op basis van "
          "het aantal leerlingen op de teldatum. Voor de leerlingen in het so en voor de groei van het sbo draagt het "
          "samenwerkingsverband via DUO bedragen af aan de speciale scholen."),
        H2("8.2 Hoe de middelen worden verdeeld"),
        P("De verdeling volgt een schoolmodel. Na aftrek van de afdrachten aan het sbo en so, de kosten van de bovenschoolse "
          "voorzieningen en het bureau ontvangen de besturen een schoolbudget van € 142 per leerling (teldatum 1 oktober van "
          "het voorafgaande jaar), aangevuld met een vaste voet van € 6.500 per vestiging. Kleine scholen met minder dan 100 "
          "leerlingen ontvangen een extra toeslag van € 3.000. Aanvragen voor arrangementen bij het samenwerkingsverband worden "
          "beoordeeld door het team ondersteuning en advies en toegekend tot het maximum van het arrangementenbudget; "
          "toekenning gebeurt op basis van de ondersteuningsbehoefte, niet op basis van het bestuur. Het bestuur stelt het "
          "verdeelmodel vast na instemming van de OPR; wijzigingen gaan in per 1 augustus."),
        H2("8.3 Meerjarenbegroting"),
        T([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
           ["Baten ondersteuningsbekostiging", "21.940", "21.710", "21.560", "21.400"],
           ["Afdracht sbo en so (DUO)", "9.830", "9.760", "9.700", "9.650"],
           ["Schoolbudgetten besturen", "3.670", "3.640", "3.610", "3.590"],
           ["Arrangementen en bovenschoolse voorzieningen", "5.120", "5.080", "5.050", "5.000"],
           ["Thuiszitters en maatwerk", "420", "420", "420", "420"],
           ["Professionalisering en kennisdeling", "310", "300", "300", "290"],
           ["Bureau en bestuur", "1.990", "2.010", "2.030", "2.050"],
           ["Resultaat", "600", "500", "450", "400"]]),
        P("Het positieve resultaat in de eerste jaren dient om de tijdelijke dependance so te kunnen opvangen. De reserve "
          "bedroeg op 31 december 2025 € 2,9 miljoen; de signaleringswaarde voor bovenmatige reserves ligt op € 2,4 miljoen. "
          "Het bestuur heeft besloten het meerdere in 2027 en 2028 in te zetten voor de uitbreiding van het dekkend netwerk."),
        H2("8.4 Verantwoording door de besturen"),
        P("De besturen leggen jaarlijks vóór 1 mei verantwoording af over de besteding van het schoolbudget, met een vast "
          "format waarin zij per school aangeven welk bedrag aan welke voorzieningen is besteed. De accountant van het "
          "samenwerkingsverband controleert een steekproef."),
        H2("8.5 Resultaten"),
        P("Een paragraaf over de beoogde en bereikte resultaten nemen we op zodra de nieuwe regionale monitor beschikbaar is. "
          "De indicatoren en streefwaarden worden samen met de besturen ontwikkeld en volgen in de voortgangsparagraaf van "
          "voorjaar 2027."),
    ]
    b += oogo(c, 9)
    b += governance(c, 10)
    b += personeel(c, 11)
    b += ict_privacy(c, 12)
    b += planning(c, 13, evaluation=False)
    b += vaststelling(c, 14)
    b += begrippen(1, [
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
        ("Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep."),
        ("Dekkend netwerk", "Het geheel van voorzieningen waardoor er voor iedere leerling een passende plek is."),
        ("OPP", "Ontwikkelingsperspectief(plan)."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("Terugplaatsing", "De overstap van een leerling van het sbo of so naar het basisonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
        ("Resultaten", "Wat het samenwerkingsverband met zijn inzet bereikt voor leerlingen."),
        ("Verdeelmodel", "De regels waarmee middelen over de besturen worden verdeeld."),
    ])
    return c, b


def plan_b():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenland-Dommel", short="Kempenland-Dommel", code="VO 30-14",
             sector="vo", region="Kempenland-Dommel", period="2026-2030", y0=2026, staff_role="ondersteuningscoördinatoren",
             n_meetings=7, director="ir. J.P. (Joost) Hendriks", director_title="directeur-bestuurder",
             gemeenten=["Dommelrode", "Kempenhorst", "Veldhoven-Heike", "Bergeijkerveld", "Eersel-Hoog", "Waalre-Noord"],
             n_besturen=11, large=True, city="Dommelrode", fte="31,8",
             bureau_experts="orthopedagogen, trajectbegeleiders, consulenten thuiszitters",
             kern_rows=[["Schoolbesturen", "11"], ["Vestigingen regulier vo", "29"], ["Scholen voor praktijkonderwijs", "3"],
                        ["Vso-scholen in de regio", "4"], ["Leerlingen regulier vo", "24.960"], ["Leerlingen met lwoo", "1.870"],
                        ["Leerlingen pro", "612"], ["Leerlingen vso (uit de regio)", "740"]],
             opr_n=14, oogo_date="3 februari 2026", other_swv="PO Kempenland (PO 30-13)", opr_date="10 maart 2026",
             vast_date="19 maart 2026")
    b = [("title", "Ondersteuningsplan 2026-2030\nSamenwerkingsverband VO Kempenland-Dommel (VO 30-14)"),
         P("Iedere jongere een passende plek. Versie ter vaststelling."), TOC()]
    b += voorwoord(c)
    b += inleiding(c, "Na de schets van de regio (hoofdstuk 2) en onze koers (hoofdstuk 3) beschrijven we in hoofdstuk 4 de "
                   "ondersteuning op school, in hoofdstuk 5 het dekkend netwerk, en in hoofdstuk 6 de toelaatbaarheid tot vso, "
                   "lwoo en pro, samen met terugkeer en overstap. Hoofdstuk 7 gaat over ouders, leerlingen en communicatie en "
                   "hoofdstuk 8 over middelen en resultaten. Daarna volgen samenwerking met gemeenten, organisatie, personeel, "
                   "ICT, planning en vaststelling.")
    b += kerngegevens(c, 2)
    b += visie(c, 3)
    b += [
        H1("4 Ondersteuning op school"),
        H2("4.1 Basisondersteuning"),
        P("De basisondersteuning is het door alle elf besturen afgesproken minimumniveau van ondersteuning dat op iedere "
          "vestiging aanwezig is, van praktijkonderwijs tot gymnasium, ongeacht het profiel van de school. Het is wat een "
          "leerling en zijn ouders van elke school in Kempenland-Dommel mogen verwachten, zonder dat daarvoor een aanvraag bij "
          "het samenwerkingsverband nodig is. Scholen die meer bieden, beschrijven dat in hun schoolgids."),
        P("Welke voorzieningen concreet onder de basisondersteuning vallen, is vastgelegd in de Kwaliteitskaart "
          "Basisondersteuning VO, die op onze website staat en die het directeurenoverleg jaarlijks actualiseert. In de loop "
          "van 2027 stellen we, in lijn met de landelijke norm basisondersteuning, een herziene lijst van standaarden vast."),
        P("Iedere school bespreekt de basisondersteuning eens per twee jaar in een audit met een collega-school en een "
          "medewerker van het samenwerkingsverband. Het auditrapport gaat naar het bestuur van de school; bij tekortkomingen "
          "maakt de school binnen een half jaar een verbeterplan."),
        H2("4.2 Extra ondersteuning op school"),
        P("Iedere school heeft een ondersteuningsteam onder leiding van de ondersteuningscoördinator. Scholen ontvangen een "
          "budget voor lichte ondersteuning waarmee zij extra ondersteuning op school organiseren: trajectvoorzieningen, "
          "ondersteuningsklassen, een time-out-ruimte met begeleiding, faalangstreductietraining, en begeleiding door een "
          "schoolmaatschappelijk werker. Voor leerlingen die extra ondersteuning ontvangen stelt de school een "
          "ontwikkelingsperspectief op."),
        H2("4.3 Bovenschoolse voorzieningen"),
        P("Boven op de ondersteuning van de scholen kent de regio een aantal bovenschoolse voorzieningen: het "
          "orthopedagogisch-didactisch centrum De Overstap (60 plaatsen), twee reboundvoorzieningen voor tijdelijke opvang van "
          "maximaal twaalf weken, de voorziening Plus voor hoogbegaafde leerlingen met sociaal-emotionele problemen, een "
          "internationale schakelklas voor nieuwkomers en een onderwijszorgarrangement met de jeugd-ggz voor leerlingen die "
          "tijdelijk niet volledig naar school kunnen. Daarnaast zijn er vier vso-scholen en drie scholen voor praktijkonderwijs. "
          "Zo ontstaat een doorlopend continuüm van basisondersteuning, via extra ondersteuning op school en bovenschoolse "
          "arrangementen, tot gespecialiseerd onderwijs."),
        H1("5 Dekkend netwerk en thuiszitters"),
        P("Het samenwerkingsverband heeft een regiefunctie om te zorgen dat iedere jongere een passende plek heeft. Het bureau "
          "houdt een overzicht bij van alle jongeren zonder passende plek en van alle jongeren die langer dan vier weken "
          "verzuimen. De maandelijkse thuiszitterstafel – met leerplicht, jeugdhulp, de betrokken school en een consulent van "
          "het samenwerkingsverband – bespreekt iedere casus en maakt binnen twee weken een plan met een eigenaar en een datum."),
        P("Uit de analyse van 2025 blijkt dat het aanbod tekortschiet voor twee groepen: jongeren met ernstige angstklachten "
          "die op een grote school vastlopen, en jongeren in het vso met een havo- of vwo-perspectief. Voor de eerste groep "
          "start in augustus 2026 een kleinschalige voorziening met 16 plaatsen; voor de tweede groep maken we met de "
          "vso-scholen en twee havo/vwo-scholen afspraken over gedeelde leerroutes, met een eerste evaluatie in juni 2027."),
        P("Als een jongere niet binnen drie maanden een passende plek heeft, escaleert de consulent naar de directeur-bestuurder, "
          "die de besturen kan verplichten een plek te bieden op grond van de afspraken in het convenant zorgplicht."),
        H1("6 Toelaatbaarheid, terugkeer en overstap"),
        H2("6.1 Toelaatbaarheid tot het vso"),
        P("Het bevoegd gezag van de vo-school waar de leerling staat ingeschreven of is aangemeld, vraagt de "
          "toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van het samenwerkingsverband. Bij de aanvraag horen het "
          "ontwikkelingsperspectief met de evaluatie van de ingezette ondersteuning, een onderwijskundig rapport, de zienswijze "
          "van de ouders en de zienswijze van de leerling. De commissie wint het advies in van twee deskundigen: een "
          "orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinder- en "
          "jeugdpsychiater of een maatschappelijk werker. Binnen zes weken na ontvangst van een volledige aanvraag neemt de "
          "commissie namens het bestuur een besluit."),
        P("Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte de mogelijkheden van de reguliere school "
          "en van de bovenschoolse voorzieningen aantoonbaar overstijgt, (2) de school de extra ondersteuning ten minste zes "
          "maanden planmatig heeft uitgevoerd en geëvalueerd, tenzij sprake is van een acute situatie, en (3) de leerling "
          "aangewezen is op de specifieke combinatie van onderwijs, begeleiding en zorg die het vso biedt. De commissie stelt "
          "de bekostigingscategorie vast (laag, midden of hoog). Een TLV wordt afgegeven voor ten hoogste twee schooljaren; bij "
          "een duurzame, ongewijzigde ondersteuningsbehoefte kan de TLV tot het einde van de schoolloopbaan worden afgegeven."),
        H2("6.2 Leerwegondersteuning en praktijkonderwijs"),
        P("Het samenwerkingsverband hanteert voor lwoo en pro de landelijke criteria. De vo-school vraagt lwoo of "
          "toelaatbaarheid tot pro aan bij de Commissie Toewijzing, uiterlijk 1 mei voorafgaand aan het schooljaar, met de "
          "gegevens over intelligentie, leerachterstanden en, waar van toepassing, sociaal-emotionele problematiek. De "
          "commissie besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een aanwijzing pro "
          "voor de duur van de inschrijving."),
        H2("6.3 Terugkeer van het vso naar het regulier onderwijs"),
        P("Ons uitgangspunt is dat een verblijf in het vso waar mogelijk tijdelijk is. Een jongere keert terug naar een "
          "reguliere school zodra de ondersteuningsbehoefte dat toelaat en als de ontvangende school met extra ondersteuning "
          "kan bieden wat de jongere nodig heeft. Terugkeer is geen doel op zich: de ontwikkeling van de leerling staat "
          "voorop. Iedere jongere die terugkeert, krijgt een terugkeerarrangement van één schooljaar, met ambulante "
          "begeleiding door de vso-school en extra begeleidingsuren op de ontvangende school, bekostigd door het "
          "samenwerkingsverband."),
        P("De vso-school evalueert het ontwikkelingsperspectief ieder jaar met ouders en leerling en beoordeelt daarbij of "
          "terugkeer mogelijk is. In het laatste jaar van de TLV voert de vso-school vóór 1 maart een perspectiefgesprek met "
          "ouders, leerling en een trajectbegeleider van het samenwerkingsverband. Is terugkeer haalbaar, dan zoekt de "
          "trajectbegeleider samen met ouders een school en volgt een proefplaatsing van zes tot acht weken. Is terugkeer niet "
          "haalbaar, dan vraagt de vso-school een nieuwe TLV aan. De Commissie Toewijzing besluit over verlenging; de "
          "ontvangende school besluit over de inschrijving. Zes weken en zes maanden na de terugkeer vindt een evaluatie plaats."),
        H2("6.4 Bezwaar"),
        P("Tegen een besluit over toelaatbaarheid, lwoo of pro kunnen ouders binnen zes weken bezwaar maken bij het bestuur. "
          "Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("7 Ouders, leerlingen en communicatie"),
        H2("7.1 Informatie voor ouders en leerlingen"),
        P("Op de website staat een aparte rubriek voor ouders en leerlingen met uitleg over de ondersteuning op school, de "
          "bovenschoolse voorzieningen en het vso, met filmpjes van leerlingen die over hun ervaringen vertellen. In groep 8 "
          "ontvangen alle ouders via de basisschool de folder 'Naar het vo met extra ondersteuning', die we samen met het "
          "samenwerkingsverband PO maken. Elke school neemt in de schoolgids op welke ondersteuning zij biedt en hoe ouders "
          "die kunnen aanvragen. Twee keer per jaar houden we een informatiebijeenkomst voor ouders van leerlingen die de "
          "overstap naar het vo maken."),
        H2("7.2 Vragen en meedenken"),
        P("Voor vragen kunnen ouders in eerste instantie terecht bij de mentor of de ondersteuningscoördinator van de school. "
          "Het samenwerkingsverband onderzoekt samen met de gemeenten hoe een ouder- en jeugdsteunpunt het best vorm kan krijgen; "
          "zodra daarover besluiten zijn genomen, volgt informatie op de website."),
        P("Leerlingen hebben het recht om gehoord te worden over hun ontwikkelingsperspectief. Wij vinden dat belangrijk en "
          "vragen scholen de stem van de leerling zichtbaar te maken in het OPP. In de ondersteuningsplanraad hebben ouders en "
          "leerlingen samen de helft van de zetels."),
        H1("8 Middelen en resultaten"),
        H2("8.1 Verdeling van de middelen"),
        P("Het samenwerkingsverband verdeelt de middelen volgens drie stromen. De eerste stroom is het schoolbudget lichte "
          "ondersteuning: € 118 per leerling op de teldatum van 1 oktober, plus een vaste voet van € 15.000 per vestiging. "
          "De tweede stroom zijn de bovenschoolse voorzieningen, die een vaste bekostiging per plaats krijgen op basis van "
          "een jaarlijks vastgestelde capaciteit. De derde stroom zijn de individuele arrangementen, die op aanvraag worden "
          "toegekend door de Commissie Toewijzing op basis van het ontwikkelingsperspectief; de commissie hanteert daarbij "
          "een vast tarief per arrangementsuur. Lwoo en pro worden bekostigd via de afdrachten van DUO op basis van het aantal "
          "aanwijzingen."),
        H2("8.2 Begroting"),
        P("De meerjarenbegroting maakt geen deel uit van dit plan. Het bestuur stelt de begroting jaarlijks in december vast en "
          "publiceert haar afzonderlijk. Het weerstandsvermogen houden we tussen 5 en 10 procent van de baten; reserves "
          "boven de signaleringswaarde zetten we in voor het dekkend netwerk."),
        H2("8.3 Beoogde resultaten"),
        T([["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
           ["Deelnamepercentage vso", "3,4%", "3,0%"],
           ["Jongeren langer dan drie maanden zonder onderwijs", "19", "minder dan 5"],
           ["Terugkeer van vso naar regulier vo per jaar", "14", "25"],
           ["Doorlooptijd TLV-aanvraag binnen zes weken", "81%", "95%"],
           ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
        P("Daarnaast hebben we kwalitatieve doelen: leerlingen ervaren dat zij meedenken over hun ondersteuning, en scholen "
          "ervaren de aanvraagprocedures als eenvoudig."),
        H2("8.4 Hoe wij de resultaten volgen"),
        P("Het bureau verzamelt ieder kwartaal de gegevens uit het dossiersysteem, de leerlingtellingen en de "
          "verzuimregistratie en zet die in een dashboard dat alle besturen kunnen inzien. Twee keer per jaar, in november en "
          "juni, rapporteert de directeur-bestuurder aan het bestuurlijk overleg en de ondersteuningsplanraad over de voortgang "
          "op de indicatoren uit paragraaf 8.3. Eens per twee jaar houden we een tevredenheidsonderzoek onder ouders, leerlingen "
          "en scholen. In het jaarverslag leggen we verantwoording af over de bereikte resultaten en de middelen die daarvoor "
          "zijn ingezet. In 2022-2026 daalde het aantal langdurige thuiszitters van 31 naar 19."),
    ]
    b += oogo(c, 9)
    b += governance(c, 10)
    b += personeel(c, 11)
    b += ict_privacy(c, 12)
    b += planning(c, 13)
    b += vaststelling(c, 14)
    b += begrippen(1, [
        ("Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning op iedere vestiging."),
        ("Kwaliteitskaart", "Overzicht van de standaarden van de basisondersteuning."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."),
        ("Meerjarenbegroting", "Begroting voor vier jaar."),
        ("Pro", "Praktijkonderwijs."),
        ("Vso", "Voortgezet speciaal onderwijs."),
    ], title="Bijlage %d Begrippen en afkortingen")
    return c, b


def plan_c():
    c = dict(name="Stichting Passend Primair Zuidwaard", short="Passend Primair Zuidwaard", code="PO 28-15",
             sector="po", region="de Zuidwaard", period="2026-2030", y0=2026, staff_role="intern begeleiders",
             n_meetings=6, director="mr. drs. A. (Anouk) Bakhuizen", director_title="directeur-bestuurder",
             gemeenten=["Zuidwaard", "Hoekse Polder", "Strijenmonde", "Ouddorp-Binnen"], n_besturen=9, large=True,
             city="Zuidwaard", fte="17,2", bureau_experts="orthopedagogen, onderwijsspecialisten",
             kern_rows=[["Schoolbesturen", "9"], ["Basisscholen", "68"], ["Scholen voor sbo", "3"], ["So-scholen in de regio", "3"],
                        ["Leerlingen basisonderwijs", "15.240"], ["Leerlingen sbo", "402"]],
             opr_n=10, oogo_date="27 januari 2026", other_swv="VO Zuidwaard en Eilanden (VO 28-16)", opr_date="3 maart 2026",
             vast_date="12 maart 2026")
    b = [("title", "Ondersteuningsplan 2026-2030\nStichting Passend Primair Zuidwaard (PO 28-15)"),
         P("Samen verder bouwen aan passend onderwijs in de Zuidwaard."), TOC()]
    b += voorwoord(c)
    b += inleiding(c, "Hoofdstuk 2 geeft de kerngegevens, hoofdstuk 3 de visie. Hoofdstuk 4 beschrijft het "
                   "ondersteuningscontinuüm, van basisondersteuning tot speciaal onderwijs. Hoofdstuk 5 gaat over toewijzing "
                   "en toelaatbaarheid. Hoofdstuk 6 behandelt geld, middelen en resultaten. Daarna volgen samenwerking met "
                   "gemeenten, communicatie, organisatie, personeel, ICT en planning. De bijlagen staan achterin.")
    b += kerngegevens(c, 2)
    b += visie(c, 3)
    b += [
        H1("4 Het ondersteuningscontinuüm"),
        H2("4.1 Vijf niveaus"),
        P("Wij beschrijven de ondersteuning in de Zuidwaard in vijf niveaus. Niveau 1 en 2 vormen samen de basisondersteuning, "
          "niveau 3 is extra ondersteuning op de eigen school met inzet van het samenwerkingsverband, niveau 4 omvat de "
          "bovenschoolse voorzieningen en niveau 5 het speciaal basisonderwijs en het speciaal onderwijs."),
        T([["Niveau", "Omschrijving", "Wie"],
           ["1", "Goed onderwijs in de groep, afgestemd op verschillen", "leerkracht"],
           ["2", "Extra zorg in de groep na groepsbespreking, licht curatieve interventies", "leerkracht en intern begeleider"],
           ["3", "Extra ondersteuning met een arrangement van het samenwerkingsverband", "school en onderwijsspecialist"],
           ["4", "Bovenschoolse voorziening (observatiegroep, taalklas, plusklas)", "samenwerkingsverband"],
           ["5", "Sbo of so met toelaatbaarheidsverklaring", "sbo/so-school"]]),
        H2("4.2 Basisondersteuning: de ondergrens voor iedere school"),
        P("De basisondersteuning is het niveau dat iedere school van ieder aangesloten bestuur waarborgt, op elke vestiging. "
          "De besturen hebben afgesproken dat geen school onder dit niveau zakt. Concreet betekent dit dat elke school in de "
          "Zuidwaard beschikt over:"),
        L(["een intern begeleider met ten minste één dag per week per 150 leerlingen, en een ondersteuningsteam dat vier keer per jaar bijeenkomt;",
           "een dyslexieprotocol en een dyscalculieprotocol, met extra instructie voor leerlingen die onvoldoende profiteren van de groepsinstructie;",
           "een aanpak voor sociale veiligheid met een jaarlijkse monitor en een anti-pestcoördinator;",
           "een aanbod voor meer- en hoogbegaafde leerlingen in de groep (compacten en verrijken);",
           "afspraken over medisch handelen en het verstrekken van medicijnen;",
           "een werkwijze waarin groepsbesprekingen drie keer per jaar plaatsvinden en waarin voor iedere leerling met een arrangement een ontwikkelingsperspectief wordt opgesteld;",
           "toegang tot de onderwijsspecialisten van het samenwerkingsverband voor consultatie, zonder aanvraag."]),
        P("De scholen leggen in hun schoolondersteuningsprofiel vast hoe zij deze basisondersteuning inrichten. Het "
          "samenwerkingsverband bekijkt jaarlijks alle profielen en bespreekt afwijkingen met het bestuur."),
        H2("4.3 Extra ondersteuning en bovenschoolse voorzieningen"),
        P("Als een school met de basisondersteuning onvoldoende kan bieden, vraagt zij een arrangement aan. Een arrangement "
          "kan bestaan uit begeleiding door een onderwijsspecialist, inzet van een onderwijsassistent, specifieke materialen "
          "of een combinatie daarvan. Bovenschools zijn er een observatiegroep voor kleuters in Zuidwaard, een taalklas in "
          "Strijenmonde, plusklassen op vier locaties en een onderwijszorgarrangement met de kinderdagbehandeling De Kreek. "
          "Het sbo en het so vormen het sluitstuk van het continuüm."),
        H2("4.4 Thuiszitters en leerlingen zonder passende plek"),
        P("Het aantal leerlingen dat thuis zit of geen passende plek heeft, is in de Zuidwaard beperkt, maar iedere leerling "
          "is er één te veel. Een regionale aanpak voor thuiszitters en een werkwijze om tekorten in het aanbod in beeld te "
          "brengen, werken we in 2026-2027 uit samen met de gemeenten en leerplicht. Tot die tijd handelen de besturen "
          "volgens hun eigen protocollen."),
        H1("5 Toewijzing en toelaatbaarheid"),
        H2("5.1 Arrangementen"),
        P("Een aanvraag voor een arrangement wordt ingediend door de intern begeleider, na bespreking in het "
          "ondersteuningsteam. De onderwijsspecialist van het samenwerkingsverband beoordeelt de aanvraag binnen drie weken "
          "en stelt met de school het arrangement op. Een arrangement wordt toegekend voor maximaal een schooljaar."),
        H2("5.2 Toelaatbaarheidsverklaring sbo en so"),
        P("Voor plaatsing op een school voor sbo of so is een toelaatbaarheidsverklaring nodig. De procedure verloopt als volgt. "
          "Het bevoegd gezag van de school waar de leerling is ingeschreven dient de aanvraag in bij de Commissie van "
          "Toelaatbaarheid (CvT) via het digitale aanvraagportaal. De aanvraag bevat het groeidocument, het "
          "ontwikkelingsperspectief en het onderwijskundig rapport. Het secretariaat toetst binnen een week op volledigheid. "
          "Vervolgens brengen een orthopedagoog en een tweede deskundige, afhankelijk van de hulpvraag een psycholoog, "
          "maatschappelijk werker of jeugdarts, elk een schriftelijk advies uit. De CvT neemt binnen zes weken na ontvangst "
          "van de volledige aanvraag een besluit namens het bestuur. De TLV wordt afgegeven voor de duur van één tot drie "
          "schooljaren; voor het so wordt tevens de bekostigingscategorie vastgesteld."),
        P("De criteria op grond waarvan de CvT beoordeelt of een leerling toelaatbaar is tot het sbo of het so, zijn "
          "opgenomen in het Toetsingskader Toelaatbaarheid (bijlage 5)."),
        H1("6 Geld, middelen en resultaten"),
        H2("6.1 Geld en middelen"),
        P("De ondersteuningsmiddelen worden verdeeld volgens het verdeelmodel dat het bestuur in 2024 heeft vastgesteld. "
          "Elk bestuur ontvangt een budget van € 165 per leerling op de teldatum, waarmee het de niveaus 1 tot en met 3 op "
          "de eigen scholen versterkt. Arrangementen op niveau 3 die het schoolbudget te boven gaan en de voorzieningen op "
          "niveau 4 worden centraal bekostigd en toegekend door het samenwerkingsverband op basis van de aanvraag en het "
          "advies van de onderwijsspecialist. De afdrachten voor sbo en so worden centraal gedragen. Wijziging van het model "
          "vraagt een besluit van het bestuur na instemming van de ondersteuningsplanraad."),
        T([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
           ["Baten rijksbijdrage ondersteuning", "15.420", "15.280", "15.130", "15.010"],
           ["Afdrachten sbo en so", "7.110", "7.050", "7.000", "6.960"],
           ["Budget besturen (€ 165 per leerling)", "2.520", "2.490", "2.460", "2.440"],
           ["Arrangementen niveau 3", "2.640", "2.600", "2.560", "2.520"],
           ["Bovenschoolse voorzieningen niveau 4", "1.710", "1.710", "1.700", "1.700"],
           ["Personeel en huisvesting bureau", "1.380", "1.400", "1.410", "1.420"],
           ["Saldo", "60", "30", "0", "-30"]]),
        P("Het negatieve saldo in 2029 wordt gedekt uit de algemene reserve, die eind 2025 € 1,6 miljoen bedroeg en daarmee "
          "onder de signaleringswaarde ligt."),
        H2("6.2 Wat we willen bereiken"),
        P("Voor deze planperiode hebben de besturen de volgende beoogde resultaten afgesproken:"),
        L(["Het percentage leerlingen in sbo en so blijft onder het landelijk gemiddelde (peildatum 1 oktober 2025: 2,6 procent in de Zuidwaard).",
           "95 procent van de aanvragen voor een arrangement wordt binnen drie weken afgehandeld.",
           "Alle scholen voldoen in 2028 aantoonbaar aan de basisondersteuning.",
           "Ten minste 80 procent van de arrangementen wordt door school en specialist als geslaagd beoordeeld."]),
        H2("6.3 Hoe we de resultaten volgen"),
        P("Het bureau houdt de gegevens bij in het dossiersysteem en rapporteert drie keer per jaar aan het bestuur in een "
          "managementrapportage. Na afloop van ieder arrangement vullen school en specialist een evaluatieformulier in; de "
          "uitkomsten worden per kwartaal geanalyseerd. Jaarlijks verschijnt een jaarverslag met de bereikte resultaten, "
          "afgezet tegen de beoogde resultaten en de ingezette middelen. In het jaarverslag 2025 was het percentage sbo/so "
          "2,6 procent en werd 88 procent van de aanvragen binnen drie weken afgehandeld."),
    ]
    b += oogo(c, 7)
    b += [
        H1("8 Communicatie"),
        P("Goede communicatie is voorwaarde voor een goed werkend samenwerkingsverband. Wij communiceren met de scholen via "
          "de digitale nieuwsbrief 'Zuidwaard Passend', die zes keer per jaar verschijnt, en via de website, waarop scholen "
          "formulieren, protocollen en het aanvraagportaal vinden. Voor intern begeleiders organiseren we vier keer per jaar "
          "een netwerkbijeenkomst. Directeuren worden geïnformeerd via het directeurenberaad. Met de gemeenten delen we een "
          "kwartaalrapportage over de inzet van onderwijszorgarrangementen."),
        P("Het samenwerkingsverband is actief op LinkedIn en publiceert daar praktijkverhalen van scholen. In 2026 laten we "
          "de website vernieuwen, met aandacht voor toegankelijkheid en een betere zoekfunctie voor professionals."),
    ]
    b += governance(c, 9, opr_parents=False)
    b += personeel(c, 10)
    b += ict_privacy(c, 11)
    b += planning(c, 12)
    b += vaststelling(c, 13)
    b += [H1("Bijlagen"),
          P("Bij dit plan horen de volgende bijlagen, die afzonderlijk zijn vastgesteld: bijlage 1 Begrippenlijst; bijlage 2 "
            "Verdeelmodel 2024; bijlage 3 Overzicht scholen; bijlage 4 Verslag OOGO; bijlage 5 Toetsingskader Toelaatbaarheid; "
            "bijlage 6 Jaarplan 2026-2027.")]
    b += begrippen(1, [
        ("Basisondersteuning", "Niveau 1 en 2 van het continuüm; de ondergrens voor iedere school."),
        ("CvT", "Commissie van Toelaatbaarheid."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen over onderwijs en ondersteuning."),
        ("Informatievoorziening ouders", "De manier waarop ouders worden geïnformeerd over de ondersteuningsmogelijkheden."),
        ("Terugplaatsing", "De terugkeer van een leerling van het sbo of so naar het basisonderwijs na afloop van de TLV."),
        ("Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ])
    return c, b


def plan_d():
    c = dict(name="Samenwerkingsverband VO IJssel-Vecht Noord", short="IJssel-Vecht Noord", code="VO 23-12",
             sector="vo", region="IJssel-Vecht Noord", period="2026-2030", y0=2026, staff_role="ondersteuningscoördinatoren",
             n_meetings=8, director="drs. R. (Rutger) Kloosterman", director_title="directeur-bestuurder",
             gemeenten=["Vechtmond", "Hasselerveen", "Kampereiland-Oost", "Dalfsenerbroek", "Ommerzand"], n_besturen=10,
             large=True, city="Vechtmond", fte="27,5", bureau_experts="orthopedagogen, trajectbegeleiders, een jeugdarts (gedetacheerd)",
             kern_rows=[["Schoolbesturen", "10"], ["Vestigingen regulier vo", "26"], ["Scholen voor pro", "3"], ["Vso-locaties", "5"],
                        ["Leerlingen vo", "22.310"], ["Leerlingen vso", "830"]],
             opr_n=12, oogo_date="5 februari 2026", other_swv="PO IJssel-Vecht (PO 23-11)", opr_date="12 maart 2026",
             vast_date="26 maart 2026")
    b = [("title", "Ondersteuningsplan 2026-2030 - Samenwerkingsverband VO IJssel-Vecht Noord (VO 23-12)"),
         P("Webversie van het ondersteuningsplan. De pdf-versie kunt u downloaden onderaan deze pagina."), TOC()]
    b += voorwoord(c)
    b += inleiding(c, "Na de kerngegevens (hoofdstuk 2) en de visie (hoofdstuk 3) beschrijven we in hoofdstuk 4 de "
                   "basisondersteuning en het dekkend aanbod. Hoofdstuk 5 gaat over toelaatbaarheid, hoofdstuk 6 over de "
                   "terugkeer uit het vso. Hoofdstuk 7 behandelt middelen en resultaten en hoofdstuk 8 communicatie met "
                   "ouders, leerlingen en scholen. Daarna volgen gemeenten, organisatie, personeel, ICT en planning.")
    b += kerngegevens(c, 2)
    b += visie(c, 3)
    b += [
        H1("4 Basisondersteuning en dekkend aanbod"),
        H2("4.1 Basisondersteuning"),
        P("Alle scholen in IJssel-Vecht Noord bieden hetzelfde minimum aan basisondersteuning. Deze ondergrens is door de "
          "tien besturen vastgesteld en geldt op iedere vestiging, ook op de scholen voor praktijkonderwijs. Wat een leerling "
          "op iedere school kan verwachten:"),
        T([["Thema", "Standaard basisondersteuning"],
           ["Mentoraat", "Iedere leerling heeft een mentor met ten minste één individueel gesprek per periode"],
           ["Ondersteuningsstructuur", "Een ondersteuningscoördinator en een zorg- en adviesteam met jeugdarts, leerplicht en schoolmaatschappelijk werk"],
           ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware), huiswerkbegeleiding in de school"],
           ["Sociaal-emotioneel", "Faalangstreductietraining, sociale vaardigheidstraining, een vertrouwenspersoon en een anti-pestprotocol"],
           ["Executieve functies", "Begeleiding bij plannen en organiseren door een studievaardighedencoach"],
           ["Opvang", "Een time-out- of opvangruimte met begeleiding gedurende de hele lesdag"],
           ["Medisch", "Protocol medisch handelen; afspraken over toetsing bij langdurige ziekte"]]),
        P("Scholen beschrijven in de schoolgids hoe zij deze standaarden invullen. Het samenwerkingsverband voert elke twee "
          "jaar een schoolbezoek uit waarin de basisondersteuning wordt getoetst aan deze standaarden."),
        H2("4.2 Het aanbod van lichte tot zware ondersteuning"),
        P("Boven de basisondersteuning biedt iedere school extra ondersteuning in de vorm van trajectgroepen of "
          "ondersteuningsklassen. Voor leerlingen die tijdelijk meer nodig hebben dan de school kan bieden, zijn er "
          "bovenschoolse voorzieningen: het OPDC in Vechtmond, de reboundvoorziening Het Kompas, de tussenvoorziening Switch "
          "voor leerlingen met psychische klachten en de internationale schakelklas. Voor de zwaarste ondersteuning zijn er "
          "vijf vso-locaties, verdeeld over cluster 3 en 4, en drie scholen voor praktijkonderwijs. Onderwijszorgarrangementen "
          "met de jeugd-ggz maken het mogelijk dat leerlingen deels onderwijs en deels behandeling krijgen."),
        H2("4.3 Gaten in het aanbod en thuiszitters"),
        P("Het bureau brengt elk halfjaar in kaart voor welke leerlingen geen passend aanbod beschikbaar was. Bronnen zijn de "
          "wachtlijsten van voorzieningen, de meldingen van thuiszitters door leerplicht en de casussen uit het "
          "regionale casusoverleg. Bij de laatste analyse zijn twee witte vlekken gevonden: er is te weinig aanbod voor "
          "hoogbegaafde leerlingen met ernstige faalangst en de wachttijd voor de tussenvoorziening Switch loopt op tot "
          "twaalf weken. Voor beide zijn in het jaarplan 2026-2027 acties opgenomen, met als eigenaar de manager "
          "ondersteuning."),
        P("Iedere thuiszitter wordt binnen een week na melding besproken in het thuiszittersoverleg van leerplicht, school en "
          "trajectbegeleider. De trajectbegeleider blijft betrokken totdat de jongere weer minimaal acht weken volledig "
          "naar school gaat. Als scholen er niet uitkomen, besluit de directeur-bestuurder welke school of voorziening de "
          "jongere een plek biedt."),
        H1("5 Toelaatbaarheid"),
        P("Toelaatbaarheid tot het vso, de aanwijzing voor leerwegondersteuning en de toelaatbaarheid tot het "
          "praktijkonderwijs zijn geregeld in het Handboek Toewijzing en Toelaatbaarheid 2026. Dit handboek stelt het bestuur "
          "afzonderlijk vast; het staat op de website van het samenwerkingsverband onder 'Voor scholen'. Het handboek wordt "
          "in 2026 herzien naar aanleiding van de nieuwe afspraken met de vso-scholen."),
        H1("6 Terugkeer uit het vso"),
        H2("6.1 Ons beleid"),
        P("Het vso is voor een deel van de leerlingen een tijdelijke plek. Wij streven ernaar dat leerlingen die daar klaar "
          "voor zijn, terugkeren naar een reguliere school, bij voorkeur in hun eigen woonplaats. Een leerling komt in "
          "aanmerking voor terugkeer als het ontwikkelingsperspectief laat zien dat de leerling de doelen binnen een reguliere "
          "leeromgeving kan halen, als de leerling gemotiveerd is en ouders de stap steunen, en als er een school is die met "
          "extra ondersteuning kan bieden wat nodig is. De ontvangende school krijgt een terugkeerarrangement: gedurende het "
          "eerste schooljaar begeleidt een ambulant begeleider van de vso-school de leerling en de mentor, en de leerling "
          "heeft een vaste coach op de nieuwe school. Ook leerlingen die na het vso overstappen naar het mbo kunnen op deze "
          "begeleiding rekenen."),
        H2("6.2 Werkwijze"),
        P("Hoe de terugkeer stap voor stap verloopt – wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie "
          "besluit – werken we in schooljaar 2026-2027 samen met de vso-scholen uit in een stappenplan terugkeer."),
        H1("7 Middelen en resultaten"),
        H2("7.1 Financiën"),
        P("De verdeling en besteding van de ondersteuningsmiddelen zijn vastgelegd in de Kaderbrief Financiën en de "
          "Meerjarenbegroting 2026-2030. Beide documenten worden door het bestuur afzonderlijk vastgesteld en zijn niet in dit "
          "ondersteuningsplan opgenomen."),
        H2("7.2 Beoogde resultaten"),
        P("De beoogde resultaten voor deze planperiode formuleren we na de nulmeting in het voorjaar van 2027. Tot die tijd "
          "blijven de ambities uit het vorige plan richtinggevend."),
        H2("7.3 Monitoring en bereikte resultaten"),
        P("Wij volgen de ontwikkelingen met een vaste set kengetallen: het aantal leerlingen in het vso en het "
          "deelnamepercentage, het aantal plaatsingen in bovenschoolse voorzieningen, de doorlooptijden van aanvragen, het "
          "aantal thuiszitters en de duur van hun verzuim, en het aantal leerlingen dat uit het vso terugkeert. De gegevens "
          "komen uit het dossiersysteem, de DUO-tellingen van 1 oktober en de verzuimregistratie van leerplicht. Het bureau "
          "rapporteert twee keer per jaar aan het bestuur en de ondersteuningsplanraad. Iedere school krijgt jaarlijks een "
          "schoolrapport dat in het kwaliteitsgesprek met het samenwerkingsverband wordt besproken. In het jaarverslag "
          "verantwoorden we de bereikte resultaten."),
        T([["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
           ["Deelnamepercentage vso", "3,9%", "3,8%", "3,7%"],
           ["Thuiszitters langer dan drie maanden", "27", "22", "18"],
           ["Terugkeer uit vso naar regulier", "9", "12", "11"],
           ["Plaatsingen OPDC", "74", "81", "79"]]),
        H1("8 Communicatie met ouders, leerlingen en scholen"),
        H2("8.1 Informatie"),
        P("Ouders en leerlingen vinden op onze website een overzicht van alle voorzieningen, met per school een link naar de "
          "schoolgids en de beschrijving van de ondersteuning. Bij de overstap van het basisonderwijs naar het vo ontvangen "
          "alle ouders de ouderkrant 'Op weg naar het vo', met uitleg over ondersteuning op het vo en de bovenschoolse "
          "voorzieningen. Wij organiseren jaarlijks in oktober een ouderavond over passend onderwijs, en de consulenten "
          "houden op scholen een maandelijks spreekuur voor ouders. Informatie is ook beschikbaar in eenvoudige taal."),
        H2("8.2 Onafhankelijk advies en klachten"),
        P("Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt IJssel-Vecht, dat "
          "samen met het samenwerkingsverband PO is opgericht en wordt uitgevoerd door een onafhankelijke stichting. Ook de "
          "Onderwijsconsulenten zijn beschikbaar. Ouders die een klacht hebben over het samenwerkingsverband kunnen die "
          "indienen volgens de klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd "
          "aan de Geschillencommissie passend onderwijs."),
        H2("8.3 Communicatie met scholen"),
        P("Met scholen communiceren we via de maandelijkse nieuwsbrief, het netwerk ondersteuningscoördinatoren en het "
          "directeurenoverleg. De website heeft een afgeschermd deel voor professionals."),
    ]
    b += oogo(c, 9)
    b += governance(c, 10)
    b += personeel(c, 11)
    b += ict_privacy(c, 12)
    b += planning(c, 13)
    b += vaststelling(c, 14)
    b += begrippen(1, [
        ("Bekostigingscategorie", "Categorie laag, midden of hoog die bij een TLV voor het vso hoort."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Meerjarenbegroting", "Financiële raming voor de planperiode."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("Pro", "Praktijkonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring; besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso."),
        ("Verdeelmodel", "Afspraken over de verdeling van middelen over de besturen."),
    ])
    return c, b


def plan_e():
    c = dict(name="Samenwerkingsverband Primair Onderwijs Hollands Duin", short="Hollands Duin", code="PO 26-21",
             sector="po", region="Hollands Duin", period="2026-2030", y0=2026, staff_role="intern begeleiders",
             n_meetings=5, director="drs. F. (Fatima) el Idrissi", director_title="directeur-bestuurder",
             gemeenten=["Duinwijk", "Noordhout", "Lisserbroek-West", "Hillegersberg aan Zee", "Bollenrode", "Katwijkerdam"],
             n_besturen=16, large=True, city="Duinwijk", fte="25,0", bureau_experts="orthopedagogen, psychologen, een jurist",
             kern_rows=[["Schoolbesturen", "16"], ["Basisscholen", "112"], ["Sbo-scholen", "5"], ["So-scholen", "4"],
                        ["Leerlingen basisonderwijs", "26.830"], ["Leerlingen sbo", "780"], ["Leerlingen so", "610"]],
             opr_n=16, oogo_date="12 februari 2026", other_swv="VO Duin- en Bollenstreek (VO 26-22)", opr_date="19 maart 2026",
             vast_date="31 maart 2026")
    b = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen\nSamenwerkingsverband Primair Onderwijs Hollands Duin (PO 26-21)"),
         P("Koersdocument van de aangesloten schoolbesturen."), TOC()]
    b += voorwoord(c)
    b += inleiding(c, "Dit plan is een plan op hoofdlijnen. Hoofdstuk 2 en 3 beschrijven de regio en onze koers. Hoofdstuk 4 "
                   "gaat over toewijzing: toelaatbaarheid tot sbo en so en de terugkeer naar het basisonderwijs. Hoofdstuk 5 "
                   "behandelt geld en resultaten, hoofdstuk 6 de positie van ouders. Daarna volgen gemeenten, organisatie, "
                   "personeel, ICT, planning en vaststelling. De begrippenlijst staat achterin.")
    b += kerngegevens(c, 2)
    b += visie(c, 3)
    b += [
        H2("3.4 Koers op hoofdlijnen"),
        P("In de vorige planperiode lag de nadruk op het inrichten van de organisatie en het opbouwen van vertrouwen tussen de "
          "besturen. In deze planperiode willen we de stap maken van afspraken naar uitvoering. Dat vraagt om heldere rollen: "
          "de besturen zijn verantwoordelijk voor het onderwijs en de ondersteuning op hun scholen; het samenwerkingsverband "
          "is verantwoordelijk voor de wettelijke taken en voor de verbinding tussen scholen, besturen en gemeenten. Wij "
          "kiezen er nadrukkelijk voor de scholen ruimte te geven. Het samenwerkingsverband schrijft niet voor hoe een school "
          "haar ondersteuning organiseert; de scholen bepalen zelf hoe zij dat doen en leggen daarover verantwoording af aan "
          "hun eigen bestuur."),
        H1("4 Toewijzing: toelaatbaarheid en terugkeer"),
        H2("4.1 Aanvraag van een toelaatbaarheidsverklaring"),
        P("Wanneer een leerling meer nodig heeft dan de school boven op de basisondersteuning kan bieden, kan het bevoegd "
          "gezag van de school een toelaatbaarheidsverklaring (TLV) voor het sbo of het so aanvragen. De aanvraag loopt via "
          "het Loket Toewijzing van het samenwerkingsverband en volgt vier stappen:"),
        T([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
           ["1 Voorbereiding", "Bespreking in het ondersteuningsteam met ouders; opstellen groeidocument en OPP", "school", "-"],
           ["2 Indienen", "Het bevoegd gezag dient de aanvraag digitaal in, met groeidocument, OPP, onderwijskundig rapport en zienswijze ouders", "school", "-"],
           ["3 Deskundigenadvies", "Een orthopedagoog of psycholoog en een tweede deskundige (bijv. jeugdarts of maatschappelijk werker) adviseren elk schriftelijk; zij zijn niet betrokken bij de aanvraag", "samenwerkingsverband", "binnen 3 weken"],
           ["4 Besluit", "De Commissie Toewijzing besluit namens het bestuur; ouders ontvangen het besluit en de adviezen", "Commissie Toewijzing", "binnen 6 weken na complete aanvraag"]]),
        H2("4.2 Criteria voor toelaatbaarheid"),
        P("De Commissie Toewijzing geeft een TLV voor het sbo af als de school aantoonbaar handelingsverlegen is: de school "
          "heeft de ondersteuningsbehoefte in kaart gebracht, heeft gedurende ten minste twintig weken planmatig extra "
          "ondersteuning geboden en geëvalueerd, en de leerling ontwikkelt zich desondanks onvoldoende op leren of gedrag. "
          "Daarnaast moet de leerling baat hebben bij het kleinere groepsverband en de specialistische didactiek van het sbo. "
          "Een TLV voor het so wordt afgegeven als de leerling bovendien langdurig is aangewezen op een intensieve combinatie "
          "van onderwijs en zorg, bijvoorbeeld bij een verstandelijke beperking (IQ lager dan 70 met beperkt adaptief "
          "vermogen), bij ernstige psychiatrische problematiek of bij een lichamelijke beperking of langdurige ziekte "
          "waardoor het volgen van regulier onderwijs niet mogelijk is. De commissie stelt voor het so de "
          "bekostigingscategorie laag, midden of hoog vast."),
        H2("4.3 Duur en bezwaar"),
        P("Een TLV sbo geldt tot het einde van de basisschoolperiode, tenzij de commissie een kortere duur bepaalt. Een TLV so "
          "geldt voor twee schooljaren. Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit; "
          "het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H2("4.4 Terugkeer naar het basisonderwijs"),
        P("Wij vinden dat het speciaal (basis)onderwijs voor zo veel mogelijk leerlingen een tussenstation moet zijn. Ons "
          "terugplaatsingsbeleid gaat ervan uit dat een leerling terugkeert wanneer het ontwikkelingsperspectief laat zien "
          "dat hij of zij in een reguliere groep met extra ondersteuning tot ontwikkeling kan komen. Voorwaarden zijn dat "
          "ouders instemmen, dat de ontvangende school voldoende is toegerust, en dat de leerling een zachte overgang krijgt. "
          "Iedere teruggeplaatste leerling krijgt een terugkeerarrangement: een jaar lang begeleiding door een ambulant "
          "begeleider van de sbo- of so-school en extra uren van een onderwijsassistent op de basisschool."),
        P("De procedure is als volgt. De sbo- of so-school bespreekt jaarlijks in de OPP-evaluatie met ouders of terugkeer "
          "mogelijk is. In het laatste jaar van de TLV vindt vóór 15 maart een evaluatiegesprek plaats met ouders, de "
          "sbo- of so-school, de beoogde basisschool en een orthopedagoog van het samenwerkingsverband. Het initiatief ligt "
          "bij de sbo- of so-school. Als alle partijen positief zijn, start de leerling na een proefperiode van vier weken "
          "op de nieuwe school; de basisschool besluit over de inschrijving. Als terugkeer niet verantwoord is, dient de "
          "sbo- of so-school vóór 1 april een aanvraag in voor een nieuwe TLV. Drie maanden na de terugkeer evalueert de "
          "orthopedagoog met ouders en school hoe het gaat."),
        H1("5 Geld en resultaten"),
        H2("5.1 Meerjarenbegroting"),
        P("Onderstaande tabel geeft de meerjarenbegroting voor de planperiode."),
        T([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
           ["Baten: ondersteuningsbudget rijk", "27.460", "27.180", "26.930", "26.700"],
           ["Afdrachten aan sbo en so via DUO", "12.940", "12.880", "12.800", "12.760"],
           ["Schoolbudgetten besturen", "9.450", "9.300", "9.180", "9.050"],
           ["Terugkeerarrangementen", "380", "420", "460", "500"],
           ["Loket Toewijzing en deskundigen", "1.120", "1.130", "1.140", "1.150"],
           ["Bestuur, bureau en huisvesting", "2.310", "2.340", "2.360", "2.380"],
           ["Onvoorzien", "250", "250", "250", "250"],
           ["Saldo", "1.010", "860", "740", "610"]]),
        P("Het grootste deel van de middelen, ongeveer 80 procent, gaat via afdrachten en schoolbudgetten direct naar het "
          "onderwijs. De positieve saldi worden toegevoegd aan de bestemmingsreserve innovatie."),
        H2("5.2 Verdeling"),
        P("De wijze waarop de schoolbudgetten over de besturen worden verdeeld, is onderwerp van de lopende evaluatie van het "
          "verdeelmodel. Het algemeen bestuur stelt het nieuwe verdeelmodel uiterlijk in december 2026 vast. Tot die tijd "
          "worden de budgetten voorlopig bevoorschot op het niveau van 2025."),
        H2("5.3 Beoogde resultaten"),
        P("Voor deze planperiode hebben de besturen de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
          "ondersteuning nodig hebben:"),
        L(["het deelnamepercentage sbo en so daalt van 5,2 procent (1 oktober 2025) naar 4,6 procent in 2029;",
           "ten minste 12 leerlingen per jaar keren met een terugkeerarrangement terug naar het basisonderwijs, en 90 procent van hen zit een jaar later nog op dezelfde school;",
           "95 procent van de TLV-aanvragen wordt binnen zes weken afgehandeld;",
           "ouders beoordelen de toewijzingsprocedure met gemiddeld ten minste een 7."]),
        H2("5.4 Voortgang"),
        P("Hoe wij de voortgang op deze resultaten meten en erover rapporteren, leggen we vast in het kwaliteitskader dat in "
          "2027 aan het bestuur wordt voorgelegd."),
        H1("6 Ouders"),
        P("Ouders kennen hun kind het best. Zij worden betrokken bij de bespreking in het ondersteuningsteam en geven hun "
          "zienswijze bij iedere aanvraag voor een TLV. Leerlingen worden gehoord over hun ontwikkelingsperspectief."),
        P("Een ouderwebsite met informatie over de ondersteuningsmogelijkheden in de regio is in voorbereiding en gaat naar "
          "verwachting in 2027 online."),
        P("Ouders die vragen hebben over de ondersteuning van hun kind, of die het niet eens zijn met de school of het "
          "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Hollands Duin. Het steunpunt is in 2025 "
          "samen met het samenwerkingsverband VO opgericht, wordt uitgevoerd door een onafhankelijke cliëntondersteuner en "
          "is bereikbaar per telefoon, e-mail en via een wekelijks spreekuur in Duinwijk. Het steunpunt kan ouders bijstaan "
          "in gesprekken met de school. Daarnaast kunnen ouders zich wenden tot de Onderwijsconsulenten en, bij geschillen "
          "over toelating, verwijdering of het OPP, tot de Geschillencommissie passend onderwijs."),
    ]
    b += oogo(c, 7, content=False)
    b += governance(c, 8)
    b += personeel(c, 9)
    b += ict_privacy(c, 10)
    b += [
        H1("11 Huisvesting en bedrijfsvoering"),
        P("Het bureau van het samenwerkingsverband is gehuisvest in een gehuurd kantoor in Duinwijk. Het huurcontract loopt tot "
          "31 december 2028. In 2027 onderzoeken we of het bureau kan verhuizen naar een gezamenlijke locatie met het "
          "samenwerkingsverband VO, zodat beide organisaties ondersteunende diensten kunnen delen. Daarbij wegen we mee dat "
          "het kantoor goed bereikbaar moet zijn met het openbaar vervoer en toegankelijk voor bezoekers met een beperking."),
        P("De financiële administratie, de salarisadministratie en het beheer van de ICT zijn uitbesteed. Het contract met de "
          "administrateur wordt in 2026 opnieuw aanbesteed. De interne controle is ingericht volgens het "
          "controleprotocol van de accountant. Het samenwerkingsverband hanteert een inkoopbeleid dat aansluit bij de "
          "aanbestedingsregels voor onderwijsinstellingen."),
        P("Wij willen als organisatie bijdragen aan duurzaamheid. Het bureau werkt zo veel mogelijk papierloos, medewerkers "
          "reizen waar mogelijk met het openbaar vervoer en vergaderingen vinden in principe plaats op goed bereikbare "
          "locaties of digitaal."),
    ]
    b += planning(c, 12, evaluation=False)
    b += vaststelling(c, 13)
    b += begrippen(1, [
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat iedere school biedt."),
        ("Dekkend aanbod", "Een aanbod waarin voor iedere leerling een passende plek beschikbaar is."),
        ("Monitoring", "Het systematisch volgen van resultaten."),
        ("OPP", "Ontwikkelingsperspectief."),
        ("Thuiszitter", "Leerling die langer dan vier weken zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "De regels waarmee middelen over de besturen worden verdeeld."),
    ])
    return c, b


def plan_f():
    b = [("title", "Ondersteuningsplan 2025-2026\nOBS De Wilgenhoek, Waalhoven"),
         P("Zorg en ondersteuning op onze school. Vastgesteld door de directie na advies van de medezeggenschapsraad."), TOC()]
    b += [
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen organiseert in schooljaar "
          "2025-2026. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. De school maakt deel uit van "
          "Stichting Openbaar Onderwijs Waalhoven en is aangesloten bij het Samenwerkingsverband Passend Onderwijs "
          "Rivierenland-Oost. Het ondersteuningsplan van het samenwerkingsverband en ons schoolondersteuningsprofiel vormen "
          "het kader; dit schoolplan voor de zorg beschrijft de uitvoering in onze eigen school. Het plan wordt ieder jaar "
          "geactualiseerd door de intern begeleider en de directeur."),
        H1("2 Onze school"),
        P("De Wilgenhoek telt 286 leerlingen in twaalf groepen. Het team bestaat uit 21 leerkrachten, een intern begeleider "
          "(0,8 fte), twee onderwijsassistenten en een gedragsspecialist. De school staat in een wijk met een gemengde "
          "bevolking; ongeveer 18 procent van de leerlingen spreekt thuis een andere taal dan Nederlands."),
        H1("3 De zorgniveaus op De Wilgenhoek"),
        P("Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep door de leerkracht. Niveau 2 is extra "
          "zorg in de groep, na bespreking in de groepsbespreking. Niveau 3 is speciale zorg na consultatie van de intern "
          "begeleider. Niveau 4 is zorg na bespreking in het ondersteuningsteam, met inzet van externe deskundigen of een "
          "arrangement van het samenwerkingsverband. Niveau 5 is verwijzing naar het speciaal basisonderwijs of speciaal "
          "onderwijs."),
        T([["Zorgniveau", "Wat", "Wie"],
           ["1", "Basisaanbod in drie instructieniveaus", "leerkracht"],
           ["2", "Verlengde instructie, pre-teaching, leesinterventie", "leerkracht"],
           ["3", "Handelingsplan na consultatie", "leerkracht en IB"],
           ["4", "Ondersteuningsteam, arrangement samenwerkingsverband", "IB, ouders, schoolcontactpersoon"],
           ["5", "Aanvraag TLV sbo of so", "directeur en bestuur"]]),
        H1("4 Basisondersteuning op onze school"),
        P("Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet betekent dat bij "
          "ons: het dyslexieprotocol, de Kanjertraining in alle groepen, een plusgroep op vrijdagochtend voor meerbegaafde "
          "leerlingen, een taalklas voor nieuwkomers in de middag, en een protocol medisch handelen. Wij hebben een "
          "gedragsspecialist in het team."),
        H1("5 Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere "
          "leerkracht een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd en de groepsplannen "
          "bijgesteld. Leerlingen die ondanks extra zorg onvoldoende vooruitgaan, worden besproken in de "
          "leerlingbespreking. Ouders worden vooraf geïnformeerd en na afloop uitgenodigd voor een gesprek."),
        P("Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Vaste leden zijn de intern begeleider, de "
          "directeur, de schoolcontactpersoon van het samenwerkingsverband, de jeugdverpleegkundige en de medewerker van het "
          "lokale team. Ouders zijn altijd uitgenodigd als hun kind wordt besproken."),
        H1("6 Arrangementen en toelaatbaarheidsverklaringen"),
        P("Als de school een leerling niet voldoende kan ondersteunen, kan de intern begeleider een arrangement aanvragen bij "
          "het samenwerkingsverband. Op dit moment hebben elf leerlingen een arrangement, meestal in de vorm van ambulante "
          "begeleiding of extra uren van een onderwijsassistent. In het afgelopen schooljaar zijn voor drie leerlingen "
          "toelaatbaarheidsverklaringen aangevraagd: twee voor het sbo en één voor het so. Het samenwerkingsverband besluit "
          "over deze aanvragen; de school levert het groeidocument en het OPP aan."),
        P("Leerlingen die terugkomen van het sbo worden bij ons met een warme overdracht ontvangen. In het afgelopen jaar "
          "is één leerling teruggeplaatst."),
        H1("7 Ouders"),
        P("Wij zien ouders als partners. Ouders worden op de hoogte gehouden via de schoolapp, de tienminutengesprekken en de "
          "jaarlijkse informatieavond. In de schoolgids staat een hoofdstuk over de ondersteuning. Ouders die het niet eens "
          "zijn met de school kunnen de klachtenregeling van de stichting gebruiken of contact opnemen met het ouder- en "
          "jeugdsteunpunt van het samenwerkingsverband."),
        H1("8 Middelen"),
        P("De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. In 2025-2026 is dat "
          "€ 38.600. Wij besteden dit aan de inzet van de onderwijsassistenten (€ 24.000), de plusgroep (€ 6.800), "
          "de Kanjertraining (€ 2.300) en scholing van het team (€ 5.500)."),
        H1("9 Resultaten en kwaliteit"),
        P("De eindtoetsresultaten van groep 8 lagen in 2025 boven de signaleringswaarde van de inspectie: 96 procent van de "
          "leerlingen behaalde het fundamentele niveau 1F en 64 procent het streefniveau. Ons doel voor 2026 is dat ten "
          "minste 65 procent het streefniveau voor lezen behaalt. Twee keer per jaar bespreken we de opbrengsten met het team "
          "en de medezeggenschapsraad."),
        H1("10 Scholing en planning"),
        P("Dit schooljaar volgt het team een scholing over executieve functies en een teamtraining over het werken met "
          "groepsplannen. De intern begeleider neemt deel aan het netwerk van intern begeleiders van het "
          "samenwerkingsverband. De evaluatie van dit plan vindt plaats in juni 2026."),
        H1("Bijlage: afkortingen"),
        T([["Afkorting", "Betekenis"], ["IB", "Intern begeleider"], ["OPP", "Ontwikkelingsperspectief"],
           ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"], ["MR", "Medezeggenschapsraad"]]),
    ]
    return b

# ---------------------------------------------------------------- labels
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]

LABELS = {
    "a": dict(
        documents=["po-rivierenland-oost-2026.docx"], sector="po",
        false=["terugstroom.beleid", "resultaten.doelen", "resultaten.monitoring"],
        status={"resultaten": "missing"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4.1 defines the level agreed by all 14 boards for all 97 vestigingen; H4.2 table lists concrete voorzieningen; H4.3 borging.",
               "plaatsing": "H6.1-6.4 'Toelaatbaarheid en terugkeer': steps, deciding CvT, 6 weeks, two deskundigen, sbo/so criteria, duration/category, LBT bezwaar.",
               "terugstroom": "H6.5 (inside the TLV chapter) gives the procedure (1 Feb OPP-bespreking, school initiates, 1 April, CvT, end 31 July); the policy itself (aims, conditions, support after return) is deferred to a separate notitie.",
               "financien": "H8.2 verdeelmodel (EUR 142 per leerling, vaste voet, arrangementen) and H8.3 meerjarenbegroting table 2026-2029; reserves and verantwoording in 8.3/8.4.",
               "dekkend-aanbod": "H4.4-4.5 continuum basis->extra->bovenschools->sbo/so; H5 half-yearly gap analysis, table of gaps with actions, thuiszitters approach with doorzettingsmacht.",
               "resultaten": "Missing: heading 8.5 'Resultaten' only defers indicators and streefwaarden to a 2027 voortgangsparagraaf; 'Resultaat' row in budget table is a financial balance; glossary only.",
               "ouders": "H7 'Ouders en communicatie': 7.2 website, brochure in 4 languages, schoolgids, info evenings; 7.3 independent OJSP, Onderwijsconsulenten, Geschillencommissie."}),
    "b": dict(
        documents=["vo-kempenland-dommel-2026.pdf"], sector="vo",
        false=["basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"],
        status={},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4.1 defines the minimum level on every vestiging, but the concrete voorzieningen are only in the Kwaliteitskaart on the website (not in the input) and a 2027 revision is announced; audit = borging.",
               "plaatsing": "H6.1-6.2: vso TLV via Commissie Toewijzing, dossier, two deskundigen, 6 weeks, three criteria, category, duration; lwoo/pro procedure with national criteria; 6.4 LBT bezwaar.",
               "terugstroom": "H6.3 (inside 'Toelaatbaarheid, terugkeer en overstap'): policy (temporary vso, conditions, terugkeerarrangement) and procedure (yearly OPP, perspectiefgesprek before 1 March, trajectbegeleider, proefplaatsing, evaluations).",
               "financien": "H8.1 gives the verdeling (three streams, EUR 118 per leerling, vaste voet); H8.2 says the meerjarenbegroting is not part of the plan and is published separately - no amounts for besteding; weerstandsvermogen 5-10% is advisory only.",
               "dekkend-aanbod": "H4.2-4.3 continuum incl. OPDC, rebound, vso, pro; H5 thuiszitterstafel, gap analysis with two gaps and actions, escalation.",
               "resultaten": "H8.3 table with nulmeting and streefwaarden 2030; H8.4 quarterly dashboard, twice-yearly reports, survey, jaarverslag (chapter 'Middelen en resultaten').",
               "ouders": "H7.1 website rubric, folder, schoolgids, meetings; H7.2 only points to mentor/ondersteuningscoordinator and defers the OJSP ('volgt informatie'); Onderwijsconsulenten/OJSP only in the glossary; the TLV bezwaar in 6.4 is plaatsing, not independent support."}),
    "c": dict(
        documents=["po-zuidwaard-2026.docx", "po-zuidwaard-2026.pdf"], sector="po",
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
               "ouders.informatie", "ouders.steunpunt"],
        status={"terugstroom": "missing", "ouders": "missing"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H4.2 'de ondergrens voor iedere school' on every vestiging, with a concrete list; yearly SOP review = borging.",
               "plaatsing": "H5.2 procedure (bevoegd gezag, CvT, portal, two deskundigen, 6 weeks, duration, category), but the criteria are only 'opgenomen in het Toetsingskader (bijlage 5)', which is not part of the input.",
               "terugstroom": "Missing: no text on return from sbo/so; 'Terugplaatsing' appears only in the begrippenlijst.",
               "financien": "H6.1 'Geld en middelen': verdeelmodel EUR 165 per leerling, central arrangementen/voorzieningen, meerjarenbegroting table; reserve below signaleringswaarde.",
               "dekkend-aanbod": "H4.1/4.3 five-level continuum with bovenschoolse voorzieningen; 4.4 defers the thuiszitters approach and gap analysis to 2026-2027.",
               "resultaten": "H6.2 beoogde resultaten with numbers; H6.3 managementrapportage three times a year, evaluation forms, jaarverslag with 2025 figures.",
               "ouders": "Missing: chapter 8 'Communicatie' addresses only schools, gemeenten and LinkedIn; OPR text has no parent role; OJSP and 'Informatievoorziening ouders' only in the begrippenlijst."}),
    "d": dict(
        documents=["vo-ijssel-vecht-noord-2026.html"], sector="vo",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
               "financien.besteding", "resultaten.doelen"],
        status={"plaatsing": "missing", "financien": "missing"},
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4.1 the same minimum on every vestiging incl. pro, table of standards; schoolbezoek every two years = borging.",
               "plaatsing": "Missing: chapter 5 'Toelaatbaarheid' only refers to the separate Handboek Toewijzing en Toelaatbaarheid on the website (to be revised); TLV/bekostigingscategorie only in glossary.",
               "terugstroom": "H6.1 policy (temporary vso, conditions, terugkeerarrangement); H6.2 procedure deferred to a stappenplan in 2026-2027; return figures in 7.3 table.",
               "financien": "Missing: H7.1 says verdeling and besteding are in the Kaderbrief Financien and Meerjarenbegroting, separate documents not included; Verdeelmodel/Meerjarenbegroting only in glossary.",
               "dekkend-aanbod": "H4.2 continuum from basis to OPDC, rebound, Switch, vso, pro, OZA; H4.3 half-yearly gap analysis, two witte vlekken, thuiszittersoverleg, decision by directeur-bestuurder.",
               "resultaten": "H7.2 defers beoogde resultaten until after a 2027 nulmeting; H7.3 kengetallen, sources, twice-yearly reports, school reports, jaarverslag, table of achieved figures.",
               "ouders": "H8 'Communicatie met ouders, leerlingen en scholen': website, ouderkrant, ouderavond, spreekuur; OJSP IJssel-Vecht, Onderwijsconsulenten, klachtenregeling, Geschillencommissie."}),
    "e": dict(
        documents=["po-hollands-duin-2026.pdf"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.informatie"],
        status={"basisondersteuning": "missing", "dekkend-aanbod": "missing"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Missing: only a passing 'boven op de basisondersteuning' in 4.1 and a glossary entry; 3.4 leaves support organisation to the schools.",
               "plaatsing": "H4.1 step table (loket, dossier, two deskundigen, Commissie Toewijzing, 6 weeks); 4.2 sbo/so criteria; 4.3 duration and LBT bezwaar.",
               "terugstroom": "H4.4 (inside 'Toewijzing: toelaatbaarheid en terugkeer'): terugplaatsingsbeleid with conditions and terugkeerarrangement, and procedure (15 March, initiative sbo/so school, 1 April new TLV, evaluation after 3 months).",
               "financien": "H5.1 meerjarenbegroting table with amounts (besteding); H5.2 the verdeling is under evaluation and will be set by December 2026, budgets provisionally advanced at 2025 level - no criteria.",
               "dekkend-aanbod": "Missing: no continuum of provisions and no gap/thuiszitters approach; OOGO only procedural; 'Dekkend aanbod'/'Thuiszitter' only in glossary.",
               "resultaten": "H5.3 beoogde resultaten with numeric targets (in 'Geld en resultaten'); H5.4 defers how progress is measured/reported to a 2027 kwaliteitskader.",
               "ouders": "H6: independent OJSP Hollands Duin, Onderwijsconsulenten, Geschillencommissie; the informing of parents about facilities is deferred (ouderwebsite 'in voorbereiding', 2027)."}),
}


def status_of(el, false):
    crits = [c for c in CORE if c.startswith(el + ".")]
    nf = sum(1 for c in crits if c in false)
    if nf == 0:
        return "present"
    if nf < len(crits):
        return "partial"
    return None  # missing or partial via advisory; decided explicitly


def write_label(path, lab):
    lines = ["documents: [%s]" % ", ".join(lab["documents"]), "sector: %s" % lab["sector"], "looks_like_plan: true"]
    st = {}
    for el in ELEMENTS:
        s = status_of(el, lab["false"])
        if s is None:
            s = lab["status"].get(el)
            if s is None:
                s = "partial" if lab["advisory"].get(el) else "missing"
        if el in lab["status"]:
            assert lab["status"][el] == s, (el, s)
        if s == "missing":
            assert not lab["advisory"].get(el), el
        st[el] = s
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (k, v) for k, v in st.items()))
    lines.append("criteria:")
    for c in CORE:
        lines.append("  %s: %s" % (c, "false" if c in lab["false"] else "true"))
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(lab["advisory"][el])))
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append('  %s: "%s"' % (el, lab["notes"][el].replace('"', "'")))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = tempfile.mkdtemp(prefix="h59")
    try:
        # A: PO docx
        c, b = plan_a()
        render_docx(b, os.path.join(out, "po-rivierenland-oost-2026.docx"), c["name"] + " - Ondersteuningsplan 2026-2030",
                    "Ondersteuningsplan 2026-2030 | %s | basisondersteuning - toelaatbaarheid - terugplaatsing - financien" % c["code"])
        print("A words", words(b))
        # B: VO pdf (docx intermediate not kept)
        c, b = plan_b()
        p = os.path.join(tmp, "vo-kempenland-dommel-2026.docx")
        render_docx(b, p, c["name"] + " - Ondersteuningsplan 2026-2030", "SWV %s | Ondersteuningsplan 2026-2030" % c["code"])
        docx_to_pdf(p, out)
        print("B words", words(b))
        # C: PO docx + pdf
        c, b = plan_c()
        p = os.path.join(out, "po-zuidwaard-2026.docx")
        render_docx(b, p, c["name"] + " - Ondersteuningsplan 2026-2030",
                    "Ondersteuningsplan %s | ouders - terugplaatsing - dekkend aanbod" % c["code"])
        docx_to_pdf(p, out)
        print("C words", words(b))
        # D: VO html
        c, b = plan_d()
        render_html(b, os.path.join(out, "vo-ijssel-vecht-noord-2026.html"), c["name"])
        print("D words", words(b))
        # E: PO pdf
        c, b = plan_e()
        p = os.path.join(tmp, "po-hollands-duin-2026.docx")
        render_docx(b, p, c["name"] + " - Ondersteuningsplan 2026-2030", "SWV %s | Ondersteuningsplan op hoofdlijnen" % c["code"])
        docx_to_pdf(p, out)
        print("E words", words(b))
        # F: near-miss school plan
        b = plan_f()
        render_docx(b, os.path.join(out, "school-ondersteuningsplan-wilgenhoek.docx"), "Ondersteuningsplan OBS De Wilgenhoek",
                    "OBS De Wilgenhoek | Ondersteuningsplan 2025-2026")
        print("F words", words(b))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    names = {"a": "po-rivierenland-oost-2026", "b": "vo-kempenland-dommel-2026", "c": "po-zuidwaard-2026",
             "d": "vo-ijssel-vecht-noord-2026", "e": "po-hollands-duin-2026"}
    for k, lab in LABELS.items():
        write_label(os.path.join(out, names[k] + ".expected.yaml"), lab)
    with open(os.path.join(out, "school-ondersteuningsplan-wilgenhoek.expected.yaml"), "w", encoding="utf-8") as f:
        f.write("documents: [school-ondersteuningsplan-wilgenhoek.docx]\nsector: po\nlooks_like_plan: false\n"
                "elements: {}\ncriteria: {}\nnotes:\n"
                "  document: \"School-level 'Ondersteuningsplan 2025-2026' of one basisschool (zorgniveaus, groepsbesprekingen, "
                "school budget); it refers to the samenwerkingsverband and its plan but is not the plan of a samenwerkingsverband "
                "(no planperiode, OPR, OOGO, verdeling over besturen).\"\n")


if __name__ == "__main__":
    main()
