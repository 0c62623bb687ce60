"""A letter's side column set above its body on page 1 (a Logius minutes' sender, contact, Datum
and Kenmerk over the title) names the sender; a later page's side column beside the body repeats
the sender's name over its labels. That name is the sender's address there too, as it is when
page 1's side column stands beside the body: the sender's lines found above the body are kept
for the later pages, which were judged before page 1's column was found.

A later page may repeat the column above its body as page 1 does (a Logius agenda's 'Logius',
'Datum', a date, 'Kenmerk' atop page 2): that is the column again, furniture by its repeat, not
the page's head ('Logius Datum' was a heading)."""

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
    "De voorzitter heet eenieder welkom op het technisch overleg. De agenda",
    "wordt kort doorgenomen, waarbij de status en de consultatie worden",
    "besproken op basis van de stukken die vooraf zijn rondgestuurd aan alle",
    "deelnemers. Het verslag van de vorige keer is zonder aanpassingen goedgekeurd.",
]


def _minutes(
    page1: list[tuple[float, str, bool]], page2: list[tuple[float, str, bool]], top: float = 700
) -> bytes:
    """`top`: where page 2's body begins (below page 2's column when that stands above it)."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    for base, text, bold in page1:  # above the body: nothing beside it
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
        c.drawString(463, base, text)
    c.setFont("Helvetica", 11)
    c.drawString(166, 553, TITLE)
    c.setFont("Helvetica", 9)
    for k in range(3):
        for i, text in enumerate(BODY):
            c.drawString(55, 500 - 13 * i - 70 * k, text)
    c.showPage()
    for base, text, bold in page2:  # beside the body, or above it
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
        c.drawString(463, base, text)
    c.setFont("Helvetica", 9)
    for k in range(4):
        for i, text in enumerate(BODY):
            c.drawString(55, top - 13 * i - 70 * k, text)
    c.showPage()
    c.save()
    return out.getvalue()


def _page2(pdf: bytes) -> dict[str, tuple[str, str | None]]:
    doc = segment_pdf(pdf, ocr=False)
    return {s.text: (s.kind, s.role) for s in doc.segments if s.page == 2}


PAGE2 = [(700, "Logius", False), (601, "Datum", True), (592, "2-10-2024", False)]
PAGE2 += [(578, "Kenmerk", True)]


def test_the_sender_repeated_beside_a_later_page_is_address() -> None:
    roles = _page2(_minutes(SIDEBAR, PAGE2))
    assert roles["Logius"] == ("furniture", "address")
    for field in ("Datum", "2-10-2024", "Kenmerk"):  # page 1's fields again: running head
        assert roles[field] == ("furniture", "header"), field
    assert ("paragraph", None) in roles.values()


def test_a_later_page_name_that_page_1_did_not_send_stays_side_column() -> None:
    """Near miss: page 1's column above the body names no sender (its first block is a field),
    so a name atop a later page's side column is no repeat of it."""
    fields_only = [(601, "Datum", True), (592, "2-10-2024", False), (578, "Kenmerk", True)]
    fields_only += [(569, "DGDOO/2024-118", False)]
    roles = _page2(_minutes(fields_only, PAGE2))
    assert roles["Logius"] == ("furniture", "side_column")
    assert roles["Datum"] == ("furniture", "header")  # page 1 printed it: the running head


def test_the_column_repeated_above_a_later_page_body_is_furniture() -> None:
    roles = _page2(_minutes(SIDEBAR, PAGE2, top=540))
    assert roles["Logius"] == ("furniture", "address")
    for field in ("Datum", "2-10-2024", "Kenmerk"):  # page 1's fields again: running head
        assert roles[field] == ("furniture", "header"), field
    assert not any(kind == "heading" for kind, _ in roles.values())
    assert ("paragraph", None) in roles.values()


def test_a_later_page_block_at_the_right_that_page_1_did_not_print_stays_body() -> None:
    """Near misses: one repeated label is no repeat of the column ('Datum' over a new date,
    under a note page 1 did not print); a block of running text at the column's place is the
    page's; with no column above page 1's body there is nothing to repeat."""
    one = [(700, "Concept", False), (686, "Datum", True), (677, "3-10-2024", False)]
    roles = _page2(_minutes(SIDEBAR, one, top=600))
    assert roles["Concept"][0] != "furniture"
    assert roles["Datum"][0] != "furniture"
    prose = [(700, "Logius", False), (686, "Datum", True)]
    prose += [(670, "De leden stemmen in met het voorstel om", False)]
    prose += [(661, "de consultatie te verlengen tot na de zomer", False)]
    prose += [(652, "en vragen de voorzitter dit te melden aan de", False)]
    prose += [(643, "programmeringstafel van het overleg, zodat", False)]
    prose += [(634, "het besluit in de volgende ronde valt.", False)]
    roles = _page2(_minutes(SIDEBAR, prose, top=600))
    assert all(kind != "furniture" for text, (kind, _) in roles.items() if "voorstel" in text)
    roles = _page2(_minutes([], PAGE2, top=540))
    assert roles["Datum"][0] != "furniture"
    assert roles["Logius"][0] != "furniture"
