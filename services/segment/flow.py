"""The segment stage's logic: an ingested document -> its segments, or its OCR page tasks.

No Kafka here: each step returns the events to publish as (event, topic, key); app.py publishes
them. A document with no page that needs OCR is segmented at once, as it always was. One with
such pages gets a job in the artifact bucket and one page task per page, and the handler moves
on; `on_page_done` gathers the OCR workers' results and, when the last page is in, segments the
document with them (services/segment/fanout.py keeps the gathering state).
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any, Protocol

from pydantic import BaseModel

from services.segment.fanout import Gatherer, JobState, mark_published, start_job, under_way
from services.segment.ocr_results import PageReading, PlannedPage, job_key
from services.segment.segmenter import PdfRejected
from services.segment.stage_logic import SEGMENTER_VERSION, QualityMetrics
from services.segment.writable import dumped
from stukken.contracts import DocIngested, DocRejected, DocSegmented, SegmentedDocument, topics
from stukken.contracts.logic import chain
from stukken.contracts.ocr import OcrPageDone, OcrPageTask, OcrProgress
from stukken.platform.claimcheck import cache_key, check_in
from stukken.platform.logging import get_logger
from stukken.platform.metrics import StageMetrics
from stukken.platform.settings import SegmentSettings
from stukken.platform.storage import ObjectMissing, ObjectStore

log = get_logger(__name__)
Output = tuple[BaseModel, str, str]  # an event, its topic, its Kafka key


class FanOutSegmenter(Protocol):
    async def segment(self, data: bytes) -> SegmentedDocument: ...

    async def plan(self, data: bytes) -> tuple[SegmentedDocument, list[PlannedPage]]: ...

    async def assemble(
        self, data: bytes, readings: dict[int, PageReading]
    ) -> SegmentedDocument: ...

    def close(self) -> None: ...


class SegmentFlow:
    def __init__(
        self,
        settings: SegmentSettings,
        store: ObjectStore,
        segmenter: FanOutSegmenter,
        assembler: FanOutSegmenter,
        metrics: StageMetrics,
        quality: QualityMetrics,
    ) -> None:
        self.settings, self.store, self.metrics, self.quality = settings, store, metrics, quality
        self.segmenter = segmenter  # documents as they come in
        self.assembler = assembler  # documents whose OCR is done: never queued behind new ones
        self.bucket = settings.artifact_bucket
        self.gatherer = Gatherer(store, self.bucket)

    async def published(self, outputs: list[Output]) -> None:
        """`outputs` are on Kafka: the jobs whose page tasks they carry are under way, and
        the jobs they finish are gone (only now: a failed publish gathers the job again)."""
        for version in {e.version for e, _, _ in outputs if isinstance(e, OcrPageTask)}:
            await asyncio.to_thread(mark_published, self.store, self.bucket, version)
        for event, _, _ in outputs:
            if isinstance(event, OcrProgress) and event.state in ("done", "failed"):
                key = job_key(event.version)
                await asyncio.to_thread(self.store.delete, self.bucket, key)

    async def on_ingested(self, event: DocIngested) -> list[Output]:
        if event.op == "delete":
            self.metrics.messages.labels("ok").inc()
            return [(DocSegmented(**event.carry()), topics.DOC_SEGMENTED, event.doc_id)]
        try:
            cached = cache_key("segment", event.version, SEGMENTER_VERSION)
            raw = await self._read(self.bucket, cached)
            log.info("segments from cache")
            return await self._segmented(event, SegmentedDocument.model_validate_json(raw), False)
        except ObjectMissing:
            pass
        data = await self._current_bytes(event)
        if data is None:
            return []
        self.metrics.bytes.inc(len(data))
        try:
            if not (self.settings.ocr and self.settings.ocr_fanout):
                doc = await self.segmenter.segment(data)
            else:
                doc, pages = await self.segmenter.plan(data)
                if pages:
                    return await self._fan_out(event, pages)
        except PdfRejected as exc:
            return [self._rejected(event, exc)]
        return await self._segmented(event, doc, True)

    async def on_page_done(self, done: OcrPageDone) -> list[Output]:
        state = await asyncio.to_thread(self.gatherer.record, done)
        if state is None:
            log.info("page of a finished or unknown OCR job", page=done.page)
            return []
        progress = state.progress()
        out: list[Output] = [(progress, topics.OCR_PROGRESS, done.doc_id)]
        if state.complete:
            out += await self._assemble(state)
        return out

    async def _fan_out(self, event: DocIngested, pages: list[PlannedPage]) -> list[Output]:
        within = timedelta(seconds=self.settings.ocr_job_stale_s)
        if await asyncio.to_thread(under_way, self.store, self.bucket, event.version, within):
            self.metrics.messages.labels("skipped").inc()
            log.info("OCR of this version already under way", pages=len(pages))
            return []
        job, tasks = await asyncio.to_thread(start_job, self.store, self.bucket, event, pages)
        log.info("OCR fanned out", pages=len(pages), tasks=len(tasks))
        out: list[Output] = [(t, topics.OCR_PAGES, t.kafka_key()) for t in tasks]
        if not tasks:  # every page was read before (a redelivery): assemble now
            state = await asyncio.to_thread(self.gatherer.record_all, job)
            return out + await self._assemble(state)
        progress = OcrProgress(
            doc_id=event.doc_id,
            version=event.version,
            key=event.source.key,
            pages_total=len(pages),
            pages_done=len(pages) - len(tasks),
        )
        return [(progress, topics.OCR_PROGRESS, event.doc_id), *out]

    async def _assemble(self, state: JobState) -> list[Output]:
        event = state.job.event
        self.gatherer.forget(event.version)
        data = await self._current_bytes(event)
        if data is None:  # deleted or replaced meanwhile: this version will never be indexed
            return [(_finished(state, "failed"), topics.OCR_PROGRESS, event.doc_id)]
        readings = await asyncio.to_thread(self.gatherer.readings, state)
        try:
            doc = await self.assembler.assemble(data, readings)
        except PdfRejected as exc:
            out = [self._rejected(event, exc)]
        else:
            log.info("OCR gathered", pages=len(readings), failed=sorted(state.failed))
            out = await self._segmented(event, doc, True)
        state_name = "done" if out[0][1] == topics.DOC_SEGMENTED else "failed"
        return [*out, (_finished(state, state_name), topics.OCR_PROGRESS, event.doc_id)]

    async def _segmented(
        self, event: DocIngested, doc: SegmentedDocument, new: bool
    ) -> list[Output]:
        if new:
            doc, raw = dumped(doc)  # a lone surrogate mended, not the document lost
            self.quality.observe(doc.metadata.quality)
            key = cache_key("segment", event.version, SEGMENTER_VERSION)
            await asyncio.to_thread(self.store.write, self.bucket, key, raw, "application/json")
        limit = self.settings.claim_check_bytes
        ref = await asyncio.to_thread(check_in, self.store, self.bucket, "segmented", doc, limit)
        self.metrics.messages.labels("ok").inc()
        log.info(
            "segmented",
            segments=len(doc.segments),
            pages=doc.metadata.page_count,
            claim_check=ref is not None,
            warnings=(doc.metadata.quality.warnings if doc.metadata.quality else [])[:5],
        )
        logic = chain(None, "segment", SEGMENTER_VERSION)  # reprocessing: stukken/contracts/logic
        base: dict[str, Any] = event.carry() | {"logic_version": logic}
        if ref is not None:
            out = DocSegmented(**base, payload_ref=ref)
        else:
            out = DocSegmented(**base, metadata=doc.metadata, segments=doc.segments)
        return [(out, topics.DOC_SEGMENTED, event.doc_id)]

    def _rejected(self, event: DocIngested, exc: PdfRejected) -> Output:
        self.metrics.messages.labels("rejected").inc()
        log.warning("rejected", reason=exc.reason, detail=exc.detail)
        rejected = DocRejected(
            **event.carry(), stage="segment", reason=exc.reason, detail=exc.detail
        )
        return rejected, topics.DOC_REJECTED, event.doc_id

    async def _current_bytes(self, event: DocIngested) -> bytes | None:
        """The document's bytes, or None when it was deleted or replaced meanwhile."""
        try:
            obj = await asyncio.to_thread(self.store.read, event.source.bucket, event.source.key)
        except ObjectMissing:
            self.metrics.messages.labels("skipped").inc()
            log.info("object deleted before segmenting; its delete event follows")
            return None
        if obj.sha256 != event.version:
            self.metrics.messages.labels("skipped").inc()
            log.info("object replaced before segmenting; the newer version follows")
            return None
        return obj.data

    async def _read(self, bucket: str, key: str) -> bytes:
        return (await asyncio.to_thread(self.store.read, bucket, key)).data


def _finished(state: JobState, how: str) -> OcrProgress:
    progress = state.progress()
    progress.state = how  # type: ignore[assignment]
    return progress
