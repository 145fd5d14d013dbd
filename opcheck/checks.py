"""Evaluate a checklist against a Document: criteria, evidence, findings and a status per element.

The unit of evidence is a passage: one sentence of body text (a list item together with its lead-in
sentence, a table row together with its header row). A criterion is addressed when enough passages
match one of its patterns *in the element's context* (the sentence, its paragraph or its section
headings speak of the element). Passages that only defer ("wordt in 2027 uitgewerkt", "p.m.") or only
refer elsewhere ("zie bijlage 4") never count; they become findings instead.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from collections import defaultdict
from functools import lru_cache

from opcheck import concreteness
from opcheck.checklist import Checklist, Criterion, Element, Pattern
from opcheck.document import ANNEX, EVIDENCE_ZONES, HEADING, LIST_ITEM, PARAGRAPH, TABLE, Block, Document
from opcheck.report import (INFO, MISSING, NOT_ASSESSABLE, PARTIAL, PRESENT, SUGGESTION, WARNING,
                            CriterionResult, ElementResult, Evidence, Finding)
from opcheck.text import Matcher, Term, TermSet, fold, fold_keep_case, match_text, shorten, split_sentences

MAX_EVIDENCE = 3
_THIS_YEAR = _dt.date.today().year
# Above this share of pages without readable text, an element not found is 'not_assessable', not 'missing':
# it may well be on the pages we could not read.
UNREADABLE_SHARE = 0.2
# A sentence that refers elsewhere does not count, unless it is long enough to say more than the reference.
REFERRAL_MAX_WORDS = 50
LEAD_LIST_ITEM_WORDS = 15   # list items up to this long under a referring lead-in are titles of other documents

class _Gated:
    """Alternatives of a large pattern, each behind words it cannot match without. One big alternation costs
    tens of microseconds per sentence, and so does a regex scan for the words; but the words are checklist-style
    terms, so the matcher that already reads every sentence for the checklist reports them for free."""

    __slots__ = ("patterns", "_always", "_mask_of", "_gate_ids")

    @property
    def gate_ids(self) -> frozenset[int]:
        return self._gate_ids

    def __init__(self, gates: tuple[frozenset[int] | None, ...], patterns: tuple[re.Pattern, ...]):
        """gates: the term ids per alternative (None: always try)."""
        self.patterns = patterns
        # bit k stands for alternative k: a sentence's hits select their alternatives with one set
        # intersection and a few ORs, instead of one isdisjoint per alternative
        self._always = sum(1 << k for k, gate in enumerate(gates) if gate is None)
        mask_of: dict[int, int] = {}
        for k, gate in enumerate(gates):
            for term_id in gate or ():
                mask_of[term_id] = mask_of.get(term_id, 0) | (1 << k)
        self._mask_of = mask_of
        self._gate_ids = frozenset(mask_of)

    def search(self, text: str, hits: frozenset[int] | None = None) -> bool:
        """Does text match any alternative? hits: the term ids found in text (or a superset), None if unknown."""
        if hits is None:
            return any(pattern.search(text) for pattern in self.patterns)
        mask = self._always
        mask_of = self._mask_of
        for term_id in self._gate_ids.intersection(hits):
            mask |= mask_of[term_id]
        patterns = self.patterns
        while mask:   # (set bits only: a sentence wakes a few of a hundred alternatives)
            low = mask & -mask
            if patterns[low.bit_length() - 1].search(text):
                return True
            mask ^= low
        return False


def _gated(*alternatives: tuple[str, str]) -> _Gated:
    """alternatives: (words, pattern); words in the term syntax of opcheck.text (whole words, `prefix*`,
    `*suffix`), of which the pattern cannot match without one; an empty string means no gate."""
    # alternatives behind the same gate words are tried together: one search instead of one per alternative
    grouped: dict[frozenset[str], list[str]] = {}
    for words, pattern in alternatives:
        grouped.setdefault(frozenset(words.split()), []).append(pattern)
    gates = tuple(TermSet(sorted(words)).ids if words else None for words in grouped)
    return _Gated(gates, tuple(re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
                               for patterns in grouped.values()))


# "... heeft Noordoever op dit moment niet.", "Lindeweide heeft zo'n steunpunt nog niet."
_HAS_NOT_NOW = r"\b(heeft|hebben|kent|kennen)\b[^.;]{0,80}\b(op dit moment|momenteel|vooralsnog|nog)( nog)? (niet|geen)\s*(:|[.!;]?\s*$)"
# "Een afgesproken ondergrens ... is er daarom nog niet.", "Een onafhankelijk steunpunt is er in het Heuvelland nog niet."
# "Hoe wij de voortgang volgen, ligt nog niet vast."
_NOT_FIXED_YET = r"\b(ligt|liggen)\b[^.;]{0,20}\b(nog )?niet vast\b"
_IS_NOT_THERE_YET = r"\b(is|zijn) er\b[^.;]{0,40}\b(op dit moment|momenteel|vooralsnog|nog)( nog)? (niet|geen)\s*(:|[.!;]?\s*$)"
# one character of a clause that says nothing routine ("elk jaar opnieuw vastgesteld" is the yearly cycle, no deferral)
_NOT_ROUTINE = r"(?:(?!\b(?:jaarlijks|elk jaar|ieder jaar|periodiek|steeds|telkens)\b)[^.])"
# documents a sentence can say content will follow in (the full list, _DOC_NOUN, serves references below)
_DOC_NOUN_LATE = r"\w*(plan|kader|notitie|protocol|handboek|document|regeling|reglement|monitor|paragraaf|rapportage|verslag|wijzer|stappenplan|routekaart)\b"

# left out of this plan on purpose: "Een beschrijving van het continuüm nemen we bewust niet in dit koersplan op"
_LEFT_OUT = r"\b(nemen|neemt)\b[^.]{0,80}\bniet (op )?in (dit|deze|het|ons) \w*(plan|document)\b"

# the question a sentence's subject asks, up to the comma before its main clause ("Welke resultaten wij beogen en hoe
# we die volgen, is ...", "Hoe we witte vlekken in beeld brengen, maakt onderdeel uit van ..."); limit: its length
def _how_first(limit: int) -> str:
    # (the clause may close with a dash after an aside: "Welk beleid het verband voert - de doelen, ... - bepaalt")
    # ("Aan welke criteria een aanvraag moet voldoen, staat ...": a preposition may open the question)
    return r"^\W*((aan|in|op|bij|voor|over|met|van|onder) )?(hoe|welke|welk|wat|wie|wanneer|waar)\b[^.]{0,%d}(,|\s[-–])\s*" % limit


_DEFERRED = _gated(
    # Future or pending work: "wordt in 2027 uitgewerkt", "wordt nader uitgewerkt", "zal later worden vastgesteld".
    # Present-tense procedure ("wordt vastgesteld door de commissie") is not deferral.
    ("wordt worden zal zullen moet moeten",
     r"\b(wordt|worden|zal|zullen|moet|moeten)\b[^.]{0,60}\b(nog|nader|later|in (het )?(schooljaar |kalenderjaar )?20\d\d|in het (voorjaar|najaar|begin|eind) van 20\d\d|in de (zomer|loop) van 20\d\d|(per|op|vóór|voor|na) (\d{1,2} \w+ )?20\d\d|(vóór|voor|na) die datum|tegen die tijd|volgend\w* (jaar|schooljaar)|komend\w* (jaar|schooljaar|periode)"
     r"|in de loop van|binnenkort|op termijn|na (de |het )?(evaluatie|afronding|afloop|uitkomsten?) van (de|het) (pilot|proef|project|onderzoek|nulmeting)"
     # "Deze bijlage wordt na vaststelling van de regionale afspraken over het steunpunt toegevoegd."
     r"|na (de )?vaststelling van (de|het) (regionale |nieuwe |landelijke )?(afspraken|norm|wet|regeling|kader))\b[^.]{0,80}\b(uitgewerkt|vastgesteld|vastgelegd|bepaald|ingevuld|beschreven|aangevuld|opgesteld|ontwikkeld|uitgebreid|herijkt|herzien|geformuleerd|geactualiseerd|bijgesteld|aangeboden|voorgelegd|vernieuwd|ingevoerd|genomen|afgerond|opgeleverd|opgepakt|toegevoegd|"
     # "De aanvraagroute ... wordt per 1 augustus 2026 opnieuw ingericht"
     r"ingericht|opgezet|vormgegeven|herschreven)\b"),
    ("werken uitgewerkt stellen vullen",
     r"\b(uit te werken|uitgewerkt|vast te stellen|in te vullen)\b[^.]{0,30}\b(in 20\d\d|later|volgend\w* (jaar|schooljaar))\b"),
    # the year first: "besloten de basisondersteuning in het schooljaar 2026-2027 opnieuw vast te stellen"
    ("werken stellen vullen bepalen beschrijven vaststellen uitwerken opstellen herijken",
     r"\b(in|vóór|voor|na|tijdens) (het |de )?(schooljaar |kalenderjaar |jaar |loop van |zomer van |voorjaar van |najaar van )?20\d\d(\s?[-–/]\s?(20)?\d\d)?\b"
     r"[^.]{0,40}\b(uit te werken|vast te stellen|in te vullen|te bepalen|te beschrijven|vaststellen|uitwerken|opstellen|herijken)\s*([,.;]|(welk|welke|wat|hoe|of|wie|waar)\b)"),
    ("nader nadere nog",
     r"\b(maken|maakt) (we|wij)\b[^.]{0,60}\bnadere afspraken\b|\bnadere afspraken\b[^.]{0,40}\b(maken|volgen)\b"
     r"|\bnader(e)? (uit te werken|in te vullen|te bepalen|uitwerking|onderzoek)\b|\bnog (niet )?(uit te werken|in te vullen|vast te stellen|op te stellen|te ontwikkelen|te schrijven|te bepalen|bekend|besloten|duidelijk|beschikbaar)\b"
     r"|\bnog (geen|niet) (besluit|besloten|vastgesteld|uitgewerkt|ingevuld|bekend|gereed|klaar|af|afgerond)\b"),
    ("verwacht",
     r"\b(besluit|besluitvorming)\b[^.]{0,60}\bverwacht\b|\bverwacht in (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|20\d\d)\b"),
    ("volgt volgen komt komen verschijnt verschijnen",
     r"\b(volgen|volgt|komen|komt)\s+(later|nog|na|daarna|hierna|(in|bij) (het|de|een) (jaarplan|volgende|eerstvolgende|eerste(?! plaats)|nieuwe|vervolg|definitieve|uiteindelijke|actualisatie|herziening|aanvulling))\b"
     r"|\b(volgen|volgt)\s+in\s+(het|de|een)\s+(\w+\s+)?\w*(nota|notitie|kader|plan)\b|\b(volgen|volgt) (later |binnenkort )?op (onze|de) (website|site)\b"
     r"|\b(volgt|volgen|komt|komen)\b[^.]{0,30}\b(als|in een|via een) (addendum|aanvulling|apart\w* document|afzonderlijk\w* document|bijlage)\b"
     r"|\b(volgt|volgen|verschijnt|verschijnen)\b[^.]{0,40}\b(een|het) (apart|afzonderlijk|nieuw)\w* [\w-]+\b"),
    ("",
     r"\[[^\]]{0,200}\b(nog invullen|invullen|in te vullen|nog controleren|controleren|aanvullen|nog aanvullen|tekst volgt|volgt|p\.?m\.?|todo|tbd|xx+|nog uitwerken|uitwerken|navragen|checken|afstemmen)\b"),
    ("gaan zullen",
     r"\b((gaan|zullen) (we|wij)|(we|wij) (gaan|zullen))\b[^.]{0,80}\b(in gesprek|het gesprek aan|onderzoeken|uitwerken|bekijken|verkennen|"
     r"ontwikkelen|vaststellen|bepalen|nadenken|kijken|vernieuwen|herzien|herschrijven|actualiseren|verbeteren)\b"),
    # "Het samenwerkingsverband gaat de komende periode onderzoeken hoe een sluitende aanpak eruit kan zien."
    ("gaat gaan zal zullen",
     r"\b(gaat|gaan|zal|zullen)\b[^.]{0,80}\b(onderzoeken|verkennen|uitzoeken|bekijken|nagaan|nadenken over) (hoe|of|welke|wat|waar|wanneer)\b"),
    ("afhankelijk", r"\bafhankelijk van (het|de) (besluit|uitkomst|keuze|uitkomsten)\b"),
    # "Welke resultaten wij beogen, met welke indicatoren we die volgen ..., is een van de eerste opdrachten uit het jaarplan"
    ("opdracht opdrachten taak taken actiepunt actiepunten",
     _how_first(250) + r"(is|zijn|wordt|worden|vormt|vormen) (een van )?(de |een )?(eerste |belangrijke |belangrijkste )?"
     r"(opdracht|opdrachten|taak|taken|actiepunt|actiepunten)\b"),
    # "Het algemeen bestuur besluit in de loop van 2027 over de nieuwe verdeelsleutel"
    ("besluit besluiten beslist beslissen",
     r"\b(besluit|besluiten|beslist|beslissen) (uiterlijk )?(in de loop van|in|vóór|voor|per) (het |de )?(voorjaar van |najaar van |zomer van |schooljaar |kalenderjaar )?20\d\d\b"
     # "het nieuwe verdeelmodel waarover het algemeen bestuur in het voorjaar van 2027 besluit"
     r"|\b(in de loop van|in|vóór|voor) (het |de )?(voorjaar van |najaar van |zomer van |schooljaar |kalenderjaar )?20\d\d(\s?[-–/]\s?(20)?\d\d)? (besluit|besluiten|beslist|beslissen)\b"
     # "Over een onafhankelijk steunpunt besluiten wij samen met de buurverbanden in de loop van 2026."
     r"|\b(besluiten|besluit|beslissen|beslist) (we|wij|het bestuur|de besturen)\b[^.]{0,80}\b(in de loop van|later in|na|in|vóór|voor) (het |de )?"
     r"(voorjaar |najaar |zomer |eind |begin )?(van )?(20\d\d|de planperiode)\b"),
    # "Voor onafhankelijke ondersteuning van ouders komt er een ouder- en jeugdsteunpunt."
    ("komt komen", r"\b(komt|komen) er (nog |binnenkort |straks |in \d{4} )?(een|twee|drie)\b|^\W*er (komt|komen) (nog |binnenkort |straks )?(een|twee|drie)\b"),
    # what the text will answer between dashes: "Het beleid – met welk doel, onder welke voorwaarden ... – herijken we"
    ("herijken herzien actualiseren werken leggen stellen beschrijven bepalen formuleren ontwikkelen",
     r"^\W*(het|de|ons|onze) [\w-]+\s*[–—-]\s*[^.–—]{0,200}\b(welk|welke|wie|hoe|wanneer)\b[^.–—]{0,200}[–—-]\s*"
     r"(herijken|herzien|actualiseren|werken|leggen|stellen|beschrijven|bepalen|formuleren|ontwikkelen) (we|wij)\b"),
    # "De herziene criteria publiceren we na vaststelling door het bestuur op de website."
    ("publiceren publiceert vaststelling",
     r"\b(publiceren|publiceert) (we|wij|het bestuur)\b[^.]{0,60}\bna (de |hun )?vaststelling\b"
     r"|\bna (de |hun )?vaststelling\b[^.]{0,60}\b(publiceren|publiceert|gepubliceerd) (we|wij)?\b"),
    # "Concrete doelen ... formuleren wij per schooljaar in het jaarplan." (the goals live in another document)
    ("formuleren formuleert bepalen bepaalt benoemen benoemt",
     r"\b(formuleren|formuleert|bepalen|bepaalt|benoemen|benoemt) (we|wij|het bestuur)\b[^.]{0,60}\bin (het|de|ons|onze) (jaarplan\w*|jaarlijkse \w*plan|schoolplan\w*)\b"),
    # "Samen met het samenwerkingsverband VO onderzoeken we de inrichting van een ouder- en jeugdsteunpunt." (not a yearly check)
    ("onderzoeken verkennen onderzoekt verkent",
     r"^(?!.*\b(jaarlijks|ieder jaar|elk jaar|elke maand|per kwartaal|periodiek|twee keer per jaar)\b).*\b(onderzoeken|verkennen) (we|wij) (de|of|hoe|welke|samen|met)\b"
     # "Het samenwerkingsverband onderzoekt of de aanvraag via het Loket kan verlopen of via een aparte commissie."
     # (not "De commissie onderzoekt of de aanvraag volledig is": that is the procedure)
     r"|\b(onderzoekt|verkent) (of|hoe) [^.]{0,80}\b(kan|kunnen|zou|zouden) [^.]{0,40}\b(verlopen|worden|komen|gaan)\b"),
    # "... komt beschikbaar in de online Ondersteuningswijzer"
    ("beschikbaar", r"\b(komt|komen) (later |binnenkort |straks |in 20\d\d )?beschikbaar\b"),
    # "Over de inrichting van een ouder- en jeugdsteunpunt zijn we in gesprek met de andere verbanden." (not "ouders en
    # school zijn in gesprek over het OPP")
    ("gesprek overleg", r"\b(zijn|is) (we|wij|het bestuur|de besturen|het samenwerkingsverband) (nog |momenteel |op dit moment )?in (gesprek|overleg)\b"),
    # "... maken we in het OOGO van het najaar van 2026 nieuwe afspraken."; "Hoe wij de voortgang volgen, ligt nog niet vast."
    ("afspraken vast", r"\b(maken|maakt) (we|wij|het bestuur|de besturen)\b[^.]{0,80}\b20\d\d\b[^.]{0,20}\b(nieuwe|nadere) afspraken\b"
                       r"|" + _NOT_FIXED_YET),
    # "Ook de aanpak van thuiszitters stemmen we dan met hen af." (then: after a later step)
    ("dan daarna later", r"\b(stemmen|leggen|werken|spreken|maken|bepalen|regelen) (we|wij) (dat |dit |die |deze )?(dan|daarna|later|te zijner tijd)\b"),
    # "... stelt geen eigen regionaal niveau vast zolang de landelijke norm niet is vastgesteld." (waiting)
    ("zolang", r"\bzolang\b[^.]{0,80}\bniet\b[^.]{0,30}\b(is|zijn) (vastgesteld|bekend|ingevoerd|van kracht)\b"),
    # "De werkgroep legt dat stappenplan na de zomer van 2026 aan het bestuur voor."; "Het project moet leiden tot nieuwe afspraken"
    ("legt leggen leiden", r"\b(legt|leggen)\b[^.]{0,100}\b20\d\d\b[^.]{0,50}\bvoor\s*[.;]?\s*$|\b(moet|moeten|zal|zullen) leiden tot\b"),
    # "... voeren de besturen in 2025-2026 een herijkingsgesprek, in afwachting van de landelijke norm."
    # (not "een tijdelijke TLV, in afwachting van de reguliere procedure")
    ("afwachting", r"\bin afwachting van (de |het |een )?(landelijke|nieuwe|definitieve|wettelijke|uitkomst|uitkomsten|evaluatie|besluitvorming|norm|wet|vaststelling)\b"),
    # "... hebben we afgesproken dat we de aanpak in de loop van de planperiode opnieuw bekijken."
    ("opnieuw", r"^(?!.*\b(jaarlijks|elk jaar|ieder jaar|periodiek|steeds|telkens)\b).*\b(we|wij)\b[^.]{0,60}\bopnieuw (bekijken|bezien|bespreken|beoordelen|overwegen|doordenken|onderzoeken|herzien)\b"),
    # "Voor onafhankelijke hulp kunnen ouders straks terecht bij een ouder- en jeugdsteunpunt." (not yet)
    ("straks", r"\b(kunnen|kan)\b[^.]{0,60}\bstraks (terecht|gebruik|contact|een beroep)\b|\bstraks (komt|komen|is|zijn|wordt|worden) er\b"),
    # "Een paragraaf over ... nemen wij op in de eerstvolgende actualisatie van dit plan", "... nemen wij op in het eerste jaarplan"
    ("nemen neemt", r"\b(nemen|neemt) (we|wij|het bestuur)\b[^.]{0,60}\bop in (de|het|een) (eerstvolgende|volgende|nieuwe|eerste|komende) "
                    r"(actualisatie|versie|herziening|jaarplan\w*|update|ondersteuningsplan|voortgangs\w*)\b"),
    # "Welke ambities ... en wat een leerling ... kan verwachten, herformuleert een werkgroep ... in het schooljaar 2026-2027."
    ("herformuleert herformuleren formuleert formuleren beschrijft beschrijven bepaalt bepalen werkt werken stelt stellen legt leggen ontwikkelt ontwikkelen herijkt herijken maakt maken onderzoekt onderzoeken",
     _how_first(250) + r"(herformuleert|herformuleren|formuleert|formuleren|beschrijft|beschrijven|"
     r"bepaalt|bepalen|werkt|werken|stelt|stellen|legt|leggen|ontwikkelt|ontwikkelen|herijkt|herijken|maakt|maken|onderzoekt|onderzoeken)\b"
     r"[^.]{0,100}\b(in|vóór|voor|na|uiterlijk) (het |de )?"
     r"(schooljaar |kalenderjaar |voorjaar van |najaar van |zomer van )?20\d\d\b"),
    # "Het beleid ten aanzien van terugplaatsing - met de doelen, de voorwaarden ... - herzien wij."
    ("herijken herzien actualiseren herformuleren uitwerken",
     r"\s[–—-]\s[^.–—]{3,200}\s[–—-]\s*(herijken|herzien|actualiseren|herformuleren|uitwerken) (we|wij)\s*[.!]?\s*$"),
    # "Pas op basis van die kaart willen wij uitspraken doen over eventuele witte vlekken"
    ("pas", r"^\W*pas (op basis van|na afronding van|na de uitkomst van)\b[^.]{0,80}\b(willen|kunnen|gaan|zullen) (we|wij)\b"),
    # "Onder welke voorwaarden ... een terugkeer plaatsvindt, krijgt in deze planperiode zijn beslag."
    ("beslag", r"\b(krijgt|krijgen) (in (deze|de komende) (plan)?periode |later |nog |in 20\d\d )?(zijn|haar|hun) beslag\s*[.;]?\s*$"),
    # a decision to come: "Over de verdeelsleutel ... neemt de raad van toezicht ... in de loop van 2027 een besluit."
    ("neemt nemen", r"\b(neemt|nemen)\b[^.]{0,100}\b(in de loop van|in|vóór|voor|na) (het |de )?(voorjaar |najaar |zomer |schooljaar )?(van )?20\d\d\b[^.]{0,20}\b(een |het |zijn |haar )?besluit\b"),
    # "Ook de afspraken met de leerplichtambtenaren ... nemen wij pas op nadat het regionale convenant is herzien."
    ("pas", r"\b(nemen|leggen|stellen|werken|maken|regelen|spreken) (we|wij)\b[^.]{0,40}\bpas\b[^.]{0,20}\b(op|vast|uit|af)\b[^.]{0,10}\b(nadat|zodra|wanneer|als)\b"),
    # "Na de evaluatie ... in het voorjaar van 2026 vullen wij haar aan"
    ("vullen vult", r"\b(in|na|vóór|voor)\b[^.]{0,60}\b20\d\d\b[^.]{0,30}\b(vullen|vult) (we|wij|het bestuur)\b[^.]{0,60}\baan\b"),
    # "... over de vorm van een onafhankelijk steunpunt volgt nadere informatie op de website."
    ("volgt volgen", r"\b(volgt|volgen) (nog |later |binnenkort )?(nadere|meer|verdere) informatie\b"),
    # "Dit hoofdstuk wordt na de OOGO-ronde van april 2026 ingevuld"
    ("wordt worden", r"\b(wordt|worden)\b[^.]{0,40}\b(na|vóór|voor) (de|het) [\w-]+( van \w+)? 20\d\d\b[^.]{0,40}\b(ingevuld|uitgewerkt|aangevuld|beschreven|vastgesteld)\b"),
    # "Een eigen ouder- en jeugdsteunpunt staat op onze agenda."
    ("agenda planning", r"\b(staat|staan) (nog |hoog |wel )?op (onze|de|zijn|haar|hun) (agenda|planning|wensenlijst|verlanglijst)\b"),
    # a version for the public still to come: "volgt in een aparte ouderversie van dit plan", "brengen wij onder in een
    # publieksversie van dit plan, die na de vaststelling verschijnt"
    ("versie *versie samenvatting *samenvatting",
     r"\b(volgt|volgen|komt|komen|verschijnt|verschijnen|onder in)\b[^.]{0,40}\b(\w*versie|\w*samenvatting)\b"
     r"|\b(\w+versie|\w*samenvatting)\b[^.]{0,80}\b(verschijnt|verschijnen|volgt|volgen)\b"),
    ("werken werkt stellen stelt leggen legt",
     r"\b(werken|werkt|stellen|stelt|leggen|legt)\b[^.]{0,90}\b(uit|vast)\s+in\s+(het|de|een|ons|onze)\s+(jaarplan|jaarbegroting|begroting|notitie|beleidsplan|handboek|plan van aanpak|jaarverslag|uitwerking)"
     r"|\b(werken|werkt|stellen|stelt|leggen|legt)\b[^.]{0,40}\bin (het|de|een|dat|dit|ons|onze) \w*(plan|notitie|kader|protocol|handboek|document)\b[^.]{0,20}\b(uit|vast|op)\b"
     r"|\b(werken|werkt|werkten)\b[^.]{0,120}\buit\s+in\s+(het|de|een|ons|onze|dat|dit|die|deze|deel|apart|afzonderlijk)\b"
     r"|\b(leggen|stellen) (we|wij)\b[^.]{0,40}\bvast\s+in\s+(een|het nieuwe|de nieuwe)\b|\b(leggen|stellen|werken) (we|wij) opnieuw\b"
     # "Hoe het traject verloopt ... leggen de vso-scholen en de vo-scholen samen vast in een protocol terugplaatsing."
     r"|\b(leggen|legt|stellen|stelt)\b[^.]{0,60}\bvast\s+in\s+(een|het nieuwe|de nieuwe)\s+([\w-]+ )?"
     r"(protocol|notitie|kader|handboek|document|plan|werkinstructie|regeling|werkafspra\w*|draaiboek)\w*"),
    ("richt richten zodra ingericht oprichting *inrichten",
     r"\b(richt|richten)\b[^.]{0,120}\bin\s*([.!]\s*$|[,;]?\s*(zodra|wanneer|als|nadat|na)\b)|\bzodra\b[^.]{0,80}\b(in werking|van kracht|bekend is|vastgesteld is|beschikbaar is|van start gaat|van start gaan|operationeel is|gereed is|klaar is|is opgericht|is ingericht|(daarover )?is besloten)\b|\b(wordt|worden) (nog )?ingericht\b|\b(wordt|worden)\b[^.,;]{0,60}\bingericht\s*[.;]?\s*$|\bin oprichting\b|\bgaan? \w* ?inrichten\b"
     r"|\b(richt|richten)\b[^.]{0,40}\b(in|vóór|voor) (het |de )?(schooljaar |voorjaar (van )?|najaar (van )?|kalenderjaar |loop van )?20\d\d\b[^.]{0,80}\bin\b"),
    ("zal zullen",
     r"\b(zal|zullen)\b[^.]{0,100}\bworden (vastgesteld|uitgewerkt|opgesteld|bepaald|ingericht|ontwikkeld|beschreven|geformuleerd)\b"),
    ("wordt worden",
     r"\b(wordt|worden) (op dit moment |momenteel |nu |nog )+(nader )?(uitgewerkt|ontwikkeld|opgesteld|vastgesteld|herzien)\b"
     r"|\b(wordt|worden) (op dit moment|momenteel)\b[^.]{0,60}\b(herzien|herijkt|herschreven|uitgewerkt|ontwikkeld|opgesteld|aangepast|geactualiseerd|voorbereid|geformuleerd|herformuleerd)\b"
     # the moment first: "... de samenwerkingsagenda met de gemeenten, die op dit moment wordt opgesteld."
     r"|\b(op dit moment|momenteel) (nog )?(wordt|worden) (opgesteld|uitgewerkt|ontwikkeld|herzien|geactualiseerd|voorbereid|herschreven)\b"),
    ("tijd ontwikkeling voorbereiding voorlopig herziening vaststelling regeling moment",
     r"\btot die tijd\b|\bte zijner tijd\b|\bin (ontwikkeling|voorbereiding)\b|\bvoorlopig\b"
     r"|\btot (die|deze|de) (herziening|vaststelling|nieuwe regeling)\b|\btot dat moment\b"),
    # "Een nieuw communicatieplan ... wordt in 2026 opgesteld. Tot dan verwijzen we naar www...." (not "tot dan toe")
    ("dan", r"^\W*tot dan\b(?! toe)"),
    # being prepared: "Het samenwerkingsverband bereidt de inrichting van een ouder- en jeugdsteunpunt voor."
    ("bereidt bereiden", r"\b(bereidt|bereiden)\b[^.]{0,60}\b(inrichting|oprichting|opzet|invoering|start)\b[^.]{0,60}\bvoor\s*[.;!]?\s*$"),
    # a decision pending: "Over een nieuw verdeelmodel besluit de algemene ledenvergadering in de loop van 2026."
    ("besluit beslist besluiten beslissen", r"^\W*over (een|het|de) (nieuw\w*|toekomstig\w*|definitiev\w*) [\w-]+ (besluit|beslist|besluiten|beslissen)\b"),
    # taken up in a working group: "Het thema dekkend aanbod pakken wij op in een werkgroep met de besturen."
    ("pakken pakt", r"\b(pakken|pakt) (we|wij|het \w+)\b[^.]{0,30}\bop in (een|de|het) (werkgroep|project|traject|stuurgroep)\b"),
    # "De aanpak van thuiszitters ... wordt op basis van die analyse vastgesteld." (the analysis is still to come)
    ("wordt worden", r"\b(wordt|worden) (op basis van|na|naar aanleiding van|aan de hand van) (die|deze|de|het|dat) (analyse|evaluatie|inventarisatie|verkenning|nulmeting|onderzoek)\b"
                     r"[^.]{0,30}\b(vastgesteld|bepaald|uitgewerkt|opgesteld|gekozen|ingericht)\b"),
    # a model yet to be written: "Hoe de middelen ... worden verdeeld, wordt vastgelegd in een nieuw verdeelmodel."
    ("wordt worden", r"\b(wordt|worden) (nog |later )?(vastgelegd|beschreven|uitgewerkt|geregeld|opgenomen) in (een|het|de) (nieuw|nieuwe|toekomstig\w*|nog op te stellen) [\w-]+"),
    # the question decided later: "Hoe en wanneer we deze resultaten meten ..., bepalen we samen met de OPR bij de start van de planperiode."
    # (not "Hoe lang de TLV geldt, bepalen wij op basis van het advies van de deskundigen.": that is how it is done)
    ("bepalen besluiten beslissen kiezen", _how_first(200) + r"(bepalen|besluiten|beslissen|kiezen) (we|wij|de besturen|het bestuur)\b"
                                           r"[^.]{0,80}\b(bij de start|bij aanvang|bij het begin|later|in de loop|in 20\d\d|in het (voorjaar|najaar)|"
                                           r"komende?|volgende?|binnenkort|te zijner tijd|zodra|nog)\b"),
    # taken up in the document just named: "Hoe we omgaan met leerlingen voor wie geen passende plek beschikbaar is, nemen we daarin mee."
    ("nemen neemt", r"\b(nemen|neemt)\b[^.]{0,30}\b(daarin|hierin|daarbij|erin) mee\b"),
    # rewritten once something else happened: "De paragraaf over ... herschrijven we na de inwerkingtreding van de Wet ..."
    ("herschrijven herzien actualiseren herijken vernieuwen", r"\b(herschrijven|herzien|actualiseren|herijken|vernieuwen) (we|wij)\b[^.]{0,20}\b(na|zodra|wanneer|nadat)\b"),
    # a talk first: "Over de manier waarop wij ouders in de toekomst informeren ..., willen wij eerst met ouders zelf in gesprek."
    ("willen wil", r"\b((willen|wil) (we|wij)|(we|wij) willen)\b[^.]{0,80}\b(in gesprek|het gesprek aan)\b"),
    # "Wij vinden goede informatie voor ouders belangrijk en gaan daar de komende periode mee aan de slag."
    ("gaan gaat", r"\b(gaan|gaat)\b[^.]{0,40}\baan de slag\b"),
    # under way: "De inventarisatie loopt; de uitkomsten ... krijgen een plek in de actualisatie van dit plan in 2027."
    # ("De herijking van de afspraken over basisondersteuning loopt nog.")
    ("loopt lopen", r"^\W*(de|een|het|onze) (inventarisatie|analyse|evaluatie|verkenning|herijking|herziening)\w*( (van|over|rond|rondom|voor) [^.,;]{0,80})? (loopt|lopen)\b"),
    # revised as we write: "De route voor het aanvragen van een TLV herzien wij op dit moment."
    ("herzien herijken actualiseren herschrijven vernieuwen",
     r"\b(herzien|herijken|actualiseren|herschrijven|vernieuwen) (we|wij|het bestuur|de besturen) (op dit moment|momenteel|nu|op het moment)\b"),
    # "De concrete doelen voor de planperiode worden geformuleerd in het jaarplan 2026-2027, ..."
    ("wordt worden", r"\b(wordt|worden) (nader |nog )?(geformuleerd|uitgewerkt|vastgesteld|beschreven|opgenomen|vastgelegd|bepaald) in (het|de|een) "
                     r"([\w-]+ )?(jaarplan|\w*plan|notitie|kader|addendum|begroting|actualisatie|(?!jaar)\w*verslag)\w*\b"),
    # revised, not described: "Het thuiszittersprotocol wordt in overleg met de leerplichtambtenaren geactualiseerd."
    # ("De afspraken over de basisondersteuning worden herijkt in het licht van de landelijke norm.")
    ("wordt worden", r"^\W*(het|de|ons|onze) [\w-]+( (over|voor|van|rond|rondom) [^.,]{0,140})? (wordt|worden)\b" + _NOT_ROUTINE + r"{0,60}\b(geactualiseerd|herzien|herschreven|vernieuwd|herijkt|bezien)"
                     r"(\s+(in het licht van|op basis van|naar aanleiding van|na|zodra|conform)\b[^.]*)?\s*[.!]?\s*$"),
    # work under way: "De CAT werkt aan één set criteria voor de nieuwe stichting."
    ("werkt werken", r"\b(werkt|werken) (nog |momenteel |op dit moment |nu )?aan (één|een|de|het) (nieuwe |gezamenlijke |eigen |eenduidige )?"
                     r"(set|lijst|kader|criteria|verdeelmodel|protocol|regeling|beleid|model|standaard|werkwijze|route)\b"),
    # "Hoe de terugplaatsing stap voor stap verloopt, ..., leggen SBO De Wissel en SO De Kom samen met het samenwerkingsverband nog vast."
    ("leggen legt stellen stelt werken werkt", r"\b(leggen|legt|stellen|stelt|werken|werkt)\b[^.]{0,120}\bnog (nader )?(vast|uit)\s*[.;!]?\s*$"),
    # not there yet: "Omdat het samenwerkingsverband nieuw is, beschikken we nog niet over een gezamenlijke nulmeting."
    ("beschikken beschikt", r"\b(beschikken|beschikt)\b[^.]{0,40}\bnog (niet|geen)\b"),
    # "Dit onderdeel werken we uit na de evaluatie van de pilot 'Terugkeer met steun'."
    ("werken stellen leggen", r"\b(werken|stellen|leggen) (we|wij)\b[^.]{0,40}\b(uit|vast) na (de |het )?(evaluatie|afronding|afloop|uitkomsten?) van\b"),
    # "Het beleid rond terugplaatsing ... wordt herijkt na de evaluatie van de pilot 'Terug naar de wijk'."
    ("wordt worden", r"\b(wordt|worden) (opnieuw )?(herijkt|herzien|vastgesteld|uitgewerkt|bepaald|bijgesteld|geformuleerd)\s+na (de |het )?"
                     r"(evaluatie|afronding|afloop|uitkomsten?) van (de|het) (pilot|proef|project|onderzoek|nulmeting)\b"),
    # an intention to look into it: "In de komende planperiode willen we samen met leerplicht onderzoeken hoe we ..."
    ("willen wil", r"\b((willen|wil) (we|wij)|(we|wij) willen)\b[^.]{0,80}\b(onderzoeken|verkennen|uitzoeken|nagaan|bekijken) (hoe|of|welke|wat|waar)\b"),
    # still being talked over: "Over dit onderwerp lopen gesprekken met de vso-scholen in en rond de regio."
    ("lopen loopt", r"\b(lopen|loopt) (nog |momenteel |op dit moment |nu )?(de |verkennende |eerste )?(gesprekken|besprekingen|onderhandelingen)\b(?![^.,;]{0,60}\bvast\b)"),
    # founded later: "het ouder- en jeugdsteunpunt dat het verband in de loop van schooljaar 2026-2027 opricht"
    ("opricht oprichten opzet opzetten",
     r"\b(in de loop van|vanaf|per|in|vóór|voor)\s+(het\s+)?(schooljaar\s+|voorjaar\s+(van\s+)?|najaar\s+(van\s+)?|kalenderjaar\s+)?20\d\d(\s?[-–/]\s?(20)?\d\d)?\s+(opricht|oprichten|opzet|opzetten)\b"),
    # renewed this year, nothing said of it now: "Onze communicatie-aanpak voor ouders vernieuwen we dit jaar."
    ("vernieuwen herzien actualiseren herijken",
     r"^[^.]{0,80}\b(vernieuwen|herzien|actualiseren|herijken) (we|wij) (dit|komend|volgend) (school)?jaar\s*[.!]?\s*$"),
    # pending decisions and rewrites: "ligt ter bespreking bij het bestuur", "wordt momenteel herschreven",
    # "werkt aan de oprichting van", "heeft besloten het kader te herijken", "heeft onvoldoende zicht op"
    ("bespreking besluitvorming consultatie",
     r"\b(ligt|liggen|is|zijn)\b[^.]{0,60}\b(ter|in) (bespreking|besluitvorming|consultatie)\b"),
    ("herijkt heroverwogen herzien opnieuw vernieuwd herschreven",
     r"^(?!.*\b(jaarlijks|elk jaar|ieder jaar|periodiek|tweejaarlijks|regelmatig|steeds|telkens)\b).*"
     r"\b(wordt|worden)\b[^.]{0,80}\b(herijkt|heroverwogen|herzien|opnieuw bekeken|opnieuw vastgesteld|opnieuw bepaald|opnieuw geformuleerd|opnieuw uitgewerkt|opnieuw beschreven|vernieuwd|herschreven)\s*([.!;]|$)"),
    # work handed to someone: "Het bestuur heeft de directeur gevraagd in 2026-2027 in kaart te brengen waar het aanbod tekortschiet."
    ("gevraagd opdracht verzocht opgedragen",
     r"\b(gevraagd|opdracht gegeven|verzocht|opgedragen)\b[^.]{0,120}\bte (brengen|ontwikkelen|maken|onderzoeken|verkennen|stellen|werken|"
     r"formuleren|herzien|herijken|inventariseren|analyseren|beschrijven)\b"),
    ("wordt worden",
     r"\b(wordt|worden) (op dit moment |momenteel |nu |nog |opnieuw )+(nader )?(herschreven|aangepast|geactualiseerd|vernieuwd|herijkt|"
     r"bijgesteld|vormgegeven|ingericht|bekeken|besproken|onderzocht|uitgewerkt|ontwikkeld|opgesteld|herzien|vastgesteld|vastgelegd)\b"),
    ("werkt werken werkten",
     r"\b(werkt|werken|werkten) (we |wij |het \w+ |sinds [^.]{0,30} )?(nog )?aan (de|het|een) (oprichting|ontwikkeling|opzet|inrichting|totstandkoming|"
     r"uitwerking|vormgeving|herziening|actualisering|vernieuwing|nieuwe?)\b"),
    ("besloten besluit voornemens voornemen plan",
     r"\b(besloten|besluit|voornemens|voornemen|van plan)\b[^.]{0,80}\bte (herijken|herzien|ontwikkelen|actualiseren|vernieuwen|"
     r"formuleren|ontwerpen|herschrijven|vervangen|evalueren en|evalueren)\b"),
    ("onvoldoende geen nog",
     r"\b(heeft|hebben)\b[^.]{0,30}\b(onvoldoende|geen|nog geen|nog onvoldoende) (zicht|inzicht|beeld|overzicht)\b"),
    ("nog",
     r"\bnog (niet|geen) (besproken|afgestemd|geregeld|duidelijk|uitgewerkt|vastgelegd|beschreven|afgesproken)\b"
     r"|\b(worden|wordt)\b[^.]{0,20}\bnog\b[^.]{0,60}\b(afgestemd|besproken|uitgewerkt|bepaald|vastgesteld|vastgelegd|uitgezocht)\b"),
    ("volgt volgen komt komen verschijnt verschijnen beschikbaar gereed verwachting",
     r"\b(volgt|volgen|komt|komen)\b[^.]{0,20}\bzodra\b"
     r"|\b(volgt|volgen|verschijnt|verschijnen)\s+(in|na|voor|vóór|rond|eind|begin)\s+(het |de )?(voorjaar |najaar |zomer |eind |begin )?(van )?20\d\d\b"
     r"|\b(verschijnt|verschijnen|beschikbaar|gereed)\b[^.]{0,40}\b(in|vanaf|na|per|rond|voor) (het |de )?(voorjaar |najaar |zomer |eind |begin )?(van )?20\d\d\b"
     r"|\b(vanaf|in|per) (het )?(voorjaar |najaar |eind |begin )?(van )?20\d\d\b[^.]{0,40}\b(beschikbaar|gereed|verschijnt)\b"
     r"|\bnaar verwachting\b[^.]{0,60}\b(verschijnt|verschijnen|beschikbaar|gereed|vastgesteld|klaar)\b"),
    ("zal zullen", r"\b(zal|zullen)\b (dan |daarna |later |straks )?(ingaan op|beschrijven|uitwerken|behandelen|aangeven|invullen)\b"),
    ("addendum aanvulling toegevoegd gehecht katern",
     r"\b(als|in een|via een) (afzonderlijk\w* |apart\w* )?(addendum|katern|aanvulling op dit plan)\b|\b(wordt|worden)\b[^.]{0,60}\baan dit (ondersteunings)?plan (toegevoegd|gehecht)\b"),
    ("voortgangsrapportage* actualisatie herziening versie",
     r"\b(nemen|neemt)\b[^.]{0,40}\bop in (de|het|een) (volgende|nieuwe|eerste) (versie|actualisatie|herziening|update|voortgangsrapportage|jaarplan)\b"),
    ("volgende nieuwe eerste versie actualisatie herziening update",
     r"\b(in|bij) (een|de) (volgende|nieuwe|eerste) (versie|actualisatie|herziening|update) van (dit|het) (ondersteunings)?plan\b"
     r"|\b(verwerkt|opgenomen) in de (volgende|nieuwe|eerste) (versie|actualisatie|herziening|update|voortgangsrapportage|voortgangsparagraaf)\b"),
    # wishes and open questions: "staan op ons verlanglijstje", "is onderwerp van de strategische sessies"
    ("verlanglijst* wensenlijst* onderwerp ontwikkelagenda",
     r"\bop (ons|onze|de) (verlanglijst|wensenlijst|ontwikkelagenda)\w*|\b(is|zijn|wordt|worden|blijft|blijven) (nog )?(het )?onderwerp van\b"),
    # what is not there yet: "Tot het steunpunt er is, kunnen ouders ...", "zolang er nog geen model is"
    ("tot totdat zolang",
     r"\b(tot|totdat|zolang) (het|de|dat|die|er)\b[^.,;]{0,50}\ber (nog niet |nog )?(is|zijn|komt|komen)\b|\bzolang\b[^.,;]{0,50}\bnog (niet|geen)\b"),
    # a deliberate choice not to have it: "heeft er bewust van afgezien een ondergrens vast te stellen"
    ("afgezien afzien", r"\b(afgezien|afzien)\b[^.]{0,80}\bte\b"),
    # what the plan says it does not have: "Een verdeelmodel ontbreekt nog.", "Beoogde resultaten zijn voor deze
    # planperiode niet geformuleerd.", "Een afzonderlijk terugplaatsingsbeleid kent De Dijkgraaf niet."
    ("ontbreekt ontbreken",
     r"\bontbre(ekt|ken) (op dit moment |momenteel |vooralsnog )?nog\b|\bontbre(ekt|ken) (op dit moment|momenteel|vooralsnog)\b"
     r"|^\W*(een|het|de|ons|onze)?\s?[\w-]*(model|beleid|aanpak|procedure|regeling|overzicht|plan|analyse|afspraken|protocol|criteria|kader|werkwijze)\b[^.,;]{0,80}\bontbre(ekt|ken)\b"),
    ("niet",
     r"\b(is|zijn|wordt|worden)\b[^.]{0,80}\b(nog )?niet (geformuleerd|vastgesteld|uitgewerkt|beschreven|bepaald|opgesteld|ontwikkeld|afgesproken|vastgelegd|gemaakt)\b"),
    ("vervallen", r"\b(zijn|is)\b[^.]{0,40}\bvervallen\b"),
    # "Dit plan bevat bewust geen beoogde resultaten voor leerlingen."
    ("geen", r"\b(dit|het|ons) (ondersteunings)?(plan|hoofdstuk|document)\b[^.]{0,20}\b(bevat|kent|heeft|noemt|formuleert|beschrijft)\b[^.]{0,20}\bgeen\b"),
    # an indirect question as subject: "Hoe de nieuwe aanvraagroute eruit komt te zien, wordt door de werkgroep uitgewerkt."
    ("uitgewerkt uitgezocht ontwikkeld opgesteld",
     r"^\W*(hoe|welke|wie|wat|wanneer|op welke)\b[^.]{0,200}\b(wordt|worden)\b[^.]{0,60}\b(uitgewerkt|uitgezocht|ontwikkeld|opgesteld)\b\W*$"),
    # an indirect question put first, answered later: "Hoe de terugplaatsing verloopt, leggen wij in de loop van de
    # planperiode vast", "Waar ouders terechtkunnen, zetten wij op een rij zodra ...", "Welke resultaten ..., bepalen
    # wij na de eerste monitor" (a present answer, "..., bepaalt de commissie aan de hand van de criteria", has no moment)
    ("hoe welke wie wat waar wanneer of",
     r"^\W*(hoe|welke|wie|wat|waar|wanneer|of|op welke|in welke|met welke)\b[^.]{5,250},\s*(\w+\s+)?(leggen|stellen|bepalen|besluit|besluiten|beslist|zetten|nemen|werken|"
     r"beschrijven|brengen|maken|spreken|bespreken|bedenken|kijken|onderzoeken|wordt|worden|komt|komen|volgt|volgen|gaan|zullen|zal)\b[^.]*\b(zodra|in de loop van|later|straks|te zijner tijd|"
     r"binnenkort|na (de|het|afloop)|vanaf|20\d\d|komende|volgende|nieuwe|addendum|aanvulling|opnieuw)\b"),
    # a question about what we are going to do, answered by devising it later: "Hoe we ouders beter gaan informeren,
    # bedenken we samen met de OPR."
    ("gaan zullen",
     r"^\W*(hoe|welke|wie|wat|waar|wanneer|op welke)\b[^.,]{0,200}\b(gaan|zullen)\b[^.,]{0,60},\s*(bedenken|bepalen|bespreken|onderzoeken|"
     r"spreken|leggen|werken|stellen|zoeken|kijken|verkennen) (we|wij)\b"),
    # an intention to work on it: "In de komende planperiode willen wij werken aan een gezamenlijke ambitie"
    ("willen gaan", r"\b((willen|gaan) (we|wij)|(we|wij) (willen|gaan))\b[^.]{0,60}\bwerken aan (een|de|het) (gezamenlijke |nieuwe |eigen )?"
                    r"(ambitie|visie|norm|kader|aanpak|afspraken|standaard|model|plan)\b"),
    # the intention to set something up: "Wij willen dat steunpunt samen met de andere verbanden opzetten."
    ("willen wil", r"\b((willen|wil) (we|wij|het samenwerkingsverband|het verband)|(we|wij) willen|(het samenwerkingsverband|het verband) wil)\b"
                   r"[^.]{0,80}\b(opzetten|oprichten|inrichten|starten|opstarten)\b"),
    # taken up later: "Die onderwerpen nemen we mee in het nieuwe plan voor 2028-2032."
    ("mee", r"\b(nemen|neemt) (we|wij|het \w+)\b[^.]{0,40}\bmee (in|naar|bij) (het|de) (nieuwe|volgende|komende)\b"),
    # taken up in a later document: "nemen wij op in de voortgangsparagraaf 2027", "evaluatiemomenten: volgen in het kwaliteitskader"
    ("nemen neemt", r"\b(nemen|neemt) (we|wij|het \w+|de \w+)\b[^.]{0,60}\bop in (de|het|een|ons|onze) [\w-]+( [\w-]+)? 20\d\d\b"
                    # "Wij nemen beide op in het jaarplan 2027-2028, nadat ..." (the subject before the verb)
                    r"|\b(nemen|neemt)\b[^.]{0,60}\bop in (het|de|ons) (jaarplan|werkplan|jaarbegroting)\w* 20\d\d\b"),
    ("volgt volgen", r"\b(volgt|volgen) (later |nog )?(in|via|met) (het |de |een |ons |onze )?(nieuwe |nog op te stellen |toekomstige )?" + _DOC_NOUN_LATE),
    # only later: "stellen de besturen pas vast wanneer de landelijke norm bekend is"; waiting for something: "wacht die norm af"
    ("pas", r"\b(stellen|stelt|leggen|legt|bepalen|bepaalt|besluiten|beslist|kiezen|kiest|werken|werkt|maken|maakt)\b[^.]{0,40}\bpas\b"
            r"[^.]{0,40}\b(wanneer|als|nadat|zodra|na afloop|na de|na het)\b"
            # "heeft het bestuur besloten het niveau pas daarna opnieuw vast te stellen"
            r"|\bpas (daarna|dan|later|nadien|na \w+)( \w+)? (vast te stellen|uit te werken|te bepalen|in te vullen|te beschrijven|vaststellen|uitwerken|bepalen)\b"),
    ("wacht wachten", r"\b(wacht|wachten)\b[^.]{0,50}\baf\b"),
    # "Hoe we dit gaan meten, moeten we nog afspreken met het bestuur.", "Er wordt gewerkt aan een monitor; daarover later meer."
    ("moet moeten", r"\b(moet|moeten) (we|wij|het \w+|de \w+)? ?nog\b[^.]{0,60}\b(afspreken|bepalen|regelen|uitwerken|vaststellen|besluiten|kiezen|uitzoeken|onderzoeken|opstellen|maken)\b"),
    ("gewerkt", r"\ber wordt (nog |momenteel |op dit moment )?gewerkt aan\b"),
    # the thing first, still to be made: "Een uitgewerkt stappenplan voor terugplaatsing ... stellen we samen met de scholen op."
    ("stellen werken leggen",
     r"^\W*(een|het|de)\b[^.]{0,40}(stappenplan|protocol|kader|plan|notitie|regeling|werkwijze|aanpak)\b[^.]{0,120}\b(stellen|werken|leggen) (we|wij)\b[^.]{0,60}\b(op|uit|vast)\s*[.;]?\s*$"),
    # "... nemen we mee in een analyse die we in 2027 uitvoeren."
    ("nemen", r"\bnemen (we|wij) mee in (een|de) (analyse|inventarisatie|evaluatie|verkenning|notitie)\b"),
    # "Het kwaliteitskader wordt ter instemming aan de ondersteuningsplanraad voorgelegd."
    ("instemming vaststelling goedkeuring", r"\b(wordt|worden)\b[^.]{0,30}\bter (instemming|vaststelling|goedkeuring)\b[^.]{0,40}\bvoorgelegd\b"),
    # "Hoe leerlingen vanuit het vso terugkeren naar het regulier vo, wordt besproken in het Regionaal Overleg VSO."
    ("hoe wat welke wanneer", r"^\W*(hoe|wat|welke|wanneer)\b[^.]{3,120}\b(wordt|worden) (besproken|bepaald|uitgewerkt|afgesproken|bekeken) (in|door|met)\b"),
    # whether, to be decided: "Of deze voorzieningen het gezamenlijke minimumniveau worden, besluiten de besturen nadat ..."
    ("of", r"^\W*of\b[^,]{3,160},\s*(besluit|besluiten|bepaalt|bepalen|beslist|beslissen|beoordelen|bekijken)\b"),
    # "... dat het onderwerp thuiszitters in 2026 gezamenlijk wordt opgepakt."
    ("wordt worden", r"\bin 20\d\d\b[^.]{0,40}\b(wordt|worden) (opgepakt|uitgewerkt|opgesteld|vastgesteld|ingericht|ontwikkeld)\b"),
    # "In het jaarplan 2026 werken wij een communicatieplan uit, ..."
    ("jaarplan* werkplan* jaarbegroting*",
     r"\bin (het|de|ons) (jaarplan|werkplan|jaarbegroting)\w*( 20\d\d)?\b[^.]{0,20}\b(werken|werkt|stellen|stelt|leggen|legt|maken|maakt|beschrijven|beschrijft)\b"),
    # "Een uitgewerkt afwegingskader wordt opgesteld na de evaluatie van de huidige werkwijze" (not "na advies van de OPR")
    ("opgesteld uitgewerkt ontwikkeld geformuleerd",
     r"\b(wordt|worden)\b[^.]{0,40}\b(opgesteld|uitgewerkt|ontwikkeld|geformuleerd) (na|nadat|zodra)\b(?! (advies|instemming|overleg|goedkeuring|consultatie)\b)"),
    # "Het samenwerkingsverband heeft nog geen eigen beleid voor terugplaatsing."
    ("nog", r"\b(heeft|hebben|kent|kennen)\b[^.]{0,40}\bnog geen (eigen |vastgestelde |uitgewerkte |aparte |gezamenlijke |gedeelde )?"
            r"(beleid|visie|procedure|werkwijze|aanpak|afspraken|kader|criteria|regeling|protocol|plan|stappenplan)\b"),
    # "Over leerlingen die thuis dreigen te zitten maken wij nadere afspraken met de gemeenten."
    ("nadere", r"\b(maken|maakt) (we |wij |het \w+ |de \w+ )?nadere afspraken\b"),
    # "... een regionale aanpak wordt in overleg met de gemeenten uitgewerkt."
    ("uitgewerkt", r"\b(wordt|worden)\b(?![^.,;]{0,60}\b(hieronder|hierna|hierboven|in (paragraaf|hoofdstuk|bijlage))\b)[^.,;]{0,60}\buitgewerkt\s*[.;]?\s*$"),
    # "... worden uitgewerkt nadat de Wet versterking positie ouders en leerlingen in werking is getreden."
    ("nadat zodra", r"\b(wordt|worden)\b[^.]{0,20}\b(uitgewerkt|vastgesteld|ingericht|ingevuld|bepaald|beschreven)\b[^.]{0,10}\b(nadat|zodra)\b"),
    # "Een analyse of het aanbod dekkend is, staat voor 2027 op de planning."
    ("planning", r"\b(staat|staan)\b[^.]{0,30}\bop de planning\b"),
    # "Met de komst van een landelijke norm voor basisondersteuning herzien we onze afspraken."
    ("komst", r"\bmet de komst van\b[^.]{0,80}\b(herzien|herzie|passen|stellen|werken|actualiseren|herijken)\b"),
    # "We vernieuwen de manier waarop scholen een TLV aanvragen." (not the yearly round: "herzien jaarlijks")
    ("vernieuwen vernieuwt herzien herziet herijken herijkt",
     r"^\W*(we|wij|het samenwerkingsverband|het bestuur) (vernieuwen|vernieuwt|herzien|herziet|herijken|herijkt)\b(?!.*\b(jaarlijks|elk jaar|ieder jaar|periodiek)\b)"),
    # "Informatie voor ouders volgt op de nieuwe website ..."
    ("volgt volgen", r"\b(volgt|volgen)\s+(later\s+)?(op|via) (de|een|onze) nieuwe (website|site|webpagina)\b"),
    # "Een communicatieplan voor ouders wordt dit schooljaar opgesteld."
    ("wordt worden", r"\b(wordt|worden)\b[^.]{0,30}\b(dit|komend|volgend) (school)?jaar\b[^.]{0,40}\b(opgesteld|uitgewerkt|vastgesteld|ontwikkeld|herzien|gemaakt|ingericht)\b"),
    # "We willen toe naar een dashboard dat besturen inzicht geeft."
    ("toe", r"\b(willen|wil) (we |wij )?toe naar\b"),
    # "Het beleidskader terugplaatsing wordt daarna aan het plan toegevoegd."
    ("toegevoegd", r"\b(wordt|worden)\b[^.]{0,40}\baan (het|dit|ons) (ondersteunings)?plan toegevoegd\b"),
    # "Een onafhankelijk ouder- en jeugdsteunpunt richten wij in met ingang van het schooljaar 2027-2028."
    ("richt richten", r"\b(richt|richten)\b[^.]{0,60}\bin (met ingang van|vanaf|per|in|vóór|voor)\b[^.]{0,40}20\d\d"),
    # "De volgende ontwikkelopgaven zijn geprioriteerd: het beoordelingskader toelaatbaarheid (2026-2027), ..."
    ("ontwikkelopgave* ontwikkelpunt* verbeterpunt* actiepunt*",
     r"\b(ontwikkelopgave|ontwikkelpunt|verbeterpunt|actiepunt)\w*\b[^.:]{0,40}\b(zijn|is|luiden|luidt)\b[^.:]{0,30}:"),
    ("later", r"\b(daarover|hierover) (volgt )?later meer\b"),
    # a label with what it is still waiting for: "Verdeelmodel: in herziening", "-> nieuw communicatieplan, gereed Q3 2026"
    ("herziening voorbereiding ontwikkeling", r"^\W*[^:.]{2,60}:\s*(nog )?in (herziening|voorbereiding|ontwikkeling)\b"),
    ("gereed klaar", r"\b(gereed|klaar) (in |per |vóór |voor |eind |begin |medio )?(q[1-4] |het voorjaar van |het najaar van |de zomer van )?20\d\d\b"),
    ("besluit vaststelling", r"^\W*(besluit|vaststelling|besluitvorming)\b[^:.]{0,60}:\s*(voorjaar|najaar|zomer|eind|begin|medio|q[1-4])?\s*20\d\d\W*$"),
    # "Wij werken aan een ouder- en jeugdsteunpunt.", "Het steunpunt start naar verwachting in 2027."
    ("werken", r"^\W*(wij|we) werken aan (een|de oprichting van|het opzetten van)\b[^.]{0,40}(steunpunt|loket|monitor|kader|protocol|regeling|verdeelmodel|communicatieplan)\W*$"),
    ("verwachting", r"\b(start|starten|begint|beginnen|opent|open|operationeel) (naar verwachting|waarschijnlijk|vermoedelijk)\b"),
    # under revision: "Het inhoudelijke toetsingskader van de CvT is in herziening."
    ("herziening voorbereiding maak revisie bewerking ontwikkeling", r"\b(is|zijn|staat|staan)\b[^.]{0,20}\bin (herziening|voorbereiding|de maak|revisie|bewerking|ontwikkeling)\b"),
    # "Het samenwerkingsverband herziet op dit moment het verdeelmodel."
    ("herziet herzien herijkt herijken herschrijft herschrijven actualiseert actualiseren",
     r"\b(herziet|herzien|herijkt|herijken|herschrijft|herschrijven|actualiseert|actualiseren)\b (op dit moment|momenteel|nu)\b"),
    # meanwhile: "Tot dat stappenplan klaar is, bekijken we elke situatie afzonderlijk."
    ("tot totdat zolang", r"^\W*(tot|totdat|zolang)\b[^.,]{0,60}\b((klaar|gereed|vastgesteld|uitgewerkt|beschikbaar|duidelijk|bekend)\s+(is|zijn)|(is|zijn)\s+(klaar|gereed|vastgesteld|uitgewerkt|beschikbaar|duidelijk|bekend))\b"),
    # "Een analyse van de witte vlekken ... volgen in de loop van 2026."
    ("volgt volgen", r"\b(volgt|volgen)\s+(nog\s+)?(in de loop van|later|binnenkort|na|begin|eind|medio|in|vóór|voor)\s+(het |de )?((school|kalender)?jaar |voorjaar |najaar |zomer )?(van )?20\d\d\b"),
    # only once it exists: "Zodra de route is vastgesteld, publiceren wij haar op de website."
    ("zodra", r"^\W*zodra\b[^.]{0,80}\b((is|zijn|wordt|worden) (vastgesteld|uitgewerkt|ontwikkeld|ontworpen|klaar|gereed|bekend|ingericht|opgezet|definitief)"
              r"|(vastgesteld|uitgewerkt|klaar|gereed|bekend|definitief) (is|zijn))\b"),
    # being set up: "Het ouder- en jeugdsteunpunt wordt op dit moment samen met SWV PO ingericht."
    ("wordt worden", r"\b(wordt|worden)\b[^.]{0,60}\b(op dit moment|momenteel|nu nog|nog)\b[^.]{0,60}\b(ingericht|opgezet|opgericht|voorbereid|ontworpen|ontwikkeld)\b"),
    # on the agenda: "Een analyse van witte vlekken staat voor de komende planperiode op de agenda."
    ("agenda", r"\b(staat|staan|komt|komen|zet|zetten)\b[^.]{0,60}\bop de (agenda|planning)\b"),
    # a document of our own, still to come: "Een communicatieplan ..., waarin staat hoe wij ouders informeren, volgt in het eerste planjaar."
    ("volgt volgen verschijnt verschijnen",
     r"^\W*(een|het|de|ons|onze) (nieuw\w* |apart\w* |eigen )?" + _DOC_NOUN_LATE + r".{0,200}\b(volgt|volgen|verschijnt|verschijnen)\s+"
     r"(in|na|later|binnenkort|voor|vóór|uiterlijk|begin|eind|medio|nog|zo snel)\b"),
    # written down later in a document of our own: "leggen wij vast in de werkwijzer 'Terug naar school'",
    # "In dat nieuwe kader leggen wij vast welke resultaten ..."
    ("leggen stellen werken beschrijven nemen",
     r"\b(leggen|stellen|werken|beschrijven|nemen) (we|wij)\b[^.]{0,60}\b(vast |uit |op )?in (de|het|een|dat|dit) (nieuwe |toekomstige |eigen )?" + _DOC_NOUN_LATE
     + r"|^\W*in (dat|dit|het|de|een) (nieuwe|toekomstige|aparte|afzonderlijke) " + _DOC_NOUN_LATE + r"[^.]{0,30}\b(leggen|stellen|beschrijven|werken|nemen) (we|wij)\b"),
    # nearly done, elsewhere: "het Afwegingskader, waaraan een werkgroep op dit moment de laatste hand legt"
    ("laatste", r"\blaatste hand (aan )?(legt|leggen|gelegd|wordt gelegd)\b"),
    # rules the board will set: "Het bestuur stelt, na overleg met de gemeenten, een nadere regeling vast"
    ("nadere", r"\b(stelt|stellen)\b[^.]{0,60}\bnadere (regeling|regels|uitwerking|afspraken|criteria)\b[^.]{0,60}\bvast\b"),
    # a phase of the plan still to come: "Fase 2 (2025-2026) is de inhoudelijke harmonisatie: één loket, één verdeelmodel"
    ("fase", r"^\W*fase \d+\b[^.]{0,20}\b20\d\d"),
    # still being looked into: "Wij onderzoeken samen met de gemeenten hoe het steunpunt vorm krijgt."
    ("onderzoeken onderzoekt verkennen verkent bekijken bekijkt",
     r"\b((wij|we) (onderzoeken|verkennen|bekijken)|(onderzoeken|verkennen|bekijken) (wij|we)"
     r"|(het samenwerkingsverband|het verband|het bestuur) (onderzoekt|verkent|bekijkt)"
     # "De besturen verkennen samen met de gemeente hoe zij daar gezamenlijk op kunnen inspelen."
     r"|(de (school)?besturen|de scholen) (onderzoeken|verkennen|bekijken)"
     # "De gemeenten en het samenwerkingsverband verkennen samen de inrichting van een ouder- en jeugdsteunpunt"
     r"|(onderzoeken|verkennen|onderzoekt|verkent) (samen |gezamenlijk )?(de (inrichting|oprichting|opzet|mogelijkheden)|of)"
     r"|(onderzoekt|verkent|bekijkt) (het samenwerkingsverband|het verband|het bestuur))\b[^.]{0,100}\bhoe\b"),
    ("kiest kiezen", r"\b(kiest|kiezen)\b[^.]{0,60}\btussen\b[^.]{0,40}\b(varianten|opties|modellen|scenario'?s)\b"),
    ("geen", r"\b(heeft|hebben|is|zijn)\b[^.]{0,60}\bgeen\b[^.]{0,70}\b(vastgesteld|afgesproken|geformuleerd|opgesteld|ontwikkeld|gemaakt)\b"),
    ("gepland ingepland voorzien",
     r"\b(staat|staan|is|zijn)\b[^.]{0,20}\b(gepland|ingepland|voorzien)\b[^.]{0,20}\b(voor|in|na|op|per|vanaf)\b[^.]{0,30}\b20\d\d\b"),
    ("gekozen besloten", r"\b(is|zijn|hebben|heeft)\b[^.]{0,30}\b(niet|geen) (gekozen|besloten) (voor|tot)\b"),
    ("zodra",
     r"\b(herijk|herzien|herzie|actualiseer|actualiseren|aanpassen|passen|uitwerken|werken|vaststellen|stellen|bepalen|vastleggen|leggen|"
     r"vullen|vul|aanvullen|voegen|toevoegen|beschrijven|opnemen|nemen|publiceren|publiceert|aangevuld|aangepast|bijgewerkt|uitgewerkt|vastgesteld|"
     r"vastgelegd|beschreven|opgenomen|toegevoegd|geactualiseerd)\w*\b[^.]{0,60}\bzodra\b"),
    ("kent kennen", r"\b(kent|kennen)\b[^.]{0,60}\b(niet|geen)\b\W*$|\b(kent|kennen) (we|wij|het \w+) (nog )?geen\b"),
    # "Pas als de nulmeting beschikbaar is, formuleren we beoogde resultaten."
    ("pas", r"^\W*pas (als|wanneer|zodra|nadat)\b[^.,]{0,80}\b(beschikbaar|bekend|vastgesteld|klaar|gereed|afgerond|uitgevoerd|verschenen)\b"
            # "Wij hebben ervoor gekozen dit hoofdstuk pas in te vullen als de keuzes ... zijn gemaakt."
            r"|\bpas\b[^.]{0,20}\b(in te vullen|uit te werken|vast te stellen|te beschrijven|op te nemen|te formuleren)\b"),
    # part of a study announced just before: "Ook de vraag of het aanbod dekkend is, maakt deel uit van die opdracht."
    ("deel", r"\b(maakt|maken) deel uit van (die|deze|dat|dit) (opdracht|onderzoek|traject|verkenning|analyse|werkgroep)\b"
             r"|\b(maakt|maken) (onder)?deel uit van (dat|die|het|de|ons|onze) \w*(document|notitie|kader|handboek|reglement|protocol|koersdocument)\b"),
    # "hebben afgesproken de aanpak van thuiszitters opnieuw te bekijken"
    ("opnieuw", r"\bopnieuw te (bekijken|bezien|bespreken|beoordelen|overwegen|doordenken|onderzoeken|herzien|regelen)\b"),
    # "Een regionale aanpak voor kinderen die thuiszitten volgt uit het gesprek met de gemeenten."
    ("gesprek gesprekken overleg", r"\b(volgt|volgen) (nog )?uit (het|de|een) (gesprek|gesprekken|overleg)\b"),
    # "Met de komst van de wettelijke verplichting gaan wij een steunpunt inrichten."
    ("inrichten opzetten oprichten opstarten opstellen formuleren", r"\b(gaan|gaat)\b[^.]{0,60}\b(inrichten|opzetten|oprichten|opstarten|opstellen|formuleren)\b"),
    # "Hoe de terugplaatsing stap voor stap gaat, spreken we nog af met De Rank."
    ("nog", r"\b(spreken|spreekt|maken|maakt|leggen|legt|stellen|stelt) (we|wij|de besturen|het bestuur|het samenwerkingsverband)\b"
            r"[^.]{0,10}\bnog\b[^.]{0,80}\b(af|vast|afspraken)\b"),
    # "Waar de gaten precies zitten, zoeken we nog uit.", "We brengen eerst samen met de scholen in kaart wat er is."
    ("zoeken zoekt", r"\b(zoeken|zoekt) (we |wij |het \w+ |de \w+ )?(nog |eerst |verder )?uit\b"),
    ("kaart", r"\b(brengen|brengt)\b[^.]{0,40}\b(eerst|nog)\b[^.]{0,40}\bin kaart\b|\b(eerst|nog)\b[^.]{0,40}\bin kaart (brengen|te brengen)\b"
              r"|\bin (het )?(schooljaar |voorjaar van |najaar van )?20\d\d\b[^.]{0,80}\bin kaart (brengen|te brengen)\b"),
    # "Per 1 augustus 2026 gaan wij samen werken met één loket."
    ("per vanaf ingang", r"\b(per|vanaf|met ingang van) (\d{1,2} \w+ )?20\d\d\b[^.]{0,60}\b(gaan|gaat|zullen|zal)\b"),
    # "De uitkomst van die evaluatie bepaalt de verdeling."
    ("uitkomst uitkomsten", r"\buitkomst(en)? van (die|deze|dat|dit|de) \w+ (bepaalt|bepalen)\b"),
    # "Of en in welke vorm Duinrand een steunpunt inricht, hangt af van de uitwerking van de nieuwe wetgeving."
    ("hangt hangen", r"^\W*(of|hoe|wanneer|welke|wat)\b[^.]{0,160}\b(hangt|hangen) (nog )?(mede )?af van\b"),
    # "Met welke instrumenten de voortgang wordt gevolgd, is bij het vaststellen van dit plan nog een open vraag."
    ("open", r"\b(is|zijn|blijft|blijven)\b[^.]{0,60}\b(nog )?(een )?open (vraag|vragen|punt|punten)\b"),
    # "De werkgroep brengt in het schooljaar 2026-2027 een beleidsnotitie uit."
    ("brengt brengen", r"\b(brengt|brengen)\b[^.]{0,60}\b(in|voor|vóór|eind|begin|medio|uiterlijk) (het |de )?(schooljaar |kalenderjaar |"
                       r"voorjaar |najaar |zomer )?(van )?20\d\d\b[^.]{0,60}\buit\b"),
    # "de nieuwe site is in de loop van het schooljaar 2026-2027 beschikbaar"
    ("beschikbaar gereed klaar online",
     r"\b(in|vanaf|per|na|rond|eind|begin|medio) (de loop van )?(het |de )?(schooljaar |kalenderjaar |voorjaar |najaar |zomer )?(van )?20\d\d\b"
     r"[^.]{0,40}\b(beschikbaar|gereed|klaar|online)\b"),
    # "Afspraken over thuiszitters maken we in 2026 met de gemeenten."
    ("afspraken afspraak", r"\b(afspraken|afspraak)\b[^.]{0,60}\b(maken|maakt) (we|wij|het \w+|de \w+)\b[^.]{0,30}\bin (het |de )?(schooljaar |kalenderjaar |loop van )?20\d\d\b"),
    # "In het OOGO is afgesproken dat wij met de leerplichtambtenaren een gezamenlijke thuiszittersaanpak opstellen."
    ("afgesproken besloten overeengekomen",
     r"^(?!.*\b(jaarlijks|elk jaar|ieder jaar|periodiek|steeds|telkens)\b).*\b(afgesproken|besloten|overeengekomen) dat\b[^.]{0,120}\b(opstellen|ontwikkelen|uitwerken|opzetten|inrichten|formuleren)\W*$"),
    # "Voor onafhankelijk advies kunnen ouders in de toekomst terecht bij een ouder- en jeugdsteunpunt."
    ("toekomst", r"\b(kunnen|kan|zullen|zal|gaan|gaat)\b[^.]{0,60}\bin de (nabije )?toekomst\b|\bin de (nabije )?toekomst\b[^.]{0,60}\b(kunnen|kan|terecht)\b"),
    # "Een visie op terugkeer ... heeft Duinrand nog niet geformuleerd.", "Lindeweide heeft zo'n steunpunt nog niet."
    ("nog", r"\b(heeft|hebben)\b[^.]{0,80}\bnog niet (geformuleerd|vastgesteld|uitgewerkt|beschreven|bepaald|opgesteld|ontwikkeld|"
             r"afgesproken|vastgelegd|gemaakt|ingericht)\b"),
    # "Het Protocol Terugkeer ... levert de werkgroep vso-vo in het voorjaar van 2027 op."
    ("levert leveren", r"\b(levert|leveren)\b[^.]{0,80}\b(in|voor|vóór|eind|begin|medio|uiterlijk) (het |de )?(voorjaar |najaar |zomer |"
                       r"schooljaar |kalenderjaar )?(van )?20\d\d\b[^.]{0,20}\bop\b"),
    # "... wordt onderdeel van het kwaliteitskader dat in het eerste planjaar wordt geschreven."
    ("onderdeel", r"\b(wordt|worden) (een )?onderdeel van\b"),
    ("planjaar", r"\b(wordt|worden)\b[^.]{0,40}\bin het eerste (planjaar|jaar van de planperiode)\b|\bin het eerste (planjaar|jaar van de planperiode)\b[^.]{0,40}\b(wordt|worden) "
                 r"(geschreven|opgesteld|uitgewerkt|vastgesteld|ontwikkeld|beschreven)\b"),
    # "Welke doelen we met terugplaatsing nastreven, ..., werken we uit op basis van de evaluatie van de eerste twee jaar."
    ("werken stellen leggen", r"^\W*(hoe|welke|wie|wat|waar|wanneer|onder welke|op welke|in welke|met welke)\b[^.]{5,250},\s*(werken|stellen|leggen) (we|wij)\b[^.]{0,60}\b(uit|vast)\b"),
    # "Welke gevolgen dat heeft voor de samenwerking, bespreken we bij het opstellen van de gezamenlijke agenda."
    ("bespreken onderzoeken verkennen", r"^\W*(hoe|welke|wie|wat|waar|wanneer|of)\b[^.]{5,250},\s*(bespreken|onderzoeken|verkennen) (we|wij)\b"),
    # "De aanpak werken wij samen met de leerplichtambtenaren uit."
    ("werken werkt", r"\b(werken|werkt) (we|wij|het \w+|de \w+)\b[^.]{0,80}\buit\s*[.!]?\s*$"
                     # "Een werkgroep ... werkt aan één geharmoniseerde procedure, met bijbehorende criteria."
                     r"|\b(werkt|werken) ([\w-]+ ){0,3}aan (een |één |de |het )?(nieuw\w*|geharmoniseerd\w*|gezamenlijk\w*|eenduidig\w*|herzien\w*|één) "
                     r"([\w-]+ )?\w*(procedure|kader|regeling|model|notitie|aanpak|plan|beleid|protocol|voorstel|werkwijze|route)\b"),
    # "we verwachten dat het steunpunt op 1 augustus 2026 van start gaat"
    ("verwachten verwacht", r"\bverwacht(en)? (we |wij |het \w+ )?dat\b[^.]{0,80}\b(van start|start|begint|beginnen|operationeel|gereed|klaar)\b"),
    # decided case by case, so no procedure: "Hoe de terugplaatsing verloopt, bekijken de scholen per kind."
    ("per", r"^\W*(hoe|welke|wat)\b[^.]{5,200},\s*(bekijken|bekijkt|bepalen|bepaalt|beslissen|beslist|besluiten|besluit)\b[^.]{0,80}\bper (kind|leerling|situatie|geval)\b"),
    # "een nieuwe opzet verschijnt na vaststelling van dit plan"
    ("verschijnt verschijnen volgt volgen", r"\b(verschijnt|verschijnen|volgt|volgen)\s+na\s+(de\s+)?vaststelling\b"),
    # "Met de komst van de wettelijke steunpunten bezinnen we ons op de vraag hoe ouders geholpen kunnen worden."
    ("bezinnen bezint beraden beraadt orienteert orienteren", r"\b(bezinnen|bezint|beraden|beraadt|ori[eë]nteert|ori[eë]nteren) (we |wij |het \w+ |de \w+ |\w+ )?(ons|zich)\b"),
    # "De criteria ... herzien wij in het voorjaar van 2025 samen met de so-scholen."
    ("herzien herijken actualiseren vernieuwen bepalen evalueren",
     r"\b(herzien|herijken|actualiseren|vernieuwen|bepalen|evalueren)\s+(we|wij)\b[^.]{0,30}\b(in|vóór|voor|na) (het |de )?(schooljaar |voorjaar van |"
     r"najaar van |zomer van |loop van |begin van |eind van )?20\d\d\b"),
    # work in progress: "We zijn bezig met een nieuw kwaliteitskader."
    ("bezig", r"\b(zijn|is) (nog |op dit moment |momenteel )?bezig met\b"),
    # "Het gesprek over een gezamenlijk niveau voeren wij in 2025 met de besturen."
    ("voeren houden starten beginnen organiseren doen kiezen",
     r"\b(voeren|houden|starten|beginnen|organiseren|doen|kiezen) (we|wij)\b[^.]{0,20}\bin (het )?(schooljaar |voorjaar van |najaar van |loop van )?20\d\d\b"),
    # a law still to take effect: "In 2025 gaat naar verwachting de wettelijke plicht in"
    ("verwachting", r"\b(gaat|treedt)\b[^.]{0,20}\bnaar verwachting\b[^.]{0,60}\b(in|in werking)\b"),
    # "besloten de bestaande afspraken niet opnieuw in dit plan op te nemen"
    ("nemen neemt", r"\bniet\b[^.]{0,40}\bin (dit|deze|het|ons) (\w+ )?\w*(plan|document)\b[^.]{0,10}\bop te nemen\b"
                            r"|" + _LEFT_OUT),
    # "Het bestuur heeft daarom besloten de kwaliteitszorg opnieuw in te richten.", "hebben afgesproken in 2026 een
    # gezamenlijke agenda op te stellen"
    ("besloten afgesproken overeengekomen voorgenomen gekozen",
     r"\b(besloten|afgesproken|overeengekomen|voorgenomen)\b" + _NOT_ROUTINE + "{0,80}"
     r"\b(op te stellen|uit te werken|te ontwikkelen|in te richten|vast te stellen|te herzien|te herijken|te vernieuwen|op te zetten)\b"
     # "heeft ervoor gekozen de beoogde resultaten niet vooraf vast te leggen, maar ze in het eerste planjaar te formuleren"
     r"|\bgekozen\b[^.]{0,80}\bniet\b[^.]{0,30}\b(vast te leggen|vast te stellen|te formuleren|te bepalen|op te nemen)\b"
     # "is afgesproken dat het bureau in het eerste jaar een inventarisatie maakt"
     r"|\b(besloten|afgesproken|overeengekomen) dat\b[^.]{0,160}\b(inventarisatie|analyse|plan|overzicht|notitie|voorstel|kader|aanpak)\w* "
     r"(maakt|maken|opstelt|opstellen|uitwerkt|uitwerken|ontwikkelt|ontwikkelen)\b"),
    # a concept's placeholder: "De tekst wordt na bespreking in het directeurenoverleg van 7 april 2026 ingevoegd.",
    # "Deze conceptversie bevat hierover daarom nog geen inhoud."
    ("ingevoegd toegevoegd aangevuld bevat",
     r"\b(tekst|paragraaf|hoofdstuk|inhoud|uitwerking)\b[^.]{0,80}\b(wordt|worden)\b[^.]{0,80}\b(ingevoegd|toegevoegd|aangevuld)\b"
     r"|\bbevat\b[^.]{0,40}\bnog geen\b"),
    # "De indicatoren ... worden dan vastgesteld." (then: at the moment the sentence before puts off)
    ("dan", r"\b(wordt|worden) dan (pas )?(vastgesteld|uitgewerkt|bepaald|beschreven|opgesteld|geformuleerd)\b"),
    # "Het beleid ... wordt in het eerstvolgende jaarplan opgenomen."
    ("opgenomen uitgewerkt beschreven vastgelegd",
     r"\b(wordt|worden) in (het|de|een) (eerstvolgende|volgende|komende|nieuwe|eerste) \w*(jaarplan|plan|notitie|kader|addendum|protocol|begroting)\w* "
     r"(opgenomen|uitgewerkt|beschreven|vastgelegd)\b"),
    # "Ook de aanpak van thuiszitters krijgt daarin een plaats." (in the document the sentence before puts off)
    ("krijgt krijgen", r"\b(krijgt|krijgen)\b[^.]{0,30}\b(daarin|hierin|dan|daar)\b[^.]{0,10}\b(een )?(plaats|plek)\b"),
    # "Het samenwerkingsverband en de gemeenten willen een gezamenlijke analyse maken van ..."
    ("willen", r"\bwillen\b[^.]{0,60}\b(analyse|inventarisatie|plan|overzicht|aanpak|kader|notitie|afspraken)\w* (maken|opstellen|ontwikkelen|uitvoeren)\b"),
    # "Het financiële kader ... was bij het vaststellen van dit plan nog niet gereed."
    ("gereed klaar beschikbaar", r"\b(is|was|zijn|waren)\b[^.]{0,80}\bnog niet (gereed|klaar|beschikbaar)\b"),
    # waiting for something outside the plan: "Afspraken over een gezamenlijk niveau maken de besturen wanneer de landelijke
    # norm basisondersteuning bekend is."
    ("wanneer zodra als nadat",
     r"\b(wanneer|zodra|als|nadat)\b[^.]{0,60}\b(norm|wet|wetgeving|regelgeving|evaluatie|onderzoek|uitkomst|uitkomsten|nulmeting|analyse|kader|kaders)\b"
     r"[^.]{0,40}\b(bekend|beschikbaar|duidelijk|definitief|afgerond|in werking|verankerd|ingevoerd|aangenomen|vaststaan|vaststaat)\b"),
    # "Afspraken met de gemeenten over ... worden na de gemeenteraadsverkiezingen van 2026 opnieuw gemaakt."
    ("gemaakt vastgelegd",
     r"\bafspraken\b" + _NOT_ROUTINE + r"{0,150}\b(worden|wordt)\b" + _NOT_ROUTINE + "{0,80}"
     r"\b(opnieuw|nader|later|nog) (gemaakt|vastgelegd)\b"),
    # "Een door alle besturen vastgesteld niveau ... heeft Noordoever op dit moment niet."
    # "... heeft Noordoever op dit moment niet.", "Lindeweide heeft zo'n steunpunt nog niet.", "... is er nog niet."
    ("nog moment momenteel vooralsnog", _HAS_NOT_NOW + "|" + _IS_NOT_THERE_YET),
    # "Een ouder- en jeugdsteunpunt richten we samen met SWV PO Delta Noord op." (the thing fronted: still to be set up)
    ("richten richt", r"^\W*(een|het|de|ons|onze)\b[^.]{0,60}\b(richten|richt) (we|wij)\b[^.]{0,80}\b(op|in)\s*[.!]?\s*$"),
    # "In de afgelopen planperiode zijn wij begonnen met het in kaart brengen van het aanbod.", "is begonnen met de
    # voorbereiding van een ouder- en jeugdsteunpunt"
    ("begonnen gestart", r"\b(begonnen|gestart) met (het |de )?(in kaart brengen|inventariseren|inventarisatie|verkennen|verkenning|onderzoeken|"
                         r"uitwerken|uitwerking|ontwikkelen|ontwikkeling|opstellen|voorbereiden|voorbereiding)\b"),
    # "... wordt vastgelegd in het nieuwe verdeelmodel dat het bestuur in het voorjaar van 2027 vaststelt."
    # "Over thuiszitters en kinderen zonder passende plek maken we in 2026 nieuwe werkafspraken met de gemeenten."
    ("maken maakt", r"\b(maken|maakt) (we|wij|het \w+|de \w+) (in (het )?(schooljaar |voorjaar van |najaar van )?20\d\d|in de loop van \w+|later|binnenkort|nog) "
                    r"(nieuwe |nadere |verdere |aanvullende )?\w*afspraken\b"),
    ("nieuwe toekomstige", r"\b(wordt|worden) ([\w-]+ ){0,2}(vastgelegd|uitgewerkt|beschreven|opgenomen|geregeld) in (het|de|een) (nieuwe|toekomstige)\b"
                           # "Het algemeen bestuur stelt het nieuwe verdeelmodel vast na advies van de werkgroep."
                           r"|\b(stelt|stellen)\b[^.]{0,20}\b(het|de) (nieuwe|toekomstige) \w+ vast\b"),
    # editorial notes of a draft: "Let op: ...", "NB: nog afstemmen"
    ("let nb n noot opmerking notitie",
     r"^\W*(let op|nb|n\.b\.|noot|opmerking|notitie)\s*:"),
)
# A placeholder opening or ending a sentence ("P.m.: bedragen", "Budget: p.m.", "Tekst volgt."): matched at the ends only.
_DEFERRED_HEAD = re.compile(r"\W*(p\.?\s?m\.?|n\.?t\.?b\.?|tbd|todo|volgt|nog invullen|in te vullen|nader in te vullen|tekst volgt|xx+)\b",
                            re.IGNORECASE)
# ("Budget: p.m.", "Tekst volgt."): only the tail can match.
_DEFERRED_TAIL = re.compile(r"(^|\s|\()(p\.?\s?m\.?\)?|n\.?t\.?b\.?|tbd|todo|(?<!\bals\s)volgt( later| nog)?|nog invullen|in te vullen|\.\.\.|…)\s*[.!]?\s*$",
                            re.IGNORECASE)
# "... dat iedere vso-leerling zo dicht bij huis mogelijk onderwijs volgt." -- in a subordinate clause "volgt" is a pupil
# attending something, not text still to come
_FOLLOWS_A_COURSE = re.compile(r"\b(dat|die|zodat|waarin|wanneer|omdat|als|welke)\b[^.;:,]*\s\w+\s+volgt\s*[.!]?\s*$", re.IGNORECASE)
# the words _DEFERRED_TAIL can end on, without dots and spaces: a cheap test before the regex
_TAIL_ENDS = ("pm", "ntb", "tbd", "todo", "volgt", "later", "nog", "invullen", "…")


def _tail_may_defer(low: str) -> bool:
    end = low.rstrip()
    return end.endswith(("...", "…")) or end[-12:].replace(" ", "").replace(".", "").rstrip("!").rstrip(")").endswith(_TAIL_ENDS)
_PLACEHOLDER_ONLY = re.compile(r"^\W*(p\.?\s?m\.?|n\.?t\.?b\.?|volgt|tbd|todo|\.\.\.|…|nog invullen|nader in te vullen|xx+)\W*$",
                               re.IGNORECASE)
# (The yearly jaarverslag is no other document but the channel that reports results: "In ons jaarverslag staat wat
# gelukt is" addresses monitoring; "staat in het jaarverslag 2024" points at one past report.)
_DOC_NOUN = (r"(bijlage\w*|handleiding\w*|handreiking\w*|kaderbrief\w*|website|site|webpagina|verdeelmodel|financieel kader|financi\w+ \w*plan\w*|kaderdocument|kadernotitie|handboek\w*|notitie|document\w*|jaarplan\w*|jaarverslag\w* 20\d\d|"
             r"(communicatie|uitvoerings|actie|werk|kwaliteits|verbeter|scholings|project|financierings)plan\w*|kadernota|katern|"
             r"deel (\d+|een|twee|drie|ii|iii|[a-d])\b|jaarstuk\w*|"
             r"beleidsplan\w*|beleidsnotitie\w*|brochure\w*|folder\w*|downloads?|www\.\S+|"
             r"stroomschema|routekaart|procedurebeschrijving|werkinstructie\w*|draaiboek\w*|stappenplan\w*|afzonderlijk\w* document|apart\w* document|"
             r"(referentie|kwaliteits|toetsings|beoordelings|afwegings|strategisch |financieel )kader\w*(?! van)|sociale kaart|monitor|"
             r"(vorige|eerdere|voorgaande) (ondersteunings)?plan\w*|ondersteuningsplan 20\d\d|(?-i:OP) 20\d\d\s?[-–]\s?20\d\d|(hoofdstuk|paragraaf|artikel|§)\s*\d+(\.\d+)*|"
             # compounds in one branch each (a branch opening with \w* is tried at every letter)
             r"\w*(pagina|begroting|regeling|protocol\w*|reglement\w*)|(koers|visie|beleids|uitwerkings)document\w*|\w+(boek|wijzer)\b|(ondersteunings|aanbods|arrangementen|voorzieningen)(gids|atlas|kaart)\b|kaart van (het|de) (aanbod|voorzieningen|ondersteuning\w*|arrangementen)\b)")
# documents named as a sentence's subject: "Beide documenten ...", "De twee stukken ..."
_THOSE_DOCUMENTS_AT_START = r"^\W*(beide|deze|die|de twee|de) (documenten|stukken)\b"
_REFERRAL = _gated(
    ("zie staat staan beschreven opgenomen vindt vind vinden uitgewerkt vastgelegd vastgesteld geregeld vertaald "
     "verwijzen verwezen lezen downloaden ondergebracht gemaakt afgesproken",
     r"\b(zie|staat in|gemaakt in|afgesproken in|staan in|staat op|staan op|staat (ook|eveneens) in|staan (ook|eveneens) in|beschreven in|beschreven op|opgenomen in|vindt u in|vindt u op|vind je in|vind je op|"
     r"uitgewerkt in|vastgelegd in|vastgesteld in|geregeld in|vertaald in|vertaald naar|terug te vinden in|terug te vinden op|verwijzen (we|wij) naar|verwezen naar|ondergebracht in|"
     r"te vinden in|te vinden op|na te lezen in|na te lezen op|te lezen in|te lezen op|te downloaden|staat vermeld in)"
     r"\s+(in |op )?(de |het |onze |ons |een |deze |dit )?(apart\w* |afzonderlijk\w* |separate? |actuele |meest recente |andere |digitale |online |jaarlijkse )?['‘\"“]?" + _DOC_NOUN),
    ("zie", r"\bzie (ook )?(paragraaf |hoofdstuk |§ ?)?\d+(\.\d+)*\b|^\W*zie\b|\bzie het (vorige|eerdere|huidige) (ondersteunings)?plan\b"
            r"|\bzie (ook )?(elders|verderop|hierna|hieronder|onder)\b"),
    # ("... vindt u op kempenrand.nl/tlv": a web address without www)
    ("vinden vindt vind", r"\b(vinden|vindt|vind)\b[^.]{0,80}\b(op|via) ((onze|de|het) (website|site|webpagina|pagina|ouderpagina|ouderportaal)\b|www\.|[\w-]+\.(nl|com|org|eu)\b)"
                          # "Scholen vinden de stappen ... in het handboek op het schoolportaal"
                          r"|\b(vinden|vindt|vind)\b[^.]{0,100}\bin (het|de|ons|onze) " + _DOC_NOUN),
    # the website first: "Op de website www.venenenplassen-po.nl vinden ouders een uitleg over de aanvraag van een TLV"
    ("vinden vindt vind staat staan leest lezen",
     r"^\W*(op|via) ((onze|de|het) (website|site|webpagina|ouderpagina|ouderportaal)\b|www\.)(?:[^.]|\.(?=\w)){0,80}\b(vinden|vindt|vind|staat|staan|leest|lezen)\b"),
    # "verwijzen wij naar het Loketreglement Groene Delta"
    ("verwijzen", r"\bverwijzen (we|wij) naar (het|de|ons|onze) (?=(?-i:[A-Z]))\w*(reglement|boek|protocol|kader|wijzer|document|notitie|plan)\b"
                  r"|\b(verwijzen (we|wij)|(we|wij) verwijzen) (daarvoor |hiervoor |daarbij |hierbij |graag |voor [\w ]{1,40}? )?(ouders |hen |u )?naar ((de|onze) (informatie op (de|onze) )?(website|site|webpagina|ouderpagina|pagina)\b|www\.|(de|het) (schoolgids|schoolondersteuningsprofiel|sop)\b)"
                  r"|\bverwijzen (we|wij) naar (het|de|ons|onze) (?=(?-i:[A-Z]))\w*(kaart|overzicht|gids)\b"
                  r"|\bverwijzen (we|wij) naar (het|de|ons|onze) ([\w-]+ ){0,3}(jaarverslag\w*|" + _DOC_NOUN + ")"),
    ("bijlage", r"\b(leest|lees|lezen|vindt|vind|vinden|staat|staan|opgenomen|beschreven)\b[^.]{0,40}\b(in|op|als) (de |het )?bijlage\s+\w+"),
    ("leest lees vindt vind ziet zie", r"\b(leest|lees|vindt|vind|ziet|zie) (u|je|jij)\b[^.]{0,60}\b(in|op) (de |het |onze |ons )?" + _DOC_NOUN),
    ("afzonderlijk* apart*", r"\b(als|in een) (afzonderlijk|apart)\w* (document|stuk|notitie|bestand)\b"
                             # "Over de verdeling en de meerjarenbegroting verschijnt een afzonderlijk document: de Financiële kadernota."
                             r"|\b(verschijnt|verschijnen|komt|volgt) (er )?(een )?(afzonderlijk|apart)\w* (document|stuk|notitie)\b"),
    # the key adopted elsewhere, nothing of it here: "De middelen worden verdeeld volgens het verdeelmodel dat de
    # algemene vergadering jaarlijks vaststelt."
    ("verdeeld toegekend toegewezen verdeelt verdelen",
     r"\b(verdeeld|toegekend|toegewezen|verdeelt|verdelen)\b[^.]{0,30}\bvolgens (het|de|een) (verdeelmodel|verdeelsleutel|regeling|systematiek)\s*,?\s*(dat|die)\b"
     r"[^.]{0,80}\b(vaststelt|vaststellen|vastgesteld|vastgelegd|bepaalt|bepaald)\b[^.,;]{0,20}[.!]?\s*$"),
    # what comes back in later chapters: "... vertaald naar ambities die in de volgende hoofdstukken terugkomen."
    ("hoofdstukken paragrafen", r"\b(in|bij) de (volgende|latere|hiernavolgende|navolgende) (hoofdstukken|paragrafen)\b[^.]{0,20}\b(terugkomen|terugkeren|aan bod komen|uitgewerkt|beschreven)\b"),
    # made known elsewhere: "Zij maakt ze bekend aan de intern begeleiders via het besloten deel van de website."
    ("bekend", r"\b(maakt|maken|gemaakt)\b[^.]{0,40}\bbekend\b[^.]{0,60}\b(via|op) (het (besloten|afgeschermde) deel van )?(de|onze|haar|zijn) (website|site|intranet|extranet)\b"),
    # a named decision as the key: "verdeeld volgens het Verdeelbesluit van het algemeen bestuur van 2019"
    ("volgens", r"\bvolgens (het|de) ((?-i:[A-Z])\w*(besluit|regeling|model)|verdeelbesluit|bestuursbesluit)\b[^.,;]{0,50}\b(van|uit) (20\d\d|19\d\d)\b"),
    # there, where the sentence before points: "Ook de toelichting op de verdeling van de middelen over de besturen staat daar."
    ("staat staan", r"\b(staat|staan) (ook )?(daar|daarop|hier)\s*[.;!]?\s*$"),
    # the boards' own documents: "De beoogde resultaten ... formuleren de schoolbesturen in hun eigen strategisch beleidsplan"
    # (the subject after the verb: the topic was put first; "scholen ... beschrijven dat in hun schoolgids" only adds a note)
    # ("Welke voorzieningen ... dat precies zijn, legt iedere school vast in haar schoolondersteuningsprofiel.")
    ("formuleren formuleert beschrijven beschrijft leggen legt stellen stelt", r"\b(formuleren|formuleert|beschrijven|beschrijft|leggen|legt|stellen|stelt) (de |alle |iedere |elke )?(school)?(besturen|bestuur|scholen|school)\b[^.]{0,20}\bin (hun|haar|zijn) (eigen )?([\w-]+ )?(\w*plan|\w*profiel|schoolgids)\b"),
    # documents put on the website: "Beide documenten staan na vaststelling op de website."
    ("documenten stukken", _THOSE_DOCUMENTS_AT_START + r"[^.]{0,40}\b(staan|komen|worden)\b[^.]{0,30}\b(op|via) (de|onze) (website|site)\b"),
    # a named document said to be on the website: "toetst aan het Toetsingskader TLV vso 2025, dat op onze website is gepubliceerd"
    ("website site", r",\s*(dat|die)\b[^.,]{0,30}\b(op|via) (onze|de) (website|site)\b"),
    # "Dit plan gaat daarom niet in op bedragen of verdeelsleutels."
    ("gaat gaan", r"\b(gaat|gaan) (dit|het|ons) (\w*plan|document|hoofdstuk) (daarom |dus |hier |verder |bewust )?niet (in )?op\b"
                  r"|^\W*(dit|het|ons) (\w*plan|document|hoofdstuk) (gaat|gaan) (daarom |dus |hier |verder |bewust )?niet (in )?op\b"),
    ("geen buiten opgenomen",
     r"\b(maakt|maken|is|zijn) geen (deel|onderdeel) (uit )?van dit (plan|ondersteuningsplan|document)\b|\bbuiten (de reikwijdte van )?dit plan\b"
     r"|\bgeen (deel|onderdeel)\b[^.]{0,25}\bvan (dit|deze|het) (\w*plan|\w*document|publicatie|versie)\b"
     r"|\bniet opgenomen in (dit|deze) (\w*plan|document|publicatie)\b|\b(is|zijn) niet in (dit|deze) \w*(plan|document|publicatie) opgenomen\b"),
    # a named document: "staat in het Toetsingskader TLV", "opgenomen in de Ondersteuningsroute", "vastgelegd in de Standaard ..."
    ("staat staan beschreven vastgelegd opgenomen uitgewerkt uitgeschreven opgeschreven geregeld vinden ondergebracht",
     r"\b(staat|staan|beschreven|vastgelegd|opgenomen|uitgewerkt|uitgeschreven|opgeschreven|geregeld|te vinden|ondergebracht) in (de|het|onze|ons) (?-i:[A-Z])\w+"),
    # the how as subject, another document as its home: "Hoe we witte vlekken in beeld brengen, maakt onderdeel uit van
    # dat actieplan." (not "... maakt deel uit van dit plan")
    ("onderdeel deel", _how_first(150) + r"(maakt|maken|is|vormt|wordt)\s+(een )?(onderdeel|deel)\b"
                       r"(\s+uit)?\s+van\s+(?!(dit|deze|het|ons|onze) (ondersteunings)?(plan|hoofdstuk|paragraaf|document)\b)"),
    # a school's own document: "De basisondersteuning van iedere school is beschreven in het schoolondersteuningsprofiel
    # van die school." (not "is onderdeel van het schoolondersteuningsprofiel", which says what the profile holds)
    ("beschreven staat staan vastgelegd opgenomen uitgewerkt vinden",
     r"\b(beschreven|staat|staan|vastgelegd|opgenomen|uitgewerkt|te vinden) (in|op) (het|de|hun|haar|zijn|elk|ieder|elke|iedere) "
     r"(eigen )?(schoolondersteuningsprofiel\w*|schoolgids\w*|sop)\b"),
    # "De nieuwe procedurebeschrijving publiceren we dan op de website." (it is not in this plan, nor yet there)
    ("publiceren publiceert plaatsen zetten", r"\b(publiceren|publiceert|plaatsen|zetten) (we|wij|het \w+)\b[^.]{0,40}\b(dan|later|straks|te zijner tijd|daarna)\b[^.]{0,30}\b(op|via) (de|onze|haar|zijn) (website|site)\b"),
    # "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, beschrijft deel B.", "Welke resultaten we willen
    # bereiken en hoe we die volgen, beschrijven we daarin." (in the document named before)
    # left to the schools: "Hoe de stappen rond terugkeer precies worden gezet, spreken de vso-scholen en de vo-scholen onderling af."
    ("spreken spreekt regelen regelt bepalen bepaalt", _how_first(200) + r"(spreken|spreekt|regelen|regelt|bepalen|bepaalt)\b[^.]{0,60}\b(onderling|zelf|per school|per bestuur)\b"),
    ("beschrijven leggen werken regelen",
     _how_first(200) + r"(beschrijven|leggen|werken|regelen) (we|wij)\b[^.]{0,30}\bin (het|de|een|ons|onze)\s+([\w-]+\s+){0,2}"
                       r"\w*(beleid|plan|kader|notitie|protocol|regeling|document|handboek|reglement)\b"),
    ("beschrijft beschrijven bevat bevatten behandelt regelt",
     _how_first(200) + r"(beschrijft|beschrijven|bevat|bevatten|behandelt|regelt)\s+(het |de |ons |onze )?" + _DOC_NOUN
     + r"|" + _how_first(200) + r"(beschrijven|beschrijft|leggen|regelen|werken)\s+(we|wij)\s+(daarin|daar|hierin)\b"),
    # "Hoe een aanvraag verloopt, ..., staat stap voor stap op www.swv-ijsselvallei.nl/aanvragen."
    ("staat staan vindt leest", _how_first(250) + r"(staat|staan|vindt u|leest u)\b[^.]{0,60}\b(op|in)\s+(de |het |onze |ons )?" + _DOC_NOUN),
    # a named regulation as the way things go: "De aanvraag ... verloopt volgens de Regeling Toelaatbaarheid Heuvelland."
    ("volgens", r"\b(verloopt|verlopen|gaat|gaan|gebeurt|gebeuren)\b[^.]{0,30}\bvolgens (de|het|ons|onze) (?=(?-i:[A-Z]))\w*(regeling|reglement|protocol|handleiding|handboek|procedure|kader)\b"),
    # "De financiële vertaling van dit plan ... volgt in de kaderbrief die het bestuur in het najaar van 2026 vaststelt."
    ("volgt volgen", r"\b(volgt|volgen) in (de|het|een|onze|ons) ([\w-]+ )?" + _DOC_NOUN),
    # "De resultaten van de vorige periode komen aan bod in het jaarverslag 2025."
    ("bod orde", r"\b(komt|komen) (\w+ )?aan (de )?(bod|orde) in (het|de|ons|onze|een) ([\w-]+ ){0,2}(jaarverslag\w*|" + _DOC_NOUN + ")"),
    # "Omdat het handboek jaarlijks wordt bijgewerkt, herhalen we de criteria hier niet."
    ("herhalen herhaald", r"\b(herhalen|herhaal) (we|wij)\b[^.]{0,40}\b(hier|in dit plan|op deze plaats) niet\b"
                          r"|\b(hier|in dit plan) niet (herhaald|opnieuw opgenomen)\b"),
    # "Hoe ons aanbod eruitziet, en waar het nog tekortschiet, brengen we in kaart in de Sociale Kaart Lindenborg."
    ("brengen beschrijven leggen zetten", _how_first(200) + r"(brengen|beschrijven|leggen|zetten)\s+(we|wij)\b[^.]{0,30}\bin (de|het|een|onze|ons) ([\w-]+ |\w+-)?(project\b|" + _DOC_NOUN + ")"),
    # "Ook de aanpak van thuiszitters krijgt in die notitie een plaats."
    ("krijgt krijgen", r"\b(krijgt|krijgen)\b[^.]{0,30}\bin (die|deze|dat|dit|het|de|een) ([\w-]+ )?(notitie|nota|document|kader|protocol|handboek|\w*plan)\b[^.]{0,15}\b(een plaats|een plek)\b"
                       # "Op welke manier wij deze ambities volgen, ..., krijgt een plek in het kwaliteitskader van het samenwerkingsverband."
                       r"|\b(krijgt|krijgen) (een |zijn |haar |hun )?(plaats|plek) in (die|deze|dat|dit|het|de|een|ons|onze) ([\w-]+ )?(notitie|nota|document|\w*kader|protocol|handboek|\w*plan)\b"
                       r"|\b(krijgt|krijgen) (een |zijn |haar |hun )?(plaats|plek) in de (actualisatie|herziening|bijstelling|update) van (dit|het)\b"),
    # another document (or part) as subject: "Deel 2 beschrijft het ondersteuningsaanbod ...", "Bijlage 3 bevat de begroting"
    ("beschrijft bevat behandelt regelt",
     r"^\W*(het |de |ons |onze )?" + _DOC_NOUN + r"[^.]{0,30}\b(beschrijft|bevat|behandelt|regelt)\b"),
    # "De financiële paragraaf ... is onderdeel van Deel 2."
    ("onderdeel", r"\b(is|zijn|vormt|vormen) (een )?onderdeel van (het |de )?" + _DOC_NOUN),
    # the document first: "In het jaarverslag van het samenwerkingsverband vindt u informatie over onze activiteiten."
    ("vindt vind leest lees", r"^\W*in (het|de|ons|onze) ([\w-]+ ){0,2}(jaarverslag\w*|" + _DOC_NOUN + r")[^.]{0,60}\b(vindt|vind|leest|lees) (u|je|jij)\b"),
    # a lead-in naming the documents that complete this one: "Dit plan wordt aangevuld met:"
    ("aangevuld", r"\b(dit|het) (ondersteunings)?plan (wordt|is) aangevuld met\b"),
    # "De bijlagen bevatten een lijst met afkortingen, ... en informatie over ouders en leerlingen."
    ("bevat bevatten", r"^\W*(de|het|deze) (bijlagen?|bijlagenboek|bijlagendeel)\b[^.]{0,20}\b(bevat|bevatten)\b"),
    ("kijk lees", r"^\W*(kijk|lees) (dan |ook |verder |voor \w+ )?(op|in) (de |het |onze |ons )?" + _DOC_NOUN),
    # the list of annexes: "Bijlagen (afzonderlijk vastgesteld): A Basisondersteuning, B Procedure TLV, ..."
    ("bijlagen", r"^\W*bijlagen\b[^.:]{0,60}:"),
    # "De maatstaven krijgen hun beslag in het Afwegingskader", "een stelsel dat bij afzonderlijk besluit wordt vastgesteld"
    ("beslag besluit", r"\b(krijgt|krijgen) (hun|zijn|haar) beslag in\b|\bbij (afzonderlijk|apart|nader) besluit\b"),
    ("downloaden download",
     r"\b(kunt|kun|kan) (u|je|jij)\b[^.]{0,40}\bdownloaden\b|\bdownload(en)? (via|op|van)\b"),
    # "zijn niet in dit plan opgenomen", "is hier niet uitgewerkt"
    ("opgenomen beschreven uitgewerkt vastgelegd",
     r"\bniet in (dit|deze|het) (plan|ondersteuningsplan|document|publicatie|hoofdstuk) (opgenomen|beschreven|uitgewerkt|vastgelegd)\b"
     r"|\b(is|zijn|wordt|worden) hier niet (opgenomen|beschreven|uitgewerkt)\b"),
    # the other document as subject: "Hoe de terugkeer verloopt, beschrijft het Handboek Zuidrand."
    ("beschrijft beschrijven regelt regelen bevat bevatten behandelt",
     r"\b(beschrijft|regelt|bevat|behandelt|beschrijven|regelen|bevatten) (het|de|ons|onze) ((?-i:[A-Z])\w+|(\w+ )?" + _DOC_NOUN + r")"),
    # written down elsewhere by us: "De verdeling en besteding beschrijven wij in de jaarlijkse begroting en het financieel
    # beleidsplan, die los van dit plan worden vastgesteld." ("leggen wij vast in het jaarplan" defers, see _DEFERRED)
    ("beschrijven beschrijft", r"\b(beschrijven|beschrijft) (we|wij|het bestuur)\b[^.]{0,20}\bin (de|het|een|onze|ons) ([\w-]+ )?" + _DOC_NOUN),
    # weighing against a named document: "De commissie toetst iedere aanvraag aan het Toetsingskader toelaatbaarheid Zuiderpolders."
    ("toetst toetsen beoordeelt beoordelen weegt wegen",
     r"\b(toetst|toetsen|beoordeelt|beoordelen|weegt|wegen)\b[^.]{0,20}\b(aanvraag|aanvragen|dossier|dossiers)\b[^.]{0,20}"
     r"\baan (de hand van )?(het|de) (?=(?-i:[A-Z]))\w*(kader|protocol|reglement|regeling|handboek|wijzer|notitie)\w*"),
    # "Iedere school beschrijft in haar schoolondersteuningsprofiel welke ondersteuning zij biedt."
    ("beschrijft legt", r"\b(iedere|elke) (school|vestiging)\b[^.]{0,20}\b(beschrijft|legt)\b[^.]{0,40}\bin (haar|zijn|het|de|een) (eigen )?"
                        r"(schoolondersteuningsprofiel|sop|schoolgids|schoolplan)\b"),
    ("beschrijven beschrijft leggen legt",
     r"\b(beschrijven|beschrijft|leggen|legt) (we|wij|(het|de|elke|iedere) [\w-]+(?: (en|of) [\w-]+)?)( vast)? in (het|de|een|ons|onze|haar|hun|zijn|eigen) (eigen |nieuwe? |apart\w* |afzonderlijk\w* |financi\w+ )?"
     r"\w*(plan|notitie|nota|document|kader|protocol|handboek|regeling|reglement|begroting)\b"),
    # the other document's contents: "het Toetsingskader, waarin de criteria zijn opgenomen", "Het handboek bevat de
    # procedure", "Het handboek wordt door het bestuur vastgesteld en kan tussentijds worden aangepast"
    ("waarin", r"\bwaarin\b[^.]{0,100}\b(zijn|is|staan|staat|worden|wordt) (opgenomen|beschreven|vastgelegd|uitgewerkt|genoemd)\b"),
    # "bestaat uit twee documenten die het bestuur afzonderlijk vaststelt"
    ("afzonderlijk* documenten", r"\bafzonderlijk\w*\b[^.]{0,30}\b(vaststelt|vastgesteld|gepubliceerd|publiceert)\b|\b(twee|drie|aparte|afzonderlijke) documenten\b"),
    ("bevat beschrijft regelt omvat noemt",
     # (the lookahead skips every "de" that is not two words before the verb, before the long noun list is tried)
     r"\b(het|de|ons|onze) (?=\S+ (\S+ ){0,2}(bevat|beschrijft|regelt|omvat|noemt)\b)([\w-]+ )?" + _DOC_NOUN + r"\s+(bevat|beschrijft|regelt|omvat|noemt)\b"),
    ("wordt worden kan kunnen",
     r"^\W*(het|de) ([\w-]+ )?(handboek|toetsingskader|protocol|reglement|kaderdocument|document)\w*\b[^.]{0,40}\b(wordt|worden|kan|kunnen)\b"
     r"[^.]{0,60}\b(vastgesteld|aangepast|herzien|gepubliceerd|geactualiseerd)\b"),
    # following another document: "volgen de scholen het Protocol Terug- en Doorplaatsing, dat als bijlage 7 bij dit plan hoort"
    ("volgen volgt hanteren hanteert",
     r"\b(volgen|volgt|hanteren|hanteert) (de \w+ |het \w+ |wij |we )?(het|de) (protocol|handboek|reglement|stroomschema|regeling|werkwijzer)\w*\b"),
    ("bijlage", r"\b(als|in) bijlage\s+\w+\b[^.]{0,40}\b(hoort|gevoegd|toegevoegd|opgenomen|bijgevoegd)\b"),
    ("maakt maken", r"\b(maakt|maken) (onderdeel|deel) uit van (het|de|een|ons|onze) ([\w-]+ )?" + _DOC_NOUN),
    # published elsewhere: "gepubliceerd op de website bij de jaarstukken"
    ("gepubliceerd gepubliceerd bekendgemaakt",
     r"\b(gepubliceerd|bekendgemaakt) (op|in|via|bij) (de|het|onze|ons|www\.|https?:)"),
    # someone else's documents: "worden verantwoord in hun eigen jaarverslagen"
    ("eigen",
     r"\bin (hun|haar|de|het|zijn) eigen (jaarverslag|jaarstuk|schoolgids|schoolplan|schoolondersteuningsprofiel|sop|beleid|begroting|administratie)\w*"),
    ("vorige eerdere voorgaande",
     r"\b(volgens|conform|uit) (de [\w-]+ (uit|van) )?(het|ons) (vorige|eerdere|voorgaande) (ondersteunings)?plan\b"),
    # after a merger, the arrangements of the verbanden before it, which this plan does not hold: "De verdeling volgt tot
    # 31 juli 2027 de afspraken van de rechtsvoorgangers", "handelen de drie voormalige loketten aanvragen af volgens hun
    # eigen werkwijze"
    ("afspraken werkwijze werkwijzen regeling regelingen procedure procedures systematiek verdeelmodel",
     r"\b(afspraken|werkwijze|werkwijzen|regeling|regelingen|procedure|procedures|systematiek|verdeelmodel) van (de|het|hun|haar) "
     r"(rechtsvoorganger\w*|voormalige|oude|vorige)\b"),
    ("eigen", r"\bvolgens (hun|haar|zijn) eigen (werkwijze|afspraken|regeling|procedure|systematiek)\b"),
    # "... beoordeelt het Toewijzingsteam aan de hand van het Toetsingskader Toelaatbaarheid."
    ("hand", r"\baan de hand van (het|de) (?=(?-i:[A-Z]))\w*(kader|protocol|reglement|regeling|handboek|wijzer|notitie)\w*"),
    # "Dit ondersteuningsplan beschrijft die toewijzing niet opnieuw."
    ("beschrijft beschrijven herhaalt herhalen", r"\b(beschrijft|beschrijven|herhaalt|herhalen)\b[^.]{0,40}\bniet (opnieuw|nogmaals)\b"),
    # "Ook de aanpak van thuiszitters wordt daarin meegenomen." (in the document or analysis just named)
    ("meegenomen opgenomen verwerkt", r"\b(wordt|worden)\b[^.]{0,20}\b(daarin|hierin)\b[^.]{0,10}\b(meegenomen|opgenomen|verwerkt)\b"),
    # "De doelen die wij nastreven, worden elk jaar in het jaarplan geformuleerd."
    ("jaarplan* werkplan* jaarbegroting*",
     r"\b(worden|wordt)\b[^.]{0,30}\bin (het|de|ons) (jaarplan|werkplan|jaarbegroting)\w*\b[^.]{0,20}\b(geformuleerd|vastgesteld|opgenomen|uitgewerkt|beschreven)\b"),
    # "Voor een verlenging geldt het Reglement Toelaatbaarheid."
    ("geldt gelden", r"\b(geldt|gelden) (het|de) (?=(?-i:[A-Z]))\w*(reglement|protocol|kader|regeling|handboek|wijzer)\b"),
    # the rules of a named document: "hanteert de commissie de criteria uit het Afwegingskader Toelaatbaarheid"
    ("criteria procedure werkwijze regels stappen termijnen systematiek verdeelsystematiek verdeelsleutel",
     r"\b(criteria|procedure|werkwijze|regels|stappen|termijnen|systematiek|verdeelsystematiek|verdeelsleutel) (uit|in|volgens|van) (het|de) (?-i:[A-Z])\w+"),
    ("vorige eerdere voorgaande",
     r"\b(zoals|als) (in|beschreven in|vastgelegd in|opgenomen in) (het|ons) (vorige|eerdere|voorgaande) (ondersteunings)?plan\b"),
    ("blijft blijven",
     r"\b(blijft|blijven)\b[^.]{0,40}\b(gelijk aan|hetzelfde als|ongewijzigd)\b[^.]{0,60}\b(vorige|eerdere|voorgaande|huidige)\b"),
    ("ongewijzigd onveranderd gelijk gewijzigd hetzelfde",
     r"\b(ongewijzigd|onveranderd|gelijk gebleven|blijft gelijk|blijven gelijk|niet gewijzigd|hetzelfde gebleven)\b[^.]{0,80}"
     r"\b(ten opzichte van|t\.o\.v\.|zoals in|als in|vergeleken met)\b"),
    # unchanged from the earlier plan, which is not here: "De criteria veranderen niet.", "Ongewijzigd, zie OP 2024-2028",
    # "In deze actualisatie staan geen wijzigingen over terugplaatsing", "De huidige werkwijze blijft gelden."
    ("verandert veranderen wijzigt wijzigen ongewijzigd wijzigingen blijft blijven niets",
     r"\b(verandert|veranderen|wijzigt|wijzigen) (hier |daarbij |daarin |in deze \w+ )?niet\b|^\W*ongewijzigd\b|\bgeen wijzigingen\b"
     r"|\b(verandert|wijzigt|veranderen|wijzigen) (daaraan |hieraan |daarin |hierin )?niets\b"
     r"|\b(blijft|blijven)\b[^.]{0,30}\b(ongewijzigd|van kracht|gelden)\b"),
    ("vast leggen opnemen beschrijven uitwerken",
     r"\bniet in (dit|deze|het) (plan|ondersteuningsplan|document|publicatie) (opnieuw )?(vast te leggen|op te nemen|te beschrijven|uit te werken)\b"),
    ("vinden staat staan beschreven opgenomen vastgelegd uitgewerkt",
     r"\b(in|op) (de |het |onze |ons |dat |dit |die |deze )?" + _DOC_NOUN + r"[^.]{0,40}\b(te vinden|staat|staan|beschreven|opgenomen|vastgelegd|uitgewerkt)\b"),
)
_ANNEX_TITLE_REF = re.compile(r"^\W*(bijlage|appendix)\s+([0-9]+|[ivxlc]+|[a-h])\b", re.IGNORECASE)
_ANNEX_REF = re.compile(r"\bbijlage\s+([0-9]+|[ivxlc]+|[a-h])\b", re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(we|wij|zij|het swv|het samenwerkingsverband) (streven|streeft) (ernaar|naar)\b|\bzo ?veel mogelijk\b|\bwaar mogelijk\b|"
    r"\bin principe\b|\bindien nodig\b|\bop hoofdlijnen\b|\bde scholen bepalen zelf\b|\b(we|wij) zetten in op\b|"
    r"\b(we|wij) gaan onderzoeken\b|\bwaar nodig\b|\bin overleg wordt bekeken\b|\bzo (laag|hoog|snel|veel|goed|klein|kort|dicht bij huis) mogelijk\b|"
    r"\b(we|wij) (willen|hopen|proberen)\b[^.]{0,40}\bmogelijk\b|\bnaar vermogen\b|\bmaatwerk\b(?![^.]{0,60}\b(criteri|voorwaarde))|"
    r"\b(is|zijn) (voor )?(geen enkel\w*|niemand)\b[^.]{0,40}\b(acceptabel|aanvaardbaar|wenselijk)\b|"
    r"\b(een |een belangrijk )?(aandachtspunt|punt van aandacht|punt van zorg)\b|"
    r"\bvia (meerdere|verschillende|diverse|allerlei) (kanalen|manieren|wegen|middelen)\s*[.!]?\s*$|"
    r"\b(is|zijn) er (één|een) te veel\b|\b(is|zijn) (ook )?(hier |in \w+ |in onze regio )?een (grote |belangrijke |blijvende |gedeelde )?zorg(\s*[.!]?\s*$| die\b)|"
    r"^[^.]{0,40}\b(zijn|is) voor (ons|de scholen|het samenwerkingsverband|het verband) (een |de )?(heel |zeer |erg )?belangrijk\w*( partner\w*)?\W*$|\b(verdient|vraagt|vragen|verdienen) (extra |blijvend )?aandacht\b",
    re.IGNORECASE)


@dataclass(eq=False, slots=True)
class Passage:
    """A sentence with the term hits (ids of checklist terms) of the texts that judge it. What the sentence
    does besides its content (defer, refer, hedge, ask, recite) is worked out on first use: about a third
    of a plan's sentences are never in any element's context, and those are never asked."""
    text: str                 # the original words, for quoting
    block: Block
    h_window: frozenset       # the sentence (+ its lead-in when it ends with ':', or the table header row)
    h_context: frozenset      # the sentence with the one before it
    h_headings: frozenset     # the section path
    h_near: frozenset         # the nearest heading
    preamble: bool = False    # under a foreword, reading guide or mission statement
    previous: str = ""        # the sentence before (or the list's lead-in), quoted when the match needs it
    refers_back: bool = False # opens with "Dat", "Dit", "Daarbij", ...: takes the sentence before as its topic
    continues: bool = False   # ... and goes on with it (not "Daarnaast ...", which adds something of its own)
    agenda: bool = False      # a row of a planning table: work still to be done
    before: "Passage | None" = None   # the previous passage of the same block, which a refers_back sentence continues
    lead: "Passage | None" = None     # a list item's lead-in (the last sentence of the paragraph before the list)
    caption: "Passage | None" = None  # a table row's lead-in ("... de volgende doelen afgesproken:"), when it titles the table
    after: "Passage | None" = None    # the next passage of the same block
    pos: int = 0              # position in the document's passage list
    signals: frozenset | None = None   # concreteness signal kinds, computed on first use
    flags_cache: dict | None = None    # per document: sentence -> _text_flags
    _flags: tuple | None = None
    _referral: bool | None = None
    _not_own: bool | None = None

    def _own(self) -> tuple:
        if self._flags is None:
            stripped = self.text.strip()
            cache = self.flags_cache if self.flags_cache is not None else {}
            flags = cache.get(stripped)
            if flags is None:
                flags = cache[stripped] = _text_flags(stripped, self.h_window)   # (h_window holds the sentence's own words)
            self._flags = flags
        return self._flags

    @property
    def deferred(self) -> bool:
        # "Dat jaarplan verschijnt later." continues a deferring sentence
        return (self.editorial or self._own()[0] or self.agenda or self.lead_defers
                or (self.continues and self.before is not None and self.before.deferred))

    @property
    def referral(self) -> bool:
        # "Hoe dat gaat, staat op de site. Het loket helpt scholen daarbij." continues the reference too
        if self._referral is None:
            self._referral = self._own()[1] or (self.before is not None and (
                ((self.continues or (_POINTS_BACK_AT_END.search(self.text) is not None and not _ADDS.match(self.text)))
                 and self.before.referral)
                # "Sinds de fusie werken we met het Handboek toelaatbaarheid 2026. Daarin staan de werkwijze, de criteria ..."
                or (_POINTS_INTO.match(self.text) is not None and _NAMES_DOCUMENT.search(self.before.text) is not None)))
        return self._referral

    @property
    def vague(self) -> bool:
        return self._own()[2]

    @property
    def not_own(self) -> bool:
        """History, national policy, a topic named as a question: nothing the verband does now."""
        if self._not_own is None:
            self._not_own = _not_the_plans_own(self.text, self.h_window)
        return self._not_own

    @property
    def question(self) -> bool:
        return self._own()[3]

    lead_recital: bool = False   # a list item under "De wet schrijft voor dat het plan beschrijft:"
    lead_defers: bool = False    # a short list item under a lead-in that refers to other documents or defers, or a line
                                 # under a heading that lists documents ("Bijlagen", "Andere documenten")
    h_self: frozenset | None = None   # the words of the sentence or row alone (no lead-in, caption or header row)
    h_path: tuple = ()           # the hits of each heading above, outermost first
    introduces: bool = False     # the last sentence before a table or list in its section: what follows is what it names
    editorial: bool = False      # inside a draft's [bracketed note]

    @property
    def recital(self) -> bool:   # repeats what the law asks of a plan
        # "Daarnaast bevat het plan ..." continues the recital before it
        return (self._own()[4] or self.lead_recital
                or (self.refers_back and self.before is not None and self.before.recital))

    @property
    def annex_refs(self) -> tuple[str, ...]:
        return self._own()[5]


@dataclass
class _Index:
    passages: list[Passage]
    annexes_present: set[str]
    matcher: Matcher | None = None
    by_term: dict[int, list[int]] = field(default_factory=dict)          # term id -> passage positions
    by_headings: dict[frozenset, list[int]] = field(default_factory=dict)   # section-path hits -> passage positions
    own_section: dict[str, bool] = field(default_factory=dict)   # element id -> has a heading of its own straight above text
    subsections: dict[str, list] = field(default_factory=dict)   # element id -> passages only advisory criteria read
    owners: dict[tuple, dict] = field(default_factory=dict)      # competing elements -> (heading hits -> owners)

    def candidates(self, group) -> set[int]:
        """Positions of the passages whose sentence (or the one before it) hits any term of group."""
        found: set[int] = set()
        for term_id in group.ids:
            found.update(self.by_term.get(term_id, ()))
        return found

    def heading_candidates(self, group) -> set[int]:
        """Positions of the passages whose section headings hit any term of group (one test per section)."""
        found: set[int] = set()
        ids = group.ids
        for heading_hits, positions in self.by_headings.items():
            if not ids.isdisjoint(heading_hits):
                found.update(positions)
        return found


_DOCUMENT_LIST_HEADING = re.compile(r"^\W*([\d.]+\s*)?(overzicht (van )?(de )?)?(bijlagen|downloads?|(andere|overige|bijbehorende|aanvullende|onderliggende|relevante) documenten)"
                                    r"( en (bijlagen|downloads?|documenten|links))?\W*$")
ANNEX_TITLE_WORDS = 12


def _section_label(block: Block) -> str:
    return block.section[-1] if block.section else ""


# "Onze doelen en hoe we ze volgen staan in de tabellen hieronder." introduces the table as a colon would.
_POINTS_BELOW = re.compile(r"\b(hieronder|hierna|als volgt|onderstaande|volgende tabel|deze tabel)\b", re.IGNORECASE)


# "Ambitie 5 - Elke euro naar het kind", "Koerslijn 3: een plek voor iedereen": a plan organised by ambitions
# numbers its chapters with a word that is not their topic ("ambitie" would make every chapter about results)
_ORDINAL_PREFIX = re.compile(r"^\W*([\dIVX]+(\.\d+)*\.?\s+)?(ambitie|koers|koerslijn|speerpunt|pijler|thema|bouwsteen|lijn)\s+"
                             r"([\dIVX]+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b\W*", re.IGNORECASE)


# "5.2 Wat ouders op iedere school mogen verwachten" under "5 Basisondersteuning" names who is served, not a topic of
# its own: the chapter above says what it is about (as a chapter title of its own it keeps its words)
_EXPECTATIONS = re.compile(r"^\W*([\d.]+\s*)?wat (ouders|u|je|jij|leerlingen|kinderen|scholen)\b[^.]{0,60}\b(mogen|mag|kunnen|kan) verwachten\W*$",
                           re.IGNORECASE)


_DOCUMENT_TITLE = re.compile(r"\b(ondersteuningsplan|koersplan)\b|\b20\d\d\s*[-–]\s*(20)?\d\d\b", re.IGNORECASE)


def _heading_topic(heading: str, nested: bool = False) -> str:
    if nested and _EXPECTATIONS.match(heading):
        return "-"
    return _ORDINAL_PREFIX.sub("", heading) or heading


def _section_info(section: list[str], hits) -> tuple[frozenset, frozenset, bool, bool, bool, tuple]:
    """Hits of the section path and of the nearest heading; whether that heading is a preamble, a planning one or one
    over a list of documents; the hits of each heading of the path."""
    if not section:
        return hits(""), frozenset(), False, False, False, ()
    # (under the document's own title, "Ondersteuningsplan 2026-2030", a heading is a chapter title of its own)
    topics = [_heading_topic(h, nested=i > 0 and not _DOCUMENT_TITLE.search(section[i - 1])) for i, h in enumerate(section)]
    nearest = fold(section[-1])
    path = tuple(hits(match_text(fold_keep_case(t))) for t in topics)
    return (hits(match_text(fold_keep_case(" / ".join(topics)))), path[-1],
            _is_preamble_heading(section[-1], nested=len(section) > 1 and not any(_is_preamble_heading(h) for h in section[:-1])),
            bool(_PLANNING_HEADING.match(nearest)), bool(_DOCUMENT_LIST_HEADING.match(nearest)), path)


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Spans of [bracketed notes] in a draft ("[Tekst overnemen uit OP 2021-2025. Criteria nog afstemmen.]"); an
    unclosed bracket runs to the end of the block. Short brackets ("[1]", "[sic]") are references, not notes."""
    spans: list[tuple[int, int]] = []
    i = text.find("[")
    while i >= 0:
        j = text.find("]", i + 1)
        end = len(text) if j < 0 else j + 1
        if end - i > 12:
            spans.append((i, end))
        i = text.find("[", end)
    return spans


