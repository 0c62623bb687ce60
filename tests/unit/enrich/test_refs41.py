"""refs41 (issue #12): parliamentary and gazette citations in bills' memories van toelichting,
nota's van toelichting, Kamerbrieven and notes on nitrogen law (bench/enrich/refs41.md). The one
rule: a Staatsblad, Staatscourant or Tractatenblad cited with its year and number joined by a
slash ('Stb. 1976/424'), with its near misses (a session's years, a directive's number, a number
going on). The set's other forms, which main already read, are kept as regression cases; page
numbers, amounts, dates and article numbers beside them stay no citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "refs41"
CITED = {
    "kamerstuk",
    "aanhangsel",
    "handelingen",
    "stb",
    "stcrt",
    "trb",
    "ecli",
    "zaak",
    "document",
}


def _cited(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type in CITED]


# --- the fixture, end to end ----------------------------------------------------------------------


def test_notes_from_reportlab() -> None:
    doc = segment_pdf((FIXTURES / "notes.pdf").read_bytes())
    assert [(r.type, r.normalized) for r in find_references(doc) if r.type in CITED] == [
        ("stb", "stb-1976-424"),  # main: nothing
        ("kamerstuk", "kst-29911-394"),
        ("stb", "stb-2021-544"),
    ]


# --- the rule: a year and a number joined by a slash ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("in andere wetten, Stb. 1976/424.", "stb-1976-424"),
        ("(Stb. 2019/44)", "stb-2019-44"),
        ("Staatsblad 1976/424 en later", "stb-1976-424"),
        ("bekendgemaakt (Stcrt. 2009/11307).", "stcrt-2009-11307"),
        ("het verdrag (Trb. 2011/110), zoals gewijzigd", "trb-2011-110"),
        ("Stb.1976/424;", "stb-1976-424"),
        # a consolidated law's editorial note, as the laws' own site prints it (persons73's texts)
        ("Het artikel is ingetrokken door Stb. 2014/540.Wijzigt de Wet", "stb-2014-540"),
    ],
)
def test_slashed_gazette(text: str, ident: str) -> None:
    assert _cited(text) == [ident]


@pytest.mark.parametrize(
    "text",
    [
        "de begroting (Stcrt. 2019/20) is vastgesteld",  # a session's years
        "zie Stb. 2019/2020, p. 3",
        "Stb. 1999/00",
        "Stb. 2019/44/EU",  # a directive's number after a slash
        "Stb. 1976/424.5",  # the number goes on
        "Stb. 2010/12-3",
        "Stb. 1976 / 424",  # spaced: not read (no case seen)
        "XStb. 1976/424",  # inside a word
        "Stb. 1976/",
    ],
)
def test_slashed_near_misses(text: str) -> None:
    assert _cited(text) == []


def test_slash_beside_the_comma_form() -> None:
    assert _cited("Stb. 2020, 12 en Stb. 1976/424") == ["stb-2020-12", "stb-1976-424"]


# --- the set's forms that main reads: kept --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "idents"),
    [
        ("Kamerstukken II 2001/02, 28171, 3, p. 10.", ["kst-28171-3"]),
        ("Kamerstukken II 1999/2000, 26 957 nr. 2.", ["kst-26957-2"]),
        ("van 1 juli 2020, Kamerstukken I\n2019/20, 34 430, nr. 16, punt 1.", ["kst-34430-16"]),
        ("(Kamerstuk 36 600-XIV, nr. 66)", ["kst-36600-XIV-66"]),
        ("moties Omtzigt en Ouwehand (36410-XIV-66)", ["kst-36410-XIV-66"]),
        (
            "Kamerstukken II 1974/75, 13407, nrs. 1-3, p. 17-18.",
            ["kst-13407-1", "kst-13407-2", "kst-13407-3"],
        ),
        ("Kamerstukken 34 682, nr. 135 en 35 334, nr. 309.", ["kst-34682-135", "kst-35334-309"]),
        ("Kamerstukken II 2024-2025, 35334, nr. BV.", ["kst-35334-BV"]),
        ("(Kamerstukken I 2022/23,\n36 222, A)", ["kst-36222-A"]),
        ("Kamerstukken II 2022/23, 36002, nr.\n19). Met dit amendement", ["kst-36002-19"]),
        ("Kamerstukken II, vergaderjaar 2020–2021, 35 737, nr. 3.", ["kst-35737-3"]),
        ("Kamerstukken II (2020-2021) 35 510, nr 2.", ["kst-35510-2"]),
        ("Kenmerk 2025Z00911/2025D02251.", ["2025Z00911", "2025D02251"]),
        (
            "(Trb. 2011, 222 en 2013, 42), Stb. 2019, 290.",
            ["trb-2011-222", "trb-2013-42", "stb-2019-290"],
        ),
        ("(Stcrt. 2021 48265).", ["stcrt-2021-48265"]),
        ("Staatscourant\n2010, 14111.", ["stcrt-2010-14111"]),
        (
            "ABRvS 5 april 2023, ECLI:NL:RVS:2023:1299, TBR 2023/80, r.o. 35.",
            ["ECLI:NL:RVS:2023:1299"],
        ),
        ("HvJ EU 15 juni 2023, C-721/21, ECLI:EU:C:2023:477, r.o. 47-48.", ["ECLI:EU:C:2023:477"]),
    ],
)
def test_the_sets_forms(text: str, idents: list[str]) -> None:
    assert _cited(text) == idents


# --- near misses beside them: pages, amounts, dates, articles -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "artikel 3, lid 2, van de Opiumwet",
        "artikel 6:2:10 Sv en artikel 43a Sr",
        "een bedrag van € 36.410, nr. 5 van de lijst",
        "Pagina 3 van 27",
        "op 26 juni 2019, 34 deelnemers",
        "Postbus 20401 2500 EK Den Haag",
        "T 070 379 8911 (algemeen)",
        "r.o. 13-13.8 en 2.2",
        "TBR 2023/80, m.nt. N.G.M. Valkering",
        "C-721/21, r.o. 95-97",
    ],
)
def test_near_misses(text: str) -> None:
    assert _cited(text) == []
