"""One Aho-Corasick automaton over every gazetteer name, word-boundary aware.

Keys are lower-cased so one pass serves all entries; an entry marked case-sensitive (abbreviations:
'OM' is not 'om') is then checked against the original text. A match glued to a word or forming
a compound ('EU-verband', 'Woo-verzoek') is not a mention of the entity itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from services.enrich.data import rows, variants

_SPACE_RUN = re.compile(r"\s{2,}|[\t\r\n\u00a0]")


@dataclass(frozen=True, slots=True)
class Entry:
    type: str
    name: str
    canonical: str
    case_sensitive: bool


@dataclass(frozen=True, slots=True)
class Match:
    type: str
    start: int
    end: int
    canonical: str
    role: str | None = None


_SOURCES = (
    ("organization", "organisations.tsv"),
    ("party", "parties.tsv"),
    ("law", "laws.tsv"),
    ("location", "locations.tsv"),
)
_PRIORITY = {"law": 0, "party": 1, "organization": 2, "location": 3}


def _is_case_sensitive(name: str, row: dict[str, str]) -> bool:
    flag = row.get("case", "")
    if flag:
        return flag != "i"
    # Long multi-word names may start lower-case in running text ('ministerie van ...').
    return not (" " in name and len(name) > 12)


def entries() -> list[Entry]:
    found: list[Entry] = []
    for type_, filename in _SOURCES:
        for row in rows(filename):
            for name in variants(row):
                sensitive = _is_case_sensitive(name, row)
                found.append(Entry(type_, name, row["canonical"], sensitive))
    return found


@cache
def automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    by_key: dict[str, list[Entry]] = {}
    for entry in entries():
        by_key.setdefault(entry.name.lower(), []).append(entry)
    for key, group in by_key.items():
        auto.add_word(key, (len(key), tuple(group)))
    auto.make_automaton()
    return auto


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # keep offsets aligned


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if after in "-\u2010\u2011" and end + 1 < len(text) and text[end + 1].isalpha():
        return False  # compound: 'EU-agentschappen'
    return not (before in "-\u2010\u2011" and start >= 2 and text[start - 2].isalpha())


def _flatten(text: str) -> tuple[str, list[int]]:
    """Whitespace runs (line breaks inside a name) become one space; keep each char's original
    index."""
    chars: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        chars.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        chars.append(" ")
        index.append(m.start())
        pos = m.end()
    chars.append(text[pos:])
    index.extend(range(pos, len(text)))
    index.append(len(text))
    return "".join(chars), index


def find(text: str) -> list[Match]:
    """All gazetteer matches, overlaps resolved: longest first, then by type priority."""
    flat, index = _flatten(text)
    return [
        Match(m.type, index[m.start], index[m.end - 1] + 1, m.canonical) for m in _find_flat(flat)
    ]


def _find_flat(text: str) -> list[Match]:
    candidates: list[tuple[int, int, int, Entry]] = []
    low = _lower(text)
    for last, (length, group) in automaton().iter(low):
        start, end = last - length + 1, last + 1
        if not _bounded(text, start, end):
            continue
        for entry in group:
            if entry.case_sensitive and text[start:end] != entry.name:
                continue
            printed = text[start:end]
            if not entry.case_sensitive and printed != entry.name and printed[1:] != entry.name[1:]:
                continue  # case-insensitive means: the first letter only ('ministerie van ...')
            candidates.append((start, end, _PRIORITY[entry.type], entry))
            break
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Match] = []
    for start, end, _, entry in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.append(Match(entry.type, start, end, entry.canonical))
    return sorted(out, key=lambda m: m.start)
