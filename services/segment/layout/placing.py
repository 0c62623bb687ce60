"""The document's lines placed on their pages: the per-page and per-line loops of `assemble`.

`assemble` keeps the page loop and the fallback seam (each page's pieces, columns and lines,
and the document's structure step, all called from interpreted code, where a test's patch
reaches them); this module, compiled with the layout's group, does the rest of the per-page
and per-line work between them: the watermarks set apart, the furniture and side columns
placed, the footnotes split off each page, the letterhead and the body's blocks made (`lay_out`),
and the segments built from the placed blocks (`segments`) (bench/segment/speed23.md, round 31).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Final, get_args

from services.segment.layout import furniture, letterhead
from services.segment.layout.aside import (
    PULL_QUOTE,
    Running,
    aside_blocks,
    column_above_body,
    column_above_later,
    own_column,
    pull_quotes,
    running_repeats,
    sender_repeats,
    side_fields,
    slide,
)
from services.segment.layout.columns import BODY as BODY_ZONE
from services.segment.layout.columns import QUOTE as QUOTE_ZONE
from services.segment.layout.columns import quote_words, words_said
from services.segment.layout.footnotes import split_column_footnotes
from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line, group_lines
from services.segment.layout.paragraphs import (
    FIGURE,
    Block,
    build_blocks,
    line_leading,
    line_pitch,
    reading_order,
    right_edges,
)
from services.segment.layout.repair import join_lines
from services.segment.layout.tables import split_tables
from services.segment.layout.words import PageRuns, Run
from stukken.contracts import Segment
from stukken.contracts.document import SegmentKind

# Reading order within a page: header, letterhead and side column, body, footnotes, footer.
HEADER: Final = 0
ASIDE: Final = 1
BODY: Final = 2
NOTES: Final = 3
FOOTER: Final = 4
_WATERMARK: Final = 2.0  # slanted type this many times the page's median size is a watermark
_WATERMARK_CHARS: Final = 60  # ... and says no more than this many characters
_ENDS: Final = (".", "!", "?")


@dataclass(slots=True)
class Placed:
    page: int
    group: int
    order: float
    block: Block

    # written out (compiled code calls it directly; the dataclass's own is a Python function)
    def __init__(self, page: int, group: int, order: float, block: Block) -> None:
        self.page = page
        self.group = group
        self.order = order
        self.block = block


class Laid:
    """What `lay_out` made: the blocks placed so far (watermarks, furniture, side columns,
    footnotes, letterhead) and the body's blocks, before the structure step gives them kinds."""

    def __init__(self, placed: list[Placed], blocks: list[Block], body_size: float) -> None:
        self.placed = placed
        self.blocks = blocks
        self.body_size = body_size


def _cut_running_cells(
    pages: list[PageRuns],
    lines_by_page: dict[int, list[Line]],
    cuts: list[tuple[Line, int, str]],
    roles: dict[int, str],
) -> None:
    """Cut each line of `cuts` in two, its running cell and the rest, each made again from its
    own runs (so each has its own type: page 1's running head in 7 pt beside a logo in 9 pt),
    in place in `lines_by_page`; the cell gets its role. A line whose runs do not part so (a
    run across the cell's edge, either side making more than one line, the cell's text not
    made again) stays as it was."""
    runs_of = {p.number: p.runs for p in pages}
    for line, end, role in cuts:
        lines = lines_by_page.get(line.page, [])
        at = next((k for k, ln in enumerate(lines) if ln is line), -1)
        if at < 0:
            continue
        x0, x1, text = line.cells[end]
        mine = [
            r
            for r in runs_of.get(line.page, [])
            if r.text.strip()
            and line.y0 - 0.5 <= (r.y0 + r.y1) / 2 <= line.y1 + 0.5
            and line.x0 - 0.5 <= (r.x0 + r.x1) / 2 <= line.x1 + 0.5
        ]
        cell = [r for r in mine if r.x0 >= x0 - 0.5 and r.x1 <= x1 + 0.5]
        rest = [r for r in mine if r.x1 <= x0 + 0.5 or r.x0 >= x1 - 0.5]
        if not cell or not rest or len(cell) + len(rest) != len(mine):
            continue
        running = group_lines(cell, line.page, line.zone)
        other = group_lines(rest, line.page, line.zone)
        if len(running) != 1 or len(other) != 1:
            continue
        # the two hold the line's words and no others (no run of another column taken in)
        kept = "".join(c[2] for k, c in enumerate(line.cells) if k != end)
        if _squashed(running[0].text) != _squashed(text) or _squashed(other[0].text) != _squashed(
            kept
        ):
            continue
        lines[at : at + 1] = [running[0], other[0]] if end == 0 else [other[0], running[0]]
        roles[id(running[0])] = role


