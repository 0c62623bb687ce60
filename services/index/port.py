"""The search index port: what the index service needs from a search engine.

Two adapters implement it: embedded tantivy (default) and OpenSearch (for clusters).
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field

from stukken.contracts import EnrichedDocument


class SearchQuery(BaseModel):
    q: str = ""
    doc_type: str | None = None
    org: str | None = None
    person: str | None = None
    ref: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    page: int = 1
    size: int = 10


class Hit(BaseModel):
    doc_id: str
    key: str
    segment_id: str | None = None
    kind: str | None = None
    page: int | None = None
    snippet: str = ""
    score: float = 0.0


class SearchResult(BaseModel):
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = Field(default_factory=dict)


class DocumentSummary(BaseModel):
    doc_id: str
    key: str
    version: str
    pages: int
    doc_type: str
    title: str | None = None
    date: str | None = None


class SearchIndex(Protocol):
    def upsert(self, doc: EnrichedDocument) -> bool:
        """Store the document; False when a stored version is newer or equal (nothing changed)."""

    def delete(self, doc_id: str) -> bool:
        """Drop every segment of the document; False when it was not there."""

    def flush(self) -> None:
        """Make what was written searchable (commit + reload)."""

    def search(self, query: SearchQuery) -> SearchResult: ...

    def get(self, doc_id: str) -> EnrichedDocument | None: ...

    def list_documents(self, offset: int = 0, limit: int = 50) -> list[DocumentSummary]: ...

    def ping(self) -> bool: ...
