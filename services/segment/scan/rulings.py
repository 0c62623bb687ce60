"""Ruling lines in a scanned page's image: a scanned table's grid exists only as pixels.

The page is rendered small and grey; a rule is a long run of dark pixels that is thin (the
pixels a few rows above and below it, or columns beside it, are light). A filled area such as
a blacked-out redaction has long dark runs too, but it is not thin, so its rows are not rules.
Rules come back as thin boxes in page points, as layout/grids.py reads rules from path objects.
Before OCR a grid's rules are painted out of the image (`erase_rulings`); `text_in` reads a
cell from Tesseract's runs.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from services.segment.layout.repair import ADDRESS_SIGNS, address_goes_on, join_lines
from services.segment.layout.words import Run
from services.segment.scan.render import LOOK_DPI, look

RULING_DPI = LOOK_DPI
MIN_RULE = 54.0  # points: a rule is at least this long (3/4 inch); longer than any glyph
# Scanned rules come out light grey at this size (a hairline averaged with the paper round it),
# much lighter than the ink threshold for text; a shaded row (~230) stays paper.
RULE_INK = 215
_GAP = 2  # pixels: a break this short does not end a rule
_SIDE = 2.2  # points: how far above/below (or beside) a rule its surroundings are read
_HALF = 0.5  # points: half the thickness given to a rule's box
_INK = bytes(35 if v < RULE_INK else 32 for v in range(256))  # grey -> "#" ink, " " paper

Box = tuple[float, float, float, float]  # x0, y0 (bottom), x1, y1 (top), page points
Rule = tuple[int, int, int, int]  # pixels: first line, last line, start, end (end exclusive)


def find_rulings(page: pdfium.PdfPage) -> list[Box]:
    """The page image's horizontal and vertical rules, as thin boxes in page points."""
    seen = look(page)  # shared with the page's other looks at its ink (render.look)
    scale, rows, to_page = seen.scale, seen.rows(), seen.to_page
    across, down = pixel_rules(rows, scale)

    def point(x: float, y: float) -> tuple[float, float]:
        m = to_page
        return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]

    boxes = []
    for first, last, a, b in across:
        (x0, py), (x1, _) = point(a, (first + last + 1) / 2), point(b, (first + last + 1) / 2)
        boxes.append((min(x0, x1), py - _HALF, max(x0, x1), py + _HALF))
    for first, last, a, b in down:
        (px, y0), (_, y1) = point((first + last + 1) / 2, a), point((first + last + 1) / 2, b)
        boxes.append((px - _HALF, min(y0, y1), px + _HALF, max(y0, y1)))
    return boxes


def pixel_rules(rows: list[bytes], scale: float) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical rules in a grey image (`rows`, `scale` pixels per point):
    horizontal ones as (first row, last row, first column, end column), vertical ones as
    (first column, last column, first row, end row)."""
    width = len(rows[0]) if rows else 0
    ink = b"".join(rows).translate(_INK)
    shortest = max(int(MIN_RULE * scale), 10)
    side = max(round(_SIDE * scale), 2)
    across = _runs([ink[y * width : (y + 1) * width] for y in range(len(rows))], shortest, side)
    down = _runs([ink[x::width] for x in range(width)], shortest, side)
    return across, down


def erase_rulings(rows: list[bytes], scale: float) -> list[bytes]:
    """The image with its rules painted white: Tesseract takes the text inside a ruled grid
    for part of one big picture and leaves it unread."""
    across, down = pixel_rules(rows, scale)
    margin = max(round(0.7 * scale), 1)
    # Only a grid's rules: a lone rule under a heading is an underline, and erasing it would
    # cut the descenders and commas that touch it.
    # A scanner's dark page edge is no grid either: vertical rules count when a rule meets them.
    across = [h for h in across if any(_touch(h, v, margin) for v in down)]
    down = [v for v in down if any(_touch(h, v, margin) for h in across)]
    if not across:
        return rows
    out = [bytearray(r) for r in rows]
    height, width = len(out), len(out[0]) if out else 0
    for first, last, a, b in across:
        for y in range(max(first - margin, 0), min(last + margin + 1, height)):
            out[y][a:b] = b"\xff" * (b - a)
    for first, last, a, b in down:
        x0, x1 = max(first - margin, 0), min(last + margin + 1, width)
        for y in range(a, b):
            out[y][x0:x1] = b"\xff" * (x1 - x0)
    return [bytes(r) for r in out]


def _touch(across: Rule, down: Rule, margin: int) -> bool:
    """Whether a horizontal and a vertical rule meet (or cross)."""
    y0, y1, xa, xb = across
    x0, x1, ya, yb = down
    return xa - margin <= x1 and x0 <= xb + margin and ya - margin <= y1 and y0 <= yb + margin


def _runs(lines: list[bytes], shortest: int, side: int) -> list[Rule]:
    """Thin dark runs along the lines (rows, or columns), merged across neighbouring lines."""
    pattern = re.compile(rb"#(?: {0,%d}#)*" % _GAP)  # a scanned rule has a few pale pixels
    found: list[tuple[int, int, int]] = []
    for i, line in enumerate(lines):
        for m in pattern.finditer(line):
            a, b = m.span()
            if b - a >= shortest and _thin(lines, i, a, b, side):
                found.append((i, a, b))
    return _merge(found)


def _thin(lines: list[bytes], i: int, a: int, b: int, side: int) -> bool:
    """Light on both sides: at most half of the run's length is ink `side` lines away."""
    for j in (i - side, i + side):
        if 0 <= j < len(lines) and lines[j].count(b"#", a, b) > (b - a) // 2:
            return False
    return True


