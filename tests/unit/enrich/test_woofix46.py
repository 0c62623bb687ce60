"""woofix46 (issue #12, point 4): what set W's Woo documents still missed or invented.

Classes: (1) a unit named by two words joined by '&' after 'Team'/'Afdeling' ('Team Advies &
Financiën') keeps the ministry's word as its own; (2) 'Uittreksel KvK' at a checklist line's end
names the Kamer van Koophandel, no register label; (3) 'Generaal' after an office's first half
('Directoraat Generaal', the hyphen left out) and the word-given 'Hart' before 'van' ('Hart van de
Heuvelrug') name no one; (4) 'B.V.' wrapped to the next line in a sentence or glued by OCR to the
name's last word still closes a firm's name, and a short name defined after the glued firm is
that firm. Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, persons_printed


@pytest.mark.parametrize(
    "text",
    [
        "Uw bericht 30 maart 2026 Team Advies & Financiën\n\nKenmerk 21508-2026",
        "Afdeling/Team Advies & Financiën\nBehandeld door",
        "de afdeling Burgerzaken & Financiën van de gemeente",
    ],
)
def test_a_units_name_joined_by_an_ampersand_is_no_ministry(text: str) -> None:
    assert "Ministerie van Financiën" not in bodies(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "de minister van Justitie & Financiën",  # no unit's word before the pair
        "Team Advies en Financiën",  # 'en' may list two: only '&' joins a unit's name
        "het Ministerie van Defensie & Financiën",
    ],
)
def test_a_portfolio_after_an_ampersand_elsewhere_stays_the_ministry(text: str) -> None:
    assert "Ministerie van Financiën" in bodies(text).values()


@pytest.mark.parametrize(
    "text",
    ["Bijlagen\n\n□ Uittreksel KvK\n\n□ Foto's", "stuur een uittreksel van de KvK\nmee"],
)
def test_an_extract_of_the_kvk_names_the_kvk(text: str) -> None:
    assert bodies(text).get("KvK") == "Kamer van Koophandel"


@pytest.mark.parametrize(
    "text", ["Handelsregister KvK\n51048329", "Postbus 12 KvK 51048329", "KvK\n\nPostbus 1"]
)
def test_a_register_label_stays_no_body(text: str) -> None:
    assert "KvK" not in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "('Storingsanalyse' van het Directoraat Generaal van de Arbeid , rapport no. V2)",
        "met de Directeur Generaal van der Berg besproken",
        "In vogelvlucht: Hart van de Heuvelrug: Initiatief van Utrechts Landschap.",
        "het project Hart van Zuid in Rotterdam",
    ],
)
def test_an_offices_half_or_a_heart_of_before_van_is_no_person(text: str) -> None:
    assert persons_printed(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daarna sprak Piet van Dam met de raad.", "Piet van Dam"),
        ("met Jan van de Heuvel besproken", "Jan van de Heuvel"),
    ],
)
def test_a_given_name_before_van_stays_a_person(text: str, name: str) -> None:
    assert name in persons_printed(text)


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "een melding gedaan namens Lankheet\nB.V. een melding volgens",
            "Lankheet\nB.V.",
            "Lankheet B.V.",
        ),
        (
            "aanvraag namens Landgoed Baasdam \nB.V. voor het project",
            "Landgoed Baasdam \nB.V.",
            "Landgoed Baasdam B.V.",
        ),
        (
            "geplaatst door Aannemingsmaatschappij Van GelderB.V. op het plantsoen",
            "Aannemingsmaatschappij Van GelderB.V.",
            "Aannemingsmaatschappij Van Gelder B.V.",
        ),
    ],
)
def test_a_wrapped_or_glued_bv_closes_the_firm(text: str, printed: str, canonical: str) -> None:
    assert bodies(text).get(printed) == canonical


@pytest.mark.parametrize(
    "text", ["Totaal\nB.V. en N.V. samen", "Onderwerp\nB.V. Nederland", "Gillani \nN.V., editors"]
)
def test_a_form_on_the_next_line_outside_a_sentence_closes_nothing(text: str) -> None:
    assert not any(c.endswith(("B.V.", "N.V.")) for c in bodies(text).values())


def test_a_short_name_defined_after_a_glued_firm_is_the_firm() -> None:
    text = (
        "door Aannemingsmaatschappij Van GelderB.V. (hierna: Van Gelder) is geplaatst. "
        "Van Gelder heeft de keten weggehaald."
    )
    assert persons_printed(text) == set()
    assert bodies(text).get("Van Gelder") == "Aannemingsmaatschappij Van Gelder B.V."


@pytest.mark.parametrize(
    "text",
    [
        "Bijlagen\n\n□ Rapport/advies RUD\n\n□ Rapport/advies politie",
        "De RUD heeft het nieuwe gedeelte beoordeeld.",
    ],
)
def test_a_service_named_without_its_region_is_the_bare_rud(text: str) -> None:
    assert bodies(text).get("RUD") == "RUD"


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        ("advies van de RUD Drenthe over", "RUD Drenthe", "Omgevingsdienst Drenthe"),
        ("de RUD Utrecht heeft", "RUD Utrecht", "Omgevingsdienst Utrecht"),
    ],
)
def test_a_service_by_its_region_stays_the_listed_service(
    text: str, printed: str, canonical: str
) -> None:
    assert bodies(text).get(printed) == canonical


def test_a_compound_with_rud_is_no_body() -> None:
    assert "RUD" not in bodies("de RUD-medewerker belde")


def test_a_bare_rud_takes_the_region_its_document_gives() -> None:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    texts = [
        "Bij de Regionale Uitvoeringsdienst Drenthe (RUD) is uw verzoek behandeld.",
        "Geachte medewerker(s) RUD, Geachte Woo-coördinator,",
    ]
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)]
    found = {
        (e.segment_id, e.text, e.canonical)
        for e in enrich(SegmentedDocument(segments=segs))[1]
        if e.type == "organization"
    }
    assert ("s1", "RUD", "Regionale Uitvoeringsdienst Drenthe") in found
