"""Segmented document -> references and entities. Pure logic, no I/O.

First cut (walking skeleton): URLs only. The full reference grammar and the entity gazetteer
replace `find_references` / `find_entities` and keep their signatures.
"""

from __future__ import annotations

import re

from stukken.contracts import Entity, Reference, SegmentedDocument

_URL = re.compile(r"https?://[^\s<>\"]+")
_TRAILING = ".,;:!?)]}'\""


def find_references(doc: SegmentedDocument) -> list[Reference]:
    refs: list[Reference] = []
    for seg in doc.segments:
        for m in _URL.finditer(seg.text):
            url = m.group(0).rstrip(_TRAILING)
            refs.append(
                Reference(
                    type="url",
                    text=url,
                    normalized=url,
                    segment_id=seg.id,
                    start=m.start(),
                    end=m.start() + len(url),
                    url=url,
                )
            )
    return refs


def find_entities(doc: SegmentedDocument) -> list[Entity]:
    return []


def enrich(doc: SegmentedDocument) -> tuple[list[Reference], list[Entity]]:
    return find_references(doc), find_entities(doc)