def _merge(found: list[tuple[int, int, int]]) -> list[Rule]:
    """Runs on neighbouring lines that overlap are one rule drawn a few pixels thick."""
    rules: list[list[int]] = []  # first line, last line, start, end
    for i, a, b in found:
        for r in reversed(rules[-64:]):  # the rules still open are among the latest
            if r[1] >= i - 1 and a < r[3] and b > r[2]:
                r[1], r[2], r[3] = i, min(r[2], a), max(r[3], b)
                break
        else:
            rules.append([i, i, a, b])
    return [(r[0], r[1], r[2], r[3]) for r in rules]


def text_in(runs: list[Run], box: Box) -> str:
    """The words of OCR'd runs inside a cell, top line first. A run may cross a rule (Tesseract
    joins words across a narrow gap), so each word is placed by where it stands in its run:
    the run's width shared out by characters."""
    x0, y0, x1, y1 = box
    lines = sorted(
        (r for r in runs if y0 <= (r.y0 + r.y1) / 2 <= y1 and r.x1 > x0 and r.x0 < x1),
        key=lambda r: (-round(r.base or r.y0), r.x0),
    )
    # the cell's lines joined as a paragraph's: a URL or a word broken at the cell's edge is
    # whole again ('https://www.raadvanstate.nl/uit' / 'spraken/...')
    rows: dict[int, list[str]] = {}
    spans: dict[int, list[float]] = {}  # each line's left edge, right edge and a character's width
    for run in lines:
        per_char = (run.x1 - run.x0) / max(len(run.text), 1)
        key = round(run.base or run.y0)
        row = rows.setdefault(key, [])
        span = spans.setdefault(key, [x1, x0, per_char])
        for m in re.finditer(r"\S+", run.text):
            middle = run.x0 + per_char * (m.start() + m.end()) / 2
            if x0 <= middle <= x1:
                row.append(m.group())
                span[0] = min(span[0], run.x0 + per_char * m.start())
                span[1] = max(span[1], run.x0 + per_char * m.end())
    kept = [k for k, words in rows.items() if words]
    texts = [" ".join(rows[k]) for k in kept]
    if len(texts) > 1 and any("/" in t or "www." in t for t in texts):
        texts = _addresses_whole(texts, [spans[k] for k in kept], x0, x1)
    return " ".join(join_lines(texts).split())


def _addresses_whole(texts: list[str], spans: list[list[float]], x0: float, x1: float) -> list[str]:
    """ocrurl40: a scanned grid's cell with a web address its narrow column wrapped anywhere made
    one line again (`repair.address_goes_on`), as layout/grids.py's `_with_urls_whole` does for
    a drawn grid's cell. The line before was cut where its end and the line's first character
    would not fit within the cell's margin (taken as its left one)."""
    margin = max(0.0, min(span[0] for span in spans) - x0)
    out = [texts[0]]
    for k in range(1, len(texts)):
        line = texts[k]
        before, here = spans[k - 1], spans[k]
        piece = _after_hyphen(line)
        if address_goes_on(out[-1], piece, before[1] + here[2] > x1 - margin):
            out[-1] += piece
        else:
            out.append(line)
    return out


def _after_hyphen(line: str) -> str:
    """A line opened by the address's hyphen as a word of its own ('- heer-alders-...': Excel
    wrapped the hyphen with the piece after it) as one piece ('-heer-alders-...'), where the
    piece holds a hyphen or an address's sign: no list's dash before a word."""
    if line[:2] in ("- ", "\u2010 ", "\u2011 ") and " " not in line[2:]:
        rest = line[2:]
        if "-" in rest or not ADDRESS_SIGNS.isdisjoint(rest):  # (the typed hyphens are signs)
            return line[0] + rest
    return line
