"""Embedded mode's OCR budget: a long all-OCR document finishes, its later pages read cheaper.

`stukken process` reads a document's scanned pages in this process (`ocr_pool.py`); at ~1.5-3 s
of CPU a page a 200-page scan takes many minutes on two cores, and far longer on a busy machine
(sweep40: a 203-page jaarrekening whose fonts have no Unicode map, 7-10 minutes quiet). Two
bounds, both settings:

- **Pages** (`STUKKEN_OCR_FULL_PAGES`, 40): the first pages a document OCRs are read at
  `render.OCR_DPI` (300); every later one at `STUKKEN_OCR_LOW_DPI` (200), about a third less
  of Tesseract's time at a small loss in small print. Decided by how many pages were handed out
  before, in page order: the same document reads the same on any machine, and one of 40 OCR'd
  pages or fewer reads exactly as before.
- **Time** (`STUKKEN_OCR_BUDGET_S`, 150; 0 = none): a page whose reading has not started when
  the document has been segmenting that long is not OCR'd. It keeps its text layer (a garbage
  layer stays as printed, an empty page stays empty) and is marked degraded `ocr_budget`; a
  warning names the pages and `quality.pages.degraded` counts them. Never a silent loss: the
  page says why, and `stukken reprocess` or a run with a larger budget reads it. The clock is
  a machine's, so on a loaded machine fewer pages are read: that is the point of the bound.
  150 s leaves the rest of a run room under a 300 s limit: the pages in flight, the layout of
  the pages left unread and the enrichment of their layers took 79 s more at load 12
  (bench/breadth/ocrtime41.md); on an idle machine it reads ~170 of 200 pages (an estimate).

The segment service does not use this: there a scan's pages fan out to the OCR workers as page
tasks (`ocr_jobs.py`), each read at 300 dpi within its own per-page time limit, and a document
waits for its pages however many; workers scale instead.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from stukken.platform.logging import get_logger

log = get_logger(__name__)

FULL_PAGES_ENV = "STUKKEN_OCR_FULL_PAGES"
LOW_DPI_ENV = "STUKKEN_OCR_LOW_DPI"
BUDGET_ENV = "STUKKEN_OCR_BUDGET_S"
FULL_PAGES = 40
LOW_DPI = 200
BUDGET_S = 150.0
# Below this Tesseract's reading of ordinary print falls apart (x-height under ~10 px).
MIN_DPI = 100
OVER_BUDGET = "ocr_budget"  # the degraded reason of a page left unread


@dataclass(frozen=True, slots=True)
class OcrBudget:
    """How a document's OCR is bounded: `full_pages` read at `full_dpi`, the rest at `low_dpi`;
    no page started after `seconds` (None: no time bound)."""

    full_pages: int = FULL_PAGES
    low_dpi: int = LOW_DPI
    seconds: float | None = BUDGET_S
    full_dpi: int = 300


def dpi_for(budget: OcrBudget, handed_out: int) -> int:
    """The resolution of the page after `handed_out` pages of the document were handed out."""
    return budget.full_dpi if handed_out < budget.full_pages else budget.low_dpi


def over_time(budget: OcrBudget, elapsed: float) -> bool:
    """Whether a page whose reading would start after `elapsed` seconds is left unread."""
    return budget.seconds is not None and elapsed >= budget.seconds


def budget_from_env(environ: dict[str, str] | None = None) -> OcrBudget:
    """The budget the settings give (`STUKKEN_OCR_FULL_PAGES`, `STUKKEN_OCR_LOW_DPI`,
    `STUKKEN_OCR_BUDGET_S`); a value that is no number keeps its default, with a warning."""
    from services.segment.scan.render import OCR_DPI

    env = os.environ if environ is None else environ
    full = _number(env, FULL_PAGES_ENV, FULL_PAGES)
    low = _number(env, LOW_DPI_ENV, LOW_DPI)
    seconds = _number(env, BUDGET_ENV, BUDGET_S)
    return OcrBudget(
        full_pages=max(int(full), 0),
        low_dpi=min(max(int(low), MIN_DPI), OCR_DPI),
        seconds=float(seconds) if seconds > 0 else None,
        full_dpi=OCR_DPI,
    )


def _number(env: dict[str, str] | os._Environ[str], name: str, default: float) -> float:
    value = env.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        log.warning("bad_ocr_budget_setting", name=name, value=value)
        return default


@dataclass(slots=True)
class BudgetClock:
    """One document's budget as it is spent: pages handed out, the clock since the document
    began, and what was read cheaper or left unread (for the warning)."""

    budget: OcrBudget
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0
    handed_out: int = 0
    low: list[int] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def next_dpi(self) -> int:
        """The resolution the next page handed out is rendered at; counts it."""
        dpi = dpi_for(self.budget, self.handed_out)
        self.handed_out += 1
        return dpi

    def spent(self) -> bool:
        """Whether a reading that would start now is over the time budget."""
        return over_time(self.budget, self.clock() - self.started)

    def left_unread(self, page: int) -> None:
        self.unread.append(page)

    def warnings(self) -> list[str]:
        """What the document's quality warnings say of the budget (nothing if it was not felt)."""
        notes = []
        low = sorted(set(self.low) - set(self.unread))
        if low:
            notes.append(
                f"OCR budget: {len(low)} page(s) past the first {self.budget.full_pages} OCR'd"
                f" read at {self.budget.low_dpi} dpi, not {self.budget.full_dpi}"
                f" (pages {page_ranges(low)})"
            )
        if self.unread:
            seconds = self.budget.seconds or 0.0
            notes.append(
                f"OCR budget: {len(self.unread)} page(s) not OCR'd, the document's"
                f" {seconds:.0f} s were spent (pages {page_ranges(sorted(self.unread))});"
                " their text layer is kept, marked degraded 'ocr_budget'"
            )
        return notes


def page_ranges(pages: list[int]) -> str:
    """'3-5, 9' for [3, 4, 5, 9] (sorted page numbers)."""
    parts: list[str] = []
    start = prev = None
    for p in pages:
        if prev is not None and p == prev + 1:
            prev = p
            continue
        if start is not None:
            parts.append(f"{start}-{prev}" if prev != start else f"{start}")
        start = prev = p
    if start is not None:
        parts.append(f"{start}-{prev}" if prev != start else f"{start}")
    return ", ".join(parts)
