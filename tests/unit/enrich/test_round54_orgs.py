"""What a blind batch of national, stakeholder and media texts showed (orgs54): bodies no list
holds and no kind word announces. A compound kind before a national name ('Branchevereniging X
Nederland'), an association's compound before an unknown abbreviation ('belangenvereniging X'), a
defined name over commas and 'van' after its head ('Vereeniging van A, B en C (ABC)'), unknown
CamelCase or capitals in a body's slot ('namens de X', 'samen met X', 'lid van X'), a CamelCase
name the text's own web address spells, a label's firm ('Bedrijf: X'), a listed body's youth wing,
and a listed body after 'en' closing a list. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def _bodies(text: str) -> set[str]:
    return {e.text for e in enrich_one(text) if e.type == "organization"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Branchevereniging Techniek Nederland vreest voor de planning.", "Techniek Nederland"),
        ("Koepelorganisatie Sociaal Werk Nederland is tevreden.", "Sociaal Werk Nederland"),
    ],
)
def test_a_compound_kind_before_a_national_name_is_no_part_of_it(text: str, body: str) -> None:
    found = _bodies(text)
    assert body in found
    assert not any(f.startswith(text.split()[0]) for f in found)


def test_a_compound_kind_before_an_unknown_name_stays_the_name() -> None:
    assert "Woningbouwvereniging Ons Huis" in _bodies("Woningbouwvereniging Ons Huis bouwt meer.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Daarop reageert belangenvereniging KVBZ teleurgesteld.", "KVBZ"),
        ("Ook de werkgeversfederatie WFHN laat weten dat het kan.", "WFHN"),
    ],
)
def test_an_association_compound_before_an_abbreviation_names_it(text: str, body: str) -> None:
    assert body in _bodies(text)


def test_a_bare_association_word_in_a_table_names_nothing() -> None:
    assert not _bodies("Kosten federatie Totaal 2023 en 2024")


def test_a_defined_name_goes_over_commas_and_van_after_its_head() -> None:
    text = (
        "Zij spreekt voor de Vereeniging van Handelaren, Makers en Importeurs op Zeegebied "
        "(VHMIZ). De VHMIZ is tegen."
    )
    found = _bodies(text)
    assert "Vereeniging van Handelaren, Makers en Importeurs op Zeegebied" in found
    assert "VHMIZ" in found


def test_a_law_defined_over_commas_is_no_body() -> None:
    text = "De Wet toezicht, handhaving en aanpak onderwijs (WTHAO) geldt. De WTHAO is nieuw."
    assert not _bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De brief werd overhandigd namens de NVKO.", "NVKO"),
        ("Zij is sinds maart lid van NLBouwtech en van de VVD.", "NLBouwtech"),
        ("Wij schreven samen met Mothers Against Hunger een oproep.", "Mothers Against Hunger"),
        ("De petitie is ondertekend door de KVLW.", "KVLW"),
    ],
)
def test_an_unknown_name_in_a_body_slot_is_a_body(text: str, body: str) -> None:
    assert body in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Namens de VVD-fractie dien ik een motie in.",
        "Zij is lid van de RvT van de school.",
        "Wij werken samen met Jan de Vries aan het plan.",
        "De memorie staat op www.NVKO.nl en elders.",
    ],
)
def test_a_slot_holding_no_unknown_body_name_reads_none(text: str) -> None:
    assert not {b for b in _bodies(text) if b in ("VVD-fractie", "RvT", "Jan de Vries", "NVKO")}


def test_a_camelcase_name_that_its_own_address_spells_is_a_body() -> None:
    text = "Gisteren heeft KlaarOverLast een oproep gedaan (zie klaaroverlast.nl/oproep)."
    assert "KlaarOverLast" in _bodies(text)


def test_a_camelcase_name_that_speaks_is_a_body() -> None:
    assert "BuurtVeilig" in _bodies("BuurtVeilig vreest dat de maatregel te laat komt.")


def test_a_firm_after_its_label_on_one_line() -> None:
    text = "Penningmeester\nDe heer K. Smeets\nBedrijf: Zuidelijke Zuivel Holding Europe\n"
    assert "Zuidelijke Zuivel Holding Europe" in _bodies(text)


def test_a_listed_body_youth_wing_is_the_wing() -> None:
    found = _bodies("Ook FNV Jong en CNV Jongeren tekenden de oproep.")
    assert {"FNV Jong", "CNV Jongeren"} <= found
    assert "CNV" not in found


def test_a_listed_body_after_en_closes_the_name_before_it() -> None:
    text = (
        "Getekend door onder andere het Nederlands Centrum voor Vredeskunde en Amnesty "
        "International."
    )
    found = _bodies(text)
    assert "Amnesty International" in found
    assert not any(f.endswith("en Amnesty International") for f in found)


def test_a_committee_portfolio_ending_in_a_ministry_short_name_is_not_cut() -> None:
    found = _bodies("Commissie Bestuurlijke en Economische Zaken\n\nVoorzitter Anna Pieters")
    assert "Commissie Bestuurlijke" not in found
