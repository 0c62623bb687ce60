"""A lettered line on its own over a section's text is a sub-heading, not a list's item.

The Raad van State's advice numbers its points and letters their parts: '6. Uitzonderingen op
kerntaken', then 'a. Toetsing implementatiewetgeving zonder nationale beleidsruimte' on a line
of its own over three paragraphs, and 'b. Procesrecht' a page on. Those letters head text; a
list's lettered items stand one under another.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
TEXT = [
    "Is wetgeving van de Unie eenmaal aangenomen, dan kan het nodig zijn om deze om",
    "te zetten in nationale wetgeving. In beginsel worden dergelijke voorstellen ter",
    "toetsing voorgelegd, maar voorstellen die geen beleidsruimte laten niet.",
]
MORE = [
    "De toelichting wijst in dit verband op de Algemene wet bestuursrecht, waarin de",
    "wettelijke adviesverplichting bij besluiten wordt uitgezonderd in dat geval.",
]
ITEMS = [
    "a. Het college van burgemeester en wethouders",
    "b. De gemeenteraad",
    "c. De burgemeester",
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    y = 780.0

    def put(lines: list[str], gap: float = 8.0) -> None:
        nonlocal y
        for line in lines:
            canvas.drawString(90, y, line)
            y -= 13
        y -= gap

    canvas.setFont("Helvetica", SIZE)
    put(["Zij adviseert de volgende organen, ieder voor zijn eigen taak en op verzoek:"], 0)
    put(ITEMS)
    put(MORE)
    put(["6. Uitzonderingen op kerntaken"])
    put(["a. Toetsing implementatiewetgeving zonder nationale beleidsruimte"])
    put(TEXT)
    put(MORE)
    put(["b. Procesrecht"])
    put(TEXT)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_lettered_line_over_its_text_is_a_heading_and_a_list_stays_a_list() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert kinds["a. Toetsing implementatiewetgeving zonder nationale beleidsruimte"] == "heading"
    assert kinds["b. Procesrecht"] == "heading"
    # a list's items, one under another, head nothing
    listed = [s for s in doc.segments if s.text.startswith(ITEMS[0])]
    assert listed and listed[0].kind == "list_item"
    assert not [s for s in doc.segments if s.kind == "heading" and s.text in ITEMS]
