"""A meeting report's numbered questions end where its next numbered section begins.

A working group's report lists the questions asked ('1. Komt ... overeen met ...?', bold) with
their answers under them ('Ja, ...'), then goes on with its next section ('2.
Acties', set larger, as '1. Vragen' above the questions is) and that section's points. The
section head is a heading and its points are no answer to the last question.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
QUESTIONS = [
    (
        "1. Komt Verschijningsvorm overeen met de term LegalResource?",
        "Ja, dat is de expressie van het document.",
    ),
    (
        "2. Wordt de term Legal value gebruikt in het profiel?",
        "Nee, die is niet toegepast in het model.",
    ),
    ("3. Zijn alle URI's persistent doorheen de tijd?", "Ja, ze zijn persistent en uniek."),
]
ACTION = "Stuurt het verslag en de presentatie naar de leden."


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(72, 790, "Verslag klankbordgroep")
    y = 760.0
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, y, "1. Vragen uit de klankbordgroep")
    y -= 24
    for question, answer in QUESTIONS:
        canvas.setFont("Helvetica-Bold", SIZE)
        canvas.drawString(72, y, question)
        canvas.setFont("Helvetica", SIZE)
        canvas.drawString(90, y - 13, answer)
        y -= 34
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, y, "2. Acties")
    canvas.setFont("Helvetica-Bold", SIZE)
    canvas.drawString(72, y - 24, "● PwC:")
    canvas.setFont("Helvetica", SIZE)
    canvas.drawString(90, y - 37, ACTION)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_the_next_section_ends_the_questions() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert [s.number for s in doc.segments if s.kind == "question"] == ["1", "2", "3"]
    assert [s.text for s in doc.segments if s.kind == "answer"] == [a for _, a in QUESTIONS]
    assert kinds["2. Acties"] == "heading"
    assert kinds[ACTION] != "answer"
