"""A justified line in a narrow column is a line of text, not a table row.

A parliamentary record's contents set in narrow columns justifies its lines, so a line of a few
long names is spaced wide ('Sprekers:   Gitta   Vanpeborgh,   Frank'): every gap is wider than a
table's cell gap, but all of them are equally wide. A table's columns stand where its headers put
them, so its gaps vary with what the cells hold, and a row of one unit over each column repeats
its word.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 9.0
RIGHT = 300.0  # the narrow column's right edge
JUSTIFIED = [
    ["Sprekers:", "Gitta", "Vanpeborgh,", "Frank"],
    ["Vandenbroucke,", "vice-eersteminister", "en"],
    ["minister", "van", "Sociale", "Zaken"],
]
LAST = "en Volksgezondheid, Catherine Fonck"
TABLE = [
    ["Naam", "Functie", "Afdeling"],
    ["EUR", "EUR", "EUR"],  # a unit over each column, evenly spaced: still a row
    ["Jansen", "adviseur", "Financien"],
]


def _justify(canvas: Canvas, words: list[str], y: float) -> None:
    """Set the words from x=72 to the column's right edge, the space shared out evenly."""
    widths = [canvas.stringWidth(w, "Helvetica", SIZE) for w in words]
    gap = (RIGHT - 72 - sum(widths)) / (len(words) - 1)
    x = 72.0
    for word, width in zip(words, widths, strict=True):
        canvas.drawString(x, y, word)
        x += width + gap


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica", SIZE)
    canvas.drawString(72, 760, "Algemene bespreking van het wetsontwerp")
    for i, words in enumerate(JUSTIFIED):
        _justify(canvas, words, 748 - 12 * i)
    canvas.drawString(72, 712, LAST)
    for i, row in enumerate(TABLE):
        for x, cell in zip((72, 140, 215), row, strict=True):
            canvas.drawString(x, 640 - 12 * i, cell)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_justified_lines_read_as_text_and_a_table_stays_a_table() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert [s.rows for s in tables] == [TABLE]
    text = " ".join(s.text for s in doc.segments if s.kind != "table")
    assert "Sprekers: Gitta Vanpeborgh, Frank Vandenbroucke, vice-eersteminister en" in text
