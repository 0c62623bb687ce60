"""OCR on image-only pages: lines found, boxes in PDF points where the text was printed."""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.layout.words import Run
from services.segment.scan.detect import needs_ocr, page_needs_ocr
from services.segment.scan.reader import read_scanned
from services.segment.scan.render import MAX_PIXELS, PageImage

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

# (text, x, baseline y) in points on an A4 page, origin bottom-left
LINES = [
    ("Geachte voorzitter,", 72, 700),
    ("Hierbij beantwoord ik de vragen van het lid Omtzigt.", 72, 600),
    ("Minister van Binnenlandse Zaken", 300, 150),
]
FONT_SIZE = 14


def _text_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", FONT_SIZE)
    for text, x, y in LINES:
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _scanned(pdf_bytes: bytes, dpi: int = 200) -> bytes:
    """The same page as an image-only PDF, as a scanner would produce it."""
    page = pdfium.PdfDocument(pdf_bytes)[0]
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=dpi)
    return buf.getvalue()


def _assert_lines_in_place(runs: list[Run]) -> None:
    for text, x, y in LINES:
        run = next(r for r in runs if r.text.split()[0] == text.split()[0])
        assert run.text == text
        left, bottom, right, top = run.x0, run.y0, run.x1, run.y1
        assert left == pytest.approx(x, abs=3)
        assert bottom == pytest.approx(y, abs=FONT_SIZE * 0.4)  # descenders dip below
        assert y < top <= y + FONT_SIZE
        assert right > left + len(text) * FONT_SIZE * 0.3


def test_ocr_finds_words_where_they_were_printed() -> None:
    pdf = pdfium.PdfDocument(_scanned(_text_pdf()))
    page = pdf[0]
    assert page.get_textpage().count_chars() == 0
    assert page_needs_ocr(page, page.get_textpage())
    _assert_lines_in_place(read_scanned(page))


def _ink_on_page(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    """The box round all ink of the rendered page, mapped back to page points."""
    image = PageImage(page)
    grey = Image.open(io.BytesIO(image.pgm()))
    left, top, right, bottom = grey.point(lambda v: 255 if v < 128 else 0).getbbox()
    (xa, ya), (xb, yb) = image.point(left, top), image.point(right, bottom)
    return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)


def test_rotated_page_maps_back_to_unrotated_page_coordinates() -> None:
    pdf = pdfium.PdfDocument(_scanned(_text_pdf()))
    upright = _ink_on_page(pdf[0])
    assert upright[0] == pytest.approx(72, abs=3)
    pdf[0].set_rotation(90)
    assert _ink_on_page(pdf[0]) == pytest.approx(upright, abs=1)


def test_text_pages_are_never_ocrd() -> None:
    pdf = pdfium.PdfDocument(_text_pdf())
    assert not page_needs_ocr(pdf[0], pdf[0].get_textpage())


def test_blank_page_is_not_ocrd() -> None:
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    assert not page_needs_ocr(page, page.get_textpage())
    assert read_scanned(page) == []


@pytest.mark.parametrize(
    ("chars", "image_share", "expected"),
    [
        (0, 1.0, True),  # a scan
        (12, 0.95, True),  # a scan with a stamped page number in its text layer
        (0, 0.2, False),  # a logo on an otherwise empty page
        (0, 0.0, False),  # blank
        (2000, 1.0, False),  # a scan that already has an OCR text layer
        (400, 0.0, False),  # plain text
    ],
)
def test_needs_ocr_rule(chars: int, image_share: float, expected: bool) -> None:
    area = 595.0 * 842.0
    assert needs_ocr(chars, area, image_share * area) is expected


def test_oversized_page_renders_within_the_pixel_cap() -> None:
    image = Image.new("L", (200, 200), color=255)
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=1)  # 200 inches square
    pdf = pdfium.PdfDocument(buf.getvalue())
    image = PageImage(pdf[0])
    assert image.width * image.height <= MAX_PIXELS * 1.001  # pdfium rounds each side up
    assert read_scanned(pdf[0]) == []


def test_an_image_pdfium_cannot_place_covers_nothing() -> None:
    """An odd page object whose bounds pdfium cannot give does not fail the document."""
    import pypdfium2.raw as pdfium_c

    from services.segment.scan import detect

    class Unplaced:
        type = pdfium_c.FPDF_PAGEOBJ_IMAGE

        def get_bounds(self) -> tuple[float, float, float, float]:
            raise pdfium.PdfiumError("Failed to get bounds.")

    class Placed(Unplaced):
        def get_bounds(self) -> tuple[float, float, float, float]:
            return (0.0, 0.0, 100.0, 50.0)

    class Page:
        def get_bbox(self) -> tuple[float, float, float, float]:
            return (0.0, 0.0, 595.0, 842.0)

        def get_objects(self, max_depth: int = 0) -> list[object]:
            return [Unplaced(), Placed()]

    assert detect._image_area(Page()) == 5000.0  # type: ignore[arg-type]
