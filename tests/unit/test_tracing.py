"""Traces across the stages: a span per message, the context carried in Kafka headers, trace_id in
log lines, OTLP export only when configured (a real OTLP/HTTP receiver here)."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import structlog
from opentelemetry import trace
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from stukken.contracts import topics
from stukken.platform.tracing import (
    TracingSettings,
    add_trace_id,
    make_provider,
    message_span,
    setup_tracing,
    trace_headers,
)
from tests.otlp import OtlpReceiver

STAGES = ("ingest", "segment", "enrich", "index")


@dataclass
class Record:
    """What aiokafka hands a subscriber: key, headers as (name, bytes) pairs, position."""

    key: bytes
    headers: tuple[tuple[str, bytes], ...] = ()
    partition: int = 0
    offset: int = 0


@pytest.fixture(scope="module")
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    setup_tracing("unit-test").add_span_processor(SimpleSpanProcessor(exporter))
    yield exporter


def on_kafka(headers: dict[str, str]) -> tuple[tuple[str, bytes], ...]:
    return tuple((k, v.encode()) for k, v in headers.items())


def test_one_upload_makes_one_trace_with_a_span_per_stage_in_order(
    spans: InMemorySpanExporter,
) -> None:
    doc_id = uuid.uuid4().hex
    record = Record(doc_id.encode())  # the S3 event: no trace context
    for stage, topic in topics.STAGE_INPUTS.items():
        if stage == "ocr":  # a text PDF's trace: no page task
            continue
        with message_span(stage, topic, record):
            published = trace_headers(doc_id)
        if stage == "index":  # a batch publishes after its commit, outside the span
            published = trace_headers(doc_id)
        record = Record(doc_id.encode(), on_kafka(published), offset=7)

    mine = [
        s
        for s in spans.get_finished_spans()
        if s.attributes["messaging.kafka.message.key"] == doc_id
    ]  # type: ignore[index]
    assert [s.attributes["stukken.stage"] for s in mine] == list(STAGES)  # type: ignore[index]
    assert [s.name for s in mine] == [f"{stage} process" for stage in STAGES]
    assert len({s.context.trace_id for s in mine}) == 1
    assert mine[0].parent is None
    for parent, child in itertools.pairwise(mine):
        assert child.parent is not None and child.parent.span_id == parent.context.span_id
    # doc.indexed carries the index span's context
    last = dict(record.headers)["traceparent"].decode()
    assert last.startswith(f"00-{mine[-1].context.trace_id:032x}-{mine[-1].context.span_id:016x}-")


def test_a_failure_marks_its_span(spans: InMemorySpanExporter) -> None:
    key = uuid.uuid4().hex
    with (
        pytest.raises(ValueError),
        message_span("enrich", topics.DOC_SEGMENTED, Record(key.encode())),
    ):
        raise ValueError("broken event")
    (span,) = [
        s for s in spans.get_finished_spans() if s.attributes["messaging.kafka.message.key"] == key
    ]  # type: ignore[index]
    assert span.status.status_code == trace.StatusCode.ERROR
    assert span.events[0].name == "exception"


def test_no_context_to_carry_outside_a_span() -> None:
    assert trace_headers() == {} and trace_headers("never-seen") == {}


def test_log_lines_carry_the_trace_id(spans: InMemorySpanExporter) -> None:
    render = structlog.processors.JSONRenderer()
    assert "trace_id" not in json.loads(render(None, "info", add_trace_id(None, "info", {})))
    with message_span("segment", topics.DOC_INGESTED, Record(b"k")) as span:
        line = json.loads(render(None, "info", add_trace_id(None, "info", {"event": "segmented"})))
    assert line["trace_id"] == f"{span.get_span_context().trace_id:032x}"
    assert line["span_id"] == f"{span.get_span_context().span_id:016x}"


def test_export_is_off_by_default_and_reaches_an_otlp_receiver_when_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("STUKKEN_OTLP_ENDPOINT", raising=False)  # the test stack sets it
    assert TracingSettings().otlp_endpoint is None
    with OtlpReceiver() as receiver:
        quiet = make_provider("enrich", TracingSettings())
        quiet.get_tracer("t").start_span("unseen").end()
        assert quiet.force_flush()
        loud = make_provider("enrich", TracingSettings(otlp_endpoint=receiver.endpoint))
        with loud.get_tracer("t").start_as_current_span("seen"):
            pass
        assert loud.force_flush(timeout_millis=10_000)
        loud.shutdown()
    assert [(s.service, s.name) for s in receiver.spans] == [("stukken-enrich", "seen")]
