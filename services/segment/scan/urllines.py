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
