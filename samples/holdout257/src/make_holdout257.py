#!/usr/bin/env python3
"""Generate the holdout257 labelled test set for opcheck.

Writes five fictional ondersteuningsplannen (VO-heavy, one PO) and one near-miss
document, plus <name>.expected.yaml label files, into the folder above src/.
Deterministic, no network. PDFs are rendered from .docx with LibreOffice.
"""
import html
import os
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# Block model: list of (kind, payload)
#   title, subtitle, h1, h2, h3, p, bullets, numbered, table, toc, pagebreak
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Kwaliteitszorg"
    doc.core_properties.title = header_text or ""
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "subtitle":
            para = doc.add_paragraph()
            run = para.add_run(payload)
            run.italic = True
            run.font.size = Pt(13)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(payload, level={"h1": 1, "h2": 2, "h3": 3}[kind])
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in payload:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = payload
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in table.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for line in payload:
                doc.add_paragraph(line)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, header_text, footer_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(header_text), "</head>", "<body>",
           '<header class="site-header"><p>%s</p></header>' % html.escape(header_text), "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(payload))
        elif kind == "subtitle":
            out.append('<p class="lead"><em>%s</em></p>' % html.escape(payload))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(payload))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(payload))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % html.escape(payload))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(payload))
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append("<%s>" % tag)
            out.extend("<li>%s</li>" % html.escape(i) for i in payload)
            out.append("</%s>" % tag)
        elif kind == "table":
            out.append("<table border=\"1\">")
            for i, row in enumerate(payload):
                cell = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (cell, html.escape(str(c)), cell) for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out.extend("<li>%s</li>" % html.escape(i) for i in payload)
            out.append("</ul></nav>")
        elif kind == "pagebreak":
            out.append("<hr>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append('<footer class="site-footer"><p>%s</p></footer>' % html.escape(footer_text))
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path):
    """Render docx to pdf next to it with LibreOffice, using a private profile dir."""
    tmp = tempfile.mkdtemp(prefix="holdout257_lo_")
    try:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = outdir / (Path(docx_path).stem + ".pdf")
        shutil.copyfile(produced, Path(docx_path).with_suffix(".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, label):
    """Write the label in the layout of the contract example (flow lists/maps where it uses them)."""
    lines = ["documents: [%s]" % ", ".join(label["documents"]),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false"),
             "elements: {%s}" % ", ".join("%s: %s" % kv for kv in label["elements"].items())]
    if label["criteria"]:
        lines.append("criteria:")
        lines += ["  %s: %s" % (k, "true" if v else "false") for k, v in label["criteria"].items()]
    else:
        lines.append("criteria: {}")
    if label.get("advisory_addressed"):
        lines.append("advisory_addressed:")
        lines += ["  %s: [%s]" % (k, ", ".join(v)) for k, v in label["advisory_addressed"].items()]
    lines.append("notes:")
    lines += ["  %s: %s" % (k, _q(v)) for k, v in label["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == {k: v for k, v in label.items() if k != "advisory_addressed" or v}
    (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")


CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}


def make_label(documents, sector, crit, advisory, notes, advisory_only=()):
    """crit: dict 'element.criterion' -> bool. Status derived by the Part A rule.
    advisory_only: elements where only an advisory criterion is addressed (-> partial)."""
    elements = {}
    criteria = {}
    for el, cs in CORE.items():
        vals = [crit["%s.%s" % (el, c)] for c in cs]
        for c, v in zip(cs, vals):
            criteria["%s.%s" % (el, c)] = v
        if all(vals):
            elements[el] = "present"
        elif any(vals) or advisory.get(el) or el in advisory_only:
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }

# ---------------------------------------------------------------------------
# Filler sections real plans have. They use the element vocabulary in passing
# only; they are written so that they do not address any core criterion.
# ---------------------------------------------------------------------------


def filler_voorwoord(p):
    gem = ", ".join(p["gemeenten"][:-1]) + " en " + p["gemeenten"][-1]
    return [
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Het is het derde plan sinds de invoering van "
              "passend onderwijs in 2014 en het eerste dat is geschreven na de herziening van onze statuten en de "
              "overgang naar een model met een directeur-bestuurder en een raad van toezicht. Het plan beschrijft "
              "hoe de %d aangesloten schoolbesturen, met samen %d scholen op %d vestigingen in de gemeenten %s, de "
              "komende vier schooljaren samenwerken aan passend onderwijs voor ruim %s leerlingen."
              % (p["periode"], p["naam"], p["n_besturen"], p["n_scholen"], p["n_vest"], gem, p["n_lln"])),
        ("p", "Een ondersteuningsplan schrijf je niet achter een bureau. In het afgelopen jaar hebben wij "
              "gesprekken gevoerd met schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, "
              "de ondersteuningsplanraad, leerplichtambtenaren, jeugdprofessionals en beleidsmedewerkers van de "
              "gemeenten. Die gesprekken gingen over wat goed gaat, maar vooral over wat beter moet. Het woord dat "
              "het vaakst viel was 'eigenaarschap': iedereen wil dat de juiste ondersteuning op het juiste moment "
              "beschikbaar is, maar niet iedereen weet altijd wie aan zet is."),
        ("p", "Dit plan is daarom nadrukkelijk een werkdocument. Het legt vast wat we samen hebben afgesproken, "
              "en waar afspraken nog niet rond zijn, zeggen we dat eerlijk. De resultaten van onze inspanningen "
              "zullen niet alleen in cijfers zichtbaar worden, maar vooral in de verhalen van leerlingen die hun "
              "weg vinden. Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de "
              "ondersteuningsplanraad en de schrijfgroep."),
        ("p", "%s, %s" % (p["bestuurder"], "directeur-bestuurder")),
    ]


def filler_leeswijzer(p, extra=""):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan volgt grotendeels de opbouw van het vorige ondersteuningsplan. Hoofdstuk 1 schetst de "
              "context en de kengetallen van het samenwerkingsverband. Daarna volgen onze missie en visie, de "
              "inhoudelijke hoofdstukken en tot slot de hoofdstukken over organisatie, medezeggenschap, "
              "personeel en planning. Waar in de tekst 'scholen' staat, bedoelen we ook de afzonderlijke "
              "vestigingen van de scholen. Een begrippenlijst en een lijst met afkortingen zijn achterin "
              "opgenomen. " + extra),
        ("p", "Het plan is geschreven door de afdeling kwaliteit en beleid van het bureau van het "
              "samenwerkingsverband, in opdracht van de directeur-bestuurder. De teksten zijn in drie "
              "conceptrondes voorgelegd aan het directeurenoverleg, het bestuur en de ondersteuningsplanraad. "
              "Opmerkingen uit die rondes zijn verwerkt; een overzicht daarvan is bij het bureau op te vragen."),
    ]


def filler_context(p, rows):
    return [
        ("h1", "1. Context en kengetallen"),
        ("p", "%s (%s) is een regionaal samenwerkingsverband voor %s. Het werkgebied omvat %d gemeenten: %s. "
              "De regio kent een sterk verstedelijkte kern en een uitgestrekt landelijk gebied, met grote "
              "verschillen in reisafstanden, in de samenstelling van de bevolking en in de beschikbaarheid van "
              "jeugdhulp. De aangesloten besturen variëren van een eenpitter met één vestiging tot een "
              "scholengroep met elf vestigingen verspreid over vier gemeenten."
              % (p["naam"], p["code"], p["sector_tekst"], len(p["gemeenten"]), ", ".join(p["gemeenten"]))),
        ("p", "De leerlingaantallen in de regio dalen. De prognoses van de gemeenten laten tot 2030 een krimp "
              "zien van ongeveer zes procent, met forse verschillen tussen de kernen. Voor sommige vestigingen "
              "betekent dat de komende jaren een teruglopend leerlingaantal en daarmee minder formatie. Tegelijk "
              "zien we dat de ondersteuningsvragen complexer worden: meer leerlingen met angst- en "
              "stemmingsklachten, meer nieuwkomers en meer leerlingen die hun weg in het onderwijs moeilijk vinden."),
        ("p", "De onderstaande tabel geeft de belangrijkste kengetallen per 1 oktober 2025 (bron: DUO, "
              "teldatum). De cijfers zijn ter beschrijving van de context opgenomen."),
        ("table", rows),
    ] + ([("p", "Het deelnamepercentage speciaal onderwijs ligt in onze regio iets boven het landelijk "
                "gemiddelde. Dat verklaren wij deels uit de aanwezigheid van een grote instelling voor gesloten "
                "jeugdzorg in het werkgebied, waarvan de leerlingen bij het speciaal onderwijs staan ingeschreven.")]
         if p.get("dp_zin", True) else [])


def filler_visie(p, v=0):
    kern = [
        ("Iedere jongere hoort erbij", "Wij geloven dat iedere leerling recht heeft op onderwijs dat past bij "
         "wie hij is en wat hij kan. Niet de beperking staat centraal, maar de ontwikkelingsmogelijkheden. Dat "
         "vraagt om scholen die handelingsgericht werken, om professionals die elkaar weten te vinden en om "
         "ouders die als partner worden gezien."),
        ("Dichtbij waar het kan", "We organiseren ondersteuning zo dicht mogelijk bij de leerling, in de klas en "
         "op de eigen vestiging. Alleen als het echt niet anders kan, wijken we uit naar een voorziening verder "
         "weg. Thuisnabij onderwijs is voor ons het uitgangspunt, niet een einddoel."),
        ("Samen sterk", "Geen school kan alles alleen. De kracht van het samenwerkingsverband zit in het delen "
         "van kennis, het elkaar aanspreken en het gezamenlijk verantwoordelijk zijn voor alle leerlingen in de "
         "regio, ook voor de leerlingen die (nog) niet op een van onze scholen staan ingeschreven."),
    ]
    if v:
        kern = kern[::-1]
    blocks = [("h1", "2. Missie, visie en ambities"),
              ("p", "Onze missie luidt: '%s'. Deze missie is in 2025 samen met de schoolleiders en de "
                    "ondersteuningsplanraad herijkt. Zij is kort, maar zegt waar het om gaat." % p["missie"]),
              ("p", "Onze visie is opgebouwd rond drie kernwaarden.")]
    for titel, tekst in kern:
        blocks.append(("h3", titel))
        blocks.append(("p", tekst))
    blocks += [
        ("p", "Uit deze kernwaarden volgen vier ambities voor onze eigen organisatie. Ten eerste willen we "
              "eenvoudiger samenwerken, met minder overleggen en kortere lijnen. Ten tweede willen we de "
              "verbinding met de jeugdhulp in de wijken versterken. Ten derde willen we dat het bureau beter "
              "bereikbaar is voor scholen. Ten vierde willen we vaker het gesprek aangaan met ouders en "
              "leerlingen. Deze ambities gaan over onze manier van werken en zijn richtinggevend; hoe we ze "
              "vertalen, staat in de jaarplannen."),
        ("p", "Wij realiseren ons dat ambities makkelijk zijn opgeschreven. De vorige planperiode heeft ons "
              "geleerd dat de afstand tussen het bestuurlijk overleg en de klas groot kan zijn. Daarom willen we "
              "in deze periode minder nieuwe projecten starten en meer tijd nemen om bestaande afspraken te laten "
              "landen. 'Minder, maar beter' is het motto van het directeurenoverleg."),
    ]
    return blocks


def filler_governance(p):
    return [
        ("h1", "Organisatie en governance"),
        ("p", "Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen vormen samen de "
              "algemene vergadering, die jaarlijks de begroting, het jaarverslag en de jaarrekening goedkeurt. "
              "Sinds 1 januari 2025 werkt het samenwerkingsverband met een raad-van-toezichtmodel: de "
              "directeur-bestuurder bestuurt, de raad van toezicht houdt toezicht. De raad van toezicht bestaat "
              "uit vijf leden, van wie twee onafhankelijk zijn. De scheiding tussen bestuur en toezicht is "
              "vastgelegd in de statuten, het bestuursreglement en het toezichtkader."),
        ("p", "Het bureau van het samenwerkingsverband telt %s fte, verdeeld over de directeur-bestuurder, een "
              "beleidsmedewerker kwaliteit, een controller, twee secretariaatsmedewerkers, orthopedagogen en "
              "consulenten. Het bureau is gehuisvest in %s. Het bureau ondersteunt de scholen, bereidt "
              "bestuurlijke besluiten voor en voert de wettelijke taken uit." % (p["fte_bureau"], p["bureau_plaats"])),
        ("p", "Het directeurenoverleg is het belangrijkste inhoudelijke overleg. Hierin hebben de "
              "%s van alle scholen zitting. Het overleg komt zes keer per jaar bijeen en "
              "adviseert de directeur-bestuurder over beleid. Daarnaast zijn er regionale netwerken van "
              "%s, die vier keer per jaar bijeenkomen om casuïstiek en werkwijzen te "
              "bespreken. Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad."
              % (p.get("leiders", "rectoren en directeuren"), p.get("netwerk", "ondersteuningscoördinatoren"))),
        ("p", "Bij geschillen tussen aangesloten besturen over de uitvoering van dit plan voorzien de statuten "
              "in een geschillenregeling met een onafhankelijke geschillencommissie voor besturen. Deze regeling "
              "is sinds de oprichting niet ingeroepen."),
    ]


def filler_opr(p, met_ouders=True):
    if met_ouders:
        samenstelling = ("De OPR telt twaalf leden: zes personeelsleden en zes %s, "
                         "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De "
                         "oudergeleding brengt het perspectief van gezinnen in en heeft het afgelopen "
                         "jaar onder meer gevraagd om meer aandacht voor %s."
                         % (p.get("opr_ouders", "ouders of leerlingen"), p.get("opr_thema", "de overgang naar het mbo")))
    else:
        samenstelling = ("De OPR telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de "
                         "aangesloten scholen, en wordt ondersteund door een ambtelijk secretaris.")
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
              "wijzigingen daarvan. " + samenstelling + " De OPR vergadert vijf keer per jaar en heeft een "
              "eigen budget voor scholing en advies."),
        ("p", "De OPR heeft het concept van dit plan in drie vergaderingen besproken. In de eerste vergadering "
              "stond de opbouw centraal, in de tweede de inhoudelijke keuzes en in de derde de definitieve "
              "tekst. De OPR heeft op %s ingestemd met dit plan. Daarnaast heeft de medezeggenschapsraad van "
              "het samenwerkingsverband zelf, die uit personeelsleden van het bureau bestaat, advies "
              "uitgebracht over de gevolgen voor het personeel van het bureau." % p["opr_datum"]),
        ("p", "Wij investeren in de relatie met de OPR. Twee keer per jaar is er een informele bijeenkomst met "
              "de raad van toezicht, en de directeur-bestuurder woont het eerste deel van iedere vergadering bij. "
              "De OPR ontvangt alle stukken minimaal twee weken voor de vergadering."),
    ]


def filler_oogo_procedureel(p):
    return [
        ("h2", "Totstandkoming en vaststelling"),
        ("p", "Het concept van dit plan is op %s besproken in het op overeenstemming gericht overleg (OOGO) "
              "met de colleges van burgemeester en wethouders van de gemeenten in het werkgebied. Het overleg "
              "is volgens de afgesproken procedure verlopen en met overeenstemming afgesloten; het verslag is bij "
              "het bureau op te vragen. Met het samenwerkingsverband van de andere sector in de regio is op "
              "dezelfde dag overleg gevoerd. Het bestuur heeft het plan op %s vastgesteld, waarna het vóór 1 mei "
              "aan de inspectie is toegezonden." % (p["oogo_datum"], p["vaststelling"])),
    ]


