#!/usr/bin/env python3
"""Generate the holdout307 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private
temporary directory.
"""
import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from html import escape
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
#   ("bullets", [..]) ("numbers", [..]) ("table", [[header..], [row..], ...])
#   ("pagebreak", None)
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header_text=None, footer_text=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbers":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "Samenwerkingsverband"
    cp.created = cp.modified = cp.last_printed = datetime(2026, 3, 24, 12, 0, 0)
    buf = io.BytesIO()
    d.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data, path):
    """Rewrite the docx zip with fixed timestamps so output is byte-deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 24, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{escape(title)}</title>", "</head>", "<body>",
           '<header class="site"><nav>Home | Over ons | Ouders | Scholen | Ondersteuningsplan | Contact</nav></header>',
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{escape(val, quote=False)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub"><em>{escape(val, quote=False)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{escape(val, quote=False)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{escape(val, quote=False)}</h3>")
        elif kind == "p":
            out.append(f"<p>{escape(val, quote=False)}</p>")
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{escape(i, quote=False)}</li>" for i in val) + f"</{tag}>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                c = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{escape(x, quote=False)}</{c}>" for x in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>",
            '<footer class="site">© Samenwerkingsverband | Privacyverklaring | Cookies | Contact</footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout307_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc(headings):
    return [("h1", "Inhoud")] + [("p", h) for h in headings] + [("pagebreak", None)]


def h1s(blocks):
    return [v for k, v in blocks if k == "h1"]


# ---------------------------------------------------------------------------
# Shared filler (neutral: mentions element words only in passing)
# ---------------------------------------------------------------------------

def voorwoord(n, sector, parents_passing=True):
    kind = "basisscholen, scholen voor speciaal basisonderwijs en so-locaties" if sector == "po" else \
        "scholen voor vmbo, havo, vwo, praktijkonderwijs en vso"
    return [
        ("p", f"Voor u ligt het ondersteuningsplan 2026-2030 van {n}. Het plan is tot stand gekomen in een jaar "
              f"waarin veel gebeurde. Er kwam een nieuwe wet, er kwamen nieuwe collega's en er waren lange "
              f"gesprekken met schoolleiders, intern begeleiders, zorgcoördinatoren, gemeenten en "
              f"{'ouders' if parents_passing else 'partners'}. Dit plan is daarvan de neerslag. Het is geen "
              f"handboek: het beschrijft de koers die de aangesloten besturen samen varen."),
        ("p", f"In ons verband werken {kind} samen. Dat is niet vanzelfsprekend: iedere school heeft een eigen "
              f"geschiedenis, een eigen identiteit en een eigen leerlingenpopulatie. Toch delen we één opdracht: "
              f"elk kind, elke jongere een zo passend mogelijke plek geven. Dat vraagt om vertrouwen, om "
              f"eerlijkheid over wat niet goed gaat en om de moed om keuzes te maken. Wij danken iedereen die "
              f"heeft meegelezen en meegeschreven, in het bijzonder de leden van de ondersteuningsplanraad, die "
              f"kritisch en betrokken waren."),
        ("p", "Wij hopen dat dit plan een levend document wordt. Niet een stuk dat in een la verdwijnt, maar een "
              "kompas waarop scholen, teams en partners kunnen terugvallen. De resultaten van ons werk worden "
              "uiteindelijk niet in dit document zichtbaar, maar in de klas, op het schoolplein en aan de "
              "keukentafel."),
    ]


def context(n, sector, boards, schools, pupils, gemeenten):
    rows = [["Kengetal", "1 oktober 2024", "1 oktober 2025"],
            ["Aantal schoolbesturen", str(boards), str(boards)],
            ["Aantal scholen / vestigingen", str(schools), str(schools + (1 if sector == 'vo' else -1))],
            ["Aantal leerlingen (totaal)", f"{pupils:,}".replace(",", "."), f"{pupils - 212:,}".replace(",", ".")],
            ["Aantal gemeenten in de regio", str(len(gemeenten)), str(len(gemeenten))]]
    return [
        ("p", f"{n} omvat de gemeenten {', '.join(gemeenten[:-1])} en {gemeenten[-1]}. De regio kent zowel "
              f"stedelijke wijken als kleine kernen. Het aantal leerlingen daalt licht; in sommige kernen staat "
              f"het voortbestaan van scholen onder druk, terwijl in nieuwbouwwijken juist scholen bijgebouwd "
              f"worden. Die krimp en groei vragen om flexibiliteit van alle partners."),
        ("table", rows),
        ("p", "De cijfers in deze tabel zijn ontleend aan de teldatagegevens van DUO en aan de eigen registratie "
              "van het verband. Kleine verschillen met andere publicaties ontstaan doordat nevenvestigingen soms "
              "apart en soms samen worden geteld. De samenstelling van de leerlingenpopulatie verschilt sterk per "
              "kern: in de stedelijke wijken zijn meer nieuwkomers en meer kinderen die opgroeien in armoede, in "
              "de dorpen zijn de scholen klein en de afstanden groot."),
    ]


def missie_visie(n, sector, parents_role=True):
    kind = "kind" if sector == "po" else "jongere"
    out = [
        ("p", f"Missie. {n} bestaat om ervoor te zorgen dat ieder {kind} in de regio onderwijs krijgt dat past "
              f"bij wat het nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. "
              f"Wij zijn geen school en geven zelf geen les; wij faciliteren, verbinden en spreken elkaar aan."),
        ("p", f"Visie. Wij geloven dat ieder {kind} zich wil ontwikkelen en dat de leraar daarin het verschil "
              f"maakt. Ondersteuning begint in de groep, bij de leraar die signaleert, afstemt en de "
              f"onderwijsbehoeften centraal stelt. Wij kijken naar wat een {kind} nodig heeft, niet naar wat het "
              f"'heeft'. Een diagnose is geen voorwaarde voor hulp. Wij denken in mogelijkheden, niet in "
              f"beperkingen, en wij nemen de tijd om goed te kijken voordat we besluiten."),
        ("p", "Kernwaarden. Onze kernwaarden zijn nabijheid, vertrouwen en eigenaarschap. Nabijheid betekent dat "
              "hulp zo dicht mogelijk bij het kind wordt georganiseerd. Vertrouwen betekent dat we de "
              "professionaliteit van scholen als vertrekpunt nemen en de bureaucratie beperken. Eigenaarschap "
              "betekent dat besturen zich samen verantwoordelijk voelen voor alle leerlingen in de regio, ook "
              "voor de leerlingen die (nog) niet op hun eigen scholen zitten."),
    ]
    if parents_role:
        out.append(("p", "Ouders zijn voor ons partners. Zij kennen hun kind het best. Wij vinden het "
                         "vanzelfsprekend dat ouders aan tafel zitten wanneer over hun kind wordt gesproken en dat "
                         "zij meebeslissen over het ontwikkelingsperspectief. Ook leerlingen zelf worden gehoord."))
    return out


def governance(n, model):
    return [
        ("p", f"{n} is een stichting. Alle schoolbesturen met scholen in de regio zijn aangesloten. Het verband "
              f"werkt met een {model}. De directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding en "
              f"voor de uitvoering van dit plan; de raad van toezicht houdt toezicht op het beleid en op de "
              f"algemene gang van zaken. De aangesloten schoolbesturen vormen samen de algemene vergadering, die "
              f"onder meer het ondersteuningsplan en de begroting goedkeurt."),
        ("p", "De raad van toezicht bestaat uit vijf leden, van wie twee onafhankelijk zijn van de aangesloten "
              "besturen. De raad werkt met een auditcommissie en een remuneratiecommissie. De statuten bevatten "
              "een regeling voor geschillen tussen de aangesloten besturen onderling en tussen besturen en het "
              "verband. Het verband onderschrijft de Code Goed Bestuur van de sectorraad."),
        ("p", "Het bureau van het verband is gehuisvest in een bedrijfsverzamelgebouw centraal in de regio. Daar "
              "werken de directeur-bestuurder, de beleidsmedewerkers, de controller, het secretariaat en de "
              "orthopedagogen en ondersteuningsadviseurs die de scholen bijstaan. De lijnen zijn kort: scholen "
              "weten wie hun vaste contactpersoon is."),
    ]


def opr(n, parents=True, date="17 maart 2026"):
    if parents:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf personeelsleden en vijf ouders "
                "(in het voortgezet onderwijs ouders of leerlingen), afgevaardigd vanuit de medezeggenschapsraden "
                "van de aangesloten scholen. Ouders in de OPR brengen het perspectief van gezinnen in en hebben "
                "instemmingsrecht op dit plan.")
    else:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit tien leden die worden afgevaardigd vanuit de "
                "medezeggenschapsraden van de aangesloten scholen. De raad komt vijf keer per jaar bijeen en "
                "wordt ondersteund door een ambtelijk secretaris.")
    return [
        ("p", comp),
        ("p", f"De OPR heeft op {date} ingestemd met dit ondersteuningsplan. In de aanloop daarnaar zijn drie "
              f"werksessies gehouden waarin de raad de conceptteksten hoofdstuk voor hoofdstuk heeft besproken. "
              f"De opmerkingen van de raad zijn verwerkt; waar het verband een opmerking niet heeft overgenomen, "
              f"is dat schriftelijk toegelicht. Daarnaast heeft het verband een eigen medezeggenschapsraad voor "
              f"het personeel van het bureau."),
    ]


def oogo(gemeenten):
    return [
        ("p", f"Het op overeenstemming gericht overleg (OOGO) met de colleges van {', '.join(gemeenten)} vond "
              f"plaats op 3 februari en 10 maart 2026. Centrale thema's waren de aansluiting tussen "
              f"onderwijsondersteuning en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en de inzet van "
              f"schoolmaatschappelijk werk. Het verslag van het OOGO is door beide partijen vastgesteld."),
        ("p", "Met de gemeenten is afgesproken dat het verband en de lokale jeugdteams elkaar eens per zes weken "
              "spreken over signalen uit de scholen en over de wachttijden in de jeugdhulp. "
              "Voor leerlingen die zowel onderwijs- als zorgondersteuning nodig hebben, kunnen school, jeugdteam en "
              "verband een onderwijs-zorgarrangement afspreken; de gemeente financiert het zorgdeel, het verband "
              "het onderwijsdeel."),
    ]


def personeel(n):
    return [
        ("p", f"Het bureau van {n} heeft een formatie van ongeveer veertien fte. De inzet van personeel is "
              f"afgestemd op de taken uit dit plan. De orthopedagogen en ondersteuningsadviseurs zijn in dienst "
              f"van het verband of worden gedetacheerd vanuit de aangesloten besturen. Bij vacatures kijken we "
              f"eerst binnen de besturen; dat versterkt de kennisdeling in de regio."),
        ("p", "Het lerarentekort raakt ook ons verband. Scholen geven aan dat het steeds moeilijker is om "
              "ondersteuning in de klas te organiseren wanneer er geen vaste leraar voor de groep staat. Dit plan "
              "houdt daar rekening mee: we kiezen voor ondersteuning die de leraar ontlast in plaats van "
              "belast, en we investeren in deskundigheidsbevordering via een gezamenlijk scholingsaanbod."),
        ("p", "Voor de leden van de commissies, de orthopedagogen en de adviseurs geldt een "
              "professionaliseringsplan met jaarlijks minimaal twee studiedagen en intervisie. Het verband "
              "organiseert daarnaast leernetwerken voor intern begeleiders, zorgcoördinatoren en schoolleiders."),
    ]


def ict_privacy(n, system):
    return [
        ("p", f"{n} werkt met het digitale systeem {system} voor aanvragen, dossiers en registraties. Scholen "
              f"uploaden documenten via een beveiligde omgeving. Het systeem voldoet aan de eisen van de AVG; "
              f"met de leverancier is een verwerkersovereenkomst gesloten."),
        ("p", "Het verband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat "
              "nodig is voor zijn wettelijke taken. Gegevens worden niet langer bewaard dan nodig en uiterlijk "
              "drie jaar na het laatste besluit vernietigd. De functionaris gegevensbescherming wordt gedeeld met "
              "een ander samenwerkingsverband in de regio. Een datalek wordt binnen 72 uur gemeld."),
        ("p", "In de planperiode vervangen we de oude registratiemodule door een nieuwe versie die beter aansluit "
              "op de leerlingadministratiesystemen van de scholen. Dubbel invoeren verdwijnt daarmee grotendeels. "
              "De migratie staat gepland voor de zomer van 2027."),
    ]


def planning_table(extra_rows=()):
    rows = [["Wanneer", "Wat", "Wie"],
            ["september - december 2025", "Evaluatie vorig plan, werksessies met scholen", "bureau, besturen"],
            ["januari 2026", "Conceptplan gereed", "directeur-bestuurder"],
            ["februari - maart 2026", "OOGO met gemeenten, overleg met aangrenzend verband", "bestuur, gemeenten"],
            ["17 maart 2026", "Instemming OPR", "OPR"],
            ["24 maart 2026", "Vaststelling", "bestuur"],
            ["voor 1 mei 2026", "Toezending aan de Inspectie", "bureau"]]
    rows += list(extra_rows)
    return [("table", rows)]


def terugblik(n, year_merged):
    return [
        ("p", f"De vorige planperiode stond in het teken van de organisatie zelf. In {year_merged} fuseerde het "
              f"verband met een naburig verband; dat betekende een nieuwe naam, nieuwe statuten en een nieuw "
              f"bureau. Er trad een nieuwe directeur-bestuurder aan, de raad van toezicht werd deels vernieuwd en "
              f"de administratie verhuisde naar een andere leverancier. Die veranderingen vroegen veel energie "
              f"van medewerkers en besturen."),
        ("p", "Tegelijk was het een periode van leren. De besturen leerden elkaar beter kennen, de "
              "overlegstructuur werd eenvoudiger en het aantal vergaderingen werd teruggebracht. Schoolleiders "
              "gaven in de evaluatiegesprekken aan dat zij het verband als toegankelijker ervaren dan voorheen, "
              "maar ook dat de formulieren nog te lang zijn en de communicatie soms laat komt. Die signalen nemen "
              "we mee in dit plan."),
        ("p", "De coronaperiode en de jaren daarna lieten sporen na. Scholen zagen meer kinderen met "
              "somberheid, angst en concentratieproblemen, en meer gezinnen die onder druk staan. Tegelijkertijd "
              "nam het lerarentekort toe. Dat maakt de opdracht niet eenvoudiger, maar wel urgenter."),
    ]


def nieuwkomers_huisvesting(n):
    return [
        ("p", "Nieuwkomers. De regio ontvangt ieder jaar een wisselend aantal kinderen van nieuwkomers, onder "
              "wie kinderen uit Oekraïne en kinderen van arbeidsmigranten. Het onderwijs aan nieuwkomers wordt "
              "georganiseerd door de besturen, met eigen bekostiging van het Rijk. Het verband denkt mee waar "
              "nieuwkomers ook een ondersteuningsbehoefte hebben, en stemt af met de gemeenten over huisvesting."),
        ("p", "Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Wel merken scholen dat de "
              "staat van gebouwen invloed heeft op de mogelijkheden om leerlingen in kleine groepjes of in een "
              "prikkelarme ruimte op te vangen. Ook de reistijd in het leerlingenvervoer, soms meer dan een uur "
              "per dag, is voor sommige kinderen een belasting. Het verband brengt deze signalen in bij de "
              "gemeenten, zonder daar zelf over te gaan."),
        ("p", "Aangrenzende verbanden. Het verband overlegt twee keer per jaar met de verbanden in het andere "
              "onderwijssector in de regio over de overstap tussen po en vo, en over leerlingen die over de "
              "grens van het verband naar school gaan. Het concept van dit plan is met deze verbanden besproken."),
    ]


def beleidscyclus(n):
    return [
        ("p", f"Dit ondersteuningsplan is het meerjarige kader. Elk jaar stelt de directeur-bestuurder van {n} "
              f"een jaarplan en een jaarbegroting op, die door de raad van toezicht worden goedgekeurd. Na afloop "
              f"van het kalenderjaar volgt een jaarverslag met de jaarrekening, gecontroleerd door de accountant. "
              f"Het jaarplan vertaalt de koers van dit plan in activiteiten voor dat jaar."),
        ("p", "Ontwikkelagenda. Naast de vaste taken werken we in de planperiode aan een aantal thema's: "
              "vereenvoudiging van administratieve processen, samenwerking met kinderopvang en voorschoolse "
              "educatie, de verkenning van inclusiever onderwijs op de lange termijn en een betere aansluiting "
              "tussen de verschillende onderwijs- en zorgsystemen. Bij elk thema hoort een werkgroep met "
              "vertegenwoordigers uit de besturen; de werkgroepen rapporteren aan het bestuurlijk overleg."),
        ("p", "Algemene communicatie. Het verband heeft een website, een nieuwsbrief voor professionals en een "
              "account op LinkedIn. Beleidsdocumenten, waaronder dit plan en het jaarverslag, worden op de website "
              "gepubliceerd. In de planperiode vernieuwen we de website zodat die beter toegankelijk is, ook voor "
              "mensen die minder goed lezen."),
    ]


def werksessies():
    return [
        ("p", "In het najaar van 2025 organiseerde het verband vier werksessies met in totaal ruim 120 deelnemers: "
              "schoolleiders, intern begeleiders, zorgcoördinatoren, leraren, beleidsmedewerkers van besturen en "
              "medewerkers van gemeenten. In elke sessie stond één vraag centraal: wat moet er de komende vier "
              "jaar anders, en wat moet vooral blijven zoals het is?"),
        ("p", "Wat moet blijven: de vaste contactpersoon per school, de korte lijnen met het bureau, de "
              "laagdrempelige consultatie en de leernetwerken. Deelnemers waardeerden vooral dat zij bij het "
              "verband terechtkunnen met een vraag zonder dat er meteen een formulier moet worden ingevuld."),
        ("p", "Wat moet anders: deelnemers vroegen om minder administratieve last, om snellere besluitvorming "
              "en om meer aandacht voor de leraar die dagelijks met complexe groepen werkt. Ook werd gevraagd om "
              "meer gezamenlijke scholing, bijvoorbeeld over trauma-sensitief lesgeven, over executieve functies "
              "en over het werken met kinderen die thuis veel meemaken. Verschillende deelnemers benoemden de "
              "spanning tussen de wens om kinderen zo thuisnabij mogelijk onderwijs te bieden en de grenzen van "
              "wat een team kan dragen."),
        ("p", "Opvallend was hoe vaak het woord 'vertrouwen' viel. Scholen willen dat het verband hun "
              "professionele oordeel serieus neemt; het verband wil dat scholen transparant zijn over wat zij "
              "doen. Die wederkerigheid is in de visie van dit plan verwerkt. De verslagen van de werksessies "
              "zijn gedeeld met alle deelnemers en met de ondersteuningsplanraad."),
    ]


def faq_ouders():
    return [
        ("h2", "Wat is passend onderwijs eigenlijk?"),
        ("p", "Passend onderwijs is de manier waarop scholen in Nederland ervoor zorgen dat alle kinderen "
              "onderwijs krijgen dat bij hen past, ook kinderen die extra hulp nodig hebben. Scholen werken "
              "daarvoor samen in een samenwerkingsverband. Sinds 2014 is dat wettelijk zo geregeld."),
        ("h2", "Wat is een OPP?"),
        ("p", "OPP staat voor ontwikkelingsperspectiefplan. Daarin staat wat de school verwacht dat uw kind aan "
              "het einde van de basisschool kan bereiken, en welke hulp uw kind daarvoor krijgt. De school "
              "bespreekt het OPP met u. Ook uw kind mag zeggen wat het ervan vindt."),
        ("h2", "Wat doet een intern begeleider?"),
        ("p", "De intern begeleider (IB'er) is op school de persoon die de leraren helpt bij kinderen die iets "
              "extra's nodig hebben. De IB'er houdt overzicht, denkt mee en zorgt dat de juiste mensen aan tafel "
              "komen. U kunt de IB'er altijd vragen om een gesprek."),
        ("h2", "Moet mijn kind een diagnose hebben om hulp te krijgen?"),
        ("p", "Nee. In ons verband kijken we naar wat een kind nodig heeft, niet naar een label. Een diagnose "
              "kan helpen om een kind beter te begrijpen, maar is geen voorwaarde."),
        ("h2", "Wat is het verschil tussen dit plan en de schoolgids?"),
        ("p", "Dit plan gaat over alle scholen samen en over de afspraken tussen de besturen. De schoolgids gaat "
              "over één school. De schoolgids verschijnt ieder jaar; dit plan geldt voor vier jaar."),
        ("h2", "Mijn kind gaat binnenkort naar de middelbare school. Wat nu?"),
        ("p", "In groep 8 krijgt uw kind een schooladvies. Heeft uw kind extra ondersteuning gehad, dan zorgt de "
              "basisschool voor een warme overdracht naar de nieuwe school. Het verband voor voortgezet onderwijs "
              "in onze regio organiseert daarover voorlichtingsavonden; kijk daarvoor op de website van dat "
              "verband."),
        ("h2", "Wie bepaalt wat er in dit plan staat?"),
        ("p", "Het bestuur van het verband stelt het plan vast. Dat kan alleen als de ondersteuningsplanraad "
              "heeft ingestemd."),
        ("h2", "Mag ik het plan inzien?"),
        ("p", "Ja. Deze webversie is de volledige tekst van het plan. U kunt ook een pdf downloaden of een papieren "
              "exemplaar opvragen bij het secretariaat."),
    ]


def slotwoord(n):
    return [
        ("p", f"Een plan is zo goed als de mensen die ermee werken. {n} is geen organisatie die van bovenaf "
              f"bepaalt wat er in de scholen gebeurt; het is een gezamenlijke onderneming van besturen, scholen "
              f"en partners. Dat betekent dat de uitvoering van dit plan in de eerste plaats in handen ligt van "
              f"de mensen in de scholen: de leraren, de onderwijsassistenten, de intern begeleiders, de "
              f"zorgcoördinatoren en de schoolleiders."),
        ("p", "Wij realiseren ons dat de komende jaren onzeker zijn. De landelijke politiek werkt aan nieuwe "
              "wetgeving, de arbeidsmarkt blijft krap en de vraag naar ondersteuning neemt eerder toe dan af. "
              "Juist daarom hebben we in dit plan gekozen voor heldere afspraken waar dat kan, en voor ruimte "
              "waar dat nodig is. Wanneer de omstandigheden daarom vragen, passen we het plan tussentijds aan; "
              "ook dan vragen we opnieuw instemming van de ondersteuningsplanraad."),
        ("p", "Tot slot: achter elk getal in dit plan staat een kind, een gezin, een leraar. Dat willen we niet "
              "vergeten. Wie vragen of opmerkingen heeft over dit plan, kan contact opnemen met het bureau van "
              "het verband; we horen graag wat u ervan vindt."),
    ]


def web_extra():
    return [
        ("p", "Over deze webversie. Het ondersteuningsplan verschijnt in de eerste plaats als webpagina, zodat het "
              "op telefoon en tablet goed leesbaar is. De tekst is in eenvoudige taal geschreven en door een "
              "leespanel van ouders en leraren getest. Moeilijke woorden staan in de woordenlijst onderaan de "
              "pagina. Wie de tekst liever voorgelezen krijgt, kan de voorleesfunctie van de browser gebruiken."),
        ("p", "Kinderopvang en voorschoolse educatie. Veel kinderen komen op school vanuit een kinderdagverblijf "
              "of peuteropvang. Daar is soms al zichtbaar dat een kind meer nodig heeft. De besturen maken met de "
              "kinderopvangorganisaties afspraken over de overdracht naar groep 1; het verband ondersteunt dat "
              "met een gezamenlijk overdrachtsformulier en een jaarlijkse netwerkbijeenkomst voor pedagogisch "
              "medewerkers en kleuterleraren."),
        ("p", "Nieuws uit het verband. In het voorjaar van 2026 verhuisde het bureau naar een nieuw pand aan de "
              "rand van het centrum van Purmerend. Het pand is goed bereikbaar met het openbaar vervoer en heeft "
              "een gespreksruimte die ook scholen kunnen gebruiken. In dezelfde periode startte een nieuwe "
              "controller en werd de raad van toezicht aangevuld met een lid met een achtergrond in de "
              "jeugdgezondheidszorg."),
    ]


def thuiszitters_passing():
    return ("p", "Thuiszitters staan landelijk hoog op de agenda. Ook in onze regio is het onderwerp regelmatig "
                 "besproken in het bestuur en in het OOGO. Het is een onderwerp dat ons allemaal raakt.")


# ---------------------------------------------------------------------------
# Plan 1: PO, numbered chapters, .docx
# ---------------------------------------------------------------------------

def plan1():
    n = "Samenwerkingsverband Passend Primair Onderwijs Lingewaard-Betuwe"
    short = "SWV Lingewaard-Betuwe"
    gem = ["Lingewaard", "Overbetuwe", "Zevenaar", "Duiven"]
    body = []
    body += [("h1", "1. Voorwoord")] + voorwoord(short, "po")
    body += [("h1", "2. Inleiding en leeswijzer"),
             ("p", "Dit plan volgt de wettelijke opdracht uit artikel 18a van de Wet op het primair onderwijs. In "
                   "hoofdstuk 4 beschrijven we de basisondersteuning, in hoofdstuk 6 toelaatbaarheid en de "
                   "terugplaatsing, in hoofdstuk 9 de communicatie met ouders en in hoofdstuk 10 de manier waarop "
                   "de middelen worden verdeeld en besteed. Hoofdstuk 8 gaat over de resultaten die we nastreven."),
             ("p", "Dit plan is geschreven voor schoolbesturen, schoolleiders, intern begeleiders, leraren, ouders en "
                   "partners. Waar we 'ouders' schrijven bedoelen we ook verzorgers. Waar we 'school' schrijven "
                   "bedoelen we iedere vestiging die onder het verband valt.")]
    body += [("h1", "3. Het verband in cijfers, missie en visie"), ("h2", "3.0 Terugblik")] + terugblik(short, 2021) + [("h2", "3.1 De regio")]
    body += context(short, "po", 11, 64, 15980, gem)
    body += [("h2", "3.2 Missie en visie")] + missie_visie(short, "po")
    body += [("h1", "4. Basisondersteuning"),
             ("h2", "4.1 De afgesproken ondergrens"),
             ("p", "Basisondersteuning is in ons verband het niveau van ondersteuning dat iedere school en iedere "
                   "vestiging binnen het verband minimaal biedt, zonder dat daarvoor een aanvraag bij het verband "
                   "nodig is. Alle elf besturen hebben zich in het Convenant Basisondersteuning 2026 gecommitteerd "
                   "aan deze ondergrens. Een school mag meer bieden, maar niet minder."),
             ("h2", "4.2 Wat u op elke school mag verwachten"),
             ("p", "Op elke school binnen het verband is het volgende aanwezig:"),
             ("bullets", [
                 "een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die handelingsgericht werkt;",
                 "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met een vaste "
                 "ondersteuningsadviseur van het verband en een medewerker van het jeugdteam;",
                 "een aanpak voor leerlingen met dyslexie volgens het landelijke protocol, inclusief voorleessoftware;",
                 "een aanbod voor leerlingen die meer aankunnen (verrijking in de groep en een plusgroep op "
                 "bovenschools niveau);",
                 "een programma voor sociale veiligheid en een anti-pestcoördinator;",
                 "een werkwijze voor het opstellen en twee keer per jaar evalueren van een "
                 "ontwikkelingsperspectiefplan (OPP);",
                 "een protocol medisch handelen en afspraken over ondersteuning bij kortdurende ziekte;",
                 "een warme overdracht van de voorschoolse voorziening naar groep 1 en van groep 8 naar het vo."]),
             ("h2", "4.3 Borging"),
             ("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. De "
                   "ondersteuningsadviseur bespreekt jaarlijks met de directeur aan de hand van de kwaliteitskaart "
                   "basisondersteuning of de school aan de ondergrens voldoet. Voldoet een school op onderdelen "
                   "niet, dan maakt het bestuur binnen drie maanden een verbeterplan dat het verband volgt.")]
    body += [("h1", "5. Extra ondersteuning en arrangementen"),
             ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. "
                   "Het verband kent drie vormen: (1) een schoolarrangement uit het schoolbudget, (2) een "
                   "bovenschools arrangement dat de school aanvraagt bij het loket van het verband, bijvoorbeeld "
                   "ambulante begeleiding, een taal-/spraakarrangement of een plek in een van de drie "
                   "observatiegroepen, en (3) plaatsing in het speciaal basisonderwijs of het speciaal onderwijs. "
                   "Zo ontstaat een doorlopend continuüm van ondersteuning: van de groep, via de school en "
                   "bovenschoolse voorzieningen, naar de twee sbo-scholen en de vier so-locaties in de regio."),
             ("p", "Voorzieningen in de regio: sbo De Linge (Bemmel), sbo Het Spectrum (Elst), so-cluster 4 De "
                   "Horst, so-cluster 3 Het Mozaïek (twee locaties) en de bovenschoolse plusklas. Daarnaast zijn er "
                   "de observatiegroepen op drie reguliere basisscholen voor kinderen van 4 tot 7 jaar."),
             thuiszitters_passing(),
             ("p", "Het verband heeft nog geen sluitende werkwijze voor leerlingen voor wie geen passende plek "
                   "beschikbaar is. Het ontwikkelen van een regionale aanpak voor thuiszitters en een overzicht van "
                   "ontbrekende voorzieningen staat op de agenda van het schooljaar 2026-2027; over de uitkomst "
                   "informeren we de OPR.")]
    body += [("h1", "6. Toelaatbaarheid tot sbo en so"),
             ("h2", "6.1 De aanvraag"),
             ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een nieuwe "
                   "leerling, de school van aanmelding) dient de aanvraag voor een toelaatbaarheidsverklaring (TLV) "
                   "in via het digitale loket. De aanvraag bevat het groeidocument of OPP, het verslag van het "
                   "ondersteuningsteam en de zienswijze van de ouders."),
             ("numbers", [
                 "Stap 1: de ondersteuningsadviseur controleert binnen vijf werkdagen of de aanvraag compleet is.",
                 "Stap 2: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog "
                 "of psycholoog en, afhankelijk van de vraag, een tweede deskundige (kinderarts, "
                 "maatschappelijk werker of kinderpsychiater). Geen van beiden was bij de aanvraag betrokken.",
                 "Stap 3: de Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst "
                 "van de complete aanvraag.",
                 "Stap 4: ouders en school ontvangen het besluit met de adviezen en een volgnummer."]),
             ("p", "Een TLV wordt afgegeven voor ten hoogste twee schooljaren; bij so vermeldt de TLV de "
                   "bekostigingscategorie laag, midden of hoog. Ouders die het niet eens zijn met het besluit "
                   "kunnen binnen zes weken bezwaar maken; het verband legt het bezwaar voor aan de Landelijke "
                   "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)."),
             ("h2", "6.2 Criteria"),
             ("p", "De criteria op grond waarvan de commissie een leerling toelaatbaar verklaart, worden in het "
                   "voorjaar van 2027 herijkt samen met de sbo- en so-scholen. Tot die tijd weegt de commissie elke "
                   "aanvraag afzonderlijk. De herijkte criteria worden na vaststelling door het bestuur op de "
                   "website gepubliceerd."),
             ("h2", "6.3 Einde van de TLV en terugkeer naar de basisschool"),
             ("p", "Plaatsing in sbo of so is in ons verband geen eindstation. Ons beleid is dat iedere leerling "
                   "in het speciaal (basis)onderwijs ten minste eenmaal per TLV-periode serieus wordt bekeken op "
                   "de mogelijkheid van terugkeer naar een reguliere basisschool, bij voorkeur de school van "
                   "herkomst of een school dicht bij huis. Voorwaarden zijn dat de onderwijsbehoeften van de "
                   "leerling binnen de basisondersteuning plus een tijdelijk arrangement kunnen worden ingevuld en "
                   "dat ouders instemmen."),
             ("p", "Werkwijze: uiterlijk 1 februari van het laatste TLV-jaar evalueert de sbo- of so-school het OPP "
                   "in een multidisciplinair overleg met ouders en de ondersteuningsadviseur. Adviseert dat "
                   "overleg terugkeer, dan benadert de sbo/so-school vóór 1 april een basisschool, die binnen vier "
                   "weken een kennismakingsgesprek en een proefperiode van maximaal zes weken aanbiedt. Is "
                   "verlenging nodig, dan vraagt de sbo/so-school een nieuwe TLV aan; anders eindigt de TLV op 31 "
                   "juli. De ontvangende basisschool krijgt voor het eerste jaar een terugplaatsingsarrangement "
                   "(ambulante begeleiding vanuit de sbo/so-school en € 3.500 extra formatie).")]
    body += [("h1", "7. Samenwerking met gemeenten en jeugdhulp")] + oogo(gem)
    body += [("h1", "8. Wat willen we bereiken?"),
             ("p", "Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
                   "ondersteuningsbehoefte vastgesteld:"),
             ("bullets", [
                 "in 2030 heeft 100% van de leerlingen met een arrangement een OPP dat twee keer per jaar met "
                 "ouders is geëvalueerd;",
                 "het percentage leerlingen in sbo en so daalt van 2,9% (2025) naar maximaal 2,5% in 2030;",
                 "ten minste 85% van de leerlingen met een bovenschools arrangement haalt de uitstroombestemming "
                 "uit het OPP;",
                 "geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod."]),
             ("p", "Hoe we deze resultaten volgen, welke gegevens we daarvoor verzamelen en hoe we erover "
                   "rapporteren wordt beschreven in een kwaliteitskader dat in 2026-2027 wordt opgesteld.")]
    body += [("h1", "9. Communicatie"),
             ("p", "Communicatie met scholen loopt via de nieuwsbrief voor schoolleiders, het intranet en de "
                   "netwerken van intern begeleiders. Voor gemeenten is er een kwartaalbericht."),
             ("p", "Ouders informeren we op verschillende manieren over de ondersteuningsmogelijkheden. De website "
                   "heeft een oudersectie met uitleg over basisondersteuning, arrangementen en de TLV-procedure. "
                   "Elke school neemt de ondersteuningsmogelijkheden op in de schoolgids. Het verband organiseert "
                   "twee keer per jaar een informatieavond voor ouders en verspreidt een ouderbrochure in het "
                   "Nederlands, Arabisch en Pools via alle scholen."),
             ("p", "Heeft u vragen of bent u het niet eens met de school of het verband? Dan kunt u terecht bij "
                   "het Ouder- en Jeugdsteunpunt Betuwe, dat onafhankelijk werkt van scholen en besturen "
                   "(telefonisch spreekuur op dinsdag en donderdag). Ook kunt u een onderwijsconsulent inschakelen; "
                   "dat is kosteloos. Klachten kunt u voorleggen aan de klachtencommissie waarbij het verband is "
                   "aangesloten.")]
    body += [("h1", "10. Geld en middelen"),
             ("h2", "10.1 Hoe verdelen we?"),
             ("p", "Het verband verdeelt de ondersteuningsmiddelen volgens het verdeelmodel 'geld volgt de "
                   "leerling'. Na aftrek van de afdrachten voor sbo en so en de kosten van het bureau ontvangt ieder "
                   "bestuur € 148 per leerling (teldatum 1 oktober t-1) voor schoolarrangementen. Bovenschoolse "
                   "arrangementen worden toegekend door het loket op basis van een aanvraag met OPP; een "
                   "arrangement heeft een vaste prijs per categorie (licht € 2.500, middel € 5.000, intensief "
                   "€ 9.000 per jaar)."),
             ("h2", "10.2 Meerjarenbegroting"),
             ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Rijksbijdrage lichte + zware ondersteuning", "14.820", "14.610", "14.450", "14.300"],
                        ["Afdracht so en sbo (incl. groei)", "7.460", "7.380", "7.300", "7.220"],
                        ["Schoolbudgetten (€ 148 per leerling)", "2.365", "2.330", "2.300", "2.270"],
                        ["Bovenschoolse arrangementen", "2.600", "2.600", "2.560", "2.560"],
                        ["Observatiegroepen en plusklas", "980", "990", "1.000", "1.010"],
                        ["Bureau, commissies, deskundigen", "1.210", "1.230", "1.250", "1.270"],
                        ["Saldo", "205", "80", "40", "-30"]]),
             ("p", "Het weerstandsvermogen bedraagt eind 2025 8% van de baten; de signaleringswaarde van de "
                   "Inspectie wordt niet overschreden. Besturen verantwoorden de schoolbudgetten jaarlijks via een "
                   "bestedingsformat dat in het jaarverslag wordt opgenomen.")]
    body += [("h1", "11. Organisatie, bestuur en medezeggenschap")] + governance(short, "raad-van-toezichtmodel") + opr(short)
    body += [("h1", "12. Personeel, ICT en privacy")] + personeel(short) + ict_privacy(short, "Kindkompas")
    body += [("h1", "13. Planning en vaststelling")] + planning_table()
    body += [("h1", "14. Tot slot")] + slotwoord(short)
    body += [("h1", "Bijlage 1. Begrippenlijst"),
             ("table", [["Begrip", "Betekenis"],
                        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."],
                        ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor ieder kind een plek is."],
                        ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het basisonderwijs."],
                        ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond plaatsing."],
                        ["Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat."],
                        ["Verdeelmodel", "De regels volgens welke het verband middelen verdeelt."]])]
    blocks = [("title", "Ondersteuningsplan 2026-2030"), ("sub", n + " (PO 25-91)"),
              ("p", "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de OPR op 17 maart 2026."),
              ("pagebreak", None)] + toc(h1s(body)) + body
    return blocks, n


# ---------------------------------------------------------------------------
# Plan 2: VO, question headings, .docx
# ---------------------------------------------------------------------------

def plan2():
    n = "Samenwerkingsverband VO Duin- en Bollenstreek Noord"
    short = "SWV Duin en Bollen"
    gem = ["Noordwijk", "Teylingen", "Hillegom", "Lisse"]
    body = []
    body += [("h1", "Waarom dit plan?")] + voorwoord(short, "vo")
    body += [("h1", "Wie zijn wij?")] + context(short, "vo", 7, 19, 11240, gem) + missie_visie(short, "vo")
    body += [("h1", "Waar komen we vandaan?")] + terugblik(short, 2020) + werksessies()
    body += [("h1", "Wat biedt elke school minimaal?"),
             ("p", "Elke vestiging van elke aangesloten school biedt ten minste de basisondersteuning zoals die in "
                   "het Referentiekader Basisondersteuning VO van het verband is afgesproken. Dat is de "
                   "gezamenlijke ondergrens: wat daaronder valt, mag een leerling op iedere school in de regio "
                   "verwachten, zonder aanvraag en zonder extra kosten."),
             ("p", "Wat de basisondersteuning op een school concreet inhoudt, beschrijft iedere school zelf in de "
                   "schoolgids. De kaart met standaarden uit het vorige plan wordt in het najaar van 2026 "
                   "geactualiseerd en daarna als bijlage aan dit plan toegevoegd."),
             ("p", "Het verband voert eens per twee jaar met iedere school een gesprek over de basisondersteuning, "
                   "aan de hand van een zelfevaluatie en een klassenbezoek door de ondersteuningsadviseur. "
                   "Knelpunten worden met het bestuur besproken en vastgelegd in een verbeterafspraak.")]
    body += [("h1", "Welke ondersteuning is er nog meer in de regio?"),
             ("p", "De ondersteuning in onze regio is opgebouwd in vier lagen. Laag 1 is de basisondersteuning "
                   "van de school. Laag 2 is extra ondersteuning binnen de school: uit het "
                   "ondersteuningsbudget organiseert een school naar eigen keuze bijvoorbeeld een "
                   "trajectvoorziening, een time-out-ruimte of examentraining met faalangstbegeleiding. Laag 3 zijn de bovenschoolse voorzieningen "
                   "van het verband: het OPDC De Kaag (kortdurende plaatsing van maximaal een jaar voor leerlingen "
                   "met gedrags- of motivatieproblemen), de Rebound (zes tot twaalf weken), de "
                   "Schakelklas-Havo voor leerlingen met een autismespectrumstoornis en de "
                   "hoogbegaafdheidsvoorziening Bolwerk. Laag 4 is het vso: twee scholen voor cluster 4 en één "
                   "locatie voor cluster 3, en praktijkonderwijs op twee locaties."),
             ("p", "Om te weten waar het aanbod tekortschiet, houdt het verband een signaleringslijst bij van "
                   "leerlingen voor wie geen passende plek is gevonden. Iedere school meldt verzuim langer dan vier "
                   "weken bij het verband. Het casusoverleg Geen Kind Buitenspel (leerplicht, jeugdteam, verband, "
                   "school) komt elke twee weken bijeen en heeft doorzettingsmacht: binnen vier weken wordt een "
                   "plek of een onderwijs-zorgarrangement geboden. Structurele gaten in het aanbod worden twee keer "
                   "per jaar aan het bestuur gerapporteerd en leiden tot een besluit over nieuw aanbod, zoals in "
                   "2025 de Schakelklas-Havo. Scholen hebben zorgplicht: een school die een leerling niet kan "
                   "plaatsen, zoekt met het verband actief een andere school.")]
    body += [("h1", "Hoe komt een leerling in het vso, het lwoo of het praktijkonderwijs?"),
             ("h2", "Vso"),
             ("p", "De school waar de leerling staat ingeschreven vraagt de TLV aan bij de Commissie Toewijzing "
                   "van het verband. Bij de aanvraag horen het OPP, een evaluatie van de geboden extra "
                   "ondersteuning en het gesprek met ouders en leerling. Twee deskundigen, waaronder altijd een "
                   "orthopedagoog of psycholoog, geven ieder een eigen advies. De commissie besluit binnen zes "
                   "weken. De TLV geldt voor één, twee of drie schooljaren en vermeldt de bekostigingscategorie."),
             ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (a) de "
                   "ondersteuningsbehoefte op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, "
                   "medisch/fysiek) overstijgt wat laag 1 tot en met 3 kunnen bieden; (b) de school heeft ten "
                   "minste zes maanden extra ondersteuning geboden en geëvalueerd volgens het OPP, of er is sprake "
                   "van een evidente, onomkeerbare beperking; (c) het vso kan de benodigde ondersteuning wel bieden."),
             ("h2", "Lwoo en pro"),
             ("p", "Voor lwoo en praktijkonderwijs hanteert het verband de landelijke criteria (intelligentie, "
                   "leerachterstanden en sociaal-emotionele problematiek). De basisschool levert de gegevens uit "
                   "het onderwijskundig rapport aan vóór 1 maart; de vo-school dient de aanvraag in; de Commissie "
                   "Toewijzing beslist vóór 1 mei, zodat leerlingen voor de zomer weten waar zij terechtkunnen. "
                   "Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro eveneens.")]
    body += [("h1", "Hoe gaat een leerling terug naar het reguliere vo?"),
             ("p", "Elk jaar evalueert de vso-school het OPP van iedere leerling met de ouders en de leerling. In "
                   "het laatste jaar van de TLV bespreekt de vso-school vóór 1 maart met de Commissie Toewijzing "
                   "of de leerling kan overstappen naar een reguliere vo-school. De vso-school neemt het initiatief "
                   "en zoekt samen met ouders een school; de commissie besluit over een eventuele nieuwe TLV. Bij een "
                   "overstap draagt de vso-school het dossier warm over en sluit zij aan bij het eerste "
                   "evaluatiegesprek op de nieuwe school na tien weken."),
             ("p", "Het verband herziet in 2026-2027 zijn uitgangspunten voor terug- en overplaatsing; een "
                   "beleidsnotitie hierover volgt.")]
    body += [("h1", "Waar gaat het geld naartoe?"),
             ("p", "Het verband hanteert een verdeelmodel met drie componenten: (1) een vaste voet van € 25.000 per "
                   "vestiging; (2) een bedrag van € 96 per leerling; (3) een aanvullend bedrag per leerling met een "
                   "lwoo-aanwijzing. Scholen kunnen voor bovenschoolse voorzieningen geen aparte middelen "
                   "aanvragen: het verband bekostigt deze centraal. Schoolbesturen verantwoorden de inzet van het "
                   "ondersteuningsbudget jaarlijks per 1 juni via een verantwoordingsformulier."),
             ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                        ["Ondersteuningsbudgetten scholen", "1.605.000", "1.590.000", "1.570.000", "1.560.000"],
                        ["Lwoo en pro (doorbetaald)", "6.920.000", "6.880.000", "6.850.000", "6.800.000"],
                        ["Afdracht vso", "4.110.000", "4.090.000", "4.060.000", "4.040.000"],
                        ["OPDC De Kaag en Rebound", "1.240.000", "1.240.000", "1.250.000", "1.250.000"],
                        ["Schakelklas-Havo en Bolwerk", "420.000", "430.000", "430.000", "440.000"],
                        ["Bureau en commissies", "690.000", "700.000", "710.000", "720.000"]]),
             ("p", "De reserve wordt in 2026 en 2027 afgebouwd tot het niveau van de signaleringswaarde; het "
                   "overschot wordt ingezet voor de Schakelklas-Havo.")]
    body += [("h1", "Hoe weten we of het werkt?"),
             ("p", "Het verband monitort de ondersteuning met een kwaliteitsdashboard dat per school en per "
                   "voorziening het aantal aanvragen, toewijzingen, thuiszitters, verzuimmeldingen, "
                   "terugplaatsingen en de doorstroom naar mbo bijhoudt. Het dashboard wordt elk kwartaal "
                   "bijgewerkt en twee keer per jaar met de besturen besproken in een kwaliteitsdialoog. Jaarlijks "
                   "verschijnt een evaluatierapport dat met de OPR wordt besproken; in 2028 volgt een externe "
                   "tussenevaluatie. In 2024-2025 waren er 14 langdurig thuiszittende leerlingen en 41 leerlingen "
                   "stroomden vanuit het OPDC terug naar een reguliere school."),
             ("p", "Welke doelen we voor de komende vier jaar stellen, werken we in het najaar van 2026 samen met "
                   "de besturen uit in een doelenkaart.")]
    body += [("h1", "Hoe worden ouders en leerlingen betrokken en geïnformeerd?"),
             ("p", "Ouders en leerlingen vinden informatie over de ondersteuningsmogelijkheden in de schoolgids "
                   "van de school, op de website van het verband (met een pagina per voorziening) en in de "
                   "folder 'Extra steun nodig?' die iedere brugklasleerling ontvangt. In november organiseert het "
                   "verband een informatieavond voor ouders van leerlingen in groep 8 over lwoo, pro en vso."),
             ("p", "Voor informatie over het ouder- en jeugdsteunpunt verwijzen we naar de website van het "
                   "verband."),
             ("p", "Leerlingen worden gehoord over hun OPP en ouders zijn gesprekspartner bij de aanvraag van "
                   "extra ondersteuning.")]
    body += [("h1", "Hoe werken we samen met de gemeenten?")] + oogo(gem)
    body += [("h1", "Hoe is het verband georganiseerd?")] + governance(short, "two-tier-model met een toezichthoudend bestuur") + opr(short)
    body += [("h1", "Wat doen we aan personeel, ICT en privacy?")] + personeel(short) + ict_privacy(short, "Toewijzingsportaal")
    body += [("h1", "Aansluiting op mbo en arbeidsmarkt"),
             ("p", "Voor leerlingen uit het praktijkonderwijs en het vso is de overgang naar werk of mbo een "
                   "kwetsbaar moment. Het verband werkt samen met de regionale mbo-instellingen en de "
                   "arbeidsmarktregio aan een warme overdracht en aan stages bij lokale werkgevers. Resultaten en "
                   "afspraken worden besproken in het RMC-overleg.")]
    body += [("h1", "Hoe ziet de beleidscyclus eruit?")] + beleidscyclus(short) + nieuwkomers_huisvesting(short)
    body += [("h1", "Wanneer is dit plan vastgesteld?")] + planning_table()
    body += [("h1", "Wat willen we u nog meegeven?")] + slotwoord(short)
    body += [("h1", "Afkortingen en begrippen"),
             ("table", [["Afkorting/begrip", "Betekenis"],
                        ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                        ["TLV", "Toelaatbaarheidsverklaring"], ["Terugplaatsing", "Overstap van vso naar regulier vo"],
                        ["Basisondersteuning", "Ondersteuning die elke school biedt"],
                        ["Beoogde resultaten", "De doelen die het verband zich stelt"]])]
    blocks = [("title", "Ondersteuningsplan 2026-2030"), ("sub", n + " (VO 27-93)"),
              ("pagebreak", None)] + toc(h1s(body)) + body
    return blocks, n


# ---------------------------------------------------------------------------
# Plan 3: PO, thematic chapters, .pdf
# ---------------------------------------------------------------------------

def plan3():
    n = "Stichting Samenwerkingsverband PO Kempenland-West"
    short = "Kempenland-West"
    gem = ["Bladel", "Eersel", "Reusel-De Mierden", "Bergeijk"]
    body = []
    body += [("h1", "Thema 0 - Bij de start")] + voorwoord(short, "po", parents_passing=False)
    body += [("h1", "Thema 1 - Onze regio en onze koers")] + context(short, "po", 6, 38, 7910, gem) + \
        missie_visie(short, "po", parents_role=False) + terugblik(short, 2022)
    body += [("h2", "Wat we hoorden in de werksessies")] + werksessies()
    body += [("h1", "Thema 2 - Sterke basis"),
             ("p", "In Kempenland-West is basisondersteuning geen vrijblijvend begrip. De zes besturen hebben "
                   "afgesproken dat iedere schoollocatie, groot of klein, dezelfde minimale ondersteuning waarborgt. "
                   "Die gezamenlijke norm is hieronder in een tabel uitgewerkt; de tabel is onderdeel van dit plan."),
             ("table", [["Domein", "Wat iedere school biedt"],
                        ["Leren", "Drie niveaus van instructie in elke groep; remediërend programma rekenen en lezen; "
                                  "dyslexie- en dyscalculieprotocol"],
                        ["Gedrag en welbevinden", "Schoolbrede aanpak positief gedrag (PBS of vergelijkbaar); "
                                                   "kindgesprekken; een aandachtsfunctionaris"],
                        ["Expertise", "Intern begeleider (minimaal 1 dag per week per 100 leerlingen); toegang tot "
                                      "de orthopedagoog van het verband binnen twee weken"],
                        ["Structuur", "Leerlingvolgsysteem; groepsbespreking drie keer per jaar; OPP waar nodig"],
                        ["Fysiek/medisch", "Toegankelijk gebouw of aantoonbaar alternatief; protocol medicatie"]]),
             ("p", "De orthopedagogen van het verband bezoeken iedere school jaarlijks voor een "
                   "basisondersteuningsscan. De uitkomsten komen in het bestuurlijk overleg aan de orde.")]
    body += [("h1", "Thema 3 - Van extra steun tot speciaal"),
             ("p", "Het continuüm van ondersteuning loopt van de basis in de groep naar arrangementen op de eigen "
                   "school (uit het schoolbudget), naar bovenschoolse arrangementen (Taalklas, Kiem-groep voor "
                   "jonge risicoleerlingen, ambulante begeleiding gedrag) en naar het speciaal basisonderwijs (sbo "
                   "De Zandloper) en het speciaal onderwijs (cluster 3 en 4 in Veldhoven en Eindhoven). Iedere "
                   "school kan deze arrangementen aanvragen bij het Expertiseteam."),
             ("p", "Leerlingen zonder passende plek: het Expertiseteam houdt een actuele lijst bij van leerlingen "
                   "die niet of gedeeltelijk naar school gaan. Iedere leerling op die lijst krijgt binnen tien "
                   "werkdagen een casusregisseur. Elk kwartaal analyseert het verband de lijst op patronen; blijkt "
                   "een voorziening structureel te ontbreken, dan legt de directeur een voorstel voor aan het "
                   "bestuur. Zo ontstond in 2024 de Kiem-groep. Het schoolbestuur van aanmelding houdt zorgplicht "
                   "tot er een passende plek is.")]
    body += [("h1", "Thema 4 - Toelaatbaarheid"),
             ("p", "Onderstaande tabel beschrijft het volledige traject van aanvraag tot besluit."),
             ("table", [["Fase", "Wie", "Wat", "Termijn"],
                        ["Aanvraag", "Schoolbestuur (via IB'er)", "Digitale aanvraag met OPP en verslag MDO",
                         "-"],
                        ["Ontvankelijkheid", "Secretaris Commissie Toelaatbaarheid", "Toets op volledigheid",
                         "5 werkdagen"],
                        ["Deskundigenadvies", "Orthopedagoog/GZ-psycholoog + tweede deskundige",
                         "Twee afzonderlijke schriftelijke adviezen", "3 weken"],
                        ["Besluit", "Commissie Toelaatbaarheid namens het bestuur", "TLV met duur en categorie",
                         "6 weken na ontvangst"],
                        ["Bezwaar", "Belanghebbende", "Bezwaarschrift bij verband; advies LBT", "6 weken"]]),
             ("table", [["Criterium voor toelaatbaarheid sbo/so", "Toelichting"],
                        ["Handelingsverlegenheid", "De school heeft minimaal twee cycli HGW met OPP uitgevoerd en "
                                                   "geëvalueerd"],
                        ["Ondersteuningsbehoefte", "Intensiteit op minstens twee domeinen boven wat een "
                                                   "bovenschools arrangement kan bieden"],
                        ["Perspectief", "Sbo/so kan aantoonbaar beter aan de onderwijsbehoeften tegemoetkomen"],
                        ["Uitzondering", "Bij een ernstige meervoudige beperking volstaat het "
                                         "deskundigenadvies zonder voorafgaande cycli"]]),
             ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so geldt twee schooljaren "
                   "en vermeldt de categorie laag, midden of hoog."),
             ("p", "Terugplaatsing: afspraken met sbo De Zandloper en de so-scholen volgen in een addendum bij dit "
                   "plan.")]
    body += [("h1", "Thema 5 - Middelen"),
             ("p", "Het verdeelmodel van Kempenland-West werkt als volgt. Eerst worden de wettelijke afdrachten "
                   "voor sbo en so gereserveerd. Van het resterende budget gaat 70% rechtstreeks naar de besturen, "
                   "naar rato van het aantal leerlingen op 1 oktober (circa € 172 per leerling). De overige 30% "
                   "blijft bovenschools voor arrangementen; die worden toegekend door het Expertiseteam op basis "
                   "van een aanvraag en de criteria intensiteit, duur en perspectief."),
             ("p", "De meerjarenbegroting 2026-2030 is p.m. opgenomen en wordt na vaststelling door de algemene "
                   "vergadering in juni 2026 toegevoegd.")]
    body += [("h1", "Thema 6 - Resultaten en kwaliteit"),
             ("p", "Beoogde resultaten 2026-2030:"),
             ("bullets", ["minder dan 1% van de leerlingen verzuimt langer dan vier weken zonder aanbod;",
                          "90% van de leerlingen met een arrangement bereikt de OPP-doelen;",
                          "de deelname aan sbo blijft onder 2,0%."]),
             ("p", "Meting en verantwoording: het Expertiseteam registreert elke aanvraag en elk arrangement in "
                   "het registratiesysteem; twee keer per jaar worden OPP-evaluaties geaggregeerd. In de "
                   "halfjaarrapportage aan het bestuur staan de indicatoren per school; het jaarverslag bevat de "
                   "bereikte resultaten en de kosten van arrangementen per resultaatgebied.")]
    body += [("h1", "Thema 7 - Communicatie"),
             ("p", "Het verband communiceert met scholen via een maandelijkse nieuwsbrief en via de "
                   "directeurenoverleggen. Met gemeenten is er een gezamenlijk communicatieplan voor de "
                   "jeugdhulp. De huisstijl van het verband is in 2025 vernieuwd."),
             ("p", "Het ouder- en jeugdsteunpunt wordt in de loop van 2027 ingericht; nadere informatie volgt.")]
    body += [("h1", "Thema 8 - Partners")] + oogo(gem)
    body += [("h1", "Thema 9 - Organisatie")] + governance(short, "raad-van-toezichtmodel") + \
        opr(short, parents=False, date="10 maart 2026") + personeel(short) + ict_privacy(short, "Kempenportaal")
    body += [("h1", "Thema 10 - Beleidscyclus en regio")] + beleidscyclus(short) + nieuwkomers_huisvesting(short)
    body += [("h1", "Thema 11 - Planning")] + planning_table()
    body += [("h1", "Thema 12 - Tot slot")] + slotwoord(short)
    body += [("h1", "Begrippenlijst"),
             ("table", [["Begrip", "Uitleg"],
                        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders"],
                        ["Terugplaatsing", "Overstap van sbo/so naar het basisonderwijs"],
                        ["Schoolgids", "Informatie van de school voor ouders"],
                        ["Meerjarenbegroting", "Begroting voor vier jaar"]])]
    blocks = [("title", "Ondersteuningsplan 2026-2030"), ("sub", n + " (PO 30-97)"),
              ("pagebreak", None)] + toc(h1s(body)) + body
    return blocks, n


# ---------------------------------------------------------------------------
# Plan 4: VO, numbered chapters, .pdf
# ---------------------------------------------------------------------------

def plan4():
    n = "Samenwerkingsverband VO Noordoost-Veluwezoom"
    short = "SWV Veluwezoom"
    gem = ["Apeldoorn-Oost", "Brummen", "Rheden", "Voorst"]
    body = []
    body += [("h1", "1 Inleiding")] + voorwoord(short, "vo")
    body += [("h1", "2 Context, missie en visie")] + context(short, "vo", 9, 23, 13420, gem) + missie_visie(short, "vo")
    body += [("h2", "2.4 Terugblik")] + terugblik(short, 2019) + [("h2", "2.5 Werksessies")] + werksessies()
    body += [("h1", "3 Ondersteuning op school"),
             ("p", "Het niveau van de "
                   "basisondersteuning leggen we als verband opnieuw vast zodra de landelijke norm is verankerd; "
                   "de afspraken daarover worden opgenomen in een volgende versie van dit plan."),
             ("p", "Hoe een school de ondersteuning in de eigen organisatie inricht, bepalen de scholen zelf.")]
    body += [("h1", "4 Een dekkend netwerk"),
             ("h2", "4.1 Van school naar vso"),
             ("p", "Het netwerk van ondersteuning in de regio bestaat uit: ondersteuning binnen de school zoals de "
                   "school die zelf inricht; extra ondersteuning via schoolarrangementen (bijvoorbeeld een "
                   "tussenvoorziening, begeleiding door een ambulant begeleider, een aangepast rooster); de "
                   "bovenschoolse voorzieningen van het verband (het OPDC Zuiderpoort voor maximaal twee "
                   "schooljaren, de Time-Out Voorziening voor acht weken, de NT2-schakelklas) en het vso en "
                   "praktijkonderwijs in de regio. Voor hoogbegaafde leerlingen is er een plusprogramma op twee "
                   "scholen. Leerlingen stromen tussen deze lagen door op basis van hun OPP."),
             ("h2", "4.2 Thuiszitters en leerlingen zonder plek"),
             ("p", "Iedere leerling die langer dan drie weken niet naar school gaat, wordt door de school gemeld "
                   "bij het Meldpunt Verzuim van het verband. De trajectbegeleider van het verband roept binnen vijf "
                   "werkdagen een overleg bijeen met school, ouders, leerplicht en jeugdteam. Lukt het niet binnen "
                   "acht weken een oplossing te vinden, dan neemt de directeur-bestuurder de regie en besluit hij "
                   "over een maatwerktraject. Signalen over ontbrekende voorzieningen komen jaarlijks in het bestuur "
                   "aan de orde en leiden waar nodig tot nieuw aanbod.")]
    body += [("h1", "5 Toewijzing van vso, lwoo en pro"),
             ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) zijn ondersteuningsbehoefte structureel de "
                   "mogelijkheden van het regulier vo inclusief de bovenschoolse voorzieningen overstijgt, (2) de "
                   "school aantoonbaar ten minste één jaar extra ondersteuning heeft geboden volgens een OPP, en "
                   "(3) het vso een reëel perspectief biedt op een diploma, vervolgonderwijs of arbeid. Voor lwoo "
                   "en pro gelden de landelijke criteria: voor pro een IQ tussen 55 en 80 en een leerachterstand "
                   "van ten minste drie jaar op twee domeinen; voor lwoo een IQ tussen 75 en 90 met een "
                   "achterstand van anderhalf tot drie jaar, of een IQ tussen 91 en 120 met sociaal-emotionele "
                   "problematiek."),
             ("p", "Hoe een aanvraag verloopt, welke termijnen gelden en wie besluit, staat beschreven op "
                   "www.swvveluwezoom.nl/aanvragen.")]
    body += [("h1", "6 Terug naar het regulier vo"),
             ("p", "Het verband wil dat leerlingen niet langer in het vso blijven dan nodig. Daarom is het "
                   "uitgangspunt dat bij iedere TLV wordt bekeken of een overstap naar regulier vo mogelijk is. "
                   "Terugplaatsing gebeurt alleen als de ontvangende school de ondersteuning kan bieden en de "
                   "leerling en ouders het perspectief delen. Na de overstap krijgt de leerling gedurende één "
                   "schooljaar begeleiding van een ambulant begeleider uit het vso, bekostigd door het verband."),
             ("numbers", [
                 "Uiterlijk vier maanden voor het einde van de TLV organiseert de vso-school een "
                 "perspectiefgesprek met leerling, ouders en de consulent van het verband.",
                 "De vso-school stelt een overstapadvies op en zoekt met ouders een vo-school.",
                 "De ontvangende vo-school neemt binnen drie weken een besluit over inschrijving.",
                 "De Toewijzingscommissie besluit of verlenging van de TLV nodig is; zo niet, dan eindigt de TLV.",
                 "Na zes en twaalf weken evalueren vo-school, ouders en ambulant begeleider de overstap."])]
    body += [("h1", "7 Financiën"),
             ("p", "De verdeling van de middelen over de besturen wordt in de loop van 2026 opnieuw vastgesteld; "
                   "het nieuwe verdeelmodel wordt nog met de besturen uitgewerkt."),
             ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Baten rijk (lichte, zware ondersteuning, lwoo, pro)", "21.340", "21.100", "20.870",
                         "20.650"],
                        ["Afdrachten vso", "5.980", "5.920", "5.870", "5.810"],
                        ["Lwoo en pro", "9.650", "9.560", "9.480", "9.390"],
                        ["Arrangementen en voorzieningen", "3.710", "3.660", "3.620", "3.580"],
                        ["OPDC Zuiderpoort en Time-Out", "1.120", "1.130", "1.140", "1.150"],
                        ["Ouder- en jeugdsteunpunt", "85", "85", "90", "90"],
                        ["Bureau en personeel", "760", "770", "780", "790"],
                        ["Resultaat", "35", "-25", "-110", "-160"]]),
             ("p", "De negatieve resultaten vanaf 2027 zijn bewust begroot om de reserve af te bouwen.")]
    body += [("h1", "8 Ouders en leerlingen"),
             ("p", "Ouders en leerlingen die vragen hebben of het oneens zijn met een school of met het verband, "
                   "kunnen terecht bij het Ouder- en Jeugdsteunpunt Veluwezoom. Het steunpunt is onafhankelijk "
                   "van de scholen, is bereikbaar via telefoon en e-mail en helpt bij gesprekken met school. Ook "
                   "kunnen zij kosteloos een onderwijsconsulent inschakelen. Geschillen over toelating en "
                   "verwijdering kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
             ("p", "Een communicatieplan, waarin staat hoe ouders over het ondersteuningsaanbod worden "
                   "geïnformeerd, stellen we op in het eerste planjaar."),
             ("p", "Ouders en leerlingen zijn vertegenwoordigd in de OPR en hebben hoorrecht bij het OPP.")]
    body += [("h1", "9 Samenwerking met gemeenten")] + oogo(gem)
    body += [("h1", "10 Bestuur en organisatie")] + governance(short, "raad-van-toezichtmodel") + opr(short)
    body += [("h1", "11 Personeel en ICT")] + personeel(short) + ict_privacy(short, "Veluwe-Dossier")
    body += [("h1", "12 Kwaliteit"),
             ("p", "Beoogde en bereikte resultaten van de ondersteuning, en de manier waarop we die volgen, "
                   "beschrijven we in het jaarplan 2027; de OPR ontvangt dat jaarplan ter informatie."),
             ("p", "De resultaten van het OOGO en van de gesprekken met de OPR zijn verwerkt in dit plan.")]
    body += [("h1", "13 Beleidscyclus, nieuwkomers en huisvesting")] + beleidscyclus(short) + nieuwkomers_huisvesting(short)
    body += [("h1", "14 Vaststelling")] + planning_table()
    body += [("h1", "15 Slotwoord")] + slotwoord(short)
    body += [("h1", "Bijlage A Begrippen"),
             ("table", [["Begrip", "Omschrijving"],
                        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden, "
                                               "zoals preventieve en licht curatieve interventies"],
                        ["Kwaliteitszorg", "Het systematisch volgen en verbeteren van resultaten"],
                        ["Verdeelmodel", "Afspraken over de verdeling van middelen over besturen"],
                        ["Schoolgids", "Jaarlijkse informatie van de school aan ouders"]])]
    blocks = [("title", "Ondersteuningsplan 2026-2030"), ("sub", n + " (VO 25-98)"),
              ("pagebreak", None)] + toc(h1s(body)) + body
    return blocks, n


# ---------------------------------------------------------------------------
# Plan 5: PO, web (HTML) version, short web chapters
# ---------------------------------------------------------------------------

def plan5():
    n = "SWV Primair Passend Waterland-Zaan"
    short = "Waterland-Zaan"
    gem = ["Purmerend", "Edam-Volendam", "Landsmeer", "Oostzaan"]
    body = []
    body += [("h1", "Welkom")] + voorwoord(short, "po")
    body += [("h1", "Over het samenwerkingsverband")] + context(short, "po", 8, 52, 12760, gem) + \
        missie_visie(short, "po") + governance(short, "raad-van-toezichtmodel")
    body += [("h1", "Terugblik")] + terugblik(short, 2023)
    body += [("h1", "Basisondersteuning: wat elke school biedt"),
             ("p", "De acht besturen hebben afgesproken welke ondersteuning iedere vestiging in Waterland-Zaan ten "
                   "minste biedt. Dit is de minimale basis; geen school mag daaronder zakken. De afspraken gelden "
                   "voor alle 52 scholen."),
             ("bullets", ["Elke school werkt met een ondersteuningsteam (IB'er, directeur, ouders, zo nodig "
                          "jeugdverpleegkundige) dat minstens vier keer per jaar bijeenkomt.",
                          "Elke school heeft een aanpak voor lees- en rekenproblemen, met extra instructie in "
                          "kleine groepjes van maximaal zes leerlingen, drie keer per week.",
                          "Elke school heeft een gecertificeerde gedragsspecialist of een contract met de "
                          "gedragsspecialist van een andere school.",
                          "Elke school biedt een sociale-vaardigheidstraining voor groep 5 tot en met 8.",
                          "Elke school kan binnen vier weken een consultatie krijgen van de orthopedagoog van het "
                          "verband."])]
    body += [("h1", "Toelaatbaarheid"),
             ("p", "Soms heeft een kind een plek nodig in het speciaal basisonderwijs of het speciaal onderwijs. "
                   "Het verband geeft daarvoor een toelaatbaarheidsverklaring af. Hoe dat gaat, leest u in het "
                   "Handboek Toewijzing op onze website.")]
    body += [("h1", "Weer terug naar de basisschool"),
             ("p", "Ons uitgangspunt: een plek in het sbo of so is voor veel kinderen tijdelijk. We streven ernaar "
                   "dat jaarlijks ten minste 8% van de sbo-leerlingen terugkeert naar een basisschool. Een kind "
                   "gaat terug als de basisschool met een arrangement kan bieden wat het kind nodig heeft, het kind "
                   "zelf klaar is voor de overstap en de ouders erachter staan. De basisschool die het kind "
                   "ontvangt, krijgt één jaar lang begeleiding van een leraar van de sbo-school (een dagdeel per "
                   "week) en een budget voor extra handen in de klas."),
             ("p", "Hoe een terugplaatsing stap voor stap verloopt, wie het initiatief neemt en wie besluit, werken "
                   "we in het schooljaar 2026-2027 samen met de sbo- en so-scholen uit.")]
    body += [("h1", "Wat willen we bereiken en hoe volgen we dat?"),
             ("table", [["Doel voor leerlingen met een ondersteuningsbehoefte", "Nulmeting 2025", "Streefwaarde 2030"],
                        ["Leerlingen met OPP die hun OPP-doelen halen", "71%", "85%"],
                        ["Wachttijd voor een bovenschools arrangement", "9 weken", "max. 4 weken"],
                        ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"],
                        ["Leerlingen in sbo/so", "3,1%", "2,6%"]]),
             ("p", "Hoe we meten: scholen leveren in januari en juni de OPP-evaluaties aan in het digitale "
                   "dossier. Het bureau maakt twee keer per jaar een rapportage per bestuur. Het bestuur bespreekt "
                   "de cijfers in de kwaliteitsdialoog; de bereikte resultaten staan in het jaarverslag en worden "
                   "met de OPR besproken. Ouders vullen elke twee jaar een tevredenheidsvragenlijst in.")]
    body += [("h1", "Ouders"),
             ("p", "Op deze website vindt u per school het ondersteuningsprofiel en een korte uitleg over wat de "
                   "school biedt. In de schoolgids van iedere school staat een hoofdstuk over ondersteuning. Nieuwe "
                   "ouders krijgen bij inschrijving de folder 'Passend onderwijs in Waterland-Zaan'. Het verband "
                   "houdt elk voorjaar een ouderavond in Purmerend en Volendam."),
             ("p", "Heeft u een vraag of loopt u vast? Het Ouder- en Jeugdsteunpunt Waterland-Zaan is onafhankelijk "
                   "en helpt u kosteloos, ook bij een meningsverschil met school. U kunt ook een "
                   "onderwijsconsulent vragen mee te denken, of een klacht indienen bij de landelijke "
                   "klachtencommissie waarbij het verband is aangesloten."),
             ("p", "Ouders zijn vertegenwoordigd in de OPR en denken mee over het beleid. Bij het opstellen van "
                   "een OPP heeft u als ouder instemmingsrecht op het handelingsdeel.")]
    body += [("h1", "Geld"),
             ("p", "Met de middelen die we hebben willen we zoveel mogelijk bereiken voor kinderen. De begroting "
                   "en de verdeling van middelen worden ieder jaar in een apart document vastgesteld en zijn niet "
                   "in dit plan opgenomen.")]
    body += [("h1", "Medezeggenschap")] + opr(short, date="9 april 2026")
    body += [("h1", "Ons team")] + personeel(short) + ict_privacy(short, "OnderwijsLoket")
    body += [("h1", "Jaarplan en ontwikkelagenda")] + beleidscyclus(short)
    body += [("h1", "Hoe dit plan tot stand kwam")] + werksessies()
    body += [("h1", "Veelgestelde vragen")] + faq_ouders()
    body += [("h1", "Achtergrond")] + web_extra()
    body += [("h1", "Tot slot")] + slotwoord(short)
    body += [("h1", "Vaststelling"),
             ("p", "Dit plan is vastgesteld door het bestuur op 14 april 2026 na instemming van de OPR en is vóór "
                   "1 mei 2026 aan de Inspectie gezonden.")]
    body += [("h1", "Woordenlijst"),
             ("table", [["Woord", "Betekenis"],
                        ["Dekkend aanbod", "Alle voorzieningen samen, zodat er voor elk kind een plek is"],
                        ["Thuiszitter", "Kind dat niet naar school gaat"],
                        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so; criteria staan in het Handboek"],
                        ["Verdeelmodel", "Regels voor de verdeling van geld"],
                        ["Arrangement", "Extra ondersteuning op maat"]])]
    blocks = [("title", "Ondersteuningsplan 2026-2030"), ("sub", n + " (PO 27-95) - webversie"),
              ("h1", "Op deze pagina")] + [("p", h) for h in h1s(body)] + body
    return blocks, n


# ---------------------------------------------------------------------------
# Near miss: school-level ondersteuningsplan of one basisschool
# ---------------------------------------------------------------------------

def notplan():
    s = "OBS De Vlinderhof"
    body = [
        ("title", "Ondersteuningsplan 2026-2027"),
        ("sub", f"{s}, Bemmel - onderdeel van de schoolgids"),
        ("h1", "1. Inleiding"),
        ("p", f"Dit ondersteuningsplan beschrijft hoe {s} de ondersteuning aan leerlingen organiseert. De school "
              "is aangesloten bij het samenwerkingsverband passend onderwijs in de regio. Het plan is besproken "
              "met de medezeggenschapsraad en het team en geldt voor één schooljaar."),
        ("h1", "2. Zorgniveaus op onze school"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep aan alle leerlingen. "
              "Niveau 2: extra zorg door de leraar in de groep, zoals verlengde instructie. Niveau 3: speciale "
              "zorg na een groepsbespreking met de intern begeleider. Niveau 4: zorg na overleg met externe "
              "deskundigen in het ondersteuningsteam. Niveau 5: verwijzing naar het speciaal (basis)onderwijs via "
              "een toelaatbaarheidsverklaring van het samenwerkingsverband."),
        ("h1", "3. Basisondersteuning op De Vlinderhof"),
        ("p", "Onze basisondersteuning bestaat uit een dyslexieprotocol, een plusgroep voor meerbegaafde "
              "leerlingen, de Kanjertraining en een intern begeleider die drie dagen per week aanwezig is. De "
              "school heeft een schoolondersteuningsprofiel dat op de website staat."),
        ("h1", "4. Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar bespreekt de leraar met de intern begeleider de resultaten van de groep aan de "
              "hand van de toetsen uit het leerlingvolgsysteem. Leerlingen die opvallen worden besproken in een "
              "leerlingbespreking. Ouders worden altijd uitgenodigd als hun kind besproken wordt in het "
              "ondersteuningsteam."),
        ("h1", "5. Arrangementen en verwijzing"),
        ("p", "Als de school handelingsverlegen is, vraagt de intern begeleider een arrangement aan bij het "
              "samenwerkingsverband. Bij een verwijzing naar het sbo of so vraagt het schoolbestuur een TLV aan; "
              "het samenwerkingsverband beslist. Na plaatsing houden we contact met de nieuwe school; als een "
              "leerling terugkomt, stellen we een overstapplan op."),
        ("h1", "6. Ouders"),
        ("p", "Ouders zijn onze partners. Zij worden geïnformeerd via de schoolgids, de nieuwsbrief en "
              "oudergesprekken. Bij problemen kunnen ouders terecht bij de vertrouwenspersoon van de school of "
              "het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "7. Middelen"),
        ("p", "De school ontvangt van het bestuur een budget uit de middelen van het samenwerkingsverband. Dit "
              "budget besteden we aan de intern begeleider (0,6 fte), een onderwijsassistent (0,4 fte) en "
              "materialen voor de plusgroep. De resultaten bespreken we jaarlijks met het team."),
        ("h1", "8. Evaluatie"),
        ("p", "Aan het einde van het schooljaar evalueren we dit plan met het team en de MR."),
    ]
    # pad to realistic length with routine school text
    extra = []
    for i, (grp, topic) in enumerate([("1-2", "spelend leren en observatie met het kleutervolgsysteem"),
                                       ("3-4", "aanvankelijk lezen en automatiseren van rekenfeiten"),
                                       ("5-6", "begrijpend lezen en plannen van taken"),
                                       ("7-8", "zelfstandig werken, studievaardigheden en de overstap naar het vo")]):
        extra.append(("h2", f"Bijlage {i + 1}: ondersteuning in groep {grp}"))
        extra.append(("p", f"In groep {grp} ligt de nadruk op {topic}. De leraar signaleert, stemt de instructie "
                           f"af op drie niveaus en bespreekt opvallende leerlingen met de intern begeleider. "
                           f"Ouders worden na elke toetsperiode geïnformeerd over de ontwikkeling van hun kind."))
    return body + extra


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CRIT = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, elem, advisory):
    vals = [crit[c] for c in CRIT if c.startswith(elem + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(elem):
        return "partial"
    return "missing"


def write_label(path, documents, sector, false_crit, advisory, notes):
    crit = {c: c not in false_crit for c in CRIT}
    elems = {e: status(crit, e, advisory) for e in ELEMS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elems[e]}" for e in ELEMS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CRIT]
    lines.append("advisory_addressed:")
    for e in ELEMS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMS:
        if e in notes:
            lines.append(f"  {e}: \"{notes[e]}\"")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


LABELS = {
    "po-lingebetuwe-2026": dict(
        documents=["po-lingebetuwe-2026.docx"], sector="po",
        false={"plaatsing.criteria", "dekkend-aanbod.lacunes", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4: agreed ondergrens for every school + list of provisions; borging via kwaliteitskaart",
               "plaatsing": "6.1 full procedure (loket, two deskundigen, commissie, 6 weken, LBT); 6.2 criteria deferred to spring 2027",
               "terugstroom": "hidden in 6.3 inside the TLV chapter: policy (aims, conditions, arrangement) and steps with dates",
               "financien": "ch. 10 'Geld en middelen': verdeelmodel EUR 148/leerling + arrangement prices; meerjarenbegroting table",
               "dekkend-aanbod": "ch. 5 continuum present; thuiszitters only passing + approach deferred to 2026-2027 (lacunes not addressed)",
               "resultaten": "ch. 8 measurable intended results; monitoring deferred to a kwaliteitskader still to be written",
               "ouders": "inside ch. 9 'Communicatie': website, schoolgids, avonden, brochure; OJSP, onderwijsconsulent, klachtencommissie"}),
    "vo-duinenbollen-2026": dict(
        documents=["vo-duinenbollen-2026.docx"], sector="vo",
        false={"basisondersteuning.inhoud", "terugstroom.beleid", "resultaten.doelen", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat biedt elke school minimaal?' states the ondergrens but content is left to each schoolgids / card to be added later",
               "plaatsing": "question chapter on vso (procedure + criteria a-c) and lwoo/pro (national criteria, steps, deadlines)",
               "terugstroom": "procedure (yearly evaluation, before 1 March, commissie, warm overdracht) present; policy 'beleidsnotitie volgt'",
               "financien": "'Waar gaat het geld naartoe?': vaste voet + per-leerling model and 4-year budget table",
               "dekkend-aanbod": "four layers incl. OPDC/Rebound/vso; signaleringslijst, casusoverleg with doorzettingsmacht, zorgplicht",
               "resultaten": "'Hoe weten we of het werkt?': dashboard, dialogue, yearly report (monitoring); goals deferred to doelenkaart autumn 2026",
               "ouders": "informatie via schoolgids, website, folder, avond; steunpunt only a reference to the website"}),
    "po-kempenwest-2026": dict(
        documents=["po-kempenwest-2026.pdf"], sector="po",
        false={"terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
               "ouders.informatie", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Thema 2: joint norm for every schoollocatie; content only in a table",
               "plaatsing": "Thema 4: procedure and criteria only in two tables",
               "terugstroom": "only 'afspraken volgen in een addendum' and glossary entry: nothing addressed",
               "financien": "Thema 5 verdeelmodel (70/30, EUR 172 per leerling, criteria) present; meerjarenbegroting p.m.",
               "dekkend-aanbod": "Thema 3: continuum plus list of pupils without place, casusregisseur, zorgplicht",
               "resultaten": "Thema 6: three measurable goals and measurement/reporting cycle",
               "ouders": "'Communicatie' covers schools/gemeenten only; OJSP deferred to 2027; OPR text names no parents; only glossary"}),
    "vo-veluwezoom-2026": dict(
        documents=["vo-veluwezoom-2026.pdf"], sector="vo",
        false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"},
        advisory={"terugstroom": [], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 3 defers the level to the landelijke norm and leaves content to schoolgids; definition only in glossary",
               "plaatsing": "ch. 5 criteria for vso, lwoo and pro; procedure only referred to a web page (ch. 6 names the commissie only for TLV extension)",
               "terugstroom": "ch. 6: policy (aim, conditions, one year ambulante begeleiding) and five numbered steps",
               "financien": "ch. 7 multi-year budget table present; verdeelmodel 'wordt nog uitgewerkt'",
               "dekkend-aanbod": "ch. 4: network of layers and thuiszitters approach with meldpunt, termijnen, regie",
               "resultaten": "ch. 12 'Kwaliteit' defers intended/achieved results to jaarplan 2027; only passing uses of 'resultaten'",
               "ouders": "ch. 8: OJSP, onderwijsconsulent, geschillencommissie; informing parents deferred to a communicatieplan"}),
    "po-waterlandzaan-2026": dict(
        documents=["po-waterlandzaan-2026.html"], sector="po",
        false={"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
               "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"},
        advisory={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "web chapter: agreed minimum for every vestiging plus five concrete provisions",
               "plaatsing": "'Toelaatbaarheid' only refers to a Handboek Toewijzing on the website",
               "terugstroom": "policy (8% target, conditions, one year support) present; steps deferred to 2026-2027",
               "financien": "'Geld' says budget and verdeling are in a separate document not included",
               "dekkend-aanbod": "no continuum or lacunes text; dekkend aanbod/thuiszitter only in woordenlijst",
               "resultaten": "table of goals with nulmeting/streefwaarde and a measuring/reporting cycle",
               "ouders": "'Ouders': website, schoolgids, folder, ouderavond; OJSP, onderwijsconsulent, klachtencommissie"}),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    b1, n1 = plan1()
    write_docx(b1, OUT / "po-lingebetuwe-2026.docx", header_text=f"{n1} | Ondersteuningsplan 2026-2030",
               footer_text="Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Middelen - Ouders")
    b2, n2 = plan2()
    write_docx(b2, OUT / "vo-duinenbollen-2026.docx", header_text=f"{n2} - OP 2026-2030")
    b3, n3 = plan3()
    docx_to_pdf(b3, OUT / "po-kempenwest-2026.pdf", header_text=f"{n3} | Ondersteuningsplan",
                footer_text="Ouders - Terugplaatsing - Resultaten")
    b4, n4 = plan4()
    docx_to_pdf(b4, OUT / "vo-veluwezoom-2026.pdf", header_text=f"{n4} | OP 2026-2030")
    b5, n5 = plan5()
    write_html(b5, OUT / "po-waterlandzaan-2026.html", f"Ondersteuningsplan 2026-2030 | {n5}")
    write_docx(notplan(), OUT / "obs-vlinderhof-ondersteuningsplan-2026.docx",
               header_text="OBS De Vlinderhof - Ondersteuningsplan van de school")

    for stem, lab in LABELS.items():
        write_label(OUT / f"{stem}.expected.yaml", lab["documents"], lab["sector"], lab["false"],
                    lab["advisory"], lab["notes"])
    (OUT / "obs-vlinderhof-ondersteuningsplan-2026.expected.yaml").write_text(
        "documents: [obs-vlinderhof-ondersteuningsplan-2026.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "advisory_addressed: {}\n"
        "notes:\n"
        "  document: \"school-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
        "one school year, MR not OPR); it refers to the samenwerkingsverband but is not its plan\"\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
