"""Does a scanner's invisible OCR layer cover the page's print, or did it read only part of it?

A release tool's OCR layer (ZyLAB's, over a Woo release's page images) can be plausible and
still thin: on a re-scanned dashboard it holds a third to half of the words Tesseract reads in
the same small print (bench/breadth/report-sweep42b.md), and what it skipped would be lost
silently (coverage counts the layer). Reading every layer page again with Tesseract would cost
seconds a page; this looks at the page image instead.

The page is rendered small (`render.LOOK_DPI`, the render `rulings` looks at too) and its dark
pixels (`INK`: a letter's strokes; the paper, a scan's grey and a redaction box's grey fill are
lighter) kept where they lie in no long run across or down (`MAX_ACROSS`, `MAX_DOWN`): a glyph's
strokes are short, a rule, a bar, a chart's area or a logo's block is long. That is the page's
print. Every layer run's box (a line's stretch of words, padded by `PAD` points) is painted over
it, and `uncovered` is the share of the print outside every box: what the layer did not read.
Measured on 243 layer pages (VWS Woo releases, the corpus's scans; bench/breadth/report-ocr43.md):
a complete layer leaves a logo's or a signature's strokes and the grounds printed on redaction
boxes uncovered, 0.31 at most (a dashboard's legend page, whose layer Tesseract matches word for
word); the dashboards' thin layers leave 0.36-0.87. A page is incomplete from `INCOMPLETE`, when
what it misses is more than a line or two (`MIN_MISSED_AREA`).

Two looks that cannot tell (bench/breadth/report-ocr44.md: a gemeente's Woo releases with
Bluebeam, DataMask, xxllnc and Aspose layers, Amsterdam's OmniPage and the Rijk's Xerox, PFU and
other scanners' layers, 453 pages; their complete layers all score under 0.2):
- `blind`: a scan whose text is grey, lighter than `INK`, shows the look no print where the layer
  has its words (under `BLIND_PER_WORD` square points a layer word); the print it does see is a
  logo or a signature, all of it "missed" (0.99). Such a page is not judged: its layer stands.
- `on_paper`: print missed inside a photograph (a proces-verbaal's photos, an aerial map) is the
  photo's texture, which OCR reads as junk ('ee', 'Ay', 'Fe'). Missed print counts as text when
  it stands on paper: in a cell (`CELL` pixels square) at least half of whose pixels are light
  (`PAPER`). A page is incomplete only when `ON_PAPER` of its missed print stands on paper.
  Measured only for a page already over the threshold (a few a release): it costs a pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from services.segment.layout.words import Run
from services.segment.scan.render import look

INK = 96  # grey level below which a pixel is ink: a small letter's strokes, not the paper
# Longer ink runs than these (pixels at LOOK_DPI, ~9 and ~12 points) are no glyph's stroke but a
# rule, a bar, a filled redaction box, a chart's area or a logo: what is left is print.
MAX_ACROSS = 12
MAX_DOWN = 16
PAD = 2.0  # points round a run's box: a glyph's ascenders and the render's blur
# A layer is incomplete when this share of the page's print lies outside its runs ...
INCOMPLETE = 0.35
# ... and that print is more than a few lines' worth (square points of ink): a logo's letters
# or a signature beside a short letter are not a missed body of text.
MIN_MISSED_AREA = 150.0
_INK = bytes(1 if v < INK else 0 for v in range(256))
# Under this many square points of print inside the layer's runs per layer word, the look sees
# none of the text the layer read (grey text): it cannot judge the page. Text a look can see
# gives 0.5 (a dashboard's grey small print) to 30; grey text's pages gave 0.000-0.006.
BLIND_PER_WORD = 0.1
CELL = 16  # pixels at LOOK_DPI (~12 points): a cell holds a few letters and the paper round them
PAPER = 170  # grey level from which a pixel is paper (a scan's paper ~230; a photo's greys less)
# Share of the missed print that must stand on paper: photos' pages gave 0.008-0.204, the
# dashboards' thin layers 0.285-0.87, chat screenshots on a phone's grey 0.27-0.31.
ON_PAPER = 0.25
_PAPER = bytes(1 if v >= PAPER else 0 for v in range(256))


@dataclass(frozen=True)
class Coverage:
    """The page's print and how much of it lies outside the layer's runs."""

    print_area: float  # square points of print on the page
    missed_area: float  # square points of print outside every run's box
    words: int = 0  # the layer's words
    on_paper: float = 1.0  # share of the missed print standing on paper (1.0: not measured)

    @property
    def uncovered(self) -> float:
        return self.missed_area / self.print_area if self.print_area else 0.0

    @property
    def blind(self) -> bool:
        """The look saw (almost) none of the print the layer read: its text is lighter than
        `INK`, and the score says nothing."""
        return self.print_area - self.missed_area < BLIND_PER_WORD * self.words

    @property
    def over(self) -> bool:
        """Much of the print the look sees lies outside the layer (before the photo check)."""
        return (
            self.uncovered >= INCOMPLETE and self.missed_area >= MIN_MISSED_AREA and not self.blind
        )

    @property
    def incomplete(self) -> bool:
        return self.over and self.on_paper >= ON_PAPER


def layer_coverage(page: pdfium.PdfPage, runs: list[Run]) -> Coverage:
    """How much of the page's print lies outside `runs` (in the page's user space, as
    `words.read_page` gives them, before any /Rotate turn)."""
    seen = look(page)  # the render `rulings` looks at too
    scale, width, height = seen.scale, seen.width, seen.height
    grey, to_page = seen.grey, seen.to_page
    printed = _strokes(grey.translate(_INK), width, height)
    mask = bytearray(width * height)
    to_pixel = _inverse(to_page)
    for run in runs:
        _paint(mask, width, height, to_pixel, run)
    missed = printed & ~int.from_bytes(mask, "little")
    pixel = 1 / (scale * scale)  # square points a pixel
    words = sum(len(run.text.split()) for run in runs)
    seen_print = Coverage(printed.bit_count() * pixel, missed.bit_count() * pixel, words)
    if not seen_print.over:
        return seen_print
    share = _on_paper(missed.to_bytes(width * height, "little"), grey, width, height)
    return Coverage(seen_print.print_area, seen_print.missed_area, words, share)


Affine = tuple[float, float, float, float, float, float]


def _inverse(m: Affine) -> Affine:
    """The map page point -> pixel, from pixel -> point (x' = a x + b y + c, y' = d x + e y + f)."""
    a, b, c, d, e, f = m
    det = a * e - b * d
    if not det:
        return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return ia, ib, -(ia * c + ib * f), id_, ie, -(id_ * c + ie * f)


def _paint(mask: bytearray, width: int, height: int, m: Affine, run: Run) -> None:
    corners = [
        (m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5])
        for x in (run.x0 - PAD, run.x1 + PAD)
        for y in (run.y0 - PAD, run.y1 + PAD)
    ]
    x0 = max(int(min(p[0] for p in corners)), 0)
    x1 = min(int(max(p[0] for p in corners)) + 1, width)
    y0 = max(int(min(p[1] for p in corners)), 0)
    y1 = min(int(max(p[1] for p in corners)) + 1, height)
    if x1 <= x0:
        return
    ones = b"\x01" * (x1 - x0)
    for y in range(y0, y1):
        mask[y * width + x0 : y * width + x1] = ones


def _on_paper(missed: bytes, grey: bytes, width: int, height: int) -> float:
    """The share of the missed print (one byte a pixel, 1 for print) lying in cells that are
    mostly paper: letters on a page, not the texture of a photo."""
    paper = grey.translate(_PAPER)
    total = on = 0
    for top in range(0, height, CELL):
        rows = range(top, min(top + CELL, height))
        band = b"".join(missed[y * width : (y + 1) * width] for y in rows)
        if 1 not in band:
            continue
        light = b"".join(paper[y * width : (y + 1) * width] for y in rows)
        for left in range(0, width, CELL):
            right = min(left + CELL, width)
            cell = b"".join(band[k * width + left : k * width + right] for k in range(len(rows)))
            count = cell.count(1)
            if not count:
                continue
            total += count
            cell_paper = b"".join(
                light[k * width + left : k * width + right] for k in range(len(rows))
            )
            if 2 * cell_paper.count(1) >= len(cell_paper):
                on += count
    return on / total if total else 1.0


def _strokes(ink: bytes, width: int, height: int) -> int:
    """The ink pixels (one byte each, 1 for ink) that lie in no long run across or down, as the
    bits of an integer (pixel i at bit 8 i): glyphs' strokes, not rules, bars or areas."""
    across = _without_runs(ink, MAX_ACROSS)
    columns = b"".join(ink[x::width] for x in range(width))
    down_cols = _without_runs(columns, MAX_DOWN)
    down = b"".join(down_cols[y::height] for y in range(height))
    return int.from_bytes(across, "little") & int.from_bytes(down, "little")


def _without_runs(ink: bytes, longest: int) -> bytes:
    """`ink` with every run of more than `longest` ones set to zero (bytes.find, not a regular
    expression: sre walks a megapixel byte by byte, ten times slower)."""
    long = b"\x01" * (longest + 1)
    at = ink.find(long)
    if at < 0:
        return ink
    out = bytearray(ink)
    while at >= 0:
        end = ink.find(b"\x00", at)
        end = len(ink) if end < 0 else end
        out[at:end] = bytes(end - at)
        at = ink.find(long, end)
    return bytes(out)
