"""Lines that carry a web address, read again on their own and larger (issue #12).

Sparse-text mode over a whole page reads small type worst where it matters most: an address has
no dictionary word to lean on, so a blurred glyph becomes any glyph ('rijksoverh«', 'projectplan-
kamer brief', 'doeumente'). Cut from the page and read as one line, enlarged with linear
interpolation (smooth edges: copied pixels give Tesseract blocks, not strokes), the same line
often reads whole. So a line whose words name an address (`_CUE`: a scheme, 'www.', a host's
'.nl/' or '.nl' at a word's end) is read again that way (`tesseract.py`, psm 7), and its new
reading replaces the line's words only where

- Tesseract is surer of it (its words' confidence, weighted by their lengths, higher by
  `_SURER`), and
- it keeps the line's text: within `_LOSS` characters as many (spaces aside) or at most
  `_GAIN` times as many, and the address cue is still in it (a reading that drops half a line
  or an address is no better reading, however sure).

The cost is bounded: at most `MAX_LINES` lines a page, the least sure first, each no higher
than `_MAX_HEIGHT` times the page's median line (a line box that swallowed a figure is no line).
Unsure text stays as the page read it; nothing is added that Tesseract did not read.
"""

from __future__ import annotations

import math
import re
import statistics

from services.segment.scan.hocr import Line, Word, parse_words
from services.segment.scan.render import Box, PageImage
from services.segment.scan.tesseract import Grey, OcrFailed, tesseract

# A word that names a web address: a scheme, 'www.', or a Dutch host ('.nl' then '/' or the
# word's end, OCR's '.n1'/'.ni' too).
_CUE = re.compile(r"https?:|www\.|\w\.n[l1iI!|](?:/|[.,;:)]?$)", re.IGNORECASE)
SMALL = 14.0  # pixels of x-height (at 300 dpi: 6.5 pt type) under which a line is small type
_TARGET = 20.0  # pixels of x-height a line is enlarged to (Tesseract reads best from ~20)
_MAX_ZOOM = 3
MAX_LINES = 12  # lines read again a page, at most
_MARGIN = 3  # pixels round the line's box
_PAD = 12  # white pixels round the enlarged line (of the original scale)
_SURER = 0.0  # the new reading's confidence must beat the old by more than this
_LOSS = 2  # characters the new reading may have fewer
_GAIN = 1.3  # ... and this many times as many, at most (plus `_LOSS`)
_MAX_HEIGHT = 2.5  # a line box this many times the median line's height is no line
_ONE_GAP = 0.55  # of the x-height: a gap after a '1' this narrow is no word space


def join_split_ones(line: Line) -> None:
    """An address's '1' that Tesseract split from the digits after it ('.../2020/1 1/20/',
    'did=2019D1 2525', '.../201 90327/'): a '1' is narrow, and Tesseract reads the space after it
    as a word's. Joined where the word is a piece of an address (a '/' or '=' in it), ends in
    '1', the next starts with a digit, and the gap between them is under `_ONE_GAP` of the line's
    x-height (a word space in small type is two thirds of it or more)."""
    words = line.words
    k = 0
    while k + 1 < len(words):
        a, b = words[k], words[k + 1]
        if (
            a.text.endswith("1")
            and ("/" in a.text or "=" in a.text)
            and b.text[:1].isdigit()
            and not a.marker
            and not b.marker
            and b.box[0] - a.box[2] < _ONE_GAP * line.x_height
        ):
            box = (a.box[0], min(a.box[1], b.box[1]), b.box[2], max(a.box[3], b.box[3]))
            words[k] = Word(a.text + b.text, box, conf=min(a.conf, b.conf))
            del words[k + 1]
        else:
            k += 1


