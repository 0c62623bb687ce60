"""Given16: persons found by a given name no listed person bears (data/given_names.tsv, issue
#12), with near misses: names that are words, things named after a person, possessives."""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.data.build_given_names import build_given_names
from services.enrich.entities.attendees import given_names
from tests.unit.enrich.found import enrich_one


def _people(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


def test_the_list_holds_dutch_and_flemish_names_no_listed_person_bears() -> None:
    listed = {r["canonical"] for r in rows("given_names.tsv")}
    assert {"Anneleen", "Wannes", "Nynke", "Jelte", "Katrien"} <= listed
    assert {"Anneleen", "Wannes", "Nynke"} <= given_names()


@pytest.mark.parametrize("word", ["Elke", "Toon", "Lot", "Erna", "Sep", "Jo"])
def test_names_that_are_dutch_words_are_left_out(word: str) -> None:
    assert word not in {r["canonical"] for r in rows("given_names.tsv")}


def test_the_builder_keeps_names_and_leaves_words_and_short_names_out() -> None:
    built = build_given_names(
        {"nl_NL": ["Anneleen", "Toon", "Bo", "Jan-Pieter"], "nl_BE": ["Anneleen"]}
    )
    assert [(r["canonical"], r["id"]) for r in built] == [
        ("Anneleen", "nl_NL|nl_BE"),
        ("Jan-Pieter", "nl_NL"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aanwezig: Anneleen Verhoeven, Wannes Claeys en Nynke de Graaf.",
         ["Anneleen Verhoeven", "Wannes Claeys", "Nynke de Graaf"]),
        ("Het advies is opgesteld door Katrien Mertens (Rijkswaterstaat).", ["Katrien Mertens"]),
        ("Contactpersoon: Jelte Brouwer, telefoon 070 123 4567.", ["Jelte Brouwer"]),
    ],
)  # fmt: skip
def test_a_given_name_from_the_list_finds_the_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "De Amber Alert werd om negen uur verstuurd.",
        "Het Regina Coeli college sluit de deuren.",
        "Lieve Heer, geef ons vandaag ons dagelijks brood.",
        "Elke Europese burger heeft recht op een uitkering.",
        "In de Toon Hermans Huizen werken vrijwilligers.",
    ],
)
def test_words_and_things_named_after_a_person_are_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_name_ends_before_a_possessive() -> None:
    assert _people("The board approved Wannes Claeys’s proposal.") == ["Wannes Claeys"]
    assert _people("Het rapport van Nynke Otto's team is klaar.") == ["Nynke Otto"]


def test_a_sentence_opener_is_no_third_name_word() -> None:
    text = "Foto: Anneleen Verhoeven Hun gedeelde interesse is de zorg."
    assert _people(text) == ["Anneleen Verhoeven"]
    # a real third name word still counts
    assert _people("Gesprek met Wannes Van Hecke Claeys over de dijken.") != []
