"""A body named once by its context is named wherever the document prints that name again.

'onderzoeksbureau Significant' on page 2 makes 'Significant' on page 5 a mention of that body too,
as a defined abbreviation is (see abbreviations.py). Only names no list knows, printed as their
canonical name and at least four letters long, are followed; a letterhead names no organisation
(see enricher.py), so none is taken from it.
"""

from __future__ import annotations

import re

from services.enrich.entities.abbreviations import mentions
from services.enrich.entities.gazetteer import automaton
from services.enrich.scan import Guarded
from stukken.contracts import Entity, Segment

_SHORTEST = 4
_SKIPPED = frozenset({"letterhead"})


def _names(entities: list[Entity]) -> set[str]:
    return {
        e.canonical
        for e in entities
        if e.type == "organization"
        and len(e.canonical) >= _SHORTEST
        and " ".join(e.text.split()) == e.canonical
        and not automaton().exists(e.canonical)
    }


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    names = _names(entities)
    if not names:
        return entities
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = Guarded(r"(?<![\w@./-])", rf"(?:{alternatives})(?![\w-]|\.\w)")
    return mentions(entities, segments, pattern, {name: name for name in names}, _SKIPPED)
