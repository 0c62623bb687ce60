"""What a blind batch of stakeholder texts showed (stakeholder52): an advisory opinion lists its
experts as 'de dames X (Body), Y (Body)'; a phrase ('ondertekend door', 'samen met', 'namens')
announces the parties to a covenant or a letter; a law's abbreviation beside bodies was read as a
body. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations, people

# -- experts with their bodies in brackets --------------------------------------------------------


def test_surnames_and_bodies_after_de_dames_and_de_heren() -> None:
    text = (
        "Gelet op de deelname van de deskundigen: de dames Verhaegen (Vereniging Stedelijke "
        "Netwerken), Claes (B.V.O.) en Peeters (Unie van Zelfstandige Ondernemers), en de heren "
        "Van Damme (Dienst Marktwerking), du Pré (Gezinsbond) en T'Kint (Ombudsdienst Energie)."
    )
    found = enrich_one(text)
    persons = {e.text for e in found if e.type == "person"}
    bodies = {e.text for e in found if e.type == "organization"}
    assert {"Verhaegen", "Claes", "Peeters", "Van Damme", "du Pré", "T'Kint"} <= persons
    assert {
        "Vereniging Stedelijke Netwerken",
        "B.V.O.",
        "Unie van Zelfstandige Ondernemers",
        "Dienst Marktwerking",
        "Gezinsbond",
        "Ombudsdienst Energie",
    } <= bodies


def test_a_role_in_brackets_is_no_body() -> None:
    text = "de heren Jansen (voorzitter), De Wit (Adviseur bij het Hof van Beroep) en Smit (Bovag)"
    found = enrich_one(text)
    bodies = {e.text for e in found if e.type == "organization"}
    assert "voorzitter" not in bodies
    assert "Adviseur bij het Hof van Beroep" not in bodies
    assert "Hof van Beroep" in bodies  # the body after the role's 'bij'
    assert "Bovag" in bodies
    assert {"Jansen", "De Wit", "Smit"} <= {e.text for e in found if e.type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        # one item is no list
        "Het woord was aan de heren Jansen (Zorgzaam Groen) die het kort hield.",
        # a word that merely ends in the phrase
        "Alle gastheren Jansen (Zorgzaam Groen) en Smit (Samen Sterker) kwamen.",
    ],
)  # fmt: skip
def test_no_list_of_experts(text: str) -> None:
    assert "Zorgzaam Groen" not in organisations(text)


# -- parties a phrase announces -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Het convenant is ondertekend door de VNG, Koepel Adviesraden Sociaal Domein en "
         "Landelijk Platform Zorgnetwerken.",
         ["Koepel Adviesraden Sociaal Domein", "Landelijk Platform Zorgnetwerken"]),
        ("Het convenant is ondertekend door de VNG, Zorgzaam Groen Zuid en Samen Sterker Oost.",
         ["Zorgzaam Groen Zuid", "Samen Sterker Oost"]),
        ("De handreiking is gemaakt in samenwerking met: het IPO, Zorgzaam Groen Zuid en "
         "Samen Sterker Oost.",
         ["Zorgzaam Groen Zuid", "Samen Sterker Oost"]),
        ("Namens de VNG, Huurders Overleg Zuid en Vastgoed Beheer Noord reageert de voorzitter.",
         ["Huurders Overleg Zuid", "Vastgoed Beheer Noord"]),
    ],
)  # fmt: skip
def test_the_parties_an_announcing_phrase_lists(text: str, names: list[str]) -> None:
    found = organisations(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # persons sign too: initials, a given name, an office, a surname with its particle
        ("Het akkoord is ondertekend door J. Smit, de VNG en Zorgzaam Groen Zuid.",
         "Zorgzaam Groen Zuid"),
        ("Het akkoord is ondertekend door Pieter Smit, de VNG en Zorgzaam Groen Zuid.",
         "Pieter Smit"),
        ("Het akkoord is ondertekend door De Jong, de VNG en Zorgzaam Groen Zuid.", "De Jong"),
        ("mede namens de Minister van Financiën, de VNG en Zorgzaam Groen Zuid",
         "Minister van Financiën"),
        # no body the lists know among them: who they are is not said
        ("De brief is ondertekend door Zorgzaam Groen Zuid en Samen Sterker Oost.",
         "Samen Sterker Oost"),
        # the phrase inside a word
        ("De verzamen met VNG, Zorgzaam Groen Zuid en IPO", "Zorgzaam Groen Zuid"),
    ],
)  # fmt: skip
def test_announced_lists_not_read(text: str, wrong: str) -> None:
    assert wrong not in organisations(text)


def test_places_in_an_announced_list_stay_places() -> None:
    found = enrich_one("samen met Rotterdam, Den Haag en de VNG")
    assert ("location", "Rotterdam") in {(e.type, e.text) for e in found}
    assert "Rotterdam" not in organisations("samen met Rotterdam, Den Haag en de VNG")


# -- a law's abbreviation is no party -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("De reactie is ondertekend door VNG, IPO, UvW en Wtmo.", "Wtmo"),
        ("De Wet transparantie maatschappelijke organisaties (WTMO) raakt ook IPO, VNG en WTMO.",
         "WTMO"),
        ("De Wet transparantie maatschappelijke organisaties (Wtmo) raakt ook IPO, VNG en Wtmo.",
         "Wtmo"),
        ("Het Besluit kwaliteit leefomgeving (Bkl) en de partijen VNG, IPO en Bkl.", "Bkl"),
        ("de verenigingen KNVB, KNHB en Wlz", "Wlz"),
    ],
)  # fmt: skip
def test_a_laws_abbreviation_is_no_body(text: str, law: str) -> None:
    assert law not in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # bodies whose abbreviation opens with a W, known to the lists
        ("Reacties kwamen van VNG, IPO, UvW en WRR.",
         "Wetenschappelijke Raad voor het Regeringsbeleid"),
        # an unknown abbreviation in capitals no law's title defines
        ("Reacties kwamen van VNG, IPO, UvW en WPBL.", "WPBL"),
        # a body the document defines beside a regulation's name
        ("de regeling van het Letterenfonds Noord (LFN) en de partijen VNG, IPO en LFN",
         "Interprovinciaal Overleg"),
    ],
)  # fmt: skip
def test_bodies_stay_beside_the_law_guard(text: str, body: str) -> None:
    assert body in organisations(text)


def test_persons_beside_the_experts_rule_unchanged() -> None:
    assert "Jan de Vries" in people("De heer Jan de Vries (VNO-NCW) sprak namens de werkgevers.")
