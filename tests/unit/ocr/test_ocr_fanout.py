"""OCR fan-out logic with in-memory stand-ins: planning, page tasks, gathering, restarts."""

from __future__ import annotations

import hashlib

import pytest

from services.segment.flow import Output, SegmentFlow
from services.segment.layout.words import Run
from services.segment.ocr_jobs import assemble_document, plan_document
from services.segment.ocr_results import PageReading, PlannedPage, job_key
from services.segment.segmenter import segment_pdf
from services.segment.stage_logic import QualityMetrics
from stukken.contracts import DocIngested, DocSegmented, SegmentedDocument, Source, topics
from stukken.contracts.ocr import OcrPageDone, OcrPageTask, OcrProgress
from stukken.platform.metrics import StageMetrics
from stukken.platform.settings import SegmentSettings
from tests.fakes import MemoryStore
from tests.fixtures.letters import ministry_letter
from tests.fixtures.scanned import scanned_letters

BUCKET = "stukken-artifacts"


class InProcess:
    """The isolated segmenter's stand-in: the same plain functions, in this process."""

    async def segment(self, data: bytes) -> SegmentedDocument:
        return segment_pdf(data)

    async def plan(self, data: bytes) -> tuple[SegmentedDocument, list[PlannedPage]]:
        return plan_document(data, None)

    async def assemble(self, data: bytes, readings: dict[int, PageReading]) -> SegmentedDocument:
        return assemble_document(data, readings, None)


def _flow(store: MemoryStore) -> SegmentFlow:
    metrics = StageMetrics("segment")
    quality = QualityMetrics(metrics.registry)
    return SegmentFlow(SegmentSettings(), store, InProcess(), InProcess(), metrics, quality)


def _upload(store: MemoryStore, key: str, data: bytes) -> DocIngested:
    store.write("inbox", key, data)
    digest = hashlib.sha256(data).hexdigest()
    source = Source(bucket="inbox", key=key, size=len(data), sha256=digest)
    return DocIngested(doc_id=f"doc-{key}", version=digest, source=source)


def _of(outputs: list[Output], topic: str) -> list[object]:
    return [event for event, t, _ in outputs if t == topic]


def _read_by_worker(store: MemoryStore, task: OcrPageTask, ok: bool = True) -> OcrPageDone:
    """What an OCR worker does, with a known reading instead of Tesseract's."""
    run = Run(f"Gelezen pagina {task.page} van de scan.", 72, 700, 400, 712, 11.0, False, 700)
    reading = PageReading.of_runs(task.page, [run]) if ok else None
    reading = reading or PageReading(page=task.page, outcome="failed", reason="timeout")
    store.write(BUCKET, task.result_key, reading.model_dump_json().encode())
    return OcrPageDone(
        doc_id=task.doc_id,
        version=task.version,
        page=task.page,
        outcome=reading.outcome,
        result_bucket=BUCKET,
        result_key=task.result_key,
        job_key=task.job_key,
    )


async def test_a_text_pdf_is_segmented_at_once_without_page_tasks() -> None:
    store = MemoryStore()
    out = await _flow(store).on_ingested(_upload(store, "brief.pdf", ministry_letter().pdf))
    assert [t for _, t, _ in out] == [topics.DOC_SEGMENTED]
    assert not store.list(BUCKET, "ocr/")


async def test_a_scan_becomes_one_task_per_page_spread_by_page_key() -> None:
    store = MemoryStore()
    event = _upload(store, "scan.pdf", scanned_letters(5))
    out = await _flow(store).on_ingested(event)
    tasks = _of(out, topics.OCR_PAGES)
    assert [t.page for t in tasks] == [1, 2, 3, 4, 5]  # type: ignore[attr-defined]
    assert {k for _, t, k in out if t == topics.OCR_PAGES} == {
        f"{event.doc_id}:{n}" for n in range(1, 6)
    }
    assert not _of(out, topics.DOC_SEGMENTED)  # the handler moves on
    (progress,) = _of(out, topics.OCR_PROGRESS)
    assert isinstance(progress, OcrProgress) and progress.pages_total == 5
    assert store.exists(BUCKET, job_key(event.version))


