"""The index stage decides what the document log holds: current versions only, tombstones on
delete, written after the batch is durable. Broker-free (TestKafkaBroker); the real topic is
tested in tests/integration/test_document_log.py."""

from __future__ import annotations

from pathlib import Path

from faststream.kafka import TestKafkaBroker

from services.index.app import create_app
from services.index.tantivy_index import TantivyIndex
from stukken.contracts import DocEnriched, EnrichedDocument, doc_id_for, topics
from stukken.contracts.document_log import decode, encode
from stukken.platform.settings import IndexSettings
from tests.fakes import MemoryStore
from tests.fixtures.index_docs import corpus, later


class RecordingLog:
    """What the index asked the document log to hold, and when it was written."""

    def __init__(self, index: TantivyIndex) -> None:
        self.index = index
        self.pending: list[tuple[str, str | None]] = []
        self.written: list[tuple[str, str | None]] = []
        self.searchable_at_write: list[int] = []

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def current(self, event: DocEnriched) -> None:
        self.pending.append((event.doc_id, event.version))

    def gone(self, doc_id: str) -> None:
        self.pending.append((doc_id, None))

    async def write_pending(self) -> int:
        self.searchable_at_write.append(self.index.count_documents())  # committed only
        self.written += self.pending
        count, self.pending = len(self.pending), []
        return count


def event_of(doc: EnrichedDocument, op: str = "upsert") -> bytes:
    if op == "delete":
        event = DocEnriched(doc_id=doc.doc_id, version="", op="delete", source=doc.source)
    else:
        event = DocEnriched(doc_id=doc.doc_id, version=doc.version, source=doc.source, document=doc)
    return event.model_dump_json().encode()


async def test_the_log_gets_current_versions_and_tombstones_after_the_commit(
    tmp_path: Path,
) -> None:
    idx = TantivyIndex(tmp_path / "index", refresh_interval_s=60)  # only the batch commits
    log = RecordingLog(idx)
    app = create_app(IndexSettings(), index=idx, store=MemoryStore(), document_log=log)
    first = corpus()[0]  # its doc_id is the one of its bucket and key (the index checks deletes)
    doc = first.model_copy(update={"doc_id": doc_id_for(first.source.bucket, first.source.key)})
    newer = later(doc, minutes=5, text="Een nieuwere versie.")
    stale = later(doc, minutes=-5, text="Een oudere versie.")
    async with TestKafkaBroker(app.service_app.broker) as br:  # type: ignore[type-var]
        for body in (event_of(doc), event_of(newer), event_of(stale), event_of(newer)):
            await br.publish(body, topics.DOC_ENRICHED, key=doc.doc_id.encode())
        await br.publish(event_of(doc, "delete"), topics.DOC_ENRICHED, key=doc.doc_id.encode())
    assert log.written == [
        (doc.doc_id, doc.version),
        (doc.doc_id, newer.version),
        # the stale upload is not current: nothing; the repeat of the current one is re-logged
        (doc.doc_id, newer.version),
        (doc.doc_id, None),
    ]
    assert log.searchable_at_write[:2] == [1, 1]  # the index had committed before each write
    idx.close()


def test_a_record_value_is_the_enriched_event_and_a_tombstone_is_null() -> None:
    doc = corpus()[0]
    event = DocEnriched(doc_id=doc.doc_id, version=doc.version, source=doc.source, document=doc)
    assert encode(None) is None and decode(None) is None
    value = encode(event)
    assert value is not None
    back = decode(value)
    assert back is not None and back.document == doc


async def test_a_rerun_of_newer_logic_over_the_same_bytes_replaces_in_place(tmp_path: Path) -> None:
    from services.index.port import SearchQuery

    idx = TantivyIndex(tmp_path / "index", refresh_interval_s=60)
    log = RecordingLog(idx)
    app = create_app(IndexSettings(), index=idx, store=MemoryStore(), document_log=log)
    doc = corpus()[0].model_copy(update={"logic_version": "segment:2+enrich:1"})
    rerun = doc.model_copy(update={"logic_version": "segment:2+enrich:2", "references": []})
    async with TestKafkaBroker(app.service_app.broker) as br:  # type: ignore[type-var]
        for d in (doc, rerun, rerun):
            event = DocEnriched(
                doc_id=d.doc_id, version=d.version, source=d.source, document=d,
                logic_version=d.logic_version,
            )  # fmt: skip
            await br.publish(event.model_dump_json().encode(), topics.DOC_ENRICHED, key=b"k")
    stored = idx.get(doc.doc_id)
    assert stored is not None and stored.logic_version == "segment:2+enrich:2"
    assert stored.references == [] and idx.count_documents() == 1
    assert idx.search(SearchQuery(q="samenwerkingsverband")).total == 1  # one, not two
    assert [v for _, v in log.written] == [doc.version] * 3  # each is the current version
    idx.close()
