"""Document type from the title: a title whose subject is another kind of document is not a plan, even when it
names the ondersteuningsplan; a title that is only the body's first heading does not decide."""
import pytest

from opcheck.classify import _OTHER_TITLE, classify
from opcheck.document import BODY, COVER, HEADING, PARAGRAPH, Block, Document, SourceFile
from opcheck.structure import finalize
from opcheck.text import fold


@pytest.mark.parametrize("title, other", [
    ("Ondersteuningsplan 2026-2030", False),
    ("Ondersteuningsplan van het samenwerkingsverband Passend Onderwijs Rivierland", False),
    ("Samen verder: ondersteuningsplan 2026-2030", False),
    ("Concept ondersteuningsplan SWV De Kempen", False),
    ("Verantwoording over de uitvoering van het ondersteuningsplan 2022-2026", True),
    ("Ouderbrochure passend onderwijs CBS De Wilgenhoek", True),
    ("Lokale Educatieve Agenda Westerbroek 2026-2030", True),
    ("Jaarplan 2027 bij het ondersteuningsplan", True),
    ("Advies van de OPR over het ondersteuningsplan", True),
    ("Evaluatie van het ondersteuningsplan 2022-2026", True),
    ("Plan van aanpak thuiszitters", True),
    ("Koersplan 2026-2030 - ondersteuningsplan van Samenwerkingsverband PO Heidezoom", False),
    ("Koersplan 2026-2030 (ondersteuningsplan)", False),
    ("Aanvulling op het Ondersteuningsplan 2024-2028 van Samenwerkingsverband PO Kempenrand", False),
    ("Actualisatie 2027 van het ondersteuningsplan 2024-2028", False),
    ("Bijlage bij het ondersteuningsplan 2024-2028", True),
])
def test_title_names_another_kind_of_document(title, other):
    from opcheck.classify import _SELF_NAMED_PLAN
    folded = fold(title)
    assert (bool(_OTHER_TITLE.match(folded)) and not _SELF_NAMED_PLAN.search(folded)) is other


PLAN_BODY = ("Het samenwerkingsverband passend onderwijs stelt dit ondersteuningsplan vast na instemming van de "
             "ondersteuningsplanraad (OPR). De scholen in het primair onderwijs bieden basisondersteuning; de "
             "toelaatbaarheidsverklaring voor het speciaal basisonderwijs geeft het samenwerkingsverband af. ") * 12


def _doc(blocks: list[Block], title: str | None = None) -> Document:
    for i, b in enumerate(blocks):
        b.file, b.index = "plan.txt", i
    return finalize(Document(files=[SourceFile(path="plan.txt", format="text", pages=None, sha256="", title=title)],
                             blocks=blocks))


def test_other_kind_in_the_title_page_is_not_a_plan():
    doc = _doc([Block(HEADING, "Analyse passend onderwijs in de regio", level=1, zone=COVER),
                Block(PARAGRAPH, PLAN_BODY)])
    assert classify(doc).looks_like_plan is False


def test_first_body_heading_does_not_name_the_document():
    doc = _doc([Block(PARAGRAPH, "Het samenwerkingsverband werkt voor alle leerlingen in de regio, samen met de besturen."),
                Block(PARAGRAPH, "Deze tekst loopt van 2026 tot en met 2030 en is besproken met de OPR en het bestuur."),
                Block(PARAGRAPH, "Het bestuur stelt de tekst vast na instemming van de ondersteuningsplanraad."),
                Block(PARAGRAPH, PLAN_BODY),
                Block(HEADING, "Analyse van de regio", level=1),
                Block(PARAGRAPH, PLAN_BODY)])
    result = classify(doc)
    assert result.title == "Analyse van de regio"   # the only candidate, but not a title
    assert result.looks_like_plan is True


