"""Reading the embedded index: queries, facets, hits with snippets, summaries, citations.

A query runs on the `doc` records (one per document, whole body text), so AND/OR/NOT mean "in
the document" and facets count documents; the segments of the documents on the page that match
the same query become the hit's highlights (best first). See `tantivy_schema` for the records.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Literal, NamedTuple

import tantivy
from tantivy import Occur, Query

from services.index.facts import date_bound
from services.index.port import (
    FACETS,
    HIGHLIGHTS_PER_HIT,
    SNIPPET_CHARS,
    Citation,
    DocumentSummary,
    Hit,
    QuerySyntaxError,
    Rejection,
    SearchQuery,
    SearchResult,
    SegmentHit,
)
from services.index.query_fields import check_fields
from services.index.tantivy_schema import FACET_FIELDS, TEXT_FIELDS, keyword_analyzer

FACET_SIZE = 20
_KW = keyword_analyzer()
State = Literal["indexed", "rejected"]
# `field:*` asks for "any value", which tantivy answers only for fast fields (and then with an
# error, not an empty result): refused up front with a clear message.
_ANY_VALUE = re.compile(r"(?:^|[\s(+\-!])[A-Za-z_][\w.]*:\*(?=$|[\s)])")


class Stored(NamedTuple):
    """What the index holds of one document."""

    version: str
    uploaded_us: int
    state: State


def parse_user_query(index: tantivy.Index, q: str) -> Query | None:
    """The query string as a tantivy query; None when blank. Raises QuerySyntaxError."""
    if not q.strip():
        return None
    check_fields(q)
    if _ANY_VALUE.search(q):
        raise QuerySyntaxError("`field:*` (any value) is not supported; name a value or a prefix")
    options: dict[str, Any] = {
        "default_field_names": TEXT_FIELDS,
        "field_boosts": {"title": 2.0},
        "conjunction_by_default": True,
    }
    try:
        return index.parse_query(q, **options)
    except ValueError as exc:
        if "Only excluding terms" in str(exc):  # `-word` / `NOT word` alone: all but those
            try:
                return index.parse_query("* " + q, **options)
            except ValueError:
                pass
        raise QuerySyntaxError(str(exc)) from exc


def term(schema: tantivy.Schema, field: str, value: str, *, keyword: bool = False) -> Query:
    if keyword:
        tokens = _KW.analyze(value)
        value = tokens[0] if tokens else value
    return Query.term_query(schema, field, value)


def must(*queries: Query | None) -> Query:
    return Query.boolean_query([(Occur.Must, q) for q in queries if q is not None])


def filter_queries(schema: tantivy.Schema, query: SearchQuery) -> list[Query]:
    out = []
    for name in ("doc_type", "org", "person", "party", "ref"):
        value = getattr(query, name)
        if value:
            out.append(term(schema, name, value, keyword=True))
    low = date_bound(query.date_from, upper=False)
    high = date_bound(query.date_to, upper=True)
    if low is not None or high is not None:
        out.append(Query.range_query(schema, "date_num", tantivy.FieldType.Integer, low, high))
    return out


def search(index: tantivy.Index, searcher: tantivy.Searcher, query: SearchQuery) -> SearchResult:
    """Run the query; whatever tantivy refuses in it becomes a QuerySyntaxError (HTTP 400)."""
    try:
        return _search(index, searcher, query)
    except QuerySyntaxError:
        raise
    except ValueError as exc:  # e.g. a range or term on a field that cannot take it
        raise QuerySyntaxError(f"the query cannot be run: {exc}") from exc
    except BaseException as exc:  # a panic inside tantivy arrives as pyo3's PanicException
        if type(exc).__name__ != "PanicException":
            raise
        raise QuerySyntaxError("the query cannot be run") from exc


def _search(index: tantivy.Index, searcher: tantivy.Searcher, query: SearchQuery) -> SearchResult:
    schema = index.schema
    user = parse_user_query(index, query.q)
    filters = filter_queries(schema, query)
    doc_q = must(term(schema, "rec", "doc"), user or Query.all_query(), *filters)
    offset = (query.page - 1) * query.size
    if user is None:  # no words: newest documents first
        found = searcher.search(
            doc_q, query.size, count=True, offset=offset, order_by_field="date_num"
        )
    else:
        found = searcher.search(doc_q, query.size, count=True, offset=offset)
    hits = []
    for score, address in found.hits:
        stored = searcher.doc(address)
        summary = summary_of(stored)
        hits.append(
            Hit(
                doc_id=summary.doc_id,
                key=summary.key,
                version=summary.version,
                title=summary.title,
                doc_type=summary.doc_type,
                date=summary.date,
                score=float(score) if user is not None else 0.0,
            )
        )
    if user is not None and hits:
        _attach_segments(index, searcher, user, filters, hits)
    return SearchResult(
        total=_count(found),
        hits=hits,
        facets=facet_counts(searcher, doc_q),
        page=query.page,
        size=query.size,
    )


def facet_counts(searcher: tantivy.Searcher, doc_q: Query) -> dict[str, dict[str, int]]:
    aggs = {name: {"terms": {"field": FACET_FIELDS[name], "size": FACET_SIZE}} for name in FACETS}
    result = searcher.aggregate(doc_q, aggs)
    return {
        name: {str(b["key"]): int(b["doc_count"]) for b in result[name]["buckets"]}
        for name in FACETS
    }


def _attach_segments(
    index: tantivy.Index,
    searcher: tantivy.Searcher,
    user: Query,
    filters: list[Query],
    hits: list[Hit],
) -> None:
    schema = index.schema
    by_doc = {hit.doc_id: hit for hit in hits}
    in_page = Query.term_set_query(schema, "doc_id", list(by_doc))
    seg_q = must(term(schema, "rec", "seg"), user, in_page, *filters)
    generator = tantivy.SnippetGenerator.create(searcher, user, schema, "text")
    generator.set_max_num_chars(SNIPPET_CHARS)
    found = searcher.search(seg_q, max(50, 10 * len(hits)), count=False)
    for _, address in found.hits:
        stored = searcher.doc(address)
        hit = by_doc[_text(stored, "doc_id")]
        if len(hit.highlights) < HIGHLIGHTS_PER_HIT:
            hit.highlights.append(segment_hit(stored, generator))
    for hit in hits:  # matched on the title or across segments: show the first body segment
        if not hit.highlights:
            first = must(term(schema, "rec", "seg"), term(schema, "doc_id", hit.doc_id))
            top = searcher.search(first, 1, order_by_field="ord", order=tantivy.Order.Asc)
            if top.hits:
                hit.highlights.append(segment_hit(searcher.doc(top.hits[0][1]), generator))
        if hit.highlights:
            best = hit.highlights[0]
            hit.segment_id, hit.kind, hit.page = best.segment_id, best.kind, best.page
            hit.snippet = best.snippet


def segment_hit(stored: tantivy.Document, generator: tantivy.SnippetGenerator) -> SegmentHit:
    text = _bytes(stored, "seg_text").decode()
    snippet = generator.snippet_from_doc(tantivy.Document(text=text)).to_html()
    if not snippet:
        snippet = html.escape(text[:SNIPPET_CHARS]) + ("…" if len(text) > SNIPPET_CHARS else "")
    bbox = stored.get_all("bbox")
    return SegmentHit(
        segment_id=stored.get_first("seg_id"),
        kind=stored.get_first("kind"),
        page=stored.get_first("page"),
        bbox=tuple(bbox) if len(bbox) == 4 else None,
        snippet=snippet,
    )


def summary_of(stored: tantivy.Document) -> DocumentSummary:
    if _text(stored, "rec") == "rejected":
        why = json.loads(_bytes(stored, "payload") or b"{}")
        return DocumentSummary(
            doc_id=_text(stored, "doc_id"),
            key=_text(stored, "key"),
            version=_text(stored, "version"),
            pages=0,
            doc_type="other",
            state="rejected",
            rejection=Rejection(
                stage=str(why.get("stage", "")),
                reason=str(why.get("reason", "")),
                detail=str(why.get("detail", "")),
            ),
        )
    return DocumentSummary(
        doc_id=stored.get_first("doc_id"),
        key=stored.get_first("key"),
        version=stored.get_first("version"),
        pages=stored.get_first("pages") or 0,
        doc_type=stored.get_first("doc_type") or "other",
        title=stored.get_first("title"),
        date=stored.get_first("date"),
    )


def _docs(index: tantivy.Index) -> Query:
    return term(index.schema, "rec", "doc")


def _listed(index: tantivy.Index) -> Query:
    """Indexed documents and rejected versions: what `stukken docs` lists."""
    return Query.term_set_query(index.schema, "rec", ["doc", "rejected"])


def versions(index: tantivy.Index, searcher: tantivy.Searcher) -> dict[str, Stored]:
    """doc_id → what is stored, for every committed document and rejection."""
    n = searcher.num_docs
    if n == 0:
        return {}
    out = {}
    for _, address in searcher.search(_listed(index), n, count=False).hits:
        stored = searcher.doc(address)
        state: State = "rejected" if _text(stored, "rec") == "rejected" else "indexed"
        out[_text(stored, "doc_id")] = Stored(
            _text(stored, "version"), _int(stored, "uploaded_us"), state
        )
    return out


def payload(index: tantivy.Index, searcher: tantivy.Searcher, doc_id: str) -> bytes | None:
    q = must(term(index.schema, "rec", "blob"), term(index.schema, "doc_id", doc_id))
    found = searcher.search(q, 1, count=False)
    if not found.hits:
        return None
    return _bytes(searcher.doc(found.hits[0][1]), "payload")


def summaries(
    index: tantivy.Index,
    searcher: tantivy.Searcher,
    offset: int,
    limit: int,
    q: Query | None = None,
) -> list[DocumentSummary]:
    """Documents, most recently uploaded first."""
    found = searcher.search(
        q or _listed(index), limit, count=False, offset=offset, order_by_field="uploaded_us"
    )
    return [summary_of(searcher.doc(address)) for _, address in found.hits]


def count_documents(index: tantivy.Index, searcher: tantivy.Searcher) -> int:
    return _count(searcher.search(_listed(index), 1, count=True))


def citing(
    index: tantivy.Index, searcher: tantivy.Searcher, normalized: str, offset: int, limit: int
) -> list[Citation]:
    wanted = _KW.analyze(normalized)
    q = must(_docs(index), term(index.schema, "ref", normalized, keyword=True))
    found = searcher.search(q, limit, count=False, offset=offset, order_by_field="uploaded_us")
    out = []
    for _, address in found.hits:
        stored = searcher.doc(address)
        refs = json.loads(_bytes(stored, "refs_json") or b"[]")
        mine = [r for r in refs if _KW.analyze(r["normalized"]) == wanted]
        out.append(
            Citation(
                document=summary_of(stored),
                segment_ids=list(dict.fromkeys(r["segment_id"] for r in mine)),
                texts=list(dict.fromkeys(r["text"] for r in mine)),
            )
        )
    return out


def _count(found: tantivy.SearchResult) -> int:
    return int(getattr(found, "count", None) or 0)  # the stub lacks `count`


def _text(stored: tantivy.Document, field: str) -> str:
    return str(stored.get_first(field) or "")


def _int(stored: tantivy.Document, field: str) -> int:
    return int(stored.get_first(field) or 0)


def _bytes(stored: tantivy.Document, field: str) -> bytes:
    return bytes(stored.get_first(field) or b"")
