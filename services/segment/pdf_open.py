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
pdfium follows) as `unreadable_pdf`.

A file pdfium cannot open at all (a cut-off upload, a damaged cross-reference table) is handed to
qpdf (pikepdf), which rebuilds a document from the objects it can still find. What it rebuilds
is read only if a page of it still holds something to read; the caller flags such a document
(`repaired`), as its text may be incomplete.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

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