def test_file_name_as_metadata_title_is_ignored_and_the_title_page_decides():
    """Word fills the title property with the file name; the title page says 'Rapport van bevindingen'."""
    blocks = [Block(PARAGRAPH, "Inspectie van het Onderwijs", zone=COVER),
              Block(PARAGRAPH, "RAPPORT VAN BEVINDINGEN", zone=COVER),
              Block(PARAGRAPH, "Vierjaarlijks onderzoek bestuur en samenwerkingsverband", zone=COVER),
              Block(HEADING, "Evaluatie, verantwoording en dialoog", level=1),
              Block(PARAGRAPH, PLAN_BODY)]
    for i, b in enumerate(blocks):
        b.file, b.index = "np-inspectierapport-swv.docx", i
    doc = Document(files=[SourceFile(path="np-inspectierapport-swv.docx", format="docx", pages=None, sha256="",
                                     title="np-inspectierapport-swv")], blocks=blocks)
    result = classify(finalize(doc))
    assert result.title == "RAPPORT VAN BEVINDINGEN" and result.looks_like_plan is False


def test_title_page_subtitle_can_name_the_plan():
    """'Koersplan passend onderwijs 2026-2030' over 'Ondersteuningsplan van het Samenwerkingsverband VO Lingedal'."""
    def doc_with(subtitle: str) -> Document:
        blocks = [Block(HEADING, "Koersplan passend onderwijs 2026-2030", level=1, zone=COVER),
                  Block(PARAGRAPH, subtitle, zone=COVER),
                  Block(HEADING, "Inleiding", level=1),
                  Block(PARAGRAPH, PLAN_BODY)]
        for i, b in enumerate(blocks):
            b.file, b.index = "plan.docx", i
        return finalize(Document(files=[SourceFile(path="plan.docx", format="docx", pages=None, sha256="")], blocks=blocks))
    assert classify(doc_with("Ondersteuningsplan van het Samenwerkingsverband VO Lingedal")).looks_like_plan is True
    assert classify(doc_with("Regionale koers voor alle partners in het sociaal domein")).looks_like_plan is False


SCHOOL_PLAN_BODY = ("Dit ondersteuningsplan beschrijft hoe het team van OBS De Wilgenhoek de ondersteuning aan leerlingen "
                    "organiseert in het schooljaar 2025-2026. Onze school is aangesloten bij het Samenwerkingsverband "
                    "Passend Onderwijs Veenstreek; dat heeft een eigen plan voor de regio. De intern begeleider bespreekt "
                    "leerlingen in groep 1 tot en met 8; een toelaatbaarheidsverklaring vraagt de school aan. De "
                    "medezeggenschapsraad heeft het plan besproken. ") * 8


def test_a_schools_own_ondersteuningsplan_is_not_the_verbands_plan():
    doc = _doc([Block(PARAGRAPH, "Ondersteuningsplan 2025-2026", zone=COVER),
                Block(PARAGRAPH, "OBS De Wilgenhoek", zone=COVER),
                Block(PARAGRAPH, SCHOOL_PLAN_BODY)])
    result = classify(doc)
    assert result.looks_like_plan is False
    assert any("één school" in r for r in result.reasons)


def test_a_verband_plan_naming_member_schools_and_its_opr_stays_a_plan():
    # the same school words, but the verband's own bodies (OPR) are there: a verband writes this
    doc = _doc([Block(PARAGRAPH, "Ondersteuningsplan 2026-2030", zone=COVER),
                Block(PARAGRAPH, SCHOOL_PLAN_BODY + PLAN_BODY)])
    assert classify(doc).looks_like_plan is True


def test_a_school_that_sends_a_delegate_to_the_opr_is_still_one_school():
    # "Een lid van onze MR is afgevaardigd naar de OPR van het samenwerkingsverband" names the verband's council from
    # outside; a verband does not write that about its own council
    delegate = "Een lid van onze medezeggenschapsraad is afgevaardigd naar de ondersteuningsplanraad (OPR) van het samenwerkingsverband. "
    doc = _doc([Block(PARAGRAPH, "Ondersteuningsplan 2025-2026", zone=COVER),
                Block(PARAGRAPH, "OBS De Wilgenhoek", zone=COVER),
                Block(PARAGRAPH, SCHOOL_PLAN_BODY + delegate)])
    assert classify(doc).looks_like_plan is False


