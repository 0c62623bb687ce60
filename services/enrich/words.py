"""One pass over a text for the words several finders look for (issue #12).

An Aho-Corasick automaton finds any number of words in one reading of the text; a substring test
(`"word" in text`) or another automaton reads the whole text again for each. kinds.py,
kindlists.py and companies.py each ran an automaton of their kind words over every text, and the
reference families and a few checks asked for their cue words one `in` at a time. Here they are
the keys of one automaton, read once a text: each key says which finders it is for, and `read`
gives each finder its hits (the end of each word, in the order its own automaton gave them: by
end, the longer word first) and the set of cue words the text holds.

A cue of one common character stays a substring test where it is asked: a letter occurs so often
that reporting every one would cost more than the test (`memchr`).

Only a segment's text (or the text read in its place: OCR-repaired, letter-spacing closed) is
read here: a window of a text would be a new pass, and would push the segments' texts out of the
cache. A check also asked of windows asks `peek`, which answers only for a text already read.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Final

import ahocorasick

# The finders a key may be for (bits of its payload).
KINDS: Final = 1
KIND_LISTS: Final = 2
COMPANIES: Final = 4
CUE: Final = 8
TITLE_STEMS: Final = 16
ORG_CUES: Final = 32

# The finders the enricher asks only where one of their own gate's words stands (cue43): where
# none stands such a finder finds nothing, so its call, its reads, set tests and first pattern
# calls are left out (a segment's fixed cost, bench/enrich/speed42.md). A finder's bit is keyed
# by the gate its module declares (`_tables`), not by a list kept here;
# tests/unit/enrich/test_cue43.py holds each finder to its gate.
ASK_PERSONS: Final = 64  # persons.find: persons.GATES
ASK_FIELD_PERSONS: Final = 128  # labelends.field_persons: labelends.GATES
ASK_ORGCONTEXT: Final = 256  # orgcontext.find: orgcontext.FIND_GATES, or 'van' in the text
ASK_BODYCUES: Final = 512  # bodycues.find: bodycues.GATES
ASK_EXTRACTS: Final = 1024  # extracts.find: extracts.GATES
ASK_ELIDED: Final = 2048  # kamer.elided: kamer.ELIDED_GATES (and 'Kamer')
ASK_OUTLETS: Final = 4096  # outlets.find: outlets.FIND_GATES
ASK_GOVERNED: Final = 8192  # governed.find: governed.FIND_GATES
ASK_DATES: Final = 16384  # dates.find: dates.GATES (a year's first two digits)
ASK_ORGNAMES: Final = 32768  # orgnames.find: orgnames.FIND_GATES, or a '-' or '(' in the text
ASK_TITLED: Final = 65536  # titled.find: titled.FIND_GATES


class Words:
    """What one text holds: per finder the (end index, word) of each of its words found, and
    the cue words present. Read only.

    A plain class, not a frozen dataclass: compiled, it is a native class whose construction sets
    six fields; the dataclass's generated `__init__` ran as Python (six `object.__setattr__`
    calls, ~5,600 instructions a text; issue #12).

    `asked`: the ASK_ bits of the finders one of whose gate words the text holds (and the
    other bits of the keys found, which no one reads from it).
    """

    def __init__(
        self,
        kinds: tuple[tuple[int, str], ...],
        kind_lists: tuple[tuple[int, str], ...],
        companies: tuple[tuple[int, str], ...],
        title_stems: tuple[tuple[int, str], ...],
        org_cues: tuple[tuple[int, str], ...],
        cues: frozenset[str],
        asked: int = 0,
    ) -> None:
        self.kinds = kinds
        self.kind_lists = kind_lists
        self.companies = companies
        self.title_stems = title_stems
        self.org_cues = org_cues
        self.cues = cues
        self.asked = asked


def _tables() -> tuple[tuple[int, Iterable[str]], ...]:
    """Each finder's bit and its keys."""
    # imported here: these modules import this one
    from services.enrich import references
    from services.enrich.entities import (
        attendees,
        authors,
        bareframes,
        bodycues,
        bracketgiven,
        capitals,
        committees,
        companies,
        councilpages,
        dates,
        defined,
        extracts,
        false_friends,
        gazetteer,
        governed,
        kamer,
        kamergroups,
        kindlists,
        kinds,
        labelends,
        localbodies,
        mailnames,
        meetingheads,
        money,
        orgcontext,
        orglists,
        orgnames,
        outlets,
        personruns,
        persons,
        roles,
        signatures,
        signers,
        sovereign,
        speakers,
        taxoffice,
        tenants,
        titled,
        writers,
    )
    from services.enrich.references import (
        identifiers,
        kenmerken,
        ocr,
        parliamentary,
        shorthand,
        spacing,
        urls,
    )

    return (
        (KINDS, kinds.KIND_WORDS),
        (KINDS, kinds.NAME_HEADS),  # orgs80: 'het Hunebedcentrum'
        (KIND_LISTS, kindlists.KIND_WORDS),
        (COMPANIES, companies.KIND_WORDS),
        (TITLE_STEMS, titled.TITLE_STEMS),
        (ORG_CUES, orgcontext.CUE_WORDS),
        (CUE, references.CUES | urls.CUES | parliamentary.CUES | shorthand.CUES),
        (CUE, kenmerken.CUES | ocr.CUES | identifiers.CUES | spacing.CUES),
        (CUE, false_friends.CUES | companies.CUES | gazetteer.OTHER_SPACES),
        (CUE, orgcontext.GATES | titled.GATES),
        (CUE, councilpages.GATES | persons.GATES | extracts.GATES | roles.GATES | kamer.GATES),
        (CUE, outlets.GATES | attendees.GATES | governed.GATES),
        (CUE, personruns.GATES),  # persons57: a cited surname's words, an attendance label
        (CUE, meetingheads.GATES | labelends.GATES | orgnames.GATES),
        (CUE, bodycues.GATES),  # orgs78
        (CUE, capitals.GATES | defined.GATES),  # orgsW46: capitals, a defined short name
        (CUE, tenants.CUES | localbodies.CUES | signers.CUES),  # enspeed48
        (CUE, bracketgiven.CUES | authors.CUES | money.CUES),
        (CUE, signatures.CUES | mailnames.CUES | sovereign.CUES),
        (CUE, personruns.KIND_CUES),
        (CUE, bareframes.CUES),  # bare50: a body's frame ('het rapport van X')
        (CUE, committees.CUES | writers.CUES | speakers.CUES | orglists.CUES),  # speed50
        (CUE, taxoffice.CUES | kamergroups.CUES | orgnames.HINT_CUES),  # speed50
        # the finders asked only where their gate's words stand (cue43)
        (ASK_PERSONS, persons.GATES),
        (ASK_FIELD_PERSONS, labelends.GATES),
        (ASK_ORGCONTEXT, orgcontext.FIND_GATES),
        (ASK_BODYCUES, bodycues.GATES),
        (ASK_EXTRACTS, extracts.GATES),
        (ASK_ELIDED, kamer.ELIDED_GATES),
        (ASK_OUTLETS, outlets.FIND_GATES),
        (ASK_GOVERNED, governed.FIND_GATES),
        (ASK_DATES, dates.GATES),
        (ASK_ORGNAMES, orgnames.FIND_GATES),
        (ASK_TITLED, titled.FIND_GATES),
    )


