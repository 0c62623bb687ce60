"""OCR fan-out: page tasks, their results, and each document's OCR progress.

A scanned (or partly scanned) document's pages that need OCR go out as `OcrPageTask`s on
`stukken.ocr.pages`, keyed `<doc_id>:<page>` so one document's pages spread over partitions and
workers. Each task ends in exactly one `OcrPageDone` on `stukken.ocr.done` (keyed by doc_id: one
document's results arrive in order on one partition), whose reading lives in the artifact bucket.
`stukken.ocr.progress` (compacted, keyed by doc_id) says how far each document's OCR is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from stukken.contracts.document import Model
from stukken.contracts.events import Envelope, now

# garbage_layer: an invisible OCR layer that is garbage; garbage_text: a visible text layer that
# is (a font whose character map is wrong); incomplete_layer: an invisible OCR layer that read
# only part of the page's print (OCR's reading of the rest is added to it)
OcrWhy = Literal["no_letters", "garbage_layer", "little_text", "garbage_text", "incomplete_layer"]
OcrOutcome = Literal["ok", "failed"]


class OcrPageTask(Envelope):
    """OCR one page of one version of a document."""

    source_bucket: str
    source_key: str
    page: int = Field(ge=1, description="1-based page number")
    pages: list[int] = Field(description="every page of the job, in order (the job's size)")
    why: OcrWhy = Field(description="why the page needs OCR (the segmenter's decision)")
    job_key: str = Field(description="the job manifest in the artifact bucket")
    result_key: str = Field(description="where the worker writes the page's reading (JSON)")
    attempt: int = Field(1, ge=1, description="1 for the first try; a retried page counts up")

    def kafka_key(self) -> str:
        return f"{self.doc_id}:{self.page}"


class OcrPageDone(Envelope):
    """One page task finished: read (`ok`) or given up on (`failed`, its text layer is used)."""

    page: int = Field(ge=1)
    outcome: OcrOutcome
    reason: str | None = Field(
        None,
        description="why it failed, e.g. 'timeout', 'ocr_failed'; on an ok reading, the page's "
        "degraded reason, e.g. 'ocr_low_dpi_retry' (read again at a low resolution)",
    )
    result_bucket: str
    result_key: str = Field(description="the page's reading (JSON) in the artifact bucket")
    job_key: str
    attempts: int = 1
    seconds: float = Field(0.0, description="time the worker spent on the page")


class OcrProgress(Model):
    """How far one document's OCR is; the latest per doc_id (compacted; null: forgotten)."""

    schema_version: Literal[1] = 1
    doc_id: str
    version: str
    key: str = Field(description="the object key in the bucket, for people")
    pages_total: int
    pages_done: int = 0
    pages_failed: int = 0
    state: Literal["ocr", "assembling", "done", "failed"] = "ocr"
    updated_at: datetime = Field(default_factory=now)

    @property
    def pages_pending(self) -> int:
        return max(0, self.pages_total - self.pages_done)
