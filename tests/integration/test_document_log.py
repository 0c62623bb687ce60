"""The document log on the real stack: upload, delete, overwrite; a late reader sees exactly the
live documents at their latest version; claims of superseded versions are collected; the index
is rebuilt from the log and swapped in while search answers throughout."""

from __future__ import annotations

import asyncio
import hashlib
import io
import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from typer.testing import CliRunner

from services.segment.ocr_results import job_key, result_key
from stukken.cli import app
from stukken.contracts import EnrichedDocument, doc_id_for
from stukken.contracts.document_log import TOPIC_CONFIGS, decode
from stukken.contracts.ocr import OcrProgress
from stukken.contracts.topics import DOCUMENTS, OCR_PROGRESS
from stukken.platform.claimcheck import check_out
from stukken.platform.log_reader import current_documents, read_log
from stukken.platform.settings import CommonSettings, IndexSettings
from stukken.platform.storage import S3Store
from tests.stack import s3_client, wait_for

SOURCES = (
    "kamervragen/00fe7edd-24c8-4857-98da-774ed3b06836.pdf",
    "kamervragen/01b2bcad-7296-43bb-bc44-e727fc69b23f.pdf",
    "kamervragen/1aa9bd01-68a1-4a4a-a808-5b0183bc217a.pdf",
    "kamervragen/1b0f0b98-7c34-418c-98dc-43de7930e685.pdf",
    "kamervragen/1b38043f-a835-4a63-a135-42c593d3ba77.pdf",
    "kamervragen/1c0f765c-d7b4-455e-a241-35a4e9a9dc36.pdf",
    "woo/191220.pdf",
    "woo/VWS-WOO-184702-FW_Testkosten_.pdf",
    "breadth/kamerbrief-2011-draagmoederschap.pdf",
    # its enriched JSON (~100 KB) is above the test stack's claim-check size: a payload_ref
    "breadth/bnc-fiche-5-mifid.pdf",
)
# 50 documents (key -> corpus file; bytes repeat under other keys, each key is a document),
# then 5 deleted and 5 overwritten with other bytes: 45 live ones
ORIGINALS = {
    f"n{i:02d}/{Path(SOURCES[i % len(SOURCES)]).name}": SOURCES[i % len(SOURCES)] for i in range(50)
}
DELETED = [name for name in ORIGINALS if name.startswith(("n00/", "n01/", "n02/", "n12/", "n13/"))]
LARGE = "n09/bnc-fiche-5-mifid.pdf"  # the overwritten large letter: its claim becomes superseded
OVERWRITES = {
    LARGE: "breadth/motie-kst-32545-143.pdf",
    "n03/1b0f0b98-7c34-418c-98dc-43de7930e685.pdf": "breadth/notitie-kiesraad-reactie-veritas.pdf",
    "n14/1b38043f-a835-4a63-a135-42c593d3ba77.pdf": "breadth/tk-besluitenlijst-2009-bzk.pdf",
    "n25/1c0f765c-d7b4-455e-a241-35a4e9a9dc36.pdf": "breadth/motie-kst-32545-143.pdf",
    "n36/191220.pdf": "breadth/notitie-kiesraad-reactie-veritas.pdf",
}
QUERIES = ["minister", "vragen", "Woo-verzoek", "Kamer", "kiesraad OR motie"]


@pytest.fixture(scope="module")
def api(stack: CommonSettings) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)


@pytest.fixture(scope="module")
def corpus_state(stack: CommonSettings, corpus: Path, api: httpx.Client) -> dict[str, Any]:
    """Upload the originals, delete some, overwrite some; wait until the index shows it all."""
    s3 = s3_client(stack)
    prefix = f"doclog-{uuid.uuid4().hex[:8]}/"

    def put(name: str, source: str) -> tuple[str, str]:
        data = (corpus / source).read_bytes()
        key = prefix + name
        s3.put_object(stack.bucket, key, io.BytesIO(data), len(data), "application/pdf")
        return doc_id_for(stack.bucket, key), hashlib.sha256(data).hexdigest()

    def settled(state: dict[str, str | None]) -> bool:
        return all(_indexed(api, doc_id, version) for doc_id, version in state.items())

    first = {name: put(name, source) for name, source in ORIGINALS.items()}
    wait_for("the originals indexed", lambda: settled(dict(first.values())), timeout_s=300)
    for name in DELETED:
        s3.remove_object(stack.bucket, prefix + name)
    live = {doc_id: v for name, (doc_id, v) in first.items() if name not in DELETED}
    for name, source in OVERWRITES.items():
        doc_id, version = put(name, source)
        live[doc_id] = version
    gone: dict[str, str | None] = {first[name][0]: None for name in DELETED}
    wait_for("deletes and overwrites indexed", lambda: settled({**live, **gone}), timeout_s=300)
    return {"prefix": prefix, "live": live, "first": first}


