"""Short names noise spells on an OCR-read page are not minted (bench/enrich/ocrnoise47.md): an
acronym or a law's short form among no words ('AD iS) SUES'), a person of two short words
beside noise (codes 'S1a S1a' read 'Sia Sta'); the same in a sentence, beside a number or an
address, written out in the document, or on a text layer, stays."""

import pytest

from services.enrich.entities.ocrnoise import among_no_words, short_held, short_name
from tests.unit.enrich.found import names_on_page as _found
from tests.unit.enrich.found import on_page as _enriched
from tests.unit.enrich.found import span as _span

# Tesseract's readings of set O's pages (a map's legend, a dotted leader, a table of codes).
# set O read 'AD iS) SUES'; a bare 'AD' now needs a sign of the press on any layer
# (orgsW47's paperletters), so the legend is tested with a ministry's letters
_MAP = "EZ iS) SUES"
_LEGEND = " | Upp | SANS Sv:\nVegetatiekartering 2014"
_LEADER = (
    "Aten neen nessa nrecseenseneseeeees SORA eLSCOASCRE RS OPES DODEETeEORO NOS EDESES SORE "
    "Rear ee esebeseednnetacccesvrsasesecneeeee"
)
_CODES = "Matig Sia Sta is 16-RG5 als Blonde zegge en Vlozegge ontbreken"


@pytest.mark.parametrize(
    ("text", "found"), [(_MAP, "EZ"), (_LEADER, "NOS"), (_LEGEND, "Sv"), (_CODES, "Sia Sta")]
)
def test_a_short_name_noise_spells_is_found_on_a_text_layer(text: str, found: str) -> None:
    # the finders do mint these: what the gate holds is theirs
    assert found in _found([text], ocr=False)


@pytest.mark.parametrize(
    ("text", "found"), [(_MAP, "EZ"), (_LEADER, "NOS"), (_LEGEND, "Sv"), (_CODES, "Sia Sta")]
)
def test_on_an_ocr_read_page_it_is_not_minted_and_the_page_says_so(text: str, found: str) -> None:
    doc = _enriched([text])
    assert found not in {e.text for e in doc.entities}
    assert doc.segments[0].text == text  # the text is kept
    assert doc.metadata.quality is not None
    assert any(w.startswith("page 1: ") and "OCR noise" in w for w in doc.metadata.quality.warnings)


def test_a_short_name_in_a_sentence_stays() -> None:
    text = "De NS en het OM hebben met de SER overlegd; artikel 12 Sv is van toepassing."
    assert {"NS", "OM", "SER"} <= _found([text])


def test_a_short_name_beside_a_number_or_an_address_stays() -> None:
    assert not among_no_words(*_span("| 5-4-2017 | Deels openbaar. | 10.2.e Wob. |", "Wob"))
    assert not among_no_words(*_span("LinkedIn IGJ<https://www linkedin.com/company/igj>", "IGJ"))


def test_a_short_name_the_document_writes_out_stays() -> None:
    logo = "VU¥ == FETHINK ee"  # a logo's letters read among noise
    assert among_no_words(*_span(logo, "VU"))
    assert "VU" in _found([logo], ocr=False)
    assert "VU" not in _found([logo])
    # noise spells an acronym, never its long form as well
    assert "VU" in _found([logo, "Athena Institute, Vrije Universiteit Amsterdam"])


def test_a_list_of_acronyms_is_no_noise() -> None:
    assert not among_no_words(*_span("RIVM KNMI CBS NS ProRail TenneT", "NS"))


def test_short_persons_in_sentences_and_with_initials_stay() -> None:
    # a short lower-case word is no noise ('zei'), and initials are no short name
    assert not short_held(*_span("Wethouder Jan Bos zei dat", "Jan Bos"), "person")
    assert not short_name("J. de Koning", person=True)
    assert not short_name("Van den Berg", person=True)
    assert short_name("Nic Nid Oude", person=True)


def test_longer_names_are_no_short_names() -> None:
    assert not short_name("RIVM", person=False)
    assert not short_name("Staatsbosbeheer", person=False)
    assert short_name("Sv", person=False)