def test_a_school_that_says_only_on_its_title_page_which_verband_it_belongs_to_is_one_school():
    body = ("Dit ondersteuningsplan beschrijft hoe CBS De Akkerwinde de ondersteuning aan haar 112 leerlingen organiseert. "
            "Het plan sluit aan bij de afspraken van het samenwerkingsverband. De intern begeleider bespreekt leerlingen; "
            "een toelaatbaarheidsverklaring vraagt de school aan. De medezeggenschapsraad heeft het plan besproken. ") * 8
    doc = _doc([Block(PARAGRAPH, "Ondersteuningsplan 2025-2026", zone=COVER),
                Block(PARAGRAPH, "CBS De Akkerwinde, Nieuw-Buinen-Oost", zone=COVER),
                Block(PARAGRAPH, "Aangesloten bij Samenwerkingsverband PO Veenkoloniën-Noord", zone=COVER),
                Block(PARAGRAPH, body)])
    assert classify(doc).looks_like_plan is False
    # the same said after the school board's name: "Onderdeel van Stichting ... · aangesloten bij het samenwerkingsverband"
    doc = _doc([Block(PARAGRAPH, "Ondersteuningsplan 2025-2026", zone=COVER),
                Block(PARAGRAPH, "IKC De Wingerd – basisschool en kinderopvang", zone=COVER),
                Block(PARAGRAPH, "Onderdeel van Stichting Openbaar Onderwijs Rivierenland · aangesloten bij het "
                                 "samenwerkingsverband passend onderwijs PO De Linge", zone=COVER),
                Block(PARAGRAPH, body)])
    assert classify(doc).looks_like_plan is False


def test_a_title_naming_one_school_and_no_verband_is_one_schools_plan():
    body = ("Dit plan beschrijft de zorgniveaus en de groepsbesprekingen. De intern begeleider bespreekt leerlingen; "
            "een toelaatbaarheidsverklaring vraagt de school aan bij het samenwerkingsverband. ") * 10
    doc = _doc([Block(HEADING, "Ondersteuningsplan 2025-2026 CBS De Wegwijzer", level=1, zone=COVER),
                Block(PARAGRAPH, "Christelijke basisschool De Wegwijzer, Nieuw-Buinen. Aangesloten bij Samenwerkingsverband "
                                 "Passend Onderwijs Veenkoloniën", zone=COVER),
                Block(PARAGRAPH, body)])
    assert classify(doc).looks_like_plan is False
    verband = _doc([Block(HEADING, "Ondersteuningsplan 2026-2030 Samenwerkingsverband PO Kleine Dommel", level=1, zone=COVER),
                    Block(PARAGRAPH, "Aangesloten: 17 basisscholen, waaronder CBS De Wegwijzer.", zone=COVER),
                    Block(PARAGRAPH, PLAN_BODY)])
    assert classify(verband).looks_like_plan is True


def test_a_school_whose_staff_sit_on_the_verbands_council_is_still_one_school():
    body = ("Niveau 4 is extra ondersteuning met de consulent van het samenwerkingsverband. Wij voldoen aan de twaalf "
            "standaarden van het samenwerkingsverband. Twee collega's zijn lid van de ondersteuningsplanraad. De schoolleiding "
            "stelt dit plan vast; een toelaatbaarheidsverklaring vraagt de school aan. ") * 8
    doc = _doc([Block(HEADING, "Ondersteuningsplan 2025-2026", level=1, zone=COVER),
                Block(PARAGRAPH, "Het Baken College – vestiging Noordpoort", zone=COVER),
                Block(PARAGRAPH, body)])
    assert classify(doc).looks_like_plan is False


def test_a_school_that_names_the_verbands_council_only_as_the_body_that_approved_the_verbands_plan():
    body = ("Dit plan beschrijft de zorgniveaus op ons kindcentrum en sluit aan bij het ondersteuningsplan 2026-2030 van het "
            "samenwerkingsverband, waarmee de ondersteuningsplanraad (OPR) heeft ingestemd na OOGO met de gemeenten. De intern "
            "begeleider bespreekt leerlingen; een toelaatbaarheidsverklaring vraagt de school aan. ") * 8
    doc = _doc([Block(HEADING, "Ondersteuningsplan 2025-2026", level=1, zone=COVER),
                Block(PARAGRAPH, "Onderdeel van Stichting Openbaar Onderwijs Veenhoven; aangesloten bij Samenwerkingsverband "
                                 "Passend Primair Onderwijs Veenhoven", zone=COVER),
                Block(PARAGRAPH, "Vastgesteld door het MT, besproken met de MR op 16 september 2025", zone=COVER),
                Block(PARAGRAPH, body + "De medezeggenschapsraad heeft het plan besproken.")])
    assert classify(doc).looks_like_plan is False


