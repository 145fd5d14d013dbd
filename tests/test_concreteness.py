"""Concreteness signals (domain Part B §6) per sentence: each kind found where it stands, and not elsewhere.
The literal prefilter in concreteness.py must never hide a match: every row here goes through it."""
import pytest

from opcheck.concreteness import SIGNALS, _kinds

SIGNAL_SENTENCES = [
    ("Scholen ontvangen € 120 per leerling.", {"amount"}),
    ("Het budget bedraagt 1.250.000 euro per jaar.", {"amount"}),
    ("Er is 2,5 mln beschikbaar voor arrangementen.", {"amount"}),
    ("Elk bestuur krijgt een vaste voet.", {"amount"}),
    ("Het normbedrag wordt jaarlijks geïndexeerd.", {"amount", "term"}),
    ("Ongeveer 3,4 procent van de leerlingen gaat naar het sbo.", {"percentage"}),
    ("Het deelnamepercentage daalt naar 2%.", {"percentage"}),
    ("In 2025 waren er 14 thuiszitters.", {"count"}),
    ("We gaven 212 TLV's af.", {"count"}),
    ("De commissie beslist binnen zes weken.", {"term", "body"}),
    ("Aanvragen die uiterlijk 1 maart binnen zijn, behandelen we voor de zomer.", {"term", "date"}),
    ("Het plan loopt van schooljaar 2026-2027 tot en met 2029-2030.", {"date"}),
    ("De streefwaarde is ten minste 95 procent.", {"target", "percentage"}),
    ("Het aantal thuiszitters gaat van 14 naar 5.", {"target"}),
    ("De orthopedagoog adviseert de school.", {"body"}),
    ("Wij vinden goede samenwerking belangrijk.", set()),
    ("Leerlingen krijgen de ondersteuning die nodig is.", set()),
]


@pytest.mark.parametrize("sentence, expected", SIGNAL_SENTENCES)
def test_signal_kinds_per_sentence(sentence, expected):
    assert _kinds(sentence) == expected


@pytest.mark.parametrize("sentence, _", SIGNAL_SENTENCES)
def test_prefilter_never_hides_a_match(sentence, _):
    unfiltered = {kind for kind, pattern in SIGNALS.items() if pattern.search(sentence)}
    assert _kinds(sentence) == unfiltered


@pytest.mark.parametrize("sentence, expected", SIGNAL_SENTENCES)
def test_term_gates_agree_with_the_literal_prefilter(sentence, expected):
    """With the document matcher's hits as gates (the fast path) every sentence gets the same kinds."""
    from opcheck import checklist
    from opcheck.text import Matcher, fold_keep_case, match_text
    checklist.load("po")
    hits = Matcher().hits(match_text(fold_keep_case(sentence)))
    assert _kinds(sentence, hits) == _kinds(sentence) == expected
