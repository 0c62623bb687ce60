"""No query string, however hostile, makes the API answer 5xx; the pages send security headers."""

from __future__ import annotations

import contextlib
import random

import pytest
from fastapi.testclient import TestClient

from services.index.api import create_api
from services.index.port import QuerySyntaxError, SearchQuery
from services.index.query_fields import QUERY_FIELDS
from services.index.tantivy_index import TantivyIndex

HOSTILE = [
    "key:*", "title:*", "org:*", "doc_id:*", "text:*", "year:*", "(key:*)", "-key:*",
    "key:[* TO *]", "year:[a TO z]", "year:>x", "year:IN [1 2]", "key:/a.*/", "title:a~2",
    "samen^", "samen^x", "*:*", "a:b:c", "\\", '"', "((((", "))))", "[", "{", "}", "]",
    "NOT", "AND OR", "- -", "+", "!", "~", "*", "**", "?", "a*b?c", "title:\"unclosed",
    "\x00", "\u202e", "🦀:x", "key:\"..\\/etc\"", "ref:[kst TO *]", "date_num:1",
]  # fmt: skip
ALPHABET = [*list('abc *?:"()[]{}+-!^~\\/<>=&|'), "AND ", "OR ", "NOT ", "TO ", "IN "]


def fuzzed(count: int) -> list[str]:
    rnd = random.Random(9)
    fields = [*sorted(QUERY_FIELDS), "x"]
    out = []
    for _ in range(count):
        parts = [rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 12))]
        if rnd.random() < 0.5:
            parts.insert(0, rnd.choice(fields) + ":")
        out.append("".join(parts))
    return out


@pytest.fixture
def client(filled: TantivyIndex) -> TestClient:
    return TestClient(create_api(filled), raise_server_exceptions=False)


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_are_answered_without_5xx(client: TestClient, q: str) -> None:
    for path in ("/search", "/"):
        r = client.get(path, params={"q": q})
        assert r.status_code < 500, (path, q, r.text[:200])


def test_any_value_of_a_field_is_a_clear_400(client: TestClient) -> None:
    r = client.get("/search", params={"q": "key:*"})
    assert r.status_code == 400
    assert "field:*" in r.json()["detail"]


def test_fuzzed_queries_give_a_result_or_a_syntax_error(filled: TantivyIndex) -> None:
    for q in fuzzed(600):
        with contextlib.suppress(QuerySyntaxError):
            filled.search(SearchQuery(q=q))


def test_html_and_json_responses_carry_security_headers(client: TestClient) -> None:
    for path in ("/", "/search?q=samen", "/view/d-samen"):
        r = client.get(path)
        assert r.status_code == 200
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
