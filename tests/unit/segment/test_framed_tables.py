"""A table whose frame is one drawn path (a stroked rectangle, or a filled ring: the outer outline
less the inner) has its frame's sides as rules: with the column rule inside, it is a grid. Its
label column ('Geheel proces: ...', repeated on every page) is then the table's first column, not
a side column beside a narrow body. A box around a paragraph, a shaded background or a frame
with only a short divider inside make no table."""

from __future__ import annotations

import io
from typing import Any

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout.grids import read_grids
from services.segment.segmenter import segment_pdf

LEFT, MIDDLE, RIGHT = 57.0, 189.0, 538.0
TOP, ROW = 760.0, 60.0
LABELS = [
    "Geheel proces: Onboarding 1",
    "Geheel proces: Onboarding 2",
    "Geheel proces: Toevoegen 3",
]
PATHS = [
    "Start -> Welkom -> Zo werkt de app",
    "Start -> Welkom -> Zo gebruikt de app jouw gegevens",
    "Wat wil je toevoegen? -> Vaccinatie -> Kloppen de gegevens?",
]


def _frame(canvas: Canvas, bottom: float, how: str) -> None:
    if how == "stroked":
        canvas.rect(LEFT, bottom, RIGHT - LEFT, TOP - bottom, stroke=1, fill=0)
    elif how == "ring":  # the outer rectangle less the inner one, filled
        path = canvas.beginPath()
        path.rect(LEFT, bottom, RIGHT - LEFT, TOP - bottom)
        path.rect(LEFT + 0.7, bottom + 0.7, RIGHT - LEFT - 1.4, TOP - bottom - 1.4)
        canvas.drawPath(path, stroke=0, fill=1, fillMode=0)  # even-odd: a ring
    elif how == "curved ring":  # the same ring, its sides drawn as PDFreactor draws them
        path = canvas.beginPath()
        _curved_rectangle(path, LEFT, bottom, RIGHT, TOP)
        _curved_rectangle(path, LEFT + 0.7, bottom + 0.7, RIGHT - 0.7, TOP - 0.7)
        canvas.setFillGray(0.87)
        canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
        canvas.setFillGray(0)


def _curved_rectangle(path: Any, x0: float, y0: float, x1: float, y1: float) -> None:
    """A rectangle as PDFreactor writes one: three curves whose control points stand on the
    corner they leave, and a line back (13 segments as pdfium reads them)."""
    path.moveTo(x0, y1)
    path.curveTo(x0, y1, x0, y1, x0, y0)
    path.curveTo(x0, y0, x0, y0, x1, y0)
    path.curveTo(x1, y0, x1, y0, x1, y1)
    path.lineTo(x0, y1)
    path.close()