def _squashed(text: str) -> str:
    return "".join(text.split())


def zone_lines(zones: dict[str, list[Run]], page: int) -> list[Line]:
    """A page's lines, column by column (`zones`: its runs by column)."""
    lines: list[Line] = []
    for zone, runs in zones.items():
        lines += group_lines(runs, page, zone)
    return lines


def lay_out(
    pages: list[PageRuns],
    lines_by_page: dict[int, list[Line]],
    watermarks: list[Line],
    grids: Sequence[GridTable],
    warnings: list[str],
) -> Laid:
    """The pages' lines (by page, in the layout's columns) placed: furniture, side columns,
    footnotes, the page-1 letterhead, and the body's blocks in reading order."""
    heights = {p.number: p.height for p in pages}
    bottoms = {p.number: p.bottom for p in pages}
    widths = {p.number: p.width for p in pages}
    parts: set[int] = set()  # parts of a running line that the page's columns parted
    ocr_read = {p.number for p in pages if p.scanned or p.hidden_layer}
    cuts: list[tuple[Line, int, str]] = []  # edge lines that hold a running line as a cell
    roles = furniture.mark_furniture(lines_by_page, heights, bottoms, widths, parts, ocr_read, cuts)
    if cuts:  # most documents print their running lines alone on their lines
        _cut_running_cells(pages, lines_by_page, cuts, roles)
    if grids:
        ruled_cells_kept(roles, lines_by_page, grids)
    figure_kept(roles, lines_by_page)
    slides = {n for n in lines_by_page if slide(widths[n], heights[n])}
    running = Running.of(lines_by_page, slides)
    own = own_column(lines_by_page, set(roles))
    if own:  # what repeats beside the body is a form's labels: no evidence of a side column
        running = Running(set())
        warnings.append("text beside the body holds a quarter of the document: read as body")
    right = right_edges(lines_by_page)
    placed = [
        Placed(line.page, HEADER, -line.y1, one(line, "furniture", "watermark"))
        for line in watermarks
    ]
    body_lines = [
        ln
        for lines in lines_by_page.values()
        for ln in lines
        if ln.zone.startswith(BODY_ZONE) and id(ln) not in roles
    ]
    body_size = body_size_of(body_lines)
    stream: list[Line] = []
    last_note = 0
    last_block: Block | None = None  # the last footnote so far
    pending: set[str] = set()  # note markers of the page before whose notes did not stand there
    for number, lines in lines_by_page.items():
        aside: list[Line] = []
        body: list[Line] = []
        quotes: list[Line] = []
        # a later page's number that stands in the strip beside the body (an odd page's, at
        # its right foot) is no label of a side column: it marks no zone (sidewho41). Page 1's
        # strip is the letterhead's place: there it marks as before
        marked: set[str] = (
            set()
            if own
            else {
                ln.zone
                for ln in lines
                if id(ln) in roles
                and id(ln) not in parts
                and (number == 1 or roles[id(ln)] != "page_number")
            }
        )
        for line in lines:
            role = roles.get(id(line))
            if role:
                group = HEADER if role == "header" else FOOTER
                placed.append(Placed(number, group, -line.y1, one(line, "furniture", role)))
            elif line.zone.startswith(BODY_ZONE) or in_grid(line, grids):
                body.append(line)
            elif line.zone == QUOTE_ZONE:
                quotes.append(line)
            else:
                aside.append(line)
        if len(aside) >= _SPACED_LINES:
            aside = _table_columns(aside, body)
        body.sort(key=reading_order)
        for b in aside_blocks(
            aside,
            number,
            running,
            warnings,
            heights[number],
            marked,
            bottoms[number],
            widths[number],
            number in ocr_read,
        ):
            placed.append(Placed(number, ASIDE, -b.lines[0].y1, b))
        for b in pull_quotes(quotes) if quotes else ():  # placed beside its paragraph later
            placed.append(Placed(number, ASIDE, -b.lines[0].y1, b))
        carry = (
            last_block is not None
            and last_block.lines[-1].page == number - 1
            and not last_block.text.endswith(_ENDS)
        )
        body, notes = split_column_footnotes(
            body, body_size, last_note, carry, lambda ln: in_grid(ln, grids), pending
        )
        for note in notes:
            if note.number == "+" and last_block is not None:  # the note runs on from before
                last_block.lines += note.lines
                last_block.text = join_lines([ln.text for ln in last_block.lines])
                continue
            block = Block(note.lines, kind="footnote", number=note.number).finish()
            last_block = block
            block.refs = []
            placed.append(Placed(number, NOTES, -note.lines[0].y1, block))
            last_note = int(note.number) if note.number.isdigit() else last_note
        stream += body
    front = [ln for ln in stream if ln.page == 1 and not (grids and in_grid(ln, grids))]
    head_blocks = build_blocks(front, right, ocr_read)
    # a side column above the body, nothing beside
    above = column_above_body(head_blocks, running, body_size)
    if above:  # the later pages' side columns were judged before page 1's sender was known
        sender_repeats([p.block for p in placed if p.page > 1 and p.group == ASIDE], running)
    if above:  # the column may stand under the sender's name and return address
        taken = {id(b) for b in above}
        head_blocks = [b for b in head_blocks if id(b) not in taken]
    head, role = letterhead.front_matter(head_blocks, body_size)
    for block in head:
        block.kind, block.role = "letterhead", role
    for block in above + head:
        placed.append(Placed(1, ASIDE, -block.lines[0].y1, block))
    used = {id(ln) for b in above + head for ln in b.lines}
    if used:  # no letterhead: the stream as it is
        stream = [ln for ln in stream if id(ln) not in used]
    if above:  # the later pages may repeat that column atop their body
        stream = later_columns(stream, above, running, right, ocr_read, grids, placed)
    blocks: list[Block] = []
    pitch = line_pitch(stream)
    around = (
        (line_leading(stream), statistics.median([ln.size for ln in stream])) if stream else None
    )
    for piece in split_tables(stream, pitch, grids, {p.number for p in pages if p.ocr}):
        if isinstance(piece, Block) and piece.kind == "furniture":  # a repeated table header
            placed.append(Placed(piece.lines[0].page, HEADER, -piece.lines[0].y1, piece))
        elif isinstance(piece, Block):
            blocks.append(piece)
        else:
            blocks += build_blocks(piece, right, ocr_read, around)
    running_repeats([p.block for p in placed if p.group == ASIDE])
    return Laid(placed, blocks, body_size)


