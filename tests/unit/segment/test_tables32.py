"""Two-column tables over a page break, zebra rows of uneven height, a shaded header row, and
footnote numbers on scanned pages (issue #8; bench/breadth/report-tables32.md). Fixtures:
`python -m tests.fixtures.tables32.src.build` (reportlab, Chromium, LibreOffice; the tests need
none of them).

(a) A table of two columns (label | text: a begrippenlijst) that runs to page 1's foot goes on
with page 2's rows, its header repeated there or not (main: page 2's rows were paragraphs, or a
second table). A besluitenlijst of 'Zaak:' / 'Besluit:' lines whose next page opens with 'Zaak:'
again opens a new item there (a table of its own); one cut after its 'Zaak:' line goes on.

(b) Zebra rows whose stripes or white rows differ in height (a wrapped cell) are a table; a
stripe at the run's end that is a box of its own (a shaded header row of the next table, a
callout as wide) is left out; stripes filled a cell at a time give the columns.

(c) On a scanned page Tesseract may read a note's raised number as a word of its own and fit
the line's x-height to the number's top: main read a plain '3' beside a raised '3' and the note
as a paragraph in a size larger than the text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services.segment.scan.hocr import Line as OcrLine
from services.segment.scan.hocr import Word
from services.segment.scan.reader import _unraised
from services.segment.segmenter import segment_pdf
from stukken.contracts.document import Segment
from tests.fixtures.tables32.src.build import (
    AFTER,
    CONTACT_HEAD,
    CONTACTS,
    HISTORY,
    HISTORY_HEAD,
    NOTE,
    SHORT,
    TERMS,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tables32"
BEGRIPPEN = [
    "begrippen.reportlab.pdf",
    "begrippen.chromium.pdf",
    "begrippen-ruled.chromium.pdf",
    "begrippen.libreoffice.pdf",
]


def _segments(name: str, *, ocr: bool = False) -> list[Segment]:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=ocr).segments


def _tables(segments: list[Segment]) -> list[Segment]:
    return [s for s in segments if s.kind == "table"]


@pytest.mark.parametrize("name", BEGRIPPEN)
def test_a_two_column_table_over_a_page_break_is_one_table(name: str) -> None:
    segments = _segments(name)
    tables = [t for t in _tables(segments) if (t.rows or [[""]])[0][0] == "Begrip"]
    assert len(tables) == 1
    terms = [row[0] for row in tables[0].rows or [] if row[0] not in ("", "Begrip")]
    assert terms == [term for term, _ in TERMS]
    page2 = [s.text for s in segments if s.page == 2 and s.kind == "paragraph"]
    assert not any(text.startswith(("Programma", "Projectbesluit")) for text in page2)


@pytest.mark.parametrize("name", BEGRIPPEN[1:3])
def test_each_term_keeps_its_definition(name: str) -> None:
    rows = next(t for t in _tables(_segments(name)) if (t.rows or [[""]])[0][0] == "Begrip").rows
    assert [row for row in rows or [] if row[0] != "Begrip"] == [list(pair) for pair in TERMS]


def test_a_besluitenlijst_item_opening_the_next_page_is_a_new_table() -> None:
    segments = _segments("besluiten.reportlab.pdf")
    tables = _tables(segments)
    assert [t.page for t in tables] == [1, 2]  # page 3's rows go on page 2's cut item
    assert len(tables[0].rows or []) == 24
    rows = tables[1].rows or []
    assert rows[0] == ["Zaak:", SHORT[0][0]] or rows[0][0] == "Zaak:"
    assert len(rows) == 29 + 9
    assert rows[28][0] == "Zaak:" and rows[29][0] == "Besluit:"


# (c) footnote numbers on scanned pages (tables31's scan fixtures)
SCANS = Path(__file__).parents[2] / "fixtures" / "tables31"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@needs_tesseract
@pytest.mark.parametrize("name", ["scanned.chromium.pdf", "scanned.reportlab.pdf"])
def test_a_scans_note_number_read_apart_still_makes_a_note(name: str) -> None:
    """Chromium's page 2: Tesseract read the note's '3' as a word of its own, raised, and fitted
    the line's x-height to its top; main made it a plain '3' beside a raised one and the line a
    paragraph in a size larger than the text ('3 Kamerstukken II ...')."""
    segments = segment_pdf((SCANS / name).read_bytes(), ocr=True).segments
    notes = [(s.page, s.number) for s in segments if s.kind == "footnote"]
    assert (2, "3") in notes and (2, "4") in notes and (3, "5") in notes
    body = [s.text for s in segments if s.kind == "paragraph"]
    assert not any(text.startswith(("3 Kamerstukken", "Kamerstukken", "3")) for text in body)


def _ocr_line(x_height: float, heights: list[int], marker: bool = False) -> OcrLine:
    words = [Word("woord", (0, 100 - h, 50, 100)) for h in heights]
    if marker:
        words.insert(0, Word("3", (0, 60, 10, 80), marker=True))
    return OcrLine((0, 60, 500, 100), 100.0, x_height * 1.6, x_height, x_height * 1.3, words)


def test_a_lines_x_height_fitted_to_its_marker_is_taken_from_its_words() -> None:
    lines = [_ocr_line(20.0, [28, 29, 30]) for _ in range(5)]
    inflated = _ocr_line(29.0, [28, 29, 30], marker=True)
    unmarked = _ocr_line(29.0, [28, 29, 30])  # no marker: Tesseract's fit stands
    _unraised([*lines, inflated, unmarked])
    assert inflated.x_height == pytest.approx(20.0)
    assert unmarked.x_height == 29.0
    assert all(line.x_height == 20.0 for line in lines)


# (b) zebra rows of uneven height, a shaded header row alone, callouts
HISTORY_ROWS = [list(HISTORY_HEAD), *(list(row) for row in HISTORY)]
CONTACT_ROWS = [list(CONTACT_HEAD), *(list(row) for row in CONTACTS)]


@pytest.mark.parametrize("name", ["zebra.reportlab.pdf", "zebra.chromium.pdf"])
def test_zebra_rows_of_uneven_height_make_a_table(name: str) -> None:
    """A wrapped cell makes its row taller than the stripes: main read the narrow columns' text
    run together ('Versie Datum', '12-01-2026 Eerste opzet.')."""
    tables = [t.rows for t in _tables(_segments(name))]
    assert HISTORY_ROWS in tables


@pytest.mark.parametrize("name", ["zebra.reportlab.pdf", "zebra.chromium.pdf"])
def test_a_shaded_header_row_and_callouts(name: str) -> None:
    """The table under one shaded header row is read (its rows unruled); the callouts, as wide
    as the zebra table and each other, stay paragraphs, and the text after the table stays out
    of it."""
    segments = _segments(name)
    assert CONTACT_ROWS in [t.rows for t in _tables(segments)]
    paragraphs = [" ".join(s.text.split()) for s in segments if s.kind == "paragraph"]
    for text in (*NOTE, AFTER):
        assert text in paragraphs
