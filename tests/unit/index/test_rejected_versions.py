"""A rejected version replaces the stored one: the document leaves search, the list says why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from services.index.api import create_api
from services.index.port import IndexedVersion, SearchQuery
from services.index.tantivy_index import TantivyIndex
from stukken.contracts import DocRejected, EnrichedDocument, Source
from tests.fixtures.index_docs import corpus, later


def rejection(doc: EnrichedDocument, *, minutes: int, version: str = "b" * 64) -> DocRejected:
    assert doc.source.uploaded_at is not None
    source = Source(
        bucket=doc.source.bucket,
        key=doc.source.key,
        size=9,
        sha256=version,
        uploaded_at=doc.source.uploaded_at + timedelta(minutes=minutes),
    )
    return DocRejected(
        doc_id=doc.doc_id,
        version=version,
        source=source,
        stage="ingest",
        reason="not_a_pdf",
        detail="no %PDF- header",
    )


def searchable(index: TantivyIndex, q: str) -> list[str]:
    return [h.doc_id for h in index.search(SearchQuery(q=q)).hits]


def test_a_rejected_overwrite_takes_the_old_version_out_of_search(filled: TantivyIndex) -> None:
    doc = corpus()[0]
    assert doc.doc_id in searchable(filled, "samenwerkingsverbanden")
    assert filled.reject(rejection(doc, minutes=1)) is True
    filled.flush()
    assert doc.doc_id not in searchable(filled, "samenwerkingsverbanden")
    assert filled.get(doc.doc_id) is None
    listed = {d.doc_id: d for d in filled.list_documents(limit=10)}
    assert listed[doc.doc_id].state == "rejected"
    assert listed[doc.doc_id].rejection is not None
    assert listed[doc.doc_id].rejection.reason == "not_a_pdf"
    assert filled.versions([doc.doc_id, "nope"]) == {
        doc.doc_id: IndexedVersion(version="b" * 64, state="rejected")
    }


def test_an_older_rejection_never_replaces_a_newer_version(filled: TantivyIndex) -> None:
    doc = corpus()[0]
    assert filled.reject(rejection(doc, minutes=-1)) is False
    filled.flush()
    assert doc.doc_id in searchable(filled, "samenwerkingsverbanden")


def test_the_same_rejection_again_changes_nothing(index: TantivyIndex) -> None:
    doc = corpus()[0]
    assert index.reject(rejection(doc, minutes=0)) is True
    assert index.reject(rejection(doc, minutes=0)) is False


def test_a_newer_good_version_replaces_a_rejection(index: TantivyIndex) -> None:
    doc = corpus()[0]
    assert index.upsert(doc)
    assert index.reject(rejection(doc, minutes=1))
    assert index.upsert(later(doc, minutes=2, text="Nu over stikstof."))
    index.flush()
    assert searchable(index, "stikstof") == [doc.doc_id]
    assert [d.state for d in index.list_documents()] == ["indexed"]


def test_rejections_survive_a_reopen(tmp_path: Path) -> None:
    doc = corpus()[0]
    with TantivyIndex(tmp_path / "i") as first:
        first.upsert(doc)
        first.reject(rejection(doc, minutes=1))
    with TantivyIndex(tmp_path / "i") as again:
        assert again.versions([doc.doc_id])[doc.doc_id].state == "rejected"
        assert again.reject(rejection(doc, minutes=1)) is False
        assert again.delete(doc.doc_id) is True


def test_api_lists_the_rejection_and_answers_versions(filled: TantivyIndex) -> None:
    doc = corpus()[1]
    filled.reject(rejection(doc, minutes=1))
    filled.flush()
    client = TestClient(create_api(filled))
    docs = client.get("/documents").json()["documents"]
    mine = next(d for d in docs if d["doc_id"] == doc.doc_id)
    assert mine["state"] == "rejected" and mine["rejection"]["detail"] == "no %PDF- header"
    r = client.post("/index/versions", json={"doc_ids": [doc.doc_id, corpus()[0].doc_id]})
    assert r.status_code == 200
    assert r.json()[doc.doc_id]["state"] == "rejected"
    assert r.json()[corpus()[0].doc_id] == {
        "version": corpus()[0].version,
        "state": "indexed",
    }


def test_an_upload_time_in_the_future_is_not_believed(index: TantivyIndex) -> None:
    """A forged rejection dated an hour ahead must not hold off the real version for an hour."""
    doc = corpus()[0]
    now = datetime.now(UTC)
    forged = rejection(doc, minutes=0).model_copy(deep=True)
    assert forged.source is not None
    forged.source.uploaded_at = now + timedelta(hours=1)
    assert index.reject(forged)
    real = doc.model_copy(deep=True)
    real.source.uploaded_at = now + timedelta(seconds=90)
    assert index.upsert(real) is True
