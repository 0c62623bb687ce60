"""Scanned pages -> text runs: Tesseract's lines in the shape the layout reads from pdfium.

Three things set this apart from `ocr.ocr_page` (Tesseract words, automatic page segmentation):

- Sparse-text mode (`--psm 11`): the layout orders lines itself, and Tesseract's own column
  finding merges a letter's side column into the body lines beside it, garbling both.
- hOCR output, for each line's fitted baseline and size: word boxes rise and fall with ascenders
  and descenders, and paragraphs would split at every uneven line.
- Superscript footnote markers: Tesseract glues them to the word and reads them as punctuation
  ("voortgangsbrief!" for "voortgangsbrief¹"). A word's trailing glyph that floats above the
  baseline is cut off in the page image and read again as digits.

Words become runs: one per stretch of a line between wide gaps (so a side column stays apart),
markers as runs of their own, raised and small, exactly as pdfium reports superscripts.
"""

from __future__ import annotations

import html
import math
import os
import re
import statistics
import subprocess
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from services.segment.layout.words import Run
from services.segment.ocr import MAX_PIXELS, OCR_DPI, TESSERACT_TIMEOUT_S, OcrFailed

_LINE = re.compile(
    r"<span class='ocr_(?:line|caption|textfloat|header)'[^>]*title=\"bbox (\d+) (\d+) (\d+) (\d+);"
    r" baseline (-?[\d.]+) (-?[\d.]+); x_size ([\d.]+); x_descenders ([\d.]+); x_ascenders ([\d.]+)"
)
_WORD = re.compile(
    r"<span class='ocrx_word'[^>]*title='bbox (\d+) (\d+) (\d+) (\d+); x_wconf (\d+)'[^>]*>"
    r"(.*?)</span>"
)
_TAG = re.compile(r"<[^>]+>")
# A letter O read among the digits of a number or code: "BWBRO001903", "2O22".
# ".nl" read as ".ni" (Nicaragua) or ".n1" at the end of a host name: these are Dutch documents.
_NL_HOST = re.compile(r"((?:://|\bwww\.)[\w.-]*\.)n[i1I|](?=[/):,]|$)")
_O_FOR_ZERO = re.compile(r"(?<=[\dA-Z])[Oo](?=\d)|(?<=\d)[Oo](?=[\d/.-])")
_DIGITS = re.compile(r"^\d{1,3}$")
_DOUBTFUL = 60  # Tesseract's word confidence below which a code or URL is read again
_INK = 128
_UNSURE_END = set(
    "!?®©°*^`|"
)  # a word's last character that may be a misread marker  # grey level below which a pixel is ink
# Letters Tesseract makes of a superscript digit glued to a word (besides any non-letter).
_MARKER_LETTERS = set("lIi")


@dataclass(slots=True)
class _Word:
    text: str
    box: tuple[int, int, int, int]  # pixels: left, top, right, bottom (top-left origin)
    marker: bool = False
    conf: int = 100


@dataclass(slots=True)
class _Line:
    box: tuple[int, int, int, int]
    baseline: float  # pixel row of the baseline
    size: float  # pixels: Tesseract's x_size, ascender top to descender bottom
    x_height: float
    ascent: float  # baseline to ascender top
    words: list[_Word]


