"""Round 47 (bench/segment/speed23.md): under the worker's collector setting a long document is
segmented without a collection of the young generation (the layout holds all its pages' runs,
pieces, lines and blocks at once; at the old threshold, 7,000, a document of more than ~12 pages
got young collections that walked them all); a pdfium handle's address read without
`ctypes.cast`."""

from __future__ import annotations

import ctypes
import gc
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.collector import tuned_collector
from services.segment.layout.glyphs import pointer_value
from services.segment.segmenter import segment_pdf

PRODUCERS = Path(__file__).parents[2] / "fixtures" / "producers" / "pdf"


def _merged(producer: str, times: int) -> bytes:
    """The producer matrix's PDFs of one producer, one after another, `times` over."""
    out = pdfium.PdfDocument.new()
    for _ in range(times):
        for path in sorted(PRODUCERS.glob(f"*.{producer}.pdf")):
            out.import_pages(pdfium.PdfDocument(path))
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of the collections made while the test runs."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


@pytest.mark.parametrize("producer", ["reportlab-glyph", "typst"])
def test_a_long_document_is_segmented_without_a_collection(
    producer: str, collections: list[int]
) -> None:
    data = _merged(producer, 3)  # 42 pages
    with tuned_collector():
        doc = segment_pdf(data, ocr=False)
        during = list(collections)
    assert len(doc.segments) > 100
    assert during == []
    # the document is long enough to tell: at round 46's threshold it got young collections
    with tuned_collector():
        gc.set_threshold(7000, *gc.get_threshold()[1:])
        segment_pdf(data, ocr=False)
        during = list(collections)
    assert 0 in during


def test_pointer_value_is_what_cast_gives() -> None:
    """`pointer_value`, read from the handle's buffer, is `ctypes.cast(raw, c_void_p).value` for
    pypdfium2's handles (a page, its text page, a null one) and anything else `cast` takes; and
    it leaves no reference cycle behind."""
    data = (PRODUCERS / "kamerbrief.reportlab-glyph.pdf").read_bytes()
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    textpage = page.get_textpage()
    null = ctypes.POINTER(ctypes.c_int)()
    word = ctypes.c_int(7)
    handles = [page.raw, textpage.raw, pdf.raw, null, ctypes.pointer(word), None, 0, 1234]
    handles += [ctypes.c_void_p(5678), ctypes.c_void_p()]
    try:
        seen = [pointer_value(raw) for raw in handles]
        assert seen[0] and seen[1] and seen[2] and seen[3] is None
        assert seen == [ctypes.cast(raw, ctypes.c_void_p).value for raw in handles]
        fresh = ctypes.POINTER(ctypes.c_int)(word)
        before = sys.getrefcount(fresh)
        pointer_value(fresh)
        assert sys.getrefcount(fresh) == before
        ctypes.cast(fresh, ctypes.c_void_p)  # its `_objects` now holds the pointer itself
        assert sys.getrefcount(fresh) == before + 1
    finally:
        textpage.close()
        page.close()
        pdf.close()
