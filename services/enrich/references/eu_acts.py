"""EU acts by title ('Verordening (EU) 2016/679', 'Richtlijn 2006/123/EG', 'EU-verordening
1008/2008') and Official Journal issues.

Acts normalize to their CELEX number (sector 3): regulation R, directive L, decision D, framework
decision F. Since 2015 all acts are numbered year/number; older regulations 'nr. 1049/2001' are
number/year, which the 'nr.' announces; after a prefix ('EU-verordening 1008/2008') the part that
is a year says the order. The Official Journal: 'PbEU 2010, L 180' and the Union's own 'PB L 180
van 15.7.2010' -> OJ:L:2010:180.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import Hit
from services.enrich.references.identifiers import celex_url
from services.enrich.scan import BLANKS, Guarded, near
from services.enrich.words import read

_S: Final = BLANKS
_KINDS: Final = {
    "verordeningen": "R", "verordening": "R", "uitvoeringsverordening": "R",
    "regulations": "R", "regulation": "R",
    "richtlijnen": "L", "richtlijn": "L", "uitvoeringsrichtlijn": "L",
    "directives": "L", "directive": "L",
    "besluiten": "D", "besluit": "D", "uitvoeringsbesluit": "D", "decisions": "D", "decision": "D",
    "kaderbesluit": "F",
    # the Dutch name of a decision before the Treaty of Lisbon: 'Beschikking 87/95/EEG'
    "beschikkingen": "D", "beschikking": "D",
}  # fmt: skip
# The Netherlands writes its own acts in Dutch: an act named in English is the Union's, also
# without '(EU)' ('PSD2, Directive 2015/2366'); so is one numbered as the Union numbers since 2015.
# ('decisions' is not: the plural needs the Union's tag, '(EU)' or '/EU', as a Dutch title does).
_ENGLISH: Final = frozenset({"regulation", "regulations", "directive", "directives", "decision"})
_ORG: Final = rf"EU|EG|EEG|EC|EEC|Euratom|EU,{_S}Euratom|GBVB|JBZ"
# 'nr.' may also stand before the tag: 'Verordening nr. (EG) 561/2006'. The tag after the number
# is also the Union's French, Spanish or Italian one ('Directive 2004/35/CE') or the old pillars'
# English one ('2008/615/JHA', '2010/413/CFSP'); a footnote's number of up to three digits may
# follow it in a page's text, where the superscript lost its place ('Decision 93/626/EEC38').
_SUFFIX: Final = r"EU|EG|EEG|EC|EEC|CE|CEE|GBVB|CFSP|JBZ|JHA|Euratom"
_NUMBER: Final = (
    rf"(?P<nr_first>(?:nr|No)\.?{_S}(?=\())?"
    rf"(?:\((?P<org>{_ORG})\){_S})?(?P<nr>(?:nr|No)\.?{_S})?"
    rf"(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?:/(?P<suffix>{_SUFFIX})(?![^\W\d_]|/|\d{{4}})|(?![\w/]))"
)
_ACT: Final = re.compile(
    rf"(?<![^\W\d_])(?:(?:Gedelegeerde|Delegated){_S})?(?:(?P<pre>EU|EG|EEG)-)?"
    rf"(?P<kind>{'|'.join(_KINDS)}){_S}{_NUMBER}",
    re.IGNORECASE,
)
# An act by its Dutch short title, its number in brackets after it: 'de Europese Gasrichtlijn
# (2009/73/EC)', 'de Dienstenrichtlijn (2006/123/EG)', also a hyphened one. Called 'Europese', an
# act needs no '/EG' to be the Union's: 'de Europese btw-richtlijn (2006/112)'.
_NAMED: Final = re.compile(
    rf"(?<![^\W\d_])(?P<european>Europese{_S})?[A-Za-z]+-?(?P<kind>richtlijn|verordening)"
    rf"{_S}\({_NUMBER}\)",
    re.IGNORECASE,
)
# 'Verordeningen (EU) nr. 260/2012 en (EU) 2021/1230': the next act of the same kind.
_NEXT: Final = re.compile(rf"{_S}(?:,|en|and|of|or){_S}(?P<act>{_NUMBER})", re.IGNORECASE)
# The Union's own Dutch texts write 'PB L 307 van 28.10.2014, blz. 1' (a space after 'PB': 'PBL'
# is the planbureau).
_OJ: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"(?:PbEU|PbEG|PB(?=[ \t\u00a0])|Pb\.?|OJ|Publicatieblad){_S}(?:(?P<y1>(?:19|20)\d\d),?{_S})?"
    rf"(?P<series>[LC]){_S}(?P<nr>\d{{1,4}})(?:{_S}[A-Z])?"
    rf"(?:,?{_S}(?:van|of)?{_S}\d{{1,2}}[./]\d{{1,2}}[./](?P<y2>(?:19|20)\d\d))?",
)


# The words one of which every `_OJ` match opens with: the family is asked where a '/' stands
# (an act's number), and `_OJ`'s scan, led by an alternation (the engine tries every 'P' and
# 'O'), is asked only where the journal is named (enspeed48). `_JOURNAL_CUES` are keys of
# words.py's automaton (found.py's gate).
_JOURNAL_CUES: Final = frozenset({"Pb", "PB", "OJ"})
_JOURNAL_WORD: Final = "Publicatieblad"


def _may_cite_a_journal(text: str) -> bool:
    return not read(text).cues.isdisjoint(_JOURNAL_CUES) or _JOURNAL_WORD in text


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        return 1900 + year if year >= 50 else 2000 + year
    return year if len(text) == 4 and 1950 <= year <= 2039 else None


# Every act's number holds 'a/b' (digits), at most this far from the start of its title.
_NUMBER_SLASH: Final = re.compile(r"/(?<=\d/)\d")
_TITLE_REACH: Final = 120


def _numbered(m: re.Match[str]) -> bool:
    """Whether 'nr.' announces the number (number/year, the order before 2015)."""
    return bool(m.group("nr") or m.group("nr_first"))


def _regulation_number_first(m: re.Match[str], letter: str, a: str, b: str) -> bool:
    """A regulation of before 2015 written without its 'nr.' ('Verordening (EG) 1907/2006',
    '(EU) 1024/2012', '(EEG) 1408/71', '(EG) 2006/2004'): the Union numbered every regulation
    number/year until 2015, so a four-digit first part before a year of that era is the number
    (refgold46; read year first, '1907' is no year and the act was lost, '2006/2004' misread).
    A first part of 2015 or later is the year of today's numbering ('(EU) 2016/2014'); a year
    before a two-digit part keeps the old reading ('1999/36' may be a year and its number)."""
    if letter != "R" or _numbered(m) or m.group("suffix") or len(a) != 4:
        return False
    year = _year(b)
    if year is None or year >= _UNION_ERA or int(a) >= _UNION_ERA:
        return False
    return len(b) == 4 or _year(a) is None


def _celex(m: re.Match[str], letter: str, prefixed: bool) -> str | None:
    """The CELEX number of one act's 'a/b', read year first or number first."""
    a, b = m.group("a"), m.group("b")
    # A directive is numbered year first in every era, also after 'nr.' ('Richtlijn nr.
    # 2000/60/EG' is 32000L0060); a regulation or decision after 'nr.' number first.
    year_first = letter == "L" or (
        not _numbered(m) and (letter != "R" or len(a) == 4 or bool(m.group("suffix")))
    )
    if _regulation_number_first(m, letter, a, b):
        year_first = False
    if prefixed and letter == "R" and not (m.group("org") or _numbered(m)):
        # 'EU-verordening 1008/2008': number/year unless the first part is a year of the
        # year/number era
        year_first = _year(a) is not None and (_year(b) is None or int(a) >= 2015)
    year = _year(a if year_first else b)
    number = b if year_first else a
    if year is None or len(number) > 4:
        return None
    return f"3{year}{letter}{int(number):04d}"


