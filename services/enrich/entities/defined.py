"""A body's short name defined in brackets after it (orgsW46): 'Aannemingsmaatschappij Van
Gelder B.V. (hierna: Van Gelder)' (an Amsterdam Woo decision), 'Rutgers Kenniscentrum
seksualiteit (hierna: Rutgers)' (a VWS Woo decision). The short name is made of the body's own
printed words; there and wherever the same text prints it again it is that body, where the person
rules read a surname ('Van Gelder heeft ...'). An abbreviation in such brackets is the
abbreviation rules' ('(hierna: KfW)'); a law's short name ('(hierna: Wob)') follows no body.
Asked only where words.py saw 'hierna' or 'verder:' (GATES).
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.words import read

GATES: Final[frozenset[str]] = frozenset({"hierna", "verder:"})
_S: Final = r"[ \t\u00a0]"
# After the body, up to three words in lower case of its name the finders left ('seksualiteit'),
# then the definition: '(hierna: X)', '(hierna te noemen: X)', '(verder: X)'.
_DEFINED: Final = re.compile(
    rf"(?:{_S}+[a-zà-ÿ][\w-]*){{0,3}}{_S}*\((?:hierna(?:{_S}+te{_S}+noemen)?|verder):?{_S}+"
    rf"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:{_S}+[\w'’-]+){{0,3}})\)"
)


# A repeat after a courtesy title or initials is the person the firm is named after ('de heer
# Jansen', 'J. Jansen'), not the firm.
_PERSON_BEFORE: Final = re.compile(
    rf"(?:[Hh]eer|[Mm]evrouw|[Mm]w\.|[Dd]hr\.|[Mm]r\.|[A-Z]\.|[Ww]ethouder|[Dd]irecteur){_S}*$"
)


def _word_at(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def find(text: str, found: list[Match]) -> list[Match]:
    """`found` with each defined short name (and its repeats in `text`) read as its body."""
    if read(text).cues.isdisjoint(GATES):
        return found
    named: list[Match] = []
    for body in found:
        if body.type != "organization":
            continue
        m = _DEFINED.match(text, body.end)
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        # its printed words, or its canonical's where OCR glued them ('Van GelderB.V.')
        printed = {*text[body.start : body.end].split(), *body.canonical.split()}
        if name.isupper() or not set(words) <= printed:
            continue
        at = text.find(name, m.start("name"))
        while at != -1:
            if _word_at(text, at, at + len(name)) and not _PERSON_BEFORE.search(
                text, max(0, at - 12), at
            ):
                named.append(Match("organization", at, at + len(name), body.canonical))
            at = text.find(name, at + len(name))
    if not named:
        return found
    out = []
    for f in found:
        # a person or nothing where the short name stands gives way; a body or place stays
        if f.type == "person" and any(n.start <= f.start and f.end <= n.end for n in named):
            continue
        out.append(f)
    taken = [(f.start, f.end) for f in out]
    for n in named:
        if not any(n.start < e and s < n.end for s, e in taken):
            out.append(n)
            taken.append((n.start, n.end))
    return sorted(out, key=lambda m: (m.start, m.end))
