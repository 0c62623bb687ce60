"""Whether a page provably draws no path, read from its content streams.

The drawn-table step walks every page object for paths (`grids._paths`): two pdfium calls an
object, and a page set one text object per glyph has thousands of them, most of a page's own
cost beside pdfium's load. pdfium cannot list only a page's paths or forms, but the content
stream says what the page draws: a path begins with a path-construction operator (m, l, c, v,
y, h, re), and a form can only come in through `Do`. A page whose content has neither token
draws no path, and its walk can be skipped: it would find nothing.

Only what is read exactly counts as proof; any doubt (a filter not read here, a stream cut
short, a page tree qpdf and pdfium may count apart, an XObject painted, fewer text-showing
operators than pdfium's objects) says: walk, as before. A false alarm only costs the walk.
"""

from __future__ import annotations

import io
import re
import zlib
from typing import Any

# Below this many page objects the walk (~5K instructions an object) costs less than reading
# the content (qpdf's open, inflating, the scan: ~40 instructions a byte, ~60 bytes an object).
MANY_OBJECTS = 500

# A path-construction operator is a token: after whitespace or a delimiter that can end a
# token, before whitespace or any delimiter. Not after "(" (what follows is a string's text: a
# glyph "(m)" is no operator), "/" (a name) or "%" (a comment). The content is looked at through
# `_TOKENS`: the delimiters before a token become a space, the one-letter operators an "m"; an
# operator is then " m" or " re" followed by one of `_TOKEN_END`. A string holding " m " reads
# as an operator too: a false alarm, the walk then runs.
_TOKENS = bytes.maketrans(b"\t\n\r\f\0)]>}[<{lcvyh", b" " * 12 + b"mmmmm")
_OPERATORS = (b" m", b" re")
_TOKEN_END = frozenset(b" (/%")
# The rest of a clipping path from its first operator on: more construction operators with
# their numbers, then W or W* and n (end the path unpainted). pdfium makes no object of it
# (browsers clip every page to its box this way).
_CLIP_TAIL = re.compile(rb"(?:\s+(?:[-+.\d]+\s+)*(?:re|[mlcvyh]))*\s+W\*?\s+n(?=[\s()<>\[\]{}/%])")
# What makes a text object: every one pdfium counts on a page without paths or forms comes
# from one of these (inline images and shadings make objects too). Strings holding them only
# raise the count.
_SHOWING = (b"Tj", b"TJ", b"'", b'"', b"BI", b"sh")
_A85_DIGITS = bytes.maketrans(bytes(range(33, 118)), bytes(range(85)))  # "!".."u": 0..84


class PageContents:
    """The document's page content streams, read by qpdf the first time a page asks."""

    def __init__(self, data: bytes, page_count: int) -> None:
        self._data = data
        self._page_count = page_count
        self._pdf: Any = None  # held: its pages live as long as it does
        self._pages: Any = None
        self._failed = False

    def draws_no_path(self, index: int, objects: int) -> bool:
        """Whether page `index` (0-based), which pdfium says holds `objects` objects, provably
        draws no path and paints no form. False when in doubt."""
        content = self._content(index)
        if content is None or b"Do" in content or _paints_path(content):
            return False
        return _shows_at_least(content, objects)

    def _content(self, index: int) -> bytes | None:
        pages = self._open()
        if pages is None:
            return None
        try:
            contents = pages[index].obj.get("/Contents")
            streams = [contents] if contents is None or _is_stream(contents) else list(contents)
            decoded = [_decoded(stream) for stream in streams]
        except Exception:  # a damaged object: pdfium may still read something from it
            return None
        if any(d is None for d in decoded):
            return None
        # pdfium reads a page's streams as one, a space between them
        return b" " + b" ".join(d for d in decoded if d is not None) + b" "

    def _open(self) -> Any:
        if self._pages is None and not self._failed:
            import pikepdf  # a dependency already; only pages with many objects need it

            try:
                self._pdf = pikepdf.open(io.BytesIO(self._data))
                pages = self._pdf.pages
                self._pages = pages if len(pages) == self._page_count else None
            except Exception:
                self._pages = None
            self._failed = self._pages is None
        return self._pages


def _paints_path(content: bytes) -> bool:
    """Whether `content` may make a path object: a path-construction operator that does not
    lead to the end of a clipping path left unpainted."""
    text = content.translate(_TOKENS)  # one byte for one: positions stay the content's
    for operator in _OPERATORS:
        at = text.find(operator)
        while at >= 0:
            end = at + len(operator)
            if text[end] in _TOKEN_END and not _CLIP_TAIL.match(content, end):
                return True
            at = text.find(operator, end)
    return False


def _shows_at_least(content: bytes, objects: int) -> bool:
    """Whether `content` has as many text-showing operators as pdfium has objects; counted one
    operator at a time until enough (a page set glyph by glyph: its Tj alone)."""
    shown = 0
    for operator in _SHOWING:
        shown += content.count(operator)
        if shown >= objects:
            return True
    return False


def _is_stream(obj: Any) -> bool:
    import pikepdf

    return isinstance(obj, pikepdf.Stream)


def _decoded(stream: Any) -> bytes | None:
    """The stream's bytes if its filters are ones read here exactly (none, Flate without
    parameters, or ASCII85 then Flate), else None. Python's zlib inflates three times faster
    than qpdf's pipeline."""
    from pikepdf import Name

    if stream is None:
        return b""
    if stream.get("/DecodeParms") is not None:
        return None
    found = stream.get("/Filter")
    filters = [] if found is None else [found] if isinstance(found, Name) else list(found)
    data: bytes = stream.read_raw_bytes()
    names = [str(name) for name in filters]
    if names == ["/ASCII85Decode", "/FlateDecode"]:  # reportlab's; Flate's checksum checks both
        compressed = _from_ascii85(data)
        return None if compressed is None else _inflated(compressed)
    if names == ["/FlateDecode"]:
        return _inflated(data)
    return None if names else data


def _inflated(data: bytes) -> bytes | None:
    """The whole stream inflated, or None: a stream cut short may still give pdfium a part."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data)
    except zlib.error:
        return None
    return out if inflater.eof else None


def _from_ascii85(data: bytes) -> bytes | None:
    """ASCII85 decoded, all groups at once: each of the five digit columns becomes one big
    integer with a 32-bit lane per group, so the arithmetic runs in C (base64.a85decode loops
    in Python, ~20M instructions a page). None if it is not whole. Not checked digit by digit:
    a group out of range spills into its neighbour, and only a Flate stream (its checksum
    fails then) is read after it (see `_decoded`)."""
    text = data.translate(None, b" \t\n\r\f\0")
    text = text[2:] if text.startswith(b"<~") else text
    end = text.find(b"~>")
    if end < 0:
        return None
    text = text[:end].replace(b"z", b"!!!!!")
    pad = -len(text) % 5
    digits = (text + b"u" * pad).translate(_A85_DIGITS)
    groups = len(digits) // 5
    value = 0
    for column in range(5):
        lanes = bytearray(4 * groups)
        lanes[3::4] = digits[column::5]
        value = value * 85 + int.from_bytes(lanes, "big")
    try:
        out = value.to_bytes(4 * groups, "big")
    except OverflowError:  # the first group out of range
        return None
    return out[: len(out) - pad]
