"""A law's title is no body's name (orgsWoo48).

Laws are named after what they order, and that is often a body's word: 'Wet Structuur
Uitvoeringsorganisatie Werk en Inkomen' (the Wet SUWI, spelled out in an SZW presentation and in
UWV contracts), 'Wet Melding Collectief Ontslag'. Read as a run of capitals ending in a kind word,
the title minted 'Wet Structuur Uitvoeringsorganisatie' and, after the compound's
'-organisatie', a firm 'Werk & Inkomen'. No Dutch body's name opens with the word 'Wet'
('Wetterskip', 'Wetenschappelijke Raad' are other words), so a run of capitalised words that
opens with it is the title and holds no name.
"""

from __future__ import annotations

import re
from typing import Final

OPENER: Final = "Wet"
# The capitalised run before a position, opened by the word 'Wet': 'Wet Structuur ' before
# 'Uitvoeringsorganisatie'. An '&' and hyphenated words go on in it ('Werk & Inkomen').
_RUN_BEFORE: Final = re.compile(
    r"(?<![\w-])Wet(?:[ \t\u00a0]+(?:&|[A-ZÀ-ÖØ-Þ][\w'’-]*))*[ \t\u00a0]+$"
)
_REACH: Final = 90


def in_title(text: str, start: int) -> bool:
    """Whether the word holding `start` is in a capitalised run that opens with 'Wet'."""
    while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1  # the compound's first letter ('Uitvoerings|organisatie')
    lo = max(0, start - _REACH)
    if text.rfind(OPENER, lo, start) == -1:
        return False  # the cheap test first: no 'Wet' within reach
    return _RUN_BEFORE.search(text, lo, start) is not None
