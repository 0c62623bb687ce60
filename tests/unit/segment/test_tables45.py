"""A table ruled across cut by the page break over a footnote (tables45; issue #8 points 2-3;
bench/breadth/report-tables45.md). Fixtures: `python -m tests.fixtures.tables45.build`
(reportlab) and matrix38's `woolijst` (seven producers).

table44 reads a table ruled across only and lets it go on atop the next page when nothing in
its type stands close under it (`across._open_end`). LibreOffice sets woolijst's footnote at
page 1's foot, close under the row the page break cuts: the note was taken for a paragraph
after the table, the table for closed, and (one body row) for no table at all; the whole
inventory went to the gap reader. A line under a footnote's separator (a rule across shorter
than the table, at its left) follows no table: the table at the body's foot stays open.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout import across
from services.segment.segmenter import segment_pdf
from stukken.contracts.document import Segment
from tests.fixtures.matrix38.src.woolijst import INVENTARIS
from tests.fixtures.producers.score import PRODUCERS
from tests.fixtures.table44.build import HEAD, ROWS
from tests.fixtures.tables45.build import NOTE

HERE = Path(__file__).parents[2] / "fixtures"


def _segments(path: Path) -> list[Segment]:
    return list(segment_pdf(path.read_bytes(), ocr=False).segments)


def test_a_table_cut_over_a_footnote_goes_on_atop_the_next_page() -> None:
    """Two rows on page 1, a footnote close under them, four rows atop page 2 in the same
    columns: one table of the six rows, wrapped cells whole; the note stays a footnote."""
    segments = _segments(HERE / "tables45" / "footnote.pdf")
    assert [s.rows for s in segments if s.kind == "table"] == [[HEAD, *ROWS]]
    notes = [" ".join(s.text.split()) for s in segments if s.kind == "footnote"]
    assert any(NOTE.split(" ", 1)[1] in note for note in notes)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_woo_inventory_reads_whole_by_every_producer(producer: str) -> None:
    """matrix38's inventory (8 rows x 6 columns, 3-4-line cells, over a page break): LibreOffice
    cuts row 1 at page 1's foot over the letter's footnote; every producer reads it whole."""
    segments = _segments(HERE / "matrix38" / "pdf" / f"woolijst.{producer}.pdf")
    rows = [row for s in segments if s.kind == "table" for row in s.rows or []]
    assert rows == [list(row) for row in INVENTARIS]


def _line(top: float, x0: float, x1: float, glyph: float = 5.0) -> across.TextLine:
    boxes = [(float(x), top - glyph, x + 3.5, top) for x in range(int(x0), int(x1), 4)]
    return (top, top - glyph, boxes, False)


def test_only_a_footnote_separator_lets_a_table_over_a_close_line_go_on() -> None:
    """A line close under the table in its type closes it (a paragraph after it), unless a
    rule shorter than the table stands between them at its left (a note's separator); a rule
    as long as the table, or one that starts elsewhere, is no separator."""
    body = [_line(130.0, 80, 360)]
    note = _line(112.0, 72, 360)
    lines = [*body, note]
    bottom = 124.5
    assert not across._open_end(lines, body, bottom)
    short = [(118.0, 72.0, 216.0)]
    assert across._separator(short, 77.5, 365.5, bottom) == 118.0
    assert across._open_end(lines, body, bottom, across._separator(short, 77.5, 365.5, bottom))
    for rules in ([(118.0, 77.5, 365.5)], [(118.0, 250.0, 365.0)], [(130.0, 72.0, 216.0)]):
        assert across._separator(rules, 77.5, 365.5, bottom) is None
    # a paragraph between the table and the separator still closes it
    between = [*body, _line(122.0, 80, 360), note]
    assert not across._open_end(between, body, bottom, 116.0)