# Since 2015 the Union numbers every act year/number ('Verordening 2016/679'); Dutch regulations and
# directives are never numbered so, so a Dutch title before such a number is the Union's too.
_UNION_ERA: Final = 2015
_SOLE_EU_KINDS: Final = frozenset({"verordening", "verordeningen", "richtlijn", "richtlijnen"})


def _unions_numbering(m: re.Match[str], kind: str) -> bool:
    a, b = m.group("a"), m.group("b")
    return (
        kind in _SOLE_EU_KINDS
        and not _numbered(m)
        and len(a) == 4
        and _UNION_ERA <= int(a) <= 2039
        and len(b) <= 4
    )


def find(text: str) -> Iterator[Hit]:
    slashes = list(_NUMBER_SLASH.finditer(text)) if "/" in text else []
    for m in near(_ACT, slashes, text, before=_TITLE_REACH, after=16):
        kind = m.group("kind").lower()
        if not (
            m.group("org")
            or m.group("suffix")
            or m.group("pre")
            or kind in _ENGLISH
            or _unions_numbering(m, kind)
        ):
            continue  # 'besluit 12/3' without (EU) or /EG is not an EU act
        letter = _KINDS[kind]
        number: re.Match[str] | None = m
        while number is not None:
            celex = _celex(number, letter, bool(m.group("pre")))
            if celex is None:
                break
            start = number.start("act") if number.re is _NEXT else number.start()
            yield Hit("eu_act", start, number.end(), celex, celex_url(celex))
            number = _NEXT.match(text, number.end())
    if "richtlijn (" in text or "verordening (" in text:
        for m in _NAMED.finditer(text):
            kind = m.group("kind").lower()
            if (
                m.group("org")
                or m.group("suffix")
                or m.group("european")
                or _unions_numbering(m, kind)
            ):
                celex = _celex(m, _KINDS[kind], False)
                if celex is not None:
                    yield Hit("eu_act", m.start("a"), m.end() - 1, celex, celex_url(celex))
    for m in _OJ.finditer(text) if _may_cite_a_journal(text) else ():
        issue_year = m.group("y1") or m.group("y2")
        if issue_year:
            ident = f"OJ:{m.group('series')}:{issue_year}:{int(m.group('nr')):03d}"
            url = f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri={ident}:TOC"
            yield Hit("eu_act", m.start(), m.end(), ident, url)
