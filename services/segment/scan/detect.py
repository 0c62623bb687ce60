"""Which pages need OCR: those without a usable text layer that are (nearly) all image."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A page with fewer non-blank characters than this has no usable text layer ...
MIN_TEXT_CHARS = 30
# ... and is OCR'd when images cover at least this share of it.
MIN_IMAGE_COVERAGE = 0.5


def needs_ocr(char_count: int, page_area: float, image_area: float) -> bool:
    """Whether a page lacks a usable text layer and should be OCR'd.

    `char_count`: non-blank characters in the page's text layer; `page_area` and `image_area`
    in square points (image area of all image objects, clipped to the page). A page with text is
    never OCR'd; a page that is (nearly) all image and whose text is a few stray characters is.
    A blank page (no text, no image) is not: there is nothing to read.
    """
    if char_count >= MIN_TEXT_CHARS or page_area <= 0:
        return False
    return min(image_area / page_area, 1.0) >= MIN_IMAGE_COVERAGE


def page_needs_ocr(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> bool:
    """`needs_ocr` with its inputs measured on a pdfium page and its text page."""
    total = textpage.count_chars()
    chars = sum(not c.isspace() for c in textpage.get_text_range(0, total)) if total else 0
    left, bottom, right, top = page.get_bbox()
    return needs_ocr(chars, (right - left) * (top - bottom), _image_area(page))


def _image_area(page: pdfium.PdfPage) -> float:
    """Area of the page covered by image objects (top level, or inside form XObjects)."""
    left, bottom, right, top = page.get_bbox()
    area = 0.0
    for obj in page.get_objects(max_depth=0):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and not _holds_image(page, obj):
            continue
        if obj.type not in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        try:
            x0, y0, x1, y1 = obj.get_bounds()
        except pdfium.PdfiumError:  # pdfium cannot place it: it covers nothing we can tell
            continue
        w = min(x1, right) - max(x0, left)
        h = min(y1, top) - max(y0, bottom)
        if w > 0 and h > 0:
            area += w * h
    return area


def _holds_image(page: pdfium.PdfPage, form: pdfium.PdfObject) -> bool:
    return any(
        obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], form=form, max_depth=3)
    )
