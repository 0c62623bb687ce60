"""A drawing's text: the labels of a decision tree, a flow diagram, a worked example's sketch.

The text layer does not say which words a drawing holds; the page's vector paths do. A drawing
is boxes that hold text (a shape a few words stand inside, narrower than the page's text), two
or more, among paths that hold none (arrows, connectors, the lines of a sketch), none of them a
table's ruling or a frame round the page. Its words are the document's own text, read as a
person reads a figure: box by box, row by row from the top, left to right within a row, each
box (and each free label between them: 'Ja', 'Nee' on an arrow) its own block in the body, at
the drawing's place among the body's lines. Without this, the columns step files a drawing's
right-hand boxes as a side column, and joins a box's line to the label on the arrow beside it
('STAP 2 Nee').

A slide (a page much wider than high) is all body already and is left alone, as is an OCR'd
page (its drawing is pixels).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise

from services.segment.layout.columns import BODY
from services.segment.layout.paragraphs import BAND, CHART, FIGURE
from services.segment.layout.words import PageRuns, Run

Box = tuple[float, float, float, float]  # x0, y0 (bottom), x1, y1 (top)

_SIDE_MIN = 8.0  # points: a box holding a label is at least this wide and high
_REACH = 6.0  # points: a connector touches what it connects within this
_CONNECT = 30.0  # points: an arrow stops this short of the boxes it connects, at most
_PAD = 2.0  # points: a drawing's box stands this far at least above and under its text
_ABUT = 3.0  # points: boxes whose edges stand this close are a table's cells
_SLACK = 2.0  # points: a glyph box may stand this far out of the shape it is set in
_BOX_SHARE = 0.6  # a drawing's box is narrower than this share of the page's text width
_LABEL_GAP = 1.5  # sizes: the words of one free label stand this close


def _inside(run: Run, box: Box) -> bool:
    return (
        run.x0 >= box[0] - _SLACK
        and run.x1 <= box[2] + _SLACK
        and run.y0 >= box[1] - _SLACK
        and run.y1 <= box[3] + _SLACK
    )


def _holds(outer: Box, inner: Box) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[2] <= outer[2] + 1
        and inner[3] <= outer[3] + 1
    )


def _same(a: Box, b: Box) -> bool:
    return all(abs(p - q) <= _SLACK for p, q in zip(a, b, strict=True))


def _padded(box: Box, text: Box) -> bool:
    """Whether a shape stands round its text with room above and under it, as a drawing's box
    does; a line's or a cell's shading is as high as its text."""
    return box[3] - text[3] >= _PAD and text[1] - box[1] >= _PAD


def _abut(a: Box, b: Box) -> bool:
    """Whether two boxes share an edge, within a few points: side by side on a row or one on
    the other in a column, overlapping along it."""
    across = min(a[3], b[3]) - max(a[1], b[1]) > 0 and (
        abs(a[2] - b[0]) <= _ABUT or abs(b[2] - a[0]) <= _ABUT
    )
    down = min(a[2], b[2]) - max(a[0], b[0]) > 0 and (
        abs(a[1] - b[3]) <= _ABUT or abs(b[1] - a[3]) <= _ABUT
    )
    return across or down


def _between(link: Box, a: Box, b: Box) -> bool:
    """Whether a drawn part connects two boxes: it reaches both, stands out of both, and its
    middle lies within the two boxes' bounds (an arrow from one to the other), its own bounds
    too (no rule running on along a table's row)."""
    if not (_meets(link, a, _CONNECT) and _meets(link, b, _CONNECT)):
        return False
    cx, cy = (link[0] + link[2]) / 2, (link[1] + link[3]) / 2
    if any(box[0] < cx < box[2] and box[1] < cy < box[3] for box in (a, b)):
        return False
    both = _union([a, b])
    return _holds((both[0] - _REACH, both[1] - _REACH, both[2] + _REACH, both[3] + _REACH), link)


def _meets(a: Box, b: Box, reach: float) -> bool:
    return (
        a[0] - reach <= b[2]
        and b[0] - reach <= a[2]
        and a[1] - reach <= b[3]
        and b[1] - reach <= a[3]
    )


def _middle_in(run: Run, box: Box) -> bool:
    cx, cy = (run.x0 + run.x1) / 2, (run.y0 + run.y1) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _middle_y(run: Run) -> float:
    return (run.y0 + run.y1) / 2


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _run_box(runs: Sequence[Run]) -> Box:
    return (
        min(r.x0 for r in runs),
        min(r.y0 for r in runs),
        max(r.x1 for r in runs),
        max(r.y1 for r in runs),
    )


def figure_zones(
    page: PageRuns, zones: dict[str, list[Run]], tables: Sequence[Box]
) -> dict[str, list[Run]] | None:
    """The page's zones with its drawing's text read as a figure (`FIGURE` zones, one a box, a
    free label or a table among its parts, in reading order between what the page's columns
    read above it or beside it and what they read under it), or None when the page draws no
    drawing. `tables`: the page's drawn tables, no part of a drawing but as a whole."""
    if not page.drawn or page.ocr or page.width > 1.2 * page.height:  # a slide is all figure
        return None
    runs = [r for z in zones.values() for r in z if r.text.strip()]
    if not runs:
        return None
    text_width = max(r.x1 for r in runs) - min(r.x0 for r in runs)
    parts = [b for b in page.drawn if not any(_holds(t, b) for t in tables)]
    # the boxes: shapes holding text, narrower than the text, the innermost where they nest
    sized = [
        b
        for b in parts
        if _SIDE_MIN <= b[2] - b[0] < _BOX_SHARE * text_width and b[3] - b[1] >= _SIDE_MIN
    ]
    if len(sized) < 2 or len(parts) < 3:  # two boxes and a connector at least
        return None
    tabled = [r for r in runs if any(_middle_in(r, t) for t in tables)]
    loose = [r for r in runs if not any(_middle_in(r, t) for t in tables)]
    # the runs by their middles' height, so a shape asks only those at its height
    by_height = sorted(loose, key=_middle_y)
    heights = [_middle_y(r) for r in by_height]
    holding: dict[Box, list[Run]] = {}
    for b in sized:
        if b in holding:
            continue
        near = by_height[bisect_left(heights, b[1]) : bisect_right(heights, b[3])]
        held = [r for r in near if _middle_in(r, b)]
        if held and all(_inside(r, b) for r in held) and _padded(b, _run_box(held)):
            holding[b] = held
    # one shape drawn twice (its fill and its outline, a point apart) is one box; a shape
    # round another that holds text is the drawing's outline, not its box
    shapes: list[Box] = []
    for b in holding:
        if not any(_same(b, o) for o in shapes):
            shapes.append(b)
    boxes = [b for b in shapes if not any(o != b and _holds(b, o) for o in shapes)]
    # a box that abuts another, or a drawn table, is a table's cell (a shaded header row, a
    # legend's swatches, a cell spanning rows that the table's reading left out)
    boxes = [
        b
        for b in boxes
        if not any(o != b and _abut(b, o) for o in boxes) and not any(_abut(b, t) for t in tables)
    ]
    if len(boxes) < 2:
        return None
    # each run to the smallest box round it
    owner: dict[int, Box] = {}
    for b in sorted(boxes, key=lambda b: -(b[2] - b[0]) * (b[3] - b[1])):
        for r in holding[b]:
            owner[id(r)] = b
    owned = [r for r in loose if id(r) in owner]
    region = _union(boxes)
    # the connectors: parts holding no box's text that touch the boxes' region, none round
    # it (a frame round a box's text, drawn apart from its shading, is no connector; a label
    # may stand within a slanting arrow's bounds)
    links = [
        b
        for b in parts
        if b not in holding
        and _meets(b, region, _REACH)
        and not _holds(b, region)
        and not any(_middle_in(r, b) for r in owned)
    ]
    # a drawing connects its boxes: an arrow or a line between two of them (not a comment's
    # balloon tied to the text, not a row of buttons)
    if not any(_between(link, a, c) for link in links for a in boxes for c in boxes if a < c):
        return None
    region = _union([region, *links])
    # a free label stands by a part of the drawing that is no box (the arrow it labels, the
    # line of a sketch), not merely in its bounds (the page's number under a box at the left,
    # right of it) nor over a box (the page's heading)
    # a caption among them ('Figuur 5.14: ...') is no label: read before the figure when it
    # stands over its middle, after it when under
    captions = _captions(loose, owner, region)
    figure = [
        r
        for r in loose
        if id(r) in owner or (_middle_in(r, region) and _by(r, links) and id(r) not in captions)
    ]
    free = [r for r in figure if id(r) not in owner]
    boxed = sum(len(r.text) for r in figure if id(r) in owner)
    if sum(len(r.text) for r in free) > boxed:  # prose among the boxes: no drawing of labels
        return None
    labels = _labels(free)
    if len(labels) > len(boxes):  # more loose texts than boxes: a table's rows, a legend
        return None
    # the items, each with where it stands: a box's shape, a label's or a table's own bounds
    items: list[tuple[Box, list[Run]]] = [
        (b, [r for r in figure if owner.get(id(r)) == b]) for b in boxes
    ]
    items += [(_run_box(label), label) for label in labels]
    # a table among the drawing's parts is one of its items, read whole
    items += [
        (t, [r for r in tabled if _middle_in(r, t)]) for t in tables if _meets(t, region, 0.0)
    ]
    items = [(b, i) for b, i in items if i]
    middle = (region[1] + region[3]) / 2
    after = {id(r) for r in loose if id(r) in captions and _middle_y(r) < middle}
    return _banded(zones, [(region, _rows(items))], tables, tabled, after)


def _banded(
    zones: dict[str, list[Run]],
    figures: list[tuple[Box, list[list[Run]]]],
    tables: Sequence[Box],
    tabled: list[Run],
    after: set[int],
    mark: str = FIGURE,
) -> dict[str, list[Run]]:
    """The page's zones rebuilt in bands: for each figure from the top (its region and its
    items in reading order), what the columns step read above its region first (its columns
    kept) and a column wholly left of it, then one band an item of it, then what stands under
    it and a column wholly right of it; the runs of `after` (a caption under a figure) after
    the figure whose region holds them."""
    figures = sorted(figures, key=lambda f: -f[0][3])
    # a table elsewhere stays whole, above the figure or under it by its middle
    middles = {id(r): (t[1] + t[3]) / 2 for t in tables for r in tabled if _middle_in(r, t)}
    taken = {id(r) for _, order in figures for item in order for r in item}
    # the rest by column and band as the columns step read them: what stands above a figure
    # or beside it first, then the figure, then what stands under it
    bands: dict[tuple[int, int], dict[str, list[Run]]] = {}
    for zone, zone_runs in zones.items():
        column, _, band = zone.partition(BAND)
        at = int(band) if band.isdigit() else 0
        body = column.startswith(BODY)
        # a column left of a figure is read before it, one right of it after it (nearly all
        # its runs so: a running head over the spread may stand in it)
        rest = [r for r in zone_runs if id(r) not in taken]
        beside = [_beside(rest, region) for region, _ in figures]
        for r in rest:
            middle = middles.get(id(r), (r.y0 + r.y1) / 2)
            under = 0
            for (region, _), side in zip(figures, beside, strict=True):
                if side < 0:
                    continue
                if side > 0 or middle < region[1] or (id(r) in after and _middle_in(r, region)):
                    under += 1
            key = (2 * under if body else 0, at if body else 0)
            name = column if body else zone
            bands.setdefault(key, {}).setdefault(name, []).append(r)
    for f, (_, order) in enumerate(figures):
        for k, item in enumerate(order):
            bands[(2 * f + 1, k)] = {f"{BODY}#": item}
    out: dict[str, list[Run]] = {}
    for n, key in enumerate(sorted(bands)):
        for name, zone_runs in bands[key].items():
            if name == f"{BODY}#":
                out[f"{BODY}{BAND}{n}{mark}"] = zone_runs
            elif not name.startswith(BODY) or n == 0:
                out.setdefault(name, []).extend(zone_runs)
            else:
                out[f"{name}{BAND}{n}"] = zone_runs
    return out


_BESIDE = 0.8  # of a column's runs stand left (or right) of a figure: the column stands so


def _beside(runs: list[Run], region: Box) -> int:
    """-1: the runs stand left of the region (nearly all of them), 1: right of it, 0: neither."""
    if not runs:
        return 0
    if sum(1 for r in runs if r.x1 <= region[0] + _SLACK) >= _BESIDE * len(runs):
        return -1
    if sum(1 for r in runs if r.x0 >= region[2] - _SLACK) >= _BESIDE * len(runs):
        return 1
    return 0


# A figure's caption: 'Figuur 5.14: Belang en ...', 'Afbeelding 3 De ...', 'Tabel 2 -' (the
# number, then a stop, a colon, a dash or the caption's words)
_CAPTION = re.compile(
    r"^(?:Figuur|Fig\.|Afbeelding|Grafiek|Kaart|Schema|Diagram|Tabel|Figure|Table|Map)"
    r"\s*[A-Z]?\d+(?:[.-]\d+)*\s*(?:[:.–-]|\s\S|$)",
    re.I,
)


def _caption(run: Run) -> bool:
    return _CAPTION.match(run.text.strip()) is not None


def _captions(loose: list[Run], owner: dict[int, Box], region: Box) -> set[int]:
    """The runs of a caption ('Figuur 5.14: ...') that stands in the drawing's region, with the
    lines set close under it: no item of the figure."""
    free = [r for r in loose if id(r) not in owner and _middle_in(r, region)]
    out: set[int] = set()
    for group in _labels(free):
        head = min(group, key=lambda r: (-r.y1, r.x0))
        if _caption(head):
            out.update(id(r) for r in group)
    return out


def _labels(runs: list[Run]) -> list[list[Run]]:
    """Free runs among the boxes grouped into labels: runs that stand close, on a line or on
    the lines under one another."""
    groups: list[list[Run]] = []
    for r in sorted(runs, key=lambda r: (-r.y1, r.x0)):
        for g in groups:
            if any(_near(r, o) for o in g):
                g.append(r)
                break
        else:
            groups.append([r])
    return groups


def _by(run: Run, parts: list[Box]) -> bool:
    reach = _LABEL_GAP * max(run.size, 1.0)
    return any(_meets((run.x0, run.y0, run.x1, run.y1), b, reach) for b in parts)


def _near(a: Run, b: Run) -> bool:
    reach = _LABEL_GAP * max(a.size, b.size, 1.0)
    return _meets((a.x0, a.y0, a.x1, a.y1), (b.x0, b.y0, b.x1, b.y1), reach)


def _rows(items: list[tuple[Box, list[Run]]]) -> list[list[Run]]:
    """Items row by row from the top (a row: what starts above the middle of its top item),
    left to right within a row."""
    rest = sorted(items, key=lambda bi: -bi[0][3])
    out: list[list[Run]] = []
    while rest:
        top = rest[0][0]
        middle = (top[1] + top[3]) / 2
        row = [bi for bi in rest if bi[0][3] >= middle]
        rest = [bi for bi in rest if bi[0][3] < middle]
        out += [i for _, i in sorted(row, key=lambda bi: bi[0][0])]
    return out


_TOUCH = 2.0  # points: a chart's or a map's parts touch within this (a bar on its axis)
_CHART_PARTS = 4  # a chart's parts at least: axes, bars or a line, a grid; a map's areas
_CHART_SIDE = 50.0  # points: a chart's or a map's parts span this at least, each way
_CHART_WIDTH = 0.3  # of the page's text width, at least
_RULE = 2.5  # points: a part this high at most is a rule (under a table's row, or a head)
_DENSE = 0.25  # of a chart's bounds its labels cover at most: more is a table's or a form's
_LABEL_SIZE = 16.0  # points: a chart's labels are set no larger, mostly (a cover's title is)
_STACK = 4  # lines of words set under one another at one edge: a paragraph's, in a frame
_TABLE_ROWS = 3  # rows of three labels or more on one line: a table's (a chart has one, two)
_WIDE = 150.0  # points: as wide as this is wide enough (a chart in a spread's column)
_LABEL_WORDS = 6  # a chart's label has at most this many words ('Aanvragen per regio')
_LABEL_REACH = 2.0  # sizes (the page's type at least): a label stands this close to the parts
_LABELS = 5  # a chart's labels at least (its values and its categories)
_AXIS = 3  # numbers an axis has at least
_NUMBER = re.compile(r"^[-+–(€$]?\s?\d[\d.,]*\s?[%)]?$")
_SEED = 30.0  # points: touching parts span this each way at least (no rule, no row of rules)
_MEDIAN_WORDS = 3  # words: a chart's labels are mostly of this many at most


def chart_zones(
    page: PageRuns, zones: dict[str, list[Run]], tables: Sequence[Box]
) -> dict[str, list[Run]] | None:
    """The page's zones with each chart's labels read as one figure block, or None when the page
    draws none.

    A chart is drawn parts that touch (axes, bars, grid lines, a series' line), spanning 30
    points each way (no rule, no row of a table's rules), and the short texts round them (an
    axis's values and categories, a legend, a title): each label stands within two sizes of a
    part or of another label and has six words at most (with the runs beside it on its line: a
    slide sets a line's words as runs of a word or two); a part within two sizes of a label or a
    part belongs to it too (a legend's swatch, the lines under a unit's name). Four parts or
    more, five labels or more, most of three words at most, among them an axis: three numbers or
    more on a line or at an edge that step evenly in value and in place (a chart's values up its
    axis, a row of years under its bars); a good part of the text's width (or 150 points) wide
    and 50 points high at least. No chart: a text of more words inside its bounds (prose: a
    shaded frame round a paragraph), labels half of which stand between a rule close over and
    one close under them (a table ruled between its rows), labels three on a line on three lines
    or more (a table's rows: a chart has a row of categories, a map a row or two of places),
    labels covering a quarter of its bounds (a table's cells, a form's fields). A caption
    ('Figuur 3: ...') is no label, nor is a section's numbered head, a line of words that ends a
    sentence or a field's name ('Definitie:'), or a paragraph's last line (right under a line of
    prose, at its edge). Nor: labels set mostly larger than 16 points (a cover's title lines
    round its artwork), or four lines of two words or more set under one another at one edge (a
    paragraph in a narrow frame). A slide or a spread of two pages may hold a chart too (an
    annual report's 'Kerncijfers').

    Its labels are the document's words read in the body, one block at the chart's place, top to
    bottom and left to right, between what the page's columns read above it (or left of it) and
    under it (or right of it)."""
    if not page.drawn or page.ocr:
        return None
    runs = [r for z in zones.values() for r in z if r.text.strip()]
    if not runs:
        return None
    text_width = max(r.x1 for r in runs) - min(r.x0 for r in runs)
    parts = [b for b in page.drawn if not any(_meets(t, b, 0.0) for t in tables)]
    if len(parts) < _CHART_PARTS:
        return None
    size = sorted(r.size for r in runs)[len(runs) // 2]  # the page's type
    long = _in_long_phrases(runs)  # a line's words set as runs of a word or two (a slide's)
    prose = [r for r in runs if id(r) in long or not _short(r)]
    short = [
        r
        for r in runs
        if id(r) not in long and _short(r) and not _text_line(r) and not _under_prose(r, prose)
    ]
    short.sort(key=lambda r: r.y0)
    found: list[tuple[Box, list[Run]]] = []
    used: set[Box] = set()
    taken: set[int] = set()
    for group in _touching(parts):
        if len(group) < 2 or any(b in used for b in group):
            continue
        seed = _union(group)
        if seed[2] - seed[0] < _SEED or seed[3] - seed[1] < _SEED:  # a rule, a row's rules
            continue
        grown = _chart(short, prose, group, parts, _LABEL_REACH * size)
        if grown is None:
            continue
        labels, drawn = grown
        used.update(drawn)  # asked once: another group of them grows the same
        if not labels:
            continue
        region = _union([*drawn, _run_box(labels)])
        if (
            len(drawn) < _CHART_PARTS
            or len(labels) < _LABELS
            or sorted(len(r.text.split()) for r in labels)[len(labels) // 2] > _MEDIAN_WORDS
            or not _axis(labels)
            or region[2] - region[0] < max(_CHART_SIDE, min(_CHART_WIDTH * text_width, _WIDE))
            or region[3] - region[1] < _CHART_SIDE
            or any(_middle_in(r, region) for r in prose)  # prose among it
            or 2 * _between_rules(labels, drawn, size) >= len(labels)  # a table's rows
            or _covered(labels, region) > _DENSE
            or _rows_of_cells(labels) >= _TABLE_ROWS
            or sorted(r.size for r in labels)[len(labels) // 2] > _LABEL_SIZE  # a cover's title
            or _stacked(labels) >= _STACK
            or any(id(r) in taken for r in labels)
        ):
            continue
        taken.update(id(r) for r in labels)
        found.append((region, labels))
    if not found:
        return None
    figures = [(region, [sorted(labels, key=lambda r: (-r.y1, r.x0))]) for region, labels in found]
    return _banded(zones, figures, tables, [], set(), CHART)


def _touching(parts: list[Box]) -> list[list[Box]]:
    """The parts in groups that touch, one another or through others."""
    parts = sorted(parts)
    up = list(range(len(parts)))
    for i, a in enumerate(parts):
        for j in range(i + 1, len(parts)):
            b = parts[j]
            if b[0] > a[2] + _TOUCH:
                break
            if _meets(a, b, _TOUCH):
                up[_root(up, j)] = _root(up, i)
    groups: dict[int, list[Box]] = {}
    for i, b in enumerate(parts):
        groups.setdefault(_root(up, i), []).append(b)
    return list(groups.values())


def _between_rules(runs: list[Run], parts: list[Box], size: float) -> int:
    """How many runs stand between two rules across them, one close over and one close under
    (a table's cell between the rules of its row; a chart's category has its axis over it)."""
    rules = [b for b in parts if b[3] - b[1] <= _RULE]
    reach = _LABEL_REACH * size
    count = 0
    for r in runs:
        across = [b for b in rules if b[0] <= r.x0 + _SLACK and b[2] >= r.x1 - _SLACK]
        over = any(0 <= b[1] - r.y1 <= reach for b in across)
        under = any(0 <= r.y0 - b[3] <= reach for b in across)
        count += over and under
    return count


def _stacked(runs: list[Run]) -> int:
    """The most lines of two words or more set under one another at one left edge, a line
    apart (a paragraph in a narrow frame; a legend's classes or an axis's values are fewer or
    single words)."""
    wordy = sorted((r for r in runs if len(r.text.split()) >= 2), key=lambda r: -r.y1)
    best = 0
    for k, top in enumerate(wordy):
        count, last = 1, top
        for r in wordy[k + 1 :]:
            if abs(r.x0 - last.x0) <= _SLACK and 0 < last.y0 - r.y0 <= 1.6 * max(last.size, 1.0):
                count, last = count + 1, r
        best = max(best, count)
    return best


def _rows_of_cells(runs: list[Run]) -> int:
    """How many lines hold three runs or more apart (a table's rows; a chart's categories or
    a map's row of places hold one or two such lines)."""
    lines: list[tuple[float, int]] = []  # a line's baseline, its runs
    for r in sorted(runs, key=_middle_y):
        if lines and abs(_middle_y(r) - lines[-1][0]) <= 0.3 * max(r.size, 1.0):
            lines[-1] = (lines[-1][0], lines[-1][1] + 1)
        else:
            lines.append((_middle_y(r), 1))
    return sum(1 for _, n in lines if n >= 3)


def _covered(runs: list[Run], region: Box) -> float:
    """The share of the region that the runs' boxes cover (counted apart: they do not overlap)."""
    area = max((region[2] - region[0]) * (region[3] - region[1]), 1.0)
    return sum((r.x1 - r.x0) * (r.y1 - r.y0) for r in runs) / area


def _root(up: list[int], i: int) -> int:
    while up[i] != i:
        up[i] = up[up[i]]
        i = up[i]
    return i


def _in_long_phrases(runs: list[Run]) -> set[int]:
    """The runs of a phrase of more than a label's words: runs on one line a word space apart
    at most, joined (a slide sets a line's words as runs of a word or two)."""
    out: set[int] = set()
    ordered = sorted(runs, key=lambda r: (round(r.base or r.y0), r.x0))
    phrase: list[Run] = []
    for r in [*ordered, None]:
        last = phrase[-1] if phrase else None
        if (
            r is not None
            and last is not None
            and abs((r.base or r.y0) - (last.base or last.y0)) <= 0.3 * max(r.size, 1.0)
            and -_SLACK <= r.x0 - last.x1 <= 0.6 * max(r.size, last.size, 1.0)
        ):
            phrase.append(r)
            continue
        if len(phrase) > 1 and sum(len(p.text.split()) for p in phrase) > _LABEL_WORDS:
            out.update(id(p) for p in phrase)
        phrase = [r] if r is not None else []
    return out


# a section's numbered head ('6.4.1 Regel'), a line that ends a sentence or opens a field
# ('... onderdelen weergegeven.', 'Definitie:'): the text's, no chart's label
_HEAD = re.compile(r"^\d+(?:\.\d+)+\.?\s+\S")
_ENDS = re.compile(r"\S\s+\S.*[.:;]$|^\S+:$")


def _value(text: str) -> float | None:
    """A label's number ('500', '2.743', '24,1%', '€ 80.000'), or None."""
    text = text.strip()
    if not _NUMBER.match(text):
        return None
    digits = text.strip("-+–(€$%) ").replace(" ", "")
    if "," in digits:  # Dutch: a comma decimal, stops between thousands
        digits = digits.replace(".", "").replace(",", ".")
    elif digits.count(".") == 1 and len(digits.split(".")[1]) == 3:
        digits = digits.replace(".", "")  # '2.743': thousands
    try:
        return float(digits)
    except ValueError:
        return None


def _axis(labels: list[Run]) -> bool:
    """Whether the labels hold an axis: three numbers or more on one line (a row of years) or
    at one edge (values up an axis, set flush right or left) whose values step evenly and
    stand evenly apart, the values in the order they stand (0, 100, 200 upwards; 2014, 2015,
    2016 rightwards). A table's column of amounts steps unevenly; a head's number is no
    number here ('6.1.5')."""
    numbers = [(r, v) for r in labels if (v := _value(r.text)) is not None]
    if len(numbers) < _AXIS:
        return False
    groups: list[list[tuple[float, float]]] = []
    for a, _ in numbers:  # the numbers on a's line, at its right edge, at its left edge
        groups.append([(r.x0, v) for r, v in numbers if abs(_middle_y(r) - _middle_y(a)) <= 2])
        groups.append([(_middle_y(r), v) for r, v in numbers if abs(r.x1 - a.x1) <= _SLACK])
        groups.append([(_middle_y(r), v) for r, v in numbers if abs(r.x0 - a.x0) <= _SLACK])
    return any(len(g) >= _AXIS and _even(sorted(g)) for g in groups)


def _even(points: list[tuple[float, float]]) -> bool:
    """Positions and values that both step evenly (within 15 %), the values not all equal."""
    steps = [(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(points)]
    place, value = steps[0]
    if place <= 0 or value == 0:
        return False
    return all(
        abs(p - place) <= 0.15 * place and abs(v - value) <= 0.15 * abs(value) for p, v in steps
    )


def _text_line(run: Run) -> bool:
    text = run.text.strip()
    return _HEAD.match(text) is not None or _ENDS.search(text) is not None


def _under_prose(run: Run, prose: list[Run]) -> bool:
    """Whether a run is a paragraph's last line: right under a line of prose, at its edge."""
    return any(
        abs(o.x0 - run.x0) <= _SLACK and 0 < o.y0 - run.y1 <= 0.8 * max(run.size, 1.0)
        for o in prose
    )


def _short(run: Run) -> bool:
    return len(run.text.split()) <= _LABEL_WORDS and not _caption(run)


def _chart(
    labels_by_y: list[Run], prose: list[Run], group: list[Box], parts: list[Box], reach: float
) -> tuple[list[Run], list[Box]] | None:
    """A chart's labels and parts grown from a group of touching parts: the short texts
    (`labels_by_y`: the page's, by their bottoms) within `reach` of a part or a label, the parts
    within it of either (a legend's swatch, an organogram's next lines); None when prose
    stands among the group's parts."""
    seed = _union(group)
    if any(_middle_in(r, seed) for r in prose):  # a frame round prose
        return None
    bottoms = [r.y0 for r in labels_by_y]
    tall = max((r.y1 - r.y0 for r in labels_by_y), default=0.0)
    labels: list[Run] = []
    drawn = list(group)
    have = set(group)
    rest = [b for b in parts if b not in have]
    taken: set[int] = set()
    todo: list[Box] = list(group)
    while todo:
        at = todo.pop()
        low = bisect_left(bottoms, at[1] - reach - tall)
        high = bisect_right(bottoms, at[3] + reach)
        for r in labels_by_y[low:high]:
            box = (r.x0, r.y0, r.x1, r.y1)
            if id(r) not in taken and _meets(box, at, reach):
                taken.add(id(r))
                if not _on_prose(r, prose):  # a paragraph's line in pieces is no label
                    labels.append(r)
                    todo.append(box)
        near = [b for b in rest if _meets(b, at, reach)]
        if near:
            rest = [b for b in rest if not _meets(b, at, reach)]
            drawn += near
            todo += near
    return labels, drawn


def _on_prose(run: Run, prose: list[Run]) -> bool:
    """Whether a run stands on a line with a run of prose (a paragraph's line in pieces)."""
    return any(min(o.y1, run.y1) - max(o.y0, run.y0) > 0.5 * (run.y1 - run.y0) for o in prose)
