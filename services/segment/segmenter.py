"""PDF bytes -> ordered segments. Pure logic: no Kafka, no S3, no environment.

The layout steps live in `services.segment.layout`; this module opens the document, reads every
page's text runs (OCR'ing pages that have no usable text layer), and hands them over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any, Protocol

import pypdfium2 as pdfium

from services.segment.layout.assemble import segment_pages
from services.segment.layout.grids import (
    GridTable,
    drawn_text,
    may_draw_forms,
    only_text,
    read_grids,
)
from services.segment.layout.repair import SPELLING, Spelling
from services.segment.layout.rotation import shown
from services.segment.layout.unruled import PAGE_TEXT, PageText
from services.segment.layout.words import PageRuns, Run, read_page
from services.segment.scan import detect
from services.segment.scan.completeness import layer_coverage
from services.segment.scan.render import forget as forget_look
from services.segment.scan.supplement import filled_in, supplemented
from stukken.contracts import SegmentedDocument
from stukken.platform.logging import get_logger

log = get_logger(__name__)


class PdfRejected(Exception):
    """The PDF cannot be segmented; `reason` is a stable machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


INCOMPLETE_LAYER = "invisible OCR layer misses print"  # why such a page is OCR'd


class OcrReader(Protocol):
    """Reads a page that needs OCR (`why`); `runs` is what its text layer gave."""

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns: ...


def segment_pdf(
    data: bytes,
    *,
    ocr: bool = True,
    max_pages: int | None = None,
    on_page: Callable[[int], None] | None = None,
    ocr_reader: OcrReader | None = None,
) -> SegmentedDocument:
    """`on_page(n)` is called after page n is read (the isolation's per-page clock).

    `ocr_reader`: who reads the pages that need OCR; default Tesseract in this process. The OCR
    fan-out passes one that notes the pages (services/segment/ocr_jobs.py: planning) and one that
    hands in what the OCR workers read (gathering)."""
    reader = ocr_reader or _read_by_tesseract
    # Imported here: pdf_open imports PdfRejected from this module.
    from services.segment.pdf_open import close_read, open_document, open_read

    opened = open_document(data, max_pages=max_pages)
    pdf = opened.pdf
    pages: list[PageRuns] = []
    spelling = SPELLING.set(Spelling(pages))  # the document's own spelling (layout/repair.py)
    try:
        grids: list[GridTable] = []  # tables the pages draw, read while the page is open
        drawn: list[GridTable] = []  # the page before's
        # whether the file may draw forms, asked once a page could spare the walk (grids.py);
        # a rebuilt file is read from qpdf's bytes, not these
        forms = cache(lambda: opened.repaired is not None or may_draw_forms(data))
        # the file as pikepdf reads it, opened only for a layer page whose one-glyph words
        # pdfium's text page left out (lost_glyphs)
        source = _Source(data)
        for index in range(len(pdf)):
            # the page and one text page for the runs, the OCR check and the grids
            page, textpage = open_read(pdf, index)
            try:
                pages.append(read_page_runs(page, index + 1, ocr, reader, textpage, forms))
                # table44: a table ruled across that ran to the page's foot may go on here
                above = next((g for g in drawn if g.open_end), None) if index else None
                drawn = read_grids(page, index + 1, textpage, pages[-1], forms, above)
                grids += drawn
                # a drawn table's cells are read from the text page: a glyph it skips there
                # has no cell to go to, so a page with one keeps its layer's reading
                if not drawn and not page.get_rotation():
                    restore_lost(pages[-1], page, textpage, source)
            finally:
                close_read(page, textpage)
            if opened.repaired:  # every page of a rebuilt file may miss text
                pages[-1].degraded = pages[-1].degraded or "repaired_pdf"
            if on_page is not None:
                on_page(index + 1)
        # a table with no rules is re-read from its page's glyphs (layout/unruled.py); the last
        # page's kept alone: tables come page by page, and a page's glyph boxes are many young
        # objects the layout would otherwise hold to its end (test_speed48)
        lent = PAGE_TEXT.set(
            lru_cache(maxsize=1)(lambda number: _page_text(pdf, pages[number - 1]))
        )
        try:
            doc = segment_pages(pages, len(pdf), grids)
        finally:
            PAGE_TEXT.reset(lent)
        if opened.repaired and doc.metadata.quality is not None:
            log.warning("pdf_repaired", pages=len(pdf), error=opened.repaired)
            doc.metadata.quality.warnings.append(
                f"damaged PDF, rebuilt by qpdf: {len(pdf)} page(s) recovered, text may be missing"
                f" (pdfium: {opened.repaired})"
            )
        return doc
    finally:
        SPELLING.reset(spelling)
        source.close()
        forget_look()  # the render `render.look` keeps holds a page of this document
        pdf.close()


