"""sidewho41 (issue #8, "furniture needs evidence"): what is NOT a side column.

Two readings filed text as side column that is none (sweep41):
- a form's title set at the top right under the logo, in type well larger than the body's ('Inzet
  geestelijke verzorgers' at 21 pt, 'Bijlage bij de verantwoording / Palliatieve terminale zorg'
  at 18.9, body 9.4; DUS-I, InDesign): `aside.column_above_body` took it for a side column above
  the body, its 'Bijlage bij ...' for a reference field, and the form was titled by a field. A
  side column's particulars are set as large as the body or smaller: a block in larger type
  (`aside.larger_than_body`) ends that column.
- a diagram's labels right of the body on a page whose number stands at its right foot, in the
  labels' strip (the Statistiek Vlaanderen handbook's odd pages, dvipdfmx; a form's page-2
  signature block, InDesign): the page number, furniture, marked the strip as one holding
  running lines, so every short block in it became furniture `side_column`. A page number is
  no label of a side column: it marks no zone (`placing`); the labels stay body, as text beside
  the body without evidence does.

Fixtures: `python tests/fixtures/sidewho41/build.py` and `.../build_labels.py` (reportlab and
headless Chromium each).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.aside import column_above_body, larger_than_body
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sidewho41"
PRODUCERS = ["reportlab", "chromium"]


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_title_at_the_top_right_is_no_side_column(producer: str) -> None:
    doc = _doc(f"title_form_{producer}.pdf")
    assert not [s for s in doc.segments if s.role == "side_column"]
    assert not [s for s in doc.segments if s.kind == "letterhead"]
    text = " ".join(_flat(s.text) for s in doc.segments)
    assert "Inzet geestelijke verzorgers" in text
    assert "Bijlage bij de verantwoording" in text
    assert doc.metadata.title == "Inzet geestelijke verzorgers"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_diagrams_labels_beside_a_page_number_stay_body(producer: str) -> None:
    doc = _doc(f"labels_{producer}.pdf")
    assert not [s for s in doc.segments if s.role == "side_column"]
    body = " ".join(_flat(s.text) for s in doc.segments if s.kind not in ("furniture",))
    for label in ("behoeften", "kwaliteit", "conceptuele operationele"):
        assert label in body, (label, body[-300:])
    # the page numbers are furniture still
    numbers = [s.text.strip() for s in doc.segments if s.role == "page_number"]
    assert numbers == ["1", "2", "3"]


def _line(text: str, x0: float, y1: float, size: float) -> Line:
    return Line(
        page=1,
        x0=x0,
        y0=y1 - size,
        x1=x0 + 6 * len(text),
        y1=y1,
        base=y1 - 0.8 * size,
        size=size,
        bold=False,
        text=text,
    )


def _block(*lines: Line) -> Block:
    return Block(list(lines)).finish()


def _page(size: float) -> list[Block]:
    """Page 1: two short blocks at the right (the second one opening 'Bijlage'), then the body."""
    return [
        _block(_line("Inzet geestelijke verzorgers", 340, 760, size)),
        _block(_line("Bijlage bij de verantwoording", 340, 720, size)),
        _block(_line("1. Netwerk " + "tekst " * 12, 60, 650, 9.5)),
    ]


def test_larger_type_ends_the_column_above_the_body() -> None:
    # in the body's type, the two blocks read as a side column above the body (as before)
    assert len(column_above_body(_page(9.0), None, 9.5)) == 2
    # in a title's type they do not
    assert column_above_body(_page(16.0), None, 9.5) == []
    # no body size known: as before
    assert len(column_above_body(_page(16.0))) == 2


def test_larger_than_body() -> None:
    block = _block(_line("Datum", 340, 700, 12.0), _line("5 december 2024", 340, 688, 12.0))
    assert larger_than_body(block, 9.0)
    assert not larger_than_body(block, 10.0)  # 1.2 times: no title's
    assert not larger_than_body(block, 0.0)
