"""Segmented document -> references and entities. Pure logic, no I/O.

Every segment is read on its own (offsets are into its `text`); page furniture (running headers,
page numbers, the document's own id in the footer) is never body text and is skipped.
"""

from __future__ import annotations

from services.enrich.entities import dates, gazetteer, money, persons
from services.enrich.references import find_in_text
from stukken.contracts import Entity, Reference, Segment, SegmentedDocument

_SKIPPED_KINDS = frozenset({"furniture"})


def _kenmerk_values(doc: SegmentedDocument) -> tuple[str, ...]:
    meta = doc.metadata
    return tuple(v.strip() for v in (meta.ons_kenmerk, meta.uw_kenmerk) if v and v.strip())


def _read(doc: SegmentedDocument) -> list[Segment]:
    return [s for s in doc.segments if s.kind not in _SKIPPED_KINDS and s.text]


def find_references(doc: SegmentedDocument) -> list[Reference]:
    known = _kenmerk_values(doc)
    refs: list[Reference] = []
    for seg in _read(doc):
        for hit in find_in_text(seg.text, known):
            refs.append(
                Reference(
                    type=hit.type,
                    text=seg.text[hit.start : hit.end],
                    normalized=hit.normalized,
                    segment_id=seg.id,
                    start=hit.start,
                    end=hit.end,
                    url=hit.url,
                )
            )
    return refs


def entities_in_text(text: str) -> list[gazetteer.Match]:
    """Persons first (their names come from fixed phrasings), then the rest where it does not
    overlap."""
    people = persons.find(text)
    found = list(people)
    for match in [*gazetteer.find(text), *dates.find(text), *money.find(text)]:
        if not any(match.start < p.end and p.start < match.end for p in people):
            found.append(match)
    return sorted(found, key=lambda m: (m.start, m.end))


def find_entities(doc: SegmentedDocument) -> list[Entity]:
    out: list[Entity] = []
    for seg in _read(doc):
        for m in entities_in_text(seg.text):
            out.append(
                Entity(
                    type=m.type,
                    text=seg.text[m.start : m.end],
                    canonical=m.canonical,
                    segment_id=seg.id,
                    start=m.start,
                    end=m.end,
                    role=m.role,
                )
            )
    return out


def enrich(doc: SegmentedDocument) -> tuple[list[Reference], list[Entity]]:
    return find_references(doc), find_entities(doc)
