"""Embedded mode's OCR on every core: the pages that need OCR read by several threads at once.

`stukken process` reads a document in one process; its OCR'd pages were read one after another,
so a 20-page scan kept one core of two busy (59 s unloaded, over 300 s on a loaded machine;
Tesseract runs one thread, `scan/tesseract.py`). Here segmentation runs as before, in page
order, and its OCR reader (`PooledReader`) looks ahead: when page n needs OCR, the next pages'
text layers are read (cheap: no layout) and each of them that needs OCR too, by the segmenter's
own decision (`read_page_runs` with a reader that only notes the page), is rendered here and
handed to a thread. Page n's reading is then taken as the segmenter asks for it, while the next
ones are read on the other cores.

Threads, not processes: Tesseract (tesserocr) lets go of the GIL while it recognises, which is
nearly all of a page's time, and each thread keeps its own engines (`scan/tesseract.py`). pdfium
is not thread-safe, so every pdfium call (the text layers, the rendering) stays on the calling
thread; a thread gets the rendered image (`reader.read_image`). No process is started: nothing
depends on the caller's main module, and a daemonic process (the segment service's isolated
worker) could run it too; the service keeps its OCR fan-out.

The output is the in-process reading's, byte for byte: each page is read by the same code on the
same rendering, and what the segmenter does with a reading, a failed one included, is
`segmenter.ocr_taken`'s. A text PDF never starts a thread (its reader is never called). A page
the look-ahead did not foresee is read when asked, here, as before; one it foresaw wrongly costs
a reading that is not used.

The document's OCR is bounded (`ocr_budget.py`): past its first `STUKKEN_OCR_FULL_PAGES` OCR'd
pages a page is rendered at `STUKKEN_OCR_LOW_DPI`, and once `STUKKEN_OCR_BUDGET_S` have passed
since the document began, a page whose reading has not started keeps its text layer, marked
degraded `ocr_budget` (`OverBudget`, raised in the thread that would have read it), and the
document's warnings name those pages. One thread (`STUKKEN_OCR_THREADS=1`) reads each page in
the segmenter's thread under the same budget. A page whose reading timed out is rendered again
at the budget's low resolution and read once more in the segmenter's thread (`scan/retry.py`),
as the in-process reader does: begun before the budget was spent, it is not left unread.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from services.segment.layout.words import PageRuns, Run
from services.segment.ocr_budget import OVER_BUDGET, BudgetClock, OcrBudget, budget_from_env
from services.segment.scan import retry
from services.segment.scan.tesseract import OcrTimedOut
from services.segment.segmenter import ocr_taken, read_page_runs, segment_pdf
from stukken.contracts import SegmentedDocument
from stukken.platform.logging import get_logger

if TYPE_CHECKING:
    from services.segment.scan.render import PageImage

log = get_logger(__name__)

# Threads reading OCR'd pages in embedded mode (`STUKKEN_OCR_THREADS`): default one per core
# this process may run on, at most `MAX_DEFAULT_THREADS` (each holds its engines, ~100 MB, and a
# page image of up to 40 MB: `render.MAX_PIXELS`); 1 reads in the segmenter's own thread, one
# page after another.
THREADS_ENV = "STUKKEN_OCR_THREADS"
MAX_DEFAULT_THREADS = 8


def ocr_threads() -> int:
    """`STUKKEN_OCR_THREADS`, else the cores this process may use (at most 8)."""
    value = os.environ.get(THREADS_ENV, "").strip()
    if value:
        try:
            return max(int(value), 1)
        except ValueError:
            log.warning("bad_ocr_threads", value=value)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, MAX_DEFAULT_THREADS)


def segment_pooled(
    data: bytes,
    *,
    threads: int | None = None,
    budget: OcrBudget | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> SegmentedDocument:
    """`segment_pdf(data)`, its OCR'd pages read by `threads` threads at once, within `budget`
    (default the settings': `ocr_budget.budget_from_env`) as `clock` measures it."""
    n = ocr_threads() if threads is None else threads
    spent = BudgetClock(budget_from_env() if budget is None else budget, clock)
    reader = PooledReader(n, spent)
    try:
        doc = segment_pdf(data, ocr_reader=reader)
    finally:
        reader.close()
    notes = spent.warnings()
    if notes and doc.metadata.quality is not None:
        log.warning("ocr_budget_felt", low=len(spent.low), unread=len(spent.unread))
        doc.metadata.quality.warnings.extend(notes)
    return doc


# The threads stay for the process's life (with them the engines each has loaded): a batch of
# documents loads Tesseract's models once per thread, not once per document.
_POOLS: dict[int, ThreadPoolExecutor] = {}
_POOLS_LOCK = threading.Lock()


def _pool(threads: int) -> ThreadPoolExecutor:
    with _POOLS_LOCK:
        pool = _POOLS.get(threads)
        if pool is None:
            pool = _POOLS[threads] = ThreadPoolExecutor(threads, thread_name_prefix="ocr")
        return pool


Reading = list[Run] | BaseException


class OverBudget(Exception):
    """The document's OCR time was spent before this page's turn came (`ocr_budget.py`)."""


class PooledReader:
    """An OCR reader that reads pages in `threads` threads, looking ahead by `threads` pages
    (1: each page in the caller's thread when it is asked for), within the document's budget."""

    def __init__(self, threads: int, clock: BudgetClock | None = None) -> None:
        self.threads = threads
        self.clock = clock or BudgetClock(OcrBudget(seconds=None))
        self.pending: dict[int, Future[list[Run]]] = {}
        self.dpis: dict[int, int] = {}  # the resolution each page handed out is read at
        self.looked = 0  # the pages up to this one (1-based) were looked at

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        number = runs.number
        future = self.pending.pop(number, None) or self._submit(page, number)
        if self.threads > 1:
            self._look_ahead(page.pdf, number)
        reading: Reading
        try:
            reading = future.result()
        except OverBudget:  # the page keeps its text layer and says why
            self.clock.left_unread(number)
            log.warning("page_ocr_over_budget", page=number, reason=why)
            runs.degraded = runs.degraded or OVER_BUDGET
            return runs
        except Exception as exc:  # handed on, as `_read_by_tesseract` hands them
            reading = exc
        dpi = self.dpis.get(number, self.clock.budget.full_dpi)
        timed_out = isinstance(reading, OcrTimedOut)
        if timed_out:  # read once more, here (pdfium's thread), under the retry's own limit
            log.warning("page_ocr_read_again", page=number, error=str(reading))
            reading = retry.read_again(page, dpi, self.clock.budget.low_dpi)
        elif dpi != self.clock.budget.full_dpi:
            self.clock.low.append(number)
        return ocr_taken(runs, reading, why, retried=timed_out)

    def _submit(self, page: pdfium.PdfPage, number: int) -> Future[list[Run]]:
        """Page `number` rendered here and handed to a thread (or read here, one thread)."""
        from services.segment.scan.render import PageImage

        done: Future[list[Run]] = Future()
        dpi = self.dpis[number] = self.clock.next_dpi()
        try:
            image = PageImage(page, dpi)  # pdfium: on this thread
        except Exception as exc:
            done.set_exception(exc)
            return done
        if self.threads > 1:
            return _pool(self.threads).submit(_read_within, self.clock, image)
        try:
            done.set_result(_read_within(self.clock, image))
        except Exception as exc:
            done.set_exception(exc)
        return done

    def _look_ahead(self, pdf: pdfium.PdfDocument, number: int) -> None:
        """Hand the threads the next pages that need OCR, up to `threads` pages past `number`."""
        last = min(number + self.threads, len(pdf))
        for ahead in range(max(number, self.looked) + 1, last + 1):
            self.looked = ahead
            page = _open(pdf, ahead)
            if page is None:
                continue
            try:
                if needs_ocr(page, ahead):
                    self.pending[ahead] = self._submit(page, ahead)
            finally:
                page.close()

    def close(self) -> None:
        for future in self.pending.values():  # foreseen wrongly, or the document failed
            future.cancel()


def _read_within(clock: BudgetClock, image: PageImage) -> list[Run]:
    """The page's runs; `OverBudget` when the document's time was spent before its turn (a
    blank page is read all the same: it costs nothing)."""
    from services.segment.scan.reader import read_image

    if clock.spent() and not image.blank():
        raise OverBudget(f"over the document's OCR budget of {clock.budget.seconds} s")
    return read_image(image)


def _open(pdf: pdfium.PdfDocument, number: int) -> pdfium.PdfPage | None:
    try:
        return pdf[number - 1]
    except Exception:  # a page pdfium cannot load: the segmenter says so when it gets there
        return None


class _Noted:
    """A reader that only notes that it was asked (the segmenter's decision, nothing read)."""

    def __init__(self) -> None:
        self.asked = False

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        self.asked = True
        return runs


def needs_ocr(page: pdfium.PdfPage, number: int) -> bool:
    """Whether the segmenter will OCR the page, by its own rules on the text layer (asked
    without the document's form check: a page of text objects alone is then walked for images,
    which finds none)."""
    noted = _Noted()
    try:
        read_page_runs(page, number, True, noted)
    except Exception:  # the segmenter reads the page again and handles what fails
        return False
    return noted.asked
