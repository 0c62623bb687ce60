"""Tesseract's hOCR as lines of words: each line's fitted baseline and sizes, boxes in pixels.

Word boxes rise and fall with ascenders and descenders; the line's baseline and x-height do not,
so paragraphs do not split at every uneven line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from services.segment.scan.render import Box

_LINE = re.compile(
    r"<span class='ocr_(?:line|caption|textfloat|header)'[^>]*title=\"bbox (\d+) (\d+) (\d+) (\d+);"
    r" baseline (-?[\d.]+) (-?[\d.]+); x_size ([\d.]+); x_descenders ([\d.]+); x_ascenders ([\d.]+)"
)
_WORD = re.compile(
    r"<span class='ocrx_word'[^>]*title='bbox (\d+) (\d+) (\d+) (\d+); x_wconf (\d+)'[^>]*>"
    r"(.*?)</span>"
)
_TAG = re.compile(r"<[^>]+>")


@dataclass(slots=True)
class Word:
    text: str
    box: Box
    marker: bool = False  # a superscript footnote marker
    conf: int = 100  # Tesseract's confidence, 0..100


@dataclass(slots=True)
class Line:
    box: Box
    baseline: float  # pixel row of the baseline
    size: float  # pixels: Tesseract's x_size, ascender top to descender bottom
    x_height: float
    ascent: float  # baseline to ascender top
    words: list[Word]


def parse_lines(hocr: str) -> list[Line]:
    """The lines with words, in reading order, each word under the line it follows."""
    lines: list[Line] = []
    marks = [(m.start(), "line", m) for m in _LINE.finditer(hocr)]
    marks += [(m.start(), "word", m) for m in _WORD.finditer(hocr)]
    for _, kind, m in sorted(marks, key=lambda t: t[0]):
        if kind == "line":
            x0, y0, x1, y1 = (int(v) for v in m.group(1, 2, 3, 4))
            slope, offset = float(m.group(5)), float(m.group(6))
            size, desc, asc = (float(v) for v in m.group(7, 8, 9))
            baseline = y1 + offset + slope * (x1 - x0) / 2
            x_height = max(size - desc - asc, 1.0)
            lines.append(Line((x0, y0, x1, y1), baseline, size, x_height, size - desc, []))
        elif lines:
            text = _text(m)
            if text:
                lines[-1].words.append(Word(text, _box(m), conf=int(m.group(5))))
    return [line for line in lines if line.words]


def parse_words(hocr: str) -> list[Word]:
    """Every word with text, lines or not (for a word's box read again on its own)."""
    return [
        Word(_text(m), _box(m), conf=int(m.group(5)))
        for m in _WORD.finditer(hocr)
        if _TAG.sub("", m.group(6)).strip()
    ]


def _text(m: re.Match[str]) -> str:
    return html.unescape(_TAG.sub("", m.group(6))).strip()


def _box(m: re.Match[str]) -> Box:
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)))
