"""A listed body's name printed with 'van' before its place or last word: 'de Vrije Universiteit
van Amsterdam' is the listed Vrije Universiteit Amsterdam, not the Universiteit van Amsterdam the
gazetteer reads inside it (issue #12). The words around 'van' are all capitalised, one space or
one line break apart; the name without 'van' must be a listed organisation's printed form, so the
shorter listed name inside the longer one never wins (`_with_wider_names` replaces it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.scan import Guarded, near_from

_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w'’&-]*"
_GAP: Final = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"
# up to three capitalised words, 'van', one or two more: 'Technische Universiteit van Delft'
# (its lookbehind apart, and the first word out of the repeat: a pattern led by either is tried at
# every position, the body only at a capital; throughput35)
_VAN: Final = Guarded(
    r"(?<![\w'’&-])",
    rf"({_WORD}{_GAP}(?:{_WORD}{_GAP}){{0,2}})van{_GAP}({_WORD}(?:{_GAP}{_WORD})?)(?![\w'’&-])",
)
_WORDS: Final = re.compile(r"\S+")
# What every match of `_VAN` holds: its 'van' after a blank, then a blank and a capital. Led by
# the literal, the search compares characters where `_VAN`'s body tests each against the
# capitals' class and tries a match at every capital. The whole pattern is then searched only
# from three words before each such 'van' to the capital after it (`scan.near_from`; throughput38).
_VAN_BEFORE_CAPITAL: Final = re.compile(
    r"van(?<=[ \t\u00a0\n]van)(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)[A-ZÀ-ÖØ-Þ]"
)
_VAN_WHOLE: Final = re.compile(_VAN.guard.pattern + _VAN.body.pattern)
_BLANK: Final = frozenset(" \t\u00a0\r\n")
_WORDS_BEFORE: Final = 3


def _earliest(text: str, at: int) -> int:
    """No later than where a match whose 'van' stands at `at` can start: its words before 'van'
    are three at most, each a run of characters no blank, the gaps runs of blanks."""
    for _ in range(_WORDS_BEFORE):
        while at > 0 and text[at - 1] in _BLANK:
            at -= 1
        while at > 0 and text[at - 1] not in _BLANK:
            at -= 1
    return at


def _matches(text: str) -> Iterator[re.Match[str]]:
    """`_VAN.finditer(text)`: every match holds a 'van' of `_VAN_BEFORE_CAPITAL` (and no other:
    its words before it are capitalised), starts no earlier than `_earliest`, and is found with
    the text cut after the capital that follows its 'van'."""
    anchors = list(_VAN_BEFORE_CAPITAL.finditer(text))
    starts = [_earliest(text, a.start()) for a in anchors]
    return near_from(_VAN_WHOLE, anchors, starts, text, after=0)


def find(text: str) -> list[Match]:
    if "van" not in text:
        return []
    found: list[Match] = []
    for m in _matches(text):
        widest = _widest(m)
        if widest is not None:
            found.append(widest)
    return found


def _widest(m: re.Match[str]) -> Match | None:
    """The widest span whose words without 'van' are a listed organisation's name: two head
    words and one tail word at least, so 'Universiteit van Amsterdam' alone is left alone."""
    head = [(w.start(), w.group()) for w in _WORDS.finditer(m.string, *m.span(1))]
    tail = [(w.end(), w.group()) for w in _WORDS.finditer(m.string, *m.span(2))]
    auto = automaton()
    for h in range(len(head), 0, -1):
        for t in range(len(tail), 0, -1):
            if h + t < 3:
                continue
            form = " ".join([w for _, w in head[len(head) - h :]] + [w for _, w in tail[:t]])
            value = auto.get(form, None)
            if value is not None and value[1].type == "organization":
                start, end = head[len(head) - h][0], tail[t - 1][0]
                return Match("organization", start, end, value[1].canonical)
    return None
