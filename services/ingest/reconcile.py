"""Find what the pipeline missed: objects whose notification never came (or was garbled), deletes
that went unseen, and documents the index lacks or holds in another version.

S3 servers deliver notifications at most once, and a document can fall out of the pipeline after
ingest (a dead letter, a forged delete). So ingest compares, now and then, one key range of the
bucket with its ledger and with what the index holds, and sends itself synthetic notifications
for what differs. Those go through the same topic and handler as real ones, so order and
deduplication stay the same; a `stale_index` repair is marked so the ledger does not swallow it.

Incremental: a round lists at most `batch` objects after the previous round's last key (paged
listings), takes the ledger entries of that key range from memory, and asks the index about those
documents in one call per page; the next round goes on from there, and after the last key
starts again at the first. Nothing is read per ledger entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from services.ingest.ledger import LedgerEntry
from services.ingest.s3_events import ObjectEvent
from stukken.contracts import doc_id_for
from stukken.platform.storage import ListedObject

SENDER = "stukken:reconcile"
Kind = Literal["missed", "changed", "removed", "stale_index"]
KINDS: tuple[Kind, ...] = ("missed", "changed", "removed", "stale_index")
# Records per synthetic notification: keeps each message far below Kafka's 1 MB default.
RECORDS_PER_MESSAGE = 500


@dataclass(frozen=True)
class Repair:
    kind: Kind
    doc_id: str
    event: ObjectEvent


@dataclass(frozen=True)
class Horizons:
    """What is too recent to judge: its own event may still be on its way."""

    modified: datetime
    """objects changed after this are left to their notification"""
    recorded: float
    """ledger entries recorded after this (epoch s) are left alone as 'removed' candidates"""
    indexed: float
    """versions admitted after this (epoch s) may still be on their way to the index"""


def compare(
    bucket: str,
    listed: list[ListedObject],
    known: Iterable[tuple[str, LedgerEntry]],
    horizons: Horizons,
    indexed: Mapping[str, str] | None = None,
) -> list[Repair]:
    """The repairs for one key range: `listed` are the bucket's objects in it, `known` the
    ledger's entries in it, `indexed` doc_id -> the version the index holds (None: not asked)."""
    ledger = dict(known)
    repairs = []
    present = set()
    for obj in listed:
        doc_id = doc_id_for(bucket, obj.key)
        present.add(doc_id)
        if obj.modified is not None and obj.modified > horizons.modified:
            continue
        seen = ledger.get(doc_id)
        if seen is None:
            repairs.append(_created("missed", bucket, doc_id, obj))
        elif (seen.etag or "") != obj.etag:
            repairs.append(_created("changed", bucket, doc_id, obj))
        elif (
            indexed is not None
            and seen.at < horizons.indexed
            and indexed.get(doc_id) != seen.version
        ):
            repairs.append(_created("stale_index", bucket, doc_id, obj, repair=True))
    for doc_id, entry in ledger.items():
        # An entry recorded after the listing may be of an object created after it.
        if doc_id not in present and entry.at < horizons.recorded:
            event = ObjectEvent("removed", bucket, entry.key, 0, None, SENDER)
            repairs.append(Repair("removed", doc_id, event))
    return repairs


def index_candidates(
    bucket: str, listed: list[ListedObject], known: Mapping[str, LedgerEntry], horizon: float
) -> list[str]:
    """The documents whose index version is worth asking: the ledger agrees with the bucket
    and their version had time to reach the index."""
    out = []
    for obj in listed:
        doc_id = doc_id_for(bucket, obj.key)
        seen = known.get(doc_id)
        if seen is not None and (seen.etag or "") == obj.etag and seen.at < horizon:
            out.append(doc_id)
    return out


def _created(
    kind: Kind, bucket: str, doc_id: str, obj: ListedObject, *, repair: bool = False
) -> Repair:
    event = ObjectEvent("created", bucket, obj.key, obj.size, None, SENDER, repair=repair)
    return Repair(kind, doc_id, event)


def as_notifications(events: list[ObjectEvent]) -> list[bytes]:
    """The events in the AWS notification format the ingest handler reads (keys not encoded),
    a few hundred records per message."""
    return [
        as_notification(events[i : i + RECORDS_PER_MESSAGE])
        for i in range(0, len(events), RECORDS_PER_MESSAGE)
    ]


def as_notification(events: list[ObjectEvent]) -> bytes:
    records = [
        {
            "eventSource": SENDER,
            "eventName": "s3:ObjectCreated:Put"
            if e.action == "created"
            else "s3:ObjectRemoved:Delete",
            "s3": {"bucket": {"name": e.bucket}, "object": {"key": e.key, "size": e.size}},
            **({"stukkenRepair": True} if e.repair else {}),
        }
        for e in events
    ]
    return json.dumps({"Records": records}).encode()
