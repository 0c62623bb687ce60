"""aside39 (issue #8, sweep39's AERIUS reports): a table's right-hand columns filed as side column.

AERIUS sets a report's table of sources with the figures ('Emissie NH3' / 'Emissie NOx' over
'6.400,0 kg/j' / '-', 'Rekenmaat (LxBxH, oriëntatie)' over '33,4 m x 20,6 m x 8,0 m, 90 °') in
smaller type than the row heads ('Landbouw | Stalemissies | Test Varkenstal' in 9 pt, the
figures in 7 pt), right-aligned, a wide gap left of them, every row on a line of its own. The
columns step reads the figures as a strip beside the body; their head repeats on the next page,
which counted as a side column's evidence, and 1.65-5.44 % of the four reports' words were filed
as furniture `side_column`. `placing._table_columns` took a strip back into the body only when
its lines stood level with body lines in the same type (a letter's side column in 7 pt beside 10
pt text is set on the text's rows). Now also when every line beside the body (two at least)
stands level with a body line left of it on a row of its own: no other line, beside or in the
body, within twice the rows' type above or below. A side column's labels and values stand on
consecutive lines, and so does the prose beside it.

Fixtures: `python -m tests.fixtures.aside39.src.build` (reportlab and headless Chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.assemble import segment_pages
from services.segment.layout.words import PageRuns
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.unit.segment.page_runs import NOT_BODY, body_text, line_runs

FIXTURES = Path(__file__).parents[2] / "fixtures" / "aside39"
PRODUCERS = ["", ".chromium"]
FIGURES = [
    "Emissie NH3",
    "Emissie NOx",
    "960,0 kg/j",
    "1.287,0 kg/j",
    "2,1 kg/j",
    "Rekenmaat (LxBxH)",
    "41,0 x 18,2 x 7,5 m",
    "1.020,4 kg/j",
    "12,7 kg/j",
    "412,8 kg/j",
]


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_tables_figures_in_smaller_type_are_no_side_column(producer: str) -> None:
    doc = _doc(f"bronnen{producer}.pdf")
    assert not [s for s in doc.segments if s.role == "side_column"]
    body = _flat(body_text(doc))
    for text in FIGURES:
        assert text in body, (text, body)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_figures_read_with_their_rows(producer: str) -> None:
    """Page 2's rows read across: the text over the table first, each source then its figures."""
    doc = _doc(f"bronnen{producer}.pdf")
    page2 = _flat(" ".join(s.text for s in doc.segments if s.page == 2 and s.kind not in NOT_BODY))
    order = ["lopen hier door", "4 Verkeer", "1.020,4 kg/j", "5 Energie", "2.310,0 kg/j"]
    at = [page2.find(text) for text in order]
    assert -1 not in at and at == sorted(at), (at, page2)


def _rows_page(number: int, per_word: bool, rows: int) -> PageRuns:
    """A row head in 9 pt at the left, its figures in 7 pt far right, a row every 30 pt."""
    lines = [(f"Scenario {number}, rekenjaar 2024", 100.0, 760.0, 9.0)]
    lines += [("Emissiebronnen", 100.0, 700.0, 9.0), ("Emissie NH3", 440.0, 700.0, 7.0)]
    for k in range(rows):
        y = 670.0 - 30 * k
        lines += [(f"{k + 1} Landbouw | Stal {k + 1}", 100.0, y, 9.0)]
        lines += [(f"{k + 1}60,0 kg/j", 450.0, y, 7.0)]
    runs = [r for t, x, y, size in lines for r in line_runs(t, x, y, size, per_word)]
    return PageRuns(number, 595.0, 842.0, runs)


@pytest.mark.parametrize("per_word", [False, True])
def test_two_figures_on_rows_of_their_own_go_back_to_the_body(per_word: bool) -> None:
    """The projectberekeningen's page 3: the head and one source's figure, two lines (a guard:
    main's columns step keeps this drawn page's strip in the body already)."""
    doc = segment_pages([_rows_page(1, per_word, 1), _rows_page(2, per_word, 1)], 2)
    assert not [s for s in doc.segments if s.kind in NOT_BODY and "kg/j" in s.text]
    assert "160,0 kg/j" in body_text(doc) and "Emissie NH3" in body_text(doc)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_side_column_of_spaced_items_beside_prose_stays_the_side_column(per_word: bool) -> None:
    """A letter's side column of one-line items with room between them, each level with a line
    of the prose beside it: the prose's lines stand close above and below, so no row of its own."""

    def page(number: int) -> PageRuns:
        text = f"Dit is regel van de brief op pagina {number}, de tekst loopt gewoon door"
        lines = [(text, 70.0, 700.0 - 14 * i, 10.0) for i in range(12)]
        side = ["Directie Wetgeving", "Datum 3 april 2009", "Ons kenmerk 2009-0000123456"]
        lines += [(t, 450.0, 700.0 - 42 * i, 7.0) for i, t in enumerate(side)]
        runs = [r for t, x, y, size in lines for r in line_runs(t, x, y, size, per_word)]
        return PageRuns(number, 595.0, 842.0, runs)

    doc = segment_pages([page(1), page(2), page(3)], 3)
    body = body_text(doc)
    assert "Ons kenmerk" not in body and "Directie Wetgeving" not in body
