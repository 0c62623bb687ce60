"""Page 1's side column is the letter's letterhead only when it shows one somewhere: a "Datum", a
kenmerk, an address, the sender's unit, a label the later pages repeat. Labels of a drawing that
a gutter parted from the rest of it (an entity diagram's middle boxes: 'Trap', 'x,y', '1:n') are
no letterhead; they stay body, with a warning."""

from __future__ import annotations

import pytest

from services.segment.layout.assemble import segment_pages
from services.segment.layout.words import PageRuns
from tests.unit.segment.page_runs import body_text, line_runs

TEXT = [f"Dit is regel {i} van de tekst, die gewoon doorloopt over de pagina" for i in range(8)]


def _page(side: list[str], per_word: bool) -> PageRuns:
    runs = []
    for i, text in enumerate(TEXT):
        runs += line_runs(text, 70, 700 - 14 * i, 10.0, per_word)
    for i, text in enumerate(side):
        runs += line_runs(text, 450, 700 - 11 * i, 7.0, per_word)
    return PageRuns(1, 595, 842, runs)


def _letterhead(side: list[str], per_word: bool) -> list[str]:
    doc = segment_pages([_page(side, per_word)], 1)
    return [s.text for s in doc.segments if s.kind == "letterhead"]


@pytest.mark.parametrize("per_word", [False, True])
def test_a_drawings_labels_beside_the_rest_are_no_letterhead(per_word: bool) -> None:
    side = ["Trap", "x,y", "Catch", "1:n", "User"]
    doc = segment_pages([_page(side, per_word)], 1)
    assert not [s for s in doc.segments if s.kind == "letterhead"]
    assert all(label in body_text(doc) for label in ("Trap", "Catch", "User"))
    assert doc.metadata.quality and any(
        "without furniture evidence" in w for w in doc.metadata.quality.warnings
    )


@pytest.mark.parametrize(
    "side",
    [
        ["Directie Wetgeving", "Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456"],
        ["Directie Wetgeving", "Afdeling Staatsrecht", "Turfmarkt 147", "2511 DP Den Haag"],
        ["Programma Digitale Overheid", "Contactpersoon", "J. Jansen", "T 070 123 45 67"],
    ],
)
@pytest.mark.parametrize("per_word", [False, True])
def test_a_letters_side_column_is_its_letterhead(side: list[str], per_word: bool) -> None:
    # every block of it, also a block without a label of its own ('3 april 2009', 'J. Jansen')
    head = " ".join(_letterhead(side, per_word))
    assert all(line in head for line in side), head