def filler_personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen in de school. Het lerarentekort raakt ook onze "
              "regio: %s, en ook orthopedagogen en gedragsspecialisten zijn moeilijk te vinden. Dat heeft "
              "gevolgen voor de continuïteit van begeleiding. De schoolbesturen zijn werkgever van het "
              "onderwijspersoneel; het samenwerkingsverband is werkgever van de medewerkers van het bureau."
              % p.get("tekort", "op sommige vestigingen zijn vacatures voor wiskunde, Duits en scheikunde "
                                "langdurig onvervuld")),
        ("p", "Voor medewerkers van het bureau geldt de cao van de sector. Het bureau heeft een eigen "
              "professionaliseringsplan, waarin scholing op het gebied van gespreksvoering met ouders, "
              "ontwikkelingspsychologie en de Algemene wet bestuursrecht is opgenomen. Voor leraren organiseert "
              "het samenwerkingsverband jaarlijks een studiedag, netwerkbijeenkomsten en een aanbod van korte "
              "trainingen, bijvoorbeeld over executieve functies, traumasensitief lesgeven en het voeren van "
              "gesprekken met jongeren over schoolverzuim. Deelname is vrijwillig."),
        ("p", "Het samenwerkingsverband detacheert geen personeel meer bij scholen. De vroegere "
              "detacheringsconstructies zijn in de vorige planperiode afgebouwd, waarbij voor alle betrokken "
              "medewerkers een passende oplossing is gevonden. Het bureau heeft per 1 augustus 2025 een "
              "formatieplan vastgesteld dat tot 2028 loopt. Het ziekteverzuim van het bureau lag in 2024 op 3,8 "
              "procent."),
    ]


def filler_ict(p):
    return [
        ("h1", "ICT, gegevensuitwisseling en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en "
              "adviezen. Wij houden ons aan de Algemene verordening gegevensbescherming en hebben een "
              "functionaris gegevensbescherming aangesteld die wij delen met twee andere samenwerkingsverbanden. "
              "Het privacyreglement is in 2024 geactualiseerd en door de OPR van advies voorzien."),
        ("p", "Dossiers worden uitsluitend via een beveiligde digitale omgeving uitgewisseld. E-mail met "
              "bijlagen over individuele leerlingen is niet toegestaan. Medewerkers van het bureau en van de "
              "scholen tekenen een geheimhoudingsverklaring. Gegevens over gezondheid worden niet langer bewaard "
              "dan wettelijk is toegestaan. In 2026 stappen we over op een nieuw registratiesysteem, dat beter "
              "aansluit bij de administratiesystemen van de scholen. De aanbesteding daarvan loopt."),
        ("p", "Daarnaast werken we aan betere managementinformatie. De gegevens die we verzamelen zijn nu nog "
              "verspreid over verschillende systemen. Een werkgroep met de controller, de beleidsmedewerker "
              "kwaliteit en twee schoolleiders onderzoekt welke gegevens we nodig hebben en hoe we die veilig "
              "kunnen koppelen."),
    ]


def filler_planning(p, items):
    rows = [["Schooljaar", "Activiteit", "Eigenaar"]] + items
    return [
        ("h1", "Planning van de planperiode"),
        ("p", "De onderstaande planning geeft op hoofdlijnen weer wanneer welke activiteiten plaatsvinden. Zij "
              "wordt elk jaar uitgewerkt in het jaarplan van het samenwerkingsverband, dat in juni door de "
              "directeur-bestuurder wordt vastgesteld na bespreking in het directeurenoverleg. Wijzigingen in "
              "de planning worden aan de OPR gemeld."),
        ("table", rows),
        ("p", "In het laatste jaar van de planperiode starten we tijdig met de voorbereiding van het volgende "
              "ondersteuningsplan, zodat er voldoende tijd is voor overleg met de OPR en de gemeenten."),
    ]


def filler_onderwijs_arbeid(p):
    return [
        ("h2", "Aansluiting onderwijs en arbeidsmarkt"),
        ("p", "Voor een deel van onze leerlingen is de overstap naar het mbo of naar werk een kwetsbaar moment. "
              "De scholen voor praktijkonderwijs en de vso-scholen werken samen met werkgevers in de regio aan "
              "stageplaatsen en leerwerktrajecten. Met de mbo-instellingen in de regio is een convenant gesloten "
              "over de warme overdracht van leerlingen met een ondersteuningsbehoefte. Het regionaal meld- en "
              "coördinatiepunt voortijdig schoolverlaten volgt jongeren tot 23 jaar die zonder startkwalificatie "
              "de school verlaten."),
    ]


def filler_kennisdeling(p):
    return [
        ("h1", "Kennisdeling en leren van elkaar"),
        ("p", "Scholen in de regio kunnen veel van elkaar leren. Daarom organiseert het samenwerkingsverband "
              "leergemeenschappen waarin professionals van verschillende scholen een schooljaar lang rond een "
              "thema samenwerken. In het schooljaar 2025-2026 liepen leergemeenschappen over feedback geven, "
              "over gedrag in de klas, over meertaligheid en over de samenwerking tussen leerkracht en "
              "onderwijsassistent. Iedere leergemeenschap sluit af met een korte publicatie die op het "
              "kennisplatform van het samenwerkingsverband wordt geplaatst."),
        ("p", "Daarnaast bezoeken teams elkaars scholen. Een lesbezoek bij een collega-school levert vaak meer op "
              "dan een studiedag, zo blijkt uit de reacties van deelnemers. Het bureau faciliteert de bezoeken en "
              "vergoedt de reiskosten. Ook de jaarlijkse regionale conferentie, met ruim vierhonderd deelnemers, "
              "is een belangrijk moment om kennis te delen. Het programma wordt samengesteld door een "
              "programmacommissie met leraren, schoolleiders en medewerkers van het bureau."),
        ("p", "Wij stimuleren dat scholen praktijkonderzoek doen. Met de lerarenopleiding in de regio is een "
              "samenwerkingsovereenkomst gesloten, waardoor studenten hun afstudeeronderzoek kunnen uitvoeren "
              "op vragen die scholen zelf inbrengen. In de afgelopen twee jaar leverde dat zeventien onderzoeken "
              "op, onder meer over het gebruik van beeldondersteuning, over executieve functies en over de "
              "communicatie tussen school en gezin. De uitkomsten worden besproken in de netwerken."),
        ("p", "Tot slot investeren wij in de kwaliteit van de eigen medewerkers van het bureau. Consulenten en "
              "orthopedagogen hebben maandelijks intervisie en volgen jaarlijks ten minste twee scholingsdagen. "
              "Nieuwe medewerkers lopen de eerste maanden mee met een ervaren collega."),
    ]


def glossary(entries, titel="Begrippenlijst"):
    rows = [["Begrip", "Omschrijving"]] + entries
    return [("h1", titel), ("table", rows)]


def abbrevs(entries):
    return [("h2", "Afkortingen"), ("bullets", ["%s – %s" % e for e in entries])]


STD_ABBREVS = [
    ("AB", "algemeen bestuur / ambulante begeleiding"), ("DUO", "Dienst Uitvoering Onderwijs"),
    ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
    ("lwoo", "leerwegondersteunend onderwijs"), ("OJSP", "ouder- en jeugdsteunpunt"),
    ("OOGO", "op overeenstemming gericht overleg"), ("OPDC", "orthopedagogisch-didactisch centrum"),
    ("OPP", "ontwikkelingsperspectiefplan"), ("OPR", "ondersteuningsplanraad"), ("pro", "praktijkonderwijs"),
    ("SOP", "schoolondersteuningsprofiel"), ("SWV", "samenwerkingsverband"),
    ("TLV", "toelaatbaarheidsverklaring"), ("vso", "voortgezet speciaal onderwijs"),
]

# ---------------------------------------------------------------------------
# Plan A: VO Rijnstreek-Oost (docx)
# BO present | PL partial (criteria -> website) | TS present, hidden in the TLV chapter |
# FI missing (deferred to a later annex) | DA partial (lacunes deferred) | RE missing | OU present in "Communicatie"
# ---------------------------------------------------------------------------


