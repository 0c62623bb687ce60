"""One upload, one trace: a span per stage, in order, each the child of the one before, exported
by the four services over OTLP/HTTP to a receiver the test runs (STUKKEN_OTLP_ENDPOINT)."""

from __future__ import annotations

import io
import itertools
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from stukken.contracts import doc_id_for
from stukken.platform.settings import CommonSettings, IndexSettings
from stukken.platform.tracing import TracingSettings
from tests.otlp import OtlpReceiver, ReceivedSpan
from tests.stack import s3_client, wait_for

STAGES = ["ingest", "segment", "enrich", "index"]


@pytest.fixture(scope="module")
def receiver(stack: CommonSettings) -> Iterator[OtlpReceiver]:
    endpoint = TracingSettings().otlp_endpoint
    assert endpoint, "the test stack sets STUKKEN_OTLP_ENDPOINT"
    with OtlpReceiver(urlsplit(endpoint).port or 0) as r:
        yield r


def trace_of(receiver: OtlpReceiver, doc_id: str) -> list[ReceivedSpan] | None:
    """The spans of the trace whose index span handled `doc_id`, by start time, once complete."""
    ends = [
        s
        for s in receiver.spans
        if s.attributes.get("stukken.stage") == "index"
        and s.attributes.get("messaging.kafka.message.key") == doc_id
    ]
    if not ends:
        return None
    spans = sorted(
        (s for s in receiver.spans if s.trace_id == ends[0].trace_id), key=lambda s: s.start_ns
    )
    return spans if len(spans) >= len(STAGES) else None


def test_one_upload_is_one_trace_with_a_span_per_stage_in_order(
    stack: CommonSettings, receiver: OtlpReceiver, sample_pdf: bytes
) -> None:
    s3 = s3_client(stack)
    key = f"trace-{uuid.uuid4().hex}/letter.pdf"
    s3.put_object(stack.bucket, key, io.BytesIO(sample_pdf), len(sample_pdf))
    doc_id = doc_id_for(stack.bucket, key)
    api = httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)
    wait_for("the document indexed", lambda: api.get(f"/documents/{doc_id}").is_success)

    spans = wait_for("its trace at the receiver", lambda: trace_of(receiver, doc_id), 30)
    assert [s.attributes["stukken.stage"] for s in spans] == STAGES
    assert [s.service for s in spans] == [f"stukken-{stage}" for stage in STAGES]
    assert spans[0].parent_id == ""  # the S3 event starts the trace
    for parent, child in itertools.pairwise(spans):
        assert child.parent_id == parent.span_id
    assert spans[1].attributes["messaging.kafka.message.key"] == doc_id
