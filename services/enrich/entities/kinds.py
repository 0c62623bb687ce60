"""A body named right after the word for its kind: 'zorgverzekeraar Menzis', 'de zorgverzekeraars
CZ en VGZ', 'een consortium van onderzoeksbureaus, te weten ResearchNed, CHEPS en KBA Nijmegen'.

The kind word says what the names after it are, as 'gemeente' does for 'gemeente Houten'
(orgcontext.py). Singular kinds take one name; plural kinds a list of two or more (a single name
after 'banken' may be a place: 'de banken Amsterdam'), also after ', te weten', ', namelijk', ':'
or 'zoals'. A name is an abbreviation or up to three capitalised words; a sentence word, a place
the lists know, a person's initials or a name in a compound ('CZ-polis') is none.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import attendees
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.scan import BLANKS
from services.enrich.words import read

_SINGULAR: Final = (
    "zorgverzekeraar", "verzekeraar", "bank", "onderzoeksbureau", "adviesbureau", "vakbond",
    "omroep", "netbeheerder", "energiebedrijf", "energieleverancier", "woningcorporatie",
    "brancheorganisatie", "koepelorganisatie", "luchtvaartmaatschappij", "pensioenfonds",
    "zorgkantoor", "supermarktketen", "telecomaanbieder", "accountantskantoor", "advocatenkantoor",
    "ingenieursbureau", "uitgeverij",
    # firms of the web and of software, which papers on prices, insurance and cybersecurity name
    # after their trade ('vergelijkingssite Independer'); not 'software van X': X is as often an
    # app ('de serversoftware van CoronaMelder') as its maker
    "vergelijkingssite", "vergelijkingswebsite", "softwareleverancier", "softwarebedrijf",
    "techbedrijf", "webwinkel",
)  # fmt: skip
_PLURAL: Final = (
    "zorgverzekeraars", "verzekeraars", "banken", "onderzoeksbureaus", "adviesbureaus",
    "vakbonden", "omroepen", "netbeheerders", "energiebedrijven", "energieleveranciers",
    "woningcorporaties", "brancheorganisaties", "koepelorganisaties",
    "luchtvaartmaatschappijen", "pensioenfondsen", "zorgkantoren", "supermarktketens",
    "telecomaanbieders", "accountantskantoren", "advocatenkantoren", "ingenieursbureaus",
    "uitgeverijen", "bedrijven", "ondernemingen", "organisaties", "instellingen",
    "vergelijkingssites", "vergelijkingswebsites", "softwareleveranciers", "softwarebedrijven",
    "techbedrijven", "webwinkels",
    # bodies by their legal form or their care, listed after the plural ('de Stichtingen
    # Verliespolis en Woekerpolisclaim', 'de ziekenhuizen Gelre en Isala'; orgs74)
    "stichtingen", "verenigingen", "coöperaties", "ziekenhuizen",
)  # fmt: skip
_LEGAL_PLURALS: Final = frozenset({"stichtingen", "verenigingen", "coöperaties", "ziekenhuizen"})
_COMPASS: Final = frozenset({"Noord", "Zuid", "Oost", "West", "Midden", "Centrum"})
# A plural kind capitalised after an article or a number names the bodies listed after it ('de
# Stichtingen Verliespolis en Woekerpolisclaim'); after any other word it is a name's ('de
# Nederlandsche Bank'). The legal and care plurals name bodies only so counted, in either case.
_COUNTED: Final = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Dd]ie|[Bb]eide|[Tt]wee|[Dd]rie|[Vv]ier|[Vv]ijf|[Gg]enoemde)[ \t\u00a0]+$"
)
_NAME_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w'’&]*(?:-[A-ZÀ-ÖØ-Þ][\w'’&]*)*"
_NAME: Final = rf"{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,2}}"
# Spaces with at most one line break: running text wraps anywhere in the list.
_S: Final = BLANKS
_SPACE: Final = r"(?:[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?|\r?\n[ \t\u00a0]*)"
_INTRO: Final = rf"(?:{_S},{_S}(?:te[ \t\u00a0]+weten|namelijk)|{_S}:|{_SPACE}zoals)?"
# What follows a kind word: a list after a plural, one name after a singular.
_END: Final = r"(?![\w\-\u2010\u2011])"
# ... or names parted by commas only (a list that runs on past a line or a page), or one name
# joined to more of another kind ('bedrijven X en dochterondernemingen Y, Z').
_LIST_AFTER: Final = re.compile(
    rf"{_INTRO}{_SPACE}(?P<list>{_NAME}(?:{_S},{_S}{_NAME}){{0,8}}{_SPACE}(?:en|of){_SPACE}{_NAME}"
    rf"|{_NAME}(?:{_S},{_S}{_NAME}){{1,8}}|{_NAME}(?={_SPACE}(?:en|of){_SPACE}[a-zà-ÿ])){_END}"
)
_NAME_AFTER: Final = re.compile(rf"{_SPACE}(?P<list>{_NAME}){_END}")


# The words above, written here from the rounds' misses; the build script of kind_words.tsv leaves
# them out of the lexicon it draws from a word list.
BUILT_IN: Final = (*_SINGULAR, *_PLURAL)


def _lexicon() -> tuple[str, ...]:
    """The singular kind words drawn from the OpenTaal word list (data/kind_words.tsv, see
    data/build_kind_words.py): a compound whose head is a body's kind ('chocoladefabriek',
    'hulpclub', 'streekomroep', 'marktonderzoeksbureau'), and such a head alone ('club',
    'instituut'); each says, as 'zorgverzekeraar' does, that the name after it is a body's (issue
    #12, orgs80). companies.py holds more heads ('fabriek', '-gezelschap', '-instelling')."""
    try:
        return tuple(row["word"] for row in rows("kind_words.tsv"))
    except FileNotFoundError:
        return ()  # the build script reads this module before the file is written


