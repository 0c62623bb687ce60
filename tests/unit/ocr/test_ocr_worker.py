"""The OCR worker's logic with stand-ins for the page process: retries, giving up, one download."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from services.ocr.metrics import OcrMetrics
from services.ocr.page_process import PageRequest, read_page
from services.ocr.pdf_cache import PdfCache
from services.ocr.worker import PageWorker
from services.segment.ocr_results import PageReading
from services.segment.segmenter import PdfRejected
from stukken.contracts.ocr import OcrPageTask
from stukken.platform.service import assemble
from stukken.platform.settings import OcrSettings
from stukken.platform.stage import HandedBack
from tests.fakes import MemoryStore
from tests.fixtures.scanned import scanned_letters

BUCKET = "stukken-artifacts"


class Fails:
    """A page process whose pages always time out."""

    def __init__(self) -> None:
        self.calls = 0

    async def call(self, request: Any) -> Any:
        self.calls += 1
        raise PdfRejected("timeout", "no progress within 60 s")


class Reads:
    def __init__(self) -> None:
        self.paths: set[str] = set()

    async def call(self, request: PageRequest) -> PageReading:
        self.paths.add(request.path)
        return PageReading(
            page=request.page, outcome="ok", runs=[("tekst", 0, 0, 1, 1, 1, False, 0, False)]
        )


def _setup(
    tmp_path: Path, process: Any, data: bytes = b"%PDF-1.7 scan"
) -> tuple[PageWorker, OcrPageTask, PdfCache, MemoryStore]:
    store = MemoryStore()
    store.write("inbox", "scan.pdf", data)
    cache = PdfCache(store, 10 * 1024 * 1024, root=tmp_path)
    metrics = OcrMetrics(CollectorRegistry(), lambda: 0)
    worker = PageWorker(store, BUCKET, process, cache, metrics, max_attempts=3)
    task = OcrPageTask(
        doc_id="d1",
        version=hashlib.sha256(data).hexdigest(),
        source_bucket="inbox",
        source_key="scan.pdf",
        page=2,
        pages=[1, 2, 3],
        why="no_letters",
        job_key="ocr/v/job.json",
        result_key="ocr/v/ocr-1/2.json",
    )
    return worker, task, cache, store


async def test_a_failing_page_is_tried_again_then_given_up_as_failed(tmp_path: Path) -> None:
    worker, task, _, store = _setup(tmp_path, Fails())
    first = await worker.read(task)
    assert first.done is None and first.again is not None and first.again.attempt == 2
    second = await worker.read(first.again)
    assert second.again is not None and second.again.attempt == 3
    last = await worker.read(second.again)
    assert last.again is None and last.done is not None
    assert (last.done.outcome, last.done.reason, last.done.attempts) == ("failed", "timeout", 3)
    stored = PageReading.model_validate_json(store.read(BUCKET, task.result_key).data)
    assert stored.outcome == "failed"  # the gatherer finds the failure in the bucket too


async def test_pages_of_one_scan_download_it_once(tmp_path: Path) -> None:
    reads = Reads()
    worker, task, cache, store = _setup(tmp_path, reads)
    for page in (1, 2, 3):
        out = await worker.read(task.model_copy(update={"page": page, "result_key": f"r/{page}"}))
        assert out.done is not None and out.done.outcome == "ok"
    assert cache.downloads == 1 and len(reads.paths) == 1
    assert store.exists(BUCKET, "r/3")


async def test_a_replaced_document_ends_its_pages_without_reading_them(tmp_path: Path) -> None:
    reads = Reads()
    worker, task, _, store = _setup(tmp_path, reads)
    store.write("inbox", "scan.pdf", b"%PDF-1.7 newer bytes")
    out = await worker.read(task)
    assert out.done is not None and (out.done.outcome, out.done.reason) == ("failed", "source_gone")
    assert not reads.paths


def test_the_page_process_reads_one_page_of_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_letters(2))
    reading = read_page(PageRequest(str(path), 1))
    text = " ".join(row[0] for row in reading.runs)
    assert reading.outcome == "ok" and "Tweede Kamer" in text


class Hangs:
    """A page process whose page takes until it is aborted (then it dies, as when killed)."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.aborted = asyncio.Event()

    async def call(self, request: Any) -> Any:
        self.started.set()
        await self.aborted.wait()
        raise PdfRejected("worker_crashed", "worker died of SIGKILL")

    def abort(self) -> None:
        self.aborted.set()


async def test_a_shutdown_hands_the_page_under_way_back_without_spending_an_attempt(
    tmp_path: Path,
) -> None:
    process = Hangs()
    worker, task, _, store = _setup(tmp_path, process)
    reading = asyncio.create_task(worker.read(task))
    await asyncio.wait_for(process.started.wait(), 5)

    assert await worker.stop(grace_s=0.05) is False  # the grace ran out: the page was aborted
    with pytest.raises(HandedBack):  # not `again` (an attempt), not `failed`
        await reading
    assert not store.exists(BUCKET, task.result_key)
    assert worker.metrics.pages.labels("retried")._value.get() == 0
    with pytest.raises(HandedBack):  # and no page is started any more
        await worker.read(task)


async def test_a_shutdown_lets_the_page_under_way_finish_within_the_grace(tmp_path: Path) -> None:
    process = Hangs()
    worker, task, _, store = _setup(tmp_path, Reads())
    slow = Reads()
    release = asyncio.Event()

    async def call(request: PageRequest) -> PageReading:
        process.started.set()
        await release.wait()
        return await slow.call(request)

    worker.process = SimpleNamespace(call=call, abort=process.abort)
    reading = asyncio.create_task(worker.read(task))
    await asyncio.wait_for(process.started.wait(), 5)
    stopping = asyncio.create_task(worker.stop(grace_s=5))
    release.set()  # the page finishes while stop() waits for it

    assert await stopping is True and not process.aborted.is_set()
    outcome = await reading
    assert outcome.done is not None and outcome.done.outcome == "ok"
    assert store.exists(BUCKET, task.result_key)


async def test_a_handed_back_page_is_neither_retried_nor_dead_lettered() -> None:
    stage, _ = assemble("ocr", OcrSettings(), MemoryStore())
    routed: list[str] = []

    async def route(*args: Any) -> None:
        routed.append("routed")

    stage.routes.retry_later = route  # type: ignore[method-assign]
    stage.routes.dead_letter = route  # type: ignore[method-assign]

    async def gives_back(body: bytes, correlation_id: str | None) -> None:
        raise HandedBack("shutting down")

    record = SimpleNamespace(key=b"k", value=b"{}", topic="t", partition=0, offset=7, headers=())
    with pytest.raises(HandedBack):  # up to FastStream, which seeks back (NACK_ON_ERROR)
        await stage._guarded([record], lambda: stage.handle("t", record, gives_back))
    assert routed == []
    assert not stage.failures.exhausted(("t", 0, 7))
    assert stage.failures.failed(("t", 0, 7), "x") == 1  # not counted as a failure in a row
