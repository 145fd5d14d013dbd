"""Is this an ondersteuningsplan of a samenwerkingsverband, and for PO or VO? With reasons."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from opcheck.document import COVER, EVIDENCE_ZONES, FOOTER, HEADER, HEADING, TOC, Document
from opcheck.text import fold

_PO = re.compile(r"\b(primair onderwijs|basisonderwijs|basisscholen|basisschool|speciaal basisonderwijs|sbo|s\(b\)o"
                 r"|swv po|po \d{2}[-.]\d{2}|samenwerkingsverband po|passend primair onderwijs|groep [1-8]|wpo|kleuters?)\b")
_VO = re.compile(r"\b(voortgezet onderwijs|vso|\(v\)so|v\(so\)|lwoo|leerwegondersteunend\w*|praktijkonderwijs|vmbo|havo|vwo"
                 r"|swv vo|vo \d{2}[-.]\d{2}|samenwerkingsverband vo|brugklas|opdc|rebound\w*|wvo|mbo|isk)\b")
_SWV_WORDS = (r"samenwerkingsverband(en)?|swv|ondersteuningsplanraad|opr|oogo|op overeenstemming gericht overleg"
              r"|planperiode|aangesloten (school)?besturen|deelnemende (school)?besturen|toelaatbaarheidsverklaring\w*"
              r"|passend onderwijs")
_PLAN_WORD = re.compile(r"\bondersteuningsplan\b")
_CARE = re.compile(r"\b(client|clienten|clientondersteun\w*|keukentafelgesprek|maatwerkvoorziening|zorgaanbieder|wmo"
                   r"|budgethouder|zorgovereenkomst|persoonsgebonden budget|pgb|zorgvrager|begeleider thuis|wijkteam"
                   r"|indicatiebesluit|zorgplan|bewoner|woonvoorziening|dagbesteding|mantelzorg\w*)\b")
_SCHOOL = re.compile(r"\b(schoolondersteuningsprofiel|onze school|ons team|onze leerlingen"
                     r"|schoolgids|onze leerkrachten|ons schoolteam|bij ons op school)\b")
_ANNUAL = re.compile(r"\b(jaarverslag|jaarrekening|bestuursverslag|verslagjaar|in het afgelopen jaar|jaarverantwoording)\b")
# Counted in one scan (their words never overlap; _SWV does overlap "samenwerkingsverband po" and is scanned apart).
# Each pattern is \b(...)\b; the word boundaries are hoisted out of the alternation, so a position inside a
# word fails once instead of once per pattern (2-3x faster on a whole plan, same matches).
_COUNTED_ALTERNATIVES = "|".join(f"(?P<{name}>{pattern.pattern[2:-2]})" for name, pattern in (
    ("po", _PO), ("vo", _VO), ("plan", _PLAN_WORD), ("care", _CARE), ("school", _SCHOOL), ("annual", _ANNUAL)))


def _first_chars(parsed, c) -> set[str] | None:
    """The characters a match of a parsed pattern can start with; None when that is not simply known. c: the
    constants of the standard library's own regex parser."""
    out: set[str] = set()
    for op, av in parsed:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            return out | {chr(av)}
        if op is c.IN:
            for item_op, item in av:
                if item_op is c.LITERAL:
                    out.add(chr(item))
                elif item_op is c.RANGE:
                    out.update(chr(x) for x in range(item[0], item[1] + 1))
                else:
                    return None
            return out
        if op is c.BRANCH:
            for branch in av[1]:
                found = _first_chars(branch, c)
                if not found:
                    return None
                out |= found
            return out
        if op is c.SUBPATTERN:
            found = _first_chars(av[-1], c)
            return None if not found else out | found
        return None
    return None


