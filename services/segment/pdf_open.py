"""Open untrusted PDF bytes with pdfium, turning every way it can fail into a precise rejection.

Reasons (stable codes, they end up in `DocRejected.reason`):

- `encrypted`: a user password is required to read the document (pdfium FPDF_ERR_PASSWORD).
  Documents with only an owner password (permissions) open normally and are not rejected.
- `unsupported_encryption`: a security handler pdfium does not support (FPDF_ERR_SECURITY).
- `unreadable_pdf`: not a PDF, or truncated or damaged beyond pdfium's and qpdf's repair (any
  other error).
- `no_pages`: a document that loads but has no page. pdfium refuses to load most page-less
  files outright (FPDF_ERR_FORMAT, or a failure reported as FPDF_ERR_SUCCESS when the catalog
  has no usable page tree); those are `unreadable_pdf`.
- `too_many_pages`: more pages than the caller allows.

`open_page` rejects a document whose page cannot be loaded (e.g. a page tree nested deeper than
pdfium follows) as `unreadable_pdf`; `open_read` does the same and opens the page's text page
too, both closed by `close_read`.

A file pdfium cannot open at all (a cut-off upload, a damaged cross-reference table) is handed to
qpdf (pikepdf), which rebuilds a document from the objects it can still find. What it rebuilds
is read only if a page of it still holds something to read; the caller flags such a document
(`repaired`), as its text may be incomplete.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdfium2.internal.bases import AutoCloseable

_REASON_BY_ERROR = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported_encryption",
}


@dataclass(frozen=True)
class OpenedPdf:
    """The document, and why it had to be rebuilt before pdfium could read it (None if not)."""

    pdf: pdfium.PdfDocument
    repaired: str | None = None


def open_pdf(data: bytes, *, max_pages: int | None = None) -> pdfium.PdfDocument:
    """A pdfium document for `data`, or `PdfRejected`. The caller closes the document.

    pdfium keeps a reference to `data` for the document's lifetime; pass immutable bytes.
    """
    return open_document(data, max_pages=max_pages).pdf


def open_document(data: bytes, *, max_pages: int | None = None) -> OpenedPdf:
    """`open_pdf`, saying whether qpdf had to rebuild the file first."""
    # Imported here: segmenter.py defines PdfRejected and is expected to import this module.
    from services.segment.segmenter import PdfRejected

    repaired = None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = _REASON_BY_ERROR.get(exc.err_code or -1, "unreadable_pdf")
        detail = str(exc)
        if exc.err_code == pdfium_c.FPDF_ERR_SUCCESS:
            detail += " (no usable page tree)"
        rebuilt = _rebuilt(data) if reason == "unreadable_pdf" else None
        if rebuilt is None:
            raise PdfRejected(reason, detail) from exc
        pdf, repaired = rebuilt, detail
    pages = len(pdf)
    if pages == 0:
        pdf.close()
        raise PdfRejected("no_pages", "the PDF has no pages")
    if max_pages is not None and pages > max_pages:
        pdf.close()
        raise PdfRejected("too_many_pages", f"{pages} pages, at most {max_pages} allowed")
    return OpenedPdf(pdf, repaired)


def _rebuilt(data: bytes) -> pdfium.PdfDocument | None:
    """The document qpdf rebuilds from a damaged file, if pdfium reads it and a page of it holds
    something (text, an image, a drawing); else None: the file stays rejected."""
    import pikepdf  # here: only damaged files need it, and it takes a while to import

    try:
        with pikepdf.open(io.BytesIO(data)) as damaged:
            out = io.BytesIO()
            # Streams are copied as they are: decoding them here could inflate a bomb.
            damaged.save(
                out,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
            )
        pdf = pdfium.PdfDocument(out.getvalue())
    except Exception:  # whatever qpdf makes of hostile bytes, the file stays rejected
        return None
    try:
        if any(_holds_something(pdf, index) for index in range(len(pdf))):
            return pdf
    except pdfium.PdfiumError:
        pass
    pdf.close()
    return None


def _holds_something(pdf: pdfium.PdfDocument, index: int) -> bool:
    page = pdf[index]
    try:
        return pdfium_c.FPDFPage_CountObjects(page.raw) > 0
    finally:
        page.close()


def open_page(pdf: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    """Page `index` (0-based) of `pdf`; `PdfRejected("unreadable_pdf")` if pdfium cannot load it."""
    from services.segment.segmenter import PdfRejected

    try:
        return pdf[index]
    except pdfium.PdfiumError as exc:
        raise PdfRejected("unreadable_pdf", f"page {index + 1}: {exc}") from exc


def open_read(pdf: pdfium.PdfDocument, index: int) -> tuple[pdfium.PdfPage, pdfium.PdfTextPage]:
    """Page `index` of `pdf` and its text page, as `open_page` and `PdfPage.get_textpage` give
    them (`PdfRejected` where the page cannot be loaded, `PdfiumError` where its text page
    cannot), for a caller that closes both itself (`close_read`, in a `finally`): pypdfium2's
    page and text page with no finalizer, tracked by nothing (`_Page`, `_TextPage`). A
    finalizer's bookkeeping (weakref.finalize, the object tracker, the parent's set of kids,
    each object's repr) costs several times pdfium's own opening and closing calls. A document
    with a form environment gets pypdfium2's own (its pages are told of the forms)."""
    if pdf.formenv:
        page = open_page(pdf, index)
        try:
            return page, page.get_textpage()
        except BaseException:
            page.close()
            raise
    raw = pdfium_c.FPDF_LoadPage(pdf.raw, index)
    if not raw:
        from services.segment.segmenter import PdfRejected

        raise PdfRejected("unreadable_pdf", f"page {index + 1}: Failed to load page.")
    page = _Page(raw, pdf)
    raw_text = pdfium_c.FPDFText_LoadPage(raw)
    if not raw_text:
        page.close()
        raise pdfium.PdfiumError("Failed to load text page.")
    return page, _TextPage(raw_text, page)


