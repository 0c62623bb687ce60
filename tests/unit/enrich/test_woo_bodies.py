"""Bodies and persons Woo decisions and ministry letters name that earlier rules missed: a body
defined in lower-case words before its abbreviation, a listed name printed in sentence case, the
police's units, housing corporations, suppliers and advisers, agencies no register lists as a
body of its own, a regional body next to another body, and the unit after its head's office in
a signature (no person), the deputy's office after a signer (no part of the name)."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het Informatiepunt leefomgeving (Iplo) helpt gemeenten.",
            ["Informatiepunt leefomgeving"],
        ),
        (
            "Wij spraken met de werkgeversvereniging voor de sector passagiers- en "
            "bagageafhandeling luchtvaart (WPBL) over de cao.",
            ["WPBL"],
        ),
        (
            "Het Topreferente eetstoornissen netwerk (TEN) is opgericht.",
            ["Topreferente eetstoornissen netwerk"],
        ),
    ],
)
def test_a_body_defined_in_lower_case_words_is_found_by_its_abbreviation(
    text: str, expected: list[str]
) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Een verzoek op grond van de Wet open overheid (Woo) is ingediend.",
        "Door het gemeentelijk stembureau (GSB) worden de uitslagen vastgesteld.",
        "Windturbines in het NatuurNetwerk Nederland (NNN) zijn niet toegestaan.",
        "Het Nationaal programma landelijk gebied (NPLG) loopt door.",
        "Zij meten de gemiddelde wachttijd per regio (GWR) elke maand.",
        "De sleutels staan in een trusted platform module (TPM) van de computer.",
        "Op grond van artikel 51 van de Wet op de rechterlijke organisatie (RO) geldt dit.",
    ],
)
def test_words_that_spell_an_abbreviation_but_name_no_body(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dit meldde de Nederlandse arbeidsinspectie in mei.", ["Nederlandse Arbeidsinspectie"]),
        ("Cijfers van het Centraal bureau voor de statistiek.",
         ["Centraal Bureau voor de Statistiek"]),
        ("Het Internationaal atoomenergieagentschap bezocht de centrale.",
         ["Internationaal Atoomenergieagentschap"]),
    ],
)  # fmt: skip
def test_a_listed_body_in_sentence_case(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aangifte is gedaan bij de politie-eenheid Rotterdam.", ["Politie-eenheid Rotterdam"]),
        ("De Politie Eenheid Den Haag onderzoekt dit.", ["Politie-eenheid Den Haag"]),
        ("Woonstad Rotterdam, Ymere en Eigen Haard verhuren de woningen.",
         ["Woonstad Rotterdam", "Ymere", "Eigen Haard"]),
        ("Het contract is gegund aan Centric en PinkRoccade; Capgemini schreef ook in.",
         ["Centric", "PinkRoccade", "Capgemini"]),
        ("Het onderzoek van Gupta Strategists en McKinsey liep tot mei.",
         ["Gupta Strategists", "McKinsey & Company"]),
        ("De Nederlandse Politiebond en de Marechausseevereniging zijn gehoord.",
         ["Nederlandse Politiebond", "Marechausseevereniging"]),
        ("De Rijksdienst voor het Cultureel Erfgoed (RCE) adviseert.",
         ["Rijksdienst voor het Cultureel Erfgoed", "Rijksdienst voor het Cultureel Erfgoed"]),
        ("Advies van Pels Rijcken is gevraagd.", ["Pels Rijcken & Droogleever Fortuijn"]),
    ],
)  # fmt: skip
def test_police_units_housing_corporations_suppliers_and_agencies(
    text: str, expected: list[str]
) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omgevingsdienst Noordzeekanaalgebied en Waterschap Rivierenland zijn betrokken.",
         ["Omgevingsdienst Noordzeekanaalgebied", "Waterschap Rivierenland"]),
        ("ook de Brandweer Amsterdam-Amstelland rukte uit.", ["Brandweer Amsterdam-Amstelland"]),
    ],
)  # fmt: skip
def test_regional_bodies(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_a_deputy_office_after_the_signer_is_no_part_of_the_name() -> None:
    text = "waarop dit besluit is dr.mr. L. van Poelgeest Plv. Secretaris-Generaal namens deze"
    assert people(text) == ["L. van Poelgeest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw drs. A.B. Jansen, directeur Wetgeving, besprak dit.", ["A.B. Jansen"]),
        ("namens deze,\ndrs. K.L. de Boer\ndirecteur Publieke Gezondheid", ["K.L. de Boer"]),
        ("Dit meldde directeur Verstappen gisteren.", ["Verstappen"]),
    ],
)
def test_the_unit_after_its_head_s_office_is_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeugdzorg Nederland en de Branchevereniging Kleinschalige Zorg tekenden.",
         ["Jeugdzorg Nederland", "Branchevereniging Kleinschalige Zorg"]),
        ("Waarom Bureau Veritas Cybersecurity\r\nBureau Veritas Cybersecurity is uw specialist",
         ["Bureau Veritas Cybersecurity", "Bureau Veritas Cybersecurity"]),
        ("De ANWB, de Rijksrecherche en het LAKS zijn gehoord.",
         ["Koninklijke Nederlandse Toeristenbond ANWB", "Rijksrecherche",
          "Landelijk Aktie Komitee Scholieren"]),
        ("De gemeente Utrecht overlegde met de politie Amsterdam.",
         ["Gemeente Utrecht", "Politie-eenheid Amsterdam"]),
    ],
)  # fmt: skip
def test_names_after_an_article_or_repeated_on_the_next_line_and_national_bodies(
    text: str, expected: list[str]
) -> None:
    assert organisations(text) == expected


def test_unknown_abbreviations_grouped_with_a_known_body_are_bodies() -> None:
    text = (
        "7-3-2012 Verslag bespreking beroepsonderwijs \n(FNV, PZO, CRKBO, FIN).docx 878430\n"
        "9-10-2012 Verslag bespreking beroepsonderwijs (CRKBO CPION FIN) - kopie.docx 878431"
    )
    assert set(organisations(text)) == {"Federatie Nederlandse Vakbeweging", "PZO", "CRKBO"} | {
        "FIN",
        "CPION",
    }
    assert organisations("De meetwaarden (ABC, DEF, GHI) en de wetten (AVG, WOO, BRP).") == []


def test_a_list_of_bodies_starts_after_the_sentence_s_words() -> None:
    assert organisations("Overleg met FNV, PZO en CRKBO over de regeling.") == [
        "Federatie Nederlandse Vakbeweging",
        "PZO",
        "CRKBO",
    ]


def test_an_inventory_s_titles_and_columns_are_no_part_of_a_name() -> None:
    text = (
        "2 15-03-2021 Nota aan minister Grapperhaus Openbaar\n"
        "8 16-03-2021 Reactie Stichting Open Nederland Deels openbaar 5.1.2e"
    )
    assert people(text) == ["Grapperhaus"]
    assert organisations(text) == ["Stichting Open Nederland"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contactpersoon\nMw. A. de Wit\nT 06-12345678", ["A. de Wit"]),
        ("De heer Ö. Özdemir sprak met bondskanselier Scholz.", ["Ö. Özdemir", "Scholz"]),
        ("Gezaghebber Rijna en gouverneur Atacho ontvingen de delegatie.", ["Rijna", "Atacho"]),
    ],
)
def test_persons_by_address_accented_initials_and_foreign_offices(
    text: str, expected: list[str]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De test van Alfa Scientific en Alpha MI Europe is goedgekeurd.", ["Alfa Scientific"]),
        ("Het advies van Significant Consulting volgt.", ["Significant Consulting"]),
        ("We zetten in op Nature-based Solutions en Venture Capital.", []),
        ("Het kantoor Lexicon Advocaten adviseert.", ["Lexicon Advocaten"]),
        ("De United Nations Educational, Scientific and Cultural Organization meldt.", ["UNESCO"]),
        ("De Payment Services Directive en de Digital Services Act gelden.", []),
    ],
)
def test_a_firm_s_word_ends_its_name(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het voorstel gaat naar de Architectuurraad GDI en de Programmeringstafel "
         "Gegevensuitwisseling.",
         ["Architectuurraad GDI", "Programmeringstafel Gegevensuitwisseling"]),
        ("De Cliëntenraad Zorgkantoor Twente adviseerde.", ["Cliëntenraad Zorgkantoor Twente"]),
        ("De gemeenteraad besloot; de raad stemde in.", []),
    ],
)  # fmt: skip
def test_a_council_or_table_named_by_its_compound(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_the_financial_sector() -> None:
    text = (
        "Volgens Moody's en Fitch blijft de rating gelijk; het ABP en PFZW beleggen via APG; "
        "Nationale Nederlanden en a.s.r. verzekeren; de Pensioenfederatie, Kifid en het BKR."
    )
    assert organisations(text) == [
        "Moody's",
        "Fitch Ratings",
        "Stichting Pensioenfonds ABP",
        "Pensioenfonds Zorg en Welzijn",
        "APG",
        "NN Group",
        "a.s.r.",
        "Pensioenfederatie",
        "Klachteninstituut Financiële Dienstverlening",
        "Stichting Bureau Krediet Registratie",
    ]
    # 'ESM' is also the Enquête Slachtoffers Misdrijven: only the full name is listed
    assert organisations("volgens de Enquête Slachtoffers Misdrijven (ESM) en de ESM") == []
