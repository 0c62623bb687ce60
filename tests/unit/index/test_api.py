"""The HTTP API and pages over a real embedded index, through FastAPI's TestClient."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from services.index.api import create_api
from services.index.tantivy_index import TantivyIndex
from tests.fixtures.index_docs import make_doc


@pytest.fixture
def client(filled: TantivyIndex) -> TestClient:
    return TestClient(create_api(filled, ready=lambda: {"kafka": True}))


def test_search_returns_hits_and_facets(client: TestClient) -> None:
    r = client.get("/search", params={"q": "samenwerkingsverbanden", "org": "Politie"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2
    assert {h["doc_id"] for h in body["hits"]} == {"d-samen", "d-ander"}
    hit = next(h for h in body["hits"] if h["doc_id"] == "d-samen")
    assert (hit["segment_id"], hit["kind"], hit["page"]) == ("s2", "paragraph", 1)
    assert "<b>samenwerkingsverbanden</b>" in hit["snippet"]
    assert body["facets"]["org"]["Politie"] == 2


def test_date_filters_use_from_and_to(client: TestClient) -> None:
    r = client.get("/search", params={"from": "2024", "to": "2024-12-31"})
    assert [h["doc_id"] for h in r.json()["hits"]] == ["d-woo"]


@pytest.mark.parametrize("q", ['"unclosed', "(samen", "nosuchfield:x", "a AND"])
def test_bad_syntax_is_400_not_500(client: TestClient, q: str) -> None:
    r = client.get("/search", params={"q": q})
    assert r.status_code == 400
    assert r.json()["error"] == "query_syntax"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 501},
        {"size": 0},
        {"size": 101},
        {"page": 0},
        {"from": "10-11-2022"},
        {"org": "o" * 201},
    ],
)
def test_invalid_parameters_are_422(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/search", params=params).status_code == 422


def test_deep_paging_is_refused(client: TestClient) -> None:
    r = client.get("/search", params={"page": 101, "size": 100})
    assert r.status_code == 400


def test_documents_list_and_get(client: TestClient) -> None:
    listed = client.get("/documents", params={"offset": 1, "limit": 2}).json()
    assert listed["total"] == 4 and len(listed["documents"]) == 2
    assert set(listed["documents"][0]) >= {"doc_id", "key", "version", "pages", "doc_type"}
    doc = client.get("/documents/d-vragen").json()
    assert doc["doc_id"] == "d-vragen" and len(doc["segments"]) == 5
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/documents/bad id!").status_code == 422
    assert client.get("/documents", params={"limit": 0}).status_code == 422


def test_citation_graph(client: TestClient) -> None:
    cited = client.get("/references/kst-29383-406").json()
    assert {c["document"]["doc_id"] for c in cited["citations"]} == {"d-samen", "d-vragen"}
    assert client.get("/references/kst-1-1").json()["citations"] == []
    refs = client.get("/documents/d-vragen/references").json()["references"]
    assert {r["normalized"] for r in refs} == {"kst-29383-406", "ah-tk-20232024-1843"}
    assert client.get("/documents/nope/references").status_code == 404


def test_openapi_documents_the_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/search", "/documents", "/documents/{doc_id}", "/references/{normalized}"} <= set(
        paths
    )
    assert "/" not in paths


def test_search_page_renders_hits_facets_and_escapes(client: TestClient) -> None:
    for q in ['"<script>alert(1)</script>"', "samen <script>"]:  # a phrase, and bad syntax
        body = client.get("/", params={"q": q}).text.split("<body>")[1]
        assert "<script>" not in body and "&lt;script&gt;" in body
    r = client.get("/", params={"q": "samenwerkingsverband"})
    assert "<b>samenwerkingsverband</b>" in r.text
    assert 'href="/view/d-ander#s1"' in r.text
    assert "/?q=samenwerkingsverband&amp;org=Politie" in r.text


def test_search_page_shows_every_hits_title_and_date(index: TantivyIndex) -> None:
    """Title and date of each hit (issue #10); a document that prints no date says so."""
    index.upsert(make_doc("d-dated", [("title", "Nota over de samenwerking")], date="2021-07-06"))
    index.upsert(make_doc("d-undated", [("title", "Notitie samenwerking")], date=None))
    index.flush()
    page = TestClient(create_api(index, ready=lambda: {"kafka": True}))
    hits = page.get("/", params={"q": "samenwerking"}).text.split('<div class="hit">')[1:]
    shown = {h.split("</a></h2>")[0].rsplit(">", 1)[1]: h.split('class="meta">')[1] for h in hits}
    assert shown.keys() == {"Nota over de samenwerking", "Notitie samenwerking"}
    assert '<time datetime="2021-07-06">2021-07-06</time>' in shown["Nota over de samenwerking"]
    assert "datum onbekend" in shown["Notitie samenwerking"]


def test_search_page_shows_syntax_errors_as_400(client: TestClient) -> None:
    r = client.get("/", params={"q": '"unclosed'})
    assert r.status_code == 400
    assert 'role="alert"' in r.text


def test_view_pairs_questions_and_answers(client: TestClient) -> None:
    r = client.get("/view/d-vragen")
    assert r.status_code == 200
    qa = r.text.split('<div class="qa">')
    assert len(qa) == 3  # two questions, each with its answer inside
    assert "Koninklijke Marechaussee werkt samen" in qa[1]
    assert "120 fte" in qa[2]
    assert "/?ref=kst-29383-406" in r.text
    assert client.get("/view/nope").status_code == 404


def test_view_hides_furniture_and_lists_footnotes(client: TestClient) -> None:
    assert "Pagina 1 van 3" not in client.get("/view/d-woo").text
    page = client.get("/view/d-samen").text
    assert "Voetnoten" in page and page.index("Voetnoten") < page.index("Zie Kamerstuk")
