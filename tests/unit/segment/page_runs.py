"""Pages made of runs for the layout tests: a line as one run or one run per word (the reading
must not care), and the body's text as a reader gets it."""

from __future__ import annotations

from services.segment.layout.words import Run
from stukken.contracts import SegmentedDocument

NOT_BODY = ("furniture", "letterhead")


def line_runs(text: str, x0: float, y: float, size: float, per_word: bool) -> list[Run]:
    """One run for the line, or one per word."""
    width = 0.5 * size
    if not per_word:
        return [Run(text, x0, y, x0 + width * len(text), y + size, size, base=y + 2)]
    runs, x = [], x0
    for word in text.split(" "):
        runs.append(Run(word, x, y, x + width * len(word), y + size, size, base=y + 2))
        x += width * (len(word) + 1)
    return runs


def body_text(doc: SegmentedDocument) -> str:
    return " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)
