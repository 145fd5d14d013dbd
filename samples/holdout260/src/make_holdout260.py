#!/usr/bin/env python3
"""Generate the holdout260 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (via LibreOffice) and .html. Deterministic, no network.
Labels (<name>.expected.yaml) are written by hand next to the documents by this script too."""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- rendering
def render_docx(blocks, header, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.author = "holdout260"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = header.split("|")[0].strip() + " | pagina"
    for kind, content in blocks:
        if kind == "title":
            for i, line in enumerate(content):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, text in content:
                doc.add_paragraph(("    " * (lvl - 1)) + text)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_paragraph(content, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(content, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bullets":
            for b in content:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            rows = content
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, header, path):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">']
    title = next(c[0] for k, c in blocks if k == "title")
    out.append(f"<title>{html.escape(title)}</title></head><body>")
    out.append(f'<header class="running-header">{html.escape(header)}</header>')
    out.append("<main>")
    for kind, content in blocks:
        if kind == "title":
            out.append(f'<section class="titlepage"><h1>{html.escape(content[0])}</h1>')
            for line in content[1:]:
                out.append(f"<p class=\"subtitle\">{html.escape(line)}</p>")
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ul>')
            for lvl, text in content:
                out.append(f'<li class="lvl{lvl}">{html.escape(text)}</li>')
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(content)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(content)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(content)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in content) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for i, row in enumerate(content):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    out.append(f'<footer>{html.escape(header.split("|")[0].strip())} &middot; versie voor de OPR</footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, header, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout260_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, header, src)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation={profile}",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc_of(blocks):
    toc, n1, n2 = [], 0, 0
    for kind, content in blocks:
        if kind == "h1":
            n1 += 1
            n2 = 0
            toc.append((1, f"{n1}. {content}"))
        elif kind == "h2":
            n2 += 1
            toc.append((2, f"{n1}.{n2} {content}"))
    return toc


def assemble(title_lines, chapters):
    """chapters: list of block lists. Heading numbers are added in the TOC only."""
    body = [b for ch in chapters for b in ch]
    return [("title", title_lines), ("toc", toc_of(body))] + body


# --------------------------------------------------------------------------- shared filler
def voorwoord(pl):
    return [("h1", "Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan {pl['periode']} van {pl['naam']}. Het is het derde plan "
                  f"sinds de invoering van passend onderwijs in 2014, en misschien wel het plan waar het meest over "
                  f"is gepraat: in de kantine van scholen, aan keukentafels van ouders, in de raadszalen van "
                  f"{pl['gemeenten']} en natuurlijk in de ondersteuningsplanraad. Dat vinden we waardevol. Een plan "
                  f"is pas iets waard als de mensen die ermee moeten werken er zichzelf in herkennen."),
            ("p", f"Achter alle begrippen in dit plan (arrangementen, toelaatbaarheid, middelen, resultaten) gaan "
                  f"kinderen schuil. Kinderen zoals {pl['kind1']}, die op maandagochtend met buikpijn het schoolplein "
                  f"op loopt, of {pl['kind2']}, " + (pl.get("kind2_vo") or "die al rekent op het niveau van groep 8 "
                  "terwijl hij nog in groep 5 zit.") + " "
                  f"We hebben ervoor gekozen om in dit plan regelmatig zulke verhalen te vertellen. De namen zijn "
                  f"gefingeerd, de situaties komen uit de praktijk van onze scholen."),
            ("p", "Wij bedanken iedereen die heeft meegedacht: de intern begeleiders die in werkateliers hun ervaringen "
                  "deelden, de ouders die de moeite namen om een vragenlijst in te vullen, de leerkrachten die ons "
                  "lieten meekijken in hun groep, de collega's van de gemeenten en de jeugdhulp, en de leden van de OPR "
                  "die kritisch en betrokken waren. Samen hebben we een plan gemaakt waarvan we hopen dat het richting "
                  "geeft zonder de ruimte van scholen en leerkrachten dicht te timmeren."),
            ("p", f"{pl['directeur']}, directeur-bestuurder {pl['kort']}"),
            ]


def leeswijzer(pl, chapters_titles):
    lines = "; ".join(chapters_titles)
    return [("h1", "Inleiding en leeswijzer"),
            ("p", f"{pl['naam']} ({pl['code']}) is een samenwerkingsverband in de zin van artikel {pl['artikel']}. "
                  f"In het verband werken {pl['besturen']} schoolbesturen samen. Zij zijn samen verantwoordelijk "
                  f"voor een passende plek voor alle {pl['leerlingen']} leerlingen in de regio."),
            ("p", "Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. De wet "
                  "schrijft voor welke onderwerpen het plan in elk geval bevat. Daarnaast gebruiken we het plan om "
                  "onze koers voor de komende vier jaar te beschrijven. Het plan wordt elk jaar uitgewerkt in een "
                  "jaarplan met een jaarbegroting; die documenten zijn geen onderdeel van dit plan."),
            ("p", f"Het plan is als volgt opgebouwd: {lines}. Achterin vindt u een begrippenlijst en een lijst "
                  f"met afkortingen. Wie weinig tijd heeft, kan beginnen met de samenvatting op de website."),
            ]


def terugblik(pl):
    return [("h1", "Terugblik op de vorige planperiode"),
            ("p", f"De afgelopen planperiode stond in het teken van opbouwen en verbinden. Na de coronajaren "
                  f"merkten scholen dat veel kinderen meer nodig hadden dan voorheen: meer structuur, meer aandacht "
                  f"voor taal en meer hulp bij het omgaan met elkaar. Tegelijk liep het lerarentekort in "
                  f"{pl['regio']} op. Dat vroeg veel van iedereen."),
            ("p", "In gesprekken met directeuren en intern begeleiders hoorden we een paar terugkerende geluiden. "
                  "Scholen waarderen dat de lijnen met het bureau kort zijn. Ze vinden het aanvragen van extra hulp "
                  "soms nog te ingewikkeld en ze missen af en toe overzicht over wat er in de regio te krijgen is. "
                  "Ouders vertelden ons dat ze het fijn vinden als de school hen vroeg betrekt, maar dat ze de weg "
                  "naar het samenwerkingsverband niet altijd weten te vinden. Die signalen hebben we meegenomen bij "
                  "het schrijven van dit plan."),
            ("p", "De evaluatie van het vorige plan is besproken met het bestuur en de OPR. Het evaluatieverslag "
                  "is op te vragen bij het bureau. In dit plan verwijzen we er waar nodig naar, maar we herhalen de "
                  "uitkomsten niet."),
            ]


def context(pl):
    rows = [["Gemeente", "Aantal scholen", "Waarvan s(b)o of vso"]] + pl["scholen_tabel"]
    return [("h1", "Onze regio"),
            ("p", f"Het werkgebied van {pl['kort']} omvat de gemeenten {pl['gemeenten']}. Het is een gevarieerde "
                  f"regio met een stedelijke kern, een aantal groeiende dorpen en een uitgestrekt buitengebied. "
                  f"Sommige kinderen fietsen twee minuten naar school, andere zitten elke dag een half uur in de "
                  f"taxi. In het gebied wonen veel jonge gezinnen; het aantal leerlingen is de laatste jaren "
                  f"stabiel, met een lichte daling in de kleinere kernen."),
            ("table", rows),
            ("p", f"Op de teldatum 1 oktober 2025 telden de scholen samen {pl['leerlingen']} leerlingen. De "
                  f"scholen verschillen in grootte, denominatie en onderwijsconcept: er zijn openbare, katholieke, "
                  f"protestants-christelijke en algemeen bijzondere scholen, en er zijn scholen met een Daltonprofiel, "
                  f"een Jenaplanconcept en een montessoriaanpak. Die verscheidenheid zien wij als een kracht."),
            ]


def visie(pl):
    return [("h1", "Missie, visie en ambities"),
            ("h2", "Onze missie"),
            ("p", f"{pl['motto']} Dat is in één zin waar {pl['kort']} voor staat. Ieder kind in onze regio heeft "
                  "recht op onderwijs dat past bij wie het is en wat het nodig heeft, zo dicht mogelijk bij huis en "
                  "samen met leeftijdgenoten uit de buurt."),
            ("h2", "Onze visie"),
            ("p", "Wij geloven dat goed onderwijs begint in de klas, bij een leerkracht die het kind kent en die "
                  "zich gesteund voelt door collega's, door de intern begeleider en door een team dat samen "
                  "verantwoordelijk is. Ondersteuning is daarom in de eerste plaats een zaak van de school. Het "
                  "samenwerkingsverband faciliteert, verbindt en denkt mee; het neemt de verantwoordelijkheid niet "
                  "over. We kijken naar wat een kind nodig heeft en niet naar wat er mis is met een kind."),
            ("p", "Wij werken vanuit vertrouwen. Schoolbesturen en scholen krijgen ruimte om zelf keuzes te maken "
                  "die bij hun populatie passen. Daar hoort bij dat we elkaar aanspreken als het niet goed gaat, en "
                  "dat we open zijn over wat we doen. We willen een lerende organisatie zijn, die niet bang is om te "
                  "zeggen dat iets nog niet goed gaat."),
            ("h2", "Ambities voor deze planperiode"),
            ("p", "In de bijeenkomsten met scholen, ouders en partners kwamen vier thema's steeds terug. Die thema's "
                  "vormen de rode draad van dit plan: inclusiever werken waar dat kan, de leerkracht versterken, "
                  "eenvoudiger werken met minder papier, en beter samenwerken met de partners rond het kind. Het zijn "
                  "geen losse projecten maar bewegingen die we in alle hoofdstukken terug laten komen."),
            ("p", "Inclusiever werken betekent voor ons niet dat elk kind in de gewone groep moet zitten. Het "
                  "betekent wel dat we steeds eerst de vraag stellen wat er nodig is om een kind op de eigen school "
                  "te laten slagen, en dat speciale plekken dichter bij de gewone scholen komen te staan. Een aantal "
                  "scholen experimenteert al met combinatiegroepen en met een plusvoorziening in het eigen gebouw."),
            ]


def governance(pl):
    return [("h1", "Organisatie en governance"),
            ("p", f"{pl['kort']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, "
                  "dat de strategische koers bepaalt, het ondersteuningsplan vaststelt en de begroting en de "
                  "jaarrekening goedkeurt. De dagelijkse leiding ligt bij de directeur-bestuurder. Het intern toezicht "
                  "is belegd bij een raad van toezicht van drie onafhankelijke leden, die ook de werkgeversrol "
                  "richting de directeur-bestuurder vervult."),
            ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in een "
                  "toezichtkader. De raad van toezicht vergadert vijf keer per jaar en heeft een auditcommissie en een "
                  "remuneratiecommissie. Eenmaal per jaar evalueert de raad zijn eigen functioneren, waarvan één keer "
                  "in de vier jaar onder externe begeleiding. De code Goed Bestuur van de " + pl.get("raad", "PO-Raad") + " is van toepassing."),
            ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een gebouw dat we delen met de "
                  "jeugdgezondheidszorg. Op het bureau werken een beleidsmedewerker, een controller, een "
                  "managementassistent, een aantal orthopedagogen en een team van ambulant begeleiders. "
                  "Het bureau is het aanspreekpunt voor scholen en besturen."),
            ("p", "Statuten, het managementstatuut en het reglement van de raad van toezicht zijn te vinden op de "
                  "website. Geschillen tussen de aangesloten besturen worden beslecht volgens de regeling in de "
                  "statuten; tot nu toe is die regeling nooit gebruikt."),
            ]


