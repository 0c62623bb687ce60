"""A body named by its extract from the trade register: 'KvK-uittreksel Bakkerij Jansen',
'uittreksel uit het Handelsregister van Stichting De Brug'.

Woo inventories list the Chamber of Commerce extract of every firm a file touches, and only a
registered body (a firm, a foundation, an association) has one: what follows the extract's
words is its name, no list needed. The name is capitalised words, joined by 'en', '&' or a small
lower-case word ('Handel en Onderhoud', 'Van der Berg & Zn'), up to six; it ends before an
inventory's next column read into the line ('Reeds openbaar', 'Deels openbaar') and before a
date ('d.d.').
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.words import read

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
# An inventory's assessment column read into the row's line: no word of a name.
_STOP: Final = (
    "Reeds|Openbaar|Deels|Niet|Buiten|Gedeeltelijk|Geheel|Geweigerd|Weigeren|Nvt|Ja|Nee|Zie|"
    "Pagina|Bijlage|Datum|De|Het|Een|Van|In|Op|Met"
)
_WORD: Final = rf"(?!(?:{_STOP})(?![\w'’&-]))[{_UPPER}][\w'’&.-]*"
_JOIN: Final = r"(?:[ \t\u00a0]+(?:en|&|van|de|der|den|voor|in|op|aan)(?=[ \t\u00a0]))?[ \t\u00a0]+"
_NAME: Final = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,5}}"
_REGISTER: Final = r"(?:KvK|KVK|Kamer[ \t\u00a0]+van[ \t\u00a0]+Koophandel|[Hh]andelsregister)"
_S: Final = r"[ \t\u00a0]"
_EXTRACT: Final = re.compile(
    rf"(?:{_REGISTER}{_S}*-?{_S}*[Uu]ittreksel"
    rf"|[Uu]ittreksel{_S}+(?:uit{_S}+(?:het{_S}+|de{_S}+)?)?{_REGISTER})"
    r"(?:[ \t\u00a0]+(?:van|voor))?(?:[ \t\u00a0]+(?:de|het))?[ \t\u00a0]+"
    rf"(?P<name>{_NAME})"
)


# The word find's gate asks for, from words.py's one pass over the text (issue #12).
GATES: Final = frozenset(("ittreksel",))


def find(text: str) -> list[Match]:
    """The bodies whose register extract the text names."""
    if "ittreksel" not in read(text).cues:  # the text the enricher read (never a slice of it)
        return []
    out = []
    for m in _EXTRACT.finditer(text):
        name = m.group("name")
        if name.endswith(".") and "." not in name.rsplit(None, 1)[-1][:-1]:
            name = name[:-1]  # the sentence's full stop, not a legal form's ('B.V.')
        if len(name) < 3:  # 'KvK-uittreksel B.' : an initial, cut short
            continue
        start = m.start("name")
        out.append(Match("organization", start, start + len(name), " ".join(name.split())))
    return out
