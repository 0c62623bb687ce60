"""Parse untrusted PDFs in a worker process with a time and memory limit.

A malicious or pathological PDF costs one rejection, never the service: the worker runs its
target (the segmenter, services/segment/isolation.py; the OCR workers' page reader,
services/ocr/page_process.py) under RLIMIT_AS, the parent waits at most `time_limit_s` for
each step of it (the worker reports every page it has read, so a long scan is limited per page,
not as a whole: the page-count limit is the only size guard), and a worker that overran,
crashed or served `recycle_after` documents is replaced by a fresh one.

One worker, one document (or page) at a time: the service scales by running more replicas. The
worker leads its own process group, so killing it also ends any process it started.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import resource
import signal
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from services.segment.collector import tuned_collector
from services.segment.segmenter import PdfRejected
from stukken.platform.allocator import allocator, preloaded

# What the worker runs: (request, ocr, max_pages) -> result; for the segmenter the request is
# the PDF's bytes or a request of services/segment/isolation.py. A top-level function, so it
# can be handed to a fresh interpreter; tests pass their own to simulate hangs and crashes,
# the OCR service its page reader.
WorkerTarget = Callable[[Any, bool, int], Any]
# Run once in a new worker before it reports ready (optional; top-level, like the target): lazy
# set-up a first document would otherwise pay inside its time limit (the enricher compiles its
# patterns on first use). Charged to the start-up limit, like the imports; if it fails, the
# first document meets the same failure in its own right.
WorkerWarmUp = Callable[[], None]

_STOP_GRACE_S = 5.0
# A new worker has this long to import the segmenter and report ready; the per-document clock
# starts after that, so a slow start on a busy machine is not charged to a document.
_STARTUP_LIMIT_S = 120.0
# Rejections after which the worker is replaced at once: its state may be damaged.
_UNSETTLING = ("memory_limit", "segmenter_error")

# A worker that asks for it (`preload_allocator`, the segmenter's) runs under jemalloc where it
# is installed; STUKKEN_WORKER_MALLOC=system keeps glibc's (stukken/platform/allocator.py).


# In the worker: where page progress goes (the pipe to the parent), set by `_worker_main`.
_progress: Connection | None = None


def report_page(number: int) -> None:
    """In the worker: tell the parent page `number` was read (its clock restarts)."""
    if _progress is not None:
        _progress.send(("page", number))


class WorkerUnavailable(RuntimeError):
    """A worker process could not be started: the machine's fault, not the document's."""


class IsolatedWorker:
    """A target function in a disposable, resource-limited process. Safe to share across tasks.

    Raises `PdfRejected` with the segmenter's own reasons (`encrypted`, `unreadable_pdf`,
    `too_many_pages`, ...) or the worker's: `timeout`, `memory_limit`, `worker_crashed`,
    `segmenter_error` (an unexpected exception in the segmenter; the detail has its traceback).
    Raises `WorkerUnavailable` (transient: retry) if no worker process can be started.
    """

    def __init__(
        self,
        *,
        time_limit_s: float,
        memory_limit_mb: int,
        recycle_after: int,
        max_pages: int,
        ocr: bool,
        target: WorkerTarget,
        # spawn: the worker is the service's own child. Under forkserver its parent was the fork
        # server, which dies with the service's process group on SIGTERM; the worker was then
        # taken for crashed (exit 255) mid-document, before the service knew it was stopping.
        start_method: str = "spawn",
        nice: int = 0,
        warm_up: WorkerWarmUp | None = None,
        preload_allocator: bool = False,
    ) -> None:
        if time_limit_s <= 0 or memory_limit_mb <= 0 or recycle_after < 1:
            raise ValueError("time_limit_s, memory_limit_mb and recycle_after must be positive")
        self.time_limit_s = time_limit_s
        self.memory_limit_mb = memory_limit_mb
        self.recycle_after = recycle_after
        self.max_pages = max_pages
        self.ocr = ocr
        self._target = target
        self._warm_up = warm_up
        self.nice = nice  # a batch worker (OCR) yields the cores to the latency-bound stages
        self.preload_allocator = preload_allocator  # jemalloc, where installed (above)
        self._context: Any = multiprocessing.get_context(start_method)
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._served = 0
        self._closed = False
        # One thread drives the worker, so calls queue up even when an awaiting task is cancelled.
        self._driver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="segment-worker")

    async def start(self) -> None:
        """Start the worker process now, so the first document does not wait for it."""
        loop = asyncio.get_running_loop()
        with contextlib.suppress(WorkerUnavailable):  # the first document tries again
            await loop.run_in_executor(self._driver, self._ensure_worker)

    async def call(self, request: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._driver, self._call, request)

    def call_sync(self, request: Any) -> Any:
        """The blocking form, for callers without an event loop (CLI, benchmarks)."""
        return self._driver.submit(self._call, request).result()

    def close(self) -> None:
        """Stop the worker; calls waiting for it finish first. Closing twice is harmless."""
        if self._closed:
            return
        self._closed = True
        self._driver.submit(self._stop_worker).result()
        self._driver.shutdown()

    def abort(self) -> None:
        """End the call under way now, from any thread (a shutdown that cannot wait for it):
        it raises `worker_crashed`; the next call starts a fresh process."""
        process = self._process
        if process is not None and process.pid is not None and process.exitcode is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- runs on the driver thread only ------------------------------------------------------

    def _call(self, data: Any) -> Any:
        conn, process = self._ensure_worker()
        try:
            conn.send(data)
        except (BrokenPipeError, ConnectionResetError):  # died while idle: one fresh try
            self._kill_worker()
            conn, process = self._ensure_worker()
            conn.send(data)
        reply = self._await_reply(conn, process)
        self._served += 1
        # A MemoryError may leave a fragmented heap or half-initialised module state behind.
        unsettled = reply[0] == "rejected" and reply[1] in _UNSETTLING
        if self._served >= self.recycle_after or unsettled:
            self._stop_worker()
        if reply[0] == "ok":
            return reply[1]
        raise PdfRejected(reply[1], reply[2])

    def _await_reply(self, conn: Connection, process: BaseProcess) -> tuple[Any, ...]:
        """The worker's answer; every page it reports read restarts the clock."""
        pages = 0
        while True:
            ready = wait([conn, process.sentinel], timeout=self.time_limit_s)
            if not ready:
                self._kill_worker()
                where = f"after page {pages}" if pages else "before the first page was read"
                raise PdfRejected("timeout", f"no progress within {self.time_limit_s:g} s {where}")
            reply = self._receive(conn) if conn in ready else None
            if reply is None:
                raise _death_rejection(self._kill_worker(), self.memory_limit_mb)
            if reply[0] != "page":
                return reply
            pages = reply[1]

    @staticmethod
    def _receive(conn: Connection) -> tuple[Any, ...] | None:
        try:
            reply: tuple[Any, ...] = conn.recv()
        except (EOFError, ConnectionResetError):
            return None
        return reply

    def _ensure_worker(self) -> tuple[Connection, BaseProcess]:
        if self._process is None or self._conn is None or not self._process.is_alive():
            self._kill_worker()
            parent_end, child_end = self._context.Pipe(duplex=True)
            process = self._context.Process(
                target=_worker_main,
                args=(
                    child_end,
                    self.memory_limit_mb,
                    self._target,
                    self.ocr,
                    self.max_pages,
                    self.nice,
                    self._warm_up,
                ),
                name="stukken-isolated-worker",
                daemon=True,
            )
            with preloaded(allocator() if self.preload_allocator else None):
                process.start()
            child_end.close()
            self._process, self._conn, self._served = process, parent_end, 0
            if not wait([parent_end, process.sentinel], timeout=_STARTUP_LIMIT_S):
                self._kill_worker()
                raise WorkerUnavailable(f"worker not ready within {_STARTUP_LIMIT_S:g} s")
            if self._receive(parent_end) != ("ready",):
                code = self._kill_worker()
                raise WorkerUnavailable(f"worker failed to start (exit code {code})")
        return self._conn, self._process

    def _stop_worker(self) -> None:
        """Ask the worker to finish, and kill it if it does not."""
        if self._process is None or self._conn is None:
            return
        with contextlib.suppress(OSError):
            self._conn.send(None)
        self._process.join(_STOP_GRACE_S)
        self._kill_worker()

    def _kill_worker(self) -> int | None:
        """End the worker and its process group; its exit code (negative: killed by signal)."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if process.pid is not None and process.exitcode is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                process.kill()
        process.join()
        code = process.exitcode
        process.close()
        return code


def _death_rejection(code: int | None, memory_limit_mb: int) -> PdfRejected:
    """Why the worker died mid-document, as far as its exit status tells.

    pdfium aborts (SIGABRT) when an allocation fails, which under RLIMIT_AS means the document
    wanted more memory than allowed; a SIGKILL we did not send is the kernel's OOM killer (a
    container limit below ours). Anything else (SIGSEGV, SIGILL/SIGTRAP from a failed check) is
    a crash.
    """
    if code is None or code >= 0:
        return PdfRejected("worker_crashed", f"worker exited with code {code}")
    name = signal.Signals(-code).name
    if -code in (signal.SIGABRT, signal.SIGKILL):
        return PdfRejected(
            "memory_limit",
            f"worker died of {name}, most likely out of memory ({memory_limit_mb} MiB)",
        )
    return PdfRejected("worker_crashed", f"worker died of {name}")


def _worker_main(
    conn: Connection,
    memory_limit_mb: int,
    target: WorkerTarget,
    ocr: bool,
    max_pages: int,
    nice: int = 0,
    warm_up: WorkerWarmUp | None = None,
) -> None:
    """The worker process: limits first, then documents until told to stop."""
    global _progress
    _progress = conn
    os.setpgrp()
    if nice:
        os.nice(nice)
    limit = memory_limit_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if warm_up is not None:
        with contextlib.suppress(Exception):
            warm_up()
    conn.send(("ready",))
    # The target's imports are done (it was unpickled to start this process): frozen, and
    # young collections rarer, for every document this worker serves (services/segment/
    # collector.py: the collector took 2-3 % of a per-glyph page's time).
    with tuned_collector():
        _serve(conn, memory_limit_mb, target, ocr, max_pages)


def _serve(
    conn: Connection, memory_limit_mb: int, target: WorkerTarget, ocr: bool, max_pages: int
) -> None:
    """The worker's loop: documents until told to stop."""
    while True:
        try:
            data = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if data is None:
            return
        reply: tuple[Any, ...]
        try:
            reply = ("ok", target(data, ocr, max_pages))
        except PdfRejected as exc:
            reply = ("rejected", exc.reason, exc.detail)
        except MemoryError:
            reply = ("rejected", "memory_limit", f"over the {memory_limit_mb} MiB limit")
        except Exception as exc:
            detail = "".join(traceback.format_exception(exc, limit=-8))[-4000:]
            reply = ("rejected", "segmenter_error", detail)
        del data
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("rejected", "memory_limit", "result too large to hand back"))
