"""What a blind batch of national, stakeholder and media texts showed (orgs53), and the classes
stakeholder52 left: a profession's title closing a body's compound ('RTL-journalisten X en Y'), a
motion named 'van X & Y', a kind word before an unknown name ('lobbykantoor X',
'lobbyorganisatie X', 'adviesbureau X en Van Y'), 'stichting X Y Nederland', 'De <Name>' under a
heading that ends in an office, a phrase's name cut at its small word. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations


def _persons(text: str) -> set[str]:
    return {e.text for e in enrich_one(text) if e.type == "person"}


def _bodies(text: str) -> set[str]:
    return {e.text for e in enrich_one(text) if e.type == "organization"}


# -- persons ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dat meldt Trouw-journalist Femke Hoogland na een half jaar onderzoek.", "Femke Hoogland"),
        ("Volgens Deltares-onderzoeker Bram Kuijpers stijgt het water sneller.", "Bram Kuijpers"),
        ("Zowel ABN-topman Wouter Brakel als de minister reageerde verbaasd.", "Wouter Brakel"),
        ("Het gesprek met NOS-directeur Petra Lindhout duurde een uur.", "Petra Lindhout"),
    ],
)
def test_a_profession_closing_a_body_compound_titles_the_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_plural_profession_closing_a_body_compound_lists_persons() -> None:
    text = "NRC-journalisten Sanne Wortel en Joost Baarda stelden veertig vragen."
    assert {"Sanne Wortel", "Joost Baarda"} <= _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # an office after a hyphen is read only with a party (round 45), not with any word
        "De Waterschap-wethouder Hoeksema bestaat niet.",
        # a digit before the hyphen is no body
        "Het 2-journalist Model werkt zo.",
    ],
)
def test_no_person_after_an_office_or_a_digit_compound(text: str) -> None:
    assert not _persons(text)


def test_a_motion_of_two_members_joined_by_an_ampersand() -> None:
    text = "De lobbyparagraaf komt uit de motie van Van Nispen & Leijten over transparantie."
    assert {"Van Nispen", "Leijten"} <= _persons(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("De motie van de VVD werd aangenomen.", "VVD"),
        ("De motie van Kamerlid Omtzigt werd aangenomen.", "Kamerlid Omtzigt"),
        ("De moties van Nederland en Europa zijn bekend.", "Nederland"),
    ],
)
def test_a_motion_of_a_party_an_office_or_a_place_names_no_member(text: str, absent: str) -> None:
    assert absent not in _persons(text)


def test_a_name_under_a_heading_ending_in_an_office_is_no_person() -> None:
    text = "Brieven aan de formateur\nDe Coalitiekijker verzamelt hier alle brieven."
    assert "De Coalitiekijker" not in _persons(text)


def test_a_salutation_before_de_still_names_a_person() -> None:
    text = "Geachte heer\nDe Vries gaat morgen naar Utrecht."
    assert "De Vries" in _persons(text)


def test_a_given_name_and_surname_before_a_role_of_a_listed_body() -> None:
    text = "‘Het kan sneller’, schreef Ilse Verhoef, campagneleider van Milieudefensie, gisteren."
    assert "Ilse Verhoef" in _persons(text)


def test_two_words_before_a_role_of_an_unknown_body_stay_unread() -> None:
    text = "In Groot Ammers, woordvoerder van Bakkerij Stam, was het stil."
    assert "Groot Ammers" not in _persons(text)


# -- organisations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dat zegt Jan de Wit, directeur van lobbykantoor Haagse Zaken.", "Haagse Zaken"),
        ("Volgens lobbyorganisatie FarmFacts klopt dat niet.", "FarmFacts"),
        ("Gisteren protesteerde milieuorganisatie Groenfront bij het ministerie.", "Groenfront"),
        ("Het onderzoek deed adviesbureau Kessel en Van Dam in opdracht van de raad.",
         "Kessel en Van Dam"),
        ("Namens advocatenkantoor Bakker & Stolk tekende de partner.", "Bakker & Stolk"),
    ],
)  # fmt: skip
def test_a_kind_word_before_an_unknown_name(text: str, body: str) -> None:
    assert body in _bodies(text)


def test_a_bare_organisation_word_in_a_table_cell_names_no_body() -> None:
    text = "Werkbelasting organisatie Cijfers over in welke sectoren het meest verzuimd wordt"
    assert "Cijfers" not in _bodies(text)


def test_two_firms_after_a_plural_kind_and_en_stay_two() -> None:
    text = "De adviesbureaus Berenschot en Andersson Elffers Felix deden het onderzoek."
    assert "Berenschot en Andersson" not in _bodies(text)


def test_a_foundation_of_two_words_goes_on_with_nederland() -> None:
    text = "Samen met stichting Oude Gewassen Nederland organiseren wij de dag."
    assert "stichting Oude Gewassen Nederland" in _bodies(text)


def test_a_foundation_in_nederland_is_a_place_after_it() -> None:
    text = "Het werk van stichting Oude Gewassen in Nederland groeit."
    assert "stichting Oude Gewassen" in _bodies(text)


def test_an_alliance_heads_a_name() -> None:
    assert "Migraine Alliantie" in _bodies("De petitie kwam namens de Migraine Alliantie.")


def test_a_phrase_name_cut_at_its_small_word_is_no_body() -> None:
    text = "Het rapport verscheen namens Coalitie Geen kind in de cel bij de commissie."
    assert "Coalitie Geen" not in _bodies(text)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Abvakabo FNV biedt een petitie aan.", "Abvakabo FNV"),
        ("Bij het NPO-fonds is onduidelijk waar het geld blijft.", "NPO Fonds"),
        ("Lobbyistenvereniging BVPA regelde een videoverbinding.",
         "Beroepsvereniging voor Public Affairs"),
    ],
)  # fmt: skip
def test_rows_of_the_round(text: str, canonical: str) -> None:
    assert canonical in organisations(text)


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        ("Lobbyistenvereniging KVPA regelde een videoverbinding.", "KVPA",
         "Lobbyistenvereniging KVPA"),
        ("Landbouwbranchevereniging LTO Nederland zegt dat de kosten stijgen.", "LTO Nederland",
         "Landbouwbranchevereniging LTO Nederland"),
    ],
)  # fmt: skip
def test_a_compound_kind_before_letters_or_a_listed_body_is_no_part_of_it(
    text: str, body: str, not_body: str
) -> None:
    bodies = _bodies(text)
    assert body in bodies
    assert not_body not in bodies


def test_a_compound_kind_before_an_unknown_word_stays_the_name() -> None:
    text = "Woningbouwvereniging Ons Huis bouwt veertig woningen."
    assert "Woningbouwvereniging Ons Huis" in _bodies(text)
