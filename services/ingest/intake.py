"""Admit an object into the pipeline: sniff, size-check, hash. Pure logic over the store port."""

from __future__ import annotations

import json
from dataclasses import dataclass

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
        etag=obj.etag or None,
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


@dataclass(frozen=True)
class LedgerEntry:
    key: str
    version: str
    etag: str | None


class Ledger:
    """Per document, the version last admitted or rejected, so the same bytes again change nothing
    and the reconciler can tell which objects the pipeline has not seen.

    Written only after the event went out: a crash in between costs a duplicate, never a loss.
    """

    PREFIX = "ingest/current/"

    def __init__(self, store: ObjectStore, bucket: str) -> None:
        self.store, self.bucket = store, bucket

    def _key(self, doc_id: str) -> str:
        return f"{self.PREFIX}{doc_id}.json"

    def entry(self, doc_id: str) -> LedgerEntry | None:
        try:
            raw = json.loads(self.store.read(self.bucket, self._key(doc_id)).data)
        except ObjectMissing:
            return None
        return LedgerEntry(raw["key"], raw["version"], raw.get("etag"))

    def current(self, doc_id: str) -> str | None:
        entry = self.entry(doc_id)
        return entry.version if entry else None

    def record(self, event: DocIngested | DocRejected) -> None:
        if event.op == "delete":
            self.store.delete(self.bucket, self._key(event.doc_id))
        elif event.source is not None:
            body = {"version": event.version, "key": event.source.key, "etag": event.source.etag}
            self.store.write(
                self.bucket, self._key(event.doc_id), json.dumps(body).encode(), "application/json"
            )

    def entries(self) -> dict[str, LedgerEntry]:
        """Every document the ledger knows, by doc_id."""
        out = {}
        for listed in self.store.list(self.bucket, self.PREFIX):
            doc_id = listed.key.removeprefix(self.PREFIX).removesuffix(".json")
            entry = self.entry(doc_id)
            if entry is not None:
                out[doc_id] = entry
        return out
