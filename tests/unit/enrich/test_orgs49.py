"""orgs49 (issue #12, point 4): organisations in answers to Kamervragen and letters.

Classes read off orgs49's set O49 (answers, questions, letters of 2001-2025) and blind48's misses:
(1) a state secretary's portfolio printed after a dash names the office, not bodies
('Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane'); (2) a name-shaped
body ends before a footnote's number glued after its full stop ('Welkom Onthaal.2'); (3) a long
form headed as a body's name before an abbreviation a list holds by its letters alone is that
body's ('United Nations Relief Works Agency (UNRWA)'), and a body found inside it is no mention;
(4) 'tweede lid van de X' is a law's paragraph, no membership; (5) English long forms headed by a
body's word name the body their abbreviation spells, a regulation's or an act's do not; (6) a
takeover names two firms ('de overname van Ziggo door Liberty Global (UPC)'); (7) spellings the
lists lacked ('Unicef', 'Benelux Unie', 'College financieel toezicht'). Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, enrich_one

# (text, a body that must be found as printed -> its canonical)
FOUND = [
    (
        "Op 2 december is overleg gevoerd met de Algemene Rekenkamer over forfaits.",
        "Algemene Rekenkamer",
        "Algemene Rekenkamer",
    ),
    (
        "Zie de brief aan de Interkerkelijke Coördinatiegroep Welkom Onthaal.2 Die volgt.",
        "Interkerkelijke Coördinatiegroep Welkom Onthaal",
        "Interkerkelijke Coördinatiegroep Welkom Onthaal",
    ),
    (
        "Waarom dicht Nederland de gaten in de begroting van United Nations Relief Works Agency "
        "(UNRWA)?",
        "UNRWA",
        "UNRWA",
    ),
    (
        "De VS gaven het F-35 Joint Program Office (JPO) opdracht toeleveranciers te zoeken.",
        "JPO",
        "Joint Program Office",
    ),
    (
        "Dit gaat over de overname van Ziggo door Liberty Global (UPC) in 2014.",
        "Liberty Global",
        "Liberty Global",
    ),
    ("Dit gaat over de overname van Ziggo door Liberty Global (UPC) in 2014.", "UPC", "UPC"),
    ("Een onderzoek van Unicef naar kinderrechten in azc's.", "Unicef", "UNICEF"),
    ("De samenwerking in het kader van de Benelux Unie is geëvalueerd.", "Benelux Unie", "Benelux"),
    (
        "Dit wordt bezien met de openbare lichamen en het College financieel toezicht.",
        "College financieel toezicht",
        "College financieel toezicht",
    ),
    # a law's paragraph leaves a body named elsewhere in the sentence alone
    (
        "De WHO meldde dit conform artikel 65, tweede lid van de IHR, aan de lidstaten.",
        "WHO",
        "Wereldgezondheidsorganisatie",
    ),
]


@pytest.mark.parametrize(("text", "printed", "canonical"), FOUND)
def test_body_found(text: str, printed: str, canonical: str) -> None:
    assert bodies(text).get(printed) == canonical


_SIGNED = "De Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane, A. Bos"
# (text, what must not be found as an organisation as printed)
NOT_FOUND = [
    # a portfolio after a dash: the office's words, known bodies among them
    (_SIGNED, "Fiscaliteit"),
    (_SIGNED, "Douane"),
    ("met de Staatssecretaris van Financiën - Fiscaliteit en Belastingdienst:", "Belastingdienst"),
    # the long form's first words are UNRWA's name, not the United Nations
    ("de begroting van United Nations Relief Works Agency (UNRWA) dichten", "United Nations"),
    # a law's paragraph and an English regulation or act: no bodies
    ("Dit staat in artikel 65, tweede lid van de IHR, en is bindend.", "IHR"),
    ("amendementen op de International Health Regulations (IHR), een bindende regeling", "IHR"),
    ("sancties onder Countering America's Adversaries Through Sanctions Act (CAATSA).", "CAATSA"),
    # a takeover of a place or by a person, an advice taken over: no firm
    ("de overname van Eneco door Jan Pieters ging niet door", "Jan Pieters"),
    ("de overname van Utrecht door de Fransen", "Fransen"),
    ("de overname van het advies door de Raad van State", "advies"),
    # a footnote-like dot in a web address still ends no name's word
    ("Kijk op www.stichting-welkom.nl voor de Stichting Welkom.", "Stichting Welkom.nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed"), NOT_FOUND)
def test_no_body(text: str, printed: str) -> None:
    assert printed not in bodies(text)


def test_member_of_a_body_still_read() -> None:
    # 'lid van' without an ordinal is membership, as before
    assert "NVOO" in bodies("Zij is lid van de NVOO en schreef mee.")


def test_near_misses_stay_clean() -> None:
    # amounts, dates, a postcode, a phone number and a street beside a portfolio's dash
    text = (
        "Het OVSE-budget voor 2019 bedraagt EUR 138.204.100,–. Bel 070-3485231 of schrijf naar "
        "Bezuidenhoutseweg 67, 2594 AC Den Haag, op 28 maart 2001 – Minister van Defensie."
    )
    orgs = [e.text for e in enrich_one(text) if e.type == "organization"]
    assert orgs == []  # the OVSE only inside a compound: no mention
