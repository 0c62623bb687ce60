"""Two justified columns over a narrow gutter: a row whose left line runs a few points long
reaches so close to the right column's line that the two were one piece, read with the left
column ('le protocole signé en opgenomen. De tekst voorziet'). Each line goes to its column.
(A run over the gutter, where the producer wrote the two lines as one, stays as it is: the
split is between runs.)"""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
WIDTH = 230.0
LEFT_X, RIGHT_X = 60.0, 302.0  # a gutter of 12 points: just over an em
LEFT = [f"links regel {i} van de eerste kolom met een zin die gewoon doorloopt" for i in range(14)]
RIGHT = [f"rechts regel {i} van de tweede kolom en ook die loopt verder" for i in range(14)]


def _justified(canvas: Canvas, text: str, x: float, y: float, font: str, width: float) -> None:
    """Set to the column's full width by widening the spaces, as a justified column is."""
    text_obj = canvas.beginText(x, y)
    text_obj.setFont(font, SIZE)
    natural = stringWidth(text, font, SIZE)
    text_obj.setWordSpace((width - natural) / text.count(" "))
    text_obj.textOut(text)
    canvas.drawText(text_obj)


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    # column by column, as a two-column page is written
    for i, left in enumerate(LEFT):  # the fifth line runs three points into the gutter
        _justified(canvas, left, LEFT_X, 760 - 13 * i, "Times-Roman", WIDTH + 3 * (i == 4))
    for i, right in enumerate(RIGHT):  # the second language in italics, as the Senate's annals
        _justified(canvas, right, RIGHT_X, 760 - 13 * i, "Times-Italic", WIDTH)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_row_reaching_over_a_narrow_gutter_is_read_column_by_column() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    body = " ".join(" ".join(s.text.split()) for s in doc.segments if s.kind != "furniture")
    assert " ".join(LEFT) in body and " ".join(RIGHT) in body
    assert body.index(LEFT[-1]) < body.index(RIGHT[0])