def test_a_summary_that_points_to_the_full_plan_is_not_the_plan():
    summary = _doc([Block(HEADING, "Ons ondersteuningsplan 2026-2030 in één oogopslag", level=1, zone=COVER),
                    Block(PARAGRAPH, "Dit is een samenvatting. Het volledige ondersteuningsplan staat op onze website. Aan deze "
                                     "samenvatting kunnen geen rechten worden ontleend."),
                    Block(PARAGRAPH, PLAN_BODY)])
    assert classify(summary).looks_like_plan is False
    # a plan's own short version for parents is the plan
    short = _doc([Block(HEADING, "Ondersteuningsplan 2026-2030 - korte versie", level=1, zone=COVER),
                  Block(PARAGRAPH, "Dit is de korte versie van ons ondersteuningsplan, geschreven met ouders."),
                  Block(PARAGRAPH, PLAN_BODY)])
    assert classify(short).looks_like_plan is True


def test_a_cover_naming_the_plan_in_execution_does_not_make_an_annual_report_a_plan():
    doc = _doc([Block(HEADING, "Jaarverslag 2024", level=1, zone=COVER),
                Block(PARAGRAPH, "Ondersteuningsplan 2022-2026 in uitvoering", zone=COVER),
                Block(PARAGRAPH, PLAN_BODY)], title="Jaarverslag 2024")
    assert classify(doc).looks_like_plan is False


def test_a_councils_consent_decision_on_the_plan_is_no_plan(tmp_path):
    from opcheck.engine import check_paths, CheckOptions
    path = tmp_path / "besluit.md"
    path.write_text("# Instemmingsbesluit OPR VO Rijnstreek-West ondersteuningsplan 2026-2030\n\n"
                    "Op 15 januari 2026 ontving de ondersteuningsplanraad (OPR) van het samenwerkingsverband het verzoek om in te "
                    "stemmen met het concept-ondersteuningsplan 2026-2030. De OPR geeft per onderwerp zijn bevindingen: "
                    "basisondersteuning, toelaatbaarheid tot het vso, terugplaatsing, financiën en de planperiode.\n",
                    encoding="utf-8")
    assert not check_paths([path], CheckOptions()).plan.looks_like_plan


def test_a_koersplan_that_says_it_is_the_ondersteuningsplan_is_the_plan():
    """'Koersplan 2026-2030' whose foreword says "Dit koersplan is tevens het ondersteuningsplan van ..." (WPO art. 18a)."""
    def doc_with(foreword: str) -> Document:
        return _doc([Block(HEADING, "Koersplan 2026-2030", level=1, zone=COVER),
                     Block(HEADING, "Voorwoord", level=1),
                     Block(PARAGRAPH, foreword),
                     Block(HEADING, "Inleiding", level=1),
                     Block(PARAGRAPH, PLAN_BODY)], title="Koersplan 2026-2030")
    declared = ("Dit koersplan is tevens het ondersteuningsplan van Samenwerkingsverband PO Rivierenland als bedoeld in "
                "artikel 18a van de Wet op het primair onderwijs.")
    assert classify(doc_with(declared)).looks_like_plan is True
    assert classify(doc_with("Dit koersplan beschrijft de koers van de besturen voor de komende vier jaar.")).looks_like_plan is False


