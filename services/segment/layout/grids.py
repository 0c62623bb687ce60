"""Tables the page draws: ruled grids (thin path objects) and header bands (a dark filled bar).

The text layer alone cannot keep the cells of a ruled table apart when its columns stand close:
a line runs on from one cell into the next. The page's own drawing says where the cells are, so
each cell's text is read from inside its rectangle, multi-line cells whole. A table without
rules but with a filled header bar (spreadsheets printed to PDF) takes its columns from the
words in the bar and its rows from the text lines below it, until the text stops.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import struct
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from services.segment.layout import across
from services.segment.layout import glyphs as glyph_calls
from services.segment.layout.glyphs import (
    Glyphs,
    direct,
    handle,
    on_object,
    pointer_value,
    slots,
    untyped,
)
from services.segment.layout.repair import (
    ADDRESS_SIGNS,
    PDFIUM_MARKS,
    URL_MARKS,
    ends_in_url,
    join_lines,
    url_piece,
)
from services.segment.layout.rotation import shown_box
from services.segment.layout.words import PageRuns, Run, paired_surrogates
from services.segment.scan.rulings import find_rulings, text_in
from stukken.platform.logging import get_logger

log = get_logger(__name__)

Box = tuple[float, float, float, float]  # x0, y0 (bottom), x1, y1 (top)
_THIN = 2.5  # points: a path this thin is a rule
_SNAP = 2.0  # rules closer than this are one
_MAX_PATHS = 2000
_FRAME = 0.25  # of the page's area: a path this large is a frame or a background, not drawn
_SHAPES = 600  # the parts of a drawing kept a page: more make a map or a chart


# Page objects come back as their addresses (ints): a page set one text object per glyph has
# thousands, and an int is the cheapest thing ctypes can return. `_TYPE` takes them as they
# come; the few calls on a path or a form take them through `handle`.
_PAGE_COUNT = untyped(pdfium_c.FPDFPage_CountObjects)
_PAGE_GET = untyped(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_FORM_COUNT = untyped(pdfium_c.FPDFFormObj_CountObjects)
_FORM_GET = untyped(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p)
_TYPE = on_object(pdfium_c.FPDFPageObj_GetType)
_BOUNDS = untyped(pdfium_c.FPDFPageObj_GetBounds)
_FILL = direct(pdfium_c.FPDFPageObj_GetFillColor)
_SEGMENTS = direct(pdfium_c.FPDFPath_CountSegments)
_SEGMENT = direct(pdfium_c.FPDFPath_GetPathSegment)
_SEGMENT_TYPE = direct(pdfium_c.FPDFPathSegment_GetType)
_POINT = direct(pdfium_c.FPDFPathSegment_GetPoint)
_DRAW_MODE = direct(pdfium_c.FPDFPath_GetDrawMode)
_STROKE = direct(pdfium_c.FPDFPageObj_GetStrokeColor)
_TEXT, _PATH, _FORM = (
    pdfium_c.FPDF_PAGEOBJ_TEXT,
    pdfium_c.FPDF_PAGEOBJ_PATH,
    pdfium_c.FPDF_PAGEOBJ_FORM,
)


@dataclass
class GridTable:
    page: int
    bbox: Box
    rows: list[list[str]]
    # the column edges, left to right (tables31: a table continued on the next page keeps them)
    columns: tuple[float, ...] = ()
    # table44: ruled across only, its last row not ruled under: it may go on atop the next page
    open_end: bool = False

    def holds(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        bx0, by0, bx1, by1 = self.bbox
        return bx0 - 1 <= cx <= bx1 + 1 and by0 - 1 <= cy <= by1 + 1


def read_grids(
    page: pdfium.PdfPage,
    number: int,
    textpage: pdfium.PdfTextPage | None = None,
    runs: PageRuns | None = None,
    forms: Callable[[], bool] | None = None,
    above: GridTable | None = None,
) -> list[GridTable]:
    """The page's drawn tables; a page whose drawing pdfium cannot read has none (its text
    still flows through the other layout steps). `above`: the page before's table ruled
    across only that ran to its foot (`GridTable.open_end`): its rows may go on atop this page
    (`_across_rest`). `textpage`: the page's text page if the caller
    has it open (it stays open). `runs`: how the page was read; a scanned page (OCR'd, or an
    invisible OCR layer) without drawn rules has its rules looked for in its image. `forms`:
    asked whether the document may draw form XObjects (`may_draw_forms`, once a document);
    where it cannot, a page whose objects are all text objects its text page read is not
    walked (`_text_only`). Without it every page is walked."""
    try:
        found = _read_grids(page, number, textpage, runs, forms)
        if above is not None and textpage is not None and _level_text(page, runs):
            found = _across_rest(page, textpage, above, found, number, forms)
        return found
    except pdfium.PdfiumError:
        return []
    except Exception as exc:  # a bug here must not lose the document: its text reads as lines
        log.warning("page_grids_degraded", page=number, error=type(exc).__name__)
        if runs is not None:
            runs.degraded = runs.degraded or f"grids:{type(exc).__name__}"
        return []


def _read_grids(
    page: pdfium.PdfPage,
    number: int,
    shared: pdfium.PdfTextPage | None,
    runs: PageRuns | None,
    forms: Callable[[], bool] | None,
) -> list[GridTable]:
    paths = _page_paths(page, shared, forms)
    if len(paths) > _MAX_PATHS:  # too many: a drawing or a map, not a table
        return []
    turn = page.get_rotation() % 360
    bounds = page.get_cropbox() if turn else (0.0, 0.0, 0.0, 0.0)
    if runs is not None and not turn and not runs.ocr and paths:
        # what a drawing may be made of, for the layout's figures (layout/drawings.py)
        runs.drawn = drawn_shapes([box for box, _ in paths], runs.width, runs.height)

    def shown(found: list[Box]) -> list[Box]:  # rules placed as the page is shown (see rotation)
        return [shown_box(b, turn, bounds) for b in found] if turn else found

    boxes = shown(_rules(paths))
    scanned = runs is not None and (runs.scanned or runs.hidden_layer)
    underlines = _Underlines(runs) if runs is not None else None
    if underlines is not None and not scanned and boxes:
        mark_underlined(boxes, underlines)
    imaged = scanned and not _regions(_down(boxes))
    if imaged:
        boxes += shown(find_rulings(page))  # a scanned table's rules are pixels
    if not boxes:
        return []
    if underlines is not None and _regions(_down(boxes)):
        boxes = _without_underlines(boxes, underlines)
    if turn:
        return _turned(runs, boxes, number)
    width, height = page.get_size()
    bands = [box for box, obj in paths if _is_band(box, obj, width)]
    # tables told apart by their cells' shading alone (no rule drawn): not on a scan
    shaded = [] if imaged else _shaded(paths, width, height)
    # table44: rules across alone (over and under a header, under the last row), not on a scan
    ruled_across, cuts = ([], []) if scanned else _across_sets(boxes, underlines)
    if not bands and not shaded and not ruled_across and not _regions(_down(boxes)):
        return []  # rules and bars, but no table: spare pdfium a second reading of the text
    textpage = page.get_textpage() if shared is None else shared
    try:
        if runs is not None and runs.scanned:  # Tesseract read the page, not its text layer
            read = runs.runs
            tables = _ruled(lambda box: text_in(read, box), boxes, number)
        elif imaged:  # an invisible OCR layer: its glyph boxes are loose and cross rules
            tables = _ruled(_by_middle(textpage), boxes, number)
        else:
            # pdfium's bounded text, quick, tells a table from rules around other things; a
            # table is then read word by word: bounded text takes a glyph that crosses the box's
            # edge a little, and Word may set a cell's first letter a point left of its rule
            tables = _ruled(
                lambda box: _text(textpage, box), boxes, number, lambda: _by_middle(textpage)
            )
        if shaded:
            tables += _filled_tables(textpage, shaded, tables, number)
        for box in bands:
            if not any(t.holds(*box) for t in tables):
                table = _banded(textpage, box, number)
                if table:
                    tables.append(table)
        if ruled_across:
            tables += _across_tables(textpage, ruled_across, cuts, tables, number)
        return tables
    finally:
        if shared is None:
            textpage.close()


def drawn_shapes(bounds: list[Box], width: float, height: float) -> list[Box]:
    """The paths a drawing may be made of: any but the page-sized (a frame, a background) and
    the specks (a bullet's dot, a glyph drawn as a path)."""
    limit = _FRAME * width * height
    return [
        b
        for b in bounds
        if max(b[2] - b[0], b[3] - b[1]) >= 3.0 and (b[2] - b[0]) * (b[3] - b[1]) < limit
    ][:_SHAPES]


def _rules(paths: list[tuple[Box, Any]]) -> list[Box]:
    """The page's paths as rules: each path's bounds (a thin one is a rule), and the four sides
    of a table's frame. A frame drawn as one path (a stroked rectangle, or a filled ring: the
    outer outline less the inner) has bounds as wide and high as the table, so none of its sides
    is a rule by itself; it frames a table when a column rule inside it runs down most of it.
    A box around a paragraph has no such rule; a page's white background or a shaded box draws
    no sides."""
    boxes = [box for box, _ in paths]
    down = _down(boxes)
    out = list(boxes)
    for box, obj in paths:
        if min(box[2] - box[0], box[3] - box[1]) < _THIN or not _column_rule_in(box, down):
            continue
        if _frame(obj):
            x0, y0, x1, y1 = box
            t = _SIDE
            out += [
                (x0, y0, x0 + t, y1),
                (x1 - t, y0, x1, y1),
                (x0, y0, x1, y0 + t),
                (x0, y1 - t, x1, y1),
            ]
    return out


_SIDE = 0.5  # points: how thick a frame's side is taken (it snaps to the rules near it)
_FRAMED = 0.75  # of a frame's height that a column rule inside it runs down
_OUTLINE_SEGMENTS = 16  # a rectangle has 4 or 5 segments, a ring of two rectangles 10 or 11
_RECTANGLE_SEGMENTS = 5
_DRAWN_SEGMENTS = 48  # segments of a path read at all: a ring with every corner written thrice
# A curve's points are checked like a line's: straight along an axis, or a short step.
_STRAIGHT_KINDS = (
    pdfium_c.FPDF_SEGMENT_MOVETO,
    pdfium_c.FPDF_SEGMENT_LINETO,
    pdfium_c.FPDF_SEGMENT_BEZIERTO,
)


def _column_rule_in(frame: Box, down: list[Box]) -> bool:
    """Whether vertical rules at one place inside `frame` (drawn whole or cell by cell) run down
    most of its height."""
    x0, y0, x1, y1 = frame
    length: dict[float, float] = {}
    for b in down:
        x = (b[0] + b[2]) / 2
        if x0 + _SNAP < x < x1 - _SNAP and b[1] >= y0 - _SNAP and b[3] <= y1 + _SNAP:
            key = round(x / _SNAP) * _SNAP
            length[key] = length.get(key, 0.0) + b[3] - b[1]
    return any(total >= _FRAMED * (y1 - y0) for total in length.values())


def _frame(obj: Any) -> bool:
    """A path that draws a frame's sides: a rectangle stroked in a colour the page shows, or a
    ring (an outline with one inside it) filled so. A filled rectangle is a background or a
    shaded box, not a frame."""
    segments = _outline(obj)
    if not segments:
        return False
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not _DRAW_MODE(obj, ctypes.addressof(fill), ctypes.addressof(stroke)):
        return False
    if stroke.value and _shows(_STROKE, obj):
        return True
    return fill.value != 0 and segments > _RECTANGLE_SEGMENTS and _shows(_FILL, obj)


def _shows(colour: Callable[..., int], obj: Any) -> bool:
    """Whether the path's fill or stroke colour shows on a white page: not white, not clear."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not colour(obj, *(ctypes.addressof(v) for v in (r, g, b, a))):
        return False
    return a.value > 0 and min(r.value, g.value, b.value) < _WHITE


_WHITE = 240  # a colour with every channel at least this light does not show on paper


def _outline(obj: Any) -> int:
    """The number of segments of a path of straight lines along the page's axes only (a
    rectangle or a frame's ring), 0 for another path (a curve, a long slanted line). A curve
    whose points all lie on the lines along the axes is such a line too, and a step to the
    point the pen stands on draws nothing and is not counted: PDFreactor draws a rectangle as
    four curves with their control points on the corners (13 segments, a ring 22), the same
    rectangle or ring as one of four lines."""
    n = _SEGMENTS(obj)
    if not 4 <= n <= _DRAWN_SEGMENTS:
        return 0
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[int, float, float]] = []
    for k in range(n):
        segment = _SEGMENT(obj, k)
        kind = _SEGMENT_TYPE(segment) if segment else pdfium_c.FPDF_SEGMENT_UNKNOWN
        if kind not in _STRAIGHT_KINDS:
            return 0
        if not _POINT(segment, ctypes.addressof(x), ctypes.addressof(y)):
            return 0
        if kind != pdfium_c.FPDF_SEGMENT_MOVETO and points and points[-1][1:] == (x.value, y.value):
            continue  # a corner written again, a curve's control point on it
        points.append((kind, x.value, y.value))
    if not 4 <= len(points) <= _OUTLINE_SEGMENTS:
        return 0
    # a ring's outer and inner outline may be joined by a short slanted step
    straight = all(
        kind == pdfium_c.FPDF_SEGMENT_MOVETO
        or min(abs(bx - ax), abs(by - ay)) < 0.1
        or max(abs(bx - ax), abs(by - ay)) < _THIN
        for (_, ax, ay), (kind, bx, by) in itertools.pairwise(points)
    )
    return len(points) if straight else 0


def _turned(runs: PageRuns | None, boxes: list[Box], number: int) -> list[GridTable]:
    """The grids of a page shown turned, its rules placed as shown: a cell's text is the words
    of the page's runs in it, placed as shown too (pdfium's bounded text runs a turned cell's
    lines together, and the word-by-word reading and the header bands assume text along
    user x)."""
    if runs is None or not _regions(_down(boxes)):
        return []
    read = runs.runs
    return _ruled(lambda box: text_in(read, box), boxes, number)


class _Underlines:
    """Which thin rules of a page are underlines: a rule that starts where a run starts and
    ends where a run on its line ends, right under them (a link's underline, an underlined
    head). The page's runs are kept by their left and by their right end, so a rule asks only
    the runs near its ends (a form's page may draw hundreds of rules over hundreds of runs);
    sorted once a page, when a rule first asks."""

    def __init__(self, runs: PageRuns) -> None:
        self.runs = runs.runs
        self._ends: tuple[list[Run], list[float], list[Run], list[float]] | None = None
        self._bases: tuple[list[Run], list[float], float] | None = None

    def ends(self) -> tuple[list[Run], list[float], list[Run], list[float]]:
        if self._ends is None:
            # attrgetter: the key read in C, not a Python call a run (two sorts a page)
            by_x0 = sorted(self.runs, key=_X0)
            by_x1 = sorted(self.runs, key=_X1)
            self._ends = by_x0, [r.x0 for r in by_x0], by_x1, [r.x1 for r in by_x1]
        return self._ends

    def under(self, b: Box) -> list[Run] | None:
        """The runs on the line that thin rule `b` underlines, between its ends; None where
        it is no underline (too thick, too short, or no run starts and ends with it)."""
        if b[3] - b[1] >= _THIN or b[2] - b[0] <= 10:
            return None
        by_x0, lefts, by_x1, rights = self.ends()
        y, pad = (b[1] + b[3]) / 2, _UNDER + (b[3] - b[1]) / 2  # a stroke's box has its width

        starts = by_x0[bisect_left(lefts, b[0] - pad) : bisect_right(lefts, b[0] + pad)]
        ends = by_x1[bisect_left(rights, b[2] - pad) : bisect_right(rights, b[2] + pad)]
        if not _any_on(starts, y) or not _any_on(ends, y):
            return None
        near = by_x0[bisect_left(lefts, b[0] - pad) : bisect_right(lefts, b[2] + pad)]
        return [run for run in near if run.x1 <= b[2] + pad and _on(run, y)]

    def bases(self) -> tuple[list[Run], list[float], float]:
        """The runs by their baselines, and the largest type among them."""
        if self._bases is None:
            by_base = sorted(self.runs, key=_base)
            largest = max((r.size for r in by_base), default=0.0)
            self._bases = by_base, [_base(r) for r in by_base], largest
        return self._bases

    def decorates(self, b: Box) -> bool:
        """Whether thin rule `b` decorates text (tables37): it runs through or right under a
        line's glyphs (from `_STRUCK_LOW` to `_STRUCK_HIGH` of the type size over the baseline:
        a strikethrough's middle, an underline), and that line's runs cover it (`_COVERED` of
        its length). A tracked change's struck or underlined words (Word's, LibreOffice's
        `<s>`, Chromium's `line-through`) start and end amid a run, where `under` asks for a
        run's ends; a border between rows runs on past its cell's text, under its descenders,
        and a diagram's line runs on past the label set on it."""
        if b[3] - b[1] >= _THIN or b[2] - b[0] <= 10:
            return False
        by_base, bases, largest = self.bases()
        y, pad = (b[1] + b[3]) / 2, _UNDER + (b[3] - b[1]) / 2
        lo = bisect_left(bases, y - _STRUCK_HIGH * largest)
        hi = bisect_right(bases, y - _STRUCK_LOW * largest)
        spans: list[tuple[float, float]] = []
        for run in by_base[lo:hi]:
            over = (y - _base(run)) / max(run.size, 1.0)
            if _STRUCK_LOW <= over <= _STRUCK_HIGH and run.x0 - pad < b[2] and run.x1 > b[0]:
                # a struck word's space after it is struck too
                spans.append((max(b[0], run.x0 - pad), min(b[2], run.x1 + pad + _SPACE * run.size)))
        return _covered(spans) >= _COVERED * (b[2] - b[0])


def _covered(spans: list[tuple[float, float]]) -> float:
    """The length the spans cover together (overlaps counted once)."""
    total, end = 0.0, -math.inf
    for x0, x1 in sorted(spans):
        if x1 > end:
            total += x1 - max(x0, end)
            end = x1
    return total


def _base(run: Run) -> float:
    return run.base or run.y0


_X0 = attrgetter("x0")
_X1 = attrgetter("x1")


def _on(run: Run, y: float) -> bool:
    """Whether the run's baseline stands right over a rule at height `y` (`_Underlines.under`)."""
    return -0.15 * run.size <= (run.base or run.y0) - y <= 0.35 * run.size


def _any_on(runs: list[Run], y: float) -> bool:
    """`any(_on(run, y) for run in runs)`, in one call: most rules ask a run or two (a loop,
    not `any` over a generator, whose frame is resumed a run)."""
    for run in runs:  # noqa: SIM110
        if -0.15 * run.size <= (run.base or run.y0) - y <= 0.35 * run.size:
            return True
    return False


_STRUCK_LOW = -0.2  # of the type size, over the baseline: an underline's least
_STRUCK_HIGH = 0.5  # ... a strikethrough's most (it runs through the x-height's middle)
_SPACE = 0.5  # of the type size: a space's width at most
_COVERED = 0.8  # of a decorating rule's length that its line's runs cover


def _without_underlines(boxes: list[Box], underlines: _Underlines) -> list[Box]:
    """The rules but text's own: a link's underlines (a long URL's underline across a wide
    column is no border between rows; a border runs on past its row's text), and a tracked
    change's struck and underlined words (`decorates`, tables37)."""
    return [b for b in boxes if underlines.under(b) is None and not underlines.decorates(b)]


_UNDER = 1.0  # points: an underline starts and ends with its text's glyphs


def mark_underlined(boxes: list[Box], underlines: _Underlines) -> None:
    """Marks the runs a drawn underline runs under (`Run.under`, read by the headings: a head
    set underlined in the body's type). Read only: the rules stay as they are."""
    for b in boxes:
        for run in underlines.under(b) or ():
            run.under = True


def _page_paths(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage | None, forms: Callable[[], bool] | None
) -> list[tuple[Box, Any]]:
    """The page's path objects as `_paths` gives them; none where the page provably holds text
    objects alone (`only_text`). With the accelerator, a text page and a document that draws no
    form XObject, both in one call (`_bulk.drawn`) that asks pdfium for fewer of the page's
    objects: where most are text objects its text page read, it looks for the others around
    where the text page's order says they stand, and walks the page whole where it cannot
    prove it found them all."""
    bulk = glyph_calls.bulk
    if bulk is not None and textpage is not None and forms is not None:
        address, text_address = pointer_value(page.raw), pointer_value(textpage.raw)
        if address and text_address and not forms():
            found = bulk.drawn(address, text_address, textpage.count_chars(), _MAX_PATHS)
            if isinstance(found, int):
                raise pdfium.PdfiumError(_WALK_FAILURES[found])
            return cast(list[tuple[Box, Any]], found)
    return [] if only_text(page, textpage, forms) else _paths(page.raw)


def _paths(page: Any) -> list[tuple[Box, Any]]:
    """The page's path objects (top level and two form levels down) with their bounds, in
    page order. Raw calls, not `PdfPage.get_objects`: that wraps every object of the page in
    a Python object, and a page set one text object per word has hundreds of them."""
    address = pointer_value(page)
    bulk = glyph_calls.bulk
    if bulk is not None:  # the same walk in C: one call a page, not two an object
        if not address:
            raise ValueError("a null pdfium handle")
        found = bulk.paths(address, _MAX_PATHS)
        if isinstance(found, int):
            raise pdfium.PdfiumError(_WALK_FAILURES[found])
        return cast(list[tuple[Box, Any]], found)
    paths: list[tuple[Box, Any]] = []
    _collect(handle(address), _PAGE_COUNT, _PAGE_GET, 0, paths)
    return paths


def only_text(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage | None, forms: Callable[[], bool] | None
) -> bool:
    """Whether the page provably holds text objects alone (no path, image or form): every
    object is a text object its text page read (`_text_only`) and the document draws no form
    XObject (`forms`, asked only then). False where the caller has no text page or no `forms`,
    and where pdfium cannot answer: the page is then walked as before, which degrades on its own."""
    if forms is None or textpage is None:
        return False
    try:
        return _text_only(page.raw, textpage) and not forms()
    except (ValueError, pdfium.PdfiumError):
        return False


def _text_only(page: Any, textpage: pdfium.PdfTextPage) -> bool:
    """Whether every object of the page is a text object its text page read: as many distinct
    text objects stand behind its characters as the page has objects (a generated character has
    none). Then no path, image or form is there, and the walk can be spared: a page set one text
    object per glyph has thousands of objects, and pdfium checks the page's dictionary on each
    one asked for. Exact only where the document draws no form XObject (`may_draw_forms`): the
    text page reads a form's text objects too, and they could make up the count."""
    chars = textpage.count_chars()
    address, text_address = pointer_value(page), pointer_value(textpage.raw)
    if not address or not text_address:
        raise ValueError("a null pdfium handle")
    bulk = glyph_calls.bulk
    if bulk is not None:
        return bulk.text_only(address, text_address, chars)
    count = _PAGE_COUNT(handle(address))
    if count < 0 or chars < count:
        return False
    found = set(map(_TEXT_OBJECT, itertools.repeat(handle(text_address)), range(chars)))
    found.discard(None)
    return len(found) == count


_TEXT_OBJECT = untyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)

