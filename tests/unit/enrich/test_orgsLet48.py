"""orgsLet48 (issue #12, point 4): organisations in answers to Kamervragen and ministers' letters.

Classes read off orgsLet48's blind set K48 (answers, letters and lists of answers of 2024-2026):
(1) a word hanging its hyphen before 'en' shares the next word's head, so the name is one
('Stichting Natuur- en Milieufederatie Utrecht'), not a name cut at 'Natuur-' and another;
(2) an abbreviation with an ampersand is also found with the ampersand written out ('de DTenV' is
the DT&V); (3) a one-word name that is also a Dutch plural noun is the noun before a plural verb
at a sentence's start and on a dossier's title line ('Toeslagen spelen een rol', '36708
Toeslagen'), still the body elsewhere; (4) bodies no list held: the Caribbean countries' central
banks, utilities and insurer, the Ondernemingskamer, Questionmark. Texts our own."""

from __future__ import annotations

from tests.unit.enrich.found import bodies


def test_suspended_hyphen_keeps_one_name() -> None:
    found = bodies("Zij sprak met de Stichting Natuur- en Milieufederatie Utrecht over de dijk.")
    assert "Stichting Natuur- en Milieufederatie Utrecht" in found
    assert "Stichting Natuur-" not in found
    assert "Milieufederatie Utrecht" not in found


def test_two_bodies_joined_by_en_still_two() -> None:
    # no hanging hyphen: 'en' opens the next name as before
    found = bodies("Dit meldden de Stichting Natuurbehoud en Vereniging Milieufederatie Drenthe.")
    assert "Stichting Natuurbehoud en Vereniging Milieufederatie Drenthe" not in found


def test_ampersand_written_out() -> None:
    found = bodies("Wat betreft vertrek zijn de cijfers van de DTenV in beginsel leidend.")
    assert found.get("DTenV") == "Dienst Terugkeer en Vertrek"


def test_ampersand_form_is_case_sensitive() -> None:
    assert "dtenv" not in bodies("de bestandsnaam dtenv staat in de map.")


def test_plural_noun_before_plural_verb_is_no_body() -> None:
    assert "Toeslagen" not in bodies("Toeslagen spelen hier een belangrijke rol in.")


def test_dossier_title_line_is_no_body() -> None:
    assert "Toeslagen" not in bodies("36708 Toeslagen\nNr. 28 Brief van de staatssecretaris")


def test_plural_name_still_the_body_elsewhere() -> None:
    found = bodies("Bij Toeslagen werken veel mensen. Toeslagen heeft een jaarplan gemaakt.")
    assert "Toeslagen" in found
    assert "Dienst Toeslagen" in bodies("De ouders schreven de Dienst Toeslagen aan.")


def test_caribbean_bodies_named_bare() -> None:
    found = bodies(
        "De Centrale Bank van Curaçao en Sint Maarten stelde Ennia onder een noodregeling; "
        "Aqualectra en WEB Bonaire leveren water."
    )
    assert found.get("Centrale Bank van Curaçao en Sint Maarten") == (
        "Centrale Bank van Curaçao en Sint Maarten"
    )
    assert found.get("Ennia") == "Ennia"
    assert "Aqualectra" in found
    assert found.get("WEB Bonaire") == "Water- en Energiebedrijf Bonaire"


def test_web_alone_is_no_body() -> None:
    assert "WEB" not in bodies("Het formulier staat op het WEB en op papier.")


def test_court_chamber_and_watchdog() -> None:
    found = bodies(
        "De Ondernemingskamer schorste de CEO. Uit onderzoek van Questionmark blijkt dat het "
        "aantal aanbiedingen verdubbelde."
    )
    assert "Ondernemingskamer" in found
    assert "Questionmark" in found


def test_suspended_pair_after_en_opens_the_next_name() -> None:
    # a Den Haag council's minutes: two bodies, the second a suspended pair
    found = bodies(
        "Insprekers waren de Bomenstichting Den Haag en Natuur- en Milieufederatie Zuid-Holland."
    )
    assert "Bomenstichting Den Haag" in found
    assert "Natuur- en Milieufederatie Zuid-Holland" in found
    assert not any(name.endswith("Natuur-") for name in found)
