"""Footnotes set barely smaller than the body (the Rijksoverheid Word template: notes in 8 pt
under 9 pt text, a ratio of about 0.92) are footnotes, not a heading or the end of a paragraph."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

BODY = [
    "Met deze brief informeer ik uw Kamer over de voortgang van het programma voor de",
    "circulaire economie en de maatregelen die het kabinet dit jaar neemt om het gebruik",
    "van primaire grondstoffen te verminderen, zoals eerder aan uw Kamer toegezegd.",
]


def _letter(note_size: float) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595, 842))
    y = 760.0
    for _ in range(6):
        for k, line in enumerate(BODY):
            c.setFont("Helvetica", 9)
            c.drawString(72, y, line)
            if k == len(BODY) - 1 and y < 700:
                c.setFont("Helvetica", 6)
                c.drawString(72 + c.stringWidth(line, "Helvetica", 9) + 0.5, y + 3.5, "1")
            y -= 12
        y -= 10
    c.setFont("Helvetica", 6)
    c.drawString(72, 63, "1")
    c.setFont("Helvetica", note_size)
    c.drawString(78, 60, "Zie ook de Nationale Grondstoffenstrategie (Kamerstuk 2022Z24775)")
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_note_in_eight_point_under_nine_point_text_is_a_footnote() -> None:
    doc = segment_pdf(_letter(8.3), ocr=False)
    notes = [s for s in doc.segments if s.kind == "footnote"]
    assert [n.text for n in notes] == [
        "Zie ook de Nationale Grondstoffenstrategie (Kamerstuk 2022Z24775)"
    ]
    assert not any("Grondstoffenstrategie" in s.text for s in doc.segments if s.kind != "footnote")


def test_a_last_line_in_the_body_size_stays_body() -> None:
    doc = segment_pdf(_letter(9), ocr=False)
    assert not any(s.kind == "footnote" for s in doc.segments)
