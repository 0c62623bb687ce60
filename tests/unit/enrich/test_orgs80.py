"""Round orgs80 (issue #12): the kind words of organisations drawn from a source, the OpenTaal
word list (data/kind_words.tsv, built by data/build_kind_words.py), read by kinds.py as its own
kind words are: a capitalised name right after 'fabriek', 'hulpclub', 'theatergezelschap',
'jeugdzorginstelling', 'poppodium' names a body. Near misses: persons, places, headings, products,
laws, a compound read by eye as no body ('kleureninstelling'), a kind word inside a longer word.
Sentences and names are our own."""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.data.build_kind_words import NAME_HEADS, NOT_BODIES, kind_nouns, kind_words
from services.enrich.entities import kinds
from tests.unit.enrich.found import bodies


def _has(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


def _lacks(text: str, name: str) -> None:
    found = bodies(text)
    assert name not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De gemeente overlegt met de fabriek Velorex over de geuroverlast.", "Velorex"),
        ("Het theatergezelschap Kwadrant speelt dit jaar in de regio.", "Kwadrant"),
        ("De jeugdzorginstelling Baken kreeg een aanwijzing van de inspectie.", "Baken"),
        ("Het poppodium Kaderhuis vraagt een hogere subsidie aan.", "Kaderhuis"),
        ("De voetbalclub Zwaluwen Oost wil een nieuw kunstgrasveld.", "Zwaluwen Oost"),
        ("Volgens de streekomroep Radio Dalfsen is de uitzending gestopt.", "Radio Dalfsen"),
        ("Het onderzoek werd gedaan door het marktonderzoeksbureau Peilwerk.", "Peilwerk"),
        ("Hij werkt bij de hulpclub Noorderlicht in Afrika.", "Noorderlicht"),
        ("Het artikel verscheen in de krant Noordpost van zaterdag.", "Noordpost"),
    ],
)
def test_a_name_after_a_sourced_kind_word_is_a_body(text: str, name: str) -> None:
    _has(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place after the kind word
        ("Het kunstmuseum Den Haag is dicht wegens een verbouwing.", "Den Haag"),
        # a part of town after the kind word: a site, not a body's name
        ("Zij gingen naar het stadsdeelkantoor Noord en de bioscoop.", "Noord"),
        # a polling station, a post office: sites by their building
        ("Het stembureau Dorpshuis Zuiderhoek is open tot negen uur.", "Dorpshuis Zuiderhoek"),
        ("Het postkantoor Marktplein sluit in mei.", "Marktplein"),
        # a sentence word, a heading's word after the kind word
        ("In de fabriek Daarnaast werd gewerkt.", "Daarnaast"),
        # a compound read by eye as no body: a society, a screen
        ("De informatiemaatschappij Europa verandert snel.", "Europa"),
        ("Op de lichtkrant Welkom stond de tekst.", "Welkom"),
        # a kind word inside a longer word ('Rabobank' is no 'bank' before a name)
        ("De Wilhelminaschool Oost is gesloten.", "Oost"),
        # a person's initial after the name
        ("Het bureau J. Jansen schreef het rapport.", "J"),
    ],
)
def test_near_misses_are_no_bodies(text: str, name: str) -> None:
    _lacks(text, name)


def test_a_law_or_a_product_after_no_kind_word_is_no_body() -> None:
    _lacks("De fabriek valt onder de Wet milieubeheer en maakt de Model S.", "Wet milieubeheer")
    _lacks("De fabriek valt onder de Wet milieubeheer en maakt de Model S.", "Model S")


def test_the_lexicon_is_sourced_and_holds_no_word_read_as_no_body() -> None:
    table = rows("kind_words.tsv")
    words = {row["word"] for row in table}
    assert len(words) > 1000
    assert {row["source"] for row in table} == {"opentaal-wordlist"}
    assert {"chocoladefabriek", "hulpclub", "streekomroep", "marktonderzoeksbureau"} <= words
    assert {"club", "coöperatie", "instituut"} <= words  # heads that name a body alone
    assert words.isdisjoint(NOT_BODIES)
    assert words.isdisjoint(kinds.BUILT_IN)
    for word in ("doelgroep", "avonddienst", "voorraad", "winkelcentrum", "parkbank"):
        assert word not in words
    # a compound companies.py reads at any compound's end is left to it
    assert "theatergezelschap" not in words
    assert "jeugdzorginstelling" not in words


def test_the_build_keeps_compounds_of_the_heads_only() -> None:
    lines = ["chocoladefabriek", "golfclub", "kleureninstelling", "Rotaryclub", "club", "doelgroep"]
    built = dict(kind_words(lines, frozenset({"golfclub"}), frozenset({"gezelschap"})))
    assert built["chocoladefabriek"] == "fabriek"
    assert "golfclub" not in built  # held by a finder already
    assert "kleureninstelling" not in built  # read by eye as no body
    assert "Rotaryclub" not in built  # a name, not a kind
    assert "doelgroep" not in built
    assert built["club"] == "club"


# a capitalised compound of a body's head after a lower-case article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het bericht stond in het Kempendagblad van maandag.", "Kempendagblad"),
        ("De gemeente praat met de Zwaluwenclub over het veld.", "Zwaluwenclub"),
        ("Zij speelt sinds jaren in het Veenkoloniaorkest mee.", "Veenkoloniaorkest"),
        ("De klacht kwam van de Lindenhofvereniging uit Zwolle.", "Lindenhofvereniging"),
    ],
)
def test_a_capitalised_compound_after_an_article_is_a_body(text: str, name: str) -> None:
    _has(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a common noun of the word list, capitalised for weight or as a title
        ("Het Kenniscentrum wordt opgericht en de Adviescommissie adviseert.", "Adviescommissie"),
        ("De vraag ging naar de Kamercommissie voor Financiën.", "Kamercommissie"),
        ("Hij speelt bij de Voetbalclub in het dorp.", "Voetbalclub"),
        ("Zij las het in de Dorpskrant van de maand.", "Dorpskrant"),
        # no article before it: a sentence's or a heading's first word
        ("Kempendagblad. Het plan is klaar.", "Kempendagblad"),
        # the first word of a longer name: its kind, the name after it
        ("Namens de Bestuurscommissie Noord van de gemeente.", "Bestuurscommissie"),
        ("Namens de Bestuurscommissie Noord van de gemeente.", "Noord"),
        # the head inside a longer word
        ("Zij lazen het Commissievoorstel voor.", "Commissievoorstel"),
        # a word in capitals, the bare head
        ("Zij kwamen bij het KEMPENDAGBLAD aan.", "KEMPENDAGBLAD"),
        ("Hij las het in de Krant van gisteren.", "Krant"),
    ],
)
def test_near_misses_of_the_capitalised_compound(text: str, name: str) -> None:
    _lacks(text, name)


def test_the_heads_agree_with_the_build_and_the_nouns_are_lower_case() -> None:
    assert frozenset(NAME_HEADS) == kinds.NAME_HEADS
    nouns = dict(kind_nouns(["Kamercommissie", "adviescommissie", "winkelstraat", "Rotaryclub"]))
    assert nouns == {
        "kamercommissie": "commissie",
        "adviescommissie": "commissie",
        "rotaryclub": "club",
    }
