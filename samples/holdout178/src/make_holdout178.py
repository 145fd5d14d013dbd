#!/usr/bin/env python3
"""Generate the holdout178 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# shared filler (must not address any core or advisory criterion)
# ---------------------------------------------------------------------------


def voorwoord(swv, periode, tone):
    if tone == "warm":
        return [
            f"Voor u ligt het ondersteuningsplan {periode} van {swv}. Het is het derde plan sinds de invoering "
            "van passend onderwijs en het eerste dat wij volledig samen met schoolleiders, intern begeleiders, "
            "leerkrachten en de leden van de ondersteuningsplanraad hebben geschreven. Wij zijn trots op de "
            "energie die de afgelopen maanden in de werksessies zichtbaar was.",
            "Een plan is geen doel op zich. Het gaat om de kinderen in onze regio, om hun ouders en om de "
            "professionals die elke dag het verschil maken. Waar in dit plan over middelen, procedures en "
            "resultaten wordt gesproken, staat uiteindelijk de vraag centraal of een kind zich op school "
            "gezien en uitgedaagd voelt.",
            "Ik dank iedereen die heeft bijgedragen: de directeuren die hun ervaringen deelden, de gemeenten "
            "waarmee wij in goed overleg tot dit plan kwamen, en niet in de laatste plaats de ouders die op de "
            "klankbordavonden kritische en waardevolle vragen stelden.",
        ]
    return [
        f"Dit is het ondersteuningsplan {periode} van {swv}. Het plan beschrijft op hoofdlijnen wat wij de "
        "komende vier jaar willen bereiken en hoe wij dat organiseren. Wij hebben bewust gekozen voor een "
        "compact document: de uitwerking staat in jaarplannen en werkdocumenten die wij met de scholen delen.",
        "Wij danken de schoolbesturen, de ondersteuningsplanraad en de gemeenten voor hun inbreng.",
    ]


def wettelijk_kader(sector):
    if sector == "po":
        art = "artikel 18a van de Wet op het primair onderwijs"
        scholen = "scholen voor speciaal basisonderwijs en speciaal onderwijs"
    else:
        art = "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
        scholen = "scholen voor voortgezet speciaal onderwijs, praktijkonderwijs en lwoo"
    return [
        f"Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De "
        f"wettelijke basis ligt in {art}. De wet noemt een aantal onderwerpen die het plan in elk geval "
        "moet bevatten, waaronder de basisondersteuning, de verdeling van middelen, de toelaatbaarheid tot "
        f"{scholen}, de terugplaatsing, de beoogde resultaten en de informatie aan ouders.",
        "Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht "
        "overleg (OOGO) met de gemeenten en legt het plan ter instemming voor aan de ondersteuningsplanraad. "
        "Het vastgestelde plan wordt voor 1 mei aan de Inspectie van het Onderwijs gezonden.",
    ]


def missie_visie(swv, kind):
    return [
        f"{swv} wil dat ieder {kind} in de regio zich kan ontwikkelen op een school die bij hem of haar past, "
        "zo thuisnabij als mogelijk. Wij geloven dat scholen dit niet alleen kunnen: het vraagt om "
        "samenwerking tussen besturen, met ketenpartners en met ouders.",
        "Onze visie rust op drie pijlers. De eerste is vertrouwen: wij leggen de verantwoordelijkheid zo dicht "
        f"mogelijk bij de school en het team rond het {kind}. De tweede is eenvoud: procedures moeten "
        "begrijpelijk en snel zijn. De derde is leren: wij delen kennis tussen scholen en maken ruimte voor "
        "experimenten.",
        "Inclusiever onderwijs is een beweging die wij ondersteunen. Tegelijk zijn wij realistisch: niet "
        "elke school kan alles, en gespecialiseerde expertise blijft nodig. Het gesprek over wat haalbaar is, "
        "voeren wij open en met respect voor de verschillen tussen scholen.",
        "Wij werken handelingsgericht. Dat betekent dat wij kijken naar wat een leerling nodig heeft en niet "
        "naar een label of diagnose. De onderwijsbehoefte is het vertrekpunt; de vraag welke aanpak werkt "
        "staat centraal in elk gesprek tussen school, ouders en deskundigen.",
    ]


def governance(swv, rechtsvorm, fte, ouders_in_opr=True):
    opr = (
        "De ondersteuningsplanraad (OPR) telt twaalf leden: zes personeelsleden en zes ouders, afgevaardigd "
        "door de medezeggenschapsraden van de aangesloten scholen."
        if ouders_in_opr
        else "De ondersteuningsplanraad (OPR) telt acht leden, afgevaardigd door de medezeggenschapsraden van "
        "de aangesloten scholen."
    )
    return [
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{swv} is een {rechtsvorm}. Alle schoolbesturen in de regio zijn aangesloten. Het bestuur is "
              "ingericht volgens het model van een directeur-bestuurder onder toezicht van een raad van toezicht "
              "die bestaat uit bestuurders van de aangesloten besturen en twee onafhankelijke leden."),
        ("p", "De raad van toezicht vergadert vijf keer per jaar en houdt toezicht op de strategie, de "
              "bedrijfsvoering en de naleving van wet- en regelgeving. De statuten bevatten een regeling voor "
              "het beslechten van geschillen tussen de aangesloten besturen."),
        ("p", "Naast het formele bestuur kent het samenwerkingsverband een directeurenoverleg per subregio. Hier "
              "worden ervaringen uitgewisseld, signalen opgehaald en voorstellen voorbereid. Het overleg heeft "
              "geen besluitvormende bevoegdheid maar is wel een belangrijke ader in de organisatie."),
        ("h2", "Medezeggenschap"),
        ("p", opr + " De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De "
                    "raad vergadert zes keer per jaar en stelt een eigen huishoudelijk reglement vast."),
        ("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van "
              "het bureau. Deze raad adviseert over onder meer het formatieplan en de arbeidsomstandigheden."),
        ("h2", "Bureau en personeel"),
        ("p", f"Het bureau van het samenwerkingsverband telt circa {fte} fte. Het bestaat uit de "
              "directeur-bestuurder, een beleidsmedewerker, een controller, twee secretariaatsmedewerkers en het "
              "team van consulenten en orthopedagogen. Medewerkers zijn in dienst van het samenwerkingsverband of "
              "worden gedetacheerd vanuit een aangesloten bestuur."),
        ("p", "Wij investeren in de professionele ontwikkeling van onze medewerkers. Iedere medewerker heeft een "
              "persoonlijk ontwikkelplan en jaarlijks een gesprekscyclus. Intervisie en casuïstiekbespreking zijn "
              "vaste onderdelen van het werk."),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Wij merken dat intern begeleiders en "
              "ondersteuningscoördinatoren vaker voor de klas staan en minder tijd hebben voor hun "
              "coördinerende taak. In het directeurenoverleg bespreken wij hoe wij elkaar hierin kunnen helpen."),
    ]


def ict_privacy():
    return [
        ("p", "Voor de registratie van aanvragen, arrangementen en toelaatbaarheidsverklaringen gebruikt het "
              "samenwerkingsverband een beveiligde digitale omgeving. Scholen dienen aanvragen uitsluitend via "
              "deze omgeving in; e-mail met persoonsgegevens is niet toegestaan."),
        ("p", "Wij verwerken persoonsgegevens volgens de Algemene verordening gegevensbescherming. Een "
              "functionaris gegevensbescherming ziet toe op de naleving. Bijzondere persoonsgegevens over de "
              "gezondheid van een leerling verwerken wij alleen voor zover dat nodig is voor onze wettelijke "
              "taken, en wij bewaren die niet langer dan drie jaar na het besluit."),
        ("p", "Het privacyreglement en het verwerkingsregister worden jaarlijks geactualiseerd. Medewerkers "
              "volgen elke twee jaar een training informatiebeveiliging. Datalekken worden binnen 72 uur gemeld "
              "bij de Autoriteit Persoonsgegevens."),
    ]


def deskundigheid():
    return [
        ("p", "Deskundigheidsbevordering is een gedeelde verantwoordelijkheid van schoolbesturen en "
              "samenwerkingsverband. Het samenwerkingsverband organiseert jaarlijks een netwerkdag voor intern "
              "begeleiders en ondersteuningscoördinatoren, met workshops van eigen medewerkers en externe sprekers."),
        ("p", "Daarnaast faciliteren wij lerende netwerken rond thema's die scholen zelf aandragen, zoals "
              "meertaligheid, executieve functies en samenwerking met jeugdhulp op het schoolplein. Netwerken "
              "komen vier keer per jaar bijeen en delen hun opbrengsten via het kennisplatform."),
    ]


def planning(periode_jaren):
    y = periode_jaren
    return [
        ("p", "De planperiode loopt van 1 augustus tot en met 31 juli van het laatste schooljaar. Jaarlijks "
              "maakt het bureau een jaarplan met activiteiten, verantwoordelijken en planning; dat jaarplan "
              "wordt voor 1 juli voorgelegd aan de raad van toezicht."),
        ("table", [["Schooljaar", "Belangrijkste activiteiten"],
                   [f"{y[0]}-{y[0]+1}", "Implementatie nieuw plan; vernieuwing website; start netwerken"],
                   [f"{y[0]+1}-{y[0]+2}", "Tussentijdse bespreking met OPR; actualisering privacyreglement"],
                   [f"{y[0]+2}-{y[0]+3}", "Verkenning nieuwe huisvesting bureau; evaluatie netwerken"],
                   [f"{y[0]+3}-{y[0]+4}", "Voorbereiding volgend ondersteuningsplan; OOGO; instemming OPR"]]),
        ("p", "Bij de voorbereiding van het volgende plan betrekken wij opnieuw scholen, ouders, gemeenten en "
              "ketenpartners. De eerste verkennende sessies staan gepland in het najaar van het derde jaar."),
    ]


def huisvesting_vervoer():
    return [
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Omdat keuzes op deze "
              "terreinen invloed hebben op de toegankelijkheid van scholen, brengen wij signalen uit de scholen "
              "in bij de ambtelijke overleggen. Het samenwerkingsverband neemt zelf geen besluiten over vervoer "
              "of gebouwen."),
        ("p", "Het bureau is gehuisvest in een verzamelgebouw waar ook een aantal ketenpartners kantoor houdt. "
              "De huurovereenkomst loopt tot en met 2028. In het derde jaar van deze planperiode verkennen wij of "
              "een locatie dichter bij het centrum van de regio wenselijker is."),
    ]


def context_trends(regio, sector):
    lln = "leerlingen" 
    return [
        ("p", f"De regio {regio} verandert. In een aantal kernen daalt het aantal {lln} door vergrijzing en "
              "het vertrek van jonge gezinnen; in andere kernen zorgen nieuwbouwwijken juist voor groei. Dat "
              "vraagt van besturen dat zij vooruitkijken en hun scholenbestand tijdig aanpassen."),
        ("p", "Het aantal kinderen dat opgroeit in een gezin met een laag inkomen ligt in delen van de regio "
              "boven het landelijk gemiddelde. Armoede heeft gevolgen voor de ontwikkeling van kinderen en voor "
              "de mate waarin ouders hun kinderen kunnen ondersteunen bij het leren. Scholen merken dat in de "
              "klas, bijvoorbeeld bij kinderen die zonder ontbijt komen of geen rustige plek hebben om te leren."),
        ("p", "Het tekort aan leraren, intern begeleiders en specialisten is in de regio voelbaar, met name in "
              "de kleinere kernen. Vacatures blijven maanden openstaan. Besturen werken samen in een regionaal "
              "arbeidsmarktplatform om zij-instromers te werven en op te leiden."),
        ("p", "Tot slot zien wij dat de vragen van kinderen en jongeren complexer worden. Scholen melden meer "
              "leerlingen met angst- en stemmingsklachten en meer gezinnen met meervoudige problemen. Die "
              "ontwikkeling vraagt om een goede verbinding tussen onderwijs en de zorg in de wijk."),
    ]


def landelijk(variant):
    out = [
        ("p", "Na de evaluatie van passend onderwijs in 2020 heeft de minister een verbeteraanpak gepresenteerd. "
              "Die aanpak heeft als stip op de horizon dat het onderwijs in 2035 zo inclusief mogelijk is. Voor "
              "samenwerkingsverbanden betekent dit onder meer meer aandacht voor toezicht, voor de rol van de "
              "ondersteuningsplanraad en voor een doelmatige inzet van middelen."),
        ("p", "Het wetsvoorstel versterking positie ouders en leerlingen in het passend onderwijs introduceert "
              "onder meer het hoorrecht voor leerlingen en verplicht ieder samenwerkingsverband een ouder- en "
              "jeugdsteunpunt in te richten."),
    ]
    if variant == "defer":
        out.append(("p", "Hoe wij aan dat steunpunt invulling geven, bepalen wij nadat de wet in werking is "
                         "getreden. Ook de landelijke norm basisondersteuning wachten wij af voordat wij eigen "
                         "keuzes maken."))
    else:
        out.append(("p", "Daarnaast werkt het ministerie aan een landelijke norm voor de basisondersteuning. "
                         "Wij volgen die ontwikkeling en passen onze afspraken zo nodig aan."))
    out.append(("p", "Wij volgen de landelijke ontwikkelingen via de sectorraden en het Steunpunt Passend "
                     "Onderwijs. Nieuwe wetgeving vertalen wij zo snel mogelijk naar onze eigen werkwijze en "
                     "wij informeren scholen daarover in het directeurenoverleg."))
    return out


def opr_werkwijze():
    return [
        ("p", "De OPR is voor ons een belangrijke gesprekspartner. De raad krijgt stukken ten minste drie weken "
              "voor een vergadering, en de directeur-bestuurder is bij het eerste deel van elke vergadering "
              "aanwezig om vragen te beantwoorden."),
        ("p", "Nieuwe leden volgen een introductiecursus over passend onderwijs en de wettelijke taken van de "
              "raad. Jaarlijks is er een gezamenlijke bijeenkomst van OPR en raad van toezicht, waarin wordt "
              "teruggeblikt en vooruitgekeken. De OPR stelt een eigen jaarplanning op en publiceert een kort "
              "jaarverslag."),
        ("p", "De samenwerking met de OPR leggen wij vast in een convenant. Daarin staan afspraken over "
              "informatievoorziening, ondersteuning door het bureau en de faciliteiten voor leden."),
    ]


def integriteit():
    return [
        ("p", "Het samenwerkingsverband hanteert een integriteitscode voor bestuur en medewerkers. Nevenfuncties "
              "van de directeur-bestuurder en de leden van de raad van toezicht worden openbaar gemaakt. "
              "Medewerkers die een vermoeden van een misstand hebben, kunnen terecht bij een externe "
              "vertrouwenspersoon volgens de klokkenluidersregeling."),
        ("p", "Bij het inhuren van externe deskundigen volgen wij het inkoopbeleid. Opdrachten boven de Europese "
              "drempel worden openbaar aanbesteed."),
    ]


def communicatie_algemeen(naam):
    return [
        ("p", f"{naam} communiceert met scholen, besturen en partners via de website, een digitale nieuwsbrief "
              "en een jaarlijkse netwerkbijeenkomst. Wij schrijven in begrijpelijke taal en vermijden jargon."),
        ("p", "Voor professionals is er een besloten deel van de website met formats, handreikingen en "
              "contactgegevens van de consulenten. Wij evalueren elke twee jaar met een korte enquête onder "
              "directeuren en intern begeleiders of de informatie vindbaar en bruikbaar is."),
    ]


def innovatie():
    return [
        ("p", "Wij willen ruimte bieden voor vernieuwing. Scholen kunnen jaarlijks een voorstel indienen voor een "
              "pilot die bijdraagt aan inclusiever onderwijs, bijvoorbeeld een samenwerking tussen een reguliere "
              "school en een school voor speciaal onderwijs. Een commissie van directeuren beoordeelt de "
              "voorstellen."),
        ("p", "Pilots duren maximaal twee jaar en worden afgesloten met een kort verslag, zodat andere scholen "
              "van de ervaringen kunnen leren. Succesvolle aanpakken worden verspreid via de lerende netwerken."),
    ]


def terugblik_org(vorige, gemeenten=True):
    laatste = ("Ook is de samenwerking met de gemeenten op een vastere voet gezet met een jaarlijkse "
               "gezamenlijke agenda." if gemeenten else
               "Ook is het digitale aanvraagsysteem vernieuwd en is de website opnieuw ingericht.")
    return [
        ("p", f"In de planperiode {vorige} stond de organisatie van het samenwerkingsverband zelf centraal. Het "
              "bureau is verhuisd, de administratie is gedigitaliseerd en er is een nieuwe raad van toezicht "
              "aangetreden. " + laatste),
        ("p", "De coronaperiode heeft diepe sporen nagelaten. Scholen moesten in korte tijd omschakelen naar "
              "afstandsonderwijs en veel ondersteuningsactiviteiten lagen maanden stil. Tegelijk heeft die "
              "periode ons geleerd hoe snel scholen kunnen samenwerken als het erop aankomt; die flexibiliteit "
              "willen wij vasthouden."),
        ("p", "Uit de gesprekken met directeuren, intern begeleiders en ondersteuningscoördinatoren kwamen drie "
              "lessen naar voren: houd procedures eenvoudig, wees als bureau zichtbaar in de scholen, en zorg dat "
              "afspraken ook na wisselingen in personeel blijven staan. Die lessen zijn richtinggevend geweest "
              "bij het schrijven van dit plan."),
    ]


def aansluiting_mbo():
    return [
        ("p", "Een goede overstap naar het mbo is voor veel jongeren een kwetsbaar moment. Samen met de "
              "mbo-instellingen in de regio organiseren wij jaarlijks een overdrachtsmoment waarop mentoren en "
              "loopbaanbegeleiders elkaar ontmoeten. Het Regionaal Meld- en Coördinatiepunt voortijdig "
              "schoolverlaten is daarbij aanwezig."),
        ("p", "Voor jongeren uit het praktijkonderwijs en het vso die naar werk gaan, werken wij samen met het "
              "werkgeversservicepunt. Stages en leerwerkplekken worden in de regio gedeeld via een gezamenlijk "
              "platform."),
    ]


def overstap_vo():
    return [
        ("p", "De overstap van groep 8 naar het voortgezet onderwijs verloopt via de regionale "
              "overstapprocedure die het samenwerkingsverband VO coördineert. Basisscholen geven hun schooladvies "
              "voor 1 maart; in april volgt de warme overdracht tussen leerkrachten en mentoren."),
        ("p", "Twee keer per jaar overleggen de directeuren van beide samenwerkingsverbanden over gedeelde "
              "onderwerpen, zoals de doorlopende leerlijn en de samenwerking met gemeenten."),
    ]


def werkgeverschap():
    return [
        ("p", "Als werkgever volgen wij de cao primair onderwijs of voortgezet onderwijs, afhankelijk van de "
              "herkomst van de medewerker. Het ziekteverzuim op het bureau lag de afgelopen jaren rond de vier "
              "procent. Wij investeren in duurzame inzetbaarheid, onder meer door flexibele werktijden en "
              "aandacht voor werkdruk in de jaargesprekken."),
        ("p", "Nieuwe medewerkers doorlopen een inwerkprogramma van drie maanden met een vaste buddy. Bij vertrek "
              "voeren wij een exitgesprek, zodat wij leren van de ervaringen van medewerkers."),
    ]


def bestuurlijke_samenwerking():
    return [
        ("p", "Het samenwerkingsverband is lid van de sectororganisatie en neemt deel aan het regionale overleg "
              "van samenwerkingsverbanden in de provincie. Daar worden ervaringen gedeeld over onderwerpen als "
              "bestuurlijke inrichting, toezicht en de samenwerking met de Inspectie van het Onderwijs."),
        ("p", "Met de aangrenzende samenwerkingsverbanden hebben wij afspraken over leerlingen die over de grens "
              "van de regio naar school gaan. Het uitgangspunt is dat de leerling daar geen last van mag hebben: "
              "verbanden lossen administratieve vragen onderling op."),
        ("p", "Eens per jaar organiseren de besturen een strategische dag waarop de koers van het "
              "samenwerkingsverband wordt besproken. Externe sprekers, ervaringsdeskundigen en leerlingen leveren "
              "daaraan een bijdrage."),
    ]


def visie_uitwerking():
    return [
        ("p", "Eigenaarschap betekent voor ons dat de school het eerste aanspreekpunt is en blijft. Het "
              "samenwerkingsverband neemt de verantwoordelijkheid van een school niet over, maar ondersteunt, "
              "denkt mee en spreekt aan waar dat nodig is. Die rolverdeling vraagt om helderheid en vertrouwen "
              "over en weer."),
        ("p", "Nabijheid betekent dat wij zo veel mogelijk aansluiten bij de leefwereld van het kind: de school in "
              "de buurt, de vriendjes uit de straat, de sportclub in het dorp. Reistijd en vervoer zijn voor ons "
              "geen bijzaak maar een factor die meeweegt in elk gesprek."),
        ("p", "Ontwikkeling betekent dat wij zelf ook blijven leren. Wij vragen scholen, ouders en partners "
              "regelmatig om feedback op onze werkwijze en passen die aan waar dat beter kan."),
    ]


def jaarcyclus():
    return [
        ("p", "Het samenwerkingsverband werkt met een vaste jaarcyclus. In het voorjaar inventariseert het bureau "
              "de wensen van scholen en partners. Voor de zomer stelt de directeur-bestuurder het jaarplan op; "
              "na de zomer volgen de begroting en de bespreking met de raad van toezicht. Het jaarverslag "
              "verschijnt voor 1 juli van het volgende jaar."),
        ("p", "Zo sluiten het meerjarige ondersteuningsplan en de jaarlijkse plannen op elkaar aan: het plan "
              "geeft de richting, het jaarplan de concrete activiteiten voor een schooljaar."),
    ]


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_md(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "sub":
            out.append(f"**{b[1]}**\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.extend(f"- {line}" for line in b[1])
            out.append("")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "h3":
            out.append(f"#### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.extend(f"- {it}" for it in b[1])
            out.append("")
        elif kind == "ol":
            out.extend(f"{i}. {it}" for i, it in enumerate(b[1], 1))
            out.append("")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---\n")
    return "\n".join(out)


def render_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout178_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3", "title", "sub"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
    return n


def P(*texts):
    return [("p", t) for t in texts]


# ---------------------------------------------------------------------------
# Plan A: PO, elaborate, many subsections (.docx)
# ---------------------------------------------------------------------------


def plan_a():
    swv = "Stichting Samenwerkingsverband Passend Primair Onderwijs De Linge"
    kort = "SWV De Linge"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samen sterk voor elk kind"),
         ("p", f"{swv} (PO 25-14)"),
         ("p", "Vastgesteld door de directeur-bestuurder op 14 april 2026 na instemming van de "
               "ondersteuningsplanraad op 31 maart 2026 en afronding van het OOGO op 17 maart 2026."),
         ("pagebreak",),
         ("toc", ["Voorwoord", "1 Inleiding", "1.1 Leeswijzer", "1.2 Totstandkoming", "1.3 Wettelijk kader",
                  "2 Ons samenwerkingsverband", "2.1 Regio en besturen", "2.2 Kengetallen", "2.3 Terugblik",
                  "3 Missie, visie en ambities", "4 Basisondersteuning", "4.1 Definitie en niveau",
                  "4.2 Inhoud van de basisondersteuning", "4.3 Borging", "5 Extra ondersteuning en dekkend aanbod",
                  "5.1 Het ondersteuningscontinuüm", "5.2 Arrangementen", "5.3 Bovenschoolse voorzieningen",
                  "5.4 Dekkend netwerk en thuiszitters", "5.5 Samenwerking met gemeenten en jeugdhulp",
                  "6 Toelaatbaarheid sbo en so", "6.1 Procedure", "6.2 Criteria", "6.3 Deskundigenadvies",
                  "6.4 Duur en bekostigingscategorie", "6.5 Bezwaar",
                  "7 Terugplaatsing en overplaatsing", "7.1 Uitgangspunten", "7.2 Werkwijze",
                  "8 Financiën", "8.1 Inkomsten", "8.2 Verdeelmodel", "8.3 Meerjarenbegroting",
                  "8.4 Reserves en risico's", "8.5 Verantwoording door schoolbesturen",
                  "9 Resultaten en kwaliteitszorg", "9.1 Beoogde resultaten", "9.2 Monitoring en evaluatie",
                  "10 Ouders", "11 Organisatie", "12 Planning", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Afkortingen"]),
         ("pagebreak",),
         ("h1", "Voorwoord")]
    b += P(*voorwoord(kort, "2026-2030", "warm"))
    b += [("p", "Anke Verhoeven, directeur-bestuurder")]
    b += [("h1", "1 Inleiding"), ("h2", "1.1 Leeswijzer")]
    b += P("Hoofdstuk 2 schetst de regio en de aangesloten besturen. Hoofdstuk 3 beschrijft missie, visie en "
           "ambities. De hoofdstukken 4 tot en met 10 behandelen de onderwerpen die de wet voorschrijft: "
           "basisondersteuning, het aanbod, toelaatbaarheid, terugplaatsing, financiën, resultaten en ouders. "
           "Hoofdstuk 11 gaat over de organisatie en hoofdstuk 12 over de planning.",
           "Waar in dit plan 'ouders' staat, bedoelen wij ook verzorgers en voogden. Waar 'school' staat, "
           "bedoelen wij iedere vestiging van een aangesloten bestuur.")
    b += [("h2", "1.2 Totstandkoming")]
    b += P("Het plan is tussen september 2025 en maart 2026 tot stand gekomen. In vier werksessies met "
           "directeuren en intern begeleiders is de basis gelegd. Ouders hebben meegedacht tijdens twee "
           "klankbordavonden. Een schrijfgroep met vertegenwoordigers van besturen, sbo en so heeft de teksten "
           "opgesteld.",
           "Het concept is op 17 maart 2026 besproken in het OOGO met de colleges van de gemeenten Lingewaard, "
           "Overbetuwe, Neder-Betuwe en Buren. Op 20 februari 2026 vond overleg plaats met het samenwerkingsverband "
           "VO in dezelfde regio. De OPR heeft op 31 maart 2026 ingestemd.")
    b += [("h2", "1.3 Wettelijk kader")]
    b += P(*wettelijk_kader("po"))
    b += [("h1", "2 Ons samenwerkingsverband"), ("h2", "2.1 Regio en besturen")]
    b += P("Het samenwerkingsverband omvat vier gemeenten in het rivierengebied. Er zijn elf schoolbesturen "
           "aangesloten, variërend van een eenpitter tot een bestuur met zestien scholen. De denominaties lopen "
           "uiteen van openbaar en algemeen bijzonder tot rooms-katholiek, protestants-christelijk en "
           "reformatorisch.",
           "De regio kent een mengeling van kernen met een dorps karakter en groeiende woonwijken aan de randen "
           "van de steden. In de groeikernen stijgt het aantal leerlingen; in de kleinere dorpen staan scholen "
           "onder druk door krimp.")
    b += [("h2", "2.2 Kengetallen"),
          ("table", [["Soort school", "Aantal vestigingen", "Leerlingen 1-10-2025"],
                     ["Basisonderwijs", "48", "11.420"], ["Speciaal basisonderwijs", "3", "412"],
                     ["Speciaal onderwijs cluster 3 en 4", "2", "338"], ["Totaal", "53", "12.170"]])]
    b += [("h2", "2.3 Terugblik")]
    b += P("In de vorige planperiode hebben wij de organisatie van het bureau vernieuwd, het digitale loket "
           "ingevoerd en de samenwerking met de jeugdteams verstevigd. Ook is geïnvesteerd in de "
           "professionalisering van intern begeleiders via een tweejarige leergang.",
           "Niet alles is gelukt. Het netwerk rond hoogbegaafdheid kwam langzaam op gang en de communicatie "
           "met scholen over de nieuwe werkwijze van het loket was in het eerste jaar onvoldoende. Die lessen "
           "hebben wij in dit plan verwerkt.")
    b += [("h1", "3 Missie, visie en ambities")]
    b += P(*missie_visie(kort, "kind"))
    b += P("Voor deze planperiode hebben wij vier ambities geformuleerd: de basis op orde op elke school, "
           "snelle en passende hulp wanneer dat nodig is, geen kind zonder passende plek, en ouders die weten "
           "waar zij terecht kunnen. In de volgende hoofdstukken maken wij deze ambities concreet.")
    # --- basisondersteuning: present
    b += [("h1", "4 Basisondersteuning"), ("h2", "4.1 Definitie en niveau")]
    b += P("Basisondersteuning is de ondersteuning die alle 48 basisscholen van het samenwerkingsverband, op "
           "elke vestiging, bieden zonder aanvraag bij het samenwerkingsverband en zonder tussenkomst van "
           "externe financiering. Het algemeen bestuur heeft het niveau vastgesteld in de 'Lingestandaard "
           "basisondersteuning 2026'. Iedere vestiging moet uiterlijk op 1 augustus 2027 aan deze standaard "
           "voldoen; scholen die dat nu al doen, houden dit niveau ten minste vast.",
           "De standaard is een ondergrens, geen plafond. Scholen mogen meer bieden en beschrijven dat in hun "
           "schoolgids.")
    b += [("h2", "4.2 Inhoud van de basisondersteuning")]
    b += P("Een ouder mag op iedere school in ons samenwerkingsverband in elk geval het volgende verwachten:")
    b += [("ul", ["een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die de ondersteuning coördineert;",
                  "een leerlingvolgsysteem en ten minste twee groepsbesprekingen per jaar per groep;",
                  "een dyslexieprotocol en een dyscalculieprotocol, inclusief begeleiding tot aan de vergoede "
                  "diagnostiek en behandeling;",
                  "preventieve en licht curatieve interventies bij lees-, spelling- en rekenproblemen, met "
                  "verlengde instructie in de groep;",
                  "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
                  "een methode voor sociaal-emotioneel leren en een anti-pestcoördinator;",
                  "een fysiek toegankelijk gebouw of, als dat niet mogelijk is, een afspraak met een nabije school;",
                  "een ontwikkelingsperspectief (OPP) voor iedere leerling die een eigen leerlijn volgt;",
                  "toegang tot het consultatieteam van het samenwerkingsverband binnen drie weken na een vraag."])]
    b += P("Deze onderdelen zijn in de Lingestandaard uitgewerkt in indicatoren die voor iedereen "
           "herkenbaar zijn.")
    b += [("h2", "4.3 Borging")]
    b += P("Iedere school neemt de basisondersteuning op in haar schoolgids. Eens per twee jaar voert een "
           "consulent van het samenwerkingsverband met de directeur en de intern begeleider een "
           "'kwaliteitsgesprek basisondersteuning' aan de hand van de kwaliteitskaart. Voldoet een school op "
           "onderdelen niet, dan maakt het bestuur binnen drie maanden een verbeterplan en bespreekt de "
           "directeur-bestuurder de voortgang met het schoolbestuur.")
    # --- dekkend aanbod: present
    b += [("h1", "5 Extra ondersteuning en dekkend aanbod"), ("h2", "5.1 Het ondersteuningscontinuüm")]
    b += P("Het aanbod in de regio is opgebouwd als een doorlopend continuüm. Elke stap bouwt voort op de "
           "vorige; een leerling gaat pas naar een volgende stap als de vorige onvoldoende blijkt.")
    b += [("table", [["Niveau", "Wat", "Waar"],
                     ["1", "Basisondersteuning volgens de Lingestandaard", "Elke school"],
                     ["2", "Extra ondersteuning in de school met consultatie", "Elke school + consultatieteam"],
                     ["3", "Arrangement op maat (individueel of groep)", "Reguliere school, met budget SWV"],
                     ["4", "Bovenschoolse voorziening (Taalklas, Plusklas, Observatiegroep)", "Drie locaties"],
                     ["5", "Speciaal basisonderwijs of speciaal onderwijs", "3 sbo-scholen, 2 so-scholen"]])]
    b += [("h2", "5.2 Arrangementen")]
    b += P("Een arrangement is een samenhangend pakket van extra ondersteuning voor één leerling of een kleine "
           "groep, bovenop de basisondersteuning. Arrangementen worden aangevraagd via het loket en duren "
           "maximaal een schooljaar, met een evaluatie halverwege.",
           "Voorbeelden zijn ambulante begeleiding door een so-specialist, een taalaanbod voor nieuwkomers in "
           "de eigen school en een tijdelijke onderwijsassistent bij ernstige gedragsproblematiek.")
    b += [("h2", "5.3 Bovenschoolse voorzieningen")]
    b += P("De Taalklas in Bemmel biedt nieuwkomers een jaar intensief Nederlands. De Plusklas is er voor "
           "hoogbegaafde leerlingen uit groep 5 tot en met 8, één dagdeel per week. De Observatiegroep biedt "
           "maximaal twaalf weken observatie en diagnostiek voor jonge kinderen met een onduidelijke "
           "ondersteuningsbehoefte.")
    b += [("h2", "5.4 Dekkend netwerk en thuiszitters")]
    b += P("Wij willen dat geen kind thuis zit zonder passend onderwijs. Scholen melden elk kind dat langer dan "
           "vier weken verzuimt of vrijgesteld is bij het samenwerkingsverband. De Thuiszitterstafel, met de "
           "leerplichtambtenaar, de jeugdconsulent, de consulent van het samenwerkingsverband en de school, "
           "bespreekt ieder gemeld kind binnen tien werkdagen en legt een plan vast met een eigenaar.",
           "Lukt het niet om binnen zes weken een plek te vinden, dan schaalt de consulent op naar de "
           "directeur-bestuurder, die de schoolbesturen kan aanspreken op hun zorgplicht. Twee keer per jaar "
           "analyseren wij alle meldingen: waar ontbreekt aanbod, voor welke groepen? Die analyse leidt tot "
           "voorstellen voor nieuwe arrangementen of voorzieningen, die in het jaarplan worden opgenomen.")
    b += [("h2", "5.5 Samenwerking met gemeenten en jeugdhulp")]
    b += P("Met de vier gemeenten hebben wij afspraken over de inzet van jeugdhulp op school. In elke school "
           "is een jeugdconsulent een vast aantal uren aanwezig. Onderwijs-zorgarrangementen worden samen "
           "gefinancierd volgens een verdeelsleutel die in het OOGO is vastgelegd.")
    # --- plaatsing: present
    b += [("h1", "6 Toelaatbaarheid sbo en so"), ("h2", "6.1 Procedure")]
    b += P("Het schoolbestuur van de school waar de leerling staat ingeschreven, vraagt een "
           "toelaatbaarheidsverklaring (TLV) aan via het digitale loket. De procedure kent vier stappen:")
    b += [("ol", ["De school bespreekt de leerling in het ondersteuningsteam, met ouders, en stelt het "
                  "groeidocument op.",
                  "Het bestuur dient de aanvraag in met het groeidocument, het OPP en de zienswijze van ouders.",
                  "Twee deskundigen van de Commissie Toelaatbaarheid brengen ieder schriftelijk advies uit.",
                  "De directeur-bestuurder besluit namens het samenwerkingsverband binnen zes weken na "
                  "ontvangst van een volledige aanvraag; ouders en school ontvangen het besluit schriftelijk."])]
    b += [("h2", "6.2 Criteria")]
    b += P("Een leerling is toelaatbaar tot het sbo of so wanneer aan alle volgende voorwaarden is voldaan:")
    b += [("ul", ["de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met niveau 1 tot en "
                  "met 4 kan bieden, blijkend uit ten minste twee geëvalueerde handelingscycli;",
                  "er is sprake van een ontwikkelingsperspectief dat in de reguliere school niet haalbaar is;",
                  "voor so: de leerling heeft een intensieve, langdurige ondersteuningsbehoefte op het gebied "
                  "van gedrag, ontwikkeling, lichamelijke beperking of ziekte;",
                  "voor sbo: de leerling heeft een integrale ondersteuningsbehoefte op leren en ontwikkeling die "
                  "een kleinere groep en specialistische begeleiding gedurende de hele schooldag vraagt."])]
    b += [("h2", "6.3 Deskundigenadvies")]
    b += P("Bij elk besluit adviseren twee deskundigen: een orthopedagoog of psycholoog, en afhankelijk van de "
           "vraag een tweede deskundige zoals een maatschappelijk werker, jeugdarts of kinderpsychiater. Zij "
           "zijn niet betrokken geweest bij het opstellen van de aanvraag.")
    b += [("h2", "6.4 Duur en bekostigingscategorie")]
    b += P("Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so "
           "geldt voor twee schooljaren, bij een ernstig meervoudige beperking tot het einde van de "
           "basisschoolperiode. Voor so wordt de bekostigingscategorie laag, midden of hoog vermeld.")
    b += [("h2", "6.5 Bezwaar")]
    b += P("Ouders en school kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. De "
           "bezwaar-adviescommissie is belegd bij de Landelijke Bezwaaradviescommissie "
           "Toelaatbaarheidsverklaringen.")
    # --- terugstroom: partial (beleid yes, procedure deferred)
    b += [("h1", "7 Terugplaatsing en overplaatsing"), ("h2", "7.1 Uitgangspunten")]
    b += P("Plaatsing in het sbo of so is voor ons nooit vanzelfsprekend eindpunt. Ons beleid is dat iedere "
           "leerling die daar baat bij heeft, terugkeert naar een reguliere basisschool, liefst in de eigen "
           "wijk. Terugkeer is aan de orde wanneer de ondersteuningsbehoefte zo is afgenomen dat een reguliere "
           "school met een arrangement van niveau 3 voldoende kan bieden, en de leerling zelf en de ouders er "
           "vertrouwen in hebben.",
           "De ontvangende school krijgt na terugplaatsing gedurende een vol schooljaar een terugkeerarrangement: "
           "ambulante begeleiding door de sbo- of so-school van herkomst en een budget van € 4.500 voor extra "
           "inzet in de groep. Wij streven ernaar het aantal teruggeplaatste leerlingen in deze planperiode te "
           "verdubbelen.")
    b += [("h2", "7.2 Werkwijze")]
    b += P("Het stappenplan voor terugplaatsing en overplaatsing wordt in het schooljaar 2026-2027 samen met de "
           "directeuren van sbo en so uitgewerkt en na instemming van de OPR als addendum aan dit plan "
           "toegevoegd. Tot dat moment maken de betrokken scholen per leerling afspraken.")
    # --- financien: present
    b += [("h1", "8 Financiën"), ("h2", "8.1 Inkomsten")]
    b += P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
           "verrekening van de afdrachten voor so en de groeiregeling sbo door DUO resteert het budget dat wij "
           "zelf verdelen. Voor 2026 is dat naar verwachting € 8,9 miljoen.")
    b += [("h2", "8.2 Verdeelmodel")]
    b += P("Wij verdelen de middelen volgens een vast model. Iedere school ontvangt een schoolbudget van € 120 "
           "per leerling op de teldatum 1 oktober, plus een vaste voet van € 6.000 per vestiging. Scholen met "
           "een hoge onderwijsachterstandsscore ontvangen daarbovenop € 40 per leerling. Arrangementen van "
           "niveau 3 worden toegekend door het loket op basis van een aanvraag met een plan van aanpak; het "
           "maximum is € 12.000 per leerling per jaar. De bovenschoolse voorzieningen worden rechtstreeks "
           "bekostigd uit het budget van het samenwerkingsverband.")
    b += [("h2", "8.3 Meerjarenbegroting"),
          ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen (na afdracht)", "8.920", "8.870", "8.810", "8.760"],
                     ["Schoolbudgetten", "3.150", "3.130", "3.110", "3.090"],
                     ["Arrangementen niveau 3", "2.100", "2.150", "2.150", "2.150"],
                     ["Bovenschoolse voorzieningen", "1.350", "1.350", "1.380", "1.380"],
                     ["Thuiszitterstafel en consulenten", "780", "790", "800", "810"],
                     ["Ouder- en jeugdsteunpunt", "160", "165", "170", "175"],
                     ["Bureau en bestuur", "1.250", "1.260", "1.270", "1.280"],
                     ["Saldo", "130", "25", "-70", "-125"]])]
    b += [("h2", "8.4 Reserves en risico's")]
    b += P("De algemene reserve bedraagt per 1 januari 2026 € 1,4 miljoen. Wij hanteren een signaleringswaarde "
           "die is afgeleid van de risicoanalyse; het deel daarboven bouwen wij in deze planperiode af via de "
           "negatieve saldi in de begroting.")
    b += [("h2", "8.5 Verantwoording door schoolbesturen")]
    b += P("Schoolbesturen verantwoorden jaarlijks voor 1 maart de besteding van schoolbudgetten en "
           "arrangementen via een verantwoordingsformat van het samenwerkingsverband.")
    # --- resultaten: partial (doelen yes, monitoring deferred)
    b += [("h1", "9 Resultaten en kwaliteitszorg"), ("h2", "9.1 Beoogde resultaten")]
    b += P("Voor leerlingen met een ondersteuningsbehoefte hebben wij de volgende beoogde resultaten voor 2030 "
           "vastgesteld:")
    b += [("ul", ["het aantal thuiszitters langer dan drie maanden is teruggebracht naar nul;",
                  "ten minste 85% van de leerlingen met een arrangement niveau 3 blijft op de eigen school;",
                  "het aantal teruggeplaatste leerlingen uit sbo en so stijgt van 9 naar 18 per jaar;",
                  "ten minste 90% van de ouders van leerlingen met een TLV of arrangement is tevreden over de "
                  "afhandeling."])]
    b += [("h2", "9.2 Monitoring en evaluatie")]
    b += P("Hoe wij de voortgang op deze doelen meten, wie daarover rapporteert en met welke frequentie, "
           "stellen wij in de loop van 2027 vast in een kwaliteitskader dat wij samen met de schoolbesturen "
           "ontwerpen. Het ligt in de bedoeling dat kader daarna aan de OPR voor te leggen.")
    # --- ouders: present
    b += [("h1", "10 Ouders"), ("h2", "10.1 Hoe wij ouders informeren")]
    b += P("Ouders vinden op www.swvdelinge.nl een oudergids met per school de basisondersteuning en de extra "
           "ondersteuning, een uitleg van het loket en de toelaatbaarheidsprocedure. Iedere school verwijst in "
           "haar schoolgids naar deze oudergids. Twee keer per jaar organiseren wij een informatieavond voor "
           "ouders van kinderen in groep 1 en 2, en bij elke aanvraag ontvangen ouders een folder.")
    b += [("h2", "10.2 Onafhankelijke ondersteuning")]
    b += P("Ouders die een vraag hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
           "terecht bij het Ouder- en Jeugdsteunpunt De Linge. Het steunpunt is onafhankelijk, gratis en "
           "bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur. Daarnaast kunnen ouders de "
           "onderwijsconsulenten inschakelen en een klacht indienen bij de landelijke klachtencommissie.")
    b += [("h2", "10.3 Betrokkenheid")]
    b += P("Ouders zijn gesprekspartner bij het opstellen van het OPP en hebben daarover hoorrecht. De helft "
           "van de OPR bestaat uit ouders.")
    b += [("h1", "11 Organisatie")]
    b += governance(kort, "stichting", "14")
    b += [("h2", "ICT en privacy")] + ict_privacy()
    b += [("h2", "Deskundigheidsbevordering")] + deskundigheid()
    b += [("h2", "Huisvesting en vervoer")] + huisvesting_vervoer()
    b += [("h1", "12 Planning")] + planning((2026,))
    b += [("h1", "Bijlage 1 Begrippenlijst")]
    b += [("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                  "Terugplaatsing: de overstap van sbo of so naar het regulier basisonderwijs, met procedure "
                  "en evaluatiemomenten.",
                  "Monitoring: het periodiek meten en rapporteren van resultaten.",
                  "Ouder- en Jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.",
                  "Verdeelmodel: de wijze waarop ondersteuningsmiddelen worden toegekend."])]
    b += [("h1", "Bijlage 2 Afkortingen"),
          ("ul", ["OJSP – Ouder- en Jeugdsteunpunt", "OOGO – Op overeenstemming gericht overleg",
                  "OPR – Ondersteuningsplanraad", "TLV – Toelaatbaarheidsverklaring",
                  "SBO – Speciaal basisonderwijs", "SO – Speciaal onderwijs"])]
    label = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "terugstroom": ["monitoring"],
                     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch. 4.1 Lingestandaard = agreed minimum for all 48 schools; 4.2 concrete list; 4.3 kwaliteitsgesprek (borging).",
            "plaatsing": "Ch. 6.1-6.5: four steps, decision by directeur-bestuurder within 6 weeks, criteria list, two deskundigen, duration/category, bezwaar via LBT.",
            "terugstroom": "Ch. 7.1 gives policy (aim, conditions, terugkeerarrangement); 7.2 'Werkwijze' only defers the stappenplan to 2026-2027 -> procedure not addressed.",
            "financien": "Ch. 8.2 verdeelmodel with amounts per leerling; 8.3 meerjarenbegroting table 2026-2029; reserves and verantwoording.",
            "dekkend-aanbod": "Ch. 5.1 continuum table (niveau 1-5); 5.4 Thuiszitterstafel, escalation, twice-yearly gap analysis; 5.5 jeugdhulp.",
            "resultaten": "Ch. 9.1 measurable beoogde resultaten; 9.2 'Monitoring en evaluatie' only defers the kwaliteitskader to 2027 -> monitoring not addressed (twice-yearly thuiszitter analysis in 5.4 is gap analysis, not results monitoring).",
            "ouders": "Ch. 10.1 oudergids/website/schoolgids/informatieavond; 10.2 OJSP De Linge, onderwijsconsulenten, klachtencommissie.",
        },
    }
    header = "SWV De Linge | Ondersteuningsplan 2026-2030 | Monitoring en terugplaatsing"
    return b, label, header


# ---------------------------------------------------------------------------
# Plan B: VO, compact 'op hoofdlijnen' (.docx)
# ---------------------------------------------------------------------------


def plan_b():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Maas en Waal"
    kort = "het samenwerkingsverband"
    b = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen"),
         ("p", f"{swv} (VO 25-11)"),
         ("p", "Versie ter instemming OPR, 9 maart 2026 – definitief vastgesteld 21 april 2026"),
         ("toc", ["Voorwoord", "1 Waar wij voor staan", "2 Basisondersteuning", "3 Dekkend netwerk",
                  "4 Toelaatbaarheid vso, lwoo en pro", "5 Terug naar het reguliere onderwijs",
                  "6 Geld", "7 Resultaten", "8 Ouders en leerlingen", "9 Organisatie en samenwerking",
                  "10 Planning", "Begrippenlijst"]),
         ("h1", "Voorwoord")]
    b += P(*voorwoord("het Samenwerkingsverband VO Maas en Waal", "2026-2030", "kort"))
    b += P("In dit plan kiezen wij voor korte teksten. Lezers die meer willen weten, verwijzen wij naar het "
           "jaarplan en naar de werkdocumenten van het bureau.",
           "Het plan is besproken met zeven schoolbesturen, met de gemeenten Druten, West Maas en Waal, "
           "Wijchen en Beuningen, en met het samenwerkingsverband PO in de regio.")
    b += [("h1", "1 Waar wij voor staan")]
    b += P(*missie_visie("Het samenwerkingsverband", "jongere"))
    b += P("Wij zijn een klein verband: negen scholen voor voortgezet onderwijs, een school voor "
           "praktijkonderwijs en twee vso-locaties. Samen tellen zij ruim 8.900 leerlingen.",
           "Kleine schaal is een kracht. Directeuren en ondersteuningscoördinatoren kennen elkaar en vinden "
           "elkaar snel. Tegelijk maakt die schaal ons kwetsbaar: één vertrek kan een netwerk stilleggen.")
    b += [("h2", "Onze regio")] + context_trends("Maas en Waal", "vo")
    b += [("h2", "Terugblik")] + terugblik_org("2022-2026")
    b += [("h2", "Onze kernwaarden")] + visie_uitwerking()
    # basisondersteuning: missing
    b += [("h1", "2 Ondersteuning op school")]
    b += P("Hoe de ondersteuning binnen een school is georganiseerd, bepalen de scholen zelf. Elke school "
           "legt dat vast in haar schoolgids.",
           "Het samenwerkingsverband schrijft geen gezamenlijke set voorzieningen voor en kent geen regionale "
           "afspraak over een minimumniveau. Wij vinden dat scholen ruimte moeten hebben voor hun eigen "
           "profiel.",
           "Wel is er in 2028 een gesprek over de vraag of een gezamenlijke ondergrens wenselijk is, mede in het "
           "licht van de landelijke ontwikkelingen.")
    # dekkend aanbod: partial (continuum via website, lacunes yes)
    b += [("h1", "3 Dekkend netwerk")]
    b += P("Een overzicht van alle voorzieningen in en tussen de scholen staat in de 'Sociale kaart VO' op "
           "www.swvmaasenwaal.nl. Dat overzicht is geen onderdeel van dit plan en wordt doorlopend bijgewerkt.",
           "Wat wij in dit plan wel vastleggen, is hoe wij omgaan met jongeren voor wie (nog) geen passende plek "
           "is.")
    b += [("h2", "Geen jongere buiten beeld")]
    b += P("Iedere school meldt een leerling die meer dan twee weken niet naar school gaat, of voor wie de "
           "school binnen de zorgplicht geen plek vindt, bij het Doorbraakteam.",
           "Het Doorbraakteam bestaat uit een consulent van het samenwerkingsverband, de leerplichtambtenaar en "
           "een medewerker van het sociaal team. Het team zit binnen vijf werkdagen na de melding met school, "
           "jongere en ouders aan tafel.",
           "Het team legt een aanpak vast met een regisseur en een datum waarop de jongere weer onderwijs "
           "volgt. Lukt dat niet binnen acht weken, dan beslist de directeur welke school de jongere tijdelijk "
           "plaatst en op welke manier.",
           "Elk kwartaal bespreekt het directeurenoverleg de geanonimiseerde lijst van gemelde jongeren. Waar "
           "patronen zichtbaar worden – bijvoorbeeld een tekort aan plekken voor jongeren met angstklachten – "
           "doet het bureau een voorstel voor nieuw aanbod.")
    # plaatsing: present
    b += [("h1", "4 Toelaatbaarheid vso, lwoo en pro"), ("h2", "Vso")]
    b += P("Het bevoegd gezag van de school waar de leerling is ingeschreven of wordt aangemeld, vraagt de TLV "
           "aan bij het loket. De aanvraag bevat het OPP, een verslag van de geboden ondersteuning en het "
           "oordeel van ouders en leerling.",
           "De Commissie van Deskundigen (een orthopedagoog-generalist en, afhankelijk van de vraag, een "
           "jeugdarts of maatschappelijk werker) geeft ieder een eigen advies. De directeur neemt het besluit "
           "binnen acht weken.",
           "Toelaatbaar tot het vso is een leerling bij wie de school heeft laten zien dat de ondersteuning "
           "die de vo-school met extra inzet kan bieden, onvoldoende is, en bij wie de ondersteuningsbehoefte "
           "langdurig en intensief is op het gebied van gedrag, psychiatrie, verstandelijke beperking of "
           "langdurige ziekte.",
           "Een TLV vso geldt voor twee jaar, of tot het einde van de schoolloopbaan bij een ernstige, "
           "blijvende beperking.")
    b += [("h2", "Lwoo en pro")]
    b += P("Het samenwerkingsverband volgt de landelijke criteria voor lwoo en pro. De vo-school vraagt na "
           "aanmelding de aanwijzing lwoo of de toelaatbaarheid pro aan bij het loket, uiterlijk 1 april voor "
           "het volgende schooljaar.",
           "Voor lwoo geldt: een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste "
           "twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele "
           "problematiek. Voor pro geldt: een IQ tussen 55 en 80 en een leerachterstand van 50 procent of meer "
           "op ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen.",
           "Het loket besluit binnen vier weken. Ouders en school kunnen binnen zes weken bezwaar maken; het "
           "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie.")
    # terugstroom: missing
    b += [("h1", "5 Terug naar het reguliere onderwijs")]
    b += P("p.m. – Deze paragraaf vullen wij in na afronding van de pilot 'Terug naar de basis' die de "
           "vso-scholen in 2026-2027 uitvoeren.")
    # financien: partial (verdeling yes, besteding missing)
    b += [("h1", "6 Geld")]
    b += P("Het samenwerkingsverband verdeelt de middelen volgens drie regels:",
           "1. Iedere vo-school ontvangt een vast bedrag van € 25.000 plus € 95 per leerling (teldatum 1 "
           "oktober) voor de lichte ondersteuning.",
           "2. Lwoo- en pro-middelen gaan volgens het aantal aanwijzingen en toelaatbaarheden door naar de "
           "scholen, zonder inhouding.",
           "3. Arrangementen voor individuele leerlingen worden toegekend door het loket, op basis van een "
           "aanvraag met doelen en een evaluatiedatum, tot een maximum van € 9.500 per leerling per jaar.",
           "De meerjarenbegroting maakt geen deel uit van dit plan. Het bestuur stelt haar jaarlijks in december "
           "vast en publiceert haar samen met het jaarverslag.")
    # resultaten: present
    b += [("h1", "7 Resultaten")]
    b += P("Wij willen in 2030 het volgende bereiken voor leerlingen die extra ondersteuning nodig hebben:")
    b += [("ul", ["geen enkele jongere langer dan drie maanden zonder onderwijs;",
                  "minstens 80% van de leerlingen met een arrangement haalt een diploma of startkwalificatie op "
                  "de eigen school;",
                  "minder dan 3% van de lwoo-leerlingen verlaat de school zonder diploma;",
                  "het percentage vso-leerlingen daalt van 3,1% naar 2,7%."])]
    b += P("Het bureau houdt een dashboard bij met deze indicatoren, gevuld vanuit het loket, DUO-gegevens en "
           "de verzuimregistratie. Het dashboard wordt in februari en september besproken in het "
           "directeurenoverleg en in de raad van toezicht.",
           "In het jaarverslag rapporteren wij per indicator de bereikte waarde. Wijkt een uitkomst meer dan "
           "tien procent af van de koers, dan volgt een analyse en een bijgestelde aanpak in het volgende "
           "jaarplan.")
    # ouders: partial (informatie yes, steunpunt missing)
    b += [("h1", "8 Ouders en leerlingen")]
    b += P("Ouders en leerlingen vinden op de website per school de mogelijkheden voor ondersteuning en een "
           "uitleg van lwoo, pro en vso in gewone taal.",
           "Elke school bespreekt de ondersteuningsmogelijkheden op de open dag en in het intakegesprek. In "
           "januari organiseren wij een informatieavond voor ouders van leerlingen in groep 8 met een "
           "ondersteuningsbehoefte.",
           "Bij vragen of onvrede gaan ouders en leerlingen eerst in gesprek met de mentor of de "
           "ondersteuningscoördinator van de school.")
    b += [("h1", "9 Organisatie en samenwerking")]
    b += governance("Het Samenwerkingsverband VO Maas en Waal", "vereniging", "7")
    b += [("h2", "Gemeenten")]
    b += P("Het OOGO over dit plan vond plaats op 2 maart 2026. Met de gemeenten werken wij aan een "
           "gezamenlijke agenda; de uitwerking volgt in het jaarplan.")
    b += [("h2", "Privacy")] + ict_privacy()
    b += [("h2", "Deskundigheid")] + deskundigheid()
    b += [("h2", "Werken met de OPR")] + opr_werkwijze()
    b += [("h2", "Integriteit")] + integriteit()
    b += [("h2", "Communicatie")] + communicatie_algemeen("Het samenwerkingsverband")
    b += [("h2", "Na het vo")] + aansluiting_mbo()
    b += [("h2", "Landelijke ontwikkelingen")] + landelijk("defer")
    b += [("h2", "Werkgeverschap")] + werkgeverschap()
    b += [("h2", "Bestuurlijke samenwerking")] + bestuurlijke_samenwerking()
    b += [("h1", "10 Planning")] + planning((2026,))
    b += huisvesting_vervoer()
    b += [("h1", "Begrippenlijst"),
          ("ul", ["Basisondersteuning – de ondersteuning die iedere school ten minste biedt.",
                  "Terugplaatsing – de terugkeer van een leerling uit het vso naar het regulier vo.",
                  "OJSP – ouder- en jeugdsteunpunt, onafhankelijk steunpunt voor ouders en jongeren.",
                  "Onderwijsconsulenten – onafhankelijke adviseurs bij geschillen over passend onderwijs.",
                  "Meerjarenbegroting – begroting voor vier jaar.",
                  "Continuüm – het samenhangend geheel van voorzieningen."])]
    label = {
        "sector": "vo",
        "elements": {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing",
                     "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": False,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch. 2 explicitly says there is no common minimum/set (schools decide, schoolgids); only TOC and begrippenlijst mention basisondersteuning.",
            "plaatsing": "Ch. 4: vso aanvraag via loket, deskundigen, decision in 8 weeks, vso criteria; lwoo/pro criteria, deadline 1 april, bezwaar.",
            "terugstroom": "Ch. 5 is only 'p.m.' deferring to a pilot; term only in TOC/begrippenlijst.",
            "financien": "Ch. 6 'Geld' gives three distribution rules with amounts; meerjarenbegroting explicitly not part of the plan -> besteding not addressed.",
            "dekkend-aanbod": "Ch. 3 refers the overview of voorzieningen to the website 'Sociale kaart' (continuum not addressed); Doorbraakteam, zorgplicht, quarterly gap review address lacunes.",
            "resultaten": "Ch. 7: targets for 2030 plus dashboard, twice-yearly review, reporting in jaarverslag.",
            "ouders": "Ch. 8: website, open dag, informatieavond (informatie); for questions only mentor/zorgcoordinator of the school, OJSP/onderwijsconsulenten only in begrippenlijst -> steunpunt not addressed.",
        },
    }
    header = "Ondersteuningsplan VO Maas en Waal – op hoofdlijnen"
    return b, label, header


# ---------------------------------------------------------------------------
# Plan C: PO, ordinary plan (.pdf)
# ---------------------------------------------------------------------------


def plan_c():
    swv = "Samenwerkingsverband Passend Onderwijs Kempenland PO"
    kort = "Kempenland PO"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", f"{swv} (PO 30-07)"),
         ("p", "Instemming OPR: 26 maart 2026 · OOGO: 5 maart 2026 · Vastgesteld door het algemeen bestuur: "
               "8 april 2026"),
         ("pagebreak",),
         ("toc", ["Voorwoord ........ 3", "1 Inleiding ........ 4", "2 Visie ........ 5",
                  "3 Basisondersteuning ........ 7", "4 Extra ondersteuning en dekkend aanbod ........ 9",
                  "5 Toelaatbaarheidsverklaringen ........ 12", "6 Geld en middelen ........ 16",
                  "7 Kwaliteit en resultaten ........ 18", "8 Communicatie ........ 19",
                  "9 Samenwerking met gemeenten ........ 21", "10 Organisatie en personeel ........ 22",
                  "Begrippenlijst ........ 25"]),
         ("pagebreak",),
         ("h1", "Voorwoord")]
    b += P(*voorwoord(kort, "2026-2030", "warm"))
    b += [("h1", "1 Inleiding")]
    b += P("Dit ondersteuningsplan beschrijft hoe de 36 basisscholen, de twee scholen voor speciaal "
           "basisonderwijs en de school voor speciaal onderwijs in de Kempen samen zorgen voor passend "
           "onderwijs. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030.")
    b += P(*wettelijk_kader("po"))
    b += P("Het samenwerkingsverband werkt voor de gemeenten Bergeijk, Bladel, Eersel, Oirschot en Reusel-De "
           "Mierden. Er zijn zes schoolbesturen aangesloten. Het totaal aantal leerlingen bedroeg op 1 oktober "
           "2025 ongeveer 8.300.")
    b += context_trends("Kempen", "po")
    b += landelijk("default")
    b += [("h1", "2 Visie")]
    b += P(*missie_visie(kort, "kind"))
    b += P("Deze visie vertaalt zich in vier kernwaarden: nabij, samen, eigenaarschap en ontwikkeling. De "
           "kernwaarden keren terug in de jaarplannen van het bureau en in de gesprekken met de schoolbesturen.",
           "Wij geloven dat een kind het beste tot ontwikkeling komt in de eigen omgeving, met vriendjes uit de "
           "buurt. Daarom zetten wij in op ondersteuning in de reguliere school zolang dat mogelijk is.")
    # basisondersteuning: present (unusual wording)
    b += [("h1", "3 Basisondersteuning"), ("h2", "3.1 Wat een ouder op elke school mag verwachten")]
    b += P("De zes besturen hebben afgesproken dat alle 36 basisscholen, op al hun locaties, hetzelfde "
           "minimale pakket ondersteuning bieden. Dat pakket heet bij ons 'de Kempense basis'. Geen school "
           "mag daaronder zitten; het bestuur van de school is daarop aanspreekbaar.",
           "De Kempense basis bestaat uit:")
    b += [("table", [["Onderdeel", "Wat betekent dat concreet"],
                     ["Vroegsignalering", "Screening taal en rekenen in groep 1-2; overdracht vanuit de kinderopvang"],
                     ["Aanpak lezen", "Dyslexieprotocol; extra leestijd dagelijks voor risicolezers"],
                     ["Gedrag", "Schoolbrede aanpak positief gedrag; gedragsspecialist op bestuursniveau"],
                     ["Coördinatie", "Intern begeleider op iedere locatie, minimaal twee dagen per week"],
                     ["Ontwikkelingsperspectief", "OPP voor elke leerling met een eigen leerlijn"],
                     ["Consultatie", "Binnen twee weken een consulent van het SWV op school"],
                     ["Begaafdheid", "Verrijkingsaanbod in de groep voor leerlingen die meer aankunnen"]])]
    b += P("Scholen beschrijven in hun schoolgids hoe zij de Kempense basis invullen.")
    # dekkend aanbod: partial (continuum yes, lacunes deferred)
    b += [("h1", "4 Extra ondersteuning en dekkend aanbod"), ("h2", "4.1 Van basis naar speciaal")]
    b += P("Wanneer de Kempense basis niet voldoende is, kan de school extra ondersteuning inzetten. Het "
           "aanbod is gelaagd:",
           "Laag 1 is de extra ondersteuning die de school zelf organiseert met het schoolbudget, bijvoorbeeld "
           "een remedial teacher of een kleine groep voor rekenen. Laag 2 bestaat uit arrangementen die de "
           "school aanvraagt bij het samenwerkingsverband, zoals ambulante begeleiding vanuit het so of een "
           "tijdelijke onderwijsassistent. Laag 3 is de Kempenklas, een bovenschoolse groep voor kinderen met "
           "complexe gedragsvragen die maximaal een jaar blijven. Laag 4 is het speciaal basisonderwijs op "
           "twee locaties en het speciaal onderwijs op de Dr. Van Ommenschool.",
           "Tussen de lagen is er geen automatisme: bij elke stap kijkt het ondersteuningsteam of een lichtere "
           "vorm volstaat.")
    b += [("h2", "4.2 Arrangementen")]
    b += P("Een arrangement wordt aangevraagd door de intern begeleider. Het ondersteuningsteam van de school, "
           "met de consulent van het samenwerkingsverband, formuleert de doelen. Arrangementen duren in de "
           "regel een half jaar en kunnen eenmaal worden verlengd.")
    b += [("h2", "4.3 Dekkendheid van het aanbod")]
    b += P("Of ons aanbod voor alle kinderen in de regio passend en dekkend is, weten wij op dit moment niet "
           "goed genoeg. Een analyse van de dekkendheid laten wij in 2027 uitvoeren door een extern bureau; "
           "op basis daarvan bepalen wij welke stappen nodig zijn.")
    # plaatsing: partial (procedure yes, criteria deferred); terugstroom present inside this chapter
    b += [("h1", "5 Toelaatbaarheidsverklaringen"), ("h2", "5.1 De aanvraag")]
    b += P("Een toelaatbaarheidsverklaring voor sbo of so wordt aangevraagd door het schoolbestuur van de "
           "school van inschrijving. De intern begeleider stelt het dossier samen: het groeidocument, het OPP, "
           "de evaluaties van de ingezette ondersteuning en het verslag van het gesprek met ouders.",
           "Het dossier wordt ingediend bij de TLV-commissie van het samenwerkingsverband. Twee deskundigen – "
           "een orthopedagoog en een jeugdarts of maatschappelijk werker – bestuderen het dossier, spreken zo "
           "nodig met school en ouders en schrijven ieder een advies.",
           "Op basis van de adviezen neemt de directeur van het samenwerkingsverband binnen vijf weken een "
           "besluit. In spoedsituaties, bijvoorbeeld na een verhuizing of bij een acute crisis in het gezin, "
           "is dat binnen tien werkdagen.",
           "Het besluit vermeldt de begin- en einddatum van de TLV en, bij so, de bekostigingscategorie.")
    b += [("h2", "5.2 Wanneer is een kind toelaatbaar?")]
    b += P("De beoordelingskaders voor toelaatbaarheid zijn in ontwikkeling. Tot de vaststelling ervan hanteert "
           "de TLV-commissie de kaders uit het ondersteuningsplan 2022-2026.")
    b += [("h2", "5.3 Einde van de TLV en terug naar de basisschool")]
    b += P("Een TLV voor het sbo geldt voor twee jaar, een TLV voor het so voor drie jaar. Wij willen dat "
           "kinderen die het aankunnen, na afloop van die periode teruggaan naar een reguliere basisschool; "
           "het sbo en so zijn voor ons een tussenstation waar dat kan. Voorwaarde is dat het kind de "
           "basisschool met een arrangement kan volgen en dat een basisschool in de buurt bereid is het kind "
           "te ontvangen.",
           "In het laatste jaar van de TLV houdt de sbo- of so-school uiterlijk in januari een "
           "perspectiefgesprek met ouders, de consulent van het samenwerkingsverband en – als er een kandidaat "
           "is – de intern begeleider van de ontvangende basisschool. Blijkt terugkeer haalbaar, dan maakt de "
           "consulent binnen vier weken een overstapplan met een startdatum en de begeleiding.",
           "De ontvangende school krijgt voor het eerste jaar automatisch een terugkeerarrangement van € 5.000 "
           "en zes uur ambulante begeleiding vanuit de school van herkomst. Na drie en na zes maanden "
           "evalueert de consulent de overstap met school en ouders.",
           "Is terugkeer niet haalbaar, dan vraagt de sbo- of so-school vóór 1 april een nieuwe TLV aan. Het "
           "samenwerkingsverband houdt bij hoeveel kinderen per jaar terugkeren; in 2024-2025 waren dat er 11.")
    b += [("h2", "5.4 Bezwaar")]
    b += P("Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar "
           "maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie.")
    # financien: present under 'Geld en middelen', besteding in table only
    b += [("h1", "6 Geld en middelen"), ("h2", "6.1 Zo verdelen wij")]
    b += P("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 6,4 miljoen aan ondersteuningsmiddelen. "
           "Na de verplichte afdrachten aan het so en de sbo-groeiregeling verdelen wij het restant zo:",
           "Iedere basisschool ontvangt een schoolbudget van € 135 per leerling (teldatum 1 oktober van het "
           "voorgaande jaar). Kleine scholen met minder dan 100 leerlingen krijgen een aanvulling tot € 15.000. "
           "Arrangementen worden per leerling toegekend door de directeur na advies van de consulent, tot "
           "maximaal € 10.000 per jaar. De Kempenklas en de consulenten worden centraal bekostigd.")
    b += [("h2", "6.2 Meerjarenbegroting")]
    b += [("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Beschikbaar na afdrachten", "4.310", "4.280", "4.240", "4.200"],
                     ["Schoolbudgetten", "1.120", "1.110", "1.100", "1.090"],
                     ["Arrangementen", "1.450", "1.450", "1.450", "1.450"],
                     ["Kempenklas", "520", "530", "540", "550"],
                     ["Consulenten en TLV-commissie", "690", "700", "710", "720"],
                     ["Terugkeerarrangementen", "60", "70", "80", "80"],
                     ["Bureau en bestuur", "540", "545", "550", "555"],
                     ["Resultaat", "-70", "-125", "-190", "-245"]])]
    b += P("De negatieve resultaten zijn bewust: wij bouwen de reserve af die boven de signaleringswaarde "
           "uitkomt. Schoolbesturen verantwoorden de besteding van hun schoolbudget in hun jaarverslag.")
    # resultaten: missing
    b += [("h1", "7 Kwaliteit en resultaten")]
    b += P("Welke resultaten wij voor kinderen met extra ondersteuning nastreven en hoe wij die volgen, werken "
           "wij uit in het eerste jaarplan onder dit ondersteuningsplan. Dat jaarplan verschijnt in het najaar "
           "van 2026.",
           "Voor de kwaliteit van onze eigen bedrijfsvoering volgen wij de code goed bestuur van de PO-Raad. De "
           "jaarrekening wordt door een accountant gecontroleerd.")
    # ouders: present, inside 'Communicatie'
    b += [("h1", "8 Communicatie"), ("h2", "8.1 Met scholen")]
    b += P("Scholen ontvangen zes keer per jaar een digitale nieuwsbrief. Directeuren en intern begeleiders "
           "hebben toegang tot het kennisplatform met formats, handreikingen en een overzicht van contactpersonen.")
    b += [("h2", "8.2 Met ouders")]
    b += P("Voor ouders hebben wij de brochure 'Wat als mijn kind meer nodig heeft?' gemaakt, die elke school "
           "meegeeft bij het eerste gesprek over extra ondersteuning. De brochure en de website "
           "www.kempenlandpo.nl leggen uit wat de Kempense basis inhoudt, welke arrangementen er zijn en hoe "
           "een TLV wordt aangevraagd. Elke school neemt in haar schoolgids een paragraaf over het aanbod van "
           "het samenwerkingsverband op.",
           "Soms lopen gesprekken vast. Ouders kunnen dan kosteloos terecht bij het Ouder- en Jeugdsteunpunt "
           "Kempen, dat onafhankelijk is van school en samenwerkingsverband, en bij de onderwijsconsulenten. "
           "Klachten kunnen worden ingediend bij de klachtencommissie waarbij het bestuur is aangesloten.")
    b += [("h2", "8.3 Met gemeenten en partners")]
    b += P("Met gemeenten en partners delen wij informatie via het ambtelijk overleg en de jaarlijkse "
           "netwerkbijeenkomst.")
    b += [("h1", "9 Samenwerking met gemeenten")]
    b += P("Het OOGO over dit plan vond plaats op 5 maart 2026. De gemeenten en het samenwerkingsverband "
           "hebben afgesproken dat jeugdhulp op school wordt ingezet via de schoolmaatschappelijk werker, die "
           "door de gemeente wordt bekostigd.",
           "Onderwerpen die jaarlijks terugkomen in het overleg zijn de aansluiting van jeugdhulp en onderwijs, "
           "het leerlingenvervoer en de onderwijshuisvesting.")
    b += huisvesting_vervoer()
    b += [("h1", "10 Organisatie en personeel")]
    b += governance("Kempenland PO", "stichting", "9")
    b += ict_privacy()
    b += deskundigheid()
    b += innovatie()
    b += overstap_vo()
    b += bestuurlijke_samenwerking()
    b += planning((2026,))
    b += [("h1", "Begrippenlijst"),
          ("ul", ["Dekkend aanbod: een samenhangend aanbod waardoor voor elk kind een passende plek is.",
                  "Thuiszitter: een leerplichtig kind dat zonder geldige reden geen onderwijs volgt.",
                  "Opbrengsten/resultaten: wat het onderwijs voor leerlingen oplevert.",
                  "Criteria: de voorwaarden voor toelaatbaarheid tot sbo of so.",
                  "OJSP: Ouder- en Jeugdsteunpunt."])]
    label = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                     "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                     "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch. 3.1 'Wat een ouder op elke school mag verwachten': agreed minimum 'Kempense basis' for all locations, content in a table.",
            "plaatsing": "Ch. 5.1 procedure (bestuur applies, TLV-commissie, two deskundigen, decision within 5 weeks); 5.2 criteria 'in ontwikkeling', refers to previous plan -> criteria not addressed.",
            "terugstroom": "Hidden in TLV chapter 5.3 'Einde van de TLV': aim/conditions/terugkeerarrangement plus perspectiefgesprek, overstapplan, evaluation at 3 and 6 months; figure 11 in 2024-2025.",
            "financien": "Ch. 6 'Geld en middelen': per-leerling schoolbudget, arrangement maximum; besteding only in the meerjarenbegroting table.",
            "dekkend-aanbod": "Ch. 4.1 layered continuum (laag 1-4, Kempenklas, sbo/so); 4.3 defers the dekkendheid analysis to 2027, thuiszitter only in begrippenlijst -> lacunes not addressed.",
            "resultaten": "Ch. 7 defers intended results and monitoring to the jaarplan (autumn 2026); rest is about governance/accountant -> nothing addressed.",
            "ouders": "Inside 'Communicatie' 8.2: brochure, website, schoolgids (informatie); OJSP Kempen, onderwijsconsulenten, klachtencommissie (steunpunt).",
        },
    }
    header = "Kempenland PO – Ondersteuningsplan 2026-2030 – Kwaliteit en resultaten"
    return b, label, header


# ---------------------------------------------------------------------------
# Plan D: VO, normal plan with subsections (.pdf)
# ---------------------------------------------------------------------------


def plan_d():
    swv = "Samenwerkingsverband VO Hollandse Delta Zuid"
    kort = "Hollandse Delta Zuid"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Elke jongere een passende plek"),
         ("p", f"{swv} (VO 28-04)"),
         ("pagebreak",),
         ("toc", ["Voorwoord", "1 Inleiding en totstandkoming", "2 Visie en missie",
                  "3 Ondersteuningsniveau 1: de basis", "4 Het ondersteuningsaanbod",
                  "5 Toewijzing vso, lwoo en pro", "6 Terugplaatsing en overplaatsing",
                  "7 Resultaten en kwaliteitszorg", "8 Financieel kader", "9 Organisatie",
                  "10 Planning", "Bijlagen", "Bijlage 1 Begrippen",
                  "Bijlage 2 Informatie voor ouders en onafhankelijk steunpunt (separaat)",
                  "Bijlage 3 Financieel kader en meerjarenbegroting (separaat)"]),
         ("pagebreak",),
         ("h1", "Voorwoord")]
    b += P("Voor jongeren, ouders en scholen is het samenwerkingsverband vaak een onbekende partij op de "
           "achtergrond. Met dit plan willen wij zichtbaar maken wat wij doen en waarom.",
           "Het afgelopen jaar is hard gewerkt aan dit plan. Wij danken de scholen, de OPR en de gemeenten "
           "Hoeksche Waard, Goeree-Overflakkee en Voorne aan Zee voor de constructieve samenwerking.",
           "Ruud Koster, directeur-bestuurder")
    b += [("h1", "1 Inleiding en totstandkoming")]
    b += P(*wettelijk_kader("vo"))
    b += P("Het OOGO met de drie gemeenten is op 12 maart 2026 afgerond. De OPR heeft op 24 maart 2026 met het "
           "plan ingestemd. Het bestuur heeft het plan op 7 april 2026 vastgesteld.",
           "Het samenwerkingsverband omvat veertien vo-scholen, twee scholen voor praktijkonderwijs en drie "
           "vso-locaties, met samen ongeveer 14.600 leerlingen.")
    b += P("Dit plan is als volgt opgebouwd. Na deze inleiding volgen visie en missie, de basis, het "
           "aanbod, de toewijzing, de terugplaatsing, resultaten en het financieel kader. De laatste "
           "hoofdstukken gaan over organisatie en planning.")
    b += [("h2", "1.1 De regio")] + context_trends("Hollandse Delta Zuid", "vo")
    b += [("h2", "1.2 Terugblik")] + terugblik_org("2022-2026")
    b += [("h1", "2 Visie en missie")]
    b += P(*missie_visie(kort, "jongere"))
    b += visie_uitwerking()
    # basisondersteuning: present (VO 'ondersteuningsniveau 1')
    b += [("h1", "3 Ondersteuningsniveau 1: de basis"), ("h2", "3.1 Afspraak")]
    b += P("Alle vo-scholen en pro-scholen hebben zich verbonden aan een gemeenschappelijk ondersteuningsniveau "
           "1. Dit niveau geldt voor iedere vestiging en is de ondergrens waaraan elke school moet voldoen. "
           "Het algemeen bestuur heeft het niveau op 10 december 2025 vastgesteld.")
    b += [("h2", "3.2 Wat niveau 1 inhoudt")]
    b += [("ul", ["een mentor per klas met minimaal één uur per week mentortijd en een mentorgesprek per "
                  "periode;",
                  "een ondersteuningscoördinator op elke vestiging en een zorg- en adviesteam dat minstens zes "
                  "keer per jaar bijeenkomt;",
                  "faalangstreductietraining en sociale-vaardigheidstraining;",
                  "begeleiding bij dyslexie en dyscalculie met faciliteiten bij toetsen (extra tijd, auditieve "
                  "ondersteuning);",
                  "huiswerkbegeleiding op school ten minste drie middagen per week;",
                  "een time-out-voorziening met begeleiding;",
                  "een OPP voor iedere leerling die extra ondersteuning krijgt."])]
    b += P("Iedere school toetst zichzelf jaarlijks aan niveau 1. De uitkomsten worden besproken in de "
           "auditgesprekken die het samenwerkingsverband elke twee jaar voert.")
    # dekkend aanbod: present
    b += [("h1", "4 Het ondersteuningsaanbod"), ("h2", "4.1 Vier niveaus")]
    b += P("Boven op niveau 1 kent de regio drie niveaus: niveau 2 is extra ondersteuning op de eigen school "
           "met een arrangement; niveau 3 is een tijdelijke plaatsing in het OPDC 'De Brug' (maximaal twee "
           "periodes van twaalf weken) of in de rebound; niveau 4 is het vso.",
           "Tussen de niveaus bestaan vaste doorverwijsroutes via het zorg- en adviesteam van de school. Het "
           "OPDC en de rebound werken met een terugkeerplan vanaf dag één.")
    b += [("h2", "4.2 Jongeren zonder passende plek")]
    b += P("Jongeren die dreigen uit te vallen of thuiszitten, worden gemeld bij het Regionaal Thuiszitters "
           "Overleg (RTO). Het RTO komt elke twee weken bijeen met leerplicht, jeugdhulp en de consulenten van "
           "het samenwerkingsverband, en wijst voor iedere jongere een casusregisseur aan.",
           "Eens per jaar brengen wij in kaart voor welke jongeren het aanbod tekortschiet. Uit de analyse van "
           "2025 bleek bijvoorbeeld dat er te weinig plekken zijn voor jongeren met autisme in havo en vwo; in "
           "2026 start daarom een kleinschalige havo-vwo-groep op een van de scholen.")
    b += [("h2", "4.3 Samenwerking met jeugdhulp")]
    b += P("Op iedere school is een jeugdhulpverlener van de gemeente aanwezig. Onderwijs-zorgarrangementen "
           "worden in samenspraak met de gemeente ingericht.")
    # plaatsing: partial (criteria yes, procedure referred to website)
    b += [("h1", "5 Toewijzing vso, lwoo en pro"), ("h2", "5.1 Aanvragen")]
    b += P("De aanvraagprocedure, inclusief de termijnen en de samenstelling van de toewijzingscommissie, staat "
           "beschreven in het 'Handboek toewijzing' op www.swvhdz.nl/handboek.")
    b += [("h2", "5.2 Criteria")]
    b += [("table", [["Voorziening", "Criteria"],
                     ["Vso", "Langdurige, intensieve ondersteuningsbehoefte (gedrag, psychiatrie, verstandelijke "
                             "beperking, lichamelijke beperking of langdurige ziekte) die de ondersteuning op "
                             "niveau 1 tot en met 3 aantoonbaar overstijgt, na minstens één geëvalueerd arrangement"],
                     ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand 25-50% op twee domeinen; of IQ "
                              "91-120 met leerachterstand en sociaal-emotionele problematiek"],
                     ["Pro", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste 50% op twee "
                             "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"]])]
    b += [("h2", "5.3 Duur")]
    b += P("Een TLV vso geldt in de regel voor twee schooljaren. Aanwijzingen lwoo en toelaatbaarheid pro "
           "gelden voor de hele schoolloopbaan.")
    # terugstroom: present
    b += [("h1", "6 Terugplaatsing en overplaatsing")]
    b += P("Wij vinden dat het vso een plek moet zijn waar een jongere groeit naar een diploma, een "
           "vervolgopleiding of werk, en waar dat kan, terug naar het regulier vo. Terugplaatsing is gewenst "
           "als de jongere het niveau van de reguliere school aankan en de ondersteuningsbehoefte met een "
           "arrangement op niveau 2 kan worden opgevangen.",
           "Uiterlijk zes maanden voor het einde van de TLV evalueert de vso-school het OPP met de jongere en "
           "de consulent. De vso-school doet een voorstel: terugplaatsing, overplaatsing naar een andere "
           "school of een nieuwe TLV. De consulent zoekt bij een voorstel tot terugplaatsing binnen zes weken "
           "een ontvangende school; het zorg- en adviesteam van die school maakt een overgangsplan.",
           "Na de overstap blijft de vso-school een jaar lang beschikbaar voor consultatie, en de ontvangende "
           "school kan een arrangement aanvragen zonder wachttijd. De consulent evalueert de terugplaatsing na "
           "drie maanden.")
    # resultaten: present, goals in table only
    b += [("h1", "7 Resultaten en kwaliteitszorg"), ("h2", "7.1 Doelen")]
    b += [("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Thuiszitters > 3 maanden", "14", "0"],
                     ["Leerlingen met arrangement die doorstromen of een diploma halen", "78%", "88%"],
                     ["Terugplaatsingen vso → vo per jaar", "6", "12"],
                     ["Deelname vso", "3,4%", "3,0%"]])]
    b += [("h2", "7.2 Volgen en verantwoorden")]
    b += P("Wij verzamelen de gegevens voor deze indicatoren uit het registratiesysteem, de DUO-bestanden en de "
           "verzuimadministratie. Elke vier maanden rapporteert de beleidsmedewerker de stand van zaken aan het "
           "bestuur en de OPR. In het jaarverslag leggen wij per indicator verantwoording af over wat is bereikt.",
           "Daarnaast houden wij elke twee jaar auditgesprekken met de scholen over hun ondersteuning en hun "
           "resultaten, en vragen wij jaarlijks de tevredenheid van scholen en jongeren uit.")
    # financien: missing
    b += [("h1", "8 Financieel kader")]
    b += P("Het financieel kader, met het verdeelmodel en de meerjarenbegroting, is opgenomen in bijlage 3. "
           "Deze bijlage wordt jaarlijks geactualiseerd en is daarom niet in dit document opgenomen.")
    b += [("h1", "9 Organisatie")]
    b += governance(kort, "stichting", "11", ouders_in_opr=False)
    b += opr_werkwijze()
    b += [("h2", "Werkgeverschap")] + werkgeverschap()
    b += [("h2", "Privacy en informatiebeveiliging")] + ict_privacy()
    b += [("h2", "Professionalisering")] + deskundigheid()
    b += [("h2", "Integriteit")] + integriteit()
    b += [("h2", "Communicatie")] + communicatie_algemeen("Het samenwerkingsverband")
    b += [("h2", "Vernieuwing")] + innovatie()
    b += [("h2", "Huisvesting")] + huisvesting_vervoer()
    b += [("h2", "Aansluiting mbo en arbeidsmarkt")] + aansluiting_mbo()
    b += [("h2", "Bestuurlijke samenwerking")] + bestuurlijke_samenwerking()
    b += [("h2", "De stem van jongeren")]
    b += P("Wij vinden het belangrijk dat jongeren zelf meepraten over het beleid. Daarom is er sinds 2024 een "
           "jongerenpanel van tien leerlingen uit verschillende schoolsoorten, dat twee keer per jaar met de "
           "directeur-bestuurder in gesprek gaat. Het panel heeft onder meer meegelezen met dit plan.")
    b += [("h2", "Overgang PO-VO")]
    b += P("Samen met het samenwerkingsverband PO organiseren wij jaarlijks de warme overdracht. Groep-8-"
           "leerkrachten en mentoren van de brugklas ontmoeten elkaar in november en in juni.")
    b += [("h1", "10 Planning")] + planning((2026,))
    b += [("h1", "Bijlagen"), ("h2", "Bijlage 1 Begrippen"),
          ("ul", ["Verdeelmodel – de regels waarmee middelen over scholen worden verdeeld.",
                  "Meerjarenbegroting – begroting voor ten minste vier jaar.",
                  "Ouder- en jeugdsteunpunt – onafhankelijke hulp voor ouders en jongeren.",
                  "Reserve – eigen vermogen van het samenwerkingsverband.",
                  "Informatieplicht – de plicht om ouders te informeren."]),
          ("p", "Bijlage 2 (Informatie voor ouders en onafhankelijk steunpunt) en bijlage 3 (Financieel kader en "
                "meerjarenbegroting) verschijnen als afzonderlijke documenten.")]
    label = {
        "sector": "vo",
        "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                     "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present",
                     "ouders": "missing"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": False, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                     "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "Ch. 3 'Ondersteuningsniveau 1': common minimum for every vestiging, concrete list; annual self-check and audits.",
            "plaatsing": "Ch. 5.2 criteria table (vso, lwoo, pro); 5.1 refers the procedure to the 'Handboek toewijzing' website -> procedure not addressed.",
            "terugstroom": "Ch. 6: policy (aim, conditions, support after return) and procedure (evaluation 6 months before end TLV, consultant, overgangsplan, evaluation after 3 months).",
            "financien": "Ch. 8 only refers to absent bijlage 3; terms only in TOC/begrippen -> nothing addressed.",
            "dekkend-aanbod": "Ch. 4: niveau 1-4 continuum incl. OPDC/rebound/vso; RTO for thuiszitters and yearly gap analysis.",
            "resultaten": "Ch. 7.1 goals only in a table (nulmeting/streefwaarde); 7.2 data sources, four-monthly reports, jaarverslag.",
            "ouders": "Parents' information and steunpunt only in absent bijlage 2 and begrippenlijst; ouders only mentioned in passing in voorwoord/visie -> missing.",
        },
    }
    header = "Hollandse Delta Zuid | Ondersteuningsplan 2026-2030 | Financiën · Ouders"
    return b, label, header


# ---------------------------------------------------------------------------
# Plan E: PO, compact plan op hoofdlijnen (.md)
# ---------------------------------------------------------------------------


def plan_e():
    swv = "Samenwerkingsverband Passend Onderwijs Veluwezoom"
    b = [("title", "Ondersteuningsplan 2026-2030 – plan op hoofdlijnen"),
         ("p", f"{swv} (PO 25-05)"),
         ("p", "Vastgesteld op 16 april 2026"),
         ("toc", ["Voorwoord", "1 Over ons", "2 Wat elke school kan", "3 Terug naar de basisschool",
                  "4 Financiën", "5 Resultaten", "6 Ouders", "7 Organisatie", "8 Planning",
                  "Bijlage 5 Procedure en criteria TLV s(b)o", "Begrippen"]),
         ("h1", "Voorwoord")]
    b += P(*voorwoord("het Samenwerkingsverband Passend Onderwijs Veluwezoom", "2026-2030", "kort"))
    b += P("Dit plan volgt de lijn van 'kort waar het kan, concreet waar het moet'. Procedures die vaker "
           "wijzigen, staan in bijlagen en op de website.")
    b += [("h2", "Waarom op hoofdlijnen?")]
    b += P("Het vorige ondersteuningsplan telde ruim negentig pagina's. Veel uitgewerkte werkwijzen raakten "
           "binnen een jaar verouderd, en scholen gaven aan dat zij het plan daardoor nauwelijks raadpleegden.",
           "Wij hebben daarom gekozen voor een korter plan dat de hoofdlijnen vastlegt voor vier jaar. Alles wat "
           "vaker verandert, werken wij uit in het jaarplan of in werkdocumenten die met de scholen worden "
           "afgestemd. Zo blijft het plan leesbaar en houden wij tegelijk ruimte om bij te sturen.",
           "Een kort plan is geen vrijbrief. De OPR heeft nadrukkelijk gevraagd om concrete afspraken waar dat "
           "kan, en wij hebben geprobeerd die vraag in elk hoofdstuk serieus te nemen.")
    b += [("h1", "1 Over ons")]
    b += P("Wij zijn het samenwerkingsverband voor 31 basisscholen, één school voor speciaal basisonderwijs en "
           "twee so-locaties in de gemeenten Rheden, Rozendaal en Renkum. Vijf besturen zijn aangesloten. Op 1 "
           "oktober 2025 telden de scholen samen ongeveer 7.100 leerlingen.")
    b += [("h2", "Onze regio")] + context_trends("Veluwezoom", "po")
    b += [("h2", "Terugblik")] + terugblik_org("2022-2026", gemeenten=False)
    b += [("h2", "Onze kernwaarden")] + visie_uitwerking()
    b += [("h2", "Hoe wij plannen")] + jaarcyclus()
    b += P(*missie_visie("Het samenwerkingsverband", "kind"))
    b += P(*wettelijk_kader("po"))
    b += P("Het OOGO met de colleges van de drie gemeenten is op 26 maart 2026 afgerond. De OPR stemde op 2 april "
           "2026 in.")
    # basisondersteuning: partial (niveau yes, inhoud deferred)
    b += [("h1", "2 Wat elke school kan")]
    b += P("De vijf besturen hebben afgesproken dat iedere school, op elke locatie, ten minste hetzelfde niveau "
           "van ondersteuning biedt: de 'Veluwezoomstandaard'. Een school die daar niet aan voldoet, wordt daarop "
           "door het bestuur van het samenwerkingsverband aangesproken.",
           "De concrete uitwerking van de standaard – welke interventies, welke expertise en welke voorzieningen – "
           "volgt in het schooljaar 2026-2027 in een aparte kwaliteitskaart.")
    # plaatsing: missing (reference to absent annex)
    b += P("Voor de toelaatbaarheid tot het sbo en het so: zie bijlage 5.")
    # terugstroom: partial (procedure yes, beleid missing)
    b += [("h1", "3 Terug naar de basisschool")]
    b += P("In het laatste jaar van een TLV doorloopt de sbo- of so-school de volgende stappen:")
    b += [("ol", ["Vóór 1 december: evaluatie van het OPP door de commissie van begeleiding van de s(b)o-school.",
                  "Vóór 15 januari: gesprek tussen ouders, s(b)o-school en de consulent van het samenwerkingsverband "
                  "over het vervolg.",
                  "Vóór 1 maart: besluit van de directeur van de s(b)o-school over terugplaatsing naar een "
                  "basisschool of een aanvraag voor verlenging.",
                  "Bij terugplaatsing: overdracht aan de ontvangende basisschool vóór 1 juni; de TLV eindigt op 31 juli.",
                  "Drie maanden na de overstap: evaluatiegesprek op de ontvangende school met de consulent."])]
    b += P("Voor een verlenging geldt de route uit bijlage 5.")
    # financien: present
    b += [("h1", "4 Financiën")]
    b += P("Het budget dat overblijft na de verplichte afdrachten, verdelen wij als volgt.",
           "Elke school krijgt een schoolbudget van € 150 per leerling, op basis van de teldatum 1 oktober. "
           "Scholen met meer dan 15% leerlingen met een hoge achterstandsscore krijgen € 30 per leerling extra.",
           "Voor leerlingen die meer nodig hebben dan de school uit het schoolbudget kan betalen, vraagt de "
           "school bij het expertiseteam een individueel budget aan. Het expertiseteam kent dat toe als er een "
           "handelingsplan met doelen is; het maximum is € 8.000 per leerling per schooljaar.")
    b += [("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Beschikbaar", "3.640", "3.610", "3.580", "3.550"],
                     ["Schoolbudgetten", "1.090", "1.080", "1.070", "1.060"],
                     ["Individuele budgetten", "1.250", "1.250", "1.250", "1.250"],
                     ["Expertiseteam", "610", "615", "620", "625"],
                     ["Ouder- en jeugdsteunpunt", "95", "95", "100", "100"],
                     ["Bureau en bestuur", "480", "485", "490", "495"],
                     ["Saldo", "115", "85", "50", "20"]])]
    b += P("Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 april.")
    # resultaten: partial (monitoring yes, doelen deferred)
    b += [("h1", "5 Resultaten")]
    b += P("Concrete doelen voor leerlingen met een ondersteuningsbehoefte formuleren wij per schooljaar in het "
           "jaarplan.",
           "Hoe wij volgen wat er bereikt wordt, ligt wel vast. Het bureau verzamelt elk kwartaal gegevens uit "
           "het aanvraagsysteem (aantal en doorlooptijd van aanvragen, ingezette individuele budgetten), uit DUO "
           "(doorstroom naar het vo, schooladviezen) en uit een korte vragenlijst aan ouders na elke afgeronde "
           "aanvraag.",
           "De directeur-bestuurder bespreekt de kwartaalrapportage met de raad van toezicht. In het jaarverslag "
           "rapporteren wij de bereikte resultaten; de OPR ontvangt het jaarverslag vóór 1 juni en bespreekt het "
           "met het bestuur.")
    # ouders: partial (steunpunt yes, informatie deferred)
    b += [("h1", "6 Ouders")]
    b += P("Hoe wij ouders over de ondersteuningsmogelijkheden informeren, beschrijven wij in het "
           "communicatieplan 2027.",
           "Ouders die vastlopen in het contact met school of samenwerkingsverband, kunnen terecht bij het Ouder- "
           "en Jeugdsteunpunt Veluwezoom. Het steunpunt werkt onafhankelijk, is gratis, en denkt mee bij "
           "onvrede of een conflict. Ook kunnen ouders de onderwijsconsulenten inschakelen of zich wenden tot de "
           "Geschillencommissie Passend Onderwijs.")
    b += [("h1", "7 Organisatie")]
    b += governance("Het samenwerkingsverband", "stichting", "8")
    b += [("h2", "Werken met de OPR")] + opr_werkwijze()
    b += [("h2", "Werkgeverschap")] + werkgeverschap()
    b += [("h2", "Privacy")] + ict_privacy()
    b += [("h2", "Professionalisering")] + deskundigheid()
    b += [("h2", "Integriteit")] + integriteit()
    b += [("h2", "Huisvesting en vervoer")] + huisvesting_vervoer()
    b += [("h2", "Overstap naar het vo")] + overstap_vo()
    b += [("h2", "Landelijke ontwikkelingen")] + landelijk("default")
    b += [("h2", "Communicatie")] + communicatie_algemeen("Het samenwerkingsverband")
    b += [("h2", "Bestuurlijke samenwerking")] + bestuurlijke_samenwerking()
    b += [("h2", "Communicatie met scholen")]
    b += P("Scholen ontvangen maandelijks een nieuwsbrief. Intern begeleiders komen vier keer per jaar bijeen in "
           "het IB-netwerk, waar het bureau nieuwe werkwijzen toelicht.")
    b += [("h2", "Digitaal werken")]
    b += P("Het bureau werkt volledig digitaal. Vergaderstukken voor bestuur, raad van toezicht en OPR worden via "
           "een beveiligd portaal gedeeld. Papieren dossiers bestaan niet meer; oude archieven zijn in 2024 "
           "gedigitaliseerd of volgens de selectielijst vernietigd. Medewerkers werken hybride, met vaste "
           "teamdagen op kantoor op dinsdag en donderdag. Het bureau is op werkdagen tussen 8.30 en 16.30 uur "
           "telefonisch bereikbaar voor scholen en partners.")
    b += [("h1", "8 Planning")] + planning((2026,))
    b += [("h1", "Begrippen"),
          ("ul", ["Arrangement – maatwerk in ondersteuning voor een leerling.",
                  "Dekkend netwerk – een samenhangend aanbod zodat elk kind een plek heeft.",
                  "Thuiszitter – leerplichtig kind zonder onderwijs.",
                  "TLV – toelaatbaarheidsverklaring voor sbo of so, afgegeven na deskundigenadvies; bezwaar via "
                  "de Landelijke Bezwaaradviescommissie.",
                  "Basisondersteuning – het minimum dat elke school biedt.",
                  "Schoolgids – jaarlijkse informatie van de school aan ouders."])]
    label = {
        "sector": "po",
        "elements": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": False, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": False, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": True},
        "advisory": {"basisondersteuning": ["borging"], "financien": ["verantwoording"],
                     "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch. 2: 'Veluwezoomstandaard' as minimum for every location (niveau); content deferred to a kwaliteitskaart 2026-2027 -> inhoud not addressed.",
            "plaatsing": "Only 'zie bijlage 5' (absent annex); TLV/deskundigen/bezwaar only in TOC and Begrippen -> missing.",
            "terugstroom": "Ch. 3: dated steps in the last TLV year, who decides, evaluation after 3 months (procedure); no aims, conditions or support after return -> beleid not addressed.",
            "financien": "Ch. 4: schoolbudget per leerling, surcharge, individual budget criteria; meerjarenbegroting table.",
            "dekkend-aanbod": "No continuum of provisions, no thuiszitters/zorgplicht approach, no jeugdhulp cooperation (OOGO only as procedural date); 'dekkend netwerk'/'thuiszitter' only in Begrippen; the individueel budget in ch. 4 is a funding rule -> missing.",
            "resultaten": "Ch. 5 defers goals to the jaarplan; monitoring (quarterly data, rapportage, jaarverslag, OPR) described.",
            "ouders": "Ch. 6 defers informing parents to communicatieplan 2027; OJSP Veluwezoom, onderwijsconsulenten, geschillencommissie address steunpunt.",
        },
    }
    return b, label


# ---------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of one basisschool (.docx)
# ---------------------------------------------------------------------------


def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "IKC De Wingerd – basisschool en kinderopvang"),
         ("p", "Onderdeel van Stichting Openbaar Onderwijs Rivierenland · aangesloten bij het samenwerkingsverband "
               "passend onderwijs PO De Linge"),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Wingerd",
                  "4 De zorgniveaus", "5 Groepsbesprekingen en leerlingbesprekingen",
                  "6 Extra ondersteuning via het samenwerkingsverband", "7 Ouders", "8 Jaarplanning zorg"]),
         ("h1", "1 Inleiding")]
    b += P("Dit ondersteuningsplan beschrijft hoe wij op IKC De Wingerd de ondersteuning aan onze leerlingen "
           "organiseren in het schooljaar 2025-2026. Het plan is geschreven door de intern begeleider en "
           "besproken in het team en met de medezeggenschapsraad.",
           "Het plan is een uitwerking van ons schoolondersteuningsprofiel en van de afspraken die ons bestuur "
           "heeft gemaakt in het samenwerkingsverband. Het wordt ieder jaar bijgesteld.")
    b += [("h1", "2 Onze leerlingen")]
    b += P("De Wingerd telt 238 leerlingen in tien groepen. Ongeveer 18% van de leerlingen heeft een "
           "meertalige achtergrond. In de groepen 3 en 5 is een relatief grote groep leerlingen met een "
           "leesachterstand.")
    b += [("h1", "3 Basisondersteuning op De Wingerd")]
    b += P("Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Dat "
           "betekent onder meer: een intern begeleider vier dagen per week, een dyslexieprotocol, een "
           "plusgroep voor kinderen die meer aankunnen en de methode Kwink voor sociaal-emotioneel leren.")
    b += [("h1", "4 De zorgniveaus")]
    b += [("table", [["Zorgniveau", "Omschrijving", "Wie"],
                     ["1", "Goed lesgeven in de groep; basisaanbod", "Leerkracht"],
                     ["2", "Extra instructie en begeleiding in de groep", "Leerkracht"],
                     ["3", "Speciale zorg na consultatie intern begeleider", "Leerkracht en IB"],
                     ["4", "Zorg na extern onderzoek of consultatie SWV", "IB en externe deskundige"],
                     ["5", "Aanvraag arrangement of TLV bij het samenwerkingsverband", "IB en directie"]])]
    b += [("h1", "5 Groepsbesprekingen en leerlingbesprekingen")]
    b += P("Drie keer per jaar – in oktober, februari en juni – bespreken de leerkracht en de intern begeleider "
           "de groep aan de hand van het groepsoverzicht en de resultaten van de toetsen. Leerlingen die "
           "opvallen, worden besproken in een leerlingbespreking met het team.",
           "Voor leerlingen op zorgniveau 3 en hoger stellen wij een handelingsplan op dat na zes weken wordt "
           "geëvalueerd.")
    b += [("h1", "6 Extra ondersteuning via het samenwerkingsverband")]
    b += P("Als wij een leerling niet voldoende kunnen ondersteunen, vragen wij bij het loket van het "
           "samenwerkingsverband een arrangement aan. Soms is een toelaatbaarheidsverklaring voor het speciaal "
           "basisonderwijs of speciaal onderwijs nodig; die vraagt ons bestuur aan volgens de procedure van het "
           "samenwerkingsverband.",
           "De middelen die wij van het samenwerkingsverband ontvangen (het schoolbudget) zetten wij dit jaar "
           "in voor een onderwijsassistent in de groepen 3 en 5 en voor een RT-aanbod lezen.")
    b += [("h1", "7 Ouders")]
    b += P("Ouders worden bij elke stap in de ondersteuning betrokken. Bij zorgniveau 3 nodigen wij ouders uit "
           "voor een gesprek; bij zorgniveau 4 en 5 is toestemming van ouders nodig. Ouders kunnen voor "
           "onafhankelijk advies terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband.")
    b += [("h1", "8 Jaarplanning zorg"),
          ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders en kind"],
                     ["Oktober", "Groepsbesprekingen ronde 1"], ["Januari/februari", "Toetsen en groepsbesprekingen ronde 2"],
                     ["Maart", "Voorlopig schooladvies groep 8"], ["Juni", "Groepsbesprekingen ronde 3; overdracht"]])]
    label = {
        "looks_like_plan": False,
        "note": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, jaarplanning zorg); "
                "it only refers to the samenwerkingsverband, has no OPR/OOGO/planperiode of an SWV and is not the "
                "verband's plan (domain 5.4 near-miss).",
    }
    return b, label


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
              "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
EL_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]"]
    if lab.get("looks_like_plan") is False:
        lines += ["sector: po", "looks_like_plan: false", "elements: {}", "criteria: {}",
                  "advisory_addressed: {}", "notes:", f"  document: {q(lab['note'])}"]
    else:
        lines += [f"sector: {lab['sector']}", "looks_like_plan: true"]
        els = ", ".join(f"{e}: {lab['elements'][e]}" for e in EL_ORDER)
        lines.append(f"elements: {{{els}}}")
        lines.append("criteria:")
        for c in CRIT_ORDER:
            lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
        adv = {k: v for k, v in lab["advisory"].items() if v}
        if adv:
            lines.append("advisory_addressed:")
            for k in EL_ORDER:
                if k in adv:
                    lines.append(f"  {k}: [{', '.join(adv[k])}]")
        else:
            lines.append("advisory_addressed: {}")
        lines.append("notes:")
        for k in EL_ORDER:
            lines.append(f"  {k}: {q(lab['notes'][k])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    b, lab, hdr = plan_a()
    name = "po-swv-de-linge-op-2026-2030"
    render_docx(b, OUT / f"{name}.docx", header=hdr, footer="Pagina-overzicht: zie inhoudsopgave")
    write_label(name, [f"{name}.docx"], lab)
    print(name, words(b))

    b, lab, hdr = plan_b()
    name = "vo-swv-maas-en-waal-op-hoofdlijnen"
    render_docx(b, OUT / f"{name}.docx", header=hdr)
    write_label(name, [f"{name}.docx"], lab)
    print(name, words(b))

    b, lab, hdr = plan_c()
    name = "po-kempenland-ondersteuningsplan-2026-2030"
    render_pdf(b, OUT / f"{name}.pdf", header=hdr)
    write_label(name, [f"{name}.pdf"], lab)
    print(name, words(b))

    b, lab, hdr = plan_d()
    name = "vo-hollandse-delta-zuid-op-2026-2030"
    render_pdf(b, OUT / f"{name}.pdf", header=hdr, footer="Ouders en financiën: zie bijlagen 2 en 3")
    write_label(name, [f"{name}.pdf"], lab)
    print(name, words(b))

    b, lab = plan_e()
    name = "po-veluwezoom-plan-op-hoofdlijnen"
    (OUT / f"{name}.md").write_text(render_md(b), encoding="utf-8")
    write_label(name, [f"{name}.md"], lab)
    print(name, words(b))

    b, lab = near_miss()
    name = "ikc-de-wingerd-schoolondersteuningsplan-2025-2026"
    render_docx(b, OUT / f"{name}.docx")
    write_label(name, [f"{name}.docx"], lab)
    print(name, words(b))


if __name__ == "__main__":
    main()
