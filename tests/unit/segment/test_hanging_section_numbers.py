"""Section heads with their number hanging left of the title, a tab between them, over text set
in to the title ('1    Inleiding', '1.1    Aanleiding', '2.4.2.1    Afbakening van gevallen'), as a
word processor's numbered heading styles set them. The number and title on one row looked like a
table's two cells, the text under the title its second column: heads and text became a table.
They are headings over paragraphs; a table whose first column holds figures stays a table."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

TEXT = [
    "Het motto van de wet is ruimte voor ontwikkeling en waarborgen voor kwaliteit. De wet",
    "staat voor een goede balans tussen het benutten en beschermen van de leefomgeving.",
]
HEADS = [("1", "Inleiding", 15.0), ("1.1", "Aanleiding", 12.5), ("1.1.1", "Nieuw stelsel", 11.0)]
FIGURES = [("1", "12"), ("2", "15"), ("3", "18")]


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(70, 790, "Toepassingsprofiel kennisgeving")
    y = 750.0
    for number, title, size in HEADS:
        canvas.setFont("Helvetica-Bold", size)
        canvas.drawString(70, y, number)
        canvas.drawString(125, y, title)
        y -= 18
        if number == "1":  # the chapter's head right over its first section's
            continue
        canvas.setFont("Helvetica", 10)
        for line in TEXT:
            canvas.drawString(125, y, line)
            y -= 13
        y -= 10
    y -= 30
    for left, right in FIGURES:  # a table of figures under the text
        canvas.drawString(125, y, left)
        canvas.drawString(300, y, right)
        y -= 13
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_hanging_section_numbers_make_headings_over_paragraphs() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    heads = [s.text for s in doc.segments if s.kind == "heading"]
    assert heads == [f"{number} {title}" for number, title, _ in HEADS]
    paragraphs = [s.text for s in doc.segments if s.kind == "paragraph"]
    assert paragraphs.count(" ".join(TEXT)) == len(HEADS) - 1
    assert [s for s in doc.segments if s.kind == "table" and "12" in s.text]
