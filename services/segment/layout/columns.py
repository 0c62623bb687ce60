"""The columns of a page, found from where its text is, not from how the producer chunked it.

Runs that share a row and stand close together form pieces (a word, a line, a table cell: one
object per glyph or per line gives the same pieces). A gutter is a vertical strip of the page that
no piece crosses, with text on both sides of it at the same height. The strips between gutters are
then read for what they are:

- a label column ("1.", "Besluit:", "Zaak:") stands left of the text and each label sits on a
  row of that text: the label joins its row;
- a second text column (a two-column report) is wide and reads like text: read after the first;
- a side column (a ministry letter's directorate, datum, kenmerken) is narrow, beside the body, in
  smaller type or short label/value lines, and not on the body's rows;
- cells of a table sit on the body's rows: they join their rows (lines with cells make tables).

When unsure, a strip is body: losing a sentence is worse than keeping an address line.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from services.segment.layout import furniture
from services.segment.layout.letterhead import letterhead_line
from services.segment.layout.words import PageRuns, Run

BODY, SIDE, MARGIN = "body", "side", "margin"
# A label: a few words ending in a colon, a number or enumerator, a short name with a number.
_LETTERS = re.compile(r"[^\W\d_]")
_LABEL = re.compile(r"^(?:\S+(?: \S+){0,3}:|[\w.() -]{0,16}\d[\w.() -]{0,16}|[IVX]+\.?|\w\.?)$")
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
    zone: str | None = None  # set when the piece does not go with its strip
    crosses: bool = False  # it spans a gutter (a title over two columns, a logo line)

    @property
    def text(self) -> str:
        return " ".join(r.text.strip() for r in self.runs)

    @property
    def mid(self) -> float:
        return (self.y0 + self.y1) / 2

    def beside(self, mids: list[float]) -> bool:
        """Whether the piece sits on one of these rows (sorted row middles)."""
        return _near(mids, self.mid, 0.3 * max(self.y1 - self.y0, 1.0))


@dataclass(slots=True)
class Strip:
    x0: float
    x1: float
    pieces: list[Piece] = field(default_factory=list)
    zone: str = BODY

    @property
    def chars(self) -> int:
        return sum(p.chars for p in self.pieces)

    @property
    def size(self) -> float:
        return _weighted_median([(p.size, p.chars) for p in self.pieces])

    @property
    def text_like(self) -> bool:
        """Lines long enough to be running text."""
        return statistics.median(p.chars for p in self.pieces) >= 25

    def aligned(self, other: Strip) -> float:
        """Share of this strip's pieces that sit on a row of the other strip."""
        if not self.pieces:
            return 0.0
        mids = sorted(p.mid for p in other.pieces)
        return sum(1 for p in self.pieces if p.beside(mids)) / len(self.pieces)


@dataclass
class PageColumns:
    zones: dict[str, list[Run]]
    warnings: list[str] = field(default_factory=list)


def page_pieces(page: PageRuns) -> list[Piece]:
    return _pieces(page.runs)


def repeated_texts(pieces_by_page: dict[int, list[Piece]]) -> set[str]:
    """Piece texts that stand on more than one page: a running side column's datum, kenmerk."""
    seen: Counter[str] = Counter()
    for pieces in pieces_by_page.values():
        seen.update({_key(p.text) for p in pieces})
    return {key for key, n in seen.items() if n >= 2 and key}


def page_columns(page: PageRuns, pieces: list[Piece], repeated: set[str]) -> PageColumns:
    """The page's runs by zone: body (body, body2, ... in reading order), side, margin."""
    strips = _strips(pieces, page.width)
    if len(strips) <= 1:
        return PageColumns({BODY: list(page.runs)})
    warnings = _classify(strips, page.number, repeated)
    zones: dict[str, list[Run]] = {}
    for strip in strips:
        for piece in strip.pieces:
            zone = piece.zone or (_crossing_zone(piece, strips) if piece.crosses else strip.zone)
            zones.setdefault(zone, []).extend(piece.runs)
    return PageColumns(zones, warnings)


def _crossing_zone(piece: Piece, strips: list[Strip]) -> str:
    """A piece over a gutter reads with the text column it reaches into (a title over both)."""
    for strip in strips:
        if strip.zone.startswith(BODY) and piece.x0 < strip.x1 and piece.x1 > strip.x0:
            return strip.zone
    return next(s.zone for s in strips if piece in s.pieces)


