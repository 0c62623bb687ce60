"""Gutters: where a page's text stands, in pieces, and the vertical strips between gutters.

Runs that share a row and stand close together form pieces (a word, a line, a table cell: one
object per glyph or per line gives the same pieces). A gutter is a vertical strip of the page that
no piece crosses, with text on both sides of it at the same height.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from services.segment.layout.glyphs import plain
from services.segment.layout.words import Run

_GAP = 1.0  # ems: runs further apart than this on one row are separate pieces


@dataclass(slots=True)
class Piece:
    runs: list[Run]
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    chars: int
    text: str
    zone: str | None = None  # set when the piece does not go with its strip
    crosses: bool = False  # it spans a gutter (a title over two columns, a logo line)

    # The dataclass's own __init__, written out as words.Run's (compiled code calls it directly).
    def __init__(
        self,
        runs: list[Run],
        x0: float,
        x1: float,
        y0: float,
        y1: float,
        size: float,
        chars: int,
        text: str,
        zone: str | None = None,
        crosses: bool = False,
    ) -> None:
        self.runs = runs
        self.x0 = x0
        self.x1 = x1
        self.y0 = y0
        self.y1 = y1
        self.size = size
        self.chars = chars
        self.text = text
        self.zone = zone
        self.crosses = crosses

    @property
    def mid(self) -> float:
        return (self.y0 + self.y1) / 2

    def beside(self, mids: list[float]) -> bool:
        """Whether the piece sits on one of these rows (sorted row middles)."""
        return near(mids, self.mid, 0.3 * max(self.y1 - self.y0, 1.0))


@dataclass(slots=True)
class Strip:
    x0: float
    x1: float
    pieces: list[Piece] = field(default_factory=list)
    zone: str = "body"  # what the strip is read as (set by columns)

    @property
    def chars(self) -> int:
        return sum(p.chars for p in self.pieces)

    @property
    def size(self) -> float:
        return size_median(self.pieces)

    @property
    def text_like(self) -> bool:
        """Lines long enough to be running text, counted per row: a justified line whose word
        gaps exceed an em (Chromium spreads them) is many pieces but one line."""
        rows: list[tuple[float, int]] = []  # (row middle, chars), top to bottom
        for p in sorted(self.pieces, key=lambda p: -p.mid):
            if rows and abs(rows[-1][0] - p.mid) < 0.3 * max(p.y1 - p.y0, 1.0):
                rows[-1] = (rows[-1][0], rows[-1][1] + p.chars)
            else:
                rows.append((p.mid, p.chars))
        return statistics.median(n for _, n in rows) >= 25

    def aligned(self, other: Strip) -> float:
        """Share of this strip's pieces that sit on a row of the other strip."""
        if not self.pieces:
            return 0.0
        mids = sorted(p.mid for p in other.pieces)
        return sum(1 for p in self.pieces if p.beside(mids)) / len(self.pieces)


def pieces_of(runs: list[Run]) -> list[Piece]:
    rows: list[list[Run]] = []
    spans: list[tuple[float, float]] = []
    for run in sorted(runs, key=lambda r: -(r.y0 + r.y1)):
        text = run.text
        if not text or text.isspace():  # `not text.strip()` without a new string
            continue
        # min and max written out: this runs for every run against the last rows.
        y0, y1 = run.y0, run.y1
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            lo, hi = spans[i]
            if lo >= y1 or hi <= y0:  # apart (most rows): no overlap to weigh
                continue
            overlap = (hi if hi < y1 else y1) - (lo if lo > y0 else y0)
            short = hi - lo if hi - lo < y1 - y0 else y1 - y0
            if overlap > 0.5 * (short if short > 0.1 else 0.1):
                rows[i].append(run)
                spans[i] = (lo if lo < y0 else y0, hi if hi > y1 else y1)
                break
        else:
            rows.append([run])
            spans.append((y0, y1))
    pieces: list[Piece] = []
    for row in rows:
        if len(row) == 1:  # a row of one run (most rows of a page set a run a line): one piece
            pieces.append(_piece(row))
            continue
        row.sort(key=lambda r: r.x0)
        current, right = [row[0]], row[0].x1
        for k in range(1, len(row)):
            run = row[k]
            # The size gaps are measured in (`Run.em`: a font with an abnormally tall box).
            em, last = run.em or run.size, current[-1].em or current[-1].size
            em = em if em > last else last
            if run.x0 - right > _GAP * (em if em > 4.0 else 4.0):
                pieces.append(_piece(current))
                current, right = [run], run.x1
            else:
                current.append(run)
                right = max(right, run.x1)
        pieces.append(_piece(current))
    return pieces


