"""A URL's last path piece cut by a space in a Woo decision's footnote (gold22)."""

from __future__ import annotations

import pytest

from services.enrich.references import urls


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "1 Te vinden op: https://www.voorbeeld.nl/stukken/2022/03/01/beslu t-over-de-aan--en-"
            "afvoer-van-grond\r\n",
            "https://www.voorbeeld.nl/stukken/2022/03/01/beslut-over-de-aan--en-afvoer-van-grond",
        ),
        (
            "zie https://www.voorbeeld.nl/stukken/brie f-over-de-nieuwe-regels-voor\u0002huurders",
            "https://www.voorbeeld.nl/stukken/brief-over-de-nieuwe-regels-voor-huurders",
        ),
    ],
)
def test_a_long_slug_cut_by_a_space(text: str, url: str) -> None:
    assert [h.normalized for h in urls.find(text)] == [url]


@pytest.mark.parametrize(
    "text",
    [
        "zie https://www.voorbeeld.nl/stukken en-de-rest-van-het-verhaal\n",  # no path piece cut
        "zie https://www.voorbeeld.nl/stukken/brief over-de-regels\n",  # too few pieces
        "zie https://www.voorbeeld.nl/stukken/brief over-de-nieuwe-regels-voor-huurders en meer\n",
    ],
)
def test_prose_after_a_url_stays_apart(text: str) -> None:
    assert all(" " not in h.normalized for h in urls.find(text))
    assert next(h.normalized for h in urls.find(text)).endswith(("/stukken", "/brief"))