def plan_a():
    p = dict(naam="Samenwerkingsverband VO Rijnstreek-Oost", kort="SWV Rijnstreek-Oost", code="VO 26-07",
             gemeenten=["Wijkerbroek", "Linschoten-Oost", "Haarveld", "Ameronde", "Lekkerstein"],
             n_besturen=9, n_scholen=21, n_vest=34, n_lln="16.400", periode="2026-2030",
             sector_tekst="het voortgezet onderwijs (vo, vso, praktijkonderwijs en lwoo)",
             bestuurder="drs. M.J. (Marieke) van den Akker", missie="Elke jongere een plek om te leren en te groeien",
             fte_bureau="14,6", bureau_plaats="Haarveld", opr_datum="24 maart 2026",
             oogo_datum="10 maart 2026", vaststelling="31 maart 2026", dp_zin=False)
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", "Samenwerkingsverband VO Rijnstreek-Oost (VO 26-07) – Samen sterk voor elke jongere"),
          ("p", "Versie 1.0 – vastgesteld door het bestuur op 31 maart 2026, na instemming van de "
                "ondersteuningsplanraad. Opgesteld door de afdeling Kwaliteit & Beleid."),
          ("p", "Trefwoorden: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, dekkend aanbod, "
                "resultaten, ouders."),
          ("pagebreak", None),
          ("toc", ["Voorwoord", "1. Context en kengetallen", "2. Missie, visie en ambities",
                   "3. Basisondersteuning: wat elke vestiging in huis heeft",
                   "4. Extra ondersteuning en het aanbod in de regio", "5. Thuiszitters en dekkend aanbod",
                   "6. Toelaatbaarheid vso, pro en lwoo", "7. Samenwerking met gemeenten en jeugdhulp",
                   "8. Communicatie", "9. Kwaliteit en resultaten", "10. Financiën en meerjarenbegroting",
                   "11. Organisatie en governance", "12. Medezeggenschap", "13. Personeel en professionalisering",
                   "14. ICT en privacy", "15. Planning", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen"]),
          ("pagebreak", None)]
    b += filler_voorwoord(p)
    b += filler_leeswijzer(p, "Hoofdstuk 10 (Financiën) wordt na besluitvorming over het nieuwe "
                              "verdeelmodel aangevuld.")
    b += filler_context(p, [["Kengetal", "Aantal"], ["Aangesloten besturen", "9"], ["Scholen", "21"],
                            ["Vestigingen", "34"], ["Leerlingen vo (incl. pro)", "16.412"],
                            ["Leerlingen vso", "688"], ["Scholen voor praktijkonderwijs", "3 (5 vestigingen)"],
                            ["Vso-scholen in de regio", "4"]])
    b += filler_visie(p)

    b += [("h1", "3. Basisondersteuning: wat elke vestiging in huis heeft"),
          ("p", "Ouders en leerlingen moeten erop kunnen rekenen dat elke school in de regio een stevige basis "
                "biedt, ongeacht of het gaat om een categoraal gymnasium of een brede scholengemeenschap met zes "
                "leerwegen. Daarom hebben de besturen in december 2025 de 'Standaard basisondersteuning "
                "Rijnstreek-Oost' vastgesteld. Deze standaard is de ondergrens: iedere vestiging van iedere "
                "aangesloten school biedt ten minste wat hieronder staat, vanaf 1 augustus 2026. Een vestiging "
                "mag meer bieden, maar nooit minder. Wat een vestiging daarboven biedt, staat in haar "
                "schoolondersteuningsprofiel en vanaf de wettelijke wijziging in de schoolgids."),
          ("p", "De standaard bestaat uit tien afspraken, gegroepeerd in vier onderdelen:"),
          ("h3", "A. Structuur en mensen"),
          ("bullets", ["Elke vestiging heeft een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen "
                       "en een vast ondersteuningsteam dat ten minste eenmaal per zes weken bijeenkomt.",
                       "Elke leerling heeft een mentor die minimaal drie keer per jaar een individueel gesprek met "
                       "de leerling voert en bij zorgen binnen vijf schooldagen contact opneemt met ouders.",
                       "Elke vestiging heeft toegang tot een orthopedagoog of psycholoog voor consultatie en "
                       "handelingsgerichte diagnostiek, binnen of via het bestuur."]),
          ("h3", "B. Interventies die elke leerling kan krijgen"),
          ("bullets", ["Begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, inclusief "
                       "faciliteiten als extra tijd, voorleessoftware en aangepaste toetsen.",
                       "Een training sociale vaardigheden of faalangstreductie, op de vestiging of in een "
                       "clusteraanbod met een nabije vestiging.",
                       "Ondersteuning bij plannen en organiseren (executieve functies), minimaal in de onderbouw "
                       "in een wekelijks begeleidingsuur.",
                       "Een vaste time-out- en opvangruimte met begeleiding gedurende de hele lesdag."]),
          ("h3", "C. Werkwijze"),
          ("bullets", ["Iedere vestiging werkt handelingsgericht: signaleren, analyseren, plannen en evalueren, "
                       "met vastlegging in het leerlingvolgsysteem.",
                       "Voor leerlingen die meer nodig hebben dan de groepsaanpak wordt binnen zes weken een "
                       "ontwikkelingsperspectiefplan (OPP) opgesteld en met ouders en leerling besproken."]),
          ("h3", "D. Samenwerking"),
          ("bullets", ["Elke vestiging heeft een vaste contactpersoon van het jeugdteam en van de "
                       "jeugdgezondheidszorg, die minimaal maandelijks op de vestiging aanwezig is."]),
          ("p", "Een vestiging die de standaard nog niet haalt, meldt dit bij het samenwerkingsverband en maakt "
                "een verbeterplan met een termijn van maximaal één schooljaar. Jaarlijks voert de "
                "beleidsmedewerker kwaliteit met elke schoolleiding een 'basisgesprek' aan de hand van de "
                "kwaliteitskaart. Blijft een vestiging twee jaar onder de standaard, dan agendeert de "
                "directeur-bestuurder dit bij het bevoegd gezag."),
          ("p", "De grens tussen basis- en extra ondersteuning ligt bij de vraag of de ondersteuning met de "
                "middelen en mensen van de vestiging zelf kan worden geboden. Is dat niet zo, dan is er sprake "
                "van extra ondersteuning (hoofdstuk 4)."),

          ("h1", "4. Extra ondersteuning en het aanbod in de regio"),
          ("p", "Boven op de basisondersteuning kent de regio een getrapt aanbod. Wij spreken van drie "
                "lagen: ondersteuning op de vestiging, bovenschoolse ondersteuning en gespecialiseerde plekken."),
          ("table", [["Laag", "Wat", "Waar"],
                     ["Extra op de vestiging", "Ondersteuningsarrangementen: trajectgroepen, rebound-uren, "
                      "ambulante begeleiding, coaching", "Op alle 34 vestigingen, in wisselende omvang"],
                     ["Bovenschools", "OPDC De Overstap (60 plaatsen), Rebound Haarveld (24 plaatsen), "
                      "Nieuwkomersklas ISK (2 locaties), Plusvoorziening hoogbegaafdheid", "Haarveld, Wijkerbroek, "
                      "Ameronde"],
                     ["Gespecialiseerd", "Praktijkonderwijs (3 scholen), vso cluster 3 en 4 (4 scholen), "
                      "lwoo-ondersteuning in vmbo", "Verspreid over de regio"]]),
          ("p", "Het OPDC De Overstap biedt leerlingen een tijdelijke plek van maximaal een schooljaar, met als "
                "doel een terugkeer naar de eigen of een andere reguliere school. De Rebound is een kortdurende "
                "voorziening van twaalf weken voor leerlingen bij wie de situatie in de klas is vastgelopen. "
                "Scholen kunnen een leerling rechtstreeks aanmelden bij het loket van het samenwerkingsverband. "
                "Onderwijs-zorgarrangementen worden met de gemeenten per leerling samengesteld."),
          ("p", "Tussen de lagen bestaat samenhang doordat het loket van het samenwerkingsverband alle "
                "aanvragen voor bovenschoolse en gespecialiseerde plekken ontvangt en doorgeleidt naar de "
                "voorziening die het beste past bij de vraag van de leerling."),

          ("h1", "5. Thuiszitters en dekkend aanbod"),
          ("p", "Een dekkend aanbod betekent dat er voor iedere jongere een passende plek is. Wij weten dat dit "
                "in onze regio nog niet zo is. Het afgelopen jaar is met de gemeenten gesproken over een "
                "gezamenlijke aanpak voor jongeren die thuiszitten of dreigen uit te vallen. De uitkomst van die "
                "gesprekken wordt vastgelegd in een Thuiszitterspact; welke afspraken daarin komen over signalering, "
                "doorzettingsmacht en de inventarisatie van ontbrekend aanbod, besluiten de partijen in het najaar "
                "van 2026. Tot die tijd volgen we de bestaande werkwijze van de scholen."),
          ("p", "Ook de analyse van witte vlekken in het aanbod is nog niet afgerond. De werkgroep Dekkend "
                "Aanbod brengt haar eerste bevindingen uit in het schooljaar 2026-2027; de acties die daaruit "
                "volgen, worden in het jaarplan opgenomen."),

          ("h1", "6. Toelaatbaarheid vso, pro en lwoo"),
          ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
                "(vso), tot het praktijkonderwijs (pro) en over de aanwijzing voor leerwegondersteunend "
                "onderwijs (lwoo). Dit hoofdstuk beschrijft hoe een aanvraag verloopt."),
          ("h2", "6.1 De route van een aanvraag"),
          ("numbered", ["De school waar de leerling staat ingeschreven (of, bij een nieuwe leerling, de school "
                        "waar hij is aangemeld) bespreekt de situatie in het ondersteuningsteam, met ouders en "
                        "leerling. De school stelt het groeidocument op met het OPP, de evaluatie van de geboden "
                        "ondersteuning en de zienswijze van ouders en leerling.",
                        "De ondersteuningscoördinator dient de aanvraag digitaal in bij het Loket Toewijzing van het "
                        "samenwerkingsverband.",
                        "Het loket controleert binnen vijf werkdagen of het dossier volledig is. Een onvolledig "
                        "dossier gaat terug naar de school.",
                        "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
                        "psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede "
                        "deskundige (bijvoorbeeld een maatschappelijk werker of jeugdarts). Geen van beiden is "
                        "betrokken geweest bij het opstellen van de aanvraag.",
                        "De Commissie Toewijzing, gemandateerd door de directeur-bestuurder, neemt binnen zes "
                        "weken na ontvangst van het volledige dossier een besluit. Ouders ontvangen het besluit "
                        "en een afschrift van beide adviezen.",
                        "Bij een positief besluit bepaalt de commissie de duur van de TLV en, bij vso, de "
                        "bekostigingscategorie (laag, midden of hoog)."]),
          ("p", "Voor pro en lwoo verloopt de aanvraag via dezelfde route, met het onderwijskundig rapport van "
                "de basisschool en de testgegevens. De aanvraag voor leerlingen uit groep 8 moet vóór 1 maart "
                "binnen zijn. Spoedaanvragen bij een crisisplaatsing worden binnen tien werkdagen behandeld."),
          ("h2", "6.2 Waarop wordt beslist"),
          ("p", "De toetsingskaders die de Commissie Toewijzing hanteert, worden in het eerste planjaar "
                "herijkt, mede in het licht van de landelijke discussie over de duur van TLV's. Tot het nieuwe "
                "kader is vastgesteld, blijven de criteria gelden zoals zij op de website van het "
                "samenwerkingsverband zijn gepubliceerd. Voor lwoo en pro volgt het samenwerkingsverband de "
                "geldende regelgeving; of wij voor lwoo eigen criteria gaan hanteren, is onderwerp van de "
                "bestuursconferentie in het najaar van 2026."),
          ("h2", "6.3 Afloop van de toelaatbaarheidsverklaring"),
          ("p", "Een TLV is nooit bedoeld als eindstation. Ons uitgangspunt is dat een leerling zo snel als "
                "verantwoord is teruggaat naar een reguliere school, bij voorkeur dicht bij huis, mits de "
                "ondersteuningsbehoefte dat toelaat en de ontvangende vestiging de benodigde begeleiding kan "
                "organiseren. Terugkeer is een gezamenlijke verantwoordelijkheid van de vso-school, de "
                "ontvangende school en het samenwerkingsverband."),
          ("p", "Concreet werkt het als volgt. Bij elke jaarlijkse evaluatie van het OPP beoordeelt de vso-school "
                "of terugkeer naar het regulier onderwijs binnen bereik is. Uiterlijk op 1 februari van het "
                "laatste jaar van de TLV bespreekt de commissie van begeleiding van de vso-school met ouders en "
                "leerling of de leerling terug kan. Is dat het geval, dan meldt de vso-school de leerling vóór "
                "1 maart aan bij het loket, dat binnen vier weken een passende reguliere vestiging zoekt en een "
                "overdrachtsgesprek organiseert. Is terugkeer nog niet mogelijk, dan vraagt de vso-school een "
                "nieuwe TLV aan. De TLV eindigt van rechtswege op 31 juli van het laatste schooljaar."),
          ("p", "Een leerling die terugkeert, krijgt een terugkeerarrangement: gedurende het eerste half jaar "
                "begeleidt een medewerker van de vso-school de leerling en de mentor op de nieuwe vestiging, en na "
                "drie en zes maanden is er een evaluatiegesprek met ouders en leerling."),
          ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken "
                "bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarbij het samenwerkingsverband is "
                "aangesloten.")]

    b += [("h1", "7. Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Met de vijf gemeenten voeren wij twee keer per jaar bestuurlijk overleg en vier keer per jaar "
                "ambtelijk overleg. De gemeenten financieren de schoolmaatschappelijk werkers en de "
                "jeugdprofessionals die op elke vestiging een vast spreekuur houden. Gezamenlijke thema's zijn "
                "de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, huisvesting van "
                "voorzieningen en de overgang naar het mbo. Voor leerlingen die zowel onderwijs als zorg nodig "
                "hebben, stellen school, gemeente en zorgaanbieder een onderwijs-zorgarrangement op; de "
                "verdeling van de kosten wordt per arrangement vastgelegd.")]
    b += filler_oogo_procedureel(p)
    b += filler_onderwijs_arbeid(p)

    b += [("h1", "8. Communicatie"),
          ("p", "Een samenwerkingsverband dat niemand kent, kan niemand helpen. Daarom hebben wij in 2025 een "
                "communicatieplan opgesteld voor drie doelgroepen: scholen, ketenpartners en gezinnen. Voor "
                "scholen is er een maandelijkse nieuwsbrief en een digitaal handboek. Voor ketenpartners is er "
                "een jaarlijkse netwerkbijeenkomst."),
          ("p", "Gezinnen moeten zonder omwegen kunnen vinden welke ondersteuning er is. Op onze website staat "
                "per vestiging een overzicht van de ondersteuning die daar wordt geboden, gekoppeld aan de "
                "Standaard basisondersteuning. Iedere vestiging neemt in de schoolgids een vaste paragraaf "
                "'Ondersteuning' op, die door het samenwerkingsverband wordt aangeleverd. Bij de start van "
                "het schooljaar organiseren de vestigingen een informatieavond waarop de "
                "ondersteuningscoördinator uitlegt hoe de ondersteuning is georganiseerd; voor ouders van "
                "leerlingen in groep 8 is er in januari een regionale voorlichtingsavond over lwoo, pro en vso. "
                "De folder 'Ondersteuning in het vo' is in vijf talen beschikbaar."),
          ("p", "Soms lopen ouders vast, met de school of met ons. Voor een onafhankelijk luisterend oor kunnen "
                "zij terecht bij het Ouder- en Jeugdsteunpunt Rijnstreek, dat los van het samenwerkingsverband "
                "wordt georganiseerd door de regionale cliëntondersteuning. Het steunpunt is op werkdagen "
                "telefonisch bereikbaar, houdt wekelijks een inloopspreekuur in Haarveld en kan een "
                "onafhankelijke ouderbegeleider meesturen naar gesprekken op school. Bij een conflict over "
                "toelating of ondersteuning kunnen ouders ook de onderwijsconsulenten inschakelen (kosteloos) "
                "en een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
          ("p", "Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP. Leerlingen hebben het "
                "recht om hun mening over het OPP te geven; de vestigingen leggen die mening vast.")]

    b += [("h1", "9. Kwaliteit en resultaten"),
          ("p", "In de vorige planperiode werkte het samenwerkingsverband met een uitgebreid kwaliteitskader, "
                "dat in de praktijk te zwaar bleek. Het bestuur heeft daarom besloten het kader te herschrijven. "
                "Welke resultaten wij voor leerlingen met een ondersteuningsbehoefte willen bereiken en hoe wij "
                "die gaan volgen, krijgt zijn beslag in het nieuwe kwaliteitskader, dat na de zomer van 2026 ter "
                "hand wordt genomen. Daarover rapporteren wij zodra de werkgroep haar advies heeft uitgebracht."),
          ("p", "Resultaten gaan over meer dan cijfers. Wij zijn trots op de leerlingen die dankzij de inzet van "
                "mentoren en ondersteuningscoördinatoren hun diploma halen.")]

    b += [("h1", "10. Financiën en meerjarenbegroting"),
          ("p", "De middelen voor passend onderwijs ontvangt het samenwerkingsverband van het Rijk. In de "
                "afgelopen jaren is veel gesproken over de vraag hoe deze middelen het beste bij de leerling "
                "terechtkomen. Het bestuur werkt aan een nieuw verdeelmodel. Het financieel kader, het "
                "verdeelmodel en de meerjarenbegroting 2026-2030 worden na besluitvorming in de algemene "
                "vergadering van december 2026 als afzonderlijke bijlage aan dit plan toegevoegd en aan de OPR "
                "voorgelegd."),
          ("p", "Tot dat moment blijven de bestaande afspraken met de besturen van kracht.")]

    b += filler_governance(p)
    b += filler_opr(p, met_ouders=True)
    b += filler_personeel(p)
    b += filler_ict(p)
    b += filler_planning(p, [["2026-2027", "Invoering Standaard basisondersteuning; herijking toetsingskader",
                              "Directeurenoverleg"],
                             ["2026-2027", "Nieuw verdeelmodel en meerjarenbegroting", "Bestuur"],
                             ["2027-2028", "Evaluatie OPDC en Rebound", "Beleidsmedewerker kwaliteit"],
                             ["2028-2029", "Tussenevaluatie ondersteuningsplan", "Directeur-bestuurder"],
                             ["2029-2030", "Voorbereiding nieuw plan", "Bureau"]])
    b += glossary([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
        ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor meerdere jaren."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
        ["Reserves", "Het deel van het eigen vermogen dat niet is bestemd."],
        ["Resultaten", "De beoogde en bereikte uitkomsten van het onderwijs aan leerlingen met extra "
                       "ondersteuning."],
        ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier onderwijs."],
        ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband middelen verdeelt."],
    ], "Bijlage 1 Begrippenlijst")
    b += abbrevs(STD_ABBREVS)

    name = "vo-rijnstreek-oost-op-2026"
    header = "Ondersteuningsplan 2026-2030 | SWV VO Rijnstreek-Oost | basisondersteuning – toelaatbaarheid – financiën"
    render_docx(b, OUT / (name + ".docx"), header, "Samenwerkingsverband VO Rijnstreek-Oost – pagina")
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 'Standaard basisondersteuning': minimum for every vestiging + ten concrete afspraken; yearly basisgesprek (borging).",
        "plaatsing": "Ch. 6.1 gives the full route (loket, two deskundigen, Commissie Toewijzing, 6 weeks); 6.2 only refers criteria to the website and a future herijking.",
        "terugstroom": "Hidden in 6.3 'Afloop van de TLV' inside the TLV chapter: policy (thuisnabij, conditions, terugkeerarrangement) and steps (1 feb, 1 maart, loket, 31 juli).",
        "financien": "Ch. 10 defers financieel kader, verdeelmodel and meerjarenbegroting to a later annex; only glossary/TOC mention verdeelmodel/reserves.",
        "dekkend-aanbod": "Ch. 4 table of layers (continuum); ch. 5 'Thuiszitters' defers the pact and the witte-vlekken analysis (lacunes not addressed).",
        "resultaten": "Ch. 9 'Kwaliteit en resultaten' only defers to a new kwaliteitskader; no goals, no monitoring.",
        "ouders": "Inside ch. 8 'Communicatie': website per vestiging, schoolgids paragraph, info evenings; OJSP, onderwijsconsulenten, geschillencommissie.",
    }
    write_label(name, make_label([name + ".docx"], "vo", crit, adv, notes))

# ---------------------------------------------------------------------------
# Plan B: VO Kustland (docx + pdf)
# BO partial (inhoud -> absent bijlage) | PL present (criteria only in a table) | TS partial (procedure deferred) |
# FI partial (besteding -> website) | DA present | RE present (in "Kwaliteitszorg") | OU missing (chapter deferred)
# ---------------------------------------------------------------------------


