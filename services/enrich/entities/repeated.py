"""A body named once by its context is named wherever the document prints that name again.

'onderzoeksbureau Significant' on page 2 makes 'Significant' on page 5 a mention of that body too,
as a defined abbreviation is (see abbreviations.py). Only names no list knows, printed as their
canonical name and at least four letters long, are followed; a letterhead names no organisation
(see enricher.py), so none is taken from it.

A body whose name opens with a compound of a body's word and goes on with what sets it apart
('Architectuurraad GDI', 'Programmeringstafel GU', 'Adviescollege toetsing regeldruk') is named
again by that compound alone after 'de' or 'het' ('de Architectuurraad'), the way a paper
shortens a name it has given in full. Only when the document names one such body by that
compound, and no list holds the compound by itself (then it is its own body: 'Belastingdienst');
not for a committee's, a working group's or a fund's compound, of which one paper names several
or which it also uses for any group or reserve ('de Kamercommissie', 'Werkgroep',
'Bestemmingsfonds').
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.abbreviations import mentions
from services.enrich.entities.gazetteer import automaton
from services.enrich.scan import Guarded
from stukken.contracts import Entity, Segment

_SHORTEST: Final = 4
_SKIPPED: Final = frozenset({"letterhead"})


def _names(entities: list[Entity]) -> set[str]:
    return {
        e.canonical
        for e in entities
        if e.type == "organization"
        and len(e.canonical) >= _SHORTEST
        and " ".join(e.text.split()) == e.canonical
        and not automaton().exists(e.canonical)
    }


# A compound of a body's word, at least three letters before it.
_HEAD: Final = re.compile(
    r"[A-Z][a-zà-ÿ]{2,}(?:raad|tafel|college|platform|overleg|instituut|centrum|"
    r"bureau|dienst|autoriteit|agentschap|inspectie|orgaan|alliantie|coalitie)"
)
# Right after the article, on its line or the next: 'de Architectuurraad', 'het \nAdviescollege'
# (each a lookbehind of its own width).
_GAPS: Final = (" ", "\u00a0", "\n", " \n", "\r\n", " \r\n")
_AFTER_ARTICLE: Final = "(?:{})".format(
    "|".join(rf"(?<=\b{a}{g})" for a in ("de", "het", "De", "Het") for g in _GAPS)
)
_SHORTEST_FOLLOWED: Final = 2  # the compound alone must name the body at least this many words long


def _heads(entities: list[Entity]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "organization":
            continue
        words = e.canonical.split()
        if len(words) >= _SHORTEST_FOLLOWED and _HEAD.fullmatch(words[0]):
            found.setdefault(words[0], set()).add(e.canonical)
    return {
        head: names.pop()
        for head, names in found.items()
        if len(names) == 1 and not automaton().exists(head)
    }


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    names = _names(entities)
    if names:
        alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        pattern = Guarded(r"(?<![\w@./-])", rf"(?:{alternatives})(?![\w-]|\.\w)")
        entities = mentions(entities, segments, pattern, {n: n for n in names}, _SKIPPED)
    heads = _heads(entities)
    if not heads:
        return entities
    # a compound a context rule took as a body by itself ('de Afstemmingstafel') is the body the
    # document names in full
    entities = [
        e.model_copy(update={"canonical": heads[e.canonical]})
        if e.type == "organization" and e.canonical in heads
        else e
        for e in entities
    ]
    alternatives = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    # the compound alone: not a plural, a compound of its own, nor the first word of a name
    # that goes on ('Architectuurraad GDI' is the full name, found as such)
    pattern = Guarded(_AFTER_ARTICLE, rf"(?:{alternatives})(?![\w-]|\.\w|[ \u00a0][A-Z])")
    return mentions(entities, segments, pattern, heads, _SKIPPED)
