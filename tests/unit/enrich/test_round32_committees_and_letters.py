"""Round 32 (gold32: web pages of Kamerbrieven, committee reports, Eerste Kamer notes and answers):
committees of the new ministries and without 'vaste'/'voor', the Rijksuitgaven committee, an
Eerste Kamer letter cited in brackets, a report's heading read as a name. Sentences of our own."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text

from .found import enrich_one, organisations, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the portfolios of 2022 and 2024
        (
            "De vaste commissie voor Asiel en Migratie vraagt om een reactie.",
            "Vaste commissie voor Asiel en Migratie",
        ),
        (
            "Volgcommissie: vaste commissie voor Klimaat en Groene Groei",
            "Vaste commissie voor Klimaat en Groene Groei",
        ),
        (
            "de vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur heeft besloten",
            "Vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur",
        ),
        (
            "Op 3 april sprak de commissie voor Volkshuisvesting en Ruimtelijke Ordening erover.",
            "Vaste commissie voor Volkshuisvesting en Ruimtelijke Ordening",
        ),
        # without 'vaste' and 'voor', as agendas and the Eerste Kamer's notes print them
        (
            "14.00 uur: Procedurevergadering commissie Sociale Zaken en Werkgelegenheid",
            "Vaste commissie voor Sociale Zaken en Werkgelegenheid",
        ),
        (
            "Verslag van de vergadering commissie Justitie en Veiligheid (J&V) van 5 maart",
            "Vaste commissie voor Justitie en Veiligheid",
        ),
    ],
)
def test_a_committee_by_its_portfolio(text: str, expected: str) -> None:
    assert expected in organisations(text)


def test_the_committees_code_in_brackets_is_no_ministry() -> None:
    found = organisations("De commissie Infrastructuur en Waterstaat (IenW) besprak de brief.")
    assert found == ["Vaste commissie voor Infrastructuur en Waterstaat"]


@pytest.mark.parametrize(
    "text",
    [
        # the European Commission and its services are no Kamer committee
        "de Europese Commissie Justitie en Veiligheid",
        "Het Europees Parlement en de Europese commissie voor Buitenlandse Zaken",
        # a compound or a portfolio that is no committee's
        "de staatscommissie voor Defensie",
        "de commissie voor Wonen en Bouwen van de gemeente",
    ],
)
def test_no_kamer_committee(text: str) -> None:
    assert not [o for o in organisations(text) if o.startswith("Vaste commissie")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voortouwcommissie: commissie voor de Rijksuitgaven", True),
        ("10.00 uur Procedurevergadering commissie Rijksuitgaven (zaal)", True),
        ("de uitgaven van het Rijk en de rijksuitgaven van gemeenten", False),
        ("de Rijksuitgaven stijgen; een commissie keek ernaar", False),
    ],
)
def test_the_rijksuitgaven_committee(text: str, found: bool) -> None:
    assert ("Commissie voor de Rijksuitgaven" in organisations(text)) is found


def _kamerstukken(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de brief van de minister van 2 mei (35 123, B) over de wet", ["kst-35123-B"]),
        ("naar aanleiding van de brief (36123, C), besluit de commissie", ["kst-36123-C"]),
        ("de reactie van 7 juni (36100 VII, D) op de rappelbrieven", ["kst-36100-VII-D"]),
        ("de memorie (34 567 A, E en F) is ontvangen", ["kst-34567-A-E", "kst-34567-A-F"]),
    ],
)
def test_an_eerste_kamer_letter_in_brackets(text: str, expected: list[str]) -> None:
    assert _kamerstukken(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "een bedrag (25.000, A) in de tabel",  # an amount's grouping
        "het dossier (35 123, B is nog open)",  # the bracket does not close after the letter
        "de code (35123, Bx) van het formulier",  # a letter with more after it
        "het nummer (5123, B) is te kort",  # four digits are no dossier
    ],
)
def test_no_eerste_kamer_letter(text: str) -> None:
    assert _kamerstukken(text) == []


def test_a_reports_heading_after_the_ministers_office_is_no_name() -> None:
    text = (
        "Vragen en opmerkingen vanuit de fracties en reactie van de Minister\n\n"
        "Vragen en opmerkingen van de leden van de SP-fractie"
    )
    assert people(text) == []
    # a name after the office still is one
    assert people("en reactie van de Minister\n\nMinister Jansen antwoordt") == ["Jansen"]


def test_the_committee_wins_over_the_ministry_inside_it() -> None:
    text = "Volgcommissie: vaste commissie voor Asiel en Migratie"
    found = [e.canonical for e in enrich_one(text)]
    assert "Ministerie van Asiel en Migratie" not in found
