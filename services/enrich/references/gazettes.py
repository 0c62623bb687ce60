"""Staatsblad, Staatscourant, Tractatenblad: 'Stb. 2021, 123', 'Stcrt. 2022, 12345', 'Trb. 2008,
175'; enumerations cite each number: 'Stb. 2019, 12, 14 en 17', 'Stb. 2015, 205 en 2016, 12'.

The issue's date may stand before its year ('Stcrt. 7 december 2018, 68918', 'Staatscourant van 16
juni 2005, nr. 114'), or its number before its date ('Staatscourant (nr. 26414, d.d. 14 mei
2018)'). A year without a number ('Stb. 2005') names no single publication and is
skipped. A number of an enumeration must close a clause ('en 13 andere wetten' is no citation),
and ranges are not read ('Stb. 2020, 118-120' may be pages). The year and the number may stand
with a slash between them, as some notes cite ('Stb. 1976/424'); a session's years ('Stb. 2019/20')
are not read so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import DASH, LIST_END, MONTHS, Hit
from services.enrich.scan import BLANKS, Guarded

_OB: Final = "https://zoek.officielebekendmakingen.nl/"
_S: Final = BLANKS
_NAMES: Final = {
    "stb": r"Stb|Staatsblad",
    "stcrt": r"Stcrt|Stc|Staatscourant",
    "trb": r"Trb|Tractatenblad",
}
_YEAR: Final = r"(?:18|19|20)\d\d(?!\d)"
_NUMBER: Final = r"[1-9]\d{0,5}(?![\w]|[.,/-]\d)"
# 'nr. 12', also before a list: 'nrs. 3251 en 3252', 'nummers 12 en 14'.
_LABEL: Final = rf"(?:(?:nrs?|no|nummers?)\.?{_S})?"
# One more of the list: '14', 'nr. 17', or another year's '2016, 12'; it closes the clause.
_ONE_MORE: Final = rf"(?:{_YEAR},?{_S})?{_LABEL}{_NUMBER}{LIST_END}"
# refs40: a space may stand before the year's comma ('Stb. 1982 , 465', 'Stcrt. 1982 , 162').
# refs42: an abbreviation may carry a comma where its dot belongs ('Stb, 1997, 580', 'Stcrt,1995,
# 75', 'Trb, 1978, 188': the consolidated laws' notes, a Woo decision); then the year's comma and
# the number are required ('Stb, 2005' and 'Stb, 2005 blijkt' are no citation).
_COMMA_FOR_DOT: Final = {
    kind: rf"(?<={abbreviation}),{_S}(?={_YEAR}[ \t\u00a0]?,)"
    for kind, abbreviation in (("stb", "Stb"), ("stcrt", "Stcrt"), ("trb", "Trb"))
}
_PATTERNS: Final = {
    kind: Guarded(
        r"(?<![^\W\d_])",
        rf"(?:{names})(?:\.?{_S}|{_COMMA_FOR_DOT[kind]})"
        rf"(?:(?:van{_S})?\d{{1,2}}{_S}(?:{MONTHS}){_S})?"
        rf"(?P<year>{_YEAR})(?:[ \t\u00a0]?,)?{_S}{_LABEL}(?P<nr>[1-9]\d{{0,5}})(?![\w])"
        rf"(?P<more>(?:{_S}(?:,|;|en){_S}{_ONE_MORE})*)",
    )
    for kind, names in _NAMES.items()
}
# The number first, labelled, and the issue's date after it: 'de Staatscourant (nr. 26414, d.d.
# 14 mei 2018)', 'Staatscourant nr. 114 van 16 juni 2005'.
_NUMBER_FIRST: Final = {
    kind: re.compile(
        rf"(?<![^\W\d_])(?:{names})\.?{_S}\(?{_S}(?:nr|no)\.?{_S}(?P<nr>[1-9]\d{{0,5}}),?{_S}"
        rf"(?:d\.d\.|van|dd){_S}\d{{1,2}}{_S}(?:{MONTHS}){_S}(?P<year>{_YEAR})"
    )
    for kind, names in _NAMES.items()
}
_MORE: Final = re.compile(rf"(?:(?P<year>{_YEAR}),?{_S})?{_LABEL}(?P<nr>{_NUMBER})")
# refs41: the year and the number joined by a slash, no space on either side: 'Stb. 1976/424' (a
# memorie van toelichting's note). The number closes the citation: not '2019/44/EU', '1976/424.5',
# '2010/12-3'; and a number that is the next year is a session's years ('Stcrt. 2019/20',
# 'Stb. 2019/2020'), no number (`_session`).
_SLASHED: Final = {
    kind: re.compile(
        rf"(?<![^\W\d_])(?:{names})\.?[ \t\u00a0]?(?P<year>{_YEAR})/(?P<nr>[1-9]\d{{0,5}})"
        rf"(?![\w/]|[.,{DASH}]\d)"
    )
    for kind, names in _NAMES.items()
}


def _session(year: str, nr: str) -> bool:
    """'2019' and '20' or '2020': a session's two years, not a year and a number."""
    nxt = int(year) + 1
    return nr == str(nxt) or (len(nr) == 2 and int(nr) == nxt % 100)


def _cited(m: re.Match[str]) -> Iterator[tuple[str, str]]:
    year = m.group("year")
    yield year, m.group("nr")
    for more in _MORE.finditer(m.group("more")):
        year = more.group("year") or year
        yield year, more.group("nr")


def find(text: str) -> Iterator[Hit]:
    for kind, pattern in _PATTERNS.items():
        for m in pattern.finditer(text):
            for year, nr in dict.fromkeys(_cited(m)):
                ident = f"{kind}-{year}-{nr}"
                yield Hit(kind, m.start(), m.end(), ident, f"{_OB}{ident}.html")
        if not any(name in text for name in _NAMES[kind].split("|")):
            continue  # the number-first form is searched only where the gazette is named
        for m in _SLASHED[kind].finditer(text) if "/" in text else ():
            if not _session(m.group("year"), m.group("nr")):
                ident = f"{kind}-{m.group('year')}-{m.group('nr')}"
                yield Hit(kind, m.start(), m.end(), ident, f"{_OB}{ident}.html")
        for m in _NUMBER_FIRST[kind].finditer(text):
            ident = f"{kind}-{m.group('year')}-{m.group('nr')}"
            yield Hit(kind, m.start(), m.end(), ident, f"{_OB}{ident}.html")
