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
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final

from services.enrich.entities import attendees, titled
from services.enrich.entities.gazetteer import automaton
from stukken.contracts import Entity, Segment

_INITIAL: Final = re.compile(r"^(?:[A-Z][a-z]?\.)+$")
_SHORTEST: Final = 5  # a bare surname of four letters or fewer is too often a word


def _fuller(short: str, names: _Names) -> str | None:
    """The one fuller name that ends in `short` (a surname), or, for a name of two words or
    more, that starts with it ('Jan Carlo' of 'Jan Carlo Bos': a given name of two words)."""
    ends, starts = names
    found = {
        n
        for n in ends.get(" " + short.lower(), ())
        if len(n) > len(short) and not _particle_before(n, short)
    }
    if not found and " " in short and not _INITIAL.match(short.split()[0]):
        found = set(starts.get(short.lower() + " ", ()))
    if len(found) > 1:
        return _one_person(found, short)
    return found.pop() if found else None


def _one_person(fuller: set[str], short: str) -> str | None:
    """Two fuller names of one person, by initial and by given name: 'B. Meijer' and 'Bastiaan
    Meijer', 'H. de Regt' and 'Huib de Regt' (a council's minutes print both; names45). One given
    name at most, every initial its first letter; the initials' form is the link, as the
    surname search links such a mention."""
    heads = {full: full[: len(full) - len(short)].split() for full in fuller}
    if any(len(words) != 1 for words in heads.values()):
        return None
    given = {w[0] for w in heads.values() if not _INITIAL.match(w[0])}
    initials = sorted(full for full, w in heads.items() if _INITIAL.match(w[0]))
    if len(given) != 1 or len(initials) != 1:
        return None
    name = given.pop()
    if heads[initials[0]][0].rstrip(".")[:1] != name[:1]:
        return None
    return initials[0]


# Surname particles, Dutch and foreign. A particle before the surname makes it another surname:
# 'Bos (GL)' is not 'Van den Bos (PvdD)', two members of one council (persons78).
_PARTICLES: Final = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "’t", "von", "du", "la", "le"}
    | {"in", "op", "uit"}
)


def _particle_before(full: str, short: str) -> bool:
    before = full[: len(full) - len(short)].split()
    return bool(before) and before[-1].lower() in _PARTICLES and not short[:1].islower()


# Each name's lower-case ends from a space on (' de vries' of 'Jan de Vries') and beginnings up
# to a space ('jan ', 'jan de '), with the names that have them: a name's fuller names are looked
# up, not sought among all the document's names (a council's minutes name hundreds).
_Names = tuple[dict[str, list[str]], dict[str, list[str]]]


def _names(names: set[str]) -> _Names:
    ends: dict[str, list[str]] = {}
    starts: dict[str, list[str]] = {}
    for name in names:
        low = name.lower()
        at = low.find(" ")
        while at != -1:
            ends.setdefault(low[at:], []).append(name)
            starts.setdefault(low[: at + 1], []).append(name)
            at = low.find(" ", at + 1)
    return ends, starts


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
    given = attendees.core_given_names()
    if len(words) < 2 or not all(p in given for p in words[0].split("-")):
        return None
    if words[1] in given:
        return None
    return " ".join(words[1:])


def _after_unlisted_given(full: str, text: str) -> str | None:
    """'Cyrille Fijnaut' (a given name on no list): the second of two capitalised words, when the
    document never prints it in lower case (a word, not a name) and neither word is a listed given
    name (two given names, or a surname first)."""
    words = full.split()
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return None
    if words[0].lower() in _PARTICLES or "." in full:
        return None
    given = attendees.core_given_names()  # 'Cyrille' of the larger list: the text decides
    if words[0] in given or words[1] in given or words[1].lower() in text:
        return None
    return words[1]


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


def _heads(surname: str) -> tuple[str, str]:
    """The surname's first letter as it may be printed: either case where the surname opens with
    a particle ('van Dijk', 'Van Dijk'), else capitalised only ('de molen' is no 'Molen')."""
    head = surname[0]
    if head.islower() or surname.split()[0].lower() in _PARTICLES:
        return head.upper(), head.lower()  # 'in 't Veld', 'van Dijk' as sought
    return head.upper(), head.upper()


