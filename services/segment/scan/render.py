"""The page as Tesseract sees it: grey levels row by row, and the map back to page points."""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from services.segment.scan.tesseract import Grey, OcrFailed

OCR_DPI = 300
# A render cap: a page declared 200 inches square must not become a 3.6-gigapixel bitmap.
MAX_PIXELS = 40_000_000
INK = 128  # grey level below which a pixel is ink
WHITE = 250  # grey level from which a pixel is the paper
_IS_INK = bytes(1 if v < INK else 0 for v in range(256))  # grey level -> 1 for ink, else 0

Box = tuple[int, int, int, int]  # pixels: left, top, right, bottom (top-left origin)
Affine = tuple[float, float, float, float, float, float]


def capped_scale(page: pdfium.PdfPage, dpi: int) -> float:
    """Pixels a point for rendering `page` at `dpi`, held to `MAX_PIXELS` for the whole page."""
    width, height = page.get_size()
    scale = dpi / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / (width * height))
    return scale


class PageImage:
    """The rendered page, grey levels row by row, and its map from pixels to page points."""

    def __init__(self, page: pdfium.PdfPage, dpi: int = OCR_DPI) -> None:
        scale = capped_scale(page, dpi)
        bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
        try:
            self.width, self.height, self.scale = bitmap.width, bitmap.height, scale
            stride, channels = bitmap.stride, bitmap.n_channels
            raw = bytes(bitmap.buffer)
            rows = [
                raw[y * stride : y * stride + self.width * channels] for y in range(self.height)
            ]
            self.rows = rows if channels == 1 else [r[::channels] for r in rows]
            self.to_page = device_to_page(page, self.width, self.height)
        finally:
            bitmap.close()

    def blank(self) -> bool:
        """Whether every pixel is white or nearly (`WHITE`): not even faint pencil or a grey
        scan background, which Tesseract's own thresholds might still read."""
        return all(min(row, default=255) >= WHITE for row in self.rows)

    def grey(self, box: Box | None = None, zoom: int = 1, pad: int = 0) -> Grey:
        """The image (or the box of it), enlarged `zoom` times, with `pad` white pixels round."""
        if box is None and zoom == 1 and pad == 0:
            return Grey(self.width, self.height, b"".join(self.rows))
        x0, y0, x1, y1 = box or (0, 0, self.width, self.height)
        rows = []
        for y in range(y0, y1):
            row = self.rows[y][x0:x1]
            if zoom > 1:
                row = bytes(v for v in row for _ in range(zoom))
            rows += [row] * zoom
        w = (x1 - x0) * zoom + 2 * pad
        blank = b"\xff" * w
        body = b"".join(b"\xff" * pad + r + b"\xff" * pad for r in rows)
        return Grey(w, len(rows) + 2 * pad, blank * pad + body + blank * pad)

    def pgm(self, box: Box | None = None, zoom: int = 1, pad: int = 0) -> bytes:
        """`grey` as a binary PGM file."""
        return self.grey(box, zoom, pad).pgm()

    def around(self, box: Box, margin: int = 2) -> Box:
        """The box grown by `margin` pixels each way, within the image."""
        x0, y0, x1, y1 = box
        return (
            max(x0 - margin, 0),
            max(y0 - margin, 0),
            min(x1 + margin, self.width),
            min(y1 + margin, self.height),
        )

    def ink_columns(self, x0: int, y0: int, x1: int, y1: int) -> list[bool]:
        # Each row as a big integer of 0/1 bytes, OR-ed together: a column per byte, in C.
        seen = 0
        for y in range(max(y0, 0), min(y1, self.height)):
            seen |= int.from_bytes(self.rows[y][x0:x1].translate(_IS_INK), "little")
        return [bool(b) for b in seen.to_bytes(x1 - x0, "little")]

    def ink_rows(self, x0: int, y0: int, x1: int, y1: int) -> tuple[int, int] | None:
        """First and last row with ink in the box."""
        found = [
            y for y in range(max(y0, 0), min(y1, self.height)) if min(self.rows[y][x0:x1]) < INK
        ]
        return (found[0], found[-1]) if found else None

    def point(self, x: float, y: float) -> tuple[float, float]:
        """Pixel (x, y) in page points (origin bottom-left, as pdfium's text rects)."""
        m = self.to_page
        return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]


def device_to_page(page: pdfium.PdfPage, width: int, height: int) -> Affine:
    """The affine map bitmap pixel -> page point that pdfium used to render (rotation included)."""

    def point(dx: int, dy: int) -> tuple[float, float]:
        px, py = pdfium_c.c_double(), pdfium_c.c_double()
        if not pdfium_c.FPDF_DeviceToPage(page.raw, 0, 0, width, height, 0, dx, dy, px, py):
            raise OcrFailed("pdfium could not map device to page coordinates")
        return px.value, py.value

    ox, oy = point(0, 0)
    ax, ay = point(width, 0)
    bx, by = point(0, height)
    return (ax - ox) / width, (bx - ox) / height, ox, (ay - oy) / width, (by - oy) / height, oy


# The page rendered small and grey, for a look at its ink rather than a reading: the ruling lines
# of a scanned table (`rulings`) and the print an invisible layer misses (`completeness`) are both
# looked for at this size, on the same page, so the last page's render is kept and shared.
LOOK_DPI = 100


class Look:
    """The page at `LOOK_DPI`, grey, one byte a pixel, rows top to bottom; `to_page` maps a
    pixel to page points (the page's /Rotate included)."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self.scale = LOOK_DPI / 72
        bitmap = page.render(scale=self.scale, grayscale=True, may_draw_forms=False)
        try:
            self.width, self.height = bitmap.width, bitmap.height
            stride, channels = bitmap.stride, bitmap.n_channels
            raw = bytes(bitmap.buffer)
            self.to_page = device_to_page(page, self.width, self.height)
        finally:
            bitmap.close()
        if channels == 1 and stride == self.width:
            self.grey = raw
        else:
            rows = (
                raw[y * stride : y * stride + self.width * channels : channels]
                for y in range(self.height)
            )
            self.grey = b"".join(rows)

    def rows(self) -> list[bytes]:
        w = self.width
        return [self.grey[y * w : (y + 1) * w] for y in range(self.height)]


_last: list[tuple[pdfium.PdfPage, Look]] = []  # the page object itself: its id is not reused


def look(page: pdfium.PdfPage) -> Look:
    """`Look` of the page, rendered once however many of the page's checks ask."""
    if _last and _last[0][0] is page:
        return _last[0][1]
    seen = Look(page)
    _last[:] = [(page, seen)]
    return seen


def forget() -> None:
    """Let the last page's render go (its document is being closed)."""
    _last.clear()