def opr(pl, met_ouders=True):
    blocks = [("h1", "Medezeggenschap"),
              ("p", f"Het ondersteuningsplan is op {pl['opr_datum']} ter instemming voorgelegd aan de "
                    "ondersteuningsplanraad (OPR). De OPR heeft in drie vergaderingen over het concept gesproken en "
                    "op een aantal punten wijzigingen voorgesteld, die we grotendeels hebben overgenomen. De "
                    "instemmingsbrief is op het bureau in te zien.")]
    if met_ouders:
        blocks.append(("p", "In de OPR zitten ouders en personeelsleden van de aangesloten scholen, gekozen uit de "
                            "kring van de medezeggenschapsraden. Zo klinkt de stem van ouders rechtstreeks door in "
                            "het beleid van het samenwerkingsverband. De OPR heeft ook een eigen budget voor "
                            "scholing en ondersteuning."))
    blocks.append(("p", "Daarnaast heeft het samenwerkingsverband, zoals de wet voorschrijft, een eigen "
                        "medezeggenschapsraad voor het personeel van het bureau. Die raad heeft adviesrecht over "
                        "de organisatie van het bureau en instemmingsrecht over het personeelsbeleid."))
    return blocks


def oogo(pl):
    return [("h1", "Op overeenstemming gericht overleg"),
            ("p", f"Het concept van dit plan is op {pl['oogo_datum']} besproken in het op overeenstemming gericht "
                  f"overleg (OOGO) met de colleges van burgemeester en wethouders van {pl['gemeenten']}. Het overleg "
                  "verliep volgens de procedure die we met de gemeenten hebben afgesproken. Het verslag is door beide "
                  "partijen vastgesteld. Ook is het concept besproken met het samenwerkingsverband in de andere "
                  "sector waarmee ons gebied overlapt."),
            ]


def personeel(pl):
    return [("h1", "Personeel en professionalisering"),
            ("p", f"Het bureau van {pl['kort']} heeft een formatie van ongeveer {pl['fte']} fte. Het "
                  "personeelsbeleid is erop gericht dat medewerkers goed toegerust zijn voor hun taak en met "
                  "plezier hun werk doen. Iedere medewerker heeft jaarlijks een gesprekkencyclus met een "
                  "ontwikkelgesprek en een beoordelingsgesprek. Het ziekteverzuim op het bureau is laag."),
            ("p", "Het lerarentekort raakt ook ons. Voor orthopedagogen en ambulant begeleiders is de arbeidsmarkt "
                  "krap. We investeren daarom in het opleiden van eigen mensen, bijvoorbeeld door stagiairs van de "
                  "masteropleidingen pedagogiek een plek te geven en door collega's ruimte te bieden voor "
                  "registratie als gz-psycholoog of orthopedagoog-generalist."),
            ("p", "Voor scholen organiseren we een leernetwerk voor intern begeleiders en een jaarlijkse studiedag. "
                  "Thema's worden samen met de scholen gekozen. Het afgelopen jaar ging het onder meer over "
                  "executieve functies, over het gesprek met ouders en over traumasensitief lesgeven. De "
                  "professionalisering van leerkrachten zelf is een verantwoordelijkheid van de schoolbesturen."),
            ]


def ict(pl):
    return [("h1", "ICT, privacy en gegevensbescherming"),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
                  "arrangementen en bij besluiten over toelaatbaarheid. Soms gaat het om bijzondere "
                  "persoonsgegevens, zoals gegevens over gezondheid. Wij gaan daar zorgvuldig mee om. Er is een "
                  "privacyreglement, er is een functionaris gegevensbescherming aangesteld en medewerkers volgen "
                  "jaarlijks een korte training."),
            ("p", "Aanvragen verlopen via een beveiligde digitale omgeving. Dossiers worden niet langer bewaard dan "
                  "wettelijk is toegestaan. Scholen sturen geen dossiers per gewone e-mail. In de komende periode "
                  "onderzoeken we of we kunnen overstappen naar een systeem dat beter aansluit op de "
                  "leerlingvolgsystemen van de scholen, zodat gegevens niet twee keer hoeven te worden ingevoerd."),
            ]


def planning(pl):
    return [("h1", "Planning en vaststelling"),
            ("p", "De belangrijkste momenten in de totstandkoming en uitvoering van dit plan staan hieronder op een "
                  "rij. Het plan wordt jaarlijks uitgewerkt in een jaarplan."),
            ("table", [["Wanneer", "Wat"],
                       ["najaar 2025", "werkateliers met scholen, ouders en partners"],
                       [pl["oogo_datum"], "OOGO met de gemeenten"],
                       [pl["opr_datum"], "instemming OPR"],
                       [pl["vast_datum"], "vaststelling door het bestuur"],
                       ["voor 1 mei 2026", "toezending aan de Inspectie van het Onderwijs"],
                       ["1 augustus 2026", "plan treedt in werking"],
                       ["voorjaar 2028", "tussentijdse evaluatie met OPR en bestuur"]]),
            ("p", f"Het plan is vastgesteld door het bestuur van {pl['kort']} op {pl['vast_datum']}."),
            ]


GLOSSARY = [
    ("Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep leerlingen, bovenop de basisondersteuning."),
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende plek is."),
    ("Meerjarenbegroting", "De begroting voor meerdere jaren waarin staat waaraan de middelen worden besteed."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
    ("Resultaten", "De beoogde en bereikte opbrengsten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."),
    ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs terug naar het reguliere onderwijs."),
    ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
    ("Verdeelmodel", "De regels volgens welke het samenwerkingsverband de ondersteuningsmiddelen verdeelt."),
    ("Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken voor een aangemelde leerling."),
]

ABBREV = [("AB", "ambulante begeleiding"), ("IB'er", "intern begeleider"), ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
          ("OJSP", "ouder- en jeugdsteunpunt"), ("OOGO", "op overeenstemming gericht overleg"),
          ("OPP", "ontwikkelingsperspectief(plan)"), ("OPR", "ondersteuningsplanraad"),
          ("SBO", "speciaal basisonderwijs"), ("SO", "speciaal onderwijs"), ("SOP", "schoolondersteuningsprofiel"),
          ("SWV", "samenwerkingsverband"), ("TLV", "toelaatbaarheidsverklaring"), ("VSO", "voortgezet speciaal onderwijs"),
          ("LWOO", "leerwegondersteunend onderwijs"), ("PrO", "praktijkonderwijs")]


def begrippen(with_table=True):
    blocks = [("h1", "Begrippenlijst")]
    if with_table:
        blocks.append(("table", [["Begrip", "Betekenis"]] + [[a, b] for a, b in GLOSSARY]))
    else:
        blocks.append(("bullets", [f"{a}: {b}" for a, b in GLOSSARY]))
    blocks += [("h1", "Lijst met afkortingen"), ("bullets", [f"{a} – {b}" for a, b in ABBREV])]
    return blocks


# =========================================================================== PLAN 1: Maasoever (PO, docx)
P1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Maasoever", kort="SWV De Maasoever",
          code="PO 30-12", artikel="18a van de Wet op het primair onderwijs", periode="2026-2030",
          gemeenten="Oeverhoven, Wilgendaal en Beekzande", regio="het Maasoevergebied", besturen="9",
          leerlingen="11.480", kind1="Lotte", kind2="Yusuf", directeur="Marieke van Doorn",
          motto="Elk kind hoort erbij, in de klas en in de wijk.", fte="14", opr_datum="17 maart 2026",
          oogo_datum="3 maart 2026", vast_datum="24 maart 2026",
          scholen_tabel=[["Oeverhoven", "22", "2"], ["Wilgendaal", "13", "1"], ["Beekzande", "9", "1"]])


def p1_basis():
    return [("h1", "Basisondersteuning: waar je op elke school op kunt rekenen"),
            ("p", "In De Maasoever hebben alle negen schoolbesturen met elkaar afgesproken welke ondersteuning "
                  "iedere school minimaal biedt. Dat noemen we de basisondersteuning. Het is een ondergrens: geen "
                  "enkele vestiging in ons verband zakt eronder, ook niet de kleinste dorpsschool met 60 "
                  "leerlingen. Scholen mogen meer doen, en veel scholen doen dat ook, maar een ouder die zijn kind "
                  "aanmeldt bij een school in onze regio kan in elk geval rekenen op wat in de tabel hieronder staat."),
            ("table", [["Onderdeel", "Wat iedere school in De Maasoever biedt"],
                       ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; "
                        "zes keer per jaar een groepsbespreking; een ondersteuningsteam (school, ouders, "
                        "orthopedagoog SWV, jeugdverpleegkundige) dat binnen vier weken na een hulpvraag bijeenkomt."],
                       ["Lezen en rekenen", "Werken volgens het landelijke protocol leesproblemen en dyslexie en het "
                        "protocol ernstige rekenproblemen en dyscalculie; dagelijkse verlengde instructie in kleine groepjes."],
                       ["Sociale veiligheid", "Een aantoonbaar effectief programma voor sociaal-emotioneel leren, een "
                        "anti-pestcoördinator en jaarlijkse monitoring van de veiligheidsbeleving."],
                       ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de eigen groep voor leerlingen die meer "
                        "aankunnen, met een leerkracht die daarvoor is geschoold."],
                       ["Gedrag", "Een schoolbrede aanpak voor positief gedrag (bijvoorbeeld PBS) en een protocol "
                        "voor crisissituaties."],
                       ["Medische handelingen", "Een protocol medisch handelen en een aanspreekpunt voor kinderen "
                        "met een chronische ziekte."],
                       ["Samenwerking jeugdhulp", "Schoolmaatschappelijk werk op iedere school, minimaal één dagdeel "
                        "per twee weken, en een vaste contactpersoon van het sociaal wijkteam."]]),
            ("h2", "Sem leert lezen"),
            ("p", "Sem zit in groep 4 en loopt vast bij het lezen. Zijn juf merkt het in oktober al: hij raadt woorden "
                  "en raakt gefrustreerd. Omdat de school werkt met het dyslexieprotocol, krijgt Sem direct drie keer "
                  "per week extra leesbegeleiding in een klein groepje. In februari blijkt dat hij vooruitgaat, maar "
                  "langzaam. De intern begeleider bespreekt Sem in het ondersteuningsteam, samen met zijn moeder. Er "
                  "is geen aanvraag of formulier nodig: dit is basisondersteuning."),
            ("h2", "Hoe we de basisondersteuning bewaken"),
            ("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Het bureau "
                  "bezoekt elke school eens in de twee jaar voor een kwaliteitsgesprek aan de hand van de "
                  "kwaliteitskaart basisondersteuning. Voldoet een school op een onderdeel niet, dan maakt het "
                  "schoolbestuur binnen drie maanden een verbeterplan; de voortgang bespreken we in het "
                  "bestuurlijk overleg."),
            ]


def p1_extra():
    return [("h1", "Extra ondersteuning en arrangementen"),
            ("p", "Soms is de basisondersteuning niet genoeg. Dan kijken we samen wat een kind extra nodig heeft. We "
                  "werken met vier treden, van licht naar zwaar. Op trede 1 biedt de school basisondersteuning. Op "
                  "trede 2 zet de school met advies van de orthopedagoog van het samenwerkingsverband een "
                  "arrangement in binnen de eigen school, betaald uit het schoolbudget. Op trede 3 gaat het om een "
                  "bovenschools arrangement: bijvoorbeeld een plek in een van de drie plusklassen, ambulante "
                  "begeleiding vanuit het so, of een onderwijs-zorgarrangement samen met de jeugdhulp. Op trede 4 "
                  "is een plek in het speciaal basisonderwijs of het speciaal onderwijs nodig."),
            ("h2", "Noor en de plusklas"),
            ("p", "Noor is negen en heeft een angststoornis. Op haar eigen school lukte het steeds minder goed om in "
                  "de volle groep te werken. Het ondersteuningsteam besloot tot een bovenschools arrangement: vier "
                  "ochtenden per week zit Noor in de plusklas in Wilgendaal, een kleine groep van acht kinderen met "
                  "een leerkracht en een onderwijsassistent. Op vrijdag is ze in haar eigen klas. De psycholoog van "
                  "de jeugd-GGZ komt eens in de twee weken langs in de plusklas. Na een half jaar wordt bekeken of "
                  "Noor weer meer dagen in haar eigen groep kan zijn."),
            ("p", "De voorzieningen binnen en tussen de scholen vormen samen één samenhangend geheel: de "
                  "basisondersteuning op elke school, de arrangementen in de school en bovenschools, de "
                  "drie plusklassen, twee sbo-scholen en het so van cluster 3 en 4 in Oeverhoven. De lijnen tussen "
                  "die voorzieningen zijn kort; het ondersteuningsteam van de school is steeds de plek waar de "
                  "afweging wordt gemaakt."),
            ]