def clear_text_caches() -> None:
    """Forget what earlier documents taught the per-text caches (benchmarks measure a first check)."""
    from opcheck.text import fold_keep_case
    fold_keep_case.cache_clear()
    _is_reading_guide.cache_clear()
    _peripheral_section.cache_clear()
    from opcheck.concreteness import _KINDS_CACHE
    _KINDS_CACHE.clear()


# a table that maps topics to where they are written: "verdeling, besteding, meerjarenbegroting | pagina Financiën",
# "Toelaatbaarheid | hoofdstuk 6", "Basisondersteuning | bijlage 2"
_LOCATION_CELL = re.compile(r"^\W*(zie\s+)?((hoofdstuk|hfd?st?\.?|paragraaf|par\.|§|bijlage|pagina|webpagina|website|p\.|blz\.?)\s*[\w.]*"
                            # "H7", "H6a", "H 4.2", "H5 en H6"
                            r"|h\s?\d{1,2}[a-z]?(\.\d{1,2})*\b)", re.IGNORECASE)
LOCATION_CELL_WORDS = 6


def _points_elsewhere(row: list[str]) -> bool:
    cells = [c.strip() for c in row if c and c.strip()]
    return (len(cells) >= 2 and len(cells[-1].split()) <= LOCATION_CELL_WORDS
            and _LOCATION_CELL.match(cells[-1]) is not None)