def _indexed(api: httpx.Client, doc_id: str, version: str | None) -> bool:
    """The index holds `version` of the document (None: the document is not there)."""
    r = api.get(f"/documents/{doc_id}")
    if version is None:
        return r.status_code == 404
    return r.status_code == 200 and r.json()["version"] == version


def _ours(stack: CommonSettings, prefix: str) -> dict[str, str]:
    """doc_id -> version of the live documents under `prefix`, as the document log says."""
    live = asyncio.run(current_documents(stack.kafka_bootstrap))
    return {d: e.version for d, e in live.items() if e.source.key.startswith(prefix)}


def test_a_late_reader_sees_exactly_the_live_documents_at_their_latest_version(
    stack: CommonSettings, corpus_state: dict[str, Any]
) -> None:
    expected = corpus_state["live"]
    assert len(expected) == 45 and len(DELETED) == 5 and len(OVERWRITES) == 5
    wait_for("the log to match", lambda: _ours(stack, corpus_state["prefix"]) == expected, 30)

    # a brand-new consumer group, from the beginning, folding the last record per key
    seen = asyncio.run(_fold_as_new_group(stack, corpus_state["prefix"]))
    assert seen["live"] == expected
    assert seen["tombstones"] >= len(DELETED)  # null values, not empty strings
    store = S3Store(stack)
    for event in seen["events"].values():
        doc = event.document or check_out(store, event.payload_ref, EnrichedDocument)
        assert doc.version == event.version and doc.segments
    assert any(e.payload_ref for e in seen["events"].values()), "no claim-checked record"
    assert seen["headers"] >= {"ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject"}


async def _fold_as_new_group(stack: CommonSettings, prefix: str) -> dict[str, Any]:
    consumer = AIOKafkaConsumer(
        DOCUMENTS,
        bootstrap_servers=stack.kafka_bootstrap,
        group_id=f"test-late-reader-{uuid.uuid4().hex}",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    events: dict[str, Any] = {}
    tombstones = 0
    headers: set[str] = set()
    try:
        async with asyncio.timeout(60):
            while not consumer.assignment():  # join the group, get the partitions
                await consumer.getmany(timeout_ms=200)
            await consumer.seek_to_beginning()
            ends = await consumer.end_offsets(list(consumer.assignment()))
            while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for r in records:
                        doc_id = (r.key or b"").decode()
                        headers |= {name for name, _ in r.headers}
                        if r.value is None:
                            if events.pop(doc_id, None) is not None:
                                tombstones += 1
                            continue
                        event = decode(r.value)
                        if event is not None and event.source.key.startswith(prefix):
                            events[doc_id] = event
    finally:
        await consumer.stop()
    live = {d: e.version for d, e in events.items()}
    return {"live": live, "events": events, "tombstones": tombstones, "headers": headers}


def test_the_topic_is_compacted_with_the_documented_settings(stack: CommonSettings) -> None:
    async def describe() -> dict[str, str]:
        admin = AIOKafkaAdminClient(bootstrap_servers=stack.kafka_bootstrap)
        await admin.start()
        try:
            (response,) = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, DOCUMENTS)]
            )
            (resource,) = response.resources
            return {entry[0]: entry[1] for entry in resource[4]}
        finally:
            await admin.close()

    configs = asyncio.run(describe())
    for name, value in TOPIC_CONFIGS[DOCUMENTS].items():
        assert configs[name] == value, name


def test_claims_of_superseded_versions_are_collected(
    stack: CommonSettings, corpus_state: dict[str, Any]
) -> None:
    doc_id = corpus_state["first"][LARGE][0]
    history = asyncio.run(_history(stack, doc_id))
    old_refs = [e.payload_ref.key for e in history if e and e.payload_ref]
    assert old_refs, "the large first version should have been claim-checked"
    store = S3Store(stack)
    assert store.exists(stack.artifact_bucket, old_refs[0])
    live = asyncio.run(current_documents(stack.kafka_bootstrap))
    referenced = {e.payload_ref.key for e in live.values() if e.payload_ref}

    result = CliRunner().invoke(app, ["claims", "gc", "--grace-days", "0"])
    assert result.exit_code == 0, result.output
    assert "deleted" in result.output
    if old_refs[0] not in referenced:  # another live document may share the same bytes
        assert not store.exists(stack.artifact_bucket, old_refs[0])
    for key in referenced:
        assert store.exists(stack.artifact_bucket, key), key