def _word_scan(alternatives: str) -> re.Pattern:
    """\\b(?:alternatives)\\b for scanning a whole plan, with a lookahead on the letters an alternative can start with:
    the scan then skips most word starts at once (2x faster, same matches)."""
    try:   # (on any surprise from these internals: no shortcut, the same matches)
        from re import _constants, _parser
        firsts = _first_chars(_parser.parse(alternatives), _constants)
    except Exception:
        firsts = None
    lookahead = "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])" if firsts else ""
    return re.compile(r"\b" + lookahead + "(?:" + alternatives + r")\b")


_COUNTED = _word_scan(_COUNTED_ALTERNATIVES)
_SWV = _word_scan(_SWV_WORDS)


def _count(text: str) -> Counter:
    return Counter(m.lastgroup for m in _COUNTED.finditer(text))


# A school's own "ondersteuningsplan" (domain §5.4): it places itself under the verband ("Onze school is aangesloten bij
# het samenwerkingsverband", "sluit aan op het ondersteuningsplan van het samenwerkingsverband"), belongs to a school
# plan and is adopted by the school's MR, and it never names the verband's own bodies (OPR, OOGO).
_MEMBER_SCHOOL = re.compile(r"\b(is|zijn|wij zijn|zijn wij) aangesloten bij (het |ons )?(swv|samenwerkingsverband)"
                            r"|^\W*aangesloten bij (het )?(swv|samenwerkingsverband)|[|·•.;,]\s*aangesloten bij|\s[-–—]\s*aangesloten bij"
                            r"|\b(het|eigen) ondersteuningsplan( 20\d\d\s?[-–]\s?20\d\d)? van (het |ons )?(swv|samenwerkingsverband)"
                            r"|\b(waarbij|waar|waaraan) (onze|deze|de) school (bij |aan )?(is )?aangesloten\b|\bonze school is aangesloten\b"
                            r"|\bhet (swv|samenwerkingsverband) heeft (een |zijn )?(eigen )?ondersteuningsplan"
                            r"|\b(onderdeel van|bij|uitwerking van) (het|ons) schoolplan\b"
                            # "Wij voldoen aan de twaalf standaarden van het samenwerkingsverband."
                            # ("De Vlonder voldoet aan de Lingelandse standaard van het samenwerkingsverband.")
                            r"|\b(voldoen|voldoet) aan\b[^.]{0,60}\bvan het (swv|samenwerkingsverband)\b", re.M)
_SCHOOL_BODY = re.compile(r"\bmedezeggenschapsraad\b|\bde mr\b|\bschoolleiding\b|\b(onze|op onze|binnen onze) school\b")
_SCHOOL_DELEGATE = re.compile(r"\b(afgevaardigd\w*|onze (mr|medezeggenschapsraad)|namens (onze|de) school|(collega|collega's|collegas|teamleden|docenten|leraren) (is|zijn) lid"
                              r"|(levert|leveren|vaardigt|vaardigen) (een|twee|[\w-]+ )?(lid|leden|vertegenwoordiger\w*))\b")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(".", at), text.find("\n", at)) if e >= 0]
    return start, min(ends) if ends else len(text)


def _with_parents(text: str, found: re.Match) -> bool:
    """'op overeenstemming gericht overleg' with parents about an OPP is the school's duty, not the verband's OOGO."""
    if not found.group(0).startswith("op overeenstemming"):
        return False
    sentence = text[slice(*_sentence_around(text, found.start()))]
    return re.search(r"\b(opp|ontwikkelingsperspectief\w*|ouders)\b", sentence) is not None and not re.search(r"\bgemeente", sentence)


# the council named as the verband's, by a school: "instemming van de ondersteuningsplanraad (OPR) van het
# samenwerkingsverband is niet nodig, omdat dit een schooldocument is"
_THE_VERBANDS_COUNCIL = re.compile(r"(ondersteuningsplanraad|opr)\)?( \(opr\))? van (het|ons) (swv|samenwerkingsverband)\b")


