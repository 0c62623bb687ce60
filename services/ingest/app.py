"""Ingest service: S3 bucket notifications -> `doc.ingested` / `doc.rejected`. Thin wiring only."""

from __future__ import annotations

import asyncio
from typing import cast

from faststream.asgi import AsgiFastStream

from services.ingest.intake import Ledger, admit
from services.ingest.s3_events import KeyEncoding, MalformedEvent, parse_s3_notification
from stukken.contracts import DocIngested, DocRejected, topics
from stukken.contracts.events import new_correlation_id
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.service import assemble, make_app, s3_check
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
                # Some servers (the Versity gateway) notify for every bucket, ours included.
                metrics.messages.labels("skipped").inc()
                continue
            cid = correlation_id or new_correlation_id()
            out = await asyncio.to_thread(
                admit, event, store, max_bytes=settings.max_pdf_bytes, correlation_id=cid
            )
            with bind_message(doc_id=out.doc_id if out else None, version=out and out.version):
                await _emit(out)

    async def _emit(out: DocIngested | DocRejected | None) -> None:
        if out is None:
            metrics.messages.labels("skipped").inc()
            log.info("object vanished before it was read")
            return
        if isinstance(out, DocRejected):
            await stage.publish(out, topics.DOC_REJECTED)
            metrics.messages.labels("rejected").inc()
            log.warning(
                "rejected", reason=out.reason, detail=out.detail, key=out.source and out.source.key
            )
            return
        if (
            out.op == "upsert"
            and await asyncio.to_thread(ledger.current, out.doc_id) == out.version
        ):
            metrics.messages.labels("skipped").inc()
            log.info("same bytes as the current version: nothing to do")
            return
        await stage.publish(out, topics.DOC_INGESTED)
        await asyncio.to_thread(ledger.record, out)
        metrics.messages.labels("ok").inc()
        metrics.bytes.inc(out.source.size)
        log.info("ingested", op=out.op, key=out.source.key, size=out.source.size)

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

    return make_app(stage, {"s3": s3_check(store.ping)}, on_startup=[prepare_buckets])
