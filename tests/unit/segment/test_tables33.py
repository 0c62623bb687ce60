"""Rows cut by a page break, a cell's wrapped lines in a table that sets its rows apart, and
note numbers raised high on scans (issue #8; bench/breadth/report-tables33.md). Fixtures:
`python -m tests.fixtures.tables33.src.build` (reportlab, Chromium, LibreOffice; the tests need
none of them).

(a) A begrippenlijst whose page breaks inside a row: the row's first lines end page 1, its rest
opens page 2, under the header row the producer repeats there (reportlab, Chromium, LibreOffice's
ruled table), or alone (reportlab's header not repeated; LibreOffice's repeated header is taken
for the page's running head). Main read the rest as a row of its own with no term, after the
repeated header (or merged into it), or as paragraphs that ended the table; now the rest is
written on in the row it belongs to, and a repeated header stays a row (as the page prints it).

(b) Chromium and LibreOffice set a table's rows apart by their cells' padding: a definition's
next line stands closer under the line above than the next row's. Main took a line for a row
of its own with no term where the line above ended short of the column's widest line (a long
next word), so one definition read as two rows.

(c) On a scanned page a note's number raised by more than half its height (Chromium's `<sup>`,
a word processor's high superscript) over a line of capitals and commas ('6 Kamerstukken II
2024/25, 36300, nr. 12.') shared half its box with the line's or less: main stood it on a line
of its own, a bare number at the page's foot (a page number, or a footer), and the note's text
ran on in the note above or stayed a paragraph. Its box now reaches under its baseline as
pdfium's loose box of a superscript does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.tables import _rest_joined, _table
from services.segment.segmenter import segment_pdf
from tests.fixtures.tables31.src.build import NOTE_TEXTS
from tests.fixtures.tables33.src.build import AFTER, HEAD, TERMS

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tables33"
SPLIT = [
    "splitrow.reportlab.pdf",
    "splitrow-ruled.reportlab.pdf",
    "splitrow-once.reportlab.pdf",
    "splitrow.chromium.pdf",
    "splitrow-ruled.chromium.pdf",
    "splitrow.libreoffice.pdf",
    "splitrow-ruled.libreoffice.pdf",
]


def _rows(name: str) -> list[list[str]]:
    segments = segment_pdf((FIXTURES / name).read_bytes(), ocr=False).segments
    tables = [s for s in segments if s.kind == "table"]
    assert len(tables) == 1
    paragraphs = [" ".join(s.text.split()) for s in segments if s.kind == "paragraph"]
    assert AFTER in paragraphs  # the text after the table stays out of it
    return tables[0].rows or []


@pytest.mark.parametrize("name", SPLIT)
def test_a_row_cut_by_the_page_break_keeps_its_rest(name: str) -> None:
    """Every term keeps its whole definition in its own row; the header, repeated or not,
    is no row's term but the header's."""
    rows = _rows(name)
    assert rows[0] == list(HEAD)
    body = [row for row in rows if row != list(HEAD)]
    assert body == [list(pair) for pair in TERMS]


def _line(page: int, y: float, cells: list[tuple[float, float, str]]) -> Line:
    text = " ".join(t for _, _, t in cells)
    x0, x1 = cells[0][0], cells[-1][1]
    return Line(page, x0, y - 2, x1, y + 8, y, 10.0, False, text, cells=cells)


def test_the_rest_goes_before_the_repeated_header() -> None:
    """The rest at page 2's top is read after the row page 1 ended with, the repeated header
    after it; a short last line of the rest ('gebied.') does not end the row."""
    lines = [
        _line(1, 700, [(72, 110, "Begrip"), (200, 270, "Omschrijving")]),
        _line(1, 680, [(72, 120, "Activiteit"), (200, 500, "Het verrichten van handelingen")]),
        _line(1, 666, [(200, 480, "met gevolgen voor de leefomgeving.")]),
        _line(1, 646, [(72, 130, "Bouwwerk"), (200, 498, "Elk bouwsel van enige omvang")]),
        _line(2, 780, [(72, 110, "Begrip"), (200, 270, "Omschrijving")]),
        _line(2, 760, [(200, 260, "gebied.")]),
        _line(2, 740, [(72, 130, "Programma"), (200, 490, "Een pakket van maatregelen.")]),
    ]
    assert _table(lines).rows == [
        ["Begrip", "Omschrijving"],
        ["Activiteit", "Het verrichten van handelingen met gevolgen voor de leefomgeving."],
        ["Bouwwerk", "Elk bouwsel van enige omvang gebied."],
        ["Begrip", "Omschrijving"],
        ["Programma", "Een pakket van maatregelen."],
    ]


def test_a_drawn_rows_rest_joins_the_row_above() -> None:
    above = [["Begrip", "Omschrijving"], ["Bouwwerk", "Elk bouwsel van"]]
    assert _rest_joined(above, [["Begrip", "Omschrijving"], ["", "enige omvang."], ["A", "B"]]) == [
        ["Begrip", "Omschrijving"],
        ["A", "B"],
    ]
    assert above[-1] == ["Bouwwerk", "Elk bouwsel van enige omvang."]
    # a next page opening with a row of its own takes nothing
    assert _rest_joined(above, [["Programma", "Een pakket"]]) == [["Programma", "Een pakket"]]
    assert above[-1] == ["Bouwwerk", "Elk bouwsel van enige omvang."]


def test_a_list_under_a_label_stays_apart_where_rows_are_set_apart() -> None:
    """Rows set apart by padding, a label over entries at a cell's line distance: a short entry
    ends far short of the column's edge, and one under a long entry that filled its column
    opens with a capital (a next entry, no sentence going on), so each stays a row
    (tk-besluitenlijst-2009-bzk's 'Volgcommissie(s):'); the wrapped 'Zaak:' goes on."""
    lines = [
        _line(1, 714, [(72, 110, "Zaak:"), (200, 500, "Brief regering over de begroting van")]),
        _line(1, 700, [(200, 500, "het Rijk voor het jaar 2027 met de nota van wijziging en")]),
        _line(1, 686, [(200, 300, "de bijlagen.")]),
        _line(1, 666, [(72, 150, "Volgcommissie(s):"), (200, 300, "BuZa i.v.m. punt 24")]),
        _line(1, 652, [(200, 290, "EZ i.v.m. punt 24")]),
        _line(1, 638, [(200, 470, "JUST i.v.m. punt 6, 9, 13, 20, 24, 27, 35 OCW i.v.m. punt 6")]),
        _line(1, 624, [(200, 295, "Pres i.v.m. punt 19")]),
        _line(1, 604, [(72, 110, "Besluit:"), (200, 400, "Voor kennisgeving aangenomen.")]),
    ]
    assert _table(lines).rows == [
        [
            "Zaak:",
            "Brief regering over de begroting van het Rijk voor het jaar 2027 met de nota van"
            " wijziging en de bijlagen.",
        ],
        ["Volgcommissie(s):", "BuZa i.v.m. punt 24"],
        ["", "EZ i.v.m. punt 24"],
        ["", "JUST i.v.m. punt 6, 9, 13, 20, 24, 27, 35 OCW i.v.m. punt 6"],
        ["", "Pres i.v.m. punt 19"],
        ["Besluit:", "Voor kennisgeving aangenomen."],
    ]


# (c) raised note numbers on scanned pages
SCANS = [
    Path(__file__).parents[2] / "fixtures" / "tables31" / "scanned.chromium.pdf",
    FIXTURES / "notes-scan.reportlab.pdf",
]
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@needs_tesseract
@pytest.mark.parametrize("path", SCANS, ids=lambda p: p.name)
def test_a_high_raised_note_number_on_a_scan_opens_its_note(path: Path) -> None:
    segments = segment_pdf(path.read_bytes(), ocr=True).segments
    notes = {(s.page, s.number): " ".join(s.text.split()) for s in segments if s.kind == "footnote"}
    # page 3's notes, the last one over the running footer only (both producers; Tesseract
    # reads page 2's '4' as a quote mark on reportlab's, which no layout rule mends)
    assert notes.get((3, "5")) == NOTE_TEXTS[4]
    assert notes.get((3, "6"), "").replace(" Il ", " II ") == NOTE_TEXTS[5]  # OCR: 'Il' or 'II'
    furniture = [s.text.strip() for s in segments if s.kind == "furniture"]
    assert not any(text.isdigit() for text in furniture)  # no note's number a page number
