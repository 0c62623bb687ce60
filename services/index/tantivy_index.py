"""The embedded search index: tantivy on local disk (the default backend).

Write policy (near-real-time): `upsert` and `delete` only stage changes in the index writer; a
background thread commits and reloads the searcher `refresh_interval_s` after the first write
that followed the previous commit. So a write is searchable at most about `refresh_interval_s`
(plus one commit, a few ms) after it returns, and a burst of writes costs one commit. `flush()`
commits at once; `wait_committed(seq)` waits until the write numbered `seq` (see
`last_write_seq`) is committed, i.e. durable: acknowledge a Kafka message only after that.
`get()` sees staged writes immediately; `search()` sees committed ones.

Versions: a document is keyed by `doc_id`; the stored version is replaced only by one with a
different sha256 and a `source.uploaded_at` not older than the stored one (when either time is
unknown, arrival order wins). A rejected version replaces the stored one the same way, with a
`rejected` record: the document leaves search, `list_documents` shows the rejection.
Threads: one writer (any thread, serialized by a lock) and any number of concurrent searchers.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import tantivy

from services.index import tantivy_search
from services.index.facts import believable, body_segments, facts_of, uploaded_us_of
from services.index.port import (
    Citation,
    DocumentSummary,
    IndexedVersion,
    SearchQuery,
    SearchResult,
)
from services.index.tantivy_schema import FACET_FIELDS, SCHEMA_TAG, open_index
from services.index.tantivy_search import State, Stored
from stukken.contracts import DocRejected, EnrichedDocument


class TantivyIndex:
    def __init__(self, path: Path, *, refresh_interval_s: float = 0.25) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        tag = path / "SCHEMA"
        if tag.exists() and tag.read_text().strip() != SCHEMA_TAG:
            raise RuntimeError(f"{path} holds an index of another schema; delete it and replay")
        try:
            self._index = open_index(str(path))
        except ValueError as exc:
            raise RuntimeError(f"cannot open the index at {path}: {exc}") from exc
        tag.write_text(SCHEMA_TAG + "\n")
        self._index.config_reader(reload_policy="manual")
        self._writer = self._index.writer(heap_size=64_000_000, num_threads=1)
        self.refresh_interval_s = refresh_interval_s
        self._cond = threading.Condition(threading.RLock())
        self._dirty_since: float | None = None
        self._seq = 0
        self._committed_seq = 0
        self._pending: dict[str, EnrichedDocument | None] = {}
        self._current = tantivy_search.versions(self._index, self._index.searcher())
        self._closed = False
        self._thread = threading.Thread(target=self._commit_loop, name="index-commit", daemon=True)
        self._thread.start()

    # writes ---------------------------------------------------------------------------------
    def upsert(self, doc: EnrichedDocument) -> bool:
        if doc.op == "delete":
            return self.delete(doc.doc_id)
        facts = facts_of(doc)
        uploaded_us = believable(facts.uploaded_us)
        with self._cond:
            if not self._replaces(doc.doc_id, doc.version, uploaded_us, "indexed"):
                return False
            self._writer.delete_documents_by_term("doc_id", doc.doc_id)
            for record in _records(doc):
                self._writer.add_document(record)
            self._current[doc.doc_id] = Stored(doc.version, uploaded_us, "indexed")
            self._pending[doc.doc_id] = doc
            self._wrote()
        return True

    def reject(self, event: DocRejected) -> bool:
        uploaded_us = believable(uploaded_us_of(event.source))
        with self._cond:
            if not self._replaces(event.doc_id, event.version, uploaded_us, "rejected"):
                return False
            self._writer.delete_documents_by_term("doc_id", event.doc_id)
            self._writer.add_document(_rejection_record(event, uploaded_us))
            self._current[event.doc_id] = Stored(event.version, uploaded_us, "rejected")
            self._pending[event.doc_id] = None
            self._wrote()
        return True

    def _replaces(self, doc_id: str, version: str, uploaded_us: int, state: State) -> bool:
        """Whether this version (in this state) takes the place of the stored one."""
        stored = self._current.get(doc_id)
        if stored is None:
            return True
        if stored.version == version and stored.state == state:
            return False
        return not (uploaded_us and stored.uploaded_us and uploaded_us < stored.uploaded_us)

    def delete(self, doc_id: str) -> bool:
        with self._cond:
            if doc_id not in self._current:
                return False
            self._writer.delete_documents_by_term("doc_id", doc_id)
            del self._current[doc_id]
            self._pending[doc_id] = None
            self._wrote()
        return True

    def versions(self, doc_ids: list[str]) -> dict[str, IndexedVersion]:
        with self._cond:
            found = {d: self._current[d] for d in doc_ids if d in self._current}
        return {d: IndexedVersion(version=s.version, state=s.state) for d, s in found.items()}

    @property
    def last_write_seq(self) -> int:
        """Number of the latest accepted write (0: none yet)."""
        return self._seq

    def flush(self) -> None:
        with self._cond:
            if self._dirty_since is not None:
                self._commit()

    def wait_committed(self, seq: int | None = None, timeout: float | None = None) -> bool:
        """Block until write `seq` (default: the latest) is committed; False on timeout."""
        target = self._seq if seq is None else seq
        with self._cond:
            return self._cond.wait_for(lambda: self._committed_seq >= target, timeout)

    def close(self) -> None:
        with self._cond:
            if self._closed:
                return
            self._closed = True
            self._cond.notify_all()
        self._thread.join()
        self.flush()
        self._writer.wait_merging_threads()

    def __enter__(self) -> TantivyIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wrote(self) -> None:
        self._seq += 1
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()
            self._cond.notify_all()

    def _commit(self) -> None:
        self._writer.commit()
        self._index.reload()
        self._committed_seq = self._seq
        self._pending.clear()
        self._dirty_since = None
        self._cond.notify_all()

    def _commit_loop(self) -> None:
        with self._cond:
            while not self._closed:
                if self._dirty_since is None:
                    self._cond.wait()
                    continue
                remaining = self._dirty_since + self.refresh_interval_s - time.monotonic()
                if remaining > 0:
                    self._cond.wait(remaining)
                    continue
                self._commit()

    # reads ----------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        return tantivy_search.search(self._index, self._index.searcher(), query)

    def get(self, doc_id: str) -> EnrichedDocument | None:
        with self._cond:
            if doc_id in self._pending:
                return self._pending[doc_id]
        payload = tantivy_search.payload(self._index, self._index.searcher(), doc_id)
        return EnrichedDocument.model_validate_json(payload) if payload else None

    def list_documents(self, offset: int = 0, limit: int = 50) -> list[DocumentSummary]:
        if limit < 1:
            return []  # tantivy panics on a limit of 0
        return tantivy_search.summaries(self._index, self._index.searcher(), offset, limit)

    def count_documents(self) -> int:
        return tantivy_search.count_documents(self._index, self._index.searcher())

    def citing(self, normalized: str, offset: int = 0, limit: int = 50) -> list[Citation]:
        if limit < 1:
            return []
        return tantivy_search.citing(self._index, self._index.searcher(), normalized, offset, limit)

    def ping(self) -> bool:
        return not self._closed and self._thread.is_alive()


def _rejection_record(event: DocRejected, uploaded_us: int) -> tantivy.Document:
    """A rejected version: found by `list_documents`, never by a search (no `doc` record)."""
    rec = tantivy.Document()
    rec.add_text("rec", "rejected")
    rec.add_text("doc_id", event.doc_id)
    rec.add_text("key", event.source.key if event.source else "")
    rec.add_text("version", event.version)
    rec.add_integer("uploaded_us", uploaded_us)
    rec.add_bytes("payload", event.model_dump_json().encode())
    return rec


def _records(doc: EnrichedDocument) -> Iterator[tantivy.Document]:
    """The tantivy records of one document: doc, blob and one per body segment, made one at a
    time as the writer takes them: a segment's record carries the document's facet values, and
    a 1,000-page document's ten thousand records held at once took ~340 MiB."""
    facts = facts_of(doc)
    meta = doc.metadata

    def shared(rec: tantivy.Document) -> tantivy.Document:
        rec.add_text("doc_id", doc.doc_id)
        rec.add_text("key", doc.source.key)
        rec.add_text("version", doc.version)
        rec.add_integer("uploaded_us", facts.uploaded_us)
        rec.add_text("doc_type", facts.doc_type)
        if facts.year:
            rec.add_text("year", facts.year)
        if facts.date_num:
            rec.add_integer("date_num", facts.date_num)
        for name, values in facts.keywords.items():
            for value in values:
                rec.add_text(name, value)
        return rec

    head = shared(tantivy.Document())
    head.add_text("rec", "doc")
    if meta.title:
        head.add_text("title", meta.title)
    if meta.date:
        head.add_text("date", meta.date)
    head.add_integer("pages", meta.page_count)
    head.add_text(FACET_FIELDS["doc_type"], facts.doc_type)
    if facts.year:
        head.add_text(FACET_FIELDS["year"], facts.year)
    for name in ("org", "person", "party"):
        for value in facts.keywords[name]:
            head.add_text(FACET_FIELDS[name], value)
    refs = [
        r.model_dump(include={"normalized", "type", "text", "segment_id"}) for r in doc.references
    ]
    head.add_bytes("refs_json", json.dumps(refs, ensure_ascii=False).encode())
    body = body_segments(doc)
    for seg in body:
        head.add_text("text", seg.text)

    blob = tantivy.Document()
    blob.add_text("rec", "blob")
    blob.add_text("doc_id", doc.doc_id)
    blob.add_bytes("payload", doc.model_dump_json().encode())

    yield head
    yield blob
    for order, seg in enumerate(body):
        rec = shared(tantivy.Document())
        rec.add_text("rec", "seg")
        rec.add_text("seg_id", seg.id)
        rec.add_text("kind", seg.kind)
        rec.add_integer("page", seg.page)
        rec.add_integer("ord", order)
        rec.add_text("text", seg.text)
        rec.add_bytes("seg_text", seg.text.encode())
        for coord in seg.bbox or ():
            rec.add_float("bbox", float(coord))
        yield rec