@lru_cache(maxsize=1024)
def _pattern(surname: str) -> re.Pattern[str]:
    """The surname as a word of its own, its first letter as `_heads` allows, its words apart by
    any white space. Compiled only for a surname `_finder` cannot read with `str.find`."""
    upper, lower = _heads(surname)
    rest = re.escape(surname[1:]).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-])[{upper}{lower}]{rest}(?![\w-])")


def _word_char(ch: str) -> bool:
    """A character the pattern's guards exclude (a word's, in any script, or a hyphen)."""
    return ch.isalnum() or ch in "_-"


def _finder(surname: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    """The spans `_pattern(surname).finditer(text)` finds, found with `str.find` where that is
    the same (a letter first, words of letters apart by single spaces): no pattern compiled
    per surname, as the linker once did for every surname a document names."""
    words = surname.split(" ")
    head = surname[0]
    cases = _heads(surname)
    if (
        not head.isalpha()
        or any(len(c) != 1 for c in cases)
        or len(words[0]) < 2
        or any(not w or any(ch.isspace() for ch in w) for w in words)
    ):
        pattern = _pattern(surname)
        return lambda text: (m.span() for m in pattern.finditer(text))
    first, others = words[0][1:], words[1:]

    def spans(text: str) -> Iterator[tuple[int, int]]:
        size = len(text)
        at = text.find(first, 1)
        while at != -1:
            start = at - 1
            end = _end(text, at + len(first), others, size)
            if (
                end != -1
                and text[start] in cases
                and (start == 0 or not _word_char(text[start - 1]))
                and (end == size or not _word_char(text[end]))
            ):
                yield start, end
                at = text.find(first, end + 1)
            else:
                at = text.find(first, at + 1)

    return spans


def _end(text: str, at: int, others: list[str], size: int) -> int:
    """Where the surname's later words end after `at`, each after a run of white space (the
    pattern's greedy `\\s+` before a word that starts with no white space), or -1."""
    for word in others:
        if at == size or not text[at].isspace():
            return -1
        while at < size and text[at].isspace():
            at += 1
        if not text.startswith(word, at):
            return -1
        at += len(word)
    return at


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    # a motion's title word read as a person is none, and sought nowhere (persons79)
    entities = titled.without_word_titles(entities, segments)
    names = {e.canonical for e in entities if e.type == "person"}
    surnames: dict[str, str] = {}
    text = "\n".join(seg.text for seg in segments) if names else ""  # once, not per name
    linked: list[Entity] = []
    index = _names(names)
    fullers: dict[str, str | None] = {}  # per name, not per mention: a name recurs on every page
    for e in entities:
        if e.type != "person":
            linked.append(e)
            continue
        if e.canonical not in fullers:
            fullers[e.canonical] = _fuller(e.canonical, index)
        if full := fullers[e.canonical]:
            surnames.setdefault(e.canonical, full)
            e = e.model_copy(update={"canonical": full})
        linked.append(e)
    for full in sorted(names):  # one reading whatever the hash seed
        if (surname := _surname(full) or _after_unlisted_given(full, text)) and len(
            surname
        ) >= _SHORTEST:
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
    # each surname's last word (the cheap test) and its finder (made when first needed)
    sought = [(s.split()[-1], s, full) for s, full in surnames.items()]
    finders: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {}
    for seg in segments:
        spans = taken.setdefault(seg.id, [])
        for last, surname, full in sought:
            if last not in seg.text:
                continue
            if surname not in finders:
                finders[surname] = _finder(surname)
            for start, end in finders[surname](seg.text):
                if any(start < e and s < end for s, e in spans):
                    continue
                spans.append((start, end))
                linked.append(
                    Entity(
                        type="person",
                        text=seg.text[start:end],
                        canonical=full,
                        segment_id=seg.id,
                        start=start,
                        end=end,
                    )
                )
    return linked
