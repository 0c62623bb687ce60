"""One page task -> its reading in the artifact bucket and the `OcrPageDone` that says so.

Plain logic, no Kafka: `read` returns what to publish. A page that fails (Tesseract fails, times
out, crashes or runs out of memory in its isolated process) is tried again, through the retry
topic, until `max_page_attempts`; then it is given up on (`failed`), so the document still flows
and uses that page's text layer. The attempts after the first read the page at the low resolution
(`scan/retry.py`: a photo's texture that took Tesseract past the limit at 300 dpi reads in a
second at 200), marked degraded as the in-process reading marks it. S3 and broker failures are
raised: the stage retries those.

Shutting down (`stop`) costs no attempt: no new page is started, the page being read may finish
within a grace period, and a page cut short is handed back (`HandedBack`: its offset stays
uncommitted, the next worker reads it with the same attempt number).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from services.ocr.metrics import OcrMetrics
from services.ocr.page_process import PageRequest
from services.ocr.pdf_cache import PdfCache, SourceGone
from services.segment.ocr_results import PageReading
from services.segment.segmenter import PdfRejected
from stukken.contracts.ocr import OcrPageDone, OcrPageTask
from stukken.platform.logging import get_logger
from stukken.platform.stage import HandedBack
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)


class PageProcess(Protocol):
    async def call(self, request: Any) -> Any: ...

    def abort(self) -> None:
        """End the call under way (it raises); the next call works as before."""
        ...


@dataclass
class PageOutcome:
    done: OcrPageDone | None = None  # publish on stukken.ocr.done
    again: OcrPageTask | None = None  # or: try the page once more, later
    error: str = ""


class PageWorker:
    def __init__(
        self,
        store: ObjectStore,
        artifact_bucket: str,
        process: PageProcess,
        cache: PdfCache,
        metrics: OcrMetrics,
        max_attempts: int,
    ) -> None:
        self.store, self.bucket, self.process = store, artifact_bucket, process
        self.cache, self.metrics, self.max_attempts = cache, metrics, max_attempts
        self.stopping = False
        self.reading = 0  # pages under way (one, unless a handler runs concurrently)
        self._idle = asyncio.Event()
        self._idle.set()

    async def stop(self, grace_s: float, abort_wait_s: float = 5.0) -> bool:
        """Start no page any more; give the one under way `grace_s` to finish, then abort it
        (it is handed back). True when no page was cut short."""
        self.stopping = True
        if await self._settled(grace_s):
            return True
        log.warning("shutting down: the page under way is handed back", grace_s=grace_s)
        self.process.abort()
        await self._settled(abort_wait_s)
        return False

    async def _settled(self, timeout_s: float) -> bool:
        try:
            await asyncio.wait_for(self._idle.wait(), timeout_s)
        except TimeoutError:
            return False
        return True

    async def read(self, task: OcrPageTask) -> PageOutcome:
        if self.stopping:
            raise HandedBack("shutting down: the page is left for the next worker")
        self.reading += 1
        self._idle.clear()
        try:
            return await self._read(task)
        finally:
            self.reading -= 1
            if not self.reading:
                self._idle.set()

    async def _read(self, task: OcrPageTask) -> PageOutcome:
        started = time.perf_counter()
        try:
            path: Path = await asyncio.to_thread(
                self.cache.path, task.source_bucket, task.source_key, task.version
            )
            # a page tried again is read at the low resolution (scan/retry.py)
            request = PageRequest(str(path), task.page, retry=task.attempt > 1)
            reading: PageReading = await self.process.call(request)
        except SourceGone as exc:
            # the document's next version (or its delete) follows; the job must still end
            reading = PageReading(page=task.page, outcome="failed", reason="source_gone")
            log.info("source gone; page not read", page=task.page, why=str(exc))
        except PdfRejected as exc:
            if self.stopping:  # cut short by the shutdown (`stop`), not the page's fault
                raise HandedBack(f"shutting down mid-page: {exc.reason}") from exc
            if task.attempt < self.max_attempts:
                self.metrics.pages.labels("retried").inc()
                log.warning("page failed; trying again later", page=task.page, reason=exc.reason)
                again = task.model_copy(update={"attempt": task.attempt + 1})
                return PageOutcome(again=again, error=f"{exc.reason}: {exc.detail}"[:300])
            log.error("page given up", page=task.page, reason=exc.reason, attempts=task.attempt)
            reading = PageReading(page=task.page, outcome="failed", reason=exc.reason)
        seconds = time.perf_counter() - started
        raw = reading.model_dump_json().encode()
        await asyncio.to_thread(
            self.store.write, self.bucket, task.result_key, raw, "application/json"
        )
        self.metrics.pages.labels(reading.outcome).inc()
        if reading.outcome == "ok":
            self.metrics.seconds.observe(seconds)
        done = OcrPageDone(
            doc_id=task.doc_id,
            version=task.version,
            correlation_id=task.correlation_id,
            page=task.page,
            outcome=reading.outcome,
            reason=reading.reason,
            result_bucket=self.bucket,
            result_key=task.result_key,
            job_key=task.job_key,
            attempts=task.attempt,
            seconds=round(seconds, 3),
        )
        return PageOutcome(done=done)
