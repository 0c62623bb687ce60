"""Citations a blind set of ministry answers written in Word showed (gold24): a headline's
publisher cited with single quotation marks, bracketed note numbers or in parentheses after the
headline; an Aanhangsel's year typed '2022/-23'."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from tests.unit.enrich.found import organisations


def _refs(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type != "url"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single quotation mark opens the headline; the note's number in brackets
        ("[2] Streekomroep Oost, 25 mei 2024, 'Veerpont vaart weer', https://x.example.nl/a\n",
         ["Streekomroep Oost"]),
        ("[3] Dorpskrant 24, 26 maart 2024, \u2018Brug gaat dicht\u2019\n", ["Dorpskrant 24"]),
        # a monthly's issue has no day, in a bracketed note as elsewhere
        ("[4] Vakblad Veer, maart 2024, \u2018Pont op zonne-energie\u2019\n", ["Vakblad Veer"]),
        # the headline first, its publisher and date in parentheses
        ("Kent u het bericht \u201cBrug gaat dicht\u201d (Dorpsbode 4 juli 2024)?", ["Dorpsbode"]),
        ("het artikel 'Brug gaat dicht' (Dorpsbode, 4 juli 2024) en meer", ["Dorpsbode"]),
    ],
)  # fmt: skip
def test_a_cited_publisher_in_a_word_answer(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Den Haag, 3 maart 2024, 's avonds vergaderde de raad.",  # an apostrophe, no headline
        "[1] Artikel 5, 3 maart 2024, 'Nieuwe regels'\n",  # a paper's kind with its number
        "Kent u het bericht (4 juli 2024)?",  # no publisher in the parentheses
    ],
)
def test_no_publisher_from_dates_and_apostrophes(text: str) -> None:
    assert organisations(text) == []


def test_an_aanhangsel_year_with_a_stray_dash() -> None:
    assert _refs("5 Aanhangsel van de Handelingen II, 2020/-21, nr. 987.") == ["ah-tk-20202021-987"]


def test_a_stray_dash_still_needs_a_vergaderjaar() -> None:
    assert _refs("Aanhangsel van de Handelingen II, 2020/-23, nr. 987.") == []


def test_a_site_named_by_its_domain_in_small_letters_is_its_body() -> None:
    text = "het bericht «Boeren bedreigd» (Lto.nl, 15 november 2024) en verder"
    assert organisations(text) == ["LTO Nederland"]