def p1_dekkend():
    return [("h1", "Een plek voor ieder kind"),
            ("p", "Het samenwerkingsverband is er verantwoordelijk voor dat er voor ieder kind een passende plek is. "
                  "Toch zijn er kinderen voor wie dat niet lukt, en kinderen die thuis komen te zitten. Daar willen we "
                  "niet aan wennen."),
            ("p", "Elke zes weken is er een thuiszittersoverleg met de leerplichtambtenaren van de drie gemeenten, "
                  "de jeugdhulp en de orthopedagogen van het bureau. Elke leerling die langer dan vier weken niet "
                  "of gedeeltelijk naar school gaat, wordt daar besproken, met een casusregisseur die binnen een week "
                  "contact opneemt met ouders en school. Schoolbesturen melden iedere aanmelding waarvoor zij binnen "
                  "de zorgplichttermijn geen passende plek vinden direct bij het bureau."),
            ("p", "Eens per jaar brengen we in kaart waar het aanbod tekortschiet. We gebruiken daarvoor de "
                  "meldingen uit het thuiszittersoverleg, de wachtlijsten van sbo en so en een enquête onder intern "
                  "begeleiders. Uit de laatste analyse bleek dat er geen passende plek is voor jonge kinderen "
                  "(4 tot 6 jaar) met ernstige gedragsproblemen. Per 1 augustus 2026 start daarom in Beekzande de "
                  "kleutergroep De Kleine Haven, samen met een aanbieder van jeugdhulp."),
            ("h2", "Mila"),
            ("p", "Mila is zeven en zat vorig schooljaar vier maanden thuis nadat het op twee scholen niet was gelukt. "
                  "In het thuiszittersoverleg werd afgesproken dat zij tijdelijk twee ochtenden per week les kreeg "
                  "van een leerkracht van het bureau, thuis en later in de bibliotheek. Inmiddels gaat Mila vier "
                  "dagen per week naar het sbo in Wilgendaal. Haar ouders zeggen: het had veel eerder gekund."),
            ("p", "Met de gemeenten hebben we afspraken gemaakt over onderwijs-zorgarrangementen, leerlingenvervoer "
                  "en de inzet van schoolmaatschappelijk werk. Deze afspraken zijn besproken in het OOGO."),
            ]


