"""The search HTTP API (JSON, with OpenAPI docs at /docs) and the search page (HTML at /).

Health, readiness and metrics routes are the service's own (services/index/app.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from services.index import pages
from services.index.params import (
    MAX_LIST_LIMIT,
    MAX_RESULT_WINDOW,
    MAX_VERSIONS_PER_CALL,
    DocId,
    search_query,
)
from services.index.pending import still_moving
from services.index.port import (
    Citation,
    DocumentSummary,
    IndexedVersion,
    QuerySyntaxError,
    SearchIndex,
    SearchQuery,
    SearchResult,
)
from stukken.contracts import EnrichedDocument
from stukken.contracts.ocr import OcrProgress


class DocumentList(BaseModel):
    total: int
    offset: int
    limit: int
    documents: list[DocumentSummary]


class CitedReference(BaseModel):
    normalized: str
    type: str
    texts: list[str] = Field(description="the reference as printed, each distinct form once")
    segment_ids: list[str]
    url: str | None = None


class DocumentReferences(BaseModel):
    doc_id: str
    references: list[CitedReference]


class ReferenceCitations(BaseModel):
    normalized: str
    offset: int
    limit: int
    citations: list[Citation]


class Problem(BaseModel):
    error: str
    detail: str


class VersionsRequest(BaseModel):
    doc_ids: list[str] = Field(max_length=MAX_VERSIONS_PER_CALL)


# Every response: no framing (clickjacking), no content sniffing, and a policy that allows the
# pages' own inline style and nothing else (they have no scripts).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_api(
    index: SearchIndex,
    *,
    ready: Callable[[], dict[str, bool]] | None = None,
    pending: Callable[[], list[OcrProgress]] | None = None,
) -> FastAPI:
    app = FastAPI(
        title="stukken search",
        description=(
            "Search the indexed Dutch government documents. Query syntax: words (all must "
            'match; Dutch stemming), "phrases", AND / OR / NOT, -word, parentheses, and field '
            'filters such as org:"Openbaar Ministerie", person:"...", party:VVD, '
            "ref:kst-29383-406, doc_type:kamerbrief, year:2022, title:..."
        ),
        version="1",
    )
    app.state.index = index
    app.state.ready = ready

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(QuerySyntaxError)
    async def bad_query(request: Request, exc: QuerySyntaxError) -> JSONResponse:
        body = Problem(error="query_syntax", detail=str(exc))
        return JSONResponse(body.model_dump(), status_code=400)

    bad: dict[int | str, dict[str, Any]] = {
        400: {"model": Problem, "description": "the query cannot be parsed"}
    }

    @app.get("/search", response_model=SearchResult, responses=bad, tags=["search"])
    def search(query: Annotated[SearchQuery, Depends(search_query)]) -> SearchResult:
        """Documents matching the query, best first, each pointing at its best segments, with
        facet counts (documents per doc_type, org, person, party, year)."""
        return index.search(query)

    @app.get("/documents", response_model=DocumentList, tags=["documents"])
    def documents(
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_LIST_LIMIT)] = 50,
    ) -> DocumentList:
        """Indexed documents, most recently uploaded first."""
        return DocumentList(
            total=index.count_documents(),
            offset=offset,
            limit=limit,
            documents=index.list_documents(offset=offset, limit=limit),
        )

    @app.get("/documents/{doc_id}", response_model=EnrichedDocument, tags=["documents"])
    def document(doc_id: DocId) -> EnrichedDocument:
        """The enriched document as indexed."""
        return _get(index, doc_id)

    @app.get(
        "/documents/{doc_id}/references", response_model=DocumentReferences, tags=["citations"]
    )
    def document_references(doc_id: DocId) -> DocumentReferences:
        """The references a document cites, one entry per normalized reference."""
        doc = _get(index, doc_id)
        grouped: dict[str, CitedReference] = {}
        for ref in doc.references:
            entry = grouped.setdefault(
                ref.normalized,
                CitedReference(
                    normalized=ref.normalized, type=ref.type, texts=[], segment_ids=[], url=ref.url
                ),
            )
            if ref.text not in entry.texts:
                entry.texts.append(ref.text)
            if ref.segment_id not in entry.segment_ids:
                entry.segment_ids.append(ref.segment_id)
        return DocumentReferences(doc_id=doc_id, references=list(grouped.values()))

    @app.get("/references/{normalized}", response_model=ReferenceCitations, tags=["citations"])
    def reference_citations(
        normalized: Annotated[str, Path(min_length=1, max_length=200)],
        offset: Annotated[int, Query(ge=0, le=MAX_RESULT_WINDOW)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_LIST_LIMIT)] = 50,
    ) -> ReferenceCitations:
        """The documents that cite a reference, e.g. kst-29383-406 (most recent first)."""
        return ReferenceCitations(
            normalized=normalized,
            offset=offset,
            limit=limit,
            citations=index.citing(normalized, offset=offset, limit=limit),
        )

    @app.post("/index/versions", response_model=dict[str, IndexedVersion], tags=["reconcile"])
    def versions(request: VersionsRequest) -> dict[str, IndexedVersion]:
        """What the index holds of these documents (version, indexed or rejected); documents it
        does not hold are left out. The ingest reconciler compares this with the bucket.
        A document being OCR'd is reported with the version being read (state `ocr`), so a
        long scan is not sent through the pipeline again while its pages are read."""
        held = index.versions(request.doc_ids)
        wanted = set(request.doc_ids)
        for progress in pending() if pending else []:
            current = held.get(progress.doc_id)
            newer = current is None or current.version != progress.version
            if progress.doc_id in wanted and newer and still_moving(progress):
                held[progress.doc_id] = IndexedVersion(version=progress.version, state="ocr")
        return held

    @app.get("/ocr/pending", response_model=list[OcrProgress], tags=["documents"])
    def ocr_pending() -> list[OcrProgress]:
        """Documents still being OCR'd (not searchable yet), oldest first, with their pages
        total, done and failed."""
        return pending() if pending else []

    pages.mount(app, index, ready=ready, pending=pending)
    return app


def _get(index: SearchIndex, doc_id: str) -> EnrichedDocument:
    doc = index.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    return doc
