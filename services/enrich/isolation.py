"""Enrichment in an isolated worker process with a time limit per document.

One rule that runs away (a regex backtracking exponentially on one list of article numbers took
217 s) must not stall the stage's partition. The enricher runs in the segment stage's
`IsolatedWorker` (services/segment/worker_process.py): a disposable process the parent waits
for at most `time_limit_s` per document, replaced when it overran or crashed. Such a document
is not lost and not dead-lettered: it goes on degraded (`degraded_document`), its segments and
metadata as they came, no references and no entities, and a warning that says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from services.enrich.enricher import enriched_document
from services.segment.segmenter import PdfRejected
from services.segment.worker_process import (
    IsolatedWorker,
    WorkerTarget,
    WorkerUnavailable,
    WorkerWarmUp,
)
from stukken.contracts import DocSegmented, EnrichedDocument, Segment, SegmentedDocument, Source
from stukken.contracts.quality import Quality
from stukken.platform.settings import EnrichSettings

# The worker's rejections that degrade the document, by the reason the counter gives them; any
# other (an exception in the enricher) is raised as before: a bug, dead-lettered with its trace.
DEGRADING = {"timeout": "timeout", "worker_crashed": "crashed", "memory_limit": "crashed"}
DEGRADED_REASONS = ("timeout", "crashed")


@dataclass(frozen=True)
class EnrichRequest:
    """What the worker enriches: the event (without its inline document) and the document."""

    event: DocSegmented
    doc: SegmentedDocument


def enrich_request(request: Any, ocr: bool, max_pages: int) -> EnrichedDocument:
    """The default worker target: the enricher itself."""
    return enriched_document(request.event, request.doc)


def warm_enricher() -> None:
    """In a new worker, before it reports ready: one small document through the enricher, so the
    patterns it builds on first use (0.6 s) are not charged to the first real document's time."""
    text = "Zie artikel 3 van de Wet op de inkomstenbelasting 2001 en https://www.overheid.nl."
    event = DocSegmented(
        doc_id="warm-up",
        version="",
        source=Source(bucket="warm-up", key="warm-up.pdf", size=0, sha256=""),
    )
    enriched_document(
        event, SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    )


class EnrichmentCutOff(Exception):
    """The worker overran its time limit or died: the document goes on degraded."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class WorkerNotStarted(ConnectionError):
    """No worker process could be started: the machine's fault, not the document's. A
    ConnectionError, so the stage retries the document (stukken/platform/stage.py, TRANSIENT)."""


class IsolatedEnricher(IsolatedWorker):
    """The enricher in its isolated worker. `enrich` raises `EnrichmentCutOff` on a timeout or a
    crash (the worker is replaced), `WorkerNotStarted` when no worker starts (transient)."""

    def __init__(
        self,
        *,
        target: WorkerTarget = enrich_request,
        warm_up: WorkerWarmUp | None = warm_enricher,
        **options: Any,
    ) -> None:
        super().__init__(target=target, warm_up=warm_up, max_pages=0, ocr=False, **options)

    async def enrich(self, event: DocSegmented, doc: SegmentedDocument) -> EnrichedDocument:
        try:
            document: EnrichedDocument = await self.call(_request(event, doc))
        except PdfRejected as exc:
            raise cut_off(exc, self.time_limit_s) from exc
        except WorkerUnavailable as exc:
            raise WorkerNotStarted(str(exc)) from exc
        return document


def _request(event: DocSegmented, doc: SegmentedDocument) -> EnrichRequest:
    # the document is handed over once: not again inside the event that carried it inline
    slim = event.model_copy(update={"metadata": None, "segments": None})
    return EnrichRequest(slim, doc)


def cut_off(exc: PdfRejected, time_limit_s: float) -> Exception:
    """The worker's rejection as the stage sees it: `EnrichmentCutOff` for a timeout or a dead
    worker, a plain error (the enricher's own exception, traceback in the detail) otherwise."""
    reason = DEGRADING.get(exc.reason)
    if reason is None:
        return RuntimeError(f"enricher failed ({exc.reason}): {exc.detail}")
    if exc.reason == "timeout":  # the worker's own words count pages; enrichment has none
        return EnrichmentCutOff(reason, f"no result within {time_limit_s:g} s")
    return EnrichmentCutOff(reason, f"{exc.reason}: {exc.detail}")


def degraded_document(
    event: DocSegmented, doc: SegmentedDocument, cut: EnrichmentCutOff
) -> EnrichedDocument:
    """The document as segmented, with no references or entities and a warning saying why."""
    metadata = doc.metadata.model_copy(deep=True)
    quality = metadata.quality or Quality()
    quality.warnings = [
        *quality.warnings,
        f"enrichment cut off ({cut.reason}): {cut.detail}; no references or entities",
    ]
    metadata.quality = quality
    return EnrichedDocument(
        doc_id=event.doc_id,
        version=event.version,
        op=event.op,
        source=event.source,
        metadata=metadata,
        segments=doc.segments,
        references=[],
        entities=[],
    )


def make_enricher(
    settings: EnrichSettings, target: WorkerTarget = enrich_request
) -> IsolatedEnricher:
    """The stage's enricher, limited as its settings say."""
    return IsolatedEnricher(
        time_limit_s=settings.time_limit_s,
        memory_limit_mb=settings.memory_limit_mb,
        recycle_after=settings.recycle_after,
        target=target,
    )
