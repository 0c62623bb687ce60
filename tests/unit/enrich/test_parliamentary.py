# ruff: noqa: E501  (real-world citations are long lines)
"""Kamerstukken, Aanhangsel, Handelingen, zaak/document numbers: real-world forms and near-misses."""

import pytest

from services.enrich.references import find_in_text


def ids(text: str, kind: str | None = None) -> list[str]:
    return [h.normalized for h in find_in_text(text) if kind is None or h.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken II 2021/22, 29 911, nr. 345", ["kst-29911-345"]),
        ("zie Kamerstuk 29 383, nr. 406.", ["kst-29383-406"]),
        ("Kamerstuk 36 200 VI, nr. 12", ["kst-36200-VI-12"]),
        ("3 Kamerstuk 21 501-02, nr. 2498 (motie)", ["kst-21501-02-2498"]),
        ("de begroting 31700-VIII wordt", ["kst-31700-VIII"]),
        ("Kamerstukken I 2012/13, 32 217, A", ["kst-32217-A"]),
        ("4 Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424", ["kst-26485-424"]),
        ("1Kamerstukken II 2005/06, 30 316, nr.3, p. 5", ["kst-30316-3"]),
        (
            "Kamerstukken II 2019/20, 35 300 VII, nrs. 12 en 13",
            ["kst-35300-VII-12", "kst-35300-VII-13"],
        ),
        ("Kamerstuk 36 200-VIIA, nr. 3", ["kst-36200-VII-A-3"]),
        ("Kamerstuk 30 821,\nnr. 120", ["kst-30821-120"]),
        ("zie ook 29 911, nr. 345 voor", ["kst-29911-345"]),
        # a grouped dossier wrapped at its space, its number following
        ("(Kamerstukken II, 2009-2010, 31 \n456, nr. 3, p. 3)", ["kst-31456-3"]),
        ("Kamerstukken II 2006/07, 28\n123, nr. 70).", ["kst-28123-70"]),
        ("Tweede Kamer, vergaderjaar 2022–2023, 26 \n485, nr. 424", ["kst-26485-424"]),
        # the chamber's abbreviation before a year labels the citation
        ("EK 2022/23, 36 200, A", ["kst-36200-A"]),
        ("TK 2023/24, 31 839, nr. 1024.", ["kst-31839-1024"]),
    ],
)
def test_kamerstuk_forms(text: str, expected: list[str]) -> None:
    assert ids(text, "kamerstuk") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Postbus 20301, nr. 3",
        "2500 EA  Den Haag",
        "Turfmarkt 147, 2511 DP Den Haag",
        "telefoon 070 370 79 11",
        "een bedrag van € 12 500, nr. 3 van de lijst",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
        "in 2022 waren er 29 911 meldingen",
        "ISSN 0921 - 7398",
        "Kamerstuk 31\n200 mensen kregen een brief",  # a wrapped pair of numbers, no 'nr.'
    ],
)
def test_kamerstuk_near_misses(text: str) -> None:
    assert ids(text, "kamerstuk") == []


def test_kamerstuk_url_is_the_official_page() -> None:
    (hit,) = find_in_text("Kamerstuk 29 383, nr. 406")
    assert hit.url == "https://zoek.officielebekendmakingen.nl/kst-29383-406.html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aanhangsel Handelingen II 2022/23, nr. 1234", "ah-tk-20222023-1234"),
        (
            "Zie ook Aanhangsel Handelingen, vergaderjaar \n2023–2024, nr. 594.",
            "ah-tk-20232024-594",
        ),
        ("Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028", "ah-tk-20232024-1028"),
        ("Aanhangsel van de Handelingen I 2019/20, nr. 12", "ah-ek-20192020-12"),
        # the answer cited as part of the year's papers
        ("Zie Kamerstukken II 2021/22, Aanhangsel, nr. 1694.", "ah-tk-20212022-1694"),
        ("(Handelingen II 2021/22, Aanhangsel, 663)", "ah-tk-20212022-663"),
        # the year first, as a footnote cites a Kamerstuk
        (
            "2 Eerste Kamer, vergaderjaar 2019–2020, Aanhangsel van de Handelingen, nr. 41 (Antwoord)",
            "ah-ek-20192020-41",
        ),
        ("zie vergaderjaar 2020–2021, Aanhangsel Handelingen 877.", "ah-tk-20202021-877"),
        # extracted text that joined two lines lost the space after a comma
        ("Zie ook Aanhangsel Handelingen,vergaderjaar 2021–2022, nr. 58.", "ah-tk-20212022-58"),
    ],
)
def test_aanhangsel(text: str, expected: str) -> None:
    assert ids(text, "aanhangsel") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 12",  # typo: rejected, not guessed
        "Aanhangsel Handelingen, vergaderjaar 2022–2024, nr. 12",
        "Aanhangsel Handelingen nr. 1234",  # no vergaderjaar: no id
        "Kamerstukken II 2021/22, Aanhangsel, 12 mei 2022",  # a date, not a number
        # an answer's running footer numbers its page
        "’s-Gravenhage 2021Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel 3\nVraag 4",
        "Eerste Kamer, vergaderjaar 2020–2021, Aanhangsel van de Handelingen, 3 juni 2021",
    ],
)
def test_aanhangsel_rejects_what_it_would_have_to_guess(text: str) -> None:
    assert ids(text) == []


def test_handelingen() -> None:
    assert ids("Handelingen II 2010/11, nr. 108, item 3") == ["h-tk-20102011-108"]
    assert ids("Handelingen I 2020/21, nr. 30") == ["h-ek-20202021-30"]


def test_zaak_and_document_numbers() -> None:
    assert ids("Kamerstuk 2022Z17664.") == ["2022Z17664"]
    hits = find_in_text("brief 2022D45678 over zaak 2022Z20166")
    assert [(h.type, h.normalized) for h in hits] == [
        ("document", "2022D45678"),
        ("zaak", "2022Z20166"),
    ]
    assert ids("tel. 2022Z201667") == []


def test_nothing_is_a_citation_inside_a_url() -> None:
    text = "(https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022D25169&did=2022D25169)"
    assert [h.type for h in find_in_text(text)] == ["url"]
