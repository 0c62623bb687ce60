"""Garbage collection of claim checks (`claims/` in the artifact bucket).

A claim is needed while an event points at it. The document log points at the claims of current
versions for ever; the change topics (`doc.segmented`, `doc.enriched`, their DLQs) point at
claims for as long as they retain events (7 days by default). So a claim is deleted when no
current log record refers to it and it is older than the grace period (default 7 days, the
change topics' retention): a superseded or deleted version's claim outlives the last event that
could still be read. Claims are content-addressed, so two documents with one payload share one
claim; it stays while either refers to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from stukken.contracts.events import DocEnriched
from stukken.platform.storage import ObjectStore

CLAIMS_PREFIX = "claims/"
DEFAULT_GRACE = timedelta(days=7)


@dataclass
class ClaimCollection:
    kept_referenced: int = 0
    kept_young: int = 0
    deleted: list[str] = field(default_factory=list)


def referenced_claims(current: Iterable[DocEnriched], bucket: str) -> set[str]:
    """The claim keys in `bucket` that current document-log records refer to."""
    return {
        e.payload_ref.key
        for e in current
        if e.payload_ref is not None and e.payload_ref.bucket == bucket
    }


def collect_claims(
    store: ObjectStore,
    bucket: str,
    referenced: set[str],
    *,
    grace: timedelta = DEFAULT_GRACE,
    now: datetime | None = None,
    dry_run: bool = False,
) -> ClaimCollection:
    """Delete the claims nobody refers to any more; returns what was kept and deleted."""
    cutoff = (now or datetime.now(UTC)) - grace
    result = ClaimCollection()
    for obj in store.list(bucket, CLAIMS_PREFIX):
        if obj.key in referenced:
            result.kept_referenced += 1
        elif obj.modified is None or obj.modified > cutoff:
            result.kept_young += 1  # an event still in flight may point at it
        else:
            if not dry_run:
                store.delete(bucket, obj.key)
            result.deleted.append(obj.key)
    return result
