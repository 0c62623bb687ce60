"""Poison messages, an S3 outage and a stalled stage, on the real stack.

Each poison kind, on the single-partition `stukken.s3-events` and on a later stage's topic, becomes
a bounded dead letter within seconds; a PDF uploaded right after it is searchable; the stage's log
grows by kilobytes, not gigabytes. Documents caught by an S3 outage longer than the stages' retries
in place come back by themselves. A stage that stops moving with work waiting says so on /readyz.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from minio import Minio

from stukken.contracts import DocIngested, Source, doc_id_for, topics
from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.ops import topic_partitions
from stukken.platform.settings import SERVICE_SETTINGS, CommonSettings, IndexSettings
from tests.stack import s3_client, wait_for

DEEP = b"[" * 100_000 + b"]" * 100_000  # 200 KB: RecursionError in a JSON decoder
JSON = [("content-type", b"application/json")]
POISON: dict[str, tuple[bytes, list[tuple[str, bytes]], set[str]]] = {
    "deep-json": (DEEP, JSON, {"too_deep"}),
    "invalid-json-with-header": (b'{"Records": [{"s3": ', JSON, {"undecodable"}),
    "700-kb": (json.dumps({"x": "a" * 700_000}).encode(), JSON, {"wrong_shape"}),
    "wrong-shape": (b'{"doc_id": 42, "Records": 7}', JSON, {"wrong_shape"}),
    "binary-blob": (
        os.urandom(64 * 1024),
        [("content-type", b"text/plain"), ("x-junk", b"\xff\xfe\x00")],
        {"undecodable"},
    ),
}
STAGE_OF = {
    topics.S3_EVENTS: "ingest",
    topics.DOC_SEGMENTED: "enrich",
    topics.DOC_ENRICHED: "index",
}
LETTER_LIMIT = 16 * 1024  # a dead letter is a few KB whatever the original was
LOG_GROWTH_LIMIT = 1024 * 1024


@pytest.fixture(scope="module")
def s3(stack: CommonSettings) -> Minio:
    return s3_client(stack)


@pytest.fixture(scope="module")
def api(stack: CommonSettings) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)


def port_of(stage: str) -> int:
    return int(SERVICE_SETTINGS[stage]().http_port)  # type: ignore[attr-defined]


def upload(s3: Minio, bucket: str, key: str, data: bytes) -> str:
    s3.put_object(bucket, key, io.BytesIO(data), len(data), content_type="application/pdf")
    return doc_id_for(bucket, key)


def searchable(api: httpx.Client, doc_id: str) -> bool:
    return api.get(f"/documents/{doc_id}").status_code == 200


async def send(
    stack: CommonSettings, topic: str, key: str, value: bytes, headers: list[tuple[str, bytes]]
) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=stack.kafka_bootstrap, max_request_size=2 * 1024 * 1024
    )
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key.encode(), headers=headers)
    finally:
        await producer.stop()


async def first_keyed(
    stack: CommonSettings, topic: str, key: str, action: Any, timeout_s: float
) -> dict[str, Any]:
    """Read `topic` from its end, do `action`, return the first message keyed `key` (and size)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=stack.kafka_bootstrap, group_id=None)
    await consumer.start()
    try:
        partitions = await topic_partitions(stack.kafka_bootstrap, topic)
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        for tp in partitions:
            await consumer.position(tp)
        await action()
        async with asyncio.timeout(timeout_s):
            async for record in consumer:
                if record.key == key.encode() and record.value is not None:
                    return json.loads(record.value) | {"_bytes": len(record.value)}
    finally:
        await consumer.stop()
    raise AssertionError("unreachable")


def metric(stage: str, name: str) -> float:
    """The sum of every sample of `name` on the stage's /metrics."""
    text = httpx.get(f"http://127.0.0.1:{port_of(stage)}/metrics", timeout=5).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith(name) and line[len(name)] in " {"
    )


@pytest.mark.parametrize("topic", list(STAGE_OF), ids=["s3", "enrich", "index-batch"])
@pytest.mark.parametrize("kind", list(POISON))
def test_poison_is_dead_lettered_and_the_next_upload_is_searchable(
    stack: CommonSettings, s3: Minio, api: httpx.Client, sample_pdf: bytes, topic: str, kind: str
) -> None:
    body, headers, expected = POISON[kind]
    stage = STAGE_OF[topic]
    log = StackPaths.of(stack).log_file(stage)
    log_before = log.stat().st_size
    dead_before = metric(stage, f"stukken_{stage}_messages_total")
    marker = f"poison-{kind}-{uuid.uuid4().hex}"
    started = time.monotonic()

    letter = asyncio.run(
        first_keyed(
            stack,
            topics.dlq(topic),
            marker,
            lambda: send(stack, topic, marker, body, headers),
            timeout_s=20,
        )
    )
    took = time.monotonic() - started
    assert letter["stage"] == stage and letter["poison"] in expected, letter
    assert letter["_bytes"] < LETTER_LIMIT, letter["_bytes"]
    assert letter["original_size"] == len(body)
    assert letter["original_sha256"] == hashlib.sha256(body).hexdigest()
    if letter["original_truncated"]:  # large or binary: the whole of it is in the bucket
        ref = letter["original_ref"]
        stored = s3.get_object(ref["bucket"], ref["key"]).read()
        assert stored == body
    assert took < 15, f"dead-lettered after {took:.1f} s"

    doc_id = upload(s3, stack.bucket, f"after-{marker}.pdf", sample_pdf)
    wait_for(f"an upload after {kind} to be searchable", lambda: searchable(api, doc_id), 15)
    assert metric(stage, f"stukken_{stage}_messages_total") > dead_before
    assert metric(stage, f"stukken_{stage}_poison_messages_total") >= 1
    assert log.stat().st_size - log_before < LOG_GROWTH_LIMIT