async def test_pages_are_gathered_once_each_across_redeliveries_and_a_restart() -> None:
    store = MemoryStore()
    event = _upload(store, "scan.pdf", scanned_letters(4))
    tasks: list[OcrPageTask] = _of(await _flow(store).on_ingested(event), topics.OCR_PAGES)  # type: ignore[assignment]
    first = _flow(store)
    done = [_read_by_worker(store, t) for t in tasks[:2]]
    for page_done in (done[0], done[1], done[1]):  # a redelivered result counts once
        assert not _of(await first.on_page_done(page_done), topics.DOC_SEGMENTED)
    restarted = _flow(store)  # another segment worker after a rebalance: state from the bucket
    done.append(_read_by_worker(store, tasks[2]))
    assert not _of(await restarted.on_page_done(done[2]), topics.DOC_SEGMENTED)
    assert _of(await restarted.on_page_done(done[2]), topics.OCR_PROGRESS)[0].pages_done == 3  # type: ignore[attr-defined]
    done.append(_read_by_worker(store, tasks[3]))
    out = await restarted.on_page_done(done[3])
    again = await _flow(store).on_page_done(done[3])  # publishing failed: the step comes again
    assert _of(again, topics.DOC_SEGMENTED), "a job is not forgotten before its result is out"
    await restarted.published(out)
    (segmented,) = _of(out, topics.DOC_SEGMENTED)
    assert isinstance(segmented, DocSegmented)
    text = " ".join(s.text for s in segmented.document().segments)
    for page in range(1, 5):
        assert text.count(f"Gelezen pagina {page} van de scan.") == 1
    assert segmented.document().metadata.ocr_pages == [1, 2, 3, 4]
    assert _of(out, topics.OCR_PROGRESS)[-1].state == "done"  # type: ignore[attr-defined]
    # the job is finished: a late duplicate changes nothing
    assert await restarted.on_page_done(done[3]) == []


async def test_a_page_that_failed_is_read_from_its_text_layer_and_marked_degraded() -> None:
    store = MemoryStore()
    event = _upload(store, "scan.pdf", scanned_letters(3))
    tasks: list[OcrPageTask] = _of(await _flow(store).on_ingested(event), topics.OCR_PAGES)  # type: ignore[assignment]
    flow = _flow(store)
    out: list[Output] = []
    for task in tasks:
        out = await flow.on_page_done(_read_by_worker(store, task, ok=task.page != 2))
    (segmented,) = _of(out, topics.DOC_SEGMENTED)
    quality = segmented.document().metadata.quality  # type: ignore[attr-defined]
    assert [(p.page, p.reason) for p in quality.pages.degraded] == [(2, "ocr_failed")]
    assert _of(out, topics.OCR_PROGRESS)[-1].pages_failed == 1  # type: ignore[attr-defined]


async def test_a_scan_ingested_again_while_its_job_is_under_way_queues_nothing() -> None:
    store = MemoryStore()
    event = _upload(store, "scan.pdf", scanned_letters(3))
    flow = _flow(store)
    outputs = await flow.on_ingested(event)
    await flow.published(outputs)  # the page tasks are on Kafka
    assert await _flow(store).on_ingested(event) == []


async def test_a_scan_ingested_again_only_sends_the_pages_not_read_yet() -> None:
    """The tasks were never published (a crash before): the job is resumed."""
    store = MemoryStore()
    event = _upload(store, "scan.pdf", scanned_letters(3))
    tasks: list[OcrPageTask] = _of(await _flow(store).on_ingested(event), topics.OCR_PAGES)  # type: ignore[assignment]
    _read_by_worker(store, tasks[0])
    again = _of(await _flow(store).on_ingested(event), topics.OCR_PAGES)
    assert [t.page for t in again] == [2, 3]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pages", [1, 3])
def test_planning_finds_the_same_pages_the_in_process_reading_would_ocr(pages: int) -> None:
    doc, planned = plan_document(scanned_letters(pages), None)
    assert [p.page for p in planned] == list(range(1, pages + 1))
    assert {p.why for p in planned} == {"no_letters"}
    assert doc.metadata.ocr_pages == []
