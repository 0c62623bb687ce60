"""wooprec48 (issue #12, point 4): names a Woo release's frame imitates.

A precision sweep of main over 44 Woo releases of other bodies than UWV (gemeente Amsterdam's
decisions and inventories, ministries' decisions; bench/enrich/wooprec48.md) read three classes
in which nobody is named (and a fourth, a street read as a name before its number and
postcode: 'Carel van Bylandtiaan 30 2596 HR', 'Kate Voorhout 2511 CW', OCR's '-laan' and 'Korte',
two documents): a calendar item's time zone as Outlook prints it ('Amsterdam Berlijn
Bern Rome Stockholm Wenen': 'Bern Rome' was a person), a foundation named after a person
('Stichting W.H. Vliegenbos' in three documents of one release, its 'Vliegenbos' linked as a
surname through them), and an acronym labelling a code ('UN: BA9807', OCR's 'LJN', in two
decisions; 'VN 2020-006736', a case's number, in two). Near misses: a person after a
foundation's name on the next line, a person named Bern, an addressee above the
street, a name before a phone number or a year, the United Nations' acronym before a
period of years or a word, a mail's sender 'Van: Jansen, P.' beside a redacted addressee.
Texts our own, in the documents' shapes."""

from __future__ import annotations

import pytest

from services.enrich.entities import releaseframe
from tests.unit.enrich.found import enrich_one


def _names(text: str, kind: str) -> set[str]:
    return {e.text for e in enrich_one(text) if e.type == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Tijd: dinsdag 22 mei 2012 14:00-14:30 (GMT+01:00) Amsterdam, Berlijn, Bern, Rome,"
        " Stockholm, Wenen.\nLocatie: Den Haag",
        "dinsdag 22 mei 2012 14 00 14 30 GMT 01 00 Amsterdam Berlijn Bern Rome\nStockholm Wenen\n"
        "Locatie bij 10",
        "When: 3 June 2019 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm,"
        " Vienna.",
        "Onderwerp: Herzien besluit Wob-verzoek van Stichting W.H. Vliegenbos over besluit"
        " VN2020-006736 inzake Fietsverbinding Vliegenbos.",
        "Van: Stichting W.H.Vliegenbos\nVerzonden: donderdag 3 september 2020 10:12",
        "Met vriendelijke groet,\n, duo-voorzitter\nStichting W.H.Vliegenbos\nwww.example.nl",
        "Correspondence PO Box 162 2501 AN The Hague NL\nOffice Carel van Bylandtiaan 30 2596 HR"
        " The Hague NL",
        "Directie Algemene Fiscale Politiek\nKate Voorhout 2511 CW Den Haag\nPostbus 20201",
    ],
)
def test_the_frame_names_no_person(text: str) -> None:
    assert _names(text, "person") == set()


@pytest.mark.parametrize(
    "text",
    [
        "jurisprudentie (uitspraken van de Afdeling bestuursrechtspraak van de Raad van State:"
        " 18 juli\n2007 (UN: I3A98o7); 19 december 2012 (UN: 5Y674.6) en 12 juni 2013",
        "de uitspraak van 28 juli 2008 (UN: BA9807); 19 december 2012",
        "Alle informatie betreffende het besluit van het dagelijks bestuur VN 2020-006736:",
        "onder het kopje VN 2020-\n006736.",
        "het besluit van het dagelijks bestuur VN 2020-\r\n006736, uiterlijk 9 oktober 2020",
    ],
)
def test_a_code_label_names_no_body(text: str) -> None:
    assert not {"UN", "VN"} & _names(text, "organization")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Met vriendelijke groet,\nStichting Vliegenbos\nJan de Vries\nvoorzitter",
            {"Jan de Vries"},
        ),
        ("De heer Bern Rome woont in Amsterdam.", {"Bern Rome"}),
        ("Van: Jansen, P.\nAan: [5.1.2e]\nOnderwerp: overleg", {"Jansen, P."}),
        ("De stichting heeft de heer P. Jansen gevraagd.", {"P. Jansen"}),
        ("De heer P. Jansen\nKerkstraat 7\n1234 AB Utrecht", {"P. Jansen"}),
        ("Aan: Jan de Vries 06 12345678", {"Jan de Vries"}),
        ("mevrouw A. de Boer 2019 NL gezegd", {"A. de Boer"}),
    ],
)
def test_persons_in_the_same_shapes_stay(text: str, names: set[str]) -> None:
    assert names <= _names(text, "person")


def test_a_redacted_sender_yields_no_person() -> None:
    assert _names("Van: [5.1.2e]\nAan: [5.1.2e]\nOnderwerp: overleg", "person") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nederland steunt de VN 2030-agenda en het VN-verdrag.",
        "de inzet van de VN in Mali",
        "Het UN Global Compact en de VN: 193 lidstaten.",
    ],
)
def test_the_united_nations_stay(text: str) -> None:
    found = _names(text, "organization")
    assert {"VN"} & found or {"UN"} & found


def test_checks_read_only_their_cue() -> None:
    assert not releaseframe.in_time_zone("Jan de Vries", 0, 12)
    assert not releaseframe.names_a_foundation("Jan de Vries", 0)
    assert not releaseframe.labels_a_code("EU: 2020-12345", 0, 2)
    assert releaseframe.labels_a_code("UN: BA9807)", 0, 2)
