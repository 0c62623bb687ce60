"""Tables over pages (issue #8; bench/breadth/report-tables36.md).

1. A table whose next page repeats its header row (Word's, LibreOffice's, Chromium's 'repeat
   header rows') is one table with its header read once; the repeat is told as that page's
   running head (furniture, role 'header'), so its characters land in one segment. main kept
   the repeat as a row amid the table (tables31's reading), and ended a two-column table that
   ended above its page's foot (a row that does not fit goes whole to the next page).
2. A form printed again on the next page (GFO Basisgegevens' records, a ruled grid each) is a
   table of its own: main joined page 1's last form and page 2's first into one table.
3. A row of an attribute table whose label and value were read as one cell (the label fills
   its column) or whose value is empty is a row, not a paragraph that parts the table.
4. A web address a grid's cell holds the start of, cut at the table's rule, while the line
   says it whole: the cell holds it whole, told once (tables34's inventory fixtures).
5. Near misses that stay as they were: two tables with the same header parted by a heading, a
   table whose next page opens with another header, a data table whose labels repeat on no
   form.

Fixtures: `python -m tests.fixtures.tables36.src.build` (reportlab, headless Chromium,
LibreOffice); the tests need only the PDFs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import (
    Piece,
    _printed_again,
    _repeats_apart,
    _told_apart,
    split_tables,
)
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.tables34.src.build import URLS
from tests.fixtures.tables36.src.build import (
    ATTRIBUTES,
    HEAD,
    MOVED_HEAD,
    MOVED_ROWS,
    RECORDS,
    ROWS,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tables36"


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


@pytest.mark.parametrize(
    "name",
    [
        "repeat.reportlab.pdf",
        "repeat-ruled.reportlab.pdf",
        "repeat.chromium.pdf",
        "repeat-ruled.chromium.pdf",
        "repeat-ruled.libreoffice.pdf",  # a guard: LibreOffice's repeat was a running head on main
    ],
)
def test_a_repeated_header_row_is_read_once(name: str) -> None:
    doc = _doc(name)
    (table,) = [s for s in doc.segments if s.kind == "table"]
    rows = table.rows or []
    assert rows[0] == list(HEAD)
    assert sum(row == list(HEAD) for row in rows) == 1
    said = " ".join(" ".join(row) for row in rows[1:]).split()
    assert [w for w in said if w.startswith("StUF")] == [r[2] for r in ROWS]  # every row, once
    heads = " ".join(
        s.text for s in doc.segments if s.kind == "furniture" and s.role == "header"
    ).split()
    for word in " ".join(HEAD).split():  # the repeat told once a page, as the page's head
        assert heads.count(word) == doc.metadata.page_count - 1


@pytest.mark.parametrize("name", ["moved.reportlab.pdf", "moved.chromium.pdf"])
def test_a_table_goes_on_under_its_repeated_header_from_above_the_foot(name: str) -> None:
    """A row too tall for page 1's rest went whole to page 2, under the header printed again:
    one table (main: two, the second opening with the header again)."""
    doc = _doc(name)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows or []
    assert rows[0] == list(MOVED_HEAD)
    assert [row[0] for row in rows[1:]] == [event for event, _ in MOVED_ROWS]


@pytest.mark.parametrize("name", ["records.reportlab.pdf", "records.chromium.pdf"])
def test_a_form_printed_again_on_the_next_page_is_a_table_of_its_own(name: str) -> None:
    doc = _doc(name)
    tables = [s.rows or [] for s in doc.segments if s.kind == "table"]
    assert [len(rows) for rows in tables] == [7] * len(RECORDS)
    assert [rows[1][1] for rows in tables] == [record[1] for record in RECORDS]


SIZE = 10.0
PITCH = 14.0


def _line(page: int, y: float, cells: list[tuple[float, float, str]]) -> Line:
    text = " ".join(t for _, _, t in cells)
    return Line(page, cells[0][0], y - 2, cells[-1][1], y + 8, y, SIZE, False, text, cells=cells)


def _row(page: int, y: float, *texts: str) -> Line:
    xs = (72.0, 250.0, 400.0)
    return _line(page, y, [(x, x + 5.5 * len(t), t) for x, t in zip(xs, texts, strict=False)])


def _tables(pieces: list[Piece]) -> list[list[list[str]]]:
    return [p.rows or [] for p in pieces if isinstance(p, Block) and p.kind == "table"]


def _rows(page: int, top: float, first: int, count: int) -> list[Line]:
    return [
        _row(page, top - 16 * k, f"Situatie {n}", "Standaardfout", f"StUF{n:03d}")
        for k, n in enumerate(range(first, first + count))
    ]


def test_a_gap_tables_repeated_header_leaves_it_for_the_pages_head() -> None:
    lines = [
        _row(1, 700, *HEAD),
        *_rows(1, 684, 1, 38),
        _row(2, 780, *HEAD),
        *_rows(2, 764, 39, 5),
    ]
    pieces = split_tables(lines, PITCH)
    (table,) = _tables(pieces)
    assert table[0] == list(HEAD)
    assert [row[0] for row in table[1:]] == [f"Situatie {n}" for n in range(1, 44)]
    heads = [p for p in pieces if isinstance(p, Block) and p.kind == "furniture"]
    assert [(b.role, b.text, b.lines[0].page) for b in heads] == [("header", " ".join(HEAD), 2)]


def test_two_tables_with_one_header_parted_by_a_heading_stay_two() -> None:
    heading = _line(2, 780, [(72.0, 200.0, "Bijlage 2. Fouten bij het leveren")])
    lines = [
        _row(1, 700, *HEAD),
        *_rows(1, 684, 1, 38),
        heading,
        _row(2, 750, *HEAD),
        *_rows(2, 734, 39, 5),
    ]
    pieces = split_tables(lines, PITCH)
    assert [len(t) for t in _tables(pieces)] == [39, 6]
    assert not [p for p in pieces if isinstance(p, Block) and p.kind == "furniture"]


def test_a_two_column_table_ended_high_goes_not_on_under_another_header() -> None:
    """A table of two columns that ended half-way down page 1; page 2 opens with another
    table's header: two tables (the at-foot rule holds where no header repeats)."""
    first = [_row(1, 700, "Begrip", "Omschrijving")] + [
        _row(1, 684 - 16 * k, f"Begrip {k}", f"Omschrijving {k}") for k in range(10)
    ]
    second = [_row(2, 780, "Gebeurtenis", "Aandachtspunt")] + [
        _row(2, 764 - 16 * k, f"Gebeurtenis {k}", f"Punt {k}") for k in range(4)
    ]
    floor = [_line(3, 60, [(72.0, 300.0, "Een regel onderaan een volle pagina.")])]
    pieces = split_tables(first + second + floor, PITCH)
    assert [t[0] for t in _tables(pieces)] == [
        ["Begrip", "Omschrijving"],
        ["Gebeurtenis", "Aandachtspunt"],
    ]