class _Image:
    """The rendered page, grey levels row by row, and its map from pixels to page points."""

    def __init__(self, page: pdfium.PdfPage, dpi: int) -> None:
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = math.sqrt(MAX_PIXELS / (width * height))
        bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
        try:
            self.width, self.height, self.scale = bitmap.width, bitmap.height, scale
            stride, channels = bitmap.stride, bitmap.n_channels
            raw = bytes(bitmap.buffer)
            rows = [
                raw[y * stride : y * stride + self.width * channels] for y in range(self.height)
            ]
            self.rows = rows if channels == 1 else [r[::channels] for r in rows]
            self.to_page = _device_to_page(page, self.width, self.height)
        finally:
            bitmap.close()

    def pgm(
        self, box: tuple[int, int, int, int] | None = None, zoom: int = 1, pad: int = 0
    ) -> bytes:
        x0, y0, x1, y1 = box or (0, 0, self.width, self.height)
        rows = []
        for y in range(y0, y1):
            row = self.rows[y][x0:x1]
            if zoom > 1:
                row = bytes(v for v in row for _ in range(zoom))
            rows += [row] * zoom
        w = (x1 - x0) * zoom + 2 * pad
        blank = b"\xff" * w
        body = b"".join(b"\xff" * pad + r + b"\xff" * pad for r in rows)
        return b"P5\n%d %d\n255\n" % (w, len(rows) + 2 * pad) + blank * pad + body + blank * pad

    def ink_columns(self, x0: int, y0: int, x1: int, y1: int) -> list[bool]:
        rows = [self.rows[y][x0:x1] for y in range(max(y0, 0), min(y1, self.height))]
        return [any(r[x] < _INK for r in rows) for x in range(x1 - x0)]

    def ink_rows(self, x0: int, y0: int, x1: int, y1: int) -> tuple[int, int] | None:
        """First and last row with ink in the box."""
        found = [
            y for y in range(max(y0, 0), min(y1, self.height)) if min(self.rows[y][x0:x1]) < _INK
        ]
        return (found[0], found[-1]) if found else None

    def point(self, x: float, y: float) -> tuple[float, float]:
        m = self.to_page
        return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]


def read_scanned(page: pdfium.PdfPage, *, dpi: int = OCR_DPI, lang: str = "nld+eng") -> list[Run]:
    """OCR one page; its text as runs in page points. `OcrFailed` if Tesseract fails."""
    image = _Image(page, dpi)
    hocr = _tesseract(image.pgm(), ["-l", lang, "--psm", "11", "hocr"])
    lines = _parse_hocr(hocr)
    for line in lines:
        for word in line.words:
            _second_look(image, word, lang)
        _find_markers(image, line, lang)
        label = _leading_marker(image, line)
        if label is not None:
            line.words.insert(0, label)
    # A line's x-height is the steadiest measure of its type size (a raised marker inflates
    # Tesseract's line size, a line without descenders shrinks it); the page's own ratio turns
    # it back into a size comparable across lines.
    ratio = statistics.median(line.size / line.x_height for line in lines) if lines else 1.0
    return [run for line in lines for run in _line_runs(image, line, ratio)]


def _tesseract(image: bytes, args: list[str]) -> str:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *args],
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
    return done.stdout.decode("utf-8", errors="replace")


def _parse_hocr(hocr: str) -> list[_Line]:
    lines: list[_Line] = []
    marks = [(m.start(), "line", m) for m in _LINE.finditer(hocr)]
    marks += [(m.start(), "word", m) for m in _WORD.finditer(hocr)]
    for _, kind, m in sorted(marks, key=lambda t: t[0]):
        if kind == "line":
            x0, y0, x1, y1 = (int(v) for v in m.group(1, 2, 3, 4))
            slope, offset = float(m.group(5)), float(m.group(6))
            size, desc, asc = (float(v) for v in m.group(7, 8, 9))
            baseline = y1 + offset + slope * (x1 - x0) / 2
            x_height = max(size - desc - asc, 1.0)
            lines.append(_Line((x0, y0, x1, y1), baseline, size, x_height, size - desc, []))
        elif lines:
            text = html.unescape(_TAG.sub("", m.group(6))).strip()
            if text:
                box = (int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)))
                lines[-1].words.append(_Word(text, box, conf=int(m.group(5))))
    return [line for line in lines if line.words]


def _second_look(image: _Image, word: _Word, lang: str) -> None:
    """Read a doubtful code or URL again on its own: in context Tesseract may double a glyph."""
    if word.conf < _DOUBTFUL and any(c.isdigit() or c == "/" for c in word.text):
        _read_again(image, word, lang, only_if_surer=True)
    if sum(c.isdigit() for c in word.text) >= 3:
        word.text = _O_FOR_ZERO.sub("0", word.text)
    if "://" in word.text or "www." in word.text:
        word.text = _NL_HOST.sub(r"\1nl", word.text)