def _pieces(runs: list[Run]) -> list[Piece]:
    rows: list[list[Run]] = []
    spans: list[tuple[float, float]] = []
    for run in sorted(runs, key=lambda r: -(r.y0 + r.y1)):
        if not run.text.strip():
            continue
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            lo, hi = spans[i]
            overlap = min(hi, run.y1) - max(lo, run.y0)
            if overlap > 0.5 * max(min(hi - lo, run.y1 - run.y0), 0.1):
                rows[i].append(run)
                spans[i] = (min(lo, run.y0), max(hi, run.y1))
                break
        else:
            rows.append([run])
            spans.append((run.y0, run.y1))
    pieces: list[Piece] = []
    for row in rows:
        row.sort(key=lambda r: r.x0)
        current = [row[0]]
        for run in row[1:]:
            prev_x1 = max(r.x1 for r in current)
            if run.x0 - prev_x1 > _GAP * max(run.size, current[-1].size, 4.0):
                pieces.append(_piece(current))
                current = [run]
            else:
                current.append(run)
        pieces.append(_piece(current))
    return pieces


def _piece(runs: list[Run]) -> Piece:
    chars = sum(len(r.text.strip()) for r in runs)
    return Piece(
        runs,
        min(r.x0 for r in runs),
        max(r.x1 for r in runs),
        min(r.y0 for r in runs),
        max(r.y1 for r in runs),
        _weighted_median([(r.size, len(r.text.strip())) for r in runs]),
        chars,
    )


