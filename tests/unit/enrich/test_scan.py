"""The fast scanners find exactly what the plain patterns find."""

from __future__ import annotations

import random
import re

from services.enrich.entities import gazetteer
from services.enrich.scan import Guarded, near

_PIECES = [
    "Kamerstuk ", "29 383", ", nr. ", "406", "Stb. ", "2021", "xStb", "10 november ", "2022",
    " maart", "21-10-", "EU", "ECLI:NL:HR:", "/", "5.1.2e", " ", "\n", "\r\n", "a", "7", ".",
]  # fmt: skip


def _texts(n: int = 400) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_guarded_equals_the_whole_pattern() -> None:
    cases = [
        (r"(?<![^\W\d_])", r"(?:Stb|Staatsblad)\.?\s*(?P<y>\d{4})"),
        (r"(?<![\w€$.,/:])", r"[1-3]\d[ .]?\d{3},?\s*nr\.\s*\d+"),
        (r"(?<!\d)", r"(?:19|20)\d\d"),
    ]
    for guard, body in cases:
        whole = re.compile(guard + body)
        fast = Guarded(guard, body)
        for text in _texts():
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ], text


def test_near_equals_finditer() -> None:
    pattern = re.compile(
        r"(?<![\w.])(?:(?P<d>[0-3]?\d)\s+)?(?:maart|november)\s+(?:19|20)\d\d(?!\w)"
    )
    years = Guarded(r"(?<!\d)", r"(?:19|20)\d\d")
    for text in _texts():
        got = [
            m.span() for m in near(pattern, list(years.finditer(text)), text, before=40, after=1)
        ]
        assert got == [m.span() for m in pattern.finditer(text)], text


def test_flatten_treats_every_whitespace_as_the_plain_pattern_does() -> None:
    spaces = [chr(c) for c in range(0x3001) if re.match(r"\s", chr(c))]
    plain = re.compile(r"\s{2,}|[\t\r\n\u00a0]")
    for a in spaces:
        for b in ("", " ", "\n", a):
            text = f"x{a}{b}y{b}z"
            assert gazetteer._flatten(text)[0] == plain.sub(" ", text), repr(text)
