"""OCR worker service: `stukken.ocr.pages` -> page reading in the bucket -> `stukken.ocr.done`.

Thin wiring only (logic: worker.py). Scale by running more of them: each is one consumer in
the group `stukken-ocr`, reading one page at a time with one Tesseract thread.
"""

from __future__ import annotations

from types import SimpleNamespace

from faststream.asgi import AsgiFastStream

from services.ocr.backlog import Backlog
from services.ocr.metrics import OcrMetrics
from services.ocr.page_process import read_page
from services.ocr.pdf_cache import PdfCache
from services.ocr.worker import PageProcess, PageWorker
from services.segment.worker_process import IsolatedWorker
from stukken.contracts import topics
from stukken.contracts.ocr import OcrPageTask
from stukken.platform.logging import bind_message
from stukken.platform.service import Periodic, assemble, make_app, s3_check
from stukken.platform.settings import OcrSettings
from stukken.platform.stage import parse
from stukken.platform.storage import ObjectStore


def page_process(settings: OcrSettings) -> IsolatedWorker:
    """Pages are read in a disposable process with a per-page time and memory limit."""
    return IsolatedWorker(
        time_limit_s=settings.time_limit_s,
        memory_limit_mb=settings.memory_limit_mb,
        recycle_after=settings.recycle_after,
        max_pages=0,
        ocr=True,
        target=read_page,
        nice=settings.nice,
    )


def create_app(
    settings: OcrSettings | None = None,
    store: ObjectStore | None = None,
    process: PageProcess | None = None,
) -> AsgiFastStream:
    settings = settings or OcrSettings()
    stage, store = assemble("ocr", settings, store)
    backlog = Backlog()
    metrics = OcrMetrics(stage.metrics.registry, lambda: backlog.pages)
    watch_backlog = Periodic(
        lambda: backlog.measure([s.consumer for s in stage.inputs]),
        settings.lag_interval_s,
        "ocr-backlog",
    )
    isolated = process or page_process(settings)
    cache = PdfCache(store, settings.pdf_cache_mb * 1024 * 1024)
    worker = PageWorker(
        store, settings.artifact_bucket, isolated, cache, metrics, settings.max_page_attempts
    )

    async def on_page(body: bytes, correlation_id: str | None) -> None:
        task: OcrPageTask = parse(OcrPageTask, body)
        with bind_message(**task.log_context(), page=task.page, attempt=task.attempt):
            outcome = await worker.read(task)
            if outcome.done is not None:
                await stage.publish(outcome.done, topics.OCR_DONE)
            elif outcome.again is not None:  # through the retry topic, due after its delay
                record = SimpleNamespace(key=task.kafka_key().encode(), headers=())
                body = outcome.again.model_dump_json().encode()
                await stage.routes.retry_later(
                    topics.OCR_PAGES, record, body, RuntimeError(outcome.error), task.attempt
                )

    stage.consume(topics.OCR_PAGES, on_page)

    async def stop_reading() -> None:
        """SIGTERM: fetch no more pages; the page under way finishes within the grace period
        or is handed back uncommitted (a shutdown spends no attempt of it)."""
        stage.stop_consuming()
        await worker.stop(settings.shutdown_grace_s)

    def close() -> None:
        if isinstance(isolated, IsolatedWorker):
            isolated.close()
        cache.close()

    return make_app(
        stage,
        {"s3": s3_check(store.ping)},
        after_startup=[watch_backlog.start]
        + ([isolated.start] if isinstance(isolated, IsolatedWorker) else []),
        on_shutdown=[stop_reading, watch_backlog.stop, close],
    )
