"""Runs -> lines: runs that share a baseline, left to right, with superscript markers taken out.

A superscript digit next to a word is a footnote reference; at the start of a line in the page
foot it is the footnote's own label. Both are kept apart from the text. A line also knows its
cells (runs split at wide gaps), which is what tables are made of.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from services.segment.layout.repair import clean, one_line
from services.segment.layout.words import Run

_MARKER = re.compile(r"^\(?\d{1,3}(?:\s?[,;]\s?\d{1,3})*\)?$")
_NO_SPACE_BEFORE = tuple(".,;:!?)]»”’%")


@dataclass(slots=True)
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    base: float  # baseline
    size: float
    bold: bool
    text: str
    refs: list[str] = field(default_factory=list)
    label: str | None = None  # superscript number opening the line (a footnote's own label)
    cells: list[tuple[float, float, str]] = field(default_factory=list)
    zone: str = "body"
    # Bold words, then the line's last words in the body's type: a speaker's name run in before
    # the speech ('De heer Bellot (MR). – Over elke tekst'), which goes on in the lines below;
    # not a bold title's number in plain type ('... 2024 (nr.3821222)').
    plain_end: bool = False
    underlined: bool = False  # most of its text over a drawn rule (Run.under): an underlined head
    italic: bool = False  # most of its text in an italic face (Run.italic), counted as `bold` is

    # The dataclass's own __init__, written out as words.Run's (compiled code calls it directly;
    # the generated one is a Python function). Defaults as the fields declare them.
    def __init__(
        self,
        page: int,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        base: float,
        size: float,
        bold: bool,
        text: str,
        refs: list[str] | None = None,
        label: str | None = None,
        cells: list[tuple[float, float, str]] | None = None,
        zone: str = "body",
        plain_end: bool = False,
        underlined: bool = False,
        italic: bool = False,
    ) -> None:
        self.page = page
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.base = base
        self.size = size
        self.bold = bold
        self.text = text
        self.refs = [] if refs is None else refs
        self.label = label
        self.cells = [] if cells is None else cells
        self.zone = zone
        self.plain_end = plain_end
        self.underlined = underlined
        self.italic = italic

    @property
    def width(self) -> float:
        return self.x1 - self.x0


_PLAIN_TAIL = 3  # words in the body's type that end a bold line: a sentence going on
_SPECK = 0.6  # a speck's type against its line's
_SPECK_TEXT = re.compile(r"[0-9.,;:'`]{1,2}")


class _Row:
    """A row's runs as they are gathered, and its span: bottom, top, and the largest size so
    far, changed in place as runs join (compiled: three unboxed floats, where a new tuple of
    three boxed ones was made each time a run joined)."""

    def __init__(self, run: Run) -> None:
        self.runs = [run]
        self.lo = run.y0
        self.hi = run.y1
        self.size = run.size


def group_lines(runs: list[Run], page: int, zone: str) -> list[Line]:
    """Runs of one zone of one page -> lines, top to bottom."""
    rows: list[_Row] = []
    for run in sorted(runs, key=lambda r: -(r.y0 + r.y1)):
        y0, y1 = run.y0, run.y1
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            row = rows[i]
            lo, hi = row.lo, row.hi
            if (lo >= y1 or hi <= y0) and hi - lo > 0.1 and y1 >= y0:
                continue  # apart, neither flat: not the same row (most rows; no call)
            if _same_row(lo, hi, y0, y1):
                row.runs.append(run)
                if run.size >= row.size and y1 - y0 <= 2 * (hi - lo):  # not a box over lines
                    row.lo, row.hi, row.size = min(lo, y0), max(hi, y1), run.size
                break
        else:
            rows.append(_Row(run))
    # An OCR engine's specks (a comma read as '1 1': smaller type, a digit or a stop or two a
    # run) standing inside the box of the line above, at its end, are that line's, not a line
    # between it and the next, which parted a citation ('(Kamerstuk TK 35 510' / '1 1 nr. 46),',
    # refs59). A table's marks under a running head ('✓') are no specks.
    for i in range(len(rows) - 1, 0, -1):
        row, above = rows[i], rows[i - 1]
        if (
            row.size < _SPECK * above.size
            and above.lo <= (row.lo + row.hi) / 2 <= above.hi
            and row.hi <= above.hi
            and all(_SPECK_TEXT.fullmatch(run.text.strip()) for run in row.runs)
            and max(r.x1 for r in above.runs) - above.size
            <= min(r.x0 for r in row.runs)
            <= max(r.x1 for r in above.runs) + above.size
        ):
            above.runs += rows.pop(i).runs
    lines = [_make_line(row.runs, page, zone) for row in rows]
    return sorted((ln for ln in lines if ln.text or ln.label), key=lambda ln: -ln.y1)


def _same_row(lo: float, hi: float, y0: float, y1: float) -> bool:
    """Whether a run spanning y0..y1 stands on the row spanning lo..hi.

    A box more than twice as tall as the other (an OCR engine's box around a redaction or a
    stroke of the scan, reaching over two or three lines) stands on the row of its first line
    only: it would otherwise pull the lines it reaches over into one, their words glued ("To"
    over "From:" read as "ToFrom:").
    """
    # min and max of two written out: this runs for every run against the last rows.
    height, other = hi - lo, y1 - y0
    if height <= 0.1 and abs(lo - y0) < 1:  # flat boxes on one baseline
        return True
    short = other if other < height else height
    if (y1 if y1 < hi else hi) - (y0 if y0 > lo else lo) <= 0.5 * short:
        return False
    if (other if other > height else height) <= 2 * short:
        return True
    short_top = hi if height == short else y1
    return (y1 if y1 > hi else hi) - 1.5 * short <= short_top


def _make_line(row: list[Run], page: int, zone: str) -> Line:
    if len(row) == 1:
        return _single(row[0], page, zone)
    row.sort(key=lambda r: r.x0)
    if row[0].upright < 0:  # text set reading downwards: its next line stands left of it
        row.reverse()
    # The run with the most text, the first of them (as `max` with a key answers), written out:
    # no key call a run.
    main, most = row[0], len(row[0].text.strip())
    for k in range(1, len(row)):
        chars = len(row[k].text.strip())
        if chars > most:
            main, most = row[k], chars
    centre = (main.y0 + main.y1) / 2
    # Footnote marks stand beside level text: on a map's slanted or turned labels a small
    # number (a house number) is no mark, and taken out of the text it would be lost.
    marks = not (main.slanted or main.upright)
    height = max(main.y1 - main.y0, 0.1)
    text, label = "", None
    refs: list[str] = []
    cells: list[tuple[float, float, str]] = []
    prev: Run | None = None
    bold_chars = all_chars = under_chars = italic_chars = 0
    last_bold: Run | None = None  # the line's last bold run with text
    # The bounds of the runs with text (markers too), gathered in the loop: min and max
    # written out.
    left, bottom, right, top = main.x0, main.y0, main.x1, main.y1
    kept = False
    for run in row:
        piece = one_line(run.text)
        stripped = piece.strip()
        if not stripped:
            continue
        if not kept:
            left, bottom, right, top, kept = run.x0, run.y0, run.x1, run.y1, True
        else:
            left = run.x0 if run.x0 < left else left
            bottom = run.y0 if run.y0 < bottom else bottom
            right = run.x1 if run.x1 > right else right
            top = run.y1 if run.y1 > top else top
        # Raised: its box centre or its baseline above the line's (a small superscript's
        # loose box centre may sit only a little higher; its baseline is ~0.3 em up).
        raised = (run.y0 + run.y1) / 2 > centre + 0.15 * height or (
            run.base > main.base + 0.15 * main.size
        )
        apart = prev is not None and run.x0 - prev.x1 > 1.8 * max(main.size, 4)
        small = run.size < 0.8 * main.size
        if raised and marks and small and not apart and _MARKER.match(stripped):
            number = stripped.strip("()")
            if not text and label is None:
                label = number
            else:
                refs.extend(n.strip() for n in re.split(r"[,;]", number))
            continue
        if apart:
            cells.append((run.x0, run.x1, stripped))
        elif cells:
            # A cell's word ends where its run's text ends in a space, as the line's does (a
            # map's house number over its height, '125 ' and '3,5', is no '1253,5').
            x0, _, cell = cells[-1]
            cell += " " if prev is not None and prev.text[-1:].isspace() else ""
            cells[-1] = (x0, run.x1, _glue(cell, stripped, run, prev))
        else:
            cells.append((run.x0, run.x1, stripped))
        text = _glue(text, piece, run, prev) if text else piece.lstrip()
        all_chars += len(stripped)
        bold_chars += len(stripped) if run.bold else 0
        under_chars += len(stripped) if run.under else 0
        italic_chars += len(stripped) if run.italic else 0
        if run.bold:
            last_bold = run
        prev = run
    bold = all_chars > 0 and bold_chars * 2 > all_chars
    for k in range(len(cells)):  # cleaned in place: a new cell only where cleaning changed it
        x0, x1, cell = cells[k]
        tidy = clean(cell)
        if tidy is not cell:
            cells[k] = (x0, x1, tidy)
    return Line(
        page=page,
        x0=left,
        y0=bottom,
        x1=right,
        y1=top,
        base=main.base,
        size=main.size,
        bold=bold,
        text=clean(text.rstrip()) + (" " if text.endswith(" ") else ""),
        refs=refs,
        label=label,
        cells=cells,
        zone=zone,
        plain_end=bold and _plain_tail(row, last_bold),
        underlined=under_chars * 2 > all_chars,
        italic=italic_chars * 2 > all_chars,
    )


def _plain_tail(row: list[Run], last_bold: Run | None) -> bool:
    """Whether words in the body's type end the line after its last bold run (a bold line's
    only: most lines have no bold run to look after)."""
    after = row[row.index(last_bold) + 1 :] if last_bold is not None else row
    words = (w for run in after for w in run.text.split() if any(c.isalpha() for c in w))
    return sum(1 for _ in itertools.islice(words, _PLAIN_TAIL)) >= _PLAIN_TAIL


def _single(run: Run, page: int, zone: str) -> Line:
    """A line of one run (most lines): no markers to take out, one cell."""
    piece = one_line(run.text)
    text = clean(piece.strip())
    cells = [(run.x0, run.x1, text)] if text else []
    # positional, in the fields' order: one call per line of most pages
    return Line(page, run.x0, run.y0, run.x1, run.y1, run.base, run.size,
                run.bold and bool(text), text + (" " if text and piece.endswith(" ") else ""),
                [], None, cells, zone, False, run.under and bool(text),
                run.italic and bool(text))  # fmt: skip


def _glue(text: str, piece: str, run: Run, prev: Run | None) -> str:
    if not text or text.endswith(" ") or piece.startswith(" "):
        return text + piece
    if prev is not None and _copy_over(prev, run, piece):
        return text + " " + piece
    if piece.lstrip().startswith(_NO_SPACE_BEFORE):
        return text + piece.lstrip()
    if prev is not None and prev.ends_word:
        return text + " " + piece
    gap = run.x0 - prev.x1 if prev is not None else 0.0
    if gap > 0.15 * max(run.size, 1.0):
        return text + " " + piece
    if prev is not None and gap < -1.5 * max(run.size, prev.size) and not text.endswith("\ufffe"):
        # A run that starts well back over the last one is not the rest of
        # its last word: the same text again (a shadow, a block placed twice a point apart)
        # or a label over another (a map's street and house numbers).
        return text + " " + piece
    if prev is not None and gap < 0 and _stacked(prev, run, text, piece):
        return text + " " + piece
    if prev is not None and _set_over(prev, run, gap, text, piece):
        return text + " " + piece
    return text + piece


def _copy_over(prev: Run, run: Run, piece: str) -> bool:
    """The same text set again at the same place (a drawing program's outline over its fill, a
    Visio label printed twice): a copy, not the rest of the word it covers ('1.0' over '1.0' is
    no '1.01.0'). The rest of a word starts where the word ends, not where it starts."""
    size = max(run.size, prev.size, 1.0)
    same_place = abs(run.x0 - prev.x0) < 0.1 * size and abs(run.base - prev.base) < 0.1 * size
    return same_place and piece.strip() == prev.text.strip() and len(piece.strip()) > 1


def _stacked(prev: Run, run: Run, text: str, piece: str) -> bool:
    """A word set under (or over) the last one, reaching back under it: a chart's count over
    its percentage ('26362' over '11,1%'), on the row of the bar's name. Its baseline lies half
    a size or more off the last run's, where the rest of a word keeps its baseline (a raised
    or lowered letter or mark goes on from where the last run ended, an accent is no letter)."""
    size = max(run.size, prev.size, 1.0)
    apart = abs((run.base or run.y0) - (prev.base or prev.y0)) >= _STACKED * size
    return apart and text.rstrip()[-1:].isalnum() and piece.lstrip()[:1].isalnum()


_STACKED = 0.5  # sizes: a baseline this far off the last run's is another line's


def _set_over(prev: Run, run: Run, gap: float, text: str, piece: str) -> bool:
    """A level label set over the last one, not the rest of its word: a map's building height
    over its house number ('189' and '2,5', the second 10 pt back over the first and its
    baseline 3 pt lower, is no '1892,5'), or a house number over the next ('154' a line over
    '156', which starts just right of its end).

    The rest of a word starts where the last run's box ends (loose boxes reach to each glyph's
    advance: kerning or tracking starts it back by a tenth of a size or so) and keeps its
    baseline, or moves it without leaving the last run's height (a raised or lowered figure,
    'm2', 'CO2', '1e'). So a run that starts back over the last by a third of a size with its
    baseline moved, or back over most of the last run (two glyphs or more), is another label; as
    is one whose baseline lies most of a size off with its box beside the last one's rather
    than within it. An OCR layer's word in pieces, each glyph's box wider than its advance,
    starts its pieces back by up to most of a size on their baseline, but not back over most
    of a piece of two glyphs: on one baseline only that counts. And an OCR layer's words
    ('Wat wil' and 'je zien?', as pdfium too reads 'wilje') reach back over the last one's
    overhanging box end with a baseline a third of a size lower (the descender's): a moved
    baseline counts where the run starts back over more than the last third of the last run.
    Letters and digits on both sides only (an accent or a sign set back over its letter stays
    with it); turned and slanted labels are not measured across their reading."""
    if prev.upright or run.upright or prev.slanted or run.slanted:
        return False
    if not (text.rstrip()[-1:].isalnum() and piece.lstrip()[:1].isalnum()):
        return False
    size = max(run.size, prev.size, 1.0)
    shift = abs((run.base or run.y0) - (prev.base or prev.y0))
    back = run.x0 - prev.x0  # where the run starts within the last one
    width = prev.x1 - prev.x0
    if gap < -_BACK * size and (
        (shift >= _SHIFTED * size and back < _IN_LAST * width)
        or (back < _AT_START * width and len(prev.text.strip()) > 1)
    ):
        return True
    short = min(run.y1 - run.y0, prev.y1 - prev.y0)
    overlap = min(run.y1, prev.y1) - max(run.y0, prev.y0)
    return shift >= _LINE_OFF * size and overlap < 0.5 * short


_BACK = 0.3  # sizes: a run starting this far back over the last one overlaps it
_SHIFTED = 0.15  # sizes: a baseline this far off the last run's is moved
# Of the last run's width: a run starting within this much of its start is set over it. An OCR
# layer's pieces start back at 0.6 of a two-glyph piece or more, a third of a one-glyph piece.
_AT_START = 0.4
_IN_LAST = 2 / 3  # of the last run's width: a moved run starting before this is set over it
_LINE_OFF = 0.7  # sizes: a baseline this far off stands on another line (a raised figure: ~0.35)
