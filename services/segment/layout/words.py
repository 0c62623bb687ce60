"""Text runs with boxes, font size and weight, read from pdfium's text page.

A run is what pdfium reports as one text rectangle: a stretch of characters on one line in one
font. Reading the page text once and slicing it by each rectangle's first character index is
several times faster than asking pdfium for the text inside every rectangle, and far faster than
a per-character Python loop. The first index of each rectangle is found by walking the text in
pdfium's own order (a few character boxes per rectangle), not by position lookups, each of which
scans the whole page. Font size and weight are sampled from the run's first character.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# Names of fonts whose weight pdfium cannot tell (standard 14 fonts carry no descriptor).
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    y0: float  # bottom, PDF points, y grows upwards
    x1: float
    y1: float  # top
    size: float  # font size in points, from the loose glyph box of the first character
    bold: bool = False
    base: float = 0.0  # baseline of the first character: tight boxes vary with descenders


@dataclass(slots=True)
class PageRuns:
    number: int  # 1-based
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    ocr: bool = False

    @property
    def char_count(self) -> int:
        return sum(len(r.text.strip()) for r in self.runs)


def read_page(page: pdfium.PdfPage, number: int) -> PageRuns:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        runs = _runs(textpage)
    finally:
        textpage.close()
    return PageRuns(number=number, width=width, height=height, runs=runs)


def _runs(textpage: pdfium.PdfTextPage) -> list[Run]:
    raw = textpage.raw
    n_chars = pdfium_c.FPDFText_CountChars(raw)
    if n_chars <= 0:
        return []
    text = textpage.get_text_range(0, n_chars)
    if len(text) != n_chars:  # pdfium left out characters: indices no longer line up
        return _runs_bounded(textpage)
    starts = _run_starts(raw, text)
    starts.sort()
    fonts = _FontProbe(raw)
    if len(starts) < text.count("\n") / 2 or _rects_span_lines(text, starts):
        # Invisible OCR text layers have flat character boxes and pdfium merges them into a few
        # huge rectangles: fall back to pdfium's own lines, boxed by their end characters.
        return _runs_by_line(text, fonts)
    runs: list[Run] = []
    for j, (index, x0, y0, x1, y1) in enumerate(starts):
        end = starts[j + 1][0] if j + 1 < len(starts) else n_chars
        piece = text[index:end]
        if not piece.strip():
            continue
        size, bold, base = fonts.probe(index, y0, y1)
        runs.append(Run(piece, x0, y0, x1, y1, size, bold, base))
    return runs


def _run_starts(
    raw: pdfium_c.FPDF_TEXTPAGE, text: str
) -> list[tuple[int, float, float, float, float]]:
    """(first character index, box) of every rectangle, found by walking the text in order.

    pdfium builds its rectangles in character order, one per text object, so rectangle k+1
    starts after rectangle k: on the same text line (found by bisecting the line's characters
    by x) or at the start of the next line. Each guess is checked with one character box; only a
    failed guess costs a position lookup, which scans the whole page.
    """
    left, right = ctypes.c_double(), ctypes.c_double()
    bottom, top = ctypes.c_double(), ctypes.c_double()
    probe = _CharBox(raw)
    starts: list[tuple[int, float, float, float, float]] = []
    pos = 0  # no rectangle starts before this index
    prev: Box | None = None
    n = len(text)
    for k in range(pdfium_c.FPDFText_CountRects(raw, 0, -1)):
        pdfium_c.FPDFText_GetRect(raw, k, left, top, right, bottom)
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        rect = (x0, y0, x1, y1)
        index = -1
        if prev is None:
            start = _skip_blank(text, 0)
            index = start if start < n and probe.inside(start, *rect) else -1
        else:
            if x0 >= prev[2] - 0.5 and y0 < prev[3] and y1 > prev[1]:  # on prev's line
                index = probe.first_at_x(text, pos, rect, prev)
            if index < 0:
                start = _skip_blank(text, _next_line(text, pos))
                if start < n and probe.inside(start, *rect):
                    index = start
                else:  # lines joined by a generated space, as in footnotes
                    index = probe.first_at_x(text, pos, rect, prev, left=False)
        if index < 0 or index < pos:
            index = _first_char(raw, x0, y0, x1, y1)
        if index < 0:
            continue
        starts.append((index, x0, y0, x1, y1))
        pos = index + 1
        prev = rect
    return starts


def _next_line(text: str, pos: int) -> int:
    """Where the text line after pos starts; a hyphenated line end has no line break."""
    ends = [i for i in (text.find("\n", pos), text.find("\ufffe", pos)) if i >= 0]
    return min(ends) + 1 if ends else len(text)


def _skip_blank(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in " \r\n\t\ufffe\u0002":
        i += 1
    return i


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


class _CharBox:
    def __init__(self, raw: pdfium_c.FPDF_TEXTPAGE) -> None:
        self.raw = raw
        self.l, self.r = ctypes.c_double(), ctypes.c_double()
        self.b, self.t = ctypes.c_double(), ctypes.c_double()

    def box(self, i: int) -> tuple[float, float, float, float]:
        pdfium_c.FPDFText_GetCharBox(self.raw, i, self.l, self.r, self.b, self.t)
        return self.l.value, self.b.value, self.r.value, self.t.value

    def inside(self, i: int, x0: float, y0: float, x1: float, y1: float) -> bool:
        x_left, b, x_right, t = self.box(i)
        cx, cy = (x_left + x_right) / 2, (b + t) / 2
        return x0 - 0.5 <= cx <= x1 + 0.5 and y0 - 0.5 <= cy <= y1 + 0.5

    def first_at_x(self, text: str, pos: int, rect: Box, prev: Box, *, left: bool = True) -> int:
        """First glyph from pos on whose box starts at the rectangle's left edge or later.

        The glyphs before it belong to the previous rectangle, on its line; the glyphs after it
        lie right of the edge or on later lines, so "at the edge or off the previous line" is
        false, then true, and bisection finds the switch.
        """
        x0 = rect[0] - 0.05 if left else float("inf")  # not left: the first glyph off the line
        lo_y, hi_y = prev[1] - 0.5, prev[3] + 0.5

        def after(i: int) -> bool:
            left, bottom, _, top = self.box(i)
            return left >= x0 or not lo_y <= (bottom + top) / 2 <= hi_y

        end = text.find("\r", pos)
        end = len(text) if end < 0 else end
        lo, hi, step = pos, pos, 8
        while hi < end:  # gallop: the edge is usually a few glyphs on
            glyph = _skip_blank(text, hi)
            if glyph >= end or after(glyph):
                break
            lo, hi, step = glyph + 1, glyph + step, step * 2
        hi = min(hi, end)
        while lo < hi:  # generated blanks have no box of their own: judge the next glyph
            mid = (lo + hi) // 2
            glyph = _skip_blank(text, mid)
            if glyph >= hi or after(glyph):
                hi = mid
            else:
                lo = glyph + 1
        lo = _skip_blank(text, lo)
        if lo < end and self.inside(lo, *rect):
            return lo
        return -1


def _first_char(raw: pdfium_c.FPDF_TEXTPAGE, x0: float, y0: float, x1: float, y1: float) -> int:
    """Index of the rectangle's first character; small glyphs (".") need a wider search."""
    mid, half = (y0 + y1) / 2, max((y1 - y0) / 2, 0.5)
    for dx, tol_x, tol_y in ((0.3, 0.5, half), (0.3, 1.0, 2 * half), (1.0, 2.0, 3 * half)):
        index = pdfium_c.FPDFText_GetCharIndexAtPos(raw, min(x0 + dx, x1), mid, tol_x, tol_y)
        if index >= 0:
            return index
    return -1


