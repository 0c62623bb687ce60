"""A list of frequently asked questions sets each question in bold on a line of its own over its
answer: every such question heads its answer, the long ones as the short ones."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

QUESTIONS = [
    "Wanneer moet de nulmeting plaatsvinden?",
    "Mag er gebruik gemaakt worden van schooleigen toetsen voor de nulmeting?",
    "Wat moet ik doen als er alleen leerlingen van een taalklas op de school zitten?",
]
ANSWER = [
    "Ja, de school mag ook andere toetsen of een eigen volgsysteem gebruiken om de nulmeting",
    "te doen en de voortgang van de leerlingen te meten, zolang die op de school is afgenomen.",
]


def _faq() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(70, 770, "Veelgestelde vragen")
    y = 730.0
    for question in QUESTIONS:
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(70, y, question)
        canvas.setFont("Helvetica", 9)
        for k, line in enumerate(ANSWER):
            canvas.drawString(70, y - 12 - 12 * k, line)
        y -= 60
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_every_bold_question_heads_its_answer() -> None:
    doc = segment_pdf(_faq(), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert [kinds[q] for q in QUESTIONS] == ["heading"] * 3
    levels = {s.level for s in doc.segments if s.text in QUESTIONS}
    assert len(levels) == 1  # one style, one level
    assert sum(1 for s in doc.segments if s.kind == "paragraph") == 3
