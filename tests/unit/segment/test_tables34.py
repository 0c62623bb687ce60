"""Tables over a page break between a page OCR read and a page read from its text layer
(issue #8; bench/breadth/report-tables34.md). Fixtures: `python -m
tests.fixtures.tables34.src.build` (reportlab, Chromium; the tests need none of them).

(a) A contents table whose page's heads were set as pictures of text (so OCR reads that page
too, its words added to the text layer's: the page is in the document's `ocr_pages`) runs on
to the next page, read from its text layer alone; likewise an inventory whose first page was
scanned. Main made one table of both pages, its segment on the OCR'd page: the next page's
rows were counted as OCR's (coverage.py leaves the OCR'd pages' segments out, so they counted
lost: sweep31's FMSservice 0.11 -> 0.51 %). Now each page's rows are a table of their own,
every row kept.

(b) A page-1 side column standing above the body (BZK's nota template, sweep33's fixtures by
reportlab and Chromium): its 'Datum' / '12 maart 2025' / 'Bijlage(n)' at one x right of 'Aan
MBZK' / 'Van DGDOB/DD' were read as a third column of their table ('Aan | MBZK | Datum'), and
the nota's title and date were not found. Now the column is read as lines of its own, before
the 'Aan' / 'Van' table.

(c) A Woo inventory in a ruled grid over two pages whose page 1 ends with words `_unread`
moved out of the grid (a word the cells read once less than the lines say: 'en', 'de',
'26-4-2019'; a web address's piece cut by a rule): main read them as a
paragraph between page 1's table and page 2's, so the inventory fell apart into a table a
page (5 of read29's 15 inventories, 2-5 tables each). Now the grids go on over the break, the
moved words after the table.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import _side_column, split_tables
from services.segment.segmenter import segment_pdf
from tests.fixtures.tables31.src.build import INVENTORY
from tests.fixtures.tables34.src.build import CONTENTS, ON_PAGE_1

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tables34"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


def _tables(name: str) -> tuple[list[int], list[tuple[int, list[list[str]]]]]:
    result = segment_pdf((FIXTURES / name).read_bytes(), ocr=True)
    tables = [(s.page, s.rows or []) for s in result.segments if s.kind == "table"]
    return result.metadata.ocr_pages, tables


@needs_tesseract
@pytest.mark.parametrize("name", ["contents.reportlab.pdf", "contents.chromium.pdf"])
def test_a_contents_table_parts_where_ocr_stops(name: str) -> None:
    ocr_pages, tables = _tables(name)
    assert ocr_pages == [1]
    entries = [[entry, str(page)] for _, rows in CONTENTS for entry, page in rows]
    on_page = {1: entries[:ON_PAGE_1], 2: entries[ON_PAGE_1:]}
    for page, want in on_page.items():  # every entry in a table of its own page, in order
        assert [row for p, rows in tables if p == page for row in rows] == want


@needs_tesseract
def test_a_scanned_pages_grid_does_not_take_the_next_pages_rows() -> None:
    ocr_pages, tables = _tables("scanfirst.chromium.pdf")
    assert ocr_pages == [1]
    page2 = [row for p, rows in tables if p == 2 for row in rows]
    # the rows page 2 prints (its repeated header first), read from its text layer
    assert [row[1] for row in page2[1:]] == [row[1] for row in INVENTORY[6:]]
    assert not any(row[1] == INVENTORY[6][1] for p, rows in tables if p == 1 for row in rows)


def _line(page: int, y: float, cells: list[tuple[float, float, str]]) -> Line:
    text = " ".join(t for _, _, t in cells)
    return Line(page, cells[0][0], y - 2, cells[-1][1], y + 8, y, 10.0, False, text, cells=cells)


def _inventory(page: int, first: int, count: int) -> list[Line]:
    return [
        _line(
            page,
            700 - 14 * k,
            [(72, 90, str(n)), (120, 260, f"Document {n}"), (300, 360, "Openbaar")],
        )
        for k, n in enumerate(range(first, first + count))
    ]


@pytest.mark.parametrize(
    ("ocr_pages", "tables"), [(frozenset(), 1), ({1}, 2), ({2}, 2), ({1, 2}, 1)]
)
def test_a_table_goes_on_over_a_break_only_between_pages_read_alike(
    ocr_pages: set[int], tables: int
) -> None:
    """Three columns at the same starts on both pages: one table (tables31), unless one page
    was read by OCR and the other from its text layer alone."""
    lines = _inventory(1, 1, 4) + _inventory(2, 5, 3)
    pieces = split_tables(lines, 14.0, (), ocr_pages)
    blocks = [p for p in pieces if isinstance(p, Block)]
    assert len(blocks) == tables
    assert sum(len(b.rows or []) for b in blocks) == 7  # no row lost either way


def _grid_page(page: int, first: int, extra: str) -> tuple[list[Line], GridTable]:
    """A page of a ruled inventory, 20 rows; its last line says `extra` more than the cells."""
    rows = [[str(n), f"Document {n}", "Openbaar", "RWS"] for n in range(first, first + 20)]
    lines = [
        _line(page, 700 - 14 * k, [(72, 90, a), (120, 260, b), (300, 360, c), (400, 440, d)])
        for k, (a, b, c, d) in enumerate(rows)
    ]
    last = lines[-1]
    lines[-1] = dataclasses.replace(last, text=f"{last.text} {extra}".strip())
    return lines, GridTable(page, (70.0, 420.0, 450.0, 712.0), rows, (70, 110, 290, 390, 450))


def test_words_moved_out_of_a_grid_do_not_part_the_inventory() -> None:
    """(c): page 1's last line says 'en' once more than its cells read (`_unread` moves it out
    of the grid, to the lines after page 1's table): the inventory still goes on over the
    break, one table of 40 rows, 'en' after it."""
    lines1, grid1 = _grid_page(1, 1, "en")
    lines2, grid2 = _grid_page(2, 21, "")
    pieces = split_tables(lines1 + lines2, 14.0, [grid1, grid2])
    assert isinstance(pieces[0], Block)
    assert [row[0] for row in pieces[0].rows or []] == [str(n) for n in range(1, 41)]
    assert [[line.text for line in p] for p in pieces[1:] if not isinstance(p, Block)] == [["en"]]
    assert len(pieces) == 2


BESLISNOTA = Path(__file__).parents[2] / "fixtures" / "sweep33"


@pytest.mark.parametrize("name", ["beslisnota.pdf", "beslisnota.chromium.pdf"])
def test_a_side_column_above_the_body_is_no_tables_column(name: str) -> None:
    result = segment_pdf((BESLISNOTA / name).read_bytes(), ocr=False)
    tables = [s.rows for s in result.segments if s.kind == "table" and s.page == 1]
    assert tables == [[["Aan", "MBZK"], ["Van", "DGDOB/DD"]]]
    said = " ".join(s.text for s in result.segments if s.page == 1)
    for words in ("Onze referentie", "2025-0000412377", "Datum", "12 maart 2025", "Bijlage(n)"):
        assert words in said  # the column's words kept, in the body
    assert result.metadata.title == "Kamerbrief over de evaluatie van de Wet open overheid"
    assert result.metadata.date == "2025-03-12"


def test_a_tables_wrapped_last_column_in_its_rows_type_stays() -> None:
    """A table's last column whose cells wrap onto lines of their own, under two such lines
    above (a grounds column), in the rows' type: a column of the table, not a side column."""
    rows = [
        _line(1, 700, [(72, 90, "1"), (120, 260, "E-mail"), (300, 340, "5.1.2.e")]),
        _line(1, 688, [(300, 340, "5.1.2.i")]),
        _line(1, 676, [(72, 90, "2"), (120, 260, "Memo"), (300, 340, "5.2")]),
        _line(1, 664, [(300, 340, "5.1.2.e")]),
        _line(1, 652, [(300, 340, "5.1.2.i")]),
    ]
    above = [_line(1, 730, [(300, 340, "Grond")]), _line(1, 718, [(300, 340, "(Woo)")])]
    lines = above + rows
    assert _side_column(lines, 2, len(lines)) is None
    small = [dataclasses.replace(ln, size=7.0) if len(ln.cells) == 1 else ln for ln in lines]
    assert _side_column(small, 2, len(small)) is not None  # in small type beside it: a column
