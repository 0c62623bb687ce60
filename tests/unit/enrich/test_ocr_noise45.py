"""Names read among OCR noise are not minted (bench/enrich/ocrjunk45.md): the text stays, the
document's quality says how many were held back, and only pages an OCR engine read are judged."""

from services.enrich.entities.ocrnoise import held_back, noisy
from tests.unit.enrich.found import names_on_page as _names
from tests.unit.enrich.found import on_page as _enriched
from tests.unit.enrich.found import span as _span

# Tesseract's reading of a building drawing: a body's acronym and a 'person' among fragments.
_DRAWING = "NN ci NS ve pee\nAPE Ee EE Ted Sarre, ad Ne ree ar"


def test_names_among_ocr_noise_are_not_minted_and_the_page_says_so() -> None:
    doc = _enriched([_DRAWING])
    assert not {"NS", "Ted Sarre"} & {e.text for e in doc.entities}
    assert doc.segments[0].text == _DRAWING  # the text is kept
    assert doc.metadata.quality is not None
    assert any("page 1: 2 name(s)" in w for w in doc.metadata.quality.warnings)


def test_a_scanners_ocr_layer_is_judged_as_ocr() -> None:
    assert not {"NS", "Ted Sarre"} & _names([_DRAWING], ocr=False, layer=True)


def test_a_text_layer_is_not_judged() -> None:
    doc = _enriched([_DRAWING], ocr=False)
    assert {"NS", "Ted Sarre"} <= {e.text for e in doc.entities}
    assert doc.metadata.quality is None  # no warning added


def test_names_in_sentences_on_an_ocr_page_stay() -> None:
    text = "De NS en het OM hebben op 3 maart overlegd met de heer Ted Sarre over de planning."
    assert {"NS", "OM", "Ted Sarre"} <= _names([text])


def test_a_name_of_real_words_stands_out_of_noise() -> None:
    # a chat screenshot: the status bar is noise, the name of the sender is real
    assert (
        held_back(*_span("nl vodatone © 14:23 en < _y Q , ep hest Jerry Stoker", "Jerry Stoker"))
        is False
    )
    assert held_back(*_span("vodatone © 14:23 en < _y Q , ep Zoe Ki hest", "Zoe Ki")) is True


def test_a_surname_the_document_gives_outside_noise_stays() -> None:
    found = _names(["Met vriendelijke groet, Ted Sarre", "APE Ee EE Sarre, ad Ne ree ar"])
    assert "Sarre" in found


def test_a_table_cell_is_a_finds_line() -> None:
    row = "Drenthe | mm 1.057 | a 215.5 | ats | ee ree | Wy"
    assert noisy(*_span(row, "Drenthe")) is False  # alone in its cell: nothing to judge
    assert noisy(*_span("ee ree Wy AD Sah ron", "AD")) is True


def test_short_lines_and_lists_are_not_judged() -> None:
    assert noisy(*_span("at AD,", "AD")) is False
    assert noisy(*_span("2. IVN, LTO, Media, landbouwcollectieven, NMF ...", "LTO")) is False
    assert noisy(*_span("RE Fwd Mail RIVM | 2413941 | Deels Openbaar", "RIVM")) is False


def test_a_person_without_initials_needs_cleaner_neighbours() -> None:
    # a dashboard's misread print: given name and word, half the neighbours noise
    line = "Type localie @ Bimneniregic Buiten regio TH «see Mos ees Ise Thisbemonster"
    assert held_back(*_span(line, "Ise Thisbemonster"), person=True) is True
    assert held_back(*_span(line, "Ise Thisbemonster")) is False  # as an organisation: strong
    # initials say a person was printed
    assert (
        held_back(*_span("d.' 1V Ren^e I. Bergsma en Karei Looliui", "I. Bergsma"), person=True)
        is False
    )