# A form is drawn by `Do` through a page's or a form's `/XObject` resources, and a resource
# dictionary stands in the file's bytes unless it is packed in a compressed object stream
# (`/ObjStm`); a name may be spelled with `#` escapes (`/X#4Fbject`), each escaping one of its
# letters. A file whose bytes hold none of them draws no form on any page. One-sided: a font's
# or a content stream's compressed bytes may hold such bytes by chance, and such a file is
# walked as before.
# Both names share "Obj": one scan for it (a literal start the engine looks for fast) costs less
# than a scan for each name; a match is XObject's only with its X before it.
_NAMES = re.compile(rb"Obj(?:ect|Stm)")
_ESCAPE = re.compile(rb"#(?:58|4[Ff]|53|6[2345AaDd]|74)")  # one of their letters escaped
_SPELLED = re.compile(
    rb"(?:X|#58)(?:O|#4[Ff])(?:b|#62)(?:j|#6[Aa])(?:e|#65)(?:c|#63)(?:t|#74)"
    rb"|(?:O|#4[Ff])(?:b|#62)(?:j|#6[Aa])(?:S|#53)(?:t|#74)(?:m|#6[Dd])"
)
_SPELLED_MOST = 21  # bytes: XObject with its seven letters escaped
_S = ord("S")


