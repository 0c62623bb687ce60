"""A scanned page whose text layer is only a stamp in its margins is read by OCR.

A publisher or a scanner prints a line over each page image (a gazette's 'Bijlagen bij het
Belgisch Staatsblad - 25/06/2018' up the left margin, 'Scan nummer 1 van 1 - Scanpagina 2' at the
foot of a Woo release): the page has a text layer of one or two lines, so it is neither blank nor
sparse, but its body is pixels. It is OCR'd beside its layer. A cover whose title stands over a
photo inside the page is not such a page.
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

from services.segment.layout.words import read_page
from services.segment.scan.detect import stamped_scan
from services.segment.segmenter import segment_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

BODY = [
    "De Algemene Vergadering neemt kennis van het ontslag van de bestuurder",
    "met ingang van dertig maart en verleent hem kwijting voor zijn mandaat.",
    "De vergadering benoemt tot nieuwe bestuurder de vennootschap Dinah",
    "met als vaste vertegenwoordiger de heer Filip Herremans te Berchem.",
] * 4
STAMP = "Bijlagen bij het Staatsblad - 25/06/2018 - Annexes du Moniteur"
FOOT = "Scan nummer 1 van 1 - Scanpagina 2"
TITLE = ["Visienota over de toekomst", "van het digitale landschap in Vlaanderen"]


def _page_picture() -> Image.Image:
    """A page of 11 pt type as a picture: what a scanner delivers, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(BODY):
        c.drawString(90, 700 - 18 * i, line)
    c.showPage()
    c.save()
    return pdfium.PdfDocument(buf.getvalue())[0].render(scale=200 / 72).to_pil().convert("L")


def _photo() -> Image.Image:
    rng = random.Random(5)
    image = Image.new("L", (240, 340))
    image.putdata([rng.randrange(60, 220) for _ in range(240 * 340)])
    return image


def _stamped_scan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    c.drawImage(ImageReader(_page_picture()), 0, 0, width=width, height=height)
    c.setFont("Helvetica", 9)
    c.saveState()
    c.translate(40, 250)
    c.rotate(90)  # up the left margin, as the gazette prints it
    c.drawString(0, 0, STAMP)
    c.restoreState()
    c.drawString(220, 20, FOOT)
    c.showPage()
    c.save()
    return buf.getvalue()


def _cover() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    c.drawImage(ImageReader(_photo()), 0, 0, width=width, height=height)
    c.setFont("Helvetica-Bold", 24)
    for i, line in enumerate(TITLE):
        c.drawString(90, 480 - 30 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def _is_stamped_scan(data: bytes) -> bool:
    page = pdfium.PdfDocument(data)[0]
    return stamped_scan(page, read_page(page, 1))


def test_a_scan_with_a_stamp_in_its_margins_is_found() -> None:
    assert _is_stamped_scan(_stamped_scan())


def test_a_cover_title_over_a_photo_is_no_stamped_scan() -> None:
    assert not _is_stamped_scan(_cover())


@needs_tesseract
def test_a_stamped_scan_is_read_and_keeps_its_stamp() -> None:
    doc = segment_pdf(_stamped_scan())
    assert doc.metadata.ocr_pages == [1]
    text = " ".join(s.text for s in doc.segments)
    assert "vaste vertegenwoordiger" in text
    body = " ".join(s.text for s in doc.segments if s.kind not in ("furniture", "letterhead"))
    assert "kwijting voor zijn mandaat" in body
    assert "Annexes du Moniteur" in text  # the layer's stamp, exactly


def test_without_ocr_the_page_is_its_stamp() -> None:
    doc = segment_pdf(_stamped_scan(), ocr=False)
    assert doc.metadata.ocr_pages == []
    assert "vertegenwoordiger" not in " ".join(s.text for s in doc.segments)