def _read_again(image: _Image, word: _Word, lang: str, *, only_if_surer: bool = False) -> None:
    """Tesseract on the word's box alone (one text line); kept if it reads as one word."""
    x0, y0, x1, y1 = word.box
    crop = (max(x0 - 2, 0), max(y0 - 2, 0), min(x1 + 2, image.width), min(y1 + 2, image.height))
    try:
        hocr = _tesseract(image.pgm(crop, pad=12), ["-l", lang, "--psm", "7", "hocr"])
    except OcrFailed:
        return
    again = [m for m in _WORD.finditer(hocr) if _TAG.sub("", m.group(6)).strip()]
    if len(again) == 1 and (not only_if_surer or int(again[0].group(5)) > word.conf):
        word.text = html.unescape(_TAG.sub("", again[0].group(6))).strip()
        word.conf = int(again[0].group(5))


def _find_markers(image: _Image, line: _Line, lang: str) -> None:
    """Split superscript digits off the words they are glued to; mark stand-alone ones."""
    out: list[_Word] = []
    for word in line.words:
        raised = _raised_tail(image, line, word)
        if raised is None:
            out.append(word)
            continue
        digits, x_cut, box = raised
        if x_cut <= word.box[0]:  # the whole word is the marker
            out.append(_Word(digits, box, marker=True))
            continue
        text = word.text
        for _ in range(len(digits)):
            if len(text) > 1 and _maybe_marker(text[-1]):
                text = text[:-1]
        rest = _Word(text, (word.box[0], word.box[1], x_cut, word.box[3]), conf=word.conf)
        if text[-1] in _UNSURE_END:  # "inkoop?®" for "inkoop³": was the "?" the marker too?
            _read_again(image, rest, lang)
        out.append(rest)
        out.append(_Word(digits, box, marker=True))
    line.words = out


def _raised_tail(
    image: _Image, line: _Line, word: _Word
) -> tuple[str, int, tuple[int, int, int, int]] | None:
    """(digits, where the word ends, marker box) when the word ends in a superscript number."""
    if not _maybe_marker(word.text[-1]):
        return None
    x0, y0, x1, y1 = word.box
    cols = image.ink_columns(x0, y0, x1 + 1, y1 + 1)
    right = len(cols) - 1
    while right >= 0 and not cols[right]:
        right -= 1
    left = right
    glyphs = 0
    start = right
    while left >= 0 and glyphs < 3:  # up to three digits, each a glyph of its own
        while left >= 0 and cols[left]:
            left -= 1
        rows = image.ink_rows(x0 + left + 1, y0, x0 + start + 1, y1 + 1)
        if rows is None or rows[1] > line.baseline - 0.3 * line.x_height:
            break  # this glyph reaches down to the baseline: not raised
        glyphs += 1
        cut = left + 1
        while left >= 0 and not cols[left]:
            left -= 1
        start = left
    if glyphs == 0:
        return None
    box = (x0 + cut, y0, x1 + 1, y1 + 1)
    rows = image.ink_rows(*box)
    if rows is None or not 0.3 * line.ascent <= rows[1] - rows[0] <= 0.8 * line.ascent:
        return None  # a digit stands taller than a hyphen and lower than a capital
    if line.baseline - rows[0] < 0.75 * line.ascent:
        return None  # a superscript reaches up to the capitals; a dash stays at mid-height
    box = (box[0], rows[0], box[2], rows[1] + 1)
    digits = _read_digits(image, box)
    if digits is None:
        return None
    return digits, x0 + cut, box


def _maybe_marker(char: str) -> bool:
    return not char.isalpha() or char in _MARKER_LETTERS