def plan_b():
    p = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs VO Kustland", kort="SWV Kustland",
             code="VO 27-03", gemeenten=["Zandvoorde", "Duinmeer", "Westkappel", "Helmhoven", "Kreekdorp",
                                          "Oostwal"],
             n_besturen=11, n_scholen=26, n_vest=41, n_lln="21.900", periode="2026-2030",
             sector_tekst="het voortgezet onderwijs, inclusief vso, praktijkonderwijs en lwoo",
             bestuurder="J.P. (Jan-Pieter) Roozendaal MEd", missie="Passend onderwijs, dichtbij en samen",
             fte_bureau="19,2", bureau_plaats="Duinmeer", opr_datum="17 maart 2026",
             oogo_datum="3 maart 2026", vaststelling="26 maart 2026")
    b = []
    b += [("title", "Ondersteuningsplan Kustland 2026-2030"),
          ("subtitle", "Stichting Samenwerkingsverband Passend Onderwijs VO Kustland – regio VO 27-03"),
          ("p", "Definitieve versie, maart 2026. Samensteller: M. Ouwerkerk, functionaris kwaliteitszorg."),
          ("pagebreak", None),
          ("toc", ["Voorwoord", "1. Context en kengetallen", "2. Missie, visie en ambities",
                   "3. Het ondersteuningscontinuüm", "   3.1 Basisondersteuning", "   3.2 Extra ondersteuning",
                   "   3.3 Voorzieningen", "4. Toewijzing en toelaatbaarheid", "5. Terugplaatsing en overplaatsing",
                   "6. Thuiszitters en zorgplicht", "7. Kwaliteitszorg en verantwoording",
                   "8. Financieel beleid", "9. Ouders en leerlingen", "10. Organisatie en governance",
                   "11. Medezeggenschap", "12. Personeel", "13. ICT en privacy", "14. Planning",
                   "Begrippenlijst"]),
          ("pagebreak", None)]
    b += filler_voorwoord(p)
    b += filler_leeswijzer(p)
    b += filler_context(p, [["Kengetal", "2023", "2024", "2025"], ["Leerlingen vo", "22.340", "22.105", "21.874"],
                            ["Leerlingen vso", "742", "761", "779"], ["Leerlingen pro", "1.108", "1.093", "1.087"],
                            ["Leerlingen met lwoo", "2.950", "2.902", "2.866"], ["Vestigingen", "42", "41", "41"]])
    b += filler_visie(p, v=1)

    b += [("h1", "3. Het ondersteuningscontinuüm"),
          ("p", "Wij denken in een doorgaande lijn van ondersteuning. Wat een leerling nodig heeft, wordt eerst "
                "in de klas en op de vestiging geboden, daarna met hulp van bovenschoolse voorzieningen en pas "
                "daarna in het voortgezet speciaal onderwijs. Die lijn beschrijven we in dit hoofdstuk."),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "Basisondersteuning is in Kustland het gezamenlijk afgesproken niveau van ondersteuning dat alle "
                "41 vestigingen van alle aangesloten scholen bieden, zonder aanvraag bij het samenwerkingsverband "
                "en zonder extra middelen. Het niveau is voor alle vestigingen gelijk, ongeacht schoolsoort of "
                "denominatie; een vestiging kan niet kiezen voor een lager niveau."),
          ("p", "Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, is beschreven in "
                "de Kwaliteitskaart basisondersteuning (bijlage 2). De kwaliteitskaart wordt jaarlijks door "
                "iedere vestiging ingevuld; een auditteam van twee ondersteuningscoördinatoren van andere "
                "scholen bezoekt iedere vestiging eenmaal in de vier jaar en stelt vast of de vestiging aan het "
                "niveau voldoet. Waar dat niet zo is, maakt de schoolleiding een verbeterplan dat het auditteam "
                "na een jaar opnieuw toetst."),
          ("h2", "3.2 Extra ondersteuning"),
          ("p", "Extra ondersteuning is alles wat de basisondersteuning overstijgt. Iedere vestiging ontvangt "
                "daarvoor een schoolbudget (zie hoofdstuk 8) en stelt zelf arrangementen samen: individuele "
                "begeleiding, kleine groepen, een aangepast rooster of inzet van een ambulant begeleider. "
                "Daarnaast kan een school een bovenschools arrangement aanvragen bij het Expertiseteam Kustland."),
          ("h2", "3.3 Voorzieningen"),
          ("table", [["Voorziening", "Doelgroep", "Capaciteit", "Locatie"],
                     ["OPDC Kustland", "Leerlingen vmbo/havo die tijdelijk niet in de klas kunnen", "80", "Duinmeer"],
                     ["Time-outvoorziening 'De Haven'", "Kortdurende opvang, max. 10 weken", "20", "Westkappel"],
                     ["ISK Kustland", "Nieuwkomers 12-18 jaar", "220", "Zandvoorde en Oostwal"],
                     ["Plusprogramma HB", "Hoogbegaafde leerlingen met vastlopend leerproces", "40", "Helmhoven"],
                     ["Zorg-onderwijsklas", "Leerlingen die (nog) niet volledig onderwijs kunnen volgen", "16",
                      "Kreekdorp"],
                     ["Vso cluster 3 en 4", "Leerlingen met TLV", "ca. 780", "5 scholen, 7 locaties"],
                     ["Praktijkonderwijs", "Leerlingen met TLV pro", "ca. 1.090", "4 scholen"]]),
          ("p", "De voorzieningen zijn met elkaar verbonden via het Expertiseteam, dat de toegang regelt en "
                "zorgt dat een leerling niet tussen twee voorzieningen in blijft hangen.")]

    b += [("h1", "4. Toewijzing en toelaatbaarheid"),
          ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het vso en het "
                "praktijkonderwijs en beslist over de aanwijzing lwoo. Het besluit wordt genomen door de "
                "Commissie Toelaatbaarheid Kustland (CTK), die bestaat uit een voorzitter namens de "
                "directeur-bestuurder, een orthopedagoog en een jeugdarts."),
          ("p", "De procedure kent vier stappen. (1) De school van inschrijving of aanmelding bereidt de aanvraag "
                "voor in een multidisciplinair overleg en legt het groeidocument vast. (2) De school dient de "
                "aanvraag in via het digitale aanvraagportaal van het samenwerkingsverband. (3) Twee deskundigen "
                "geven afzonderlijk een schriftelijk advies; de eerste is altijd een orthopedagoog of psycholoog, "
                "de tweede wordt per leerling gekozen. (4) De CTK besluit binnen zes weken na ontvangst van een "
                "volledige aanvraag; in de maanden juni en juli binnen vier weken. Voor aanvragen lwoo en pro van "
                "leerlingen uit groep 8 geldt een vaste aanvraagronde van 1 februari tot 15 maart; het besluit "
                "volgt uiterlijk 15 april."),
          ("p", "De CTK toetst aan de criteria in de onderstaande tabel."),
          ("table", [["Verklaring", "Criteria (alle moeten van toepassing zijn)", "Duur"],
                     ["TLV vso (categorie laag)", "a) ondersteuningsbehoefte op minimaal twee domeinen (leren, "
                      "gedrag, sociaal-emotioneel, communicatie) die de mogelijkheden van de vestiging met "
                      "arrangement overstijgt; b) OPP minimaal 20 weken uitgevoerd en geëvalueerd; c) advies van "
                      "beide deskundigen onderschrijft de noodzaak", "2 schooljaren, daarna herbeoordeling"],
                     ["TLV vso (categorie midden)", "Als laag, én een lichamelijke beperking of langdurige ziekte "
                      "die aanpassing van de leeromgeving vereist", "2 schooljaren"],
                     ["TLV vso (categorie hoog)", "Als laag, én meervoudige beperking met intensieve zorg", "4 "
                      "schooljaren of tot einde leerplicht"],
                     ["TLV pro", "Landelijke criteria: IQ 55-80 én leerachterstand van minimaal drie jaar op twee "
                      "van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen", "Onbepaald"],
                     ["Aanwijzing lwoo", "Landelijke criteria (IQ 75-90 met leerachterstand 1,5-3 jaar, of IQ 91-"
                      "120 met leerachterstand én sociaal-emotionele problematiek)", "Duur van de opleiding"]]),
          ("p", "Tegen een besluit van de CTK kan binnen zes weken bezwaar worden gemaakt bij het bestuur van "
                "het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist.")]

    b += [("h1", "5. Terugplaatsing en overplaatsing"),
          ("p", "Kustland wil dat leerlingen in het vso niet langer dan nodig buiten het regulier onderwijs "
                "verblijven. Terugplaatsing is voor ons het uitgangspunt zodra de ondersteuningsbehoefte zo is "
                "veranderd dat een reguliere vestiging met een arrangement kan bieden wat de leerling nodig heeft. "
                "Voorwaarden zijn dat de leerling zelf wil, dat ouders instemmen en dat er een ontvangende "
                "vestiging is die binnen redelijke reisafstand ligt. Een teruggeplaatste leerling krijgt "
                "gedurende minimaal zes maanden een terugkeerarrangement met ambulante begeleiding vanuit de "
                "vso-school en een vaste coach op de nieuwe vestiging. Ook overplaatsing naar het "
                "praktijkonderwijs of naar een andere vso-school valt onder dit beleid."),
          ("p", "Het stappenplan terugplaatsing – wie het initiatief neemt, welke evaluatiemomenten er zijn en wie "
                "besluit – wordt in het schooljaar 2026-2027 samen met de vso-scholen opgesteld en daarna aan "
                "dit plan toegevoegd.")]

    b += [("h1", "6. Thuiszitters en zorgplicht"),
          ("p", "Op 1 oktober 2025 stonden in onze regio 46 leerlingen geregistreerd als thuiszitter (langer dan "
                "vier weken ongeoorloofd of geoorloofd verzuim zonder onderwijsaanbod), van wie 19 langer dan "
                "drie maanden. Daarnaast hadden 31 leerlingen een vrijstelling van de leerplicht. Wij vinden dat "
                "te veel."),
          ("p", "Iedere school die een leerling niet kan plaatsen of dreigt te verliezen, meldt dit binnen vijf "
                "schooldagen bij het Expertiseteam. Een trajectbegeleider van het samenwerkingsverband heeft "
                "dan doorzettingsmacht: hij kan een voorziening (OPDC, time-out of zorg-onderwijsklas) inzetten "
                "zonder wachttijd en een bestuur vragen om binnen twee weken een plek te bieden. Maandelijks "
                "bespreken het Expertiseteam en de leerplichtambtenaren de thuiszitterslijst. Ieder kwartaal "
                "analyseert de beleidsmedewerker kwaliteit welke vragen niet konden worden beantwoord; die "
                "'witte vlekken' worden in het directeurenoverleg besproken. Zo is in 2025 de zorg-onderwijsklas "
                "in Kreekdorp ontstaan, omdat we zagen dat er geen plek was voor leerlingen met zware "
                "psychiatrische problematiek die deels onderwijs kunnen volgen. Op de wachtlijsten van het OPDC "
                "(gemiddeld elf leerlingen in 2025) sturen wij door uitbreiding met twintig plaatsen in 2027."),
          ("p", "De zorgplicht ligt bij het bestuur van de school waar de leerling is aangemeld. Kan dat bestuur "
                "geen passende plek vinden, dan zoekt het Expertiseteam binnen zes weken mee.")]

    b += [("h1", "7. Kwaliteitszorg en verantwoording"),
          ("p", "Onze kwaliteitszorg volgt de cyclus plan-do-check-act. Jaarlijks stellen we in het jaarplan vast "
                "wat we willen bereiken; twee keer per jaar bespreekt het directeurenoverleg de "
                "voortgangsrapportage; in het jaarverslag verantwoorden wij de bereikte resultaten aan het "
                "bestuur, de OPR, de gemeenten en de inspectie. De gegevens komen uit het registratiesysteem "
                "van het bureau, de DUO-telling, de thuiszitterslijst en een tweejaarlijks tevredenheidsonderzoek "
                "onder scholen."),
          ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten vastgesteld. In de kolom "
                "'2025' staat het bereikte resultaat aan het einde van de vorige planperiode."),
          ("table", [["Indicator", "2025 (bereikt)", "Streefwaarde 2030"],
                     ["Aantal thuiszitters > 3 maanden (peildatum 1 oktober)", "19", "maximaal 8"],
                     ["Deelnamepercentage vso", "3,4%", "3,2%"],
                     ["Terugplaatsingen vso naar regulier vo per jaar", "14", "minimaal 25"],
                     ["Leerlingen OPDC dat binnen een jaar terugkeert naar regulier", "71%", "80%"],
                     ["Vestigingen die volgens audit voldoen aan de basisondersteuning", "33 van 41", "41 van 41"],
                     ["Doorlooptijd TLV-besluit binnen zes weken", "88%", "98%"],
                     ["Leerlingen met extra ondersteuning die diploma halen (vmbo)", "86%", "90%"]]),
          ("p", "De resultaten worden ieder jaar in juni besproken. Blijft een indicator twee jaar achter, dan "
                "stelt het directeurenoverleg een verbeteractie vast. In het jaarverslag koppelen wij de "
                "resultaten aan de uitgaven per voorziening, zodat zichtbaar is wat een voorziening kost en "
                "oplevert.")]

    b += [("h1", "8. Financieel beleid"),
          ("p", "De middelen van het samenwerkingsverband worden volgens een vast verdeelmodel verdeeld. Het "
                "bestuur stelt de bedragen jaarlijks vóór 1 december vast op basis van de DUO-telling van 1 "
                "oktober. Het model kent drie onderdelen:"),
          ("bullets", ["Een vaste voet van € 28.000 per vestiging, ongeacht het aantal leerlingen.",
                       "Een schoolbudget van € 186 per ingeschreven leerling (exclusief vso), vermeerderd met € 95 "
                       "per leerling in de leerweg basis/kader.",
                       "Bovenschoolse arrangementen worden niet aan besturen uitgekeerd maar per leerling "
                       "toegekend door het Expertiseteam, op basis van het groeidocument."]),
          ("p", "Besturen zijn vrij om het schoolbudget binnen de kaders van dit plan in te zetten. De "
                "afdrachten aan het vso en het praktijkonderwijs worden rechtstreeks door DUO verrekend."),
          ("p", "Hoe de middelen in de komende jaren worden besteed, staat in de meerjarenbegroting. Die wordt "
                "jaarlijks door het bestuur vastgesteld en is te raadplegen op de website van het "
                "samenwerkingsverband."),
          ("p", "Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves volgens de landelijke "
                "methodiek. Eind 2025 lag het eigen vermogen onder die signaleringswaarde; de risico's zijn "
                "beschreven in de risicoparagraaf van het jaarverslag.")]

    b += [("h1", "9. Ouders en leerlingen"),
          ("p", "Dit hoofdstuk wordt ingevuld nadat het ouder- en leerlingenpanel in het voorjaar van 2026 zijn "
                "advies heeft uitgebracht. De onderwerpen die het panel bespreekt, zijn onder meer de "
                "informatievoorziening en de inrichting van een steunpunt.")]

    b += [("h1", "Samenwerking met gemeenten")]
    b += [("p", "De zes gemeenten en het samenwerkingsverband werken samen op het snijvlak van onderwijs en "
                "jeugdhulp. Afspraken over schoolmaatschappelijk werk, zorg in onderwijstijd en de inzet van "
                "jeugdprofessionals op de vestigingen zijn vastgelegd in de Regionale Agenda Onderwijs-Jeugd "
                "2025-2028.")]
    b += filler_oogo_procedureel(p)
    b += filler_governance(p)
    b += filler_opr(p, met_ouders=False)
    b += filler_personeel(p)
    b += filler_ict(p)
    b += filler_planning(p, [["2026-2027", "Stappenplan terugplaatsing met vso-scholen", "Beleidsmedewerker"],
                             ["2026-2027", "Uitbreiding OPDC (besluitvorming)", "Bestuur"],
                             ["2027-2028", "Audits basisondersteuning ronde 1", "Auditteam"],
                             ["2028-2029", "Tussenevaluatie", "Functionaris kwaliteitszorg"],
                             ["2029-2030", "Nieuw ondersteuningsplan", "Directeur-bestuurder"]])
    b += glossary([
        ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep."],
        ["Informatiepunt ouders", "Loket waar ouders terecht kunnen met vragen."],
        ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen situaties."],
        ["Meerjarenbegroting", "Begroting voor vier jaar, met per jaar de lasten per post."],
        ["Ouder- en jeugdsteunpunt", "Steunpunt dat ouders en jongeren onafhankelijk informeert."],
        ["Terugplaatsing", "Terugkeer naar het regulier onderwijs na het vso."],
    ])
    b += abbrevs(STD_ABBREVS)

    name = "vo-kustland-ondersteuningsplan"
    header = "SWV VO Kustland | Ondersteuningsplan 2026-2030 | ouders – financiën – resultaten"
    render_docx(b, OUT / (name + ".docx"), header, "VO 27-03 Kustland")
    docx_to_pdf(OUT / (name + ".docx"))
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "3.1 defines the level for all 41 vestigingen and the audit (borging), but the content is only in the absent 'Kwaliteitskaart basisondersteuning (bijlage 2)'.",
        "plaatsing": "Ch. 4: four steps, CTK, 6 weeks, two deskundigen; criteria for vso laag/midden/hoog, pro and lwoo only in the table.",
        "terugstroom": "Ch. 5 states policy (aim, conditions, terugkeerarrangement 6 months); the stappenplan (procedure) is deferred to 2026-2027. Figures in the ch. 7 table.",
        "financien": "Ch. 8: verdeelmodel with vaste voet and per-leerling amounts; besteding only 'te raadplegen op de website' (meerjarenbegroting not in the plan).",
        "dekkend-aanbod": "Ch. 3.3 table of voorzieningen plus ch. 6 thuiszitters with doorzettingsmacht, witte-vlekken analysis and wachtlijst action.",
        "resultaten": "Ch. 7 'Kwaliteitszorg en verantwoording': PDCA, sources, indicator table with 2025 achieved and 2030 streefwaarden.",
        "ouders": "Ch. 9 'Ouders en leerlingen' is a placeholder deferred to the panel's advice; OPR text names no parents; OJSP/onderwijsconsulent only in the begrippenlijst.",
    }
    write_label(name, make_label([name + ".docx", name + ".pdf"], "vo", crit, adv, notes))