def _piece(runs: list[Run]) -> Piece:
    if len(runs) == 1:  # most pieces: one run
        run = runs[0]
        # Printable text has no whitespace but the space: single spaces between words need
        # only the ends stripped (most runs), and what is left is what gets counted.
        if plain(run.text):  # run.text.isprintable() and "  " not in run.text
            text = run.text.strip()
            return Piece(runs, run.x0, run.x1, run.y0, run.y1, run.size, len(text), text)
        text = " ".join(run.text.split())
        return Piece(runs, run.x0, run.x1, run.y0, run.y1, run.size, len(run.text.strip()), text)
    counts = [len(r.text.strip()) for r in runs]
    sizes = {r.size for r in runs}
    size = (
        sizes.pop()
        if len(sizes) == 1
        else weighted_median([(r.size, n) for r, n in zip(runs, counts, strict=True)])
    )
    return Piece(
        runs,
        min(r.x0 for r in runs),
        max(r.x1 for r in runs),
        min(r.y0 for r in runs),
        max(r.y1 for r in runs),
        size,
        sum(counts),
        _text(runs),
    )


def _text(runs: list[Run]) -> str:
    """The runs' text with a space where the runs stand apart (a word or a glyph per run)."""
    out = runs[0].text
    for prev, run in pairwise(runs):
        apart = run.x0 - prev.x1 > 0.25 * max(run.size, 1.0)
        out += (" " if apart and not out.endswith(" ") else "") + run.text
    return " ".join(out.split())


