"""Round orgs59 (issue #12): a listed body's name printed with 'van' before its place ('de Vrije
Universiteit van Amsterdam') is that body, not the shorter listed name read inside it (the
Universiteit van Amsterdam). Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.entities import vanforms
from tests.unit.enrich.found import bodies as _bodies


@pytest.mark.parametrize(
    "text",
    [
        "Zij werkt sinds 2019 aan de Vrije Universiteit van Amsterdam als docent.",
        "De Vrije Universiteit van Amsterdam stuurde de stukken.",
        "Onderzoekers van de Vrije Universiteit van Amsterdam en het RIVM schreven het.",
    ],
)
def test_a_listed_name_with_van_wins_over_the_shorter_name_inside_it(text: str) -> None:
    found = _bodies(text)
    assert found.get("Vrije Universiteit van Amsterdam") == "Vrije Universiteit Amsterdam"
    assert "Universiteit van Amsterdam" not in found


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # the shorter listed name alone stays itself
        ("Zij werkt aan de Universiteit van Amsterdam.", "Universiteit van Amsterdam"),
        # names with 'van' that are listed or read whole are not touched
        ("Gedeputeerde Staten van Overijssel besloten.", "Gedeputeerde Staten van Overijssel"),
        ("De Raad van State adviseerde.", "Raad van State"),
        ("Gemeente Hof van Twente schreef.", "Gemeente Hof van Twente"),
    ],
)
def test_near_misses_keep_their_names(text: str, printed: str) -> None:
    assert printed in _bodies(text)
    assert not vanforms.find(text)


def test_no_van_no_work() -> None:
    assert vanforms.find("De Vrije Universiteit Amsterdam en de TU Delft.") == []


def test_the_name_across_a_line_break() -> None:
    text = "Mevrouw Jansen, hoogleraar aan de Vrije Universiteit\nvan Amsterdam, schreef het."
    found = vanforms.find(text)
    assert [(text[m.start : m.end], m.canonical) for m in found] == [
        ("Vrije Universiteit\nvan Amsterdam", "Vrije Universiteit Amsterdam")
    ]
    assert "Vrije Universiteit Amsterdam" in _bodies(text).values()
