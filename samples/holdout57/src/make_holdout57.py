#!/usr/bin/env python3
"""Generate holdout set 57: five fictional ondersteuningsplannen (4x VO, 1x PO) and one near-miss.

Deterministic, no network. Writes documents and their *.expected.yaml labels into the parent folder
of this script (samples/fresh/holdout57/). PDFs are rendered with `soffice --headless --convert-to pdf`.
All organisations, names, numbers and addresses are fictional.
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile

import docx
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FIXED_DATE = datetime.datetime(2026, 4, 20, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# block model: ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [[row], ...])
# ("toc", None) is expanded from the headings of the document.
# ---------------------------------------------------------------------------------------------


def expand_toc(blocks, numbered=True):
    heads = [(k, t) for k, t in blocks if k in ("h1", "h2")]
    lines = []
    page = 3
    for i, (k, t) in enumerate(heads):
        page += 1 if k == "h2" else 2
        indent = "    " if k == "h2" else ""
        lines.append(f"{indent}{t} {'.' * 6} {page}")
    out = []
    for k, t in blocks:
        if k == "toc":
            out.append(("tochead", "Inhoudsopgave"))
            for ln in lines:
                out.append(("tocline", ln))
        else:
            out.append((k, t))
    return out


def write_docx(blocks, path, header=None, footer=None, font="Calibri", size=10.5):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout57"
    cp.author = "holdout57"
    cp.revision = 1
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for k, t in expand_toc(blocks):
        if k == "title":
            d.add_paragraph(t, style="Title")
        elif k == "subtitle":
            d.add_paragraph(t, style="Subtitle")
        elif k == "h1":
            d.add_heading(t, level=1)
        elif k == "h2":
            d.add_heading(t, level=2)
        elif k == "h3":
            d.add_heading(t, level=3)
        elif k == "tochead":
            d.add_paragraph(t, style="Heading 1")
        elif k == "tocline":
            d.add_paragraph(t)
        elif k == "p":
            d.add_paragraph(t)
        elif k == "ul":
            for it in t:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in t:
                d.add_paragraph(it, style="List Number")
        elif k == "table":
            tb = d.add_table(rows=len(t), cols=len(t[0]))
            tb.style = "Table Grid"
            for r, row in enumerate(t):
                for c, val in enumerate(row):
                    tb.cell(r, c).text = str(val)
            d.add_paragraph("")
        elif k == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(k)
    d.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the docx zip with fixed timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<header class="site"><p>Samenwerkingsverband VO Stad en Dijk &middot; Ondersteuningsplan &middot; '
           'Home | Ouders | Scholen | Loket | Contact</p></header>', "<main>"]
    heads = [(k, t) for k, t in blocks if k in ("h1", "h2")]
    for k, t in blocks:
        e = html.escape(t) if isinstance(t, str) else None
        if k == "title":
            out.append(f"<h1 class=\"title\">{e}</h1>")
        elif k == "subtitle":
            out.append(f"<p class=\"subtitle\"><em>{e}</em></p>")
        elif k == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for hk, ht in heads:
                cls = ' class="sub"' if hk == "h2" else ""
                out.append(f"<li{cls}>{html.escape(ht)}</li>")
            out.append("</ul></nav>")
        elif k == "h1":
            out.append(f"<h2>{e}</h2>")
        elif k == "h2":
            out.append(f"<h3>{e}</h3>")
        elif k == "h3":
            out.append(f"<h4>{e}</h4>")
        elif k == "p":
            out.append(f"<p>{e}</p>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{html.escape(i)}</li>" for i in t) + f"</{k}>")
        elif k == "table":
            rows = []
            for r, row in enumerate(t):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
        elif k == "pagebreak":
            pass
        else:
            raise ValueError(k)
    out += ["</main>", '<footer><p>&copy; 2026 SWV VO Stad en Dijk &middot; Privacyverklaring &middot; '
            'Cookies &middot; Toegankelijkheid</p></footer>', "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(blocks, pdf_name, **kw):
    tmp = tempfile.mkdtemp(prefix="holdout57_")
    try:
        base = os.path.splitext(pdf_name)[0]
        src = os.path.join(tmp, base + ".docx")
        write_docx(blocks, src, **kw)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(os.path.join(tmp, base + ".pdf"), os.path.join(OUT, pdf_name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


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


def status_from(crit, adv, el):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit, adv, notes, expected_status):
    """crit: dict 'el.crit' -> bool; expected_status: dict el -> status (checked against the rule)."""
    assert set(crit) == {f"{e}.{c}" for e, c in CORE}, name
    for el in ELEMENTS:
        got = status_from(crit, adv, el)
        assert got == expected_status[el], (name, el, got, expected_status[el])
    q = lambda s: '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true"]
    lines.append("elements: {" + ", ".join(f"{el}: {expected_status[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if crit[e + '.' + c] else 'false'}")
    lines.append("advisory_addressed:")
    any_adv = False
    for el in ELEMENTS:
        if adv.get(el):
            lines.append(f"  {el}: [{', '.join(adv[el])}]")
            any_adv = True
    if not any_adv:
        lines[-1] = "advisory_addressed: {}"
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def crit_dict(false_list):
    d = {f"{e}.{c}": True for e, c in CORE}
    for k in false_list:
        assert k in d, k
        d[k] = False
    return d

# ---------------------------------------------------------------------------------------------
# shared filler (deliberately free of element content; words like ouders, middelen, resultaten,
# arrangement, toelaatbaarheid occur only in passing)
# ---------------------------------------------------------------------------------------------


def f_voorwoord(s, variant=0):
    if variant == 0:
        return [("h1", "Voorwoord"),
                ("p", f"Voor u ligt het ondersteuningsplan {s['periode']} van {s['naam']}. Het is het derde plan "
                      f"sinds de invoering van passend onderwijs in 2014, en het eerste plan dat volledig is geschreven "
                      f"na de herijking van onze organisatie in 2024. In de afgelopen jaren hebben de aangesloten "
                      f"schoolbesturen, de scholen en de medewerkers van het samenwerkingsverband hard gewerkt om voor "
                      f"iedere jongere in de regio {s['regio']} een passende plek te vinden. Dat lukte niet altijd. "
                      f"Wij zijn ons ervan bewust dat achter elk getal in dit plan een leerling en een gezin schuilgaan."),
                ("p", "Dit plan is tot stand gekomen in een intensief proces. Tussen september 2025 en maart 2026 spraken "
                      "wij met directeuren, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, gemeenten en "
                      "jeugdhulpaanbieders. Wij danken iedereen die heeft meegedacht, in werkgroepen, in de "
                      "klankbordgroep en tijdens de drukbezochte regiobijeenkomst in de aula van het "
                      f"{s['school1']} in januari 2026. Veel van die opbrengst is terug te vinden in de hoofdstukken die volgen."),
                ("p", "Passend onderwijs is geen eindpunt maar een beweging. Wij kiezen in deze planperiode bewust voor "
                      "minder nieuwe projecten en meer aandacht voor wat er in de klas gebeurt. De kracht van ons "
                      "samenwerkingsverband zit in de scholen zelf, in hun mentoren en docenten, en in de bereidheid van "
                      "besturen om over de eigen grenzen heen te kijken."),
                ("p", f"{s['directeur']}, directeur-bestuurder"),
                ("p", f"{s['plaats']}, april 2026")]
    return [("h1", "Woord vooraf"),
            ("p", f"Met trots presenteren wij het nieuwe ondersteuningsplan van {s['naam']}. Dit plan beschrijft hoe wij "
                  f"de komende vier schooljaren ({s['periode']}) samen werken aan onderwijs dat past bij elke leerling. "
                  "Het plan is compacter dan zijn voorganger: wij hebben ervoor gekozen de kaders vast te leggen en de "
                  "uitvoering in jaarplannen te beschrijven."),
            ("p", "De afgelopen periode stond in het teken van de nasleep van de coronajaren, het lerarentekort en "
                  "een groeiende vraag naar ondersteuning bij sociaal-emotionele problematiek. Tegelijk zagen wij veel "
                  "veerkracht: scholen die nieuwe vormen van maatwerk ontwikkelden en docenten die bleven investeren in "
                  "de relatie met hun leerlingen. Dat geeft vertrouwen voor de komende jaren."),
            ("p", "Wij bedanken de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, "
                  "en de wethouders en beleidsmedewerkers van de gemeenten voor het goede overleg."),
            ("p", f"Namens het bestuur, {s['directeur']}")]


def f_context(s, with_pct=False):
    b = [("h1", s.get("h_context", "Ons samenwerkingsverband")),
         ("p", f"{s['naam']} ({s['code']}) is een stichting waarin {s['n_besturen']} schoolbesturen samenwerken. "
               f"Het werkgebied omvat de gemeenten {s['gemeenten']}. In het werkgebied staan {s['n_scholen']} "
               f"scholen en vestigingen met samen ongeveer {s['n_leerlingen']} leerlingen (teldatum 1 oktober 2025)."),
         ("p", f"De regio {s['regio']} kent een gevarieerd karakter: een stedelijke kern met een breed aanbod aan "
               "scholen en een landelijk gebied waar leerlingen soms lange reistijden hebben. De leerlingaantallen "
               "dalen licht; de prognoses van de gemeenten laten tot 2032 een krimp van 6 tot 9 procent zien, met "
               "grote verschillen tussen kernen. Dat heeft gevolgen voor de spreiding van voorzieningen en voor de "
               "planning van onderwijshuisvesting, een onderwerp dat primair bij gemeenten en besturen ligt."),
         ("table", s["scholentabel"]),
         ("p", "De tabel geeft de aangesloten scholen per bestuur weer. Een actueel adresoverzicht staat op de website "
               "van het samenwerkingsverband.")]
    if with_pct:
        b.append(("p", s["pct_tekst"]))
    return b


def f_visie(s, variant=0):
    if variant == 0:
        return [("h1", "Missie, visie en ambities"),
                ("h2", "Missie"),
                ("p", f"{s['kort']} zorgt er samen met de scholen voor dat iedere jongere in de regio onderwijs krijgt "
                      "dat past bij zijn of haar mogelijkheden, zo dicht mogelijk bij huis en zo regulier als mogelijk."),
                ("h2", "Visie"),
                ("p", "Wij geloven dat elke leerling wil leren en dat het onderwijs de opdracht heeft daar zo goed mogelijk "
                      "bij aan te sluiten. Niet het etiket staat centraal, maar de vraag wat deze leerling, in deze klas, "
                      "met deze docent nodig heeft. Ouders zijn daarbij onmisbaar: zij kennen hun kind het best. "
                      "De school is de eerste plek waar ondersteuning wordt geboden; het samenwerkingsverband faciliteert, "
                      "verbindt en waar nodig beslist."),
                ("p", "Wij werken vanuit vertrouwen en nemen verantwoordelijkheid voor elkaars leerlingen. Dat betekent dat "
                      "besturen bereid zijn expertise te delen, dat wij leren van wat niet goed gaat en dat wij "
                      "transparant zijn over keuzes. Een arrangement is geen doel op zich; het gaat om de ontwikkeling "
                      "van de leerling."),
                ("h2", "Kernwaarden"),
                ("ul", ["Samen: geen school staat er alleen voor.",
                        "Dichtbij: ondersteuning zo dicht mogelijk bij de leerling en zijn omgeving.",
                        "Eenvoudig: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor de leerling.",
                        "Lerend: wij durven te kijken naar onze eigen resultaten en passen ons handelen aan."]),
                ("p", "Deze kernwaarden zijn leidend voor de keuzes in dit plan en voor de manier waarop de medewerkers van "
                      "het samenwerkingsverband hun werk doen.")]
    return [("h1", "Koers"),
            ("p", "Onze koers voor de komende jaren laat zich samenvatten in drie woorden: thuisnabij, inclusiever en "
                  "eenvoudiger. Thuisnabij, omdat jongeren het best gedijen in hun eigen omgeving. Inclusiever, omdat "
                  "wij willen dat meer leerlingen met een ondersteuningsbehoefte een plek vinden in het reguliere "
                  "onderwijs. Eenvoudiger, omdat scholen en ouders nu nog te vaak verdwalen in procedures."),
            ("p", "Wij sluiten met deze koers aan bij de landelijke verbeteraanpak passend onderwijs en bij de "
                  "beweging naar inclusiever onderwijs die in de Kamerbrief van april 2025 is ingezet. Tegelijk zijn wij "
                  "realistisch: het lerarentekort en de druk op jeugdhulp maken dat niet alles tegelijk kan. Wij maken "
                  "daarom keuzes en leggen die in de jaarplannen vast."),
            ("p", "Het samenwerkingsverband is er voor de scholen, en via de scholen voor leerlingen en hun ouders. "
                  "Wij zien onszelf als een netwerkorganisatie: klein bureau, korte lijnen, veel verbinding.")]


def f_governance(s):
    return [("h1", s.get("h_gov", "Organisatie en governance")),
            ("h2", "Rechtsvorm en bestuursmodel"),
            ("p", f"{s['naam']} is een stichting. De stichting kent een scheiding tussen bestuur en intern toezicht. "
                  "Het bestuur wordt gevormd door een directeur-bestuurder. Het intern toezicht ligt bij de Raad van "
                  f"Toezicht, die bestaat uit {s['rvt']} leden, van wie twee onafhankelijke leden zonder binding met een van "
                  "de aangesloten besturen. De algemene vergadering van aangesloten schoolbesturen stelt onder meer het "
                  "ondersteuningsplan en de begroting vast en benoemt de leden van de Raad van Toezicht."),
            ("p", "De statuten en het bestuursreglement regelen de bevoegdheden. In de statuten is een regeling voor "
                  "geschillen tussen de stichting en aangesloten besturen opgenomen, zoals artikel 17a WVO (thans "
                  "artikel 2.47 e.v. WVO 2020) vereist. De Raad van Toezicht werkt met een auditcommissie en een "
                  "remuneratiecommissie en evalueert jaarlijks het eigen functioneren."),
            ("h2", "Het bureau"),
            ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {s['plaats']}. Er werken {s['fte']} fte, "
                  "verdeeld over een directeur-bestuurder, een beleidsmedewerker, een controller (gedeeltelijk ingehuurd), "
                  "consulenten passend onderwijs, orthopedagogen en een secretariaat. Het bureau ondersteunt de scholen, "
                  "voert de wettelijke taken uit en bereidt besluiten van het bestuur voor."),
            ("h2", "Overlegstructuur"),
            ("ul", ["Algemene vergadering: vier keer per jaar, alle aangesloten besturen.",
                    "Directeurenoverleg: zes keer per jaar, alle schoolleiders.",
                    "Netwerk ondersteuningscoördinatoren: maandelijks, per subregio.",
                    "Overleg met de gemeenten: zie het hoofdstuk over samenwerking met gemeenten.",
                    "Ondersteuningsplanraad: zie het hoofdstuk over medezeggenschap."]),
            ("p", "Met deze structuur willen wij de afstand tussen beleid en uitvoering klein houden. Besluiten worden "
                  "voorbereid in werkgroepen waarin scholen zijn vertegenwoordigd.")]


def f_opr(s, with_parents=True):
    b = [("h1", "Medezeggenschap"),
         ("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) zoals bedoeld in artikel 4a van de "
               "Wet medezeggenschap op scholen. De OPR heeft instemmingsrecht op de vaststelling en wijziging van het "
               "ondersteuningsplan.")]
    if with_parents:
        b.append(("p", f"De OPR telt {s['opr_n']} leden. De helft van de leden is afkomstig uit het personeel, de andere helft "
                       "bestaat uit ouders en leerlingen. De leden worden afgevaardigd door de medezeggenschapsraden van de "
                       "aangesloten scholen. Ouders en leerlingen in de OPR brengen het perspectief van gezinnen in; zij "
                       "worden daarbij ondersteund door een ambtelijk secretaris."))
    else:
        b.append(("p", f"De OPR telt {s['opr_n']} leden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
                       "scholen. De raad wordt ondersteund door een ambtelijk secretaris en heeft een eigen budget voor "
                       "scholing en advies."))
    b += [("p", "De OPR vergadert vijf keer per jaar met de directeur-bestuurder. Daarnaast is er jaarlijks een "
                "gezamenlijke bijeenkomst met de Raad van Toezicht. Het samenwerkingsverband heeft zelf ook een "
                "medezeggenschapsraad voor het eigen personeel."),
          ("p", "Het reglement van de OPR regelt de werkwijze. Geschillen over instemming kunnen worden voorgelegd aan "
                "de Landelijke Commissie voor Geschillen WMS.")]
    return b


def f_oogo(s, detail=True):
    b = [("h1", s.get("h_oogo", "Samenwerking met gemeenten")),
         ("p", f"Het ontwerp van dit plan is op {s['oogo_datum']} besproken in het op overeenstemming gericht overleg "
               f"(OOGO) met de colleges van burgemeester en wethouders van {s['gemeenten']}. Het OOGO is afgesloten met "
               "een getekend verslag. Ook heeft overleg plaatsgevonden met het samenwerkingsverband van de andere sector "
               "waarvan het werkgebied overlapt.")]
    if detail:
        b.append(("p", "In het OOGO zijn afspraken besproken over de thema's jeugdhulp, leerplicht, thuiszitters, "
                       "leerlingenvervoer, onderwijshuisvesting en de aansluiting onderwijs-arbeidsmarkt. De gemeenten "
                       "stellen in dezelfde periode hun eigen beleidsplannen op; wij hebben elkaars conceptteksten gelezen."))
    b.append(("p", "De geschillenregeling voor het OOGO is vastgelegd in de procedureafspraken van 2019. In de "
                   "afgelopen periode is daar geen gebruik van gemaakt."))
    return b


def f_personeel(s):
    return [("h1", "Personeel en professionalisering"),
            ("p", "Het samenwerkingsverband is werkgever voor de eigen medewerkers van het bureau en van de "
                  "bovenschoolse voorzieningen, voor zover die niet bij een schoolbestuur zijn ondergebracht. Op de "
                  f"medewerkers is de cao {s['cao']} van toepassing. Het personeelsbeleid is gericht op "
                  "duurzame inzetbaarheid, een gezonde werkdruk en professionele ontwikkeling."),
            ("p", "Voor het personeel van de scholen heeft dit plan vooral gevolgen voor de inzet en deskundigheid van "
                  "mentoren en ondersteuningscoördinatoren. De scholen blijven zelf verantwoordelijk voor hun "
                  "formatie. Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod, onder meer over "
                  "het omgaan met gedrag in de klas, het werken met een ontwikkelingsperspectiefplan en het voeren "
                  "van gesprekken met ouders en jongeren."),
            ("p", "Het lerarentekort raakt ook de ondersteuning. Wij zien dat ondersteuningscoördinatoren steeds vaker "
                  "lesgeven om gaten in het rooster te vullen. In het directeurenoverleg bespreken wij twee keer per "
                  "jaar de personele situatie. Professionalisering vindt plaats in lerende netwerken, via "
                  "intervisie en via een jaarlijkse studiedag voor alle ondersteuningsmedewerkers.")]


def f_privacy(s):
    return [("h1", "Privacy en ICT"),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
                  "gezondheid, voor zover dat nodig is voor de wettelijke taken. De verwerking is vastgelegd in een "
                  "privacyreglement en een verwerkingsregister. Gegevens die worden gebruikt voor een besluit worden "
                  "tot drie jaar na dat besluit bewaard en daarna vernietigd."),
            ("p", f"Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving ({s['ict']}). "
                  "Medewerkers hebben alleen toegang tot de dossiers waarvoor zij een taak hebben. De functionaris "
                  "gegevensbescherming wordt gedeeld met twee andere samenwerkingsverbanden en rapporteert jaarlijks "
                  "aan de directeur-bestuurder."),
            ("p", "In de planperiode vervangen wij het huidige registratiesysteem. Een werkgroep met "
                  "ondersteuningscoördinatoren stelt het programma van eisen op; de aanbesteding volgt in 2027.")]


def f_vaststelling(s):
    return [("h1", s.get("h_vast", "Totstandkoming en vaststelling")),
            ("p", f"Het concept van dit ondersteuningsplan is besproken in het directeurenoverleg en in de algemene "
                  f"vergadering. Het OOGO met de gemeenten vond plaats op {s['oogo_datum']}. De ondersteuningsplanraad "
                  f"heeft op {s['opr_datum']} ingestemd met het plan. Het bestuur heeft het plan vastgesteld op "
                  f"{s['vast_datum']}, waarna het vóór 1 mei 2026 aan de Inspectie van het Onderwijs is toegezonden."),
            ("p", f"Het plan heeft een looptijd van vier schooljaren: {s['periode']} (1 augustus 2026 tot en met 31 juli "
                  f"{s['eindjaar']}). Tussentijdse wijzigingen worden voorgelegd aan de ondersteuningsplanraad.")]


def f_inspectie(s):
    return [("h1", "Toezicht door de inspectie"),
            ("p", f"De Inspectie van het Onderwijs heeft {s['kort']} voor het laatst in het najaar van 2023 bezocht in het "
                  "kader van het vierjaarlijks onderzoek bestuur. De inspectie sprak met het bestuur, de Raad van "
                  "Toezicht, de ondersteuningsplanraad, schoolleiders en gemeenten. Het eindoordeel was voldoende. De "
                  "inspectie gaf het samenwerkingsverband mee om de sturing op de eigen beleidsvoornemens te "
                  "versterken en de rol van het intern toezicht scherper te beschrijven. Beide punten hebben wij "
                  "opgepakt: de Raad van Toezicht heeft een nieuw toezichtkader vastgesteld en de besluitvorming in de "
                  "algemene vergadering verloopt volgens een vaste jaaragenda."),
            ("p", "Het volgende vierjaarlijks onderzoek verwachten wij in de tweede helft van de planperiode. Wij "
                  "bereiden ons daarop voor met een interne zelfevaluatie, waarvoor wij het onderzoekskader van de "
                  "inspectie als leidraad gebruiken."),
            ("p", "Naast het toezicht op het samenwerkingsverband houdt de inspectie toezicht op de afzonderlijke "
                  "scholen en besturen. Signalen uit die onderzoeken die het samenwerkingsverband raken, worden "
                  "besproken in het directeurenoverleg.")]


def f_kennisdeling(s):
    return [("h1", "Kennisdeling en netwerken"),
            ("p", "Het samenwerkingsverband is een netwerkorganisatie. De kennis zit vooral in de scholen en bij hun "
                  "professionals. Wij organiseren daarom lerende netwerken waarin professionals van verschillende "
                  "scholen elkaar ontmoeten en van elkaar leren. In de planperiode bestaan ten minste de netwerken "
                  "gedrag, taal en lezen, en begeleiding van nieuwe collega's. Elk netwerk komt vier keer per jaar "
                  "bijeen onder leiding van een procesbegeleider van het bureau."),
            ("p", "Eenmaal per jaar organiseren wij een regionale studiedag met een plenaire spreker en workshops die "
                  "door professionals uit de regio zelf worden verzorgd. Ook stimuleren wij collegiale consultatie: "
                  "een school kan een collega van een andere school uitnodigen om mee te kijken in de klas. "
                  "De kosten van vervanging worden in dat geval door het bureau vergoed."),
            ("p", "Wij werken samen met de lerarenopleidingen in de regio. Studenten lopen stage op scholen met een "
                  "bijzondere expertise, en docenten van de opleidingen nemen deel aan onze netwerken. Zo komt "
                  "nieuwe kennis sneller de school in en raken startende leraren vertrouwd met de praktijk.")]


def f_communicatie_scholen(s):
    return [("h1", "Communicatie met scholen en partners"),
            ("p", "Het bureau stuurt maandelijks een digitale nieuwsbrief aan alle schoolleiders, "
                  "ondersteuningsfunctionarissen en bestuurders. Daarin staan actuele ontwikkelingen, besluiten van "
                  "het bestuur, data van bijeenkomsten en praktijkvoorbeelden uit de scholen. Voor professionals is er "
                  "een besloten deel van de website met formats, protocollen en verslagen."),
            ("p", "Met onze partners, zoals de gemeenten en het samenwerkingsverband van de "
                  "andere sector, hebben wij vaste contactpersonen. Tweemaal per jaar organiseren wij een "
                  "partnerbijeenkomst waarin wij de stand van zaken delen. Wij publiceren het jaarverslag en dit "
                  "ondersteuningsplan op onze website."),
            ("p", "In de planperiode willen wij de huisstijl en de website vernieuwen, zodat informatie "
                  "toegankelijker wordt voor iedereen die ermee werkt. Teksten worden geschreven op taalniveau B1.")]


def begrippen(items):
    return [("table", [["Begrip", "Omschrijving"]] + [[a, b] for a, b in items])]


# =============================================================================================
# Plan A: VO, docx, rich plan. TS partial (procedure missing), RE partial (monitoring missing)
# =============================================================================================
SA = dict(naam="Samenwerkingsverband VO Rivierenland-Oost", kort="Rivierenland-Oost", code="VO 27-12",
          regio="Rivierenland-Oost", gemeenten="Beekdal, Hollum, Overwaarde en Sint-Maartensvliet",
          n_besturen=7, n_scholen=19, n_leerlingen="14.600", plaats="Overwaarde", periode="2026-2030", eindjaar=2030,
          directeur="drs. M.J. (Marieke) van Dillen", school1="Waalkant College", rvt=5, fte="14,6",
          cao="VO", ict="het beveiligde aanvraagportaal", opr_n=12, oogo_datum="10 februari 2026",
          opr_datum="24 maart 2026", vast_datum="7 april 2026",
          scholentabel=[["Bestuur", "Scholen / vestigingen", "Onderwijstypen"],
                        ["Stichting Waalkant Onderwijs", "Waalkant College (3 vestigingen)", "vmbo, havo, vwo"],
                        ["Stichting Carolus", "Carolus Lyceum; Carolus Mavo", "mavo, havo, vwo"],
                        ["Vereniging CVO Overwaarde", "Het Veer; De Kaap Praktijkschool", "vmbo, pro"],
                        ["Stichting Openbaar VO Beekdal", "RSG Beekdal (2 vestigingen)", "vmbo, havo, vwo"],
                        ["Stichting De Rivieren (v)so", "De Rivieren vso; De Stroming vso", "vso cluster 3 en 4"],
                        ["Stichting Hollum Scholengroep", "Hollum Scholengroep (4 vestigingen)", "vmbo, havo, vwo, lwoo"],
                        ["Stichting Maartens College", "Maartens College; Maartens Praktijkonderwijs", "havo, vwo, pro"]])


def plan_a():
    s = SA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Samenwerkingsverband VO Rivierenland-Oost (VO 27-12) — Samen sterk voor elke leerling"),
         ("p", "Vastgesteld door het bestuur op 7 april 2026, na instemming van de ondersteuningsplanraad op 24 maart 2026."),
         ("pagebreak", None),
         ("toc", None), ("pagebreak", None)]
    b += f_voorwoord(s, 0)
    b += [("h1", "Leeswijzer"),
          ("p", "Hoofdstuk 1 schetst ons samenwerkingsverband. Hoofdstuk 2 beschrijft missie en visie. In de "
                "hoofdstukken 3 tot en met 6 staan de afspraken over basisondersteuning, extra ondersteuning, "
                "toelaatbaarheid en terugplaatsing. Hoofdstuk 7 gaat over ouders en leerlingen, hoofdstuk 8 over de "
                "gemeenten. Resultaten en kwaliteit komen aan bod in hoofdstuk 9, de financiën in hoofdstuk 10. "
                "Daarna volgen organisatie, personeel en de totstandkoming van het plan. Achterin vindt u een "
                "begrippenlijst en een lijst met afkortingen.")]
    b += f_context(s)
    b += f_visie(s, 0)
    b += [("h1", "Basisondersteuning"),
          ("h2", "Wat verstaan wij onder basisondersteuning?"),
          ("p", "Basisondersteuning is de ondersteuning die elke school in ons samenwerkingsverband biedt aan alle "
                "leerlingen, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De aangesloten "
                "besturen hebben in de algemene vergadering van 2 december 2025 het Niveau Basisondersteuning "
                "Rivierenland-Oost vastgesteld. Dit niveau geldt voor iedere vestiging van het regulier voortgezet "
                "onderwijs in de regio, ongeacht het onderwijstype, en is daarmee de ondergrens: een school mag meer "
                "bieden, nooit minder. Voor de vso-scholen en de praktijkscholen gelden aanvullende afspraken."),
          ("h2", "Wat mag u van elke school verwachten?"),
          ("p", "Op iedere vestiging is ten minste het volgende aanwezig:"),
          ("ul", ["Een mentor die de leerling en de ouders kent, wekelijks een mentoruur verzorgt en het eerste "
                  "aanspreekpunt is bij vragen over ondersteuning.",
                  "Een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, die de ondersteuning op "
                  "school organiseert en het ondersteuningsteam voorzit.",
                  "Een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met daarin de "
                  "ondersteuningscoördinator, de jeugdarts of jeugdverpleegkundige, de leerplichtambtenaar en de "
                  "schoolmaatschappelijk werker.",
                  "Een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergroot lettertype en "
                  "voorleessoftware bij toetsen.",
                  "Trainingen sociale vaardigheden en faalangstreductie, ten minste één keer per schooljaar "
                  "aangeboden.",
                  "Een time-outvoorziening of rustplek met een vaste begeleider en afspraken over terugkeer in de les.",
                  "Begeleiding bij plannen en organiseren (executieve functies) voor leerlingen in de onderbouw.",
                  "Een protocol medisch handelen en afspraken over medicijnverstrekking.",
                  "Een aanbod voor meer- en hoogbegaafde leerlingen binnen het reguliere rooster (verrijking, "
                  "compacten).",
                  "Een ontwikkelingsperspectiefplan voor iedere leerling die extra ondersteuning ontvangt, opgesteld "
                  "samen met de leerling en de ouders en ten minste jaarlijks geëvalueerd."]),
          ("p", "De school beschrijft in de schoolgids hoe zij deze basisondersteuning invult. Een schoolgids die het "
                "niveau niet haalt, wordt in het schoolgesprek besproken."),
          ("h2", "Borging"),
          ("p", "Het samenwerkingsverband voert eens per twee jaar op elke vestiging een schoolgesprek over de "
                "basisondersteuning, aan de hand van de kwaliteitskaart basisondersteuning. Als een vestiging op een "
                "onderdeel onder het afgesproken niveau blijft, maakt de school binnen drie maanden een verbeterplan "
                "en volgt na een jaar een vervolggesprek. Blijft de achterstand bestaan, dan bespreekt de "
                "directeur-bestuurder dit met het betreffende schoolbestuur.")]
    b += [("h1", "Extra ondersteuning en dekkend aanbod"),
          ("h2", "Het ondersteuningscontinuüm"),
          ("p", "Als de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Wij "
                "onderscheiden vier niveaus die samen een doorlopend geheel vormen:"),
          ("table", [["Niveau", "Omschrijving", "Waar", "Toegang"],
                     ["1. Basis", "Basisondersteuning op elke vestiging", "Eigen school", "Geen aanvraag"],
                     ["2. Extra op school", "Arrangementen binnen de school, bijv. een kleine klas, een "
                      "trajectvoorziening of intensieve begeleiding", "Eigen school", "Besluit school, budget uit "
                      "schoolbudget"],
                     ["3. Bovenschools", "OPDC De Oversteek (tijdelijke plaatsing max. 1 jaar), "
                      "tussenvoorziening Op Koers voor leerlingen met (dreigend) verzuim, Entree-route met het "
                      "ROC voor pro-leerlingen", "Overwaarde en Hollum", "Aanvraag bij het Loket"],
                     ["4. Speciaal", "Vso De Rivieren (cluster 4), vso De Stroming (cluster 3), vso buiten de regio",
                      "Overwaarde, Beekdal", "Toelaatbaarheidsverklaring"]]),
          ("p", "Scholen vragen een bovenschoolse voorziening aan via het Loket. Een consulent passend onderwijs "
                "sluit aan bij het ondersteuningsteam van de school, bespreekt met school, ouders en leerling welke "
                "ondersteuning nodig is en adviseert over de route. Het OPDC is een tijdelijke voorziening: de "
                "leerling blijft ingeschreven op de eigen school en keert na maximaal een jaar terug."),
          ("h2", "Onderwijs en jeugdhulp"),
          ("p", "Op alle vestigingen is een jeugdhulpmedewerker van de gemeente aanwezig (Jeugdhulp in School). "
                "Voor leerlingen die onderwijs en zorg nodig hebben maken wij onderwijs-zorgarrangementen met de "
                "gemeenten; de afspraken over de financiering van zorg in onderwijstijd zijn in het OOGO van "
                "februari 2026 vastgelegd."),
          ("h2", "Zijn er leerlingen zonder passende plek?"),
          ("p", "Een dekkend aanbod betekent dat er voor iedere leerling een passende plek is. Dat is nog niet zo. "
                "Wij houden daarom per kwartaal samen met leerplicht een overzicht bij van alle thuiszitters en "
                "leerlingen met een vrijstelling. Elke thuiszitter wordt binnen twee weken besproken aan de "
                "Thuiszittertafel, waarin school, leerplicht, Loket en jeugdhulp samen een plan maken; als er na zes "
                "weken geen oplossing is, heeft de directeur-bestuurder doorzettingsmacht om een plek bij een van "
                "de aangesloten scholen te regelen."),
          ("p", "Uit de analyse van het najaar 2025 bleek dat het aanbod tekortschiet voor hoogbegaafde leerlingen met "
                "een autismespectrumstoornis en voor jongeren die na een psychiatrische opname willen terugkeren. "
                "Voor de eerste groep start in augustus 2027 een klas op het Carolus Lyceum; voor de tweede groep "
                "maken wij in 2026-2027 afspraken met de GGZ-instelling in Hollum. Elk voorjaar herhalen wij de "
                "analyse van witte vlekken en passen wij het aanbod zo nodig aan.")]
    b += [("h1", "Toelaatbaarheid"),
          ("h2", "Toelaatbaarheid tot het voortgezet speciaal onderwijs"),
          ("p", "Een leerling kan alleen worden ingeschreven op een vso-school van cluster 3 of 4 als het "
                "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag verloopt "
                "als volgt:"),
          ("ol", ["Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld dient de aanvraag "
                  "in via het aanvraagportaal. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een "
                  "evaluatie van de geboden ondersteuning en de zienswijze van ouders en leerling.",
                  "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                  "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: altijd een "
                  "orthopedagoog of psycholoog, en afhankelijk van de vraag een tweede deskundige (bijvoorbeeld "
                  "een maatschappelijk werker, kinder- en jeugdpsychiater of jeugdarts). De deskundigen zijn niet "
                  "betrokken geweest bij de aanvraag.",
                  "De Commissie Toelaatbaarheid neemt namens het bestuur binnen zes weken na ontvangst van het "
                  "complete dossier een besluit. Ouders ontvangen een kopie van de adviezen."]),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de "
                "ondersteuningsbehoefte is langdurig en overstijgt wat de reguliere school met basis- en extra "
                "ondersteuning kan bieden; de school heeft aantoonbaar ten minste één schooljaar handelingsgericht "
                "gewerkt met een OPP, of er is sprake van een acute situatie; een bovenschoolse voorziening is "
                "overwogen en niet passend; en de leerling heeft een specialistische onderwijsomgeving nodig "
                "vanwege een combinatie van leer-, gedrags- of medische problematiek. Bij twijfel over de "
                "mogelijkheden van de reguliere school kan de commissie een observatie laten uitvoeren."),
          ("p", "De TLV wordt afgegeven voor een of twee schooljaren, tot uiterlijk 31 juli. De commissie bepaalt de "
                "bekostigingscategorie (laag, midden of hoog) op basis van de ondersteuningsbehoefte; leerlingen "
                "met een lichamelijke beperking of een langdurige ziekte krijgen categorie midden, leerlingen met "
                "een meervoudige beperking categorie hoog."),
          ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
          ("p", "Rivierenland-Oost hanteert voor lwoo en pro de landelijke criteria. Voor praktijkonderwijs "
                "betekent dit: een IQ tussen 55 en 80 en een leerachterstand van ten minste 50 procent in twee van de "
                "vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo geldt een IQ tussen "
                "75 en 90 met een leerachterstand van 25 tot 50 procent in twee domeinen, of een IQ tussen 91 en "
                "120 met een leerachterstand en sociaal-emotionele problematiek. De basisschool levert de "
                "gegevens aan via het overstapdossier; de VO-school waar de leerling is aangemeld vraagt de "
                "aanwijzing lwoo of de TLV pro aan bij het Loket vóór 1 april. De Commissie Toelaatbaarheid besluit "
                "binnen vier weken. Een TLV pro geldt voor de gehele schoolloopbaan; een aanwijzing lwoo geldt tot "
                "het einde van de opleiding."),
          ("h2", "Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
                "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen (LBT) van Onderwijsgeschillen, die het bestuur adviseert.")]
    b += [("h1", "Terugplaatsing en overplaatsing"),
          ("p", "Wij vinden dat het vso een tijdelijke plek kan zijn. Ons beleid is erop gericht dat leerlingen die "
                "daar aan toe zijn, terugkeren naar het regulier voortgezet onderwijs, bij voorkeur naar een school "
                "dicht bij huis. Terugplaatsing is een doel als de ondersteuningsbehoefte van de leerling zo is "
                "veranderd dat een reguliere school met extra ondersteuning kan volstaan, en als de leerling en de "
                "ouders de overstap willen. Een overstap halverwege een examenjaar vermijden wij."),
          ("p", "Een leerling die terugkeert, krijgt een terugkeerarrangement: gedurende ten minste twaalf maanden "
                "begeleidt een ambulant begeleider van de vso-school de leerling en de mentor op de nieuwe school. "
                "Het samenwerkingsverband vergoedt dit arrangement uit het bovenschoolse budget. De ontvangende "
                "school kan de leerling niet weigeren op grond van de eerdere vso-plaatsing."),
          ("p", "In het schooljaar 2024-2025 keerden 11 leerlingen vanuit het vso terug naar het regulier onderwijs "
                "(2023-2024: 8)."),
          ("p", "Hoe de terugplaatsing precies verloopt, wie het initiatief neemt en op welke momenten de "
                "mogelijkheid wordt besproken, leggen wij in het schooljaar 2026-2027 samen met de vso-scholen vast "
                "in een werkwijze terugplaatsing. Tot die tijd maken de vso-scholen hierover per leerling afspraken.")]
    b += [("h1", "Ouders en leerlingen"),
          ("h2", "Informatie"),
          ("p", "Ouders moeten weten waar zij aan toe zijn. Het samenwerkingsverband informeert ouders op de volgende "
                "manieren over de ondersteuningsmogelijkheden in de regio:"),
          ("ul", ["De ouderpagina op de website, met per school een overzicht van de basisondersteuning en de "
                  "bovenschoolse voorzieningen, en uitleg over de Toelaatbaarheid.",
                  "De folder 'Passend onderwijs in Rivierenland-Oost', in het Nederlands, Engels, Arabisch en "
                  "Pools, die alle basisscholen meegeven aan ouders van groep 8.",
                  "Twee informatieavonden per jaar (in oktober en maart) over de overstap naar het voortgezet "
                  "onderwijs voor ouders van kinderen met een ondersteuningsbehoefte.",
                  "De ondersteuningscoördinator op school, die ouders persoonlijk informeert wanneer extra "
                  "ondersteuning aan de orde is."]),
          ("h2", "Onafhankelijke ondersteuning"),
          ("p", "Soms lopen gesprekken vast of hebben ouders behoefte aan iemand die naast hen staat. Ouders en "
                "jongeren kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat door het "
                "samenwerkingsverband wordt gefinancierd maar onafhankelijk werkt. Het steunpunt is bereikbaar via "
                "telefoon en e-mail, geeft advies, kan mee naar gesprekken en bemiddelt. Daarnaast kunnen ouders "
                "kosteloos een beroep doen op de landelijke Onderwijsconsulenten en bij een geschil over toelating, "
                "verwijdering of het OPP op de Geschillencommissie passend onderwijs."),
          ("h2", "Betrokkenheid"),
          ("p", "Ouders zijn partner bij het opstellen van het OPP en hebben instemmingsrecht op het "
                "handelingsdeel. Leerlingen hebben hoorrecht: de school vraagt hun mening over het OPP en legt die "
                "vast. In de ondersteuningsplanraad zijn ouders en leerlingen vertegenwoordigd.")]
    b += f_oogo(s, detail=True)
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Met dit plan willen wij aan het einde van de planperiode de volgende resultaten bereiken voor "
                "leerlingen met een ondersteuningsbehoefte:"),
          ("table", [["Ambitie", "Beoogd resultaat in 2030"],
                     ["Thuisnabij onderwijs", "Het deelnamepercentage vso daalt van 3,9% (1 oktober 2025) naar "
                      "maximaal 3,4%."],
                     ["Geen thuiszitters", "Geen enkele leerling zit langer dan drie maanden thuis zonder "
                      "onderwijsaanbod."],
                     ["Succesvolle terugkeer", "Minimaal 80% van de leerlingen die uit het OPDC terugkeren, zit een "
                      "jaar later nog op de reguliere school."],
                     ["Snelle besluiten", "95% van de TLV-besluiten binnen zes weken."],
                     ["Tevreden ouders", "Ouders waarderen de ondersteuning gemiddeld met ten minste een 7."]]),
          ("p", "Deze ambities zijn in de werkgroepen met scholen opgesteld. Hoe wij de voortgang op deze doelen "
                "gaan volgen, welke bronnen wij daarvoor gebruiken en hoe wij erover rapporteren, beschrijven wij in "
                "een monitoringsplan dat in de loop van 2027 door het bestuur wordt vastgesteld.")]
    b += [("h1", "Financieel beleid"),
          ("h2", "Verdeling van de middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na "
                "aftrek van de afdrachten aan DUO voor het vso en van de middelen voor lwoo en pro worden de "
                "middelen als volgt verdeeld:"),
          ("ul", ["Schoolbudget: elk schoolbestuur ontvangt € 155 per leerling (teldatum 1 oktober van het "
                  "voorgaande jaar) plus een vaste voet van € 20.000 per vestiging, voor extra ondersteuning op "
                  "niveau 2.",
                  "Bovenschoolse voorzieningen: het OPDC en de tussenvoorziening worden bekostigd op basis van "
                  "een vast aantal plaatsen (48 en 20).",
                  "Flexibel budget: arrangementen die het Loket toekent, met een maximum van € 12.000 per "
                  "leerling per jaar."]),
          ("p", "Het bestuur stelt de bedragen jaarlijks vast bij de begroting. Schoolbesturen leggen over de "
                "besteding van het schoolbudget verantwoording af in een jaarlijkse rapportage volgens een vast "
                "format, die in het schoolgesprek wordt besproken."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbudget", "17.920", "17.640", "17.380", "17.150"],
                     ["Afdracht vso (DUO)", "-6.410", "-6.290", "-6.150", "-6.020"],
                     ["Lwoo en pro", "-5.120", "-5.050", "-4.990", "-4.930"],
                     ["Schoolbudgetten", "2.640", "2.610", "2.580", "2.550"],
                     ["OPDC en tussenvoorziening", "1.980", "2.000", "2.020", "2.040"],
                     ["Flexibel budget arrangementen", "620", "600", "580", "560"],
                     ["Bureau, Loket en deskundigen", "1.170", "1.180", "1.190", "1.200"],
                     ["Saldo", "-20", "-90", "-130", "-150"]]),
          ("p", "De negatieve saldi zijn bewust begroot: de reserve staat per 31 december 2025 op € 2,3 miljoen en "
                "ligt boven de signaleringswaarde. Wij bouwen deze af tot het niveau van het benodigde "
                "weerstandsvermogen van 5% van de baten.")]
    b += f_governance(s) + f_personeel(s) + f_opr(s, True) + f_privacy(s) + f_vaststelling(s)
    b += [("h1", "Bijlage 1 Begrippenlijst"),
          *begrippen([("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."),
                      ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat er voor elke leerling een plek is."),
                      ("Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs."),
                      ("Toelaatbaarheidsverklaring", "Besluit dat een leerling toelaatbaar is tot het vso of pro."),
                      ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."),
                      ("Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."),
                      ("Resultaten", "De uitkomsten van het beleid voor leerlingen.")]),
          ("h1", "Bijlage 2 Afkortingen"),
          ("p", "LBT Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen · lwoo leerwegondersteunend "
                "onderwijs · OJSP ouder- en jeugdsteunpunt · OOGO op overeenstemming gericht overleg · OPDC "
                "orthopedagogisch-didactisch centrum · OPP ontwikkelingsperspectiefplan · OPR "
                "ondersteuningsplanraad · pro praktijkonderwijs · TLV toelaatbaarheidsverklaring · vso voortgezet "
                "speciaal onderwijs")]
    write_docx(b, os.path.join(OUT, "vo-rivierenland-oost-op-2026-2030.docx"),
               header="Ondersteuningsplan 2026-2030 | SWV VO Rivierenland-Oost",
               footer="Passend onderwijs · basisondersteuning · terugplaatsing · financiën · ouders")
    crit = crit_dict(["terugstroom.procedure", "resultaten.monitoring"])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {"basisondersteuning": "Ch. Basisondersteuning: SWV-wide minimum for every vestiging (niveau) plus a 10-item list of what every school offers; borging via schoolgesprek/kwaliteitskaart.",
             "plaatsing": "Ch. Toelaatbaarheid: vso steps, Commissie Toelaatbaarheid, 6 weeks, explicit vso criteria, lwoo/pro national criteria and procedure, two deskundigen, duration/category, LBT bezwaar.",
             "terugstroom": "Ch. Terugplaatsing: policy (aims, conditions, 12-month terugkeerarrangement) and figures, but the procedure (who initiates, moments) is deferred to a 'werkwijze terugplaatsing' in 2026-2027.",
             "financien": "Ch. Financieel beleid: verdeelmodel with EUR 155 per leerling + vaste voet, and a 2026-2029 meerjarenbegroting table; reserves and school verantwoording.",
             "dekkend-aanbod": "Ch. Extra ondersteuning en dekkend aanbod: 4-level continuum table (OPDC, tussenvoorziening, Entree, vso) and gap handling (thuiszitters per quarter, Thuiszittertafel, witte vlekken analysis).",
             "resultaten": "Ch. Kwaliteit en resultaten: measurable beoogde resultaten table for 2030, but how results are monitored/reported is deferred to a monitoringsplan 'in de loop van 2027'.",
             "ouders": "Ch. Ouders en leerlingen: ouderpagina, folder in 4 languages, info evenings (informatie); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten (steunpunt)."}
    st = dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
              **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present")
    write_label("vo-rivierenland-oost-op-2026-2030.expected.yaml", ["vo-rivierenland-oost-op-2026-2030.docx"],
                "vo", crit, adv, notes, st)


# =============================================================================================
# Plan B: VO, pdf. BO partial (inhoud only in absent bijlage), FI partial (no begroting),
# OU partial (no independent support; OJSP deferred). TS content inside the TLV chapter.
# =============================================================================================
SB = dict(naam="Stichting Passend Voortgezet Onderwijs De Kempenstroom", kort="De Kempenstroom", code="VO 30-07",
          regio="Kempenstroom", gemeenten="Aalsterveld, Bergeijkhoven, Dommelrode en Leenderbos",
          n_besturen=5, n_scholen=12, n_leerlingen="9.850", plaats="Aalsterveld", periode="2026-2030", eindjaar=2030,
          directeur="J.P.M. (Joost) Verhagen MEd", school1="Dommeldal College", rvt=4, fte="9,8", cao="VO",
          ict="Onderwijs Transparant", opr_n=10, oogo_datum="3 maart 2026", opr_datum="31 maart 2026",
          vast_datum="14 april 2026", h_context="1. Het samenwerkingsverband in cijfers",
          h_gov="10. Organisatie", h_oogo="7. Gemeenten en jeugdhulp", h_vast="11. Procedure",
          scholentabel=[["School", "Bestuur", "Leerlingen 1-10-2025"],
                        ["Dommeldal College", "Stichting Kempenonderwijs", "2.310"],
                        ["Heerbaan Lyceum", "Stichting Kempenonderwijs", "1.480"],
                        ["Leenderbos Mavo", "Stichting Kempenonderwijs", "520"],
                        ["Sint-Jan College (2 locaties)", "Stichting Sint-Jan", "2.120"],
                        ["Praktijkschool De Werf", "Stichting Sint-Jan", "310"],
                        ["Bergeijkhoven Scholengemeenschap", "OVO Bergeijkhoven", "1.690"],
                        ["Het Kempenhof (vmbo, lwoo)", "OVO Bergeijkhoven", "860"],
                        ["De Korenaar vso", "Stichting Korenaar", "340"],
                        ["Dommelrode Campus", "Vereniging Dommelrode", "220"]],
          pct_tekst="Op 1 oktober 2025 stonden 3,6 procent van de leerlingen ingeschreven in het vso (landelijk 3,5 "
                    "procent); 3,1 procent volgde praktijkonderwijs en 9,4 procent had een aanwijzing lwoo.")


def plan_b():
    s = SB
    b = [("title", "Ondersteuningsplan De Kempenstroom 2026-2030"),
         ("subtitle", "Passend onderwijs in de Kempen: samen, dichtbij, duidelijk"),
         ("p", "Samenwerkingsverband VO 30-07 · versie 1.3 · definitief na instemming OPR"),
         ("pagebreak", None), ("toc", None), ("pagebreak", None)]
    b += f_voorwoord(s, 1)
    b += f_context(s, with_pct=True)
    b += [("h1", "2. Waar staan we voor")] + f_visie(s, 1)[1:]
    b += [("h1", "3. Ondersteuning op school"),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "Alle besturen in De Kempenstroom hebben afgesproken dat iedere vestiging van het regulier voortgezet "
                "onderwijs hetzelfde minimale niveau van basisondersteuning biedt, ongeacht leerweg of denominatie. "
                "Dit gezamenlijke niveau is op 9 december 2025 door de algemene vergadering vastgesteld en vormt de "
                "ondergrens waaraan elke school zich committeert. Het praktijkonderwijs en het vso vallen onder "
                "eigen afspraken."),
          ("p", "De standaarden en indicatoren waaruit de basisondersteuning bestaat, zijn uitgewerkt in de Kaart "
                "Basisondersteuning Kempenstroom (bijlage 2). Hoe een school de basisondersteuning concreet invult, "
                "staat daarnaast in de schoolgids van de betreffende school."),
          ("p", "Eens per twee jaar bezoekt een auditteam, bestaande uit een ondersteuningscoördinator van een andere "
                "school en een consulent van het samenwerkingsverband, iedere vestiging. Het auditteam toetst de "
                "basisondersteuning aan de Kaart en legt bevindingen vast in een rapport. Scholen die op onderdelen "
                "onvoldoende scoren, stellen een verbeterplan op, dat een jaar later opnieuw wordt getoetst."),
          ("h2", "3.2 Extra ondersteuning op school"),
          ("p", "Als een leerling meer nodig heeft dan de basisondersteuning, zet de school extra ondersteuning in. "
                "Iedere school heeft daarvoor een schoolbudget (zie hoofdstuk 6). Voorbeelden zijn een "
                "trajectvoorziening, een kleine klas in de onderbouw, coaching door een gedragsspecialist of een "
                "aangepast rooster. De school stelt een OPP op en evalueert dit ten minste twee keer per jaar."),
          ("h1", "4. Een dekkend netwerk"),
          ("h2", "4.1 Voorzieningen in de regio"),
          ("p", "Naast de ondersteuning op de scholen zelf kent De Kempenstroom een aantal bovenschoolse "
                "voorzieningen. Samen met de scholen en het vso vormen zij een doorlopend aanbod van licht naar zwaar:"),
          ("table", [["Voorziening", "Voor wie", "Capaciteit", "Duur"],
                     ["Rebound De Brug", "Leerlingen met gedragsproblemen die tijdelijk uit de klas moeten", "16",
                      "max. 13 weken"],
                     ["OPDC Kempenstroom", "Leerlingen met leer- en gedragsproblemen, vmbo-bb/kb", "40",
                      "1-2 jaar"],
                     ["Tussenvoorziening Op de Rails", "Jongeren die (dreigen) thuis (te) zitten", "12",
                      "individueel"],
                     ["Schakelklas ISK", "Nieuwkomers 12-18 jaar", "60", "max. 2 jaar"],
                     ["Entree-traject met Summa", "Pro- en vso-leerlingen richting mbo-1", "25", "1 jaar"],
                     ["Vso De Korenaar", "Leerlingen met een TLV cluster 4", "340", "volgens TLV"]]),
          ("p", "Leerlingen komen via het Loket in een bovenschoolse voorziening. De school meldt de leerling aan "
                "na bespreking in het ondersteuningsteam; een consulent voert met de school, de ouders en de "
                "leerling een groeidocumentgesprek en bepaalt binnen drie weken de plaatsing. De leerling blijft "
                "ingeschreven op de eigen school, met uitzondering van het vso."),
          ("h2", "4.2 Thuiszitters en witte vlekken"),
          ("p", "Maandelijks bespreekt het thuiszittersoverleg (leerplicht, Loket, jeugdhulp, ondersteuningscoördinatoren) "
                "elke leerling die langer dan vier weken geen onderwijs volgt. Voor iedere leerling wordt een "
                "casusregisseur aangewezen. Als geen school een passende plek kan bieden, wijst de directeur-"
                "bestuurder een school aan. Twee keer per jaar rapporteert het Loket over wachtlijsten en over "
                "leerlingen voor wie geen passend aanbod beschikbaar is. Op basis daarvan besluit het bestuur over "
                "uitbreiding of aanpassing van voorzieningen; zo is in 2025 de tussenvoorziening Op de Rails van 8 "
                "naar 12 plaatsen gegaan."),
          ("h1", "5. Toewijzing en toelaatbaarheid"),
          ("h2", "5.1 De route naar het vso"),
          ("p", "Voor plaatsing in het vso is een toelaatbaarheidsverklaring nodig. Het schoolbestuur van de "
                "school van inschrijving vraagt deze aan bij het Loket. Bij de aanvraag zitten het groeidocument met "
                "OPP, het verslag van het multidisciplinair overleg waarin ouders aanwezig waren en een "
                "handelingsadvies van de ontvangende vso-school. De TLA-commissie (toelaatbaarheid en arrangementen) "
                "vraagt advies aan een orthopedagoog of GZ-psycholoog en aan een tweede deskundige die past bij de "
                "vraag van de leerling. Beide deskundigen geven een eigen schriftelijk advies. De commissie besluit "
                "binnen zes weken."),
          ("h2", "5.2 Criteria"),
          ("p", "De TLA-commissie geeft een TLV af als:"),
          ("ul", ["de leerling een ondersteuningsbehoefte heeft op ten minste twee van de domeinen leren, gedrag, "
                  "communicatie, fysiek-medisch en thuissituatie, die de mogelijkheden van het regulier onderwijs "
                  "inclusief bovenschoolse voorzieningen overstijgt;",
                  "de reguliere school aantoonbaar extra ondersteuning heeft geboden en geëvalueerd (ten minste twee "
                  "OPP-cycli), tenzij sprake is van een crisissituatie;",
                  "de leerling naar verwachting baat heeft bij de specifieke setting van het vso (kleine groep, "
                  "specialistische expertise, onderwijs-zorgarrangement)."]),
          ("p", "Voor praktijkonderwijs en lwoo volgt De Kempenstroom de landelijke criteria (onder meer IQ 55-80 "
                "en leerachterstanden in ten minste twee domeinen voor pro; IQ 75-90 of 91-120 met sociaal-"
                "emotionele problematiek voor lwoo). De basisschool levert de testgegevens; de VO-school doet de "
                "aanvraag uiterlijk 1 april; het Loket besluit binnen vier weken."),
          ("h2", "5.3 Duur en categorie"),
          ("p", "Een TLV vso wordt in de regel afgegeven tot het einde van het schooljaar waarin de leerling na "
                "plaatsing twee volle schooljaren heeft gevolgd. De commissie kent de bekostigingscategorie laag toe, "
                "tenzij de ondersteuningsbehoefte aantoonbaar medische of lichamelijke zorg omvat (midden) of "
                "meervoudige beperkingen (hoog)."),
          ("h2", "5.4 Afloop van de TLV"),
          ("p", "De Kempenstroom wil dat geen leerling langer in het vso blijft dan nodig. Het uitgangspunt is dat "
                "leerlingen, als dat kan, terugkeren naar een reguliere school in de eigen woonomgeving. Voorwaarde "
                "is dat de ondersteuningsbehoefte met basis- en extra ondersteuning op te vangen is. Leerlingen die "
                "terugkeren, ontvangen een terugkeerarrangement: een half jaar ambulante begeleiding door de "
                "vso-school, betaald door het samenwerkingsverband, en een vaste coach op de nieuwe school."),
          ("p", "De vso-school evalueert het OPP van iedere leerling ieder jaar en bespreekt daarbij expliciet of "
                "terugplaatsing mogelijk is. In november van het laatste TLV-jaar organiseert de vso-school een "
                "overleg met ouders, leerling, een consulent van het Loket en zo mogelijk de beoogde reguliere "
                "school. Dat overleg leidt tot één van drie uitkomsten: terugplaatsing per een afgesproken datum, "
                "overplaatsing naar een andere vso-school, of een aanvraag voor een nieuwe TLV. Over een nieuwe TLV "
                "beslist de TLA-commissie vóór 1 april, zodat er tijd is om een terugkeer voor te bereiden. Voert "
                "de vso-school het overleg niet tijdig, dan neemt het Loket het initiatief."),
          ("p", "In 2024-2025 zijn 9 leerlingen teruggeplaatst; 7 van hen zaten een jaar later nog op dezelfde "
                "school.")]
    b += [("h1", "6. Geld en middelen"),
          ("p", "De Kempenstroom ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning en voor lwoo "
                "en pro. De afdracht voor het vso wordt door DUO rechtstreeks verrekend."),
          ("h2", "6.1 Hoe verdelen wij het geld?"),
          ("p", "Het verdeelmodel kent drie stromen. Zeventig procent van de vrij besteedbare middelen gaat als "
                "schoolbudget naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande "
                "jaar, met een vaste voet per vestiging van € 15.000. Twintig procent is bestemd voor de bovenschoolse "
                "voorzieningen uit hoofdstuk 4, op basis van het aantal plaatsen. Tien procent wordt gebruikt voor "
                "het Loket, deskundigen en het bureau. De middelen voor lwoo en pro worden volledig doorgegeven aan "
                "de scholen met een lwoo-aanbod en de praktijkschool, naar rato van hun aantal lwoo- en pro-"
                "leerlingen."),
          ("p", "Besturen verantwoorden de inzet van hun schoolbudget jaarlijks vóór 1 mei met de verantwoordings"
                "rapportage, die in het bestuurlijk overleg wordt besproken."),
          ("h2", "6.2 Begroting"),
          ("p", "De meerjarenbegroting wordt jaarlijks in december door de algemene vergadering vastgesteld en is "
                "daarom niet in dit ondersteuningsplan opgenomen. De bedragen voor 2026 en verder zijn nog "
                "afhankelijk van de rijksbijdrage: p.m."),
          ("h2", "6.3 Reserves"),
          ("p", "De algemene reserve bedroeg eind 2025 € 1,1 miljoen. Het bestuur hanteert een bandbreedte voor het "
                "weerstandsvermogen van 4 tot 8 procent van de baten en blijft daarmee onder de signaleringswaarde "
                "voor bovenmatige reserves.")]
    b += f_oogo(s, True)[0:1] + [
          ("p", f"Het ontwerpplan is op {s['oogo_datum']} in het OOGO besproken met de vier gemeenten. Er zijn "
                "afspraken gemaakt over jeugdhulp op school: elke school heeft een vaste jeugdprofessional uit het "
                "lokale team, en voor leerlingen met een onderwijs-zorgarrangement delen gemeente en "
                "samenwerkingsverband de kosten volgens een vaste verdeelsleutel."),
          ("p", "De afspraken over leerlingenvervoer en onderwijshuisvesting liggen bij de gemeenten en de besturen "
                "en vallen buiten dit plan.")]
    b += [("h1", "8. Kwaliteit: wat willen we bereiken?"),
          ("p", "In de vorige planperiode hadden wij vijf doelen. Drie daarvan zijn gehaald: het aantal langdurige "
                "thuiszitters daalde van 21 naar 9, de doorlooptijd van TLV-aanvragen daalde naar gemiddeld 27 "
                "werkdagen en alle scholen hadden een actueel OPP-format. Niet gehaald: de daling van het "
                "vso-percentage (bleef 3,6%) en de tevredenheid van ouders (6,8, doel 7,5)."),
          ("table", [["Doel 2030", "Indicator", "Nulmeting 2025", "Streefwaarde"],
                     ["Minder leerlingen in het vso", "Deelname vso op 1 oktober", "3,6%", "3,2%"],
                     ["Geen langdurige thuiszitters", "Aantal thuiszitters > 3 maanden", "9", "0"],
                     ["Meer leerlingen behalen een diploma of startkwalificatie", "Aandeel OPDC-leerlingen met "
                      "diploma of doorstroom mbo-2", "64%", "75%"],
                     ["Tevreden ouders", "Oudertevredenheid (schaal 1-10)", "6,8", "7,5"]]),
          ("p", "Het bureau verzamelt de gegevens per halfjaar in een dashboard, met bronnen DUO, de "
                "leerplichtregistratie, de Loketregistratie en een jaarlijkse oudervragenlijst. De directeur-"
                "bestuurder rapporteert twee keer per jaar aan de Raad van Toezicht en de OPR; in het jaarverslag "
                "leggen wij verantwoording af over de bereikte resultaten en de kosten per voorziening. Als een "
                "indicator twee metingen op rij achterblijft, stelt het bestuur een verbeteraanpak vast.")]
    b += [("h1", "9. Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. Wij communiceren met scholen via de "
                "maandelijkse nieuwsbrief en het directeurenoverleg."),
          ("p", "Ouders informeren wij over de ondersteuningsmogelijkheden via de website (met een aparte "
                "ouderpagina en een overzicht van alle voorzieningen uit hoofdstuk 4), via de brochure 'Passend "
                "onderwijs in de Kempen' die alle scholen bij de aanmelding uitreiken, en via een jaarlijkse "
                "informatieavond in november voor ouders van leerlingen in groep 7 en 8. De ondersteunings"
                "coördinator van de school is het eerste aanspreekpunt voor vragen."),
          ("p", "Ouders worden uitgenodigd voor het multidisciplinair overleg en tekenen voor akkoord op het OPP. In "
                "de OPR hebben vijf ouders en leerlingen zitting."),
          ("p", "Met de komst van de wettelijke verplichting tot een ouder- en jeugdsteunpunt gaan wij een "
                "steunpunt inrichten. Hoe dit vorm krijgt, met welke partner en hoe ouders het kunnen bereiken, "
                "werken wij in de loop van 2027 uit met de OPR.")]
    b += f_governance(s) + f_personeel(s) + f_privacy(s) + f_vaststelling(s)
    b += [("h1", "Bijlagen"),
          ("p", "Bijlage 1 Begrippenlijst (hieronder). Bijlage 2 Kaart Basisondersteuning Kempenstroom (apart "
                "document, te vinden op de website). Bijlage 3 Stroomschema TLV."),
          *begrippen([("Basisondersteuning", "Het minimale niveau van ondersteuning dat alle scholen bieden."),
                      ("Onderwijsconsulent", "Landelijke onafhankelijke adviseur voor ouders bij onderwijsproblemen."),
                      ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren (wettelijk verplicht)."),
                      ("Meerjarenbegroting", "Begroting voor vier jaar, vastgesteld door de algemene vergadering."),
                      ("TLA-commissie", "Commissie toelaatbaarheid en arrangementen.")])]
    docx_to_pdf(b, "vo-kempenstroom-ondersteuningsplan-2026.pdf",
                header="De Kempenstroom | Ondersteuningsplan 2026-2030",
                footer="SWV VO 30-07 · www.kempenstroom-passend.nl", font="Arial", size=10)
    crit = crit_dict(["basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {"basisondersteuning": "§3.1: SWV-wide minimum for every vestiging is stated (niveau) and audits described, but the actual standards are only in absent bijlage 2 'Kaart Basisondersteuning' and the schoolgidsen.",
             "plaatsing": "§5.1-5.3: Loket/TLA-commissie procedure, two deskundigen, 6 weeks, vso criteria list, lwoo/pro national criteria + procedure, duration and category; no bezwaar route.",
             "terugstroom": "§5.4 'Afloop van de TLV' inside the TLV chapter: policy (thuisnabij, conditions, terugkeerarrangement) and procedure (yearly OPP check, November meeting in last TLV year, decision before 1 April).",
             "financien": "Ch. 6 'Geld en middelen': verdeelmodel 70/20/10 with vaste voet (verdeling) but no begroting with amounts ('niet in dit plan opgenomen', 'p.m.').",
             "dekkend-aanbod": "Ch. 4: table of bovenschoolse voorzieningen (rebound, OPDC, tussenvoorziening, ISK, Entree, vso) and §4.2 thuiszittersoverleg/wachtlijst reporting.",
             "resultaten": "Ch. 9: goals with nulmeting and streefwaarden plus half-yearly dashboard, reporting to RvT/OPR and jaarverslag; also achieved results of previous period.",
             "ouders": "Ch. 'Communicatie': website/ouderpagina, brochure, info evening (informatie); independent support only announced ('werken wij in de loop van 2027 uit'), no steunpunt."}
    st = dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
              **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial")
    write_label("vo-kempenstroom-ondersteuningsplan-2026.expected.yaml",
                ["vo-kempenstroom-ondersteuningsplan-2026.pdf"], "vo", crit, adv, notes, st)


# =============================================================================================
# Plan C: VO, docx. PL partial (criteria deferred / absent annex), FI missing (separate document),
# DA partial (gap analysis deferred), RE partial (no intended results), OU missing.
# =============================================================================================
SC = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zuid-Veluwe Midden", kort="SWV Zuid-Veluwe Midden",
          code="VO 25-11", regio="Zuid-Veluwe Midden", gemeenten="Ede-Zuid, Heelsum, Renkerveld en Wageningse Berg",
          n_besturen=6, n_scholen=15, n_leerlingen="11.300", plaats="Renkerveld", periode="2026-2030", eindjaar=2030,
          directeur="A. (Anouk) Bosgra", school1="Pallas Athene Lyceum", rvt=5, fte="11,2", cao="VO",
          ict="Kindkans", opr_n=14, oogo_datum="17 februari 2026", opr_datum="26 maart 2026", vast_datum="9 april 2026",
          h_context="Het samenwerkingsverband", h_oogo="Gemeenten", h_vast="Vaststelling",
          scholentabel=[["Bestuur", "Aantal vestigingen", "Onderwijsaanbod"],
                        ["Stichting Christelijk VO Veluwezoom", "4", "vmbo (met lwoo), havo, vwo"],
                        ["Stichting Pallas", "2", "havo, vwo, tweetalig"],
                        ["Stichting Openbaar Onderwijs Renkerveld", "3", "vmbo, mavo, havo"],
                        ["Stichting Praktijkonderwijs Gelderse Vallei", "2", "praktijkonderwijs"],
                        ["Stichting Het Heuvelland (v)so", "3", "vso cluster 3 en 4"],
                        ["Stichting Reformatorisch VO Ede-Zuid", "1", "vmbo, havo, vwo"]])


def plan_c():
    s = SC
    b = [("title", "Koers op passend onderwijs"),
         ("subtitle", "Ondersteuningsplan 2026-2030 · Samenwerkingsverband VO Zuid-Veluwe Midden (VO 25-11)"),
         ("toc", None)]
    b += f_voorwoord(s, 0)
    b += f_context(s) + f_visie(s, 1)
    b += [("h1", "Thema 1: Het basisprofiel"),
          ("p", "In Zuid-Veluwe Midden noemen wij de basisondersteuning het basisprofiel. Het basisprofiel is wat "
                "iedere reguliere vo-school in ons samenwerkingsverband, op elke locatie, minimaal moet kunnen bieden "
                "aan leerlingen die extra aandacht nodig hebben. Alle besturen hebben zich aan het basisprofiel "
                "verbonden; scholen mogen erboven zitten, niet eronder."),
          ("p", "Het basisprofiel bestaat uit twaalf onderdelen:"),
          ("ol", ["Een vaste mentor met ten minste één mentorgesprek per leerling per periode.",
                  "Een ondersteuningscoördinator die de ondersteuning op de locatie coördineert.",
                  "Een zorg- en adviesteam (ZAT) met jeugdarts, leerplicht en schoolmaatschappelijk werk.",
                  "Signalering met een leerlingvolgsysteem voor cognitieve en sociaal-emotionele ontwikkeling.",
                  "Faciliteiten voor leerlingen met dyslexie en dyscalculie volgens het regionale protocol.",
                  "Remedial teaching voor Nederlands en rekenen in de onderbouw.",
                  "Een trainingsaanbod faalangst, weerbaarheid en sociale vaardigheden.",
                  "Huiswerkbegeleiding op school, minimaal twee middagen per week.",
                  "Een opvangplek (time-out) onder begeleiding, met een terugkeergesprek.",
                  "Een aanpak voor pesten en een anti-pestcoördinator.",
                  "Afspraken over medisch handelen en een protocol voor leerlingen met een chronische ziekte.",
                  "Een ontwikkelingsperspectiefplan voor iedere leerling met extra ondersteuning."]),
          ("p", "Scholen nemen het basisprofiel op in hun schoolgids. Voorbeelden van wat daar niet onder valt, zijn "
                "een kleine klas, individuele begeleiding door een gedragsspecialist of een aangepast "
                "lesprogramma: dat is extra ondersteuning.")]
    b += [("h1", "Thema 2: Van extra ondersteuning tot vso"),
          ("h2", "Het aanbod"),
          ("p", "Het ondersteuningsaanbod in onze regio is opgebouwd als een trap. De eerste trede is het "
                "basisprofiel. Daarboven staan de arrangementen die scholen zelf inrichten, zoals de "
                "plusklas op het Pallas Athene Lyceum, de kleine klassen op de vmbo-scholen en het "
                "trajectlokaal in Heelsum. Een trede hoger staan de regionale voorzieningen:"),
          ("ul", ["OPDC Het Kompas in Renkerveld: tijdelijk onderwijs in kleine groepen voor leerlingen in het "
                  "vmbo met een combinatie van leer- en gedragsproblemen; de leerling blijft ingeschreven op de eigen "
                  "school en keert na één tot twee jaar terug.",
                  "Tussenvoorziening De Tussenstap: een programma van maximaal twaalf weken voor leerlingen die "
                  "vastlopen, gericht op herstel en terugkeer naar de klas.",
                  "Het Entree-programma voor leerlingen uit pro en vso die nog geen diploma op mbo-niveau 2 "
                  "kunnen halen, samen met het ROC.",
                  "Het voortgezet speciaal onderwijs van Het Heuvelland (cluster 3 en 4) en, voor enkele "
                  "leerlingen, vso-scholen buiten de regio."]),
          ("p", "De school vraagt een plek in een regionale voorziening aan via het Ondersteuningsloket. Een "
                "consulent beoordeelt samen met de school binnen vier weken of de voorziening past."),
          ("h2", "Is het aanbod dekkend?"),
          ("p", "Wij horen van scholen dat er groepen leerlingen zijn voor wie het aanbod niet goed aansluit. Of en "
                "waar er witte vlekken zijn, brengen wij in het schooljaar 2026-2027 in kaart. Wat wij daarna gaan "
                "doen, hangt af van de uitkomsten van die analyse en wordt opgenomen in het jaarplan 2027-2028.")]
    b += [("h1", "Thema 3: Toelaatbaarheid"),
          ("h2", "Vso"),
          ("p", "Voor inschrijving in het vso heeft een leerling een toelaatbaarheidsverklaring nodig. De "
                "procedure is als volgt. De school waar de leerling staat ingeschreven, bespreekt de situatie in het "
                "ZAT en vraagt een consulent van het Ondersteuningsloket om mee te denken. Als de school en de "
                "consulent vinden dat het vso in beeld is, dient de school de aanvraag in via Kindkans. Twee "
                "deskundigen, een orthopedagoog of psycholoog en een tweede deskundige afhankelijk van de "
                "ondersteuningsvraag, brengen ieder een eigen advies uit. De Commissie van Toelaatbaarheid (CvT) "
                "neemt binnen acht weken na ontvangst van een volledige aanvraag een besluit en stelt daarbij de "
                "looptijd (één tot drie schooljaren) en de bekostigingscategorie vast."),
          ("p", "De CvT weegt de aanvraag aan de hand van het regionale afwegingskader. Dit kader wordt in 2026 "
                "herzien in samenspraak met de vso-scholen; na vaststelling wordt het op de website gepubliceerd."),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en praktijkonderwijs vraagt de vo-school waar de leerling is aangemeld de beschikking "
                "aan bij het Ondersteuningsloket, uiterlijk 1 april voorafgaand aan het eerste schooljaar. De CvT "
                "besluit binnen vier weken. De criteria die daarbij gelden, staan in de Aanvulling lwoo en pro, "
                "die als bijlage bij dit plan hoort.")]
    b += [("h1", "Thema 4: Terug naar regulier"),
          ("p", "Vso is in onze regio geen eindstation. Ons beleid is dat een leerling terugkeert naar het "
                "regulier onderwijs zodra de reguliere school, eventueel met een arrangement, kan bieden wat de "
                "leerling nodig heeft. Voorwaarden zijn dat de leerling ten minste een half jaar stabiel functioneert "
                "in het vso, dat er een passende reguliere school in de buurt is en dat de leerling zelf achter de "
                "overstap staat. De ontvangende school krijgt van het samenwerkingsverband een terugkeerbudget "
                "waarmee gedurende een jaar extra begeleiding kan worden ingezet; de vso-school levert in die "
                "periode ambulante begeleiding."),
          ("p", "Werkwijze: bij iedere jaarlijkse evaluatie van het OPP beoordeelt de vso-school of terugkeer "
                "mogelijk is. In het laatste jaar van de TLV meldt de vso-school vóór 1 december bij het "
                "Ondersteuningsloket of de leerling terugkeert, naar een andere school overgaat of een nieuwe TLV "
                "nodig heeft. Bij terugkeer zoekt de consulent samen met de vso-school een reguliere "
                "school en organiseert hij een overdrachtsgesprek; de overstap vindt in de regel plaats aan het begin "
                "van een schooljaar of na een vakantie. Is een nieuwe TLV nodig, dan beslist de CvT daarover vóór "
                "1 maart."),
          ("p", "Een leerling kan ook terugkeren tijdens de looptijd van de TLV. De vso-school neemt dan het "
                "initiatief en volgt dezelfde stappen.")]
    b += [("h1", "Thema 5: Kwaliteit en monitoring"),
          ("p", "Wij volgen de ontwikkelingen in ons samenwerkingsverband met een jaarlijkse kwaliteitsrapportage. "
                "Daarin staan ten minste: de deelname aan vso, pro en lwoo op 1 oktober in vergelijking met het "
                "landelijk beeld; het aantal aangevraagde en afgegeven TLV's en de doorlooptijden; het aantal "
                "leerlingen in het OPDC en de tussenvoorziening en hun vervolg een jaar later; het aantal "
                "terugplaatsingen; en het aantal thuiszitters volgens de leerplichtregistratie. De gegevens komen uit "
                "DUO, Kindkans en de registratie van de gemeenten."),
          ("p", "De kwaliteitsrapportage wordt elk jaar in mei besproken met de algemene vergadering, de Raad van "
                "Toezicht en de OPR en is de basis voor het jaarverslag. Daarnaast voeren wij met ieder bestuur een "
                "jaarlijkse kwaliteitsdialoog over de ondersteuning op de eigen scholen."),
          ("p", "Welke resultaten wij in deze planperiode willen bereiken, leggen wij jaarlijks vast in het jaarplan. "
                "De speerpunten daarvoor volgen uit de evaluatie van het vorige plan, die nog wordt afgerond.")]
    b += [("h1", "Thema 6: Financiën"),
          ("p", "De financiële vertaling van dit ondersteuningsplan, waaronder de verdeling van de middelen over "
                "de besturen, de meerjarenbegroting 2026-2030 en de risicoparagraaf, is opgenomen in het Financieel "
                "Kader Zuid-Veluwe Midden. Dit kader wordt als afzonderlijk document jaarlijks door de algemene "
                "vergadering vastgesteld en is te vinden op onze website.")]
    b += f_oogo(s, True) + f_governance(s) + f_opr(s, with_parents=False) + f_personeel(s) + f_privacy(s)
    b += f_kennisdeling(s) + f_inspectie(s)
    b += [("h1", "Aansluiting op het mbo"),
          ("p", "Een groot deel van onze leerlingen stroomt door naar het mbo. De overgang is voor leerlingen met "
                "een ondersteuningsbehoefte een kwetsbaar moment. Samen met de twee ROC's in de regio organiseren "
                "wij jaarlijks een overdrachtsmarkt waar ondersteuningscoördinatoren van vo en mbo elkaar ontmoeten. "
                "Voor pro- en vso-leerlingen is er het Entree-programma. Het regionale programma Voortijdig "
                "Schoolverlaten valt onder de RMC-regio en wordt niet in dit plan beschreven.")]
    b += f_vaststelling(s)
    b += [("h1", "Begrippen"),
          *begrippen([("Basisprofiel", "De basisondersteuning die elke school in Zuid-Veluwe Midden biedt."),
                      ("CvT", "Commissie van Toelaatbaarheid."),
                      ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terecht "
                       "kunnen met vragen over passend onderwijs."),
                      ("Verdeelmodel", "De manier waarop de ondersteuningsmiddelen over de besturen worden verdeeld."),
                      ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden geen onderwijs volgt."),
                      ("Meerjarenbegroting", "Financiële vooruitblik over meerdere jaren."),
                      ("Zorgplicht", "De plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden.")])]
    write_docx(b, os.path.join(OUT, "vo-zuid-veluwe-midden-koers-2026-2030.docx"),
               header="Koers op passend onderwijs 2026-2030", footer="SWV VO Zuid-Veluwe Midden · VO 25-11",
               font="Cambria", size=11)
    crit = crit_dict(["plaatsing.criteria", "financien.verdeling", "financien.besteding", "dekkend-aanbod.lacunes",
                      "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"])
    adv = {"plaatsing": ["deskundigen", "duur-categorie"]}
    notes = {"basisondersteuning": "Thema 1 'Het basisprofiel': minimum for every location (niveau) and a 12-item list of provisions (inhoud).",
             "plaatsing": "Thema 3: vso and lwoo/pro procedure (ZAT, Loket, Kindkans, CvT, 8/4 weeks, two deskundigen, duration/category), but criteria are only 'afwegingskader wordt in 2026 herzien' and an absent annex 'Aanvulling lwoo en pro'.",
             "terugstroom": "Thema 4 'Terug naar regulier': policy (conditions, terugkeerbudget, ambulante begeleiding) and procedure (OPP evaluation, report before 1 December, CvT before 1 March).",
             "financien": "Thema 6 only refers to the separate 'Financieel Kader' on the website; no verdeling or begroting in the body.",
             "dekkend-aanbod": "Thema 2: trap of provisions (school arrangements, OPDC, Tussenstap, Entree, vso), but gaps only 'brengen wij in 2026-2027 in kaart'; thuiszitters only in the OOGO theme list, the glossary and as a counted indicator in Thema 5, with no approach to them.",
             "resultaten": "Thema 5: yearly kwaliteitsrapportage with indicators, sources and reporting (monitoring), but intended results deferred to yearly jaarplannen.",
             "ouders": "No section on parents; OPR text names no parents; OJSP only in the Begrippen glossary."}
    st = dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="missing",
              **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing")
    write_label("vo-zuid-veluwe-midden-koers-2026-2030.expected.yaml",
                ["vo-zuid-veluwe-midden-koers-2026-2030.docx"], "vo", crit, adv, notes, st)


def to_po(blocks):
    """Adapt shared VO filler wording to a PO verband."""
    rep = [("jongeren", "kinderen"), ("jongere", "kind"), ("Jongeren", "Kinderen"),
           ("artikel 17a WVO (thans artikel 2.47 e.v. WVO 2020)", "artikel 18a WPO"),
           ("mentoren en ondersteuningscoördinatoren", "leerkrachten en intern begeleiders"),
           ("ondersteuningscoördinatoren", "intern begeleiders"), ("mentoren en docenten", "leerkrachten"),
           ("mentoren", "leerkrachten"), ("docenten", "leerkrachten"), ("regulier voortgezet onderwijs", "regulier basisonderwijs"),
           ("de helft bestaat uit ouders en leerlingen", "de helft bestaat uit ouders"),
           ("bestaat uit ouders en leerlingen", "bestaat uit ouders"), ("Ouders en leerlingen in de OPR", "Ouders in de OPR"),
           ("de overstap naar het voortgezet onderwijs", "de overstap naar het voortgezet onderwijs"),
           ("het samenwerkingsverband van de andere sector", "het samenwerkingsverband voortgezet onderwijs"),
           ("aansluiting onderwijs-arbeidsmarkt", "voorschoolse educatie")]
    out = []
    for k, t in blocks:
        if isinstance(t, str):
            for a, c in rep:
                t = t.replace(a, c)
        elif isinstance(t, list) and t and isinstance(t[0], str):
            nt = []
            for x in t:
                for a, c in rep:
                    x = x.replace(a, c)
                nt.append(x)
            t = nt
        out.append((k, t))
    return out


# =============================================================================================
# Plan D: PO, pdf. TS missing, RE missing (kwaliteitskader deferred), DA partial (no gap handling),
# OU partial (steunpunt yes, informatie deferred).
# =============================================================================================
SD = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Waterland-Noord", kort="SWV Waterland-Noord",
          code="PO 27-09", regio="Waterland-Noord", gemeenten="Broekerhaven, Ilpendijk, Oosthuizerveen en Schardam",
          n_besturen=9, n_scholen=41, n_leerlingen="8.700", plaats="Broekerhaven", periode="2026-2030", eindjaar=2030,
          directeur="R. (Ruud) Kaptein", school1="sbo De Windroos", rvt=3, fte="8,4", cao="PO",
          ict="OnderwijsTransparant", opr_n=10, oogo_datum="5 februari 2026", opr_datum="19 maart 2026",
          vast_datum="2 april 2026", h_context="1 Over ons samenwerkingsverband", h_gov="9 Bestuur en organisatie",
          h_oogo="8 Samenwerking met de gemeenten", h_vast="11 Vaststelling van dit plan",
          scholentabel=[["Bestuur", "Scholen", "Waarvan sbo/so"],
                        ["Stichting Openbaar Primair Onderwijs Waterland", "12", "1 sbo"],
                        ["Stichting Katholiek Onderwijs Broekerhaven", "9", "-"],
                        ["Vereniging PCBO Ilpendijk", "7", "-"],
                        ["Stichting Flore (so)", "2", "2 so (cluster 3 en 4)"],
                        ["Stichting Dalton Schardam", "4", "-"],
                        ["Overige besturen (4, eenpitters)", "7", "-"]])


def plan_d():
    s = SD
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "SWV Passend Primair Onderwijs Waterland-Noord (PO 27-09): Ieder kind een plek"),
         ("pagebreak", None), ("toc", None), ("pagebreak", None)]
    fill = f_voorwoord(s, 1) + f_context(s) + f_visie(s, 0)
    b += fill
    b += [("h1", "2 Terugblik 2022-2026"),
          ("p", "In de vorige planperiode hebben wij veel in gang gezet. Het loket is verhuisd naar het "
                "Onderwijshuis in Broekerhaven, wij organiseerden vier regionale studiedagen, de website is "
                "vernieuwd en er is een netwerk hoogbegaafdheid gestart. Ook heeft het samenwerkingsverband een "
                "nieuwe directeur-bestuurder gekregen en is de overstap naar het raad-van-toezichtmodel afgerond. "
                "De evaluatie van het vorige plan laten wij in 2026 uitvoeren door een extern bureau."),
          ("h1", "3 Basisondersteuning"),
          ("p", "De basisondersteuning is het geheel van preventieve en licht curatieve interventies dat iedere "
                "basisschool in Waterland-Noord biedt, binnen de eigen ondersteuningsstructuur en onder regie van "
                "de school. De besturen hebben dit niveau samen vastgesteld; het geldt voor alle 39 reguliere "
                "scholen en is de ondergrens waaraan elke school moet voldoen."),
          ("p", "Concreet betekent dit dat ouders op elke basisschool in onze regio het volgende kunnen verwachten:"),
          ("table", [["Onderdeel", "Wat elke school biedt"],
                     ["Intern begeleider", "Ten minste 1 dag per week per 200 leerlingen, met tijd voor "
                      "groepsbesprekingen en leerlingbesprekingen."],
                     ["Handelingsgericht werken", "Drie keer per jaar groepsbesprekingen; een groepsplan of "
                      "groepsoverzicht per groep."],
                     ["Lezen en dyslexie", "Vroegsignalering in groep 2 en 3, het Protocol Leesproblemen en "
                      "Dyslexie, en intensieve leesbegeleiding voor zwakke lezers."],
                     ["Rekenen en dyscalculie", "Het Protocol ERWD en extra instructie in kleine groepjes."],
                     ["Gedrag en welbevinden", "Een methode voor sociaal-emotionele ontwikkeling, een "
                      "gedragsprotocol en een anti-pestcoördinator."],
                     ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de "
                      "groep."],
                     ["Taal en NT2", "Extra taalaanbod voor kinderen met een taalachterstand."],
                     ["Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen."],
                     ["Samenwerking", "Een ondersteuningsteam met ten minste de IB'er, de schoolmaatschappelijk "
                      "werker en de jeugdverpleegkundige."]]),
          ("p", "Eens per twee jaar bezoekt een auditor van het samenwerkingsverband iedere school en toetst de "
                "basisondersteuning aan deze tabel. Bij tekortkomingen stelt het bestuur van de school een "
                "verbeterplan op.")]
    b += [("h1", "4 Extra ondersteuning en arrangementen"),
          ("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, bespreekt de school het kind in het "
                "ondersteuningsteam. De school kan dan een arrangement inzetten. Wij kennen drie vormen:"),
          ("ul", ["Schoolarrangementen: extra ondersteuning in de eigen school, betaald uit het schoolbudget "
                  "(bijvoorbeeld een onderwijsassistent, een rugzakje begeleiding of een aangepast programma).",
                  "Bovenschoolse arrangementen: de Taalklas in Ilpendijk (nieuwkomers, max. 1 jaar), de Plusklas "
                  "(een dagdeel per week voor hoogbegaafde kinderen), de Observatiegroep op sbo De Windroos "
                  "(max. 12 weken) en ambulante begeleiding vanuit het so.",
                  "Speciaal (basis)onderwijs: sbo De Windroos en de so-scholen van Stichting Flore, met een TLV."]),
          ("p", "Voor kinderen die naast onderwijs ook zorg nodig hebben, maken wij met de gemeenten onderwijs-"
                "zorgarrangementen, bijvoorbeeld een combinatie van so en dagbehandeling. Het aanvragen van een "
                "bovenschools arrangement gaat via het Loket; een consulent sluit aan bij het ondersteuningsteam."),
          ("p", "Of het aanbod in de regio voldoende dekkend is, onderzoeken wij in 2027. Een regionale aanpak voor "
                "kinderen die thuiszitten volgt uit het gesprek met de gemeenten.")]
    b += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("h2", "5.1 Wie vraagt aan en hoe?"),
          ("p", "Het schoolbestuur van de school waar het kind staat ingeschreven, vraagt de "
                "toelaatbaarheidsverklaring aan bij het Loket. De school voegt het OPP, het groeidocument, "
                "een verslag van het ondersteuningsteam en het ingevulde ouderformulier toe. De Commissie "
                "Toelaatbaarheid (CTO) vraagt twee deskundigen om een afzonderlijk advies: altijd een orthopedagoog "
                "of psycholoog, en een tweede deskundige zoals een maatschappelijk werker, arts of "
                "kinderpsychiater. De CTO beslist binnen zes weken en stuurt ouders een kopie van de adviezen."),
          ("h2", "5.2 Criteria"),
          ("p", "Een kind is toelaatbaar tot het sbo als het ondanks een jaar extra ondersteuning met OPP op de "
                "basisschool onvoldoende tot ontwikkeling komt, er sprake is van een achterstand op ten minste twee "
                "leergebieden én een ondersteuningsbehoefte op het gebied van werkhouding of gedrag, en het kind "
                "een kleinere groep met specifieke expertise nodig heeft."),
          ("p", "Een kind is toelaatbaar tot het so (cluster 3 of 4) als de ondersteuningsbehoefte zo intensief of "
                "specifiek is dat ook het sbo niet toereikend is, bijvoorbeeld bij een (zeer) moeilijk lerend "
                "profiel, een lichamelijke beperking of langdurige ziekte die veel zorg in de klas vraagt, of "
                "ernstige psychiatrische of gedragsproblematiek waarbij een therapeutisch klimaat nodig is."),
          ("h2", "5.3 Duur, categorie en bezwaar"),
          ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor twee "
                "schooljaren in categorie laag, midden of hoog, afhankelijk van de ondersteuningsbehoefte. Tegen "
                "een besluit kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken; het "
                "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie.")]
    b += [("h1", "6 Ouders"),
          ("p", "Ouders zijn de eerste partner van de school. Ouders zijn betrokken bij het opstellen van het OPP "
                "en worden uitgenodigd voor het ondersteuningsteam wanneer hun kind wordt besproken. In de OPR "
                "hebben vijf ouders zitting."),
          ("p", "Soms zijn ouders het niet eens met de school of het samenwerkingsverband, of weten zij niet goed "
                "waar zij aan toe zijn. Zij kunnen dan terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt "
                "Waterland (telefonisch en via het inloopspreekuur in de bibliotheek van Broekerhaven), dat advies "
                "geeft, kan meegaan naar gesprekken en kan bemiddelen. Ook kunnen ouders gratis een "
                "onderwijsconsulent inschakelen en een geschil over het OPP, toelating of verwijdering voorleggen "
                "aan de Geschillencommissie passend onderwijs."),
          ("p", "De manier waarop wij ouders informeren over de ondersteuningsmogelijkheden in de regio wordt "
                "herzien. In 2027 stellen wij een nieuw communicatieplan vast; tot die tijd wordt dit onderdeel "
                "nader uitgewerkt.")]
    b += [("h1", "7 Financieel kader"),
          ("h2", "7.1 Verdeling"),
          ("p", "Waterland-Noord werkt met een schoolmodel. Na aftrek van de verplichte afdrachten voor het so en "
                "de bekostiging van het sbo boven de 2%-grens (peildatum 1 februari) gaat het overgrote deel van de "
                "middelen naar de besturen: € 210 per leerling op 1 oktober, plus € 6.000 per school. Het "
                "samenwerkingsverband houdt middelen achter voor de bovenschoolse arrangementen, het Loket, de "
                "deskundigen en het bureau. Het bestuur stelt de bedragen elk jaar bij de begroting vast."),
          ("h2", "7.2 Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "11.480", "11.350", "11.210", "11.090"],
                     ["Afdracht so (DUO)", "-4.620", "-4.580", "-4.540", "-4.500"],
                     ["Overdracht sbo boven 2%", "-1.310", "-1.290", "-1.260", "-1.240"],
                     ["Schoolbudgetten besturen", "2.070", "2.040", "2.010", "1.980"],
                     ["Bovenschoolse arrangementen", "1.840", "1.860", "1.870", "1.880"],
                     ["Loket, deskundigen en bureau", "1.060", "1.070", "1.080", "1.090"],
                     ["Resultaat", "580", "510", "450", "400"]]),
          ("p", "Besturen verantwoorden de besteding van hun schoolbudget in het jaarverslag van het bestuur en in "
                "een korte jaarlijkse rapportage aan het samenwerkingsverband.")]
    b += f_oogo(s, True) + f_governance(s)
    b += [("h1", "10 Kwaliteitszorg"),
          ("p", "Het samenwerkingsverband wil een lerende organisatie zijn. In het schooljaar 2026-2027 ontwikkelen "
                "wij een kwaliteitskader, met daarin de beoogde resultaten voor kinderen met een "
                "ondersteuningsbehoefte en de manier waarop wij die gaan volgen. Tot dat kader is vastgesteld: p.m.")]
    b += f_personeel(s) + f_kennisdeling(s) + f_opr(s, True) + f_privacy(s) + f_inspectie(s) + f_vaststelling(s)
    b += [("h1", "Bijlage A Begrippenlijst"),
          *begrippen([("Arrangement", "Een pakket extra ondersteuning voor een kind of groep."),
                      ("Dekkend aanbod", "Voor ieder kind is er een passende plek in de regio."),
                      ("Terugplaatsing", "De overstap van een kind van sbo of so naar het regulier basisonderwijs."),
                      ("Resultaten", "Wat het samenwerkingsverband voor kinderen bereikt."),
                      ("Thuiszitter", "Leerplichtig kind dat geen onderwijs volgt."),
                      ("OJSP", "Ouder- en jeugdsteunpunt."),
                      ("2%-regeling", "Regeling voor de bekostiging van het sbo boven 2% van het leerlingaantal.")])]
    b = [(k, t) for k, t in to_po(b)]
    docx_to_pdf(b, "po-waterland-noord-ondersteuningsplan-2026-2030.pdf",
                header="SWV Waterland-Noord · Ondersteuningsplan 2026-2030",
                footer="PO 27-09 · Ieder kind een plek", font="Verdana", size=9.5)
    crit = crit_dict(["terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
                      "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {"basisondersteuning": "Ch. 3: level for all 39 regular schools (niveau) and a table of what every school offers (inhoud); biennial audit.",
             "plaatsing": "Ch. 5: Loket/CTO procedure, two deskundigen, 6 weeks, separate sbo and so criteria, duration, category, bezwaar via Landelijke Bezwaaradviescommissie.",
             "terugstroom": "Nothing on return from sbo/so to regular education; 'Terugplaatsing' only in the glossary (Bijlage A).",
             "financien": "Ch. 7 Financieel kader: schoolmodel EUR 210 per leerling + EUR 6.000 per school, meerjarenbegroting 2026-2029 table.",
             "dekkend-aanbod": "Ch. 4: school/bovenschoolse arrangementen, sbo/so and OZA (continuum), but coverage 'onderzoeken wij in 2027' and thuiszitter approach only announced.",
             "resultaten": "Ch. 10 Kwaliteitszorg only defers ('ontwikkelen wij een kwaliteitskader', 'p.m.'); Terugblik lists activities, no results.",
             "ouders": "Ch. 6: independent Ouder- en Jeugdsteunpunt, onderwijsconsulent, Geschillencommissie (steunpunt); how parents are informed is deferred to a 2027 communicatieplan."}
    st = dict(basisondersteuning="present", plaatsing="present", terugstroom="missing", financien="present",
              **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="partial")
    write_label("po-waterland-noord-ondersteuningsplan-2026-2030.expected.yaml",
                ["po-waterland-noord-ondersteuningsplan-2026-2030.pdf"], "po", crit, adv, notes, st)


# =============================================================================================
# Plan E: VO, html ("op hoofdlijnen" web version). BO, PL and DA missing (deferred / referred to
# website and absent bijlage), TS partial (procedure only), FI, RE and OU present.
# =============================================================================================
SE = dict(naam="Samenwerkingsverband VO Stad en Dijk", kort="Stad en Dijk", code="VO 28-03", regio="Stad en Dijk",
          gemeenten="Dijkstede, Polderwaard en Oudewater-Zuid", n_besturen=4, n_scholen=16, n_leerlingen="12.900",
          plaats="Dijkstede", periode="2026-2030", eindjaar=2030, directeur="drs. H. (Hatice) Yildiz",
          school1="Stedelijk Gymnasium Dijkstede", rvt=5, fte="12,0", cao="VO", ict="Kindkans", opr_n=12,
          oogo_datum="24 februari 2026", opr_datum="1 april 2026", vast_datum="15 april 2026",
          h_context="Stad en Dijk in het kort", h_oogo="Overleg met de gemeenten", h_vast="Procedure en looptijd",
          scholentabel=[["Bestuur", "Scholen"],
                        ["Stichting Voortgezet Onderwijs Dijkstede", "Stedelijk Gymnasium, Dijkstede College, "
                         "Polderwaard Mavo, Technasium Dijkstede"],
                        ["Stichting Katholiek Onderwijs Stad en Dijk", "Bonifatius College (3 locaties), "
                         "Praktijkcollege Sint-Jozef"],
                        ["Stichting Openbaar VO Polderwaard", "RSG Polderwaard (2 locaties), vmbo De Dijk"],
                        ["Stichting Orion (v)so", "Orion vso cluster 4, Het Anker vso cluster 3, Orion Next"]])


def plan_e():
    s = SE
    b = [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Stad en Dijk"),
         ("subtitle", "Webversie · vastgesteld 15 april 2026 · dit plan beschrijft de hoofdlijnen; de uitwerking "
                      "staat in de bijlagen en het jaarplan"),
         ("toc", None)]
    b += f_voorwoord(s, 1) + f_context(s) + f_visie(s, 0)
    b += [("h1", "Ondersteuning op de scholen"),
          ("p", "Iedere school in Stad en Dijk biedt basisondersteuning. De afspraken over de inhoud en het niveau van "
                "de basisondersteuning worden in het schooljaar 2026-2027 herijkt, zodra duidelijk is hoe de "
                "landelijke norm basisondersteuning wettelijk wordt verankerd. Tot die tijd verwijzen wij voor de "
                "basisondersteuning naar de schoolgidsen van de scholen."),
          ("p", "Wat er in onze regio aan extra ondersteuning, arrangementen en voorzieningen beschikbaar is, "
                "verandert regelmatig. Daarom nemen wij dat overzicht niet op in dit plan. Het actuele overzicht "
                "staat in de Ondersteuningswijzer op onze website."),
          ("h1", "Toewijzing en toelaatbaarheid"),
          ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het vso, over toelaatbaarheid tot het "
                "praktijkonderwijs en over de aanwijzing voor lwoo. De procedures en criteria zijn vastgelegd in het "
                "Toewijzingsreglement Stad en Dijk 2026 (bijlage 3 bij dit plan). Het reglement wordt jaarlijks "
                "geactualiseerd door het bestuur, na advies van de ondersteuningsplanraad."),
          ("h2", "Afloop van een TLV"),
          ("p", "De vso-school evalueert ieder jaar het OPP van de leerling. In het laatste jaar waarvoor een TLV is "
                "afgegeven, organiseert de vso-school uiterlijk 1 februari een evaluatiegesprek met de leerling, de "
                "ouders en een adviseur van het Loket. In dat gesprek wordt vastgesteld of de leerling "
                "teruggaat naar het regulier onderwijs, overstapt naar een andere school of dat een nieuwe TLV wordt "
                "aangevraagd. De adviseur van het Loket legt de uitkomst vast en zorgt bij een overstap voor de "
                "aanmelding bij de nieuwe school en de overdracht van het dossier vóór 1 juni. Een aanvraag voor "
                "een nieuwe TLV wordt vóór 1 april ingediend.")]
    b += [("h1", "Financiën"),
          ("h2", "Verdeelsystematiek"),
          ("p", "Het samenwerkingsverband ontvangt de rijksbijdrage voor lichte en zware ondersteuning en voor lwoo en "
                "pro. De verdeling gebeurt volgens vaste regels die het bestuur jaarlijks bij de begroting "
                "vaststelt:"),
          ("ol", ["De afdracht aan DUO voor leerlingen in het vso en de groeiregeling vso worden eerst afgetrokken.",
                  "De lwoo- en pro-middelen gaan volledig naar de scholen die lwoo en pro verzorgen, op basis van "
                  "het aantal leerlingen met een aanwijzing of TLV op 1 oktober.",
                  "Van het resterende bedrag gaat 75 procent als schoolbudget naar de besturen: € 180 per leerling, "
                  "met een minimum van € 40.000 per school.",
                  "De overige 25 procent is bestemd voor bovenschoolse voorzieningen, het Loket en het bureau."]),
          ("p", "Besturen leggen jaarlijks in april verantwoording af over de besteding van het schoolbudget aan "
                "de hand van een vast format; de accountant toetst de rechtmatigheid."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte en zware ondersteuning", "10.940", "10.820", "10.700", "10.610"],
                     ["Rijksbijdrage lwoo en pro", "4.260", "4.210", "4.170", "4.120"],
                     ["Afdracht vso en groeiregeling", "-4.880", "-4.860", "-4.830", "-4.800"],
                     ["Doorbetaling lwoo en pro", "-4.260", "-4.210", "-4.170", "-4.120"],
                     ["Schoolbudgetten", "-4.550", "-4.490", "-4.430", "-4.390"],
                     ["Bovenschoolse voorzieningen", "-1.050", "-1.060", "-1.070", "-1.080"],
                     ["Loket en bureau", "-560", "-570", "-580", "-590"],
                     ["Saldo", "-100", "-160", "-210", "-250"]]),
          ("p", "De begrote tekorten worden gedekt uit de reserve. Het weerstandsvermogen daalt daarmee van 14 "
                "procent van de baten eind 2025 naar ongeveer 8 procent in 2029.")]
    b += [("h1", "Ouders en jongeren"),
          ("h2", "Hoe informeren wij ouders?"),
          ("p", "Ouders vinden informatie over de ondersteuning in de regio op de ouderpagina van onze website en in "
                "de Ondersteuningswijzer, die per school laat zien welke ondersteuning er is. Basisscholen geven "
                "ouders van leerlingen in groep 7 en 8 de brochure 'Naar de middelbare school met extra "
                "ondersteuning'. In oktober en februari houden wij informatiebijeenkomsten voor ouders. Op elke "
                "school is de ondersteuningscoördinator het aanspreekpunt voor ouders."),
          ("h2", "Waar kunnen ouders terecht?"),
          ("p", "Ouders en jongeren die vastlopen, kunnen terecht bij het Steunpunt Ouders en Jongeren Stad en Dijk. "
                "Het steunpunt is onafhankelijk van de scholen en het samenwerkingsverband en helpt bij vragen, "
                "gesprekken en onenigheid. Ook kunnen ouders een onderwijsconsulent inschakelen. Klachten over het "
                "samenwerkingsverband kunnen worden ingediend volgens de klachtenregeling; voor geschillen over "
                "toelating, verwijdering en het OPP is er de Geschillencommissie passend onderwijs."),
          ("h2", "Stem van ouders en jongeren"),
          ("p", "De helft van de ondersteuningsplanraad bestaat uit ouders en leerlingen. Jaarlijks organiseren wij "
                "een ouderpanel dat meedenkt over het beleid.")]
    b += [("h1", "Wat willen we bereiken?"),
          ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in deze planperiode het volgende "
                "bereiken:"),
          ("table", [["Doel", "Nu (2025)", "Doel 2030"],
                     ["Deelname vso op 1 oktober", "4,2%", "3,7%"],
                     ["Leerlingen met een OPP die het schooljaar afsluiten met een diploma of bevordering",
                      "81%", "88%"],
                     ["Leerlingen uit het vso die uitstromen naar vervolgonderwijs of werk", "72%", "80%"],
                     ["Tevredenheid ouders over de ondersteuning (1-10)", "6,9", "7,5"]]),
          ("p", "Wij volgen deze doelen met de monitor Passend Onderwijs, die het bureau elk half jaar vult met "
                "gegevens van DUO, de scholen en de oudervragenlijst. De monitor wordt besproken met het bestuur, de "
                "Raad van Toezicht en de OPR. In het jaarverslag rapporteren wij over de bereikte resultaten en over "
                "de middelen die daaraan zijn besteed. Wanneer wij een doel niet halen, stellen wij het jaarplan bij.")]
    b += f_oogo(s, detail=False) + f_governance(s) + f_personeel(s) + f_kennisdeling(s) + f_opr(s, True)
    b += f_communicatie_scholen(s) + f_privacy(s) + f_inspectie(s)
    b += [("h1", "Integriteit en governancecode"),
          ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur van de VO-raad. Jaarlijks bespreekt de Raad van "
                "Toezicht met de directeur-bestuurder de naleving van de code en eventuele afwijkingen; die worden in "
                "het jaarverslag toegelicht. Nevenfuncties van bestuurder en toezichthouders worden op de website "
                "gepubliceerd. Voor medewerkers geldt een integriteitscode en er is een regeling voor het melden "
                "van vermoedens van misstanden. Bij de inkoop van diensten volgen wij een inkoopbeleid met "
                "drempelbedragen, zodat opdrachten boven € 50.000 altijd meervoudig onderhands worden uitgezet."),
          ("p", "Het bureau is gehuisvest in het Onderwijshuis in Dijkstede, dat wij delen met het "
                "samenwerkingsverband primair onderwijs en de afdeling leerplicht. Deze gezamenlijke huisvesting "
                "maakt korte lijnen mogelijk en bespaart kosten. Het huurcontract loopt tot en met 2031.")]
    b += [("h1", "Jaarplan en planning"),
          ("p", "Dit plan geeft de hoofdlijnen. Het bestuur stelt ieder jaar een jaarplan en een jaarbegroting op. "
                "In het jaarplan staan de activiteiten voor dat schooljaar, zoals de herijking van de "
                "basisondersteuning (2026-2027), de vervanging van het registratiesysteem (2027) en de herziening "
                "van het Toewijzingsreglement."),
          ("table", [["Schooljaar", "Belangrijkste activiteiten"],
                     ["2026-2027", "Herijking basisondersteuning; start nieuw registratiesysteem"],
                     ["2027-2028", "Evaluatie Toewijzingsreglement; tussenevaluatie plan"],
                     ["2028-2029", "Actualisatie Ondersteuningswijzer"],
                     ["2029-2030", "Evaluatie en voorbereiding nieuw plan"]])]
    b += f_vaststelling(s)
    b += [("h1", "Bijlagen"),
          ("ul", ["Bijlage 1 Begrippenlijst", "Bijlage 2 Verslag OOGO", "Bijlage 3 Toewijzingsreglement Stad en Dijk "
                  "2026 (afzonderlijk document)", "Bijlage 4 Instemmingsbrief OPR"]),
          ("h2", "Bijlage 1 Begrippenlijst"),
          *begrippen([("Basisondersteuning", "Ondersteuning die elke school biedt, zonder aanvraag."),
                      ("Dekkend aanbod", "Voor iedere leerling een passende plek."),
                      ("OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke voorziening voor vmbo-leerlingen."),
                      ("Thuiszitter", "Leerplichtige jongere zonder onderwijs."),
                      ("TLV", "Toelaatbaarheidsverklaring voor vso of pro."),
                      ("Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden.")])]
    write_html(b, os.path.join(OUT, "vo-stad-en-dijk-ondersteuningsplan.html"),
               "Ondersteuningsplan 2026-2030 | SWV VO Stad en Dijk")
    crit = crit_dict(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                      "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
                      "dekkend-aanbod.lacunes"])
    adv = {"financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {"basisondersteuning": "'Ondersteuning op de scholen': only 'wordt in 2026-2027 herijkt' and a referral to the schoolgidsen; no level or content.",
             "plaatsing": "'Toewijzing en toelaatbaarheid': procedures and criteria referred to absent bijlage 3 Toewijzingsreglement.",
             "terugstroom": "'Afloop van een TLV': procedure (yearly OPP evaluation, meeting before 1 February in the last TLV year, Loket records outcome), but no policy aims/conditions/support after return.",
             "financien": "'Financiën': numbered verdeelsystematiek (EUR 180 per leerling, 75/25) and meerjarenbegroting 2026-2029 table; reserves and verantwoording.",
             "dekkend-aanbod": "Overview of arrangementen/voorzieningen only in the website 'Ondersteuningswijzer'; no gap/thuiszitter handling; OPDC/thuiszitter/zorgplicht only in the glossary.",
             "resultaten": "'Wat willen we bereiken?': targets table with baseline 2025 and 2030, half-yearly monitor, reporting to bestuur/RvT/OPR and jaarverslag.",
             "ouders": "'Ouders en jongeren': ouderpagina, Ondersteuningswijzer, brochure, meetings (informatie); independent Steunpunt Ouders en Jongeren, onderwijsconsulent, klachtenregeling (steunpunt)."}
    st = dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial", financien="present",
              **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present")
    write_label("vo-stad-en-dijk-ondersteuningsplan.expected.yaml", ["vo-stad-en-dijk-ondersteuningsplan.html"],
                "vo", crit, adv, notes, st)


# =============================================================================================
# F: near-miss. A single VO school's schoolondersteuningsprofiel (SOP) 2026-2027, heavy on the
# same vocabulary (basisondersteuning, TLV, lwoo, samenwerkingsverband, ouders, middelen).
# =============================================================================================
def near_miss_f():
    b = [("title", "Schoolondersteuningsprofiel 2026-2027"),
         ("subtitle", "Het Baken College · vmbo-basis/kader/gl-tl met lwoo · locatie Havenstraat, Overwaarde"),
         ("p", "Vastgesteld door de schoolleiding op 12 mei 2026, na advies van de medezeggenschapsraad. Dit "
               "schoolondersteuningsprofiel maakt deel uit van de schoolgids."),
         ("toc", None),
         ("h1", "1 Inleiding"),
         ("p", "Iedere school in Nederland beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning "
               "zij aan leerlingen kan bieden. Het Baken College is aangesloten bij het Samenwerkingsverband VO "
               "Rivierenland-Oost. Het samenwerkingsverband heeft in zijn ondersteuningsplan 2026-2030 afspraken "
               "gemaakt over de basisondersteuning die elke school biedt. In dit profiel leest u hoe wij die "
               "afspraken op onze school invullen en welke extra ondersteuning wij bieden. Het ondersteuningsplan "
               "van het samenwerkingsverband vindt u op de website van het samenwerkingsverband."),
         ("p", "Het Baken College telt 640 leerlingen, van wie ongeveer 45 procent een aanwijzing voor "
               "leerwegondersteunend onderwijs (lwoo) heeft. Wij werken in kleine klassen in de onderbouw (maximaal "
               "20 leerlingen) en met een vast mentorteam per leerjaar."),
         ("h1", "2 Onze visie op ondersteuning"),
         ("p", "Op Het Baken College mag je zijn wie je bent. Wij geloven dat iedere leerling talenten heeft en dat "
               "structuur, duidelijkheid en een veilige relatie met de mentor de basis zijn om die talenten te "
               "ontwikkelen. Ouders zijn voor ons belangrijke partners: wij zien elkaar minstens drie keer per jaar "
               "bij de mentorgesprekken."),
         ("h1", "3 Basisondersteuning op Het Baken College"),
         ("p", "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent "
               "dat op onze school:"),
         ("ul", ["een mentor met twee mentoruren per week in leerjaar 1 en 2;",
                 "een ondersteuningscoördinator (0,8 fte) en een orthopedagoog (0,4 fte);",
                 "een dyslexiecoach en faciliteiten volgens ons dyslexieprotocol;",
                 "trainingen faalangst, sociale vaardigheden en Rots en Water;",
                 "een time-outlokaal (De Haven) met een vaste begeleider;",
                 "huiswerkklas op maandag tot en met donderdag tot 16.00 uur;",
                 "een zorg- en adviesteam met jeugdarts, leerplicht en schoolmaatschappelijk werk."]),
         ("h1", "4 Extra ondersteuning"),
         ("p", "Naast de basisondersteuning biedt Het Baken College extra ondersteuning. Wij hebben een "
               "trajectvoorziening waar leerlingen tijdelijk een deel van de lessen kunnen volgen, en een "
               "onderbouwklas voor leerlingen met een autismespectrumstoornis (maximaal 12 leerlingen). Voor deze "
               "arrangementen ontvangt de school middelen van het samenwerkingsverband. Leerlingen met extra "
               "ondersteuning hebben een ontwikkelingsperspectiefplan (OPP), dat wij samen met leerling en ouders "
               "opstellen en twee keer per jaar evalueren."),
         ("h2", "Grenzen aan onze ondersteuning"),
         ("p", "Wij kunnen geen passend onderwijs bieden aan leerlingen die langdurig één-op-één begeleiding nodig "
               "hebben, aan leerlingen die structureel een gevaar vormen voor zichzelf of anderen, en aan leerlingen "
               "die verpleegkundige zorg tijdens de lessen nodig hebben. In die gevallen zoeken wij samen met ouders "
               "en het samenwerkingsverband naar een passende plek."),
         ("h1", "5 Aanmelding en toelating"),
         ("p", "Ouders melden hun kind bij ons aan vóór 1 maart. Als uw kind extra ondersteuning nodig heeft, "
               "onderzoeken wij binnen zes weken (eventueel verlengd met vier weken) of wij die ondersteuning kunnen "
               "bieden. Kunnen wij dat niet, dan zoeken wij in overleg met u een andere school die dat wel kan "
               "(zorgplicht). Voor lwoo vragen wij, met de gegevens van de basisschool, een aanwijzing aan bij het "
               "samenwerkingsverband."),
         ("h1", "6 Als onze school niet passend is: vso"),
         ("p", "Soms heeft een leerling meer nodig dan wij kunnen bieden. Dan kan de school bij het "
               "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs "
               "aanvragen. Het samenwerkingsverband beslist daarover. Wij bespreken een aanvraag altijd eerst met u. "
               "Ook de terugkeer van leerlingen uit het vso bereiden wij samen met de vso-school voor; een leerling "
               "die bij ons terugkomt, krijgt een vaste coach."),
         ("h1", "7 Ouders"),
         ("p", "Ouders zijn welkom op school. U wordt via Magister en de nieuwsbrief op de hoogte gehouden. Bij "
               "vragen over ondersteuning kunt u contact opnemen met de mentor of de ondersteuningscoördinator. "
               "Bent u het niet eens met een besluit van de school, dan kunt u een klacht indienen volgens de "
               "klachtenregeling van ons bestuur; ook kunt u terecht bij het Ouder- en Jeugdsteunpunt van het "
               "samenwerkingsverband."),
         ("h1", "8 Onze ambities voor 2026-2027"),
         ("ul", ["Alle mentoren volgen de training 'gesprekken met ouders en leerling' (najaar 2026).",
                 "Wij breiden de huiswerkklas uit naar vrijdag.",
                 "Het aantal leerlingen dat in leerjaar 3 uitvalt, daalt van 9 naar 5."]),
         ("h1", "9 Financiën"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget en lwoo-middelen. Deze middelen "
               "zetten wij in voor de kleine klassen, de trajectvoorziening, de ondersteuningscoördinator en de "
               "orthopedagoog. Over de besteding leggen wij verantwoording af aan het samenwerkingsverband."),
         ("h1", "10 Contact"),
         ("p", "Het Baken College, Havenstraat 14, Overwaarde. Ondersteuningscoördinator: mevrouw L. de Boer. "
               "Teamleider onderbouw: de heer K. Achterberg.")]
    write_docx(b, os.path.join(OUT, "het-baken-college-schoolondersteuningsprofiel-2026.docx"),
               header="Het Baken College · SOP 2026-2027", footer="Onderdeel van de schoolgids 2026-2027")
    q = ("A single VO school's schoolondersteuningsprofiel (part of its schoolgids), not the ondersteuningsplan of a "
         "samenwerkingsverband; it refers to the SWV's plan and uses the same vocabulary (basisondersteuning, TLV, "
         "lwoo, OJSP, schoolbudget).")
    with open(os.path.join(OUT, "het-baken-college-schoolondersteuningsprofiel-2026.expected.yaml"), "w",
              encoding="utf-8") as f:
        f.write("documents: [het-baken-college-schoolondersteuningsprofiel-2026.docx]\nsector: vo\n"
                "looks_like_plan: false\nelements: {}\ncriteria: {}\nadvisory_addressed: {}\n"
                f"notes:\n  document: \"{q}\"\n")


def main():
    plan_a()
    plan_b()
    plan_c()
    plan_d()
    plan_e()
    near_miss_f()


if __name__ == "__main__":
    main()
