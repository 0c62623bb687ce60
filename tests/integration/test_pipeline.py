"""End to end on the real stack: a PDF dropped in the bucket becomes searchable, and back."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from minio import Minio

from stukken.contracts import doc_id_for, topics
from stukken.ops import topic_partitions
from stukken.platform.settings import CommonSettings, IndexSettings, IngestSettings
from tests.stack import s3_client, wait_for


@pytest.fixture(scope="module")
def s3(stack: CommonSettings) -> Minio:
    """A plain S3 client, as any user would have."""
    return s3_client(stack)


@pytest.fixture(scope="module")
def api(stack: CommonSettings) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)


def put(s3: Minio, bucket: str, key: str, data: bytes) -> str:
    s3.put_object(bucket, key, io.BytesIO(data), len(data), content_type="application/pdf")
    return doc_id_for(bucket, key)


def indexed(api: httpx.Client, doc_id: str, version: str | None = None) -> dict[str, Any] | None:
    r = api.get(f"/documents/{doc_id}")
    if r.status_code != 200:
        return None
    doc: dict[str, Any] = r.json()
    return doc if version is None or doc["version"] == version else None


def test_a_dropped_pdf_is_found_by_search(
    stack: CommonSettings, s3: Minio, api: httpx.Client, sample_pdf: bytes
) -> None:
    key = f"it-{uuid.uuid4().hex}/regenboog.pdf"
    doc_id = put(s3, stack.bucket, key, sample_pdf)
    doc = wait_for("the document in the index", lambda: indexed(api, doc_id))
    assert doc["version"] == hashlib.sha256(sample_pdf).hexdigest()
    assert doc["source"]["key"] == key and doc["segments"]

    def hit() -> bool:
        hits = api.get("/search", params={"q": "regenboogprovincie", "size": 100}).json()["hits"]
        return any(h["doc_id"] == doc_id for h in hits)

    wait_for("a search hit", hit, timeout_s=15)


def test_same_bytes_twice_leave_one_document_and_delete_removes_it(
    stack: CommonSettings, s3: Minio, api: httpx.Client, sample_pdf: bytes
) -> None:
    key = f"it-{uuid.uuid4().hex}/twice.pdf"
    doc_id = put(s3, stack.bucket, key, sample_pdf)
    first = wait_for("first upload indexed", lambda: indexed(api, doc_id))
    put(s3, stack.bucket, key, sample_pdf)
    metrics = httpx.get(f"http://127.0.0.1:{IngestSettings().http_port}/metrics").text
    assert "stukken_ingest_messages_total" in metrics
    wait_for(
        "ingest to skip the duplicate",
        lambda: (
            _metric(IngestSettings().http_port, "stukken_ingest_messages_total", "skipped") >= 1
        ),
    )
    assert indexed(api, doc_id)["version"] == first["version"]  # type: ignore[index]

    s3.remove_object(stack.bucket, key)
    wait_for(
        "the delete to reach the index", lambda: api.get(f"/documents/{doc_id}").status_code == 404
    )


def test_new_bytes_under_the_same_key_replace_the_old_version(
    stack: CommonSettings, s3: Minio, api: httpx.Client, corpus: Path
) -> None:
    first, second = sorted((corpus / "kamervragen").glob("*.pdf"))[:2]
    key = f"it-{uuid.uuid4().hex}/replaced.pdf"
    doc_id = put(s3, stack.bucket, key, first.read_bytes())
    wait_for("first version", lambda: indexed(api, doc_id))
    put(s3, stack.bucket, key, second.read_bytes())
    new_version = hashlib.sha256(second.read_bytes()).hexdigest()
    wait_for("second version", lambda: indexed(api, doc_id, new_version))


def test_non_pdf_bytes_named_pdf_are_rejected_and_ingest_lives_on(
    stack: CommonSettings, s3: Minio, api: httpx.Client, sample_pdf: bytes
) -> None:
    key = f"it-{uuid.uuid4().hex}/not-really.pdf"
    doc_id = doc_id_for(stack.bucket, key)
    rejected = asyncio.run(
        _await_event(
            stack,
            topics.DOC_REJECTED,
            doc_id,
            lambda: put(s3, stack.bucket, key, b"<html>I am not a PDF</html>"),
        )
    )
    assert rejected["reason"] == "not_a_pdf" and rejected["stage"] == "ingest"
    assert httpx.get(f"http://127.0.0.1:{IngestSettings().http_port}/readyz").status_code == 200
    # and the next real document still goes through
    ok_id = put(s3, stack.bucket, f"it-{uuid.uuid4().hex}/after.pdf", sample_pdf)
    wait_for("a good document after the bad one", lambda: indexed(api, ok_id))


def test_a_broken_event_is_dead_lettered_and_the_stage_goes_on(
    stack: CommonSettings, s3: Minio, api: httpx.Client, sample_pdf: bytes
) -> None:
    marker = f"broken-{uuid.uuid4().hex}"
    letter = asyncio.run(
        _await_event(
            stack,
            topics.dlq(topics.DOC_SEGMENTED),
            marker,
            lambda: asyncio.run(_send(stack, topics.DOC_SEGMENTED, marker, b'{"doc_id": 42}')),
        )
    )
    assert letter["stage"] == "enrich" and letter["original"] == '{"doc_id": 42}'
    assert "schema violation" in letter["error"]
    ok_id = put(s3, stack.bucket, f"it-{uuid.uuid4().hex}/after-dlq.pdf", sample_pdf)
    wait_for("a good document after the dead letter", lambda: indexed(api, ok_id))


async def _send(stack: CommonSettings, topic: str, key: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key.encode())
    finally:
        await producer.stop()


async def _await_event(
    stack: CommonSettings, topic: str, key: str, action: Any, timeout_s: float = 60
) -> dict[str, Any]:
    """Start reading `topic` at its end, do `action`, and return the first event keyed `key`."""
    record = await _await_record(stack, topic, key, action, timeout_s)
    return json.loads(record.value)  # type: ignore[no-any-return]


async def _await_record(
    stack: CommonSettings, topic: str, key: str, action: Any, timeout_s: float = 60
) -> Any:
    """Start reading `topic` at its end, do `action`, and return the first record keyed `key`."""
    consumer = AIOKafkaConsumer(bootstrap_servers=stack.kafka_bootstrap, group_id=None)
    await consumer.start()
    try:
        partitions = await topic_partitions(stack.kafka_bootstrap, topic)
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        for tp in partitions:
            await consumer.position(tp)  # pin the end before acting
        await asyncio.to_thread(action)
        async with asyncio.timeout(timeout_s):
            async for record in consumer:
                if record.key == key.encode():
                    return record
    finally:
        await consumer.stop()
    raise AssertionError("unreachable")


def _metric(port: int, name: str, outcome: str) -> float:
    for line in httpx.get(f"http://127.0.0.1:{port}/metrics").text.splitlines():
        if line.startswith(f'{name}{{outcome="{outcome}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_an_object_whose_notification_never_came_is_still_ingested(
    stack: CommonSettings, api: httpx.Client, sample_pdf: bytes
) -> None:
    """Written into the gateway's folder behind its back: no bucket event at all."""
    key = f"it-{uuid.uuid4().hex}.pdf"
    (stack.var_dir / "s3" / stack.bucket / key).write_bytes(sample_pdf)
    doc_id = doc_id_for(stack.bucket, key)
    doc = wait_for("the reconciler to bring it in", lambda: indexed(api, doc_id))
    assert doc["version"] == hashlib.sha256(sample_pdf).hexdigest()
    (stack.var_dir / "s3" / stack.bucket / key).unlink()
    wait_for("its removal too", lambda: api.get(f"/documents/{doc_id}").status_code == 404)


@pytest.mark.parametrize(
    ("topic", "stage"), [(topics.DOC_INGESTED, "ingest"), (topics.DOC_ENRICHED, "enrich")]
)
def test_events_carry_cloudevents_headers(
    stack: CommonSettings, s3: Minio, sample_pdf: bytes, topic: str, stage: str
) -> None:
    key = f"ce-{uuid.uuid4().hex}/brief.pdf"
    doc_id = doc_id_for(stack.bucket, key)
    record = asyncio.run(
        _await_record(stack, topic, doc_id, lambda: put(s3, stack.bucket, key, sample_pdf))
    )
    headers = {name: bytes(value).decode() for name, value in record.headers}
    assert headers["ce_specversion"] == "1.0"
    assert headers["ce_type"] == f"nl.{topic}.v1"
    assert headers["ce_source"] == f"urn:stukken:{stage}"
    assert headers["ce_subject"] == doc_id
    assert headers["ce_id"] and headers["ce_time"]
    assert "traceparent" in headers  # the trace travels with the event
