"""Lines of the body, in reading order -> blocks (paragraphs, labels, list items).

A paragraph ends at a wider gap than the text's own line pitch, at a change of weight or size,
before a label or list marker, after a number standing alone on its line, and after a line that
ends a sentence while the next line's first word would still have fitted on it (so the writer
broke the line, not the typesetter). A paragraph cut by a page break continues on the next page
when it had not ended.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, field
from typing import Final

from services.segment.layout.lines import Line
from services.segment.layout.repair import (
    LINE_END_HYPHENS,
    LOWER,
    PDFIUM_MARKS,
    SYMBOL_FONT,
    URL_MARKS,
    Anchored,
    cuts_url,
    join_lines,
)

# A grouped label may lack a comma ("Vraag 7, 8, 9 10 en 11"): a bare space parts two numbers
# when the list goes on with a comma or "en" after the second.
LABEL: Final = re.compile(
    r"^(?P<word>Vraag|Vragen|Antwoord|Antwoorden)\s+(?P<num>\d{1,3}[a-z]?"
    r"(?:(?:\s*(?:,|en|t/m|tot en met|&|-|–)\s*|[ ]+(?=\d{1,3}[a-z]?\s*(?:,|en )\s*\d))"
    r"\d{1,3}[a-z]?)*)\s*[:.)]?\s*(?P<rest>.*)$"
)
# A list mark: a bullet sign, "a)", "iv)", "2)". Word sets bullets in a symbol font (Symbol,
# Wingdings), whose glyphs pdfium reports in the private-use block U+F000-U+F0FF ('\uf0b7').
BULLET: Final = Anchored(
    re.compile(r"^(?:[•●▪◦·■□\-–—*o\uf000-\uf0ff]|\(?[a-z]\)|[ivx]{1,4}\)|\d{1,2}\))\s+\S"),
    "•●▪◦·■□-–—*(" + LOWER + SYMBOL_FONT,
    True,
)
# A lettered item as a law or a regulation sets it: "a. een wetsvoorstel ...", "b. ...".
LETTERED: Final = Anchored(re.compile(r"^[a-z]\.\s+\S"), LOWER, False, ".")
# An agenda's item under a capital letter, as a council's agenda and its minutes set it: 'A.
# Vaststelling agenda', 'B. Stad in de raad', and the points under one, 'D.1 Voorstel ...',
# 'D.10 ...'. A capital and a dot is also an initial ('A. de Vries', 'A. Wet' in a citation):
# only a run is read as items (`capital_items`).
CAPITAL_ITEM: Final = re.compile(r"^([A-Z])\.(?:(\d{1,2})\.?)?\s+\S")
_LETTER_RUN: Final = 3  # items in order, A., B., C., each at its line's start at one left edge
_POINT_RUN: Final = 2  # points in order under one letter, D.1 and D.2, at one left edge
_NOTE_NUMBER: Final = Anchored(
    re.compile(r"^\d{1,3}\s+\S"), "", True
)  # an endnote's number, hanging left of its text
NUMBERED: Final = Anchored(re.compile(r"^(\d{1,3})[.)]\s+\S"), "", True)
# A question's number on a line of its own above the question, as a Kamerstuk's nota naar
# aanleiding van het verslag prints it: "2", "5, 6 en 7", "14/21".
NUMBER_ALONE: Final = re.compile(
    r"^\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot en met|&|/|-|–)\s*\d{1,3}[a-z]?)*$"
)
# A sentence's or a clause's last character: asked of a text's last character, as a set (a
# tuple constant is built anew at each call of compiled code's `endswith`; speed23.md, round 35).
_SENTENCE_ENDS: Final = frozenset(".?!:;")
WRAP_CHARS: Final = 12  # a wrapped line ends within a long word's width of the column's right edge
# An annex's head, "Bijlage 1 — Relevante artikelen uit de Wob" ('BIJLAGE 2' in an annual
# report's capitals), opens a page of its own.
_ANNEX: Final = re.compile(r"^(?:Bijlage|BIJLAGE)\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])\b")
# A list whose items open with a word and a number: "Bijlage 1.1 - ...", "Stap 2: ..."
_LIST_WORDS: Final = ("Bijlage", "Annex", "Stap", "Fase")
_LABELLED: Final = re.compile(
    rf"^(?P<word>{'|'.join(_LIST_WORDS)})\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?)\b"
)
# A letter's or e-mail's closing formula stands on its own line; the name under it is not its text.
_CLOSING: Final = re.compile(
    r"^(?:Met (?:vriendelijke|hartelijke) groet(?:en)?|Hoogachtend"
    r"|(?:Hartelijke |Vriendelijke )?Groet(?:en)?"
    r"|(?:Kind|Best) regards|Regards),?$",
    re.I,
)
_LABEL_WORDS: Final = (
    "Vraag",
    "Vragen",
    "Antwoord",
)  # how a LABEL starts: most lines are not asked
# _CLOSING's first letters, as its case-blind match reads them (the Kelvin sign is a 'k');
# tests/unit/segment/test_speed35.py checks every character against the pattern's letters.
_CLOSING_STARTS: Final = frozenset("MmHhGgVvKkBbRr\u212a")


def _ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence or a clause."""
    return text[-1:] in _SENTENCE_ENDS


def label_start(text: str) -> bool:
    """`text.startswith(_LABEL_WORDS)`, asked first of its first letter ('V', 'A')."""
    return text[:1] in "VA" and text.startswith(_LABEL_WORDS)


_SMALL: Final = frozenset(LOWER)  # asked of one character: a set, not a comparison


