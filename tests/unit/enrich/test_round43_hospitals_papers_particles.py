"""What a blind batch of Kamervragen answers and Kamerbrieven showed (gold43): a hospital named by
its name and 'MC'/'UMC' or joined to '-ziekenhuis'; a paper spelled out before an abbreviation
names no body even when a body's word follows ('Verslag Schriftelijk Overleg (VSO)'); a register
line broken off after a particle names no one; a committee's clerk whose line runs on into the
report's contents; the data protection authority under its name before 2016. Sentences are our
own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations

# -- a hospital by its name and 'MC', 'UMC' or '-ziekenhuis' ---------------------------------------


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("Het Wilhelmina MC sluit de spoedeisende hulp in de nacht.", "Wilhelmina MC"),
        ("Patiënten worden overgeplaatst naar Utrecht UMC en Groningen UMC.", "Utrecht UMC"),
        ("De afdeling van het Veluwe-ziekenhuis blijft open.", "Veluwe-ziekenhuis"),
        ("De zorg in het Rijnstate-ziekenhuis is geborgd.", "Rijnstate-ziekenhuis"),
        ("Volgens Limburg UMC+ is de wachttijd gedaald.", "Limburg UMC+"),
    ],
)
def test_hospital_by_name_and_centre(text: str, hospital: str) -> None:
    assert hospital in organisations(text)


@pytest.mark.parametrize(
    ("text", "not_a_hospital"),
    [
        ("Het MC heeft een nieuwe directeur.", "Het MC"),  # an article before the letters
        ("De Brabantse MC werkt samen met de huisartsen.", "Brabantse MC"),  # an adjective
        ("Een Kinder-ziekenhuis is er in de regio niet.", "Kinder-ziekenhuis"),  # a kind
        ("Het Noord-ziekenhuis van de stad gaat dicht.", "Noord-ziekenhuis"),  # a wing
        ("De UMC's werken samen in de NFU.", "De UMC"),  # the kind in plural
    ],
)
def test_no_hospital_from_a_kind_or_an_article(text: str, not_a_hospital: str) -> None:
    assert not_a_hospital not in organisations(text)


# -- a paper spelled out before an abbreviation names no body --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hierbij zend ik u het Verslag Schriftelijk Overleg (VSO) over de ziekenhuiszorg.",
        "In het verslag schriftelijk overleg (VSO) van maart staan de antwoorden.",
        "De Brief Bestuurlijk Overleg (BBO) is als bijlage gevoegd.",
    ],
)
def test_paper_before_abbreviation_is_no_body(text: str) -> None:
    assert not [
        e for e in enrich_one(text) if e.type == "organization" and e.text in ("VSO", "BBO")
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het Bestuurlijk Overleg Waddenzee (BOW) kwam bijeen.", "Bestuurlijk Overleg Waddenzee"),
        ("Het Landelijk Afstemmings Team (LAT) adviseerde.", "Landelijk Afstemmings Team"),
    ],
)
def test_body_before_abbreviation_still_named(text: str, body: str) -> None:
    assert body in organisations(text)


# -- a register line that breaks off after a particle ----------------------------------------------


def test_register_line_broken_off_after_particle_names_no_one() -> None:
    text = "Mede namens de Staatssecretaris van Financiën, De"
    assert not [e for e in enrich_one(text) if e.type == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tweede Kamerlid, Dijk van A. (SP)", "A. van Dijk"),
        ("minister van Financiën, Bos W.J.", "W.J. Bos"),
    ],
)
def test_register_line_with_a_surname_still_names_its_sender(text: str, person: str) -> None:
    assert person in [e.canonical for e in enrich_one(text) if e.type == "person"]


# -- the data protection authority under its former name -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het advies van het College bescherming persoonsgegevens volgt in juni.",
        "Het CBP heeft de verwerking onderzocht.",
    ],
)
def test_former_data_protection_authority(text: str) -> None:
    assert "College bescherming persoonsgegevens" in organisations(text)


def test_planning_office_is_not_the_former_authority() -> None:
    found = organisations("Het CPB raamt de groei op twee procent.")
    assert "College bescherming persoonsgegevens" not in found


# -- a committee's clerk whose line runs on into the report's contents -----------------------------


@pytest.mark.parametrize(
    ("text", "clerk"),
    [
        (
            "De adjunct-griffier van de commissie, Bosman Inhoudsopgave | blz. | I | Vragen",
            "Bosman",
        ),
        ("De griffier van de commissie, Van Dam Inhoud blz. 1", "Van Dam"),
    ],
)
def test_clerk_before_the_contents_on_one_line(text: str, clerk: str) -> None:
    assert clerk in [e.canonical for e in enrich_one(text) if e.type == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "De griffier van de commissie, Inhoudsopgave",  # the name is missing: no one
        "De voorzitter van de commissie,\nInhoudsopgave\nI Vragen en opmerkingen",
    ],
)
def test_contents_word_is_no_clerk(text: str) -> None:
    assert not [e for e in enrich_one(text) if e.type == "person"]


# -- a member firm by its group's listed abbreviation and its own word -----------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("De order voor VDL Nedcar liep in 2023 af.", "VDL Nedcar"),
        ("Passagiers van KLM Cityhopper konden omboeken.", "KLM Cityhopper"),
        ("De perrons zijn van NS Stations, het spoor van ProRail.", "NS Stations"),
        ("Hij sprak met VDL Nedcar\nover de nieuwe order.", "VDL Nedcar"),
    ],
)
def test_member_firm_after_group_abbreviation(text: str, member: str) -> None:
    assert member in organisations(text)


@pytest.mark.parametrize(
    ("text", "not_a_member"),
    [
        ("Dat meldde KLM Vorige week nog niet.", "KLM Vorige"),  # a clause's word
        ("KLM Nieuws\nDe vloot groeit dit jaar.", "KLM Nieuws"),  # a heading alone on its line
        ("Volgens het CBS Statline daalt de werkloosheid.", "CBS Statline"),  # no firm's letters
        ("Het toestel van KLM Amsterdam vertrok laat.", "KLM Amsterdam"),  # a place after it
        ("Een woordvoerder van KLM Verklaarde Niets.", "KLM Verklaarde"),  # title-cased words
    ],
)
def test_no_member_firm_from_a_word_after_the_letters(text: str, not_a_member: str) -> None:
    assert not_a_member not in organisations(text)
