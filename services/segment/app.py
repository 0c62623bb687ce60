"""Segment service: `doc.ingested` -> `doc.segmented` (or `doc.rejected`). Thin wiring only."""

from __future__ import annotations

import asyncio

from faststream.asgi import AsgiFastStream

from services.segment.segmenter import PdfRejected
from services.segment.stage_logic import (
    SEGMENTER_VERSION,
    QualityMetrics,
    Segmenter,
    make_segmenter,
)
from stukken.contracts import DocIngested, DocRejected, DocSegmented, SegmentedDocument, topics
from stukken.contracts.logic import chain
from stukken.platform.claimcheck import cache_key, check_in
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.service import assemble, make_app, s3_check
from stukken.platform.settings import SegmentSettings
from stukken.platform.stage import parse
from stukken.platform.storage import ObjectMissing, ObjectStore

log = get_logger(__name__)


def create_app(
    settings: SegmentSettings | None = None,
    segmenter: Segmenter | None = None,
    store: ObjectStore | None = None,
) -> AsgiFastStream:
    settings = settings or SegmentSettings()
    stage, store = assemble("segment", settings, store)
    metrics = stage.metrics
    quality = QualityMetrics(metrics.registry)
    seg = segmenter or make_segmenter(settings)

    async def segment_event(event: DocIngested) -> DocSegmented | DocRejected | None:
        base = event.carry()
        if event.op == "delete":
            metrics.messages.labels("ok").inc()
            return DocSegmented(**base)
        cached = cache_key("segment", event.version, SEGMENTER_VERSION)
        try:
            doc = SegmentedDocument.model_validate_json(
                (await asyncio.to_thread(store.read, settings.artifact_bucket, cached)).data
            )
            log.info("segments from cache")
        except ObjectMissing:
            try:
                obj = await asyncio.to_thread(store.read, event.source.bucket, event.source.key)
            except ObjectMissing:
                metrics.messages.labels("skipped").inc()
                log.info("object deleted before segmenting; its delete event follows")
                return None
            if obj.sha256 != event.version:
                metrics.messages.labels("skipped").inc()
                log.info("object replaced before segmenting; the newer version follows")
                return None
            metrics.bytes.inc(obj.size)
            try:
                doc = await seg.segment(obj.data)
            except PdfRejected as exc:
                metrics.messages.labels("rejected").inc()
                log.warning("rejected", reason=exc.reason, detail=exc.detail)
                return DocRejected(**base, stage="segment", reason=exc.reason, detail=exc.detail)
            quality.observe(doc.metadata.quality)
            await asyncio.to_thread(
                store.write,
                settings.artifact_bucket,
                cached,
                doc.model_dump_json().encode(),
                "application/json",
            )
        ref = await asyncio.to_thread(
            check_in, store, settings.artifact_bucket, "segmented", doc, settings.claim_check_bytes
        )
        metrics.messages.labels("ok").inc()
        log.info(
            "segmented",
            segments=len(doc.segments),
            pages=doc.metadata.page_count,
            claim_check=ref is not None,
            warnings=(doc.metadata.quality.warnings if doc.metadata.quality else [])[:5],
        )
        logic = chain(None, "segment", SEGMENTER_VERSION)  # reprocessing: stukken/contracts/logic
        if ref is not None:
            return DocSegmented(**base, payload_ref=ref, logic_version=logic)
        inline = {"metadata": doc.metadata, "segments": doc.segments}
        return DocSegmented(**base, **inline, logic_version=logic)

    async def on_ingested(body: bytes, correlation_id: str | None) -> None:
        event: DocIngested = parse(DocIngested, body)
        with bind_message(**event.log_context()):
            out = await segment_event(event)
            if out is not None:
                topic = (
                    topics.DOC_REJECTED if isinstance(out, DocRejected) else topics.DOC_SEGMENTED
                )
                await stage.publish(out, topic)

    # The time limit is per page, so a long scan may hold the handler for many minutes; the
    # consumer must not be taken for dead (and its document redelivered) meanwhile.
    stage.consume(topics.DOC_INGESTED, on_ingested, max_poll_interval_ms=60 * 60 * 1000)
    return make_app(stage, {"s3": s3_check(store.ping)}, on_shutdown=[seg.close])
