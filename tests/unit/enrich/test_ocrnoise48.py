"""What Tesseract reads in a scanned Woo decision's furniture is not minted as a name
(bench/enrich/ocrnoise48.md): a ruling's label 'LJN' read 'UN' before its code, and a redaction
box read as a short name ('van EY zonder', 'mevrouw Ti') in a document whose names were blacked
out. The same on a text layer, a body's number after its label, a name the document repeats or
writes out, and a document without boxes, stays."""

import pytest

from services.enrich.entities.ocrnoise import code_label, redacted
from tests.unit.enrich.found import names_on_page as _found
from tests.unit.enrich.found import on_page as _enriched
from tests.unit.enrich.found import span as _span

# Tesseract's readings of set O48's pages (Amsterdam's and the NVWA's scanned releases).
_RULINGS = (
    "Deze handelwijze is in lijn met de vaste lijn in de jurisprudentie van de bestuursrechter "
    "(uitspraken van de Afdeling bestuursrechtspraak van de Raad van State: 28 juli 2007 "
    "(UN: BAg807); 19 december 2012 (UN: 5Y6746) en 12 juni 2013 (zaaknr. 201112236/1/A3)."
)
_BOXED = [
    "-Droplikorette van BEN met een gouden dop, vermoedelijk zijn deze kruiken geleverd in 2018.",
    "-Bierworst van EY zonder partijcodering en NAW-gegevens exploitant, EG-nummer, sticker over "
    "originele sticker geplakt.",
    "De heer J kon mij geen procedure tonen waaruit bleek dat de partijcodes gecontroleerd werden.",
    "De heer verklaarde dat hij soms wel vers fruit uit Zeeland in koopt.",
]
_MEVROUW = [
    "Geachte heer| SSS,",
    "In uw e-mail van 29 november 2019 hebt u bevestigd, dat u de e- mails van de heer” reeds in "
    "bezit heeft. Dit betreft met name de correspondentie die mevrouw |) stadsdeel Noord) heeft "
    "gevoerd met mevrouw Ti (HHNK) m.b.t. de weigering van de omgevingsvergunning.",
]


# 'UN' before a ruling's code is held on any layer since wooprec48 (a text layer made by the
# producer's OCR carries the same misreading: entities/releaseframe.py), so not by the gate.
def test_a_ruling_label_is_no_body_on_either_layer() -> None:
    assert "UN" not in _found([_RULINGS], ocr=False)
    assert "UN" not in {e.text for e in _enriched([_RULINGS]).entities}
    assert [s.text for s in _enriched([_RULINGS]).segments] == [_RULINGS]


@pytest.mark.parametrize(("texts", "found"), [(_BOXED, "EY"), (_MEVROUW, "Ti")])
def test_the_finders_mint_these_on_a_text_layer(texts: list[str], found: str) -> None:
    assert found in _found(texts, ocr=False)


@pytest.mark.parametrize(("texts", "found"), [(_BOXED, "EY"), (_MEVROUW, "Ti")])
def test_on_an_ocr_read_page_they_are_not_minted_and_the_page_says_so(
    texts: list[str], found: str
) -> None:
    doc = _enriched(texts)
    assert found not in {e.text for e in doc.entities}
    assert [s.text for s in doc.segments] == texts  # the text is kept
    assert doc.metadata.quality is not None
    assert any(w.startswith("page 1: ") and "OCR noise" in w for w in doc.metadata.quality.warnings)


def test_a_ruling_label_is_a_code_of_letters_and_digits_after_a_colon() -> None:
    assert code_label(*_span("(UN: 5Y6746)", "UN"))
    assert code_label(*_span("28 juli 2007 (UN: BA9807);", "UN"))
    # OCR's other readings of the code: a letter split, a dot, a blank (ocrjunk45's scans)
    assert code_label(*_span("18 juli 2007 (UN: I3A98o7); 19 december", "UN"))
    assert code_label(*_span("19 december 2012 (UN: 5Y674.6) en", "UN"))
    assert code_label(*_span("AbRS van 11 april 2012, UN:BW 1556, zaaknummer", "UN"))
    # a body's number after its label is digits only; a year or a word is no ruling's code
    assert not code_label(*_span("KvK: 09125050", "KvK"))
    assert not code_label(*_span("de VN: 2019 was een goed jaar", "VN"))
    assert not code_label(*_span("de VN: verenigd", "VN"))
    assert not code_label(*_span("(Verenigde Naties: BA9807)", "Verenigde Naties"))


def test_a_body_named_before_its_number_or_a_longer_code_stays() -> None:
    assert {"OM"} <= _found(["Het parket van het OM: 12345678 behandelt de zaak."])
    assert {"NS"} <= _found(["Zie de brief van de NS: 2019A12 over de dienstregeling."])


def test_a_document_is_redacted_by_titles_without_a_name() -> None:
    assert redacted("\n".join(_BOXED))
    assert redacted("\n".join(_MEVROUW))
    # a title's generic pair, a particle, initials or a name: no box
    for text in (
        "Geachte heer/mevrouw, de heer van Dijk en mevrouw De Vries",
        "de heer J. Jansen en mevrouw A. Smit; de heer en mevrouw Bos",
        "mevrouw Ollongren, de heer Van Aartsen en de heer Van der Burg",
        "de heer in kwestie; de heer mr. Smit",
        "Met vriendelijke groet, De heer\nJ. Jansen; mevrouw\nA. Smit",
    ):
        assert not redacted(text)


def test_without_boxes_a_short_name_in_a_sentence_stays() -> None:
    # the same sentence in a document whose names are printed
    texts = [_BOXED[1], "De heer J. de Vries kon mij geen procedure tonen."]
    assert "EY" in _found(texts)


def test_a_short_name_the_redacted_document_repeats_or_writes_out_stays() -> None:
    assert "EY" in _found([*_BOXED, "Het rapport van EY is bijgevoegd."])
    kvk = "Het bedrijf moet ingeschreven worden bij de KvK."
    # given once, beside the boxes, an acronym is held (the price of the rule) ...
    assert "KvK" not in _found([*_BOXED, kvk])
    # ... unless the document writes it out: noise never spells the long form as well
    assert "KvK" in _found([*_BOXED, kvk, "Het staat niet in de Kamer van Koophandel."])
