"""A page whose OCR timed out is read once more at a low resolution (issue #8 point 4).

Tesseract's time on a page follows the page's texture more than its text: a site photo in a
Coevorden Woo dossier took 28.7 CPU s at 300 dpi (105-137 s on a loaded machine, over
`TESSERACT_TIMEOUT_S`) and 0.25 CPU s at 200 dpi, where a text scan loses next to nothing
(sweep45: 391 words at 300 dpi, 390 at 150). So a page whose reading times out (`OcrTimedOut`)
is rendered again at the OCR budget's low resolution (`ocr_budget`, `STUKKEN_OCR_LOW_DPI`, 200)
and read once more under the retry's own limit, `RETRY_TIMEOUT_S`: a hostile page stalls its
document 120 + 30 s at most, not twice 120. The page is marked degraded `LOW_DPI_RETRY` and the
document's quality warnings name it; only if the retry fails too is it `ocr_failed`.

Every OCR path does this alike: the in-process reader (`segmenter._read_by_tesseract`), embedded
mode's threads (`ocr_pool.PooledReader`: the retry renders on the segmenter's thread, pdfium's)
and the fan-out's page process (`services/ocr/page_process.py`: a page's attempts after its
first, which the worker's own time limit ends, read at the low resolution).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from services.segment.ocr_budget import MIN_DPI, budget_from_env, page_ranges

if TYPE_CHECKING:
    import pypdfium2 as pdfium

    from services.segment.layout.words import Run

LOW_DPI_RETRY = "ocr_low_dpi_retry"  # the degraded reason of a page read by the retry
RETRY_TIMEOUT_S = 30.0


def retry_warning(pages: list[int]) -> str | None:
    """The document's quality warning naming the pages read by the retry (None: there are none)."""
    if not pages:
        return None
    return (
        f"OCR timed out on {len(pages)} page(s) (pages {page_ranges(sorted(pages))}): read again"
        f" at a low resolution, marked degraded '{LOW_DPI_RETRY}'; small print may be misread"
    )


def retry_dpi(first: int, low: int | None = None) -> int:
    """The resolution a page first read at `first` dpi is read again at: the budget's low one
    (`low`, default the settings'), or, for a page read there already, three quarters of
    `first` (never under `MIN_DPI`, where ordinary print falls apart)."""
    low = budget_from_env().low_dpi if low is None else low
    return low if low < first else max(MIN_DPI, first * 3 // 4)


def rendered_dpi(page: pdfium.PdfPage, dpi: int) -> int:
    """The resolution `render.PageImage` gives the page for `dpi`: a large drawing is capped at
    `render.MAX_PIXELS` (an A0 plan at 160 dpi for 300 or 200), so a retry must go under it."""
    from services.segment.scan.render import capped_scale

    scale = capped_scale(page, dpi)
    return dpi if scale == dpi / 72 else int(72 * scale)


def read_again(
    page: pdfium.PdfPage, first: int, low: int | None = None, lang: str = "nld+eng"
) -> list[Run] | Exception:
    """The page first read at `first` dpi read again at `retry_dpi` under the retry's limit, or
    why that failed too (pdfium: call it on the thread that reads the document)."""
    from services.segment.scan.reader import read_scanned

    dpi = retry_dpi(min(first, rendered_dpi(page, first)), low)
    try:
        return read_scanned(page, dpi=dpi, lang=lang, timeout_s=RETRY_TIMEOUT_S)
    except Exception as exc:  # handed on: the caller marks the page as any failed reading
        return exc
