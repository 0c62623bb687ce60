"""ocrtime41: embedded mode's OCR budget (services/segment/ocr_budget.py, ocr_pool.py).

A long all-OCR document reads its first `full_pages` OCR'd pages at 300 dpi and the rest at a
lower resolution; once the document's time budget is spent, a page not yet begun keeps its text
layer and is marked degraded `ocr_budget`, with a warning. The budget logic is tested as plain
functions with a clock handed in (no timing assertions)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from services.segment.ocr_budget import (
    BUDGET_ENV,
    FULL_PAGES_ENV,
    LOW_DPI_ENV,
    OVER_BUDGET,
    BudgetClock,
    OcrBudget,
    budget_from_env,
    dpi_for,
    over_time,
    page_ranges,
)
from services.segment.ocr_pool import segment_pooled
from services.segment.writable import writable

FIXTURE = Path(__file__).parents[2] / "fixtures" / "ocrtime41" / "scan_budget.pdf"

tesseract_needed = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract not installed"
)


class Ticks:
    """A clock that reads 0 for its first `calm` questions after the start, then `late`."""

    def __init__(self, calm: int, late: float = 1e6) -> None:
        self.asked = 0
        self.calm = calm
        self.late = late

    def __call__(self) -> float:
        self.asked += 1
        return 0.0 if self.asked <= self.calm + 1 else self.late  # +1: the start


# --- the budget as plain functions ---


def test_first_pages_at_full_resolution_the_rest_lower() -> None:
    budget = OcrBudget(full_pages=2, low_dpi=200, seconds=None)
    assert [dpi_for(budget, n) for n in range(4)] == [300, 300, 200, 200]


def test_no_page_budget_reads_every_page_at_full_resolution() -> None:
    budget = OcrBudget(full_pages=10**9, seconds=None)
    assert {dpi_for(budget, n) for n in range(500)} == {300}


def test_time_budget() -> None:
    assert not over_time(OcrBudget(seconds=180.0), 179.9)
    assert over_time(OcrBudget(seconds=180.0), 180.0)
    assert not over_time(OcrBudget(seconds=None), 1e9)


def test_clock_counts_pages_and_time() -> None:
    now = [100.0]
    spent = BudgetClock(OcrBudget(full_pages=1, low_dpi=150, seconds=60.0), lambda: now[0])
    assert [spent.next_dpi(), spent.next_dpi()] == [300, 150]
    assert spent.handed_out == 2
    now[0] = 159.0
    assert not spent.spent()
    now[0] = 160.0
    assert spent.spent()


def test_warnings_name_the_pages() -> None:
    spent = BudgetClock(OcrBudget(full_pages=40, low_dpi=200, seconds=180.0), lambda: 0.0)
    assert spent.warnings() == []  # a budget not felt says nothing
    spent.low += [41, 42, 43, 45]
    spent.left_unread(45)
    spent.left_unread(46)
    low, unread = spent.warnings()
    assert "3 page(s)" in low and "200 dpi" in low and "pages 41-43)" in low
    assert "2 page(s) not OCR'd" in unread and "180 s" in unread and "45-46" in unread
    assert OVER_BUDGET in unread


def test_page_ranges() -> None:
    assert page_ranges([]) == ""
    assert page_ranges([7]) == "7"
    assert page_ranges([3, 4, 5, 9, 11, 12]) == "3-5, 9, 11-12"


def test_settings_defaults() -> None:
    budget = budget_from_env({})
    assert (budget.full_pages, budget.low_dpi, budget.seconds, budget.full_dpi) == (
        40,
        200,
        150.0,
        300,
    )


def test_settings_from_the_environment() -> None:
    env = {FULL_PAGES_ENV: "10", LOW_DPI_ENV: "150", BUDGET_ENV: "90"}
    assert budget_from_env(env) == OcrBudget(full_pages=10, low_dpi=150, seconds=90.0)


def test_settings_zero_budget_means_no_time_bound_and_bad_values_keep_defaults() -> None:
    assert budget_from_env({BUDGET_ENV: "0"}).seconds is None
    assert budget_from_env({BUDGET_ENV: "soon", FULL_PAGES_ENV: "x"}) == budget_from_env({})


def test_settings_resolution_stays_within_reason() -> None:
    assert budget_from_env({LOW_DPI_ENV: "20"}).low_dpi == 100  # Tesseract reads nothing below
    assert budget_from_env({LOW_DPI_ENV: "600"}).low_dpi == 300  # never above the full reading
    assert budget_from_env({FULL_PAGES_ENV: "-3"}).full_pages == 0


def test_settings_from_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BUDGET_ENV, "45")
    assert budget_from_env().seconds == 45.0


# --- the fixture: three page images and a page whose fonts map to the wrong characters ---


def _doc(
    threads: int, budget: OcrBudget, clock: Callable[[], float] = time.monotonic
) -> dict[str, Any]:
    doc = segment_pooled(FIXTURE.read_bytes(), threads=threads, budget=budget, clock=clock)
    return writable(doc).model_dump(mode="json")


def _page_words(doc: dict[str, Any], page: int) -> list[str]:
    return [w for s in doc["segments"] if s["page"] == page for w in s["text"].split()]


@tesseract_needed
def test_a_spent_budget_leaves_later_pages_unread_flagged_and_counted() -> None:
    # the clock runs out after the first page's reading began, one thread
    doc = _doc(threads=1, budget=OcrBudget(seconds=5.0), clock=Ticks(1))
    quality = doc["metadata"]["quality"]
    degraded = {d["page"]: d["reason"] for d in quality["pages"]["degraded"]}
    assert degraded == {2: OVER_BUDGET, 3: OVER_BUDGET, 4: OVER_BUDGET}
    assert doc["metadata"]["ocr_pages"] == [1]
    assert _page_words(doc, 1)  # the page read before the budget was spent
    notes = [w for w in quality["warnings"] if w.startswith("OCR budget")]
    assert len(notes) == 1 and "3 page(s) not OCR'd" in notes[0] and "pages 2-4" in notes[0]
    # the scrambled layer of page 4 is kept as printed (unsure text stays body), not dropped
    assert _page_words(doc, 4)
    # the image pages left unread say so
    assert any("page 2 has no text and was not OCR'd" in w for w in quality["warnings"])


@tesseract_needed
def test_a_spent_budget_with_threads_flags_the_same_pages() -> None:
    doc = _doc(threads=2, budget=OcrBudget(seconds=5.0), clock=Ticks(0))
    degraded = {d["page"]: d["reason"] for d in doc["metadata"]["quality"]["pages"]["degraded"]}
    assert degraded == {p: OVER_BUDGET for p in (1, 2, 3, 4)}
    assert doc["metadata"]["ocr_pages"] == []


@tesseract_needed
def test_pages_past_the_page_budget_are_read_at_the_lower_resolution() -> None:
    doc = _doc(threads=2, budget=OcrBudget(full_pages=2, low_dpi=200, seconds=None))
    quality = doc["metadata"]["quality"]
    assert doc["metadata"]["ocr_pages"] == [1, 2, 3, 4]
    assert not [d for d in quality["pages"]["degraded"] if d["reason"] == OVER_BUDGET]
    notes = [w for w in quality["warnings"] if w.startswith("OCR budget")]
    assert len(notes) == 1 and "2 page(s)" in notes[0] and "pages 3-4" in notes[0]
    words = " ".join(_page_words(doc, 4))
    assert "Geachte" in words and "Jansen" in words  # read, at 200 dpi, not lost
