"""An outlet's two-letter short name is the paper only where the text speaks of the press.

'AD', 'FD' and 'EW' are the Algemeen Dagblad's, Het Financieele Dagblad's and Elsevier
Weekblad's short names, and as often a role's or a thing's letters: in UWV's released forms and
mails 'AD' is the arbeidsdeskundige ('Vraag AD (of vragen AD)', 'AD:' as a form's label,
'(bezwaar)AD-rapport'; orgsW47, two documents of the blind set, 45 of a pool of 300), in
education an associate degree, in a cadastral record a section's letters. The letters stand for
the paper after its article ('het AD', 'in het FD') or 'volgens' ('Volgens EW is dat zo'), as a
site ('AD.nl'), as a cited source ('AD, 18 september 2020, ...'), or with a word of the press or
another outlet near them ('Persbericht UWV publicatie AD', 'meldde het AD', 'NRC, AD en Trouw').
"""

from __future__ import annotations

import re
from typing import Final

# (Elsevier Weekblad's 'EW' too: in UWV's audit tables 'Weging (on)geschiktheid EW', a
# weighing of eigen werk; orgsW47's UWV pool, 8 documents)
_LETTERS: Final = frozenset({"AD", "FD", "EW"})
# After the paper's article, or cited bare as the source: 'het AD', 'Volgens EW is dat zo'.
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Hh]et|[Vv]olgens)[ \t\u00a0]+$")
_PRESS: Final = re.compile(
    r"(?<![^\W\d_])(?i:krant\w*|dagblad\w*|artikel\w*|journalist\w*|publicatie\w*|bericht\w*|"
    r"interview\w*|media\w*|pers(?:bericht\w*|conferentie\w*)?|nieuws\w*|meld(?:t|de|den)|"
    r"schr(?:ijft|eef|even)|redactie\w*|column\w*|kop(?:t|te)|opinie\w*|reportage\w*|"
    r"verslaggever\w*|omroep\w*|[af]d\.nl)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:NRC|Volkskrant|Telegraaf|Trouw|Parool|NOS|RTL|RTV|NU\.nl)(?![^\W\d_])"
)
# A source cited by the paper's letters, a comma, then the piece's date or its quoted headline:
# 'AD, 18 september 2020, 'Dierenbeschermers ...'', 'AD, Kaalslag in de game-industrie: ‘We ...'.
_CITED_AFTER: Final = re.compile(
    r",[ \t\u00a0]*(?:\d{1,2}[ \t\u00a0]+(?i:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)"
    r"|[^\n]{0,60}[‘’'\"“”])"
)
_REACH: Final = 80  # characters either side where a word of the press makes the letters the paper


def unread(text: str, start: int, end: int) -> bool:
    """The letters at text[start:end] are an outlet's short name with no sign of the press."""
    if end - start != 2 or text[start:end] not in _LETTERS:
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None:
        return False
    if text.startswith((".nl", ".NL"), end):
        return False
    if _CITED_AFTER.match(text, end) is not None:
        return False
    return _PRESS.search(text, max(0, start - _REACH), min(len(text), end + _REACH)) is None