def may_draw_forms(data: bytes) -> bool:
    """Whether a PDF file (the bytes pdfium reads) may draw a form XObject on a page: it names
    an XObject resource or has object streams, written plainly or with `#` escapes. Both scans
    in C where the accelerator is built (`form_named`, `next_escape`: memchr for each 'O' and
    '#', where the patterns' scans went a byte a cycle: ~55 -> ~16 µs a 77 KB file)."""
    bulk = glyph_calls.bulk
    if bulk is not None:
        if bulk.form_named(data):
            return True
        at = bulk.next_escape(data, 0)
        while at >= 0:
            if _SPELLED.search(data, max(at - _SPELLED_MOST, 0), at + _SPELLED_MOST):
                return True
            at = bulk.next_escape(data, at + 1)
        return False
    for name in _NAMES.finditer(data):
        at = name.start()
        if data[at + 3] == _S or data[at - 1 : at] == b"X":
            return True
    for escape in _ESCAPE.finditer(data):  # few files hold one: the long pattern only around it
        at = escape.start()
        if _SPELLED.search(data, max(at - _SPELLED_MOST, 0), at + _SPELLED_MOST):
            return True
    return False


# What the walk reports where pdfium fails: the C walk's code, and what both ways raise.
_WALK_FAILURES = {
    1: "Failed to get number of pageobjects.",
    2: "Failed to get pageobject.",
    3: "Failed to locate pageobject.",
}


