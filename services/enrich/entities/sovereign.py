"""The sovereign who enacts a law, an order in council or a royal decree, in its opening formula:
'Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, ...' ('Wij Beatrix, bij de
gratie Gods, Koningin der Nederlanden' before 2013; persons47: a Woo decision's annexed order in
council). Only that formula: 'Koning Willem-Alexander' in a sentence stays as it was (the title
alone is no person's name; test_round55). Asked where 'gratie Gods' stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match

_FORMULA: Final = re.compile(
    r"(?<![\w-])Wij,?\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),?\s+bij\s+de\s+gratie\s+Gods"
)


def find(text: str) -> Iterator[Match]:
    if "gratie Gods" not in text:
        return
    for m in _FORMULA.finditer(text):
        yield Match("person", m.start("name"), m.end("name"), m.group("name"))
