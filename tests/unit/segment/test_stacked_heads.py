"""A chapter's head with its first section's head right under it, in the same type and leading
('Hoofdstuk 2: Onderzoeksaanpak' over '2.1 Controleaanpak'): two heads, not one; the chapter
named by its number stands a level above its numbered sections."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

BODY = "De accountant controleert het formulier en verstrekt daarbij een controleverklaring."


def _protocol() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(70, 790, "Accountantsprotocol")
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(70, 760, "Hoofdstuk 2: Onderzoeksaanpak bij het formulier")
    canvas.drawString(70, 746, "2.1 Controleaanpak")
    canvas.setFont("Helvetica", 9)
    for i in range(3):
        canvas.drawString(70, 726 - 12 * i, BODY)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(70, 680, "2.2 Referentiekader")
    canvas.setFont("Helvetica", 9)
    for i in range(3):
        canvas.drawString(70, 660 - 12 * i, BODY)
    canvas.setFont("Helvetica-Bold", 14)  # an annex's head, set larger than the chapters'
    canvas.drawString(70, 600, "Bijlage 1: Model controleverklaring")
    canvas.setFont("Helvetica", 9)
    for i in range(3):
        canvas.drawString(70, 580 - 12 * i, BODY)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_section_head_under_a_chapter_head_is_a_head_of_its_own() -> None:
    doc = segment_pdf(_protocol(), ocr=False)
    heads = [(s.text, s.level) for s in doc.segments if s.kind == "heading"]
    assert heads == [
        ("Hoofdstuk 2: Onderzoeksaanpak bij het formulier", 1),  # the chapter over its sections
        ("2.1 Controleaanpak", 2),
        ("2.2 Referentiekader", 2),
        ("Bijlage 1: Model controleverklaring", 1),
    ]
