"""Tables with no rules at all (issue #8): the gap reader (`tables._split_by_gaps`) finds such a
table from its lines' wide gaps, but reads close columns into one cell ('Nr. Document') and a
cell's wrapped line as a row of its own. Given the table's extent, table44's readers (columns
by the white down every line, rows by the first column's entries, cells word by word) read it
as a reader does; they need the page's glyphs, which only the open page has. So the segmenter
lends a way to read a page's glyphs again (`PAGE_TEXT`) while the document is open, and a gap
table of one page is re-read there, kept only where the re-reading says the very same words in
at least as many columns (`reread`); otherwise the gap reader's reading stands.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from typing import Final

from services.segment.layout import across
from services.segment.layout.lines import Line

Box = tuple[float, float, float, float]
# a page's drawn glyphs' boxes and a cell reader over them (`grids.drawn_text`)
PageText = tuple[list[Box], Callable[[Box], str]]
# page number -> its text, or None (a page turned, OCR's, or no document open)
PAGE_TEXT: ContextVar[Callable[[int], PageText | None] | None] = ContextVar(
    "PAGE_TEXT", default=None
)

_LEADERS: Final = re.compile(r"(?:\. ?){4,}$")  # dotted leaders at a cell's end
_FIGURE: Final = re.compile(r"\d")
_MIN_COLUMNS: Final = 3  # a two-column table (a label column, a term and its text) stays as read
_MIN_ROWS: Final = 2  # body rows under the header
_MARGIN: Final = 1.0  # points around the lines' boxes: a glyph's tight box within its line's


def reread(lines: list[Line], rows: list[list[str]]) -> list[list[str]] | None:
    """The gap table's rows read again by table44's readers within its lines' extent (the first
    line its header), or None: no page text, more than one page, fewer columns or more rows
    than read, or other characters than the gap reader's (no word lost or added)."""
    ask = PAGE_TEXT.get()
    if ask is None or len({ln.page for ln in lines}) != 1 or len(lines) < 1 + _MIN_ROWS:
        return None
    if max((len(row) for row in rows), default=0) < _MIN_COLUMNS and not _figures_run_on(rows):
        # a label and its text ('Van:', a besluitenlijst's '1.'): opening the page again costs a
        # page's load (per glyph ~2 ms) and such a table re-read parts nothing more
        return None
    text = ask(lines[0].page)
    if text is None:
        return None
    glyphs, read = text
    x0 = min(ln.x0 for ln in lines) - _MARGIN
    x1 = max(ln.x1 for ln in lines) + _MARGIN
    y0 = min(ln.y0 for ln in lines) - _MARGIN
    y1 = max(ln.y1 for ln in lines) + _MARGIN
    mine = [b for b in glyphs if y0 <= (b[1] + b[3]) / 2 <= y1]
    found = across.text_lines(mine, x0, x1)
    if len(found) < 1 + _MIN_ROWS or any(ln[3] for ln in found):
        return None  # a line runs on past the table's ends: no table of its own there
    # no line counts as a header's twice (as under a ruled header): a prose line atop a gap
    # table is no header, and one word lined up under nothing made a column beside it
    xs = across.columns(found, x0, x1)
    if len(xs) - 1 < max(_MIN_COLUMNS, len(rows[0]) if rows else 0) or not _parts_kept(lines, xs):
        return None
    boxes = across.rows_of(found[:1], found[1:], xs, [])
    if not boxes or len(boxes) - 1 < _MIN_ROWS:
        return None
    out = [
        [read((a, low - 0.5, b, top + 0.5)) for a, b in itertools.pairwise(xs)]
        for _, low, _, top in boxes
    ]
    out = _header_whole(out, rows[0] if rows else [])
    if len(out) > 1 and not out[1][0]:
        # the first row opens with no label: the labels stand amid their rows (cells set
        # middle-aligned), which the first column's entries do not open: unsure, as read
        return None
    if len(out) > len(rows) or sum(1 for row in rows if row[0]) > len(out):
        # a line the gap reader joined to its row stands as a row of its own: a first cell
        # wrapped ('... 2005-' / '2010'), which the first column's entries cannot tell from a
        # row; the gap reader's rows are the surer, the re-read parts columns only. Nor does
        # it join rows the gap reader opened with a label (a contents page's sub-entries, set
        # in, are no wrapped lines)
        return None
    if any(sum(1 for row in out if row[k]) < 2 for k in range(len(out[0]))):
        return None  # a column of one cell: a word set apart ('L.'), no column of the table
    if any(_LEADERS.search(cell) for row in out for cell in row):
        return None  # a contents page's entries, their page numbers apart: a list, as read
    if not across._filled(out) or _characters(out) != _characters(rows):
        return None
    return out


def _figures_run_on(rows: list[list[str]]) -> bool:
    """Most rows hold a cell of three or more pieces with figures in them: a row of numbers, or
    an inventory's number, date and grounds, run into one cell by the gap reader; the only
    two-column gap tables a re-read was seen to part (5 of 7 in a pool of 2,133 public PDFs)."""
    figured = sum(
        any(sum(1 for piece in cell.split() if _FIGURE.search(piece)) >= 3 for cell in row)
        for row in rows
    )
    return 2 * figured > len(rows)


def _parts_kept(lines: list[Line], xs: list[float]) -> bool:
    """Where the gap reader parted most lines' cells, the re-read parts too: it may part more,
    never run a column of the gap reader's into the next (a label column and right-aligned
    amounts, the gutter between them lined up at neither side). A part in a few lines only, a
    justified cell's wide word space (Typst), may go."""
    inner = xs[1:-1]
    parts = [[(a[1], b[0]) for a, b in itertools.pairwise(ln.cells)] for ln in lines]
    for left, right in (p for line in parts for p in line):
        if any(left - _MARGIN <= x <= right + _MARGIN for x in inner):
            continue
        shared = sum(any(a < right and left < b for a, b in line) for line in parts)
        if 2 * shared >= len(lines):
            return False
    return True


def _header_whole(out: list[list[str]], header: list[str]) -> list[list[str]]:
    """The header's wrapped lines joined to it ('Begroting' / '2025'): the rows under the first
    that open with no label, while the header they make says no character the gap reader's
    header row does not (it read the header's lines as one row)."""
    said = _characters([header])
    while len(out) > 2 and not out[1][0]:
        joined = [f"{a} {b}".strip() for a, b in zip(out[0], out[1], strict=True)]
        if _characters([joined]) - said:
            break
        out = [joined, *out[2:]]
    return out


def _characters(rows: list[list[str]]) -> Counter[str]:
    """The cells' characters, spaces aside: a glyph read in two rows (a comma hanging under
    its line into the next row's box) is one too many."""
    return Counter(c for row in rows for cell in row for c in cell if not c.isspace())
