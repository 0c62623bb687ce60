"""A visible text layer whose font has a wrong character map is read again by OCR.

The page shows a letter, pdfium reads "\\x15 '3A=B?/2?3@" (fixtures/scrambled_fonts.py). Such a
layer is judged by the characters no text holds (control characters, private-use code points)
on top of the plausibility the hidden-layer check uses, so that tables of codes, file names and
other scripts, which also score low, keep their exact text. OCR's reading replaces the layer only
when it is more plausible; either way the page is marked degraded and a warning names it.
"""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium
import pytest
from prometheus_client import CollectorRegistry
from reportlab.pdfgen.canvas import Canvas
from structlog.testing import capture_logs

from services.segment.layout.words import PageRuns, Run
from services.segment.ocr_jobs import plan_document
from services.segment.scan.text_layer import (
    GARBAGE_KEPT,
    GARBAGE_READ_BY_OCR,
    plausibility,
    unknown_codes,
    visible_layer_is_garbage,
)
from services.segment.segmenter import OcrReader, segment_pdf
from services.segment.stage_logic import QualityMetrics
from stukken.contracts import SegmentedDocument
from tests.fixtures.scrambled_fonts import BODY, HEADINGS, letter

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

# pdfium's reading of the first lines of a Wob decision whose subset Verdana has a wrong map
SCRAMBLED = (
    "\x15 '3A=B?/2?3@ &=@A0B@ \r \x0b\x0b\x0e \x11 \r \x1a\x1b -D=::3 \x1a/AB; \x0e =9A=03? "
    "\x0b \x0b \x183A?34A \x183@:B7A => BD ,=0 +3?5B<<7<53< 3< \x1e/<26/C7<5 \x05\r\x1f \x19 "
    "\x0e =9A=0 3? \x0b \x0b )2>4A;;6;42; 2; \x1c.;15.B6;4 \x05\x0c\x1e\x1f\x18 \x15\x17 \x06"
)


def _text(pdf: bytes) -> str:
    return pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()


def _body(doc: SegmentedDocument) -> str:
    return " ".join(s.text for s in doc.segments)


def test_a_scrambled_font_reads_as_garbage() -> None:
    assert visible_layer_is_garbage(SCRAMBLED)
    assert visible_layer_is_garbage(_text(letter("shifted")))
    assert not visible_layer_is_garbage(_text(letter("good")))


@pytest.mark.parametrize(
    "text",
    [
        # the contents of release notes listing data layers: plausibility 0.07
        "AREAALDATA.ecoVerbZone_v ........ 53 AREAALDATA.ecopassage_l ........ 54 "
        "AREAALDATA.electriciteitskabel_l....... 54 AREAALDATA.faunavoorziening_v ..... 56 " * 3,
        # an inventory table's head and rows of split dates
        "peildatum IR_v_kalf IR_m_kalf IR_v_pink IR_m_pinkIR_koe 01Aug2015 38 3 58 0 89 " * 3,
        "24. 12 -06 -2017 15:21 E -mail nota 10.2.e MinEZK MinBuZa 2 4 a 12 -06 -2017 " * 3,
        # another script: no vowel plausibility knows, but no unknown code either
        "Министерство иностранных дел Российской Федерации сообщает следующее " * 4,
        # a list with Word's bullets (private use U+F0B7) in a good text
        "\uf0b7 de aanvraag is op tijd ingediend \uf0b7 de stukken zijn volledig " * 4,
    ],
    ids=["codes", "ir-table", "split-dates", "cyrillic", "bullets"],
)
def test_text_that_scores_low_or_holds_symbols_is_not_garbage(text: str) -> None:
    share, tokens = plausibility(text)
    assert tokens >= 20
    assert share < 0.6 or unknown_codes(text) > 0.01  # each fails one of the two tests alone
    assert not visible_layer_is_garbage(text)


def test_a_few_scrambled_words_are_not_judged() -> None:
    """A stamp, a logo's name: too few tokens to tell a page's layer from its noise."""
    few = " ".join(SCRAMBLED.split()[:12])
    assert unknown_codes(few) > 0.05 and plausibility(few)[0] < 0.6
    assert not visible_layer_is_garbage(few)


@needs_tesseract
def test_a_page_in_a_scrambled_font_is_read_by_ocr_and_marked() -> None:
    doc = segment_pdf(letter("shifted"))
    assert doc.metadata.ocr_pages == [1]
    quality = doc.metadata.quality
    assert quality is not None
    assert [(d.page, d.reason) for d in quality.pages.degraded] == [(1, GARBAGE_READ_BY_OCR)]
    assert [w for w in quality.warnings if w.startswith("page 1: its text layer reads as garbage")]
    text = _body(doc)
    assert "subsidieverlening" in text and "Bezwaarmogelijkheid" in text
    assert "3A:C7B" not in text  # the layer's garbage is gone


