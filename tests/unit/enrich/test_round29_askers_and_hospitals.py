"""What a blind set of answers to Kamervragen as web pages print them showed (gold29): co-askers
joined by a slash ('de leden Kwint/Futselaar'); 'van leden X en Y' without its article; a
footnote's number glued to an abbreviation ('het WODC2'); a group of hospitals named as one word
('de IJsselmeerziekenhuizen'); the two Amsterdam academic hospitals by their short forms."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations


def _persons(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Schriftelijke vragen van de leden Jansen/Pietersen over de bibliotheek.",
         ["Jansen", "Pietersen"]),
        ("Vragen van de leden Van der Berg/De Wit en de antwoorden daarop.",
         ["Van der Berg", "De Wit"]),
        ("Het verzoek van leden Hendriks en Van Dalen over de stukken kwam binnen.",
         ["Hendriks", "Van Dalen"]),
    ],
)  # fmt: skip
def test_co_askers_by_slash_or_without_article(text: str, names: list[str]) -> None:
    assert all(name in _persons(text) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "De leden VVD/CDA vragen de minister om uitleg.",
        "Een brief van leden van de commissie volgde.",
        "Het gaat om leden en/of plaatsvervangers.",
    ],
)
def test_no_askers_from_parties_bodies_or_and_or(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het thema is onderzocht door het WODC3 waarna de minister reageerde.",
         "Wetenschappelijk Onderzoek- en Documentatiecentrum"),
        ("Volgens het CBS12, en anderen, daalt het aantal.", "Centraal Bureau voor de Statistiek"),
    ],
)  # fmt: skip
def test_a_footnote_number_glued_to_an_abbreviation(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text", ["Het WODC2020 rapport volgt.", "Zie het WODC2.1 overzicht.", "Perceel WODC00 D 12."]
)
def test_a_longer_number_a_decimal_or_a_leading_zero_is_no_footnote(text: str) -> None:
    assert organisations(text) == []


def test_a_group_of_hospitals_named_as_one_word() -> None:
    text = "De zorg van het Westlandziekenhuis en de Veluwerandziekenhuizen blijft open."
    found = organisations(text)
    assert "Westlandziekenhuis" in found and "Veluwerandziekenhuizen" in found


def test_a_kind_of_hospital_is_no_name() -> None:
    text = "Zij ging naar het Kinderziekenhuis en later naar de Streekziekenhuizen."
    assert organisations(text) == []


def test_the_amsterdam_academic_hospitals_by_short_form() -> None:
    found = organisations("Over een fusie tussen het AMC en VUmc is nog niets besloten.")
    assert "Academisch Medisch Centrum" in found and "VU Medisch Centrum" in found
