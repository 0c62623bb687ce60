"""gold37: the body whose trade-register extract a Woo inventory lists is named right after the
extract's words ('KvK-uittreksel X'); sentences are our own."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(text: str) -> set[str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return {e.canonical for e in enrich(doc)[1] if e.type == "organization"}


def test_the_firm_after_its_register_extract() -> None:
    assert "Loonbedrijf Aalders" in _orgs("7 KvK-uittreksel Loonbedrijf Aalders d.d. 2 mei 2021")
    assert "Kwekerij Groen en Onderhoud" in _orgs(
        "12 KvK uittreksel Kwekerij Groen en Onderhoud Reeds openbaar"
    )
    assert "Groenrijk Hoveniers B.V." in _orgs(
        "Uittreksel Kamer van Koophandel Groenrijk Hoveniers B.V."
    )
    assert "Rijschool Zuidwind" in _orgs(
        "een uittreksel uit het handelsregister van Rijschool Zuidwind."
    )


def test_what_follows_an_extract_that_is_no_name() -> None:
    assert _orgs("het KvK-uittreksel van de onderneming is opgevraagd") <= {"Kamer van Koophandel"}
    assert _orgs("Uittreksel KvK 12345678 Openbaar") <= {"Kamer van Koophandel"}
    found = _orgs("3 KvK uittreksel Reeds openbaar - Vindplaats: kvk.nl")
    assert found <= {"Kamer van Koophandel"}
    found = _orgs("4 KvK-uittreksel Deels openbaar 10.2.e")
    assert found <= {"Kamer van Koophandel"}


def test_a_firm_named_without_an_extract_is_left_to_the_other_rules() -> None:
    assert "Loonbedrijf Aalders" not in _orgs("7 Offerte Loonbedrijf Aalders d.d. 2 mei 2021")
