"""Round 71 (persons71, issue #12): what a blind set of answers to Kamervragen, Kamer papers and
Wob/Woo rulings showed about persons. An older list of questions signed by its clerk 'voor deze
lijst'; a body's noun as a surname after initials and a lower-case 'de' ('W.G. de Raad',
persons69's leftover). With the near misses that stay as they were. Sentences and names are our
own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


# --- a list of questions signed by its clerk 'voor deze lijst' ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter van de commissie,\n\nBoomsma\n\nDe griffier voor deze lijst,\n\nKleinsma\n",
        "De griffier voor deze lijst,\nKleinsma\n\nVraag 1:\n",
        "De griffier voor deze lijst, Kleinsma\n",
    ],
)
def test_the_clerk_for_this_list_signs_it(text: str) -> None:
    assert "Kleinsma" in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "De griffier voor deze lijst,\n\nVraag 1:\nWaarom is dit zo?\n",
        "De griffier voor deze lijst,\n\nInhoudsopgave\n",
        "De griffier voor deze lijst is niet bekend.\n",
    ],
)
def test_the_clerks_line_without_a_name_names_no_one(text: str) -> None:
    assert persons(text) == []


# --- a body's noun as a surname after initials and 'de' -------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Aanwezig: de heren W.G. de Raad en J. Bos.", "W.G. de Raad"),
        ("Aanwezig waren: J. van den Berg, K.L. de Raad, P. de Vries.", "K.L. de Raad"),
        ("Het advies van prof. T. de Raad werd besproken.", "T. de Raad"),
    ],
)
def test_a_body_noun_after_initials_and_de_is_a_surname(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zie bijlage B. de Raad van State adviseert anders.",
        "Aanwezig: de heer W.G. de Raad van Bestuur van de stichting.",
        "Verzonden aan: A. de Raad voor Cultuur.",
        "brief van 3 mei aan de Raad van State over de wet.",
        "Antwoord op vraag 2. de Raad wordt geïnformeerd.",
    ],
)
def test_a_body_after_initials_and_de_stays_no_person(text: str) -> None:
    assert not any(p.endswith("Raad") for p in persons(text))


def test_a_body_noun_without_de_stays_no_surname() -> None:
    assert not any(p.endswith("Raad") for p in persons("Aanwezig: de heer W.G. Raad, J. Bos."))


# --- written after the held-aside scoring (not blind) ---------------------------------------------


def test_a_clerk_under_a_committee_named_with_three_commas() -> None:
    text = (
        "De voorzitter van de vaste commissie voor Landbouw, Visserij, Voedselzekerheid en "
        "Natuur,\n\nOudeboer\n\nDe griffier van de vaste commissie voor Landbouw, Visserij, "
        "Voedselzekerheid en Natuur,\n\nKleinsma\n"
    )
    assert {"Oudeboer", "Kleinsma"} <= set(persons(text))


_OCR_COMPOSITION = (
    "Samenstelling: Leden: Boomsma (V.V.D.), voorzitter, Atmoredjo (C.D.A.I, Kleinsma "
    "(P.v.d.A.I, Oudeboer (D66I, Wijnstra (C.D.A.).\n"
)


@pytest.mark.parametrize("name", ["Boomsma", "Atmoredjo", "Kleinsma", "Oudeboer", "Wijnstra"])
def test_a_composition_whose_brackets_ocr_read_as_i(name: str) -> None:
    assert name in persons(_OCR_COMPOSITION)


def test_a_closed_bracket_list_reads_as_before() -> None:
    found = persons("Samenstelling: Leden: Boomsma (VVD), Kleinsma (PvdA) en Oudeboer (D66).")
    assert found == ["Boomsma", "Kleinsma", "Oudeboer"]


def test_an_i_inside_a_bracket_is_no_closing_one() -> None:
    # 'CDA I' before a closing bracket: the bracket closes where it is printed
    assert persons("de leden Boomsma (CDA I) en Kleinsma (VVD) vroegen het woord.") == [
        "Boomsma",
        "Kleinsma",
    ]
