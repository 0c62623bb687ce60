"""Superscript footnote markers, which Tesseract glues to the word and reads as punctuation.

"voortgangsbrief!" for "voortgangsbrief¹": a word's trailing glyph that floats above the
baseline is cut off in the page image and read again as digits. A raised number just left of a
line, which sparse-text mode may leave out, is a note's label.
"""

from __future__ import annotations

import re

from services.segment.scan.hocr import Line, Word
from services.segment.scan.render import Box, PageImage
from services.segment.scan.repairs import read_again
from services.segment.scan.tesseract import OcrFailed, tesseract

_DIGITS = re.compile(r"^\d{1,3}$")
# A word's last character that may be a misread marker.
_UNSURE_END = set("!?®©°*^`|")
# Letters Tesseract makes of a superscript digit glued to a word (besides any non-letter).
_MARKER_LETTERS = set("lIi")


def find_markers(image: PageImage, line: Line, lang: str) -> None:
    """Split superscript digits off the words they are glued to; mark stand-alone ones."""
    out: list[Word] = []
    for word in line.words:
        raised = _raised_tail(image, line, word)
        if raised is None:
            out.append(word)
            continue
        digits, x_cut, box = raised
        if x_cut <= word.box[0] or _all_raised(word, digits, x_cut):  # the word is the marker
            out.append(Word(digits, box, marker=True))
            continue
        text = word.text
        for _ in range(len(digits)):
            if len(text) > 1 and _maybe_marker(text[-1]):
                text = text[:-1]
        rest = Word(text, (word.box[0], word.box[1], x_cut, word.box[3]), conf=word.conf)
        if text[-1] in _UNSURE_END:  # "inkoop?®" for "inkoop³": was the "?" the marker too?
            read_again(image, rest, lang)
        out.append(rest)
        out.append(Word(digits, box, marker=True))
    line.words = out


def _all_raised(word: Word, digits: str, x_cut: int) -> bool:
    """A word of digits alone read raised from its first glyph on (tables32: a note's number
    standing apart, '3' over 'Kamerstukken', whose ink starts a pixel or two into the box that
    Tesseract drew round it): the whole word is the marker, not a plain '3' beside a raised one."""
    return word.text == digits and x_cut - word.box[0] < (word.box[2] - word.box[0]) / 2


def _raised_tail(image: PageImage, line: Line, word: Word) -> tuple[str, int, Box] | None:
    """(digits, where the word ends, marker box) when the word ends in a superscript number."""
    if not _maybe_marker(word.text[-1]):
        return None
    x0, y0, x1, y1 = word.box
    cols = image.ink_columns(x0, y0, x1 + 1, y1 + 1)
    right = len(cols) - 1
    while right >= 0 and not cols[right]:
        right -= 1
    left = right
    glyphs = 0
    start = right
    while left >= 0 and glyphs < 3:  # up to three digits, each a glyph of its own
        while left >= 0 and cols[left]:
            left -= 1
        rows = image.ink_rows(x0 + left + 1, y0, x0 + start + 1, y1 + 1)
        if rows is None or rows[1] > line.baseline - 0.3 * line.x_height:
            break  # this glyph reaches down to the baseline: not raised
        glyphs += 1
        cut = left + 1
        while left >= 0 and not cols[left]:
            left -= 1
        start = left
    if glyphs == 0:
        return None
    box = (x0 + cut, y0, x1 + 1, y1 + 1)
    rows = image.ink_rows(*box)
    if rows is None or not 0.3 * line.ascent <= rows[1] - rows[0] <= 0.8 * line.ascent:
        return None  # a digit stands taller than a hyphen and lower than a capital
    if line.baseline - rows[0] < 0.75 * line.ascent:
        return None  # a superscript reaches up to the capitals; a dash stays at mid-height
    box = (box[0], rows[0], box[2], rows[1] + 1)
    digits = _read_digits(image, box)
    if digits is None:
        return None
    return digits, x0 + cut, box


def _maybe_marker(char: str) -> bool:
    return not char.isalpha() or char in _MARKER_LETTERS