# ---------------------------------------------------------------------------
# Plan C: VO Deltastad (docx + pdf)
# BO present (table) | PL partial (procedure -> Handreiking on website) | TS missing (glossary/uitstroom traps) |
# FI present under "Geld en middelen" | DA present | RE partial (monitoring deferred) | OU present
# ---------------------------------------------------------------------------


def plan_c():
    p = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Deltastad", kort="SWV VO Deltastad",
             code="VO 28-12", gemeenten=["Deltastad", "Maasmonde", "Rietwijk", "Spaarnedam"],
             n_besturen=14, n_scholen=38, n_vest=57, n_lln="31.200", periode="2026-2030",
             sector_tekst="het voortgezet onderwijs in de stadsregio, inclusief vso en praktijkonderwijs",
             bestuurder="dr. S. (Samira) El Idrissi", missie="Geen talent verloren, geen jongere buitenspel",
             fte_bureau="27,4", bureau_plaats="Deltastad", opr_datum="12 maart 2026",
             oogo_datum="26 februari 2026", vaststelling="19 maart 2026")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", "Samenwerkingsverband Voortgezet Onderwijs Deltastad (VO 28-12) – 'Elke jongere telt'"),
          ("p", "Opgesteld door de afdeling Kwaliteit, Onderzoek & Beleid. Vastgesteld 19 maart 2026."),
          ("pagebreak", None),
          ("toc", ["Voorwoord", "Terugblik op de planperiode 2022-2026", "1. Context en kengetallen",
                   "2. Missie, visie en ambities", "3. Wat elke school biedt", "4. Ondersteuningsroutes en "
                   "voorzieningen", "5. Deltastad Thuiszittersaanpak", "6. Toelaatbaarheid",
                   "7. Samen met ouders", "8. Onze ambities in cijfers", "9. Geld en middelen",
                   "10. Samenwerking met gemeenten", "11. Organisatie en governance", "12. Medezeggenschap",
                   "13. Personeel en professionalisering", "14. ICT en privacy", "15. Planning",
                   "Bijlage A Begrippenlijst (incl. terugplaatsing, resultaten, monitoring)"]),
          ("pagebreak", None)]
    b += filler_voorwoord(p)
    b += [("h1", "Terugblik op de planperiode 2022-2026"),
          ("p", "De afgelopen planperiode stond in het teken van de coronanasleep, een bestuurswisseling en "
                "de verhuizing van het bureau naar het Onderwijshuis aan de Havenkade. Veel energie ging naar het "
                "op orde brengen van de organisatie. De evaluatie van het vorige plan is in november 2025 met de "
                "OPR besproken; de uitkomsten daarvan zijn opgenomen in het jaarverslag 2024-2025 van het "
                "samenwerkingsverband. Wij nemen hier drie lessen mee: houd het eenvoudig, maak afspraken "
                "zichtbaar voor ouders, en investeer in de verbinding met de jeugdhulp.")]
    b += filler_leeswijzer(p)
    b += filler_context(p, [["Kengetal", "Aantal"], ["Besturen", "14"], ["Scholen / vestigingen", "38 / 57"],
                            ["Leerlingen vo", "31.214"], ["Leerlingen vso", "1.402"], ["Leerlingen pro", "1.655"],
                            ["Leerlingen ISK", "870"]])
    b += filler_visie(p)

    b += [("h1", "3. Wat elke school biedt"),
          ("p", "Elke vestiging in Deltastad biedt hetzelfde vloerniveau aan ondersteuning. Dat vloerniveau – in "
                "de wet basisondersteuning genoemd – is door alle besturen ondertekend en geldt voor alle 57 "
                "vestigingen, van het kleinste categorale gymnasium tot de grootste vmbo-school. Ouders mogen "
                "erop rekenen dat zij het onderstaande op iedere vestiging aantreffen, zonder dat daar een "
                "aanvraag of indicatie voor nodig is."),
          ("table", [["Onderdeel", "Wat u op elke vestiging aantreft"],
                     ["Begeleiding in de klas", "Mentoraat met wekelijks mentoruur; differentiatie in de les; "
                      "vaste afspraken over huiswerkbegeleiding in de onderbouw"],
                     ["Leerproblemen", "Dyslexie- en dyscalculiebegeleiding volgens protocol; compenserende "
                      "middelen (laptop, voorleessoftware, extra tijd)"],
                     ["Sociaal-emotioneel", "Faalangsttraining, weerbaarheidstraining, anti-pestcoördinator, "
                      "vertrouwenspersoon"],
                     ["Gedrag", "Schoolbrede gedragsaanpak; time-outruimte met begeleiding; herstelgesprekken"],
                     ["Mensen", "Ondersteuningscoördinator, zorgadviesteam met jeugdarts en "
                      "schoolmaatschappelijk werk, toegang tot orthopedagoog"],
                     ["Medisch", "Protocol medisch handelen; aanpassingen voor leerlingen met een "
                      "chronische ziekte"],
                     ["Werkwijze", "OPP binnen zes weken na de constatering dat een leerling meer nodig heeft; "
                      "evaluatie met ouders en leerling twee keer per jaar"]]),
          ("p", "Scholen die meer bieden, vermelden dat in hun schoolgids. Een vestiging die het vloerniveau "
                "niet haalt, bespreekt met de directeur-bestuurder hoe en wanneer zij het alsnog haalt.")]

    b += [("h1", "4. Ondersteuningsroutes en voorzieningen"),
          ("p", "Tussen het vloerniveau en het vso ligt een breed palet aan ondersteuning. Op de vestiging kan "
                "het zorgadviesteam een arrangement samenstellen met middelen uit het schoolbudget. Lukt het "
                "niet op de eigen vestiging, dan schakelt de school de Ondersteuningsroute in: een consulent van "
                "het samenwerkingsverband bekijkt samen met school, ouders en leerling welke bovenschoolse "
                "voorziening past."),
          ("bullets", ["Vier OPDC-locaties (De Brug, Het Anker, De Kaap en Op Koers), samen 210 plaatsen, voor "
                       "leerlingen die tijdelijk een kleinere setting nodig hebben.",
                       "Het Reboundcentrum Maasmonde voor kortdurende plaatsingen van maximaal 13 weken.",
                       "De Internationale Schakelklassen voor nieuwkomers op drie locaties.",
                       "De Dubbel Talent Academie voor hoogbegaafde leerlingen die vastlopen.",
                       "Twee onderwijs-zorgklassen in samenwerking met de jeugd-GGZ.",
                       "Zes vso-scholen (cluster 3 en 4) en vijf scholen voor praktijkonderwijs."]),
          ("p", "Met de vso-scholen zijn afspraken gemaakt over gedeelde expertise: vso-specialisten ondersteunen "
                "reguliere vestigingen met consultatie en ambulante begeleiding."),
          ("p", "Na het vo stromen de meeste leerlingen uit het vso en het praktijkonderwijs uit naar het mbo, "
                "naar werk of naar dagbesteding. De uitstroom wordt door de scholen bijgehouden en met de "
                "mbo-instellingen besproken.")]

    b += [("h1", "5. Deltastad Thuiszittersaanpak"),
          ("p", "In een stad als de onze is thuiszitten geen randverschijnsel. Op de peildatum 1 oktober 2025 "
                "telden wij 118 jongeren die langer dan vier weken zonder onderwijs thuis zaten. De Deltastad "
                "Thuiszittersaanpak bestaat uit drie lagen."),
          ("numbered", ["Signaleren: iedere vestiging meldt verzuim van meer dan 16 uur in vier weken bij "
                        "leerplicht en meldt iedere leerling die langer dan twee weken niet naar school gaat bij "
                        "het Doorbraakteam.",
                        "Doorbreken: het Doorbraakteam (samenwerkingsverband, leerplicht, jeugdhulp) stelt binnen "
                        "tien werkdagen een plan op met een concrete onderwijsplek en een datum.",
                        "Leren van wat ontbreekt: elke zes maanden analyseert het team welke plekken ontbraken. "
                        "Die analyse leidde eerder tot de tweede onderwijs-zorgklas en leidt nu tot een plan voor "
                        "een voorziening voor jongeren met ernstige angstklachten (opening 2027)."]),
          ("p", "Het bestuur waar een leerling is aangemeld, houdt zorgplicht tot er een passende plek is "
                "gevonden; besturen helpen elkaar, en als het nodig is neemt de directeur-bestuurder de regie.")]

    b += [("h1", "6. Toelaatbaarheid"),
          ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het vso en het "
                "praktijkonderwijs. Hoe een aanvraag wordt ingediend, welke documenten nodig zijn en binnen welke "
                "termijn wordt beslist, is beschreven in de Handreiking Toewijzing 2026, die op onze website "
                "staat."),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (1) de "
                "vestiging heeft de basisondersteuning en een arrangement aantoonbaar ingezet en geëvalueerd, "
                "gedurende minimaal twaalf weken; (2) de ondersteuningsbehoefte van de leerling ligt op meerdere "
                "gebieden tegelijk en vraagt om een structureel kleinere groep, een specialistische pedagogische "
                "aanpak én zorg die niet binnen een reguliere vestiging kan worden georganiseerd; (3) er is een "
                "perspectief op een vorm van uitstroom die in het vso beter haalbaar is dan in het regulier "
                "onderwijs. Bij een acute veiligheidssituatie kan van voorwaarde (1) worden afgeweken."),
          ("p", "Voor praktijkonderwijs gelden de landelijke criteria voor intelligentie (IQ tussen 55 en 80) en "
                "leerachterstand (drie jaar of meer op ten minste twee domeinen). Een TLV vso wordt in de regel "
                "voor twee schooljaren afgegeven in de bekostigingscategorie laag; de categorieën midden en "
                "hoog worden alleen toegekend bij een lichamelijke of meervoudige beperking."),
          ("p", "Ouders kunnen tegen een besluit bezwaar maken. De bezwaren worden voorgelegd aan de Landelijke "
                "Bezwaaradviescommissie.")]

    b += [("h1", "7. Samen met ouders"),
          ("p", "Ouders kennen hun kind het best. Wij willen dat ouders weten wat zij van een school mogen "
                "verwachten en waar zij terechtkunnen als het schuurt."),
          ("p", "Iedere vestiging bespreekt bij de intake met ouders wat de school op het gebied van "
                "ondersteuning biedt en geeft de ouderbrochure 'Ondersteuning in Deltastad' mee, die de tabel "
                "uit hoofdstuk 3 en de bovenschoolse voorzieningen in eenvoudige taal uitlegt (ook in het Engels, "
                "Arabisch, Turks en Pools). Op de website van het samenwerkingsverband staat een zoekfunctie "
                "waarmee ouders per vestiging het ondersteuningsaanbod kunnen vinden. Twee keer per jaar "
                "organiseren wij in de bibliotheek een 'Ouderavond Passend Onderwijs'."),
          ("p", "Wie er met de school niet uitkomt, staat er niet alleen voor. Het Ouder- en Jongerensteunpunt "
                "Deltastad, dat wordt uitgevoerd door een onafhankelijke stichting en niet door het "
                "samenwerkingsverband, helpt ouders en jongeren kosteloos bij vragen, bemiddelt bij "
                "meningsverschillen en gaat desgewenst mee naar gesprekken. Daarnaast kunnen ouders een beroep "
                "doen op de onderwijsconsulenten en kunnen zij een geschil over toelating, verwijdering of het "
                "OPP voorleggen aan de landelijke geschillencommissie passend onderwijs."),
          ("p", "In de OPR hebben ouders en leerlingen de helft van de zetels.")]

    b += [("h1", "8. Onze ambities in cijfers"),
          ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen met "
                "een ondersteuningsbehoefte:"),
          ("table", [["Ambitie", "Doel 2030"],
                     ["Thuiszitters langer dan drie maanden", "minder dan 15"],
                     ["Jongeren met een vrijstelling van inschrijving (art. 5 onder a)", "maximaal 60"],
                     ["OPDC-leerlingen die binnen een jaar naar regulier onderwijs gaan", "75%"],
                     ["Vso-leerlingen met een diploma of certificaat bij uitstroom", "70%"],
                     ["Vestigingen die het vloerniveau volledig bieden", "57 van 57"]]),
          ("p", "Hoe wij de voortgang op deze ambities gaan meten, met welke bronnen en hoe vaak wij daarover "
                "rapporteren, wordt in het eerste planjaar uitgewerkt in een nieuw monitoringskader. Dat kader "
                "wordt aan de OPR voorgelegd.")]

    b += [("h1", "9. Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 38 miljoen aan ondersteuningsmiddelen. "
                "Na aftrek van de verplichte afdrachten aan het vso en het praktijkonderwijs (die DUO rechtstreeks "
                "verrekent) resteert ongeveer € 17,5 miljoen, dat wij als volgt verdelen:"),
          ("bullets", ["75 procent gaat als schoolbudget naar de besturen, naar rato van het aantal leerlingen op "
                       "1 oktober van het voorgaande jaar (in 2026: € 418 per leerling). Besturen met veel "
                       "leerlingen in de basis- en kaderberoepsgerichte leerweg ontvangen een toeslag van 15 "
                       "procent per leerling in die leerwegen.",
                       "20 procent is bestemd voor de bovenschoolse voorzieningen (OPDC's, Rebound, "
                       "onderwijs-zorgklassen); de plaatsen worden niet per bestuur gekocht maar op basis van "
                       "de behoefte van de leerling toegewezen.",
                       "5 procent is bestemd voor het bureau en voor de Thuiszittersaanpak."]),
          ("p", "Besturen leggen in hun jaarverslag verantwoording af over de besteding van het schoolbudget "
                "met een vast format. De meerjarenbegroting (bedragen × € 1.000) ziet er als volgt uit:"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbekostiging", "38.120", "37.850", "37.410", "37.020"],
                     ["Afdrachten vso en pro (DUO)", "20.600", "20.450", "20.300", "20.150"],
                     ["Schoolbudgetten besturen", "13.140", "13.050", "12.820", "12.650"],
                     ["Bovenschoolse voorzieningen", "3.510", "3.600", "3.640", "3.660"],
                     ["Bureau en Thuiszittersaanpak", "1.210", "1.230", "1.250", "1.270"],
                     ["Resultaat", "-340", "-480", "-600", "-710"]]),
          ("p", "De negatieve resultaten zijn bewust begroot om de reserve af te bouwen tot het niveau van de "
                "signaleringswaarde.")]

    b += [("h1", "10. Samenwerking met gemeenten"),
          ("p", "De vier gemeenten en het samenwerkingsverband hebben in 2025 de Deltastad Jeugdagenda vastgesteld. "
                "Daarin zijn afspraken gemaakt over schoolmaatschappelijk werk op alle vestigingen, zorg in "
                "onderwijstijd, leerlingenvervoer naar het vso en de aanpak van verzuim.")]
    b += filler_oogo_procedureel(p)
    b += filler_onderwijs_arbeid(p)
    b += filler_governance(p)
    b += filler_opr(p, met_ouders=True)
    b += filler_personeel(p)
    b += filler_ict(p)
    b += filler_planning(p, [["2026-2027", "Monitoringskader", "Afdeling Kwaliteit, Onderzoek & Beleid"],
                             ["2026-2027", "Vernieuwing ouderbrochure", "Communicatie"],
                             ["2027-2028", "Opening voorziening angstklachten", "Bestuur"],
                             ["2028-2029", "Tussenevaluatie", "Directeur-bestuurder"]])
    b += glossary([
        ["Monitoring", "Het stelselmatig volgen van ontwikkelingen met gegevens."],
        ["Overplaatsing", "Overstap van een leerling naar een andere school of schoolsoort."],
        ["Resultaten", "Beoogde en bereikte uitkomsten voor leerlingen met extra ondersteuning."],
        ["Terugplaatsing", "De overstap van een leerling uit het vso naar het regulier vo na afloop van de TLV."],
        ["Uitstroom", "Vertrek van een leerling naar vervolgonderwijs, werk of dagbesteding."],
        ["Vloerniveau", "Zie basisondersteuning."],
    ], "Bijlage A Begrippenlijst")
    b += abbrevs(STD_ABBREVS)

    name = "vo-deltastad-op-2026-2030"
    header = "Ondersteuningsplan SWV VO Deltastad 2026-2030 | terugplaatsing en overplaatsing | monitoring"
    render_docx(b, OUT / (name + ".docx"), header, "SWV VO Deltastad")
    docx_to_pdf(OUT / (name + ".docx"))
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 'Wat elke school biedt': 'vloerniveau' for all 57 vestigingen with a content table.",
        "plaatsing": "Ch. 6: criteria for vso and pro are in the body; the procedure (aanvraag, termijn) is only in the Handreiking on the website.",
        "terugstroom": "Nothing: only 'uitstroom' to mbo/werk (ch. 4), 'Terugblik', and glossary/header entries for terugplaatsing/overplaatsing.",
        "financien": "Ch. 9 'Geld en middelen': 75/20/5 verdeling with € 418 per leerling, meerjarenbegroting 2026-2029 table.",
        "dekkend-aanbod": "Ch. 4 voorzieningen list; ch. 5 Thuiszittersaanpak with Doorbraakteam, gap analysis every six months, zorgplicht.",
        "resultaten": "Ch. 8 table of beoogde resultaten; measuring/reporting explicitly deferred to a monitoringskader; terugblik refers to the jaarverslag.",
        "ouders": "Ch. 7 'Samen met ouders': intake, brochure, website search, ouderavond; independent steunpunt, onderwijsconsulenten, geschillencommissie.",
    }
    write_label(name, make_label([name + ".docx", name + ".pdf"], "vo", crit, adv, notes))

