"""The OpenSearch backend (for a cluster), behind the same port as the embedded index.

Versions use OpenSearch's external versioning: the version number is `source.uploaded_at` in
epoch milliseconds (`external_gte`, so a re-upload in the same millisecond with other bytes
still wins; when the time is unknown, arrival time is used: arrival order wins). The same sha256
again is a no-op. Writes become searchable within the index's `refresh_interval`
(`refresh_interval_s`); `flush()` refreshes at once.
"""

from __future__ import annotations

import time
from typing import Any

from opensearchpy import OpenSearch, helpers
from opensearchpy.exceptions import ConflictError, NotFoundError, RequestError

from services.index.facts import (
    believable,
    body_segments,
    date_bound,
    facts_of,
    uploaded_us_of,
)
from services.index.opensearch_mapping import DOCS_MAPPING, FACET_FIELDS, SEGMENTS_MAPPING, template
from services.index.port import (
    FACETS,
    HIGHLIGHTS_PER_HIT,
    SNIPPET_CHARS,
    Citation,
    DocumentSummary,
    Hit,
    IndexedVersion,
    QuerySyntaxError,
    Rejection,
    SearchQuery,
    SearchResult,
    SegmentHit,
)
from services.index.query_fields import check_fields
from stukken.contracts import DocRejected, EnrichedDocument

SUMMARY_FIELDS = [
    "doc_id", "key", "version", "pages", "doc_type", "title", "date", "refs", "rejection"
]  # fmt: skip
ADDED_DOC_FIELDS = ("rejection", "rejected")
# Rejected versions keep a record in the docs index (for `list_documents`) but leave search.
NOT_REJECTED = {"bool": {"must_not": {"term": {"rejected": True}}}}


