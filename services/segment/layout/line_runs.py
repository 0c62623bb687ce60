"""pdfium's text lines -> runs: stretches of a line in one style, split only at real gaps.

Producers cut text into PDF text objects as they please: one per line, per TJ array, per word,
per glyph. pdfium's text of a page does not depend on that cut (it decides spaces and line
breaks from glyph positions, adding generated spaces where a gap is wide), so runs are built
from its lines and words, not from its text rectangles (one per text object):

- a line whose characters are one text object on one baseline (pdfium's rectangles say so) is
  one run, boxed by its end glyphs (the common case, and the cheap one: no per-word questions);
- any other line is read word by word (pdfium's words: its spaces decide them, not our guesses
  from glyph gaps, which a justified, kerned line does not keep), each word boxed by the loose
  boxes of its first and last glyph, and the words joined into runs while they follow on the
  same baseline, in the same size, weight and slant, with a gap under `GAP` times the type
  size. A word that stands like the run's first one (its end glyphs' bottoms and tops within a
  64th of its size, the same font weight and font) joins at once: pdfium's questions for its
  end glyphs and its font, and a few comparisons, the same answer as asking every question,
  which a line's first word still gets; the C accelerator walks such words itself
  (`Glyphs.join`), handing back only the words it cannot join at once, and where every word
  of the line joins the run or starts one (level, boxed) reads the whole line in C
  (`Glyphs.line`), handing back its runs;
- words set upright (column heads turned a quarter) are read along y, words set at a slant (a
  watermark) apart (`upright`).

Run boxes are loose (the font's ascent to descent, glyph origin to advance), so a run's box is
the same whatever the chunking; `size` is the loose height of its first glyph. A font that
declares an abnormally tall box has its gaps measured as a usual face of its type size
(`measured`, the run's `em`).
An invisible OCR layer (text render mode 3) is read word by word, its lines kept whole
(`_by_words`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, cast

from services.segment.layout.glyphs import (
    DIGITS_AFTER,
    LINES_BY_WORDS,
    LINES_ONE_OBJECT,
    LINES_UNASKED,
    Box,
    Glyphs,
    line_spans,
)
from services.segment.layout.upright import (
    SLANTED,
    continue_upright,
    slanted_runs,
    turn_end,
    turn_of,
    upright_runs,
)
from services.segment.layout.words import Run

# A gap wider than this many type sizes splits a line (table cells, a side column beside the body).
GAP: Final = 1.0
_DIGITS_AFTER: Final = DIGITS_AFTER  # bound here: a compiled module's Final is read in C
_NEVER: Final = float("inf")  # a window no glyph stands in

# A loose box (the font's declared ascent to descent) up to this many ems is a usual face's:
# Times 1.11, Arial 1.15 (1.36-1.43 as some producers declare it), Verdana 1.21-1.38, Calibri
# 1.22-1.39, Noto Sans 1.36. Taller ones (SF UI Display 1.46-1.67, a Noto Sans 1.46, an Arial
# with its line gap declared 1.92) are measured as a usual face of their type size.
_TALLEST_USUAL_BOX: Final = 1.44
_USUAL_BOX: Final = 1.2
# Over this many ems the type size pdfium gives is no em of the glyphs (a Type 3 font's own
# glyph space): the loose box stays the measure.
_NO_EM: Final = 3.0


def measured(em: float, loose: float) -> float:
    """The size a run is measured in (its gaps, its lines) whose first glyph has type size `em`
    and a loose box `loose` high: that height, unless its font declares an abnormally tall box,
    which is then measured as a usual face's box of the same type size: gaps, pieces and lines
    in such a face read as in any other (a gutter of 1.4 ems is no word space). Here, compiled
    with its callers, not in glyphs.py: a call from compiled code into a Python function costs a
    frame, run by run."""
    if _TALLEST_USUAL_BOX * em < loose < _NO_EM * em:
        return _USUAL_BOX * em
    return loose


# A word's end glyphs as `Glyphs.join` hands them back: the loose boxes of its first and
# last glyph (FS_RECTF: left, top, right, bottom of each), its first glyph's font weight and
# font (`Glyphs.font_handle`).
_Ends = tuple[float, float, float, float, float, float, float, float, int, int]

# A word in the joining loop of `_by_words`: start, x0, y0, x1, y1, size, bold, font weight
# (0: unknown), italic. A plain tuple: a tuple costs a tenth of a `_Word` to make.
_Piece = tuple[int, float, float, float, float, float, bool, int, bool]


@dataclass(slots=True)
class _Word:
    start: int  # index in the page text
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    italic: bool = False


def line_runs(text: str, glyphs: Glyphs, *, hidden: bool = False) -> list[Run]:
    """The runs of a page whose text (from pdfium's text page) is `text`.

    `hidden`: the text is an invisible OCR layer (see `_by_words`)."""
    runs: list[Run] = []
    spans = line_spans(text)  # each from its first character that is not a space
    k = 0
    why = LINES_UNASKED
    while k < len(spans):
        if not hidden:
            # The lines from k on that the accelerator reads whole (each line's `_one_object`
            # test and `_by_words`' C loop), in one call: it stops before a line read below.
            done, why = glyphs.lines(text, spans, k)
            for found in done:
                runs += [
                    _run_in(piece, x0, y0, x1, y1, loose, size, bold, base, italic)
                    for piece, x0, y0, x1, y1, loose, size, bold, base, italic in found
                ]
            k += len(done)
            if k == len(spans):
                break
        start, end = spans[k]
        k += 1
        # Where the accelerator stopped it said why: a line of one text object (its rectangle
        # counted last, there for `rect`), or one whose words `_by_words` tests itself.
        line = (
            not hidden
            and why != LINES_BY_WORDS
            and _one_object(text, glyphs, start, end, one=why == LINES_ONE_OBJECT)
        ) or _by_words(text, glyphs, start, end, lenient=hidden, whole=why != LINES_BY_WORDS)
        if hidden and line:
            # An OCR layer's line ends between two words, whatever its boxes say: a word set
            # after it on the same row (its box overlapping this one) must not glue on.
            line[-1].ends_word = True
        if line and runs and line[0].upright and runs[-1].upright:
            continue_upright(runs, line)
        runs += line
    return runs


def _one_object(text: str, glyphs: Glyphs, start: int, end: int, *, one: bool = False) -> list[Run]:
    """The line as one run when it is one text object on one baseline, else nothing. `one`:
    `one_rect` has just said the line is one text object (`Glyphs.lines`), not asked again."""
    if not one and not glyphs.one_rect(start, end - start):
        return []
    if end - start <= 3 and len(text[start:end].strip()) == 1 and turn_of(glyphs, start) == SLANTED:
        return []  # a letter of a watermark, on a line of its own
    x0, y0, x1, y1 = glyphs.rect(0)
    if not (x1 > x0 and y1 > y0):  # flat glyph boxes (some OCR layers): measure word by word
        return []
    last = end - 1
    while last > start and text[last].isspace():
        last -= 1
    head, tail = _box(glyphs, start), _box(glyphs, last)
    if head is None or tail is None or y1 - y0 > 1.6 * (head[3] - head[1]):
        return []  # one object over several lines (invisible OCR layers)
    loose = head[3] - head[1]
    em, origin = glyphs.run_start(start)
    size = measured(em, loose)
    base = head[1] if origin is None else origin
    # Loose boxes, as for word-built runs: the same box whatever the chunking.
    bold, italic = glyphs.bold(start), glyphs.italic(start)
    x0, y0, x1, y1 = head[0], head[1], tail[2], head[3]
    return [_run_in(text[start:end], x0, y0, x1, y1, loose, size, bold, base, italic)]


def _by_words(
    text: str, glyphs: Glyphs, start: int, end: int, *, lenient: bool, whole: bool = True
) -> list[Run]:
    """The line's runs from its words. `lenient`: an invisible OCR layer, whose glyph boxes are
    the OCR engine's word boxes (their heights vary word by word): the engine's lines are kept
    whole, split only where the next word is not beside the last (another line, or leftwards),
    as its cells and columns are only as good as its reading of the scan. `whole`: the C loop
    (`Glyphs.line`) is asked first; not where it has just left the line here (`Glyphs.lines`)."""
    if lenient:
        # A layer set a quarter turn (a scan stored on its side, shown turned by /Rotate: a
        # Xerox copier's layer) runs along y: read as upright text is, else each glyph would be
        # a word of its own ('K a b i n e t') and the good layer read as garbage (scan36).
        first = start
        while first < end and text[first].isspace():
            first += 1
        turn = turn_of(glyphs, first) if first < end else 0
        if turn == 1 or turn == -1:
            stop = turn_end(text, glyphs, first, end, turn)
            turned = upright_runs(text, glyphs, first, stop)
            if turned:
                rest = _by_words(text, glyphs, stop, end, lenient=True) if stop < end else []
                return turned + rest
        found = [w for s, e in _spans(text, start, end) for w in _word(text, glyphs, s, e)]
        return _grouped(text, glyphs, found, end) if found else []
    # The loop below, whole, in C where every word of the line takes its common way (each
    # joins the run or starts one): the runs come back as `_run_in` takes them.
    done = glyphs.line(text, start, end) if whole else None
    if done is not None:
        return [
            _run_in(piece, x0, y0, x1, y1, loose, size, bold, base, italic)
            for piece, x0, y0, x1, y1, loose, size, bold, base, italic in done
        ]
    page, join = glyphs.join_page, glyphs.join
    digits = glyphs.decimal_in(text, start, end)
    runs: list[Run] = []
    # The run being joined: where it starts (-1: none yet), its first word's box, size, weight
    # and slant, its bounds so far (x1: its last word's right end), the join thresholds. A word
    # whose glyphs' bottoms and tops stand within `low..high` and `under..over` of the first
    # word's, in its weight and font, close after the run, joins it at once: every test below,
    # and `_word`'s, would pass with room to spare (the window is 1/64 of the first word's size).
    first, first_x0, first_y0, first_size, first_bold = -1, 0.0, 0.0, 0.0, False
    first_italic = False
    measure = 0.0  # the run's size as the layout measures it (`measured`)
    origin: float | None = None  # the baseline of the run's first glyph (None: pdfium has none)
    style = (0.0, 0.0, False, False)  # the run's loose size, measure, weight, slant: `_run_in`
    y0 = y1 = x1 = least = most = taller = lower = 0.0
    low = under = near = far = _NEVER
    high = over = -_NEVER
    run_weight = -2
    run_font = font = 0
    pos = start
    # join's answer, typed: compiled, the loop then compares doubles, not Python floats.
    s: int
    e: int
    while True:
        # The next of pdfium's words (what its spaces leave), with its end glyphs' loose boxes
        # and its first's weight; the words before it that join the run at once are joined.
        s, e, boxed, x1, y0, y1 = join(
            page, text, pos, end, digits, low, high, under, over, least, most, near, far,
            run_weight, run_font, x1, y0, y1,
        )  # fmt: skip
        if s < 0:
            break
        pos, word, level = e, text[s:e], False
        if boxed is not None:
            ends = cast(_Ends, boxed)  # typed, else mypy takes join's Any for it
            x0, top, _, bottom, _, tail_top, tail_x1, tail_bottom, w, font = ends
            if (
                low <= bottom <= high
                and low <= tail_bottom <= high
                and under <= top <= over
                and under <= tail_top <= over
                and least < x0 - x1 < most
                and near <= tail_x1 - x0 <= (e - s + 1) * far
                and (word[-1].isalnum() or _last_alike(text, glyphs, s, e, bottom, top))
                and not (
                    digits
                    and glyphs.digit_after(text, s, e)
                    and not _digits_alike(text, glyphs, s, e, bottom, top)
                )
                and w == run_weight
                and font == run_font
            ):
                y0 = bottom if bottom < y0 else y0
                y1 = top if top > y1 else y1
                x1 = tail_x1
                continue
            # `_word`'s tests written out for a word whose end glyphs have loose boxes: the
            # glyphs at both ends, its last letter or digit and a digit after another character
            # alike in size and baseline, its tail where its length puts it. Else `_word`.
            size = top - bottom
            level = (  # abs() written out as two comparisons: this runs once a word
                size > 0
                and -0.12 * size <= tail_top - tail_bottom - size <= 0.12 * size
                and -0.2 * size <= tail_bottom - bottom <= 0.2 * size
                and x0 - 0.3 * size <= tail_x1 <= x0 + (e - s + 1) * 1.5 * size
                and (word[-1].isalnum() or _last_alike(text, glyphs, s, e, bottom, top))
                and not (
                    digits
                    and glyphs.digit_after(text, s, e)
                    and not _digits_alike(text, glyphs, s, e, bottom, top)
                )
            )
            # A glyph's ends cannot show a turn in a word of one letter or with digits: ask.
            if (
                level
                and not _lettered(word, digits and glyphs.decimal_in(text, s, e))
                and turn_of(glyphs, s)
            ):
                level = False
        pieces: list[_Piece]
        if level:
            bold, italic = glyphs.weighted_bold(w, s), glyphs.italic(s)
            pieces = [(s, x0, bottom, tail_x1, top, size, bold, w, italic)]
        else:
            turn = turn_of(glyphs, s)
            if turn:  # upright words read along their own line, slanted ones apart
                stop = turn_end(text, glyphs, s, end, turn)
                turned = (slanted_runs if turn == SLANTED else upright_runs)(text, glyphs, s, stop)
                if turned:
                    if first >= 0:
                        base = y0 if origin is None else origin
                        runs.append(_styled_run(text[first:s], first_x0, y0, x1, y1, style, base))
                    rest = _by_words(text, glyphs, stop, end, lenient=False) if stop < end else []
                    return runs + turned + rest
            pieces = _pieces(_tilted(glyphs, s, e) or _word(text, glyphs, s, e))
        # Join words while they follow on the same baseline, in the same size and weight, with
        # a gap under GAP sizes (written out: the bounds are the run's first word's).
        for start_k, x0_k, y0_k, x1_k, y1_k, size_k, bold_k, weight_k, italic_k in pieces:
            if (
                first >= 0
                and least < x0_k - x1 < most
                and -taller <= size_k - first_size <= taller
                and -lower <= y0_k - first_y0 <= lower
                and bold_k == first_bold
                and italic_k == first_italic
            ):
                y0 = y0_k if y0_k < y0 else y0
                y1 = y1_k if y1_k > y1 else y1
                x1 = x1_k
                continue
            if first >= 0:
                base = y0 if origin is None else origin
                runs.append(_styled_run(text[first:start_k], first_x0, y0, x1, y1, style, base))
            first, first_x0, first_y0, first_size, first_bold = start_k, x0_k, y0_k, size_k, bold_k
            first_italic = italic_k
            y0, y1, x1 = y0_k, y1_k, x1_k
            size = 1.0 if first_size < 1.0 else first_size
            least, taller, lower = -0.3 * size, 0.12 * size, 0.2 * size
            # The gap that splits the run: in the size the layout measures it in (a font with
            # an abnormally tall box in a usual face's), as `pieces_of` measures the runs'.
            em, origin = glyphs.run_start(start_k)
            measure = measured(em, first_size)
            most = GAP * (1.0 if measure < 1.0 else measure)
            style = (first_size, measure, first_bold, first_italic)
            if weight_k > 0 and size_k > 0:
                step = size_k / 64
                low, high, under, over = y0_k - step, y0_k + step, y1_k - step, y1_k + step
                near, far, run_weight = -0.28 * size_k, 1.44 * size_k, weight_k
                run_font = font  # a weight is known only for a word `join` boxed
            else:
                low = under = near = far = _NEVER
                high = over = -_NEVER
                run_weight = -2
                run_font = 0
    if first < 0:
        return []
    base = y0 if origin is None else origin
    runs.append(_styled_run(text[first:end], first_x0, y0, x1, y1, style, base))
    return runs


def _run_in(
    text: str,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    loose: float,
    size: float,
    bold: bool,
    base: float,
    italic: bool = False,
) -> Run:
    """A run whose first glyph's loose box is `loose` high, measured as `size`
    (`measured`). Where the two differ (a font with an abnormally tall box), its gaps are
    measured in `size` (the run's `em`); its `size` stays the loose height, which the layout
    compares with other faces' (body, notes, headings), and its box the loose box, as before."""
    if size == loose or loose <= 0:
        return Run(text, x0, y0, x1, y1, size, bold, base, italic=italic)
    return Run(text, x0, y0, x1, y1, loose, bold, base, em=size, italic=italic)


def _styled_run(
    text: str,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    style: tuple[float, float, bool, bool],
    base: float,
) -> Run:
    """`_run_in` with the run's loose size, measure, weight and slant as `_by_words` keeps them
    (a call compiled code makes directly; `*style` went through a generic Python call)."""
    return _run_in(text, x0, y0, x1, y1, style[0], style[1], style[2], base, style[3])


def _lettered(word: str, digits: bool) -> bool:
    """A word of two glyphs or more ending in a letter (closing punctuation after it), no digit
    in it (`digits`: it has one): its end glyphs' boxes show whether it is set level."""
    if digits:
        return False
    last = len(word) - 1
    while last > 0 and not word[last].isalnum():
        last -= 1
    return last > 0 and word[last].isalpha()


def _pieces(words: list[_Word]) -> list[_Piece]:
    """`_word`'s pieces as the joining loop takes them (weight unknown: 0)."""
    return [(w.start, w.x0, w.y0, w.x1, w.y1, w.size, w.bold, 0, w.italic) for w in words]


def _last_alike(text: str, glyphs: Glyphs, start: int, end: int, y0: float, y1: float) -> bool:
    """Whether the word's last letter or digit, before its closing punctuation ("zijn.", a
    marker in "202813."), stands like its first glyph (loose box y0..y1), as `_word` asks."""
    last = end - 1
    while last > start and not text[last].isalnum():
        last -= 1
    return last == start or _same_style((0.0, y0, 0.0, y1), _box(glyphs, last))


def _digits_alike(text: str, glyphs: Glyphs, start: int, end: int, y0: float, y1: float) -> bool:
    """Whether each digit after another character in the word stands like its first glyph: a
    footnote marker glued to a word does not (as `_word` asks)."""
    head = (0.0, y0, 0.0, y1)
    return all(
        _same_style(head, _box(glyphs, m.end()))
        for m in _DIGITS_AFTER.finditer(text, start, end - 1)
    )


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where pdfium's words (what its spaces leave) stand in text[start:end]."""
    spans = []
    find, e = text.find, start
    for word in text[start:end].split():
        s = find(word, e)
        e = s + len(word)
        spans.append((s, e))
    return spans


def _grouped(text: str, glyphs: Glyphs, words: list[_Word], end: int) -> list[Run]:
    """The words of an OCR layer's line joined into runs while each is `_beside` the last."""
    runs: list[Run] = []
    group: list[_Word] = []
    for word in words:
        if group and not _beside(group[0], group[-1], word):
            runs.append(_group_run(text, glyphs, group, word.start))
            group = []
        group.append(word)
    if group:
        runs.append(_group_run(text, glyphs, group, end))
    return runs


def _group_run(text: str, glyphs: Glyphs, group: list[_Word], end: int) -> Run:
    y0 = min(w.y0 for w in group)
    y1 = max(w.y1 for w in group)
    return _run(text, glyphs, group[0], group[-1], y0, y1, end)


def _beside(first: _Word, prev: _Word, word: _Word) -> bool:
    """An OCR layer's word follows the last: not leftwards of it, and on its row."""
    size = max(first.size, 1.0, word.size, prev.size)
    return -0.3 * size < word.x0 - prev.x1 and min(word.y1, prev.y1) > max(word.y0, prev.y0)


def _run(
    text: str, glyphs: Glyphs, first: _Word, last: _Word, y0: float, y1: float, end: int
) -> Run:
    """The run of words first..last, which reach from y0 to y1, its text up to `end`."""
    base = glyphs.baseline(first.start, y0)
    piece = text[first.start : end]
    return Run(piece, first.x0, y0, last.x1, y1, first.size, first.bold, base, italic=first.italic)


def _word(text: str, glyphs: Glyphs, start: int, end: int) -> list[_Word]:
    """A pdfium word, boxed by its end glyphs; split glyph by glyph if they disagree."""
    head = _box(glyphs, start)
    tail = _box(glyphs, end - 1) if end - start > 1 else head
    last = end - 1
    while last > start and not text[last].isalnum():  # "202813." has its marker before the "."
        last -= 1
    if head is not None and last not in (start, end - 1):
        tail = tail if _same_style(head, _box(glyphs, last)) else None
    if head is None or tail is None:  # a glyph without a box, or a marker before punctuation
        return _glyph_by_glyph(glyphs, start, end) or [_Word(start, 0, 0, 0, 0, 0.0, False)]
    size = head[3] - head[1]
    if (
        _same_style(head, tail)
        and head[0] - 0.3 * size <= tail[2] <= head[0] + (end - start + 1) * 1.5 * size
        and all(
            _same_style(head, _box(glyphs, m.end()))
            for m in _DIGITS_AFTER.finditer(text, start, end - 1)
        )
    ):
        bold, italic = glyphs.bold(start), glyphs.italic(start)
        return [_Word(start, head[0], head[1], tail[2], head[3], size, bold, italic)]
    # A footnote marker glued to its word, a URL broken over lines: glyph by glyph.
    return _glyph_by_glyph(glyphs, start, end)


def _tilted(glyphs: Glyphs, start: int, end: int) -> list[_Word]:
    """A word set a few degrees off level (a street's name along its street on a map), which
    `turn_of` still reads as level, as one word boxed by all its glyphs: its baseline climbs or
    falls glyph by glyph, and the tests for a level word would cut it into pieces of a letter
    or three ('Ov' 'ert' 'oo' 'mpa' ...). None for a level word."""
    angle = glyphs.angle(start)
    if angle < 0 or min(angle, 2 * math.pi - angle) < _TILT:
        return []
    boxes = [b for i in range(start, end) if (b := _box(glyphs, i)) is not None]
    if len(boxes) < 2:
        return []
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    size = min(b[3] - b[1] for b in boxes)
    return [_Word(start, x0, y0, x1, y1, size, glyphs.bold(start), glyphs.italic(start))]


_TILT: Final = 0.04  # radians (about 2 degrees): less is level type, or a glyph's rounding


def _same_style(head: Box, other: Box | None) -> bool:
    """Same type size and baseline (loose boxes: same height and bottom)."""
    if other is None:
        return False
    size = head[3] - head[1]
    taller = abs((other[3] - other[1]) - size)
    return taller <= 0.12 * size and abs(other[1] - head[1]) <= 0.2 * size


def _glyph_by_glyph(glyphs: Glyphs, start: int, end: int) -> list[_Word]:
    out: list[_Word] = []
    for i in range(start, end):
        box = _box(glyphs, i)
        if box is None:
            continue
        size = max(box[3] - box[1], 0.1)
        if out:
            last = out[-1]
            if (
                abs(size - last.size) <= 0.12 * last.size
                and abs(box[1] - last.y0) <= 0.2 * last.size
                and -0.3 * last.size < box[0] - last.x1 < 0.3 * last.size
            ):
                last.x1 = max(last.x1, box[2])
                continue
        out.append(_Word(i, box[0], box[1], box[2], box[3], size, glyphs.bold(i), glyphs.italic(i)))
    return out


def _box(glyphs: Glyphs, i: int) -> Box | None:
    """The glyph's loose box (font ascent to descent), else its tight box if it has one.

    Some OCR layers have flat glyphs (no height): they get the height of their font size.
    """
    box = glyphs.loose_box(i)
    if box is not None and box[3] > box[1]:
        return box
    tight = glyphs.box(i)
    if tight[3] > tight[1]:
        return tight
    flat = box if box is not None and box[2] > box[0] else tight
    if not flat[2] > flat[0]:
        return None
    size = glyphs.font_size(i) or flat[2] - flat[0]
    return flat[0], flat[1] - 0.2 * size, flat[2], flat[1] + 0.8 * size