def _leading_marker(image: _Image, line: _Line) -> _Word | None:
    """A raised number just left of the line, which sparse-text mode may leave out: a note label."""
    x0, _, _, _ = line.box
    top = int(line.baseline - 1.3 * line.ascent)
    bottom = int(line.baseline - 0.3 * line.x_height)
    left = max(int(x0 - 3 * line.x_height), 0)
    if x0 - left < 3:
        return None
    cols = image.ink_columns(left, top, x0, bottom)
    right = len(cols) - 1
    while right >= 0 and not cols[right]:
        right -= 1
    if right < 0:
        return None
    start = right
    while start > 0 and (cols[start - 1] or any(cols[max(start - 3, 0) : start - 1])):
        start -= 1
    if start == 0:  # ink runs on to the left: part of something else
        return None
    rows = image.ink_rows(left + start, top, left + right + 1, int(line.baseline) + 1)
    if rows is None or rows[1] > line.baseline - 0.3 * line.x_height:
        return None
    box = (left + start, rows[0], left + right + 1, rows[1] + 1)
    digits = _read_digits(image, box)
    return _Word(digits, box, marker=True) if digits else None


def _read_digits(image: _Image, box: tuple[int, int, int, int]) -> str | None:
    x0, y0, x1, y1 = box
    crop = (max(x0 - 2, 0), max(y0 - 2, 0), min(x1 + 2, image.width), min(y1 + 2, image.height))
    args = ["--psm", "7", "-c", "tessedit_char_whitelist=0123456789", "-l", "eng"]
    try:
        for zoom in (1, 2):  # small glyphs read best as they are; some need a larger view
            text = _tesseract(image.pgm(crop, zoom=zoom, pad=12), args).strip()
            if _DIGITS.match(text):
                return text
    except OcrFailed:
        pass
    return None


def _line_runs(image: _Image, line: _Line, ratio: float) -> list[Run]:
    """Stretches of the line between wide gaps, and its markers, as runs in page points."""
    runs: list[Run] = []
    words = sorted(line.words, key=lambda w: w.box[0])
    size = line.x_height * ratio / image.scale
    _, base = image.point(line.box[0], line.baseline)
    stretch: list[_Word] = []

    def flush() -> None:
        if stretch:
            runs.append(_run(image, " ".join(w.text for w in stretch), stretch, size, base))
            stretch.clear()

    for word in words:
        if word.marker:
            flush()
            marker = _run(image, word.text, [word], 0.0, 0.0)
            marker.size, marker.base = marker.y1 - marker.y0, marker.y0
            runs.append(marker)
        elif stretch and word.box[0] - stretch[-1].box[2] > 1.5 * line.size:
            flush()
            stretch.append(word)
        else:
            stretch.append(word)
    flush()
    return runs


def _run(image: _Image, text: str, words: list[_Word], size: float, base: float) -> Run:
    xs, ys = [], []
    for w in words:
        for px, py in ((w.box[0], w.box[1]), (w.box[2], w.box[3])):
            x, y = image.point(px, py)
            xs.append(x)
            ys.append(y)
    return Run(text, min(xs), min(ys), max(xs), max(ys), size, False, base)


Affine = tuple[float, float, float, float, float, float]


def _device_to_page(page: pdfium.PdfPage, width: int, height: int) -> Affine:
    """The affine map bitmap pixel -> page point that pdfium used to render (rotation included)."""

    def point(dx: int, dy: int) -> tuple[float, float]:
        px, py = pdfium_c.c_double(), pdfium_c.c_double()
        if not pdfium_c.FPDF_DeviceToPage(page.raw, 0, 0, width, height, 0, dx, dy, px, py):
            raise OcrFailed("pdfium could not map device to page coordinates")
        return px.value, py.value

    ox, oy = point(0, 0)
    ax, ay = point(width, 0)
    bx, by = point(0, height)
    return (ax - ox) / width, (bx - ox) / height, ox, (ay - oy) / width, (by - oy) / height, oy
