"""Rendering helpers and neutral filler text for make_holdout117.py (holdout set 117)."""
import html
from docx import Document
from docx.shared import Pt


def render_docx(path, title, header, blocks):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
        doc.sections[0].footer.paragraphs[0].text = title + " | versie ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "small":
            p = doc.add_paragraph(val)
            for r in p.runs:
                r.font.size = Pt(9)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line, page in val:
                doc.add_paragraph(f"{line}\t{page}")
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.title = title
    doc.core_properties.author = "holdout117"
    doc.save(str(path))


def render_html(path, title, header, blocks):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header><p class="kop">{e(header)}</p></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind in ("p", "small"):
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{tag}>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoudsopgave</h2><ul>' +
                       "".join(f"<li>{e(l)}</li>" for l, _ in val) + "</ul></nav>")
        elif kind == "table":
            rows = val
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append(f"<footer><p>{e(title)} &middot; webversie</p></footer>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "toc":
            n += sum(len(l.split()) for l, _ in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        else:
            n += sum(len(i.split()) for i in val)
    return n


# ---------------------------------------------------------------- neutral filler
def governance(naam, rechtsvorm_besturen, db, rvt):
    return [
        ("p", f"{naam} is een stichting waarin {rechtsvorm_besturen} samenwerken. De statuten zijn voor het laatst "
              "gewijzigd bij notariële akte in 2022, toen het verband overstapte van een verenigingsmodel naar een "
              "stichting met een raad van toezicht. De scheiding tussen bestuur en toezicht is daarmee helder "
              "belegd: de directeur-bestuurder is het bestuur in de zin van de statuten, de raad van toezicht houdt "
              "toezicht op het bestuur en staat de bestuurder met raad terzijde, en de bestuurders van de aangesloten "
              "schoolbesturen komen als algemene vergadering minimaal vier keer per jaar bijeen."),
        ("p", f"De directeur-bestuurder ({db}) legt verantwoording af aan de raad van toezicht. De raad bestaat uit "
              f"{rvt} leden die op basis van een profielschets zijn geworven; ten minste één lid heeft een "
              "financiële achtergrond en ten minste één lid heeft ervaring in het sociaal domein. De raad werkt met "
              "een auditcommissie en een remuneratiecommissie en hanteert de Code Goed Bestuur in het primair en "
              "voortgezet onderwijs als leidraad. Het toezichtkader en het reglement van de raad zijn openbaar."),
        ("p", "De algemene vergadering van schoolbestuurders bespreekt de koers, de jaarplanning en de grote "
              "dossiers. Zij benoemt de leden van de raad van toezicht op voordracht van de raad zelf. Tussen "
              "bestuurders onderling bestaat daarnaast een informeel bestuurlijk overleg per gemeente, waarin "
              "lokale onderwerpen zoals huisvesting, leerlingenvervoer en de samenwerking met de gemeente worden "
              "voorbereid. Besluiten worden echter altijd genomen door de organen die de statuten daarvoor "
              "aanwijzen."),
        ("p", "Het verband heeft een klein bureau. Het bureau ondersteunt de bestuurder, bereidt besluitvorming voor, "
              "voert de administratie en onderhoudt de contacten met de scholen, de gemeenten en de inspectie. Het "
              "bureau is gehuisvest in een gedeeld kantoor met andere onderwijsorganisaties, wat de lijnen kort "
              "houdt. Waar mogelijk besteden wij ondersteunende taken als salarisadministratie en ICT-beheer uit."),
    ]


def personeel(naam, fte):
    return [
        ("p", f"Bij {naam} werken ongeveer {fte} fte aan medewerkers. Het gaat om de directeur-bestuurder, "
              "beleidsmedewerkers, een controller, een secretariaat, consulenten, orthopedagogen en "
              "psychologen. Een deel van de medewerkers is gedetacheerd vanuit de aangesloten schoolbesturen; "
              "zij behouden hun aanstelling bij het eigen bestuur en worden voor een vast aantal dagen per week "
              "ingezet. Die constructie houdt de kennis van de scholen dicht bij het verband en omgekeerd."),
        ("p", "Net als de scholen merken wij de krapte op de arbeidsmarkt. Vacatures voor orthopedagogen en "
              "gedragsspecialisten staan soms maanden open. We investeren daarom in eigen mensen: er is een "
              "scholingsbudget per medewerker, medewerkers kunnen een registratietraject (NVO, NIP of SKJ) "
              "volgen, en we werken met intervisie in vaste groepen. Het verzuim onder medewerkers van het bureau "
              "was de afgelopen jaren laag; we volgen de werkdruk via een tweejaarlijkse "
              "medewerkerstevredenheidspeiling."),
        ("p", "Het verband heeft een eigen personeelsvertegenwoordiging en volgt de cao van de sector waaraan het "
              "bureau is verbonden. Het functiebouwwerk is in 2023 herzien. Nieuwe medewerkers doorlopen een "
              "inwerkprogramma waarin zij een dag meelopen op een reguliere school en een dag op een school "
              "voor speciaal onderwijs."),
    ]


def ict_privacy(naam):
    return [
        ("p", f"{naam} werkt met een digitaal dossiersysteem waarin aanvragen van scholen worden ingediend en "
              "afgehandeld. Toegang is beperkt tot medewerkers die het dossier voor hun taak nodig hebben; "
              "inloggen gebeurt met tweestapsverificatie. Het systeem voldoet aan de eisen van de Algemene "
              "verordening gegevensbescherming (AVG) en aan het Convenant Digitale Onderwijsmiddelen en Privacy."),
        ("p", "Het verband heeft een functionaris gegevensbescherming (FG), die wordt gedeeld met enkele andere "
              "onderwijsorganisaties. Er is een verwerkingsregister en een privacyreglement. Gegevens over "
              "gezondheid worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken van het verband "
              "en worden niet langer bewaard dan de wettelijke termijn van drie jaar na het besluit. Datalekken "
              "worden gemeld via een vaste procedure; in de afgelopen planperiode zijn twee kleine incidenten "
              "gemeld, die beide zonder gevolgen voor betrokkenen konden worden afgesloten."),
        ("p", "Voor de communicatie met scholen gebruiken we beveiligde e-mail. Medewerkers werken op laptops die "
              "centraal worden beheerd. Jaarlijks vindt een korte bewustwordingstraining over informatiebeveiliging "
              "plaats, en eens in de twee jaar laten we een externe partij de beveiliging van het dossiersysteem "
              "testen."),
    ]


def professionalisering():
    return [
        ("p", "Kennisdeling tussen scholen is een van de sterkste instrumenten die een samenwerkingsverband heeft. "
              "Wij organiseren daarom netwerken voor intern begeleiders en ondersteuningscoördinatoren, "
              "leernetwerken rond thema's als gedrag, taalontwikkeling en meer- en hoogbegaafdheid, en een jaarlijkse "
              "studiedag voor alle medewerkers van de aangesloten scholen. De onderwerpen worden elk jaar gekozen "
              "op voorstel van de netwerken zelf."),
        ("p", "Daarnaast bieden we scholen de mogelijkheid om bij elkaar in de keuken te kijken. In de afgelopen "
              "jaren hebben teams van reguliere scholen bezoeken afgelegd bij scholen voor speciaal onderwijs en "
              "andersom. Die bezoeken werden hoog gewaardeerd, en we zetten ze in deze planperiode voort. "
              "Professionalisering blijft echter primair de verantwoordelijkheid van de schoolbesturen; het verband "
              "faciliteert en verbindt."),
    ]


def opr_procedure(datum_opr, datum_oogo, datum_vast, samenstelling=True):
    b = []
    if samenstelling:
        b.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit leden die zijn afgevaardigd vanuit de "
                       "medezeggenschapsraden van de aangesloten scholen: de helft ouders en de helft "
                       "personeelsleden. Ouders in de OPR brengen de ervaringen van gezinnen in en toetsen of het "
                       "plan voor hen begrijpelijk is. De OPR vergadert ongeveer zes keer per jaar en heeft een "
                       "eigen reglement en een eigen budget voor scholing en ondersteuning."))
    b.append(("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg met de "
                   f"gemeenten op {datum_oogo}. De ondersteuningsplanraad heeft op {datum_opr} ingestemd met het "
                   f"plan. Het plan is vervolgens op {datum_vast} vastgesteld en daarna aan de inspectie van het "
                   "onderwijs toegezonden."))
    return b