def _placeholder_row(row: list[str]) -> bool:
    """A data row whose cells after the label hold no value: "Bureau en CAT | p.m. | p.m. | -"."""
    values = row[1:]
    return bool(values) and all(not any(ch.isalnum() for ch in c or "") or _PLACEHOLDER_ONLY.match(c) for c in values)


def build_passages(doc: Document) -> _Index:
    matcher = Matcher()
    hits = matcher.hits
    flags_cache: dict[str, tuple] = {}
    passages: list[Passage] = []
    annexes: set[str] = set()
    # per file: the last sentence before a list or table, its hits and its passage
    lead_in: dict[str, tuple[str, frozenset, Passage | None]] = {}
    no_lead = ("", frozenset(), None)
    by_section: dict[tuple, tuple] = {}   # most blocks share their section with the block before
    after_heading: dict[str, bool] = {}   # per file: the block before was a heading
    for block in doc.blocks:
        titled = after_heading.get(block.file, False)
        after_heading[block.file] = block.kind == HEADING
        if block.kind == HEADING:
            lead_in.pop(block.file, None)   # a sentence under the previous heading introduces nothing under this one
            m = _ANNEX_REF.search(block.heading_text)
            if m and fold(block.heading_text).startswith(("bijlage", "appendix")):
                annexes.add(m.group(1).lower())
            continue
        if block.zone not in EVIDENCE_ZONES or not block.text.strip():
            continue
        section_key = tuple(block.section)
        section_info = by_section.get(section_key)
        if section_info is None:
            section_info = by_section[section_key] = _section_info(block.section, hits)
        h_headings, h_near, preamble, planning, lists_documents, h_path = section_info
        if block.kind == TABLE and block.rows:
            header_text = " | ".join(c for c in block.rows[0] if c)
            h_header = hits(match_text(fold_keep_case(header_text)))
            # "De meerjarenbegroting is als volgt (bedragen x € 1.000):" introduces the table: its words join every row
            caption, h_caption, caption_passage = lead_in.get(block.file, no_lead)
            if caption_passage is not None and caption_passage.block.section == block.section:
                caption_passage.introduces = True   # "Daarom formuleren wij vier beoogde resultaten." over the table of them
            titled_by = None
            if caption and (caption.rstrip().endswith(":") or _POINTS_BELOW.search(caption)
                            or (len(caption.split()) <= 12 and not caption.rstrip().endswith((".", "!", "?", ";")))):
                # "Meerjarenbegroting (bedragen x € 1.000)": a table's title line names what its rows are
                h_header = h_header | h_caption
                titled_by = caption_passage
            elif titled and not caption:
                # "8.2 Meerjarenbegroting (x € 1.000)" straight above the table is its title
                h_header = h_header | h_near
            agenda = bool(_AGENDA_HEADER.search(header_text)) or _dated_agenda(block.rows)
            # a budget whose every figure is "p.m.": its header row promises amounts the table does not give
            empty_table = len(block.rows) > 1 and all(_placeholder_row(row) for row in block.rows[1:])
            # "Bijlagen" over a table of titles ("3 | Criteria en beoordelingskader toewijzing | Bijlagenboek"): it names
            # documents, as a lead-in listing them would
            annex_list = lists_documents and all(len(cell.split()) <= ANNEX_TITLE_WORDS for row in block.rows for cell in row if cell)
            for r, row in enumerate(block.rows):
                row_text = " | ".join(c for c in row if c).strip()
                if not row_text:
                    continue
                h_row = hits(match_text(fold_keep_case(row_text)))
                h_window = h_row if r == 0 else h_row | h_header
                passage = _make_passage(row_text, block, h_window, h_window, h_headings, h_near, flags_cache)
                passage.h_self = h_row   # the row's own cells: not the header ("Criteria") or a caption ("ons beleid")
                passage.h_path = h_path
                passage.agenda = (agenda and r > 0) or planning or (empty_table and r == 0)
                passage.caption = titled_by
                passage.lead_defers = annex_list or _points_elsewhere(row)
                passage.preamble = preamble
                passages.append(passage)
            continue
        sentences = split_sentences(block.text) or [block.text]
        if len(sentences) > 200:   # pathological block: treat as one passage per chunk
            sentences = [block.text[i:i + 400] for i in range(0, min(len(block.text), 80000), 400)]
        lead, h_lead, lead_source = lead_in.get(block.file, no_lead) if block.kind == LIST_ITEM else no_lead
        if lead_source is not None and lead_source.block.section == block.section:
            lead_source.introduces = True
        if lead:
            lead_flags = flags_cache.get(lead.strip())   # every item of a list asks about the same lead-in
            if lead_flags is None:
                lead_flags = flags_cache[lead.strip()] = _text_flags(lead.strip(), h_lead)
        lead_recital = bool(lead) and lead_flags[4]
        # "De uitwerking staat in andere documenten. Het gaat om:" -- short items under a lead-in that points elsewhere
        # (itself or by continuing the sentence before it) name those documents; they address nothing here
        lead_defers = lead_source is not None and (lead_source.referral or lead_source.deferred)
        if lead and any(lead_flags[:2]):   # deferred or referring
            h_lead = frozenset()   # a lead-in that defers ("beschrijven we later") lends its words to no item
        joins_lead = lead.rstrip().endswith(":")
        h_previous = h_lead
        previous_text = lead
        notes = _bracket_spans(block.text) if "[" in block.text else []
        cursor = 0
        for sentence in sentences:
            start = block.text.find(sentence, cursor)
            if start >= 0:
                cursor = start + len(sentence)
            editorial = bool(notes) and any(a <= start < b for a, b in notes)
            h_sentence = hits(match_text(fold_keep_case(sentence)))
            h_window = h_sentence | h_lead if joins_lead else h_sentence
            # Local coherence: a sentence belongs to a topic named in itself or in the sentence before it.
            passage = _make_passage(sentence, block, h_window, h_sentence | h_previous, h_headings, h_near, flags_cache)
            passage.h_self = h_sentence
            passage.h_path = h_path
            passage.preamble = preamble
            passage.agenda = planning
            passage.lead_recital = lead_recital
            # ("13 Andere documenten": "Reglement Toelaatbaarheid: de procedure en de criteria ..." names a document)
            passage.lead_defers = (lead_defers and len(sentence.split()) <= LEAD_LIST_ITEM_WORDS) or lists_documents
            passage.editorial = editorial
            passage.previous = previous_text
            passage.lead = lead_source
            if passages and (passages[-1].block is block or (
                    passages[-1].block.section == block.section and passages[-1].block.kind == PARAGRAPH
                    and block.kind == PARAGRAPH and passages[-1].block.file == block.file)):
                passage.before = passages[-1]   # "Daarin ..." may open a paragraph and continue the one before
                if passages[-1].block is block:
                    passages[-1].after = passage
            passages.append(passage)
            # a reading-guide sentence lends no topic to the next ("... de informatie aan ouders en de resultaten.
            # De hoofdstukken zijn zo geschreven dat ze los te lezen zijn.")
            h_previous = frozenset() if _is_reading_guide(sentence) else h_sentence
            previous_text = sentence
        if block.kind != LIST_ITEM:
            # "Wij willen dat iedere ouder weet welke hulp er is. Daarom:" -- a bare connective leads in with the
            # sentence before it
            if len(sentences) > 1 and len(sentences[-1].split()) < 4:
                lead_in[block.file] = (sentences[-1], h_previous | passages[-2].h_window, passages[-1])
            else:
                lead_in[block.file] = (sentences[-1], h_previous, passages[-1])
    by_term: defaultdict[int, list[int]] = defaultdict(list)
    by_headings: defaultdict[frozenset, list[int]] = defaultdict(list)
    for pos, p in enumerate(passages):
        p.pos = pos
        for term_id in p.h_window | p.h_context:
            by_term[term_id].append(pos)
        by_headings[p.h_headings].append(pos)
    return _Index(passages, annexes, matcher, dict(by_term), dict(by_headings))


