"""Bodies no list knows, named by an abbreviation after the people who run or join them: 'het
bestuur van het CBL', 'Voorzitter CBL', 'de leden van de NVZ', 'aangesloten bij de KNB', 'Bij het
CBL zijn aangesloten'.

An abbreviation alone says nothing (BCO, PCR and AVG are no bodies), but a board, a chair or
members are had only by a body. Not a directorate: 'Directie I&Z' is a unit of a ministry.
Abbreviations a list knows are left to the lists, which know what kind they are (a party, a
ministry).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_ABBREVIATION: Final = r"(?P<name>[A-Z][A-Z0-9&]{1,5}(?:-[A-Z0-9]{1,4})?)(?![\w-])"
_ARTICLE: Final = r"(?:(?:het|de)[ \t\u00a0]+)?"
# After one of the words (its first letter in either case, matched from the stem on):
_RUN_BY: Final = re.compile(
    r"(?:estuur|oorzitter|eden|angesloten)"
    rf"[ \t\u00a0]+(?:(?:van|bij)[ \t\u00a0]+)?{_ARTICLE}{_ABBREVIATION}"
)
_FIRST_LETTERS: Final = {"bestuur": "Bb", "voorzitter": "Vv", "leden": "Ll", "aangesloten": "Aa"}
# 'Bij het CBL zijn aangesloten:', 'Bij de NVZ zijn 70 ziekenhuizen aangesloten'
_JOINED_AT: Final = re.compile(
    rf"(?<![\w-])[Bb]ij[ \t\u00a0]+{_ARTICLE}{_ABBREVIATION}[ \t\u00a0]+(?:zijn|is)[ \t\u00a0]"
    r"[^.\n]{0,40}?aangesloten"
)


def _run_by(text: str) -> Iterator[re.Match[str]]:
    """`_RUN_BY` where its word stands whole: tried only at each of the words' stems."""
    for word, letters in _FIRST_LETTERS.items():
        stem = word[1:]
        at = text.find(stem, 1)
        while at != -1:
            lead = at - 1
            whole = text[lead] in letters and (
                lead == 0 or not (text[lead - 1].isalnum() or text[lead - 1] == "-")
            )
            m = _RUN_BY.match(text, at) if whole else None
            if m is not None:
                yield m
            at = text.find(stem, at + 1)


GATES: Final = frozenset(("angesloten",))  # words.py's cues (issue #12)
# `find`'s whole gate: `_run_by`'s stems and `GATES` (cue43: words.ASK_GOVERNED).
FIND_GATES: Final = frozenset(word[1:] for word in _FIRST_LETTERS) | GATES


def find(text: str) -> list[Match]:
    found = []
    matches = list(_run_by(text))
    # 'angesloten' from words.py's one pass over find's text (issue #12); the rest only then
    if "angesloten" in read(text).cues and ("Bij " in text or "bij " in text):
        matches += _JOINED_AT.finditer(text)
    for m in matches:
        name = m.group("name")
        if automaton().exists(name):
            continue  # a listed body, party or ministry: the lists say which
        found.append(Match("organization", m.start("name"), m.end("name"), name))
    return found
