"""What a blind batch of questions, answers, letters and Wob rulings showed (gold45): a title joined
to a party's name ('VVD-gedeputeerde') before a name; an environment service by 'OD' and its
region or the region's initials; the Council of State's division named alone; a court's name in
capitals as a ruling's heading. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a party's office-holder: 'VVD-gedeputeerde Van den Akker' -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens CDA-wethouder Hoekstra blijft de brug dicht.", "Hoekstra"),
        ("Wat vindt u van de brief van SP-gedeputeerde Van der Meulen?", "Van der Meulen"),
        ("De D66-fractievoorzitter Brouwer stelde vragen.", "Brouwer"),
        ("PvdA-burgemeester Jeroen de Wit opende de school.", "Jeroen de Wit"),
    ],
)
def test_a_title_joined_to_a_party_names_its_holder(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # not a party before the hyphen ('Hoeksema': no cabinet member's surname, which
        # persons17 finds alone)
        "De Waterschap-wethouder Hoeksema bestaat niet.",
        # ('oud-wethouder Hoeksema' is a former holder: persons55 reads the prefix)
        # the party's office without a name after it
        "Een VVD-wethouder zei dat Hoeksema zou komen.",
        "De VVD-gedeputeerde van Noord-Brabant antwoordde.",
    ],
)
def test_no_holder_without_a_party_and_a_name(text: str) -> None:
    assert "Hoeksema" not in people(text)
    assert not [p for p in people(text) if p.startswith("Noord")]


# -- an environment service by 'OD' and its region ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De OD NHN heeft de vergunning getoetst.", "Omgevingsdienst Noord-Holland Noord"),
        ("Het toezicht ligt bij OD IJmond.", "Omgevingsdienst IJmond"),
        ("De melding ging naar de OD ZHZ en de gemeente.", "Omgevingsdienst Zuid-Holland Zuid"),
        ("OD Twente controleerde het bedrijf.", "Omgevingsdienst Twente"),
    ],
)
def test_an_environment_service_by_od_and_its_region(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Een OD van de pijpleiding is 30 cm.",  # an outer diameter
        "De od nhn staat in kleine letters.",  # not as a body's name is printed
        "Zie de bijlage OD IJ voor de cijfers.",  # one word's region has no initials' form
    ],
)
def test_no_environment_service_from_other_od(text: str) -> None:
    assert not [o for o in organisations(text) if o.startswith("Omgevingsdienst")]


# -- the Council of State's division, and a court's heading in capitals ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De Afdeling bestuursrechtspraak verklaart het hoger beroep ongegrond.",
        "AFDELING\nBESTUURSRECHTSPRAAK\n\nUitspraak op het hoger beroep van de stichting.",
    ],
)
def test_the_division_named_alone_is_the_council_of_state(text: str) -> None:
    assert "Raad van State" in organisations(text)


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("RECHTBANK GELDERLAND\n\nBestuursrecht\nzaaknummer: ARN 24/123", "Rechtbank Gelderland"),
        ("GERECHTSHOF ARNHEM-LEEUWARDEN\n\nlocatie Leeuwarden", "Gerechtshof Arnhem-Leeuwarden"),
        ("CENTRALE RAAD VAN BEROEP\n\nUitspraak op het hoger beroep", "Centrale Raad van Beroep"),
    ],
)
def test_a_court_in_capitals_heads_its_ruling(text: str, court: str) -> None:
    assert court in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De afdeling bestuursrecht van de gemeente behandelt het bezwaar.",
        "HET BESLUIT VAN DE RECHTBANK IS DEFINITIEF.",  # the word alone, no court's name
        "De AFDELING JURIDISCHE ZAKEN adviseert.",
    ],
)
def test_no_court_from_near_names(text: str) -> None:
    found = organisations(text)
    assert "Raad van State" not in found
    assert not [o for o in found if o.startswith(("Rechtbank", "Gerechtshof"))]
