"""cells60 (issue #12): a web address wrapped inside its table cell is read whole.

An inventory printed from a spreadsheet without rules sets each row on the middle of its
tallest cell, so a 'Vindplaats' cell of two or three lines starts above its row's number and
goes on in the line of that row: the lines of one cell land in two table rows. A cell's line
that ends with pdfium's line-end hyphen mark (U+FFFE), or, standing alone in its line, ends
inside a web address the cell below goes on with, is continued by the next line's cell in the
same column, joined as a paragraph's lines are (the mark kept as the address's hyphen).
Fixture: tests/fixtures/cells60 (reportlab; `src/build.py`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import split_tables
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cells60"


@cache
def _doc() -> SegmentedDocument:
    return segment_pdf((FIXTURES / "inventory.reportlab.pdf").read_bytes(), ocr=False)


def _table_text() -> str:
    return "\n".join(s.text for s in _doc().segments if s.kind == "table")


def test_an_address_wrapped_at_its_hyphen_is_whole() -> None:
    text = _table_text()
    assert (
        "https://openresearch.amsterdam/nl/page/51065/strategisch-huisvestingsplan-kunst-en-cultuur"
        in text
    )
    assert (
        "https://www.kunstraad.nl/user-files/uploads/2017/10/"
        "Advies-Culturele-Investeringsrekening_AKr_31-oktober-2017.pdf" in text
    )


def test_an_address_wrapped_inside_a_word_is_whole() -> None:
    text = _table_text()
    assert (
        "https://www.meervaart.nl/assets/www.meervaart.nl/MTalk/"
        "Meervaart-Ondernemingsplan_2021-24-DEF-gecomprimeerd.pdf" in text
    )


def test_the_rows_keep_their_other_cells_and_no_text_is_lost() -> None:
    rows = [s.text for s in _doc().segments if s.kind == "table"]
    text = "\n".join(rows)
    # the row whose cell was carried up keeps its number and title; the next rows are untouched
    assert "88 | 1-2-2020 Ruimte voor kunst en cultuur, huisvestingsplan 2020 - 2025 |" in text
    assert "https://www.rijksoverheid.nl/documenten | 7.2 b" in text
    assert (
        "167 | 3-2-2020 Presentatie onderzoeksresultaten van de meedenksessie | ongeredigeerd"
        in text
    )
    for word in ("huisvestingsplan-kunst-en-cultuur", "ervaart-Ondernemingsplan", "7.2. b"):
        assert word in text


def _line(base: float, cells: list[tuple[float, float, str]]) -> Line:
    return Line(1, cells[0][0], base - 2, cells[-1][1], base + 6, base, 7.4, False,
                " ".join(c for _, _, c in cells), cells=cells)  # fmt: skip


def _rows(lines: list[Line]) -> list[list[str]]:
    blocks = [p for p in split_tables(lines, 7.3) if isinstance(p, Block)]
    assert len(blocks) == 1
    assert blocks[0].rows is not None
    return blocks[0].rows


# Amsterdam's Meervaart inventory, page 2 (julianvenhuizen/wob-letter-extraction data/Amsterdam):
# the cells of its lines as pdfium reads them; the ground '7.2. b' run into the address's line.
MEERVAART = [
    (765.1, [(40, 46, "86"), (67, 69, "?"), (105, 139, "Taxatierapport"),
             (317, 435, "Persoonsgegevens en onevenredige benadeling derde"),
             (467, 502, "10.2 e en 10.2 g")]),
    (757.7, [(60, 65, "87"), (83, 159, "6-8-2019 Planning CNW fase 1 +2"),
             (317, 349, "ongeredigeerd")]),
    (750.5, [(317, 355, "Reeds openbaar:")]),
    (743.2, [(317, 479, "https://openresearch.amsterdam/nl/page/51065/strategisch\ufffe 7.2. b")]),
    (735.8, [(60, 65, "88"), (105, 299, "Ruimte voor kunst en cultuur, huisvestingsplan"),
             (317, 393, "huisvestingsplan-kunst-en-cultuur")]),
    (728.5, [(60, 65, "90"), (81, 228, "22-3-2019 Centrum West Fase 2"),
             (317, 349, "ongeredigeerd")]),
    (721.4, [(317, 355, "Reeds openbaar:")]),
    (714.1, [(317, 462, "https://amsterdam.raadsinformatie.nl/vergadering/755516/RAA")]),
    (706.8, [(57, 65, "153"), (81, 226, "2-12-2019 Amsterdam Meervaart - locatieonderzoek"),
             (317, 355, "D%2002-07-2020"), (467, 479, "7.2. b")]),
    (699.5, [(57, 65, "155"), (81, 160, "23-9-2019 Meervaart tekst"),
             (317, 355, "persoonsgegevens"), (467, 480, "10.2 e")]),
]  # fmt: skip


def test_meervaart_rows_centred_on_their_cells() -> None:
    rows = _rows([_line(base, cells) for base, cells in MEERVAART])
    cells = [cell for row in rows for cell in row]
    assert (
        "Reeds openbaar: https://openresearch.amsterdam/nl/page/51065/"
        "strategisch-huisvestingsplan-kunst-en-cultuur 7.2. b" in cells
    )
    assert (
        "Reeds openbaar: https://amsterdam.raadsinformatie.nl/vergadering/755516/RAAD%2002-07-2020"
        in cells
    )
    # the rows the rests came from keep their other cells
    assert any(
        "88" in row and "Ruimte voor kunst en cultuur, huisvestingsplan" in row for row in rows
    )
    assert any("7.2. b" in row and "153" in row for row in rows)
    assert "huisvestingsplan-kunst-en-cultuur" not in cells
    assert "D%2002-07-2020" not in cells


RAAD = "https://amsterdam.raadsinformatie.nl/vergadering/755516/RAAD%"


def test_a_ground_run_into_the_addresss_line_stays_after_the_whole_address() -> None:
    """Meervaart p. 2, rows 97-98: '.../RAAD%' and the ground '7.2 b' read as one cell that
    reaches into the ground's column; the address goes on in the next row's cell."""
    lines = [
        _line(605.0, [(60, 65, "96"), (83, 159, "31-10-2017 Advies"),
                      (317, 358, "Persoonsgegevens"), (467, 480, "10.2.e")]),
        _line(597.7, [(60, 65, "97"), (83, 159, "7-4-2020 Agenda stuurgroep"),
                      (317, 470, "Persoonsgegevens en bescherming financiële belangen van de"),
                      (467, 502, "10.2.e en 10.2.b")]),
        _line(590.6, [(317, 354, "Reeds openbaar:")]),
        _line(583.7, [(317, 477, RAAD + " 7.2 b")]),
        _line(577.0, [(60, 65, "98"), (81, 225, "2-12-2019 Amsterdam Meervaart Locatie Onderzoek"),
                      (317, 347, "2002-07-2020")]),
        _line(569.7, [(60, 65, "100"), (81, 225, "12-7-2019 Evaluatie"),
                      (317, 358, "persoonsgegevens"), (467, 480, "10.2 e")]),
    ]  # fmt: skip
    rows = _rows(lines)
    cells = [cell for row in rows for cell in row]
    assert any(
        "https://amsterdam.raadsinformatie.nl/vergadering/755516/RAAD%2002-07-2020 7.2 b" in cell
        for cell in cells
    )
    assert "2002-07-2020" not in cells
    assert any("98" in row for row in rows)


def test_a_whole_address_or_a_plain_cell_does_not_take_the_next_rows_cell() -> None:
    lines = [
        _line(765.0, [(60, 65, "86"), (83, 159, "6-8-2019 Nota"), (317, 349, "ongeredigeerd")]),
        _line(757.7, [(60, 65, "87"), (83, 159, "6-8-2019 Planning"), (317, 349, "ongeredigeerd")]),
        _line(750.5, [(317, 420, "https://www.rijksoverheid.nl/documenten")]),
        _line(743.2, [(60, 65, "88"), (83, 159, "1-2-2020 Kamerbrief"), (317, 349, "Openbaar")]),
        _line(735.8, [(317, 420, "https://www.rijksoverheid.nl/documenten/")]),
        _line(728.5, [(60, 65, "89"), (83, 159, "1-3-2020 Nota"), (317, 349, "10.2.e")]),
        _line(
            721.1,
            [
                (60, 65, "90"),
                (83, 159, "1-4-2020 Brief"),
                (317, 470, "Persoonsgegevens en bescherming financiële belangen van de"),
            ],
        ),
    ]
    cells = [cell for row in _rows(lines) for cell in row]
    # the address lines go with the row above, as before; the next rows keep their cells
    assert "ongeredigeerd https://www.rijksoverheid.nl/documenten" in cells
    assert "Openbaar https://www.rijksoverheid.nl/documenten/" in cells
    assert "10.2.e" in cells
    assert not any("documentenOpenbaar" in cell or "documenten/10" in cell for cell in cells)
