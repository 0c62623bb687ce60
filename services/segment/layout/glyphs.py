"""Direct calls into pdfium's text page: rectangles, glyph boxes, baselines, fonts.

A page asks pdfium a few hundred small questions (where is rectangle k, where is glyph i, how
heavy is its font). Through pypdfium2's bindings each call spends most of its time in ctypes
checking the arguments. The questions asked once or more per word go through `untyped`: no
argument types to check, every pointer handed over as a reference made once (`handle`,
`slots`) and every index as a plain int (a C int), which costs about half of `direct`'s call
(the signatures stay pypdfium2's own with every pointer as an address); a few calls a page
keep `direct`. The questions asked once a word, once a run or once a page object go to `bulk`,
a C accelerator (`_bulk.c`) that asks pdfium in C, one call from Python where ctypes made three
or thousands.
"""

from __future__ import annotations

import ctypes
import math
import re
import struct
from _ctypes import FUNCFLAG_CDECL, FUNCFLAG_PYTHONAPI, CFuncPtr
from collections.abc import Callable
from functools import partial
from typing import Any, cast

import pypdfium2.raw as pdfium_c

from stukken.platform.logging import get_logger

log = get_logger(__name__)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1: PDF points, y grows upwards
# A run as `Glyphs.line` gives it: text, x0, y0, x1, y1, loose size, measure, bold, base, italic.
LineRun = tuple[str, float, float, float, float, float, float, bool, float, bool]

# Names of fonts whose weight pdfium cannot tell (standard 14 fonts carry no descriptor).
_FOUR_DOUBLES = struct.Struct("4d")
_FOUR_FLOATS = struct.Struct("4f")
_EIGHT_FLOATS = struct.Struct("8f")
_MATRIX_FLOATS = struct.Struct("6f")  # an FS_MATRIX: a, b, c, d, e, f
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_SLANT_NAMES = ("italic", "oblique")  # a heavy stem under such a name is no bold face's
_THIN = 300  # pdfium weight (StemV x 5) below which a face is no bold one, whatever its name
_NAME_SIZE = 96
# The font descriptor's Italic flag (PDF 32000 9.8.2, bit 7), as FPDFText_GetFontInfo gives it:
# every producer's oblique face sets it (LibreOffice, WeasyPrint, Chromium, Word).
_ITALIC_FLAG = 64
# The buffers' types made once: ctypes keeps an array type only while something holds it, and
# makes it anew (a new class) after.
_ONE_BYTE = ctypes.c_char * 1
_DOUBLES = ctypes.c_double * 4
_TWO_RECTS = ctypes.c_float * 8
_SIX_FLOATS = ctypes.c_float * 6
_NAME = ctypes.c_char * _NAME_SIZE


def direct(fn: Any) -> Callable[..., Any]:
    """`fn` with its pointer parameters taken as plain addresses."""
    params = [ctypes.c_void_p if hasattr(t, "contents") else t for t in fn.argtypes]
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if not address:
        raise ImportError(f"pdfium has no {fn.__name__}")
    restype = ctypes.c_void_p if hasattr(fn.restype, "contents") else fn.restype
    return ctypes.CFUNCTYPE(restype, *params)(address)


class _IntCall(CFuncPtr):
    """A C function returning an int, called with the GIL kept (PYFUNCTYPE's flags) and with no
    result type declared: ctypes then reads the C int straight into a Python int, where a
    declared simple result type costs it a search of its format table on every call."""

    _flags_ = FUNCFLAG_CDECL | FUNCFLAG_PYTHONAPI


class _IntCallOnObject(CFuncPtr):
    """An `_IntCall` whose one argument is a page object's address, an int."""

    _flags_ = FUNCFLAG_CDECL | FUNCFLAG_PYTHONAPI
    _argtypes_ = (ctypes.c_void_p,)


def untyped(fn: Any, restype: Any = ctypes.c_int) -> Callable[..., Any]:
    """`fn` called without argument checks: pass pointers as `handle` and `slots` make them,
    integers as ints. Only for functions whose arguments are all pointers and C ints."""
    # No declared arguments: a C function takes more than declared, each converted by its
    # Python type, unchecked. PYFUNCTYPE keeps the GIL over the call: these calls take less
    # time than handing the GIL over and back (a tenth of the call).
    if restype is ctypes.c_int:
        return _IntCall(_address(fn))
    return ctypes.PYFUNCTYPE(restype)(_address(fn))


