"""The isolated segmenter: limits, crashes and recycling, with stand-in worker targets."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest

from services.segment.isolation import IsolatedSegmenter, WorkerTarget
from services.segment.segmenter import PdfRejected
from stukken.contracts import Metadata, SegmentedDocument


# Worker targets: top-level, so the worker process can import them by name.
def echo_pid(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    """A document whose title tells which process made it and with what settings."""
    return SegmentedDocument(
        metadata=Metadata(title=f"{os.getpid()}:{data.decode()}:{ocr}:{max_pages}")
    )


def hang_on_slow(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    if data == b"slow":
        threading.Event().wait()  # never set: a parser stuck in a loop
    return echo_pid(data, ocr, max_pages)


def start_helper_and_hang(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    """Like a page stuck in Tesseract: a child process of the worker that does not end."""
    helper = subprocess.Popen(["sleep", "3600"])
    Path(data.decode()).write_text(str(helper.pid))
    threading.Event().wait()
    raise AssertionError("unreachable")


def slow_pages(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    """A long scan: every page takes a while (stands in for OCR), all of them together longer
    than the time limit, and then one page that never ends."""
    from services.segment.isolation import _report_page

    for page in range(1, 6):
        time.sleep(0.5)  # the page's own work, not a wait for something
        _report_page(page)
    if data == b"stuck":
        threading.Event().wait()
    return echo_pid(data, ocr, max_pages)


def misbehave(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    if data == b"greedy":
        hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB, over any test limit
        raise AssertionError(f"allocated {len(hoard)} blocks despite the limit")
    if data == b"abort":
        os.abort()  # what pdfium does when an allocation fails
    if data == b"segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    if data == b"bug":
        raise KeyError("no such font")
    if data == b"reject":
        raise PdfRejected("encrypted", "needs a password")
    return echo_pid(data, ocr, max_pages)


def _segmenter(target: WorkerTarget, **overrides: object) -> IsolatedSegmenter:
    settings: dict[str, Any] = {
        "time_limit_s": 30.0,
        "memory_limit_mb": 512,
        "recycle_after": 100,
        "max_pages": 7,
        "ocr": False,
    }
    settings.update(overrides)
    return IsolatedSegmenter(target=target, **settings)


def _pid(doc: SegmentedDocument) -> str:
    assert doc.metadata.title is not None
    return doc.metadata.title.split(":")[0]


async def test_segments_in_another_process_with_the_settings() -> None:
    with _segmenter(echo_pid) as seg:
        doc = await seg.segment(b"brief")
    pid, text, ocr, max_pages = (doc.metadata.title or "").split(":")
    assert pid != str(os.getpid())
    assert (text, ocr, max_pages) == ("brief", "False", "7")


async def test_worker_is_reused_then_recycled_after_n_documents() -> None:
    with _segmenter(echo_pid, recycle_after=2) as seg:
        pids = [_pid(await seg.segment(b"x")) for _ in range(5)]
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]


async def test_a_document_over_the_time_limit_is_rejected_and_the_worker_replaced() -> None:
    with _segmenter(hang_on_slow, time_limit_s=1.0) as seg:
        before = _pid(await seg.segment(b"fast"))
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"slow")
        assert caught.value.reason == "timeout"
        after = _pid(await seg.segment(b"fast"))
    assert after != before


async def test_the_time_limit_is_per_page_not_per_document() -> None:
    with _segmenter(slow_pages, time_limit_s=1.5) as seg:
        doc = await seg.segment(b"long scan")  # 2.5 s in all, at most 0.5 s per page
        assert doc.metadata.title and doc.metadata.title.endswith("long scan:False:7")
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"stuck")
    assert caught.value.reason == "timeout"
    assert "after page 5" in caught.value.detail


async def test_killing_a_worker_also_ends_the_processes_it_started(tmp_path: Path) -> None:
    pid_file = tmp_path / "helper.pid"
    with _segmenter(start_helper_and_hang, time_limit_s=2.0) as seg:
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(str(pid_file).encode())
        assert caught.value.reason == "timeout"
    helper = int(pid_file.read_text())
    assert _wait_until(lambda: _ended(helper))


def _ended(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


async def test_memory_limit() -> None:
    with _segmenter(misbehave, memory_limit_mb=400) as seg:
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"greedy")
        assert caught.value.reason == "memory_limit"
        assert (await seg.segment(b"fine")).metadata.title


async def test_an_aborting_worker_is_taken_for_out_of_memory() -> None:
    with _segmenter(misbehave) as seg:
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"abort")
        assert caught.value.reason == "memory_limit"
        assert "SIGABRT" in caught.value.detail
        assert (await seg.segment(b"fine")).metadata.title


async def test_a_crashing_worker_is_a_rejection_not_an_outage() -> None:
    with _segmenter(misbehave) as seg:
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"segfault")
        assert caught.value.reason == "worker_crashed"
        assert "SIGSEGV" in caught.value.detail
        assert (await seg.segment(b"fine")).metadata.title


async def test_rejections_and_bugs_in_the_segmenter_come_back_as_pdf_rejected() -> None:
    with _segmenter(misbehave) as seg:
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"reject")
        assert (caught.value.reason, caught.value.detail) == ("encrypted", "needs a password")
        with pytest.raises(PdfRejected) as caught:
            await seg.segment(b"bug")
        assert caught.value.reason == "segmenter_error"
        assert "KeyError: 'no such font'" in caught.value.detail
        assert (await seg.segment(b"fine")).metadata.title


async def test_a_worker_that_died_while_idle_is_replaced() -> None:
    with _segmenter(echo_pid) as seg:
        pid = int(_pid(await seg.segment(b"x")))
        os.kill(pid, signal.SIGKILL)
        # the worker is the service's own child: dead once it is a zombie (only its parent
        # reaps it; psutil's wait would reap it behind the parent's back)
        assert _wait_until(lambda: _ended(pid))
        assert int(_pid(await seg.segment(b"y"))) != pid


def test_blocking_form_and_closing_twice() -> None:
    with _segmenter(echo_pid) as seg:
        assert seg.segment_sync(b"cli").metadata.title
        seg.close()
