"""A page's glyph boxes are read of pdfium once a text page (grids._glyph_boxes): a Woo release's
page with many redaction boxes asked pdfium for every glyph once a filled box, three times the
time of its text (the producer matrix's e-mail thread per glyph: 0.24 of raw pdfium's rate)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout import grids
from services.segment.layout.glyphs import Glyphs

EMAIL = Path(__file__).parents[2] / "fixtures/producers/pdf/email.reportlab-glyph.pdf"


def test_the_boxes_are_read_once_a_text_page(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = []
    real = Glyphs.all_boxes

    def counted(self: Glyphs, count: int) -> list[tuple[float, float, float, float]]:
        reads.append(count)
        return real(self, count)

    monkeypatch.setattr(Glyphs, "all_boxes", counted)
    page = pdfium.PdfDocument(EMAIL.read_bytes())[0]
    textpage = page.get_textpage()
    width, height = page.get_size()
    everything = grids._boxes_in(textpage, 0.0, 0.0, width, height)
    top_half = grids._boxes_in(textpage, 0.0, height / 2, width, height)
    assert len(reads) == 1
    assert 0 < len(top_half) < len(everything)


def test_the_boxes_in_a_box_are_those_pdfium_gives_there() -> None:
    page = pdfium.PdfDocument(EMAIL.read_bytes())[0]
    textpage = page.get_textpage()
    width, height = page.get_size()
    box = (0.0, height / 2, width / 2, height)
    inside = grids._boxes_in(textpage, *box)
    every = Glyphs(textpage.raw).all_boxes(textpage.count_chars())
    x0, y0, x1, y1 = box
    assert inside == [
        b
        for b in every
        if x0 <= b[0] and b[2] <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1 and b[2] > b[0]
    ]
    assert inside
