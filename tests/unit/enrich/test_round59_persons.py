"""What a blind round on technical-committee minutes, Woo mails and decisions, Handelingen, letters,
answers, rulings and news showed (persons59): a double surname of the east after a given name
('Gerald Groot Roessink' in a table's cell), a given name that is also a word before the person's
party ('Nel Dol van GroenLinks'), 'dhr' without its dot, and a run of names each with its body in
brackets that holds initials and a surname ('T. Krabbé (Belastingdienst)'), and after an office a
given name and a place ('voorzitter Jan Hardenberg'). Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def _names(text: str) -> set[str]:
    return {e.canonical for e in enrich_one(text) if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| Wim Visser | RDW |\n| Gerald Groot Roessink | DUO |", "Gerald Groot Roessink"),
        ("Ilse Oude Elferink (RDW) opent de vergadering.", "Ilse Oude Elferink"),
        ("Bas Klein Gunnewiek zei dat het klopt.", "Bas Klein Gunnewiek"),
        ("Sanne Olde Monnikhof | Kadaster", "Sanne Olde Monnikhof"),
    ],
)
def test_a_saxon_double_surname_after_a_given_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan Klein Nederland zei het.", "Jan Klein"),  # a listed place is no surname's part
        ("Piet Groot Amsterdam", "Piet Groot"),
    ],
)
def test_no_double_surname_with_a_place(text: str, name: str) -> None:
    found = _names(text)
    assert name in found
    assert not any(n.startswith(name + " ") for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nel Dol van GroenLinks meende dat het anders moest.", "Nel Dol"),
        ("Nel Dol (GroenLinks) meende dat het anders moest.", "Nel Dol"),
        ("Kier Heek van de VVD vroeg het woord.", "Kier Heek"),
    ],
)
def test_a_word_like_given_name_before_a_party(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hart van Nederland meldde het gisteren.",
        "Just Vlak van Shell zei het.",  # a firm is no party
        "Mark Agenda (VVD)",
    ],
)
def test_a_word_like_given_name_without_a_party_names_no_one(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("en vraagt of deze uitnodiging van dhr Vulpen (JenV) bekend is.", "Vulpen"),
        ("Dhr Kolkman zei dat het klopt.", "Kolkman"),
        ("dhr. Vulpen zei het.", "Vulpen"),
    ],
)
def test_dhr_without_its_dot(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["Mhr Jansen", "Het DHR Project start."])
def test_no_courtesy_title_inside_a_word(text: str) -> None:
    assert not _names(text)


def test_a_run_with_bodies_in_brackets_holds_initials_and_a_surname() -> None:
    text = (
        "Melis Brink (Belastingdienst) meldt zich af, T. Krabbé (Belastingdienst), "
        "Mark Backer (VNG), Han Welmer (TNO), E.P. Volkerts (Belastingdienst), "
        "Tonkie Zwaan (BKWI)."
    )
    assert {"T. Krabbé", "Mark Backer", "Han Welmer", "E.P. Volkerts", "Tonkie Zwaan"} <= _names(
        text
    )


def test_a_run_takes_initials_between_names() -> None:
    assert {"Ria Smit", "J. Tuinstra", "Karel Bos"} <= _names(
        "Het rapport is van Ria Smit, J. Tuinstra en Karel Bos."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a place in brackets' place in the run is no person
        "Mark Rutte (VVD), Amsterdam (NH), Jan Jansen (CDA)",
        # initials before a listed body are none
        "Ria Smit, A. Rijkswaterstaat en Karel Bos",
    ],
)
def test_a_run_takes_no_place_or_body(text: str) -> None:
    found = _names(text)
    assert not any("Amsterdam" in n or "Rijkswaterstaat" in n for n in found)


def test_initials_alone_without_a_run_stay_unread() -> None:
    assert not _names("Het stuk van T. Krabbé ligt ter inzage.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("een opmerking van voorzitter Jan Hardenberg (VVD) die", "Jan Hardenberg"),
        ("wethouder Peter Wassenaar zei het.", "Peter Wassenaar"),
    ],
)
def test_a_given_name_and_a_place_after_an_office(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_place_after_an_office_and_a_surname_stays_out() -> None:
    assert _names("minister Hoekstra Nederland") == {"Hoekstra"}
