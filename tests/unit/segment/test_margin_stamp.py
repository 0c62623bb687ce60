"""A line set upright in a side margin of every page is furniture, not a heading in the text.

A gazette prints its name and the date up the left margin of each page of an annex ('Bijlagen bij
het Belgisch Staatsblad - 28/05/2019 - Annexes du Moniteur belge'). Read in the page's order it
stands between two lines of the text and, set apart, became a heading that cut a sentence in two.
It repeats on every page at the page's edge, as a running head does: furniture.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
STAMP = "Bijlagen bij het Staatsblad - 28/05/2019 - Annexes du Moniteur"
TEXT = [
    "De Raad van Bestuur van de vennootschap stelt daarom het volgende voor aan de",
    "algemene vergadering van aandeelhouders, die op de zetel zal worden gehouden,",
    "en verzoekt haar de splitsing goed te keuren onder de voorwaarden die hierna",
    "worden beschreven in het voorstel tot partiele splitsing van de vennootschap.",
] * 6


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    for _ in range(3):
        canvas.setFont("Helvetica", SIZE)
        for i, line in enumerate(TEXT):
            canvas.drawString(90, 760 - 14 * i, line)
        canvas.saveState()
        canvas.translate(40, 300)
        canvas.rotate(90)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(0, 0, STAMP)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_an_upright_stamp_in_the_margin_of_every_page_is_furniture() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    stamps = [s for s in doc.segments if "Annexes du Moniteur" in s.text]
    assert len(stamps) == 3 and all(s.kind == "furniture" for s in stamps)
    assert not [s for s in doc.segments if s.kind == "heading"]