def strips_of(pieces: list[Piece], width: float) -> list[Strip]:
    """Cut the page at gutters: x ranges no piece crosses, with text beside them on both sides."""
    if len(pieces) < 4:
        return [Strip(0.0, width, pieces)]
    left, right = extent(pieces)
    lo = int(min(left, 0))
    hi = int(max(right, width)) + 2
    cuts = gutter_cuts(pieces, lo, hi, max(1, len(pieces) // 30), 2)  # a title may cross a gutter
    if not cuts:
        # Two columns under full-width paragraphs: look again without the widest pieces, and
        # ask for more text on both sides.
        span = right - left
        narrow = [p for p in pieces if p.x1 - p.x0 < 0.6 * span]
        if len(narrow) >= 0.6 * len(pieces):
            cuts = gutter_cuts(narrow, lo, hi, 0, 6)
        if not cuts:
            # Two columns under a title block centred over both (title, authors, date) and
            # over a centred page number: look again without the lines centred on the page.
            middle, reach = left + span / 2, 0.05 * span
            rest = [p for p in pieces if abs((p.x0 + p.x1) / 2 - middle) > reach]
            if 0 < len(pieces) - len(rest) <= 10 and len(rest) >= 0.8 * len(pieces):
                cuts = gutter_cuts(rest, lo, hi, max(1, len(rest) // 30), 6)
    if not cuts:  # one column (most pages): every piece in one strip
        for p in pieces:
            p.crosses = False
        return [Strip(float(lo), float(hi), list(pieces))]
    return strips_at(pieces, cuts, float(lo), float(hi))


def extent(pieces: list[Piece]) -> tuple[float, float]:
    """Where the pieces' text begins and ends across (`min` of their x0, `max` of their x1), in
    one walk: both are asked of every page."""
    left, right = pieces[0].x0, pieces[0].x1
    for p in pieces:
        left = p.x0 if p.x0 < left else left
        right = p.x1 if p.x1 > right else right
    return left, right


def strips_at(pieces: list[Piece], cuts: list[float], lo: float, hi: float) -> list[Strip]:
    """The page from `lo` to `hi` cut at `cuts` (left to right): each piece in the strip it
    begins in, marked where it crosses a cut; the strips that hold a piece."""
    edges = [lo, *cuts, hi]
    strips = [Strip(x0, x1) for x0, x1 in pairwise(edges)]
    for p in pieces:
        after = bisect_right(cuts, p.x0)  # the first cut right of the piece's start
        p.crosses = after < len(cuts) and cuts[after] < p.x1
        begin = p.x0 + 2
        # the strip the piece begins in (cuts run left to right); outside them all: the last
        at = bisect_right(edges, begin) - 1 if edges[0] <= begin < edges[-1] else -1
        strips[at].pieces.append(p)
    return [s for s in strips if s.pieces]


def gutter_cuts(pieces: list[Piece], lo: int, hi: int, allowed: int, beside: int) -> list[float]:
    """Middles of the x ranges that at most `allowed` pieces cross, at least an em wide."""
    # How many pieces cover each point lo..hi changes only at the pieces' edges (a piece covers
    # the points strictly inside it). On a page's width of points (most pages) the changes go
    # into a list a point, walked in C ints: no boxed int an edge, no sort (round 40). A range
    # wider than that (a drawing, a stray coordinate) walks the edges, two sorted lists of ints
    # side by side (round 26). Both find the same ranges (tests/unit/segment/test_speed40.py).
    points = hi - lo + 1
    dense = 0 < points <= _DENSE_POINTS
    net: list[int] = [0] * points if dense else []
    begins: list[int] = []
    ends: list[int] = []
    # The first line end and the last line start: a range left of the one or right of the
    # other (the page's margins, asked on every page) has no text on that side for
    # `_side_by_side` (as its lists would find, without making them).
    first_end = last_begin = 0.0
    first = True
    for p in pieces:  # written out: once a piece, twice a page
        if first or p.x1 < first_end:
            first_end = p.x1
        if first or p.x0 > last_begin:
            last_begin = p.x0
        first = False
        begin, end = int(p.x0) - lo + 1, int(p.x1) - lo
        begin = begin + points if begin < 0 else begin
        end = end + points if end < 0 else end
        if not (0 <= begin < points and 0 <= end < points):
            raise IndexError("a piece outside the page's range")
        if dense:  # `net[i] = net[i] + 1`, not `+=`: compiled, that is a generic number call
            net[begin] = net[begin] + 1
            net[end] = net[end] - 1
        else:
            begins.append(begin)
            ends.append(end)
    spans = _open_dense(net, allowed) if dense else _open_sparse(begins, ends, points, allowed)
    size: float | None = None
    cuts: list[float] = []
    for k in range(0, len(spans), 2):
        a, z = spans[k] + lo, spans[k + 1] + lo
        if beside < 1 or (first_end <= a + 1 and last_begin >= z - 1):
            if size is None:
                size = size_median(pieces)
            if z - a >= max(0.8 * size, 5.0) and _side_by_side(pieces, a, z, beside):
                cuts.append((a + z) / 2)
    return cuts


# Points a range may have for `gutter_cuts` to count its edges in a list a point (~4.8 A4 widths;
# an A0 sheet is 2,384 points wide).
_DENSE_POINTS: Final = 4096


def _open_dense(net: list[int], allowed: int) -> list[int]:
    """The ranges of points that at most `allowed` pieces cover, as their first point and the
    point after them, one after the other (`net`: how the cover changes at each point). The
    walk past the last point closes a range still open, as the edge walk's end does."""
    spans: list[int] = []
    start = -1  # the open range's first point (-1: none open)
    cover = 0
    for i in range(len(net)):
        change = net[i]
        if change == 0 and i:  # the cover stays: nothing opens or closes (point 0 is asked)
            continue
        cover += change
        if cover <= allowed:
            if start < 0:
                start = i
        elif start >= 0:
            spans.append(start)
            spans.append(i)
            start = -1
    if start >= 0:
        spans.append(start)
        spans.append(len(net))
    return spans


def _open_sparse(begins: list[int], ends: list[int], points: int, allowed: int) -> list[int]:
    """`_open_dense`'s ranges, from the pieces' begin and end points: the two lists sorted and
    walked side by side, edge by edge."""
    begins.sort()
    ends.sort()
    spans: list[int] = []
    start: int | None = None
    cover = 0
    b = e = i = 0  # the next begin and end not yet counted; the point at hand (0, then edges)
    while True:
        if i < points:
            while b < len(begins) and begins[b] == i:
                cover += 1
                b += 1
            while e < len(ends) and ends[e] == i:
                cover -= 1
                e += 1
        else:
            cover = 10**9
        if cover <= allowed and start is None:
            start = i
        elif cover > allowed and start is not None:
            spans.append(start)
            spans.append(i)
            start = None
        if i >= points:
            return spans
        next_begin = begins[b] if b < len(begins) else points
        next_end = ends[e] if e < len(ends) else points
        i = next_begin if next_begin < next_end else next_end


def _side_by_side(pieces: list[Piece], a: float, b: float, least: int) -> bool:
    """At least `least` pieces on each side of the gap stand at the height of the other side."""
    left_of, right_of = a + 1, b - 1
    left = [p for p in pieces if p.x1 <= left_of]
    if len(left) < least:  # the page's left margin: nothing left of it
        return False
    right = [p for p in pieces if p.x0 >= right_of]
    if len(right) < least:
        return False
    top, bottom = max(p.y1 for p in left), min(p.y0 for p in left)
    beside = [p for p in right if bottom <= p.mid <= top]
    top, bottom = max(p.y1 for p in right), min(p.y0 for p in right)
    return len(beside) >= least and sum(1 for p in left if bottom <= p.mid <= top) >= least


def near(sorted_values: list[float], value: float, tolerance: float) -> bool:
    i = bisect_left(sorted_values, value - tolerance)
    return i < len(sorted_values) and sorted_values[i] <= value + tolerance


# `bisect.bisect_left` and `bisect.bisect_right` of a list of floats, their search written out:
# compiled code called the module's functions through an attribute look-up and a generic call
# (two a piece in `strips_at`: ~0.1M instructions a per-glyph page, speed23.md round 40). The
# same steps, so the same index for any list, sorted or not (tests/unit/segment/test_speed40.py).


def bisect_left(values: list[float], x: float) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(values: list[float], x: float) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def weighted_median(pairs: list[tuple[float, int]]) -> float:
    # Weights summed per value first: a page has hundreds of pieces in a few type sizes.
    weights: dict[float, int] = {}
    for v, w in pairs:
        weights[v] = weights.get(v, 0) + (1 if w < 1 else w)
    return _median_of(weights)


def size_median(pieces: list[Piece]) -> float:
    """`weighted_median([(p.size, p.chars) for p in pieces])`, the pieces' type size weighted by
    their characters, without a pair a piece: pieces follow each other in one size (a column's
    body), so a stretch of them is summed in C doubles and ints and added once, under its first
    piece's size, which is the key the pairs would have put there first. Compiled, a pair cost a
    tuple, a boxed float and two dict calls a piece (~0.5M instructions a per-glyph page,
    speed23.md round 26). The first two sizes are summed in native slots, not in a dict (a page
    mostly alternates two: the body's and its headings' or notes'; a boxed float and two dict
    calls a stretch were ~0.1M a per-glyph page, round 53): a third size and more go to a dict,
    the slots join it at the end, and the weights are those `_size_weights` gives (a size that
    is NaN, equal to none, is left to it)."""
    last = 0.0
    run = 0  # the stretch's weight so far (0: no stretch yet)
    a = b = 0.0  # the first two sizes, with their weights (0: the slot is empty)
    wa = wb = 0
    more: dict[float, int] | None = None  # the sizes after those two
    n = len(pieces)
    for i in range(n + 1):  # i == n: the last stretch is added
        v = 0.0
        w = 0
        if i < n:
            p = pieces[i]
            v = p.size
            if v != v:
                return _median_of(_size_weights(pieces))
            w = 1 if p.chars < 1 else p.chars
            if run and v == last:
                run += w
                continue
        if run:
            if wa and last == a:
                wa += run
            elif wb and last == b:
                wb += run
            elif not wa:
                a, wa = last, run
            elif not wb:
                b, wb = last, run
            else:
                if more is None:
                    more = {}
                more[last] = more.get(last, 0) + run
        last, run = v, w
    if more is not None:
        more[a] = wa
        more[b] = wb
        return _median_of(more)
    if not wa:
        return 10.0
    if not wb:
        return a
    # `_median_of` of two sizes: the smaller where its weight reaches half the total
    half = (wa + wb) / 2
    if a < b:
        return a if wa >= half else b
    return b if wb >= half else a


def _size_weights(pieces: list[Piece]) -> dict[float, int]:
    """The pieces' characters by type size, a stretch of one size added once (as `size_median`
    adds them, the dict taking each size's first key)."""
    weights: dict[float, int] = {}
    last = 0.0
    run = 0  # the stretch's weight so far (0: no stretch yet)
    for p in pieces:
        v = p.size
        w = 1 if p.chars < 1 else p.chars
        if run and v == last:
            run += w
            continue
        if run:
            weights[last] = weights.get(last, 0) + run
        last, run = v, w
    if run:
        weights[last] = weights.get(last, 0) + run
    return weights


def _median_of(weights: dict[float, int]) -> float:
    """The value at which the weights, summed up in order of value, reach half their total."""
    if not weights:
        return 10.0
    half = sum(weights.values()) / 2
    total = 0
    values = sorted(weights)
    for value in values:
        total += weights[value]
        if total >= half:
            return value
    return values[-1]
