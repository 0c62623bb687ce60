"""What the enricher finds in one text, for tests that ask about a sentence."""

from __future__ import annotations

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Entity, Segment, SegmentedDocument


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
