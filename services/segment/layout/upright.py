"""Text set upright, a quarter turn either way: a table's column heads, a label along the page
edge. Its glyphs follow each other along y, so the word and gap tests of `line_runs`, made for
text along x, would cut it into single letters. Here each word is boxed by its end glyphs and
the words of one head are joined along their own line.

Text set at a slant (a watermark across the page: "CONCEPT") is one run of its own, marked
`slanted`: the layout files it as a watermark, so that its letters (the page's largest type)
neither pass for the title nor scatter over the body's rows.
"""

from __future__ import annotations

import math

from services.segment.layout.glyphs import Box, Glyphs
from services.segment.layout.words import Run

# Within this many radians of level or of a quarter turn a glyph counts as level or upright.
_SLANT = 0.3
SLANTED = 2  # `turn_of`: set at a slant (a watermark across the page)
# Words of one head stand within this many type sizes of each other (as `line_runs.GAP`).
GAP = 1.0


def turn_of(glyphs: Glyphs, i: int) -> int:
    """How glyph i is set: 1 upright reading upwards, -1 reading downwards, SLANTED at any
    other angle, 0 level (or unknown). pdfium's angle runs clockwise: a quarter turn
    anticlockwise (reading up) is 3/2 pi; -1 if pdfium cannot tell."""
    angle = glyphs.angle(i)
    if angle < 0 or min(angle, 2 * math.pi - angle) < _SLANT:
        return 0
    if abs(angle - 1.5 * math.pi) < _SLANT:
        return 1
    return -1 if abs(angle - 0.5 * math.pi) < _SLANT else SLANTED


def turn_end(text: str, glyphs: Glyphs, start: int, end: int, turn: int) -> int:
    """Where the stretch of words set like the one at `start` ends: at the next word set
    otherwise, or `end`."""
    find, e = text.find, start
    for word in text[start:end].split():
        s = find(word, e)
        e = s + len(word)
        if turn_of(glyphs, s) != turn:
            return s
    return end


def slanted_runs(text: str, glyphs: Glyphs, start: int, end: int) -> list[Run]:
    """The slanted words start..end as one run over all their glyphs (a watermark: the
    layout files it apart, see `assemble`); none if no glyph has a box."""
    boxes = [b for i in range(start, end) if not text[i].isspace() and (b := _box(glyphs, i))]
    if not boxes:
        return []
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    size = glyphs.font_size(start) or min(boxes[0][2] - boxes[0][0], boxes[0][3] - boxes[0][1])
    piece = text[start:end].rstrip() + " "
    return [Run(piece, x0, y0, x1, y1, size, glyphs.bold(start), y0, slanted=True)]


def upright_runs(text: str, glyphs: Glyphs, start: int, end: int) -> list[Run]:
    """The runs of the upright words start..end. Words stay in one run while their boxes lie
    within `GAP` type sizes of each other: pdfium puts the heads of several columns, and a
    table row beside them, on one line. None if no word has a box (read as level text)."""
    runs: list[Run] = []
    first = waiting = -1  # waiting: a word without a box before the run's first boxed word
    x0 = y0 = x1 = y1 = size = 0.0
    turn = turn_of(glyphs, start)
    find, e = text.find, start
    for word in text[start:end].split():
        s = find(word, e)
        e = s + len(word)
        head, tail = _box(glyphs, s), _box(glyphs, e - 1)
        if head is None or tail is None:  # kept in the run it stands in (its text slice)
            waiting = s if first < 0 and waiting < 0 else waiting
            continue
        wx0, wy0 = min(head[0], tail[0]), min(head[1], tail[1])
        wx1, wy1 = max(head[2], tail[2]), max(head[3], tail[3])
        reach = GAP * size
        if first >= 0 and (
            wx0 - x1 > reach or x0 - wx1 > reach or wy0 - y1 > reach or y0 - wy1 > reach
        ):
            runs.append(_run(text, glyphs, (first, s), (x0, y0, x1, y1), size, turn))
            first = -1
        if first < 0:
            first, x0, y0, x1, y1 = (s if waiting < 0 else waiting), wx0, wy0, wx1, wy1
            waiting = -1
            size = head[2] - head[0]  # across the line, a glyph's loose box: the type size
        else:
            x0, y0, x1, y1 = min(x0, wx0), min(y0, wy0), max(x1, wx1), max(y1, wy1)
    if first >= 0:
        runs.append(_run(text, glyphs, (first, end), (x0, y0, x1, y1), size, turn))
    return runs


def continue_upright(runs: list[Run], line: list[Run]) -> None:
    """pdfium breaks upright text set glyph by glyph into lines as it pleases ("Clusternum" and
    "mer"): the line's first run joins the last run when it goes on along the same line, with
    no space where the glyphs touch."""
    prev, run = runs[-1], line[0]
    size = max(prev.size, 1.0)
    gap = max(run.y0 - prev.y1, prev.y0 - run.y1)
    if min(run.x1, prev.x1) - max(run.x0, prev.x0) < 0.5 * size or gap > GAP * size:
        return
    prev.text = prev.text.rstrip() + ("" if gap < 0.2 * size else " ") + run.text
    prev.x0, prev.y0 = min(prev.x0, run.x0), min(prev.y0, run.y0)
    prev.x1, prev.y1 = max(prev.x1, run.x1), max(prev.y1, run.y1)
    line.pop(0)


def _run(text: str, glyphs: Glyphs, span: tuple[int, int], box: Box, size: float, turn: int) -> Run:
    """An upright run; its text ends a word: the run beside it is the next line."""
    x0, y0, x1, y1 = box
    piece = text[span[0] : span[1]].rstrip() + " "
    return Run(piece, x0, y0, x1, y1, size, glyphs.bold(span[0]), y0, upright=turn)


def _box(glyphs: Glyphs, i: int) -> Box | None:
    """The glyph's loose box, else its tight box; None if it has no extent."""
    box = glyphs.loose_box(i)
    if box is None or not (box[2] > box[0] and box[3] > box[1]):
        box = glyphs.box(i)
    return box if box[2] > box[0] and box[3] > box[1] else None
