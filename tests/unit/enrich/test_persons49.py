"""persons49 (issue #12): persons in answers, letters and Woo-era decisions, by class.

- the asker's row of a debate's questions and written answers, surname first ('Plas, C. van der |
  BBB | Vraag:', 'Heutink, H PVV Vraag:'), and its header's adjective ('Kamerlid Politieke partij')
  no person (blind48's misses, IenW 2024 and 2026);
- a second submitter after 'en' in a plural of motions, or a listed member spelled without the
  letters' marks ('moties Timmermans en Yesilgöz-Zegerius');
- a street named after a person ('aan het Van Bossepad 4-10', a Woo request's subject);
- a ship or a body named after a person ('Zr. Ms. Karel Doorman', 'het Rijksmuseum Vincent van
  Gogh');
- a speaker's line with the title glued to the name ('De heerKlaver (GroenLinks):'), the
  engineer's degree before initials ('ing. E. Been'), a ruling's representative after its label
  ('gemachtigden: W. Terpstra').
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _persons(*texts: str) -> list[str]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)
        ]
    )
    return sorted({e.text for e in enrich(doc)[1] if e.type == "person"})


def _canonicals(text: str) -> list[tuple[str, str | None]]:
    doc = SegmentedDocument(segments=[Segment(id="s0", kind="paragraph", page=1, text=text)])
    return sorted({(e.canonical, e.role) for e in enrich(doc)[1] if e.type == "person"})


# --- the asker's row, surname first -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "| Plas, C. van der | BBB | Vraag: Kan de minister ons een update geven?",
            "Plas, C. van der",
        ),
        ("Heutink, H PVV Vraag:", "Heutink, H"),
        ("Hoop, H de GroenLinks-PvdA Vraag:", "Hoop, H de"),
        ("Bakker, J.A. | VVD | Vraag: Wat vindt u van de N33?", "Bakker, J.A."),
    ],
)
def test_asker_row_surname_first(text: str, person: str) -> None:
    assert person in _persons(text)


def test_asker_row_canonical_puts_initials_first() -> None:
    assert _canonicals("| Plas, C. van der | BBB | Vraag: Kan de minister dat doen?") == [
        ("C. van der Plas", "vragensteller")
    ]
    assert _canonicals("Hoop, H de GroenLinks-PvdA Vraag:") == [("H. de Hoop", "vragensteller")]


@pytest.mark.parametrize(
    "text",
    [
        "Kamerlid Politieke partij Vraag en Antwoord",  # the header row
        "| Amsterdam, C. | BBB | Vraag: x",  # a place, not a surname
        "| Plas, C. van der | Onbekend | Vraag: x",  # no party the gazetteer knows
        "Vraag, A. PVV Vraag:",  # a label's word
        "12 maart, 2025 PVV Vraag:",  # a date
        "Bedrag, 1.500 euro | PVV | Vraag: x",  # an amount
        "Stationsstraat, 12 | PVV | Vraag: x",  # a street and number
    ],
)
def test_asker_row_near_misses(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kamerlid Grote zei dat het niet klopte.", "Grote"),  # a surname that is a word
        ("Kamerlid Bakker partij kiezen?", "Bakker"),  # a listed surname keeps its title
    ],
)
def test_title_before_a_word_still_a_person(text: str, person: str) -> None:
    assert person in _persons(text)


# --- a second submitter after 'en' ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dit is conform o.a. moties Timmermans en Yesilgöz-Zegerius (motie 36 045, nr. 191).",
            ["Timmermans", "Yesilgöz-Zegerius"],
        ),
        ("conform de moties Timmermans en Pietersen (motie 36 045).", ["Pietersen", "Timmermans"]),
        ("de moties Klaver en Nederland", ["Klaver"]),  # a place
        ("de moties Klaver en Infrastructuur", ["Klaver"]),  # a portfolio's word
        ("de moties Timmermans en Beleid", ["Timmermans"]),  # a Dutch word
        ("de motie Klaver en Pietersen", ["Klaver"]),  # singular: only a listed member
    ],
)
def test_second_submitter(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


# --- streets, ships and bodies named after people ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wob verzoek opheffen aprkeerplaatsen Van Bossepad",
        "Het betreft de parkeerplaatsen aan het Van Bossepad 4-10 te Amsterdam.",
        "de woning aan de Van Speijkkade 3",
        "Het sturen van Zr. Ms. Karel Doorman als opvolger van de Tromp.",
        "aan boord van Zr.Ms. Karel Doorman",
        "Hr.Ms. Karel Doorman voer uit.",
        "de directeur van het Rijksmuseum Vincent van Gogh reageert.",
    ],
)
def test_named_after_a_person_is_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Vandaag sprak Karel Doorman met de pers.", "Karel Doorman"),
        ("de heer Van Bommel zei dat", "Van Bommel"),
        ("Het sturen van de Tromp, aldus minister Kajsa Ollongren.", "Kajsa Ollongren"),
        ("Axel Rüger, directeur van het museum, reageert.", "Axel Rüger"),
    ],
)
def test_named_after_near_misses_stay(text: str, person: str) -> None:
    assert person in _persons(text)


# --- a glued speaker's title, the engineer's degree, a ruling's representative -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De heerKlaver (GroenLinks):\n\nVoorzitter. Ik dien de volgende motie in.", ["Klaver"]),
        ("MevrouwVerburg (CDA):\nVoorzitter.", ["Verburg"]),
        ("De heerAmsterdam (GroenLinks):", []),  # a place
        ("De heerlijke (soep):", []),  # a word
        ("en ing. E. Been, mr. J.H. Potter", ["E. Been", "J.H. Potter"]),
        ("ing. 1 januari 2024 geldt de regeling", []),  # 'ingaande'
        ("Dit staat in de regeling. E. Been zei het", []),
        ("gemachtigden: W. Terpstra, werkzaam bij verweerders gemeente", ["W. Terpstra"]),
        ("gemachtigde: Achmea B.V.", []),
    ],
)
def test_speaker_degree_representative(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected
