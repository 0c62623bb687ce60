"""Tweede Kamer zaak numbers ('2022Z20166') and document numbers ('2022D45678'), kept as printed."""

from __future__ import annotations

from collections.abc import Iterator

from services.enrich.hits import Hit
from services.enrich.scan import Guarded

_TK = "https://www.tweedekamer.nl/kamerstukken/detail?id="
_NUMBER = Guarded(r"(?<![\w/=])", r"(20[0-4]\d)([ZD])(\d{5})(?![\w])")


def find(text: str) -> Iterator[Hit]:
    for m in _NUMBER.finditer(text):
        ident = m.group(0)
        if m.group(2) == "Z":
            yield Hit("zaak", m.start(), m.end(), ident, _TK + ident)
        else:
            yield Hit("document", m.start(), m.end(), ident, f"{_TK}{ident}&did={ident}")