def on_object(fn: Any) -> Callable[[int | None], int]:
    """`fn` (a page object in, a C int out) taking the object as its address, an int."""
    return _IntCallOnObject(_address(fn))


def _address(fn: Any) -> int:
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if not address:
        raise ImportError(f"pdfium has no {fn.__name__}")
    return address


def pointer_value(raw: Any) -> int | None:
    """The address a pdfium handle holds (None for a null one): `ctypes.cast(raw,
    ctypes.c_void_p).value`, read from a pointer's own buffer where `raw` is a ctypes pointer
    (pypdfium2's handles are). `cast` is a foreign call (~3 µs, a few a page), and it ties the
    handle into a reference cycle (the result shares the handle's `_objects` dict, which holds
    the handle itself) that only the cyclic collector frees."""
    if isinstance(raw, ctypes._Pointer):
        return ctypes.c_void_p.from_address(ctypes.addressof(raw)).value
    return ctypes.cast(raw, ctypes.c_void_p).value


def handle(address: int | None) -> Any:
    """`address` (a pdfium handle) as an untyped call takes a pointer cheapest: a reference
    made once (`byref`), which ctypes hands over as it stands. An array at the address costs
    it a conversion on every call, a `c_void_p` also a lookup of its type's format."""
    if not address:
        raise ValueError("a null pdfium handle")
    return ctypes.byref(_ONE_BYTE.from_address(address))


def slots(buffer: ctypes.Array[Any], count: int) -> tuple[Any, ...]:
    """Pointers to the first `count` items of `buffer` for an untyped call's out-parameters,
    made once (as `handle`)."""
    step = ctypes.sizeof(buffer._type_)
    return tuple(ctypes.byref(buffer, k * step) for k in range(count))


def _bound_bulk() -> Any:
    """The C accelerator (`_bulk.c`), given pdfium's function addresses; None where it is not
    built (a source tree run without `pip install -e .`): the ctypes calls then ask the same
    questions, with the same answers, slower."""
    try:
        from services.segment.layout import _bulk
    except ImportError as exc:
        log.warning("pdfium_bulk_missing", error=str(exc))
        return None
    _bulk.bind(
        _address(pdfium_c.FPDFPage_CountObjects),
        _address(pdfium_c.FPDFPage_GetObject),
        _address(pdfium_c.FPDFFormObj_CountObjects),
        _address(pdfium_c.FPDFFormObj_GetObject),
        _address(pdfium_c.FPDFPageObj_GetType),
        _address(pdfium_c.FPDFPageObj_GetBounds),
        _address(pdfium_c.FPDFText_GetLooseCharBox),
        _address(pdfium_c.FPDFText_GetFontWeight),
        _address(pdfium_c.FPDFText_GetFontSize),
        _address(pdfium_c.FPDFText_GetMatrix),
        _address(pdfium_c.FPDFText_GetCharOrigin),
        _address(pdfium_c.FPDFText_CountRects),
        _address(pdfium_c.FPDFText_GetFontInfo),
        _address(pdfium_c.FPDFText_GetTextObject),
        _address(pdfium_c.FPDFText_IsGenerated),
        _address(pdfium_c.FPDFText_GetCharBox),
        _address(pdfium_c.FPDFText_GetTextIndexFromCharIndex),
        _address(pdfium_c.FPDFText_GetText),
        _address(pdfium_c.FPDFText_GetCharAngle),
        _address(pdfium_c.FPDFPage_GetCropBox),
        _address(pdfium_c.FPDFPage_GetMediaBox),
        _address(pdfium_c.FPDFTextObj_GetFont),
        _address(pdfium_c.FPDFTextObj_GetTextRenderMode),
    )
    return _bulk


# The accelerator, or None (the ctypes path). Read at every use, so a test can set it to None.
bulk = _bound_bulk()

