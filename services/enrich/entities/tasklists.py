"""A body named by its tasks in capitalised nouns, the list of them in its name (round orgs67):
'een nieuwe strategische Adviesraad voor Gezondheid, Participatie en Zorg'.

The name's shape ('Adviesraad voor Gezondheid') ends at the first comma, and the list passes
(orglists, listruns) then read the rest of the tasks as more bodies ('Participatie', 'Zorg'). Where
a found organisation ends in 'voor' or 'van' and one capitalised noun, and a list of one-word
capitalised nouns follows it right away (', X en Y', ', X, Y en Z'), the body's name is the
whole of it. Only a name found by its shape, not a listed one ('Unie van Waterschappen,
Bosbeheer en Natuurbeheer': a list of codes' subjects); not where a member of the list is a listed
body or an abbreviation ('de Raad voor Cultuur, KNAW en NWO': more bodies), nor a known place, nor
where the list goes on with a longer name.
"""

from __future__ import annotations

import re

from services.enrich.entities.gazetteer import Match, automaton

_TASK_HEAD = re.compile(r"[ \t](?:voor|van)[ \t]+[A-Z][a-zà-ÿ]+$")
# ', Participatie en Zorg', ', Wonen, Zorg en Welzijn': one capitalised noun each, the last after
# 'en'; the name ends there (no capitalised word goes on from the last noun)
_TASKS = re.compile(
    r"(?:,[ \t]+[A-Z][a-zà-ÿ]{2,})*,?[ \t]+en[ \t]+[A-Z][a-zà-ÿ]{2,}(?![\w-]|[ \t]+[A-Z])"
)
_NOUN = re.compile(r"[A-Z][a-zà-ÿ]{2,}")


def find(text: str, found: list[Match]) -> list[Match]:
    """The wider names of bodies whose task list ran past their first comma."""
    if ", " not in text:
        return []
    out = []
    for head in found:
        if head.type != "organization" or text[head.end : head.end + 1] != ",":
            continue
        if _TASK_HEAD.search(text, head.start, head.end) is None:
            continue
        if automaton().exists(text[head.start : head.end]):
            continue  # a listed body's own name ('Unie van Waterschappen, Bosbeheer en ...')
        tasks = _TASKS.match(text, head.end)
        if tasks is None:
            continue
        nouns = list(_NOUN.finditer(text, tasks.start(), tasks.end()))
        if any(_claimed(text, found, head, n) for n in nouns):
            continue
        out.append(Match("organization", head.start, tasks.end(), text[head.start : tasks.end()]))
    return out


def _claimed(text: str, found: list[Match], head: Match, noun: re.Match[str]) -> bool:
    """A noun of the list that something other than the list passes reads (a listed body, a
    place, a person): then the list is not the body's tasks."""
    for f in found:
        if f is head or not (f.start < noun.end() and noun.start() < f.end):
            continue
        if f.type != "organization" or f.canonical != text[f.start : f.end]:
            return True  # a place, a person, or a body a list knows by another name
        if (f.start, f.end) != noun.span():
            return True
    return False