def _runs_bounded(textpage: pdfium.PdfTextPage) -> list[Run]:
    """Slow but safe path: the text inside each rectangle."""
    fonts = _FontProbe(textpage.raw)
    runs = []
    for k in range(textpage.count_rects()):
        x0, y0, x1, y1 = textpage.get_rect(k)
        piece = textpage.get_text_bounded(x0, y0, x1, y1)
        if piece.strip():
            index = _first_char(textpage.raw, x0, y0, x1, y1)
            size, bold, base = fonts.probe(index, y0, y1)
            runs.append(Run(piece, x0, y0, x1, y1, size, bold, base))
    return runs


def _rects_span_lines(text: str, starts: list[tuple[int, float, float, float, float]]) -> bool:
    ends = [s[0] for s in starts[1:]] + [len(text)]
    return any("\n" in text[s[0] : e].rstrip() for s, e in zip(starts, ends, strict=True))


def _runs_by_line(text: str, fonts: _FontProbe) -> list[Run]:
    runs = []
    index = 0
    for line in text.split("\n"):
        start, end = index, index + len(line.rstrip("\r"))
        index += len(line) + 1
        while start < end and text[start] == " ":
            start += 1
        if start >= end:
            continue
        first, last = fonts.loose_box(start), fonts.loose_box(end - 1)
        x0, x1 = min(first[0], last[0]), max(first[2], last[2])
        y0, y1 = min(first[1], last[1]), max(first[3], last[3])
        size, bold, base = fonts.probe(start, y0, y1)
        runs.append(Run(text[start:end] + " ", x0, y0, x1, y1, size, bold, base))
    return runs


class _FontProbe:
    def __init__(self, raw: pdfium_c.FPDF_TEXTPAGE) -> None:
        self.raw = raw
        self.box = pdfium_c.FS_RECTF()
        self.name = ctypes.create_string_buffer(96)
        self.flags = ctypes.c_int()
        self.origin_x, self.origin_y = ctypes.c_double(), ctypes.c_double()

    def loose_box(self, index: int) -> tuple[float, float, float, float]:
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self.box)
        return self.box.left, self.box.bottom, self.box.right, self.box.top

    def probe(self, index: int, y0: float, y1: float) -> tuple[float, bool, float]:
        """Size, boldness and baseline of the character at index."""
        if index < 0:
            return y1 - y0, False, y0
        size = y1 - y0
        if pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self.box):
            size = abs(self.box.top - self.box.bottom) or size
        base = y0
        if pdfium_c.FPDFText_GetCharOrigin(self.raw, index, self.origin_x, self.origin_y):
            base = self.origin_y.value
        weight = pdfium_c.FPDFText_GetFontWeight(self.raw, index)
        if weight > 0:
            return size, weight >= 600, base
        pdfium_c.FPDFText_GetFontInfo(self.raw, index, self.name, 96, ctypes.byref(self.flags))
        name = self.name.value.decode("latin-1").lower()
        return size, any(word in name for word in _BOLD_NAMES), base