def p1_tlv():
    return [("h1", "Toelaatbaarheid tot het sbo en het so"),
            ("p", "Voor een plek op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) "
                  "is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Zo gaat dat in zijn werk:"),
            ("bullets", ["Stap 1: het ondersteuningsteam van de school concludeert, samen met ouders, dat een plek in "
                         "het sbo of so nodig lijkt. De school heeft dan aantoonbaar de basisondersteuning en ten minste "
                         "één arrangement ingezet.",
                         "Stap 2: het bevoegd gezag van de school (in de praktijk de intern begeleider namens het "
                         "bestuur) dient de aanvraag in bij de Commissie Toelaatbaarheid van het samenwerkingsverband, "
                         "met het groeidocument, het ontwikkelingsperspectief en de zienswijze van ouders.",
                         "Stap 3: twee deskundigen geven ieder een eigen schriftelijk advies: altijd een orthopedagoog "
                         "of psycholoog en, afhankelijk van het kind, een tweede deskundige zoals een kinderarts, "
                         "maatschappelijk werker of kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag.",
                         "Stap 4: de Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst "
                         "van een volledige aanvraag. Ouders en school krijgen het besluit schriftelijk."]),
            ("p", "Een leerling is toelaatbaar tot het sbo als de ondersteuningsbehoefte zo groot is dat ook met een "
                  "arrangement in de reguliere school geen ononderbroken ontwikkeling mogelijk is, en als het kind "
                  "behoefte heeft aan een kleine groep met specialistische begeleiding gedurende de hele dag. Een "
                  "leerling is toelaatbaar tot het so als daarbovenop sprake is van een structurele behoefte aan "
                  "intensieve zorg of behandeling in samenhang met onderwijs, bijvoorbeeld bij een ernstige "
                  "gedragsstoornis, een verstandelijke beperking (IQ lager dan ongeveer 70 met beperkingen in de "
                  "zelfredzaamheid) of een langdurige lichamelijke ziekte."),
            ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het so "
                  "geldt twee schooljaren. Voor het so kent de commissie een bekostigingscategorie toe: laag, midden "
                  "of hoog."),
            ("p", "Zijn ouders of school het niet eens met het besluit, dan kunnen zij binnen zes weken bezwaar maken "
                  "bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                  "Toelaatbaarheidsverklaringen (LBT), waarbij De Maasoever is aangesloten."),
            ("h2", "En daarna? Terug naar de basisschool"),
            ("p", "Een plek in het sbo of so is voor ons geen eindstation. Ons beleid is dat we bij ieder kind in het "
                  "speciaal onderwijs blijven kijken of een overstap naar een reguliere basisschool mogelijk is. Een "
                  "terugkeer is aan de orde als het kind zich zo heeft ontwikkeld dat het met een arrangement in de "
                  "reguliere school verder kan, en als er een school is die het kind kan ontvangen."),
            ("p", "Uiterlijk in januari van het laatste jaar van de TLV evalueert de sbo- of so-school het "
                  "ontwikkelingsperspectief met ouders. Als terugkeer haalbaar lijkt, neemt de sbo- of so-school het "
                  "initiatief voor een overdrachtsgesprek met de beoogde basisschool en ouders. De basisschool "
                  "besluit over inschrijving; de commissie wordt geïnformeerd. Lijkt een nieuwe TLV nodig, dan vraagt "
                  "de school die voor 1 april aan, zodat de Commissie Toelaatbaarheid voor 1 juni kan besluiten. "
                  "Zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
            ("p", "Na een terugkeer krijgt de ontvangende school een terugkeerarrangement: twintig weken "
                  "ambulante begeleiding vanuit de sbo- of so-school en een budget van € 3.500, betaald door het "
                  "samenwerkingsverband. Na drie en na zes maanden is er een evaluatiegesprek met ouders."),
            ("h2", "Jesse gaat terug"),
            ("p", "Jesse kwam in groep 4 op het sbo na een moeilijke periode. In groep 6 ging het zo goed dat zijn "
                  "leerkracht voorstelde te kijken naar een basisschool dichter bij huis. Na een wenperiode van zes "
                  "weken, met twee dagen per week op de nieuwe school, maakte Jesse de overstap. De ambulant "
                  "begeleider van het sbo kwam nog het hele jaar eens per twee weken langs."),
            ]


def p1_geld():
    return [("h1", "Geld en middelen"),
            ("p", "De Maasoever ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Het grootste "
                  "deel gaat rechtstreeks naar de scholen: wij geloven dat het geld het beste werkt zo dicht mogelijk "
                  "bij het kind."),
            ("p", "Het verdeelmodel is eenvoudig. Ieder schoolbestuur ontvangt een schoolbudget van € 165 per "
                  "leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar. "
                  "Daarnaast ontvangt elk bestuur een vaste voet van € 12.000 per school. Bovenschoolse arrangementen, "
                  "de plusklassen en de kosten van sbo en so (de afdracht voor TLV's) worden centraal betaald. De "
                  "besturen leggen jaarlijks in hun jaarverslag verantwoording af over de besteding van het "
                  "schoolbudget, volgens een format van het samenwerkingsverband."),
            ("p", "De meerjarenbegroting 2026-2030 wordt ieder jaar in december door het algemeen bestuur "
                  "vastgesteld en is als bijlage 6 bij dit plan gevoegd. De reserves van het samenwerkingsverband "
                  "blijven onder de signaleringswaarde van de inspectie; een risicoanalyse is onderdeel van het jaarverslag."),
            ]


def p1_resultaten():
    return [("h1", "Wat we willen bereiken"),
            ("p", "Met dit plan willen we het volgende bereiken voor kinderen die extra ondersteuning nodig hebben:"),
            ("bullets", ["In 2030 zit geen enkel kind in onze regio langer dan drie maanden thuis zonder passend aanbod.",
                         "Bij ten minste 85% van de bovenschoolse arrangementen zijn de doelen uit het "
                         "ontwikkelingsperspectief na afloop behaald.",
                         "Het deelnamepercentage sbo en so samen blijft onder de 3,0% (nu 3,2%).",
                         "Ieder jaar keren ten minste twaalf leerlingen uit sbo of so terug naar een reguliere school."]),
            ("p", "Hoe we de voortgang op deze doelen gaan volgen en rapporteren, werken we in het eerste planjaar "
                  "uit met de directeuren en de OPR. Een monitor is in ontwikkeling."),
            ("h2", "Yusuf"),
            ("p", "Yusuf uit het voorwoord rekent in groep 5 al op het niveau van groep 8. Voor kinderen zoals hij "
                  "willen we dat iedere school verrijking biedt, en dat er bovenschools een plusgroep is voor wie "
                  "dat niet genoeg is. Ook dat is een resultaat dat telt."),
            ]


def p1_communicatie():
    return [("h1", "Communicatie"),
            ("p", "Goede communicatie is voor een samenwerkingsverband geen bijzaak. Scholen, besturen, gemeenten en "
                  "ouders moeten weten wat ze van ons kunnen verwachten. Voor scholen is er een maandelijkse "
                  "nieuwsbrief en een besloten deel van de website met formulieren."),
            ("p", "Ouders informeren we op verschillende manieren over de ondersteuning in de regio. Op de website "
                  "staat per school het ondersteuningsprofiel en een overzicht van alle arrangementen en voorzieningen. "
                  "Iedere school verwijst in de schoolgids naar de ondersteuning die zij biedt. Op iedere school ligt "
                  "de ouderbrochure 'Passend onderwijs in De Maasoever', ook in het Engels, Arabisch en Pools. Twee "
                  "keer per jaar organiseren we een ouderavond over een thema, zoals de overstap naar het voortgezet "
                  "onderwijs. Bij het eerste gesprek in het ondersteuningsteam krijgen ouders een folder over hun "
                  "rechten, waaronder het recht om hun visie op het ontwikkelingsperspectief te geven."),
            ("p", "Soms hebben ouders behoefte aan iemand die onafhankelijk met hen meedenkt. Daarvoor is er het "
                  "Ouder- en Jeugdsteunpunt Maasoever, dat los van de scholen en het bureau werkt. Ouders en "
                  "jongeren kunnen er terecht met vragen, voor een gesprek of voor hulp bij een meningsverschil met "
                  "school. Het steunpunt is telefonisch bereikbaar op werkdagen en houdt spreekuur in de "
                  "bibliotheken van Oeverhoven en Beekzande. Ook kunnen ouders een beroep doen op de landelijke "
                  "onderwijsconsulenten. Bij een klacht over het samenwerkingsverband kunnen ouders terecht bij de "
                  "Landelijke Klachtencommissie Onderwijs."),
            ]


def plan1():
    pl = P1
    body = [p1_basis(), p1_extra(), p1_dekkend(), p1_tlv(), p1_geld(), p1_resultaten(), p1_communicatie()]
    titles = [ch[0][1] for ch in body]
    chapters = [voorwoord(pl), leeswijzer(pl, titles), terugblik(pl), context(pl), visie(pl)] + body + \
               [governance(pl), opr(pl), oogo(pl), personeel(pl), ict(pl), planning(pl), begrippen()]
    return assemble([f"Ondersteuningsplan {pl['periode']}", pl["naam"], f"Samenwerkingsverband {pl['code']}",
                     "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Resultaten · Ouders"],
                    chapters), f"{pl['kort']} | Ondersteuningsplan {pl['periode']} | basisondersteuning, TLV, ouders"


# =========================================================================== PLAN 2: Lindeland (PO, pdf)
P2 = dict(naam="Samenwerkingsverband Primair Onderwijs Het Lindeland", kort="SWV Het Lindeland",
          code="PO 31-07", artikel="18a WPO", periode="2026-2030",
          gemeenten="Lindenburg, Hoogkerk-Aa en Veldzicht", regio="het Lindeland", besturen="6",
          leerlingen="7.920", kind1="Fenna", kind2="Ravi", directeur="Joost Hamers",
          motto="Samen sterk voor elk kind.", fte="9", opr_datum="9 april 2026",
          oogo_datum="19 maart 2026", vast_datum="16 april 2026",
          scholen_tabel=[["Lindenburg", "19", "2"], ["Hoogkerk-Aa", "8", "0"], ["Veldzicht", "7", "1"]])


def p2_basis():
    return [("h1", "Basisondersteuning"),
            ("p", "Alle besturen in Het Lindeland hebben met elkaar afgesproken dat de basisondersteuning op iedere "
                  "vestiging hetzelfde minimumniveau heeft. Dat niveau noemen we de Lindeland-standaard. Geen school "
                  "mag daaronder zitten; scholen die meer bieden, laten dat zien in hun profiel."),
            ("p", "Wat de Lindeland-standaard concreet inhoudt, staat in het schoolondersteuningsprofiel van iedere "
                  "school en op onze website onder 'Basisondersteuning'. De standaard zelf wordt in 2026-2027 "
                  "geactualiseerd, zodat hij aansluit bij de landelijke norm die het ministerie voorbereidt. Tot die "
                  "tijd blijft de huidige versie van kracht."),
            ("h2", "Fenna"),
            ("p", "Fenna uit het voorwoord heeft buikpijn op maandagochtend. Haar juf ziet het, en neemt de tijd voor "
                  "een gesprekje bij het hek. Later blijkt dat Fenna het moeilijk vindt dat er thuis veel verandert. "
                  "Haar juf bespreekt het met de intern begeleider en met Fenna's vader. Het zijn kleine dingen, maar "
                  "ze maken het verschil. Zo hoort het op elke school."),
            ]


def p2_tlv():
    return [("h1", "Naar een speciale school"),
            ("p", "Voor sommige kinderen is een plek op een sbo- of so-school de beste keuze. Daarvoor is een "
                  "toelaatbaarheidsverklaring van Het Lindeland nodig."),
            ("h2", "Zo vraagt u een TLV aan"),
            ("p", "Het schoolbestuur van de school waar het kind staat ingeschreven dient de aanvraag in via het "
                  "digitale Loket Toelaatbaarheid. Ouders ondertekenen de aanvraag of geven hun zienswijze. Bij de "
                  "aanvraag horen het groeidocument en een verslag van het laatste overleg in het "
                  "ondersteuningsteam. Binnen een week controleert het loket of de aanvraag compleet is. Daarna "
                  "brengen een orthopedagoog en een tweede deskundige (bijvoorbeeld een jeugdarts of "
                  "maatschappelijk werker) elk afzonderlijk advies uit. Het loket besluit namens de directeur-"
                  "bestuurder binnen acht weken na de complete aanvraag. Voor leerlingen die nieuw in de regio komen, "
                  "vraagt de ontvangende speciale school de TLV aan."),
            ("h2", "Wanneer is een kind toelaatbaar?"),
            ("p", "Het loket verklaart een kind toelaatbaar tot het sbo als aan alle volgende voorwaarden is "
                  "voldaan: (a) de school heeft de basisondersteuning en ten minste één arrangement gedurende minimaal "
                  "zes maanden ingezet; (b) het ontwikkelingsperspectief laat zien dat de doelen in de reguliere "
                  "school niet haalbaar zijn; (c) het kind heeft dagelijks een kleine groep en een specifiek "
                  "pedagogisch klimaat nodig. Voor het so geldt daarnaast dat het kind een ondersteuningsbehoefte "
                  "heeft op meerdere gebieden tegelijk (leren, gedrag, zelfredzaamheid of medische zorg) die het sbo "
                  "niet kan bieden."),
            ("p", "Een TLV voor het sbo geldt voor maximaal vier schooljaren, een TLV voor het so voor maximaal drie "
                  "schooljaren. Voor het so vermeldt de TLV de bekostigingscategorie."),
            ("h2", "Ravi"),
            ("p", "Ravi zit sinds groep 3 op de Lindenschool. Ondanks veel extra hulp lukt het hem niet om tot leren te "
                  "komen; hij raakt snel overprikkeld en loopt regelmatig de klas uit. Na een jaar met een "
                  "arrangement van de ambulant begeleider vraagt de school, met instemming van zijn ouders, een TLV "
                  "sbo aan. Zes weken later ligt het besluit er. Ravi begint na de herfstvakantie op De Kameleon."),
            ("h2", "Terug naar het reguliere onderwijs"),
            ("p", "Dit onderwerp werken we in het schooljaar 2026-2027 samen met de directies van het sbo en so "
                  "verder uit. Het resultaat leggen we als aanvulling op dit plan ter instemming aan de OPR voor."),
            ]


def p2_aanbod():
    return [("h1", "Het aanbod in Het Lindeland"),
            ("p", "In Het Lindeland sluiten de voorzieningen op elkaar aan als de treden van een trap. De eerste trede "
                  "is de basisondersteuning op iedere school. De tweede trede zijn de schoolarrangementen die de "
                  "school zelf inzet met het schoolbudget, zoals een rekengroepje of een time-in-plek. De derde trede "
                  "zijn de bovenschoolse arrangementen van het samenwerkingsverband: ambulante begeleiding, de "
                  "taalklas voor nieuwkomers in Lindenburg, de Leerlab-groep voor kinderen die meer aankunnen en de "
                  "observatiegroep voor jonge kinderen. De vierde trede zijn de drie sbo- en so-locaties in de regio."),
            ("p", "Het samenwerkingsverband kijkt ieder voorjaar samen met de besturen of dit aanbod dekkend is. We "
                  "bekijken daarvoor hoeveel kinderen op een wachtlijst staan, hoeveel kinderen buiten de regio naar "
                  "school gaan en welke kinderen niet of maar een deel van de week naar school gaan. Het bureau houdt "
                  "daarvoor een thuiszittersregistratie bij, samen met leerplicht. Voor elke thuiszitter wordt binnen "
                  "twee weken een overleg belegd met ouders, school, leerplicht en jeugdhulp, onder regie van een "
                  "consulent van het bureau. Als een school een aangemeld kind geen plek kan bieden, helpt de "
                  "consulent het bestuur bij het vinden van een andere school binnen de zorgplichttermijn."),
            ("p", "Uit de analyse van 2025 bleek dat er te weinig plekken zijn voor kinderen met een combinatie van "
                  "autisme en een hoge intelligentie. Daarom start in 2026 op twee reguliere scholen een kleine groep "
                  "met een ambulant begeleider uit het so."),
            ]


def p2_geld():
    return [("h1", "Waar gaat het geld naartoe?"),
            ("p", "Het Lindeland ontvangt jaarlijks ongeveer € 7,4 miljoen aan ondersteuningsmiddelen. Het algemeen "
                  "bestuur verdeelt die middelen volgens het verdeelmodel dat hieronder staat. Uitgangspunt is dat "
                  "scholen zelf zoveel mogelijk kunnen beslissen over de inzet van hulp."),
            ("bullets", ["Eerst reserveren we het bedrag dat nodig is voor de bekostiging van leerlingen met een TLV "
                         "in sbo en so (op basis van de telling van 1 februari).",
                         "Van het resterende bedrag gaat 70% als schoolbudget naar de besturen, verdeeld naar rato van "
                         "het aantal leerlingen op 1 oktober.",
                         "20% is bestemd voor bovenschoolse arrangementen die het bureau toekent op aanvraag van een "
                         "school; het bureau beslist binnen vier weken aan de hand van het arrangementenkader.",
                         "10% is bestemd voor het bureau, de ondersteuningsteams en innovatie."]),
            ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
            ("table", [["Post", "2026", "2027", "2028", "2029"],
                       ["Afdracht sbo/so (TLV's)", "3.310", "3.280", "3.240", "3.200"],
                       ["Schoolbudgetten besturen", "2.850", "2.870", "2.890", "2.910"],
                       ["Bovenschoolse arrangementen", "815", "820", "825", "830"],
                       ["Bureau en ondersteuningsteams", "410", "410", "415", "415"],
                       ["Totaal lasten", "7.385", "7.380", "7.370", "7.355"]]),
            ("p", "De algemene reserve bedraagt eind 2025 € 640.000. Dat is een weerstandsvermogen van ongeveer 8%. "
                  "Scholen verantwoorden de besteding van hun schoolbudget in een jaarlijks gesprek met het bureau."),
            ]


def p2_kwaliteit():
    return [("h1", "Kwaliteit"),
            ("p", "Kwaliteit is meer dan cijfers. Het gaat om kinderen die zich gezien voelen en ouders die merken "
                  "dat er naar hen wordt geluisterd."),
            ("p", "Een nieuw kwaliteitskader, met daarin de beoogde resultaten voor deze planperiode en de manier "
                  "waarop we die gaan volgen, stellen we in de loop van 2027 vast, zodra de landelijke monitor "
                  "passend onderwijs beschikbaar is."),
            ]


def p2_ouders():
    return [("h1", "Ouders"),
            ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Ze kennen hun kind het langst en het "
                  "best. We vinden het belangrijk dat ouders goed op de hoogte zijn van wat er in onze regio mogelijk is."),
            ("p", "Op iedere school bespreekt de intern begeleider aan het begin van een ondersteuningstraject met "
                  "ouders welke ondersteuning de school biedt, aan de hand van het schoolondersteuningsprofiel. Twee "
                  "keer per jaar verschijnt de digitale Ouderwijzer met nieuws over passend onderwijs, die scholen "
                  "doorsturen aan alle ouders. Op de website staan uitlegfilmpjes over arrangementen en over de TLV. "
                  "In het najaar is er in iedere gemeente een informatieavond over passend onderwijs."),
            ("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de nieuwe wet daartoe verplicht. "
                  "Tot die tijd kunnen ouders met hun vragen terecht bij de school van hun kind."),
            ]


def plan2():
    pl = P2
    body = [p2_basis(), p2_aanbod(), p2_tlv(), p2_geld(), p2_kwaliteit(), p2_ouders()]
    titles = [ch[0][1] for ch in body]
    chapters = [voorwoord(pl), leeswijzer(pl, titles), context(pl), visie(pl), terugblik(pl)] + body + \
               [oogo(pl), governance(pl), opr(pl), personeel(pl), ict(pl), planning(pl), begrippen(with_table=False)]
    return assemble([f"Ondersteuningsplan {pl['periode']}", pl["naam"], "Definitieve versie na instemming OPR"],
                    chapters), f"{pl['kort']} | Ondersteuningsplan {pl['periode']} | terugplaatsing en resultaten"


# =========================================================================== PLAN 3: Kop van de Heide (PO, docx)
P3 = dict(naam="Stichting Samenwerkingsverband Kop van de Heide PO", kort="Kop van de Heide",
          code="PO 32-04", artikel="18a van de WPO", periode="2026-2030",
          gemeenten="Heidemond, Ertveld en Groot-Loozen", regio="de Kop van de Heide", besturen="5",
          leerlingen="6.310", kind1="Bo", kind2="Daan", directeur="Ellen Schuurman",
          motto="Dichtbij waar het kan, speciaal waar het moet.", fte="8", opr_datum="2 april 2026",
          oogo_datum="12 maart 2026", vast_datum="14 april 2026",
          scholen_tabel=[["Heidemond", "16", "1"], ["Ertveld", "9", "1"], ["Groot-Loozen", "6", "0"]])


