"""Where a found name ends (prec51, decentral pages): a closing quote, a heading or a street after
a body's name, a kind word before a person's given name, a saint's name. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a closing quote ------------------------------------------------------------------------------


@pytest.mark.parametrize("quotes", ["''", "‘’"])
def test_a_closing_quote_is_no_part_of_the_name(quotes: str) -> None:
    text = (
        f"Zo ontstond een openbaar lichaam met de naam {quotes[0]}Veiligheidsregio Noord-Veluwe"
        f"{quotes[1]} dat op 1 januari begon."
    )
    found = organisations(text)
    assert "Veiligheidsregio Noord-Veluwe" in found
    assert not [f for f in found if f.endswith(("'", "’"))]


def test_an_unquoted_name_keeps_its_end() -> None:
    found = organisations("De Veiligheidsregio Noord-Veluwe vergadert op dinsdag.")
    assert "Veiligheidsregio Noord-Veluwe" in found


# -- a heading or a street after a body's name ----------------------------------------------------


def test_a_name_ends_before_the_heading_on_the_next_line() -> None:
    text = (
        "Jaarverslag 2016 Veiligheidsregio Noord-Veluwe\nVoorwoord Hierbij bieden wij u de "
        "jaarstukken van Veiligheidsregio Noord-Veluwe ter vaststelling aan."
    )
    found = organisations(text)
    assert "Veiligheidsregio Noord-Veluwe" in found
    assert not [f for f in found if "Voorwoord" in f]


def test_a_name_ends_before_a_colophon_street() -> None:
    text = (
        "Jaarstukken Veiligheidsregio Noord-Veluwe. Colofon. Dit is een uitgave van: "
        "Veiligheidsregio Noord-Veluwe Stationsweg 12 8011 CZ Zwolle"
    )
    found = organisations(text)
    assert "Veiligheidsregio Noord-Veluwe" in found
    assert not [f for f in found if "Stationsweg" in f]


def test_a_body_on_the_next_line_with_an_organisation_word_stays_whole() -> None:
    # a unit of the body on its own line holds an organisation word: no heading, left alone
    text = (
        "Veiligheidsregio Noord-Veluwe\nAfdeling Risicobeheersing stuurt u het advies. "
        "Veiligheidsregio Noord-Veluwe is bereikbaar op werkdagen."
    )
    found = organisations(text)
    assert "Veiligheidsregio Noord-Veluwe" in found


def test_a_name_not_given_alone_elsewhere_is_not_cut() -> None:
    # no shorter name of the same text to end at: the street rule needs one
    found = organisations("Dit is een uitgave van: Stichting Rivierzicht Stationsweg 12 Zwolle.")
    assert not [f for f in found if f == "Stichting"]


# -- a kind word before a person's given name -----------------------------------------------------


def test_a_kind_word_before_a_given_name_and_a_surname_is_no_body() -> None:
    text = (
        "Hoogheemraadschap Paul van den Berg krijgt de dijken in zijn portefeuille. "
        "Het Hoogheemraadschap van Delfland maakte dat bekend."
    )
    found = organisations(text)
    assert "Hoogheemraadschap Paul" not in found
    assert "Hoogheemraadschap van Delfland" in found


@pytest.mark.parametrize(
    "text",
    [
        "De Stichting Anna zorgt voor ouderen in Zeist.",
        "Stichting Paul Groenewoud beheert het fonds.",
    ],
)
def test_a_body_named_after_a_person_is_not_dropped_for_it(text: str) -> None:
    found = organisations(text)
    assert [f for f in found if f.startswith("Stichting")], found


# -- a saint's name -------------------------------------------------------------------------------


def test_a_name_after_st_is_no_person() -> None:
    text = (
        "In 2008 tekenden de gemeente en corporaties (St. Joseph Wonen en Ons Belang) een "
        "convenant."
    )
    assert "Joseph Wonen" not in people(text)


def test_a_person_after_a_dot_of_another_word_stays() -> None:
    assert "Joseph Jansen" in people("Namens de raad sprak wethouder Joseph Jansen.")


# -- a committee's subject ------------------------------------------------------------------------


def test_a_ministry_short_name_after_commissie_is_the_subject() -> None:
    text = (
        "Er zijn twee commissies: de commissie Waterbeheer en de commissie Algemene Zaken en "
        "Middelen."
    )
    assert "Ministerie van Algemene Zaken" not in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het ministerie van Algemene Zaken stuurt de nota naar de commissie.",
        "De commissie vroeg het ministerie van Algemene Zaken om advies.",
    ],
)
def test_the_ministry_elsewhere_stays(text: str) -> None:
    assert "Ministerie van Algemene Zaken" in organisations(text)


# -- a name run on into a regional adjective ------------------------------------------------------


def test_a_name_ends_before_and_a_regional_adjective() -> None:
    text = (
        "Zij werken samen met Bureau Jeugdzorg, De Drentse Huisartsenvereniging en Drentse "
        "ziekenhuizen."
    )
    found = organisations(text)
    assert not [f for f in found if f.endswith("Drentse")], found


def test_a_name_with_and_in_it_stays_whole() -> None:
    found = organisations("De Veiligheidsregio Gooi en Vechtstreek vergadert op dinsdag.")
    assert "Veiligheidsregio Gooi en Vechtstreek" in found


# -- a person's name and a body or an office ------------------------------------------------------


def test_a_name_ends_before_van_het_and_a_programme() -> None:
    text = "Dat constateert Roeland Hillen van het Hoogwaterbeschermingsprogramma in Den Bosch."
    found = people(text)
    assert not [f for f in found if "programma" in f], found


def test_a_surname_with_van_het_stays() -> None:
    assert "Gerard van het Reve" in people("De schrijver Gerard van het Reve woonde in Brabant.")


def test_an_office_alone_is_no_person() -> None:
    text = (
        "Daarnaast worden de Hoofdofficier van Justitie, de voorzitter van het Waterschap en "
        "een vertegenwoordiger van de Commissaris van de Koning uitgenodigd."
    )
    assert "Hoofdofficier" not in people(text)


def test_a_minister_whose_surname_is_an_office_stays() -> None:
    text = "Antwoord van Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap) op vragen."
    assert "Dijkgraaf" in " ".join(people(text))


# -- a department's abbreviation ------------------------------------------------------------------


def test_abbreviations_in_a_department_list_are_no_bodies() -> None:
    text = (
        "Het gaat om gegevens die binnen de afdelingen JGZ, AGZ, Gezond Leven en Veilig Thuis "
        "worden verzameld door GGD Hollands Midden."
    )
    found = organisations(text)
    assert "JGZ" not in found and "AGZ" not in found
    assert "GGD Hollands Midden" in found


def test_a_listed_body_after_afdeling_stays() -> None:
    text = "De afdeling RIVM, CBS en de GGD leveren de cijfers."
    found = organisations(text)
    assert "Rijksinstituut voor Volksgezondheid en Milieu" in found
