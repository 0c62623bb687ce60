"""sidecol41 (issue #8): a side column's content fields are body, its particulars letterhead.

A ministry note's side column (sweep40: Economic Affairs' one-page beslisnota's losing 6-9 % of
their words) holds particulars (the date, the kenmerk, the author) and fields that name things a
reader wants and a search should find: the enclosures ('Bijlage(n)' over 'Tweede Nota van
Wijziging Instellingswet ATR'), who gets a copy, a subject, a paper referred to in words. Such a
field, label and value together, is one body paragraph of role `side_field` (its label and value
in `fields`), after the page's letterhead, never inside the body's paragraphs
(`aside.side_fields`, `placing.fields_as_body`). A count ('Bijlage(n) 2'), a code, a date, an
address or contact stays letterhead; the metadata read from the letterhead is the same.

Fixtures: `python -m tests.fixtures.sidecol41.src.build` (reportlab per word, headless Chromium).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.aside import names_things, side_fields
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sidecol41"
PRODUCERS = ["", ".chromium"]
LETTERHEAD = ["Auteur", "J. de Vries", "TER BESLISSING", "Datum", "5 december 2024", "Kenmerk"]


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("producer", PRODUCERS)
def test_enclosures_and_copies_are_body_of_their_own(producer: str) -> None:
    doc = _doc(f"nota{producer}.pdf")
    fields = [s for s in doc.segments if s.role == "side_field"]
    assert [(s.kind, s.fields) for s in fields] == [
        ("paragraph", {"label": "Kopie aan", "value": "Directie Wetgeving en Juridische Zaken"}),
        (
            "paragraph",
            {"label": "Bijlage(n)", "value": "Tweede Nota van Wijziging Instellingswet ATR"},
        ),
    ]
    assert _flat(fields[1].text) == "Bijlage(n) Tweede Nota van Wijziging Instellingswet ATR"
    # the particulars stay letterhead, the sender's units address
    head = [_flat(s.text) for s in doc.segments if s.kind == "letterhead"]
    for text in [*LETTERHEAD, "DGBI-O / 95900464"]:
        assert text in head, (text, head)
    body = " ".join(_flat(s.text) for s in doc.segments if s.kind not in ("letterhead",))
    assert "DGBI-O" not in body and "J. de Vries" not in body


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_fields_stand_after_the_letterhead_before_the_body(producer: str) -> None:
    doc = _doc(f"nota{producer}.pdf")
    kinds = [(s.kind, s.role) for s in doc.segments]
    first_field = kinds.index(("paragraph", "side_field"))
    last_head = max(i for i, (kind, _) in enumerate(kinds) if kind == "letterhead")
    first_body = next(
        i for i, (kind, role) in enumerate(kinds) if kind != "letterhead" and role != "side_field"
    )
    assert last_head < first_field < first_body
    # no body paragraph took a field's words, no field took the body's
    texts = [_flat(s.text) for s in doc.segments if s.role is None]
    assert not any("Instellingswet ATR" in t and t.startswith("Bijlage") for t in texts)
    assert texts[0] == "Tweede nota van wijziging Instellingswet ATR"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_letterhead_metadata_is_read_as_before(producer: str) -> None:
    meta = _doc(f"nota{producer}.pdf").metadata
    assert meta.ons_kenmerk == "DGBI-O / 95900464"
    assert meta.date == "2024-12-05"
    assert meta.title == "Tweede nota van wijziging Instellingswet ATR"
    assert meta.quality is not None
    assert meta.quality.chars_by_role.get("side_column", 0) > 0  # the particulars


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_count_and_an_empty_copy_stay_letterhead(producer: str) -> None:
    doc = _doc(f"telling{producer}.pdf")
    assert not [s for s in doc.segments if s.role == "side_field"]
    head = [_flat(s.text) for s in doc.segments if s.kind == "letterhead"]
    for text in ["Kopie aan", "Bijlage(n)", "2"]:
        assert text in head, (text, head)


def _line(text: str, top: float, size: float = 6.5) -> Line:
    return Line(1, 459.0, top - size, 540.0, top, top - size * 0.8, size, False, text)


def _fields(*rows: tuple[str, float]) -> list[tuple[str, str]]:
    block = Block([_line(text, top) for text, top in rows], role="side_column").finish()
    return [(f.label, f.value) for f in side_fields([block])]


def test_a_field_ends_at_a_blank_line_or_the_next_label() -> None:
    # 'Bij beantwoording ...' after a blank line is no part of the kenmerk's value
    assert (
        _fields(
            ("Ons kenmerk", 700),
            ("IENW/BSK-2022/248639", 692),
            ("Bij beantwoording de datum en", 676),
            ("ons kenmerk vermelden", 668),
        )
        == []
    )
    # a list of enclosures on lines right under the label, up to the next label
    assert _fields(
        ("Bijlage(n) -3", 600),
        ("1. Werkprogramma 2025 ATR", 592),
        ("2. Brief TK inzake werkprogramma", 584),
        ("Kopie aan", 576),
        ("DGBI", 568),
    ) == [
        ("Bijlage(n)", "-3 1. Werkprogramma 2025 ATR 2. Brief TK inzake werkprogramma"),
    ]


def test_a_reference_in_words_is_content_a_code_is_not() -> None:
    assert _fields(("Uw brief", 700), ("3 mei 2024 over de stikstofaanpak", 692)) == [
        ("Uw brief", "3 mei 2024 over de stikstofaanpak")
    ]
    assert _fields(("Uw kenmerk", 700), ("20170744/MW/EW", 692)) == []
    assert _fields(("Onze referentie", 700), ("Wob/2020/171", 692)) == []


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Tweede Nota van Wijziging Instellingswet ATR", True),
        ("A - Relevante Wob-artikelen B - Inventarislijst", True),
        ("Minister van BZK", True),
        ("3", False),
        ("geen", False),
        ("5 december 2024", False),
        ("DGBI-O / 95900464", False),
        ("Postbus 20401 2500 EK Den Haag", False),
        ("wob-loket@minienw.nl", False),
        ("1-8-2015 23-9-2015", False),
        ("SKI / documentId", False),
        ("DGA PAV / 21133387", False),
    ],
)
def test_what_names_things(value: str, names: bool) -> None:
    assert names_things(value, [value]) is names