def leading_marker(image: PageImage, line: Line) -> Word | None:
    """A raised number just left of the line, which sparse-text mode may leave out: a note label."""
    x0, _, _, _ = line.box
    top = int(line.baseline - 1.3 * line.ascent)
    bottom = int(line.baseline - 0.3 * line.x_height)
    left = max(int(x0 - 3 * line.x_height), 0)
    if x0 - left < 3:
        return None
    cols = image.ink_columns(left, top, x0, bottom)
    right = len(cols) - 1
    while right >= 0 and not cols[right]:
        right -= 1
    if right < 0:
        return None
    start = right
    while start > 0 and (cols[start - 1] or any(cols[max(start - 3, 0) : start - 1])):
        start -= 1
    if start == 0:  # ink runs on to the left: part of something else
        return None
    rows = image.ink_rows(left + start, top, left + right + 1, int(line.baseline) + 1)
    if rows is None or rows[1] > line.baseline - 0.3 * line.x_height:
        return None
    box = (left + start, rows[0], left + right + 1, rows[1] + 1)
    digits = _read_digits(image, box)
    return Word(digits, box, marker=True) if digits else None


def _read_digits(image: PageImage, box: Box) -> str | None:
    return _read_as(image, image.around(box), "0123456789", _DIGITS)


def _read_as(image: PageImage, crop: Box, chars: str, shape: re.Pattern[str]) -> str | None:
    """The crop read as one line of only `chars`, when what Tesseract reads has the `shape`
    (a footnote's marker, a section's hanging number); None when it has not or Tesseract
    fails."""
    config = {"tessedit_char_whitelist": chars}
    try:
        for zoom in (1, 2):  # small glyphs read best as they are; some need a larger view
            grey = image.grey(crop, zoom=zoom, pad=12)
            text = tesseract(grey, lang="eng", psm=7, config=config).strip()
            if shape.match(text):
                return text
    except OcrFailed:
        pass
    return None


_HANG_REACH = 8.0  # x-heights left of a line a section's hanging number may stand
_HANG_GAP = 1.0  # x-heights of blank between it and the line (and on its other side)
_NUMBER = re.compile(r"^\d{1,2}\.?$")


def hanging_number(image: PageImage, line: Line, lines: list[Line]) -> Word | None:
    """A section's number standing alone left of its head, level with it ('6' in the margin
    before 'Financiële en personele gevolgen', '10.' before 'Toezeggingen'), which
    sparse-text mode leaves out as a speck. Ink in that reach that belongs to no other line,
    with blank on both sides, standing on the line's baseline as tall as its capitals, read as
    digits (a full stop after them kept)."""
    x0 = line.box[0]
    xh = line.x_height
    left = max(int(x0 - _HANG_REACH * xh), 0)
    top = int(line.baseline - 1.3 * line.ascent)
    bottom = int(line.baseline + 0.3 * xh)
    if x0 - left < 3 * xh:
        return None
    for other in lines:  # the reach must be no other line's (a table's cell, a side column)
        ox0, oy0, ox1, oy1 = other.box
        if other is not line and ox1 > left and ox0 < x0 and oy1 > top and oy0 < bottom:
            return None
    cols = image.ink_columns(left, top, x0, bottom)
    right = len(cols) - 1
    while right >= 0 and not cols[right]:
        right -= 1
    if right < 0 or len(cols) - 1 - right < _HANG_GAP * xh:
        return None
    start = right
    while start > 0 and (cols[start - 1] or any(cols[max(start - 4, 0) : start - 1])):
        start -= 1
    if start < _HANG_GAP * xh:  # ink runs on to the left edge of the reach: something else
        return None
    rows = image.ink_rows(left + start, top, left + right + 1, bottom)
    if rows is None:
        return None
    # standing on the baseline, as tall as the line's capitals (not a bullet, not a speck)
    if abs(rows[1] - line.baseline) > 0.35 * xh or rows[1] - rows[0] < 1.1 * xh:
        return None
    box = (left + start, rows[0], left + right + 1, rows[1] + 1)
    text = _read_number(image, box)
    return Word(text, box) if text else None


def _read_number(image: PageImage, box: Box) -> str | None:
    return _read_as(image, image.around(box, 4), "0123456789.", _NUMBER)
