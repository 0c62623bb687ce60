"""Request parameters of the search API and page: validated, with limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import HTTPException, Path, Query

from services.index.port import SearchQuery

MAX_QUERY_CHARS = 500
MAX_PAGE_SIZE = 100
MAX_RESULT_WINDOW = 10_000
"""page * size may not exceed this: deep paging is what a crawler does, not a person"""
MAX_LIST_LIMIT = 500
MAX_VERSIONS_PER_CALL = 1000
"""doc_ids per /index/versions call: one page of a bucket listing"""

DocId = Annotated[str, Path(pattern=r"^[A-Za-z0-9._-]{1,128}$", description="the document id")]
Keyword = Annotated[str | None, Query(max_length=200)]
DateBound = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
]


def search_query(
    q: Annotated[
        str, Query(max_length=MAX_QUERY_CHARS, description="query syntax: see /docs")
    ] = "",
    doc_type: Keyword = None,
    org: Keyword = None,
    person: Keyword = None,
    party: Keyword = None,
    ref: Keyword = None,
    date_from: Annotated[DateBound, Query(alias="from")] = None,
    date_to: Annotated[DateBound, Query(alias="to")] = None,
    page: Annotated[int, Query(ge=1, le=MAX_RESULT_WINDOW)] = 1,
    size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 10,
) -> SearchQuery:
    if page * size > MAX_RESULT_WINDOW:
        raise HTTPException(400, f"page * size may not exceed {MAX_RESULT_WINDOW}")
    return SearchQuery(
        q=q.strip(),
        doc_type=doc_type or None,
        org=org or None,
        person=person or None,
        party=party or None,
        ref=ref or None,
        date_from=date_from,
        date_to=date_to,
        page=page,
        size=size,
    )
