"""The search page (`/`) and the document view (`/view/{doc_id}`): server-rendered HTML.

Snippets come from the index already HTML-escaped with matches in <b>; everything else is
escaped by Jinja2's autoescaping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from services.index.params import DocId, search_query
from services.index.port import QuerySyntaxError, SearchIndex, SearchQuery, SearchResult
from stukken.contracts import EnrichedDocument, Entity, Reference, Segment
from stukken.contracts.ocr import OcrProgress

TEMPLATES = Jinja2Templates(directory=FsPath(__file__).parent / "templates")
FACET_LABELS = {
    "doc_type": "Soort",
    "org": "Organisaties",
    "person": "Personen",
    "party": "Partijen",
    "year": "Jaar",
}
FILTERS = ("doc_type", "org", "person", "party", "ref", "from", "to")
ENTITY_FILTER = {"organization": "org", "person": "person", "party": "party"}


def mount(
    app: FastAPI,
    index: SearchIndex,
    *,
    ready: Callable[[], dict[str, bool]] | None = None,
    pending: Callable[[], list[OcrProgress]] | None = None,
) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request, query: Annotated[SearchQuery, Depends(search_query)]
    ) -> HTMLResponse:
        params = _params(query)
        result: SearchResult | None = None
        error = None
        try:
            result = index.search(query)
        except QuerySyntaxError as exc:
            error = str(exc)
        context = {
            "query": query,
            "params": params,
            "result": result,
            "error": error,
            "facets": _facet_links(result, params) if result else [],
            "active": _active_filters(params),
            "pages": _paging(result, params) if result else {},
            "not_ready": [k for k, ok in (ready() if ready else {}).items() if not ok],
            "ocr_pending": pending() if pending else [],
        }
        return TEMPLATES.TemplateResponse(
            request, "search.html", context, status_code=400 if error else 200
        )

    @app.get("/view/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def view_page(
        request: Request,
        doc_id: DocId,
    ) -> HTMLResponse:
        doc = index.get(doc_id)
        if doc is None:
            waiting = [p for p in (pending() if pending else []) if p.doc_id == doc_id]
            if waiting:  # not missing: still being OCR'd
                context = {"progress": waiting[0]}
                return TEMPLATES.TemplateResponse(request, "pending.html", context)
            raise HTTPException(404, f"no document {doc_id}")
        return TEMPLATES.TemplateResponse(request, "view.html", {"doc": doc, "view": view(doc)})


def _params(query: SearchQuery) -> dict[str, str]:
    values = {
        "q": query.q,
        "doc_type": query.doc_type,
        "org": query.org,
        "person": query.person,
        "party": query.party,
        "ref": query.ref,
        "from": query.date_from,
        "to": query.date_to,
    }
    return {k: v for k, v in values.items() if v}


def _url(params: dict[str, str], **changes: str | None) -> str:
    merged = {**params, **changes}
    return "/?" + urlencode({k: v for k, v in merged.items() if v})


def _facet_links(result: SearchResult, params: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for name, counts in result.facets.items():
        if not counts:
            continue
        links = []
        for value, count in counts.items():
            if name == "year":
                chosen = params.get("from") == value and params.get("to") == value
                href = _url(params, **{"from": value, "to": value})
            else:
                chosen = params.get(name) == value
                href = _url(params, **{name: value})
            links.append({"value": value, "count": count, "href": href, "chosen": chosen})
        out.append({"name": name, "label": FACET_LABELS.get(name, name), "links": links})
    return out


def _active_filters(params: dict[str, str]) -> list[dict[str, str]]:
    return [
        {"name": k, "value": params[k], "remove": _url(params, **{k: None})}
        for k in FILTERS
        if k in params
    ]


def _paging(result: SearchResult, params: dict[str, str]) -> dict[str, str]:
    links = {}
    size = str(result.size) if result.size != 10 else None
    if result.page > 1:
        links["prev"] = _url(params, page=str(result.page - 1), size=size)
    if result.page * result.size < result.total:
        links["next"] = _url(params, page=str(result.page + 1), size=size)
    return links


@dataclass
class Block:
    """One thing on the document view: a segment, or a question with its answers."""

    segment: Segment
    answers: list[Segment] = field(default_factory=list)


@dataclass
class DocumentView:
    blocks: list[Block]
    footnotes: list[Segment]
    letterhead: list[Segment]
    entities: dict[str, list[Entity]]
    references: dict[str, list[Reference]]
    chips: dict[str, list[dict[str, str]]]
    """segment id → chips: {"label", "kind", "href"}"""


def view(doc: EnrichedDocument) -> DocumentView:
    answers_to: dict[str, list[Segment]] = {}
    for seg in doc.segments:
        if seg.kind == "answer" and seg.answer_to:
            answers_to.setdefault(seg.answer_to[0], []).append(seg)
    question_ids = {s.id for s in doc.segments if s.kind == "question"}
    blocks, footnotes, letterhead = [], [], []
    for seg in doc.segments:
        if seg.kind == "furniture":
            continue
        if seg.kind == "footnote":
            footnotes.append(seg)
        elif seg.kind == "letterhead":
            letterhead.append(seg)
        elif seg.kind == "answer" and seg.answer_to and seg.answer_to[0] in question_ids:
            continue  # shown under its question
        else:
            blocks.append(Block(seg, answers_to.get(seg.id, []) if seg.kind == "question" else []))
    entities: dict[str, list[Entity]] = {}
    references: dict[str, list[Reference]] = {}
    chips: dict[str, list[dict[str, str]]] = {}
    for ent in doc.entities:
        entities.setdefault(ent.type, []).append(ent)
        name = ENTITY_FILTER.get(ent.type)
        href = _url({}, **{name: ent.canonical}) if name else ""
        chip = {"label": ent.canonical, "kind": ent.type, "href": href}
        if chip not in chips.setdefault(ent.segment_id, []):
            chips[ent.segment_id].append(chip)
    for ref in doc.references:
        references.setdefault(ref.normalized, []).append(ref)
        chip = {"label": ref.normalized, "kind": "ref", "href": _url({}, ref=ref.normalized)}
        if chip not in chips.setdefault(ref.segment_id, []):
            chips[ref.segment_id].append(chip)
    return DocumentView(blocks, footnotes, letterhead, entities, references, chips)
