"""What a blind batch of answers to Kamervragen and Kamerbrieven showed (gold42): a surname after a
title keeping its particle in lower case; a capitalised justice title; the asked/answered labels of
a Kamervraag page's header; a party after 'de leden van'; a register line's function in a surname's
place; a body named as one word ending in 'orgaan'; a committee named after its chair alone; an
uninflected adjective opening a fund's or an institute's name. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a lower-case two-word particle after a title --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Antwoord van Minister van der Molen (Justitie) (ontvangen 3 mei 2024).", "Molen"),
        ("Volgens staatssecretaris van den Bosch is dat niet nodig.", "Bosch"),
        ("Het voorstel kwam van burgemeester ter Horst uit Zwolle.", "Horst"),
    ],
)
def test_title_then_lower_case_particle_names_a_person(text: str, surname: str) -> None:
    assert any(p.endswith(surname) for p in people(text))


@pytest.mark.parametrize(
    "text",
    [
        "De minister van Defensie antwoordt mede namens de minister van Financiën.",
        "Dat is een vraag voor de minister van de Koning, zei hij.",  # 'van de' stays an office
        "De minister ter zake gaf geen antwoord.",  # lower case after 'ter': no surname
        "De staatssecretaris ten behoeve van de Kamer schreef het.",
    ],
)
def test_office_after_title_is_no_person(text: str) -> None:
    assert people(text) == []


# -- a capitalised justice title -------------------------------------------------------------------


def test_capitalised_advocate_general_titles_a_person() -> None:
    text = "Het advies van Advocaat-Generaal Koolhaas (mei 2022) gaat over de heffing."
    assert "Koolhaas" in people(text)


def test_capitalised_procurator_general_before_a_body_is_no_person() -> None:
    assert people("De Procureur-Generaal Hoge Raad sprak.") == []


# -- the asked/answered labels of a Kamervraag page ------------------------------------------------


def test_answered_by_label_names_a_listed_minister() -> None:
    text = (
        "Kamervraag 2024Z00001\n\nIngediend 3 januari 2024\nBeantwoord door Kuipers\nOnderwerpen x"
    )
    assert any(p.endswith("Kuipers") for p in people(text))


def test_submitters_label_of_a_kamerstuk_page() -> None:
    text = "Gepubliceerd: 7 november 2014\nIndiener(s): Bosma (PVV), Kuipers\nOnderwerpen: x"
    assert any(p.endswith("Kuipers") for p in people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ingediend 3 januari 2024\nBeantwoord door Kuipersweg\nOnderwerpen zorg",  # no listed name
        "De vragen zijn beantwoord door Kwint en anderen.",  # prose, not the page's label
    ],
)
def test_answered_by_needs_the_label_and_a_listed_surname(text: str) -> None:
    assert not any(p.endswith("Kuipersweg") for p in people(text))
    if text.startswith("De vragen"):
        assert people(text) == []


# -- a party after 'de leden van' ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tijdens het debat zijn door de leden van GroenLinks, CDA en VVD vragen gesteld.",
        "De leden van D66 en SP vroegen om een brief.",
    ],
)
def test_members_of_a_party_name_no_person(text: str) -> None:
    assert people(text) == []


def test_members_with_a_lower_case_particle_are_still_persons() -> None:
    found = people("Het verzoek van de leden van Dijk en Klaver is besproken.")
    assert any(p.endswith("Dijk") for p in found)


# -- a register line's function in a surname's place -----------------------------------------------


def test_function_after_a_submitter_is_no_surname() -> None:
    text = (
        "- Gericht aan: A.B. Jansen, minister van Financiën\n"
        "- Indiener: C.D. de Boer, Tweede Kamerlid\n"
        "- Medeindiener: E.F. Smit, Tweede Kamerlid"
    )
    found = people(text)
    assert "Tweede Kamerlid" not in found
    assert any(p.endswith("de Boer") or p.endswith("De Boer") for p in found)


def test_register_name_after_an_office_is_still_read() -> None:
    text = "Afzender: minister van Binnenlandse Zaken, Horst ter G. (VVD)\n"
    assert any("Horst" in p for p in people(text))


# -- a body named as one word ending in 'orgaan' ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Op advies van het Capaciteitsorgaan gaan er meer plekken bij.", "Capaciteitsorgaan"),
        ("Het Zuivelorgaan meldde een daling van de prijs.", "Zuivelorgaan"),
    ],
)
def test_one_word_organ_after_its_article(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het Bestuursorgaan neemt binnen acht weken een besluit.",  # a kind of organ in law
        "Bezwaar maakt u bij het Toezichtsorgaan van de school.",
        "Het Adviesorgaan moet onafhankelijk zijn.",
        "de organen van het capaciteitsorgaan",  # lower case: no name
        "Het hart is een orgaan dat bloed pompt.",
    ],
)
def test_no_organ_body_where_a_kind_is_meant(text: str) -> None:
    found = organisations(text)
    assert not any(o.endswith("orgaan") for o in found)


def test_organ_named_by_its_task_reads_the_name_on() -> None:
    found = organisations("Het budget van het Regieorgaan Open Science gaat omlaag.")
    assert "Regieorgaan Open Science" in found
    assert "Regieorgaan" not in found


def test_a_kind_of_organ_before_a_name_heads_no_body() -> None:
    assert organisations("Het Uitvoeringsorgaan Van Dijk werkt hard.") == []


# -- an uninflected adjective opening a fund's or institute's name ---------------------------------


def test_europees_opens_a_funds_name() -> None:
    found = organisations("Geld komt uit het Europees Landbouwfonds voor Plattelandsontwikkeling.")
    assert "Europees Landbouwfonds voor Plattelandsontwikkeling" in found
    assert "Landbouwfonds voor Plattelandsontwikkeling" not in found


def test_adjective_without_a_head_is_no_body() -> None:
    assert organisations("Het Europees kampioenschap begint in juni.") == []


# -- a committee named after its chair alone ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        ("Het rapport van de commissie Remkes kwam in juni uit.", "Commissie Remkes"),
        ("Volgens de commissie Van Rijn moet de bekostiging anders.", "Commissie Van Rijn"),
        ("De commissie Dijkhoff, die in mei rapporteerde, was streng.", "Commissie Dijkhoff"),
    ],
)
def test_committee_named_after_its_chair(text: str, committee: str) -> None:
    assert committee in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter van de commissie Van Meenen opende de vergadering.",  # its chair, named
        "De commissie Borstlap adviseerde.",  # not a listed surname and no particle: left alone
        "Deze commissie Remkes-achtige aanpak werkt niet.",  # no article before 'commissie'
    ],
)
def test_no_chair_committee_without_its_cues(text: str) -> None:
    assert not any(o.startswith("Commissie ") for o in organisations(text))


def test_portfolio_committee_is_not_read_as_a_chair() -> None:
    found = organisations("Dit punt staat op de agenda van de commissie Financiën.")
    assert "Commissie Financiën" not in found