def _page_text(pdf: pdfium.PdfDocument, runs: PageRuns) -> PageText | None:
    """A page's drawn glyphs and a cell reader (`grids.drawn_text`), read again with the page
    opened again; None for a page OCR read or a turned page (its runs are placed as shown)."""
    from services.segment.pdf_open import close_read, open_read  # as segment_pdf imports them

    if runs.ocr or runs.hidden_layer or runs.degraded:
        return None
    page, textpage = open_read(pdf, runs.number - 1)
    try:
        return None if page.get_rotation() else drawn_text(textpage)
    finally:
        close_read(page, textpage)


class _Source:
    """The document's bytes opened by pikepdf on first ask (`lost_glyphs.restore`), closed
    with the document."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def __call__(self) -> Any:
        if self.pdf is None:
            import io

            import pikepdf  # here: only such layer pages need it, and it takes a while to import

            self.pdf = pikepdf.open(io.BytesIO(self.data))
        return self.pdf

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None


def read_page_runs(
    page: pdfium.PdfPage,
    number: int,
    ocr: bool,
    reader: OcrReader | None = None,
    textpage: pdfium.PdfTextPage | None = None,
    forms: Callable[[], bool] | None = None,
    source: Callable[[], Any] | None = None,
) -> PageRuns:
    """The page's runs from its text layer, or from OCR when that layer is empty or garbage,
    placed as the page is shown (its /Rotate turned).
    `textpage`: the page's text page if the caller has it open (it stays open). `forms`: asked
    whether the document may draw form XObjects (`may_draw_forms`), as `read_grids` asks it:
    a page of text objects alone is not walked for images (`only_text`). `source`: the document
    as pikepdf reads it (asked only when needed); given, an invisible layer's one-glyph words
    that pdfium's text page leaves out are put back (`lost_glyphs`) on a page read from its
    layer, after the page's OCR decision (which is made on pdfium's text, as the OCR fan-out's
    look-ahead makes it)."""
    runs = _read_page_runs(page, number, ocr, reader, textpage, forms)
    if _read_from_layer(runs):
        _on_layer(runs, lambda layer: _read_layer(layer, page, textpage, source))
    rotation = page.get_rotation()
    return shown(runs, rotation, page.get_cropbox()) if rotation else runs


def restore_lost(
    runs: PageRuns,
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage | None,
    source: Callable[[], Any],
) -> None:
    """A page read from a scanner's invisible layer (level: /Rotate 0) with the one-glyph words
    pdfium's text page skips put back (`lost_glyphs`); `segment_pdf` asks it of a page without
    a drawn table."""
    if not _read_from_layer(runs):
        return
    asked = page.get_textpage() if textpage is None else textpage
    try:
        _on_layer(runs, lambda layer: _restore(layer, page, asked, source))
    finally:
        if textpage is None:
            asked.close()


def _read_from_layer(runs: PageRuns) -> bool:
    """Whether the page's words are a scanner's invisible layer's (OCR's runs added after an
    incomplete one's, `filled_in`, are not)."""
    return runs.hidden_layer and (not runs.ocr or runs.filled > 0)


