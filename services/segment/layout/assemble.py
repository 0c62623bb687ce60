"""Pages of runs -> the segmented document: the layout steps in the order a reader takes them.

Columns first (so a side column never interleaves with the body), then furniture, footnotes at
each page foot, the page-1 letterhead, tables, paragraphs across pages, and their kinds.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from services.segment import families
from services.segment.layout import doctype, letterhead, structure
from services.segment.layout.columns import body_column
from services.segment.layout.footnotes import split_footnotes
from services.segment.layout.furniture import mark_furniture
from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line, group_lines
from services.segment.layout.paragraphs import Block, build_blocks, line_pitch
from services.segment.layout.repair import join_lines
from services.segment.layout.tables import split_tables
from services.segment.layout.words import PageRuns
from stukken.contracts import Metadata, Segment, SegmentedDocument

# Reading order within a page: header, letterhead and side column, body, footnotes, footer.
HEADER, ASIDE, BODY, NOTES, FOOTER = range(5)


@dataclass
class Placed:
    page: int
    group: int
    order: float
    block: Block


def segment_pages(
    pages: list[PageRuns], page_count: int, grids: Sequence[GridTable] = ()
) -> SegmentedDocument:
    column = body_column([p for p in pages if not p.ocr] or pages)
    lines_by_page: dict[int, list[Line]] = {}
    for page in pages:
        zones: dict[str, list] = {"body": [], "side": [], "margin": []}
        for run in page.runs:
            zone = column.zone(run)
            zones["body" if zone == "wide" else zone].append(run)
        lines_by_page[page.number] = [
            line for zone, runs in zones.items() for line in group_lines(runs, page.number, zone)
        ]
    heights = {p.number: p.height for p in pages}
    roles = mark_furniture(lines_by_page, heights)
    placed: list[Placed] = []
    body_lines = [
        ln
        for lines in lines_by_page.values()
        for ln in lines
        if ln.zone == "body" and id(ln) not in roles
    ]
    body_size = _body_size(body_lines)
    stream: list[Line] = []
    last_note = 0
    last_block: Block | None = None  # the last footnote so far
    for number, lines in lines_by_page.items():
        aside: list[Line] = []
        body: list[Line] = []
        for line in lines:
            role = roles.get(id(line))
            if role and line.zone == "side" and role != "page_number":
                aside.append(line)  # the side column repeated on every page: one block, not lines
            elif role:
                group = HEADER if role == "header" else FOOTER
                placed.append(Placed(number, group, -line.y1, _one(line, "furniture", role)))
            elif line.zone == "body":
                body.append(line)
            else:
                aside.append(line)
        placed += _aside(sorted(aside, key=lambda ln: -ln.y1), number, column.x1)
        body.sort(key=lambda ln: -ln.y1)
        carry = (
            last_block is not None
            and last_block.lines[-1].page == number - 1
            and not last_block.text.endswith((".", "!", "?"))
        )
        body, notes = split_footnotes(body, body_size, last_note, carry)
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
    right_edge = column.x1 - 6
    head_blocks = build_blocks([ln for ln in stream if ln.page == 1], right_edge)
    n_head = letterhead.front_matter(head_blocks)
    head = head_blocks[:n_head]
    for block in head:
        block.kind, block.role = (
            "letterhead",
            "masthead" if n_head and _titled(head_blocks, n_head) else "address",
        )
        placed.append(Placed(1, ASIDE, -block.lines[0].y1, block))
    used = {id(ln) for b in head for ln in b.lines}
    stream = [ln for ln in stream if id(ln) not in used]
    blocks: list[Block] = []
    for piece in split_tables(stream, line_pitch(stream), grids):
        blocks += [piece] if isinstance(piece, Block) else build_blocks(piece, right_edge)
    blocks = families.read(structure.classify(blocks, body_size))
    placed += [Placed(b.page, BODY, i, b) for i, b in enumerate(blocks)]
    meta = _metadata(placed, blocks, page_count, pages)
    head = [p.block for p in placed if p.block.kind == "letterhead"]
    meta = families.describe(meta, families.Reading(blocks, head, page_count))
    return families.finish(SegmentedDocument(metadata=meta, segments=_segments(placed)), heights)


def _titled(blocks: list[Block], n: int) -> bool:
    return n < len(blocks) and blocks[n].text.startswith("Vragen van")


def _aside(lines: list[Line], page: int, right: float) -> list[Placed]:
    """Side column and margin: letterhead on page 1, running furniture after it."""
    out = []
    for zone in ("side", "margin"):
        zone_lines = [ln for ln in lines if ln.zone == zone]
        for block in build_blocks(zone_lines, right if zone == "margin" else 1e6):
            if page == 1:
                block.kind, block.role = "letterhead", "side_column"
            else:
                block.kind, block.role = "furniture", "side_column"
            out.append(Placed(page, ASIDE, -block.lines[0].y1, block))
    return out


def _one(line: Line, kind: str, role: str) -> Block:
    block = Block([line], kind=kind, role=role)
    block.text = join_lines([line.text])
    return block


def _body_size(lines: list[Line]) -> float:
    sizes = [ln.size for ln in lines for _ in range(max(len(ln.text) // 20, 1))]
    return statistics.median(sizes) if sizes else 10.0


def _metadata(
    placed: list[Placed], blocks: list[Block], page_count: int, pages: list[PageRuns]
) -> Metadata:
    head = [p.block for p in placed if p.block.kind == "letterhead"]
    head_text = "\n".join(b.text for b in head)
    early = "\n".join(b.text for b in blocks if b.page <= 2)
    has_questions = any(b.kind == "question" for b in blocks)
    kind = doctype.classify(head_text + "\n" + early, has_questions, head_text)
    fields: dict[str, str] = {}
    if kind == "kamervragen":
        fields = letterhead.questions_metadata(blocks)
    elif head:
        fields = letterhead.letter_metadata(head, blocks)
    title = fields.pop("title", None) or fields.get("subject")
    return Metadata(
        doc_type=kind,
        title=title,
        page_count=page_count,
        ocr_pages=[p.number for p in pages if p.ocr],
        **fields,
    )


def _segments(placed: list[Placed]) -> list[Segment]:
    placed.sort(key=lambda p: (p.page, p.group, p.order))
    ids = {id(p.block): f"s{i}" for i, p in enumerate(placed, start=1)}
    out = []
    for p in placed:
        b = p.block
        if not b.text.strip() and b.kind != "table":
            continue
        out.append(
            Segment(
                id=ids[id(b)],
                kind=b.kind,
                page=b.page,
                bbox=b.bbox(),
                text=b.text,
                number=b.number,
                answer_to=[ids[id(q)] for q in b.answer_to] or None if b.kind == "answer" else None,
                footnote_refs=b.refs if b.kind != "footnote" else [],
                rows=b.rows,
                role=b.role,
                level=b.level,
                fields=b.fields,
            )
        )
    return out
