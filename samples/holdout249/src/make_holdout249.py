#!/usr/bin/env python3
"""Generate the holdout249 test set: 5 fictional ondersteuningsplannen (VO/PO) and 1 near-miss document.

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

# ---------------------------------------------------------------------------------------------
# document model: list of (kind, payload); kinds: title, h1, h2, p, bullets, table, toc
# ---------------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text, core_title):
    d = docx.Document()
    d.core_properties.title = core_title
    d.core_properties.author = "Beleidsafdeling"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, payload in blocks:
        if kind == "title":
            for i, line in enumerate(payload):
                d.add_paragraph(line, style="Title" if i == 0 else "Subtitle")
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in payload:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = payload
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
            d.add_paragraph("")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in payload:
                d.add_paragraph(line)
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))


def render_html(blocks, path, title, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "nav.site a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>",
           f'<header><nav class="site"><a href="#">Home</a><a href="#">Over ons</a><a href="#">Ouders</a>'
           f'<a href="#">Toelaatbaarheid</a><a href="#">Financi\u00ebn</a><a href="#">Contact</a></nav>'
           f"<p class=\"kop\">{e(header_text)}</p></header>", "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"<h1>{e(payload[0])}</h1>")
            for line in payload[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(payload)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(payload)}</p>")
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in payload) + f"</{tag}>")
        elif kind == "table":
            rows = payload
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>' +
                       "".join(f"<li>{e(x)}</li>" for x in payload) + "</ul></nav>")
    out += ["</main>", f"<footer><p>{e(footer_text)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text, footer_text, core_title):
    tmp = Path(tempfile.mkdtemp(prefix="holdout249_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text, core_title)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, text):
    (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# shared filler (parameterised). These sections must stay neutral: no element is addressed in them.
# ---------------------------------------------------------------------------------------------


def f_voorwoord(c, voice):
    if voice == "wij":
        return [("h1", "Voorwoord"),
                ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['swv']}. Het is het derde plan "
                      f"sinds de invoering van passend onderwijs in 2014, en misschien wel het plan waarover het "
                      f"langst en het meest is gesproken. In de afgelopen anderhalf jaar hebben wij met schoolleiders, "
                      f"ondersteuningscoördinatoren, mentoren, leerlingen, ouders, gemeenten en jeugdhulpaanbieders "
                      f"aan tafel gezeten. Wat ons opviel: iedereen wil hetzelfde, namelijk dat jongeren in de regio "
                      f"{c['regio']} zich kunnen ontwikkelen op een plek die bij hen past. Over de weg daarnaartoe "
                      f"verschillen de meningen soms flink, en dat is goed."),
                ("p", "Dit plan is geen handboek. Het beschrijft de keuzes die wij samen hebben gemaakt en de afspraken "
                      "waar scholen, besturen en het samenwerkingsverband elkaar op mogen aanspreken. Waar we iets nog "
                      "niet weten, zeggen we dat eerlijk. De middelen die we hebben zijn niet onbeperkt en de "
                      "arbeidsmarkt in het onderwijs blijft krap. Juist daarom kiezen we voor focus: minder projecten, "
                      "meer vakmanschap in de klas."),
                ("p", f"Ik dank iedereen die heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad "
                      f"die ons scherp hielden. Ik wens u veel leesplezier.\n\n{c['directeur']}, directeur-bestuurder")]
    return [("h1", "Voorwoord"),
            ("p", f"Het samenwerkingsverband {c['kort']} presenteert hierbij het ondersteuningsplan voor de periode "
                  f"{c['periode']}. Het plan is tot stand gekomen in een zorgvuldig proces waarin de aangesloten "
                  f"schoolbesturen, de ondersteuningsplanraad en de gemeenten {c['gemeenten']} zijn betrokken. Het "
                  f"plan bouwt voort op de evaluatie van het vorige plan, op de uitkomsten van de "
                  f"tevredenheidspeiling onder scholen en op de landelijke ontwikkelingen rond de verbeteraanpak "
                  f"passend onderwijs."),
            ("p", "De afgelopen planperiode stond in het teken van herstel na de coronajaren, van de toenemende "
                  "complexiteit van ondersteuningsvragen en van een groeiend lerarentekort. Die ontwikkelingen zijn "
                  "niet voorbij. Het bestuur heeft er daarom voor gekozen dit plan compact te houden en de uitwerking "
                  "waar mogelijk in de jaarlijkse cyclus van jaarplan en begroting te leggen."),
            ("p", f"Het bestuur spreekt zijn waardering uit voor de inzet van alle betrokkenen.\n\n"
                  f"Namens het algemeen bestuur, {c['voorzitter']}, voorzitter")]


def f_leeswijzer(c, vo=True):
    sector = "voortgezet onderwijs" if vo else "primair onderwijs"
    art = "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)" if vo else \
        "artikel 18a van de Wet op het primair onderwijs"
    return [("h1", "Inleiding en leeswijzer"),
            ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
                  f"De inhoudelijke eisen zijn vastgelegd in {art}. Dit plan geldt voor de schooljaren "
                  f"{c['periode']} en vervangt het plan {c['vorig']}. Het samenwerkingsverband {c['kort']} "
                  f"(registratienummer {c['code']}) omvat alle scholen voor {sector} in de gemeenten "
                  f"{c['gemeenten']}."),
            ("p", "Hoofdstuk 1 schetst de context en de kengetallen van de regio. Daarna volgen onze missie en visie en "
                  "de inhoudelijke hoofdstukken. Het plan sluit af met de organisatie, de medezeggenschap, de "
                  "planning en de bijlagen. Woorden die in het onderwijsveld een specifieke betekenis hebben, zijn "
                  "opgenomen in de begrippenlijst achterin. Verwijzingen naar wetsartikelen zijn informatief bedoeld."),
            ("p", f"Het concept is besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten op "
                  f"{c['oogo']}. De ondersteuningsplanraad heeft op {c['opr']} ingestemd. Het algemeen bestuur heeft "
                  f"het plan vastgesteld op {c['vast']}, waarna het vóór 1 mei aan de Inspectie van het Onderwijs is "
                  f"toegezonden.")]


def f_context(c, vo=True):
    rows = [["Kengetal", "1 oktober 2023", "1 oktober 2024", "1 oktober 2025"]] + c["kengetallen"]
    txt = ("De regio kent een gemengd karakter: een middelgrote stad met daaromheen kleinere kernen en een "
           "landelijk gebied waar reistijden naar school oplopen tot drie kwartier. De leerlingenprognoses laten voor "
           "de komende jaren een lichte krimp zien, vooral in de kleinere kernen. Tegelijk neemt het aantal "
           "nieuwkomers toe. Scholen merken dat de vragen van leerlingen complexer worden: meer angst- en "
           "stemmingsklachten, meer schoolverzuim en meer gezinnen die te maken hebben met armoede of schulden.")
    if vo:
        txt2 = ("Het voortgezet onderwijs in de regio wordt verzorgd door zeven schoolbesturen met samen "
                f"{c['nscholen']} vestigingen: brede scholengemeenschappen, categorale vmbo-scholen, twee scholen "
                "voor praktijkonderwijs en een school voor voortgezet speciaal onderwijs met de afdelingen "
                "arbeidsmarktgericht en vervolgonderwijs. Daarnaast maken leerlingen gebruik van vso-scholen buiten "
                "de regio, met name voor cluster 3.")
    else:
        txt2 = ("Het primair onderwijs in de regio wordt verzorgd door negen schoolbesturen met samen "
                f"{c['nscholen']} basisscholen, twee scholen voor speciaal basisonderwijs en een so-school met "
                "cluster 3 en 4 afdelingen. Een deel van de leerlingen bezoekt een so-school in een buurregio.")
    return [("h1", "1. Context en kengetallen"), ("p", txt), ("p", txt2),
            ("p", "De tabel hieronder geeft de belangrijkste aantallen. Bron: DUO, telgegevens per 1 oktober."),
            ("table", rows),
            ("p", "De cijfers geven een beeld van de omvang van het verband; zij zeggen op zichzelf weinig over de "
                  "kwaliteit van de ondersteuning. In de jaarlijkse kengetallenrapportage worden meer gegevens "
                  "opgenomen, waaronder de verdeling naar leerweg en woongemeente.")]


def f_visie(c, voice):
    if voice == "wij":
        return [("h1", "2. Missie, visie en ambities"),
                ("p", "Onze missie is kort: elke jongere in de regio volgt onderwijs dat bij hem of haar past, zo "
                      "dicht mogelijk bij huis en samen met leeftijdgenoten. Dat klinkt vanzelfsprekend, maar in de "
                      "praktijk vraagt het veel van scholen, van docenten en van de samenwerking met partners buiten "
                      "het onderwijs."),
                ("p", "We geloven dat ondersteuning het beste werkt als die vroeg, licht en dichtbij is. Een mentor "
                      "die een leerling goed kent, is vaak meer waard dan een zwaar arrangement dat pas na maanden "
                      "op gang komt. Tegelijk weten we dat sommige leerlingen meer nodig hebben dan een reguliere "
                      "school kan bieden, en dat gespecialiseerd onderwijs voor hen de beste keuze kan zijn."),
                ("p", "Vier waarden lopen als een rode draad door dit plan: vertrouwen (we gaan uit van de "
                      "professionaliteit van scholen), eenvoud (minder formulieren, meer gesprek), eigenaarschap "
                      "(wie het probleem signaleert, houdt regie tot er een oplossing is) en transparantie (we zijn "
                      "open over keuzes en middelen)."),
                ("p", "Onze ambities voor de planperiode zijn: de ondersteuning in de klas versterken, de "
                      "samenwerking met jeugdhulp vereenvoudigen, de administratieve last verlagen en de stem van "
                      "leerlingen zwaarder laten wegen. Deze ambities komen terug in de inhoudelijke hoofdstukken.")]
    return [("h1", "2. Missie en visie"),
            ("p", f"{c['swv']} heeft als missie om, samen met de aangesloten schoolbesturen, voor iedere leerling een "
                  f"ononderbroken ontwikkelingsproces mogelijk te maken. Het samenwerkingsverband faciliteert, "
                  f"verbindt en bewaakt; de scholen en besturen zijn verantwoordelijk voor de uitvoering."),
            ("p", "De visie van het samenwerkingsverband rust op drie pijlers. In de eerste plaats handelingsgericht "
                  "werken: het denken vanuit wat een leerling nodig heeft, niet vanuit een diagnose of label. In de "
                  "tweede plaats nabijheid: ondersteuning wordt zo veel mogelijk georganiseerd binnen de eigen school. "
                  "In de derde plaats samenwerking: onderwijs, gemeenten en zorg trekken samen op."),
            ("p", "Het bestuur is zich ervan bewust dat een visie pas betekenis krijgt als zij zichtbaar wordt in de "
                  "klas. De visie is daarom vertaald in een beperkt aantal speerpunten, die in de volgende "
                  "hoofdstukken worden toegelicht en in de jaarplannen worden uitgewerkt.")]


def f_governance(c):
    return [("h1", "Organisatie en governance"),
            ("p", f"{c['swv']} is een stichting. In het algemeen bestuur zijn alle aangesloten schoolbesturen "
                  f"vertegenwoordigd. Het bestuursmodel is een zogenoemd two-tier model: de directeur-bestuurder "
                  f"vormt het bestuur in de zin van de wet, het algemeen bestuur functioneert als intern toezichthouder. "
                  f"De taken en bevoegdheden zijn vastgelegd in de statuten en het managementstatuut. De statuten "
                  f"bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen."),
            ("p", "Het bestuur hanteert de Code Goed Bestuur van de sectorraad. Jaarlijks evalueert het interne toezicht "
                  "zijn eigen functioneren, eens in de twee jaar onder externe begeleiding. Het auditcomité adviseert "
                  "over de jaarrekening en het treasurybeleid."),
            ("p", "Het bureau van het samenwerkingsverband is klein. Naast de directeur-bestuurder werken er een "
                  "beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een secretaresse, een "
                  "aandachtsfunctionaris thuiszitters en enkele orthopedagogen die op afroep beschikbaar zijn voor "
                  "consultatie. Het bureau is gehuisvest in een bedrijfsverzamelgebouw nabij het station.")]


def f_opr(c, parents_detail=True):
    base = [("h1", "Medezeggenschap"),
            ("p", "Het samenwerkingsverband kent twee medezeggenschapsorganen. De medezeggenschapsraad van het "
                  "samenwerkingsverband zelf bestaat uit personeelsleden van het bureau en bespreekt "
                  "personeelsaangelegenheden. De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het "
                  "ondersteuningsplan en op wijzigingen daarvan (artikel 14a WMS).")]
    if parents_detail:
        base.append(("p", "De OPR telt twaalf leden: zes vertegenwoordigers van het personeel en zes "
                          "vertegenwoordigers van ouders en leerlingen, afgevaardigd door de medezeggenschapsraden van "
                          "de scholen. De OPR vergadert zes keer per jaar; twee keer per jaar schuift de "
                          "directeur-bestuurder aan voor een gesprek over de voortgang. Leden krijgen een scholing bij "
                          "de start van hun zittingstermijn en ontvangen een vergoeding conform het reglement."))
    else:
        base.append(("p", "De samenstelling, zittingstermijnen en werkwijze van de OPR zijn geregeld in het "
                          "medezeggenschapsreglement. De OPR vergadert zes keer per jaar. Het bestuur faciliteert de "
                          "OPR met ambtelijke ondersteuning, scholing en een eigen budget."))
    base.append(("p", "Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken geweest. In drie "
                      "werksessies zijn de hoofdlijnen besproken; de OPR heeft schriftelijk advies uitgebracht over de "
                      "conceptteksten en het bestuur heeft in een reactienota aangegeven wat met die adviezen is gedaan."))
    return base


def f_oogo_proc(c):
    return [("h2", "Op overeenstemming gericht overleg"),
            ("p", f"Het concept van dit plan is op {c['oogo']} besproken in het OOGO met de colleges van burgemeester "
                  f"en wethouders van {c['gemeenten']}. Van dat overleg is een verslag gemaakt dat door beide partijen "
                  f"is vastgesteld. Het overleg met het samenwerkingsverband {c['andere']} waarvan het gebied "
                  f"gedeeltelijk overlapt, heeft schriftelijk plaatsgevonden.")]


def f_oogo_inhoud(c):
    return [("h1", "Samenwerking met gemeenten en jeugdhulp"),
            ("p", f"Met de gemeenten {c['gemeenten']} is afgesproken dat onderwijs en jeugdhulp elkaar versterken en "
                  f"niet overlappen. Iedere vestiging heeft een vaste contactpersoon van het lokale jeugdteam die "
                  f"minimaal eens per zes weken deelneemt aan het ondersteuningsteam van de school. Voor jongeren met "
                  f"een combinatie van onderwijs- en zorgbehoeften worden onderwijs-zorgarrangementen ingezet, waarbij "
                  f"de gemeente de zorgcomponent financiert en het samenwerkingsverband de onderwijscomponent."),
            ("p", "Gezamenlijke thema's in het OOGO zijn de aansluiting tussen schoolondersteuning en jeugdhulp, "
                  "leerlingenvervoer, onderwijshuisvesting, de overgang naar het mbo en arbeidsmarkt, en de "
                  "samenwerking met leerplicht. Er is een convenant met de vier gemeenten dat in 2026 wordt "
                  "herijkt.")]


def f_personeel(c):
    return [("h1", "Personeel en professionalisering"),
            ("p", "Het samenwerkingsverband heeft weinig eigen personeel; de uitvoering van passend onderwijs ligt "
                  "bij de scholen. Wel investeert het verband in de deskundigheid van professionals in de regio. "
                  "Er is een regionaal scholingsaanbod met onder meer trainingen over het omgaan met "
                  "gedragsproblemen, executieve functies, het signaleren van angst en somberheid en het "
                  "voeren van gesprekken met leerlingen over schoolverzuim."),
            ("p", "Voor ondersteuningscoördinatoren bestaat een netwerk dat vijf keer per jaar bijeenkomt. Het "
                  "netwerk wordt gebruikt voor intervisie, het delen van goede voorbeelden en het bespreken van "
                  "beleidsvoorstellen voordat die naar het bestuur gaan. Mentoren kunnen deelnemen aan een "
                  "leergang van acht bijeenkomsten."),
            ("p", "De gevolgen van dit plan voor het personeel van de scholen zijn beperkt: er worden geen taken "
                  "overgeheveld tussen school en samenwerkingsverband. Eventuele gevolgen voor de formatie van "
                  "scholen worden besproken in de medezeggenschapsraden van de scholen zelf.")]


def f_ict_privacy(c):
    return [("h1", "Informatievoorziening en privacy"),
            ("p", "Het samenwerkingsverband werkt met een digitaal aanvraagsysteem voor aanvragen van scholen. "
                  "Gegevens van leerlingen worden uitsluitend verwerkt voor zover dat nodig is voor de wettelijke "
                  "taken. Gegevens over gezondheid worden bewaard tot drie jaar na het besluit waarop ze betrekking "
                  "hebben, tenzij een langere termijn wettelijk vereist is."),
            ("p", "Er is een functionaris gegevensbescherming aangesteld, gedeeld met enkele andere "
                  "samenwerkingsverbanden. Het privacyreglement is in 2025 geactualiseerd en ligt ter inzage op het "
                  "bureau. Medewerkers volgen jaarlijks een korte e-learning over informatiebeveiliging. Datalekken "
                  "worden gemeld en geregistreerd volgens de geldende procedure.")]


def f_mbo(c):
    return [("h1", "Aansluiting vo-mbo en arbeidsmarkt"),
            ("p", "De overstap naar het mbo is voor veel jongeren met een ondersteuningsbehoefte een kwetsbaar moment. "
                  "Het samenwerkingsverband neemt deel aan het regionale overleg met de twee roc's en het "
                  "regionaal meld- en coördinatiepunt voortijdig schoolverlaten. Er is een warme overdracht voor "
                  "leerlingen die extra begeleiding nodig hebben."),
            ("p", "Voor leerlingen van het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt wordt "
                  "samengewerkt met het werkgeversservicepunt en de gemeentelijke afdeling werk en inkomen. "
                  "De komende jaren wordt de samenwerking rond entreeopleidingen verder verkend.")]


def f_isk(c):
    return [("h1", "Nieuwkomers en internationale schakelklassen"),
            ("p", "Nieuwkomers zonder voldoende beheersing van het Nederlands volgen eerst onderwijs in een "
                  "internationale schakelklas (ISK). De ISK valt bestuurlijk niet onder het samenwerkingsverband, "
                  "maar de overstap van ISK naar een reguliere school is wel een gedeeld aandachtspunt. Het aantal "
                  "nieuwkomers is sinds 2022 sterk gegroeid, mede door de opvang van Oekraïense leerlingen."),
            ("p", "Met de besturen die een ISK verzorgen, is afgesproken dat de overstap in een gesprek met de "
                  "ontvangende school wordt voorbereid. NT2-ondersteuning na de overstap is een verantwoordelijkheid "
                  "van de ontvangende school.")]


def f_landelijk(c):
    return [("h1", "Landelijke ontwikkelingen"),
            ("p", "Dit plan is geschreven in een periode van veel landelijke beweging. Na de evaluatie van passend "
                  "onderwijs in 2020 is de verbeteraanpak gestart, met maatregelen op het gebied van "
                  "basisondersteuning, reserves van samenwerkingsverbanden, thuiszitters en de positie van ouders en "
                  "leerlingen. Een deel van die maatregelen is inmiddels wet, een ander deel is nog in voorbereiding. "
                  "Ook het onderwijsbudget staat onder druk door bezuinigingen die in het regeerakkoord zijn "
                  "aangekondigd."),
            ("p", "Het samenwerkingsverband volgt deze ontwikkelingen via de sectorraad en de regionale "
                  "netwerken van directeuren. Waar wetswijzigingen gevolgen hebben voor de afspraken in dit plan, "
                  "legt het bestuur een wijziging voor aan de ondersteuningsplanraad. Dat geldt ook voor de "
                  "ontwikkelingen rond inclusief onderwijs, waarvoor het kabinet in 2035 een stip op de horizon "
                  "heeft gezet. Wij zien dat als een richting, niet als een einddoel dat in deze planperiode al "
                  "bereikt moet worden.")]


def f_huisvesting(c):
    return [("h1", "Huisvesting en leerlingenvervoer"),
            ("p", "Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Het "
                  "samenwerkingsverband heeft geen eigen gebouwen, met uitzondering van een gehuurde ruimte voor "
                  "het bureau. Wel vragen we bij nieuwbouw en renovatie aandacht voor rustige werkplekken, "
                  "toegankelijkheid en ruimtes voor kleine groepen. In het integraal huisvestingsplan van de "
                  f"grootste gemeente, {c['gemeenten'].split(',')[0]}, is dat inmiddels opgenomen."),
            ("p", "Leerlingenvervoer wordt geregeld door de woongemeente van de leerling. Lange reistijden zijn voor "
                  "sommige jongeren een belemmering. In het overleg met de gemeenten is afgesproken dat signalen "
                  "over vervoersproblemen worden gebundeld en eens per jaar worden besproken. De gemeenten hebben "
                  "een gezamenlijke aanbesteding voor het vervoer die in 2027 afloopt.")]


def f_totstand(c):
    return [("h1", "Hoe dit plan tot stand kwam"),
            ("p", "Het schrijfproces begon in het voorjaar van het jaar voorafgaand aan de vaststelling. Een "
                  "stuurgroep met drie bestuurders, twee schoolleiders en de directeur-bestuurder bepaalde de "
                  "hoofdlijnen. Daarna volgden vijf themabijeenkomsten met in totaal ruim 140 deelnemers: "
                  "docenten, ondersteuningscoördinatoren, schoolleiders, medewerkers van gemeenten en "
                  "jeugdhulp, leden van de OPR en leerlingen. Een online vragenlijst werd door 312 professionals "
                  "ingevuld."),
            ("p", "De conceptteksten zijn in twee rondes voorgelegd aan de besturen. De belangrijkste discussiepunten "
                  "waren de verhouding tussen schoolbudgetten en bovenschoolse voorzieningen, de rol van het "
                  "samenwerkingsverband bij complexe casuïstiek en de gewenste mate van detail in het plan. Het "
                  "bestuur heeft gekozen voor een plan dat richting geeft en dat jaarlijks via de jaarplannen "
                  "wordt vertaald naar concrete activiteiten. Opmerkingen die niet zijn overgenomen, zijn met "
                  "een toelichting teruggekoppeld.")]


def f_ai(c):
    return [("h1", "Digitalisering en nieuwe technologie"),
            ("p", "Scholen maken steeds meer gebruik van digitale leermiddelen, adaptieve oefenprogramma's en "
                  "toepassingen van kunstmatige intelligentie. Voor leerlingen met een ondersteuningsbehoefte "
                  "bieden die kansen, bijvoorbeeld voorleessoftware, spraakherkenning en programma's die helpen bij "
                  "plannen. Tegelijk zijn er risico's: schermtijd, privacy en de afhankelijkheid van een beperkt "
                  "aantal leveranciers."),
            ("p", "Het samenwerkingsverband organiseert in deze planperiode twee kennissessies per jaar over "
                  "digitale hulpmiddelen en deelt ervaringen tussen scholen. Het samenwerkingsverband koopt zelf "
                  "geen licenties in; de keuze voor digitale middelen ligt bij de scholen en besturen.")]


def f_povo(c):
    return [("h1", "De overstap naar het voortgezet onderwijs"),
            ("p", f"Jaarlijks maken ongeveer 850 leerlingen de overstap van groep 8 naar het voortgezet onderwijs. "
                  f"Met het samenwerkingsverband {c['andere']} zijn afspraken gemaakt over een zorgvuldige "
                  f"overdracht. Basisscholen gebruiken het regionale overdrachtsformulier en voor leerlingen met een "
                  f"OPP vindt een warme overdracht plaats tussen de intern begeleider en de ondersteuningscoördinator "
                  f"van de vo-school."),
            ("p", "Sinds de invoering van de doorstroomtoets zijn er nieuwe afspraken nodig over de bijstelling van "
                  "schooladviezen. De werkgroep PO-VO komt vier keer per jaar bijeen en rapporteert aan beide "
                  "besturen.")]


def f_arbeidsmarkt(c):
    return [("h1", "Arbeidsmarkt en onderwijspersoneel"),
            ("p", "Het tekort aan leraren, onderwijsassistenten en gedragsspecialisten raakt ook passend onderwijs. "
                  "Vacatures voor ondersteuningscoördinatoren en orthopedagogen blijven soms maanden open. De "
                  "besturen werken samen in een regionaal onderwijsarbeidsmarktplatform, waarin afspraken zijn "
                  "gemaakt over zij-instroom, begeleiding van startende docenten en het delen van specialisten."),
            ("p", "Het samenwerkingsverband draagt bij door scholing, door het faciliteren van netwerken en door "
                  "administratieve taken zoveel mogelijk bij het bureau te beleggen, zodat professionals op school "
                  "meer tijd overhouden voor leerlingen.")]


def f_begrippen(items):
    return [("h1", "Bijlage: begrippenlijst en afkortingen"),
            ("table", [["Begrip", "Betekenis"]] + items)]


def wc(blocks):
    n = 0
    for kind, payload in blocks:
        if isinstance(payload, str):
            n += len(payload.split())
        elif kind == "table":
            n += sum(len(str(x).split()) for row in payload for x in row)
        else:
            n += sum(len(str(x).split()) for x in payload)
    return n


GLOSS_VO = [
    ["Basisondersteuning", "De afgesproken ondersteuning die iedere school binnen het samenwerkingsverband biedt."],
    ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep leerlingen."],
    ["LWOO", "Leerwegondersteunend onderwijs."],
    ["PrO", "Praktijkonderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs of het praktijkonderwijs."],
    ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."],
    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin de inzet van middelen is weergegeven."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
    ["OPR", "Ondersteuningsplanraad."],
    ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
]


# =============================================================================================
# Plan 1 - VO Eemvallei-Zuid (docx). Ouders missing; terugstroom only procedure; resultaten only doelen.
# =============================================================================================
C1 = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Eemvallei-Zuid", kort="VO Eemvallei-Zuid",
          code="VO 99.41", periode="2026-2030", vorig="2022-2026", regio="Eemvallei-Zuid",
          gemeenten="Amersveld, Hoevelaken-Oost, Leusdijk en Woudrichem-Zuid", andere="PO Eemvallei-Zuid",
          oogo="3 februari 2026", opr="10 maart 2026", vast="24 maart 2026", nscholen=14,
          directeur="drs. M.A. (Marieke) Verhoef", voorzitter="J. de Groot",
          kengetallen=[["Leerlingen regulier vo", "11.240", "11.115", "10.987"],
                       ["Leerlingen met lwoo-aanwijzing", "1.034", "1.012", "998"],
                       ["Leerlingen praktijkonderwijs", "402", "396", "411"],
                       ["Leerlingen vso (cluster 3 en 4)", "318", "327", "335"],
                       ["Vestigingen", "14", "14", "14"]])


def plan1():
    c = C1
    b = [("title", ["Ondersteuningsplan 2026-2030", c["swv"] + " (" + c["code"] + ")",
                    "Samen sterk voor iedere leerling", "Vastgesteld door het algemeen bestuur op 24 maart 2026"]),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1. Context en kengetallen", "2. Missie en visie",
                  "3. Basisondersteuning: de ondergrens", "4. Van licht naar intensief: het ondersteuningscontinuüm",
                  "5. Toelaatbaarheid vso, lwoo en praktijkonderwijs", "6. Geld en middelen",
                  "7. Beoogde resultaten", "8. Leerlingparticipatie", "9. Organisatie en governance",
                  "10. Medezeggenschap en OOGO", "11. Personeel en professionalisering", "12. Privacy",
                  "13. Planning", "Bijlage: begrippenlijst (ouders, terugplaatsing, OJSP, kwaliteitszorg)"])]
    b += f_voorwoord(c, "formeel") + f_leeswijzer(c) + f_context(c) + f_visie(c, "formeel")
    b += [("h1", "3. Basisondersteuning: de ondergrens"),
          ("p", "De aangesloten besturen hebben met elkaar een ondergrens afgesproken: de basisondersteuning. Dit is "
                "het niveau van ondersteuning dat op elke vestiging van elke aangesloten school aanwezig is, "
                "ongeacht schoolsoort of denominatie, en waarvoor een leerling geen aanvraag bij het "
                "samenwerkingsverband nodig heeft. Een school mag meer bieden, nooit minder. De afspraak is in "
                "2025 door het algemeen bestuur bekrachtigd en geldt voor de hele planperiode."),
          ("p", "Concreet betekent dit dat een leerling op iedere vestiging in elk geval het volgende kan verwachten:"),
          ("bullets", ["een mentor met ten minste één individueel gesprek per periode en een vast aanspreekpunt "
                       "voor de leerling;",
                       "een ondersteuningscoördinator die per 600 leerlingen minimaal 0,4 fte beschikbaar is;",
                       "een intern ondersteuningsteam (OT) dat minimaal zesmaal per jaar bijeenkomt, met deelname "
                       "van de jeugdprofessional van de gemeente;",
                       "een dyslexie- en dyscalculieprotocol met de bijbehorende faciliteiten (extra tijd, "
                       "voorleessoftware, vergroot lettertype);",
                       "een aanbod voor sociale vaardigheden en faalangstreductie in leerjaar 1 en 2;",
                       "begeleiding bij executieve functies (plannen, organiseren) door een daartoe geschoolde "
                       "medewerker;",
                       "een time-out- of opvangvoorziening onder begeleiding van een volwassene;",
                       "een protocol medisch handelen en een verzuimprotocol dat aansluit op de regionale "
                       "verzuimaanpak;",
                       "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt."]),
          ("p", "Scholen leggen in hun schoolplan vast hoe zij deze basisondersteuning invullen. Het bureau van het "
                "samenwerkingsverband bespreekt eens per twee jaar met iedere vestiging aan de hand van een "
                "kijkwijzer of de afspraken worden nagekomen. Als een vestiging onder de ondergrens blijft, maakt "
                "het bestuur van die school een verbeterplan met een termijn van ten hoogste één schooljaar.")]
    b += [("h1", "4. Van licht naar intensief: het ondersteuningscontinuüm"),
          ("p", "Boven op de basisondersteuning is een doorlopend geheel van voorzieningen ingericht, binnen en tussen "
                "de scholen. Wij onderscheiden vier niveaus."),
          ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                     ["1", "Basisondersteuning", "Elke vestiging", "Vrij toegankelijk"],
                     ["2", "Extra ondersteuning op school: schoolarrangementen, trajectvoorziening, "
                           "lwoo-ondersteuning", "Eigen school", "Besluit ondersteuningsteam school"],
                     ["3", "Bovenschoolse arrangementen: OPDC De Overstap (tijdelijke plaatsing tot 12 maanden), "
                           "rebound, ambulante begeleiding cluster 3 en 4", "Regionaal", "Aanvraag bij het loket"],
                     ["4", "Praktijkonderwijs en voortgezet speciaal onderwijs", "Pro- en vso-scholen",
                      "Toelaatbaarheidsverklaring"]]),
          ("p", "Het OPDC De Overstap biedt plaats aan maximaal 48 leerlingen die tijdelijk niet in de reguliere klas "
                "kunnen functioneren. Leerlingen blijven ingeschreven op hun eigen school. Voor hoogbegaafde "
                "leerlingen is sinds 2024 een bovenschoolse plusklas beschikbaar op twee locaties."),
          ("h2", "Zorgplicht en leerlingen zonder passende plek"),
          ("p", "Voor elke leerling die bij een school wordt aangemeld, heeft die school zorgplicht. Lukt het niet om "
                "binnen tien weken een passende plek te vinden, dan meldt de school de leerling bij de "
                "aandachtsfunctionaris thuiszitters van het samenwerkingsverband. Die roept binnen vijf werkdagen "
                "een doorbraaktafel bijeen met school, leerplicht, jeugdhulp en zo nodig de vso-school. Elke "
                "maand wordt de lijst van thuiszitters en langdurig verzuimers besproken met de leerplichtambtenaren. "
                "Waar het aanbod tekortschiet, bijvoorbeeld voor jongeren met ernstige angstklachten die geen "
                "volle schooldag aankunnen, stelt het bestuur een werkgroep in die binnen zes maanden een voorstel "
                "voor een nieuw arrangement doet. Zo is in 2024 de deeltijdgroep 'Opstap' ontstaan."),
          ]
    b += f_oogo_inhoud(c)
    b += [("h1", "5. Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
          ("h2", "5.1 Voortgezet speciaal onderwijs"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
                "school waar de leerling is ingeschreven of aangemeld. De aanvraag loopt via het digitale loket van "
                "het samenwerkingsverband en bevat in elk geval het OPP, een verslag van de geboden ondersteuning, "
                "het onderwijskundig rapport en de zienswijze van de leerling en zijn ouders."),
          ("numbered", ["De ondersteuningscoördinator dient de aanvraag in en de aanvraag wordt binnen drie "
                        "werkdagen op volledigheid gecontroleerd.",
                        "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
                        "psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinder- en "
                        "jeugdpsychiater, maatschappelijk werker, arts of pedagoog). Geen van beiden is bij de "
                        "aanvraag betrokken geweest.",
                        "De Commissie Toelaatbaarheid neemt namens de directeur-bestuurder een besluit binnen zes "
                        "weken na ontvangst van de volledige aanvraag.",
                        "De school en de ouders ontvangen het besluit met een afschrift van beide adviezen."]),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (a) de "
                "ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school, ook met een "
                "bovenschools arrangement van niveau 3, kan bieden; (b) er is ten minste een half jaar planmatig "
                "gewerkt aan de doelen in het OPP, tenzij de veiligheid van de leerling of anderen dat onmogelijk "
                "maakt; (c) de deskundigen onderschrijven dat de leerling aangewezen is op de specifieke "
                "expertise en de kleinschalige setting van het vso."),
          ("p", "De TLV wordt afgegeven voor een periode van één, twee of drie schooljaren en eindigt altijd op "
                "31 juli. De commissie bepaalt de bekostigingscategorie laag, midden of hoog op basis van de "
                "benodigde intensiteit van begeleiding en eventuele lichamelijke of meervoudige beperkingen. Ouders "
                "en het schoolbestuur kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is "
                "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het "
                "bezwaar adviseert voordat de directeur-bestuurder op het bezwaar beslist."),
          ("h2", "5.2 Einde van de TLV"),
          ("p", "In het laatste schooljaar waarvoor een TLV geldt, neemt de commissie voor de begeleiding van de "
                "vso-school uiterlijk in november het initiatief voor een evaluatiegesprek met leerling, ouders en "
                "de consulent van het samenwerkingsverband. Daarin wordt bepaald of de leerling in aanmerking "
                "komt voor een nieuwe TLV of dat een overstap naar een reguliere school wordt voorbereid. In het "
                "laatste geval zoekt de consulent vóór 1 maart contact met een passende school in het "
                "voortgezet onderwijs; de ontvangende school beslist uiterlijk 1 mei over de inschrijving. Een "
                "verlenging wordt als nieuwe aanvraag behandeld volgens paragraaf 5.1. Het bredere beleid rond "
                "terug- en overplaatsing wordt in 2027 in een aparte notitie uitgewerkt."),
          ("h2", "5.3 Leerwegondersteunend onderwijs"),
          ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo en maakt geen gebruik van de "
                "mogelijkheid tot opting out. Een leerling komt in aanmerking als het IQ tussen 75 en 90 ligt en "
                "er een leerachterstand is van anderhalf tot drie jaar op ten minste twee van de domeinen "
                "begrijpend lezen, technisch lezen, spellen en inzichtelijk rekenen, waarvan één begrijpend lezen "
                "of rekenen is; bij een IQ van 91 tot en met 120 is daarnaast sprake van sociaal-emotionele "
                "problematiek. De vo-school dient de aanvraag uiterlijk 1 maart in, met de gegevens van de "
                "basisschool. De commissie beslist binnen vier weken. De aanwijzing geldt voor de duur van de "
                "opleiding in het vmbo."),
          ("h2", "5.4 Praktijkonderwijs"),
          ("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 "
                "en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend "
                "lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV aan via het loket; "
                "dezelfde termijnen en dezelfde bezwaarroute als bij het vso zijn van toepassing. Een TLV "
                "praktijkonderwijs geldt voor de gehele schoolloopbaan in het praktijkonderwijs.")]
    b += [("h1", "6. Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning en "
                "de middelen voor lwoo en praktijkonderwijs. Na aftrek van de wettelijke verevening en de "
                "afdrachten aan het vso resteert een bedrag dat volgens een vast verdeelmodel wordt ingezet."),
          ("p", "Het verdeelmodel kent drie stromen. (1) Schoolbudget: iedere vestiging ontvangt een bedrag van "
                "€ 142 per leerling (teldatum 1 oktober) plus een vaste voet van € 25.000, ter versterking van de "
                "basisondersteuning en extra ondersteuning op niveau 2. (2) Lwoo- en pro-middelen worden volledig "
                "doorgegeven aan de scholen op basis van het aantal leerlingen met een aanwijzing of TLV op 1 "
                "oktober. (3) Bovenschoolse voorzieningen (niveau 3) worden rechtstreeks door het "
                "samenwerkingsverband bekostigd op basis van een jaarlijkse begroting per voorziening. "
                "Scholen verantwoorden de inzet van het schoolbudget in een korte jaarlijkse rapportage."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage ondersteuning", "12.410", "12.290", "12.150", "12.020"],
                     ["Baten lwoo en pro", "7.830", "7.760", "7.700", "7.650"],
                     ["Afdracht vso (DUO)", "-4.120", "-4.210", "-4.290", "-4.350"],
                     ["Doorbetaling lwoo/pro aan scholen", "-7.830", "-7.760", "-7.700", "-7.650"],
                     ["Schoolbudgetten", "-1.960", "-1.940", "-1.920", "-1.900"],
                     ["OPDC De Overstap en rebound", "-2.150", "-2.150", "-2.150", "-2.150"],
                     ["Ambulante begeleiding en plusklas", "-1.050", "-1.050", "-1.050", "-1.050"],
                     ["Thuiszittersaanpak en Opstap", "-420", "-430", "-440", "-450"],
                     ["Bureau en bestuur", "-890", "-900", "-910", "-920"],
                     ["Resultaat", "-180", "-390", "-610", "-800"]]),
          ("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve bedraagt eind 2025 € 3,9 miljoen en "
                "ligt boven de signaleringswaarde. Het bestuur bouwt de reserve af tot een weerstandsvermogen van "
                "circa 5 procent van de baten.")]
    b += [("h1", "7. Beoogde resultaten"),
          ("p", "Voor de planperiode heeft het bestuur de volgende beoogde resultaten vastgesteld voor leerlingen die "
                "extra ondersteuning nodig hebben:"),
          ("bullets", ["in 2030 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod "
                       "(2025: 23 leerlingen);",
                       "ten minste 85 procent van de leerlingen die een traject in het OPDC afronden, keert binnen "
                       "een jaar terug naar een reguliere klas;",
                       "het percentage leerlingen in het vso daalt niet, maar de gemiddelde wachttijd voor "
                       "plaatsing is in 2028 korter dan zes weken;",
                       "90 procent van de leerlingen met een OPP behaalt de uitstroombestemming die in het OPP is "
                       "vastgelegd."]),
          ("p", "Hoe deze resultaten worden gevolgd en waar over de voortgang wordt gerapporteerd, werken wij uit in "
                "een kwaliteitskader dat in de loop van het schooljaar 2026-2027 verschijnt.")]
    b += [("h1", "8. Leerlingparticipatie"),
          ("p", "Naast besturen en professionals willen we vooral de jongeren zelf horen. Sinds 2024 is er een "
                "leerlingenpanel van vijftien leerlingen uit verschillende schoolsoorten, dat driemaal per jaar "
                "bijeenkomt. Het panel gaf onder meer advies over de inrichting van time-outvoorzieningen en over "
                "de toon van brieven van het samenwerkingsverband. Leerlingen en ouders worden in het algemeen "
                "steeds vaker gezien als partners; in deze planperiode richten we ons eerst op de leerlingen."),
          ("p", "Leerlingen met een OPP worden uitgenodigd bij de bespreking van hun eigen plan, vanaf leerjaar 1. "
                "Scholen ontvangen hiervoor een handreiking met gespreksvormen die geschikt zijn voor jongeren met "
                "verschillende communicatieve mogelijkheden.")]
    b += f_governance(c) + f_opr(c, parents_detail=False) + f_oogo_proc(c) + f_personeel(c) + f_ict_privacy(c)
    b += f_mbo(c) + f_isk(c)
    b += [("h1", "13. Planning"),
          ("table", [["Schooljaar", "Activiteit"],
                     ["2026-2027", "Herijking convenant gemeenten; kwaliteitskader; evaluatie kijkwijzer"],
                     ["2027-2028", "Notitie terug- en overplaatsing; uitbreiding Opstap"],
                     ["2028-2029", "Tussentijdse evaluatie plan; herziening verdeelmodel"],
                     ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])]
    b += f_begrippen(GLOSS_VO)
    return b


LABEL1 = """
documents: [vo-eemvallei-zuid-2026.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "H3 'ondergrens' states the minimum for every vestiging plus a concrete list; kijkwijzer every two years = borging."
  plaatsing: "H5.1 vso procedure (loket, two deskundigen, Commissie Toelaatbaarheid, 6 weeks), criteria (a)-(c), duration/categorie, LBT bezwaar; 5.3/5.4 lwoo and pro criteria + procedure."
  terugstroom: "Only procedure, hidden in 5.2 'Einde van de TLV' (November evaluation, 1 March/1 May steps); policy deferred ('wordt in 2027 in een aparte notitie uitgewerkt'); glossary and planning table are traps."
  financien: "H6 'Geld en middelen': verdeelmodel with EUR 142 per leerling + vaste voet and meerjarenbegroting table with amounts; reserves paragraph."
  dekkend-aanbod: "H4 four-level continuum table incl. OPDC; 'Zorgplicht en leerlingen zonder passende plek' covers thuiszitters/doorbraaktafel and filling gaps."
  resultaten: "H7 lists measurable beoogde resultaten; monitoring deferred to a kwaliteitskader 'dat in de loop van 2026-2027 verschijnt'."
  ouders: "No section on informing parents or independent help; 'ouders' only in passing (TLV zienswijze, leerlingparticipatie), OJSP only in glossary/TOC; OPR section gives no composition. The bezwaar route in 5.1 is plaatsing.bezwaar, not an ouders steunpunt."
"""


# =============================================================================================
# Plan 2 - VO Kempenrand (docx). Basis: only Referentiekader definition + absent bijlage; plaatsing criteria
# deferred; terugstroom full but inside TLV chapter; financien besteding p.m.; resultaten missing; ouders in
# "Communicatie".
# =============================================================================================
C2 = dict(swv="Stichting Passend Voortgezet Onderwijs Kempenrand", kort="Kempenrand VO", code="VO 99.17",
          periode="2025-2029", vorig="2021-2025", regio="Kempenrand",
          gemeenten="Bergeijkhoven, Valkenburcht, Reusel-Oost en Duizeldonk", andere="PO Kempenrand",
          oogo="14 januari 2025", opr="18 februari 2025", vast="4 maart 2025", nscholen=9,
          directeur="Erik Lammers", voorzitter="A. van Hout",
          kengetallen=[["Leerlingen vo (incl. pro)", "6.812", "6.744", "6.701"],
                       ["Waarvan praktijkonderwijs", "288", "291", "279"],
                       ["Leerlingen met lwoo", "612", "598", "604"],
                       ["Leerlingen in het vso", "231", "238", "246"],
                       ["Vestigingen", "9", "9", "9"]])


def plan2():
    c = C2
    b = [("title", ["Koers op maat", "Ondersteuningsplan 2025-2029", c["swv"], c["code"],
                    "Definitieve versie na instemming OPR"]),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1. Context en kengetallen", "2. Missie, visie en ambities",
                  "3. Wat elke school biedt", "4. Het netwerk van voorzieningen", "5. Toewijzing en toelaatbaarheid",
                  "   5.4 Na de TLV", "6. Waar gaat het geld naartoe?", "7. Communicatie",
                  "8. Organisatie en governance", "9. Medezeggenschap", "10. Personeel", "11. Kwaliteit en resultaten",
                  "Bijlage 1 Begrippenlijst", "Bijlage 2 Kwaliteitskaart basisondersteuning",
                  "Bijlage 3 Meerjarenbegroting 2025-2028"])]
    b += f_voorwoord(c, "wij") + f_leeswijzer(c) + f_context(c) + f_visie(c, "wij")
    b += [("h1", "3. Wat elke school biedt"),
          ("p", "Alle scholen in de Kempenrand bieden hetzelfde basisniveau van ondersteuning. Dat is afgesproken "
                "tussen de besturen en geldt voor iedere vestiging, ook voor de scholen voor praktijkonderwijs. "
                "Geen school mag onder dat niveau zakken; scholen met een bredere ondersteuningsstructuur mogen "
                "erboven uitstijgen."),
          ("p", "We volgen daarbij het landelijke referentiekader. Basisondersteuning bestaat volgens dat kader uit "
                "vier aspecten: basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve "
                "interventies, de onderwijsondersteuningsstructuur en planmatig en handelingsgericht werken. Hoe "
                "dit er per onderdeel uitziet, hebben de besturen uitgewerkt in de Kwaliteitskaart "
                "basisondersteuning (bijlage 2). Ouders en leerlingen vinden de uitwerking per school in de "
                "schoolgids."),
          ("p", "In de vorige planperiode bleek dat scholen de vier aspecten verschillend invullen. We gaan daarom in "
                "deze periode met elkaar in gesprek over de vraag wat 'licht curatief' precies betekent. De "
                "uitkomsten van die gesprekken verwerken we in een volgende versie van de kwaliteitskaart.")]
    b += [("h1", "4. Het netwerk van voorzieningen"),
          ("p", "Als de basisondersteuning niet genoeg is, kan de school een beroep doen op extra ondersteuning. We "
                "denken in een trap met drie treden. De eerste trede is de extra ondersteuning die de school zelf "
                "organiseert met haar schoolbudget, zoals een trajectklas, een reboundplek op de eigen locatie of "
                "intensieve mentoraatsbegeleiding. De tweede trede is een bovenschools arrangement: het "
                "Kempencentrum voor tijdelijke opvang van leerlingen met ernstige gedragsproblemen (maximaal 30 "
                "plaatsen, verblijf tot 20 weken), de observatiegroep voor leerlingen met een onduidelijk "
                "ontwikkelingsbeeld en het team ambulante begeleiders. De derde trede bestaat uit het praktijkonderwijs "
                "en het voortgezet speciaal onderwijs. Tussen de treden bestaan schakelmogelijkheden: een leerling "
                "kan deels in het Kempencentrum en deels op de eigen school les volgen."),
          ("h2", "Geen leerling tussen wal en schip"),
          ("p", "Iedere vier maanden maken we samen met de leerplichtambtenaren een overzicht van leerlingen die "
                "thuiszitten, vrijgesteld zijn of dreigen uit te vallen. Voor elke jongere op die lijst is een "
                "casusregisseur van het samenwerkingsverband verantwoordelijk tot er een passend aanbod is. Als "
                "blijkt dat voor een groep leerlingen geen passend aanbod in de regio bestaat, bespreken we dat in "
                "het directeurenoverleg en zoeken we een oplossing, zo nodig samen met een zorgaanbieder of een "
                "samenwerkingsverband in de buurt. Zo zijn afspraken gemaakt met het vso in Eindhoven-Zuid over "
                "plaatsing van leerlingen met een zeer specifieke medische ondersteuningsbehoefte."),
          ("p", "Scholen houden zich aan de zorgplicht. Een school die een aangemelde leerling niet zelf kan "
                "plaatsen, zorgt voor een aanbod op een andere school en neemt daarbij contact op met het "
                "samenwerkingsverband.")]
    b += f_oogo_inhoud(c)
    b += [("h1", "5. Toewijzing en toelaatbaarheid"),
          ("h2", "5.1 Zo werkt een aanvraag"),
          ("p", "Een aanvraag voor een toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs komt van de "
                "school waar de leerling staat ingeschreven. De ondersteuningscoördinator bereidt de aanvraag voor "
                "in overleg met de leerling en zijn ouders en stuurt die via het aanvraagportaal naar het "
                "samenwerkingsverband. Binnen vijf werkdagen wijst het bureau een casusbegeleider toe die de "
                "aanvraag beoordeelt op volledigheid. Daarna brengen een orthopedagoog en een tweede deskundige "
                "onafhankelijk van elkaar advies uit. De Toewijzingscommissie, bestaande uit de directeur en twee "
                "externe leden, neemt het besluit binnen zes weken na een volledige aanvraag. Bij een spoedeisende "
                "situatie kan de directeur binnen tien werkdagen een tijdelijke TLV afgeven."),
          ("p", "Voor leerwegondersteuning vraagt de vo-school de aanwijzing aan vóór 1 april van het eerste "
                "leerjaar, met gegevens uit het leerlingvolgsysteem van de basisschool; de commissie beslist binnen "
                "vier weken."),
          ("h2", "5.2 Wanneer is een leerling toelaatbaar?"),
          ("p", "Voor lwoo en praktijkonderwijs gelden de landelijke criteria. Voor het vso werken we sinds 2021 met "
                "eigen toetsingskaders, die bij de evaluatie als te ingewikkeld werden beoordeeld. We herzien die "
                "kaders in het eerste jaar van deze planperiode; tot de nieuwe criteria zijn vastgesteld, kijkt de "
                "commissie bij iedere aanvraag naar wat de leerling nodig heeft."),
          ("h2", "5.3 Bezwaar"),
          ("p", "Bent u het niet eens met een besluit, dan kunt u binnen zes weken bezwaar maken bij het "
                "samenwerkingsverband. Wij vragen dan advies aan de Landelijke Bezwaaradviescommissie."),
          ("h2", "5.4 Na de TLV"),
          ("p", "Een plaatsing in het vso is voor ons nooit vanzelfsprekend eindstation. Uitgangspunt van ons beleid is "
                "dat een leerling terugkeert naar of doorstroomt in het reguliere voortgezet onderwijs zodra dat "
                "verantwoord is, zonder dat de behaalde ontwikkeling verloren gaat. Voorwaarden zijn dat de "
                "leerling het onderwijsprogramma van de ontvangende leerweg kan volgen, dat de ontvangende school "
                "de benodigde ondersteuning kan bieden binnen haar basis- en extra ondersteuning, en dat leerling "
                "en ouders achter de overstap staan."),
          ("p", "De vso-school bespreekt ieder jaar in het OPP-gesprek of terugkeer mogelijk is. In het laatste jaar "
                "van de TLV neemt de vso-school vóór 1 december contact op met het samenwerkingsverband. De "
                "casusbegeleider organiseert een overdrachtsgesprek met de beoogde school; binnen zes weken "
                "daarna besluit de ontvangende school over inschrijving. Is terugkeer niet verantwoord, dan vraagt "
                "de vso-school een nieuwe TLV aan."),
          ("p", "Na de overstap ontvangt de ontvangende school een overstaparrangement: gedurende zes maanden een "
                "coach van de vso-school voor vier uur per week en een bedrag van € 3.500 voor extra begeleiding. "
                "Na drie en na zes maanden evalueren school, leerling, ouders en casusbegeleider de overstap.")]
    b += [("h1", "6. Waar gaat het geld naartoe?"),
          ("p", "We willen dat het geld zo dicht mogelijk bij de leerling terechtkomt. Daarom verdelen we de "
                "middelen voor lichte ondersteuning grotendeels naar de scholen. Het verdeelmodel werkt zo: 70 "
                "procent van de vrij besteedbare middelen gaat als schoolbudget naar de vestigingen, naar rato van "
                "het aantal leerlingen op 1 oktober van het voorgaande jaar, met een correctie voor het aandeel "
                "leerlingen in de basis- en kaderberoepsgerichte leerweg (gewicht 1,3). 20 procent gaat naar de "
                "bovenschoolse voorzieningen van trede 2. 10 procent is bestemd voor het bureau, de casusbegeleiders "
                "en de thuiszittersaanpak. Lwoo- en pro-middelen worden één op één doorgegeven aan de scholen die "
                "deze leerlingen onderwijs geven."),
          ("p", "Scholen leggen in hun jaarverslag vast hoe het schoolbudget is besteed."),
          ("h2", "Meerjarenbegroting"),
          ("p", "Meerjarenbegroting 2025-2028: p.m. De begroting wordt na vaststelling door het algemeen bestuur in "
                "december als bijlage 3 aan dit plan toegevoegd.")]
    b += [("h1", "7. Communicatie"),
          ("p", "Goede communicatie begint bij de school: daar kennen ze de leerling en daar worden de meeste vragen "
                "beantwoord. Het samenwerkingsverband zorgt dat iedereen in de regio weet waar hij terecht kan."),
          ("h2", "Zo informeren we ouders"),
          ("bullets", ["Op onze website staat per school welke ondersteuning er is, met een link naar het "
                       "ondersteuningshoofdstuk in de schoolgids.",
                       "Ieder jaar in oktober organiseren we twee informatieavonden voor ouders van leerlingen in "
                       "groep 8 over de overstap naar het vo en de ondersteuning die scholen bieden.",
                       "De brochure 'Passend onderwijs in de Kempenrand' (ook in het Engels, Arabisch en "
                       "Oekraïens) ligt op alle scholen en bij de consultatiebureaus.",
                       "Ouders van leerlingen met een OPP krijgen bij het eerste gesprek een informatiekaart van "
                       "de school over de mogelijkheden van extra ondersteuning."]),
          ("h2", "Als u er samen met de school niet uitkomt"),
          ("p", "Ouders en jongeren die vragen hebben of het oneens zijn met de school of het samenwerkingsverband, "
                "kunnen terecht bij het Ouder- en Jongerensteunpunt Kempenrand. Dit steunpunt werkt onafhankelijk "
                "van scholen en besturen, is bereikbaar op werkdagen via telefoon, mail en app, en kan een "
                "onafhankelijke ouderbegeleider laten meegaan naar gesprekken. Daarnaast kunnen ouders kosteloos "
                "een onderwijsconsulent inschakelen. Voor klachten geldt de klachtenregeling van het "
                "samenwerkingsverband; geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd "
                "aan de Geschillencommissie passend onderwijs.")]
    b += f_governance(c) + f_opr(c, parents_detail=True) + f_oogo_proc(c) + f_personeel(c)
    b += [("h1", "11. Kwaliteit en resultaten"),
          ("p", "Kwaliteit is voor ons geen afvinklijst. Wij zien kwaliteit als het gesprek dat we met elkaar voeren "
                "over wat werkt. De directeur-bestuurder voert jaarlijks een gesprek met elk bestuur over de "
                "samenwerking, de ervaringen met het loket en de wensen voor scholing. Het bureau is in 2024 "
                "ISO-gecertificeerd voor zijn administratieve processen."),
          ("p", "Over de inhoudelijke ambities en de manier waarop we die in beeld brengen, gaan we in 2025-2026 "
                "met de OPR en de besturen in gesprek.")]
    b += f_ict_privacy(c) + f_mbo(c) + f_landelijk(c)
    b += f_begrippen(GLOSS_VO + [["Kwaliteitszorg", "Systematische zorg voor het bereiken en verbeteren van "
                                                    "resultaten."]])
    return b


LABEL2 = """
documents: [vo-kempenrand-2025.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
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
  plaatsing: [deskundigen, bezwaar]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 sets one binding level for every vestiging (niveau), but the content is only the four-aspect Referentiekader definition plus 'zie Kwaliteitskaart (bijlage 2)', which is not included."
  plaatsing: "5.1 gives applicant, portal, deskundigen, Toewijzingscommissie and 6-week term (procedure); 5.2 only says 'landelijke criteria' for lwoo/pro and defers the vso criteria ('tot de nieuwe criteria zijn vastgesteld')."
  terugstroom: "Hidden in 5.4 'Na de TLV' inside the TLV chapter: policy (aim, conditions, overstaparrangement) and procedure (yearly OPP check, 1 December, overdrachtsgesprek, evaluations after 3 and 6 months)."
  financien: "H6 'Waar gaat het geld naartoe?' gives the verdeelmodel (70/20/10, weighting 1,3); the meerjarenbegroting is 'p.m.' and refers to an absent bijlage 3."
  dekkend-aanbod: "H4 three-step continuum with bovenschoolse arrangementen; 'Geen leerling tussen wal en schip' covers thuiszitters list, casusregisseur and gaps in the offer."
  resultaten: "Nothing: H11 'Kwaliteit en resultaten' only talks about conversations/ISO and defers ambitions; 'resultaten' appears only in the heading and glossary; the visie 'ambities' (H2) are process ambitions, not beoogde resultaten for pupils."
  ouders: "Content sits in H7 'Communicatie': website per school, information evenings, brochure (informatie); Ouder- en Jongerensteunpunt, onderwijsconsulenten, Geschillencommissie (steunpunt)."
"""


# =============================================================================================
# Plan 3 - VO Zuidwaard (pdf). Terugstroom missing; financien only in tables; lacunes deferred;
# ouders: only independent help, nothing on informing parents.
# =============================================================================================
C3 = dict(swv="Samenwerkingsverband VO Zuidwaard", kort="VO Zuidwaard", code="VO 99.63",
          periode="2026-2030", vorig="2022-2026", regio="Zuidwaard",
          gemeenten="Zuidwaard, Oud-Beijerveen en Strijensas", andere="PO Hoeksche Zuidwaard",
          oogo="27 januari 2026", opr="3 maart 2026", vast="17 maart 2026", nscholen=11,
          directeur="dr. S. (Soufiane) El Idrissi", voorzitter="H.J. Mulder",
          kengetallen=[["Leerlingen regulier vo", "8.455", "8.502", "8.530"],
                       ["Leerlingen lwoo", "790", "802", "815"],
                       ["Leerlingen praktijkonderwijs", "344", "350", "362"],
                       ["Leerlingen vso", "262", "270", "281"],
                       ["Vestigingen", "11", "11", "11"]])


def plan3():
    c = C3
    b = [("title", ["ONDERSTEUNINGSPLAN 2026-2030", c["swv"], "Registratie " + c["code"],
                    "Versie 1.0 – vastgesteld 17 maart 2026"]),
         ("toc", ["0. Voorwoord en leeswijzer", "1. Context en kengetallen", "2. Missie en visie",
                  "3. Het vaste fundament", "4. Het ondersteuningslandschap", "5. Toegang tot lwoo, pro en vso",
                  "6. Middelenverdeling", "7. Opbrengsten en kwaliteitszorg", "8. Als het schuurt",
                  "9. Samenwerking met gemeenten", "10. Organisatie", "11. Medezeggenschap",
                  "12. Personeel", "13. Privacy", "Bijlage A. Begrippen (o.a. terugplaatsing, thuiszitter, "
                  "ouderinformatie)"])]
    b += f_voorwoord(c, "formeel") + f_leeswijzer(c) + f_context(c) + f_visie(c, "formeel")
    b += [("h1", "3. Het vaste fundament"),
          ("p", "3.1 Het algemeen bestuur heeft in december 2025 het 'vaste fundament' vastgesteld: het geheel aan "
                "voorzieningen dat op iedere vestiging van iedere aangesloten school aanwezig is en dat voor iedere "
                "leerling zonder tussenkomst van het samenwerkingsverband beschikbaar is. Het fundament is de "
                "Zuidwaardse invulling van wat in de wet basisondersteuning heet. Het is een ondergrens voor alle "
                "vestigingen; het is geen gemiddelde en geen streven."),
          ("p", "3.2 Het fundament bestaat uit de onderdelen in onderstaande tabel."),
          ("table", [["Onderdeel", "Wat de leerling op elke vestiging krijgt"],
                     ["Mentoraat", "Mentor met wekelijks mentoruur en ten minste drie individuele gesprekken per jaar"],
                     ["Ondersteuningsteam", "Zorg- en adviesteam (ZAT) met leerplicht, schoolmaatschappelijk werk en "
                                            "jeugdarts, minimaal 8 keer per jaar"],
                     ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; voorleessoftware; RT-uren voor leerjaar 1-2"],
                     ["Gedrag en welbevinden", "Antipestprogramma; training sociale vaardigheden; "
                                               "aandachtsfunctionaris meldcode"],
                     ["Leren leren", "Huiswerkbegeleiding onder schooltijd; coaching executieve functies"],
                     ["Fysiek/medisch", "Protocol medisch handelen; rustruimte; aangepast rooster bij ziekte"],
                     ["Specifieke expertise", "Toegang tot orthopedagoog van het bestuur binnen 4 weken"]]),
          ("p", "3.3 Iedere vestiging werkt de invulling uit in een intern werkdocument voor het team. Eens per twee jaar voert het "
                "samenwerkingsverband per vestiging een fundamentgesprek; bij tekortkomingen worden afspraken met "
                "termijnen gemaakt en besproken met het bestuur.")]
    b += [("h1", "4. Het ondersteuningslandschap"),
          ("p", "4.1 Binnen en tussen de scholen is een samenhangend aanbod ontwikkeld dat oploopt in intensiteit. "
                "Na het vaste fundament volgt de extra ondersteuning binnen de school: lwoo-klassen met maximaal 16 "
                "leerlingen, trajectgroepen en individuele arrangementen die de school vanuit haar schoolbudget "
                "bekostigt. Daarna volgt de bovenschoolse laag: het OPDC Zuidwaard (40 plaatsen), de "
                "reboundvoorziening, het Taalhuis voor leerlingen met ernstige taalontwikkelingsstoornissen en "
                "ambulante begeleiding vanuit het vso. De meest intensieve laag bestaat uit het praktijkonderwijs "
                "en het vso."),
          ("p", "4.2 Het OPDC werkt met periodes van twaalf weken, eenmaal verlengbaar. Leerlingen blijven "
                "ingeschreven op de eigen school en houden een mentor daar. Ook terug- en overplaatsing vraagt "
                "aandacht."),
          ("p", "4.3 Niet alle vragen passen in dit aanbod. De aanpak van thuiszitten, een analyse van witte "
                "vlekken in het aanbod en de uitwerking van de zorgplicht in regionale afspraken volgen in het "
                "jaarplan 2027.")]
    b += [("h1", "5. Toegang tot lwoo, pro en vso"),
          ("p", "5.1 Voor plaatsing in het vso of het praktijkonderwijs is een verklaring van toegang van het "
                "samenwerkingsverband nodig (in de wet: toelaatbaarheidsverklaring). Het bevoegd gezag van de school "
                "van inschrijving vraagt deze aan bij de Commissie Toegang Specialistisch Onderwijs (CTSO). De "
                "aanvraag bevat het OPP met een evaluatie van ten minste twee cycli, het onderwijskundig rapport, "
                "het verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling."),
          ("p", "5.2 De CTSO vraagt twee afzonderlijke, schriftelijke deskundigenadviezen: van een GZ-psycholoog of "
                "orthopedagoog generalist en van een tweede deskundige die past bij de hulpvraag. De CTSO besluit "
                "binnen zes weken, in spoedsituaties binnen tien werkdagen. Het besluit vermeldt de "
                "bekostigingscategorie (laag, midden of hoog) en de geldigheidsduur, in de regel twee schooljaren."),
          ("p", "5.3 Toegang tot het vso wordt verleend als (a) de school en het OPDC aantoonbaar hun mogelijkheden "
                "hebben benut, (b) de leerling een structurele behoefte heeft aan een setting met kleine groepen en "
                "specialistische begeleiding gedurende de hele schooldag, en (c) beide deskundigen dit onderschrijven. "
                "Toegang tot het praktijkonderwijs vindt plaats op grond van de landelijke criteria (IQ 55-80 en een "
                "achterstand van ten minste drie jaar op twee domeinen, waaronder begrijpend lezen of rekenen)."),
          ("p", "5.4 Voor lwoo maakt Zuidwaard sinds 2019 gebruik van opting out. Een leerling krijgt lwoo als de "
                "basisschool een achterstand van ten minste anderhalf jaar op twee domeinen signaleert en het "
                "ondersteuningsteam van de vo-school een ondersteuningsbehoefte vaststelt op ten minste één van de "
                "gebieden leren, gedrag of werkhouding. De vo-school stelt de aanvraag op vóór 15 februari; de CTSO "
                "beslist binnen vier weken en de aanwijzing geldt voor twee jaar, daarna volgt een herbeoordeling."),
          ("p", "5.5 Ouders kunnen binnen zes weken bezwaar maken. Zuidwaard heeft een eigen adviescommissie "
                "bezwaarschriften met een onafhankelijke voorzitter.")]
    b += [("h1", "6. Middelenverdeling"),
          ("p", "6.1 De verdeling van middelen en de begroting zijn weergegeven in de tabellen hieronder."),
          ("table", [["Verdeelsleutel 2026", "Grondslag", "Bedrag"],
                     ["Basisbedrag per vestiging", "vast", "€ 30.000"],
                     ["Bedrag per leerling", "teldatum 1 oktober", "€ 118"],
                     ["Opslag per leerling basis/kader", "teldatum 1 oktober", "€ 64"],
                     ["Lwoo-budget", "aantal aanwijzingen x normbedrag", "€ 4.350 per leerling"],
                     ["Pro-budget", "aantal TLV's pro x normbedrag", "€ 5.120 per leerling"],
                     ["Bovenschoolse voorzieningen", "begroting per voorziening", "zie meerjarenbegroting"]]),
          ("table", [["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
                     ["Totale baten", "16.920.000", "16.980.000", "17.010.000", "17.040.000"],
                     ["Afdrachten vso", "3.610.000", "3.700.000", "3.780.000", "3.850.000"],
                     ["Lwoo en pro naar scholen", "5.240.000", "5.300.000", "5.390.000", "5.450.000"],
                     ["Schoolbudgetten", "1.820.000", "1.825.000", "1.830.000", "1.835.000"],
                     ["OPDC, rebound en Taalhuis", "3.150.000", "3.150.000", "3.150.000", "3.150.000"],
                     ["Ambulante begeleiding", "1.400.000", "1.380.000", "1.360.000", "1.340.000"],
                     ["Bureau, bestuur en OPR", "980.000", "990.000", "1.000.000", "1.010.000"],
                     ["Saldo", "720.000", "635.000", "500.000", "405.000"]]),
          ("p", "6.2 Scholen verantwoorden de inzet van schoolbudget, lwoo- en pro-middelen jaarlijks voor 1 mei.")]
    b += [("h1", "7. Opbrengsten en kwaliteitszorg"),
          ("p", "7.1 Wat willen we bereiken? Voor leerlingen met een ondersteuningsbehoefte heeft het bestuur vier "
                "opbrengstdoelen vastgesteld voor 2030:"),
          ("numbered", ["95 procent van de lwoo-leerlingen stroomt uit met een diploma of naar een passende "
                        "vervolgopleiding (2024-2025: 91 procent);",
                        "het aantal leerlingen dat langer dan vier weken ongeoorloofd verzuimt, halveert ten "
                        "opzichte van de nulmeting 2025 (62 leerlingen);",
                        "80 procent van de OPDC-leerlingen volgt een jaar na vertrek nog onderwijs op een reguliere "
                        "school;",
                        "scholen beoordelen de dienstverlening van de CTSO met ten minste een 7,5."]),
          ("p", "7.2 Hoe volgen we dat? Het bureau verzamelt twee keer per jaar (peildata 1 oktober en 1 april) "
                "gegevens per school uit DUO, het verzuimregister en de eigen registratie. De resultaten worden "
                "besproken in het directeurenoverleg, gerapporteerd aan het algemeen bestuur en de OPR, en "
                "opgenomen in het jaarverslag. Halverwege de planperiode (2028) laat het bestuur een externe "
                "evaluatie uitvoeren; op basis daarvan worden doelen of inzet bijgesteld.")]
    b += [("h1", "8. Als het schuurt"),
          ("p", "8.1 Soms lopen gesprekken tussen ouders en school vast. Ouders en leerlingen kunnen dan kosteloos "
                "terecht bij het Ouder- en Jeugdsteunpunt Zuidwaard, dat onafhankelijk van de scholen werkt en "
                "ouders kan bijstaan in gesprekken met school of samenwerkingsverband. Daarnaast kunnen ouders een "
                "onderwijsconsulent inschakelen (Landelijk Netwerk Onderwijsconsulenten)."),
          ("p", "8.2 Wie een klacht heeft over het samenwerkingsverband, kan die indienen bij de klachtencommissie "
                "waarbij het verband is aangesloten. Geschillen over het OPP, toelating en verwijdering kunnen "
                "worden voorgelegd aan de Geschillencommissie passend onderwijs. Bij voorkeur wordt eerst "
                "mediation aangeboden via het steunpunt.")]
    b += f_oogo_inhoud(c) + f_governance(c) + f_opr(c, parents_detail=True) + f_oogo_proc(c)
    b += f_personeel(c) + f_ict_privacy(c) + f_mbo(c) + f_landelijk(c) + f_huisvesting(c) + f_ai(c)
    b += f_totstand(c)
    b += f_begrippen(GLOSS_VO + [["Ouderinformatie", "Informatie voor ouders over de ondersteuning op school."]])
    return b


LABEL3 = """
documents: [vo-zuidwaard-2026.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 'Het vaste fundament' (unusual name) defines the minimum for every vestiging; content only in a table; fundamentgesprek = borging."
  plaatsing: "H5 uses 'verklaring van toegang' and CTSO instead of TLV-commissie: procedure, two deskundigen, 6 weeks, categorie/duur, vso and pro criteria, lwoo opting-out criteria/duration, bezwaar."
  terugstroom: "Nothing: only a passing 'Ook terug- en overplaatsing vraagt aandacht' in 4.2 and 'terugplaatsing' in glossary/TOC."
  financien: "H6 'Middelenverdeling' has almost no prose; verdeelsleutel and meerjarenbegroting with amounts only in tables."
  dekkend-aanbod: "4.1 describes the layered continuum (fundament, lwoo, OPDC, pro/vso); gaps/thuiszitters/zorgplicht deferred to 'jaarplan 2027' (4.3)."
  resultaten: "H7 'Opbrengsten en kwaliteitszorg': four measurable opbrengstdoelen and twice-yearly monitoring with reporting and mid-term evaluation."
  ouders: "H8 'Als het schuurt' covers OJSP, onderwijsconsulenten, klachten/geschillen; nothing on how parents are informed about support ('Ouderinformatie' only in glossary)."
"""


# =============================================================================================
# Plan 4 - PO Lingebroek (pdf). Basisondersteuning missing; plaatsing only criteria (procedure on website);
# terugstroom only beleid; resultaten only monitoring; financien under 'Wat kost passend onderwijs?'.
# =============================================================================================
C4 = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Lingebroek", kort="PPO Lingebroek",
          code="PO 99.08", periode="2026-2030", vorig="2022-2026", regio="Lingebroek",
          gemeenten="Lingebroek, Geldermalsveld en Neerijnen-West", andere="VO Rivierenland-West",
          oogo="20 januari 2026", opr="24 februari 2026", vast="10 maart 2026", nscholen=38,
          directeur="Annelies Brouwer", voorzitter="P. Bakker",
          kengetallen=[["Leerlingen basisonderwijs", "7.902", "7.840", "7.781"],
                       ["Leerlingen sbo", "241", "236", "229"],
                       ["Leerlingen so (cluster 3 en 4)", "168", "174", "181"],
                       ["Basisscholen", "38", "38", "37"],
                       ["Deelnamepercentage sbo + so", "5,1%", "5,2%", "5,2%"]])


def plan4():
    c = C4
    b = [("title", ["Ondersteuningsplan 2026-2030", c["swv"], c["code"],
                    "Basisondersteuning – toelaatbaarheid – terugplaatsing – ouders"]),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1. Context en kengetallen", "2. Missie, visie en ambities",
                  "3. Ondersteuning op school", "4. Arrangementen en het dekkend netwerk",
                  "5. Toelaatbaarheid sbo en so", "6. Terug naar de basisschool", "7. Wat kost passend onderwijs?",
                  "8. Kwaliteitszorg", "9. Ouders als partner", "10. Organisatie", "11. Medezeggenschap",
                  "12. Personeel en ICT", "Bijlage: begrippenlijst"])]
    b += f_voorwoord(c, "wij") + f_leeswijzer(c, vo=False) + f_context(c, vo=False) + f_visie(c, "wij")
    b += [("h1", "3. Ondersteuning op school"),
          ("p", "Onderwijs begint bij basiskwaliteit. De Inspectie van het Onderwijs beoordeelt alle basisscholen in "
                "Lingebroek als voldoende of goed; twee scholen hebben het predicaat 'goed'. Iedere basisschool "
                "beschrijft zelf in haar schoolgids welke ondersteuning zij biedt. In de afgelopen jaren is "
                "gebleken dat scholen daarin sterk verschillen, wat voor ouders verwarrend kan zijn."),
          ("p", "Landelijk wordt gewerkt aan een norm voor basisondersteuning. Het samenwerkingsverband wacht die "
                "norm af en stelt daarna, naar verwachting in het schooljaar 2027-2028, samen met de besturen vast "
                "welke ondersteuning op iedere school aanwezig moet zijn. Tot die tijd gelden de afspraken van de "
                "afzonderlijke besturen."),
          ("p", "Intern begeleiders van alle scholen komen vier keer per jaar bijeen in een regionaal IB-netwerk. "
                "Daar worden ervaringen uitgewisseld over onder meer groepsplannen, het werken met "
                "leerlingvolgsystemen en de samenwerking met de jeugdteams.")]
    b += [("h1", "4. Arrangementen en het dekkend netwerk"),
          ("p", "Als een school met haar eigen mogelijkheden niet uitkomt, vraagt zij een arrangement aan. Het "
                "samenwerkingsverband kent een getrapt aanbod: schoolarrangementen (budget bij de school, "
                "bijvoorbeeld een remedial teacher of een onderwijsassistent voor een groep), "
                "expertisearrangementen (inzet van een gedragsspecialist of taalspecialist van het Expertiseteam "
                "Lingebroek voor maximaal 20 weken), de bovenschoolse plusklas en de taalklas voor nieuwkomers, "
                "de tussenvoorziening 'De Brug' voor kinderen met ernstige gedragsproblemen (12 plaatsen, "
                "verbonden aan een basisschool) en ten slotte sbo en so."),
          ("p", "Het samenwerkingsverband heeft een meldpunt voor kinderen die thuiszitten of dreigen thuis te "
                "komen zitten. De school meldt een leerling na vier weken verzuim. De consulent van het "
                "samenwerkingsverband stelt binnen twee weken met school, ouders, leerplicht en jeugdteam een plan "
                "op. Twee keer per jaar analyseert het bestuur de meldingen: waar blijkt dat het aanbod tekortschiet, "
                "wordt een voorziening aangepast of ingekocht. Zo is in 2025 een kleine groep voor jonge kinderen "
                "met een zorgvraag opgezet samen met een kinderdagcentrum (onderwijs-zorgarrangement).")]
    b += f_oogo_inhoud(c)
    b += [("h1", "5. Toelaatbaarheid sbo en so"),
          ("p", "De aanvraagprocedure, de formulieren en de termijnen staan in de Routekaart TLV op "
                "www.ppo-lingebroek.nl/routekaart. Hieronder staan de criteria die het samenwerkingsverband hanteert."),
          ("h2", "5.1 Criteria speciaal basisonderwijs"),
          ("p", "Een leerling is toelaatbaar tot het sbo als (1) de basisschool ten minste twee OPP-cycli heeft "
                "uitgevoerd en geëvalueerd, met inzet van een arrangement van het samenwerkingsverband; (2) de "
                "leerling een leerachterstand heeft van meer dan anderhalf jaar op ten minste twee vakgebieden of "
                "sociaal-emotionele problematiek die het functioneren in een groep van meer dan 25 leerlingen "
                "aantoonbaar belemmert; en (3) de leerling naar verwachting binnen het sbo wel tot ontwikkeling "
                "komt."),
          ("h2", "5.2 Criteria speciaal onderwijs"),
          ("p", "Een leerling is toelaatbaar tot het so (cluster 3 of 4) als de ondersteuningsbehoefte zo intensief is "
                "dat ook het sbo die niet kan bieden, bijvoorbeeld door een ernstige verstandelijke of lichamelijke "
                "beperking, langdurige ziekte of ernstige psychiatrische problematiek, en deskundigen dat bevestigen. "
                "Een TLV sbo geldt voor twee schooljaren; een TLV so wordt afgegeven tot het einde van de "
                "basisschoolperiode, met bekostigingscategorie laag, midden of hoog.")]
    b += [("h1", "6. Terug naar de basisschool"),
          ("p", "We willen dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. Ons beleid: "
                "een kind keert terug naar een basisschool als het zich in het sbo of so zo heeft ontwikkeld dat het "
                "met de ondersteuning van een gewone school verder kan. Voorwaarden: de ontvangende school heeft "
                "het kind vooraf leren kennen, ouders stemmen in, en er is een warme overdracht. Na terugkeer "
                "ontvangt de basisschool een jaar lang begeleiding van een ambulant begeleider van de sbo- of "
                "so-school en een budget van € 2.500. Ook terugkeer halverwege een TLV-periode is mogelijk."),
          ("p", "De precieze werkwijze bij terugplaatsing, met wie wat doet en wanneer, wordt beschreven in een "
                "protocol dat de sbo- en so-scholen samen met het bureau opstellen.")]
    b += [("h1", "7. Wat kost passend onderwijs?"),
          ("p", "Het samenwerkingsverband ontvangt ongeveer € 9,4 miljoen per jaar. Het grootste deel gaat naar "
                "sbo en so. Van wat overblijft ontvangen de schoolbesturen een ondersteuningsbudget van € 95 per "
                "leerling (teldatum 1 oktober), waarmee scholen schoolarrangementen bekostigen. Expertisearrangementen "
                "worden aangevraagd bij het bureau en toegekend door de directeur op basis van de criteria "
                "'ondersteuningsbehoefte overstijgt schoolniveau' en 'doelen in OPP', met een maximum van € 8.000 "
                "per arrangement. De bovenschoolse voorzieningen worden rechtstreeks bekostigd."),
          ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten", "9.410", "9.350", "9.300", "9.240"],
                     ["Afdracht so en sbo", "5.120", "5.180", "5.230", "5.270"],
                     ["Ondersteuningsbudget besturen", "745", "740", "735", "730"],
                     ["Expertisearrangementen", "1.180", "1.150", "1.120", "1.100"],
                     ["Tussenvoorziening De Brug en plusklas", "880", "880", "880", "880"],
                     ["Terugplaatsingsbudget", "50", "50", "50", "50"],
                     ["Bureau, bestuur, OPR", "940", "950", "960", "970"],
                     ["Saldo", "495", "400", "325", "240"]]),
          ("p", "Besturen verantwoorden de inzet van het ondersteuningsbudget in hun jaarverslag. Het "
                "weerstandsvermogen wordt gehouden tussen 5 en 10 procent van de baten.")]
    b += [("h1", "8. Kwaliteitszorg"),
          ("p", "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In september stelt het bureau "
                "de monitor passend onderwijs op. Die bevat per school en per bestuur: het aantal aanvragen en "
                "toegekende arrangementen, het aantal TLV's, het aantal thuiszitters en de duur van het "
                "thuiszitten, de terugkeer uit sbo en so, de uitstroom naar het vo per schooladvies en de "
                "tevredenheid van ouders en scholen over de dienstverlening. De monitor wordt besproken met de "
                "besturen, de OPR en de gemeenten en is onderdeel van het jaarverslag. Elke arrangement wordt na "
                "afloop geëvalueerd met een korte vragenlijst; de uitkomsten worden per kwartaal geanalyseerd."),
          ("p", "Passend onderwijs is geslaagd als alle kinderen zich goed ontwikkelen. We streven naar goede "
                "resultaten voor ieder kind.")]
    b += [("h1", "9. Ouders als partner"),
          ("p", "Ouders zijn de eerste deskundigen van hun kind. We betrekken ouders bij elke stap, van het eerste "
                "gesprek over zorgen tot een aanvraag bij het samenwerkingsverband. Ouders worden altijd uitgenodigd "
                "voor het multidisciplinair overleg over hun kind en zij tekenen voor het deel van het OPP dat over "
                "het handelingsdeel gaat."),
          ("p", "Informatie voor ouders: de website heeft een apart ouderdeel met uitleg over arrangementen, sbo en so "
                "en de routekaart; iedere school geeft ouders bij de intake de folder 'Extra ondersteuning in "
                "Lingebroek'; twee keer per jaar organiseert het samenwerkingsverband een ouderavond in "
                "samenwerking met de bibliotheek; de consulent van het samenwerkingsverband is telefonisch "
                "bereikbaar voor ouders die een vraag hebben over ondersteuning."),
          ("p", "Onafhankelijk advies: ouders die er met school of samenwerkingsverband niet uitkomen, kunnen "
                "terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat werkt voor drie samenwerkingsverbanden "
                "en niet in dienst is van een schoolbestuur. Ook kunnen ouders een onderwijsconsulent inschakelen of "
                "een klacht indienen bij de Landelijke Klachtencommissie Onderwijs.")]
    b += f_governance(c) + f_opr(c, parents_detail=True) + f_oogo_proc(c) + f_personeel(c) + f_ict_privacy(c)
    b += f_povo(c) + f_landelijk(c) + f_huisvesting(c) + f_totstand(c)
    b += f_begrippen([
        ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle scholen "
                               "binnen het samenwerkingsverband planmatig en op een overeengekomen kwaliteitsniveau "
                               "uitvoeren, binnen de ondersteuningsstructuur van de school."],
        ["Arrangement", "Het geheel aan extra ondersteuning voor een leerling."],
        ["SBO", "Speciaal basisonderwijs."], ["SO", "Speciaal onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."],
        ["OPP", "Ontwikkelingsperspectief."], ["OOGO", "Op overeenstemming gericht overleg."],
        ["Kwaliteitszorg", "Het bewaken en verbeteren van resultaten."]])
    return b


LABEL4 = """
documents: [po-lingebroek-2026.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 'Ondersteuning op school' only covers Inspectie basiskwaliteit, 'iedere school beschrijft zelf in haar schoolgids' and a deferral to 2027-2028; the definition exists only in the glossary; title page lists the word."
  plaatsing: "H5 gives sbo and so criteria plus duration/categorie, but the procedure is only a reference to the 'Routekaart TLV' on the website."
  terugstroom: "H6 states the policy (aim, conditions, one year ambulant support, EUR 2.500); the procedure is deferred to a protocol still to be written."
  financien: "H7 'Wat kost passend onderwijs?': EUR 95 per leerling, criteria/maximum for expertisearrangementen, four-year budget table."
  dekkend-aanbod: "H4 stepped offer (school-, expertisearrangement, plusklas, De Brug, sbo/so) and meldpunt thuiszitters with twice-yearly gap analysis."
  resultaten: "H8 describes the monitor, its indicators and reporting cycle (monitoring) but no intended results: only 'we streven naar goede resultaten'; the H2 'ambities' are process ambitions, not results for pupils."
  ouders: "H9 'Ouders als partner': website ouderdeel, folder, ouderavonden (informatie); Ouder- en Jeugdsteunpunt, onderwijsconsulent, klachtencommissie (steunpunt)."
"""


# =============================================================================================
# Plan 5 - VO Duinstreek-Noord (html, "op hoofdlijnen"). Plaatsing, financien, dekkend-aanbod missing
# (references / passing mentions); steunpunt deferred; basisondersteuning, terugstroom, resultaten present.
# =============================================================================================
C5 = dict(swv="Samenwerkingsverband VO Duinstreek-Noord", kort="Duinstreek-Noord", code="VO 99.88",
          periode="2026-2030", vorig="2022-2026", regio="Duinstreek-Noord",
          gemeenten="Zeewijk, Duinrode en Castricum-Noord", andere="PO Duinstreek",
          oogo="6 februari 2026", opr="12 maart 2026", vast="26 maart 2026", nscholen=10,
          directeur="Joost Wiersma", voorzitter="mr. C. Tjon",
          kengetallen=[["Leerlingen regulier vo", "7.310", "7.288", "7.264"],
                       ["Leerlingen met lwoo", "520", "514", "509"],
                       ["Leerlingen praktijkonderwijs", "236", "241", "238"],
                       ["Leerlingen vso", "198", "204", "207"],
                       ["Vestigingen", "10", "10", "10"]])


def plan5():
    c = C5
    b = [("title", ["Ondersteuningsplan 2026-2030 – beleidsplan op hoofdlijnen", c["swv"] + " (" + c["code"] + ")",
                    "Webversie. De pdf-versie en de bijlagen vindt u onder Downloads."]),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1. Context en kengetallen", "2. Missie en visie",
                  "3. Terugblik 2022-2026", "4. Wat u van elke school mag verwachten",
                  "5. Toelaatbaarheid en middelen", "6. Terug naar het regulier onderwijs",
                  "7. Onze doelen en hoe we ze volgen", "8. Ouders en leerlingen", "9. Organisatie",
                  "10. Medezeggenschap en OOGO", "11. Personeel", "12. Privacy", "13. Aansluiting mbo",
                  "14. Nieuwkomers", "Begrippen"])]
    b += f_voorwoord(c, "formeel") + f_leeswijzer(c) + f_context(c) + f_visie(c, "formeel")
    b += [("h1", "3. Terugblik 2022-2026"),
          ("p", "De vorige planperiode kende een moeizame start. Door personeelswisselingen op het bureau en de "
                "nasleep van de schoolsluitingen kwamen enkele voornemens later op gang dan gepland. Toch is er veel "
                "bereikt. De samenwerking tussen de besturen is hechter geworden; er is een gezamenlijk "
                "scholingsaanbod en de doorlooptijd van aanvragen is verkort. De digitale omgeving voor scholen is "
                "vernieuwd en het aantal formulieren is gehalveerd."),
          ("p", "De evaluatie, uitgevoerd door een extern bureau in het voorjaar van 2025, leverde drie lessen op: "
                "houd het plan kort en richt het op keuzes, maak afspraken toetsbaar, en betrek leerlingen eerder. "
                "Die lessen hebben we ter harte genomen. Dit plan is daarom een plan op hoofdlijnen; de "
                "uitvoeringsafspraken staan in jaarplannen en handboeken."),
          ("h1", "4. Wat u van elke school mag verwachten"),
          ("p", "De besturen in Duinstreek-Noord hebben afgesproken welke ondersteuning minimaal op iedere vestiging "
                "aanwezig is. Deze basisondersteuning is bindend voor alle tien vestigingen en wordt gedurende de "
                "planperiode niet verlaagd. Een leerling of ouder hoeft daarvoor niets aan te vragen. Op elke "
                "vestiging is er:"),
          ("bullets", ["een mentor die de leerling kent en minimaal vier keer per jaar een voortgangsgesprek voert;",
                       "een ondersteuningscoördinator en een vertrouwenspersoon;",
                       "een ondersteuningsteam dat ten minste eens per maand bijeenkomt;",
                       "faciliteiten voor leerlingen met dyslexie of dyscalculie, waaronder extra tijd, "
                       "auditieve ondersteuning en aangepaste toetsen;",
                       "een training faalangst en een training sociale vaardigheden, minimaal eenmaal per jaar;",
                       "begeleiding bij plannen en organiseren (executieve functies);",
                       "een plek waar een leerling even tot rust kan komen onder toezicht;",
                       "afspraken over medisch handelen en over de begeleiding van langdurig zieke leerlingen;",
                       "een ontwikkelingsperspectiefplan dat samen met leerling en ouders wordt opgesteld wanneer "
                       "de leerling extra ondersteuning krijgt."]),
          ("p", "Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning uitvoert."),
          ("h1", "5. Toelaatbaarheid en middelen"),
          ("p", "De procedures en criteria voor toelaatbaarheidsverklaringen voor vso en praktijkonderwijs en voor de "
                "aanwijzing lwoo zijn opgenomen in het Handboek Toewijzing Duinstreek-Noord. Het handboek wordt "
                "jaarlijks geactualiseerd en is te vinden op onze website onder 'Voor scholen'."),
          ("p", "Het samenwerkingsverband legt de verdeling van de middelen en de meerjarenbegroting jaarlijks vast "
                "in het jaarplan en de begroting. Deze documenten worden afzonderlijk vastgesteld en gepubliceerd. "
                "Wij willen dat zoveel mogelijk geld in de klas terechtkomt."),
          ("h1", "6. Terug naar het regulier onderwijs"),
          ("p", "Wij vinden dat een leerling in het vso moet kunnen terugkeren naar het regulier voortgezet onderwijs "
                "zodra dat in zijn belang is. Terugkeer is een doel op zich, geen toevalstreffer. Voorwaarden zijn "
                "dat leerling en ouders de overstap willen, dat de leerling het niveau van de ontvangende "
                "opleiding aankan en dat de ontvangende school de ondersteuning uit het OPP kan bieden. Na de overstap "
                "krijgt de leerling een half jaar lang een coach van de vso-school, drie uur per week, en houdt de "
                "ontvangende school een terugvaloptie open: tot het einde van het schooljaar kan de leerling zonder "
                "nieuwe aanvraag terug naar het vso."),
          ("p", "De werkwijze is als volgt. Bij elke jaarlijkse OPP-evaluatie beoordeelt de vso-school of terugkeer "
                "in beeld is. Zo ja, dan meldt de vso-school de leerling vóór 1 februari bij de "
                "plaatsingsconsulent van het samenwerkingsverband. De consulent zoekt met ouders een passende school "
                "en organiseert binnen vier weken een driegesprek. De ontvangende school neemt uiterlijk 15 april "
                "een besluit; de overstap vindt in de regel plaats per 1 augustus. De TLV eindigt op de dag van "
                "inschrijving op de reguliere school. Als terugkeer niet verantwoord is, vraagt de vso-school in "
                "het laatste jaar van de TLV tijdig een nieuwe TLV aan."),
          ("h1", "7. Onze doelen en hoe we ze volgen"),
          ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereiken:"),
          ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Leerlingen met OPP die het uitstroomperspectief halen", "82%", "90%"],
                     ["Welbevinden leerlingen met extra ondersteuning (rapportcijfer)", "6,8", "7,5"],
                     ["Teruggekeerde vso-leerlingen na een jaar nog in regulier vo", "64%", "75%"],
                     ["Voortijdig schoolverlaters onder leerlingen met OPP", "6,1%", "4,0%"]]),
          ("p", "Het bureau verzamelt deze gegevens jaarlijks per 1 oktober in de Duinmonitor, op basis van "
                "DUO-gegevens, de OPP-registratie van de scholen en een vragenlijst onder leerlingen. De Duinmonitor "
                "wordt in december besproken in het algemeen bestuur en met de OPR, en gepubliceerd in het "
                "jaarverslag. Blijft een doel twee jaar achter, dan stelt het bestuur een verbeteraanpak vast."),
          ("h1", "8. Ouders en leerlingen"),
          ("p", "Ouders moeten weten wat ze van school mogen verwachten. Op onze website staat een overzicht per "
                "school van de basisondersteuning en de extra ondersteuning, met een link naar de schoolgids. "
                "Iedere september ontvangen alle ouders via de scholen de digitale ouderbrief 'Ondersteuning in "
                "Duinstreek-Noord'. Voor ouders van leerlingen in groep 8 houden we in november een "
                "informatieavond over passend onderwijs in het vo. Op verzoek komt een medewerker van het "
                "samenwerkingsverband uitleg geven op een ouderavond van een school."),
          ("p", "Een onafhankelijk ouder- en jeugdsteunpunt voor Duinstreek-Noord richten we in de loop van 2027 in. "
                "De vorm, de bemensing en de samenwerking met andere samenwerkingsverbanden kiezen we samen met de "
                "OPR; tot dan volgt hierover nadere informatie."),
          ("p", "Leerlingen denken mee via het leerlingenpanel en zijn welkom bij de bespreking van hun OPP. Ouders "
                "en leerlingen zijn vertegenwoordigd in de OPR.")]
    b += f_governance(c) + f_opr(c, parents_detail=True) + f_oogo_proc(c) + f_personeel(c) + f_ict_privacy(c)
    b += f_mbo(c) + f_isk(c) + f_povo(c) + f_landelijk(c) + f_huisvesting(c) + f_ai(c) + f_arbeidsmarkt(c)
    b += f_totstand(c)
    b += [("h1", "Begrippen"),
          ("table", [["Begrip", "Betekenis"],
                     ["Dekkend aanbod", "Voor iedere leerling is een passende plek beschikbaar."],
                     ["TLV", "Toelaatbaarheidsverklaring, nodig voor vso en pro."],
                     ["LWOO", "Leerwegondersteunend onderwijs; de criteria staan in het Handboek Toewijzing."],
                     ["Verdeelmodel", "Manier waarop het samenwerkingsverband middelen over scholen verdeelt."],
                     ["Meerjarenbegroting", "Begroting voor vier jaar."],
                     ["Thuiszitter", "Leerplichtige jongere die niet naar school gaat."],
                     ["Zorgplicht", "Plicht van de school om een passende plek te bieden of te zoeken."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."]])]
    return b


LABEL5 = """
documents: [vo-duinstreek-noord-2026.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: missing, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 'Wat u van elke school mag verwachten': binding minimum for all ten vestigingen plus a concrete list."
  plaatsing: "H5 only refers to the 'Handboek Toewijzing' on the website; TLV/lwoo appear otherwise only in the nav menu, glossary and the terugstroom text."
  terugstroom: "H6: policy (aim, conditions, coach, terugvaloptie) and procedure (yearly OPP check, 1 February, driegesprek, 15 April, end of TLV)."
  financien: "H5 only says distribution and meerjarenbegroting are laid down in separately adopted documents; 'Financien' is just a nav-menu item and glossary entry."
  dekkend-aanbod: "No continuum of arrangements and no handling of gaps/thuiszitters; only visie-level aims, a staff title 'aandachtsfunctionaris thuiszitters' and glossary entries; OOGO section is purely procedural."
  resultaten: "H7 table with nulmeting and streefwaarden 2030, Duinmonitor yearly with reporting and a verbeteraanpak rule."
  ouders: "H8 covers website overview, ouderbrief, information evening (informatie); the independent ouder- en jeugdsteunpunt is deferred to 2027 and no klachten/geschillen route is given."
"""


# =============================================================================================
# Near-miss - school-level schoolondersteuningsprofiel of a VO school (docx).
# =============================================================================================


def nearmiss():
    b = [("title", ["Schoolondersteuningsprofiel 2025-2026", "Het Baken College – vmbo met lwoo, locatie Havenweg",
                    "Onderdeel van de schoolgids; aangesloten bij Samenwerkingsverband VO Eemvallei-Zuid"]),
         ("h1", "1. Inleiding"),
         ("p", "Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning Het Baken College biedt aan "
               "leerlingen. Het profiel is vastgesteld door de directie na advies van de medezeggenschapsraad en "
               "vormt de basis voor onze bijdrage aan het ondersteuningsplan van het samenwerkingsverband. Het "
               "profiel wordt ieder jaar geactualiseerd en is opgenomen in de schoolgids."),
         ("p", "Het Baken College is een categorale vmbo-school met de basisberoepsgerichte, kaderberoepsgerichte "
               "en gemengde leerweg en ongeveer 640 leerlingen, van wie 210 een aanwijzing voor "
               "leerwegondersteunend onderwijs (lwoo) hebben. De school werkt met kleine klassen in de onderbouw "
               "(maximaal 18 leerlingen in lwoo-klassen) en vaste mentoren die ook lesgeven in hun klas."),
         ("h1", "2. Onze visie op ondersteuning"),
         ("p", "Wij geloven dat iedere leerling talenten heeft en dat een veilige, gestructureerde omgeving de basis "
               "is om die te ontwikkelen. Ondersteuning is bij ons geen apart traject maar onderdeel van het "
               "lesgeven. Docenten werken handelingsgericht: ze kijken naar wat een leerling nodig heeft en "
               "stemmen hun instructie daarop af. Wij werken nauw samen met ouders, want ouders kennen hun kind "
               "het best."),
         ("h1", "3. Basisondersteuning op Het Baken"),
         ("p", "De basisondersteuning die wij bieden, voldoet aan de afspraken van het samenwerkingsverband. Op onze "
               "school betekent dat onder meer: een mentor met een wekelijks mentoruur, een ondersteuningscoördinator "
               "(0,8 fte), een remedial teacher voor lezen en rekenen, trainingen sociale vaardigheden en faalangst, "
               "een time-outlokaal met vaste begeleider, huiswerkbegeleiding en een dyslexie- en dyscalculieprotocol."),
         ("table", [["Ondersteuning", "Voor wie", "Door wie"],
                    ["Mentoraat plus", "Alle lwoo-leerlingen", "Mentor"],
                    ["Rots en Water", "Leerjaar 1", "Gecertificeerde trainer"],
                    ["RT lezen/rekenen", "Leerlingen met achterstand", "Remedial teacher"],
                    ["Schoolmaatschappelijk werk", "Op verwijzing OT", "SMW'er gemeente"],
                    ["Trajectvoorziening", "Tijdelijk, max. 8 weken", "Trajectbegeleider"]]),
         ("h1", "4. Extra ondersteuning"),
         ("p", "Als de basisondersteuning niet genoeg is, bespreekt het ondersteuningsteam (OT) de leerling. Het OT "
               "bestaat uit de ondersteuningscoördinator, de orthopedagoog, de schoolmaatschappelijk werker, de "
               "jeugdarts en de leerplichtambtenaar. Samen met leerling en ouders wordt een "
               "ontwikkelingsperspectiefplan (OPP) opgesteld. Het OT kan extra ondersteuning inzetten vanuit het "
               "schoolbudget dat de school van het samenwerkingsverband ontvangt, bijvoorbeeld een individuele "
               "coach of een aangepast rooster."),
         ("p", "Wanneer ook dat niet volstaat, kan de school een bovenschools arrangement aanvragen bij het "
               "samenwerkingsverband, zoals een plaatsing in het OPDC. Als een leerling is aangewezen op het "
               "voortgezet speciaal onderwijs of het praktijkonderwijs, vraagt de school een "
               "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De procedure en de criteria "
               "daarvoor staan in het ondersteuningsplan van het samenwerkingsverband."),
         ("h1", "5. Grenzen aan onze ondersteuning"),
         ("p", "Onze school kan niet alle leerlingen passende ondersteuning bieden. Wij hebben geen voorzieningen "
               "voor leerlingen die permanente één-op-éénbegeleiding nodig hebben, voor leerlingen met ernstige "
               "lichamelijke beperkingen die een aangepast gebouw vereisen (het gebouw heeft geen lift naar de "
               "tweede verdieping) en voor leerlingen van wie het gedrag structureel de veiligheid van anderen in "
               "gevaar brengt. In die gevallen zoeken we, vanuit onze zorgplicht, samen met ouders en het "
               "samenwerkingsverband een passende plek op een andere school."),
         ("h1", "6. Ouders"),
         ("p", "Ouders worden betrokken bij elke stap. Bij de aanmelding voeren we een intakegesprek waarin we "
               "samen bespreken wat uw kind nodig heeft. Ouders ontvangen het OPP en worden uitgenodigd voor de "
               "evaluatie ervan. Heeft u vragen over de ondersteuning, neem dan contact op met de mentor of de "
               "ondersteuningscoördinator. Bent u het niet eens met de school, dan kunt u gebruikmaken van onze "
               "klachtenregeling of contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
         ("h1", "7. Middelen en resultaten"),
         ("p", "De school ontvangt lwoo-middelen en een schoolbudget van het samenwerkingsverband. Deze middelen "
               "zetten wij in voor kleine klassen, de trajectvoorziening en de formatie van het ondersteuningsteam. "
               "In 2024-2025 stroomde 94 procent van onze lwoo-leerlingen uit met een diploma. Het aantal "
               "leerlingen dat tussentijds naar het vso of het praktijkonderwijs ging, was 7."),
         ("h1", "8. Ambities voor de komende jaren"),
         ("bullets", ["uitbreiding van het aanbod voor leerlingen met autisme in de bovenbouw;",
                      "scholing van alle mentoren in oplossingsgericht werken;",
                      "betere overdracht van basisscholen via een warme overdracht voor alle lwoo-leerlingen;",
                      "inrichting van een prikkelarme werkplek op iedere verdieping."]),
         ("p", "Vastgesteld door de directie van Het Baken College op 1 juli 2025, na positief advies van de "
               "medezeggenschapsraad.")]
    return b


LABEL6 = """
documents: [sop-baken-college-2025.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level schoolondersteuningsprofiel of one vmbo/lwoo school (onderdeel van de schoolgids), not the ondersteuningsplan of a samenwerkingsverband: no planperiode, OPR or OOGO; it refers to the SWV's plan for TLV procedure and criteria."
"""


def main():
    plans = [
        ("vo-eemvallei-zuid-2026.docx", plan1, LABEL1, C1),
        ("vo-kempenrand-2025.docx", plan2, LABEL2, C2),
        ("vo-zuidwaard-2026.pdf", plan3, LABEL3, C3),
        ("po-lingebroek-2026.pdf", plan4, LABEL4, C4),
        ("vo-duinstreek-noord-2026.html", plan5, LABEL5, C5),
    ]
    for name, fn, label, c in plans:
        blocks = fn()
        title = f"Ondersteuningsplan {c['periode']} {c['swv']}"
        header = f"Ondersteuningsplan {c['periode']} | {c['kort']} | basisondersteuning · toelaatbaarheid · ouders"
        footer = f"{c['swv']} – {c['code']} – versie vastgesteld {c['vast']}"
        path = OUT / name
        if name.endswith(".docx"):
            render_docx(blocks, path, header, footer, title)
        elif name.endswith(".pdf"):
            render_pdf(blocks, path, header, footer, title)
        else:
            render_html(blocks, path, title, header, footer)
        write_label(Path(name).stem + ".expected.yaml", label)
        print(f"{name}: {wc(blocks)} words")
    nm = "sop-baken-college-2025.docx"
    blocks = nearmiss()
    render_docx(blocks, OUT / nm, "Het Baken College – Schoolondersteuningsprofiel 2025-2026",
                "Schoolgids 2025-2026, hoofdstuk 5", "Schoolondersteuningsprofiel Het Baken College")
    write_label(Path(nm).stem + ".expected.yaml", LABEL6)
    print(f"{nm}: {wc(blocks)} words")


if __name__ == "__main__":
    main()
