"""A drawn table that runs down to the page foot, in smaller type than the text, whose last rows
open with their number ('5. Reproduceerbaarheid' in the label column): those rows are the
table's, not footnotes. Read as notes they came out twice (in the table, and as a "footnote" of
cells interleaved line by line). A note under the table's bottom rule is still a note."""

from __future__ import annotations

import io
import re
from collections import Counter

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

LEFT, LABEL, MIDDLE, RIGHT = 57.0, 160.0, 350.0, 538.0
ROWS = [
    (
        "4. Uitlegbaarheid",
        ["Publiceer de gebruikte", "methoden en andere", "relevante informatie;"],
        ["Zorg dat de uitkomsten", "begrijpelijk en uitlegbaar", "zijn voor gebruikers;"],
    ),
    (
        "5. Reproduceerbaarheid",
        ["Gebruik versiebeheertools", "om wijzigingen in de", "programmacode te volgen;"],
        ["Leg alle stappen van het", "onderzoek vast, zodat", "anderen het herhalen;"],
    ),
]
TEXT = (
    "De tabel hieronder geeft per thema voorbeelden van maatregelen die een organisatie kan",
    "nemen bij de inzet van generatieve AI in wetenschappelijk onderzoek, per doeleinde.",
)


def _notes_page(canvas: Canvas, first: int) -> None:
    """A page of text with notes `first`..`first + 3` at its foot, as the report's pages have."""
    for k in range(44):
        text = f"Overheidsorganisaties dienen de juiste rollen {k}."
        canvas.setFont("Helvetica", 11)
        canvas.drawString(LEFT, 780 - 14 * k, text)
        if 10 <= k < 14:  # the notes' markers, raised after the stop (notes need evidence)
            canvas.setFont("Helvetica", 7)
            x = LEFT + canvas.stringWidth(text, "Helvetica", 11)
            canvas.drawString(x, 784 - 14 * k, str(first + k - 10))
    canvas.setFont("Helvetica", 8)
    for k in range(4):
        canvas.drawString(LEFT, 120 - 10 * k, f"{first + k} Zie par. {k + 1}.1 van dit kader.")


def _table_page(canvas: Canvas, note_under: str | None) -> None:
    canvas.setFont("Helvetica", 11)
    for k, line in enumerate(TEXT):
        canvas.drawString(LEFT, 770 - 15 * k, line)
    # rules: under the head, under a long row running on from before, under each numbered row
    edges = [730.0, 710.0, 580.0, 530.0, 480.0]
    canvas.setLineWidth(0.5)
    for y in edges:
        canvas.line(LEFT, y, RIGHT, y)
    for x in (LEFT, LABEL, MIDDLE, RIGHT):
        canvas.line(x, edges[0], x, edges[-1])
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(LABEL + 4, edges[0] - 12, "A. Zelfstandig studieobject")
    canvas.drawString(MIDDLE + 4, edges[0] - 12, "B. Onderzoek voor efficientie")
    canvas.setFont("Helvetica", 8)
    for k in range(12):  # the long row: its cells' text runs on from the page before
        canvas.drawString(LABEL + 4, edges[1] - 12 - 10 * k, f"verantwoording van stap {k};")
        canvas.drawString(MIDDLE + 4, edges[1] - 12 - 10 * k, f"herleidbaarheid van keuze {k};")
    for (label, left, right), y in zip(ROWS, edges[2:4], strict=True):
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(LEFT + 4, y - 12, label)
        canvas.setFont("Helvetica", 8)
        for k, (a, b) in enumerate(zip(left, right, strict=True)):
            canvas.drawString(LABEL + 4, y - 12 - 10 * k, ("\u2022 " if k == 0 else "  ") + a)
            canvas.drawString(MIDDLE + 4, y - 12 - 10 * k, ("\u2022 " if k == 0 else "  ") + b)
    if note_under:
        canvas.drawString(LEFT, edges[-1] - 16, note_under)


def _report(note_under: str | None = None) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    _notes_page(canvas, 1)
    canvas.showPage()
    _table_page(canvas, note_under)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def test_numbered_rows_at_the_foot_of_a_drawn_table_are_no_footnotes() -> None:
    doc = segment_pdf(_report(), ocr=False)
    notes = [s for s in doc.segments if s.kind == "footnote" and s.page == 2]
    assert notes == [], [n.text[:60] for n in notes]
    # the first page's notes stay notes
    assert [s.number for s in doc.segments if s.kind == "footnote"] == ["1", "2", "3", "4"]


def test_the_rows_text_is_read_once() -> None:
    doc = segment_pdf(_report(), ocr=False)
    body = _words(" ".join(s.text for s in doc.segments if s.page == 2))
    for word in ("reproduceerbaarheid", "versiebeheertools", "uitlegbaarheid", "herhalen"):
        assert body[word] == 1, (word, body[word])


def test_a_note_under_the_tables_bottom_rule_is_still_a_note() -> None:
    doc = segment_pdf(_report("5 Zie par. 1.1 van dit kader."), ocr=False)
    notes = [s for s in doc.segments if s.kind == "footnote" and s.page == 2]
    assert [(n.number, n.text) for n in notes] == [("5", "Zie par. 1.1 van dit kader.")]
