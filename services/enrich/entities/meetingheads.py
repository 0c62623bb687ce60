"""The persons a council meeting's page names in its header and attendance table, as the council
information systems print them when their cells are read as text:

- a label on a line of its own and the name on the next, the initials often without dots
  ('Voorzitter' + 'D Logemann', 'Griffier' + 'U Post');
- under the table's header 'Aanwezig namens Naam', a line per member with the party's cell glued
  to the name's ('GroenLinksI Kleinrensink', 'SPM.J. ten Broeke', 'PvdAM.M.M. Moester',
  'BurgerbelangE. van Beek - van Heerde'); a line with the party alone names no one.

The name is initials (one capital, dotted or not before a space) and a surname, the whole line.
The party's cell is whatever stands before the initials: the shortest prefix after which the rest
of the line is such a name.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import titled
from services.enrich.entities.gazetteer import Match
from services.enrich.entities.persons import canonical
from services.enrich.words import read

_SURNAME: Final = r"[A-ZÀ-ÖØ-Þ][\w’'-]*[a-zà-ÿ][\w’'-]*"
_PARTICLE: Final = r"(?:van[ \t]+(?:der|den|de)|van|de|der|den|ter|ten|te|in[ \t]+'t)"
_FAMILY: Final = (
    rf"(?:{_PARTICLE}[ \t]+)?{_SURNAME}(?:[ \t]*-[ \t]*(?:{_PARTICLE}[ \t]+)?{_SURNAME})?"
)
_NAME: Final = (
    rf"(?P<name>(?:(?:IJ|[A-Z])\.[ \t]?){{1,5}}[ \t]?{_FAMILY}"
    rf"|[A-Z][ \t]+{_FAMILY})"
)
_LABELLED: Final = re.compile(
    r"(?m)^[ \t]*(?:Voorzitter|Griffier|Secretaris|Notulist|Commissiegriffier|Plv\.[ \t]griffier)"
    rf"[ \t]*\r?\n[ \t]*{_NAME}[ \t]*\r?$"
)
_TABLE_HEAD: Final = re.compile(r"(?m)^[ \t]*Aanwezig namens[ \t]+Naam[ \t]*\r?$")
# The words each pattern needs one of, read in words.py's one pass over the text: a pattern led by
# '^' gives the regex engine no first character, and a search tries every position (issue #12).
_LABELS: Final = frozenset(
    {"Voorzitter", "Griffier", "Secretaris", "Notulist", "Commissiegriffier", "Plv."}
)
_TABLE_HEAD_WORDS: Final = frozenset({"Aanwezig namens"})
GATES: Final = _LABELS | _TABLE_HEAD_WORDS
_GLUED_ROW: Final = re.compile(rf"[ \t]*(?P<party>\S.*?){_NAME}[ \t]*\r?")
_ROWS_AT_MOST: Final = 40


def find(text: str) -> list[Match]:
    out: list[Match] = []
    if "\n" not in text:
        return out
    cues = read(text).cues
    for m in _LABELLED.finditer(text) if not cues.isdisjoint(_LABELS) else ():
        out += _person(text, m.start("name"), m.end("name"))
    for head in _TABLE_HEAD.finditer(text) if not cues.isdisjoint(_TABLE_HEAD_WORDS) else ():
        pos = head.end() + 1
        for _ in range(_ROWS_AT_MOST):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            if pos >= end:
                break  # an empty line ends the table
            row = _GLUED_ROW.fullmatch(text, pos, end)
            if row is not None:
                out += _person(text, row.start("name"), row.end("name"))
            pos = end + 1
    return out


def _person(text: str, start: int, end: int) -> list[Match]:
    name = text[start:end]
    surname = name.split()[-1]
    if surname in titled.NOT_NAMES:
        return []
    return [Match("person", start, end, canonical(name))]
