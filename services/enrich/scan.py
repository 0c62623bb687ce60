"""Fast scanning: the same matches as `pattern.finditer(text)`, found sooner.

CPython's regex engine scans quickly only when a pattern starts with a literal or a small character
class; a pattern that starts with a lookbehind ('not preceded by a letter') is tried at every
position, 10-50x slower. `guarded` splits such a pattern into its leading lookbehind (the guard)
and the rest (the body), searches for the body and checks the guard where the body matched. Since
the guard is zero-width and comes first, a body match at a position where the guard holds is
exactly the match the whole pattern finds there, so the results equal the whole pattern's.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Final

# Blanks with at most one line break between two words of a reference or a name. Written so
# that each blank can be taken one way only: `[ \t]*(?:\r?\n)?[ \t]*` lets two runs share the
# blanks, and a failing match then tries every split (exponential on a long article list).
BLANKS: Final = r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?"


class Guarded:
    """A pattern `(?<!...)body` as guard + body, with `finditer` like the combined pattern's.

    `lead`: a pattern that matches wherever a match of the body starts (the alternation of the
    literals every alternative of the body starts with), for a body the engine would try at every
    position (its alternatives open a group: the engine takes no first character from them). The
    lead is searched for instead, a literal alternation the engine jumps through, and the body is
    matched where it stands: no body match starts before the lead's next match (throughput39)."""

    __slots__ = ("body", "guard", "lead")

    def __init__(self, guard: str, body: str, flags: int = 0, lead: str | None = None) -> None:
        self.guard = re.compile(guard, flags)
        self.body = re.compile(body, flags)
        self.lead = None if lead is None else re.compile(lead, flags)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.lead is not None:
            for found in self.finditer(text, pos):
                return found
            return None
        search, guard = self.body.search, self.guard.match
        while (m := search(text, pos)) is not None:
            if guard(text, m.start()) is not None:
                return m
            pos = m.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """Like `re.finditer` for patterns that never match the empty string (none here do).
        `search`'s loop written out: no method call per match or per failed guard."""
        if self.lead is not None:
            yield from self._from_leads(self.lead, text, pos)
            return
        search, guard = self.body.search, self.guard.match
        while (m := search(text, pos)) is not None:
            start = m.start()
            if guard(text, start) is None:
                pos = start + 1
                continue
            yield m
            end = m.end()
            pos = end if end > start else start + 1

    def _from_leads(self, lead: re.Pattern[str], text: str, pos: int) -> Iterator[re.Match[str]]:
        """`finditer` with the body matched only where the lead matches."""
        search, body, guard = lead.search, self.body.match, self.guard.match
        while (hint := search(text, pos)) is not None:
            start = hint.start()
            m = body(text, start)
            if m is None or guard(text, start) is None:
                pos = start + 1
                continue
            yield m
            end = m.end()
            pos = end if end > start else start + 1


def near(
    pattern: re.Pattern[str],
    anchors: list[re.Match[str]],
    text: str,
    *,
    before: int,
    after: int,
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, searching only around the anchors (e.g. the years of dates).

    Valid when every match contains an anchor, starts at most `before` characters before that
    anchor and, with its lookahead, ends at most `after` characters after it. Each window's
    result is re-checked against the whole text, so the window's end never changes a match.
    """
    pos = 0
    size = len(text)
    for anchor in anchors:
        if anchor.end() <= pos:
            continue
        lo = max(pos, anchor.start() - before)
        hi = min(size, anchor.end() + after)
        while lo < hi and (m := pattern.search(text, lo, hi)) is not None:
            whole = pattern.match(text, m.start())
            if whole is None:
                lo = m.start() + 1
                continue
            yield whole
            pos = lo = whole.end()


def near_from(
    pattern: re.Pattern[str],
    anchors: list[re.Match[str]],
    starts: list[int],
    text: str,
    *,
    after: int,
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` as `near` finds it, each anchor's window starting at its own
    `starts[i]`: valid when every match contains an anchor, starts no earlier than the start given
    for each anchor it contains, and, with its lookaheads, can be told within `after` characters
    after its last anchor (a match cut there is still found, then matched whole). A pattern whose
    matches end soon after their anchor is searched over the few characters a match can take
    before it, not over a fixed reach (throughput38)."""
    pos = 0
    size = len(text)
    for i, anchor in enumerate(anchors):
        if anchor.end() <= pos:
            continue
        lo = max(pos, starts[i])
        hi = min(size, anchor.end() + after)
        while lo < hi and (m := pattern.search(text, lo, hi)) is not None:
            whole = pattern.match(text, m.start())
            if whole is None:
                lo = m.start() + 1
                continue
            yield whole
            pos = lo = whole.end()


def any_of(words: Iterable[str]) -> str:
    """A pattern that matches where any of `words` stands, for a search whose only question is
    whether one does (`is not None`): the words grouped by their first character
    ('A(?:cademie|gency)|B(?:ank)'), so at each place the engine compares that character once a
    group instead of once a word. Which word it matches may differ from a plain alternation's
    (issue #12)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if not word:
            raise ValueError("an empty word matches everywhere")
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# CPython keeps a text whose characters are all below U+0100 one byte a character, any other two
# or four: its size in memory says which (a header, then a byte a character and one more), without
# reading it. In such a text `\d` is `[0-9]`, which the engine tests by a bitmap, not by each
# character's Unicode category; `str.isascii` says only whether every character is below U+0080
# (throughput39).
_ONE_BYTE_HEADER: Final = sys.getsizeof("\u00e9") - 1


def latin1(text: str) -> bool:
    """Whether every character of `text` is below U+0100 (Latin-1), told from its size."""
    return text.isascii() or sys.getsizeof(text) - len(text) == _ONE_BYTE_HEADER
