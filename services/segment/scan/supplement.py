"""A sparse page's text layer, with what OCR reads beside its words.

A page of a few words (a cover's title over a photo, a chart page's caption, a divider) often
carries more words in its pictures: a logo's name, a chart's title, axes and legend. OCR reads
the page; a run it reads where the text layer has none is added when it reads as words (most of
its characters in plausible tokens, one word of four letters or more). A photo's texture makes
Tesseract see short "words" ("Be", "paf", "et ee"): those stay out. The text layer's own runs
are kept as they are: its words are exact, OCR's are not.

A scanner's invisible OCR layer that read only part of the page's print (`scan.completeness`)
is filled in the same way (`filled_in`): OCR's runs where the layer has none are added after the
layer's, and counted (`PageRuns.filled`) so the layer's own reading (its side column, its lost
one-glyph words) still sees only the layer. There the page is print, not a photo: a run is added
when it reads as text (`MIN_PLAUSIBLE`) and holds a word of two letters or a number, as a
dashboard's cells do ('Positief 1.234').
"""

from __future__ import annotations

import re

from services.segment.layout.words import PageRuns, Run
from services.segment.scan.text_layer import WORD, plausibility

MIN_WORD = 4  # letters in the longest word of a run OCR adds
MIN_PLAUSIBLE = 0.6  # share of its characters in plausible tokens (`text_layer.GOOD_LAYER`)
_FIGURE = re.compile(r"\d[\d.,:%]*\d")  # a number of two digits or more


def supplemented(layer: PageRuns, read: PageRuns) -> PageRuns:
    """`layer` (the page's text-layer runs) with the runs of `read` (the page OCR'd) that stand
    where no text-layer run does and read as words. `read` not OCR'd (no reading, or a planner
    noting the page): `read` as it is."""
    if not read.ocr:
        return read
    added = [r for r in read.runs if _wordlike(r.text) and not _covered(r, layer.runs)]
    return _with_added(layer, read, added, hidden_layer=layer.hidden_layer)


def filled_in(layer: PageRuns, read: PageRuns) -> PageRuns:
    """`layer` (an invisible OCR layer's runs) with the runs of `read` (the page OCR'd) that
    stand where no layer run does and read as text, after the layer's own. `read` not OCR'd:
    the layer as it is (the reader said why, or only noted the page)."""
    if not read.ocr:
        if read.degraded and not layer.degraded:
            layer.degraded = read.degraded
        return layer
    added = [r for r in read.runs if _textlike(r.text) and not _covered(r, layer.runs)]
    if not added:  # OCR read nothing the layer lacks: the page is the layer's, as it was
        return layer
    return _with_added(layer, read, added, hidden_layer=True, filled=len(added))


def _with_added(
    layer: PageRuns, read: PageRuns, added: list[Run], *, hidden_layer: bool, filled: int = 0
) -> PageRuns:
    """The text layer's page with OCR's `added` runs after its own (`filled`: how many of them
    to leave out of the layer's own reading)."""
    return PageRuns(
        layer.number,
        layer.width,
        layer.height,
        layer.runs + added,
        ocr=True,
        degraded=layer.degraded or read.degraded,
        hidden_layer=hidden_layer,
        unmapped=layer.unmapped,
        supplement=True,
        filled=filled,
        bottom=layer.bottom,
    )


def _textlike(text: str) -> bool:
    share, tokens = plausibility(text)
    if not tokens or share < MIN_PLAUSIBLE:
        return False
    return any(len(m.group()) >= 2 for m in WORD.finditer(text)) or bool(_FIGURE.search(text))


def _wordlike(text: str) -> bool:
    share, _ = plausibility(text)
    longest = max((len(m.group()) for m in WORD.finditer(text)), default=0)
    return share >= MIN_PLAUSIBLE and longest >= MIN_WORD


def _covered(run: Run, layer: list[Run]) -> bool:
    """Whether the OCR'd run overlaps a text-layer run (it read that run's words again)."""
    return any(run.x0 < t.x1 and t.x0 < run.x1 and run.y0 < t.y1 and t.y0 < run.y1 for t in layer)