def _from_outside(text: str, at: int) -> bool:
    """The sentence around position `at` names the verband's body as a school that sends someone to it."""
    start, end = _sentence_around(text, at)
    # (or names it as the body that approved the verband's plan the school follows: "sluit aan bij het
    # ondersteuningsplan van het samenwerkingsverband, waarmee de OPR heeft ingestemd")
    return (_SCHOOL_DELEGATE.search(text, start, end) is not None or _MEMBER_SCHOOL.search(text[start:end]) is not None
            or _THE_VERBANDS_COUNCIL.match(text, at) is not None)
# "Ondersteuningsplan 2025-2026 CBS De Wegwijzer": the title names one school, and no verband
_VERBAND_WORDS = r"\b(samenwerkingsverband\w*|swv|passend (primair |voortgezet )?onderwijs)\b"
_SCHOOL_TITLE = re.compile(r"^(?!.*" + _VERBAND_WORDS + ")"
                           r".*(\b(obs|cbs|pcbs|rkbs|kbs|ikc|csg|rsg|osg|basisschool|kindcentrum|scholengemeenschap|lyceum)\s+(de |het |'t )?[a-z]"
                           r"|\b[a-z]+ college\b)")
_VERBAND_NAMED = re.compile(_VERBAND_WORDS)
_VERBAND_BODY = re.compile(r"\bondersteuningsplanraad\b|\bopr\b|\boogo\b|\bop overeenstemming gericht")


# A summary of the plan says so and points to the full plan: "Dit is een samenvatting. Het volledige ondersteuningsplan
# staat op ...", "Aan deze samenvatting kunnen geen rechten worden ontleend". (A plan's own "korte versie" is the plan.)
_SUMMARY_SELF = re.compile(r"\b(dit is een (korte |beknopte )?samenvatting|deze samenvatting|samenvatting van (het|ons) (ondersteunings)?plan)\b")
_FULL_PLAN_ELSEWHERE = re.compile(r"\bhet volledige (ondersteunings)?plan\b|\bgeen rechten (worden|kunnen worden) ontleend\b")


_PERIOD = re.compile(r"\b(20\d\d)\s?[-–/]\s?(20\d\d)\b")
_TITLE_HINT = re.compile(r"ondersteuningsplan|schoolondersteuningsprofiel|jaarverslag|schoolgids|zorgplan|plan|evaluatie|begroting|"
                         r"pact\b|convenant|koers|overeenkomst|afsprakenkader|beleid|rapport|brochure|agenda|verantwoording|notitie|nota\b|monitor|profiel", re.I)
# A title that names another kind of document, even when it mentions the ondersteuningsplan
# ("Evaluatie van het ondersteuningsplan 2022-2026", "Jaarplan 2026 bij het ondersteuningsplan").
_OTHER_TITLE = re.compile(r"^\W*(?:((regionaal|regionale|lokaal|lokale|integraal|integrale|gezamenlijk\w*|bovenschools\w*)\s+)?"
                          r"(koersdocument|koersplan|strategisch\w* (beleids)?plan|meerjarenbeleidsplan|bestuursplan|bestuursformatieplan|"
                          r"convenant|\w*pact|samenwerkingsovereenkomst|afsprakenkader|jaarplan|jaarverslag|jaarrekening|bestuursverslag|jaardocument|evaluatie\w*|tussenevaluatie|"
                          r"zelfevaluatie|eindevaluatie|begroting|meerjarenbegroting|schoolgids|schoolplan|"
                          r"(school)?ondersteuningsprofiel|zorgplan|handboek|notitie|verslag|rapportage|monitor|"
                          r"ontwikkelingsperspectief\w*|opp|groeidocument|handelingsplan|leerlingdossier|"
                          r"verantwoording|\w*brochure|\w*folder|flyer|informatieboekje|ouderinformatie|nieuwsbrief|factsheet|"
                          r"(educatieve )?agenda|lea|nota|beleidsnota|beleidsnotitie|visiedocument|kwaliteitsrapport|\w*rapport|"
                          r"analyse|uitvoeringsplan|werkplan|jaarprogramma|plan van aanpak|reglement|huishoudelijk reglement|"
                          r"statuten|protocol|toetsingskader|notulen|besluitenlijst|advies|presentatie|\w*besluit|instemmingsbrief|brief|reactie|zienswijze)\b"
                          # "Verantwoording over de uitvoering van het ondersteuningsplan", "Bijlage bij het ondersteuningsplan":
                          # the plan is the title's complement, not its subject
                          # (an amendment is the plan itself, updated: "Aanvulling op het Ondersteuningsplan 2024-2028", "Actualisatie 2027")
                          r"|^(?!\W*(concept\W*)?(het |ons )?(ondersteuningsplan|(aanvulling|actualisatie|addendum|herziening|bijstelling|wijziging|update|tussentijdse (actualisatie|aanpassing|wijziging))\b))"
                          r".*\b(van|bij|over|op|voor|na|uit) (het|ons|dit) "
                          r"(concept[- ])?ondersteuningsplan\b)")