# ---------------------------------------------------------------------------
# Plan D: VO Heuvelland (html web version)
# BO partial (niveau not agreed) | PL missing (absent Toewijzingsreglement) | TS partial (beleid deferred) |
# FI partial (verdeling deferred) | DA present | RE partial (doelen after nulmeting) | OU partial (informatie deferred)
# ---------------------------------------------------------------------------


def plan_d():
    p = dict(naam="Samenwerkingsverband Passend Voortgezet Onderwijs Heuvelland", kort="SWV Heuvelland",
             code="VO 23-05", gemeenten=["Bergenrade", "Valkenhoven", "Steenberg-Zuid", "Mergelland",
                                          "Gulpendal", "Roodeberg", "Eikendaal"],
             n_besturen=8, n_scholen=19, n_vest=37, n_lln="18.300", periode="2026-2030",
             sector_tekst="het voortgezet onderwijs in Heuvelland (vo, vso en praktijkonderwijs)",
             bestuurder="ir. H.W.M. (Huub) Janssen-Mertens", missie="Samen zorgen dat elke leerling tot bloei komt",
             fte_bureau="16,0", bureau_plaats="Valkenhoven", opr_datum="5 maart 2026",
             oogo_datum="19 februari 2026", vaststelling="12 maart 2026")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030 – webversie"),
          ("subtitle", "Samenwerkingsverband Passend Voortgezet Onderwijs Heuvelland (VO 23-05)"),
          ("p", "U leest de webversie van het ondersteuningsplan. De pdf-versie met alle bijlagen (waaronder "
                "bijlage 3 Toewijzingsreglement en bijlage 5 Financieel kader) kunt u downloaden via de knop "
                "onderaan deze pagina. Laatst bijgewerkt: 14 maart 2026 door de kwaliteitsfunctionaris."),
          ("toc", ["Voorwoord", "1. Context en kengetallen", "2. Missie, visie en ambities",
                   "3. Basisondersteuning", "4. Het ondersteuningsaanbod van Heuvelland",
                   "5. Meldpunt Vastgelopen Leerlingen", "6. Toelaatbaarheid (TLV vso, pro, lwoo)",
                   "7. Terug naar het regulier onderwijs", "8. Zo volgen wij onze resultaten",
                   "9. Financiën", "10. Ouders", "11. Gemeenten en jeugdhulp", "12. Organisatie",
                   "13. Medezeggenschap", "14. Personeel", "15. ICT en privacy", "16. Planning",
                   "Woordenlijst"])]
    b += filler_voorwoord(p)
    b += filler_leeswijzer(p, "Op de website zijn de hoofdstukken ook afzonderlijk te lezen.")
    b += filler_context(p, [["Kengetal", "1 oktober 2025"], ["Besturen", "8"], ["Scholen", "19"],
                            ["Vestigingen", "37"], ["Leerlingen vo", "18.296"], ["Leerlingen vso", "702"],
                            ["Leerlingen pro", "811"]])
    b += filler_visie(p, v=1)

    b += [("h1", "3. Basisondersteuning"),
          ("p", "De basisondersteuning in Heuvelland bestaat uit de volgende voorzieningen en interventies:"),
          ("bullets", ["een mentor per klas met tijd voor individuele leerlinggesprekken;",
                       "een ondersteuningscoördinator en een ondersteuningsteam met schoolmaatschappelijk werk;",
                       "begeleiding bij dyslexie en dyscalculie met compenserende en dispenserende maatregelen;",
                       "trainingen faalangst, sociale vaardigheden en examenvrees;",
                       "een opvangplek met begeleiding voor leerlingen die tijdelijk niet in de les kunnen zijn;",
                       "een protocol medisch handelen en afspraken met de jeugdarts;",
                       "handelingsgericht werken met een OPP voor leerlingen met extra behoeften."]),
          ("p", "Hoe en in welke omvang een vestiging deze voorzieningen inricht, verschilt per school en staat in "
                "het schoolondersteuningsprofiel van de school. Bindende afspraken over het niveau dat elke "
                "vestiging minimaal moet halen, maken de besturen niet in dit plan: zij wachten de landelijke "
                "norm basisondersteuning af en nemen daarover een besluit zodra die norm wettelijk is "
                "verankerd.")]

    b += [("h1", "4. Het ondersteuningsaanbod van Heuvelland"),
          ("p", "Het aanbod in Heuvelland is opgebouwd als een trap. Iedere trede is bedoeld voor leerlingen die "
                "meer nodig hebben dan de trede ervoor."),
          ("table", [["Trede", "Aanbod", "Toegang"],
                     ["1. Vestiging", "Basisondersteuning en schoolarrangementen (begeleidingsuren, "
                      "trajectklas, coaching)", "Ondersteuningsteam van de school"],
                     ["2. Regio-arrangement", "Ambulante begeleiding door vso-specialisten, "
                      "gedragsconsultatie, autisme-arrangement in de klas", "Aanvraag bij het Expertisepunt"],
                     ["3. Tussenvoorziening", "OPDC Heuvelland (Bergenrade, 70 plaatsen), Rebound "
                      "Valkenhoven (16 plaatsen), ISK (Mergelland)", "Plaatsingstafel van het "
                      "samenwerkingsverband"],
                     ["4. Gespecialiseerd", "Vier vso-scholen cluster 3/4, twee scholen voor praktijkonderwijs, "
                      "lwoo op negen vmbo-vestigingen", "Met TLV of aanwijzing"],
                     ["5. Onderwijs-zorg", "Twee onderwijs-zorgklassen bij de jeugd-GGZ; maatwerktrajecten "
                      "met dagbesteding", "Plaatsingstafel, samen met de gemeente"]]),
          ("p", "De Plaatsingstafel komt elke twee weken bijeen en bestaat uit de coördinator van het "
                "Expertisepunt, de directeuren van de tussenvoorzieningen en een vertegenwoordiger van de "
                "gemeenten. Zij zorgt ervoor dat een leerling op de passende trede terechtkomt en dat een "
                "leerling die een trede lager kan, daar ook weer naartoe gaat.")]

    b += [("h1", "5. Meldpunt Vastgelopen Leerlingen"),
          ("p", "Heuvelland kent sinds 2024 een Meldpunt Vastgelopen Leerlingen. Scholen, leerplicht, "
                "jeugdhulp en ouders kunnen bij het meldpunt iedere jongere melden die geen passende "
                "onderwijsplek heeft of dreigt te verliezen. Binnen vijf werkdagen neemt een casusregisseur "
                "contact op; binnen vier weken moet er een plan met een onderwijsplek liggen. Lukt dat niet, dan "
                "gaat de casus naar het Escalatieoverleg van de directeur-bestuurder en de wethouder."),
          ("p", "Het meldpunt registreert waarom een plek ontbreekt. Jaarlijks rapporteert het aan het "
                "directeurenoverleg welke tekorten in het aanbod het zag. Op basis daarvan is in 2025 besloten "
                "tot een tweede onderwijs-zorgklas en tot uitbreiding van het OPDC met tien plaatsen in 2026. "
                "De besturen hebben afgesproken dat een school die een leerling weigert, zelf meezoekt tot er "
                "een plek is (zorgplicht).")]

    b += [("h1", "6. Toelaatbaarheid (TLV vso, pro, lwoo)"),
          ("p", "Het samenwerkingsverband is verantwoordelijk voor de toelaatbaarheid tot het vso en het "
                "praktijkonderwijs en voor de aanwijzing lwoo. Voor de procedure en de criteria volgen wij het "
                "Toewijzingsreglement Heuvelland 2026 (bijlage 3). Het reglement is door het bestuur vastgesteld "
                "en is in de pdf-versie opgenomen.")]

    b += [("h1", "7. Terug naar het regulier onderwijs"),
          ("p", "In het laatste schooljaar van een TLV evalueert de commissie van begeleiding van de vso-school "
                "vóór 1 februari het OPP van de leerling, samen met ouders en leerling. Blijkt terugkeer haalbaar, "
                "dan meldt de vso-school de leerling vóór 15 maart aan bij de Plaatsingstafel. De Plaatsingstafel "
                "wijst binnen drie weken een ontvangende vestiging aan; de vso-school en de ontvangende vestiging "
                "stellen samen een overdrachtsdocument op, waarna de directeur van de ontvangende vestiging de "
                "inschrijving bevestigt. Is terugkeer niet haalbaar, dan start de vso-school een aanvraag voor een "
                "nieuwe TLV. De TLV eindigt op 31 juli van het laatste schooljaar."),
          ("p", "Welke doelen en voorwaarden wij aan terugplaatsing verbinden, en welke begeleiding een "
                "leerling na de terugkeer krijgt, is onderdeel van de herijking van het terugplaatsingsbeleid "
                "die in 2027 op de agenda staat.")]

    b += [("h1", "8. Zo volgen wij onze resultaten"),
          ("p", "Het samenwerkingsverband volgt de ontwikkelingen met het dashboard 'Kompas Heuvelland'. Elk "
                "kwartaal worden daarin de volgende gegevens ververst: het aantal afgegeven TLV's per categorie, "
                "het aantal leerlingen in de tussenvoorzieningen en hun vervolgplek, het aantal meldingen bij het "
                "Meldpunt en de doorlooptijd, het aantal thuiszitters en vrijstellingen en het aantal "
                "terugplaatsingen. Twee keer per jaar bespreekt het directeurenoverleg een analyse van deze "
                "gegevens; de directeur-bestuurder rapporteert halfjaarlijks aan de raad van toezicht en de OPR. "
                "Elke twee jaar houden wij een tevredenheidsonderzoek onder scholen en ouders. Het jaarverslag "
                "bevat een hoofdstuk waarin de bereikte resultaten worden beschreven en geduid."),
          ("p", "In het schooljaar 2024-2025 ging 69 procent van de OPDC-leerlingen binnen een jaar terug naar "
                "een reguliere vestiging; het Meldpunt ontving 83 meldingen, waarvan er 71 binnen vier weken tot "
                "een plek leidden; er vonden 9 terugplaatsingen vanuit het vso plaats."),
          ("p", "Beoogde resultaten voor deze planperiode formuleren wij na de nulmeting die in het schooljaar "
                "2026-2027 plaatsvindt.")]

    b += [("h1", "9. Financiën"),
          ("p", "De verdeling van de middelen over de schoolbesturen wordt herzien. Het nieuwe verdeelmodel "
                "wordt in 2027 vastgesteld na advies van de werkgroep Financiën; tot die tijd blijft de "
                "verdeelsleutel van het vorige ondersteuningsplan van toepassing (zie ook bijlage 5 Financieel "
                "kader)."),
          ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen in euro's):"),
          ("table", [["Lasten", "2026", "2027", "2028", "2029"],
                     ["Budget schoolbesturen", "6.850.000", "6.790.000", "6.700.000", "6.610.000"],
                     ["Tussenvoorzieningen (OPDC, Rebound)", "2.420.000", "2.560.000", "2.580.000", "2.600.000"],
                     ["Regio-arrangementen en Expertisepunt", "1.310.000", "1.330.000", "1.340.000", "1.350.000"],
                     ["Meldpunt Vastgelopen Leerlingen", "310.000", "315.000", "320.000", "325.000"],
                     ["Bureau en bestuur", "1.120.000", "1.140.000", "1.160.000", "1.180.000"],
                     ["Totaal", "12.010.000", "12.135.000", "12.100.000", "12.065.000"]])]

    b += [("h1", "10. Ouders"),
          ("p", "De informatievoorziening aan ouders over het ondersteuningsaanbod wordt in 2026 vernieuwd. Een "
                "nieuwe ouderwebsite is in ontwikkeling; tot die tijd kunnen ouders terecht bij de school van "
                "hun kind."),
          ("p", "Ouders die er met de school of met het samenwerkingsverband niet uitkomen, kunnen kosteloos "
                "aankloppen bij het Steunpunt Ouders & Jongeren Heuvelland. Het steunpunt is onafhankelijk: het "
                "wordt bemand door ervaringsdeskundige ouders en een jurist onderwijsrecht en valt niet onder "
                "het samenwerkingsverband. Het steunpunt denkt mee, bemiddelt en kan ouders doorverwijzen naar "
                "de onderwijsconsulenten of de Geschillencommissie passend onderwijs. Het steunpunt is bereikbaar "
                "via telefoon, e-mail en een wekelijks spreekuur in Valkenhoven."),
          ("p", "Ouders zijn volwaardig partner bij het opstellen van het OPP en hebben via de OPR invloed op het "
                "beleid.")]

    b += [("h1", "11. Gemeenten en jeugdhulp"),
          ("p", "De zeven gemeenten in Heuvelland werken met het samenwerkingsverband samen in de Regionale "
                "Onderwijs-Jeugdtafel. Afgesproken is dat op elke vestiging een jeugdprofessional aanwezig is, "
                "dat onderwijs-zorgarrangementen gezamenlijk worden bekostigd en dat het leerlingenvervoer naar "
                "de vso-scholen wordt afgestemd op de schooltijden.")]
    b += filler_oogo_procedureel(p)
    b += filler_governance(p)
    b += filler_opr(p, met_ouders=True)
    b += filler_personeel(p)
    b += filler_kennisdeling(p)
    b += filler_ict(p)
    b += filler_planning(p, [["2026-2027", "Nulmeting resultaten", "Kwaliteitsfunctionaris"],
                             ["2026-2027", "Nieuwe ouderwebsite", "Communicatie"],
                             ["2027-2028", "Verdeelmodel en herijking terugplaatsingsbeleid", "Bestuur"],
                             ["2028-2029", "Besluit norm basisondersteuning", "Besturen"]])
    b += glossary([
        ["Basisondersteuning", "Het niveau van ondersteuning dat iedere vestiging ten minste biedt."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
        ["Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."],
        ["Criteria toelaatbaarheid", "De voorwaarden waaronder een leerling een TLV krijgt."],
        ["Informatievoorziening", "De wijze waarop ouders worden geïnformeerd over de ondersteuning."],
        ["Verdeelmodel", "De verdeling van middelen over de besturen."],
    ], "Woordenlijst")

    name = "vo-heuvelland-ondersteuningsplan-web"
    header = ("Passend VO Heuvelland | Home > Over ons > Ondersteuningsplan | Menu: Ouders – Toelaatbaarheid – "
              "Financiën – Resultaten – Contact")
    footer = ("© SWV Passend VO Heuvelland – Download pdf met bijlagen (Toewijzingsreglement, Financieel kader) – "
              "Voor ouders: informatie en steunpunt – Privacyverklaring")
    render_html(b, OUT / (name + ".html"), header, footer)
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True}
    adv = {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 lists the content, but no agreed minimum level for every vestiging (deferred until the landelijke norm).",
        "plaatsing": "Ch. 6 only refers to 'Toewijzingsreglement (bijlage 3)', which is not part of the input; bezwaar/criteria appear only in the woordenlijst.",
        "terugstroom": "Ch. 7: procedure (1 feb evaluation, 15 maart Plaatsingstafel, 3 weeks, 31 juli); aims/conditions/support after return deferred to 2027.",
        "financien": "Ch. 9: meerjarenbegroting table with amounts; verdeelmodel deferred to 2027 and referred to the old plan and absent bijlage 5.",
        "dekkend-aanbod": "Ch. 4 five-step trap table; ch. 5 Meldpunt Vastgelopen Leerlingen with terms, escalation, yearly gap report, zorgplicht.",
        "resultaten": "Ch. 8: dashboard, quarterly data, half-yearly reporting, achieved figures; beoogde resultaten deferred until after the nulmeting.",
        "ouders": "Ch. 10: information deferred to a new website 'in ontwikkeling'; independent Steunpunt Ouders & Jongeren, onderwijsconsulenten, geschillencommissie.",
    }
    write_label(name, make_label([name + ".html"], "vo", crit, adv, notes))

