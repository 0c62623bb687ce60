"""A regulation's article head that is nothing but its number ("Artikel 2.") on a line of its own,
in the body's type, heads the article; the numbered members under it stay list items."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

ARTICLES = {
    "Artikel 2.": [
        "1. Het college kan, bij openbaar te maken besluit, weggedeelten aanwijzen die bestemd",
        "zijn voor het parkeren door vergunninghouders.",
        "2. Het college kan de tijdstippen vaststellen waarop het parkeren alleen aan",
        "vergunninghouders is toegestaan.",
    ],
    "Artikel 3.": [
        "1. Het college kan op een daartoe strekkende aanvraag een vergunning verlenen voor het",
        "parkeren op een belanghebbendenplaats.",
        "2. Het college kan regels stellen voor het aanvragen en verlenen van een vergunning.",
    ],
}


def _verordening() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 760.0
    for head, members in ARTICLES.items():
        c.drawString(170, y, head)
        y -= 26
        for line in members:
            indent = 0 if line[:2] in ("1.", "2.") else 18
            c.drawString(170 + indent, y, line)
            y -= 15
        y -= 24
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_bare_article_number_heads_its_article() -> None:
    doc = segment_pdf(_verordening(), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert kinds["Artikel 2."] == "heading"
    assert kinds["Artikel 3."] == "heading"
    members = [s for s in doc.segments if s.text.startswith(("1. Het college", "2. Het college"))]
    assert len(members) == 4 and all(s.kind == "list_item" for s in members)
