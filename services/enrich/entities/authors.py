"""Authors a footnote cites the way a bibliography prints them: 'Torenvlied, R. et al., 1 december
2023, Leren van ...', 'Jansen, K.J. (2021)'.

Surname, comma, initials, then 'et al.' or a year in parentheses: that is a citation's author, not
a place or a body ('Den Haag, 3 april' has no initials, 'Utrecht, A. (2020)' names a place the
lists know and is left alone).
"""

from __future__ import annotations

import re

from services.enrich.entities.gazetteer import Match, automaton

_AUTHOR = re.compile(
    r"(?<![\w-])(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)\s+){0,2}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+),"
    r"[ \t]+(?P<ini>(?:[A-Z]\.){1,4})[ \t]*(?:et[ \t]+al\.|\(\d{4}\))"
)


def find(text: str) -> list[Match]:
    if "et al." not in text and ". (" not in text:
        return []
    found = []
    for m in _AUTHOR.finditer(text):
        surname = m.group("sur")
        if automaton().exists(surname):
            continue
        name = f"{m.group('ini')} {surname[0].upper()}{surname[1:]}"
        found.append(Match("person", m.start(), m.end("ini"), name))
    return found
