"""Classes a blind set of answers to Kamervragen showed (gold21): text joined from wrapped lines
without a space ('AanhangselHandelingen', 'hetInterprovinciaal Overleg', 'Economische Zakenheeft',
'enVan Dijk'), a former member named as 'het voormalig lid', a motion's second submitter after
'en', a unit's name cut where its parent's name was lost, and bodies and firms no list held."""

from __future__ import annotations

import pytest

from services.enrich.enricher import entities_in_text
from services.enrich.references import find_in_text
from tests.unit.enrich.found import organisations


def _refs(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type != "url"]


def _found(text: str, kind: str) -> list[str]:
    found = entities_in_text(text)
    return [" ".join(text[m.start : m.end].split()) for m in found if m.type == kind]


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Zie ook AanhangselHandelingen, vergaderjaar 2021–2022, nr. 1312.", "ah-tk-20212022-1312"),
        ("Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel van deHandelingen, nr. 77",
         "ah-tk-20222023-77"),
    ],
)  # fmt: skip
def test_an_aanhangsel_whose_title_words_were_joined(text: str, ident: str) -> None:
    assert _refs(text) == [ident]


def test_plenary_records_after_a_glued_word_stay_plenary_records() -> None:
    assert _refs("zie het Aanhangselbij Handelingen II 2021/22, nr. 5") == ["h-tk-20212022-5"]


def test_a_former_member() -> None:
    assert _found("Eerder stelde het voormalig lid Oosterhuis (CDA) dit voor.", "person") == [
        "Oosterhuis"
    ]
    assert _found("zoals het voormalige lid Oosterhuis vroeg", "person") == ["Oosterhuis"]


@pytest.mark.parametrize(
    "text",
    [
        "Ter uitvoering van de motie Klaver en Bontenbal over de zorg is een plan gemaakt.",
        "Ter uitvoering van de motie Klaver enBontenbal\n4 over de zorg is een plan gemaakt.",
    ],
)
def test_a_motions_second_submitter_after_en(text: str) -> None:
    assert _found(text, "person") == ["Klaver", "Bontenbal"]


@pytest.mark.parametrize(
    "text",
    [
        "de motie Klaver en Nederland gaan over iets anders",  # a country, no member
        "de motie Klaver en Westerhof over de zorg",  # no listed member's surname
    ],
)
def test_no_second_submitter_where_no_member_follows(text: str) -> None:
    assert _found(text, "person") == ["Klaver"]


_EZ = "Ministerie van Economische Zaken"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dit is besproken met hetInterprovinciaal Overleg.", "Interprovinciaal Overleg"),
        ("gedaan door medewerkers van Economische Zakenen de provincies", _EZ),
        ("Economische Zakenheeft daarover geen gegevens.", _EZ),
        ("in overleg met hetRIVM gekozen", "Rijksinstituut voor Volksgezondheid en Milieu"),
    ],
)  # fmt: skip
def test_a_body_with_a_small_word_glued_to_it(text: str, body: str) -> None:
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        "de Europese Centrale Banken van de lidstaten",  # a plural, not the bank and 'en'
        "de Tweede Kameren van vroeger",
        "de Rijkswaterstaatsdienst en hetRIVMrapport",  # letters on both sides
        "bij vanDijk en deBoer",  # no body
        "aan de Minister vanEconomische Zaken gevraagd",  # a minister's office
        "door de Ministers van Financiën en vanEconomische Zaken ondertekend",
        "een review in hetEU-verband en deNAVO-ambities",  # compounds, glued or not
        "de Staatssecretarissen van Sociale Zaken en Werkgelegenheid enEconomische Zaken",
    ],
)
def test_no_body_from_glued_words_that_name_none(text: str) -> None:
    assert organisations(text) == []


def test_a_units_name_ends_before_its_parent_that_lost_its_name() -> None:
    text = "Zij werkt bij het Bureau voor Vredesrecht van het Ministerie."
    assert organisations(text) == ["Bureau voor Vredesrecht"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Volgens UNEP daalt de uitstoot te weinig.", "Milieuprogramma van de Verenigde Naties"),
        ("een programma met UNODC in de regio",
         "Bureau van de Verenigde Naties voor Drugs en Criminaliteit"),
        ("het verzoek van OHCHR aan de autoriteiten",
         "Kantoor van de Hoge Commissaris voor de Mensenrechten"),
        ("de rapporten van het IPCC", "Intergovernmental Panel on Climate Change"),
        ("een klacht bij de Europese Ombudsman", "Europese Ombudsman"),
        ("Nederland steunt Médecins du Monde in de regio.", "Médecins du Monde"),
        ("zuivelbedrijven als FrieslandCampina en Arla Foods", "FrieslandCampina"),
        ("een audit door Schuberg Philis", "Schuberg Philis"),
        ("een lening bij het Stimuleringsfonds Volkshuisvesting Nederlandse gemeenten (SVn)",
         "Stimuleringsfonds Volkshuisvesting Nederlandse gemeenten"),
        ("samen met VvE Belang opgesteld", "VvE Belang"),
    ],
)  # fmt: skip
def test_bodies_and_firms_of_the_new_list(text: str, body: str) -> None:
    assert body in organisations(text)