_BOUNDS_OUT = struct.Struct("4f")
_BOUNDS_BUFFER = ctypes.c_float * 4  # the type kept: ctypes makes it anew once it is collected


def _collect(parent: Any, count: Any, get: Any, level: int, paths: list[tuple[Box, Any]]) -> None:
    n = count(parent)
    if n < 0:
        raise pdfium.PdfiumError(_WALK_FAILURES[1])
    # Every object's address and kind first, in two calls per object and no Python between:
    # most pages are nothing but text objects, and a page set glyph by glyph has thousands.
    objects = list(map(get, itertools.repeat(parent, n), range(n)))
    kinds = list(map(_TYPE, objects))
    if kinds.count(_TEXT) == n:
        return
    bounds = _BOUNDS_BUFFER()
    out = slots(bounds, 4)
    view = memoryview(bounds).cast("B")
    others = list(map(_TEXT.__ne__, kinds))  # the text objects left out in C, not one by one
    for obj, kind in zip(
        itertools.compress(objects, others), itertools.compress(kinds, others), strict=True
    ):
        if obj is None:
            raise pdfium.PdfiumError(_WALK_FAILURES[2])
        if kind == _PATH:
            if not _BOUNDS(handle(obj), out[0], out[1], out[2], out[3]):
                raise pdfium.PdfiumError(_WALK_FAILURES[3])
            paths.append((_BOUNDS_OUT.unpack_from(view), obj))
            if len(paths) > _MAX_PATHS:
                return
        elif kind == _FORM and level < 2:
            _collect(handle(obj), _FORM_COUNT, _FORM_GET, level + 1, paths)
            if len(paths) > _MAX_PATHS:
                return


def _ruled(
    read: Callable[[Box], str],
    boxes: list[Box],
    number: int,
    exact: Callable[[], Callable[[Box], str]] | None = None,
) -> list[GridTable]:
    """Grids from the rules among `boxes`; `read` gives a cell's text, `exact()` a reader to
    read a table's cells once it is one."""
    exact_read: Callable[[Box], str] | None = None
    across = [b for b in boxes if b[3] - b[1] < _THIN and b[2] - b[0] > 10]
    down = _down(boxes)
    tables = []
    for region in _regions(down):
        x0, y0, _, y1 = region
        xs = _snap([(b[0] + b[2]) / 2 for b in down if _inside(b, region)])
        if xs and (edge := _open_edge(across, region, xs[-1])) is not None:
            xs.append(edge)
            region = (x0, y0, edge, y1)
        ys = _snap([*_row_rules(across, region), y0, y1])
        if len(xs) < 3 or len(ys) < 2 or _drawn_apart(xs, across, region):
            continue
        xs = _without_bars(xs, across, region)
        if len(xs) < 3:
            continue
        rows = _rows(read, xs, ys)
        if rows and _filled(rows):
            if exact is not None:  # a text layer's table: its merged cells span (`_spanned`)
                exact_read = exact_read or exact()
                rows = _rows(exact_read, xs, ys, across)
            tables.append(GridTable(number, (xs[0], ys[0], xs[-1], ys[-1]), rows, tuple(xs)))
    return tables


def _drawn_apart(xs: list[float], across: list[Box], region: Box) -> bool:
    """Whether an inner column of the region has no rule across it while columns on either
    side have: boxes drawn apart at one height (a parliamentary record's boxed speech numbers,
    one in each column) are no grid with a column between them. An edge column without rules
    across (a filled number cell) belongs to its table."""
    inside = [b for b in across if _inside(b, region)]
    if not inside or len(xs) < 4:
        return False
    ruled = [
        sum(max(0.0, min(b[2], right) - max(b[0], left)) for b in inside) >= 0.5 * (right - left)
        for left, right in itertools.pairwise(xs)
    ]
    return any(
        not ruled[k] and any(ruled[:k]) and any(ruled[k + 1 :]) for k in range(1, len(ruled) - 1)
    )


def _without_bars(xs: list[float], across: list[Box], region: Box) -> list[float]:
    """The column edges without a change bar's (tables37): a tracked change's bar stands in the
    margin beside the table, a vertical rule no rule across reaches, and would make an edge
    column of its own (stuf.bindingen correctie: a column of nothing left of 'StUF
    Berichtcode', so the table no longer lined up with its next page's). A table's own outer
    rules are reached by its rows' rules (or a diagram's lines run over them: a rule across
    at the region's height counts wherever it ends). An edge no rule across reaches is dropped
    (a bar beside a diagram's lines then leaves fewer than three edges: no table); a region no rule
    runs across at all keeps its edges (a table ruled down only)."""
    if not any(_inside(b, region) for b in across):
        return xs
    level = [b for b in across if region[1] - _SNAP <= b[1] <= region[3] + _SNAP]
    while len(xs) > 1 and not _reached(xs[0], level):
        xs = xs[1:]
    while len(xs) > 1 and not _reached(xs[-1], level):
        xs = xs[:-1]
    return xs


def _reached(x: float, across: list[Box]) -> bool:
    """Some rule across ends at `x` or runs over it."""
    return any(b[0] - 2 * _SNAP <= x <= b[2] + 2 * _SNAP for b in across)


def _rows(
    read: Callable[[Box], str],
    xs: list[float],
    ys: list[float],
    across: list[Box] | None = None,
) -> list[list[str]]:
    """The cells' text, row by row from the top. With the grid's rules `across`, a cell spans
    down over a row edge that is not drawn across its column where that edge runs through its
    text or its address goes on below it (`_merged`); the spanned cell's text is the first row's,
    the rows below it empty."""
    edges = ys[::-1]  # top to bottom
    columns = list(itertools.pairwise(xs))
    grid = [[""] * len(columns) for _ in range(len(edges) - 1)]
    for k, (a, b) in enumerate(columns):
        spans = _merged(read, across, a, b, edges) if across else [False] * len(edges)
        start = 0
        for i in range(1, len(edges)):
            if spans[i]:
                continue
            grid[start][k] = read((a, edges[i], b, edges[start]))
            start = i
    return [row for row in grid if any(row)]


# refs46: a cell merged down over rows (a letter's link beside the several studies it covers,
# CoronaMelder's 'Overzicht onderzoeken'): the rows' rules are drawn across the first column
# only, and one ran through a line of the merged cell's address at its glyphs' middles, so a
# descending '7' of '2020/07/16/' went to the row below ('.../2020/0 /16/' ... '7 kamerbrief').
# An inner edge spans a column where its rules cover less than half the column and either
# letters or digits have their middles within `_THROUGH` of it on both sides (a line cut
# through; a comma or a point low in a line over an edge is none), or the cell's text above it
# ends in an address that the first line below goes on, cut as `_with_urls_whole` tells a cut
# inside a cell: the line above ends in pdfium's mark or a hyphen ('.../kamerbrief-over-
# landelijke-introductie' + mark / 'coronamelder'), or the piece below holds an address's sign
# ('https://www.rijksoverheid.nl/documenten/' / 'kamerstukken/2020/08/28/'). Any other edge
# between two lines still parts them, drawn or not (a rule under the amounts only, above
# 'Totaal').
_THROUGH = 2.0  # points


def _merged(
    read: Callable[[Box], str], across: list[Box], a: float, b: float, edges: list[float]
) -> list[bool]:
    """For each of the edges (top to bottom) whether column a..b's cell spans it (above)."""
    last = len(edges) - 1
    undrawn = [0 < i < last and _undrawn(across, a, b, edges[i]) for i in range(len(edges))]
    out = [u and _through(read, a, b, y) for u, y in zip(undrawn, edges, strict=True)]
    if not isinstance(read, _Reader) or not any(undrawn):
        return out
    start = 0
    for i in range(1, last):
        if out[i]:
            continue
        if undrawn[i]:
            low = next(j for j in range(i + 1, len(edges)) if j == last or not out[j])
            if _goes_on(read, (a, edges[low], b, edges[start]), edges[i]):
                out[i] = True
                continue
        start = i
    return out


def _undrawn(across: list[Box], a: float, b: float, y: float) -> bool:
    drawn = sum(
        max(0.0, min(r[2], b) - max(r[0], a))
        for r in across
        if abs((r[1] + r[3]) / 2 - y) <= 2 * _SNAP
    )
    return drawn < 0.5 * (b - a)


