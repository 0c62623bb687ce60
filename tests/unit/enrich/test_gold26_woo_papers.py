"""Woo papers nobody had annotated (gold26): inventories whose sender columns type ministries in
capitals, decisions naming people by phrasings the rules did not know, addresses in table cells."""

from __future__ import annotations

from services.enrich.enricher import entities_in_text
from services.enrich.references import urls


def _orgs(text: str) -> list[str]:
    return [m.canonical for m in entities_in_text(text) if m.type == "organization"]


def _persons(text: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == "person"]


def _urls(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


def test_a_ministry_joined_by_en_typed_in_capitals_is_the_ministry() -> None:
    text = "12 e-mail overleg vluchten deels openbaar IENW/JENV IENW\n"
    assert _orgs(text) == [
        "Ministerie van Infrastructuur en Waterstaat",
        "Ministerie van Justitie en Veiligheid",
        "Ministerie van Infrastructuur en Waterstaat",
    ]


def test_a_party_joined_by_en_in_capitals_is_a_word() -> None:
    assert _orgs("HET BELANG VAN DE MENS STAAT VOOROP\n") == []


def test_a_kenmerk_opening_with_the_capitals_is_an_id() -> None:
    assert _orgs("Ons kenmerk IENW/BSK-2022/98765\n") == []
