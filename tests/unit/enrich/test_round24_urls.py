"""Footnote lists of answers to Kamervragen written in Word (gold24): a note's number glued to the
address before it, a slug cut after its hyphen by a space, two addresses on consecutive lines."""

from __future__ import annotations

import pytest

from services.enrich.references import urls


def _found(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


def test_a_bracketed_note_number_glued_on_ends_the_address() -> None:
    text = (
        "[1] https://www.krant.example.nl/regio/123/brug-dicht#:~:text=De%20brug,is%20dicht"
        "[2] https://www.krant.example.nl/regio/456/brug-weer-open/\n"
    )
    assert _found(text) == [
        "https://www.krant.example.nl/regio/123/brug-dicht#:~:text=De%20brug,is%20dicht",
        "https://www.krant.example.nl/regio/456/brug-weer-open/",
    ]


def test_an_address_keeps_brackets_it_opened() -> None:
    assert _found("zie https://nl.example.org/wiki/Kanaal_[1900]\n") == [
        "https://nl.example.org/wiki/Kanaal_[1900]"
    ]


@pytest.mark.parametrize("close", [").", ")", "", "."])
def test_a_slug_cut_after_its_hyphen_goes_on_after_the_space(close: str) -> None:
    text = f"(https://www.omroep.example.nl/nieuws/123/veerpont-vaart-vanaf- maandag-weer{close}\n"
    assert _found(text) == [
        "https://www.omroep.example.nl/nieuws/123/veerpont-vaart-vanaf-maandag-weer"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence goes on after the space
        "zie https://www.omroep.example.nl/nieuws/veerpont-vaart-vanaf- maandag-weer en verder\n",
        # one or two pieces before the hyphen: no slug cut in two
        "zie https://www.omroep.example.nl/nieuws/veerpont- maandag-weer\n",
    ],
)
def test_words_after_a_hyphen_and_a_space_stay_apart(text: str) -> None:
    assert all("maandag" not in u for u in _found(text))


def test_a_bare_host_on_the_next_line_is_the_next_address() -> None:
    text = (
        "Omroep, 1 mei 2023, www.omroep.example.nl/media/2023/uitzending.html \n"
        "gemeenten.example.nl/sites/default/files/2021-09/handreiking.pdf \n"
    )
    assert _found(text) == [
        "https://www.omroep.example.nl/media/2023/uitzending.html",
        "https://gemeenten.example.nl/sites/default/files/2021-09/handreiking.pdf",
    ]


def test_a_host_cut_at_the_line_end_still_takes_its_rest() -> None:
    text = "https://zoek.officielebekendmaking\nen.nl/gmb-2019-220902.html\n"
    assert _found(text) == ["https://zoek.officielebekendmakingen.nl/gmb-2019-220902.html"]
