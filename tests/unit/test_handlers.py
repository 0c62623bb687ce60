"""Handler logic through FastStream's in-memory TestKafkaBroker: no real broker here.

The same flows run against the real Kafka and S3 server in tests/integration.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from faststream.kafka import KafkaBroker, TestKafkaBroker
from faststream.kafka.annotations import KafkaMessage

from services.enrich.app import create_app as enrich_app
from services.ingest.app import create_app as ingest_app
from services.ingest.ledger import Ledger
from stukken.contracts import DocEnriched, DocIngested, DocSegmented, Segment, Source, topics
from stukken.contracts.events import DeadLetter
from stukken.platform.settings import EnrichSettings, IngestSettings
from tests.fakes import MemoryStore

SAMPLES = Path(__file__).parents[1] / "contract" / "samples"


def collect(broker: KafkaBroker, *topic_names: str) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {t: [] for t in topic_names}
    for name in topic_names:
        broker.subscriber(name, group_id=f"test-{name}")(_sink(seen[name]))
    return seen


def _sink(into: list[Any]) -> Any:
    async def sink(msg: KafkaMessage) -> None:
        into.append(json.loads(msg.body))

    return sink


async def test_ingest_admits_a_pdf_once_and_rejects_non_pdf(sample_pdf: bytes) -> None:
    store = MemoryStore()
    store.write("inbox", "a/x y.pdf", sample_pdf)
    store.write("stukken-artifacts", "a/x y.pdf", sample_pdf)
    app = ingest_app(IngestSettings(), store=store, ledger=Ledger())
    seen = collect(app.broker, topics.DOC_INGESTED, topics.DOC_REJECTED)  # type: ignore[arg-type]
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        put = (SAMPLES / "versity_put.json").read_bytes()
        await br.publish(put, topics.S3_EVENTS)
        await br.publish(put, topics.S3_EVENTS)  # same bytes again: nothing new
        other_bucket = put.replace(b'"name":"inbox"', b'"name":"stukken-artifacts"')
        await br.publish(other_bucket, topics.S3_EVENTS)  # not our bucket: ignored
        store.write("inbox", "a/x y.pdf", b"GIF89a not a pdf")
        await br.publish(put, topics.S3_EVENTS)
    (ingested,) = seen[topics.DOC_INGESTED]
    assert DocIngested.model_validate(ingested).source.key == "a/x y.pdf"
    (rejected,) = seen[topics.DOC_REJECTED]
    assert rejected["reason"] == "not_a_pdf"


async def test_garbage_on_the_input_topic_becomes_a_dead_letter() -> None:
    app = ingest_app(IngestSettings(), store=MemoryStore(), ledger=Ledger())
    seen = collect(app.broker, topics.dlq(topics.S3_EVENTS))  # type: ignore[arg-type]
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        await br.publish(b"this is not json", topics.S3_EVENTS, key=b"k")
    (letter,) = seen[topics.dlq(topics.S3_EVENTS)]
    parsed = DeadLetter.model_validate(letter)
    assert parsed.stage == "ingest" and parsed.original == "this is not json"
    assert "not JSON" in parsed.error and parsed.attempts == 1


async def test_enrich_turns_segments_into_an_enriched_document() -> None:
    app = enrich_app(EnrichSettings(), store=MemoryStore())
    seen = collect(app.broker, topics.DOC_ENRICHED)  # type: ignore[arg-type]
    source = Source(bucket="inbox", key="k.pdf", size=1, sha256="v1")
    text = "Zie https://www.rijksoverheid.nl/documenten."
    event = DocSegmented(
        doc_id="d1",
        version="v1",
        source=source,
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        await br.publish(event.model_dump_json().encode(), topics.DOC_SEGMENTED, key=b"d1")
        await br.publish(
            DocSegmented(doc_id="d1", version="", op="delete", source=source)
            .model_dump_json()
            .encode(),
            topics.DOC_SEGMENTED,
        )
    upsert, delete = (DocEnriched.model_validate(m) for m in seen[topics.DOC_ENRICHED])
    assert upsert.document is not None and upsert.correlation_id == event.correlation_id
    urls = [r.normalized for r in upsert.document.references if r.type == "url"]
    assert urls == ["https://www.rijksoverheid.nl/documenten"]
    assert delete.op == "delete" and delete.document is None
    assert metric(app, "stukken_enrich_input_bytes_total") > 0


def metric(app: Any, name: str) -> float:
    """A sample of the service's /metrics (the route needs no broker)."""
    from starlette.testclient import TestClient

    for line in TestClient(app).get("/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"no {name}")


async def test_index_commits_each_batch_before_announcing_it(tmp_path: Path) -> None:
    from services.index.app import create_app as index_app
    from services.index.tantivy_index import TantivyIndex
    from stukken.contracts import EnrichedDocument
    from stukken.platform.settings import IndexSettings

    idx = TantivyIndex(tmp_path / "index", refresh_interval_s=60)  # only the batch commits
    from tests.unit.index.test_document_log import RecordingLog

    app = index_app(IndexSettings(), index=idx, store=MemoryStore(), document_log=RecordingLog(idx))
    broker = app.service_app.broker
    seen = collect(broker, topics.DOC_INDEXED)  # type: ignore[arg-type]
    source = Source(bucket="inbox", key="k.pdf", size=1, sha256="v1")
    doc = EnrichedDocument(
        doc_id="d1",
        version="v1",
        source=source,
        segments=[Segment(id="s1", kind="paragraph", page=1, text="samenwerkingsverbanden")],
    )
    event = DocEnriched(doc_id="d1", version="v1", source=source, document=doc)
    async with TestKafkaBroker(broker) as br:  # type: ignore[type-var]
        await br.publish(event.model_dump_json().encode(), topics.DOC_ENRICHED, key=b"d1")
    (indexed,) = seen[topics.DOC_INDEXED]
    assert indexed["doc_id"] == "d1" and indexed["segment_count"] == 1
    from services.index.port import SearchQuery

    assert idx.search(SearchQuery(q="samenwerkingsverband")).total == 1  # committed, searchable
    assert metric(app, "stukken_index_input_bytes_total") > 0
    idx.close()


async def test_index_follows_the_bucket_on_rejections_and_deletes(tmp_path: Path) -> None:
    from services.index.app import create_app as index_app
    from services.index.port import SearchQuery
    from services.index.tantivy_index import TantivyIndex
    from stukken.contracts import DocRejected, EnrichedDocument, doc_id_for
    from stukken.platform.settings import IndexSettings

    store = MemoryStore()
    store.write("inbox", "k.pdf", b"%PDF-1.7 still here")
    doc_id = doc_id_for("inbox", "k.pdf")
    idx = TantivyIndex(tmp_path / "index", refresh_interval_s=60)
    from tests.unit.index.test_document_log import RecordingLog

    app = index_app(IndexSettings(), index=idx, store=store, document_log=RecordingLog(idx))
    broker = app.service_app.broker
    source = Source(bucket="inbox", key="k.pdf", size=1, sha256="v1")
    doc = EnrichedDocument(
        doc_id=doc_id,
        version="v1",
        source=source,
        segments=[Segment(id="s1", kind="paragraph", page=1, text="samenwerkingsverbanden")],
    )
    upsert = DocEnriched(doc_id=doc_id, version="v1", source=source, document=doc)
    forged = DocEnriched(doc_id=doc_id, version="", op="delete", source=source)
    rejected = DocRejected(
        doc_id=doc_id, version="v2", source=source, stage="segment", reason="encrypted",
        detail="the PDF is encrypted",
    )  # fmt: skip

    def searchable() -> int:
        return idx.search(SearchQuery(q="samenwerkingsverband")).total

    async with TestKafkaBroker(broker) as br:  # type: ignore[type-var]
        await br.publish(upsert.model_dump_json().encode(), topics.DOC_ENRICHED)
        await br.publish(forged.model_dump_json().encode(), topics.DOC_ENRICHED)
        assert searchable() == 1  # the object is still in the bucket: the delete is ignored
        await br.publish(rejected.model_dump_json().encode(), topics.DOC_REJECTED)
        assert searchable() == 0
        (listed,) = idx.list_documents()
        assert listed.state == "rejected" and listed.rejection is not None
        assert listed.rejection.reason == "encrypted"
        store.delete("inbox", "k.pdf")
        await br.publish(forged.model_dump_json().encode(), topics.DOC_ENRICHED)
        assert idx.list_documents() == []  # gone from the bucket: the delete holds
    idx.close()
