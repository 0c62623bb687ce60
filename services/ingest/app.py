"""Ingest service: S3 bucket notifications -> `doc.ingested` / `doc.rejected`. Thin wiring only."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import cast

from faststream.asgi import AsgiFastStream
from prometheus_client import Counter, Histogram

from services.ingest.index_client import IndexClient
from services.ingest.intake import admit
from services.ingest.keys import stored_key
from services.ingest.ledger import KafkaLedger, Ledger, LedgerEntry, legacy_entries
from services.ingest.reconcile import KINDS, SENDER, as_notifications
from services.ingest.rounds import Reconciler
from services.ingest.s3_events import (
    KeyEncoding,
    MalformedEvent,
    ObjectEvent,
    parse_s3_notification,
)
from stukken.contracts import DocIngested, DocRejected, topics
from stukken.contracts.events import new_correlation_id
from stukken.platform.kafka_auth import aiokafka_options
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.service import Periodic, assemble, make_app, s3_check
from stukken.platform.settings import IndexSettings, IngestSettings
from stukken.platform.stage import PermanentFailure
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)
# MinIO's Kafka notification target as configured in docker-compose.yml.
MINIO_KAFKA_TARGET = "arn:minio:sqs::PRIMARY:kafka"


def create_app(
    settings: IngestSettings | None = None,
    store: ObjectStore | None = None,
    ledger: Ledger | None = None,
) -> AsgiFastStream:
    settings = settings or IngestSettings()
    stage, store = assemble("ingest", settings, store)
    metrics = stage.metrics
    if ledger is None:  # (an empty ledger is falsy: it has a length)
        ledger = KafkaLedger(
            settings.kafka_bootstrap, settings.ledger_topic, **aiokafka_options(settings)
        )
    encoding = cast(KeyEncoding, settings.event_key_encoding)
    repaired = Counter(
        "stukken_ingest_reconcile_repaired_total",
        "Documents the reconciler sent again, by what it found",
        ["kind"],
        registry=metrics.registry,
    )
    for kind in KINDS:
        repaired.labels(kind)
    round_seconds = Histogram(
        "stukken_ingest_reconcile_seconds",
        "Time of one reconciliation round",
        registry=metrics.registry,
        buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    )
    index_url = settings.index_url or f"http://127.0.0.1:{IndexSettings().http_port}"
    index = IndexClient(index_url)
    reconciler = Reconciler(
        settings.bucket,
        store,
        ledger,
        index.versions,
        batch=settings.reconcile_batch,
        grace_s=settings.reconcile_grace_s,
        index_grace_s=settings.reconcile_index_grace_s,
    )

    async def on_s3_event(body: bytes, correlation_id: str | None) -> None:
        try:
            events = parse_s3_notification(body, encoding)
        except MalformedEvent as exc:
            raise PermanentFailure(str(exc)) from exc
        for event in events:
            if event.bucket != settings.bucket:
                # The Versity gateway notifies for every bucket, our artifact bucket included.
                metrics.messages.labels("skipped").inc()
                if event.bucket != settings.artifact_bucket:
                    log.warning("event for another bucket", bucket=event.bucket, key=event.key)
                continue
            key = await asyncio.to_thread(stored_key, event.key, partial(store.list, event.bucket))
            if key != event.key:
                log.info("event key cleaned as the bucket stores it", raw=event.key, key=key)
                event = replace(event, key=key)
            if event.repair:
                # The bucket's current version, as of now: it must replace whatever the index
                # holds, even a version that claims a later upload time (a forged event).
                event = replace(event, event_time=datetime.now(UTC))
            cid = correlation_id or new_correlation_id()
            out = await asyncio.to_thread(
                admit, event, store, max_bytes=settings.max_pdf_bytes, correlation_id=cid
            )
            with bind_message(doc_id=out.doc_id if out else None, version=out and out.version):
                await _emit(out, event)

    async def _emit(out: DocIngested | DocRejected | None, event: ObjectEvent) -> None:
        sender = event.sender
        if out is None:
            metrics.messages.labels("skipped").inc()
            log.info("object vanished before it was read")
            return
        if not event.repair and ledger.holds(out):
            metrics.messages.labels("skipped").inc()
            log.info("same bytes as the current version: nothing to do")
            await _note_etag(out)
            return
        if isinstance(out, DocRejected):
            await stage.publish(out, topics.DOC_REJECTED)
            metrics.messages.labels("rejected").inc()
            log.warning("rejected", reason=out.reason, detail=out.detail, sender=sender)
        else:
            await stage.publish(out, topics.DOC_INGESTED)
            metrics.messages.labels("ok").inc()
            metrics.bytes.inc(out.source.size)
            log.info("ingested", op=out.op, key=out.source.key, size=out.source.size, sender=sender)
        await ledger.record(out)

    async def _note_etag(out: DocIngested | DocRejected) -> None:
        """Same bytes under a new ETag (e.g. uploaded again in parts): remember the ETag, or
        the reconciler would call the object changed every round."""
        entry = ledger.entry(out.doc_id)
        etag = out.source.etag if out.source else None
        if entry is not None and etag and entry.etag != etag:
            at = time.time()
            await ledger.put(out.doc_id, LedgerEntry(entry.key, entry.version, etag, at))

    stage.consume(topics.S3_EVENTS, on_s3_event)

    async def prepare_buckets() -> None:
        if not settings.ensure_bucket:
            return
        for bucket in (settings.bucket, settings.artifact_bucket):
            created = await asyncio.to_thread(store.ensure_bucket, bucket)
            log.info("bucket ready", bucket=bucket, created=created)
        how = await asyncio.to_thread(
            store.ensure_kafka_notification, settings.bucket, MINIO_KAFKA_TARGET
        )
        log.info("bucket notifications", bucket=settings.bucket, state=how)

    async def start_ledger() -> None:
        loaded = await ledger.start()
        if loaded == 0:
            legacy = await asyncio.to_thread(legacy_entries, store, settings.artifact_bucket)
            for doc_id, entry in legacy:
                await ledger.put(doc_id, entry)
            loaded = len(legacy)
        log.info("ledger loaded", documents=loaded, topic=settings.ledger_topic)

    async def reconcile_once() -> int:
        started = time.perf_counter()
        repairs = await reconciler.round()
        for r in repairs:
            repaired.labels(r.kind).inc()
        if repairs:
            log.warning(
                "documents out of step; sending them again",
                count=len(repairs),
                kinds={k: sum(r.kind == k for r in repairs) for k in KINDS},
                keys=[r.event.key for r in repairs[:10]],
            )
            for message in as_notifications([r.event for r in repairs]):
                await stage.broker.publish(message, topics.S3_EVENTS, key=SENDER.encode())
        round_seconds.observe(time.perf_counter() - started)
        return len(repairs)

    async def stop() -> None:
        await periodic.stop()
        await ledger.stop()
        await index.close()

    periodic = Periodic(reconcile_once, settings.reconcile_interval_s, "reconcile")
    return make_app(
        stage,
        {"s3": s3_check(store.ping)},
        on_startup=[prepare_buckets, start_ledger],
        after_startup=[periodic.start],
        on_shutdown=[stop],
    )
