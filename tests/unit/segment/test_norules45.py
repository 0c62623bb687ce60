"""A table with no rules at all, read in its columns and rows (norules45; issue #8 points 2-3;
bench/breadth/report-norules45.md). Fixture: table44's `norules.pdf` (reportlab).

The gap reader (`tables._split_by_gaps`) finds the table from its lines' wide gaps but runs
close columns together ('Nr. Document', '14-01-2025 Deels openbaar'). Within the extent it
found, table44's readers read the page's glyphs (`unruled.reread`); the re-reading is kept
only when it says the same words in at least as many columns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from services.segment.layout import unruled
from services.segment.layout.lines import Line
from services.segment.segmenter import segment_pdf
from tests.fixtures.table44.build import HEAD, ROWS

HERE = Path(__file__).parents[2] / "fixtures"

Box = tuple[float, float, float, float]


def test_a_table_with_no_rules_reads_in_its_columns_and_rows() -> None:
    """Header and six rows, five columns; wrapped cells ('Deels' / 'openbaar') whole."""
    segments = segment_pdf((HERE / "table44" / "norules.pdf").read_bytes(), ocr=False).segments
    assert [s.rows for s in segments if s.kind == "table"] == [[HEAD, *ROWS]]


# a made table: three columns at x 50, 120 and 200, a header and two rows, 10 pt glyphs
_WORDS = [
    (700.0, [(50.0, "Nr"), (120.0, "Naam"), (200.0, "Bedrag")]),
    (686.0, [(50.0, "1"), (120.0, "Huur"), (200.0, "1200")]),
    (672.0, [(50.0, "2"), (120.0, "Licht"), (200.0, "300")]),
]


Words = list[tuple[float, list[tuple[float, str]]]]


def _glyphs(lines: Words = _WORDS) -> tuple[list[Box], dict[Box, str]]:
    boxes: list[Box] = []
    chars: dict[Box, str] = {}
    for base, words in lines:
        for x, word in words:
            for n, ch in enumerate(word):
                box = (x + 6 * n, base, x + 6 * n + 5, base + 8)
                boxes.append(box)
                chars[box] = ch
    return boxes, chars


def _reader(chars: dict[Box, str], drop: str = "") -> Callable[[Box], str]:
    def read(cell: Box) -> str:
        x0, y0, x1, y1 = cell
        lines: dict[float, str] = {}
        for b, ch in chars.items():
            if x0 <= (b[0] + b[2]) / 2 <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1:
                lines[-b[1]] = lines.get(-b[1], "") + ch
        return " ".join(w for _, w in sorted(lines.items()) if w != drop)

    return read


def _lines(lines: Words = _WORDS) -> list[Line]:
    right = max(x + 6 * len(w) for _, words in lines for x, w in words)
    return [
        Line(1, 50.0, base, right, base + 8, base, 10.0, False, " ".join(w for _, w in words))
        for base, words in lines
    ]


_GAP_ROWS = [["Nr", "Naam Bedrag"], ["1", "Huur 1200"], ["2", "Licht 300"]]
# the same with a fourth column the gap reader ran into the third
_WIDE: Words = [
    (700.0, [(50.0, "Nr"), (120.0, "Naam"), (200.0, "Bedrag"), (260.0, "Jaar")]),
    (686.0, [(50.0, "1"), (120.0, "Huur"), (200.0, "1200"), (260.0, "2025")]),
    (672.0, [(50.0, "2"), (120.0, "Licht"), (200.0, "300"), (260.0, "2024")]),
]
_WIDE_GAP_ROWS = [
    ["Nr", "Naam", "Bedrag Jaar"],
    ["1", "Huur", "1200 2025"],
    ["2", "Licht", "300 2024"],
]


def _reread(
    read: Callable[[Box], str], rows: list[list[str]], lines: Words = _WORDS
) -> list[list[str]] | None:
    boxes, _ = _glyphs(lines)
    lent = unruled.PAGE_TEXT.set(lambda number: (boxes, read))
    try:
        return unruled.reread(_lines(lines), rows)
    finally:
        unruled.PAGE_TEXT.reset(lent)


def test_the_reread_takes_the_columns_the_white_parts() -> None:
    _, chars = _glyphs(_WIDE)
    assert _reread(_reader(chars), _WIDE_GAP_ROWS, _WIDE) == [[w for _, w in ws] for _, ws in _WIDE]


def test_a_two_column_gap_table_is_reread_only_where_figures_run_on() -> None:
    """A label and its text ('Nr' | 'Naam Bedrag') is not worth opening the page again for (a
    page's load); a row of figures run into one cell is."""
    _, chars = _glyphs()
    assert _reread(_reader(chars), _GAP_ROWS) is None
    figures: Words = [
        (700.0, [(50.0, "Jaar"), (120.0, "Noord"), (160.0, "Oost"), (200.0, "Zuid")]),
        (686.0, [(50.0, "2014"), (120.0, "0,57"), (160.0, "0,38"), (200.0, "0,32")]),
        (672.0, [(50.0, "2016"), (120.0, "0,51"), (160.0, "0,34"), (200.0, "0,30")]),
    ]
    _, chars = _glyphs(figures)
    gap = [[ws[0][1], " ".join(w for _, w in ws[1:])] for _, ws in figures]
    assert _reread(_reader(chars), gap, figures) == [[w for _, w in ws] for _, ws in figures]


def test_a_reread_that_loses_a_word_is_not_kept() -> None:
    """Another set of words than the gap reader's: its reading stands (no word lost)."""
    _, chars = _glyphs()
    assert _reread(_reader(chars, drop="Licht"), _GAP_ROWS) is None


def test_a_reread_with_fewer_columns_than_read_is_not_kept() -> None:
    _, chars = _glyphs()
    assert (
        _reread(_reader(chars), [["Nr", "Naam", "Bed", "rag"], ["1", "Huur", "", "1200"]]) is None
    )


def test_no_page_text_no_reread() -> None:
    """Runs handed to the layout without the document (no page to read again)."""
    assert unruled.reread(_lines(), _GAP_ROWS) is None


def test_a_contents_page_is_not_reread() -> None:
    """Entries with dotted leaders, their page numbers a column apart: a contents page, which
    the gap reader's reading keeps (a list, not a table of three columns)."""
    contents: Words = [
        (700.0, [(50.0, "1"), (70.0, "Inleiding....."), (200.0, "3")]),
        (686.0, [(50.0, "2"), (70.0, "Aanpak......."), (200.0, "5")]),
        (672.0, [(50.0, "3"), (70.0, "Bevindingen.."), (200.0, "9")]),
    ]
    _, chars = _glyphs(contents)
    rows = [[f"{w[0][1]}", f"{w[1][1]} {w[2][1]}"] for _, w in contents]
    assert _reread(_reader(chars), rows, contents) is None
    # the same entries without leaders, read in three columns by the gap reader, too
    plain: Words = [(y, [(x, w.rstrip(".")) for x, w in ws]) for y, ws in contents]
    _, chars = _glyphs(plain)
    rows = [[w for _, w in ws] for _, ws in plain]
    assert _reread(_reader(chars), rows, plain) == rows


def test_gutters_are_the_white_no_glyph_crosses() -> None:
    """`across.gutters`, which `across.columns` and `grids._text_columns` both walk."""
    from services.segment.layout import across

    boxes, _ = _glyphs()
    assert across.gutters(boxes, 10.0) == [(61.0, 120.0), (149.0, 200.0)]


def test_a_first_cell_wrapped_onto_a_line_of_its_own_leaves_the_gap_rows() -> None:
    """'... 2005-' / '2010' under it in the first column: a row of its own to the first
    column's entries, one row to the gap reader, whose rows stand (the re-read reads more)."""
    wrapped: Words = [
        (700.0, [(50.0, "Maatregel"), (120.0, "Rijk"), (200.0, "Provincie")]),
        (686.0, [(50.0, "Roetfilters"), (120.0, "x"), (200.0, "x")]),
        (672.0, [(50.0, "2005-2010")]),
        (658.0, [(50.0, "Oldtimers"), (120.0, "x"), (200.0, "")]),
    ]
    _, chars = _glyphs(wrapped)
    gap = [["Maatregel", "Rijk Provincie"], ["Roetfilters 2005-2010", "x x"], ["Oldtimers", "x"]]
    assert _reread(_reader(chars), gap, wrapped) is None


def _celled(*cells: list[tuple[float, float, str]]) -> list[Line]:
    return [
        Line(
            1, 50.0, 700.0 - 14 * n, 300.0, 708.0 - 14 * n, 700.0 - 14 * n, 10.0, False, "", cells=c
        )
        for n, c in enumerate(cells)
    ]


def test_a_part_most_lines_share_must_stay_a_column_edge() -> None:
    """A label column and right-aligned amounts: the gap reader parts every line between them;
    a re-read without an edge there would run them together."""
    lines = _celled(
        [(50.0, 120.0, "Gemeenteraad"), (180.0, 200.0, "680")],
        [(50.0, 160.0, "Openbare orde en veiligheid"), (176.0, 200.0, "1.117")],
        [(50.0, 100.0, "Sport"), (182.0, 200.0, "476")],
    )
    assert not unruled._parts_kept(lines, [50.0, 150.0, 300.0])
    assert unruled._parts_kept(lines, [50.0, 170.0, 300.0])


def test_a_justified_cells_wide_space_in_one_line_may_go() -> None:
    lines = _celled(
        [(50.0, 90.0, "Concept"), (115.0, 130.0, "van")],
        [(50.0, 140.0, "collegebesluit over")],
        [(50.0, 120.0, "het bestek")],
    )
    assert unruled._parts_kept(lines, [50.0, 300.0])