def later_columns(
    stream: list[Line],
    above: list[Block],
    running: Running,
    right: dict[str, float],
    ocr_read: set[int],
    grids: Sequence[GridTable],
    placed: list[Placed],
) -> list[Line]:
    """The stream without the later pages' repeats of page 1's side column above the body
    (`aside.column_above_later`); those are placed beside the body as furniture."""
    used: set[int] = set()
    for number in sorted({ln.page for ln in stream if ln.page > 1}):
        page = [ln for ln in stream if ln.page == number]
        lines = [ln for ln in page if not in_grid(ln, grids)]
        blocks = build_blocks(lines, right, ocr_read)
        for block in column_above_later(blocks, above, running, page):
            placed.append(Placed(number, ASIDE, -block.lines[0].y1, block))
            used.update(id(ln) for ln in block.lines)
    return [ln for ln in stream if id(ln) not in used] if used else stream


def figure_kept(roles: dict[int, str], lines_by_page: dict[int, list[Line]]) -> None:
    """No line of a drawing is running furniture (layout/drawings.py): a worked example drawn
    again and again repeats its labels at the same place, as a running head would."""
    for lines in lines_by_page.values():
        for line in lines:
            if FIGURE in line.zone and roles.get(id(line)) in ("header", "footer"):
                del roles[id(line)]


