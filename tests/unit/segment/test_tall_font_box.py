"""A face whose loose glyph box is abnormally tall reads like any other (issue #8 point 3).

pdfium boxes a glyph loosely from its font's ascent to its descent, and the layout measures a
run's size, and the gaps that split a line into pieces, in that height. For the usual faces it is
1.1 to 1.43 ems, but some fonts declare much more: Apple's SF UI Display 1.46 to 1.67 ems, a
Noto Sans 1.46, an Arial with its line gap written into its descriptor 1.92. A landscape brochure
in SF UI Display (11 pt on a 13.2 pt pitch, 15 pt gutters) had its three columns read as two:
the gutter was under one such "em", so the lines of columns 2 and 3 interleaved.

Here the same three-column page is set in Bitstream Vera (its box 1 em) and in a Vera whose
descriptor declares an ascent of 1.2 and a descent of 0.38 ems (a box of 1.58 ems), both at the
type size (Tf 11) and at size 1 scaled by the text matrix, as the brochure's producer writes it.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout.words import read_page
from services.segment.segmenter import segment_pdf

SIZE, PITCH = 11.0, 13.2
WIDTH, GUTTER = 230.0, 15.0  # the gutter: 1.36 ems, under the tall face's box of 1.58 ems
LEFTS = [60.0 + k * (WIDTH + GUTTER) for k in range(3)]
NAMES = ("eerste", "tweede", "derde")
COLUMNS = [
    [f"regel {i} van de {name} kolom met een zin die gewoon doorloopt" for i in range(12)]
    for name in NAMES
]


def _face(name: str, ascent: float, descent: float) -> str:
    """Vera registered as `name`, its descriptor declaring `ascent` and `descent` (1/1000 em).
    pdfium takes the loose box from the declared ascent and descent within the font's box."""
    font = TTFont(name, "Vera.ttf")
    font.face.name = name.encode()  # reportlab registers one font per face name: a face apart
    if ascent:
        left, _, right, _ = font.face.bbox
        font.face.bbox = [left, descent, right, ascent]
        font.face.ascent, font.face.descent = ascent, descent
    registerFont(font)
    return name


USUAL = _face("UsualVera", 0, 0)  # as reportlab declares it: 0.76 up, 0.24 down
TALL = _face("TallVera", 1200, -380)
TALLISH = _face("TallishVera", 1120, -300)  # 1.42 ems: tall as Verdana or Calibri may be


def _line(canvas: Canvas, text: str, x: float, y: float, font: str, scaled: bool) -> None:
    """One line spread to the column's width by its letter spacing (its end stands at the
    gutter; word spacing would also widen the glyph the subset font codes as 32)."""
    obj = canvas.beginText()
    natural = stringWidth(text, font, SIZE)
    if scaled:  # Tf 1 and the text matrix scaled to the type size
        obj.setTextTransform(SIZE, 0, 0, SIZE, x, y)
        obj.setFont(font, 1)
        obj.setCharSpace((WIDTH - natural) / SIZE / (len(text) - 1))
    else:
        obj.setTextOrigin(x, y)
        obj.setFont(font, SIZE)
        obj.setCharSpace((WIDTH - natural) / (len(text) - 1))
    obj.textOut(text)
    canvas.drawText(obj)


def _page(font: str, *, scaled: bool = False) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(842, 595), pageCompression=0)
    for left, lines in zip(LEFTS, COLUMNS, strict=True):  # column by column
        for i, text in enumerate(lines):
            _line(canvas, text, left, 500 - PITCH * i, font, scaled)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _body(data: bytes) -> str:
    doc = segment_pdf(data, ocr=False)
    return " ".join(" ".join(s.text.split()) for s in doc.segments if s.kind != "furniture")


def _measures(data: bytes) -> set[tuple[float, float, float]]:
    """The runs' (size, em, box height), rounded."""
    pdf = pdfium.PdfDocument(data)
    try:
        runs = read_page(pdf[0], 1).runs
        return {(round(r.size, 2), round(r.em, 2), round(r.y1 - r.y0, 2)) for r in runs}
    finally:
        pdf.close()


@pytest.mark.parametrize("scaled", [False, True], ids=["tf-size", "matrix-scaled"])
@pytest.mark.parametrize("font", [USUAL, TALL], ids=["usual-box", "tall-box"])
def test_three_columns_read_column_by_column(font: str, scaled: bool) -> None:
    body = _body(_page(font, scaled=scaled))
    for lines in COLUMNS:
        assert " ".join(lines) in body
    assert body.index(COLUMNS[0][-1]) < body.index(COLUMNS[1][0])
    assert body.index(COLUMNS[1][-1]) < body.index(COLUMNS[2][0])


@pytest.mark.parametrize("scaled", [False, True], ids=["tf-size", "matrix-scaled"])
def test_a_tall_box_is_measured_as_a_usual_face_of_its_type_size(scaled: bool) -> None:
    """Its gaps in 1.2 ems; its size, which the layout compares with the other faces' (body,
    notes, headings), and its box stay its loose height."""
    ((size, em, height),) = _measures(_page(TALL, scaled=scaled))
    assert size == height == pytest.approx(1.58 * SIZE, rel=0.01)
    assert em == pytest.approx(1.2 * SIZE, abs=0.02)


@pytest.mark.parametrize("font, box", [(USUAL, 1.0), (TALLISH, 1.42)], ids=["usual", "tallish"])
def test_a_box_of_the_usual_faces_keeps_its_measures(font: str, box: float) -> None:
    """Verdana's, Calibri's and Arial's boxes reach 1.43 ems in some producers' descriptors:
    their runs are measured as before, in their loose box."""
    for scaled in (False, True):
        ((size, em, height),) = _measures(_page(font, scaled=scaled))
        assert size == height == pytest.approx(box * SIZE, rel=0.01)
        assert em == 0.0  # no other measure: gaps in its size
