"""A numbered section's head at the top of a page ('4.1 Locatiewissel', with space under it)
starts afresh, though the page before ended in a list item without a stop: it is not the rest
of that item. A page that opens with a decimal number in the middle of a sentence ('2.1 van de
Gemeentewet ...') goes on with the paragraph cut by the page break."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

LEFT = 72.0
NOTES = [
    "De vergadering begint om elf uur en iedereen is op tijd aanwezig in het hok.",
    "Eerst worden de actiepunten van de vorige keer doorgelopen en afgevinkt.",
    "Daarna volgt de postronde, waarin ieder vertelt wat er de afgelopen week speelde.",
]


def _minutes(first_on_page_two: list[tuple[str, str, float]], last_on_page_one: str) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(LEFT, 770, "4 BBQ")
    canvas.setFont("Helvetica", 10)
    y = 740.0
    for k in range(12):
        canvas.drawString(LEFT, y, NOTES[k % 3])
        y -= 13
    y -= 10
    canvas.drawString(LEFT + 10, y, "\u2022 Geen WC.")
    canvas.drawString(LEFT + 10, y - 20, last_on_page_one)
    canvas.showPage()
    y = 770.0
    for text, font, gap in first_on_page_two:
        canvas.setFont(font, 10)
        canvas.drawString(LEFT, y, text)
        y -= gap
    canvas.setFont("Helvetica", 10)
    for k in range(10):
        canvas.drawString(LEFT, y, NOTES[k % 3])
        y -= 13
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_a_numbered_head_atop_the_page_is_no_part_of_the_item_before() -> None:
    page_two = [
        ("4.1 Locatiewissel", "Helvetica", 20),  # in the text's type: space under it only
        ("Problematisch want mensen weten misschien niet op tijd waar de nieuwe", "Helvetica", 13),
        ("locatie is.", "Helvetica", 20),
    ]
    doc = segment_pdf(_minutes(page_two, "\u2013 Plaats waar je kan zwemmen"), ocr=False)
    item = next(s for s in doc.segments if "zwemmen" in s.text)
    assert "Locatiewissel" not in item.text, item.text
    assert any(s.kind == "heading" and s.text == "4.1 Locatiewissel" for s in doc.segments)


def test_a_decimal_number_in_a_sentence_cut_by_the_page_break_runs_on() -> None:
    page_two = [
        (
            "2.1 van de Gemeentewet is de raad bevoegd om regels te stellen over het",
            "Helvetica",
            13,
        ),
        ("gebruik van de openbare ruimte bij evenementen in de gemeente.", "Helvetica", 20),
    ]
    doc = segment_pdf(_minutes(page_two, "Op grond van artikel"), ocr=False)
    cut = next(s for s in doc.segments if "Op grond van artikel" in s.text)
    assert "2.1 van de Gemeentewet is de raad bevoegd" in cut.text, cut.text


def test_an_annex_head_in_capitals_atop_the_page_starts_afresh() -> None:
    """An annual report's annex page opens with 'BIJLAGE 2' in the text's type; the page before
    ended in a web address without a stop. The head is not the rest of the address."""
    for head in ("BIJLAGE 2", "Bijlage 2"):
        page_two = [(head, "Helvetica", 20), (NOTES[0], "Helvetica", 13)]
        doc = segment_pdf(
            _minutes(page_two, "https://www.voorbeeld.nl/nieuws/artikel/11861"), ocr=False
        )
        link = next(s for s in doc.segments if "artikel/11861" in s.text)
        assert head not in link.text, link.text
        assert any(s.text.startswith(head) for s in doc.segments)


def test_a_sentence_in_capitals_atop_the_page_runs_on() -> None:
    """Near miss: a page that opens with the word in capitals inside a sentence ('BIJLAGEN ...')
    is no annex head; the paragraph cut by the page break goes on."""
    page_two = [("BIJLAGEN VAN DE AANVRAGER ZIJN ONTVANGEN.", "Helvetica", 13)]
    doc = segment_pdf(_minutes(page_two, "Bij de aanvraag horen de"), ocr=False)
    item = next(s for s in doc.segments if "Bij de aanvraag horen de" in s.text)
    assert "BIJLAGEN VAN DE AANVRAGER" in item.text, item.text
