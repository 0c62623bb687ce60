"""Dates written in Dutch to ISO: '10 november 2022', 'd.d. 1 maart 2024', 'maart 2022' (->
2022-03),
'21-10-2022'. A day without a year ('15 december jl.') names no date we can know and is skipped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.scan import BLANKS, Guarded, near, near_from

_MONTHS: Final = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
# Abbreviations by their first three letters, and the two that are no prefix: 'mrt.', 'sept.'.
_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"mrt": 3, "sept": 9}
_MONTH_ALT: Final = (
    "|".join(_MONTHS) + r"|jan\.|feb\.|mrt\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|okt\.|nov\.|dec\."
)
_S: Final = BLANKS
_WRITTEN: Final = re.compile(
    rf"(?<![\w.])(?:(?P<day>[0-3]?\d)(?:e)?{_S})?(?P<month>{_MONTH_ALT})(?![\w]){_S}(?P<year>(?:19|20)\d\d)(?![\w])",
    re.IGNORECASE,
)
_NUMERIC: Final = re.compile(
    r"(?<![\w.,/-])(?P<day>[0-3]?\d)([-/.])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d\d)(?![\w.,/-]?\d)"
)


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return (
        _MONTHS.index(name) + 1
        if name in _MONTHS
        else _ABBR[name[:4] if name == "sept" else name[:3]]
    )


# Every date ends in its year: search only just before the years. A written date's parts may be
# spread by runs of spaces, up to this many characters before the year.
_YEAR: Final = Guarded(r"(?<!\d)", r"(?:19|20)\d\d")
# ... searched as its two centuries, each led by its two digits: the engine scans for a literal
# several times faster than for a class ('[12]', which the alternation gives it). Two years never
# overlap (a year's digits are no start: a digit stands before them), so the two lists merged
# are `_YEAR`'s matches (throughput39).
_YEAR_19: Final = Guarded(r"(?<!\d)", r"19\d\d")
_YEAR_20: Final = Guarded(r"(?<!\d)", r"20\d\d")
# `find`'s gate: every year `_years` finds opens with its two digits (cue43: words.ASK_DATES).
GATES: Final = frozenset(year.body.pattern[:2] for year in (_YEAR_19, _YEAR_20))


def _start(m: re.Match[str]) -> int:
    return m.start()


def _years(text: str) -> list[re.Match[str]]:
    """`list(_YEAR.finditer(text))`."""
    nineteen = list(_YEAR_19.finditer(text))
    twenty = list(_YEAR_20.finditer(text))
    if not nineteen:
        return twenty
    if not twenty:
        return nineteen
    return sorted(nineteen + twenty, key=_start)


_WRITTEN_REACH: Final = 80
_NUMERIC_REACH: Final = 8


# A written date ends in its month, blanks and the year: its month ends where the blanks before
# the year begin, spans nine letters at most ('september'), and a day before it blanks and three
# characters at most ('21e'). So it starts no earlier than that, and `_WRITTEN` is searched from
# there, not over all of `_WRITTEN_REACH` (a pattern led by a lookbehind is tried at every place
# of its window; throughput38).
_BLANK: Final = frozenset(" \t\u00a0\r\n")
_LONGEST_MONTH: Final = 9
_LONGEST_DAY: Final = 3


def _written_start(text: str, year: int) -> int:
    """Where a written date ending in the year at `year` can start at the earliest, within
    `_WRITTEN_REACH`."""
    reach = max(0, year - _WRITTEN_REACH)
    at = year
    while at > reach and text[at - 1] in _BLANK:
        at -= 1
    at -= _LONGEST_MONTH
    while at > reach and text[at - 1] in _BLANK:
        at -= 1
    return max(reach, at - _LONGEST_DAY)


def find(text: str) -> Iterator[Match]:
    years = _years(text)
    if not years:
        return
    starts = [_written_start(text, y.start()) for y in years]
    for m in near_from(_WRITTEN, years, starts, text, after=1):
        year, month = int(m.group("year")), _month(m.group("month"))
        if m.group("day"):
            try:
                iso = date(year, month, int(m.group("day"))).isoformat()
            except ValueError:
                continue
        else:
            iso = f"{year:04d}-{month:02d}"
        yield Match("date", m.start(), m.end(), iso)
    for m in near(_NUMERIC, years, text, before=_NUMERIC_REACH, after=2):
        try:
            iso = date(int(m.group("year")), int(m.group("month")), int(m.group("day"))).isoformat()
        except ValueError:
            continue
        yield Match("date", m.start(), m.end(), iso)
