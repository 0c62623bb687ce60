"""What an index stores about a document besides its text: the facts both backends share.

Pure functions, no engine: keyword values for filters and facets, the date as a sortable number,
the body segments, the version order, and the bounds of a date filter.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import datetime

from services.index.port import QuerySyntaxError
from stukken.contracts import EnrichedDocument, Segment, Source

NOT_BODY = frozenset({"furniture"})
"""Segment kinds kept for audit but never searched as body text."""

ENTITY_FACET = {"organization": "org", "person": "person", "party": "party", "location": "location"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LAST_DAY = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}


@dataclass
class DocFacts:
    doc_type: str
    year: str | None
    date_num: int | None
    uploaded_us: int
    keywords: dict[str, list[str]] = field(default_factory=dict)
    """facet/filter name (org, person, party, location, ref) → distinct values, first seen first"""


def facts_of(doc: EnrichedDocument) -> DocFacts:
    keywords: dict[str, list[str]] = {name: [] for name in (*ENTITY_FACET.values(), "ref")}
    for entity in doc.entities:
        name = ENTITY_FACET.get(entity.type)
        if name and entity.canonical and entity.canonical not in keywords[name]:
            keywords[name].append(entity.canonical)
    for ref in doc.references:
        if ref.normalized not in keywords["ref"]:
            keywords["ref"].append(ref.normalized)
    date_num = date_number(doc.metadata.date)
    return DocFacts(
        doc_type=doc.metadata.doc_type,
        year=str(date_num // 10000) if date_num else None,
        date_num=date_num,
        uploaded_us=uploaded_us(doc),
        keywords=keywords,
    )


def body_segments(doc: EnrichedDocument) -> list[Segment]:
    return [s for s in doc.segments if s.kind not in NOT_BODY and s.text.strip()]


def segment_keywords(doc: EnrichedDocument) -> dict[str, dict[str, list[str]]]:
    """segment id → {"ref": [...], "org": [...], ...}: what each segment itself mentions."""
    out: dict[str, dict[str, list[str]]] = {}
    for ref in doc.references:
        out.setdefault(ref.segment_id, {}).setdefault("ref", []).append(ref.normalized)
    for entity in doc.entities:
        name = ENTITY_FACET.get(entity.type)
        if name:
            out.setdefault(entity.segment_id, {}).setdefault(name, []).append(entity.canonical)
    return out


def uploaded_us(doc: EnrichedDocument) -> int:
    """`source.uploaded_at` in microseconds since the epoch; 0 when unknown."""
    return uploaded_us_of(doc.source)


MAX_FUTURE_US = 60 * 1_000_000


def believable(uploaded_us: int) -> int:
    """An upload time further ahead than the clock allows is not believed (a forged event would
    otherwise hold its place against every later, real version): it counts as a minute ahead."""
    if not uploaded_us:
        return uploaded_us
    return min(uploaded_us, int(time.time() * 1_000_000) + MAX_FUTURE_US)


def uploaded_us_of(source: Source | None) -> int:
    at = source.uploaded_at if source is not None else None
    return int(at.timestamp() * 1_000_000) if isinstance(at, datetime) else 0


def is_newer(incoming_us: int, stored_us: int) -> bool:
    """Version order: a later upload wins; when either time is unknown, arrival order wins
    (events of one doc_id arrive in order on one partition)."""
    if incoming_us and stored_us:
        return incoming_us >= stored_us
    return True


def date_number(text: str | None) -> int | None:
    """'2022-11-10' → 20221110; a month's date ('2025-01', a document that prints only its
    month and year) → its first day, 20250101; None for a missing or unreadable date."""
    if not text:
        return None
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    return int(m.group(1) + m.group(2) + (m.group(3) or "01")) if m else None


def date_bound(text: str | None, *, upper: bool) -> int | None:
    """A filter bound 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → yyyymmdd, inclusive at either end."""
    if not text:
        return None
    m = _DATE.match(text.strip())
    if not m:
        raise QuerySyntaxError(f"date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    mm = int(month) if month else (12 if upper else 1)
    dd = int(day) if day else (_LAST_DAY.get(mm, 31) if upper else 1)
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        raise QuerySyntaxError(f"date {text!r} is not a calendar date")
    return year * 10000 + mm * 100 + dd


def fold(value: str) -> str:
    """How keyword fields compare: case and accents ignored (the tantivy `kw` analyzer's rule)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", value.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