# The characters of the texts, most frequent first (the pages, segmented and evalset corpora).
_FREQUENT: Final = (
    " enairtodsglvmhukpcbw\n.jzf2,0\rDA-1SVNBO()KHE:G43yMCRITP?/5ZJW6L98F7q\u2019\u2013xU"
    "\u00eb\u2022\u00e9;"
)
_RANK: Final = {ch: i for i, ch in enumerate(_FREQUENT)}


def by_frequency(keys: Iterable[str]) -> list[str]:
    """`keys` in the order to add them to an automaton: the text's frequent characters first at
    every node of the trie.

    pyahocorasick finds a node's child for the next character by a linear scan of its children in
    the order they were added; at the root, which every character of the text not continuing a
    word goes back to, that is some 60-80 children. Keys sorted by their characters' frequency put
    a space or an 'e' first; the matches, and the order they come in, are the same (issue #12).
    """
    rest = len(_RANK)
    return sorted(keys, key=lambda key: [_RANK.get(ch, rest + ord(ch)) for ch in key])


@cache
def _automaton() -> ahocorasick.Automaton:
    finders: dict[str, int] = {}
    for bit, keys in _tables():
        for key in keys:
            finders[key] = finders.get(key, 0) | bit
    auto = ahocorasick.Automaton()
    for key in by_frequency(finders):
        auto.add_word(key, (key, finders[key]))
    auto.make_automaton()
    return auto


# The texts of the latest documents: a segment's text is read for its references first and for
# its entities after every segment's references, so the last few hundred texts are kept (the
# oldest read goes first).
_KEPT: Final = 512
_READ: dict[str, Words] = {}


def read(text: str) -> Words:
    """What `text` holds, from one pass over it (kept for the next asks)."""
    found = _READ.get(text)
    if found is None:
        found = _pass(text)
        if len(_READ) >= _KEPT:
            del _READ[next(iter(_READ))]
        _READ[text] = found
    return found


def read_all(texts: Iterable[str]) -> None:
    """`read` each of `texts` now, one after the other, while fewer than `_KEPT` are kept.

    The automaton's pass over a text costs twice as much on the clock amid the finders' work as
    in a row of passes, where its trie stays in the cache (throughput40): the enricher reads a
    document's segments here first, and the finders' `read` finds them kept. What a text holds
    does not depend on when it is read."""
    for text in texts:
        if len(_READ) >= _KEPT:
            return
        if text not in _READ:
            _READ[text] = _pass(text)


def forget() -> None:
    """Drop the texts kept: a new document's are read afresh (the enricher calls this first)."""
    _READ.clear()


def peek(text: str) -> Words | None:
    """`read(text)` where `text` was read already, else None (no pass made)."""
    return _READ.get(text)


def _pass(text: str) -> Words:
    kinds: list[tuple[int, str]] = []
    kind_lists: list[tuple[int, str]] = []
    companies: list[tuple[int, str]] = []
    title_stems: list[tuple[int, str]] = []
    org_cues: list[tuple[int, str]] = []
    cues: set[str] = set()
    asked = 0
    for last, (key, bits) in _automaton().iter(text):
        asked |= bits
        if bits & CUE:
            cues.add(key)
        if bits & KINDS:
            kinds.append((last, key))
        if bits & KIND_LISTS:
            kind_lists.append((last, key))
        if bits & COMPANIES:
            companies.append((last, key))
        if bits & TITLE_STEMS:
            title_stems.append((last, key))
        if bits & ORG_CUES:
            org_cues.append((last, key))
    return Words(
        tuple(kinds),
        tuple(kind_lists),
        tuple(companies),
        tuple(title_stems),
        tuple(org_cues),
        frozenset(cues),
        asked,
    )
