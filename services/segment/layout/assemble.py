"""Pages of runs -> the segmented document: the layout steps in the order a reader takes them.

Columns first (so a side column never interleaves with the body), then furniture, footnotes at
each page foot, the page-1 letterhead, tables, paragraphs across pages, and their kinds.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter, itemgetter

from services.segment import families
from services.segment.layout import columns, furniture, letterhead, structure
from services.segment.layout.aside import (
    Running,
    aside_blocks,
    column_above_body,
    column_above_later,
    own_column,
    sender_repeats,
    slide,
)
from services.segment.layout.columns import BODY as BODY_ZONE
from services.segment.layout.columns import Piece
from services.segment.layout.fallback import degrade, plain_lines
from services.segment.layout.footnotes import split_column_footnotes
from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line, group_lines
from services.segment.layout.paragraphs import (
    Block,
    build_blocks,
    line_leading,
    line_pitch,
    reading_order,
    right_edges,
)
from services.segment.layout.quality import absorbed, account
from services.segment.layout.repair import join_lines
from services.segment.layout.tables import split_tables
from services.segment.layout.words import PageRuns, Run
from stukken.contracts import Metadata, Segment, SegmentedDocument
from stukken.platform.logging import get_logger

log = get_logger(__name__)

# Reading order within a page: header, letterhead and side column, body, footnotes, footer.
HEADER, ASIDE, BODY, NOTES, FOOTER = range(5)
_WATERMARK = 2.0  # slanted type this many times the page's median size is a watermark
_WATERMARK_CHARS = 60  # ... and says no more than this many characters


@dataclass
class Placed:
    page: int
    group: int
    order: float
    block: Block


def segment_pages(
    pages: list[PageRuns], page_count: int, grids: Sequence[GridTable] = ()
) -> SegmentedDocument:
    try:
        return _segment(pages, page_count, grids)
    except Exception as exc:  # no document lost to a bug: every page gets a plain reading
        for page in pages:
            page.degraded = page.degraded or f"document:{type(exc).__name__}"
        log.warning("document layout failed; plain reading", error=type(exc).__name__)
        return _plain_document(pages, page_count)


def _page_zones(
    page: PageRuns, pieces: list[Piece] | None, repeated: set[str], warnings: list[str]
) -> dict[str, list[Run]] | None:
    """The page's runs by column; None when its layout fails (it gets a plain reading)."""
    if pieces is None:  # its pieces could not be made: already degraded
        return None
    try:
        found = columns.page_columns(page, pieces, repeated)
    except Exception as exc:
        degrade(page, exc)
        return None
    warnings += found.warnings
    return found.zones


def _page_lines(page: PageRuns, zones: dict[str, list[Run]] | None) -> list[Line]:
    """Lines per column; a page whose layout fails gets a plain reading."""
    if zones is None:
        return plain_lines(page)
    try:
        return [ln for zone, runs in zones.items() for ln in group_lines(runs, page.number, zone)]
    except Exception as exc:
        return degrade(page, exc)


def _page_pieces(page: PageRuns) -> list[Piece] | None:
    try:
        return columns.page_pieces(page)
    except Exception as exc:
        degrade(page, exc)
        return None


