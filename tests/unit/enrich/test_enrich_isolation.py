"""Enrichment in its isolated worker: a document whose enrichment hangs or crashes goes on
degraded (segments and metadata, no references or entities, a warning), and the next is
enriched as ever. Stand-in worker targets through IsolatedEnricher's `target` seam."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Iterator
from typing import Any

import pytest
from faststream.kafka import TestKafkaBroker

from services.enrich.app import create_app
from services.enrich.isolation import (
    EnrichmentCutOff,
    IsolatedEnricher,
    WorkerNotStarted,
    cut_off,
    degraded_document,
    enrich_request,
    warm_enricher,
)
from services.segment.segmenter import PdfRejected
from stukken.contracts import (
    DocEnriched,
    DocSegmented,
    Metadata,
    Segment,
    SegmentedDocument,
    Source,
    topics,
)
from stukken.contracts.quality import Quality
from stukken.platform.settings import EnrichSettings
from stukken.platform.stage import is_transient
from tests.fakes import MemoryStore
from tests.unit.test_handlers import collect, metric

URL_TEXT = "Zie https://www.rijksoverheid.nl/documenten."
SOURCE = Source(bucket="inbox", key="k.pdf", size=1, sha256="v1")


# Worker targets: top-level, so the worker process can import them by name.
def misbehaving_enricher(request: Any, ocr: bool, max_pages: int) -> Any:
    text = " ".join(s.text for s in request.doc.segments)
    if "HANGS" in text:
        threading.Event().wait()  # never set: a rule backtracking for ever
    if "CRASHES" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "FAILS" in text:
        raise KeyError("a bug in a rule")
    return enrich_request(request, ocr, max_pages)


def slow_warm_up() -> None:
    """Set-up work (the enricher's patterns, and then some) longer than the time limit."""
    warm_enricher()
    time.sleep(1.5)  # the set-up's own work, not a wait for something


def _event(text: str, doc_id: str = "d1") -> DocSegmented:
    return DocSegmented(
        doc_id=doc_id,
        version="v1",
        source=SOURCE,
        metadata=Metadata(title="Brief"),
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )


def _enricher(**overrides: Any) -> IsolatedEnricher:
    options: dict[str, Any] = {"time_limit_s": 30.0, "memory_limit_mb": 1024, "recycle_after": 100}
    options.update(overrides)
    return IsolatedEnricher(target=misbehaving_enricher, **options)


# -- the degrade logic, plain functions ------------------------------------------------------


@pytest.mark.parametrize(
    "worker_reason,reason",
    [("timeout", "timeout"), ("worker_crashed", "crashed"), ("memory_limit", "crashed")],
)
def test_a_timeout_or_a_dead_worker_cuts_enrichment_off(worker_reason: str, reason: str) -> None:
    cut = cut_off(PdfRejected(worker_reason, "worker died of SIGSEGV"), 7.0)
    assert isinstance(cut, EnrichmentCutOff)
    assert cut.reason == reason
    expected = "no result within 7 s" if reason == "timeout" else "worker died of SIGSEGV"
    assert expected in cut.detail


def test_an_exception_in_the_enricher_stays_an_error_not_a_degraded_document() -> None:
    cut = cut_off(PdfRejected("segmenter_error", "KeyError: 'a bug'"), 7.0)
    assert not isinstance(cut, EnrichmentCutOff)
    assert "KeyError" in str(cut)


def test_a_degraded_document_keeps_segments_and_metadata_and_says_why() -> None:
    event = _event(URL_TEXT)
    doc = event.document()
    doc.metadata.quality = Quality(warnings=["earlier warning"])
    cut = EnrichmentCutOff("timeout", "no result within 60 s")
    degraded = degraded_document(event, doc, cut)
    assert (degraded.doc_id, degraded.version, degraded.source) == ("d1", "v1", SOURCE)
    assert degraded.segments == doc.segments and degraded.metadata.title == "Brief"
    assert degraded.references == [] and degraded.entities == []
    assert degraded.metadata.quality is not None
    first, second = degraded.metadata.quality.warnings
    assert first == "earlier warning"
    assert second.startswith("enrichment cut off (timeout): ") and "60 s" in second
    assert doc.metadata.quality.warnings == ["earlier warning"]  # the input is left alone


def test_a_document_without_quality_gets_one_for_the_warning() -> None:
    event = _event(URL_TEXT)
    doc = SegmentedDocument(metadata=Metadata(), segments=event.segments or [])
    degraded = degraded_document(event, doc, EnrichmentCutOff("crashed", "worker_crashed: x"))
    assert degraded.metadata.quality is not None
    assert degraded.metadata.quality.warnings[0].startswith("enrichment cut off (crashed)")


# -- the worker ------------------------------------------------------------------------------


async def test_a_hanging_document_is_cut_off_in_time_and_the_next_is_enriched() -> None:
    with _enricher(time_limit_s=1.0) as enricher:
        with pytest.raises(EnrichmentCutOff) as caught:
            await enricher.enrich(_event("HANGS " + URL_TEXT), _event("HANGS").document())
        assert caught.value.reason == "timeout"
        assert caught.value.detail == "no result within 1 s"
        event = _event(URL_TEXT)
        enriched = await enricher.enrich(event, event.document())
    assert [r.normalized for r in enriched.references if r.type == "url"] == [
        "https://www.rijksoverheid.nl/documenten"
    ]


async def test_the_set_up_of_a_new_worker_is_not_charged_to_its_first_document() -> None:
    event = _event(URL_TEXT)
    with _enricher(time_limit_s=1.0, warm_up=slow_warm_up) as enricher:
        assert (await enricher.enrich(event, event.document())).references


async def test_a_crashing_worker_is_replaced_and_the_next_is_enriched() -> None:
    with _enricher() as enricher:
        with pytest.raises(EnrichmentCutOff) as caught:
            await enricher.enrich(_event("CRASHES"), _event("CRASHES").document())
        assert caught.value.reason == "crashed"
        event = _event(URL_TEXT)
        assert (await enricher.enrich(event, event.document())).references


async def test_a_bug_in_the_enricher_is_raised_as_before() -> None:
    with _enricher() as enricher, pytest.raises(RuntimeError, match="KeyError"):
        await enricher.enrich(_event("FAILS"), _event("FAILS").document())


@pytest.fixture
def target_only_here() -> Iterator[Any]:
    """A worker target of a module that exists in this process only: no worker can load it."""
    module = types.ModuleType("stukken_enrich_target_only_here")

    def target(request: Any, ocr: bool, max_pages: int) -> Any:
        raise AssertionError("unreachable")

    target.__module__ = module.__name__
    target.__qualname__ = "target"
    module.target = target  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    yield target
    del sys.modules[module.__name__]


async def test_a_worker_that_cannot_start_is_a_transient_failure(target_only_here: Any) -> None:
    event = _event(URL_TEXT)
    with (
        IsolatedEnricher(
            target=target_only_here, time_limit_s=5.0, memory_limit_mb=1024, recycle_after=1
        ) as enricher,
        pytest.raises(WorkerNotStarted) as caught,
    ):
        await enricher.enrich(event, event.document())
    assert is_transient(caught.value)  # retried by the stage, never dead-lettered for it


# -- the stage -------------------------------------------------------------------------------


async def test_the_stage_publishes_a_hanging_document_degraded_and_counts_it() -> None:
    enricher = _enricher(time_limit_s=1.0)
    app = create_app(EnrichSettings(), store=MemoryStore(), enricher=enricher)
    seen = collect(app.broker, topics.DOC_ENRICHED)  # type: ignore[arg-type]
    try:
        async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
            for event in (_event("HANGS " + URL_TEXT, "d1"), _event(URL_TEXT, "d2")):
                await br.publish(event.model_dump_json().encode(), topics.DOC_SEGMENTED)
    finally:
        enricher.close()
    hung, fine = (DocEnriched.model_validate(m) for m in seen[topics.DOC_ENRICHED])
    assert hung.document is not None and fine.document is not None
    assert (hung.doc_id, fine.doc_id) == ("d1", "d2")
    assert hung.document.references == [] and hung.document.entities == []
    assert hung.document.segments[0].text.startswith("HANGS")
    assert hung.document.metadata.quality is not None
    (warning,) = hung.document.metadata.quality.warnings
    assert warning.startswith("enrichment cut off (timeout)")
    assert fine.document.references and not (fine.document.metadata.quality or Quality()).warnings
    assert metric(app, 'stukken_enrich_degraded_total{reason="timeout"}') == 1
    assert metric(app, 'stukken_enrich_degraded_total{reason="crashed"}') == 0
    assert metric(app, 'stukken_enrich_messages_total{outcome="ok"}') == 2
    assert json.loads(hung.model_dump_json())["document"]["references"] == []
