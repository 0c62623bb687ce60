"""A page whose producer set its text as pictures (one image per line) is read by OCR.

Some producers rasterise their text runs: the page shows paragraphs, but its text layer holds only
what was left as text (a footnote, a bullet). Such a page is OCR'd and what OCR reads beside the
layer's words is added; the layer's own words stay as they are. A photo beside a paragraph is no
reason to OCR a page.
"""

from __future__ import annotations

import io
import random
import shutil

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from services.segment.layout.words import PageRuns, read_page
from services.segment.scan.detect import draws_text_as_images
from services.segment.segmenter import segment_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

LINES = [
    "De maatregelen om kennis te bevorderen moeten rekening houden",
    "met de ervaring, opleiding en het onderwijs van medewerkers",
    "en met de context waarin de systemen worden gebruikt.",
] * 8
FOOTNOTE = "1 Zie ook artikel 95 lid 2 en overweging 165 van de verordening"


def _line_picture(text: str) -> Image.Image:
    """One line of 11 pt type as a picture: pixels, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(460, 16))
    c.setFont("Helvetica", 11)
    c.drawString(2, 4, text)
    c.showPage()
    c.save()
    return pdfium.PdfDocument(buf.getvalue())[0].render(scale=300 / 72).to_pil()


def _photo() -> Image.Image:
    rng = random.Random(3)
    image = Image.new("L", (300, 200))
    image.putdata([rng.randrange(60, 220) for _ in range(300 * 200)])
    return image


def _pdf(*, text_as_images: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if text_as_images:
        for i, line in enumerate(LINES):
            c.drawImage(ImageReader(_line_picture(line)), 72, 760 - 18 * i, width=460, height=16)
    else:
        c.setFont("Helvetica", 11)
        for i, line in enumerate(LINES[:6]):
            c.drawString(72, 760 - 16 * i, line)
        c.drawImage(ImageReader(_photo()), 72, 420, width=300, height=200)
    c.setFont("Helvetica", 8)
    c.drawString(72, 60, FOOTNOTE)
    c.showPage()
    c.save()
    return buf.getvalue()


def _first_page_runs(data: bytes) -> tuple[pdfium.PdfPage, PageRuns]:
    page = pdfium.PdfDocument(data)[0]
    return page, read_page(page, 1)


def test_lines_set_as_images_are_found() -> None:
    page, runs = _first_page_runs(_pdf(text_as_images=True))
    assert draws_text_as_images(page, runs)


def test_a_photo_beside_text_is_no_text_set_as_images() -> None:
    page, runs = _first_page_runs(_pdf(text_as_images=False))
    assert not draws_text_as_images(page, runs)


@needs_tesseract
def test_a_page_of_text_images_is_read_and_keeps_its_footnote() -> None:
    doc = segment_pdf(_pdf(text_as_images=True))
    assert doc.metadata.ocr_pages == [1]
    body = " ".join(s.text for s in doc.segments if s.kind != "furniture")
    assert "opleiding en het onderwijs van medewerkers" in body
    assert "overweging 165" in body  # the text layer's words, exactly


def test_without_ocr_the_page_is_its_text_layer() -> None:
    doc = segment_pdf(_pdf(text_as_images=True), ocr=False)
    assert doc.metadata.ocr_pages == []
    assert " ".join(s.text for s in doc.segments).split() == FOOTNOTE.split()
