"""Text set over itself (a shadow, a block a layout program placed twice a point or two apart) is
read as the words it shows, each copy apart: never glued into words that are not on the page."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest

from services.segment.segmenter import segment_pdf
from tests.fixtures.typeset import BOLD, REGULAR, chunked_canvas

LINES = [
    "Als overheid beoordeel je hier pas een initiatief zodra er een aanvraag",
    "wordt ingediend. Beleidsmatig worden er nauwelijks kaders gesteld.",
]
NOT_BODY = {"furniture", "letterhead"}


def _page(chunk: str, copies: int) -> bytes:
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (595, 842), chunk)
    for k in range(copies):  # each copy a little lower, as the producer stacked them
        dy = -1.9 * k
        canvas.setFont(BOLD, 12)
        canvas.drawString(72, 760 + dy, "Scenario 1: Faciliterende overheid")
        canvas.setFont(REGULAR, 9)
        for n, line in enumerate(LINES):
            canvas.drawString(72, 740 - 12 * n + dy, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("chunk", ["line", "word"])
@pytest.mark.parametrize("copies", [2, 3])
def test_each_copy_keeps_its_words(chunk: str, copies: int) -> None:
    pdf = _page(chunk, copies)
    layer = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    doc = segment_pdf(pdf, ocr=False)
    body = " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)
    shown = set(re.findall(r"\w+", " ".join(["Scenario 1: Faciliterende overheid", *LINES])))
    read = re.findall(r"\w+", body)
    assert set(read) <= shown, set(read) - shown  # no glued "overheidScenario"
    # As many copies as the text layer keeps (pdfium drops some copies set exactly over others).
    assert read.count("Faciliterende") == layer.count("Faciliterende") > 0


FIELDS = [("Versie", "1.0"), ("Datum", "04-09-2024"), ("Proces", "Release Management")]


def _stamped_twice(chunk: str) -> bytes:
    """A process flow's field block (Visio): the labels and values drawn, then drawn again at
    exactly the same places further on in the page's content (an outline over its fill)."""
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (595, 842), chunk)
    canvas.setFont(REGULAR, 10)
    for k in range(30):
        canvas.drawString(72, 760 - 14 * k, f"Stap {k}: het ticket wordt beoordeeld en ingepland.")
    for _copy in range(2):
        canvas.setFont(BOLD, 7)
        for n, (label, value) in enumerate(FIELDS):
            canvas.drawString(380, 90 - 10 * n, label)
            canvas.drawString(460, 90 - 10 * n, ": " + value)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("chunk", ["line", "word"])
def test_a_value_set_exactly_over_itself_is_two_copies_not_one_word(chunk: str) -> None:
    pdf = _stamped_twice(chunk)
    layer = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    doc = segment_pdf(pdf, ocr=False)
    text = " ".join(s.text for s in doc.segments)
    # no copy glued to the one before ('1.0: 1.0' read a word '1.0:')
    assert not re.search(r"1\.0:|2024:|Management:", text), text[-200:]
    # each copy the text layer keeps is read as a word of its own
    assert text.count("1.0") == layer.count("1.0") > 0


def test_a_word_in_pieces_still_joins() -> None:
    """The rest of a word starts where the word ends: glyph by glyph it is one word."""
    doc = segment_pdf(_stamped_twice("glyph"), ocr=False)
    text = " ".join(s.text for s in doc.segments)
    assert "Release" in text and "Management" in text
