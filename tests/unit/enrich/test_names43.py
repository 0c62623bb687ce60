"""names43 (issue #12, point 4): a Dutch lexicon at run time tells a title's noun from a surname.

data/common_words.txt holds OpenTaal's lower-case words less every surname of deduce's list and
people.tsv and every given name (build_common_words.py). (1) A motion's or amendment's title that
opens with such a word is no submitter when the title goes on: in lower case, after an
abbreviation or after a comma ('de motie Inzet AI voor ...', 'het amendement Kunstgras,
voorgesteld ...'), though the text never prints the word in lower case. (2) A portfolio's noun
after 'wethouder' ('de wethouder Bibliotheken') likewise. Surnames that are words too ('Bakker',
'Visser', 'Hart', 'Straat', 'Smit', 'Kok', 'Mulder', 'De Jong') stay persons.
Texts our own, in the shapes of Den Haag's council minutes of 2024-2025."""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.entities import lexicon
from tests.unit.enrich.found import persons_printed

_persons_in = persons_printed


# the lexicon itself


@pytest.mark.parametrize(
    "word", ["Kunstgras", "Inzet", "Bibliotheken", "Onderzoeksmethodes", "Versterken"]
)
def test_a_common_dutch_word_is_in_the_lexicon(word: str) -> None:
    assert lexicon.common_word(word)


@pytest.mark.parametrize(
    "word",
    [
        *("Bakker", "Visser", "Smit", "Kok", "Mulder", "Jong", "Hart", "Straat", "Stel"),
        *("Klaver", "Roos", "Meer", "Geen", "Kuiper", "Groen", "Wind", "Schoenmaker", "Arts"),
    ],
)
def test_a_surname_that_is_a_word_too_is_not(word: str) -> None:
    assert not lexicon.common_word(word)


def test_no_listed_persons_surname_or_given_name_is_a_common_word() -> None:
    words: set[str] = set()
    for r in rows("people.tsv"):
        for name in [r["canonical"], *r["variants"].split("|")]:
            words.update(p for p in name.replace("-", " ").split() if p[:1].isupper())
    words |= {r["canonical"] for r in rows("given_names.tsv")}
    assert not {w for w in words if lexicon.common_word(w)}


def test_only_capitalised_words_are_asked() -> None:
    assert not lexicon.common_word("kunstgras")  # a lower-case word is no title's first
    assert not lexicon.common_word("KUNSTGRAS")
    assert not lexicon.common_word("Gat")  # below the list's four letters


# (1) a motion's title opening with a common word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Daarom steunen wij de motie Parkeertarieven in Zuidwest omlaag.", "Parkeertarieven"),
        ("Wij dienen de motie Inzet AI voor ambtelijke functies in.", "Inzet"),
        ("Het amendement Kunstgras, voorgesteld samen met de VVD, is aangenomen.", "Kunstgras"),
        ("Het amendement Onderzoeksmethodes vaststellen wordt verworpen.", "Onderzoeksmethodes"),
        ("De fractie heeft de motie Versterken wijkagenten ingediend.", "Versterken"),
        # persons79 left this one as read: no lower-case 'uitzondering' in the text
        ("De raad heeft het amendement Uitzondering bij spoed aangenomen.", "Uitzondering"),
    ],
)
def test_a_motions_title_word_is_no_person(text: str, word: str) -> None:
    assert word not in _persons_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wij steunen de motie Bakker over de jeugdzorg.", "Bakker"),
        ("De motie Visser, die wij steunen, is aangenomen.", "Visser"),
        ("Het amendement Smit wordt aangenomen.", "Smit"),
        ("De motie Mulder en de motie Kok zijn verworpen.", "Mulder"),
        ("Het amendement Straat, ingediend door de VVD, is verworpen.", "Straat"),
        ("Over de motie De Jong stemmen wij voor.", "De Jong"),
        ("Wij steunen de motie Kuiper over het groen.", "Kuiper"),
        ("De motie Klaver c.s. is aangenomen.", "Klaver"),
    ],
)
def test_a_submitters_surname_that_is_a_word_stays_a_person(text: str, name: str) -> None:
    assert name in _persons_in(text)


def test_a_surname_after_a_motion_stays_before_a_capital() -> None:
    # a submitter's list goes on in capitals: no title there, whatever the word
    assert "Leenders" in _persons_in("De motie Leenders, Bakker en Visser is aangenomen.")


# (2) a portfolio's noun after an alderman's office


def test_a_portfolio_noun_after_wethouder_is_no_person() -> None:
    found = _persons_in(
        "Ik vraag de wethouder Bibliotheken om een reactie.",
        "Wethouder Stedelijke ontwikkeling, Cultuur en Bibliotheken en Europa.",
    )
    assert "Bibliotheken" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik vraag de wethouder Bakker om een reactie.", "Bakker"),
        ("Ik vraag gedeputeerde Straat om een reactie.", "Straat"),
        ("Ik vraag de wethouder Mulder om een reactie.", "Mulder"),
    ],
)
def test_an_aldermans_surname_that_is_a_word_stays_a_person(text: str, name: str) -> None:
    assert name in _persons_in(text)


# (3) a capitalised portfolio holder before initials (found after the blind scoring)


def test_a_capitalised_portfolio_holder_before_initials_names_a_person() -> None:
    found = _persons_in("* Portefeuillehouder G. Hoekstra doet een mededeling over de woningbouw.")
    assert "G. Hoekstra" in found


def test_a_capitalised_portfolio_holder_without_initials_names_no_one() -> None:
    # a model's list of roles: no initials after the label, no person read from it
    assert "Griffier" not in _persons_in("Inspreker Portefeuillehouder Griffier Overig")
    assert not _persons_in("Portefeuillehouder Wonen doet een mededeling.")
