"""Find the objects whose bucket notification never arrived (or was garbled), and their deletes.

S3 servers deliver notifications at most once: a lost or mangled one would leave an object
outside the pipeline for ever. Ingest therefore compares, now and then, the bucket's listing with
its ledger and sends itself synthetic notifications for what differs. Those go through the same
topic and handler as real ones, so order and deduplication stay the same.
"""

from __future__ import annotations

import json

from services.ingest.intake import LedgerEntry
from services.ingest.s3_events import ObjectEvent
from stukken.contracts import doc_id_for
from stukken.platform.storage import ListedObject

SENDER = "stukken:reconcile"


def missed_events(
    bucket: str,
    listed: list[ListedObject],
    ledger: dict[str, LedgerEntry],
    recent: set[str] | frozenset[str] = frozenset(),
) -> list[ObjectEvent]:
    """Created events for objects the ledger lacks or has with another ETag; removed events for
    ledger entries whose object is gone. `recent` keys are left alone: their notification may
    still be on its way."""
    events = []
    present = {}
    for obj in listed:
        doc_id = doc_id_for(bucket, obj.key)
        present[doc_id] = obj
        seen = ledger.get(doc_id)
        if obj.key in recent:
            continue
        if seen is None or (seen.etag or "") != obj.etag:
            events.append(ObjectEvent("created", bucket, obj.key, obj.size, None, SENDER))
    for doc_id, entry in ledger.items():
        if doc_id not in present and entry.key not in recent:
            events.append(ObjectEvent("removed", bucket, entry.key, 0, None, SENDER))
    return events


def as_notification(events: list[ObjectEvent]) -> bytes:
    """The events in the AWS notification format the ingest handler reads (keys not encoded)."""
    records = [
        {
            "eventSource": SENDER,
            "eventName": "s3:ObjectCreated:Put"
            if e.action == "created"
            else "s3:ObjectRemoved:Delete",
            "s3": {"bucket": {"name": e.bucket}, "object": {"key": e.key, "size": e.size}},
        }
        for e in events
    ]
    return json.dumps({"Records": records}).encode()
