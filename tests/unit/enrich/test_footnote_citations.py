"""Citations as footnotes print them: the publication id, a dossier with its chapter and number,
'EU-verordening 1008/2008', and letter-spaced footnote text; with their near misses."""

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text
from services.enrich.references.spacing import close_gaps
from stukken.contracts import Segment, SegmentedDocument


def ids(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(kst-30552-3)", ["kst-30552-3"]),
        ("zie kst-36200-XII-60.", ["kst-36200-XII-60"]),
        ("Kamerstuk 36200-XII-60", ["kst-36200-XII-60"]),
        ("Kamerstuk 31700-VII", ["kst-31700-VII"]),  # the dossier alone stays a dossier
        ("EU-verordening 1008/2008", ["32008R1008"]),
        ("EG-verordening 1907/2006", ["32006R1907"]),
        ("EU-verordening 2019/1020", ["32019R1020"]),
        ("EU-richtlijn 2019/1937", ["32019L1937"]),
    ],
)
def test_footnote_forms(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    ["kst-3055", "kst-30552", "Kostenpost kst-99999-1", "verordening 1008/2008", "tel. 0703-1234"],
)
def test_footnote_near_misses(text: str) -> None:
    assert ids(text) == []


def _refs(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="f1", kind="footnote", page=1, text=text)])
    return [(r.normalized, r.text) for r in find_references(doc)]


def test_letter_spaced_footnote_is_read_with_its_gaps_closed() -> None:
    text = "T weede T us senrapportage, bijlage bij Kamerstukken I I, 2 0 22-2023, 2 9665, nr. 482."
    assert _refs(text) == [("kst-29665-482", "Kamerstukken I I, 2 0 22-2023, 2 9665, nr. 482")]


def test_letter_spaced_enumeration() -> None:
    text = "Kamers tukken 2 9665, nummers 4 27, 4 3 3 en 4 73."
    assert [n for n, _ in _refs(text)] == ["kst-29665-427", "kst-29665-433", "kst-29665-473"]
    assert {t for _, t in _refs(text)} == {"Kamers tukken 2 9665, nummers 4 27, 4 3 3 en 4 73"}


def test_spaced_publication_id_and_chapter() -> None:
    assert _refs("Zie M emorie van T oelichting (kst -30552-3).") == [
        ("kst-30552-3", "kst -30552-3")
    ]
    assert _refs("Kamers tuk 3 6200-XII-60") == [("kst-36200-XII-60", "Kamers tuk 3 6200-XII-60")]


def test_ordinary_text_keeps_its_spaces() -> None:
    # Digits apart in ordinary text stay apart: no number is made by joining them.
    assert close_gaps("Een zin met 12 34 en De Raad van State.") is None
    assert _refs("In 2 023 zijn er 4 27 meldingen, Kamerstuk 29 383, nr. 12.") == [
        ("kst-29383-12", "Kamerstuk 29 383, nr. 12")
    ]


def test_names_in_a_letter_spaced_footnote_are_found_as_printed() -> None:
    from services.enrich.enricher import find_entities

    text = "Rec ent onderzoek van de A lgemene Rekenkamer bevestigt dit. Zie T oelichting."
    doc = SegmentedDocument(segments=[Segment(id="f1", kind="footnote", page=1, text=text)])
    found = [(e.text, e.canonical) for e in find_entities(doc) if e.type == "organization"]
    assert found == [("A lgemene Rekenkamer", "Algemene Rekenkamer")]


def test_words_of_one_capital_are_no_letter_spacing() -> None:
    assert close_gaps("U kunt bellen. U bent welkom bij de Kiesraad, zie 2 3.") is None
    assert close_gaps("I have read it and I agree with 2 3.") is None
