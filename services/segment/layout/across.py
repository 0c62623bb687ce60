"""Tables ruled across only (table44): a rule over the header, one under it, one under the last
row, and no rule down (a Woo decision's inventory as Word, LibreOffice, a browser or Typst set
it; 'booktabs' in LaTeX's words).

Without rules down, the text lines alone cannot keep close columns apart: a header's words a
few points apart run into one cell ('Nr. Document'), and a cell's wrapped line ('Deels' /
'openbaar') reads as a row of its own. A reader tells the columns by the white that runs down
through every line of the table, the columns' text starting at one x, and the rows by the first
column's entries. So here: the columns are the gutters (no glyph in them, wider than a word's
space) that run down every line between the rules, each with text lined up at one of its sides;
a row opens with a line that writes in the first column (or under a rule across); its cells are
read word by word (`grids._by_middle`), wrapped lines whole.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from services.segment.layout import glyphs as glyph_calls

Box = tuple[float, float, float, float]
# a rule across: its height, left and right end (segments drawn cell by cell joined)
Rule = tuple[float, float, float]
# a text line inside the table: its top, its bottom, its glyphs' boxes there, and whether it
# runs on past the table's ends (a paragraph's line under an open table)
TextLine = tuple[float, float, list[Box], bool]

_THIN = 2.5  # points: a path this thin is a rule (as grids.py)
_JOIN = 2.0  # points: segments of one rule (cell by cell) this close end to end, or in height
_SAME_END = 3.0  # points: rules of one table start and end this close
_WIDE = 100.0  # points: a table's rules are at least this long
_GUTTER = 1.2  # glyph heights: white down a table's lines this wide parts its columns
_LINED_UP = 2.0  # points: a column's text starts (or ends) this close to one x (side bearings)
_LINED_UP_LINES = 2  # ... in this many lines at least
_HEADER_LINES = 3  # a header band between the first two rules holds this many lines at most
_FOLLOWS = 2.5  # line heights: a table's next line stands this close under the one above
_NEAR = 12.0  # points: text this close outside the rules' ends runs on from the table's lines
_MIN_COLUMNS = 3
_MIN_ROWS = 2  # body rows under the header
_CUT_COLUMNS = 4  # edges: one row where three columns or more go on over the page break


def across_rules(boxes: list[Box]) -> list[Rule]:
    """The thin horizontal paths as rules, top to bottom: pieces end to end at one height (a
    word processor draws each cell's border) make one rule."""
    pieces = sorted(
        ((b[1] + b[3]) / 2, b[0], b[2]) for b in boxes if b[3] - b[1] < _THIN and b[2] - b[0] > 1
    )
    out: list[list[float]] = []
    for y, x0, x1 in sorted(pieces, key=lambda p: (round(p[0] / _JOIN), p[1])):
        last = out[-1] if out else None
        if last is not None and abs(last[0] - y) <= _JOIN and x0 <= last[2] + _JOIN:
            last[2] = max(last[2], x1)
        else:
            out.append([y, x0, x1])
    return sorted(((r[0], r[1], r[2]) for r in out), key=lambda r: -r[0])


def rule_sets(rules: list[Rule]) -> list[list[Rule]]:
    """Rules that start and end alike (two at least, long enough for a table), top to bottom."""
    sets: list[list[Rule]] = []
    for rule in rules:
        if rule[2] - rule[1] < _WIDE:
            continue
        for group in sets:
            if abs(group[0][1] - rule[1]) <= _SAME_END and abs(group[0][2] - rule[2]) <= _SAME_END:
                group.append(rule)
                break
        else:
            sets.append([rule])
    return [group for group in sets if len(group) >= 2]


def text_lines(glyphs: list[Box], x0: float, x1: float) -> list[TextLine]:
    """The glyphs between `x0` and `x1` (and `_NEAR` outside) as lines, top to bottom: taken
    from the highest top down, a glyph whose top reaches a quarter of its height above the
    line's bottom so far is the line's (a decimal comma sits low, its middle a line's half
    height under the figures': it is theirs). In one C pass where the accelerator is built
    (`_bulk.text_lines`, step for step: this loop ran a Python step a glyph of the page for
    each set of rules, on a per-glyph page more than the rest of the table's reading)."""
    bulk = glyph_calls.bulk
    if bulk is not None and hasattr(bulk, "text_lines"):
        read = bulk.text_lines(glyphs, x0, x1, _NEAR)
        if read is not None:  # else an odd box or a NaN top: read below, as before
            return read
    inside = [b for b in glyphs if x0 - _NEAR <= b[0] and b[2] <= x1 + _NEAR and b[2] > b[0]]
    if not inside:
        return []
    inside.sort(key=lambda b: -b[3])
    lines: list[list[Box]] = [[inside[0]]]
    low = inside[0][1]
    for b in inside[1:]:
        if b[3] - low > 0.25 * (b[3] - b[1]):
            low = min(low, b[1])
        else:
            lines.append([])
            low = b[1]
        lines[-1].append(b)
    out: list[TextLine] = []
    for ln in lines:
        mine = [b for b in ln if x0 - 1 <= b[0] and b[2] <= x1 + 1]
        if mine:
            top, low = max(b[3] for b in mine), min(b[1] for b in mine)
            out.append((top, low, mine, len(mine) < len(ln)))
    return out


def columns(lines: list[TextLine], x0: float, x1: float, head: int = 0) -> list[float]:
    """The column edges, left to right, the rules' ends outermost: each inner edge a point left
    of where a column's text starts, at a gutter down every line (`_GUTTER` glyph heights wide)
    with text lined up at its left or right side in `_LINED_UP_LINES` lines (a space that falls
    at one x in every line, '5.1.2e, 5.2' over '5.1.2e, 5.1.2i', is narrower). The first
    `head` lines are the header's: a header names each column, so a header line counts as two
    (a last column the page's rows leave empty, 'Opmerking', is a column)."""
    glyphs = [b for _, _, line, _ in lines for b in line]
    if not glyphs:
        return []
    wide = _GUTTER * statistics.median(b[3] - b[1] for b in glyphs)
    inner = [a - 1.0 for left, a in gutters(glyphs, wide) if _lined_up(lines, left, a, head)]
    return [x0, *inner, x1]


def gutters(glyphs: list[Box], wide: float) -> list[tuple[float, float]]:
    """The white strips wider than `wide` that no glyph crosses, left to right (their left and
    right sides): where the columns of a table part (also `grids._text_columns`'s)."""
    spans = sorted((b[0], b[2]) for b in glyphs)
    out: list[tuple[float, float]] = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach > wide:
            out.append((reach, a))
        reach = max(reach, b)
    return out


def _lined_up(lines: list[TextLine], left: float, right: float, head: int = 0) -> bool:
    """Text starts at the gutter's right side, or ends at its left, in enough lines: a word
    after the gutter or before it, not only a line's own start or end."""
    after = before = 0
    for n, (_, _, line, _) in enumerate(lines):
        weight = 2 if n < head else 1
        xs = [b[0] for b in line if b[0] >= right - _LINED_UP]
        if xs and min(xs) <= right + _LINED_UP:
            after += weight
        xs = [b[2] for b in line if b[2] <= left + _LINED_UP]
        if xs and max(xs) >= left - _LINED_UP:
            before += weight
    return max(after, before) >= _LINED_UP_LINES


def body_lines(
    lines: list[TextLine], rules: list[Rule], cuts: Sequence[float] = ()
) -> tuple[list[TextLine], list[TextLine]] | None:
    """The header band's lines and the body's: between the first two rules the header (a few
    lines), the body down to the last rule; with two rules only, the band between them is
    the whole table when it holds more lines, else the body is the lines that follow under
    the second rule (a table going on over the page break), up to a line that runs past the
    rules' ends, a wide gap, or any rule across (`cuts`: their heights; a footnote's rule)."""
    top, second, last = rules[0][0], rules[1][0], rules[-1][0]
    band = [ln for ln in lines if second < ln[1] and ln[0] < top + 1]
    if not band:
        return None
    if len(rules) >= 3 and len(band) <= _HEADER_LINES:
        return band, [ln for ln in lines if last < ln[1] and ln[0] < second + 1]
    if len(band) > _HEADER_LINES:
        return [], band
    below: list[TextLine] = []
    edge = second
    for ln in lines:
        if ln[0] >= second:
            continue
        height = max(ln[0] - ln[1], 1.0)
        if edge - ln[0] > _FOLLOWS * height or ln[3] or any(ln[0] < y < edge for y in cuts):
            break
        below.append(ln)
        edge = ln[1]
    return band, below


def rows_of(
    head: list[TextLine],
    body: list[TextLine],
    xs: list[float],
    rules: list[Rule],
    wraps: AbstractSet[int] = frozenset(),
) -> list[Box] | None:
    """Each row's box (x0, bottom, x1, top): the header's, then one a body line that writes in
    the first column opens (or a line under a rule across); a line without a first cell goes
    on the row above (a cell's wrapped lines: 'aan de wethouder over de' / 'openbaar'), unless
    it fills every other column of a table of four or more (a row under a label that spans
    rows). A first column with fewer than two entries labels no rows (unless its one entry
    opens the body: a row the page break cuts): a line a row. `wraps` (by index in `body`):
    lines whose first cell goes on the first cell above (`wrapped_lines`) open no row."""
    first = [any(b[0] < xs[1] for b in line) for _, _, line, _ in body]
    labelled = sum(first) >= 2 or (bool(first) and first[0])
    whole = max(3, len(xs) - 2)  # every other column of a table of four or more
    out: list[Box] = []
    if head:
        out.append((xs[0], min(ln[1] for ln in head), xs[-1], max(ln[0] for ln in head)))
    prev_low: float | None = None
    for n, ((top, low, line, _), opens) in enumerate(zip(body, first, strict=True)):
        ruled = prev_low is not None and any(low < r[0] < prev_low for r in rules)
        wrapped = n in wraps and not ruled and len(out) > bool(head)
        if not wrapped and (
            not out
            or len(out) == bool(head)
            or opens
            or ruled
            or not labelled
            or _written(line, xs) >= whole
        ):
            out.append((xs[0], low, xs[-1], top))
        else:
            x0, _, x1, t = out[-1]
            out[-1] = (x0, low, x1, t)
        prev_low = low
    return out


def wrapped_lines(body: list[TextLine], xs: list[float], read: Callable[[Box], str]) -> set[int]:
    """layout50: the body lines (by index) whose first cell is the first cell above wrapped onto
    a next line, so that they open no row: a subject too long for its column ('Een
    basisschool die' / 'homorollen schrapt uit'), its other columns' lines beside it ('(CU),
    Ingrid' / 'van Engelshoven'). Chromium, LibreOffice and reportlab set such a table
    (openkamer's subject | askers | minister) one line distance apart inside a row and between
    rows alike, so the text tells it: the line above filled its cell (its end and this line's
    first word would not fit in the column, which ends where the narrowest gutter of the
    table says: `_cell_end`), this line writes in no column the line above left empty, and its
    first cell goes on the text above (`goes_on_cell`). A short entry ('e-mail' over
    'e-mail'), a figure, a list's mark or a sentence's end opens a row as before."""
    out: set[int] = set()
    if len(body) < 2 or len(xs) < 3:
        return out
    firsts = [[b for b in line if (b[0] + b[2]) / 2 < xs[1]] for _, _, line, _ in body]
    end = _cell_end(body, xs)
    width = end - xs[0]
    for n in range(1, len(body)):
        above, here = firsts[n - 1], firsts[n]
        if not above or not here:
            continue
        height = statistics.median(b[3] - b[1] for b in here)
        reach = max(b[2] for b in above)
        if reach < end - _WRAP_SHORT * width:
            continue  # the line above ends well short of its cell: no text wrapped there
        if reach + _SPACE * height + _first_word(here, height) <= end:
            continue  # this line's first word would have fit on the line above
        if not _columns_of(body[n][2], xs) <= _columns_of(body[n - 1][2], xs):
            continue  # a value in a column the line above left empty: a row's own
        top, low = body[n][0], body[n][1]
        a_top, a_low = body[n - 1][0], body[n - 1][1]
        text = read((xs[0], low - 0.5, xs[1], top + 0.5)).strip()
        prev = read((xs[0], a_low - 0.5, xs[1], a_top + 0.5)).strip()
        if goes_on_cell(prev, text):
            out.add(n)
    return out


def _cell_end(body: list[TextLine], xs: list[float]) -> float:
    """Where the first column's text must end: the next column's text start less the narrowest
    white between a column's farthest text and the next column (a cell's padding on both
    sides, as the column whose text filled its cell shows)."""
    least = xs[1] - xs[0]
    for k in range(len(xs) - 2):
        reach = [
            b[2] for _, _, line, _ in body for b in line if xs[k] <= (b[0] + b[2]) / 2 < xs[k + 1]
        ]
        if reach:
            least = min(least, xs[k + 1] + 1.0 - max(reach))
    return xs[1] + 1.0 - max(least, 0.0)


def _first_word(line: list[Box], height: float) -> float:
    """The width of a line's first word (glyphs closer than `_LETTERS` glyph heights)."""
    boxes = sorted(line)
    start, reach = boxes[0][0], boxes[0][2]
    for b in boxes[1:]:
        if b[0] - reach > _LETTERS * height:
            break
        reach = max(reach, b[2])
    return reach - start


def _columns_of(line: list[Box], xs: list[float]) -> set[int]:
    return {bisect.bisect(xs, (b[0] + b[2]) / 2) for b in line}


def goes_on_cell(above: str, text: str) -> bool:
    """A cell's next line goes on its text above: not after a sentence's or a label's end
    ('.', ':', ';', '?', '!'); it opens with a small letter, a parenthesis (a party's
    '(PvdA)') or a quote (a subject's quoted title: 'in Harderwijk' / "'woont'"), or the
    text above ends in a comma, a hyphen or a word that ends no cell (a preposition, an
    article, a name's particle: 'steun aan' / 'Oekraïne'). A figure or a list's mark opens a
    row of its own."""
    if not above or not text or above[-1] in _ENDS:
        return False
    head = text[0]
    if head.isdigit() or head in _MARKS:
        return False
    if head.islower() or head in _OPENING:
        return True
    if above[-1] in ",-":
        return True
    return above.rsplit(" ", 1)[-1] in _OPEN_WORDS


_ENDS: Final = frozenset(".:;?!")
# a parenthesis or a quote opening the cell's next line goes on its text ('(PvdA)', "'woont'")
_OPENING: Final = frozenset("(\"'‘“«")
_MARKS: Final = frozenset("-•–*·>")
# words that end no cell's text: what follows them is the cell's next line
_OPEN_WORDS: Final = frozenset(
    {
        "aan",
        "van",
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "voor",
        "met",
        "over",
        "bij",
        "tot",
        "door",
        "naar",
        "om",
        "te",
        "der",
        "den",
        "die",
        "dat",
        "uit",
        "ter",
        "ten",
    }
)
_WRAP_SHORT = 1 / 2  # of the column's width: a wrapped line ends at most this far short of it
_SPACE = 0.25  # glyph heights: a word space at least
_LETTERS = 0.35  # glyph heights (a tight box: x-height): glyphs closer than this are one word's


def _written(line: list[Box], xs: list[float]) -> int:
    """How many columns the line writes in (a glyph's middle in it)."""
    return len(_columns_of(line, xs))


def _filled(rows: list[list[str]]) -> bool:
    """A table's cells hold words or figures: the first column in most rows (it opens them),
    most cells (`_FILLED`), every column in some row (its header at least: a contents page's
    dotted leaders line up in columns of dots), and most rows two cells at least (a chart's
    gridlines hold an axis title's letters, one a row)."""
    worded = [[any(c.isalnum() for c in cell) for cell in row] for row in rows]
    cells = sum(len(row) for row in rows)
    return (
        sum(1 for row in worded if row[0]) * 2 >= len(rows)
        and sum(1 for row in worded for cell in row if cell) >= _FILLED * cells
        and all(any(row[k] for row in worded) for k in range(len(rows[0])))
        and sum(1 for row in worded if sum(row) >= 2) * 2 >= len(rows)
    )


_FILLED = 0.5


def fits(line: TextLine, xs: Sequence[float]) -> bool:
    """No word of the line crosses an inner column edge (glyphs closer than half their height
    make a word)."""
    boxes = sorted(line[2])
    height = statistics.median(b[3] - b[1] for b in boxes)
    start, reach = boxes[0][0], boxes[0][2]
    words = []
    for b in boxes[1:]:
        if b[0] - reach > 0.5 * height:
            words.append((start, reach))
            start = b[0]
        reach = max(reach, b[2])
    words.append((start, reach))
    return not any(a < x < b for a, b in words for x in xs[1:-1])


def read_rest(
    glyphs: list[Box], xs: Sequence[float], read: Callable[[Box], str], cuts: Sequence[float] = ()
) -> tuple[Box, list[list[str]]] | None:
    """A table ruled across that ran to the foot of the page before, going on atop this one in
    its columns `xs` (the rule over the header and the one under it stay on the first page;
    a producer may draw a rule over the rest, or none): the page's first lines within the
    table's ends whose words cross none of its column edges, while they follow each other, up
    to a rule across (the table's last) or a line that does not fit. A row cut by the page
    break, its rest alone atop the page, is a row here (tables33 joins it)."""
    lines = text_lines(glyphs, xs[0], xs[-1])
    body: list[TextLine] = []
    for ln in lines:
        if ln[3] or not fits(ln, xs):
            break
        if body:
            height = max(ln[0] - ln[1], 1.0)
            edge = body[-1][1]
            if edge - ln[0] > _FOLLOWS * height or any(ln[0] < y < edge for y in cuts):
                break
        body.append(ln)
    if not body:
        return None
    boxes = rows_of([], body, list(xs), [(y, xs[0], xs[-1]) for y in cuts])
    if not boxes:
        return None
    rows = [
        [read((a, low - 0.5, b, top + 0.5)) for a, b in itertools.pairwise(xs)]
        for _, low, _, top in boxes
    ]
    box = (xs[0], min(b[1] for b in boxes) - 0.5, xs[-1], max(b[3] for b in boxes) + 0.5)
    return box, rows


def read_table(
    glyphs: list[Box],
    rules: list[Rule],
    read: Callable[[Box], str],
    cuts: Sequence[float] = (),
    across: Sequence[Rule] = (),
) -> tuple[Box, list[list[str]], tuple[float, ...], bool] | None:
    """One table ruled across: its box, its rows of cells and its column edges; None when the
    rules hold no table of `_MIN_COLUMNS` columns and `_MIN_ROWS` body rows (rules around a
    heading, a page's header and footer rules around its prose). `cuts`: the heights of the
    page's rules across, any length (`body_lines`); `across`: those rules whole (a footnote's
    separator under the table, `_open_end`)."""
    x0, x1 = rules[0][1], rules[0][2]
    lines = text_lines(glyphs, x0, x1)
    split = body_lines(lines, rules, cuts)
    if split is None:
        return None
    head, body = split
    while len(body) >= _MIN_ROWS:
        xs = columns(head + body, x0, x1, len(head))
        if len(xs) - 1 >= _MIN_COLUMNS:
            break
        if len(rules) >= 3 or not head:  # a closed table's lines are all its own
            return None
        body = body[:-1]  # a paragraph under an open table's last row
    else:
        return None
    boxes = rows_of(head, body, xs, rules)
    bottom = min(b[1] for b in boxes) - 0.5 if boxes else 0.0
    open_end = bool(boxes) and _open_end(lines, body, bottom, _separator(across, x0, x1, bottom))
    # a header over one row at the page's foot: a table the page break cuts after its first row
    least = 1 if open_end and head and len(xs) > _CUT_COLUMNS else _MIN_ROWS
    if not boxes or len(boxes) - bool(head) < least:
        return None
    rows = _cells(boxes, xs, read)
    if not _filled(rows):
        return None
    # layout50: whether the rules hold a table is told by its printed lines, as before; its rows
    # are then read with a first cell's wrapped lines joined (openkamer's one row under a header)
    wraps = wrapped_lines(body, xs, read)
    if wraps:
        boxes = rows_of(head, body, xs, rules, wraps) or boxes
        rows = _cells(boxes, xs, read)
    top = rules[0][0] if head or len(rules) >= 2 else boxes[0][3]
    return (x0, bottom, x1, top), rows, tuple(xs), open_end


def _cells(boxes: list[Box], xs: list[float], read: Callable[[Box], str]) -> list[list[str]]:
    """Each row's cells as read between the column edges."""
    return [
        [read((a, low - 0.5, b, top + 0.5)) for a, b in itertools.pairwise(xs)]
        for _, low, _, top in boxes
    ]


def _open_end(
    lines: list[TextLine], body: list[TextLine], bottom: float, separator: float | None = None
) -> bool:
    """The table may go on atop the next page: no line in its type stands close under it
    between its ends (`_AFTER` line heights: a paragraph after the table; a page's footer
    stands farther down, a note is set smaller), above a footnote's `separator` (a footnote
    under it stands at the page's foot, the body's end: LibreOffice's cut row over its note)."""
    size = statistics.median(b[3] - b[1] for _, _, line, _ in body for b in line)
    floor = bottom - _AFTER * size if separator is None else max(separator, bottom - _AFTER * size)
    return not any(
        floor < ln[0] < bottom and statistics.median(b[3] - b[1] for b in ln[2]) >= _SMALLER * size
        for ln in lines
    )


def _separator(rules: Sequence[Rule], x0: float, x1: float, bottom: float) -> float | None:
    """The height of a footnote's separator close under a table: the highest rule across under
    it, shorter than the table (no rule of its own or of a table after it), starting at its
    left end (a note's rule stands at the text's left)."""
    under = [
        y
        for y, a, b in rules
        if y < bottom and abs(a - x0) <= _NEAR and b - a <= _NOTE_RULE * (x1 - x0)
    ]
    return max(under, default=None)


_NOTE_RULE = 0.6  # of a table's width: a note's separator is shorter (Word: 2 in, LibreOffice: 1/4)
_AFTER = 4.0  # glyph heights (some 2 lines): a line this close under a table follows it
_SMALLER = 0.9  # of a table's glyph height: a line under it in smaller type ends no table
