"""A form printed once per activity repeats its table's note on every page, low on the page:
its lines there repeat, but they go on the sentence of the body line above them, in lower
case, in the same type and indent. Body text, not a running footer (the form's real footer
and page number stay furniture)."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

NOTE = [
    "Een verschil tussen begroot en gerealiseerd bedrag van ten minste 20% van een begrotingspost",
    "moet worden toegelicht, tenzij het verschil lager is dan € 25.000. In deze kolom wordt het",
    "verschil vermeld, ook uitgedrukt in een percentage van het begrote bedrag.",
]
FOOTER = "Model B Financieel verslag subsidieregeling"


def _form(pages: int = 3) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(60, 780, f"Activiteit {page}: specificatie van de kosten")
        canvas.setFont("Helvetica", 9)
        for i, row in enumerate(("Personeel", "Materieel", "Overige kosten", "Totaal")):
            canvas.drawString(60, 740 - 14 * i, row)
            canvas.drawString(300, 740 - 14 * i, f"€ {1000 * (i + page)}")
        for i, line in enumerate(NOTE):  # the note: its last lines in the page's foot band
            canvas.drawString(60, 124 - 11 * i, line)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(60, 40, FOOTER)
        canvas.drawString(520, 40, str(page))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_forms_note_low_on_the_page_stays_body() -> None:
    doc = segment_pdf(_form(), ocr=False)
    body = [s.text for s in doc.segments if s.kind != "furniture"]
    assert body.count(" ".join(NOTE)) == 3
    furniture = [s.text for s in doc.segments if s.kind == "furniture"]
    assert sum(t.startswith(FOOTER) for t in furniture) == 3  # with its page number
    assert not any(t.startswith(("moet worden", "verschil vermeld")) for t in furniture)
