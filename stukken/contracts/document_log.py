"""The document log `stukken.documents`: what it holds and the topic settings it is created with.

Every record is keyed by `doc_id`. Its value is the `doc.enriched` v1 event of the document's
current version (same schema, `op` = "upsert"; a large document carries `payload_ref`, a claim
check in the artifact bucket, exactly as on `doc.enriched`). A record whose value is null (a Kafka
tombstone) says the document is gone: deleted, or its current version was rejected. A consumer
that reads from the beginning and keeps the last value per key has the live corpus. A record
whose claim is missing from the bucket is a superseded one not yet compacted away (the claim GC
deletes only claims no current record refers to): skip it, a later record of the doc follows.

The index stage writes it (services/index/document_log.py): it is where version order is decided
(an older upload never replaces a newer one), and it writes only after its batch is durable.
"""

from __future__ import annotations

from stukken.contracts.events import DocEnriched
from stukken.contracts.topics import DOCUMENTS, OCR_PROGRESS

DAY_MS = 24 * 3600 * 1000

# Topic settings, created by `stukken up` (stukken/localstack/kafka.py) and docker-compose's
# kafka-init. Why these values:
# - cleanup.policy=compact: keep the last record per doc_id for ever (no time retention).
# - min.cleanable.dirty.ratio=0.1 (default 0.5): compact once a tenth of the log is superseded
#   records, so a late reader replays little history; the log is small, the cleaner cheap.
# - segment.ms=1 h (default 7 days): the active segment is never compacted; rolling it hourly
#   bounds how long superseded versions stay readable.
# - max.compaction.lag.ms=1 day (default: unbounded): a superseded record is compacted away
#   within a day even when little else changed, long before the claim GC (7 days' grace, see
#   stukken/platform/claim_gc.py) may delete the claim it points at.
# - delete.retention.ms=7 days (default 1 day): how long a tombstone survives compaction. A
#   consumer that was away less than this still sees the delete; after it, a consumer must
#   re-read from the beginning. 7 days equals the change topics' retention.
TOPIC_CONFIGS: dict[str, dict[str, str]] = {
    DOCUMENTS: {
        "cleanup.policy": "compact",
        "min.cleanable.dirty.ratio": "0.1",
        "segment.ms": str(3600 * 1000),
        "max.compaction.lag.ms": str(DAY_MS),
        "delete.retention.ms": str(7 * DAY_MS),
    },
    # The OCR progress of documents being OCR'd (stukken/contracts/ocr.py): only the latest
    # record per doc_id matters, and a reader starting late reads it from the beginning.
    OCR_PROGRESS: {
        "cleanup.policy": "compact",
        "min.cleanable.dirty.ratio": "0.1",
        "segment.ms": str(3600 * 1000),
    },
}


def encode(event: DocEnriched | None) -> bytes | None:
    """The record value: the event as JSON, or None (a tombstone)."""
    return None if event is None else event.model_dump_json().encode()


def decode(value: bytes | None) -> DocEnriched | None:
    return None if value is None else DocEnriched.model_validate_json(value)
