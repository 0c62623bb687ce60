"""People and bodies in a table's named columns: an attendance or members table heads its columns
'Naam' / 'Leden' / 'Deelnemers' and 'Organisatie' / 'Departement' / 'Namens'. Its header says what
every cell under it is, so a name no list holds ('Tonkie Zwaan', 'Ordina') is read as what its
column is, where running text would need a title or a listed given name to tell.

A cell is taken only when it has a name's shape: a person two to five words, each capitalised
or a surname particle ('Linda van der Brink'); a body up to six words that start with a capital
or a digit. Empty cells, dashes and cells with sentence punctuation are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities import gazetteer
from services.enrich.entities.gazetteer import Match
from stukken.contracts import Segment

_PERSON_HEADS: Final = frozenset(
    {
        "naam", "namen", "leden", "lid", "deelnemer", "deelnemers", "aanwezig", "aanwezigen",
        "aanwezige", "medewerker", "medewerkers", "contactpersoon", "contactpersonen",
        "vertegenwoordiger", "vertegenwoordigers",
    }
)  # fmt: skip
_BODY_HEADS: Final = frozenset(
    {
        "organisatie", "organisaties", "departement", "departementen", "namens", "instantie",
        "instanties", "bedrijf", "bedrijven", "vertegenwoordigt",
    }
)  # fmt: skip
_PARTICLES: Final = frozenset(
    {"van", "de", "der", "den", "het", "ten", "ter", "te", "vd", "vden", "v.d.", "von", "'t"}
)
_NAME_WORD: Final = re.compile(r"[A-ZÀ-Ý][\w'’.\-]*|[A-Z]\.?")
_BODY_WORD: Final = re.compile(r"[A-ZÀ-Ý0-9][\w'’&.\-/]*|[a-z][\w\-]*")
_SENTENCE: Final = re.compile(r"[,;:!?()]|\.\s")
_GLUED_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,4}[A-Z][a-z][\w'’\-]+")


def find(seg: Segment) -> Iterator[Match]:
    """Persons and organisations in the cells under a person or body column header."""
    rows = seg.rows
    if seg.kind != "table" or not rows or len(rows) < 2:
        return
    kinds = [_column_kind(cell) for cell in rows[0]]
    if "person" not in kinds:
        return  # a body column alone is any table's: only an attendance table says so
    for number, k, cell, at in printed_cells(seg, rows):
        kind = kinds[k] if k < len(kinds) else None
        if number > 0 and _shaped(kind, cell):
            yield Match(str(kind), at, at + len(cell), cell)


def signed(seg: Segment, found: list[Match]) -> list[Match]:
    """A motion's signatures set as a table: a row of names over a row of their parties ('Isabel
    Bos | Hera Butt | Adeel Mahmood' / 'GroenLinks | GroenLinks | DENK'; persons78). Each cell of
    the names' row is a person, whole ('Lotte van Basten Batenburg'), in place of what was read
    inside it. Not a row under which fewer than half the cells hold a party, one with a place or a
    party inside a cell ('Noord Holland'), nor one of which the other rules read fewer than half
    the names as persons: unsure, it stays as it was."""
    rows = seg.rows
    if seg.kind != "table" or not rows or len(rows) < 2:
        return found
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for number, _k, cell, at in printed_cells(seg, rows):
        spans.setdefault(number, []).append((at, at + len(cell.rstrip()), cell))
    names: set[int] = set()
    for number in range(len(rows) - 1):
        cells = spans.get(number, [])
        below = [c for c in rows[number + 1] if c.strip()]
        if not cells or len(below) != len(cells) or not all(_person(c) for _s, _e, c in cells):
            continue
        if 2 * sum(1 for c in below if _holds_party(c)) < len(below):
            continue
        known = [_inside(found, start, end) for start, end, _c in cells]
        if any(f.type in ("location", "party") for inside in known for f in inside):
            continue  # 'Noord Holland | Zuid Holland': places, not names
        people = sum(1 for inside in known if any(f.type == "person" for f in inside))
        if 2 * people >= len(cells):
            names.add(number)  # half the names read already by the other rules
    if not names:
        return found
    out = list(found)
    cells = [cell for number in sorted(names) for cell in spans[number]]
    for at, end, cell in cells:
        inside = _inside(out, at, end)
        if any(f.start < at or f.end > end for f in inside):
            continue  # something wider than the cell: leave it
        if any(f.type == "person" and (f.start, f.end) == (at, end) for f in inside):
            continue
        out = [f for f in out if f not in inside]
        out.append(Match("person", at, end, cell.strip()))
    return out


def _inside(found: list[Match], start: int, end: int) -> list[Match]:
    return [f for f in found if start < f.end and f.start < end]


def _holds_party(cell: str) -> bool:
    return any(m.type == "party" for m in gazetteer.find(cell))


def printed_cells(seg: Segment, rows: list[list[str]]) -> Iterator[tuple[int, int, str, int]]:
    """Each non-empty cell of a table segment with its row's number, its column and where it
    stands in the segment's text (rows joined by '\n', cells by ' | '), if printed there."""
    offset = 0
    for number, row in enumerate(rows):
        at = offset
        for k, cell in enumerate(row):
            if cell and seg.text[at : at + len(cell)] == cell:
                yield number, k, cell, at
            at += len(cell) + 3  # ' | '
        offset += len(" | ".join(row)) + 1  # '\n'


def _shaped(kind: str | None, cell: str) -> bool:
    return (kind == "person" and _person(cell)) or (kind == "organization" and _body(cell))


def _column_kind(header: str) -> str | None:
    words = header.lower().split()
    if len(words) != 1:
        return None
    if words[0] in _PERSON_HEADS:
        return "person"
    if words[0] in _BODY_HEADS:
        return "organization"
    return None


def _person(cell: str) -> bool:
    words = cell.split()
    if len(words) == 1:
        return _GLUED_INITIALS.fullmatch(cell) is not None  # 'A.Velthuis'
    if len(words) > 5 or _SENTENCE.search(cell):
        return False
    named = [w for w in words if w.lower() not in _PARTICLES]
    return (
        len(named) >= 2
        and all(_NAME_WORD.fullmatch(w) for w in named)
        and len(named[-1]) > 1  # a surname, not an initial
    )


def _body(cell: str) -> bool:
    words = cell.split()
    return (
        1 <= len(words) <= 6
        and _SENTENCE.search(cell) is None
        and _BODY_WORD.fullmatch(words[0]) is not None
        and words[0][0].isupper()
        and cell.strip("-–— ") != ""
    )