def p3_fundament():
    return [("h1", "Het fundament onder elke school"),
            ("p", "Sommige dingen zijn in de Kop van de Heide niet onderhandelbaar. Welke school een kind ook kiest, "
                  "openbaar of christelijk, in de stad of in het dorp: er is een vloer waar niemand doorheen zakt. "
                  "Die vloer is door de vijf besturen samen vastgesteld en geldt voor iedere vestiging. In de wet "
                  "heet dit basisondersteuning; wij noemen het liever het fundament. Het fundament bestaat uit vijf "
                  "beloften aan ouders en kinderen."),
            ("bullets", ["Belofte 1 – Een vaste persoon. Elk kind met een ondersteuningsvraag heeft op school een "
                         "vaste contactpersoon, meestal de intern begeleider, die binnen twee weken na een signaal van "
                         "ouders een gesprek plant.",
                         "Belofte 2 – Snel extra oefenen. Kinderen die achterblijven met lezen, spelling of rekenen "
                         "krijgen minstens drie keer per week instructie in een klein groepje, en dyslexiezorg volgens "
                         "het landelijke protocol.",
                         "Belofte 3 – Een veilige groep. Iedere school werkt met een programma voor sociaal-emotioneel "
                         "leren, meet twee keer per jaar het welbevinden en heeft een time-in-plek voor kinderen die even "
                         "moeten bijkomen.",
                         "Belofte 4 – Uitdaging. Ieder kind dat meer aankan, krijgt een aangepast programma met "
                         "verrijkingsstof en een leerkracht die het begeleidt.",
                         "Belofte 5 – Hulp van buiten binnen handbereik. Elke school heeft een vaste orthopedagoog van "
                         "het samenwerkingsverband (acht uur per maand per 250 leerlingen) en een jeugdverpleegkundige "
                         "die op school spreekuur houdt."]),
            ("h2", "Bo en de time-in-plek"),
            ("p", "Bo uit groep 3 kan soms ineens heel boos worden. Vroeger werd ze dan de gang op gestuurd. Nu gaat ze "
                  "naar de time-in-plek achter in het lokaal: een kussen, een zandloper en een kaartje met drie "
                  "stappen. Na vijf minuten komt ze zelf terug. Haar moeder zegt: 'Ze wordt niet meer weggestuurd, "
                  "ze mag even bijkomen. Dat scheelt alles.'"),
            ("p", "Twee keer per planperiode laat ieder bestuur een collega van een ander bestuur op zijn scholen "
                  "meekijken of de vijf beloften worden waargemaakt. De uitkomsten bespreken we in het algemeen bestuur."),
            ]


def p3_route():
    return [("h1", "De ondersteuningsroute"),
            ("p", "Boven op het fundament bouwen we verder. Waar het fundament niet genoeg is, zet de school eerst "
                  "zelf extra hulp in, bijvoorbeeld een onderwijsassistent in de groep of een aangepast rooster. "
                  "Daarna kan het ondersteuningsteam van de school een arrangement aanvragen bij het "
                  "samenwerkingsverband: ambulante begeleiding, een plek in de Schakelklas in Heidemond (voor kinderen "
                  "met een grote taalachterstand), de Denkgroep voor hoogbegaafde kinderen of een "
                  "onderwijs-zorgarrangement met jeugdhulp. Als ook dat niet volstaat, is er het speciaal "
                  "basisonderwijs in Heidemond en het so in Ertveld, waar twee scholen van cluster 3 en 4 onder één dak zitten."),
            ("p", "Zo ontstaat een doorlopende lijn van licht naar zwaar, waarin een kind kan op- en afschalen zonder "
                  "telkens opnieuw te beginnen. Het groeidocument gaat mee."),
            ("h2", "Daan"),
            ("p", "Daan uit het voorwoord rekent in groep 5 op het niveau van groep 8. Op zijn eigen school krijgt hij "
                  "verrijkingsstof (belofte 4). Omdat hij zich toch gaat vervelen en zich terugtrekt, gaat hij sinds "
                  "januari één dag per week naar de Denkgroep in Ertveld. Zijn ouders merken dat hij weer zin heeft "
                  "in school."),
            ("h2", "Kinderen zonder passende plek"),
            ("p", "Ook in de Kop van de Heide zijn er kinderen die thuiszitten. Het samenwerkingsverband heeft de "
                  "aanpak daarvan hoog op de agenda staan. Het thuiszittersprotocol wordt in 2026 herzien; de nieuwe "
                  "versie verschijnt daarna op de website."),
            ]


