"""Numbered section heads set in the body's own type (an advice of the Raad van State underlines
"1.  Inhoud van het wetsvoorstel" and sets it in the text's font): a name on a line of its own,
a paragraph of prose under it, numbered 1, 2, 3 in turn. They are headings; a numbered list of
short items one under the other stays a list."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

PROSE = (
    "De Afdeling advisering van de Raad van State maakt over het voorstel enkele\n"
    "opmerkingen en adviseert het voorstel op onderdelen aan te passen. Zij gaat\n"
    "daarbij in op de taken van het college, de reikwijdte van de toetsing en de\n"
    "uitzonderingen die het voorstel maakt voor de implementatie van regelgeving."
)


def _pdf(blocks: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 760.0
    for text in blocks:
        for line in text.split("\n"):
            c.drawString(72, y, line)
            y -= 14
        y -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def test_numbered_heads_in_the_body_type_are_headings() -> None:
    heads = ["1. Inhoud van het wetsvoorstel", "2. Constitutionele inbedding", "3. Reikwijdte"]
    doc = segment_pdf(_pdf([b for head in heads for b in (head, PROSE)]), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert [kinds[h] for h in heads] == ["heading"] * 3


def test_a_list_of_short_items_stays_a_list() -> None:
    items = ["1. Het wetsvoorstel", "2. De memorie van toelichting", "3. Het advies"]
    blocks = ["Bijgevoegd zijn de volgende stukken:", *items, PROSE, PROSE]
    doc = segment_pdf(_pdf(blocks), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert [kinds[i] for i in items] == ["list_item"] * 3
