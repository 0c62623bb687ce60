"""What a blind batch of Kamervragen, Kamerbrieven and Wob rulings showed (gold40): a listed fund
of two words written as one compound ('het Oranjefonds'); a listed body's official lower-case
spelling; a markdown escape's backslash at an address's end; a title before a listed party's
name is no title before a surname. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import enrich_one, organisations, people

# -- a two-word fund as one compound --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        ("Het Mondriaanfonds kent dit jaar twaalf beurzen toe.", "Mondriaan Fonds"),
        ("Buurthuizen vroegen steun bij het Oranjefonds.", "Oranje Fonds"),
        ("Het Mondriaan Fonds kent dit jaar twaalf beurzen toe.", "Mondriaan Fonds"),
    ],
)
def test_two_word_fund_written_closed(text: str, fund: str) -> None:
    assert fund in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het schilderij van Mondriaan hangt in Den Haag.",  # the painter, no fund
        "Het mondriaanfonds-idee werd niet uitgewerkt.",  # lower case: no name
        "De uitkering uit het Gemeentefonds stijgt.",  # a budget fund, not listed this way
        "Zij droeg het Oranje shirt bij de wedstrijd.",
    ],
)
def test_no_fund_where_none_is_named(text: str) -> None:
    found = organisations(text)
    assert "Mondriaan Fonds" not in found
    assert "Oranje Fonds" not in found


# -- a listed body's official lower-case spelling -----------------------------------------------


def test_police_service_in_its_official_spelling() -> None:
    text = "Het Korps landelijke politiediensten wees het verzoek in 2011 af."
    assert "Korps Landelijke Politiediensten" in organisations(text)


def test_korps_alone_is_no_police_service() -> None:
    text = "Het korps van de brandweer oefende in de haven."
    assert "Korps Landelijke Politiediensten" not in organisations(text)


# -- a backslash at an address's end ------------------------------------------------------------


def find_urls(text: str) -> list[str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [r.normalized for r in enrich(doc)[0] if r.type == "url"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("[2] http://www.voorbeeldkrant.nl/nieuws/12345/water-in-de-polder\\",
         "http://www.voorbeeldkrant.nl/nieuws/12345/water-in-de-polder"),
        ("Zie https://www.example.org/rapport.pdf\\. Daarna volgt",
         "https://www.example.org/rapport.pdf"),
    ],
)  # fmt: skip
def test_trailing_backslash_is_no_part_of_the_address(text: str, url: str) -> None:
    assert find_urls(text) == [url]


def test_address_without_backslash_unchanged() -> None:
    text = "Zie https://www.example.org/pad/naar/stuk_1 voor meer."
    assert find_urls(text) == ["https://www.example.org/pad/naar/stuk_1"]


# -- a title before a listed party's or body's name ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "B.C. de Wit\n\nFractievoorzitter Partij voor de Dieren\n\nGemeenteraad Oosterveld",
        "Zij sprak als fractievoorzitter Partij voor de Vrijheid in de raad.",
    ],
)
def test_title_before_a_party_name_is_no_person(text: str) -> None:
    assert "Partij" not in people(text)
    assert any(e.type == "party" and e.text.startswith("Partij voor de") for e in enrich_one(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fractievoorzitter Jansen diende een motie in.", "Jansen"),
        ("Fractievoorzitter Van der Molen (Partij voor de Dieren) vroeg het woord.",
         "Van der Molen"),
        ("Wethouder Raadgever opende het gebouw.", "Raadgever"),
    ],
)  # fmt: skip
def test_title_before_a_surname_still_a_person(text: str, name: str) -> None:
    assert name in people(text)