# Policy still to be made: a policy-making verb together with a moment in the future
# ("wordt in schooljaar 2026-2027 herzien", "werken wij in het eerste planjaar uit", "stelt in 2027 een plan op").
_FUTURE = re.compile(
    r"\bin de (eerste|tweede) helft\b|"
    r"\b(in|voor|vóór|uiterlijk|tijdens|gedurende)\s+(het\s+|de\s+)?(eerste|tweede|derde|komende|volgende|eerstvolgende|nieuwe)\s+"
    r"(plan)?(jaar|jaren|schooljaar|schooljaren|planjaar|planperiode|periode|maanden)\b"
    r"|\b(in|na|voor|vóór|uiterlijk|eind|begin|medio|in de loop van)\s+(het\s+|de\s+)?((school|kalender)?jaar\s+|(voorjaar|najaar|zomer|zomervakantie|winter|begin|eind)\s+(van\s+)?"
    r"|(\d{1,2}\s+)?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+)?(?P<year>20\d\d)\b"
    r"|\b(in|na|voor|vóór) (het |de )?(komende )?(?P<season>voorjaar|najaar|zomer|zomervakantie|kerstvakantie|herfstvakantie)\b"
    r"|\bin de loop van (de|het|deze) (plan)?(periode|planperiode|schooljaar|jaar|komende)\b"
    r"|\b(in |vanaf |per )?(q[1-4]|het (eerste|tweede|derde|vierde) kwartaal( van)?) 20\d\d\b"
    r"|\b(in|tijdens|gedurende) (de|deze) (plan)?periode\b"
    r"|\b(dat|die|en) (ingaat|ingaan|in werking treedt|van kracht wordt) (op|per) \d{1,2} \w+ 20\d\d\b"
    r"|\b(later|binnenkort|op termijn|met ingang van)\b|\b(het|de|dit|deze) (komende|volgende|nieuwe) (jaar|schooljaar|planjaar|periode|maanden)\b",
    re.IGNORECASE)