def variants(corpus: Path, copies: int) -> Iterator[tuple[str, bytes]]:
    """Distinct versions of the letters in the corpus (a comment after %%EOF changes the hash)."""
    for pdf in sorted((corpus / "kamervragen").glob("*.pdf")):
        for n in range(copies):
            yield f"{pdf.stem}-{n}.pdf", pdf.read_bytes() + f"\n% copy {n}\n".encode()


def test_documents_caught_by_an_s3_outage_come_back_by_themselves(
    stack: CommonSettings, s3: Minio, api: httpx.Client, corpus: Path
) -> None:
    """The gateway is down for longer than a stage retries in place (~7.5 s): what failed goes
    round the stage's retry topic and is indexed once S3 is back, with no `dlq replay`."""
    stages = ("ingest", "segment", "enrich", "index")
    retries_before = sum(metric(s, f"stukken_{s}_dlq_retries_total") for s in stages)
    run = uuid.uuid4().hex
    doc_ids = [
        upload(s3, stack.bucket, f"outage-{run}/{name}", data) for name, data in variants(corpus, 3)
    ]
    gateway = StackPaths.of(stack).pid_file("s3gateway")
    outage_started = time.monotonic()
    stopped = processes.stop(gateway, timeout_s=10)
    assert stopped == "stopped" or stopped.startswith("killed"), stopped
    try:
        wait_for(
            "a stage to give a document to its retry topic",
            lambda: (
                sum(metric(s, f"stukken_{s}_dlq_retries_total") for s in stages) > retries_before
            ),
            timeout_s=60,
        )
        time.sleep(max(0.0, 20 - (time.monotonic() - outage_started)))  # the outage lasts 20 s
    finally:
        report = local.up(stack)
    assert report.ok, [p.detail for p in report.parts if not p.healthy]
    for doc_id in doc_ids:
        wait_for(f"{doc_id} searchable after the outage", lambda d=doc_id: searchable(api, d), 120)


def test_readyz_is_red_while_a_stage_is_stalled_and_green_after(stack: CommonSettings) -> None:
    """Segment's S3 calls hang while the gateway is frozen (SIGSTOP): with a document waiting
    and none finished, segment is stalled; once the gateway runs again, it moves and is ready."""
    segment = f"http://127.0.0.1:{port_of('segment')}"
    gateway = processes.live_record(StackPaths.of(stack).pid_file("s3gateway"))
    assert gateway is not None
    key = f"stall-{uuid.uuid4().hex}.pdf"
    event = DocIngested(
        doc_id=doc_id_for(stack.bucket, key),
        version=hashlib.sha256(key.encode()).hexdigest(),
        source=Source(bucket=stack.bucket, key=key, size=1, sha256="0" * 64),
    )
    os.kill(gateway.pid, signal.SIGSTOP)
    try:
        asyncio.run(
            send(stack, topics.DOC_INGESTED, event.doc_id, event.model_dump_json().encode(), [])
        )

        def stalled() -> dict[str, Any] | None:
            r = httpx.get(f"{segment}/readyz", timeout=15)
            body: dict[str, Any] = r.json()
            return body if r.status_code == 503 and body["progress"]["stalled"] else None

        red = wait_for("segment to report itself stalled", stalled, timeout_s=60)
        assert red["checks"]["progress"] is False and red["progress"]["lag"] >= 1
        assert metric("segment", "stukken_segment_stalled") == 1
        assert metric("segment", "stukken_segment_lag_messages") >= 1
    finally:
        os.kill(gateway.pid, signal.SIGCONT)

    def green() -> bool:
        return httpx.get(f"{segment}/readyz", timeout=15).status_code == 200

    wait_for("segment ready again", green, timeout_s=120)
    assert metric("segment", "stukken_segment_stalled") == 0


def test_a_letter_kept_by_reference_is_replayed_whole(stack: CommonSettings) -> None:
    """`stukken dlq replay` sends back the whole 700 KB original from the bucket, not the
    preview in the letter: enrich fails on it again, and the new letter has the same hash."""
    from stukken.ops import replay_dead_letters
    from stukken.platform.storage import S3Store

    body, headers, _ = POISON["700-kb"]
    marker = f"replay-{uuid.uuid4().hex}"
    topic = topics.dlq(topics.DOC_SEGMENTED)
    first = asyncio.run(
        first_keyed(
            stack,
            topic,
            marker,
            lambda: send(stack, topics.DOC_SEGMENTED, marker, body, headers),
            20,
        )
    )
    assert first["original_truncated"] and first["original_ref"] is not None

    async def replay() -> None:
        done = await replay_dead_letters(stack.kafka_bootstrap, "enrich", S3Store(stack))
        assert done.sent >= 1

    again = asyncio.run(first_keyed(stack, topic, marker, replay, 30))
    assert again["original_sha256"] == first["original_sha256"]
    assert again["original_size"] == len(body)
