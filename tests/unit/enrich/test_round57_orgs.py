"""Round orgs57 (issue #12): what a blind batch of answers to Kamervragen and Kamerbrieven rich in
organisations showed: a safety region in lower case, a care home or provider by its name after
the kind, a hospital group after 'MC', an English watchdog's name, the provinces' organs in lower
case, a headline's word before a municipal council, and the regional bodies' parts derived from
their register names (build_short_forms.py). Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.data.build_short_forms import build_short_forms, candidates
from tests.unit.enrich.found import bodies as _bodies


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "Het algemeen bestuur van de veiligheidsregio Gelderland-Midden besloot.",
            "veiligheidsregio Gelderland-Midden",
            "Veiligheids- en Gezondheidsregio Gelderland-Midden",
        ),
        (
            "Bent u bereid met de veiligheidsregio Limburg-Noord te spreken?",
            "veiligheidsregio Limburg-Noord",
            "Veiligheidsregio en Gemeentelijke Gezondheidsdienst Limburg-Noord",
        ),
        ("De veiligheidsregio Twente sloot een kazerne.", "veiligheidsregio Twente", None),
        ("Brand in verpleeghuis Smeetsland Rotterdam.", "Smeetsland", "Smeetsland"),
        ("De bewoners van zorgcentrum De Bolder zijn verhuisd.", "De Bolder", "De Bolder"),
        ("Ouderen van verzorgingshuis De Drie Hoven verhuizen.", "De Drie Hoven", None),
        ("Cliënten van zorgaanbieder Thuiszorg Oost kregen een brief.", "Thuiszorg Oost", None),
        ("Cliënten van de zorgaanbieder Zorgrijk Noord kregen een brief.", "Zorgrijk Noord", None),
        ("Het hospice Kajan opende vorig jaar.", "Kajan", "Kajan"),
        (
            "De coördinator van de Hospice Groep Midden-Kennemerland sprak.",
            "Hospice Groep Midden-Kennemerland",
            "Hospice Groep Midden-Kennemerland",
        ),
        (
            "De situatie van MC IJsselmeerziekenhuizen is zorgelijk.",
            "IJsselmeerziekenhuizen",
            "IJsselmeerziekenhuizen",
        ),
        (
            "Het rapport van Corporate Europe Observatory verscheen gisteren.",
            "Corporate Europe Observatory",
            "Corporate Europe Observatory",
        ),
        (
            "Twee brieven van gedeputeerde staten van de provincie Utrecht aan provinciale staten.",
            "provinciale staten",
            "Provinciale Staten",
        ),
        (
            "Twee brieven van gedeputeerde staten van de provincie Utrecht aan provinciale staten.",
            "gedeputeerde staten",
            "Gedeputeerde Staten",
        ),
    ],
)
def test_the_batchs_bodies(text: str, printed: str, canonical: str | None) -> None:
    found = _bodies(text)
    assert printed in found
    if canonical is not None:
        assert found[printed] == canonical


@pytest.mark.parametrize(
    "text",
    [
        "In de regio Twente wonen veel mensen.",  # an area, not the region's body
        "De veiligheidsregio's Twente en IJsselland werken samen.",  # plural: regions named
        "Het verpleeghuis De is gesloten.",  # an article, no name
        "Er zijn zorginstellingen in Amsterdam en een zorginstelling Amsterdam.",  # a place
        "Elke zorgaanbieder. Deze moet zich melden.",  # a sentence's word after the kind
        "De Network and Information Security Directive geldt.",  # a directive's English title
        "De provinciale statenverkiezingen zijn in maart.",  # a compound, no organ
    ],
)
def test_near_misses_stay_clean(text: str) -> None:
    found = _bodies(text)
    assert not any(
        name.startswith(("Veiligheidsregio Twente", "De", "Amsterdam", "Network"))
        or name in ("Regio Twente", "Provinciale Staten")
        for name in found.values()
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "De leden van de provinciale staten worden tegelijk gekozen.",
        "Dat vertrouwen het college en gedeputeerde staten niet altijd.",
    ],
)
def test_a_provinces_organ_in_lower_case_needs_a_province(text: str) -> None:
    assert not {"Provinciale Staten", "Gedeputeerde Staten"} & set(_bodies(text).values())
    placed = _bodies(f"{text} Zo gaat het in de provincie Utrecht.")
    assert {"Provinciale Staten", "Gedeputeerde Staten"} & set(placed.values())


def test_a_listed_firms_pair_after_en_is_a_firm() -> None:
    assert "Harsco" in _bodies("De klachten van omwonenden van Tata Steel en Harsco over stof.")


@pytest.mark.parametrize(
    "text",
    [
        "Het overleg tussen Tata Steel en Nederland liep vast.",  # a place
        "Het overleg tussen de VNG en Harsco liep vast.",  # no firm before 'en'
        "Het overleg tussen Harsco en Tata Steel liep vast.",  # the unknown one first
    ],
)
def test_a_pair_without_a_listed_firm_first_is_no_list(text: str) -> None:
    found = _bodies(text)
    assert "Harsco" not in found and "Nederland" not in found


def test_a_headlines_word_before_a_municipal_council_is_no_part_of_it() -> None:
    found = _bodies("2. Oppositie Gemeenteraad Ede voelt zich buitenspel gezet, 3 mei 2021")
    assert "Oppositie Gemeenteraad Ede" not in found
    assert "Gemeenteraad Ede" in found
    committee = _bodies("gelezen het voorstel van de Tijdelijke Raadscommissie Participatie;")
    assert "Tijdelijke Raadscommissie Participatie" in committee  # its adjective is its name's


def test_a_regional_bodys_parts_are_derived_from_its_register_name() -> None:
    assert candidates("Veiligheids- en Gezondheidsregio Gelderland-Midden") == [
        ("Veiligheidsregio Gelderland-Midden", "regional"),
        ("GGD Gelderland-Midden", "regional"),
    ]
    assert candidates("Gemeentelijke Gezondheidsdienst en Veilig Thuis Haaglanden") == [
        ("GGD Haaglanden", "regional")
    ]
    assert candidates("Veiligheidsregio Zeeland") == []


def test_a_regional_part_is_kept_whatever_its_words_frequencies() -> None:
    table = [
        {
            "canonical": "Gemeentelijke Gezondheidsdienst Hollands Noorden",
            "kind": "regionaal samenwerkingsorgaan",
            "source": "oo-register-2023-07-03",
            "source_id": "nl.so0340",
        },
        {
            "canonical": "GGD Groningen",
            "kind": "regionaal samenwerkingsorgaan",
            "source": "oo-register-2023-07-03",
            "source_id": "nl.so0824",
        },
    ]
    rows = build_short_forms(table, {"GGD Groningen"}, lambda word, lang: 6.0)
    assert rows == [
        [
            "Gemeentelijke Gezondheidsdienst Hollands Noorden",
            "GGD Hollands Noorden",
            "s",
            "regionaal samenwerkingsorgaan",
            "short-of-oo-register-2023-07-03",
            "nl.so0340",
        ]
    ]
