"""Tables read once and whole (issue #8; bench/breadth/report-tables37.md).

1. A cell inside a table's ruling is never running furniture: LibreOffice's HTML import and
   Chromium set a row's short cells in its middle, and the row at each page's top or foot has
   the same shape from page to page ('Systeemfout StUF18' under the repeated header); digits
   folded, main took it for a running head and filed it out of its table.
2. A repeated header row whose wrapped words stand on a line of their own in the grid
   ('Code BAG-' / 'ber.cat', Mapping BAG-gebeurtenissen): furniture took the rest of it for
   the running head, the grid read the row again; told once now, as the later pages' heads.

Fixtures: `python -m tests.fixtures.tables37.src.build` (LibreOffice, headless Chromium,
reportlab); the tests need only the PDFs.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.placing import ruled_cells_kept
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.tables36.src.build import HEAD
from tests.fixtures.tables37.src.build import MAPPING_HEAD, MAPPING_ROWS, MIDDLE_ROWS

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tables37"
SIZE = 10.0


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _line(page: int, y: float, x0: float, x1: float, text: str) -> Line:
    return Line(page, x0, y - 2, x1, y + 8, y, SIZE, False, text, cells=[(x0, x1, text)])


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[^\W_]+", text.lower()))


@pytest.mark.parametrize(
    ("name", "head", "rows"),
    [
        ("middle.libreoffice.pdf", HEAD, MIDDLE_ROWS),
        ("middle.chromium.pdf", HEAD, MIDDLE_ROWS),
        ("mapping.libreoffice.pdf", MAPPING_HEAD, MAPPING_ROWS),
        ("mapping.chromium.pdf", MAPPING_HEAD, MAPPING_ROWS),
    ],
)
def test_a_tables_rows_stay_whole_and_its_repeated_header_is_told_once_a_page(
    name: str, head: tuple[str, ...], rows: tuple[tuple[str, ...], ...]
) -> None:
    doc = _doc(name)
    (table,) = [s for s in doc.segments if s.kind == "table"]
    assert table.rows == [list(head)] + [list(row) for row in rows]
    told = _words(" ".join(s.text for s in doc.segments if s.kind == "furniture"))
    pages = doc.metadata.page_count - 1  # each later page repeats the header, told as its head
    assert told == Counter({w: n * pages for w, n in _words(" ".join(head)).items()})


def test_a_ruled_running_box_stays_furniture() -> None:
    """A grid whose every line is furniture (a ruled header 'Kenmerk | Pagina' atop each page)
    keeps its roles; a grid holding body lines too gives up its lines' roles."""
    box = GridTable(2, (72.0, 780.0, 520.0, 800.0), [["Kenmerk 2026-17", "Pagina 2"]])
    table = GridTable(2, (72.0, 100.0, 520.0, 700.0), [["Situatie", "Code"]])
    head = _line(2, 786, 80, 200, "Kenmerk 2026-17")
    number = _line(2, 786, 400, 440, "Pagina 2")
    row = _line(2, 600, 80, 200, "Situatie 12")
    foot = _line(2, 110, 80, 200, "Systeemfout StUF18")
    roles = {id(head): "header", id(number): "page_number", id(foot): "footer"}
    ruled_cells_kept(roles, {2: [head, number, row, foot]}, [box, table])
    assert roles == {id(head): "header", id(number): "page_number"}