def _bulleted(text: str) -> bool:
    """Whether BULLET matches `text`. A line that goes on a sentence starts with a word in lower
    case, which no mark does: a letter in lower case starts one only before ')' ('a)'), before a
    space ('o ') or as a roman number ('iv)'); two small letters not both roman are a word."""
    c = text[:1]
    if c in _SMALL:
        d = text[1:2]
        if d in _SMALL and not (c in "ivx" and d in "ivx"):
            return False
    return BULLET.match(text) is not None


_MID_URL_ENDS: Final = tuple(LINE_END_HYPHENS + "/_")


def _resized(before: float, after: float, loose: bool) -> bool:
    """Whether the type changes between two lines: by 15 %, or twofold where OCR sized them."""
    if loose:
        return max(before, after) > 2 * min(before, after)
    return abs(after - before) > 0.15 * before


def _url_goes_on(prev: Line, text: str, right: float, prev_text: str) -> bool:
    """The line ends inside a URL (at a hyphen, or at a slash before more URL material: a path may
    end at its slash, and a heading after it is no part of it; or anywhere, where the line is
    full) and the next line continues it. `text`, `prev_text`: the lines' texts stripped."""
    if "/" not in prev_text or not (prev_text.endswith(_MID_URL_ENDS) or _wrapped(prev, right)):
        return False
    first = text.split(" ", 1)[0]
    if prev_text.endswith("/") and not any(ch in first for ch in URL_MARKS):
        return False
    return cuts_url(prev.text, text)


# Coordinates within this of 0 are rounded by `round2`'s own path (a page is at most 14,400 pt).
_ROUND2_SPAN: Final = 1e5
# x·100 is within 2^-29 of the exact product below the span: a fraction this far from a half
# rounds the same either way.
_ROUND2_TIE: Final = 1e-6


def round2(x: float) -> float:
    """`round(x, 2)`, bit for bit, as a float (an int coordinate of pure Python too, as the
    segment's validator makes it). CPython's `round` writes the correctly rounded decimal and
    reads it back (dtoa, ~2K instructions); the same double is `n / 100` for n the nearest
    integer to x·100, which the product tells at once unless it lies within a hair of a half
    (a tie, 72.125, is rounded to even there) or n is 0 (a signed zero): those ask `round`.
    n / 100 is correctly rounded and n/100 is never halfway between two doubles, so it is the
    double strtod reads (tests/unit/segment/test_speed35.py; speed23.md, round 35)."""
    if -_ROUND2_SPAN < x < _ROUND2_SPAN:
        y = x * 100.0
        n = float(int(y))  # toward zero, exact
        f = y - n  # exact, in (-1, 1)
        if f > 0.5 + _ROUND2_TIE:
            n += 1.0
        elif f < -0.5 - _ROUND2_TIE:
            n -= 1.0
        elif not -0.5 + _ROUND2_TIE < f < 0.5 - _ROUND2_TIE:
            return float(round(x, 2))
        if n != 0.0:
            return n / 100.0
    return float(round(x, 2))


@dataclass
class Block:
    lines: list[Line]
    kind: str = "paragraph"
    text: str = ""
    refs: list[str] = field(default_factory=list)
    rows: list[list[str]] | None = None
    number: str | None = None
    role: str | None = None
    level: int | None = None  # a heading's depth (families: layout/headings.py)
    fields: dict[str, str] | None = None  # an e-mail header's fields (families/email.py)
    answer_to: list[Block] = field(default_factory=list)  # the question blocks an answer answers

    # The dataclass's own __init__, written out as words.Run's (compiled code calls it directly).
    def __init__(
        self,
        lines: list[Line],
        kind: str = "paragraph",
        text: str = "",
        refs: list[str] | None = None,
        rows: list[list[str]] | None = None,
        number: str | None = None,
        role: str | None = None,
        level: int | None = None,
        fields: dict[str, str] | None = None,
        answer_to: list[Block] | None = None,
    ) -> None:
        self.lines = lines
        self.kind = kind
        self.text = text
        self.refs = [] if refs is None else refs
        self.rows = rows
        self.number = number
        self.role = role
        self.level = level
        self.fields = fields
        self.answer_to = [] if answer_to is None else answer_to

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def bold(self) -> bool:
        return sum(len(ln.text) for ln in self.lines if ln.bold) * 2 > sum(
            len(ln.text) for ln in self.lines
        )

    @property
    def size(self) -> float:
        return max(ln.size for ln in self.lines)

    def bbox(self) -> tuple[float, float, float, float]:
        page = self.lines[0].page
        first = self.lines[0]
        x0, y0, x1, y1 = first.x0, first.y0, first.x1, first.y1
        for ln in self.lines:  # min and max written out: once per segment, over its lines
            if ln.page == page:
                x0 = ln.x0 if ln.x0 < x0 else x0
                y0 = ln.y0 if ln.y0 < y0 else y0
                x1 = ln.x1 if ln.x1 > x1 else x1
                y1 = ln.y1 if ln.y1 > y1 else y1
        return round2(x0), round2(y0), round2(x1), round2(y1)

    def finish(self) -> Block:
        if self.kind != "table":
            texts = [ln.text for ln in self.lines]
            if len(texts) > 2 and not _PDFIUM_MARKS.isdisjoint(texts):
                texts = _glued(texts)
            self.text = join_lines(texts)
        for line in self.lines:
            if line.refs:
                self.refs += [r for r in line.refs if r not in self.refs]
            if line.label and line.label not in self.refs:
                self.refs.append(line.label)
        return self


# pdfium's marks of a hyphen at a line's end; Word and LibreOffice may set one apart in 0.5 pt
# (`_hyphen_mark`), where it stands as a line of its own.
_PDFIUM_MARKS: Final = frozenset(PDFIUM_MARKS)


