"""Generate the holdout114 sample set: five fictional ondersteuningsplannen (2026-2030, after mergers or
re-organisations of samenwerkingsverbanden) plus one near-miss document, with expected-label YAML files.

Deterministic, no network. Output goes to the parent folder of this script's directory.
Run: python3 src/make_holdout114.py

A document is a list of blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("bullets", [items])
  ("table", [[cells], ...])  (first row = header) ("toc", [lines]) ("pagebreak",)
Filler paragraphs are deliberately written so that they mention element vocabulary only in passing.
"""
import html as _html
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt


def fill(text, ctx):
    return text.format(**ctx)


# --------------------------------------------------------------------------- renderers
def to_docx(blocks, path, bold_headings=False, header_text=None, footer_text=None, meta_title=None):
    doc = Document()
    if meta_title:
        doc.core_properties.title = meta_title
    doc.core_properties.author = "Bureau samenwerkingsverband"
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if bold_headings:
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(20)
            else:
                doc.add_heading(b[1], level=0)
        elif kind in ("h1", "h2"):
            if bold_headings:
                p = doc.add_paragraph()  # style Normal, only bold run
                r = p.add_run(b[1])
                r.bold = True
                if kind == "h1":
                    r.font.size = Pt(14)
            else:
                doc.add_heading(b[1], level=1 if kind == "h1" else 2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            if bold_headings:
                p = doc.add_paragraph()
                p.add_run("Inhoudsopgave").bold = True
            else:
                doc.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    fixed = datetime.datetime(2026, 4, 1, 12, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_printed = fixed
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed member timestamps so that output is byte-identical between runs."""
    with zipfile.ZipFile(str(path)) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def to_html(blocks, path, title, nav_items, footer_html):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % _html.escape(title), "</head>", "<body>",
           '<header><div class="logo">%s</div><nav><ul>' % _html.escape(title)]
    for it in nav_items:
        out.append('<li><a href="#">%s</a></li>' % _html.escape(it))
    out.append("</ul></nav></header>")
    out.append("<main><article>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % _html.escape(b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % _html.escape(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % _html.escape(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % _html.escape(b[1]))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % _html.escape(i) for i in b[1]) + "</ul>")
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>' +
                       "".join('<li><a href="#">%s</a></li>' % _html.escape(i) for i in b[1]) + "</ol></aside>")
        elif kind == "table":
            rows = b[1]
            t = ["<table>", "<thead><tr>" + "".join("<th>%s</th>" % _html.escape(c) for c in rows[0]) + "</tr></thead>",
                 "<tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join("<td>%s</td>" % _html.escape(c) for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
        elif kind == "pagebreak":
            continue
    out.append("</article></main>")
    out.append("<footer>%s</footer>" % footer_html)
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("bullets", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# --------------------------------------------------------------------------- neutral filler
# Each filler function returns a list of blocks. They use element words only in passing.

def voorwoord(ctx, variant):
    if variant == 1:
        ps = [
            "Voor u ligt het eerste ondersteuningsplan van {swv}. Het plan is geschreven in het voorjaar van 2026, "
            "in de maanden waarin {fusie_orgs} met elk een eigen geschiedenis, eigen gewoonten en eigen "
            "afspraken samen verdergaan als één samenwerkingsverband. Dat is geen kleine opgave. Achter elke "
            "afspraak in dit plan zitten gesprekken met schoolleiders, intern begeleiders, bestuurders, leden van de "
            "ondersteuningsplanraad en wethouders uit {gemeenten}.",
            "Wij hebben ervoor gekozen om niet alles tegelijk opnieuw uit te vinden. Waar de rechtsvoorgangers iets "
            "goed geregeld hadden, nemen we dat over. Waar de werkwijzen verschilden, kiezen we in dit plan een "
            "gezamenlijke lijn, of we spreken af wanneer we die kiezen. Ouders, leerlingen en leraren mogen merken "
            "dat er iets verandert in de organisatie, maar zij mogen er geen last van hebben.",
            "Een woord van dank is op zijn plaats. Aan de leden van de werkgroepen die de afgelopen anderhalf jaar "
            "het fusieproces hebben voorbereid, aan de medewerkers van de bureaus die in onzekere tijden hun werk "
            "met grote inzet bleven doen, en aan de ondersteuningsplanraad, die kritisch meelas en ons scherp hield. "
            "Wij kijken uit naar de komende vier jaar.",
            "{ondertekening}",
        ]
    else:
        ps = [
            "Met trots presenteren wij het ondersteuningsplan {periode} van {swv}. Het plan markeert het begin van "
            "een nieuwe periode: na de herindeling van de samenwerkingsverbanden in onze regio werken de scholen "
            "van {n_besturen} schoolbesturen vanaf 1 augustus 2026 samen binnen één verband, met één bureau en één "
            "bestuur. Woorden als passend onderwijs, arrangement en toelaatbaarheid zijn inmiddels gewone taal "
            "geworden in de scholen. Dat betekent niet dat alles vanzelf gaat.",
            "Dit plan is bewust compact gehouden. Het beschrijft de koers en de afspraken op hoofdlijnen. Een aantal "
            "onderwerpen is nader uitgewerkt in afzonderlijke documenten, die jaarlijks worden bijgesteld. Dat maakt "
            "het mogelijk om snel in te spelen op ontwikkelingen, zoals de landelijke norm voor basisondersteuning "
            "en de Wet versterking positie ouders en leerlingen.",
            "Wij danken iedereen die heeft bijgedragen aan de totstandkoming van dit plan: de leden van de "
            "ondersteuningsplanraad, de directeuren en intern begeleiders, de gemeenten in het OOGO, en niet in de "
            "laatste plaats de medewerkers van het bureau.",
            "{ondertekening}",
        ]
    return [("h1", "Voorwoord")] + [("p", fill(p, ctx)) for p in ps]


def visie_missie(ctx, variant):
    if variant == 1:
        return [
            ("h1", "Visie en missie"),
            ("p", fill("Iedere leerling in {regio} heeft recht op onderwijs dat bij hem of haar past, zo dicht mogelijk "
                       "bij huis en samen met leeftijdgenoten. Dat is de kern van onze missie. Wij geloven dat de "
                       "meeste leerlingen het beste tot hun recht komen in een gewone school, met leraren die "
                       "vertrouwen hebben in hun eigen vakmanschap en die weten waar zij hulp kunnen halen als dat "
                       "nodig is. Tegelijkertijd weten wij dat sommige leerlingen meer nodig hebben dan een reguliere "
                       "groep kan bieden; ook voor hen zoeken we een plek waar zij zich kunnen ontwikkelen.", ctx)),
            ("p", "Onze visie rust op vier pijlers. Ten eerste: het kind staat centraal, niet het systeem. Ten "
                  "tweede: we werken samen, want geen school kan het alleen. Ten derde: we zijn transparant over "
                  "wat we doen en wat het kost. Ten vierde: we leren van wat werkt en stoppen met wat niet werkt. "
                  "Deze pijlers komen terug in alle hoofdstukken van dit plan, en we gebruiken ze als toetssteen "
                  "bij nieuwe keuzes."),
            ("p", "Passend onderwijs is geen doel op zich. Het gaat om de ontwikkeling van kinderen en jongeren. "
                  "Resultaten in de vorm van aantallen en percentages zeggen iets, maar niet alles. Het verhaal "
                  "van een leerling die na jaren weer met plezier naar school gaat, is minstens zo belangrijk."),
        ]
    return [
        ("h1", "Onze koers"),
        ("p", fill("Het samenwerkingsverband wil dat alle kinderen en jongeren in {regio} zich optimaal kunnen "
                   "ontwikkelen. Wij doen dat door scholen te ondersteunen bij het bieden van passend onderwijs en "
                   "door samen met gemeenten en zorgpartners te zorgen voor een sluitende aanpak. Onze kernwaarden "
                   "zijn: verbinden, vertrouwen en verantwoorden.", ctx)),
        ("p", "Verbinden betekent dat we de expertise die in de regio aanwezig is bij elkaar brengen. Vertrouwen "
              "betekent dat we de professionals in de scholen ruimte geven om te doen wat nodig is, zonder "
              "onnodige bureaucratie. Verantwoorden betekent dat we laten zien wat er met de middelen gebeurt en "
              "dat we daarover het gesprek aangaan met besturen, ouders en de ondersteuningsplanraad."),
        ("p", "De koers is in de aanloop naar de fusie besproken in drie regiobijeenkomsten met in totaal ruim "
              "tweehonderd deelnemers. Opvallend was hoe dicht de beelden van de twee voormalige verbanden bij "
              "elkaar lagen. Verschillen zaten vooral in de uitvoering: wie doet wat, hoe snel, en met welk geld."),
    ]


def governance(ctx, variant):
    if variant == 1:
        return [
            ("h1", "Organisatie en governance"),
            ("p", fill("{swv} is een stichting. De statuten zijn op {statutendatum} gewijzigd om de fusie mogelijk te "
                       "maken. Het bestuur bestaat uit een onafhankelijke directeur-bestuurder; het interne toezicht "
                       "ligt bij een raad van toezicht van vijf leden, van wie drie op voordracht van de "
                       "schoolbesturen en twee onafhankelijk. De raad van toezicht heeft een auditcommissie en een "
                       "commissie onderwijs en kwaliteit.", ctx)),
            ("p", fill("De {n_besturen} aangesloten schoolbesturen vormen samen de algemene vergadering van "
                       "aangeslotenen. Deze vergadering benoemt de leden van de raad van toezicht en stelt op voorstel "
                       "van de directeur-bestuurder het ondersteuningsplan vast. Zo blijft de verantwoordelijkheid "
                       "voor passend onderwijs nadrukkelijk bij de besturen liggen.", ctx)),
            ("p", "Het bureau telt na de fusie ongeveer 14 fte, verdeeld over een staf (beleid, financiën, "
                  "secretariaat) en een uitvoerend team van consulenten en orthopedagogen. Het bureau is gevestigd "
                  "op twee locaties; in 2027 besluiten we of we naar één locatie gaan."),
        ]
    return [
        ("h1", "Bestuur en organisatie"),
        ("p", fill("Het samenwerkingsverband is een vereniging waarvan de {n_besturen} schoolbesturen lid zijn. De "
                   "algemene ledenvergadering is het hoogste orgaan. Het dagelijks bestuur bestaat uit drie "
                   "bestuurders uit de aangesloten besturen en een onafhankelijk voorzitter. De directeur is "
                   "gemandateerd voor de uitvoering en legt verantwoording af aan het bestuur.", ctx)),
        ("p", "Bij de herinrichting is gekozen voor het scheiden van bestuur en toezicht binnen het "
              "verenigingsmodel: de algemene ledenvergadering houdt toezicht, het bestuur bestuurt. Het "
              "managementstatuut regelt de verdeling van bevoegdheden tussen bestuur en directeur. De code goed "
              "bestuur van de sectorraad is van toepassing."),
    ]


def opr(ctx, with_parents=True):
    base = ("De ondersteuningsplanraad (OPR) heeft op {opr_datum} ingestemd met dit ondersteuningsplan. De OPR is na "
            "de fusie opnieuw samengesteld uit {opr_leden} leden")
    if with_parents:
        base += (", van wie de helft ouder is en de helft personeelslid; zij zijn afgevaardigd door de "
                 "medezeggenschapsraden van de aangesloten scholen. Via de OPR denken ouders mee over het beleid van "
                 "het samenwerkingsverband.")
    else:
        base += ". De leden zijn afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
    return [
        ("h2", "Medezeggenschap"),
        ("p", fill(base, ctx)),
        ("p", "In de overgangsperiode zijn de leden van de beide oude raden tijdelijk samen opgetrokken in een "
              "gezamenlijke raad. Die raad heeft zelf een reglement opgesteld en een scholingsdag gevolgd. Het "
              "samenwerkingsverband vergoedt de kosten van scholing en ondersteuning van de OPR."),
    ]


def oogo_procedural(ctx):
    return [
        ("h2", "Overleg met gemeenten en aangrenzende verbanden"),
        ("p", fill("Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd op "
                   "{oogo_datum} met de wethouders onderwijs van {gemeenten}. Het overleg is zonder geschilpunten "
                   "afgerond; het verslag is bij het bureau op te vragen. Het wettelijk verplichte overleg met het "
                   "samenwerkingsverband in de andere sector vond plaats op dezelfde dag.", ctx)),
    ]


def oogo_substantive(ctx):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", fill("Onderwijs en jeugdhulp raken elkaar dagelijks. De gemeenten {gemeenten} zijn verantwoordelijk "
                   "voor de jeugdhulp; de scholen en het samenwerkingsverband voor de onderwijsondersteuning. Waar "
                   "het ene ophoudt en het andere begint, is niet altijd scherp. Daarom maken we in het OOGO "
                   "afspraken over de aansluiting.", ctx)),
        ("p", "Voor de planperiode zijn in het OOGO vier gezamenlijke thema's benoemd: (1) een praktijkondersteuner "
              "jeugd op elke school, gefinancierd door de gemeente en aangestuurd vanuit het lokale team; (2) "
              "onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben, met een "
              "gezamenlijke financieringsafspraak per arrangement; (3) leerlingenvervoer, waarbij de gemeente de "
              "criteria vaststelt en het samenwerkingsverband adviseert; (4) onderwijshuisvesting voor de "
              "speciale scholen. Het OOGO over het concept van dit plan is gevoerd en zonder geschilpunten afgerond."),
        ("p", "Twee keer per jaar is er een bestuurlijk overleg tussen de wethouders en de directeur-bestuurder. "
              "Daarnaast is er een ambtelijk overleg van beleidsmedewerkers, dat de bestuurlijke overleggen "
              "voorbereidt en de voortgang van de gezamenlijke thema's bewaakt."),
    ]


def personeel(ctx):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Het "
              "samenwerkingsverband heeft zelf een klein team, maar het overgrote deel van de ondersteuning wordt "
              "geboden door leraren, intern begeleiders, onderwijsassistenten en specialisten in dienst van de "
              "schoolbesturen. Het lerarentekort raakt ook ons: vacatures voor intern begeleiders en "
              "gedragsspecialisten zijn steeds moeilijker te vervullen."),
        ("p", fill("Voor de medewerkers van de twee voormalige bureaus is een sociaal plan afgesproken. Niemand is "
                   "gedwongen ontslagen. Alle medewerkers zijn per {fusiedatum} in dienst van {swv}; functies "
                   "zijn opnieuw beschreven en gewaardeerd. Het personeelsbeleid wordt in de loop van het eerste "
                   "jaar geharmoniseerd.", ctx)),
        ("p", "Wij organiseren jaarlijks een leernetwerk voor intern begeleiders en ondersteuningscoördinatoren, "
              "een studiedag voor schoolleiders en een aantal masterclasses over thema's als gedrag, executieve "
              "functies en meertaligheid. Deelname is gratis voor medewerkers van de aangesloten scholen."),
    ]


def ict_privacy(ctx):
    return [
        ("h1", "ICT, informatiebeveiliging en privacy"),
        ("p", "Na de fusie werken we met één digitaal dossiersysteem. Aanvragen, adviezen en besluiten worden "
              "daarin vastgelegd. De migratie van de dossiers uit de twee oude systemen is gepland in de "
              "zomervakantie van 2026. Tot de migratie is afgerond, blijven beide systemen alleen-lezen "
              "beschikbaar voor de medewerkers die dat voor hun werk nodig hebben."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen "
              "voor zover dat nodig is voor zijn wettelijke taken. Er is een functionaris gegevensbescherming "
              "aangesteld. Gegevens worden niet langer bewaard dan de wettelijke termijn. Een privacyreglement en "
              "een verwerkingsregister zijn vastgesteld; medewerkers volgen jaarlijks een e-learning over "
              "informatiebeveiliging."),
    ]


def planning(ctx, items):
    rows = [["Periode", "Wat", "Wie"]] + items
    return [
        ("h1", "Planning en implementatie"),
        ("p", "Onderstaand overzicht geeft de belangrijkste mijlpalen in de planperiode. Het jaarplan werkt de "
              "activiteiten per schooljaar verder uit. De planning is indicatief; verschuivingen worden met de "
              "ondersteuningsplanraad besproken."),
        ("table", rows),
    ]


def procedure_vaststelling(ctx):
    return [
        ("h1", "Totstandkoming en vaststelling"),
        ("p", fill("Dit plan is tot stand gekomen in een traject van ruim een jaar. In het najaar van 2025 zijn "
                   "werkgroepen van directeuren, intern begeleiders en stafmedewerkers gestart met de voorbereiding. "
                   "Een eerste concept is in januari 2026 besproken met de besturen. Het tweede concept is voorgelegd "
                   "aan de gemeenten en de ondersteuningsplanraad. Het plan is op {vaststelling} vastgesteld en "
                   "vóór 1 mei 2026 aan de inspectie gezonden. Het plan geldt voor de schooljaren {periode}, van 1 "
                   "augustus 2026 tot en met 31 juli 2030.", ctx)),
    ]


def regio(ctx):
    return [
        ("h1", "Onze regio"),
        ("p", fill("Het werkgebied omvat de gemeenten {gemeenten}. In het gebied wonen ongeveer {inwoners} "
                   "inwoners. De regio kent zowel stedelijke kernen als uitgestrekte landelijke gebieden, wat gevolgen "
                   "heeft voor reisafstanden en voor de spreiding van voorzieningen.", ctx)),
        ("p", fill("Bij het samenwerkingsverband zijn {n_besturen} schoolbesturen aangesloten met samen {n_scholen} "
                   "scholen en ongeveer {n_lln} leerlingen. De besturen verschillen sterk in omvang: van een "
                   "eenpitter tot een bestuur met meer dan twintig scholen. Die verscheidenheid vraagt om afspraken "
                   "die voor iedereen werkbaar zijn.", ctx)),
        ("p", "Het leerlingenaantal daalt de komende jaren licht, vooral in de kleinere kernen. Tegelijk groeit het "
              "aantal nieuwkomers. Beide ontwikkelingen vragen om flexibiliteit van scholen en van het "
              "samenwerkingsverband."),
    ]


def leeswijzer(ctx, claims):
    return [("h1", "Leeswijzer"),
            ("p", fill("Dit plan is bedoeld voor iedereen die betrokken is bij passend onderwijs in {regio}: "
                       "schoolbesturen, directeuren, intern begeleiders en zorgcoördinatoren, leraren, ouders, "
                       "gemeenten en de leden van de ondersteuningsplanraad. Niet iedereen zal het plan van voor "
                       "naar achter lezen. Daarom een korte wegwijzer.", ctx)),
            ("p", claims),
            ("p", "Waar in de tekst 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, "
                  "bedoelen we iedere vestiging van een aangesloten school.")]


def kennisdeling(ctx):
    return [
        ("h1", "Kennisdeling en deskundigheidsbevordering"),
        ("p", fill("In {regio} is veel kennis aanwezig, maar die is ongelijk verdeeld. Op de ene school werkt een "
                   "gedragsspecialist met twintig jaar ervaring, op de andere school is de intern begeleider net "
                   "begonnen. Het samenwerkingsverband wil die kennis laten stromen. Daarvoor gebruiken we drie "
                   "instrumenten: netwerken, intervisie en een gezamenlijke academie.", ctx)),
        ("p", "De netwerken zijn georganiseerd rond functies (intern begeleiders, zorgcoördinatoren, "
              "schoolleiders) en rond thema's (jonge kind, gedrag, meertaligheid). Elk netwerk komt vier keer per "
              "jaar bij elkaar en heeft een voorzitter uit het veld. Intervisiegroepen van zes tot acht deelnemers "
              "werken met een vaste methodiek en worden begeleid door een getrainde collega."),
        ("p", "De academie biedt korte cursussen en masterclasses. Het aanbod wordt elk voorjaar samengesteld op "
              "basis van een behoeftepeiling onder de scholen. Wie een cursus heeft gevolgd, deelt de opgedane "
              "kennis in het eigen team. De academie werkt samen met de pabo en de hogeschool in de regio, zodat "
              "studenten al in hun opleiding kennismaken met de praktijk van passend onderwijs."),
    ]


def huisvesting(ctx):
    return [
        ("h1", "Huisvesting en bereikbaarheid van het bureau"),
        ("p", "Na de fusie beschikt het samenwerkingsverband over meerdere kantoorlocaties. Dat is praktisch "
              "voor medewerkers die in de scholen werken, maar het vraagt ook om goede afspraken over "
              "bereikbaarheid en overdracht. Het bureau is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 "
              "uur. In de schoolvakanties is er een beperkte bezetting."),
        ("p", "In de loop van de planperiode onderzoeken we of één centrale locatie, gecombineerd met flexibele "
              "werkplekken in de scholen, beter past. Daarbij wegen we reistijd, kosten en duurzaamheid mee. De "
              "ondersteuningsplanraad wordt betrokken bij dat besluit, omdat het gevolgen heeft voor het personeel."),
    ]


def inspectie(ctx):
    return [
        ("h1", "Toezicht door de inspectie"),
        ("p", "De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Ten minste eens in de "
              "vier jaar vindt een onderzoek plaats, waarin de inspectie spreekt met het bestuur, de raad van "
              "toezicht of de ledenvergadering, de ondersteuningsplanraad, schoolleiders en gemeenten. Door de "
              "fusie verwachten wij in het schooljaar 2027-2028 een onderzoek naar het nieuwe verband."),
        ("p", "Wij bereiden ons daarop voor door de eigen werkwijze tegen het licht te houden en het gesprek "
              "met de inspectie open aan te gaan. Het onderzoekskader van de inspectie is geen doel op zich, maar "
              "het helpt ons wel om scherp te blijven op de vraag of wij doen wat we zeggen."),
    ]


def interne_communicatie(ctx):
    return [
        ("h1", "Communicatie met scholen en besturen"),
        ("p", "Goede communicatie met de aangesloten scholen en besturen is een voorwaarde voor alles wat in dit "
              "plan staat. Daarom verschijnt elke maand een digitale nieuwsbrief voor directeuren en intern "
              "begeleiders, met nieuws uit het bureau, aankondigingen van bijeenkomsten en voorbeelden uit de "
              "praktijk. Besturen ontvangen elk kwartaal een bestuurlijke update."),
        ("p", "Na de fusie hebben we een nieuwe huisstijl ontwikkeld. Logo, kleuren en lettertype zijn gekozen "
              "door een werkgroep van medewerkers en schoolleiders. De nieuwe website is in de zomer van 2026 "
              "live gegaan; oude websites verwijzen automatisch door. Ook het intranet voor scholen is vernieuwd, "
              "met formulieren, handreikingen en een agenda."),
    ]


def rol_besturen(ctx):
    return [
        ("h1", "De rol van de schoolbesturen"),
        ("p", fill("De {n_besturen} schoolbesturen zijn samen eigenaar van het samenwerkingsverband. Zij zijn "
                   "verantwoordelijk voor de kwaliteit van het onderwijs op hun scholen en daarmee ook voor de "
                   "ondersteuning die de scholen bieden. Het samenwerkingsverband faciliteert, maar neemt die "
                   "verantwoordelijkheid niet over.", ctx)),
        ("p", "In de bestuurlijke overleggen bespreken de besturen onder meer de personele ontwikkelingen, de "
              "huisvesting van de speciale scholen en de gevolgen van krimp. De besturen hebben afgesproken dat "
              "zij elkaar aanspreken als afspraken niet worden nagekomen, en dat zij bij verschil van inzicht "
              "eerst het gesprek zoeken voordat de geschillenregeling uit de statuten in beeld komt."),
    ]


# ---------------------------------------------------------------------------------------------- plan A
# PO, .docx with real heading styles. Merger of two PO verbanden.
CTX_A = dict(
    swv="Samenwerkingsverband Passend Primair Onderwijs Maas en Linge",
    code="PO 26-11", regio="de regio Maas en Linge", gemeenten="Bommelwaard, Lingehoven, Zaltdam en Maasoever",
    n_besturen=9, n_scholen=61, n_lln="11.400", inwoners="148.000", periode="2026-2030", fusie_orgs="twee organisaties", fusiedatum="1 augustus 2026",
    statutendatum="12 februari 2026", opr_datum="8 april 2026", opr_leden=12, oogo_datum="17 maart 2026",
    vaststelling="15 april 2026",
    ondertekening="Ineke van Grootveld, directeur-bestuurder, namens het bestuur van SWV Maas en Linge (PO 26-11)",
)


def plan_a():
    c = CTX_A
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband Passend Primair Onderwijs Maas en Linge"),
          ("p", "PO 26-11 | Basisondersteuning · Toelaatbaarheid · Financiën · Resultaten · Ouders"),
          ("p", "Vastgesteld door de algemene vergadering op 15 april 2026, met instemming van de "
                "ondersteuningsplanraad. Ontstaan uit de fusie van SWV De Waardse Stroom (PO 26-04) en SWV "
                "Linge-Oost (PO 26-06)."),
          ("pagebreak",)]
    B += [("toc", ["1 Voorwoord", "2 Van twee verbanden naar één: fusie en overgangsregeling", "3 Visie en missie",
                   "4 Onze regio", "5 Basisondersteuning", "6 Van extra ondersteuning tot speciaal onderwijs",
                   "7 Toelaatbaarheid en plaatsing", "8 Communicatie", "9 Samenwerking met gemeenten en jeugdhulp",
                   "10 Financiën en meerjarenbegroting", "11 Beoogde resultaten en monitoring",
                   "12 Organisatie en governance", "13 Personeel en professionalisering",
                   "14 ICT, informatiebeveiliging en privacy", "15 Planning en implementatie",
                   "16 Totstandkoming en vaststelling", "Bijlage A Begrippenlijst"]), ("pagebreak",)]
    B += voorwoord(c, 1)
    B += [
        ("h1", "Van twee verbanden naar één: fusie en overgangsregeling"),
        ("p", "Op 1 augustus 2026 zijn SWV De Waardse Stroom en SWV Linge-Oost opgegaan in één nieuw "
              "samenwerkingsverband. De aanleiding was tweeledig: beide verbanden waren relatief klein, waardoor "
              "specialistische expertise dun gespreid was, en de grenzen van de verbanden vielen niet samen met de "
              "grenzen van de jeugdhulpregio. Na de fusie is dat wel het geval."),
        ("p", "Omdat niet alles op de fusiedatum geregeld kon zijn, geldt een overgangsregeling. De belangrijkste "
              "afspraken zijn:"),
        ("bullets", [
            "Toelaatbaarheidsverklaringen die door een van de rechtsvoorgangers zijn afgegeven, blijven geldig tot "
            "de einddatum die erop staat. Het nieuwe verband neemt de verplichtingen die daaruit voortvloeien over.",
            "Lopende arrangementen worden gecontinueerd tot uiterlijk 31 juli 2027, tenzij de school en het "
            "ondersteuningsteam eerder een nieuw arrangement afspreken.",
            "Aanvragen die vóór 1 augustus 2026 zijn ingediend, worden afgehandeld volgens de procedure van het "
            "verband waar ze zijn ingediend.",
            "De twee bovenschoolse voorzieningen (De Overstap in Zaltdam en Plusklas Maasoever) blijven in hun "
            "huidige vorm bestaan tot de evaluatie in het voorjaar van 2028.",
        ]),
        ("p", "De overgangsregeling is besproken met de ondersteuningsplanraad en maakt deel uit van dit plan."),
    ]
    B += visie_missie(c, 1)
    B += regio(c)
    B += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in ons verband de ondersteuning die elke school, op elke vestiging, zelf "
              "biedt aan iedere leerling die dat nodig heeft, zonder aanvraag bij het samenwerkingsverband en "
              "zonder aparte toewijzing van middelen. De algemene vergadering heeft het niveau vastgesteld in de "
              "Kwaliteitskaart Basisondersteuning Maas en Linge. Dat niveau geldt voor alle 61 scholen, ongeacht "
              "bestuur of denominatie. Een school die (nog) niet aan de kaart voldoet, moet dat in haar "
              "schoolgids melden en een verbeterplan opstellen."),
        ("p", "De kwaliteitskaart bevat twaalf standaarden. Wat ouders op elke school mogen verwachten, is:"),
        ("bullets", [
            "een intern begeleider met minimaal één dag per week per 150 leerlingen, die de leerlingbesprekingen "
            "leidt en ouders kan ontvangen;",
            "een leerlingvolgsysteem dat minstens twee keer per jaar wordt geanalyseerd, met groepsplannen of "
            "groepsoverzichten die daarop zijn gebaseerd;",
            "werken volgens het landelijke protocol Leesproblemen en Dyslexie en het protocol Ernstige Reken-Wiskunde-"
            "problemen en Dyscalculie, inclusief de inzet van hulpmiddelen zoals voorleessoftware;",
            "een aanbod voor sociaal-emotionele ontwikkeling voor alle groepen, met een jaarlijkse meting van "
            "welbevinden en een anti-pestcoördinator;",
            "een aanbod voor leerlingen die meer aankunnen: compacten en verrijken in de eigen groep;",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt, opgesteld "
            "samen met ouders;",
            "een ondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, met een consulent van het "
            "samenwerkingsverband en, waar nodig, de jeugdverpleegkundige of het lokale team;",
            "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
            "NT2-ondersteuning in de groep voor leerlingen met een taalachterstand, tot maximaal twee jaar na "
            "binnenkomst;",
            "een aanpak voor gedrag, met een time-in-plek in de school en een stappenplan bij escalatie;",
            "een gesprek met ouders binnen tien schooldagen na een signaal van de leerkracht of van ouders;",
            "een warme overdracht naar het voortgezet onderwijs en bij elke tussentijdse overstap.",
        ]),
        ("p", "Elke twee jaar voert het bureau met elke school een kwaliteitsgesprek aan de hand van de kaart. "
              "Scholen die op drie of meer standaarden onvoldoende scoren, krijgen een begeleidingstraject van "
              "maximaal één schooljaar; het bestuur van de school wordt daarover geïnformeerd."),
        ("h1", "Van extra ondersteuning tot speciaal onderwijs"),
        ("p", "Niet elke ondersteuningsvraag kan binnen de basisondersteuning worden beantwoord. Ons aanbod is "
              "daarom opgebouwd in vijf niveaus die op elkaar aansluiten, zodat een leerling zonder onderbreking "
              "de ondersteuning krijgt die hij nodig heeft:"),
        ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                   ["1", "Basisondersteuning", "Elke school", "Geen aanvraag"],
                   ["2", "Arrangement op de eigen school (begeleiding, materialen, extra handen)", "Eigen school",
                    "Besluit ondersteuningsteam"],
                   ["3", "Bovenschoolse voorziening: De Overstap (gedrag, 16 plaatsen), Plusklas Maasoever (HB, "
                         "1 dag per week), taalklas nieuwkomers", "Zaltdam, Maasoever, Bommelwaard",
                    "Besluit ondersteuningsteam met consulent"],
                   ["4", "Speciaal basisonderwijs: SBO De Regenboog en SBO Het Kompas", "Zaltdam, Lingehoven",
                    "Toelaatbaarheidsverklaring"],
                   ["5", "Speciaal onderwijs cluster 3 en 4: vier so-scholen in en buiten de regio", "Diverse",
                    "Toelaatbaarheidsverklaring"]]),
        ("p", "Het ondersteuningsteam van de school, waarin de consulent van het samenwerkingsverband zit, is de "
              "spil. Het team bespreekt de vraag met ouders en besluit over niveau 2 en 3. De consulenten van het "
              "verband zijn per school vast aangewezen, zodat scholen één aanspreekpunt hebben."),
        ("h2", "Waar het aanbod nog niet sluitend is"),
        ("p", "Elk jaar in februari inventariseren we met de scholen en de gemeenten welke leerlingen geen passende "
              "plek hebben: thuiszitters, leerlingen met een vrijstelling, leerlingen op een wachtlijst en "
              "leerlingen die buiten de regio naar school gaan terwijl ze dat liever niet zouden doen. De uitkomst "
              "wordt besproken in het bestuur en in het OOGO."),
        ("p", "Uit de inventarisatie van 2025 bleek dat er een wachtlijst van gemiddeld vier maanden was voor "
              "cluster 4 en dat er voor jonge kinderen met een ernstige meervoudige beperking geen aanbod in de "
              "regio is. Daarom openen we per 1 augustus 2027 een observatiegroep voor kleuters bij SBO Het Kompas "
              "en maken we met twee so-besturen afspraken over een extra groep. Voor thuiszitters geldt: na drie "
              "weken ongeoorloofd of geoorloofd verzuim meldt de school de leerling bij het thuiszittersoverleg, "
              "waarin leerplicht, jeugdhulp en het verband binnen twee weken een plan maken. Lukt dat niet, dan "
              "neemt de directeur-bestuurder de regie en besluit zij over de inzet van middelen, ook als het "
              "formeel niet de verantwoordelijkheid van het verband is."),
        ("h1", "Toelaatbaarheid en plaatsing"),
        ("h2", "De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
              "wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven, of bij "
              "een nieuwe leerling, de school waar de leerling is aangemeld. De aanvraag gaat digitaal naar de "
              "Commissie Toelaatbaarheid van het samenwerkingsverband en bevat het groeidocument, het OPP, het "
              "verslag van het ondersteuningsteam en de zienswijze van de ouders."),
        ("p", "De commissie bestaat uit een orthopedagoog-generalist en een tweede deskundige (psycholoog, "
              "kinderpsychiater, maatschappelijk werker of arts, afhankelijk van de vraag). Beiden geven een eigen, "
              "schriftelijk advies; een deskundige die bij de voorbereiding van de aanvraag betrokken was, adviseert "
              "niet. De directeur-bestuurder beslist binnen zes weken na ontvangst van de volledige aanvraag. Ouders "
              "ontvangen een afschrift van beide adviezen."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is "
              "voldaan: de basisondersteuning en ten minste één arrangement op niveau 2 of 3 zijn gedurende "
              "minimaal zes maanden planmatig ingezet en geëvalueerd; de ondersteuningsbehoefte vraagt om een "
              "kleinere groep en een structureel aangepaste didactiek gedurende de hele schooldag; en de "
              "ontwikkeling stagneert ondanks die inzet. Voor het speciaal onderwijs geldt daarnaast dat de "
              "ondersteuningsbehoefte samenhangt met een ernstige beperking, stoornis of gedragsproblematiek die "
              "een specifieke onderwijsomgeving en intensieve samenwerking met zorg vraagt."),
        ("p", "De commissie kent voor het speciaal onderwijs een bekostigingscategorie toe: laag voor de meeste "
              "leerlingen in cluster 4 en ZML, midden voor leerlingen met een lichamelijke beperking of langdurige "
              "ziekte, hoog voor leerlingen met een meervoudige beperking. Een TLV sbo geldt in de regel twee "
              "schooljaren, een TLV so één tot drie schooljaren, bij een ernstige meervoudige beperking tot het "
              "einde van de basisschoolleeftijd."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het "
              "verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die "
              "advies uitbrengt voordat opnieuw wordt beslist."),
        ("h2", "Na de toelaatbaarheidsperiode"),
        ("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Uitgangspunt is dat een leerling "
              "teruggaat naar een reguliere school zodra dat in zijn belang is en de ontwikkeling dat toelaat, bij "
              "voorkeur dicht bij huis. We vinden het belangrijk dat ouders en de ontvangende school vertrouwen "
              "hebben in de overstap; daarom gaat elke terugplaatsing gepaard met een terugkeerarrangement van "
              "minimaal zes maanden, betaald door het verband, met begeleiding door een leerkracht van de "
              "speciale school."),
        ("p", "De werkwijze is als volgt. Bij elke jaarlijkse evaluatie van het OPP beoordeelt de sbo- of so-school "
              "of terugkeer mogelijk is. In het laatste jaar van de TLV bespreekt de school uiterlijk 1 februari "
              "met ouders en de consulent of verlenging nodig is of dat terugplaatsing wordt voorbereid. Is "
              "terugplaatsing de uitkomst, dan meldt de speciale school de leerling vóór 1 april aan bij een "
              "reguliere school naar keuze van de ouders en vindt een warme overdracht plaats. Is verlenging nodig, "
              "dan dient de speciale school een nieuwe aanvraag in bij de Commissie Toelaatbaarheid. Na zes "
              "maanden evalueert de ontvangende school met ouders en de consulent het terugkeerarrangement."),
    ]
    B += [
        ("h1", "Communicatie"),
        ("p", "Een samenwerkingsverband dat niemand kent, kan niemand helpen. Na de fusie investeren we daarom in "
              "een nieuwe huisstijl en een nieuwe website. Onze communicatie richt zich op drie groepen: "
              "professionals in de scholen, ouders, en partners zoals gemeenten en jeugdhulp."),
        ("h2", "Informatie voor ouders"),
        ("p", "Ouders vinden op de website maasenlinge-po.nl een ouderpagina met uitleg over basisondersteuning, "
              "arrangementen, de bovenschoolse voorzieningen en de toelaatbaarheidsprocedure, in gewone taal en in "
              "vier talen. Elke school neemt in haar schoolgids een vaste paragraaf op over de ondersteuning die de "
              "school biedt, met een verwijzing naar het verband. Twee keer per jaar organiseren we een "
              "informatieavond voor ouders van kinderen met een ondersteuningsbehoefte, afwisselend in Zaltdam en "
              "Maasoever. Daarnaast is er de papieren Wegwijzer Passend Onderwijs, die de intern begeleider meegeeft "
              "bij een eerste gesprek."),
        ("h2", "Onafhankelijke hulp"),
        ("p", "Ouders die vragen hebben, of het niet eens zijn met de school of met ons, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt Maas en Linge. Het steunpunt is ondergebracht bij een onafhankelijke "
              "stichting, valt niet onder de directeur-bestuurder en is bereikbaar via telefoon, e-mail en een "
              "wekelijks inloopspreekuur. De medewerkers denken mee, gaan mee naar gesprekken en bemiddelen. Ouders "
              "kunnen ook kosteloos een beroep doen op de Onderwijsconsulenten. Voor geschillen over toelating, "
              "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; het "
              "verband heeft daarnaast een eigen klachtenregeling."),
        ("h2", "Communicatie met scholen"),
        ("p", "Scholen ontvangen maandelijks een digitale nieuwsbrief. Elke school heeft een vaste consulent. De "
              "schoolleiders en intern begeleiders ontmoeten elkaar in netwerken per subregio."),
    ]
    B += oogo_substantive(c)
    B += [
        ("h1", "Financiën en meerjarenbegroting"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdrachten aan DUO voor het speciaal onderwijs en de overdrachten aan het speciaal "
              "basisonderwijs resteert het budget dat het verband zelf kan inzetten."),
        ("h2", "Hoe verdelen we?"),
        ("p", "Het verdeelmodel van het nieuwe verband is per 1 augustus 2026 ingegaan. De algemene vergadering "
              "stelt jaarlijks vóór 1 juli de bedragen vast. Het model kent drie stromen. Elk schoolbestuur "
              "ontvangt een schoolbudget van € 165 per leerling (teldatum 1 februari) plus een vaste voet van € "
              "5.000 per vestiging; het bestuur verdeelt dit over zijn scholen naar rato van het aantal "
              "leerlingen met een gewicht. Arrangementen op niveau 3 worden centraal toegekend door het "
              "ondersteuningsteam met consulent. Een solidariteitsbudget is bedoeld voor besturen met een "
              "onevenredig hoog aantal leerlingen met zware ondersteuningsbehoeften; een bestuur komt in "
              "aanmerking als het aantal arrangementen per 100 leerlingen meer dan 1,5 keer het gemiddelde is."),
        ("h2", "Begroting"),
        ("p", "De meerjarenbegroting 2026-2030 kan pas worden opgesteld als de openingsbalans van de gefuseerde "
              "stichting door de accountant is vastgesteld. Zij volgt als afzonderlijk document in het najaar van "
              "2026 en wordt dan ter informatie aan de ondersteuningsplanraad gestuurd. Onderstaand overzicht is "
              "daarom nog niet ingevuld."),
        ("table", [["Post", "2026-2027", "2027-2028", "2028-2029", "2029-2030"],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen niveau 3", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De reserves van de twee rechtsvoorgangers worden samengevoegd. Over de besteding van het deel van "
              "de reserve boven de signaleringswaarde besluit het bestuur in 2027."),
        ("h1", "Beoogde resultaten en monitoring"),
        ("p", "Voor de planperiode hebben wij de volgende resultaten voor leerlingen met een ondersteuningsbehoefte "
              "voor ogen:"),
        ("bullets", [
            "het deelnamepercentage speciaal onderwijs daalt van 2,3% (1 oktober 2025) naar ten hoogste 1,9% op "
            "1 oktober 2029, zonder dat het aantal thuiszitters stijgt;",
            "geen enkele leerling is langer dan drie maanden thuiszitter; in 2025 waren dat er elf;",
            "jaarlijks keren ten minste acht leerlingen vanuit sbo of so terug naar een reguliere school;",
            "90% van de scholen voldoet in 2028 aan alle standaarden van de kwaliteitskaart;",
            "de gemiddelde doorlooptijd van een TLV-aanvraag is korter dan vier weken.",
        ]),
        ("p", "Hoe wij de voortgang op deze doelen meten, wie daarover rapporteert en op welke momenten, leggen wij "
              "vast in een nieuw kwaliteitskader. De twee rechtsvoorgangers werkten met verschillende systemen; het "
              "kader voor het gefuseerde verband wordt in het schooljaar 2026-2027 ontwikkeld."),
    ]
    B += governance(c, 1) + opr(c)
    B += personeel(c) + ict_privacy(c)
    B += planning(c, [["2026-2027", "Migratie dossiers; nieuw kwaliteitskader; meerjarenbegroting", "Bureau"],
                      ["2027-2028", "Observatiegroep kleuters; besluit huisvesting bureau", "Bestuur"],
                      ["2028-2029", "Evaluatie bovenschoolse voorzieningen", "Bureau, scholen"],
                      ["2029-2030", "Evaluatie plan; nieuw ondersteuningsplan", "Bestuur, OPR"]])
    B += procedure_vaststelling(c)
    B += [("h1", "Bijlage A Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."],
                     ["Bereikte resultaten", "Wat het samenwerkingsverband feitelijk heeft gerealiseerd."],
                     ["Meerjarenbegroting", "Begroting voor meerdere jaren met de verwachte baten en lasten."],
                     ["Monitoring", "Het systematisch volgen van de voortgang van doelen."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het regulier onderwijs."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    return B


LABEL_A = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Basisondersteuning': level set in Kwaliteitskaart for all 61 schools, 12 concrete standards listed, biennial check.",
        "plaatsing": "Ch. 'Toelaatbaarheid en plaatsing': applicant, dossier, two deskundigen, director decides within 6 weeks; sbo/so criteria; categories, duration, LBT bezwaar.",
        "terugstroom": "Hidden in TLV chapter subsection 'Na de toelaatbaarheidsperiode': policy (thuisnabij, terugkeerarrangement 6 months) and steps with dates (1 Feb, 1 Apr); no heading mentions terugplaatsing (word only in begrippenlijst).",
        "financien": "Ch. 'Financien en meerjarenbegroting': verdeelmodel with EUR 165/leerling, vaste voet, solidariteitsbudget criteria; but begroting deferred ('volgt als afzonderlijk document'), table all p.m. -> besteding not addressed.",
        "dekkend-aanbod": "Ch. 'Van extra ondersteuning tot speciaal onderwijs': 5-level table; subsection on gaps with yearly inventory, wachtlijst cluster 4, observatiegroep 2027, thuiszittersoverleg.",
        "resultaten": "Ch. 'Beoogde resultaten en monitoring': concrete targets, but measuring/reporting deferred to a new kwaliteitskader to be developed in 2026-2027.",
        "ouders": "Found under 'Communicatie': ouderpagina in 4 languages, schoolgids paragraph, info evenings, Wegwijzer; independent OJSP, Onderwijsconsulenten, GPO.",
    },
)


# ---------------------------------------------------------------------------------------------- plan B
# VO, .docx whose headings are bold Normal paragraphs. Re-organisation into one verband with regioteams.
CTX_B = dict(
    swv="Samenwerkingsverband Voortgezet Onderwijs Vallei en Veluwezoom",
    code="VO 25-14", regio="de Vallei en de Veluwezoom", gemeenten="Eemhorst, Renswoude-Vallei, Veluwedal en Rhenenburg",
    n_besturen=7, n_scholen=19, n_lln="17.900", inwoners="236.000", periode="2026-2030", fusie_orgs="twee deelregio's", fusiedatum="1 augustus 2026",
    statutendatum="1 maart 2026", opr_datum="2 april 2026", opr_leden=10, oogo_datum="10 maart 2026",
    vaststelling="16 april 2026",
    ondertekening="Het bestuur van Samenwerkingsverband VO Vallei en Veluwezoom (VO 25-14)",
)


def plan_b():
    c = CTX_B
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("p", "Samenwerkingsverband Voortgezet Onderwijs Vallei en Veluwezoom – VO 25-14"),
          ("p", "Versie 1.0 – definitief – april 2026"), ("pagebreak",)]
    B += [("toc", ["Voorwoord", "1 De herinrichting: waar we vandaan komen", "2 Onze koers", "3 Onze regio",
                   "4 Basisondersteuning", "5 Ondersteuningsroute en dekkend aanbod",
                   "6 Toelaatbaarheid vso, lwoo en praktijkonderwijs", "7 Doorlopende leerlijnen en uitstroom",
                   "8 Geld en middelen", "9 Resultaten", "10 Ouders en leerlingen",
                   "11 Samenwerking met gemeenten en jeugdhulp", "12 Bestuur en organisatie",
                   "13 Personeel en professionalisering", "14 Planning", "Begrippenlijst"]), ("pagebreak",)]
    B += voorwoord(c, 2)
    B += leeswijzer(c, "Wie vooral wil weten wat een school te bieden heeft, leest hoofdstuk 4 en 5. Hoofdstuk 6 "
                       "gaat over toelaatbaarheid en terugplaatsing, hoofdstuk 8 over geld en middelen, hoofdstuk "
                       "10 over ouders en leerlingen, waaronder het ouder- en jeugdsteunpunt.")
    B += [
        ("h1", "1 De herinrichting: waar we vandaan komen"),
        ("p", "Tot 1 augustus 2026 werkten de scholen in ons gebied in twee deelregio's met elk een eigen "
              "bureau, een eigen loket en eigen afspraken, onder één rechtspersoon. Die constructie stamde uit "
              "2014 en was bedoeld als tijdelijk. Na de evaluatie van 2024 hebben de besturen besloten de "
              "deelregio's op te heffen en te werken met één loket en drie regioteams die dicht bij de scholen staan."),
        ("p", "Voor de overgang gelden enkele afspraken. Lopende trajecten bij de loketten van de deelregio's "
              "worden afgemaakt door de medewerker die ze begonnen is. Afgegeven toelaatbaarheidsverklaringen en "
              "aanwijzingen voor leerwegondersteuning blijven ongewijzigd geldig. De budgetten die scholen in het "
              "schooljaar 2025-2026 ontvingen, worden in 2026-2027 voor ten minste 90% gegarandeerd, zodat geen "
              "school in één keer een grote daling ervaart."),
    ]
    B += visie_missie(c, 2)
    B += regio(c)
    B += [
        ("h1", "4 Basisondersteuning"),
        ("p", "De basisondersteuning is het niveau van ondersteuning dat alle negentien scholen, op al hun "
              "vestigingen, ten minste bieden aan iedere leerling. Het is de ondergrens die de besturen met elkaar "
              "hebben afgesproken en die voor alle leerwegen geldt, van praktijkonderwijs tot gymnasium. Wat een "
              "school daarbovenop biedt, is extra ondersteuning."),
        ("p", "De concrete invulling van de basisondersteuning staat beschreven in het ondersteuningsprofiel van "
              "iedere school, dat vanaf dit jaar is opgenomen in de schoolgids en te vinden is op de website van de "
              "school. Het gezamenlijk referentiekader dat ten grondslag ligt aan die profielen, is te raadplegen "
              "op onze website. Bij de herinrichting is afgesproken om de referentiekaders van de twee deelregio's "
              "samen te voegen zodra de landelijke norm voor basisondersteuning bekend is."),
        ("h1", "5 Ondersteuningsroute en dekkend aanbod"),
        ("p", "Ons ondersteuningsaanbod is een samenhangend geheel dat loopt van de basisondersteuning in elke "
              "school tot het voortgezet speciaal onderwijs. Tussen die twee uitersten bestaan de volgende "
              "voorzieningen:"),
        ("bullets", [
            "Lichte ondersteuning op school: iedere school ontvangt een budget voor ondersteuning bovenop de basis; "
            "de scholen bepalen zelf hoe zij dat inzetten.",
            "Leerwegondersteunend onderwijs (lwoo) op elf scholen voor vmbo, in kleinere klassen of met extra "
            "begeleiding.",
            "Praktijkonderwijs op twee scholen, in Eemhorst en Veluwedal.",
            "OPDC De Brug: een orthopedagogisch-didactisch centrum met 40 plaatsen voor leerlingen die tijdelijk "
            "niet in een reguliere klas kunnen functioneren. Een plaatsing duurt maximaal een schooljaar, waarna "
            "de leerling naar de eigen school terugkeert of een ander vervolg krijgt.",
            "Rebound-voorziening in Rhenenburg voor een kortdurende time-out van maximaal twaalf weken.",
            "Drie vso-scholen in de regio (cluster 4, ZML en LZ/LG) en afspraken met twee vso-scholen daarbuiten.",
            "Onderwijs-zorgarrangementen, samen met de gemeenten, voor leerlingen die onderwijs en jeugdhulp "
            "tegelijkertijd nodig hebben.",
        ]),
        ("p", "De route naar extra ondersteuning begint altijd bij het ondersteuningsteam van de school. Als de "
              "school handelingsverlegen is, schakelt zij het regioteam in. Het regioteam adviseert en kan binnen "
              "drie weken een arrangement toekennen of een plaatsing in het OPDC regelen."),
        ("p", "Om gaten in het aanbod op te sporen, houden de regioteams een signaleringslijst bij van leerlingen "
              "voor wie geen passende plek beschikbaar is of die langer dan vier weken thuiszitten. De lijst wordt "
              "maandelijks besproken aan de thuiszitterstafel met leerplicht en de lokale teams; bij een "
              "impasse heeft de directeur doorzettingsmacht. Uit de analyse van 2025 bleek dat het aanbod tekortschoot "
              "voor hoogbegaafde leerlingen met faalangst en voor leerlingen met autisme op havo/vwo-niveau. Vanaf "
              "1 augustus 2027 start daarom een havo/vwo-autismeklas met 12 plaatsen, en een HB-traject op twee "
              "scholen."),
        ("h1", "6 Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, "
              "over de toelaatbaarheid tot het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend "
              "onderwijs. Na de herinrichting loopt dat via één digitaal loket."),
        ("p", "Voor het vso dient het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld een "
              "aanvraag in. De aanvraag bevat een actueel OPP, een verslag van het multidisciplinair overleg "
              "waarbij ouders aanwezig waren, en de zienswijze van ouders en, als de leerling dat wil, van de "
              "leerling zelf. Twee deskundigen – een orthopedagoog of psycholoog en, afhankelijk van de vraag, een "
              "kinderpsychiater, jeugdarts of maatschappelijk werker – brengen elk afzonderlijk advies uit. De "
              "TLV-commissie neemt binnen vier weken na ontvangst van de volledige aanvraag een besluit namens het "
              "bestuur. Een TLV wordt afgegeven voor één tot vier schooljaren en vermeldt de "
              "bekostigingscategorie."),
        ("p", "Voor lwoo en pro melden de basisscholen in november van groep 8 de leerlingen aan met het "
              "onderwijskundig rapport en de toetsgegevens; het loket besluit vóór 1 maart, zodat ouders op tijd "
              "kunnen aanmelden bij een vo-school."),
        ("p", "De criteria op grond waarvan de commissie beslist, zijn vastgelegd in het Kader Toelaatbaarheid. "
              "Het kader van de twee deelregio's wordt herzien; het bestuur stelt het nieuwe kader vast in het "
              "eerste jaar na de herinrichting, waarna het op de website wordt gepubliceerd."),
        ("h1", "7 Doorlopende leerlijnen en uitstroom"),
        ("p", "Een goede start in het voortgezet onderwijs begint in groep 8. Met het PO-verband in onze regio is "
              "een overstapprotocol afgesproken, waarin de warme overdracht van leerlingen met een "
              "ondersteuningsbehoefte is geregeld. Het vo-loket neemt voor 1 april contact op met de basisschool "
              "van iedere leerling met een OPP."),
        ("p", "Aan de andere kant van het vo staat de overstap naar het mbo of naar werk. Voor vmbo- en "
              "pro-leerlingen loopt een project 'Ondersteuning kan mee', waarin de mentor de ondersteuningsbehoefte "
              "overdraagt aan de mbo-instelling. Voor vso-leerlingen in de uitstroomprofielen dagbesteding en "
              "arbeid zijn er afspraken met het UWV en de gemeenten over stageplaatsen en nazorg. De school blijft "
              "nog een jaar na de uitstroom betrokken en koppelt terug hoe het met de oud-leerling gaat."),
    ]
    B += [
        ("h1", "8 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 21,6 miljoen aan ondersteuningsmiddelen "
              "(lichte ondersteuning, zware ondersteuning, lwoo en pro). Ruim driekwart daarvan gaat rechtstreeks "
              "of via afdrachten naar de scholen."),
        ("p", "Het verdeelmodel werkt als volgt. Lwoo- en pro-middelen worden doorgegeven aan de scholen op basis "
              "van het aantal aangewezen leerlingen op 1 oktober, tegen het landelijke bedrag. Voor de lichte "
              "ondersteuning ontvangt elke school een vaste voet van € 40.000 plus € 92 per leerling. De "
              "regioteams beschikken over een arrangementenbudget; zij kennen arrangementen toe op basis van een "
              "aanvraag van de school, waarbij het aantal uren begeleiding en de duur worden vastgelegd. Het "
              "bestuur stelt het verdeelmodel jaarlijks vast bij de begroting. Scholen verantwoorden in hun "
              "jaarverslag per categorie wat zij met het budget hebben gedaan, en het bureau toetst dat steekproefsgewijs."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "21.640", "21.310", "21.050", "20.820"],
                   ["Afdrachten vso (DUO)", "6.120", "6.080", "6.000", "5.950"],
                   ["Lwoo en pro naar scholen", "5.870", "5.760", "5.690", "5.610"],
                   ["Lichte ondersteuning scholen", "2.510", "2.490", "2.470", "2.450"],
                   ["OPDC De Brug en rebound", "2.150", "2.150", "2.150", "2.150"],
                   ["Arrangementen regioteams", "2.300", "2.250", "2.200", "2.200"],
                   ["Autismeklas en HB-traject", "0", "380", "650", "650"],
                   ["Bureau en regioteams", "1.960", "1.930", "1.900", "1.880"],
                   ["Resultaat", "730", "270", "-10", "-70"]]),
        ("p", "Het weerstandsvermogen ligt eind 2025 op 9%; de signaleringswaarde van de inspectie wordt niet "
              "overschreden. Het positieve resultaat in de eerste twee jaren wordt gereserveerd voor de opbouw "
              "van de autismeklas."),
        ("h1", "9 Resultaten"),
        ("p", "In de vorige planperiode (2022-2026) wilden we het aantal thuiszitters halveren, de doorlooptijd van "
              "aanvragen verkorten en het aantal leerlingen in het vso stabiliseren. De tabel toont wat er bereikt is."),
        ("table", [["Indicator", "Doel 2026", "Bereikt (1-10-2025)", "Doel 2030"],
                   ["Thuiszitters langer dan 4 weken", "max. 10", "14", "max. 6"],
                   ["Deelname vso", "max. 3,4%", "3,6%", "max. 3,2%"],
                   ["Doorlooptijd TLV-aanvraag", "6 weken", "5,1 weken", "4 weken"],
                   ["Leerlingen OPDC die binnen 1 jaar terugkeren naar een reguliere klas", "70%", "64%", "75%"],
                   ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "7,0", "7,2", "7,5"]]),
        ("p", "De regioteams houden de indicatoren bij in een dashboard dat elk kwartaal aan het bestuur wordt "
              "voorgelegd. Eén keer per jaar bespreken we de resultaten met de schoolleiders, de OPR en de "
              "gemeenten, en we rapporteren erover in het jaarverslag. Blijkt een doel buiten bereik, dan stellen "
              "we de aanpak bij in het volgende jaarplan."),
        ("h1", "10 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn de eerste ervaringsdeskundigen. Wij informeren hen op verschillende "
              "manieren over het ondersteuningsaanbod. Op de website staat per school welke ondersteuning er is, "
              "met een link naar de schoolgids. Elke school bespreekt in het kennismakingsgesprek met nieuwe "
              "ouders de ondersteuning die de school biedt. In januari organiseren de regioteams in elke "
              "gemeente een informatieavond over lwoo, pro en de ondersteuning in het vo voor ouders van "
              "leerlingen in groep 7 en 8. Er is een folder 'Extra ondersteuning in het vo' in het Nederlands, "
              "Engels, Arabisch en Oekraïens."),
        ("p", "Het samenwerkingsverband moet volgens de nieuwe wet een ouder- en jeugdsteunpunt hebben. Wij "
              "richten dat steunpunt in samen met het PO-verband in onze regio. De vorm, de organisatie en de "
              "bereikbaarheid worden in de loop van 2027 bepaald."),
        ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. In de OPR hebben naast personeelsleden "
              "ook ouders en leerlingen zitting."),
    ]
    B += oogo_substantive(c)
    B += governance(c, 2) + opr(c)
    B += personeel(c) + kennisdeling(c) + inspectie(c)
    B += planning(c, [["2026-2027", "Eén loket operationeel; nieuw Kader Toelaatbaarheid", "Bestuur"],
                      ["2027", "Start autismeklas havo/vwo; inrichting steunpunt", "Regioteams"],
                      ["2028", "Tussenevaluatie plan met OPR", "Directeur"],
                      ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur, OPR"]])
    B += procedure_vaststelling(c)
    B += [("h1", "Begrippenlijst"),
          ("bullets", ["Basisondersteuning – het afgesproken niveau van ondersteuning op alle scholen, zoals "
                       "preventieve interventies en een ondersteuningsstructuur.",
                       "Onderwijsconsulenten – onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
                       "Ouder- en jeugdsteunpunt (OJSP) – onafhankelijk steunpunt waar ouders en jongeren terecht "
                       "kunnen met vragen en klachten.",
                       "Terugplaatsing – de overstap van het vso naar het regulier voortgezet onderwijs na afloop "
                       "van de TLV.",
                       "TLV – toelaatbaarheidsverklaring.",
                       "OPDC – orthopedagogisch-didactisch centrum."])]
    return B


LABEL_B = dict(
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Section 4 (bold-Normal heading): defines the agreed minimum for all 19 schools, but the content is only referred to school profiles/schoolgids and a referentiekader on the website.",
        "plaatsing": "Section 6: vso procedure (applicant, dossier, 2 deskundigen, commissie within 4 weeks) and lwoo/pro timeline; criteria only in a Kader Toelaatbaarheid still to be adopted.",
        "terugstroom": "Nothing: section 7 is about PO-VO transfer and uitstroom to mbo or work; OPDC return is not a return from vso; 'terugplaatsing' only in begrippenlijst and running header.",
        "financien": "Section 'Geld en middelen': verdeelmodel (vaste voet EUR 40.000 + EUR 92/leerling, lwoo/pro per pupil, arrangementen) and meerjarenbegroting table 2026-2029.",
        "dekkend-aanbod": "Section 5: continuum list (lichte ondersteuning, lwoo, pro, OPDC, rebound, vso, OZA) and signaleringslijst/thuiszitterstafel with gap analysis and 2027 actions.",
        "resultaten": "Section 9: targets 2030 and achieved figures in table, quarterly dashboard, yearly discussion and jaarverslag.",
        "ouders": "Section 10: information channels concrete; the ouder- en jeugdsteunpunt is deferred ('in de loop van 2027 bepaald'); Onderwijsconsulenten/OJSP only in begrippenlijst.",
    },
)


# ---------------------------------------------------------------------------------------------- plan C
# PO, rendered to PDF. Merger of three verbanden; much content in tables.
CTX_C = dict(
    swv="Stichting Samenwerkingsverband Primair Onderwijs Kempen-Peel",
    code="PO 30-08", regio="de Kempen en de Peel", gemeenten="Aarlehoven, Budelveld, Deurnebroek, Geldrop-Heide en Someren-Peel",
    n_besturen=12, n_scholen=88, n_lln="15.200", inwoners="205.000", periode="2026-2030", fusie_orgs="drie organisaties", fusiedatum="1 augustus 2026",
    statutendatum="20 januari 2026", opr_datum="26 maart 2026", opr_leden=14, oogo_datum="4 maart 2026",
    vaststelling="9 april 2026",
    ondertekening="Drs. M.J. (Marloes) Hendrikx-Tielen, directeur-bestuurder SWV Kempen-Peel",
)


def plan_c():
    c = CTX_C
    B = []
    B += [("title", "Samen sterker: ondersteuningsplan Kempen-Peel 2026-2030"),
          ("p", "Stichting Samenwerkingsverband Primair Onderwijs Kempen-Peel (PO 30-08), ontstaan uit de "
                "samenvoeging van SWV De Kempen (PO 30-05), SWV Peelrand (PO 30-06) en SWV Dommeldal (PO 30-07)."),
          ("pagebreak",)]
    B += [("toc", ["Voorwoord", "1 Drie wordt één", "2 Visie en missie", "3 Onze regio", "4 Basisondersteuning",
                   "5 Het ondersteuningsaanbod", "6 Toelaatbaarheid sbo en so", "7 Terug naar de basisschool",
                   "8 Ouders", "9 Financieel kader", "10 Kwaliteit en resultaten", "11 Organisatie en governance",
                   "12 Personeel en professionalisering", "13 ICT en privacy", "14 Planning",
                   "15 Totstandkoming", "Bijlage: Afkortingenlijst"]), ("pagebreak",)]
    B += voorwoord(c, 1)
    B += [
        ("h1", "1 Drie wordt één"),
        ("p", "Per 1 augustus 2026 zijn drie samenwerkingsverbanden samengegaan. Het ministerie heeft de nieuwe "
              "indeling goedgekeurd; de gemeenten hebben de wijziging van de regio-indeling gesteund. De nieuwe "
              "stichting is de rechtsopvolger van de drie oude stichtingen en neemt alle rechten en verplichtingen over."),
        ("p", "De samenvoeging gebeurt gefaseerd. In het schooljaar 2026-2027 werken de drie voormalige bureaus "
              "nog vanuit hun eigen locatie en met hun eigen teams, onder één directie. In 2027-2028 ontstaat één "
              "bureau met drie 'ondersteuningshuizen' als werkplekken in de regio. Scholen houden in de eerste twee "
              "jaar dezelfde contactpersoon."),
        ("p", "De fusie is ook een kans om te harmoniseren. De drie verbanden hadden elk een eigen kijk op de "
              "verdeling van middelen, op de rol van de consulenten en op de inrichting van de toelaatbaarheid. In "
              "dit plan maken we keuzes over de financiën en het aanbod; voor de werkwijze rond de toelaatbaarheid "
              "gebruiken we de overgangsperiode om te leren van de drie bestaande werkwijzen."),
    ]
    B += visie_missie(c, 1)
    B += regio(c)
    B += [
        ("h1", "4 Basisondersteuning"),
        ("p", "Iedere basisschool in Kempen-Peel biedt op al haar locaties hetzelfde basisniveau. Dat niveau "
              "hebben de twaalf besturen samen afgesproken en het is bindend: een school kan het niet verlagen, "
              "alleen aanvullen. Het niveau is uitgewerkt in onderstaande tabel."),
        ("table", [["Domein", "Wat elke school in Kempen-Peel biedt"],
                   ["Ondersteuningsstructuur", "Intern begeleider; ondersteuningsteam met SWV-consulent vier keer per jaar; "
                    "groeidocument voor elke besproken leerling"],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; RT door de eigen leerkracht of onderwijsassistent "
                    "tot 2 uur per week; compenserende software"],
                   ["Gedrag en welbevinden", "Schoolbrede aanpak (bijv. PBS of Kanjertraining); jaarlijkse monitor "
                    "sociale veiligheid; vaste time-in-afspraken"],
                   ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; compacten en verrijken; "
                    "plusaanbod van minimaal 1 uur per week"],
                   ["Taal en nieuwkomers", "NT2-aanbod in de groep; tolk bij oudergesprekken"],
                   ["Medisch", "Protocol medisch handelen; aangepast meubilair op aanvraag binnen 4 weken"],
                   ["Ouders", "Startgesprek met elke ouder; ouders zijn bij elk ondersteuningsteam over hun kind uitgenodigd"]]),
        ("p", "Deze afspraken gelden voor iedere leerling zonder dat een aanvraag of beschikking nodig is."),
        ("h1", "5 Het ondersteuningsaanbod"),
        ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning, kent Kempen-Peel een "
              "getrapt aanbod dat binnen en tussen de scholen op elkaar is afgestemd:"),
        ("table", [["Trede", "Voorziening", "Capaciteit", "Hoe"],
                   ["Extra ondersteuning op school", "Arrangement met uren begeleiding of expertise", "ca. 600 per jaar",
                    "Aanvraag door school, besluit consulent"],
                   ["Bovenschools", "Schakelklassen taal (3), Plusklassen (5), gedragsgroep De Brug", "ca. 180 plaatsen",
                    "Advies ondersteuningsteam"],
                   ["Speciaal basisonderwijs", "SBO De Wegwijzer, SBO Peelland, SBO Dommeldal", "ca. 520 leerlingen", "TLV"],
                   ["Speciaal onderwijs", "Twee so-scholen in de regio (cluster 3 en 4) en so buiten de regio",
                    "ca. 310 leerlingen", "TLV"],
                   ["Onderwijs-zorg", "Zorgklas Someren-Peel met dagbehandeling", "12 plaatsen",
                    "Samen met jeugdhulp"]]),
        ("p", "De voorzieningen vormen één geheel: een leerling die in een bovenschoolse groep zit, blijft "
              "ingeschreven op de eigen school, en een leerling die van het sbo komt, kan een arrangement "
              "meenemen naar de nieuwe school."),
        ("p", "Of het aanbod voor alle kinderen sluitend is, weten we op dit moment niet precies. Elk van de drie "
              "oude verbanden had een eigen manier van kijken naar thuiszitters en wachtlijsten. In het "
              "schooljaar 2026-2027 gaan we onderzoeken waar de witte vlekken zitten. Tot die tijd blijven de "
              "afspraken van de oude verbanden over thuiszitters van kracht."),
        ("h1", "6 Toelaatbaarheid sbo en so"),
        ("p", "Het samenwerkingsverband beoordeelt of een leerling toelaatbaar is tot het speciaal "
              "basisonderwijs of het speciaal onderwijs. De drie verbanden hanteerden al vergelijkbare criteria; "
              "die zijn nu samengevoegd. Een leerling is toelaatbaar tot het sbo als:"),
        ("bullets", [
            "de school aantoonbaar de basisondersteuning en een arrangement heeft ingezet en geëvalueerd;",
            "de leerling een ontwikkelingsvoorsprong of -achterstand heeft die in een reguliere groep, ook met "
            "arrangement, niet te overbruggen is (bijvoorbeeld een leerrendement onder 50% op twee of meer domeinen);",
            "de leerling gebaat is bij een kleinere groep met een specialistische aanpak gedurende een groot deel "
            "van de week.",
        ]),
        ("p", "Een leerling is toelaatbaar tot het so als daarnaast sprake is van een ernstige "
              "ontwikkelingsbeperking, een lichamelijke beperking of chronische ziekte, of ernstige gedrags- of "
              "psychiatrische problematiek, waardoor de leerling een onderwijsaanbod nodig heeft dat alleen met "
              "specifieke expertise en faciliteiten kan worden geboden."),
        ("table", [["Bekostigingscategorie", "Wanneer", "Geldigheidsduur TLV"],
                   ["Laag", "Cluster 4 en ZML, zonder zware medische zorg", "2 schooljaren"],
                   ["Midden", "Lichamelijke beperking of langdurige ziekte", "2 tot 4 schooljaren"],
                   ["Hoog", "Meervoudige beperking", "tot einde basisschoolleeftijd"],
                   ["Sbo (geen categorie)", "–", "2 schooljaren"]]),
        ("p", "Tijdens de overgangsperiode, tot 1 augustus 2027, handelen de drie voormalige loketten aanvragen "
              "af volgens hun eigen werkwijze. Een geharmoniseerde procedure, met een beschrijving van de stappen, "
              "de rol van de deskundigen en de termijnen, wordt in 2027 vastgesteld en daarna op de website "
              "gepubliceerd."),
        ("h1", "7 Terug naar de basisschool"),
        ("p", "Wij willen dat leerlingen die in het sbo of so zitten, teruggaan naar een reguliere basisschool "
              "als dat kan. Ons beleid berust op drie uitgangspunten. Ten eerste wordt bij elke TLV vanaf de start "
              "meegenomen of en wanneer terugkeer haalbaar is. Ten tweede is de voorkeur een school in de "
              "woonplaats van de leerling, zodat het kind weer met buurtgenoten naar school gaat. Ten derde laten "
              "wij een kind niet zonder steun terugkeren: iedere teruggeplaatste leerling krijgt een "
              "terugkeerarrangement van één schooljaar, met ambulante begeleiding door de speciale school en een "
              "budget van € 4.500 voor de ontvangende school."),
        ("p", "Hoe de terugplaatsing in de praktijk verloopt, leggen de sbo- en so-scholen vast in hun eigen "
              "terugplaatsingsprotocol, dat zij jaarlijks aan het bestuur toezenden."),
        ("h1", "8 Ouders"),
        ("p", "Ouders moeten weten waar ze aan toe zijn. Daarom krijgen ouders informatie over de ondersteuning "
              "langs meerdere wegen: de website kempenpeel-po.nl met een aparte ouderroute en filmpjes; de "
              "schoolgids, waarin elke school haar ondersteuning beschrijft volgens een vast format; een folder "
              "die de intern begeleider uitreikt bij het eerste gesprek over extra ondersteuning; en de "
              "ouderconsulent van het verband, die ouders telefonisch of op school te woord staat."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Zuidoost, dat "
              "door de vijf samenwerkingsverbanden in de regio gezamenlijk wordt gefinancierd maar inhoudelijk "
              "onafhankelijk werkt. Het steunpunt informeert, adviseert en gaat desgewenst mee naar gesprekken. "
              "Bij een conflict met school of verband kunnen ouders de Onderwijsconsulenten inschakelen; "
              "geschillen over het OPP, toelating of verwijdering kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ("h1", "9 Financieel kader"),
        ("p", "De samenvoeging van drie verdeelsystemen is het belangrijkste financiële besluit van dit plan. "
              "Besturen ontvangen vanaf 2026-2027 hun middelen volgens onderstaand model. De directeur-bestuurder "
              "legt de bedragen jaarlijks ter vaststelling voor aan het bestuur, gelijktijdig met de begroting."),
        ("table", [["Component", "Criterium", "Bedrag 2026-2027"],
                   ["Basisbudget besturen", "Aantal leerlingen op 1 oktober", "€ 140 per leerling"],
                   ["Vaste voet", "Per schoollocatie", "€ 6.500"],
                   ["Arrangementen", "Individuele aanvraag, toegekend door consulent", "gem. € 3.800 per arrangement"],
                   ["Bovenschoolse voorzieningen", "Capaciteit", "€ 1.250.000 totaal"],
                   ["Overgangsregeling", "Verschil met oude model, afbouw in 3 jaar", "max. € 250.000"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026-27", "2027-28", "2028-29", "2029-30"],
                   ["Rijksbijdrage", "19.480", "19.150", "18.900", "18.700"],
                   ["Afdracht so (DUO)", "6.950", "6.900", "6.850", "6.800"],
                   ["Overdracht sbo", "4.100", "4.050", "4.000", "3.950"],
                   ["Basisbudget + vaste voet", "2.700", "2.660", "2.620", "2.590"],
                   ["Arrangementen", "2.280", "2.280", "2.250", "2.230"],
                   ["Bovenschoolse voorzieningen", "1.250", "1.250", "1.250", "1.250"],
                   ["Terugkeerarrangementen", "90", "110", "130", "130"],
                   ["Bureau, personeel, huisvesting", "1.800", "1.760", "1.720", "1.700"],
                   ["Overgangsregeling", "250", "170", "80", "0"],
                   ["Saldo", "60", "-30", "0", "50"]]),
        ("p", "Besturen leggen via hun jaarverslag verantwoording af over de besteding van het basisbudget."),
        ("h1", "10 Kwaliteit en resultaten"),
        ("p", "Kwaliteit is een gedeelde verantwoordelijkheid van scholen, besturen en verband. In de drie oude "
              "verbanden is in de afgelopen jaren veel bereikt, en we zijn trots op die resultaten."),
        ("p", "Welke resultaten we voor leerlingen met een ondersteuningsbehoefte in deze planperiode nastreven, "
              "en hoe we die gaan volgen, beschrijven we vanaf 2027 in het jaarplan. Een kwaliteitskader voor het "
              "nieuwe verband is in voorbereiding."),
    ]
    B += governance(c, 1) + opr(c) + oogo_procedural(c) + rol_besturen(c)
    B += personeel(c) + kennisdeling(c) + ict_privacy(c) + huisvesting(c) + interne_communicatie(c) + inspectie(c)
    B += planning(c, [["2026-2027", "Onderzoek witte vlekken; harmonisatie procedure TLV", "Directie"],
                      ["2027-2028", "Eén bureau, drie ondersteuningshuizen", "Directie"],
                      ["2028-2029", "Afbouw overgangsregeling afgerond", "Bestuur"],
                      ["2029-2030", "Nieuw plan", "Bestuur, OPR"]])
    B += procedure_vaststelling(c)
    B += [("h1", "Bijlage: Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"], ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPP", "Ontwikkelingsperspectief"],
                     ["OPR", "Ondersteuningsplanraad"], ["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"],
                     ["TLV", "Toelaatbaarheidsverklaring"], ["KPI", "Kritieke prestatie-indicator (resultaten)"]])]
    return B


LABEL_C = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["duur-categorie"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 4: binding basisniveau for all locations; content only in a domain table.",
        "plaatsing": "Ch. 6: sbo/so criteria and category/duration table; procedure left to three old loketten until 2027, harmonised procedure 'wordt in 2027 vastgesteld'.",
        "terugstroom": "Ch. 7: policy (three principles, terugkeerarrangement EUR 4.500) but procedure delegated to schools' own protocols, not described.",
        "financien": "Ch. 'Financieel kader': verdeelmodel and meerjarenbegroting both only as tables with amounts.",
        "dekkend-aanbod": "Ch. 5: tiered continuum table; gap analysis deferred ('gaan we onderzoeken' in 2026-2027) and thuiszitters referred to old verbanden's arrangements.",
        "resultaten": "Ch. 10 'Kwaliteit en resultaten' only praises past results and defers goals and monitoring to 2027 jaarplan; KPI only in afkortingenlijst.",
        "ouders": "Ch. 8: website ouderroute, schoolgids format, folder, ouderconsulent; OJSP Zuidoost, Onderwijsconsulenten, GPO.",
    },
)


# ---------------------------------------------------------------------------------------------- plan D
# VO, rendered to PDF. New verband after a split and merger; several elements only referenced.
CTX_D = dict(
    swv="Samenwerkingsverband VO IJssel-Vechtstreek",
    code="VO 23-17", regio="de IJssel-Vechtstreek", gemeenten="Dalfsenhorst, Hattemveen, Ommerwold, Raalte-IJssel en Staphorsterveld",
    n_besturen=6, n_scholen=14, n_lln="12.600", inwoners="171.000", periode="2026-2030", fusie_orgs="twee organisaties", fusiedatum="1 augustus 2026",
    statutendatum="5 februari 2026", opr_datum="9 april 2026", opr_leden=8, oogo_datum="11 maart 2026",
    vaststelling="21 april 2026",
    ondertekening="A. (Arjen) Schuttenbelt, directeur-bestuurder a.i.",
)


def plan_d():
    c = CTX_D
    B = []
    B += [("title", "Ondersteuningsplan Samenwerkingsverband VO IJssel-Vechtstreek 2026-2030"),
          ("p", "VO 23-17 – 'Elke leerling een plek' – vastgesteld 21 april 2026"), ("pagebreak",)]
    B += [("toc", ["Voorwoord", "1 Een nieuw samenwerkingsverband", "2 Onze koers", "3 Basisondersteuning",
                   "4 Thuiszitters en witte vlekken", "5 Toelaatbaarheid: vso, lwoo en pro",
                   "6 Weer thuis op school", "7 Financiën", "8 Wat we willen bereiken en hoe we dat volgen",
                   "9 Ouders en jongeren", "10 Samenwerking met gemeenten en jeugdhulp", "11 Bestuur en organisatie",
                   "12 Personeel en professionalisering", "13 ICT en privacy", "14 Planning",
                   "Bijlage 1 Begrippenlijst", "Bijlage 3 Meerjarenbegroting 2026-2030 (separaat)",
                   "Bijlage 4 Allocatiemodel (separaat)"]), ("pagebreak",)]
    B += voorwoord(c, 2)
    B += leeswijzer(c, "Hoofdstuk 3 beschrijft de basisondersteuning. In hoofdstuk 7 leest u hoe de middelen worden "
                       "verdeeld en besteed. Hoofdstuk 9 beschrijft hoe wij ouders en jongeren informeren over het "
                       "ondersteuningsaanbod en waar zij onafhankelijk advies kunnen krijgen.")
    B += [
        ("h1", "1 Een nieuw samenwerkingsverband"),
        ("p", "Het samenwerkingsverband IJssel-Vechtstreek bestaat in deze vorm sinds 1 augustus 2026. Het "
              "ontstond doordat het voormalige verband Salland-Noord werd opgesplitst: de scholen in het westelijk "
              "deel gingen samen met het verband Vechtdal verder als IJssel-Vechtstreek, de scholen in het "
              "oostelijk deel sloten zich aan bij een buurverband. Voor veel scholen verandert het loket, voor "
              "sommige ook de contactpersoon."),
        ("p", "Een nieuw verband vraagt tijd om de eigen werkwijze te vinden. In dit eerste plan leggen we daarom "
              "de kern vast en verwijzen we voor een aantal onderwerpen naar documenten die het bestuur afzonderlijk "
              "vaststelt. Die documenten hebben dezelfde status als dit plan en worden, net als dit plan, aan de "
              "ondersteuningsplanraad voorgelegd."),
        ("p", "Tot 1 januari 2027 geldt een overgangsregeling: leerlingen met een arrangement van het oude verband "
              "behouden dat arrangement tot het einde van het schooljaar, en de bureaus van beide rechtsvoorgangers "
              "blijven tot die datum bereikbaar op hun oude adres."),
    ]
    B += visie_missie(c, 2) + regio(c)
    B += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is een belangrijk begrip in passend onderwijs. In de twee oude verbanden "
              "bestonden verschillende afspraken en de scholen hebben laten weten daar niet zomaar een keuze uit "
              "te willen maken. Bovendien verwachten we dat de landelijke norm voor basisondersteuning de komende "
              "jaren wettelijk wordt vastgelegd."),
        ("p", "Daarom stellen wij het niveau en de inhoud van de basisondersteuning in het schooljaar 2026-2027 "
              "opnieuw vast, in een gezamenlijk traject met de zorgcoördinatoren en de schoolleiders. Zolang dat "
              "traject loopt, verwijzen wij naar het landelijke Referentiekader passend onderwijs en naar de "
              "ondersteuningsparagraaf in de schoolgidsen van de scholen."),
        ("h1", "4 Thuiszitters en witte vlekken"),
        ("p", "Het dekkend ondersteuningsaanbod, van de ondersteuning op school tot en met het vso, is beschreven "
              "in het document 'Ondersteuningsroute IJssel-Vechtstreek', dat op onze website staat. In dit "
              "hoofdstuk gaan we in op de plekken waar dat aanbod tekortschiet."),
        ("p", "Op 1 oktober 2025 telden de leerplichtafdelingen in ons gebied 23 thuiszittende jongeren, van wie "
              "negen langer dan drie maanden. Daarnaast hadden 31 jongeren een vrijstelling van de leerplicht. Die "
              "aantallen vinden wij te hoog. Onze aanpak:"),
        ("bullets", [
            "Elke school meldt een leerling die twee weken niet of nauwelijks naar school komt, bij de "
            "trajectbegeleider van het verband. Die stelt binnen vijf schooldagen met de school, ouders, de "
            "jongere en leerplicht een terugkeerplan op.",
            "Lukt dat binnen zes weken niet, dan gaat de casus naar het Doorbraakoverleg, waarin het verband, "
            "leerplicht, het wijkteam en de jeugdhulpaanbieder zitten. Het Doorbraakoverleg kan maatwerk afspreken "
            "buiten de gangbare regels.",
            "Voor jongeren met een aanvraag voor vrijstelling wordt altijd eerst onderzocht of een onderwijs-"
            "zorgarrangement mogelijk is.",
        ]),
        ("p", "De analyse van 2025 liet twee witte vlekken zien: er is geen aanbod voor jongeren met ernstige "
              "angstproblematiek die tijdelijk niet in een groep kunnen functioneren, en het aanbod voor "
              "hoogbegaafde leerlingen met een ondersteuningsbehoefte is versnipperd. Voor de eerste groep start "
              "per februari 2027 een kleinschalige voorziening met hybride onderwijs (8 plaatsen) in Raalte-IJssel; "
              "voor de tweede maken de besturen vóór 1 augustus 2027 afspraken over één HB-voorziening per deelgebied. "
              "De voortgang wordt elk halfjaar gerapporteerd aan het bestuur en het OOGO."),
        ("h1", "5 Toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt een TLV "
              "aan via het aanvraagportaal. Bij de aanvraag horen het OPP met de evaluatie van de geboden "
              "ondersteuning, een verslag van het multidisciplinair overleg en de zienswijze van ouders en "
              "jongere. De trajectbegeleider controleert binnen vijf werkdagen of de aanvraag volledig is. Twee "
              "onafhankelijke deskundigen, een orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij "
              "de vraag (jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker), brengen elk een eigen "
              "schriftelijk advies uit. De Commissie Toelaatbaarheid besluit binnen zes weken namens de "
              "directeur-bestuurder. Ouders krijgen het besluit en beide adviezen."),
        ("p", "Een leerling is toelaatbaar tot het vso als (a) de reguliere school de ondersteuning uit het OPP "
              "ten minste een half jaar heeft geboden en geëvalueerd, (b) de jongere ondanks die ondersteuning "
              "onvoldoende ontwikkelt of zich in de school niet veilig of gezien voelt door een structurele "
              "ondersteuningsvraag, en (c) de jongere een onderwijsomgeving nodig heeft met kleine groepen, "
              "specialistische expertise en een geïntegreerd aanbod van onderwijs en zorg dat een reguliere "
              "school ook met extra middelen niet kan bieden. De TLV wordt afgegeven voor één, twee of drie "
              "schooljaren, in categorie laag, midden of hoog."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteren wij de landelijke criteria (leerachterstand en intelligentie). Het "
              "verband kiest niet voor eigen lwoo-criteria. De basisschool meldt de leerling aan via het portaal "
              "uiterlijk 1 februari van groep 8, met het onderwijskundig rapport en de testgegevens. De Commissie "
              "Toelaatbaarheid besluit uiterlijk 15 maart. Een aanwijzing lwoo geldt voor de duur van de "
              "opleiding; een toelaatbaarheid tot pro voor de gehele schoolloopbaan in het pro."),
        ("h2", "Bezwaar"),
        ("p", "Tegen elk besluit kunnen ouders of het schoolbestuur binnen zes weken bezwaar maken. Het verband "
              "vraagt daarover advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "6 Weer thuis op school"),
        ("p", "Wij geloven dat een vso-plaatsing voor veel jongeren een tussenstap is. Ons uitgangspunt is dat een "
              "jongere die het vso niet meer nodig heeft, zo snel mogelijk terugkeert naar een reguliere "
              "vo-school, liefst in de buurt van huis en in een passende leerweg. Voorwaarde is dat de jongere, de "
              "ouders en de ontvangende school achter de overstap staan en dat de ontvangende school de "
              "ondersteuning uit het OPP kan bieden. Na de overstap ontvangt de jongere gedurende minimaal een "
              "schooljaar coaching door een begeleider van de vso-school, die ook de mentor van de ontvangende "
              "school adviseert."),
        ("p", "De route 'Weer thuis op school' verloopt zo: de vso-school bespreekt twee keer per jaar in het OPP-"
              "gesprek met ouders en jongere of terugkeer in beeld komt; in het laatste TLV-jaar vindt uiterlijk in "
              "december een overstapgesprek plaats met de trajectbegeleider van het verband. De vso-school doet "
              "vóór 1 maart een voorstel: terugkeer, overstap naar een andere vorm van onderwijs, of een nieuwe "
              "aanvraag. De Commissie Toelaatbaarheid neemt over een nieuwe aanvraag een besluit; bij terugkeer "
              "regelt de trajectbegeleider de aanmelding en een oriënterende meeloopdag. Zes weken en zes maanden "
              "na de overstap evalueren de ontvangende school, de jongere en de ouders samen met de begeleider."),
        ("p", "In 2024-2025 keerden vijftien jongeren uit het vso terug naar een reguliere school."),
        ("h1", "7 Financiën"),
        ("p", "Goede ondersteuning vraagt om een solide financiële basis. De middelen van het samenwerkingsverband "
              "worden ingezet voor de ondersteuning van leerlingen; dat is het uitgangspunt van ons financieel "
              "beleid. Het nieuwe verband heeft de financiële administratie van de rechtsvoorgangers "
              "overgenomen."),
        ("p", "De meerjarenbegroting 2026-2030 en het allocatiemodel zijn opgenomen in bijlage 3 en bijlage 4. "
              "Deze bijlagen worden separaat gepubliceerd en jaarlijks geactualiseerd."),
        ("h1", "8 Wat we willen bereiken en hoe we dat volgen"),
        ("p", "Wij formuleren onze beoogde resultaten voor jongeren met een ondersteuningsbehoefte zo dat we kunnen "
              "vaststellen of we ze halen:"),
        ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Thuiszitters > 3 maanden", "9", "0"],
                   ["Vrijstellingen 5a", "31", "max. 20"],
                   ["Jongeren die jaarlijks uit het vso terugkeren", "15", "20"],
                   ["Deelname vso", "3,9%", "3,5%"],
                   ["Ouders tevreden over de ondersteuning", "68%", "80%"],
                   ["Besluit TLV binnen 6 weken", "81%", "100%"]]),
        ("p", "Het bureau verzamelt de gegevens elk halfjaar uit de eigen registratie, de leerplichtcijfers en "
              "DUO, en rapporteert ze in een monitor aan het bestuur en de OPR. Een keer per jaar houden we een "
              "evaluatiesessie met de zorgcoördinatoren en de vso-scholen, waarin we de cijfers duiden en "
              "bijsturen. De bereikte resultaten staan in het jaarverslag; in 2028 laat het bestuur een externe "
              "tussenevaluatie uitvoeren."),
        ("h1", "9 Ouders en jongeren"),
        ("p", "Ouders en jongeren die vastlopen of het niet eens zijn met een school of met het verband, kunnen "
              "terecht bij het Steunpunt Ouders & Jongeren IJssel-Vechtstreek. Dat steunpunt werkt onafhankelijk van "
              "het verband en de scholen; het is ondergebracht bij een stichting voor cliëntondersteuning en "
              "bereikbaar via telefoon, app en e-mail. Het steunpunt luistert, geeft advies en kan een "
              "onafhankelijke ondersteuner meesturen naar gesprekken. Daarnaast kunnen ouders een beroep doen op de "
              "Onderwijsconsulenten of zich wenden tot de Geschillencommissie passend onderwijs. Het steunpunt "
              "bundelt jaarlijks de signalen en bespreekt ze met het bestuur."),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod, werken we uit in het communicatieplan dat "
              "in het voorjaar van 2027 verschijnt. Daarin komen ook een nieuwe website en een ouderbrochure."),
    ]
    B += oogo_substantive(c)
    B += governance(c, 1) + opr(c) + rol_besturen(c)
    B += personeel(c) + kennisdeling(c) + ict_privacy(c) + huisvesting(c)
    B += planning(c, [["2026-2027", "Traject basisondersteuning; communicatieplan", "Directeur"],
                      ["februari 2027", "Start voorziening hybride onderwijs", "Besturen"],
                      ["2028", "Externe tussenevaluatie", "Bestuur"],
                      ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur, OPR"]])
    B += procedure_vaststelling(c)
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "De ondersteuning die alle scholen bieden: een ondersteuningsstructuur, "
                      "preventieve en licht curatieve interventies en handelingsgericht werken."],
                     ["Allocatiemodel", "Regels voor de verdeling van middelen over de scholen."],
                     ["Meerjarenbegroting", "Begroting voor vier jaar."],
                     ["Ondersteuningscontinuüm", "Het geheel van ondersteuning van basis tot vso."],
                     ["Informatievoorziening ouders", "De manier waarop ouders worden geïnformeerd."]])]
    return B


LABEL_D = dict(
    sector="vo",
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 3 only says level and content will be re-set in 2026-2027 and refers to the Referentiekader and schoolgidsen; definition only in begrippenlijst.",
        "plaatsing": "Ch. 5: vso procedure (portal, 2 deskundigen, commissie within 6 weeks) and criteria (a)-(c), lwoo/pro procedure with dates, duration/category, bezwaar via LBT.",
        "terugstroom": "Ch. 6 'Weer thuis op school' (no 'terugplaatsing' wording): policy with conditions and coaching after return, route with OPP talks, December/1 March moments, evaluations; 15 returns reported.",
        "financien": "Ch. 7 is general prose and refers to bijlage 3 (meerjarenbegroting) and bijlage 4 (allocatiemodel), which are not part of the document.",
        "dekkend-aanbod": "Ch. 4: thuiszitters figures, escalation and two witte vlekken with actions; the continuum itself only referred to 'Ondersteuningsroute' on the website.",
        "resultaten": "Ch. 8: nulmeting/streefwaarde table, half-yearly monitor, yearly evaluation, jaarverslag, external evaluation 2028.",
        "ouders": "Ch. 9: independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten, GPO; informing parents deferred to communicatieplan 2027.",
    },
)


# ---------------------------------------------------------------------------------------------- plan E
# PO, HTML web version "op hoofdlijnen" after a merger plus re-organisation into kernteams.
CTX_E = dict(
    swv="Samenwerkingsverband Primair Onderwijs Delta Westland",
    code="PO 28-21", regio="Delta Westland", gemeenten="Maassluishaven, Westkreek, Naaldhorst en Rozenburgt",
    n_besturen=8, n_scholen=52, n_lln="13.100", inwoners="182.000", periode="2026-2030", fusie_orgs="twee organisaties", fusiedatum="1 augustus 2025",
    statutendatum="30 januari 2026", opr_datum="14 april 2026", opr_leden=12, oogo_datum="24 maart 2026",
    vaststelling="22 april 2026",
    ondertekening="Het bestuur van SWV PO Delta Westland (PO 28-21)",
)


def plan_e():
    c = CTX_E
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen"),
          ("p", "Samenwerkingsverband Primair Onderwijs Delta Westland (PO 28-21). Webversie van het plan dat op "
                "22 april 2026 is vastgesteld. Een printbare versie is op aanvraag beschikbaar.")]
    B += [("toc", ["Voorwoord", "Fusie en nieuwe organisatie", "Visie en missie", "Onze regio",
                   "Wat u van elke school mag verwachten", "Toelaatbaarheid (sbo en so)",
                   "Afloop van een toelaatbaarheidsverklaring", "Middelen en begroting",
                   "Resultaten: zo volgen wij de ontwikkelingen", "Kernteams", "Bestuur en organisatie",
                   "Personeel", "ICT en privacy", "Landelijke ontwikkelingen", "Planning", "Totstandkoming",
                   "Begrippen"])]
    B += voorwoord(c, 1)
    B += leeswijzer(c, "Op deze pagina vindt u de hoofdlijnen: wat u van elke school mag verwachten, hoe "
                       "toelaatbaarheid en terugplaatsing geregeld zijn, hoe wij de middelen verdelen, welke "
                       "resultaten wij willen bereiken, hoe wij zorgen voor een dekkend aanbod en waar ouders "
                       "terechtkunnen met vragen.")
    B += [
        ("h1", "Fusie en nieuwe organisatie"),
        ("p", "Op 1 augustus 2025 zijn de verbanden Westland-Noord en Waterweg-West samengegaan. Het eerste jaar "
              "na de fusie hebben wij gebruikt om de organisatie opnieuw in te richten. De belangrijkste "
              "verandering is dat de consulenten en orthopedagogen niet langer vanuit een centraal bureau werken, "
              "maar in vier kernteams, één per gemeente. Elk kernteam heeft een vaste samenstelling en een eigen "
              "teamleider."),
        ("p", "Dit ondersteuningsplan is het eerste plan van het gefuseerde verband. Het bouwt voort op de plannen "
              "van de rechtsvoorgangers, die tot 31 juli 2026 liepen. Waar in dit plan nog geen nieuwe afspraak is "
              "gemaakt, blijven de afspraken van de rechtsvoorgangers gelden totdat het bestuur anders besluit."),
    ]
    B += visie_missie(c, 1)
    B += regio(c)
    B += [
        ("h1", "Wat u van elke school mag verwachten"),
        ("p", "Alle 52 basisscholen in Delta Westland hebben afgesproken welke ondersteuning zij in ieder geval "
              "bieden. Dat is de basisondersteuning: het gezamenlijke minimum, dat op iedere locatie van iedere "
              "school geldt, ongeacht het bestuur. Een school mag meer bieden, maar niet minder."),
        ("bullets", [
            "Elke school heeft een intern begeleider en een ondersteuningsteam waarin ook het kernteam van het "
            "samenwerkingsverband is vertegenwoordigd.",
            "Elke school volgt de ontwikkeling van alle leerlingen met een leerlingvolgsysteem en past het aanbod "
            "aan op drie niveaus in de groep (basis, verdiept, intensief).",
            "Elke school werkt met een dyslexieprotocol en biedt extra lees- en rekenbegeleiding in kleine groepjes "
            "tot twee keer per week.",
            "Elke school heeft een aanpak voor sociale veiligheid en pesten en een vaste aandachtsfunctionaris.",
            "Elke school biedt verrijking voor leerlingen die meer aankunnen.",
            "Elke school kan een ontwikkelingsperspectief opstellen voor een leerling met een eigen leerlijn.",
            "Elke school heeft afspraken over medische handelingen en over het gebruik van hulpmiddelen.",
            "Elke school draagt leerlingen warm over bij de overgang naar het voortgezet onderwijs.",
        ]),
        ("p", "Of de scholen deze ondersteuning ook daadwerkelijk bieden, bespreekt het kernteam jaarlijks met de "
              "directeur aan de hand van een korte zelfevaluatie."),
        ("h1", "Toelaatbaarheid (sbo en so)"),
        ("p", "De procedure en de criteria voor het afgeven van een toelaatbaarheidsverklaring voor het speciaal "
              "basisonderwijs en het speciaal onderwijs zijn vastgelegd in het Reglement Toelaatbaarheid "
              "(bijlage 5). Het reglement wordt los van dit plan gepubliceerd."),
        ("h1", "Afloop van een toelaatbaarheidsverklaring"),
        ("p", "Als een toelaatbaarheidsverklaring afloopt, doorloopt de sbo- of so-school de volgende stappen. "
              "In oktober van het laatste jaar evalueert de school het ontwikkelingsperspectief en bespreekt zij de "
              "uitkomst in de commissie van begeleiding. Vóór 1 december organiseert de school een multidisciplinair overleg met de "
              "orthopedagoog van het kernteam. Daarin wordt besloten of de school een verlenging aanvraagt of "
              "een overstap naar een reguliere basisschool voorbereidt. Bij een overstap meldt de school de leerling "
              "vóór 1 maart aan bij de basisschool van voorkeur, en vindt een overdrachtsgesprek plaats tussen beide "
              "scholen. Het kernteam bevestigt de gemaakte afspraken schriftelijk aan beide scholen. Voor een "
              "verlenging geldt het Reglement Toelaatbaarheid."),
        ("h1", "Middelen en begroting"),
        ("p", "Hieronder staat de meerjarenbegroting voor de planperiode. De bedragen zijn gebaseerd op de "
              "verwachte leerlingaantallen en de huidige bekostigingsregels."),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029", "2030"],
                   ["Baten rijk", "16.920", "16.700", "16.510", "16.340", "16.200"],
                   ["Afdracht so", "5.640", "5.600", "5.560", "5.520", "5.500"],
                   ["Overdracht sbo", "3.310", "3.270", "3.230", "3.190", "3.150"],
                   ["Budget schoolbesturen", "4.950", "4.900", "4.850", "4.800", "4.760"],
                   ["Kernteams (personeel)", "1.720", "1.740", "1.760", "1.780", "1.800"],
                   ["Bovenschoolse groepen", "820", "820", "820", "820", "820"],
                   ["Bureau en bestuur", "480", "470", "460", "450", "450"],
                   ["Resultaat", "0", "-100", "-170", "-220", "-280"]]),
        ("p", "De verdeling van het budget over de schoolbesturen volgt tot 31 juli 2027 de afspraken van de "
              "rechtsvoorgangers. Een nieuw, gezamenlijk verdeelmodel is in voorbereiding."),
        ("h1", "Resultaten: zo volgen wij de ontwikkelingen"),
        ("p", "Om te weten of passend onderwijs in Delta Westland werkt, verzamelen de kernteams elk kwartaal "
              "gegevens over het aantal arrangementen, het aantal aanvragen en de doorlooptijden, en halen wij "
              "twee keer per jaar de deelnamecijfers sbo en so op bij DUO. Deze gegevens komen samen in een "
              "dashboard dat de teamleiders bespreken in het managementoverleg. Elk voorjaar houdt het bestuur een "
              "evaluatiebijeenkomst waarin de cijfers worden besproken met de directeuren en de "
              "ondersteuningsplanraad. Het jaarverslag beschrijft wat er is bereikt."),
        ("p", "Welke resultaten wij voor de planperiode nastreven, stellen wij vast nadat de nulmeting in het "
              "voorjaar van 2027 is afgerond. Tot dan formuleren wij geen nieuwe streefcijfers."),
        ("h1", "Kernteams"),
        ("p", "Een kernteam bestaat uit een teamleider, twee à drie consulenten, een orthopedagoog en een "
              "administratief medewerker. Het kernteam kent de scholen in de eigen gemeente goed en is het eerste "
              "aanspreekpunt voor directeuren en intern begeleiders. De kernteams ontmoeten elkaar maandelijks om "
              "casuïstiek te bespreken en werkwijzen op elkaar af te stemmen, zodat een school in Westkreek dezelfde "
              "service krijgt als een school in Naaldhorst."),
        ("p", "De keuze voor kernteams is gemaakt na een evaluatie waarin scholen aangaven het centrale bureau als "
              "ver weg te ervaren. De eerste ervaringen zijn positief: scholen waarderen de korte lijnen. Tegelijk "
              "vraagt het model meer afstemming tussen de teams en een heldere rolverdeling met de teamleiders."),
    ]
    B += governance(c, 2) + opr(c, with_parents=False) + oogo_procedural(c) + rol_besturen(c)
    B += personeel(c) + kennisdeling(c) + ict_privacy(c) + huisvesting(c) + interne_communicatie(c) + inspectie(c)
    B += [
        ("h1", "Bedrijfsvoering"),
        ("p", "Een kleine organisatie moet zuinig omgaan met haar tijd. Daarom hebben wij de salarisadministratie, "
              "de financiële administratie en het ICT-beheer uitbesteed aan een administratiekantoor dat ook voor "
              "meerdere schoolbesturen in de regio werkt. Het contract loopt tot 31 december 2028 en wordt daarna "
              "opnieuw aanbesteed. De accountant controleert jaarlijks de jaarrekening en rapporteert aan het "
              "bestuur en de algemene ledenvergadering."),
        ("p", "Voor inkoop en aanbesteding volgen wij de regels die ook voor de schoolbesturen gelden. Contracten "
              "boven een bepaalde waarde worden altijd door twee personen getekend. De procuratieregeling is na de "
              "fusie opnieuw vastgesteld. Jaarlijks controleert een interne werkgroep of de regels worden nageleefd, "
              "en de uitkomsten daarvan worden besproken met de auditcommissie."),
    ]
    B += [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Het onderwijsbeleid is volop in beweging. De minister heeft een landelijke norm voor "
              "basisondersteuning aangekondigd; als die wettelijk wordt vastgelegd, passen wij onze afspraken "
              "daarop aan. Ook de bekostiging van het primair onderwijs is de afgelopen jaren vereenvoudigd, met "
              "gevolgen voor de peildata en de overdrachten. Wij volgen deze ontwikkelingen via de sectorraad en "
              "informeren de besturen wanneer er iets verandert."),
        ("p", "Daarnaast speelt de krimp in de kleinere kernen. Besturen bespreken met elkaar hoe zij het "
              "onderwijsaanbod in de dorpen op peil houden. Het samenwerkingsverband is daarbij geen partij, maar "
              "wijst wel op het belang van voldoende expertise op iedere school."),
        ("p", "Ten slotte blijft de arbeidsmarkt een punt van zorg. Het tekort aan leraren, intern begeleiders en "
              "orthopedagogen is in onze regio groter dan landelijk. De besturen werken samen in een regionaal "
              "arbeidsmarktplatform, waarin zij onder meer zij-instromers begeleiden en gezamenlijk werven. Het "
              "samenwerkingsverband sluit daarbij aan met de eigen academie en met stageplaatsen voor studenten "
              "orthopedagogiek."),
    ]
    B += planning(c, [["2026-2027", "Nulmeting; nieuw verdeelmodel", "Bestuur"],
                      ["2027", "Vaststellen streefcijfers", "Bestuur, OPR"],
                      ["2028", "Evaluatie kernteams", "Directeur"],
                      ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur, OPR"]])
    B += procedure_vaststelling(c)
    B += [("h1", "Begrippen"),
          ("bullets", ["Dekkend aanbod: een netwerk van voorzieningen zodat elk kind een passende plek heeft.",
                       "Thuiszitter: een leerplichtig kind dat zonder vrijstelling niet naar school gaat.",
                       "Onderwijsconsulent: onafhankelijke deskundige die ouders helpt bij problemen met school.",
                       "Ouder- en jeugdsteunpunt: plek waar ouders onafhankelijk advies krijgen.",
                       "Terugplaatsingsbeleid: de visie van het verband op terugkeer naar het regulier onderwijs.",
                       "Toelaatbaarheidsverklaring (TLV): besluit dat een leerling naar sbo of so mag."])]
    return B


NAV_E = ["Home", "Ouders", "Ouder- en jeugdsteunpunt", "Scholen", "Toelaatbaarheid", "Dekkend aanbod",
         "Thuiszitters", "Ondersteuningsplan", "Contact"]
FOOTER_E = ("&copy; 2026 Samenwerkingsverband PO Delta Westland (PO 28-21) &middot; <a href=\"#\">Informatie voor "
            "ouders</a> &middot; <a href=\"#\">Klachtenregeling</a> &middot; <a href=\"#\">Ouder- en jeugdsteunpunt</a> "
            "&middot; <a href=\"#\">Privacy</a>")

LABEL_E = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"]},
    notes={
        "basisondersteuning": "Section 'Wat u van elke school mag verwachten': common minimum for every location, 8 concrete items, yearly self-evaluation.",
        "plaatsing": "Only a reference to 'Reglement Toelaatbaarheid (bijlage 5)', published separately and not included; nav menu/glossary mentions only.",
        "terugstroom": "Section 'Afloop van een toelaatbaarheidsverklaring': steps with October/1 December/1 March moments, but no policy, conditions or support after return ('terugplaatsingsbeleid' only in Begrippen).",
        "financien": "Section 'Middelen en begroting': meerjarenbegroting 2026-2030 with amounts; distribution follows the predecessors' arrangements, new verdeelmodel 'in voorbereiding'.",
        "dekkend-aanbod": "Nothing in body text: 'Dekkend aanbod' and 'Thuiszitters' only in nav menu and Begrippen; OOGO only mentioned procedurally (date held).",
        "resultaten": "Section 'Resultaten: zo volgen wij de ontwikkelingen': quarterly data, dashboard, yearly evaluation, jaarverslag; targets deferred until after a nulmeting in 2027.",
        "ouders": "Nothing in body text: steunpunt and parent information only in nav menu, footer and Begrippen; OPR described without parents; parents not named in the TLV-afloop steps.",
    },
)


# ---------------------------------------------------------------------------------------------- near miss F
def plan_f():
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Scholengemeenschap Het Baken – locaties Veluwedal en Rhenenburg (fusieschool per 1 augustus 2026)"),
         ("p", "Aangesloten bij Samenwerkingsverband VO Vallei en Veluwezoom (VO 25-14)"),
         ("toc", ["1 Inleiding", "2 Onze ondersteuningsstructuur", "3 Basisondersteuning op Het Baken",
                  "4 Extra ondersteuning en arrangementen", "5 Toelaatbaarheid en verwijzing", "6 Ouders",
                  "7 Middelen", "8 Resultaten en evaluatie", "9 Samenwerking met het samenwerkingsverband",
                  "10 Planning"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken de ondersteuning aan leerlingen organiseert. Het "
               "plan is opgesteld na de fusie van het Baken Lyceum en Vmbo De Rijn tot één scholengemeenschap. "
               "Het plan sluit aan bij het ondersteuningsplan van het samenwerkingsverband en vormt de basis voor "
               "het schoolondersteuningsprofiel in onze schoolgids. De medezeggenschapsraad van de school heeft "
               "advies uitgebracht op 12 maart 2026."),
         ("p", "Het Baken telt na de fusie 1.840 leerlingen in vmbo (basis, kader, gemengd/theoretisch), havo en "
               "vwo. De school biedt leerwegondersteunend onderwijs op beide locaties."),
         ("h1", "2 Onze ondersteuningsstructuur"),
         ("p", "De ondersteuning op Het Baken is georganiseerd in vier niveaus. Op niveau 1 zorgt de mentor "
               "voor begeleiding in de klas. Op niveau 2 komt de leerling in de leerlingbespreking en kan de "
               "mentor hulp vragen van de teamleider. Op niveau 3 wordt de leerling besproken in het interne "
               "zorgteam met de zorgcoördinator, de orthopedagoog en de schoolmaatschappelijk werker. Op niveau 4 "
               "is er een multidisciplinair overleg met ouders, het regioteam van het samenwerkingsverband en "
               "zo nodig jeugdhulp."),
         ("p", "Het zorgteam komt elke twee weken bij elkaar. De zorgcoördinator bewaakt de afspraken en houdt "
               "het leerlingdossier bij in het leerlingvolgsysteem."),
         ("h1", "3 Basisondersteuning op Het Baken"),
         ("p", "De basisondersteuning op onze school omvat: een mentoruur per week; dyslexie- en "
               "dyscalculiebegeleiding met faciliteiten (extra tijd, vergrote opgaven, voorleessoftware); een "
               "faalangstreductietraining; een sociale-vaardigheidstraining; huiswerkbegeleiding; een "
               "time-outruimte met begeleider (de Haven); en begeleiding bij het plannen en organiseren door een "
               "coach executieve functies. Dit is in lijn met de afspraken in het samenwerkingsverband."),
         ("h1", "4 Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, biedt Het Baken een aantal arrangementen: een "
               "autismeklas op de havo/vwo-locatie met 14 plaatsen, een lwoo-traject in kleine klassen, en "
               "individuele begeleiding door een ambulant begeleider. Voor een arrangement stelt de school een "
               "ontwikkelingsperspectief op, in overleg met ouders en leerling. Als de school zelf geen passend "
               "aanbod heeft, vraagt zij het regioteam van het samenwerkingsverband om advies of een plaatsing in "
               "het OPDC."),
         ("h1", "5 Toelaatbaarheid en verwijzing"),
         ("p", "Als een leerling is aangewezen op het voortgezet speciaal onderwijs, vraagt de school een "
               "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De zorgcoördinator stelt het dossier "
               "samen, bespreekt het met ouders en dient de aanvraag in. Het samenwerkingsverband beslist volgens "
               "zijn eigen procedure en criteria. Voor de toelating tot het praktijkonderwijs geldt hetzelfde."),
         ("p", "Leerlingen die terugkeren uit het vso of uit het OPDC, krijgen op Het Baken een vaste coach en "
               "een startgesprek met ouders."),
         ("h1", "6 Ouders"),
         ("p", "Ouders zijn onze partners. Zij worden uitgenodigd voor de leerlingbespreking op niveau 3 en 4 en "
               "tekenen voor akkoord op het OPP. Informatie over de ondersteuning staat in de schoolgids en op de "
               "website van de school. Bij klachten kunnen ouders terecht bij de vertrouwenspersoon van de school "
               "of bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
         ("h1", "7 Middelen"),
         ("p", "Het Baken ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning (in 2026 € "
               "213.000) en de lwoo-middelen. De school zet deze middelen in voor de zorgcoördinator (1,0 fte), de "
               "orthopedagoog (0,6 fte), de Haven (2 begeleiders) en de autismeklas. De besteding wordt "
               "verantwoord in het jaarverslag van het bestuur."),
         ("h1", "8 Resultaten en evaluatie"),
         ("p", "De school evalueert het ondersteuningsplan jaarlijks in het zorgteam. Doelen voor 2030: het "
               "aantal leerlingen dat zonder diploma uitstroomt daalt onder 2%, en 85% van de leerlingen met een "
               "OPP haalt de doelen uit het OPP. Resultaten worden gerapporteerd aan de MR."),
         ("h1", "9 Samenwerking met het samenwerkingsverband"),
         ("p", "Het Baken is een van de negentien scholen van het samenwerkingsverband. De school levert een "
               "afgevaardigde aan de ondersteuningsplanraad en neemt deel aan het netwerk van zorgcoördinatoren. "
               "Het regioteam van het verband heeft een vaste contactpersoon voor onze school, die eens per zes "
               "weken aanschuift bij het zorgteam. Over de verdeling van de middelen, de toelaatbaarheid tot het "
               "vso en de afspraken over thuiszitters beslist het samenwerkingsverband; de school volgt die "
               "afspraken en brengt haar ervaringen in via de netwerken."),
         ("h1", "10 Planning"),
         ("table", [["Wanneer", "Wat"], ["2026-2027", "Harmonisatie zorgstructuur beide locaties"],
                    ["2027-2028", "Uitbreiding autismeklas"], ["2029-2030", "Evaluatie en nieuw plan"]]),
         ]
    return B


# ---------------------------------------------------------------------------------------------- output

OUT = Path(__file__).resolve().parent.parent
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_label(name, documents, label=None, sector="po", not_plan_note=None):
    lines = ["documents: [%s]" % ", ".join(documents)]
    if label is None:
        lines += ["sector: %s" % sector, "looks_like_plan: false", "elements: {}", "criteria: {}",
                  "advisory_addressed: {}", "notes:", "  document: %s" % q(not_plan_note)]
    else:
        lines += ["sector: %s" % label["sector"], "looks_like_plan: true",
                  "elements: {%s}" % ", ".join("%s: %s" % (e, label["elements"][e]) for e in ELEMENTS),
                  "criteria:"]
        lines += ["  %s: %s" % (k, "true" if label["criteria"][k] else "false") for k in CORE]
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if label["advisory"].get(e):
                lines.append("  %s: [%s]" % (e, ", ".join(label["advisory"][e])))
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append("  %s: %s" % (e, q(label["notes"][e])))
    (OUT / ("%s.expected.yaml" % name)).write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    """Status must follow the Part A rule from the criteria (and advisory) given."""
    for e in ELEMENTS:
        core = [label["criteria"][k] for k in CORE if k.startswith(e + ".")]
        if all(core):
            want = "present"
        elif any(core) or label["advisory"].get(e):
            want = "partial"
        else:
            want = "missing"
        assert label["elements"][e] == want, (e, label["elements"][e], want)


def docx_to_pdf(blocks, pdf_path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout114_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, **kw)
        env = dict(os.environ, HOME=str(tmp))  # private LibreOffice profile
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % tmp,
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    plans = {
        "h114-po-maas-linge": (plan_a(), LABEL_A, CTX_A),
        "h114-vo-vallei-veluwezoom": (plan_b(), LABEL_B, CTX_B),
        "h114-po-kempen-peel": (plan_c(), LABEL_C, CTX_C),
        "h114-vo-ijssel-vechtstreek": (plan_d(), LABEL_D, CTX_D),
        "h114-po-delta-westland": (plan_e(), LABEL_E, CTX_E),
    }
    for name, (blocks, label, ctx) in plans.items():
        check_label(label)
        print("%-28s %5d words" % (name, word_count(blocks)))

    n = "h114-po-maas-linge"
    to_docx(plans[n][0], OUT / (n + ".docx"), meta_title="Ondersteuningsplan 2026-2030 SWV Maas en Linge",
            footer_text="SWV Maas en Linge PO 26-11 – Ondersteuningsplan 2026-2030")
    write_label(n, [n + ".docx"], plans[n][1])

    n = "h114-vo-vallei-veluwezoom"
    to_docx(plans[n][0], OUT / (n + ".docx"), bold_headings=True,
            header_text="Ondersteuningsplan 2026-2030 – basisondersteuning · toelaatbaarheid · terugplaatsing · ouders",
            footer_text="VO 25-14 Vallei en Veluwezoom")
    write_label(n, [n + ".docx"], plans[n][1])

    for n in ("h114-po-kempen-peel", "h114-vo-ijssel-vechtstreek"):
        docx_to_pdf(plans[n][0], OUT / (n + ".pdf"),
                    header_text="%s (%s) – Ondersteuningsplan 2026-2030" % (plans[n][2]["swv"], plans[n][2]["code"]))
        write_label(n, [n + ".pdf"], plans[n][1])

    n = "h114-po-delta-westland"
    to_html(plans[n][0], OUT / (n + ".html"), "SWV PO Delta Westland", NAV_E, FOOTER_E)
    write_label(n, [n + ".html"], plans[n][1])

    n = "h114-vo-schoolplan-het-baken"
    to_docx(plan_f(), OUT / (n + ".docx"), meta_title="Ondersteuningsplan 2026-2030 Het Baken")
    write_label(n, [n + ".docx"], None, sector="vo",
                not_plan_note="School-level ondersteuningsplan of one VO school (zorgstructuur, niveaus 1-4, own "
                              "basisondersteuning, arrangementen); it refers to its samenwerkingsverband's plan and "
                              "procedures but is not the ondersteuningsplan of a samenwerkingsverband.")
    print("words near-miss:", word_count(plan_f()))


if __name__ == "__main__":
    main()
