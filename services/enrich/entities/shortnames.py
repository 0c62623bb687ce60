"""A body the document names in full, named again by less of its name (issue #12, orgs60).

- At a hyphen compound's head: 'het RIVM-rapport', 'de Actiz-leden' are mentions of the RIVM and
  ActiZ where the document names that body standing alone too (a compound alone, a body the
  document never names by itself, is left: 'EU-richtlijn' in a paper that never names the EU).
  A name of five letters or more is read in any case ('Actiz' for 'ActiZ'), a shorter one only as
  printed ('OM-zitting', not 'Om-'). A body's listed abbreviation before what a body makes is a
  mention alone too ('het PBL-rapport', 'de CBS-cijfers', 'het RIVM-advies'; letters62): the body
  made it.
- By its kind's word alone after 'de': 'de Rekenkamer' where the document names the Algemene
  Rekenkamer, 'de Raad' where it names the Raad van State, 'de Stichting' where it names one
  foundation, the way a paper shortens a name it has given in full. Only where exactly one body the
  document names has that word first or last in its name; not where a European body may be meant
  ('de Raad', 'de Commissie' in a paper on the Union) or the council ('de Raad' beside a
  gemeenteraad).

A letterhead names no organisation (see enricher.py), so nothing is read there.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import paperletters
from services.enrich.entities.gazetteer import automaton
from stukken.contracts import Entity, Segment

_SKIPPED: Final = frozenset({"letterhead"})
_CASE_FREE: Final = 5  # a name this long or longer is read at a compound's head in any case
_SHORTEST: Final = 2
# What follows the name in the compound: a hyphen and a lower-case word ('-rapport', '-leden'),
# not one that makes the compound a place or a level named after the body ('het ADM-terrein', de
# 'NDSM-werf', 'het BOVAG-huis', 'op EU-niveau', 'in VN-verband', 'de OESO-landen').
_PLACES: Final = (
    "terrein", "werf", "huis", "gebouw", "locatie", "kantoor", "niveau", "verband", "markt",
    "markten", "landen", "staten", "grens", "grenzen", "gebied", "regio", "zone",
)  # fmt: skip
# The lower-case rest of a compound after its hyphen.
_REST: Final = re.compile(r"[a-zà-ÿ]{3,}")
# A union of states named at a compound's head mostly says where, not who ('EU-burgers',
# 'EU-tegenpartijen', 'EU-handelsplatformen'): its compounds are no mentions of the body.
_ADJECTIVAL: Final = frozenset({"Europese Unie"})
_NOT_BEFORE: Final = (
    "_@./&-"  # '@rivm-...', 'www.rivm-...', 'A&O-...', '...-RIVM-': no name's start
)


def _one_word(text: str) -> bool:
    return len(text) >= _SHORTEST and text[0].isalpha() and text.isalnum()


def _alone(entities: list[Entity], texts: dict[str, str]) -> dict[str, str]:
    """The document's bodies as printed standing alone, one word each: the printed form (in lower
    case when it is read in any case) to the body's name."""
    forms: dict[str, str] = {}
    for e in entities:
        if e.type != "organization" or not _one_word(e.text):
            continue
        if texts.get(e.segment_id, "")[e.end : e.end + 1] == "-":
            continue  # itself a compound's head
        if len(e.text) < 3 and not e.text.isupper():
            continue
        forms.setdefault(_key(e.text), e.canonical)
    return forms


def _key(word: str) -> str:
    return word.lower() if len(word) >= _CASE_FREE else word


def _heads_in(text: str, forms: dict[str, str]) -> list[tuple[int, int, str]]:
    """Each name of `forms` standing at a compound's head in `text`: read from each hyphen with a
    letter or digit before it and a lower-case letter after it, and the word before it."""
    found = []
    last = len(text) - 1
    at = text.find("-")
    while at != -1:
        if 0 < at < last and text[at - 1].isalnum() and text[at + 1].islower():
            start = at - 1
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            name = forms.get(_key(text[start:at]))
            rest = _REST.match(text, at + 1) if name is not None else None
            if (
                name is not None
                and name not in _ADJECTIVAL
                and rest is not None
                and not rest.group().endswith(_PLACES)
                and (start == 0 or text[start - 1] not in _NOT_BEFORE)
            ):
                found.append((start, at, name))
        at = text.find("-", at + 1)
    return found


