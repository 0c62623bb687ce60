"""Words of a scanner's invisible layer that pdfium's text page leaves out, put back.

A scanner's OCR layer (text render mode 3) is set in a font whose glyphs have no box (ZyLAB's
'InvisibleMonospacePdf', Acrobat's and Nuance's OCR fonts, 'Scanning' copiers), usually one text
object a word, stretched to the word's width by its matrix. pdfium boxes a text object by its
glyphs' boxes from origin to origin, so an object of one glyph has no width, and its text page
skips an object without width: every word of one character is gone. On Woo releases that is
the number of a numbered head ('4  Draagvlak politiek'), a page number ('Pagina 2 van 2'), the
parts of a redaction ground ('10.2.e' read '10'), a lone 'u' or 'a' (1,299 characters on one
34-page Wob decision). pdfium's API gives no character code of a text object, so the page's
own content stream is read (pikepdf, opened only when such an object is found): each
one-glyph string shown where one of these objects stands is decoded by its font's ToUnicode
map and set back into the run of its row, between the words it stands between, or as a run of
its own. Only what can be placed for certain comes back: a string shown where no text matrix
was just set (its origin depends on the advances before it) is left out, as are fonts without
a map for the code and anything inside a form XObject.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from services.segment.layout.words import PageRuns, Run

_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
_INVISIBLE = 3  # text render mode: neither filled nor stroked (an OCR layer)
_NO_WIDTH = 0.01  # points: pdfium's own test for a text object its text page skips
_SAME_SPOT = 0.05  # points between pdfium's origin of an object and the content stream's


@dataclass(slots=True)
class LostGlyph:
    text: str
    x0: float
    x1: float
    base: float
    height: float  # the type size as set (font size times the matrix's vertical scale)


def lost_origins(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[tuple[float, float]]:
    """The origins of the page's invisible text objects that pdfium's text page has no
    character of: no width (one glyph in a font without glyph boxes) and no text. Top-level
    objects only; raw calls (a layer page holds a thousand objects or more)."""
    raw = page.raw
    found: list[tuple[float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != _TEXT:
            continue
        if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) != _INVISIBLE:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        if right.value - left.value >= _NO_WIDTH:
            continue
        # its text as the text page has it: two bytes (the terminator) when it has none
        if pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, None, 0) > 2:
            continue
        found.append((left.value, bottom.value))
    return found


def restore(
    runs: PageRuns,
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage,
    document: Callable[[], Any],
) -> int:
    """Put the lost one-glyph words of an invisible layer back into `runs` (unturned, as the
    text page places them). `document`: the pikepdf document, opened on first ask. Returns how
    many were put back."""
    origins = lost_origins(page, textpage)
    if not origins:
        return 0
    glyphs = shown_glyphs(document(), runs.number - 1, origins)
    placed: dict[int, list[float]] = {}  # by run: where the glyphs set into it stand
    for glyph in glyphs:
        _place(runs.runs, glyph, textpage, placed)
    return len(glyphs)


def shown_glyphs(pdf: Any, index: int, origins: list[tuple[float, float]]) -> list[LostGlyph]:
    """The one-glyph strings page `index` (0-based) of `pdf` (pikepdf) shows at `origins`
    in its content stream, decoded."""
    import pikepdf

    if index >= len(pdf.pages):
        return []
    pike_page = pdf.pages[index]
    fonts = _fonts(pike_page)
    wanted = sorted(origins)
    found: list[LostGlyph] = []
    ctm: _Matrix = _IDENTITY
    stack: list[_Matrix] = []
    tm: _Matrix = _IDENTITY
    line: _Matrix = _IDENTITY
    placed = False  # a text matrix was just set: the next string starts at its origin
    font: _Font | None = None
    size = 0.0
    leading = 0.0
    ops = "q Q cm BT ET Tf Tm Td TD T* TL Tj TJ ' \""
    try:
        stream = pikepdf.parse_content_stream(pike_page, ops)
    except Exception:
        return []
    for instruction in stream:
        operands: Any = getattr(instruction, "operands", ())
        name = str(getattr(instruction, "operator", ""))
        try:
            if name == "q":
                stack.append(ctm)
            elif name == "Q":
                ctm = stack.pop() if stack else ctm
            elif name == "cm":
                ctm = _times(_matrix(operands), ctm)
            elif name == "BT":
                tm = line = _IDENTITY
                placed = True
            elif name == "Tf":
                font = fonts.get(str(operands[0]))
                size = float(operands[1])
            elif name == "TL":
                leading = float(operands[0])
            elif name == "Tm":
                tm = line = _matrix(operands)
                placed = True
            elif name in ("Td", "TD", "T*"):
                if name == "T*":
                    tx, ty = 0.0, -leading
                else:
                    tx, ty = float(operands[0]), float(operands[1])
                    if name == "TD":
                        leading = -ty
                tm = line = _times((1.0, 0.0, 0.0, 1.0, tx, ty), line)
                placed = True
            elif name in ("Tj", "TJ", "'", '"'):
                if name in ("'", '"'):
                    tm = line = _times((1.0, 0.0, 0.0, 1.0, 0.0, -leading), line)
                    placed = True
                codes = _shown_bytes(operands, name)
                if placed and font is not None and codes is not None:
                    glyph = _glyph(codes, font, size, _times(tm, ctm))
                    if glyph is not None and _wanted(glyph, wanted):
                        found.append(glyph)
                placed = False
        except (ValueError, TypeError, IndexError):
            placed = False
    return found


def _wanted(glyph: LostGlyph, origins: list[tuple[float, float]]) -> bool:
    return any(
        abs(x - glyph.x0) <= _SAME_SPOT and abs(y - glyph.base) <= _SAME_SPOT for x, y in origins
    )


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(operands: Any) -> _Matrix:
    a, b, c, d, e, f = (float(v) for v in operands)  # ValueError unless six numbers
    return (a, b, c, d, e, f)


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """m then n (PDF's row-vector order: m × n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _shown_bytes(operands: Any, name: str) -> bytes | None:
    """The bytes of a show operator that shows one string (a TJ of one string, kerning
    numbers before it aside); None for anything else."""
    import pikepdf

    if name == "TJ":
        parts = [p for p in operands[0] if isinstance(p, pikepdf.String)]
        if len(parts) != 1:
            return None
        return bytes(parts[0])
    value = operands[-1]
    return bytes(value) if isinstance(value, pikepdf.String) else None


@dataclass(slots=True)
class _Font:
    width: int  # bytes a code
    unicode: dict[int, str]
    widths: dict[int, float]
    default_width: float


def _glyph(codes: bytes, font: _Font, size: float, m: _Matrix) -> LostGlyph | None:
    if len(codes) != font.width:
        return None
    code = int.from_bytes(codes, "big")
    text = font.unicode.get(code)
    if text is None or not text.strip() or not text.isprintable():
        return None
    a, b, c, d, e, f = m
    if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:  # level and upright only
        return None
    advance = font.widths.get(code, font.default_width) / 1000.0 * size * a
    return LostGlyph(text, e, e + max(advance, 0.0), f, size * d)


def _fonts(pike_page: Any) -> dict[str, _Font]:
    import pikepdf

    fonts: dict[str, _Font] = {}
    try:
        resources = pike_page.obj.get("/Resources") or pike_page.Resources
        table = resources.get("/Font")
    except Exception:
        return fonts
    if table is None:
        return fonts
    for key in table:
        try:
            fonts[str(key)] = _font(table[key], pikepdf)
        except Exception:
            continue
    return fonts


def _font(font: Any, pikepdf: Any) -> _Font:
    composite = str(font.get("/Subtype", "")) == "/Type0"
    unicode: dict[int, str] = {}
    width = 2 if composite else 1
    to_unicode = font.get("/ToUnicode")
    if isinstance(to_unicode, pikepdf.Stream):
        unicode = _cmap(to_unicode.read_bytes())
    elif not composite:  # a simple font without a map: printable ASCII as itself
        unicode = {code: chr(code) for code in range(0x21, 0x7F)}
    widths: dict[int, float] = {}
    default = 1000.0
    if composite:
        descendant = font["/DescendantFonts"][0]
        default = float(descendant.get("/DW", 1000))
        w = descendant.get("/W")
        if w is not None:
            widths = _cid_widths(list(w))
    else:
        first = int(font.get("/FirstChar", 0))
        for i, value in enumerate(font.get("/Widths", [])):
            widths[first + i] = float(value)
        default = 500.0
    return _Font(width, unicode, widths, default)


def _cid_widths(w: list[Any]) -> dict[int, float]:
    widths: dict[int, float] = {}
    i = 0
    while i + 1 < len(w):
        first = int(w[i])
        nxt = w[i + 1]
        if isinstance(nxt, (int, float)) or hasattr(nxt, "as_int") or _is_number(nxt):
            if i + 2 >= len(w):
                break
            last, value = int(nxt), float(w[i + 2])
            if last - first > 65535:
                break
            for code in range(first, last + 1):
                widths[code] = value
            i += 3
        else:
            for k, value in enumerate(list(nxt)):
                widths[first + k] = float(value)
            i += 2
    return widths


def _is_number(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")


def _cmap(data: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries."""
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        pairs = _HEX.findall(block)
        for src, dst in zip(pairs[0::2], pairs[1::2], strict=False):
            table[int(src or b"0", 16)] = _utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for entry in _RANGE.finditer(block):
            lo, hi = int(entry.group(1), 16), int(entry.group(2), 16)
            if hi - lo > 65535:
                continue
            target = entry.group(3)
            if target.startswith(b"["):
                for k, dst in enumerate(_HEX.findall(target)):
                    table[lo + k] = _utf16(dst)
            else:
                start = _HEX.findall(target)[0]
                base = int(start or b"0", 16)
                for k in range(hi - lo + 1):
                    table[lo + k] = _utf16(f"{base + k:0{max(len(start), 4)}X}".encode())
    return table


def _utf16(hexdigits: bytes) -> str:
    try:
        return bytes.fromhex(hexdigits.decode()).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return ""


def _place(
    runs: list[Run], glyph: LostGlyph, textpage: pdfium.PdfTextPage, placed: dict[int, list[float]]
) -> None:
    """Set `glyph` into the level run of its row it stands in or beside (within `_REACH` type
    sizes), between the words it stands between; else as a run of its own."""
    best: Run | None = None
    distance = float("inf")
    for run in runs:
        if run.upright or run.slanted:
            continue
        # measured in the taller of the two: an OCR layer sets a dash or a dot as low as it is
        height = max(glyph.height, run.y1 - run.y0)
        tolerance = max(1.0, _ROW * height)
        # on the run's baseline, or inside its box: a dash or a dot that the OCR set where it
        # stands, half way up the letters
        if abs(_base(run) - glyph.base) > tolerance and not (
            run.y0 - tolerance <= glyph.base <= run.y1 - 0.25 * (run.y1 - run.y0)
        ):
            continue
        gap = max(run.x0 - glyph.x1, glyph.x0 - run.x1, 0.0)
        if gap <= _REACH * height and gap < distance:
            best, distance = run, gap
    if best is None:
        runs.append(
            Run(
                glyph.text,
                glyph.x0,
                glyph.base,
                max(glyph.x1, glyph.x0 + 0.5 * glyph.height),
                glyph.base + glyph.height,
                glyph.height,
                base=glyph.base,
                ends_word=True,
            )
        )
        return
    words = best.text.split(" ")
    before = placed.setdefault(id(best), [])
    if glyph.x1 <= best.x0 + 0.01:
        at = sum(1 for x in before if x < glyph.x0)
        if glyph.text in BULLET_READINGS and best.x0 - glyph.x1 >= 2 * (glyph.x1 - glyph.x0):
            glyph.text = "•"  # a list's bullet as the scanner's OCR read it, apart before the item
    elif glyph.x0 >= best.x1 - 0.01:
        at = len(words)
    else:  # the run's words left of it, as the text page has them, and those set back before
        # the text page's words in the run's own box, left of the glyph
        left = textpage.get_text_bounded(
            left=best.x0 - 0.5, bottom=best.y0 - 0.5, right=glyph.x0, top=best.y1 + 0.5
        )
        at = min(len(left.split()) + sum(1 for x in before if x < glyph.x0), len(words))
    before.append(glyph.x0)
    words.insert(at, glyph.text)
    best.text = " ".join(words)
    best.x0 = min(best.x0, glyph.x0)
    best.x1 = max(best.x1, glyph.x1)


def _base(run: Run) -> float:
    return run.base or run.y0


# What a scanner's OCR makes of a list's bullet ('•') standing apart before its item: no Dutch
# or English word of one letter (nota 171141: 'e In het kader ...', '* Middels ...')
BULLET_READINGS = frozenset(("e", "©", "«", "°", "*"))
_REACH = 3.0  # type sizes between a lost glyph and the run it joins (a head's number: 2.3)
_ROW = 0.4  # type sizes its baseline may stand off the run's (a number set a point higher)
