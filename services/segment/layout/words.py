"""Text runs with boxes, font size and weight, read from pdfium's text page.

A run is a stretch of one text line in one style between real gaps, whatever text objects the
producer cut it into (`line_runs` builds them from pdfium's lines and words). Font size,
weight and slant are sampled from the run's first character. A page whose reading fails is
read plainly (`plain_reading`: pdfium's lines) and marked degraded, so the document still
flows.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Final

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from services.segment.layout import glyphs as glyphs_module
from services.segment.layout.glyphs import Glyphs, page_text
from services.segment.layout.run_starts import first_char
from stukken.platform.logging import get_logger

log = get_logger(__name__)


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    y0: float  # bottom, PDF points, y grows upwards
    x1: float
    y1: float  # top
    size: float  # font size in points, from the loose glyph box of the first character
    bold: bool = False
    base: float = 0.0  # baseline of the first character: tight boxes vary with descenders
    ends_word: bool = False  # a word ends here, however close the next run stands (OCR layers)
    upright: int = 0  # set a quarter turn (a column head): 1 reading up, -1 reading down
    slanted: bool = False  # set at a slant: a watermark, filed apart by the layout
    # The size its gaps are measured in where that is not `size`: a font that declares an
    # abnormally tall box is measured as a usual face of its type size (`line_runs.measured`).
    em: float = 0.0
    under: bool = False  # a drawn rule runs under it (grids.mark_underlined): an underlined head
    italic: bool = False  # its first word's font is flagged italic or named so (Glyphs.italic)

    # The dataclass's own __init__, written out: compiled, a native class's generated __init__
    # is a Python function, which every run made in compiled code would go through (some 4K
    # instructions a run); this one mypyc compiles, and compiled code calls it directly.
    def __init__(
        self,
        text: str,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        size: float,
        bold: bool = False,
        base: float = 0.0,
        ends_word: bool = False,
        upright: int = 0,
        slanted: bool = False,
        em: float = 0.0,
        under: bool = False,
        italic: bool = False,
    ) -> None:
        self.text = text
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.size = size
        self.bold = bold
        self.base = base
        self.ends_word = ends_word
        self.upright = upright
        self.slanted = slanted
        self.em = em
        self.under = under
        self.italic = italic


@dataclass(slots=True)
class PageRuns:
    number: int  # 1-based
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    ocr: bool = False
    # How the page was read, for metadata.quality: a page with no letters after reading (and OCR)
    # is blank; a page whose reading or layout failed and fell back to a plain reading carries
    # the error class here.
    blank: bool = False
    degraded: str | None = None
    hidden_layer: bool = False  # the text is an invisible OCR layer (text render mode 3)
    unmapped: int = 0  # glyphs the font maps to no character, shown as U+FFFD
    # OCR'd for what its images hold beside the text layer's few words (scan.supplement): the
    # page is in `ocr_pages`, but its text and tables are the text layer's, OCR's runs added.
    supplement: bool = False
    # OCR's runs added after an incomplete invisible layer's (scan.supplement.filled_in): the
    # last `filled` runs; the layer's own reading (side column, lost glyphs) sees only the rest.
    filled: int = 0
    # Where the visible page begins, in the runs' points: a publication printed with crop marks
    # (the Kamerstukken, the Staatscourant) shows only its crop box, which starts above the
    # sheet's foot; `height` is the crop box's, so the page's edges lie at `bottom` and
    # `bottom + height`.
    bottom: float = 0.0
    # The bounds of the page's path objects that a drawing may be made of (boxes, arrows,
    # connectors; no page-sized frame or background): grids.read_grids, for layout/drawings.py.
    drawn: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def scanned(self) -> bool:
        """Whether the runs are Tesseract's reading of the page image."""
        return self.ocr and not self.supplement

    @property
    def char_count(self) -> int:
        return sum(len(r.text.strip()) for r in self.runs)

    @property
    def has_chars(self) -> bool:
        """`char_count > 0` without the count: some run holds a character that is not a blank
        (`str.strip` and `str.isspace` take the same characters for blanks)."""
        return any(r.text and not r.text.isspace() for r in self.runs)


