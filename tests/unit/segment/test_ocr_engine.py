"""The in-process Tesseract engine: loaded once per language, one thread, clear errors."""

from __future__ import annotations

import io
import os

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from services.segment.scan import tesseract as engine
from services.segment.scan.hocr import parse_lines
from services.segment.scan.render import PageImage
from services.segment.scan.tesseract import Grey, OcrFailed, tessdata_dir, tesseract


def _word_image(text: str) -> Grey:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, 60))
    c.setFont("Helvetica", 20)
    c.drawString(20, 25, text)
    c.save()
    return PageImage(pdfium.PdfDocument(buf.getvalue())[0]).grey()


def test_one_engine_per_language_serves_every_mode() -> None:
    image = _word_image("Staatssecretaris 2024")
    page = parse_lines(tesseract(image, lang="nld+eng", psm=11, output="hocr"))
    line = tesseract(image, lang="nld+eng", psm=7)
    digits = tesseract(image, lang="eng", psm=7, config={"tessedit_char_whitelist": "0123456789"})
    assert [w.text for ln in page for w in ln.words] == ["Staatssecretaris", "2024"]
    assert line.strip() == "Staatssecretaris 2024"
    assert digits.strip().endswith("2024")
    assert not any(c.isalpha() for c in digits)
    loaded = engine._local.engines
    assert ("nld+eng", ()) in loaded
    assert ("eng", (("tessedit_char_whitelist", "0123456789"),)) in loaded
    before = dict(loaded)
    tesseract(image, lang="nld+eng", psm=11, output="hocr")
    assert engine._local.engines == before  # read again with the engine already loaded
    assert all(engine._local.engines[k] is before[k] for k in before)


def test_one_openmp_thread_per_worker() -> None:
    assert os.environ["OMP_THREAD_LIMIT"] == "1"


def test_missing_language_data_names_the_debian_package() -> None:
    with pytest.raises(OcrFailed, match="tesseract-ocr-xyz"):
        tessdata_dir("nld+xyz")
    with pytest.raises(OcrFailed, match="tesseract-ocr-xyz"):
        tesseract(Grey(1, 1, b"\xff"), lang="xyz", psm=7)


def test_pgm_of_a_grey_image_for_the_command_line() -> None:
    assert Grey(2, 1, b"\x00\xff").pgm() == b"P5\n2 1\n255\n\x00\xff"


def test_a_page_reads_the_same_whatever_the_engine_read_before() -> None:
    """A retried page gives the same text: nothing of earlier pages stays in the engine."""
    page, other = _word_image("Kenmerk 2024-0001234"), _word_image("Geachte voorzitter,")
    first = tesseract(page, lang="nld+eng", psm=11, output="hocr")
    tesseract(other, lang="nld+eng", psm=11, output="hocr")
    assert tesseract(page, lang="nld+eng", psm=11, output="hocr") == first
    assert "2024-0001234" in first
