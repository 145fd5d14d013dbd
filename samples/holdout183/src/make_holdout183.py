#!/usr/bin/env python3
"""Generate the holdout183 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document
(a school's ondersteuningsprofiel), each with a hand-written label file.

Deterministic, no network.  PDFs are rendered from .docx with LibreOffice
(soffice --headless).  All output goes to the folder above this script.
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# block helpers
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def B(items):
    return ("bullets", list(items))


def T(rows):
    return ("table", [list(r) for r in rows])


def TOC(lines):
    return ("toc", list(lines))


def PB():
    return ("pagebreak", None)


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------


def write_docx(blocks, path, title, subtitle, header):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = "Bureau samenwerkingsverband"
    cp.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = header + " | versie ter instemming OPR"
    doc.add_heading(title, level=0)
    doc.add_paragraph(subtitle)
    doc.add_page_break()
    for kind, val in blocks:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            rows = val
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tbl.cell(i, j).text = c
            doc.add_paragraph("")
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def write_md(blocks, path, title, subtitle):
    out = ["# " + title, "", "*" + subtitle + "*", ""]
    for kind, val in blocks:
        if kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += ["- " + it for it in val] + [""]
        elif kind == "toc":
            out += ["## Inhoud", ""] + ["- " + line for line in val] + [""]
        elif kind == "table":
            rows = val
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, title, subtitle, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout183_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, title, subtitle, header)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(profile),
             "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------------------
# shared filler (no element substance; parametrised per verband)
# ---------------------------------------------------------------------------


def voorwoord(p):
    school = "basisscholen, scholen voor speciaal basisonderwijs en so-locaties" if p["sector"] == "po" \
        else "scholen voor vmbo, havo, vwo, praktijkonderwijs en vso"
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. In dit plan beschrijven "
          f"wij hoe de {p['n_besturen']} aangesloten schoolbesturen met hun {school} de komende vier jaar "
          "samen zorgen voor passend onderwijs. Het plan is het resultaat van een traject van ruim een jaar, "
          "met werkateliers, een digitale enquête en gesprekken in de regio. Wij danken iedereen die heeft "
          "meegedacht: directeuren, ondersteuningscoördinatoren en intern begeleiders, leraren, de leden van "
          "de ondersteuningsplanraad, de ambtenaren en wethouders van de gemeenten en onze partners in de "
          "jeugdhulp."),
        P("Passend onderwijs is geen project meer; het is de gewone manier van werken geworden. Toch zien we "
          "dat er nog veel te doen is. Achter elk getal in dit plan staat een kind of jongere, met ouders of "
          "verzorgers die erop vertrouwen dat de school het beste uit hun kind haalt. De middelen die wij "
          "van het Rijk ontvangen zijn niet onbeperkt en de druk op het onderwijs is groot: het lerarentekort, "
          "de groei van het aantal leerlingen met complexe vragen en de wachtlijsten in de jeugdhulp raken "
          "iedere school. Wij zijn trots op de resultaten van de afgelopen jaren, maar weten ook dat we "
          "scherpere keuzes moeten maken."),
        P(f"Dit plan is een kader. Het is bewust compact gehouden; jaarlijks werken wij het uit in een jaarplan "
          f"en een jaarbegroting. Wij nodigen iedereen uit om ons aan te spreken op wat hier staat. "
          f"Namens het bestuur, {p['bestuurder']}, directeur-bestuurder."),
    ]


def leeswijzer(p):
    return [
        H1("Leeswijzer"),
        P("Hoofdstuk 1 schetst de context van ons samenwerkingsverband: de regio, de besturen en de "
          "ontwikkeling van het aantal leerlingen. Daarna beschrijven wij onze missie, visie en ambities. De "
          "hoofdstukken daarna gaan over de ondersteuning zelf, over de organisatie en over de randvoorwaarden. "
          "Achterin vindt u een begrippenlijst. Waar wij in de tekst over 'ouders' spreken, bedoelen wij ook "
          "verzorgers en voogden. Waar wij 'school' schrijven, bedoelen wij iedere vestiging van een "
          "aangesloten school."),
        P("Wie snel wil lezen, kan volstaan met de samenvatting en de kaders aan het begin van elk hoofdstuk. "
          "De bijlagen die in de tekst worden genoemd, zijn afzonderlijke documenten; zij worden tegelijk met "
          "dit plan aan de ondersteuningsplanraad voorgelegd, maar maken geen deel uit van deze versie."),
    ]


def context(p):
    rows = [["Gegeven", "Stand 1 oktober 2025"],
            ["Aantal gemeenten", str(len(p["gemeenten"]))],
            ["Aantal schoolbesturen", str(p["n_besturen"])],
            ["Aantal scholen/vestigingen", str(p["n_scholen"])],
            ["Aantal leerlingen", p["n_leerlingen"]],
            ["Verwachte ontwikkeling tot 2030", p["krimp"]]]
    return [
        H1("Context: onze regio"),
        P(f"{p['naam']} ({p['code']}) omvat de gemeenten {', '.join(p['gemeenten'][:-1])} en "
          f"{p['gemeenten'][-1]}. De regio kent een mix van stedelijke kernen en dorpen met een eigen "
          "identiteit. In de stedelijke kernen is de sociaaleconomische problematiek groter; in de dorpen is "
          "het voorzieningenniveau soms kwetsbaar en zijn de reisafstanden lang. Het leerlingenvervoer is daar "
          "voor gemeenten een belangrijke kostenpost."),
        T(rows),
        P("De daling van het aantal leerlingen zet door, maar niet overal even snel. Voor scholen in kleine "
          "kernen betekent dit dat zij steeds vaker combinatiegroepen vormen en dat de formatie onder druk "
          "staat. Tegelijk groeit de diversiteit: meer leerlingen met een migratieachtergrond, meer "
          "leerlingen die thuis een andere taal spreken, en meer leerlingen met vragen op het gebied van "
          "gedrag en welbevinden. Deze ontwikkelingen vragen om flexibiliteit van scholen en om goede "
          "afspraken tussen besturen en gemeenten."),
        P("In de regio zijn veel partners actief: jeugdgezondheidszorg, wijkteams, jeugdhulpaanbieders, "
          "leerplicht, kinderopvang en voorschoolse educatie. De samenwerking met deze partners is in de "
          "afgelopen periode verbeterd, maar blijft kwetsbaar door personeelswisselingen en door de "
          "verschillen tussen gemeenten."),
    ]


def missie_visie(p, ouders_ok=True):
    partners = "ouders, jeugdhulp en gemeenten" if ouders_ok else "jeugdhulp, kinderopvang en gemeenten"
    return [
        H1("Missie, visie en ambities"),
        H2("Missie"),
        P(f"{p['missie']} Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen in een omgeving "
          "die bij hem of haar past, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Daar zetten "
          "de besturen zich samen voor in, over de grenzen van hun eigen organisatie heen."),
        H2("Visie"),
        P("Onze visie rust op vier pijlers. Ten eerste: de leraar doet ertoe. De kwaliteit van de leraar in de "
          "klas is de belangrijkste factor voor het succes van passend onderwijs. Ten tweede: we kijken naar "
          "wat een kind nodig heeft, niet naar wat een kind 'heeft'. Een diagnose is geen voorwaarde voor "
          f"ondersteuning. Ten derde: we werken samen met {partners}, als partners met "
          "elk een eigen verantwoordelijkheid. Ten vierde: we zijn transparant over keuzes en over de inzet "
          "van middelen."),
        P("Handelingsgericht werken is de gemeenschappelijke taal in ons samenwerkingsverband. Dat betekent "
          "dat we doelgericht werken, dat we uitgaan van onderwijsbehoeften, dat we positieve aspecten "
          "benutten en dat we systematisch en transparant werken. Deze uitgangspunten komen in alle "
          "hoofdstukken terug."),
        H2("Ambities op hoofdlijnen"),
        P("Voor de komende periode hebben we drie ambities geformuleerd: de expertise komt naar het kind toe "
          "in plaats van andersom; we verminderen de bureaucratie rond aanvragen; en we versterken de "
          "samenwerking met de jeugdhulp. Deze ambities zijn richtinggevend; het bestuur vertaalt ze elk jaar "
          "in het jaarplan naar concrete activiteiten."),
    ]


def governance(p):
    return [
        H1("Organisatie en governance"),
        P(f"{p['naam']} is een {p['rechtsvorm']}. De aangesloten schoolbesturen vormen samen de "
          f"{'algemene ledenvergadering' if p['rechtsvorm'] == 'vereniging' else 'raad van deelnemers'}. "
          "Het intern toezicht is gescheiden van het bestuur: een Raad van Toezicht van vijf leden, van wie "
          "twee onafhankelijk, houdt toezicht op de directeur-bestuurder. De statuten bevatten een "
          "geschillenregeling voor geschillen tussen de aangesloten besturen."),
        P(f"Het bureau van het samenwerkingsverband telt {p['fte']} fte en bestaat uit de directeur-bestuurder, "
          "een beleidsmedewerker, een controller (ingehuurd), een secretariaat en een team van consulenten en "
          "orthopedagogen. De consulenten zijn het eerste aanspreekpunt voor de scholen. Het bureau is "
          "gehuisvest in een gedeeld onderwijskantoor, wat de lijnen met de besturen kort houdt."),
        P("Het directeurenoverleg en het overleg van ondersteuningscoördinatoren of intern begeleiders "
          "adviseren het bestuur gevraagd en ongevraagd. Eens per jaar organiseren we een regiodag voor alle "
          "scholen. Het bestuur legt verantwoording af in het jaarverslag, dat vóór 1 juli verschijnt."),
        P("De Code Goed Bestuur van de sectorraad is van toepassing. Het bestuur evalueert jaarlijks zijn eigen "
          "functioneren en dat van de Raad van Toezicht. Nevenfuncties worden gepubliceerd in het jaarverslag."),
    ]


def opr(p, ouders_ok=True):
    if ouders_ok:
        samenstelling = ("De OPR bestaat voor de helft uit ouders" + (" en leerlingen" if p["sector"] == "vo" else "")
                         + " en voor de helft uit personeelsleden, afgevaardigd door de medezeggenschapsraden "
                         "van de aangesloten scholen. Zo klinkt de stem van ouders rechtstreeks door in de "
                         "besluitvorming over dit plan.")
    else:
        samenstelling = ("De OPR telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de "
                         "aangesloten scholen, verdeeld over de regio's van het samenwerkingsverband.")
    return [
        H1("Medezeggenschap: de ondersteuningsplanraad"),
        P(samenstelling + " De OPR heeft instemmingsrecht op de vaststelling en wijziging van het "
          "ondersteuningsplan. Het reglement van de OPR is in 2023 herzien."),
        P(f"De OPR heeft op {p['opr_datum']} ingestemd met dit plan. In de voorbereiding is de OPR vier keer "
          "bijgepraat over de concepten en heeft de raad schriftelijke vragen gesteld over onder meer de "
          "toelaatbaarheid, de resultaten en de inzet van de middelen. De beantwoording daarvan is "
          "verwerkt in deze versie. De medezeggenschapsraad van het samenwerkingsverband zelf heeft "
          "adviesrecht op zaken die het personeel van het bureau betreffen."),
        P("De OPR krijgt ondersteuning van een ambtelijk secretaris en een scholingsbudget. Leden die nieuw "
          "zijn, volgen een introductietraining. Het bestuur en de OPR overleggen ten minste vier keer per jaar."),
    ]


def oogo(p, inhoud=True):
    blocks = [H1("Samenwerking met gemeenten en OOGO")]
    if inhoud:
        blocks += [
            P(f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
              f"gemeenten {', '.join(p['gemeenten'])} op {p['oogo_datum']}. De gemeenten hebben laten weten "
              "dat zij het plan onderschrijven. Het OOGO volgt de procedure die wij met de gemeenten hebben "
              "afgesproken, inclusief een geschillenregeling."),
            P("Met de gemeenten maken wij afspraken over de aansluiting tussen onderwijs en jeugdhulp. "
              "Concreet: in elke gemeente is aan iedere school een vaste contactpersoon van het wijkteam "
              "verbonden; jeugdhulp in onderwijstijd wordt geregeld via een gezamenlijk convenant; en voor "
              "leerlingen die zowel onderwijs- als zorgondersteuning nodig hebben, zetten wij samen "
              "onderwijs-zorgarrangementen op, waarbij de gemeente de zorgcomponent en het samenwerkingsverband "
              "of de school de onderwijscomponent financiert. Andere thema's in het OOGO zijn "
              "leerlingenvervoer, onderwijshuisvesting en de overgang naar vervolgonderwijs."),
        ]
    else:
        blocks += [
            P(f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van "
              f"{', '.join(p['gemeenten'])} is gevoerd op {p['oogo_datum']}. Het verslag van dat overleg is "
              "als afzonderlijke bijlage bij dit plan gevoegd. Het overleg met het samenwerkingsverband "
              f"{'VO' if p['sector'] == 'po' else 'PO'} in de regio vond op dezelfde dag plaats."),
        ]
    return blocks


def personeel(p):
    return [
        H1("Personeel en professionalisering"),
        P("Passend onderwijs staat of valt met de mensen in de school. Het lerarentekort raakt ook onze regio: "
          "vooral in de stedelijke kernen zijn vacatures moeilijk te vervullen. Het samenwerkingsverband is "
          "geen werkgever van leraren, maar wil de besturen ondersteunen in het op peil houden van de "
          "deskundigheid van hun personeel."),
        P("Wij organiseren jaarlijks een leergang voor nieuwe intern begeleiders en ondersteuningscoördinatoren, "
          "intervisiegroepen, en een kenniscarrousel waarin scholen van elkaar leren. Daarnaast faciliteren wij "
          "netwerkbijeenkomsten rond thema's als gedrag, trauma-sensitief lesgeven en executieve functies. "
          "Het scholingsaanbod staat in de jaarlijkse professionaliseringskalender."),
        P(f"Het bureau zelf telt {p['fte']} fte. Het personeelsbeleid van het bureau is vastgelegd in een "
          "afzonderlijk formatieplan. Wij letten op werkdruk en investeren in de eigen deskundigheid van "
          "consulenten, onder meer via registratie bij het NIP of de NVO."),
    ]


def ict_privacy(p):
    return [
        H1("ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor de wettelijke taken. Dat gebeurt in een beveiligde "
          "digitale omgeving waartoe alleen bevoegde medewerkers toegang hebben. Gegevens worden niet langer "
          "bewaard dan drie jaar na het besluit waarvoor zij zijn verzameld, tenzij een wettelijke "
          "bewaartermijn anders voorschrijft."),
        P("Wij hebben een functionaris gegevensbescherming aangesteld, die wij delen met twee andere "
          "samenwerkingsverbanden. Het privacyreglement, het verwerkingsregister en de procedure bij "
          "datalekken worden elke twee jaar geëvalueerd. Voor de uitwisseling van dossiers met scholen "
          "gebruiken wij een beveiligd platform; e-mail met bijlagen over individuele leerlingen is niet "
          "toegestaan."),
        P("In de planperiode vervangen wij het registratiesysteem. De aanbesteding start in 2026. Bij de keuze "
          "letten wij op gebruiksgemak voor scholen, koppelingen met het leerlingadministratiesysteem en "
          "de mogelijkheid om managementinformatie te genereren."),
    ]


def planning(p):
    return [
        H1("Totstandkoming en planning"),
        P("Dit ondersteuningsplan is op de volgende manier tot stand gekomen. In het voorjaar van 2025 is de "
          "vorige planperiode geëvalueerd in vijf regiobijeenkomsten. In het najaar is een eerste concept "
          "besproken met directeuren en ondersteuningscoördinatoren. Daarna volgden het OOGO met de gemeenten, "
          "het overleg met het samenwerkingsverband van de andere sector en de instemmingsprocedure bij de "
          "OPR."),
        T([["Stap", "Datum"],
           ["Concept besproken in directeurenoverleg", "november 2025"],
           ["OOGO met gemeenten", p["oogo_datum"]],
           ["Instemming OPR", p["opr_datum"]],
           ["Vaststelling door het bestuur", p["vaststelling"]],
           ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei 2026"],
           ["Inwerkingtreding", "1 augustus 2026"]]),
        P("Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Halverwege de planperiode "
          "voeren wij een tussenevaluatie uit. Wijzigingen in het plan worden ter instemming aan de OPR "
          "voorgelegd."),
    ]


def huisvesting_vervoer(p):
    return [
        H1("Huisvesting en leerlingenvervoer"),
        P("Onderwijshuisvesting en leerlingenvervoer zijn verantwoordelijkheden van de gemeenten. Toch raken "
          "zij passend onderwijs direct: een leerling die op een speciale school is aangewezen, is vaak "
          "afhankelijk van vervoer, en de ruimte in schoolgebouwen bepaalt mede welke groepen een school kan "
          "vormen. In het OOGO bespreken wij daarom jaarlijks de ontwikkelingen op deze terreinen."),
        P("De gemeenten hebben hun verordeningen leerlingenvervoer de afgelopen jaren aangepast. Ouders vragen "
          "vervoer aan bij de gemeente van hun woonplaats; het samenwerkingsverband heeft daarin geen rol. "
          "Wel signaleren wij knelpunten, bijvoorbeeld lange reistijden voor jonge kinderen. De kosten van "
          "vervoer en huisvesting komen niet ten laste van de middelen van het samenwerkingsverband."),
    ]


def terugblik(p):
    return [
        H1("Terugblik op de vorige planperiode"),
        P("De vorige planperiode (2022-2026) stond in het teken van herstel na de coronajaren en van "
          "professionalisering. Er is veel gebeurd. Het bureau organiseerde ruim veertig netwerkbijeenkomsten, "
          "twee regiodagen per jaar en een reeks studiemiddagen over gedrag en over taal. Er kwam een nieuwe "
          "website, het registratiesysteem werd vernieuwd en de samenwerking tussen de besturen kreeg een "
          "vaste vorm in een bestuurlijk overleg dat zes keer per jaar bijeenkomt."),
        P("Tegelijk waren er zorgen. De aanhoudende personeelstekorten maakten het voor scholen moeilijk om "
          "afspraken na te komen; sommige trajecten liepen vertraging op. De besturen constateerden dat de "
          "administratieve last rond aanvragen te groot was geworden en dat de communicatie over procedures "
          "beter kon. Die lessen hebben wij meegenomen in dit plan."),
        P("De evaluatie van de vorige periode is uitgevoerd in vijf regiobijeenkomsten en met een digitale "
          "vragenlijst, die door 61 procent van de scholen werd ingevuld. Het evaluatieverslag is op te vragen "
          "bij het bureau."),
    ]


def wat_we_hoorden(p, ouders_ok=True):
    stem = ("Ouders vertelden ons dat zij soms lang moeten zoeken naar de juiste persoon. " if ouders_ok else "")
    return [
        H1("Wat we hoorden in de regio"),
        P("In de voorbereiding van dit plan hebben wij in alle gemeenten gesprekken gevoerd. Leraren gaven aan "
          "dat zij vooral behoefte hebben aan iemand die snel kan meekijken in de klas, zonder formulieren. "
          "Intern begeleiders vroegen om minder overleg en meer handen. Directeuren wezen op de spanning tussen "
          "de wens om thuisnabij onderwijs te bieden en de grenzen van wat een gewone groep aankan. " + stem +
          "Gemeenten benadrukten het belang van één gezamenlijke taal tussen onderwijs en wijkteams."),
        P("Uit deze gesprekken hebben wij drie lessen getrokken. Ten eerste: eenvoud loont; elke extra stap in "
          "een procedure kost tijd die niet naar kinderen gaat. Ten tweede: vertrouwen groeit door "
          "voorspelbaarheid; wie weet waar hij aan toe is, kan plannen. Ten derde: samenwerking vraagt om "
          "onderhoud; netwerken die niet worden gevoed, drogen op. Deze lessen zijn de rode draad in de "
          "keuzes die wij in dit plan maken."),
        P("Niet alle wensen konden wij honoreren. Sommige vragen gaan over onderwerpen waar het "
          "samenwerkingsverband niet over gaat, zoals de groepsgrootte of de salarissen van leraren. Andere "
          "wensen vragen meer tijd of meer geld dan beschikbaar is. Wij hebben ervoor gekozen die wensen niet "
          "weg te laten, maar ze te bewaren voor de tussenevaluatie halverwege de planperiode."),
    ]


def samenvatting(p, tekst):
    return [H1("Samenvatting"), P(tekst)]


# ---------------------------------------------------------------------------
# Plan A: PO, large verband, .docx
# ---------------------------------------------------------------------------

PA = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Lingewaarden", kort="SWV Lingewaarden",
    code="PO 25-12", sector="po", periode="2026-2030", n_besturen=14, n_scholen=96,
    n_leerlingen="21.400", krimp="daling van circa 6 procent",
    gemeenten=["Haldersum", "Waalbergen", "Lingedijk", "Oost-Reeveld", "Beesterveld"],
    missie="Elk kind in Lingewaarden krijgt onderwijs dat past.", bestuurder="mw. drs. A.M. Verhoeven",
    rechtsvorm="stichting", fte="11,4", opr_datum="17 maart 2026", oogo_datum="24 februari 2026",
    vaststelling="25 maart 2026")


def plan_a():
    p = PA
    b = []
    b.append(TOC([
        "Voorwoord", "Samenvatting", "Leeswijzer", "Terugblik op de vorige planperiode", "1 Context: onze regio", "2 Missie, visie en ambities",
        "3 Basisondersteuning: wat elke school biedt", "4 Extra ondersteuning en het ondersteuningsaanbod",
        "5 Toelaatbaarheid tot sbo en so", "6 Geld en verdeling", "7 Communicatie",
        "8 Samenwerking met gemeenten en OOGO", "9 Organisatie en governance",
        "10 Medezeggenschap: de ondersteuningsplanraad", "11 Personeel en professionalisering",
        "12 ICT, privacy en gegevensbescherming", "13 Kwaliteit en resultaten", "14 Totstandkoming en planning",
        "Bijlage A Begrippenlijst (terugplaatsing, ouder- en jeugdsteunpunt, meerjarenbegroting, resultaten)"]))
    b += voorwoord(p)
    b += samenvatting(p, "In dit plan leest u wat iedere school in Lingewaarden minimaal biedt, hoe extra "
                      "ondersteuning en arrangementen worden georganiseerd, hoe een leerling toelaatbaar wordt "
                      "verklaard tot het speciaal (basis)onderwijs, hoe wij de ondersteuningsmiddelen verdelen "
                      "en hoe ouders worden geïnformeerd. De beoogde resultaten, de monitoring en het "
                      "onafhankelijk steunpunt voor ouders komen kort aan de orde.")
    b += leeswijzer(p)
    b += terugblik(p)
    b += context(p)
    b += missie_visie(p)
    # --- basisondersteuning: present (niveau in prose, inhoud in a table), borging advisory
    b += [
        H1("Basisondersteuning: wat elke school biedt"),
        P("Basisondersteuning is in Lingewaarden het afgesproken minimumniveau van ondersteuning dat iedere "
          "vestiging van iedere aangesloten school biedt, zonder aanvraag bij het samenwerkingsverband en "
          "zonder tussenkomst van een commissie. Het Algemeen Bestuur heeft dit niveau op 14 november 2025 "
          "vastgesteld onder de naam 'Basis Lingewaarden 2026'. Een school mag meer bieden, maar geen "
          "enkele school biedt minder. Waar de basisondersteuning ophoudt, begint de extra ondersteuning "
          "(hoofdstuk 4)."),
        P("De tabel hieronder beschrijft per domein welke voorzieningen u op elke school aantreft."),
        T([["Domein", "Wat u op elke vestiging aantreft"],
           ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een "
            "ondersteuningsteam (school, consulent SWV, jeugdverpleegkundige) dat minstens zes keer per jaar "
            "bijeenkomt."],
           ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; signalering in groep 2 "
            "en 3; intensieve leesbegeleiding in kleine groepjes tot en met het aanvragen van een "
            "dyslexieonderzoek."],
           ["Rekenen", "Werken volgens het protocol ERWD; verlengde instructie en inzet van concreet materiaal."],
           ["Gedrag en welbevinden", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling, een "
            "anti-pestcoördinator en een vast gedragsprotocol; een rustige plek in de school voor een time-in."],
           ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument vanaf groep 1; compacten en "
            "verrijken in de eigen groep."],
           ["Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand; woordenschatprogramma in "
            "de onderbouw."],
           ["Medisch handelen", "Een protocol medisch handelen en afspraken met de jeugdgezondheidszorg."],
           ["Planmatig werken", "Handelingsgericht werken met groepsoverzichten; een ontwikkelingsperspectief "
            "voor iedere leerling met een eigen leerlijn."]]),
        P("Het bureau bezoekt iedere school eens per twee jaar voor een audit 'Basis op orde' aan de hand van "
          "de kwaliteitskaart basisondersteuning. Blijft een school op onderdelen onder het afgesproken niveau, "
          "dan stelt het schoolbestuur binnen drie maanden een verbeterplan op, dat het bureau na een jaar "
          "opnieuw toetst. Het bestuur van het samenwerkingsverband bespreekt de uitkomsten jaarlijks."),
    ]
    # --- dekkend aanbod: present
    b += [
        H1("Extra ondersteuning en het ondersteuningsaanbod"),
        P("Ons aanbod is opgebouwd als een doorlopende reeks. Niveau 1 is de basisondersteuning uit hoofdstuk "
          "3. Niveau 2 is extra ondersteuning in de eigen school, betaald uit het schoolbudget: bijvoorbeeld "
          "een individueel arrangement met een onderwijsassistent, een rekenkring of een sova-training. "
          "Niveau 3 zijn de bovenschoolse voorzieningen: de observatiegroep De Sprong in Haldersum (acht "
          "plaatsen, maximaal twaalf weken), plusklassen voor meer- en hoogbegaafde leerlingen op zes "
          "locaties, de taalklas voor nieuwkomers in Waalbergen en het ambulante team gedrag. Niveau 4 is het "
          "speciaal basisonderwijs op drie scholen; niveau 5 het speciaal onderwijs in cluster 3 en 4, met "
          "vier so-locaties binnen de regio en afspraken met twee so-scholen daarbuiten."),
        P("Een school die handelingsverlegen is, bespreekt de leerling in het ondersteuningsteam. De consulent "
          "van het samenwerkingsverband denkt mee en kan een arrangement op niveau 3 direct toekennen; er is "
          "daarvoor geen aparte commissie nodig."),
        H2("Thuiszitters en leerlingen zonder passende plek"),
        P("Ieder jaar in maart voeren wij met de besturen een aanbodscan uit. Per voorziening brengen wij de "
          "wachtlijsten in beeld, het aantal thuiszitters en het aantal leerlingen dat geen passende plek "
          "heeft. Waar het aanbod tekortschiet, spreekt het bestuur in april af welk bestuur een voorziening "
          "opzet of uitbreidt; de afspraak wordt opgenomen in het jaarplan."),
        P("Iedere leerling die langer dan vier weken thuiszit, meldt de school bij het bureau. Binnen twee "
          "weken roept een trajectbegeleider een overleg bijeen met school, leerplicht, ouders en zo nodig "
          "jeugdhulp, en wordt een plan van aanpak met een datum voor terugkeer opgesteld. Lukt het een "
          "bestuur niet om binnen de termijnen van de zorgplicht een passende plek te vinden, dan wijst de "
          "directeur-bestuurder, na overleg met de besturen, een school aan die de leerling plaatst "
          "(doorzettingsmacht)."),
    ]
    # --- plaatsing present; terugstroom present hidden in TLV chapter under neutral heading
    b += [
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Aanvraag en besluit"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de "
          "toelaatbaarheidsverklaring aan via het digitale Loketportaal van het samenwerkingsverband. Bij de "
          "aanvraag horen het groeidocument of ontwikkelingsperspectief, het verslag van het laatste "
          "multidisciplinair overleg en de zienswijze van de ouders."),
        B(["Stap 1: het secretariaat toetst binnen vijf werkdagen of het dossier volledig is.",
           "Stap 2: twee deskundigen brengen elk een eigen schriftelijk advies uit: een orthopedagoog of "
           "GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderarts, maatschappelijk "
           "werker of jeugdpsychiater). Geen van beiden was betrokken bij de aanvraag.",
           "Stap 3: de Commissie van Toelaatbaarheid besluit binnen zes weken na ontvangst van het volledige "
           "dossier en stuurt het besluit met de adviezen naar de school en de ouders."]),
        H2("Wanneer is een leerling toelaatbaar?"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle drie de volgende "
          "voorwaarden is voldaan: de basisondersteuning en ten minste één arrangement op niveau 2 of 3 zijn "
          "gedurende minimaal twintig schoolweken ingezet en geëvalueerd; de ondersteuningsbehoefte vraagt "
          "gedurende de hele schooldag om een kleinere groep en een aangepast tempo; en de verwachting is dat "
          "de leerling met die setting de doelen uit het ontwikkelingsperspectief wel bereikt."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) wanneer de "
          "ondersteuningsbehoefte op ten minste twee domeinen (leren, gedrag, communicatie, lichamelijk of "
          "medisch) zo groot is dat ook het speciaal basisonderwijs niet toereikend is, of wanneer de leerling "
          "een ernstige verstandelijke of lichamelijke beperking heeft die een specialistische setting vraagt."),
        P("Een TLV voor het sbo geldt tot het einde van het schooljaar waarin de leerling de basisschoolleeftijd "
          "verlaat, met een maximum van vier schooljaren. Een TLV voor het so wordt afgegeven voor één tot drie "
          "schooljaren in de bekostigingscategorie laag, midden of hoog, op advies van de deskundigen."),
        H2("Afloop van de TLV"),
        P("Uiterlijk 1 februari van het laatste schooljaar van de TLV organiseert de sbo- of so-school een "
          "evaluatiegesprek met de ouders en de consulent van het samenwerkingsverband, op basis van het "
          "ontwikkelingsperspectief. Als uit dat gesprek blijkt dat de leerling met ondersteuning in het "
          "reguliere basisonderwijs verder kan, zoekt de consulent binnen zes weken samen met de ouders een "
          "ontvangende school, bij voorkeur de school van herkomst of een school dicht bij huis. De directeur "
          "van de sbo- of so-school besluit samen met de ontvangende school over de overstap; de overdracht "
          "vindt vóór 1 juni plaats. Is terugkeer nog niet mogelijk, dan vraagt de school vóór 1 maart een "
          "nieuwe TLV aan."),
        P("Ons uitgangspunt is dat geen kind langer in het speciaal (basis)onderwijs verblijft dan nodig is. "
          "Terugkeer is aan de orde zodra het ontwikkelingsperspectief laat zien dat de leerling de doelen "
          "ook in een reguliere groep met extra ondersteuning kan halen en de ontvangende school die "
          "ondersteuning kan bieden. Na de overstap krijgt de leerling een terugkeerarrangement: een "
          "schooljaar lang begeleiding door een leerkracht van de sbo- of so-school, de eerste drie maanden "
          "maximaal tien uur per week. Het samenwerkingsverband betaalt dit arrangement uit het "
          "arrangementenbudget."),
    ]
    # --- financien: verdeling present, besteding only p.m. / deferred
    b += [
        H1("Geld en verdeling"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
          "aftrek van de afdrachten die DUO rechtstreeks aan het speciaal onderwijs en het sbo betaalt, blijft "
          "een budget over dat wij als volgt verdelen."),
        B(["Schoolbudget: iedere school ontvangt via haar bestuur een vaste voet van € 6.500 per vestiging en "
           "€ 112 per leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het voorgaande "
           "jaar.",
           "Arrangementenbudget: arrangementen op niveau 3 en terugkeerarrangementen worden toegekend door de "
           "consulent, op basis van de criteria in hoofdstuk 4 en 5; het budget blijft centraal.",
           "Bovenschoolse voorzieningen: de observatiegroep, de plusklassen en de taalklas worden centraal "
           "bekostigd op basis van het aantal plaatsen."]),
        P("Het Algemeen Bestuur stelt de verdeling elk jaar vóór 1 december vast, na advies van het "
          "directeurenoverleg. Het weerstandsvermogen ligt rond 6 procent van de baten; reserves boven de "
          "signaleringswaarde zijn in 2024 en 2025 afgebouwd."),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("De bedragen in de meerjarenbegroting worden ingevuld zodra de beschikking van OCW voor 2026 bekend "
          "is. Het Algemeen Bestuur stelt de meerjarenbegroting in december 2026 vast; zij wordt dan als "
          "bijlage 7 aan dit plan toegevoegd."),
    ]
    # --- ouders: informatie present (in 'Communicatie'), steunpunt only a website reference
    b += [
        H1("Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met drie doelgroepen: "
          "scholen en besturen, ouders, en partners in de regio. Voor scholen verschijnt zes keer per jaar een "
          "digitale nieuwsbrief voor directeuren en intern begeleiders."),
        P("Ouders informeren wij via meerdere kanalen. De ouderpagina op onze website geeft een overzicht van "
          "de basisondersteuning, de arrangementen en de bovenschoolse voorzieningen, met per voorziening een "
          "korte uitleg hoe een kind daar terechtkomt. De brochure 'Passend onderwijs in Lingewaarden' is er in "
          "het Nederlands, Engels, Arabisch en Pools en wordt door elke school bij de aanmelding meegegeven. "
          "Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt. Twee keer per jaar "
          "organiseren wij een informatieavond voor ouders in Haldersum en Lingedijk."),
        P("Vragen over de ondersteuning van hun kind kunnen ouders in de eerste plaats stellen aan de leerkracht "
          "of de intern begeleider. Voor onafhankelijk advies verwijzen wij naar de organisaties die op onze "
          "website onder 'Hulp voor ouders' staan."),
    ]
    b += oogo(p, inhoud=True)
    b += governance(p)
    b += opr(p, ouders_ok=True)
    b += personeel(p)
    b += ict_privacy(p)
    b += [
        H1("Kwaliteit en resultaten"),
        P("Het samenwerkingsverband werkt resultaatgericht. Wij vinden het belangrijk dat scholen, ouders en "
          "bestuur kunnen zien wat passend onderwijs oplevert. Daarom willen wij in deze planperiode meer "
          "werk maken van kwaliteitszorg."),
        P("De beoogde resultaten voor deze planperiode en de indicatoren waarmee wij die gaan volgen, legt het "
          "bestuur vast in het eerste jaarplan, dat in december 2026 verschijnt. Tot die tijd werken wij met "
          "de speerpunten uit de vorige planperiode."),
    ]
    b += planning(p)
    b += [
        H1("Bijlage A Begrippenlijst"),
        B(["Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep.",
           "Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat elke school "
           "biedt.",
           "Meerjarenbegroting: de begroting van het samenwerkingsverband voor vier jaar vooruit.",
           "Ouder- en jeugdsteunpunt (OJSP): een onafhankelijk steunpunt waar ouders en jongeren terecht kunnen "
           "met vragen over passend onderwijs en bij onenigheid met school of samenwerkingsverband.",
           "Onderwijsconsulenten: onafhankelijke landelijke adviseurs die ouders gratis helpen bij "
           "vastgelopen situaties.",
           "Resultaten: de beoogde en bereikte uitkomsten van passend onderwijs.",
           "Terugplaatsing: de overstap van een leerling uit het s(b)o naar het regulier basisonderwijs.",
           "TLV: toelaatbaarheidsverklaring voor het sbo of so."]),
    ]
    label = dict(
        documents=["po-lingewaarden-2026.docx"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': agreed minimum per vestiging (AB 14-11-2025) in prose, content only in the domain table; audit 'Basis op orde' = borging.",
            "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': loket, dossier, 3 steps, CvT within 6 weeks; explicit sbo and so criteria; two deskundigen; TLV duration and categorie. No bezwaar route.",
            "terugstroom": "Hidden in the TLV chapter under the neutral heading 'Afloop van de TLV': evaluation by 1 Feb, consulent, decision, new TLV by 1 March (procedure) plus aims, conditions and a terugkeerarrangement (beleid).",
            "financien": "Ch. 'Geld en verdeling': verdeelmodel with vaste voet/bedrag per leerling and AB decision = verdeling; the meerjarenbegroting table is all 'p.m.' and deferred to December 2026 / bijlage 7, so besteding not addressed.",
            "dekkend-aanbod": "Ch. 'Extra ondersteuning en het ondersteuningsaanbod': niveaus 1-5 with named voorzieningen; aanbodscan, thuiszitters meldplicht and doorzettingsmacht = lacunes; OOGO chapter has OZA/jeugdhulp.",
            "resultaten": "Ch. 'Kwaliteit en resultaten' only says results and indicators will be set in the first jaarplan (Dec 2026); 'Ambities op hoofdlijnen' (visie) are directional, the terugblik is an activity list, the governance line on the jaarverslag is general board accountability, the aanbodscan is gap-finding; voorwoord/TOC/samenvatting/glossary mentions of 'resultaten' are traps.",
            "ouders": "Informatie addressed inside ch. 'Communicatie' (ouderpagina, brochure in 4 languages, schoolgids, informatieavonden); independent help only 'see website Hulp voor ouders' and IB (not independent); OJSP/Onderwijsconsulenten only in the begrippenlijst."})
    return p, b, label


# ---------------------------------------------------------------------------
# Plan B: VO, small verband, .docx
# ---------------------------------------------------------------------------

PB_ = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs IJssel-Vecht", kort="SWV VO IJssel-Vecht",
    code="VO 23-04", sector="vo", periode="2026-2030", n_besturen=5, n_scholen=11,
    n_leerlingen="7.800", krimp="daling van circa 9 procent",
    gemeenten=["Vechtmonde", "Hessenveen", "Dalfsterhoek"],
    missie="Iedere jongere in IJssel-Vecht haalt een diploma of startkwalificatie dat bij hem of haar past.",
    bestuurder="dhr. R. Stegeman MEd", rechtsvorm="vereniging", fte="5,8", opr_datum="10 maart 2026",
    oogo_datum="12 februari 2026", vaststelling="19 maart 2026")


def plan_b():
    p = PB_
    b = []
    b.append(TOC([
        "Voorwoord", "Samenvatting", "Leeswijzer", "Terugblik op de vorige planperiode", "1 Context: onze regio", "2 Missie, visie en ambities",
        "3 Basisondersteuning", "4 Het ondersteuningsaanbod", "5 Toelaatbaarheid: vso, lwoo en pro",
        "6 Doorstroom, uitstroom en terugplaatsing", "7 Geld en middelen", "8 Kwaliteitszorg",
        "9 Ouders en leerlingen", "10 Samenwerking met gemeenten en OOGO", "11 Organisatie en governance",
        "12 Medezeggenschap", "13 Personeel en professionalisering", "14 ICT en privacy",
        "15 Totstandkoming en planning", "Bijlage Begrippen en afkortingen"]))
    b += voorwoord(p)
    b += samenvatting(p, "IJssel-Vecht is een klein samenwerkingsverband met korte lijnen. In dit plan "
                      "beschrijven wij de basisondersteuning, het aanbod van extra ondersteuning, de "
                      "toelaatbaarheid tot vso, lwoo en praktijkonderwijs, de verdeling van het geld en onze "
                      "doelen. Nieuw is het ouder- en jeugdsteunpunt, dat wij samen met twee andere "
                      "samenwerkingsverbanden hebben opgericht.")
    b += leeswijzer(p)
    b += terugblik(p)
    b += context(p)
    b += missie_visie(p)
    # basisondersteuning: niveau yes, inhoud only referred to SOP / bijlage
    b += [
        H1("Basisondersteuning"),
        P("In ons samenwerkingsverband is basisondersteuning het door alle besturen afgesproken minimum dat "
          "elke vestiging, van praktijkonderwijs tot gymnasium, aan iedere leerling biedt, zonder dat daarvoor "
          "een aanvraag bij het samenwerkingsverband nodig is. Het niveau is vastgelegd in het "
          "'Referentiekader basisondersteuning VO IJssel-Vecht', dat het bestuur op 2 oktober 2025 heeft "
          "vastgesteld en dat voor alle elf vestigingen gelijk is."),
        P("Welke voorzieningen daar concreet onder vallen, beschrijft iedere school in haar "
          "schoolondersteuningsprofiel en in de schoolgids. Het volledige referentiekader is opgenomen in "
          "bijlage 2. Wij hebben ervoor gekozen het hier niet te herhalen, zodat dit plan leesbaar blijft."),
        P("De basisondersteuning wordt door de scholen uitgevoerd. Het samenwerkingsverband ondersteunt met "
          "scholing en met de inzet van consulenten. Wat verder gaat dan de basis, heet extra ondersteuning."),
    ]
    # dekkend aanbod: continuum yes, lacunes deferred; rebound 'terugkeer' trap for terugstroom
    b += [
        H1("Het ondersteuningsaanbod"),
        P("Het aanbod in IJssel-Vecht kent vier niveaus. Niveau 1 is de basisondersteuning (hoofdstuk 3). "
          "Niveau 2 is extra ondersteuning binnen de school: iedere school heeft een ondersteuningsruimte of "
          "trajectvoorziening, kan kleine groepen vormen voor examentraining of faalangstreductie en zet "
          "individuele arrangementen in uit het schoolbudget. Niveau 3 zijn de bovenschoolse voorzieningen: "
          "het orthopedagogisch-didactisch centrum (OPDC) De Overstap met veertig plaatsen, het "
          "Reboundprogramma voor leerlingen die tijdelijk niet in de klas kunnen functioneren, de "
          "internationale schakelklas (ISK) voor nieuwkomers en het plusprogramma voor hoogbegaafde "
          "leerlingen. Niveau 4 is het voortgezet speciaal onderwijs: twee vso-scholen voor cluster 4 en één "
          "voor cluster 3. Daarnaast is er één school voor praktijkonderwijs en bieden zes vmbo-locaties "
          "leerwegondersteunend onderwijs."),
        P("Een leerling volgt het Reboundprogramma maximaal twaalf weken en keert daarna terug naar de eigen "
          "school, waar de mentor en de ondersteuningscoördinator de overgang begeleiden. Plaatsing in het "
          "OPDC duurt maximaal één schooljaar."),
        P("Of het aanbod in de regio dekkend is, willen wij beter weten. In 2026 laten wij door een extern "
          "bureau een analyse maken van witte vlekken en wachtlijsten. Op basis daarvan maken wij afspraken "
          "over aanvullende voorzieningen. Ook thuiszitters verdienen blijvend aandacht."),
    ]
    # plaatsing: procedure yes (vso, lwoo, pro), criteria deferred
    b += [
        H1("Toelaatbaarheid: vso, lwoo en pro"),
        H2("Voortgezet speciaal onderwijs"),
        P("Het schoolbestuur van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag "
          "voor een toelaatbaarheidsverklaring vso in bij het Loket van het samenwerkingsverband. Het dossier "
          "bevat het ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg en de "
          "zienswijze van ouders en leerling. Twee deskundigen geven elk een schriftelijk advies: een "
          "orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van de leerling. De "
          "Commissie Toelaatbaarheid besluit binnen zes weken."),
        P("De criteria waarop de commissie beslist, worden in het voorjaar van 2026 samen met de vso-scholen "
          "herijkt. De herijkte criteria worden daarna op de website gepubliceerd."),
        P("Een TLV vso wordt afgegeven voor maximaal twee schooljaren, in de bekostigingscategorie laag, midden "
          "of hoog. Ouders en school kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband; het "
          "bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Voor lwoo en pro vraagt de vo-school waar de leerling is aangemeld, de aanwijzing of de "
          "toelaatbaarheidsverklaring aan via hetzelfde Loket, uiterlijk 1 mei voorafgaand aan het eerste "
          "schooljaar. De school levert het onderwijskundig rapport van de basisschool en de "
          "testgegevens aan. Een orthopedagoog van het Loket beoordeelt het dossier; de Commissie "
          "Toelaatbaarheid besluit binnen vier weken. Voor leerlingen die later instromen, geldt dezelfde "
          "route met een termijn van zes weken."),
    ]
    # terugstroom: missing (only deferral + near-misses)
    b += [
        H1("Doorstroom, uitstroom en terugplaatsing"),
        P("Een goede overstap van het primair naar het voortgezet onderwijs begint vroeg. Met het "
          "samenwerkingsverband PO hebben wij afspraken over een warme overdracht: voor iedere leerling met "
          "extra ondersteuning is er vóór 1 april een gesprek tussen basisschool en vo-school. Ook de "
          "uitstroom naar het mbo en naar werk vraagt aandacht: in de regionale aanpak voortijdig "
          "schoolverlaten werken wij samen met de mbo-instellingen en de gemeenten."),
        P("Het beleid voor terugplaatsing en overplaatsing vanuit het vso werken wij in het schooljaar "
          "2026-2027 samen met de vso-scholen uit. Tot dat moment gelden de bestaande afspraken van de "
          "afzonderlijke scholen."),
    ]
    # financien: present, under 'Geld en middelen'
    b += [
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder de voormalige "
          "lwoo- en pro-middelen) en voor zware ondersteuning. De bekostiging van het vso en de toeslagen voor "
          "lwoo en pro worden door DUO op onze middelen ingehouden."),
        P("De verdeling is als volgt. De middelen lichte ondersteuning voor lwoo en pro gaan naar de besturen "
          "van de scholen die lwoo en pro aanbieden, naar rato van het aantal leerlingen met een aanwijzing of "
          "TLV op 1 oktober. Iedere school ontvangt daarnaast een schoolbudget van € 180 per leerling (teldatum "
          "1 oktober van het voorgaande jaar) voor de ondersteuning op niveau 2. Het OPDC, het "
          "Reboundprogramma en de ISK worden centraal bekostigd. Individuele arrangementen op niveau 3 kent het "
          "Loket toe aan de hand van het ontwikkelingsperspectiefplan. Het bestuur stelt de verdeling jaarlijks "
          "in november vast."),
        T([["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
           ["Baten ondersteuningsmiddelen (na inhoudingen DUO)", "4.310.000", "4.240.000", "4.175.000",
            "4.120.000"],
           ["Lwoo- en pro-middelen naar besturen", "1.620.000", "1.590.000", "1.565.000", "1.540.000"],
           ["Schoolbudgetten niveau 2", "1.404.000", "1.380.000", "1.356.000", "1.333.000"],
           ["OPDC, Rebound en ISK", "780.000", "780.000", "770.000", "770.000"],
           ["Arrangementen niveau 3", "210.000", "210.000", "200.000", "200.000"],
           ["Bureau, Loket en ouder- en jeugdsteunpunt", "390.000", "395.000", "400.000", "405.000"],
           ["Saldo", "-94.000", "-115.000", "-116.000", "-128.000"]]),
        P("De negatieve saldi zijn bewust: wij bouwen de algemene reserve af tot de signaleringswaarde. Scholen "
          "verantwoorden de besteding van het schoolbudget jaarlijks in juni in een verantwoordingsgesprek met "
          "het bureau aan de hand van een vast format."),
    ]
    # resultaten: present
    b += [
        H1("Kwaliteitszorg"),
        P("Wij willen weten of passend onderwijs in IJssel-Vecht werkt. Daarom hebben wij voor de planperiode "
          "de volgende beoogde resultaten vastgesteld voor leerlingen die extra ondersteuning nodig hebben."),
        T([["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
           ["Meer leerlingen thuisnabij in het regulier vo", "Deelnamepercentage vso (peildatum 1 oktober)", "3,9%", "ten hoogste 3,4%"],
           ["Leerlingen met extra ondersteuning halen een diploma", "Percentage OPP-leerlingen met diploma of "
            "startkwalificatie", "71%", "80%"],
           ["Snelle toewijzing", "Doorlooptijd aanvraag Loket tot besluit", "7,5 week", "maximaal 5 weken"],
           ["Tevreden ouders", "Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,6", "7,5"]]),
        P("De voortgang volgen wij met een dashboard dat het bureau elk kwartaal vult met gegevens uit het "
          "Loket, de leerlingadministratie en de verzuimregistratie. Het bestuur bespreekt de kwartaalrapportage "
          "en stelt zo nodig bij. Eens per twee jaar houden wij een tevredenheidsonderzoek onder ouders en "
          "scholen. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij de bereikte resultaten ten "
          "opzichte van de streefwaarden; de OPR bespreekt het jaarverslag in een aparte vergadering."),
    ]
    # ouders: present
    b += [
        H1("Ouders en leerlingen"),
        P("Ouders en leerlingen moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Op de "
          "website staat een ouderpagina met een overzicht van alle voorzieningen per niveau. Bij de aanmelding "
          "in de brugklas ontvangen ouders de folder 'Extra ondersteuning in het vo'. Iedere school beschrijft "
          "haar ondersteuning in de schoolgids, en in november houden wij een informatieavond over lwoo, "
          "praktijkonderwijs en vso voor ouders van leerlingen in groep 8."),
        P("Komen ouders of leerlingen er met school niet uit, dan kunnen zij terecht bij het Ouder- en "
          "Jeugdsteunpunt IJssel-Vecht. Dit steunpunt is ondergebracht bij een onafhankelijke stichting en werkt "
          "alleen in het belang van de jongere; het is bereikbaar per telefoon, e-mail en via een wekelijks "
          "inloopspreekuur. Daarnaast kunnen ouders gratis een beroep doen op de landelijke "
          "Onderwijsconsulenten en bij geschillen over toelating, verwijdering of het ontwikkelingsperspectief "
          "op de Geschillencommissie passend onderwijs."),
        P("Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectiefplan. In de OPR zitten "
          "twee leerlingen."),
    ]
    b += oogo(p, inhoud=True)
    b += governance(p)
    b += opr(p, ouders_ok=True)
    b += personeel(p)
    b += ict_privacy(p)
    b += huisvesting_vervoer(p)
    b += planning(p)
    b += [
        H1("Bijlage Begrippen en afkortingen"),
        T([["Begrip", "Betekenis"],
           ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
           ["Lwoo", "Leerwegondersteunend onderwijs."],
           ["OPDC", "Orthopedagogisch-didactisch centrum."],
           ["Pro", "Praktijkonderwijs; toelaatbaarheid op basis van landelijke criteria."],
           ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs "
            "na afloop van de TLV."],
           ["TLV", "Toelaatbaarheidsverklaring."],
           ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te vinden."]]),
    ]
    label = dict(
        documents=["vo-ijsselvecht-2026.docx"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' defines the agreed minimum for all 11 vestigingen (niveau), but the concrete voorzieningen are only referred to the SOPs/schoolgids and an absent bijlage 2 (inhoud not addressed).",
            "plaatsing": "Ch. 'Toelaatbaarheid: vso, lwoo en pro': full procedures for vso, lwoo and pro (loket, dossier, deskundigen, commissie, termijnen, bezwaar/LBT, duration/category); the vso criteria are 'herijkt in voorjaar 2026' and lwoo/pro criteria are not stated (pro criteria only in the glossary).",
            "terugstroom": "Ch. 'Doorstroom, uitstroom en terugplaatsing' only defers terugplaatsing policy to 2026-2027 and refers to schools' own afspraken; warme overdracht PO-VO, uitstroom mbo and the Rebound 'keert terug naar de eigen school' are near-misses; definition only in glossary.",
            "financien": "Ch. 'Geld en middelen': verdeling lwoo/pro money, € 180 per leerling, central provisions, Loket arrangements, board decision in November; meerjarenbegroting 2026-2029 with amounts; reserve run-down and June verantwoordingsgesprek.",
            "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod': four niveaus with OPDC, Rebound, ISK, plus, vso, pro, lwoo (continuum); gap analysis deferred to an external bureau in 2026 and 'thuiszitters verdienen aandacht' is passing, so lacunes not addressed; OOGO chapter covers jeugdhulp/OZA.",
            "resultaten": "Ch. 'Kwaliteitszorg': goal table with nulmeting and streefwaarden 2030 (doelen) and quarterly dashboard, bi-annual survey, jaarverslag reporting (monitoring).",
            "ouders": "Ch. 'Ouders en leerlingen': ouderpagina, folder, schoolgids, informatieavond (informatie); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie (steunpunt); hoorrecht and OPR seats."})
    return p, b, label


# ---------------------------------------------------------------------------
# Plan C: PO, medium verband, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------

PC = dict(
    naam="Stichting Passend Onderwijs Kempenheide", kort="Passend Onderwijs Kempenheide",
    code="PO 30-09", sector="po", periode="2026-2030", n_besturen=8, n_scholen=48,
    n_leerlingen="9.900", krimp="stabiel, met lichte groei in Eersel-Noord",
    gemeenten=["Bergeijkerveld", "Eersel-Noord", "Heeze-Akker", "Valkenhorst"],
    missie="Kempenheide: samen sterk voor ieder kind.", bestuurder="dhr. drs. P.J. van den Akker",
    rechtsvorm="stichting", fte="7,2", opr_datum="3 maart 2026", oogo_datum="5 februari 2026",
    vaststelling="12 maart 2026")


def plan_c():
    p = PC
    b = []
    b.append(TOC([
        "Voorwoord", "Samenvatting", "Leeswijzer", "Terugblik op de vorige planperiode", "1 Context: onze regio", "2 Missie, visie en ambities",
        "3 De basis op orde: basisondersteuning", "4 Ondersteuningsaanbod en dekkend netwerk",
        "5 Speciaal basisonderwijs en speciaal onderwijs", "6 Financiën",
        "7 Ambities en resultaten", "8 Communicatie", "9 Samenwerking met gemeenten en OOGO",
        "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel", "13 ICT en privacy",
        "14 Totstandkoming en planning", "Bijlage Afkortingen en begrippen (o.a. OJSP, ouderbrochure, "
        "terugplaatsing, dekkend aanbod)"]))
    b += voorwoord(p)
    b += samenvatting(p, "Kempenheide kiest voor een stevige basis op elke school, heldere criteria voor het "
                      "speciaal (basis)onderwijs en een transparante verdeling van het geld. Wij formuleren "
                      "meetbare ambities voor de planperiode.")
    b += leeswijzer(p)
    b += terugblik(p)
    b += context(p)
    b += missie_visie(p, ouders_ok=False)
    b += wat_we_hoorden(p, ouders_ok=False)
    # basisondersteuning present
    b += [
        H1("De basis op orde: basisondersteuning"),
        P("De acht besturen hebben samen afgesproken wat iedere schoollocatie in Kempenheide minimaal biedt. "
          "Dit 'Kempenheide-minimum' geldt voor alle 48 scholen, ongeacht bestuur of denominatie, en bestaat "
          "uit zeven standaarden:"),
        B(["Standaard 1: elke school heeft een intern begeleider en een ondersteuningsteam waarin ook de "
           "schoolmaatschappelijk werker en de jeugdverpleegkundige zitten.",
           "Standaard 2: elke school werkt met een dyslexie- en een dyscalculieprotocol en biedt intensieve "
           "begeleiding in kleine groepjes bij lees- en rekenproblemen.",
           "Standaard 3: elke school heeft een aanpak voor sociale veiligheid, een anti-pestprogramma en een "
           "aandachtsfunctionaris.",
           "Standaard 4: elke school biedt een verrijkingsaanbod voor meer- en hoogbegaafde leerlingen in de "
           "eigen groep.",
           "Standaard 5: elke school kan eenvoudige medische handelingen uitvoeren volgens het protocol medisch "
           "handelen.",
           "Standaard 6: elke school werkt handelingsgericht en stelt voor leerlingen met een eigen leerlijn "
           "een ontwikkelingsperspectief op.",
           "Standaard 7: elke school beschikt over een prikkelarme werkplek en een time-out-afspraak."]),
        P("Extra ondersteuning is alles wat boven deze standaarden uitgaat."),
    ]
    # dekkend aanbod: continuum only referred to website map; lacunes present
    b += [
        H1("Ondersteuningsaanbod en dekkend netwerk"),
        P("Een overzicht van alle arrangementen en voorzieningen in de regio publiceren wij als "
          "'Aanbodkaart Kempenheide' op onze website; de kaart wordt ieder jaar in september geactualiseerd. "
          "Wij nemen die kaart hier niet op, omdat het aanbod sneller verandert dan dit plan."),
        H2("Thuiszitters, wachttijden en zorgplicht"),
        P("Kempenheide hanteert een meldplicht: iedere school meldt een leerling die tien schooldagen of langer "
          "geen onderwijs volgt bij het bureau en bij leerplicht. Binnen tien werkdagen na de melding organiseert "
          "de consulent een casusoverleg met school, leerplicht en, waar nodig, het wijkteam. Het overleg "
          "legt vast wie wat doet en wanneer de leerling weer onderwijs volgt; na zes weken volgt een "
          "evaluatie."),
        P("Wachttijden voor plaatsing in het sbo, het so en de observatievoorziening houdt het bureau maandelijks "
          "bij. Is voor een leerling tien weken na aanmelding nog geen passende plek gevonden, dan escaleert de "
          "consulent naar het directeurenoverleg, dat binnen twee weken een bestuur aanwijst dat de leerling "
          "een plek biedt. Structurele tekorten die zo zichtbaar worden, agenderen wij in het bestuur."),
    ]
    # plaatsing: criteria yes, procedure only in an absent protocol
    b += [
        H1("Speciaal basisonderwijs en speciaal onderwijs"),
        P("De aanvraagroute, de termijnen en de werkwijze bij het beoordelen van aanvragen zijn "
          "vastgelegd in het Protocol Toelaatbaarheid Kempenheide (bijlage 3)."),
        H2("Criteria sbo"),
        B(["De leerling heeft een ondersteuningsbehoefte op het gebied van leren en/of gedrag die de "
           "basisondersteuning en de extra ondersteuning van de school aantoonbaar overstijgt.",
           "De school heeft gedurende ten minste een half jaar een arrangement ingezet en geëvalueerd.",
           "De leerling heeft gedurende de hele schooldag een kleine groep (maximaal 16 leerlingen) en "
           "specialistische begeleiding nodig."]),
        H2("Criteria so"),
        B(["De leerling heeft een verstandelijke, lichamelijke of meervoudige beperking of een ernstige "
           "gedrags- of psychiatrische problematiek (cluster 3 of 4).",
           "Ook in het sbo kan niet aan de ondersteuningsbehoefte worden voldaan, blijkend uit het "
           "ontwikkelingsperspectief.",
           "De benodigde combinatie van onderwijs en zorg is alleen in een so-setting beschikbaar."]),
        P("Een TLV loopt altijd tot en met 31 juli van een schooljaar. Voor het sbo geven wij een TLV af voor "
          "twee schooljaren, voor het so voor één tot drie schooljaren. Bij een TLV so hoort een "
          "bekostigingscategorie: laag voor de meeste leerlingen in cluster 4 en ZML, midden voor "
          "leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met een "
          "meervoudige beperking."),
        H2("Terug naar het regulier onderwijs"),
        P("Kempenheide wil dat leerlingen niet langer in het sbo of so verblijven dan nodig is. Terugplaatsing "
          "naar het regulier basisonderwijs is het uitgangspunt wanneer de leerling de doelen uit het "
          "ontwikkelingsperspectief twee meetmomenten achter elkaar heeft gehaald en de gedragsproblematiek "
          "niet langer een kleine groep vereist. De ontvangende school krijgt een terugplaatsingsarrangement "
          "van zes maanden ambulante begeleiding door de sbo- of so-school, betaald door het "
          "samenwerkingsverband."),
        P("De stappen, de evaluatiemomenten en wie over terugplaatsing besluit, werken wij in de loop van 2026 "
          "uit in het Protocol Toelaatbaarheid."),
    ]
    # financien: present, content only in tables
    b += [
        H1("Financiën"),
        P("De tabellen hieronder geven de verdeling en de begroting weer."),
        T([["Component", "Criterium", "Bedrag", "Besluit door"],
           ["Schoolbudget", "Aantal leerlingen op 1 oktober T-1", "€ 95 per leerling", "Bestuur SWV, jaarlijks "
            "in november"],
           ["Vaste voet", "Per schoollocatie", "€ 4.000", "Bestuur SWV"],
           ["Arrangementen", "Aanvraag via consulent; ondersteuningsbehoefte boven standaard 1-7", "max. € 7.500 "
            "per leerling per jaar", "Consulent, binnen 4 weken"],
           ["Terugplaatsingsarrangement", "Leerling keert terug uit sbo/so", "€ 3.200 per leerling",
            "Consulent"]]),
        T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Baten (na afdrachten DUO)", "3.960", "3.980", "3.990", "4.000"],
           ["Schoolbudgetten en vaste voet", "1.133", "1.140", "1.146", "1.150"],
           ["Afdracht sbo (groei en 2%-regeling)", "1.480", "1.490", "1.500", "1.500"],
           ["Arrangementen en terugplaatsingsarrangementen", "640", "640", "650", "660"],
           ["Observatievoorziening", "180", "185", "185", "190"],
           ["Bureau en consulenten", "520", "525", "530", "535"],
           ["Saldo", "7", "0", "-21", "-35"]]),
    ]
    # resultaten: doelen yes, monitoring deferred
    b += [
        H1("Ambities en resultaten"),
        P("Voor leerlingen die extra ondersteuning nodig hebben, stellen wij ons de volgende doelen voor 2030:"),
        B(["Het deelnamepercentage sbo daalt van 2,6% (1 oktober 2025) naar 2,2%.",
           "Ten minste 90% van de arrangementen wordt binnen vier weken na aanvraag toegekend.",
           "Ten minste 12 leerlingen per jaar stromen terug van het sbo of so naar het regulier onderwijs.",
           "Geen enkele leerling wacht langer dan tien weken op een passende plek."]),
        P("Hoe wij de voortgang op deze doelen gaan volgen en aan wie wij daarover rapporteren, leggen wij vast "
          "in het kwaliteitskader dat in de loop van het schooljaar 2026-2027 verschijnt."),
    ]
    b += [
        H1("Communicatie"),
        P("Kempenheide communiceert vooral met en via de scholen. Intern begeleiders en directeuren ontvangen "
          "maandelijks een nieuwsbrief. Op de website staan de formulieren, protocollen en de Aanbodkaart; de "
          "website is primair ingericht voor professionals. De consulenten bezoeken iedere school ten minste "
          "drie keer per jaar."),
        P("Met de pers en met de gemeenteraden communiceert de directeur-bestuurder. In crisissituaties geldt "
          "het communicatieprotocol van de stichting."),
    ]
    b += oogo(p, inhoud=True)
    b += governance(p)
    b += opr(p, ouders_ok=False)
    b += personeel(p)
    b += ict_privacy(p)
    b += planning(p)
    b += [
        H1("Bijlage Afkortingen en begrippen"),
        B(["Dekkend aanbod: een samenhangend geheel van voorzieningen waarin ieder kind een plek vindt.",
           "OJSP: ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen.",
           "Ouderbrochure: informatie voor ouders over passend onderwijs.",
           "OPP: ontwikkelingsperspectief.",
           "Terugplaatsing: terugkeer van een leerling uit het sbo of so naar het regulier onderwijs.",
           "TLV: toelaatbaarheidsverklaring.",
           "Zorgplicht: plicht van het schoolbestuur om een passende plek te bieden."]),
    ]
    label = dict(
        documents=["po-kempenheide-2026.pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'De basis op orde': 'Kempenheide-minimum' for all 48 locations with seven concrete standards.",
            "plaatsing": "Ch. 'Speciaal basisonderwijs en speciaal onderwijs': explicit sbo and so criteria, TLV duration and bekostigingscategorie; the procedure (route, termijnen, commissie) is only referred to the absent Protocol Toelaatbaarheid (bijlage 3).",
            "terugstroom": "Sub-section 'Terug naar het regulier onderwijs' inside the sbo/so chapter: aim, readiness conditions and a funded terugplaatsingsarrangement (beleid); steps, moments and decision-maker deferred to 'in de loop van 2026'.",
            "financien": "Ch. 'Financiën' has one sentence of prose; verdeelmodel (criterion, amount, decision) and meerjarenbegroting 2026-2029 exist only as tables.",
            "dekkend-aanbod": "Ch. 'Ondersteuningsaanbod en dekkend netwerk': the continuum is only referred to the 'Aanbodkaart' on the website; meldplicht thuiszitters, casusoverleg, wachttijden and escalation after 10 weeks = lacunes; OOGO chapter covers jeugdhulp/OZA.",
            "resultaten": "Ch. 'Ambities en resultaten': four measurable 2030 targets (doelen); how progress is followed/reported deferred to a kwaliteitskader 'in de loop van 2026-2027'. Context table figures are kengetallen and the governance line on the jaarverslag is general board accountability, not monitoring of results.",
            "ouders": "No parent information channels, no independent help, no parental role: ch. 'Communicatie' addresses schools/professionals only; OJSP and ouderbrochure appear only in the begrippenlijst and TOC; 'ouders' elsewhere only in passing (voorwoord, leeswijzer)."})
    return p, b, label


# ---------------------------------------------------------------------------
# Plan D: VO, medium-large verband, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------

PD = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Rivierenweide", kort="SWV VO Rivierenweide",
    code="VO 27-11", sector="vo", periode="2026-2030", n_besturen=9, n_scholen=24,
    n_leerlingen="16.300", krimp="daling van circa 4 procent",
    gemeenten=["Maasdriel-Oost", "Zaltweerd", "Bommelerwaard-Zuid", "Heukelom", "Ammerzode-Veld",
               "Kerkdriel-Weide"],
    missie="Rivierenweide: elke jongere een plek om te leren en te groeien.",
    bestuurder="mw. dr. S. El Amrani", rechtsvorm="stichting", fte="14,0", opr_datum="24 maart 2026",
    oogo_datum="3 maart 2026", vaststelling="31 maart 2026")


def plan_d():
    p = PD
    b = []
    b.append(TOC([
        "Voorwoord", "Samenvatting", "Leeswijzer", "Terugblik op de vorige planperiode", "1 Context: onze regio", "2 Missie, visie en ambities",
        "3 Ondersteuning op iedere school", "4 Een dekkend aanbod", "5 Toelaatbaarheid en toewijzing",
        "6 Na de TLV", "7 Doen we wat we beloven? Resultaten en kwaliteit", "8 Communicatie en informatie",
        "9 Financieel kader en meerjarenbegroting", "10 Samenwerking met gemeenten en OOGO",
        "11 Organisatie en governance", "12 Medezeggenschap", "13 Personeel en professionalisering",
        "14 ICT en privacy", "15 Huisvesting en leerlingenvervoer", "16 Totstandkoming en planning",
        "Bijlage Begrippenlijst"]))
    b += voorwoord(p)
    b += samenvatting(p, "In dit plan beschrijven wij wat leerlingen op iedere school van Rivierenweide "
                      "aantreffen, hoe wij zorgen dat er voor iedere jongere een passende plek is, hoe "
                      "toelaatbaarheid tot vso, lwoo en praktijkonderwijs werkt, en welke resultaten wij "
                      "nastreven en hebben bereikt. Het financieel kader verschijnt als afzonderlijk document.")
    b += leeswijzer(p)
    b += terugblik(p)
    b += context(p)
    b += missie_visie(p)
    # basisondersteuning: inhoud yes (inventory on all vestigingen), niveau explicitly not agreed
    b += [
        H1("Ondersteuning op iedere school"),
        P("De besturen in Rivierenweide hebben (nog) geen gezamenlijk niveau van basisondersteuning "
          "afgesproken: iedere school bepaalt in haar schoolondersteuningsprofiel zelf welk niveau zij "
          "hanteert. Een gezamenlijke ondergrens wordt in het schooljaar 2026-2027 voorbereid en in 2027 door "
          "het bestuur vastgesteld."),
        P("Wel weten wij wat er nu in de praktijk is. De inventarisatie die het bureau in het voorjaar van 2025 "
          "op alle 24 vestigingen uitvoerde, laat zien dat een leerling op elke vestiging in elk geval het "
          "volgende aantreft:"),
        B(["een mentor met wekelijks mentoruur en minimaal drie individuele gesprekken per jaar;",
           "een ondersteuningscoördinator en een zorg- en adviesteam met schoolmaatschappelijk werk, "
           "jeugdarts en leerplicht;",
           "dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd, vergrote teksten en voorleessoftware;",
           "faalangstreductietraining en een training sociale vaardigheden;",
           "begeleiding bij plannen en organiseren (executieve functies) in de onderbouw;",
           "een opvangruimte met een vaste begeleider waar een leerling tijdelijk kan werken."]),
    ]
    # dekkend aanbod: present
    b += [
        H1("Een dekkend aanbod"),
        P("Boven op wat iedere school biedt, kent Rivierenweide een samenhangend aanbod. In de scholen zijn "
          "er trajectvoorzieningen en kleine klassen (onder meer de 'Kleine Klas' op drie vmbo-locaties). "
          "Bovenschools zijn er het OPDC De Waard voor leerlingen die een jaar in een kleine setting werken, "
          "de Reboundvoorziening (maximaal drie maanden), twee internationale schakelklassen, een "
          "voltijds plusvoorziening voor hoogbegaafde leerlingen, en onderwijs-zorgarrangementen met de "
          "jeugdhulp voor jongeren die naast onderwijs ook behandeling nodig hebben. Daarnaast zijn er in de "
          "regio twee scholen voor praktijkonderwijs, acht vmbo-locaties met lwoo en drie vso-scholen "
          "(cluster 3 en cluster 4)."),
        H2("Geen jongere zonder plek"),
        P("Elk kwartaal brengt het bureau met de leerplichtambtenaren het aantal thuiszitters, de "
          "vrijstellingen en de wachtlijsten per voorziening in beeld. Iedere thuiszitter wordt binnen twee "
          "weken besproken aan de Thuiszitterstafel, waar school, leerplicht, jeugdhulp en het "
          "samenwerkingsverband een plan met een terugkeerdatum maken. Vindt het aanmeldende bestuur binnen "
          "de zorgplichttermijn van tien weken geen passende plek, dan neemt het samenwerkingsverband de "
          "regie en kan de directeur-bestuurder een school aanwijzen. Als uit de kwartaalbeelden blijkt dat "
          "een voorziening structureel te weinig plaatsen heeft, besluit het bestuur binnen drie maanden "
          "over uitbreiding."),
    ]
    # plaatsing: present (vso, lwoo, pro)
    b += [
        H1("Toelaatbaarheid en toewijzing"),
        H2("Vso"),
        P("Het bestuur van de school waar de leerling staat ingeschreven, dient de aanvraag in bij de "
          "Commissie Toewijzing van Rivierenweide, met het ontwikkelingsperspectiefplan, het verslag van het "
          "multidisciplinair overleg en de zienswijze van ouders en leerling. Een orthopedagoog of psycholoog en "
          "een tweede deskundige (jeugdarts, maatschappelijk werker of psychiater) adviseren elk afzonderlijk "
          "en schriftelijk. De commissie besluit binnen zes weken; de ouders krijgen een afschrift van beide "
          "adviezen."),
        P("De commissie verklaart een leerling toelaatbaar tot het vso wanneer (1) de ondersteuningsbehoefte "
          "op meerdere domeinen de mogelijkheden van het regulier vo inclusief OPDC aantoonbaar overstijgt, "
          "(2) er een onderbouwd ontwikkelingsperspectief is waarvoor een vso-setting nodig is, en (3) het "
          "reguliere traject ten minste een half jaar is ingezet en geëvalueerd, tenzij sprake is van een "
          "crisis of van een ernstige verstandelijke of lichamelijke beperking. De TLV geldt voor twee "
          "schooljaren in categorie laag, midden of hoog. Tegen het besluit kan binnen zes weken bezwaar "
          "worden gemaakt; het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie."),
        H2("Lwoo en praktijkonderwijs"),
        P("Voor lwoo en pro vraagt de vo-school waar de leerling is aangemeld de aanwijzing of TLV aan, uiterlijk "
          "1 april, met het onderwijskundig rapport en de testgegevens. Rivierenweide hanteert de landelijke "
          "criteria. Lwoo: een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste "
          "twee van de domeinen begrijpend lezen, technisch lezen, spellen en inzichtelijk rekenen, of een IQ "
          "tussen 91 en 120 met die achterstand en een sociaal-emotionele problematiek. Praktijkonderwijs: "
          "een IQ tussen 55 en 80 en een leerachterstand van ten minste 50 procent op ten minste twee domeinen, "
          "waarvan één begrijpend lezen of inzichtelijk rekenen. De commissie besluit binnen vier weken."),
    ]
    # terugstroom: procedure yes, beleid deferred
    b += [
        H1("Na de TLV"),
        P("In het laatste schooljaar van een TLV vso gelden de volgende stappen:"),
        B(["Vóór 1 november: de vso-school evalueert het ontwikkelingsperspectiefplan en bespreekt met ouders "
           "en leerling of overstap naar het regulier vo haalbaar is.",
           "Vóór 1 december: de vso-school meldt bij de Commissie Toewijzing of zij verlenging aanvraagt of een "
           "overstap voorbereidt.",
           "Bij overstap: de consulent van het samenwerkingsverband zoekt met de ouders een vo-school; de "
           "ontvangende school beslist over inschrijving en stelt vóór 1 mei een overdrachtsplan op.",
           "Bij verlenging: de vso-school vraagt een nieuwe TLV aan volgens hoofdstuk 5."]),
        P("Het beleid ten aanzien van terugplaatsing en overplaatsing - met de doelen, de voorwaarden en de "
          "ondersteuning na terugkeer - herzien wij. Het herziene beleid volgt in de voortgangsparagraaf van "
          "2027."),
    ]
    # resultaten: present
    b += [
        H1("Doen we wat we beloven? Resultaten en kwaliteit"),
        H2("Terugblik 2022-2026"),
        P("In de vorige planperiode daalde het aantal thuiszitters van 41 naar 23. Het deelnamepercentage vso "
          "bleef met 3,6% boven het landelijk gemiddelde. De doorlooptijd van TLV-aanvragen daalde van acht naar "
          "vijf weken. Van de leerlingen die het OPDC verlieten, stroomde 78% door naar een reguliere "
          "opleiding."),
        H2("Beoogde resultaten 2026-2030"),
        T([["Beoogd resultaat", "Indicator", "Streefwaarde 2030"],
           ["Jongeren met extra ondersteuning halen hun diploma", "Diplomapercentage leerlingen met OPP", "82%"],
           ["Minder jongeren in het vso", "Deelnamepercentage vso", "3,2%"],
           ["Snelle besluiten", "Doorlooptijd TLV-aanvraag", "maximaal 4 weken"],
           ["Duurzame doorstroom na OPDC", "Percentage leerlingen dat na een jaar nog op de reguliere school zit",
            "85%"]]),
        H2("Hoe wij volgen en rapporteren"),
        P("De gegevens komen uit de leerlingadministraties, het registratiesysteem van de Commissie Toewijzing "
          "en de verzuimregistratie. Het bureau levert twee keer per jaar een monitor aan het bestuur en de OPR. "
          "Eens per jaar bespreken wij de resultaten per school in een kwaliteitsgesprek met de schoolleiding. "
          "De bereikte resultaten staan in het jaarverslag; halverwege de planperiode laten wij een externe "
          "evaluatie uitvoeren."),
    ]
    # ouders: present, in 'Communicatie en informatie'
    b += [
        H1("Communicatie en informatie"),
        P("Rivierenweide informeert ouders op verschillende manieren over de ondersteuning in de regio. Op de "
          "website staat per school wat zij biedt en een overzicht van alle bovenschoolse voorzieningen, met "
          "uitleg over de weg ernaartoe. Elk najaar is er een ouderavond over de overstap naar het vo voor "
          "ouders van leerlingen met extra ondersteuning. De brochure 'Wegwijs in Rivierenweide' wordt op alle "
          "basisscholen uitgedeeld in groep 7."),
        P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
          "Rivierenland, dat niet onder het samenwerkingsverband valt en telefonisch, per e-mail en op "
          "afspraak bereikbaar is. Ook de landelijke Onderwijsconsulenten bieden kosteloos hulp. Heeft een "
          "ouder een klacht over het samenwerkingsverband, dan is de klachtenregeling van toepassing; de "
          "klacht wordt behandeld door de Landelijke Klachtencommissie Onderwijs."),
    ]
    # financien: missing (referred to separate document)
    b += [
        H1("Financieel kader en meerjarenbegroting"),
        P("Het financieel kader, inclusief het verdeelmodel en de meerjarenbegroting 2026-2029, wordt als "
          "afzonderlijk document ('Financieel Kader Rivierenweide 2026-2029', bijlage F) gelijktijdig met dit "
          "plan aan de OPR voorgelegd. Het is bewust losgekoppeld van dit plan, zodat het jaarlijks kan worden "
          "bijgesteld zonder het ondersteuningsplan te wijzigen."),
        P("Uitgangspunt blijft dat de ondersteuningsmiddelen zoveel mogelijk in de scholen terechtkomen."),
    ]
    b += oogo(p, inhoud=True)
    b += governance(p)
    b += opr(p, ouders_ok=True)
    b += personeel(p)
    b += ict_privacy(p)
    b += huisvesting_vervoer(p)
    b += planning(p)
    b += [
        H1("Bijlage Begrippenlijst"),
        T([["Begrip", "Omschrijving"],
           ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het "
            "samenwerkingsverband bieden."],
           ["Meerjarenbegroting", "Begroting voor vier jaar, met de verdeling van de middelen per jaar."],
           ["Terugplaatsing", "Terugkeer van het vso naar het regulier vo, met ondersteuning."],
           ["Verdeelmodel", "De regels waarmee het samenwerkingsverband geld toekent aan besturen."]]),
    ]
    label = dict(
        documents=["vo-rivierenweide-2026.pdf"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Ondersteuning op iedere school': explicitly no agreed common level yet (ondergrens in 2027) so niveau not addressed; the 2025 inventory lists what a pupil finds on every vestiging (inhoud). The glossary definition of an 'afgesproken niveau' is a trap.",
            "plaatsing": "Ch. 'Toelaatbaarheid en toewijzing': vso request, dossier, two deskundigen, Commissie Toewijzing within 6 weeks, three vso criteria, duration/category, bezwaar; lwoo/pro route with the national criteria spelled out.",
            "terugstroom": "Ch. 'Na de TLV' (no 'terugplaatsing' heading): dated steps in the last TLV year (procedure); the policy (aims, conditions, support after return) is deferred to the voortgangsparagraaf 2027.",
            "financien": "Ch. 'Financieel kader en meerjarenbegroting' only refers to a separate document (bijlage F) not in the input plus one vague sentence; verdeelmodel/meerjarenbegroting only in TOC and glossary; 'middelen' elsewhere only in passing (voorwoord, vervoer/huisvesting not charged to SWV means).",
            "dekkend-aanbod": "Ch. 'Een dekkend aanbod': in-school, bovenschools (OPDC, Rebound, ISK, plus, OZA), pro/lwoo/vso (continuum); quarterly picture, Thuiszitterstafel, zorgplicht escalation, capacity decisions (lacunes).",
            "resultaten": "Ch. 'Doen we wat we beloven?': achieved figures 2022-2026, target table 2030, and half-yearly monitor/kwaliteitsgesprek/jaarverslag/external evaluation.",
            "ouders": "Ch. 'Communicatie en informatie': website per school, ouderavond, brochure (informatie); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling (steunpunt)."})
    return p, b, label


# ---------------------------------------------------------------------------
# Plan E: PO, small verband, 'op hoofdlijnen', Markdown web version
# ---------------------------------------------------------------------------

PE = dict(
    naam="Samenwerkingsverband PO Duin- en Bollenrand", kort="SWV Duin- en Bollenrand",
    code="PO 28-16", sector="po", periode="2026-2030", n_besturen=4, n_scholen=19,
    n_leerlingen="3.600", krimp="daling van circa 3 procent",
    gemeenten=["Noordwijkerduin", "Lisserbroek-West", "Hillegersberg aan Zee"],
    missie="Elk kind in de Duin- en Bollenrand hoort erbij.", bestuurder="dhr. M. de Graaff",
    rechtsvorm="vereniging", fte="3,1", opr_datum="11 maart 2026", oogo_datum="4 maart 2026",
    vaststelling="18 maart 2026")


def plan_e():
    p = PE
    b = []
    b.append(TOC([
        "Voorwoord", "Samenvatting", "Leeswijzer", "Terugblik op de vorige planperiode", "1 Context: onze regio", "2 Onze scholen",
        "3 Missie, visie en ambities", "4 Basisondersteuning", "5 Toelaatbaarheid",
        "6 Terug naar de basisschool", "7 Begroting", "8 Resultaten en monitoring",
        "9 Ouders", "10 Samenwerking met gemeenten en OOGO", "11 Organisatie en governance",
        "12 Medezeggenschap", "13 Personeel", "14 ICT en privacy", "15 Totstandkoming en planning",
        "Begrippenlijst"]))
    b += voorwoord(p)
    b += samenvatting(p, "Dit is een ondersteuningsplan op hoofdlijnen. De uitwerking volgt in het Handboek "
                      "Passend Onderwijs Duin- en Bollenrand en in de jaarplannen. In dit plan staan onze "
                      "uitgangspunten voor basisondersteuning, toelaatbaarheid, terugplaatsing, geld, resultaten "
                      "en ouders.")
    b += leeswijzer(p)
    b += terugblik(p)
    b += context(p)
    b += wat_we_hoorden(p)
    b += [
        H1("Onze scholen"),
        P("Bij het samenwerkingsverband zijn vier besturen aangesloten: Stichting Openbaar Onderwijs "
          "Duinrand (7 scholen), Stichting Katholiek Onderwijs Bollenstreek (6 scholen), de Vereniging voor "
          "Christelijk Onderwijs Noordwijkerduin (4 scholen) en Stichting Sbo en So Kustland, met de sbo-school "
          "De Duinroos en de so-school De Branding. Alle scholen liggen binnen twintig minuten fietsen van "
          "elkaar, behalve de scholen in de buitengebieden van Lisserbroek-West."),
        P("De scholen verschillen in grootte, van 62 tot 480 leerlingen, en in onderwijsconcept: er zijn "
          "Daltonscholen, een Jenaplanschool, twee Montessorischolen en een IKC met kinderopvang."),
    ]
    b += missie_visie(p)
    b += [
        H1("Basisondersteuning"),
        P("Het niveau van basisondersteuning dateert nog uit de eerste planperiode en is aan herziening toe. "
          "De besturen stellen in het schooljaar 2026-2027 een nieuw niveau vast, waarbij zij de uitkomst van "
          "de landelijke norm basisondersteuning afwachten. De uitwerking komt in het Handboek Passend "
          "Onderwijs. Tot die tijd verwijzen wij voor de ondersteuning van een school naar haar schoolgids."),
    ]
    b += [
        H1("Toelaatbaarheid"),
        P("Het samenwerkingsverband beslist, zoals de wet voorschrijft, over de toelaatbaarheid van leerlingen "
          "tot het speciaal basisonderwijs en het speciaal onderwijs. Alles over het aanvragen van een "
          "toelaatbaarheidsverklaring staat op de pagina 'TLV aanvragen' van onze website."),
    ]
    b += [
        H1("Terug naar de basisschool"),
        P("Wij vinden dat een kind na een periode in het sbo of so weer naar een gewone basisschool moet kunnen "
          "als dat kan. Doel is dat het kind zo thuisnabij mogelijk naar school gaat, samen met kinderen uit de "
          "buurt. Voorwaarde is dat de ontvangende school met steun de ondersteuning kan bieden die in het "
          "ontwikkelingsperspectief staat. Na de overstap krijgt het kind een terugkeerarrangement: een jaar "
          "lang ambulante begeleiding door De Duinroos of De Branding, en de leerkracht van de ontvangende "
          "school krijgt coaching."),
        P("Zo gaat het in de praktijk. In oktober van het laatste jaar van de TLV bespreekt de sbo- of "
          "so-school het ontwikkelingsperspectief met de ouders en nodigt zij de consulent van het "
          "samenwerkingsverband uit. Lijkt terugkeer haalbaar, dan volgt in januari een proefperiode van "
          "maximaal zes weken op de ontvangende school, twee dagen per week. In maart beslissen de directeur "
          "van de sbo- of so-school en de directeur van de ontvangende school samen over de overstap, na "
          "advies van de consulent. Lijkt terugkeer niet haalbaar, dan vraagt de school vóór 1 april een nieuwe "
          "TLV aan. In juni evalueert de consulent elke terugplaatsing van het afgelopen jaar."),
    ]
    b += [
        H1("Begroting"),
        P("De verdeling van de ondersteuningsmiddelen over de besturen herzien wij. Het nieuwe verdeelmodel "
          "wordt in december 2026 vastgesteld; tot die tijd geldt het model uit het vorige ondersteuningsplan."),
        P("De meerjarenbegroting ziet er als volgt uit."),
        T([["Post (bedragen in €)", "2026", "2027", "2028", "2029"],
           ["Baten lichte en zware ondersteuning (na afdrachten DUO)", "2.310.000", "2.290.000", "2.270.000",
            "2.250.000"],
           ["Middelen naar schoolbesturen", "1.420.000", "1.400.000", "1.380.000", "1.360.000"],
           ["Terugkeerarrangementen", "60.000", "60.000", "65.000", "65.000"],
           ["Ambulante begeleiding en consultatie", "310.000", "310.000", "305.000", "305.000"],
           ["Bureau, consulent en TLV-deskundigen", "395.000", "400.000", "405.000", "410.000"],
           ["Ondersteuningsplanraad en scholing", "45.000", "45.000", "45.000", "45.000"],
           ["Saldo", "80.000", "75.000", "70.000", "65.000"]]),
        P("Het positieve saldo is nodig om de reserve op peil te houden na de tekorten van 2023 en 2024."),
    ]
    b += [
        H1("Resultaten en monitoring"),
        P("Concrete streefwaarden voor deze planperiode stellen wij vast nadat in het schooljaar 2026-2027 een "
          "nulmeting is gedaan."),
        P("Het bureau houdt per schooljaar bij: het deelnamepercentage sbo en so op 1 oktober, het aantal "
          "afgegeven TLV's, het aantal terugplaatsingen, de doorlooptijd van aanvragen en de tevredenheid van "
          "scholen over de consultatie. Twee keer per jaar, in februari en september, bespreken het bestuur en "
          "de OPR deze gegevens in een dashboard. In het jaarverslag rapporteren wij de bereikte resultaten, en "
          "in 2028 laten wij een onafhankelijke tussenevaluatie uitvoeren."),
    ]
    b += [
        H1("Ouders"),
        P("Een ouderwebsite en een ouderbrochure zijn in voorbereiding en verschijnen naar verwachting in de "
          "loop van 2027."),
        P("Ouders die vragen hebben of het met de school of het samenwerkingsverband oneens zijn, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Duin- en Bollenrand. Dat steunpunt is onafhankelijk van "
          "scholen en samenwerkingsverband, kost niets en is bereikbaar op werkdagen. Lukt het daar niet, dan "
          "kunnen ouders de Onderwijsconsulenten inschakelen of zich wenden tot de Geschillencommissie "
          "passend onderwijs."),
    ]
    b += [
        H1("Communicatie met scholen"),
        P("Het bureau is klein en dat merken de scholen: de lijnen zijn kort. Intern begeleiders en directeuren "
          "ontvangen vier keer per jaar een digitale nieuwsbrief met actualiteiten, data van bijeenkomsten en "
          "wijzigingen in formulieren. Het IB-netwerk komt vijf keer per jaar bijeen; de agenda wordt samen met "
          "de intern begeleiders opgesteld. Eén keer per jaar organiseren wij een studiedag voor alle "
          "teams, dit jaar over het jonge kind en over executieve functies."),
        P("Wij merken dat informatie niet altijd de juiste persoon bereikt. Daarom vragen wij iedere school een "
          "vaste contactpersoon voor het samenwerkingsverband aan te wijzen en houden wij een actuele lijst bij. "
          "Verzoeken van scholen beantwoorden wij binnen vijf werkdagen."),
    ]
    b += oogo(p, inhoud=False)
    b += [P("Over thuiszitters is in de Lokale Educatieve Agenda gesproken; afspraken daarover volgen in het "
            "jaarplan 2027.")]
    b += governance(p)
    b += opr(p, ouders_ok=True)
    b += personeel(p)
    b += ict_privacy(p)
    b += [
        H1("Over dit document"),
        P("Dit plan is geschreven op taalniveau B1, zodat het voor zoveel mogelijk lezers begrijpelijk is. "
          "Waar vaktermen onvermijdelijk zijn, staan zij in de begrippenlijst. De webversie van het plan is "
          "opgebouwd uit losse pagina's per hoofdstuk; een afdrukbare versie is op aanvraag verkrijgbaar bij "
          "het bureau. De toegankelijkheid van de website is in 2025 getoetst aan de richtlijnen voor digitale "
          "toegankelijkheid van de overheid."),
        P("Wij hebben bewust gekozen voor een plan op hoofdlijnen. Een lang en gedetailleerd plan veroudert "
          "snel en wordt weinig gelezen. De besturen hebben afgesproken dat het Handboek Passend Onderwijs "
          "jaarlijks wordt bijgewerkt en dat wijzigingen met een grote impact op scholen eerst in het "
          "directeurenoverleg worden besproken. Versiebeheer: dit is versie 1.0 van maart 2026; eerdere "
          "conceptversies (0.1 tot en met 0.4) zijn gearchiveerd en op te vragen bij het secretariaat."),
    ]
    b += planning(p)
    b += [
        H1("Begrippenlijst"),
        B(["Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school in het "
           "samenwerkingsverband biedt, zoals een intern begeleider, een dyslexieprotocol en een aanbod voor "
           "gedrag.",
           "Dekkend aanbod: voor ieder kind is er een passende plek, zonder thuiszitters.",
           "Ondersteuningsaanbod: alle voorzieningen van basisondersteuning tot so.",
           "TLV: toelaatbaarheidsverklaring, af te geven door de Commissie van Toelaatbaarheid binnen zes "
           "weken, op advies van twee deskundigen.",
           "Verdeelmodel: de regels voor het verdelen van de middelen over de besturen."]),
    ]
    label = dict(
        documents=["po-duinbollenrand-2026.md"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"terugstroom": ["monitoring"], "financien": ["reserves"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' only says the old level is outdated, a new level follows in 2026-2027 in the Handboek, and refers to the schoolgids; the concrete definition/examples are only in the begrippenlijst.",
            "plaatsing": "Ch. 'Toelaatbaarheid' restates the legal task and refers to the website page 'TLV aanvragen'; CvT, six weeks and two deskundigen appear only in the begrippenlijst. TLV mentions in the terugplaatsing chapter (new TLV before 1 April) belong to terugstroom and do not describe the toelaatbaarheid procedure or criteria.",
            "terugstroom": "Ch. 'Terug naar de basisschool': aim thuisnabij, condition, terugkeerarrangement (beleid) and October/January/March/April steps with decision-makers and June evaluation (procedure).",
            "financien": "Ch. 'Begroting': meerjarenbegroting 2026-2029 with amounts (besteding); the verdeelmodel is under revision and refers to the previous plan, so no procedure/criteria for verdeling; 'Middelen naar schoolbesturen' is an amount without criteria; reserve remark.",
            "dekkend-aanbod": "Nothing of substance: 'Onze scholen' only lists member schools and concepts; OOGO chapter is procedural; thuiszitters deferred to jaarplan 2027; visie/context mention partners in passing; definitions only in the begrippenlijst.",
            "resultaten": "Ch. 'Resultaten en monitoring': streefwaarden deferred until after a nulmeting in 2026-2027 (doelen not addressed); indicators, half-yearly dashboard, jaarverslag and 2028 evaluation (monitoring).",
            "ouders": "Ch. 'Ouders': information channels 'in voorbereiding ... in de loop van 2027' (informatie not addressed); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie (steunpunt); OPR half parents and parents in the terugkeer conversation (betrokkenheid)."})
    return p, b, label


# ---------------------------------------------------------------------------
# F: near-miss, a school's ondersteuningsprofiel (not an SWV plan), .docx
# ---------------------------------------------------------------------------


def near_miss():
    b = []
    b.append(TOC(["1 Inleiding", "2 Onze school en onze leerlingen", "3 Basisondersteuning op De Vlinderboom",
                  "4 Extra ondersteuning en arrangementen", "5 Toelaatbaarheid sbo/so en terugplaatsing",
                  "6 Ouders", "7 Middelen", "8 Resultaten", "9 Ambities 2025-2026"]))
    b += [
        H1("Inleiding"),
        P("Dit is het schoolondersteuningsprofiel (SOP) van basisschool De Vlinderboom in Valkenhorst, "
          "onderdeel van Stichting Katholiek Primair Onderwijs Valkenhorst en aangesloten bij Stichting Passend "
          "Onderwijs Kempenheide (PO 30-09). In het SOP beschrijven wij welke ondersteuning onze school biedt. "
          "Het SOP wordt elk jaar door het team geactualiseerd en is besproken in de medezeggenschapsraad van "
          "de school op 30 september 2025. Het ondersteuningsplan van het samenwerkingsverband is leidend; dit "
          "profiel is de uitwerking voor onze eigen school."),
        H1("Onze school en onze leerlingen"),
        P("De Vlinderboom telt 312 leerlingen in 13 groepen. Ongeveer 18 procent van de leerlingen heeft een "
          "leerlinggewicht. Wij werken met het model van de 1-zorgroute en handelingsgericht werken. Het team "
          "bestaat uit 24 medewerkers, onder wie twee intern begeleiders (samen 1,2 fte), een "
          "gedragsspecialist en een rekencoördinator."),
        P("In de afgelopen drie jaar is de populatie veranderd: meer leerlingen met taalachterstand en meer "
          "leerlingen met vragen op het gebied van concentratie en gedrag. Dat vraagt iets van onze "
          "groepsleerkrachten, die wij daarom scholen in trauma-sensitief lesgeven."),
        H1("Basisondersteuning op De Vlinderboom"),
        P("Onze school voldoet aan de standaarden van het Kempenheide-minimum. Concreet betekent dit voor "
          "onze leerlingen: groepsbesprekingen drie keer per jaar, leerlingbesprekingen met de intern "
          "begeleider, een ondersteuningsteam dat zes keer per jaar bijeenkomt, een dyslexieprotocol, de "
          "Kanjertraining in alle groepen, een plusgroep voor meerbegaafde leerlingen in groep 5 tot en met "
          "8, en een prikkelarme werkplek in iedere bouw."),
        P("De zorgniveaus op onze school: niveau 1 is goed onderwijs in de groep; niveau 2 extra zorg in de "
          "groep door de leerkracht; niveau 3 speciale zorg na intern overleg met de intern begeleider; "
          "niveau 4 speciale zorg met externe deskundigen; niveau 5 verwijzing naar het speciaal "
          "(basis)onderwijs."),
        H1("Extra ondersteuning en arrangementen"),
        P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, vraagt de intern begeleider via de "
          "consulent van het samenwerkingsverband een arrangement aan. Onze school heeft dit schooljaar vier "
          "individuele arrangementen en één groepsarrangement voor taal. Grenzen van onze ondersteuning liggen "
          "bij leerlingen die één-op-één begeleiding gedurende de hele dag nodig hebben en bij ernstige "
          "fysieke agressie."),
        H1("Toelaatbaarheid sbo/so en terugplaatsing"),
        P("Als onze school niet meer kan bieden wat een leerling nodig heeft, vraagt het schoolbestuur bij het "
          "samenwerkingsverband een toelaatbaarheidsverklaring aan. De procedure en de criteria staan in het "
          "ondersteuningsplan van Kempenheide. Wij bereiden de aanvraag voor in een multidisciplinair overleg "
          "met ouders. Leerlingen die van het sbo terugkeren, ontvangen wij graag; wij maken dan een "
          "instroomplan met de sbo-school."),
        H1("Ouders"),
        P("Ouders zijn partners in de ondersteuning van hun kind. Bij zorgen nemen de leerkracht of de intern "
          "begeleider contact op met ouders; ouders worden betrokken bij ieder groeidocument en "
          "ontwikkelingsperspectief. Informatie over passend onderwijs vinden ouders in de schoolgids en op "
          "de website van het samenwerkingsverband. Voor klachten hanteren wij de klachtenregeling van het "
          "bestuur; ouders kunnen ook terecht bij de vertrouwenspersoon."),
        H1("Middelen"),
        P("Onze school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband. Dit schooljaar "
          "zetten wij het in voor 0,4 fte onderwijsassistentie, de plusgroep en scholing van het team. "
          "Arrangementen worden apart door het samenwerkingsverband bekostigd."),
        H1("Resultaten"),
        P("De eindtoetsresultaten van groep 8 lagen in 2025 op het niveau van de signaleringswaarde voor "
          "fundamentele niveaus. Van de leerlingen met een ontwikkelingsperspectief haalde 80 procent de "
          "tussendoelen. In 2024-2025 zijn twee leerlingen naar het sbo en één naar het so verwezen."),
        H1("Ambities 2025-2026"),
        B(["Invoeren van een aanpak voor executieve functies in de bovenbouw.",
           "Uitbreiden van het taalaanbod voor nieuwkomers in samenwerking met de taalklas van het bestuur.",
           "Versterken van de samenwerking met de jeugdverpleegkundige en het wijkteam."]),
    ]
    label = dict(
        documents=["sop-vlinderboom-2025.docx"], sector="po", looks_like_plan=False,
        elements={}, criteria={},
        notes={"document": "A single school's schoolondersteuningsprofiel (SOP) of basisschool De Vlinderboom, "
                           "adopted by the school's MR; it describes zorgniveaus, arrangements, parents and "
                           "budget for one school and refers to the ondersteuningsplan of SWV Kempenheide. No "
                           "planperiode of a verband, no OPR consent, no OOGO: not an ondersteuningsplan of a "
                           "samenwerkingsverband."})
    return b, label


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def write_label(label, name):
    path = OUT / (name + ".expected.yaml")
    order = ["documents", "sector", "looks_like_plan", "elements", "criteria", "advisory_addressed", "notes"]
    lines = []
    for key in order:
        if key not in label:
            continue
        val = label[key]
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
                for k, v in val.items():
                    lines.append(f"  {k}: {'true' if v else 'false'}")
        elif key == "advisory_addressed":
            lines.append("advisory_addressed:" + ("" if val else " {}"))
            for k, v in val.items():
                lines.append(f"  {k}: [" + ", ".join(v) + "]")
        elif key == "notes":
            lines.append("notes:")
            for k, v in val.items():
                lines.append(f"  {k}: " + yaml.safe_dump(v, allow_unicode=True, width=10000,
                                                         default_style='"').strip())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def title_of(p):
    return f"Ondersteuningsplan {p['periode']}", f"{p['naam']} ({p['code']}) - vastgesteld {p['vaststelling']}"


def main():
    results = []
    for fn, stem, fmt in [(plan_a, "po-lingewaarden-2026", "docx"), (plan_b, "vo-ijsselvecht-2026", "docx"),
                          (plan_c, "po-kempenheide-2026", "pdf"), (plan_d, "vo-rivierenweide-2026", "pdf"),
                          (plan_e, "po-duinbollenrand-2026", "md")]:
        p, blocks, label = fn()
        title, subtitle = title_of(p)
        header = f"{p['kort']} | Ondersteuningsplan {p['periode']} | basisondersteuning - toelaatbaarheid - " \
                 f"terugplaatsing - financiën - resultaten - ouders"
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, path, title, subtitle, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, title, subtitle, header)
        else:
            write_md(blocks, path, title, subtitle)
        assert label["documents"] == [path.name], (label["documents"], path.name)
        write_label(label, stem)
        results.append((path.name, words(blocks)))
    blocks, label = near_miss()
    path = OUT / "sop-vlinderboom-2025.docx"
    write_docx(blocks, path, "Schoolondersteuningsprofiel 2025-2026",
               "Basisschool De Vlinderboom, Valkenhorst", "SOP De Vlinderboom 2025-2026")
    write_label(label, "sop-vlinderboom-2025")
    results.append((path.name, words(blocks)))
    for name, n in results:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
