"""`stukken reprocess`, the parts without a broker: which documents, what to send, what changed.

Documents are selected from the document log (the current version of every live document). A
re-run sends, for each, the input event of the chosen stage again (same doc_id, same version of
the bytes, a new correlation id): `segment` re-reads the PDF (its cache is keyed by its logic
version, so only new logic does new work), `enrich` gets the document's segments back. Their
results flow as usual; the index takes a result of other logic as an update in place.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from stukken.contracts import DocIngested, DocSegmented, EnrichedDocument, topics
from stukken.contracts.events import DocEnriched, new_correlation_id
from stukken.contracts.logic import stages

Stage = Literal["segment", "enrich"]


def selected(
    event: DocEnriched,
    doc: EnrichedDocument | None,
    *,
    prefix: str | None,
    doc_type: str | None,
    since: datetime | None,
) -> bool:
    if prefix and not event.source.key.startswith(prefix):
        return False
    if since and (event.source.uploaded_at is None or event.source.uploaded_at < since):
        return False
    return not doc_type or (doc is not None and doc.metadata.doc_type == doc_type)


def rerun_event(
    stage: Stage, event: DocEnriched, doc: EnrichedDocument
) -> tuple[DocIngested | DocSegmented, str]:
    """The event that makes `stage` run again for this document, and its topic."""
    ids = {"doc_id": event.doc_id, "version": event.version, "correlation_id": new_correlation_id()}
    if stage == "segment":
        return DocIngested(**ids, source=event.source), topics.DOC_INGESTED
    segment = stages(doc.logic_version).get("segment")
    return DocSegmented(
        **ids,
        source=event.source,
        metadata=doc.metadata,
        segments=doc.segments,
        logic_version=f"segment:{segment}" if segment else None,
    ), topics.DOC_SEGMENTED


@dataclass
class Changes:
    """What the re-run changed, summed over documents: added/removed counts per part."""

    documents: int = 0
    changed: int = 0
    counts: dict[str, list[int]] = field(
        default_factory=lambda: {"segments": [0, 0], "references": [0, 0], "entities": [0, 0]}
    )

    def add(self, before: EnrichedDocument, after: EnrichedDocument) -> None:
        self.documents += 1
        any_change = False
        for part, (old, new) in _parts(before, after).items():
            added, removed = sum((new - old).values()), sum((old - new).values())
            self.counts[part][0] += added
            self.counts[part][1] += removed
            any_change = any_change or bool(added or removed)
        self.changed += any_change


def _parts(before: EnrichedDocument, after: EnrichedDocument) -> dict[str, tuple[Counter, Counter]]:
    def segs(d: EnrichedDocument) -> Counter:
        return Counter((s.kind, s.page, s.text) for s in d.segments)

    def refs(d: EnrichedDocument) -> Counter:
        return Counter((r.type, r.normalized, r.text) for r in d.references)

    def ents(d: EnrichedDocument) -> Counter:
        return Counter((e.type, e.canonical, e.text) for e in d.entities)

    return {
        "segments": (segs(before), segs(after)),
        "references": (refs(before), refs(after)),
        "entities": (ents(before), ents(after)),
    }


class Checkpoint:
    """The documents of a run already sent, so an interrupted run resumes where it stopped."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: set[str] = set(json.loads(path.read_text())) if path.exists() else set()

    def mark(self, doc_id: str) -> None:
        self.done.add(doc_id)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(sorted(self.done)))
        tmp.replace(self.path)

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)


def checkpoint_path(var_dir: Path, stage: Stage, *selection: object) -> Path:
    tag = hashlib.sha256(json.dumps([stage, *map(str, selection)]).encode()).hexdigest()[:12]
    return var_dir / "reprocess" / f"{stage}-{tag}.json"