_POLICY_VERB = re.compile(
    r"\b(uitwerken|uitgewerkt|opstellen|opgesteld|vaststellen|vastgesteld|herzien|herziening|bepalen|bepaald|ontwerpen|ontworpen|"
    r"ontwikkelen|ontwikkeld|inrichten|ingericht|formuleren|geformuleerd|uitwerking|beschrijven|beschreven|uitgewerkt|"
    r"vastleggen|(nadere|nieuwe) afspraken|afspraken (maken|vastleggen)|herijken|herijkt|herijking|vormgeven|vormgegeven|in kaart|in beeld|bouwen|opzetten|"
    r"herschrijven|herschreven|actualiseren|actualiseert|geactualiseerd|vernieuwen|vernieuwd|vernieuwt|verschijnt|verschijnen|"
    r"ingevuld|invullen|aangevuld|aanvullen|ingevoerd|invoeren|toegevoegd|toevoegen|ontwikkelt|formuleert|voorgelegd|voorleggen|onderzoekt|verkent|verkennen|"
    r"inventariseren|inventariseert|besluiten)\b"
    r"|\bvorm (kan |moet |zal )?krijgen\b"
    r"|\b(werk|werkt|werken|stel|stelt|stellen|richt|richten|leg|legt|leggen|pak|pakt|pakken|voer|voert|voeren|zoek|zoekt|zoeken)\b[^.]{0,150}\b(uit|op|vast|in)\b\s*[.,;]?\s*$"
    # "richt in de planperiode een steunpunt in, zoals de wet voorschrijft"
    r"|\b(richt|richten)\b[^.,;]{0,120}\bin\s*[,;]"
    r"|\b(werk|werkt|werken|stel|stelt|stellen|leg|legt|leggen|pak|pakt|pakken|voer|voert|voeren)\s+(we|wij|het \w+|de \w+)?\b[^.]{0,120}\b(uit|op|vast)\b"
    r"|\b(publiceren|publiceert|gepubliceerd|vernieuwd|vernieuwen|lanceren|gelanceerd)\b|\b(gaat|gaan) live\b|\blive (gaat|gaan)\b"
    r"|\b(herziet|herzie)\b|\b(laat|laten)\b[^.]{0,80}\b(maken|opstellen|uitvoeren|uitwerken|onderzoeken)\b"
    r"|\b(analyse|plan|overzicht|inventarisatie|keuze|afspraken|nulmeting|verkenning)\w* (\w+ )?(maken|uitvoeren|opstellen)\b|\bin gesprek\b"
    r"|\b(maken|maakt|maak)\b[^.]{0,60}\b(aanpak|plan|afspraken|regeling|overzicht|analyse|protocol|kader|model)\w*\b"
    r"|\b(praten|overleggen|spreken) (we|wij)\b|\b(besluit|besluiten) (het|de) (bestuur|besturen|algemene vergadering|raad)\b"
    # "Met ingang van 1 augustus 2027 werkt Kempenrand met een nieuw verdeelmodel." (and says no more about it)
    r"|\b(werkt|werken) (\w+ ){0,2}met (een )?nieuwe? [\w-]+\s*\.?\s*$"
    # "Een analyse van witte vlekken ... maken wij in 2027."
    r"|\b(maken|doen|schrijven) (we|wij)\b"
    r"|\b(analyse|inventarisatie|nulmeting|onderzoek|verkenning)\w*\b[^.]{0,150}\b(wordt|worden)\b[^.]{0,60}\b(uitgevoerd|gemaakt|opgesteld|gedaan)\b"
    r"|\b(krijgt|krijgen|komt|komen)\b[^.]{0,40}\bnieuwe versie\b|\bter (instemming|vaststelling|besluitvorming|goedkeuring|advisering) (voor|naar)\b",
    re.IGNORECASE)
