"""The rest of a body's task list is no list of bodies (round orgs67): 'een nieuwe strategische
Adviesraad voor Gezondheid, Participatie en Zorg'.

A body named by its tasks ('Adviesraad voor Gezondheid') is found by its shape up to the first
comma: without an abbreviation that spells it, a comma ends the name (round gold47's decision,
'Vereniging voor Water, Bodem en Lucht'). The list passes (orglists, listruns) then read the rest
of the tasks as more bodies ('Participatie', 'Zorg'). Where a found organisation ends in 'voor' or
'van' and one capitalised noun, is no listed name, and a list of one-word capitalised nouns
follows it right away (', X en Y', ', X, Y en Z'), those nouns are dropped where nothing but a
list pass read them (their text is their canonical). Not where a member of the list is a listed
body, a place or an abbreviation ('de Raad voor Cultuur, KNAW en NWO': more bodies), nor after a
listed body ('Unie van Waterschappen, Bosbeheer en Natuurbeheer'), nor where the list goes on
with a longer name.

And a name its abbreviation spells whole is one body (round orgs69): 'de Bestuurlijke
Adviescommissie Ruimtelijke Ontwikkeling, Water en Wonen (BAC ROWW)', 'de Kreditanstalt für
Wiederaufbau (hierna: KfW)'. Where the abbreviation was read with the words it spells
(`longforms.long_form`, a body's word among them), the finds inside those words (the name cut at
its comma, the tasks after it) give way to the whole name. Not where a person is read inside,
nor where a find reaches over the name's edge.

A body's short form in brackets after its name, its kind word kept and the rest abbreviated, is
the body too: 'de Inspectie Openbare Orde en Veiligheid (Inspectie OOV)', '(hierna: Stichting
NDR)': the capitals spell the capitalised words after the kind word.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import longforms
from services.enrich.entities.gazetteer import Match, automaton

_TASK_HEAD: Final = re.compile(r"[ \t](?:voor|van)[ \t]+[A-Z][a-zà-ÿ]+$")
# ', Participatie en Zorg', ', Wonen, Zorg en Welzijn': one capitalised noun each, the last after
# 'en'; the list ends there (no capitalised word goes on from the last noun)
_TASKS: Final = re.compile(
    r"(?:,[ \t]+[A-Z][a-zà-ÿ]{2,})*,?[ \t]+en[ \t]+[A-Z][a-zà-ÿ]{2,}(?![\w-]|[ \t]+[A-Z])"
)
_NOUN: Final = re.compile(r"[A-Z][a-zà-ÿ]{2,}")


def without_tasks(text: str, found: list[Match]) -> list[Match]:
    """`found` less the task nouns list passes read as bodies after a body named by its tasks."""
    if ", " not in text:
        return found
    dropped: set[int] = set()
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
        nouns = [n.span() for n in _NOUN.finditer(text, tasks.start(), tasks.end())]
        readings = [_reading(text, found, head, span) for span in nouns]
        if any(r is None for r in readings):
            continue  # a place, a person, a listed body: a list of more than tasks
        dropped.update(id(r) for r in readings if r is not False)
    return [f for f in found if id(f) not in dropped] if dropped else found


def _reading(text: str, found: list[Match], head: Match, span: tuple[int, int]) -> object:
    """The find that reads a task noun as a body only by its own word (its text its canonical);
    False where nothing reads it; None where something else does."""
    hit: object = False
    for f in found:
        if f is head or not (f.start < span[1] and span[0] < f.end):
            continue
        if (
            f.type != "organization"
            or (f.start, f.end) != span
            or f.canonical != text[f.start : f.end]
            or automaton().exists(f.canonical)
        ):
            return None
        hit = f
    return hit


# What may stand between the opening parenthesis and the abbreviation: '(hierna: KfW)'.
_OPENING: Final = re.compile(r"\((?:(?:afgekort\s+tot|hierna:?|verder:?)\s+)?$")


# '(Inspectie OOV)', '(hierna: Stichting NDR)' right after a found name
_SHORT_FORM: Final = re.compile(
    r"[ \t\u00a0]*\((?:(?:afgekort\s+tot|hierna:?|verder:?)\s+)?"
    r"(?P<short>(?P<kind>[A-Z][a-zà-ÿ]{3,})[ \t\u00a0]+(?P<letters>[A-Z]{2,6}))\)"
)


def _short_forms(text: str, found: list[Match]) -> list[Match]:
    out = []
    for m in found:
        if m.type != "organization" or text[m.end : m.end + 40].find("(") == -1:
            continue
        short = _SHORT_FORM.match(text, m.end)
        if short is None:
            continue
        words = text[m.start : m.end].split()
        if words[0] != short.group("kind"):
            continue
        initials = "".join(w[0] for w in words[1:] if w[:1].isupper())
        if initials != short.group("letters"):
            continue
        span = short.span("short")
        clashes = [f for f in found if f.start < span[1] and span[0] < f.end]
        printed = short.group("short")
        if any((f.start, f.end) != span or f.canonical != printed for f in clashes):
            continue  # read otherwise: a listed short form keeps its own reading
        out.append(Match("organization", span[0], span[1], m.canonical))
    return out


def spelled_whole(text: str, found: list[Match]) -> list[Match]:
    """`found` with each body its abbreviation spells whole read as one name, and with each
    body's bracketed short form."""
    if "(" not in text:
        return found
    shorts = _short_forms(text, found)
    spans = {(f.start, f.end) for f in shorts}
    out = [f for f in found if (f.start, f.end) not in spans] + shorts
    for abbr in found:
        if abbr.type != "organization" or abbr.canonical == text[abbr.start : abbr.end]:
            continue
        opening = _OPENING.search(text, max(0, abbr.start - 20), abbr.start)
        if opening is None or text[abbr.end : abbr.end + 1] != ")":
            continue
        span = longforms.long_form(text, opening.start(), text[abbr.start : abbr.end])
        if span is None:
            continue
        start, end = span
        inside = [f for f in out if f.start < end and start < f.end]
        if not inside or any(f.type == "person" or f.start < start or f.end > end for f in inside):
            continue  # nothing read the words: the enricher's spelled-out pass names them
        if len(inside) == 1 and (inside[0].start, inside[0].end) == span:
            continue
        whole = Match("organization", start, end, abbr.canonical)
        out = [f for f in out if f not in inside] + [whole]
    return out
