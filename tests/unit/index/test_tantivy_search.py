"""Search on the embedded index: Dutch analysis, syntax, filters, facets, highlights, citations."""

from __future__ import annotations

import pytest

from services.index.port import QuerySyntaxError, SearchQuery
from services.index.tantivy_index import TantivyIndex


def ids(index: TantivyIndex, **kw: object) -> set[str]:
    return {hit.doc_id for hit in index.search(SearchQuery(**kw)).hits}  # type: ignore[arg-type]


def test_inflected_forms_find_each_other(filled: TantivyIndex) -> None:
    assert ids(filled, q="samenwerkingsverband") == {"d-samen", "d-ander"}
    assert ids(filled, q="samenwerkingsverbanden") == {"d-samen", "d-ander"}


def test_accents_are_folded_and_stop_words_ignored(filled: TantivyIndex) -> None:
    assert ids(filled, q="ideeen") == {"d-ander"}
    assert ids(filled, q="de het een ideeën") == {"d-ander"}


def test_hit_points_at_the_matching_segment_with_highlight(filled: TantivyIndex) -> None:
    hit = filled.search(SearchQuery(q="120")).hits[0]
    assert (hit.doc_id, hit.segment_id, hit.kind, hit.page) == ("d-vragen", "s5", "answer", 2)
    assert "<b>120</b>" in hit.snippet
    assert hit.highlights[0].bbox is not None


def test_furniture_is_not_body_text(filled: TantivyIndex) -> None:
    assert ids(filled, q="grensbewaking") == {"d-vragen"}


def test_phrase_and_boolean_syntax(filled: TantivyIndex) -> None:
    assert ids(filled, q='"Koninklijke Marechaussee"') == {"d-vragen"}
    assert ids(filled, q='"Marechaussee Koninklijke"') == set()
    assert ids(filled, q="samenwerkingsverband AND zorg") == {"d-ander"}
    assert ids(filled, q="zorg OR Woo") == {"d-ander", "d-woo"}
    assert ids(filled, q="samenwerkingsverband NOT zorg") == {"d-samen"}
    assert ids(filled, q="-samenwerkingsverband") == {"d-vragen", "d-woo"}


def test_field_filters_in_the_query(filled: TantivyIndex) -> None:
    assert ids(filled, q='org:"Openbaar Ministerie"') == {"d-samen", "d-vragen"}
    assert ids(filled, q='org:"openbaar ministerie" AND grensbewaking') == {"d-vragen"}
    assert ids(filled, q="ref:kst-29383-406") == {"d-samen", "d-vragen"}
    assert ids(filled, q="party:cda") == {"d-vragen", "d-ander"}
    assert ids(filled, q="doc_type:woo_besluit") == {"d-woo"}
    assert ids(filled, q='person:"Dilan Yesilgoz"') == {"d-samen"}


def test_filter_parameters(filled: TantivyIndex) -> None:
    assert ids(filled, doc_type="kamerbrief") == {"d-samen", "d-ander"}
    assert ids(filled, org="Politie", q="samenwerkingsverband") == {"d-samen", "d-ander"}
    assert ids(filled, person="Mark Rutte") == {"d-vragen"}
    assert ids(filled, ref="ah-tk-20232024-1843") == {"d-vragen"}
    assert ids(filled, date_from="2023", date_to="2023-12") == {"d-vragen", "d-ander"}
    assert ids(filled, date_from="2024-01-16") == set()


def test_facets_count_documents(filled: TantivyIndex) -> None:
    everything = filled.search(SearchQuery())
    assert everything.total == 4
    assert everything.facets["doc_type"] == {"kamerbrief": 2, "kamervragen": 1, "woo_besluit": 1}
    assert everything.facets["org"]["Openbaar Ministerie"] == 2
    assert everything.facets["org"]["Politie"] == 2
    assert everything.facets["party"] == {"VVD": 2, "CDA": 2}
    assert everything.facets["year"] == {"2022": 1, "2023": 2, "2024": 1}
    narrowed = filled.search(SearchQuery(q="samenwerkingsverband"))
    assert narrowed.facets["org"] == {"Politie": 2, "Openbaar Ministerie": 1}
    assert narrowed.facets["person"] == {"Dilan Yeşilgöz": 1}


def test_paging(filled: TantivyIndex) -> None:
    first = filled.search(SearchQuery(size=3))
    second = filled.search(SearchQuery(size=3, page=2))
    assert first.total == second.total == 4
    assert len(first.hits) == 3 and len(second.hits) == 1
    assert not {h.doc_id for h in first.hits} & {h.doc_id for h in second.hits}
    assert [h.date for h in first.hits] == ["2024-01-15", "2023-09-30", "2023-05-02"]


@pytest.mark.parametrize(
    "q", ['"unclosed', "(a", "a AND", "nosuchfield:x", "samen OR", "date_from:[2020 TO"]
)
def test_bad_syntax_raises_query_syntax_error(filled: TantivyIndex, q: str) -> None:
    with pytest.raises(QuerySyntaxError):
        filled.search(SearchQuery(q=q))


def test_bad_date_filter_raises(filled: TantivyIndex) -> None:
    with pytest.raises(QuerySyntaxError):
        filled.search(SearchQuery(date_from="10-11-2022"))


def test_citing_returns_exactly_the_citing_documents(filled: TantivyIndex) -> None:
    citing = filled.citing("kst-29383-406")
    assert {c.document.doc_id for c in citing} == {"d-samen", "d-vragen"}
    assert all(c.segment_ids == ["s1"] for c in citing)
    assert [c.document.doc_id for c in filled.citing("stb-2021-123")] == ["d-woo"]
    assert filled.citing("kst-29383-407") == []


def test_list_and_count_documents(filled: TantivyIndex) -> None:
    assert filled.count_documents() == 4
    listed = filled.list_documents(offset=0, limit=10)
    assert {d.doc_id for d in listed} == {"d-samen", "d-vragen", "d-woo", "d-ander"}
    assert filled.list_documents(offset=3, limit=10)[0].doc_id in {d.doc_id for d in listed}
    assert len(filled.list_documents(offset=1, limit=2)) == 2
