"""Ingest service: S3 bucket notifications -> `doc.ingested` / `doc.rejected`. Thin wiring only."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import cast

from faststream.asgi import AsgiFastStream

from services.ingest.intake import Ledger, admit
from services.ingest.reconcile import SENDER, as_notification, missed_events
from services.ingest.s3_events import KeyEncoding, MalformedEvent, parse_s3_notification
from stukken.contracts import DocIngested, DocRejected, topics
from stukken.contracts.events import new_correlation_id
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.service import Periodic, assemble, make_app, s3_check
from stukken.platform.settings import IngestSettings
from stukken.platform.stage import PermanentFailure
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)
# MinIO's Kafka notification target as configured in docker-compose.yml.
MINIO_KAFKA_TARGET = "arn:minio:sqs::PRIMARY:kafka"


def create_app(
    settings: IngestSettings | None = None, store: ObjectStore | None = None
) -> AsgiFastStream:
    settings = settings or IngestSettings()
    stage, store = assemble("ingest", settings, store)
    metrics = stage.metrics
    ledger = Ledger(store, settings.artifact_bucket)
    encoding = cast(KeyEncoding, settings.event_key_encoding)

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
            cid = correlation_id or new_correlation_id()
            out = await asyncio.to_thread(
                admit, event, store, max_bytes=settings.max_pdf_bytes, correlation_id=cid
            )
            with bind_message(doc_id=out.doc_id if out else None, version=out and out.version):
                await _emit(out, event.sender)

    async def _emit(out: DocIngested | DocRejected | None, sender: str) -> None:
        if out is None:
            metrics.messages.labels("skipped").inc()
            log.info("object vanished before it was read")
            return
        if (
            out.op == "upsert"
            and await asyncio.to_thread(ledger.current, out.doc_id) == out.version
        ):
            metrics.messages.labels("skipped").inc()
            log.info("same bytes as the current version: nothing to do")
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
        await asyncio.to_thread(ledger.record, out)

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

    async def reconcile_once() -> int:
        listed = await asyncio.to_thread(store.list, settings.bucket)
        known = await asyncio.to_thread(ledger.entries)
        horizon = datetime.now(UTC) - timedelta(seconds=settings.reconcile_grace_s)
        recent = {o.key for o in listed if o.modified is None or o.modified > horizon}
        missed = missed_events(settings.bucket, listed, known, recent)
        if missed:
            log.warning(
                "notifications missed; sending them again",
                count=len(missed),
                keys=[e.key for e in missed[:10]],
            )
            await stage.broker.publish(
                as_notification(missed), topics.S3_EVENTS, key=SENDER.encode()
            )
        return len(missed)

    reconciler = Periodic(reconcile_once, settings.reconcile_interval_s, "reconcile")
    return make_app(
        stage,
        {"s3": s3_check(store.ping)},
        on_startup=[prepare_buckets],
        after_startup=[reconciler.start],
        on_shutdown=[reconciler.stop],
    )
