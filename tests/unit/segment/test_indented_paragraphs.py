"""A law or a Kamerstuk sets its paragraphs and lettered items without space between, each
opening line set in by an em: such a line, under one that ended a sentence or a clause, opens a
new block, and "a. ..." is a list item. The lines of a hanging list item, set in to its text,
stay with it."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

LEFT, INDENT, PITCH = 72.0, 10.0, 12.0
# (indented?, text): an article as a Kamerstuk prints a bill
LINES = [
    (True, "Tenzij hierdoor afbreuk wordt gedaan aan de uitvoering van de kerntaken, genoemd"),
    (False, "in artikel 3, kan het adviescollege tevens:"),
    (True, "a. de regering adviseren over knelpunten door regeldrukeffecten van bestaande"),
    (False, "regelgeving naar aanleiding van signalen uit de samenleving en van de inspecties;"),
    (True, "b. de regering adviseren over knelpunten door regeldrukeffecten van beleidsregels"),
    (False, "en overige regels ten behoeve van de handhaving en de uitvoering daarvan;"),
    (True, "c. op verzoek van een gemeente de desbetreffende organisatie adviseren."),
    (True, "Het adviescollege brengt jaarlijks verslag uit aan Onze Minister over zijn werk en"),
    (False, "over de adviezen die het in het afgelopen jaar heeft uitgebracht aan de regering."),
]


def _pdf(lines: list[tuple[bool, str]], hanging: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    y = 760.0
    for indented, text in lines:
        # a hanging item sets its marker at the edge and the lines under it in to its text
        x = LEFT + INDENT if indented != hanging else LEFT
        c.drawString(x, y, text)
        y -= PITCH
    c.showPage()
    c.save()
    return buf.getvalue()


def test_indented_openers_start_blocks_and_letters_are_items() -> None:
    doc = segment_pdf(_pdf(LINES), ocr=False)
    body = [s for s in doc.segments if s.kind != "furniture"]
    assert [s.text[:2] for s in body] == ["Te", "a.", "b.", "c.", "He"]
    assert [s.kind for s in body[1:4]] == ["list_item"] * 3


def test_a_hanging_items_lines_stay_with_it() -> None:
    item = [
        (False, "1. Het college adviseert over de regeldruk van wetsvoorstellen, en het toetst"),
        (True, "of de gevolgen juist en volledig in beeld zijn gebracht door de ministeries."),
        (True, "Het geeft elk advies een dictum dat het oordeel voor de minister samenvat."),
    ]
    doc = segment_pdf(_pdf(item), ocr=False)
    body = [s for s in doc.segments if s.kind != "furniture"]
    assert len(body) == 1 and body[0].kind == "list_item"
