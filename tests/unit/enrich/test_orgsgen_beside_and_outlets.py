"""Cues that mark any organisation, found by a leave-batch-out study of the first-sight misses of
gold30..35 (bench/enrich/orgsgen.md): a name joined to a known body in a pair a preposition
governs ('tussen X en Y'), by a slash or in a list with an aside; and a news outlet named by the
item it published. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations

# -- a pair governed by a preposition, one of them known ----------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het overleg tussen de NVWA en de KVZB is afgebroken.", "KVZB"),
        ("Er waren gesprekken tussen GroenPact en het RIVM over de cijfers.", "GroenPact"),
        ("De afspraken met ProRail en SpoorWerk zijn vastgelegd.", "SpoorWerk"),
        ("Zij deed onderzoek namens de FNV en de BTHZ naar de lonen.", "BTHZ"),
    ],
)  # fmt: skip
def test_pair_with_a_known_body(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no preposition governs the pair: a plan and a body ('het PPE en ...')
        ("Daarna stellen Gedeputeerde Staten het PVW en Provinciale Staten de verordening vast.",
         "PVW"),
        # a portfolio after 'ministers', no body
        ("De ministers BZK en WWI verzoeken om een reactie.", "WWI"),
        # a person beside a body: one capitalised word has no body's shape
        ("Het gesprek tussen Jansen en het RIVM duurde een uur.", "Jansen"),
        # two letters are as often a table's code
        ("Overleg met MC en ProRail volgt.", "MC"),
        # OCR's 'I' for an 'l' inside a word
        ("ten behoeve van de politie en VeiIigheidsregio's", "VeiIigheidsregio"),
    ],
)  # fmt: skip
def test_pair_near_misses(text: str, name: str) -> None:
    assert not any(name in o for o in organisations(text))


# -- a list with an aside in words, or a slash ---------------------------------------------------


def test_list_with_an_aside_and_a_slash() -> None:
    text = "Er was contact met o.a. Brandhout (Piet Kaal), Vonkel en de ANWB/BOVAG over de prijzen."
    found = organisations(text)
    assert "Brandhout" in found
    assert "Vonkel" in found


def test_slash_with_a_known_body() -> None:
    assert "CLBZ" in organisations("Het onderzoek door Defensie/CLBZ naar de oefening liep uit.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an aside that is an abbreviation: its spelled name may hold 'en' ('Exacte en ...')
        ("de domeinen Exacte en Natuurwetenschappen (ENW), Toegepaste en Technische "
         "Wetenschappen (TTW) en ZonMw", "Toegepaste"),
        # a sentence's first word is no name
        ("Dat blijkt uit de brief. Daarnaast (zie bijlage), ProRail en NS melden dat.",
         "Daarnaast"),
    ],
)  # fmt: skip
def test_list_near_misses(text: str, word: str) -> None:
    assert not any(word in o for o in organisations(text))


# -- a news outlet named by its item -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Bent u bekend met het bericht van Zeeuwsnieuws dat de veerdienst stopt?", "Zeeuwsnieuws"),
        ("Ik heb het nieuwsartikel van Dagkrant gelezen.", "Dagkrant"),
        ("De cijfers, zoals geopenbaard door Spreekbuis, zijn bekend bij de NVWA.", "Spreekbuis"),
        ("Kent u het artikel «Fondsen onder druk» van B. de Wit in Rente Vandaag van 3 maart 2024?",
         "Rente Vandaag"),
        ("Kent u het kritische artikel over de fondsen in Rente Vandaag van 3 maart 2024?",
         "Rente Vandaag"),
    ],
)  # fmt: skip
def test_outlet_of_a_news_item(text: str, outlet: str) -> None:
    assert outlet in organisations(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a person: a capitalised word after the name
        ("Kent u het bericht van Jan Verbeek over de stikstof?", "Jan"),
        # a sentence word
        ("Het bericht van Deze week was onjuist.", "Deze"),
        # a place and a date, no news item before it
        ("De vergadering in Groot Ammers van 9 september ging niet door.", "Groot Ammers"),
        # 'in X van <date>' without a month: no date
        ("Het artikel verscheen in Vakblad Zorg van 12 tot 14 uur online.", "Vakblad"),
    ],
)  # fmt: skip
def test_outlet_near_misses(text: str, word: str) -> None:
    assert not any(word in o for o in organisations(text))