LEXICON: Final = _lexicon()
_LEXICON_WORDS: Final = frozenset(LEXICON)


# The kind words, lower-case and capitalised, each with the pattern of what follows it; found in
# the one pass over the text that words.py makes for several finders (an alternation of words is
# tried at every position).
# The lexicon's words in lower case only: capitalised, a compound kind word opens the body's
# own name ('Zeilschool Vrijwater' as a letter's sender), not a kind before it.
KIND_WORDS: dict[str, re.Pattern[str]] = {
    **{
        form: after
        for words, after in ((_PLURAL, _LIST_AFTER), (_SINGULAR, _NAME_AFTER))
        for word in words
        for form in (word, word[0].upper() + word[1:])
    },
    **dict.fromkeys(LEXICON, _NAME_AFTER),
}


_MEMBER: Final = re.compile(rf"{_NAME}")
# A plural kind closing a lower-case compound names its kind still: 'vrijwilligersorganisaties'
# (a singular so closed is a name: 'Rabobank').
_COMPOUND_BEFORE: Final = re.compile(r"(?<![\w-])[a-zà-ÿ]\w*$")
_WORD_BEFORE: Final = re.compile(r"\w[ \t\u00a0]+$")
_INITIAL_AFTER: Final = re.compile(r"\.[ \t]?[A-Z]")  # 'de bank J. Jansen': a person's initial
_SENTENCE_WORDS_TEXT: Final = (
    "Ook Daarnaast Daarbij Verder Tevens Bijvoorbeeld Zowel Vooral Onder Deze Die Dit Dat Het "
    "De Een Zij Hij Wij Ik Wel Niet Maar Nu Dan Zo Waar Wat Hoe Alle Beide Welke In Op Voor "
    "Bij Met Nederland Nederlandse Europa Europese Rijk Kabinet Regering Minister Staatssecretaris "
    "Kamer Staat Overheid Zie Tabel Figuur Bijlage "
    # a legal form after a name whose kind word is capitalised: 'Triodos Bank NV'
    "NV BV N.V. B.V. U.A. UA"
)
_SENTENCE_WORDS: Final = frozenset(_SENTENCE_WORDS_TEXT.split())


def _a_name(text: str, start: int, end: int, word: str = "") -> bool:
    name = text[start:end]
    first = name.split()[0]
    if first in _SENTENCE_WORDS or len(name) < 2 or _INITIAL_AFTER.match(text, end):
        return False
    if word.lower() in _LEGAL_PLURALS and (
        name in _COMPASS or (" " in name and first in attendees.given_names())
    ):
        # 'de ziekenhuizen Noord en Zuid': a site's parts; 'de verenigingen Jan Jansen en ...':
        # persons (elsewhere 'de omroep West' is a name)
        return False
    if name in _COMPASS and word.lower() in _LEXICON_WORDS:
        return False  # 'stadsdeelkantoor Noord', 'museum West': a site by its part of town
    entry = automaton().get(name, None)
    return entry is None or entry[1].type != "location"


