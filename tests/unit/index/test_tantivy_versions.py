"""Upserts keyed by doc_id + version, deletes, near-real-time commits, reopening."""

from __future__ import annotations

import threading
from pathlib import Path

from services.index.port import SearchQuery
from services.index.tantivy_index import TantivyIndex
from tests.fixtures.index_docs import corpus, later, make_doc


def hits(index: TantivyIndex, q: str) -> list[str]:
    return [h.doc_id for h in index.search(SearchQuery(q=q)).hits]


def test_same_version_again_is_a_no_op(index: TantivyIndex) -> None:
    doc = corpus()[0]
    assert index.upsert(doc) is True
    assert index.upsert(doc) is False
    index.flush()
    assert index.count_documents() == 1


def test_newer_version_replaces_every_segment(index: TantivyIndex) -> None:
    old = corpus()[0]
    new = later(old, minutes=5, text="Nu gaat het over stikstof.")
    assert index.upsert(old) and index.upsert(new)
    index.flush()
    assert hits(index, "stikstof") == [old.doc_id]
    assert hits(index, "samenwerkingsverband") == []
    stored = index.get(old.doc_id)
    assert stored is not None and stored.version == new.version


def test_stale_version_never_replaces_a_newer_one(index: TantivyIndex) -> None:
    current = corpus()[0]
    stale = later(current, minutes=-5, text="Een oude tekst over stikstof.")
    assert index.upsert(current) is True
    assert index.upsert(stale) is False
    index.flush()
    assert hits(index, "stikstof") == []
    stored = index.get(current.doc_id)
    assert stored is not None and stored.version == current.version


def test_delete_then_reupload_leaves_exactly_one_current_version(index: TantivyIndex) -> None:
    doc = corpus()[0]
    assert index.upsert(doc)
    index.flush()
    assert index.delete(doc.doc_id) is True
    assert index.delete(doc.doc_id) is False
    index.flush()
    assert index.get(doc.doc_id) is None
    assert hits(index, "samenwerkingsverband") == []
    again = later(doc, minutes=10, text="De samenwerkingsverbanden zijn opnieuw opgericht.")
    assert index.upsert(again)
    index.flush()
    assert hits(index, "samenwerkingsverband") == [doc.doc_id]
    assert index.count_documents() == 1
    assert [d.version for d in index.list_documents()] == [again.version]


def test_delete_op_in_an_upsert_drops_the_document(index: TantivyIndex) -> None:
    doc = corpus()[0]
    index.upsert(doc)
    assert index.upsert(doc.model_copy(update={"op": "delete"})) is True
    index.flush()
    assert index.count_documents() == 0


def test_get_returns_the_full_enriched_document(index: TantivyIndex) -> None:
    doc = corpus()[1]
    index.upsert(doc)
    assert index.get(doc.doc_id) == doc  # staged, before a commit
    index.flush()
    assert index.get(doc.doc_id) == doc
    assert index.get("nope") is None


def test_writes_become_searchable_without_flush(index: TantivyIndex) -> None:
    doc = make_doc("d-nrt", [("paragraph", "Een bericht over windmolens op zee.")])
    index.upsert(doc)
    assert index.wait_committed(index.last_write_seq, timeout=10)
    assert hits(index, "windmolens") == ["d-nrt"]


def test_reopen_keeps_documents_and_versions(tmp_path: Path) -> None:
    doc = corpus()[0]
    with TantivyIndex(tmp_path / "ix") as first:
        first.upsert(doc)
    with TantivyIndex(tmp_path / "ix") as second:
        assert second.count_documents() == 1
        assert second.upsert(doc) is False
        assert second.upsert(later(doc, minutes=-1, text="ouder")) is False


def test_concurrent_searches_while_writing(index: TantivyIndex) -> None:
    errors: list[BaseException] = []
    stop = threading.Event()

    def searcher() -> None:
        while not stop.is_set():
            try:
                index.search(SearchQuery(q="bericht"))
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=searcher) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(60):
        index.upsert(make_doc(f"d{i}", [("paragraph", f"Bericht nummer {i} over de zorg.")]))
    index.flush()
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert index.search(SearchQuery(q="bericht")).total == 60