_PAST = re.compile(r"\b(hebben|heeft|hadden|had|werd|werden|is in 20\d\d)\b"
                   r"|\b(is|zijn)\b[^.]{0,60}\b(vastgesteld|uitgewerkt|opgesteld|ingericht|ontwikkeld|herzien|geformuleerd|bepaald|"
                   r"beschreven|vastgelegd|afgesproken|gemaakt)\b", re.IGNORECASE)


_RECURRING = re.compile(r"\b(elk|ieder|elke|iedere) (jaar|schooljaar)\b|\b(één|een|eenmaal|twee|drie|\d) (keer|maal) per (jaar|schooljaar)\b|\bjaarlijks\b|\bsteeds\b|\btelkens\b|\bieder\w* (voorjaar|najaar)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(die|dat|welke|wat|zoals|nadat|zodra|wanneer|totdat|als)\b[^,;:.]{0,60}$", re.IGNORECASE)


def _past(text: str) -> bool:
    """A past tense in the main clause ("hebben we in 2025 vastgesteld"); one inside a relative clause ("de norm
    die het ministerie heeft aangekondigd") says nothing about the sentence's own plans."""
    return any(not _RELATIVE_BEFORE.search(text, 0, m.start()) for m in _PAST.finditer(text))


# a past participle ("vastgesteld", "gemaakt", "uitgewerkt"): with an auxiliary it makes a past clause, where "welke
# kinderen nu geen passende plek hebben" is present tense
_PARTICIPLE = re.compile(r"\b(\w+)?ge\w{3,}(d|t)\b", re.IGNORECASE)


def _future_policy(text: str) -> bool:
    m = _FUTURE.search(text)
    if not m or _past(text) or not _POLICY_VERB.search(text):
        return False
    if _LEADS_IN.search(text):
        return False   # "Voor de nieuwe planperiode formuleren we de volgende beoogde resultaten:" presents them here
    if text[:m.start()].rstrip().lower().endswith(("zoals", "bijvoorbeeld")):
        return False   # an example of what was done: "... of er een nieuw arrangement komt, zoals in 2024 de zorggroep ..."
    # the moment inside a past clause of its own: "het verdeelmodel dat de AV in 2025 heeft vastgesteld: ..."
    start = max(text.rfind(c, 0, m.start()) for c in ",;:") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ",;:") if i >= 0]
    clause = text[start:min(ends) if ends else len(text)]
    if _PAST.search(clause) and _PARTICIPLE.search(clause):
        return False
    # the moment and the verb on either side of a colon: "het Loket stelt dan een arrangement vast: in het eerste jaar
    # na de overstap begeleidt ..." is today's procedure followed by what happens in that year
    colon = text.find(":", m.end())
    if not _POLICY_VERB.search(text, text.rfind(":", 0, m.start()) + 1, colon if colon >= 0 else len(text)):
        return False
    if m.group("season") and _RECURRING.search(text):
        return False   # "elk jaar in het najaar stelt het bestuur de verdeling vast" is routine, not a promise
    year = m.group("year")
    # a plan runs four years: "in 2024" in a plan for 2024-2028 still lies ahead of the plan's readers
    return year is None or int(year) >= _THIS_YEAR - 3


_VAGUE_KEYS = ("belangrijk", "aandacht", "zorg", "stre", "mogelijk", "kanalen", "manieren", "wegen", "middelen", "te veel", "principe", "nodig", "hoofdlijnen", "bepalen zelf", "zetten in", "onderzoeken",
               "bekeken", "vermogen", "maatwerk", "acceptabel", "aanvaardbaar", "wenselijk")


# a pointer into the document the sentence before names ("Daarin staan de werkwijze en de criteria"); into a monitor or
# a table described here it is content ("Ieder jaar maken we de monitor. Daarin staan de cijfers van alle doelen.")
_POINTS_INTO = re.compile(r"^\W*(daarin|hierin) (staan|staat|worden|wordt|zijn|is) (ook )?(onder (meer|andere) )?(beschreven |opgenomen |vastgelegd )?"
                          r"(de|het|alle)\b", re.IGNORECASE)
_NAMES_DOCUMENT = re.compile(r"\b\w*(handboek|protocol|reglement|regeling|notitie|kader|beleidsplan|document|wijzer|routekaart)\w*\b", re.IGNORECASE)
# "Daarnaast ..." adds something of its own: it takes the sentence before as its topic (a recital goes on), not its
# deferral or reference ("De uitkomsten staan in het jaarverslag op de website. Daarnaast evalueren we ...")
_ADDS = re.compile(r"^\W*(daarnaast|ook|verder|bovendien|tevens)\b", re.IGNORECASE)
_POINTS_BACK_AT_END = re.compile(r"\b(daar|hier)(bij|mee|in|voor|over|aan|naar)\W*$", re.IGNORECASE)
_REFERS_BACK = re.compile(r"^\W*(dat|dit|deze|die|daar\w*|hier\w*|zo'?n?|zij|hij|het gaat (onder meer |onder andere |daarbij |dan )?om|in (dat|dit|die|deze) (kader|document|plan|stuk|notitie|analyse|inventarisatie|evaluatie|verkenning|rapportage|overzicht)|"
                          r"(op basis|aan de hand|naar aanleiding) (van )?(daarvan|hiervan|die|deze|dat|dit)\b)\b", re.IGNORECASE)


def _is_recital(text: str) -> bool:
    low = text.lower()
    return ("wet" in low or "artikel" in low or "art." in low or "moet" in low or "dient" in low) and bool(_LEGAL_RECITAL.search(text))


def _keys(words) -> re.Pattern:
    """One literal scan for a pre-check (cheaper than a Python loop over the words)."""
    return re.compile("|".join(re.escape(w) for w in words))


_VAGUE_KEY_RE = _keys(_VAGUE_KEYS)
_FUTURE_HINT = re.compile(r"20\d\d|ingaat|kwartaal|periode|later|binnenkort|termijn|in de loop|eerste|tweede|derde|komende|volgende|nieuwe|voorjaar|najaar|zomer|vakantie|ingang")


# The same keys as checklist-style terms: with the matcher's hits the prefilter is a set test, not a scan.
_VAGUE_GATE = TermSet(["belangrijk*", "aandacht*", "zorg", "stre*", "mogelijk", "kanalen", "manieren", "wegen", "middelen", "veel", "principe", "nodig", "hoofdlijnen", "bepalen",
                       "zetten", "onderzoeken", "bekeken", "vermogen", "maatwerk", "acceptabel", "aanvaardbaar", "wenselijk"]).ids
_FUTURE_GATE = TermSet(["#", "ingaat", "ingaan", "later", "binnenkort", "termijn", "loop", "kwartaal", "periode", "planperiode", "q1", "q2", "q3", "q4", "eerste", "tweede", "derde", "komende", "volgende", "nieuwe", "ingang",
                        "*voorjaar", "*najaar", "*zomer", "zomer*", "*vakantie"]).ids


def _is_vague(text: str, hits: frozenset[int] | None = None) -> bool:
    if hits is not None:
        return not _VAGUE_GATE.isdisjoint(hits) and bool(_VAGUE.search(text))
    return _VAGUE_KEY_RE.search(text.lower()) is not None and bool(_VAGUE.search(text))


def _is_deferred(text: str, hits: frozenset[int] | None = None) -> bool:
    """hits: the checklist term ids in text (or a superset); they let most alternatives be skipped."""
    low = text.lower()
    if (_DEFERRED.search(text, hits) or _DEFERRED_HEAD.match(text) or _PLACEHOLDER_ONLY.match(text)
            or (_tail_may_defer(low) and _DEFERRED_TAIL.search(text, max(0, len(text) - 40))
                and not _FOLLOWS_A_COURSE.search(text))):
        return True
    if hits is not None and _FUTURE_GATE.isdisjoint(hits):
        return False
    return _FUTURE_HINT.search(low) is not None and _future_policy(text)


def _is_referral(text: str, hits: frozenset[int] | None = None) -> bool:
    return _REFERRAL.search(text, hits)


# A planning table ("Onderwerp | Eigenaar | Gereed") lists work still to be done: its rows address nothing yet.
# a timeline of work to come: "Wanneer | Wat" over "2026-2027 | Kwaliteitskader", "2029 | Start voorbereiding nieuw plan"
# (not figures by year: "Schooljaar | Aantal TLV's" over "2024-2025 | 45")
_WHEN_HEADER = re.compile(r"^\W*(wanneer|periode|jaar|schooljaar|tijdpad|termijn|datum|moment|planning)\W*$", re.IGNORECASE)
_WHEN_CELL = re.compile(r"^\W*((\d{1,2} \w+ |(voorjaar|najaar|zomer|begin|eind|medio) )?20\d\d(\s?[-–/]\s?(20)?\d\d)?|(q[1-4]|kwartaal \d) 20\d\d)\W*$", re.IGNORECASE)


def _dated_agenda(rows: list[list[str]]) -> bool:
    if len(rows) < 3 or len(rows[0]) < 2 or not _WHEN_HEADER.match(rows[0][0] or ""):
        return False
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    return all(_WHEN_CELL.match(row[0] or "") and not any(ch.isdigit() for cell in row[1:] for ch in cell) for row in body)


_AGENDA_HEADER = re.compile(r"\b(gereed|deadline|actiehouder|eigenaar|opleverdatum|klaar (in|op|voor)|uiterlijk gereed|planning|verwacht|opsteller|status)\b",
                            re.IGNORECASE)
# Forewords, reading guides and mission statements announce what the plan will say; they do not say it.
_PREAMBLE = re.compile(r"(?<![-\w])(voorwoord|woord vooraf|leeswijzer|colofon|colophon|impressum|samenvatting|managementsamenvatting|"
                       r"landelijke ontwikkelingen|landelijke context|landelijke veranderingen|wat er landelijk (verandert|gebeurt|speelt)|ontwikkelingen in het onderwijs|ontwikkelingen die op (ons|het samenwerkingsverband|het verband) afkomen|ontwikkelingen in onze omgeving|ontwikkelingen in de omgeving|ontwikkelingen om ons heen|dilemma'?s|"
                       r"in (een|één|1) oogopslag|totstandkoming|tot stand gekomen|hoe (is )?dit plan (is )?(gemaakt|tot stand|ontstaan|vastgesteld)|tot slot|dankwoord|"
                       r"kort samengevat|in het kort|over dit plan|over dit document|wat staat er in dit (ondersteunings)?plan|visie|missie|kernwaarden|waar staan (we|wij) voor|waar (we|wij) voor staan|welkom|wat is een ondersteuningsplan|wat is passend onderwijs( eigenlijk)?|"
                       r"aanleiding|ten geleide|inleiding|inleiding en leeswijzer|wat is er veranderd|wat verandert er|opbouw van (het|dit) (ondersteunings)?(plan|document)|wettelijk\w* kader\w*|wet- en regelgeving|"
                       r"juridisch\w* kader\w*|wettelijke (basis|grondslag|eisen|opdracht)|wat (de wet|de wetgever|de wpo|de wvo) (van ons |van het samenwerkingsverband )?(vraagt|eist|verlangt|zegt|voorschrijft)|(waarom|over|lezen van) dit (ondersteunings)?plan|waarom een ondersteuningsplan)\b", re.IGNORECASE)
# Recitals of what the law asks ("Op grond van de wet omvat het plan in elk geval ...") are not the plan's content.
_LEGAL_RECITAL = re.compile(r"\b(de wet|wettelijk\w*|artikel 1[78]a|art\. ?1[78]a|de wpo|de wvo|wet op het (primair|voortgezet))\b"
                            r"[^.]{0,120}\b(omvat|bevat|moet|moeten|schrijft voor|vraagt|verplicht|verplichten|eist|brengt|introduceert|beschrijft|noemt|noemen|somt op|voorziet in|voorziet onder meer in|regelt|(krijgt|krijgen) (ieder \w+ )?de opdracht)\b"
                            # "In de wet staat ook welke onderwerpen in het plan aan bod komen, zoals ..."
                            r"|\bin de wet staat\b[^.]{0,40}\b(welke|wat)\b"
                            # "Het samenwerkingsverband heeft vier wettelijke taken: ..."
                            r"|\b(heeft|hebben|kent|kennen) (\w+ )?(de )?wettelijke (taken|taak|opdracht)\b|\bis een wettelijke (opdracht|taak|plicht)\b|\bonze wettelijke (opdracht|taak) (is|luidt)\b"
                            # "Met de Wet versterking positie ouders en leerlingen krijgt ieder samenwerkingsverband een steunpunt."
                            r"|\b(wet|wetsvoorstel|wetswijziging)\b[^.]{0,80}\b(krijgt|krijgen|moet|moeten|verplicht|verplichten) (ieder|elk|alle) \w+\b"
                            # "Het moet onder meer beschrijven welke voorzieningen er zijn, ..." (the plan, named before)
                            r"|^\W*het (moet|dient)\b[^.]{0,30}\b(bevatten|beschrijven|omvatten)\b"
                            # "Vanaf 2025 moet elk samenwerkingsverband een ouder- en jeugdsteunpunt hebben."
                            r"|\b(moet|moeten) (ieder|elk|alle) samenwerkingsverband(en)?\b|\b(ieder|elk) samenwerkingsverband (moet|dient)\b"
                            r"|\bhet (ondersteunings)?plan (moet|dient)\b[^.]{0,80}\b(bevatten|beschrijven|omvatten)\b"
                            # "Het samenwerkingsverband moet volgens de nieuwe wet een ouder- en jeugdsteunpunt hebben."
                            r"|\b(moet|moeten|dient|dienen)\b[^.]{0,30}\bvolgens de (nieuwe )?wet\b|\bvolgens de (nieuwe )?wet\b[^.]{0,60}\b(moet|moeten|dient|dienen)\b",
                            re.IGNORECASE)
# A heading that is nothing but "Uitgangspunten" (principles) or a planning section ("Planning 2026-2030", "Tijdpad").
_PRINCIPLES_HEADING = re.compile(r"^\W*(artikel\s+)?[\d.]*\s*(onze |algemene )?(uitgangspunten|principes|kernwaarden|waar we voor staan)\W*$",
                                 re.IGNORECASE)
_PLANNING_HEADING = re.compile(r"^\W*(artikel\s+|hoofdstuk\s+|deel\s+|bijlage\s+)?([a-h](?=\d))?[\d.]*\s*[-–:]?\s*(hoe ziet de planning|wat is de planning|planning|tijdpad|tijdlijn|jaarplanning|meerjarenplanning|activiteitenplanning|jaaragenda|meerjarenagenda|werkagenda|vooruitblik|de komende (vier )?(jaar|jaren)|"
                               r"ontwikkelagenda|ontwikkelopgaven|implementatie|implementatie en planning|actiepunten|actieplan|wat werken (we|wij) (nog )?uit|nog uit te werken|nog te ontwikkelen|nog te doen|ontwikkelpunten|openstaande punten|wat gaan (we|wij) wanneer doen|wat doen (we|wij) wanneer|wanneer doen (we|wij) wat|planning en jaarcyclus|uitvoeringsagenda|wat volgt|vervolgstappen|vervolg|roadmap|"
                               r"(bijlage\W*)?overzicht van (de )?uitwerkingsdocumenten|uitwerkingsdocumenten)\b", re.IGNORECASE)
_NOT_PREAMBLE = re.compile(r"\b(ambitie|ambities|doel|doelen|resultaat|resultaten|speerpunt)", re.IGNORECASE)


def _is_preamble_heading(heading: str, nested: bool = False) -> bool:
    """nested: the heading sits under a chapter ("8 Financieel beleid" > "8.1 Uitgangspunten"): a chapter's own
    principles are its content, only a plan-level "Uitgangspunten" chapter is preamble."""
    text = fold(heading)
    if _ANNEX_TITLE_REF.match(text):
        return False   # "Bijlage 4 Ondersteuningsprofielen-samenvatting": an annex is part of the plan's content
    return (bool(_PREAMBLE.search(text)) and not _NOT_PREAMBLE.search(text)) or (
        not nested and bool(_PRINCIPLES_HEADING.match(text)))


_WEB = re.compile(r"\b(website|site|webpagina|ouderpagina|ouderportaal|www\.\S+|\S+\.nl)\b", re.IGNORECASE)
# what parents are handed ("iedere vestiging beschrijft haar extra ondersteuning in de schoolgids") is a channel itself
_PARENT_CHANNEL = re.compile(r"\b(schoolgids\w*|ouderkrant|ouderfolder|folder|brochure|nieuwsbrief|ouderavond\w*|informatieavond\w*|voorlichtingsavond\w*)\b",
                             re.IGNORECASE)
# described in a document that is itself on the website ("is beschreven in ons communicatieplan, dat op de website staat"):
# the website is where the document is, not the channel
_IN_A_DOCUMENT = re.compile(r"\b(beschreven|vastgelegd|uitgewerkt|opgenomen|staat|staan|te vinden|na te lezen) in (het|de|ons|onze|een) "
                            r"(apart\w* |afzonderlijk\w* )?\w*(plan|notitie|protocol|document|kader|handboek|regeling|reglement)\b",
                            re.IGNORECASE)
_CHAPTER_REF = re.compile(r"\b(hoofdstuk|paragraaf|§)\s*\d+", re.IGNORECASE)
_READING_GUIDE = re.compile(r"^\W*(in )?(hoofdstuk|paragraaf|§)\s*\d+(\.\d+)*\s+(gaat|gaan|beschrijft|beschrijven|behandelt|bevat|staat|staan|over|komt|komen|wordt|worden)\b",
                            re.IGNORECASE)


_HEADING_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.\d{1,2}\.?\s+[A-Z]")
_PLAN_OUTLINE = re.compile(r"^\W*(in )?(dit|het|deze) (ondersteunings)?(plan|document|hoofdstuk|deel) (beschrijven|behandelen|bespreken|lees je|leest u) (we|wij)?\b"
                           r"|^\W*(dit|deze) (hoofdstuk|paragraaf|deel) (beschrijft|behandelt|bespreekt|gaat over|laat zien)\b"
                           r"|\b(beschrijven|behandelen|bespreken) (we|wij) (achtereenvolgens|hierna|vervolgens|eerst)\b"
                           r"|\bin de (volgende |komende )?(hoofdstukken|paragrafen)( hieronder| hierna)? (leest|lees|beschrijven|vindt)\b"
                           r"|\b(verderop|hierna|hieronder) in (dit|het) (plan|document)\b"
                           # "Het plan is geschreven voor schoolbesturen, leraren, ouders en onze partners."
                           r"|^\W*(dit|het) (ondersteunings)?(plan|document) is (geschreven|bedoeld) voor\b"
                           # "Het plan beschrijft onder meer de basisondersteuning, ..."
                           r"|^\W*(dit|het) (ondersteunings)?(plan|document) (beschrijft|behandelt|bevat) (onder meer|onder andere|achtereenvolgens)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)   # asked while building passages (for the next sentence's context) and again for flags
def _is_reading_guide(text: str) -> bool:
    """Leeswijzer sentences ("Hoofdstuk 7 gaat over ...", "In dit plan beschrijven we achtereenvolgens ...")
    describe the plan's structure, not its content."""
    low = text.lower()
    if ("beschrij" in low or "behandel" in low or "bespre" in low or "lees" in low or "verderop" in low
            or "hierna" in low or "hieronder" in low or "gaat over" in low or "laat zien" in low or "geschreven" in low
            or "bedoeld" in low) and _PLAN_OUTLINE.search(text):
        return True
    if text.count(".") >= 3 and len(_HEADING_NUMBER.findall(text)) >= 3:
        return True   # "6 Toelaatbaarheid 6.1 Aanvraag 6.2 Besluitvorming 6.3 Criteria": a table of contents in the body
    if "hoofdstuk" not in low and "paragraaf" not in low and "§" not in low:
        return False
    return len(_CHAPTER_REF.findall(text)) >= 2 or bool(_READING_GUIDE.match(text))


def _make_passage(text: str, block: Block, h_window: frozenset, h_context: frozenset, h_headings: frozenset,
                  h_near: frozenset, flags_cache: dict | None = None) -> Passage:
    refers_back = _REFERS_BACK.match(text.strip()) is not None
    return Passage(text=text, block=block, h_window=h_window, h_context=h_context, h_headings=h_headings,
                   h_near=h_near, refers_back=refers_back, continues=refers_back and not _ADDS.match(text),
                   flags_cache=flags_cache)


_YEAR_CELL = re.compile(r"^\W*(20\d\d)(\s?[-/]\s?(20)?\d\d)?\W*$")


_FIGURE_CELL = re.compile(r"^[\s€%+\-–.,()x/]*\d[\d\s€%+\-–.,()x/]*$")


def _is_figures_row(row_text: str) -> bool:
    """A label and nothing but numbers: "Afgegeven TLV's (schooljaar) | 58 | 61 | 64"."""
    cells = [c.strip() for c in row_text.split(" | ")]
    values = [c for c in cells[1:] if c]
    return len(cells) >= 2 and bool(values) and all(_FIGURE_CELL.match(c) for c in values)


def _is_budget_table(block: Block) -> bool:
    """A multi-year table: two or more header cells that are years ("2026", "2026-2027")."""
    header = block.rows[0] if block.rows else []
    return sum(1 for cell in header if _YEAR_CELL.match(cell or "")) >= 2


_PAREN_ASIDE = re.compile(r"\([^()]{0,400}\)|\s[-–]\s[^.]{0,400}?\s[-–]\s")
# "(bijlage 6)", "(zie bijlage 2)", "(zie elders in dit plan)": the details are elsewhere, the sentence only names them
_BARE_ANNEX = re.compile(r"\((zie )?(de |het )?bijlage\s+([0-9]+|[ivxlc]+|[a-h])\)"
                         # ("(zie hoofdstuk 9)" points to another chapter of this plan: the sentence's content is here)
                         r"|\(\s*zie\b(?!\s+(ook\s+)?(hoofdstuk|paragraaf|par\.|§)\s*\d+(\.\d+)*\s*\))[^()]{0,60}\)"
                         # "(Deel B, hoofdstuk 2)": another part of a plan published in parts ("(hoofdstuk 4)" alone points
                         # inside this document)
                         r"|\(\s*deel [a-d1-4]\b[^()]{0,40}\)", re.IGNORECASE)


# "Deel C – Financieel kader: verdeelmodel en meerjarenbegroting (afzonderlijk document)"
_SEPARATE_DOC = re.compile(r"\((afzonderlijk|apart)\w* (document|stuk|deel|publicatie)\)"
                           # a download link: "Verdeelmodel ondersteuningsmiddelen (pdf)"
                           r"|\((pdf|docx?|xlsx?)\b[^)]{0,20}\)\s*$", re.IGNORECASE)


def _text_flags(stripped: str, hits: frozenset[int] | None = None) -> tuple:
    """What a sentence does besides its content (defer, refer, hedge, ask, recite). build_passages caches it
    per document, because plans repeat sentences (list lead-ins, table headers, boilerplate)."""
    if hits is not None:
        hits = _GATE_IDS.intersection(hits)   # once, so the many gated tests below intersect a handful of ids
    has_annex = "ijlage" in stripped or "ppendix" in stripped
    annex_refs = tuple(m.group(1).lower() for m in _ANNEX_REF.finditer(stripped)) if has_annex else ()
    annex_title = has_annex and bool(_ANNEX_TITLE_REF.match(stripped)) and len(stripped.split()) <= 15
    # A reference inside brackets or dashes points at the aside only ("toetst aan het Referentiekader (bijlage 5, niet
    # opgenomen in deze publicatie)" still says what the audit does), except a bare "(bijlage 6)" after what it details.
    # (a dash aside closes a clause: "Hoe het aanbod samenhangt - van basis tot speciaal - brengen we in beeld in ...")
    core = (_PAREN_ASIDE.sub(lambda m: " " if m.group(0).startswith("(") else ", ", stripped)
            if ("(" in stripped or " - " in stripped or " – " in stripped) else stripped)
    referral = (annex_title or len(annex_refs) >= 2 or _is_referral(core, hits) or _is_reading_guide(core)
                or ("(" in stripped and (_BARE_ANNEX.search(stripped) is not None or _SEPARATE_DOC.search(stripped) is not None)))
    return (_is_deferred(stripped, hits), referral, _is_vague(stripped, hits), stripped.endswith("?"),
            _is_recital(stripped) or _lists_the_elements(stripped), annex_refs)


# The plan's topics named in one breath ("Kort samengevat gaat het om de basisondersteuning, de verdeling en besteding
# van de middelen, de toelaatbaarheid ..., de terugplaatsing ..., de beoogde en bereikte resultaten en de informatie
# aan ouders"): a list of what a plan holds, like the law's, not what this plan says about any of them.
_ELEMENT_TOPICS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\bbasisondersteuning", r"\b(toelaatba\w*|toelating|toewijzing|speciaal \(?basis\)?onderwijs|speciaal onderwijs)", r"\b(terugplaats\w*|terugkeer|terugstroom)",
    r"\b(middelen|verdeling|verdeelmodel|meerjarenbegroting|financi\w+)\b", r"\b(dekkend\w*|ondersteuningsaanbod|continu\w+)",
    r"\bresultaten\b", r"\bouders\b"))
