#!/usr/bin/env python3
"""Generate the holdout218 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Writes into the folder above this script (holdout218/).
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..])
# ("table", [[header...], [row...], ...]) ("toc", [lines]) ("pagebreak", None)
# ---------------------------------------------------------------------------


def filler(v):
    """Generic filler chapters a real plan contains. Element-neutral by design:
    words such as ouders, middelen, resultaten, arrangement, toelaatbaarheid only occur in passing."""
    f = {}
    f["totstandkoming"] = [
        ("p", f"Dit ondersteuningsplan is in ruim een jaar tot stand gekomen. In het voorjaar van 2025 startte {v['kort']} "
              "een reeks werksessies met directeuren, intern begeleiders, ondersteuningscoördinatoren, consulenten en "
              "vertegenwoordigers van de besturen. Daarnaast zijn de bevindingen uit de evaluatie van het vorige plan, de "
              "gesprekken met de inspectie en de signalen uit de ondersteuningsplanraad meegenomen. Een conceptversie is in "
              "het najaar van 2025 besproken in de bestuursvergadering en in twee regionale bijeenkomsten waarin ook "
              "leraren, intern begeleiders en partners hun reactie konden geven. Die reacties hebben vooral geleid tot aanscherping van "
              "de taal en tot een kortere tekst."),
        ("p", "Bij het schrijven hebben wij ervoor gekozen om het plan te ordenen langs de wettelijke opdrachten. Wie wil "
              "weten waar een bepaald onderwerp staat, vindt aan het begin van het plan een overzicht. Het plan is bedoeld "
              "voor schoolbesturen, schoolleiders, medewerkers en medezeggenschap, maar we hebben geprobeerd het ook leesbaar "
              "te maken voor andere belangstellenden. Waar we vaktermen gebruiken, staan die achterin verklaard."),
    ]
    f["regio"] = [
        ("p", f"Het werkgebied van {v['kort']} omvat de gemeenten {v['gemeenten']}. Binnen dit gebied zijn {v['besturen']} "
              f"schoolbesturen aangesloten met samen {v['scholen']} scholen en ongeveer {v['leerlingen']} leerlingen. De regio "
              "kent zowel stedelijke kernen als kleine dorpen, waar de afstand tot een volgende school soms groot is. Het "
              "leerlingaantal daalt in de kleinere kernen licht, terwijl de twee grootste gemeenten door nieuwbouw groeien. "
              "Die verschillen vragen om een organisatie die regionaal denkt en lokaal handelt."),
        ("p", "De besturen verschillen sterk in omvang: naast twee grote besturen met meer dan tien scholen zijn er "
              "eenpitters en kleine besturen met twee of drie scholen. Alle besturen zijn lid van de vereniging en hebben "
              "een stem in de algemene ledenvergadering. De denominaties lopen uiteen van openbaar en algemeen bijzonder "
              "tot protestants-christelijk en rooms-katholiek. De samenwerking kent een lange geschiedenis, die teruggaat tot "
              "de tijd van de regionale expertisecentra en de samenwerkingsverbanden Weer Samen Naar School."),
    ]
    f["visie"] = [
        ("p", "Wij geloven dat ieder kind zich wil ontwikkelen en dat onderwijs daar ruimte voor moet bieden. Dat vraagt om "
              "leraren die verschillen tussen kinderen zien en benutten, om schoolteams die van elkaar leren en om besturen "
              "die over de grenzen van de eigen organisatie heen kijken. Passend onderwijs is voor ons geen project maar een "
              "manier van werken, die elke dag in de klas zichtbaar wordt."),
        ("p", "Onze kernwaarden zijn nabijheid, vertrouwen en eigenaarschap. Nabijheid betekent dat beslissingen zo dicht "
              "mogelijk bij de leerling en de leraar worden genomen. Vertrouwen betekent dat we uitgaan van de professionaliteit "
              "van scholen en besturen en dat we elkaar aanspreken als dat nodig is. Eigenaarschap betekent dat besturen zich "
              "samen verantwoordelijk voelen voor alle kinderen in de regio, niet alleen voor de kinderen op de eigen scholen."),
        ("p", "Deze waarden zijn in de werksessies steeds teruggekomen. Ze vormen de toets voor keuzes die wij in de "
              "komende jaren maken, ook als het gaat om de inzet van middelen of om de inrichting van procedures. Zij zijn "
              "bewust algemeen geformuleerd: de uitwerking volgt in de hoofdstukken van dit plan en in de jaarplannen."),
    ]
    f["governance"] = [
        ("p", f"{v['naam']} is een {v['rechtsvorm']}. De organisatie werkt met een scheiding tussen bestuur en intern "
              "toezicht. De directeur-bestuurder is belast met het besturen van de organisatie en legt verantwoording af aan de "
              "raad van toezicht, die bestaat uit vijf leden met verschillende achtergronden. De algemene ledenvergadering, "
              "waarin alle aangesloten schoolbesturen zijn vertegenwoordigd, benoemt de leden van de raad van toezicht en "
              "stelt de statuten vast."),
        ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de leden. De raad van toezicht "
              "hanteert de Code Goed Bestuur en evalueert jaarlijks het eigen functioneren, onder begeleiding van een externe "
              "deskundige. Een auditcommissie en een remuneratiecommissie bereiden de besluitvorming van de raad voor. Het "
              "managementstatuut beschrijft welke bevoegdheden de directeur-bestuurder heeft gemandateerd aan de "
              "coördinatoren van het bureau."),
    ]
    f["personeel"] = [
        ("p", f"Het bureau van {v['kort']} telt ongeveer {v['fte']} fte. Naast de directeur-bestuurder werken er "
              "beleidsmedewerkers, een controller, medewerkers secretariaat, consulenten en gedragsdeskundigen. De meeste "
              "medewerkers zijn in dienst van het samenwerkingsverband; een deel wordt gedetacheerd vanuit de besturen. "
              "Daardoor blijft de verbinding met de praktijk op de scholen sterk."),
        ("p", "Het tekort aan leraren raakt ook passend onderwijs. Scholen met veel vacatures hebben minder ruimte om "
              "leerlingen met een ondersteuningsbehoefte de aandacht te geven die nodig is. In de gesprekken met de "
              "personeelsgeleding van de ondersteuningsplanraad is gevraagd om aandacht voor werkdruk. Wij nemen dat serieus: "
              "nieuwe werkwijzen worden eerst op kleine schaal beproefd en pas daarna breed ingevoerd, en we vragen scholen "
              "niet om extra registraties die geen doel dienen."),
        ("p", "Voor de medewerkers van het bureau geldt een gesprekscyclus met een planningsgesprek aan het begin en een "
              "beoordelingsgesprek aan het einde van het schooljaar. Iedere medewerker heeft een persoonlijk "
              "ontwikkelplan en een scholingsbudget. Het ziekteverzuim lag de afgelopen jaren rond de vier procent; de "
              "arbodienst begeleidt medewerkers die uitvallen. Functiebeschrijvingen zijn in 2025 herzien en afgestemd op de "
              "cao primair en voortgezet onderwijs. Bij vacatures kijken wij eerst of de functie door detachering vanuit een "
              "bestuur kan worden ingevuld, zodat kennis in de regio blijft."),
    ]
    f["prof"] = [
        ("p", "Kennisdeling is een van de sterkste kanten van onze regio. Er zijn netwerken voor intern begeleiders, "
              "ondersteuningscoördinatoren, gedragsspecialisten en schoolleiders. In deze netwerken worden casussen besproken, "
              "worden nieuwe inzichten gedeeld en worden afspraken voorbereid. Jaarlijks organiseren we een studiedag voor "
              "alle scholen rond een thema dat de netwerken zelf kiezen."),
        ("p", "Samen met een hogeschool in de regio ontwikkelen we een leergang voor leraren die zich willen verdiepen in "
              "gedrag, taal of begaafdheid. De leergang bestaat uit zes bijeenkomsten en een praktijkopdracht op de eigen "
              "school. Deelname staat open voor alle scholen; de kosten van de opleiding zijn geen drempel omdat het "
              "samenwerkingsverband deze voor zijn rekening neemt."),
    ]
    f["opr"] = [
        ("p", f"De ondersteuningsplanraad (OPR) telt {v['opr']} leden, afgevaardigd vanuit de medezeggenschapsraden van de "
              "aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op iedere wijziging daarvan. "
              "De raad vergadert vijf keer per jaar en wordt ondersteund door een ambtelijk secretaris. De leden volgen "
              "jaarlijks een scholing over hun rol en bevoegdheden."),
        ("p", "De directeur-bestuurder is bij een deel van de vergaderingen aanwezig om vragen te beantwoorden. De OPR is "
              "vanaf het begin betrokken geweest bij de totstandkoming van dit plan. Twee leden namen deel aan de "
              "schrijfgroep. De OPR heeft haar reactie schriftelijk gegeven; die reactie en het antwoord daarop zijn "
              "openbaar."),
    ]
    f["oogo"] = [
        ("p", f"Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd op {v['oogo']} met "
              "de colleges van burgemeester en wethouders van de gemeenten in ons werkgebied. Het overleg verliep volgens de "
              "werkwijze die de gemeenten en het samenwerkingsverband eerder hebben afgesproken, inclusief de regeling voor "
              "geschillen. Er zijn geen geschilpunten vastgesteld. Het verslag van het overleg is bij het bureau op te vragen."),
        ("p", f"Over het concept is daarnaast overleg gevoerd met {v['ander_swv']}, waarvan het werkgebied grotendeels "
              "samenvalt met het onze. Dat overleg vond plaats in het reguliere bestuurlijk overleg van beide "
              "samenwerkingsverbanden."),
    ]
    f["ict"] = [
        ("p", "Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen, consulenten en "
              "commissies werken in hetzelfde systeem, zodat informatie niet per e-mail hoeft te worden verstuurd. Toegang "
              "verloopt via tweefactorauthenticatie en is per rol ingericht. In de planperiode vervangen we het huidige "
              "systeem, omdat het contract in 2027 afloopt; de aanbesteding start in het najaar van 2026."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover "
              "dat nodig is voor de wettelijke taken. Een functionaris gegevensbescherming houdt toezicht op de naleving van "
              "de AVG. Gegevens worden na drie jaar na het laatste besluit vernietigd, tenzij een wettelijke plicht tot "
              "langer bewaren bestaat. Het privacyreglement is in 2025 geactualiseerd."),
        ("p", "Iedere betrokkene kan het bureau vragen welke gegevens over hem of haar worden verwerkt, en kan om correctie "
              "vragen. Zo'n verzoek wordt binnen een maand afgehandeld. Datalekken worden binnen 72 uur gemeld bij de "
              "Autoriteit Persoonsgegevens. Met alle besturen en met de leverancier van het dossiersysteem zijn "
              "verwerkersovereenkomsten gesloten. Jaarlijks rapporteert de functionaris gegevensbescherming aan de "
              "directeur-bestuurder en de raad van toezicht over de stand van zaken, de gemelde incidenten en de "
              "verbeteracties die daaruit voortkomen."),
    ]
    f["planning"] = [
        ("p", f"Dit plan geldt voor de schooljaren {v['periode']}. De ondersteuningsplanraad heeft op {v['opr_datum']} met "
              f"het plan ingestemd. Het bestuur heeft het plan daarna op {v['vast_datum']} vastgesteld. Het plan is vóór 1 mei "
              "toegezonden aan de inspectie van het onderwijs."),
        ("p", "Het ondersteuningsplan is een plan op hoofdlijnen voor vier jaar. De concrete activiteiten per jaar staan in "
              "het jaarplan. Wanneer tussentijdse wijzigingen nodig zijn, worden die voorgelegd aan de ondersteuningsplanraad. "
              "Kleine redactionele aanpassingen, zoals gewijzigde adressen of namen, vallen daar niet onder."),
        ("p", "De inspectie bezoekt het samenwerkingsverband ten minste eens in de vier jaar. Bij het laatste bezoek, in 2023, "
              "sprak de inspectie waardering uit voor de bestuurlijke samenwerking en vroeg zij om scherpere keuzes in het "
              "nieuwe plan. Met dit plan hebben wij geprobeerd aan die vraag tegemoet te komen."),
    ]
    f["context"] = [
        ("p", "Passend onderwijs bestaat sinds 2014. De landelijke evaluatie uit 2020 liet zien dat de bedoelingen van de wet "
              "nog niet overal zijn waargemaakt. Het kabinet heeft daarop een verbeteraanpak ingezet met een groot aantal "
              "maatregelen, van de positie van leerlingen tot de inrichting van het toezicht. Ook wordt landelijk gesproken "
              "over een norm voor wat scholen in ieder geval moeten kunnen bieden. Wij volgen die ontwikkelingen nauwgezet en "
              "passen dit plan zo nodig aan; wijzigingen leggen wij altijd voor aan de medezeggenschap."),
        ("p", "Daarnaast verandert de samenleving. Meer kinderen groeien op in armoede, de wachttijden in de jeugdhulp zijn "
              "lang en het tekort aan leraren en specialisten blijft voelbaar. Dat zijn ontwikkelingen waar een "
              "samenwerkingsverband maar beperkt invloed op heeft, maar die wel doorwerken in de klas. In de gesprekken met "
              "schoolleiders kwam dit telkens terug: de druk op teams is groot en de ruimte voor vernieuwing beperkt."),
    ]
    f["organisatie_extra"] = [
        ("h2", "Bestuurlijke samenwerking"),
        ("p", "Naast de formele organen kent het samenwerkingsverband een bestuurlijk overleg waarin de bestuurders van de "
              "aangesloten besturen elkaar zes keer per jaar treffen. In dit overleg worden besluiten voorbereid en worden "
              "ervaringen uitgewisseld. Elke bestuurder heeft een portefeuille, zoals personeel, huisvesting, ICT of "
              "communicatie. De portefeuillehouders bereiden samen met een beleidsmedewerker van het bureau de onderwerpen "
              "voor. Zo is de belasting van de individuele bestuurders beperkt en blijft de kennis breed gedeeld."),
        ("h2", "Leiderschap en cultuur"),
        ("p", "Goede ondersteuning begint bij schoolleiders die ruimte maken voor het team. Daarom organiseren wij samen met "
              "de besturen een leiderschapsprogramma voor nieuwe directeuren. In vijf bijeenkomsten staan thema's centraal "
              "als het leiden van een ondersteuningsteam, het voeren van lastige gesprekken en het werken met data. "
              "Ervaren directeuren treden op als maatje. Wij willen een cultuur waarin scholen elkaar opzoeken, niet pas als "
              "het misgaat, maar ook om succesvolle aanpakken te delen."),
        ("h2", "Interne communicatie"),
        ("p", "Het bureau informeert scholen en besturen via een digitale nieuwsbrief, een besloten omgeving met "
              "formulieren en documenten, en een jaarlijkse conferentie. Voor iedere school is er een vaste contactpersoon "
              "op het bureau. Wij gebruiken sociale media terughoudend en alleen voor algemene berichten; over individuele "
              "leerlingen wordt nooit via openbare kanalen gecommuniceerd. Persvragen worden beantwoord door de "
              "directeur-bestuurder of diens plaatsvervanger."),
        ("h2", "Risico's voor de organisatie"),
        ("p", "Het bureau is een kleine organisatie. Het vertrek of de langdurige uitval van een sleutelfunctionaris kan de "
              "continuïteit raken. Daarom werken medewerkers in duo's en zijn werkprocessen beschreven. Een tweede risico is "
              "de digitale veiligheid: een storing of datalek kan grote gevolgen hebben. Het bureau laat jaarlijks een "
              "beveiligingstoets uitvoeren en medewerkers volgen een training. Een derde risico is de beschikbaarheid van "
              "gedragswetenschappers op de arbeidsmarkt; wij werken samen met een opleiding om stageplaatsen te bieden."),
        ("h2", "Huisvesting en duurzaamheid"),
        ("p", "Het bureau is gehuisvest in een verbouwd schoolgebouw, samen met een aantal partners uit het sociaal domein. "
              "Vergaderruimten worden gedeeld. Bij de verbouwing is het gebouw voorzien van zonnepanelen en "
              "warmtepompen. Medewerkers reizen zoveel mogelijk met het openbaar vervoer of de fiets en vergaderen bij "
              "voorkeur op de scholen zelf, zodat zij zien wat er in de praktijk gebeurt."),
        ("h2", "Jaarkalender"),
        ("table", [["Periode", "Bestuur en toezicht", "Medezeggenschap", "Netwerken"],
                   ["september-oktober", "vaststellen jaarplan", "OPR: kennismaking en scholing", "startbijeenkomst IB-netwerk"],
                   ["november-december", "bestuursgesprekken", "OPR: bespreking jaarplan", "studiedag"],
                   ["januari-maart", "bestuurlijk overleg", "OPR: voortgang", "netwerk schoolleiders"],
                   ["april-juni", "vaststellen jaarverslag", "OPR: jaarverslag", "leernetwerken"],
                   ["juli", "evaluatie samenwerking", "OPR: jaarplanning", "afsluiting netwerken"]]),
        ("h2", "Werkgroepen in de planperiode"),
        ("p", "In de planperiode zijn drie werkgroepen actief. De werkgroep digitalisering begeleidt de vervanging van het "
              "dossiersysteem. De werkgroep scholing stelt het jaarlijkse aanbod voor leraren en intern begeleiders samen. "
              "De werkgroep communicatie vernieuwt de huisstijl en de website voor professionals. Iedere werkgroep "
              "rapporteert twee keer per jaar aan het bestuurlijk overleg en wordt na afronding van de opdracht opgeheven."),
    ]
    return f


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------

def to_docx(blocks, path, header_text=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            d.add_paragraph(val).runs[0].italic = True
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in val:
                d.add_paragraph(line)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(path))


def to_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{html.escape(title)} | Home | Ouders | Scholen | Contact</p></header>', "<main>"]
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
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ol>' + "".join(f"<li>{e(x)}</li>" for x in val) + "</ol></nav>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in val[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in val[1:]]
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</main>", f"<footer><p>&copy; 2026 {html.escape(title)} &middot; privacyverklaring &middot; "
            "ouders &middot; toelaatbaarheid &middot; terugplaatsing</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "sub":
            out.append(f"*{val}*\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {x}" for x in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"- {x}" for x in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, tmpdir):
    stem = pdf_path.stem
    src = Path(tmpdir) / f"{stem}.docx"
    to_docx(blocks, src, header_text)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmpdir}/lo_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copyfile(Path(tmpdir) / f"{stem}.pdf", pdf_path)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title", "sub"):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------------------
# Plan 1 - PO, docx + pdf. Rivierenbocht.
# ---------------------------------------------------------------------------

def plan1():
    v = dict(kort="De Rivierenbocht", naam="Samenwerkingsverband Passend Primair Onderwijs De Rivierenbocht",
             gemeenten="Zaltwijk, Oosterweerd, Hamerden en Lingebroek", besturen="9", scholen="41 basisscholen, twee "
             "scholen voor speciaal basisonderwijs en drie so-locaties", leerlingen="9.800", rechtsvorm="vereniging",
             fte="17", opr="12", oogo="10 februari 2026", ander_swv="het Samenwerkingsverband VO Rivierenland",
             periode="2026-2027 tot en met 2029-2030", opr_datum="17 maart 2026", vast_datum="31 maart 2026")
    f = filler(v)
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband Passend Primair Onderwijs De Rivierenbocht (PO 26-07) - Samen sterk voor elk kind"),
        ("p", "Vastgesteld door het bestuur op 31 maart 2026 na instemming van de ondersteuningsplanraad. "
              "Dit plan beschrijft de basisondersteuning, de toelaatbaarheid tot sbo en so, de terugplaatsing, de "
              "resultaten, de financiën en de informatie aan ouders."),
        ("toc", ["1 Voorwoord en leeswijzer", "2 Waar wij voor staan", "3 Wat elke school biedt",
                 "4 Toelaatbaarheid tot sbo en so", "   4.2 Criteria", "   4.5 Als de TLV afloopt",
                 "5 Een passende plek voor ieder kind", "6 Communicatie", "7 Kwaliteit", "   7.2 Resultaten en opbrengsten",
                 "8 Geld en middelen", "9 Organisatie en medezeggenschap", "10 Begrippenlijst"]),
        ("pagebreak", None),
        ("h1", "1 Voorwoord en leeswijzer"),
        ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van De Rivierenbocht. Het is het derde plan sinds de invoering "
              "van passend onderwijs. Wij danken iedereen die heeft meegedacht: leraren, intern begeleiders, directeuren, "
              "bestuurders, leden van de ondersteuningsplanraad, ouders en onze partners in de gemeenten en de jeugdhulp."),
        ] + f["totstandkoming"] + [
        ("h2", "Wettelijke eisen en waar u ze vindt"),
        ("p", "Artikel 18a, achtste lid, van de Wet op het primair onderwijs noemt de onderwerpen die een ondersteuningsplan "
              "in elk geval bevat. De tabel hieronder laat zien in welk hoofdstuk wij elk onderwerp behandelen."),
        ("table", [["Wettelijke eis (art. 18a lid 8 WPO)", "Paragraaf in dit plan"],
                   ["a. samenhangend geheel van voorzieningen en basisondersteuning", "hoofdstuk 3 en 5"],
                   ["b. verdeling en besteding van middelen, meerjarenbegroting", "hoofdstuk 8"],
                   ["c. procedure en criteria toelaatbaarheid sbo en so", "4.1 en 4.2"],
                   ["d. terugplaatsing of overplaatsing na afloop TLV", "4.5"],
                   ["e. beoogde en bereikte resultaten", "7.2"],
                   ["f. informatie aan ouders en onafhankelijke ondersteuning", "hoofdstuk 6"]]),
        ("h1", "2 Waar wij voor staan"),
        ] + f["visie"] + f["context"] + f["regio"] + [
        ("h1", "3 Wat elke school biedt"),
        ("p", "De negen besturen hebben afgesproken welke ondersteuning op iedere vestiging van iedere aangesloten "
              "basisschool aanwezig is, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Dit is de "
              "gemeenschappelijke ondergrens in onze regio: geen school mag eronder zitten, scholen mogen er wel boven. "
              "Wat boven deze ondergrens uitgaat, noemen we extra ondersteuning."),
        ("p", "Concreet betekent dit dat een ouder op elke school in ons gebied het volgende mag verwachten:"),
        ("ul", ["een intern begeleider met een afgeronde opleiding, met minimaal 0,4 fte per 200 leerlingen;",
                "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief signalering in groep 2 en 3;",
                "een bewezen effectief programma voor sociale veiligheid en een anti-pestcoördinator;",
                "een aanbod voor kinderen die meer aankunnen, ten minste in de vorm van verrijkingsstof en een compacting-aanpak;",
                "handelingsgericht werken met groepsplannen of groepsoverzichten en twee groepsbesprekingen per jaar;",
                "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt;",
                "afspraken over medische handelingen en een protocol voor medicijnverstrekking;",
                "een ondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, met de consulent van het samenwerkingsverband."]),
        ("p", "Elke school beschrijft in de schoolgids hoe zij deze ondersteuning inricht. Eens per twee jaar voert een "
              "consulent met de intern begeleider een schoolgesprek aan de hand van deze lijst. Als een school op een onderdeel "
              "achterblijft, maakt het bestuur binnen drie maanden een verbeterplan."),
        ("h1", "4 Toelaatbaarheid tot sbo en so"),
        ("h2", "4.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
              "aangevraagd door het bestuur van de school waar de leerling staat ingeschreven of is aangemeld. De school "
              "stuurt het groeidocument, het OPP, het verslag van het ondersteuningsteam en de zienswijze van de ouders in "
              "via de digitale omgeving. Binnen twee weken controleert het bureau of het dossier compleet is."),
        ("p", "De Commissie Toelaatbaarheid besluit namens het bestuur. Voor elk besluit vraagt de commissie een schriftelijk "
              "advies aan twee deskundigen: een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede "
              "deskundige, zoals een maatschappelijk werker of een jeugdarts. Geen van beiden is betrokken geweest bij de "
              "aanvraag. De commissie neemt binnen zes weken na ontvangst van het complete dossier een besluit. Ouders "
              "ontvangen een afschrift van de adviezen."),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
              "afgegeven voor twee schooljaren, in de bekostigingscategorie laag, midden of hoog. Wie het niet eens is met "
              "een besluit, kan binnen zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "4.2 Criteria"),
        ("p", "De commissie weegt iedere aanvraag zorgvuldig. Het afwegingskader waarmee wordt bepaald of een leerling "
              "toelaatbaar is tot het sbo of het so, is op dit moment in herziening. Het bestuur stelt de nieuwe criteria in de "
              "loop van het schooljaar 2026-2027 vast, na advies van de deskundigen en de intern begeleiders. Tot dat moment "
              "kijkt de commissie naar iedere situatie afzonderlijk."),
        ("h2", "4.3 Spoed en tijdelijke plaatsing"),
        ("p", "In een crisissituatie kan de directeur een tijdelijke TLV van maximaal drie maanden afgeven. Binnen die periode "
              "wordt de reguliere procedure doorlopen."),
        ("h2", "4.5 Als de TLV afloopt"),
        ("p", "Een plek in het sbo of so is niet bedoeld als eindstation. Ons uitgangspunt is dat een kind terugkeert naar "
              "een reguliere basisschool, zo dicht mogelijk bij huis, zodra zijn ontwikkeling dat toelaat en de ontvangende "
              "school met steun de benodigde begeleiding kan bieden. De voorwaarden zijn dat de doelen uit het OPP grotendeels "
              "zijn behaald, dat het kind de groepsgrootte van een reguliere klas aankan en dat de ontvangende school een "
              "plan heeft voor de eerste maanden."),
        ("p", "Aan het begin van het laatste schooljaar van de TLV evalueert de sbo- of so-school het OPP. Uiterlijk 1 december "
              "volgt een overleg met de ouders, de school van herkomst of de beoogde ontvangende school en de consulent. De "
              "sbo- of so-school neemt daartoe het initiatief. Blijkt terugkeer haalbaar, dan stelt de consulent samen met beide "
              "scholen een overstapplan op; blijkt dat niet het geval, dan vraagt de school vóór 1 maart een nieuwe TLV aan "
              "bij de Commissie Toelaatbaarheid, die ook hierover beslist. De TLV eindigt op 31 juli."),
        ("p", "Een kind dat terugkeert, krijgt een terugkeerarrangement: gedurende zes maanden begeleiding door een "
              "ambulant begeleider van de sbo- of so-school, bekostigd door het samenwerkingsverband tot een maximum van "
              "€ 3.500 per leerling."),
        ("h1", "5 Een passende plek voor ieder kind"),
        ("p", "Ondersteuning in onze regio is opgebouwd in lagen. De eerste laag is wat elke school biedt (hoofdstuk 3). "
              "Daarboven kan een school een arrangement aanvragen: een individueel of groepsarrangement op de eigen school, "
              "bijvoorbeeld extra begeleiding bij gedrag of een taalklas. De derde laag bestaat uit bovenschoolse voorzieningen: "
              "de plusklas voor hoogbegaafde leerlingen op vier locaties, de observatiegroep De Brug voor jonge kinderen van "
              "wie nog niet duidelijk is wat zij nodig hebben, en de nieuwkomersvoorziening in Zaltwijk. De vierde laag is "
              "het speciaal basisonderwijs (twee scholen) en het speciaal onderwijs (drie locaties, cluster 3 en 4)."),
        ("p", "Om te weten waar ons netwerk tekortschiet, houden wij elke maand een thuiszittersoverleg met de "
              "leerplichtambtenaren van de vier gemeenten. Ieder kind dat langer dan vier weken niet naar school gaat, wordt "
              "daar besproken; binnen twee weken krijgt het een trajectbegeleider. Lukt het niet om binnen drie maanden een "
              "plek te vinden, dan gebruikt de directeur-bestuurder zijn doorzettingsmacht. Eens per jaar analyseren we de "
              "wachtlijsten van sbo, so en observatiegroep en de casussen uit het thuiszittersoverleg; de witte vlekken die "
              "daaruit komen, leggen we aan het bestuur voor met een voorstel om ze te sluiten."),
        ("h1", "6 Communicatie"),
        ("p", "Het samenwerkingsverband communiceert met veel partijen: scholen, besturen, gemeenten, jeugdhulp en pers. "
              "Voor de interne communicatie verschijnt zes keer per jaar een nieuwsbrief."),
        ("p", "Ouders vinden op de ouderpagina van onze website een overzicht van de ondersteuning die elke school biedt, de "
              "arrangementen en de bovenschoolse voorzieningen. De folder 'Wegwijs in ondersteuning' ligt op iedere school "
              "en is er ook in het Engels, Arabisch en Pools. Elke school neemt in de schoolgids op welke ondersteuning zij "
              "biedt. Twee keer per jaar organiseren we een informatieavond voor ouders."),
        ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Rivierenland, dat los van de besturen werkt, en bij de Onderwijsconsulenten. Voor geschillen "
              "over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        ("h1", "7 Kwaliteit"),
        ("p", "Kwaliteit is voor ons een gedeelde verantwoordelijkheid. Het bureau werkt volgens een vaste jaarcyclus van "
              "plannen, uitvoeren, evalueren en bijstellen."),
        ("h2", "7.2 Resultaten en opbrengsten"),
        ("p", "Over de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben, "
              "verantwoorden wij ons in het jaarverslag; dat is te vinden op www.derivierenbocht.nl/jaarverslag. De ambities "
              "voor de nieuwe planperiode geven wij vorm in de jaarplannen, zodra de nieuwe monitor beschikbaar is."),
        ("h1", "8 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten aan sbo en so voor de bekostiging van leerlingen met een TLV verdelen wij het budget als volgt. "
              "Iedere school ontvangt een vast bedrag van € 8.000 per vestiging en € 165 per leerling op de teldatum van "
              "1 oktober van het voorgaande jaar; dit geld gaat naar het bestuur, dat het inzet voor de ondersteuning op zijn "
              "scholen. Voor arrangementen reserveren we een vast budget, dat de commissie toekent op basis van de aanvraag, "
              "met een maximum van € 12.000 per leerling per jaar. Het bureau en de bovenschoolse voorzieningen worden "
              "rechtstreeks uit het resterende budget betaald."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "10.950", "10.820", "10.700", "10.600"],
                   ["Afdrachten sbo en so (DUO)", "4.900", "4.850", "4.800", "4.780"],
                   ["Vaste voet en bedrag per leerling aan besturen", "1.945", "1.925", "1.900", "1.880"],
                   ["Arrangementen", "1.600", "1.600", "1.550", "1.550"],
                   ["Bovenschoolse voorzieningen (plusklas, De Brug, nieuwkomers)", "1.280", "1.280", "1.260", "1.250"],
                   ["Bureau, consulenten en commissie", "1.350", "1.370", "1.390", "1.400"],
                   ["Resultaat", "-125", "-205", "-200", "-260"]]),
        ("p", "De negatieve resultaten zijn bewust: de reserve ligt boven de signaleringswaarde en wordt in vier jaar "
              "teruggebracht tot het niveau dat nodig is om risico's op te vangen. Besturen verantwoorden jaarlijks in een "
              "korte rapportage waaraan zij de ontvangen bedragen hebben besteed."),
        ("h1", "9 Organisatie en medezeggenschap"),
        ] + f["governance"] + f["personeel"] + f["prof"] + f["opr"] + f["oogo"] + f["ict"] + f["planning"] + f["organisatie_extra"] + [
        ("h1", "10 Begrippenlijst"),
        ("ul", ["Basisondersteuning: de ondersteuning die alle scholen bieden.",
                "TLV: toelaatbaarheidsverklaring voor sbo of so.",
                "Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier onderwijs.",
                "Resultaten: de beoogde en bereikte resultaten van passend onderwijs.",
                "OJSP: ouder- en jeugdsteunpunt.",
                "Meerjarenbegroting: begroting voor meerdere jaren.",
                "Dekkend netwerk: het geheel van voorzieningen in de regio."]),
    ]
    header = "De Rivierenbocht | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - resultaten - ouders"
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.3 'Wat elke school biedt': agreed 'ondergrens' on every vestiging plus concrete list; word basisondersteuning only in title page/glossary/header.",
               "plaatsing": "4.1 gives procedure, deskundigen, duration, category, bezwaar; 4.2 'Criteria' only defers the afwegingskader to 2026-2027 (legal table points to 4.2).",
               "terugstroom": "Hidden in TLV chapter 4.5 'Als de TLV afloopt': aim/conditions, steps with dates, who decides, terugkeerarrangement.",
               "financien": "Ch.8 'Geld en middelen': vaste voet + per-leerling model, arrangement budget, meerjarenbegroting table 2026-2029, reserve.",
               "dekkend-aanbod": "Ch.5 'Een passende plek': four layers of provisions; monthly thuiszittersoverleg, doorzettingsmacht, yearly gap analysis.",
               "resultaten": "Legal table points to 7.2, which only refers to the jaarverslag on the website and defers ambitions to jaarplannen; nothing addressed.",
               "ouders": "Inside ch.6 'Communicatie': ouderpagina, folder in 4 languages, schoolgids, info evenings; OJSP Rivierenland, Onderwijsconsulenten, Geschillencommissie."},
    )
    return b, header, label


# ---------------------------------------------------------------------------
# Plan 2 - VO, docx + pdf. Kempenland-Zuid.
# ---------------------------------------------------------------------------

def plan2():
    v = dict(kort="SWV Kempenland-Zuid", naam="Samenwerkingsverband Voortgezet Onderwijs Kempenland-Zuid",
             gemeenten="Veldhoven-Oost, Bergeijk-Noord, Riethoven, Waalre-Dorp en Aalst-Zuid", besturen="7",
             scholen="14 scholen voor voortgezet onderwijs, een school voor praktijkonderwijs en twee vso-scholen",
             leerlingen="12.400", rechtsvorm="stichting", fte="22", opr="14", oogo="27 januari 2026",
             ander_swv="het Samenwerkingsverband PO Kempenland", periode="2026-2027 tot en met 2029-2030",
             opr_datum="10 maart 2026", vast_datum="24 maart 2026")
    f = filler(v)
    b = [
        ("title", "Ondersteuningsplan 2026 - 2030"),
        ("sub", "Samenwerkingsverband Voortgezet Onderwijs Kempenland-Zuid, VO 30-09"),
        ("toc", ["Voorwoord", "1. Wettelijk kader en leeswijzer", "2. Basisondersteuning", "3. Het dekkend aanbod",
                 "4. Toelaatbaarheid vso, lwoo en pro", "5. Terug naar het regulier onderwijs", "6. Ouders en leerlingen",
                 "7. Financiën en meerjarenbegroting", "8. Resultaten", "9. Organisatie", "Bijlage 1 Afkortingen",
                 "Bijlage 2 Kwaliteitskaart basisondersteuning", "Bijlage 3 Meerjarenbegroting"]),
        ("pagebreak", None),
        ("h1", "Voorwoord"),
        ("p", "Met trots presenteren wij het ondersteuningsplan 2026-2030. Het plan bouwt voort op wat de afgelopen jaren is "
              "bereikt en kiest voor een aantal duidelijke accenten: minder leerlingen die tussen wal en schip vallen, snellere "
              "procedures en een sterkere stem voor leerlingen en hun ouders."),
        ] + f["totstandkoming"] + [
        ("h1", "1. Wettelijk kader en leeswijzer"),
        ("p", "Het ondersteuningsplan moet volgens artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. "
              "WVO 2020) ten minste de volgende onderdelen bevatten. Per onderdeel verwijzen we naar de paragraaf."),
        ("table", [["Wettelijke eis", "Paragraaf"],
                   ["Samenhangend geheel van ondersteuningsvoorzieningen", "3"],
                   ["Basisondersteuning op alle vestigingen", "2 en bijlage 2"],
                   ["Verdeling, besteding en toewijzing van middelen; meerjarenbegroting", "7 en bijlage 3"],
                   ["Procedure en criteria vso; procedure lwoo en pro", "4"],
                   ["Terugplaatsing en overplaatsing naar vo", "5"],
                   ["Beoogde en bereikte resultaten", "8"],
                   ["Informatie aan ouders en onafhankelijke ondersteuning", "6"]]),
        ] + f["regio"] + f["visie"] + f["context"] + [
        ("h1", "2. Basisondersteuning"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat alle scholen, "
              "op iedere vestiging en in iedere afdeling, bieden aan iedere leerling die dat nodig heeft, zonder aanvraag bij "
              "het samenwerkingsverband. Alle zeven besturen hebben dit niveau onderschreven; het geldt als minimum en wordt "
              "niet per school onderhandeld."),
        ("p", "Welke voorzieningen, interventies en deskundigheid daar concreet onder vallen, is per domein uitgewerkt in de "
              "Kwaliteitskaart Basisondersteuning (bijlage 2). Daarin staat ook wat leerlingen en ouders op elke school mogen "
              "verwachten. Jaarlijks bespreekt de directeur-bestuurder de kwaliteitskaart met ieder bestuur; scores onder de "
              "norm leiden tot afspraken over verbetering in het bestuursgesprek."),
        ("h1", "3. Het dekkend aanbod"),
        ("p", "Wij zorgen voor een samenhangend geheel van ondersteuning, van lichte ondersteuning in de klas tot intensieve "
              "zorg in het vso. Op iedere school is er extra ondersteuning in de vorm van een ondersteuningsteam en een "
              "trajectvoorziening (een rustige ruimte met een trajectbegeleider). Bovenschools biedt het orthopedagogisch-"
              "didactisch centrum (OPDC) De Brug plaats aan 60 leerlingen voor maximaal een jaar, en heeft de reboundvoorziening "
              "Kompas 24 plaatsen voor kortdurende opvang van zes tot twaalf weken. Voor nieuwkomers is er een ISK in Veldhoven-"
              "Oost. Daarnaast zijn er het praktijkonderwijs en twee vso-scholen voor cluster 3 en 4."),
        ("p", "Thuiszitters melden scholen binnen vijf schooldagen bij het loket. Iedere twee weken komt de thuiszitterstafel "
              "bijeen met leerplicht, jeugdhulp en het loket; voor iedere leerling wordt binnen een maand een plan gemaakt. "
              "Ieder halfjaar analyseert het bureau de wachtlijsten van OPDC, rebound en vso en de leerlingen zonder passende "
              "plek. De uitkomsten bespreekt het bestuur, dat besluit over het aanpassen van capaciteit of het starten van "
              "nieuwe voorzieningen. Met de gemeenten zijn vier onderwijs-zorgarrangementen afgesproken."),
        ("h1", "4. Toelaatbaarheid vso, lwoo en pro"),
        ("h2", "4.1 Procedure"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag voor een "
              "toelaatbaarheidsverklaring in via het digitale loket. Het dossier bevat het OPP, het verslag van het "
              "multidisciplinair overleg en de zienswijze van ouders en leerling. De Commissie Toewijzing bereidt het "
              "besluit voor en vraagt advies aan twee onafhankelijke deskundigen: een orthopedagoog of GZ-psycholoog en een "
              "tweede deskundige passend bij de leerling. De directeur-bestuurder besluit binnen vier weken na een volledige "
              "aanvraag. Een TLV vso geldt voor ten hoogste twee schooljaren, in categorie laag, midden of hoog."),
        ("h2", "4.2 Criteria"),
        ("table", [["Voorziening", "Een leerling is toelaatbaar als"],
                   ["vso (cluster 3 en 4)", "a) de ondersteuningsbehoefte aantoonbaar groter is dan wat de school met extra "
                    "ondersteuning kan bieden; b) ten minste één arrangement van twaalf weken is ingezet en geëvalueerd, of "
                    "de situatie direct onveilig is; c) beide deskundigen positief adviseren."],
                   ["praktijkonderwijs", "de leerling voldoet aan de landelijke criteria: IQ tussen 55 en 80 en een "
                    "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen."],
                   ["lwoo", "de leerling voldoet aan de landelijke criteria (IQ 75-90 of 91-120 met sociaal-emotionele "
                    "problematiek, en leerachterstanden van 1,5 tot 3 jaar); ons verband maakt geen gebruik van opting out."]]),
        ("p", "Voor pro en lwoo dient de vo-school waar de leerling is aangemeld de aanvraag in; de Commissie Toewijzing "
              "beslist binnen vier weken, uiterlijk 15 mei voor leerlingen die in augustus starten."),
        ("h1", "5. Terug naar het regulier onderwijs"),
        ("p", "Wij willen dat leerlingen in het vso zo mogelijk een diploma of certificaat halen in het reguliere vo. "
              "Overstap naar een reguliere school is daarom ons doel voor iedere vso-leerling bij wie het OPP dat toelaat. "
              "Voorwaarden zijn dat de leerling stabiel functioneert in een groep van meer dan vijftien leerlingen, dat de "
              "ontvangende school de benodigde ondersteuning kan bieden en dat ouders en leerling de stap willen zetten. "
              "Een leerling die overstapt, krijgt gedurende het eerste jaar een coach uit het vso en een terugkeerbudget van "
              "€ 2.500 voor de ontvangende school."),
        ("p", "Hoe de stappen, de beslismomenten en de rol van de Commissie Toewijzing er precies uitzien, leggen de "
              "vso-scholen en het loket in het eerste planjaar vast in een gezamenlijk protocol."),
        ("h1", "6. Ouders en leerlingen"),
        ("p", "Op onze website staat per school wat zij aan ondersteuning biedt, en welke bovenschoolse voorzieningen er zijn. "
              "De ouderfolder 'Ondersteuning in het vo' is beschikbaar in het Nederlands, Engels, Turks en Arabisch en wordt "
              "in groep 8 via de basisscholen verspreid. Ieder najaar houden wij een informatieavond over ondersteuning. "
              "Scholen nemen hun ondersteuningsaanbod op in de schoolgids."),
        ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. In de ondersteuningsplanraad zijn ouders en "
              "leerlingen vertegenwoordigd."),
        ("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten wij in zodra de wet daartoe verplicht. Over de vorm "
              "besluiten we na overleg met het samenwerkingsverband primair onderwijs."),
        ("h1", "7. Financiën en meerjarenbegroting"),
        ("p", "Het samenwerkingsverband verdeelt de middelen volgens een schoolmodel. Elk bestuur ontvangt voor lichte "
              "ondersteuning € 112 per leerling op de teldatum 1 oktober. Voor lwoo en pro ontvangt het bestuur een bedrag per "
              "leerling met een aanwijzing, gelijk aan het landelijk normbedrag minus 5 procent voor het bovenschools budget. "
              "Individuele arrangementen worden door de Commissie Toewijzing toegekend op basis van het OPP. Het verdeelmodel "
              "wordt jaarlijks in november door het bestuur vastgesteld na advies van de directeuren."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Saldo", "n.t.b.", "n.t.b.", "n.t.b.", "n.t.b."]]),
        ("p", "De bedragen in de meerjarenbegroting volgen na vaststelling van de rijksbekostiging; de uitgewerkte begroting "
              "staat in bijlage 3."),
        ("h1", "8. Resultaten"),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("table", [["Doel", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
                   ["Aantal thuiszitters langer dan drie maanden", "23", "minder dan 10"],
                   ["Doorlooptijd TLV-aanvraag", "7 weken", "ten hoogste 4 weken"],
                   ["Leerlingen OPDC die binnen een jaar terug zijn op een vo-school", "68%", "80%"],
                   ["Leerlingen met een arrangement die het OPP-doel halen", "71%", "85%"]]),
        ("p", "Het bureau verzamelt de gegevens per kwartaal uit het digitale loket en de leerlingadministratie. Twee keer "
              "per jaar bespreekt het bestuur een voortgangsrapportage; in het jaarverslag rapporteren wij de bereikte "
              "resultaten per doel, samen met de kosten van de betrokken voorzieningen. Ook de ondersteuningsplanraad "
              "ontvangt de rapportages."),
        ("h1", "9. Organisatie"),
        ] + f["governance"] + f["personeel"] + f["prof"] + f["opr"] + f["oogo"] + f["ict"] + f["planning"] + f["organisatie_extra"] + [
        ("h1", "Bijlage 1 Afkortingen"),
        ("ul", ["OPDC - orthopedagogisch-didactisch centrum", "OJSP - ouder- en jeugdsteunpunt", "pro - praktijkonderwijs",
                "lwoo - leerwegondersteunend onderwijs", "TLV - toelaatbaarheidsverklaring",
                "Terugplaatsing - overstap van vso naar regulier vo"]),
    ]
    header = "SWV Kempenland-Zuid | Ondersteuningsplan 2026-2030"
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.2 defines the level for every vestiging (niveau) but the concrete content is only in 'Kwaliteitskaart' bijlage 2, which is not in the document.",
               "plaatsing": "Ch.4: procedure (bevoegd gezag, loket, Commissie Toewijzing, 2 deskundigen, 4 weeks, duration/category), criteria only in a table (vso, pro, lwoo); no bezwaar route.",
               "terugstroom": "Ch.5 gives policy (aim, conditions, coach + terugkeerbudget) but the procedure is deferred to a protocol 'in het eerste planjaar'.",
               "financien": "Ch.7 verdeelmodel with per-leerling amounts, but meerjarenbegroting is all p.m./n.t.b. and refers to absent bijlage 3.",
               "dekkend-aanbod": "Ch.3: continuum (ondersteuningsteam, trajectvoorziening, OPDC, rebound, ISK, pro, vso) and thuiszitterstafel, half-yearly wachtlijst analysis.",
               "resultaten": "Ch.8: table with nulmeting and streefwaarden, quarterly data collection, biannual report, jaarverslag.",
               "ouders": "Ch.6: website, folder in 4 languages, info evening, schoolgids; independent OJSP only announced for later, no independent help named."},
    )
    return b, header, label


# ---------------------------------------------------------------------------
# Plan 3 - PO, html. Veenweide-Oost.
# ---------------------------------------------------------------------------

def plan3():
    v = dict(kort="Veenweide-Oost", naam="Stichting Samenwerkingsverband Passend Onderwijs Veenweide-Oost",
             gemeenten="Veenhuizen-Oost, Moerdrecht, Turfwijk en Giethoorne-Zuid", besturen="6",
             scholen="38 basisscholen, één school voor speciaal basisonderwijs en twee so-scholen",
             leerlingen="7.100", rechtsvorm="stichting", fte="12", opr="10", oogo="3 februari 2026",
             ander_swv="Samenwerkingsverband VO Veenweide", periode="2026-2027 tot en met 2029-2030",
             opr_datum="5 maart 2026", vast_datum="19 maart 2026")
    f = filler(v)
    b = [
        ("title", "Ondersteuningsplan Veenweide-Oost 2026-2030 (PO 27-11)"),
        ("sub", "Webversie. Deze pagina bevat de volledige tekst van het plan; de pdf-versie is identiek."),
        ("toc", ["1 Inleiding", "2 Wettelijke opdracht", "3 Basisondersteuning", "4 Extra ondersteuning en arrangementen",
                 "5 Toelaatbaarheid", "5.4 Doorstroom en terugplaatsing", "6 Samenwerking met gemeenten",
                 "7 Ouders", "8 Financiën", "9 Kwaliteitszorg en resultaten", "10 Organisatie", "Verklarende woordenlijst"]),
        ("h1", "1 Inleiding"),
        ("p", "Welkom op de webversie van ons ondersteuningsplan. Veenweide-Oost is een samenwerkingsverband in "
              "ontwikkeling: na een fusie van twee verbanden in 2022 ligt er nu een plan dat voor de hele regio geldt."),
        ] + f["totstandkoming"] + f["regio"] + [
        ("h1", "2 Wettelijke opdracht"),
        ("p", "In onderstaand overzicht koppelen wij de onderdelen van artikel 18a lid 8 WPO aan de hoofdstukken."),
        ("table", [["Onderdeel WPO 18a lid 8", "Hoofdstuk/paragraaf"],
                   ["a - samenhangend geheel, basisondersteuning", "3 en 4"],
                   ["b - verdeling en besteding middelen, meerjarenbegroting", "8"],
                   ["c - toelaatbaarheid sbo en so", "5"],
                   ["d - terugplaatsing / overplaatsing", "5.4"],
                   ["e - resultaten", "9"],
                   ["f - informatie ouders, onafhankelijke ondersteuning", "7"]]),
        ] + f["visie"] + f["context"] + [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de "
              "onderwijsondersteuningsstructuur van de school planmatig wordt uitgevoerd. In Veenweide-Oost is afgesproken "
              "dat alle 38 basisscholen, op al hun locaties, ten minste de volgende standaarden waarmaken. Dit niveau is "
              "bindend voor alle besturen."),
        ("table", [["Standaard", "Wat dit op elke school betekent"],
                   ["Leerlingvolgsysteem", "Tweemaal per jaar toetsing, analyse per groep, bespreking met de intern begeleider."],
                   ["Lezen en dyslexie", "Protocol Leesproblemen en Dyslexie; extra leestijd van 3 x 20 minuten per week voor zwakke lezers."],
                   ["Gedrag", "Schoolbrede gedragsaanpak (PBS of gelijkwaardig), gedragsspecialist beschikbaar binnen het bestuur."],
                   ["Taal en NT2", "Aanbod voor leerlingen met een taalachterstand, inclusief woordenschatprogramma."],
                   ["Begaafdheid", "Signaleringsinstrument en verrijkingsaanbod in de groep."],
                   ["Ondersteuningsteam", "Minimaal zes keer per jaar, met schoolmaatschappelijk werk en consulent."],
                   ["Medisch handelen", "Protocol medisch handelen en afspraken over medicijngebruik."]]),
        ("p", "Het samenwerkingsverband toetst dit jaarlijks met een zelfevaluatie van de scholen en een steekproef van "
              "vijf schoolbezoeken."),
        ("h1", "4 Extra ondersteuning en arrangementen"),
        ("p", "Wanneer de basisondersteuning niet volstaat, kan de school extra ondersteuning inzetten. Het aanbod is "
              "opgebouwd als een continuüm: een arrangement op de eigen school (ambulante begeleiding door een specialist, "
              "een aangepast programma), een tijdelijke plaatsing in een van de twee bovenschoolse groepen (de Taalklas in "
              "Moerdrecht en de Kangoeroegroep voor hoogbegaafde kinderen in Turfwijk), en ten slotte het speciaal "
              "basisonderwijs of het speciaal onderwijs. De consulent van het samenwerkingsverband denkt mee in het "
              "ondersteuningsteam en helpt de school bij de keuze."),
        ("p", "Een analyse van de plekken waar ons aanbod nog tekortschiet, hebben wij nog niet gemaakt; de werkgroep "
              "dekkend netwerk rapporteert daarover in het voorjaar van 2027. Met de gemeenten is afgesproken dat het thema "
              "thuiszitters op de agenda van het OOGO in 2026 komt."),
        ("h1", "5 Toelaatbaarheid"),
        ("h2", "5.1 Wie vraagt aan en wie beslist"),
        ("p", "Het schoolbestuur vraagt de TLV aan bij het Loket Veenweide-Oost, na bespreking in het ondersteuningsteam "
              "waarbij ouders aanwezig zijn. Het loket toetst de aanvraag op volledigheid en legt haar voor aan twee "
              "deskundigen: een orthopedagoog van het samenwerkingsverband en, afhankelijk van de vraag, een kinderarts, "
              "psycholoog of maatschappelijk werker. Beide schrijven een eigen advies. De directeur besluit binnen zes weken."),
        ("h2", "5.2 Criteria sbo en so"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als hij of zij een ontwikkelingsperspectief "
              "heeft dat uitkomt onder het niveau van eind groep 6, de school ten minste een half jaar een arrangement heeft "
              "ingezet en geëvalueerd, en de leerling in een kleinere groep met meer structuur naar verwachting beter tot "
              "ontwikkeling komt. Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 als er sprake is van een "
              "verstandelijke, lichamelijke of meervoudige beperking die intensieve ondersteuning en zorg vraagt die het "
              "sbo niet kan bieden; tot cluster 4 bij ernstige gedrags- of psychiatrische problematiek waarbij de veiligheid "
              "of het leren in een reguliere setting structureel niet lukt."),
        ("h2", "5.3 Geldigheid en bezwaar"),
        ("p", "De TLV geldt tot 31 juli van het schooljaar waarin de termijn afloopt; voor het so wordt de "
              "bekostigingscategorie laag, midden of hoog vastgesteld. Ouders en school kunnen binnen zes weken bezwaar "
              "maken; de Landelijke Bezwaaradviescommissie brengt advies uit."),
        ("h2", "5.4 Doorstroom en terugplaatsing"),
        ("p", "De overstap van groep 8 naar het voortgezet onderwijs vraagt om een warme overdracht. Met het "
              "samenwerkingsverband VO is afgesproken dat iedere leerling met een arrangement in januari van groep 8 wordt "
              "besproken in een overdrachtsgesprek tussen de basisschool en de beoogde vo-school. De intern begeleider draagt "
              "het onderwijskundig rapport over via het landelijke overstapservicepunt."),
        ("h1", "6 Samenwerking met gemeenten"),
        ] + f["oogo"] + [
        ("p", "Met de vier gemeenten werken wij samen aan de aansluiting tussen onderwijs en jeugdhulp. Op iedere school "
              "is een vaste contactpersoon van het lokale team; die schuift aan bij het ondersteuningsteam."),
        ("h1", "7 Ouders"),
        ("p", "Ouders worden op drie manieren geïnformeerd over de ondersteuningsmogelijkheden. Iedere school beschrijft haar "
              "ondersteuning in de schoolgids. Op de website van het samenwerkingsverband staan de ondersteuningsroute, de "
              "arrangementen en de bovenschoolse groepen uitgelegd, met filmpjes. Bij iedere aanmelding ontvangen ouders de "
              "brochure 'Ondersteuning in Veenweide-Oost'."),
        ("p", "Onafhankelijke hulp vinden ouders bij het Ouder- en Jeugdsteunpunt Ouderkompas, dat door het "
              "samenwerkingsverband wordt bekostigd maar onafhankelijk werkt, en bij de Onderwijsconsulenten. Ouderkompas "
              "is bereikbaar via telefoon en e-mail en houdt maandelijks spreekuur in de bibliotheek van Moerdrecht."),
        ("h1", "8 Financiën"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks de rijksmiddelen voor passend onderwijs. De verdeling van die "
              "middelen en de meerjarenbegroting worden jaarlijks door het bestuur vastgesteld en zijn opgenomen in het "
              "Financieel Jaarplan; dat is te raadplegen via de website. Het verdeelmodel voor 2027 en verder is p.m."),
        ("h1", "9 Kwaliteitszorg en resultaten"),
        ("p", "Viermaal per jaar verzamelt het bureau de kengetallen: het aantal afgegeven TLV's per soort, het "
              "deelnamepercentage sbo en so op 1 oktober, het aantal arrangementen, de doorlooptijd van aanvragen en de "
              "tevredenheid van scholen en ouders over het loket. Deze cijfers worden besproken met de schoolbesturen en de "
              "OPR en gepubliceerd in het jaarverslag. In 2024-2025 was het deelnamepercentage sbo 2,1% en so 1,6%."),
        ("p", "De beoogde resultaten voor de planperiode formuleren wij nadat de nulmeting in het schooljaar 2026-2027 is "
              "afgerond."),
        ("h1", "10 Organisatie"),
        ] + f["governance"] + f["personeel"] + f["prof"] + f["opr"] + f["ict"] + f["planning"] + f["organisatie_extra"] + [
        ("h1", "Verklarende woordenlijst"),
        ("ul", ["Terugplaatsing: de overstap van een leerling uit sbo of so naar een reguliere basisschool na afloop van de TLV.",
                "Verdeelmodel: de regels volgens welke de middelen over de besturen worden verdeeld.",
                "Meerjarenbegroting: begroting over vier jaar.",
                "Thuiszitter: leerplichtige leerling die zonder geldige reden niet naar school gaat.",
                "Dekkend netwerk: het geheel van voorzieningen waarmee iedere leerling een passende plek krijgt."]),
    ]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing", financien="missing",
                      **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.3: binding level for all locations plus standards table (content in table).",
               "plaatsing": "Ch.5: loket, 2 deskundigen with own advice, director decides in 6 weeks; sbo/so/cluster criteria; duration, category, bezwaar.",
               "terugstroom": "Legal table points to 5.4 'Doorstroom en terugplaatsing', which is only about PO-VO warme overdracht; terugplaatsing defined only in the woordenlijst.",
               "financien": "Ch.8 only refers to the Financieel Jaarplan on the website and says the verdeelmodel is p.m.; no criteria, no amounts.",
               "dekkend-aanbod": "Ch.4 describes the continuum; gap analysis deferred to spring 2027 and thuiszitters only put on a future OOGO agenda.",
               "resultaten": "Ch.9 describes quarterly monitoring and reporting with figures, but intended results are deferred until after a nulmeting.",
               "ouders": "Ch.7: schoolgids, website, brochure; independent OJSP Ouderkompas and Onderwijsconsulenten."},
    )
    return b, v["naam"], label


# ---------------------------------------------------------------------------
# Plan 4 - VO, pdf only (rendered from a temporary docx). Noordkust.
# ---------------------------------------------------------------------------

def plan4():
    v = dict(kort="SWV VO Noordkust", naam="Samenwerkingsverband Voortgezet Onderwijs Noordkust",
             gemeenten="Duinkerke, Zeewolde-Noord, Strandhoven en Polderwijk", besturen="5",
             scholen="11 vo-scholen, één school voor praktijkonderwijs en één vso-school", leerlingen="8.900",
             rechtsvorm="stichting", fte="14", opr="10", oogo="20 januari 2026",
             ander_swv="het Samenwerkingsverband PO Noordkust", periode="2026-2027 tot en met 2029-2030",
             opr_datum="3 maart 2026", vast_datum="17 maart 2026")
    f = filler(v)
    b = [
        ("title", "Koers op passend onderwijs - Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband Voortgezet Onderwijs Noordkust (VO 21-02)"),
        ("toc", ["Voorwoord", "1 Opdracht uit de wet", "2 Onze koers", "3 Ondersteuning op school", "   3.1 Basisondersteuning",
                 "4 Het netwerk van voorzieningen", "5 Toelaatbaarheid", "6 Doorlopende leerroutes",
                 "   6.3 Van vso terug naar regulier", "7 Klachten, bezwaar en geschillen", "8 Ambities en resultaten",
                 "9 Financiën", "10 Bestuur en medezeggenschap", "Afkortingen"]),
        ("pagebreak", None),
        ("h1", "Voorwoord"),
        ("p", "Noordkust is een kleine regio met korte lijnen. Dat is een kracht, maar het maakt ons ook kwetsbaar: één "
              "voorziening die wegvalt, is direct voelbaar. Dit plan beschrijft hoe we de komende vier jaar koers houden."),
        ] + f["totstandkoming"] + [
        ("h1", "1 Opdracht uit de wet"),
        ("table", [["Wat de wet vraagt (art. 17a lid 8 WVO)", "Waar in dit plan"],
                   ["Basisondersteuning op iedere vestiging", "§ 3.1"],
                   ["Samenhangend geheel van voorzieningen", "hoofdstuk 4"],
                   ["Procedure en criteria vso, lwoo en pro", "hoofdstuk 5"],
                   ["Terugplaatsing/overplaatsing naar vo", "§ 6.3"],
                   ["Beoogde en bereikte resultaten", "hoofdstuk 8"],
                   ["Verdeling en besteding middelen, meerjarenbegroting", "hoofdstuk 9"],
                   ["Informatie aan ouders en onafhankelijke ondersteuning", "hoofdstuk 7"]]),
        ("h1", "2 Onze koers"),
        ] + f["visie"] + f["context"] + f["regio"] + [
        ("h1", "3 Ondersteuning op school"),
        ("h2", "3.1 Basisondersteuning"),
        ("p", "De besturen herijken in 2026 het niveau van de basisondersteuning. Omdat een landelijke norm in voorbereiding "
              "is, wachten wij de uitkomst daarvan af; het nieuwe ijkpunt presenteren wij zodra die norm bekend is. Tot die "
              "tijd: p.m."),
        ("h1", "4 Het netwerk van voorzieningen"),
        ("p", "Als een school meer nodig heeft dan zij zelf kan bieden, kan zij gebruikmaken van het regionale netwerk. "
              "Op de scholen zijn trajectklassen waar leerlingen een deel van de week in een kleine groep werken. Het "
              "OPDC Noordkust biedt 40 plaatsen voor leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren, "
              "gedurende maximaal twee jaar. De time-outvoorziening Havenlicht vangt leerlingen maximaal acht weken op. "
              "Daarnaast zijn er het praktijkonderwijs en de vso-school De Golfslag (cluster 4, met een afdeling cluster 3)."),
        ("p", "Het loket houdt een lijst bij van alle leerlingen die langer dan twee weken verzuimen of op een wachtlijst "
              "staan. Elke maand bespreekt het zorgoverleg, met leerplicht en de jeugdconsulenten van de gemeenten, deze "
              "lijst. In 2024-2025 waren er 17 thuiszitters; voor 12 van hen is binnen drie maanden een plek gevonden. "
              "Blijkt dat een bepaalde groep leerlingen structureel geen plek vindt, dan doet de directeur binnen drie "
              "maanden een voorstel aan het bestuur voor een nieuwe voorziening, zoals in 2024 gebeurde met de "
              "Havenlicht-groep."),
        ("h1", "5 Toelaatbaarheid"),
        ("p", "De aanvraagroute, de termijnen en de samenstelling van de commissie voor toelaatbaarheidsverklaringen staan "
              "in het Reglement Toelaatbaarheid op www.swvnoordkust.nl."),
        ("table", [["Soort", "Criteria"],
                   ["vso cluster 4", "Een leerling is toelaatbaar als (1) er sprake is van ernstige gedrags- of psychiatrische "
                    "problematiek, vastgesteld door een gedragswetenschapper, (2) een traject in trajectklas of OPDC van ten "
                    "minste drie maanden onvoldoende resultaat heeft gehad, en (3) het onderwijs een intensieve combinatie van "
                    "onderwijs en zorg vraagt."],
                   ["vso cluster 3", "Een leerling is toelaatbaar bij een verstandelijke beperking (IQ onder 55), een "
                    "lichamelijke beperking of langdurige ziekte die dagelijkse verzorging of medisch handelen vraagt dat een "
                    "vo-school niet kan bieden."],
                   ["praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstanden van ten minste drie jaar op "
                    "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."],
                   ["lwoo", "Landelijke criteria; geen eigen criteria (geen opting out)."]]),
        ("h1", "6 Doorlopende leerroutes"),
        ("h2", "6.1 Van basisschool naar vo"),
        ("p", "In januari van groep 8 vindt voor iedere leerling met een ondersteuningsbehoefte een overdrachtsgesprek plaats."),
        ("h2", "6.2 Van vo naar mbo"),
        ("p", "Met de twee mbo-instellingen in de regio is een overstapprotocol afgesproken voor kwetsbare jongeren."),
        ("h2", "6.3 Van vso terug naar regulier"),
        ("p", "Een herstart in het regulier onderwijs is voor ons het uitgangspunt voor iedere leerling in het vso bij wie "
              "het ontwikkelingsperspectief uitzicht biedt op een diploma in havo, vmbo of pro. Wij stellen als voorwaarde dat "
              "de vso-school en de ontvangende school samen vaststellen dat de leerling de overstap aankan, en dat er voor de "
              "eerste twaalf maanden een begeleidingsplan ligt. De ontvangende school krijgt daarvoor een overstaparrangement "
              "van het samenwerkingsverband."),
        ("p", "In het voorlaatste jaar van de TLV bespreekt De Golfslag bij de OPP-evaluatie in februari of herstart "
              "mogelijk is. Is dat zo, dan meldt de vso-school de leerling vóór 1 april bij het loket; een consulent zoekt met "
              "ouders en leerling een passende vo-school en plant een proefperiode van zes weken. Na de proefperiode besluit "
              "de loketcommissie over de definitieve overstap. Is herstart niet mogelijk, dan vraagt de vso-school uiterlijk "
              "drie maanden voor het einde van de TLV een nieuwe TLV aan."),
        ("h1", "7 Klachten, bezwaar en geschillen"),
        ("p", "Ouders en leerlingen die vastlopen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noordkust. Het steunpunt "
              "is onafhankelijk van scholen en samenwerkingsverband, is telefonisch en via WhatsApp bereikbaar en kan "
              "ouders begeleiden naar gesprekken. Ook de Onderwijsconsulenten kunnen kosteloos bemiddelen. Geschillen over "
              "toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs; "
              "klachten over het samenwerkingsverband behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten."),
        ("p", "Communicatie met scholen en partners verloopt via de maandelijkse nieuwsbrief en het bestuurdersoverleg. "
              "Informatie voor ouders over het ondersteuningsaanbod verschijnt op een nieuwe ouderwebsite die in 2027 live gaat."),
        ("h1", "8 Ambities en resultaten"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte willen wij aan het einde van de planperiode het volgende "
              "bereiken: 90 procent van de leerlingen die het OPDC verlaten, zit een jaar later nog op dezelfde school; 80 "
              "procent van de leerlingen met een overstaparrangement zit na een jaar nog op de reguliere school; het aantal "
              "leerlingen dat zonder startkwalificatie het vso verlaat, is gehalveerd; en iedere TLV-aanvraag is binnen vijf "
              "weken afgehandeld."),
        ("p", "Hoe wij deze doelen gaan meten en waar wij erover rapporteren, werken wij uit in het kwaliteitskader dat in "
              "de loop van 2027 verschijnt."),
        ("h1", "9 Financiën"),
        ("p", "De huidige verdeelsleutel wordt in 2026 geëvalueerd. De nieuwe allocatieregels legt het bestuur in het najaar "
              "van 2026 vast; zij gaan in per 1 januari 2027."),
        ("table", [["Meerjarenbegroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "9.420.000", "9.310.000", "9.220.000", "9.150.000"],
                   ["Afdracht vso (DUO)", "3.150.000", "3.120.000", "3.100.000", "3.080.000"],
                   ["Toekenning aan schoolbesturen", "3.600.000", "3.550.000", "3.500.000", "3.470.000"],
                   ["OPDC en time-out", "1.350.000", "1.350.000", "1.330.000", "1.330.000"],
                   ["Overstap- en maatwerkarrangementen", "420.000", "420.000", "420.000", "420.000"],
                   ["Bureau en loket", "980.000", "1.000.000", "1.010.000", "1.020.000"],
                   ["Saldo", "-80.000", "-130.000", "-140.000", "-150.000"]]),
        ("h1", "10 Bestuur en medezeggenschap"),
        ] + f["governance"] + f["personeel"] + f["prof"] + f["opr"] + f["oogo"] + f["ict"] + f["planning"] + f["organisatie_extra"] + [
        ("h1", "Afkortingen"),
        ("ul", ["BO - basisondersteuning", "OJSP - ouder- en jeugdsteunpunt", "OPDC - orthopedagogisch-didactisch centrum",
                "TLV - toelaatbaarheidsverklaring", "pro - praktijkonderwijs", "lwoo - leerwegondersteunend onderwijs"]),
    ]
    header = "Koers op passend onderwijs | SWV VO Noordkust | basisondersteuning, toelaatbaarheid, ouders"
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"terugstroom": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Legal table points to 3.1, which only defers the level ('herijken in 2026', 'p.m.'); term only in TOC, header, afkortingen.",
               "plaatsing": "Ch.5: criteria only in a table (vso cl.3/4, pro, lwoo); the procedure is referred to a Reglement on the website.",
               "terugstroom": "Hidden in 6.3 'Van vso terug naar regulier' under 'Doorlopende leerroutes' ('herstart'): aim, conditions, overstaparrangement, steps, dates, deciding body.",
               "financien": "Ch.9 meerjarenbegroting table with amounts, but verdeelsleutel/allocation rules are deferred to autumn 2026.",
               "dekkend-aanbod": "Ch.4: trajectklassen, OPDC, time-out, pro, vso; loket list, monthly zorgoverleg, thuiszitters figures, proposal for new provision.",
               "resultaten": "Ch.8 states concrete targets, but how they are measured/reported is deferred to a kwaliteitskader 'in de loop van 2027'.",
               "ouders": "Steunpunt only under ch.7 'Klachten, bezwaar en geschillen' (OJSP, Onderwijsconsulenten, GPO); information for parents deferred to a website going live in 2027."},
    )
    return b, header, label


# ---------------------------------------------------------------------------
# Plan 5 - PO, docx only. Heuvelland-West, 'plan op hoofdlijnen'.
# ---------------------------------------------------------------------------

def plan5():
    v = dict(kort="Heuvelland-West", naam="Samenwerkingsverband Passend Onderwijs Heuvelland-West",
             gemeenten="Bergharen, Valkendaal, Geulhoven en Mergelrade", besturen="8",
             scholen="52 basisscholen, twee sbo-scholen en twee so-scholen", leerlingen="11.300",
             rechtsvorm="vereniging", fte="19", opr="16", oogo="3 februari 2026",
             ander_swv="het Samenwerkingsverband VO Heuvelland", periode="2026-2027 tot en met 2029-2030",
             opr_datum="12 maart 2026", vast_datum="26 maart 2026")
    f = filler(v)
    b = [
        ("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
        ("sub", "Samenwerkingsverband Passend Onderwijs Heuvelland-West (PO 23-05)"),
        ("toc", ["Voorwoord", "1 Leeswijzer: de wettelijke eisen", "2 Wat ieder kind op iedere school mag verwachten",
                 "3 Dekkend netwerk en thuiszitters", "4 Toewijzing en toelaatbaarheid", "5 Terugplaatsing",
                 "6 Geld en middelen", "7 Ouders", "8 Opbrengsten en kwaliteit", "9 Bestuur en organisatie",
                 "Begrippen"]),
        ("pagebreak", None),
        ("h1", "Voorwoord"),
        ("p", "Dit is een plan op hoofdlijnen. Het beschrijft de koers voor vier jaar; de uitwerking staat in het jaarplan, "
              "in reglementen en op onze website. Zo houden we het plan kort en blijft het actueel."),
        ("p", "Heuvelland-West bestaat tien jaar in zijn huidige vorm. In die tijd is de organisatie gegroeid van een klein "
              "secretariaat naar een bureau met eigen consulenten en gedragsdeskundigen. Tegelijk hebben de besturen geleerd "
              "elkaar te vertrouwen en gezamenlijk keuzes te maken, ook als die voor één bestuur minder gunstig uitvallen. "
              "Dat vertrouwen is het fundament onder dit plan. Wij bedanken de leden van de schrijfgroep, de "
              "ondersteuningsplanraad en de directeuren voor hun kritische en constructieve inbreng, en de medewerkers van "
              "het bureau voor het vele werk achter de schermen. Wij hopen dat dit plan de komende vier jaar een bruikbaar "
              "kompas is voor iedereen die in onze regio werkt aan goed onderwijs."),
        ] + f["totstandkoming"] + [
        ("h1", "1 Leeswijzer: de wettelijke eisen"),
        ("table", [["Wettelijke eis (WPO art. 18a lid 8)", "Paragraaf"],
                   ["a. samenhangend geheel van voorzieningen", "3"],
                   ["a. basisondersteuningsvoorzieningen", "2"],
                   ["b. verdeling, besteding, meerjarenbegroting", "6"],
                   ["c. procedure en criteria sbo en so", "4"],
                   ["d. terugplaatsing en overplaatsing", "5"],
                   ["e. beoogde en bereikte resultaten", "8"],
                   ["f. informatie aan ouders en onafhankelijke ondersteuning", "7"]]),
        ] + f["regio"] + f["visie"] + f["context"] + [
        ("h1", "2 Wat ieder kind op iedere school mag verwachten"),
        ("p", "Alle acht besturen hebben zich eraan verbonden dat elke school, op iedere locatie, het onderstaande "
              "pakket levert. Dit is het afgesproken minimum in Heuvelland-West; wat een school daarbovenop doet, legt zij "
              "vast in haar ondersteuningsprofiel."),
        ("table", [["Onderdeel", "Concreet"],
                   ["Deskundigheid", "Intern begeleider (minimaal 2 dagen per week per 250 leerlingen); toegang tot een orthopedagoog van het bestuur."],
                   ["Signalering", "Screening taal en rekenen in groep 2; jaarlijks sociaal-emotioneel volgsysteem."],
                   ["Interventies", "Dyslexie- en dyscalculieprotocol; RT-aanbod in kleine groepjes; faalangstreductietraining vanaf groep 6."],
                   ["Gedrag en veiligheid", "Schoolbreed gedragsprogramma; pestprotocol; time-in plek in de school."],
                   ["Planmatig werken", "OPP voor iedere leerling met een eigen leerlijn, tweemaal per jaar geëvalueerd."],
                   ["Samenwerking", "Schoolmaatschappelijk werk minimaal vier uur per week per school."]]),
        ("h1", "3 Dekkend netwerk en thuiszitters"),
        ("p", "Het overzicht van arrangementen en voorzieningen in de regio verschijnt in de Ondersteuningswijzer, die in "
              "2027 wordt gepubliceerd. Onze aanpak van thuiszitters wordt uitgewerkt in een apart convenant met de "
              "gemeenten; dat convenant is nog in voorbereiding."),
        ("h1", "4 Toewijzing en toelaatbaarheid"),
        ("p", "De procedure en de criteria voor het afgeven van toelaatbaarheidsverklaringen voor het sbo en het so zijn "
              "vastgelegd in het Toewijzingsreglement Heuvelland-West. Het reglement wordt door het bestuur vastgesteld en "
              "maakt geen deel uit van dit plan; het staat op www.heuvelland-west.nl/reglementen."),
        ("h1", "5 Terugplaatsing"),
        ("p", "Voor iedere leerling in het sbo of so wordt in het laatste jaar van de TLV bekeken of voortzetting nodig is. "
              "Dat verloopt in vier stappen. Stap 1: in oktober evalueert de sbo- of so-school het OPP. Stap 2: in november "
              "bespreekt de school de uitkomst in een multidisciplinair overleg met de consulent van het "
              "samenwerkingsverband en, als overstap in beeld is, met de beoogde basisschool. Stap 3: vóór 1 februari stuurt "
              "de sbo- of so-school een advies naar het loket: overstap naar een basisschool, overplaatsing naar een andere "
              "speciale school, of een nieuwe TLV. Stap 4: de directeur van het samenwerkingsverband beslist vóór 1 april; "
              "bij overstap eindigt de TLV op 31 juli."),
        ("p", "Welke voorwaarden wij aan een overstap verbinden en welke begeleiding een leerling daarna krijgt, leggen wij "
              "in het eerste planjaar vast."),
        ("h1", "6 Geld en middelen"),
        ("p", "Heuvelland-West werkt met een schoolmodel. Van het ondersteuningsbudget dat overblijft na de afdrachten aan "
              "sbo en so gaat 80 procent rechtstreeks naar de besturen, naar rato van het aantal leerlingen op 1 oktober "
              "(in 2026: € 178 per leerling). De overige 20 procent vormt de bovenschoolse pot, waaruit het bureau, de "
              "consulenten en individuele aanvragen van besturen worden betaald. Een bestuur kan een aanvraag doen als de "
              "kosten voor één leerling hoger zijn dan € 6.000 per jaar; de directeur besluit binnen vier weken."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Ondersteuningsbudget rijk", "12.650", "12.540", "12.400", "12.300"],
                   ["Afdrachten sbo/so", "5.200", "5.180", "5.150", "5.120"],
                   ["Naar besturen (80%)", "5.960", "5.890", "5.800", "5.740"],
                   ["Bovenschoolse pot (20%)", "1.490", "1.470", "1.450", "1.440"],
                   ["Saldo", "0", "0", "0", "0"]]),
        ("p", "Besturen leggen in hun jaarverslag vast waaraan zij de middelen hebben besteed; het bureau bundelt dat in een "
              "rapportage aan het bestuur."),
        ("h1", "7 Ouders"),
        ("p", "Ouders zijn onmisbaar. Een communicatieplan wordt in 2026 opgesteld; welke informatie wij op welke manier "
              "aanbieden, volgt daaruit."),
        ("h1", "8 Opbrengsten en kwaliteit"),
        ("p", "Wij hebben voor de planperiode vier beoogde resultaten vastgesteld voor leerlingen met een "
              "ondersteuningsbehoefte. Ten eerste haalt in 2030 ten minste 80 procent van de leerlingen met een OPP de "
              "doelen voor rekenen en lezen (nu 64 procent). Ten tweede daalt het deelnamepercentage sbo van 2,8 naar 2,3 "
              "procent doordat meer leerlingen met een arrangement op de eigen school blijven. Ten derde is de doorlooptijd "
              "van een aanvraag bij het loket maximaal vier weken. Ten vierde beoordelen scholen de ondersteuning door het "
              "samenwerkingsverband gemiddeld met ten minste een 7,5."),
        ("p", "Het bureau meet deze resultaten twee keer per jaar met gegevens uit de leerlingvolgsystemen, DUO-cijfers op "
              "1 oktober en een korte vragenlijst aan scholen. De uitkomsten worden besproken in het bestuur en in de OPR en "
              "jaarlijks gepubliceerd in het jaarverslag, met een toelichting per doel."),
        ("h1", "9 Bestuur en organisatie"),
        ] + f["governance"] + f["personeel"] + f["prof"] + f["opr"] + f["oogo"] + f["ict"] + f["planning"] + f["organisatie_extra"] + [
        ("h1", "Begrippen"),
        ("ul", ["Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij onderwijsproblemen.",
                "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jeugdigen.",
                "TLV: toelaatbaarheidsverklaring; geeft toegang tot sbo of so.",
                "Deskundigenadvies: het advies van twee deskundigen bij iedere TLV.",
                "Dekkend netwerk: een passend aanbod voor iedere leerling in de regio.",
                "Bezwaar: de mogelijkheid om een besluit over een TLV aan te vechten."]),
    ]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"financien": ["verantwoording"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch.2 'Wat ieder kind op iedere school mag verwachten': agreed minimum for every location plus concrete table.",
               "plaatsing": "Ch.4 only refers to the Toewijzingsreglement on the website ('maakt geen deel uit van dit plan'); deskundigen/bezwaar only in Begrippen.",
               "terugstroom": "Ch.5 gives a 4-step procedure with dates and decision owner, but conditions and support after return are deferred to the first plan year.",
               "financien": "Ch.6 'Geld en middelen': 80/20 schoolmodel, € 178 per leerling, aanvraag threshold, meerjarenbegroting table.",
               "dekkend-aanbod": "Ch.3 only refers to a future Ondersteuningswijzer (2027) and an unfinished convenant; OOGO paragraph is procedural only.",
               "resultaten": "Ch.8 'Opbrengsten en kwaliteit': four targets with baselines, measured twice a year, reported in jaarverslag.",
               "ouders": "Ch.7 only defers a communicatieplan to 2026; OJSP and Onderwijsconsulenten occur only in the Begrippen list."},
    )
    return b, None, label


# ---------------------------------------------------------------------------
# Near-miss: school-level 'ondersteuningsplan' of one basisschool (markdown).
# ---------------------------------------------------------------------------

def nearmiss():
    b = [
        ("title", "Ondersteuningsplan 2025-2026 - OBS De Klimop"),
        ("sub", "Interne ondersteuningsstructuur van de school. Vastgesteld door het MT op 2 september 2025; de MR is geïnformeerd."),
        ("toc", ["1 Inleiding", "2 Wettelijke kaders", "3 Zorgniveaus", "4 Groepsbesprekingen en leerlingbesprekingen",
                 "5 Basisondersteuning op De Klimop", "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid sbo/so",
                 "8 Ouders", "9 Jaarplanning IB", "10 Evaluatie"]),
        ("h2", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Klimop de ondersteuning aan onze 236 leerlingen "
              "organiseren. Het is een werkdocument voor het team: het legt vast wie wat doet, wanneer leerlingen worden "
              "besproken en hoe wij samenwerken met ouders en met het samenwerkingsverband De Rivierenbocht, waarbij onze "
              "school is aangesloten. Het plan wordt ieder schooljaar door de intern begeleider (IB) geactualiseerd."),
        ("h2", "2 Wettelijke kaders"),
        ("table", [["Kader", "Wat het voor onze school betekent"],
                   ["Wet passend onderwijs / zorgplicht", "Wij onderzoeken bij iedere aanmelding of wij de leerling een passende plek kunnen bieden."],
                   ["Ondersteuningsplan samenwerkingsverband", "Onze basisondersteuning voldoet aan de afspraken van De Rivierenbocht."],
                   ["Schoolondersteuningsprofiel (SOP)", "Ons profiel staat in de schoolgids."],
                   ["Wet op het primair onderwijs art. 8", "Het onderwijs is afgestemd op de voortgang van de leerling."]]),
        ("h2", "3 Zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep door de leerkracht. Niveau 2 is extra "
              "zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3 is speciale zorg na een leerlingbespreking, met "
              "een handelingsplan. Niveau 4 is zorg met inzet van externe deskundigen, zoals de orthopedagoog van het bestuur "
              "of de consulent van het samenwerkingsverband. Niveau 5 is de verwijzing naar speciaal (basis)onderwijs."),
        ("h2", "4 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar voert de IB'er met iedere leerkracht een groepsbespreking, na de toetsperiodes in "
              "oktober, februari en juni. Leerlingen die extra aandacht nodig hebben, worden besproken in de "
              "leerlingbespreking met het hele team. Het ondersteuningsteam (IB, directeur, schoolmaatschappelijk werk en de "
              "consulent van het samenwerkingsverband) komt zes keer per jaar bijeen."),
        ("h2", "5 Basisondersteuning op De Klimop"),
        ("p", "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken: een "
              "dyslexieprotocol, een anti-pestprogramma (KiVa), een plusgroep voor leerlingen die meer aankunnen en een "
              "taalklas voor nieuwkomers op dinsdag- en donderdagochtend. De leesspecialist geeft RT aan kleine groepjes."),
        ("h2", "6 Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning niet voldoende is, vraagt de IB'er in overleg met ouders een arrangement aan bij "
              "het samenwerkingsverband. Dit jaar hebben wij vier arrangementen: twee voor gedrag en twee voor een "
              "eigen leerlijn rekenen. De middelen die wij van ons bestuur ontvangen, zetten wij in voor 0,6 fte "
              "onderwijsassistentie."),
        ("h2", "7 Toelaatbaarheid sbo/so"),
        ("p", "Als de school een leerling niet langer passend onderwijs kan bieden, bespreken wij met ouders een "
              "toelaatbaarheidsverklaring (TLV). De IB'er stelt het groeidocument op en de directeur dient de aanvraag in bij "
              "het loket van het samenwerkingsverband. Het samenwerkingsverband beslist; hoe dat werkt, staat in het "
              "ondersteuningsplan van De Rivierenbocht. In 2024-2025 is voor één leerling een TLV sbo aangevraagd."),
        ("h2", "8 Ouders"),
        ("p", "Ouders zijn onze partners. Zij worden uitgenodigd voor de startgesprekken in september en voor de "
              "rapportgesprekken. Bij zorgniveau 3 of hoger worden ouders altijd betrokken bij het opstellen van het plan. "
              "Ouders kunnen met vragen terecht bij de IB'er; bij een verschil van mening kunnen zij contact opnemen met de "
              "directeur of de vertrouwenspersoon van de school."),
        ("h2", "9 Jaarplanning IB"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "startgesprekken, overdracht groepen"],
                   ["oktober", "toetsen, groepsbesprekingen ronde 1"],
                   ["januari/februari", "toetsen, groepsbesprekingen ronde 2, OPP-evaluatie"],
                   ["juni", "toetsen, groepsbesprekingen ronde 3, overdracht naar volgend jaar"]]),
        ("h2", "10 Evaluatie"),
        ("p", "Aan het einde van het schooljaar evalueert het team dit plan. De resultaten van de leerlingen met een "
              "arrangement worden besproken met het bestuur. Verbeterpunten nemen wij op in het jaarplan van de school."),
    ]
    label = dict(looks_like_plan=False, sector="po",
                 note="School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB planning); "
                      "it refers to the SWV's own plan and is not adopted by a samenwerkingsverband (no OPR, OOGO, planperiode).")
    return b, label


# ---------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def label_yaml(docs, lab):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan") is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  f"  document: \"{lab['note']}\""]
        return "\n".join(lines) + "\n"
    lines.append("looks_like_plan: true")
    lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    for k, val in lab["criteria"].items():
        lines.append(f"  {k}: {'true' if val else 'false'}")
    lines.append("advisory_addressed:")
    for k, val in lab["advisory"].items():
        if val:
            lines.append(f"  {k}: [{', '.join(val)}]")
    lines.append("notes:")
    for e in ELEMENTS:
        note = lab["notes"][e].replace('"', "'")
        lines.append(f"  {e}: \"{note}\"")
    return "\n".join(lines) + "\n"


def main():
    tmpdir = tempfile.mkdtemp(prefix=f"holdout218_{os.getpid()}_")
    try:
        report = []
        # plan 1: docx + pdf
        b, hdr, lab = plan1()
        to_docx(b, OUT / "po-rivierenbocht-2026.docx", hdr)
        docx_to_pdf(b, OUT / "po-rivierenbocht-2026.pdf", hdr, tmpdir)
        (OUT / "po-rivierenbocht-2026.expected.yaml").write_text(
            label_yaml(["po-rivierenbocht-2026.docx", "po-rivierenbocht-2026.pdf"], lab), encoding="utf-8")
        report.append(("po-rivierenbocht-2026", words(b)))
        # plan 2: docx + pdf
        b, hdr, lab = plan2()
        to_docx(b, OUT / "vo-kempenland-zuid-2026.docx", hdr)
        docx_to_pdf(b, OUT / "vo-kempenland-zuid-2026.pdf", hdr, tmpdir)
        (OUT / "vo-kempenland-zuid-2026.expected.yaml").write_text(
            label_yaml(["vo-kempenland-zuid-2026.docx", "vo-kempenland-zuid-2026.pdf"], lab), encoding="utf-8")
        report.append(("vo-kempenland-zuid-2026", words(b)))
        # plan 3: html
        b, title, lab = plan3()
        to_html(b, OUT / "po-veenweide-oost-2026.html", title)
        (OUT / "po-veenweide-oost-2026.expected.yaml").write_text(
            label_yaml(["po-veenweide-oost-2026.html"], lab), encoding="utf-8")
        report.append(("po-veenweide-oost-2026", words(b)))
        # plan 4: pdf only
        b, hdr, lab = plan4()
        docx_to_pdf(b, OUT / "vo-noordkust-2026.pdf", hdr, tmpdir)
        (OUT / "vo-noordkust-2026.expected.yaml").write_text(
            label_yaml(["vo-noordkust-2026.pdf"], lab), encoding="utf-8")
        report.append(("vo-noordkust-2026", words(b)))
        # plan 5: docx only
        b, hdr, lab = plan5()
        to_docx(b, OUT / "po-heuvelland-west-2026.docx", hdr)
        (OUT / "po-heuvelland-west-2026.expected.yaml").write_text(
            label_yaml(["po-heuvelland-west-2026.docx"], lab), encoding="utf-8")
        report.append(("po-heuvelland-west-2026", words(b)))
        # near-miss: markdown
        b, lab = nearmiss()
        to_md(b, OUT / "school-ondersteuningsplan-klimop.md")
        (OUT / "school-ondersteuningsplan-klimop.expected.yaml").write_text(
            label_yaml(["school-ondersteuningsplan-klimop.md"], lab), encoding="utf-8")
        report.append(("school-ondersteuningsplan-klimop", words(b)))
        for name, n in report:
            print(f"{name}: {n} words")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