def read_page(
    page: pdfium.PdfPage, number: int, textpage: pdfium.PdfTextPage | None = None
) -> PageRuns:
    """The page's runs; a reading that fails falls back to `plain_reading`, marked degraded.

    `textpage`: the page's text page if the caller has it open (it stays open), else one is
    opened and closed here."""
    width, height = page.get_size()
    bottom = visible_bottom(page)
    own = textpage is None
    textpage = page.get_textpage() if textpage is None else textpage
    try:
        hidden = False
        unmapped = 0
        try:
            runs, hidden, unmapped = _runs(textpage)
            degraded = None
        except Exception as exc:  # a bug or an odd page must not lose the document
            degraded = type(exc).__name__
            log.warning("page_reading_degraded", page=number, error=degraded, detail=str(exc))
            try:
                runs = plain_reading(textpage, height)
            except Exception as plain_exc:  # pdfium cannot even give the text: say so, go on
                log.error("page_unreadable", page=number, error=type(plain_exc).__name__)
                runs = []
    finally:
        if own:
            textpage.close()
    return PageRuns(
        number,
        width,
        height,
        runs,
        degraded=degraded,
        hidden_layer=hidden,
        unmapped=unmapped,
        bottom=bottom,
    )


def visible_bottom(page: pdfium.PdfPage) -> float:
    """The crop box's lower edge (the media box's without one), in the points pdfium gives the
    glyphs (a turned page's runs are then placed as shown, from 0: rotation.shown). Raw calls:
    pypdfium2's box getters cost more than the page's number; one C call where the accelerator
    is built (ctypes' four floats and their references cost more than pdfium's answers)."""
    bulk = glyphs_module.bulk
    if bulk is not None:
        return float(bulk.visible_bottom(glyphs_module.pointer_value(page.raw)))
    left, bottom, right, top = (
        ctypes.c_float(),
        ctypes.c_float(),
        ctypes.c_float(),
        ctypes.c_float(),
    )
    box = ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    if pdfium_c.FPDFPage_GetCropBox(page.raw, *box) or pdfium_c.FPDFPage_GetMediaBox(
        page.raw, *box
    ):
        return bottom.value
    return 0.0


def _runs(textpage: pdfium.PdfTextPage) -> tuple[list[Run], bool, int]:
    """The page's runs, whether its text is an invisible OCR layer, and how many of its glyphs
    have no character (see `unmapped_glyphs`)."""
    from services.segment.layout.line_runs import line_runs  # line_runs builds Runs

    n_chars = textpage.count_chars()
    if n_chars <= 0:
        return [], False, 0
    text = page_text(textpage, n_chars)
    glyphs = Glyphs(textpage.raw)
    # pdfium counts a character beyond U+FFFF (an emoji) as two, its surrogates; written so
    # also where pdfium left a glyph out as well (an icon a browser's font maps to nothing beside
    # an emoji: sweep35), which `restore_left_out` then puts back on the surrogates' indices
    astral = len(text) != n_chars and _astral(text) > 0
    if astral:
        text = "".join(_units(c) for c in text)
    hidden = _mostly_invisible(text, glyphs)
    restored = 0
    if len(text) != n_chars:  # pdfium left out characters: indices no longer line up
        aligned = restore_left_out(text, glyphs, n_chars)
        if aligned is None:
            return _runs_bounded(textpage, glyphs), hidden, 0
        text, restored = aligned, aligned.count("\ufffd") - text.count("\ufffd")
    text, unmapped = unmapped_glyphs(text, glyphs)
    runs = line_runs(text, glyphs, hidden=hidden)
    if astral:
        for run in runs:
            run.text = paired_surrogates(run.text)
    return runs, hidden, unmapped + restored


def restore_left_out(text: str, glyphs: Glyphs, n_chars: int) -> str | None:
    """pdfium's page text with the glyphs it left out put back as U+FFFD; None when anything
    else differs (a garbage layer's control codes), so the page is read rect by rect as before.

    pdfium's text leaves out a glyph its font maps to no character (an emoji or icon in a page a
    browser printed, a symbol font's bullet): every later index then points past its glyph. Read
    rect by rect instead, glyphs set closer than their boxes (kerned 'Tw', 'Vo') come out twice
    ('TwTweede') and punctuation leaves its word. Put back, such a glyph is shown and counted as
    `unmapped_glyphs` shows one, and the page is read as any other."""
    chars: list[str] = []
    j = 0
    for i in range(n_chars):
        code = glyphs.unicode(i)
        if j < len(text) and (ord(text[j]) == code or text[j] == "\ufffe"):
            chars.append(text[j])  # U+FFFE: pdfium's own mark, see `unmapped_glyphs`
            j += 1
        elif code == 0:
            chars.append(_LEFT_OUT)
        else:
            return None
    if j != len(text):
        return None
    return "".join(_left_out_shown(chars, i) if c == _LEFT_OUT else c for i, c in enumerate(chars))


_LEFT_OUT = "\x00"


