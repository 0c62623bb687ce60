"""Round 70 (persons70, issue #12): persons69's and orgs67's left classes. Authors and editors
after a colophon's 'Auteurs:', 'Auteur:' or 'Redactie:'; a double surname with a capitalised
particle after its hyphen; a salutation's capitalised 'Heer'; a name set in capitals with a given
name of real use first. With the near misses that stay as they were. Sentences and names are our
own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


def canonicals(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


# --- a colophon's authors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Onderzoek naar wateroverlast Auteurs: K. Hulsbeek T. Wiggers Organisaties: Hogeschool",
         ["K. Hulsbeek", "T. Wiggers"]),
        ("Auteurs: K. Hulsbeek, T. Wiggers", ["K. Hulsbeek", "T. Wiggers"]),
        ("Redactie: J. Smitskamp, drs. A. van Dammers en P. de Vrieling",
         ["J. Smitskamp", "A. van Dammers", "P. de Vrieling"]),
        ("Auteurs:\ndr. P. Jonkhout\nIng. K.L. de Wiltink\nDatum: 3 mei 2021",
         ["P. Jonkhout", "K.L. de Wiltink"]),
        ("Redactie: Pieter Zwanenburg & Anna de Boerman", ["Pieter Zwanenburg", "Anna de Boerman"]),
    ],
)  # fmt: skip
def test_authors_after_a_colophons_label(text: str, names: list[str]) -> None:
    found = persons(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    ["Auteur: Rijkswaterstaat", "Redactie: Bureau Stadsbeeld", "Auteurs: Gemeente Zwolle"],
)
def test_a_body_after_the_authors_label_names_no_one(text: str) -> None:
    assert persons(text) == []


# --- a capitalised particle after a double surname's hyphen ---------------------------------------


def test_a_capitalised_particle_after_the_hyphen_keeps_the_surname() -> None:
    assert "Marleen Bakker-Van de Kamphorst" in persons("Marleen Bakker-Van de Kamphorst PVV")
    assert "Inge Jansen-Van Dijkhuis" in persons("Inge Jansen-Van Dijkhuis PVV")


def test_a_hyphen_without_a_particle_is_unchanged() -> None:
    assert "Marleen Bakker-Smeenk" in persons("Marleen Bakker-Smeenk PVV")


# --- a salutation's capitalised 'Heer' ------------------------------------------------------------


def test_a_salutations_capitalised_heer() -> None:
    assert persons("Geachte Heer Donkervoort, Langs deze weg") == ["Donkervoort"]


@pytest.mark.parametrize("text", ["Geachte Heer, Langs deze weg", "Geachte Heer\nUw verzoek"])
def test_a_salutation_without_a_name_names_no_one(text: str) -> None:
    assert persons(text) == []


# --- a name in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de Heer PIETER HEIN DONKERVOORT Datum: 1 mei", "Pieter Hein Donkervoort"),
        ("als opvolger van GERDA TER HORSTINK. Deze brief", "Gerda ter Horstink"),
        ("Hoogachtend,\n\nJAN DE VRIELING", "Jan de Vrieling"),
    ],
)
def test_a_name_in_capitals(text: str, name: str) -> None:
    assert name in canonicals(text)


@pytest.mark.parametrize(
    "text",
    [
        "JAN PIETER",  # given names only
        "AB WATERSCHAPSBLAD",  # an abbreviation
        "ISA SEMIC",  # a short given name before no particle
        "ELKE REGIO TELT",  # a word's look-alike
        "TINY HOUSE | Kleine woning",
        "JAN PIETERSZOON COENSTRAAT 12",  # a street
        "PIETER HEIN UTRECHT",  # a place
        "RAPPORT PIETER DONKERVOORT",  # a run of capitals that opens with no given name
        "PIETER HEIN DONKERVOORT EN ZONEN BV",  # a run too long
        "een roos in de tuin van PIETER ROOS",  # a word the text prints in lower case
        "PIETER HEIN DONKERVOORT",  # a line of capitals alone: a heading or a cell
        "Inhoud\nPIETER HEIN DONKERVOORT\nVoorwoord",
    ],
)
def test_capitals_that_name_no_one(text: str) -> None:
    assert not any(n.isupper() for n in persons(text))
