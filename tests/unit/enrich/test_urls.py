# ruff: noqa: E501  (real-world citations are long lines)
"""URLs: re-joined across line breaks only where the break is visibly mid-URL; no trailing punctuation."""

import pytest

from services.enrich.references import urls


def found(text: str) -> list[tuple[str, str]]:
    return [(h.normalized, text[h.start : h.end]) for h in urls.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://\nwww.movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies\n%202022.pdf\nTweede",
            "https://www.movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf",
        ),
        (
            "(https://www.tweedekamer.nl/kamerstukken/moties/\r\ndetail?id=2022D25169&did=2022D25169)\nTweede",
            "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022D25169&did=2022D25169",
        ),
        (
            "www.internetconsultatie.nl/huisvesting_\nevacuees/b1\nah-tk-20232024-1292",
            "https://www.internetconsultatie.nl/huisvesting_evacuees/b1",
        ),
        (
            "https://www.wodc.nl/welk-onderzoek-doen-we/3354---\ngeorganiseerde-criminaliteit.  \n",
            "https://www.wodc.nl/welk-onderzoek-doen-we/3354---georganiseerde-criminaliteit",
        ),
        (
            "(https://www.ad.nl/rijswijk/geen~a946954a8/).\nah-tk-20232024-1076",
            "https://www.ad.nl/rijswijk/geen~a946954a8/",
        ),
        (
            "raadplegen via https://www.oecd.org/\nTweede Kamer, vergaderjaar",
            "https://www.oecd.org/",
        ),
        (
            "https://nos.nl/artikel/2510977-kritiek\nah-tk-20232024-1314",
            "https://nos.nl/artikel/2510977-kritiek",
        ),
        (
            "zie (https://nl.wikipedia.org/wiki/Foo_(bar)).",
            "https://nl.wikipedia.org/wiki/Foo_(bar)",
        ),
        (
            "https://reliefweb.int/report/organisations\x02yemen-enar)",
            "https://reliefweb.int/report/organisations-yemen-enar",
        ),
    ],
)
def test_url_forms(text: str, expected: str) -> None:
    ((normalized, printed),) = found(text)
    assert normalized == expected
    assert printed == text[text.index(printed[:8]) :][: len(printed)]


@pytest.mark.parametrize(
    "text", ["www. rijksoverheid.nl", "mail info@www.nl", "(rijksfinancien.nl)", "https://"]
)
def test_url_near_misses(text: str) -> None:
    assert found(text) == []
