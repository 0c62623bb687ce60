"""Tables ruled across only, read as their columns (table44; issue #8 points 2-3;
bench/breadth/report-table44.md). Fixtures: `python -m tests.fixtures.table44.build` (reportlab)
and the producer matrix's `woobesluit` (seven producers; tests/fixtures/producers).

A Woo inventory ruled over and under its header and under its last row, nothing down: the
columns stand 6-10 pt apart, so the text lines alone ran header words together ('Nr. Document',
'Beoordeling Grond'), a date into the next column ('14-01-2025 Deels'), and a cell's wrapped
line ('openbaar') made a row of its own. The columns are now the gutters that run down every
line between the rules, the rows opened by the first column's entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout import across
from services.segment.segmenter import segment_pdf
from stukken.contracts.document import Segment
from tests.fixtures.matrix30.src.woobesluit import INVENTORY as MATRIX30
from tests.fixtures.producers.score import PRODUCERS
from tests.fixtures.producers.src.woobesluit import INVENTORY
from tests.fixtures.table44.build import AFTER, BEFORE, HEAD, ROWS

HERE = Path(__file__).parents[2] / "fixtures"


def _segments(path: Path) -> list[Segment]:
    return list(segment_pdf(path.read_bytes(), ocr=False).segments)


def _tables(path: Path) -> list[list[list[str]]]:
    return [s.rows or [] for s in _segments(path) if s.kind == "table"]


@pytest.mark.parametrize("name", ["across.pdf", "rowrules.pdf"])
def test_a_table_ruled_across_reads_its_columns_and_rows(name: str) -> None:
    """Header words a few points apart stay apart, a wrapped cell is one cell of its row; the
    text before and after the table stays out of it."""
    segments = _segments(HERE / "table44" / name)
    tables = [s.rows for s in segments if s.kind == "table"]
    assert tables == [[HEAD, *ROWS]]
    paragraphs = [" ".join(s.text.split()) for s in segments if s.kind == "paragraph"]
    assert BEFORE in paragraphs and AFTER in paragraphs


def test_rules_around_a_heading_and_prose_make_no_table() -> None:
    """A heading ruled over and under, and a page's header and footer rules around two columns
    of prose: no gutter runs down the lines in three columns, so no table."""
    assert _tables(HERE / "table44" / "notable.pdf") == []


def test_a_table_without_rules_is_left_to_the_gap_reader() -> None:
    """No rule, no grid: the rows are the gap reader's (tables.py), every row still there."""
    (rows,) = _tables(HERE / "table44" / "norules.pdf")
    assert [row[0] for row in rows[1:]] == [row[0] for row in ROWS]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_woo_decisions_inventory_reads_alike_by_every_producer(producer: str) -> None:
    """The matrix's inventory (13 rows x 5 columns, over a page break in most producers): every
    cell as the page shows it. LibreOffice breaks the last row over the page, its 'openbaar'
    alone atop page 3 between two rules: the rest of the row, read in the table's columns."""
    (rows,) = _tables(HERE / "producers" / "pdf" / f"woobesluit.{producer}.pdf")
    assert rows == [list(row) for row in INVENTORY]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_an_inventory_going_on_over_the_page_reads_as_one(producer: str) -> None:
    """matrix30's inventory runs from page 1 to page 2; the rest stands under no header and
    under a rule or none (each producer draws it otherwise): one table, 11 rows x 5."""
    (rows,) = _tables(HERE / "matrix30" / "pdf" / f"woobesluit.{producer}.pdf")
    assert rows == [list(row) for row in MATRIX30]


def test_columns_need_a_gutter_wider_than_a_space_lined_up() -> None:
    """A space at one x in every line ('5.1.2e, 5.2' over '5.1.2e, 5.1.2i') is narrower than
    the gutter a column leaves; a gutter with no text lined up at either side parts nothing."""
    glyph = 5.0  # a glyph's height

    def word(x: float, y: float, n: int) -> list[across.Box]:
        return [(x + 4 * k, y, x + 4 * k + 3.5, y + glyph) for k in range(n)]

    lines = []
    for y in (100.0, 88.0, 76.0):
        boxes = word(10, y, 3) + word(40, y, 5) + word(63, y, 2) + word(74, y, 3)
        lines.append((y + glyph, y, boxes, False))
    # 3.5 pt between 'a' and 'b' columns' text (at 60 and 63): a space, not a gutter
    assert across.columns(lines, 0.0, 100.0) == [0.0, 39.0, 100.0]


def test_rules_drawn_cell_by_cell_are_one_rule() -> None:
    """A word processor draws each cell's border: pieces end to end at one height join."""
    boxes = [(10.0, 99.8, 60.0, 100.3), (60.0, 99.8, 140.0, 100.3), (10.0, 50.0, 140.0, 50.5)]
    rules = across.across_rules(boxes)
    assert [(round(y), x0, x1) for y, x0, x1 in rules] == [(100, 10.0, 140.0), (50, 10.0, 140.0)]
    assert across.rule_sets(rules) == [rules]
