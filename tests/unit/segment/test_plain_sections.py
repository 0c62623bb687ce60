"""Numbered section heads set in the body's own type (an advice of the Raad van State underlines
"1.  Inhoud van het wetsvoorstel" and sets it in the text's font): a name on a line of its own,
a paragraph of prose under it, numbered 1, 2, 3 in turn. They are headings; a numbered list of
short items one under the other stays a list."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

PROSE = (
    "De Afdeling advisering van de Raad van State maakt over het voorstel enkele\n"
    "opmerkingen en adviseert het voorstel op onderdelen aan te passen. Zij gaat\n"
    "daarbij in op de taken van het college, de reikwijdte van de toetsing en de\n"
    "uitzonderingen die het voorstel maakt voor de implementatie van regelgeving."
)


def _pdf(blocks: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 760.0
    for text in blocks:
        for line in text.split("\n"):
            c.drawString(72, y, line)
            y -= 14
        y -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def test_numbered_heads_in_the_body_type_are_headings() -> None:
    heads = ["1. Inhoud van het wetsvoorstel", "2. Constitutionele inbedding", "3. Reikwijdte"]
    doc = segment_pdf(_pdf([b for head in heads for b in (head, PROSE)]), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert [kinds[h] for h in heads] == ["heading"] * 3


def test_a_list_of_short_items_stays_a_list() -> None:
    items = ["1. Het wetsvoorstel", "2. De memorie van toelichting", "3. Het advies"]
    blocks = ["Bijgevoegd zijn de volgende stukken:", *items, PROSE, PROSE]
    doc = segment_pdf(_pdf(blocks), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert [kinds[i] for i in items] == ["list_item"] * 3


def test_short_numbered_items_on_consecutive_lines_are_items_of_their_own() -> None:
    """Items without a stop, one under the other with no space between: '2.' under '1.' at the
    same edge is the next item, not the first one's wrapped text."""
    items = ["1. Lasten in het onderwijs", "2. Knelpunten op de arbeidsmarkt", "3. Zorg"]
    doc = segment_pdf(
        _pdf(["Het college doet deze onderzoeken:", "\n".join(items), PROSE]), ocr=False
    )
    kinds = {s.text: s.kind for s in doc.segments}
    assert [kinds.get(i) for i in items] == ["list_item"] * 3
    # a wrapped item whose next line starts with another number goes on
    wrapped = "1. Het onderzoek loopt tot en met\n2026 en eindigt met een rapport"
    doc = segment_pdf(_pdf(["Het college doet deze onderzoeken:", wrapped, PROSE]), ocr=False)
    assert " ".join(wrapped.split("\n")) in [s.text for s in doc.segments]


def test_numbered_lines_in_large_type_one_under_another_are_a_list() -> None:
    """A slide's three principles in large type, nothing between them: items, not sections."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 760, "Samenvattend: drie principes")
    points = ["1. Bewaken van de eigen regie", "2. Leren door te proberen", "3. Openheid"]
    c.setFont("Helvetica", 16)
    for i, point in enumerate(points):
        c.drawString(72, 720 - 22 * i, point)
    c.showPage()
    c.setFont("Helvetica", 10)  # the deck's body type: the points stand larger
    for i, line in enumerate(PROSE.split("\n") * 3):
        c.drawString(72, 760 - 14 * i, line)
    c.showPage()
    c.save()
    kinds = {s.text: s.kind for s in segment_pdf(buf.getvalue(), ocr=False).segments}
    assert [kinds.get(p) for p in points] == ["list_item"] * 3


def test_an_annex_opening_a_page_is_no_continuation_of_the_signature() -> None:
    """The signer's name ends page 1 without a stop; 'Bijlage 1 ...' atop page 2 starts afresh."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, line in enumerate([*PROSE.split("\\n"), "Hoogachtend,", "mr. A. de Vries"]):
        c.drawString(72, 140 - 14 * i, line)
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Bijlage 1 Relevante artikelen uit de Woo")
    for i, line in enumerate(PROSE.split("\\n")):
        c.drawString(72, 730 - 14 * i, line)
    c.showPage()
    c.save()
    texts = [s.text for s in segment_pdf(buf.getvalue(), ocr=False).segments]
    assert "Bijlage 1 Relevante artikelen uit de Woo" in texts


def test_a_salutation_whose_name_is_redacted_is_no_heading() -> None:
    """'Geachte heer' alone on its line (the name blacked out), bold: the letter's salutation."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 760, "Geachte heer")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(PROSE.split("\n") * 2):
        c.drawString(72, 730 - 14 * i, line)
    c.showPage()
    c.save()
    first = segment_pdf(buf.getvalue(), ocr=False).segments[0]
    assert (first.text, first.kind, first.role) == ("Geachte heer", "paragraph", None)


def test_a_list_of_annexes_one_under_another_is_one_item_each() -> None:
    annexes = ["Bijlage 1.1 - Advies bodemkwaliteit", "Bijlage 1.2 - Advies monumenten"]
    annexes.append("Bijlage 1.3 - Advies stedelijk team")
    doc = segment_pdf(_pdf(["Bij dit voorstel horen:", "\n".join(annexes), PROSE]), ocr=False)
    texts = [s.text for s in doc.segments]
    assert all(a in texts for a in annexes)
