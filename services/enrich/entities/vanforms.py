"""A listed body's name printed with 'van' before its place or last word: 'de Vrije Universiteit
van Amsterdam' is the listed Vrije Universiteit Amsterdam, not the Universiteit van Amsterdam the
gazetteer reads inside it (issue #12). The words around 'van' are all capitalised and on one line;
the name without 'van' must be a listed organisation's printed form, so the shorter listed name
inside the longer one never wins (`_with_wider_names` replaces it)."""

from __future__ import annotations

import re

from services.enrich.entities.gazetteer import Match, automaton

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&-]*"
# up to three capitalised words, 'van', one or two more: 'Technische Universiteit van Delft'
_VAN = re.compile(rf"(?<![\w'’&-])((?:{_WORD} ){{1,3}})van ({_WORD}(?: {_WORD})?)(?![\w'’&-])")


def find(text: str) -> list[Match]:
    if " van " not in text:
        return []
    found: list[Match] = []
    for m in _VAN.finditer(text):
        head, tail = m.group(1).split(), m.group(2).split()
        widest = _widest(m, head, tail)
        if widest is not None:
            found.append(widest)
    return found


def _widest(m: re.Match[str], head: list[str], tail: list[str]) -> Match | None:
    """The widest span whose words without 'van' are a listed organisation's name: two head
    words and one tail word at least, so 'Universiteit van Amsterdam' alone is left alone."""
    auto = automaton()
    for h in range(len(head), 0, -1):
        for t in range(len(tail), 0, -1):
            if h + t < 3:
                continue
            form = " ".join([*head[len(head) - h :], *tail[:t]])
            value = auto.get(form, None)
            if value is None or value[1].type != "organization":
                continue
            start = m.start(1) + len(" ".join(head[: len(head) - h])) + (h < len(head))
            end = m.start(2) + len(" ".join(tail[:t]))
            return Match("organization", start, end, value[1].canonical)
    return None
