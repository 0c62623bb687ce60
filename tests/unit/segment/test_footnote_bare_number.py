"""A footnote whose text is a web address too long to stand beside its number starts on the
line under the number, which then stands alone: still note 1, its text the address."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

URL = "https://www.example.nl/methoden/onderzoeksbeschrijvingen/prijsindex-nieuwbouwwoningen-2015"
BODY = [
    "Elk kwartaal publiceert het bureau een aantal indicatoren over de verkoop van woningen,",
    "waaronder het aantal en de waarde van alle verkochte nieuwbouwwoningen in het land.",
    "Het doel van dit rapport is de methode te beschrijven waarmee zelfbouw wordt herkend.",
]


def _report() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Times-Roman", 16)
    canvas.drawString(70, 770, "Zelfbouw en projectbouw in de nieuwbouw")
    canvas.setFont("Times-Roman", 10)
    for i, line in enumerate(BODY * 3):
        canvas.drawString(70, 730 - 13 * i, line)
    canvas.setFont("Times-Roman", 6)
    canvas.drawString(70 + canvas.stringWidth(BODY[2], "Times-Roman", 10) + 1, 708, "1")
    canvas.line(70, 180, 200, 180)
    canvas.setFont("Times-Roman", 7)
    canvas.drawString(70, 170, "1")
    canvas.drawString(70, 161, URL)
    canvas.setFont("Times-Roman", 9)
    canvas.drawString(290, 50, "1")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_note_under_its_number_alone_is_that_note() -> None:
    doc = segment_pdf(_report(), ocr=False)
    notes = [s for s in doc.segments if s.kind == "footnote"]
    assert [(n.number, n.text) for n in notes] == [("1", URL)]
    assert not any(s.kind == "paragraph" and s.text.strip() == "1" for s in doc.segments)
