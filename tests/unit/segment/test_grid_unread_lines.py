"""A drawn grid's cells are read from inside their rectangles; a line inside the grid that no
cell reads (column labels turned a quarter that run out of their cells across the rules, as a
spreadsheet annex prints them) stays a body line beside the table, so no word is lost
(breadth21). The same table typeset by reportlab, WeasyPrint and Typst."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf
from tests.fixtures.breadth21.build import HEAD, ROWS, grid_reportlab

HERE = Path(__file__).parents[2] / "fixtures" / "breadth21"
PRODUCERS = ["reportlab", "weasyprint", "typst"]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


@pytest.mark.parametrize("producer", PRODUCERS)
def test_turned_labels_no_cell_reads_stay_body(producer: str) -> None:
    doc = segment_pdf((HERE / f"grid-turned.{producer}.pdf").read_bytes(), ocr=False)
    body = [s for s in doc.segments if s.kind not in ("furniture", "letterhead")]
    words = {w for s in body for w in _words(s.text)}
    for label in ("oppervlakte", "zoekgebied", "score", "weidevogels"):
        assert label in words
    tables = [s for s in doc.segments if s.kind == "table"]
    assert tables
    cells = {c for s in tables for row in s.rows or [] for c in row}
    assert {"Cluster", "Woningen", "1000", "3,00%"} <= cells  # the grid is still read as cells
    assert sum(len(s.rows or []) for s in tables) >= len(ROWS)


def test_a_grid_whose_cells_read_every_line_keeps_them_all() -> None:
    """The near miss: no turned labels, every line's words in a cell: the table holds every
    line of the grid, and no line of it stands beside it as a paragraph."""
    doc = segment_pdf(grid_reportlab(turned=False), ocr=False)
    paragraphs = [s.text for s in doc.segments if s.kind == "paragraph"]
    assert not any(HEAD[0] in text or ROWS[0][5] in text for text in paragraphs)
    assert [s.kind for s in doc.segments if s.kind == "table"] == ["table"]