# ---------------------------------------------------------------------------
# Plan E: PO De Veenlanden (docx)
# BO missing (deferred addendum) | PL present | TS present ("De weg terug") | FI present ("Hoe het geld rondgaat") |
# DA missing (inventory deferred; OOGO only procedural) | RE present | OU present
# ---------------------------------------------------------------------------


def plan_e():
    p = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Veenlanden", kort="SWV De Veenlanden",
             code="PO 20-08", gemeenten=["Veendijk", "Turfhaven", "Moerwolde", "Nieuw-Compas"],
             n_besturen=12, n_scholen=74, n_vest=81, n_lln="12.950", periode="2026-2030",
             sector_tekst="het primair onderwijs (basisonderwijs, speciaal basisonderwijs en speciaal onderwijs)",
             bestuurder="A. (Anneke) Hofstede-Brink", missie="Ieder kind een goede start, dichtbij huis",
             fte_bureau="9,8", bureau_plaats="Turfhaven", opr_datum="10 maart 2026",
             oogo_datum="24 februari 2026", vaststelling="17 maart 2026",
             tekort="op meerdere scholen staan groepen zonder vaste leerkracht en werken klassen met invallers",
             leiders="directeuren", netwerk="intern begeleiders", opr_ouders="ouders",
             opr_thema="de begeleiding van jonge kinderen in de kleutergroepen")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs De Veenlanden (PO 20-08)"),
          ("p", "Vastgesteld door het bestuur op 17 maart 2026. Kenmerk SWV/OP/2026-01. Opgesteld door de "
                "kwaliteitsmedewerker van het bureau."),
          ("pagebreak", None),
          ("toc", ["Voorwoord", "1. Context en kengetallen", "2. Missie, visie en ambities",
                   "3. Basisondersteuning", "4. Toelaatbaarheid sbo en so", "5. Dekkend aanbod en thuiszitters",
                   "6. Hoe het geld rondgaat", "7. Wat we willen bereiken en hoe we dat volgen",
                   "8. Ouders", "9. Organisatie en governance", "10. Medezeggenschap",
                   "11. Personeel", "12. ICT en privacy", "13. Planning", "Begrippenlijst"]),
          ("pagebreak", None)]
    b += filler_voorwoord(p)
    b += filler_leeswijzer(p)
    b += filler_context(p, [["Kengetal", "Aantal"], ["Schoolbesturen", "12"], ["Basisscholen", "70"],
                            ["Scholen voor speciaal basisonderwijs", "3"], ["So-school (cluster 3/4) in de regio",
                                                                             "1 (3 locaties)"],
                            ["Leerlingen basisonderwijs", "12.104"], ["Leerlingen sbo", "412"],
                            ["Leerlingen so", "288"]])
    b += filler_visie(p)

    b += [("h1", "3. Basisondersteuning"),
          ("p", "De afspraken over basisondersteuning uit het vorige plan zijn verouderd. De besturen hebben "
                "besloten de landelijke ontwikkelingen rond een norm voor basisondersteuning af te wachten. De "
                "nieuwe afspraken worden in het schooljaar 2026-2027 met de besturen uitgewerkt en daarna als "
                "addendum aan dit plan toegevoegd, na instemming van de OPR.")]

    b += [("h1", "4. Toelaatbaarheid sbo en so"),
          ("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs "
                "(sbo) of het speciaal onderwijs (so, cluster 3 en 4). Het besluit wordt genomen door de "
                "Commissie Toelaatbaarheid (CvT), die handelt namens de directeur-bestuurder."),
          ("h2", "4.1 Procedure"),
          ("numbered", ["De school waar het kind staat ingeschreven, bespreekt de situatie in een "
                        "multidisciplinair overleg (MDO) met ouders, de intern begeleider en de consulent van het "
                        "samenwerkingsverband. Het MDO stelt vast dat de mogelijkheden van de school zijn "
                        "uitgeput.",
                        "Het schoolbestuur dient de aanvraag in bij de CvT met het groeidocument, het OPP, het "
                        "onderwijskundig rapport en de zienswijze van ouders.",
                        "Twee deskundigen beoordelen de aanvraag ieder afzonderlijk: een orthopedagoog of "
                        "psycholoog, en afhankelijk van de vraag een kinderpsychiater, maatschappelijk werker of "
                        "arts. Zij zijn niet bij de aanvraag betrokken geweest en leggen hun advies schriftelijk "
                        "vast.",
                        "De CvT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. "
                        "Ouders ontvangen het besluit met een afschrift van de adviezen."]),
          ("h2", "4.2 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het sbo als (a) de school aantoonbaar minstens een half jaar "
                "handelingsgericht en met een OPP heeft gewerkt en dit heeft geëvalueerd, (b) de leerling een "
                "leerachterstand heeft van meer dan anderhalf jaar op ten minste twee vakgebieden of "
                "gedragsproblemen die in een groep van 25 leerlingen niet te begeleiden zijn, en (c) het sbo "
                "naar verwachting wel aan die behoefte kan voldoen."),
          ("p", "Een leerling is toelaatbaar tot het so als, naast (a), de ondersteuningsbehoefte zo intensief "
                "is dat structureel een kleine groep met specialistische begeleiding en zorg nodig is, "
                "bijvoorbeeld bij een ernstige verstandelijke beperking, een lichamelijke beperking met "
                "intensieve verzorging of ernstige psychiatrische problematiek."),
          ("h2", "4.3 Duur, categorie en bezwaar"),
          ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor twee "
                "schooljaren, of voor vier jaar bij een blijvende beperking; de CvT bepaalt de "
                "bekostigingscategorie (laag, midden of hoog). Tegen het besluit kunnen ouders binnen zes weken "
                "bezwaar maken; het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen.")]

    b += [("h2", "4.4 De weg terug"),
          ("p", "Wij vinden dat een kind in het sbo of so terug moet kunnen naar een gewone basisschool zodra "
                "dat kan, bij voorkeur in de eigen woonplaats. Dat is het geval als het OPP laat zien dat het "
                "kind met de begeleiding die een basisschool kan bieden verder kan, en als ouders achter de "
                "overstap staan. Een kind dat teruggaat, krijgt een half jaar begeleiding door een leerkracht "
                "van het sbo of so, die wekelijks op de nieuwe school komt; de ontvangende school kan deze "
                "begeleiding met een half jaar verlengen."),
          ("p", "Iedere sbo- en so-school bespreekt jaarlijks in de commissie van begeleiding bij elk kind of "
                "terugkeer aan de orde is. In het laatste jaar van een TLV so gebeurt dat uiterlijk in januari. "
                "Adviseert de commissie terugkeer, dan zoeken school, ouders en de consulent van het "
                "samenwerkingsverband binnen zes weken een basisschool en plannen zij een overdrachtsgesprek. "
                "De directeur van de ontvangende basisschool beslist over de inschrijving. Is terugkeer nog "
                "niet verantwoord, dan vraagt de so-school vóór 1 april een nieuwe TLV aan; anders eindigt de "
                "TLV op 31 juli.")]

    b += [("h1", "5. Dekkend aanbod en thuiszitters"),
          ("p", "Een overzicht van het aanbod in de regio is nog niet gemaakt. De inventarisatie loopt; de "
                "uitkomsten en eventuele afspraken met de gemeenten krijgen een plek in de actualisatie van dit "
                "plan in 2027.")]

    b += [("h1", "6. Hoe het geld rondgaat"),
          ("p", "Van de rijksbijdrage gaat eerst het deel af dat DUO rechtstreeks afdraagt aan het so en, voor "
                "het deel boven de 2 procent, aan het sbo (peildatum 1 februari). Wat overblijft, wordt verdeeld "
                "volgens het volgende model, dat het bestuur ieder jaar in november vaststelt:"),
          ("bullets", ["€ 145 per leerling gaat naar het schoolbestuur, op basis van de teldatum 1 oktober "
                       "van het voorgaande jaar;",
                       "een vaste voet van € 6.000 per school, zodat kleine dorpsscholen een minimum hebben;",
                       "€ 250.000 per jaar is beschikbaar als groeibudget voor het sbo bij groei tussen 1 oktober "
                       "en 1 februari;",
                       "het resterende deel is voor het bureau (consulenten, CvT, orthopedagogen)."]),
          ("p", "Besturen verantwoorden jaarlijks in een korte rapportage waaraan zij het geld hebben besteed. "
                "De meerjarenbegroting (x € 1.000):"),
          ("table", [["", "2026", "2027", "2028", "2029"],
                     ["Baten lichte en zware ondersteuning", "9.880", "9.720", "9.610", "9.540"],
                     ["Afdracht so en sbo (DUO)", "5.410", "5.350", "5.320", "5.300"],
                     ["Budget schoolbesturen", "2.330", "2.290", "2.250", "2.220"],
                     ["Groeibudget sbo", "250", "250", "250", "250"],
                     ["Bureau, CvT en consulenten", "1.620", "1.650", "1.680", "1.700"],
                     ["Saldo", "270", "180", "110", "70"]]),
          ("p", "De reserve van het samenwerkingsverband ligt ruim onder de signaleringswaarde; het positieve "
                "saldo wordt toegevoegd aan de algemene reserve.")]

    b += [("h1", "7. Wat we willen bereiken en hoe we dat volgen"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereiken:"),
          ("table", [["Doel", "Stand 2025", "Streefwaarde 2030"],
                     ["Terugplaatsingen uit sbo en so naar basisonderwijs per jaar", "11", "20"],
                     ["TLV-besluiten binnen zes weken", "81%", "95%"],
                     ["Ouders tevreden over de TLV-procedure (rapportcijfer)", "6,6", "7,5"],
                     ["Kinderen in het sbo die bij het verlaten van het sbo het verwachte "
                      "uitstroomniveau halen", "72%", "80%"]]),
          ("p", "De kwaliteitsmedewerker verzamelt de gegevens twee keer per jaar uit de registratie van de CvT, "
                "de leerlingadministratie van de sbo- en so-scholen en een korte vragenlijst onder ouders na "
                "iedere afgeronde TLV-procedure. De uitkomsten worden besproken in het directeurenoverleg en "
                "in de OPR. Het jaarverslag beschrijft per doel de bereikte stand en de kosten van de inzet.")]

    b += [("h1", "8. Ouders"),
          ("p", "Ouders horen te weten wat er mogelijk is. Iedere school geeft in de schoolgids aan welke "
                "ondersteuning zij biedt en hoe ouders die kunnen vragen. Het samenwerkingsverband publiceert "
                "op de website een ouderpagina met uitleg over de TLV-procedure, het sbo en het so, en een "
                "ouderfolder die de intern begeleider meegeeft bij het eerste MDO. Jaarlijks is er een "
                "ouderavond per gemeente."),
          ("p", "Ouders die advies of hulp zoeken buiten de school, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Veenlanden, een onafhankelijk steunpunt dat ouders gratis adviseert en kan "
                "bemiddelen. Zij kunnen ook de onderwijsconsulenten inschakelen of een klacht indienen bij de "
                "klachtencommissie van het schoolbestuur."),
          ("p", "Ouders zijn altijd deelnemer aan het MDO en geven hun zienswijze bij een TLV-aanvraag.")]

    b += [("h1", "Totstandkoming")]
    b += filler_oogo_procedureel(p)
    b += filler_governance(p)
    b += filler_opr(p, met_ouders=True)
    b += filler_personeel(p)
    b += filler_kennisdeling(p)
    b += filler_ict(p)
    b += filler_planning(p, [["2026-2027", "Addendum basisondersteuning", "Besturen"],
                             ["2026-2027", "Inventarisatie aanbod", "Bureau"],
                             ["2027-2028", "Actualisatie ondersteuningsplan", "Directeur-bestuurder"],
                             ["2028-2029", "Evaluatie verdeelmodel", "Controller"]])
    b += glossary([
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning op "
                               "iedere school, met preventieve en licht curatieve interventies."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waarin ieder kind een plek heeft."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."],
        ["Arrangement", "Een op maat gemaakte vorm van extra ondersteuning."],
    ])
    b += abbrevs([("CvT", "Commissie Toelaatbaarheid"), ("IB", "intern begeleider"), ("MDO", "multidisciplinair "
                  "overleg"), ("sbo", "speciaal basisonderwijs"), ("so", "speciaal onderwijs"),
                  ("OPR", "ondersteuningsplanraad"), ("TLV", "toelaatbaarheidsverklaring")])

    name = "po-veenlanden-ondersteuningsplan"
    header = "SWV PO De Veenlanden – Ondersteuningsplan 2026-2030 – basisondersteuning en dekkend aanbod"
    render_docx(b, OUT / (name + ".docx"), header, "PO 20-08")
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 only defers new afspraken to an addendum in 2026-2027; definition only in the begrippenlijst.",
        "plaatsing": "Ch. 4.1-4.3: MDO, CvT, two deskundigen, 6 weeks; sbo and so criteria; duration, category, bezwaar via LBT.",
        "terugstroom": "Hidden as 4.4 'De weg terug' inside the TLV chapter: policy, conditions, half-year support, yearly check, January, 1 april, 31 juli.",
        "financien": "Ch. 6 'Hoe het geld rondgaat': € 145 per leerling, vaste voet, groeibudget sbo; meerjarenbegroting 2026-2029.",
        "dekkend-aanbod": "Ch. 5 'Dekkend aanbod en thuiszitters' only says the inventory is not yet made (deferral); OOGO text is purely procedural.",
        "resultaten": "Ch. 7: goals table with stand 2025 and streefwaarde 2030; data twice a year, directeurenoverleg, OPR, jaarverslag.",
        "ouders": "Ch. 8: schoolgids, ouderpagina, folder, ouderavond; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtencommissie.",
    }
    write_label(name, make_label([name + ".docx"], "po", crit, adv, notes))

