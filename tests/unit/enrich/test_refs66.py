"""Round 66 (refs66, issue #12): addresses in Woo inventories' cells as OCR reads them at 300 and
150 dpi (a space inside a percent escape, a query's UUID with OCR's O for 0, a title's word with
its o read as 0), dashed digits in an inventory whose only 'Kamer' word is an everyday
'opdrachtbrief', and near misses that stay clean."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from tests.unit.enrich.test_refs64 import _SCORED, links, urls_of

_TK = "https://www.tweedekamer.nl/downloads/document?id="


# --- OCR's space inside a percent escape --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            f"27 | 1 juli 2021 | reeds openbaar | {_TK}17594448-1c64-4cd3-b6e4-38096120c80c"
            "&title=Aan% 20bewindspersoon% 20-%20verzoek% 20om% 20beantwoording% 20v\n28 | 2 juli",
            f"{_TK}17594448-1c64-4cd3-b6e4-38096120c80c"
            "&title=Aan%20bewindspersoon%20-%20verzoek%20om%20beantwoording%20v",
        ),
        ("Zie https://www.x.nl/docs/Nota%2 0def.pdf", "https://www.x.nl/docs/Nota%20def.pdf"),
        ("Zie https://www.x.nl/docs/Nota% 2Cdef.pdf", "https://www.x.nl/docs/Nota%2Cdef.pdf"),
    ],
)
def test_a_space_inside_a_percent_escape_is_crossed_and_marked(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]  # an OCR'd page: the space is marked
    assert urls_of(text, ()) == [(want, None)]  # a text layer's joined line: not marked


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the rest completes no escape: a word, one hex digit and a letter, a digit too few
        ("Zie https://www.x.nl/a?t=b% en verder.", ["https://www.x.nl/a?t=b%"]),
        ("Zie https://www.x.nl/a/b% 2x is dit.", ["https://www.x.nl/a/b%"]),
        ("Zie https://www.x.nl/a/b%2 x of y.", ["https://www.x.nl/a/b%2"]),
        # a whole escape ends the part: the next word is the sentence's
        ("Zie https://www.x.nl/a%20b 20 keer.", ["https://www.x.nl/a%20b"]),
    ],
)
def test_no_escape_rest_no_join(text: str, want: list[str]) -> None:
    assert links(text) == want


# --- a query's UUID and a title's word with OCR's 0 for O/o ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            f"31 | reeds openbaar | {_TK}c73e5e18-3212-4b09-88ba-b7d9feOb7bbe&title=Reactie%200p%20"
            "verzoek%20commissie%200v",
            f"{_TK}c73e5e18-3212-4b09-88ba-b7d9fe0b7bbe&title=Reactie%20op%20verzoek%20commissie%20ov",
        ),
        (
            "Zie https://www.x.nl/view?id=2db36f5c-Odde-4b09-88ba-b7d9fe0b7bbe",
            "https://www.x.nl/view?id=2db36f5c-0dde-4b09-88ba-b7d9fe0b7bbe",
        ),
    ],
)
def test_ocrs_o_for_0_in_a_query_is_repaired_and_marked(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]
    assert urls_of(text, ()) == [(want, True)]  # a repair by confusion is marked on any page


@pytest.mark.parametrize(
    "url",
    [
        "https://www.x.nl/a?title=Over%2010%20jaar",  # digits after the 0: a number
        "https://www.x.nl/a?title=Top%20100%20lijst",
        "https://www.x.nl/a?title=Versie%200.5b",
        "https://www.x.nl/a?ref=0ab12&id=c73e5e18-3212-4b09-88ba-b7d9fe0b7bbe",  # a whole UUID
        "https://www.x.nl/a?code=c73e5e18-3212-4b09-88ba-b7d9fe0b7bbeO",  # no UUID's shape
    ],
)
def test_no_confusion_no_repair(url: str) -> None:
    assert urls_of(f"Zie {url}") == [(url, None)]


# --- dashed digits in an inventory: 'opdrachtbrief' is no Kamer business --------------------------


def _kamerstukken(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"]


def test_an_inventorys_date_read_as_digits_is_no_dossier() -> None:
    row = (
        "26101-18 | Training selecteren zonder vooroordelen | Training | leidinggevenden | "
        "Offerteaanvraag + offerte + inkoophulpwijzer + opdrachtbrief"
    )
    assert _kamerstukken(row) == []
    assert _kamerstukken(row.replace("opdrachtbrief", "gespreksverslag")) == []


@pytest.mark.parametrize(
    "text",
    [
        "In de brief van de minister (34426-28) staat het.",
        "Zie de brief 34426-28 over de motie.",
        "Het verslag 34426-28 van het overleg.",
        "De Kamerbrief 34426-28 over de opdrachtbrief.",
        "Commissiebrief 34426-28",
    ],
)
def test_shorthand_with_kamer_context_stays(text: str) -> None:
    assert _kamerstukken(text) == ["kst-34426-28"]


# --- near misses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070 - 340 79 11 of fax 070 340 59 84.",
        "Een korting van 50% 20 keer per jaar, € 1.260,00 en € 1.674,-.",
        "datum 14-aug-18 en 26-jul-18 | opdrachtbrief | 28-me1-18",
        "Postcode 2511 VX, IBAN NL91 ABNA 0417 1643 00, versie 5.2.1-rc1",
        "kenmerk 3415155-1033464-PDO en DGA-PAV / 21286882",
        "In artikel 5.16b, eerste lid, en artikel 3.127, derde lid,",
    ],
)
def test_near_misses_give_no_scored_reference(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type in _SCORED | {"url"}] == []
