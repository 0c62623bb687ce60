"""Round 72 (persons72, issue #12): classes earlier rounds left. An OCR layer's 'l' for a surname's
capital 'I' in a members' list ('Van lersel (C.D.A.)'), confirmed by the party's bracket or a
listed member; a surname in capitals after a courtesy title ('de heer HIRSCH BALLIN'); a given
name the list lacks before 'van' and a surname, in running text and after an author's label
('Sywert van Lienden', 'Auteur: Lizza van der Klei'); an attendance list wrapped inside a name
('Wouter\\nVermeulen'). With the near misses (a street, a law, a body, a ministry, a title) that
stay no person. Sentences and names are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


def canonicals(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


# --- OCR's 'l' for 'I' in a members' list ---------------------------------------------------------

_COMPOSITION = (
    "Samenstelling: Leden: Koersema (V.V.D.), voorzitter, Van lersel (C.D.A.), Hoekstein "
    "(P.v.d.A.I, Van Dalsum (D66), Brakema (C.D.A.).\n"
)


def test_an_ocr_l_for_i_in_a_composition_keeps_the_list_going() -> None:
    found = persons(_COMPOSITION)
    assert "Van lersel" in found  # the text as printed
    assert {"Hoekstein", "Van Dalsum", "Brakema"} <= set(found)  # the members after it
    assert "Van Iersel" in canonicals(_COMPOSITION)  # the name repaired


@pytest.mark.parametrize(
    "text",
    [
        # the members' group in brackets after 'De leden': no 'Ieden'
        "De leden (CDA) stemden tegen het voorstel.",
        # not in a members' list: no repair
        "De vergadering besprak de brief. Van lersel (C.D.A.) vroeg het woord.",
        # a lower-case word after a particle with no bracket, no listed member, no run of names
        "Samenstelling: Leden: Koersema (V.V.D.), Van lente tot herfst was het druk.",
    ],
)
def test_no_ocr_repair_without_a_confirming_list(text: str) -> None:
    assert not any(c.startswith(("Van I", "Ieden", "I")) for c in canonicals(text))


def test_an_ocr_l_for_i_and_a_broken_name_in_an_attendance_run() -> None:
    text = (
        "Tegenwoordig zijn 9 leden, te weten:\n\nAkkerveld, Van Bommel, Van Houte-lingen, Huisman, "
        "Van lersel, Jonkhout, Kramsma en Zijlema,\n\nen de heer Lubbers, minister-president.\n"
    )
    found = set(canonicals(text))
    assert {"Van Houte-lingen", "Huisman", "Van Iersel", "Jonkhout", "Kramsma", "Zijlema"} <= found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Tegenwoordig, met de Voorzitter, 9 leden, te weten: mejuffrouw Nolting, Bakker",
            "Nolting",
        ),
        ("de heren Vondel, jonkvrouwe Wttewaal van Stoet en Burgers", "Wttewaal van Stoet"),
        ("De portefeuillehouder De Brink heeft toegezegd u te schrijven.", "De Brink"),
    ],
)
def test_older_courtesy_titles_and_a_portfolio_holder(text: str, name: str) -> None:
    assert name in canonicals(text)


def test_a_list_of_roles_names_no_portfolio_holder() -> None:
    text = "Rollen: Raadslid Inspreker Portefeuillehouder Griffier Overig\n"
    assert not any("Griffier" in c for c in canonicals(text))


def test_an_office_in_an_attendance_is_no_member() -> None:
    text = "Tegenwoordig zijn 3 leden, te weten: Aalders, Bosma en Cramer, en de heren De Jong, "
    text += "Minister-President, Minister van Algemene Zaken, Witteveen, Vice-Minister-President.\n"
    found = canonicals(text)
    assert "Minister-President" not in found and "Vice-Minister-President" not in found


# --- a surname in capitals after a courtesy title -------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("In het debat sprak de heer HIRSCH BALLIN over de Grondwet.", "Hirsch Ballin"),
        ("Het woord is aan mevrouw VAN DER HOEVEN (CDA).", "Van der Hoeven"),
        ("Aanwezig: mevrouw DE VRIES en de heer Bakker.", "De Vries"),
    ],
)
def test_a_capitals_surname_after_a_courtesy_title(text: str, name: str) -> None:
    assert name in canonicals(text)


@pytest.mark.parametrize(
    "text",
    [
        "De heer CDA sprak niet.",  # a party's letters
        "Het antwoord van mevrouw NN volgt.",  # two letters
        "Een brief aan mevrouw UTRECHT kwam nooit aan.",  # a listed place
        "Volgens de heer AVG geldt dit niet.",  # a law's letters
    ],
)
def test_letters_after_a_courtesy_title_name_no_one(text: str) -> None:
    assert persons(text) == []


# --- a given name the list lacks before 'van' and a surname ---------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Het ging om de mondkapjesdeal met Sywert van Lienden en zijn zakenpartners.",
            "Sywert van Lienden",
        ),
        ("Het rapport werd besproken met Tjeerd van Dekken, de directeur.", "Tjeerd van Dekken"),
        ("Auteur: Lizza van der Klei\nDatum: 3 maart 2024\n", "Lizza van der Klei"),
    ],
)
def test_an_unlisted_given_name_before_van(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dit blijkt uit een brief van het Ministerie van Financiën aan de Kamer.",  # a ministry
        "Zij sprak met de Prins van Oranje en het Hof van Justitie.",  # a title, a court
        "Hij schreef aan de Kamer van Koophandel en de Raad van State.",  # bodies
        "In het Koninkrijk van België en de Staten van Overijssel.",  # a state, a body
        "Het kantoor staat aan de Pieter van Vollenhovenstraat in Utrecht.",  # a street
        "Volgens het rapport van Sywert van Lienden Holding kost het meer.",  # a firm
        "Hij verwees naar de Wet van Ohm en de Stichting van Wijk.",  # a law, a foundation
        "Auteur: Team van Wijk\n",  # a team after the label
        "Redactie: Bureau van Dam\n",  # a bureau after the label
        # capitalised nouns before 'van' in programmes and specifications (the precision sweep)
        "Dit geldt voor Raden van Toezicht en Colleges van Bestuur in het onderwijs.",
        "Zo werken wij aan Verdrag van Aarhus, Stelsel van Basisregistraties en meer.",
        "Dit vraagt om Financieren van Terrorisme tegen te gaan, ook voor Nederlanders van "
        "Surinaamse afkomst.",
        "Het overleg met Derksen van Merijn ging over Register van Zorgaanbieders.",
    ],
)
def test_bodies_laws_and_streets_before_van_name_no_one(text: str) -> None:
    assert persons(text) == []


# --- an attendance list wrapped inside a name -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig: Wouter\nVermeulen (gemeente Zwolle), Piet de Boer (provincie)\n",
        "Aanwezig: Piet de Boer (provincie), Wouter\nVermeulen (gemeente Zwolle)\n",
    ],
)
def test_a_name_wrapped_in_an_attendance_list(text: str) -> None:
    assert "Wouter Vermeulen" in canonicals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wij danken Wouter\nVermeulen voor zijn werk.\n",  # no list's entry
        "Vergadering: Mark\nAgenda (concept), Hoofdstuk 2\n",  # a word's look-alike
    ],
)
def test_a_given_name_at_a_line_end_outside_a_list_joins_nothing(text: str) -> None:
    assert not any("\n" in p for p in persons(text))


# --- a name glued to the word before it -----------------------------------------------------------


def test_a_given_name_glued_to_the_word_before() -> None:
    assert "Henk Molenaar" in persons("Voor meer infoHenk Molenaar, afdeling communicatie.")


@pytest.mark.parametrize(
    "text",
    [
        "Log in op mijnOverheid Berichtenbox of gebruik eHerkenning Niveau twee.",
        "De webPagina Instellingen werkt niet.",
    ],
)
def test_camel_case_names_no_one(text: str) -> None:
    assert persons(text) == []