class OpenSearchIndex:
    def __init__(
        self, url: str, *, prefix: str = "stukken", refresh_interval_s: float = 0.25
    ) -> None:
        self.client = OpenSearch(hosts=[url], timeout=30)
        self.docs = f"{prefix}-docs"
        self.segments = f"{prefix}-segments"
        self.refresh_interval_s = refresh_interval_s

    def ensure(self) -> None:
        """Put the index templates and create both indices when missing (idempotent)."""
        for name, mapping in ((self.docs, DOCS_MAPPING), (self.segments, SEGMENTS_MAPPING)):
            body = template(name, mapping, self.refresh_interval_s)
            self.client.indices.put_index_template(name=name, body=body)
            if not self.client.indices.exists(index=name):
                self.client.indices.create(index=name)
            elif name == self.docs:  # fields added since the index was created (additive)
                added = {f: mapping["properties"][f] for f in ADDED_DOC_FIELDS}
                self.client.indices.put_mapping(index=name, body={"properties": added})

    def drop(self) -> None:
        for name in (self.docs, self.segments):
            self.client.indices.delete(index=name, ignore_unavailable=True)
            self.client.indices.delete_index_template(name=name, ignore=[404])

    # writes ---------------------------------------------------------------------------------
    def upsert(self, doc: EnrichedDocument) -> bool:
        if doc.op == "delete":
            return self.delete(doc.doc_id)
        stored = self._doc_source(doc.doc_id, ["version", "seg_ids"])
        if stored is not None and stored.get("version") == doc.version:
            return False
        facts = facts_of(doc)
        version = believable(facts.uploaded_us) // 1000 or int(time.time() * 1000)
        shared: dict[str, Any] = {
            "doc_id": doc.doc_id,
            "key": doc.source.key,
            "version": doc.version,
            "uploaded_ms": version,
            "doc_type": facts.doc_type,
            "year": facts.year,
            "date_num": facts.date_num,
            **facts.keywords,
        }
        body = body_segments(doc)
        record = {
            **shared,
            "title": doc.metadata.title,
            "date": doc.metadata.date,
            "pages": doc.metadata.page_count,
            "text": [s.text for s in body],
            "refs": [
                r.model_dump(include={"normalized", "type", "text", "segment_id"})
                for r in doc.references
            ],
            "seg_ids": [s.id for s in body],
            "payload": doc.model_dump(mode="json"),
        }
        try:
            self.client.index(
                index=self.docs,
                id=doc.doc_id,
                body=record,
                version=version,
                version_type="external_gte",
            )
        except ConflictError:
            return False  # a newer version is stored
        actions = [
            {
                "_index": self.segments,
                "_id": f"{doc.doc_id}/{seg.id}",
                "_version": version,
                "_version_type": "external_gte",
                "_source": {
                    **shared,
                    "seg_id": seg.id,
                    "kind": seg.kind,
                    "page": seg.page,
                    "ord": order,
                    "bbox": list(seg.bbox) if seg.bbox else None,
                    "text": seg.text,
                },
            }
            for order, seg in enumerate(body)
        ]
        new_ids = {f"{doc.doc_id}/{seg.id}" for seg in body}
        old_ids = {f"{doc.doc_id}/{i}" for i in (stored or {}).get("seg_ids", [])}
        actions += [
            {"_op_type": "delete", "_index": self.segments, "_id": old}
            for old in sorted(old_ids - new_ids)
        ]
        helpers.bulk(self.client, actions, raise_on_error=False)
        return True

    def reject(self, event: DocRejected) -> bool:
        stored = self._doc_source(event.doc_id, ["version", "seg_ids", "rejected"])
        if stored is not None and stored.get("version") == event.version and stored.get("rejected"):
            return False
        version = believable(uploaded_us_of(event.source)) // 1000 or int(time.time() * 1000)
        record = {
            "doc_id": event.doc_id,
            "key": event.source.key if event.source else "",
            "version": event.version,
            "uploaded_ms": version,
            "rejected": True,
            "rejection": {"stage": event.stage, "reason": event.reason, "detail": event.detail},
        }
        try:
            self.client.index(
                index=self.docs,
                id=event.doc_id,
                body=record,
                version=version,
                version_type="external_gte",
            )
        except ConflictError:
            return False
        actions = [
            {"_op_type": "delete", "_index": self.segments, "_id": f"{event.doc_id}/{seg_id}"}
            for seg_id in (stored or {}).get("seg_ids", [])
        ]
        helpers.bulk(self.client, actions, raise_on_error=False)
        return True

    def versions(self, doc_ids: list[str]) -> dict[str, IndexedVersion]:
        if not doc_ids:
            return {}
        found = self.client.mget(
            index=self.docs, body={"ids": doc_ids}, _source_includes=["version", "rejected"]
        )
        return {
            d["_id"]: IndexedVersion(
                version=d["_source"]["version"],
                state="rejected" if d["_source"].get("rejected") else "indexed",
            )
            for d in found["docs"]
            if d.get("found")
        }

    def delete(self, doc_id: str) -> bool:
        stored = self._doc_source(doc_id, ["seg_ids"])
        if stored is None:
            return False
        try:
            self.client.delete(index=self.docs, id=doc_id)
        except NotFoundError:
            return False
        actions = [
            {"_op_type": "delete", "_index": self.segments, "_id": f"{doc_id}/{seg_id}"}
            for seg_id in stored.get("seg_ids", [])
        ]
        helpers.bulk(self.client, actions, raise_on_error=False)
        return True

    def flush(self) -> None:
        self.client.indices.refresh(index=f"{self.docs},{self.segments}")

    def close(self) -> None:
        self.client.close()

    # reads ----------------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        user = _user_query(query.q)
        filters = _filters(query)
        doc_q = {"bool": {"must": [user or {"match_all": {}}], "filter": filters}}
        body: dict[str, Any] = {
            "query": doc_q,
            "from": (query.page - 1) * query.size,
            "size": query.size,
            "track_total_hits": True,
            "_source": SUMMARY_FIELDS,
            "aggs": {n: {"terms": {"field": FACET_FIELDS[n], "size": 20}} for n in FACETS},
        }
        if user is None:
            body["sort"] = [{"date_num": {"order": "desc", "missing": "_last"}}]
        found = self._search(self.docs, body)
        hits = []
        for h in found["hits"]["hits"]:
            s = h["_source"]
            hits.append(
                Hit(
                    doc_id=s["doc_id"],
                    key=s["key"],
                    version=s["version"],
                    title=s.get("title"),
                    doc_type=s.get("doc_type"),
                    date=s.get("date"),
                    score=float(h["_score"] or 0.0) if user is not None else 0.0,
                )
            )
        if user is not None and hits:
            self._attach_segments(user, filters, hits)
        facets = {
            name: {b["key"]: b["doc_count"] for b in found["aggregations"][name]["buckets"]}
            for name in FACETS
        }
        return SearchResult(
            total=found["hits"]["total"]["value"],
            hits=hits,
            facets=facets,
            page=query.page,
            size=query.size,
        )

    def _attach_segments(self, user: dict[str, Any], filters: list[Any], hits: list[Hit]) -> None:
        by_doc = {hit.doc_id: hit for hit in hits}
        highlight = {
            "pre_tags": ["<b>"],
            "post_tags": ["</b>"],
            "encoder": "html",
            "fields": {"text": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1,
                                "no_match_size": SNIPPET_CHARS}},
        }  # fmt: skip
        in_page = {"terms": {"doc_id": list(by_doc)}}
        body = {
            "query": {"bool": {"must": [user], "filter": [*filters, in_page]}},
            "size": max(50, 10 * len(hits)),
            "highlight": highlight,
        }
        for h in self._search(self.segments, body)["hits"]["hits"]:
            hit = by_doc[h["_source"]["doc_id"]]
            if len(hit.highlights) < HIGHLIGHTS_PER_HIT:
                hit.highlights.append(_segment_hit(h))
        for hit in hits:
            if not hit.highlights:
                first = {
                    "query": {"term": {"doc_id": hit.doc_id}},
                    "sort": [{"ord": "asc"}],
                    "size": 1,
                    "highlight": highlight,
                }
                top = self._search(self.segments, first)["hits"]["hits"]
                if top:
                    hit.highlights.append(_segment_hit(top[0]))
            if hit.highlights:
                best = hit.highlights[0]
                hit.segment_id, hit.kind, hit.page = best.segment_id, best.kind, best.page
                hit.snippet = best.snippet

    def _search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            return dict(self.client.search(index=index, body=body))
        except RequestError as exc:
            raise QuerySyntaxError(_reason(exc)) from exc

    def _doc_source(self, doc_id: str, fields: list[str]) -> dict[str, Any] | None:
        try:
            found = self.client.get(index=self.docs, id=doc_id, _source_includes=fields)
        except NotFoundError:
            return None
        return dict(found["_source"])

    def get(self, doc_id: str) -> EnrichedDocument | None:
        stored = self._doc_source(doc_id, ["payload"])
        return EnrichedDocument.model_validate(stored["payload"]) if stored else None

    def list_documents(self, offset: int = 0, limit: int = 50) -> list[DocumentSummary]:
        body = {"query": {"match_all": {}}, "from": offset, "size": limit,
                "sort": [{"uploaded_ms": "desc"}], "_source": SUMMARY_FIELDS}  # fmt: skip
        return [_summary(h["_source"]) for h in self._search(self.docs, body)["hits"]["hits"]]

    def count_documents(self) -> int:
        return int(self.client.count(index=self.docs)["count"])

    def citing(self, normalized: str, offset: int = 0, limit: int = 50) -> list[Citation]:
        body = {"query": {"term": {"ref": normalized}}, "from": offset, "size": limit,
                "sort": [{"uploaded_ms": "desc"}], "_source": SUMMARY_FIELDS}  # fmt: skip
        wanted = normalized.lower()
        out = []
        for h in self._search(self.docs, body)["hits"]["hits"]:
            mine = [r for r in h["_source"].get("refs", []) if r["normalized"].lower() == wanted]
            out.append(
                Citation(
                    document=_summary(h["_source"]),
                    segment_ids=list(dict.fromkeys(r["segment_id"] for r in mine)),
                    texts=list(dict.fromkeys(r["text"] for r in mine)),
                )
            )
        return out

    def ping(self) -> bool:
        return bool(self.client.ping())