def _on_layer(runs: PageRuns, read: Callable[[PageRuns], None]) -> None:
    """`read` the layer's own runs: on a page filled in by OCR, without OCR's runs after them."""
    if not runs.filled:
        read(runs)
        return
    added = runs.runs[-runs.filled :]
    layer = replace(runs, runs=runs.runs[: -runs.filled])
    read(layer)
    runs.runs = layer.runs + added


def _restore(
    runs: PageRuns, page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, source: Callable[[], Any]
) -> None:
    """`lost_glyphs.restore`, or the layer's own reading where it fails (said in the log)."""
    from services.segment import lost_glyphs

    try:
        lost_glyphs.restore(runs, page, textpage, source)
    except Exception as exc:  # the layer's own reading stands; say why
        log.warning("lost_glyphs_not_restored", page=runs.number, error=type(exc).__name__)


def _read_layer(
    runs: PageRuns,
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage | None,
    source: Callable[[], Any] | None,
) -> None:
    """A page read from a scanner's invisible layer, read on as a person reads it: its lines
    ended at the page's side column (`layer_columns`), its one-glyph words put back
    (`lost_glyphs`, given the `source`)."""
    from services.segment import layer_columns

    asked = page.get_textpage() if textpage is None else textpage
    try:
        # the column's edge first: a glyph put back then joins the run on its own side of it
        layer_columns.end_at_side_column(runs, asked)
        if source is not None:
            _restore(runs, page, asked, source)
    finally:
        if textpage is None:
            asked.close()


def _read_page_runs(
    page: pdfium.PdfPage,
    number: int,
    ocr: bool,
    reader: OcrReader | None = None,
    textpage: pdfium.PdfTextPage | None = None,
    forms: Callable[[], bool] | None = None,
) -> PageRuns:
    read_ocr = reader or _read_by_tesseract
    from services.segment.scan import text_layer

    runs = read_page(page, number, textpage)
    text = " ".join([r.text for r in runs.runs])  # a list: join makes one of a generator anyway
    if not text_layer.has_letters(text):  # blanks only, or a lone stamp number
        if ocr:
            read = read_ocr(page, runs, "no letters in the text layer")
            found = any(text_layer.has_letters(r.text) for r in read.runs)
            # OCR found no words either: the layer's stamp number is exact, OCR's reading not
            runs = read if found or not read.ocr or not runs.char_count else replace(runs, ocr=True)
            if not runs.hidden_layer and text_layer.visible_layer_is_garbage(text):
                # a font whose map gives no letter at all (all private-use code points): OCR'd
                # as an empty layer is, and marked as a garbage layer is
                read_by_ocr = found and read.ocr
                garbage = text_layer.GARBAGE_READ_BY_OCR if read_by_ocr else text_layer.GARBAGE_KEPT
                runs.degraded = runs.degraded or garbage
        runs.blank = not any(text_layer.has_letters(r.text) for r in runs.runs)
        return runs
    if not ocr:
        return runs
    if runs.hidden_layer and text_layer.layer_is_garbage(text):
        return read_ocr(page, runs, "invisible OCR layer is garbage")
    if not runs.hidden_layer and text_layer.visible_layer_is_garbage(text):
        return _more_plausible(runs, read_ocr(page, runs, "text layer is garbage"))
    sparse = text_layer.sparse(text)
    chars = runs.char_count  # a sum over the runs: asked once
    if chars < detect.MIN_TEXT_CHARS:
        own = textpage is None
        asked = page.get_textpage() if textpage is None else textpage
        try:
            if detect.page_needs_ocr(page, asked):  # a scan with a stray stamp: read it all
                return read_ocr(page, runs, "little text on an image")
        finally:
            if own:
                asked.close()
    # A cover, a divider, a chart page: its few words are kept, and its images may hold more;
    # so may a page whose producer set its text as pictures.
    if sparse:
        return supplemented(runs, read_ocr(page, runs, "few words on the page"))
    if detect.stamped_scan(page, runs):
        return supplemented(runs, read_ocr(page, runs, "a stamp over a scan"))
    # a thin layer's page is walked for images in Python; one of text objects alone has none
    # (a page set one object per glyph: hundreds of objects)
    thin = chars < detect.MAX_LAYER_CHARS
    if thin and not only_text(page, textpage, forms) and detect.draws_text_as_images(page, runs):
        return supplemented(runs, read_ocr(page, runs, "text set as images"))
    # a scanner's layer that read only part of the page's print: OCR's reading of the rest
    # (a dashboard's small print, a quoted header in bold) is added after the layer's words
    if runs.hidden_layer and layer_coverage(page, runs.runs).incomplete:
        return filled_in(runs, read_ocr(page, runs, INCOMPLETE_LAYER))
    return runs


