"""refs40 (issue #12): references and URLs in Woo decisions, raadsvoorstellen and registers
(bench/enrich/refs40.md). Each rule with its near misses: an address cut inside its query's
number with the rest alone on the next line (and that line no Woo stamp), a path's rest that opens
the next line with '/', an ECLI whose LJN letters stand apart from its digits, a space before a
gazette year's comma."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "refs40"
RIS = (
    "https://denhaag.raadsinformatie.nl/document/12921235/2/RIS315991+Regeling+tot+tiende+"
    "wijziging+van+de+Regeling+parkeerregulering+en+parkeerbelastingen+Den+Haag+2022"
    "?connection_type=17&connection_id=9"
)
CONTACT = "https://www.coevorden.nl/contact"
ARCHIVE = "https://www.example.nl/overzicht/archief/documenten"


def _found(text: str, kind: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


# --- the fixture, end to end ----------------------------------------------------------------------


def test_lines_from_reportlab() -> None:
    doc = segment_pdf((FIXTURES / "lines.pdf").read_bytes())
    assert [(r.type, r.normalized) for r in find_references(doc)] == [
        ("url", "https://www.werkaandewijk.denhaag.nl/projecten/tramlijn-6-en-12"),
        ("url", RIS + "525022"),  # main: '...connection_id=9', '525022' a Woo stamp (furniture)
        (
            "url",
            "https://denhaag.raadsinformatie.nl/document/10955397/2?connection_type=17&connection_id=7927306",
        ),
    ]
    assert not [s for s in doc.segments if s.kind == "furniture"]


# --- a query's number cut by the line's end, its rest alone on the next line ---------------------


@pytest.mark.parametrize(
    "text",
    [
        RIS + " 525022",
        RIS + " 525022\n2 https://denhaag.raadsinformatie.nl/document/10955397/2",
    ],
)
def test_a_query_number_takes_its_rest_alone_on_the_next_line(text: str) -> None:
    assert _found(text, "url")[0] == RIS + "525022"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (RIS + " 525022 keer bekeken", RIS),  # the sentence goes on: a count
        (RIS + " 52", RIS),  # two digits: a list's or a note's number
        ("zie https://x.nl/?p=2 345", "https://x.nl/?p=2"),  # a short address
        (CONTACT + "?afdeling=burgerzaken 1234", CONTACT + "?afdeling=burgerzaken"),
        (ARCHIVE + "?jaar=2020 2021 en later", ARCHIVE + "?jaar=2020"),  # a year, words after
        (ARCHIVE + "?jaar=2020 1234 AB Den Haag", ARCHIVE + "?jaar=2020"),  # a postcode
        (ARCHIVE + "?id=12 € 1.250", ARCHIVE + "?id=12"),  # an amount
    ],
)
def test_near_misses_of_a_query_number_stay_apart(text: str, want: str) -> None:
    assert _found(text, "url")[0] == want


# --- a path's rest that opens the next line with its slash ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "gepubliceerd op www.werkaandewijk.denhaag.nl/projecten /tramlijn-6-en-12. In de",
            "https://www.werkaandewijk.denhaag.nl/projecten/tramlijn-6-en-12",
        ),
        ("zie www.x.nl/docs /2024/03/rapport.pdf en", "https://www.x.nl/docs/2024/03/rapport.pdf"),
        ("(www.x.nl/nieuws /archief/2023/)", "https://www.x.nl/nieuws/archief/2023/"),
        ("www.x.nl/plan /tramlijn-6-en-12 en verder", "https://www.x.nl/plan/tramlijn-6-en-12"),
    ],
)
def test_a_slug_after_a_space_and_a_slash_goes_on_the_path(text: str, want: str) -> None:
    assert _found(text, "url") == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("zie www.x.nl/projecten en /of de brief", "https://www.x.nl/projecten"),
        ("zie www.x.nl/projecten /of de brief", "https://www.x.nl/projecten"),  # 'and/or'
        ("www.x.nl/a /b", "https://www.x.nl/a"),  # one piece, no slug
        ("www.x.nl/regio Den Haag /Rijswijk", "https://www.x.nl/regio"),
        ("www.x.nl/verdeling 1 /2", "https://www.x.nl/verdeling"),  # a fraction
        ("www.x.nl /tramlijn-6-en-12", "https://www.x.nl"),  # after a host, not a path's word
        ("www.x.nl/a, /b-c-d", "https://www.x.nl/a"),  # the address's sentence went on
    ],
)
def test_near_misses_of_a_slash_after_a_space(text: str, want: str) -> None:
    assert _found(text, "url")[0] == want


# --- an ECLI whose LJN letters stand apart from its digits ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "(zie uitspraak van 5 juni 2013, ECLI:NL: RVS:2013:CA2102, van 2 maart 2005,\n"
            "ECLI:NL: RVS:2005:AS8433 en van 14 maart 2012,7 juni 2007, "
            "ECLI:NL: RVS:2007:BA 7618).",
            ["ECLI:NL:RVS:2013:CA2102", "ECLI:NL:RVS:2005:AS8433", "ECLI:NL:RVS:2007:BA7618"],
        ),
        ("ECLI:NL:RVS:2007:BA 7618 en verder", ["ECLI:NL:RVS:2007:BA7618"]),
        ("ECLI:NL:HR:2006:A V0653", ["ECLI:NL:HR:2006:AV0653"]),  # as before
    ],
)
def test_an_ljn_parted_after_its_letters_is_one_number(text: str, want: list[str]) -> None:
    assert _found(text, "ecli") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ECLI:NL:RVS:2020:AB 12345", []),  # five digits: no LJN
        ("ECLI:NL:RVS:2007:BA 7618.5", []),  # a number going on
        ("ECLI:NL:RVS:2020:1234 en AB 1234", ["ECLI:NL:RVS:2020:1234"]),
        ("ECLI:NL:RVS:2007:BA 7618a", []),
    ],
)
def test_near_misses_of_a_parted_ljn(text: str, want: list[str]) -> None:
    assert _found(text, "ecli") == want


# --- a space before a gazette year's comma --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        ("49 en 68 van de Wet geluidhinder (Stb. 1982 , 465).", "stb", ["stb-1982-465"]),
        ("het Besluit referentieniveau-periode (Stcrt. 1982 , 162):", "stcrt", ["stcrt-1982-162"]),
        ("Stb. 1982, 465", "stb", ["stb-1982-465"]),  # as before
    ],
)
def test_a_space_before_the_years_comma(text: str, kind: str, want: list[str]) -> None:
    assert _found(text, kind) == want


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("in Stb. 2020 , waarin de regels", "stb"),
        ("de Stcrt. 2020 , € 1.250 per jaar", "stcrt"),
        ("art. 5.1 , 2", "stb"),
        ("Stb. 2020 ,\n\n3", "stb"),
    ],
)
def test_near_misses_of_a_space_before_the_comma(text: str, kind: str) -> None:
    assert _found(text, kind) == []
