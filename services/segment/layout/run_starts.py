"""Where each of pdfium's text rectangles starts in the page text, without position lookups.

pdfium builds its rectangles in character order, one per text object, so rectangle k+1 starts
after rectangle k: later on the same text line (found by bisecting that line's glyphs by x) or at
the start of a following line (after a line break, after a hyphen mark, or after the generated
space that joins footnote lines). Each guess is checked against one glyph box; only a failed
guess costs a position lookup, which makes pdfium scan the whole page.
"""

from __future__ import annotations

from services.segment.layout.glyphs import Box, Glyphs

Start = tuple[int, float, float, float, float]  # first character index, x0, y0, x1, y1
_BLANKS = " \r\n\t\ufffe\u0002"


def run_starts(glyphs: Glyphs, text: str) -> list[Start]:
    """(first character index, box) of every rectangle, in pdfium's order."""
    starts: list[Start] = []
    pos = 0  # no rectangle starts before this index
    prev: Box | None = None
    n = len(text)
    for k in range(glyphs.count_rects()):
        rect = glyphs.rect(k)
        x0, y0, x1, y1 = rect
        index = -1
        if prev is None:
            start = _skip_blank(text, 0)
            index = start if start < n and _inside(glyphs, start, rect) else -1
        else:
            if x0 >= prev[2] - 0.5 and y0 < prev[3] and y1 > prev[1]:  # on prev's line
                index = _first_at_x(glyphs, text, pos, rect, prev, left=True)
            if index < 0:
                start = _skip_blank(text, _next_line(text, pos))
                if start < n and _inside(glyphs, start, rect):
                    index = start
                else:  # lines joined by a generated space, as in footnotes
                    index = _first_at_x(glyphs, text, pos, rect, prev, left=False)
        if index < pos:
            index = first_char(glyphs, rect)
        if index < 0:
            continue
        starts.append((index, x0, y0, x1, y1))
        pos = index + 1
        prev = rect
    return starts


def first_char(glyphs: Glyphs, rect: Box) -> int:
    """Index of the rectangle's first glyph by position; small glyphs (".") need a wider search."""
    x0, y0, x1, y1 = rect
    mid, half = (y0 + y1) / 2, max((y1 - y0) / 2, 0.5)
    for dx, tol_x, tol_y in ((0.3, 0.5, half), (0.3, 1.0, 2 * half), (1.0, 2.0, 3 * half)):
        index = glyphs.index_at(min(x0 + dx, x1), mid, tol_x, tol_y)
        if index >= 0:
            return index
    return -1


def _next_line(text: str, pos: int) -> int:
    """Where the text line after pos starts; a hyphenated line end has no line break."""
    ends = [i for i in (text.find("\n", pos), text.find("\ufffe", pos)) if i >= 0]
    return min(ends) + 1 if ends else len(text)


def _skip_blank(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in _BLANKS:
        i += 1
    return i


def _inside(glyphs: Glyphs, i: int, rect: Box) -> bool:
    left, bottom, right, top = glyphs.box(i)
    cx, cy = (left + right) / 2, (bottom + top) / 2
    return rect[0] - 0.5 <= cx <= rect[2] + 0.5 and rect[1] - 0.5 <= cy <= rect[3] + 0.5


def _first_at_x(glyphs: Glyphs, text: str, pos: int, rect: Box, prev: Box, *, left: bool) -> int:
    """First glyph from pos on whose box starts at the rectangle's left edge or later.

    The glyphs before it belong to the previous rectangle, on its line; the glyphs after it lie
    right of the edge or on later lines, so "at the edge or off the previous line" is false, then
    true, and bisection finds the switch. Not `left`: the first glyph off the previous line.
    """
    x0 = rect[0] - 0.05 if left else float("inf")
    lo_y, hi_y = prev[1] - 0.5, prev[3] + 0.5

    def after(i: int) -> bool:
        box = glyphs.box(i)
        return box[0] >= x0 or not lo_y <= (box[1] + box[3]) / 2 <= hi_y

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
    return lo if lo < end and _inside(glyphs, lo, rect) else -1
