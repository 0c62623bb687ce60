"""Round 73 (persons73, issue #12): a member whose surname is a listed place, named so in a
members' list ('te weten: Van Dis, Castricum, Kamp') or after a courtesy title ('de heer
Castricum', 'Mevrouw Tilburg'); a later member of an older attendance printed with its particle
in lower case ('..., van der Zaal, ...'), which is no body the members sit in; a cabinet's member
in a run with the office after a comma ('Dankert, Staatssecretaris van Buitenlandse Zaken'), a
minister of an older cabinet the lists lack. With the near misses (a place, a municipality, a
body named after a person, a ministry's word, an office of a place) that stay no person.
Sentences and names are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


def places(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "location"]


# --- a listed place as a member's surname in a members' list --------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Tegenwoordig zijn 98 leden, te weten: Terpstra, Kortenhorst, Castricum, Fens,",
            "Castricum",
        ),
        ("Aanwezig zijn de leden Van Dis, Zwolle, Kamp en Vermeend.", "Zwolle"),
        ("Het lid Tilburg (PvdA) vraagt de minister om een reactie.", "Tilburg"),
        ("Samenstelling: Leden: Hoekstein (PvdA), Castricum (PvdA), Brakema (CDA).", "Castricum"),
    ],
)
def test_a_place_in_a_members_list_is_a_member(text: str, member: str) -> None:
    assert member in persons(text)
    assert member not in places(text)


def test_a_members_list_keeps_its_other_members() -> None:
    found = persons("Aanwezig zijn de leden Van Dis, Castricum, Kamp, Lilipaly en Vermeend.")
    assert found == ["Van Dis", "Castricum", "Kamp", "Lilipaly", "Vermeend"]


@pytest.mark.parametrize(
    "text",
    [
        # the list's first item without a party's bracket: left to the place
        "De leden Castricum en Middel hebben vragen gesteld.",
        # the body the members sit in, or the places they come from
        "De leden van de raad van Castricum en Zwolle vergaderen samen.",
        "Hij woont in Castricum en werkt in Zwolle, Tilburg en Breda.",
        "De gemeente Castricum en de burgemeester van Castricum overleggen.",
    ],
)
def test_a_place_outside_a_members_run_stays_a_place(text: str) -> None:
    assert not {"Castricum", "Zwolle", "Tilburg", "Breda"} & set(persons(text))


# --- a courtesy title before a listed place's name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voorzitter: de heer Castricum", "Castricum"),
        ("De heer Castricum (PvdA):", "Castricum"),
        ("Mevrouw Tilburg vroeg het woord over het plan.", "Tilburg"),
        ("Het woord is aan mevr. Zwolle namens de fractie.", "Zwolle"),
        ("Op voorstel van mejuffrouw Breda wordt besloten.", "Breda"),
    ],
)
def test_a_courtesy_title_before_a_place_names_a_person(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # an office held for a place after its title is no person
        "De burgemeester van Castricum en wethouder van Zwolle spraken.",
        "Burgemeester Tilburg is geen naam maar een ambt.",
        # capitals are the capitals' rule's, which leaves a place alone
        "Zij sprak met mevrouw UTRECHT over het plan.",
        # a place's compound after the title
        "De heer Amsterdam-Noord is geen persoon.",
    ],
)
def test_no_courtesy_place_without_its_title(text: str) -> None:
    assert not {"Castricum", "Zwolle", "Tilburg", "UTRECHT", "Amsterdam"} & set(persons(text))


# --- a later member with a lower-case particle ----------------------------------------------------


def test_a_lower_case_particle_in_an_older_attendance_is_a_member() -> None:
    text = (
        "Tegenwoordig zijn 98 leden, te weten: Terpstra, van der Zaal, Kortenhorst, van der Brug, "
        "Fens,"
    )
    assert persons(text) == ["Terpstra", "van der Zaal", "Kortenhorst", "van der Brug", "Fens"]


@pytest.mark.parametrize(
    "text",
    [
        "De leden van de Kamer, van de Staten en van het Burgerparlement stemden.",
        "De leden van het Burgerparlement en van de Raad kwamen bijeen.",
        "De leden van den Raad van State en de Raad van Advies vergaderden.",
    ],
)
def test_the_body_the_members_sit_in_stays_no_member(text: str) -> None:
    assert persons(text) == []


# --- a cabinet's member with the office after a comma ---------------------------------------------


def test_a_cabinets_run_names_its_members() -> None:
    text = (
        "Lubbers, Minister-President, Minister van Algemene Zaken, en Dankert, Staatssecretaris "
        "van Buitenlandse Zaken, en Kosto, Staatssecretaris van Justitie."
    )
    assert {"Dankert", "Kosto"} <= set(persons(text))


@pytest.mark.parametrize(
    "text",
    [
        # a ministry's or a place's word before the office
        "Namens Financiën, Staatssecretaris van Financiën, is geantwoord.",
        "Den Haag, Minister van Buitenlandse Zaken, 3 mei 1992",
        "Gezien het advies van Nederland, Minister van Justitie en anderen.",
        # an office without a portfolio after the comma is no cabinet's run
        "Excellentie, Minister, ik schrijf u over het plan.",
        # a body's head or title word before it
        "Dit zegt de Raad, Minister van Justitie en Veiligheid, in zijn advies.",
    ],
)
def test_no_cabinet_member_from_a_place_a_ministry_or_a_body(text: str) -> None:
    assert not {"Financiën", "Den Haag", "Haag", "Nederland", "Excellentie", "Raad"} & set(
        persons(text)
    )


# --- a listed surname opening a sentence before a verb of saying or acting ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Uitermark komt na het reces met een nieuw plan voor de Kamer.", "Uitermark"),
        (
            "Het debat liep uit. Omtzigt vermoedt dat de meesten nooit aan de bel trokken.",
            "Omtzigt",
        ),
    ],
)
def test_a_listed_surname_opening_a_sentence_before_a_verb(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Helder is dat de regels niet werken.",
        "Sterk punt is dat het plan klaar is.",
        "Schilder het apparaat niet.",
        "Omtzigt is een dorp in het verhaal van de schrijver.",
    ],
)
def test_no_sentences_first_word_without_such_a_verb(text: str) -> None:
    assert not {"Helder", "Sterk", "Schilder", "Omtzigt"} & set(persons(text))


# --- after the blind scoring: a group's compound after a title is no surname ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Via onze collega Statenfractie in Friesland werden wij gewezen op het artikel.",
        "De collega Raadsfracties hebben het voorstel gesteund.",
    ],
)
def test_a_groups_compound_after_a_title_is_no_person(text: str) -> None:
    assert persons(text) == []


def test_a_colleague_by_surname_stays_a_person() -> None:
    assert persons("Mijn collega Jansen meldde het.") == ["Jansen"]


# --- an abbreviated particle after initials ('J. v.d. Berg') --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De heer J. v.d. Berg sprak over de begroting.", "J. v.d. Berg"),
        ("Het woord is aan mevrouw A. v. Dijk (CDA).", "A. v. Dijk"),
    ],
)
def test_an_abbreviated_particle_after_initials(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "In het jaar 50 v. Chr. bouwde men hier een brug.",
        "Zie blz. 4 v.d. Nota over de begroting.",
        "Het besluit van de heer A. v.d. Raad is niet bekend.",
    ],
)
def test_no_person_from_an_abbreviation_alone(text: str) -> None:
    assert not {"Chr.", "Nota", "Raad", "A. v.d. Raad"} & set(persons(text))