# "Koersplan 2026-2030 - ondersteuningsplan van SWV Heidezoom": the title's own apposition says what it is.
_SELF_NAMED_PLAN = re.compile(r"(\s[-–:|/]\s*|\(\s*|\bdit is (het |ons )?)(het |ons )?ondersteuningsplan\b")


_COVER_PLAN_LINE = re.compile(r"^\W*(het |ons )?ondersteuningsplan\b(?!\s+(is|wordt|en)\b)(?![^.]{0,80}\b(bij|over) (het|dit)\b)"
                              r"(?![^.]{0,30}\b(in uitvoering|in de praktijk|in cijfers|uitgevoerd|voortgang)\b)")

# A koersplan or beleidsplan that says it is the plan: "Dit koersplan is tevens het ondersteuningsplan van ...",
# "Tevens ondersteuningsplan ex artikel 18a WPO" on its title page, "... geldt ook als ons ondersteuningsplan"
_DECLARES_PLAN = re.compile(r"\b(dit|het|ons|deze) ([\w-]+ ){0,2}(koersplan|koersdocument|beleidsplan|plan|document)\b[^.]{0,60}\b"
                            r"(is|vormt|geldt als|fungeert als|dient als) (tevens |ook |eveneens |tegelijk |meteen |daarmee )?(als )?(het|ons) ondersteuningsplan\b"
                            r"|^\W*(tevens|ook|eveneens) (het |ons )?ondersteuningsplan\b"
                            r"|\b(is|geldt|fungeert) (tevens|ook|eveneens) als (het |ons )?ondersteuningsplan\b")


@dataclass
class Classification:
    looks_like_plan: bool
    sector: str | None
    title: str | None
    period: str | None
    reasons: list[str] = field(default_factory=list)
    reasons_en: list[str] = field(default_factory=list)
    po_score: int = 0
    vo_score: int = 0


def _front_text(doc: Document, limit_blocks: int = 40) -> str:
    front = [b.text for b in doc.blocks[:400] if b.zone in (COVER, TOC) or b.kind == HEADING][:limit_blocks]
    titles = [f.title or "" for f in doc.files]
    return fold(" \n ".join(titles + front))


def _metadata_title(f) -> str | None:
    """The file's own title, unless it is junk: the file name again, or a single token ("np-rapport_v2")."""
    title = (f.title or "").strip()
    if not title or " " not in title or title == Path(f.path).stem:
        return None
    return title


def _title(doc: Document) -> str | None:
    for f in doc.files:
        title = _metadata_title(f)
        if title and _TITLE_HINT.search(title):
            return title
    for b in doc.blocks[:200]:
        if b.zone == COVER or (b.kind == HEADING and b.level <= 2):
            if _TITLE_HINT.search(b.text) and len(b.text) < 160:
                return b.text.strip()
    for f in doc.files:
        title = _metadata_title(f)
        if title:
            return title
    heads = [b for b in doc.blocks if b.kind == HEADING]
    return heads[0].text.strip() if heads else None


