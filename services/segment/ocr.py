"""OCR for pages without a usable text layer: pdfium renders, Tesseract reads.

Words come back in PDF page coordinates (points, origin bottom-left, the space pdfium's text
rects use), so the layout analysis treats OCR'd and born-digital pages alike.

Tesseract runs as a subprocess (`tesseract stdin stdout -l nld tsv`) with one thread, so a
page costs one core; the Debian packages `tesseract-ocr` and `tesseract-ocr-nld` provide it.
"""

from __future__ import annotations

import csv
import io
import math
import os
import subprocess
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

OCR_DPI = 300
# A render cap: a page declared 200 inches square must not become a 3.6-gigapixel bitmap.
MAX_PIXELS = 40_000_000
# A page with fewer non-blank characters than this has no usable text layer ...
MIN_TEXT_CHARS = 30
# ... and is OCR'd when images cover at least this share of it.
MIN_IMAGE_COVERAGE = 0.5
TESSERACT_TIMEOUT_S = 120.0


class OcrFailed(Exception):
    """Tesseract is missing, failed, or took too long on a page."""


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised word; the box is in PDF points, y growing upwards like pdfium's rects."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float  # Tesseract's confidence, 0..100
    line_key: tuple[int, int, int]  # (block, paragraph, line): equal keys = one printed line


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
    if total >= 2 * MIN_TEXT_CHARS:  # cheap exit for text pages: generated blanks are few
        return False
    chars = sum(not c.isspace() for c in textpage.get_text_range(0, total)) if total else 0
    left, bottom, right, top = page.get_bbox()
    return needs_ocr(chars, (right - left) * (top - bottom), _image_area(page))


def ocr_page(
    page: pdfium.PdfPage, *, dpi: int = OCR_DPI, lang: str = "nld", min_conf: float = 0.0
) -> list[OcrWord]:
    """Render `page` at `dpi` (capped at MAX_PIXELS) and return Tesseract's words on it."""
    width, height = page.get_size()
    scale = dpi / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / (width * height))
    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
    try:
        buf = io.BytesIO()
        bitmap.to_pil().save(buf, format="PPM")  # uncompressed PGM: cheap to write and to read
        to_page = _device_to_page(page, bitmap.width, bitmap.height)
    finally:
        bitmap.close()
    return [
        _word_on_page(word, to_page)
        for word in _tesseract_words(buf.getvalue(), lang)
        if word.conf >= min_conf
    ]


def _tesseract_words(image: bytes, lang: str) -> list[OcrWord]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", lang, "tsv"],
            input=image,
            capture_output=True,
            timeout=TESSERACT_TIMEOUT_S,
            env=env,
            check=False,
        )
    except FileNotFoundError as exc:
        raise OcrFailed("tesseract is not installed (Debian: tesseract-ocr)") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"tesseract took over {TESSERACT_TIMEOUT_S:.0f} s") from exc
    if done.returncode != 0:
        raise OcrFailed(f"tesseract exited {done.returncode}: {done.stderr[-500:]!r}")
    return _parse_tsv(done.stdout.decode("utf-8", errors="replace"))


def _parse_tsv(tsv: str) -> list[OcrWord]:
    """Word rows (level 5) of Tesseract's TSV, boxes in pixels (top-left origin)."""
    words = []
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        text = (row.get("text") or "").strip()
        if row["level"] != "5" or not text or float(row["conf"]) < 0:
            continue
        left, top = int(row["left"]), int(row["top"])
        words.append(
            OcrWord(
                text=text,
                x0=left,
                y0=top,
                x1=left + int(row["width"]),
                y1=top + int(row["height"]),
                conf=float(row["conf"]),
                line_key=(int(row["block_num"]), int(row["par_num"]), int(row["line_num"])),
            )
        )
    return words


Affine = tuple[float, float, float, float, float, float]


def _device_to_page(page: pdfium.PdfPage, width: int, height: int) -> Affine:
    """The affine map bitmap pixel -> page point that pdfium used to render (rotation included)."""

    def point(dx: int, dy: int) -> tuple[float, float]:
        px, py = pdfium_c.c_double(), pdfium_c.c_double()
        ok = pdfium_c.FPDF_DeviceToPage(page.raw, 0, 0, width, height, 0, dx, dy, px, py)
        if not ok:
            raise OcrFailed("pdfium could not map device to page coordinates")
        return px.value, py.value

    ox, oy = point(0, 0)
    ax, ay = point(width, 0)
    bx, by = point(0, height)
    return (ax - ox) / width, (bx - ox) / height, ox, (ay - oy) / width, (by - oy) / height, oy


def _word_on_page(word: OcrWord, m: Affine) -> OcrWord:
    xs, ys = [], []
    for dx, dy in ((word.x0, word.y0), (word.x1, word.y1)):
        xs.append(m[0] * dx + m[1] * dy + m[2])
        ys.append(m[3] * dx + m[4] * dy + m[5])
    return OcrWord(
        text=word.text,
        x0=min(xs),
        y0=min(ys),
        x1=max(xs),
        y1=max(ys),
        conf=word.conf,
        line_key=word.line_key,
    )


def _image_area(page: pdfium.PdfPage) -> float:
    """Area of the page covered by image objects (top level, or inside form XObjects)."""
    left, bottom, right, top = page.get_bbox()
    area = 0.0
    for obj in page.get_objects(max_depth=0):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and not _holds_image(page, obj):
            continue
        if obj.type not in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        x0, y0, x1, y1 = obj.get_bounds()
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
