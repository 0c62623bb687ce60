"""corpsreg46 (issue #12, point 4): tenants' bodies and housing corporations by their kind word.

A tenants' body is its kind word and the name after it ('Huurdersvereniging De Sleutels', a
quoted name with its quotes); a corporation's legal kind word keeps a name no list holds
('woningbouwvereniging Kamerik'); a one-word 'XWonen' with a capital inside is a corporation;
a comma list's last tenants' body stops before 'en' and the next name. Texts our own."""

from __future__ import annotations

import pytest

from services.enrich.data import build_corporations, rows
from services.enrich.entities import tenants
from tests.unit.enrich.found import bodies


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Namens Huurdersvereniging De Sleutels sprak hij.", "Huurdersvereniging De Sleutels"),
        ("De huurdersvereniging Centrum tekende de afspraken.", "huurdersvereniging Centrum"),
        ("Het overleg met Bewonerscommissie Het Zonnehof liep.", "Bewonerscommissie Het Zonnehof"),
        (
            "De voorzitter van de Stichting Huurdersbelangen 'de Duinstreek' is blij.",
            "Stichting Huurdersbelangen 'de Duinstreek'",
        ),
        ('De Huurdersvereniging "Samen Sterk" vergaderde.', 'Huurdersvereniging "Samen Sterk"'),
        ("De Huurdersraad Woonstad Rotterdam was aanwezig.", "Huurdersraad Woonstad Rotterdam"),
    ],
)  # fmt: skip
def test_a_tenants_body_is_its_kind_word_and_its_name(text: str, printed: str) -> None:
    found = bodies(text)
    assert printed in found
    assert found[printed][0].isupper()  # the canonical capitalised: 'Huurdersvereniging Centrum'


def test_en_joins_a_tenants_name_only_where_the_words_are_listed() -> None:
    found = bodies("Het bestuur van Huurdersstichting Lek en Waard Wonen sprak in.")
    assert "Huurdersstichting Lek en Waard Wonen" in found


def test_a_lists_last_tenants_body_stops_before_en_and_the_next_name() -> None:
    text = (
        "De vier huurdersorganisaties zijn: Huurdersberaad Giessenlanden, Huurdersstichting "
        "Lek en Waard Wonen, Stichting Huurdersbelang Streefkerk en Slim Wonen."
    )
    found = bodies(text)
    assert {"Stichting Huurdersbelang Streefkerk", "Slim Wonen"} <= set(found)
    assert "Huurdersstichting Lek en Waard Wonen" in found  # inside the list, 'en' stays
    assert "Stichting Huurdersbelang Streefkerk en Slim Wonen" not in found


def test_outside_a_list_or_before_one_word_en_stays_in_the_name() -> None:
    text = "Er tekenden: Huurdersraad Haarlem, Huurdersvereniging Maas en Waal."
    found = bodies(text)
    assert "Huurdersvereniging Maas en Waal" in found and "Waal" not in found


def test_a_corporations_legal_kind_word_keeps_an_unlisted_name() -> None:
    text = "De nieuwe voorzitter van de woningbouwvereniging Kamerik was aanwezig."
    found = bodies(text)
    assert "woningbouwvereniging Kamerik" in found and "Kamerik" not in found
    assert found["woningbouwvereniging Kamerik"] == "Woningbouwvereniging Kamerik"


def test_a_glued_wonen_name_is_a_corporation_but_not_a_slogan() -> None:
    assert "GroenrandWonen" in bodies("De directeuren van GroenrandWonen ontmoetten de raad.")
    assert not {"SamenWonen", "ZorgWonen"} & set(
        bodies("Het project SamenWonen en de regeling ZorgWonen lopen door.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "de huurdersvereniging heeft nog geen naam gekregen.",
        "De wethouder Wonen sprak met de raad over de huren.",
        "Het programma Goed Wonen en het programma Samen Wonen lopen door.",
        "Zij wonen in een huurhuis en wonen daar graag.",
        "Dat meldt de huurdersvereniging. Op 1 januari gaat de huur omhoog.",
        "Een brief aan de huurdersraad Woensdag is besproken.",
    ],
)
def test_near_misses_name_no_tenants_body(text: str) -> None:
    found = set(bodies(text))
    assert not {f for f in found if "uurders" in f or "Wonen" in f}


def test_the_module_finds_nothing_without_its_gates() -> None:
    assert tenants.find("De gemeente en de corporatie spraken af over de huren.") == []


def test_a_corporation_formed_by_a_merger_is_listed_with_its_source() -> None:
    table = {r["canonical"]: r for r in rows("corporations.tsv")}
    merged = table["Woonvizier"]
    assert merged["source"] == build_corporations.MERGER_SOURCE
    assert merged["source_id"].startswith("2017-01-01 https://")
    assert "Woonvizier" in bodies("Elk jaar zit Woonvizier met de gemeente om de tafel.")


def test_a_clauses_first_word_ends_a_tenants_name() -> None:
    text = "22. Bewonersorganisatie Havenkwartier Met het aanhalen van voorbeelden wordt betoogd."
    found = bodies(text)
    assert "Bewonersorganisatie Havenkwartier" in found
    assert not [f for f in found if f.endswith(" Met")]


def test_two_tenants_bodies_joined_by_en_are_told_apart() -> None:
    found = bodies("Overleg met de bewonerscommissie Kamerik en Huurdersvereniging Weidelanden.")
    assert {"bewonerscommissie Kamerik", "Huurdersvereniging Weidelanden"} <= set(found)
    assert not [f for f in found if " en " in f]
    found = bodies("Bewonerscommissie De Horst en Huurdersvereniging Zuid en Oost spraken in.")
    assert "Bewonerscommissie De Horst" in found


@pytest.mark.parametrize(
    "text",
    [
        "Het is belangrijk dat de Huurdersorganisatie Verhuurder informeert.",
        "De Huurdersraad Op 12 maart vergaderde de raad.",
    ],
)
def test_a_contracts_defined_term_or_a_clause_after_the_kind_is_no_name(text: str) -> None:
    assert not [f for f in bodies(text) if "uurders" in f]
