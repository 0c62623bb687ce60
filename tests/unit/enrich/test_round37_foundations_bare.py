"""gold37: papers name a listed foundation without 'Stichting' ('Milieu Centraal'); only a name of
two words or more that opens with a capitalised word and no article; sentences are our own."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


def test_a_listed_foundation_without_its_legal_form() -> None:
    found = _orgs("Subsidie ging naar Mama Cash en een bijdrage naar het Zaans Museum.")
    assert ("Mama Cash", "Stichting Mama Cash") in found
    assert ("Zaans Museum", "Stichting Zaans Museum") in found


def test_what_a_bare_foundation_name_does_not_take() -> None:
    # one word alone, a name after an article, another case: none
    assert _orgs("Het Agriterra-project en een nieuwe aanzet.") == []
    assert _orgs("Bij de Arkduif kwam een mama die cash betaalde.") == []
    assert _orgs("De Arkduif vloog weg.") == []
