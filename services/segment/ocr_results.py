"""What the OCR fan-out keeps in the artifact bucket: the job manifest and each page's reading.

Keys are deterministic, so a redelivered page task rewrites the same object:

    ocr/<version>/job.json                 the job: the DocIngested event and the pages to OCR
    ocr/<version>/<OCR_LOGIC>/<page>.json  one page's reading: its runs, or why it failed

Bump OCR_LOGIC when the reading of a page changes (the readings of older logic are not reused).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from services.segment.layout.words import Run
from stukken.contracts import DocIngested
from stukken.contracts.ocr import OcrWhy

OCR_LOGIC = "ocr-2"  # ocr-2: ruled grids erased before Tesseract reads a page
OCR_ROOT = "ocr/"  # everything of the fan-out; `stukken claims gc` collects it (stukken/ocr_gc.py)

# The segmenter's reasons (read_page_runs) as the contract's codes.
WHY_CODES: dict[str, OcrWhy] = {
    "no letters in the text layer": "no_letters",
    "invisible OCR layer is garbage": "garbage_layer",
    "text layer is garbage": "garbage_text",
    "little text on an image": "little_text",
    "few words on the page": "little_text",
    "invisible OCR layer misses print": "incomplete_layer",
}


def job_key(version: str) -> str:
    return f"{OCR_ROOT}{version}/job.json"


def result_key(version: str, page: int) -> str:
    return f"{OCR_ROOT}{version}/{OCR_LOGIC}/{page}.json"


def results_prefix(version: str) -> str:
    return f"{OCR_ROOT}{version}/{OCR_LOGIC}/"


def page_of_result(key: str) -> int | None:
    """The page number in a result key; None for anything else under the prefix."""
    name = key.rsplit("/", 1)[-1].removesuffix(".json")
    return int(name) if name.isdigit() else None


class PlannedPage(BaseModel):
    page: int
    why: OcrWhy


class OcrJob(BaseModel):
    """The job manifest: enough to assemble the document when all pages are in."""

    event: DocIngested
    pages: list[PlannedPage]
    logic: str = OCR_LOGIC
    # set once its page tasks are on Kafka: the document coming again (a redelivery, a
    # repair) then leaves the job alone instead of queueing its pages a second time
    published_at: datetime | None = None


# A run as JSON: [text, x0, y0, x1, y1, size, bold, base, ends_word]
RunRow = tuple[str, float, float, float, float, float, bool, float, bool]


class PageReading(BaseModel):
    """One page's reading by an OCR worker; `failed` pages are read from their text layer."""

    page: int
    outcome: Literal["ok", "failed"]
    # why it failed; on an `ok` reading, the page's degraded reason (`scan.retry.LOW_DPI_RETRY`:
    # read again at a low resolution after its first attempt failed)
    reason: str | None = None
    runs: list[RunRow] = []

    @classmethod
    def of_runs(cls, page: int, runs: list[Run], reason: str | None = None) -> PageReading:
        rows = [(r.text, r.x0, r.y0, r.x1, r.y1, r.size, r.bold, r.base, r.ends_word) for r in runs]
        return cls(page=page, outcome="ok", reason=reason, runs=rows)

    def to_runs(self) -> list[Run]:
        return [Run(*row) for row in self.runs]
