"""Tweede Kamer zaak numbers ('2022Z20166') and document numbers ('2022D45678'), kept as printed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from services.enrich.hits import AFTER_NOTE_NUMBER, Hit
from services.enrich.scan import Guarded

_TK: Final = "https://www.tweedekamer.nl/kamerstukken/detail?id="
# Not inside a path or a query ('/2018D30087', 'id=2018Z09497'), but a register's pair of numbers is
# printed with a slash: a zaak and its document ('2018Z09019/2018D30087'), a dossier's shorthand and
# its document ('32550-62/2018D38393'). A footnote's number at a line's start may be glued on
# ('32024Z15585' is footnote 3).
_NUMBER: Final = Guarded(
    r"(?<![\w/=])|(?<=\d[ZD]\d{5}/)|(?<=\d-\d/)|(?<=\d-\d\d/)|(?<=\d-\d{3}/)|" + AFTER_NOTE_NUMBER,
    r"(20[0-4]\d)([ZD])(\d{5})(?![\w])",
)


def find(text: str) -> Iterator[Hit]:
    for m in _NUMBER.finditer(text):
        ident = m.group(0)
        if m.group(2) == "Z":
            yield Hit("zaak", m.start(), m.end(), ident, _TK + ident)
        else:
            yield Hit("document", m.start(), m.end(), ident, f"{_TK}{ident}&did={ident}")