def ruled_cells_kept(
    roles: dict[int, str], lines_by_page: dict[int, list[Line]], grids: Sequence[GridTable]
) -> None:
    """No line inside a table's ruling is running furniture (tables37): a table drawn with
    rules at a page's foot or top repeats its rows' shapes from page to page (LibreOffice's
    HTML import, cells set in their middle: 'Systeemfout StUF18' under each page's repeated
    header, a wrapped cell's 'wordt gemeld aan de beheerder' at each foot), and digits folded
    they pass for a running head or foot. A grid whose every line is furniture is a running
    box (a ruled header 'Kenmerk | Datum | Pagina'): its lines stay furniture. A line whose
    words the grid's cells do not read stays what furniture made it: the table would not
    tell it (a turned table's section numbers '5.1' beside its cells). A repeated header row
    is then the table's to tell apart (`tables._repeated_header`)."""
    for g in grids:
        inside = [ln for ln in lines_by_page.get(g.page, ()) if g.holds(ln.x0, ln.y0, ln.x1, ln.y1)]
        if all(id(ln) in roles for ln in inside):
            continue
        cells = [" ".join(cell.split()) for row in g.rows for cell in row if cell]
        for ln in inside:
            if id(ln) in roles and _read_by(ln, cells):
                del roles[id(ln)]


def _read_by(line: Line, cells: list[str]) -> bool:
    """Each word of the line is said in one of the grid's cells: as a piece of its text (a
    wrapped head's 'ber.cat' of 'Code BAG-ber.cat'), or, a number without a letter, as a word
    of its own ('19' is no piece of '19.1 Naam')."""
    parts = [p.replace("\ufffe", "").rstrip("-") for p in line.text.split()]  # 'BAG-' wrapped
    return all(any(_says(cell, part) for cell in cells) for part in parts if part)


def _says(cell: str, part: str) -> bool:
    if any(c.isalpha() for c in part):
        return part in cell
    return f" {part} " in f" {cell} "


def in_grid(line: Line, grids: Sequence[GridTable]) -> bool:
    """Whether the line stands in a drawn table: a table's narrow last column of short values
    ('IenW') is no side column, nor its first rows a letterhead."""
    if not grids:  # most documents draw no table
        return False
    return any(g.page == line.page and g.holds(line.x0, line.y0, line.x1, line.y1) for g in grids)


def watermarks_apart(pages: list[PageRuns]) -> tuple[list[PageRuns], list[Line]]:
    """The pages without their watermarks, and the watermarks' lines. Text set at a slant
    across the page in type well above the page's own ("CONCEPT") is a watermark: evidence
    enough for furniture, and left in the layout its large letters would pass for the title.
    Slanted text in the page's own type (a table's column heads set at 45 degrees) stays."""
    layout: list[PageRuns] = []
    marks: list[Line] = []
    for page in pages:
        slanted = [r for r in page.runs if r.slanted]
        if not slanted:  # most pages: their level type is not asked for
            layout.append(page)
            continue
        level = [r.size for r in page.runs if not r.slanted]
        least = _WATERMARK * statistics.median(level) if level else None
        big = [r for r in slanted if least is not None and r.size >= least]
        if not big or not _few_words(big):
            layout.append(page)
            continue
        apart = {id(r) for r in big}
        layout.append(replace(page, runs=[r for r in page.runs if id(r) not in apart]))
        marks += group_lines(big, page.number, "watermark")
    return layout, marks


