"""Where a text rectangle starts in the page text, by position (the slow, safe reading only)."""

from __future__ import annotations

from services.segment.layout.glyphs import Box, Glyphs


def first_char(glyphs: Glyphs, rect: Box) -> int:
    """Index of the rectangle's first glyph by position; small glyphs (".") need a wider search."""
    x0, y0, x1, y1 = rect
    mid, half = (y0 + y1) / 2, max((y1 - y0) / 2, 0.5)
    for dx, tol_x, tol_y in ((0.3, 0.5, half), (0.3, 1.0, 2 * half), (1.0, 2.0, 3 * half)):
        index = glyphs.index_at(min(x0 + dx, x1), mid, tol_x, tol_y)
        if index >= 0:
            return index
    return -1
