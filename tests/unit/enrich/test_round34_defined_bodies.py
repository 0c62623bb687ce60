"""What a blind set of Kamerbrieven and Kamervragen of Financiën, JenV, IenW, BHO, Defensie and VWS
showed (gold34): a body defined by its abbreviation whose initials leave out its kind ('Directie
... (IOB)', 'Stichting ... tegen ... (RBV)'); a name cut short at 'tegen' widened to the defined
name; a report's word ('Rapportage') opens no body's name; sourced rows for the Omgevingsraad
Schiphol and VDL. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations

# -- the kind of body before the words its abbreviation spells -----------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het rapport van de Directie Veiligheid en Weerbaarheid (VW) verscheen gisteren.", None),
        ("De Directie Markt en Toezicht (MT) is het oneens.", None),
        ("Volgens de Directie Kennis en Ontwikkeling Regio (KOR) is dat zo.",
         "Directie Kennis en Ontwikkeling Regio"),
        ("De Directie Steun voor Gedupeerde Ondernemers (SGO) diende bezwaar in.",
         "Directie Steun voor Gedupeerde Ondernemers"),
    ],
)  # fmt: skip
def test_kind_of_body_before_spelled_words(text: str, body: str | None) -> None:
    if body is None:  # two letters define nothing
        assert not any(o.startswith("Directie") for o in organisations(text))
    else:
        assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a programme's words with no kind of body before them: no body
        "Het Nationaal Programma Leefbaarheid Zuid (NPLZ) loopt af.",
        # the spelled words after a plain noun: no body
        "Het plan Veilig Fietsen Overal (VFO) is gestart.",
        # a kind of body that is no word of the name's run: 'de directie' in lower case
        "De directie Goede Zorg Overal (GZO) werkt eraan.",
    ],
)
def test_spelled_words_without_a_kind_are_no_body(text: str) -> None:
    assert not any(o.endswith(("Leefbaarheid Zuid", "Fietsen Overal", "Zorg Overal"))
                   for o in organisations(text))  # fmt: skip


# -- 'tegen' in a defined name, and a name cut short there ---------------------------------------


def test_foundation_against_a_nuisance() -> None:
    text = "Het vonnis in de zaak van de Stichting Vrij van Geluidsoverlast tegen Windmolens (VGW)."
    found = organisations(text)
    assert "Stichting Vrij van Geluidsoverlast tegen Windmolens" in found
    assert "Stichting Vrij van Geluidsoverlast" not in found


def test_tegen_outside_a_definition_still_ends_the_name() -> None:
    text = "De Stichting Schone Lucht procedeert tegen Tata Steel."
    found = organisations(text)
    assert "Stichting Schone Lucht" in found
    assert not any("tegen" in o for o in found)


def test_short_name_elsewhere_stays() -> None:
    text = (
        "De Stichting Recht op Rust meldde zich. Ook de Stichting Recht op Rust tegen "
        "Nachtvluchten (RRN) meldde zich."
    )
    found = organisations(text)
    assert "Stichting Recht op Rust tegen Nachtvluchten" in found


# -- a report's word opens no name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("- Rapportage Meldpunt Zorgfraude 2024", "Meldpunt Zorgfraude"),
        ("Bijlage: Jaarverslag Stichting Groene Daken", "Stichting Groene Daken"),
    ],
)
def test_report_word_opens_no_name(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not any(o.startswith(("Rapportage", "Jaarverslag")) for o in found)


# -- sourced rows --------------------------------------------------------------------------------


def test_schiphol_council_and_vdl() -> None:
    found = organisations("De ORS sprak met omwonenden; Defensie sloot een contract met VDL.")
    assert "Omgevingsraad Schiphol" in found
    assert "VDL Groep" in found


@pytest.mark.parametrize(
    "text",
    [
        "Het middel ors werd toegediend.",  # lower case: no council
        "De vdl-waarde is bekend.",  # lower case: no firm
    ],
)
def test_rows_are_case_sensitive(text: str) -> None:
    found = organisations(text)
    assert "Omgevingsraad Schiphol" not in found
    assert "VDL Groep" not in found