def _through(read: Callable[[Box], str], a: float, b: float, y: float) -> bool:
    return _letters(read((a, y, b, y + _THROUGH))) and _letters(read((a, y - _THROUGH, b, y)))


def _goes_on(read: _Reader, span: Box, y: float) -> bool:
    """Whether the address the cell's text above `y` ends in goes on below it (above)."""
    a, low, b, top = span
    above, below = read.lines((a, y, b, top)), read.lines((a, low, b, y))
    return bool(
        above
        and below
        and (above[-1][-1] in _WRAPPED or not ADDRESS_SIGNS.isdisjoint(below[0]))
        and url_piece(below[0])
        and ends_in_url(read((a, y, b, top)))
    )


_WRAPPED = PDFIUM_MARKS + "-\u2010\u2011"  # a line cut inside an address ends in one


def _letters(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _filled(rows: list[list[str]]) -> bool:
    """A table fills a good share of its cells; rules around a letterhead or a title, which
    leave most cells empty ('Verslag Technisch' | 'Overleg API Design Rules'), make none."""
    cells = sum(len(row) for row in rows)
    return sum(1 for row in rows for cell in row if cell) >= _FILLED * cells


_FILLED = 0.4


def _row_rules(across: list[Box], region: Box) -> list[float]:
    """Heights of the rules between rows: a rule across a good part of the table, drawn whole
    or cell by cell (a word processor draws each cell's border on its own)."""
    length: dict[float, float] = {}
    for b in across:
        if _inside(b, region):
            y = round((b[1] + b[3]) / 2 / _SNAP) * _SNAP
            length[y] = length.get(y, 0.0) + b[2] - b[0]
    return [y for y, total in length.items() if total > 0.3 * (region[2] - region[0])]


def _open_edge(across: list[Box], region: Box, last: float) -> float | None:
    """Where a table without its right border ends: its row rules run on from its last
    vertical rule (a word processor's table whose outer right line is not drawn)."""
    ends = [
        b[2]
        for b in across
        if abs(b[0] - last) <= 2 * _SNAP and region[1] - _SNAP <= b[1] <= region[3] + _SNAP
    ]
    if len(ends) < 2 or max(ends) < last + 10:
        return None
    return max(ends)


def _down(boxes: list[Box]) -> list[Box]:
    """The vertical rules among the paths."""
    return [b for b in boxes if b[2] - b[0] < _THIN and b[3] - b[1] > 6]


def _regions(down: list[Box]) -> list[Box]:
    """Vertical rules that overlap in height (touching counts) make one table region."""
    regions: list[list[float]] = []
    for b in sorted(down, key=lambda b: -b[3]):
        for r in regions:
            if b[3] >= r[1] - _SNAP and b[1] <= r[3] + _SNAP:
                r[0], r[1], r[2], r[3] = (
                    min(r[0], b[0]),
                    min(r[1], b[1]),
                    max(r[2], b[2]),
                    max(r[3], b[3]),
                )
                break
        else:
            regions.append(list(b))
    return [(r[0], r[1], r[2], r[3]) for r in regions if r[2] - r[0] > 30]


def _spans(rule: Box, width: float) -> bool:
    return rule[2] - rule[0] > 0.3 * width


def _inside(b: Box, region: Box) -> bool:
    return (
        b[0] >= region[0] - _SNAP
        and b[2] <= region[2] + _SNAP
        and b[1] >= region[1] - _SNAP
        and b[3] <= region[3] + _SNAP
    )


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _text(textpage: pdfium.PdfTextPage, box: Box) -> str:
    x0, y0, x1, y1 = box
    text = textpage.get_text_bounded(left=x0 + 0.5, bottom=y0 + 0.5, right=x1 - 0.5, top=y1 - 0.5)
    text = re.sub(r"[-\x02]\r?\n(?=[a-z])", "", text)  # a word broken at the cell's edge
    return " ".join(text.replace("\ufffe", "").replace("\x02", "-").split())


# A page's glyph boxes, read of pdfium once a text page: a page with many filled boxes (a Woo
# release's redactions) asks for the glyphs inside each of them, and a loop of pdfium calls a
# glyph for each box made such a page three times slower than its text.
@dataclass
class _PageGlyphs:
    """A text page's glyph boxes in its order, and their indices sorted by the height of their
    middle: a box asks only the glyphs of its own rows (a page with a dozen shaded boxes asked
    each of its ~2,000 glyphs a dozen times)."""

    boxes: list[Box]
    order: list[int]  # indices by middle height; a NaN middle (never inside a box) left out
    middles: list[float]  # their middles, ascending

    @classmethod
    def of(cls, boxes: list[Box]) -> _PageGlyphs:
        bulk = glyph_calls.bulk
        read = (
            bulk.box_middles(boxes) if bulk is not None and hasattr(bulk, "box_middles") else None
        )
        if read is None:  # no accelerator, or boxes it does not read: the same, a glyph a step
            middles = [(b[1] + b[3]) / 2 for b in boxes]
            kept = [i for i, m in enumerate(middles) if m == m]
        else:
            middles, kept = read
        order = sorted(kept, key=middles.__getitem__)
        return cls(boxes, order, list(map(middles.__getitem__, order)))


_GLYPHS: weakref.WeakKeyDictionary[pdfium.PdfTextPage, _PageGlyphs] = weakref.WeakKeyDictionary()


def _page_glyphs(textpage: pdfium.PdfTextPage) -> _PageGlyphs:
    found = _GLYPHS.get(textpage)
    if found is None:
        boxes = Glyphs(textpage.raw).all_boxes(textpage.count_chars())
        found = _GLYPHS[textpage] = _PageGlyphs.of(boxes)
    return found


def _glyph_boxes(textpage: pdfium.PdfTextPage) -> list[Box]:
    """The tight boxes of the text page's glyphs, in its order (`Glyphs.all_boxes`)."""
    return _page_glyphs(textpage).boxes


def _glyph_text(textpage: pdfium.PdfTextPage) -> str:
    """The text page's text, one character a glyph (as `_glyph_boxes` boxes them)."""
    count = textpage.count_chars()
    text = textpage.get_text_range()  # read at once
    if len(text) != count:  # characters beyond the basic plane: one call a glyph instead
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
    return text


def _drawn_glyphs(text: str, boxes: list[Box]) -> list[Box]:
    """The boxes of the glyphs that are drawn: no space, no generated character (no width)."""
    bulk = glyph_calls.bulk
    at = bulk.drawn_at(text, boxes) if bulk is not None and hasattr(bulk, "drawn_at") else None
    if at is None:  # no accelerator, or input it leaves to Python (a length mismatch raises)
        return [b for ch, b in zip(text, boxes, strict=True) if b[2] > b[0] and not ch.isspace()]
    return list(map(boxes.__getitem__, at))


def drawn_text(textpage: pdfium.PdfTextPage) -> tuple[list[Box], Callable[[Box], str]]:
    """The page's drawn glyphs' boxes and a cell reader word by word (`_by_middle`), for a
    table with no rules read again within the extent the gap reader found (layout/unruled.py)."""
    return _drawn_glyphs(_glyph_text(textpage), _glyph_boxes(textpage)), _by_middle(textpage).read


def _rules_across(boxes: list[Box]) -> list[across.Rule]:
    """The page's rules across (`across.across_rules`) of its rules over 10 pt long."""
    return across.across_rules([b for b in boxes if b[2] - b[0] > 10])


def _boxes_in(
    textpage: pdfium.PdfTextPage, x0: float, y0: float, x1: float, y1: float
) -> list[Box]:
    """The glyph boxes inside x0..x1 with their middle within y0..y1 (and a width), in the text
    page's order, as `Glyphs.boxes_in` reads them: the rows y0..y1 found by bisection."""
    if not y0 <= y1:  # no middle between (or a NaN edge)
        return []
    glyphs = _page_glyphs(textpage)
    rows = glyphs.order[bisect_left(glyphs.middles, y0) : bisect_right(glyphs.middles, y1)]
    boxes = glyphs.boxes
    return [b for i in sorted(rows) if x0 <= (b := boxes[i])[0] and b[2] <= x1 and b[2] > b[0]]


class _Reader:
    """A cell reader (`_by_middle`) that also gives a cell's lines as read, before they are
    joined: `_spanned` asks whether a cell's last line ends cut inside an address (refs46)."""

    __slots__ = ("lines", "read")

    def __init__(self, read: Callable[[Box], str], lines: Callable[[Box], list[str]]) -> None:
        self.read = read
        self.lines = lines

    def __call__(self, cell: Box) -> str:
        return self.read(cell)


def _by_middle(textpage: pdfium.PdfTextPage) -> _Reader:
    """A cell reader that takes each word whose middle lies in the cell, in the text's order.
    By the word, not the glyph: Word may set a cell's first letter a point left of its rule, so
    the narrow 'I' of 'ICTU' has its middle in the cell before. Glyphs are sorted by height
    once, so a cell looks only at the glyphs of its own rows."""
    count = textpage.count_chars()
    text, boxes = _glyph_text(textpage), _glyph_boxes(textpage)
    chars = list(text)
    # each glyph's word middle across and its middle height; whether it is drawn (a space or a
    # generated character, no width, only keeps words apart) and the drawn ones' indices
    xs, ys, drawn, at = _middles(text, boxes)
    order = sorted(at, key=ys.__getitem__)
    heights = list(map(ys.__getitem__, order))

    def lines_of(cell: Box) -> tuple[list[str], list[int], list[int]]:
        x0, y0, x1, y1 = cell
        rows = order[bisect_left(heights, y0) : bisect_right(heights, y1)]
        lines: list[str] = []
        firsts: list[int] = []  # cells61: each line's first glyph and its last
        ends: list[int] = []
        prev = -1
        for i in sorted(i for i in rows if x0 <= xs[i] <= x1):
            # a new line: a line break between, or the text goes back to the left (pdfium
            # writes no break after a hyphen it marks U+FFFE)
            if (
                not lines
                or (i != prev + 1 and "\n" in chars[prev + 1 : i] and not _goes_on(prev, i))
                or boxes[i][2] < boxes[prev][0]
            ):
                lines.append(chars[i])
                firsts.append(i)
                ends.append(i)
            else:
                lines[-1] += chars[i] if i == prev + 1 or _close(prev, i) else " " + chars[i]
                ends[-1] = i
            prev = i
        return lines, firsts, ends

    def read(cell: Box) -> str:
        x0, _, x1, _ = cell
        lines, firsts, ends = lines_of(cell)
        if len(lines) > 1 and any("/" in ln or "www." in ln for ln in lines):
            lines = _with_urls_whole(
                lines, [_span(a, b) for a, b in zip(firsts, ends, strict=True)], x0, x1
            )
        # the cell's lines joined as a paragraph's are (a hyphen at a line's end, U+FFFE); a
        # character beyond U+FFFF (an emoji), read a glyph index a surrogate, made whole again:
        # a lone surrogate cannot be written as UTF-8, the document's JSON would fail (sweep35)
        return paired_surrogates(" ".join(join_lines(lines).split()))

    # cells61: pdfium breaks a line where a text object ends, also amid a line of a cell
    # ('Wob' / '-' / 'verzoek', '13' / '-06' / '-2019'): a glyph that stands on, right after
    # the one before, goes on its line, with no space when it stands close
    def _goes_on(a: int, b: int) -> bool:
        (_, ay0, ax1, ay1), (bx0, by0, _, by1) = boxes[a], boxes[b]
        height = max(ay1 - ay0, by1 - by0, 1.0)
        overlap = min(ay1, by1) - max(ay0, by0)
        return ax1 - 0.5 <= bx0 <= ax1 + height and overlap > 0.5 * min(ay1 - ay0, by1 - by0)

    def _close(a: int, b: int) -> bool:  # only a break between, closer than half a glyph
        height = max(boxes[a][3] - boxes[a][1], boxes[b][3] - boxes[b][1])
        breaks = all(c in "\r\n" for c in chars[a + 1 : b])
        return breaks and boxes[b][0] - boxes[a][2] < 0.5 * height

    def _span(first: int, last: int) -> _Span:
        """A line's left edge, the right edge of its first piece (up to an address's mark),
        its right edge, and whether a space of the text follows it (the line broke there)."""
        piece = first
        while piece < last and chars[piece + 1] not in URL_MARKS and drawn[piece + 1]:
            piece += 1
        # a space the text holds, not one pdfium put between two text objects
        spaced = (
            last + 1 < count
            and chars[last + 1] in " \xa0"
            and not pdfium_c.FPDFText_IsGenerated(textpage.raw, last + 1)
        )
        return (boxes[first][0], boxes[piece][2], boxes[last][2], spaced)

    return _Reader(read, lambda cell: lines_of(cell)[0])


# cells61: a cell's line as `_by_middle` read it (see `_span` there)
_Span = tuple[float, float, float, bool]
_HYPHENS = "-\u2010\u2011"  # typed hyphens ('brief‐van‐de' / '‐' / 'heer‐alders', Excel)
_URL_SIGNS = "/%_=&?#~\u2010\u2011"  # a piece that holds one is an address's, not a word
_TIGHT = 1.0  # points: pdfium's glyph boxes end short of their advance ('i': 0.6 of 1.6)


def _with_urls_whole(lines: list[str], spans: list[_Span], x0: float, x1: float) -> list[str]:
    """A drawn cell's lines with a web address cut by its narrow column made one line again.
    A table's cell wraps an address anywhere ('https://www.rijksover' / 'heid.nl/documenten/w' /
    'ob\ufffe' / 'verzoeken/2020/10/06'); `join_lines`, shared with paragraphs, joins a piece
    only where it shows it is an address's ('documenten/w' + 'ob\ufffe' gets a space, then the
    mark reads as a word's hyphenation: 'w obverzoeken'). Inside a cell, a line goes on with the
    address the cell's text so far ends in when it is one word of an address's characters that
    starts no address of its own, pdfium put no space before it (a hyphen's line aside) and the
    line before was cut: it ends with pdfium's mark or a hyphen, or it was full (the piece's
    first part, up to an address's mark, would not have fitted after it within the cell's
    margin, taken as its left one: 'did=2016' / 'D04481'), or the piece holds an address's sign
    ('d/documenten', after Excel's lone 'i'). A mark becomes the address's hyphen, as
    `join_lines` makes it."""
    margin = max(0.0, min(s[0] for s in spans) - x0)
    out = [lines[0]]
    for k in range(1, len(lines)):
        line, last, before, here = lines[k], lines[k - 1], spans[k - 1], spans[k]
        cut = (
            last[-1] in PDFIUM_MARKS
            or last[-1] in _HYPHENS
            or before[2] + here[1] - here[0] > x1 - margin - _TIGHT
            or any(c in _URL_SIGNS for c in line)
        )
        if (
            cut
            and (not before[3] or last[-1] in _HYPHENS)
            and url_piece(line)
            and ends_in_url(out[-1])
        ):
            text = out[-1]
            out[-1] = f"{text[:-1]}-{line}" if text[-1] in PDFIUM_MARKS else text + line
        else:
            out.append(line)
    return out


def _middles(
    text: str, boxes: list[Box]
) -> tuple[list[float], list[float], Sequence[int], list[int]]:
    """`_by_middle`'s reading of every glyph of a page: each glyph's word middle across
    (`_word_middles`), its middle height, whether it is drawn (1 or 0, or a bool) and the
    drawn glyphs' indices. In one C call where the accelerator is built (`_bulk.word_middles`:
    a per-glyph page spent more on these loops than on reading its tables)."""
    bulk = glyph_calls.bulk
    read = (
        bulk.word_middles(text, boxes)
        if bulk is not None and hasattr(bulk, "word_middles")
        else None
    )
    if read is not None:
        return read
    drawn = [c > a and not ch.isspace() for ch, (a, _, c, _) in zip(text, boxes, strict=True)]
    ys = [(b[1] + b[3]) / 2 for b in boxes]
    return _word_middles(boxes, drawn), ys, drawn, [i for i, d in enumerate(drawn) if d]


def _word_middles(boxes: list[Box], drawn: Sequence[int]) -> list[float]:
    """For each glyph, the horizontal middle of its word: glyphs in a row without a gap (less
    than half their height) on one line; a space or a generated character ends a word."""
    out = [0.0] * len(boxes)
    start = 0
    for i in range(len(boxes) + 1):
        if i < len(boxes) and drawn[i]:
            if i == start:
                continue
            a, b = boxes[i - 1], boxes[i]
            height = max(a[3] - a[1], b[3] - b[1], 1.0)
            if b[0] - a[2] <= 0.5 * height and abs(a[1] + a[3] - b[1] - b[3]) <= height:
                continue
        if i > start:
            middle = (boxes[start][0] + boxes[i - 1][2]) / 2
            out[start:i] = [middle] * (i - start)
        start = i + 1 if i < len(boxes) and not drawn[i] else i
    return out


# Tables without rules whose cells or rows are told apart by their shading (tables31): ICTU's
# templates (wkhtmltopdf) fill every cell, white gaps of a point between them; a browser or a
# word processor fills each cell, or every other row (zebra rows) across the table.
_CELL_GAP = 3.0  # points: shaded cells this close are neighbours in one table
_CELL_OVERLAP = 0.5  # of the smaller side that two neighbours share
_MIN_ROWS = 2  # rows holding text: a single shaded box (a callout) is no table


@dataclass
class _Shading:
    """A candidate table drawn by fills: its column edges (from the cells' sides; for zebra
    rows filled a row at a time only the sides, the text gives the columns) and its row edges,
    bottom to top."""

    xs: list[float]
    ys: list[float]
    zebra: bool


def _shaded(paths: list[tuple[Box, Any]], width: float, height: float) -> list[_Shading]:
    """The page's filled rectangles grouped into tables: cells side by side and stacked with
    at most `_CELL_GAP` between them make one group, whose cells' sides are its column and row
    edges; stripes as wide as each other stacked with a row's height between them (zebra rows)
    make one group whose rows are the stripes and the gaps. A group needs two columns (zebra:
    the text's) and two rows; the text is asked later (`_filled_tables`)."""
    cells = [box for box, obj in paths if _cell_fill(box, obj, width, height)]
    if len(cells) < 2:
        return []
    groups = _touching(cells)
    out: list[_Shading] = []
    stripes: list[list[Box]] = []
    for group in groups:
        xs = _snap_edges([x for b in group for x in (b[0], b[2])])
        ys = _snap_edges([y for b in group for y in (b[1], b[3])])
        if len(xs) >= 3 and len(ys) >= 3:
            out.append(_Shading(xs, ys, zebra=False))
        elif len(ys) == 2:
            stripes.append(group)  # one row of fill: maybe a zebra stripe
    out += _zebras(stripes)
    return out


def _cell_fill(box: Box, obj: Any, width: float, height: float) -> bool:
    """A filled rectangle the size of a cell or a row, in a colour that shows: not a rule, not
    the page's background, not a curve."""
    w, h = box[2] - box[0], box[3] - box[1]
    if not (4 < w < 0.95 * width and 6 < h < 0.5 * height):
        return False
    # the two questions of one call each first: most paths of a drawing page are not filled,
    # or filled white, and `_outline` asks three a segment (tables32)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not _DRAW_MODE(obj, ctypes.addressof(fill), ctypes.addressof(stroke)):
        return False
    if fill.value == 0 or not _shows(_FILL, obj):
        return False
    return 4 <= _outline(obj) <= _RECTANGLE_SEGMENTS


def _touching(cells: list[Box]) -> list[list[Box]]:
    """The cells in groups of neighbours (side by side or stacked, sharing most of a side)."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(cells)), key=lambda i: cells[i][0])
    for k, i in enumerate(order):
        a = cells[i]
        for j in order[k + 1 :]:
            b = cells[j]
            if b[0] > a[2] + _CELL_GAP:
                break
            if _neighbours(a, b) or _neighbours(b, a):
                parent[root(i)] = root(j)
    groups: dict[int, list[Box]] = {}
    for i, box in enumerate(cells):
        groups.setdefault(root(i), []).append(box)
    return list(groups.values())


def _neighbours(a: Box, b: Box) -> bool:
    """`b` stands right of `a` or below it, at most `_CELL_GAP` away, sharing most of a side."""
    across = min(a[3], b[3]) - max(a[1], b[1])
    if -1.0 <= b[0] - a[2] <= _CELL_GAP and across >= _CELL_OVERLAP * min(a[3] - a[1], b[3] - b[1]):
        return True
    along = min(a[2], b[2]) - max(a[0], b[0])
    return -1.0 <= a[1] - b[3] <= _CELL_GAP and along >= _CELL_OVERLAP * min(
        a[2] - a[0], b[2] - b[0]
    )


def _snap_edges(values: list[float]) -> list[float]:
    """Edges of cells: the sides of two neighbours, a gap apart, are one edge (its middle)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= _CELL_GAP:
            out[-1].append(v)
        else:
            out.append([v])
    return [(e[0] + e[-1]) / 2 for e in out]


def _zebras(stripes: list[list[Box]]) -> list[_Shading]:
    """Stripes one row high, as wide as each other, stacked with a gap between them (a white
    row): zebra rows. The rows are the stripes and the gaps. A row's cell may wrap (tables32),
    so a stripe or a gap may be taller than the other stripes, up to `_TALLER` times the lower
    stripe's height, the gap half that height at least; a table's columns are asked of its
    text later (callouts as wide as each other, a paragraph between them, have none). Stripes
    filled a cell at a time (a browser's) give their columns: stripes whose cells' edges differ
    are rows of different tables (a shaded header row under a zebra table)."""
    spans = sorted(
        (
            (
                (
                    min(b[0] for b in g),
                    min(b[1] for b in g),
                    max(b[2] for b in g),
                    max(b[3] for b in g),
                ),
                _snap_edges([x for b in g for x in (b[0], b[2])]),
            )
            for g in stripes
        ),
        key=lambda s: -s[0][3],
    )
    out: list[_Shading] = []
    run: list[tuple[Box, list[float]]] = []
    for item in [*spans, None]:
        if item is not None and run:
            (box, edges), (last, above) = item, run[-1]
            h = min(last[3] - last[1], box[3] - box[1])
            gap = last[1] - box[3]
            if (
                _same_edges(edges, above)
                and max(last[3] - last[1], box[3] - box[1]) <= _TALLER * h
                and 0.5 * h <= gap <= _TALLER * h
            ):
                run.append(item)
                continue
        if len(run) >= 2:
            ys = sorted(y for b, _ in run for y in (b[1], b[3]))
            out.append(_Shading(run[0][1], ys, zebra=True))
        run = [item] if item is not None else []
    return out


def _same_edges(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _SNAP for x, y in zip(a, b, strict=True))


_TALLER = 4.0  # a zebra table's stripe or white row: this many times its lower stripe at most


class _Deferred(_Reader):
    """A cell reader (`_Reader`, so `_merged` asks its lines too) made on its first cell:
    `_by_middle` reads every glyph of the page (their words' middles, sorted by height), where
    a page's shaded boxes (redactions, callouts) are mostly no table and ask no cell."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], _Reader]) -> None:
        super().__init__(self._first_read, self._first_lines)
        self._make = make

    def _made(self) -> None:
        made = self._make()
        self.read, self.lines = made.read, made.lines

    def _first_read(self, cell: Box) -> str:
        self._made()
        return self.read(cell)

    def _first_lines(self, cell: Box) -> list[str]:
        self._made()
        return self.lines(cell)


def _filled_tables(
    textpage: pdfium.PdfTextPage, shaded: list[_Shading], found: list[GridTable], number: int
) -> list[GridTable]:
    """The shaded groups that hold a table: at least two rows and two columns with text, the
    cells filled as a drawn grid's are (`_filled`). Zebra rows take their columns from the
    text (`_text_columns`) and a row above and below the stripes where the text goes on at the
    rows' pitch (a white header row, a white last row). Groups inside a drawn table are its
    shading."""
    read = _Deferred(lambda: _by_middle(textpage))  # most shaded groups never read a cell
    out: list[GridTable] = []
    for shading in shaded:
        xs, ys = shading.xs, shading.ys
        box = (xs[0], ys[0], xs[-1], ys[-1])
        if any(t.holds(*box) for t in found):
            continue
        if not shading.zebra:
            table = _filled_table(read, xs, ys, number)
        else:  # a stripe at an end may be a box of its own (a callout over the table)
            table = next(
                (
                    t
                    for part in _trimmed(ys)
                    if (t := _zebra_table(textpage, read, xs, part, number))
                ),
                None,
            )
        if table is not None:
            out.append(table)
    return out


def _trimmed(ys: list[float]) -> list[list[float]]:
    """Zebra stripes' edges (two a stripe, bottom to top), then without one stripe at either
    end, then without one at each (tables32: stripes of uneven height may take in a shaded box
    over or under the table); two stripes at least."""
    n = len(ys) // 2
    parts = [(0, n), (0, n - 1), (1, n), (1, n - 1)]
    return [ys[2 * a : 2 * b] for a, b in parts if b - a >= 2]


def _zebra_table(
    textpage: pdfium.PdfTextPage,
    read: Callable[[Box], str],
    xs: list[float],
    ys: list[float],
    number: int,
) -> GridTable | None:
    """The zebra rows as a table, with the rows `_zebra_rows` adds; or without the row added
    under the stripes, where that row is the text after the table (a paragraph close under a
    shaded last row runs through the columns' gaps, or across the cells' edges)."""
    full = _zebra_rows(textpage, xs, ys)
    if len(xs) > 2:  # the stripes' cells give the columns
        if full[0] < ys[0] and _crossed(textpage, xs, full[0], ys[0]):
            full = full[1:]
        if full[-1] > ys[-1] and _crossed(textpage, xs, ys[-1], full[-1]):
            full = full[:-1]
        return _filled_table(read, xs, full, number)
    for rows in (full, full[1:]) if full[0] < ys[0] else (full,):
        columns = _text_columns(textpage, (xs[0], rows[0], xs[-1], rows[-1]))
        table = _filled_table(read, columns, rows, number) if len(columns) >= 3 else None
        if table is not None:
            return table
    return None


def _across_sets(
    boxes: list[Box], underlines: _Underlines | None
) -> tuple[list[list[across.Rule]], list[across.Rule]]:
    """The sets of rules across that may rule a table with no rule down (`layout/across.py`),
    and all the page's rules across: a link's or a head's underline is none of
    them, and rules around a drawing (a chart's bars or curve beside its text) rule no table."""
    if underlines is not None:
        boxes = _without_underlines(boxes, underlines)
    rules = _rules_across(boxes)
    down = _down(boxes)
    # what a chart draws: a bar, a curve, an area; a redaction's box is a line high
    drawn = [b for b in boxes if b[3] - b[1] >= _ONE_LINE and b[2] - b[0] >= _THIN]
    sets = [
        group
        for group in across.rule_sets(rules)
        if not any(_inside(b, _set_box(group)) for b in [*down, *drawn])
    ]
    return sets, rules


_ONE_LINE = 14.0  # points: a filled box this tall inside rules across is a drawing's, no cell's


def _set_box(rules: list[across.Rule]) -> Box:
    """Where a set of rules across stands: a rule down in it makes it a drawn grid's (read as
    one, or left as no table by `_ruled`), no table ruled across only."""
    return (rules[0][1], rules[-1][0], rules[0][2], rules[0][0])


def _across_tables(
    textpage: pdfium.PdfTextPage,
    sets: list[list[across.Rule]],
    cuts: list[across.Rule],
    found: list[GridTable],
    number: int,
) -> list[GridTable]:
    """Tables ruled across only, each where no table the page draws otherwise stands."""
    glyphs = _drawn_glyphs(_glyph_text(textpage), _glyph_boxes(textpage))
    read: Callable[[Box], str] | None = None
    out: list[GridTable] = []
    for rules in sets:
        y, x0, x1 = rules[0]
        if any(t.holds(x0, y - 1, x1, y - 1) for t in [*found, *out]):
            continue
        read = read or _by_middle(textpage)
        table = across.read_table(glyphs, rules, read, [y for y, _, _ in cuts], cuts)
        if table is not None:
            box, rows, xs, open_end = table
            out.append(GridTable(number, box, rows, xs, open_end))
    return out


def _level_text(page: pdfium.PdfPage, runs: PageRuns | None) -> bool:
    """The page is read from its own text layer, upright: its glyph boxes place words."""
    if runs is None or runs.ocr or runs.scanned or runs.hidden_layer:
        return False
    return not page.get_rotation()


def _across_rest(
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage,
    above: GridTable,
    found: list[GridTable],
    number: int,
    forms: Callable[[], bool] | None,
) -> list[GridTable]:
    """The rest of the page before's open table ruled across, atop this page in its columns
    (`across.read_rest`), where no other table the page draws stands; tables31 joins it."""
    if not above.columns:
        return found
    boxes = _rules(_page_paths(page, textpage, forms))
    cuts = [y for y, _, _ in _rules_across(boxes)]
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():
        return found
    glyphs = _drawn_glyphs(text, _glyph_boxes(textpage))
    rest = across.read_rest(glyphs, above.columns, _by_middle(textpage), cuts)
    if rest is None:
        return found
    box, rows = rest
    if any(t.holds(*box) or box[1] <= t.bbox[3] <= box[3] for t in found):
        return found
    ruled = any(box[1] - 2 * _SNAP <= y <= box[1] + _SNAP for y in cuts)
    return [GridTable(number, box, rows, above.columns, open_end=not ruled), *found]


def _crossed(textpage: pdfium.PdfTextPage, xs: list[float], y0: float, y1: float) -> bool:
    """Whether a glyph between `y0` and `y1` stands across an inner column edge `xs`."""
    inside = _boxes_in(textpage, xs[0], y0, xs[-1], y1)
    return any(b[0] < x < b[2] for b in inside for x in xs[1:-1])


def _filled_table(
    read: Callable[[Box], str], xs: list[float], ys: list[float], number: int
) -> GridTable | None:
    rows = _rows(read, xs, ys)
    if len(rows) < _MIN_ROWS or not _filled(rows):
        return None
    if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < _MIN_ROWS:
        return None  # no two rows with two cells: a box beside a box, a label beside text
    return GridTable(number, (xs[0], ys[0], xs[-1], ys[-1]), rows, tuple(xs))


def _zebra_rows(textpage: pdfium.PdfTextPage, xs: list[float], ys: list[float]) -> list[float]:
    """Zebra rows' edges, with one row of the stripes' pitch added above and below where text
    stands in it (a header row or a last row left white)."""
    pitch = ys[-1] - ys[-2]
    out = list(ys)
    if _boxes_in(textpage, xs[0], ys[-1], xs[-1], ys[-1] + pitch):
        out.append(ys[-1] + pitch)
    if _boxes_in(textpage, xs[0], ys[0] - pitch, xs[-1], ys[0]):
        out.insert(0, ys[0] - pitch)
    return out


def _text_columns(textpage: pdfium.PdfTextPage, box: Box) -> list[float]:
    """Column edges of a table without drawn columns: the gaps wider than two glyph heights
    that run down through every row of the box (no glyph in them), each edge at a gap's
    middle, the box's sides outermost."""
    inside = _boxes_in(textpage, *box)
    if not inside:
        return []
    heights = sorted(b[3] - b[1] for b in inside)
    wide = 2.0 * heights[len(heights) // 2]
    return [box[0], *((a + b) / 2 for a, b in across.gutters(inside, wide)), box[2]]


def _is_band(box: Box, obj: Any, width: float) -> bool:
    """A dark bar across most of the page, one line high: a table's header row."""
    wide = box[2] - box[0] > 0.5 * width
    one_line = 6 < box[3] - box[1] < 30
    if not (wide and one_line):
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not _FILL(obj, *(ctypes.addressof(v) for v in (r, g, b, a))):
        return False
    return (r.value + g.value + b.value) / 3 < 100


def _banded(textpage: pdfium.PdfTextPage, band: Box, number: int) -> GridTable | None:
    starts = _column_starts(textpage, band)
    if len(starts) < 2:
        return None
    edges = [*(s - 1 for s in starts), band[2]]
    rows = [[_text(textpage, (a, band[1], b, band[3])) for a, b in itertools.pairwise(edges)]]
    bottom = band[1]
    for top, low in _lines_below(textpage, band):
        row = [_text(textpage, (a, low, b, top)) for a, b in itertools.pairwise(edges)]
        if not any(row):
            break
        rows.append(row)
        bottom = low
    if len(rows) < 2:
        return None
    return GridTable(number, (band[0], bottom, band[2], band[3]), rows)


def _column_starts(textpage: pdfium.PdfTextPage, band: Box) -> list[float]:
    """Left edges of the words in the band that stand after a wide gap (a column's start)."""
    inside = _boxes_in(textpage, *band)
    boxes = [(x0, x1, y1 - y0) for x0, y0, x1, y1 in inside]
    if not boxes:
        return []
    boxes.sort()
    height = sorted(h for _, _, h in boxes)[len(boxes) // 2]
    starts = [boxes[0][0]]
    for (_, prev_x1, _), (x0, _, _) in itertools.pairwise(boxes):
        if x0 - prev_x1 > 1.6 * height:
            starts.append(x0)
    return starts


def _lines_below(textpage: pdfium.PdfTextPage, band: Box) -> list[tuple[float, float]]:
    """The text lines right below the band, top to bottom, while they follow each other."""
    spans = []
    glyphs = Glyphs(textpage.raw)  # pdfium's own calls: a page has dozens of rectangles
    for k in range(glyphs.count_rects()):
        x0, y0, x1, y1 = glyphs.rect(k)
        if y1 <= band[1] + 1 and x1 > band[0] and x0 < band[2]:
            spans.append((y1, y0))
    spans.sort(reverse=True)
    lines: list[tuple[float, float]] = []
    for top, low in spans:
        if lines and top > lines[-1][1] + 0.5 * (lines[-1][0] - lines[-1][1]):
            lines[-1] = (max(lines[-1][0], top), min(lines[-1][1], low))  # same line
            continue
        gap = (lines[-1][1] if lines else band[1]) - top
        if gap > 1.5 * (top - low):
            break
        lines.append((top, low))
    return lines