def test_a_form_printed_again_and_a_header_over_rows_that_go_on() -> None:
    form = [
        ["Gemeente", "", "", ""],
        ["Gegeven:", "Gemeentenaam", "Historie:nee", "09.11"],
        ["Definitie:", "De naam.", "", ""],
        ["Herkomst:", "", "", ""],
        ["Type:", "alfanumeriek", "", ""],
    ]
    again = [["Huishouden", "", "", ""], *([row[0], "x", "", ""] for row in form[1:])]
    assert _printed_again(form, again)
    table = [list(HEAD), *[[f"Situatie {n}", "Standaardfout", "StUF"] for n in range(5)]]
    going_on = [list(HEAD), *[[f"Situatie {n}", "Standaardfout", "StUF"] for n in range(5, 9)]]
    assert not _printed_again(table, going_on)
    same = [list(HEAD), *[["Ja", f"Waarde {n}", "StUF"] for n in range(5)]]
    assert not _printed_again(same, same)  # one value down the first column is no form


def test_repeats_apart_takes_a_wrapped_header_too() -> None:
    head = [_row(1, 700, "Foutsituatie", "Soort fout", "Code"), _row(1, 690, "", "(soort)")]
    head[1] = _line(1, 690, [(250.0, 290.0, "(soort)")])
    body1 = _rows(1, 674, 1, 3)
    again = [
        _row(2, 780, "Foutsituatie", "Soort fout", "Code"),
        _line(2, 770, [(250, 290, "(soort)")]),
    ]
    body2 = _rows(2, 754, 4, 2)
    kept, heads = _repeats_apart([*head, *body1, *again, *body2])
    assert [ln.text for ln in kept] == [ln.text for ln in [*head, *body1, *body2]]
    assert [[ln.text for ln in h] for h in heads] == [["Foutsituatie Soort fout Code", "(soort)"]]


