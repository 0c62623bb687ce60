"""Scanned pages -> text runs: Tesseract's lines in the shape the layout reads from pdfium.

- Sparse-text mode (`--psm 11`): the layout orders lines itself, and Tesseract's own column
  finding merges a letter's side column into the body lines beside it, garbling both.
- hOCR output (`hocr`), for each line's fitted baseline and size.
- Superscript footnote markers (`markers`) and doubtful codes and URLs (`repairs`) are read
  again from the page image; an address's '1' split from its digits is joined (`urllines`).

Words become runs: one per stretch of a line between wide gaps (so a side column stays apart),
markers as runs of their own, raised and small, exactly as pdfium reports superscripts.
"""

from __future__ import annotations

import statistics

import pypdfium2 as pdfium

from services.segment.layout.words import Run
from services.segment.scan.bars import lift_light_text
from services.segment.scan.grounds import reread_grounds
from services.segment.scan.hocr import Line, Word, parse_lines
from services.segment.scan.markers import find_markers, hanging_number, leading_marker
from services.segment.scan.render import OCR_DPI, PageImage
from services.segment.scan.repairs import second_look
from services.segment.scan.rulings import erase_rulings
from services.segment.scan.tesseract import tesseract
from services.segment.scan.urllines import hyphen_specks, join_bare_scheme, join_split_ones


def read_scanned(
    page: pdfium.PdfPage,
    *,
    dpi: int = OCR_DPI,
    lang: str = "nld+eng",
    timeout_s: float | None = None,
) -> list[Run]:
    """OCR one page; its text as runs in page points. `OcrFailed` if Tesseract fails
    (`OcrTimedOut` when its reading of the page takes over `timeout_s`, default its limit)."""
    return read_image(PageImage(page, dpi), lang=lang, timeout_s=timeout_s)


def read_image(
    image: PageImage, *, lang: str = "nld+eng", timeout_s: float | None = None
) -> list[Run]:
    """`read_scanned` on the page image already rendered: no pdfium call, so another thread may
    run it while pdfium reads on (services/segment/ocr_pool.py); Tesseract lets go of the GIL."""
    if image.blank():  # an empty page (every page without letters is OCR'd): nothing to ask
        return []
    image.rows = erase_rulings(image.rows, image.scale)  # text inside a grid reads as a picture
    image.rows = lift_light_text(image.rows, image.scale)  # white on a grey bar: dark on white
    hocr = tesseract(image.grey(), lang=lang, psm=11, output="hocr", timeout_s=timeout_s)
    lines = parse_lines(hocr)
    hyphen_specks(lines)
    for line in lines:
        join_split_ones(line)
        join_bare_scheme(line)
        for word in line.words:
            second_look(image, word, lang)
        find_markers(image, line, lang)
        label = leading_marker(image, line)
        if label is not None:
            line.words.insert(0, label)
        elif line.words and not line.words[0].text[:1].isdigit():
            number = hanging_number(image, line, lines)
            if number is not None:
                line.words.insert(0, number)
    reread_grounds(image, lines)  # an inventory row's grounds its words garbled (ocr50)
    _unraised(lines)
    # A line's x-height is the steadiest measure of its type size (a raised marker inflates
    # Tesseract's line size, a line without descenders shrinks it); the page's own ratio turns
    # it back into a size comparable across lines.
    ratio = statistics.median(line.size / line.x_height for line in lines) if lines else 1.0
    return [run for line in lines for run in _line_runs(image, line, ratio)]


def _unraised(lines: list[Line]) -> None:
    """A line opened by a note's raised number whose x-height Tesseract fitted to the number's
    top (tables32: '3 Kamerstukken ...' at x-height 29 px where its words stand as tall as the
    note's other lines at 19-22) gets the x-height its words give by the page's own ratio of
    x-height to word height: else it reads in a size larger than the text, no note."""
    heights = [_word_height(line) for line in lines]
    ratios = [line.x_height / h for line, h in zip(lines, heights, strict=True) if h]
    if len(ratios) < _FEW:
        return
    ratio = statistics.median(ratios)
    for line, h in zip(lines, heights, strict=True):
        if h and line.x_height > _INFLATED * ratio * h and any(w.marker for w in line.words):
            line.x_height = ratio * h


def _word_height(line: Line) -> float:
    """The median height of the line's words that are not markers (0 if none)."""
    heights = [w.box[3] - w.box[1] for w in line.words if not w.marker]
    return float(statistics.median(heights)) if heights else 0.0


_FEW = 5  # lines: a page ratio from fewer is no measure
_INFLATED = 1.25  # a line's x-height this far over what its words give was fitted to a marker


def _line_runs(image: PageImage, line: Line, ratio: float) -> list[Run]:
    """Stretches of the line between wide gaps, and its markers, as runs in page points."""
    runs: list[Run] = []
    words = sorted(line.words, key=lambda w: w.box[0])
    size = line.x_height * ratio / image.scale
    _, base = image.point(line.box[0], line.baseline)
    stretch: list[Word] = []

    def flush() -> None:
        if stretch:
            runs.append(_run(image, " ".join(w.text for w in stretch), stretch, size, base))
            stretch.clear()

    for word in words:
        if word.marker:
            flush()
            marker = _run(image, word.text, [word], 0.0, 0.0)
            marker.size, marker.base = marker.y1 - marker.y0, marker.y0
            marker.y0 -= _DESCENT * marker.size
            runs.append(marker)
        elif stretch and word.box[0] - stretch[-1].box[2] > 1.5 * line.size:
            flush()
            stretch.append(word)
        else:
            stretch.append(word)
    flush()
    return runs


# Of a marker's glyph height: its box reaches this far under its baseline, as pdfium's loose
# box of a superscript does (its font's descent, ~0.2 em of a digit's ~0.7). Tesseract's box is
# the digit's ink alone: a note's number raised by half its height over a line of capitals and
# commas only ('6 Kamerstukken II 2024/25, 36300, nr. 12.') then shared half its box with the
# line's and stood on a line of its own: a bare number at the page's foot, a page number
# (tables33; tables31's scanned Chromium fixture, page 3).
_DESCENT = 0.3


def _run(image: PageImage, text: str, words: list[Word], size: float, base: float) -> Run:
    xs, ys = [], []
    for w in words:
        for px, py in ((w.box[0], w.box[1]), (w.box[2], w.box[3])):
            x, y = image.point(px, py)
            xs.append(x)
            ys.append(y)
    return Run(text, min(xs), min(ys), max(xs), max(ys), size, False, base)
