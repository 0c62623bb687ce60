"""Pages of runs -> the segmented document: the layout steps in the order a reader takes them.

Columns first (so a side column never interleaves with the body), then furniture, footnotes at
each page foot, the page-1 letterhead, tables, paragraphs across pages, and their kinds.
The page loop and the steps a page's error falls back from stay here, interpreted (the
fallback tests patch them); the per-page and per-line work between them is `placing`'s,
compiled with the layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.segment import families
from services.segment.layout import columns, drawings, letterhead, structure
from services.segment.layout.columns import Piece
from services.segment.layout.fallback import degrade, plain_lines
from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.placing import (
    BODY,
    Placed,
    body_placed,
    fields_as_body,
    lay_out,
    segments,
    watermarks_apart,
    zone_lines,
)
from services.segment.layout.quality import absorbed, account
from services.segment.layout.repair import SPELLING, Spelling
from services.segment.layout.words import PageRuns, Run
from stukken.contracts import Metadata, SegmentedDocument
from stukken.platform.logging import get_logger

log = get_logger(__name__)

# furniture placed apart that a page repeats of another's text: a side column's lines, a
# running head, a later page's repeat of the sender's unit
_RUNNING = ("side_column", "header", "address")


def segment_pages(
    pages: list[PageRuns], page_count: int, grids: Sequence[GridTable] = ()
) -> SegmentedDocument:
    # the document's own spelling decides a line-end hyphen the letters leave open (hyphen39);
    # `segment_pdf` sets it while it reads the pages (a drawn table's cells are joined then)
    token = SPELLING.set(Spelling(pages)) if SPELLING.get() is None else None
    try:
        return _segment(pages, page_count, grids)
    except Exception as exc:  # no document lost to a bug: every page gets a plain reading
        for page in pages:
            page.degraded = page.degraded or f"document:{type(exc).__name__}"
        log.warning("document layout failed; plain reading", error=type(exc).__name__)
        return _plain_document(pages, page_count)
    finally:
        if token is not None:
            SPELLING.reset(token)


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


def _figure(
    page: PageRuns, zones: dict[int, dict[str, list[Run]] | None], grids: Sequence[GridTable]
) -> None:
    """The page's zones with its drawing read as a figure; a failure leaves them as they were."""
    found = zones.get(page.number)
    if found is None or not page.drawn:
        return
    try:
        tables = [g.bbox for g in grids if g.page == page.number]
        read = drawings.figure_zones(page, found, tables)
        if read is None:  # no boxes and arrows: a chart's or a map's labels, if any
            read = drawings.chart_zones(page, found, tables)
    except Exception as exc:  # a bug here must not lose the page: its columns stand
        log.warning("page_figure_degraded", page=page.number, error=type(exc).__name__)
        return
    if read is not None:
        zones[page.number] = read


def _page_lines(page: PageRuns, zones: dict[str, list[Run]] | None) -> list[Line]:
    """Lines per column; a page whose layout fails gets a plain reading."""
    if zones is None:
        return plain_lines(page)
    try:
        return zone_lines(zones, page.number)
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
    """The page loop and the document's steps, interpreted: the steps a page's error falls
    back from (its pieces, columns and lines; the structure step) are called from here, where
    a patch reaches them; the per-page and per-line work between them is compiled (`placing`)."""
    warnings: list[str] = []
    layout, watermarks = watermarks_apart(pages)
    pieces = {page.number: _page_pieces(page) for page in layout}
    repeated = columns.repeated_texts({n: p for n, p in pieces.items() if p is not None})
    zones = {p.number: _page_zones(p, pieces[p.number], repeated, warnings) for p in layout}
    columns.side_column_apart(layout, pieces, zones, repeated)
    for p in layout:  # a drawing's text read as a figure, box by box (layout/drawings.py)
        _figure(p, zones, grids)
    lines_by_page = {p.number: _page_lines(p, zones[p.number]) for p in layout}
    for page, read in zip(pages, layout, strict=True):
        page.degraded = page.degraded or read.degraded
    laid = lay_out(pages, lines_by_page, watermarks, grids, warnings)
    placed = laid.placed
    running = structure.running_texts(
        [p.block for p in placed if p.block.kind == "furniture" and p.block.role in _RUNNING]
    )
    ocr_read = {p.number for p in pages if p.scanned or p.hidden_layer}  # OCR's reading
    blocks = families.read(structure.classify(list(laid.blocks), laid.body_size, running, ocr_read))
    body_placed(blocks, placed)
    found, emitted = segments(placed)
    head = [p.block for p in placed if p.block.kind == "letterhead"]
    margins = [p.block for p in placed if p.block.role in ("header", "footer")]
    reading = families.Reading(blocks, head, page_count, margins)
    meta = _metadata(families.classify(reading), head, blocks, page_count, pages)
    # the side column's content fields made body once its letterhead is read (sidecol41)
    if fields_as_body(placed):
        found, emitted = segments(placed)
    meta.quality = account(emitted, pages, warnings, absorbed(laid.blocks, blocks))
    meta = families.describe(meta, reading)
    heights = {p.number: p.height for p in pages}
    return families.finish(SegmentedDocument(metadata=meta, segments=found), heights)


def _plain_document(pages: list[PageRuns], page_count: int) -> SegmentedDocument:
    placed = []
    for page in pages:
        lines = plain_lines(page)
        if lines:
            block = Block(lines).finish()
            placed.append(Placed(page.number, BODY, 0, block))
    found, emitted = segments(placed)
    meta = Metadata(
        page_count=page_count,
        ocr_pages=[p.number for p in pages if p.ocr],
        ocr_layer_pages=_ocr_layer_pages(pages),
    )
    meta.quality = account(emitted, pages, ["the document got only a plain reading"])
    return SegmentedDocument(metadata=meta, segments=found)


def _ocr_layer_pages(pages: list[PageRuns]) -> list[int]:
    """The pages whose text is the PDF's own invisible layer (a scanner's or publisher's OCR) and
    that stukken did not OCR again: the enricher's OCR repairs and marks apply there too."""
    return [p.number for p in pages if p.hidden_layer and not p.ocr]


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
        ocr_layer_pages=_ocr_layer_pages(pages),
        evidence={"doc_type": evidence},
        **fields,
    )