def close_read(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> None:
    """Close what `open_read` opened: the text page, then the page (also on an error)."""
    try:
        textpage.close()
    finally:
        page.close()


def _close_kids(owner: Any) -> None:
    """Close what pypdfium2 opened on `owner` and tracks as its kids (a text page a reader
    opened on the page through `get_textpage`), before `owner` itself is closed, as
    pypdfium2's own `close` does."""
    if owner._kids_loaded:
        for ref in list(owner._kids):
            kid = ref()
            if kid is not None and kid.raw:
                kid.close()
        owner._kids.clear()


class _ClosedByOpener:
    """`close` for a pypdfium2 object opened without a finalizer: its kids, then pdfium's own
    close (`_release`), once."""

    raw: Any

    def close(self, _by_parent: bool = False) -> bool:
        raw = self.raw
        if not raw:
            return False
        _close_kids(self)
        self.raw = None
        self._release(raw)
        return True

    def _release(self, raw: Any) -> None:
        raise NotImplementedError


class _Page(_ClosedByOpener, pdfium.PdfPage):
    """pypdfium2's page without a finalizer (`open_read`): closed by `close`, never by the
    collector, and not among its document's kids, so it must be closed before the document."""

    def __init__(self, raw: pdfium_c.FPDF_PAGE, pdf: pdfium.PdfDocument) -> None:
        self.raw = raw
        self.pdf = pdf
        self.formenv = None
        self._rotation: int | None = None
        self._size: tuple[float, float] | None = None
        AutoCloseable.__init__(self, pdfium.PdfPage._close_impl, None, needs_free=False)

    # A page's /Rotate and size are fixed while it is read, and asked several times a page
    # (the runs, the grids, `segment_pdf`): pdfium is asked once, each later ask is one call,
    # not pypdfium2's wrapper, its handle property and ctypes' argument checks (glyph43).
    def get_rotation(self) -> int:
        if self._rotation is None:
            self._rotation = pdfium.PdfPage.get_rotation(self)
        return self._rotation

    def get_size(self) -> tuple[float, float]:
        if self._size is None:
            self._size = pdfium.PdfPage.get_size(self)
        return self._size

    def _release(self, raw: Any) -> None:
        pdfium_c.FPDF_ClosePage(raw)


class _TextPage(_ClosedByOpener, pdfium.PdfTextPage):
    """pypdfium2's text page without a finalizer (`open_read`), closed by `close`, before its
    page."""

    def __init__(self, raw: pdfium_c.FPDF_TEXTPAGE, page: pdfium.PdfPage) -> None:
        self.raw = raw
        self.page = page
        self._chars: int | None = None
        AutoCloseable.__init__(self, pdfium_c.FPDFText_ClosePage, needs_free=False)

    def count_chars(self) -> int:
        """pypdfium2's count, asked of pdfium once: a text page does not change (the runs and
        the grids both ask it)."""
        if self._chars is None:
            self._chars = pdfium.PdfTextPage.count_chars(self)
        return self._chars

    def _release(self, raw: Any) -> None:
        pdfium_c.FPDFText_ClosePage(raw)
