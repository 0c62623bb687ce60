"""Tables: the grids the page draws (layout/grids.py), and consecutive lines that each fall
apart into cells at wide gaps.

A drawn grid's cells were read from inside their rectangles; the body lines that lie in it are
its text. Otherwise cells are put in the columns of the widest row by horizontal overlap, so a
row with an empty cell keeps its values under the right headers.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from services.segment.layout import unruled
from services.segment.layout.grids import GridTable
from services.segment.layout.headings import EMPHASIS
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import BULLET, CHART, NUMBERED, Block
from services.segment.layout.repair import (
    PDFIUM_MARKS,
    URL_START,
    address_goes_on,
    cuts_url,
    join_lines,
)

Piece = list[Line] | Block
# a column's cell the line above wrote in, as `_whole_cells` keeps it (see there)
_Open = tuple[list[str], bool, bool]


def split_tables(
    lines: list[Line],
    pitch: float,
    grids: Sequence[GridTable] = (),
    ocr_pages: AbstractSet[int] = frozenset(),
) -> list[Piece]:
    """Body lines -> stretches of plain lines and table blocks, in order. `ocr_pages`: the pages
    OCR read or added to (the document's `ocr_pages`): no table goes on over a page break
    between such a page and one read from its text layer alone (`_one_reading`)."""
    out: list[Piece] = []
    floor = _floor(lines)
    for piece in _split_by_grids(lines, pitch, grids, floor, ocr_pages) if grids else [lines]:
        if isinstance(piece, Block):
            out.append(piece)
        else:
            for chart, run in itertools.groupby(piece, key=lambda ln: ln.zone.endswith(CHART)):
                lines_run = list(run)
                # a chart's labels stand in columns and rows but are no table (drawings.py)
                out += [lines_run] if chart else _split_by_gaps(lines_run, pitch, floor, ocr_pages)
    return out


def _one_reading(a: Line, b: Line, ocr_pages: AbstractSet[int]) -> bool:
    """`a` and `b` were read alike: both by OCR (or with OCR's words added), or both from the
    text layer alone (tables34). A table that opens on such a page and goes on on a page of
    text layer alone (a contents table on a page whose heads were set as images, its last rows
    on the next page) is two tables, one a reading: the document's `ocr_pages` tells whose
    words a segment holds by its page, and a row of the next page in a segment of an OCR'd
    page would be counted as OCR's."""
    return (a.page in ocr_pages) == (b.page in ocr_pages)


def _floor(lines: list[Line]) -> float:
    """The lowest a page's body text reaches in the document (where a full page ends)."""
    return min((line.y0 for line in lines), default=0.0)


def _at_foot(line: Line, floor: float, pitch: float) -> bool:
    """`line` ends its page's body where a full page ends: a table that ran there went on."""
    return line.y0 - floor < _FOOT * pitch


_FOOT = 3.0  # pitches: a page's last line this close to the document's lowest


def _split_by_grids(
    lines: list[Line],
    pitch: float,
    grids: Sequence[GridTable],
    floor: float,
    ocr_pages: AbstractSet[int] = frozenset(),
) -> list[Piece]:
    """Lines inside a drawn grid become that grid's table, where its first line stood."""
    held = {id(line): g for line in lines if (g := _grid_of(line, grids)) is not None}
    kept = {id(g) for g in grids if _faithful(g, [ln for ln in lines if held.get(id(ln)) is g])}
    whole: dict[int, list[tuple[str, str]]] = {}  # by grid: a cell's cut address, made whole
    unread = _unread(lines, [g for g in grids if id(g) in kept], held, whole)
    out: list[Piece] = []
    plain: list[Line] = []
    taken: dict[int, Block] = {}
    drawn: dict[int, GridTable] = {}  # each table block's grid, by the block's id
    apart: dict[int, list[str]] = {}  # a block's header row told as the page's running head
    for line in lines:
        grid = held.get(id(line))
        if grid is None or id(grid) not in kept:
            plain.append(line)
            continue
        if id(line) in unread:
            line, rest = unread[id(line)]
            plain.append(rest)
            if not line.text:
                continue
        if id(grid) in taken:
            taken[id(grid)].lines.append(line)
            continue
        mine = [ln for ln in lines if held.get(id(ln)) is grid]
        rows = _without_pieces(grid, mine, [unread[id(ln)][1] for ln in mine if id(ln) in unread])
        if id(grid) in whole:
            rows = _made_whole(rows, whole[id(grid)])
        if not rows:  # no cell of the grid reads as text (a garbage layer's page): its lines
            plain.append(line)  # stay lines, as on a page that draws no grid
            continue
        if plain:
            out.append(plain)
            plain = []
        told = len(rows) > 1 and _told_apart(rows, mine)
        head = rows[0]
        if told:
            rows = rows[1:]
        block = Block([line], kind="table", rows=rows)
        if told:
            apart[id(block)] = head
        block.text = "\n".join(" | ".join(row) for row in rows)
        taken[id(grid)] = block
        drawn[id(block)] = grid
        out.append(block)
    if plain:
        out.append(plain)
    for block in taken.values():
        block.finish()
    moved = {id(rest) for _, rest in unread.values()}
    return _continued(
        out, drawn, lambda line: _at_foot(line, floor, pitch), ocr_pages, moved, apart
    )


def _told_apart(rows: list[list[str]], lines: list[Line]) -> bool:
    """A grid's first row whose words the body lines in the grid do not say: its line was
    taken for the page's running head (a header row the producer repeats on every page,
    LibreOffice's), told there; the grid's row would tell it twice (tables33). The lines may
    say one of its words elsewhere ('gebeurtenis' in a row's text under 'Gebeurtenis |
    Bijzondere aandachtspunten', tables36): the row's words are those the grid's cells read
    more often than its lines say them."""
    words = Counter(w for cell in rows[0] for w in _words(cell))
    read = Counter(w for row in rows for cell in row for w in _words(cell))
    said = Counter(w for line in lines for w in _words(line.text))
    # a word of its own (a letter alone may be a piece of a word cut by a rule: 's')
    return any(len(w) >= _PIECE for w in words) and not words - (read - said)


def _continued(
    pieces: list[Piece],
    grids: dict[int, GridTable],
    at_foot: Callable[[Line], bool],
    ocr_pages: AbstractSet[int] = frozenset(),
    moved: AbstractSet[int] = frozenset(),
    apart: dict[int, list[str]] | None = None,
) -> list[Piece]:
    """A drawn table continued on the next page (tables31) is one table: a grid's block that
    opens a page's body right after the grid's block that ended the page before, with the same
    column edges (each within `_SAME_EDGE`), takes its rows (a header row repeated there
    stays, as the page printed it). Two columns (tables32) only as `_goes_over` allows.
    Between the two may stand the words `_unread` moved out of the grid (`moved`: their lines'
    ids; a word the cells read once less than the lines say, 'en', a web address's piece): they
    stay after the table, and no longer part one inventory into a table a page (tables34).
    A header row the next page repeats is read once (tables36): the table goes on under it
    wherever it ended on its page (`_goes_over`), and the repeat is told as that page's running
    head (`_repeated_header`), or already was (`apart`: by block id, the header row a grid's
    page told there, `_told_apart`). A form printed again on the next page is a table of its
    own (`_printed_again`)."""
    told_apart = apart or {}
    out: list[Piece] = []
    heads: list[Piece] = []  # the header rows the later pages repeat, told once (tables36)
    for piece in pieces:
        k = len(out)
        while k and _moved_only(out[k - 1], moved):
            k -= 1
        last = out[k - 1] if k else None
        if (
            isinstance(piece, Block)
            and isinstance(last, Block)
            and id(piece) in grids
            and id(last) in grids
            and piece.lines[0].page == last.lines[-1].page + 1
            and _one_reading(last.lines[-1], piece.lines[0], ocr_pages)
            and _same_columns(grids[id(last)], grids[id(piece)])
            and not _printed_again(last.rows or [], piece.rows or [])
            and (
                len(grids[id(last)].columns) > _CONTINUED_COLUMNS
                or _goes_over(
                    last.rows or [[]],
                    (piece.rows or [[]])[0],
                    (piece.rows or [])[1] if len(piece.rows or []) > 1 else None,
                    at_foot(last.lines[-1]),
                )
                or _goes_over(
                    last.rows or [[]],
                    told_apart.get(id(piece), []),
                    (piece.rows or [[]])[0],
                    at_foot(last.lines[-1]),
                )
            )
        ):
            grids[id(last)] = grids[id(piece)]  # a third page continues the second's columns
            rows = _rest_joined(last.rows or [], piece.rows or [])
            lines = piece.lines
            if rows and last.rows and rows[0] == last.rows[0] and len(piece.rows or []) > 1:
                told = _header_lines(piece.lines, rows[0])
                if told:
                    rows = rows[1:]
                    lines = [ln for ln in lines if not any(ln is t for t in told)]
                    heads.append(_repeated_header(told))
            last.lines += lines
            last.rows = [*(last.rows or []), *rows]
            last.text = "\n".join(" | ".join(row) for row in last.rows)
            last.refs += [r for r in piece.refs if r not in last.refs]
            continue
        out.append(piece)
    return out + heads


def _printed_again(rows: list[list[str]], below: list[list[str]]) -> bool:
    """The next page's grid is the table's form printed again, not its rows going on
    (tables36; GFO Basisgegevens' records, a grid each: a group's name over 'Gegeven:',
    'Definitie:', 'Herkomst:', ...): its first row fills the cells the table's first row
    fills, and the rows under it open with the table's own first labels, in order
    (`_FORM_LABELS` of them, each a word and no two alike: a column of one repeated value
    is no form's labels). A header repeated over rows that go on has new labels under it."""
    n = _FORM_LABELS
    if len(rows) <= n or len(below) <= n:
        return False
    if [bool(cell) for cell in rows[0]] != [bool(cell) for cell in below[0]]:
        return False
    labels = [row[0] for row in rows[1 : n + 1]]
    return (
        labels == [row[0] for row in below[1 : n + 1]]
        and len(set(labels)) == n
        and all(_LETTER.search(label) for label in labels)
    )


_FORM_LABELS = 3  # a form printed again: this many of its labels again, in order


def _header_lines(lines: list[Line], row: list[str]) -> list[Line]:
    """The lines of a grid's page that hold its header row `row` (the producer's repeated
    header): the grid's top lines on its first page whose words are the row's, all of them
    and no more; none if the top lines say something else."""
    want = Counter(w for cell in row for w in _words(cell))
    page = lines[0].page
    out: list[Line] = []
    for line in sorted((ln for ln in lines if ln.page == page), key=lambda ln: -ln.y1):
        said = Counter(_words(line.text))
        if not said or said - want:
            return []
        want -= said
        out.append(line)
        if not want:
            return out
    return []


def _repeated_header(lines: list[Line]) -> Block:
    """A table's header row the producer printed again atop a page the table goes on (Word's,
    LibreOffice's, Chromium's 'repeat header rows'): read once, as the table's first row; the
    repeat is told as the page's running head (furniture, role 'header': it repeats, the
    evidence furniture asks), so its characters land in one segment (tables36)."""
    return Block(lines, kind="furniture", role="header").finish()


def _moved_only(piece: Piece, moved: AbstractSet[int]) -> bool:
    return not isinstance(piece, Block) and all(id(line) in moved for line in piece)


def _rest_joined(above: list[list[str]], below: list[list[str]]) -> list[list[str]]:
    """A drawn row cut by the page break (tables33): the next page's first row with no first
    cell (under the header row repeated there, or first) is the rest of the row `above` ended
    with, where the first column labels the rows (most rows have one) and the rest fills part
    of the row (`_part`: a full row under a label that spans rows is a row of its own); its
    cells are written on in that row (in place) and it leaves `below` (returned)."""
    h = 1 if len(below) > 1 and above and below[0] == above[0] else 0
    if not above or h >= len(below):
        return below
    rest, cut = below[h], above[-1]
    if (
        (rest[0] and not _label_goes_on(cut[0], rest))
        or not 0 < sum(bool(cell) for cell in rest) <= _part(len(rest))
        or not all(_LETTER.search(cell) for cell in rest if cell)
        or len(rest) != len(cut)
        or sum(bool(row[0]) for row in above) * 2 < len(above)
    ):
        return below
    above[-1] = [join_lines([a, b]) if a and b else a or b for a, b in zip(cut, rest, strict=True)]
    return [*below[:h], *below[h + 1 :]]


_LETTER = re.compile(r"[^\W\d_]")  # a cell of figures alone ('7', '1.254') is a row's own


def _label_goes_on(label: str, rest: list[str]) -> bool:
    """A cut row's rest that goes on in its first column too (tables37; LibreOffice breaks a
    row between the lines of its label: 'De gevraagde historie wordt niet' / 'ondersteund
    (14)'): the label above says no end ('.', ':'), and each cell of the rest goes on in
    lower case, a sentence's next words, where a row's own label starts as a label does."""
    return (
        bool(label)
        and not label.rstrip().endswith(_LABEL_ENDS)
        and all(cell[:1].islower() for cell in rest if cell)
    )


_LABEL_ENDS = (".", ":", ";", "!", "?")


def _same_columns(a: GridTable, b: GridTable) -> bool:
    return (
        len(a.columns) > 2
        and len(a.columns) == len(b.columns)
        and all(abs(x - y) < _SAME_EDGE for x, y in zip(a.columns, b.columns, strict=True))
    )


def _unread(
    lines: list[Line],
    grids: list[GridTable],
    held: dict[int, GridTable],
    whole: dict[int, list[tuple[str, str]]] | None = None,
) -> dict[int, tuple[Line, Line]]:
    """The lines of a kept grid with words none of its cells read (column labels turned a
    quarter that run out of their cells across the rules, as a spreadsheet annex printed to PDF
    sets them), each split in two: the words a cell read, which stay with the table, and the
    rest, a body line beside it, so that no word is lost and none is told twice. A piece of a
    word a cell joined (_faithful) counts as read, unless too short to tell ('0' is in
    '2.069'); so does a word a cell holds as written ('ie-regeling-stikstofbank', the end of a
    URL the cell joined). A web address whose start a cell holds, cut at the table's rule
    (`_cut_address`), stays with the table too: `whole` (by grid id) gets the cell's start and
    the whole address, which the cell is to hold (`_made_whole`; tables36)."""
    out: dict[int, tuple[Line, Line]] = {}
    for grid in grids:
        read = Counter(w for row in grid.rows for cell in row for w in _words(cell))
        mine = [line for line in lines if held.get(id(line)) is grid]
        told = Counter(w for line in mine for w in _words(line.text))
        joined = list(read - told)
        cells = [cell.lower() for row in grid.rows for cell in row if cell]
        for line in mine:
            kept: list[str] = []
            rest: list[str] = []
            for token in line.text.split():
                said = Counter(_words(token))
                unread = said - read
                if (
                    all(_held(w, joined) or _run_together(w, read, told, joined) for w in unread)
                    or (_JOINED_URL.search(token) and any(token.lower() in cell for cell in cells))
                    or _address_run_in(token, cells, read, told)
                    or _wrapped_on(token, _ends_above(line, mine), cells)
                ):
                    read -= said
                    kept.append(token)
                elif whole is not None and (start := _cut_address(token, grid.rows)):
                    read -= said
                    kept.append(token)
                    whole.setdefault(id(grid), []).append((start, token))
                else:
                    rest.append(token)
            if rest:
                out[id(line)] = (
                    dataclasses.replace(line, text=" ".join(kept), refs=[], label=None),
                    dataclasses.replace(line, text=" ".join(rest), cells=[]),
                )
    return out


_JOINED = re.compile(r"\w[-/.]\w")  # a word of parts: a URL's, a compound's
_JOINED_URL = re.compile(r"\w[-/.?=&%]\w")  # cells61: a query's parts too ('?overview=a')


def _run_together(word: str, read: Counter[str], told: Counter[str], joined: list[str]) -> bool:
    """Two cells' words the line ran together where a cell's text reaches its rule and the next
    cell's starts a point after it: a web address cut at the rule ('.../beoordel', the rest on
    the cell's next line) and the sender beside it ('RIVM') read as '.../beoordelRIVM'. One
    part is a word of its own, which the cells read and the lines say elsewhere ('RIVM' in the
    other rows); the other is one too or a piece of a word a cell joined ('beoordel' of
    'beoordelingskader'). A word a rule cut, its pieces in two cells ('refe' | 'erentiewaarde'),
    has no part of its own."""

    def own(part: str) -> bool:
        return len(part) >= 2 and read[part] > 0 and told[part] > 0

    for i in range(_PIECE, len(word) - 1):
        head, tail = word[:i], word[i:]
        if (own(head) and (own(tail) or _held(tail, joined))) or (
            own(tail) and _held(head, joined)
        ):
            return True
    return False


def _address_run_in(token: str, cells: list[str], read: Counter[str], told: Counter[str]) -> bool:
    """cells61: a web address cut at its cell's rule and the next cell's word run into it
    ('https://www.luchtvaartindetoekomst.nl/P' | 'NLR' read as '.../PNLR'): the token is the
    start of an address a cell holds (so far, in that cell) and then words of their own, which
    the cells read and the lines say elsewhere. `_run_together` asks three letters of a piece;
    the address's cut may leave one."""
    low = token.lower()
    for k in range(len(low) - 2, 3, -1):
        head, tail = low[:k], _words(low[k:])
        if (
            tail
            and all(len(w) >= 2 and read[w] > 0 and told[w] > 0 for w in tail)
            and _JOINED.search(head)
            and any(head in cell for cell in cells)
        ):
            return True
    return False


def _ends_above(line: Line, mine: list[Line]) -> set[str]:
    """cells61: the words of the grid's lines right above `line` (a line's height or two) that
    share some of its width: where a cell's word wrapped onto `line` came from (a grid's line
    runs across its row's columns, so the cell's word may stand amid it). A line's height is at
    least its type's size: an OCR'd line of one short letter ('i', Excel's wrap) is inked over
    a third of it only (ocrurl40)."""
    height = max(line.y1 - line.y0, line.size, 1.0)
    return {
        word.lower()
        for m in mine
        for word in m.text.split()
        if m.page == line.page
        and line.y1 < m.y1 <= line.y1 + 2.5 * height
        and m.x0 < line.x1
        and line.x0 < m.x1
    }


def _wrapped_on(token: str, ends: set[str], cells: list[str]) -> bool:
    """cells61: the next line's piece of a word a cell joined to a line's last word ('rappo' /
    'rt', 'rijksoverhe' / 'i' of an address its column wrapped): too short for `_held`, but
    the cell holds the line's end and the piece as one word."""
    low = token.lower().rstrip(PDFIUM_MARKS)  # pdfium's line-end mark: the cell's hyphen
    if not _JOINED.search(token) and len(low.rstrip("-\u2010")) >= _PIECE:
        return False  # a word of its own, or a long piece `_held` has told
    return any(end + low in cell for end in ends for cell in cells if low in cell)


def _cut_address(token: str, rows: list[list[str]]) -> str:
    """The start of the web address `token` that a cell holds as its last word, cut where the
    table's rule (or its right edge) stopped the cell's reading (tables34's inventory: the
    cell 'https://www.tweedekamer.nl/kamerstukken/brieven', the line
    '.../brieven_regering/detail-besluit-op-verzoek'); '' if none. The start is an address
    of its own (a host and a path: `_CUT_START` characters at least), so no word's piece."""
    if not URL_START.search(token):
        return ""
    low = token.lower()
    for row in rows:
        for cell in row:
            last = cell.rsplit(" ", 1)[-1]
            if _CUT_START <= len(last) < len(token) and low.startswith(last.lower()):
                return last
    return ""


_CUT_START = 12  # characters: a cut address's start, 'https://www.' and more


def _made_whole(rows: list[list[str]], cut: list[tuple[str, str]]) -> list[list[str]]:
    """The rows with each cell that ends in a cut address's start (`_cut_address`) holding
    the whole address instead, once each: the reader reads it in its row, whole, and its
    words are told once (tables34's inventory told them in the cell and beside the table)."""
    out = [row[:] for row in rows]
    for start, token in cut:
        done = False
        for row in out:
            for k, cell in enumerate(row):
                if not done and cell.rsplit(" ", 1)[-1] == start:
                    row[k] = cell[: len(cell) - len(start)] + token
                    done = True
    return out


def _without_pieces(grid: GridTable, lines: list[Line], moved: list[Line]) -> list[list[str]]:
    """The grid's rows without the pieces its cells cut from the words that went to the body
    ('Oppervlakte zoek' | 'gebi' of a turned 'Oppervlakte zoekgebied' crossing a rule): the
    word is told once, whole, beside the table. A piece is two letters or more of a moved word
    and no word the grid's lines say but in the moved words: a word the cells hold as their own
    ('RIVM' in a column of senders) is no piece because a moved web address holds it too
    ('https://www.rivm.nl/...')."""
    if not moved:
        return grid.rows
    whole = [w for line in moved for w in _words(line.text)]
    said = Counter(w for line in lines for w in _words(line.text)) - Counter(whole)

    def piece(token: str) -> bool:
        w = token.lower()
        return len(w) >= 2 and not said[w] and any(w in m and w != m for m in whole)

    return [[" ".join(t for t in c.split() if not piece(t)) for c in row] for row in grid.rows]


def _grid_of(line: Line, grids: Sequence[GridTable]) -> GridTable | None:
    return next((g for g in grids if g.page == line.page and g.holds(*_box(line))), None)


def _faithful(grid: GridTable, lines: list[Line]) -> bool:
    """A grid's cells are read from inside its rectangles; text that crosses a rule (a cell
    drawn narrower than its text, a rule that is not a cell border) would be cut off there.
    The grid replaces its lines only when its cells hold their words (2 % slack). A piece of a
    word the cell joined is held: a URL its lines broke ('advi' / 'es-over-de-zorg')."""
    said = Counter(w for line in lines for w in _words(line.text))
    read = Counter(w for row in grid.rows for cell in row for w in _words(cell))
    missing = said - read
    joined = list(read - said)
    missing = Counter({w: n for w, n in missing.items() if not any(w in j for j in joined)})
    # tables37: cells that read mostly words its lines do not say read other lines' words (a
    # diagram's lines around a page of text): the grid would tell them twice
    foreign = sum(n for w, n in (read - said).items() if not any(p in w for p in said))
    return sum(missing.values()) <= 0.02 * max(1, sum(said.values())) and foreign <= _FOREIGN * sum(
        read.values()
    )


_FOREIGN = 0.5  # of the words a grid's cells read, at most this many no line of it says


def _held(word: str, joined: list[str]) -> bool:
    """A word a cell holds joined to another: three characters at least ('0' is in '2.069')."""
    return len(word) >= _PIECE and any(word in j for j in joined)


_PIECE = 3


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _box(line: Line) -> tuple[float, float, float, float]:
    return line.x0, line.y0, line.x1, line.y1


def _split_by_gaps(
    lines: list[Line],
    pitch: float,
    floor: float = -math.inf,
    ocr_pages: AbstractSet[int] = frozenset(),
) -> list[Piece]:
    """`floor`: where a full page's body ends (`_floor`); unknown, no table of two columns goes
    on over a page break. `ocr_pages`: as `split_tables`."""
    out: list[Piece] = []
    plain: list[Line] = []
    lines = _values_apart(lines)
    i = 0
    while i < len(lines):
        j = i
        starts: set[float] = set()  # where the cells of lines[i:j] start, grown with j
        while (
            j < len(lines)
            and (
                _row(lines[j])
                or (j - i >= 2 and _continues_cell(lines[j], starts))
                or (
                    j > i
                    and j + 1 < len(lines)
                    and (
                        _label_rest(lines[j - 1], lines[j], lines[j + 1])
                        or _label_alone_at(lines, i, j)
                    )
                    and _close(lines[j], lines[j + 1], pitch)
                )
            )
            and (
                j == i
                or _close(lines[j - 1], lines[j], pitch)
                or (
                    j - i >= 2
                    and _next_page_row(lines[j - 1], lines[j], starts)
                    and _one_reading(lines[j - 1], lines[j], ocr_pages)
                    and (
                        len(lines[j].cells) >= _CONTINUED_COLUMNS
                        or _goes_over(
                            [_texts(lines[i]), _texts(lines[i + 1])],
                            _texts(lines[j]),
                            _texts(lines[j + 1]) if j + 1 < len(lines) else None,
                            _at_foot(lines[j - 1], floor, pitch),
                        )
                    )
                )
                or (
                    j - i >= 2
                    and _at_foot(lines[j - 1], floor, pitch)
                    and _one_reading(lines[j - 1], lines[j], ocr_pages)
                    and _rest_of_row(lines, j, starts)
                )
            )
        ):
            for x0, _, _ in lines[j].cells:
                starts.add(x0)
            j += 1
        if j - i >= 2 and j < len(lines) and _last_rest(lines[j - 2], lines[j - 1], lines[j]):
            j += 1  # the last row's label wrapped onto a line of its own (tables37)
        if j - i >= 2 and (side := _side_column(lines, i, j)) is not None:
            rest, beside = side  # the column is read on from the lines above it, then the rest
            out.append(plain + beside)
            plain = []
            out += _split_by_gaps(rest, pitch, floor, ocr_pages)
            i = j
        elif j - i >= 2 and not _hanging_list(lines[i:j]):
            if plain:
                out.append(plain)
                plain = []
            kept, heads = _repeats_apart(lines[i:j])
            table = _table(kept, all(line.page in ocr_pages for line in kept))
            if not any(line.page in ocr_pages for line in kept):
                _read_across(table, kept)
            out.append(table)
            out += [_repeated_header(head) for head in heads]
            i = j
        else:
            plain.append(lines[i])
            i += 1
    if plain:
        out.append(plain)
    return out


def _read_across(table: Block, lines: list[Line]) -> None:
    """A table with no rules: its rows as table44's readers read them within its extent, where
    they read its very words in as many columns or more (`unruled.reread`)."""
    rows = unruled.reread(lines, table.rows or [])
    if rows is not None:
        table.rows = rows
        table.text = "\n".join(" | ".join(row) for row in rows)


def _repeats_apart(lines: list[Line]) -> tuple[list[Line], list[list[Line]]]:
    """A gap table's header the producer printed again atop each page the table goes on on
    (tables36): the lines that open a later page of the table saying what its own first lines
    say, cell by cell (its first line of two cells or more, and the lines of its header that
    wrapped under it). They leave the table, which reads its header once; each page's repeat
    is returned to be told as that page's running head (`_repeated_header`)."""
    if len(lines[0].cells) < 2:
        return lines, []
    kept: list[Line] = []
    heads: list[list[Line]] = []
    k = 0
    while k < len(lines):
        m = 0
        if k and lines[k].page != lines[k - 1].page:
            while (
                m < k
                and k + m < len(lines)
                and lines[k + m].page == lines[k].page
                and _texts(lines[k + m]) == _texts(lines[m])
            ):
                m += 1
        if m:
            heads.append(lines[k : k + m])
            k += m
            continue
        kept.append(lines[k])
        k += 1
    return kept, heads


def _side_column(lines: list[Line], i: int, j: int) -> tuple[list[Line], list[Line]] | None:
    """A side column above the body (tables34; BZK's nota template: 'TER ONDERTEKENING', 'Onze
    referentie', 'Datum' in 7.8 pt at one x, right of 'Aan' / 'Van' and the title in the
    body's 10.9 pt) taken for the last column of a table of `lines[i:j]` ('Aan | MBZK |
    2023-0000700225'): the stretch's last cells start at one x (within `_ONE_X`), and the
    column goes on above the stretch (the two lines before it each a cell alone there, on its
    page) and in it (two lines of the stretch a cell alone there); its type is small beside
    the rest (its lines alone at most `_SIDE_TYPE` of the largest other
    line: an inventory's wrapped last column is in its rows' type). Returns the stretch without
    the column (each row's other cells; lines of the column alone left out) and the column's
    lines, each a line of its own."""
    stretch = lines[i:j]
    widest = max(len(line.cells) for line in stretch)
    if widest < 2 or i < 2:
        return None
    x = max(line.cells[-1][0] for line in stretch)
    if any(
        above.page != stretch[0].page or len(above.cells) != 1 or abs(above.x0 - x) > _ONE_X
        for above in lines[i - 2 : i]
    ):
        return None
    held = [line for line in stretch if abs(line.cells[-1][0] - x) <= _ONE_X]
    alone = [line for line in held if len(line.cells) == 1]
    others = [line for line in stretch if len(line.cells) > 1 or line not in held]
    if len(alone) < 2 or not others:
        return None
    if any(line.cells[-1][0] > x + _ONE_X for line in stretch):
        return None
    if max(line.size for line in alone) > _SIDE_TYPE * max(line.size for line in others):
        return None
    rest: list[Line] = []
    beside: list[Line] = []
    for line in stretch:
        if line not in held:
            rest.append(line)
            continue
        x0, x1, text = line.cells[-1]
        beside.append(
            dataclasses.replace(line, x0=x0, x1=x1, text=text, cells=[], refs=[], label=None)
        )
        if len(line.cells) > 1:
            cells = line.cells[:-1]
            left = " ".join(t for _, _, t in cells)
            rest.append(dataclasses.replace(line, x1=cells[-1][1], text=left, cells=cells))
    return rest, beside


_ONE_X = 1.0  # points: a side column's lines start at one x
_SIDE_TYPE = 0.8  # a side column's type at most this of the body's beside it


def _hanging_list(lines: list[Line]) -> bool:
    """Points set with their number or bullet hanging left of the text, a tab between them
    ('1.    Wie Surinamer en ingezetene is, ...', 'o    RDF vocabularium'), and section heads
    with their number hanging so ('1.1    Aanleiding', '2.4.2.1    Afbakening van gevallen', over
    their text set in to the title): a list or a run of sections, not a table of two columns
    whose first holds nothing but the marks."""
    rows = [line for line in lines if len(line.cells) >= 2]
    size = statistics.median(line.size for line in lines)
    return bool(rows) and all(
        len(row.cells) == 2 and _mark(row.cells[0][2], row.cells[1][2], row.size > EMPHASIS * size)
        for row in rows
    )


_MARK = re.compile(r"^(?:\(?\d{1,3}[a-z]?[.)]|\(?[a-z][.)]|[•●▪◦·■□o\-–—*\uf000-\uf0ff])$")
# A section's number: '1.1', '2.4.2.1'; a bare '1' only before a title in a heading's type
# ('1    Inleiding'; '1    BNC-fiche' in the text's type is a point of a list). No part is 0 or
# starts with one: '05.00' is a time, '1.0' a version.
_SECTION = re.compile(r"^[1-9]\d?(?:\.[1-9]\d?){1,3}\.?$")
_CHAPTER = re.compile(r"^[1-9]\d?$")


def _mark(first: str, second: str, head: bool) -> bool:
    first = first.strip()
    if _MARK.match(first) or _SECTION.match(first):
        return True
    return head and bool(_CHAPTER.match(first)) and second.strip()[:1].isupper()


def _row(line: Line) -> bool:
    return len(line.cells) >= 2 and not _stretched(line)


def _stretched(line: Line) -> bool:
    """A justified line in a narrow column, its words spaced wide and evenly ('Sprekers:
    Gitta Vanpeborgh, Frank'): every cell one word without digits, every gap the same width
    (a point or a tenth), no word twice. A table's columns stand where its headers put them, so
    its gaps vary with what the cells hold; a row of figures, or of one unit over each column,
    may be spaced evenly and is no sentence."""
    cells = line.cells
    texts = [text for _, _, text in cells]
    if len(cells) < 3 or len(set(texts)) < len(texts):  # a unit over each column: 'EUR EUR'
        return False
    if any(" " in text or _DIGIT.search(text) for text in texts):
        return False
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(cells)]
    return max(gaps) - min(gaps) <= min(_EVEN, 0.1 * min(gaps))


_DIGIT = re.compile(r"\d")
_EVEN = 1.0  # points: the spread of a justified line's gaps (they are equal by construction)


def _continues_cell(line: Line, starts: set[float]) -> bool:
    """A line of one cell under a column other than the first: a multi-line cell going on.
    `starts`: where the cells of the rows above start (made as the rows are taken, not asked
    of them again for each line)."""
    if len(line.cells) != 1:
        return False
    x0 = line.cells[0][0]
    return any(abs(x0 - s) < 3 for s in starts) and abs(x0 - min(starts)) >= 3


def _label_rest(a: Line, b: Line, c: Line) -> bool:
    """`b` is the rest of row `a`'s label, wrapped onto a line of its own in the first column
    (tables35; a StUF or RSG attribute table's 'Aanduiding' / 'strijdigheid/nietigheid'): one
    short cell (`_REST_WORDS`) where `a`'s first cell starts, ending before `a`'s second
    column, in `a`'s type, tight under `a` (within `_TIGHT` ems) and set apart from the row `c`
    under it (by `_APART` ems more) that goes on with `a`'s columns. A row with its other cells
    empty by design stands at the rows' own distance; a paragraph after a table has no row
    under it."""
    if not _in_first_column(a, b, c, _REST_WORDS):
        return False
    if abs(a.size - b.size) > _SAME_SIZE or abs(c.size - b.size) > _SAME_SIZE:
        return False
    above, below = a.base - b.base, b.base - c.base
    if 0 < above <= _TIGHT * b.size and below - above >= _APART * b.size:
        return True
    # tables37: a table whose lines all stand one pitch apart sets a label's rest at the rows'
    # own distance; its words then tell it: the label goes on ('XML-tag attribuutsoort /' over
    # 'Elementnaam', 'Burgerservicenummer' over 'aanvrager')
    return 0 < above <= min(below + _APART * b.size, _WRAPPED * b.size) and _wraps_on(
        a.cells[0][2], b.cells[0][2]
    )


def _wraps_on(label: str, rest: str) -> bool:
    """`rest` goes on from `label`: the label ends open ('/', '-', '&', ','), or says no end
    and the rest goes on in lower case (a row's own label starts as a label does)."""
    end = label.rstrip()
    if end.endswith(_OPEN_ENDS):
        return True
    return rest[:1].islower() and not end.endswith(_LABEL_ENDS)


def _last_rest(row: Line, a: Line, b: Line) -> bool:
    """`b`, the line after a table's last row `a`, is the rest of `a`'s label (tables37;
    'Naam van de' / 'kentekenhouder'): one short cell where `a`'s first cell starts, ending
    before its second column, in its type, on its page, no further under it than the rows
    stand apart (`row`, the row above `a`, gives their distance) and `_WRAPPED` ems at most,
    and its words go on from the label (`_wraps_on`)."""
    if len(b.cells) != 1 or len(a.cells) < 2 or a.page != b.page:
        return False
    x0, x1, text = b.cells[0]
    if (
        abs(x0 - a.cells[0][0]) >= _SAME_EDGE
        or x1 >= a.cells[1][0]
        or len(text.split()) > _REST_WORDS
        or abs(a.size - b.size) > _SAME_SIZE
    ):
        return False
    above = a.base - b.base
    rows = row.base - a.base if row.page == a.page and len(row.cells) >= 2 else math.inf
    return 0 < above <= min(rows + _APART * b.size, _WRAPPED * b.size) and _wraps_on(
        a.cells[0][2], text
    )


_OPEN_ENDS = ("/", "-", "&", ",")
_WRAPPED = 2.5  # ems: a label's rest at the rows' own distance, at most this far under its row


def _in_first_column(a: Line, b: Line, c: Line, words: int) -> bool:
    """`b`, between the rows `a` and `c` on one page, is one short cell (`words` words at most)
    in their first column: it starts where their first cells start and ends before their second
    column, which starts alike in both (what `_label_rest` and `_label_alone` ask alike)."""
    if len(b.cells) != 1 or len(a.cells) < 2 or len(c.cells) < 2:
        return False
    if not a.page == b.page == c.page:
        return False
    x0, x1, text = b.cells[0]
    return (
        abs(x0 - a.cells[0][0]) < _SAME_EDGE
        and abs(x0 - c.cells[0][0]) < _SAME_EDGE
        and abs(c.cells[1][0] - a.cells[1][0]) < _SAME_EDGE
        and x1 < a.cells[1][0]
        and len(text.split()) <= words
    )


_REST_WORDS = 3  # a row label's wrapped rest: this many words at most
_TIGHT = 1.5  # ems: a label's rest at most this far under its row's line (a cell's next line)
_SAME_SIZE = 0.5  # points: a label's rest in its row's type


def _label_alone_at(lines: list[Line], i: int, j: int) -> bool:
    """`_label_alone` for `lines[j]` in the stretch of rows from `lines[i]`: the rows' own
    distance is the one between the row above it and the row before that, or (the stretch's
    second line) between the row under it and the row after that."""
    if j <= i or j + 1 >= len(lines):
        return False
    if j - i >= 2 and lines[j - 2].page == lines[j - 1].page:
        rows = lines[j - 2].base - lines[j - 1].base
    elif j + 2 < len(lines) and lines[j + 1].page == lines[j + 2].page:
        rows = lines[j + 1].base - lines[j + 2].base
    else:
        return False
    return _label_alone(lines[j - 1], lines[j], lines[j + 1], rows)


def _label_alone(a: Line, b: Line, c: Line, rows: float) -> bool:
    """`b` is a row whose label has no value (tables36; an RSG attribute table's 'Code
    attribuutsoort' between 'Herkomst attribuutsoort | BRK' and 'XML-tag attribuutsoort |
    aardVerkort'): one short cell (`_LABEL_WORDS`) where the first cells of the rows `a` above
    and `c` under it start, ending before their second column (which starts alike in both),
    in their type (`_row_type`), at the rows' own distance `rows` from both (within `_APART`
    ems). A caption or a paragraph between two tables stands apart by more, or in other type,
    and so does a group's head in a contents table ('Transacties' over its entries, 18.5 pt
    from them where the entries stand 15 apart)."""
    if not _in_first_column(a, b, c, _LABEL_WORDS):
        return False
    if _marked(a) or _marked(c):
        return False  # a list's points, their marks hanging: a line between them is no row
    if not _row_type(a, b, c):
        return False
    above, below = a.base - b.base, b.base - c.base
    return abs(above - rows) <= _APART * b.size and abs(below - rows) <= _APART * b.size


_LABEL_WORDS = 4  # a row label standing without its value: this many words at most


def _row_type(a: Line, b: Line, c: Line) -> bool:
    """`b` in the type of the row above or the row under it (a line's type is its longest
    run's: a row whose value is set larger than the labels, 10.5 pt beside 9.6, RSG's), and
    in its weight (a bold head between numbered paragraphs is no row: '2 De feiten')."""
    return (abs(a.size - b.size) <= _SAME_SIZE and a.bold == b.bold) or (
        abs(c.size - b.size) <= _SAME_SIZE and c.bold == b.bold
    )


def _marked(row: Line) -> bool:
    """The row's first cell is a mark that hangs: a point's or a section's ('-', '1.', '2.1')."""
    return _mark(row.cells[0][2], row.cells[1][2], False)


def _values_apart(lines: list[Line]) -> list[Line]:
    """The lines with each row whose label and value were read as one cell given its two
    cells (tables36; RSG and StUF attribute tables: 'Aanduiding strijdigheid/nietigheid Nee',
    the label filling its column, so the gap before the value is narrower than a cell's gap
    (`lines`: 1.8 ems) and the line one cell, a paragraph that parted the table). Such a line
    (`_value_run_in`) stands under a row (past the lines its value wrapped onto, set in) and
    over another, whose cells start where its own text starts and its value starts. Its text
    stays as it was; only its cells are told apart."""
    out = lines
    for k in range(1, len(lines) - 1):
        if len(lines[k].cells) != 1:
            continue
        m = k - 1
        while m > 0 and len(lines[m].cells) == 1 and lines[m].x0 > lines[k].x0 + _SAME_EDGE:
            m -= 1  # the row's value wrapped onto lines of its own
        split = _value_run_in(lines[m], lines[k], lines[k + 1])
        if split is not None:
            if out is lines:
                out = lines[:]
            out[k] = split
    return out


def _value_run_in(a: Line, b: Line, c: Line) -> Line | None:
    """`b` (one cell) as a row of two cells: its cell starts where the first cells of the rows
    `a` above and `c` under it start and reaches past their second column's start `s` (alike
    in both) by `_INTO` ems or more, in the type of either (`_row_type`); the value starts at the
    word boundary nearest `s`, measured by the line's mean character width, within
    `_VALUE_AT` ems of it, and is a row's short value (`_LABEL_WORDS`; a sentence between two
    tables that happens to break near `s` goes on for more)."""
    if len(a.cells) < 2 or len(c.cells) < 2 or not a.page == b.page == c.page:
        return None
    if _marked(a) or _marked(c):
        return None  # a list's points or sections, their marks hanging ('-', '2.1'): no rows
    x0, x1, text = b.cells[0]
    s = a.cells[1][0]
    if (
        abs(c.cells[1][0] - s) >= _SAME_EDGE
        or abs(x0 - a.cells[0][0]) >= _SAME_EDGE
        or abs(x0 - c.cells[0][0]) >= _SAME_EDGE
        or x1 < s + _INTO * b.size
        or (len(c.cells) > 2 and x1 >= c.cells[2][0])
        or not _row_type(a, b, c)
        or b.base <= c.base
        or a.base <= b.base
    ):
        return None
    width = (x1 - x0) / max(len(text), 1)
    at = -1  # the index of the space before the value
    best = math.inf
    for k, ch in enumerate(text):
        if ch == " " and abs(x0 + (k + 1) * width - s) < best:
            at, best = k, abs(x0 + (k + 1) * width - s)
    if at < 0 or best > _VALUE_AT * b.size:
        return None
    head, tail = text[:at].rstrip(), text[at + 1 :].lstrip()
    if not head or not tail or len(tail.split()) > _LABEL_WORDS:
        return None
    cells = [(x0, min(x0 + len(head) * width, s - 1.0), head), (s, x1, tail)]
    return dataclasses.replace(b, cells=cells)


_INTO = 0.5  # ems: a value run in reaches this far past its column's start at least ('Ja')
_VALUE_AT = 1.0  # ems: a value's start, measured by mean character width, this close to its column


def _close(a: Line, b: Line, pitch: float) -> bool:
    return a.page == b.page and 0 < a.base - b.base < 3.0 * pitch


def _next_page_row(a: Line, b: Line, starts: set[float]) -> bool:
    """`b` opens the next page's body with a row of the table that ended the page of `a`
    (tables31): a table continued over a page break, its header repeated or not, is one table.
    Its cells start where the table's columns start (each within `_SAME_EDGE` of a start of
    the rows above), two of them at least (three, or as `_goes_over` allows two)."""
    return (
        b.page == a.page + 1
        and len(b.cells) >= 2
        and all(any(abs(x0 - s) < _SAME_EDGE for s in starts) for x0, _, _ in b.cells)
    )


def _rest_of_row(lines: list[Line], j: int, starts: set[float]) -> bool:
    """`lines[j]` opens the next page's body with the rest of the row the page before cut at its
    foot (tables33; the header row not repeated, or taken for the page's running head): one
    cell, under a column other than the first, where a cell of the page's last line starts
    (the cut cell goes on), and the lines after it go on so until a row of the table (its
    cells at the table's column starts). A page opening with a paragraph set in as far stays
    apart: no row of the table follows it."""
    a, b = lines[j - 1], lines[j]
    if b.page != a.page + 1 or not _continues_cell(b, starts):
        return False
    x0 = b.cells[0][0]
    if not any(abs(x0 - c0) < _SAME_EDGE for c0, _, _ in a.cells):
        return False
    for line in lines[j + 1 :]:
        if line.page != b.page:
            return False
        if len(line.cells) >= 2:
            return all(any(abs(c0 - s) < _SAME_EDGE for s in starts) for c0, _, _ in line.cells)
        if not _continues_cell(line, starts):
            return False
    return False


_SAME_EDGE = 3.0  # points: a column's cells start this close on both pages
_CONTINUED_COLUMNS = 3  # a table continued over a page break: its columns at least (two where
# `_goes_over` says the table went on)


def _goes_over(
    rows: list[list[str]], first: list[str], second: list[str] | None, at_foot: bool
) -> bool:
    """A table of two columns (label | text: a begrippenlijst, an inventory's number |
    description) goes on with the next page's first row `first` (tables32) when that row
    repeats its header, wherever the table ended on its page (tables36: a row that does not
    fit whole goes to the next page, leaving room at the foot; bg0310's 'Gebeurtenis |
    Bijzondere aandachtspunten'), or when the table ran to the page's foot (`at_foot`: a full
    page; a table that ended higher closed there) and the row opens with another label than
    its own first row: a besluitenlijst's
    'Zaak:' | 'Brief regering ...' under the table that opened with 'Zaak:' is a new item, and a
    point whose number hangs ('112.' | 'Het element ...') goes on a list, not the table. A
    repeated header is followed by the table's next rows (`second`, the row under `first`), not
    by its own second row again: a page that prints the table over again is a table of its own."""
    head = rows[0]
    if len(first) < 2 or _mark(first[0], first[1], False):
        return False
    if first == head:  # the page repeats the header: the table went on, full page or not
        return len(rows) < 2 or second != rows[1]
    return at_foot and bool(head) and first[0] != head[0]


def _texts(line: Line) -> list[str]:
    return [text for _, _, text in line.cells]


def _table(lines: list[Line], ocr: bool = False) -> Block:
    """The lines as a table's rows and cells; `ocr`: every line is OCR's (see `_whole_cells`)."""
    widest = max(lines, key=lambda ln: len(ln.cells))
    columns = [(x0, x1) for x0, x1, _ in widest.cells]
    rows: list[list[str]] = []
    spans: list[list[tuple[float, float]]] = []  # where each cell of a row lies ((0, 0): empty)
    # the first column labels the rows (a term, a field's name): a row that opens with none
    # goes on the row above it, where a page break cut it or its cell wrapped
    rows_of = [line for line in lines if len(line.cells) >= 2]
    labels = sum(_column_of(*line.cells[0][:2], columns) == 0 for line in rows_of) * 2 >= len(
        rows_of
    )
    read, cut = _rests_up(lines, columns) if labels else (lines, set())
    rests = {n for n in range(1, len(read) - 1) if _label_rest(read[n - 1], read[n], read[n + 1])}
    if len(read) >= 3 and _last_rest(read[-3], read[-2], read[-1]):
        rests.add(len(read) - 1)
    for line in read:
        row = [""] * len(columns)
        span = [(0.0, 0.0)] * len(columns)
        for x0, x1, text in line.cells:
            k = _column_of(x0, x1, columns)
            row[k] = f"{row[k]} {text}".strip()
            span[k] = (span[k][0] or x0, x1)
        rows.append(row)
        spans.append(span)
    gaps = [
        a.base - b.base if a.page == b.page else math.inf
        for a, b in zip([read[0], *read], read, strict=False)
    ]
    gaps[0] = math.inf
    sizes = [line.size for line in read]
    rows = _whole_cells(rows, spans, sizes, cut, gaps if labels else (), rests, ocr)
    block = Block(lines, kind="table", rows=rows)
    block.text = "\n".join(" | ".join(cell for cell in row) for row in rows)
    return block.finish()


def _rests_up(lines: list[Line], columns: list[tuple[float, float]]) -> tuple[list[Line], set[int]]:
    """A row cut by a page break (tables33): the lines that open the next page with no first
    cell are the rest of the row the page before ended with, read after it; a header row the
    producer repeated there (the table's first row again) is read after them, a row as the page
    printed it. The lines in reading order, and which of them go on the row above whatever
    `_whole_cells` would make of them. A rest fills part of a row's columns (`_part`): a full
    row with no first cell is a row of its own under a label that spans rows (a situation
    read 'Oud' and 'Huidig', the page break between them)."""
    head = _texts(lines[0])
    out = lines
    cut: set[int] = set()
    for k in range(1, len(lines)):
        if lines[k].page == lines[k - 1].page:
            continue
        h = k + 1 if len(head) >= 2 and _texts(lines[k]) == head else k
        e = h
        while (
            e < len(lines)
            and lines[e].page == lines[k].page
            and _column_of(lines[e].cells[0][0], lines[e].cells[0][1], columns) > 0
            and len(lines[e].cells) <= _part(len(columns))
        ):
            e += 1
        if e > h:
            out = [*out[:k], *out[h:e], *out[k:h], *out[e:]]  # out[k:] is still lines[k:]
            cut.update(range(k, k + e - h))
    return out, cut


def _part(columns: int) -> int:
    """The most cells a row's rest or a cell's next line fills: one in a table of two or three
    columns, half the columns of a wider one."""
    return max(1, columns // 2)


def _column_of(x0: float, x1: float, columns: list[tuple[float, float]]) -> int:
    """The first column a cell from `x0` to `x1` overlaps most (by `_overlap`): a loop, not a
    list of the overlaps and `max` over it (a boxed float a column, and a builtin call)."""
    k = 0
    best = _overlap((x0, x1), columns[0])
    for j in range(1, len(columns)):
        overlap = _overlap((x0, x1), columns[j])
        if overlap > best:
            k, best = j, overlap
    return k


def _whole_cells(
    rows: list[list[str]],
    spans: list[list[tuple[float, float]]],
    sizes: list[float],
    cut: AbstractSet[int] = frozenset(),
    gaps: Sequence[float] = (),
    rests: AbstractSet[int] = frozenset(),
    ocr: bool = False,
) -> list[list[str]]:
    """A row without a first cell continues the row above: in a table whose rows have one, or
    where its text wrapped there (a besluitenlijst's 'Zaak:' over the lines its text runs on;
    'Volgcommissie(s):' over a list of short entries stays a list), or (`cut`, by index) where
    it is the rest of a row a page break cut (`_rests_up`), or (`gaps`: each line's distance
    from the line above, `math.inf` at a page's top) where the rows are set apart by more space
    than a cell's lines and the line stands at a cell's line distance under a line that filled
    most of its column (`_set_in`; tables33). A row of `rests` (by index: a label's wrapped
    rest, `_label_rest`) goes on the row above, its first cell too. `ocr` (the table's lines
    are all OCR's): a cell's next line that is a piece of the web address its last line ends in
    goes on that line with no space (`repair.address_goes_on`)."""
    labelled = sum(bool(row[0]) for row in rows) * 2 >= len(rows)
    lead = _cell_lead(rows, gaps, sizes) if gaps else None
    right = [max(span[k][1] for span in spans) for k in range(len(rows[0]))]
    out: list[list[list[str]]] = []  # each cell's lines, joined at the end
    above: list[tuple[float, float]] = []
    # per column: the cell the line above wrote in, whether that line held no other cell and
    # reached the column's right edge (its text wrapped there), and whether it ran on into the
    # next column (that column's text was run into the cell's line)
    opened: list[_Open | None] = [None] * len(rows[0])
    edges = _edges(spans, right)
    # ocrurl40: per column, whether the line last written in it reached the column's edge
    full_to = [min(edge, end) for edge, end in zip(edges, right, strict=True)]
    was_full = [False] * len(rows[0])
    for n, (row, span, size) in enumerate(zip(rows, spans, sizes, strict=True)):
        merged = bool(out) and (
            n in rests
            or (
                not row[0]
                and (
                    n in cut
                    or labelled
                    or _wrapped(row, span, above, right, size)
                    or (
                        lead is not None
                        and gaps[n] <= lead + _LEAD * size
                        and _set_in(row, rows[n - 1], above, right)
                    )
                )
            )
        )
        goes_on = [k for k, text in enumerate(row) if text and _goes_on(opened[k], text)]
        rest = ["" if k in goes_on else text for k, text in enumerate(row)]
        for k in goes_on:
            _carry(opened[k], row[k])
        if merged:
            for k, text in enumerate(rest):
                cell = out[-1][k]
                if not text:
                    continue
                if ocr and cell and address_goes_on(cell[-1], text, was_full[k]):
                    cell[-1] = _address_joined(cell[-1], text)
                else:
                    cell.append(text)
        elif any(text for text in rest) or not out:  # a native loop, not the builtin call
            out.append([[text] if text else [] for text in rest])
        single = sum(bool(text) for text in row) == 1
        for k, text in enumerate(row):
            cell = (opened[k] or ([], False, False))[0] if k in goes_on else out[-1][k]
            full = single and span[k][1] >= edges[k] - _FULL * size
            opened[k] = (cell, full, span[k][1] > edges[k]) if text and cell else None
            if text:
                was_full[k] = span[k][1] >= full_to[k] - _URL_FULL * size
        above = span
    return [[join_lines(cell) if cell else "" for cell in row] for row in out]


# ocrurl40: an OCR'd cell's line ending this close (ems) to its column's edge filled the cell
_URL_FULL = 1.0


def _address_joined(last: str, text: str) -> str:
    """The address's line and its next piece as one (pdfium's mark at the end: a hyphen)."""
    return f"{last[:-1]}-{text}" if last[-1] in PDFIUM_MARKS else last + text


def _cell_lead(rows: list[list[str]], gaps: Sequence[float], sizes: list[float]) -> float | None:
    """The distance between a cell's lines where the table sets its rows farther apart (a
    cell's padding: Chromium's and LibreOffice's tables), else None."""
    opening = [g for row, g in zip(rows, gaps, strict=True) if row[0] and g < math.inf]
    going = [g for row, g in zip(rows, gaps, strict=True) if not row[0] and g < math.inf]
    if not opening or not going:
        return None
    lead = statistics.median(going)
    return lead if lead + _APART * statistics.median(sizes) < statistics.median(opening) else None


_APART = 0.2  # ems: rows set apart from each other by this much more than a cell's lines
_LEAD = 0.1  # ems: a line this close to a cell's line distance under the line above


def _set_in(
    row: list[str], prev: list[str], above: list[tuple[float, float]], right: list[float]
) -> bool:
    """The row's cells (part of the row's columns, `_part`) each go on a sentence (they open
    with a small letter: no figures, which make a total's or a section's row, and no list's
    next entry, 'Pres i.v.m. agendapunt 24' under 'JUST i.v.m. agendapunt 6, 9, 13') under a
    line of the line above (`prev`, where it lies: `above`) that filled most of its column: a
    wrapped text's line (a list's short entries do not, nor does a field's label: 'Besluit
    genomen door:' over 'Datum:')."""
    cells = [k for k in range(1, len(row)) if row[k]]
    return 0 < len(cells) <= _part(len(row)) and all(
        row[k][0].islower()
        and not prev[k].endswith(":")
        and above[k][1] > 0
        and above[k][1] >= right[k] - _FILLED * (right[k] - above[k][0])
        for k in cells
    )


_FILLED = 1 / 3  # of a column's width: a wrapped line ends at most this far short of its edge


def _edges(spans: list[list[tuple[float, float]]], right: list[float]) -> list[float]:
    """Where each column's text must end: where the next column's cells start (their median:
    a cell that two columns' text ran into reaches past it), the last column's right edge."""
    out = []
    for k in range(len(right)):
        starts = [span[k + 1][0] for span in spans if k + 1 < len(span) and span[k + 1][1] > 0]
        out.append(statistics.median(starts) if starts else right[k])
    return out


_FULL = 3.0  # ems: a cell's line ending this close to its column's right edge filled the cell


def _goes_on(opened: _Open | None, text: str) -> bool:
    """Whether a line's cell is the next line of a web address in the cell above it in its
    column, written in the row above because no rule tells rows apart (an inventory whose rows
    stand centred on their tallest cell: 'Reeds openbaar:' / '.../page/51065/strategisch' over
    the row of '88', whose cell goes on 'huisvestingsplan-kunst-en-cultuur'). The address is
    cut by pdfium's hyphen mark at the line's end; or, the line standing alone and reaching the
    column's right edge (the cell was full), inside a word ('.../MTalk/Me' /
    'ervaart-Ondernemingsplan...pdf'); either also before the next column's text run into the
    line ('.../strategisch' + U+FFFE + ' 7.2. b', '.../RAAD% 7.2 b'). Only addresses: a word's
    mark may end a line whose cell goes on elsewhere (a contents table's 'logboek' + U+FFFE,
    its next line another entry), and a whole address short of the edge
    ('https://www.rijksoverheid.nl/documenten/') takes nothing from the row below ('10.2.e')."""
    if opened is None:
        return False
    cell, full, crossed = opened
    head, tail = _run_in(cell[-1], crossed)
    if not (head[-1] in PDFIUM_MARKS or tail or full):
        return False
    left = join_lines([*cell[:-1], head]) + (head[-1] if head[-1] in PDFIUM_MARKS else "")
    return cuts_url(left, text)


def _run_in(line: str, crossed: bool) -> tuple[str, str]:
    """A cell's line as its own text and the next column's text run into it ('' if none):
    after pdfium's hyphen mark ('.../strategisch' + U+FFFE, ' 7.2. b'), or, where the line
    reaches into the next column, the words after its last web address ('.../RAAD%', '7.2 b')."""
    i = -1  # the last mark followed by a space, of either mark
    for spaced in _MARKS_SPACED:
        found = line.rfind(spaced)
        if found > i:
            i = found
    if i > 0:
        return line[: i + 1], line[i + 2 :]
    if crossed:
        words = line.split(" ")
        at = [j for j, w in enumerate(words) if URL_START.search(w)]
        if at and 0 < len(words) - 1 - at[-1] <= _RUN_IN and "/" not in line.rsplit(" ", 1)[-1]:
            return " ".join(words[: at[-1] + 1]), " ".join(words[at[-1] + 1 :])
    return line, ""


_MARKS_SPACED: Final = tuple(f"{mark} " for mark in PDFIUM_MARKS)
_RUN_IN = 3  # words: a ground or a date run in from the next column ('7.2. b', '10.2.e')


def _carry(opened: _Open | None, text: str) -> None:
    """`text` written on as the open cell's next line; a text run in from the next column
    stays after the address the line joins ('.../strategisch-huisvestingsplan-kunst-en-cultuur
    7.2. b'), and a mark at the text's end stays for the line after it."""
    if opened is None:
        return
    cell, _, crossed = opened
    head, tail = _run_in(cell[-1], crossed)
    if tail:
        mark = text[-1] if text[-1] in PDFIUM_MARKS else ""
        cell[-1] = f"{join_lines([head, text])}{mark} {tail}"
    else:
        cell.append(text)


def _wrapped(
    row: list[str],
    span: list[tuple[float, float]],
    above: list[tuple[float, float]],
    right: list[float],
    size: float,
) -> bool:
    """Every cell of the row goes on from the cell above it because its first word did not fit
    there: the line above, a space and that word reach past the column's right edge. A list's
    next point ('3. Jeugdzorg') is no wrapped line."""
    cells = [k for k in range(1, len(row)) if row[k]]
    for k in cells:
        x0, x1 = span[k]
        if above[k][1] <= 0 or x1 <= x0 or BULLET.match(row[k]) or NUMBERED.match(row[k]):
            return False
        word = row[k].split(" ", 1)[0]
        # the cell's own width a character, but a gap inside the cell makes that too wide
        width = min((x1 - x0) / len(row[k]), _EM_PER_CHAR * size) * (len(word) + 1)
        if above[k][1] + width < right[k]:
            return False
    return bool(cells)


_EM_PER_CHAR = 0.6  # a character is at most this wide, in ems, in text type


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    # cells that do not overlap any column go to the nearest one
    return inter if inter > 0 else -min(abs(a[0] - b[1]), abs(b[0] - a[1]))
