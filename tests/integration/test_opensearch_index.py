"""The OpenSearch backend against a real node.

With STUKKEN_INDEX_OPENSEARCH_URL set, that node is used; otherwise deploy/local/opensearch.sh
starts one (fetched once from Maven Central into the cache) and stops it afterwards.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator

import pytest

from services.index.port import QuerySyntaxError, SearchQuery
from stukken.platform.settings import REPO_ROOT
from tests.fixtures.index_docs import corpus, later

pytestmark = [pytest.mark.integration]
SCRIPT = REPO_ROOT / "deploy" / "local" / "opensearch.sh"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    given = os.environ.get("STUKKEN_INDEX_OPENSEARCH_URL")
    if given:
        yield given
        return
    started = subprocess.run(
        ["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=600
    )
    assert started.returncode == 0, f"OpenSearch did not start:\n{started.stdout}{started.stderr}"
    yield "http://127.0.0.1:9200"
    subprocess.run(["bash", str(SCRIPT), "stop"], capture_output=True, timeout=120)


@pytest.fixture
def index(url: str) -> Iterator[object]:
    from services.index.opensearch_index import OpenSearchIndex

    idx = OpenSearchIndex(url, prefix=f"test-{uuid.uuid4().hex[:8]}")
    assert idx.ping(), f"no OpenSearch node at {url}"
    idx.ensure()
    yield idx
    idx.drop()


@pytest.fixture
def filled(index):  # type: ignore[no-untyped-def]
    for doc in corpus():
        assert index.upsert(doc)
    index.flush()
    return index


def ids(index, **kw: object) -> set[str]:  # type: ignore[no-untyped-def]
    return {hit.doc_id for hit in index.search(SearchQuery(**kw)).hits}


def test_dutch_analysis(filled) -> None:  # type: ignore[no-untyped-def]
    assert ids(filled, q="samenwerkingsverband") == {"d-samen", "d-ander"}
    assert ids(filled, q="samenwerkingsverbanden") == {"d-samen", "d-ander"}
    assert ids(filled, q="ideeen") == {"d-ander"}
    assert ids(filled, q="grensbewaking") == {"d-vragen"}  # furniture is not body text


def test_syntax_filters_and_highlights(filled) -> None:  # type: ignore[no-untyped-def]
    assert ids(filled, q='"Koninklijke Marechaussee"') == {"d-vragen"}
    assert ids(filled, q="samenwerkingsverband NOT zorg") == {"d-samen"}
    assert ids(filled, q='org:"openbaar ministerie" AND grensbewaking') == {"d-vragen"}
    assert ids(filled, q="ref:kst-29383-406") == {"d-samen", "d-vragen"}
    assert ids(filled, person="Mark Rutte") == {"d-vragen"}
    assert ids(filled, date_from="2023", date_to="2023-12") == {"d-vragen", "d-ander"}
    hit = filled.search(SearchQuery(q="120")).hits[0]
    assert (hit.doc_id, hit.segment_id, hit.kind, hit.page) == ("d-vragen", "s5", "answer", 2)
    assert "<b>120</b>" in hit.snippet


def test_facets_count_documents(filled) -> None:  # type: ignore[no-untyped-def]
    everything = filled.search(SearchQuery())
    assert everything.total == 4
    assert everything.facets["doc_type"] == {"kamerbrief": 2, "kamervragen": 1, "woo_besluit": 1}
    assert everything.facets["party"] == {"VVD": 2, "CDA": 2}
    assert everything.facets["year"] == {"2022": 1, "2023": 2, "2024": 1}
    narrowed = filled.search(SearchQuery(q="samenwerkingsverband"))
    assert narrowed.facets["org"] == {"Politie": 2, "Openbaar Ministerie": 1}


@pytest.mark.parametrize("q", ['"unclosed', "(samen", "nosuchfield:x", "a AND"])
def test_bad_syntax(filled, q: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QuerySyntaxError):
        filled.search(SearchQuery(q=q))


def test_citations_list_and_get(filled) -> None:  # type: ignore[no-untyped-def]
    assert {c.document.doc_id for c in filled.citing("kst-29383-406")} == {"d-samen", "d-vragen"}
    assert filled.citing("kst-1-1") == []
    assert filled.count_documents() == 4
    assert len(filled.list_documents(offset=1, limit=2)) == 2
    assert filled.get("d-vragen") == corpus()[1]
    assert filled.get("nope") is None


def test_versions_and_deletes(index) -> None:  # type: ignore[no-untyped-def]
    doc = corpus()[0]
    assert index.upsert(doc) is True
    assert index.upsert(doc) is False
    stale = later(doc, minutes=-5, text="Een oude tekst over stikstof.")
    assert index.upsert(stale) is False
    newer = later(doc, minutes=5, text="Nu over windmolens.")
    assert index.upsert(newer) is True
    index.flush()
    assert ids(index, q="windmolens") == {doc.doc_id}
    assert ids(index, q="samenwerkingsverbanden") == set()
    assert ids(index, q="stikstof") == set()
    assert index.delete(doc.doc_id) is True
    assert index.delete(doc.doc_id) is False
    index.flush()
    assert index.count_documents() == 0
    assert index.search(SearchQuery(q="windmolens")).total == 0
    again = later(doc, minutes=10, text="Opnieuw over windmolens.")
    assert index.upsert(again) is True
    index.flush()
    assert [d.version for d in index.list_documents()] == [again.version]
    result = index.search(SearchQuery(q="windmolens"))
    assert result.total == 1 and result.hits[0].segment_id == "s2"
