"""A stage's delivery policy through FastStream's in-memory TestKafkaBroker (no real broker).

The same flows run against the real Kafka and S3 server in tests/faults/test_poison.py.
"""

from __future__ import annotations

import contextlib
import json
from types import SimpleNamespace
from typing import Any

import pytest
from faststream.kafka import TestKafkaBroker

from services.ingest.app import create_app as ingest_app
from services.ingest.ledger import Ledger
from stukken.contracts import DocIngested, topics
from stukken.contracts.events import DeadLetter
from stukken.platform.settings import IngestSettings
from stukken.platform.storage import StoredObject
from tests.fakes import MemoryStore
from tests.unit.test_handlers import SAMPLES, collect

JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    "body,headers,kind",
    [
        (b"[" * 100_000 + b"]" * 100_000, JSON, "too_deep"),
        (b"{this is not json", JSON, "undecodable"),
        (b"\x00\xff\xfe binary \x89PNG", {"content-type": "text/plain"}, "undecodable"),
        (b'{"Records": "not a list"}', JSON, "wrong_shape"),
        (b"x" * 400_000, JSON, "too_large"),
    ],
    ids=["deep", "invalid-json-with-header", "binary-as-text", "wrong-shape", "too-large"],
)
async def test_poison_on_the_input_topic_is_dead_lettered_and_the_next_message_goes_on(
    sample_pdf: bytes, body: bytes, headers: dict[str, str], kind: str
) -> None:
    store = MemoryStore()
    store.write("inbox", "a/x y.pdf", sample_pdf)
    app = ingest_app(IngestSettings(max_event_bytes=300_000), store=store, ledger=Ledger())
    seen = collect(app.broker, topics.dlq(topics.S3_EVENTS), topics.DOC_INGESTED)  # type: ignore[arg-type]
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        await br.publish(body, topics.S3_EVENTS, key=b"k", headers=headers)
        await br.publish((SAMPLES / "versity_put.json").read_bytes(), topics.S3_EVENTS)
    (raw,) = seen[topics.dlq(topics.S3_EVENTS)]
    letter = DeadLetter.model_validate(raw)
    assert letter.poison == kind and letter.failure == "permanent"
    assert len(json.dumps(raw)) < 8_000 and letter.original_size == len(body)
    (ingested,) = seen[topics.DOC_INGESTED]  # the partition moved on
    assert DocIngested.model_validate(ingested).source.key == "a/x y.pdf"


async def test_a_header_that_is_not_utf8_does_not_stop_the_stage(sample_pdf: bytes) -> None:
    store = MemoryStore()
    store.write("inbox", "a/x y.pdf", sample_pdf)
    app = ingest_app(IngestSettings(), store=store, ledger=Ledger())
    seen = collect(app.broker, topics.DOC_INGESTED)  # type: ignore[arg-type]
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        put = (SAMPLES / "versity_put.json").read_bytes()
        await br.publish(put, topics.S3_EVENTS, headers={"x-odd": b"\xff\xfe".decode("latin-1")})
    assert len(seen[topics.DOC_INGESTED]) == 1


class FlakyStore(MemoryStore):
    """Reads fail with a connection error the first `failures` times (an S3 outage)."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def read(self, bucket: str, key: str, max_bytes: int | None = None) -> StoredObject:
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("S3 gateway unreachable")
        return super().read(bucket, key, max_bytes)


async def test_a_transient_failure_goes_round_the_retry_topic_until_it_succeeds(
    sample_pdf: bytes,
) -> None:
    store = FlakyStore(failures=4)
    store.write("inbox", "a/x y.pdf", sample_pdf)
    settings = IngestSettings(max_attempts=2, retry_delay_s=0.01, retry_delay_max_s=0.02)
    app = ingest_app(settings, store=store, ledger=Ledger())
    seen = collect(app.broker, topics.retry(topics.S3_EVENTS), topics.DOC_INGESTED)  # type: ignore[arg-type]
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        await br.publish((SAMPLES / "versity_put.json").read_bytes(), topics.S3_EVENTS)
    assert len(seen[topics.retry(topics.S3_EVENTS)]) == 2  # two rounds of two attempts each
    assert len(seen[topics.DOC_INGESTED]) == 1


async def test_a_transient_failure_that_outlives_its_rounds_is_dead_lettered_as_transient(
    sample_pdf: bytes,
) -> None:
    store = FlakyStore(failures=100)
    store.write("inbox", "a/x y.pdf", sample_pdf)
    settings = IngestSettings(max_attempts=1, retry_rounds=2, retry_delay_s=0.01)
    app = ingest_app(settings, store=store, ledger=Ledger())
    seen = collect(app.broker, topics.dlq(topics.S3_EVENTS))  # type: ignore[arg-type]
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        await br.publish((SAMPLES / "versity_put.json").read_bytes(), topics.S3_EVENTS)
    (raw,) = seen[topics.dlq(topics.S3_EVENTS)]
    letter = DeadLetter.model_validate(raw)
    assert letter.failure == "transient" and letter.poison is None
    assert not letter.original_truncated  # replayable as is


async def test_a_message_that_keeps_failing_is_dead_lettered_after_n_tries() -> None:
    from stukken.platform.service import assemble

    stage, _ = assemble("ingest", IngestSettings(max_failures_in_a_row=3), MemoryStore())
    seen = collect(stage.broker, topics.dlq(topics.S3_EVENTS))  # type: ignore[arg-type]
    record = SimpleNamespace(
        topic=topics.S3_EVENTS, partition=0, offset=9, key=b"k", value=b"{}", headers=()
    )
    tries = 0

    async def fails() -> Any:
        nonlocal tries
        tries += 1
        raise RuntimeError("the dead-letter topic refused it")

    async with TestKafkaBroker(stage.broker):  # type: ignore[type-var]
        for _ in range(4):  # delivered again after each failure (nack)
            with contextlib.suppress(RuntimeError):
                await stage._guarded([record], fails)
    assert tries == 3  # then dead-lettered without another try
    (raw,) = seen[topics.dlq(topics.S3_EVENTS)]
    assert raw["poison"] == "repeated_failure" and "refused" in raw["error"]
    metrics = stage.metrics.exposition()[0].decode()
    assert 'stukken_ingest_poison_messages_total{kind="repeated_failure"} 1.0' in metrics
    assert 'stukken_ingest_messages_total{outcome="dead_lettered"} 1.0' in metrics