def _segment(
    pages: list[PageRuns], page_count: int, grids: Sequence[GridTable]
) -> SegmentedDocument:
    warnings: list[str] = []
    layout, watermarks = _watermarks_apart(pages)
    pieces = {page.number: _page_pieces(page) for page in layout}
    repeated = columns.repeated_texts({n: p for n, p in pieces.items() if p is not None})
    zones = {p.number: _page_zones(p, pieces[p.number], repeated, warnings) for p in layout}
    columns.side_column_apart(layout, pieces, zones, repeated)
    lines_by_page = {p.number: _page_lines(p, zones[p.number]) for p in layout}
    for page, read in zip(pages, layout, strict=True):
        page.degraded = page.degraded or read.degraded
    heights = {p.number: p.height for p in pages}
    bottoms = {p.number: p.bottom for p in pages}
    widths = {p.number: p.width for p in pages}
    parts: set[int] = set()  # parts of a running line that the page's columns parted
    ocr_read = {p.number for p in pages if p.scanned or p.hidden_layer}
    roles = furniture.mark_furniture(lines_by_page, heights, bottoms, widths, parts, ocr_read)
    slides = {n for n in lines_by_page if slide(widths[n], heights[n])}
    running = Running.of(lines_by_page, slides)
    own = own_column(lines_by_page, set(roles))
    if own:  # what repeats beside the body is a form's labels: no evidence of a side column
        running = Running(set())
        warnings.append("text beside the body holds a quarter of the document: read as body")
    right = right_edges(lines_by_page)
    placed = [
        Placed(line.page, HEADER, -line.y1, _one(line, "furniture", "watermark"))
        for line in watermarks
    ]
    body_lines = [
        ln
        for lines in lines_by_page.values()
        for ln in lines
        if ln.zone.startswith(BODY_ZONE) and id(ln) not in roles
    ]
    body_size = _body_size(body_lines)
    stream: list[Line] = []
    last_note = 0
    last_block: Block | None = None  # the last footnote so far
    pending: set[str] = set()  # note markers of the page before whose notes did not stand there
    for number, lines in lines_by_page.items():
        aside: list[Line] = []
        body: list[Line] = []
        marked = (
            set() if own else {ln.zone for ln in lines if id(ln) in roles and id(ln) not in parts}
        )
        for line in lines:
            role = roles.get(id(line))
            beside = not line.zone.startswith(BODY_ZONE) and not _in_grid(line, grids)
            if role:
                group = HEADER if role == "header" else FOOTER
                placed.append(Placed(number, group, -line.y1, _one(line, "furniture", role)))
            elif not beside:
                body.append(line)
            else:
                aside.append(line)
        body.sort(key=reading_order)
        placed += [
            Placed(number, ASIDE, -b.lines[0].y1, b)
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
            )
        ]
        carry = (
            last_block is not None
            and last_block.lines[-1].page == number - 1
            and not last_block.text.endswith((".", "!", "?"))
        )
        body, notes = split_column_footnotes(
            body, body_size, last_note, carry, lambda ln: _in_grid(ln, grids), pending
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
    front = [ln for ln in stream if ln.page == 1 and not (grids and _in_grid(ln, grids))]
    head_blocks = build_blocks(front, right, ocr_read)
    above = column_above_body(head_blocks, running)  # a side column above the body, nothing beside
    if above:  # the later pages' side columns were judged before page 1's sender was known
        sender_repeats([p.block for p in placed if p.page > 1 and p.group == ASIDE], running)
    head_blocks = head_blocks[len(above) :]
    head, role = letterhead.front_matter(head_blocks, body_size)
    for block in head:
        block.kind, block.role = "letterhead", role
    for block in above + head:
        placed.append(Placed(1, ASIDE, -block.lines[0].y1, block))
    head = above + head
    used = {id(ln) for b in head for ln in b.lines}
    if used:  # no letterhead: the stream as it is
        stream = [ln for ln in stream if id(ln) not in used]
    if above:  # the later pages may repeat that column atop their body
        stream = _later_columns(stream, above, running, right, ocr_read, grids, placed)
    blocks: list[Block] = []
    pitch = line_pitch(stream)
    around = (line_leading(stream), statistics.median(ln.size for ln in stream)) if stream else None
    for piece in split_tables(stream, pitch, grids):
        blocks += (
            [piece] if isinstance(piece, Block) else build_blocks(piece, right, ocr_read, around)
        )
    before = list(blocks)
    blocks = families.read(structure.classify(blocks, body_size))
    placed += [Placed(b.page, BODY, i, b) for i, b in enumerate(blocks)]
    segments, emitted = _segments(placed)
    head = [p.block for p in placed if p.block.kind == "letterhead"]
    margins = [p.block for p in placed if p.block.role in ("header", "footer")]
    reading = families.Reading(blocks, head, page_count, margins)
    meta = _metadata(families.classify(reading), head, blocks, page_count, pages)
    meta.quality = account(emitted, pages, warnings, absorbed(before, blocks))
    meta = families.describe(meta, reading)
    return families.finish(SegmentedDocument(metadata=meta, segments=segments), heights)


def _later_columns(
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
        lines = [ln for ln in page if not _in_grid(ln, grids)]
        blocks = build_blocks(lines, right, ocr_read)
        for block in column_above_later(blocks, above, running, page):
            placed.append(Placed(number, ASIDE, -block.lines[0].y1, block))
            used.update(id(ln) for ln in block.lines)
    return [ln for ln in stream if id(ln) not in used] if used else stream


def _in_grid(line: Line, grids: Sequence[GridTable]) -> bool:
    """Whether the line stands in a drawn table: a table's narrow last column of short values
    ('IenW') is no side column, nor its first rows a letterhead."""
    if not grids:  # most documents draw no table: no generator made, line by line
        return False
    return any(g.page == line.page and g.holds(line.x0, line.y0, line.x1, line.y1) for g in grids)


def _watermarks_apart(pages: list[PageRuns]) -> tuple[list[PageRuns], list[Line]]:
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


def _plain_document(pages: list[PageRuns], page_count: int) -> SegmentedDocument:
    placed = []
    for page in pages:
        lines = plain_lines(page)
        if lines:
            block = Block(lines).finish()
            placed.append(Placed(page.number, BODY, 0, block))
    segments, emitted = _segments(placed)
    meta = Metadata(page_count=page_count, ocr_pages=[p.number for p in pages if p.ocr])
    meta.quality = account(emitted, pages, ["the document got only a plain reading"])
    return SegmentedDocument(metadata=meta, segments=segments)


def _one(line: Line, kind: str, role: str) -> Block:
    block = Block([line], kind=kind, role=role)
    block.text = join_lines([line.text])
    return block


def _body_size(lines: list[Line]) -> float:
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


def _metadata(
    kind: tuple[str, str],
    head: list[Block],
    blocks: list[Block],
    page_count: int,
    pages: list[PageRuns],
) -> Metadata:
    """The fields printed in fixed places, read as the family (decided once, by the families'
    classifier) prints them: the Handelingen's title line, or a letter's letterhead."""
    doc_type, evidence = kind
    fields: dict[str, str] = {}
    if doc_type == "kamervragen":
        fields = letterhead.questions_metadata(blocks)
    elif head:
        fields = letterhead.letter_metadata(head, blocks)
    title = fields.pop("title", None) or fields.get("subject")
    return Metadata(
        doc_type=doc_type,
        title=title,
        page_count=page_count,
        ocr_pages=[p.number for p in pages if p.ocr],
        evidence={"doc_type": evidence},
        **fields,
    )


_PLACE = attrgetter("page", "group", "order")  # a placed block's key: (page, group, order)


def _segments(placed: list[Placed]) -> tuple[list[Segment], list[Block]]:
    """The segments in reading order, and the blocks they were made of (for the accounting)."""
    placed.sort(key=_PLACE)
    ids = {id(p.block): f"s{i}" for i, p in enumerate(placed, start=1)}
    out = []
    emitted = []
    for p in placed:
        b = p.block
        if not b.text.strip() and b.kind != "table":
            continue
        emitted.append(b)
        out.append(
            _SEGMENT(
                {
                    "id": ids[id(b)],
                    "kind": b.kind,
                    "page": b.page,
                    "bbox": b.bbox(),
                    "text": b.text,
                    "number": b.number,
                    "answer_to": [ids[id(q)] for q in b.answer_to] or None
                    if b.kind == "answer"
                    else None,
                    "footnote_refs": b.refs if b.kind != "footnote" else [],
                    "rows": b.rows,
                    "role": b.role,
                    "level": b.level,
                    "fields": b.fields,
                }
            )
        )
    return out, emitted


# A Segment validated from a dict of all its fields by the model's own validator: what
# `Segment(**fields)` does, less the keyword call through BaseModel.__init__ (~10K of a
# segment's ~34K instructions; the validation itself stays, bench/segment/speed23.md round 26).
_SEGMENT = Segment.__pydantic_validator__.validate_python