def url_lines(lines: list[Line]) -> list[Line]:
    """The lines to read again: small type (`SMALL`) with an address's cue, least sure first,
    `MAX_LINES` at most."""
    heights = [line.box[3] - line.box[1] for line in lines]
    tall = _MAX_HEIGHT * statistics.median(heights) if heights else 0.0
    picked = [
        line
        for line in lines
        if line.x_height < SMALL
        and line.box[3] - line.box[1] <= tall
        and any(_CUE.search(w.text) for w in line.words)
    ]
    picked.sort(key=_confidence)
    return picked[:MAX_LINES]


def reread_url_lines(image: PageImage, lines: list[Line], lang: str) -> int:
    """Read each address line (`url_lines`) again, enlarged; keep the better reading. How many
    lines changed."""
    changed = 0
    for line in url_lines(lines):
        words = read_line(image, line.box, lang, zoom_for(line.x_height))
        if words is not None and better(line.words, words):
            line.words = words
            changed += 1
    return changed


def zoom_for(x_height: float) -> int:
    """How many times a line of this x-height is enlarged: to about `_TARGET` pixels, 2 or 3."""
    return max(2, min(_MAX_ZOOM, math.ceil(_TARGET / max(x_height, 1.0))))


def read_line(image: PageImage, box: Box, lang: str, zoom: int) -> list[Word] | None:
    """Tesseract's words of the box read as one line, `zoom` times enlarged, in page pixels;
    None if Tesseract fails."""
    x0, y0, _, _ = crop = image.around(box, _MARGIN)
    grey = enlarged(image, crop, zoom, _PAD * zoom)
    try:
        found = tesseract(grey, lang=lang, psm=7, output="hocr")
    except OcrFailed:
        return None
    words = parse_words(found)
    pad = _PAD * zoom
    for w in words:
        bx0, by0, bx1, by1 = w.box
        w.box = (
            x0 + max(bx0 - pad, 0) // zoom,
            y0 + max(by0 - pad, 0) // zoom,
            x0 + max(bx1 - pad, 0) // zoom,
            y0 + max(by1 - pad, 0) // zoom,
        )
    return words


def better(old: list[Word], new: list[Word]) -> bool:
    """Whether the line's new reading is surer and keeps its text and its address."""
    if not new:
        return False
    before, after = _length(old), _length(new)
    if after < before - _LOSS or after > _GAIN * before + _LOSS:
        return False
    if not any(_CUE.search(w.text) for w in new):
        return False
    return _confidence_of(new) > _confidence_of(old) + _SURER


def _length(words: list[Word]) -> int:
    return sum(len(w.text) for w in words)


def _confidence_of(words: list[Word]) -> float:
    total = _length(words)
    return sum(w.conf * len(w.text) for w in words) / total if total else 0.0


def _confidence(line: Line) -> float:
    return _confidence_of(line.words)


def enlarged(image: PageImage, box: Box, zoom: int, pad: int) -> Grey:
    """The box of the page image, `zoom` times larger by linear interpolation between pixels
    (across, then down), with `pad` white pixels round."""
    x0, y0, x1, y1 = box
    wide = [_stretch(image.rows[y][x0:x1], zoom) for y in range(y0, y1)]
    rows: list[bytes] = []
    for i, row in enumerate(wide):
        below = wide[i + 1] if i + 1 < len(wide) else row
        rows.append(row)
        for k in range(1, zoom):
            rows.append(
                bytes((a * (zoom - k) + b * k) // zoom for a, b in zip(row, below, strict=True))
            )
    width = (x1 - x0) * zoom + 2 * pad
    blank = b"\xff" * width
    side = b"\xff" * pad
    body = b"".join(side + r + side for r in rows)
    return Grey(width, len(rows) + 2 * pad, blank * pad + body + blank * pad)


def _stretch(row: bytes, zoom: int) -> bytes:
    """One row `zoom` times wider, each new pixel between its two neighbours' grey levels."""
    if not row:
        return row
    nxt = row[1:] + row[-1:]
    out = bytearray(len(row) * zoom)
    out[0::zoom] = row
    for k in range(1, zoom):
        out[k::zoom] = bytes(
            (a * (zoom - k) + b * k) // zoom for a, b in zip(row, nxt, strict=True)
        )
    return bytes(out)
