"""What a blind round on real B&W besluitenlijsten, Woo decisions, answers and provincial letters
showed (persons58): given names beyond Faker's lists (deduce's first-name list in
data/given_names.tsv), its names that are also words read only before a particle and a surname,
and its surnames left out; a surname that is a place after an office and initials ('wethouder R.
Bloemendaal'); a double surname joined by 'de' ('I. Zweerts de Jong'); a signer on the office's own
line ('voorzitter A.P. HEIDEMA'); initialled items of an attendance line; no school's name as a
person. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.data.build_given_names import build_given_names
from services.enrich.entities.attendees import WORD_GIVEN, core_given_names, given_names
from tests.unit.enrich.found import enrich_one


def _persons(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.canonical) for e in enrich_one(text) if e.type == "person"}


def _names(text: str) -> set[str]:
    return {c for _, c in _persons(text)}


def test_the_larger_list_holds_given_names_faker_lacks() -> None:
    listed = {r["canonical"]: r for r in rows("given_names.tsv")}
    for name in ("Jannes", "Harrie", "Leny", "Elvera", "Meia"):
        assert listed[name]["source"] == "deduce-first-names"
        assert name in given_names()
        assert name not in core_given_names()
    assert {"Anneleen", "Wannes"} <= core_given_names()  # Faker's stay the core


@pytest.mark.parametrize("name", ["Jansen", "Ceder", "Lisse", "Saba", "Kier", "Just", "Hart"])
def test_surnames_places_and_words_are_no_plain_given_names(name: str) -> None:
    assert name not in given_names()


def test_words_of_the_larger_list_are_word_given_names() -> None:
    assert {"Kier", "Just", "Hart"} <= WORD_GIVEN


def test_the_builder_marks_words_and_leaves_places_and_surnames_out() -> None:
    built = build_given_names(
        {"nl_NL": ["Anneleen", "Toon"]},
        ["Anneleen", "Jannes", "Arend", "Just", "Lisse", "Jansen", "AAD", "Bo", "IJsbrand"],
        frozenset({"arend"}),
        lambda word: word == "just",
        lambda name: name == "Lisse",
        frozenset({"Jansen"}),
    )
    assert [(r["canonical"], r["source"], r["id"]) for r in built] == [
        ("Anneleen", "faker-nl-first-names", "nl_NL"),
        ("Arend", "deduce-first-names", "lst_first_name|word"),
        ("IJsbrand", "deduce-first-names", "lst_first_name"),
        ("Jannes", "deduce-first-names", "lst_first_name"),
        ("Just", "deduce-first-names", "lst_first_name|word"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De presentatie is overgenomen van Jannes Tuinstra.", "Jannes Tuinstra"),
        ("Harrie Kolkman verzoekt hiermee haast te maken.", "Harrie Kolkman"),
        ("Elvera van der Heiden ziet dat anders.", "Elvera van der Heiden"),
        ("Namens de bewoners sprak Kier van Dam.", "Kier van Dam"),
        ("Michael Bebenita, Mason Chang, Michael Franz\nMozilla", "Michael Franz"),
    ],
)
def test_a_given_name_of_the_larger_list_finds_the_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het programma Hart van Nederland zond het uit.",
        "Kier Tuinstra sprak.",  # a word's look-alike before a surname alone
        "Het advies van Buck Consultants is gevolgd.",
        "Het Roos van Amsterdam festival begint.",
    ],
)
def test_words_and_firms_of_the_larger_list_name_no_one(text: str) -> None:
    assert not _persons(text)


def test_no_link_of_a_surname_printed_as_a_word_after_a_larger_list_name() -> None:
    text = "Door Cyrille Molen werd het gezegd. De molen draaide. Molen staat stil."
    assert _persons(text) == {("Cyrille Molen", "Cyrille Molen")}


def test_a_surname_after_a_larger_list_name_is_linked_where_no_word() -> None:
    text = "Jannes Tuinstra opende. Daarna zei Tuinstra dat het anders moest."
    assert ("Tuinstra", "Jannes Tuinstra") in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aanwezig: burgemeester L. de Lange, wethouder R. Bloemendaal.", "R. Bloemendaal"),
        ("Wethouder K. Wassenaar opende de vergadering.", "K. Wassenaar"),
        ("De heer mr. R. Bloemendaal zei niets.", "R. Bloemendaal"),
    ],
)
def test_a_place_after_an_office_and_initials_is_a_surname(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent u het bericht «Files nemen toe» van D. Amsterdam?",
        "De burgemeester van St. Maarten reageerde.",
    ],
)
def test_a_place_after_initials_alone_is_no_person(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wethouder I. Zweerts de Jong, wethouder R. Bloemendaal.", "I. Zweerts de Jong"),
        ("Burgemeester A. Jansen de Minister schreef.", "A. Jansen"),
        ("Volgens wethouder P. Klaver de Nederlandse regering.", "P. Klaver"),
    ],
)
def test_a_double_surname_joined_by_de_after_initials(text: str, name: str) -> None:
    assert name in _names(text)


def test_signers_on_the_office_line_in_capitals() -> None:
    text = "Gedeputeerde Staten van Overijssel,\nvoorzitter A.P. HEIDEMA\nsecretaris N. VERSTEEG"
    assert {"A.P. Heidema", "N. Versteeg"} <= _names(text)


def test_an_office_line_with_a_body_names_no_one() -> None:
    assert not _persons("voorzitter N.V. NEDERLAND")


def test_initialled_items_of_an_attendance_line_after_an_item_of_another_shape() -> None:
    text = (
        "Aanwezigen | Burgemeester L. de Lange, gemeentesecretaris N. Kramer, Coach/Coördinator "
        "Regie Opgaven en Samenwerking- Realisatieregie, A. Oostermeijer en M. Bril voor de "
        "verslaglegging."
    )
    assert {"A. Oostermeijer", "M. Bril"} <= _names(text)


def test_an_attendance_line_item_printed_as_a_word_is_no_person() -> None:
    text = "Aanwezigen | wethouder H. Schokker, A. Planning en B. Veldkamp\nDe planning volgt."
    names = _names(text)
    assert "B. Veldkamp" in names
    assert "A. Planning" not in names


def test_a_school_with_cum_suis_is_no_person() -> None:
    text = "De verkoop van de locatie van de Den Deylschool c.s. niet te gunnen."
    assert not _persons(text)