@needs_tesseract
def test_a_font_mapped_to_private_use_code_points_is_ocrd_and_marked_too() -> None:
    """No letter at all in the layer: OCR'd as an empty layer is, marked as a garbage one."""
    doc = segment_pdf(letter("private"))
    assert doc.metadata.ocr_pages == [1]
    assert doc.metadata.quality is not None
    assert [d.reason for d in doc.metadata.quality.pages.degraded] == [GARBAGE_READ_BY_OCR]
    assert "subsidieverlening" in _body(doc)


@needs_tesseract
def test_a_page_of_numbers_alone_is_not_a_garbage_layer() -> None:
    """The near miss of the empty-layer case: a page with no letters and no unknown codes."""
    pdf = _numbers_only()
    assert len(_text(pdf).split()) >= 20
    doc = segment_pdf(pdf)
    assert doc.metadata.quality is not None and doc.metadata.quality.pages.degraded == []


def _numbers_only() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for row in range(6):  # a table of numbers and codes: no letter, no unknown code
        y = 800 - 14 * row
        canvas.drawString(72, y, f"{187472 + row}  2021-0418  12.03.2021  1.250,00  {row + 3}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@needs_tesseract
def test_a_good_layer_of_the_same_letter_is_read_as_it_is() -> None:
    doc = segment_pdf(letter("good"))
    assert doc.metadata.ocr_pages == []
    assert doc.metadata.quality is not None and doc.metadata.quality.pages.degraded == []
    text = _body(doc)
    assert all(line in text for line in HEADINGS + [b for b in BODY if b])


@needs_tesseract
def test_one_scrambled_font_among_good_ones_keeps_the_page_layer() -> None:
    """Decided per page: the body's words are exact in the layer; only the headings' font is
    scrambled, and OCR'ing the page would trade the body's exact text for a reading."""
    doc = segment_pdf(letter("one_font"))
    assert doc.metadata.ocr_pages == []
    assert doc.metadata.quality is not None and doc.metadata.quality.pages.degraded == []
    assert "Geachte heer Jansen," in _body(doc)


def _read_as(text: str, ocr: bool = True) -> OcrReader:
    def reader(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        assert why == "text layer is garbage"
        read = [Run(text, 72, 700, 400, 712, 11, False, 700, True)]
        return PageRuns(runs.number, runs.width, runs.height, read if ocr else runs.runs, ocr=ocr)

    return reader


def test_an_ocr_reading_no_better_than_the_layer_keeps_the_layer_and_warns() -> None:
    with capture_logs() as logs:
        doc = segment_pdf(letter("shifted"), ocr_reader=_read_as("l1I ,;. iI| rn~ ^;|m ^ in,. |`i"))
    assert [e["page"] for e in logs if e["event"] == "garbage_text_layer_kept"] == [1]
    quality = doc.metadata.quality
    assert quality is not None
    assert [(d.page, d.reason) for d in quality.pages.degraded] == [(1, GARBAGE_KEPT)]
    assert any(w.startswith("page 1: ") and "the text layer is kept" in w for w in quality.warnings)
    assert "3A:C7B" in _body(doc)  # kept in the body, not lost


def test_the_page_is_counted_in_the_degraded_pages_metric_by_its_reason() -> None:
    doc = segment_pdf(letter("shifted"), ocr_reader=_read_as("Geachte heer Jansen, op 12 maart"))
    registry = CollectorRegistry()
    QualityMetrics(registry).observe(doc.metadata.quality)
    counted = registry.get_sample_value(
        "stukken_segment_degraded_pages_total", {"reason": GARBAGE_READ_BY_OCR}
    )
    assert counted == 1


def test_a_failed_ocr_keeps_the_layer_marked() -> None:
    doc = segment_pdf(letter("shifted"), ocr_reader=_read_as("", ocr=False))
    assert doc.metadata.quality is not None
    assert [d.reason for d in doc.metadata.quality.pages.degraded] == [GARBAGE_KEPT]
    assert doc.metadata.ocr_pages == []


def test_a_better_ocr_reading_replaces_the_layer() -> None:
    doc = segment_pdf(letter("shifted"), ocr_reader=_read_as("Geachte heer Jansen, op 12 maart"))
    assert doc.metadata.quality is not None
    assert [d.reason for d in doc.metadata.quality.pages.degraded] == [GARBAGE_READ_BY_OCR]
    assert _body(doc) == "Geachte heer Jansen, op 12 maart"


def test_the_ocr_fanout_plans_the_page_with_its_own_reason() -> None:
    with capture_logs() as logs:
        _, planned = plan_document(letter("shifted"), None)
    # planning reads nothing, so it has nothing to say about keeping the layer
    assert not any(e["event"] == "garbage_text_layer_kept" for e in logs)
    assert [(p.page, p.why) for p in planned] == [(1, "garbage_text")]
    _, planned = plan_document(letter("good"), None)
    assert planned == []
