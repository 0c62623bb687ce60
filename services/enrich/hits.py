"""A found span before it becomes a contract model, and the overlap rule shared by all families."""

from __future__ import annotations

from typing import Final

# Dashes that PDF text uses interchangeably with the hyphen-minus.
DASH: Final = "\u2010\u2011\u2012\u2013\u2014\u2212-"  # hyphen last: safe inside [...]
DASH_CLASS: Final = "[" + DASH + "]"
# After a listed number of an enumeration: what closes it as a citation ('Stb. 2019, 12 en 13)',
# '..., nrs. 45 en 46 over de'); 'Stb. 2019, 12 en 13 andere wetten' lists no 13.
LIST_END: Final = (
    r"(?=[ \t]*(?:[,;.:)\]\r\n(&]|(?:en|of|van|over|inzake|betreffende|waarin|t/m)(?![\w])|$))"
)


class Hit:
    """A found citation: its type and span, its normalized form, its URL and role where it has
    them. Read only.

    A plain class with the frozen dataclass's `__eq__`, `__hash__` and `__repr__` (the same
    values), not the dataclass: compiled, it is a native class built and compared in C; the
    dataclass's generated `__init__` and `__eq__` ran as Python (issue #12). `starting_at` stands
    for `dataclasses.replace(hit, start=...)`.
    """

    __slots__ = ("end", "normalized", "role", "start", "type", "url")

    def __init__(
        self,
        type: str,
        start: int,
        end: int,
        normalized: str,
        url: str | None = None,
        role: str | None = None,
    ) -> None:
        self.type = type
        self.start = start
        self.end = end
        self.normalized = normalized
        self.url = url
        self.role = role

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and self.type == other.type
            and self.normalized == other.normalized
            and self.url == other.url
            and self.role == other.role
        )

    def __hash__(self) -> int:
        return hash((self.type, self.start, self.end, self.normalized, self.url, self.role))

    def __repr__(self) -> str:
        return (
            f"Hit(type={self.type!r}, start={self.start!r}, end={self.end!r}, "
            f"normalized={self.normalized!r}, url={self.url!r}, role={self.role!r})"
        )

    def starting_at(self, start: int) -> Hit:
        return Hit(self.type, start, self.end, self.normalized, self.url, self.role)


def vergaderjaar(y1: str, y2: str) -> str | None:
    """'2022', '23' -> '20222023'. A year pair that is not consecutive is a typo: reject, never
    guess."""
    first = int(y1)
    second = int(y2)
    if len(y2) == 2:
        second += first // 100 * 100
        if second < first:  # 1999/00
            second += 100
    return f"{first}{second}" if second == first + 1 else None


def drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Longest span wins, then the earlier one; one span citing several things ('nrs. 12 en 13')
    keeps all."""
    ordered = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    kept: list[Hit] = []
    for hit in ordered:
        clash = any(
            hit.start < k.end
            and k.start < hit.end
            and not (hit.start == k.start and hit.end == k.end and hit != k)
            for k in kept
        )
        if not clash:
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end))


# Dutch month names as a pattern alternation: a number before one is the day of a date.
MONTHS: Final = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)

# Where a match may start right after a footnote's number of one or two digits that PDF text glued
# to a line's first word ('32024Z15585' is note 3 and a zaak number; '3Stockholm Center'): a
# lookbehind to join into a guard with '|'.
AFTER_NOTE_NUMBER: Final = r"(?<=(?<![^\n])\d)|(?<=(?<![^\n])\d\d)"
