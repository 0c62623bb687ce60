"""The columns of a page, found from where its text is, not from how the producer chunked it.

The strips between the page's gutters (`gutters.py`) are read for what they are:

- a label column ("1.", "Besluit:", "Zaak:") stands left of the text and each label sits on a
  row of that text: the label joins its row;
- a second text column (a two-column report) is wide and reads like text: read after the first;
- a side column (a ministry letter's directorate, datum, kenmerken) is narrow, beside the body,
  not on the body's rows, and has evidence: smaller type, or lines that repeat on other pages or
  have a letterhead's or furniture's shape;
- cells of a table sit on the body's rows: they join their rows (lines with cells make tables).

When unsure, a strip is body: losing a sentence is worse than keeping an address line.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from services.segment.layout import furniture
from services.segment.layout.gutters import (
    Piece,
    Strip,
    extent,
    gutter_cuts,
    near,
    pieces_of,
    size_median,
    strips_at,
    strips_of,
)
from services.segment.layout.letterhead import letterhead_line
from services.segment.layout.paragraphs import BAND
from services.segment.layout.words import PageRuns, Run

BODY, SIDE, MARGIN = "body", "side", "margin"
# quotes45: a pull-quote beside the text (left or right): neither letterhead nor side column, read
# after the paragraph it stands beside (`aside.pull_quotes`, `placing.body_placed`)
QUOTE = "quote"
# A label: a few words ending in a colon, a number or enumerator, a short name with a number.
_THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}", re.DOTALL)  # stops at the third
_AMOUNT = re.compile(r"\d")
_LABEL = re.compile(r"^(?:\S+(?: \S+){0,3}:|[\w.() -]{0,16}\d[\w.() -]{0,16}|[IVX]+\.?|\w\.?)$")


# A margin is narrow: a strip left of the body whose lines reach this share of the body's width
# (in the body's type) is text.
_WIDE_LEFT = 0.75
# A word, as a pull-quote and the text it repeats are compared: letters only, so a quote's
# punctuation, figures and quotation marks count for nothing.
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class PageColumns:
    zones: dict[str, list[Run]]
    warnings: list[str] = field(default_factory=list)


def page_pieces(page: PageRuns) -> list[Piece]:
    return pieces_of(page.runs)


def repeated_texts(pieces_by_page: dict[int, list[Piece]]) -> set[str]:
    """Piece texts that stand on more than one page: a running side column's datum, kenmerk."""
    # Each text's first page, one look-up a piece: a text met on another page repeats. A Counter
    # of each page's set of texts cost twice as much (its update is interpreted Python).
    first: dict[str, int] = {}
    repeated: set[str] = set()
    for number, pieces in pieces_by_page.items():
        for piece in pieces:
            key = _key(piece.text)
            if first.setdefault(key, number) != number:
                repeated.add(key)
    repeated.discard("")
    return repeated


def page_columns(page: PageRuns, pieces: list[Piece], repeated: set[str]) -> PageColumns:
    """The page's runs by zone: body (body, body2, ... in reading order), side, margin."""
    strips, running = _more_columns(strips_of(pieces, page.width), pieces, page.width)
    if len(strips) <= 1:
        over = _columns_over_block(pieces, page.width)
        if over is not None:
            upper, under = over
            found = _zones(page, strips_of(upper, page.width), repeated, None)
            for piece in under:
                piece.crosses = False
            # the block under the columns is read after both (and after any lines across them
            # that `_bands` read in bands of their own), as a band of its own
            bands = [int(z.partition(BAND)[2] or 0) for z in found.zones if BAND in z]
            band = f"{BODY}{BAND}{max(bands, default=0) + 1}"
            found.zones.setdefault(band, []).extend(r for piece in under for r in piece.runs)
            said = f"page {page.number}: two text columns over a block across the page"
            found.warnings.append(said)
            return found
        quoted = _quotes_over_notes(page, pieces, repeated)
        if quoted is not None:
            return quoted
        abutting = _abutting_side(page, pieces)
        if abutting is not None:
            side, rest = abutting
            said = f"page {page.number}: a side column with no gutter before it, found by its type"
            return PageColumns({BODY: rest, SIDE: side}, [said])
        return PageColumns({BODY: list(page.runs)})
    return _zones(page, strips, repeated, running)


def _zones(
    page: PageRuns, strips: list[Strip], repeated: set[str], running: set[int] | None
) -> PageColumns:
    """The runs of the page's strips by zone, the strips read for what they are."""
    warnings = _classify(strips, page.number, repeated, running)
    placed: list[tuple[str, Piece | None, list[Run]]] = []  # (zone, the piece if whole, runs)
    for strip in strips:
        for piece in strip.pieces:
            parts = _across_columns(piece, strips) if piece.crosses and not piece.zone else None
            if parts:
                placed += [(zone, None, runs) for zone, runs in parts]
                continue
            zone = piece.zone or (_crossing_zone(piece, strips) if piece.crosses else strip.zone)
            placed.append((zone, piece, piece.runs))
    names = _bands(placed, strips)
    if names:
        warnings.append(f"page {page.number}: lines across the columns part them in bands")
    zones: dict[str, list[Run]] = {}
    for k, (zone, _, runs) in enumerate(placed):
        zones.setdefault(names[k] or zone if names else zone, []).extend(runs)
    return PageColumns(zones, warnings)