def _compound(text: str, start: int, after: re.Pattern[str]) -> bool:
    """A plural kind closing a lower-case compound: 'dochterondernemingen'."""
    return (
        after is _LIST_AFTER
        and _COMPOUND_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _counted(text: str, start: int, after: re.Pattern[str]) -> bool:
    """A plural kind after an article or a number: 'de Stichtingen X en Y', 'twee ziekenhuizen'."""
    return after is _LIST_AFTER and _COUNTED.search(text, max(0, start - 10), start) is not None


# The heads of a body's name of one word (data/build_kind_words.py's NAME_HEADS): a capitalised
# compound of one after a lower-case article names a body ('het Kempendagblad', 'de
# Zwaluwenclub'), unless the word list holds it as a common noun ('de Adviescommissie'). The
# heads of bodycues.py's rule 11 ('het Hunebedcentrum', 'de Mutsaersstichting') are its own.
NAME_HEADS: Final = frozenset({
    "commissie", "vereniging", "fabriek", "club", "orkest", "dagblad", "krant", "omroep",
    "theater", "gezelschap",
})  # fmt: skip
_NAME_GOES_ON: Final = re.compile(r"[ \t\u00a0]+[A-ZÀ-ÖØ-Þ0-9]")
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])(?:de|het)[ \t\u00a0]+$")
# ... or a sentence's capitalised article, where the sentence goes on in lower case after the
# compound ('De Waddenvereniging is hiertegen in bezwaar gegaan.'; bare50): a title or a heading
# capitalises its next words too ('De Adviescommissie Water').
_SENTENCE_ARTICLE_BEFORE: Final = re.compile(r"(?:^|(?<=[.!?] ))(?:De|Het)[ \t\u00a0]+$")
_SENTENCE_GOES_ON: Final = re.compile(r"[ \t\u00a0]+[a-zà-ÿ]")


@cache
def _kind_nouns() -> frozenset[str]:
    """The word list's compounds of `NAME_HEADS` (data/kind_nouns.tsv): common nouns."""
    return frozenset(row["word"] for row in rows("kind_nouns.tsv"))


def _named_compound(text: str, last: int, head: str) -> Match | None:
    """'het Kempendagblad': the capitalised compound ending at `last` in `head`, after 'de' or
    'het', that no list holds and the word list holds as no common noun (orgs80)."""
    if last + 1 < len(text) and (text[last + 1].isalnum() or text[last + 1] in "-_"):
        return None  # the head inside a longer word: 'Commissievergadering'
    first = last + 1 - len(head)
    while first and (text[first - 1].isalnum() or text[first - 1] == "-"):
        first -= 1
    word = text[first : last + 1]
    if len(word) < len(head) + 3 or not word[0].isupper() or not word[1:].islower():
        return None  # the bare head, a word in capitals, 'TU-Orkest'
    if _ARTICLE_BEFORE.search(text, max(0, first - 5), first) is None and (
        _SENTENCE_ARTICLE_BEFORE.search(text, max(0, first - 6), first) is None
        or _SENTENCE_GOES_ON.match(text, last + 1) is None
    ):
        return None  # in a title, or a sentence's first word: any word is capitalised there
    if _NAME_GOES_ON.match(text, last + 1) is not None:
        return None  # 'de Bestuurscommissie Noord': a longer name's first word (orgcontext's)
    if word.lower() in _kind_nouns() or automaton().exists(word):
        return None  # 'het Kenniscentrum' (a common noun), a listed body (the lists find it)
    return Match("organization", first, last + 1, word)


def find(text: str) -> list[Match]:
    out: list[Match] = []
    for last, word in read(text).kinds:
        if word in NAME_HEADS:
            named = _named_compound(text, last, word)
            if named is not None:
                out.append(named)
            if word not in KIND_WORDS:
                continue
        after = KIND_WORDS[word]
        start = last + 1 - len(word)
        if (
            start
            and (text[start - 1].isalnum() or text[start - 1] in "-_")
            and not _compound(text, start, after)
        ):
            continue  # the tail of a longer word: 'Rabobank', 'spaarbank'
        # a capitalised kind inside a name: 'De Nederlandsche Bank NV'; the legal plurals only
        # after an article or a number ('vele stichtingen Zorg en Welzijn' is none)
        guarded = word.lower() in _LEGAL_PLURALS or (
            text[start].isupper() and _WORD_BEFORE.search(text, max(0, start - 3), start)
        )
        if guarded and not _counted(text, start, after):
            continue
        m = after.match(text, last + 1)
        if m is None:
            continue
        for n in _MEMBER.finditer(text, *m.span("list")):
            start, end = n.span()
            if _a_name(text, start, end, word):
                out.append(Match("organization", start, end, " ".join(text[start:end].split())))
    return out
