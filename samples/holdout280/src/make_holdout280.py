#!/usr/bin/env python3
"""Generate the holdout280 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss
document (a school's schoolondersteuningsprofiel), each with a label file.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from the .docx with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
# ("bullets", [..]) ("table", [[header...], [row...], ...]) ("toc", None)
# ---------------------------------------------------------------------------


def headings(blocks):
    out = []
    n1 = 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1
            out.append(val)
        elif kind == "h2":
            out.append("    " + val)
    return out


def render_docx(blocks, path, header_text, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text or (header_text.split(" | ")[0] + " | concept voor OPR en OOGO")
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for h in headings(blocks):
                doc.add_paragraph(h)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
    doc.save(str(path))


def render_md(blocks, path):
    lines = []
    for kind, val in blocks:
        if kind == "title":
            lines += ["# " + val, ""]
        elif kind == "subtitle":
            lines += ["*" + val + "*", ""]
        elif kind == "pagebreak":
            lines += ["---", ""]
        elif kind == "toc":
            lines += ["## Inhoud", ""]
            for h in headings(blocks):
                ind = "  " if h.startswith("    ") else ""
                lines.append(ind + "- " + h.strip())
            lines.append("")
        elif kind == "h1":
            lines += ["## " + val, ""]
        elif kind == "h2":
            lines += ["### " + val, ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "bullets":
            lines += ["- " + b for b in val] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout280_pdf_"))
    try:
        profile = tmp / "lo_profile"
        src = tmp / (pdf_path.stem + ".docx")
        shutil.copy(docx_path, src)
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=file://" + str(profile),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("title", "subtitle", "h1", "h2", "p"):
            n += len(val.split())
        elif kind == "bullets":
            n += sum(len(b.split()) for b in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
    return n


# ---------------------------------------------------------------------------
# Shared filler (the prose real plans are padded with). Each function returns
# blocks. Fillers are written so that they do NOT address any core criterion;
# the ones that touch an advisory criterion or a core criterion are marked and
# only used where the label accounts for it.
# ---------------------------------------------------------------------------


def f_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds "
              f"de invoering van passend onderwijs in 2014, en het eerste dat wij schrijven na de grote "
              f"evaluatie van het stelsel en de Verbeteraanpak van het ministerie. Dat is te merken: het plan "
              f"is korter dan zijn voorgangers, het praat minder over structuren en meer over wat er in de "
              f"klas gebeurt. Tegelijk blijft het een formeel document dat wettelijk verplicht is en waar de "
              f"ondersteuningsplanraad mee moet instemmen."),
        ("p", f"In de afgelopen maanden hebben wij gesprekken gevoerd met directeuren, intern begeleiders, "
              f"leerkrachten, ouders, jeugdprofessionals en wethouders. Die gesprekken waren soms ongemakkelijk "
              f"en vaak inspirerend. Wij hebben gehoord dat de werkdruk in de scholen hoog is, dat de "
              f"wachtlijsten in de jeugdhulp nog steeds te lang zijn, en dat er grote behoefte is aan minder "
              f"papier en meer handen in de klas. Wij danken iedereen die heeft meegedacht; veel van de "
              f"opmerkingen zijn letterlijk in dit plan terechtgekomen."),
        ("p", f"Passend onderwijs is geen project dat ooit af is. Het is een manier van werken waarin scholen, "
              f"besturen en partners elkaar steeds opnieuw opzoeken. Dit plan geeft daarvoor de kaders voor de "
              f"komende vier schooljaren. Wij hopen dat het een werkdocument wordt en geen papier dat in een la "
              f"verdwijnt."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder {c['kort']}"),
    ]


def f_inleiding(c, oogo=True):
    na_oogo = " en na op overeenstemming gericht overleg met de gemeenten in onze regio" if oogo else ""
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Dit ondersteuningsplan beschrijft hoe {c['kort']} de komende planperiode invulling geeft aan de "
              f"opdracht uit de wet. Het plan is vastgesteld door het bestuur van het samenwerkingsverband, na "
              f"instemming van de ondersteuningsplanraad (OPR){na_oogo}. Het plan geldt van 1 augustus {c['start']} tot en met 31 juli {c['eind']}."),
        ("p", "De hoofdstukken volgen grofweg de onderwerpen die de wet voorschrijft, maar niet altijd in dezelfde "
              "volgorde en niet altijd onder dezelfde naam. Wie iets zoekt over geld, over ouders of over de "
              "overstap naar een speciale school, doet er goed aan de inhoudsopgave te gebruiken en ook de "
              "hoofdstukken ervoor en erna door te bladeren. Waar in de tekst begrippen worden gebruikt die niet "
              "voor iedereen vanzelfsprekend zijn, verwijzen wij naar de begrippenlijst achter in dit document."),
        ("p", "Het plan is geschreven voor meerdere lezers tegelijk: schoolbesturen en directies, die er de "
              "afspraken in terugvinden; de leden van de OPR, die erover moeten oordelen; de gemeenten, met wie "
              "wij samenwerken; de inspectie, die het plan toetst; en niet in de laatste plaats ouders en "
              "leerkrachten. Wij hebben geprobeerd het plan leesbaar te houden. Dat is niet overal gelukt, omdat "
              "een aantal onderwerpen nu eenmaal technisch is."),
    ]


def f_context(c):
    return [
        ("h1", "Ons samenwerkingsverband in cijfers"),
        ("p", f"{c['naam']} (registratienummer {c['code']}) omvat het grondgebied van {c['gemeenten']}. "
              f"In het verband werken {c['besturen']} schoolbesturen samen. Zij zijn samen verantwoordelijk voor "
              f"{c['scholen']} en bedienen op de teldatum van 1 oktober 2024 in totaal {c['leerlingen']} leerlingen."),
        ("p", f"De regio kent een gemengd karakter. Naast een stedelijke kern met enkele grote scholen liggen er "
              f"dorpen waar de school een van de laatste voorzieningen is. De leerlingaantallen dalen licht; de "
              f"prognose van de gemeenten gaat uit van een krimp van ongeveer {c['krimp']} procent in de komende "
              f"tien jaar, met grote verschillen tussen de kernen. Het aantal nieuwkomers schommelt sterk met de "
              f"opvang in de regio."),
        ("table", [["Kengetal (1 oktober 2024)", "Aantal"],
                   ["Schoolbesturen", str(c["besturen"])],
                   ["Leerlingen totaal", c["leerlingen"]],
                   ["Gemeenten in het werkgebied", str(c["n_gem"])],
                   ["Medewerkers bureau samenwerkingsverband (fte)", c["fte"]]]),
        ("p", "De cijfers in deze tabel zijn ontleend aan de teldata van DUO en aan de eigen registratie van het "
              "bureau. Ze zijn bedoeld om de omvang en het karakter van het verband te schetsen en vormen geen "
              "onderdeel van de afspraken in dit plan."),
    ]


def f_visie(c):
    return [
        ("h1", "Visie en missie"),
        ("h2", "Waar wij voor staan"),
        ("p", "Wij geloven dat ieder kind erbij hoort. Kinderen leren van elkaar, ook en juist wanneer ze "
              "verschillen. Een school is meer dan een plek waar kennis wordt overgedragen; het is een "
              "gemeenschap waarin kinderen leren samenleven. Passend onderwijs betekent voor ons dat de school "
              "zich aanpast aan het kind, en niet andersom. Dat vraagt om leerkrachten die zich gesteund voelen, "
              "om teams die van elkaar leren en om besturen die over de grenzen van hun eigen organisatie heen "
              "kijken."),
        ("p", "Wij kiezen voor nabijheid. Ondersteuning hoort zo dicht mogelijk bij het kind georganiseerd te "
              "worden: in de eigen groep, op de eigen school, in de eigen wijk. Pas wanneer dat echt niet lukt, "
              "zoeken we verder. Daarbij kijken we naar wat een kind nodig heeft en niet naar wat het mankeert. "
              "Een label of diagnose is geen toegangskaartje en ook geen voorwaarde."),
        ("p", "Wij kiezen voor vertrouwen. De professionals in de scholen weten het best wat er nodig is. Het "
              "samenwerkingsverband is er om hen te faciliteren, niet om hen te controleren. Dat betekent ook dat "
              "wij de administratieve lasten zo laag mogelijk houden en dat wij middelen zo veel mogelijk laten "
              "landen waar het werk gebeurt."),
        ("h2", "Missie"),
        ("p", f"{c['kort']} verbindt scholen, besturen en partners zodat ieder kind in de regio een plek heeft "
              "waar het zich veilig voelt en kan leren. Wij doen dat door kennis te delen, door samen "
              "verantwoordelijkheid te nemen en door te blijven leren van wat goed gaat en wat beter kan."),
    ]


def f_terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond voor een belangrijk deel in het teken van de coronacrisis en de "
              "nasleep daarvan. Scholen hadden hun handen vol aan het opvangen van achterstanden en aan het "
              "welbevinden van kinderen. Veel van de plannen die wij in het vorige ondersteuningsplan hadden "
              "opgeschreven, zijn daardoor later of anders uitgevoerd dan bedoeld."),
        ("p", "Organisatorisch is er veel veranderd. Het bureau van het samenwerkingsverband is verhuisd naar een "
              "kleiner pand, het bestuursmodel is aangepast aan de code goed bestuur en de samenwerking met de "
              "gemeenten is ondergebracht in een vast overlegritme. De werkgroep die de nieuwe planperiode "
              "voorbereidde, heeft elf keer vergaderd en twee bijeenkomsten met intern begeleiders "
              "georganiseerd. De opbrengst van die bijeenkomsten is verwerkt in de hoofdstukken hierna."),
        ("p", "Een les uit de afgelopen jaren is dat afspraken op papier pas werken wanneer ze in de scholen "
              "worden herkend. Wij hebben daarom ervoor gekozen de tekst van dit plan in concept voor te leggen "
              "aan alle teams, en niet alleen aan de directies. De reacties waren talrijk en soms kritisch, en "
              "we zijn daar dankbaar voor."),
    ]


def f_governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['kort']} is een {c['rechtsvorm']} waarin de aangesloten schoolbesturen samenwerken. De "
              f"statuten zijn laatstelijk gewijzigd in 2022. Het verband kent een scheiding tussen bestuur en "
              f"intern toezicht: de directeur-bestuurder vormt het bestuur, de {c['toezicht']} houdt toezicht. De "
              f"{c['toezicht']} bestaat uit vertegenwoordigers van de aangesloten besturen en twee onafhankelijke "
              f"leden, van wie een de voorzitter is."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
              "controller, een secretaresse en een team van orthopedagogen en onderwijsspecialisten. Het bureau "
              "is bewust klein gehouden: het samenwerkingsverband voert geen onderwijs uit en heeft geen eigen "
              "scholen. De expertise die het bureau heeft, staat in dienst van de scholen."),
        ("p", "Het intern toezicht vergadert zes keer per jaar. Eens per jaar evalueert het intern toezicht het "
              "eigen functioneren en dat van de directeur-bestuurder. Er is een auditcommissie die de begroting en "
              "de jaarrekening voorbespreekt, en een remuneratiecommissie. De reglementen van de commissies zijn "
              "op verzoek beschikbaar."),
        ("p", "Naast de formele organen kent het verband een directeurenoverleg, waarin per cluster van scholen "
              "een directeur zitting heeft, en een netwerk van intern begeleiders dat vier keer per jaar bijeenkomt. "
              "Deze overleggen hebben geen formele bevoegdheden, maar zijn voor de dagelijkse praktijk van groot "
              "belang. Hier worden knelpunten gesignaleerd en wordt kennis gedeeld."),
        ("p", "Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad. Afwijkingen van de code "
              "worden gemotiveerd. Integriteit, openheid en het voorkomen van belangenverstrengeling zijn vaste "
              "onderwerpen op de agenda van het intern toezicht. Nevenfuncties van bestuur en toezicht zijn "
              "openbaar."),
    ]


def f_opr(c, ouder_rol):
    blocks = [("h1", "Medezeggenschap")]
    if ouder_rol:
        blocks.append(("p", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR telt "
                            f"{c['opr']} leden: de helft is ouder van een leerling op een van de aangesloten "
                            f"scholen, de andere helft is personeelslid. Zij worden afgevaardigd door de "
                            f"medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en "
                            f"op wijzigingen daarvan. Via de oudergeleding brengen ouders hun ervaringen in: de "
                            f"oudervertegenwoordigers halen twee keer per jaar signalen op bij de "
                            f"medezeggenschapsraden en bespreken die met de directeur-bestuurder."))
    else:
        blocks.append(("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR), die instemmingsrecht "
                            "heeft op het ondersteuningsplan. De OPR vergadert ongeveer vijf keer per jaar, "
                            "waarvan twee keer met de directeur-bestuurder. De OPR heeft een eigen budget voor "
                            "scholing en ondersteuning en laat zich bijstaan door een ambtelijk secretaris."))
    blocks += [
        ("p", "De samenwerking met de OPR is in de afgelopen periode verbeterd. Er is een jaarplanning van "
              "onderwerpen, stukken worden tijdig aangeleverd en er is ruimte voor informeel overleg voordat "
              "een formeel besluit voorligt. De OPR heeft bij de voorbereiding van dit plan een eigen "
              "werkgroep ingesteld, die de concepten van commentaar voorzag."),
        ("p", "Naast de OPR heeft het samenwerkingsverband als rechtspersoon een eigen medezeggenschapsraad voor "
              "het personeel van het bureau. Deze raad is klein en vergadert naar behoefte."),
    ]
    return blocks


def f_oogo(c):
    # touches dekkend-aanbod.ketenpartners (advisory); no thuiszitters content
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten "
              f"{c['gemeenten']}. Het OOGO is vastgelegd in een convenant dat de procedure, de planning en de "
              f"wijze van geschilbeslechting beschrijft. Op bestuurlijk niveau spreken de directeur-bestuurder "
              f"en de wethouders onderwijs en jeugd elkaar twee keer per jaar; ambtelijk is er maandelijks overleg."),
        ("p", "Gezamenlijke thema's in deze planperiode zijn de aansluiting tussen de ondersteuning op school en "
              "de jeugdhulp, het leerlingenvervoer, de onderwijshuisvesting van voorzieningen en de overgang van "
              "primair naar voortgezet onderwijs. De gemeenten hebben per wijk een jeugdteam met een vast "
              "aanspreekpunt voor de scholen. Voor kinderen die zowel onderwijs als zorg nodig hebben, stellen "
              "school, jeugdhulp en gemeente samen een onderwijs-zorgarrangement op, waarin staat wie wat doet "
              "en wie de regie heeft."),
        ("p", "De resultaten van het OOGO worden vastgelegd in een verslag dat door beide partijen wordt "
              "ondertekend. Het verslag van het OOGO over dit plan is besproken in het bestuurlijk overleg van "
              "februari."),
    ]


def f_ontwikkelingen(c):
    return [
        ("h1", "Landelijke en regionale ontwikkelingen"),
        ("p", "Dit plan is geschreven in een periode waarin veel in beweging is. Het kabinet heeft de ambitie "
              "uitgesproken om het onderwijs in 2035 inclusiever te maken, waarbij regulier en speciaal onderwijs "
              "meer samen optrekken. Hoe die ambitie wordt uitgewerkt, is nog niet duidelijk. Wij volgen de "
              "landelijke discussie en nemen deel aan de regionale tafels die daarover worden georganiseerd, "
              "maar wij lopen er in dit plan niet op vooruit."),
        ("p", "Ook de discussie over een landelijke norm voor basisondersteuning raakt ons. Als die norm er komt "
              "en een wettelijke status krijgt, zal het samenwerkingsverband de eigen afspraken daarop moeten "
              "aanpassen. Tot die tijd blijven de afspraken in dit plan van kracht. Verder zien wij dat de "
              "vraag naar ondersteuning verandert: er zijn meer jonge kinderen met een taalachterstand, meer "
              "kinderen met angst- en stemmingsklachten en meer kinderen die door de krapte in de jeugdhulp "
              "langer op een wachtlijst staan. Scholen merken dat dagelijks."),
        ("p", "In de regio is de samenwerking tussen de besturen de laatste jaren hechter geworden. Besturen delen "
              "vacatures, organiseren gezamenlijke studiedagen en maken afspraken over de spreiding van "
              "voorzieningen over de kernen. Tegelijk blijft ieder bestuur verantwoordelijk voor de eigen scholen. "
              "Het samenwerkingsverband ziet het als zijn taak om die samenwerking te ondersteunen zonder de "
              "verantwoordelijkheid van de besturen over te nemen."),
        ("p", f"Tot slot wijzen wij op de overgang {c.get('overgang', 'naar het voortgezet onderwijs')}. Met het "
              f"{c.get('partner', 'samenwerkingsverband voor voortgezet onderwijs')} in de regio is afgesproken dat "
              "de besturen elkaar twee keer per jaar spreken over de overdracht van leerlingen, over de procedure "
              "rond het schooladvies en over leerlingen die in de overgang extra aandacht nodig hebben."),
    ]


def f_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort raakt ook onze regio. Vooral in de stedelijke kern staan er klassen zonder "
              "bevoegde leerkracht, en intern begeleiders worden regelmatig ingezet voor lesgevende taken. Dat "
              "heeft gevolgen voor de ondersteuning: wie voor de klas staat, kan niet tegelijk een "
              "leerlingbespreking voorbereiden. Het samenwerkingsverband kan het tekort niet oplossen, maar kan "
              "wel helpen de beschikbare mensen zo goed mogelijk in te zetten."),
        ("p", "Het verband biedt een scholingsaanbod voor leerkrachten, intern begeleiders en onderwijsassistenten. "
              "Onderwerpen zijn onder meer het lezen van gedrag, het werken met een ontwikkelingsperspectief, "
              "traumasensitief lesgeven en het signaleren van meer- en hoogbegaafdheid. Het aanbod wordt elk "
              "voorjaar opnieuw vastgesteld op basis van de vragen uit het netwerk van intern begeleiders."),
        ("p", "Daarnaast investeert het verband in de eigen medewerkers. De orthopedagogen en "
              "onderwijsspecialisten van het bureau volgen jaarlijks intervisie en werken met een persoonlijk "
              "ontwikkelplan. Wij willen een aantrekkelijke werkgever zijn voor professionals die tussen school "
              "en zorg willen werken, een functie die in de regio schaars is."),
        ("p", "In de komende planperiode verkennen wij met de besturen of een gezamenlijke invalpool voor "
              "onderwijsassistenten haalbaar is. De uitkomst van die verkenning is niet in dit plan verwerkt."),
    ]


def f_ict(c):
    return [
        ("h1", "ICT, gegevensbescherming en administratie"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en "
              "adviezen. Wij doen dat volgens de Algemene verordening gegevensbescherming (AVG) en de bepalingen "
              "in de onderwijswetgeving. Het verband heeft een functionaris gegevensbescherming die wordt gedeeld "
              "met enkele andere samenwerkingsverbanden. Er is een privacyreglement en een register van "
              "verwerkingen."),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen hebben "
              "daartoe een eigen account; toegang is persoonsgebonden en wordt jaarlijks gecontroleerd. Dossiers "
              "worden niet langer bewaard dan de wettelijke termijn. Datalekken worden gemeld bij de functionaris "
              "gegevensbescherming en zo nodig bij de Autoriteit Persoonsgegevens."),
        ("p", "In de komende periode vervangen wij het huidige registratiesysteem. Het huidige systeem is "
              "verouderd en sluit niet goed aan op de leerlingadministratiesystemen van de scholen. De aanbesteding "
              "vindt plaats in samenwerking met twee naburige samenwerkingsverbanden."),
    ]


def f_kwaliteit(c):
    # touches resultaten.monitoring: only used where the label counts it
    return [
        ("h1", "Kwaliteitszorg"),
        ("p", "Het samenwerkingsverband werkt met een jaarcyclus van plannen, uitvoeren, evalueren en bijstellen. "
              "Het ondersteuningsplan wordt elk jaar vertaald in een jaarplan met activiteiten. In het voorjaar "
              "bespreekt het bestuur een tussenrapportage; in het najaar verschijnt het jaarverslag, waarin wij "
              "verantwoorden wat er van het jaarplan is gerealiseerd. De OPR en het intern toezicht ontvangen "
              "beide documenten."),
    ]


def f_thuiszitters(c):
    # addresses dekkend-aanbod.lacunes
    return [
        ("h2", "Thuiszitters en kinderen zonder passende plek"),
        ("p", "Elke leerling die langer dan vier weken niet of slechts gedeeltelijk naar school gaat, wordt door "
              "de school binnen een week gemeld bij het samenwerkingsverband en bij de leerplichtambtenaar. "
              "Het thuiszittersoverleg, waarin het verband, leerplicht en het jeugdteam zitten, bespreekt iedere "
              "melding binnen twee weken en spreekt af wie de regie neemt. Als school en ouders er samen niet "
              "uitkomen, benoemt de directeur-bestuurder een casusregisseur met doorzettingsmacht. Lukt het niet "
              "om binnen het bestaande aanbod een plek te vinden, dan richt het verband een tijdelijk "
              "maatwerktraject in en bespreekt het ontbrekende aanbod in het eerstvolgende OOGO."),
    ]


def f_planning(c):
    return [
        ("h1", "Planning van de planperiode"),
        ("p", "Onderstaande planning geeft de belangrijkste mijlpalen weer. De planning is indicatief; het jaarplan "
              "is leidend."),
        ("table", [["Schooljaar", "Belangrijkste activiteiten"],
                   [f"{c['start']}-{c['start']+1}", "Invoering nieuw registratiesysteem; start scholingsaanbod; evaluatie convenant OOGO"],
                   [f"{c['start']+1}-{c['start']+2}", "Tussentijdse evaluatie ondersteuningsplan met OPR; verkenning invalpool"],
                   [f"{c['start']+2}-{c['start']+3}", "Onderzoek naar huisvesting bureau; actualisatie privacyreglement"],
                   [f"{c['start']+3}-{c['eind']}", "Voorbereiding volgend ondersteuningsplan"]]),
    ]


def f_vaststelling(c, oogo=True):
    parts = [f"Het concept van dit plan is op {c['d_concept']} aangeboden aan de OPR."]
    if oogo:
        parts.append(f"Het OOGO met de gemeenten is gevoerd op {c['d_oogo']}.")
    parts.append(f"De OPR heeft op {c['d_opr']} ingestemd. Het bestuur heeft het plan vastgesteld op "
                 f"{c['d_vast']}, waarna het is toegezonden aan de inspectie van het onderwijs.")
    return [("h1", "Totstandkoming en vaststelling"), ("p", " ".join(parts))]


BEGRIPPEN = [
    ["Begrip", "Betekenis"],
    ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
    ["Basisondersteuning", "De ondersteuning die alle scholen van het samenwerkingsverband bieden."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft."],
    ["Meerjarenbegroting", "De begroting voor de komende vier jaren."],
    ["Ondersteuningsplanraad", "Medezeggenschapsorgaan van het samenwerkingsverband, bestaande uit ouders en personeel."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over onderwijs en ondersteuning."],
    ["Terugplaatsing", "De overstap van een leerling van het speciaal (basis)onderwijs naar het regulier onderwijs."],
    ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so."],
    ["Verdeelmodel", "De regels volgens welke middelen worden verdeeld."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."],
]

AFKORTINGEN = [
    ["Afkorting", "Voluit"],
    ["IB", "Intern begeleider"], ["MDO", "Multidisciplinair overleg"], ["OJSP", "Ouder- en jeugdsteunpunt"],
    ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectief(plan)"],
    ["OPR", "Ondersteuningsplanraad"], ["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"],
    ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"],
]


def f_bijlagen(vo=False):
    beg = [r[:] for r in BEGRIPPEN]
    afk = [r[:] for r in AFKORTINGEN]
    if vo:
        beg[8][1] = "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."
        beg[9][1] = "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso of pro."
        afk += [["LWOO", "Leerwegondersteunend onderwijs"], ["PrO", "Praktijkonderwijs"],
                ["VSO", "Voortgezet speciaal onderwijs"]]
    return [("h1", "Bijlage: begrippenlijst"), ("table", beg),
            ("h1", "Bijlage: lijst van afkortingen"), ("table", afk)]


# ---------------------------------------------------------------------------
# Plan 1: large PO verband, Word + PDF
# ---------------------------------------------------------------------------
C1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Zuidwaard", kort="SWV Zuidwaard",
          code="PO 27-09", periode="2026-2030", start=2026, eind=2030,
          gemeenten="Zuidwaard, Oosthaven, Meerdijk, Lindeloo en Bredevoort-Zuid", n_gem=5,
          besturen=14, scholen="97 basisscholen, 3 scholen voor speciaal basisonderwijs en 4 so-locaties",
          leerlingen="21.480", krimp=6, fte="11,4", bestuurder="drs. M. (Marieke) van Loon",
          rechtsvorm="stichting", toezicht="raad van toezicht", opr=16,
          d_concept="14 januari 2026", d_oogo="3 februari 2026", d_opr="24 februari 2026",
          d_vast="10 maart 2026")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['naam']} ({c['code']}) - samen zorgen voor passend onderwijs in de regio"),
         ("subtitle", "Versie voor instemming OPR en OOGO, januari 2026"),
         ("pagebreak", None), ("toc", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [
        ("h1", "Ondersteuning in de scholen"),
        ("h2", "Het Zuidwaards profiel basisondersteuning"),
        ("p", "De veertien besturen hebben afgesproken dat iedere vestiging van een aangesloten basisschool, ook "
              "de kleinste dorpsschool met twee combinatiegroepen, ten minste het hieronder beschreven niveau "
              "van basisondersteuning biedt. Dit is de gezamenlijke ondergrens: een school mag meer bieden, maar "
              "nooit minder. Het profiel is op 12 maart 2025 door het bestuur vastgesteld en geldt voor de hele "
              "planperiode. Ouders mogen op iedere school in Zuidwaard het volgende verwachten, zonder aanvraag "
              "bij het samenwerkingsverband en zonder diagnose:"),
        ("bullets", [
            "een intern begeleider met een post-hbo-opleiding, met ten minste 0,4 fte per 200 leerlingen, die "
            "leerkrachten coacht en de leerlingbesprekingen leidt;",
            "vier keer per jaar een groepsbespreking en twee keer per jaar een leerlingbespreking per groep, "
            "volgens de werkwijze handelingsgericht werken;",
            "het protocol leesproblemen en dyslexie, inclusief een intensieve leesinterventie van ten minste "
            "drie keer twintig minuten per week voor leerlingen die onder niveau lezen;",
            "een aanbod voor rekenen op drie niveaus en een verrijkingsaanbod voor leerlingen die meer aankunnen;",
            "een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of Kanjertraining) met "
            "een jaarlijkse monitor sociale veiligheid;",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een of meer vakken een eigen "
            "leerlijn volgt, opgesteld binnen zes weken na het besluit daartoe en twee keer per jaar geëvalueerd "
            "met ouders;",
            "toegang tot de schoolcontactpersoon van het samenwerkingsverband, een orthopedagoog die "
            "ten minste zes keer per jaar op school is voor consultatie;",
            "een multidisciplinair overleg (MDO) binnen vier weken nadat school of ouders daarom vragen;",
            "fysiek toegankelijke lokalen op de begane grond of met een lift of traplift binnen zes maanden na "
            "aanmelding van een leerling met een motorische beperking.",
        ]),
        ("p", "Scholen beschrijven in hun schoolgids hoe zij deze basisondersteuning op hun eigen locatie "
              "invullen. Eens in de twee jaar voert een team van het samenwerkingsverband met de school een "
              "audit uit aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een school op een of "
              "meer onderdelen niet, dan maakt het bestuur van de school binnen drie maanden een verbeterplan, "
              "dat het samenwerkingsverband na een half jaar opnieuw toetst."),
        ("h2", "Extra ondersteuning en arrangementen"),
        ("p", "Waar de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Die bestaat "
              "in Zuidwaard uit drie lagen. In de eerste laag zet de school uit het eigen schoolbudget extra "
              "handen of expertise in, bijvoorbeeld een onderwijsassistent of een taalklas. In de tweede laag "
              "vraagt de school een arrangement aan bij het samenwerkingsverband: een tijdelijk pakket van "
              "begeleiding, materialen of inzet van een specialist, met een looptijd van maximaal een schooljaar. "
              "In de derde laag gaat het om bovenschoolse voorzieningen: de observatiegroep De Kade voor jonge "
              "kinderen met een onduidelijke ondersteuningsbehoefte, de plusklassen voor hoogbegaafde leerlingen "
              "op vier locaties, de taalschakelklas voor nieuwkomers en uiteindelijk het speciaal basisonderwijs "
              "en het speciaal onderwijs."),
        ("p", "Samen vormen deze lagen het dekkende aanbod van Zuidwaard. Het aanbod is niet statisch. Elk jaar "
              "inventariseert het bureau met de besturen welke vragen onbeantwoord bleven en welke voorzieningen "
              "te vol of te leeg waren."),
    ]
    b += f_thuiszitters(c)
    b += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar "
              "de leerling staat ingeschreven, of bij een nieuwe leerling de school van aanmelding. Voorafgaand "
              "aan de aanvraag vindt een MDO plaats met ouders, school, de schoolcontactpersoon en zo nodig het "
              "jeugdteam. De school dient de aanvraag in via het digitale loket, met het OPP, een verslag van het "
              "MDO, de handelingsplannen van ten minste de laatste twee evaluatieperioden en de zienswijze van "
              "de ouders."),
        ("h2", "Beoordeling en besluit"),
        ("p", "De commissie toelaatbaarheid van het samenwerkingsverband beoordeelt de aanvraag. Voor elke "
              "aanvraag wint de commissie het schriftelijke advies in van twee deskundigen: een orthopedagoog "
              "of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een maatschappelijk "
              "werker, een kinderpsychiater of een jeugdarts. De deskundigen zijn niet eerder bij de leerling "
              "betrokken geweest. De directeur-bestuurder besluit namens het bestuur binnen zes weken na "
              "ontvangst van de volledige aanvraag; in spoedsituaties binnen tien werkdagen."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het sbo of so wanneer aan alle volgende voorwaarden is voldaan:"),
        ("bullets", [
            "de school heeft de basisondersteuning volledig ingezet en ten minste twee cycli handelingsgericht "
            "gewerkt, gedocumenteerd in het OPP;",
            "ook met een arrangement van het samenwerkingsverband lukt het niet om de doelen uit het OPP te halen;",
            "de ondersteuningsbehoefte vraagt om een combinatie van kleine groep, specifieke expertise en "
            "aangepaste leerstof die in de reguliere setting niet te organiseren is;",
            "voor het so: de ondersteuningsbehoefte is zo intensief dat ook het sbo niet passend is, of er is "
            "sprake van een meervoudige beperking waarvoor het sbo niet is toegerust.",
        ]),
        ("h2", "Duur, categorie en bezwaar"),
        ("p", "Een TLV voor het sbo wordt afgegeven voor maximaal twee schooljaren, een TLV voor het so voor maximaal "
              "drie schooljaren, in de bekostigingscategorie laag, midden of hoog. Ouders en school kunnen binnen "
              "zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband is aangesloten bij de "
              "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        ("h2", "Afloop van de verklaring"),
        ("p", "In het laatste schooljaar van de TLV evalueert de sbo- of so-school uiterlijk in februari het OPP "
              "met ouders en met de schoolcontactpersoon. De school meldt vóór 1 maart bij het loket of zij "
              "verlenging aanvraagt of dat de leerling kan overstappen naar een basisschool. Bij een overstap "
              "houdt de school een overdrachtsgesprek met de ontvangende basisschool en ouders; de commissie "
              "toelaatbaarheid beoordeelt een verlenging op dezelfde manier als een eerste aanvraag. Loopt de "
              "TLV af zonder verlenging, dan begint de leerling op 1 augustus op de basisschool."),
        ("p", "Een visie op terugplaatsing en afspraken over de begeleiding van kinderen nadat zij terug zijn in "
              "het regulier onderwijs, werkt de werkgroep Doorstroom verder uit. De werkgroep legt haar voorstel "
              "in het voorjaar van 2027 voor aan het bestuur."),
        ("h1", "Geld en middelen"),
        ("h2", "Hoe verdelen wij het geld?"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
              "Na aftrek van de afdracht aan DUO voor leerlingen in sbo en so, van de kosten van het bureau en "
              "van de bovenschoolse voorzieningen gaat het resterende bedrag als schoolbudget naar de besturen. "
              "Het schoolbudget bestaat uit een vaste voet van € 12.000 per vestiging en een bedrag van € 165 "
              "per leerling, berekend op de teldatum van 1 oktober van het voorgaande jaar. Arrangementen in de "
              "tweede laag worden per aanvraag toegekend door het bureau; de toekenning gebeurt op basis van "
              "het OPP en een begroting van de school, en het bureau beslist binnen vier weken."),
        ("h2", "Waaraan geven wij het uit?"),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "17.840", "17.610", "17.420", "17.250"],
                   ["Afdracht DUO sbo en so", "8.950", "8.880", "8.800", "8.720"],
                   ["Schoolbudgetten besturen", "4.520", "4.470", "4.420", "4.380"],
                   ["Arrangementen laag 2", "1.650", "1.650", "1.600", "1.600"],
                   ["Bovenschoolse voorzieningen", "1.480", "1.480", "1.450", "1.420"],
                   ["Bureau en expertiseteam", "1.310", "1.330", "1.350", "1.370"],
                   ["Resultaat", "-70", "-200", "-200", "-240"]]),
        ("p", "Het negatieve resultaat is bewust: het samenwerkingsverband bouwt de reserve af tot de "
              "signaleringswaarde van de inspectie. Eind 2025 bedraagt het eigen vermogen € 3,1 miljoen; wij "
              "streven naar een weerstandsvermogen van 5 procent van de baten. Besturen verantwoorden jaarlijks "
              "vóór 1 juli, via een vast format, hoe zij het schoolbudget hebben besteed."),
    ]
    b += f_oogo(c) + f_opr(c, True) + f_personeel(c) + f_governance(c)
    b += [
        ("h1", "Wat wij willen bereiken"),
        ("p", "Voor de planperiode hebben wij, samen met de besturen en de OPR, de volgende beoogde resultaten "
              "voor leerlingen met een ondersteuningsbehoefte vastgesteld:"),
        ("bullets", [
            "in 2030 zit geen enkele leerling langer dan drie maanden thuis zonder passend aanbod;",
            "ten minste 80 procent van de arrangementen in laag 2 bereikt de doelen die in het OPP zijn gesteld;",
            "het aandeel leerlingen in het sbo daalt van 2,4 procent naar 2,1 procent, zonder stijging van het so;",
            "alle scholen voldoen bij de audit aan het profiel basisondersteuning.",
        ]),
        ("p", "Hoe wij de voortgang op deze resultaten gaan volgen en waar wij erover rapporteren, leggen wij vast "
              "in een monitoringsplan. Dat plan wordt in het eerste jaar van de planperiode opgesteld."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert "
              "met besturen, scholen, partners en ouders."),
        ("p", "Ouders informeren wij langs verschillende wegen. Op de website staat per school het profiel "
              "basisondersteuning en het aanbod van extra ondersteuning. Elke school geeft bij de aanmelding de "
              "folder 'Passend onderwijs in Zuidwaard' mee, die in vijf talen beschikbaar is. Twee keer per jaar "
              "organiseert het verband een ouderavond over een actueel thema, en bij ieder MDO ontvangen ouders "
              "een schriftelijk verslag."),
        ("p", "Ouders die vastlopen of het oneens zijn met de school of het samenwerkingsverband, kunnen terecht "
              "bij het Ouder- en Jeugdsteunpunt Zuidwaard. Het steunpunt is onafhankelijk van scholen en "
              "samenwerkingsverband, staat alleen het belang van het kind voor en is bereikbaar op werkdagen via "
              "telefoon en e-mail. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen, en "
              "kunnen zij een klacht indienen bij de landelijke klachtencommissie waarbij alle besturen zijn "
              "aangesloten."),
    ]
    b += f_ict(c) + f_planning(c) + f_vaststelling(c) + f_bijlagen()
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Ondersteuning in de scholen' > 'Het Zuidwaards profiel': agreed minimum per vestiging, itemised list, audit every two years.",
               "plaatsing": "'Toelaatbaarheid tot sbo en so': applicant, MDO, loket, two deskundigen, decision within 6 weeks, four criteria, duration/category, LBT bezwaar.",
               "terugstroom": "Procedure hidden in TLV chapter 'Afloop van de verklaring' (February evaluation, report before 1 March, overdracht); policy/after-care deferred to werkgroep Doorstroom 2027.",
               "financien": "Under 'Geld en middelen': vaste voet EUR 12.000 + EUR 165 per leerling, arrangementen per aanvraag; meerjarenbegroting table 2026-2029; reserve and verantwoording vóór 1 juli.",
               "dekkend-aanbod": "Three layers + bovenschoolse voorzieningen in 'Extra ondersteuning en arrangementen'; thuiszitters subsection with casusregisseur; OOGO chapter.",
               "resultaten": "'Wat wij willen bereiken' lists four targets; how progress is monitored is deferred to a monitoringsplan in year one (no kwaliteitszorg chapter).",
               "ouders": "Inside 'Communicatie': website, folder, ouderavonden, MDO-verslag; Ouder- en Jeugdsteunpunt, onderwijsconsulent, klachtencommissie."},
    )
    return b, label


# ---------------------------------------------------------------------------
# Plan 2: small PO verband, Word only
# ---------------------------------------------------------------------------
C2 = dict(naam="Samenwerkingsverband De Kleine Polder", kort="SWV De Kleine Polder",
          code="PO 25-11", periode="2026-2030", start=2026, eind=2030,
          gemeenten="Polderwaard en Ravenveen", n_gem=2, besturen=4,
          scholen="23 basisscholen en 1 school voor speciaal basisonderwijs (De Klimop)",
          leerlingen="3.912", krimp=11, fte="3,2", bestuurder="J. (Jeroen) Hofstede",
          rechtsvorm="vereniging", toezicht="algemene ledenvergadering", opr=8,
          d_concept="9 december 2025", d_oogo="20 januari 2026", d_opr="3 februari 2026",
          d_vast="17 februari 2026")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['naam']} ({c['code']})"),
         ("pagebreak", None), ("toc", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c)
    b += [("p", "In 2024 gaf het samenwerkingsverband 11 toelaatbaarheidsverklaringen af, waarvan 9 voor sbo De "
                "Klimop en 2 voor een so-school buiten de regio.")]
    b += f_visie(c) + f_governance(c) + f_opr(c, True)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "In ons verband verstaan wij onder basisondersteuning alle ondersteuning die een school zelf, "
              "binnen de eigen groepen en zonder aanvraag bij het samenwerkingsverband, aan ieder kind geeft, "
              "onder regie van de intern begeleider. De vier besturen hebben in 2019 samen één niveau van "
              "basisondersteuning afgesproken dat voor alle 23 basisscholen gelijk is. Dat niveau blijft in "
              "deze planperiode de ondergrens: geen school zakt eronder, en waar een school er nu nog niet aan "
              "voldoet, ondersteunt het verband haar om het te bereiken."),
        ("p", "Welke voorzieningen, interventies en deskundigheid daar concreet onder vallen, staat in de Kaart "
              "basisondersteuning De Kleine Polder, die op onze website te downloaden is."),
        ("h1", "Een passend aanbod voor ieder kind"),
        ("p", "Omdat wij een klein verband zijn, hebben wij het aanbod eenvoudig gehouden. Boven op de "
              "basisondersteuning van iedere school staat het expertiseteam van het verband: twee orthopedagogen "
              "en een gedragsspecialist, die scholen adviseren en kortdurende begeleiding in de klas geven. Een "
              "school kan daarnaast een arrangement krijgen, meestal extra uren van een onderwijsassistent of "
              "een specialist voor de duur van een half jaar. Voor kinderen die dat nodig hebben is er een "
              "schakelklas op twee middagen in de week, en ten slotte sbo De Klimop in Polderwaard. Voor het "
              "so zijn wij aangewezen op scholen in de omliggende regio's."),
        ("p", "Kinderen die tussen wal en schip dreigen te raken, verliezen wij niet uit het oog. Elk kwartaal "
              "loopt het expertiseteam samen met de leerplichtambtenaar de lijst door van alle kinderen die "
              "niet, of maar een deel van de week, naar school gaan, en van kinderen voor wie de school van "
              "aanmelding nog geen plek heeft gevonden. Per kind wordt een regisseur aangewezen en een datum "
              "afgesproken waarop er een passende plek moet zijn. Waar ons eigen aanbod tekortschiet, kopen wij "
              "plaatsen in bij een naburig verband."),
    ]
    b += f_oogo(c)
    b += [
        ("h1", "Toelaatbaarheid"),
        ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en "
              "het speciaal onderwijs. De werkwijze, de termijnen en de afwegingen die daarbij gelden, zijn "
              "beschreven in het Reglement toelaatbaarheid, dat als bijlage 3 bij dit plan hoort."),
        ("h1", "Terugplaatsing en doorstroom"),
        ("p", "Dit onderdeel wordt bij de tussentijdse actualisatie van het plan toegevoegd."),
        ("h1", "Financiën"),
        ("p", "Van de middelen voor ondersteuning die het verband ontvangt, gaat 85 procent rechtstreeks naar de "
              "vier schoolbesturen. Het bedrag per bestuur wordt berekend naar rato van het aantal leerlingen op "
              "de teldatum van 1 oktober van het voorgaande jaar. De overige 15 procent houdt het verband zelf, "
              "voor het expertiseteam, de schakelklas en de arrangementen; arrangementen worden toegekend door de "
              "coördinator van het expertiseteam op grond van een ingevuld aanvraagformulier."),
        ("table", [["Begroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De meerjarenbegroting wordt na vaststelling door het bestuur in december aan dit plan toegevoegd."),
        ("h1", "Resultaten"),
        ("table", [["Beoogd resultaat", "Indicator", "Hoe en wanneer gemeten", "Rapportage"],
                   ["Minder kinderen buiten de regio naar het so", "Aantal TLV's so buiten de regio: van 2 (2024) naar 0 in 2029",
                    "Registratie bureau, per 1 oktober", "Jaarverslag en OPR, november"],
                   ["Arrangementen werken", "70% van de arrangementen haalt de doelen uit het OPP",
                    "Eindevaluatie van elk arrangement door IB'er en expertiseteam", "Halfjaarrapportage aan bestuur"],
                   ["Geen thuiszitters", "Geen kind langer dan 4 weken zonder onderwijs",
                    "Kwartaallijst leerplicht", "Kwartaalbericht bestuur"],
                   ["Tevreden scholen", "Waardering expertiseteam minimaal 7,5",
                    "Enquête onder IB'ers, elk voorjaar", "Jaarverslag"]]),
    ]
    b += f_kwaliteit(c) + f_personeel(c)
    b += [
        ("h1", "Ouders"),
        ("p", "Ouders zijn de eerste deskundigen van hun kind. Ouders vinden informatie over de ondersteuning "
              "op school in de schoolgids van hun eigen school; de intern begeleider is voor hen het eerste "
              "aanspreekpunt. Elk jaar in oktober organiseert het verband in Polderwaard een "
              "informatieavond voor ouders over passend onderwijs, die ook online is te volgen."),
        ("p", "Een ouder- en jeugdsteunpunt richten wij op samen met het VO-verband in de regio. Daarover volgt "
              "in 2027 meer informatie."),
    ]
    b += f_ict(c) + f_terugblik(c) + f_ontwikkelingen(c) + f_planning(c) + f_vaststelling(c) + f_bijlagen()
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Basisondersteuning' defines it and the agreed uniform minimum level; the concrete content is only referred to a Kaart on the website.",
               "plaatsing": "'Toelaatbaarheid' only says the SWV issues TLVs and refers to Reglement toelaatbaarheid as bijlage 3 (not included); a 2024 TLV count in the context chapter is a passing figure.",
               "terugstroom": "Heading 'Terugplaatsing en doorstroom' only defers ('wordt bij de tussentijdse actualisatie toegevoegd'); otherwise only in TOC and begrippenlijst.",
               "financien": "85% naar rato of leerlingen on 1 oktober, 15% retained, arrangementen toekenning = verdeling; the budget table is all p.m. and deferred.",
               "dekkend-aanbod": "'Een passend aanbod voor ieder kind': expertiseteam, arrangement, schakelklas, sbo; 'tussen wal en schip' quarterly list with leerplicht and regisseur.",
               "resultaten": "Content only in the table under 'Resultaten': targets with indicators, measurement moment and reporting; kwaliteitszorg cycle chapter too.",
               "ouders": "Schoolgids, IB'er, yearly informatieavond = informatie; steunpunt deferred to 2027, no klachten/consulent anywhere."},
    )
    return b, label


# ---------------------------------------------------------------------------
# Plan 3: medium PO verband, PDF only (rendered from Word)
# ---------------------------------------------------------------------------
C3 = dict(naam="Stichting Passend Onderwijs Rivierenland-Oost", kort="Passend Onderwijs Rivierenland-Oost",
          code="PO 26-14", periode="2026-2030", start=2026, eind=2030,
          gemeenten="Waalbergen, Lingedal en Maasmonde", n_gem=3, besturen=9,
          scholen="58 basisscholen, 2 sbo-scholen en 2 so-scholen",
          leerlingen="11.205", krimp=4, fte="7,8", bestuurder="A. (Annelies) Bakker-Verhoef",
          rechtsvorm="stichting", toezicht="raad van toezicht", opr=12,
          d_concept="21 januari 2026", d_oogo="11 februari 2026", d_opr="4 maart 2026",
          d_vast="18 maart 2026")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan 2026-2030: Samen sterk aan de rivieren"),
         ("subtitle", f"{c['naam']} ({c['code']})"),
         ("pagebreak", None), ("toc", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c) + f_governance(c)
    b += [
        ("h1", "Wat elke school in Rivierenland-Oost waarmaakt"),
        ("p", "Alle negen besturen hebben zich verbonden aan dezelfde ondergrens. Wat in de tabel hieronder "
              "staat, is op iedere vestiging van iedere aangesloten basisschool beschikbaar, voor ieder kind dat "
              "het nodig heeft, zonder dat daarvoor een verzoek aan de stichting nodig is. Scholen die meer "
              "bieden, beschrijven dat in hun schoolgids."),
        ("table", [["Onderdeel", "Wat u op iedere school aantreft"],
                   ["Structuur", "Een intern begeleider (minimaal 1 dag per week per 150 leerlingen), een "
                                 "leerlingvolgsysteem en een vaste cyclus van groeps- en leerlingbesprekingen"],
                   ["Lezen en taal", "Dyslexieprotocol, vroegtijdige signalering in groep 2 en 3, "
                                     "leesinterventie in kleine groepjes"],
                   ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie, remediërend materiaal"],
                   ["Gedrag en welbevinden", "Methode sociaal-emotioneel leren, anti-pestprotocol, "
                                             "aandachtsfunctionaris kindermishandeling"],
                   ["Meer- en hoogbegaafdheid", "Signaleringsinstrument en compacten en verrijken in de groep"],
                   ["Medisch", "Protocol medisch handelen, afspraken over medicijnverstrekking"],
                   ["Expertise van buiten", "Consultatie door de onderwijsspecialist van de stichting, minimaal "
                                            "vier keer per schooljaar"]]),
        ("h1", "Van de eigen groep tot de speciale school"),
        ("p", "Ondersteuning in Rivierenland-Oost is opgebouwd als een trap. De eerste tree is de basisondersteuning. "
              "Daarboven kan de school een arrangement aanvragen: de onderwijsspecialist en de school stellen "
              "samen vast wat nodig is, bijvoorbeeld ambulante begeleiding, extra handen in de groep of een "
              "tijdelijke plek in de groep Overstag voor kinderen met ernstige gedragsproblemen. Voor "
              "hoogbegaafde kinderen is er de Rivierklas, een dag per week op drie locaties. De laatste treden "
              "zijn de twee sbo-scholen en de so-scholen voor cluster 3 en 4. Scholen kunnen een onderwijsspecialist "
              "vragen mee te kijken bij iedere tree, zodat een overstap naar de volgende tree goed onderbouwd is."),
    ]
    b += f_oogo(c)
    b += [
        ("h1", "Wanneer een kind naar een speciale (basis)school gaat"),
        ("p", "Soms is een speciale school de beste plek. Het bevoegd gezag van de school waar het kind staat "
              "ingeschreven meldt het kind dan, met instemming of na het horen van de ouders, aan bij het "
              "Toewijzingsloket van de stichting. Bij de aanmelding horen het OPP, de evaluatie van het "
              "arrangement en het verslag van een gesprek met ouders."),
        ("p", "Twee deskundigen die de leerling niet eerder begeleidden, een orthopedagoog en een tweede "
              "deskundige passend bij de vraag, schrijven ieder een eigen advies. Het Toewijzingsloket neemt "
              "namens het bestuur een besluit binnen dertig schooldagen. We verklaren een kind toelaatbaar tot "
              "het sbo als het ondanks een arrangement van ten minste zes maanden op twee of meer "
              "ontwikkelingsgebieden niet tot ontwikkeling komt en het een kleine groep met een specialistisch "
              "pedagogisch klimaat nodig heeft. We verklaren een kind toelaatbaar tot het so als daarnaast "
              "sprake is van een ondersteuningsbehoefte die intensieve zorg of behandeling gedurende de "
              "schooldag vraagt, zoals bij een ernstige verstandelijke of lichamelijke beperking of ernstige "
              "psychiatrische problematiek."),
        ("p", "Wie het niet eens is met het besluit, kan binnen zes weken bezwaar maken bij het bestuur. Het "
              "bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "Weer naar de wijkschool"),
        ("p", "Een plek op een speciale school is voor ons geen eindpunt. Ons uitgangspunt is dat een verklaring "
              "niet langer loopt dan nodig; daarom geven wij een verklaring in de regel voor twee jaar af. Na "
              "een overstap naar de wijkschool krijgt de ontvangende school een terugkeerarrangement van "
              "€ 4.000 en een jaar ambulante begeleiding door de sbo- of so-school, zodat de leerling niet "
              "opnieuw vastloopt."),
        ("p", "Halverwege de looptijd en in het laatste jaar van de verklaring bespreekt de speciale school met "
              "ouders en de onderwijsspecialist bij de evaluatie van het OPP of terugkeer mogelijk is. Het "
              "initiatief ligt bij de speciale school; die zoekt met ouders een wijkschool en regelt een "
              "proefperiode van acht weken, waarin de leerling twee dagen per week op de wijkschool is. Na de "
              "proefperiode besluit het Toewijzingsloket, op voorstel van beide scholen, of de verklaring wordt "
              "beëindigd of verlengd."),
        ("h1", "Financiën en meerjarenbegroting"),
        ("table", [["Meerjarenbegroting (bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "9.420", "9.330", "9.260", "9.190"],
                   ["Afdracht sbo en so", "4.610", "4.590", "4.560", "4.540"],
                   ["Middelen naar schoolbesturen", "2.750", "2.700", "2.660", "2.620"],
                   ["Arrangementen en Overstag", "1.180", "1.180", "1.170", "1.160"],
                   ["Terugkeerarrangementen", "60", "60", "60", "60"],
                   ["Rivierklas", "210", "210", "210", "210"],
                   ["Bureau", "760", "770", "780", "790"],
                   ["Saldo", "-150", "-180", "-180", "-190"]]),
        ("p", "De stichting heeft een weerstandsvermogen van ruim 14 procent; met de negatieve saldi brengen wij "
              "de reserve in vier jaar terug naar de afgesproken bovengrens van 8 procent."),
        ("p", "De huidige verdeelsystematiek loopt af op 1 augustus 2026. Een nieuw verdeelmodel is onderwerp "
              "van gesprek met de besturen; het wordt aan dit plan toegevoegd zodra het is vastgesteld."),
        ("h1", "Kwaliteit en opbrengsten"),
        ("p", "Het bestuur bespreekt in 2026 met de directeuren welke opbrengsten de stichting in deze periode wil "
              "nastreven en hoe we die gaan volgen. De uitkomst nemen wij op in de eerste voortgangsrapportage "
              "bij dit plan."),
    ]
    b += f_opr(c, True)
    b += [
        ("h1", "Communicatie"),
        ("p", "De stichting wil dichtbij staan, ook in haar communicatie. Driemaal per jaar verschijnt De "
              "Ouderwijzer, een digitaal magazine voor ouders dat via alle scholen wordt verspreid en dat "
              "uitlegt welke ondersteuning er is en hoe je die krijgt. Op de website staan per school de "
              "ondersteuningsmogelijkheden. De intern begeleider bespreekt bij de intake met ouders wat de "
              "school kan bieden."),
        ("p", "Soms lopen de gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij de "
              "onafhankelijke onderwijsconsulenten, die kosteloos bemiddelen, en bij het ouder- en jeugdsteunpunt "
              "van de regio, dat niet namens scholen of stichting spreekt maar naast ouders staat. Beide zijn ook "
              "zonder doorverwijzing bereikbaar."),
    ]
    b += f_personeel(c) + f_ict(c) + f_terugblik(c) + f_planning(c) + f_vaststelling(c) + f_bijlagen()
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat elke school in Rivierenland-Oost waarmaakt': common ondergrens on every vestiging; content only in a table.",
               "plaatsing": "'Wanneer een kind naar een speciale (basis)school gaat': Toewijzingsloket, two own expert advices, 30 schooldagen, sbo/so criteria, bezwaar.",
               "terugstroom": "Chapter 'Weer naar de wijkschool' (no word terugplaatsing): policy (no longer than needed, terugkeerarrangement, AB) and procedure (evaluation moments, proefperiode, decision).",
               "financien": "Meerjarenbegroting table = besteding; distribution model explicitly pending ('wordt toegevoegd zodra vastgesteld'); reserve paragraph.",
               "dekkend-aanbod": "'Van de eigen groep tot de speciale school' describes the trap/continuum; nothing on gaps, thuiszitters or zorgplicht (only in glossary).",
               "resultaten": "'Kwaliteit en opbrengsten' only defers to a 2026 discussion; 'resultaten' appears only in passing (OOGO verslag); no kwaliteitszorg chapter.",
               "ouders": "Inside 'Communicatie': Ouderwijzer magazine, website, intake = informatie; onderwijsconsulenten and ouder- en jeugdsteunpunt = steunpunt."},
    )
    return b, label


# ---------------------------------------------------------------------------
# Plan 4: PO verband, Markdown (web version), thinly addressed
# ---------------------------------------------------------------------------
C4 = dict(naam="Samenwerkingsverband Passend Onderwijs Heuvelland PO", kort="SWV Heuvelland",
          code="PO 31-02", periode="2026-2030", start=2026, eind=2030,
          gemeenten="Heuvelrode, Valkenbroek, Sint-Geertruid-Oost en Eijsderveld", n_gem=4, besturen=6,
          scholen="41 basisscholen, 1 sbo-school en 1 so-school",
          leerlingen="6.840", krimp=14, fte="5,0", bestuurder="R. (Ruud) Pleijers",
          rechtsvorm="stichting", toezicht="raad van toezicht", opr=10,
          d_concept="28 januari 2026", d_oogo="17 februari 2026", d_opr="10 maart 2026",
          d_vast="24 maart 2026")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2026-2030 SWV Heuvelland PO"),
         ("subtitle", f"Webversie van het ondersteuningsplan van {c['naam']} ({c['code']}). Laatst bijgewerkt: maart 2026."),
         ("toc", None)]
    b += f_voorwoord(c) + f_inleiding(c) + f_context(c) + f_visie(c) + f_terugblik(c) + f_governance(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Het vorige profiel basisondersteuning dateert van 2018 en sluit niet meer aan bij de praktijk. In "
              "afwachting van de landelijke norm basisondersteuning herschrijven de besturen het profiel. De "
              "nieuwe beschrijving wordt na instemming van de OPR als addendum aan dit plan toegevoegd."),
        ("h1", "Toelaatbaarheid tot het sbo en so"),
        ("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, wie welke stukken aanlevert en "
              "binnen welke termijn een besluit volgt, leest u op www.swvheuvelland.nl/toelaatbaarheid."),
        ("p", "Een kind komt in aanmerking voor een verklaring voor het sbo als het in de basisschool, ook na "
              "een jaar extra ondersteuning met een OPP, structureel niet tot leren komt en daarvoor een kleinere "
              "groep met meer structuur en specialistische begeleiding nodig heeft dan de basisschool kan bieden. "
              "Een kind komt in aanmerking voor een verklaring voor het so als het daarnaast een verstandelijke, "
              "lichamelijke of psychiatrische problematiek heeft die een aanbod met zorg of behandeling "
              "onder schooltijd vereist, of als het sbo eerder niet passend bleek. Het enkel hebben van een "
              "diagnose is geen criterium."),
        ("p", "Een verklaring voor het so wordt afgegeven in de categorie laag, midden of hoog, in de regel voor "
              "twee schooljaren."),
        ("h1", "Terug naar het basisonderwijs"),
        ("p", "Wij vinden dat een plaats op het sbo of so geen eindstation hoeft te zijn. Ons beleid is dat iedere "
              "leerling terugkeert naar een basisschool zodra die, met hulp, kan bieden wat de leerling nodig "
              "heeft. Wij willen het aantal kinderen dat terugkeert vergroten. Voorwaarde is dat de ontvangende "
              "basisschool voorbereid is; daarom krijgt zij na de terugkeer een jaar lang begeleiding van het "
              "expertisecentrum van de so-school, en houdt de leerling recht op een arrangement."),
        ("p", "Hoe een terugplaatsing in de praktijk verloopt, leggen de sbo-school, de so-school en de "
              "basisscholen vast in een werkafspraak die uiterlijk bij de evaluatie van dit plan gereed is."),
        ("h1", "Geen kind buiten de boot"),
    ]
    b += f_thuiszitters(c)
    b += [
        ("p", "Het samenwerkingsverband houdt een overzicht bij van alle meldingen en bespreekt de knelpunten "
              "die daaruit blijken twee keer per jaar met de besturen, zodat ontbrekende voorzieningen tijdig "
              "worden gezien. Het zoeken naar een plek blijft de zorgplicht van het schoolbestuur waar het kind "
              "is aangemeld; het verband helpt daarbij actief."),
    ]
    b += f_oogo(c)
    b += [
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk voor lichte en zware "
              "ondersteuning. Het bestuur stelt elk jaar een begroting vast, na advies van de raad van toezicht. "
              "De meerjarenbegroting 2026-2029 en de toelichting daarop zijn als afzonderlijk document te "
              "raadplegen op de website van het samenwerkingsverband."),
        ("h1", "Wat wij bereiken willen en hoe wij dat volgen"),
        ("p", "Voor deze planperiode hebben wij drie doelen voor leerlingen met een ondersteuningsbehoefte:"),
        ("bullets", [
            "Doel 1: het aantal thuiszitters daalt van 14 (peildatum 1 oktober 2025) naar hooguit 5 in 2029.",
            "Doel 2: het aantal leerlingen dat vanuit sbo of so terugkeert naar de basisschool stijgt van 6 per jaar "
            "naar ten minste 12 per jaar.",
            "Doel 3: ten minste 90 procent van de leerlingen met een OPP stroomt uit naar het niveau dat in het "
            "OPP is voorspeld.",
        ]),
        ("p", "Wij volgen deze doelen met een dashboard dat het bureau twee keer per jaar vult, op 1 oktober en "
              "1 maart, met gegevens uit de eigen registratie, de meldingen van leerplicht en de "
              "uitstroomgegevens van de scholen. Het bestuur bespreekt het dashboard met de directeuren en de "
              "OPR; in het jaarverslag rapporteren wij per doel wat is bereikt en welke bijstelling nodig is."),
    ]
    b += f_kwaliteit(c) + f_opr(c, False) + f_personeel(c) + f_ict(c) + f_ontwikkelingen(c)
    b += f_planning(c) + f_vaststelling(c)
    b += f_bijlagen()
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Heading 'Basisondersteuning' only says the profile is being rewritten and will be added as addendum; otherwise TOC/glossary only.",
               "plaatsing": "Criteria for sbo and so are stated; the procedure is only referred to a web page; categorie/duur sentence.",
               "terugstroom": "'Terug naar het basisonderwijs' gives policy (aim, condition, AB for a year); the procedure is deferred to a future werkafspraak. Return figures appear in Doel 2.",
               "financien": "'Financiën' only says money comes from the Rijk, a budget is adopted yearly, and refers to a separate document on the website: no model, no amounts.",
               "dekkend-aanbod": "'Geen kind buiten de boot': thuiszitters procedure, knelpunten, zorgplicht = lacunes; no description of the set of provisions; OOGO chapter.",
               "resultaten": "'Wat wij bereiken willen en hoe wij dat volgen': three numeric goals and a twice-yearly dashboard reported in the jaarverslag.",
               "ouders": "Parents only mentioned in passing (voorwoord, visie, thuiszitters); OPR paragraph without parents' role; OJSP only in the afkortingenlijst and begrippenlijst."},
    )
    return b, label


# ---------------------------------------------------------------------------
# Plan 5: VO verband, Word only
# ---------------------------------------------------------------------------
C5 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", kort="SWV VO Kempenrand",
          code="VO 30-06", periode="2026-2030", start=2026, eind=2030,
          gemeenten="Kempenrand, Bergeijkse Heide en Lommelaar", n_gem=3, besturen=5,
          scholen="9 scholen voor voortgezet onderwijs (15 vestigingen), waaronder 1 school voor praktijkonderwijs, "
                  "en 2 vso-scholen",
          leerlingen="9.630", krimp=8, fte="6,1", bestuurder="drs. H. (Hanneke) Claessens",
          rechtsvorm="stichting", toezicht="raad van toezicht", opr=10,
          d_concept="20 januari 2026", d_oogo="", d_opr="26 februari 2026",
          overgang="van het basisonderwijs naar onze scholen", partner="samenwerkingsverband voor primair onderwijs",
          d_vast="12 maart 2026")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['naam']} ({c['code']}) - ondersteuning voor iedere leerling in het vo"),
         ("pagebreak", None), ("toc", None)]
    b += f_voorwoord(c) + f_inleiding(c, oogo=False) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [
        ("h1", "Basisondersteuning in het voortgezet onderwijs"),
        ("p", "Alle vestigingen van alle aangesloten vo-scholen, van praktijkonderwijs tot gymnasium, bieden "
              "dezelfde basisondersteuning. De vijf besturen hebben dit niveau in 2025 vastgelegd als "
              "Kempenrandse standaard; het is de ondergrens waarop ouders en leerlingen een school mogen "
              "aanspreken. Concreet houdt dat in:"),
        ("bullets", [
            "iedere leerling heeft een mentor met minimaal één vast mentoruur per week in de onderbouw;",
            "iedere vestiging heeft een ondersteuningscoördinator en een ondersteuningsteam dat ten minste "
            "eens per zes weken bijeenkomt;",
            "faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware, aangepaste toetsen) zonder "
            "aparte aanvraag;",
            "een training faalangstreductie en een sociale-vaardigheidstraining, minimaal één keer per jaar;",
            "een decaan voor loopbaanoriëntatie en een vertrouwenspersoon;",
            "een OPP, op te stellen binnen zes weken, voor iedere leerling die meer nodig heeft dan de "
            "basisondersteuning, met hoorrecht voor de leerling;",
            "een veiligheidsbeleid met een jaarlijkse monitor.",
        ]),
        ("p", "Het samenwerkingsverband toetst eens per twee jaar per vestiging of de standaard wordt gehaald, "
              "door een gesprek met de ondersteuningscoördinator en een steekproef van OPP's."),
        ("h1", "Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "De vo-school, of bij een nieuwe leerling de school van aanmelding, vraagt de TLV aan bij de "
              "Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP, een verslag van een "
              "overleg met ouders en leerling en het advies van het ondersteuningsteam. Twee deskundigen, een "
              "orthopedagoog of psycholoog en een tweede deskundige, geven ieder schriftelijk advies. De "
              "Commissie Toewijzing besluit binnen zes weken."),
        ("h2", "Lwoo en pro"),
        ("p", "Voor leerwegondersteuning en praktijkonderwijs dient de school van aanmelding de aanvraag in vóór "
              "1 april van het jaar waarin de leerling instroomt, met het onderwijskundig rapport van de "
              "basisschool en de toetsgegevens. De Commissie Toewijzing besluit uiterlijk op 15 mei, zodat ouders "
              "en school voor de zomer duidelijkheid hebben."),
        ("p", "De criteria voor vso, lwoo en pro zijn opgenomen in het Toetsingskader toewijzing Kempenrand 2026, "
              "dat als afzonderlijk document op de website staat."),
        ("h2", "Bezwaar"),
        ("p", "Tegen een besluit van de Commissie Toewijzing kunnen ouders binnen zes weken bezwaar maken. Het "
              "bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "Duur en einde van de verklaring"),
        ("p", "Een TLV vso geldt voor ten hoogste twee schooljaren. Ons vertrekpunt is dat een vso-plaatsing "
              "tijdelijk is wanneer dat kan: een leerling die in het vso tot bloei komt, verdient de kans op een "
              "diploma in het regulier vo. Wij steunen dat met een overstapcoach, die de leerling het eerste "
              "halfjaar na de overstap wekelijks begeleidt, en met een arrangement voor de ontvangende school."),
        ("p", "De vso-school evalueert ieder jaar in januari het OPP en bespreekt daarbij met ouders en leerling of "
              "een overstap haalbaar is. In het laatste jaar van de TLV meldt de vso-school vóór 1 maart bij de "
              "Commissie Toewijzing of zij verlenging aanvraagt of een overstap voorbereidt. Bij een overstap "
              "zoekt de vso-school met ouders een vo-school; de leerling loopt eerst zes weken mee. De Commissie "
              "Toewijzing stelt daarna vast dat de TLV eindigt."),
        ("h1", "Dekkend netwerk"),
        ("p", "Dit hoofdstuk wordt ingevuld na afronding van de analyse van het aanbod die in het voorjaar van "
              "2026 met de besturen plaatsvindt."),
        ("h1", "Geld en middelen"),
        ("p", "De middelen voor lichte ondersteuning gaan volledig naar de scholen: ieder bestuur ontvangt € 142 "
              "per leerling op de teldatum van 1 oktober. De lwoo- en pro-middelen worden doorgegeven op basis van "
              "het aantal leerlingen met een aanwijzing lwoo of een toelating pro op 1 oktober, tegen de "
              "landelijke bedragen. Uit de middelen voor zware ondersteuning betaalt het verband de afdracht voor "
              "het vso, het bureau en de overstapcoaches; wat resteert gaat naar rato van het leerlingaantal naar "
              "de besturen."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "1.370", "1.350", "1.330", "1.310"],
                   ["Baten zware ondersteuning", "7.880", "7.790", "7.700", "7.620"],
                   ["Baten lwoo en pro", "6.240", "6.180", "6.120", "6.060"],
                   ["Schoolbudgetten lichte ondersteuning", "1.370", "1.350", "1.330", "1.310"],
                   ["Lwoo- en pro-middelen naar besturen", "6.240", "6.180", "6.120", "6.060"],
                   ["Afdracht vso", "5.910", "5.860", "5.800", "5.760"],
                   ["Bureau en Commissie Toewijzing", "690", "700", "710", "720"],
                   ["Overstapcoaches", "180", "180", "180", "180"],
                   ["Restant naar besturen", "1.100", "1.050", "1.010", "960"]]),
        ("p", "De besturen leggen jaarlijks vóór 1 mei verantwoording af over de besteding van de ontvangen "
              "middelen in een gezamenlijke rapportage aan het algemeen bestuur."),
        ("h1", "Resultaten"),
        ("p", "De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte formuleren wij jaarlijks in "
              "het jaarplan van het samenwerkingsverband."),
        ("p", "Twee keer per jaar, in november en in april, verzamelt het bureau bij alle scholen gegevens over de "
              "ondersteuning: het aantal OPP's, de uitstroom van leerlingen met een OPP, het aantal overstappen "
              "tussen vo en vso en het schoolverzuim. Het bureau analyseert de gegevens, bespreekt de uitkomsten "
              "met de ondersteuningscoördinatoren en legt ze voor aan bestuur en OPR. Het jaarverslag bevat "
              "een hoofdstuk waarin de gegevens worden vergeleken met die van het jaar ervoor."),
    ]
    b += f_kwaliteit(c) + f_governance(c) + f_opr(c, True)
    b += [
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen krijgen informatie over de ondersteuning op drie manieren: via de schoolgids, "
              "waarin iedere school haar basisondersteuning en extra ondersteuning beschrijft; via de website van "
              "het samenwerkingsverband, met een aparte pagina voor leerlingen; en via de informatieavond die "
              "iedere vo-school in het voorjaar houdt voor ouders van nieuwe brugklassers, waarop de "
              "ondersteuningscoördinator uitleg geeft."),
        ("p", "Voor onafhankelijke hulp kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
              "Kempenrand, dat wij samen met het PO-verband financieren maar dat inhoudelijk onafhankelijk werkt. "
              "Verder kunnen zij een onderwijsconsulent inschakelen of, bij een geschil over toelating of "
              "verwijdering, de Geschillencommissie passend onderwijs."),
    ]
    b += f_personeel(c) + f_ict(c) + f_ontwikkelingen(c) + f_planning(c) + f_vaststelling(c, oogo=False)
    b += f_bijlagen(vo=True)
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["verantwoording"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Basisondersteuning in het voortgezet onderwijs': Kempenrandse standaard for every vestiging, itemised; biennial check.",
               "plaatsing": "Procedure for vso and lwoo/pro (applicant, Commissie Toewijzing, deskundigen, dates) is given; the criteria are only referred to a Toetsingskader on the website.",
               "terugstroom": "Hidden in TLV chapter 'Duur en einde van de verklaring': policy (temporary, overstapcoach, arrangement) and procedure (January evaluation, 1 March report, six weeks, decision).",
               "financien": "'Geld en middelen': EUR 142 per leerling, lwoo/pro pass-through, rest naar rato; meerjarenbegroting table; verantwoording vóór 1 mei.",
               "dekkend-aanbod": "Heading 'Dekkend netwerk' only defers to an analysis in spring 2026; no OOGO, thuiszitters or provisions continuum; terms only in TOC and glossary.",
               "resultaten": "Monitoring twice a year and jaarverslag chapter are described; beoogde resultaten are delegated to the yearly jaarplan.",
               "ouders": "'Ouders en leerlingen': schoolgids, website, informatieavond; Ouder- en Jeugdsteunpunt, onderwijsconsulent, Geschillencommissie."},
    )
    return b, label


# ---------------------------------------------------------------------------
# Near miss: a school's schoolondersteuningsprofiel (not an SWV plan), PDF
# ---------------------------------------------------------------------------
def sop():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026"),
         ("subtitle", "OBS De Wilgenhoek, Zuidwaard - aangesloten bij Samenwerkingsverband Passend Primair "
                      "Onderwijs Zuidwaard (PO 27-09)"),
         ("subtitle", "Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2025"),
         ("pagebreak", None), ("toc", None),
         ("h1", "Inleiding"),
         ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel welke ondersteuning zij haar leerlingen "
               "kan bieden. Dit profiel is het profiel van OBS De Wilgenhoek, een openbare basisschool met 312 "
               "leerlingen in de wijk Wilgenhoek. Het profiel is geschreven voor ouders, voor het team en voor het "
               "samenwerkingsverband, dat de profielen van alle scholen gebruikt om te zien of er in de regio een "
               "dekkend aanbod is. Het ondersteuningsplan van het samenwerkingsverband is niet in dit document "
               "opgenomen; u vindt het op de website van het samenwerkingsverband."),
         ("h1", "Onze school"),
         ("p", "De Wilgenhoek telt twaalf groepen, waarvan twee combinatiegroepen. Het team bestaat uit "
               "eenentwintig leerkrachten, een intern begeleider (0,8 fte), een onderwijsassistent, een "
               "vakleerkracht gymnastiek en een conciërge. Ongeveer een kwart van de leerlingen spreekt thuis een "
               "andere taal dan het Nederlands. De school werkt met het directe instructiemodel en met "
               "groepsplannen op drie niveaus."),
         ("p", "Onze missie is dat ieder kind op De Wilgenhoek zich gezien voelt. Wij werken aan een veilig "
               "klimaat, hoge verwachtingen en een goede samenwerking met ouders. Ouders zijn voor ons partners: "
               "wij spreken hen minimaal drie keer per jaar in een kindgesprek met de leerkracht."),
         ("h1", "Basisondersteuning op De Wilgenhoek"),
         ("p", "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
               "Concreet betekent dat bij ons:"),
         ("bullets", ["een intern begeleider die vier dagen per week op school is;",
                      "groepsbesprekingen in oktober, januari, maart en juni;",
                      "het dyslexieprotocol en een leesinterventie in groep 3 en 4;",
                      "de Kanjertraining in alle groepen en een anti-pestcoördinator;",
                      "een plusgroep op donderdagmiddag voor leerlingen die meer aankunnen;",
                      "een taalklas van vier ochtenden voor nieuwkomers in hun eerste schooljaar."]),
         ("h1", "Extra ondersteuning"),
         ("p", "Als een leerling meer nodig heeft, bespreekt de intern begeleider dit met ouders en vraagt zij "
               "zo nodig de schoolcontactpersoon van het samenwerkingsverband om mee te denken. Samen kan een "
               "arrangement worden aangevraagd. Op dit moment heeft de school arrangementen voor vier leerlingen, "
               "vooral voor gedrag en voor een leerling met een auditieve beperking (in samenwerking met cluster 2)."),
         ("table", [["Ondersteuningsniveau", "Wat wij doen", "Wie"],
                    ["1 Basis", "Goed lesgeven aan de hele groep", "Leerkracht"],
                    ["2 Extra in de groep", "Verlengde instructie, preteaching", "Leerkracht"],
                    ["3 Speciale zorg", "Handelingsplan, onderzoek, OPP", "IB'er, leerkracht, ouders"],
                    ["4 Bovenschools", "Arrangement via het samenwerkingsverband", "IB'er, schoolcontactpersoon"],
                    ["5 Verwijzing", "Aanvraag TLV sbo of so", "Directeur, IB'er, ouders"]]),
         ("h1", "Grenzen aan onze mogelijkheden"),
         ("p", "Wij zijn eerlijk over wat wij niet kunnen. Het gebouw heeft geen lift; leerlingen die rolstoel "
               "gebonden zijn, kunnen wij alleen op de begane grond opvangen. Leerlingen die intensieve medische "
               "handelingen nodig hebben, of die zo'n ernstig gedrag laten zien dat de veiligheid van andere "
               "kinderen in gevaar komt, kunnen wij niet altijd passend onderwijs bieden. In die gevallen zoeken "
               "wij samen met ouders en het samenwerkingsverband een andere plek. Hierbij geldt onze zorgplicht."),
         ("h1", "Overstap naar het speciaal (basis)onderwijs"),
         ("p", "Als ook met een arrangement blijkt dat De Wilgenhoek niet de juiste plek is, kan de school bij het "
               "samenwerkingsverband een toelaatbaarheidsverklaring aanvragen. Het samenwerkingsverband beslist "
               "daarover; de criteria en de procedure staan in het ondersteuningsplan van het "
               "samenwerkingsverband. In het schooljaar 2024-2025 stapten twee leerlingen over naar het sbo. Eén "
               "leerling kwam na terugplaatsing vanuit het sbo weer bij ons in groep 6."),
         ("h1", "Ouders"),
         ("p", "Ouders worden betrokken bij ieder besluit over extra ondersteuning van hun kind. Zij tekenen het "
               "OPP voor akkoord op het handelingsdeel. Heeft u vragen of zorgen, neem dan contact op met de "
               "leerkracht of de intern begeleider. Komt u er met de school niet uit, dan kunt u contact opnemen "
               "met de klachtencontactpersoon van de school of met het ouder- en jeugdsteunpunt van het "
               "samenwerkingsverband."),
         ("h1", "Ontwikkelpunten 2025-2026"),
         ("bullets", ["Scholing van het team in traumasensitief lesgeven (resultaat: alle leerkrachten getraind vóór juni 2026).",
                      "Uitbreiden van de plusgroep naar groep 4.",
                      "Verbeteren van de overdracht naar het voortgezet onderwijs."]),
         ("h1", "Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget voor "
               "ondersteuning. Op De Wilgenhoek zetten wij dit in voor de onderwijsassistent en voor de taalklas. "
               "Het bestuur legt daarover verantwoording af aan het samenwerkingsverband."),
         ]
    label_note = ("Schoolondersteuningsprofiel of one basisschool (OBS De Wilgenhoek): describes the school's own "
                  "support levels, limits and ontwikkelpunten for one school year, adopted by the school directie; "
                  "it is not the ondersteuningsplan of the samenwerkingsverband (which it refers to as a separate "
                  "document), no OPR, no planperiode, no verband-wide rules.")
    return b, label_note


# ---------------------------------------------------------------------------
# Label writing and main
# ---------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, label=None, not_plan_note=None, sector="po"):
    lines = ["documents: [" + ", ".join(documents) + "]"]
    if label is None:
        lines += [f"sector: {sector}", "looks_like_plan: false", "elements: {}", "criteria: {}",
                  "notes:", "  looks_like_plan: " + q(not_plan_note)]
    else:
        el = label["elements"]
        # consistency of the status rule with the core criteria
        for e in ELEMENTS:
            vals = [label["criteria"][k] for k in CORE if k.startswith(e + ".")]
            adv = label["advisory_addressed"].get(e, [])
            want = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
            assert el[e] == want, (path.name, e, el[e], want)
        lines += [f"sector: {label['sector']}", "looks_like_plan: true",
                  "elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENTS) + "}", "criteria:"]
        lines += [f"  {k}: {'true' if label['criteria'][k] else 'false'}" for k in CORE]
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if label["advisory_addressed"].get(e):
                lines.append(f"  {e}: [" + ", ".join(label["advisory_addressed"][e]) + "]")
        lines.append("notes:")
        lines += [f"  {e}: {q(label['notes'][e])}" for e in ELEMENTS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    header = "{} | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - ouders"

    # plan 1: docx + pdf, one label
    b, lab = plan1()
    assert word_count(b) >= 3000, word_count(b)
    render_docx(b, OUT / "po-zuidwaard-2026.docx", header.format(C1["kort"]))
    docx_to_pdf(OUT / "po-zuidwaard-2026.docx", OUT / "po-zuidwaard-2026.pdf")
    write_label(OUT / "po-zuidwaard-2026.expected.yaml", ["po-zuidwaard-2026.docx", "po-zuidwaard-2026.pdf"], lab)

    # plan 2: docx
    b, lab = plan2()
    assert word_count(b) >= 3000, word_count(b)
    render_docx(b, OUT / "po-kleine-polder-2026.docx", header.format(C2["kort"]))
    write_label(OUT / "po-kleine-polder-2026.expected.yaml", ["po-kleine-polder-2026.docx"], lab)

    # plan 3: pdf only (docx is an intermediate in a private temp folder)
    b, lab = plan3()
    assert word_count(b) >= 3000, word_count(b)
    tmp = Path(tempfile.mkdtemp(prefix="holdout280_src_"))
    try:
        render_docx(b, tmp / "po-rivierenland-oost-2026.docx", header.format(C3["kort"]))
        docx_to_pdf(tmp / "po-rivierenland-oost-2026.docx", OUT / "po-rivierenland-oost-2026.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label(OUT / "po-rivierenland-oost-2026.expected.yaml", ["po-rivierenland-oost-2026.pdf"], lab)

    # plan 4: markdown
    b, lab = plan4()
    assert word_count(b) >= 3000, word_count(b)
    render_md(b, OUT / "po-heuvelland-2026.md")
    write_label(OUT / "po-heuvelland-2026.expected.yaml", ["po-heuvelland-2026.md"], lab)

    # plan 5: VO docx
    b, lab = plan5()
    assert word_count(b) >= 3000, word_count(b)
    render_docx(b, OUT / "vo-kempenrand-2026.docx", header.format(C5["kort"]))
    write_label(OUT / "vo-kempenrand-2026.expected.yaml", ["vo-kempenrand-2026.docx"], lab)

    # near miss: school SOP as pdf
    b, note = sop()
    tmp = Path(tempfile.mkdtemp(prefix="holdout280_src_"))
    try:
        render_docx(b, tmp / "sop-obs-de-wilgenhoek-2025.docx",
                    "OBS De Wilgenhoek | Schoolondersteuningsprofiel 2025-2026",
                    "OBS De Wilgenhoek | Wilgenhoekplein 4 | Zuidwaard")
        docx_to_pdf(tmp / "sop-obs-de-wilgenhoek-2025.docx", OUT / "sop-obs-de-wilgenhoek-2025.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label(OUT / "sop-obs-de-wilgenhoek-2025.expected.yaml", ["sop-obs-de-wilgenhoek-2025.pdf"],
                not_plan_note=note, sector="po")


if __name__ == "__main__":
    main()
