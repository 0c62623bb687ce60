"""An address's '1' that Tesseract split from the digits after it, joined again (issue #12).

A '1' is narrow, and in small type Tesseract reads the space after it as a word's: '.../2020/1
1/20/', 'did=2019D1 2525', '.../201 90327/' (refs37's Schiphol inventory, ocrurl39's fixture). The
address then stops at the space. Joined where the word is a piece of an address (a '/' or '=' in
it), ends in '1', the next starts with a digit, and the gap between them is under `_ONE_GAP` of
the line's x-height: a word space in small type is two thirds of it or more (measured on the
fixture at x-height 12 px: 4-6 px after a split '1', 8-9 px between words).

ocrurl39 also tried reading a small-type address line again on its own, enlarged 2-3x: on
refs37's dev half it made no address whole and brought five more damaged ones to the finder at
150 dpi (bench/enrich/ocrurl39.md), so the reader does not do it.
"""

from __future__ import annotations

from services.segment.scan.hocr import Line, Word

_ONE_GAP = 0.55  # of the x-height: a gap after a '1' this narrow is no word space


def join_split_ones(line: Line) -> None:
    """Join each address piece ending in '1' to the digits Tesseract split from it (above)."""
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


# ocrurl40: a line of one flat speck: a hyphen standing alone where a narrow cell wrapped an
# address after it ('.../brief-van-de' / '-' / 'heer-alders-...', an Excel inventory, printed and
# scanned), which Tesseract names anything ("'", 'L', '-'). Its ink is at least half again as wide
# as high and no higher than a quarter of the page's x-height: no letter, digit or quote is so
# flat; a dash, an underscore or a tilde that Tesseract read as one is left as it is.
_FLAT = 1.5  # width over height, at least
_THIN = 0.25  # of the page's median x-height, at most
_FLAT_GLYPHS = "-_~=\u2010\u2011\u2012\u2013\u2014\u2015\u00af"


def hyphen_specks(lines: list[Line]) -> None:
    """A line holding one flat speck reads as a hyphen (above)."""
    heights = sorted(line.x_height for line in lines if len(line.words) > 1)
    if not heights:
        return
    x_height = heights[len(heights) // 2]
    for line in lines:
        if len(line.words) != 1:
            continue
        word = line.words[0]
        width, height = word.box[2] - word.box[0], word.box[3] - word.box[1]
        if (
            len(word.text) == 1
            and word.text not in _FLAT_GLYPHS
            and not word.marker
            and height <= _THIN * x_height
            and width >= _FLAT * max(height, 1)
            and width <= x_height
        ):
            word.text = "-"


# ocrurl40: a scheme whose '//' Tesseract dropped (an underlined link's slashes touch the rule:
# 'https:' and 'www.tweedekamer.nl/...' as two words of a line): the word after it opens a host
# ('www.' or a lower-case name with a dot), so the two are one address.
_SCHEMES = ("https:", "http:", "Https:", "Http:")


def join_bare_scheme(line: Line) -> None:
    """Join a scheme left without its '//' to the host after it on its line (above)."""
    words = line.words
    k = 0
    while k + 1 < len(words):
        a, b = words[k], words[k + 1]
        if a.text in _SCHEMES and not b.marker and _opens_host(b.text):
            box = (a.box[0], min(a.box[1], b.box[1]), b.box[2], max(a.box[3], b.box[3]))
            words[k] = Word(f"{a.text}//{b.text}", box, conf=min(a.conf, b.conf))
            del words[k + 1]
        k += 1


def _opens_host(text: str) -> bool:
    head = text.split("/", 1)[0]
    labels = head.split(".")
    return (
        len(labels) >= 2
        and all(label and label.replace("-", "").isalnum() for label in labels)
        and head == head.lower()
        and labels[-1].isalpha()
    )