def _more_columns(
    strips: list[Strip], pieces: list[Piece], width: float
) -> tuple[list[Strip], set[int] | None]:
    """A gutter that the lines over the columns hide: a page of two or three columns under a
    header band, a title of two lines and a running header has more lines over a gutter than a
    gutter allows. Looked for again without the lines over most of the text's width, allowing
    one line in ten over it, a gutter is kept where the strips on both sides of it are running
    text (`_running`); the page is cut at every gutter found. With the strips, the running
    columns among them where it found out (`_running_columns`: `_classify` asks it next)."""
    if len(pieces) < 4:
        return strips, None
    left, right = extent(pieces)
    narrow = [p for p in pieces if p.x1 - p.x0 < 0.6 * (right - left)]
    lo, hi = int(min(left, 0)), int(max(right, width)) + 2
    cuts = [s.x1 for s in strips[:-1]]
    em = size_median(narrow) if narrow else 10.0
    new = [
        c
        for c in gutter_cuts(narrow, lo, hi, max(1, len(narrow) // _HIDDEN), _BESIDE)
        if all(abs(c - k) > em for k in cuts)
    ]
    if not new:
        return strips, None
    crosses = [p.crosses for p in pieces]
    found = strips_at(pieces, sorted([*cuts, *new]), min(left, 0.0), max(right, width))
    running = _running_columns(found)
    ok = all(
        k in running and k + 1 in running
        for k, s in enumerate(found[:-1])
        if any(abs(s.x1 - c) < 0.5 for c in new)
    )
    if ok:
        return found, running
    for p, crossed in zip(pieces, crosses, strict=True):
        p.crosses = crossed
    return strips, None


_OVER_LINES = 12  # pieces the columns over a block across the page hold at least
_OVER_SHARE = 0.35  # of the text's width each of those columns takes at least


def _columns_over_block(
    pieces: list[Piece], width: float
) -> tuple[list[Piece], list[Piece]] | None:
    """Two columns of running text over a block across the page (an infographic, a table, a
    paragraph of the page's width): the gutter between the columns ends at the block, which
    crosses it, so the page as a whole has none and its rows were read across both columns.
    The columns are the lines above the lowest white band across the page under which the lines
    still part in two columns of text (`_two_text_columns`); with the lines under it."""
    if len(pieces) < 2 * _OVER_LINES:
        return None
    order = sorted(pieces, key=lambda p: -p.y1)
    # the white bands across the page: no line above reaches down to the next one's top
    splits: list[int] = []
    low = order[0].y0
    for k in range(1, len(order)):
        if k >= _OVER_LINES and low > order[k].y1:
            splits.append(k)
        low = min(low, order[k].y0)
    if not splits or not _halves(order[: max(splits[0], 2 * _OVER_LINES)]):
        return None  # most pages: lines across the middle of the text at the top
    if not _two_text_columns(order[: splits[0]], width):
        return None
    lo, hi = 0, len(splits) - 1  # the lowest band that still has them above it
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _two_text_columns(order[: splits[mid]], width):
            lo = mid
        else:
            hi = mid - 1
    # the columns end over the block's first line across the gutter: the lines that cross it
    # (a title, an intro over the page's width) are the block's
    cut = strips_of(order[: splits[lo]], width)[0].x1
    while lo > 0 and any(p.x0 < cut < p.x1 for p in order[splits[lo - 1] : splits[lo]]):
        lo -= 1
    k = splits[lo]
    if k == len(order) or not _two_text_columns(order[:k], width):
        return None
    return order[:k], order[k:]


_HALF = 0.55  # of the text's width: a column's part, its gutter's middle a little off centre


def _halves(pieces: list[Piece]) -> bool:
    """Whether six lines at least stand in the left part of the pieces' width and six in the
    right part (each part 0.55 of it): a quick look before the gutters are sought (a page of
    one column has no lines in its right part)."""
    left, right = extent(pieces)
    reach = _HALF * (right - left)
    before = after = 0
    for p in pieces:
        if p.x1 < left + reach:
            before += 1
        elif p.x0 > right - reach:
            after += 1
    return before >= _BESIDE and after >= _BESIDE


def _two_text_columns(pieces: list[Piece], width: float) -> bool:
    """Whether the pieces part in two strips, each of running text in six lines or more and a
    good share of their width."""
    strips = strips_of(pieces, width)
    if len(strips) != 2 or not all(s.text_like for s in strips):
        return False
    if any(len(s.pieces) < _BESIDE for s in strips):
        return False  # a table's row carried over from the page before, a few lines of cells
    left, right = extent(pieces)
    span = max(right - left, 1.0)
    return all(
        max(p.x1 for p in s.pieces) - min(p.x0 for p in s.pieces) >= _OVER_SHARE * span
        for s in strips
    )


_HIDDEN = 10  # one line in this many may stand over a hidden gutter (the lines over the columns)
_BESIDE = 6  # lines on both sides of a hidden gutter at the same height


def _bands(placed: list[tuple[str, Piece | None, list[Run]]], strips: list[Strip]) -> list[str]:
    """Lines across the text columns part them in bands, read one after the other.

    A text column is read whole after the one before it. When a line stands over all the text
    columns (a paragraph over the page's width, a heading that opens a section below two-column
    text, with a table's last column that is no column of the page) and a later column has
    text above that line, reading column by column would put that text after the line: the page
    is read in bands instead, top to bottom, each band's columns left to right and each line
    across between them. A title over both columns leaves the order as it was, and so the page
    keeps its zones; a line under both is read after the second column now, not between the two.

    Returns the zone of each placed piece ('' where it keeps its own) when the page is read in
    bands, else nothing."""
    order = {s.zone: int(s.zone[4:] or 1) for s in strips if s.zone.startswith(BODY)}
    columns = set(order.values())
    if len(columns) < 2:
        return []
    across: set[int] = set()  # the pieces over a gutter between two text columns
    tops: list[float] = []  # their middles
    for k, (zone, piece, _) in enumerate(placed):
        if piece is None or not piece.crosses or not zone.startswith(BODY):
            continue
        reached = {
            s.zone
            for s in strips
            if s.zone.startswith(BODY) and min(piece.x1, s.x1) - max(piece.x0, s.x0) > piece.size
        }
        # over every text column: over a spread's right page only it is that page's title, and
        # a caption under the left page's columns leaves the right page's alone
        if len(reached) >= 2 and {order[z] for z in reached} == columns:
            across.add(k)
    # a table set across the columns whose own column gap falls on the page's gutter: its rows
    # cross no gutter, but they are read as lines across are, one band
    table = _cells_across(placed, strips, order)
    across |= table
    if not across:
        return []
    # A line across with text beside it on its row (a spread's right page under a heading over
    # its two columns, the left page's pull quote level with it) parts nothing.
    rows = [
        (item[1].y0, item[1].y1)
        for k, item in enumerate(placed)
        if k not in across and item[1] is not None and item[0].startswith(BODY)
    ]
    later = [  # the text of columns after the first, not over a gutter
        piece.mid
        for k, (zone, piece, _) in enumerate(placed)
        if piece is not None and k not in across and order.get(zone, 1) > 1
    ]
    mids = sorted(  # the other lines, not across
        item[1].mid for k, item in enumerate(placed) if item[1] is not None and k not in across
    )
    for k in list(across):
        piece = placed[k][1]
        assert piece is not None
        if k in table:
            tops.append(piece.mid)
            continue
        if any(min(piece.y1, y1) - max(piece.y0, y0) > 0.5 * (y1 - y0) for y0, y1 in rows):
            across.discard(k)
            continue
        # A later column's text well above the line, with lines of the first column alone
        # between (the right half of a drawing over a legend) is no column the line ends.
        above = [mid for mid in later if mid > piece.y1]
        if above:
            between = bisect.bisect_left(mids, min(above)) - bisect.bisect_right(mids, piece.y1)
            if between > _BETWEEN:
                across.discard(k)
                continue
        tops.append(piece.mid)
    if not across:
        return []
    if not table and (not later or max(later) <= min(tops)):
        return []  # (a table across is read whole, the columns' text above it or not)
    # Walk the body's pieces top to bottom: a run of lines across makes a band, and so does
    # the text of the columns between two such runs.
    body = sorted(
        (k for k, (zone, piece, _) in enumerate(placed) if zone.startswith(BODY)),
        key=lambda k: -_mid(placed[k]),
    )
    names: list[str] = [""] * len(placed)
    band, was_across = 0, None
    for k in body:
        now = k in across
        if was_across is not None and now != was_across:
            band += 1
        was_across = now
        zone = BODY if now else placed[k][0]
        names[k] = zone if band == 0 else f"{zone}{BAND}{band}"
    return names


_BETWEEN = 2  # lines between a later column's last text and a line across below it
_CELL_ROWS = 3  # rows of a table across the columns at least
_EDGE = 2.0  # points: a cell's edge in the row above, the same column of cells
_FULL_LINE = 0.7  # of its column's width: a line of running text, no cell


def _cells_across(
    placed: list[tuple[str, Piece | None, list[Run]]], strips: list[Strip], order: dict[str, int]
) -> set[int]:
    """The placed pieces of a table set across the text columns (`_table_rows`), by index."""
    texts = [s.zone for s in strips if s.zone in order]
    if len(set(order.values())) < 2 or len(texts) < 2:
        return set()
    columns: list[list[Piece]] = [[] for _ in texts]
    for zone, piece, _ in placed:
        if piece is not None and not piece.crosses and zone in texts:
            columns[texts.index(zone)].append(piece)
    ids = _table_rows(columns)
    if not ids:
        return set()
    found = {k for k, (_, piece, _) in enumerate(placed) if piece is not None and id(piece) in ids}
    # a cell wider than its column's share crosses the gutter ('Begroting 2025' in the head
    # row): it is on one of the table's rows, so it is the table's
    mids = sorted(p.mid for k in found for p in [placed[k][1]] if p is not None)
    for k, (zone, piece, _) in enumerate(placed):
        if piece is None or not piece.crosses or zone not in texts:
            continue
        if near(mids, piece.mid, 0.3 * max(piece.y1 - piece.y0, 1.0)):
            found.add(k)
    return found


def _table_rows(columns: list[list[Piece]]) -> set[int]:
    """The pieces (by id) of a table set across text columns whose own gap between two of its
    columns falls on the page's gutter (a newsletter's table of figures under two columns of
    text): none of its rows crosses the gutter, so the page was cut there and each half of the
    table read in its column. Its rows are seen by their cells: three rows or more one under
    the other, each with pieces in every text column and none a line of running text (a
    column's width nearly), and each sharing with the row above most of its cells' edges inside
    the columns, two at least (left edges not the column's, or right edges not the column's):
    the columns of cells run down the rows. Justified text whose word gaps part its lines (the
    words Chromium spreads) shares an edge with the row above only here and there, and a table
    in one column has running text, not cells, beside it."""
    bounds = [
        (min(p.x0 for p in pieces), max(p.x1 for p in pieces)) if pieces else (0.0, 0.0)
        for pieces in columns
    ]
    items = sorted(
        ((c, piece) for c, pieces in enumerate(columns) for piece in pieces),
        key=lambda item: -item[1].mid,
    )
    rows: list[list[tuple[int, Piece]]] = []
    for c, piece in items:
        if rows and abs(rows[-1][0][1].mid - piece.mid) < 0.3 * max(piece.y1 - piece.y0, 1.0):
            rows[-1].append((c, piece))
        else:
            rows.append([(c, piece)])
    found: set[int] = set()
    above: tuple[list[float], list[float]] | None = None  # the last row's inner cell edges
    run = 0  # rows in the run
    members: list[int] = []
    for row in [*rows, []]:
        edges = _cell_edges(row, bounds, len(columns)) if row else None
        if edges is not None and above is not None and _same_cells(above, edges):
            above, run = edges, run + 1
            members += [id(p) for _, p in row]
            continue
        if run >= _CELL_ROWS:
            found.update(members)
        above, run = edges, 1 if edges is not None else 0
        members = [id(p) for _, p in row] if edges is not None else []
    return found


def _cell_edges(
    row: list[tuple[int, Piece]], bounds: list[tuple[float, float]], columns: int
) -> tuple[list[float], list[float]] | None:
    """A row's cells' left and right edges inside their columns, or None when the row is no
    row of cells across the columns."""
    if len({c for c, _ in row}) < columns or len(row) < columns + 1:
        return None
    lefts: list[float] = []
    rights: list[float] = []
    for c, piece in row:
        left, right = bounds[c]
        if piece.x1 - piece.x0 >= _FULL_LINE * (right - left):
            return None
        if piece.x0 > left + _EDGE:
            lefts.append(piece.x0)
        if piece.x1 < right - _EDGE:
            rights.append(piece.x1)
    return lefts, rights


def _text_beside_table(strip: Strip, before: Strip) -> bool:
    """Whether the strip is running text but for the right part of a table set across it and
    the strip before it (`_table_rows`): a short last column under the table (Typst does not
    balance its columns), whose few lines the table's cells outnumber."""
    ids = _table_rows(
        [[p for p in before.pieces if not p.crosses], [p for p in strip.pieces if not p.crosses]]
    )
    if not ids:
        return False
    rest = [p for p in strip.pieces if id(p) not in ids]
    return len(rest) >= _CELL_ROWS and Strip(strip.x0, strip.x1, rest).text_like


def _same_cells(
    above: tuple[list[float], list[float]], row: tuple[list[float], list[float]]
) -> bool:
    """Whether most of the row's inner left edges (or right edges: figures set right), two at
    least, are edges of the row above."""
    for mine, theirs in zip(row, above, strict=True):
        hits = sum(1 for e in mine if any(abs(e - f) < _EDGE for f in theirs))
        if hits >= 2 and 2 * hits >= len(mine):
            return True
    return False


def _mid(item: tuple[str, Piece | None, list[Run]]) -> float:
    piece, runs = item[1], item[2]
    if piece is not None:
        return piece.mid
    return (min(r.y0 for r in runs) + max(r.y1 for r in runs)) / 2


def side_column_apart(
    pages: list[PageRuns],
    pieces: dict[int, list[Piece] | None],
    zones: dict[int, dict[str, list[Run]] | None],
    repeated: set[str],
) -> None:
    """A side column found on one page stands where it stood on a later page read as one
    column: a page of a note whose body starts below the side column's few lines leaves no
    gutter beside them. There, pieces that start at the side column's left edge, right of
    everything else on the page, mostly off its rows, and repeat text from other pages (the
    directorate, 'Kenmerk') are its side column too. (Not before: a letter's first page has its
    letterhead's own rules.)"""
    sides = {
        n: round(min(run.x0 for run in found[SIDE]))
        for n, found in zones.items()
        if found is not None and found.get(SIDE)
    }
    if not sides:
        return
    edge = Counter(sides.values()).most_common(1)[0][0] - 2.0
    labels = {  # what the side column said where it was found
        _key(p.text) for n in sides for p in pieces[n] or () if p.x0 >= edge and _key(p.text)
    }
    for page in pages:
        found, page_pieces = zones[page.number], pieces[page.number]
        if page.number < min(sides) or found is None or page_pieces is None or [*found] != [BODY]:
            continue
        # a scanned page lies a few points off the others: where it repeats one of the side
        # column's labels, that label shows where its side column starts
        anchors = [
            p.x0 - 2.0
            for p in page_pieces
            if 0 < edge - p.x0 + 2.0 <= _SCAN_SHIFT and _key(p.text) in labels
        ]
        for at in (edge, *anchors[:1]):
            apart = _side_apart(page_pieces, at, repeated, labels)
            if apart is not None:
                side, rest = apart
                zones[page.number] = {
                    BODY: [run for p in rest for run in p.runs],
                    SIDE: [run for p in side for run in p.runs],
                }
                break


def _side_apart(
    page_pieces: list[Piece], at: float, repeated: set[str], labels: set[str]
) -> tuple[list[Piece], list[Piece]] | None:
    """The page's side column from `at` rightwards and the rest, if it is one (see above)."""
    side = [p for p in page_pieces if p.x0 >= at]
    rest = [p for p in page_pieces if p.x0 < at]
    text = [p for p in rest if not furniture.page_number(p.text)]  # it may reach over
    if not side or not text or max(p.x1 for p in text) >= at:
        return None
    if not any(_key(p.text) in repeated for p in side):
        return None
    mids = sorted(p.mid for p in rest)
    on_rows = sum(1 for p in side if p.beside(mids)) >= 0.5 * len(side)
    # on the rows of the text beside it: a table's last column, not a side column; unless
    # it is a label or two that stood in the side column where a gutter showed it
    # ('Onze referentie' level with an annex's heading)
    if on_rows and not (len(side) <= 2 and all(_key(p.text) in labels for p in side)):
        return None
    return side, rest


_SCAN_SHIFT = 12.0  # points a scanned page may lie off the others

# The labels of a nota's or letter's side column ('Onze referentie', 'Opgesteld door',
# 'TER BESLISSING'), each a line of its own.
_SIDE_LABEL = re.compile(
    r"(?:datum|onze referentie|uw referentie|ons kenmerk|uw kenmerk|kenmerk|opgesteld door"
    r"|beslistermijn|bijlagen?|bijlage\(n\)|kopie aan|auteur|contactpersoon|samengewerkt met"
    r"|parafen(?:route)?|ter (?:beslissing|ondertekening|informatie|advisering|kennisname))",
    re.IGNORECASE,
)
_ABUT_SMALLER = 0.8  # a side column set against the body is in type this much smaller, or less
_ABUT_ALIGN = 1.0  # points its lines' left edges may differ
_ABUT_FROM = 0.55  # share of the page's width right of which it starts
_ABUT_UNDER = 6.0  # points under a line of the column a number stands as its value


def _abutting_side(page: PageRuns, pieces: list[Piece]) -> tuple[list[Run], list[Run]] | None:
    """A side column with no gutter before it: the body's justified lines run up to (or a
    point past) the left edge of a column of labels and values in smaller type, so one piece
    holds a body line and the side column's line beside it ('... één evaluatierapport' |
    'Onze referentie') and no gutter parts them: a nota's template of a ministry (BZK's
    beslisnota, its later pages). Found by its type and its edge: runs in type at most 0.8 of
    the body's, starting at one x (within a point) right of the page's middle, on three rows
    or more, two of them a side column's labels ('Onze referentie', 'Datum'), every run in
    that type from that edge rightwards; nothing in the body's type starts there. The page
    number standing at that edge stays where it is (furniture finds it); a number right under
    a line of the column is that line's value; and a body line on one of its rows runs up to
    within an em of its edge (the abutting this rule is for: a column with nothing beside it,
    above a later page's body, is `aside`'s to judge by what page 1 printed). Those runs are
    the side column, the rest the body. On page 1 the column must have the body's type beside
    it on two of its rows and a body line up to its edge (`_beside_first`); standing alone above
    the body it is `aside.column_above_body`'s. (The subject and date lines under it, 'Datum:
    ...' / 'Betreft: ...', read as one block there, give the title by
    `metadata._particulars_subject`: a Woo decision of VWS lost its title to a first form of
    this rule on page 1 before that.)"""
    if len(page.runs) < 4 or not pieces:
        return None
    body_size = size_median(pieces)
    small = body_size * _ABUT_SMALLER
    starts = Counter(
        round(r.x0)
        for r in page.runs
        if r.size <= small and r.x0 >= _ABUT_FROM * page.width and r.text.strip()
    )
    if not starts:
        return None
    x, _ = starts.most_common(1)[0]
    edge = min(r.x0 for r in page.runs if abs(r.x0 - x) <= _ABUT_ALIGN and r.size <= small)
    beyond = [r for r in page.runs if r.x0 >= edge - _ABUT_ALIGN and r.text.strip()]
    if any(r.size > small for r in beyond):
        return None  # text in the body's type starts there: a column of the page, not aside
    numbers = [r for r in beyond if furniture.page_number(r.text.strip())]
    side = [r for r in beyond if not any(r is n for n in numbers)]
    # a number right under a line of the column is its value ('Bijlage(n)' / '2'), not the
    # page's number
    side += [n for n in numbers if any(-_ABUT_ALIGN <= r.y0 - n.y1 <= _ABUT_UNDER for r in side)]
    rows = {round(r.y0) for r in side if abs(r.x0 - edge) <= _ABUT_ALIGN}
    labels = {r.text.strip(" :").lower() for r in side if _SIDE_LABEL.fullmatch(r.text.strip(" :"))}
    if len(rows) < 3 or len(labels) < 2:
        return None
    taken = {id(r) for r in side}
    rest = [r for r in page.runs if id(r) not in taken]
    if page.number == 1:
        return (side, rest) if _beside_first(side, rest, edge, body_size) else None
    if not any(
        r.x1 >= edge - body_size and any(r.y0 < s.y1 and s.y0 < r.y1 for s in side) for r in rest
    ):
        return None  # no line runs up to it: a gutter is there to find, or nothing beside it
    return side, rest


def _beside_first(side: list[Run], rest: list[Run], edge: float, body_size: float) -> bool:
    """Page 1's side column with no gutter before it (BZK's nota: 'Aan MBZK' level with the
    column's '2023-0000700225', the body under it justified up to the column's edge): text in
    the body's type stands on two of the column's rows at least (the addressee, the sender, the
    subject: with nothing beside it the column is `aside.column_above_body`'s), and a line of
    the body runs up to within an em of its edge, which is why no gutter was found."""
    small = body_size * _ABUT_SMALLER
    body = [r for r in rest if r.size > small and r.text.strip()]
    rows = {round(s.y0) for s in side if any(r.y0 < s.y1 and s.y0 < r.y1 for r in body)}
    return len(rows) >= 2 and any(r.x1 >= edge - body_size for r in body)


_EDGE_SLACK = 0.5  # ems a column's line may end past (a space) or begin before its others


def _across_columns(piece: Piece, strips: list[Strip]) -> list[tuple[str, list[Run]]] | None:
    """Two lines of two text columns on one row, set so close over a narrow gutter that they
    were read as one piece ('le protocole signé en' | 'opgenomen. De tekst voorziet'): each
    goes to its column, where the row's runs part with the left one ending at its column's
    right edge and the right one beginning at its column's left edge. A title over both
    columns has no such gap: its words are a space apart, and a gutter is wider."""
    over = [s for s in strips if s.zone.startswith(BODY) and piece.x0 < s.x1 and piece.x1 > s.x0]
    if len(over) != 2 or len(piece.runs) < 2:
        return None
    left, right = over
    ends = [p.x1 for p in left.pieces if not p.crosses]
    starts = [p.x0 for p in right.pieces if not p.crosses]
    if not ends or not starts:
        return None
    slack = _EDGE_SLACK * piece.size
    edge, start = max(ends) + slack, min(starts) - slack
    runs = sorted(piece.runs, key=lambda r: r.x0)
    reach = runs[0].x1
    for k in range(1, len(runs)):
        if reach <= edge and runs[k].x0 >= start:
            return [(left.zone, runs[:k]), (right.zone, runs[k:])]
        reach = max(reach, runs[k].x1)
    return None


def _crossing_zone(piece: Piece, strips: list[Strip]) -> str:
    """A piece over a gutter reads with the text column it reaches into (a title over both)."""
    for strip in strips:
        if strip.zone.startswith(BODY) and piece.x0 < strip.x1 and piece.x1 > strip.x0:
            return strip.zone
    return next(s.zone for s in strips if piece in s.pieces)


def _classify(
    strips: list[Strip], page: int, repeated: set[str], running: set[int] | None = None
) -> list[str]:
    """The strips' zones, and what the page warns of. `running`: `_running_columns(strips)`
    where the caller has it already."""
    main = max(range(len(strips)), key=lambda i: strips[i].chars)
    body = strips[main]
    body_size = body.size  # a weighted median: asked once
    width = body.x1 - body.x0
    warnings: list[str] = []
    columns = [main]
    running = _running_columns(strips) if running is None else running
    for i in range(main - 1, -1, -1):  # leftwards: label columns, earlier text columns, margin
        strip, right = strips[i], strips[i + 1]
        if (strip.text_like or i in running) and strip.x1 - strip.x0 >= 0.5 * width:
            columns.insert(0, i)
        elif _pull_quote(strip, body):
            strip.zone = QUOTE  # a pull-quote beside the text: no label column of its rows
        elif strip.aligned(right) >= 0.5:
            strip.zone = "@" + str(i + 1)  # joins the rows of the strip to its right
        elif _ink(strip) >= _WIDE_LEFT * _ink(body) and strip.size >= 0.92 * body_size:
            # its lines near as wide as the body's, in its type: no margin, but the page's own
            # text (a table's first columns left of a long last one, the notes over the table)
            columns.insert(0, i)
            warnings.append(f"page {page}: a wide strip left of the body read as text")
        elif _aside_evidence(strip, strip.size < 0.92 * body_size, repeated):
            strip.zone = MARGIN
            _labels_join_rows(strip, right, body_size)
        else:
            columns.insert(0, i)
            warnings.append(f"page {page}: a narrow strip left of the body read as a text column")
    for i in range(main + 1, len(strips)):  # rightwards: later columns, table cells, side column
        strip = strips[i]
        smaller = strip.size < 0.92 * body_size
        narrow = strip.x1 - strip.x0 < 0.5 * width
        if (
            (strip.text_like or i in running or _text_beside_table(strip, strips[i - 1]))
            and not narrow
            and not smaller
        ):
            columns.append(i)
        elif _pull_quote(strip, body):
            strip.zone = QUOTE  # in the right margin as well: no cells of the rows it is level with
        elif (
            not smaller or _type_of_its_rows(strip, strips[i - 1]) or _marks_only(strip)
        ) and strip.aligned(_rows_left(strips, main, i, strip)) >= 0.5:
            # cells on the rows of the text before them, in the type of those rows (a table set
            # smaller than the text: its last column is no side column), or a form's answer
            # marks however small (a questionnaire's circles under 'vaak', 'af en toe')
            strip.zone = "@" + str(i - 1)
        elif not smaller and _cells_of_rows(strip, strips[main:i]):
            strip.zone = "@" + str(i - 1)
            warnings.append(f"page {page}: wrapped cells right of the body joined its rows")
        elif _balloons(strip):
            # Word's revision balloons in the right margin of a document 'met renvooi' ('Met
            # opmaak: ...', 'Verwijderd: ...', 'Opmerking [AB1]: ...'): the document's words (a
            # reviewer's comment, the text that was deleted), read after the body as a column
            # of its own
            columns.append(i)
            warnings.append(f"page {page}: revision balloons beside the body read as text")
        elif narrow and _aside_evidence(strip, smaller, repeated):
            strip.zone = SIDE
        elif not strip.text_like and _aside_evidence(strip, False, repeated):
            strip.zone = SIDE  # beside a narrow body (a table's column): what repeats is the side
        else:
            columns.append(i)
            warnings.append(f"page {page}: a narrow strip beside the body read as a text column")
    _wide_table_not_side(strips, main, page, warnings)
    _amounts_not_side(strips, main, page, warnings)
    columns = _second_column_not_side(strips, main, columns, page, warnings)
    if page > 1:
        _drawing_not_side(strips, main, page, warnings)
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


def _quotes_over_notes(
    page: PageRuns, pieces: list[Piece], repeated: set[str]
) -> PageColumns | None:
    """families44: a page whose small print (the running head, the footnotes: WeasyPrint's
    footnote area spans the page box) runs over its wide left margin as well as over the text,
    so that the gutter between a pull-quote in the margin and the text crosses nothing but it:
    the lines in the text's type and larger part in strips, and where the strips hold a
    pull-quote (`_pull_quote`, left of the text or right of it), the page is read so, the small
    print after it as a band of its own (the running head and foot are told as such by their
    place, the notes by theirs). Any other page has no such strips: None."""
    if len(pieces) < _OVER_LINES:
        return None
    text = size_median(pieces)
    large = [p for p in pieces if p.size >= _SMALL_PRINT * text]
    small = [p for p in pieces if p.size < _SMALL_PRINT * text]
    if not small:
        return None
    strips = strips_of(large, page.width)
    if len(strips) < 2:
        return None
    main = max(range(len(strips)), key=lambda i: strips[i].chars)
    if not any(_pull_quote(strips[i], strips[main]) for i in range(len(strips)) if i != main):
        return None
    found = _zones(page, strips, repeated, None)
    for piece in small:
        piece.crosses = False
    bands = [int(z.partition(BAND)[2] or 0) for z in found.zones if BAND in z]
    band = f"{BODY}{BAND}{max(bands, default=0) + 1}"
    found.zones.setdefault(band, []).extend(r for piece in small for r in piece.runs)
    found.warnings.append(f"page {page.number}: a pull-quote beside the text, small print apart")
    return found


_SMALL_PRINT = 0.9  # of the page's text type: a running head's, a footnote's


_QUOTE_TYPE = 1.15  # a pull-quote's type at least this many times the body's
_QUOTE_SAID = 0.8  # share of its words the body beside it says too, at least


def _pull_quote(strip: Strip, body: Strip) -> bool:
    """families44: a strip beside the body (left, or right: quotes45) in type larger than the
    body's whose words the body says (a report's pull-quote in its wide margin, 'Ik heb zes keer
    gebeld ...' beside the paragraph quoting it): display type repeating the text, not a label
    column joining the rows it stands level with (labels are set in their rows' type or
    smaller)."""
    if strip.size < _QUOTE_TYPE * body.size:
        return False
    words = quote_words(p.text for p in strip.pieces)
    if len(words) < 3:
        return False
    return words_said(words, (p.text for p in body.pieces)) >= _QUOTE_SAID * len(words)


def quote_words(texts: Iterable[str]) -> list[str]:
    """A pull-quote's words, lowercase, in order, repeats kept (`_WORD`)."""
    return [w for text in texts for w in _WORD.findall(text.lower())]


def words_said(words: list[str], texts: Iterable[str]) -> int:
    """How many of a pull-quote's `words` (`quote_words`, repeats counted) the `texts` say too:
    whether a strip in display type repeats the body (`_pull_quote`), which paragraph a quote
    stands beside (`placing._beside_its_paragraph`)."""
    said = set(quote_words(texts))
    return sum(1 for w in words if w in said)


def _running_columns(strips: list[Strip]) -> set[int]:
    """Strips of running text too narrow for `Strip.text_like` (a Staatscourant's three columns
    of 25 characters a line) in the type of the page's main strip, beside another such strip:
    read as text columns, not as cells on the rows of the strip before them (narrow columns of
    one leading share their rows)."""
    # Each strip's size asked once (a weighted median a strip); the main strip is the first
    # with the most characters, as `max` with a key answers.
    sizes = [strip.size for strip in strips]
    main, most = 0, strips[0].chars
    for k in range(1, len(strips)):
        chars = strips[k].chars
        if chars > most:
            main, most = k, chars
    size = sizes[main]
    running = [
        sizes[k] >= 0.92 * size and _running(strips[k], sizes[k]) for k in range(len(strips))
    ]
    return {
        i
        for i, ok in enumerate(running)
        if ok and ((i > 0 and running[i - 1]) or (i + 1 < len(strips) and running[i + 1]))
    }


_RUNNING_ROWS = 8  # rows a narrow column of running text has at least
_RUNNING_CHARS = 15  # characters on its median row: three words and more
_RAGGED = 3.0  # ems short of the column's right edge a full line may end (a ragged right)


def _running(strip: Strip, em: float) -> bool:
    """Whether the strip reads as running text set narrow: most of its rows are full lines
    (as wide as the column's text, from its left edge, an indent allowed), at a median of three
    words or more. A table's column of labels, names or amounts has short rows of their own
    widths; a column of a table's wrapped sentences stands beside such a column. `em`: the
    strip's size (`Strip.size`: its caller has it)."""
    pieces = [p for p in strip.pieces if not p.crosses]
    if len(pieces) < _RUNNING_ROWS:
        return False
    # The rows top to bottom: where each starts and ends across and its characters, the row at
    # hand in C doubles (its middle is its first piece's), added to the lists when it is done.
    starts: list[float] = []
    ends: list[float] = []
    counts: list[float] = []
    mid = x0 = x1 = chars = 0.0
    for k, p in enumerate(sorted(pieces, key=lambda p: -p.mid)):
        here = (p.y0 + p.y1) / 2  # p.mid
        height = p.y1 - p.y0
        if k and abs(mid - here) < 0.3 * (1.0 if height < 1.0 else height):
            # min, max written out (as `min(x0, p.x0)` and `max(x1, p.x1)` answer)
            x0 = p.x0 if p.x0 < x0 else x0
            x1 = p.x1 if p.x1 > x1 else x1
            chars = chars + p.chars
            continue
        if k:
            starts.append(x0)
            ends.append(x1)
            counts.append(chars)
        mid, x0, x1, chars = here, p.x0, p.x1, float(p.chars)
    starts.append(x0)
    ends.append(x1)
    counts.append(chars)
    rows = len(starts)
    if rows < _RUNNING_ROWS:
        return False
    # the column's edges: where most of its lines start, where its full lines end (a page
    # number beside it aside); a full line ends within a few ems of that edge
    ordered = sorted(ends)
    left, right = sorted(starts)[rows // 2], ordered[int(0.8 * (rows - 1))]
    reach, indent = right - _RAGGED * em, left + 2 * em
    full = 0
    for k in range(rows):
        if ends[k] >= reach and starts[k] <= indent:
            full += 1
    median = sorted(counts)[rows // 2]
    return full >= 0.6 * rows and median >= _RUNNING_CHARS and right - left >= 8 * em


# What a form prints as an answer to tick: a circle or box, empty or ticked (Word sets a
# questionnaire's circles as the letter o in a smaller size).
_MARKS = frozenset(
    "oO\u25cb\u25ef\u25e6\u25cf\u25a1\u25a0\u25fb\u25fc\u2610\u2611\u2612\u2713\u2714\u2717\u2718"
)


def _marks_only(strip: Strip) -> bool:
    """Whether every line of the strip is answer marks alone ('o', 'o o', '\u2610'): a form's
    answer columns, no side column's text (a side column holds words: labels, names, dates)."""
    return bool(strip.pieces) and all(
        set(p.text.replace(" ", "")) <= _MARKS and p.text.strip() for p in strip.pieces
    )


def _ink(strip: Strip) -> float:
    """How wide the strip's text stands: from its leftmost line start to its rightmost line end
    (a strip reaches from gutter to gutter, wider than its text)."""
    pieces = [p for p in strip.pieces if not p.crosses] or strip.pieces
    return max(p.x1 for p in pieces) - min(p.x0 for p in pieces) if pieces else 0.0


def _type_of_its_rows(strip: Strip, left: Strip) -> bool:
    """Whether the strip is set in the type of what stands on its rows to its left: a table's
    columns share a type, a side column beside the body has its own, smaller one."""
    mids = sorted(p.mid for p in strip.pieces)
    sizes = sorted(p.size for p in left.pieces if p.beside(mids))
    if not sizes:
        return False
    size = sizes[len(sizes) // 2]
    return 0.92 * size <= strip.size <= size / 0.92


def _rows_left(strips: list[Strip], main: int, i: int, strip: Strip) -> Strip:
    """What a strip's cells sit on the rows of: the strip before it; for a column of amounts (a
    balance sheet's last year, on rows where this year's column has none), also the body and the
    cells between (a panel of words beside a panel is no column of that table)."""
    left = strips[i - 1]
    if i - 1 == main or 2 * sum(1 for p in strip.pieces if _AMOUNT.search(p.text)) < len(
        strip.pieces
    ):
        return left
    pieces = [
        p
        for s in strips[main:i]
        if s is left or s is strips[main] or s.zone[:1] == "@"
        for p in s.pieces
    ]
    return Strip(strips[main].x0, left.x1, pieces)


_CELL_ROWS = 2  # cells of a table's last column that start or centre on a row of cells at least


def _cells_of_rows(strip: Strip, left: list[Strip]) -> bool:
    """Whether a strip right of the body, in the body's type, is a table's last column whose cells
    wrap: most of its blocks (lines under each other at the line distance) begin on a row of the
    strips to its left (a table's cells top-aligned) or stand centred on a block of them (cells
    centred in their row). A wrapped cell's further lines sit on no row of the cells beside it,
    so counted per line its cells stand off the body's rows (a standard's profile table, 'Mag
    niet bevatten' over 'Boek, Deel, Hoofd-/stuk, Titel'; 'End-to-End Security' over 'Required
    in this/profile.'). A side column's lines have a letterhead's shape ('Datum', an address):
    it stays a side column."""
    blocks = _blocks(strip.pieces)
    if len(blocks) < _CELL_ROWS or any(letterhead_line(p.text) for p in strip.pieces):
        return False
    pieces = [p for s in left for p in s.pieces]
    rows = sorted(p.mid for p in pieces)  # a row's line may reach over the gutter
    centres = sorted((b[0].y1 + b[-1].y0) / 2 for b in _blocks(pieces))
    on_rows = 0
    for block in blocks:
        height = max(block[0].y1 - block[0].y0, 1.0)
        centre = (block[0].y1 + block[-1].y0) / 2
        if near(rows, block[0].mid, 0.3 * height) or near(centres, centre, 0.3 * height):
            on_rows += 1
    return on_rows >= _CELL_ROWS and 2 * on_rows >= len(blocks)


def _blocks(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces in blocks, top to bottom: a piece under the last of a block at the line
    distance (within one and a half line heights), overlapping it across, continues that block."""
    blocks: list[list[Piece]] = []
    for p in sorted((p for p in pieces if not p.crosses), key=lambda p: -p.mid):
        height = max(p.y1 - p.y0, 1.0)
        for block in reversed(blocks):
            last = block[-1]
            if last.mid - p.mid > 1.6 * height:
                continue
            if 0.5 * height < last.mid - p.mid and p.x0 < last.x1 and last.x0 < p.x1:
                block.append(p)
                break
        else:
            blocks.append([p])
    return blocks


_FIGURES = re.compile(r"^[-–(€$£\s]*\d[\d.,\s()%–-]*$")  # an amount, a year, a note's number
_AMOUNTS = 0.75  # of the strips' lines that are figures, and that stand on the body's rows
_AMOUNT_LINES = 6  # lines the strips hold at least


def _amounts_not_side(strips: list[Strip], main: int, page: int, warnings: list[str]) -> None:
    """A table's columns of figures right of its labels, the first (a 'Notes' column, or the
    amounts themselves) set smaller than the labels: strips right of the body that read as side
    column but whose lines are nearly all figures, nearly all of them on the body's rows, are
    that table's further columns, and join its rows (an annual account's 'Turnover' | '2' |
    '53,715' | '52,713' | '53,272'). A side column's lines are labels and values ('Datum',
    '20-5-2021', 'Kenmerk'): half of them words, and off the body's rows."""
    side = [i for i in range(main + 1, len(strips)) if _resolves_to(strips, i) == SIDE]
    pieces = [p for i in side for p in strips[i].pieces if not p.crosses]
    if len(pieces) < _AMOUNT_LINES:
        return
    mids = sorted(p.mid for p in strips[main].pieces if not p.crosses)
    figures = [p for p in pieces if _FIGURES.match(p.text.strip())]
    on_rows = sum(1 for p in figures if p.beside(mids))  # the heads' years stand over them
    if len(figures) < _AMOUNTS * len(pieces) or on_rows < _AMOUNTS * len(figures):
        return
    for i in side:
        if strips[i].zone == SIDE:
            strips[i].zone = "@" + str(i - 1)
    warnings.append(f"page {page}: columns of figures right of the body read as a table's columns")


_SECOND_INK = 0.5  # of the body strip's width: a side column's text stands narrower
_SECOND_CHARS = 0.25  # of the body's characters: a side column holds a few labels and values


def _second_column_not_side(
    strips: list[Strip], main: int, columns: list[int], page: int, warnings: list[str]
) -> list[int]:
    """A side column is narrow. Strips right of the body that still read as side column (the
    first in smaller type, the others on its rows; a wide table's further columns were joined to
    the body's rows before) but whose text together stands as wide as half the body strip and
    holds a quarter of the body's characters are the page's second column, cut into strips by
    its tables' gutters (an annual report's right column of notes and tables
    beside the text column: 'Tax charge in income statement' | '€ million 2017' | '€ million
    2016'). Their first strip is a text column; the others join its rows, as they did. Not where
    a line of them has a letterhead's shape: a letter's sender block and its fields' row, beside a
    body whose lines a redaction cut, stand as wide (a province's letter, 'Postbus 10078')."""
    side = [i for i in range(main + 1, len(strips)) if _resolves_to(strips, i) == SIDE]
    heads = [i for i in side if strips[i].zone == SIDE]
    pieces = [p for i in side for p in strips[i].pieces if not p.crosses]
    body = strips[main]
    # in the body's type they are a table's further columns that repeat their heads (a Woo
    # inventory's), whose cells a drawn grid reads: left as they were
    if not pieces or any(strips[i].size >= 0.92 * body.size for i in heads):
        return columns
    ink = max(p.x1 for p in pieces) - min(p.x0 for p in pieces)
    chars = sum(p.chars for p in pieces)
    if ink < _SECOND_INK * (body.x1 - body.x0) or chars < _SECOND_CHARS * body.chars:
        return columns
    if any(letterhead_line(p.text) for p in pieces):  # a letter's sender, its fields: a side
        return columns
    warnings.append(f"page {page}: a wide column of small type right of the body read as text")
    return sorted(columns + heads)


def _wide_table_not_side(strips: list[Strip], main: int, page: int, warnings: list[str]) -> None:
    """A side column is one narrow strip holding less than the body. When three or more strips
    right of the body read as side column (one in smaller type, the rest joined to its rows) and
    hold more text than the body, they are the further columns of a wide table: their cells join
    the body's rows."""
    side = [i for i in range(main + 1, len(strips)) if _resolves_to(strips, i) == SIDE]
    if len(side) < 3 or sum(strips[i].chars for i in side) <= strips[main].chars:
        return
    for i in side:
        if strips[i].zone == SIDE:
            strips[i].zone = "@" + str(i - 1)
    warnings.append(f"page {page}: {len(side)} strips right of the body read as a table's columns")


def _resolves_to(strips: list[Strip], i: int) -> str:
    zone = strips[i].zone
    while zone.startswith("@"):
        zone = strips[int(zone[1:])].zone
    return zone


def _drawing_not_side(strips: list[Strip], main: int, page: int, warnings: list[str]) -> None:
    """What still reads as side column right of the body, in smaller type than the body's, and
    is a drawing's labels (`_drawing_beside`) joins the rows left of it: the drawing's text, so
    the body's. Asked last, of what the tests before left a side column (a wide second column
    of small type, a table's further columns, are read as they were)."""
    body = strips[main]
    size = body.size
    for i in range(main + 1, len(strips)):
        strip = strips[i]
        if strip.zone != SIDE or strip.size >= 0.92 * size:
            continue
        if not _drawing_beside(strip, body, size):
            continue
        strip.zone = "@" + str(i - 1)
        warnings.append(f"page {page}: a drawing's labels right of the body joined its rows")


_DRAWING_LEVEL = 3  # the body column's lines level with the strip, at least
_DRAWING_SMALL = 0.8  # of them in type smaller than the body's


def _drawing_beside(strip: Strip, body: Strip, body_size: float) -> bool:
    """A drawing that reaches past the body's right edge (a sequence diagram's last lifelines,
    an entity diagram's right-hand boxes, a process chart's lanes) leaves its labels there in a
    narrow strip of small type, which reads like a side column; but the body column level with
    them holds the drawing's other labels, small type too, not the body's text. A side column
    stands beside the body's text ('Datum' and 'Kenmerk' level with a letter's prose), or has
    a letterhead's lines. So: the body's lines level with the strip (between its first and its
    last line) are three at least, nearly all in smaller type than the body's, and the strip
    holds no two lines of a letterhead's shape ('Datum', 'Kenmerk', a postcode: one such label,
    repeated, is a drawing's: 'email met foutbericht' on a sequence diagram's arrows)."""
    pieces = [p for p in strip.pieces if not p.crosses]
    if not pieces or len({p.text.lower() for p in pieces if letterhead_line(p.text)}) >= 2:
        return False
    lo = min(p.y0 for p in pieces)
    hi = max(p.y1 for p in pieces)
    level = [p for p in body.pieces if not p.crosses and p.y1 > lo and p.y0 < hi]
    small = sum(1 for p in level if p.size < 0.92 * body_size)
    return len(level) >= _DRAWING_LEVEL and small >= _DRAWING_SMALL * len(level)


# A revision balloon's opening words as Word prints them in Dutch and English: a change's kind
# and a colon, a comment's initials and number in brackets. 'Tabel met opmaak' stands alone.
# A list's bullet in a symbol font ('v', 'o', '§') may run into the balloon's line.
BALLOON = re.compile(
    r"^(?:\S )?(?:(?:Met opmaak|Verwijderd|Ingevoegd|Formatted|Deleted|Inserted"
    r"|(?:Verplaatst|Moved)(?: \(\w+\))?(?: \[\d+\])?"
    r"|(?:Opmerking|Comment(?:ed)?) \[[^\]\s]{1,12}\]) ?:|(?:Tabel met opmaak|Formatted Table)$)"
)
_BALLOON_SHARE = 0.25  # of a strip's lines that open a balloon: a balloon wraps over a few lines


def _balloons(strip: Strip) -> bool:
    """A strip of Word's revision balloons: a quarter of its lines of words or more open one (a
    table's column of bullets in a symbol font, 'v' and 'o', may stand in the strip too)."""
    worded = [p for p in strip.pieces if _THREE_LETTERS.search(p.text)]
    opening = sum(1 for p in worded if BALLOON.match(p.text))
    return opening >= 1 and opening >= _BALLOON_SHARE * len(worded)


def _aside_evidence(strip: Strip, smaller: bool, repeated: set[str]) -> bool:
    """Why a strip beside the body may be a side column or margin: smaller type than the body's,
    or lines that repeat on other pages, have a letterhead's shape (Datum, Postbus, a postcode)
    or furniture's."""
    if smaller:
        return True
    hits = sum(
        1
        for p in strip.pieces
        if _key(p.text) in repeated or letterhead_line(p.text) or furniture.shaped(p.text)
    )
    return hits >= max(1.0, 0.25 * len(strip.pieces))


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """A piece's text (its spaces already collapsed) as it repeats; a number or date alone (a
    table's) is no evidence: three letters. Remembered: a piece's text is asked for it by
    `repeated_texts` and again by the side-column tests, page after page."""
    text = text.lower().strip(" .:")
    if text[:3].isalpha():  # most: three letters first, no pattern to search
        return text
    return text if _THREE_LETTERS.search(text) else ""


def _labels_join_rows(margin: Strip, right: Strip, body_size: float) -> None:
    """In a margin, a label on a row of the text beside it belongs to that row ("Nr. 143",
    "Zaak:"); small print there (a side column on the left) stays in the margin."""
    mids = sorted(p.mid for p in right.pieces if not p.crosses)
    for piece in margin.pieces:
        label = piece.size >= 0.92 * body_size and _LABEL.match(piece.text)
        if label and not piece.crosses and piece.beside(mids) and not furniture.shaped(piece.text):
            piece.zone = "@"
