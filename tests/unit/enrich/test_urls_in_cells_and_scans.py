# ruff: noqa: E501  (inventory rows are long lines)
"""URLs an inventory's cells and a scan's OCR layer break (gold19's classes), with near misses."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.references import find_in_text
from stukken.contracts import Segment, SegmentedDocument


def urls(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a cell cut the last slug after its first letter; the row's next line holds the rest
        (
            "12 Reeds openbaar https://www.example.nl/documenten/rapporten/2021/05/03/e valuatie-van-de-pilot\n13 4 mei",
            "https://www.example.nl/documenten/rapporten/2021/05/03/evaluatie-van-de-pilot",
        ),
        # a query cut inside its value; the next row's number glued to a Kamer id
        (
            "openbaar https://www.tweedekamer.nl/kamerstukken/detail?id=2019D0423 1&did=2019D04231118 3 maart 2019",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2019D04231&did=2019D04231",
        ),
        # a sentence's full stop and the side column's next label glued on
        ("gepubliceerd op www.example.nl.Kenmerk 2021-004", "https://www.example.nl"),
    ],
)
def test_urls_cut_and_glued_in_cells(text: str, want: str) -> None:
    assert urls(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("zie https://x.nl/nl over-de-top-heen\nvolgende", ["https://x.nl/nl"]),  # short: no cell
        ("kijk op https://www.example.amsterdam voor meer", ["https://www.example.amsterdam"]),
        ("via https://www.example.nl/a/b en-dan-nog-wat\nmeer", ["https://www.example.nl/a/b"]),
    ],
)
def test_near_misses_stay_as_printed(text: str, want: list[str]) -> None:
    assert urls(text) == want


def test_a_host_cut_by_ocr_space_is_no_address() -> None:
    assert urls("https://zoek.officielebekend rnakingen. nl/kst-12345-6.html\nVerder") == []


def test_the_tld_nh_is_read_as_nl() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(id="p1", kind="paragraph", page=1, text="Postbus 1\nwww.rijksoverheid.nh/bzk\n")
        ]
    )
    refs = [r for r in enrich(doc)[0] if r.type == "url"]
    assert [(r.normalized, r.ocr_repaired) for r in refs] == [
        ("https://www.rijksoverheid.nl/bzk", True)
    ]


# An inventory's rows as pdfium reads a table: cells joined, the next row's number glued on.
_ROWS = (
    "17 3 mei 2021 Verslag overleg Reeds openbaar https://www.example.nl/verslagen/2021/05/03/verslag-overleg-over-de-haven18 "
    "4 mei 2021 Brief Reeds openbaar https://www.example.nl/documenten/brieven/2021/05/04/b rief-aan-de-raad19 5 mei 2021 "
    "Notitie Reeds openbaar https://www.example.org/notities/notitie-over-de- havenkosten-2021\n20 6 mei 2021 Memo"
)


def test_an_inventory_row_number_glued_to_a_url_is_the_next_row() -> None:
    assert urls(_ROWS) == [
        "https://www.example.nl/verslagen/2021/05/03/verslag-overleg-over-de-haven",
        "https://www.example.nl/documenten/brieven/2021/05/04/brief-aan-de-raad",
        "https://www.example.org/notities/notitie-over-de-havenkosten-2021",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "zie https://www.example.nl/pagina12 3 maart 2021 voor het verslag",  # no row before it
        "12 1 maart 2021 zie https://www.example.nl/pagina14 3 maart 2021 voor",  # not the next row
    ],
)
def test_digits_that_are_not_the_next_row_stay(text: str) -> None:
    assert [u.rsplit("/", 1)[-1] for u in urls(text)] in (["pagina12"], ["pagina14"])


def test_a_cell_cut_after_a_words_first_letter() -> None:
    text = "openbaar | https://www.example.nl/documenten/publicaties/2021/03/08/k aartenbak-maatregelen\n261 | 9 maart"
    assert urls(text) == [
        "https://www.example.nl/documenten/publicaties/2021/03/08/kaartenbak-maatregelen"
    ]


def test_two_words_after_a_short_path_piece_stay_apart() -> None:
    text = "zie https://www.example.nl/documenten/publicaties/2021/03/08/ab over-heen\nen verder"
    assert urls(text) == ["https://www.example.nl/documenten/publicaties/2021/03/08/ab"]
