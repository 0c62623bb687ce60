"""Open untrusted PDF bytes with pdfium, turning every way it can fail into a precise rejection.

Reasons (stable codes, they end up in `DocRejected.reason`):

- `encrypted`: a user password is required to read the document (pdfium FPDF_ERR_PASSWORD).
  Documents with only an owner password (permissions) open normally and are not rejected.
- `unsupported_encryption`: a security handler pdfium does not support (FPDF_ERR_SECURITY).
- `unreadable_pdf`: not a PDF, truncated, or damaged beyond pdfium's repair (any other error).
- `no_pages`: a document that loads but has no page. pdfium refuses to load most page-less
  files outright (FPDF_ERR_FORMAT, or a failure reported as FPDF_ERR_SUCCESS when the catalog
  has no usable page tree); those are `unreadable_pdf`.
- `too_many_pages`: more pages than the caller allows.

`open_page` rejects a document whose page cannot be loaded (e.g. a page tree nested deeper than
pdfium follows) as `unreadable_pdf`.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_REASON_BY_ERROR = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported_encryption",
}


def open_pdf(data: bytes, *, max_pages: int | None = None) -> pdfium.PdfDocument:
    """A pdfium document for `data`, or `PdfRejected`. The caller closes the document.

    pdfium keeps a reference to `data` for the document's lifetime; pass immutable bytes.
    """
    # Imported here: segmenter.py defines PdfRejected and is expected to import this module.
    from services.segment.segmenter import PdfRejected

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = _REASON_BY_ERROR.get(exc.err_code or -1, "unreadable_pdf")
        detail = str(exc)
        if exc.err_code == pdfium_c.FPDF_ERR_SUCCESS:
            detail += " (no usable page tree)"
        raise PdfRejected(reason, detail) from exc
    pages = len(pdf)
    if pages == 0:
        pdf.close()
        raise PdfRejected("no_pages", "the PDF has no pages")
    if max_pages is not None and pages > max_pages:
        pdf.close()
        raise PdfRejected("too_many_pages", f"{pages} pages, at most {max_pages} allowed")
    return pdf


def open_page(pdf: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    """Page `index` (0-based) of `pdf`; `PdfRejected("unreadable_pdf")` if pdfium cannot load it."""
    from services.segment.segmenter import PdfRejected

    try:
        return pdf[index]
    except pdfium.PdfiumError as exc:
        raise PdfRejected("unreadable_pdf", f"page {index + 1}: {exc}") from exc
