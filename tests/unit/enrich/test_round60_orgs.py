"""Round orgs60 (issue #12): a body named again by less of its name (at a hyphen compound's head,
by its kind's word alone after 'de'), a listed abbreviation-word with its hyphen dropped, a
municipality's executive without 'college van', and three false finds (a mail's forward prefix after
an attachment's name, a side column's label after an addressee, a signer's function line).
Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import bodies as _bodies
from tests.unit.enrich.found import enrich_one


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich_one(text) if e.type == "organization"]


def test_a_forward_prefix_after_an_attachments_name_is_no_body() -> None:
    text = "kaart.png overzicht.ipg EW: stand van zaken.eml"
    assert "EW" not in _bodies(text)


def test_a_body_after_a_file_name_without_a_colon_stays() -> None:
    assert "RIVM" in _bodies("Zie bijlage.pdf RIVM stuurde de cijfers gisteren.")


def test_a_side_columns_label_ends_the_addressee() -> None:
    found = _bodies("Gemeente Zwolle IBAN T.a.v. de afdeling Belastingen")
    assert "Gemeente Zwolle IBAN" not in found
    assert found.get("Gemeente Zwolle") == "Gemeente Zwolle"


@pytest.mark.parametrize(
    ("text", "printed", "listed"),
    [
        ("Het protocol van de VOraad geldt sinds maandag.", "VOraad", "VO-raad"),
        ("Ook de MBOraad stemde in met het plan.", "MBOraad", "MBO-raad"),
    ],
)
def test_a_listed_abbreviation_word_without_its_hyphen(
    text: str, printed: str, listed: str
) -> None:
    as_listed = _bodies(text.replace(printed, listed))[listed]
    assert _bodies(text).get(printed) == as_listed


def test_a_body_standing_alone_is_named_at_a_compounds_head_too() -> None:
    text = "Het RIVM publiceerde de cijfers. Volgens het RIVM-rapport daalt het aantal."
    rivm = [m for m in _mentions(text) if m[0] == "RIVM"]
    assert len(rivm) == 2
    assert {c for _, c in rivm} == {"Rijksinstituut voor Volksgezondheid en Milieu"}


def test_a_longer_name_at_a_compounds_head_in_another_case() -> None:
    text = "ActiZ reageerde op de brief. In het Actiz-bericht staat de oproep."
    assert ("Actiz", "ActiZ") in _mentions(text)


def test_a_compound_alone_names_no_body() -> None:
    # what the body makes names it alone too (letters62: 'het RIVM-rapport'); what the compound
    # is about does not
    assert _mentions("De RIVM-maatregelen golden gisteren.") == []


def test_the_unions_compounds_say_where_not_who() -> None:
    text = "De EU stelt regels. EU-tegenpartijen en EU-burgers merken dat; de OESO-richtlijnen ook."
    assert [m for m in _mentions(text) if m[0] == "EU"] == [("EU", "Europese Unie")]


def test_a_compound_across_segments() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(id="s1", kind="paragraph", page=1, text="Het RIVM telde de gevallen."),
            Segment(id="s2", kind="paragraph", page=1, text="Het RIVM-rapport verscheen later."),
        ]
    )
    found = [(e.segment_id, e.text) for e in enrich(doc)[1] if e.type == "organization"]
    assert ("s2", "RIVM") in found


def test_de_rekenkamer_is_the_court_the_document_names_in_full() -> None:
    text = "De Algemene Rekenkamer onderzocht de uitgaven. Volgens de Rekenkamer klopt het niet."
    assert ("Rekenkamer", "Algemene Rekenkamer") in _mentions(text)


def test_de_raad_is_the_one_council_the_document_names() -> None:
    text = "De Raad van State adviseerde negatief. De Raad vindt de toelichting te mager."
    assert ("Raad", "Raad van State") in _mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # two councils: 'de Raad' could be either
        "De Raad van State en de Raad voor Cultuur adviseerden. De Raad vond het te mager.",
        # a paper on the Union: 'de Raad' may be the Council of the EU
        "De Raad van State adviseerde. De Europese Commissie en de Raad willen meer tijd.",
        # a council beside a gemeenteraad
        "De Raad van State oordeelde. De gemeenteraad en de Raad spraken erover.",
    ],
)
def test_de_raad_left_alone_where_another_may_be_meant(text: str) -> None:
    assert not [m for m in _mentions(text) if m[0] == "Raad"]


def test_a_name_that_goes_on_is_no_bare_head() -> None:
    text = "De Algemene Rekenkamer en de Rekenkamer Metropool Amsterdam rapporteerden."
    assert ("Rekenkamer", "Algemene Rekenkamer") not in _mentions(text)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Met vriendelijke groet,\nBurgemeester en Wethouders van Amsterdam Namens deze,",
            "Burgemeester en Wethouders van Amsterdam",
        ),
        (
            "Het besluit van burgemeester en wethouders van Amsterdam is bekendgemaakt.",
            "burgemeester en wethouders van Amsterdam",
        ),
    ],
)
def test_the_executive_without_college_van_is_the_municipality(text: str, printed: str) -> None:
    assert _bodies(text).get(printed) == "Gemeente Amsterdam"


def test_the_college_van_b_en_w_still_read() -> None:
    assert _bodies("Het college van B&W van Utrecht besloot.") == {
        "college van B&W van Utrecht": "Gemeente Utrecht"
    }


def test_a_signers_function_line_is_no_body() -> None:
    text = "Met vriendelijke groet,\nSenior-medewerker Vergunningen Centrum"
    assert _bodies(text) == {}


def test_a_body_named_after_a_function_stays() -> None:
    text = "Hoofd Publiekrecht van het Nederlands Forensisch Instituut"
    assert "Nederlands Forensisch Instituut" in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Bezoekadres Stationsplein 1",
        "| gemeente Persoonsgegevens |",
        "Gemeente Provincie Website",
        "Gemeente B&W",
    ],
)
def test_a_label_or_a_kind_after_gemeente_is_no_place(text: str) -> None:
    assert _bodies(text) == {}


def test_a_place_after_gemeente_before_a_label_stays() -> None:
    assert _bodies("Gemeente Zwolle Bezoekadres Grote Markt 20") == {
        "Gemeente Zwolle": "Gemeente Zwolle"
    }