def _more_plausible(layer: PageRuns, read: PageRuns) -> PageRuns:
    """A garbage visible layer or OCR's reading of the page, whichever is more plausible; the
    page is marked degraded either way (the layer's fonts cannot be trusted). `read` is the
    layer itself when there was no reading (OCR failed, or the fan-out only notes the page)."""
    from services.segment.scan import text_layer

    if read.ocr and _plausibility(read) > _plausibility(layer):
        read.degraded = read.degraded or text_layer.GARBAGE_READ_BY_OCR
        return read
    if read.ocr:  # a reading was made and lost; with none, the reader said why (or only planned)
        log.warning("garbage_text_layer_kept", page=layer.number)
    layer.degraded = layer.degraded or text_layer.GARBAGE_KEPT
    return layer


def _plausibility(runs: PageRuns) -> float:
    from services.segment.scan import text_layer

    return text_layer.plausibility(" ".join(r.text for r in runs.runs))[0]


def _read_by_tesseract(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
    """The page read by Tesseract (once more at a low resolution if it timed out: `scan/retry`);
    the text layer's runs if Tesseract fails."""
    from services.segment.scan import retry
    from services.segment.scan.reader import read_scanned
    from services.segment.scan.render import OCR_DPI
    from services.segment.scan.tesseract import OcrTimedOut

    reading: list[Run] | BaseException
    try:
        reading = read_scanned(page)
    except Exception as exc:  # handed on: `ocr_taken` says what becomes of the page
        reading = exc
    timed_out = isinstance(reading, OcrTimedOut)
    if timed_out:
        log.warning("page_ocr_read_again", page=runs.number, error=str(reading))
        reading = retry.read_again(page, OCR_DPI)
    return ocr_taken(runs, reading, why, retried=timed_out)


def ocr_taken(
    runs: PageRuns, reading: list[Run] | BaseException, why: str, *, retried: bool = False
) -> PageRuns:
    """The page as Tesseract's reading (or its failure) leaves it: the OCR'd runs, or the text
    layer's when the reading failed, the page degraded: 'ocr_failed' when Tesseract failed or
    timed out, the error's class when reading its output was a bug). `retried`: the reading is
    the low-resolution one after a time-out (`scan/retry.py`), and the page says so."""
    from services.segment.scan.retry import LOW_DPI_RETRY
    from services.segment.scan.tesseract import OcrFailed

    if isinstance(reading, OcrFailed):
        log.warning("page_ocr_failed", page=runs.number, reason=why, error=str(reading))
        # the text layer, however thin, is all there is; the page says why, as the OCR
        # service's failed pages do (ocr_jobs.HandedIn): a time-out under load is no silent gap
        runs.degraded = runs.degraded or "ocr_failed"
        return runs
    if isinstance(reading, BaseException):  # a bug reading Tesseract's output loses no document
        error = type(reading).__name__
        log.warning("page_ocr_degraded", page=runs.number, reason=why, error=error)
        runs.degraded = runs.degraded or error
        return runs
    return PageRuns(
        runs.number,
        runs.width,
        runs.height,
        reading,
        ocr=True,
        degraded=runs.degraded or (LOW_DPI_RETRY if retried else None),
        bottom=runs.bottom,
    )
