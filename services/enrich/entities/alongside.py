"""A name that stands beside a body the lists know is a body too, where its shape says it may be.

Two ways a text puts an unknown body beside a known one, which the list rule (orglists.py:
three or more names parted by commas) passes by:

- a pair that a preposition governs: 'tussen de ORS en Schiphol', 'contacten tussen OCW en
  HerstelNL'. Two names are as often a person and a body ('Jansen en het RIVM'), so the unknown
  one must have a body's shape: an abbreviation or a name with a capital inside ('SSiB');
- names joined by a slash, or a list whose member carries an aside in brackets: 'door
  Defensie/CLAS', 'o.a. Xray (Tom Corduwener), Autotelexpro en de ANWB/BOVAG'. In a list one
  capitalised word that opens no sentence is a name too, as in the list rule.

Only names no list knows are taken (what the lists know, the rules that read them decide about).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import orglists
from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton


def _words(text: str) -> list[str]:
    return text.split()


_S: Final = r"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|\r?\n[ \t\u00a0]*"
# A body's shape when nothing else says so: two capitals or more in one word of three to twelve
# letters: 'ORS', 'SSiB', 'HerstelNL', 'RailGood' (two letters are as often a table's code).
_BODY_SHAPE: Final = re.compile(r"[A-Z][A-Za-z&]{2,11}")
# OCR reads an 'l' as 'I' ('VeiIigheidsregio'): a capital I after a lower-case letter is no name's.
_OCR_I: Final = re.compile(r"[a-z]I")
_CAPITALS: Final = re.compile(r"[A-Z]")
# Roman numerals and capitals a text uses for other things than a body ('II', 'NB', 'EUR').
_NOT_BODIES: Final = frozenset(
    _words("II III IV VI VII VIII IX XI XII NB PS EUR USD CO2 NOX PFAS PDF CV ID OK TV NL EU")
)


def _body_shaped(name: str) -> bool:
    return (
        _BODY_SHAPE.fullmatch(name) is not None
        and len(_CAPITALS.findall(name)) >= 2
        and _OCR_I.search(name) is None
        and name not in _NOT_BODIES
        and name not in orglists.NOT_NAMES
    )


def _unclaimed(start: int, end: int, found: list[Match]) -> bool:
    return not any(start < f.end and f.start < end for f in found)


def _unknown(name: str) -> bool:
    """No list knows the name: what they know, the rules that read them decide about."""
    return automaton().get(name, None) is None


# --- a pair, or a list with an aside or a slash ----------------------------------------------
_SEP: Final = rf"(?:[ \t\u00a0]*,(?:{_S})?|(?:{_S})(?:en|of)(?:{_S})|/)"
_ARTICLE: Final = rf"(?:(?:de|het)(?:{_S}))?"
_NAME: Final = (
    rf"[A-Z][\w&'’]*(?:-[A-Z][\w&'’]*)*(?:(?:{_S})[A-Z][\w&'’]*(?:-[A-Z][\w&'’]*)*){{0,3}}"
)
# A short aside in brackets after a member, in words: 'Xray (Tom Corduwener), ...'; not an
# abbreviation, whose spelled name may hold 'en' itself ('Exacte en Natuurwetenschappen (ENW)').
_ASIDE: Final = rf"(?:(?:{_S})?\((?=[^()\n]*[a-z])[^()\n]{{1,40}}\))?"
_NEXT: Final = re.compile(rf"(?P<aside>{_ASIDE}){_SEP}{_ARTICLE}(?P<name>{_NAME})(?![\w\-&])")
_WORDS_BACK: Final = re.compile(r"\S+")
_CAPITALISED: Final = re.compile(r"[A-Z][\w&'’]*(?:-[A-Z][\w&'’]*)*")
_ASIDE_BACK: Final = re.compile(r"[ \t\u00a0\n]*\((?=[^()\n]*[a-z])[^()\n]{1,40}\)$")
_REACH: Final = 80
# Two names joined are two bodies acting together where a preposition governs the pair: 'tussen
# de ORS en Schiphol', 'met HerstelNL en OCW' (not 'Gedeputeerde Staten het PPE en Provinciale
# Staten de verordening', 'de ministers BZK en WWI').
_GOVERNS: Final = re.compile(
    rf"(?<![\w-])(?:tussen|met|door|van|bij|aan|namens|voor)(?:{_S}){_ARTICLE}$"
)
_MEMBERS: Final = 8
_JOINED_BEFORE: Final = re.compile(
    r"(?:,|[ \t\n](?:en|of)|/)(?:[ \t\u00a0\n]*(?:de|het))?[ \t\u00a0\n]*$"
)
_WORD: Final = re.compile(r"[A-Z][a-zà-ÿ]{3,}")
# Abbreviations that end in a full stop but no sentence: 'o.a. Xray, ...'.
_NO_STOP: Final = re.compile(r"(?:o\.a|bijv|bv|m\.n|incl|resp|evt|w\.o)\.$")


def _governed(text: str, start: int) -> bool:
    return _GOVERNS.search(text, max(0, start - 20), start) is not None


def _joined_after(head: str) -> bool:
    return (
        any(c in head for c in ",/(")
        or " en " in head
        or " of " in head
        or "\nen " in head
        or "en\n" in head  # 'NVWA, RWS en' + a line break + 'GiMaRis'
    )


_NAME_GOES_ON: Final = re.compile(r"[A-Z][\w-]*[ \t\u00a0]+(?:en|&)[ \t\u00a0]+$")


def _previous(text: str, pos: int) -> tuple[int, int, bool] | None:
    """The name joined to the one at `pos` from before, read backwards word by word (a pattern
    searched back from a position is tried at every character before it): its span, and whether
    an aside or a slash joins them."""
    sep = _JOINED_BEFORE.search(text, max(0, pos - 12), pos)
    if sep is None:
        return None
    end, joined = sep.start(), "/" in sep.group()
    if text[max(0, end - 1) : end] == ")":  # an aside after the name: 'Xray (Tom Corduwener),'
        aside = _ASIDE_BACK.search(text, max(0, end - 44), end)
        if aside is None:
            return None
        end, joined = aside.start(), True
    start = end
    for word in reversed(list(_WORDS_BACK.finditer(text, max(0, end - _REACH), end))):
        opened = word[0].startswith("(") and start == end  # '(Jumbo, Spar)': the bracket's first
        if text[word.end() : start].strip(" \t\u00a0\n") or not _CAPITALISED.fullmatch(
            word[0][1:] if opened else word[0]
        ):
            break  # no longer one name: a comma, a bracket or a lower-case word between
        start = word.start() + (1 if opened else 0)
        if opened or len(text[start:end].split()) >= 4:
            break
    if start == end:
        return None
    one = text[start:end]
    if joined and one[1:].islower() and _NAME_GOES_ON.search(text, max(0, start - 40), start):
        # 'Oberon Onderzoek en Advies/SEO ...': before a slash one word in lower case after its
        # capital ends a name joined by 'en' whose start cannot be told; no member (an
        # abbreviation there is one: 'Rijkswaterstaat en XYZ/Defensie')
        return None
    return start, end, joined


def _run(text: str, body: Match) -> tuple[list[tuple[int, int]], bool]:
    """The names joined to `body` by commas, 'en', 'of' or a slash, in text order, and whether
    the run holds an aside or a slash (what the list rule does not read)."""
    members = [(body.start, body.end)]
    special = False
    pos = body.end
    while (
        len(members) < _MEMBERS
        and _joined_after(text[pos : pos + 6])  # cheap: most names stand alone
        and (m := _NEXT.match(text, pos))
    ):
        if "/" in m.group() and text.startswith("/", m.end()):
            break  # 'ACM/UIT/507106': a kenmerk's path, its parts no bodies
        members.append(m.span("name"))
        special |= "/" in m.group() or bool(m.group("aside"))
        pos = m.end()
    pos = body.start
    while len(members) < _MEMBERS and (before := _previous(text, pos)):
        start, end, joined = before
        members.insert(0, (start, end))
        special |= joined
        pos = start
        if text[start - 1 : start] == "(":
            break  # the bracket's first name: the run starts there
    if len(members) > 2 and text[members[0][0] - 1 : members[0][0]] == "(":
        # a bracket's first name is read for a pair only ('(Jumbo, Spar)'); in a longer run it
        # stays as before ('(ChatGPT, Google Bing, Microsoft Co-pilot)': products)
        members.pop(0)
    return members, special


def _starts_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip()
    if _NO_STOP.search(before):
        return False
    return not before or before.endswith((".", "!", "?", ":", ";", "\n"))


# A word that a particle ties to the name's next or last word is a longer name cut: 'Algemene
# Zaken en Huis van de Koning (BiZa/AZ)' holds neither 'Huis' nor 'Koning' as a body (letters62).
_TIED_AFTER: Final = re.compile(r"[ \t\u00a0]+(?:van|voor|der|den)[ \t\u00a0]")
_TIED_BEFORE: Final = re.compile(r"(?<![\w-])(?:van|voor|der|den|van de|van het)[ \t\u00a0]+$")


def _a_word_name(text: str, start: int, end: int) -> bool:
    """One capitalised word in a list: a name unless a sentence word or a sentence's first, or a
    word of a longer name."""
    name = text[start:end]
    return (
        _WORD.fullmatch(name) is not None
        and name not in orglists.NOT_NAMES
        and not _starts_a_sentence(text, start)
        and _TIED_AFTER.match(text, end) is None
        and _TIED_BEFORE.search(text, max(0, start - 12), start) is None
    )


@cache
def _firms() -> frozenset[str]:
    """The canonical names of the listed firms (the lists' kind 'bedrijf')."""
    return frozenset(
        row["canonical"]
        for name in ("organisations.tsv", "firms.tsv", "listed.tsv")
        for row in rows(name)
        if row.get("kind") == "bedrijf"
    )


def _bracketed_pair(text: str, members: list[tuple[int, int]]) -> bool:
    """The pair is all a bracket holds: '(Lidl, Deen)'."""
    start, end = members[0][0], members[-1][1]
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _beside(text: str, found: list[Match], bodies: list[Match]) -> list[Match]:
    out: list[Match] = []
    known = {(b.start, b.end) for b in bodies}
    for body in bodies:
        members, special = _run(text, body)
        pair = len(members) == 2
        # Beside a listed firm, one capitalised word of a bracketed pair is a firm too:
        # 'supermarktketens die slecht presteren (Jumbo, Spar)' (orgs76); beside another body the
        # pair may be a body and a person ('Jansen en het RIVM'), and a governed pair stays as
        # round57 left it ('tussen Harsco en Tata Steel': the unknown one first is no list).
        firm = pair and body.canonical in _firms() and _bracketed_pair(text, members)
        if pair and not special and not _governed(text, members[0][0]) and not firm:
            continue
        if not pair and not special:
            continue  # a list of three or more plain names is the list rule's (orglists.py)
        for start, end in members:
            name = text[start:end]
            if (start, end) in known or not _unclaimed(start, end, found) or not _unknown(name):
                continue
            if _body_shaped(name) or ((not pair or firm) and _a_word_name(text, start, end)):
                if firm and name.split()[0] in given_names():
                    continue  # 'met Shell en Jan': a person beside the firm
                out.append(Match("organization", start, end, name))
    return out


def find(text: str, found: list[Match]) -> list[Match]:
    """Bodies beside the organisations already `found` (which they may not overlap)."""
    bodies = [f for f in found if f.type == "organization"]
    if not bodies:
        return []
    out = _beside(text, found, bodies)
    unique: dict[tuple[int, int], Match] = {}
    for m in out:
        unique.setdefault((m.start, m.end), m)
    return sorted(unique.values(), key=lambda m: m.start)


# Read by listruns.py, which takes the unknown members of the plain runs this module leaves.
joined_names: Final = _run
body_shaped: Final = _body_shaped
a_word_name: Final = _a_word_name
unclaimed: Final = _unclaimed
unknown: Final = _unknown
