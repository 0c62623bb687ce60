"""Organisations a blind set of Wob decision letters showed (gold22): a plural kind word read as an
apposition ('Klanten, leveranciers of ...'), an abbreviation of capital blocks typed with a space
for its hyphen ('KRO NCRV'), and football's governing bodies."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    "text",
    [
        "Klanten, leveranciers of concurrenten krijgen zo inzicht in de prijzen.",
        "Opdrachtgevers, adviesbureaus en aannemers werken samen.",
    ],
)
def test_a_plural_kind_is_no_apposition(text: str) -> None:
    assert organisations(text) == []


def test_a_singular_kind_still_is() -> None:
    text = "Veldkamp, een adviesbureau uit Zwolle, schreef het rapport."
    assert organisations(text) == ["Veldkamp"]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("overleg met VNO NCW over de regeling", "VNO-NCW"),
        ("een uitzending van KRO NCRV over het onderwerp", "KRO-NCRV"),
    ],
)
def test_capital_blocks_typed_with_a_space(text: str, canonical: str) -> None:
    assert organisations(text) == [canonical]


def test_football_governing_bodies() -> None:
    assert organisations("het reglement van de FIFA en de regels van de UEFA") == [
        "Fédération Internationale de Football Association",
        "Union of European Football Associations",
    ]