ELEMENT_TOPICS_LISTED = 5


def _lists_the_elements(text: str) -> bool:
    if len(text) < 100 or text.count(",") < 2:
        return False
    return sum(1 for topic in _ELEMENT_TOPICS if topic.search(text)) >= ELEMENT_TOPICS_LISTED


# every term id a flag test is gated on
_GATE_IDS = frozenset().union(_DEFERRED.gate_ids, _REFERRAL.gate_ids, _FUTURE_GATE, _VAGUE_GATE)


def _in_element_context(p: Passage, element: Element) -> bool:
    scope = element.scope.ids if element.scope else None
    if scope and not (scope.isdisjoint(p.h_window) and scope.isdisjoint(p.h_context)):
        return True
    return bool(element.headings) and not element.headings.ids.isdisjoint(p.h_headings)


def _match_target(p: Passage) -> frozenset:
    """The hits a pattern must find: the sentence, with the one before where it continues that one (a list item
    after its lead-in, a sentence opening with "Dat"/"Daarin")."""
    return p.h_context | p.h_window if (p.block.kind == LIST_ITEM or p.continues) else p.h_window


def _pattern_hits(p: Passage, pattern: Pattern, element: Element, checked_context: bool = False) -> bool:
    if checked_context:
        pass
    elif pattern.context is not None:
        if not (pattern.context.hit(p.h_window) or pattern.context.hit(p.h_context) or pattern.context.hit(p.h_headings)):
            return False
    elif not _in_element_context(p, element):
        return False
    # A thought runs over two sentences when the second points back ("Alle scholen spraken af wat elke school
    # biedt. Dat noemen we de basisondersteuning.") or within one list item: read those together. Elsewhere all
    # required groups stand in one sentence.
    target = _match_target(p)
    for group in pattern.require:
        if group.ids.isdisjoint(target):
            return False
    return True


# "streeft het samenwerkingsverband naar de volgende resultaten:" says these are intended results, figures or not
_NAMES_RESULTS = re.compile(r"\b(beoogde|te bereiken|volgende|gewenste) resultaten\b|\bbeoogd resultaat\b|\bstreefwaarde", re.IGNORECASE)
_MEASURABLE_KINDS = frozenset({"percentage", "count", "amount"})   # (a year alone, "ambities voor 2025-2029", is no target)


def _counts(p: Passage, criterion: Criterion, element: Element) -> bool:
    if p.deferred or p.question or p.recital or p.preamble:
        return False
    if p.block.kind == PARAGRAPH and len(p.text) < 160 and (len(_NUMBERING.sub("", p.text).split()) < 4 or _is_label_line(p)):
        return False   # "6.2 Criteria." is a label (often a heading typed as a paragraph), not a statement
    if p.vague and not criterion.vague_counts:
        return False
    if _announces_deferral(p) or _POINTER.match(p.text) or p.not_own or (
            # "Tot slot hoorden wij dat ... Dit punt hebben wij ingebracht in het overleg." goes on about the same
            p.continues and p.before is not None and p.before.not_own):
        return False
    if not criterion.budget_rows_count and p.block.kind == TABLE and _is_budget_table(p.block) and not _STATES_A_KEY.search(p.text):
        return False   # (a row with its key, "Schoolbudget | € 120 per leerling naar het bestuur | € 1.000.000", does say how)
    if not criterion.figure_rows_count and p.block.kind == TABLE and _is_figures_row(p.text):
        return False
    if p.referral and (not criterion.allow_referral or p.annex_refs or not (_WEB.search(p.text) or _PARENT_CHANNEL.search(p.text))
                       or _IN_A_DOCUMENT.search(p.text)
                       or len(p.text.split()) < 6) and _words_beside_asides(p.text) <= REFERRAL_MAX_WORDS \
            and not _names_own_section(p):
        return False   # allow_referral covers "on our website" as a channel for parents, never an annex or old plan
    if (criterion.measurable_under and criterion.measurable_under.hit(p.h_near) and not _MEASURABLE_KINDS & concreteness.signals_of(p)
            and not _NAMES_RESULTS.search(_with_its_lead(p))):
        return False
    # (a list item takes its lead-in's exclusion with its words: items under "De commissie geeft een TLV af als:" are
    # criteria, not steps of the procedure; a second sentence in an item goes on from the first)
    if criterion.exclude_sentence and (criterion.exclude_sentence.hit(p.h_self if p.h_self is not None and p.block.kind != LIST_ITEM
                                                                      else _item_words(p))
                                       or (p.refers_back and criterion.exclude_sentence.hit(p.h_context))):
        return False
    if criterion.exclude_after and ((p.block.kind == LIST_ITEM and p.lead is not None and _lead_words(p.lead, criterion.exclude_after))
                                     # (a two-column table under "de volgende doelen:": goal and target, no way of measuring;
                                     # a wider one may name the source and frequency)
                                     or (p.caption is not None and len(p.block.rows[0]) <= 2
                                         and _lead_words(p.caption, criterion.exclude_after))):
        return False
    if criterion.exclude_under and (criterion.exclude_under.hit(p.h_near) or (
            criterion.exclude_under.hit(p.h_headings) and not (element.headings and element.headings.hit(p.h_headings)))):
        return False   # (the nearest heading decides: "2.1 Terugblik op het vorige plan" under a results chapter too)
    if criterion.exclude:
        if ((criterion.exclude.hit(p.h_window) or criterion.exclude.hit(p.h_context))
                and not (criterion.percentage_beats_exclude and "percentage" in concreteness.signals_of(p)
                         and (_excluded_by_own_words_only(p, criterion.exclude)
                              # "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld: ten minste 85%
                              # van de leerlingen met een OPP ..." after a sentence about the OPP: the sentence says what it is
                              or (_NAMES_RESULTS.search(p.text) is not None and p.h_self is not None
                                  and not criterion.exclude.hit(p.h_self))))):
            return False
        # A heading about something else (e.g. thuiszitters) excludes, unless it also names this element.
        if criterion.exclude.hit(p.h_near) and not (element.headings and element.headings.hit(p.h_near)):
            return False
    alone, unless = criterion.exclude_alone, criterion.exclude_unless
    if alone and any(alone.hit(words) and not (unless and unless.hit(words)) for words in (p.h_window, p.h_context)):
        return False
    if alone and alone.hit(p.h_near) and not (unless and unless.hit(p.h_near)) and not (element.headings and element.headings.hit(p.h_near)):
        return False
    return True


OWN_SECTION_NAME_CHARS = 12


def _names_own_section(p: Passage) -> bool:
    """The document a sentence points to is the section it stands in: "Dat hebben de besturen vastgelegd in de
    Duin-Rijn-Veen-belofte" under the heading "De Duin-Rijn-Veen-belofte" (no annex, no website)."""
    if not p.block.section or p.annex_refs or _WEB.search(p.text):
        return False
    raw = re.sub(r"^(de|het|een|onze|ons)\s+", "", _NUMBERING.sub("", p.block.section[-1]).strip(), flags=re.IGNORECASE)
    if not _PROPER_NAME.search(raw):
        return False   # "6.3 Toetsingskader" names the document it points to, not content of its own
    title = fold(raw)
    return len(title) >= OWN_SECTION_NAME_CHARS and title in fold(p.text)


_PROPER_NAME = re.compile(r"(?<=\s)[A-Z]|[A-Z]\w*-[A-Z]")


_STATES_A_KEY = re.compile(r"\bper (leerling|plaats|school|vestiging)\b[^|]{0,40}\bnaar (het|de) (school)?(bestuur|besturen|scholen)\b"
                           r"|\bnaar rato\b|\bverdeelsleutel\b", re.IGNORECASE)


def _excluded_by_own_words_only(p: Passage, exclude: TermSet) -> bool:
    """The excluding words stand in the sentence itself, not in a table header, lead-in or the sentence before."""
    own = p.h_self
    return own is not None and not exclude.hit(p.h_window - own) and not exclude.hit(p.h_context - own)


def _lead_words(lead: Passage, terms) -> bool:
    """The lead-in of a list, with the sentence before it in its paragraph ("Wij willen het volgende bereiken. Aan het
    eind van 2030:"), names one of the terms."""
    return terms.hit(lead.h_window) or (lead.before is not None and lead.before.block is lead.block
                                        and terms.hit(lead.before.h_window))


def _with_its_lead(p: Passage) -> str:
    """The sentence with what says what it is: a list item's lead-in, a table row's header row ("Beoogd resultaat |
    Nulmeting 2024-2025 | Streefwaarde 2029-2030")."""
    if p.block.kind == LIST_ITEM:
        return f"{p.previous} {p.text}"
    if p.block.kind == TABLE and p.block.rows:
        return " | ".join(c for c in p.block.rows[0] if c) + " " + p.text
    return p.text


def _item_words(p: Passage) -> frozenset:
    """A list item's words for exclusions: the sentence with its lead-in when a colon joins them, and with the sentence
    before it in the same item. A bare lead-in that does not refer back ("Toch zijn er jongeren die geen passende plek
    hebben. Onze aanpak:") lends only its own words: the problem before it is not what the items are."""
    words = p.h_window
    lead = p.lead
    if (lead is not None and lead.h_self is not None and p.h_self is not None and words != p.h_self and not lead.refers_back
            and len(lead.text.split()) < 4 and lead.before is not None and lead.before.block is lead.block):
        words = p.h_self | lead.h_self
    return words | p.h_context if p.before is not None and p.before.block is p.block else words


def _announces_deferral(p: Passage) -> bool:
    """A bare claim whose substance the next sentence puts off: "Iedere school biedt basisondersteuning. De afspraken
    over de inhoud en het niveau van de basisondersteuning worden in 2026-2027 herijkt." """
    after = p.after
    if after is None or not (after.deferred or after.referral):
        return False
    words = len(p.text.split())
    if words > NAMED_THING_WORDS or _MEASURABLE_KINDS & concreteness.signals_of(p):
        return False   # (a figure is substance of its own: "De reserve bedraagt begin 2026 € 2,9 miljoen.")
    shared = bool(p.h_self and after.h_self and p.h_self & after.h_self)
    if not after.deferred and words <= NAMED_THING_WORDS and _NOT_AGAIN.search(after.text):
        return True   # "Het verband geeft TLV's af. Dit plan beschrijft die toewijzing niet opnieuw."
    if words <= ANNOUNCEMENT_WORDS and shared and _ITS_DETAILS.match(after.text):
        return True   # "Alle scholen bieden basisondersteuning. Wat daar precies onder valt, leggen de besturen vast in ..."
    if not after.deferred:
        # who adopts it, with the thing itself elsewhere: "De begroting en het verdeelmodel worden jaarlijks vastgesteld door
        # de raad van toezicht. De begroting 2026 en de meerjarenraming staan als afzonderlijke documenten op de website."
        # ("Het bestuur stelt jaarlijks de begroting en het verdeelmodel vast. Beide documenten staan na vaststelling op de
        # website.")
        # ("De criteria ... stelt de commissie ieder schooljaar opnieuw vast. Zij maakt ze bekend via de website.")
        return (shared or after.refers_back or _THOSE_DOCUMENTS.match(after.text) is not None) and _ADOPTED.search(p.text) is not None
    if shared and _ASKS_ABOUT_IT.match(after.text):
        return True   # "... hebben elk een eigen rol in de communicatie met ouders. Hoe wij die rol invullen, leggen we vast in ..."
    # "De CvT weegt de aanvraag aan de hand van het afwegingskader. Dit kader wordt in 2026 herzien." -- the thing named
    # is still to come
    return (words <= ANNOUNCEMENT_WORDS and shared) or (after.refers_back and _DEMONSTRATIVE_NOUN.match(after.text) is not None)


_HISTORY = re.compile(r"\b(voormalig\w*|vroeger|destijds|in het verleden|tot de fusie|voor de fusie|vóór de fusie|(in )?de vorige planperiode|de eerste jaren|de vorige (criteria|afspraken|regels|regeling|werkwijze|procedure|verdeelmodel)|rechtsvoorganger\w*|(de )?(twee|drie|vier) oude (verbanden|samenwerkingsverbanden|loketten)|"
                      r"tot (en met )?(het )?(schooljaar |de zomer van |augustus |juli )?20\d\d)\b", re.IGNORECASE)
# an arrangement that ends: "Deze route vervalt per 1 augustus 2026."
_LAPSES = re.compile(r"\b(vervalt|vervallen|komt te vervallen|komen te vervallen|houdt op te bestaan)\b[^.]{0,40}\b(per|vanaf|na|met ingang van|in)\b"
                     # "Het verdeelmodel uit de vorige planperiode loopt op 31 juli 2026 af."
                     r"|\b(loopt|lopen)\b[^.]{0,40}\b(op|per) (\d{1,2} \w+ )?20\d\d af\b", re.IGNORECASE)
_SIMPLE_PAST = re.compile(r"\b(had|hadden|was|waren|moest|moesten|verschilde|verschilden|kende|kenden|gold|golden|werkte|werkten|"
                          r"hanteerde|hanteerden|gebruikte|gebruikten|bestond|bestonden|ging|gingen|kreeg|kregen|stond|stonden|lag|lagen)\b"
                          r"|\b(is|zijn|werd|werden)\b[^.]{0,60}\b(gestoken|geïnvesteerd|geinvesteerd|bereikt|opgebouwd)\b", re.IGNORECASE)
# national policy, not the verband's: "De minister heeft een verbeteraanpak gepresenteerd, met maatregelen over ...",
# "... en de afspraken over de reserves van samenwerkingsverbanden."
_NATIONAL = re.compile(r"^\W*(de minister|het kabinet|de staatssecretaris|het ministerie|de tweede kamer|de wetgever)\b"
                       r"|\bverbeteraanpak\b|\b(landelijke|nationale) maatregelen\b|^\W*(de|uit de) landelijke evaluatie\b|\bvan (alle )?samenwerkingsverbanden\W*$", re.IGNORECASE)
_INDIRECT_SUBJECT = re.compile(r"^\W*(hoe|wat|welke|wanneer|waarom|wie)\b[^.?,]{3,120},\s*((is|zijn|blijft|blijven|vormt|vormen) (nog |ook )?"
                               r"(een|één) (van de|punt|vraag|onderwerp|aandachtspunt|thema|opgave)|(verdient|verdienen|vraagt|vragen)\b)",
                               re.IGNORECASE)
# what the previous plan said, or text the plan itself calls outdated: "In het vorige plan stond in dit hoofdstuk een
# beschrijving van ...", "Die beschrijving is niet meer actueel: ..."
_OLD_TEXT = re.compile(r"^\W*nieuw (zijn|is|in dit plan)\b|\b(in|uit) (het|ons) vorige (ondersteunings)?plan\b[^.]{0,30}\b(stond|stonden|was|waren|werd|werden)\b"
                       r"|\b(is|zijn) (niet meer actueel|verouderd|achterhaald)\b"
                       # "... dat de afspraken uit 2018 niet meer goed aansluiten bij wat scholen in de praktijk doen"
                       r"|\bniet meer (goed )?(aansluit|aansluiten)\b|\b(sluit|sluiten) ([\w-]+ ){0,3}niet meer (goed )?aan\b"
                       # "Het huidige thuiszittersprotocol dateert uit 2017 en voldoet niet meer."
                       r"|\b(voldoet|voldoen) niet meer\s*[.;]", re.IGNORECASE)
# what was heard in the consultations: "Tot slot hoorden wij dat scholen de samenwerking met de gemeenten als ingewikkeld
# ervaren", "ouders gaven aan dat ..."
_HEARD = re.compile(r"\b(hoorden|hoorde) (wij|we|het \w+)\b|\b(wij|we) hoorden\b|\bgaven (\w+ ){0,3}aan dat\b|\bvertelden (ons |de \w+ )?dat\b"
                    r"|\b(benadrukten|onderstreepten|bepleitten)\b", re.IGNORECASE)
# a glossary typed as one paragraph: "OJSP - ouder- en jeugdsteunpunt; basisondersteuning - het afgesproken niveau ...; ..."
_DEFINITION = re.compile(r"(?:^|;)\s*[\w'’ -]{2,40}?\s[-–]\s")
DEFINITIONS_IN_A_LIST = 3
# "Onderwerpen die de komende jaren aan bod komen zijn onder meer: ..., het voeren van gesprekken met ouders, ..."
_TOPIC_LIST = re.compile(r"^\W*(onderwerpen|thema's|themas|aandachtspunten|gespreksonderwerpen)\b[^.:]{0,80}\b(zijn|komen)\b", re.IGNORECASE)
_ABOUT_THE_QUESTION = re.compile(r"^\W*(die|deze|dat|dit|de) (vraag|vragen)\b", re.IGNORECASE)
# a credo defining a verb: "Verantwoorden betekent dat we laten zien wat er met de middelen gebeurt."
_CREDO = re.compile(r"^\W*\w+en betekent (voor (ons|mij|het \w+) )?dat\b", re.IGNORECASE)
# each test behind words it cannot match without (see _Gated): most sentences are asked, few have any of these words
_NOT_OWN = _gated(
    ("minister kabinet staatssecretaris ministerie kamer wetgever verbeteraanpak maatregelen samenwerkingsverbanden evaluatie",
     _NATIONAL.pattern),
    ("hoe wat welke wanneer waarom wie", _INDIRECT_SUBJECT.pattern),
    ("vraag vragen", _ABOUT_THE_QUESTION.pattern),
    ("vervalt vervallen bestaan loopt lopen", _LAPSES.pattern),
    ("onderwerpen thema* aandachtspunten gespreksonderwerpen", _TOPIC_LIST.pattern),
    ("nieuw vorige actueel verouderd achterhaald aansluit aansluiten sluit sluiten voldoet voldoen", _OLD_TEXT.pattern),
    ("hoorden hoorde gaven vertelden benadrukten onderstreepten bepleitten", _HEARD.pattern),
    ("betekent", _CREDO.pattern),
    # thanks: "Wij danken de leden voor hun kritische bijdragen; ... de hoofdstukken over toewijzing en over geld."
    ("danken dank", r"\b(wij|we) danken\b|^\W*(onze )?dank (aan|gaat)\b"),
    # the council's request: "Ten eerste vraagt de raad om de evaluatie van het verdeelmodel uiterlijk in maart 2027 af te ronden"
    ("raad opr ondersteuningsplanraad", r"\b(vraagt|vroeg|verzoekt|verzocht|adviseert|adviseerde) de (raad|opr|ondersteuningsplanraad)\b"),
)
_HISTORY_GATED = _gated(("voormalig* vroeger destijds verleden fusie planperiode jaren rechtsvoorganger* oude tot", _HISTORY.pattern))


def _not_the_plans_own(text: str, hits: frozenset[int] | None = None) -> bool:
    """Sentences that state nothing the verband does now: how things were before a merger, what the minister plans,
    a topic named as an indirect question ("Hoe wij ouders voortaan informeren, is een van de punten die ..."), or a
    remark about a question ("Die vraag verdient een zorgvuldig antwoord."). hits: the term ids in text, if known."""
    return bool((_HISTORY_GATED.search(text, hits) and (_SIMPLE_PAST.search(text) or _past(text)))
                or _NOT_OWN.search(text, hits)
                or (text.count("-") + text.count("–") >= DEFINITIONS_IN_A_LIST
                    and len(_DEFINITION.findall(text)) >= DEFINITIONS_IN_A_LIST))




ANNOUNCEMENT_WORDS = 8
_NOT_AGAIN = re.compile(r"\bniet (opnieuw|nogmaals)\b", re.IGNORECASE)
_ADOPTED = re.compile(r"\b(vastgesteld|goedgekeurd|gepubliceerd|bekendgemaakt|opgesteld|geactualiseerd)\b|\b(stelt|stellen)\b[^.]{0,80}\bvast\b",
                      re.IGNORECASE)
NAMED_THING_WORDS = 16
_THOSE_DOCUMENTS = re.compile(_THOSE_DOCUMENTS_AT_START, re.IGNORECASE)
# the next sentence asks about the thing just named: "Hoe wij die rol invullen en ..., leggen we vast in ..."
_ASKS_ABOUT_IT = re.compile(r"^\W*(hoe|wat|welke|waar|wanneer|wie|op welke wijze)\b[^,.]{0,30}\b(die|deze|dit|dat)\s+\w+", re.IGNORECASE)
_DEMONSTRATIVE_NOUN = re.compile(r"^\W*(dit|deze|dat|die) \w*(kader|protocol|reglement|regeling|plan|document|notitie|"
                                 r"criteria|afspraken|werkwijze|procedure|model|overzicht|lijst|beleid|aanpak|route)\b", re.IGNORECASE)
# a label pointing elsewhere: "Overleg met de gemeenten: zie het hoofdstuk over samenwerking met gemeenten."
_POINTER = re.compile(r"^\W*[^.:;]{0,80}:\s*(zie|see)\b", re.IGNORECASE)


# "6 Koerslijn 3 - Een passende plek voor iedereen (dekkend aanbod, vso-criteria)": a numbered title line without
# a sentence's end, left in the body by a TOC without page numbers or an unstyled heading
_LABEL_LINE = re.compile(r"^\W*((hoofdstuk|koers|koerslijn|ambitie|deel|thema|speerpunt|pijler|artikel)\s+)?\d+(\.\d+)*\.?\s+\S"
                         r"|^\W*(koers|koerslijn|ambitie|thema|speerpunt|pijler)\s+\d+\b", re.IGNORECASE)


def _is_label_line(p: Passage) -> bool:
    """A title line, not a statement: numbered and short, or very short, in a paragraph of its own without a
    sentence's end ("Begrippen (dekkend aanbod, terugplaatsing, OJSP)", a TOC line without page numbers)."""
    text = p.block.text.strip()
    if len(text) > 160 or text.endswith((".", "!", "?", ":", ";")):
        return False
    words = len(text.split())
    return (words <= 14 and bool(_LABEL_LINE.match(text))) or words <= 8


_ASIDE = re.compile(_PAREN_ASIDE.pattern + r"|https?://\S+|www\.\S+")


def _words_beside_asides(text: str) -> int:
    """Words outside brackets and dash asides: "De procedure - wie aanvraagt, wie beslist, welke termijnen - staat
    in het Handboek" is a short reference with a list of what the other document holds."""
    return len(_ASIDE.sub(" ", text).split())


def _evidence(p: Passage, with_previous: bool = False) -> Evidence:
    b = p.block
    quote = f"{shorten(p.previous, 200)} {shorten(p.text)}" if with_previous and p.previous else shorten(p.text)
    return Evidence(quote=quote, file=b.file, page=b.page, section=_section_label(b),
                    page_label=b.page_label, line=b.line, block=b.index)


