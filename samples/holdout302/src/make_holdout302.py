#!/usr/bin/env python3
"""Generate the holdout302 labelled test set for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO; .docx, .pdf via LibreOffice, .txt)
plus one near-miss document (a school's ondersteuningsprofiel, .html) and a
<name>.expected.yaml label file per document into the parent folder of src/.
Deterministic, no network. All organisations, people and places are fictional.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", text) ("sub", text) ("toc",) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[cells], ...])  first row = header
# --------------------------------------------------------------------------------------------


def toc_entries(blocks):
    out, n = [], 0
    for b in blocks:
        if b[0] == "h1":
            n += 1
            out.append(f"{n}. {b[1]}")
    return out


def numbered(blocks):
    """Number h1 headings (1., 2., ...) and return new list."""
    res, n = [], 0
    for b in blocks:
        if b[0] == "h1":
            n += 1
            res.append(("h1", f"{n}. {b[1]}", b[1]))
        else:
            res.append(b)
    return res


def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | versie ter instemming OPR"
    toc = toc_entries([b if b[0] != "h1" else ("h1", b[2]) for b in blocks])
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1])
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for e in toc:
                doc.add_paragraph(e)
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
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for par in t.cell(i, j).paragraphs:
                            for run in par.runs:
                                run.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def write_txt(blocks, path):
    lines = []
    toc = toc_entries([b if b[0] != "h1" else ("h1", b[2]) for b in blocks])
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines += [b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "sub":
            lines += [b[1], ""]
        elif kind == "toc":
            lines += ["INHOUD", ""] + ["  " + e for e in toc] + ["", ""]
        elif kind == "h1":
            lines += ["", b[1], "-" * len(b[1]), ""]
        elif kind == "h2":
            lines += [b[1], ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "ul":
            lines += ["  - " + it for it in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            fmt = lambda r: " | ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip()
            lines.append(fmt(rows[0]))
            lines.append("-+-".join("-" * x for x in w))
            lines += [fmt(r) for r in rows[1:]]
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    e = html.escape
    parts = [f"<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{e(title)}</title></head><body>"]
    parts.append("<header><nav><a href=\"#\">Home</a> | <a href=\"#\">Onze school</a> | <a href=\"#\">Ouders</a> | <a href=\"#\">Contact</a></nav></header><main>")
    toc = toc_entries([b if b[0] != "h1" else ("h1", b[2]) for b in blocks])
    for b in blocks:
        kind = b[0]
        if kind == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            parts.append(f"<p><em>{e(b[1])}</em></p>")
        elif kind == "toc":
            parts.append("<nav><h2>Inhoud</h2><ol>" + "".join(f"<li>{e(t.split('. ', 1)[1])}</li>" for t in toc) + "</ol></nav>")
        elif kind == "h1":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            parts.append(s + "</tbody></table>")
    parts.append("</main><footer><p>&copy; 2025 | Privacyverklaring | Cookies</p></footer></body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout302_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, docs, sector, elements, criteria, advisory, notes, looks=True):
    data = {"documents": docs, "sector": sector, "looks_like_plan": looks,
            "elements": elements, "criteria": criteria}
    if advisory:
        data["advisory_addressed"] = advisory
    data["notes"] = notes
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def status_from(crit):
    """Derive element status from core criteria; 'missing' must be forced by caller."""
    out = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
               "resultaten", "ouders"]:
        vals = [v for k, v in crit.items() if k.split(".")[0] == el]
        out[el] = "present" if all(vals) else ("partial" if any(vals) else "missing")
    return out


# --------------------------------------------------------------------------------------------
# Shared filler (parametrised). Filler mentions element words only in passing.
# --------------------------------------------------------------------------------------------

def f_voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Dit plan is het resultaat "
              f"van bijna een jaar praten, schrijven, schrappen en opnieuw beginnen. Directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, bestuurders, leden van de ondersteuningsplanraad en medewerkers van het "
              f"samenwerkingsverband hebben ieder vanuit hun eigen rol meegedacht. Wij zijn hen daarvoor veel dank "
              f"verschuldigd. Passend onderwijs is geen project dat ooit af is; het is een manier van samenwerken die "
              f"we elke dag opnieuw vorm geven, in de klas, in de school en tussen de scholen."),
        ("p", f"De afgelopen planperiode hebben we veel geleerd. We zagen dat de {p['scholen']} in onze regio "
              f"steeds beter in staat zijn om leerlingen met uiteenlopende onderwijsbehoeften een plek te bieden. "
              f"Tegelijk zagen we dat de druk op leraren toeneemt, dat het lerarentekort ook onze regio raakt en dat de "
              f"samenwerking met jeugdhulp niet overal vanzelf gaat. Dit plan kiest daarom voor focus: minder nieuwe "
              f"projecten, meer aandacht voor wat werkt en voor de mensen die het werk doen. Wij hopen dat het plan "
              f"leraren, schoolleiders en ouders helpt om samen de goede keuzes te maken."),
        ("p", f"{p['directeur']}, directeur-bestuurder"),
    ]


def f_leeswijzer(p):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan volgt grotendeels de onderwerpen die de wet voorschrijft. Na de inleiding beschrijven we "
              "onze regio en onze visie. Daarna volgen de inhoudelijke hoofdstukken. Achter in het plan staan de "
              "organisatie, de planning en een lijst met begrippen. Waar we naar andere documenten verwijzen, zoals "
              "het jaarplan of de jaarbegroting, geven we dat in de tekst aan. Het plan is geschreven op hoofdlijnen; "
              "de uitwerking vindt plaats in jaarplannen die jaarlijks aan de ondersteuningsplanraad worden "
              "voorgelegd."),
    ]


def f_totstandkoming(p, oogo=True):
    txt = (f"Het concept van dit plan is besproken in de vergadering van het algemeen bestuur van {p['ab_date']}. "
           f"De ondersteuningsplanraad heeft op {p['opr_date']} ingestemd met het plan. ")
    if oogo:
        txt += (f"Het op overeenstemming gericht overleg (OOGO) met de gemeenten {p['gemeenten']} is op "
                f"{p['oogo_date']} afgerond. Ook is overleg gevoerd met het samenwerkingsverband "
                f"{'voortgezet' if p['sector'] == 'po' else 'primair'} onderwijs in de regio. ")
    else:
        txt += f"Het OOGO is gevoerd op {p['oogo_date']}; het verslag is bij de stukken van het bestuur gevoegd. "
    txt += ("Het plan is na vaststelling door het bestuur toegezonden aan de Inspectie van het Onderwijs, ruim voor "
            "1 mei. Het plan geldt voor vier schooljaren, telkens van 1 augustus tot en met 31 juli.")
    return [("h2", "Totstandkoming"), ("p", txt)]


def f_context(p):
    rows = [["Bestuur", "Aantal scholen", "Leerlingen (1 okt 2024)"]] + p["besturen"]
    return [
        ("h1", p.get("context_kop", "Ons samenwerkingsverband")),
        ("p", f"{p['naam']} ({p['code']}) is een stichting waarin {len(p['besturen'])} schoolbesturen samenwerken. "
              f"Het werkgebied omvat de gemeenten {p['gemeenten']}. Het gebied is deels stedelijk en deels "
              f"landelijk; in de kleinere kernen staan relatief kleine scholen, in de stad grotere scholen met een "
              f"gemengde leerlingpopulatie. De bevolking groeit licht in de stedelijke kern en krimpt in de dorpen. "
              f"Dat heeft gevolgen voor de spreiding van voorzieningen en voor het leerlingenvervoer, waarover we met "
              f"de gemeenten in gesprek zijn."),
        ("table", rows),
        ("p", "De cijfers in deze tabel zijn afkomstig uit de telling van DUO. De leerlingaantallen zijn de "
              "afgelopen vijf jaar vrijwel gelijk gebleven. Het aandeel nieuwkomers neemt toe, vooral in de "
              "stedelijke kern. Ook zien we een toename van het aantal leerlingen met een complexe "
              "ondersteuningsvraag in combinatie met problemen thuis."),
    ]


def f_visie(p):
    return [
        ("h1", "Visie en missie"),
        ("p", f"Ieder kind en iedere jongere in {p['regio']} verdient onderwijs dat past bij wie hij of zij is. "
              "Dat is het vertrekpunt van ons werk. Wij geloven dat leerlingen het best tot hun recht komen in een "
              "omgeving waar leraren, ouders en ondersteuners elkaar kennen en vertrouwen. We kijken niet eerst naar "
              "wat een kind niet kan, maar naar wat het nodig heeft om verder te komen. Een label of diagnose is "
              "daarbij nooit het startpunt. Middelen volgen de onderwijsbehoefte, niet andersom."),
        ("p", "Onze missie is dat scholen samen verantwoordelijkheid nemen voor alle leerlingen in de regio. Geen "
              "school staat er alleen voor. Waar een school handelingsverlegen is, helpen andere scholen, de "
              "consulenten van het samenwerkingsverband en de partners in de wijk. We willen dat een arrangement "
              "snel en zonder bureaucratie beschikbaar is, dat de toelaatbaarheid van een leerling niet leidt tot "
              "eindeloze formulieren, en dat we de resultaten van ons werk eerlijk bespreken."),
        ("h2", "Kernwaarden"),
        ("ul", ["Thuisnabij: onderwijs zo dicht mogelijk bij huis.",
                "Samen: scholen, besturen en partners werken als één netwerk.",
                "Vertrouwen: we gaan uit van de professionaliteit van leraren.",
                "Eenvoud: regels zijn er om leerlingen te helpen, niet om ze tegen te houden."]),
        ("p", "Deze waarden zijn tijdens drie werkconferenties met schoolleiders en intern begeleiders opgehaald en "
              "daarna door het bestuur vastgesteld. Ze vormen het kompas voor alle keuzes in dit plan."),
    ]


def f_governance(p):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; "
              f"het interne toezicht ligt bij een Raad van Toezicht van vijf leden, van wie drie afkomstig uit de "
              f"aangesloten schoolbesturen en twee onafhankelijk. De Raad van Toezicht keurt onder meer de begroting "
              f"en het jaarverslag goed en benoemt de accountant. Daarnaast is er een Algemene Vergadering waarin alle "
              f"{len(p['besturen'])} besturen zitting hebben; zij stelt het ondersteuningsplan vast. De scheiding "
              f"tussen bestuur en toezicht is vastgelegd in de statuten, die ook een geschillenregeling voor "
              f"geschillen tussen de besturen bevatten."),
        ("p", "Het bureau van het samenwerkingsverband bestaat uit een klein team: de directeur-bestuurder, een "
              "beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een secretaresse en een team van "
              "consulenten en orthopedagogen. Het bureau is gevestigd in een gebouw dat we delen met een van de "
              "aangesloten besturen. Dat bevordert de korte lijnen."),
        ("h2", "Ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
              "daarvan. De OPR vergadert ten minste vijf keer per jaar. De directeur-bestuurder is bij een deel van "
              "de vergadering aanwezig. De OPR heeft een eigen reglement en een eigen budget voor scholing. Het "
              "samenwerkingsverband faciliteert de OPR met ambtelijke ondersteuning."),
    ]


def f_personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft {p['fte']} fte in dienst. De grootste groep medewerkers bestaat uit "
              "consulenten en orthopedagogen die scholen adviseren en meedenken in ondersteuningsteams. Daarnaast "
              "zijn er medewerkers voor de ondersteuning van het bureau. Het samenwerkingsverband volgt de cao van "
              "de sector. Voor het personeel geldt een gesprekkencyclus met jaarlijks een ontwikkelgesprek."),
        ("p", "Professionalisering is een belangrijk thema. Het samenwerkingsverband organiseert jaarlijks een "
              "studiedag voor intern begeleiders en ondersteuningscoördinatoren, een leernetwerk over gedrag en een "
              "reeks bijeenkomsten over het werken met het ontwikkelingsperspectief. Scholen kunnen daarnaast "
              "gebruikmaken van het scholingsaanbod van de besturen. We willen dat kennis die op één school is "
              "opgebouwd, snel ook op andere scholen beschikbaar komt. Daarom starten we met kennisateliers waarin "
              "leraren van verschillende scholen elkaar bezoeken."),
        ("p", "Het lerarentekort raakt ook ons werk. Wanneer er op een school geen leraar voor de klas staat, komt "
              "de ondersteuning aan leerlingen als eerste onder druk. We bespreken met de besturen hoe we de inzet "
              "van onderwijsassistenten en specialisten zo organiseren dat zij niet worden weggetrokken om gaten in "
              "de formatie te vullen."),
    ]


def f_ict(p):
    return [
        ("h1", "ICT, gegevensbescherming en privacy"),
        ("p", "Voor de aanvraag en toekenning van ondersteuning gebruikt het samenwerkingsverband een beveiligde "
              "digitale omgeving. Scholen leveren daarin dossiers aan; alleen medewerkers die de gegevens nodig "
              "hebben voor hun taak hebben toegang. Het samenwerkingsverband heeft een functionaris "
              "gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden."),
        ("p", "Gegevens over de gezondheid van leerlingen verwerken we alleen voor zover dat nodig is voor onze "
              "wettelijke taken. Dossiers worden bewaard tot drie jaar na het besluit en daarna vernietigd. Het "
              "privacyreglement is vastgesteld door het bestuur na advies van de ondersteuningsplanraad. Jaarlijks "
              "controleren we steekproefsgewijs of de autorisaties nog kloppen."),
    ]


def f_oogo(p):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Het samenwerkingsverband werkt nauw samen met de gemeenten {p['gemeenten']}. In het OOGO maken we "
              "afspraken over de aansluiting tussen onderwijs en jeugdhulp, over leerlingenvervoer, over "
              "onderwijshuisvesting en over leerlingen die (dreigen) uit te vallen. Twee keer per jaar is er een "
              "bestuurlijk overleg met de wethouders onderwijs en jeugd; daarnaast is er maandelijks ambtelijk "
              "overleg."),
        ("p", "Concrete afspraken uit het OOGO voor deze planperiode zijn: op elke school is een vaste "
              "contactpersoon van het lokale team beschikbaar die aansluit bij het ondersteuningsteam; "
              "onderwijs-zorgarrangementen worden gezamenlijk gefinancierd volgens een vaste verdeelsleutel "
              "(onderwijsdeel door het samenwerkingsverband, zorgdeel door de gemeente); en de gemeenten en het "
              "samenwerkingsverband stellen samen één regionaal overzicht op van jeugdhulp die op school kan worden "
              "ingezet."),
    ]


def f_extra(p):
    return [
        ("h1", "Medezeggenschap en besluitvorming"),
        ("p", "De ondersteuningsplanraad is op een zorgvuldige manier bij dit plan betrokken. In de voorbereiding "
              "zijn drie themabijeenkomsten georganiseerd waarin leden van de OPR, directeuren en medewerkers van het "
              "samenwerkingsverband samen de hoofdlijnen hebben besproken. De OPR heeft een concept ontvangen en "
              "schriftelijke vragen gesteld; de antwoorden op die vragen zijn gedeeld met alle leden. Op verzoek van "
              "de OPR zijn enkele passages herschreven, onder meer om het taalgebruik toegankelijker te maken en "
              "afkortingen te verklaren."),
        ("p", "Naast de OPR heeft ook de medezeggenschapsraad van het samenwerkingsverband zelf, die bestaat uit "
              "medewerkers van het bureau, advies gegeven over de onderdelen die betrekking hebben op het personeel "
              "van het samenwerkingsverband. Het bestuur heeft de adviezen overgenomen. Wijzigingen van dit plan "
              "tijdens de planperiode worden opnieuw ter instemming aan de OPR voorgelegd. Jaarlijks bespreken bestuur "
              "en OPR in een gezamenlijke bijeenkomst hoe de samenwerking verloopt en welke onderwerpen in het "
              "komende jaar op de agenda komen. De leden van de OPR ontvangen een vergoeding volgens de regeling van "
              "het samenwerkingsverband en kunnen scholing volgen."),
        ("h1", "Kennis en innovatie"),
        ("p", f"Het samenwerkingsverband werkt samen met de lerarenopleiding en het lectoraat inclusief onderwijs "
              f"van de hogeschool in de regio. Studenten doen praktijkonderzoek op de scholen van {p['kort']}, "
              "bijvoorbeeld naar de werkzaamheid van co-teaching of naar de manier waarop leraren gesprekken met "
              "leerlingen voeren. Twee keer per jaar presenteren zij hun bevindingen tijdens een kennismiddag, waarvoor "
              "alle scholen worden uitgenodigd. Zo verbinden we onderzoek en praktijk."),
        ("p", "Ook innovaties op de scholen zelf krijgen aandacht. Scholen die iets nieuws uitproberen, bijvoorbeeld "
              "een andere inrichting van de onderbouw of het werken met digitale leermiddelen voor leerlingen met "
              "leesproblemen, kunnen hun ervaringen delen op het kennisplatform van het samenwerkingsverband. "
              "Het platform bevat inmiddels meer dan tachtig praktijkvoorbeelden, handreikingen en filmpjes. We "
              "willen het platform de komende jaren verder uitbouwen tot de plek waar leraren in de regio elkaar "
              "vinden."),
        ("h1", "Werkwijze van het bureau"),
        ("p", "Het bureau van het samenwerkingsverband werkt vraaggericht. Iedere school heeft een vaste consulent "
              "als eerste aanspreekpunt. Vragen van intern begeleiders en ondersteuningscoördinatoren worden binnen "
              "twee werkdagen beantwoord. Voor overleg met directeuren is er een vast directeurenoverleg per "
              "deelregio, dat zes keer per jaar bijeenkomt. Het bestuur en de directeuren ontvangen maandelijks een "
              "digitale nieuwsbrief met actualiteiten, wijzigingen in regelgeving en uitnodigingen voor "
              "bijeenkomsten."),
        ("p", "Het bureau streeft naar zo min mogelijk administratieve lasten voor scholen. Formulieren zijn de "
              "afgelopen jaren sterk vereenvoudigd, en informatie die al eerder is aangeleverd, hoeft niet opnieuw "
              "te worden ingevuld. Jaarlijks vragen we de scholen om feedback op onze dienstverlening en passen we "
              "onze werkwijze daarop aan."),
        ("h1", "Werkdruk en duurzame inzetbaarheid"),
        ("p", "Leraren, intern begeleiders en ondersteuningscoördinatoren ervaren een hoge werkdruk. Het "
              "samenwerkingsverband wil daar niet aan bijdragen met extra overleg of formulieren. Daarom kijken we bij "
              "elke nieuwe afspraak eerst wat er kan vervallen. Voor de eigen medewerkers van het bureau hebben we "
              "afspraken gemaakt over thuiswerken, over bereikbaarheid buiten werktijd en over de verdeling van "
              "piekbelasting rond de voorjaarsperiode, wanneer veel aanvragen binnenkomen. Het ziekteverzuim van het "
              "bureau lag de afgelopen jaren rond de vier procent. Medewerkers hebben jaarlijks een budget voor "
              "persoonlijke ontwikkeling en kunnen gebruikmaken van loopbaanbegeleiding."),
        ("p", "We besteden ook aandacht aan de veiligheid van medewerkers die bij gesprekken in gezinnen of op "
              "scholen in lastige situaties terechtkomen. Er is een protocol voor agressie en ongewenst gedrag, en na "
              "een incident is er altijd een nagesprek met de leidinggevende. Nieuwe medewerkers krijgen in hun "
              "eerste jaar een vaste collega als maatje en volgen een inwerkprogramma waarin zij alle scholen in hun "
              "deelregio bezoeken."),
        ("h2", "Huisvesting van het bureau"),
        ("p", "Het bureau verhuist in 2026 naar een kleiner, beter bereikbaar pand in het centrum, dichtbij het "
              "station. Daar zijn ook flexibele spreekkamers waar consulenten afspraken kunnen maken. Bij de inrichting "
              "letten we op duurzaamheid en op toegankelijkheid voor bezoekers met een beperking."),
    ]


def f_planning(p, rows):
    return [
        ("h1", "Planning van de planperiode"),
        ("p", "Onderstaande tabel geeft de belangrijkste mijlpalen weer. De planning wordt jaarlijks in het jaarplan "
              "verder uitgewerkt en waar nodig bijgesteld."),
        ("table", [["Periode", "Activiteit", "Eigenaar"]] + rows),
    ]


def f_slot(p):
    return [
        ("h1", "Tot slot"),
        ("p", "Een ondersteuningsplan is pas waardevol als het in de scholen betekenis krijgt. Wij nodigen iedereen "
              "uit om met ons in gesprek te blijven: over wat goed gaat, over wat beter kan en over de leerlingen "
              "voor wie we het samen nog niet hebben opgelost. Het plan is vastgesteld voor vier jaar, maar de "
              "gesprekken erover gaan door."),
    ]


def glossary(items):
    rows = [["Begrip", "Omschrijving"]] + [[a, b] for a, b in items]
    return [("h1", "Begrippen- en afkortingenlijst"), ("table", rows)]


GLOSS_COMMON = [
    ("Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen binnen het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen, zodat voor iedere leerling een passende plek is."),
    ("TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Terugplaatsing", "Het terugkeren van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."),
    ("Meerjarenbegroting", "Begroting van het samenwerkingsverband voor meerdere jaren, met de verdeling van de ondersteuningsmiddelen."),
    ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt dat ouders en leerlingen informeert en ondersteunt."),
    ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
    ("OPR", "Ondersteuningsplanraad."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("SOP", "Schoolondersteuningsprofiel."),
    ("Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."),
]


# ============================================================================================
# Plan A: PO, .docx - Dellestroom. basis P, plaatsing P, terugstroom partial (procedure missing),
# financien partial (besteding -> absent bijlage), dekkend P, resultaten missing, ouders P (in Communicatie)
# ============================================================================================

PA = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Dellestroom", kort="Dellestroom", code="PO 27-14",
          periode="2025-2029", sector="po", scholen="basisscholen", regio="de Dellestroom-regio",
          gemeenten="Veldhaven, Oostermeer en Brakel", directeur="drs. M. (Marijke) Verhoeven",
          ab_date="12 december 2024", opr_date="4 maart 2025", oogo_date="18 februari 2025", fte="14,6",
          besturen=[["Stichting Primo Veldhaven", "14", "4.210"], ["Stichting Katholiek Onderwijs Oostermeer", "9", "2.380"],
                    ["Vereniging Christelijk Onderwijs Brakel", "6", "1.420"], ["Stichting De Kleine Delta (sbo)", "2", "310"],
                    ["Stichting Orion (so cluster 3 en 4)", "3", "465"], ["Eenpitter OBS De Zandloper", "1", "188"]])


def plan_a():
    p = PA
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{p['naam']} ({p['code']})"),
         ("sub", "Samen zorgen voor passend onderwijs in Veldhaven, Oostermeer en Brakel. Met aandacht voor "
                 "basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten en ouders."),
         ("toc",)]
    b += f_voorwoord(p) + f_leeswijzer(p) + f_totstandkoming(p) + f_context(p) + f_visie(p)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "In Dellestroom hebben de besturen afgesproken welke ondersteuning op iedere school en iedere "
              "vestiging aanwezig is. Dit noemen we de basisondersteuning. Het is de ondergrens: geen school in het "
              "samenwerkingsverband biedt minder, veel scholen bieden meer. Een ouder kan er dus op rekenen dat zijn "
              "kind op elke basisschool in de regio ten minste de hieronder beschreven ondersteuning krijgt, zonder "
              "dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het sbo en het so vallen niet onder "
              "deze afspraak; zij bieden per definitie meer."),
        ("p", "De afspraken zijn uitgewerkt in tien standaarden. Bij elke standaard hoort een concrete invulling. "
              "De standaarden zijn in 2024 met alle intern begeleiders herijkt."),
        ("table", [["Standaard", "Wat dit op iedere school concreet betekent"],
                   ["1. Ondersteuningsstructuur", "Elke school heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een schoolondersteuningsteam dat minstens zes keer per jaar bijeenkomt."],
                   ["2. Handelingsgericht werken", "Leraren werken met groepsplannen of groepsoverzichten; na elke toetsperiode is er een groepsbespreking."],
                   ["3. Dyslexie en dyscalculie", "De school volgt het landelijke protocol leesproblemen en dyslexie en het protocol ernstige rekenwiskunde-problemen en dyscalculie; hulpsoftware is beschikbaar."],
                   ["4. Gedrag en sociale veiligheid", "Schoolbrede aanpak (bijvoorbeeld PBS of Kanjertraining), jaarlijkse monitoring sociale veiligheid en een anti-pestcoördinator."],
                   ["5. Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5, compacten en verrijken in de groep, verrijkingsmateriaal voor leerlingen die dat nodig hebben."],
                   ["6. Taal en NT2", "Extra woordenschatonderwijs en leesbegeleiding in kleine groepjes voor leerlingen met een taalachterstand."],
                   ["7. Medische handelingen", "Een protocol medisch handelen en afspraken met ouders over bijvoorbeeld medicijnverstrekking."],
                   ["8. Fysieke toegankelijkheid", "Aanpassingen die zonder verbouwing mogelijk zijn, zoals een prikkelarme werkplek."],
                   ["9. Samenwerking met ketenpartners", "Vaste contactpersoon van het lokale team en schoolmaatschappelijk werk."],
                   ["10. Ontwikkelingsperspectief", "Voor leerlingen met een eigen leerlijn wordt binnen zes weken een OPP opgesteld en twee keer per jaar geëvalueerd."]]),
        ("h2", "Hoe we de basisondersteuning bewaken"),
        ("p", "Iedere school beschrijft in de schoolgids hoe zij de tien standaarden invult. De consulent van het "
              "samenwerkingsverband bespreekt jaarlijks met de directeur en de intern begeleider aan de hand van de "
              "kwaliteitskaart of de school aan de standaarden voldoet. Blijkt een school op een of meer "
              "standaarden onder het niveau te zitten, dan maakt het bestuur binnen drie maanden een verbeterplan, "
              "waarvan de uitvoering het volgende jaar opnieuw wordt besproken."),
        ("h1", "Extra ondersteuning en een dekkend aanbod"),
        ("p", "Wanneer de basisondersteuning niet voldoende is, kan de school extra ondersteuning inzetten. We "
              "onderscheiden vier niveaus die samen het ondersteuningscontinuüm van de regio vormen."),
        ("table", [["Niveau", "Vorm", "Voorbeelden", "Wie beslist"],
                   ["1", "Basisondersteuning", "Zie hoofdstuk basisondersteuning", "School"],
                   ["2", "Arrangement in de eigen school", "Individuele begeleiding, extra handen in de klas, inzet specialist gedrag", "School met consulent SWV"],
                   ["3", "Bovenschoolse voorziening", "Taalklas De Brug, plusklas Denkwerk, observatiegroep De Kei (max. 12 weken)", "Commissie Arrangementen SWV"],
                   ["4", "Speciaal (basis)onderwijs", "sbo De Kleine Delta (2 locaties), so Orion (cluster 3 en 4, 3 locaties)", "Commissie Toelaatbaarheid SWV"]]),
        ("p", "De scholen werken in drie regioteams samen: Veldhaven-Noord, Veldhaven-Zuid en Oostermeer/Brakel. In "
              "elk regioteam zitten de intern begeleiders, een consulent en een orthopedagoog van het "
              "samenwerkingsverband. Het regioteam zoekt samen een passende plek als een school handelingsverlegen "
              "is; de zorgplicht blijft bij de school van aanmelding, maar de scholen in het regioteam hebben "
              "afgesproken een leerling binnen tien schooldagen een passend aanbod te doen."),
        ("h2", "Thuiszitters en witte vlekken"),
        ("p", "Elke leerling die langer dan vier weken geen onderwijs volgt, wordt binnen twee weken besproken aan "
              "de thuiszitterstafel, waaraan het samenwerkingsverband, de leerplichtambtenaar, het lokale team en de "
              "school deelnemen. Na drie maanden zonder oplossing zet de directeur-bestuurder zijn "
              "doorzettingsmacht in: het samenwerkingsverband wijst dan een school en een arrangement aan en betaalt "
              "dat vooruitlopend op de afspraken tussen de besturen. Twee keer per jaar inventariseren de regioteams "
              "welke leerlingen niet passend geplaatst kunnen worden en wat ontbreekt; uit de laatste inventarisatie "
              "bleek dat er geen passend aanbod is voor jonge kinderen met ernstige gedragsproblemen en een "
              "ontwikkelingsachterstand. Daarom start in augustus 2025 een combinatiegroep onderwijs-zorg van acht "
              "plaatsen op de locatie van so Orion in Oostermeer."),
    ]
    b += [
        ("h1", "Toelaatbaarheid tot het sbo en het so"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de "
              "leerling staat ingeschreven of is aangemeld. De aanvraag loopt via het digitale loket van het "
              "samenwerkingsverband. Het besluit wordt genomen door de Commissie Toelaatbaarheid, die namens de "
              "directeur-bestuurder beslist."),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                   ["1", "Bespreking in het schoolondersteuningsteam; school vult het groeidocument aan", "IB'er, ouders, consulent", "-"],
                   ["2", "Indienen aanvraag met groeidocument, OPP en zienswijze van ouders", "Schoolbestuur", "-"],
                   ["3", "Toets op volledigheid", "Loket SWV", "binnen 5 werkdagen"],
                   ["4", "Twee afzonderlijke schriftelijke deskundigenadviezen", "Orthopedagoog of psycholoog + tweede deskundige", "binnen 3 weken"],
                   ["5", "Besluit en toezending aan school en ouders (met kopie van de adviezen)", "Commissie Toelaatbaarheid", "binnen 6 weken na ontvangst"]]),
        ("p", "De eerste deskundige is altijd een orthopedagoog of psycholoog. De tweede deskundige wordt per "
              "leerling gekozen: een kinderpsychiater, maatschappelijk werker, arts of pedagoog. Geen van beide "
              "deskundigen is betrokken geweest bij de aanvraag."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("table", [["Voorziening", "Criteria (alle drie van toepassing)"],
                   ["sbo", "a) de school heeft aantoonbaar gedurende minimaal twee OPP-cycli de basisondersteuning en een arrangement op niveau 2 ingezet; b) de leerling heeft een onderwijsbehoefte op meerdere gebieden (leren, gedrag, werkhouding) die een kleine groep en een aangepast tempo vraagt; c) de deskundigen adviseren dat de leerling in het regulier onderwijs niet tot ontwikkeling komt."],
                   ["so cluster 3", "a) een ernstige verstandelijke, lichamelijke of langdurige medische beperking; b) de onderwijsbehoefte vraagt specialistische expertise en zorg gedurende de hele schooldag; c) in sbo of regulier onderwijs is geen passend aanbod mogelijk."],
                   ["so cluster 4", "a) ernstige gedrags- of psychiatrische problematiek die in meerdere situaties zichtbaar is; b) de veiligheid van de leerling of anderen is in het geding of de leerling kan zonder intensieve begeleiding niet leren; c) eerdere arrangementen en jeugdhulp zijn onvoldoende gebleken."]]),
        ("p", "Een TLV voor het sbo of so wordt in beginsel afgegeven voor twee schooljaren, tot en met 31 juli. "
              "Voor het so wordt de bekostigingscategorie laag, midden of hoog vastgesteld op basis van het "
              "deskundigenadvies. Bij een medische of ernstig meervoudige beperking kan een TLV voor de resterende "
              "basisschoolperiode worden afgegeven."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en schoolbestuur kunnen binnen zes weken na de dagtekening van het besluit bezwaar maken bij "
              "het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bezwaar behandelt en advies uitbrengt. "
              "Binnen zes weken na dat advies beslist het samenwerkingsverband op het bezwaar."),
        ("h1", "Van sbo of so terug naar de basisschool"),
        ("p", "Plaatsing in het sbo of so is niet bedoeld als eindstation. Ons uitgangspunt is dat een leerling "
              "terugkeert naar een reguliere basisschool zodra het ontwikkelingsperspectief dat toelaat en de "
              "leerling daar met ondersteuning tot ontwikkeling kan komen. We kiezen zo veel mogelijk voor een "
              "school dicht bij huis. Voorwaarden zijn dat de ontvangende school de ondersteuning kan bieden die in "
              "het OPP staat, dat ouders achter de overstap staan en dat de leerling de overstap aankan."),
        ("p", "Na de terugkeer ontvangt de basisschool gedurende een jaar een terugplaatsingsarrangement: "
              "ambulante begeleiding vanuit de sbo- of so-school (maximaal twee uur per week) en een extra budget "
              "voor inzet van een onderwijsassistent. Ook na afloop van dat jaar blijft de leerling in beeld bij de "
              "consulent."),
        ("p", "Hoe de evaluatiemomenten, de rolverdeling tussen sbo/so-school en basisschool en de besluitvorming "
              "rond het einde van de TLV precies verlopen, leggen we in een werkinstructie vast die in de loop van "
              "2026 met de speciale scholen wordt opgesteld."),
    ]
    b += f_oogo(p)
    b += [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een maandelijkse nieuwsbrief en met besturen via het directeurenoverleg."),
        ("h2", "Informatie voor ouders"),
        ("p", "Ouders vinden op de ouderpagina van onze website uitleg over de basisondersteuning, de arrangementen, "
              "de bovenschoolse voorzieningen en de route naar het sbo en so. Deze informatie is er ook als "
              "ouderfolder in het Nederlands, Engels, Arabisch en Pools; iedere school reikt de folder uit bij de "
              "intake. Elke school beschrijft in haar schoolgids welke ondersteuning zij biedt. Twee keer per jaar "
              "organiseert het samenwerkingsverband een informatieavond voor ouders in Veldhaven en in Oostermeer, "
              "en ouders kunnen op werkdagen met vragen terecht bij het ouderloket (telefonisch of via de chat)."),
        ("h2", "Onafhankelijke steun voor ouders"),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school of met het samenwerkingsverband. Het "
              "Ouder- en Jeugdsteunpunt Dellestroom is ondergebracht bij Stichting MeeWijzer en werkt onafhankelijk "
              "van scholen en samenwerkingsverband. Het steunpunt helpt ouders en kinderen kosteloos bij gesprekken "
              "met school, denkt mee bij een OPP en bundelt signalen voor het bestuur. Daarnaast kunnen ouders "
              "gratis een beroep doen op de Onderwijsconsulenten en bij een geschil over toelating, verwijdering of "
              "het OPP terecht bij de Geschillencommissie passend onderwijs."),
    ]
    b += [
        ("h1", "Financieel beleid"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdrachten aan DUO voor leerlingen in het so en de overdracht aan het sbo resteert het "
              "budget waarover het samenwerkingsverband zelf beslist."),
        ("h2", "Het verdeelmodel"),
        ("p", "Wij verdelen de middelen volgens een schoolmodel. De besturen ontvangen jaarlijks per 1 augustus een "
              "bedrag per leerling (teldatum 1 oktober van het voorafgaande jaar) voor de versterking van de basis- "
              "en extra ondersteuning op hun scholen, aangevuld met een vaste voet per schoollocatie zodat kleine "
              "scholen niet benadeeld worden. Arrangementen op niveau 3 worden door de Commissie Arrangementen "
              "toegekend en rechtstreeks door het samenwerkingsverband betaald. Het bestuur stelt de bedragen "
              "jaarlijks vast bij de begroting."),
        ("table", [["Onderdeel verdeelmodel", "Criterium", "Bedrag 2025-2026"],
                   ["Schoolbudget", "per leerling, teldatum 1 oktober", "€ 165 per leerling"],
                   ["Vaste voet", "per schoollocatie", "€ 6.500 per locatie"],
                   ["Arrangementen niveau 3", "toekenning door Commissie Arrangementen", "op aanvraag"],
                   ["Thuiszitters-/doorzettingsbudget", "inzet door directeur-bestuurder", "max. € 120.000 per jaar"]]),
        ("p", "De meerjarenbegroting 2025-2029, met de verwachte baten, de afdrachten en de bestedingen per "
              "onderdeel, is opgenomen in bijlage 5 bij dit plan."),
        ("h2", "Reserves"),
        ("p", "Het samenwerkingsverband houdt een weerstandsvermogen aan dat gelijk is aan de signaleringswaarde van "
              "de inspectie plus een risicobuffer van 3% van de baten. Het deel van de reserve daarboven is in de "
              "afgelopen twee jaar ingezet voor de kennisateliers en de combinatiegroep onderwijs-zorg."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Kwaliteit is voor ons geen papieren werkelijkheid. We willen weten of leerlingen beter worden "
              "geholpen dankzij de afspraken in dit plan. Daarom voeren we in het voorjaar van 2026 een nulmeting "
              "uit. De beoogde resultaten voor de planperiode en de indicatoren waarmee we de bereikte resultaten "
              "zullen volgen, worden op basis van die nulmeting opgenomen in het jaarplan 2026-2027. Tot die tijd "
              "houden we de vinger aan de pols in de gesprekken met de scholen."),
    ]
    b += f_governance(p) + f_extra(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [["2025-2026", "Start combinatiegroep onderwijs-zorg; kennisateliers", "Directeur-bestuurder"],
                         ["voorjaar 2026", "Nulmeting; werkinstructie terugplaatsing", "Beleidsmedewerker"],
                         ["2026-2027", "Herijking standaarden basisondersteuning", "Regioteams"],
                         ["2027-2028", "Tussentijdse bespreking plan met OPR", "Directeur-bestuurder"],
                         ["2028-2029", "Voorbereiding nieuw ondersteuningsplan", "Bestuur"]])
    b += f_slot(p)
    b += glossary(GLOSS_COMMON + [("Verdeelmodel", "De manier waarop de ondersteuningsmiddelen over de besturen worden verdeeld."),
                                  ("Terugplaatsingsarrangement", "Begeleiding van een leerling die uit het sbo of so terugkeert naar het regulier onderwijs.")])
    return numbered(b)


LABEL_A = dict(
    crit={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
          "plaatsing.procedure": True, "plaatsing.criteria": True,
          "terugstroom.procedure": False, "terugstroom.beleid": True,
          "financien.verdeling": True, "financien.besteding": False,
          "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
          "resultaten.doelen": False, "resultaten.monitoring": False,
          "ouders.informatie": True, "ouders.steunpunt": True},
    adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "ch. 'Basisondersteuning: wat elke school biedt': ondergrens for every vestiging plus table of ten standards with concrete content; borging via kwaliteitskaart.",
           "plaatsing": "ch. 'Toelaatbaarheid tot het sbo en het so': steps table (aanvrager, loket, deskundigen, Commissie Toelaatbaarheid, 6 weken) and criteria table for sbo/so cl.3/cl.4; duration, category, bezwaar via LBT.",
           "terugstroom": "ch. 'Van sbo of so terug naar de basisschool' gives aims, conditions and terugplaatsingsarrangement (beleid), but the procedure (evaluation moments, who decides) is deferred to a werkinstructie 'in de loop van 2026'.",
           "financien": "ch. 'Financieel beleid': verdeelmodel with per-leerling amount, vaste voet, criteria table; the meerjarenbegroting is only referred to an absent 'bijlage 5', so besteding is not addressed.",
           "dekkend-aanbod": "ch. 'Extra ondersteuning en een dekkend aanbod': four-level continuum table, regioteams; subsection 'Thuiszitters en witte vlekken' with thuiszitterstafel, doorzettingsmacht and a found gap plus action.",
           "resultaten": "ch. 'Kwaliteit en resultaten' only defers intended results and indicators to the jaarplan 2026-2027 after a nulmeting; nothing else addresses results.",
           "ouders": "Found under 'Communicatie': ouderpagina, multilingual folder, schoolgids, info evenings, ouderloket; OJSP Dellestroom, Onderwijsconsulenten, Geschillencommissie passend onderwijs."})


# ============================================================================================
# Plan B: VO, .docx - Kempenrand. basis partial (inhoud -> absent bijlage 2), plaatsing partial
# (criteria -> website), terugstroom P (inside TLV chapter), financien P ("Geld en middelen"),
# dekkend partial (lacunes deferred), resultaten P, ouders missing (heading with deferral only)
# ============================================================================================

PB = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", kort="Kempenrand", code="VO 30-09",
          periode="2026-2030", sector="vo", scholen="scholen voor voortgezet onderwijs", regio="de Kempenrand",
          gemeenten="Heidestein, Loonbeek, Aarlo en Waalre-Heide", directeur="J.A. (Joost) van der Linden MSc",
          ab_date="27 januari 2026", opr_date="17 maart 2026", oogo_date="3 maart 2026", fte="11,2",
          context_kop="Regio en kengetallen",
          besturen=[["Stichting Kempenrand College", "4", "5.120"], ["Ons Middelbaar Onderwijs Heidestein", "3", "3.870"],
                    ["Stichting Praktijkonderwijs De Werkplaats", "1", "310"], ["Stichting Vso De Horizon", "2", "420"],
                    ["Vereniging Loonbeek Lyceum", "1", "1.240"]])


def plan_b():
    p = PB
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['naam']} ({p['code']}) - Samen sterk voor iedere leerling"),
         ("toc",)]
    b += f_voorwoord(p) + f_leeswijzer(p) + f_totstandkoming(p) + f_context(p)
    b += [("table", [["Kengetal (1 oktober)", "2021", "2023", "2025"],
                     ["Deelname vso", "3,9%", "3,7%", "3,5%"],
                     ["Leerlingen in pro", "2,9%", "2,8%", "2,8%"],
                     ["Leerlingen met lwoo", "11,4%", "10,8%", "10,1%"]])]
    b += f_visie(p)
    b += [
        ("h1", "Ondersteuning op school"),
        ("h2", "Basisondersteuning"),
        ("p", "Alle scholen en vestigingen van het samenwerkingsverband bieden ten minste hetzelfde niveau van "
              "basisondersteuning. Dat niveau is door de besturen gezamenlijk vastgesteld en geldt ook voor het "
              "praktijkonderwijs. De basisondersteuning bestaat volgens het referentiekader uit basiskwaliteit, "
              "preventieve en licht curatieve interventies, een ondersteuningsstructuur en planmatig werken."),
        ("p", "Welke voorzieningen, expertise en interventies iedere school in het kader van de basisondersteuning "
              "concreet aanbiedt, is uitgewerkt in de Kwaliteitskaart basisondersteuning Kempenrand (bijlage 2). "
              "Scholen nemen deze beschrijving over in hun schoolgids."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Het ondersteuningsaanbod in de Kempenrand is opgebouwd als een doorlopende reeks: van wat iedere "
              "mentor doet tot de meest specialistische plek in het vso. Het samenwerkingsverband bewaakt de samenhang "
              "tussen de onderdelen."),
        ("table", [["Niveau", "Aanbod", "Toegang"],
                   ["1 Basis", "Basisondersteuning op iedere school", "Direct, via mentor en ondersteuningscoördinator"],
                   ["2 Extra in de school", "Ondersteuningsarrangementen: trajectvoorziening, faalangsttraining, begeleiding door gedragsspecialist, Steunpunt autisme (Kempenrand College locatie Noord)", "Ondersteuningsteam van de school"],
                   ["3 Bovenschools", "OPDC De Overstap (max. 20 weken, terugkeer naar eigen school), Reboundvoorziening Aarlo, Time-out-plaatsen", "Toewijzingscommissie SWV"],
                   ["4 Speciaal", "Vso De Horizon (cluster 3 en 4, uitstroomprofielen vervolgonderwijs, arbeidsmarkt, dagbesteding), onderwijs-zorgarrangement Kempenhof", "TLV van het SWV"]]),
        ("p", "Leerlingen die vanuit het primair onderwijs instromen, worden besproken in de warme overdracht, die "
              "samen met het samenwerkingsverband PO wordt georganiseerd. Voor leerlingen die het vso verlaten richting "
              "mbo of werk is er een overstapcoach."),
        ("p", "Het aantal thuiszitters is een zorg die we delen met de gemeenten. Een analyse van de witte vlekken in "
              "het aanbod en van de leerlingen voor wie nu geen passende plek te vinden is, wordt uitgevoerd door een "
              "extern bureau; de uitkomsten en de acties die daaruit volgen, nemen we op in het jaarplan 2027."),
    ]
    b += [
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "Voor plaatsing in het vso is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De "
              "aanvraag verloopt in vaste stappen:"),
        ("table", [["Stap", "Inhoud", "Verantwoordelijk"],
                   ["1", "Ondersteuningsteam school stelt vast dat de ondersteuningsbehoefte de mogelijkheden van niveau 1-3 overstijgt", "Ondersteuningscoördinator"],
                   ["2", "Aanvraag bij de Toewijzingscommissie met OPP, verslag van het ondersteuningsteam en onderwijskundig rapport", "Bevoegd gezag school van inschrijving"],
                   ["3", "Advies van twee deskundigen: een orthopedagoog of GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater)", "Deskundigenpool SWV"],
                   ["4", "Besluit over toelaatbaarheid, duur en bekostigingscategorie (laag, midden, hoog)", "Toewijzingscommissie namens directeur-bestuurder"],
                   ["5", "Verzending besluit aan school", "Secretariaat"]]),
        ("p", "De Toewijzingscommissie beslist binnen zes weken na ontvangst van een volledige aanvraag. De criteria "
              "die de commissie hanteert om te bepalen of een leerling toelaatbaar is, zijn te vinden op "
              "www.swvkempenrand.nl/tlv en in de Handreiking toewijzing."),
        ("p", "Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren en loopt altijd af op 31 juli."),
        ("h2", "Leerwegondersteuning en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband hanteert voor lwoo de landelijke criteria. De vo-school vraagt lwoo aan via "
              "het digitale loket vóór 1 maart voorafgaand aan het eerste leerjaar; de Toewijzingscommissie beslist "
              "binnen vier weken en kent lwoo toe voor de duur van de opleiding. Voor praktijkonderwijs doet de "
              "school van aanmelding een aanvraag met de gegevens over IQ en leerachterstanden; de commissie toetst "
              "aan de landelijke criteria en geeft een TLV pro af voor de duur van de opleiding."),
        ("h2", "Afloop van de TLV en terugkeer naar het vo"),
        ("p", "Het vso en het samenwerkingsverband streven er samen naar dat leerlingen, als het kan, terugkeren naar "
              "een reguliere vo-school, met de ondersteuning die zij daar nodig hebben. Een terugkeer heeft alleen "
              "zin als de leerling het perspectief heeft om op de nieuwe school een diploma of certificaat te halen "
              "en als de ontvangende school de ondersteuning uit het OPP kan bieden."),
        ("p", "Uiterlijk op 1 februari van het laatste jaar van de TLV bespreekt de commissie van begeleiding van De "
              "Horizon het OPP van iedere leerling en adviseert zij of terugkeer mogelijk is. Bij een positief advies "
              "meldt De Horizon de leerling vóór 1 april aan bij een vo-school en organiseert zij een "
              "overdrachtsgesprek. De vo-school neemt de leerling op per 1 augustus. Is terugkeer niet mogelijk, dan "
              "vraagt De Horizon vóór 1 april een nieuwe TLV aan; de Toewijzingscommissie beslist dan opnieuw. "
              "Na terugkeer ontvangt de vo-school een terugkeerarrangement van € 4.500 per leerling voor het eerste "
              "jaar en begeleidt een ambulant begeleider van De Horizon de leerling het eerste halfjaar."),
        ("p", "In 2024-2025 keerden 14 leerlingen vanuit het vso terug naar een reguliere school, tegen 9 in "
              "2021-2022."),
    ]
    b += [
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 13,8 miljoen aan rijksmiddelen voor lichte en "
              "zware ondersteuning en lwoo/pro. Een groot deel daarvan gaat rechtstreeks via DUO naar het vso en het "
              "praktijkonderwijs."),
        ("p", "De overige middelen verdelen we als volgt. Ieder bestuur ontvangt een ondersteuningsbudget van € 112 per "
              "leerling (teldatum 1 oktober) voor niveau 1 en 2; de lwoo-middelen worden doorgegeven op basis van het "
              "aantal toegekende lwoo-leerlingen; OPDC, rebound en de terugkeerarrangementen worden door het "
              "samenwerkingsverband centraal bekostigd. Een bestuur dat meer dan 5% boven het regionale gemiddelde "
              "uitkomt in het aantal leerlingen met een arrangement op niveau 2, kan een aanvullend bedrag aanvragen "
              "bij het bestuur van het samenwerkingsverband, dat binnen acht weken beslist."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdragen", "13.820", "13.690", "13.540", "13.410"],
                   ["Afdracht DUO vso en pro", "-7.410", "-7.350", "-7.280", "-7.220"],
                   ["Ondersteuningsbudget besturen (niveau 1-2)", "1.640", "1.625", "1.610", "1.595"],
                   ["Doorbetaling lwoo", "2.480", "2.440", "2.400", "2.360"],
                   ["OPDC De Overstap en rebound", "1.150", "1.150", "1.150", "1.150"],
                   ["Terugkeerarrangementen", "70", "75", "80", "80"],
                   ["Bureau en personeel SWV", "980", "990", "1.000", "1.010"],
                   ["Resultaat", "90", "60", "20", "-5"]]),
        ("p", "De besturen verantwoorden jaarlijks in hun jaarverslag en in een vast format aan het "
              "samenwerkingsverband waaraan zij het ondersteuningsbudget hebben besteed."),
        ("h1", "Resultaten"),
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", "In het vorige plan wilden we de deelname aan het vso laten dalen naar 3,5% en wilden we dat 80% van "
              "de leerlingen van OPDC De Overstap binnen twintig weken terugkeert naar de eigen school. Het eerste is "
              "gelukt (van 3,9% in 2021 naar 3,5% in 2025); het tweede niet: in 2024-2025 keerde 68% binnen twintig "
              "weken terug. "
              "Scholen waardeerden de samenwerking met het samenwerkingsverband in de laatste peiling met een 7,4."),
        ("h2", "Beoogde resultaten 2026-2030"),
        ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Meer leerlingen thuisnabij", "Deelname vso (1 okt)", "3,5%", "3,2%"],
                   ["Snellere toewijzing", "Doorlooptijd TLV-aanvraag", "38 dagen", "max. 30 dagen"],
                   ["Meer terugkeer", "Terugkeer vso -> vo per jaar", "14", "20"],
                   ["Tevreden leerlingen met arrangement", "Score leerlingpeiling", "6,9", "7,5"]]),
        ("h2", "Hoe we de resultaten volgen"),
        ("p", "De beleidsmedewerker verzamelt twee keer per jaar (peildata 1 oktober en 1 maart) de gegevens uit het "
              "loket, DUO en de leerplichtadministratie. Deze worden in een dashboard gepresenteerd en besproken in "
              "het directeurenoverleg en met de Raad van Toezicht. In het jaarverslag rapporteren we per indicator "
              "de bereikte waarde en de kosten van de bijbehorende voorzieningen. Bij een afwijking van meer dan 10% "
              "van de lijn naar de streefwaarde stelt het bestuur een verbeteractie vast."),
    ]
    b += f_oogo(p)
    b += [
        ("h1", "Ouders en leerlingen"),
        ("p", "Dit hoofdstuk wordt in het najaar van 2026 herschreven in samenspraak met de ouder- en "
              "leerlinggeleding van de OPR. De nieuwe tekst wordt als wijziging van dit plan ter instemming "
              "voorgelegd."),
    ]
    b += f_governance(p) + f_extra(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [["2026-2027", "Analyse witte vlekken; herschrijven hoofdstuk ouders en leerlingen", "Beleidsmedewerker"],
                         ["2027", "Jaarplan met acties dekkend aanbod", "Directeur-bestuurder"],
                         ["2027-2028", "Evaluatie OPDC De Overstap", "Toewijzingscommissie"],
                         ["2029-2030", "Evaluatie plan en nieuw ondersteuningsplan", "Bestuur"]])
    b += f_slot(p)
    b += glossary(GLOSS_COMMON + [("LWOO", "Leerwegondersteunend onderwijs."), ("PrO", "Praktijkonderwijs."),
                                  ("OPDC", "Orthopedagogisch-didactisch centrum."),
                                  ("Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders kosteloos helpen bij onderwijsvragen."),
                                  ("Thuiszitter", "Leerplichtige jongere die zonder vrijstelling geen onderwijs volgt.")])
    return numbered(b)


LABEL_B = dict(
    crit={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
          "plaatsing.procedure": True, "plaatsing.criteria": False,
          "terugstroom.procedure": True, "terugstroom.beleid": True,
          "financien.verdeling": True, "financien.besteding": True,
          "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
          "resultaten.doelen": True, "resultaten.monitoring": True,
          "ouders.informatie": False, "ouders.steunpunt": False},
    adv={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
         "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "'Ondersteuning op school / Basisondersteuning' states a common minimum for all vestigingen but only the generic referentiekader definition; concrete voorzieningen are referred to an absent 'bijlage 2' Kwaliteitskaart.",
           "plaatsing": "'Toewijzing en toelaatbaarheid': vso steps table, deskundigen, Toewijzingscommissie, 6 weeks, duration, lwoo/pro procedure; the vso toelaatbaarheid criteria are only referred to the website/Handreiking (lwoo/pro only 'landelijke criteria').",
           "terugstroom": "Hidden inside the TLV chapter ('Afloop van de TLV en terugkeer naar het vo'): aims/conditions, dated steps (1 feb, 1 april, 1 aug), new TLV, terugkeerarrangement; figures 14 vs 9.",
           "financien": "Under 'Geld en middelen': per-leerling budget and allocation rules plus a 2026-2029 meerjarenbegroting table; verantwoording by boards.",
           "dekkend-aanbod": "'Het ondersteuningscontinuüm' table (niveau 1-4, OPDC, rebound, vso, OZA) addresses continuum; gaps/thuiszitters only a passing line and a deferral to the jaarplan 2027.",
           "resultaten": "'Resultaten': terugblik with achieved figures, table of targets with nulmeting/streefwaarde, monitoring cycle with peildata, dashboard, jaarverslag.",
           "ouders": "Heading 'Ouders en leerlingen' contains only a deferral (rewritten in najaar 2026); Onderwijsconsulenten/OJSP appear only in the begrippenlijst; no bezwaar/steunpunt text."})


# ============================================================================================
# Plan C: PO, .pdf - Waterlinie. basis P (inhoud only in table), plaatsing partial (procedure ->
# website), terugstroom missing, financien P, dekkend partial (continuum -> sociale kaart),
# resultaten partial (monitoring deferred), ouders partial (steunpunt -> website)
# ============================================================================================

PC = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs De Waterlinie", kort="De Waterlinie", code="PO 26-05",
          periode="2025-2029", sector="po", scholen="basisscholen", regio="de regio Waterlinie",
          gemeenten="Lingewaard-Oost, Fortbeek en Schansdorp", directeur="mr. H. (Hatice) Yilmaz",
          ab_date="5 december 2024", opr_date="11 februari 2025", oogo_date="28 januari 2025", fte="9,8",
          context_kop="Ons verband in cijfers",
          besturen=[["Stichting Linie Scholen", "18", "5.330"], ["Stichting Fortgroep", "11", "2.960"],
                    ["Stichting Gereformeerd Onderwijs Schansdorp", "4", "870"], ["Sbo De Vesting", "1", "205"],
                    ["So De Bastion (cluster 4)", "1", "140"]])


def plan_c():
    p = PC
    b = [("title", "Ondersteuningsplan De Waterlinie 2025-2029"),
         ("sub", f"{p['naam']} ({p['code']})"),
         ("sub", "Vastgesteld door de Algemene Vergadering op 25 februari 2025"),
         ("toc",)]
    b += f_voorwoord(p)
    b += [("h2", "Samenvatting"),
          ("p", "In dit plan beschrijven we wat elke school minimaal biedt, wanneer een leerling naar het sbo of so "
                "kan, hoe we het geld verdelen, welke doelen we stellen en hoe we ouders informeren. Nieuw ten opzichte "
                "van het vorige plan zijn de gezamenlijke standaarden voor de basisondersteuning en de aanpak van "
                "witte vlekken. Over terugplaatsing, resultaten en de positie van ouders gaan we de komende jaren "
                "verder in gesprek.")]
    b += f_leeswijzer(p) + f_totstandkoming(p) + f_context(p) + f_visie(p)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De besturen in De Waterlinie hebben in 2024 vastgesteld dat onderstaande voorzieningen op iedere "
              "locatie van iedere aangesloten basisschool beschikbaar zijn. Zij vormen samen de basisondersteuning "
              "van het samenwerkingsverband."),
        ("table", [["Domein", "Voorziening op iedere locatie"],
                   ["Leren", "Intern begeleider (min. 1 dag per week per 100 leerlingen); dyslexie- en dyscalculieprotocol; RT in kleine groepjes voor lezen en rekenen"],
                   ["Gedrag", "Schoolbrede gedragsaanpak met gedragsspecialist op bestuursniveau; time-in-plek in de school"],
                   ["Sociaal-emotioneel", "Jaarlijkse sociale-veiligheidsmeting; aanpak pesten; kindgesprekken met de mentor"],
                   ["Taal", "Woordenschatprogramma voor NT2-leerlingen; leesbevordering in groep 3-4"],
                   ["Begaafdheid", "Compacten en verrijken; signalering met vast instrument"],
                   ["Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking"],
                   ["Structuur", "Leerlingvolgsysteem, groepsbesprekingen na elke toetsperiode, OPP binnen 6 weken na vaststelling eigen leerlijn"]]),
        ("p", "De intern begeleiders bespreken jaarlijks in het IB-netwerk hoe de scholen deze voorzieningen "
              "invullen."),
        ("h1", "Ondersteuningsaanbod"),
        ("p", "Naast de basisondersteuning kent de regio verschillende vormen van extra ondersteuning en "
              "bovenschoolse voorzieningen. Omdat het aanbod de komende jaren wordt herzien, nemen we het niet in dit "
              "plan op. Het actuele overzicht van alle arrangementen en voorzieningen staat in de sociale kaart op "
              "www.dewaterlinie-po.nl/aanbod. De herziening van het aanbod aan extra ondersteuning wordt in 2026 "
              "afgerond."),
        ("h2", "Thuiszitters en witte vlekken"),
        ("p", "Samen met leerplicht houden we een lijst bij van leerlingen die (dreigen) thuis te zitten. De "
              "leerplichtambtenaar meldt iedere leerling die langer dan twee weken verzuimt bij het "
              "samenwerkingsverband. Binnen tien werkdagen organiseert de consulent een overleg met school, ouders "
              "en jeugdhulp, waarin een plan met een termijn wordt afgesproken. Lukt het niet binnen acht weken om "
              "een passende plek te vinden, dan besluit de directeur-bestuurder welke school de leerling plaatst en "
              "welke ondersteuning het samenwerkingsverband daarvoor betaalt."),
        ("table", [["Gesignaleerde witte vlek (2024)", "Actie", "Gereed"],
                   ["Geen aanbod voor jonge risicoleerlingen in de voorschoolse periode", "Pilot 'Startgroep' met kinderopvang in Fortbeek", "augustus 2026"],
                   ["Wachtlijst so De Bastion (11 leerlingen)", "Uitbreiding met één groep op locatie Schansdorp", "januari 2026"],
                   ["Onvoldoende aanbod voor hoogbegaafde leerlingen met gedragsproblemen", "Voltijds HB-klas met gedragsspecialist", "augustus 2027"]]),
        ("h1", "Toelaatbaarheid"),
        ("p", "Voor plaatsing in het sbo of het so is een toelaatbaarheidsverklaring nodig. De procedure voor het "
              "aanvragen van een TLV is beschreven in de Handreiking TLV, die scholen kunnen downloaden van de "
              "website van het samenwerkingsverband."),
        ("p", "Bij het beoordelen van een aanvraag gaat het samenwerkingsverband uit van de volgende criteria."),
        ("table", [["", "sbo", "so (cluster 3 of 4)"],
                   ["Ondersteuningsbehoefte", "Behoefte aan een kleine groep (max. 16 leerlingen) en een aangepaste leerlijn op meerdere vakgebieden", "Behoefte aan specialistische begeleiding gedurende de gehele schooldag, vaak in combinatie met zorg"],
                   ["Voorgeschiedenis", "Minimaal één jaar handelingsgericht gewerkt met OPP; arrangement op de eigen school ingezet en geëvalueerd", "Idem, en sbo-plaatsing overwogen of niet passend gebleken"],
                   ["Ontwikkelingsprofiel", "Leerrendement structureel onder 75% of ernstige werkhoudingsproblemen", "Ernstige beperking of stoornis (verstandelijk, lichamelijk, langdurig ziek, gedrag/psychiatrie) die het leren ernstig belemmert"],
                   ["Bekostigingscategorie", "n.v.t.", "Laag (cluster 4, ZML), midden (LZ/LG), hoog (MG)"]]),
        ("p", "Een TLV wordt voor maximaal drie schooljaren afgegeven."),
        ("h1", "Uitstroom en overstap naar het voortgezet onderwijs"),
        ("p", "Een goede overstap naar het voortgezet onderwijs is belangrijk voor iedere leerling, maar zeker voor "
              "leerlingen die extra ondersteuning krijgen. Met het samenwerkingsverband VO hebben we afgesproken dat "
              "de basisschool voor iedere leerling met een OPP vóór 1 februari een warme overdracht organiseert. "
              "Leerlingen uit het sbo stromen na groep 8 uit naar het praktijkonderwijs, het vmbo of het vso. Bij "
              "deze doorstroom gebruiken we het digitaal overdrachtsdossier. In de terugblik op de vorige "
              "planperiode bleek dat de doorstroom van basisschool naar VO grotendeels soepel verloopt."),
    ]
    b += [
        ("h1", "Financiën"),
        ("p", "De ondersteuningsmiddelen worden verdeeld volgens een bestuursmodel. Elk bestuur ontvangt een "
              "bedrag per leerling op basis van de teldatum 1 oktober (in 2025: € 190 per leerling). Daarnaast "
              "ontvangt het sbo een aanvulling tot de bekostiging bij 2% deelname. Individuele arrangementen worden "
              "aangevraagd bij de Commissie Arrangementen van het samenwerkingsverband; die toetst aan de criteria "
              "dat de basisondersteuning aantoonbaar is ingezet en dat het arrangement binnen een jaar tot een "
              "meetbaar doel leidt. De directeur-bestuurder stelt de bedragen jaarlijks vast in de begroting, na "
              "advies van het directeurenoverleg."),
        ("table", [["Meerjarenbegroting (bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "9.840", "9.760", "9.700", "9.650"],
                   ["Afdrachten so (DUO)", "-2.310", "-2.350", "-2.380", "-2.400"],
                   ["Overdracht sbo", "-1.420", "-1.410", "-1.400", "-1.390"],
                   ["Budget per leerling naar besturen", "1.790", "1.770", "1.760", "1.750"],
                   ["Individuele arrangementen", "2.100", "2.050", "2.000", "2.000"],
                   ["Witte vlekken en thuiszitters", "350", "400", "450", "450"],
                   ["Bureau, consulenten, deskundigen", "1.520", "1.540", "1.560", "1.580"],
                   ["Saldo", "350", "240", "150", "80"]]),
        ("p", "Het positieve saldo wordt ingezet om de reserve, die boven de signaleringswaarde ligt, verder af te "
              "bouwen."),
        ("h1", "Doelen voor de planperiode"),
        ("p", "We hebben ons voor deze planperiode de volgende doelen gesteld voor leerlingen die extra "
              "ondersteuning nodig hebben."),
        ("table", [["Doel", "Streefwaarde 2029"],
                   ["Leerlingen met extra ondersteuning volgen onderwijs op een school dicht bij huis", "Deelname sbo + so maximaal 3,0% (2024: 3,4%)"],
                   ["Geen kind langer dan drie maanden zonder onderwijs", "0 leerlingen"],
                   ["Arrangementen halen hun doel", "75% van de arrangementen behaalt het gestelde doel"],
                   ["Ouders zijn tevreden over de ondersteuning", "Gemiddeld minimaal een 7"]]),
        ("p", "Hoe en wanneer we de voortgang op deze doelen meten en erover rapporteren, werken we uit zodra het "
              "regionale dashboard in 2026 gereed is."),
    ]
    b += f_oogo(p)
    b += [
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband informeert ouders over de ondersteuningsmogelijkheden op verschillende "
              "manieren. Op de website staat een ouderpagina met uitleg over basisondersteuning, arrangementen en "
              "het sbo en so. Iedere school geeft bij de aanmelding de brochure 'Passend onderwijs in De "
              "Waterlinie' mee, en in de schoolgids staat welke ondersteuning de school biedt. Jaarlijks is er een "
              "ouderavond over de overstap naar het sbo en so. De consulent van het samenwerkingsverband is bij "
              "gesprekken met ouders aanwezig wanneer dat nodig is."),
        ("p", "Voor onafhankelijke ondersteuning en bij onenigheid verwijzen wij ouders naar de organisaties die op "
              "de ouderpagina van onze website staan vermeld."),
    ]
    b += f_governance(p) + f_extra(p) + f_personeel(p)
    b += f_planning(p, [["2025-2026", "Uitbreiding De Bastion; pilot Startgroep", "Directeur-bestuurder"],
                         ["2026", "Herziening aanbod extra ondersteuning; dashboard", "Beleidsadviseur"],
                         ["2027", "Voltijds HB-klas", "Stichting Linie Scholen"],
                         ["2028-2029", "Evaluatie en nieuw plan", "Bestuur"]])
    b += glossary(GLOSS_COMMON + [("Sociale kaart", "Overzicht van alle ondersteuningsvoorzieningen in de regio."),
                                  ("Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk en kosteloos adviseert."),
                                  ("Warme overdracht", "Persoonlijk overdrachtsgesprek tussen basisschool en VO-school.")])
    return numbered(b)


LABEL_C = dict(
    crit={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
          "plaatsing.procedure": False, "plaatsing.criteria": True,
          "terugstroom.procedure": False, "terugstroom.beleid": False,
          "financien.verdeling": True, "financien.besteding": True,
          "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
          "resultaten.doelen": True, "resultaten.monitoring": False,
          "ouders.informatie": True, "ouders.steunpunt": False},
    adv={"plaatsing": ["duur-categorie"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Basisondersteuning': minimum at every locatie; the concrete content is only in the domain table.",
           "plaatsing": "'Toelaatbaarheid': criteria table sbo vs so (with category), duration; the procedure is only referred to a downloadable 'Handreiking TLV' on the website.",
           "terugstroom": "Nothing on return from sbo/so; 'Uitstroom en overstap naar het voortgezet onderwijs' is a near-miss (PO-VO doorstroom, warme overdracht); terugplaatsing only in the begrippenlijst and a summary line saying it will be discussed later.",
           "financien": "'Financiën': bestuursmodel with per-leerling amount, criteria of Commissie Arrangementen, meerjarenbegroting table 2025-2028.",
           "dekkend-aanbod": "'Ondersteuningsaanbod' refers the whole continuum to the sociale kaart on the website (deferral to 2026); subsection 'Thuiszitters en witte vlekken' addresses lacunes with escalation and a gap/action table.",
           "resultaten": "'Doelen voor de planperiode' gives a table of targets; measurement and reporting are deferred until the dashboard is ready in 2026.",
           "ouders": "'Communicatie': ouderpagina, brochure, schoolgids, ouderavond (informatie); independent help only referred to organisations listed on the website."})


# ============================================================================================
# Plan D: VO, .pdf - Noorderzand. basis missing, plaatsing P, terugstroom partial (procedure only
# in a table, beleid deferred), financien partial (verdeling deferred), dekkend missing,
# resultaten partial (doelen deferred), ouders P
# ============================================================================================

PD = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Noorderzand", kort="Noorderzand", code="VO 21-03",
          periode="2025-2029", sector="vo", scholen="vo-scholen", regio="Noorderzand",
          gemeenten="Zandwijk, Duinhoven en Ter Wiel", directeur="drs. P.J. (Pieter) Bosman",
          ab_date="14 januari 2025", opr_date="25 februari 2025", oogo_date="6 februari 2025", fte="7,4",
          context_kop="Kengetallen",
          besturen=[["Stichting Noorderzand Scholengroep", "5", "6.240"], ["Christelijk Lyceum Duinhoven", "2", "2.110"],
                    ["Praktijkschool Ter Wiel", "1", "265"], ["Vso De Kustlijn", "1", "330"]])


def plan_d():
    p = PD
    b = [("title", "Ondersteuningsplan Noorderzand 2025-2029"),
         ("sub", f"{p['naam']} ({p['code']}) - basisondersteuning, toelaatbaarheid, terugplaatsing, begroting, kwaliteit en ouders"),
         ("toc",)]
    b += f_voorwoord(p)
    b += [("h1", "Inleiding"),
          ("p", "Dit ondersteuningsplan is het derde plan van Noorderzand. Het bouwt voort op het vorige plan en op "
                "de evaluatie die in 2024 met de scholen is uitgevoerd. We hebben ervoor gekozen het plan compact te "
                "houden. Onderwerpen die jaarlijks veranderen, zoals de precieze bedragen per school, staan in het "
                "jaarplan en de jaarbegroting.")]
    b += f_leeswijzer(p) + f_totstandkoming(p, oogo=False) + f_context(p)
    b += [("h1", "Missie en koers"),
          ("p", "Noorderzand wil dat iedere jongere in de regio een diploma, certificaat of andere passende "
                "uitstroombestemming haalt. We werken vanuit vertrouwen in de scholen en houden de organisatie van het "
                "samenwerkingsverband klein. De komende jaren kiezen we voor drie koerslijnen: eenvoudige "
                "toewijzing, sterke samenwerking met ouders, en een zorgvuldig financieel beheer."),
          ("p", "Ouders, leerlingen, leraren en mentoren merken het verschil als de ondersteuning dichtbij en zonder "
                "wachttijd beschikbaar is. Dat vraagt om middelen die zo direct mogelijk in de school terechtkomen.")]
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De besturen herijken de afspraken over de basisondersteuning zodra de landelijke norm "
              "basisondersteuning van kracht is. Tot die tijd beschrijft iedere school in haar schoolgids wat zij "
              "biedt; het samenwerkingsverband stelt daar in deze planperiode geen aanvullende eisen aan. De "
              "Standaarden basisondersteuning Noorderzand worden na de herijking als bijlage 1 aan dit plan "
              "toegevoegd."),
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt een TLV aan bij "
              "de Commissie Toelaatbaarheid en Arrangementen (CTA) van Noorderzand. De aanvraag bevat het OPP, het "
              "groeidocument met de ingezette interventies, de zienswijze van ouders en leerling en een "
              "onderwijskundig rapport. De CTA vraagt twee deskundigen om elk een eigen schriftelijk advies: een "
              "orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van de leerling. De CTA "
              "neemt binnen zes weken een besluit; ouders ontvangen het besluit en een kopie van beide adviezen."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"),
        ("ul", ["de leerling heeft een ondersteuningsbehoefte op het gebied van leren, gedrag of gezondheid die "
                "gedurende de hele schooldag specialistische begeleiding vraagt;",
                "de reguliere school heeft ten minste zes maanden een arrangement ingezet en dat met het OPP "
                "geëvalueerd, of de deskundigen stellen vast dat de ernst van de problematiek dat zinloos maakt;",
                "de deskundigen adviseren eensluidend dat het vso de best passende plek is;",
                "voor cluster 3-onderwijs: er is sprake van een verstandelijke beperking, lichamelijke beperking of "
                "langdurige ziekte die het leren ernstig belemmert."]),
        ("p", "De CTA bepaalt de bekostigingscategorie (laag, midden of hoog) en de duur. Een TLV vso geldt in de "
              "regel twee schooljaren en eindigt op 31 juli; bij een blijvende beperking kan de TLV tot het einde "
              "van de schoolloopbaan worden afgegeven."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("table", [["", "Lwoo", "Praktijkonderwijs"],
                   ["Aanvrager", "VO-school van aanmelding", "Praktijkschool Ter Wiel of VO-school van aanmelding"],
                   ["Criteria", "Landelijke criteria (IQ 75-90 en leerachterstand 1,5-3 jaar op twee domeinen, of IQ 91-120 met sociaal-emotionele problematiek)", "Landelijke criteria (IQ 55-80 en leerachterstand van ten minste 3 jaar op twee domeinen)"],
                   ["Uiterste aanvraagdatum", "1 april voor 1e leerjaar", "1 april voor 1e leerjaar"],
                   ["Besluit", "CTA binnen 4 weken", "CTA binnen 4 weken"],
                   ["Duur", "Duur van de opleiding", "Duur van de opleiding"]]),
        ("h2", "Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit van de CTA. Noorderzand "
              "legt bezwaren voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "Terugplaatsing"),
        ("p", "In onderstaande tabel staat hoe het verloopt als een TLV vso afloopt."),
        ("table", [["Moment", "Wat", "Wie"],
                   ["Oktober laatste TLV-jaar", "Evaluatie OPP; commissie van begeleiding vso beoordeelt of terugplaatsing aan de orde is", "Vso De Kustlijn"],
                   ["Uiterlijk 1 februari", "Melding aan CTA: terugplaatsing of verlengingsaanvraag", "Vso De Kustlijn"],
                   ["Februari-maart", "Overleg met ouders, leerling en beoogde vo-school; aanmelding", "Vso + vo-school"],
                   ["Uiterlijk 1 mei", "Besluit CTA over nieuwe TLV bij verlenging", "CTA"],
                   ["1 augustus", "Start op de vo-school of in het nieuwe TLV-tijdvak", "Vo-school / vso"]]),
        ("p", "Het beleidskader terugplaatsing, waarin we vastleggen welke doelen we met terugplaatsing nastreven, "
              "onder welke voorwaarden een leerling terug kan en welke steun een leerling na de overstap krijgt, "
              "verschijnt in het schooljaar 2026-2027."),
    ]
    b += [
        ("h1", "Begroting"),
        ("p", "Noorderzand sluit de planperiode af met een sluitende begroting. De rijksbijdrage daalt licht door "
              "de krimp van het aantal leerlingen. Onderstaande meerjarenbegroting laat zien waaraan het "
              "samenwerkingsverband de middelen besteedt."),
        ("table", [["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage lichte ondersteuning", "2.940", "2.910", "2.880", "2.850"],
                   ["Rijksbijdrage zware ondersteuning", "5.120", "5.070", "5.020", "4.970"],
                   ["Lwoo en pro", "3.460", "3.420", "3.380", "3.340"],
                   ["Afdracht vso via DUO", "-3.980", "-3.960", "-3.940", "-3.920"],
                   ["Afdracht pro en lwoo", "-3.460", "-3.420", "-3.380", "-3.340"],
                   ["Middelen naar schoolbesturen", "2.950", "2.930", "2.900", "2.880"],
                   ["CTA, deskundigen en loket", "410", "415", "420", "425"],
                   ["Ouder- en Jeugdsteunpunt", "85", "85", "90", "90"],
                   ["Bureau en overhead", "560", "565", "570", "575"],
                   ["Saldo", "75", "25", "-20", "-60"]]),
        ("p", "Hoe de middelen over de schoolbesturen worden verdeeld, wordt in het schooljaar 2025-2026 opnieuw "
              "bekeken. Het nieuwe verdeelmodel wordt na instemming van de OPR als wijziging aan dit plan "
              "toegevoegd; tot die tijd volgen de bedragen per bestuur uit de jaarbegroting."),
        ("p", "Het weerstandsvermogen bedraagt begin 2025 circa 9% van de baten en ligt daarmee onder de "
              "signaleringswaarde; de geplande negatieve saldi in 2027 en 2028 worden uit de reserve gedekt."),
        ("h1", "Kwaliteitszorg en monitoring"),
        ("p", "Noorderzand werkt met een vaste kwaliteitscyclus. Ieder kwartaal haalt de beleidsmedewerker de "
              "gegevens op uit het loket van de CTA, uit DUO en uit de leerlingenadministratie van de scholen. "
              "We volgen in elk geval: het deelnamepercentage vso, het aantal toegekende TLV's, lwoo- en "
              "pro-beschikkingen, de doorlooptijd van aanvragen, het aantal terugplaatsingen en de tevredenheid "
              "van scholen en ouders (tweejaarlijkse peiling). De uitkomsten worden besproken in het "
              "directeurenoverleg en in een jaarlijkse kwaliteitsdialoog met ieder bestuur in het voorjaar. In het "
              "jaarverslag rapporteren we over alle indicatoren en vergelijken we met de landelijke cijfers."),
        ("p", "De ambities en streefwaarden die bij deze indicatoren horen, formuleren we jaarlijks in het "
              "jaarplan."),
    ]
    b += [
        ("h1", "Ouders, leerlingen en het Ouder- en Jeugdsteunpunt"),
        ("p", "Ouders en leerlingen moeten kunnen weten welke ondersteuning er is en hoe je die krijgt. Op "
              "www.noorderzand-vo.nl staat een aparte rubriek voor ouders en leerlingen met uitleg over de "
              "ondersteuning op de scholen, het vso, lwoo en praktijkonderwijs en de route naar een TLV. De "
              "ouderbrochure 'Ondersteuning in Noorderzand' wordt op alle scholen uitgereikt tijdens de "
              "kennismaking in het eerste leerjaar. Iedere woensdagmiddag houdt het samenwerkingsverband een open "
              "spreekuur voor ouders in Zandwijk. De scholen beschrijven de eigen ondersteuning in de schoolgids."),
        ("p", "Sinds 2024 werkt het Ouder- en Jeugdsteunpunt Noorderzand (OJSP). Het steunpunt is ondergebracht bij "
              "een onafhankelijke stichting en helpt ouders en jongeren gratis bij vragen, bij het voorbereiden van "
              "gesprekken met school en bij onenigheid. Het OJSP is bereikbaar via telefoon, mail en WhatsApp en "
              "brengt tweemaal per jaar een signalenrapport uit aan het bestuur. Ouders kunnen ook terecht bij de "
              "Onderwijsconsulenten, bij de klachtenregeling van het samenwerkingsverband en, bij geschillen over "
              "toelating, verwijdering of het OPP, bij de Geschillencommissie passend onderwijs."),
        ("p", "Leerlingen hebben hoorrecht: zij geven hun mening over hun OPP, en die mening wordt in het OPP "
              "vastgelegd."),
    ]
    b += f_governance(p) + f_extra(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [["2025-2026", "Herziening verdeelmodel", "Directeur-bestuurder"],
                         ["2026", "Aanpak thuiszitters uitwerken met leerplicht", "Beleidsmedewerker"],
                         ["2026-2027", "Beleidskader terugplaatsing; herijking basisondersteuning na landelijke norm", "CTA / besturen"],
                         ["2028-2029", "Evaluatie en nieuw ondersteuningsplan", "Bestuur"]])
    b += f_slot(p)
    b += glossary(GLOSS_COMMON + [("CTA", "Commissie Toelaatbaarheid en Arrangementen."), ("LWOO", "Leerwegondersteunend onderwijs."),
                                  ("Thuiszitters", "Leerplichtige jongeren die niet naar school gaan."),
                                  ("Ondersteuningscontinuüm", "De opbouw van basis- naar extra en specialistische ondersteuning.")])
    return numbered(b)


LABEL_D = dict(
    crit={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
          "plaatsing.procedure": True, "plaatsing.criteria": True,
          "terugstroom.procedure": True, "terugstroom.beleid": False,
          "financien.verdeling": False, "financien.besteding": True,
          "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
          "resultaten.doelen": False, "resultaten.monitoring": True,
          "ouders.informatie": True, "ouders.steunpunt": True},
    adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
         "financien": ["reserves"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Basisondersteuning' only defers to the landelijke norm, refers to schoolgidsen and a not-yet-existing bijlage 1 and states no common requirements; title page/TOC/glossary mentions only.",
           "plaatsing": "'Toelaatbaarheid vso, lwoo en pro': CTA procedure with dossier, two deskundigen, 6 weeks; vso criteria list; lwoo/pro table with criteria, deadlines, duration; bezwaar via LBT.",
           "terugstroom": "'Terugplaatsing': procedure only as a table (October evaluation, 1 feb, 1 May, 1 aug, who); aims, conditions and support after return are deferred to a beleidskader in 2026-2027.",
           "financien": "'Begroting': meerjarenbegroting table with amounts (besteding) and reserves; the verdeelmodel is being revised and deferred ('tot die tijd volgen de bedragen uit de jaarbegroting').",
           "dekkend-aanbod": "No continuum/voorzieningen overview, no thuiszitters or gap approach (only a planning row 'aanpak thuiszitters uitwerken' and glossary), no OOGO content beyond the date it was held.",
           "resultaten": "'Kwaliteitszorg en monitoring': quarterly data collection, indicators, kwaliteitsdialoog, jaarverslag; ambitions/streefwaarden deferred to the yearly jaarplan.",
           "ouders": "'Ouders, leerlingen en het Ouder- en Jeugdsteunpunt': website rubriek, brochure, spreekuur, schoolgids; independent OJSP, Onderwijsconsulenten, klachten, Geschillencommissie; hoorrecht."})


# ============================================================================================
# Plan E: PO, .txt - Merwedal. basis partial (niveau not agreed), plaatsing missing (p.m.),
# terugstroom P (unusual wording), financien missing (separate document), dekkend P,
# resultaten P, ouders partial (informatie deferred)
# ============================================================================================

PE = dict(naam="Samenwerkingsverband Passend Onderwijs PO Merwedal", kort="Merwedal", code="PO 29-17",
          periode="2025-2029", sector="po", scholen="basisscholen", regio="het Merwedal",
          gemeenten="Merwestad, Oudeveer en Gorkum-Noord", directeur="A. (Anouk) de Graaf",
          ab_date="20 november 2024", opr_date="21 januari 2025", oogo_date="9 januari 2025", fte="10,5",
          context_kop="Wie zijn wij",
          besturen=[["Stichting Merwescholen", "21", "5.870"], ["Stichting Oudeveer Onderwijs", "8", "2.140"],
                    ["Vereniging Protestants-Christelijk Onderwijs Gorkum-Noord", "5", "1.310"],
                    ["Sbo De Uiterwaard", "1", "190"], ["So De Dijk (cluster 3 en 4)", "2", "260"]])


def plan_e():
    p = PE
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{p['naam']} ({p['code']}) - definitieve versie, tekstbestand voor de website"),
         ("toc",)]
    b += f_voorwoord(p)
    b += [("h2", "Samenvatting"),
          ("p", "Dit plan laat zien wat kinderen op onze scholen kunnen krijgen, welk aanbod er in de regio is, hoe "
                "we zorgen dat geen kind zonder plek zit, hoe kinderen uit het speciaal onderwijs weer naar een "
                "gewone school gaan en wat we willen bereiken. De financiële paragraaf en de uitwerking van de "
                "toelaatbaarheid volgen later.")]
    b += f_leeswijzer(p) + f_totstandkoming(p) + f_context(p) + f_visie(p)
    b += [
        ("h1", "Wat kinderen op onze scholen aan ondersteuning kunnen krijgen"),
        ("p", "Het samenwerkingsverband heeft samen met de intern begeleiders beschreven wat basisondersteuning in "
              "het Merwedal inhoudt: de Merwedal-standaard. Deze standaard omvat:"),
        ("ul", ["een intern begeleider die de leraar helpt bij het opstellen en evalueren van groepsplannen;",
                "een ondersteuningsteam per school (IB, directeur, consulent SWV, schoolmaatschappelijk werk) dat "
                "elke zes weken bijeenkomt;",
                "leesbegeleiding volgens het dyslexieprotocol vanaf groep 2 en een rekenaanpak voor leerlingen met "
                "hardnekkige rekenproblemen;",
                "een aanpak voor sociale veiligheid en gedrag met een gedragscoördinator;",
                "verrijking voor leerlingen die meer aankunnen, met een plusklas op bestuursniveau;",
                "een ontwikkelingsperspectief voor leerlingen die op een eigen leerlijn werken, twee keer per jaar "
                "geëvalueerd;",
                "afspraken over medisch handelen en het geven van medicijnen."]),
        ("p", "De Merwedal-standaard is een gezamenlijke ambitie. De besturen hebben nog niet afgesproken dat iedere "
              "school en vestiging deze ondersteuning biedt; een voor alle scholen geldende ondergrens spreken zij "
              "af na de schoolbezoeken in 2026. Tot dat moment staat in de schoolgids van iedere school welke "
              "onderdelen daar al aanwezig zijn."),
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("p", "Als de ondersteuning van de eigen school niet genoeg is, zijn er in het Merwedal de volgende "
              "mogelijkheden. Samen vormen ze een doorlopende reeks van licht naar zwaar."),
        ("table", [["Stap", "Aanbod", "Hoe kom je daar"],
                   ["Eigen school", "Merwedal-standaard", "Via de leerkracht en de IB'er"],
                   ["Extra op school", "Arrangement op maat: extra begeleiding, specialist gedrag of taal, aangepast programma", "Ondersteuningsteam met consulent SWV"],
                   ["Bovenschools", "Taalklas Merwestad (nieuwkomers, 1 jaar), plusklas, observatiegroep De Kade (12 weken)", "Aanmelding bij het loket van het SWV"],
                   ["Speciaal", "Sbo De Uiterwaard, so De Dijk (cluster 3 en 4), onderwijs-zorggroep De Kribbe", "Met toelaatbaarheidsverklaring"]]),
        ("h1", "Als er geen passende plek is"),
        ("p", "De schoolbesturen hebben afgesproken dat geen kind tussen wal en schip valt. Kan de school van "
              "aanmelding geen passende plek bieden, dan zoekt zij binnen zes weken (eenmalig te verlengen met vier "
              "weken) samen met het samenwerkingsverband een andere school. Lukt dat niet, dan komt de leerling op "
              "de agenda van het Merwedal-overleg, waarin alle besturen zitten; dat overleg wijst binnen twee weken "
              "een school aan."),
        ("p", "Kinderen die thuiszitten of dreigen thuis te gaan zitten, meldt de school direct bij de consulent. "
              "Elke maand bespreken de consulenten en de leerplichtambtenaren alle bekende thuiszitters. Per kind is "
              "er een regisseur die ervoor zorgt dat er binnen vier weken een plan ligt. Twee keer per jaar maken we "
              "met de besturen een overzicht van wachtlijsten en van kinderen voor wie geen passend aanbod bestaat. "
              "Op basis daarvan besloot het bestuur in 2024 tot de oprichting van onderwijs-zorggroep De Kribbe."),
        ("h1", "Toelaatbaarheid"),
        ("p", "De werkwijze van de Commissie van Toelaatbaarheid wordt op dit moment vernieuwd. Zodra het bestuur de "
              "nieuwe werkwijze heeft vastgesteld, wordt dit hoofdstuk aangevuld. [p.m.]"),
        ("h1", "Terug naar de gewone school"),
        ("p", "Een kind dat naar het sbo of so is gegaan, hoort daar niet vanzelfsprekend tot het einde van de "
              "basisschooltijd te blijven. Waar het kan, keert een kind terug naar een gewone basisschool, het liefst "
              "in de eigen wijk. Dat doen we alleen als het kind daar echt verder kan: de nieuwe school moet de "
              "ondersteuning uit het OPP kunnen bieden, het kind moet er zelf aan toe zijn en de ouders moeten achter "
              "de stap staan."),
        ("p", "Iedere sbo- en so-leerling wordt elk jaar in maart besproken door de commissie van begeleiding van "
              "de eigen school, samen met de consulent van het samenwerkingsverband. Het OPP vormt de basis. Als de "
              "commissie een overstap mogelijk acht, neemt de sbo- of so-school het initiatief: zij nodigt ouders en "
              "een basisschool uit voor een gesprek vóór 1 mei. De ontvangende basisschool beslist binnen vier weken "
              "of zij het kind plaatst; lukt dat niet, dan zoekt de consulent een andere school. De overstap vindt "
              "meestal plaats na de zomervakantie, vlak voordat de periode waarvoor de toelaatbaarheidsverklaring is "
              "afgegeven verstrijkt. Is een overstap nog niet haalbaar, dan stelt de school het OPP bij en volgt een "
              "jaar later een nieuw gesprek."),
        ("p", "Na de overstap krijgt de basisschool een jaar lang begeleiding van een ambulant begeleider van de "
              "sbo- of so-school, en het kind mag de eerste acht weken één dag per week op de oude school blijven "
              "(zachte landing). Na zes maanden en na een jaar evalueert de consulent de overstap met school en "
              "ouders."),
        ("h1", "Middelen"),
        ("p", "De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting 2025-2029, wordt als "
              "afzonderlijk document 'Financieel kader Merwedal' door het bestuur vastgesteld en na instemming van "
              "de OPR aan dit plan toegevoegd. [p.m.]"),
        ("h1", "Wat we willen bereiken en hoe we dat volgen"),
        ("p", "We hebben voor de planperiode vijf doelen voor kinderen met een ondersteuningsbehoefte vastgesteld. "
              "Bij ieder doel hoort een meetpunt en een streefwaarde."),
        ("table", [["Doel", "Meetpunt", "Stand 2024", "Streefwaarde 2028-2029"],
                   ["Kinderen gaan thuisnabij naar school", "Deelname sbo + so op 1 oktober", "3,8%", "3,3%"],
                   ["Niemand zit thuis", "Kinderen > 4 weken zonder onderwijs", "9", "hooguit 3"],
                   ["Terug naar de gewone school", "Overstappen sbo/so -> basisschool per jaar", "6", "12"],
                   ["Arrangementen werken", "Doel van arrangement behaald bij evaluatie", "61%", "75%"],
                   ["Ouders voelen zich gehoord", "Oudertevredenheid (peiling)", "6,8", "7,5"]]),
        ("p", "Het samenwerkingsverband verzamelt de gegevens per 1 oktober en per 1 maart uit het loket, DUO en de "
              "registratie van de leerplichtambtenaren. De directeur-bestuurder bespreekt de stand met de besturen in "
              "het voorjaarsoverleg; bij een achterstand van meer dan een kwart op de lijn naar de streefwaarde "
              "volgt een verbeterplan. De bereikte resultaten staan elk jaar in het jaarverslag en worden met de OPR "
              "besproken. In het derde jaar laten we een onafhankelijke tussenevaluatie uitvoeren."),
    ]
    b += f_oogo(p)
    b += [
        ("h1", "Ouders"),
        ("p", "Hoe we ouders voortaan over de ondersteuningsmogelijkheden informeren, leggen we vast in het "
              "communicatieplan dat in 2026 verschijnt. De huidige ouderfolder is verouderd en wordt niet meer "
              "verspreid."),
        ("p", "Ouders die een vraag hebben, die vastlopen of het oneens zijn met de school, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt Merwedal. Het steunpunt is onafhankelijk van scholen en "
              "samenwerkingsverband, is ondergebracht bij de Stichting Ouderkracht Rivierengebied en is elke "
              "werkdag telefonisch bereikbaar. Ouders kunnen daarnaast kosteloos advies vragen aan de "
              "Onderwijsconsulenten. Klachten over het samenwerkingsverband behandelt de Landelijke "
              "Klachtencommissie Onderwijs."),
    ]
    b += f_governance(p) + f_extra(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [["2025", "Vernieuwing werkwijze Commissie van Toelaatbaarheid", "Directeur-bestuurder"],
                         ["2025-2026", "Financieel kader Merwedal", "Controller"],
                         ["2026", "Schoolbezoeken basisondersteuning; communicatieplan", "Consulenten"],
                         ["2027", "Tussenevaluatie", "Extern bureau"]])
    b += f_slot(p)
    b += glossary(GLOSS_COMMON + [("Verdeelmodel", "Manier waarop middelen over besturen worden verdeeld."),
                                  ("Commissie van Toelaatbaarheid", "Commissie die namens het SWV besluit over TLV's.")])
    return numbered(b)


LABEL_E = dict(
    crit={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
          "plaatsing.procedure": False, "plaatsing.criteria": False,
          "terugstroom.procedure": True, "terugstroom.beleid": True,
          "financien.verdeling": False, "financien.besteding": False,
          "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
          "resultaten.doelen": True, "resultaten.monitoring": True,
          "ouders.informatie": False, "ouders.steunpunt": True},
    adv={"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Wat kinderen op onze scholen aan ondersteuning kunnen krijgen' lists the concrete Merwedal-standaard, but states explicitly that no ondergrens for all vestigingen has been agreed yet (deferred to after 2026 visits).",
           "plaatsing": "'Toelaatbaarheid' contains only a deferral with [p.m.]; TLV/Commissie only in glossary, summary, planning and the continuum table ('Met toelaatbaarheidsverklaring').",
           "terugstroom": "'Terug naar de gewone school' (no word terugplaatsing): aims and conditions, yearly March evaluation, initiative by sbo/so school, decision by receiving school, support after return (AB, zachte landing).",
           "financien": "'Middelen' only refers to a separate 'Financieel kader' to be added later [p.m.]; OZA cost-sharing in the OOGO chapter is municipal cofinancing, not the SWV's verdeling/begroting.",
           "dekkend-aanbod": "'Het ondersteuningsaanbod in de regio' continuum table; 'Als er geen passende plek is': zorgplicht terms, Merwedal-overleg, monthly thuiszitters meeting, gap overview leading to De Kribbe.",
           "resultaten": "'Wat we willen bereiken en hoe we dat volgen': goals table with stand 2024 and streefwaarden, data collection, reporting in jaarverslag, verbeterplan.",
           "ouders": "'Ouders': informing parents is deferred to a 2026 communicatieplan (folder withdrawn); independent help via OJSP Merwedal, Onderwijsconsulenten and klachtencommissie is addressed."})


# ============================================================================================
# F: near-miss - schoolondersteuningsprofiel of one basisschool (html), not an SWV plan
# ============================================================================================

def near_miss():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026 - OBS De Kleine Wereld, Merwestad"),
         ("sub", "Onderdeel van onze schoolgids. Onze school is aangesloten bij het samenwerkingsverband passend onderwijs in onze regio."),
         ("toc",),
         ("h1", "Inleiding"),
         ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij biedt. In dit "
               "profiel leest u wat OBS De Kleine Wereld doet voor kinderen die iets extra's nodig hebben. Het profiel "
               "is opgesteld door het team en besproken met de medezeggenschapsraad. Het sluit aan bij het "
               "ondersteuningsplan van het samenwerkingsverband, dat u op de website van het samenwerkingsverband kunt "
               "vinden."),
         ("h1", "Onze school in het kort"),
         ("p", "OBS De Kleine Wereld telt 286 leerlingen in twaalf groepen. De school staat in een wijk met veel "
               "jonge gezinnen. Ongeveer een op de vijf leerlingen spreekt thuis een andere taal dan Nederlands. Het "
               "team bestaat uit 24 medewerkers, onder wie een intern begeleider (0,8 fte), een gedragsspecialist en "
               "een taalspecialist."),
         ("h1", "Basisondersteuning op onze school"),
         ("p", "De basisondersteuning is de ondersteuning die alle scholen in het samenwerkingsverband bieden. Op "
               "onze school betekent dat onder meer: handelingsgericht werken met groepsoverzichten, het "
               "dyslexieprotocol, de Kanjertraining, een plusgroep voor kinderen die meer aankunnen, en "
               "woordenschatlessen voor kinderen met een taalachterstand."),
         ("table", [["Onderdeel", "Wat wij bieden", "Beoordeling team (1-4)"],
                    ["Lezen en dyslexie", "Protocol, extra leesinstructie, voorleessoftware", "4"],
                    ["Rekenen", "Verlengde instructie, rekenspecialist", "3"],
                    ["Gedrag", "Kanjertraining, gedragsspecialist, time-in-hoek", "3"],
                    ["Meer- en hoogbegaafdheid", "Plusgroep één ochtend per week", "2"],
                    ["Medisch", "Protocol medisch handelen", "3"]]),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Als een kind meer nodig heeft dan de basisondersteuning, bespreken we het kind in ons "
               "ondersteuningsteam, samen met de ouders en de consulent van het samenwerkingsverband. Soms vragen we "
               "een arrangement aan, bijvoorbeeld extra begeleiding door een onderwijsassistent. De middelen daarvoor "
               "komen van ons schoolbestuur, dat ze ontvangt van het samenwerkingsverband."),
         ("h1", "Als onze school niet passend is"),
         ("p", "Soms komen we tot de conclusie dat een kind op een speciale school beter tot zijn recht komt. Dan "
               "vraagt ons bestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan voor het sbo "
               "of het so. Het samenwerkingsverband beslist daarover. Wij begeleiden ouders bij deze stap. Ook "
               "verwelkomen we kinderen die vanuit het sbo of so terugkomen naar het regulier onderwijs; in de "
               "afgelopen twee jaar waren dat er twee."),
         ("h1", "Ouders"),
         ("p", "We vinden het belangrijk dat ouders vanaf het begin betrokken zijn. Ouders zijn altijd welkom voor "
               "een gesprek met de leerkracht of de intern begeleider. Bij vragen of onenigheid kunnen ouders terecht "
               "bij de vertrouwenspersoon van de school of bij het Ouder- en Jeugdsteunpunt van het "
               "samenwerkingsverband."),
         ("h1", "Onze ambities voor 2025-2026"),
         ("ul", ["Het aanbod voor meer- en hoogbegaafde leerlingen uitbreiden naar twee ochtenden per week.",
                 "Alle leerkrachten volgen de training 'Omgaan met gedrag in de klas'.",
                 "Het aantal leerlingen dat we moeten verwijzen naar het speciaal (basis)onderwijs blijft onder de 2%."]),
         ("h1", "Grenzen aan onze ondersteuning"),
         ("p", "Onze school heeft geen lift en het gebouw is niet volledig rolstoeltoegankelijk. Kinderen die "
               "voortdurend een-op-een begeleiding nodig hebben of intensieve medische zorg, kunnen wij niet altijd "
               "de ondersteuning bieden die zij nodig hebben. In dat geval zoeken we samen met ouders en het "
               "samenwerkingsverband naar een passende plek."),
         ]
    return numbered(b)


# ============================================================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # A
    write_docx(plan_a(), OUT / "po-dellestroom-2025.docx", f"{PA['naam']} | Ondersteuningsplan 2025-2029")
    # B
    write_docx(plan_b(), OUT / "vo-kempenrand-2026.docx", f"{PB['naam']} | Ondersteuningsplan 2026-2030")
    # C, D as PDF rendered from docx
    docx_to_pdf(plan_c(), OUT / "po-waterlinie-2025.pdf", f"{PC['kort']} | Ondersteuningsplan 2025-2029")
    docx_to_pdf(plan_d(), OUT / "vo-noorderzand-2025.pdf", f"{PD['kort']} | Ondersteuningsplan 2025-2029")
    # E plain text
    write_txt(plan_e(), OUT / "po-merwedal-2025.txt")
    # F near-miss html
    write_html(near_miss(), OUT / "sop-obs-de-kleine-wereld.html", "Schoolondersteuningsprofiel OBS De Kleine Wereld")

    for name, doc, sector, lab in [("po-dellestroom-2025", "po-dellestroom-2025.docx", "po", LABEL_A),
                                   ("vo-kempenrand-2026", "vo-kempenrand-2026.docx", "vo", LABEL_B),
                                   ("po-waterlinie-2025", "po-waterlinie-2025.pdf", "po", LABEL_C),
                                   ("vo-noorderzand-2025", "vo-noorderzand-2025.pdf", "vo", LABEL_D),
                                   ("po-merwedal-2025", "po-merwedal-2025.txt", "po", LABEL_E)]:
        assert sorted(lab["crit"]) == sorted(CORE), name
        crit = {k: lab["crit"][k] for k in CORE}
        elements = status_from(crit)
        adv = {k: v for k, v in lab["adv"].items() if v}
        # an element with no core criterion but an advisory one would be partial, not missing
        for el, lst in adv.items():
            if elements[el] == "missing" and lst:
                elements[el] = "partial"
        write_label(name, [doc], sector, elements, crit, adv, lab["notes"])
    write_label("sop-obs-de-kleine-wereld", ["sop-obs-de-kleine-wereld.html"], "po", {}, {}, None,
                {"document": "Schoolondersteuningsprofiel (SOP) of a single basisschool, part of its schoolgids: describes "
                             "the school's own basis/extra support, TLV from the school's side and ouders, but it is not an "
                             "ondersteuningsplan of a samenwerkingsverband (no SWV code, OPR, OOGO, planperiode, verdeling)."},
                looks=False)


if __name__ == "__main__":
    main()