def _strips(pieces: list[Piece], width: float) -> list[Strip]:
    """Cut the page at gutters: x ranges no piece crosses, with text beside them on both sides."""
    if len(pieces) < 4:
        return [Strip(0.0, width, pieces)]
    lo = int(min(min(p.x0 for p in pieces), 0))
    hi = int(max(max(p.x1 for p in pieces), width)) + 2
    cuts = _cuts(pieces, lo, hi, max(1, len(pieces) // 30), 2)  # a title may cross a gutter
    if not cuts:
        # Two columns under full-width paragraphs: look again without the widest pieces, and
        # ask for more text on both sides.
        span = max(p.x1 for p in pieces) - min(p.x0 for p in pieces)
        narrow = [p for p in pieces if p.x1 - p.x0 < 0.6 * span]
        if len(narrow) >= 0.6 * len(pieces):
            cuts = _cuts(narrow, lo, hi, 0, 6)
    edges = [float(lo), *cuts, float(hi)]
    strips = [Strip(x0, x1) for x0, x1 in pairwise(edges)]
    for p in pieces:
        p.crosses = any(p.x0 < cut < p.x1 for cut in cuts)
        begin = p.x0 + 2
        next(s for s in strips if s.x0 <= begin < s.x1 or s is strips[-1]).pieces.append(p)
    return [s for s in strips if s.pieces]


def _cuts(pieces: list[Piece], lo: int, hi: int, allowed: int, beside: int) -> list[float]:
    """Middles of the x ranges that at most `allowed` pieces cross, at least an em wide."""
    cover = [0] * (hi - lo + 1)
    for p in pieces:
        cover[int(p.x0) - lo + 1] += 1  # a piece covers the points strictly inside it
        cover[int(p.x1) - lo] -= 1
    running = 0
    for i, delta in enumerate(cover):
        running += delta
        cover[i] = running
    size = _weighted_median([(p.size, p.chars) for p in pieces])
    cuts: list[float] = []
    start: int | None = None
    for i, c in enumerate([*cover, 10**9]):
        if c <= allowed and start is None:
            start = i
        elif c > allowed and start is not None:
            a, b = start + lo, i + lo
            if b - a >= max(0.8 * size, 5.0) and _side_by_side(pieces, a, b, beside):
                cuts.append((a + b) / 2)
            start = None
    return cuts


def _side_by_side(pieces: list[Piece], a: float, b: float, least: int) -> bool:
    """At least `least` pieces on each side of the gap stand at the height of the other side."""
    left = [p for p in pieces if p.x1 <= a + 1]
    right = [p for p in pieces if p.x0 >= b - 1]
    if len(left) < least or len(right) < least:
        return False
    top, bottom = max(p.y1 for p in left), min(p.y0 for p in left)
    beside = [p for p in right if bottom <= p.mid <= top]
    top, bottom = max(p.y1 for p in right), min(p.y0 for p in right)
    return len(beside) >= least and sum(1 for p in left if bottom <= p.mid <= top) >= least


def _classify(strips: list[Strip], page: int, repeated: set[str]) -> list[str]:
    main = max(range(len(strips)), key=lambda i: strips[i].chars)
    body = strips[main]
    width = body.x1 - body.x0
    warnings: list[str] = []
    columns = [main]
    for i in range(main - 1, -1, -1):  # leftwards: label columns, earlier text columns, margin
        strip, right = strips[i], strips[i + 1]
        if strip.text_like and strip.x1 - strip.x0 >= 0.5 * width:
            columns.insert(0, i)
        elif strip.aligned(right) >= 0.5:
            strip.zone = "@" + str(i + 1)  # joins the rows of the strip to its right
        elif _aside_evidence(strip, body, repeated):
            strip.zone = MARGIN
            _labels_join_rows(strip, right, body.size)
        else:
            columns.insert(0, i)
            warnings.append(f"page {page}: a narrow strip left of the body read as a text column")
    for i in range(main + 1, len(strips)):  # rightwards: later columns, table cells, side column
        strip, left = strips[i], strips[i - 1]
        smaller = strip.size < 0.92 * body.size
        narrow = strip.x1 - strip.x0 < 0.5 * width
        if strip.text_like and not narrow and not smaller:
            columns.append(i)
        elif strip.aligned(left) >= 0.5 and not smaller:
            strip.zone = "@" + str(i - 1)
        elif narrow and _aside_evidence(strip, body, repeated):
            strip.zone = SIDE
        else:
            columns.append(i)
            warnings.append(f"page {page}: a narrow strip beside the body read as a text column")
    for n, i in enumerate(columns):
        strips[i].zone = BODY if n == 0 else f"{BODY}{n + 1}"
    for strip in strips:  # label and cell strips take the zone of the strip they join
        target = strip
        while target.zone.startswith("@"):
            target = strips[int(target.zone[1:])]
        strip.zone = target.zone
    for i, strip in enumerate(strips):
        for piece in strip.pieces:
            if piece.zone == "@":
                piece.zone = strips[i + 1].zone
    return warnings


def _aside_evidence(strip: Strip, body: Strip, repeated: set[str]) -> bool:
    """Why a strip beside the body may be a side column or margin: smaller type, or lines that
    repeat on other pages, have a letterhead's shape (Datum, Postbus, a postcode) or furniture's."""
    if strip.size < 0.92 * body.size:
        return True
    hits = sum(
        1
        for p in strip.pieces
        if _key(p.text) in repeated or letterhead_line(p.text) or furniture.shaped(p.text)
    )
    return hits >= max(1.0, 0.25 * len(strip.pieces))


def _key(text: str) -> str:
    """Text as it repeats; a number or date alone (a table's) is no evidence: three letters."""
    text = " ".join(text.lower().split()).strip(" .:")
    return text if len(_LETTERS.findall(text)) >= 3 else ""


def _labels_join_rows(margin: Strip, right: Strip, body_size: float) -> None:
    """In a margin, a label on a row of the text beside it belongs to that row ("Nr. 143",
    "Zaak:"); small print there (a side column on the left) stays in the margin."""
    mids = sorted(p.mid for p in right.pieces if not p.crosses)
    for piece in margin.pieces:
        label = piece.size >= 0.92 * body_size and _LABEL.match(piece.text)
        if label and not piece.crosses and piece.beside(mids) and not furniture.shaped(piece.text):
            piece.zone = "@"


def _near(sorted_values: list[float], value: float, tolerance: float) -> bool:
    i = bisect.bisect_left(sorted_values, value - tolerance)
    return i < len(sorted_values) and sorted_values[i] <= value + tolerance


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    pairs = sorted((v, max(w, 1)) for v, w in pairs)
    if not pairs:
        return 10.0
    half = sum(w for _, w in pairs) / 2
    total = 0
    for value, w in pairs:
        total += w
        if total >= half:
            return value
    return pairs[-1][0]