def _user_query(q: str) -> dict[str, Any] | None:
    if not q.strip():
        return None
    check_fields(q)
    return {
        "query_string": {
            "query": q,
            "fields": ["title^2", "text"],
            "default_operator": "AND",
            "allow_leading_wildcard": False,
        }
    }


def _filters(query: SearchQuery) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [NOT_REJECTED]
    for name in ("doc_type", "org", "person", "party", "ref"):
        value = getattr(query, name)
        if value:
            out.append({"term": {name: value}})
    low = date_bound(query.date_from, upper=False)
    high = date_bound(query.date_to, upper=True)
    if low is not None or high is not None:
        out.append({"range": {"date_num": {"gte": low, "lte": high}}})
    return out


def _segment_hit(h: dict[str, Any]) -> SegmentHit:
    s = h["_source"]
    fragments = h.get("highlight", {}).get("text", [])
    bbox = s.get("bbox")
    return SegmentHit(
        segment_id=s["seg_id"],
        kind=s["kind"],
        page=s["page"],
        bbox=tuple(bbox) if bbox and len(bbox) == 4 else None,
        snippet=fragments[0] if fragments else "",
    )


def _summary(s: dict[str, Any]) -> DocumentSummary:
    if s.get("rejection"):
        return DocumentSummary(
            doc_id=s["doc_id"],
            key=s["key"],
            version=s["version"],
            pages=0,
            doc_type="other",
            state="rejected",
            rejection=Rejection(**s["rejection"]),
        )
    return DocumentSummary(
        doc_id=s["doc_id"],
        key=s["key"],
        version=s["version"],
        pages=s.get("pages") or 0,
        doc_type=s.get("doc_type") or "other",
        title=s.get("title"),
        date=s.get("date"),
    )


def _reason(exc: RequestError) -> str:
    info = exc.info if isinstance(exc.info, dict) else {}
    causes = info.get("error", {}).get("root_cause", [])
    return causes[0].get("reason", str(exc)) if causes else str(exc.error)
