"""An abbreviation the document defines stands for its organisation wherever else it stands.

'de Nederlandse Vereniging voor Burgerzaken (NVVB)' on page 1 makes 'De NVVB' on page 3 a mention
of that body, as a surname is linked to the full name printed elsewhere (see linking.py). The
definition is an organisation found by a list or by its name's shape, followed directly by
capitals in parentheses; an abbreviation a list already knows keeps the list's reading, and one
defined for two bodies is left alone.
"""

from __future__ import annotations

import re

from services.enrich.entities.gazetteer import automaton
from stukken.contracts import Entity, Segment

_DEFINED = re.compile(r"[ \t\u00a0]*\(([A-Z][A-Z&]{1,7})\)")
_SHORTEST = 3  # two capitals ('EA', 'BO') stand for too much in one document


def _definitions(entities: list[Entity], segments: dict[str, Segment]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "organization":
            continue
        m = _DEFINED.match(segments[e.segment_id].text, e.end)
        if m and len(m.group(1)) >= _SHORTEST and not automaton().exists(m.group(1)):
            found.setdefault(m.group(1), set()).add(e.canonical)
    return {abbr: names.pop() for abbr, names in found.items() if len(names) == 1}


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    by_id = {s.id: s for s in segments}
    defined = _definitions(entities, by_id)
    if not defined:
        return entities
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, defined))})(?![\w-])")
    taken: dict[str, list[tuple[int, int]]] = {}
    for e in entities:
        taken.setdefault(e.segment_id, []).append((e.start, e.end))
    out = list(entities)
    for seg in segments:
        spans = taken.setdefault(seg.id, [])
        for m in pattern.finditer(seg.text):
            if any(m.start() < end and start < m.end() for start, end in spans):
                continue
            spans.append(m.span())
            out.append(
                Entity(
                    type="organization",
                    text=m.group(),
                    canonical=defined[m.group()],
                    segment_id=seg.id,
                    start=m.start(),
                    end=m.end(),
                )
            )
    return out
