"""Admit an object into the pipeline: sniff, size-check, hash. Pure logic over the store port."""

from __future__ import annotations

import json

from services.ingest.s3_events import ObjectEvent
from stukken.contracts import DocIngested, DocRejected, Source, doc_id_for
from stukken.platform.storage import ObjectMissing, ObjectStore, ObjectTooLarge

PDF_MAGIC = b"%PDF-"
# The PDF spec lets the header start anywhere in the first 1024 bytes (some writers prepend junk).
MAGIC_WINDOW = 1024


def admit(
    event: ObjectEvent, store: ObjectStore, *, max_bytes: int, correlation_id: str
) -> DocIngested | DocRejected | None:
    """The next event for this object event; None when the object vanished before we read it."""
    doc_id = doc_id_for(event.bucket, event.key)
    if event.action == "removed":
        source = Source(
            bucket=event.bucket, key=event.key, size=0, sha256="", uploaded_at=event.event_time
        )
        return DocIngested(
            doc_id=doc_id, version="", op="delete", source=source, correlation_id=correlation_id
        )
    if event.size > max_bytes:
        return _reject(event, doc_id, correlation_id, "too_large", f"{event.size} > {max_bytes}")
    try:
        obj = store.read(event.bucket, event.key, max_bytes=max_bytes)
    except ObjectMissing:
        return None  # deleted meanwhile: its ObjectRemoved event follows
    except ObjectTooLarge as exc:
        return _reject(event, doc_id, correlation_id, "too_large", str(exc))
    source = Source(
        bucket=event.bucket,
        key=event.key,
        size=obj.size,
        sha256=obj.sha256,
        uploaded_at=event.event_time,
    )
    if obj.size == 0:
        return _reject(
            event, doc_id, correlation_id, "empty_object", "the object has no bytes", source
        )
    if PDF_MAGIC not in obj.data[:MAGIC_WINDOW]:
        head = obj.data[:16]
        return _reject(
            event,
            doc_id,
            correlation_id,
            "not_a_pdf",
            f"no %PDF- header in the first {MAGIC_WINDOW} bytes (starts with {head!r})",
            source,
        )
    return DocIngested(
        doc_id=doc_id, version=obj.sha256, source=source, correlation_id=correlation_id
    )


def _reject(
    event: ObjectEvent,
    doc_id: str,
    correlation_id: str,
    reason: str,
    detail: str,
    source: Source | None = None,
) -> DocRejected:
    return DocRejected(
        doc_id=doc_id,
        version=source.sha256 if source else "",
        source=source,
        stage="ingest",
        reason=reason,
        detail=detail,
        correlation_id=correlation_id,
    )


class Ledger:
    """The version of each document last admitted, so re-uploading the same bytes changes nothing.

    Written only after the event went out: a crash in between costs a duplicate, never a loss.
    """

    def __init__(self, store: ObjectStore, bucket: str) -> None:
        self.store, self.bucket = store, bucket

    def _key(self, doc_id: str) -> str:
        return f"ingest/current/{doc_id}.json"

    def current(self, doc_id: str) -> str | None:
        try:
            return str(json.loads(self.store.read(self.bucket, self._key(doc_id)).data)["version"])
        except ObjectMissing:
            return None

    def record(self, event: DocIngested) -> None:
        if event.op == "delete":
            self.store.delete(self.bucket, self._key(event.doc_id))
        else:
            body = json.dumps({"version": event.version, "key": event.source.key}).encode()
            self.store.write(self.bucket, self._key(event.doc_id), body, "application/json")