# pdfium's line ends: a line break, or the hyphen mark that ends a hyphenated line.
_LINE = re.compile(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")


def page_text(textpage: Any, n_chars: int) -> str:
    """The text of the page's characters 0..n_chars-1: `textpage.get_text_range(0, n_chars)`,
    read by the accelerator in one call where it is built (pypdfium2 makes a ctypes array type
    for its buffer on every call), step for step as pypdfium2 reads it."""
    if bulk is None:
        return str(textpage.get_text_range(0, n_chars))
    address = pointer_value(textpage.raw)
    if not address:
        raise ValueError("a null pdfium handle")
    return bulk.page_text(address, n_chars)


def line_spans(text: str) -> list[tuple[int, int]]:
    """Where the lines of a page's text stand (pdfium's line ends, `_LINE`), each from its first
    character that is not white space; lines of white space only are left out. The accelerator
    finds the same in C, where the pattern cost a match object and two calls a line."""
    if bulk is not None:
        return bulk.line_spans(text)
    spans = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


_COUNT_RECTS = untyped(pdfium_c.FPDFText_CountRects)
_GET_RECT = untyped(pdfium_c.FPDFText_GetRect)
_CHAR_BOX = untyped(pdfium_c.FPDFText_GetCharBox)
_LOOSE_BOX = untyped(pdfium_c.FPDFText_GetLooseCharBox)
_ORIGIN = untyped(pdfium_c.FPDFText_GetCharOrigin)
_WEIGHT = untyped(pdfium_c.FPDFText_GetFontWeight)
_FONT_INFO = untyped(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_UNICODE = untyped(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_ANGLE = untyped(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
_INDEX_AT = direct(pdfium_c.FPDFText_GetCharIndexAtPos)
_FONT_SIZE = direct(pdfium_c.FPDFText_GetFontSize)
_TYPE_SIZE = untyped(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_MATRIX = untyped(pdfium_c.FPDFText_GetMatrix)
_TEXT_OBJECT = direct(pdfium_c.FPDFText_GetTextObject)
_RENDER_MODE = direct(pdfium_c.FPDFTextObj_GetTextRenderMode)
_OBJECT_FONT = direct(pdfium_c.FPDFTextObj_GetFont)


class Glyphs:
    """The rectangles and glyphs of one open text page (valid while the text page is open).

    The questions asked once a line, a run or a word (`count_rects`, `one_rect`, `loose_box`,
    `run_start`, `bold`, `weighted_bold`) are, where the accelerator is built when the Glyphs
    is made, its C functions bound to this page (a `partial`): compiled code calls them with no
    Python frame on the way (a frame costs more than the C call). Else they are the methods
    that ask the same through ctypes (`_count_rects`, ...), with the same answers."""

    count_rects: Callable[..., int]  # (start=0, count=-1)
    one_rect: Callable[[int, int], bool]
    loose_box: Callable[[int], Box | None]
    run_start: Callable[[int], tuple[float, float | None]]
    bold: Callable[[int], bool]
    weighted_bold: Callable[[int, int], bool]
    italic: Callable[[int], bool]
    invisible: Callable[[int], bool]
    # `line_runs._by_words`' loop over a line's words: `join(join_page, text, pos, end, digits,
    # low, high, under, over, least, most, near, far, weight, font, x1, y0, y1)` is the next word
    # text[s:e] of the line from `pos` to `end` with its ends (`_word_ends`: None where a glyph
    # has no loose box) and the run's x1, y0, y1, as (s, e, ends, x1, y0, y1); s = -1 past the
    # last word. The accelerator joins the words before it that join the run at once
    # (`_by_words`' first test, decided in C); through ctypes (`_join_words`, `join_page` the
    # Glyphs) every word comes back and `_by_words` joins it itself, with the same result.
    join_page: Any
    join: Callable[..., tuple[Any, ...]]
    # Text tests `_by_words` asks once a line and once a word, no pdfium in them: whether
    # text[start:end] holds a decimal digit (`decimal_in`), a digit after another character
    # (`digit_after`). The accelerator's C loops where it is built, else the patterns.
    decimal_in: Callable[[str, int, int], bool]
    digit_after: Callable[[str, int, int], bool]
    # `_by_words`' whole loop over the line text[start:end], in C where the accelerator is
    # built: `line(text, start, end)` is its runs as (text, x0, y0, x1, y1, loose size, measure,
    # bold, base), what `_by_words` hands `_run_in`, or None where a word of the line needs
    # `_by_words`' own tests (a glyph without a loose box, a word not set level, ...), which then
    # reads the line itself; always None through ctypes.
    line: Callable[[str, int, int], list[LineRun] | None]
    # `line_runs`' loop over the page's lines (`line_spans`' list) from line k on, in one C call
    # where the accelerator is built: `lines(text, spans, k)` is the runs of each line it read
    # (as `line` gives them) and why it stopped: `LINES_DONE` past the last line,
    # `LINES_ONE_OBJECT` before a line that `one_rect` says is one text object,
    # `LINES_BY_WORDS` before a line `line` leaves to `_by_words`. Through ctypes ([],
    # `LINES_UNASKED`): line_runs reads every line itself.
    lines: Callable[[str, list[tuple[int, int]], int], tuple[list[list[LineRun]], int]]

    def __init__(self, textpage: pdfium_c.FPDF_TEXTPAGE) -> None:
        self._address = pointer_value(textpage)  # for the direct calls
        self.page = handle(self._address)  # for the untyped ones
        self._name = _NAME()
        self._name_address = ctypes.addressof(self._name)  # the accelerator's `bold` reads into it
        self._b: _Buffers | None = None
        if bulk is None:
            self._b = _Buffers(self._name)
            self.count_rects = self._count_rects
            self.one_rect = self._one_rect
            self.loose_box = self._loose_box
            self.run_start = self._run_start
            self.bold = self._bold
            self.weighted_bold = self._weighted_bold
            self.italic = self._italic
            self.invisible = self._invisible
            self.join_page, self.join = self, _join_words
            self.decimal_in, self.digit_after = _decimal_in, _digit_after
            self.line = _no_line
            self.lines = _no_lines
        else:
            # The ctypes buffers wait for the first question that needs them (`_buf`): with
            # the accelerator most pages ask none.
            address = self._address
            self.count_rects = partial(bulk.count_rects, address)
            self.one_rect = partial(bulk.one_rect, address)
            self.loose_box = partial(bulk.loose_box, address)
            self.run_start = partial(bulk.run_start, address, math.hypot)
            # bold(i) asks the weight in C; weighted_bold(weight, i) hands it over.
            self.bold = self.weighted_bold = partial(bulk.bold, address, self._name_address)
            self.italic = partial(bulk.italic, address, self._name_address)
            self.invisible = partial(bulk.invisible, address)
            self.join_page, self.join = address, bulk.join_words
            self.decimal_in, self.digit_after = bulk.decimal_in, bulk.digit_after
            self.line = partial(bulk.line_runs, address, self._name_address, math.hypot)
            self.lines = partial(bulk.page_lines, address, self._name_address, math.hypot)

    def _buf(self) -> _Buffers:
        """The ctypes calls' buffers, made at the first question that needs them."""
        if self._b is None:
            self._b = _Buffers(self._name)
        return self._b

    def _count_rects(self, start: int = 0, count: int = -1) -> int:
        """Rectangles (one per text object) of characters start..start+count; `rect` reads them."""
        return int(_COUNT_RECTS(self.page, start, count))

    def _one_rect(self, start: int, count: int) -> bool:
        """Whether characters start..start+count are one rectangle (one text object): then
        `rect(0)` reads it. The accelerator's `one_rect` answers no without pdfium's count
        where the first and last glyph that count are two text objects (a line set one object
        per glyph or per word), the same answer."""
        return self._count_rects(start, count) == 1

    def rect(self, k: int) -> Box:
        b = self._b or self._buf()
        a = b.a
        _GET_RECT(self.page, k, a[0], a[1], a[2], a[3])
        left, top, right, bottom = _FOUR_DOUBLES.unpack_from(b.doubles_view)
        return left, bottom, right, top

    def box(self, i: int) -> Box:
        """The glyph's tight box (generated characters: a point where they would stand)."""
        b = self._b or self._buf()
        a = b.a
        _CHAR_BOX(self.page, i, a[0], a[1], a[2], a[3])
        left, right, bottom, top = _FOUR_DOUBLES.unpack_from(b.doubles_view)
        return left, bottom, right, top

    def all_boxes(self, count: int) -> list[Box]:
        """The tight boxes of glyphs 0..count-1, in one loop (no method call per glyph); in one
        C call where the accelerator has it (a `_bulk` built before `char_boxes` has not)."""
        in_c = getattr(bulk, "char_boxes", None)
        if in_c is not None:
            return cast(list[Box], in_c(self._address, count))
        b = self._b or self._buf()
        page, view, unpack = self.page, b.doubles_view, _FOUR_DOUBLES.unpack_from
        a0, a1, a2, a3 = b.a
        out = []
        for i in range(count):
            _CHAR_BOX(page, i, a0, a1, a2, a3)
            left, right, bottom, top = unpack(view)
            out.append((left, bottom, right, top))
        return out

    def _loose_box(self, i: int) -> Box | None:
        """Glyph i's loose box (its font's ascent to descent), None where pdfium has none."""
        b = self._b or self._buf()
        if not _LOOSE_BOX(self.page, i, b.rect_at):
            return None
        left, top, right, bottom = _FOUR_FLOATS.unpack_from(b.floats_view)  # an FS_RECTF
        return left, bottom, right, top

    def loose_ends(self, i: int, j: int) -> tuple[float, ...] | None:
        """The loose boxes of glyphs i and j (a word's ends), side by side as pdfium writes
        them (FS_RECTF: left, top, right, bottom of i, then of j), read back at once; None if
        either has none."""
        page, b = self.page, self._b or self._buf()
        if not (_LOOSE_BOX(page, i, b.rect_at) and _LOOSE_BOX(page, j, b.second_at)):
            return None
        return _EIGHT_FLOATS.unpack_from(b.floats_view)

    def unicode(self, i: int) -> int:
        """The code point pdfium maps glyph i to (0: the font maps it to nothing)."""
        return int(_UNICODE(self.page, i))

    def angle(self, i: int) -> float:
        """Glyph i's rotation in radians, counter-clockwise (-1: pdfium cannot tell)."""
        return float(_ANGLE(self.page, i))

    def index_at(self, x: float, y: float, tol_x: float, tol_y: float) -> int:
        """The glyph at a position (pdfium scans the whole page for it)."""
        return int(_INDEX_AT(self._address, x, y, tol_x, tol_y))

    def font_size(self, i: int) -> float:
        return float(_FONT_SIZE(self._address, i))

    def em(self, i: int) -> float:
        """Glyph i's type size on the page: the font size times the text matrix's scale of its
        y axis (producers write 'Tf 1' and scale the matrix as often as 'Tf 11'); 0: unknown."""
        size = _TYPE_SIZE(self.page, i)
        b = self._b or self._buf()
        if not size or not _MATRIX(self.page, i, b.matrix_at):
            return 0.0
        _, _, c, d, _, _ = _MATRIX_FLOATS.unpack_from(b.matrix_view)
        return float(size * math.hypot(c, d))

    def baseline(self, i: int, default: float) -> float:
        b = self._b or self._buf()
        a, d = b.a, b.d
        return float(d[1]) if _ORIGIN(self.page, i, a[0], a[1]) else default

    def _run_start(self, i: int) -> tuple[float, float | None]:
        """What a run starting at glyph i is measured by: its type size on the page (`em`) and
        its baseline (None: pdfium has no origin for it). The accelerator's `run_start` asks
        the same in one call, math.hypot handed to it for the em."""
        b = self._b or self._buf()
        a, doubles = b.a, b.d
        return self.em(i), float(doubles[1]) if _ORIGIN(self.page, i, a[0], a[1]) else None

    def _bold(self, i: int) -> bool:
        """Whether glyph i is set in a bold face (`weighted_bold`)."""
        return self._weighted_bold(_WEIGHT(self.page, i), i)

    def _weighted_bold(self, weight: int, i: int) -> bool:
        """Bold: a weight of 600 or more, or a font whose name says bold. pdfium's weight is the
        stem width the producer wrote (StemV) scaled, and producers write it loosely: LibreOffice
        and WeasyPrint give regular and bold 80 alike (weight 400), Chromium gives DejaVu Sans
        Bold 91 (455); the name is what they agree on. A stem under 60 (weight 1-299: Chromium's
        regular is 225) is no bold face's, and its name is not asked (a call per word). The
        accelerator's `bold` makes the same tests, the name read in C. A heavy stem is no bold
        face's where the name says a slant and no weight: Chromium writes DejaVu Sans Oblique
        with a stem of 122 (weight 610), its Bold with 91."""
        if weight >= 600:
            return not self.named_slant(i)
        return (weight <= 0 or weight >= _THIN) and self.named_bold(i)

    def named_bold(self, i: int) -> bool:
        """Whether glyph i's font is named as a bold face ('DejaVuSans-Bold', 'Arial-BoldMT')."""
        return self._named(i)[0]

    def named_slant(self, i: int) -> bool:
        """Whether glyph i's font is named as a slanted face and not as a bold one
        ('DejaVuSans-Oblique', 'Arial-ItalicMT'; not 'DejaVuSans-BoldOblique')."""
        return self._named(i)[1]

    def _named(self, i: int) -> tuple[bool, bool, bool]:
        """What glyph i's font name says: bold, a slant without a weight, a slant (kept by
        name)."""
        b = self._b or self._buf()
        _FONT_INFO(self.page, i, b.name_at, _NAME_SIZE, b.flags_at)
        return self._name_says(b)

    def _name_says(self, b: _Buffers) -> tuple[bool, bool, bool]:
        """`_named`'s answer for the name just read into the buffer."""
        name = self._name.value
        known = b.names.get(name)
        if known is None:
            lower = name.decode("latin-1").lower()
            bold = any(word in lower for word in _BOLD_NAMES)
            slanted = any(word in lower for word in _SLANT_NAMES)
            known = b.names[name] = (bold, slanted and not bold, slanted)
        return known

    def _italic(self, i: int) -> bool:
        """Whether glyph i is set in an italic or oblique face: its font flagged italic, or
        named so ('Verdana-Italic', 'DejaVuSans-BoldOblique'). The weight cannot tell: LibreOffice
        and WeasyPrint write 400 for regular, italic and bold alike. The accelerator's `italic`
        makes the same tests, the name read in C."""
        b = self._b or self._buf()
        if not _FONT_INFO(self.page, i, b.name_at, _NAME_SIZE, b.flags_at):
            return False
        return bool(b.flags.value & _ITALIC_FLAG) or self._name_says(b)[2]

    def font_handle(self, i: int) -> int:
        """The font glyph i is set in, as an address (0: pdfium has no text object for it): the
        words of one face share it, so `line_runs`' first join test compares it."""
        obj = _TEXT_OBJECT(self._address, i)
        return int(_OBJECT_FONT(obj) or 0) if obj else 0

    def _invisible(self, i: int) -> bool:
        """Whether glyph i is drawn in text render mode 3 (a scanner's hidden OCR layer). The
        accelerator's `invisible` asks the same in one call (two ctypes calls and a method's
        frame here, three glyphs a page)."""
        obj = _TEXT_OBJECT(self._address, i)
        return bool(obj) and _RENDER_MODE(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE

    def font(self, i: int, y0: float, y1: float) -> tuple[float, bool, float]:
        """Size, boldness and baseline of glyph i, whose run spans y0..y1."""
        if i < 0:
            return y1 - y0, False, y0
        size = y1 - y0
        loose = self.loose_box(i)
        if loose is not None:
            size = abs(loose[3] - loose[1]) or size
        b = self._b or self._buf()
        a, d = b.a, b.d
        base = d[1] if _ORIGIN(self.page, i, a[0], a[1]) else y0
        return size, self.weighted_bold(_WEIGHT(self.page, i), i), base


_DIGIT = re.compile(r"\d")
# A digit after another character: where a superscript footnote marker glued to a word may start
# ("domein11." has its marker inside the word, before the full stop). line_runs reads it too.
DIGITS_AFTER = re.compile(r"\D(?=\d)")


def _decimal_in(text: str, start: int, end: int) -> bool:
    """`Glyphs.decimal_in` without the accelerator."""
    return _DIGIT.search(text, start, end) is not None


def _digit_after(text: str, start: int, end: int) -> bool:
    """`Glyphs.digit_after` without the accelerator."""
    return DIGITS_AFTER.search(text, start, end) is not None


def _no_line(text: str, start: int, end: int) -> list[LineRun] | None:
    """`Glyphs.line` without the accelerator: `_by_words` reads every line itself."""
    return None


# Why `Glyphs.lines` stopped (the accelerator's numbers): past the last line; before a line of
# one text object; before a line `_by_words` reads; not asked (no accelerator).
LINES_DONE = 0
LINES_ONE_OBJECT = 1
LINES_BY_WORDS = 2
LINES_UNASKED = 3


def _no_lines(text: str, spans: list[tuple[int, int]], k: int) -> tuple[list[list[LineRun]], int]:
    """`Glyphs.lines` without the accelerator: line_runs reads every line itself."""
    return [], LINES_UNASKED


def _plain(text: str) -> bool:
    """`plain` without the accelerator."""
    return text.isprintable() and "  " not in text


# Whether a text is printable with no two spaces in a row (its ends are all the white space there
# is to take off): the accelerator's one pass where it is built (bound when glyphs is imported;
# a text test, no pdfium in it).
plain: Callable[[str], bool] = _plain if bulk is None else bulk.plain


class _Buffers:
    """A Glyphs' buffers and out-parameters for the ctypes calls (`Glyphs._buf`): a pointer made
    once for each (`slots`, `byref`), read back through struct (ten times faster than indexing
    the ctypes arrays). `name` is the Glyphs' own font-name buffer, which the accelerator's
    `bold` writes into too."""

    __slots__ = (
        "a",
        "d",
        "doubles_view",
        "flags",
        "flags_at",
        "floats",
        "floats_view",
        "matrix",
        "matrix_at",
        "matrix_view",
        "name_at",
        "names",
        "rect_at",
        "second_at",
    )

    def __init__(self, name: ctypes.Array[ctypes.c_char]) -> None:
        self.d = _DOUBLES()
        self.a = slots(self.d, 4)
        self.floats = _TWO_RECTS()  # two FS_RECTFs: a word's end glyphs
        self.rect_at = ctypes.byref(self.floats)
        self.second_at = ctypes.byref(self.floats, _FOUR_FLOATS.size)
        self.doubles_view = memoryview(self.d).cast("B")
        self.floats_view = memoryview(self.floats).cast("B")
        self.flags = ctypes.c_int()
        self.name_at = ctypes.byref(name)
        self.flags_at = ctypes.byref(self.flags)
        self.names: dict[bytes, tuple[bool, bool, bool]] = {}  # a name: bold, slant alone, slant
        self.matrix = _SIX_FLOATS()
        self.matrix_at = ctypes.byref(self.matrix)
        self.matrix_view = memoryview(self.matrix).cast("B")


def _word_ends(glyphs: Glyphs, i: int, j: int) -> tuple[Any, ...] | None:
    """The loose boxes of glyphs i and j as `loose_ends` gives them followed by glyph i's font
    weight (as `bold` reads it; 0 or less: unknown) and font (`font_handle`), or None if either
    glyph has no loose box: a word's ends, as the accelerator's `join_words` hands them back."""
    ends = glyphs.loose_ends(i, j)
    if ends is None:
        return None
    return (*ends, _WEIGHT(glyphs.page, i), glyphs.font_handle(i))


def _join_words(glyphs: Glyphs, text: str, pos: int, end: int, *rest: Any) -> tuple[Any, ...]:
    """`Glyphs.join` through ctypes: the next word, none joined here."""
    x1, y0, y1 = rest[-3:]
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end:
        return -1, -1, None, x1, y0, y1
    e = pos
    while e < end and not text[e].isspace():
        e += 1
    return pos, e, _word_ends(glyphs, pos, e - 1), x1, y0, y1
