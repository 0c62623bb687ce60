"""Round 62 (letters62, issue #12): answers to Kamervragen, Kamerbrieven and committee reports
no round had read. A European body's name in lower case and by its English name, a body's
abbreviation before what it makes ('het PBL-rapport'), a person's office in brackets, a word of
a longer name in a slashed run, and an old ten-digit number after a date older than its would-be
zaak year; with the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "organization"]


def people(text: str) -> list[str]:
    return [e.text for e in enrich(_doc(text))[1] if e.type == "person"]


def zaken(text: str) -> list[str]:
    return [r.normalized for r in enrich(_doc(text))[0] if r.type == "zaak"]


# --- a European body's name in lower case ---------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("Europees parlement", "Europees Parlement"),
        ("europees parlement", "Europees Parlement"),
        ("europese commissie", "Europese Commissie"),
        ("Europese centrale bank", "Europese Centrale Bank"),
        ("europese rekenkamer", "Europese Rekenkamer"),
    ],
)
def test_a_european_body_in_lower_case(printed: str, canonical: str) -> None:
    text = f"Het kabinet deelt de zorg met het {printed} over de begroting."
    assert bodies(text) == [(printed, canonical)]


@pytest.mark.parametrize(
    "text",
    [
        # a longer name holds a common phrase in lower case
        "Een europese gemeenschap voor territoriale samenwerking is een rechtsvorm.",
        # a name the lists mark case-sensitive stays as printed
        "Er is een europees forum voor jongeren.",
    ],
)
def test_no_european_phrase_in_lower_case_is_a_body(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("European Commission", "Europese Commissie"),
        ("European Parliament", "Europees Parlement"),
        ("European Council", "Europese Raad"),
        ("Council of the European Union", "Raad van de Europese Unie"),
    ],
)
def test_the_unions_institutions_by_their_english_names(printed: str, canonical: str) -> None:
    assert bodies(f"Bent u bekend met het artikel over de {printed} van gisteren?") == [
        (printed, canonical)
    ]


# --- a body's abbreviation before what it makes --------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        ("Volgens het PBL-rapport daalt de uitstoot.", "PBL", "Planbureau voor de Leefomgeving"),
        ("De CBS-cijfers laten een stijging zien.", "CBS", "Centraal Bureau voor de Statistiek"),
        ("Het OMT-advies stelt dat de horeca dicht blijft.", "OMT", "Outbreak Management Team"),
        ("Het RIVM-advies volgt later.", "RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
    ],
)
def test_a_bodys_abbreviation_before_what_it_makes(text: str, printed: str, canonical: str) -> None:
    assert (printed, canonical) in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        # the union's compounds say where as often
        "Het EU-rapport over de markt verscheen.",
        # what the compound is about or where it is, not what the body made
        "De CBS-oversterfte is het verschil met een gemiddelde.",
        "Het RIVM-terrein ligt in Bilthoven.",
        # no listed body's abbreviation
        "De BTW-cijfers over 2023 zijn bekend.",
        # in a host name, no name's start
        "Zie www.PBL-rapport.nl voor de tekst.",
    ],
)
def test_other_compounds_alone_name_no_body(text: str) -> None:
    assert bodies(text) == []


# --- a person's office in brackets is no body ------------------------------------------------


def test_an_office_in_brackets_after_a_person_is_no_body() -> None:
    text = (
        "Kijk naar Kajsa Ollongren (Minister van Defensie, red.), Hans Vijlbrief "
        "(Staatssecretaris Mijnbouw, red.), ikzelf ook."
    )
    assert bodies(text) == []
    assert people(text) == ["Kajsa Ollongren", "Hans Vijlbrief"]


def test_a_body_in_brackets_after_a_person_stays() -> None:
    text = "Aanwezig: Jan Jansen (Ministerie van Financiën), Piet Pietersen (Lidl), Kees Klaassen."
    assert [b for b, _ in bodies(text)] == ["Ministerie van Financiën", "Lidl"]


# --- a word of a longer name in a slashed run ----------------------------------------------


def test_a_word_before_van_de_in_a_slashed_run_is_no_body() -> None:
    text = (
        "De vaste commissies voor Binnenlandse Zaken / Algemene Zaken en Huis van de Koning "
        "(BiZa/AZ) hebben vragen gesteld."
    )
    printed = [b for b, _ in bodies(text)]
    assert "Huis" not in printed
    assert "Koning" not in printed


def test_a_word_name_in_a_slashed_run_stays_a_body() -> None:
    text = "Het werk ging o.a. naar Xray (Tom Corduwener), Autotelexpro en de ANWB/BOVAG."
    assert {"Xray", "Autotelexpro", "ANWB", "BOVAG"} <= {b for b, _ in bodies(text)}


# --- a ten-digit number after an older date -------------------------------------------------


def test_an_old_number_after_an_older_date_is_no_zaak() -> None:
    text = "Deze vragen werden ingezonden op 19 juni 2002 met kenmerk 2010211580."
    assert zaken(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Deze vragen werden ingezonden op 5 februari 2019 met kenmerk 2019202040.",
        "Deze vragen werden ingezonden met kenmerk 2019202040.",
    ],
)
def test_a_zaak_read_as_digits_is_still_repaired(text: str) -> None:
    assert zaken(text) == ["2019Z02040"]