# What a body makes, after its abbreviation: 'het PBL-rapport', 'de CBS-cijfers', 'het
# RIVM-advies', 'de CPB-raming'. The abbreviation a list knows as a body's (its capitals, digits
# too: 'RTL4'), not the union's ('EU-rapport' says where as often).
_MADE: Final = re.compile(
    r"(?:rapport|rapporten|rapportage|rapportages|advies|adviezen|cijfers|onderzoek|onderzoeken|"
    r"studie|studies|analyse|analyses|prognose|prognoses|raming|ramingen|doorrekening|"
    r"doorrekeningen|publicatie|publicaties|peiling|peilingen|"
    # what a body decides or agrees on: 'de NAVO-afspraak', 'de NAVO-norm', 'de WHO-richtlijnen',
    # 'het ACM-besluit' (round letters63)
    r"afspraak|afspraken|norm|normen|richtlijn|richtlijnen|besluit|besluiten|"
    # the data a body gathers, as its figures: 'de KNMI-data', 'de CBS-gegevens' (orgs72)
    r"data|gegevens)(?![\w-])"
)
_ABBREVIATION: Final = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _made_by(text: str, at: int) -> tuple[int, str] | None:
    """The listed body whose abbreviation ends at the hyphen `at` before what it makes."""
    if _MADE.match(text, at + 1) is None:
        return None
    start = at - 1
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    head = text[start:at]
    if _ABBREVIATION.fullmatch(head) is None or (start and text[start - 1] in _NOT_BEFORE):
        return None
    if paperletters.unread(text, start, at):
        return None  # 'het (bezwaar)AD-rapport': the arbeidsdeskundige's, no paper's (orgsW47)
    listed = automaton().get(head, None)
    if listed is None:
        return None
    entry = listed[1]
    if entry.type != "organization" or entry.canonical in _ADJECTIVAL:
        return None
    return start, entry.canonical


def _made_in(text: str) -> list[tuple[int, int, str]]:
    found = []
    at = text.find("-")
    while at != -1:
        if at and (text[at - 1].isupper() or text[at - 1].isdigit()):
            made = _made_by(text, at)
            if made is not None:
                found.append((made[0], at, made[1]))
        at = text.find("-", at + 1)
    return found


