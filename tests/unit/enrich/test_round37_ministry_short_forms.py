"""gold37 sweep: mail and Woo inventories write a ministry as 'Min' and its abbreviation
('MinBZK', 'MinvLNV') or the first letters of a one-word portfolio ('MinFin'); sentences are our
own."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


def test_a_ministry_as_min_and_its_abbreviation() -> None:
    found = _orgs("Afstemming tussen MinBZK, MinvLNV en MinFin over de begroting.")
    assert found == [
        ("MinBZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
        ("MinvLNV", "Ministerie van Landbouw, Natuur en Voedselkwaliteit"),
        ("MinFin", "Ministerie van Financiën"),
    ]
    assert ("MinDef", "Ministerie van Defensie") in _orgs("een nota van MinDef")


def test_what_only_looks_like_it() -> None:
    assert _orgs("Zie www.minfin.nl of mail info@minfin.nl.") == []
    assert _orgs("De Minister en de Mining Company; een Mini-audit.") == []
    assert _orgs("Een minbzk-medewerker belde.") == []