def _title_is_weak(doc: Document, title: str | None) -> bool:
    """A title that is only the first heading of the body ("Analyse van de regio") says nothing about the kind of
    document; one from the file's metadata or its title page does."""
    if not title:
        return True
    if any(_metadata_title(f) == title for f in doc.files):
        return False
    return not any(b.text.strip() == title and (b.zone == COVER or b.index < 3) for b in doc.blocks[:200])


def _is_school_plan(text: str, doc: Document) -> bool:
    # (a school sends someone to the verband's council: "Een lid van onze medezeggenschapsraad is afgevaardigd naar de
    # ondersteuningsplanraad (OPR) van het samenwerkingsverband" names the council from outside)
    if any(not _from_outside(text, m.start()) and not _with_parents(text, m) for m in _VERBAND_BODY.finditer(text)):
        return False
    # (each margin line on its own: "Aangesloten bij Samenwerkingsverband PO ..." opens its line on a title page)
    margins = (fold(b.text) for b in doc.blocks[:2000] if b.zone in (COVER, HEADER, FOOTER))
    return bool(_MEMBER_SCHOOL.search(text) or any(_MEMBER_SCHOOL.search(m) for m in margins)) and bool(_SCHOOL_BODY.search(text))


def classify(doc: Document) -> Classification:
    body = [b.text for b in doc.blocks if b.zone in EVIDENCE_ZONES or b.zone == COVER]
    text = fold(" \n ".join(body))[:2_000_000]
    front = _front_text(doc)
    words = max(1, len(text.split()))
    in_text, in_front = _count(text), _count(front)
    po = in_text["po"] + 5 * in_front["po"]
    vo = in_text["vo"] + 5 * in_front["vo"]
    # "so" alone is shared by PO (so) and VO ((v)so); do not count it.
    sector = None
    if po or vo:
        sector = "po" if po >= vo * 1.25 else "vo" if vo >= po * 1.25 else ("po" if po >= vo else "vo")

    swv = len(_SWV.findall(text))
    plan_word = in_text["plan"] + 5 * in_front["plan"]
    care = in_text["care"]
    school = in_text["school"]
    annual = in_text["annual"] + 10 * in_front["annual"]
    doc_title = _title(doc)
    title = fold(" ".join([doc_title or ""] + [b.text for b in doc.blocks[:60] if b.zone == COVER]))
    sop_title = bool(re.search(r"\b(school)?ondersteuningsprofiel\b|\bschoolgids\b|\bschoolplan\b|\bschoolondersteuningsplan\b", title))
    plan_title = bool(re.search(r"\bondersteuningsplan\b", title)) or (
        not title.strip() and bool(re.search(r"\bondersteuningsplan\b", front)))
    # a subtitle on the title page can say what the document is: "Koersplan 2026-2030" over
    # "Ondersteuningsplan van het Samenwerkingsverband VO Lingedal"
    cover = [fold(b.text) for b in doc.blocks[:60] if b.zone == COVER]
    folded_title = fold(doc_title or "")
    cover_says_plan = any(_COVER_PLAN_LINE.match(line) for line in cover) or any(
        _DECLARES_PLAN.search(fold(b.text)) for b in doc.blocks[:80] if b.zone in EVIDENCE_ZONES or b.zone == COVER)
    other_title = (bool(_OTHER_TITLE.match(folded_title)) and not _title_is_weak(doc, doc_title)
                   and not _SELF_NAMED_PLAN.search(folded_title) and not cover_says_plan)
    annual_title = bool(re.search(r"\b(jaarverslag|jaarrekening|bestuursverslag|jaardocument|jaarverantwoording)\b", title))
    reasons: list[str] = []
    reasons_en: list[str] = []

    def say(nl: str, en: str) -> None:
        reasons.append(nl)
        reasons_en.append(en)

    looks = True
    if words < 150:
        looks = False
        say(f"Het document bevat weinig leesbare tekst ({words} woorden).", f"The document has little readable text ({words} words).")
    if plan_word == 0 and swv < 20:
        looks = False
        say("Het woord 'ondersteuningsplan' en kenmerken van een samenwerkingsverband ontbreken.",
            "The word 'ondersteuningsplan' and markers of a samenwerkingsverband are absent.")
    if care >= 5 and care > swv:
        looks = False
        say(f"Veel termen uit de zorg voor een individuele cliënt (Wmo/Jeugdwet: {care}×), weinig over een samenwerkingsverband ({swv}×).",
            f"Many terms from individual client care (Wmo/Youth Act: {care}×), few about a samenwerkingsverband ({swv}×).")
    if (sop_title and not plan_title) or (school > 2 * swv and school >= 15 and not plan_title):
        looks = False
        say("Het lijkt een document van één school (schoolondersteuningsprofiel of schoolgids), niet van het samenwerkingsverband.",
            "It looks like a single school's document (school support profile or prospectus), not the samenwerkingsverband's.")
    # the title page names one school and no verband: "Ondersteuningsplan 2025-2026" over "CSG Het Baken, vestiging Dalweg"
    school_cover = any(_SCHOOL_TITLE.search(line) for line in cover) and not any(
        _VERBAND_NAMED.search(line) for line in cover + [folded_title])
    if looks and plan_title and (_is_school_plan(text, doc) or _SCHOOL_TITLE.search(folded_title) or school_cover):
        looks = False
        say("Het lijkt het eigen ondersteuningsplan van één school: het verwijst naar het samenwerkingsverband en diens "
            "plan, en noemt geen eigen ondersteuningsplanraad of OOGO.",
            "It looks like one school's own support plan: it refers to the samenwerkingsverband and its plan, and names "
            "no ondersteuningsplanraad or OOGO of its own.")
    opening = fold(" \n ".join(b.text for b in doc.blocks[:25] if b.zone in EVIDENCE_ZONES or b.zone == COVER))
    if _SUMMARY_SELF.search(opening) and _FULL_PLAN_ELSEWHERE.search(opening):
        looks = False
        say("Het document noemt zichzelf een samenvatting en verwijst naar het volledige ondersteuningsplan; beoordeel dat plan.",
            "The document calls itself a summary and refers to the full ondersteuningsplan; check that plan instead.")
    if other_title:
        looks = False
        say(f"De titel ('{doc_title}') noemt een ander soort document dan een ondersteuningsplan.",
            f"The title ('{doc_title}') names another kind of document than an ondersteuningsplan.")
    elif (annual_title and not plan_title) or (annual >= 15 and not plan_title and plan_word < 3):
        looks = False
        say("Het lijkt een jaarverslag of jaarrekening, geen ondersteuningsplan.",
            "It looks like an annual report or financial statement, not an ondersteuningsplan.")
    if looks and swv < 3:
        looks = False
        say(f"Weinig kenmerken van een samenwerkingsverband passend onderwijs ({swv}×).",
            f"Few markers of a samenwerkingsverband passend onderwijs ({swv}×).")
    if looks:
        say(f"Kenmerken van een ondersteuningsplan van een samenwerkingsverband gevonden "
            f"('ondersteuningsplan' {plan_word}×, samenwerkingsverband/OPR/TLV {swv}×).",
            f"Markers of a samenwerkingsverband's ondersteuningsplan found "
            f"('ondersteuningsplan' {plan_word}×, samenwerkingsverband/OPR/TLV {swv}×).")
    if sector:
        say(f"Sector {sector.upper()}: PO-kenmerken {po}×, VO-kenmerken {vo}×.",
            f"Sector {sector.upper()}: PO markers {po}×, VO markers {vo}×.")
    period = None
    for m in _PERIOD.finditer(front + " " + text[:20000]):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= b - a <= 6:
            period = f"{a}-{b}"
            break
    return Classification(looks, sector, doc_title, period, reasons, reasons_en, po, vo)
