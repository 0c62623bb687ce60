"""A paragraph cut at the foot of a column goes on at the head of the next one.

A parliamentary record set in two columns breaks its paragraphs where a column ends ('Nos
agriculteurs ... un agriculteur producteur de' / 'betteraves m'expliquait ...'): read column by
column, the next column's first line goes on with the sentence. A paragraph that ended at the
column's foot, and a next column that opens with a capital, keep apart.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
FILL = "de boeren vragen daden en een eerlijke prijs voor"


def _pdf(*, cut: bool) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica", SIZE)
    left = ["Collega's, neem uw verantwoordelijkheid want"] + [FILL] * 30
    left[-1] = "een agriculteur producteur van" if cut else "hun producten in de winkel."
    right = ["betteraves vertelde mij wat hij verdient en" if cut else "Kijk naar de subsidies en"]
    right += [FILL] * 10 + ["en dat is alles."]
    for i, text in enumerate(left):
        canvas.drawString(60, 760 - 13 * i, text)
    for i, text in enumerate(right):
        canvas.drawString(320, 760 - 13 * i, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    return [s.text for s in segment_pdf(data, ocr=False).segments if s.kind == "paragraph"]


def test_a_sentence_cut_at_the_column_foot_goes_on_in_the_next_column() -> None:
    paragraphs = _paragraphs(_pdf(cut=True))
    assert len(paragraphs) == 1
    assert "een agriculteur producteur van betteraves vertelde mij" in paragraphs[0]


def test_a_paragraph_ended_at_the_column_foot_keeps_apart() -> None:
    paragraphs = _paragraphs(_pdf(cut=False))
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("Kijk naar de subsidies en")
