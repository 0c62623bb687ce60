"""What a blind set of answers and letters on kinderopvang, Defensie, Douane, zorgverzekering,
jeugdbescherming, sancties, AI, erfgoed, ggz, cybersecurity, huur and ontwikkelingshulp showed
(gold38): a code of law spelled out before its abbreviation is no body; a yearly picture or
monitor 'of Nederland' is a publication, no body; armed bodies named in English end in 'Forces';
firms of the web and of software are named after their trade word. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations

# -- a code of law before its abbreviation is no body ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De regels staan in het Douanewetboek van de Unie (DWU) en gelden overal.",
        "Dit volgt uit het Burgerlijk Wetboek van de Unie (BWU) niet.",
    ],
)
def test_a_code_of_law_is_no_body(text: str) -> None:
    assert not [o for o in organisations(text) if "etboek" in o]


def test_a_union_spelled_out_before_its_abbreviation_is_still_a_body() -> None:
    # near miss: the body's word 'unie' with no law's word beside it
    found = organisations("Het bestuur van de Coöperatieve Werkgevers Unie (CWU) vergaderde.")
    assert any("Werkgevers Unie" in o for o in found)


# -- a picture, monitor or survey 'of Nederland' is a publication's title -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Met deze brief ontvangt u het Cybersecuritybeeld Nederland 2024 van het NCSC.",
        "Het Dreigingsbeeld Terrorisme Nederland verschijnt twee keer per jaar.",
        "De Woonmonitor Nederland laat een daling zien.",
        "Uit de Energieverkenning Nederland blijkt dat het verbruik daalt.",
    ],
)
def test_a_publication_of_nederland_is_no_body(text: str) -> None:
    assert not [o for o in organisations(text) if o.endswith("Nederland")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het advies van Zorginstituut Nederland volgt in mei.", "Zorginstituut Nederland"),
        ("Volgens Bouwend Nederland stijgen de kosten.", "Bouwend Nederland"),
    ],
)
def test_a_body_of_nederland_stays_a_body(text: str, body: str) -> None:
    assert body in organisations(text)


# -- armed bodies named in English end in 'Forces' ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De aanval kwam van de Rapid Support Forces in Darfur.", "Rapid Support Forces"),
        ("Volgens de Syrian Democratic Forces is het kamp overvol.", "Syrian Democratic Forces"),
    ],
)
def test_forces_heads_an_armed_body(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De special forces van de landmacht oefenden in het noorden.",
        "De Forces in het gebied zijn sterk verdeeld.",  # the head alone names none
    ],
)
def test_forces_alone_or_in_lower_case_names_no_body(text: str) -> None:
    assert not [o for o in organisations(text) if "orces" in o]


# -- a firm named after its trade word; 'software van X' names no firm (X may be an app) ----------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Volgens vergelijkingssite Pricewise stappen minder mensen over.", "Pricewise"),
        ("Gemeenten werken samen met softwareleverancier Mintlab uit Leiden.", "Mintlab"),
        ("De webwinkels Fonq en Otto verkopen het apparaat.", "Fonq"),
    ],
)
def test_a_firm_after_its_trade_word(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De software van de leverancier bleek verouderd.",
        "De software van Nederland is niet beter dan die van elders.",  # a place
        "Het lek zat in de software van Zorgmail die artsen gebruiken.",  # an app or its maker
        "Een vergelijkingssite Voor iedereen bestaat niet.",  # a sentence's word
    ],
)
def test_no_firm_after_a_trade_word_without_a_name(text: str) -> None:
    found = organisations(text)
    assert "Nederland" not in found
    assert "Voor" not in found
    assert "Zorgmail" not in found
    assert not [o for o in found if o.startswith("Voor")]


# -- sourced rows (curated-gold38-2026) -----------------------------------------------------------


def test_listed_data_centre_and_response_team() -> None:
    assert "Vektis" in organisations("Volgens de cijfers van Vektis groeit het aantal polissen.")
    found = organisations("Het CSIRT-DSP waarschuwde aanbieders van clouddiensten.")
    assert "Computer Security Incident Response Team voor digitale dienstverleners" in found


def test_data_centre_in_lower_case_is_no_body() -> None:
    # near miss: the row is case-sensitive
    assert "Vektis" not in organisations("de vektis-export bevat fouten")
