#!/usr/bin/env python3
"""Generate the holdout320 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, each with an .expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Generic filler (sections that real plans contain but that address none of the seven elements)
# --------------------------------------------------------------------------------------------

FILLER = {
    "dank": (
        "Een ondersteuningsplan schrijf je niet alleen. In de afgelopen anderhalf jaar spraken wij met "
        "directeuren, intern begeleiders, leerkrachten, bestuurders, gemeenten en de leden van de "
        "ondersteuningsplanraad. Zij hielden ons scherp op de vraag wat passend onderwijs in {regio} in de "
        "praktijk betekent. Wij zijn hen daarvoor dankbaar. Dit plan is daarmee het resultaat van een "
        "gezamenlijke zoektocht en geen eindpunt: wij blijven het de komende jaren bespreken, in het bestuur, "
        "in de netwerken en in de OPR."
    ),
    "leeswijzer": (
        "Dit plan volgt grotendeels de indeling die u van ons gewend bent. Na deze inleiding schetsen we de "
        "regio en de ontwikkelingen die op ons afkomen. Daarna beschrijven we onze visie en de uitgangspunten "
        "waarop de keuzes in dit plan rusten. De hoofdstukken daarna volgen de onderwerpen die de wet voor een "
        "ondersteuningsplan voorschrijft. Wij sluiten af met de organisatie, de planning en een lijst met "
        "begrippen. Waar in de tekst 'scholen' staat, bedoelen we de scholen van de aangesloten besturen, "
        "tenzij anders vermeld."
    ),
    "regio": (
        "{naam} omvat de gemeenten {gemeenten}. In het gebied wonen ongeveer {inwoners} mensen. De regio kent "
        "zowel stedelijke wijken met een jonge bevolking als dorpen waar het aantal kinderen al jaren daalt. "
        "Die verschillen zien we terug in de scholen: naast grote scholen staan kleine dorpsscholen met "
        "combinatiegroepen. Voor de komende planperiode verwachten de gemeenten per saldo een lichte daling "
        "van het aantal leerlingen in het {sectortaal}, met uitzondering van enkele nieuwbouwwijken."
    ),
    "kengetallen": (
        "Bij ons verband zijn {n_besturen} schoolbesturen aangesloten met samen {n_scholen} scholen en ongeveer "
        "{n_lln} leerlingen (teldatum 1 oktober 2025). De besturen verschillen sterk in omvang: het grootste "
        "bestuur heeft ruim een derde van alle leerlingen, terwijl enkele eenpitters één school onder hun hoede "
        "hebben. Die verscheidenheid vraagt om afspraken die voor iedereen werkbaar zijn."
    ),
    "missie": (
        "Onze missie is eenvoudig te formuleren en lastig waar te maken: ieder kind in {regio} krijgt onderwijs "
        "dat past bij wat het nodig heeft, zo dicht mogelijk bij huis, samen met leeftijdgenoten waar dat kan. "
        "Wij zijn geen schoolbestuur en geven zelf geen les. Onze rol is die van verbinder en facilitator: wij "
        "zorgen dat de besturen elkaar vinden, dat expertise gedeeld wordt en dat de middelen daar terechtkomen "
        "waar ze het verschil maken."
    ),
    "visie1": (
        "Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waarin zij zich veilig en gezien "
        "voelen. Dat vraagt om leerkrachten die ruimte krijgen om af te stemmen op verschillen, om teams die "
        "van elkaar leren en om een organisatie die niet in regels maar in mogelijkheden denkt. Passend "
        "onderwijs is in onze ogen geen apart systeem naast het gewone onderwijs, maar een manier van kijken: "
        "wat heeft dit kind nodig, wat kunnen wij bieden, en wie hebben we daarbij nodig?"
    ),
    "visie2": (
        "Onze uitgangspunten zijn: wij werken vanuit vertrouwen in de professionals in de scholen; wij houden "
        "de administratieve last zo laag mogelijk; wij nemen besluiten zo dicht mogelijk bij het kind; en wij "
        "zijn transparant over keuzes, ook als die schuren. Die uitgangspunten komen in de volgende "
        "hoofdstukken steeds terug."
    ),
    "ontwikkelingen": (
        "De afgelopen jaren is het onderwijslandschap sterk veranderd. Het lerarentekort treft vooral scholen "
        "in de wijken waar de vragen het grootst zijn. Tegelijk zien scholen meer kinderen met complexe vragen, "
        "waarbij onderwijs en jeugdhulp elkaar nodig hebben. De landelijke verbeteraanpak passend onderwijs, de "
        "wet over de positie van ouders en leerlingen en de discussie over een landelijke norm voor "
        "basisondersteuning vragen de komende jaren om aanpassingen. Dit plan houdt daar rekening mee, maar kan "
        "niet op alle ontwikkelingen vooruitlopen."
    ),
    "governance1": (
        "{naam} is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de aangesloten "
        "schoolbesturen en is verantwoordelijk voor het intern toezicht. De dagelijkse leiding ligt bij de "
        "directeur-bestuurder, die het verband extern vertegenwoordigt en verantwoording aflegt aan het "
        "algemeen bestuur. Taken en bevoegdheden zijn vastgelegd in de statuten, het bestuursreglement en het "
        "managementstatuut. Het toezichtkader is in 2024 geactualiseerd."
    ),
    "governance2": (
        "Het algemeen bestuur vergadert ten minste vijf keer per jaar. Twee keer per jaar is er een "
        "themabijeenkomst waarin bestuurders met schoolleiders in gesprek gaan over een actueel onderwerp. Het "
        "bestuur bespreekt jaarlijks zijn eigen functioneren, één keer in de twee jaar onder begeleiding van een "
        "externe deskundige. De statuten bevatten een regeling voor het beslechten van geschillen tussen de "
        "aangesloten besturen."
    ),
    "opr": (
        "Het ondersteuningsplan is voorgelegd aan de ondersteuningsplanraad (OPR), die op grond van de Wet "
        "medezeggenschap op scholen instemmingsrecht heeft. De OPR bestaat uit afgevaardigden uit de "
        "medezeggenschapsraden van de aangesloten scholen. De directeur-bestuurder overlegt ten minste vier keer "
        "per jaar met de OPR. In de aanloop naar dit plan organiseerden we drie werksessies met de OPR; de "
        "opmerkingen uit die sessies zijn verwerkt of voorzien van een reactie in het verslag van de laatste sessie."
    ),
    "mr": (
        "Naast de OPR heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau. Die "
        "raad heeft adviesrecht op de onderdelen van dit plan die gevolgen hebben voor het personeel van het "
        "verband, zoals de inrichting van het loket en de formatie van het bureau."
    ),
    "oogo": (
        "Over het concept van dit plan is op {oogo_datum} op overeenstemming gericht overleg (OOGO) gevoerd "
        "met de colleges van burgemeester en wethouders van {gemeenten}. Het verslag van dat overleg is door "
        "beide partijen vastgesteld. Ook is het concept besproken met {partner}, waarvan het werkgebied "
        "overlapt met het onze. Het overleg leidde tot enkele tekstuele aanpassingen."
    ),
    "personeel1": (
        "Het bureau van {kort} is klein en wendbaar. Het telt {fte} fte, verdeeld over de directeur-bestuurder, "
        "beleidsmedewerkers, een controller, een managementassistent en de medewerkers van het loket. Voor "
        "specifieke opdrachten huren wij expertise in. Wij investeren in de deskundigheid van onze medewerkers: "
        "iedere medewerker heeft een persoonlijk ontwikkelplan en een scholingsbudget."
    ),
    "personeel2": (
        "Het verband is werkgever van een beperkt aantal medewerkers en volgt de cao {cao}. Medewerkers die "
        "vanuit de besturen voor het verband werken, worden gedetacheerd. In de planperiode onderzoeken we of een "
        "gezamenlijke flexibele pool van gedragsspecialisten voor alle besturen haalbaar is. Het ziekteverzuim op "
        "het bureau was de afgelopen jaren laag; wij willen dat zo houden door aandacht voor werkdruk."
    ),
    "personeel3": (
        "Het tekort aan leraren en intern begeleiders raakt ook passend onderwijs. De besturen werken samen in "
        "het regionale arbeidsmarktplatform. Het verband draagt bij door bijeenkomsten te organiseren voor "
        "zij-instromers en startende leerkrachten, waarin ervaren collega's vertellen hoe zij omgaan met "
        "verschillen in de groep."
    ),
    "ict1": (
        "Voor de uitwisseling van leerlinggegevens tussen scholen en het verband gebruiken wij een beveiligde "
        "digitale omgeving. Toegang is persoonsgebonden en verloopt via tweestapsverificatie. Het verband heeft "
        "een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden. Het "
        "privacyreglement is in 2025 herzien en beschrijft welke gegevens wij verwerken, met welk doel en hoe "
        "lang wij ze bewaren."
    ),
    "ict2": (
        "In de planperiode vervangen wij het huidige registratiesysteem. Bij de keuze voor een nieuw systeem "
        "staan gebruiksgemak voor scholen, veiligheid en koppelingen met de leerlingadministratiesystemen "
        "voorop. De migratie is voorzien in het schooljaar 2026-2027. Tot die tijd blijft het huidige systeem "
        "in gebruik en worden geen nieuwe koppelingen gebouwd."
    ),
    "huisvesting": (
        "Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Toch hebben zij grote invloed op "
        "de dagelijkse praktijk: een lange busrit kan de keuze voor een school bepalen, en een verouderd gebouw "
        "beperkt wat een team kan organiseren. Wij brengen deze signalen in bij het overleg met de gemeenten en "
        "nodigen wethouders uit om scholen te bezoeken."
    ),
    "inspectie": (
        "De inspectie van het onderwijs houdt toezicht op samenwerkingsverbanden. Het laatste vierjaarlijks "
        "onderzoek vond plaats in {insp_jaar}. Het verband zendt dit plan vóór 1 mei aan de inspectie, via het "
        "daarvoor bestemde digitale kanaal. De aanbevelingen uit het laatste onderzoek hebben wij meegenomen bij "
        "het schrijven van dit plan."
    ),
    "kennis": (
        "Wij organiseren jaarlijks een studiedag voor alle intern begeleiders en schoolleiders in de regio. De "
        "netwerken van intern begeleiders komen vier keer per jaar bij elkaar, per cluster van scholen. De "
        "onderwerpen worden door de deelnemers zelf bepaald; recente thema's waren executieve functies, "
        "samenwerking met jeugdhulp in de klas en het voeren van lastige gesprekken."
    ),
    "scholen_comm": (
        "Met de scholen communiceren wij via een maandelijkse nieuwsbrief voor directeuren en intern "
        "begeleiders, via het extranet en via de netwerkbijeenkomsten. Besluiten van het algemeen bestuur "
        "worden binnen een week na de vergadering op het extranet gepubliceerd."
    ),
    "kansen": (
        "In een aantal wijken groeien veel kinderen op in armoede. Besturen ontvangen daarvoor aparte middelen, "
        "zoals de achterstandsmiddelen; die vallen buiten dit plan, maar wij stemmen de inzet af waar die raakt "
        "aan het werk van het verband. Ook de schoolmaaltijden en het programma rijke schooldag worden door de "
        "gemeenten en besturen zelf georganiseerd."
    ),
    "vaststelling": (
        "Dit plan is vastgesteld door het algemeen bestuur op {vast_datum}, na instemming van de OPR op "
        "{opr_datum}. Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Wijzigingen tijdens de "
        "planperiode leggen wij opnieuw ter instemming voor aan de OPR."
    ),
    "planning": (
        "De planning op hoofdlijnen ziet er als volgt uit. In 2026-2027 voeren we het nieuwe registratiesysteem "
        "in en herijken we de netwerken. In 2027-2028 bespreken we dit plan tussentijds met de OPR en de "
        "besturen. In 2028-2029 voeren we de gesprekken met de gemeenten over de volgende periode. In 2029-2030 "
        "bereiden we het nieuwe plan voor. De uitwerking per jaar staat in het jaarplan, dat telkens vóór 1 "
        "augustus wordt vastgesteld."
    ),
    "jaarplan": (
        "Het ondersteuningsplan is een plan op hoofdlijnen voor vier jaar. Elk jaar vertalen we het naar een "
        "jaarplan met concrete activiteiten, een verantwoordelijke en een planning. Het jaarplan wordt besproken "
        "in het algemeen bestuur en gedeeld met de OPR."
    ),
    "besluitvorming": (
        "Besluiten over beleid worden voorbereid door de directeur-bestuurder en de beleidsmedewerkers, vaak "
        "samen met een werkgroep van schoolleiders en intern begeleiders of ondersteuningscoördinatoren. Een "
        "voorstel wordt eerst als bespreekstuk geagendeerd en pas in een volgende vergadering als besluitstuk. "
        "Zo hebben de besturen tijd om het voorstel in hun eigen organisatie te bespreken. Het mandaat van de "
        "directeur-bestuurder is vastgelegd in het managementstatuut."
    ),
    "integriteit": (
        "Het verband volgt de Code Goed Bestuur van de sector. Bestuurders en medewerkers melden nevenfuncties, "
        "die jaarlijks in het bestuursverslag worden vermeld. Bij de vergaderingen van het algemeen bestuur "
        "wordt aan het begin gevraagd of er sprake is van een mogelijk belangenconflict; zo ja, dan neemt de "
        "betrokken bestuurder niet deel aan de besluitvorming over dat onderwerp."
    ),
    "huisstijl": (
        "In 2025 heeft het verband een nieuwe huisstijl en een vernieuwd logo gekregen. Publicaties verschijnen "
        "voortaan in eenvoudige taal, op taalniveau B1, zodat zij voor een brede groep lezers toegankelijk zijn. "
        "Wij gebruiken sociale media spaarzaam en vooral om bijeenkomsten aan te kondigen. Voor contacten met de "
        "pers is de directeur-bestuurder het aanspreekpunt."
    ),
    "opleiding": (
        "Met de lerarenopleidingen in de regio werken wij samen aan het thema omgaan met verschillen. Studenten "
        "lopen stage op scholen van de aangesloten besturen en een aantal van hen schrijft een afstudeeronderzoek "
        "over een vraag uit de praktijk van het verband. Wij vinden het belangrijk dat nieuwe leraren al tijdens "
        "hun opleiding kennismaken met de manier waarop scholen in de regio samenwerken."
    ),
    "landelijk": (
        "Het verband is lid van de landelijke sectororganisatie en neemt deel aan een regionaal netwerk van "
        "directeuren van samenwerkingsverbanden. In dat netwerk delen wij ervaringen over onderwerpen als de "
        "inrichting van het bureau, de samenwerking met gemeenten en de gevolgen van nieuwe wetgeving. Wij "
        "maken daarbij graag gebruik van de handreikingen van het steunpunt passend onderwijs."
    ),
    "kantoor": (
        "Het bureau is gehuisvest in een bedrijfsverzamelgebouw, centraal in de regio en goed bereikbaar met het "
        "openbaar vervoer. Medewerkers werken deels op kantoor, deels op de scholen en deels thuis. Bij de "
        "keuze voor het kantoor hebben wij rekening gehouden met duurzaamheid: het gebouw heeft energielabel A "
        "en medewerkers reizen waar mogelijk met de fiets of het openbaar vervoer."
    ),
    "onderzoek": (
        "Samen met een hogeschool in de regio neemt het verband deel aan een werkplaats onderwijsonderzoek. "
        "Leraren, schoolleiders en onderzoekers onderzoeken daarin samen vragen uit de dagelijkse praktijk, "
        "zoals hoe een leerkracht de instructie kan afstemmen op een groep met grote verschillen. De "
        "uitkomsten worden gedeeld tijdens de jaarlijkse studiedag."
    ),
    "oprscholing": (
        "Nieuwe leden van de OPR krijgen een introductie over passend onderwijs en over de taken van de raad. "
        "Jaarlijks is er een scholingsavond die de OPR zelf inhoudelijk vormgeeft. De OPR beschikt over een eigen "
        "budget voor scholing en externe ondersteuning, en kan een ambtelijk secretaris inschakelen voor de "
        "verslaglegging."
    ),
}


def fill(key, ctx):
    return FILLER[key].format(**ctx)


# --------------------------------------------------------------------------------------------
# Renderers. A document is a list of blocks:
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("table", [[hdr],[row],..])
#   ("toc", [entry, ..]) ("gloss", [(term, def), ..]) ("pb",)
# --------------------------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], 0)
        elif kind == "subtitle":
            d.add_paragraph(b[1])
        elif kind == "h1":
            d.add_heading(b[1], 1)
        elif kind == "h2":
            d.add_heading(b[1], 2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", 1)
            for it in b[1]:
                d.add_paragraph(it)
        elif kind == "gloss":
            for term, defi in b[1]:
                p = d.add_paragraph()
                r = p.add_run(term + ": ")
                r.bold = True
                p.add_run(defi)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))


def render_html(blocks, path, site_header, footer):
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{e(site_header)}</title></head><body>",
        f'<header><div class="site">{e(site_header)}</div><nav><a href="#">Home</a> | <a href="#">Over ons</a>'
        ' | <a href="#">Ouders</a> | <a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>',
        "<main>",
    ]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle">{e(b[1])}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' + "".join(f"<li>{e(x)}</li>" for x in b[1])
                       + "</ol></nav>")
        elif kind == "gloss":
            out.append("<dl>" + "".join(f"<dt>{e(t)}</dt><dd>{e(dd)}</dd>" for t, dd in b[1]) + "</dl>")
        elif kind == "table":
            rows = b[1]
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for row in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "pb":
            pass
    out.append(f"</main><footer>{e(footer)}</footer></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout320_lo_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = (tmp / "profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "subtitle", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "gloss":
            n += sum(len(t.split()) + len(dd.split()) for t, dd in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


# --------------------------------------------------------------------------------------------
# Label files
# --------------------------------------------------------------------------------------------
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


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, advisory, notes):
    """crit: dict 'element.criterion' -> bool; status derived strictly by Part A."""
    status = {}
    for el in ELEMENTS:
        vals = [crit[f"{el}.{c}"] for (e2, c) in CORE if e2 == el]
        if all(vals):
            status[el] = "present"
        elif any(vals) or advisory.get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}", "criteria:"]
    for el, c in CORE:
        lines.append(f"  {el}.{c}: {'true' if crit[f'{el}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status


def write_label_notplan(name, documents, sector, note):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:", f"  document: {q(note)}"]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Plan 1: large PO verband, Word (.docx)
# --------------------------------------------------------------------------------------------
def plan_waalzoom():
    ctx = dict(naam="Samenwerkingsverband Passend Onderwijs Waalzoom", kort="Waalzoom", regio="de Waalzoom",
               gemeenten="Heerwaarde, Oost-Maasdel, Zoelenburg, Varik-Waal en Drutenoord", inwoners="310.000",
               sectortaal="primair onderwijs", n_besturen="14", n_scholen="96", n_lln="21.400",
               oogo_datum="5 februari 2026", partner="het samenwerkingsverband VO Waalzoom (VO 25-98)",
               fte="11,6", cao="primair onderwijs", insp_jaar="2023", vast_datum="26 maart 2026",
               opr_datum="18 maart 2026")
    f = lambda k: ("p", fill(k, ctx))
    B = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("subtitle", "Samenwerkingsverband Passend Onderwijs Waalzoom (PO 25-97)"),
        ("subtitle", "Samen sterk voor ieder kind - vastgesteld door het algemeen bestuur op 26 maart 2026"),
        ("toc", [
            "1 Voorwoord", "2 Ons verband in cijfers", "3 Missie, visie en uitgangspunten",
            "4 Wat elke school biedt: basisondersteuning", "5 Extra ondersteuning en arrangementen",
            "6 Toelaatbaarheid SBO en SO", "6.4 Afloop van de TLV en terugplaatsing",
            "7 Thuiszitters en dekkend netwerk", "8 Doelen voor de planperiode", "8.3 Meten en volgen",
            "9 Communicatie", "10 Geld en middelen", "11 Organisatie en governance", "12 Personeel en bureau",
            "13 Samenwerking met gemeenten", "14 Planning", "Bijlage: begrippenlijst",
        ]),
        ("pb",),
        ("h1", "1 Voorwoord"),
        ("p", "Voor u ligt het vierde ondersteuningsplan van Samenwerkingsverband Passend Onderwijs Waalzoom. "
              "Sinds de start van passend onderwijs in 2014 is er veel bereikt: de veertien besturen werken "
              "vanzelfsprekend samen, scholen weten elkaar te vinden en het aantal kinderen dat zonder "
              "onderwijs thuis zit, is kleiner dan tien jaar geleden. Tegelijk weten we dat er nog veel te doen "
              "is. Leerkrachten ervaren de zorg in de klas als zwaar, ouders vinden de weg naar ondersteuning "
              "soms ingewikkeld en de wachtlijsten in de jeugdhulp zijn lang."),
        f("dank"),
        ("p", "Wij wensen u veel leesplezier. Mede namens het algemeen bestuur, drs. M. (Marjolein) Terhorst, "
              "directeur-bestuurder."),
        f("leeswijzer"),
        ("h1", "2 Ons verband in cijfers"),
        f("regio"), f("kengetallen"),
        ("table", [["", "2023", "2024", "2025"],
                   ["Leerlingen basisonderwijs", "20.980", "20.870", "20.610"],
                   ["Leerlingen sbo (3 scholen)", "452", "461", "470"],
                   ["Leerlingen so cluster 3 en 4", "318", "322", "331"],
                   ["Aantal vestigingen", "99", "97", "96"]]),
        ("p", "De tabel laat zien dat het aantal leerlingen in het basisonderwijs licht daalt, terwijl het "
              "aantal leerlingen in het speciaal (basis)onderwijs licht stijgt. Wij bespreken deze ontwikkeling "
              "met de besturen; een verklaring is er nog niet."),
        f("ontwikkelingen"),
        ("h1", "3 Missie, visie en uitgangspunten"),
        f("missie"), f("visie1"), f("visie2"), f("kansen"),
        ("h1", "4 Wat elke school biedt: basisondersteuning"),
        ("p", "De veertien besturen hebben afgesproken dat elke vestiging in de Waalzoom, ook elke "
              "nevenvestiging en dependance, ten minste hetzelfde niveau van ondersteuning biedt. Wij noemen dit "
              "het Waalzoomniveau. Het is de ondergrens die voor alle 96 scholen geldt, ongeacht bestuur, "
              "denominatie of grootte. Wat daarboven uitgaat, noemen wij extra ondersteuning (hoofdstuk 5)."),
        ("p", "Het Waalzoomniveau bestaat uit de volgende voorzieningen. Ouders mogen erop rekenen dat iedere "
              "school in de regio deze biedt, zonder aanvraag bij het verband:"),
        ("ul", [
            "een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert;",
            "handelingsgericht werken: drie keer per jaar een groepsbespreking en een leerlingbespreking per groep;",
            "een ondersteuningsteam waarin de school, de schoolmaatschappelijk werker en op afroep de orthopedagoog van het bestuur zitten;",
            "het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief de begeleiding en de diagnostiekroute;",
            "een programma voor sociale veiligheid met een jaarlijkse monitor en een anti-pestcoördinator;",
            "verrijkingsstof en een plusaanbod in de eigen groep voor leerlingen die meer aankunnen;",
            "een protocol medisch handelen en afspraken over het geven van medicijnen;",
            "een ontwikkelingsperspectief (OPP) binnen zes weken nadat is vastgesteld dat een leerling een eigen leerlijn volgt.",
        ]),
        ("p", "Het bureau voert elk jaar met iedere school een kwaliteitsgesprek aan de hand van de "
              "Waalzoom-kwaliteitskaart. Blijkt dat een school op een of meer onderdelen onder het Waalzoomniveau "
              "zit, dan stelt het bestuur binnen drie maanden een verbeterplan op, dat het bureau na een half "
              "jaar opnieuw bespreekt."),
        ("h1", "5 Extra ondersteuning en arrangementen"),
        ("p", "Wanneer een kind meer nodig heeft dan het Waalzoomniveau, kent de Waalzoom een doorgaande lijn "
              "van ondersteuning in vijf treden. Trede 1 is de ondersteuning in de groep; trede 2 is de "
              "ondersteuning met het ondersteuningsteam van de school. Trede 3 is een arrangement: de school "
              "vraagt bij het loket een licht of intensief arrangement aan, bijvoorbeeld begeleiding door een "
              "gedragsspecialist of een ambulant begeleider, of een plaats in een bovenschoolse groep. Trede 4 "
              "is een tijdelijke plaatsing in een bovenschoolse voorziening: de Taalklas voor nieuwkomers in "
              "Zoelenburg, observatiegroep De Overstap en de dagbehandelingsgroep in samenwerking met "
              "jeugdhulpaanbieder Rivierzorg. Trede 5 is een plaatsing in het speciaal basisonderwijs (drie "
              "scholen) of het speciaal onderwijs."),
        ("p", "Tussen de treden bestaan geen harde grenzen. Een kind kan op trede 4 verblijven en tegelijk op "
              "de eigen school ingeschreven blijven. De onderwijs-zorgarrangementen die wij met de gemeenten "
              "hebben afgesproken, maken het mogelijk dat een jeugdhulpverlener in de klas werkt."),
        ("h1", "6 Toelaatbaarheid SBO en SO"),
        ("h2", "6.1 Procedure"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de "
              "toelaatbaarheidsverklaring (TLV) aan via het digitale loket Waalzoom Toewijzing. Het dossier "
              "bevat in elk geval het OPP, het groeidocument met de besprekingen van het ondersteuningsteam en "
              "de zienswijze van de ouders. Het loket controleert het dossier binnen vijf werkdagen op "
              "volledigheid. Daarna bespreekt de Commissie Toelaatbaarheid de aanvraag. Twee deskundigen geven "
              "elk afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de "
              "leerling, een kinderarts, maatschappelijk werker of kinderpsychiater. Geen van beiden is bij de "
              "aanvraag betrokken geweest. De directeur-bestuurder besluit namens het verband binnen zes weken na "
              "ontvangst van het volledige dossier."),
        ("h2", "6.2 Criteria"),
        ("p", "De commissie toetst elke aanvraag aan de criteria in onderstaande tabel."),
        ("table", [["Voorziening", "Toelaatbaar wanneer"],
                   ["SBO", "de school heeft ten minste twee cycli handelingsgericht werken en een arrangement "
                           "(trede 3) uitgevoerd en geëvalueerd; de ondersteuningsbehoefte op leren, gedrag of "
                           "ontwikkeling vraagt structureel om kleinere groepen en een aangepast programma; en de "
                           "reguliere school kan dit ook met extra middelen niet bieden."],
                   ["SO categorie laag (cluster 4, ZML)", "er is sprake van een ernstige gedrags- of "
                           "psychiatrische problematiek of een verstandelijke beperking (IQ onder 55) waarbij de "
                           "leerling een intensieve, gespecialiseerde onderwijsomgeving nodig heeft."],
                   ["SO categorie midden (LG/LZ)", "een lichamelijke beperking of langdurige ziekte vraagt "
                           "dagelijkse verzorging of behandeling die een reguliere of sbo-school niet kan bieden."],
                   ["SO categorie hoog (MG)", "er zijn meervoudige beperkingen met een zeer intensieve "
                           "zorgbehoefte gedurende de hele schooldag."]]),
        ("h2", "6.3 Duur"),
        ("p", "Een TLV voor het sbo geldt twee schooljaren, een TLV voor het so in de regel drie schooljaren. "
              "De TLV eindigt altijd op 31 juli van het laatste schooljaar."),
        ("h2", "6.4 Afloop van de TLV en terugplaatsing"),
        ("p", "In het laatste jaar van een TLV bespreekt de school voor speciaal (basis)onderwijs vóór de "
              "herfstvakantie in het multidisciplinair overleg, samen met de ouders, of de leerling na 31 juli "
              "naar het basisonderwijs kan. Is dat het geval, dan neemt de sbo- of so-school vóór 1 februari "
              "contact op met de basisschool die de ouders kiezen. Er volgt een overdrachtsgesprek tussen de "
              "intern begeleiders van beide scholen. De directeur van de ontvangende school besluit over de "
              "inschrijving. Is verlenging nodig, dan dient het bevoegd gezag van de s(b)o-school vóór 1 maart "
              "een nieuwe aanvraag in; de procedure van 6.1 is dan opnieuw van toepassing."),
        ("p", "Welke ambitie wij als verband hebben met terugplaatsing, onder welke voorwaarden wij haar "
              "stimuleren en wat een school na de terugkeer van een leerling van ons kan verwachten, leggen wij "
              "vast in de notitie 'Terug waar het kan'. Die notitie leggen wij in het tweede planjaar aan het "
              "algemeen bestuur voor."),
        ("h1", "7 Thuiszitters en dekkend netwerk"),
        ("p", "Geen kind hoort thuis te zitten. Iedere school die een leerling niet (meer) passend kan "
              "plaatsen, meldt dit binnen vijf schooldagen bij het loket. Het loket roept binnen tien "
              "schooldagen een overleg bijeen met school, ouders, leerplicht en waar nodig jeugdhulp. Lukt het "
              "niet om binnen vier weken een passende plek te vinden, dan agendeert de directeur-bestuurder de "
              "casus aan de Doorbraaktafel, waar bestuurders en gemeenten met doorzettingsmacht een besluit "
              "nemen."),
        ("p", "Eén keer per jaar vragen wij alle schoolleiders welke kinderen zij niet passend konden helpen en "
              "waarom. De antwoorden bespreken wij in het algemeen bestuur als 'witte vlekken' in ons aanbod. "
              "In 2025 bleek zo dat er geen plek was voor jonge kinderen (4-6 jaar) met ernstige "
              "gedragsproblemen; daarop is in Heerwaarde een kleine kleutergroep gestart, gefinancierd uit de "
              "innovatiemiddelen."),
        ("h1", "8 Doelen voor de planperiode"),
        ("h2", "8.1 Onze ambities"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in deze planperiode het "
              "volgende bereiken:"),
        ("ul", [
            "in 2030 zitten er in de Waalzoom niet meer dan vijf kinderen langer dan drie maanden zonder passend onderwijs thuis;",
            "90 procent van de arrangementen start binnen vier weken na de aanvraag;",
            "80 procent van de leerlingen met een OPP bereikt aan het eind van groep 8 het uitstroomperspectief dat in groep 6 is vastgesteld;",
            "het deelnamepercentage sbo en so samen blijft onder de 3,2 procent.",
        ]),
        ("h2", "8.2 Wat dat vraagt van scholen"),
        ("p", "Deze ambities vragen veel van de scholen en van het verband. Wij ondersteunen scholen met "
              "scholing, netwerken en de inzet van het loket. De besturen vertalen de ambities naar hun eigen "
              "strategisch beleid."),
        ("h2", "8.3 Meten en volgen"),
        ("p", "Het meetinstrumentarium bij deze doelen ontwikkelen wij samen met de besturen. Een eerste "
              "concept verwachten wij niet voor het voorjaar van 2027; tot die tijd doen wij hier geen "
              "uitspraken over."),
        ("h1", "9 Communicatie"),
        ("p", "Goede communicatie is voor ons een voorwaarde voor vertrouwen. Wij onderscheiden drie "
              "doelgroepen: scholen, ouders en ketenpartners."),
        f("scholen_comm"),
        ("p", "Ouders informeren wij over de ondersteuningsmogelijkheden via de ouderpagina op "
              "www.waalzoom-po.nl, waar per school het schoolondersteuningsprofiel staat, via de brochure "
              "'Passend onderwijs in de Waalzoom' (in zes talen, beschikbaar op elke school) en via twee "
              "informatieavonden per jaar, in het voorjaar in Zoelenburg en in het najaar in Drutenoord. In de "
              "schoolgids van iedere school staat een vaste paragraaf over wat de school biedt en waar ouders "
              "met vragen terechtkunnen binnen de school."),
        ("p", "Ouders zijn partner bij het opstellen van het OPP; scholen bespreken het OPP met ouders en, "
              "vanaf groep 6, ook met de leerling zelf."),
        ("p", "Het ouder- en jeugdsteunpunt dat de nieuwe wetgeving voorschrijft, richten wij in zodra de wet "
              "in werking is getreden. Over de vorm en de bereikbaarheid ervan informeren wij ouders te zijner "
              "tijd."),
        ("p", "Met ketenpartners communiceren wij vooral via de vaste overleggen, zoals het OOGO en het "
              "regionale jeugdhulpoverleg."),
        ("h1", "10 Geld en middelen"),
        ("h2", "10.1 Hoe wij verdelen"),
        ("p", "Het verband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na aftrek van "
              "de verplichte afdrachten aan het speciaal onderwijs en de sbo-scholen verdelen wij de middelen "
              "volgens drie stromen. Stroom 1: het schoolbudget, € 165 per leerling op basis van de teldatum 1 "
              "oktober van het voorgaande jaar, dat rechtstreeks naar de besturen gaat. Stroom 2: de "
              "arrangementen, die het loket toekent als een aanvraag voldoet aan de eisen van trede 3 (twee "
              "cycli handelingsgericht werken en een OPP); een licht arrangement is € 3.500 en een intensief "
              "arrangement € 8.000 per schooljaar. Stroom 3: de bovenschoolse voorzieningen, die een vast "
              "budget per schooljaar krijgen."),
        ("h2", "10.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "18.420", "18.260", "18.110", "17.980"],
                   ["Afdracht so en sbo", "9.310", "9.420", "9.500", "9.560"],
                   ["Schoolbudgetten (stroom 1)", "3.530", "3.490", "3.450", "3.410"],
                   ["Arrangementen (stroom 2)", "2.650", "2.600", "2.520", "2.460"],
                   ["Bovenschoolse voorzieningen (stroom 3)", "1.480", "1.480", "1.480", "1.480"],
                   ["Bureau, loket en commissie", "1.240", "1.260", "1.280", "1.300"],
                   ["Innovatie en scholing", "210", "180", "150", "120"],
                   ["Resultaat", "0", "-170", "-270", "-350"]]),
        ("p", "De negatieve resultaten vanaf 2027 zijn bewust begroot: wij bouwen de reserve af tot een "
              "weerstandsvermogen van 5 procent van de baten, conform de afspraken in de sector. De besturen "
              "verantwoorden de besteding van het schoolbudget en de arrangementen jaarlijks vóór 1 mei in de "
              "bestedingsmonitor."),
        ("h1", "11 Organisatie en governance"),
        f("governance1"), f("governance2"), f("opr"), f("mr"), f("inspectie"),
        ("h1", "12 Personeel en bureau"),
        f("personeel1"), f("personeel2"), f("personeel3"), f("kennis"), f("ict1"), f("ict2"),
        ("h1", "13 Samenwerking met gemeenten"),
        f("oogo"), f("huisvesting"),
        ("p", "Met de vijf gemeenten is een gezamenlijke agenda afgesproken met vier thema's: jeugdhulp in en om "
              "de school, de overgang van voorschool naar school, leerlingenvervoer en de aanpak van verzuim. "
              "Per thema is een werkgroep met een trekker vanuit het verband en vanuit een gemeente."),
        ("h1", "14 Planning"),
        f("planning"), f("jaarplan"), f("vaststelling"),
        ("h1", "Bijlage: begrippenlijst"),
        ("gloss", [
            ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat iedere school in het verband biedt."),
            ("Arrangement", "een afgebakend pakket extra ondersteuning met een doel, duur en budget."),
            ("OPP", "ontwikkelingsperspectiefplan."),
            ("TLV", "toelaatbaarheidsverklaring voor het speciaal basisonderwijs of speciaal onderwijs."),
            ("Terugplaatsing", "de overstap van een leerling van het s(b)o naar het regulier onderwijs."),
            ("Onderwijsconsulent", "onafhankelijke adviseur die ouders gratis helpt bij problemen rond toelating of ondersteuning."),
            ("OJSP", "ouder- en jeugdsteunpunt."),
            ("Bezwaar", "formele procedure tegen een besluit van het samenwerkingsverband."),
            ("Meerjarenbegroting", "begroting voor meerdere kalenderjaren."),
            ("Thuiszitter", "leerplichtige jongere die niet staat ingeschreven of langdurig verzuimt."),
        ]),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False,
    }
    adv = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Ch. 4 'Wat elke school biedt': Waalzoomniveau as minimum for all 96 vestigingen plus a concrete list; kwaliteitskaart = borging.",
        "plaatsing": "Ch. 6.1 procedure (loket, dossier, two deskundigen, 6 weeks); criteria only in the table of 6.2; duration 6.3; no bezwaar route in the body.",
        "terugstroom": "Procedure is hidden in TLV chapter 6.4 (MDO before herfstvakantie, contact before 1 Feb, receiving director decides); policy deferred to the future note 'Terug waar het kan'.",
        "financien": "Under 'Geld en middelen': three-stream verdeelmodel with per-pupil and arrangement amounts (10.1) and a 2026-2029 meerjarenbegroting table (10.2).",
        "dekkend-aanbod": "Ch. 5 five-step continuum with bovenschoolse voorzieningen; ch. 7 thuiszitters route, Doorbraaktafel and yearly 'witte vlekken' inventory.",
        "resultaten": "8.1 gives measurable goals; 8.3 'Meten en volgen' only defers the measuring instrument to 2027, so monitoring is not addressed.",
        "ouders": "Informing parents is in ch. 9 'Communicatie' (website, brochure, info evenings); the ouder- en jeugdsteunpunt is deferred ('te zijner tijd'); onderwijsconsulent only in the begrippenlijst.",
    }
    return ctx, B, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 2: small PO verband, Word + PDF (same plan, one label)
# --------------------------------------------------------------------------------------------
def plan_kempen():
    ctx = dict(naam="Samenwerkingsverband PO De Kleine Kempen", kort="De Kleine Kempen", regio="de Kleine Kempen",
               gemeenten="Bergeyk-Oost, Hoogeloon-Vessem en Luyksgestel-Dorp", inwoners="48.000",
               sectortaal="primair onderwijs", n_besturen="4", n_scholen="19", n_lln="3.100",
               oogo_datum="22 januari 2026", partner="Samenwerkingsverband VO Kempenland (VO 30-90)",
               fte="2,4", cao="primair onderwijs", insp_jaar="2022", vast_datum="2 april 2026",
               opr_datum="24 maart 2026")
    f = lambda k: ("p", fill(k, ctx))
    B = [
        ("title", "Ondersteuningsplan 2026 - 2030"),
        ("subtitle", "Samenwerkingsverband PO De Kleine Kempen (PO 30-91)"),
        ("subtitle", "Versie ter instemming aan de OPR, maart 2026"),
        ("toc", [
            "Voorwoord", "1 Inleiding", "2 Onze regio", "3 Visie", "4 Basisondersteuning",
            "5 Ondersteuningsroute en arrangementen", "6 Toelaatbaarheidsverklaringen",
            "7 Terug naar het reguliere onderwijs", "8 Passend aanbod in de regio", "9 Financiën",
            "10 Kwaliteit en opbrengsten", "11 Ouders", "12 Organisatie", "13 Planning", "Bijlage: afkortingen",
        ]),
        ("pb",),
        ("h1", "Voorwoord"),
        ("p", "Wij zijn een klein samenwerkingsverband. Vier besturen, negentien scholen, één school voor "
              "speciaal basisonderwijs en een bureau van nog geen drie fte. Dat klein-zijn is onze kracht: "
              "iedereen kent elkaar, lijnen zijn kort en problemen worden vaak aan de keukentafel van een "
              "dorpsschool opgelost. Het is ook onze kwetsbaarheid: als één intern begeleider vertrekt, merken "
              "we dat in de hele regio."),
        f("dank"),
        ("p", "Jeroen van Wijlen, directeur-bestuurder"),
        ("h1", "1 Inleiding"),
        f("leeswijzer"),
        ("p", "De vorige planperiode stond in het teken van de overstap naar schoolbudgetten, de komst van een "
              "eigen orthopedagoog voor het verband en het vertrek van twee ervaren intern begeleiders naar "
              "andere regio's. De besturen hebben in die jaren geleerd elkaar meer te vertrouwen: waar in 2018 "
              "nog elk bestuur eigen afspraken maakte, werken de vier besturen nu met één route en één "
              "commissie. Tegelijk bleek dat het bureau met 2,4 fte kwetsbaar is bij ziekte. In deze periode "
              "kiezen wij daarom voor een gezamenlijke vervangingsafspraak met het samenwerkingsverband VO, "
              "zodat het secretariaat van de commissie ook tijdens vakanties en bij ziekte doorloopt. Daarnaast "
              "willen wij de contacten met de scholen voor speciaal onderwijs buiten de regio versterken, "
              "omdat onze leerlingen daar ver van huis naar school gaan."),
        f("ontwikkelingen"),
        ("h1", "2 Onze regio"),
        f("regio"), f("kengetallen"),
        ("p", "Voor het speciaal onderwijs zijn wij aangewezen op scholen buiten de regio, in Eindhoven en "
              "Veldhoven. Gemiddeld reizen leerlingen die daar naartoe gaan drie kwartier per dag enkele reis."),
        ("h1", "3 Visie"),
        f("missie"), f("visie1"), f("visie2"),
        ("h1", "4 Basisondersteuning"),
        ("p", "De vier besturen hebben de basisondersteuning vastgesteld als één gedeelde standaard die voor "
              "alle negentien scholen gelijk is. Geen school mag daaronder zakken, ook niet bij personele "
              "krapte of dalende leerlingaantallen. Het niveau is voor kleine en grote scholen hetzelfde."),
        ("p", "Wat die standaard concreet inhoudt, is per school uitgewerkt in het schoolondersteuningsprofiel, "
              "te vinden op de website van de school. Een regionale uitwerking van de standaard volgt zodra de "
              "landelijke norm basisondersteuning bekend is."),
        ("h1", "5 Ondersteuningsroute en arrangementen"),
        ("p", "Als de basisondersteuning niet toereikend is, doorloopt de school de ondersteuningsroute van "
              "De Kleine Kempen. Eerst bespreekt de school de leerling in het eigen ondersteuningsteam (OT), "
              "waarin naast de intern begeleider ook de orthopedagoog van het verband en de jeugdconsulent van "
              "de gemeente zitten. Het OT kan een arrangement voorstellen in drie treden: trede A (kortdurende "
              "begeleiding door een specialist van het verband, tot twaalf weken), trede B (een "
              "onderwijsassistent of gedragsspecialist gedurende een schooljaar) en trede C (een combinatie "
              "van onderwijs en jeugdhulp, het onderwijs-zorgarrangement). Wanneer ook een arrangement niet "
              "volstaat, volgt een aanvraag voor een TLV voor de sbo-school De Wilgenhoek of voor een school "
              "voor speciaal onderwijs."),
        ("p", "De Wilgenhoek biedt daarnaast een observatieplaats van maximaal twaalf weken en ambulante "
              "consultatie aan de reguliere scholen. Zo ontstaat een doorgaande lijn van de groep, via het OT "
              "en het arrangement, naar het speciaal basisonderwijs en het speciaal onderwijs."),
        ("h1", "6 Toelaatbaarheidsverklaringen"),
        ("p", "Het bestuur van de school waar de leerling is ingeschreven, dient de aanvraag in bij de "
              "Commissie Arrangeren en Toelaatbaarheid (CAT). Bij de aanvraag horen het OPP, het verslag van "
              "het laatste OT en de zienswijze van de ouders. De CAT komt eens per twee weken bijeen. Twee "
              "deskundigen brengen ieder schriftelijk advies uit: een GZ-psycholoog of orthopedagoog en een "
              "maatschappelijk werker. De directeur-bestuurder neemt namens het verband het besluit, uiterlijk "
              "zes weken na ontvangst van de complete aanvraag. Ouders ontvangen een afschrift van het besluit "
              "en van de adviezen."),
        ("p", "De CAT hanteert geen vaste lijst van criteria. Iedere aanvraag wordt op maat gewogen, waarbij "
              "de commissie kijkt naar het totaalbeeld van het kind en in goed overleg met school en ouders tot "
              "een besluit komt."),
        ("p", "Een TLV voor De Wilgenhoek geldt in principe tot het einde van de basisschoolperiode. Wie het "
              "niet eens is met een besluit, vindt informatie over bezwaar op onze website."),
        ("h1", "7 Terug naar het reguliere onderwijs"),
        ("p", "Deze paragraaf is in bewerking. Na de evaluatie van de afgifte van toelaatbaarheidsverklaringen "
              "in het voorjaar van 2026 vullen wij haar aan, in overleg met De Wilgenhoek en de scholen voor "
              "speciaal onderwijs."),
        ("h1", "8 Passend aanbod in de regio"),
        ("p", "Een dekkend aanbod is in een kleine, landelijke regio geen vanzelfsprekendheid. Of ons aanbod "
              "werkelijk dekkend is, brengen wij in 2026 samen met de gemeenten in kaart. Een aanpak voor "
              "thuiszitters maakt onderdeel uit van de nieuwe samenwerkingsagenda met de gemeenten, die op dit "
              "moment wordt opgesteld."),
        f("huisvesting"),
        ("h1", "9 Financiën"),
        ("h2", "9.1 Verdeling"),
        ("p", "De Kleine Kempen werkt met schoolbudgetten. Elke school ontvangt € 142 per leerling op basis "
              "van de teldatum 1 oktober van het voorafgaande jaar, plus een vaste voet van € 6.000 per school, "
              "zodat ook de kleinste dorpsscholen een intern begeleider kunnen bekostigen. Arrangementen worden "
              "apart vergoed: trede A € 2.500, trede B € 5.000 en trede C € 9.000 per schooljaar. De CAT kent "
              "een arrangement alleen toe als er een OPP ligt en het OT het arrangement heeft voorgesteld. De "
              "besturen rapporteren jaarlijks in een kort bestedingsverslag waaraan zij de schoolbudgetten "
              "hebben uitgegeven."),
        ("h2", "9.2 Meerjarenbegroting"),
        ("table", [["Post (in euro)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "2.715.000", "2.690.000", "2.660.000", "2.640.000"],
                   ["Afdracht speciaal onderwijs", "1.060.000", "1.075.000", "1.090.000", "1.100.000"],
                   ["Afdracht De Wilgenhoek (sbo)", "540.000", "545.000", "550.000", "550.000"],
                   ["Schoolbudgetten", "554.000", "548.000", "541.000", "536.000"],
                   ["Arrangementen", "310.000", "300.000", "290.000", "285.000"],
                   ["Orthopedagoog en OT", "118.000", "120.000", "122.000", "124.000"],
                   ["Bureau en bestuur", "205.000", "208.000", "211.000", "214.000"],
                   ["Saldo", "-72.000", "-106.000", "-144.000", "-169.000"]]),
        ("p", "De tekorten worden gedekt uit de algemene reserve, die boven de signaleringswaarde ligt en in "
              "deze planperiode wordt afgebouwd."),
        ("h1", "10 Kwaliteit en opbrengsten"),
        ("p", "Wij hebben drie beoogde resultaten voor leerlingen met een ondersteuningsbehoefte geformuleerd:"),
        ("ul", [
            "ten minste 75 procent van de arrangementen bereikt de doelen die in het OPP staan (2024-2025: 71 procent);",
            "geen enkele leerling wacht langer dan acht weken op de start van een arrangement;",
            "ouders van leerlingen met een arrangement geven de samenwerking met de school gemiddeld ten minste een 7,5.",
        ]),
        ("p", "Twee keer per jaar, in februari en september, verzamelt de stafmedewerker kwaliteit de gegevens "
              "uit het registratiesysteem: doelen behaald volgens de evaluatie van het OPP, wachttijden en de "
              "uitkomsten van een korte ouderenquête. De rapportage wordt besproken in het bestuur en in de OPR "
              "en de bereikte resultaten staan elk jaar in het jaarverslag. Blijven we achter op een doel, dan "
              "spreekt het bestuur verbeteracties af."),
        ("h1", "11 Ouders"),
        ("p", "Ouders ontvangen bij de eerste bespreking in het OT de folder 'Wegwijs in passend onderwijs', "
              "waarin de route, de arrangementen en de contactgegevens van het verband staan. Op "
              "www.kleinekempen-po.nl staat een ouderpagina met dezelfde informatie en elk najaar organiseren "
              "wij een ouderavond in het gemeentehuis van Bergeyk-Oost."),
        ("p", "Ouders die vragen hebben of het oneens zijn met de school of het verband, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt De Brug (telefonisch spreekuur op dinsdag en donderdag, 040-2900110), "
              "bij de onafhankelijke onderwijsconsulenten (gratis) en bij de Geschillencommissie passend "
              "onderwijs. De klachtenregeling van het verband is aangesloten bij de Landelijke Klachtencommissie."),
        ("h1", "12 Organisatie"),
        f("governance1"), f("governance2"), f("opr"), f("personeel1"), f("personeel3"), f("kennis"),
        f("ict1"), f("oogo"), f("inspectie"), f("besluitvorming"), f("integriteit"), f("oprscholing"),
        f("huisstijl"), f("landelijk"), f("kantoor"), f("opleiding"), f("onderzoek"), f("personeel2"),
        ("h1", "13 Planning"),
        f("planning"), f("jaarplan"), f("vaststelling"),
        ("h1", "Bijlage: afkortingen"),
        ("gloss", [
            ("CAT", "Commissie Arrangeren en Toelaatbaarheid"),
            ("OT", "ondersteuningsteam"),
            ("OPP", "ontwikkelingsperspectiefplan"),
            ("SOP", "schoolondersteuningsprofiel: beschrijving van de basisondersteuning en extra ondersteuning van een school"),
            ("TLV", "toelaatbaarheidsverklaring"),
            ("Terugplaatsing", "terugkeer van een leerling uit het sbo of so naar het basisonderwijs"),
            ("Thuiszitter", "leerling die zonder geldige reden geen onderwijs volgt"),
            ("sbo", "speciaal basisonderwijs"),
            ("so", "speciaal onderwijs"),
        ]),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    }
    notes = {
        "basisondersteuning": "Ch. 4 states one shared standard for all 19 schools (niveau) but its content is only referred to the schools' SOPs on their websites and a future regional uitwerking.",
        "plaatsing": "Ch. 6 describes procedure (CAT, dossier, two deskundigen, 6 weeks) but explicitly has no criteria ('op maat gewogen'); bezwaar only referred to the website.",
        "terugstroom": "Ch. 7 'Terug naar het reguliere onderwijs' is a placeholder ('in bewerking', to be filled after spring 2026); term only in TOC and afkortingenlijst.",
        "financien": "Ch. 9.1 schoolbudget EUR 142 per leerling plus vaste voet and arrangement amounts with conditions; 9.2 meerjarenbegroting table.",
        "dekkend-aanbod": "Ch. 5 gives the route OT -> arrangement treden A-C -> sbo/so (continuum, with jeugdconsulent); ch. 8 defers gap analysis and thuiszitters approach.",
        "resultaten": "Ch. 10 'Kwaliteit en opbrengsten': three targets with figures and a twice-yearly data collection reported to bestuur, OPR and jaarverslag.",
        "ouders": "Ch. 11: folder, ouderpagina, ouderavond; OJSP De Brug, onderwijsconsulenten, Geschillencommissie.",
    }
    return ctx, B, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 3: mid-size PO verband, PDF only (rendered from a temporary .docx)
# --------------------------------------------------------------------------------------------
def plan_lingeveld():
    ctx = dict(naam="Stichting Samenwerkingsverband Lingeveld PO", kort="Lingeveld", regio="het Lingeveld",
               gemeenten="Lingewaal-Noord, Asperen-Heukelum en Arkelstede", inwoners="126.000",
               sectortaal="primair onderwijs", n_besturen="8", n_scholen="41", n_lln="8.650",
               oogo_datum="29 januari 2026", partner="Samenwerkingsverband VO Lingestroom (VO 26-94)",
               fte="5,8", cao="primair onderwijs", insp_jaar="2024", vast_datum="19 maart 2026",
               opr_datum="11 maart 2026")
    f = lambda k: ("p", fill(k, ctx))
    B = [
        ("title", "Ondersteuningsplan Lingeveld PO 2026-2030"),
        ("subtitle", "Stichting Samenwerkingsverband Lingeveld PO - PO 26-93"),
        ("subtitle", "Definitieve versie"),
        ("toc", [
            "1 Inleiding", "2 Missie en visie", "3 Het Lingeveld-basisarrangement", "4 Het ondersteuningscontinuüm",
            "5 Toelaatbaarheid (zie bijlage 3)", "6 Doorlopende lijnen", "7 Niemand tussen wal en schip",
            "8 Geld volgt de leerling", "9 Kwaliteitszorg", "10 Ouders en communicatie",
            "11 Klachten en geschillen", "12 Bestuur en organisatie", "13 Medezeggenschap en OOGO",
            "14 Vooruitblik", "Bijlagen: 1 Begrippen, 2 Overzicht scholen, 3 Reglement Commissie van Toelaatbaarheid, 4 Resultatenrapportage 2025, 5 Meerjarenbegroting",
        ]),
        ("pb",),
        ("h1", "1 Inleiding"),
        ("p", "Met dit ondersteuningsplan zet Lingeveld PO de koers uit voor de schooljaren 2026-2027 tot en "
              "met 2029-2030. Het plan is compacter dan zijn voorganger. Veel uitwerkingen, zoals reglementen en "
              "de begroting, staan in bijlagen die afzonderlijk worden vastgesteld en bijgewerkt."),
        f("leeswijzer"), f("regio"), f("kengetallen"), f("ontwikkelingen"),
        ("h1", "2 Missie en visie"),
        f("missie"), f("visie1"), f("visie2"),
        ("h1", "3 Het Lingeveld-basisarrangement"),
        ("p", "In het Lingeveld spreken we niet van basisondersteuning maar van het basisarrangement: wat "
              "iedere Lingeveldschool minimaal waarmaakt. De acht standaarden in de tabel hieronder gelden als "
              "ondergrens voor alle 41 locaties van de aangesloten besturen. Ouders kunnen ervan uitgaan dat "
              "elke school dit biedt."),
        ("table", [["Standaard", "Wat dit betekent in de praktijk"],
                   ["1 Veilig klimaat", "jaarlijkse meting sociale veiligheid, vaste aanpak bij pesten, vertrouwenspersoon"],
                   ["2 Leesproblemen en dyslexie", "werken volgens het landelijk protocol; extra leestijd vanaf groep 2"],
                   ["3 Rekenproblemen", "signalering vanaf groep 3 en inzet van het protocol ERWD"],
                   ["4 Meer- en hoogbegaafdheid", "compacten en verrijken in de eigen groep, signaleringsinstrument in groep 1-2"],
                   ["5 Gedrag", "een gedragsspecialist (opgeleid of in opleiding) per school of per cluster van scholen"],
                   ["6 Intern begeleider", "ten minste één dag per week per 100 leerlingen"],
                   ["7 Planmatig werken", "groepsplannen of groepsoverzichten, twee keer per jaar besproken"],
                   ["8 Fysieke toegankelijkheid", "afspraken over medisch handelen en een rolstoeltoegankelijke begane grond"]]),
        ("p", "Elke twee jaar bezoeken twee schoolleiders van een ander bestuur de school (collegiale "
              "visitatie) en toetsen zij het basisarrangement. Bevindingen gaan naar het bestuur van de school."),
        ("h1", "4 Het ondersteuningscontinuüm"),
        ("p", "Boven het basisarrangement kent het Lingeveld een continuüm van ondersteuning. Een school kan "
              "binnen het eigen bestuur expertise inschakelen (bijvoorbeeld de orthopedagoog van het bestuur), "
              "daarna een individueel arrangement bij het verband aanvragen, en ten slotte kan een leerling "
              "worden geplaatst in een van de twee scholen voor speciaal basisonderwijs, De Linge en Het "
              "Kompas, of in het speciaal onderwijs. Daarnaast zijn er twee bovenschoolse voorzieningen: de "
              "Schakelklas voor kinderen met een grote taalachterstand en de Kangoeroegroep voor kinderen die "
              "meer uitdaging nodig hebben, één dag per week."),
        ("h1", "5 Toelaatbaarheid"),
        ("p", "Het verband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het "
              "speciaal onderwijs. De Commissie van Toelaatbaarheid werkt volgens het reglement in bijlage 3. "
              "Daarin zijn de procedure, de criteria en de termijnen beschreven."),
        ("p", "In het schooljaar 2024-2025 werden 87 toelaatbaarheidsverklaringen afgegeven, vergelijkbaar "
              "met het jaar ervoor."),
        ("h1", "6 Doorlopende lijnen"),
        ("h2", "6.1 Van voorschool naar school"),
        ("p", "Met de gemeenten en de kinderopvang is een overdrachtsformulier afgesproken dat bij de "
              "overstap van de voorschool naar groep 1 wordt gebruikt. De intern begeleider van de basisschool "
              "neemt contact op met de pedagogisch medewerker als er zorgen zijn."),
        ("h2", "6.2 Terug naar de wijkschool"),
        ("p", "Plaatsing in het speciaal basisonderwijs of speciaal onderwijs is in het Lingeveld nooit "
              "bedoeld als eindstation. Ons beleid is dat ieder kind dat daar naartoe gaat een "
              "terugkeerperspectief heeft, en dat terugkeer naar een school in de eigen wijk of het eigen dorp "
              "de voorkeur heeft zodra het kind daar met het basisarrangement en eventueel een arrangement "
              "goed kan leren. Voorwaarde is dat ouders en beide scholen achter de overstap staan en dat de "
              "ontvangende school de ondersteuning uit het OPP kan voortzetten."),
        ("p", "De sbo- of so-school neemt het terugkeerperspectief op in het OPP binnen zes weken na plaatsing. "
              "Elk jaar in januari evalueert de school met de ouders of terugkeer aan de orde is. Is dat zo, "
              "dan neemt de intern begeleider van de s(b)o-school het initiatief voor een driegesprek met de "
              "ouders en de beoogde basisschool. De ontvangende school besluit binnen zes weken over de "
              "inschrijving; de TLV loopt dan af op 31 juli van dat schooljaar. Na de terugkeer begeleidt een "
              "ambulant begeleider van de s(b)o-school de leerling en de leerkracht gedurende twintig weken, "
              "bekostigd uit het terugkeerbudget van € 3.000 per leerling."),
        ("p", "In 2024-2025 keerden veertien leerlingen terug van het sbo naar het basisonderwijs en drie van "
              "het so."),
        ("h1", "7 Niemand tussen wal en schip"),
        ("p", "Het Lingeveld heeft een dekkend netwerk als een leerling altijd binnen redelijke tijd een "
              "passende plek heeft. Scholen melden iedere leerling die langer dan twee weken geen onderwijs "
              "volgt bij het Thuiszittersoverleg, waarin het verband, de leerplichtambtenaren en het wijkteam "
              "elke maand zitten. Voor iedere gemelde leerling wordt binnen twee weken een casusregisseur "
              "aangewezen. Als een passende oplossing ontbreekt, kan het verband het Doorbraakbudget (€ 50.000 "
              "per jaar) inzetten voor maatwerk, zoals een tijdelijke combinatie van onderwijs en zorg."),
        ("p", "Signalen over ontbrekende voorzieningen uit het Thuiszittersoverleg worden twee keer per jaar "
              "gebundeld en besproken met de besturen. Zo is in 2024 besloten tot een tweede Schakelklas."),
        ("h1", "8 Geld volgt de leerling"),
        ("p", "Ons verdeelmodel is eenvoudig: het geld volgt de leerling. Van de middelen die na de afdrachten "
              "aan het s(b)o overblijven, gaat 80 procent naar de besturen op basis van hun leerlingaantal op 1 "
              "oktober (in 2026 naar verwachting € 180 per leerling). De overige 20 procent houdt het verband "
              "voor de individuele arrangementen, de bovenschoolse voorzieningen, het Doorbraakbudget en het "
              "bureau. Een arrangement wordt toegekend door het loket wanneer de school het basisarrangement "
              "aantoonbaar heeft ingezet."),
        ("p", "De begroting 2026 en de meerjarenbegroting 2026-2029 worden in december door het algemeen "
              "bestuur vastgesteld en daarna als bijlage 5 aan dit plan toegevoegd."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Middelen besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "9 Kwaliteitszorg"),
        ("p", "Het kwaliteitsbeleid van het verband is beschreven in het afzonderlijke Kwaliteitshandboek "
              "Lingeveld. De resultatenrapportage over 2025 is opgenomen als bijlage 4."),
        ("h1", "10 Ouders en communicatie"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Scholen betrekken ouders bij elke "
              "stap in de ondersteuning en bij het opstellen van het OPP."),
        ("p", "Hoe wij ouders voortaan informeren over de ondersteuningsmogelijkheden in het Lingeveld, werken "
              "wij uit in een communicatieplan dat in het eerste planjaar verschijnt. De huidige website wordt "
              "daarbij vernieuwd."),
        f("scholen_comm"),
        ("h1", "11 Klachten en geschillen"),
        ("p", "Ouders die er met de school of het verband niet uitkomen, staan er niet alleen voor. Het "
              "Lingeveld Ouderpunt (ouderpunt@lingeveld-po.nl, bereikbaar op werkdagen) is het onafhankelijke "
              "ouder- en jeugdsteunpunt voor de regio: een medewerker die niet in dienst is van een schoolbestuur "
              "denkt mee, legt uit en gaat zo nodig mee naar gesprekken. Daarnaast kunnen ouders kosteloos een "
              "beroep doen op de onderwijsconsulenten. Geschillen over toelating en verwijdering kunnen worden "
              "voorgelegd aan de Geschillencommissie passend onderwijs; klachten over het verband aan de "
              "landelijke klachtencommissie waarbij het verband is aangesloten."),
        ("h1", "12 Bestuur en organisatie"),
        f("governance1"), f("governance2"), f("personeel1"), f("personeel2"), f("personeel3"), f("kennis"),
        f("ict1"), f("ict2"), f("inspectie"), f("besluitvorming"), f("integriteit"), f("huisstijl"),
        f("landelijk"), f("kantoor"), f("opleiding"),
        ("h1", "13 Medezeggenschap en OOGO"),
        f("opr"), f("mr"), f("oogo"), f("huisvesting"), f("kansen"),
        ("h1", "14 Vooruitblik"),
        f("planning"), f("jaarplan"), f("vaststelling"),
        ("h1", "Bijlage 1: Begrippen"),
        ("gloss", [
            ("Basisarrangement", "de basisondersteuning die iedere school in het Lingeveld biedt"),
            ("Beoogde resultaten", "de resultaten die het verband wil bereiken voor leerlingen met een ondersteuningsbehoefte"),
            ("Commissie van Toelaatbaarheid", "commissie die namens het verband adviseert over TLV-aanvragen op basis van twee deskundigenadviezen"),
            ("Dekkend netwerk", "het geheel van voorzieningen waardoor iedere leerling een passende plek heeft"),
            ("Meerjarenbegroting", "begroting voor vier jaar die de besteding van de middelen laat zien"),
            ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jongeren"),
            ("TLV", "toelaatbaarheidsverklaring"),
        ]),
        ("h1", "Bijlage 2: Overzicht scholen"),
        ("p", "Het overzicht van de 41 aangesloten scholen met adres en bestuur staat op de website van het verband."),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": False, "ouders.steunpunt": True,
    }
    adv = {
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Ch. 3 'Het Lingeveld-basisarrangement' (unusual name): floor for all 41 locations, content only in the eight-standard table; collegiale visitatie = borging.",
        "plaatsing": "Ch. 5 only refers to the absent bijlage 3 (reglement) for procedure and criteria and gives a TLV count; glossary mention of deskundigenadviezen does not count.",
        "terugstroom": "Hidden in ch. 6 'Doorlopende lijnen', 6.2 'Terug naar de wijkschool': policy (terugkeerperspectief, conditions, 20 weeks support) and procedure (January evaluation, driegesprek, 31 July); 2024-2025 counts.",
        "financien": "Ch. 8 'Geld volgt de leerling' gives the verdeelmodel (80/20, EUR 180 per leerling); the begroting is deferred to bijlage 5 and the table is all p.m.",
        "dekkend-aanbod": "Ch. 4 continuum with sbo/so and bovenschoolse voorzieningen; ch. 7 'Niemand tussen wal en schip' thuiszittersoverleg, casusregisseur, Doorbraakbudget, bundled gap signals.",
        "resultaten": "No intended or achieved results in the body (the TLV count in ch. 5 and return counts in 6.2 are kengetallen of other elements); ch. 9 refers to a separate Kwaliteitshandboek and absent bijlage 4; 'beoogde resultaten' only in the begrippenlijst.",
        "ouders": "Informing parents deferred to a future communicatieplan (ch. 10); steunpunt addressed under 'Klachten en geschillen' (Lingeveld Ouderpunt, onderwijsconsulenten, Geschillencommissie).",
    }
    return ctx, B, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 4: large urban PO verband, HTML web version
# --------------------------------------------------------------------------------------------
def plan_havenduin():
    ctx = dict(naam="Samenwerkingsverband Primair Onderwijs Haven & Duin", kort="Haven & Duin",
               regio="Haven & Duin", gemeenten="Zeehaven, Duinwijck en Strandveld", inwoners="395.000",
               sectortaal="primair onderwijs", n_besturen="11", n_scholen="128", n_lln="34.900",
               oogo_datum="12 februari 2026", partner="Samenwerkingsverband VO Haven & Duin (VO 27-96)",
               fte="24,3", cao="primair onderwijs", insp_jaar="2022", vast_datum="9 april 2026",
               opr_datum="1 april 2026")
    f = lambda k: ("p", fill(k, ctx))
    B = [
        ("title", "Ondersteuningsplan 2026-2030: Elk kind een plek"),
        ("subtitle", "Samenwerkingsverband Primair Onderwijs Haven & Duin (PO 27-95) - webversie van het plan; de pdf kunt u downloaden onderaan deze pagina."),
        ("toc", [
            "1 Voorwoord", "2 De regio in beeld", "3 Koers", "4 Ondersteuning in de school",
            "5 Vijf lagen van ondersteuning", "6 Toewijzing en toelaatbaarheid", "7 Terugplaatsing",
            "8 Thuiszitterspact en zorgplicht", "9 Wat we willen bereiken en hoe we dat volgen",
            "10 Financiën", "11 Governance en medezeggenschap", "12 Organisatie", "13 Samenwerking met gemeenten",
            "14 Planning", "Begrippenlijst",
        ]),
        ("h1", "1 Voorwoord"),
        ("p", "Haven & Duin is een van de grootste samenwerkingsverbanden van Nederland. Elke dag gaan bijna "
              "35.000 kinderen naar een van onze 128 scholen. Achter dat getal gaan heel verschillende "
              "werelden schuil: de havenwijken met veel nieuwkomers, de duindorpen met kleine scholen en de "
              "nieuwe wijken in Strandveld. In dit plan beschrijven wij hoe we samen met elf besturen zorgen "
              "dat elk kind een plek heeft."),
        f("dank"), f("leeswijzer"),
        ("h1", "2 De regio in beeld"),
        f("regio"), f("kengetallen"), f("kansen"), f("ontwikkelingen"),
        ("h1", "3 Koers"),
        f("missie"), f("visie1"), f("visie2"),
        ("h1", "4 Ondersteuning in de school"),
        ("p", "De besturen zijn zelf verantwoordelijk voor de inrichting van de ondersteuning op hun scholen; "
              "dit plan gaat daar niet op in. Een gezamenlijke regionale norm stellen wij niet op zolang de "
              "landelijke norm basisondersteuning nog in voorbereiding is."),
        ("h1", "5 Vijf lagen van ondersteuning"),
        ("p", "Haven & Duin werkt met vijf lagen. Laag 1 is de eigen groep en school, met wat de school zelf "
              "biedt bovenop de basisondersteuning. Laag 2 is het ondersteuningsteam van de school, waarin het "
              "wijkteam van de gemeente vast aanschuift. Laag 3 is een arrangement van het verband: "
              "ambulante begeleiding, een onderwijsassistent of een gedragsspecialist voor een periode van "
              "drie tot twaalf maanden. Laag 4 bestaat uit de bovenschoolse voorzieningen: het Taalhuis voor "
              "nieuwkomers (vier locaties), de Kiemgroepen voor jonge risicoleerlingen en de "
              "plusklassen voor hoogbegaafde leerlingen. Laag 5 is het speciaal basisonderwijs (zes scholen) en "
              "het speciaal onderwijs (vijf scholen voor cluster 3 en 4)."),
        ("p", "Een leerling kan lagen overslaan als de situatie dat vraagt. De lagen zijn geen trap die "
              "afgelopen moet worden, maar een manier om het aanbod overzichtelijk te maken."),
        ("h1", "6 Toewijzing en toelaatbaarheid"),
        ("h2", "6.1 Zo werkt het"),
        ("ul", [
            "Stap 1: het ondersteuningsteam van de school concludeert dat de leerling is aangewezen op het s(b)o en legt dit vast in het OPP.",
            "Stap 2: het bevoegd gezag van de school dient de aanvraag in bij het Ondersteuningsloket Haven & Duin, met OPP, groeidocument en de zienswijze van de ouders.",
            "Stap 3: twee deskundigen, een orthopedagoog-generalist of GZ-psycholoog en een tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater), brengen los van elkaar schriftelijk advies uit.",
            "Stap 4: de Commissie Toewijzing besluit binnen dertig werkdagen na ontvangst van de volledige aanvraag; bij spoed binnen tien werkdagen.",
            "Stap 5: ouders en school ontvangen het besluit met de adviezen van de deskundigen.",
        ]),
        ("h2", "6.2 Wanneer toelaatbaar"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als (a) de school laag 1 tot en met "
              "3 aantoonbaar heeft ingezet gedurende ten minste een half schooljaar, (b) de leerling op twee of "
              "meer ontwikkelingsgebieden een achterstand of belemmering heeft die een kleine groep en een "
              "aangepast tempo vraagt, en (c) er geen perspectief is dat een arrangement in de eigen school "
              "binnen een jaar voldoende effect heeft. Een leerling is toelaatbaar tot het speciaal onderwijs "
              "als daarnaast sprake is van een verstandelijke, lichamelijke of meervoudige beperking, een "
              "langdurige ziekte of een ernstige gedrags- of psychiatrische stoornis die specialistische "
              "onderwijsexpertise en samenwerking met zorg vraagt."),
        ("h2", "6.3 Duur en categorie"),
        ("p", "Een TLV sbo geldt tot het einde van het schooljaar waarin de leerling twaalf jaar wordt. Een TLV "
              "so geldt twee schooljaren; de Commissie Toewijzing bepaalt de bekostigingscategorie laag, midden "
              "of hoog op basis van het deskundigenadvies."),
        ("h1", "7 Terugplaatsing"),
        ("p", "Haven & Duin wil dat het speciaal (basis)onderwijs een tussenstation kan zijn. Onze ambitie is "
              "dat ieder kind dat in het s(b)o start, serieus de kans krijgt om terug te keren naar een reguliere "
              "school in de eigen wijk. Dat kan als de leerling zich zo heeft ontwikkeld dat de "
              "ondersteuningsbehoefte binnen laag 1 tot en met 3 kan worden opgevangen, en als de ontvangende "
              "school en de ouders de overstap steunen. Na terugkeer krijgt iedere leerling een "
              "terugkeerarrangement van één schooljaar: een ambulant begeleider uit het s(b)o begeleidt de "
              "leerling en de leerkracht, en het verband vergoedt de ontvangende school € 4.000 voor extra "
              "handen in de klas."),
        ("p", "Hoe de terugkeer stap voor stap verloopt, leggen de s(b)o-scholen en het loket vast in een "
              "gezamenlijk protocol dat nog in ontwikkeling is."),
        ("h1", "8 Thuiszitterspact en zorgplicht"),
        ("p", "De drie gemeenten, het verband en de besturen hebben in 2024 het Thuiszitterspact Haven & Duin "
              "ondertekend. Elke leerling die niet naar school gaat, wordt binnen vijf schooldagen gemeld bij "
              "het loket. Een maandelijkse Casustafel met leerplicht, jeugdhulp en het verband bespreekt iedere "
              "melding en wijst een regisseur aan. Wanneer een school bij aanmelding geen passende plek kan "
              "bieden, zoekt zij binnen de zorgplicht een andere school; lukt dat niet binnen zes weken, dan "
              "neemt het loket het over."),
        ("p", "Het loket houdt een registratie bij van de wachtlijsten in het so en van aanvragen waarvoor "
              "geen passend aanbod is. Elk halfjaar bespreekt de directeur-bestuurder deze lijst met de "
              "besturen; ontbrekend aanbod wordt vertaald naar een opdracht aan een bestuur of naar een nieuwe "
              "bovenschoolse voorziening."),
        ("h1", "9 Wat we willen bereiken en hoe we dat volgen"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte hebben de besturen de volgende beoogde "
              "resultaten vastgesteld:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
                   ["Thuiszitters langer dan 4 weken", "41", "minder dan 20"],
                   ["Arrangementen waarvan de doelen zijn behaald", "64%", "75%"],
                   ["Doorlooptijd TLV-aanvraag (gemiddeld)", "34 werkdagen", "maximaal 25 werkdagen"],
                   ["Leerlingen die na terugkeer het jaar erna nog regulier onderwijs volgen", "78%", "85%"]]),
        ("p", "Het loket verzamelt deze gegevens doorlopend in het registratiesysteem. Twee keer per jaar "
              "verschijnt een dashboardrapportage die het bestuur, de OPR en de gemeenten ontvangen. In het "
              "jaarverslag rapporteren wij over de bereikte resultaten en lichten we afwijkingen toe; bij "
              "achterblijvende resultaten stelt het bestuur bij in het volgende jaarplan."),
        ("h1", "10 Financiën"),
        ("p", "Haven & Duin beschikt over circa € 30 miljoen per jaar aan ondersteuningsmiddelen. Over een "
              "nieuwe verdeelsystematiek besluit het algemeen bestuur in het najaar van 2026; de uitkomst "
              "verwerken wij in een addendum bij dit plan."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "30.240", "29.980", "29.750", "29.600"],
                   ["Afdrachten so en sbo", "16.820", "16.910", "17.020", "17.090"],
                   ["Middelen naar besturen", "7.450", "7.300", "7.150", "7.050"],
                   ["Arrangementen laag 3", "2.600", "2.550", "2.500", "2.450"],
                   ["Bovenschoolse voorzieningen laag 4", "1.750", "1.750", "1.700", "1.700"],
                   ["Terugkeerarrangementen", "160", "180", "200", "200"],
                   ["Loket, commissie en bureau", "2.310", "2.350", "2.390", "2.430"],
                   ["Saldo", "-850", "-1.060", "-1.210", "-1.320"]]),
        ("p", "De negatieve saldi worden gedekt uit de reserves, die daarmee in 2029 op een weerstandsvermogen "
              "van 8 procent uitkomen."),
        ("h1", "11 Governance en medezeggenschap"),
        f("governance1"), f("governance2"), f("besluitvorming"), f("integriteit"), f("opr"), f("oprscholing"),
        f("mr"), f("inspectie"),
        ("h1", "12 Organisatie"),
        f("kantoor"), f("onderzoek"), f("huisstijl"), f("opleiding"),
        f("personeel1"), f("personeel2"), f("personeel3"), f("kennis"), f("scholen_comm"), f("ict1"), f("ict2"),
        ("h1", "13 Samenwerking met gemeenten"),
        f("oogo"), f("huisvesting"),
        ("p", "In de wijkteams werken onderwijs en jeugdhulp samen. In 2025 is in zes havenwijken een "
              "jeugdhulpmedewerker op school gestart, gefinancierd door de gemeente Zeehaven."),
        ("h1", "14 Planning"),
        f("planning"), f("jaarplan"), f("vaststelling"),
        ("h1", "Begrippenlijst"),
        ("gloss", [
            ("Basisondersteuning", "het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden, zoals een intern begeleider, een dyslexieprotocol en een aanpak voor sociale veiligheid."),
            ("Onderwijsconsulent", "onafhankelijke deskundige die ouders gratis adviseert."),
            ("Ouder- en jeugdsteunpunt (OJSP)", "onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
            ("Schoolondersteuningsprofiel", "document waarin de school beschrijft welke ondersteuning zij biedt; ouders vinden het op de website van de school."),
            ("TLV", "toelaatbaarheidsverklaring."),
            ("Verdeelmodel", "de regels waarmee het verband de middelen over de besturen verdeelt."),
        ]),
    ]
    crit = {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    }
    adv = {
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    }
    notes = {
        "basisondersteuning": "Ch. 4 'Ondersteuning in de school' explicitly leaves it to the boards and waits for the landelijke norm; only a passing 'bovenop de basisondersteuning' in ch. 5 and a definition in the begrippenlijst.",
        "plaatsing": "Ch. 6 'Toewijzing en toelaatbaarheid': five numbered steps with loket, two deskundigen, 30 werkdagen; criteria for sbo and so in 6.2; duration/category 6.3.",
        "terugstroom": "Ch. 7 gives policy (ambition, conditions, terugkeerarrangement of one year, EUR 4.000); the step-by-step procedure is deferred to a protocol 'in ontwikkeling'.",
        "financien": "Ch. 10 has a meerjarenbegroting table with amounts, but the verdeelsystematiek is deferred to an autumn 2026 decision/addendum; 'Middelen naar besturen' row gives no criteria.",
        "dekkend-aanbod": "Ch. 5 five layers incl. bovenschoolse voorzieningen and s(b)o; ch. 8 Thuiszitterspact, Casustafel, zorgplicht escalation and registration of missing aanbod.",
        "resultaten": "Ch. 9 table of beoogde resultaten with nulmeting and streefwaarden; dashboard twice a year and jaarverslag.",
        "ouders": "No chapter or body text on informing parents or independent help; OJSP, onderwijsconsulent and SOP-on-website appear only in the begrippenlijst.",
    }
    return ctx, B, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 5: VO verband, Word (.docx)
# --------------------------------------------------------------------------------------------
def plan_veenmarken():
    ctx = dict(naam="Samenwerkingsverband VO Veenmarken", kort="Veenmarken", regio="de Veenmarken",
               gemeenten="Veenmarken-Noord, Stadskanaal-West en Musselhoek", inwoners="142.000",
               sectortaal="voortgezet onderwijs", n_besturen="6", n_scholen="14", n_lln="9.800",
               oogo_datum="10 februari 2026", partner="Samenwerkingsverband PO Veenmarken (PO 20-97)",
               fte="4,2", cao="voortgezet onderwijs", insp_jaar="2023", vast_datum="31 maart 2026",
               opr_datum="23 maart 2026")
    f = lambda k: ("p", fill(k, ctx))
    B = [
        ("title", "Ondersteuningsplan Samenwerkingsverband VO Veenmarken 2026-2030"),
        ("subtitle", "VO 20-96 | Een passende plek voor iedere jongere"),
        ("toc", [
            "1 Voorwoord", "2 Het verband en de regio", "3 Visie en ambities", "4 Basisondersteuning in het vo",
            "5 Toelaatbaarheid vso, lwoo en pro", "5.4 Terugkeer naar het regulier vo", "6 Dekkend aanbod",
            "7 Kwaliteit en resultaten", "8 Financieel kader", "9 Ouders en leerlingen",
            "10 Bestuur, OPR en OOGO", "11 Bureau en personeel", "12 Privacy en ICT", "Bijlage: begrippen",
        ]),
        ("pb",),
        ("h1", "1 Voorwoord"),
        ("p", "Jongeren in de Veenmarken verdienen onderwijs dat hen voorbereidt op een eigen plek in de "
              "samenleving. Voor de meeste jongeren lukt dat in de reguliere klas; voor een kleinere groep is "
              "meer nodig. Dit plan beschrijft de afspraken die de zes besturen in de Veenmarken daarover "
              "hebben gemaakt. Het is geschreven in een periode van krapte op de arbeidsmarkt en dalende "
              "leerlingaantallen, en dat zult u op verschillende plaatsen terugzien."),
        f("dank"),
        ("h1", "2 Het verband en de regio"),
        ("p", "Samenwerkingsverband VO Veenmarken omvat de gemeenten Veenmarken-Noord, Stadskanaal-West en "
              "Musselhoek. De regio is uitgestrekt: de afstand tussen de noordelijkste en zuidelijkste "
              "vestiging is ruim veertig kilometer en veel leerlingen fietsen of reizen dagelijks met het "
              "streekvervoer. Het aantal leerlingen in het voortgezet onderwijs daalt tot 2030 naar verwachting "
              "met 9 procent."),
        f("kengetallen"),
        ("p", "De arbeidsmarkt in de regio is krap. Vooral voor de technische vakken en de talen zijn vacatures "
              "moeilijk te vervullen, en de kleinere vestigingen in Musselhoek hebben moeite om "
              "ondersteuningscoördinatoren te werven. De besturen hebben in 2025 een gezamenlijk "
              "wervingsprogramma gestart met een regionale vacaturesite en een traineeship voor zij-instromers. "
              "Het verband levert daaraan een bijdrage door de introductie van nieuwe mentoren te verzorgen."),
        ("p", "Het verband heeft sinds 2024 een leerlingenpanel van twaalf jongeren uit verschillende scholen en "
              "leerwegen. Het panel komt drie keer per jaar bijeen en gaf bij de voorbereiding van dit plan "
              "advies over de leesbaarheid van de teksten en over de vraag hoe jongeren zelf betrokken willen "
              "worden bij gesprekken over hun ondersteuning. Een aantal van hun suggesties, zoals het gebruik "
              "van voorbeelden en korte samenvattingen, is in dit plan overgenomen."),
        ("p", "De veertien scholen bieden samen alle leerwegen van het vmbo, havo, vwo en praktijkonderwijs. "
              "Er is één school voor voortgezet speciaal onderwijs binnen de regio (cluster 4); voor cluster 3 "
              "zijn leerlingen aangewezen op scholen in Groningen en Emmen."),
        f("ontwikkelingen"),
        ("h1", "3 Visie en ambities"),
        f("missie"), f("visie1"), f("visie2"),
        ("p", "Onze ambities voor de planperiode zijn een sterkere samenwerking met het primair onderwijs, een "
              "eenvoudiger toewijzing en minder administratieve last voor scholen."),
        ("h1", "4 Basisondersteuning in het vo"),
        ("p", "De zes besturen hebben één niveau van basisondersteuning afgesproken dat voor iedere vestiging "
              "in de Veenmarken geldt, ook voor de kleine locaties in Musselhoek. Het gaat om de ondersteuning "
              "die elke leerling op elke school kan krijgen zonder dat daarvoor een aanvraag bij het verband "
              "nodig is. Elke vestiging biedt ten minste:"),
        ("ul", [
            "een mentor per klas met één lesuur per week mentoraat in de onderbouw;",
            "een ondersteuningscoördinator die het zorg- en adviesteam voorzit;",
            "een dyslexiecoach en faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware);",
            "trainingen faalangstreductie en sociale vaardigheden, minimaal één keer per schooljaar;",
            "begeleiding bij executieve functies (plannen en organiseren) in de onderbouw;",
            "een time-outvoorziening met een vaste begeleider tijdens alle lesuren;",
            "schoolmaatschappelijk werk en een vaste contactpersoon van de jeugdgezondheidszorg;",
            "een protocol medisch handelen.",
        ]),
        ("p", "Scholen nemen deze basisondersteuning op in hun schoolgids."),
        ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
        ("h2", "5.1 Voortgezet speciaal onderwijs"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de "
              "school heeft de basisondersteuning en een arrangement van ten minste zes maanden aantoonbaar "
              "ingezet en geëvalueerd; de leerling heeft een ernstige gedrags-, psychiatrische of "
              "ontwikkelingsproblematiek, een verstandelijke of lichamelijke beperking of een langdurige ziekte; "
              "en de leerling heeft voor zijn ontwikkeling een combinatie van kleine groepen, specialistische "
              "begeleiding en zorg nodig die een reguliere vo-school ook met extra ondersteuning niet kan "
              "bieden. De TLV vermeldt de bekostigingscategorie laag, midden of hoog; een eerste TLV geldt ten "
              "hoogste twee schooljaren."),
        ("h2", "5.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en pro volgt het verband de landelijke criteria. Een leerling komt in aanmerking voor "
              "lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee "
              "van de domeinen begrijpend lezen, inzichtelijk rekenen en spellen (waarvan één lezen of rekenen), "
              "of bij een IQ tussen 91 en 120 met een dergelijke achterstand en sociaal-emotionele "
              "problematiek. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 "
              "en een leerachterstand van ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen "
              "of inzichtelijk rekenen."),
        ("h2", "5.3 Aanvragen"),
        ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en binnen welke termijnen het verband "
              "beslist, staat in de Handleiding Toewijzing 2026 op onze website. Tegen een besluit kunnen ouders "
              "binnen zes weken bezwaar maken; het verband legt het bezwaar voor aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "5.4 Terugkeer naar het regulier vo"),
        ("p", "Het verband wil dat jongeren in het vso, waar dat kan, hun diploma of certificaat in het "
              "regulier voortgezet onderwijs halen. Uitgangspunt is dat terugkeer wordt overwogen bij elke "
              "evaluatie van het ontwikkelingsperspectief, en dat een jongere niet terugkeert zonder een "
              "ontvangende school die vooraf heeft ingestemd met het ondersteuningsplan van de leerling. Een "
              "teruggekeerde leerling krijgt de eerste zes maanden een terugkeercoach van de vso-school, die "
              "wekelijks contact heeft met de mentor."),
        ("p", "De procedure is als volgt. De vso-school evalueert het OPP twee keer per jaar met de leerling "
              "en de ouders. In het laatste jaar van de TLV bespreekt de commissie van begeleiding uiterlijk in "
              "december of terugkeer mogelijk is. Zo ja, dan meldt de vso-school de leerling vóór 1 maart aan "
              "bij de gewenste vo-school en volgt een overdrachtsgesprek met de ondersteuningscoördinator. De "
              "vo-school beslist binnen zes weken over toelating. De TLV eindigt op 31 juli; is terugkeer niet "
              "verantwoord, dan vraagt het bevoegd gezag van de vso-school vóór 1 april een nieuwe TLV aan."),
        ("h1", "6 Dekkend aanbod"),
        ("p", "Een dekkend aanbod is een wettelijke opdracht voor ieder samenwerkingsverband. Een overzicht van "
              "alle voorzieningen in de regio, de sociale kaart, wordt op dit moment opgesteld. Een analyse van "
              "ontbrekende voorzieningen voeren wij uit in het schooljaar 2026-2027; de uitkomsten verwerken "
              "wij in een actualisatie van dit plan."),
        ("h1", "7 Kwaliteit en resultaten"),
        ("p", "Welke resultaten wij in deze planperiode voor leerlingen met extra ondersteuning beogen, "
              "bepalen de besturen na de nulmeting in het najaar van 2026."),
        ("p", "Wel ligt vast hoe wij volgen en verantwoorden. Elk halfjaar stelt de beleidsmedewerker "
              "kwaliteit de Veenmarken-monitor op met het aantal afgegeven TLV's per categorie, de doorlooptijd "
              "van aanvragen, de uitstroom van leerlingen met een TLV of lwoo naar vervolgonderwijs en werk, "
              "en de tevredenheid van scholen over het verband. De monitor wordt besproken in het algemeen "
              "bestuur en in de OPR; de bevindingen en de bereikte resultaten staan in het jaarverslag, dat "
              "vóór 1 juli op de website verschijnt."),
        ("h1", "8 Financieel kader"),
        ("p", "Het verband ontvangt rijksmiddelen voor lichte en zware ondersteuning en voor lwoo en pro. De "
              "begroting en het bestedingsplan worden jaarlijks afzonderlijk door het algemeen bestuur "
              "vastgesteld en zijn te vinden op onze website."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Ouders van leerlingen in groep 8 ontvangen via de basisschool de brochure 'Naar het vo met extra "
              "ondersteuning'. Daarin staat wat iedere vo-school in de Veenmarken aan basisondersteuning biedt "
              "en hoe lwoo, pro en vso worden aangevraagd. Elk jaar in november organiseert het verband samen "
              "met de scholen twee informatieavonden voor ouders, in Veenmarken-Noord en Musselhoek. De "
              "ouderpagina op www.swv-veenmarken.nl bevat dezelfde informatie en de schoolgidsen van alle "
              "scholen."),
        ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Veenmarken, dat telefonisch en via de chat bereikbaar is, en bij de onderwijsconsulenten. Bij "
              "een klacht over het verband geldt de klachtenregeling; het verband is aangesloten bij de "
              "Landelijke Klachtencommissie Onderwijs."),
        ("p", "Jongeren hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief. In de OPR is de "
              "helft van de zetels voor ouders en leerlingen."),
        ("h1", "10 Bestuur, OPR en OOGO"),
        f("governance1"), f("governance2"), f("besluitvorming"), f("integriteit"), f("opr"), f("oprscholing"),
        f("mr"), f("oogo"), f("inspectie"), f("landelijk"),
        ("h1", "11 Bureau en personeel"),
        f("personeel1"), f("personeel2"), f("kantoor"), f("opleiding"), f("onderzoek"), f("huisstijl"),
        ("p", "Voor ondersteuningscoördinatoren organiseert het verband vier keer per jaar een netwerk. "
              "Recente onderwerpen waren het hoorrecht van leerlingen, verzuim en samenwerking met de "
              "leerplichtambtenaar, en de overstap van vmbo naar mbo."),
        ("h1", "12 Privacy en ICT"),
        f("ict1"), f("ict2"), f("planning"), f("jaarplan"), f("vaststelling"),
        ("h1", "Bijlage: begrippen"),
        ("gloss", [
            ("Arrangement", "afgebakende extra ondersteuning bovenop de basisondersteuning"),
            ("Dekkend aanbod", "geheel van voorzieningen waardoor iedere jongere een passende plek vindt"),
            ("Lwoo", "leerwegondersteunend onderwijs"),
            ("Meerjarenbegroting", "begroting voor meer jaren waarin de verdeling van middelen zichtbaar is"),
            ("OPDC", "orthopedagogisch-didactisch centrum"),
            ("Pro", "praktijkonderwijs"),
            ("Thuiszitter", "leerplichtige jongere die zonder geldige reden geen onderwijs volgt"),
            ("Zorgplicht", "plicht van een school om een aangemelde leerling een passende plek te bieden"),
        ]),
    ]
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {
        "plaatsing": ["duur-categorie", "bezwaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Ch. 4: one agreed level for every vestiging plus a concrete list of eight voorzieningen.",
        "plaatsing": "Ch. 5.1/5.2 give criteria for vso, lwoo and pro; the procedure is only referred to the Handleiding Toewijzing on the website (5.3); category/duration and bezwaar are stated.",
        "terugstroom": "Inside the toelaatbaarheid chapter, 5.4 'Terugkeer naar het regulier vo': policy (aim, condition, terugkeercoach) and procedure (OPP evaluations, December, 1 March, 31 July).",
        "financien": "Ch. 8 'Financieel kader' only says funds are received and that begroting/bestedingsplan are on the website; no verdeling or amounts.",
        "dekkend-aanbod": "No continuum described (arrangement only named in the vso criteria); ch. 6 only defers: sociale kaart 'wordt opgesteld', gap analysis in 2026-2027; thuiszitter, zorgplicht, OPDC only in the begrippenlijst.",
        "resultaten": "Ch. 7: intended results deferred until after the 2026 nulmeting; monitoring via half-yearly Veenmarken-monitor, AB/OPR and jaarverslag is addressed.",
        "ouders": "Ch. 9: brochure, information evenings, ouderpagina; OJSP Veenmarken, onderwijsconsulenten and klachtenregeling; hoorrecht/OPR = betrokkenheid.",
    }
    return ctx, B, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Near-miss: a school-level "ondersteuningsplan" (schoolondersteuningsprofiel) of one basisschool
# --------------------------------------------------------------------------------------------
def nearmiss_vlinderboom():
    return [
        ("title", "Ondersteuningsplan OBS De Vlinderboom 2025-2026"),
        ("subtitle", "Schoolondersteuningsprofiel en zorgstructuur - openbare basisschool De Vlinderboom, Zoelenburg"),
        ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op De Vlinderboom", "4 De zorgniveaus",
                 "5 Extra ondersteuning via het samenwerkingsverband", "6 Toelaatbaarheidsverklaring",
                 "7 Ouders", "8 Financiële middelen", "9 Resultaten en opbrengsten", "10 Grenzen aan onze zorg"]),
        ("h1", "1 Inleiding"),
        ("p", "In dit ondersteuningsplan beschrijft OBS De Vlinderboom hoe wij de ondersteuning aan onze "
              "leerlingen organiseren. Het plan is tegelijk ons schoolondersteuningsprofiel (SOP). Wij zijn "
              "aangesloten bij Samenwerkingsverband Passend Onderwijs Waalzoom; het ondersteuningsplan van het "
              "samenwerkingsverband vindt u op de website van het verband. De medezeggenschapsraad van de "
              "school heeft advies uitgebracht over dit plan. Het plan wordt elk schooljaar geactualiseerd."),
        ("h1", "2 Onze school"),
        ("p", "De Vlinderboom is een openbare basisschool in de wijk Vlinderhof met 248 leerlingen in elf "
              "groepen. Ons team bestaat uit zeventien leerkrachten, een intern begeleider (0,8 fte), twee "
              "onderwijsassistenten en een gedragsspecialist. Ongeveer een kwart van onze leerlingen spreekt "
              "thuis een andere taal dan Nederlands."),
        ("h1", "3 Basisondersteuning op De Vlinderboom"),
        ("p", "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband: werken volgens "
              "het dyslexieprotocol, een anti-pestprogramma (KiVa), verrijking voor leerlingen die meer "
              "aankunnen en een ondersteuningsteam met de schoolmaatschappelijk werker. Daarnaast hebben wij "
              "een taalklas op dinsdag- en donderdagmiddag voor leerlingen met een taalachterstand."),
        ("h1", "4 De zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep door de leerkracht. "
              "Niveau 2 is extra zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3 is speciale zorg "
              "na een leerlingbespreking met de intern begeleider. Niveau 4 is zorg met inzet van externe "
              "deskundigen, zoals de orthopedagoog van het bestuur. Niveau 5 is de verwijzing naar het "
              "speciaal (basis)onderwijs."),
        ("p", "Drie keer per jaar houden wij groepsbesprekingen (september, januari en juni). De leerkracht "
              "bespreekt met de intern begeleider de resultaten van de groep, de groepsoverzichten en de "
              "leerlingen die opvallen. Na de Cito-toetsen in januari en juni analyseren we de opbrengsten per "
              "groep en stellen we het groepsplan bij."),
        ("h1", "5 Extra ondersteuning via het samenwerkingsverband"),
        ("p", "Als wij een leerling onvoldoende kunnen helpen, vraagt de intern begeleider een arrangement aan "
              "bij het loket van het samenwerkingsverband. Dat gebeurt altijd in overleg met de ouders. In het "
              "schooljaar 2024-2025 hadden wij zes leerlingen met een arrangement, vooral op het gebied van "
              "gedrag."),
        ("h1", "6 Toelaatbaarheidsverklaring"),
        ("p", "Wanneer een leerling is aangewezen op het speciaal basisonderwijs of speciaal onderwijs, vraagt "
              "ons schoolbestuur een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. Het "
              "samenwerkingsverband beslist over de aanvraag. Vorig schooljaar gingen twee leerlingen naar het "
              "sbo."),
        ("h1", "7 Ouders"),
        ("p", "Ouders worden bij iedere stap betrokken. De leerkracht bespreekt zorgen eerst met de ouders; "
              "bij een leerlingbespreking op niveau 3 of hoger zijn de ouders uitgenodigd. Vragen over de "
              "ondersteuning kunt u stellen aan de intern begeleider, mevrouw S. Öztürk. Bent u het niet eens "
              "met de school, dan kunt u de klachtenregeling van ons bestuur gebruiken."),
        ("h1", "8 Financiële middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget per leerling. Wij besteden dit "
              "aan de formatie van de intern begeleider, de gedragsspecialist en de onderwijsassistenten."),
        ("h1", "9 Resultaten en opbrengsten"),
        ("p", "De eindtoetsresultaten van groep 8 lagen de afgelopen drie jaar boven de signaleringswaarde van "
              "de inspectie. In 2025 behaalde 68 procent van de leerlingen het streefniveau 1F voor lezen."),
        ("h1", "10 Grenzen aan onze zorg"),
        ("p", "Wij kunnen niet iedere leerling de ondersteuning bieden die hij nodig heeft. Grenzen liggen bij "
              "ernstig agressief gedrag, bij intensieve medische verzorging gedurende de dag en bij een "
              "ondersteuningsbehoefte waarvoor de groepsgrootte (gemiddeld 23 leerlingen) te groot is. In die "
              "gevallen zoeken wij samen met de ouders en het samenwerkingsverband een passende plek."),
    ]


# --------------------------------------------------------------------------------------------
def main():
    made = []

    # Plan 1: docx
    ctx, B, crit, adv, notes = plan_waalzoom()
    render_docx(B, OUT / "po-waalzoom-2026.docx", header="SWV Passend Onderwijs Waalzoom | Ondersteuningsplan 2026-2030",
                footer="Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - ouders")
    write_label("po-waalzoom-2026", ["po-waalzoom-2026.docx"], "po", crit, adv, notes)
    made.append(("po-waalzoom-2026", word_count(B)))

    # Plan 2: docx + pdf
    ctx, B, crit, adv, notes = plan_kempen()
    render_docx(B, OUT / "po-kleine-kempen.docx", header="De Kleine Kempen - Ondersteuningsplan 2026-2030 - concept OPR",
                footer="Passend onderwijs in de Kleine Kempen")
    docx_to_pdf(OUT / "po-kleine-kempen.docx", OUT / "po-kleine-kempen.pdf")
    write_label("po-kleine-kempen", ["po-kleine-kempen.docx", "po-kleine-kempen.pdf"], "po", crit, adv, notes)
    made.append(("po-kleine-kempen", word_count(B)))

    # Plan 3: pdf only
    ctx, B, crit, adv, notes = plan_lingeveld()
    tmp = Path(tempfile.mkdtemp(prefix="holdout320_src_"))
    try:
        render_docx(B, tmp / "po-lingeveld.docx", header="Lingeveld PO | Ondersteuningsplan | terugplaatsing - resultaten - ouders",
                    footer="Stichting Samenwerkingsverband Lingeveld PO")
        docx_to_pdf(tmp / "po-lingeveld.docx", OUT / "po-lingeveld.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label("po-lingeveld", ["po-lingeveld.pdf"], "po", crit, adv, notes)
    made.append(("po-lingeveld", word_count(B)))

    # Plan 4: html
    ctx, B, crit, adv, notes = plan_havenduin()
    render_html(B, OUT / "po-haven-en-duin.html", "SWV PO Haven & Duin - Ondersteuningsplan",
                "Samenwerkingsverband Primair Onderwijs Haven & Duin | Ouders | Privacy | Toegankelijkheid | Contact")
    write_label("po-haven-en-duin", ["po-haven-en-duin.html"], "po", crit, adv, notes)
    made.append(("po-haven-en-duin", word_count(B)))

    # Plan 5: VO docx
    ctx, B, crit, adv, notes = plan_veenmarken()
    render_docx(B, OUT / "vo-veenmarken.docx", header="SWV VO Veenmarken - Ondersteuningsplan 2026-2030",
                footer="Financiën, dekkend aanbod en resultaten: zie www.swv-veenmarken.nl")
    write_label("vo-veenmarken", ["vo-veenmarken.docx"], "vo", crit, adv, notes)
    made.append(("vo-veenmarken", word_count(B)))

    # Near-miss
    B = nearmiss_vlinderboom()
    render_docx(B, OUT / "sop-obs-de-vlinderboom.docx", header="OBS De Vlinderboom - ondersteuningsplan school")
    write_label_notplan("sop-obs-de-vlinderboom", ["sop-obs-de-vlinderboom.docx"], "po",
                        "School-level ondersteuningsplan/schoolondersteuningsprofiel of one basisschool (zorgniveaus, "
                        "groepsbesprekingen, own IB'er); it refers to the SWV's plan and is not an ondersteuningsplan "
                        "of a samenwerkingsverband (no OPR, OOGO, verdeelmodel or TLV procedure of the verband).")
    made.append(("sop-obs-de-vlinderboom", word_count(B)))

    for name, n in made:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
