"""The search index port: what the index service needs from a search engine.

Two adapters implement it: embedded tantivy (default) and OpenSearch (for clusters).

Query syntax (both adapters): words (all must match, Dutch stemming, accents folded), phrases in
double quotes, AND / OR / NOT (upper case), `-word` to exclude, parentheses, and field filters on
exact keyword fields: `org:"Openbaar Ministerie"`, `person:"Mark Rutte"`, `party:VVD`,
`ref:kst-29383-406`, `doc_type:kamerbrief`, `year:2022`, `doc_id:...`, `key:...`, and the text
fields `title:` and `text:`. Keyword filters ignore case and accents. Invalid syntax or an unknown
field raises `QuerySyntaxError`.
"""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, Field

from stukken.contracts import DocRejected, EnrichedDocument

FACETS = ("doc_type", "org", "person", "party", "year")
# What every backend shows of a hit: so many highlighted segments, snippets of so many characters.
HIGHLIGHTS_PER_HIT = 3
SNIPPET_CHARS = 240
"""Facet names in `SearchResult.facets`; each counts matching documents per value."""


class QuerySyntaxError(ValueError):
    """The query string cannot be parsed (the API answers 400)."""


class SearchQuery(BaseModel):
    q: str = ""
    doc_type: str | None = None
    org: str | None = None
    person: str | None = None
    party: str | None = None
    ref: str | None = None
    date_from: str | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    date_to: str | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    page: int = Field(default=1, ge=1)
    size: int = Field(default=10, ge=1)


class SegmentHit(BaseModel):
    """One matching segment of a document: where the words were found."""

    segment_id: str
    kind: str
    page: int
    bbox: tuple[float, float, float, float] | None = None
    snippet: str = Field("", description="HTML: escaped text with matches in <b>")


class Hit(BaseModel):
    """One matching document, pointing at its best matching segment."""

    doc_id: str
    key: str
    segment_id: str | None = None
    kind: str | None = None
    page: int | None = None
    snippet: str = Field("", description="HTML: escaped text with matches in <b>")
    score: float = 0.0
    title: str | None = None
    doc_type: str | None = None
    date: str | None = None
    version: str | None = None
    highlights: list[SegmentHit] = Field(
        default_factory=list, description="the best matching segments, best first"
    )


class SearchResult(BaseModel):
    total: int = Field(description="matching documents")
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = Field(default_factory=dict)
    page: int = 1
    size: int = 10


class Rejection(BaseModel):
    """Why the current version of a document is not searchable."""

    stage: str
    reason: str = Field(description="machine-readable reason code, e.g. 'not_a_pdf'")
    detail: str = ""


class DocumentSummary(BaseModel):
    doc_id: str
    key: str
    version: str
    pages: int
    doc_type: str
    title: str | None = None
    date: str | None = None
    state: Literal["indexed", "rejected"] = "indexed"
    rejection: Rejection | None = None


class IndexedVersion(BaseModel):
    """What the index holds of one document: the reconciler compares it with the bucket."""

    version: str
    # "ocr": not indexed yet, its pages are being OCR'd (the reconciler leaves it alone)
    state: Literal["indexed", "rejected", "ocr"] = "indexed"


class Citation(BaseModel):
    """A document that cites a reference, with the citing passages."""

    document: DocumentSummary
    segment_ids: list[str] = Field(default_factory=list)
    texts: list[str] = Field(default_factory=list, description="the reference as printed")


class SearchIndex(Protocol):
    def upsert(self, doc: EnrichedDocument) -> bool:
        """Store the document; False when a stored version is newer or equal (nothing changed)."""

    def delete(self, doc_id: str) -> bool:
        """Drop every segment of the document; False when it was not there."""

    def reject(self, event: DocRejected) -> bool:
        """Replace what is stored with the rejection of a newer version: the document leaves
        search and `list_documents` says why. False when a newer version, or this same
        rejection, is stored."""

    def versions(self, doc_ids: list[str]) -> dict[str, IndexedVersion]:
        """The stored version of each of these documents that the index holds."""

    def flush(self) -> None:
        """Make what was written searchable (commit + reload)."""

    def search(self, query: SearchQuery) -> SearchResult: ...

    def get(self, doc_id: str) -> EnrichedDocument | None: ...

    def list_documents(self, offset: int = 0, limit: int = 50) -> list[DocumentSummary]: ...

    def count_documents(self) -> int: ...

    def citing(self, normalized: str, offset: int = 0, limit: int = 50) -> list[Citation]:
        """The documents that cite a reference (its normalized form), newest first."""

    def ping(self) -> bool: ...

    def close(self) -> None:
        """Commit what is pending and release the index (the writer lock, threads)."""