def _glued(texts: list[str]) -> list[str]:
    """The lines' texts with a hyphen mark standing alone glued onto the line before it, so the
    word it breaks is joined again ('persoons' + U+FFFE + 'gegevens')."""
    out: list[str] = []
    for text in texts:
        if out and text in _PDFIUM_MARKS:
            out[-1] = out[-1].rstrip() + text
        else:
            out.append(text)
    return out


def _hyphen_mark(prev: Line, line: Line) -> bool:
    """Whether `line` is only pdfium's mark of a hyphen at `prev`'s end, set in under half its
    size on its baseline right after it: the line goes on below (the Model DPIA of the Rijk, Word:
    'persoons' / 'gegevens' broke into two paragraphs at every such word)."""
    return (
        line.text in _PDFIUM_MARKS
        and line.page == prev.page
        and line.size < 0.5 * prev.size
        and abs(prev.base - line.base) <= 0.5 * prev.size
        and line.x0 >= prev.x1 - 1
    )


def line_pitch(lines: list[Line]) -> float:
    return _median_pitch(_spacings(lines))


def _median_pitch(spacings: list[float]) -> float:
    return _median(spacings) if spacings else 12.0


def _median(values: list[float]) -> float:
    """`statistics.median` of `values` (not empty), as it computes it, in compiled code."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def line_leading(lines: list[Line]) -> float:
    """The spacing most lines keep to the next (to half a point): the text's leading. A median
    would take a paragraph gap where the text's paragraphs are short and its tables spaced."""
    # Counted in a dict and the most common found in one walk, as `Counter` and `min` with the
    # key `(-counts[p], p)` answer (the most lines; of those, the smallest spacing), without a
    # generator, a Counter and a key call and tuple a spacing (speed23.md, round 40).
    counts: dict[float, int] = {}
    for spacing in _spacings(lines):
        p = half_even(2 * spacing) / 2
        counts[p] = counts.get(p, 0) + 1
    best, most = 12.0, 0
    for p, n in counts.items():
        if n > most or (n == most and p < best):
            best, most = p, n
    return best


def half_even(y: float) -> int:
    """`round(y)` of a float y >= 0 (ties to even), in compiled code: `round` is a look-up in the
    builtins and a generic call there (speed23.md, round 40). The fraction y - int(y) is exact."""
    if not y >= 0.0:  # a negative or NaN: `round` says (and raises) as before
        return round(y)
    n = int(y)  # toward zero: floor
    fraction = y - n
    if fraction > 0.5 or (fraction == 0.5 and n % 2 == 1):
        n += 1
    return n


# A zone's band after its column: 'body2~3', the third band's second column (columns.py
# `_bands`, which names them); a column's bands share its edges and its leading.
BAND: Final = "~"
# A band that is one box or label of a drawing ends so: 'body~2#' (layout/drawings.py). It is
# its own block(s), never a part of the body's paragraph before or after it.
FIGURE: Final = "#"
# A band of a chart's or a map's labels ends so: 'body~2##' (drawings.chart_zones); its lines
# are one block, whatever their spacing (an axis's values, a legend, the categories under it).
CHART: Final = FIGURE + FIGURE


def column_of(zone: str) -> str:
    """The column a zone belongs to: 'body2' of 'body2~3'; a zone without a band is its own."""
    return zone.partition(BAND)[0]


def _shared_by_bands(edges: dict[str, float], banded: set[str]) -> dict[str, float]:
    """Each banded zone given its column's edge."""
    for zone in banded:
        column = column_of(zone)
        if column in edges:
            edges[zone] = edges[column]
    return edges


def _spacings(lines: list[Line]) -> list[float]:
    """The spacings from each line to the next below it on its page, in the same type. They
    are measured column by column: a page read in bands (columns.py `_bands`) is taken in its
    columns' order for this, so its leading is what it was read column by column."""
    if any(BAND in ln.zone for ln in lines):
        lines = sorted(lines, key=lambda ln: (ln.page, *reading_order(ln)[1:]))
    spacings: list[float] = []
    for k in range(1, len(lines)):  # by index: no pair of lines made a line
        a, b = lines[k - 1], lines[k]
        if a.page == b.page:
            spacing = a.base - b.base
            if 0 < spacing < 4 * a.size and abs(a.size - b.size) < 1:
                spacings.append(spacing)
    return spacings


def _stretch_pitch(
    spacings: list[float], pitch: float, size: float, around: tuple[float, float] | None
) -> float:
    """The pitch of lines whose `_spacings` are `spacings` (their median: `pitch`). A stretch
    of a few lines between tables (a head, a lead-in, three points, a closing line) may have
    more gaps between its paragraphs than spacings inside them: its median is then a paragraph
    gap. The text it was cut from tells the leading, for type of this size."""
    if around is None or len(spacings) >= _FEW_SPACINGS:
        return pitch
    leading, body = around
    return min(pitch, leading * size / body) if body > 0 else pitch


_FEW_SPACINGS: Final = 6


def _floored(
    prev: Line, line: Line, around: tuple[float, float] | None, set_at_leading: bool
) -> bool:
    """Whether the text's leading is a floor for the spacing from `prev` to `line`: a change of
    type (a caption, then a head), or lines in the text's type where the stretch shows lines set
    at that leading (then its wider spacings are gaps). Two lines of one other type (a title in
    larger type, set loose on a cover) and a stretch of rows set wider than the text (a form's
    fields between its tables) keep their own spacing."""
    if around is None or not _same_type(prev.size, line.size):
        return True
    return set_at_leading and _same_type(prev.size, around[1])


