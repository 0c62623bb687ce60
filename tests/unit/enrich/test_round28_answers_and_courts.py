"""What a blind set of answers to Kamervragen as web pages print them showed (gold28): a court or
province whose name's hyphen is typed as a space; a medium's piece written as a compound under its
name; a member's one-person group in brackets after his name; a feed that prints the document's
kind after the answering minister's office; an Aanhangsel cited number first; a stuk printed in
two dossiers."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from tests.unit.enrich.found import enrich_one, organisations


def _persons(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("In maart heeft de rechtbank Midden Nederland het beroep ongegrond verklaard.",
         "Rechtbank Midden-Nederland"),
        ("Het hoger beroep loopt bij het Gerechtshof Arnhem Leeuwarden sinds mei.",
         "Gerechtshof Arnhem-Leeuwarden"),
        ("De brief van de Provincie Noord Holland over de dijken kwam gisteren.",
         "Provincie Noord-Holland"),
    ],
)  # fmt: skip
def test_a_hyphen_in_a_bodys_name_typed_as_a_space(text: str, body: str) -> None:
    assert body in organisations(text)


def test_a_place_with_its_hyphen_typed_as_a_space_is_no_body() -> None:
    assert organisations("Zij wonen in Noord Holland en werken in Midden Nederland.") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kent u het Volkskrant-bericht over de wachtlijsten?", "de Volkskrant"),
        ("Bent u bekend met het Trouw-artikel van vorige week?", "Trouw"),
    ],
)
def test_a_mediums_piece_under_its_name(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het Woo-artikel over de termijnen geldt ook hier.",
        "De Wob-berichten over het verzoek zijn verstuurd.",
        "Het Volkskrant-archief is openbaar.",
    ],
)
def test_a_law_or_another_compound_stays_none(text: str) -> None:
    assert organisations(text) == []


def test_a_members_own_group_in_brackets_is_no_body() -> None:
    text = (
        "Een verzoek over de toeslagen |\n|\nMarieke Jansen (SP), Gert Hoogland (Hoogland) |\n|\n"
        "Karel de Vries (minister financiën) (VVD) |\n"
    )
    assert "Hoogland" not in organisations(text)
    assert "Gert Hoogland" in _persons(text)


def test_a_body_in_brackets_of_another_name_stays() -> None:
    text = "Aanwezig: Anna Bakker (Geonovum), Pieter Smit (Kadaster)."
    found = organisations(text)
    assert any("Geonovum" in b for b in found) and "Kadaster" in found


def test_the_documents_kind_after_the_office_is_no_name() -> None:
    text = (
        "Antwoord van Minister Antwoord op vragen van het lid Verhoef over de kustwacht\n\n"
        "Antwoord van Minister Dekker (Defensie) (ontvangen 3 maart 2026).\n\nVraag 1\n"
    )
    found = _persons(text)
    assert "Antwoord" not in found
    assert "Dekker" in found and "Verhoef" in found


def _refs(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text)]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("2) Aanhangsel Handelingen nr. 842, vergaderjaar 2008-2009", "ah-tk-20082009-842"),
        ("(Aanhangsel Handelingen II, nr. 77, vergaderjaar 2011/12)", "ah-tk-20112012-77"),
    ],
)
def test_the_aanhangsel_cited_number_before_year(text: str, ref: str) -> None:
    assert _refs(text) == [ref]


def test_an_aanhangsel_number_without_its_year_is_none() -> None:
    assert _refs("Zie Aanhangsel Handelingen nr. 842 en de brief van mei.") == []


def test_a_stuk_printed_in_two_dossiers_is_the_first_dossiers() -> None:
    assert _refs("de brief over de polis (Kamerstukken 31 245 en 30 597, nr. 640);") == [
        "kst-31245-640"
    ]
    assert _refs("(Kamerstukken 31 245 en 30 597, nrs. 640 en 642)") == [
        "kst-31245-640",
        "kst-31245-642",
    ]


def test_two_dossiers_each_with_its_number_stay_two() -> None:
    assert _refs("Kamerstuk 31 245, nr. 640 en 30 597, nr. 301") == [
        "kst-31245-640",
        "kst-30597-301",
    ]


def test_an_older_note_that_cites_only_the_paper_and_its_day() -> None:
    text = (
        "Heeft u kennisgenomen van het bericht? 1)\n\n"
        "1) Stadsblad Noord, 14 maart 2008\n\n"
        "2) Aanhangsel Handelingen nr. 842, vergaderjaar 2008-2009"
    )
    assert "Stadsblad Noord" in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zie ook:\n1) Kamerbrief, 14 maart 2008\n",  # a paper's kind
        "Zie ook:\n1) Piet Verhoeven, 14 maart 2008\n",  # a writer
        "Zie ook:\n1) Den Haag, 14 maart 2008\n",  # a place
        "Zie ook:\n1) Stadsblad Noord, 14 maart 2008, pagina 3\n",  # the line goes on
    ],
)
def test_a_note_of_a_paper_writer_or_place_names_no_publisher(text: str) -> None:
    assert "Stadsblad Noord" not in organisations(text)
    assert [o for o in organisations(text) if o not in ("Den Haag",)] == []
