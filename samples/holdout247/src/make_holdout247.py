#!/usr/bin/env python3
"""Generate the holdout247 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
All organisations, people, places and figures are fictional.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------
# block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
#              ("ul", [items]) ("table", [[row], ...]) ("toc", None)
# ----------------------------------------------------------------------------


def toc_entries(blocks):
    out = []
    n1 = 0
    n2 = 0
    for kind, val in blocks:
        if kind == "h1":
            if val.startswith("Begrippenlijst") or val.startswith("Afkortingen"):
                out.append(val)
                continue
            n1 += 1
            n2 = 0
            out.append(f"{n1}  {val}")
        elif kind == "h2":
            n2 += 1
            out.append(f"    {n1}.{n2}  {val}")
    return out


def numbered(blocks):
    """Return blocks with chapter/paragraph numbers added to headings."""
    res = []
    n1 = n2 = 0
    for kind, val in blocks:
        if kind == "h1" and not (val.startswith("Begrippenlijst") or val.startswith("Afkortingen")):
            n1 += 1
            n2 = 0
            res.append((kind, f"{n1}. {val}"))
        elif kind == "h2":
            n2 += 1
            res.append((kind, f"{n1}.{n2} {val}"))
        else:
            res.append((kind, val))
    return res


def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "bureau"
    cp.author = "bureau samenwerkingsverband"
    cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan – versie ter vaststelling"
    toc = toc_entries(blocks)
    for kind, val in numbered(blocks):
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            doc.add_paragraph(val)
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
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for i, line in enumerate(toc):
                doc.add_paragraph(f"{line} {'.' * 10} {3 + i // 2}")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def write_md(blocks, path):
    toc = toc_entries(blocks)
    lines = []
    for kind, val in numbered(blocks):
        if kind == "title":
            lines += [f"# {val}", ""]
        elif kind == "sub":
            lines += [f"*{val}*", ""]
        elif kind == "h1":
            lines += [f"## {val}", ""]
        elif kind == "h2":
            lines += [f"### {val}", ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "ul":
            lines += [f"- {it}" for it in val] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        elif kind == "toc":
            lines += ["## Inhoud", ""]
            lines += [f"- {t.strip()}" for t in toc] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>"]
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(val)}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout247_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------
# shared filler (element-neutral: mentions words only in passing)
# ----------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het resultaat van "
              "een traject van ruim een jaar waarin schoolbesturen, directeuren, intern begeleiders, "
              "ondersteuningscoördinatoren, medewerkers van het bureau en leden van de ondersteuningsplanraad met "
              "elkaar in gesprek zijn gegaan over de vraag hoe wij passend onderwijs de komende vier jaar verder "
              "vormgeven. Tijdens werkconferenties, klankbordsessies en een digitale enquête hebben wij veel "
              "waardevolle input opgehaald. Wij danken iedereen die daaraan heeft bijgedragen."),
        ("p", "Passend onderwijs bestaat inmiddels ruim tien jaar. De landelijke evaluatie liet zien dat het stelsel "
              "op onderdelen werkt, maar ook dat nog te veel leerlingen tussen wal en schip raken, dat de "
              "administratieve last voor scholen hoog is en dat het voor ouders lang niet altijd duidelijk is waar zij "
              "terechtkunnen. De verbeteraanpak van het ministerie en de wetgeving die daaruit voortkomt, vragen van "
              "samenwerkingsverbanden meer transparantie en een scherpere verantwoording. Dit plan is mede een "
              "antwoord op die ontwikkelingen."),
        ("p", "Wij hebben bewust gekozen voor een leesbaar document. Waar dat kon, hebben we lange beschrijvingen "
              "vervangen door overzichten. Het plan is geschreven voor schoolbesturen, schoolleiders, leraren, intern "
              "begeleiders en ondersteuningscoördinatoren, maar ook voor ouders, gemeenten en ketenpartners die willen "
              "weten hoe passend onderwijs in onze regio is georganiseerd. Een ondersteuningsplan is geen eindpunt: "
              "het is een kader dat wij de komende jaren stap voor stap verder invullen."),
        ("p", f"Graag nodigen wij u uit om met ons in gesprek te blijven. Alleen samen zorgen wij ervoor dat elke "
              f"leerling in {c['regio']} onderwijs krijgt dat bij hem of haar past, met de middelen die daarvoor "
              f"beschikbaar zijn en met oog voor de resultaten van ons gezamenlijke werk."),
        ("p", f"{c['dir']}, directeur-bestuurder"),
    ]


def f_inleiding(c):
    ander = "voortgezet onderwijs" if c["sector"] == "po" else "primair onderwijs"
    return [
        ("h1", "Inleiding"),
        ("h2", "Wettelijk kader"),
        ("p", "Samenwerkingsverbanden passend onderwijs zijn ingesteld op grond van artikel 18a van de Wet op het "
              "primair onderwijs (WPO) respectievelijk artikel 17a van de Wet op het voortgezet onderwijs, inmiddels "
              "overgegaan in de WVO 2020. Het samenwerkingsverband heeft vier kerntaken: het vaststellen van een "
              "ondersteuningsplan, het verdelen en toewijzen van ondersteuningsmiddelen en -voorzieningen aan de "
              "scholen, het beslissen over de toelaatbaarheid van leerlingen tot het gespecialiseerd onderwijs en het "
              "adviseren van schoolbesturen over de ondersteuningsbehoefte van leerlingen."),
        ("p", "Het ondersteuningsplan wordt ten minste eens in de vier jaar vastgesteld. Voordat het plan wordt "
              "vastgesteld, voert het samenwerkingsverband op overeenstemming gericht overleg (OOGO) met de gemeenten "
              f"in het werkgebied en overlegt het met de samenwerkingsverbanden {ander} waarvan het gebied geheel of "
              "gedeeltelijk overlapt. De ondersteuningsplanraad (OPR) moet met het plan instemmen. Uiterlijk 1 mei "
              "voorafgaand aan de planperiode wordt het plan aan de Inspectie van het Onderwijs toegezonden."),
        ("h2", "Leeswijzer"),
        ("p", "Dit plan volgt in grote lijnen de onderwerpen die de wet voorschrijft. Na een schets van onze regio en "
              "onze visie beschrijven we de ondersteuning op de scholen en daarbuiten, de manier waarop leerlingen een "
              "plek in het gespecialiseerd onderwijs krijgen en weer terugkeren, wat we met de beschikbare middelen "
              "doen, wat we willen bereiken en hoe we ouders informeren en betrekken. Daarna volgen hoofdstukken over "
              "organisatie, medezeggenschap, de samenwerking met gemeenten, personeel, ICT en de planning. Achterin "
              "vindt u een begrippenlijst."),
        ("h2", "Relatie met andere documenten"),
        ("p", "Het ondersteuningsplan is het meerjarige beleidskader van het samenwerkingsverband. Jaarlijks stelt "
              "het bestuur een jaarplan vast waarin de activiteiten voor dat schooljaar staan. De "
              "schoolondersteuningsprofielen van de scholen en, na de aangekondigde wetswijziging, de schoolgidsen "
              "sluiten aan op dit plan. Waar in dit plan naar andere documenten wordt verwezen, zijn die documenten "
              "leidend voor de uitwerking."),
    ]


def f_context(c):
    g = ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1]
    if c["sector"] == "po":
        types = (f"Naast de reguliere basisscholen horen {c['nsbo']} scholen voor speciaal basisonderwijs en de "
                 "so-locaties van cluster 3 en 4 in ons gebied bij het samenwerkingsverband.")
    else:
        types = ("Het gaat om scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en de "
                 "vso-locaties van cluster 3 en 4 in ons gebied.")
    return [
        ("h1", "Onze regio"),
        ("h2", "Werkgebied en aangesloten besturen"),
        ("p", f"Het werkgebied van {c['kort']} omvat de gemeenten {g}. In totaal zijn {c['nbest']} schoolbesturen "
              f"aangesloten met samen {c['nsch']} schoolvestigingen en ongeveer {c['nlln']} leerlingen. {types} "
              "De besturen verschillen sterk in omvang: van eenpitters tot besturen met meer dan twintig scholen. "
              "Ook naar denominatie is de regio gemengd: openbaar, rooms-katholiek, protestants-christelijk, "
              "algemeen bijzonder en reformatorisch onderwijs zijn vertegenwoordigd."),
        ("h2", "Demografische ontwikkeling"),
        ("p", "De regio kent een gemengd beeld. In de stedelijke kernen groeit het aantal leerlingen licht door "
              "nieuwbouwwijken, in de kleinere kernen daalt het. De prognoses laten voor de planperiode per saldo "
              f"een daling van ongeveer {c['krimp']} procent zien. Dat heeft gevolgen voor de spreiding van scholen, "
              "voor de bereikbaarheid van voorzieningen en voor het leerlingenvervoer, dat door de gemeenten wordt "
              "geregeld en bekostigd."),
        ("h2", "Sociaal-economische kenmerken"),
        ("p", "In een aantal wijken wonen relatief veel gezinnen met een laag inkomen of een migratieachtergrond. "
              "De schoolweging van de scholen loopt daardoor sterk uiteen. Scholen met een hoge schoolweging "
              "ontvangen via de bekostiging van het Rijk extra middelen voor onderwijsachterstanden; die middelen "
              "vallen buiten dit ondersteuningsplan. Wel merken wij dat de vraag naar ondersteuning in deze wijken "
              "groter is en dat de arbeidsmarkt voor leraren er krapper is."),
    ]


def f_visie(c):
    return [
        ("h1", "Visie en missie"),
        ("h2", "Waar wij voor staan"),
        ("p", "Iedere leerling verdient onderwijs dat aansluit bij wat hij of zij nodig heeft, zo dicht mogelijk bij "
              "huis en samen met leeftijdgenoten. Dat is de kern van onze visie. Wij gaan uit van de mogelijkheden van "
              "leerlingen en niet van hun beperkingen. Wij geloven dat een leerling zich het best ontwikkelt in een "
              "omgeving waar hij zich gezien en veilig voelt en waar professionals hun handelen afstemmen op wat de "
              "leerling nodig heeft."),
        ("p", "Leraren zijn de sleutel. Zij maken in de klas het verschil en verdienen daarom steun, ruimte en "
              "vertrouwen. Het samenwerkingsverband is er om scholen te faciliteren, niet om het werk van scholen over "
              "te nemen. Besturen en scholen zijn eigenaar van de ondersteuning die zij bieden; het "
              "samenwerkingsverband verbindt, adviseert en waar nodig spreekt het aan."),
        ("p", "Passend onderwijs is geen opdracht van het onderwijs alleen. Opgroeien doe je thuis, op school, in de "
              "wijk en bij de sportvereniging. Onderwijs en zorg moeten elkaar daarom versterken en niet in elkaars "
              "vaarwater zitten. Wij kijken met een brede blik naar leerlingen en hun omgeving."),
        ("h2", "Missie en kernwaarden"),
        ("p", f"{c['kort']} verbindt scholen, zodat zij samen de verantwoordelijkheid kunnen dragen voor alle "
              "leerlingen in de regio. Onze kernwaarden zijn:"),
        ("ul", ["Vertrouwen: we gaan ervan uit dat iedereen het beste voor de leerling wil en spreken elkaar daarop aan.",
                "Eigenaarschap: besturen en scholen voelen zich verantwoordelijk voor alle leerlingen, niet alleen "
                "voor de eigen leerlingen.",
                "Transparantie: we zijn open over onze keuzes, over wat goed gaat en over wat beter kan.",
                "Nabijheid: beslissingen worden zo dicht mogelijk bij de leerling en de klas genomen.",
                "Eenvoud: we houden procedures zo licht als verantwoord is en vragen geen informatie die we niet "
                "gebruiken."]),
        ("p", "Deze kernwaarden zijn tijdens de werkconferenties door besturen en scholen samen geformuleerd. Ze "
              "vormen het toetsingskader voor de keuzes die het bestuur in de komende jaren maakt."),
    ]


def f_governance(c):
    return [
        ("h1", "Organisatie en bestuur"),
        ("h2", "Rechtsvorm en bestuursmodel"),
        ("p", f"{c['naam']} is een stichting waarin de aangesloten schoolbesturen samenwerken. De statuten regelen "
              "de scheiding tussen bestuur en intern toezicht. Het bestuur berust bij een directeur-bestuurder; het "
              "toezicht ligt bij een raad van toezicht van vijf leden, van wie drie onafhankelijke leden en twee leden "
              "die door de aangesloten besturen worden voorgedragen. De aangesloten besturen vormen samen de "
              "algemene vergadering, die onder meer de statuten kan wijzigen en de leden van de raad van toezicht "
              "benoemt."),
        ("p", "Het samenwerkingsverband hanteert de code goede governance van de sectorraad. Er is een "
              "geschillenregeling in de statuten opgenomen, zoals de wet voorschrijft. Jaarlijks evalueert de raad "
              "van toezicht het eigen functioneren en voert hij een gesprek met de directeur-bestuurder over diens "
              "functioneren."),
        ("h2", "Overlegstructuur"),
        ("p", "Naast de formele organen kent het samenwerkingsverband een directeurenoverleg per subregio, een "
              "netwerk van intern begeleiders en ondersteuningscoördinatoren en een bestuurlijk overleg dat zes keer "
              "per jaar bijeenkomt. In deze overleggen worden beleidsvoorstellen voorbereid en ervaringen uit de "
              "praktijk opgehaald. Verslagen zijn beschikbaar voor de aangesloten besturen."),
        ("p", "Het samenwerkingsverband werkt samen met naburige samenwerkingsverbanden op thema's als "
              "administratieve lastenverlichting, inkoop en de gezamenlijke scholing van medewerkers. Ook is het "
              "lid van de landelijke sectororganisatie voor samenwerkingsverbanden."),
    ]


def f_opr(c):
    return [
        ("h1", "Medezeggenschap"),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
              "daarvan. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen, "
              f"conform artikel 4a van de Wet medezeggenschap op scholen. De OPR telt {c['opr_leden']} leden en "
              "vergadert vijf keer per jaar. Een ambtelijk secretaris ondersteunt de raad. De OPR heeft een eigen "
              "reglement en een jaarlijks budget voor scholing en ondersteuning."),
        ("p", f"De OPR is vanaf de start bij de totstandkoming van dit plan betrokken geweest. Op {c['datum_opr']} "
              "heeft de OPR ingestemd met het plan. De directeur-bestuurder overlegt daarnaast twee keer per jaar "
              "informeel met het dagelijks bestuur van de OPR. Het personeel van het bureau heeft een eigen "
              "medezeggenschapsraad, die advies- en instemmingsrecht heeft op onderwerpen die het personeel van het "
              "bureau betreffen."),
    ]


def f_oogo(c):
    g = ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1]
    return [
        ("h1", "Gemeenten en OOGO"),
        ("p", f"Het concept van dit plan is op {c['datum_oogo']} in een op overeenstemming gericht overleg besproken "
              f"met de wethouders onderwijs en jeugd van de gemeenten {g}. Het overleg verliep volgens het "
              "vastgestelde protocol OOGO, dat ook een regeling voor het beslechten van geschillen bevat. Er zijn "
              "geen punten van verschil blijven bestaan. Van het overleg is een verslag gemaakt dat bij het "
              "secretariaat kan worden opgevraagd. Het plan is ook besproken met het samenwerkingsverband voor het "
              "andere onderwijstype waarvan het werkgebied overlapt."),
    ]


def f_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("h2", "Het bureau"),
        ("p", f"Het bureau van het samenwerkingsverband telt {c['fte']} fte. Het team bestaat uit de "
              "directeur-bestuurder, een beleidsmedewerker, een controller, een managementassistent, een "
              "medewerker communicatie en een aantal inhoudelijk medewerkers. Een deel van de medewerkers is "
              "gedetacheerd vanuit de aangesloten besturen; zo blijft het bureau verbonden met de praktijk van de "
              "scholen. Het samenwerkingsverband volgt de cao van de sector en heeft een eenvoudig functiehuis."),
        ("h2", "Deskundigheid in de regio"),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een studiedag voor intern begeleiders en "
              "ondersteuningscoördinatoren en faciliteert lerende netwerken rond thema's als gedrag, taal en "
              "hoogbegaafdheid. De besturen blijven verantwoordelijk voor de professionalisering van "
              "hun eigen personeel; het samenwerkingsverband richt zich op kennisdeling tussen scholen en besturen."),
        ("p", "Het tekort aan leraren en specialisten raakt ook de ondersteuning. Besturen merken dat vacatures voor "
              "intern begeleiders en orthopedagogen langer openstaan. Het samenwerkingsverband verkent met de "
              "besturen of een gezamenlijke pool van specialisten kan helpen. Daarover worden in dit plan nog geen "
              "besluiten genomen."),
        ("h2", "Werkdruk en duurzame inzetbaarheid"),
        ("p", "Medewerkers van het bureau hebben jaarlijks een gesprek over ontwikkeling en welbevinden. Het "
              "ziekteverzuim van het bureau is laag. We letten op werkdruk door taken helder te beleggen, "
              "vergaderingen te beperken en thuiswerken mogelijk te maken waar de functie dat toelaat."),
    ]


def f_ict(c):
    return [
        ("h1", "ICT, informatiebeveiliging en privacy"),
        ("p", f"Voor het vastleggen van aanvragen en adviezen gebruikt het samenwerkingsverband een beveiligd "
              f"digitaal dossier ({c['systeem']}). Scholen werken daarin met een persoonlijk account met "
              "tweestapsverificatie. Alleen medewerkers die een gegeven voor hun taak nodig hebben, kunnen het "
              "inzien; toegang is per rol ingericht en wordt twee keer per jaar gecontroleerd."),
        ("p", "Het samenwerkingsverband verwerkt bijzondere persoonsgegevens, zoals gegevens over gezondheid, alleen "
              "voor zover de wet dat toestaat en voor zover dat nodig is voor de uitvoering van de wettelijke taken. "
              "Gegevens die voor een besluit zijn gebruikt, worden tot drie jaar na dat besluit bewaard en daarna "
              "vernietigd. Er is een functionaris gegevensbescherming, die het samenwerkingsverband deelt met twee "
              "andere samenwerkingsverbanden. Datalekken worden gemeld volgens een vaste procedure. Met leveranciers "
              "zijn verwerkersovereenkomsten gesloten."),
        ("p", "Betrokkenen hebben recht op inzage in en correctie van hun gegevens. Verzoeken daartoe worden binnen "
              "vier weken afgehandeld. Het informatiebeveiligingsbeleid wordt jaarlijks door het bestuur "
              "geactualiseerd op basis van het normenkader van de sector."),
    ]


def f_planning(c, extra=None):
    rows = [["Periode", "Activiteit"]] + c["planning"]
    blocks = [
        ("h1", "Planning en totstandkoming"),
        ("p", f"De planperiode loopt van 1 augustus {c['periode'][:4]} tot en met 31 juli {c['periode'][-4:]}. "
              "Het plan is in de volgende stappen tot stand gekomen:"),
        ("table", rows),
        ("p", "Wijzigingen in het plan gedurende de planperiode worden ter instemming voorgelegd aan de OPR en, waar "
              "het onderwerpen betreft die de gemeenten raken, besproken in het OOGO."),
    ]
    if extra:
        blocks.append(("p", extra))
    return blocks


def glossary(title, items):
    out = [("h1", title)]
    for k, v in items:
        out.append(("p", f"{k}: {v}"))
    return out


# ----------------------------------------------------------------------------
# Plan A – PO, .docx
# ----------------------------------------------------------------------------

A = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Linge en Waal (PO 99-21)",
    kort="SWV Linge en Waal", code="PO 99-21", sector="po", regio="Linge en Waal",
    gemeenten=["Waalstede", "Lingeveen", "Beekzande", "Oosterdijk"], nbest=11, nsch=58, nlln="14.900",
    nsbo=2, krimp=4, periode="2025-2029", dir="M. (Marleen) van Oostveen", opr_leden=12,
    datum_opr="4 maart 2025", datum_oogo="21 januari 2025", fte="9,4", systeem="LingeDossier",
    planning=[["september 2024", "start werkgroepen en werkconferentie"], ["november 2024", "eerste concept"],
              ["21 januari 2025", "OOGO met de vier gemeenten"], ["4 maart 2025", "instemming OPR"],
              ["18 maart 2025", "vaststelling door de directeur-bestuurder, goedkeuring raad van toezicht"],
              ["april 2025", "toezending aan de Inspectie van het Onderwijs"]],
)


def plan_a():
    c = A
    b = [("title", "Ondersteuningsplan 2025-2029"), ("sub", c["naam"]),
         ("sub", "Basisondersteuning – toelaatbaarheid – terugplaatsing – middelen – resultaten – ouders"),
         ("sub", "Vastgesteld op 18 maart 2025"), ("pagebreak", None), ("toc", None), ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "De lat: wat elke school biedt"),
        ("p", "De besturen in Linge en Waal hebben één gezamenlijke lat afgesproken. Die lat beschrijft wat iedere "
              "vestiging van iedere aangesloten basisschool, ongeacht bestuur of denominatie, aan ondersteuning "
              "waarmaakt zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De lat is een "
              "ondergrens: geen enkele vestiging zit eronder, scholen mogen erboven zitten en beschrijven dat in hun "
              "schoolgids. Wat boven de lat uitgaat, noemen wij extra ondersteuning (hoofdstuk 6)."),
        ("h2", "Wat u op iedere school kunt verwachten"),
        ("ul", ["Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die het ondersteuningsteam "
                "voorzit en leraren coacht.",
                "Het Protocol Leesproblemen en Dyslexie: signalering vanaf groep 2 en extra leesbegeleiding van drie "
                "keer twintig minuten per week voor leerlingen die onder het niveau blijven.",
                "Het protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, met een aangepaste rekenaanpak.",
                "Een schoolbreed programma voor sociale veiligheid en gedrag, een aanspreekpunt pesten en afspraken "
                "over time-in binnen de eigen groep.",
                "Compacten en verrijken voor leerlingen die meer aankunnen, en ten minste één dagdeel per week een "
                "verrijkingsgroep op school of bij een partnerschool.",
                "Een aanbod Nederlands als tweede taal voor leerlingen die korter dan twee jaar in Nederland wonen.",
                "Een protocol medisch handelen en afspraken over medicijnverstrekking.",
                "Handelingsgericht werken: drie groepsbesprekingen per jaar en een leerlingbespreking waarbij ouders "
                "worden uitgenodigd.",
                "Een ondersteuningsteam (intern begeleider, ouders, schoolmaatschappelijk werk en de consulent van het "
                "samenwerkingsverband) dat ten minste vier keer per jaar bijeenkomt.",
                "Een ontwikkelingsperspectief, opgesteld binnen zes weken nadat besloten is dat een leerling een "
                "eigen leerlijn gaat volgen."]),
        ("h2", "Hoe we de lat bewaken"),
        ("p", "Elke twee jaar bezoekt een duo van intern begeleiders van een ander bestuur iedere school aan de hand "
              "van de kwaliteitskaart. Een school die op één of meer punten onder de lat blijft, maakt binnen drie "
              "maanden een verbeterplan. Het eigen bestuur bewaakt de uitvoering; het samenwerkingsverband vraagt "
              "na een jaar naar de stand van zaken."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Boven de lat onderscheiden wij drie lagen. De leerling doorloopt ze niet automatisch na elkaar: de "
              "ondersteuningsvraag bepaalt waar de leerling het best geholpen is."),
        ("table", [["Laag", "Wat", "Wie regelt het"],
                   ["Extra op school", "schoolarrangement of groepsarrangement, bijvoorbeeld een taakspel-aanpak, "
                    "een leesinterventie of een rustplek met begeleider", "school, met budget per leerling"],
                   ["Bovenschools", "observatiegroep De Brug (12 plaatsen), taalklas voor nieuwkomers, voltijds "
                    "plusklas Kiem voor hoogbegaafde leerlingen, onderwijs-zorgarrangement met jeugdhulp",
                    "consulent van het samenwerkingsverband, toekenning binnen vier weken"],
                   ["Gespecialiseerd", "sbo De Wissel (twee locaties), so cluster 3 De Boomgaard, so cluster 4 "
                    "Het Anker", "Commissie Toelaatbaarheid (hoofdstuk 7)"]]),
        ("p", "De route loopt steeds via het ondersteuningsteam van de school. Als de school met de eigen middelen "
              "niet verder komt, vraagt de intern begeleider de consulent van het samenwerkingsverband aan tafel. Die "
              "adviseert en kan binnen vier weken een bovenschools arrangement toekennen."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Aanvraag en besluit"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de "
              "toelaatbaarheidsverklaring (TLV) aan via LingeDossier. Bij de aanvraag horen het "
              "ontwikkelingsperspectief, het verslag van het laatste ondersteuningsteam, het groeidocument en de "
              "zienswijze van de ouders. De consulent controleert binnen vijf werkdagen of het dossier compleet is. "
              "Daarna vragen wij twee deskundigen om advies: een orthopedagoog of GZ-psycholoog en, afhankelijk van "
              "de leerling, een kinderpsychiater, maatschappelijk werker of arts. Beide deskundigen schrijven een "
              "eigen advies en zijn niet betrokken geweest bij de aanvraag. Ouders ontvangen een afschrift van elk "
              "advies. De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Voor het speciaal basisonderwijs toetst de commissie of (1) er ten minste twee geëvalueerde cycli van "
              "extra ondersteuning in het reguliere onderwijs zijn geweest over minimaal zes maanden, (2) de "
              "ondersteuningsbehoefte op twee of meer domeinen (leren, gedrag, werkhouding, sociaal-emotioneel) "
              "groter is dan wat een basisschool met een bovenschools arrangement kan bieden en (3) het sbo die "
              "behoefte wel kan beantwoorden. Voor het speciaal onderwijs geldt daarnaast dat de leerling voor een "
              "groot deel van de schooldag is aangewezen op een kleine groep van hoogstens twaalf leerlingen, op "
              "specialistische expertise of op medische of verpleegkundige zorg die in het sbo niet aanwezig is. Bij "
              "crisis kan de commissie een tijdelijke TLV van drie maanden afgeven."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt twee "
              "schooljaren, voor kleuters één schooljaar. Bij het so stelt de commissie de bekostigingscategorie "
              "vast: laag voor de meeste leerlingen met gedragsproblematiek of een verstandelijke beperking, midden "
              "voor langdurig zieke en lichamelijk gehandicapte leerlingen, hoog voor meervoudig gehandicapte "
              "leerlingen."),
        ("h2", "Afloop en herbeoordeling"),
        ("p", "Zes maanden voor het einde van de geldigheidsduur bespreekt de s(b)o-school in het evaluatiegesprek "
              "over het ontwikkelingsperspectief of terugkeer naar een basisschool aan de orde is. Het initiatief "
              "ligt bij de s(b)o-school; de consulent van het samenwerkingsverband en de ouders schuiven aan. Is "
              "terugkeer haalbaar, dan meldt de s(b)o-school de leerling vóór 1 april aan bij de beoogde basisschool, "
              "maken beide scholen samen een overdrachtsdocument en eindigt de TLV op 31 juli. Is terugkeer niet "
              "haalbaar, dan vraagt de school vóór 1 maart een nieuwe TLV aan. De commissie stelt in beide gevallen "
              "schriftelijk vast hoe het verder gaat."),
        ("p", "Welke ambitie het samenwerkingsverband met terug- en overplaatsing heeft, onder welke voorwaarden we "
              "terugkeer verantwoord vinden en welke begeleiding een leerling na de overstap krijgt, werken we uit in "
              "een beleidsnotitie die in het tweede planjaar ter instemming naar de OPR gaat."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de bekendmaking bezwaar maken tegen een "
              "besluit over toelaatbaarheid. Het samenwerkingsverband vraagt dan advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen tien weken op het bezwaar."),
        ("h1", "Een passende plek voor iedere leerling"),
        ("p", "Ieder jaar in september brengt de aanbodtafel, waarin de besturen, de consulenten en de "
              "leerplichtambtenaren zitten, in kaart waar het aanbod tekortschiet. Bij de laatste inventarisatie "
              "bleek dat leerlingen met ernstig meervoudige beperkingen naar so-scholen buiten de regio moeten "
              "reizen en dat er een wachtlijst is voor so cluster 4. Daarom opent De Boomgaard per 1 augustus 2026 "
              "een extra groep en onderzoeken we met Het Anker een nevenvestiging in Beekzande."),
        ("p", "Een leerling die langer dan vijf schooldagen ongeoorloofd of zonder passend aanbod thuis zit, meldt de "
              "school bij het thuiszittersoverleg. Daar zitten leerplicht, jeugdhulp en de consulent aan tafel; "
              "binnen twee weken ligt er een plan. Komt de casus na zes weken niet verder, dan neemt de "
              "directeur-bestuurder de regie en wijst hij in overleg met de besturen een school aan. Als een school "
              "binnen de zorgplicht geen passende plek vindt, zoekt de plaatsingstafel binnen zes weken een school "
              "die de leerling wel kan ondersteunen."),
        ("p", "Met de gemeenten is afgesproken dat jeugdhulp onder schooltijd op school kan worden geboden en dat "
              "onderwijs-zorgarrangementen gezamenlijk worden gefinancierd volgens een vaste verdeelsleutel."),
        ("h1", "Wat we willen bereiken"),
        ("p", "In het jaar 2029 willen wij het volgende hebben bereikt voor leerlingen die extra ondersteuning nodig "
              "hebben:"),
        ("ul", ["Ten hoogste vijf leerlingen zitten langer dan vier weken thuis zonder passend aanbod.",
                "Het deelnamepercentage so ligt op of onder 1,6 procent.",
                "Negen van de tien aanvragen voor een bovenschools arrangement zijn binnen vier weken afgehandeld.",
                "Alle vestigingen voldoen aan de lat voor basisondersteuning.",
                "Ouders waarderen de samenwerking in het ondersteuningsteam gemiddeld met ten minste een 7,5."]),
        ("p", "Hoe en wanneer we de voortgang op deze doelen in beeld brengen, wie daarover rapporteert en hoe het "
              "bestuur bijstuurt, krijgt zijn beslag in een kwaliteitskader dat het bureau in de eerste helft van "
              "2026 ontwikkelt."),
        ("h1", "Communicatie"),
        ("p", "Goede informatie voorkomt veel zorgen. Op de ouderpagina van onze website leggen we in gewone taal uit "
              "welke ondersteuning er in de regio is, wat de lat inhoudt en hoe een arrangement of TLV wordt "
              "aangevraagd. De brochure Ouderwijzer ligt op alle scholen en is er in het Nederlands, Arabisch, "
              "Turks, Pools en Engels. Elke school beschrijft in de schoolgids de eigen basisondersteuning en extra "
              "ondersteuning. Twee keer per jaar organiseren wij een informatieavond voor ouders, en de ouderconsulent "
              "houdt elke woensdagochtend een telefonisch spreekuur."),
        ("p", "Soms lopen ouders vast of verschillen zij met school van mening. Zij kunnen dan terecht bij het "
              "onafhankelijke ouder- en jeugdsteunpunt Ouderkompas, dat los staat van scholen en besturen, kosteloos "
              "meedenkt en ouders desgewenst vergezelt naar een gesprek op school. Ook de landelijke "
              "Onderwijsconsulenten zijn gratis beschikbaar. Voor klachten over het samenwerkingsverband geldt onze "
              "klachtenregeling; geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen "
              "worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn gesprekspartner bij het opstellen van het ontwikkelingsperspectief en leerlingen worden "
              "gehoord over hun eigen perspectief."),
        ("h1", "Geld en middelen"),
        ("h2", "Hoe we de middelen verdelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa 9,8 miljoen euro voor lichte en zware "
              "ondersteuning. Na aftrek van de afdrachten voor sbo en so, die DUO rechtstreeks inhoudt, verdelen "
              "wij de middelen als volgt. Elk bestuur ontvangt 145 euro per leerling op de teldatum 1 oktober voor "
              "schoolarrangementen, plus een vaste voet van 8.000 euro per vestiging. De bovenschoolse arrangementen "
              "worden uit een centraal budget betaald en door de consulent toegekend. Het bestuur stelt de bedragen "
              "jaarlijks vast bij de begroting, na advies van het bestuurlijk overleg."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen", "9.810", "9.720", "9.640", "9.560"],
                   ["Afdracht sbo en so (DUO)", "4.230", "4.260", "4.240", "4.210"],
                   ["Budget per leerling aan besturen", "2.160", "2.130", "2.110", "2.090"],
                   ["Vaste voet vestigingen", "464", "464", "456", "456"],
                   ["Bovenschoolse arrangementen", "1.620", "1.650", "1.680", "1.700"],
                   ["Thuiszittersaanpak en onderwijs-zorg", "310", "320", "330", "330"],
                   ["Bureau en organisatie", "940", "950", "960", "970"],
                   ["Resultaat", "86", "-54", "-136", "-196"]]),
        ("p", "De negatieve resultaten vanaf 2026 zijn bewust: daarmee brengen we het weerstandsvermogen terug naar "
              "de norm van vijf procent van de baten. De besturen verantwoorden jaarlijks in een vast format waaraan "
              "zij het budget per leerling hebben besteed."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += glossary("Begrippenlijst", [
        ("Basisondersteuning", "het geheel van preventieve en licht curatieve interventies dat alle scholen bieden."),
        ("Bekostigingscategorie", "laag, midden of hoog; bepaalt de bekostiging van een leerling in het so."),
        ("OPR", "ondersteuningsplanraad."),
        ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen."),
        ("Terugplaatsing", "de overstap van een leerling van sbo of so naar het basisonderwijs."),
        ("TLV", "toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "de regels waarmee de ondersteuningsmiddelen over de besturen worden verdeeld."),
    ])
    return b


# ----------------------------------------------------------------------------
# Plan B – VO, .docx
# ----------------------------------------------------------------------------

B = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Zuiderlicht (VO 98-07)",
    kort="Zuiderlicht", code="VO 98-07", sector="vo", regio="de regio Zuiderlicht",
    gemeenten=["Zuidhaven", "Marendal", "Kortewoude"], nbest=6, nsch=17, nlln="11.200", krimp=6,
    periode="2025-2029", dir="drs. J. (Jeroen) Hamelink", opr_leden=10, datum_opr="13 februari 2025",
    datum_oogo="28 januari 2025", fte="14,2", systeem="Zuiderlicht Dossier",
    planning=[["oktober 2024", "kick-off en werkconferentie"], ["december 2024", "concept besproken met besturen"],
              ["28 januari 2025", "OOGO"], ["13 februari 2025", "instemming OPR"],
              ["11 maart 2025", "vaststelling algemeen bestuur"], ["april 2025", "toezending Inspectie"]],
)


def plan_b():
    c = B
    b = [("title", "Ondersteuningsplan Zuiderlicht 2025-2029"), ("sub", c["naam"]),
         ("sub", "Samen sterk voor iedere leerling"), ("pagebreak", None), ("toc", None), ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in Zuiderlicht het door alle besturen gezamenlijk afgesproken niveau van "
              "ondersteuning dat iedere vo-school op iedere locatie biedt, binnen de eigen organisatie en zonder "
              "tussenkomst van het samenwerkingsverband. Het is de ondergrens voor alle locaties; wat daarboven gaat, "
              "is extra ondersteuning."),
        ("p", "Net als het landelijke referentiekader onderscheiden wij vier aspecten: basiskwaliteit, preventieve "
              "en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Welke "
              "voorzieningen daar in Zuiderlicht concreet onder vallen, is vastgelegd in de Kwaliteitskaart "
              "basisondersteuning VO Zuiderlicht (bijlage 2). Die kaart wordt jaarlijks geactualiseerd en is daarom "
              "niet in dit document opgenomen."),
        ("p", "De scholen beschrijven hun basisondersteuning en extra ondersteuning in het schoolondersteuningsprofiel. "
              "Het samenwerkingsverband bespreekt de profielen eens per twee jaar in een kwaliteitsgesprek met elk "
              "bestuur; blijkt een locatie onder de ondergrens te zitten, dan maakt het bestuur afspraken over herstel "
              "binnen een schooljaar."),
        ("h1", "Van mentor tot vso: het ondersteuningsaanbod"),
        ("p", "Het aanbod in Zuiderlicht is opgebouwd in samenhang: wat de school zelf kan, wat scholen samen "
              "organiseren en wat gespecialiseerd is. Waar de begeleiding door de mentor niet volstaat, kan een school "
              "met een schoolarrangement extra begeleiding bieden, op de grotere locaties ook in een trajectvoorziening."),
        ("table", [["Voorziening", "Voor wie", "Capaciteit / duur"],
                   ["Trajectvoorziening", "leerlingen die tijdelijk buiten de klas moeten werken",
                    "op locaties met minimaal 400 leerlingen, maximaal 10 weken per traject"],
                   ["OPDC De Overstap (rebound)", "leerlingen die vastlopen in gedrag of motivatie",
                    "24 plaatsen, 12 weken, daarna terug naar eigen school"],
                   ["Tussenvoorziening Intermezzo", "leerlingen met psychiatrische problematiek, onderwijs-zorg",
                    "16 plaatsen, met jeugdhulp van de gemeenten"],
                   ["Praktijkonderwijs", "leerlingen met een pro-toelaatbaarheid", "twee scholen"],
                   ["vso cluster 3 en 4", "leerlingen met een TLV", "Kompas College, De Linde"]]),
        ("h2", "Witte vlekken en thuiszitters"),
        ("p", "Elk voorjaar voert het samenwerkingsverband samen met de besturen een dekkendheidsscan uit: per "
              "voorziening kijken we naar wachttijden, afwijzingen en leerlingen voor wie geen plek werd gevonden. "
              "De uitkomst bespreekt het algemeen bestuur in juni; het besluit dan welke voorziening wordt "
              "uitgebreid of bijgesteld. Voor leerlingen die thuiszitten, werkt het samenwerkingsverband met een "
              "casusregisseur die binnen tien werkdagen na melding een plan maakt met school, leerplicht en "
              "jeugdhulp. Als een bestuur zijn zorgplicht niet kan waarmaken, schakelt de casusregisseur het "
              "bestuurlijk escalatieoverleg in."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag voor "
              "een TLV in bij het loket van het samenwerkingsverband. Het dossier bevat het ontwikkelingsperspectief "
              "met handelingsdeel, de evaluatie van de geboden ondersteuning en de zienswijze van ouders en leerling. "
              "De TLV-commissie vraagt advies aan een orthopedagoog of psycholoog en aan een tweede deskundige, "
              "afhankelijk van de vraag een arts, kinderpsychiater of maatschappelijk werker, en besluit binnen zes "
              "weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als uit het dossier blijkt dat (a) een reguliere school met "
              "inzet van de trajectvoorziening en een bovenschoolse voorziening gedurende ten minste twintig weken de "
              "ondersteuningsbehoefte niet heeft kunnen beantwoorden, (b) de leerling structureel is aangewezen op "
              "een kleine groep en een specialistisch pedagogisch klimaat en (c) de vso-school het beoogde "
              "uitstroomprofiel kan bieden. Een TLV wordt afgegeven voor een tot drie schooljaren, in de "
              "bekostigingscategorie laag, midden of hoog."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en pro volgen wij de landelijke criteria: voor pro een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee van de vier domeinen; voor lwoo een IQ tussen 75 "
              "en 90 met een leerachterstand van anderhalf tot drie jaar, of sociaal-emotionele problematiek die het "
              "leren belemmert. De vo-school waar de leerling is aangemeld, dient de aanvraag vóór 1 maart in met het "
              "onderwijskundig rapport en de testgegevens. De commissie lwoo/pro besluit binnen vier weken; een "
              "aanwijzing lwoo geldt voor de duur van de opleiding."),
        ("p", "Informatie over de mogelijkheden van bezwaar vindt u op onze website."),
        ("h1", "Thuisnabij onderwijs"),
        ("p", "Een plek in het vso is in Zuiderlicht geen eindstation. Ons beleid is dat een leerling terugkeert naar "
              "het reguliere voortgezet onderwijs zodra dat verantwoord is, bij voorkeur naar een school dicht bij "
              "huis. Voorwaarden zijn dat de leerling gedurende ten minste een half jaar de doelen uit het "
              "ontwikkelingsperspectief haalt, dat de ontvangende school de ondersteuning kan bieden en dat "
              "leerling en ouders de overstap zien zitten. Na de overstap krijgt de leerling een terugkeerarrangement: "
              "zes maanden begeleiding door een ambulant begeleider van de vso-school, betaald door het "
              "samenwerkingsverband (4.500 euro per leerling)."),
        ("p", "Het verloop is als volgt. De vso-school evalueert elk jaar in februari het ontwikkelingsperspectief "
              "en beoordeelt dan of terugkeer aan de orde is. Is dat zo, dan neemt de vso-school het initiatief voor "
              "een trajectgesprek met de beoogde vo-school, de leerling, de ouders en de consulent. Er volgt een "
              "proefplaatsing van zes weken. Na een positieve evaluatie beëindigt de TLV-commissie de TLV per de "
              "eerstvolgende maand en schrijft de vo-school de leerling in. In het laatste jaar van een TLV is de "
              "evaluatie in februari verplicht. In het schooljaar 2023-2024 keerden 11 leerlingen op deze manier "
              "terug."),
        ("h1", "Financieel kader"),
        ("p", "Zuiderlicht ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. De middelen "
              "worden volgens onderstaand verdeelmodel toegekend. De bedragen gelden voor 2025 en worden jaarlijks "
              "door het algemeen bestuur geïndexeerd."),
        ("table", [["Onderdeel", "Grondslag", "Verdeling"],
                   ["Schoolbudget lichte ondersteuning", "leerlingen op 1 oktober t-1", "185 euro per leerling"],
                   ["Vaste voet", "per locatie", "12.500 euro per locatie"],
                   ["Trajectvoorziening", "per locatie met minimaal 400 leerlingen", "0,8 fte"],
                   ["Lwoo en pro", "aantal aanwijzingen en toelaatbaarheden", "volgens landelijke bedragen"],
                   ["Bovenschoolse voorzieningen", "plaatsen", "centraal, via de TLV-commissie"]]),
        ("p", "Een meerjarenbegroting met bedragen wordt na vaststelling door het algemeen bestuur in december als "
              "afzonderlijk stuk gepubliceerd. In onderstaand overzicht zijn de posten daarom nog niet ingevuld."),
        ("table", [["Post", "2025", "2026", "2027", "2028"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "Besturen leggen jaarlijks voor 1 juli verantwoording af over de inzet van het schoolbudget, in een "
              "verantwoordingsformat dat het bureau aanlevert."),
        ("h1", "Kwaliteitszorg"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, heeft het algemeen bestuur de volgende doelen "
              "voor 2029 vastgesteld: het aantal thuiszitters is teruggebracht tot maximaal tien; 95 procent van de "
              "TLV-aanvragen is binnen zes weken afgehandeld; ten minste 75 procent van de leerlingen van De "
              "Overstap keert terug naar de eigen school; het deelnamepercentage vso is niet hoger dan 3,2 procent."),
        ("p", "Het bureau verzamelt elk kwartaal de gegevens over aanvragen, doorlooptijden, thuiszitters en "
              "plaatsingen in een dashboard dat het algemeen bestuur bespreekt. Eens per jaar peilen we de "
              "tevredenheid van scholen en ouders. In het jaarverslag rapporteren we over de bereikte resultaten ten "
              "opzichte van de doelen; in 2023-2024 waren er 14 thuiszitters en was 88 procent van de aanvragen "
              "binnen zes weken afgehandeld. Als een doel niet in beeld komt, stelt het bestuur in het jaarplan "
              "bij."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders vinden op de website van Zuiderlicht een ouderpagina met uitleg over de ondersteuning op de "
              "scholen, de trajectvoorzieningen, De Overstap en het vso. Elke school neemt een samenvatting van haar "
              "ondersteuningsprofiel op in de schoolgids. Bij de overstap van groep 8 naar het voortgezet onderwijs "
              "ontvangen alle ouders de folder 'Extra ondersteuning in het vo', en in november is er in elke "
              "gemeente een informatieavond."),
        ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief; ouders zijn "
              "gesprekspartner in het zorg- en adviesteam. Wanneer de wettelijke plicht tot het instellen van een "
              "ouder- en jeugdsteunpunt ingaat, sluit Zuiderlicht daarbij aan; hoe dat er in onze regio uit komt te "
              "zien, is nog niet bepaald."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += glossary("Afkortingenlijst", [
        ("OJSP", "ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en leerlingen terechtkunnen met "
                 "vragen en bij onenigheid met school."),
        ("OPDC", "orthopedagogisch-didactisch centrum."),
        ("OPP", "ontwikkelingsperspectief(plan)."),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("MJB", "meerjarenbegroting."),
        ("TLV", "toelaatbaarheidsverklaring."),
    ])
    return b


# ----------------------------------------------------------------------------
# Plan C – PO, .pdf
# ----------------------------------------------------------------------------

C = dict(
    naam="Stichting Samenwerkingsverband Primair Onderwijs Hollands Veen (PO 97-14)",
    kort="SWV Hollands Veen", code="PO 97-14", sector="po", regio="Hollands Veen",
    gemeenten=["Veenhoven", "Rietmeer", "Polderwijk"], nbest=9, nsch=62, nlln="14.300", nsbo=3, krimp=3,
    periode="2025-2029", dir="A. (Anouk) de Graaff", opr_leden=14, datum_opr="11 maart 2025",
    datum_oogo="4 februari 2025", fte="11,0", systeem="VeenDossier",
    planning=[["juni 2024", "fusiebesluit besturen"], ["oktober 2024", "werkgroepen"],
              ["4 februari 2025", "OOGO"], ["11 maart 2025", "instemming OPR"],
              ["25 maart 2025", "vaststelling"], ["april 2025", "toezending Inspectie"]],
)


def plan_c():
    c = C
    b = [("title", "Ondersteuningsplan 2025-2029"), ("sub", c["naam"]),
         ("sub", "Eerste ondersteuningsplan na de samenvoeging van de samenwerkingsverbanden Veenhoven en Rietmeer-Polder"),
         ("pagebreak", None), ("toc", None), ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c)
    b += [
        ("h2", "Een nieuw samenwerkingsverband"),
        ("p", "Per 1 augustus 2025 gaan de samenwerkingsverbanden Veenhoven en Rietmeer-Polder verder als één "
              "organisatie. Beide verbanden brachten hun eigen werkwijze, cultuur en geschiedenis mee. In dit eerste "
              "gezamenlijke plan hebben we gekozen wat we overnemen, wat we samenvoegen en wat we de komende jaren "
              "samen opnieuw ontwerpen. De terugblik op de periode van de afzonderlijke verbanden staat in hun "
              "laatste jaarverslagen."),
    ]
    b += f_visie(c)
    b += [
        ("h1", "Basisondersteuning: de ondergrens"),
        ("p", "In Hollands Veen is basisondersteuning de ondergrens die zonder uitzondering geldt voor iedere "
              "vestiging van iedere aangesloten school. De besturen hebben die ondergrens samen afgesproken; een "
              "school kan meer bieden, nooit minder. De inhoud staat in onderstaande tabel."),
        ("table", [["Domein", "Wat iedere school minimaal biedt"],
                   ["Lezen en dyslexie", "signalering vanaf groep 2, protocol dyslexie, extra leestijd "
                    "drie keer per week, begeleiding bij de aanvraag van een vergoed dyslexieonderzoek"],
                   ["Rekenen", "protocol ERWD, rekenmuurtje en hulpkaarten, verlengde instructie"],
                   ["Gedrag en welbevinden", "methode voor sociaal-emotioneel leren, pestprotocol, "
                    "gedragsspecialist per bestuur oproepbaar binnen een week"],
                   ["Meer- en hoogbegaafdheid", "compacten en verrijken, plusgroep één dagdeel per week"],
                   ["Taal", "NT2-aanbod en schakelmogelijkheid voor nieuwkomers"],
                   ["Structuur", "intern begeleider, groepsbesprekingen drie keer per jaar, "
                    "ondersteuningsteam met jeugdverpleegkundige en schoolmaatschappelijk werk"],
                   ["Medisch", "protocol medisch handelen, afspraken over medicatie"]]),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Boven de ondergrens kent Hollands Veen een doorlopend aanbod. Op school kan met een arrangement extra "
              "begeleiding worden ingezet, bijvoorbeeld een leerkrachtondersteuner of een onderwijsassistent voor een "
              "groepje leerlingen. Bovenschools zijn er de observatieklas De Meander (tien plaatsen, maximaal zes "
              "maanden), de schakelklas voor nieuwkomers in Veenhoven en de voltijds hoogbegaafdenklas De Uitdaging. "
              "Daarnaast zijn er drie scholen voor speciaal basisonderwijs en de so-scholen De Regenboog (cluster 3) "
              "en Het Palet (cluster 4). Het arrangementenloket kent bovenschoolse arrangementen toe op voordracht van "
              "het ondersteuningsteam van de school."),
        ("p", "Of dit aanbod dekkend is en waar leerlingen tussen wal en schip vallen, brengen wij in de loop van "
              "2026 in kaart, zodra de gegevens van beide voormalige verbanden zijn samengevoegd. Ook het thema "
              "thuiszitters pakken we dan op."),
        ("h1", "Toelaatbaarheid, plaatsing en terugplaatsing"),
        ("h2", "De procedure"),
        ("p", "Stap 1: het bevoegd gezag van de school waar de leerling is ingeschreven, bespreekt de aanvraag in "
              "het ondersteuningsteam, waarbij de ouders aanwezig zijn. Stap 2: de school dient via VeenDossier de "
              "aanvraag in met het ontwikkelingsperspectief, het groeidocument en de zienswijze van de ouders. "
              "Stap 3: een orthopedagoog en een tweede deskundige, afhankelijk van de leerling een arts, "
              "maatschappelijk werker of kinderpsychiater, geven ieder schriftelijk advies. Zij zijn niet bij de "
              "aanvraag betrokken geweest. Stap 4: de Commissie van Toelaatbaarheid neemt binnen zes weken een "
              "besluit en stelt bij het so de bekostigingscategorie vast. Stap 5: de ouders en de school ontvangen "
              "het besluit en de adviezen. Een TLV wordt in de regel afgegeven voor twee schooljaren."),
        ("h2", "Toetsing"),
        ("p", "De inhoudelijke criteria waarop de commissie toetst, zijn opgenomen in het Toetsingskader "
              "toelaatbaarheid. Dat kader wordt los van dit plan door het bestuur vastgesteld en verschijnt op de "
              "website zodra de harmonisatie van de werkwijzen van beide voormalige verbanden is afgerond."),
        ("h2", "Bezwaar"),
        ("p", "Wie het niet eens is met een besluit, kan binnen zes weken bezwaar maken bij het samenwerkingsverband. "
              "Wij vragen advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "Financiën"),
        ("h2", "Verdeling"),
        ("p", "Hollands Veen kiest voor een schoolmodel. Tachtig procent van de middelen voor lichte ondersteuning "
              "gaat naar de besturen, verdeeld naar rato van het aantal leerlingen op 1 oktober van het voorgaande "
              "jaar (in 2025: 212 euro per leerling). Twintig procent blijft centraal voor bovenschoolse "
              "arrangementen. Het arrangementenloket kent die toe als het ondersteuningsteam aantoont dat de "
              "basisondersteuning en het schoolbudget zijn ingezet en een arrangement nodig is om de doelen in het "
              "ontwikkelingsperspectief te halen. De middelen voor zware ondersteuning gaan grotendeels naar de "
              "so-scholen via de afdracht door DUO; voor de groei van het sbo boven twee procent geldt de "
              "groeiregeling met peildatum 1 februari."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen in euro's", "2025", "2026", "2027", "2028"],
                   ["Baten zware en lichte ondersteuning", "10.940.000", "10.880.000", "10.810.000", "10.750.000"],
                   ["Afdrachten so en sbo", "5.120.000", "5.150.000", "5.160.000", "5.160.000"],
                   ["Schoolbudgetten besturen", "3.030.000", "3.010.000", "2.990.000", "2.960.000"],
                   ["Bovenschoolse arrangementen", "1.510.000", "1.520.000", "1.540.000", "1.560.000"],
                   ["Observatieklas, schakelklas, HB-klas", "610.000", "620.000", "630.000", "640.000"],
                   ["Bureau", "1.020.000", "990.000", "980.000", "980.000"],
                   ["Saldo", "-350.000", "-410.000", "-490.000", "-550.000"]]),
        ("p", "De tekorten worden gedekt uit de reserves die beide voormalige verbanden hebben opgebouwd."),
        ("h1", "Ouders"),
        ("p", "Het ouderloket op onze website beschrijft per voorziening wat die inhoudt en hoe een leerling er "
              "terechtkomt. Elke school verwijst in de schoolgids naar het ouderloket en beschrijft haar eigen "
              "ondersteuning. Nieuwe ouders krijgen bij inschrijving de folder 'Ondersteuning in Hollands Veen'. Eén "
              "keer per jaar organiseren wij in elke gemeente een ouderavond over passend onderwijs."),
        ("p", "Ouders die onafhankelijk advies zoeken, kunnen terecht bij het Steunpunt Ouders Hollands Veen, dat "
              "wordt uitgevoerd door een onafhankelijke stichting en dat los staat van het samenwerkingsverband en "
              "de besturen, of bij de landelijke Onderwijsconsulenten. Voor klachten is er een klachtenregeling."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Omdat het samenwerkingsverband nieuw is, beschikken we nog niet over een gezamenlijke nulmeting. De "
              "beoogde resultaten voor deze planperiode en de wijze waarop we die gaan volgen, formuleren we na de "
              "nulmeting in het voorjaar van 2026. Ze worden als voortgangsparagraaf aan dit plan toegevoegd en ter "
              "instemming aan de OPR voorgelegd."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += glossary("Begrippenlijst", [
        ("Beoogde resultaten", "de doelen die het samenwerkingsverband voor leerlingen met een "
                               "ondersteuningsbehoefte wil bereiken, met indicatoren en streefwaarden."),
        ("Deskundigenadvies", "advies van twee deskundigen over de toelaatbaarheid van een leerling."),
        ("Dekkend aanbod", "een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft."),
        ("Terugplaatsing", "de overstap van een leerling van het so of sbo naar een basisschool, aan het einde "
                           "van de looptijd van de TLV, met begeleiding door de so-school."),
        ("TLV", "toelaatbaarheidsverklaring."),
    ])
    return b


# ----------------------------------------------------------------------------
# Plan D – VO, .pdf
# ----------------------------------------------------------------------------

D = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Eem en Heuvelrug (VO 96-11)",
    kort="SWV Eem en Heuvelrug", code="VO 96-11", sector="vo", regio="Eem en Heuvelrug",
    gemeenten=["Eemhoorn", "Heuvelstein", "Leusdaal", "Bosveld"], nbest=7, nsch=21, nlln="13.800", krimp=5,
    periode="2025-2029", dir="R. (Rachid) El Khatib", opr_leden=10, datum_opr="25 februari 2025",
    datum_oogo="30 januari 2025", fte="12,6", systeem="EHdossier",
    planning=[["september 2024", "start schrijfgroep"], ["december 2024", "consultatie scholen"],
              ["30 januari 2025", "OOGO"], ["25 februari 2025", "instemming OPR"],
              ["20 maart 2025", "vaststelling bestuur"], ["april 2025", "toezending Inspectie"]],
)


def plan_d():
    c = D
    b = [("title", "Ondersteuningsplan 2025-2029"), ("sub", c["naam"]),
         ("sub", "Concept ter vaststelling – hoofdstuk Ouders en leerlingen en Financiën in bewerking"),
         ("pagebreak", None), ("toc", None), ("pagebreak", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle besturen in Eem en Heuvelrug hebben afgesproken dat iedere vestiging van iedere aangesloten "
              "vo-school ten minste hetzelfde niveau van basisondersteuning biedt. Dat niveau geldt als "
              "gemeenschappelijke ondergrens en wordt door de scholen zelf georganiseerd en betaald uit de eigen "
              "middelen."),
        ("p", "Inhoudelijk gaat het om passende begeleiding, aandacht voor gedrag en welbevinden, zorg op maat waar "
              "dat nodig is en een veilige omgeving waarin leerlingen tot hun recht komen. Scholen geven hier ieder "
              "op hun eigen manier invulling aan, passend bij hun populatie en hun profiel."),
        ("h1", "Netwerk en routes"),
        ("h2", "Van school tot specialistische plek"),
        ("p", "Binnen iedere school is er een ondersteuningsteam onder leiding van de ondersteuningscoördinator. "
              "Iedere school heeft een plusvoorziening, een ruimte met vaste begeleiders waar leerlingen een deel van "
              "de week kunnen werken. Voor leerlingen die meer nodig hebben, is er het OPDC Het Baken met 30 plaatsen "
              "voor trajecten van maximaal een half jaar. Het Baken heeft ook een time-outvoorziening van vier "
              "plaatsen. Voor leerlingen met een vso-ondersteuningsbehoefte zijn er twee vso-scholen, en voor "
              "leerlingen met een pro-toelaatbaarheid twee scholen voor praktijkonderwijs. Nieuwkomers starten in de "
              "internationale schakelklas in Eemhoorn. Met de gemeenten is het onderwijs-zorgarrangement De Brug "
              "opgezet, waarin jeugdhulp en onderwijs op één locatie samenwerken."),
        ("h2", "Gaten in het netwerk"),
        ("p", "Twee keer per jaar bespreekt de maatwerktafel alle leerlingen voor wie geen passende plek is "
              "gevonden of die op een wachtlijst staan. Die signalen verwerkt het bureau in een "
              "witte-vlekkenanalyse die in juni aan het bestuur wordt voorgelegd, met een voorstel om het aanbod aan "
              "te passen. Zo is in 2024 besloten tot een extra groep voor leerlingen met autisme op havo/vwo-niveau. "
              "Elke thuiszitter wordt binnen vijf schooldagen gemeld bij het thuiszitterspact, waarin leerplicht, "
              "jeugdhulp en het samenwerkingsverband samen binnen drie weken een traject starten."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan de volgende criteria wordt voldaan: er is een "
              "ontwikkelingsperspectief met ten minste twee geëvalueerde periodes van extra ondersteuning, waarvan "
              "één in de plusvoorziening of Het Baken; de ondersteuningsbehoefte vraagt om een groep van maximaal "
              "twaalf leerlingen en om specialistische begeleiding gedurende het grootste deel van de schooldag; en "
              "het reguliere onderwijs kan ook met een bovenschools arrangement niet voldoende tegemoetkomen aan die "
              "behoefte. Voor praktijkonderwijs en lwoo gelden de landelijke criteria (IQ, leerachterstanden en "
              "sociaal-emotionele problematiek); het samenwerkingsverband heeft niet voor eigen lwoo-criteria "
              "gekozen."),
        ("p", "Een TLV voor het vso wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag tenzij "
              "de leerling een lichamelijke of meervoudige beperking heeft."),
        ("p", "Hoe een school een aanvraag indient, welke stukken daarbij horen, wie het besluit neemt en binnen welke "
              "termijn, staat in de Routewijzer Toelaatbaarheid op het extranet van het samenwerkingsverband."),
        ("h1", "Terug naar het regulier onderwijs"),
        ("p", "Ons uitgangspunt is dat een plaatsing in het vso waar mogelijk tijdelijk is. Het samenwerkingsverband "
              "wil dat leerlingen die zich in het vso goed ontwikkelen, terugkeren naar een reguliere school in de "
              "buurt, zodra zij de doelen van hun ontwikkelingsperspectief een half jaar stabiel halen en een "
              "reguliere school de benodigde ondersteuning kan bieden. Na de overstap krijgt iedere leerling een "
              "terugkeerarrangement: twintig weken begeleiding door een ambulant begeleider, die één keer per week op "
              "de nieuwe school komt."),
        ("p", "De stappen, wie het initiatief neemt en op welke momenten de mogelijkheid van terugkeer wordt "
              "beoordeeld, leggen we vast in het stappenplan terugplaatsing dat de werkgroep vso in 2026 opstelt."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf, met de verdeelsystematiek, de meerjarenbegroting en de risicoparagraaf, "
              "wordt na de begrotingsronde als addendum bij dit plan gevoegd. Tot dat moment verwijzen we naar de "
              "jaarbegroting 2025 van het samenwerkingsverband, die bij het secretariaat kan worden opgevraagd."),
        ("h1", "Monitoring en verantwoording"),
        ("p", "Het bureau houdt per school en voor het samenwerkingsverband als geheel de volgende indicatoren bij: "
              "het deelnamepercentage vso en pro op 1 oktober, het aantal TLV's en aanwijzingen lwoo, de doorlooptijd "
              "van aanvragen, het aantal thuiszitters en vrijstellingen, het aantal terugplaatsingen en de uitstroom "
              "uit Het Baken. Elk jaar in november verschijnt een monitorrapportage die het bestuur en de OPR "
              "bespreken. Twee keer per jaar voert de directeur-bestuurder met ieder schoolbestuur een "
              "kwaliteitsgesprek aan de hand van de cijfers van dat bestuur. In het jaarverslag legt het "
              "samenwerkingsverband verantwoording af over de ontwikkeling van de indicatoren."),
        ("p", "Streefwaarden voor deze indicatoren stellen wij niet in dit plan vast. Het bestuur bepaalt na de "
              "eerste monitorrapportage welke ambities het in de jaarplannen opneemt."),
        ("h1", "Ouders en leerlingen"),
        ("p", "[Deze paragraaf wordt aangevuld na de consultatieronde met de OPR – tekst volgt.]"),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += glossary("Begrippenlijst", [
        ("Basisondersteuning", "het afgesproken niveau van ondersteuning op alle scholen, waaronder een "
                               "ondersteuningscoördinator, dyslexie- en dyscalculiefaciliteiten, faalangstreductietraining "
                               "en een plusvoorziening."),
        ("Onderwijsconsulenten", "onafhankelijke, landelijk werkende adviseurs die ouders kosteloos helpen als "
                                 "zij met school niet tot een oplossing komen."),
        ("OJSP", "ouder- en jeugdsteunpunt."),
        ("Verdeelmodel", "de systematiek waarmee de ondersteuningsmiddelen over de besturen worden verdeeld: "
                         "een bedrag per leerling plus een vaste voet per vestiging."),
        ("Meerjarenbegroting", "begroting voor vier jaar."),
        ("TLV", "toelaatbaarheidsverklaring."),
    ])
    return b


# ----------------------------------------------------------------------------
# Plan E – PO, .md ("op hoofdlijnen")
# ----------------------------------------------------------------------------

E = dict(
    naam="Samenwerkingsverband Passend Onderwijs Delta Noord (PO 95-02)",
    kort="Delta Noord", code="PO 95-02", sector="po", regio="Delta Noord",
    gemeenten=["Havendijk", "Zeewolde-Noord", "Kreekrug"], nbest=8, nsch=44, nlln="9.600", nsbo=2, krimp=7,
    periode="2025-2029", dir="drs. H. (Hanneke) Bosschaart", opr_leden=8, datum_opr="6 maart 2025",
    datum_oogo="13 februari 2025", fte="6,8", systeem="Delta-dossier",
    planning=[["oktober 2024", "strategiesessie bestuur"], ["januari 2025", "concept"],
              ["13 februari 2025", "OOGO"], ["6 maart 2025", "instemming OPR"],
              ["19 maart 2025", "vaststelling"], ["april 2025", "toezending Inspectie"]],
)


def plan_e():
    c = E
    b = [("title", "Ondersteuningsplan Delta Noord 2025-2029 – op hoofdlijnen"), ("sub", c["naam"]),
         ("toc", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [
        ("h2", "Koers 2025-2029"),
        ("p", "Dit plan is bewust een plan op hoofdlijnen. Het beschrijft wat wij willen en waarom; de uitwerking "
              "volgt in jaarplannen en in documenten op onze website. Wij willen een dekkend aanbod en een thuisnabije "
              "plek voor ieder kind. Een aanpak voor thuiszitters werken we in 2026 samen met leerplicht uit."),
        ("h1", "Basisondersteuning"),
        ("p", "Wat de scholen minimaal bieden, staat in de schoolondersteuningsprofielen van de scholen. Die "
              "profielen worden in de loop van de planperiode op elkaar afgestemd; het resultaat daarvan nemen we op "
              "in een volgende versie van dit plan."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het "
              "speciaal onderwijs. De werkwijze is beschreven in de Route naar het speciaal (basis)onderwijs op "
              "onze website."),
        ("h1", "Thuisnabij: terug naar de basisschool"),
        ("p", "Delta Noord wil dat kinderen zo kort als nodig en zo thuisnabij als mogelijk naar school gaan. Een "
              "plaatsing in het sbo of so zien wij niet als eindpunt. Ons beleid: elk kind dat in het s(b)o zijn "
              "doelen haalt en voor wie een basisschool in de buurt de ondersteuning kan organiseren, krijgt de kans "
              "om terug te keren. Voorwaarde is dat de ontwikkeling ten minste een half jaar stabiel is en dat de "
              "ontvangende school vooraf een plan van aanpak maakt. Na de overstap betaalt het samenwerkingsverband "
              "een jaar lang een terugkeerbudget van 3.000 euro aan de ontvangende school, en blijft de leerkracht "
              "van het s(b)o tot de kerstvakantie beschikbaar voor overleg."),
        ("p", "Zo gaat het in de praktijk. In september bespreekt de s(b)o-school bij iedere leerling in de "
              "ontwikkelingsperspectiefbespreking of terugkeer in beeld is. Als dat zo is, nodigt de s(b)o-school in "
              "oktober de ouders, de beoogde basisschool en de adviseur van het samenwerkingsverband uit voor een "
              "overstapgesprek. De basisschool en de s(b)o-school besluiten samen met de ouders over de overstap en "
              "leggen de datum vast. De adviseur meldt het besluit aan het samenwerkingsverband, waarna de TLV op "
              "de overstapdatum vervalt. In februari en juni na de overstap volgt een evaluatie."),
        ("h1", "Terugblik en resultaten"),
        ("h2", "Wat we in de vorige periode bereikten"),
        ("p", "In de vorige planperiode daalde het deelnamepercentage sbo van 2,9 naar 2,5 procent en het "
              "deelnamepercentage so van 1,9 naar 1,7 procent. Het aantal terugplaatsingen steeg van 4 naar 13 per "
              "jaar. De gemiddelde doorlooptijd van een aanvraag bij het samenwerkingsverband was 31 dagen."),
        ("h2", "Wat we willen bereiken"),
        ("p", "Voor 2029 streven wij naar: ten minste 15 terugplaatsingen per jaar; een deelnamepercentage sbo en so "
              "samen van ten hoogste 4 procent; een doorlooptijd van aanvragen van ten hoogste 28 dagen; en een "
              "tevredenheid van ouders van kinderen met een arrangement van ten minste 7,5."),
        ("h2", "Hoe we volgen"),
        ("p", "Het bureau verzamelt de gegevens per kwartaal uit Delta-dossier en de DUO-telling van 1 oktober. "
              "In maart verschijnt de jaarlijkse resultatenrapportage, die het bestuur bespreekt met de schoolbesturen "
              "en de OPR. Een oudertevredenheidspeiling vindt elk tweede jaar plaats. Blijft een indicator achter, dan "
              "neemt het bestuur in het jaarplan maatregelen op."),
        ("h1", "Financiën"),
        ("h2", "Meerjarenbegroting"),
        ("table", [["x 1.000 euro", "2025", "2026", "2027", "2028"],
                   ["Baten", "6.940", "6.870", "6.790", "6.720"],
                   ["Afdracht sbo en so", "3.410", "3.380", "3.340", "3.300"],
                   ["Toekenning aan schoolbesturen", "2.100", "2.080", "2.050", "2.030"],
                   ["Terugkeerbudgetten", "45", "45", "45", "45"],
                   ["Bureau en adviseurs", "790", "800", "810", "820"],
                   ["Projecten en innovatie", "460", "420", "380", "340"],
                   ["Saldo", "135", "145", "165", "185"]]),
        ("h2", "Verdeelsystematiek"),
        ("p", "De huidige verdeelsystematiek wordt herzien. Het bestuur besluit in het voorjaar van 2026 over een "
              "nieuwe systematiek; tot dan blijft de bestaande regeling van kracht, die op onze website staat."),
        ("h1", "Ouders"),
        ("p", "Ouders die vastlopen in het contact met school of die onafhankelijk advies willen, kunnen bij het "
              "ouder- en jeugdsteunpunt Delta Noord terecht. Dat steunpunt wordt uitgevoerd door MEE en staat los van "
              "de scholen en het samenwerkingsverband; het is bereikbaar via telefoon, e-mail en een wekelijks "
              "inloopspreekuur in Havendijk, en kan meegaan naar gesprekken op school. Ook de landelijke "
              "Onderwijsconsulenten kunnen kosteloos bemiddelen."),
        ("p", "Een communicatieplan richting ouders, met een nieuwe ouderpagina en een ouderfolder, stellen we in "
              "2026 op."),
        ("h1", "Minder regels, meer tijd voor de klas"),
        ("p", "Scholen ervaren de administratieve last van passend onderwijs als hoog. Delta Noord vraagt daarom "
              "alleen gegevens uit die voor een besluit of voor de wettelijke verantwoording echt nodig zijn. "
              "Formulieren worden waar mogelijk vooraf ingevuld met gegevens die al in het leerlingvolgsysteem "
              "staan, en een groeidocument dat een school al heeft opgesteld, hoeft niet opnieuw te worden "
              "geschreven. In het eerste planjaar lopen we samen met drie intern begeleiders alle formulieren na; "
              "wat overbodig is, schrappen we."),
        ("p", "Ook het bureau zelf kijkt kritisch naar de eigen werkwijze. Vergaderingen worden korter en minder "
              "frequent, verslagen worden beknopter en besluiten worden op één plek digitaal vastgelegd. De tijd die "
              "dat oplevert, besteden de medewerkers aan bezoeken aan scholen. Elke school krijgt zo ten minste twee "
              "keer per jaar een vaste contactpersoon van het bureau op bezoek, die de vragen van de school ophaalt "
              "en meeneemt naar het bureau."),
        ("p", "Het bureau is in 2024 verhuisd naar een gedeeld kantoor met twee andere onderwijsorganisaties in "
              "Havendijk. Dat scheelt kosten en maakt het gemakkelijker om kennis te delen. Het gebouw is "
              "energiezuinig en goed bereikbaar met het openbaar vervoer."),
    ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += glossary("Begrippenlijst", [
        ("Basisondersteuning", "het door de besturen afgesproken niveau van ondersteuning dat iedere school in "
                               "Delta Noord biedt, waaronder een intern begeleider, een dyslexieprotocol, een "
                               "aanbod voor meer- en hoogbegaafde kinderen en een pestprotocol."),
        ("Dekkend aanbod", "een samenhangend geheel van voorzieningen binnen en tussen scholen, zodat voor ieder kind "
                           "een passende plek is."),
        ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een kind toelaatbaar is "
                                             "tot het sbo of so, na advies van twee deskundigen."),
        ("Thuiszitter", "leerplichtig kind dat zonder geldige reden niet naar school gaat."),
    ])
    return b


# ----------------------------------------------------------------------------
# F – near miss: school-level ondersteuningsplan of a basisschool, .html
# ----------------------------------------------------------------------------

def near_miss():
    return [
        ("title", "Ondersteuningsplan 2024-2025 – OBS De Wilgenhoek"),
        ("sub", "Openbare basisschool De Wilgenhoek, Lingeveen – onderdeel van Stichting Openbaar Onderwijs "
                "Lingeveen – aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Linge en Waal"),
        ("h1", "1. Inleiding"),
        ("p", "In dit ondersteuningsplan beschrijft OBS De Wilgenhoek hoe wij de ondersteuning aan onze leerlingen "
              "in het schooljaar 2024-2025 organiseren. Het plan is opgesteld door de intern begeleider en het "
              "managementteam en besproken in het team en in de medezeggenschapsraad. Het sluit aan op het "
              "ondersteuningsplan van het samenwerkingsverband en op ons schoolondersteuningsprofiel."),
        ("h1", "2. Zorgniveaus op De Wilgenhoek"),
        ("ul", ["Niveau 1: goed lesgeven in de groep, met differentiatie in drie instructieniveaus.",
                "Niveau 2: extra zorg in de groep, zoals verlengde instructie en pre-teaching.",
                "Niveau 3: specifieke zorg na de groepsbespreking, met een handelingsplan.",
                "Niveau 4: specifieke zorg met inzet van externe deskundigen, zoals de consulent van het "
                "samenwerkingsverband.",
                "Niveau 5: verwijzing, bijvoorbeeld een aanvraag voor een toelaatbaarheidsverklaring voor het sbo."]),
        ("h1", "3. Basisondersteuning op onze school"),
        ("p", "Onze basisondersteuning voldoet aan de afspraken van het samenwerkingsverband. Wij werken met het "
              "dyslexieprotocol, een methode voor sociaal-emotioneel leren en een plusgroep op donderdagochtend. De "
              "intern begeleider is vier dagen per week op school."),
        ("h1", "4. Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de leerkracht met de "
              "intern begeleider de groep. Leerlingen die opvallen, worden besproken in de leerlingbespreking. Ouders "
              "worden daarover vooraf geïnformeerd en uitgenodigd."),
        ("h1", "5. Ondersteuningsteam en samenwerkingsverband"),
        ("p", "Het ondersteuningsteam komt zes keer per jaar bijeen. Als wij een arrangement nodig hebben, vraagt de "
              "intern begeleider dat aan bij de consulent van het samenwerkingsverband. Een aanvraag voor een TLV "
              "doet het bestuur, volgens de procedure van het samenwerkingsverband. In 2023-2024 gingen twee "
              "leerlingen naar het sbo en keerde één leerling vanuit het sbo terug op onze school."),
        ("h1", "6. Middelen"),
        ("p", "Onze school ontvangt van het bestuur een deel van het budget per leerling dat het samenwerkingsverband "
              "aan de besturen uitkeert. Wij besteden dat aan 0,4 fte onderwijsassistent en aan een cursus "
              "Rots en Water voor groep 6 en 7."),
        ("h1", "7. Ouders"),
        ("p", "Ouders zijn onze partners. Zij worden betrokken bij elk handelingsplan en ondertekenen het "
              "ontwikkelingsperspectief. Ouders met vragen kunnen altijd een afspraak maken met de intern begeleider. "
              "Informatie over passend onderwijs staat in de schoolgids en op de website van het "
              "samenwerkingsverband; voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt."),
        ("h1", "8. Resultaten en evaluatie"),
        ("p", "Aan het eind van het schooljaar evalueren wij dit plan in het team. Doel voor dit jaar: 90 procent van "
              "de handelingsplannen wordt na zes weken geëvalueerd. De opbrengsten van de eindtoets bespreken we "
              "met de MR."),
    ]


# ----------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------

CRIT_ORDER = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv, el):
    vals = [v for k, v in crit.items() if k.split(".")[0] == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit_false, adv, notes):
    crit = {k: (k not in crit_false) for k in CRIT_ORDER}
    els = {e: status(crit, adv, e) for e in ELEMS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CRIT_ORDER]
    lines.append("advisory_addressed:")
    for e in ELEMS:
        if adv.get(e):
            lines.append(f"  {e}: [{', '.join(adv[e])}]")
    lines.append("notes:")
    for e in ELEMS:
        if e in notes:
            lines.append(f"  {e}: {yq(notes[e])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def labels():
    write_label(
        "po-linge-waal", ["po-linge-waal.docx"], "po",
        {"terugstroom.beleid", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "ch. 'De lat: wat elke school biedt': agreed minimum for every vestiging plus a concrete list; borging via visitatie.",
         "plaatsing": "ch. 'Toelaatbaarheid tot sbo en so': applicant, dossier, two deskundigen, CvT within 6 weeks, numbered criteria sbo/so, duration, categories, bezwaar via LBT.",
         "terugstroom": "procedure hidden in TLV chapter 'Afloop en herbeoordeling' (6 months before end, s(b)o initiates, dates); policy/conditions/support after return deferred to a 'beleidsnotitie' in year 2.",
         "financien": "ch. 'Geld en middelen': 145 euro per leerling + vaste voet, central arrangementen; meerjarenbegroting table 2025-2028.",
         "dekkend-aanbod": "ch. 'Extra ondersteuning en arrangementen' (three layers table) and 'Een passende plek voor iedere leerling' (aanbodtafel, wachtlijst, thuiszittersoverleg, plaatsingstafel).",
         "resultaten": "ch. 'Wat we willen bereiken' has measurable 2029 targets; how progress is measured/reported is deferred ('krijgt zijn beslag in een kwaliteitskader').",
         "ouders": "ch. 'Communicatie': ouderpagina, brochure in 5 languages, schoolgids, info-avonden; Ouderkompas OJSP, Onderwijsconsulenten, klachten/GPO."})
    write_label(
        "vo-zuiderlicht", ["vo-zuiderlicht.docx"], "vo",
        {"basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "ch. 'Basisondersteuning' defines the common minimum for all locations, but the concrete content is only the four referentiekader aspects plus a reference to absent bijlage 2 (kwaliteitskaart).",
         "plaatsing": "ch. 'Toewijzing en toelaatbaarheid': vso procedure and criteria (a-c), lwoo/pro national criteria and procedure before 1 maart; bezwaar only 'zie website' (not addressed).",
         "terugstroom": "ch. 'Thuisnabij onderwijs' (no 'terugplaatsing' heading): policy, conditions, terugkeerarrangement, February evaluation, proefplaatsing, TLV ended by commissie; 11 returns 2023-24.",
         "financien": "ch. 'Financieel kader': verdeelmodel table (185 euro per leerling etc.); meerjarenbegroting all 'p.m.', published separately later.",
         "dekkend-aanbod": "ch. 'Van mentor tot vso' continuum table and 'Witte vlekken en thuiszitters' (dekkendheidsscan, casusregisseur, escalation).",
         "resultaten": "hidden in ch. 'Kwaliteitszorg': 2029 targets, quarterly dashboard, jaarverslag, achieved figures.",
         "ouders": "ch. 'Ouders en leerlingen': website, schoolgids, folder, info-avond; independent help deferred ('nog niet bepaald' OJSP); OJSP only in afkortingenlijst."})
    write_label(
        "po-hollands-veen", ["po-hollands-veen.pdf"], "po",
        {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
         "resultaten.doelen", "resultaten.monitoring"},
        {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "ch. 'Basisondersteuning: de ondergrens': agreed floor for every vestiging; content only in a table.",
         "plaatsing": "procedure in steps 1-5 with deskundigen and CvT; criteria deferred to a separate 'Toetsingskader toelaatbaarheid' not yet published.",
         "terugstroom": "only in a chapter title ('Toelaatbaarheid, plaatsing en terugplaatsing'), TOC and begrippenlijst; no body text on return.",
         "financien": "ch. 'Financiën': schoolmodel 80/20, 212 euro per leerling, arrangementen criteria, DUO afdracht, groeiregeling; meerjarenbegroting table.",
         "dekkend-aanbod": "ch. 'Het ondersteuningscontinuüm' describes the continuum; gap analysis and thuiszitters deferred to 'in de loop van 2026'.",
         "resultaten": "ch. 'Kwaliteit en resultaten' only defers goals and monitoring until after a 2026 nulmeting; definition only in begrippenlijst.",
         "ouders": "ch. 'Ouders': ouderloket, schoolgids, folder, ouderavond; Steunpunt Ouders Hollands Veen, Onderwijsconsulenten, klachtenregeling."})
    write_label(
        "vo-eem-heuvelrug", ["vo-eem-heuvelrug.pdf"], "vo",
        {"basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.procedure", "financien.verdeling",
         "financien.besteding", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
        {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"]},
        {"basisondersteuning": "ch. 'Basisondersteuning': common floor for every vestiging agreed, but content is vague ('passende begeleiding, zorg op maat'); concrete list only in begrippenlijst.",
         "plaatsing": "ch. 'Toelaatbaarheid': vso criteria and national pro/lwoo criteria, duration/category; procedure only referred to 'Routewijzer' on extranet.",
         "terugstroom": "ch. 'Terug naar het regulier onderwijs': policy, conditions, terugkeerarrangement; steps/initiative/moments deferred to a 2026 stappenplan.",
         "financien": "ch. 'Financiën' only announces an addendum and refers to a jaarbegroting on request; verdeelmodel text only in begrippenlijst.",
         "dekkend-aanbod": "ch. 'Netwerk en routes': plusvoorziening, OPDC, time-out, vso, pro, ISK, OZA with gemeenten; maatwerktafel, witte-vlekkenanalyse, thuiszitterspact.",
         "resultaten": "ch. 'Monitoring en verantwoording': indicators, yearly November monitor, kwaliteitsgesprekken, jaarverslag; no intended results ('streefwaarden stellen wij niet in dit plan vast').",
         "ouders": "ch. 'Ouders en leerlingen' is a placeholder ('tekst volgt'); Onderwijsconsulenten/OJSP only in begrippenlijst."})
    write_label(
        "po-delta-noord", ["po-delta-noord.md"], "po",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie"},
        {"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "ch. 'Basisondersteuning' only refers to the schools' SOPs and defers harmonisation; the real definition sits only in the begrippenlijst.",
         "plaatsing": "ch. 'Toelaatbaarheid' only says TLVs are issued and refers to a 'Route' on the website; deskundigen only in begrippenlijst.",
         "terugstroom": "ch. 'Thuisnabij: terug naar de basisschool': policy, conditions, terugkeerbudget 3.000 euro; September OPP check, October overstapgesprek, TLV lapses, evaluations.",
         "financien": "meerjarenbegroting table present; verdeelsystematiek 'wordt herzien', current rules only on website.",
         "dekkend-aanbod": "only aspirations ('wij willen een dekkend aanbod') and a deferral on thuiszitters in 'Koers'; definition in begrippenlijst; OOGO is procedural only.",
         "resultaten": "ch. 'Terugblik en resultaten': achieved figures, 2029 targets, quarterly data, March rapportage.",
         "ouders": "independent help via OJSP (MEE) and Onderwijsconsulenten; how parents are informed about support facilities is deferred to a 2026 communicatieplan."})
    (OUT / "np-wilgenhoek-schoolplan.expected.yaml").write_text(
        "documents: [np-wilgenhoek-schoolplan.html]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "advisory_addressed: {}\n"
        "notes:\n"
        "  looks_like_plan: \"School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, IB, "
        "school budget); it refers to the samenwerkingsverband but is not its plan (no OPR/OOGO/planperiode of a verband).\"\n",
        encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hdr = "{} | Ondersteuningsplan 2025-2029 | basisondersteuning · toelaatbaarheid · terugplaatsing · ouders"
    write_docx(plan_a(), OUT / "po-linge-waal.docx", hdr.format(A["kort"]))
    write_docx(plan_b(), OUT / "vo-zuiderlicht.docx", hdr.format(B["kort"]))
    docx_to_pdf(plan_c(), OUT / "po-hollands-veen.pdf", hdr.format(C["kort"]))
    docx_to_pdf(plan_d(), OUT / "vo-eem-heuvelrug.pdf", hdr.format(D["kort"]))
    write_md(plan_e(), OUT / "po-delta-noord.md")
    write_html(near_miss(), OUT / "np-wilgenhoek-schoolplan.html", "Ondersteuningsplan 2024-2025 – OBS De Wilgenhoek")
    labels()


if __name__ == "__main__":
    main()
