"""Admit an object into the pipeline: size-check, sniff, hash. Pure logic over the store port."""

from __future__ import annotations

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
    # The event's size cannot be trusted (the Versity gateway says 0 after a multipart upload):
    # the object's own size, from a HEAD, decides before a byte of it is read.
    try:
        head = store.stat(event.bucket, event.key)
    except ObjectMissing:
        return None  # deleted meanwhile: its ObjectRemoved event follows
    uploaded_at = event.event_time or head.modified
    if head.size > max_bytes:
        source = Source(
            bucket=event.bucket,
            key=event.key,
            size=head.size,
            sha256="",
            etag=head.etag or None,
            uploaded_at=uploaded_at,
        )
        return _reject(doc_id, correlation_id, "too_large", f"{head.size} > {max_bytes}", source)
    try:
        obj = store.read(event.bucket, event.key, max_bytes=max_bytes)
    except ObjectMissing:
        return None
    except ObjectTooLarge as exc:  # replaced by a larger version since the HEAD
        source = Source(
            bucket=event.bucket, key=event.key, size=exc.size, sha256="", uploaded_at=uploaded_at
        )
        return _reject(doc_id, correlation_id, "too_large", str(exc), source)
    source = Source(
        bucket=event.bucket,
        key=event.key,
        size=obj.size,
        sha256=obj.sha256,
        etag=obj.etag or None,
        uploaded_at=uploaded_at,
    )
    if obj.size == 0:
        return _reject(doc_id, correlation_id, "empty_object", "the object has no bytes", source)
    if PDF_MAGIC not in obj.data[:MAGIC_WINDOW]:
        start = obj.data[:16]
        return _reject(
            doc_id,
            correlation_id,
            "not_a_pdf",
            f"no %PDF- header in the first {MAGIC_WINDOW} bytes (starts with {start!r})",
            source,
        )
    return DocIngested(
        doc_id=doc_id, version=obj.sha256, source=source, correlation_id=correlation_id
    )


def _reject(
    doc_id: str, correlation_id: str, reason: str, detail: str, source: Source
) -> DocRejected:
    """A rejection always names its object (key, ETag, time): the index shows it in place of
    the old version, and the ledger records it so it is not sent again."""
    return DocRejected(
        doc_id=doc_id,
        version=source.sha256,
        source=source,
        stage="ingest",
        reason=reason,
        detail=detail,
        correlation_id=correlation_id,
    )
