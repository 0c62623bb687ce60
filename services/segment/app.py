"""Segment service: `doc.ingested` -> `doc.segmented` (or `doc.rejected`, or OCR page tasks),
and `ocr.done` -> `doc.segmented` once a scanned document's pages are all read. Thin wiring only.
"""

from __future__ import annotations

import asyncio

from faststream.asgi import AsgiFastStream
from pydantic import BaseModel

from services.segment.flow import FanOutSegmenter, Output, SegmentFlow
from services.segment.isolation import IsolatedSegmenter
from services.segment.stage_logic import QualityMetrics, make_segmenter
from stukken.contracts import DocIngested, topics
from stukken.contracts.events import Envelope
from stukken.contracts.ocr import OcrPageDone, OcrPageTask
from stukken.platform.logging import bind_message
from stukken.platform.service import assemble, make_app, s3_check
from stukken.platform.settings import SegmentSettings
from stukken.platform.stage import parse
from stukken.platform.storage import ObjectStore

# The time limit is per page, so one document may hold a handler for minutes; the consumer
# must not be taken for dead (and its document redelivered) meanwhile.
_PATIENCE_MS = 60 * 60 * 1000


def create_app(
    settings: SegmentSettings | None = None,
    segmenter: FanOutSegmenter | None = None,
    store: ObjectStore | None = None,
    assembler: FanOutSegmenter | None = None,
) -> AsgiFastStream:
    settings = settings or SegmentSettings()
    stage, store = assemble("segment", settings, store)
    seg = segmenter or make_segmenter(settings)
    # A document whose OCR is done is assembled in a worker of its own, so it neither waits
    # behind new documents nor holds them up.
    gather = assembler or make_segmenter(settings)
    quality = QualityMetrics(stage.metrics.registry)
    flow = SegmentFlow(settings, store, seg, gather, stage.metrics, quality)

    async def publish(outputs: list[Output]) -> None:
        # A scan's page tasks go out together, after the job's progress (the producer batches
        # them): one by one, each awaiting acks=all, they held the next documents up for seconds.
        pages = [stage.publish(e, t, k) for e, t, k in outputs if isinstance(e, OcrPageTask)]
        for event, topic, key in outputs:
            if isinstance(event, OcrPageTask):
                continue
            if isinstance(event, Envelope):
                await stage.publish(event, topic, key)
            else:
                await _publish_plain(stage.broker, event, topic, key)
        await asyncio.gather(*pages)

    async def on_ingested(body: bytes, correlation_id: str | None) -> None:
        event: DocIngested = parse(DocIngested, body)
        with bind_message(**event.log_context()):
            outputs = await flow.on_ingested(event)
            await publish(outputs)
            await flow.published(outputs)

    async def on_page_done(body: bytes, correlation_id: str | None) -> None:
        done: OcrPageDone = parse(OcrPageDone, body)
        with bind_message(**done.log_context()):
            outputs = await flow.on_page_done(done)
            await publish(outputs)
            await flow.published(outputs)

    stage.consume(topics.DOC_INGESTED, on_ingested, max_poll_interval_ms=_PATIENCE_MS)
    stage.consume(
        topics.OCR_DONE,
        on_page_done,
        group="stukken-segment-gather",
        max_poll_interval_ms=_PATIENCE_MS,
    )
    warm = [w.start for w in (seg, gather) if isinstance(w, IsolatedSegmenter)]
    return make_app(
        stage,
        {"s3": s3_check(store.ping)},
        after_startup=warm,
        on_shutdown=[seg.close, gather.close],
    )


async def _publish_plain(broker: object, event: BaseModel, topic: str, key: str) -> None:
    """A record that is no pipeline event (OCR progress): JSON, keyed as given."""
    await broker.publish(event.model_dump_json().encode(), topic, key=key.encode())  # type: ignore[attr-defined]
