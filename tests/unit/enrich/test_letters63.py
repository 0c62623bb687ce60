"""Round 63 (letters63, issue #12): answers, Kamerbrieven, reports of committees, council minutes
and Woo pages no round had read. A paper's title before a body's word, a committee of the Eerste
Kamer by its joined portfolios, a body's abbreviation before what it decides or agrees, a firm of
a trade by its compound ('Tekstbureau Talent'), a name's compound head printed again, a committee
named by its task on a listed body; with the near misses that stay as they were. Sentences are
our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "organization"]


def printed(text: str) -> list[str]:
    return [e.text for e in enrich(_doc(text))[1] if e.type == "organization"]


# --- a paper's title before a body's word ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a tkconv page's title, dossier and kind lines
        "Wijzigingen Natuurherstelverordening\nMilieuraad\nBrief regering\nNummer: 2023D48516",
        "Aanpassingen Meststoffenverordening\nLandbouwraad\nBrief regering",
    ],
)
def test_a_title_and_a_council_formation_on_the_next_line_name_no_body(text: str) -> None:
    assert bodies(text) == []


def test_a_protocol_named_after_a_body_is_no_body() -> None:
    assert printed("Kiesraad (2025). Controleprotocol Centraal Stembureau.") == ["Kiesraad"]


def test_a_paper_word_before_a_name_leaves_the_name() -> None:
    text = "Uitvoering Evaluatiebesluit Adviesraad Migratie"
    assert bodies(text) == [("Adviesraad Migratie", "Adviesraad Migratie")]


# --- the Eerste Kamer's committees ---------------------------------------------------------------


def test_an_eerste_kamer_committee_by_its_joined_portfolios() -> None:
    text = (
        "Deze vragen kwamen van de commissie voor Buitenlandse Zaken, Defensie en "
        "Ontwikkelingssamenwerking (BDO) van de Eerste Kamer."
    )
    found = bodies(text)
    name = "Vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking"
    assert (
        "commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking (BDO)",
        name,
    ) in found
    # neither the cut name nor the last portfolio nor the bracketed code is a body of its own
    assert all(c != "Vaste commissie voor Buitenlandse Zaken" for _, c in found)
    assert all(t not in ("Ontwikkelingssamenwerking", "BDO") for t, _ in found)


def test_an_eerste_kamer_committee_of_two_portfolios_by_a_spaced_slash() -> None:
    text = (
        "Korte aantekeningen vergadering commissie Binnenlandse Zaken en de Hoge Colleges van "
        "Staat / Algemene Zaken en Huis van de Koning (BiZa/AZ) van 6 december 2016"
    )
    name = (
        "Vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat/Algemene Zaken en "
        "Huis van de Koning"
    )
    assert [c for _, c in bodies(text)] == [name]


def test_a_tweede_kamer_committee_keeps_its_own_portfolio() -> None:
    text = "De vaste commissie voor Buitenlandse Zaken vergaderde."
    assert bodies(text) == [
        ("vaste commissie voor Buitenlandse Zaken", "Vaste commissie voor Buitenlandse Zaken")
    ]


# --- a body's abbreviation before what it decides or agrees ---------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "De NAVO-afspraak over twee procent blijft staan.",
            "Noord-Atlantische Verdragsorganisatie",
        ),
        ("Wij volgen de WHO-richtlijnen.", "Wereldgezondheidsorganisatie"),
        ("Tegen het ACM-besluit staat beroep open.", "Autoriteit Consument en Markt"),
        (
            "Het gebouw voldoet aan de NEN-norm.",
            "Stichting Koninklijk Nederlands Normalisatie Instituut",
        ),
    ],
)
def test_a_body_before_what_it_decides(text: str, canonical: str) -> None:
    assert [c for _, c in bodies(text)] == [canonical]


@pytest.mark.parametrize(
    "text",
    [
        "De EU-richtlijn is omgezet.",  # the union's says where as often
        "De EMU-norm van drie procent geldt.",  # no listed body
        "De AOW-besluiten zijn verstuurd.",  # a law's abbreviation, no body
        "De NAVO-landen vergaderen.",  # not what a body decides: a place or level
    ],
)
def test_no_body_before_other_words(text: str) -> None:
    assert bodies(text) == []


# --- a firm of a trade by its compound, and its head printed again --------------------------------


def test_a_trade_bureau_heads_a_firm_name() -> None:
    text = "Verslag: mevrouw M. van Steijn-Verweij, Tekstbureau Talent"
    assert bodies(text) == [("Tekstbureau Talent", "Tekstbureau Talent")]


def test_a_repeated_compound_head_starts_the_name_again() -> None:
    text = "Verslag: Tekstbureau Talent Tekstbureau Talent, januari 2012"
    assert printed(text) == ["Tekstbureau Talent", "Tekstbureau Talent"]


def test_two_tables_joined_by_or_are_two_names() -> None:
    text = "Het besluit ligt bij de Programmeringstafel OBDO of Programmeringstafel GDI."
    assert printed(text) == ["Programmeringstafel OBDO", "Programmeringstafel GDI"]


def test_a_bureau_alone_is_no_name() -> None:
    assert bodies("Het Persbureau meldde het gisteren.") == []


# --- a committee named by its task on a listed body -----------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Adviescommissie Uitvoering Toeslagen",
        "Stuurgroep Toekomst Belastingdienst",
        "Commissie Evaluatie Belastingdienst",
    ],
)
def test_a_committee_on_a_listed_body_is_one_name(name: str) -> None:
    text = f"Het eindrapport van de {name} verscheen in maart."
    assert bodies(text) == [(name, name)]


def test_a_listed_body_closing_a_unit_name_stays_its_own() -> None:
    # a signature's lines run on: no task's word before the listed body
    text = "Centrum Gezondheid en Maatschappij Corona Gedragsunit"
    assert printed(text) == ["Centrum Gezondheid en Maatschappij", "Corona Gedragsunit"]


# --- a minutes' head with empty fields ----------------------------------------------------------


def people(text: str) -> list[str]:
    return [e.text for e in enrich(_doc(text))[1] if e.type == "person"]


def test_an_empty_field_names_no_one() -> None:
    text = "Voorzitter: Griffier: Griffie: Aanwezig zijn de leden: de heer A.M.P. Kleijngeld"
    assert people(text) == ["A.M.P. Kleijngeld"]


def test_the_next_fields_label_is_no_word_of_the_name() -> None:
    text = "Voorzitter: de heer Schmidt Griffier: Lucassen"
    assert people(text) == ["Schmidt", "Lucassen"]


def test_a_filled_field_still_names_its_person() -> None:
    assert people("Griffier: Jansen") == ["Jansen"]
