"""Traces: one OpenTelemetry span per message a stage handles, connected across the pipeline.

The trace context travels in W3C `traceparent` headers on the Kafka events, so one upload makes one
trace: the S3 event starts it (the S3 server sends no context), and each stage's span is the child
of the span that published its input, down to `doc.indexed`. Every log line written inside a span
carries its `trace_id`. Spans are always made (logs and headers need them); they leave the process
only when `STUKKEN_OTLP_ENDPOINT` names an OTLP/HTTP receiver (off by default).

The platform calls four things: `setup_tracing` once per service, `message_span` around each
message, `trace_headers` when publishing, and `add_trace_id` as a structlog processor.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.propagators.textmap import Getter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROPAGATOR = TraceContextTextMapPropagator()
TRACER_NAME = "stukken"
# A batch stage (index) publishes after its commit, outside the record's span: the span's
# context waits here, by doc_id, until its output event goes out.
_RECENT_LIMIT = 10_000
_recent: OrderedDict[str, Context] = OrderedDict()


class TracingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STUKKEN_", extra="ignore")

    otlp_endpoint: str | None = Field(
        None, description="OTLP/HTTP receiver, e.g. http://127.0.0.1:4318; unset: no export"
    )


def make_provider(service: str, settings: TracingSettings) -> TracerProvider:
    """A tracer provider naming the service; with an OTLP exporter when an endpoint is set."""
    provider = TracerProvider(resource=Resource.create({"service.name": f"stukken-{service}"}))
    if settings.otlp_endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        endpoint = settings.otlp_endpoint.rstrip("/") + "/v1/traces"
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    return provider


def setup_tracing(service: str, settings: TracingSettings | None = None) -> TracerProvider:
    """Install this process's tracer provider, once; a provider already installed (a test's, or
    another app's in the same process) is kept."""
    current = trace.get_tracer_provider()
    if isinstance(current, TracerProvider):
        return current
    provider = make_provider(service, settings or TracingSettings())
    trace.set_tracer_provider(provider)
    return provider


class _RecordHeaders(Getter[Any]):
    """Kafka record headers: a sequence of (name, bytes) pairs, or a mapping."""

    def get(self, carrier: Any, key: str) -> list[str] | None:
        pairs = carrier.items() if isinstance(carrier, Mapping) else carrier
        values = [v.decode() if isinstance(v, bytes) else str(v) for k, v in pairs if k == key]
        return values or None

    def keys(self, carrier: Any) -> list[str]:
        return [k for k, _ in (carrier.items() if isinstance(carrier, Mapping) else carrier)]


def _key(record: Any) -> str | None:
    key = getattr(record, "key", None)
    return key.decode(errors="replace") if isinstance(key, bytes) else key


@contextmanager
def message_span(stage: str, topic: str, record: Any) -> Iterator[trace.Span]:
    """The span of one message in `stage`: child of the context in its headers, current while
    the message is handled (retries and dead-lettering included)."""
    parent = PROPAGATOR.extract(getattr(record, "headers", None) or (), getter=_RecordHeaders())
    doc_id = _key(record)
    attributes = {
        "messaging.system": "kafka",
        "messaging.operation": "process",
        "messaging.destination.name": topic,
        "messaging.kafka.partition": getattr(record, "partition", None),
        "messaging.kafka.offset": getattr(record, "offset", None),
        "messaging.kafka.message.key": doc_id,
        "stukken.stage": stage,
    }
    tracer = trace.get_tracer(TRACER_NAME)
    with tracer.start_as_current_span(
        f"{stage} process",
        context=parent,
        kind=trace.SpanKind.CONSUMER,
        attributes={k: v for k, v in attributes.items() if v is not None},
    ) as span:
        try:
            yield span
        finally:
            if doc_id:  # its context only: the span itself may be large
                remembered = trace.NonRecordingSpan(span.get_span_context())
                _remember(doc_id, trace.set_span_in_context(remembered))


def _remember(doc_id: str, context: Context) -> None:
    _recent[doc_id] = context
    _recent.move_to_end(doc_id)
    while len(_recent) > _RECENT_LIMIT:
        _recent.popitem(last=False)


def trace_headers(doc_id: str | None = None) -> dict[str, str]:
    """`traceparent` for an event being published: the current span's, else (a batch publishing
    after its commit) the span that last handled `doc_id`; empty when there is neither."""
    context: Context | None = None
    if not trace.get_current_span().get_span_context().is_valid and doc_id:
        context = _recent.get(doc_id)
    carrier: dict[str, str] = {}
    PROPAGATOR.inject(carrier, context=context)
    return carrier


def add_trace_id(
    _logger: Any, _method: str, event: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: `trace_id` and `span_id` of the current span, when there is one."""
    context = trace.get_current_span().get_span_context()
    if context.is_valid:
        event.setdefault("trace_id", format(context.trace_id, "032x"))
        event.setdefault("span_id", format(context.span_id, "016x"))
    return event
