"""Round orgs58 (issue #12): what a blind batch of real PDFs (Woo-released ministry mails, notes,
minutes, an agenda, a questionnaire; provincial letters) showed: a postcode's letters after a
street whose number OCR lost, a scan's stray capitals after a region's name, a ministry's
portfolio with a misread word, abbreviations defined with small letters or 'hierna:', two capitals
beside a Woo ground, and bodies signed for by their abbreviation ('namens', 'on behalf of').
Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies as _bodies


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        # a mixed-case abbreviation defined after its body, also after 'hierna:'
        (
            "De Raad voor Accreditatie (RvA) keurt de laboratoria. De RvA zei dat.",
            "RvA",
            "Raad voor Accreditatie",
        ),
        (
            "De Stichting Beheer Kinderopvang (hierna: SBkO) zei dat. Ook de SBkO schreef.",
            "SBkO",
            "Stichting Beheer Kinderopvang",
        ),
        (
            "Het Centraal Bureau Fondsenwerving (hierna te noemen: CBF) keurde het. Het CBF ook.",
            "CBF",
            "Centraal Bureau Fondsenwerving",
        ),
        # signed for: 'namens', 'on behalf of' (a doubled 'of' as OCR printed it)
        ("De brief is namens ZKV en LFB gestuurd.", "ZKV", "ZKV"),
        ("Thank you, on behalf of ENPEN and ESCV.", "ESCV", "ESCV"),
        ("Thank you, the behalf of of ENPEN and ESCV.", "ENPEN", "ENPEN"),
        # a region's name before a logo's stray capitals
        (
            "Bezoekadres: Groenewoudseweg 275, Nijmegen GGD Gelderland-Zuid YG GD}",
            "GGD Gelderland-Zuid",
            None,
        ),
        # a firm's name of two trades joined by 'en' before its legal form
        (
            "De opdracht ging naar Management en Marketing Consultants BV (MMC BV).",
            "Management en Marketing Consultants BV",
            None,
        ),
        (
            "Het contract met Bouw en Techniek Groep B.V. liep af.",
            "Bouw en Techniek Groep B.V.",
            None,
        ),
        ("Omwonenden van KLM en Transavia BV.", "Transavia BV", None),
        # a list's members of two more shapes: a name and an abbreviation, a royal association
        ("Overleg met VNO-NCW, Bouwend Nederland, Zorg-NL en Uneto-VNI.", "Uneto-VNI", None),
        ("Brieven van Aedes, Woonbron, Vestia en Stek-NL.", "Stek-NL", None),
        (
            "Het gaat om leden van Koninklijke Metaalunie, Techniek Nederland en VNO-NCW.",
            "Koninklijke Metaalunie",
            None,
        ),
        # the rule leaves a listed body beside a Woo ground after an article
        ("Volgens het OM 5.1.2e is de zaak geseponeerd.", "OM", "Openbaar Ministerie"),
    ],
)
def test_found(text: str, printed: str, canonical: str | None) -> None:
    found = _bodies(text)
    assert printed in found, found
    if canonical is not None:
        assert found[printed] == canonical


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # a postcode's letters after a street whose house number OCR lost: no Algemene Zaken
        ("Stadsplateau 3521 AZ Utrecht Postbus 2518", "AZ"),
        ("Stadsplateau 3521 AZ Utrecht Postbus 2518", "AZ Utrecht"),
        # a misread word of a ministry's portfolio is no body of a list
        ("Ministerie van Volksgezondheid, Welziin en Sport Directie Langdurige zorg", "Welziin"),
        # two capitals a redaction box's black was read as
        ("Nu ook EY 5.1.26", "EY"),
        ("Halo [EY", "EY"),
        # a compound of an abbreviation and a word is no body of a list
        ("De VNG, het IPO, COVID-19 en NL-Alert.", "NL-Alert"),
        ("Gesprekken met Aedes, Woonbron, Noord-Holland en Zuid-Holland.", "Noord-Holland"),
        # 'namens' before a law's abbreviation
        ("Ik schrijf namens de AVG-functionaris.", "AVG"),
    ],
)
def test_not_found(text: str, printed: str) -> None:
    assert printed not in _bodies(text)


def test_a_year_before_capitals_stays_a_sentence() -> None:
    """'In 2020 GS Utrecht': a year after a word, not a postcode: the body is read."""
    assert _bodies("In 2020 GS Utrecht besloot het college.").get("GS") == "Gedeputeerde Staten"


def test_a_ministry_then_a_list_of_bodies() -> None:
    """'Ministerie van VWS, X en Y': the ministry's listed name does not go on with 'X'."""
    found = _bodies("Gesprekken met het Ministerie van VWS, Vilanz, Zorgstim en de ANWB.")
    assert "Vilanz" in found and "Zorgstim" in found


def test_a_region_of_three_words_keeps_them() -> None:
    found = _bodies("De Veiligheidsregio Zuid-Holland Zuid oefende.")
    assert "Veiligheidsregio Zuid-Holland Zuid" in found