def _set_at_leading(spacings: list[float], floor: float) -> bool:
    """Whether some line of the stretch (its `_spacings`) stands the floor's spacing from the
    next."""
    return any(abs(spacing - floor) <= _SAME_TYPE * floor for spacing in spacings)


def _same_type(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_TYPE * max(a, b)


_SAME_TYPE: Final = 0.08  # as the columns read type: 0.92 of a size is a smaller type


def reading_order(line: Line) -> tuple[int, int, float]:
    """Band by band ("body2~3": the third band's second column; a page without bands has
    none), column by column ("body", "body2", ...), top to bottom within each."""
    column, _, band = line.zone.partition(BAND)
    column = column[4:] if column.startswith("body") else ""
    band = band.rstrip(FIGURE)
    return (
        int(band) if band.isdigit() else 0,
        int(column) if column.isdigit() else 1,
        -line.y1,
    )


_PROSE_LINES: Final = 5  # lines of prose a column needs to learn its edge from them alone


def right_edges(lines_by_page: dict[int, list[Line]]) -> dict[str, float]:
    """Per column: where its full lines end (so a short line is seen to end a paragraph).

    When the column's table rows (cells parted by wide gaps) reach past its prose by more than
    an em (a last column in smaller type out to the page's margin), the edge is learnt from the
    prose alone: else every full line of prose would look short and end its paragraph.

    A column's bands (columns.py `_bands`) share its edge: 'body2~3' has the edge of 'body2'."""
    ends: dict[str, list[float]] = {}
    # the prose lines' ends and sizes, in two lists a column (no pair a line)
    prose: dict[str, list[float]] = {}
    prose_sizes: dict[str, list[float]] = {}
    banded: set[str] = set()
    for lines in lines_by_page.values():
        for line in lines:
            zone = line.zone
            if BAND in zone:
                banded.add(zone)
                zone = column_of(zone)
            if len(line.text) > 20:
                ends.setdefault(zone, []).append(line.x1)
                if len(line.cells) <= 1:
                    prose.setdefault(zone, []).append(line.x1)
                    prose_sizes.setdefault(zone, []).append(line.size)
    edges = {zone: _ninetieth(xs) for zone, xs in ends.items()}
    for zone, found in prose.items():
        if len(found) < _PROSE_LINES:
            continue
        edge = _ninetieth(found)
        em = _median(prose_sizes[zone])
        if edge < edges[zone] - em:
            edges[zone] = edge
    return _shared_by_bands(edges, banded)


def _ninetieth(xs: list[float]) -> float:
    return sorted(xs)[int(len(xs) * 0.9)]


def build_blocks(
    lines: list[Line],
    right_edge: float | dict[str, float],
    ocr_pages: Set[int] = frozenset(),
    around: tuple[float, float] | None = None,
) -> list[Block]:
    """Lines in reading order -> blocks; `right_edge` per column zone, or one for all.

    `ocr_pages`: pages whose text an OCR engine placed (Tesseract's reading, a scanner's
    invisible layer). A line's size there is the height of its first glyph's box, so 'pakken'
    under 'Deelname' differs by a third; type that changes less than twofold starts no block.
    `around`: the leading and type size of the text the lines were cut from (by a table)."""
    if not lines:
        return []
    size = _median([ln.size for ln in lines])
    spacings = _spacings(lines)  # asked once: the pitches below all read them
    own = _median_pitch(spacings)
    pitch = _stretch_pitch(spacings, own, size, around)
    at_leading = _set_at_leading(spacings, pitch)
    lefts = left_edges(lines)
    # one edge for all, or each column's (a zone without one: none to measure against)
    edges = right_edge if isinstance(right_edge, dict) else None
    edge = 1e6 if isinstance(right_edge, dict) else right_edge
    ocr = bool(ocr_pages)
    items = capital_items(lines)  # an agenda's lettered items: each opens a block
    item_at = lines[0].x0 if 0 in items else None  # the block's item's edge, if it opens one
    block = Block([lines[0]])  # the block being made
    blocks = [block]
    last = lines[0]  # the line before, but a hyphen mark glued to its end
    last_text = last.text.strip()  # its text stripped: each line's is stripped once, here
    count = len(lines)
    for k in range(1, count):  # by index: no pair of lines made a line
        line = lines[k]
        if _hyphen_mark(last, line):
            block.lines.append(line)
            continue
        text = line.text.strip()
        prev, last = last, line
        prev_text, last_text = last_text, text
        if line.zone == prev.zone and line.zone.endswith(CHART):  # a chart's labels: one block
            block.lines.append(line)
            continue
        right = edge
        if edges is not None:
            found = edges.get(prev.zone)
            right = 1e6 if found is None else found  # a zone without an edge: none to measure
        loose = ocr and line.page == prev.page and line.page in ocr_pages  # not over a page break
        left = lefts.get(line.zone)
        if left is None:  # a zone without long lines: no indent to see
            left = line.x0
        set_in = line.x0 - left >= 0.8 * line.size and not loose
        held = block.lines
        opener = len(held) == 1 or (len(held) == 2 and held[1].text in _PDFIUM_MARKS)
        first = held[0]
        if (
            k not in items
            # an item's lines hang under its words; a line left of its mark is the text under
            # a lettered head ('A. Resultaat Verkiezingen' over its paragraph)
            and (item_at is None or line.x0 >= item_at - 1 or line.page != prev.page)
            and not (opener and _number_label(prev, line, loose, text, prev_text))
            and not _next_item(first, line, text)
            and not _section_head_atop(prev, line, lines[k + 1] if k + 1 < count else None)
            and _continues(
                prev,
                line,
                pitch if not loose and _floored(prev, line, around, at_leading) else own,
                right,
                size,
                loose,
                first,
                text,
                prev_text,
                pitch,
            )
            and not (set_in and _indented(prev, line, left, opener, text, prev_text))
            and not (line.zone != prev.zone and (FIGURE in line.zone or FIGURE in prev.zone))
        ):
            held.append(line)
        else:
            block = Block([line])
            blocks.append(block)
            item_at = line.x0 if k in items else None
    if items:
        _items_listed(blocks, items, lines)
    return [b.finish() for b in blocks]


def _items_listed(blocks: list[Block], items: set[int], lines: list[Line]) -> None:
    """An agenda's lettered items, one under the other, are a list's items: each block an item
    opens, next to another such block. One with other text between it and the next (a
    reserve's letter and name over the paragraph on it, the minutes' point over the debate on
    it) is a head: the headings read it as they read it before."""
    opening = {id(lines[k]) for k in items}
    opens = [id(block.lines[0]) in opening for block in blocks]
    last = len(blocks) - 1
    for i, block in enumerate(blocks):
        if opens[i] and ((i > 0 and opens[i - 1]) or (i < last and opens[i + 1])):
            block.kind = "list_item"


def capital_items(lines: list[Line]) -> set[int]:
    """The indices of the lines that open an agenda's lettered item: a line starting with a
    capital and a dot ('A. Vaststelling agenda') in a run of at least `_LETTER_RUN` such lines,
    each the letter after the one before, at the same left edge of the same column (other lines
    between, an item's wrapped lines); and one starting with a letter's point ('D.1 Voorstel
    ...') in a run of at least `_POINT_RUN` points of one letter numbered on, at one edge. A
    lone 'A.' at a line's start is an initial or a citation ('A. de Vries', 'A. Wet'), as are
    letters out of order, a letter before a word in lower case ('B. van Loon') and one under a
    line that ends on a comma or on a word that leads on (a sentence that goes on there, a list
    of names: 'Van Dam,' / 'A. Willemsen'): they open nothing."""
    # the items at each edge: (zone, x0) -> the last item's index there and its run so far
    last: dict[tuple[str, float], tuple[str, int, list[int]]] = {}
    runs: list[tuple[bool, list[int]]] = []
    for k, line in enumerate(lines):
        text = line.text
        # the gate: a capital then a dot (most lines fail at the second character)
        if len(text) < 4 or text[1:2] != "." or not "A" <= text[:1] <= "Z":
            continue
        m = CAPITAL_ITEM.match(text)
        if m is None:
            continue
        letter = m.group(1)
        point = m.group(2)
        if point is None and not text[m.end() - 1 : m.end()].isupper():
            continue  # an initial before a name's 'de', 'van'
        if k > 0:
            above = lines[k - 1].text.rstrip()
            if above.endswith(",") or _open_end(above):
                continue  # the sentence above goes on
        num = int(point) if point is not None else 0
        key = (line.zone + ("." if point is not None else ""), line.x0)
        before: tuple[str, int, list[int]] | None = None
        found: tuple[str, float] | None = None
        for at, held in last.items():
            if at[0] == key[0] and abs(at[1] - line.x0) <= 1:
                before, found = held, at
                break
        if found is not None:
            del last[found]  # the run goes on at this item's own edge
        if before is not None and (
            (point is None and ord(letter) == ord(before[0]) + 1)
            or (point is not None and letter == before[0] and num == before[1] + 1)
        ):
            run = before[2]
            run.append(k)
        else:
            run = [k]
            runs.append((point is not None, run))
        last[key] = (letter, num, run)
    items: set[int] = set()
    for points, run in runs:
        if len(run) >= (_POINT_RUN if points else _LETTER_RUN):
            items.update(run)
    return items


_SECTION_HEAD: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\S")
_HEAD_WORDS: Final = 8
_APART: Final = 1.5  # sizes of the text under a head: the space a head stands apart by


def _section_head_atop(prev: Line, line: Line, after: Line | None) -> bool:
    """Whether `line`, the first of a page, is a numbered section's head ('4.1 Locatiewissel')
    standing apart from the text under it: the page starts afresh there, though the page before
    ended in an item without a stop. A line starting with a decimal number in the middle of a
    sentence ('2.1 van de Gemeentewet, ...') runs on; a head is short, ends in no stop and has
    space under it."""
    if line.page == prev.page or not _SECTION_HEAD.match(line.text.strip()):
        return False
    text = line.text.strip()
    if len(text.split()) > _HEAD_WORDS or _ends_sentence(text):
        return False
    if after is None or after.page != line.page or after.zone != line.zone:
        return False
    # space under it: more than a line of the text's type (a paragraph's lines stand about
    # their type's height apart; the document's pitch can be a list's, looser)
    return line.base - after.base > _APART * max(after.size, 1.0)


def _number_label(prev: Line, line: Line, loose: bool, text: str, prev_text: str) -> bool:
    """Whether `prev`, a number alone on its line that opened its block, labels the prose set
    under it at its left edge (a question's number over the question). An OCR'd page's stray
    digits and letters are no prose; a number that ends a wrapped line opened no block. `text`,
    `prev_text`: the lines' texts stripped."""
    if not prev_text[:1].isdigit() or loose or abs(line.x0 - prev.x0) >= 2:
        return False
    return bool(NUMBER_ALONE.match(prev_text)) and text[:1].isupper() and len(text.split()) >= 3


def _next_item(first: Line, line: Line, text: str) -> bool:
    """A line numbered one on from its block's first line, at the same edge, is the list's next
    item ('2. Knelpunten' under '1. Administratieve lasten', 'Bijlage 1.2 - Advies ...' under
    'Bijlage 1.1 - ...'), though the one before ends without a stop. `text`: the line's text
    stripped."""
    if line.zone != first.zone or abs(line.x0 - first.x0) > 1:
        return False
    c = text[:1]
    if c.isdigit():
        this, before = NUMBERED.match(text), NUMBERED.match(first.text.strip())
        return this is not None and before is not None and int(this[1]) == int(before[1]) + 1
    if c not in "BASF" or not text.startswith(_LIST_WORDS):  # their first letters
        return False
    this, before = _LABELLED.match(text), _LABELLED.match(first.text.strip())
    if this is None or before is None or this["word"] != before["word"]:
        return False
    *stem, last = before["num"].split(".")
    return this["num"] == ".".join([*stem, str(int(last) + 1)])


def left_edges(lines: list[Line]) -> dict[str, float]:
    """Per column: where its lines start (so a line set in from it is seen to open a paragraph)."""
    starts: dict[str, list[float]] = {}
    banded: set[str] = set()
    for line in lines:
        zone = line.zone
        if BAND in zone:  # a column's bands share its edge
            banded.add(zone)
            zone = column_of(zone)
        if len(line.text) > 20:
            starts.setdefault(zone, []).append(line.x0)
    edges = {zone: sorted(xs)[len(xs) // 10] for zone, xs in starts.items()}
    return _shared_by_bands(edges, banded)


def _indented(prev: Line, line: Line, left: float, opener: bool, text: str, prev_text: str) -> bool:
    """A line set in by an em or so from the column's edge, under a line that ended a sentence
    or a clause, opens a paragraph or a lettered item: the Kamerstukken and the Staatscourant set
    their paragraphs so, without space between. Under a line set in as far, it opens one only in
    a run of items (a one-line "b. een ontwerp regeling;" under "a. ...;"): the lines of a list
    item set in to the item's text, and of a paragraph set in as a whole, continue it. `opener`:
    whether `prev` is the first line of its block; `text`, `prev_text`: the lines' texts
    stripped."""
    # the geometry first: most lines start at the column's edge
    if line.page != prev.page or line.zone != prev.zone:
        return False
    if not 0.8 * line.size <= line.x0 - left <= 3 * line.size or prev.x0 > line.x0 + 1:
        return False
    if not _ends_sentence(prev_text):
        return False
    if BULLET.match(prev_text) or NUMBERED.match(prev_text) or _NOTE_NUMBER.match(prev_text):
        return False  # the text under a list item's or a note's first line is set in to its words
    if abs(prev.x0 - line.x0) <= 1:
        # under a line set in as far: only the next of a run of items, each one opening its own
        # block ("b. ...;" under "a. ...;", a definition under the last one's semicolon); a
        # paragraph set in as a whole goes on
        return opener and (bool(LETTERED.match(text)) or prev_text.endswith(";"))
    # under a line at the edge: a paragraph's or an item's first line, or a definition's term
    # (lower case, after the last one's semicolon)
    opens = text[:1].isupper() or text[:1].isdigit() or prev_text.endswith(";")
    return opens or bool(LETTERED.match(text))


def _column_break(prev: Line, line: Line) -> bool:
    """Whether `line` opens the next body column of the page, right of and above `prev`."""
    return (
        line.zone != prev.zone
        and line.zone.startswith("body")
        and prev.zone.startswith("body")
        and line.base > prev.base + line.size  # above it, not beside it on its line
        and line.x0 > prev.x1
    )


def _wrapped(line: Line, right: float) -> bool:
    """Whether the line runs to its column's known right edge (within a few of its characters):
    it wrapped there, its sentence goes on below."""
    char_width = line.width / max(len(line.text), 1)
    return line.x1 + WRAP_CHARS * char_width >= right


# A bold label ending in a colon with words after it on its line: a speaker's ('De heer Peter
# de Groot (VVD): Mevrouw'), however few words of the turn fit after it.
_LEAD_IN: Final = re.compile(r"\s*[^:\d]{2,80}:\s+[^\W\d_]")
# ... and a line that opens with a label of its own ('Zaak: ...' under an agenda point)
_OWN_LABEL: Final = re.compile(r"\S+(?: \S+){0,3}:\s")


def _lead_in(prev: Line, text: str) -> bool:
    """A speaker's lead-in, no numbered point (an agenda's '22. Agendapunt: ...'), over a line
    that opens with no label of its own."""
    # every match holds a colon: a line without one is asked no pattern (most lines)
    lead = ":" in prev.text and _LEAD_IN.match(prev.text) is not None
    return lead and _OWN_LABEL.match(text) is None


def _would_fit(prev: Line, line: Line, text: str, right: float) -> bool:
    """Whether the next line's first word would have fitted on `prev` before the column's
    known right edge: the writer broke the line there, not the typesetter. `text`: the next
    line's text stripped."""
    if right >= 1e5:
        return False
    first_word = text.split(" ", 1)[0]
    char_width = line.width / max(len(line.text), 1)
    return prev.x1 + char_width * (len(first_word) + 1) < right


def _runs_on(prev: Line, line: Line, right: float) -> bool:
    """A line led in by bold words ('De heer Bellot (MR). – Over elke tekst die aan de') whose
    sentence goes on in the body's type on the next line: one paragraph, not a bold head. It
    wrapped, so it runs to the column's edge (a bold item's line ending short ends there) and
    the next line's first word would not have fitted on it (a bold head with a colon inside,
    'Asbestdaken: nog veel werk te doen', stops short of the edge by more than that word)."""
    text = line.text.strip()
    return (
        (prev.plain_end or _lead_in(prev, text))
        and not line.bold
        and _wrapped(prev, right)
        and not _would_fit(prev, line, text, right)
        and not _ends_sentence(prev.text.strip())
        and not NUMBERED.match(text)  # the next point of a list opens its own block
        and not LETTERED.match(text)
    )


# layout49: a citation cut at its number, '(Kamerstuk 24 704, nr.' over '16) heeft uw Kamer ...':
# a line that ends on a word asking for a number goes on at the number atop the next line, though
# '16)' or '16.' looks like a list's mark there (a list's item follows a sentence's end or a colon,
# never 'nr.'). Asked only of a line that starts with a digit, of its last 9 characters.
_ASKS_NUMBER: Final = re.compile(
    r"(?:^|[\s(])(?:nrs?\.|blz\.|pag\.|p\.|art\.|artikel|nummers?)$", re.I
)
_CITED_NUMBER: Final = re.compile(r"^\d{1,4}[a-z]?[).,;]?(?:\s|$)")


def _cited_number(prev: Line, line: Line, pitch: float, prev_text: str, text: str) -> bool:
    """Whether `line`, starting with a number, finishes the citation `prev` broke off at 'nr.',
    'blz.', 'artikel' (the line right under it, or atop the next page in the same zone)."""
    if not text[:1].isdigit() or _ASKS_NUMBER.search(prev_text[-9:]) is None:
        return False
    if line.zone != prev.zone or not _CITED_NUMBER.match(text):
        return False
    if line.page == prev.page:
        return 0 < prev.base - line.base <= 1.3 * max(pitch, prev.size)
    return line.page == prev.page + 1


# Words a line cannot end on when its sentence or its title has ended: it goes on below.
_OPEN_END: Final = re.compile(
    r"(?:^|\s)(?:en|of|de|het|een|van|voor|met|in|op|aan|te|door|bij|tot|naar|over|uit|om|als"
    r"|die|dat)$",
    re.I,
)
# A match is one of those words (4 letters at most), the whitespace before it and a newline after
# it at most: it lies in a text's last 6 characters, which alone are searched (`_open_end`).
_OPEN_END_TAIL: Final = 6


def _open_end(text: str) -> bool:
    """`_OPEN_END.search(text)`, asked of the text's tail: a search tries the pattern at every
    position of a line. `^` takes a tail's start for the text's, but a match from there is a
    word and at most the final newline, 5 characters: it cannot fill a tail of 6."""
    return _OPEN_END.search(text[-_OPEN_END_TAIL:]) is not None


def _unfinished(prev: Line, line: Line, right: float, text: str, prev_text: str) -> bool:
    """A line cut mid-sentence whose words go on, in lower case, on the line right under it:
    the line wrapped at the column's edge, or it stops on a word no title or sentence ends on
    ("Criminaliteit en" over "rechtshandhaving 2023" on a cover). One block, though the weight
    changes (a bold item's title whose last words are set plain) or large type keeps a leading
    the body's pitch does not know. `text`, `prev_text`: the lines' texts stripped."""
    if (
        line.page != prev.page
        or line.zone != prev.zone
        or abs(line.size - prev.size) > 0.05 * prev.size
        or not 0 < prev.base - line.base <= 1.5 * prev.size
        or not text[:1].islower()
        or LETTERED.match(text)
        or _ends_sentence(prev_text)
    ):
        return False
    return _wrapped(prev, right) or _open_end(prev_text)


# A field of a record: a label of a few words and its value ('Zaak: Brief regering - 29477-921').
_FIELD: Final = re.compile(r"^([^\W\d_][\w()-]*(?: [\w()-]+){0,2}): \S")


def _short_before_break(prev: Line, right: float, following: str, opened: str) -> bool:
    """Whether the last line before a page break stops well short of its column's known right
    edge, on no word that leads on: the block ended there (a title, a subtitle, a closing line).
    A record's field over the next page's other field ('Zaak: ...' / 'Besluit: ...') keeps its
    record together as before; the label the record opened with (`opened`, the block's first
    line) opens the next record ('Zaak:' ... 'Besluit:' over 'Zaak:')."""
    if right >= 1e5 or following[:1].isdigit():
        # no edge learnt for the column: nothing to measure against; a number atop the next
        # page that opens no numbered item runs on ('... van artikel' / '2.1 van de Gemeentewet')
        return False
    text = prev.text.strip()
    label, next_label, first = _FIELD.match(text), _FIELD.match(following), _FIELD.match(opened)
    again = (label.group(1), first.group(1) if first else None) if label else ()
    if label and next_label and next_label.group(1) not in again:
        return False  # the record's opening label again ('Zaak:') opens the next record
    return not _wrapped(prev, right) and not _open_end(text)


def _continues(
    prev: Line,
    line: Line,
    pitch: float,
    right: float,
    size: float,
    loose: bool,
    first: Line,
    text: str,
    prev_text: str,
    leading: float,
) -> bool:
    """Whether `line` goes on the block whose last line is `prev` (`first`: its first line;
    `text`, `prev_text`: the lines' texts stripped, once a line in `build_blocks`; `leading`:
    the stretch's pitch as the text it was cut from tells it, `pitch` where it tells none)."""
    label = label_start(prev_text) and LABEL.match(prev_text)
    # _CLOSING's longest match is 25 characters ("Met vriendelijke groeten,"; case is matched
    # letter by letter): a longer line is asked no pattern (bench/segment/speed23.md, round 27),
    # nor one that starts with none of its first letters (round 35).
    if (label and not label.group("rest")) or (
        len(prev_text) <= 25 and prev_text[:1] in _CLOSING_STARTS and _CLOSING.match(prev_text)
    ):
        return False
    if _cited_number(prev, line, pitch, prev_text, text):
        return True
    if (
        (label_start(text) and LABEL.match(text))
        or _bulleted(text)
        or (line.bold and NUMBERED.match(text))
    ):
        return False
    # a URL cut at the line end goes on, whatever size an OCR layer gave the next line, or a
    # typewriter face the rest of the URL is set in (LaTeX's \url cuts 'www.rcnp.osaka' /
    # '-u.ac.jp/', 'be.nucl.' / 'ap.titech.ac.jp/' where the line is full)
    if (
        line.page == prev.page
        and 0 <= prev.base - line.base <= 1.3 * pitch
        and _url_goes_on(prev, text, right, prev_text)
    ):
        return True
    if _unfinished(prev, line, right, text, prev_text):
        return True
    if line.bold != prev.bold and not _runs_on(prev, line, right):
        return False
    if _resized(prev.size, line.size, loose):
        return False
    if line.page == prev.page and (_capitals(prev_text) != _capitals(text)):
        return False
    if line.page == prev.page and min(prev.x0, first.x0) > (line.x0 + line.x1) / 2 and not loose:
        # matrix38: the block so far starts beyond this line's middle, its first line and its
        # last (a masthead set right, 'Tweede Kamer der Staten-Generaal' / 'Vergaderjaar
        # 2025-2026', over the dossier's row at the left): set apart, no one paragraph. A
        # justified line cut in pieces ('... te dekken uit' | 'de reserve') starts at the left.
        return False

    if line.page != prev.page:
        if NUMBERED.match(text) or _ANNEX.match(text):  # a numbered item or an annex opening
            return False  # the page starts afresh
        if line.zone == prev.zone and line.x0 > (prev.x0 + prev.x1) / 2:
            return False  # the next page opens right of the text: a letter's sender block
        if text[:1].islower():
            return True
        # a paragraph cut by the page break goes on unless it had visibly ended: by its
        # sentence's end, or by a short line (one cut by the break fills its line to the
        # column's edge; a slide's subtitle over the next slide's head ends where it ends)
        return not _ends_sentence(prev_text) and not _short_before_break(
            prev, right, text, first.text.strip()
        )
    if _column_break(prev, line):
        # a paragraph cut at a column's foot goes on at the next column's head, mid-sentence
        return not _ends_sentence(prev_text) and text[:1].islower()
    gap = prev.base - line.base
    # Large type keeps its own leading: a title over three lines is one block.
    if gap > 1.3 * pitch * max(1.0, prev.size / size) or gap < 0:
        return False
    # a head broken by hand stands apart by more than the text's leading, where a few lines
    # between tables (a sender's head, 'Geen agendapunten', the next sender's head) have a
    # pitch of their own that is their heads' margins; rows of cells left by a table ('Indicatie
    # formele historie   Ja') are none
    apart = gap > _HAND_GAP * pitch or (
        gap > _HAND_GAP * leading and len(prev.cells) < 2 and len(line.cells) < 2
    )
    by_hand = apart and _head_by_hand(prev, line, size, right)
    if _ends_sentence(prev_text) or by_hand:
        first_word = text.split(" ", 1)[0]
        char_width = line.width / max(len(line.text), 1)
        if prev.x1 + char_width * (len(first_word) + 1) < right:
            return False
    return True


def _capitals(text: str) -> bool:
    """matrix38: a line set in capitals ('Nr. 12 MOTIE VAN HET LID DE GROOT C.S.', 'BESLUIT'
    over its text): three words at least, nine in ten of its letters and twelve at least upper
    case. Capitals are a type of their own: a line in them and one in mixed case are no one
    block, as bold and plain are none (a Kamerstuk's piece in the text's type under its
    dossier's title)."""
    if text.count(" ") < 2:
        return False
    upper = lower = 0
    rest = len(text)
    for ch in text:  # asked of every line: most are mixed case, told within their first words
        rest -= 1
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
            if 9 * lower > upper + rest:  # not nine in ten upper case, whatever follows
                return False
    return upper >= _CAPS_LETTERS and 9 * lower <= upper


_CAPS_LETTERS: Final = 12


def _head_by_hand(prev: Line, line: Line, size: float, right: float) -> bool:
    """Two bold lines in the text's own type, one under the other with a column edge learnt:
    if the second's first word would have fitted on the first, the writer broke the line there
    (a section's head over a subsection's, 'Vragen van de leden van de CDA-fractie' over the
    question's number '5.'), not the typesetter; the line-fit test then parts them as it parts
    sentences, where they stand apart by more than the text's pitch (`_HAND_GAP`). The first is
    a head's line: ten words at most, opening with a capital or a number (a bold decision's
    wrapped line, 'de heer ... te herbenoemen als lid van de Rekenkamercommissie' / 'Den Helder
    ...', is none). A larger title broken by hand keeps its lines (`_resized` asks size
    apart)."""
    if not (prev.bold and line.bold and right < 1e5 and _same_type(prev.size, size)):
        return False
    text = prev.text.strip()
    opens = text[:1].isupper() or text[:1].isdigit()
    return opens and len(text.split()) <= _HAND_HEAD_WORDS


_HAND_HEAD_WORDS: Final = 10  # a head is a short line: a bold sentence's line is no head
# of the text's pitch: a head broken by hand stands apart by its margin, more than the pitch; a
# wrapped head's lines stand at their own leading, the pitch or less (and a column's learnt
# right edge may be another's: a Staatscourant's narrow column under its title across)
_HAND_GAP: Final = 1.02