def _few_words(runs: list[Run]) -> bool:
    """A watermark says a few words ("CONCEPT", "NIET VERSPREIDEN"), however often it is
    printed; a drawing's plant list set at an angle over its small labels says more."""
    said = {" ".join(r.text.lower().split()) for r in runs}  # a tiled watermark says it once
    return sum(len(text) for text in said) <= _WATERMARK_CHARS


def one(line: Line, kind: str, role: str) -> Block:
    block = Block([line], kind=kind, role=role)
    block.text = join_lines([line.text])
    return block


def body_size_of(lines: list[Line]) -> float:
    """The median type size of the lines, each counted once per 20 characters (at least once)."""
    # sorted by size alone: equal sizes keep the lines' order, as the copies' stable sort did
    weighted = sorted([(ln.size, max(len(ln.text) // 20, 1)) for ln in lines], key=itemgetter(0))
    if not weighted:
        return 10.0
    if any(size != size for size, _ in weighted):  # a NaN: sorted as it was, copies and all
        sizes = [ln.size for ln in lines for _ in range(max(len(ln.text) // 20, 1))]
        return statistics.median(sizes)
    return _weighted_median(weighted)


def _weighted_median(weighted: list[tuple[float, int]]) -> float:
    """`statistics.median` of the values each repeated its weight's times, without the copies:
    the middle value (an odd count) or the mean of the middle two, found on the sorted values'
    running count."""
    total = sum(n for _, n in weighted)
    middle = total // 2  # the upper middle's index in the repeated values
    seen = 0
    below = weighted[0][0]  # the value at index middle - 1
    for size, n in weighted:
        if seen + n > middle:  # index middle falls in this value's copies
            if total % 2:
                return size
            return (size + (size if seen < middle else below)) / 2
        seen += n
        below = size
    raise AssertionError("the running count passes the middle")


def body_placed(blocks: list[Block], placed: list[Placed]) -> None:
    """The body's blocks placed after the rest, in their order; a pull-quote after the
    paragraph it stands beside (`_beside_its_paragraph`)."""
    body = [Placed(b.page, BODY, i, b) for i, b in enumerate(blocks)]
    for p in placed:
        if p.group == ASIDE and p.block.role == PULL_QUOTE:
            _beside_its_paragraph(p, body)
    placed += body


def _beside_its_paragraph(quote: Placed, body: list[Placed]) -> None:
    """quotes45: a pull-quote is read where its text is, right after the body block it stands
    level with, the one that says most of its words where it stands level with more than one
    (a heading, the paragraph under it); level with none, after the nearest block of its page.
    A page with no body keeps it where it was (after the page's letterhead and side column)."""
    page = quote.page
    top, foot = quote.block.lines[0].y1, min(ln.y0 for ln in quote.block.lines)
    words = quote_words((quote.block.text,))
    best: tuple[bool, int, float] | None = None
    anchor: Placed | None = None
    for p in body:
        lines = [ln for ln in p.block.lines if ln.page == page]
        if not lines:
            continue
        y0, y1 = min(ln.y0 for ln in lines), max(ln.y1 for ln in lines)
        overlap = min(top, y1) - max(foot, y0)
        said = words_said(words, (p.block.text,)) if overlap > 0 else 0
        key = (overlap > 0, said, overlap)
        if best is None or key > best:
            best, anchor = key, p
    if anchor is None:
        return
    # after its block, two quotes beside one block top to bottom
    quote.group, quote.order = BODY, anchor.order + 0.5 - top * 1e-6


# A side column's content field goes after the page's letterhead and side column, before its body.
_AFTER_ASIDE: Final = 10000.0


def fields_as_body(placed: list[Placed]) -> bool:
    """A side column's fields that name things in words (the enclosures, who gets a copy, a
    subject: `aside.side_fields`) made body (sidecol41): each field, label and value together,
    one paragraph of role `side_field` with its label and value in `fields`, placed after the
    page's letterhead and side column, never inside the body's paragraphs. What is left of a
    side-column block keeps its kind and role. The blocks replaced are not changed: the
    letterhead read for the metadata before keeps its fields. True when any field was found."""
    changed = False
    by_page: dict[int, list[Placed]] = {}
    for p in placed:
        b = p.block
        if p.group == ASIDE and b.role == "side_column" and b.kind in ("letterhead", "furniture"):
            by_page.setdefault(p.page, []).append(p)
    for page, column in by_page.items():
        found = side_fields([p.block for p in column])
        if not found:
            continue
        changed = True
        taken = {id(ln) for f in found for ln in f.lines}
        for p in column:
            left = [ln for ln in p.block.lines if id(ln) not in taken]
            if len(left) == len(p.block.lines):
                continue
            p.block = Block(left, kind=p.block.kind, role=p.block.role).finish()
        for f in found:
            block = Block(
                f.lines, role="side_field", fields={"label": f.label, "value": f.value}
            ).finish()
            placed.append(Placed(page, ASIDE, _AFTER_ASIDE - f.lines[0].y1, block))
    if changed:  # a block whose every line went to a field is gone
        placed[:] = [p for p in placed if p.block.lines]
    return changed


def _place(p: Placed) -> tuple[int, int, float]:
    return p.page, p.group, p.order


def segments(placed: list[Placed]) -> tuple[list[Segment], list[Block]]:
    """The segments in reading order, and the blocks they were made of (for the accounting)."""
    placed.sort(key=_place)
    ids = {id(p.block): f"s{i}" for i, p in enumerate(placed, start=1)}
    out: list[Segment] = []
    emitted: list[Block] = []
    for p in placed:
        b = p.block
        kind = b.kind
        if not b.text.strip() and kind != "table":
            continue
        emitted.append(b)
        page = b.page
        level = b.level
        # the lists and the dict copied, as the validator copies them: a segment owns its own
        fields: dict[str, object] = {
            "id": ids[id(b)],
            "kind": kind,
            "page": page,
            "bbox": b.bbox(),
            "text": b.text,
            "number": b.number,
            "answer_to": [ids[id(q)] for q in b.answer_to] or None if kind == "answer" else None,
            "footnote_refs": b.refs[:] if kind != "footnote" else [],
            "rows": None if b.rows is None else [row[:] for row in b.rows],
            "role": b.role,
            "level": level,
            "fields": None if b.fields is None else dict(b.fields),
        }
        if _BUILT and kind in _KINDS and page >= 1 and (level is None or level >= 1):
            out.append(_built(fields))
        else:  # what the model would refuse: its validator says why
            out.append(_SEGMENT(fields))
    return out, emitted


# A Segment validated from a dict of all its fields by the model's own validator: what
# `Segment(**fields)` does, less the keyword call through BaseModel.__init__ (~10K of a
# segment's ~34K instructions; bench/segment/speed23.md round 26).
_SEGMENT: Final = Segment.__pydantic_validator__.validate_python

# The fields `segments` gives (all but the redactions, which the enricher fills), and what the
# model's constraints allow of them: the kinds, a page and a level from 1.
_GIVEN: Final = (
    "id",
    "kind",
    "page",
    "bbox",
    "text",
    "number",
    "answer_to",
    "footnote_refs",
    "rows",
    "role",
    "level",
    "fields",
)
_GIVEN_SET: Final = frozenset(_GIVEN)  # a set copied from a set takes its hashes along
_KINDS: Final = frozenset(get_args(SegmentKind))
# Built by hand only while the model has these fields and no others (the validator otherwise).
_BUILT: Final = list(Segment.model_fields) == [*_GIVEN, "redactions"]
_NEW: Final = Segment.__new__
_SET: Final = object.__setattr__


def _built(fields: dict[str, object]) -> Segment:
    """The Segment the validator makes of `fields` (in `_GIVEN`'s order), built as pydantic's
    `model_construct` builds one, without its per-field Python: the fields' types are already
    the model's (the bbox floats, `Block.bbox`; the texts str; the lists copied), and `segments`
    checks the constraints. The same object the validator returns: its __dict__ in the model's
    field order with the redactions' default, the fields given as set, no extra, no private
    (tests/unit/segment/test_speed35.py; bench/segment/speed23.md, round 35)."""
    fields["redactions"] = []
    segment = _NEW(Segment)
    _SET(segment, "__dict__", fields)
    _SET(segment, "__pydantic_fields_set__", set(_GIVEN_SET))
    _SET(segment, "__pydantic_extra__", {})
    _SET(segment, "__pydantic_private__", None)
    return segment


_ROW_LINES: Final = 3  # lines beside the body that all stand in its rows: a table's columns
_SPACED_LINES: Final = 2  # ... or, each a row of its own, two at least (aside39)
_LEVEL: Final = 1.0  # points: two baselines this close stand on one row
_SAME_TYPE: Final = 0.1  # a table's cells share its type; a side column is set smaller
_ROW_SPACE: Final = 2.0  # a row of its own: no other line within twice its type above or below


def _table_columns(aside: list[Line], body: list[Line]) -> list[Line]:
    """matrix38: the lines beside the body, every one of them (three at least) level with a line
    of the body left of it, are a wide table's last columns ('5.1.2e', 'bedrijfsgegevens' in a
    Woo inventory's Weigeringsgrond and Opmerking columns, where the table fills a page and the
    columns step took them for a side column): rows read across, they go back to the body
    (`aside` is emptied into `body`). The lines level must share their type: a side column set
    smaller on the text's rows (7 pt beside 10 pt) stays a side column. aside39: a table set
    with its figures in smaller type than its row heads (AERIUS' sources, 'Emissie NH3' /
    '6.400,0 kg/j' in 7 pt beside 'Landbouw | Stalemissies' in 9 pt, the header repeated on the
    next page) has them on rows of their own: every line beside the body (two at least) level
    with a body line left of it, with no other line, beside or in the body, within twice their
    type above or below. A side column's labels and values stand on consecutive lines, and the
    body's prose beside it too. Returns what stays beside the body."""
    spaced = typed = True
    for line in aside:
        level = [
            other
            for other in body
            if abs(other.base - line.base) <= _LEVEL
            and other.x1 <= line.x0
            and other.page == line.page
        ]
        if not level:
            return aside
        typed = typed and any(
            abs(other.size - line.size) <= _SAME_TYPE * line.size for other in level
        )
        spaced = spaced and _own_row(line, max(ln.size for ln in level), aside, body)
        if not (spaced or typed):
            return aside
    if not spaced and len(aside) < _ROW_LINES:
        return aside
    body += aside
    return []


def _own_row(line: Line, size: float, aside: list[Line], body: list[Line]) -> bool:
    """Whether `line` stands on a row of its own: no line of the page's body or side that is not
    level with it stands within `_ROW_SPACE` times the row's type (`size`, the larger) of it."""
    room = _ROW_SPACE * max(size, line.size)
    for lines in (aside, body):
        for other in lines:
            apart = abs(other.base - line.base)
            if other.page == line.page and _LEVEL < apart < room:
                return False
    return True
