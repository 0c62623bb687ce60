"""A person named by surname is the person the document names in full elsewhere.

'Hoogleraar Fijnaut' in one paragraph and 'prof. mr. C.J.C.F. Fijnaut' in another are one person:
the short mention takes the full name as its canonical when exactly one fuller name in the
document ends in it. A surname the document ties to a full name (printed with initials or after a
listed given name, or linked as above) is then found wherever else it stands on its own ('Fijnaut
stelt ...'), except where another entity already is, or where the surname is also an
organisation's or a place's name.
"""

from __future__ import annotations

import re

from services.enrich.entities import attendees
from services.enrich.entities.gazetteer import automaton
from stukken.contracts import Entity, Segment

_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.)+$")
_SHORTEST = 5  # a bare surname of four letters or fewer is too often a word


def _fuller(short: str, names: dict[str, str]) -> str | None:
    """The one fuller name that ends in `short` (a surname), or, for a name of two words or
    more, that starts with it ('Jan Carlo' of 'Jan Carlo Bos': a given name of two words).
    `names`: each name and its lower case (lowered once per document, not per name sought)."""
    key = " " + short.lower()
    found = {n for n, low in names.items() if len(n) > len(short) and low.endswith(key)}
    if not found and " " in short and not _INITIAL.match(short.split()[0]):
        key = short.lower() + " "
        found = {n for n, low in names.items() if low.startswith(key)}
    return found.pop() if len(found) == 1 else None


def _surname(full: str) -> str | None:
    words = full.split()
    initials = [i for i, w in enumerate(words) if _INITIAL.match(w)]
    if not initials:
        return _after_given_name(words)
    if initials[-1] == len(words) - 1:
        return None
    return " ".join(words[initials[-1] + 1 :])


def _after_given_name(words: list[str]) -> str | None:
    """'Jan Hamdan', 'Jan-Willem de Vries': the surname after a given name a listed person
    bears (or two joined by a hyphen); a second given name is no surname ('Jan Peter')."""
    given = attendees.given_names()
    if len(words) < 2 or not all(p in given for p in words[0].split("-")):
        return None
    if words[1] in given:
        return None
    return " ".join(words[1:])


def _two_given_names(full: str) -> str | None:
    """'Jan Carlo' of 'Jan Carlo Visser': a given name of two words, which a speaker's or a
    writer's line prints on its own ('Jan Carlo: we doen ...')."""
    words = full.split()
    given = attendees.given_names()
    if len(words) >= 3 and words[0] in given and words[1] in given and words[2] not in given:
        return f"{words[0]} {words[1]}"
    return None


def _alone(name: str, fuller: str | None, text: str) -> bool:
    """A surname a title or a member's phrase named ('President Zelenski', 'het lid Omtzigt') is
    that person wherever else it stands on its own ('de speech van Zelenski'), unless no full
    name ends in it or the document prints it in lower case too (a word, not a name)."""
    if " " in name or not name[:1].isupper() or name.isupper() or "." in name:
        return False
    if fuller is not None:
        return False  # linked to the full name above (`fuller`: the one that ends in it)
    return name.lower() not in text


def _pattern(surname: str) -> re.Pattern[str]:
    head, rest = surname[0], re.escape(surname[1:]).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-])[{head.upper()}{head.lower()}]{rest}(?![\w-])")


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    names = {e.canonical for e in entities if e.type == "person"}
    surnames: dict[str, str] = {}
    text = "\n".join(seg.text for seg in segments) if names else ""  # once, not per name
    linked: list[Entity] = []
    lowered = {n: n.lower() for n in names}
    fullers: dict[str, str | None] = {}  # per name, not per mention: a name recurs on every page
    for e in entities:
        if e.type != "person":
            linked.append(e)
            continue
        if e.canonical not in fullers:
            fullers[e.canonical] = _fuller(e.canonical, lowered)
        if full := fullers[e.canonical]:
            surnames.setdefault(e.canonical, full)
            e = e.model_copy(update={"canonical": full})
        linked.append(e)
    for full in sorted(names):  # one reading whatever the hash seed
        if (surname := _surname(full)) and len(surname) >= _SHORTEST:
            surnames.setdefault(surname, full)
        if given := _two_given_names(full):
            surnames.setdefault(given, full)
        elif full not in surnames and len(full) >= _SHORTEST and _alone(full, fullers[full], text):
            # (a name already sought, or too short to be sought, needs no reading of the text)
            surnames.setdefault(full, full)
    surnames = {
        s: f
        for s, f in surnames.items()
        if len(s) >= _SHORTEST
        and not automaton().exists(s)
        and (s[0].isupper() or " " in s)
        and s.split()[-1] in text  # printed somewhere: else no segment need be searched
    }
    if not surnames:
        return linked
    taken: dict[str, list[tuple[int, int]]] = {}
    for e in linked:
        taken.setdefault(e.segment_id, []).append((e.start, e.end))
    # each surname's last word (the cheap test) and its pattern (compiled when first needed)
    sought = [(s.split()[-1], s, full) for s, full in surnames.items()]
    patterns: dict[str, re.Pattern[str]] = {}
    for seg in segments:
        spans = taken.setdefault(seg.id, [])
        for last, surname, full in sought:
            if last not in seg.text:
                continue
            if surname not in patterns:
                patterns[surname] = _pattern(surname)
            for m in patterns[surname].finditer(seg.text):
                if any(m.start() < e and s < m.end() for s, e in spans):
                    continue
                spans.append(m.span())
                linked.append(
                    Entity(
                        type="person",
                        text=m.group(),
                        canonical=full,
                        segment_id=seg.id,
                        start=m.start(),
                        end=m.end(),
                    )
                )
    return linked
