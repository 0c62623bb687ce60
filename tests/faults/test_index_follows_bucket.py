"""The index follows the bucket, on the real stack: a rejected overwrite leaves search and says
why, a forged delete of a live object is ignored."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from minio import Minio
from typer.testing import CliRunner

from stukken.cli import app as cli
from stukken.contracts import DocIngested, Source, doc_id_for, topics
from stukken.localstack.layout import StackPaths
from stukken.platform.settings import CommonSettings, IndexSettings
from tests.faults.test_hostile_pdfs import encrypted, truncated
from tests.stack import s3_client, wait_for

OVERWRITES: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "not a pdf": (lambda: b"<html>404</html>", "ingest", "not_a_pdf"),
    "empty": (lambda: b"", "ingest", "empty_object"),
    "encrypted": (encrypted, "segment", "encrypted"),
    "truncated": (truncated, "segment", "unreadable_pdf"),
}


def s3_of(stack: CommonSettings) -> Minio:
    return s3_client(stack)


def api() -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)


def held(client: httpx.Client, doc_id: str) -> dict[str, Any] | None:
    """What the index holds of the document: {"version", "state"} or None."""
    answer = client.post("/index/versions", json={"doc_ids": [doc_id]}).json()
    found: dict[str, Any] | None = answer.get(doc_id)
    return found


def found_by_search(client: httpx.Client, doc_id: str) -> int:
    response = client.get("/search", params={"q": f"doc_id:{doc_id}"})
    assert response.status_code == 200, response.text
    return int(response.json()["total"])


def upload_and_index(stack: CommonSettings, client: httpx.Client, key: str, data: bytes) -> str:
    s3_of(stack).put_object(stack.bucket, key, io.BytesIO(data), len(data))
    doc_id = doc_id_for(stack.bucket, key)
    wait_for(f"{key} indexed", lambda: found_by_search(client, doc_id) == 1, timeout_s=90)
    return doc_id


@pytest.mark.parametrize("case", OVERWRITES)
def test_an_overwrite_with_rejected_bytes_takes_the_old_version_out_of_search(
    stack: CommonSettings, sample_pdf: bytes, case: str
) -> None:
    build, stage, reason = OVERWRITES[case]
    client = api()
    key = f"reject-{uuid.uuid4().hex}/letter.pdf"
    doc_id = upload_and_index(stack, client, key, sample_pdf)
    bad = build()
    s3_of(stack).put_object(stack.bucket, key, io.BytesIO(bad), len(bad))

    wait_for(
        f"{case} recorded as rejected",
        lambda: (held(client, doc_id) or {}).get("state") == "rejected",
        timeout_s=60,
    )
    # the index's get() sees the rejection at once, its search after the next commit (~0.25 s)
    wait_for(
        f"{case}: the old version out of search", lambda: found_by_search(client, doc_id) == 0, 10
    )
    assert client.get(f"/documents/{doc_id}").status_code == 404
    shown = CliRunner().invoke(cli, ["docs", "--json", "--limit", "500"])
    assert shown.exit_code == 0, shown.output
    (mine,) = [d for d in json.loads(shown.output)["documents"] if d["doc_id"] == doc_id]
    assert mine["state"] == "rejected"
    assert (mine["rejection"]["stage"], mine["rejection"]["reason"]) == (stage, reason)


def test_a_forged_delete_of_an_object_still_in_the_bucket_is_ignored(
    stack: CommonSettings, sample_pdf: bytes
) -> None:
    client = api()
    key = f"forged-{uuid.uuid4().hex}/letter.pdf"
    doc_id = upload_and_index(stack, client, key, sample_pdf)
    source = Source(bucket=stack.bucket, key=key, size=0, sha256="")
    forged = DocIngested(doc_id=doc_id, version="", op="delete", source=source)
    asyncio.run(_send(stack, topics.DOC_INGESTED, doc_id, forged.model_dump_json().encode()))

    log = StackPaths.of(stack).log_file("index")
    wait_for(
        "the index to refuse the forged delete",
        lambda: any(
            '"delete ignored"' in line and doc_id in line
            for line in log.read_text(errors="replace").splitlines()
        ),
        timeout_s=60,
    )
    assert found_by_search(client, doc_id) == 1
    assert (held(client, doc_id) or {}).get("state") == "indexed"


async def _send(stack: CommonSettings, topic: str, key: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key.encode())
    finally:
        await producer.stop()


def test_a_key_the_gateway_stores_cleaned_is_one_document(
    stack: CommonSettings, sample_pdf: bytes
) -> None:
    client = api()
    run = uuid.uuid4().hex
    raw, clean = f"dots-{run}//letter.pdf", f"dots-{run}/letter.pdf"
    s3_of(stack).put_object(stack.bucket, raw, io.BytesIO(sample_pdf), len(sample_pdf))
    clean_id, raw_id = doc_id_for(stack.bucket, clean), doc_id_for(stack.bucket, raw)
    wait_for("the cleaned key indexed", lambda: found_by_search(client, clean_id) == 1, 90)
    assert held(client, raw_id) is None
    log = StackPaths.of(stack).log_file("ingest")
    assert not any(
        '"dead-lettered"' in line and run in line
        for line in log.read_text(errors="replace").splitlines()
    )
