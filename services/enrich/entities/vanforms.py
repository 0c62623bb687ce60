"""A listed body's name printed with 'van' before its place or last word: 'de Vrije Universiteit
van Amsterdam' is the listed Vrije Universiteit Amsterdam, not the Universiteit van Amsterdam the
gazetteer reads inside it (issue #12). The words around 'van' are all capitalised, one space or
one line break apart; the name without 'van' must be a listed organisation's printed form, so the
shorter listed name inside the longer one never wins (`_with_wider_names` replaces it)."""

from __future__ import annotations

import re

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.scan import Guarded

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&-]*"
_GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"
# up to three capitalised words, 'van', one or two more: 'Technische Universiteit van Delft'
# (its lookbehind apart, and the first word out of the repeat: a pattern led by either is tried at
# every position, the body only at a capital; throughput35)
_VAN = Guarded(
    r"(?<![\w'’&-])",
    rf"({_WORD}{_GAP}(?:{_WORD}{_GAP}){{0,2}})van{_GAP}({_WORD}(?:{_GAP}{_WORD})?)(?![\w'’&-])",
)
_WORDS = re.compile(r"\S+")
# What every match of `_VAN` holds: 'van' after a blank, then a blank and a capital. Led by the
# literal, the search compares characters where `_VAN`'s body tests each against the capitals'
# class and tries a match at every capital; a text without it is left at that (throughput38).
_VAN_BEFORE_CAPITAL = re.compile(
    r"van(?<=[ \t\u00a0\n]van)(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)[A-ZÀ-ÖØ-Þ]"
)


def find(text: str) -> list[Match]:
    if "van" not in text or _VAN_BEFORE_CAPITAL.search(text) is None:
        return []
    found: list[Match] = []
    for m in _VAN.finditer(text):
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