def p3_tlv():
    return [("h1", "Plaatsing in het sbo of so"),
            ("p", "Heeft een kind een plek in het speciaal basisonderwijs of het speciaal onderwijs nodig, dan vraagt "
                  "het schoolbestuur een toelaatbaarheidsverklaring aan. Dat gaat in vier stappen."),
            ("table", [["Stap", "Wie", "Wat", "Termijn"],
                       ["1", "Ondersteuningsteam school", "Conclusie dat sbo/so nodig is, onderbouwd in het groeidocument", "—"],
                       ["2", "Schoolbestuur", "Aanvraag indienen bij de Toelaatbaarheidscommissie met groeidocument "
                        "en OPP", "—"],
                       ["3", "Twee deskundigen", "Elk een eigen advies: orthopedagoog of psycholoog, en een tweede "
                        "deskundige passend bij het kind", "binnen 3 weken"],
                       ["4", "Toelaatbaarheidscommissie", "Besluit namens het bestuur; schriftelijk aan ouders en "
                        "school", "binnen 6 weken na volledige aanvraag"]]),
            ("p", "De commissie weegt elke aanvraag zorgvuldig en integraal. Het afwegingskader dat de commissie "
                  "daarbij hanteert, wordt in 2026 opnieuw vastgesteld en daarna gepubliceerd."),
            ("p", "Ouders die het niet eens zijn met een besluit, kunnen bezwaar maken. Het bestuur vraagt dan advies "
                  "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
            ("h2", "Weer naar een gewone school"),
            ("p", "Wij vinden dat een kind in het speciaal onderwijs altijd de kans moet krijgen om terug te keren "
                  "naar een reguliere school als dat goed voor het kind is. Dat is geen doel op zich: een kind dat "
                  "het goed heeft in het sbo, hoeft niet weg. Voorwaarden voor een terugkeer zijn dat het kind "
                  "het ritme van een grote groep aankan, dat ouders achter de overstap staan en dat er een school is "
                  "die het fundament plus de benodigde extra hulp kan bieden. Na de overstap houdt de ambulant "
                  "begeleider van de sbo- of so-school een jaar lang de vinger aan de pols bij de nieuwe school, en "
                  "krijgt die school voor dat jaar een arrangement zonder aanvraag."),
            ("p", "Hoe de terugplaatsing precies verloopt, wie welke stap zet en wanneer, leggen we vast in het "
                  "nieuwe draaiboek Overstappen, dat nog in de maak is."),
            ]


def p3_financien():
    return [("h1", "Financiën"),
            ("p", "Het samenwerkingsverband is zuinig op publiek geld. De middelen die we ontvangen, zijn bedoeld "
                  "voor kinderen, niet voor overleg of bureaucratie."),
            ("p", "Het hoofdstuk financiën verschijnt als afzonderlijk document, 'Financieel kader 2026-2030', nadat "
                  "het algemeen bestuur in november de begroting heeft vastgesteld. Het financieel kader wordt "
                  "daarna aan de OPR voorgelegd."),
            ]


def p3_resultaten():
    return [("h1", "Waar we op aangesproken willen worden"),
            ("p", "Een plan zonder ijkpunten is een wensenlijst. Daarom noemen we hier wat er in 2030 voor kinderen "
                  "met een ondersteuningsbehoefte anders moet zijn dan nu."),
            ("table", [["Ambitie", "Nu (2025)", "In 2030"],
                       ["Kinderen met een arrangement die het jaar daarna zonder arrangement verder kunnen", "41%", "55%"],
                       ["Kinderen uit de Schakelklas die binnen een jaar instromen in een reguliere groep", "78%", "90%"],
                       ["Ouders die tevreden zijn over de samenwerking met school (oudervragenlijst)", "7,1", "7,8"],
                       ["Kinderen die langer dan een maand zonder onderwijs thuis zitten", "14", "hooguit 5"]]),
            ("h2", "Zo houden we de vinger aan de pols"),
            ("p", "Het bureau verzamelt deze gegevens twee keer per jaar, in februari en in juli, uit de "
                  "arrangementenregistratie, de leerlingaantallen en de oudervragenlijst die elke school in het "
                  "voorjaar afneemt. De directeur-bestuurder bespreekt de stand in het algemeen bestuur en met de "
                  "OPR. In het jaarverslag zetten we bereikte en beoogde resultaten naast elkaar en leggen we uit "
                  "wat we bijsturen. Halverwege de planperiode doen we een diepere evaluatie met interviews bij tien scholen."),
            ]


def p3_communicatie():
    return [("h1", "Communicatie"),
            ("p", "Het samenwerkingsverband communiceert vooral met en via de scholen. Directeuren en intern "
                  "begeleiders ontvangen elke maand een digitale nieuwsbrief, en twee keer per jaar is er een "
                  "netwerkbijeenkomst voor intern begeleiders. Met de gemeenten is er een vast ambtelijk overleg."),
            ("p", "Een folder voor ouders is in voorbereiding. We willen die samen met een paar ouders schrijven, zodat "
                  "hij begrijpelijk is voor iedereen."),
            ]


def plan3():
    pl = P3
    body = [p3_fundament(), p3_route(), p3_tlv(), p3_resultaten(), p3_financien(), p3_communicatie()]
    titles = [ch[0][1] for ch in body]
    chapters = [voorwoord(pl), leeswijzer(pl, titles), visie(pl), context(pl), terugblik(pl)] + body + \
               [governance(pl), opr(pl, met_ouders=False), oogo(pl), personeel(pl), ict(pl), planning(pl), begrippen()]
    return assemble([f"Ondersteuningsplan {pl['periode']}", pl["naam"], f"{pl['code']}",
                     "Met hoofdstukken over ouders, financiën en terugplaatsing"],
                    chapters), f"{pl['kort']} | OP {pl['periode']} | ouders · financiën"


# =========================================================================== PLAN 4: Veenstreek (PO, pdf)
P4 = dict(naam="Samenwerkingsverband Passend Onderwijs Veenstreek PO", kort="SWV Veenstreek",
          code="PO 33-15", artikel="18a van de Wet op het primair onderwijs", periode="2026-2030",
          gemeenten="Turfhaven, Meerstede, Oud-Venne en Zwartewijk", regio="de Veenstreek", besturen="11",
          leerlingen="13.150", kind1="Saar", kind2="Milan", directeur="Hanneke Postma",
          motto="Ieder kind een plek waar het kan groeien.", fte="17", opr_datum="26 maart 2026",
          oogo_datum="5 maart 2026", vast_datum="31 maart 2026",
          scholen_tabel=[["Turfhaven", "21", "2"], ["Meerstede", "12", "1"], ["Oud-Venne", "10", "0"],
                         ["Zwartewijk", "8", "1"]])


def p4_basis():
    return [("h1", "Ondersteuning op school"),
            ("p", "Het ondersteuningsplan 2022-2026 bevatte een uitgebreide beschrijving van de basisondersteuning in "
                  "de Veenstreek. In 2026-2027 stellen we de basisondersteuning opnieuw vast, in afwachting van de "
                  "landelijke norm basisondersteuning waar het ministerie aan werkt. Zodra die norm bekend is, "
                  "bespreken we met de besturen en de OPR wat dat voor onze scholen betekent."),
            ("h2", "Saar"),
            ("p", "Saar uit het voorwoord komt op maandag met buikpijn op school. Haar leerkracht merkt het op, en "
                  "dat is waar het om draait: leerkrachten die kinderen zien. In de Veenstreek investeren we daarom "
                  "in de leerkracht, want die maakt het verschil."),
            ]


def p4_tlv():
    return [("h1", "Toelaatbaarheid"),
            ("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, welke documenten nodig zijn en wie "
                  "wat doet, staat in de Handreiking TLV op www.swv-veenstreek.nl/tlv. Hieronder beschrijven we de "
                  "inhoudelijke criteria die de Veenstreek hanteert."),
            ("h2", "Criteria voor het speciaal basisonderwijs"),
            ("bullets", ["Het kind heeft een ondersteuningsbehoefte op het gebied van leren en/of gedrag die blijkt uit "
                         "een stagnerende ontwikkeling over ten minste twee meetmomenten, ondanks handelingsgerichte "
                         "begeleiding en een arrangement van minimaal twintig weken.",
                         "Het kind heeft voor het grootste deel van de schooldag een groep van hooguit vijftien "
                         "leerlingen nodig, met een leerkracht die gespecialiseerd is in de ondersteuningsbehoefte.",
                         "Het ontwikkelingsperspectief laat zien dat het uitstroomniveau in de reguliere school niet "
                         "haalbaar is, ook niet met een bovenschools arrangement."]),
            ("h2", "Criteria voor het speciaal onderwijs"),
            ("bullets", ["Er is sprake van een ernstige, langdurige ondersteuningsbehoefte op meerdere domeinen "
                         "tegelijk (cognitief, sociaal-emotioneel, lichamelijk of medisch).",
                         "Het kind heeft onderwijs in combinatie met zorg of behandeling nodig die het sbo niet kan bieden.",
                         "Bij een verstandelijke beperking: een totaal-IQ lager dan 55 of een IQ tussen 55 en 70 in "
                         "combinatie met ernstige beperkingen in de zelfredzaamheid."]),
            ("p", "Een TLV voor het so geldt in de Veenstreek voor twee schooljaren, met bekostigingscategorie laag, "
                  "tenzij de deskundigen een hogere categorie onderbouwen. Een TLV voor het sbo geldt voor drie "
                  "schooljaren."),
            ("h2", "Milan"),
            ("p", "Milan is acht en heeft het syndroom van Down. Op de basisschool in zijn dorp ging het lang goed, "
                  "maar in groep 4 werd het verschil met klasgenoten te groot en raakte hij zijn vriendjes kwijt. "
                  "Zijn situatie voldeed aan de criteria voor het so. Hij gaat nu naar De Horizon in Turfhaven en "
                  "speelt op woensdagmiddag nog steeds voetbal met zijn oude klasgenoten."),
            ]


def p4_overstap():
    return [("h1", "Van speciaal naar regulier: de overstapregeling"),
            ("p", "De Veenstreek wil dat kinderen niet langer in het speciaal onderwijs blijven dan nodig is. Het "
                  "uitgangspunt is dat ieder kind in het sbo of so aan het einde van de TLV-periode een reële kans "
                  "krijgt op een plek in het regulier onderwijs, als zijn ontwikkeling dat toelaat. Een overstap kan "
                  "alleen als ouders instemmen en als de ontvangende school, eventueel met een arrangement, kan "
                  "bieden wat het kind nodig heeft. Na de overstap betaalt het samenwerkingsverband een "
                  "nazorgarrangement van een half jaar ambulante begeleiding door de school van herkomst, met een "
                  "mogelijke verlenging van nog een half jaar."),
            ("p", "De overstapregeling kent vaste momenten:"),
            ("table", [["Moment", "Wie", "Wat"],
                       ["oktober van het laatste TLV-jaar", "sbo/so-school", "evaluatie van het OPP; advies over "
                        "voortzetting, overstap of nieuwe TLV"],
                       ["vóór 1 december", "sbo/so-school met ouders", "bij overstap: contact met de beoogde reguliere "
                        "school en aanmelding"],
                       ["vóór 1 maart", "sbo/so-school", "bij voortzetting: aanvraag nieuwe TLV bij de commissie"],
                       ["juni", "beide scholen en ouders", "warme overdracht; afspraken over het nazorgarrangement"],
                       ["31 juli", "—", "einde TLV; inschrijving op de reguliere school per 1 augustus"]]),
            ("p", "In de schooljaren 2023-2024 en 2024-2025 maakten respectievelijk negen en dertien kinderen de "
                  "overstap. We volgen iedere overgestapte leerling twee jaar."),
            ]


def p4_netwerk():
    return [("h1", "Het netwerk rond het kind"),
            ("p", "Het ondersteuningscontinuüm van de Veenstreek, van basisondersteuning tot speciaal onderwijs, "
                  "is beschreven in de Routekaart Ondersteuning, die als apart document op de website staat."),
            ("h2", "Geen kind tussen wal en schip"),
            ("p", "Als een school een kind niet kan plaatsen of een kind dreigt uit te vallen, treedt het Veenstreek "
                  "Doorbraakteam in werking. Het schoolbestuur meldt de situatie bij het bureau zodra blijkt dat de "
                  "zorgplicht niet binnen zes weken kan worden waargemaakt, of zodra een leerling tien "
                  "schooldagen niet op school is geweest. Binnen vijf werkdagen belegt een consulent een overleg met "
                  "ouders, school, leerplicht en jeugdhulp, en er komt een plan met een concrete startdatum. De "
                  "consulent blijft betrokken tot het kind weer volledig naar school gaat."),
            ("p", "Eens per jaar analyseren we alle meldingen bij het Doorbraakteam, de wachtlijsten van sbo en so en "
                  "de leerlingen die buiten de regio onderwijs volgen. Daaruit bleek in 2025 dat er een gat zit in het "
                  "aanbod voor kinderen met een langdurige psychiatrische problematiek. Met de gemeenten en een "
                  "zorgaanbieder ontwikkelen we daarom een onderwijs-zorgvoorziening op de so-locatie in Meerstede, "
                  "die per januari 2027 opengaat. In het OOGO hebben we met de vier gemeenten afgesproken dat de "
                  "jeugdhulp binnen twee weken aansluit bij ieder Doorbraakteam-overleg."),
            ]


def p4_geld():
    return [("h1", "Financiën"),
            ("p", "De verdeling van de ondersteuningsmiddelen over de schoolbesturen wordt in 2026 herijkt. De nieuwe "
                  "verdeelsleutel is op dit moment p.m.; het algemeen bestuur besluit daarover na de herijking."),
            ("p", "Onderstaande meerjarenbegroting laat zien waaraan de middelen worden besteed (bedragen in euro's):"),
            ("table", [["Bestedingscategorie", "2026", "2027", "2028"],
                       ["Bekostiging sbo en so (TLV's en groei)", "5.120.000", "5.090.000", "5.050.000"],
                       ["Middelen naar schoolbesturen", "3.480.000", "3.510.000", "3.540.000"],
                       ["Bovenschoolse arrangementen en Doorbraakteam", "1.260.000", "1.310.000", "1.330.000"],
                       ["Onderwijs-zorgvoorziening Meerstede", "0", "210.000", "420.000"],
                       ["Bureau, huisvesting en bestuur", "690.000", "700.000", "710.000"],
                       ["Totaal", "10.550.000", "10.820.000", "11.050.000"]]),
            ("p", "De begroting sluit in 2026 en 2027 met een tekort, dat uit de reserve wordt gedekt. Daarmee brengen "
                  "we de reserve terug naar het niveau van de signaleringswaarde."),
            ]


def p4_kwaliteit():
    return [("h1", "Kwaliteitszorg en monitoring"),
            ("p", "De ambities voor de nieuwe planperiode formuleren we na de nulmeting die we in het schooljaar "
                  "2026-2027 uitvoeren."),
            ("p", "Wat we wel al weten, is hoe we gaan meten. Het bureau houdt een dashboard bij met onder meer het "
                  "aantal en het verloop van de arrangementen, het aantal TLV's, de overstappen uit sbo en so, de "
                  "meldingen bij het Doorbraakteam en de uitkomsten van de tevredenheidspeiling onder ouders en "
                  "scholen. Het dashboard wordt in maart en oktober besproken in het algemeen bestuur en de OPR. Elke "
                  "arrangementsaanvraag bevat doelen; na afloop rapporteert de school of die doelen zijn gehaald, en "
                  "het bureau telt die uitkomsten op per type arrangement. De bereikte resultaten staan in het "
                  "jaarverslag, met een korte analyse en de maatregelen die we nemen."),
            ]


def p4_ouders():
    return [("h1", "Ouders en jeugdigen"),
            ("p", "Ouders moeten kunnen vinden welke ondersteuning er in de Veenstreek is. Daarom publiceren we op de "
                  "website de ondersteuningsprofielen van alle scholen en een zoekkaart waarop ouders per dorp of wijk "
                  "zien welke scholen welke extra's bieden. Iedere school neemt in de schoolgids een vaste paragraaf "
                  "over passend onderwijs op, met de contactgegevens van het samenwerkingsverband. Nieuwe ouders "
                  "krijgen bij de aanmelding de folder 'Passend onderwijs in de Veenstreek'. Het bureau organiseert "
                  "elk voorjaar een informatiemarkt in Turfhaven."),
            ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
                  "Veenstreek, dat wordt uitgevoerd door een stichting die los staat van de schoolbesturen. "
                  "Medewerkers van het steunpunt luisteren, geven informatie en gaan desgewenst mee naar een gesprek op "
                  "school. Komen ouders en school er samen niet uit, dan kan het steunpunt een onderwijsconsulent "
                  "inschakelen of helpen bij een klacht of een geschil bij de landelijke geschillencommissie passend "
                  "onderwijs. Het steunpunt brengt twee keer per jaar de signalen die het ontvangt in bij het bestuur."),
            ]


def plan4():
    pl = P4
    body = [p4_basis(), p4_netwerk(), p4_tlv(), p4_overstap(), p4_ouders(), p4_kwaliteit(), p4_geld()]
    titles = [ch[0][1] for ch in body]
    chapters = [voorwoord(pl), leeswijzer(pl, titles), context(pl), terugblik(pl), visie(pl)] + body + \
               [governance(pl), opr(pl), oogo(pl), personeel(pl), ict(pl), planning(pl), begrippen()]
    return assemble([f"Ondersteuningsplan {pl['periode']}", pl["naam"], f"Samenwerkingsverband {pl['code']}"],
                    chapters), f"{pl['kort']} | Ondersteuningsplan {pl['periode']}"


# =========================================================================== PLAN 5: Zuidkust (VO, html)
P5 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zuidkust", kort="SWV VO Zuidkust",
          code="VO 34-02", artikel="17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 WVO 2020)",
          periode="2026-2030", gemeenten="Strandwijk, Havendorp en Duinmeer", regio="de Zuidkust", besturen="7",
          leerlingen="9.640", kind1="Ilse", kind2="Jayden",
          kind2_vo="die in de derde klas van het vmbo na een jaar vso weer zijn draai vindt.",
          directeur="Rob Kalkman", motto="Iedere jongere een diploma of een duurzame plek.", fte="12",
          opr_datum="1 april 2026", oogo_datum="26 februari 2026", vast_datum="15 april 2026", raad="VO-raad",
          scholen_tabel=[["Strandwijk", "9", "1"], ["Havendorp", "4", "1"], ["Duinmeer", "3", "0"]])


def p5_basis():
    return [("h1", "Basisondersteuning in het voortgezet onderwijs"),
            ("p", "De zeven besturen van Zuidkust hebben afgesproken dat iedere vestiging, van praktijkonderwijs tot "
                  "gymnasium, ten minste het volgende niveau van ondersteuning biedt. Dit is de ondergrens die voor "
                  "alle scholen gelijk is; de schoolgids van elke school beschrijft hoe de school dit waarmaakt en wat "
                  "zij daarnaast biedt."),
            ("bullets", ["een mentor die elke leerling minstens drie keer per jaar individueel spreekt en het eerste "
                         "aanspreekpunt is voor ouders;",
                         "een ondersteuningscoördinator en een zorg- en adviesteam dat minimaal zes keer per jaar "
                         "bijeenkomt, met de jeugdarts, de leerplichtambtenaar en het schoolmaatschappelijk werk;",
                         "faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware, aangepaste toetsen);",
                         "een faalangstreductietraining en een training sociale vaardigheden, ten minste eenmaal per jaar;",
                         "huiswerkbegeleiding of een studiecentrum na schooltijd;",
                         "een time-outvoorziening met begeleiding, zodat een leerling niet zonder toezicht de les uit wordt gestuurd;",
                         "begeleiding bij ziekte, zodat een langdurig zieke leerling onderwijs op afstand kan volgen."]),
            ("h2", "Ilse"),
            ("p", "Ilse zit in havo 3 en heeft ernstige migraine. Vorig jaar miste ze bijna een derde van de lessen. "
                  "Haar mentor zorgde dat ze via een camera kon meekijken bij de belangrijkste lessen en spreidde "
                  "haar toetsen. Ilse: 'Ik hoefde niet steeds opnieuw uit te leggen wat er met me was.'"),
            ]


