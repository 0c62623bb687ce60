"""'Uw Kamer' and 'de Rekenkamer' in the Tweede Kamer's own publications.

An answer to Kamervragen (an Aanhangsel) or a Kamerstuk prints 'Tweede Kamer, vergaderjaar ...' in
its running footer, and the page furniture is no mention; its text says 'uw Kamer' or 'de Kamer'
for the Tweede Kamer. In those publications that phrase is a mention of the Tweede Kamer. In other
documents (a ministry's letter, an Eerste Kamer paper) 'de Kamer' is left alone: which Kamer it is
would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.scan import Guarded
from services.enrich.words import read
from stukken.contracts import Segment

_FOOTER: Final = "Tweede Kamer, vergaderjaar"
_CANONICAL: Final = "Tweede Kamer der Staten-Generaal"
# The words before 'Kamer' that make it the Kamer addressed: 'uw Kamer', 'de Kamer', 'der Kamer'.
_BEFORE: Final = re.compile(r"(?:^|[^\w-])(?:[Uu]w|[Dd]e|der)\s+$")


def published_by_tweede_kamer(segments: Iterable[Segment]) -> bool:
    return any(_FOOTER in seg.text for seg in segments if seg.text)


def find(text: str) -> list[Match]:
    found = []
    at = text.find("Kamer")
    while at != -1:
        end = at + len("Kamer")
        own_word = end == len(text) or not (text[end].isalnum() or text[end] == "-")
        if own_word and _BEFORE.search(text, max(0, at - 8), at) is not None:
            found.append(Match("organization", at, end, _CANONICAL))
        at = text.find("Kamer", end)
    return found


# In those publications 'de Rekenkamer' is the Algemene Rekenkamer, the State's court of audit that
# budget and accountability papers cite; a regional or municipal one carries its region or place
# ('de Noordelijke Rekenkamer', 'de Rekenkamer Metropool Amsterdam'). Where a paper also speaks of
# the local or European courts of audit, 'de Rekenkamer' may be one of those and is left alone.
_AUDIT: Final = Guarded(
    r"(?<![\w-])",
    r"(?:[Dd]e|der)[ \t\u00a0]+(?P<name>Rekenkamer)(?![\w-])"
    r"(?![ \t\u00a0]*\r?\n?[ \t\u00a0]*[A-Z])",  # not 'de Rekenkamer Metropool Amsterdam'
)
_OTHER_AUDITORS: Final = (
    "ekenkamercommissie", "ekenkamerfunctie", "ecentrale rekenkamer", "okale rekenkamer",
    "emeentelijke rekenkamer", "Europese Rekenkamer", "Rekenkamer Metropool",
)  # fmt: skip
_AUDIT_CANONICAL: Final = "Algemene Rekenkamer"


def names_no_other_court_of_audit(segments: Iterable[Segment]) -> bool:
    """Whether a paper names no local or European court of audit (asked of the Tweede Kamer's
    own publications only: `published_by_tweede_kamer`)."""
    return not any(other in seg.text for seg in segments if seg.text for other in _OTHER_AUDITORS)


# The State's papers to parliament show themselves also where a web page drops the running footer
# (tweedekamer.nl and officielebekendmakingen.nl as HTML, a reader's copy): a Kamerstuk's own
# heading ('Nr. 7' and then 'LIJST VAN VRAGEN EN ANTWOORDEN', 'BRIEF VAN DE MINISTER ...'), a
# letter's address to a chamber's president, or an Aanhangsel's. There too 'de Rekenkamer' is the
# Algemene Rekenkamer (not 'de Kamer': which chamber a reader's copy means is left to the footer).
_PAPER_HEAD: Final = re.compile(
    r"^Nr\.[ \t\u00a0]*\d+[A-Z]?[ \t\u00a0]*\r?\n?[ \t\u00a0]*"
    r"(?:LIJST VAN VRAGEN EN ANTWOORDEN|BRIEF VAN|VERSLAG|NOTA|MEMORIE|MOTIE|AMENDEMENT)"
    r"|Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer der Staten-Generaal"
    r"|Aanhangsel van de Handelingen",
    re.MULTILINE,
)


def paper_to_parliament(segments: Iterable[Segment]) -> bool:
    """Whether a document is one of the papers the government and the chambers publish as
    Kamerstuk or Aanhangsel, by the running footer or by the paper's own heading."""
    return published_by_tweede_kamer(segments) or any(
        _PAPER_HEAD.search(seg.text) for seg in segments if seg.text
    )


def national_court_of_audit(segments: list[Segment]) -> bool:
    """Whether 'de Rekenkamer' in this document is the Algemene Rekenkamer: a paper to parliament
    that names no local or European court of audit (asked only where the word is printed)."""
    if not any("Rekenkamer" in seg.text for seg in segments if seg.text):
        return False
    return paper_to_parliament(segments) and names_no_other_court_of_audit(segments)


def court_of_audit(text: str) -> list[Match]:
    if "Rekenkamer" not in text:
        return []
    return [Match("organization", *m.span("name"), _AUDIT_CANONICAL) for m in _AUDIT.finditer(text)]


# 'de Tweede en Eerste Kamer', 'de Eerste en de Tweede Kamer': one 'Kamer' serves both chambers.
_ELIDED: Final = Guarded(
    r"(?<![\w-])",
    r"(?P<first>Tweede|Eerste)(?=[ \t\u00a0]+en[ \t\u00a0]+(?:de[ \t\u00a0]+)?"
    r"(?P<second>Eerste|Tweede)[ \t\u00a0]*\r?\n?[ \t\u00a0]*Kamer(?![\w-]))",
)
_CHAMBERS: Final = {"Tweede": _CANONICAL, "Eerste": "Eerste Kamer der Staten-Generaal"}


# The words elided's gate asks for, from words.py's one pass over the text (issue #12).
ELIDED_GATES: Final = frozenset(("Tweede en", "Eerste en"))
GATES: Final = ELIDED_GATES | {"Kamer"}


def elided(text: str) -> list[Match]:
    """The first chamber of 'de Tweede en Eerste Kamer', whose own 'Kamer' the second one shares."""
    cues = read(text).cues  # the text the enricher read (never a slice of it)
    if "Kamer" not in cues or cues.isdisjoint(ELIDED_GATES):
        return []
    return [
        Match("organization", m.start(), m.end(), _CHAMBERS[m.group("first")])
        for m in _ELIDED.finditer(text)
        if m.group("first") != m.group("second")
    ]
