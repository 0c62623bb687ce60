"""What the sweep of 101 new real PDFs (bench/breadth/report-sweep26.md) showed: a drawn grid's
reading lost words it should have kept.

A Woo inventory in a ruled grid (a Rijk Wob decision's annex, Acrobat Distiller) lost 'RIVM'
from every cell of its sender and addressee columns on the page where one line of the text layer
ran a web address cut at a column's rule on into the next cell's 'RIVM' ('.../beoordelRIVM'):
that line's unread word went to the body, and every cell word that the moved word held
('rivm') was taken for a piece of it and cut from the cells. A word the cells say more often
than the moved words do is their own; and two cells' words run together by the line are read.

A word a rule cut in two cells ('refe' | 'erentiewaarde' of a begroting's 'referentiewaarde')
has no part of its own and is still told whole beside the table; a web address its lines broke
('.../3574524-104639' / '0-PDO/...') still keeps its grid."""

from __future__ import annotations

from pathlib import Path

from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import split_tables
from services.segment.segmenter import segment_pdf

FIXTURE = Path(__file__).parents[2] / "fixtures" / "sweep26" / "inventory-address-at-rule.pdf"
ADDRESS = "https://www.rivm.nl/publicaties/beoordelingskader-gezondheid-en-milieu"


def test_an_inventory_keeps_the_senders_beside_an_address_at_its_rule() -> None:
    doc = segment_pdf(FIXTURE.read_bytes(), ocr=False)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows or []
    assert [row[5] for row in rows[1:]] == ["RIVM", "IenW", "RIVM", "RIVM", "DGMI", "RIVM"]
    assert [row[6] for row in rows[1:]] == ["IenW", "RIVM", "IenW", "IenW", "RIVM", "DGMI"]
    assert rows[3][4] == ADDRESS
    # the address is told once, in its cell: no body line beside the table repeats it
    assert not [s for s in doc.segments if s.kind != "table" and "rivm" in s.text.lower()]


def _line(y: float, text: str) -> Line:
    return Line(1, 100.0, y, 300.0, y + 8, y + 1, 8.0, False, text)


def _pieces(lines: list[Line], rows: list[list[str]]) -> list[list[Line] | Block]:
    grid = GridTable(page=1, bbox=(90.0, 80.0, 310.0, 400.0), rows=rows)
    return split_tables(lines, 10.0, [grid])


def test_a_grid_that_joins_a_web_address_broken_over_its_lines_stays() -> None:
    lines = [
        _line(300.0, "Advies over de zorg https://www.rijksoverheid.nl/advi"),
        _line(290.0, "es-over-de-zorg"),
        _line(270.0, "Reactie op het advies openbaar"),
        _line(250.0, "Notulen regionaal https://open.minvws.nl/dossier/3574524-104639"),
        _line(240.0, "0-PDO/document/VWS-WOO-4-698530"),
    ]
    rows = [
        ["Advies over de zorg", "https://www.rijksoverheid.nl/advies-over-de-zorg"],
        ["Reactie op het advies", "openbaar"],
        [
            "Notulen regionaal",
            "https://open.minvws.nl/dossier/3574524-1046390-PDO/document/VWS-WOO-4-698530",
        ],
    ]
    tables = [p for p in _pieces(lines, rows) if isinstance(p, Block)]
    assert len(tables) == 1
    assert tables[0].rows == rows


def test_a_word_a_rule_cut_in_two_cells_is_told_whole_beside_the_table() -> None:
    """A begroting's 'EMU-saldo referentiewaarde' crosses a column's rule: the cells read
    'EMU-saldo refe' | 'erentiewaarde -4.087'. The word is told once, whole, beside the table;
    the run-together reading does not take the pieces for two cells' words."""
    items = [(f"Post {n} lasten", f"{n}.{n * 7:03d}") for n in range(1, 21)]
    lines = [_line(390.0 - 12 * i, f"{name} {value}") for i, (name, value) in enumerate(items)]
    lines.append(_line(130.0, "EMU-saldo referentiewaarde -4.087"))
    rows = [[name, value] for name, value in items] + [["EMU-saldo refe", "erentiewaarde -4.087"]]
    pieces = _pieces(lines, rows)
    tables = [p for p in pieces if isinstance(p, Block)]
    assert len(tables) == 1
    assert tables[0].rows is not None
    assert tables[0].rows[-1] == ["EMU-saldo", "-4.087"]
    beside = [line.text for p in pieces if isinstance(p, list) for line in p]
    assert beside == ["referentiewaarde"]