def _left_out_shown(chars: list[str], i: int) -> str:
    """A left-out glyph between two letters stood for letters (a ligature): U+FFFD, counted; one
    beside a space, a bracket or a line's end is a symbol (an icon, a bullet): a space."""
    before = chars[i - 1] if i > 0 else " "
    after = chars[i + 1] if i + 1 < len(chars) else " "
    return "\ufffd" if before.isalnum() and after.isalnum() else " "


def _astral(text: str) -> int:
    """How many characters of the text lie beyond U+FFFF (an emoji, a mathematical letter)."""
    return sum(1 for c in text if ord(c) > 0xFFFF)


def _units(char: str) -> str:
    """A character as pdfium indexes it: one beyond U+FFFF as its two UTF-16 surrogates, each a
    glyph index of its own (both with the character's box), so the text lines up with them."""
    code = ord(char)
    if code <= 0xFFFF:
        return char
    code -= 0x10000
    return chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF))


# U+D800 and U+DFFF: written as chr() (mypyc compiles no surrogate in a string literal).
_FIRST_SURROGATE: Final = chr(0xD800)
_LAST_SURROGATE: Final = chr(0xDFFF)


def paired_surrogates(text: str) -> str:
    """A run's text with its surrogates joined back into their characters (a lone one, which a
    run cut between the two would leave, is shown as U+FFFD)."""
    if not any(_FIRST_SURROGATE <= c <= _LAST_SURROGATE for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def unmapped_glyphs(text: str, glyphs: Glyphs) -> tuple[str, int]:
    """The page text with glyphs the font maps to no character shown as U+FFFD, and their count.

    pdfium writes such a glyph as U+FFFE, its mark for a hyphen at a line end; a subset font
    whose ToUnicode maps its ligatures to nothing (Word's Calibri "ti", "tt", "ft") puts them
    inside words ("ba\ufffeerij" for "batterij"). Read as hyphens they would end the line there
    and glue the word's halves into a word that is not on the page; as U+FFFD they keep the
    word's pieces as the text layer has them, and the page says what it could not read."""
    chars: list[str] | None = None
    i = text.find("\ufffe")
    while i >= 0:
        if glyphs.unicode(i) == 0:
            chars = chars or list(text)
            chars[i] = "\ufffd"
        i = text.find("\ufffe", i + 1)
    if chars is None:
        return text, 0
    unmapped = chars.count("\ufffd") - text.count("\ufffd")
    return "".join(chars), unmapped


def _mostly_invisible(text: str, glyphs: Glyphs) -> bool:
    """Whether most of three glyphs (first, middle, last) are invisible: an OCR layer under a
    scan, perhaps with a visible stamp or header of its own."""
    n = len(text)
    samples = [i for i in (0, n // 2, n - 1) if i < n]
    glyph_at = [
        next((j for j in range(i, min(i + 40, n)) if not text[j].isspace()), -1) for i in samples
    ]
    seen = [glyphs.invisible(j) for j in glyph_at if j >= 0]
    return sum(seen) * 2 > len(seen)


def _runs_bounded(textpage: pdfium.PdfTextPage, glyphs: Glyphs) -> list[Run]:
    """Slow but safe path: the text inside each rectangle."""
    runs = []
    for k in range(textpage.count_rects()):
        x0, y0, x1, y1 = textpage.get_rect(k)
        piece = textpage.get_text_bounded(x0, y0, x1, y1)
        if piece.strip():
            index = first_char(glyphs, (x0, y0, x1, y1))
            size, bold, base = glyphs.font(index, y0, y1)
            runs.append(Run(piece, x0, y0, x1, y1, size, bold, base, italic=glyphs.italic(index)))
    return runs


def plain_reading(textpage: pdfium.PdfTextPage, height: float) -> list[Run]:
    """pdfium's text, one run per line, boxed by its end glyphs where pdfium knows them.

    The fallback when reading a page failed: no styles, no gaps, but every word kept. A line
    whose glyphs cannot be placed is stacked below the last one placed.
    """
    text = textpage.get_text_range()
    runs: list[Run] = []
    top = height - 36.0
    index = 0
    for line in text.split("\n"):
        start, end = index, index + len(line.rstrip("\r"))
        index += len(line) + 1
        if not text[start:end].strip():
            continue
        try:
            first, last = textpage.get_charbox(start, loose=True), textpage.get_charbox(end - 1)
            x0, y0, x1, y1 = first[0], min(first[1], last[1]), max(last[2], first[2]), first[3]
            if not y1 > y0:
                raise ValueError("no box")
        except Exception:
            x0, y0, x1, y1 = 36.0, top - 12.0, 36.0 + 5.0 * (end - start), top
        top = y0 - 2.0
        runs.append(Run(text[start:end].strip() + " ", x0, y0, x1, y1, y1 - y0, False, y0))
    return runs
