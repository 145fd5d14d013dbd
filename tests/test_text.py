"""Dutch-aware matching: folding, compounds, suspended hyphens, abbreviations as whole words."""
import pytest

from opcheck.text import Matcher, TermSet, fold, fold_keep_case, match_text, split_sentences, tokens


def hits(terms, text):
    termset = TermSet(terms)
    return termset.hit(Matcher().hits(match_text(fold_keep_case(text))))


@pytest.mark.parametrize("terms,text,expected", [
    (["financien"], "Financiën en middelen", True),                       # diacritics folded
    (["coordinator*"], "de ondersteuningscoördinator", False),             # prefix means word start
    (["*coordinator"], "de ondersteuningscoördinator", True),              # suffix for compounds
    (["terugplaats*"], "Het terugplaatsingsbeleid van het SWV", True),
    (["*middelen*"], "de ondersteuningsmiddelenverdeling", True),
    (["oudersteunpunt"], "het ouder- en jeugdsteunpunt van de regio", True),   # suspended hyphen expanded
    (["terugplaatsing"], "het terug- en doorplaatsingsbeleid", False),     # the expansion is 'terugplaatsingsbeleid'
    (["terugplaats*"], "het terug- en doorplaatsingsbeleid", True),
    (["sbo school"], "elke sbo-school in de regio", True),                 # hyphen compound read split ...
    (["sboschool"], "elke sbo-school in de regio", True),                  # ... and joined
    (["=SO"], "een leerling in het SO", True),
    (["=SO"], "so'n leerling", False),                                     # SO is not so'n
    (["=SO"], "het so", False),                                            # case-sensitive abbreviation
    (["=PrO"], "het proces van aanmelding", False),                        # PrO is not 'proces'
    (["=PrO"], "toelaatbaar tot PrO", True),
    (["tlv"], "twee TLV's afgegeven", True),                               # plural apostrophe
    (["binnen # weken"], "De commissie beslist binnen zes weken.", True),  # number words
    (["binnen # weken"], "De commissie beslist binnen 6 weken.", True),
    (["binnen # weken"], "binnen enkele weken", False),
    (["sbo"], "in het s(b)o", True),                                       # bracket forms
    (["ouders"], "ouderen en oudere leerlingen", False),                   # near-misses
    (["neemt * besluit"], "De directeur neemt een besluit.", True),        # a lone * is one word
    (["€"], "€ 1.200.000", True),
    (["%"], "2,1% van de leerlingen", True),
])
def test_term_matching(terms, text, expected):
    assert hits(terms, text) is expected


def test_fold():
    assert fold("Financiën  Coördinator\u00a0continuüm ﬁnanciering") == "financien coordinator continuum financiering"


def test_tokens():
    assert tokens("TLV's s(b)o so'n €12 2,1%") == ["TLV", "sbo", "son", "€", "12", "2", "1", "%"]


def test_split_sentences_keeps_abbreviations():
    text = "Dit geldt o.a. voor het sbo. De commissie besluit bijv. binnen zes weken. Daarna volgt bezwaar."
    assert split_sentences(text) == ["Dit geldt o.a. voor het sbo.", "De commissie besluit bijv. binnen zes weken.",
                                     "Daarna volgt bezwaar."]


def test_empty_term_is_rejected():
    with pytest.raises(ValueError):
        TermSet(["  "])