def p5_toewijzing():
    return [("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
            ("p", "Leerlingen die op het vso, het leerwegondersteunend onderwijs of het praktijkonderwijs zijn "
                  "aangewezen, vormen een belangrijke groep in onze regio: samen bijna een op de zes leerlingen. "
                  "De procedures en de criteria voor toelaatbaarheid tot het vso, voor de aanwijzing voor lwoo en "
                  "voor de toelaatbaarheid tot het praktijkonderwijs zijn vastgelegd in de Regeling Toewijzing "
                  "Zuidkust 2026 (bijlage 3), die het bestuur afzonderlijk vaststelt."),
            ]


def p5_terug():
    return [("h1", "Van vso naar regulier voortgezet onderwijs"),
            ("p", "Iedere vso-leerling van wie de TLV afloopt, doorloopt het volgende traject. In het najaar van het "
                  "laatste TLV-jaar bespreekt de commissie van begeleiding van de vso-school het "
                  "ontwikkelingsperspectief met de leerling en ouders. Adviseert de commissie een overstap, dan neemt "
                  "de vso-school vóór 1 februari contact op met de ondersteuningscoördinator van de beoogde vo-school "
                  "en meldt de leerling daar aan. De vo-school beslist binnen zes weken over toelating. Vindt de "
                  "commissie dat vso nodig blijft, dan volgt de vso-school de Regeling Toewijzing. Zonder nieuwe TLV eindigt de plaatsing op 31 juli. In oktober na de overstap "
                  "evalueren beide scholen met de leerling en ouders hoe het gaat."),
            ("p", "Het beleid van Zuidkust op terugplaatsing en overplaatsing wordt in de eerste helft van de "
                  "planperiode herzien."),
            ("h2", "Jayden"),
            ("p", "Jayden uit het voorwoord ging in de tweede klas naar het vso, nadat hij op zijn vmbo-school "
                  "steeds vaker in conflict kwam. In het voorjaar van zijn TLV-jaar adviseerde de commissie van "
                  "begeleiding een overstap. Na een kennismaking en twee proefdagen begon hij in september in vmbo "
                  "kader 3. In oktober zaten Jayden, zijn moeder, zijn oude mentor en zijn nieuwe mentor om tafel. "
                  "'Ik ben er nog,' zei Jayden. Dat was het begin."),
            ]


def p5_aanbod():
    return [("h1", "Aanbod en dekkendheid"),
            ("p", "Het overzicht van de voorzieningen in de regio en de analyse van de dekkendheid daarvan publiceren "
                  "we jaarlijks in de Monitor Dekkend Aanbod. Die monitor verschijnt na vaststelling door het bestuur "
                  "op de website."),
            ]


def p5_geld():
    return [("h1", "Financieel beleid"),
            ("p", "Zuidkust ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. Het verdeelmodel "
                  "werkt als volgt. De middelen voor lwoo en pro gaan volledig door naar de scholen met een lwoo- of "
                  "pro-aanbod, op basis van het aantal aangewezen leerlingen op 1 oktober. Voor lichte ondersteuning "
                  "ontvangt iedere school € 190 per leerling. Voor vso-leerlingen draagt het samenwerkingsverband de "
                  "wettelijke bedragen af per TLV-categorie. Het resterende deel is beschikbaar voor bovenschoolse "
                  "voorzieningen; scholen dienen daarvoor een aanvraag in bij het bureau, dat binnen vier weken besluit "
                  "op basis van het toetsingskader arrangementen. Besturen verantwoorden hun besteding jaarlijks aan "
                  "de hand van een vaste verantwoordingsrapportage."),
            ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                       ["Lwoo en pro naar scholen", "6.820", "6.790", "6.750", "6.700"],
                       ["Lichte ondersteuning scholen (€ 190 p.l.)", "1.830", "1.820", "1.810", "1.800"],
                       ["Afdracht vso", "4.410", "4.380", "4.350", "4.330"],
                       ["Bovenschoolse voorzieningen", "1.150", "1.170", "1.190", "1.200"],
                       ["Bureau en bestuur", "720", "725", "730", "735"],
                       ["Totaal", "14.930", "14.885", "14.830", "14.765"]]),
            ("p", "Het weerstandsvermogen ligt rond 6%. Er zijn geen bovenmatige reserves."),
            ]


def p5_resultaten():
    return [("h1", "Opbrengsten voor jongeren"),
            ("p", "In 2030 willen we het volgende bereikt hebben voor jongeren met een ondersteuningsbehoefte: "
                  "ten minste 90% van de leerlingen met een arrangement stroomt uit met een diploma of naar een "
                  "passende vervolgplek; ten minste 80% van de pro-leerlingen heeft een jaar na uitstroom werk of "
                  "volgt een opleiding; het aantal vso-leerlingen dat zonder startkwalificatie uitstroomt, daalt van "
                  "31 naar 20 per jaar."),
            ("p", "De scholen leveren elk jaar in september de uitstroomgegevens van deze leerlingen aan. Het bureau "
                  "combineert die met de gegevens van DUO en van de regionale meld- en coördinatiefunctie voortijdig "
                  "schoolverlaten. Het resultaat bespreken we in november met de besturen en de OPR, en we rapporteren "
                  "het in het jaarverslag, afgezet tegen de doelen. Waar een doel buiten bereik raakt, spreken we "
                  "maatregelen af."),
            ]


def p5_ouders():
    return [("h1", "Ouders en leerlingen"),
            ("p", "Informatie voor ouders: [nog aanvullen na vaststelling communicatieplan 2026]."),
            ("p", "Ouders en leerlingen die er met de school of het samenwerkingsverband niet uitkomen, of die gewoon "
                  "iemand willen spreken die niet bij de school hoort, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
                  "Zuidkust. Het steunpunt is onafhankelijk, kosteloos en bereikbaar via telefoon, mail en app. Een "
                  "medewerker denkt mee, kan bemiddelen en verwijst zo nodig door naar de onderwijsconsulenten of naar "
                  "de geschillencommissie passend onderwijs."),
            ]


def p5_arbeidsmarkt():
    return [("h1", "Aansluiting op vervolgonderwijs en arbeidsmarkt"),
            ("p", "Het voortgezet onderwijs is voor jongeren een tussenstation. Na het diploma, of soms zonder "
                  "diploma, volgt het mbo, het hbo, een baan of een plek in de dagbesteding. In de Zuidkust werken de "
                  "scholen samen met het regionale mbo-college, de regionale werkgeversservice en de afdelingen werk "
                  "en inkomen van de drie gemeenten. Op twee scholen draait een pilot met loopbaanbegeleiders die een "
                  "leerling ook na de overstap naar het mbo nog een half jaar volgen."),
            ("p", "Voor het praktijkonderwijs en het vso is de stap naar werk vaak groot. De stagecoördinatoren van "
                  "deze scholen hebben een gezamenlijk netwerk van ongeveer honderdtwintig leerbedrijven opgebouwd, "
                  "van de haven tot de zorg. Het samenwerkingsverband ondersteunt dit netwerk met een jaarlijkse "
                  "bijeenkomst voor werkgevers en met een kleine bijdrage in de reiskosten van stagebegeleiders."),
            ]


def plan5():
    pl = P5
    body = [p5_basis(), p5_aanbod(), p5_toewijzing(), p5_terug(), p5_resultaten(), p5_geld(), p5_ouders(), p5_arbeidsmarkt()]
    titles = [ch[0][1] for ch in body]
    chapters = [voorwoord(pl), leeswijzer(pl, titles), terugblik(pl), context(pl), visie(pl)] + body + \
               [governance(pl), opr(pl), oogo(pl), personeel(pl), ict(pl), planning(pl), begrippen()]
    return assemble([f"Ondersteuningsplan {pl['periode']}", pl["naam"], pl["code"],
                     "Toelaatbaarheid vso, lwoo en pro · dekkend aanbod · ouders"],
                    chapters), f"{pl['kort']} | Ondersteuningsplan {pl['periode']} | lwoo · pro · vso"


# =========================================================================== NEAR MISS: school SOP (docx)
def sop_vlinderboom():
    blocks = [
        ("h1", "Voorwoord"),
        ("p", "Beste ouders en verzorgers, in dit schoolondersteuningsprofiel leest u welke ondersteuning OBS De "
              "Vlinderboom biedt aan kinderen die dat nodig hebben. Onze school is aangesloten bij "
              "Samenwerkingsverband De Maasoever (PO 30-12). Het samenwerkingsverband heeft een eigen "
              "ondersteuningsplan; dit document is het profiel van onze eigen school en wordt jaarlijks door het "
              "team en de medezeggenschapsraad besproken."),
        ("h1", "Onze school"),
        ("p", "De Vlinderboom is een openbare basisschool in de wijk Vlietpark in Oeverhoven, met 312 leerlingen in "
              "13 groepen. We werken met units: groep 1-2, groep 3-4, groep 5-6 en groep 7-8. In iedere unit werken "
              "twee leerkrachten en een onderwijsassistent samen. Onze leerlingen komen uit de wijk en uit het "
              "naastgelegen dorp Kerkveld; ongeveer een kwart van de kinderen spreekt thuis ook een andere taal dan "
              "het Nederlands."),
        ("p", "Onze kernwaarden zijn veiligheid, nieuwsgierigheid en samen. We vinden het belangrijk dat ieder kind "
              "zich gezien voelt en dat ouders weten dat ze welkom zijn. De deur van de intern begeleider staat "
              "letterlijk open op dinsdag- en donderdagochtend."),
        ("h1", "Basisondersteuning op De Vlinderboom"),
        ("p", "Net als alle scholen in het samenwerkingsverband bieden wij de afgesproken basisondersteuning. Op "
              "De Vlinderboom betekent dat concreet:"),
        ("bullets", ["een intern begeleider (0,6 fte) die de groepsbesprekingen leidt, zes keer per jaar;",
                     "dagelijks verlengde instructie in de unit voor kinderen die meer uitleg nodig hebben;",
                     "het dyslexieprotocol en het protocol ernstige rekenproblemen;",
                     "de Kanjertraining in alle groepen en een anti-pestcoördinator;",
                     "een plusgroep op woensdagochtend voor kinderen die meer aankunnen;",
                     "een schoolmaatschappelijk werker op maandagochtend."]),
        ("h2", "Lars"),
        ("p", "Lars zit in groep 5 en vindt spelling heel moeilijk. Zijn juf ziet dat hij zich ervoor schaamt. Samen "
              "met zijn ouders is afgesproken dat hij drie keer per week met twee andere kinderen extra oefent met "
              "de onderwijsassistent, en dat hij bij dictees een aangepast dictee krijgt. Na de kerstvakantie gaat "
              "het al beter."),
        ("h1", "Extra ondersteuning"),
        ("p", "Als de basisondersteuning niet genoeg is, bespreken we een kind in het ondersteuningsteam: de intern "
              "begeleider, de leerkracht, de ouders en de orthopedagoog van het samenwerkingsverband. Samen kijken "
              "we of een arrangement nodig is. Dat kan een arrangement op onze eigen school zijn, bijvoorbeeld extra "
              "handen in de groep, of een bovenschools arrangement, zoals de plusklas in Wilgendaal. Voor kinderen "
              "met een arrangement stellen we een ontwikkelingsperspectief (OPP) op, waarover we met ouders in "
              "gesprek gaan en waarop ouders hun visie kunnen geven."),
        ("p", "Onze school heeft expertise opgebouwd rond kinderen met autisme: twee leerkrachten hebben de "
              "post-hbo-opleiding gevolgd en in unit 5-6 is een prikkelarme werkplek ingericht. Waar we nog grenzen "
              "ervaren, is bij kinderen met ernstige gedragsproblemen die veel één-op-één-begeleiding nodig hebben, "
              "en bij kinderen die verpleegkundige zorg nodig hebben."),
        ("h1", "Als onze school niet de juiste plek is"),
        ("p", "Soms komen we samen met ouders tot de conclusie dat een kind beter op zijn plek is in het speciaal "
              "basisonderwijs of het speciaal onderwijs. Het schoolbestuur vraagt dan een "
              "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De intern begeleider zorgt voor het "
              "dossier en bespreekt alles vooraf met ouders. Het samenwerkingsverband beslist; hoe dat gaat, staat "
              "in het ondersteuningsplan van De Maasoever. Het afgelopen schooljaar gingen twee kinderen van onze "
              "school naar het sbo."),
        ("p", "Ook het omgekeerde komt voor. Vorig jaar kwam een leerling van het sbo terug naar De Vlinderboom "
              "(terugplaatsing). Met de ambulant begeleider van het sbo hebben we een goede overdracht gehad."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze partners. Bij zorgen nemen we altijd binnen een week contact op. Vragen over "
              "passend onderwijs kunt u stellen aan de leerkracht of de intern begeleider. Informatie over het "
              "samenwerkingsverband en over het ouder- en jeugdsteunpunt vindt u op de website van De Maasoever. Een "
              "klacht over de school kunt u indienen volgens de klachtenregeling in de schoolgids."),
        ("h1", "Resultaten en ambities van de school"),
        ("p", "In schooljaar 2024-2025 haalde 94% van onze leerlingen in groep 8 het streefniveau voor lezen; het "
              "landelijk gemiddelde ligt op 88%. Voor de komende jaren willen we de ondersteuning bij rekenen "
              "versterken en nog meer kinderen met autisme een plek op onze school bieden. Het team volgt daarom in "
              "2025-2026 een scholing over rekendidactiek."),
        ("h1", "Middelen"),
        ("p", "De school ontvangt van het schoolbestuur een deel van het schoolbudget van het samenwerkingsverband. "
              "Daarvan betalen we de onderwijsassistent in unit 5-6 en de plusgroep. Het schoolbestuur verdeelt de "
              "middelen over zijn scholen; over de besteding leggen we verantwoording af in het jaarverslag van het "
              "bestuur."),
        ("h1", "Vaststelling"),
        ("p", "Dit schoolondersteuningsprofiel is vastgesteld door de directie na advies van de "
              "medezeggenschapsraad op 30 september 2025 en geldt voor het schooljaar 2025-2026. Het maakt deel uit "
              "van de schoolgids."),
    ]
    return [("title", ["Schoolondersteuningsprofiel 2025-2026", "OBS De Vlinderboom, Oeverhoven",
                       "aangesloten bij Samenwerkingsverband De Maasoever PO 30-12"]),
            ("toc", toc_of(blocks))] + blocks, "OBS De Vlinderboom | Schoolondersteuningsprofiel 2025-2026"