def test_a_title_page_naming_one_school_and_no_verband_is_that_schools_plan():
    """"Ondersteuningsplan 2025-2026" over "CSG Het Baken, vestiging Dalweg": a school's own plan."""
    def doc_with(line: str) -> Document:
        return _doc([Block(HEADING, "Ondersteuningsplan 2025-2026", level=1, zone=COVER),
                     Block(PARAGRAPH, line, zone=COVER),
                     Block(HEADING, "Inleiding", level=1),
                     Block(PARAGRAPH, PLAN_BODY)], title="Ondersteuningsplan 2025-2026")
    assert classify(doc_with("CSG Het Baken, vestiging Dalweg")).looks_like_plan is False
    assert classify(doc_with("Het Baken College")).looks_like_plan is False
    assert classify(doc_with("Samenwerkingsverband VO Dalweg")).looks_like_plan is True


def test_a_school_aangesloten_bij_the_verband_after_a_dash_is_that_schools_plan():
    """"OBS De Vlonder, Neder-Waal - aangesloten bij Samenwerkingsverband ..." on the title page; "De Vlonder voldoet aan
    de Lingelandse standaard van het samenwerkingsverband" in the text."""
    body = ("Dit ondersteuningsplan beschrijft hoe OBS De Vlonder de ondersteuning aan haar leerlingen organiseert in het "
            "schooljaar 2025-2026. De Vlonder voldoet aan de Lingelandse standaard van het samenwerkingsverband. De intern "
            "begeleider vraagt bij het samenwerkingsverband een toelaatbaarheidsverklaring aan. De medezeggenschapsraad heeft het "
            "plan besproken. ") * 8
    doc = _doc([Block(HEADING, "Ondersteuningsplan 2025-2026", level=1, zone=COVER),
                Block(PARAGRAPH, "OBS De Vlonder, Neder-Waal - aangesloten bij Samenwerkingsverband Passend Primair Onderwijs "
                                 "Lingeland (PO 26-07)", zone=COVER),
                Block(HEADING, "Inleiding", level=1),
                Block(PARAGRAPH, body)], title="Ondersteuningsplan 2025-2026")
    assert classify(doc).looks_like_plan is False


def test_a_school_plan_speaking_of_op_overeenstemming_gericht_overleg_with_parents_is_still_a_school_plan():
    """The OPP is discussed with parents "op overeenstemming gericht": the school's duty, not the verband's OOGO."""
    body = ("Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning organiseert. De medezeggenschapsraad "
            "heeft het plan besproken. Bij een OPP voeren we op overeenstemming gericht overleg met de ouders. De intern "
            "begeleider vraagt bij het samenwerkingsverband een toelaatbaarheidsverklaring aan. ") * 8
    doc = _doc([Block(HEADING, "Ondersteuningsplan 2025-2026", level=1, zone=COVER),
                Block(PARAGRAPH, "OBS De Wilgenhoek - Wilgenlaan 14, Deltadorp - aangesloten bij Samenwerkingsverband "
                                 "Passend Onderwijs Groene Delta", zone=COVER),
                Block(HEADING, "Inleiding", level=1),
                Block(PARAGRAPH, body)], title="Ondersteuningsplan 2025-2026")
    assert classify(doc).looks_like_plan is False


def test_a_school_plan_naming_the_verbands_council_as_the_verbands_is_still_a_school_plan():
    """"instemming van de ondersteuningsplanraad (OPR) van het samenwerkingsverband is niet nodig": the school names
    the verband's council from outside."""
    body = ("Dit ondersteuningsplan beschrijft hoe het Lingecollege de ondersteuning organiseert. De MR heeft adviesrecht op "
            "dit plan; instemming van de ondersteuningsplanraad (OPR) van het samenwerkingsverband is niet nodig, omdat dit een "
            "schooldocument is. De medezeggenschapsraad bespreekt het plan. De school vraagt een toelaatbaarheidsverklaring aan "
            "bij het samenwerkingsverband. ") * 8
    doc = _doc([Block(HEADING, "Ondersteuningsplan 2025-2026", level=1, zone=COVER),
                Block(PARAGRAPH, "Het Lingecollege – vmbo, havo, vwo – locatie Tiel", zone=COVER),
                Block(PARAGRAPH, "Aangesloten bij het samenwerkingsverband VO Rivierenland", zone=COVER),
                Block(HEADING, "Inleiding", level=1),
                Block(PARAGRAPH, body)], title="Ondersteuningsplan 2025-2026")
    assert classify(doc).looks_like_plan is False
