"""A law's division named on a line of its own is a heading, at the level of its name below.

A constitution sets 'HOOFDSTUK II' or 'EERSTE AFDELING' in the body's own type over the division's
name in bold ('ECONOMISCHE DOELSTELLINGEN'): the label heads the division as its name does. A
sentence that mentions a chapter is no heading.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
BODY = "De economische doelstellingen zijn gericht op de vestiging van een nationale economie."


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    y = 760.0
    for label, name in (
        ("HOOFDSTUK II", "ECONOMISCHE DOELSTELLINGEN"),
        ("EERSTE AFDELING", "GRONDGEBIED"),
    ):
        canvas.setFont("Helvetica", SIZE)
        canvas.drawString(250, y, label)
        canvas.setFont("Helvetica-Bold", SIZE)
        canvas.drawString(220, y - 14, name)
        canvas.drawString(72, y - 34, "Artikel 5")
        canvas.setFont("Helvetica", SIZE)
        canvas.drawString(72, y - 48, BODY)
        canvas.drawString(72, y - 62, "Zie ook hoofdstuk 3 van deze wet voor de verdere regels.")
        y -= 100
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_division_label_heads_at_its_names_level() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    heads = {s.text: s.level for s in doc.segments if s.kind == "heading"}
    assert heads["HOOFDSTUK II"] == heads["ECONOMISCHE DOELSTELLINGEN"]
    assert heads["EERSTE AFDELING"] == heads["GRONDGEBIED"]
    assert not any("hoofdstuk 3" in text for text in heads)
