"""A row label wrapped onto a line of its own in a gap table's first column (issue #8;
bench/breadth/report-tables34.md (d), "## tables35"). StUF bg0310 and RSG attribute tables
set 'Aanduiding' / 'strijdigheid/nietigheid' over two lines, the second tight under its row
and alone there; main ended the table at that line (`_continues_cell` takes no line at the
first column's start), read the piece as a paragraph and began a new table under it. Now the
piece is the rest of the row's label. A paragraph after a table and a row whose other cells
are empty by design (at the rows' own distance) stay as they were. The geometry is
bg0310-sectie-6.1's page 2 (11.2 pt, rows 25.6 pt apart, the label's rest 11.5 pt under)."""

from __future__ import annotations

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import Piece, split_tables

SIZE = 11.2
PITCH = 14.9
ROW = 25.6  # points between rows
REST = 11.5  # points between a label's line and its wrapped rest


def _line(y: float, cells: list[tuple[float, float, str]]) -> Line:
    text = " ".join(t for _, _, t in cells)
    return Line(1, cells[0][0], y - 2, cells[-1][1], y + 9, y, SIZE, False, text, cells=cells)


def _row(y: float, label: str, value: str) -> Line:
    return _line(y, [(56.8, 56.8 + 6 * len(label), label), (200.8, 200.8 + 6 * len(value), value)])


def _rows(pieces: list[Piece]) -> list[list[list[str]] | str]:
    """Each piece: a table's rows, or a stretch of plain lines as its text."""
    return [
        (p.rows or []) if isinstance(p, Block) else " / ".join(line.text for line in p)
        for p in pieces
    ]


def test_a_wrapped_row_label_joins_its_row() -> None:
    lines = [
        _row(700, "Indicatie in onderzoek", "Nee"),
        _row(700 - ROW, "Aanduiding", "Nee"),
        _line(700 - ROW - REST, [(56.8, 160.5, "strijdigheid/nietigheid")]),
        _row(700 - 2 * ROW - REST, "Indicatie kardinaliteit", "0-1"),
        _row(700 - 3 * ROW - REST, "Indicatie authentiek", "Niet authentiek"),
    ]
    assert _rows(split_tables(lines, PITCH)) == [
        [
            ["Indicatie in onderzoek", "Nee"],
            ["Aanduiding strijdigheid/nietigheid", "Nee"],
            ["Indicatie kardinaliteit", "0-1"],
            ["Indicatie authentiek", "Niet authentiek"],
        ]
    ]


def test_a_paragraph_after_the_table_stays_apart() -> None:
    """A short line at the first column's x tight under the last row, no row under it."""
    lines = [
        _row(700, "Indicatie in onderzoek", "Nee"),
        _row(700 - ROW, "Aanduiding", "Nee"),
        _line(700 - ROW - REST, [(56.8, 120.0, "Zie bijlage.")]),
        _line(
            700 - ROW - 2 * REST, [(56.8, 500.0, "De tabel hierboven geldt voor elk attribuut.")]
        ),
    ]
    assert _rows(split_tables(lines, PITCH)) == [
        [["Indicatie in onderzoek", "Nee"], ["Aanduiding", "Nee"]],
        "Zie bijlage. / De tabel hierboven geldt voor elk attribuut.",
    ]


def test_a_row_with_empty_cells_at_the_rows_distance_stays_its_own() -> None:
    """A label alone at the rows' own distance (a group's head, its value empty by design) is
    not the row above's label going on: a row of its own (tables36: in the table, where main
    read it as a paragraph between two tables)."""
    lines = [
        _row(700, "Indicatie in onderzoek", "Nee"),
        _row(700 - ROW, "Aanduiding", "Nee"),
        _line(700 - 2 * ROW, [(56.8, 120.0, "Adres")]),
        _row(700 - 3 * ROW, "Straatnaam", "Ja"),
        _row(700 - 4 * ROW, "Huisnummer", "Ja"),
    ]
    assert _rows(split_tables(lines, PITCH)) == [  # tables36: a row with its value empty
        [
            ["Indicatie in onderzoek", "Nee"],
            ["Aanduiding", "Nee"],
            ["Adres", ""],
            ["Straatnaam", "Ja"],
            ["Huisnummer", "Ja"],
        ]
    ]
