"""read28 (issue #8: every family read as a person reads it; no invented headings).

A head heads a text. Labels head nothing: a drawn diagram's box labels (Logius's 'Inleiding
Logboek dataverwerkingen'), a printed web form's field labels over their values (the
Omgevingsloket's 'melding'), words standing in cells across a chart or a map, a letter's
particulars ('Datum 1 juli 2021') and its closing ('Hoogachtend,'). They are read as paragraphs,
never dropped; the section heads around them stay. Fixtures: tests/fixtures/read28 (reportlab and
WeasyPrint; `src/build.py`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from services.segment.layout import headings
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PRODUCERS = ["reportlab", "weasyprint"]


@cache
def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _heads(doc: SegmentedDocument) -> list[str]:
    return [s.text for s in doc.segments if s.kind in ("heading", "title")]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_diagram_labels_are_no_heads(producer: str) -> None:
    doc = _doc(f"read28/diagram.{producer}.pdf")
    assert _heads(doc) == ["3.2 Het logboek en het register", "Operaties die elkaar aanroepen"]
    body = " ".join(s.text for s in doc.segments if s.kind == "paragraph")
    for label in ("Logboek", "ProcessingActivity", "Operation 1", "Operation 2", "Organisatie A"):
        assert label in body  # kept as text, never dropped


@pytest.mark.parametrize("producer", PRODUCERS)
def test_form_labels_are_no_heads(producer: str) -> None:
    doc = _doc(f"read28/form.{producer}.pdf")
    assert _heads(doc) == ["Uw gegevens", "Vragen en antwoorden"]
    texts = [(s.kind, s.text) for s in doc.segments]
    for label, value in (("Huisnummer", "12"), ("Postcode", "7731 AB"), ("Plaats", "Witharen")):
        at = texts.index(("paragraph", label))
        assert texts[at + 1] == ("paragraph", value)


def test_criterion_heads_over_a_result_and_prose_stay() -> None:
    """An audit's criterion heads a one-line result and then its prose: a head, not a label."""
    doc = _doc("read27/audit-results.reportlab.pdf")
    assert sum(1 for h in _heads(doc) if h.startswith("Succescriterium")) == 4


def _line(text: str, cells: list[str], x0: float = 70, y0: float = 700, size: float = 11) -> Line:
    spans, x = [], x0
    for cell in cells:
        spans.append((x, x + 6 * len(cell), cell))
        x += 6 * len(cell) + 40
    return Line(1, x0, y0, x, y0 + size, y0 + 2, size, True, text, cells=spans)


@pytest.mark.parametrize(
    ("cells", "apart"),
    [
        (["1.2", "Aanpak"], False),  # a section's number set off by a tab
        (["Artikel 3", "Begrippen"], False),
        (["Betreft", "Reactie op uw Wob-verzoek"], False),
        (["Aanpak"], False),
        (["P12", "Voorzieningen"], False),  # a code, as the Iv3 rules number their items
        (["Kasstroomoverzicht", "2026"], False),  # a year set apart at the head's end
        (["Q1 2024", "Q4 2024", "2025"], True),  # a chart's axis
        (["Operation 1", "processing_activity_id"], True),  # two boxes side by side
        (["Datum", "1 juli 2021"], True),  # a letter's particular
    ],
)
def test_words_in_cells_head_nothing(cells: list[str], apart: bool) -> None:
    block = Block([_line(" ".join(cells), cells)], kind="heading").finish()
    assert headings._in_cells(block) is apart


@pytest.mark.parametrize(
    ("text", "particular"),
    [
        ("Datum 1 juli 2021", True),
        ("Datum verzending", True),
        ("Hoogachtend, ^", True),
        ("Met vriendelijke groet,", True),
        ("Datum en plaats van de zitting", False),
        ("Hoogachtend zijn wij niet", False),
    ],
)
def test_a_letters_particulars_and_closing_head_nothing(text: str, particular: bool) -> None:
    assert bool(headings._PARTICULAR.match(text)) is particular


@pytest.mark.parametrize(
    ("text", "ordered"),
    [
        ("b) Datum ontvangst Commissiedocument", True),  # a BNC fiche's lettered fields
        ("(c) Nr. Commissiedocument", True),
        ("j. Rol Europees Parlement", True),
        ("2.1 Aanpak", True),
        ("Huisnummer", False),
        ("Operation 1", False),
        ("ja) nee", False),
    ],
)
def test_a_lettered_head_orders_as_a_numbered_one(text: str, ordered: bool) -> None:
    block = Block([_line(text, [text])], kind="heading").finish()
    assert headings._ordered(block) is ordered


def test_a_fiches_lettered_fields_stay_heads_alike(corpus: Path) -> None:
    """'a) Titel voorstel' to 'j) Rol Europees Parlement' head their values alike: a lettered
    head is ordered, no form label, whatever the length of its value."""
    pdf = corpus / "breadth" / "bnc-fiche-5-mifid.pdf"
    doc = segment_pdf(pdf.read_bytes(), ocr=False)
    lettered = [
        s
        for s in doc.segments
        if s.page == 1 and len(s.text) <= 40 and headings._LETTERED.match(s.text)
    ]
    assert len(lettered) >= 9
    assert {s.kind for s in lettered} == {"heading"}
