"""A drawn grid's cells replace the lines inside it only when they hold those lines' words."""

from __future__ import annotations

from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import split_tables


def _line(y: float, text: str) -> Line:
    return Line(page=1, x0=72, y0=y, x1=500, y1=y + 10, base=y + 2, size=10, bold=False, text=text)


LINES = [
    _line(700, "2.2.1 Timing aanpasbaar A Voldoet"),
    _line(686, "2.3.1 Drie flitsen A Voldoet"),
]
BOX = (60.0, 680.0, 520.0, 715.0)


def test_a_grid_that_reads_its_lines_whole_becomes_the_table() -> None:
    rows = [
        ["2.2.1", "Timing aanpasbaar", "A", "Voldoet"],
        ["2.3.1", "Drie flitsen", "A", "Voldoet"],
    ]
    (table,) = split_tables(LINES, 14.0, [GridTable(1, BOX, rows)])
    assert isinstance(table, Block) and table.rows == rows


def test_a_grid_that_cuts_words_off_gives_way_to_the_lines() -> None:
    # a rule through the text: each cell kept only what lay inside its rectangle
    rows = [["2.2.1", "Timing aanp", "A", "Voldoet"], ["2.3.1", "Drie", "A", "Voldoet"]]
    pieces = split_tables(LINES, 14.0, [GridTable(1, BOX, rows)])
    text = " ".join(
        p.text if isinstance(p, Block) else " ".join(ln.text for ln in p) for p in pieces
    )
    assert "aanpasbaar" in text and "flitsen" in text
