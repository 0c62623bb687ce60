"""The member who asked, in a table of a debate's questions and the written answers: the row opens
with the member's name printed surname first, the party's cell after it, then 'Vraag:' ('Plas, C.
van der | BBB | Vraag: Kan de minister ...', 'Heutink, H PVV Vraag:', 'Hoop, H de
GroenLinks-PvdA Vraag:': IenW's written answers to the first term of its budget debate, 2024 and
2026, headed 'Kamerlid | Politieke partij | Vraag en Antwoord'; blind48, persons49).

A row is read only whole, from its line's start (or a cell's bar) to 'Vraag:': a surname, a comma,
one to four initials (their dots may be left out), a lower-case particle after them, then a party
the gazetteer knows, the cells' bars allowed between. The surname is no place, body or law the
gazetteer holds and no word the titles' rules take for no name ('Vraag', 'Antwoord'). The person
is the printed span; its canonical form puts the initials and particle first ('C. van der Plas').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.persons import NAME_WORD, canonical

# The row's question label: persons.find asks this module only where words.py's one pass read it
# (persons.GATES).
_QUESTION: Final = "Vraag:"
_GAP: Final = r"[ \t\u00a0]"
# The row before 'Vraag:', whole: '| Plas, C. van der | BBB | ', 'Heutink, H PVV '.
_ROW: Final = re.compile(
    rf"{_GAP}*\|?{_GAP}*(?P<surname>{NAME_WORD}),{_GAP}*"
    rf"(?P<initials>(?:(?:IJ|[A-Z])[a-z]?\.?{_GAP}?){{1,4}}?)"
    rf"(?:{_GAP}*(?P<particle>(?:van{_GAP}+(?:der|den|de)|van|de|den|der|ter|ten|te|in{_GAP}+'t)))?"
    rf"{_GAP}*\|?{_GAP}*(?P<party>[^|\n]{{2,40}}?){_GAP}*\|?{_GAP}*"
)
_REACH: Final = 120  # the row's start before 'Vraag:'
_INITIAL: Final = re.compile(r"(?:IJ|[A-Z])[a-z]?\.?")  # 'H' is 'H.' in the canonical form


def find(text: str) -> Iterator[Match]:
    from services.enrich.entities.titled import NOT_NAMES  # titled.py imports persons.py

    at = text.find(_QUESTION)
    while at != -1:
        line_start = max(text.rfind("\n", 0, at) + 1, at - _REACH)
        m = _ROW.fullmatch(text, line_start, at)
        at = text.find(_QUESTION, at + len(_QUESTION))
        if m is None or not _party(m.group("party")):
            continue
        surname = m.group("surname")
        if surname in NOT_NAMES or automaton().exists(surname):
            continue
        initials = m.group("initials").strip()
        end = m.end("particle") if m.group("particle") else m.start("initials") + len(initials)
        particle = m.group("particle") or ""
        dotted = "".join(i if i.endswith(".") else i + "." for i in _INITIAL.findall(initials))
        name = " ".join(p for p in (dotted, particle, surname) if p)
        yield Match("person", m.start("surname"), end, canonical(name), "vragensteller")


def _party(cell: str) -> bool:
    known = automaton().get(cell.strip(), None)
    return known is not None and known[1].type == "party"
