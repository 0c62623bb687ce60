"""Authors a footnote cites the way a bibliography prints them: 'Torenvlied, R. et al., 1 december
2023, Leren van ...', 'Jansen, K.J. (2021)'.

Surname, comma, initials, then 'et al.' or a year in parentheses: that is a citation's author, not
a place or a body ('Den Haag, 3 april' has no initials, 'Utrecht, A. (2020)' names a place the
lists know and is left alone).

An article a question cites may name its writer between the headline and the paper: '«Statuten
geven ...» van A. Laning in Vakblad Pensioen van 9 september 2025', '«...» van Jan Smit in de
Dorpsbode'. Initials or a known given name, then the surname, then 'in': the writer, not a body
('«...» van Rijkswaterstaat in ...' has neither).
"""

from __future__ import annotations

import re

from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton

_AUTHOR = re.compile(
    r"(?<![\w-])(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)\s+){0,2}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+),"
    r"[ \t]+(?P<ini>(?:[A-Z]\.){1,4})[ \t]*(?:et[ \t]+al\.|\(\d{4}\))"
)

_CLOSING = ("»", "”", '"', "’")
_SURNAME = r"(?:(?:van|de|der|den|ter|ten)[ \t\u00a0]+){0,2}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+"
_WRITER = re.compile(
    r"[ \t\u00a0]+van[ \t\u00a0]+(?P<name>(?P<ini>(?:[A-Z]\.[ \u00a0]?){1,4}[ \u00a0]?)?"
    rf"(?(ini)|(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)[ \t\u00a0]+){_SURNAME})[ \t\u00a0]+in[ \t\u00a0]"
)


def _writers(text: str) -> list[Match]:
    """The writer after a headline's closing quotation mark (str.find: few in a text)."""
    found = []
    for mark in _CLOSING:
        at = text.find(mark + " van ")
        while at != -1:
            m = _WRITER.match(text, at + 1)
            if m is not None and (m.group("ini") or m.group("given") in given_names()):
                name = " ".join(m.group("name").split())
                if not automaton().exists(name):
                    found.append(Match("person", m.start("name"), m.end("name"), name))
            at = text.find(mark + " van ", at + 1)
    return found


def find(text: str) -> list[Match]:
    found = _writers(text) if " in " in text else []
    if "et al." not in text and ". (" not in text:
        return found
    for m in _AUTHOR.finditer(text):
        surname = m.group("sur")
        if automaton().exists(surname):
            continue
        name = f"{m.group('ini')} {surname[0].upper()}{surname[1:]}"
        found.append(Match("person", m.start(), m.end("ini"), name))
    return found
