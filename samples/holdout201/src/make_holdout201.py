#!/usr/bin/env python3
"""Generate holdout set 201: five fictional ondersteuningsplannen (mostly VO) and one near-miss.

Deterministic, no network. Writes into the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK

OUT = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def B(items): return ("bullets", items)
def T(rows): return ("table", rows)
def BREAK(): return ("break", None)


def render_docx(doc_spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc_spec["header"]
    sec.footer.paragraphs[0].text = doc_spec.get("footer", "")
    # title page
    d.add_paragraph(doc_spec["title"], style="Title")
    for line in doc_spec["subtitle"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if doc_spec.get("toc"):
        d.add_heading("Inhoudsopgave", level=1)
        for line in doc_spec["toc"]:
            d.add_paragraph(line)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, payload in doc_spec["body"]:
        if kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "bullets":
            for it in payload:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tb = d.add_table(rows=len(payload), cols=len(payload[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = str(cell)
            d.add_paragraph("")
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))


def render_md(doc_spec, path):
    out = [f"# {doc_spec['title']}", ""]
    for line in doc_spec["subtitle"]:
        out += [f"*{line}*", ""]
    if doc_spec.get("toc"):
        out += ["## Inhoudsopgave", ""]
        out += [f"- {line}" for line in doc_spec["toc"]]
        out.append("")
    for kind, payload in doc_spec["body"]:
        if kind == "h1":
            out += [f"## {payload}", ""]
        elif kind == "h2":
            out += [f"### {payload}", ""]
        elif kind == "p":
            out += [payload, ""]
        elif kind == "bullets":
            out += [f"- {it}" for it in payload] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(payload[0]) + " |")
            out.append("|" + "---|" * len(payload[0]))
            for row in payload[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    out += ["---", doc_spec.get("footer", "")]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path, pdf_target, tmp):
    prof = Path(tmp) / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copyfile(Path(tmp) / (docx_path.stem + ".pdf"), pdf_target)


# ----------------------------------------------------------------------------------------------
# shared filler (mentions element vocabulary in passing, without addressing criteria)
def voorwoord(naam, periode, extra="", consulted_parents=True):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de invoering "
          "van passend onderwijs in 2014 en tegelijk een plan dat in een veranderende omgeving tot stand kwam. "
          "De landelijke verbeteraanpak, de discussie over een landelijke norm voor de basisondersteuning en de "
          "krapte op de arbeidsmarkt hebben de gesprekken van het afgelopen jaar sterk gekleurd. Wij hebben "
          "geprobeerd daar geen afwachtende houding tegenover te zetten, maar een plan te schrijven dat richting "
          "geeft en tegelijk ruimte laat om bij te sturen."),
        P("Het plan is tot stand gekomen in een reeks werksessies met schoolleiders, ondersteuningscoördinatoren, "
          "bestuurders, leden van de ondersteuningsplanraad en vertegenwoordigers van de gemeenten. " +
          ("Ook ouders en leerlingen hebben we gesproken, onder meer tijdens twee open avonden en in een panel van "
           "leerlingen uit verschillende leerwegen. Hun verhalen over wat goed gaat en wat schuurt, hebben we zo "
           "veel mogelijk laten doorklinken in de keuzes die we maken. " if consulted_parents else
           "Ook een panel van docenten uit verschillende leerwegen heeft meegelezen. ") +
          "Iedereen die heeft meegedacht: hartelijk dank."),
        P("Een ondersteuningsplan is geen doel op zich. Het gaat uiteindelijk om de leerling die net iets meer "
          "nodig heeft dan gemiddeld, om de docent die handelingsverlegen is, en om de ouder die wil weten waar "
          "hij aan toe is. Goede resultaten ontstaan niet op papier maar in de klas. Dat vraagt vertrouwen, "
          "vakmanschap en de bereidheid om over de grenzen van de eigen school heen te kijken. " + extra),
        P("Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven over dit plan."),
        P("Namens het bestuur, de directeur-bestuurder"),
    ]


def leeswijzer(naam):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"Dit ondersteuningsplan beschrijft hoe {naam} de komende vier schooljaren invulling geeft aan de "
          "opdracht uit de wet: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de "
          "scholen, zodat leerlingen een zo ononderbroken mogelijke ontwikkeling doormaken. Het plan is een "
          "kaderstellend document. De uitwerking per jaar vindt plaats in het jaarplan en de jaarbegroting, "
          "die het bestuur jaarlijks vaststelt na overleg met de ondersteuningsplanraad."),
        P("De hoofdstukken volgen grotendeels de volgorde van de wettelijke onderdelen van het plan, aangevuld "
          "met een aantal onderwerpen die wij zelf belangrijk vinden, zoals personeel, ICT en privacy. Achter "
          "in het document vindt u een begrippenlijst en een lijst met afkortingen. Waar in de tekst wordt "
          "verwezen naar bijlagen, zijn deze als afzonderlijke documenten gepubliceerd."),
    ]


def visie(naam, sector="vo"):
    leerling = "jongere" if sector == "vo" else "kind"
    return [
        H1("Missie, visie en ambities"),
        H2("Missie"),
        P(f"{naam} staat voor onderwijs waarin iedere {leerling} zich kan ontwikkelen naar vermogen, zo dicht "
          "mogelijk bij huis en samen met leeftijdgenoten. Wij zijn er voor de scholen, zodat de scholen er "
          "kunnen zijn voor hun leerlingen. De middelen die wij ontvangen zijn publiek geld; wij gaan daar "
          "zorgvuldig, doelmatig en transparant mee om."),
        H2("Visie"),
        P("Passend onderwijs is in onze visie geen apart systeem naast het gewone onderwijs, maar een manier van "
          "kijken: wat heeft deze leerling nodig, en wat heeft de docent nodig om dat te bieden? Wij geloven in "
          "preventie boven curatie, in vroegtijdig samen optrekken met ouders en in het benutten van de kracht "
          "van het netwerk. Een arrangement is een hulpmiddel, geen label."),
        P("Wij kiezen nadrukkelijk voor eigenaarschap bij de schoolbesturen. Zij dragen de zorgplicht en de "
          "verantwoordelijkheid voor goed onderwijs. Het samenwerkingsverband faciliteert, verbindt, "
          "ondersteunt en spreekt aan waar dat nodig is. Dat vraagt om heldere afspraken en om een cultuur "
          "waarin fouten bespreekbaar zijn en successen worden gedeeld."),
        H2("Kernwaarden"),
        B(["Nabijheid: ondersteuning zo dicht mogelijk bij de leerling en de klas.",
           "Samenhang: onderwijs, zorg en jeugdhulp werken vanuit één plan.",
           "Vertrouwen: we gaan uit van de professionaliteit van scholen en docenten.",
           "Transparantie: we zijn open over keuzes, middelen en resultaten.",
           "Leerlingstem: jongeren praten mee over wat zij nodig hebben."]),
        H2("Ambities op hoofdlijnen"),
        P("Voor de komende planperiode formuleren wij vier ambities in algemene zin: de ondersteuning is dichter "
          "bij de klas georganiseerd; procedures zijn eenvoudiger en sneller; de samenwerking met gemeenten en "
          "jeugdhulp is vanzelfsprekend; en het samenwerkingsverband is een lerende organisatie die haar "
          "keuzes onderbouwt. Deze ambities zijn richtinggevend; in de hoofdstukken hierna leest u wat dat "
          "concreet betekent, voor zover dat op dit moment al te zeggen is."),
    ]


def governance(naam, opr_parents=True, opr_date="12 maart 2026", rvt=True):
    body = [
        H1("Organisatie en governance"),
        P(f"{naam} is een stichting waarin alle schoolbesturen in de regio met scholen voor regulier en speciaal "
          "voortgezet onderwijs participeren. De stichting kent een scheiding tussen bestuur en intern toezicht. "
          "De directeur-bestuurder vormt het bestuur; de Raad van Toezicht houdt toezicht op de hoofdlijnen van "
          "beleid, keurt de begroting en de jaarrekening goed en benoemt de accountant. De Algemene "
          "Vergadering van aangesloten schoolbesturen stelt het ondersteuningsplan vast op voorstel van de "
          "directeur-bestuurder en ziet toe op de uitvoering ervan." if rvt else
          f"{naam} is een vereniging van schoolbesturen. Het algemeen bestuur bestaat uit een vertegenwoordiger "
          "van ieder aangesloten bestuur; een onafhankelijk voorzitter leidt de vergaderingen. Het dagelijks "
          "bestuur is gemandateerd aan de directeur. Het algemeen bestuur keurt de begroting en de jaarrekening "
          "goed en stelt het ondersteuningsplan vast."),
        P("Het bureau van het samenwerkingsverband telt ongeveer twaalf medewerkers: de directeur-bestuurder, "
          "een controller, een beleidsmedewerker, consulenten passend onderwijs, een orthopedagoog, een "
          "secretariaat en een functionaris gegevensbescherming die wordt ingehuurd. Het bureau is gevestigd in "
          "een gedeeld pand met het regionaal bureau leerplicht, wat de lijnen kort houdt."),
        H2("Medezeggenschap"),
    ]
    if opr_parents:
        body.append(P("De ondersteuningsplanraad (OPR) bestaat voor de helft uit ouders en leerlingen en voor de "
                      "helft uit personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De "
                      "OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Ouders in "
                      "de OPR brengen nadrukkelijk het perspectief van gezinnen in; de OPR vergadert zes keer per "
                      f"jaar, waarvan twee keer met de directeur-bestuurder. De OPR heeft op {opr_date} "
                      "ingestemd met dit plan."))
    else:
        body.append(P(f"Het plan is besproken met de ondersteuningsplanraad (OPR), die op {opr_date} instemming "
                      "heeft verleend. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad "
                      "voor het personeel van het bureau."))
    body += [
        H2("Code goed bestuur en integriteit"),
        P("Wij volgen de code goed bestuur van de sectorraad. Nevenfuncties van bestuurder en toezichthouders "
          "worden jaarlijks gepubliceerd. Een klokkenluidersregeling en een integriteitscode zijn vastgesteld. "
          "Belangenverstrengeling is een reëel risico in een organisatie waarin schoolbesturen zowel eigenaar als "
          "ontvanger van middelen zijn; in de vergaderingen wordt daarom bij besluiten over individuele "
          "besturen steeds expliciet gevraagd naar mogelijke belangen."),
    ]
    return body


def oogo_substantive(naam, gemeenten):
    return [
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P(f"Het op overeenstemming gericht overleg (OOGO) met de gemeenten {gemeenten} over dit plan vond plaats "
          "op 4 februari 2026. Onderwijs en gemeenten hebben afgesproken dat zij elkaars plannen als "
          "uitgangspunt nemen: het ondersteuningsplan van het samenwerkingsverband en de beleidsplannen jeugd "
          "van de gemeenten."),
        P("In het OOGO zijn vier gezamenlijke thema's vastgesteld. Ten eerste jeugdhulp in en om de school: iedere "
          "vestiging heeft een vaste jeugd- en gezinswerker van het lokale team, die minimaal één dagdeel per "
          "week op school aanwezig is en deelneemt aan het ondersteuningsteam. Ten tweede onderwijs-"
          "zorgarrangementen: voor leerlingen die zowel onderwijs als zorg nodig hebben, maken school, "
          "zorgaanbieder en gemeente één plan met één regisseur, waarbij de gemeente de zorgcomponent en het "
          "samenwerkingsverband de onderwijscomponent financiert. Ten derde de overgangen: van primair naar "
          "voortgezet onderwijs en van vo naar mbo en arbeid. Ten vierde leerlingenvervoer en "
          "onderwijshuisvesting, waarover jaarlijks in het Lokaal Educatieve Agenda-overleg wordt gesproken."),
        P("Bij een verschil van inzicht tussen samenwerkingsverband en gemeente over het plan geldt de "
          "geschillenregeling uit de OOGO-procedure: eerst een bestuurlijk overleg, daarna een onafhankelijke "
          "bemiddelaar. Van deze regeling is in de afgelopen periode geen gebruik gemaakt."),
    ]


def oogo_thin(naam, datum="5 februari 2026"):
    return [
        H1("Gemeenten"),
        P(f"Het op overeenstemming gericht overleg (OOGO) met de gemeenten in de regio heeft op {datum} "
          "plaatsgevonden. Er waren geen onderwerpen waarover geen overeenstemming kon worden bereikt. Het "
          "verslag van het OOGO is bij de stukken voor het bestuur gevoegd."),
    ]


def personeel(naam):
    return [
        H1("Personeel en professionalisering"),
        P("Passend onderwijs staat of valt met de mensen die het doen. Docenten, mentoren, "
          "ondersteuningscoördinatoren, onderwijsassistenten en specialisten maken elke dag het verschil. De "
          "krapte op de arbeidsmarkt raakt ook onze regio: vacatures voor orthopedagogen en gedragsspecialisten "
          "zijn soms maanden open. Wij willen daarom zuinig zijn op de mensen die we hebben en investeren in "
          "hun vakmanschap."),
        P(f"{naam} organiseert jaarlijks een regionale studiedag, een leernetwerk voor ondersteuningscoördinatoren "
          "en een intervisietraject voor nieuwe mentoren. In de leernetwerken staan thema's centraal als "
          "omgaan met gedrag, executieve functies, het voeren van driehoeksgesprekken en het schrijven van een "
          "ontwikkelingsperspectiefplan. De scholen bepalen zelf welke medewerkers deelnemen."),
        P("Het personeel van het bureau is in dienst van de stichting. Voor ambulant begeleiders en "
          "specialisten die vanuit het speciaal onderwijs worden ingezet, geldt een detacheringsovereenkomst. "
          "De formatie van het bureau blijft in de planperiode naar verwachting gelijk. De werkdruk van "
          "mentoren en ondersteuningscoördinatoren is een terugkerend punt van zorg in de gesprekken met de "
          "personeelsgeleding van de ondersteuningsplanraad."),
        P("Wij zien kansen in het combineren van functies, bijvoorbeeld docenten die tevens coach zijn, en in "
          "het opleiden in de school. Met de lerarenopleidingen in de regio is afgesproken dat studenten "
          "tijdens hun stage kennismaken met de ondersteuningsstructuur van de school en met de rol van het "
          "samenwerkingsverband."),
    ]


def ict_privacy():
    return [
        H1("ICT, gegevens en privacy"),
        P("Voor aanvragen, dossiers en registraties gebruikt het samenwerkingsverband een beveiligde "
          "digitale omgeving. Scholen loggen in met tweefactorauthenticatie. Gegevens over gezondheid worden "
          "alleen verwerkt voor zover dat nodig is voor het uitvoeren van de wettelijke taken en worden niet "
          "langer bewaard dan drie jaar na het besluit waarvoor ze nodig waren."),
        P("Met iedere school is een verwerkersovereenkomst gesloten. De functionaris gegevensbescherming "
          "rapporteert jaarlijks aan het bestuur. Datalekken worden binnen 72 uur gemeld bij de Autoriteit "
          "Persoonsgegevens. In de planperiode onderzoeken we of de koppeling tussen het leerlingvolgsysteem "
          "van de scholen en onze omgeving kan worden verbeterd, zodat scholen minder dubbel hoeven in te voeren."),
        P("Privacy is ook een kwestie van cultuur. Wij vragen scholen om in dossiers feitelijk en respectvol te "
          "formuleren, zodat ouders en leerlingen die hun dossier inzien, zich daarin herkennen."),
    ]


def planning(rows):
    return [H1("Planning en vervolg"),
            P("Onderstaande planning geeft op hoofdlijnen weer wanneer welke onderwerpen aan bod komen. De "
              "planning wordt jaarlijks geactualiseerd in het jaarplan."),
            T([["Periode", "Onderwerp", "Betrokkenen"]] + rows)]


def procedure_vaststelling(naam, dates):
    return [
        H1("Totstandkoming en vaststelling van dit plan"),
        P(f"Het concept van dit plan is besproken in de directeurenraad ({dates[0]}), in het OOGO met de "
          f"gemeenten ({dates[1]}) en met het samenwerkingsverband voor het primair onderwijs waarvan het "
          f"gebied overlapt. De ondersteuningsplanraad stemde in op {dates[2]}. Het bestuur van {naam} heeft "
          f"het plan vastgesteld op {dates[3]}. Het plan is vóór 1 mei 2026 aan de Inspectie van het "
          "Onderwijs toegezonden en geldt van 1 augustus 2026 tot en met 31 juli 2030."),
    ]


def landelijke_ontwikkelingen():
    return [
        H1("Landelijke ontwikkelingen"),
        P("Dit plan verschijnt in een periode waarin het landelijke beleid voor passend onderwijs volop in "
          "beweging is. Na de evaluatie van passend onderwijs in 2020 is een verbeteraanpak gestart met een groot "
          "aantal maatregelen. Een deel daarvan is inmiddels uitgevoerd; andere maatregelen lopen nog. Wij volgen de uitvoering nauwgezet en "
          "stemmen ons beleid af op de uitkomsten."),
        P("De minister werkt daarnaast aan een landelijke norm voor de basisondersteuning. Wanneer die norm "
          "wettelijk wordt vastgelegd, zal dat gevolgen hebben voor de afspraken in onze regio. Ook de wet die de "
          "positie van ouders en leerlingen versterkt, met onder meer het hoorrecht voor leerlingen en een "
          "onafhankelijk ouder- en jeugdsteunpunt in iedere regio, heeft gevolgen voor het werk van "
          "samenwerkingsverbanden. Verder speelt de discussie over inclusiever onderwijs, waarin het streven is "
          "dat meer leerlingen met een beperking in het regulier onderwijs terechtkunnen."),
        P("Wij kiezen ervoor om niet op al deze ontwikkelingen vooruit te lopen. Waar landelijke besluiten "
          "gevolgen hebben voor dit plan, passen wij het plan tussentijds aan. Elke wijziging wordt voorgelegd "
          "aan de ondersteuningsplanraad."),
        P("Tot slot noemen wij de ontwikkelingen op de arbeidsmarkt, de toenemende vraag naar jeugdhulp en de "
          "krimp van het aantal leerlingen in delen van de regio. Deze ontwikkelingen vragen van schoolbesturen "
          "dat zij samen verantwoordelijkheid nemen voor het onderwijsaanbod in de regio en niet alleen voor de "
          "eigen scholen. Het samenwerkingsverband wil daarin een verbindende rol spelen, zonder de taak van de "
          "besturen over te nemen."),
    ]


def bedrijfsvoering():
    return [
        H1("Bedrijfsvoering en organisatieontwikkeling"),
        P("Een slagvaardige organisatie is een voorwaarde om de ambities uit dit plan waar te maken. Het bureau "
          "werkt volgens een jaarlijkse kalender waarin vergaderingen, rapportages en overlegmomenten zijn "
          "vastgelegd. De administratie is uitbesteed aan een administratiekantoor dat ook voor enkele "
          "aangesloten besturen werkt; afspraken over functiescheiding zijn daarom extra belangrijk."),
        P("In de planperiode werken wij aan een verdere professionalisering van het bureau. Werkprocessen worden "
          "beschreven en waar mogelijk vereenvoudigd. Medewerkers volgen jaarlijks scholing, onder meer op het "
          "gebied van gespreksvoering, privacy en het werken met het digitale dossier. Het ziekteverzuim van het "
          "bureau was de afgelopen jaren laag; wij willen dat zo houden door aandacht voor werkdruk en een goede "
          "balans tussen kantoor- en thuiswerk."),
        P("Wij vinden het belangrijk dat het bureau dichtbij de scholen staat. Consulenten hebben daarom een vast "
          "aantal scholen in hun portefeuille en zijn op vaste momenten op die scholen aanwezig. De "
          "bereikbaarheid van het bureau wordt jaarlijks bij de scholen nagevraagd; de uitkomsten worden "
          "besproken in het directeurenoverleg. Ook duurzaamheid krijgt aandacht: het bureau reist waar "
          "mogelijk met het openbaar vervoer en vergadert bij voorkeur op de scholen zelf."),
    ]


def kennisdeling(naam):
    return [
        H1("Kennisdeling en innovatie"),
        P(f"Binnen {naam} is veel kennis aanwezig, maar die is niet altijd gemakkelijk te vinden. Een docent die "
          "worstelt met een leerling met een autismespectrumstoornis weet niet altijd dat een collega op een "
          "andere school daar veel ervaring mee heeft. Wij willen die kennis beter ontsluiten, onder meer via "
          "een digitaal kennisplatform, via leernetwerken en door uitwisseling van docenten tussen scholen."),
        P("Daarnaast stimuleren wij vernieuwing. Scholen kunnen een kleine bijdrage aanvragen voor een "
          "pilot, bijvoorbeeld rond co-teaching, de inzet van gedragsspecialisten in de klas of een "
          "samenwerking met een zorgaanbieder. Voorwaarde is dat de school de opgedane kennis na afloop deelt "
          "met de andere scholen. Pilots worden kort geëvalueerd; succesvolle aanpakken worden opgenomen in het "
          "kennisplatform."),
        P("Met de hogeschool in de regio werken wij samen in een werkplaats onderwijsonderzoek. Docenten en "
          "onderzoekers onderzoeken daar samen vragen uit de praktijk, zoals de vraag hoe leerlingen met "
          "concentratieproblemen het beste kunnen worden ondersteund tijdens zelfstandig werken."),
    ]


def terugblik_activiteiten(naam):
    return [
        H1("Terugblik op de afgelopen periode"),
        P(f"De afgelopen vier jaar stonden voor {naam} in het teken van opbouw en consolidatie. Het bureau is "
          "uitgebreid met twee consulenten, het digitale dossier is ingevoerd en de samenwerking met de "
          "gemeenten is geformaliseerd in een convenant. Tijdens de coronaperiode is veel geïmproviseerd; scholen "
          "en bureau hebben in die tijd geleerd om snel te schakelen en elkaar op te zoeken."),
        P("In 2023 is een externe visitatiecommissie op bezoek geweest. Zij complimenteerde het "
          "samenwerkingsverband met de korte lijnen en de betrokkenheid van de scholen, en adviseerde om keuzes "
          "scherper op papier te zetten en de rol van het bureau ten opzichte van de besturen te verhelderen. "
          "Dat advies hebben wij ter harte genomen bij het schrijven van dit plan. Verder zijn in de afgelopen "
          "periode de statuten gewijzigd om de scheiding tussen bestuur en toezicht te versterken en is het "
          "huishoudelijk reglement van de ondersteuningsplanraad geactualiseerd."),
        P("Niet alles is gelukt. De vereenvoudiging van het aanvraagformulier heeft langer geduurd dan gepland en "
          "de uitwisseling met het primair onderwijs verloopt nog te vaak via losse contacten. Deze punten nemen "
          "wij mee naar de nieuwe planperiode."),
    ]


def glossary(entries):
    body = [H1("Begrippenlijst")]
    for term, expl in entries:
        body.append(P(f"{term}: {expl}"))
    return body


def abbreviations(entries):
    return [H1("Afkortingen"), T([["Afkorting", "Betekenis"]] + [list(e) for e in entries])]


GLOSS_VO = [
    ("Basisondersteuning", "het afgesproken geheel van preventieve en licht curatieve interventies dat binnen "
     "de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau "
     "wordt uitgevoerd."),
    ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
     "tot het voortgezet speciaal onderwijs."),
    ("Terugplaatsing", "de overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."),
    ("Meerjarenbegroting", "begroting die meerdere jaren vooruitkijkt."),
    ("Dekkend aanbod", "een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."),
    ("Beoogde resultaten", "de resultaten die het samenwerkingsverband met passend onderwijs wil bereiken."),
    ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt dat ouders en jongeren informeert en ondersteunt."),
    ("Verevening", "de geleidelijke aanpassing van het budget aan het landelijk gemiddelde deelnamepercentage."),
    ("Arrangement", "een afgestemd geheel van extra ondersteuning voor een leerling of groep leerlingen."),
]

ABBR_VO = [("OPR", "ondersteuningsplanraad"), ("OOGO", "op overeenstemming gericht overleg"),
           ("TLV", "toelaatbaarheidsverklaring"), ("vso", "voortgezet speciaal onderwijs"),
           ("lwoo", "leerwegondersteunend onderwijs"), ("pro", "praktijkonderwijs"),
           ("OPP", "ontwikkelingsperspectiefplan"), ("SOP", "schoolondersteuningsprofiel"),
           ("OPDC", "orthopedagogisch-didactisch centrum"), ("OJSP", "ouder- en jeugdsteunpunt"),
           ("RvT", "Raad van Toezicht"), ("AVG", "Algemene verordening gegevensbescherming")]


# ----------------------------------------------------------------------------------------------
# Plan A: SWV VO Rijnstreek, .docx
def plan_a():
    naam = "Samenwerkingsverband VO Rijnstreek"
    body = []
    body += voorwoord(naam, "2026-2030")
    body += leeswijzer(naam)
    body += [H1("De regio in cijfers"),
             P("Het samenwerkingsverband omvat de gemeenten Alphen-Oost, Rijnwoude en Bodegraven-Noord. In de "
               "regio staan 14 vestigingen van voortgezet onderwijs onder 7 schoolbesturen, waaronder één school "
               "voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 "
               "telde de regio 9.860 leerlingen in het vo."),
             T([["Bestuur", "Vestigingen", "Leerlingen 1-10-2025"],
                ["Stichting Rijncollege", "4", "3.420"], ["VO Groene Hart", "3", "2.310"],
                ["Stichting Christelijk VO", "2", "1.640"], ["Praktijkschool De Werf", "1", "310"],
                ["Overige besturen (3)", "4", "2.180"]])]
    body += visie(naam)
    # basisondersteuning: present, borging advisory
    body += [H1("Wat elke leerling op elke school mag verwachten"),
             P("Alle besturen in de Rijnstreek hebben met elkaar afgesproken welke ondersteuning iedere vestiging "
               "minimaal biedt, van de praktijkschool tot het gymnasium. Dit is onze ondergrens: een leerling "
               "hoeft hiervoor niets aan te vragen en er is geen beschikking van het samenwerkingsverband voor "
               "nodig. Scholen mogen meer bieden en beschrijven dat in hun schoolgids, maar geen vestiging biedt "
               "minder. Deze afspraak geldt voor alle 14 vestigingen en is in de Algemene Vergadering van "
               "november 2025 bekrachtigd."),
             P("Concreet betekent dit dat een ouder op iedere vestiging het volgende aantreft:"),
             B(["een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die voor ouders en "
                "leerlingen aanspreekbaar is;",
                "een mentor met een wekelijks mentoruur en ten minste drie voortgangsgesprekken per jaar met "
                "leerling en ouders;",
                "een dyslexie- en dyscalculieprotocol, inclusief voorleessoftware en verlengde toetstijd;",
                "trainingen in faalangstreductie, sociale vaardigheden en plannen en organiseren, ten minste één "
                "keer per schooljaar aangeboden;",
                "een rustige opvangplek met begeleiding voor leerlingen die tijdelijk uit de les moeten;",
                "een ondersteuningsteam met schoolmaatschappelijk werk, jeugdarts en leerplicht dat minimaal zes "
                "keer per jaar bijeenkomt;",
                "een protocol medisch handelen en een aanspreekpunt voor leerlingen met een chronische ziekte;",
                "binnen zes weken na signalering een handelingsplan of ontwikkelingsperspectiefplan wanneer de "
                "reguliere aanpak onvoldoende blijkt."]),
             P("Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een kwaliteitsgesprek "
               "aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een vestiging op een onderdeel "
               "niet, dan stelt het bestuur binnen drie maanden een verbeterplan op; de consulent volgt de "
               "uitvoering en de directeur-bestuurder rapporteert hierover aan de Algemene Vergadering.")]
    # dekkend aanbod: partial (continuum yes, lacunes no)
    body += [H1("Het ondersteuningsaanbod in de regio"),
             P("Boven op de basisondersteuning kent de regio een opbouw in drie treden. In de eerste trede biedt "
               "de eigen school extra ondersteuning binnen de klas of in een kleine groep, bekostigd uit het "
               "schoolbudget. In de tweede trede zijn er bovenschoolse voorzieningen: het OPDC De Overstap voor "
               "leerlingen die tijdelijk in een kleine setting moeten werken aan gedrag en leren (maximaal 48 "
               "plaatsen), de reboundvoorziening Time-In (12 plaatsen, maximaal 13 weken) en de "
               "schakelklas voor nieuwkomers bij het Rijncollege. In de derde trede staan de twee vso-scholen "
               "De Wissel (cluster 4) en Het Anker (cluster 3), die samen ruim 400 leerlingen onderwijs bieden."),
             P("De treden vormen samen één doorlopende lijn: een leerling kan tussen de treden op- en afschalen, "
               "en de eigen school blijft betrokken zolang de leerling op een bovenschoolse voorziening verblijft. "
               "Voor leerlingen met een (vermoeden van) hoogbegaafdheid is er op drie vestigingen een "
               "verrijkingsprogramma."),
             P("Het aantal thuiszitters blijft ook in onze regio een bron van zorg. Het huidige thuiszittersprotocol "
               "wordt momenteel herschreven. Of er in de regio plekken ontbreken, brengen we in beeld met een "
               "analyse die in het voorjaar van 2027 wordt uitgevoerd; pas daarna formuleren we eventuele "
               "acties.")]
    # plaatsing: partial (procedure yes, criteria no)
    body += [H1("Toewijzing en toelaatbaarheid"),
             H2("Aanvraag van een toelaatbaarheidsverklaring"),
             P("Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school "
               "waar de leerling is ingeschreven of aangemeld. De school dient de aanvraag in via het digitale "
               "loket en voegt het ontwikkelingsperspectiefplan, het groeidocument met de geboden ondersteuning "
               "en de zienswijze van ouders en leerling toe. De Commissie Toewijzing, bestaande uit een voorzitter "
               "namens het bureau en twee deskundigen, neemt binnen zes weken na ontvangst van een volledige "
               "aanvraag een besluit. Eén van de deskundigen is altijd een orthopedagoog of GZ-psycholoog; de "
               "tweede deskundige wordt per aanvraag gekozen, bijvoorbeeld een jeugdarts of maatschappelijk "
               "werker. Beide deskundigen brengen een eigen, schriftelijk advies uit."),
             P("Een TLV wordt afgegeven voor de duur van ten hoogste twee schooljaren en loopt altijd af op 31 juli. "
               "De commissie bepaalt daarbij de bekostigingscategorie (laag, midden of hoog)."),
             H2("Afwegingskader"),
             P("De commissie weegt iedere aanvraag afzonderlijk en in samenhang met het OPP. Een uitgewerkt "
               "afwegingskader met toelaatbaarheidscriteria wordt opgesteld na de evaluatie van de huidige "
               "werkwijze; de uitkomsten daarvan verwachten wij rond de zomer van 2027."),
             H2("Leerwegondersteuning en praktijkonderwijs"),
             P("Aanvragen voor lwoo en pro worden door de vo-school waar de leerling is aangemeld vóór 1 april "
               "ingediend bij het loket. Het loket toetst de aanvraag aan de hand van de gegevens uit het "
               "onderwijskundig rapport en eventueel aanvullend onderzoek en geeft binnen vier weken een "
               "beschikking af."),
             H2("Terugplaatsing"),
             P("Over terugplaatsing en overplaatsing van vso-leerlingen naar het regulier voortgezet onderwijs "
               "maken wij in deze planperiode nieuwe afspraken met de besturen; deze worden te zijner tijd als "
               "addendum aan dit plan toegevoegd.")]
    # financien: present under 'Geld en middelen'
    body += [H1("Geld en middelen"),
             P("Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning. Na aftrek van "
               "de afdrachten voor het vso door DUO resteert in 2026 naar verwachting circa € 7,9 miljoen."),
             H2("Hoe het geld wordt verdeeld"),
             P("Wij hanteren een schoolmodel. Ieder bestuur ontvangt een schoolbudget dat bestaat uit een vaste "
               "voet van € 25.000 per vestiging en een bedrag van € 142 per leerling, geteld op 1 oktober van het "
               "voorgaande jaar. Praktijkonderwijs en lwoo worden apart bekostigd en vallen buiten dit model. "
               "Het budget voor bovenschoolse voorzieningen (OPDC en rebound) wordt rechtstreeks door het "
               "samenwerkingsverband beheerd; plaatsing daarin kost de school geen eigen middelen. De verdeling "
               "wordt jaarlijks in december door de Algemene Vergadering vastgesteld op voorstel van de "
               "directeur-bestuurder."),
             H2("Meerjarenbegroting"),
             T([["(x € 1.000)", "2026", "2027", "2028", "2029"],
                ["Baten rijksbijdrage", "11.420", "11.310", "11.150", "11.020"],
                ["Afdracht vso (DUO)", "-3.510", "-3.480", "-3.450", "-3.420"],
                ["Schoolbudgetten besturen", "-3.750", "-3.710", "-3.660", "-3.610"],
                ["OPDC De Overstap en rebound", "-1.980", "-2.010", "-2.040", "-2.070"],
                ["Bureau en Commissie Toewijzing", "-1.120", "-1.130", "-1.140", "-1.150"],
                ["Professionalisering en innovatie", "-310", "-300", "-260", "-230"],
                ["Resultaat", "-1.250", "-1.320", "-1.400", "-1.460"]]),
             P("De negatieve resultaten zijn bewust begroot: het samenwerkingsverband bouwt de reserve af tot een "
               "weerstandsvermogen van 8 procent van de baten in 2029, conform de signaleringswaarde. Besturen "
               "verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 maart in een korte "
               "bestedingsrapportage die de controller toetst.")]
    # resultaten: present
    body += [H1("Wat we willen bereiken en hoe we dat volgen"),
             P("Wij werken met een beperkt aantal doelen voor leerlingen die extra ondersteuning nodig hebben. "
               "Voor elk doel is een indicator en een streefwaarde voor 2030 vastgelegd."),
             T([["Doel", "Indicator", "Stand 2025", "Streefwaarde 2030"],
                ["Leerlingen met extra ondersteuning halen een diploma of startkwalificatie",
                 "Percentage OPP-leerlingen met diploma", "71%", "80%"],
                ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV-aanvraag", "8 weken", "5 weken"],
                ["Terugkeer uit OPDC naar eigen school", "Percentage binnen 1 jaar terug", "62%", "75%"],
                ["Tevredenheid ouders over ondersteuning", "Score oudertevredenheidspeiling", "6,8", "7,5"]]),
             P("De indicatoren worden twee keer per jaar uit de registratie van het loket en de gegevens van DUO "
               "gehaald en in een dashboard aan de besturen gerapporteerd. In de kwaliteitsdialoog met elk bestuur "
               "(november) bespreken we de uitkomsten per school. In het jaarverslag leggen wij verantwoording af "
               "over de bereikte resultaten en de kosten per voorziening; halverwege de planperiode vindt een "
               "tussentijdse evaluatie met de OPR plaats.")]
    # ouders: partial (informatie yes, steunpunt deferred)
    body += [H1("Ouders"),
             P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders over de "
               "ondersteuningsmogelijkheden via de ouderpagina op onze website, via de brochure 'Extra steun op "
               "school', die in het Nederlands, Engels, Arabisch en Pools beschikbaar is, en via een jaarlijkse "
               "informatieavond in oktober in elke gemeente. Scholen nemen in hun schoolgids een verwijzing op "
               "naar deze informatie."),
             P("Een onafhankelijk ouder- en jeugdsteunpunt is in voorbereiding; samen met het samenwerkingsverband "
               "primair onderwijs verkennen wij de vorm. Zodra het steunpunt operationeel is, maken wij bekend hoe "
               "ouders het kunnen bereiken.")]
    body += governance(naam, opr_parents=True)
    body += oogo_substantive(naam, "Alphen-Oost, Rijnwoude en Bodegraven-Noord")
    body += personeel(naam)
    body += ict_privacy()
    body += planning([["2026-2027", "Herschrijven thuiszittersprotocol", "Bureau, leerplicht"],
                      ["voorjaar 2027", "Analyse aanbod in de regio", "Besturen, gemeenten"],
                      ["zomer 2027", "Afwegingskader toelaatbaarheid", "Commissie Toewijzing"],
                      ["2028", "Tussentijdse evaluatie ondersteuningsplan", "OPR, bestuur"]])
    body += procedure_vaststelling(naam, ["15 januari 2026", "4 februari 2026", "12 maart 2026", "26 maart 2026"])
    body += glossary(GLOSS_VO) + abbreviations(ABBR_VO)
    toc = ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 De regio in cijfers", "4 Missie, visie en ambities",
           "5 Wat elke leerling op elke school mag verwachten", "6 Het ondersteuningsaanbod in de regio",
           "7 Toewijzing en toelaatbaarheid", "   7.4 Terugplaatsing", "8 Geld en middelen",
           "9 Wat we willen bereiken en hoe we dat volgen", "10 Ouders", "11 Organisatie en governance",
           "12 Samenwerking met gemeenten en jeugdhulp", "13 Personeel en professionalisering",
           "14 ICT, gegevens en privacy", "15 Planning en vervolg", "16 Totstandkoming en vaststelling",
           "Begrippenlijst", "Afkortingen"]
    return dict(title="Ondersteuningsplan 2026-2030", header=f"{naam} | Ondersteuningsplan 2026-2030",
                footer="VO 27-11 | versie ter vaststelling", toc=toc, body=body,
                subtitle=[naam, "Samenwerkingsverband passend onderwijs VO 27-11", "Vastgesteld 26 maart 2026"])


LABEL_A = """documents: [vo-rijnstreek-op.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
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
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Wat elke leerling op elke school mag verwachten': agreed minimum for all 14 vestigingen plus concrete list, kwaliteitskaart audit"
  plaatsing: "ch. Toewijzing: procedure (loket, dossier, Commissie Toewijzing, 6 weken, 2 deskundigen) but criteria deferred ('afwegingskader ... rond de zomer van 2027'); lwoo/pro only procedure"
  terugstroom: "only a deferral sub-heading 7.4 ('nieuwe afspraken ... als addendum'); glossary entry is a trap"
  financien: "under 'Geld en middelen': schoolmodel vaste voet + EUR 142 per leerling, meerjarenbegroting table, reserve afbouw 8%, bestedingsrapportage"
  dekkend-aanbod: "continuum in three treden (OPDC, rebound, vso); gap analysis and thuiszittersprotocol only deferred"
  resultaten: "table of doelen with streefwaarden 2030, monitoring twice a year via dashboard, jaarverslag"
  ouders: "ch. Ouders: website, brochure in 4 talen, informatieavond; independent OJSP only 'in voorbereiding'; no other independent help"
"""


# ----------------------------------------------------------------------------------------------
# Plan B: SWV VO Heuvelland, .docx + .pdf
def plan_b():
    naam = "Stichting Samenwerkingsverband VO Heuvelland"
    body = []
    body += voorwoord(naam, "2026-2030", "Dit plan is daarom ook geen eindpunt, maar een tussenstation.")
    body += leeswijzer(naam)
    body += [H1("Terugblik op de vorige planperiode"),
             P("In de vorige planperiode is veel energie gestoken in het opzetten van het loket en in de "
               "samenwerking met de gemeenten. Daarnaast is het bureau verhuisd en is een nieuwe directeur-bestuurder "
               "aangetreden. Tegelijk constateren we dat we weinig systematisch hebben vastgelegd; een terugblik in "
               "cijfers is daardoor helaas niet goed mogelijk."),
             P("De regio telt 11 vestigingen van regulier voortgezet onderwijs onder 5 besturen, een school voor "
               "praktijkonderwijs en een vso-school. Op 1 oktober 2025 waren er 7.240 leerlingen.")]
    body += visie(naam)
    body += [H1("Basisondersteuning"),
             P("Binnen Heuvelland geldt één gemeenschappelijke ondergrens: de basisondersteuning is het niveau van "
               "ondersteuning dat alle aangesloten vestigingen, ongeacht leerweg of denominatie, minimaal bieden "
               "aan iedere leerling die dat nodig heeft. Het niveau is door alle besturen onderschreven en geldt "
               "voor de gehele planperiode."),
             P("De veertien standaarden waaruit de basisondersteuning bestaat, met per standaard de concrete "
               "invulling, zijn opgenomen in bijlage 2 'Standaarden basisondersteuning Heuvelland'. Scholen "
               "beschrijven in hun schoolondersteuningsprofiel hoe zij aan deze standaarden voldoen."),
             P("Het samenwerkingsverband toetst jaarlijks via een schoolbezoek door de consulent of iedere vestiging "
               "de standaarden waarmaakt. Bij tekortkomingen volgt een gesprek met het bestuur en worden afspraken "
               "over herstel vastgelegd.")]
    body += [H1("Het ondersteuningscontinuüm"),
             P("Het aanbod in Heuvelland is georganiseerd in vier niveaus die op elkaar aansluiten."),
             T([["Niveau", "Wat", "Waar"],
                ["1 Basis", "Basisondersteuning volgens de standaarden", "Alle vestigingen"],
                ["2 Extra in de school", "Arrangementen in de klas of kleine groep, bijv. "
                 "gedragsbegeleiding, coaching bij autisme, NT2-ondersteuning", "Eigen school, schoolbudget"],
                ["3 Bovenschools", "Heuvelland Op Maat (OPDC, 36 plaatsen), Rebound (10 plaatsen), "
                 "HB-programma Plus (2 locaties)", "Bovenschools, aanvraag via loket"],
                ["4 Gespecialiseerd", "vso De Brug (cluster 4), vso buiten de regio (cluster 3)",
                 "Met TLV"]]),
             P("Leerlingen kunnen tussen de niveaus op- en afschalen. De school van inschrijving houdt de zorgplicht "
               "en blijft verantwoordelijk voor het vinden van een passende plek, ook wanneer de leerling tijdelijk "
               "op niveau 3 verblijft."),
             H2("Witte vlekken en thuiszitters"),
             P("Ieder jaar in oktober voeren het samenwerkingsverband en de gemeenten een witte-vlekkenanalyse uit. "
               "Daarin brengen we op basis van de wachtlijsten van het OPDC, de aanvragen die niet konden worden "
               "gehonoreerd en de meldingen van leerplicht in kaart waar het aanbod tekortschiet. Uit de analyse "
               "van 2025 bleek bijvoorbeeld dat er geen passend aanbod was voor jongeren met ernstige angst- en "
               "stemmingsproblematiek; daarom start in augustus 2026 een kleinschalige voorziening 'Herstart' met "
               "8 plaatsen."),
             P("Elke leerling die langer dan vier weken zonder onderwijs thuis zit, wordt besproken aan de "
               "Thuiszitterstafel, waar school, leerplicht, jeugdhulp en de consulent van het samenwerkingsverband "
               "binnen twee weken een plan maken. Lukt dat niet, dan neemt de directeur-bestuurder de regie en "
               "beslist zij welke school of voorziening de leerling een plek biedt (doorzettingsmacht).")]
    body += [H1("Toelaatbaarheid tot vso, praktijkonderwijs en lwoo"),
             H2("Procedure"),
             B(["Stap 1: de school bespreekt de leerling in het ondersteuningsteam en stelt samen met ouders en "
                "leerling het OPP bij.",
                "Stap 2: het bevoegd gezag van de school dient de aanvraag in bij het loket, met OPP, "
                "onderwijskundig rapport en zienswijze van ouders.",
                "Stap 3: twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk "
                "van de hulpvraag) brengen ieder afzonderlijk schriftelijk advies uit.",
                "Stap 4: de TLV-commissie besluit binnen zes weken; ouders ontvangen het besluit en een afschrift "
                "van de adviezen.",
                "Stap 5: de TLV wordt afgegeven voor één of twee schooljaren, met bekostigingscategorie laag, "
                "midden of hoog."]),
             P("Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
               "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
               "Toelaatbaarheidsverklaringen, die adviseert over het bezwaar."),
             H2("Criteria"),
             T([["Voorziening", "Criteria (alle voorwaarden moeten zijn vervuld)"],
                ["vso", "De ondersteuningsbehoefte overstijgt aantoonbaar wat niveau 1 t/m 3 kan bieden; er zijn "
                 "ten minste twee cycli van handelingsgericht werken met OPP doorlopen en geëvalueerd; de "
                 "leerling heeft structureel een kleine groep, een specifiek pedagogisch klimaat of "
                 "integratie van onderwijs en zorg nodig."],
                ["pro", "IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op twee of meer domeinen, "
                 "waarvan ten minste één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)."],
                ["lwoo", "IQ tussen 75 en 90 met een leerachterstand van 25% tot 50% op ten minste twee domeinen; "
                 "of IQ 91-120 met een dergelijke leerachterstand en sociaal-emotionele problematiek die het "
                 "leren belemmert."]]),
             P("Bij twijfel over de categorie bepaalt de TLV-commissie de bekostigingscategorie op basis van de "
               "benodigde groepsgrootte en de intensiteit van zorg in onderwijstijd.")]
    body += [H1("Terug naar het regulier onderwijs"),
             P("Ons uitgangspunt is dat een plaatsing in het vso tijdelijk kan zijn. Waar het OPP dat toelaat, "
               "streven we ernaar dat een leerling zo thuisnabij en zo regulier mogelijk zijn schoolloopbaan "
               "vervolgt. Een terugkeer is alleen aan de orde als de leerling en ouders dat willen en de "
               "ontvangende school de benodigde ondersteuning kan bieden. Iedere leerling die terugkeert, krijgt "
               "een overstaparrangement: maximaal één schooljaar ambulante begeleiding vanuit De Brug, volledig "
               "bekostigd door het samenwerkingsverband."),
             P("De precieze stappen, wie het initiatief neemt en op welke momenten de mogelijkheid tot terugkeer "
               "wordt bekeken, zijn beschreven in het Protocol Terugplaatsing op onze website.")]
    body += [H1("Financiën"),
             H2("Verdeelsystematiek"),
             P("Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning volgens een schoolmodel: "
               "iedere school ontvangt € 118 per ingeschreven leerling (teldatum 1 oktober t-1). Daarnaast "
               "ontvangen scholen met een bovengemiddeld aandeel leerlingen uit wijken met een hoge "
               "onderwijsachterstandsscore een opslag van € 30 per leerling. Bovenschoolse voorzieningen worden "
               "centraal bekostigd. De kosten van TLV's worden via DUO op de rijksbijdrage ingehouden. De "
               "verdeling wordt jaarlijks vóór 1 december door het bestuur vastgesteld, na advies van de "
               "directeurenraad."),
             H2("Meerjarenbegroting"),
             P("De meerjarenbegroting 2026-2030 wordt na ontvangst van de definitieve rijksbekostiging toegevoegd. "
               "Onderstaande tabel geeft de opbouw weer."),
             T([["Post", "2026", "2027", "2028", "2029"],
                ["Rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
                ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]])]
    body += [H1("Resultaten en kwaliteitszorg"),
             P("Een resultatenparagraaf met beoogde en bereikte resultaten wordt aan dit plan toegevoegd zodra de "
               "nulmeting, die in het voorjaar van 2027 plaatsvindt, is afgerond.")]
    body += [H1("Communicatie"),
             P("Goede communicatie is voor een samenwerkingsverband onmisbaar. Wij communiceren met scholen via "
               "een maandelijkse nieuwsbrief en met bestuurders via het bestuurdersoverleg."),
             H2("Informatie voor ouders en leerlingen"),
             P("Op de website staat een aparte rubriek 'Voor ouders' met uitleg over de niveaus van ondersteuning, "
               "het loket en de voorzieningen, in begrijpelijke taal en met korte filmpjes. Elke school neemt in "
               "de schoolgids een paragraaf op over de ondersteuning die de school biedt en verwijst naar het "
               "samenwerkingsverband. Bij de start van het schooljaar ontvangen ouders van nieuwe brugklassers een "
               "folder over passend onderwijs."),
             H2("Onafhankelijke hulp"),
             P("Ouders en jongeren die vastlopen of een second opinion willen, kunnen terecht bij het Ouder- en "
               "Jeugdsteunpunt Heuvelland. Het steunpunt is ondergebracht bij Stichting MEE Heuvelland, werkt "
               "onafhankelijk van scholen en samenwerkingsverband en is bereikbaar via telefoon, e-mail en een "
               "wekelijks inloopspreekuur. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen "
               "en een geschil over toelating, verwijdering of het OPP voorleggen aan de Geschillencommissie "
               "passend onderwijs.")]
    body += governance(naam, opr_parents=True, opr_date="19 maart 2026")
    body += oogo_substantive(naam, "Heuvelrug, Veenendaal-Zuid en Rhenen")
    body += landelijke_ontwikkelingen() + bedrijfsvoering() + kennisdeling(naam)
    body += personeel(naam)
    body += ict_privacy()
    body += planning([["2026", "Vaststelling meerjarenbegroting", "Bestuur"],
                      ["voorjaar 2027", "Nulmeting", "Bureau"],
                      ["2027", "Actualisatie ondersteuningsplan", "OPR, bestuur"]])
    body += glossary(GLOSS_VO) + abbreviations(ABBR_VO)
    body += [H1("Bijlagen"), B(["Bijlage 1 Verslag OOGO (separaat)",
                                "Bijlage 2 Standaarden basisondersteuning Heuvelland (separaat)",
                                "Bijlage 3 Protocol Terugplaatsing (website)"])]
    toc = ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Terugblik", "4 Missie, visie en ambities",
           "5 Basisondersteuning", "6 Het ondersteuningscontinuüm", "7 Toelaatbaarheid",
           "8 Terug naar het regulier onderwijs", "9 Financiën", "10 Resultaten en kwaliteitszorg",
           "11 Communicatie", "12 Organisatie en governance", "13 Samenwerking met gemeenten",
           "14 Personeel", "15 ICT en privacy", "16 Planning", "Begrippenlijst", "Afkortingen", "Bijlagen"]
    return dict(title="Ondersteuningsplan Heuvelland 2026-2030", header="SWV VO Heuvelland - Ondersteuningsplan",
                footer="VO 26-09", toc=toc, body=body,
                subtitle=[naam, "VO 26-09", "Planperiode 1 augustus 2026 - 31 juli 2030"])


LABEL_B = """documents: [vo-heuvelland-op.docx, vo-heuvelland-op.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. Basisondersteuning: common ondergrens defined, but the 14 standaarden only in absent 'bijlage 2'"
  plaatsing: "stappen 1-5, TLV-commissie, 6 weken; criteria for vso/pro/lwoo only in a table; LBT bezwaar"
  terugstroom: "policy (thuisnabij, conditions, overstaparrangement 1 jaar AB) present; procedure only 'Protocol Terugplaatsing op onze website'"
  financien: "verdeling EUR 118 + EUR 30 opslag per leerling; meerjarenbegroting all p.m. / 'wordt toegevoegd'"
  dekkend-aanbod: "4 niveaus table, witte-vlekkenanalyse each October, Thuiszitterstafel with doorzettingsmacht"
  resultaten: "chapter 'Resultaten en kwaliteitszorg' only defers to nulmeting 2027; terugblik says no quantitative review possible"
  ouders: "inside ch. 'Communicatie': rubriek Voor ouders, schoolgids, folder; OJSP Heuvelland, onderwijsconsulenten, Geschillencommissie"
"""


# ----------------------------------------------------------------------------------------------
# Plan C: SWV PO Duinkust, .pdf only
def plan_c():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Duinkust"
    body = []
    body += voorwoord(naam, "2026-2030")
    body += leeswijzer(naam)
    body += [H1("Onze regio"),
             P("Duinkust omvat 52 basisscholen, 2 scholen voor speciaal basisonderwijs en 3 so-locaties in de "
               "gemeenten Zandvoort-Noord, Bloemendijk en Heemskerkerduin. Samen bieden zij onderwijs aan ruim "
               "11.300 kinderen. Het samenwerkingsverband telt 9 schoolbesturen.")]
    body += visie(naam, sector="po")
    body += [H1("Basisondersteuning: de afspraak voor alle scholen"),
             P("Alle 57 scholen van Duinkust bieden ten minste het afgesproken niveau van basisondersteuning. "
               "Dit niveau is samen met de schoolbesturen vastgesteld en geldt voor iedere vestiging; ouders "
               "kunnen erop rekenen ongeacht de school die zij kiezen. Het niveau is opgebouwd langs vier "
               "aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de "
               "onderwijsondersteuningsstructuur en planmatig werken."),
             T([["Onderdeel", "Wat u op iedere school aantreft"],
                ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 1 dag per 150 leerlingen; een "
                 "schoolondersteuningsteam dat 4 keer per jaar bijeenkomt"],
                ["Lezen en rekenen", "Dyslexieprotocol, vroegtijdige signalering in groep 2-3, extra "
                 "leesinstructie in kleine groep"],
                ["Gedrag", "Een schoolbrede gedragsaanpak (bijv. PBS), een anti-pestcoördinator"],
                ["Meer- en hoogbegaafdheid", "Compacten en verrijken voor iedere leerling die dat nodig heeft"],
                ["Medisch", "Protocol medisch handelen, afspraken met de jeugdverpleegkundige"],
                ["Werkwijze", "Handelingsgericht werken met groepsoverzicht, twee keer per jaar een "
                 "groepsbespreking; een OPP voor leerlingen met een eigen leerlijn"]])]
    body += [H1("Een dekkend netwerk"),
             P("Naast de basisondersteuning kent Duinkust arrangementen op school (ondersteund door het "
               "expertteam van het samenwerkingsverband), bovenschoolse voorzieningen en het speciaal "
               "(basis)onderwijs. De bovenschoolse voorzieningen zijn: de Taalklas voor nieuwkomers, de "
               "Observatiegroep De Vuurtoren (8 plaatsen, maximaal 12 weken), de Plusklas voor hoogbegaafde "
               "leerlingen en de onderwijs-zorggroep De Schelp voor jonge kinderen met een ontwikkelingsachterstand. "
               "De twee sbo-scholen en de so-locaties van cluster 3 en 4 vormen het sluitstuk."),
             P("Twee keer per jaar inventariseert het samenwerkingsverband samen met leerplicht welke kinderen "
               "geen passende plek hebben, thuiszitten of op een wachtlijst staan. Iedere casus krijgt binnen "
               "tien werkdagen een casusregisseur van het samenwerkingsverband. Blijkt een tekort in het aanbod "
               "structureel, dan legt de directeur binnen drie maanden een voorstel voor uitbreiding aan het "
               "bestuur voor. Zo is in 2025 de onderwijs-zorggroep De Schelp met 6 plaatsen uitgebreid.")]
    body += [H1("Toelaatbaarheid tot sbo en so"),
             P("Het schoolbestuur van de school waar het kind staat ingeschreven vraagt de "
               "toelaatbaarheidsverklaring aan bij de Commissie van Toelaatbaarheid (CvT) van Duinkust. Bij de "
               "aanvraag horen het OPP, een verslag van het multidisciplinair overleg waaraan ouders hebben "
               "deelgenomen, en de zienswijze van ouders. De CvT vraagt advies aan twee deskundigen: een "
               "orthopedagoog of psycholoog en, afhankelijk van het kind, een kinderarts, maatschappelijk werker "
               "of pedagoog. De CvT beslist binnen zes weken."),
             P("Een kind is toelaatbaar tot het sbo wanneer de basisschool, ook met een arrangement en met inzet "
               "van het expertteam, gedurende ten minste een half jaar onvoldoende tegemoet kan komen aan de "
               "onderwijsbehoefte, en het kind aangewezen is op een kleinere groep met meer structuur en "
               "specialistische didactiek. Een kind is toelaatbaar tot het so (cluster 3 of 4) wanneer daarnaast "
               "sprake is van een structurele behoefte aan intensieve zorg of behandeling in onderwijstijd, of "
               "van een zodanige ontwikkelingsachterstand dat een eigen leerlijn op het niveau van het speciaal "
               "onderwijs nodig is."),
             P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so voor "
               "ten hoogste drie schooljaren, met een bekostigingscategorie laag, midden of hoog. Ouders kunnen "
               "tegen een besluit bezwaar maken bij de Landelijke Bezwaaradviescommissie."),
             H2("Terug naar de basisschool"),
             P("In het voorlaatste jaar van een TLV bespreekt de s(b)o-school in de jaarlijkse OPP-evaluatie met "
               "ouders of terugkeer naar het basisonderwijs mogelijk is. De s(b)o-school meldt een voorgenomen "
               "terugplaatsing uiterlijk 1 maart bij de CvT; de CvT stelt met de ontvangende basisschool en de "
               "ouders een overdrachtsplan op en besluit vóór 1 mei. Wordt geen terugplaatsing voorzien, dan "
               "vraagt de s(b)o-school tijdig een nieuwe TLV aan."),
             P("Welke voorwaarden wij aan terugplaatsing stellen en welke begeleiding een kind na de terugkeer "
               "krijgt, leggen wij vast in een beleidsnotitie die in de loop van 2027 aan het bestuur wordt "
               "voorgelegd.")]
    body += [H1("Ambities en resultaten"),
             P("Wij hebben voor deze planperiode de volgende beoogde resultaten geformuleerd:"),
             B(["In 2030 gaan ten minste 95% van de kinderen met een OPP naar een school binnen 10 km van huis.",
                "Het aantal thuiszittende kinderen is in 2030 teruggebracht van 14 (2025) naar maximaal 5.",
                "De doorlooptijd van een TLV-aanvraag is in 2028 gemiddeld korter dan 5 weken.",
                "Het deelnamepercentage sbo daalt van 2,4% naar 2,1%."]),
             P("Hoe wij deze doelen gaan volgen, met welke bronnen en hoe en wanneer wij erover rapporteren, "
               "werken wij uit in het kwaliteitskader dat in 2027 verschijnt.")]
    body += [H1("Ouders"),
             P("Ouders worden geïnformeerd over de ondersteuningsmogelijkheden via de schoolgids, het "
               "schoolondersteuningsprofiel van elke school en de website van Duinkust. Daarnaast is er een "
               "ouderfolder 'Wat als mijn kind meer nodig heeft?' die elke school bij het intakegesprek meegeeft. "
               "Twee keer per jaar organiseert het samenwerkingsverband een ouderavond."),
             P("Voor onafhankelijk advies kunnen ouders terecht bij het Steunpunt Ouders Duinkust, een "
               "onafhankelijk ouder- en jeugdsteunpunt dat wordt uitgevoerd door de ouderorganisatie Ouders "
               "Samen. Het steunpunt is telefonisch bereikbaar op werkdagen en houdt spreekuur in de bibliotheken. "
               "Ook kunnen ouders de Onderwijsconsulenten inschakelen.")]
    body += [H1("Financiën"),
             P("Het financiële beleid, waaronder het verdeelmodel, de toekenning van middelen aan de besturen en "
               "de meerjarenbegroting, is uitgewerkt in het afzonderlijke document 'Financieel kader Duinkust "
               "2026-2030' (bijlage 5), dat gelijktijdig met dit plan wordt vastgesteld.")]
    body += governance(naam, opr_parents=True, opr_date="10 maart 2026", rvt=False)
    body += oogo_substantive(naam, "Zandvoort-Noord, Bloemendijk en Heemskerkerduin")
    body += landelijke_ontwikkelingen() + bedrijfsvoering() + kennisdeling(naam)
    body += personeel(naam)
    body += ict_privacy()
    body += planning([["2026-2027", "Kwaliteitskader", "Bureau"], ["2027", "Beleidsnotitie terugplaatsing", "CvT, besturen"]])
    body += glossary([
        ("Basisondersteuning", "het geheel aan preventieve en licht curatieve interventies dat elke school biedt."),
        ("Financieel kader", "het document waarin verdeelmodel en begroting zijn uitgewerkt."),
        ("Meerjarenbegroting", "de begroting voor de komende vier jaar."),
        ("Verevening", "aanpassing van de rijksbijdrage op grond van het deelnamepercentage speciaal onderwijs."),
        ("Terugplaatsing", "overstap van sbo of so naar het basisonderwijs."),
        ("TLV", "toelaatbaarheidsverklaring voor sbo of so.")])
    toc = ["1 Voorwoord", "2 Inleiding", "3 Onze regio", "4 Missie en visie", "5 Basisondersteuning",
           "6 Een dekkend netwerk", "7 Toelaatbaarheid tot sbo en so", "   7.1 Terug naar de basisschool",
           "8 Ambities en resultaten", "9 Ouders", "10 Financiën", "11 Organisatie", "12 Gemeenten",
           "13 Personeel", "14 ICT en privacy", "15 Planning", "Begrippenlijst"]
    return dict(title="Ondersteuningsplan Duinkust 2026-2030", header="SWV PPO Duinkust",
                footer="PO 27-08 | Ondersteuningsplan", toc=toc, body=body,
                subtitle=[naam, "PO 27-08", "Vastgesteld door het algemeen bestuur op 24 maart 2026"])


LABEL_C = """documents: [po-duinkust-op.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "agreed level for all 57 scholen, concrete content only in a table"
  plaatsing: "CvT procedure, 2 deskundigen, 6 weken; separate sbo and so criteria; TLV duration, categorie, LBT bezwaar"
  terugstroom: "inside TLV chapter: steps (voorlaatste jaar, 1 maart, besluit voor 1 mei); policy deferred to beleidsnotitie 2027"
  financien: "chapter Financien only refers to separate 'Financieel kader' (bijlage 5, not included); glossary entries are traps"
  dekkend-aanbod: "arrangementen, bovenschoolse voorzieningen, sbo/so; twice-yearly inventory, casusregisseur in 10 werkdagen"
  resultaten: "numeric beoogde resultaten; monitoring deferred to kwaliteitskader 2027"
  ouders: "schoolgids, SOP, website, ouderfolder, ouderavond; Steunpunt Ouders Duinkust (OJSP) and Onderwijsconsulenten"
"""


# ----------------------------------------------------------------------------------------------
# Plan D: SWV VO Kanaalzone, .md  ("op hoofdlijnen")
def plan_d():
    naam = "Samenwerkingsverband VO Kanaalzone"
    body = []
    body += voorwoord(naam, "2026-2030", "Dit plan is bewust op hoofdlijnen geschreven; de uitwerking staat in "
                      "handboeken en jaarplannen.")
    body += leeswijzer(naam)
    body += terugblik_activiteiten(naam)
    body += visie(naam)
    body += [H1("Basisondersteuning"),
             P("Basisondersteuning is in de Kanaalzone het door alle besturen gezamenlijk vastgestelde minimum "
               "aan ondersteuning dat iedere vestiging van iedere school biedt, zonder dat daarvoor een aanvraag "
               "bij het samenwerkingsverband nodig is. Wat onder dit minimum valt, geldt voor alle 9 vestigingen "
               "gelijk."),
             P("Welke concrete voorzieningen en interventies tot de basisondersteuning behoren, beschrijft de "
               "werkgroep Basis op Orde in de loop van schooljaar 2026-2027. Tot die tijd gelden de afspraken "
               "die scholen in hun eigen ondersteuningsprofiel hebben gemaakt.")]
    body += [H1("Dekkend aanbod"),
             P("Een overzicht van alle voorzieningen in de regio, van extra ondersteuning op school tot "
               "bovenschoolse plekken en het vso, is te vinden op de sociale kaart op www.swv-kanaalzone.nl. Die "
               "sociale kaart wordt door het bureau actueel gehouden.")]
    body += [H1("Toewijzing"),
             P("De aanvraagprocedure en de criteria voor toelaatbaarheid tot vso, pro en lwoo staan in het "
               "Handboek Toewijzing, dat jaarlijks door het bestuur wordt vastgesteld en op de website staat.")]
    body += [H1("Van vso naar regulier: terug- en overplaatsing"),
             H2("Ons beleid"),
             P("Wij vinden dat een vso-plaatsing nooit vanzelfsprekend voor de hele schoolloopbaan is. Ons doel is "
               "dat iedere vso-leerling voor wie dat haalbaar is, zijn loopbaan voortzet in het regulier "
               "voortgezet onderwijs, bij voorkeur in de eigen woonplaats. Voorwaarden zijn dat het OPP laat "
               "zien dat de leerling de ondersteuning van niveau 2 aankan, dat leerling en ouders de overstap "
               "willen, en dat een ontvangende school is gevonden. Na de overstap krijgt de leerling gedurende "
               "ten minste zes maanden begeleiding door een ambulant begeleider van de vso-school, bekostigd uit "
               "het budget 'Terugkeer' van het samenwerkingsverband (€ 4.500 per leerling)."),
             H2("De stappen"),
             B(["Jaarlijks, bij de OPP-evaluatie in januari, beoordeelt de vso-school of terugkeer mogelijk is.",
                "Uiterlijk zes maanden vóór het einde van de TLV meldt de vso-school de leerling aan bij de "
                "consulent terugplaatsing van het samenwerkingsverband, die de regie voert.",
                "De consulent organiseert een overstapgesprek met leerling, ouders, vso-school en de beoogde "
                "reguliere school; de reguliere school besluit over toelating binnen zes weken.",
                "Een proefplaatsing van acht weken is mogelijk; daarna volgt een evaluatie en definitief besluit.",
                "Is terugkeer (nog) niet mogelijk, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan."]),
             P("In schooljaar 2024-2025 keerden 19 leerlingen terug naar het regulier vo; 16 van hen zaten een "
               "jaar later nog op die school.")]
    body += [H1("Middelen"),
             P("De verdeelsystematiek van de ondersteuningsmiddelen wordt in 2026 herzien. Het nieuwe verdeelmodel "
               "wordt ter instemming aan de OPR voorgelegd."),
             T([["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
                ["Rijksbijdrage lichte en zware ondersteuning", "9.840.000", "9.760.000", "9.690.000", "9.610.000"],
                ["Afdrachten vso via DUO", "2.920.000", "2.900.000", "2.880.000", "2.860.000"],
                ["Middelen naar scholen", "4.310.000", "4.280.000", "4.250.000", "4.220.000"],
                ["Bovenschoolse voorzieningen", "1.640.000", "1.660.000", "1.680.000", "1.700.000"],
                ["Budget Terugkeer", "90.000", "95.000", "100.000", "100.000"],
                ["Bureau en organisatie", "980.000", "990.000", "1.000.000", "1.010.000"]]),
             P("Het weerstandsvermogen bedraagt eind 2025 11 procent; de bovenmatige reserve is in 2024 afgebouwd. "
               "Wij houden een buffer aan van ten minste 5 procent van de baten voor onvoorziene stijging van het "
               "aantal TLV's.")]
    body += [H1("Kwaliteit en monitoring"),
             P("Het samenwerkingsverband werkt met een kwaliteitscyclus volgens PDCA. Elk kwartaal rapporteert het "
               "bureau aan het bestuur over het aantal aanvragen, doorlooptijden, thuiszitters, plaatsingen en "
               "terugplaatsingen, op basis van de registratie in het digitale dossier en DUO-gegevens. Eens per "
               "jaar vindt per bestuur een evaluatiegesprek plaats. In het jaarverslag wordt vermeld wat van de "
               "doelen is gerealiseerd, en in 2028 volgt een externe evaluatie die met de OPR wordt besproken."),
             P("De concrete doelen waarop wij sturen, worden jaarlijks in het jaarplan geformuleerd.")]
    body += [H1("Ouders en leerlingen"),
             P("Ouders vinden informatie over de ondersteuningsmogelijkheden op de website, in de schoolgids "
               "van de school van hun kind en in de animatie 'Passend onderwijs in 2 minuten'. Iedere school heeft "
               "een contactpersoon passend onderwijs die ouders te woord staat."),
             P("Voor onafhankelijk advies verwijzen wij ouders en jongeren naar het Ouder- en Jeugdsteunpunt "
               "Kanaalzone, ondergebracht bij het Centrum voor Jeugd en Gezin, en naar Ouders & Onderwijs "
               "(landelijk, gratis). Klachten over het samenwerkingsverband kunnen worden ingediend bij de "
               "landelijke klachtencommissie waarbij wij zijn aangesloten."),
             P("Leerlingen hebben hoorrecht bij het opstellen van hun OPP; scholen leggen hun mening vast.")]
    body += governance(naam, opr_parents=True, opr_date="5 maart 2026")
    body += oogo_thin(naam)
    body += landelijke_ontwikkelingen() + bedrijfsvoering() + kennisdeling(naam)
    body += personeel(naam)
    body += ict_privacy()
    body += planning([["2026", "Herziening verdeelmodel", "Bestuur, OPR"],
                      ["2026-2027", "Werkgroep Basis op Orde", "Ondersteuningscoördinatoren"],
                      ["2028", "Externe evaluatie", "Bureau"]])
    body += glossary(GLOSS_VO) + abbreviations(ABBR_VO)
    toc = ["1 Voorwoord", "2 Inleiding", "3 Missie en visie", "4 Basisondersteuning", "5 Dekkend aanbod",
           "6 Toewijzing", "7 Terug- en overplaatsing", "8 Middelen", "9 Kwaliteit en monitoring",
           "10 Ouders en leerlingen", "11 Governance", "12 Gemeenten", "13 Personeel", "14 ICT",
           "15 Planning", "Begrippenlijst", "Afkortingen"]
    return dict(title="Ondersteuningsplan 2026-2030 op hoofdlijnen", header="", toc=toc, body=body,
                footer="Samenwerkingsverband VO Kanaalzone (VO 23-04) - ondersteuningsplan",
                subtitle=[naam, "VO 23-04", "Instemming OPR 5 maart 2026"])


LABEL_D = """documents: [vo-kanaalzone-op.md]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "minimum for all 9 vestigingen defined; concrete content deferred to werkgroep Basis op Orde 2026-2027"
  plaatsing: "ch. Toewijzing only refers to Handboek Toewijzing on the website; no procedure, criteria, deskundigen or bezwaar in the text"
  terugstroom: "policy (aim, conditions, 6 months AB, EUR 4.500) and 5 steps with consulent, proefplaatsing; 19 returns in 2024-2025"
  financien: "under 'Middelen': meerjarenbegroting with amounts and weerstandsvermogen, but verdeelmodel 'wordt in 2026 herzien'"
  dekkend-aanbod: "only a reference to the sociale kaart on the website; OOGO mentioned procedurally only"
  resultaten: "ch. Kwaliteit en monitoring: quarterly reporting, jaarverslag, external evaluation; doelen only in the (absent) jaarplan"
  ouders: "website, schoolgids, animatie, contactpersoon; OJSP Kanaalzone, Ouders & Onderwijs, klachtencommissie; hoorrecht"
"""


# ----------------------------------------------------------------------------------------------
# Plan E: SWV VO Veenweide, .pdf only
def plan_e():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Veenweide"
    body = []
    body += voorwoord(naam, "2026-2030", consulted_parents=False)
    body += leeswijzer(naam)
    body += [H1("Kengetallen"),
             T([["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"],
                ["Leerlingen regulier vo", "6.120", "6.080", "6.010"],
                ["Leerlingen pro", "290", "301", "296"],
                ["Leerlingen vso", "214", "221", "226"],
                ["Vestigingen", "10", "10", "10"]])]
    body += terugblik_activiteiten(naam)
    body += visie(naam)
    body += [H1("Basisondersteuning"),
             P("Deze paragraaf wordt aangevuld na de evaluatie van de schoolondersteuningsprofielen (p.m.).")]
    body += [H1("Extra ondersteuning en voorzieningen"),
             P("Scholen kunnen voor leerlingen die meer nodig hebben dan de school zelf kan bieden, een "
               "arrangement aanvragen. Een actueel overzicht van alle voorzieningen in de regio, inclusief de "
               "bovenschoolse plekken en het vso, staat in de Voorzieningenwijzer op onze website."),
             H2("Thuiszitters en leerlingen zonder passende plek"),
             P("Iedere maand stelt het bureau met de leerplichtambtenaren van de vier gemeenten een lijst op van "
               "leerlingen die langer dan vier weken geen onderwijs volgen of op een wachtlijst staan. Voor elke "
               "leerling wijst het samenwerkingsverband binnen vijf werkdagen een trajectbegeleider aan, die "
               "binnen een maand met school en hulpverlening een terugkeerplan opstelt. Komt er binnen "
               "drie maanden geen oplossing, dan besluit de directeur welke school de leerling (tijdelijk) "
               "plaatst. Het aantal thuiszitters daalde van 31 in 2023 naar 18 in 2025. Tekorten die daarbij aan "
               "het licht komen, bespreken we twee keer per jaar met de besturen; in 2025 leidde dat tot een "
               "tweede reboundgroep.")]
    body += [H1("Toelaatbaarheid"),
             H2("Criteria"),
             P("Het samenwerkingsverband hanteert de volgende criteria."),
             T([["Route", "Een leerling is toelaatbaar als"],
                ["vso", "(a) de school aantoonbaar minimaal één schooljaar een arrangement heeft ingezet dat is "
                 "geëvalueerd; (b) de leerling aangewezen is op een groep van maximaal 12 leerlingen of op "
                 "integrale zorg in onderwijstijd; (c) een deskundige dit onderbouwt."],
                ["pro", "landelijke criteria: IQ 55-80 en leerachterstand van 50% of meer op ten minste twee "
                 "domeinen, waaronder begrijpend lezen of inzichtelijk rekenen"],
                ["lwoo", "eigen criteria (opting out): het advies van de basisschool is basis/kader en er is een "
                 "leerachterstand van ten minste 1,5 jaar op rekenen of begrijpend lezen"]]),
             H2("Aanvragen"),
             P("Scholen vinden de werkwijze voor het aanvragen van een TLV, pro of lwoo in de handleiding "
               "Toewijzing die in het aanvraagportaal is te downloaden."),
             H2("Looptijd en afloop van de TLV"),
             P("Een TLV wordt in de regel afgegeven voor twee schooljaren en eindigt op 31 juli. Een half jaar vóór "
               "het einde van de TLV evalueert de vso-school in de OPP-bespreking of de leerling kan terugkeren "
               "naar een reguliere school. De vso-school neemt het initiatief en meldt de uitkomst vóór 1 februari "
               "bij het bureau. Het bureau stelt samen met de reguliere school een terugkeerplan op; de commissie "
               "toewijzing besluit vóór 1 mei over het terugkeerarrangement of over een nieuwe TLV."),
             P("Ons beleid is dat elke vso-leerling die zich in het vso voldoende heeft ontwikkeld, de kans krijgt "
               "om terug te keren, bij voorkeur naar een school in de eigen gemeente. Voorwaarde is een positief "
               "advies van de vso-school en een ontvangende school die kan aansluiten bij het OPP. De leerling "
               "krijgt een terugkeerarrangement van gemiddeld € 6.000: een proefperiode van acht weken met "
               "begeleiding door het vso, gevolgd door coaching op de nieuwe school tot het einde van het "
               "schooljaar. In 2024-2025 keerden 12 leerlingen terug; het streven is 20 per jaar.")]
    body += [H1("Financieel beleid"),
             H2("Toekenning van middelen"),
             P("Wij kennen middelen toe volgens een combinatie van een basisbudget en arrangementen. Ieder "
               "schoolbestuur ontvangt een basisbudget van € 95 per leerling (teldatum 1 oktober). Arrangementen "
               "worden per leerling of per groep toegekend door de commissie toewijzing op basis van een aanvraag "
               "met OPP; de commissie toetst of de gevraagde inzet aansluit bij de ondersteuningsbehoefte en of de "
               "school de basisondersteuning heeft benut. Een individueel arrangement bedraagt ten hoogste "
               "€ 12.000 per schooljaar."),
             H2("Meerjarenbegroting"),
             T([["x € 1.000", "2026", "2027", "2028", "2029"],
                ["Baten", "8.350", "8.290", "8.240", "8.180"],
                ["Afdracht vso en groei", "2.610", "2.640", "2.670", "2.700"],
                ["Basisbudgetten besturen", "600", "595", "590", "585"],
                ["Arrangementen", "2.450", "2.400", "2.380", "2.350"],
                ["Rebound en OPDC", "1.520", "1.560", "1.560", "1.560"],
                ["Terugkeerarrangementen", "120", "120", "120", "120"],
                ["Bureau", "910", "920", "930", "940"]]),
             P("Besturen leggen jaarlijks vóór 1 april verantwoording af over de besteding van basisbudget en "
               "arrangementen, in een vast format met aantallen leerlingen en ingezette formatie.")]
    body += [H1("Beoogde en bereikte resultaten"),
             T([["Doel 2030", "Nulmeting 2025", "Bron"],
                ["Thuiszitters langer dan 3 maanden: maximaal 8", "18", "Leerplicht"],
                ["Terugkeer vso naar regulier: 20 leerlingen per jaar", "12", "Registratie bureau"],
                ["Gemiddelde doorlooptijd aanvraag: 4 weken", "7 weken", "Aanvraagportaal"],
                ["Leerlingen met arrangement behalen diploma: 85%", "78%", "DUO"]]),
             P("De controller verzamelt de gegevens elk half jaar. Het bestuur bespreekt de voortgang in juni en "
               "december; de uitkomsten staan in het jaarverslag en in een openbare factsheet. Wijkt een indicator "
               "meer dan 10% af van de lijn naar het doel, dan volgt een verbeteranalyse.")]
    body += [H1("Ouders en communicatie"),
             P("Het samenwerkingsverband communiceert met scholen via een nieuwsbrief die vier keer per jaar "
               "verschijnt. De website wordt in 2026 vernieuwd. Een paragraaf over de informatievoorziening aan "
               "ouders en over onafhankelijke ondersteuning voor ouders wordt toegevoegd bij de eerste "
               "actualisatie van dit plan.")]
    body += governance(naam, opr_parents=False, opr_date="12 maart 2026")
    body += oogo_thin(naam, "29 januari 2026")
    body += landelijke_ontwikkelingen() + bedrijfsvoering() + kennisdeling(naam)
    body += personeel(naam)
    body += ict_privacy()
    body += planning([["2026", "Vernieuwing website", "Bureau"],
                      ["2026-2027", "Evaluatie schoolondersteuningsprofielen", "Besturen"],
                      ["2027", "Actualisatie ondersteuningsplan", "Bestuur, OPR"]])
    body += glossary(GLOSS_VO) + abbreviations(ABBR_VO)
    toc = ["1 Voorwoord", "2 Inleiding", "3 Kengetallen", "4 Missie en visie", "5 Basisondersteuning",
           "6 Extra ondersteuning en voorzieningen", "7 Toelaatbaarheid", "   7.3 Looptijd en afloop van de TLV",
           "8 Financieel beleid", "9 Beoogde en bereikte resultaten", "10 Ouders en communicatie",
           "11 Organisatie", "12 Gemeenten", "13 Personeel", "14 ICT", "15 Planning", "Begrippenlijst",
           "Afkortingen"]
    return dict(title="Ondersteuningsplan Veenweide 2026-2030", header="SWV VO Veenweide - Ondersteuningsplan 2026-2030",
                footer="VO 25-13", toc=toc, body=body,
                subtitle=[naam, "VO 25-13", "Concept ter instemming OPR, februari 2026"])


LABEL_E = """documents: [vo-veenweide-op.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  financien: [verantwoording]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "heading with only 'wordt aangevuld ... (p.m.)'; TOC and glossary entries are traps"
  plaatsing: "criteria for vso/pro/lwoo (opting out) in a table; procedure only in a handleiding in the portal; TLV duration 2 years"
  terugstroom: "hidden in TLV chapter 'Looptijd en afloop van de TLV': steps, initiator, 1 februari/1 mei, policy, terugkeerarrangement, 12 returns"
  financien: "basisbudget EUR 95 per leerling plus arrangementen via commissie (max EUR 12.000); meerjarenbegroting; verantwoording voor 1 april"
  dekkend-aanbod: "thuiszitters/wachtlijst approach with trajectbegeleider and decision; continuum only in the Voorzieningenwijzer on the website"
  resultaten: "table of doelen 2030 with nulmeting; half-yearly monitoring, jaarverslag, factsheet"
  ouders: "ch. 'Ouders en communicatie' covers only communication with schools and defers the parent paragraph"
"""


# ----------------------------------------------------------------------------------------------
# F: near-miss, a VO school's own 'ondersteuningsplan' (school level), .docx
def near_miss():
    naam = "Scholengemeenschap Het Baken"
    body = [
        H1("Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe Scholengemeenschap Het Baken (vmbo-t, havo, atheneum) in "
          "schooljaar 2025-2026 de ondersteuning aan haar leerlingen organiseert. Het plan is bedoeld voor "
          "docenten, mentoren en ouders en vormt de uitwerking van ons schoolondersteuningsprofiel. Het Baken is "
          "aangesloten bij het samenwerkingsverband VO Heuvelland en volgt de afspraken die daar zijn gemaakt."),
        H1("Onze ondersteuningsstructuur"),
        P("De ondersteuning op Het Baken is georganiseerd in drie zorgniveaus. Niveau 1 is de ondersteuning door "
          "de docent in de klas en door de mentor. Niveau 2 omvat de ondersteuning door de zorgcoördinator, de "
          "remedial teacher, de faalangsttrainer en de schoolmaatschappelijk werker. Niveau 3 is de "
          "ondersteuning door externe partners, zoals jeugdhulp of de ambulant begeleider vanuit het "
          "samenwerkingsverband."),
        P("Elke leerling heeft een mentor die het eerste aanspreekpunt is voor leerling en ouders. De mentor "
          "voert drie keer per jaar een voortgangsgesprek en signaleert problemen vroegtijdig. In de "
          "leerlingbespreking, die per klas vier keer per jaar plaatsvindt, bespreken docenten de resultaten en "
          "het welbevinden van de leerlingen."),
        H1("Zorgteam en leerlingbespreking"),
        P("Het zorgteam van Het Baken bestaat uit de zorgcoördinator, de teamleiders, de schoolmaatschappelijk "
          "werker en de orthopedagoog. Het zorgteam komt om de week bijeen. Ouders worden uitgenodigd wanneer hun "
          "kind wordt besproken. Eens per zes weken schuiven de jeugdarts, de leerplichtambtenaar en de "
          "wijkcoach aan in het zorg- en adviesteam."),
        H1("Extra ondersteuning en arrangementen"),
        P("Wanneer een leerling meer nodig heeft dan wij in de basisondersteuning kunnen bieden, stellen wij "
          "samen met ouders en leerling een ontwikkelingsperspectiefplan op. Het Baken kan bij het "
          "samenwerkingsverband een arrangement aanvragen, bijvoorbeeld een plek in de reboundvoorziening of "
          "extra begeleiding in de klas. De middelen die de school van het samenwerkingsverband ontvangt, zetten "
          "wij in voor de Trajectklas, een rustige ruimte waar leerlingen onder begeleiding kunnen werken."),
        P("Is een plaatsing in het voortgezet speciaal onderwijs nodig, dan vraagt de school een "
          "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De zorgcoördinator begeleidt ouders bij "
          "deze stap. Voor leerlingen in het vmbo die leerwegondersteuning nodig hebben, organiseert de school "
          "lwoo in kleinere klassen."),
        H1("Dyslexie, dyscalculie en faalangst"),
        P("Leerlingen met een dyslexie- of dyscalculieverklaring krijgen een faciliteitenpas. Daarop staat "
          "welke hulpmiddelen zij mogen gebruiken, zoals extra tijd, vergrote toetsen of voorleessoftware. In "
          "de brugklas worden alle leerlingen gescreend op lees- en spellingsproblemen. De faalangsttraining "
          "bestaat uit acht bijeenkomsten en wordt twee keer per jaar aangeboden."),
        H1("Samenwerking met ouders"),
        P("Wij zien ouders als partners. Ouders worden via Magister en de nieuwsbrief op de hoogte gehouden van "
          "de resultaten van hun kind. Bij zorgen neemt de mentor contact op. Ouders met vragen over de "
          "ondersteuning kunnen terecht bij de zorgcoördinator. Heeft u een klacht, dan vindt u de "
          "klachtenregeling in de schoolgids."),
        H1("Evaluatie"),
        P("Aan het einde van het schooljaar evalueert het zorgteam dit plan. De resultaten van de evaluatie "
          "worden besproken met de medezeggenschapsraad en verwerkt in het plan voor het volgende schooljaar."),
        T([["Functie", "Naam", "Bereikbaar"],
           ["Zorgcoördinator", "mevr. J. de Graaf", "ma, di, do"],
           ["Orthopedagoog", "dhr. P. Smits", "wo, vr"],
           ["Schoolmaatschappelijk werker", "mevr. A. Yilmaz", "di, do"]]),
    ]
    return dict(title="Ondersteuningsplan 2025-2026", header="Het Baken - ondersteuningsplan",
                footer="Scholengemeenschap Het Baken", toc=None, body=body,
                subtitle=[naam, "vmbo-t | havo | atheneum", "Vastgesteld door de schoolleiding, september 2025"])


LABEL_F = """documents: [baken-school-ondersteuningsplan.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "school-level 'ondersteuningsplan' of one VO school (zorgniveaus, zorgteam, faciliteitenpas); it is a member of an SWV, not the SWV's plan: no OPR, OOGO, verdeling, planperiode"
"""


def main():
    tmp = tempfile.mkdtemp(prefix="holdout201_gen_")
    try:
        render_docx(plan_a(), OUT / "vo-rijnstreek-op.docx")
        (OUT / "vo-rijnstreek-op.expected.yaml").write_text(LABEL_A, encoding="utf-8")

        render_docx(plan_b(), OUT / "vo-heuvelland-op.docx")
        to_pdf(OUT / "vo-heuvelland-op.docx", OUT / "vo-heuvelland-op.pdf", tmp)
        (OUT / "vo-heuvelland-op.expected.yaml").write_text(LABEL_B, encoding="utf-8")

        c_docx = Path(tmp) / "po-duinkust-op.docx"
        render_docx(plan_c(), c_docx)
        to_pdf(c_docx, OUT / "po-duinkust-op.pdf", tmp)
        (OUT / "po-duinkust-op.expected.yaml").write_text(LABEL_C, encoding="utf-8")

        render_md(plan_d(), OUT / "vo-kanaalzone-op.md")
        (OUT / "vo-kanaalzone-op.expected.yaml").write_text(LABEL_D, encoding="utf-8")

        e_docx = Path(tmp) / "vo-veenweide-op.docx"
        render_docx(plan_e(), e_docx)
        to_pdf(e_docx, OUT / "vo-veenweide-op.pdf", tmp)
        (OUT / "vo-veenweide-op.expected.yaml").write_text(LABEL_E, encoding="utf-8")

        render_docx(near_miss(), OUT / "baken-school-ondersteuningsplan.docx")
        (OUT / "baken-school-ondersteuningsplan.expected.yaml").write_text(LABEL_F, encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