def _report(how: str, divider: float = 1.0, pages: int = 3) -> bytes:
    """Pages of an accessibility report's screen table: two columns, the frame drawn as one
    path, a column rule a line of its own (`divider`: the share of the table it runs down), the
    row rules lines across."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    for _ in range(pages):
        bottom = TOP - ROW * len(LABELS)
        _frame(canvas, bottom, how)
        canvas.setLineWidth(0.7)
        canvas.line(MIDDLE, TOP, MIDDLE, TOP - divider * (TOP - bottom))
        for k in range(1, len(LABELS)):
            canvas.line(LEFT, TOP - k * ROW, RIGHT, TOP - k * ROW)
        canvas.setFont("Helvetica", 10)
        for k, (label, path) in enumerate(zip(LABELS, PATHS, strict=True)):
            y = TOP - k * ROW - 16
            first, rest = label.split(": ")
            canvas.drawString(LEFT + 4, y, first + ":")
            canvas.drawString(LEFT + 4, y - 13, rest)
            canvas.drawString(MIDDLE + 4, y, path)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(160, 60, "Toegankelijkheidsonderzoek van de app op WCAG 2.1")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _grids(data: bytes) -> list[list[list[str]]]:
    page = pdfium.PdfDocument(data)[0]
    return [grid.rows for grid in read_grids(page, 1)]


def test_a_stroked_frame_with_its_column_rule_is_a_grid() -> None:
    (rows,) = _grids(_report("stroked"))
    assert rows == [[label, path] for label, path in zip(LABELS, PATHS, strict=True)]


def test_a_filled_ring_frame_is_a_grid_too() -> None:
    (rows,) = _grids(_report("ring"))
    assert [row[0] for row in rows] == LABELS


def test_a_ring_frame_drawn_in_curves_on_its_corners_is_a_grid_too() -> None:
    """PDFreactor's frame: each side a curve with its control points on the corner it leaves,
    the ring in 22 segments. Its sides are straight lines all the same."""
    (rows,) = _grids(_report("curved ring"))
    assert [row[0] for row in rows] == LABELS


def test_the_label_column_of_a_framed_table_is_no_side_column() -> None:
    doc = segment_pdf(_report("ring"), ocr=False)
    assert not [s for s in doc.segments if s.role == "side_column"]
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 3 and all(t.rows and t.rows[0][0] == LABELS[0] for t in tables)


def test_a_frame_with_only_a_short_divider_inside_is_no_grid() -> None:
    # the rule runs down a third of the frame: a divider in a box, no column of a table
    assert _grids(_report("stroked", divider=0.33)) == []


def _boxed(how: str) -> bytes:
    """A paragraph in a box (a 'kader'): a stroked frame or a shaded background, no rule inside."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    if how == "stroked":
        canvas.rect(LEFT, 600, RIGHT - LEFT, 100, stroke=1, fill=0)
    else:
        canvas.setFillGray(0.9)
        canvas.rect(LEFT, 600, RIGHT - LEFT, 100, stroke=0, fill=1)
        canvas.setFillGray(0)
    canvas.setFont("Helvetica", 10)
    for k in range(5):
        canvas.drawString(LEFT + 6, 685 - 14 * k, "De minister besluit het verzoek toe te wijzen.")
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_box_around_a_paragraph_is_no_grid() -> None:
    assert _grids(_boxed("stroked")) == []
    assert _grids(_boxed("shaded")) == []
    doc = segment_pdf(_boxed("stroked"), ocr=False)
    assert not [s for s in doc.segments if s.kind == "table"]


def _sidebar_note(background: str) -> bytes:
    """A technical note: a white (or shaded) rectangle the size of the page drawn first, a rule
    down the page between the sender's sidebar and the text, a rule under the title."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFillGray(1.0 if background == "white" else 0.92)
    canvas.rect(18, 41, 559, 783, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setStrokeGray(0.5)
    canvas.line(117, 67, 117, 678)
    canvas.line(150, 760, 568, 760)
    canvas.setFont("Helvetica", 7)
    for k, text in enumerate(["Web Weaving", "Janvossensteeg 37", "2312 WC Leiden"]):
        canvas.drawString(40, 640 - 9 * k, text)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(150, 740, "Exporting a public key from the HSM")
    for k in range(20):
        canvas.drawString(150, 700 - 14 * k, "The HSM does not seem to support the export of keys.")
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _rounded_box(radius: float) -> bytes:
    """A shaded box with rounded corners around a note, a rule down its middle: a 'kader' with
    two notes side by side. Its corners are real curves."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFillGray(0.85)
    path = canvas.beginPath()
    path.roundRect(LEFT, 600, RIGHT - LEFT, 100, radius)
    path.roundRect(LEFT + 0.7, 600.7, RIGHT - LEFT - 1.4, 98.6, radius)
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
    canvas.setFillGray(0)
    canvas.line(MIDDLE, 600, MIDDLE, 700)
    canvas.setFont("Helvetica", 10)
    for k in range(5):
        canvas.drawString(LEFT + 6, 685 - 14 * k, "Let op de termijn.")
        canvas.drawString(
            MIDDLE + 6, 685 - 14 * k, "De minister besluit het verzoek toe te wijzen."
        )
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_box_with_round_corners_is_no_frame() -> None:
    """Near miss: a ring whose corners are real curves (control points off the sides) draws no
    straight sides; with one rule inside and no rows it makes no table."""
    assert _grids(_rounded_box(8)) == []


def test_a_page_background_beside_a_sidebar_rule_is_no_frame() -> None:
    assert _grids(_sidebar_note("white")) == []
    assert _grids(_sidebar_note("shaded")) == []