def _rank(p: Passage, element: Element) -> tuple:
    """Prefer evidence under the element's own headings, then substantive sentences."""
    own = bool(element.headings and element.headings.hit(p.h_headings))
    return (not own, p.vague, -min(len(p.text), 300) // 60)


# "... is nog niet afgesproken.", "... is bewust geen gezamenlijk niveau vastgelegd;" -- the participle ends the clause
# ("scholen die niet aan de afgesproken basisondersteuning voldoen" states no absence)
_ABSENCE = re.compile(r"\b(nog niet|niet|geen|nooit)\b(?![^.,;]{0,80}\b(opnieuw|per school|per vestiging|per bestuur|apart|eigen)\b)"
                      r"[^.,;]{0,80}\b(afgesproken|vastgesteld|vastgelegd|bepaald|overeengekomen)\s*[.;,:]"
                      # ("wordt niet per school opnieuw bepaald." says the level is fixed for all; "geen eigen lwoo-criteria
                      # vastgesteld" says the national ones apply)
                      # "Er is bewust geen vaste lijst met voorwaarden, want elke leerling is anders"
                      r"|\b(is|zijn|bestaat|bestaan|hanteren|hanteert) (er )?(bewust |dus )?geen (vaste|harde|vooraf vastgestelde|algemene) (lijst|lijsten|criteria|voorwaarden|regels)\b"
                      # "Het verband heeft nog geen sluitende werkwijze voor leerlingen voor wie geen passende plek beschikbaar is."
                      r"|\b(heeft|hebben|kent|kennen) (nog )?geen (sluitende|gezamenlijke|vaste|eenduidige|regionale) (werkwijze|aanpak|afspraken|procedure)\b"
                      # "Wij werken bewust niet met vooraf vastgelegde streefcijfers"
                      r"|\b(werken|werkt) (we |wij |het samenwerkingsverband )?(bewust |dus )?niet met\b"
                      # "Iedere school bepaalt zelf welk niveau zij biedt"
                      r"|\b(iedere|elke) school bepaalt zelf\b|\bbepalen (de )?scholen zelf\b"
                      # "De besturen hebben nog niet afgesproken dat iedere school en vestiging deze ondersteuning biedt"
                      r"|\b(nog niet|nooit)\b[^.,;]{0,40}\b(afgesproken|vastgesteld|vastgelegd|overeengekomen|besloten) dat\b"
                      # "Een vaste set criteria voor toelaatbaarheid hanteren wij bewust niet: de CAT kijkt naar het geheel."
                      r"|\b(vaste|harde|vooraf vastgestelde|algemene) (set|lijst|lijsten)( van| met)? (criteria|voorwaarden|regels)\b[^.;:]{0,60}"
                      r"\b(hanteren|hanteert|gebruiken|gebruikt|kennen|kent)( we| wij| de commissie| het samenwerkingsverband)?( bewust| dus)? niet\b"
                      # "hebben de besturen besloten geen nieuwe regionale afspraken vast te leggen", "geen vaste lijst van criteria te
                      # hanteren", "Hoe wij de voortgang volgen, ligt nog niet vast."
                      r"|\bgeen\b[^.;]{0,60}\b(vast te leggen|vast te stellen|af te spreken|te hanteren)\b|" + _NOT_FIXED_YET +
                      # "Dit overzicht is een beschrijving van de bestaande praktijk, geen gezamenlijke norm."
                      r"|,\s*(en )?geen (gezamenlijke|vastgestelde|afgesproken|bindende|gedeelde) (norm|ondergrens|standaard|afspraak|afspraken|niveau)\b"
                      # "Aan welke voorwaarden een kind moet voldoen, legt de commissie niet vooraf in een lijst vast."
                      r"|\b(legt|leggen|stelt|stellen)\b[^.;]{0,60}\bniet\b[^.;]{0,40}\bvast\s*[.;]"
                      # "Het verband stelt daar geen gezamenlijke ondergrens voor vast."
                      r"|\b(legt|leggen|stelt|stellen)\b[^.;]{0,40}\bgeen\b[^.;]{0,60}\bvast\s*[.;]"
                      # "Wat we nog niet hebben, is een afgesproken niveau dat voor alle acht scholen geldt"
                      r"|^\W*wat (we|wij) (nog )?(niet|nog niet|nog steeds niet) hebben\b"
                      # "Een vastgesteld niveau ... heeft Noordoever op dit moment niet."
                      r"|" + _HAS_NOT_NOW +
                      r"|" + _IS_NOT_THERE_YET +
                      # "Een beschrijving van dat samenhangende geheel nemen we bewust niet in dit koersplan op"
                      r"|" + _LEFT_OUT,
                      re.IGNORECASE)


def _still_to_make(p: Passage, details_count: bool = True) -> bool:
    """The plan says the thing itself is yet to be written ("Het terugplaatsingsbeleid zelf ... leggen we in het eerste
    planjaar vast in een afzonderlijke notitie"), not that an existing one will be revised. details_count: False when
    putting off only the details ("De concrete invulling van deze ondergrens ...") leaves the thing standing."""
    return (p.deferred and _TO_BE_MADE.search(p.text) is not None and (details_count or _ITS_DETAILS.match(p.text) is None)
            and _LEADS_IN.search(p.text) is None and not p.introduces
            and (_REVISED.search(_QUESTION_CLAUSE.sub(" ", p.text)) is None or _ITSELF.search(p.text) is not None))


# a lead-in to what follows here ("Voor de nieuwe planperiode formuleren we de volgende beoogde resultaten.")
_LEADS_IN = re.compile(r"\b(de volgende|hieronder|hierna|als volgt)\b|:\s*$", re.IGNORECASE)
_TO_BE_MADE = re.compile(r"\b(vast|uit|vastgesteld|vastgelegd|uitgewerkt|opgesteld|geformuleerd|ontwikkeld|ontwikkelen|formuleren|"
                         r"maken|maakt|gemaakt|te maken|"
                         r"vast te (stellen|leggen)|uit te werken|op te stellen|vastleggen|vaststellen|uitwerken|opstellen)\b"
                         # "Een kwaliteitskader met beoogde resultaten ... stellen wij in schooljaar 2026-2027 op"
                         r"|\b(stellen|stelt)\b[^.]{0,80}\bop\s*([.,;]|$)", re.IGNORECASE)
_ITSELF = re.compile(r"^\W*(het|de|ons|onze) \w+ zelf\b", re.IGNORECASE)   # "Het terugplaatsingsbeleid zelf ..."
# its details still to come, the thing itself agreed: "De concrete invulling van deze ondergrens ... werken we uit in ..."
_ITS_DETAILS = re.compile(r"^\W*(de|een) (concrete |nadere |verdere |precieze |inhoudelijke )?(invulling|uitwerking|inhoud|details|detaillering|concretisering) van\b"
                          # "Welke voorzieningen en interventies daar precies onder vallen, leggen we in 2026-2027 vast ..."
                          r"|^\W*(welke|wat)\b[^,.]{0,80}\b(precies|concreet|in detail)\b", re.IGNORECASE)
# what the promised text will answer ("Hoe de terugplaatsing verloopt, wie het initiatief neemt, op welke momenten wordt
# geëvalueerd en wie beslist, werken wij ... uit"): its evaluation is part of the question, no revision of something existing
_QUESTION_CLAUSE = re.compile(r"\b(wie|wanneer|welke|hoe|waar)\b[^,;:–—()]*", re.IGNORECASE)
_REVISED = re.compile(r"\b(herzien|herzie\w*|herijk\w*|geactualiseerd|actualiser\w*|geevalueerd|geëvalueerd|evalu\w*|bijgesteld|opnieuw)\b",
                      re.IGNORECASE)


# distinct terms of a criterion's first required group in one sentence that make it an enumeration
ENUMERATION_TERMS = 4


def evaluate_criterion(criterion: Criterion, element: Element, index: _Index,
                       in_context: list[Passage] | None = None, others: list[Element] = ()) -> CriterionResult:
    if in_context is None:
        in_context = _element_passages(element, index)
    if criterion.tier != "core" and index.subsections.get(element.id):
        # only under a subheading that names this point ("6.5 Bezwaar" for objection)
        named = [p for p in index.subsections[element.id]
                 if any(pattern.require and pattern.require[0].hit(p.h_near) for pattern in criterion.patterns)]
        if named:
            in_context = sorted(in_context + named, key=lambda p: p.pos)
    matched: list[Passage] = []
    spread: set[int] = set()          # passages whose match needs the sentence before: quote both
    enumerating = False               # one sentence listing several provisions counts as several passages
    for pattern in criterion.patterns:
        if pattern.require:
            # Only passages that hit the first required group can match: look them up in the inverted index.
            first = index.candidates(pattern.require[0])
            if pattern.context is None:
                pool = [p for p in in_context if p.pos in first]
            else:
                pool = [index.passages[pos] for pos in sorted(first)]
        else:
            pool = in_context if pattern.context is None else index.passages
        if pattern.context is not None:
            # words of its own search the whole plan, but not its organisation chapters ("13 Personeel": "Iedere school
            # heeft een vaste consulent" is staffing, not basic support)
            pool = [p for p in pool if not _passing_mention(p, element)]
            if others:
                # a pattern with its own context words still respects topic ownership: a CJG evening for parents,
                # under "Ouders", is the parents' business, not chain cooperation for the range of provision
                owners = _owner_cache(index, others)
                strict = index.own_section.get(element.id, False)
                pool = [p for p in pool if not _owned_by_other(p, element, others, owners, strict=strict, matcher=index.matcher)]
        for p in pool:
            if _pattern_hits(p, pattern, element, checked_context=pattern.context is None) and _counts(p, criterion, element):
                matched.append(p)
                if not all(group.hit(p.h_window) for group in pattern.require):
                    spread.add(id(p))
                elif pattern.require and (len(pattern.require) >= 3
                                          or len(pattern.require[0].ids & p.h_window) >= ENUMERATION_TERMS):
                    enumerating = True   # (a sentence tying three groups together links what several sentences would)
    matched = list({id(p): p for p in matched}.values())
    if matched and criterion.absent_when_said and _said_absent(criterion, index, in_context):
        matched = []
    if len(matched) == 1 and criterion.min_aspects and _leads_to_reference(matched[0], criterion):
        matched = []   # "Aanvragen lopen via het digitale loket. Het stappenplan en de termijnen staan op www...."
    met = (len(matched) >= criterion.min_passages or enumerating) and _aspects_covered(matched, criterion) >= criterion.min_aspects
    best = sorted(matched, key=lambda p: _rank(p, element))[:MAX_EVIDENCE] if met else []
    best.sort(key=lambda p: (p.block.file, p.block.index))
    return CriterionResult(id=criterion.id, tier=criterion.tier, title="", met=met,
                           evidence=[_evidence(p, id(p) in spread) for p in best], legal=criterion.legal)


def _leads_to_reference(p: Passage, criterion: Criterion) -> bool:
    """The one sentence found opens what the next sentence sends the reader elsewhere for, in this criterion's own
    words: a pointer's first half, not the content."""
    after = p.after
    return (after is not None and after.referral and not p.referral
            and any(pattern.require and pattern.require[0].hit(after.h_window) for pattern in criterion.patterns))


def _said_absent(criterion: Criterion, index: _Index, in_context: list[Passage]) -> bool:
    """The plan says the thing does not exist yet, in the element's context or in a section where the element is
    discussed ("4 Ondersteuning in de school": "Een afgesproken ondergrens ... is er daarom nog niet.")."""
    def says_absent(p: Passage) -> bool:
        return criterion.absent_when_said.hit(p.h_window) and (
            _ABSENCE.search(p.text) is not None or _still_to_make(p, details_count=not criterion.stands_before_details))

    if any(says_absent(p) for p in in_context):
        return True
    sections = {p.block.section for p in in_context}
    return any(says_absent(index.passages[pos]) for pos in sorted(index.candidates(criterion.absent_when_said))
               if index.passages[pos].block.section in sections)


def _aspects_covered(passages: list[Passage], criterion: Criterion) -> int:
    if not criterion.min_aspects:
        return 0
    # A procedure is described in one place: aspects count together within a chapter (or file without chapters),
    # so two half-sentences from unrelated chapters do not make one.
    by_chapter: dict[tuple, set[int]] = {}
    for p in passages:   # the sentence itself (with the one before only where it continues that one, as in matching)
        by_chapter.setdefault((p.block.file, p.block.section[:1]), set()).update(_match_target(p))
    return max((sum(1 for group in criterion.aspects if group.hit(hits)) for hits in by_chapter.values()), default=0)


def _owner_cache(index: _Index, others: list[Element]) -> dict:
    """Which elements own a heading depends on the heading and the competing elements only: one cache per checklist,
    shared by all its elements."""
    return index.owners.setdefault(tuple(id(e) for e in others), {})


def _element_passages(element: Element, index: _Index, others: list[Element] = ()) -> list[Passage]:
    if not element.scope and not element.headings:
        return list(index.passages)   # a user's checklist without scope terms: its patterns alone decide
    # Candidates from the inverted indexes: passages naming a scope term, or under a heading cue.
    ids = index.candidates(element.scope) if element.scope else set()
    heading_ids = index.heading_candidates(element.headings) if element.headings else set()
    ids |= heading_ids
    # An element with a chapter of its own is expected to be addressed there: a mention under another
    # element's heading is then a passing mention (when it has no chapter, content elsewhere counts).
    passages = index.passages
    # (patterns with context words of their own search the whole plan, an advisory point often in a governance
    # chapter: for them only a heading straight above text makes a chapter of the element's own)
    index.own_section[element.id] = any(element.headings.hit(passages[pos].h_near) for pos in heading_ids)
    # a chapter whose text all stands under subheadings ("6 Toelaatbaarheid" > "6.2 Criteria sbo") is a chapter too;
    # one that only points inside the plan ("7 Terugplaatsing": "Zie hoofdstuk 6.") leaves the topic where it points
    own_chapter = bool(heading_ids) and not all(
        _POINTS_INSIDE.match(passages[pos].text) or _QUOTATION.match(passages[pos].block.text) for pos in heading_ids
        if element.headings.hit(passages[pos].h_near))
    owners = _owner_cache(index, others)
    out = []
    subsections: list[Passage] = []
    for pos in sorted(ids):
        p = passages[pos]
        # (every candidate is in the element's context: the indexes hold exactly what _in_element_context asks)
        if _owned_by_other(p, element, others, owners, strict=own_chapter, matcher=index.matcher):
            if (own_chapter and element.headings.hit(p.h_headings)
                    and not _owned_by_other(p, element, others, owners, matcher=index.matcher)):
                subsections.append(p)
            continue
        if _passing_mention(p, element):
            # a mention under "Organisatie", "Personeel" or "Privacy" is in passing, chapter of its own or not ("Gegevens in
            # een TLV-dossier worden drie jaar na het besluit vernietigd" is no admission procedure)
            continue
        out.append(p)
    # In its own words under another topic's subheading of this element's chapter ("6 Toelaatbaarheid" > "6.5 Bezwaar",
    # "6.4 Terugkeer"): not this element's core content (a return step is no admission step), but a finer point is
    # often written exactly there, under a subheading that names it.
    index.subsections[element.id] = subsections
    return out


_POINTS_INSIDE = re.compile(r"^\W*(zie|lees) (ook |verder )?(hoofdstuk|paragraaf|§)\s*\d+(\.\d+)*\W*$", re.IGNORECASE)
# a quotation set off in a box: "“Ik wou eerst niet terug ...” — Sem, 11 jaar"
_QUOTATION = re.compile(r"^\s*[\"“„'‘]")


# Chapters about the verband's organisation rather than its support: an element mentioned here ("de commissie
# toewijzing volgt jaarlijks scholing") is mentioned in passing.
_PERIPHERAL = re.compile(
    r"\b(organisatie(?! van (de )?(extra |basis|lichte |zware )?ondersteuning)|governance|bestuur|bestuur en organisatie|bestuurlijke|personeel|medewerkers|scholing|deskundigheid\w*|professionalisering|"
    r"medezeggenschap|ondersteuningsplanraad|opr|huisvesting|ict|privacy|avg|gegevens\w*|systemen|(hoe is|zo is) (het|ons) (samenwerkings)?verband georganiseerd|totstandkoming|tot stand|kennis|professionals|mensen en expertise|"
    r"vaststelling|vogelvlucht|in cijfers|bedrijfsvoering|bureau|kengetallen|leerlingaantallen|prognose\w*|risico\w*|randvoorwaarden|leraren|werkdruk|arbeidsmarkt|lerarentekort|planning|jaarcyclus|"
    r"over dit plan|wettelijke taken|stem van (de )?(jongere|jongeren|leerling|leerlingen)|leerlingenraad|jongerenpanel|communicatie met professionals|"
    r"(de |onze )?regio in beeld|onze regio|over de regio|kenmerken van de regio|context|"
    r"inspectie|toezicht|(toezicht|verantwoording) (door|aan) de inspectie|(intern|extern) toezicht|"
    r"onderzoeken|leren|digitalisering|leerlingenvervoer|vervoer|onderwijshuisvesting|(digitale )?dossiers?|dossiervorming|uit de praktijk|praktijkvoorbeeld\w*|een voorbeeld|voorbeeld uit de praktijk|casus|"
    r"reactie van de (opr|ondersteuningsplanraad|raad)|digitale (ontwikkelingen|middelen)|waar (we|wij) vandaan komen|(onze )?geschiedenis|historie|ontstaansgeschiedenis|(tien|vijf|\d+) jaar passend onderwijs|kennisdeling|kennis delen|innovatie|onderzoek|wie (zijn|zijn wij|zijn we|wij zijn|we zijn)|wie doet wat|wat doet het samenwerkingsverband|over ons|onze taken|onze rol|taken en rollen|rollen en taken)\b")


_HEADING_PARTS = re.compile(r",|\s(?:en|&|and)\s|:")
_NUMBERING = re.compile(r"^\W*((hoofdstuk|artikel|paragraaf|deel)\s+)?[\divx]+(\.\d+)*\.?\s+")


def _passing_mention(p: Passage, element: Element) -> bool:
    """Under an organisation chapter that is not also under one of the element's own headings."""
    return _peripheral(p.block) and not (element.headings and element.headings.hit(p.h_headings))


def _peripheral(block: Block) -> bool:
    return _peripheral_section(block.section)


@lru_cache(maxsize=2048)
def _peripheral_section(section: tuple[str, ...]) -> bool:
    """Under a heading about organisation only: "Organisatie, governance en medezeggenschap" is, "Medezeggenschap
    en gemeenten" is not (the municipalities are the plan's business)."""
    for heading in section:
        parts = [p.strip() for p in _HEADING_PARTS.split(_NUMBERING.sub("", fold(heading))) if p.strip()]
        if parts and all(_PERIPHERAL.search(p) for p in parts):
            return True
    return False


def _best_owners(elements: list[Element], hits: frozenset) -> list[Element]:
    """Elements whose heading cues occur in the heading; when several do, the most specific cue wins
    ("Als de TLV afloopt" is about return, though "TLV" alone would point at admission)."""
    scored = []
    for e in elements:
        if e.headings and e.headings.hit(hits):
            terms = [t for t in e.headings.terms if t.id in hits]
            scored.append((max(len(t.parts) for t in terms), e, terms))
    if len(scored) < 2:
        return [e for _, e, _ in scored]
    # a less specific cue loses only where the more specific one contains it ("TLV" in "TLV afloopt");
    # "Basisondersteuning en extra ondersteuning" names two topics side by side and is shared
    return [e for score, e, terms in scored
            if not all(any(_term_within(t, w) for s2, _, ws in scored if s2 > score for w in ws) for t in terms)]


@lru_cache(maxsize=4096)
def _term_within(inner: Term, outer: Term) -> bool:
    words = [part.text.lower() for part in outer.parts]
    return len(inner.parts) < len(outer.parts) and all(
        any(part.text.lower() in word for word in words) for part in inner.parts if part.text not in ("*", "#"))


def _primary_owner(section: tuple[str, ...], found: list[Element], matcher: Matcher) -> Element | None:
    """Of the elements a heading names, the one it names first ("Toelaatbaarheid, terugplaatsing en
    overplaatsing" is first about admission): the topic of its sentences that name neither. A phrase outweighs a
    single word named before it ("Evaluatie en einde van de verklaring" is about the end of the TLV)."""
    if section:
        hits = matcher.hits(match_text(fold_keep_case(_NUMBERING.sub("", fold(_heading_topic(section[-1]))))))
        longest = {o: max((len(t.parts) for t in o.headings.terms if t.id in hits), default=0) for o in found if o.headings}
        phrases = [o for o, n in longest.items() if n >= 3]
        if len(phrases) == 1 and all(n <= 1 for o, n in longest.items() if o is not phrases[0]):
            return phrases[0]
    for heading in reversed(section):
        for part in _HEADING_PARTS.split(_NUMBERING.sub("", fold(_heading_topic(heading)))):
            hits = matcher.hits(match_text(fold_keep_case(part)))
            named = [o for o in found if o.headings and o.headings.hit(hits)]
            if named:
                return named[0] if len(named) == 1 else None
    return None


def _owned_by_other(p: Passage, element: Element, others: list[Element],
                    owners: dict[tuple, list[Element]] | None = None, strict: bool = False,
                    matcher: Matcher | None = None) -> bool:
    """Topic competition: a sentence under another element's heading that also speaks that element's
    language belongs to that element (a return procedure mentioning "the last year of the TLV" is not
    an admission procedure), unless this element's own heading is there too."""
    key = (p.h_headings, p.h_path)   # (the nearest heading, h_near, is the path's last entry)
    found = owners.get(key) if owners is not None else None
    if found is None:
        # the nearest heading that names a topic decides: "4.5.1 Werkwijze" belongs to "4.5 Overstap van vso naar
        # regulier", not to "4 Toelaatbaarheid"
        found = next((owners_here for owners_here in (_best_owners(others, hits) for hits in reversed(p.h_path)) if owners_here),
                     None) or _best_owners(others, p.h_headings)
        if owners is not None:
            owners[key] = found
    if not found:
        # under no element's heading, a sentence whose every word of this topic stands inside a phrase of another
        # ("In het laatste jaar van een TLV bespreekt de so-school ...") is that other topic's
        return (element.scope is not None and element.scope.hit(p.h_window)
                and any(o is not element and o.scope and o.scope.hit(p.h_window) and _within_own_phrase(p, element.scope, o.scope)
                        for o in others))
    if element not in found and not (element.scope and (element.scope.hit(p.h_window) or element.scope.hit(p.h_context))):
        # under another element's heading, a sentence in none of this element's words is that element's business,
        # even where a chapter above also names this one ("8 Plaatsing en terugplaatsing" > "8.1 Hoe vraagt u een TLV aan")
        return True
    if element in found:
        if len(found) == 1:
            return False
        # A heading shared by elements ("Toelaatbaarheid, terugplaatsing en overplaatsing"): a sentence in one
        # element's language and not in this one's belongs to that element (a TLV step is no return procedure).
        if element.scope and element.scope.hit(p.h_window):
            return False
        # (a list item by its own words: "Ouders mogen op iedere school het volgende verwachten:" over basic provisions
        # does not make each provision the parents' business)
        own = p.h_self if p.block.kind == LIST_ITEM and p.h_self is not None else p.h_window
        if any(o.scope and o.scope.hit(own) for o in found if o is not element):
            return True
        # a sentence in nobody's words belongs to the heading's first topic
        if matcher is None or owners is None:
            return False
        key = ("primary", p.h_near, p.h_headings)
        if key not in owners:
            owners[key] = [_primary_owner(p.block.section, found, matcher)]
        primary = owners[key][0]
        return primary is not None and primary is not element
    return strict or any(o.scope and o.scope.hit(p.h_window) and not _within_own_phrase(p, o.scope, element.scope) for o in found)


def _within_own_phrase(p: Passage, theirs: TermSet, ours: TermSet) -> bool:
    """Every word of the other topic in the sentence stands inside a longer phrase of this one ("TLV" inside "in het
    laatste schooljaar van een so-TLV" is the end of the TLV, a return topic, even in the admission chapter)."""
    ours_hit = [t for t in ours.terms if t.id in p.h_window and len(t.parts) > 1]
    return bool(ours_hit) and all(any(_term_within(t, o) for o in ours_hit) for t in theirs.terms if t.id in p.h_window)


def evaluate_element(element: Element, index: _Index, lang: str, unreadable: bool,
                     others: list[Element] = ()) -> ElementResult:
    results = []
    context = _element_passages(element, index, others)
    for criterion in element.criteria:
        result = evaluate_criterion(criterion, element, index, context, others)
        result.title = criterion.title[lang]
        result.looked_for = criterion.looked_for[lang]
        results.append(result)
    core = [r for r in results if r.tier == "core"]
    if all(r.met for r in core) and core:
        status = PRESENT
    elif any(r.met for r in results if r.tier in ("core", "advisory")):
        status = PARTIAL   # Part A: addressed means some core or advisory criterion; detail checks refine only
    else:
        status = NOT_ASSESSABLE if unreadable else MISSING
    if status == NOT_ASSESSABLE:
        findings_extra = [Finding(kind="unreadable", severity=WARNING, message=_msg(
            lang, "Niet te beoordelen: (een groot deel van) het document heeft geen leesbare tekst (scan?). "
                  "Lever een PDF met tekstlaag of een Word-bestand aan.",
            "Not assessable: (much of) the document has no readable text (scanned?). "
            "Provide a PDF with a text layer or a Word file."))]
    else:
        findings_extra = []
    findings = findings_extra + _findings(element, results, context, index, lang, status)
    return ElementResult(id=element.id, title=element.title[lang], status=status, legal_basis=element.legal_basis,
                         explanation=element.explanation[lang], question=element.question[lang],
                         criteria=results, findings=findings)


def _msg(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


def _findings(element: Element, results: list[CriterionResult], context: list[Passage], index: _Index,
              lang: str, status: str) -> list[Finding]:
    findings: list[Finding] = []
    for criterion, result in zip(element.criteria, results):
        if result.met or result.tier == "core":
            continue
        severity = WARNING if criterion.legal else SUGGESTION
        findings.append(Finding(
            kind="unmet", severity=severity, criterion=criterion.id,
            message=_msg(lang, f"Niet gevonden: {result.title}. Gezocht naar: {result.looked_for}",
                         f"Not found: {result.title}. Looked for: {result.looked_for}")))
    deferred = [p for p in context if p.deferred]
    if deferred:
        findings.append(Finding(
            kind="deferred", severity=WARNING,
            message=_msg(lang, "Tekst die alleen uitstelt of een plaatshouder is (telt niet als invulling).",
                         "Text that only defers or is a placeholder (does not count as content)."),
            evidence=[_evidence(p) for p in deferred[:MAX_EVIDENCE]]))
    referrals = [p for p in context if p.referral or p.annex_refs]
    absent = [p for p in referrals if p.annex_refs and not set(p.annex_refs) <= index.annexes_present]
    elsewhere = [p for p in referrals if p.referral and not p.annex_refs]
    if absent:
        refs = sorted({r for p in absent for r in p.annex_refs if r not in index.annexes_present})
        findings.append(Finding(
            kind="referred", severity=WARNING,
            message=_msg(lang,
                         f"Verwezen naar bijlage {', '.join(refs)}, die niet in de gelezen bestanden staat. "
                         "Geef de bijlage mee als extra bestand om de inhoud te laten meetellen.",
                         f"Refers to annex {', '.join(refs)}, which is not in the files read. "
                         "Pass the annex as an extra file to have its content counted."),
            evidence=[_evidence(p) for p in absent[:MAX_EVIDENCE]]))
    if elsewhere:
        findings.append(Finding(
            kind="referred", severity=WARNING,
            message=_msg(lang, "Verwijst naar een ander document of de website; die inhoud is niet gecontroleerd.",
                         "Refers to another document or the website; that content was not checked."),
            evidence=[_evidence(p) for p in elsewhere[:MAX_EVIDENCE]]))
    vague = [p for p in context if p.vague and not p.deferred]
    if vague and status != MISSING:
        findings.append(Finding(
            kind="vague", severity=SUGGESTION,
            message=_msg(lang, f"Vage formuleringen ({len(vague)}×): maak concreet wat, wie, wanneer en hoeveel.",
                         f"Vague wording ({len(vague)}×): make concrete what, who, when and how much."),
            evidence=[_evidence(p) for p in vague[:MAX_EVIDENCE]]))
    if status in (PRESENT, PARTIAL):
        findings.extend(concreteness.findings(element, [p for p in context if not p.deferred], lang, _evidence))
    return findings


def evaluate(checklist: Checklist, doc: Document, lang: str = "nl", index: _Index | None = None) -> list[ElementResult]:
    index = index or build_passages(doc)
    unreadable = doc.unreadable or _mostly_unreadable(doc)
    results = [evaluate_element(element, index, lang, unreadable, checklist.elements) for element in checklist.elements]
    some_unreadable = [(f.path, f.unreadable_pages) for f in doc.files if f.unreadable_pages]
    if some_unreadable and not unreadable:
        where = "; ".join(f"{path}: p. {', '.join(map(str, pages[:10]))}" for path, pages in some_unreadable)
        for result in results:
            if result.status == MISSING:
                result.findings.insert(0, Finding(kind="unreadable", severity=WARNING, message=_msg(
                    lang, f"Niet gevonden in de leesbare tekst; deze pagina's konden niet worden gelezen ({where}), "
                          "het onderdeel kan daar staan.",
                    f"Not found in the readable text; these pages could not be read ({where}), the element may be there.")))
    return results


def _mostly_unreadable(doc: Document) -> bool:
    pages = sum(f.pages or 0 for f in doc.files)
    bad = sum(len(f.unreadable_pages) for f in doc.files)
    return pages > 0 and bad / pages > UNREADABLE_SHARE
