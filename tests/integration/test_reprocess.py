"""stukken reprocess on the real stack: documents re-run through enrich come back as updates of
the same version, the index changes in place (no duplicates), and search answers throughout."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaProducer
from typer.testing import CliRunner

from stukken.cli import app
from stukken.contracts import DocEnriched, EnrichedDocument, doc_id_for, topics
from stukken.platform.log_reader import current_documents
from stukken.platform.settings import CommonSettings, IndexSettings
from tests.stack import s3_client, wait_for

DOCS = [
    "kamervragen/00fe7edd-24c8-4857-98da-774ed3b06836.pdf",
    "kamervragen/1b38043f-a835-4a63-a135-42c593d3ba77.pdf",
    "breadth/kamerbrief-2011-draagmoederschap.pdf",
]


def test_reprocess_enrich_updates_in_place_with_search_answering(
    stack: CommonSettings, corpus: Path
) -> None:
    api = httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)
    s3 = s3_client(stack)
    prefix = f"reprocess-{uuid.uuid4().hex[:8]}/"
    ids = {}
    for name in DOCS:
        data = (corpus / name).read_bytes()
        s3.put_object(stack.bucket, prefix + name, io.BytesIO(data), len(data), "application/pdf")
        ids[doc_id_for(stack.bucket, prefix + name)] = hashlib.sha256(data).hexdigest()

    def indexed() -> bool:
        return all(
            api.get(f"/documents/{d}").json().get("version") == v
            and api.get(f"/documents/{d}").json().get("logic_version")
            for d, v in ids.items()
        )

    wait_for("the documents indexed with their logic version", indexed, timeout_s=180)

    def searchable() -> bool:  # a document read sees staged writes, search committed ones
        return all(api.get("/search", params={"q": f"doc_id:{d}"}).json()["hits"] for d in ids)

    wait_for("the documents searchable", searchable, timeout_s=30)
    query = {"q": "minister", "size": 100}
    before = sorted(h["doc_id"] for h in api.get("/search", params=query).json()["hits"])
    assert set(ids) & set(before)
    failures: list[str] = []
    stop = threading.Event()

    def keep_searching() -> None:
        with httpx.Client(base_url=str(api.base_url), timeout=10) as client:
            while not stop.is_set():
                r = client.get("/search", params=query)
                hits = [h["doc_id"] for h in r.json().get("hits", [])]
                if r.status_code != 200 or sorted(hits) != before:
                    failures.append(f"{r.status_code}: {len(hits)} hits")

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        args = ["reprocess", "--stage", "enrich", "--prefix", prefix, "--rate", "20"]
        result = CliRunner().invoke(app, [*args, "--wait", "120"])
        # a newer enrichment logic (same bytes): the index must take it as an update in place
        target = next(iter(ids))
        asyncio.run(_publish_rerun(stack, api.get(f"/documents/{target}").json()))
        wait_for(
            "the re-run of newer logic in the index",
            lambda: api.get(f"/documents/{target}").json()["logic_version"].endswith("enrich:99"),
        )
    finally:
        stop.set()
        searcher.join()
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # the console wraps lines
    assert f"{len(DOCS)} selected, {len(DOCS)} sent" in said
    assert f"{len(DOCS)} results back, 0 changed, 0 pending" in said  # the same logic
    assert failures == []
    stored = api.get(f"/documents/{target}").json()
    assert stored["version"] == ids[target] and stored["references"] == []
    after = sorted(h["doc_id"] for h in api.get("/search", params=query).json()["hits"])
    assert after == before  # no duplicates, nothing lost
    log = asyncio.run(current_documents(stack.kafka_bootstrap))
    assert (log[target].logic_version or "").endswith("enrich:99")


async def _publish_rerun(stack: CommonSettings, stored: dict[str, Any]) -> None:
    doc = EnrichedDocument.model_validate(stored)
    doc = doc.model_copy(update={"references": [], "logic_version": "segment:2+enrich:99"})
    event = DocEnriched(
        doc_id=doc.doc_id,
        version=doc.version,
        source=doc.source,
        document=doc,
        logic_version=doc.logic_version,
    )
    producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap)
    await producer.start()
    try:
        body = json.dumps(json.loads(event.model_dump_json())).encode()
        await producer.send_and_wait(topics.DOC_ENRICHED, body, key=doc.doc_id.encode())
    finally:
        await producer.stop()
