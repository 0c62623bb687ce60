"""sweep36: a worked example drawn again and again keeps its labels in the body.

Found on a real Kadaster document (kadaster/klic-win 'Actualiseren/Voorzorgsmaatregelen/
Voorbeelden van procesregels bij EV-verwerking.pdf', Word 2013): page after page shows two
cases, each a table of process rules beside a drawing of a pipeline labelled 'EV-vlak' /
'2 x 10 meter', 'BGI', 'BELANG' / '2 x 30 meter', 'Graafpolygoon', 'Informatiepolygoon'. Where
a gutter parted the drawing from the table, the page's columns put its labels beside the body,
and main filed them as furniture: the top corner's labels, at one place on two pages, a running
header; the bottom's '2 x 30 meter' a running footer; the rest a side column, for standing
beside the body on two pages. 4.6 % of the document's words (coverage.py) were lost so.

Two rules: a running line found beside the body is the document's own when its text stands in
the body, away from the edges, on two pages or more (furniture._form_lines, as for a form's
lines in the body); and a text that stands twice beside the body of one page is a drawing's
label, no side column's (aside.Running.of): a side column prints its particulars once a page.
On a page where such a label stands beside the body, nothing there is a side column by its
repeating alone.

Fixtures (tests/fixtures/sweep36, `python -m tests.fixtures.sweep36.src.build`): the example's
pages drawn by reportlab and by headless Chromium (absolutely placed boxes)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from services.segment.layout.aside import Running, _evidence
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "sweep36"
PRODUCERS = ["voorbeelden.pdf", "voorbeelden.chromium.pdf"]
CASES = 7  # the lettered cases A to G, one drawing each
LABELS = ["EV-vlak", "2 x 10 meter", "BGI", "BELANG", "2 x 30 meter", "Graafpolygoon"]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


@pytest.mark.parametrize("name", PRODUCERS)
def test_no_label_of_the_drawings_is_furniture(name: str) -> None:
    doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
    furniture = [s.text for s in doc.segments if s.kind in ("furniture", "letterhead")]
    assert furniture == []


@pytest.mark.parametrize("name", PRODUCERS)
def test_every_drawing_keeps_its_labels(name: str) -> None:
    doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
    body = " ".join(s.text for s in doc.segments if s.kind not in ("furniture", "letterhead"))
    for label in LABELS:
        assert body.count(label) >= CASES, label


@pytest.mark.parametrize("name", PRODUCERS)
def test_every_word_reaches_the_body(name: str) -> None:
    import pypdfium2 as pdfium

    data = (HERE / name).read_bytes()
    pdf = pdfium.PdfDocument(data)
    raw: Counter[str] = Counter()
    for i in range(len(pdf)):
        raw.update(_words(pdf[i].get_textpage().get_text_range()))
    doc = segment_pdf(data, ocr=False)
    body: Counter[str] = Counter()
    for s in doc.segments:
        if s.kind not in ("furniture", "letterhead"):
            body.update(_words(s.text))
    lost = sum((raw - body).values())
    assert lost <= 0.01 * sum(raw.values())


def _line(page: int, y: float, text: str, zone: str) -> Line:
    return Line(page, 430.0, y, 430.0 + 6 * len(text), y + 9, y + 2, 9.0, False, text, zone=zone)


def test_a_label_twice_beside_one_page_is_no_evidence() -> None:
    """A side column prints 'Datum' once a page; a drawing drawn twice prints its label twice."""
    lines = {
        1: [_line(1, 700, "Datum", "side"), _line(1, 500, "Tekst van de brief", "body")],
        2: [_line(2, 700, "Datum", "side"), _line(2, 500, "Meer tekst", "body")],
        3: [_line(3, 700, "BELANG", "side"), _line(3, 300, "BELANG", "side")],
        4: [_line(4, 700, "BELANG", "side"), _line(4, 300, "BELANG", "side")],
    }
    running = Running.of(lines)
    assert "datum" in running.texts
    assert "belang" not in running.texts
    assert not _evidence(Block([lines[3][0]]), running)


def test_labels_alike_but_for_their_digits_count_as_one() -> None:
    """'2 x 10 meter' and '2 x 30 meter' beside one page: the drawing's dimension, twice."""
    lines = {
        1: [_line(1, 700, "2 x 10 meter", "side"), _line(1, 300, "2 x 30 meter", "side")],
        2: [_line(2, 700, "2 x 30 meter", "side")],
    }
    running = Running.of(lines)
    assert "2 x 30 meter" not in running.texts
    assert not _evidence(Block([lines[2][0]]), running)


def test_a_side_column_repeated_once_a_page_stays_evidence() -> None:
    """The control: a kenmerk beside the body of every page, once, and never in the body."""
    lines = {
        p: [_line(p, 700, "Ons kenmerk DGO-2026/123", "side"), _line(p, 500, "Tekst", "body")]
        for p in (1, 2, 3)
    }
    running = Running.of(lines)
    assert _evidence(Block([lines[2][0]]), running)


def test_beside_a_drawing_a_repeated_label_is_no_evidence() -> None:
    """A page whose side zone holds a drawing's label (one that stands twice beside a page's
    body) shows a drawing there: what else repeats beside its body repeats with the drawing. On
    a page without such a label the repeated text is still a side column's."""
    from services.segment.layout.aside import aside_blocks

    lines = {
        1: [
            _line(1, 600, "Informatiepolygoon", "side"),
            _line(1, 200, "Informatiepolygoon", "side"),
        ],
        3: [
            _line(3, 600, "Netinformatie data", "side"),
            _line(3, 300, "Informatiepolygoon", "side"),
        ],
        4: [_line(4, 600, "Netinformatie data", "side")],
    }
    running = Running.of(lines)
    drawn = aside_blocks(lines[3], 3, running, [], 842.0, width=595.0)
    assert [b.kind for b in drawn] == ["paragraph", "paragraph"]
    column = aside_blocks(lines[4], 4, running, [], 842.0, width=595.0)
    assert [(b.kind, b.role) for b in column] == [("furniture", "side_column")]
