"""Ingest on the real stack with a small size limit and a short index grace: a multipart upload
over the limit is rejected once and recorded (not re-sent every round), and a document the index
holds in a wrong version is repaired by the reconciler."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import psutil
import pytest

from stukken.contracts import DocRejected, Source, doc_id_for, topics
from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.platform.settings import CommonSettings, IngestSettings
from tests.faults.test_index_follows_bucket import _send, api, held, s3_of, upload_and_index
from tests.stack import wait_for

PART = 5 * 1024 * 1024  # the smallest part S3 allows
LIMIT = PART + PART // 2
INGEST_ENV = {
    "STUKKEN_INGEST_MAX_PDF_BYTES": str(LIMIT),
    "STUKKEN_INGEST_RECONCILE_INDEX_GRACE_S": "3",
}


def restart_ingest(stack: CommonSettings) -> int:
    pid_file = StackPaths.of(stack).pid_file("ingest")
    record = processes.live_record(pid_file)
    if record is not None:
        os.kill(record.pid, signal.SIGTERM)
        wait_for("ingest to stop", lambda: not processes.is_alive(record), timeout_s=60)
    report = local.up(stack)
    assert report.ok, [p.detail for p in report.parts if not p.healthy]
    started = processes.live_record(pid_file)
    assert started is not None
    return started.pid


@pytest.fixture(scope="module")
def ingest_pid(stack: CommonSettings) -> Iterator[int]:
    os.environ.update(INGEST_ENV)
    try:
        yield restart_ingest(stack)
    finally:
        for name in INGEST_ENV:
            os.environ.pop(name, None)
        restart_ingest(stack)


def metric(name: str) -> float:
    port = IngestSettings().http_port
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith(name) and not line.startswith("#")
    )


def ingest_log_lines(stack: CommonSettings, *needles: str) -> list[str]:
    log = StackPaths.of(stack).log_file("ingest")
    lines = log.read_text(errors="replace").splitlines()
    return [line for line in lines if all(n in line for n in needles)]


def test_a_multipart_upload_over_the_limit_is_rejected_once(
    stack: CommonSettings, ingest_pid: int
) -> None:
    client = api()
    key = f"multipart-{uuid.uuid4().hex}/big.pdf"
    doc_id = doc_id_for(stack.bucket, key)
    rss_before = psutil.Process(ingest_pid).memory_info().rss
    data = b"%PDF-1.7\n" + b"0" * (3 * PART)
    s3_of(stack).put_object(stack.bucket, key, io.BytesIO(data), -1, part_size=PART)

    wait_for(
        "the oversized upload recorded as rejected",
        lambda: (held(client, doc_id) or {}).get("state") == "rejected",
        timeout_s=60,
    )
    rounds = metric("stukken_ingest_reconcile_seconds_count")
    wait_for(
        "three more reconciliation rounds",
        lambda: metric("stukken_ingest_reconcile_seconds_count") >= rounds + 3,
        timeout_s=60,
    )
    rejections = ingest_log_lines(stack, '"event": "rejected"', doc_id)
    assert len(rejections) == 1, rejections
    assert '"too_large"' in rejections[0]
    listed = client.get("/documents", params={"limit": 500}).json()["documents"]
    (mine,) = [d for d in listed if d["doc_id"] == doc_id]
    assert mine["rejection"]["reason"] == "too_large"
    grown = psutil.Process(ingest_pid).memory_info().rss - rss_before
    assert grown < LIMIT, f"ingest grew by {grown} bytes for an object it must not read"


def test_a_document_held_in_a_wrong_version_by_the_index_is_repaired(
    stack: CommonSettings, ingest_pid: int, sample_pdf: bytes
) -> None:
    client = api()
    key = f"stale-{uuid.uuid4().hex}/letter.pdf"
    doc_id = upload_and_index(stack, client, key, sample_pdf)
    good = held(client, doc_id)
    assert good is not None and good["state"] == "indexed"
    repaired_before = metric('stukken_ingest_reconcile_repaired_total{kind="stale_index"}')

    # Behind the pipeline's back: a rejection of a version the bucket never had.
    source = Source(
        bucket=stack.bucket, key=key, size=1, sha256="f" * 64, uploaded_at=datetime.now(UTC)
    )
    forged = DocRejected(
        doc_id=doc_id,
        version="f" * 64,
        source=source,
        stage="segment",
        reason="forged",
        detail="sent straight to Kafka",
    )
    asyncio.run(_send(stack, topics.DOC_REJECTED, doc_id, forged.model_dump_json().encode()))
    wait_for(
        "the forged rejection in the index",
        lambda: (held(client, doc_id) or {}).get("version") == "f" * 64,
        timeout_s=30,
    )
    started = time.monotonic()
    wait_for(
        "the reconciler to put the bucket's version back",
        lambda: held(client, doc_id) == good,
        timeout_s=60,
    )
    assert metric('stukken_ingest_reconcile_repaired_total{kind="stale_index"}') > repaired_before
    print(f"repaired in {time.monotonic() - started:.1f} s")
