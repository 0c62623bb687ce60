"""Points set with their number hanging left of the text, a tab between, are a list.

A constitution's article sets its members '1.', '2.', ... in a column of their own, the text
after a tab ('1.    Wie Surinamer en ingezetene is, wordt bij wet bepaald.'); a charter sets its
deliverables after a bullet the same way. Split at the wide gap, each line has two cells, but a
table whose first column holds nothing but the points' marks is a list. A table of two columns
whose first holds words stays a table.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIZE = 10.0
MEMBERS = [
    "Wie Surinamer en ingezetene is, wordt bij wet bepaald.",
    "Naturalisatie wordt bij wet geregeld.",
    "Alle Surinamers zijn op gelijke voet in openbare dienst benoembaar.",
]
FIELDS = [("Startdatum", "11 september 2019"), ("Voorzitter", "Alvin Demeyer")]


def _pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica-Bold", SIZE)
    canvas.drawString(72, 760, "Artikel 3")
    canvas.setFont("Helvetica", SIZE)
    for i, text in enumerate(MEMBERS):
        canvas.drawString(72, 744 - 14 * i, f"{i + 1}.")
        canvas.drawString(108, 744 - 14 * i, text)
    canvas.drawString(72, 680, "De gegevens van de werkgroep zijn de volgende.")
    for i, (label, value) in enumerate(FIELDS):
        canvas.drawString(72, 664 - 14 * i, label)
        canvas.drawString(200, 664 - 14 * i, value)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_numbers_hanging_in_a_column_make_a_list_and_a_table_stays() -> None:
    doc = segment_pdf(_pdf(), ocr=False)
    items = [s.text for s in doc.segments if s.kind == "list_item"]
    assert items == [f"{i + 1}. {text}" for i, text in enumerate(MEMBERS)]
    assert [s.rows for s in doc.segments if s.kind == "table"] == [[list(f) for f in FIELDS]]
