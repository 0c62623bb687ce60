"""What the enricher finds in one text, for tests that ask about a sentence."""

from __future__ import annotations

from services.enrich.enricher import enrich, enriched_document, entities_in_text
from stukken.contracts import (
    DocSegmented,
    EnrichedDocument,
    Entity,
    Metadata,
    Segment,
    SegmentedDocument,
    Source,
)


def people(text: str) -> list[str]:
    """Canonical names of the persons found in `text` (the entity pass alone)."""
    return [m.canonical for m in entities_in_text(text) if m.type == "person"]


def organisations(text: str) -> list[str]:
    """Canonical names of the organisations the whole enricher finds in `text` as one segment."""
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    _, ents = enrich(doc)
    return [e.canonical for e in ents if e.type == "organization"]


def enrich_one(text: str) -> list[Entity]:
    """Every entity the whole enricher finds in `text` as one segment."""
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return enrich(doc)[1]


def bodies(text: str) -> dict[str, str]:
    """Each organisation the whole enricher finds in `text` (one segment): printed -> canonical."""
    return {e.text: e.canonical for e in enrich_one(text) if e.type == "organization"}


def persons_printed(*texts: str) -> set[str]:
    """The persons the whole enricher finds in `texts` (one segment each) as printed; each
    entity's offsets must point at its printed text in its segment."""
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts, 1)]
    found = [e for e in enrich(SegmentedDocument(segments=segs))[1] if e.type == "person"]
    by_id = {s.id: s.text for s in segs}
    for e in found:
        assert by_id[e.segment_id][e.start : e.end] == e.text  # offsets into the printed text
    return {e.text for e in found}


def on_page(texts: list[str], *, ocr: bool = True, layer: bool = False) -> EnrichedDocument:
    """The whole enricher's reading of `texts` as one page's paragraphs: a page an OCR engine read
    (`ocr`), or one whose text layer a producer's OCR made (`layer`)."""
    doc = SegmentedDocument(
        metadata=Metadata(ocr_pages=[1] if ocr else [], ocr_layer_pages=[1] if layer else []),
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)
        ],
    )
    event = DocSegmented(
        doc_id="d", version="v", source=Source(bucket="b", key="k.pdf", size=1, sha256="x")
    )
    return enriched_document(event, doc)


def names_on_page(texts: list[str], *, ocr: bool = True, layer: bool = False) -> set[str]:
    """The printed text of every entity but dates `on_page` finds."""
    return {e.text for e in on_page(texts, ocr=ocr, layer=layer).entities if e.type != "date"}


def span(text: str, found: str) -> tuple[str, int, int]:
    """`text` with the offsets of `found`'s first place in it."""
    start = text.index(found)
    return text, start, start + len(found)
