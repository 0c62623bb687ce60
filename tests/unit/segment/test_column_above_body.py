"""A letter's side column set above its body with nothing beside it (a Logius minutes' sender,
contact persons, Datum and Kenmerk over the title): the columns step reads it as the body's first
blocks. It is letterhead all the same, the sender's block address, the fields side column, and
its bold labels are no headings; the title is the minutes' own. A label alone in the body
('Datum' over its value) heads nothing either."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SIDEBAR = [
    (700, "Logius", False),
    (686, "Contactpersoon", True),
    (677, "Peter Haasnoot (vz.)", False),
    (668, "T 06 1102 4587", False),
    (659, "p.haasnoot@logius.nl", False),
    (601, "Datum", True),
    (592, "2-10-2024", False),
    (578, "Kenmerk", True),
]
TITLE = "Verslag Technisch Overleg Digikoppeling"
BODY = [
    "De voorzitter heet eenieder welkom op het technisch overleg van vandaag. De agenda",
    "wordt kort doorgenomen, waarbij de status en de consultatie worden besproken op basis",
    "van de stukken die vooraf zijn rondgestuurd aan alle deelnemers van het overleg.",
    "Het verslag van de vorige keer is zonder verdere aanpassingen goedgekeurd door allen.",
]


def _minutes(sidebar: list[tuple[float, str, bool]]) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    for base, text, bold in sidebar:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
        c.drawString(463, base, text)
    c.setFont("Helvetica", 11)
    c.drawString(166, 553, TITLE)
    c.setFont("Helvetica", 9)
    for k in range(3):
        for i, text in enumerate(BODY):
            c.drawString(55, 500 - 13 * i - 70 * k, text)
    c.showPage()
    c.save()
    return out.getvalue()


def _segments(pdf: bytes) -> dict[str, tuple[str, str | None]]:
    doc = segment_pdf(pdf, ocr=False)
    return {s.text: (s.kind, s.role) for s in doc.segments}


def test_a_side_column_above_the_body_is_letterhead() -> None:
    doc = segment_pdf(_minutes(SIDEBAR), ocr=False)
    roles = {s.text: (s.kind, s.role) for s in doc.segments}
    assert roles["Logius"] == ("letterhead", "address")
    assert roles["Contactpersoon"] == ("letterhead", "address")
    contact = next(t for t in roles if t.startswith("Peter Haasnoot"))
    assert roles[contact] == ("letterhead", "address")
    for field in ("Datum", "2-10-2024", "Kenmerk"):
        assert roles[field] == ("letterhead", "side_column"), field
    heads = [s.text for s in doc.segments if s.kind == "heading" and s.page == 1]
    assert heads in ([], [TITLE])  # the title may head the minutes; no label heads anything
    assert doc.metadata.title == TITLE
    assert any(s.kind == "paragraph" and s.text.startswith("De voorzitter") for s in doc.segments)


def test_a_block_at_the_right_without_particulars_stays_body() -> None:
    """Near misses: a version note at the right over the title names no sender, no field; a
    single right-set line (a place and date) is no column."""
    version = [(700, "Versie 1.0", False), (686, "Concept", True), (677, "Ter bespreking", False)]
    roles = _segments(_minutes(version))
    assert roles["Versie 1.0"][0] != "letterhead"
    single = [(700, "Den Haag, 2 oktober 2024", False)]
    roles = _segments(_minutes(single))
    assert roles["Den Haag, 2 oktober 2024"][0] != "letterhead"


def _labelled_body(label: str) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(55, 760, TITLE)
    y = 730.0
    for text, bold in [
        (label, True),
        ("2 oktober 2024", False),
        ("", False),
        *[(b, False) for b in BODY],
    ]:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(55, y, text)
        y -= 13 if text else 10
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_label_alone_in_the_body_heads_nothing() -> None:
    roles = _segments(_labelled_body("Datum"))
    assert roles["Datum"][0] != "heading"


def test_a_head_that_begins_like_a_label_is_a_head() -> None:
    """Near miss: 'Datum en plaats van de volgende vergadering' in bold heads its section."""
    head = "Datum en plaats van de volgende vergadering"
    roles = _segments(_labelled_body(head))
    assert roles[head][0] == "heading"