# =========================================================================== labels
CORE = [("basisondersteuning", ["niveau", "inhoud"]), ("plaatsing", ["procedure", "criteria"]),
        ("terugstroom", ["procedure", "beleid"]), ("financien", ["verdeling", "besteding"]),
        ("dekkend-aanbod", ["continuum", "lacunes"]), ("resultaten", ["doelen", "monitoring"]),
        ("ouders", ["informatie", "steunpunt"])]


def status(crit, el, advisory):
    vals = [crit[f"{el}.{c}"] for c in dict(CORE)[el]]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit, advisory, notes, looks_like_plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if looks_like_plan:
        els = ", ".join(f"{el}: {status(crit, el, advisory)}" for el, _ in CORE)
        lines.append("elements: {" + els + "}")
        lines.append("criteria:")
        for el, cs in CORE:
            for c in cs:
                lines.append(f"  {el}.{c}: {'true' if crit[f'{el}.{c}'] else 'false'}")
        lines.append("advisory_addressed:")
        for el, _ in CORE:
            if advisory.get(el):
                lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {yaml.safe_dump(v, default_style=chr(34), width=10000).strip()}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def crit_from(false_ids):
    return {f"{el}.{c}": f"{el}.{c}" not in false_ids for el, cs in CORE for c in cs}


LABELS = {
    "po-maasoever-2026": dict(
        documents=["po-maasoever-2026.docx"], sector="po",
        false=["financien.besteding", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Chapter 'Basisondersteuning: waar je op elke school op kunt rekenen': agreed minimum for every vestiging, content only in a table; borging via kwaliteitskaart.",
               "plaatsing": "Chapter 'Toelaatbaarheid tot het sbo en het so': 4 steps, Commissie Toelaatbaarheid, 6 weeks, criteria sbo/so, duration, LBT bezwaar.",
               "terugstroom": "Hidden as subsection 'En daarna? Terug naar de basisschool' inside the TLV chapter: policy, conditions, evaluation in January of last TLV year, terugkeerarrangement.",
               "financien": "'Geld en middelen': verdeelmodel (EUR 165 per leerling, vaste voet) present; meerjarenbegroting only referred to absent 'bijlage 6' -> besteding not addressed.",
               "dekkend-aanbod": "Continuum in 'Extra ondersteuning en arrangementen' (4 treden); lacunes in 'Een plek voor ieder kind' (thuiszittersoverleg, annual gap analysis).",
               "resultaten": "'Wat we willen bereiken' lists targets; monitoring deferred ('werken we in het eerste planjaar uit', 'monitor is in ontwikkeling').",
               "ouders": "Inside chapter 'Communicatie': website, schoolgids, brochure, ouderavonden; Ouder- en Jeugdsteunpunt Maasoever, onderwijsconsulenten, klachtencommissie."}),
    "po-lindeland-2026": dict(
        documents=["po-lindeland-2026.pdf"], sector="po",
        false=["basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
               "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Basisondersteuning': Lindeland-standaard as agreed minimum (niveau), but content delegated to SOPs/website and to be actualised; Fenna casus is only an anecdote.",
               "plaatsing": "'Naar een speciale school': Loket Toelaatbaarheid, steps, 8 weeks; explicit criteria (a)-(c) for sbo and extra for so; durations.",
               "terugstroom": "Subsection 'Terug naar het reguliere onderwijs' (and TOC entry) only defers to 2026-2027 -> nothing addressed; glossary entry is a trap.",
               "financien": "Chapter 'Waar gaat het geld naartoe?': verdeelmodel in bullets (70/20/10 after TLV afdracht) and a meerjarenbegroting table 2026-2029 with amounts.",
               "dekkend-aanbod": "'Het aanbod in Het Lindeland': four treden; annual dekkendheid check, thuiszittersregistratie, zorgplicht help, gap found (autisme + hoge intelligentie).",
               "resultaten": "Chapter 'Kwaliteit' only defers the kwaliteitskader with beoogde resultaten to 2027 -> missing.",
               "ouders": "'Ouders': IB conversation with SOP, Ouderwijzer, website films, information evenings; independent steunpunt only announced for later; referral to the child's own school is not independent help."}),
    "po-kopvandeheide-2026": dict(
        documents=["po-kopvandeheide-2026.docx"], sector="po",
        false=["plaatsing.criteria", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
               "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Unusual wording: 'Het fundament onder elke school', 'vloer' for every vestiging set by the five boards + five 'beloften' with concrete content; peer review as borging.",
               "plaatsing": "'Plaatsing in het sbo of so': procedure only in a table (steps, who, termijnen); criteria deferred ('afwegingskader wordt in 2026 opnieuw vastgesteld').",
               "terugstroom": "Subsection 'Weer naar een gewone school' inside the placement chapter: policy, conditions and one-year aftercare (beleid); procedure deferred to draaiboek 'in de maak'.",
               "financien": "Chapter 'Financien' contains only a principle sentence and a deferral to a separate 'Financieel kader 2026-2030' -> missing.",
               "dekkend-aanbod": "'De ondersteuningsroute': continuum from fundament to sbo/so; thuiszitters only 'hoog op de agenda' and protocol being revised -> lacunes not addressed (the thuiszitters figure in the results table is a target, not an approach).",
               "resultaten": "'Waar we op aangesproken willen worden': targets table 2025 -> 2030 and 'Zo houden we de vinger aan de pols' (twice-yearly data, bestuur/OPR, jaarverslag).",
               "ouders": "Chapter 'Communicatie' addresses schools and gemeenten only; parent folder 'in voorbereiding'; OPR described without parents; passing mentions of parents elsewhere do not address the element."}),
    "po-veenstreek-2026": dict(
        documents=["po-veenstreek-2026.pdf"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen"],
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Ondersteuning op school' refers to the previous plan and defers re-vaststelling to 2026-2027; Saar casus is passing -> missing.",
               "plaatsing": "'Toelaatbaarheid': procedure only via website Handreiking TLV (not addressed); detailed criteria lists for sbo and so present; duration/categorie given.",
               "terugstroom": "Own chapter 'Van speciaal naar regulier: de overstapregeling' (no word 'terugplaatsing' in heading): policy, conditions, nazorgarrangement, timetable table, figures 9/13.",
               "financien": "'Financien': verdeelsleutel explicitly p.m.; meerjarenbegroting table 2026-2028 with amounts -> besteding only.",
               "dekkend-aanbod": "'Het netwerk rond het kind': continuum only referred to separate Routekaart Ondersteuning; Doorbraakteam, zorgplicht trigger, annual gap analysis -> lacunes.",
               "resultaten": "'Kwaliteitszorg en monitoring': ambitions deferred to after the nulmeting; dashboard, twice-yearly discussion, jaarverslag -> monitoring only. Individual arrangement goals are not verband results.",
               "ouders": "'Ouders en jeugdigen': website, zoekkaart, schoolgids paragraph, folder, informatiemarkt; independent Ouder- en Jeugdsteunpunt Veenstreek, onderwijsconsulent, geschillencommissie."}),
    "vo-zuidkust-2026": dict(
        documents=["vo-zuidkust-2026.html"], sector="vo",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "ouders.informatie"],
        advisory={"financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Basisondersteuning in het voortgezet onderwijs': agreed minimum for every vestiging + concrete bullet list.",
               "plaatsing": "'Toewijzing: vso, lwoo en praktijkonderwijs' only refers to Regeling Toewijzing (bijlage 3, not included) -> nothing addressed; title page and header mention lwoo/pro/vso (traps).",
               "terugstroom": "'Van vso naar regulier voortgezet onderwijs': steps, actors, dates, end of TLV, evaluation in October (procedure); policy 'wordt herzien' -> beleid not addressed.",
               "financien": "'Financieel beleid': verdeelmodel (lwoo/pro pass-through, EUR 190 p.l., aanvraag bovenschools) and begroting table 2026-2029.",
               "dekkend-aanbod": "'Aanbod en dekkendheid' only refers to a yearly Monitor on the website -> missing; glossary defines dekkend aanbod/thuiszitter (trap).",
               "resultaten": "'Opbrengsten voor jongeren': numeric targets for 2030 plus yearly data collection, DUO/RMC, bespreking in November, jaarverslag.",
               "ouders": "'Ouders en leerlingen': information paragraph is an unfilled placeholder; independent Ouder- en Jeugdsteunpunt Zuidkust with consulenten/geschillencommissie -> steunpunt only."}),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [("po-maasoever-2026.docx", plan1, render_docx), ("po-lindeland-2026.pdf", plan2, render_pdf),
            ("po-kopvandeheide-2026.docx", plan3, render_docx), ("po-veenstreek-2026.pdf", plan4, render_pdf),
            ("vo-zuidkust-2026.html", plan5, render_html),
            ("sop-vlinderboom-2025.docx", sop_vlinderboom, render_docx)]
    for fname, build, render in jobs:
        blocks, header = build()
        render(blocks, header, OUT / fname)
        print("wrote", fname)
    for name, lab in LABELS.items():
        write_label(name, lab["documents"], lab["sector"], crit_from(lab["false"]), lab["advisory"], lab["notes"])
    write_label("sop-vlinderboom-2025", ["sop-vlinderboom-2025.docx"], "po", {}, {},
                {"document": "Schoolondersteuningsprofiel of one basisschool (OBS De Vlinderboom), adopted by the school "
                             "director after MR advice; refers to the SWV's own ondersteuningsplan. Uses basisondersteuning, "
                             "TLV, terugplaatsing, arrangement, steunpunt vocabulary but is not an SWV plan."},
                looks_like_plan=False)


if __name__ == "__main__":
    main()
