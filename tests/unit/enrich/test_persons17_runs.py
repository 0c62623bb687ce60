"""Persons17: a name beside a person found in full in a run of names (authors of a report, guests
at a meeting) is a person too, though its given name is on no list; a signature's office whose
name was left out names no one."""

from __future__ import annotations

import pytest

from services.enrich.entities import personruns
from services.enrich.entities.gazetteer import Match
from tests.unit.enrich.found import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Zie de verkenning van Wubbo de Graaf, Sanne Kuiper en Rixt Hoekema, Leeuwarden 2023.",
            ["Wubbo de Graaf", "Sanne Kuiper", "Rixt Hoekema"],
        ),
        (
            "Het panel bestond uit Karel Dekker, Taco Wiersma, Jelmer Bosma & Okke Hylkema; zij",
            ["Karel Dekker", "Taco Wiersma", "Jelmer Bosma", "Okke Hylkema"],
        ),
        (
            "Een gesprek met Femke Brouwer en Taco Wiersma over de dijk.",
            ["Femke Brouwer", "Taco Wiersma"],
        ),
        # a sentence's opening word before the run is no part of a name
        (
            "Volgens Taco Wiersma, Okke Hylkema en Femke Brouwer klopt het.",
            ["Taco Wiersma", "Okke Hylkema", "Femke Brouwer"],
        ),
        # the run is read from any member found, also the last
        (
            "Onderzoekers: Jelmer Bosma, Okke Hylkema en Pieter Smit.",
            ["Jelmer Bosma", "Okke Hylkema", "Pieter Smit"],
        ),
    ],
)
def test_unknown_given_names_beside_a_person_in_a_run(text: str, names: list[str]) -> None:
    assert sorted(people(text)) == sorted(names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name and the firm or journal after it, not a run of names
        ("Geïnterviewd: Sanne Kuiper, Open Einde\nen verder niemand.", ["Sanne Kuiper"]),
        (
            "het artikel van Karel Dekker en Femke Brouwer, Nordic Review of Policy",
            ["Karel Dekker", "Femke Brouwer"],
        ),
        # a place, an office, a body or a word in the run's place
        ("De verkenning van Sanne Kuiper, Den Haag en Leiden, 2021.", ["Sanne Kuiper"]),
        ("Met Sanne Kuiper, Directeur Financiën en Taco Wiersma sprak ik.", ["Sanne Kuiper"]),
        (
            "Met Sanne Kuiper, Rode Kruis en Femke Brouwer sprak ik.",
            ["Sanne Kuiper", "Femke Brouwer"],
        ),
        (
            "Met Sanne Kuiper, Groene Ruimte en Femke Brouwer over de groene ruimte.",
            ["Sanne Kuiper", "Femke Brouwer"],
        ),
        # the tail of a longer name
        (
            "Stichting Wubbo Hoekema, Sanne Kuiper en Femke Brouwer.",
            ["Sanne Kuiper", "Femke Brouwer"],
        ),
        # a Woo release's redacted names are no members ('5.1.2e' stands where a name was)
        (
            "Aanwezig: Sanne Kuiper, 5.1.2e, 5.1.2e en Femke Brouwer.",
            ["Sanne Kuiper", "Femke Brouwer"],
        ),
        ("Aanwezig: Sanne Kuiper, 10.2.e en Teamleider Handhaving.", ["Sanne Kuiper"]),
        # a line break ends the run
        ("Sanne Kuiper, Femke Brouwer,\nTaco Wiersma", ["Sanne Kuiper", "Femke Brouwer"]),
    ],
)
def test_near_misses_of_a_run(text: str, names: list[str]) -> None:
    assert sorted(people(text)) == sorted(names)


def test_a_surname_alone_seeds_no_run() -> None:
    # 'Van Dijk' names someone by surname: no run of full names is read from it
    text = "Zo zeiden Van Dijk, Taco Wiersma en Okke Hylkema het."
    start = text.index("Van Dijk")
    seed = Match("person", start, start + len("Van Dijk"), "Van Dijk")
    assert personruns.find(text, [seed]) == []
    start = text.index("Taco Wiersma")
    seed = Match("person", start, start + len("Taco Wiersma"), "Taco Wiersma")
    assert [m.canonical for m in personruns.find(text, [seed])] == ["Okke Hylkema"]


def test_a_signature_without_its_name_is_no_person() -> None:
    text = "Mede namens de Minister van Financiën,\nDe staatssecretaris van Financiën, De \n"
    assert people(text) == []
    # with a name it is the register's or signature's person as before
    assert people("Tweede Kamerlid, Ham, van der (D66)") == ["Van der Ham"]
