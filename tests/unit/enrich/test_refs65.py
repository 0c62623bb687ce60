"""Round 65 (refs65, issue #12): addresses in footnotes of rulings, law pages and Woo texts as a
narrow column wraps them and OCR reads them (an ECLI in the address cut, a space before a path's
hyphen, inside a hexadecimal id or a long slug), a list's dot between an article and its lid, and
near misses that stay clean."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from tests.unit.enrich.test_refs64 import _SCORED, links, urls_of

_RS = "https://uitspraken.rechtspraak.nl/inziendocument?id="
_LB = "https://lexboost.com/rechtspraak/"
_INVIEW = "https://inview.nl/document/id54a1aa540f5d4678b287b84c5d9e639f/"


# --- an ECLI in an address, cut by a line's end ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"1 Bron: {_RS}ECLI:NL:RBSGR:2 011:BP9757", f"{_RS}ECLI:NL:RBSGR:2011:BP9757"),
        (f"1 Bron: {_RS}ECLI:NL:RBSGR:2\n011:BP9757", f"{_RS}ECLI:NL:RBSGR:2011:BP9757"),
        (f"Zie {_LB}ECLI:NL:RVS:\n2014:544 voor de uitspraak.", f"{_LB}ECLI:NL:RVS:2014:544"),
        (f"Zie {_LB}ECLI:NL:\nRBZWB:2014:5709.", f"{_LB}ECLI:NL:RBZWB:2014:5709"),
    ],
)
def test_an_ecli_cut_in_an_address_goes_on(text: str, want: str) -> None:
    assert links(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the ECLI is whole: the next token is the sentence's ('54' + ' 4' could be either)
        (f"Zie {_LB}ECLI:NL:RVS:2014:54 4 keer.", f"{_LB}ECLI:NL:RVS:2014:54"),
        (f"Zie {_LB}ECLI:NL:RVS:2014:544 en 2015:12.", f"{_LB}ECLI:NL:RVS:2014:544"),
        # the rest completes no ECLI: a word, a date
        (f"Zie {_RS}ECLI:NL:RBSGR:2 van de rechtbank.", f"{_RS}ECLI:NL:RBSGR:2"),
        (f"Zie {_RS}ECLI:NL:RBSGR: 9 maart 2011", f"{_RS}ECLI:NL:RBSGR"),
    ],
)
def test_no_ecli_rest_no_join(text: str, want: str) -> None:
    assert links(text) == [want]


# --- OCR's space before a path's hyphen, inside a hex id, inside a long slug --------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "1 Bron: https://wetten.overheid.nl/BWBR0002471/2023-01 -01/1/informatie",
            "https://wetten.overheid.nl/BWBR0002471/2023-01-01/1/informatie",
        ),
        (
            "Zie https://www.x.nl/documenten/nota-2024 -bijlage.pdf",
            "https://www.x.nl/documenten/nota-2024-bijlage.pdf",
        ),
        (
            "1 Bron: https://inview.nl/document/id54a1aa540f5d467 8b287b84c5d9e639f/rb-n "
            "oord-holland-07-03-2013-nr-awb-12-39",
            _INVIEW + "rb-noord-holland-07-03-2013-nr-awb-12-39",
        ),
        (
            "1 Bron: https://inview.nl/document/id54a1aa540f5d4678b287b84c5d9e639f/rb-noord-h "
            "olland-07-03-2013-nr-awb-12-39\n2 Volgende noot.",
            _INVIEW + "rb-noord-holland-07-03-2013-nr-awb-12-39",
        ),
    ],
)
def test_ocrs_space_in_a_path_is_crossed_and_marked(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]  # an OCR'd page: the space is marked
    assert urls_of(text, ()) == [(want, None)]  # a text layer's joined line: not marked


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dash in prose, a hyphen with no path after it
        ("Zie https://www.x.nl/over - ons beleid.", ["https://www.x.nl/over"]),
        ("Zie https://www.x.nl/over -ons is dit.", ["https://www.x.nl/over"]),
        ("Zie https://www.x.nl/a/2023 -01 jl.", ["https://www.x.nl/a/2023"]),
        # short hex-like words, or a hex word that goes on as a sentence does
        ("Zie https://www.x.nl/a/cafe12 deadbeef1 is dit.", ["https://www.x.nl/a/cafe12"]),
        (
            "Zie https://www.x.nl/a/54a1aa540f5d467 8b287b84c5d9e639f is dit.",
            ["https://www.x.nl/a/54a1aa540f5d467"],
        ),
        (
            "Zie https://www.x.nl/a/54a1aa540f5d467 abcdefabcdef/",
            ["https://www.x.nl/a/54a1aa540f5d467"],
        ),
        # a slug's next words: too few pieces, or the sentence goes on
        ("Zie https://x.nl/over-ons al-met-al", ["https://x.nl/over-ons"]),
        ("Zie https://x.nl/over-ons al-met-al-en-zo-verder.", ["https://x.nl/over-ons"]),
        ("Zie https://x.nl/over-ons al-met-al-en-zo-verder gaat het", ["https://x.nl/over-ons"]),
    ],
)
def test_no_path_rest_no_join(text: str, want: list[str]) -> None:
    assert links(text) == want


# --- a list's dot between an article's number and its lid ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("169 documenten – op grond van artikel 5.2. eerste lid Woo", ["Woo art. 5.2 lid 1"]),
        (
            "de artikelen 5.1. tweede lid en 5.2. eerste lid van de Woo",
            ["Woo art. 5.1 lid 2", "Woo art. 5.2 lid 1"],
        ),
        ("op grond van artikel 5.1, tweede lid onder b Woo", ["Woo art. 5.1 lid 2 onder b"]),
    ],
)
def test_a_lists_dot_before_the_lid(text: str, want: list[str]) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "law_article"] == want


@pytest.mark.parametrize(
    "text",
    [
        "zie artikel 5.2. Eerste lid van de commissie is de voorzitter, Woo",  # a sentence's end
        "volgens artikel 5.2. Woo-verzoeken worden binnen vier weken behandeld",
        "paragraaf 5.2. eerste lid Woo",  # no 'artikel'
    ],
)
def test_a_sentences_end_is_no_lid(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "law_article"] == []


# --- near misses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070 - 456 78 90 of 06 - 12345678.",
        "Een bedrag van € 1.260,00 en € 1.674,- is vergoed.",
        "zaaknummer AWB 13_4350, SGR 23/4667 en SGR 23/4666, AWB 09/6298 WW44",
        "M en R 2013/80 en JM 2013/52; Gst. 2013/86 en Gst. 2013/87",
        "RAADNo.W01.20.0036/I 's-Gravenhage; Kabinetsmissive no.2020000369",
        "nr. 2024-0000129720 van 7 maart 2024",
        "Postcode 2511 CV, IBAN NL91 ABNA 0417 1643 00, versie 5.2.1-rc1",
        "In artikel 5.16b, eerste lid, en artikel 3.127, derde lid,",
    ],
)
def test_near_misses_give_no_scored_reference(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type in _SCORED | {"url"}] == []
