"""The writer of an article a question cites, between the headline and the paper: '«Statuten
geven ...» van A. Laning in Vakblad Pensioen van 9 september 2025', '«...» van Jan Smit in de
Dorpsbode'.

Initials or a known given name, then the surname, then 'in': the writer, not a body ('«...» van
Rijkswaterstaat in ...' has neither); a name the lists hold is left to them.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_CLOSING: Final = ("»", "”", '"', "’")
_SURNAME: Final = r"(?:(?:van|de|der|den|ter|ten)[ \t\u00a0]+){0,2}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+"
_WRITER: Final = re.compile(
    r"[ \t\u00a0]+van[ \t\u00a0]+(?P<name>(?P<ini>(?:[A-Z]\.[ \u00a0]?){1,4}[ \u00a0]?)?"
    rf"(?(ini)|(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)[ \t\u00a0]+){_SURNAME})[ \t\u00a0]+in[ \t\u00a0]"
)


# Each mark with the ' van ' after it: keys of words.py's pass, so a text without one is not
# scanned for any (speed50; most segments hold ' in ', few a quotation's close before ' van ').
_MARKED: Final = tuple(mark + " van " for mark in _CLOSING)
CUES: Final = frozenset(_MARKED)


def find(text: str) -> list[Match]:
    """Read after each closing quotation mark followed by ' van ' (str.find: few in a text)."""
    cues = read(text).cues
    if cues.isdisjoint(CUES) or " in " not in text:
        return []
    found = []
    for marked in _MARKED:
        if marked not in cues:
            continue
        at = text.find(marked)
        while at != -1:
            m = _WRITER.match(text, at + 1)
            if m is not None and (m.group("ini") or m.group("given") in given_names()):
                name = " ".join(m.group("name").split())
                if not automaton().exists(name):
                    found.append(Match("person", m.start("name"), m.end("name"), name))
            at = text.find(marked, at + 1)
    return found