def compounds(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    texts = {s.id: s.text for s in segments}
    forms = _alone(entities, texts)
    found = [
        (seg, start, end, name)
        for seg in segments
        if seg.kind not in _SKIPPED and "-" in seg.text
        for start, end, name in sorted(
            {*_heads_in(seg.text, forms), *_made_in(seg.text)} if forms else _made_in(seg.text)
        )
    ]
    return _with_mentions(entities, found)


def _with_mentions(
    entities: list[Entity], found: list[tuple[Segment, int, int, str]]
) -> list[Entity]:
    """`entities` and each found name (segment, span, the body's name) that overlaps none of them
    nor a name found before it."""
    if not found:
        return entities
    taken: dict[str, list[tuple[int, int]]] = {}
    for e in entities:
        taken.setdefault(e.segment_id, []).append((e.start, e.end))
    out = list(entities)
    for seg, start, end, name in found:
        spans = taken.setdefault(seg.id, [])
        if any(start < b and a < end for a, b in spans):
            continue
        spans.append((start, end))
        out.append(
            Entity(
                type="organization",
                text=seg.text[start:end],
                canonical=name,
                segment_id=seg.id,
                start=start,
                end=end,
            )
        )
    return out


# The kinds' words a paper shortens a body's name to.
_HEADS: Final = (
    "Rekenkamer", "Raad", "Inspectie", "Autoriteit", "Ombudsman", "Rechtbank", "Universiteit",
    "Hogeschool", "Stichting", "Vereniging", "Commissie", "Dienst", "Federatie",
)  # fmt: skip
# 'de Rekenkamer', not 'de Raad van State', 'de Raad voor de Kinderbescherming', 'de Commissie
# Bezwaarschriften' nor 'de Rekenkamer\nMetropool Amsterdam' (a name that goes on).
_GOES_ON: Final = r"(?:[A-ZÀ-Þ]|van(?!\w)|voor(?!\w)|der(?!\w)|in(?!\w))"
# Checked around each printed head word (found with `str.find`, not a pattern over the text):
# 'de' right before it, nothing after it that goes on with the name.
_DE_BEFORE: Final = re.compile(r"(?<![\w-])[Dd]e[ \t\u00a0]+\Z")
_ALONE_AFTER: Final = re.compile(rf"(?![\w-])(?![ \t\u00a0]*\r?\n?[ \t\u00a0]*{_GOES_ON})")
_BEFORE_REACH: Final = 8  # 'de' and its spaces
# Where 'de Raad' or 'de Commissie' may be a European institution or the council.
_OTHER_MEANINGS: Final = {"Raad": ("Europe", "emeenteraad", "aadsleden"), "Commissie": ("Europe",)}


def _named_by_head(entities: list[Entity]) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for e in entities:
        if e.type != "organization":
            continue
        words = e.canonical.split()
        if len(words) < _SHORTEST:
            continue
        # the last word as a kind's word even in lower case: 'Nationale ombudsman'
        last = words[-1][:1].upper() + words[-1][1:]
        if words[0] not in _HEADS and last not in _HEADS:
            continue
        for word in {words[0], last}:
            if word in _HEADS:
                named.setdefault(word, set()).add(e.canonical)
    return named


# 'de Ombudsman' alone in a paper to or from the Kamers is the Nationale ombudsman, as the Kamers'
# papers shorten it (letters64: a Kamerbrief names 'de Ombudsman en de Kinderombudsman'). Not in a
# paper that names another one: a municipality's, a province's or a region's ('de gemeentelijke
# ombudsman', 'een eigen lokale ombudsman'), or one by its own name or domain ('Ombudsman Metropool
# Amsterdam', 'de Ombudsman van ...'); there 'de Ombudsman' may be that one, even where the paper
# names the Nationale ombudsman too (a council's complaints report). A paper of no Kamer (a
# council's, a firm's) keeps its own.
_NATIONAL: Final = "Nationale ombudsman"
_KAMERS: Final = frozenset({"Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal"})
_OTHER_OMBUDSMAN: Final = re.compile(
    r"(?i:gemeentelijke|provinciale|lokale|regionale|eigen)[ \t\u00a0]+ombudsman"
    r"|(?<![\w-])(?<!ationale )(?<!uropese )[Oo]mbudsman[ \t\u00a0]*\r?\n?[ \t\u00a0]*"
    r"(?:[A-ZÀ-Þ]|van(?!\w)|voor(?!\w))"
)


def _another_ombudsman(read: list[Segment]) -> bool:
    return any("mbudsman" in s.text and _OTHER_OMBUDSMAN.search(s.text) for s in read)


def _national_ombudsman(entities: list[Entity], read: list[Segment]) -> bool:
    if not any(e.type == "organization" and e.canonical in _KAMERS for e in entities):
        return False
    return any("Ombudsman" in s.text for s in read) and not _another_ombudsman(read)


def heads(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    named = _named_by_head(entities)
    read = [s for s in segments if s.kind not in _SKIPPED and s.text]
    if "Ombudsman" in named:
        if _another_ombudsman(read):
            del named["Ombudsman"]
    elif _national_ombudsman(entities, read):
        named["Ombudsman"] = {_NATIONAL}
    if not named:
        return entities
    whole = ""  # the read text joined, asked only where another meaning may be meant
    full: dict[str, str] = {}
    for head, names in named.items():
        if len(names) != 1:
            continue
        name = next(iter(names))
        others = _OTHER_MEANINGS.get(head, ())
        if others and "Europe" not in name:
            whole = whole or "\n".join(s.text for s in read)
            if any(o in whole for o in others):
                continue
        full[head] = name
    if not full:
        return entities
    read = [s for s in read if any(head in s.text for head in full)]
    found: list[tuple[Segment, int, int, str]] = []
    for seg in read:
        spans = sorted((a, b, full[head]) for head in full for a, b in _bare(seg.text, head))
        found += [(seg, a, b, name) for a, b, name in spans]
    return _with_mentions(entities, found)


def _bare(text: str, head: str) -> list[tuple[int, int]]:
    """Where `head` stands alone after 'de' in `text`."""
    spans = []
    at = text.find(head)
    while at != -1:
        end = at + len(head)
        if (
            _DE_BEFORE.search(text, max(0, at - _BEFORE_REACH), at) is not None
            and _ALONE_AFTER.match(text, end) is not None
        ):
            spans.append((at, end))
        at = text.find(head, end)
    return spans


def link(entities: list[Entity], segments: list[Segment]) -> list[Entity]:
    return heads(compounds(entities, segments), segments)
