"""A speaker's name run in in bold before the speech is part of its paragraph, not a heading.

A parliament's record opens each speech with the speaker's name in bold on the speech's first
line ('De heer François Bellot (MR). – Over elke tekst die aan de'); in a narrow column the name
may take more than half of that line, which then reads as a bold line. Its last words are set in
the body's type and its sentence goes on in the lines below: one paragraph. A bold line that is
bold to its end ('Raadpleging van de Raad van State') still heads what follows, and so does a
bold title ending in a number in plain type ('... 2024 (nr.3821222)' over 'Vastgesteld.').
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 9.0
HEAD = "Raadpleging van de Raad van State"
TITLE, NUMBER, DECIDED = "1a. Notulen van de vergadering", "(nr.3821222)", "Vastgesteld."
SPEECHES = [
    (
        "De heer François Bellot (MR). –",
        "Over elke tekst die aan de",
        [
            "Raad van State wordt overgezonden, kunnen de",
            "leden het woord nemen in de plenaire vergadering.",
        ],
    ),
    (
        "De voorzitster. –",
        "Dat klopt. De bespreking van een ontwerp",
        ["wordt door het verzoek om advies niet geschorst."],
    ),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    y = 760.0
    canvas.setFont("Helvetica-Bold", SIZE)
    canvas.drawString(72, y, HEAD)
    y -= 16
    for name, lead, rest in SPEECHES:
        canvas.setFont("Helvetica-Bold", SIZE)
        canvas.drawString(72, y, name)
        x = 72 + canvas.stringWidth(name + " ", "Helvetica-Bold", SIZE)
        canvas.setFont("Helvetica", SIZE)
        canvas.drawString(x, y, lead)
        for line in rest:
            y -= 11
            canvas.drawString(72, y, line)
        y -= 16
    canvas.setFont("Helvetica-Bold", SIZE)
    canvas.drawString(72, y, TITLE)
    canvas.setFont("Helvetica", SIZE)
    canvas.drawString(72 + canvas.stringWidth(TITLE + " ", "Helvetica-Bold", SIZE), y, NUMBER)
    canvas.drawString(72, y - 11, DECIDED)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_bold_speaker_lead_in_stays_in_its_paragraph() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    headings = [s.text for s in doc.segments if s.kind == "heading"]
    assert headings == [HEAD]
    paragraphs = [s.text for s in doc.segments if s.kind == "paragraph"]
    assert paragraphs[0].startswith("De heer François Bellot (MR). – Over elke tekst die aan de")
    assert paragraphs[0].endswith("in de plenaire vergadering.")


def test_a_bold_title_with_its_number_in_plain_type_keeps_apart() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    assert any(s.text == DECIDED for s in doc.segments)
