"""A Woo inventory's grounds, read again where Tesseract made words of them (ocr50, issue #12).

A scanned inventory's row ('3 22-03-2020 Nota | Deels openbaar | 5.1.2.d, 5.1.2.e') keeps its
date and verdict under OCR, but Tesseract's language model reads the cell of grounds, dots and
letters and no word, as the nearest words: 'Bilde', '5. else', 'Bil 2.e', '5:21' (ocr49 and ocr50
measured it on reportlab, Writer and Chromium inventories scanned at 150-300 dpi: at 300 dpi a
third of the rows lost their grounds so). A row is known by its verdict ('Openbaar', 'Niet
openbaar', 'Deels openbaar', 'Reeds openbaar'); the words after the verdict word, when any of them
is no ground as read, are read again together as one line of a ground's glyphs only (digits, the
dot, the comma and the letters a-i), and the reading is taken only when it is, whole, a list of
grounds of the Woo's chapter 5 ('5.1.1.c', '5.1.2.e', '5.2.1', also undotted before the letter):
a remark, a name or noise read so makes no such list and stays as Tesseract read it.
"""

from __future__ import annotations

import re
from typing import Final

from services.segment.scan.hocr import Line, Word
from services.segment.scan.render import PageImage
from services.segment.scan.tesseract import Grey, OcrFailed, tesseract

_VERDICT: Final = frozenset(("openbaar", "openbaar.", "openbaar,", "openbaar:"))
# a verdict as an inventory's cell prints it, capitalised: prose's 'niet openbaar gemaakt' is none
_VERDICT_HEAD: Final = frozenset(("Niet", "Deels", "Reeds", "Gedeeltelijk", "Wel"))
# one ground of chapter 5 as inventories cite them (5.1.1 a-e and 5.1.2 a-i with their letter,
# dotted or not; 5.1.5; 5.2.1): a reading of another number ('5.2.4' for 5.2.1) is kept out, and
# so is '5.1.2.1': with the letters allowed, a 1 is an h or an l as often as an i (fax150 and
# noise200 of S49/S4901 read 'h' so), which the enricher would read as i after a verdict (ocr49)
_GROUND: Final = r"(?:5\.1\.[12]\.?[a-i]|5\.1\.5|5\.2\.1)"
_GROUNDS: Final = re.compile(rf"{_GROUND}(?:, ?{_GROUND})*,?")
_WORD_GROUND: Final = re.compile(rf"{_GROUND},?")
_CHARS: Final = "0123456789.,abcdefghi"


def reread_grounds(image: PageImage, lines: list[Line]) -> None:
    """The grounds after each inventory row's verdict read again (above), in place: the words
    after the verdict word on its line, or else the nearest line right of it level with it (a
    ruled grid's next cell, which Tesseract's sparse mode reads as a line of its own)."""
    for line in lines:
        words = line.words
        at = next(
            (i for i, w in enumerate(words) if w.text.lower() in _VERDICT and not w.marker), None
        )
        if at is None or not (
            words[at].text[0] == "O" or (at > 0 and words[at - 1].text in _VERDICT_HEAD)
        ):
            continue
        if at < len(words) - 1:
            _reread(image, line, at + 1)
            continue
        mid = (line.box[1] + line.box[3]) / 2
        right = [
            m
            for m in lines
            if m is not line
            and m.box[0] >= words[at].box[2]
            and m.box[1] <= mid <= m.box[3]
            and m.words
        ]
        if right:
            _reread(image, min(right, key=lambda m: m.box[0]), 0)


def _reread(image: PageImage, line: Line, first: int) -> None:
    rest = line.words[first:]
    if all(_WORD_GROUND.fullmatch(w.text) for w in rest):
        return  # read right already
    box = (
        min(w.box[0] for w in rest),
        min(w.box[1] for w in rest),
        max(w.box[2] for w in rest),
        max(w.box[3] for w in rest),
    )
    read = _read_grounds(image, image.around(box, margin=4))
    if read is not None:
        line.words = [*line.words[:first], Word(read, box, conf=min(w.conf for w in rest))]


def _read_grounds(image: PageImage, crop: tuple[int, int, int, int]) -> str | None:
    """The crop read as one line of a ground's glyphs, when the reading is a list of grounds.
    Read black on white: Tesseract reads a grey, speckled crop of '5.1.1.c' as '5:16' or 'Bie',
    the same crop made two-tone right."""
    config = {"tessedit_char_whitelist": _CHARS + " "}
    try:
        for zoom in (1, 2):
            grey = _two_tone(image.grey(crop, zoom=zoom, pad=12))
            text = " ".join(tesseract(grey, lang="eng", psm=7, config=config).split())
            if _GROUNDS.fullmatch(text):
                return text
    except OcrFailed:
        pass
    return None


def _two_tone(grey: Grey) -> Grey:
    """Ink black, paper white: cut halfway between the crop's darkest ink (its 2nd percentile)
    and its paper (the median: a cell's crop is mostly paper)."""
    shades = sorted(grey.pixels)
    if not shades:
        return grey
    ink, paper = shades[len(shades) // 50], shades[len(shades) // 2]
    cut = (ink + paper) // 2
    table = bytes(0 if v < cut else 255 for v in range(256))
    return Grey(grey.width, grey.height, grey.pixels.translate(table))
