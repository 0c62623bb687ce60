"""Tables read once and whole (issue #8; bench/breadth/report-tables37.md).

1. A cell inside a table's ruling is never running furniture: LibreOffice's HTML import and
   Chromium set a row's short cells in its middle, and the row at each page's top or foot has
   the same shape from page to page ('Systeemfout StUF18' under the repeated header); digits
   folded, main took it for a running head and filed it out of its table.
2. A repeated header row whose wrapped words stand on a line of their own in the grid
   ('Code BAG-' / 'ber.cat', Mapping BAG-gebeurtenissen): furniture took the rest of it for
   the running head, the grid read the row again; told once now, as the later pages' heads.
3. A tracked change inside a ruled table (stuf.bindingen correctie): struck or underlined
   words are no rules between rows, a change bar in the margin is no column; main lost the
   page's grid and read its rows as loose lines, parted from the next page's table. A cut
   row's rest that goes on in its first column in lower case is the row's rest.
4. A label wrapped at the rows' own distance is the label's rest when its words go on
   ('XML-tag attribuutsoort /' over 'Elementnaam', 'Burgerservicenummer' over 'aanvrager'),
   not a row with no value; so is the last row's ('Naam van de' / 'kentekenhouder').

Fixtures: `python -m tests.fixtures.tables37.src.build` (LibreOffice, headless Chromium,
reportlab); the tests need only the PDFs.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from services.segment.layout.grids import GridTable, _without_bars
from services.segment.layout.lines import Line
from services.segment.layout.placing import ruled_cells_kept
from services.segment.layout.tables import _wraps_on
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.tables36.src.build import HEAD, ROWS
from tests.fixtures.tables37.src.build import (
    MAPPING_HEAD,
    MAPPING_ROWS,
    MIDDLE_ROWS,
    STRUCK,
    STRUCK_AT,
    STRUCK_LINES,
    WRAPPED,
)

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
    keeps its roles; a grid holding body lines too gives up the roles of the lines its cells
    read."""
    box = GridTable(2, (72.0, 780.0, 520.0, 800.0), [["Kenmerk 2026-17", "Pagina 2"]])
    rows = [["Situatie 12", "Code"], ["Systeemfout StUF18", ""]]
    table = GridTable(2, (72.0, 100.0, 520.0, 700.0), rows)
    head = _line(2, 786, 80, 200, "Kenmerk 2026-17")
    number = _line(2, 786, 400, 440, "Pagina 2")
    row = _line(2, 600, 80, 200, "Situatie 12")
    foot = _line(2, 110, 80, 200, "Systeemfout StUF18")
    roles = {id(head): "header", id(number): "page_number", id(foot): "footer"}
    aside = _line(2, 400, 80, 100, "5.1")  # no cell reads it: it stays what furniture said
    roles[id(aside)] = "footer"
    ruled_cells_kept(roles, {2: [head, number, row, foot, aside]}, [box, table])
    assert roles == {id(head): "header", id(number): "page_number", id(aside): "footer"}


@pytest.mark.parametrize(
    ("name", "struck"),
    [
        ("struck.chromium.pdf", STRUCK),
        ("struck.libreoffice.pdf", STRUCK),
        ("struck.reportlab.pdf", " ".join(STRUCK_LINES)),
    ],
)
def test_a_tracked_change_in_a_ruled_table_keeps_its_grid_over_the_page(
    name: str, struck: str
) -> None:
    doc = _doc(name)
    (table,) = [s for s in doc.segments if s.kind == "table"]
    want = [
        [f"{row[0]} {struck}" if n in STRUCK_AT else row[0], row[1], row[2]]
        for n, row in enumerate(ROWS)
    ]
    assert table.rows == [list(HEAD), *want]  # the struck words kept, in their cell
    heads = [s for s in doc.segments if s.kind == "furniture"]
    assert heads  # the header repeated atop page 2, told as its head
    assert all(_words(s.text) == _words(" ".join(HEAD)) for s in heads)


@pytest.mark.parametrize("name", ["wrapped.reportlab.pdf", "wrapped.chromium.pdf"])
def test_a_label_wrapped_at_the_rows_distance_is_its_rest(name: str) -> None:
    doc = _doc(name)
    tables = [s.rows for s in doc.segments if s.kind == "table"]
    assert tables == [[[" ".join(label), value] for label, value in rows] for _, rows in WRAPPED]
    assert not [s for s in doc.segments if s.kind == "paragraph"]


def test_a_change_bar_is_no_column_but_an_empty_ruled_column_is() -> None:
    region = (40.0, 100.0, 500.0, 700.0)
    across = [(56.0, 600.0, 500.0, 600.5), (56.0, 500.0, 500.0, 500.5)]  # rows' rules from 56
    assert _without_bars([45.0, 56.0, 200.0, 500.0], across, region) == [56.0, 200.0, 500.0]
    ruled = [(45.0, 600.0, 500.0, 600.5)]  # a rule runs across the narrow first column too
    assert _without_bars([45.0, 56.0, 200.0, 500.0], ruled, region) == [45.0, 56.0, 200.0, 500.0]


def test_a_label_goes_on_only_open_or_in_lower_case() -> None:
    assert _wraps_on("XML-tag attribuutsoort /", "Elementnaam")
    assert _wraps_on("Burgerservicenummer", "aanvrager")
    assert not _wraps_on("Code attribuutsoort", "Naam attribuutsoort")  # a row of its own
    assert not _wraps_on("Zie de toelichting.", "daarna")  # the label said its end
