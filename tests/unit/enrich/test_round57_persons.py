"""What a blind round weighted to recall on answers, letters, Handelingen, minutes and Woo press
showed (persons57): a given name that is also a word ('Ben', 'Jan', 'Gerard') still names a person
before a lower-case particle and a surname ('Ben van Hoek', 'Gerard ’t Hooft') and as the second of
two given names ('Mr. Geert Jan Hamilton'); a particle 't typeset with a curly apostrophe; members
listed after 'De leden' opening a sentence and after the Handelingen' 'N leden, te weten:'.
Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def _persons(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.canonical) for e in enrich_one(text) if e.type == "person"}


def _texts(text: str) -> set[str]:
    return {t for t, _ in _persons(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De oud-functionaris bij de politie, Ben van Hoek, doet een boekje open.", "Ben van Hoek"),
        ("Volgens Jan de Vries is dat niet zo.", "Jan de Vries"),
        ("Nobelprijswinnaar Gerard ’t Hooft sprak.", "Gerard ’t Hooft"),
        ("Het advies van Mark van der Linden volgt.", "Mark van der Linden"),
        ("Wethouder Job ter Horst reageerde.", "Job ter Horst"),
        ("Een gesprek met Anna ‘t Hart volgde.", "Anna ‘t Hart"),
        ("analyse van Mr. Geert Jan Hamilton en Peter van Lieshout", "Geert Jan Hamilton"),
        ("de analyse van Kees Jan Bosman leidt tot niets", "Kees Jan Bosman"),
    ],
)
def test_word_given_names_before_a_particle_or_as_second_names(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ben van mening dat het kan.",
        "Wil de Kamer dat?",
        "Mark Agenda overleg",
        "Ben Jansen",
        "per 1 Jan 2020 van kracht",
        "Jan van Galenstraat 3, Amsterdam",
        "Toon de Kamer uw stukken.",
    ],
)
def test_word_given_names_alone_or_before_a_street_or_office_name_no_one(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "De leden Kolkman, Veldhuis en Tuinstra stemden tegen.",
            {"Kolkman", "Veldhuis", "Tuinstra"},
        ),
        ("De leden Van der Wiel en Tuinstra vroegen het woord.", {"Van der Wiel", "Tuinstra"}),
        (
            "Tegenwoordig zijn 12 leden, te weten: Kolkman, Veldhuis, Tuinstra en Wagemaker, "
            "alsmede de heer Jansen, minister.",
            {"Kolkman", "Veldhuis", "Tuinstra", "Wagemaker", "Jansen"},
        ),
    ],
)
def test_members_after_a_capitalised_de_leden_or_te_weten(text: str, names: set[str]) -> None:
    assert names <= _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "De leden van de VVD-fractie vragen de regering om een reactie.",
        "De leden van het Hof wezen het af.",
        "De leden van GroenLinks en D66 vragen het ook.",
        "De leden Provinciale Staten kregen de brief.",
        "Er zijn 12 leden, te weten: allen aanwezig.",
    ],
)
def test_de_leden_of_a_body_names_no_member(text: str) -> None:
    assert not _persons(text)


def test_the_attendance_is_read_past_a_three_word_name() -> None:
    text = (
        "Tegenwoordig zijn 130 leden, te weten:\n\nKolkman, Noorman-den Uyl, Oedayraj Singh "
        "Varma, Oudkerk, Tuinstra en Wagemaker,\n\nen mevrouw De Boer, minister."
    )
    assert {"Kolkman", "Noorman-den Uyl", "Oudkerk", "Tuinstra", "Wagemaker"} <= _texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het kan beter, aldus Kolkman.", "Kolkman"),
        ("Volgens Kolkman is dat niet zo.", "Kolkman"),
        ("“Dat klopt niet”, zegt Van der Wiel.", "Van der Wiel"),
        ("Dat schreef Tuinstra in haar rapport.", "Tuinstra"),
        ("Kolkman zei dat hij het niet wist.", "Kolkman"),
        ("Tuinstra zegt: ‘Wij kijken ernaar.’", "Tuinstra"),
        ("Wagemaker verklaarde desgevraagd dat het kon.", "Wagemaker"),
    ],
)
def test_a_surname_alone_where_a_person_is_cited(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Volgens Defensie is dat niet zo.",
        "Nederland zei nee tegen het plan.",
        "Eerder stelde het college dat het kon.",
        "Gisteren zei de minister dat het kon.",
        "Volgens Peter is dat zo.",
        "Volgens Artikel 3 kan het.",
        "Hij zei dat het kon.",
        "aldus de minister.",
        "Volgens Bijlage 2 kan het.",
        "Het zeilen zei hem niets.",
        "Dat is helder. Helder zei het al: het kan.",
        "Dat valt niet onder de middelen volgens Europese\nrichtlijnen.",
        "Inspectie zegt dat het kan.",
        "Volgens Planbureau en Wikipedia daalde het.",
        "Dat blijkt, volgens Dienstverlening, uit de cijfers.",
    ],
)
def test_a_cited_word_a_list_holds_or_an_adverb_names_no_one(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de leden Aiking-van Wageningen en Kolkman", "Aiking-van Wageningen"),
        ("mevrouw Van Dijk-van Assen sprak.", "Van Dijk-van Assen"),
    ],
)
def test_a_double_surname_whose_second_part_is_a_place(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("Onderzoeker Kolkman van de UvA zegt dat het kan.", "Kolkman", "UvA"),
        ("hoogleraar Kolkman van het RIVM", "Kolkman", "RIVM"),
    ],
)
def test_a_listed_body_after_van_de_is_no_part_of_the_name(text: str, name: str, body: str) -> None:
    found = {(e.text, e.type) for e in enrich_one(text)}
    assert (name, "person") in found
    assert (body, "organization") in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aanwezig: 18 leden\n\nAfwezig met bericht: Leny Visser en Kier Heek\n\n1. Opening",
            {"Leny Visser", "Kier Heek"},
        ),
        ("Afwezig (met kennisgeving): Leny Visser, Kier Heek", {"Leny Visser", "Kier Heek"}),
        ("Aanwezig: Meia Bartelsman, Joost Verbrugge", {"Meia Bartelsman", "Joost Verbrugge"}),
    ],
)
def test_names_after_an_attendance_label(text: str, names: set[str]) -> None:
    assert names <= _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig: Gemeente Utrecht, Provincie Noord-Holland",
        "Aanwezig: Directie Wonen en Team Woo",
        "Aanwezig: Raad van State",
        "Afwezig: Nieuwe Ronde\n\nDe nieuwe ronde begint.",
    ],
)
def test_bodies_after_an_attendance_label_are_no_persons(text: str) -> None:
    assert not _persons(text)