# ---------------------------------------------------------------------------
# F: near miss - school-level "ondersteuningsplan" of one VO scholengemeenschap (docx + pdf)
# ---------------------------------------------------------------------------


def near_miss_f():
    b = []
    b += [("title", "Ondersteuningsplan 2025-2026"),
          ("subtitle", "Christelijke Scholengemeenschap De Lindeboom – locaties Haarveld, Wijkerbroek en Ameronde"),
          ("p", "Schoolplan-bijlage 4, jaarlijkse uitwerking van het schoolondersteuningsprofiel. Vastgesteld door "
                "de centrale directie na advies van de medezeggenschapsraad, 2 september 2025. Opgesteld door de "
                "kwaliteitscoördinator."),
          ("pagebreak", None),
          ("toc", ["1. Inleiding", "2. Onze leerlingen in cijfers", "3. Zorgniveaus op De Lindeboom",
                   "4. Basisondersteuning per locatie", "5. Extra ondersteuning en arrangementen",
                   "6. Het zorgadviesteam", "7. Aanvragen bij het samenwerkingsverband (TLV, lwoo, pro)",
                   "8. Terugplaatsing: leerlingen die bij ons instromen vanuit het vso",
                   "9. Ouders en leerlingen", "10. Middelen en formatie", "11. Resultaten en evaluatie",
                   "12. Jaarplanning zorg 2025-2026"]),
          ("pagebreak", None),
          ("h1", "1. Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe De Lindeboom in het schooljaar 2025-2026 de ondersteuning "
                "aan haar leerlingen organiseert. Het plan is een jaarlijkse uitwerking van ons "
                "schoolondersteuningsprofiel en is bedoeld voor mentoren, teamleiders, ondersteuners en ouders. "
                "De Lindeboom is aangesloten bij het Samenwerkingsverband VO Rijnstreek-Oost (VO 26-07). Het "
                "ondersteuningsplan van het samenwerkingsverband bepaalt de kaders; dit document beschrijft hoe "
                "wij daar op onze drie locaties invulling aan geven."),
          ("p", "De Lindeboom telt 3.140 leerlingen, verdeeld over een havo/vwo-locatie in Haarveld, een brede "
                "vmbo-locatie in Wijkerbroek en een kleine locatie voor de onderbouw in Ameronde. Iedere locatie "
                "heeft een eigen ondersteuningscoördinator en een eigen zorgadviesteam. De centrale directie "
                "bewaakt de samenhang."),
          ("p", "In het afgelopen schooljaar is het leerlingvolgsysteem vervangen en is een nieuwe "
                "verzuimcoördinator aangesteld. Ook is de samenwerking met de jeugdprofessional van de gemeente "
                "Wijkerbroek geïntensiveerd. Deze veranderingen zijn in dit plan verwerkt."),
          ("h1", "2. Onze leerlingen in cijfers"),
          ("table", [["Peildatum 1 oktober 2025", "Haarveld", "Wijkerbroek", "Ameronde"],
                     ["Leerlingen", "1.620", "1.210", "310"], ["Leerlingen met OPP", "48", "131", "22"],
                     ["Leerlingen met lwoo", "–", "286", "41"], ["Leerlingen met dyslexieverklaring", "143",
                                                                 "118", "27"],
                     ["Leerlingen met een arrangement", "36", "97", "15"]]),
          ("p", "Het aantal leerlingen met een OPP is op de vmbo-locatie opnieuw gestegen. We zien vooral meer "
                "leerlingen met angstklachten en met problemen in de thuissituatie."),
          ("h1", "3. Zorgniveaus op De Lindeboom"),
          ("p", "Wij werken met vier zorgniveaus. Niveau 1 is de zorg in de klas door de vakdocent. Niveau 2 is "
                "de zorg door de mentor, met gesprekken en contact met ouders. Niveau 3 is de ondersteuning door "
                "de interne specialisten: de ondersteuningscoördinator, de remedial teacher, de faalangsttrainer "
                "en de counselor. Niveau 4 is de inzet van externe hulp of een aanvraag bij het "
                "samenwerkingsverband."),
          ("p", "Mentoren signaleren en bespreken zorgen in de leerlingbespreking, die zes keer per jaar per "
                "leerjaar plaatsvindt. De teamleider zit de leerlingbespreking voor. Leerlingen voor wie de "
                "afspraken uit de leerlingbespreking niet voldoende zijn, worden aangemeld bij het "
                "zorgadviesteam."),
          ("h1", "4. Basisondersteuning per locatie"),
          ("p", "Op alle drie de locaties bieden wij in ieder geval: mentoraat met een wekelijks mentoruur, "
                "dyslexie- en dyscalculiebegeleiding, een faalangsttraining, een rots-en-watertraining in de "
                "brugklas, huiswerkbegeleiding, een time-outruimte en een vertrouwenspersoon. Op de locatie "
                "Wijkerbroek is daarnaast een trajectvoorziening met twee vaste begeleiders. De locatie Haarveld "
                "biedt een plusprogramma voor hoogbegaafde leerlingen."),
          ("p", "De basisondersteuning op De Lindeboom voldoet aan de Standaard basisondersteuning van het "
                "samenwerkingsverband. In het basisgesprek met het samenwerkingsverband in november 2024 is "
                "vastgesteld dat de locatie Ameronde nog geen eigen time-outvoorziening had; deze is per januari "
                "2025 ingericht."),
          ("h1", "5. Extra ondersteuning en arrangementen"),
          ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, stelt het zorgadviesteam een "
                "arrangement op. Een arrangement beschrijft het doel, de aanpak, de duur en de evaluatie. "
                "Voorbeelden zijn een aangepast rooster, individuele begeleiding door de ambulant begeleider, "
                "of deelname aan de trajectvoorziening. Elk arrangement wordt vastgelegd in het OPP en na "
                "maximaal tien weken geëvalueerd met ouders en leerling."),
          ("p", "Voor een kortdurende plaatsing buiten de school kan de ondersteuningscoördinator een leerling "
                "aanmelden bij het OPDC of de Rebound van het samenwerkingsverband. De school blijft in die tijd "
                "verantwoordelijk voor de leerling en houdt wekelijks contact."),
          ("h1", "6. Het zorgadviesteam"),
          ("p", "Het zorgadviesteam (ZAT) van iedere locatie bestaat uit de ondersteuningscoördinator (voorzitter), "
                "de teamleider, de schoolmaatschappelijk werker, de jeugdarts, de leerplichtambtenaar en, "
                "wanneer nodig, de orthopedagoog van het bestuur. Het ZAT komt eens per drie weken bijeen. "
                "Ouders worden vooraf geïnformeerd als hun kind in het ZAT wordt besproken en zijn welkom bij "
                "het deel van het overleg dat over hun kind gaat."),
          ("h1", "7. Aanvragen bij het samenwerkingsverband (TLV, lwoo, pro)"),
          ("p", "Als de ondersteuningsbehoefte van een leerling de mogelijkheden van De Lindeboom overstijgt, "
                "kan de ondersteuningscoördinator na overleg met ouders een toelaatbaarheidsverklaring voor het "
                "vso aanvragen bij het Loket Toewijzing van het samenwerkingsverband. De ondersteuningscoördinator "
                "zorgt voor een volledig groeidocument. Het samenwerkingsverband beslist; de school volgt "
                "daarbij de procedure van het samenwerkingsverband. Voor nieuwe leerlingen met een advies "
                "basisberoepsgerichte of kaderberoepsgerichte leerweg vraagt de school lwoo aan vóór 1 maart."),
          ("p", "In het schooljaar 2024-2025 is voor zes leerlingen een TLV aangevraagd; alle aanvragen zijn "
                "toegekend."),
          ("h1", "8. Terugplaatsing: leerlingen die bij ons instromen vanuit het vso"),
          ("p", "De Lindeboom ontvangt jaarlijks enkele leerlingen die vanuit het vso terugkeren naar het "
                "regulier onderwijs. Voor deze leerlingen organiseert de ondersteuningscoördinator een "
                "overdrachtsgesprek met de vso-school en wijst de teamleider een mentor aan met ervaring in het "
                "begeleiden van leerlingen met extra ondersteuning. Na drie maanden volgt een evaluatie."),
          ("h1", "9. Ouders en leerlingen"),
          ("p", "Ouders zijn voor ons partners. De mentor neemt bij zorgen binnen vijf schooldagen contact op met "
                "ouders. Ouders worden betrokken bij het opstellen en evalueren van het OPP. Leerlingen vanaf "
                "twaalf jaar tekenen hun eigen OPP mee. Informatie over de ondersteuning staat in de schoolgids "
                "en op de website van de school. Bij klachten volgen wij de klachtenregeling van de stichting; "
                "ouders kunnen ook contact opnemen met de vertrouwenspersoon."),
          ("h1", "10. Middelen en formatie"),
          ("p", "De school ontvangt van het samenwerkingsverband via het bestuur een budget voor extra "
                "ondersteuning. Daarnaast zet de school eigen middelen uit de lumpsum in. Voor 2025-2026 is de "
                "formatie voor ondersteuning als volgt verdeeld:"),
          ("table", [["Functie", "Haarveld", "Wijkerbroek", "Ameronde"],
                     ["Ondersteuningscoördinator", "0,8 fte", "1,0 fte", "0,4 fte"],
                     ["Remedial teacher", "0,6 fte", "0,8 fte", "0,2 fte"],
                     ["Trajectbegeleiders", "–", "1,6 fte", "–"],
                     ["Counselor / faalangsttrainer", "0,4 fte", "0,4 fte", "0,2 fte"]]),
          ("h1", "11. Resultaten en evaluatie"),
          ("p", "De ondersteuning wordt jaarlijks geëvalueerd in de centrale directie, op basis van de "
                "leerlingbesprekingen, de uitkomsten van de OPP-evaluaties, de verzuimcijfers en de "
                "leerlingtevredenheidspeiling. In 2024-2025 was 81 procent van de leerlingen met een OPP "
                "tevreden over de begeleiding. Van de leerlingen met een arrangement stroomde 92 procent door naar "
                "het volgende leerjaar. Voor 2025-2026 willen wij het aantal leerlingen dat langdurig verzuimt "
                "met een kwart terugbrengen."),
          ("h1", "12. Jaarplanning zorg 2025-2026"),
          ("table", [["Periode", "Activiteit"],
                     ["September", "Kennismakingsgesprekken mentoren; screening brugklas"],
                     ["Oktober", "Eerste leerlingbespreking; dyslexiescreening"],
                     ["November", "Basisgesprek met samenwerkingsverband; ZAT-evaluatie"],
                     ["Januari", "OPP-evaluaties met ouders"],
                     ["Februari-maart", "Lwoo-aanvragen nieuwe leerlingen"],
                     ["Juni", "Evaluatie ondersteuningsplan; vaststelling nieuw plan"]])]
    name = "vo-lindeboom-schoolondersteuningsplan"
    render_docx(b, OUT / (name + ".docx"), "CSG De Lindeboom – Ondersteuningsplan 2025-2026",
                "Bijlage 4 bij het schoolplan")
    docx_to_pdf(OUT / (name + ".docx"))
    label = {"documents": [name + ".docx", name + ".pdf"], "sector": "vo", "looks_like_plan": False,
             "elements": {}, "criteria": {},
             "notes": {"document": "School-level annual 'ondersteuningsplan' of one scholengemeenschap (zorgniveaus, ZAT, "
                                   "formatie per locatie, bijlage bij het schoolplan, adopted by the school's directie after MR "
                                   "advice); it refers to the SWV's plan as the framework and is not the plan of a "
                                   "samenwerkingsverband (no OPR consent, no OOGO, no verdeling over besturen)."}}
    write_label(name, label)


def word_count(path):
    if path.suffix == ".docx":
        d = Document(str(path))
        text = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                text.extend(c.text for c in row.cells)
        return len(" ".join(text).split())
    import re
    return len(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


def main():
    plan_a()
    plan_b()
    plan_c()
    plan_d()
    plan_e()
    near_miss_f()
    for f in sorted(OUT.iterdir()):
        if f.suffix in (".docx", ".html"):
            print("%-50s %6d words" % (f.name, word_count(f)))


if __name__ == "__main__":
    main()
