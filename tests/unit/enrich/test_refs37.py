"""Session 37's reference round (refs37, issue #12): a Kamerstuk cited in its short form (label,
year, dossier and the number after a comma, no 'nr.'), a refusal's letters read with 'juncto', and
near misses that stay clean (dates, amounts, counts, phone numbers, postcodes, IBANs,
zaaknummers)."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from tests.unit.enrich.test_refs64 import _SCORED, urls_of


def _found(text: str, kind: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


# --- 'Kamerstukken II 2018/19, 29911, 249': the number after a comma -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a ruling's note: two citations, the second's number on the next line
        (
            "5 Zie: Kamerstukken II 2018/19, 29911, 249; Kamerstukken II 2019/20, 31934,\n26.",
            ["kst-29911-249", "kst-31934-26"],
        ),
        ("(Kamerstukken II 2018/19, 35 000 VII, 12)", ["kst-35000-VII-12"]),
        ("Kamerstukken II 2018/19, 35000, 7, p. 3.", ["kst-35000-7"]),
        ("Kamerstuk II 2021/22, 36 200,\n101]", ["kst-36200-101"]),
        ("Kamerstukken I 2021/22, 35 000, A.", ["kst-35000-A"]),  # a letter, as before
    ],
)
def test_a_labelled_citation_with_its_year_takes_the_number_after_a_comma(
    text: str, want: list[str]
) -> None:
    assert _found(text, "kamerstuk") == want


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstukken II 2018/19, 35 000, 12 november 2018 besproken.",  # a date
        "Kamerstukken II 2018/19, 35 000, 12 en verder",  # no closing after the number
        "Kamerstukken II 2018/19, 35 000, 3 keer genoemd.",
        "Kamerstukken II 2018/19, 35 000, 1.5 miljoen euro.",  # an amount
        "Kamerstukken II 2018/19, 35 000, 12,5 procent.",
        "Kamerstukken 29911, 249;",  # no year: the short form is taken only with one
    ],
)
def test_no_number_without_year_or_closing(text: str) -> None:
    assert [k for k in _found(text, "kamerstuk") if k.count("-") > 1] == []


# --- 'artikel 10 lid 2 sub c juncto sub d Wob' ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Deze wordt daarom in zijn geheel geweigerd op grond van artikel 10 lid 2 sub c\n"
            "juncto sub d Wob in combinatie met Artikel 7 Wet Politiegegevens.",
            # refs48: the capitalised 'Wet Politiegegevens' is the Wpg's name too
            ["Wob art. 10 lid 2 onder c", "Wob art. 10 lid 2 onder d", "Wpg art. 7"],
        ),
        (
            "artikel 10, tweede lid, onder c jo. d, van de Wob",
            ["Wob art. 10 lid 2 onder c", "Wob art. 10 lid 2 onder d"],
        ),
        (
            "artikel 5.1, tweede lid, onder e juncto h, Woo",
            ["Woo art. 5.1 lid 2 onder e", "Woo art. 5.1 lid 2 onder h"],
        ),
    ],
)
def test_juncto_joins_a_lids_letters(text: str, want: list[str]) -> None:
    assert _found(text, "law_article") == want


def test_juncto_another_article_is_no_letter_of_this_one() -> None:
    found = _found("op grond van artikel 10 lid 2 sub c juncto artikel 7 Wpg", "law_article")
    assert "Wob art. 10 lid 2 onder c" not in found  # no law after the letter: as before
    assert all("onder a" not in f for f in found)


# --- near misses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bel 14 020 of 020 - 255 29 11; fax 020 552 91 00.",
        "Een bedrag van € 29.911,249 en 31934, 26 stuks.",
        "Postcode 1030 BB Amsterdam, IBAN NL91 ABNA 0417 1643 00.",
        "Zaaknummer Z/20/43414, kenmerk NO20-05670/12470, BBR / 21224968.",
        "Op 30 juni 2017, 29911, 249 bezoekers.",
        "datum 14-08-2019, versie 0 73 doc29",
    ],
)
def test_near_misses_give_no_scored_reference(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type in _SCORED | {"url"}] == []


# --- '.../nza/doc/ PUC_3324_22/1/': a cell's next line after a whole piece -----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "22.5 Bijlage: marktscan deel 6 Reeds openbaar: https://puc.overheid.nl/nza/doc/ "
            "PUC_3324_22/1/ | 23. Concept nota",
            "https://puc.overheid.nl/nza/doc/PUC_3324_22/1/",
        ),
        (
            "Definitieve versie reeds https://puc.overheid.nl/nza/doc/ PUC_3358_22/1/ 30.2 Bijlage",
            "https://puc.overheid.nl/nza/doc/PUC_3358_22/1/",
        ),
        (
            "Zie https://www.x.nl/docs/ Rapport2019/bijlage/a.pdf",
            "https://www.x.nl/docs/Rapport2019/bijlage/a.pdf",
        ),
    ],
)
def test_an_ids_pieces_after_a_whole_pieces_slash_go_on(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]  # an OCR'd page: the space is marked
    assert urls_of(text, ()) == [(want, None)]  # a text layer's joined cell: not marked


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("geraadpleegd via https://www.x.nl/docs/ 12/03/2019.", "https://www.x.nl/docs/"),
        ("zie https://www.x.nl/a/ en/of de site", "https://www.x.nl/a/"),
        ("zie https://www.x.nl/a/ 1/2/3 keer", "https://www.x.nl/a/"),
        ("zie https://www.x.nl/a/ A4/B5/ formaat", "https://www.x.nl/a/"),
        ("via https://www.x.nl/a/ 2e/3e/ klas", "https://www.x.nl/a/"),
        ("zie https://www.x.nl/ PUC_3324_22/1/", "https://www.x.nl/"),  # no path before it
        ("zie https://www.x.nl/a/ Wob-besluit/2020/ hier", "https://www.x.nl/a/"),  # no digit
        ("zie https://www.x.nl/a/ ABC123/def en verder", "https://www.x.nl/a/"),  # no end
    ],
)
def test_no_ids_pieces_no_join(text: str, want: str) -> None:
    assert [u for u, _ in urls_of(text)] == [want]


# --- 'www. rijksoverheid.nl/ezk': OCR's space after 'www.' -------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "T 070 379 8911 (algemeen) F 070 378 6100 (algemeen) www. rijksoverheid.nl/ezk",
            "https://www.rijksoverheid.nl/ezk",
        ),
        ("Postbus 20201 2500 EE Den Haag www. rijksoverheid.nl", "https://www.rijksoverheid.nl"),
        ("Kijk op www. nvwa.nl/bezwaarenberoep.", "https://www.nvwa.nl/bezwaarenberoep"),
    ],
)
def test_a_space_after_www_is_crossed_to_its_host_and_marked(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]
    assert urls_of(text, ()) == [(want, None)]


@pytest.mark.parametrize(
    "text",
    [
        "kijk op www. Dit is geen adres.nl",  # a capital: a sentence
        "kijk op www. rijksoverheid en verder",  # no TLD
        "www. .rijksoverheid.nl",  # a second dot: not read
        "Bel 070 - 379 89 11 of www. 20 keer",
    ],
)
def test_no_host_after_www_no_address(text: str) -> None:
    assert urls_of(text) == []