def test_a_header_told_as_running_head_though_a_row_says_one_of_its_words() -> None:
    """The grid's header row is not in the grid's lines (taken for the page's running head);
    a row's text says 'gebeurtenis' too: the header is still told apart (main: not, and told
    it twice)."""
    rows = [["Gebeurtenis", "Bijzondere aandachtspunten"], ["Intrekken", "Deze gebeurtenis."]]
    lines = [_row(2, 700, "Intrekken", "Deze gebeurtenis.")]
    assert _told_apart(rows, lines)
    assert not _told_apart(rows, [_row(2, 716, *rows[0]), *lines])


@pytest.mark.parametrize("name", ["attributes.reportlab.pdf", "attributes.chromium.pdf"])
def test_an_attribute_tables_rows_are_rows_whether_run_together_or_empty(name: str) -> None:
    """RSG's attribute tables: 'Aanduiding strijdigheid/nietigheid Nee' (the label fills its
    column: the value closer than a cell's gap, one cell) and 'Code attribuutsoort' (no value)
    are rows; main read each as a paragraph (or a heading) that parted the table in three."""
    doc = _doc(name)
    tables = [s.rows or [] for s in doc.segments if s.kind == "table"]
    assert tables == [[[label, value] for label, value in rows] for _, rows in ATTRIBUTES]


def test_a_sentence_between_two_tables_stays_a_paragraph() -> None:
    """A line at the first column's start that reaches past the second column's start and
    breaks near it, but goes on for more than a row's value: no row."""
    above = [_row(1, 700 - 20 * k, f"Label {k}", "Nee") for k in range(3)]
    sentence = _line(
        1, 640, [(72.0, 420.0, "Zie de volgende tabel voor de regels die hierbij gelden")]
    )
    below = [_row(1, 620 - 20 * k, f"Regel {k}", "Ja") for k in range(3)]
    pieces = split_tables([*above, sentence, *below], PITCH)
    assert [len(t) for t in _tables(pieces)] == [3, 3]


@pytest.mark.parametrize("name", ["inventory.reportlab.pdf", "inventory.chromium.pdf"])
def test_a_cut_address_is_made_whole_in_its_cell_and_told_once(name: str) -> None:
    """The cell read the address's start ('.../kamerstukken/brieven'), the line the whole: the
    cell holds the whole address and no paragraph tells it again (main told it twice)."""
    doc = _doc(name)
    (table,) = [s for s in doc.segments if s.kind == "table"]
    address = URLS[40]
    (row,) = [row for row in table.rows or [] if row[0] == "40"]
    assert address in row
    assert not [s for s in doc.segments if s.kind != "table" and "tweedekamer" in s.text]


def test_a_line_between_a_lists_points_stays_out_of_any_table() -> None:
    """Points whose dash hangs ('-' | 'Postcode icm huisnummer'), and between them a line at
    the dash's x whose words reach the points' text ('Zoek op Adres', Shortlist Services):
    a list and a line, no table (main alike)."""

    def point(y: float, text: str) -> Line:
        return _line(1, y, [(72.0, 76.0, "-"), (108.0, 108.0 + 5.5 * len(text), text)])

    lines = [
        point(700, "Postcode icm huisnummer voor historische bewoners"),
        _line(1, 680, [(72.0, 140.0, "Zoek op Adres")]),
        point(660, "Postcode icm huisnummer"),
        point(640, "Straatnaam icm huisnummer"),
    ]
    assert not _tables(split_tables(lines, PITCH))
