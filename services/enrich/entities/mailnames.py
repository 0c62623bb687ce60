"""A mail's display name with its initials in brackets, as Outlook prints a sender or addressee of
a released Woo mail: 'Van: Hirscher, Johanna (J.K.)', 'Aan: Camps, Maarten (M.R.P.M.)' (persons47;
UWV's released mails of four documents of one Woo decision, several OCR'd).

The shape is surname, a comma (OCR reads it as ',' or '‚', or drops it), a given name the list
knows and the initials in brackets. It is taken where the initials begin with the given name's
letter and carry their dots ('Johanna (J.K.)': the name says itself; 'European Sky (SES)' is an
abbreviation), or, with its comma, on a header line ('Van:', 'Aan:', 'Cc:' or an address) where
OCR broke the initials ('Hirscher, Johanna (LK.)', '(K; e'). A second Woo decision of UWV prints
'Klein Velderman, Elody (E.)' so.
Read from the bracket back, so a text without ' (' costs one substring test. The span holds the
bracket: its initials are the name's, no body's ('M. R. P. M').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities import attendees, titled
from services.enrich.entities.gazetteer import Match
from services.enrich.words import read

_L: Final = r"[^\W\d_]"
_WORD: Final = rf"[A-ZÀ-ÖØ-Þ]{_L}+(?:-[A-ZÀ-ÖØ-Þ]{_L}+)*"
# the bracket's initials as OCR leaves them: 'J.K.', 'J. K. ', '.K', 'LK.', 'M.R.P.M,', 'K; e'
# (nothing else after them: '(PvdA)', '(VVD)' are no initials)
_BRACKET: Final = re.compile(r" \((?P<ini>[A-Z.][A-Z. ,]{0,14})(?:(?P<close>\))|(?=[;\n]|$))")
_BEFORE: Final = re.compile(
    rf"(?<![\w.])(?P<sur>{_WORD})(?P<comma>[,‚]{{0,2}}) (?P<given>{_WORD})$"
)
_HEADER: Final = re.compile(r"^[ \t]*(?:Van|Aan|From|To|Cc|CC|cc|Bcc)[ \t]*:|@")
_LOOKBACK: Final = 60


# The word `find` asks a text for, read in words.py's one pass over it (enspeed48): the bracket.
CUES: Final = frozenset({" ("})


def find(text: str) -> Iterator[Match]:
    if read(text).cues.isdisjoint(CUES):
        return
    given = attendees.given_names()
    for b in _BRACKET.finditer(text):
        # the word before the bracket a listed given name, asked before any pattern (cost)
        if (
            text[text.rfind(" ", max(0, b.start() - _LOOKBACK), b.start()) + 1 : b.start()]
            not in given
        ):
            continue
        before = _BEFORE.search(text, max(0, b.start() - _LOOKBACK), b.start())
        if before is None:
            continue
        first, sur = before.group("given"), before.group("sur")
        if first not in given or sur in given:
            continue
        ini = b.group("ini")
        # initials carry their dots ('Single European Sky (SES)' is an abbreviation, no initials)
        said = "." in ini and re.sub(r"[^A-Z]", "", ini)[:1] == first[0]
        if not (said or (before.group("comma") and _on_header_line(text, b))):
            continue
        name = f"{first} {sur}"
        found = titled.person(name, 0, len(name))
        if found is None or found.end != len(name):  # all of it: no place, body or office
            continue
        end = b.end() if b.group("close") else b.start("ini") + len(b.group("ini").rstrip(" ,"))
        yield Match("person", before.start(), end, found.canonical)


def _on_header_line(text: str, b: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, b.start()) + 1
    line_end = text.find("\n", b.end())
    return _HEADER.search(text[line_start : line_end if line_end != -1 else len(text)]) is not None
