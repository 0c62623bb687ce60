"""What a blind batch of answers to Kamervragen, Kamerbrieven and Wob/Woo decisions showed
(orgs55): the parties to a Woo decision named by their executive. A province's executive or
council by its short form or its college ('het college van GS van Zuid-Holland', 'PS van de
provincie Utrecht') is the organ the lists hold; a municipality's college in lower case ('het
college van b en w van Rotterdam') is the gemeente, as 'B&W' was; a foundation's name that goes
on with a number glued to a capitalised part is read whole; and, from the sweep's pages, a
parliament's inquiry committee is named whole ('de parlementaire enquêtecommissie X en Y').
Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import entities_in_text
from services.enrich.references.spacing import is_letter_spaced
from tests.unit.enrich.found import enrich_one


def _bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich_one(text) if e.type == "organization"}


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "Het college van GS van Zuid-Holland heeft het bezwaar ongegrond verklaard.",
            "college van GS van Zuid-Holland",
            "Gedeputeerde Staten van Zuid-Holland",
        ),
        (
            "Daarop hebben GS van de provincie Utrecht het verzoek doorgezonden.",
            "GS van de provincie Utrecht",
            "Gedeputeerde Staten van Utrecht",
        ),
        (
            "Het verzoek ging naar PS van Friesland en naar de minister.",
            "PS van Friesland",
            "Provinciale Staten van Fryslân",
        ),
        (
            "Het college van Gedeputeerde Staten van Gelderland besloot anders.",
            "Gedeputeerde Staten van Gelderland",
            "Gedeputeerde Staten van Gelderland",
        ),
    ],
)
def test_a_provinces_organ_by_its_short_form_is_the_listed_organ(
    text: str, printed: str, canonical: str
) -> None:
    assert _bodies(text).get(printed) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Het postadres is Postbus 2, 3500 GS Utrecht.",  # a postcode's letters
        "De GS van Nederland bestaan niet.",  # no province
        "De Staten van Utrecht vergaderen.",  # no organ's short form
    ],
)
def test_no_organ_without_its_short_form_and_a_province(text: str) -> None:
    assert not any(
        c.startswith(("Gedeputeerde Staten van", "Provinciale Staten van"))
        for c in _bodies(text).values()
    )


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Het college van b en w van Rotterdam heeft het besluit genomen.",
            "college van b en w van Rotterdam",
        ),
        (
            "Het college van b&w van Den Haag heeft het besluit genomen.",
            "college van b&w van Den Haag",
        ),
        (
            "Het college van B&W van Rotterdam heeft het besluit genomen.",
            "college van B&W van Rotterdam",
        ),
    ],
)
def test_a_municipal_college_in_lower_case_is_the_gemeente(text: str, printed: str) -> None:
    assert _bodies(text).get(printed, "").startswith("Gemeente ")


def test_a_college_of_b_en_w_in_capitals_is_the_gemeente() -> None:
    # 'B en W van' once read as letter-spacing ('Ben Wvan', references/spacing.py): the whole
    # enricher finds it as the entity pass does.
    text = "Het college van B en W van Rotterdam heeft besloten."
    found = entities_in_text(text)
    assert [m.canonical for m in found if m.type == "organization"] == ["Gemeente Rotterdam"]
    assert _bodies(text) == {"college van B en W van Rotterdam": "Gemeente Rotterdam"}
    assert not is_letter_spaced(text)
    assert is_letter_spaced("De T oezegging van de N ederlandse A rbeidsinspectie")


def test_a_college_of_b_en_w_not_before_a_place_is_no_gemeente() -> None:
    assert not any(
        c.startswith("Gemeente")
        for c in _bodies("Het college van b en w van maandag besloot.").values()
    )


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("De Stichting Artikel 2-Fonds heeft bezwaar gemaakt.", "Stichting Artikel 2-Fonds"),
        ("De Vereniging Sport 4All vroeg subsidie aan.", "Vereniging Sport 4All"),
    ],
)
def test_a_foundations_name_goes_on_with_a_numbered_part(text: str, printed: str) -> None:
    assert printed in _bodies(text)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("De stichting Jeugd 2020 en de gemeente spraken af.", "stichting Jeugd"),  # a year
        ("De Stichting Lokale Omroep 3 keer gesproken.", "Stichting Lokale Omroep"),  # a count
    ],
)
def test_a_bare_number_after_a_foundations_name_is_no_part_of_it(text: str, printed: str) -> None:
    assert printed in _bodies(text)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Het rapport van de parlementaire enquêtecommissie Fyra is besproken.",
            "parlementaire enquêtecommissie Fyra",
        ),
        (
            "De Parlementaire enquêtecommissie Fraudebeleid en Dienstverlening stelt vast.",
            "Parlementaire enquêtecommissie Fraudebeleid en Dienstverlening",
        ),
        (
            "Het rapport van de Parlementaire ondervragingscommissie Kinderopvangtoeslag.",
            "Parlementaire ondervragingscommissie Kinderopvangtoeslag",
        ),
    ],
)
def test_a_parliamentary_inquiry_is_named_whole(text: str, printed: str) -> None:
    assert printed in _bodies(text)


def test_a_listed_body_after_en_is_no_part_of_an_inquirys_subject() -> None:
    found = _bodies("De enquêtecommissie Fyra en Rijkswaterstaat spraken elkaar.")
    assert "enquêtecommissie Fyra" in found
    assert "Rijkswaterstaat" in found
