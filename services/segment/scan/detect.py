"""Which pages need OCR: those without a usable text layer that are (nearly) all image."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from services.segment.layout import glyphs
from services.segment.layout.glyphs import pointer_value
from services.segment.layout.words import PageRuns, Run

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


# A scan stamped with a line of text: a publisher or a scanner prints a line over each page image
# ('Bijlagen bij het Belgisch Staatsblad - 25/06/2018 - ...' up the margin, 'Scan nummer 1 van 1 -
# Scanpagina 2' at the foot, a Woo release's document number), so the page has a text layer of a
# line or two along its edges while its body is pixels. Such a page is OCR'd beside its layer. A
# cover's title over a photo stands inside the page, not in its margins, and is not looked at.
MAX_STAMP_CHARS = 200
STAMP_MARGIN = 0.15  # share of the page's width or height, from each edge


def stamped_scan(page: pdfium.PdfPage, runs: PageRuns) -> bool:
    """Whether the page is an image whose text layer is only a stamp in its margins."""
    if not runs.runs or runs.width <= 0 or runs.height <= 0 or not _few_chars(runs):
        return False
    if not all(_in_margin(r, runs) for r in runs.runs):
        return False
    return _image_area(page) / (runs.width * runs.height) >= MIN_IMAGE_COVERAGE


def _few_chars(runs: PageRuns) -> bool:
    """Fewer than `MAX_STAMP_CHARS` characters, counted only as far as that: most pages have
    thousands."""
    count = 0
    for run in runs.runs:
        count += len(run.text.strip())
        if count >= MAX_STAMP_CHARS:
            return False
    return True


def _in_margin(run: Run, runs: PageRuns) -> bool:
    band_x, band_y = STAMP_MARGIN * runs.width, STAMP_MARGIN * runs.height
    bottom, top = run.y0 - runs.bottom, run.y1 - runs.bottom
    return (
        top <= band_y
        or bottom >= runs.height - band_y
        or run.x1 <= band_x
        or run.x0 >= runs.width - band_x
    )


# Text set as pictures: some producers rasterise their text runs (a word or a line per image), so
# a page reads as a handful of text-layer words (a footnote, a bullet) while its body is pixels.
# Such an image is line-shaped (as tall as a line of type, wider than tall) and stands where no
# text-layer run does; a page with `MIN_TEXT_IMAGES` of them is OCR'd and what OCR reads beside
# the layer's words added (`scan.supplement`). A logo, an icon or a photo is one image, not
# twenty in rows. Only pages with a thin layer are looked at: a dense page's text is its layer
# (and a page set one object per glyph is not walked object by object).
MIN_TEXT_IMAGES = 20
MAX_LAYER_CHARS = 800
_LINE_HEIGHT = (4.0, 30.0)  # points: small print to a large heading
_FORM_DEPTH = 4


def draws_text_as_images(page: pdfium.PdfPage, runs: PageRuns) -> bool:
    """Whether the page shows text as line-shaped images where its text layer has no runs."""
    if runs.char_count >= MAX_LAYER_CHARS:
        return False
    found = 0
    for x0, y0, x1, y1 in _image_boxes(page.raw, None, 0):
        height = y1 - y0
        if not (_LINE_HEIGHT[0] <= height <= _LINE_HEIGHT[1] and x1 - x0 >= 1.5 * height):
            continue
        if any(r.x0 < x1 and x0 < r.x1 and r.y0 < y1 and y0 < r.y1 for r in runs.runs):
            continue
        found += 1
        if found >= MIN_TEXT_IMAGES:
            return True
    return False


def _image_boxes(page: Any, form: Any, depth: int) -> Iterator[tuple[float, float, float, float]]:
    """Bounds of the image objects on the page, inside form XObjects too; pdfium's own calls, as
    a page of a few hundred glyph objects is walked for a handful of images; the page's whole
    walk in one C call where the accelerator has it (`_bulk.image_bounds`)."""
    in_c = getattr(glyphs.bulk, "image_bounds", None)
    if form is None and in_c is not None and (address := pointer_value(page)):
        yield from in_c(address, _FORM_DEPTH - depth)
        return
    if form is None:
        count, item = pdfium_c.FPDFPage_CountObjects(page), pdfium_c.FPDFPage_GetObject
        parent = page
    else:
        count, item = pdfium_c.FPDFFormObj_CountObjects(form), pdfium_c.FPDFFormObj_GetObject
        parent = form
    box = [ctypes.c_float() for _ in range(4)]
    for i in range(max(count, 0)):
        obj = item(parent, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box)):
                left, bottom, right, top = (v.value for v in box)
                yield left, bottom, right, top
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
            yield from _image_boxes(page, obj, depth + 1)
