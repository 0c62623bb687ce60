"""A subheading in the body's own type that fills most of its line, over its paragraph ('In
samenhang omgaan met wateroverlast, droogte en de bodem' in a Kamerbrief, set in italic that
the layout does not see): the line ends where the next line's first word would have fitted, so
the writer broke it, and prose follows. A head, not the paragraph's first words; a line over
prose that ends on a number (a timeline's row, 'Juli 2023 Vaststelling RES door PS 2023') is
none."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

PROSE = [
    "De afgelopen eeuwen is Nederland ingericht om overtollig water zo snel mogelijk af te",
    "voeren naar zee. Drogere perioden nemen toe, en daarmee ook de vraag hoe we het water",
    "langer kunnen vasthouden in de bodem en in de sloten van het landelijk gebied.",
]
HEADS = [
    "In samenhang omgaan met wateroverlast, droogte en de bodem",
    "Structureel meten en monitoren van ultrafijn stof in Nederland",
]


def _letter() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Helvetica", 10)
    y = 780.0
    for head in [*HEADS, "Juli 2023 Vaststelling van de Regionale Energiestrategie door PS 2023"]:
        canvas.drawString(80, y, head)
        y -= 13
        for line in PROSE:
            canvas.drawString(80, y, line)
            y -= 13
        y -= 13
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_head_filling_most_of_its_line_is_split_off_its_paragraph() -> None:
    doc = segment_pdf(_letter(), ocr=False)
    heads = [s.text for s in doc.segments if s.kind == "heading"]
    assert heads == HEADS
    texts = [s.text for s in doc.segments]
    assert texts.count(" ".join(PROSE).replace("  ", " ")) == 2  # the prose under each head
    assert any(t.startswith("Juli 2023 Vaststelling") and t.endswith("gebied.") for t in texts)
