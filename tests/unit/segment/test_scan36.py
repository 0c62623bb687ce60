"""scan36: embedded mode reads the pages that need OCR in several threads (services/segment/
ocr_pool.py), with the output of the one-page-after-another reading, byte for byte; a scanner's
invisible layer set a quarter turn is read as lines (layout/line_runs.py)."""

from __future__ import annotations

import io
import shutil
import threading
from concurrent.futures import Future
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment import ocr_pool
from services.segment.layout.words import PageRuns, Run
from services.segment.ocr_pool import PooledReader, needs_ocr, segment_pooled
from services.segment.scan.tesseract import OcrFailed
from services.segment.segmenter import ocr_taken, read_page_runs, segment_pdf
from services.segment.writable import writable
from tests.fixtures.letters import ministry_letter
from tests.fixtures.scanned import image_pdf, scanned_letters

tesseract_needed = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract not installed"
)


def _json(data: bytes, threads: int) -> str:
    doc = segment_pooled(data, threads=threads) if threads > 1 else segment_pdf(data)
    return writable(doc).model_dump_json()


@tesseract_needed
def test_threaded_reading_is_the_sequential_reading() -> None:
    scan = scanned_letters(4)
    assert _json(scan, 2) == _json(scan, 1)
    assert _json(scan, 3) == _json(scan, 1)


@tesseract_needed
def test_a_scan_between_text_pages_reads_as_in_process() -> None:
    """Text pages, then image pages: the look-ahead only hands on the pages that need OCR."""
    letter = ministry_letter().pdf
    pdf = pdfium.PdfDocument(letter)
    pdf.import_pages(pdfium.PdfDocument(image_pdf([letter], 2)))
    pdf.import_pages(pdfium.PdfDocument(letter), [0])
    out = io.BytesIO()
    pdf.save(out)
    data = out.getvalue()
    assert _json(data, 2) == _json(data, 1)


class _Recording(PooledReader):
    """Notes the pages handed to the threads (a subclass: no patching of the module)."""

    def __init__(self, threads: int) -> None:
        super().__init__(threads)
        self.handed: list[int] = []
        self.asked: list[int] = []

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        self.asked.append(runs.number)
        return super().__call__(page, runs, why)

    def _submit(self, page: pdfium.PdfPage, number: int) -> Future[list[Run]]:
        self.handed.append(number)
        done: Future[list[Run]] = Future()
        done.set_result([Run(f"page {number}", 72, 700, 200, 712, 12.0)])
        return done


def test_look_ahead_hands_on_the_next_pages_that_need_ocr_once() -> None:
    letter = ministry_letter().pdf
    pdf = pdfium.PdfDocument(letter)  # 3 text pages
    pdf.import_pages(pdfium.PdfDocument(image_pdf([letter], 3)))  # 3 image pages
    out = io.BytesIO()
    pdf.save(out)
    reader = _Recording(2)
    doc = segment_pdf(out.getvalue(), ocr_reader=reader)
    n = len(pdfium.PdfDocument(letter))
    scans = [n + 1, n + 2, n + 3]
    assert reader.asked == scans
    assert sorted(reader.handed) == scans  # each once, none of the text pages
    texts = {s.text for s in doc.segments}
    assert any(f"page {p}" in t for t in texts for p in scans)


def test_text_pdf_starts_no_thread() -> None:
    before = {t.name for t in threading.enumerate()}
    data = ministry_letter().pdf
    assert _json(data, 2) == _json(data, 1)
    started = {t.name for t in threading.enumerate()} - before
    assert not any(name.startswith("ocr") for name in started)


def test_needs_ocr_is_the_segmenters_decision() -> None:
    letter = ministry_letter().pdf
    assert not needs_ocr(pdfium.PdfDocument(letter)[0], 1)
    assert needs_ocr(pdfium.PdfDocument(image_pdf([letter], 1))[0], 1)


def _page() -> PageRuns:
    return PageRuns(2, 595.0, 842.0, [Run("laag", 72, 700, 100, 712, 12.0)])


def test_a_failed_reading_keeps_the_text_layer_and_degrades_the_page() -> None:
    # as the OCR service's failed pages are: the page says why it holds only its layer
    kept = ocr_taken(_page(), OcrFailed("tesseract took too long"), "no letters in the text layer")
    assert [r.text for r in kept.runs] == ["laag"]
    assert not kept.ocr and kept.degraded == "ocr_failed"


def test_a_broken_reading_degrades_the_page_as_in_process() -> None:
    kept = ocr_taken(_page(), ValueError("bad hOCR"), "no letters in the text layer")
    assert [r.text for r in kept.runs] == ["laag"] and kept.degraded == "ValueError"


def test_a_reading_replaces_the_layer() -> None:
    read = ocr_taken(_page(), [Run("Geachte", 72, 700, 120, 712, 11.0)], "why")
    assert read.ocr and [r.text for r in read.runs] == ["Geachte"] and read.number == 2


def test_threads_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ocr_pool.THREADS_ENV, "1")
    assert ocr_pool.ocr_threads() == 1
    monkeypatch.setenv(ocr_pool.THREADS_ENV, "x")
    assert ocr_pool.ocr_threads() >= 1
    monkeypatch.delenv(ocr_pool.THREADS_ENV)
    assert 1 <= ocr_pool.ocr_threads() <= ocr_pool.MAX_DEFAULT_THREADS


# A scanner's invisible layer set a quarter turn on a page shown turned (/Rotate 270): Xerox
# WorkCentre copiers' Wob decisions. Read as upright text is, its lines are whole and the good
# layer is used; main read each glyph as a word ('K a b i n e t') and OCR'd the page instead.
ROTATED = Path(__file__).parents[2] / "fixtures" / "scan36" / "rotated_layer.pdf"


def test_a_layer_set_a_quarter_turn_reads_as_lines() -> None:
    from tests.fixtures.scan36.build import LINES

    page = pdfium.PdfDocument(ROTATED)[0]
    runs = read_page_runs(page, 1, False)
    assert runs.hidden_layer
    assert [r.text.strip() for r in runs.runs] == LINES
    assert all(r.upright == 0 for r in runs.runs)  # level as shown
    ys = [r.y0 for r in runs.runs]
    assert ys == sorted(ys, reverse=True)  # top line first, as shown


def test_a_good_layer_set_a_quarter_turn_is_not_ocrd() -> None:
    asked: list[int] = []

    def reader(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        asked.append(runs.number)
        return runs

    doc = segment_pdf(ROTATED.read_bytes(), ocr_reader=reader)
    assert asked == []
    text = " ".join(s.text for s in doc.segments)
    assert "Kabinet Minister-President" in text
    assert "gestructureerd overleg met derden" in text


def test_the_fixture_is_built_by_its_builder() -> None:
    from tests.fixtures.scan36.build import rotated_layer

    built = pdfium.PdfDocument(rotated_layer())[0].get_textpage().get_text_range()
    assert built == pdfium.PdfDocument(ROTATED)[0].get_textpage().get_text_range()
