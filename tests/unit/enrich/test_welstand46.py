"""The provinces' welstand advisers named bare (curated-welstand46-2026): permits and Woo
decisions cite them by their everyday names, which the register prints only in long form.
Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies


@pytest.mark.parametrize(
    ("text", "printed", "name"),
    [
        ("Het advies van Het Oversticht is bijgevoegd.", "Het Oversticht", "Het Oversticht"),
        ("De aanvraag is voorgelegd aan Libau.", "Libau", "Libau"),
        ("Hûs en Hiem adviseerde positief over het plan.", "Hûs en Hiem", "Hûs en Hiem"),
        (
            "Zie het advies van MOOI Noord-Holland van 3 mei.",
            "MOOI Noord-Holland",
            "MOOI Noord-Holland",
        ),
    ],
)
def test_welstand_adviser_named_bare(text: str, printed: str, name: str) -> None:
    assert bodies(text).get(printed) == name


def test_lower_case_words_name_no_adviser() -> None:
    # the words themselves, in lower case, are no body
    assert not bodies("Het huis en hiem van de boer, een mooi noord-holland landschap.")