def test_ocr_readings_of_versions_neither_live_nor_being_read_are_collected(
    stack: CommonSettings, corpus_state: dict[str, Any]
) -> None:
    store, bucket = S3Store(stack), stack.artifact_bucket
    live_version = next(iter(corpus_state["live"].values()))
    stale, busy = (f"gc-{what}-{uuid.uuid4().hex}" for what in ("stale", "busy"))
    versions = (live_version, stale, busy)
    keys = {v: [job_key(v), result_key(v, 1), result_key(v, 2)] for v in versions}
    for version_keys in keys.values():
        for key in version_keys:
            store.write(bucket, key, b"{}", "application/json")
    progress = OcrProgress(doc_id=f"gc-{busy}", version=busy, key="gc.pdf", pages_total=2)
    asyncio.run(_send(stack, OCR_PROGRESS, progress.doc_id, progress.model_dump_json()))

    result = CliRunner().invoke(app, ["claims", "gc", "--grace-days", "0"])
    assert result.exit_code == 0, result.output
    assert "OCR artifacts" in result.output
    assert not any(store.exists(bucket, k) for k in keys[stale]), result.output
    for key in keys[live_version] + keys[busy]:
        assert store.exists(bucket, key), key


async def _send(stack: CommonSettings, topic: str, key: str, value: str) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value.encode(), key=key.encode())
    finally:
        await producer.stop()


async def _history(stack: CommonSettings, doc_id: str) -> list[Any]:
    return [r.event async for r in read_log(stack.kafka_bootstrap) if r.doc_id == doc_id]


def test_index_rebuild_from_the_log_swaps_in_without_a_gap_in_search(
    stack: CommonSettings, corpus_state: dict[str, Any], api: httpx.Client
) -> None:
    ours = corpus_state["live"]  # other tests' documents may still be on their way: not compared

    def mine(client: httpx.Client, q: str) -> tuple[int, list[tuple[str, str | None]]]:
        """Our hits among all hits, page by page: the stack holds other tests' documents too,
        and which of ours make a top-100 depends on corpus statistics a rebuild changes."""
        found: list[tuple[str, str | None]] = []
        for page in range(1, 50):
            r = client.get("/search", params={"q": q, "size": 100, "page": page})
            if r.status_code != 200:
                return r.status_code, []
            hits = r.json().get("hits", [])
            found += [(h["doc_id"], h["version"]) for h in hits if h["doc_id"] in ours]
            if len(hits) < 100:
                break
        return 200, sorted(found)

    def results() -> dict[str, list[tuple[str, str | None]]]:
        out = {}
        for q in QUERIES:
            status, hits = mine(api, q)
            assert status == 200, status
            out[q] = hits
        return out

    before = results()
    assert before[QUERIES[0]], before  # the query searched throughout finds some of ours
    failures: list[str] = []
    answered = 0
    stop = threading.Event()

    def keep_searching() -> None:
        nonlocal answered
        with httpx.Client(base_url=str(api.base_url), timeout=10) as client:
            # Paging is not atomic: a swap between two pages' requests can move a hit across
            # the page boundary once. A gap is what two answers in a row both miss.
            missed_before: set[tuple[str, str | None]] = set()
            while not stop.is_set():
                status, hits = mine(client, QUERIES[0])
                missed = set(before[QUERIES[0]]) - set(hits)
                if status != 200 or (missed & missed_before):
                    failures.append(f"{status}: missing {sorted(missed & missed_before)}")
                missed_before = missed
                answered += 1

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        result = CliRunner().invoke(app, ["index", "rebuild", "--timeout", "300"])
    finally:
        stop.set()
        searcher.join()
    assert result.exit_code == 0, result.output
    assert "rebuilt" in result.output
    assert answered > 0 and failures == []
    status = api.get("/admin/index/rebuild").json()
    assert status["state"] == "done" and status["generation"].startswith("index.gen-")
    pointer = stack.var_dir / "index.current"
    assert pointer.read_text().strip() == status["generation"]
    assert results() == before
    for doc_id, version in ours.items():
        assert _indexed(api, doc_id, version)


def test_uploads_during_a_rebuild_are_in_the_new_index(
    stack: CommonSettings, corpus: Path, api: httpx.Client
) -> None:
    """Whatever the live index takes while the new one is built reaches the new one too: from
    the log's end noted at start, or the catch-up between batches, or live after the swap."""
    s3 = s3_client(stack)
    prefix = f"during-rebuild-{uuid.uuid4().hex[:8]}/"
    started = api.post("/admin/index/rebuild")
    assert started.status_code == 202
    expected = {}
    for i, source in enumerate(SOURCES[:6]):
        data = (corpus / source).read_bytes()
        key = f"{prefix}{i}.pdf"
        s3.put_object(stack.bucket, key, io.BytesIO(data), len(data), "application/pdf")
        expected[doc_id_for(stack.bucket, key)] = hashlib.sha256(data).hexdigest()
    wait_for(
        "the rebuild to finish",
        lambda: api.get("/admin/index/rebuild").json()["state"] in ("done", "failed"),
    )
    assert api.get("/admin/index/rebuild").json()["state"] == "done"
    for doc_id, version in expected.items():
        wait_for(f"{doc_id} in the new index", lambda: _indexed(api, doc_id, version), 120)  # noqa: B023
