"""Articles of law: 'artikel 3:40 BW', 'artikel 5.1, tweede lid, onder e, Woo', 'art. 31, eerste
lid,
van de Huisvestingswet 2014', 'artikel 5.2. eerste lid Woo' (a list's dot after the number, before
its lid).

Only an article followed by the law it belongs to is a reference ('artikel 21' alone is not).
Normalized '<law> art. <nr>[ lid <n>][ onder <x>]', the law by its customary abbreviation when it
has one ('Woo art. 5.1 lid 2 onder e'); url is the JCI link on wetten.overheid.nl when the BWB id is
known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows, variants
from services.enrich.hits import Hit
from services.enrich.scan import BLANKS, near
from services.enrich.words import read

_S: Final = BLANKS
_ORDINALS: Final = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
    "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
    "zeventiende", "achttiende", "negentiende", "twintigste",
]  # fmt: skip
_ORDINAL: Final = "|".join(_ORDINALS)
_BW_BOOKS: Final = {"1": "BWBR0002656", "2": "BWBR0003045", "3": "BWBR0005291", "6": "BWBR0005289",
             "7": "BWBR0005290"}  # fmt: skip


# 'artikel'/'art.' starts every match; article, lid, onder and law name follow within the reach.
_ARTICLE: Final = re.compile(r"rt(?:ikel|\.)")
_ARTICLE_REACH: Final = 400


# More letters of the same lid: 'onder e en g', 'sub c of d', 'sub c juncto sub d' (a refusal read
# with the next ground, as Wob decisions write it; 'jo.' its abbreviation).
_AND: Final = r"(?:en|of|,|juncto|jo\.)"


# An article's number: '21', '3a', '5.1', '7:673e'; a space the print put after a book's colon
# ('art. 7: 669 BW') is read away. A year is no article's number ('artikel 12, 2017 Woo').
_NUMBER: Final = r"\d+[a-z]{0,2}(?:(?:\.|: ?)\d+[a-z]{0,2})*"
_NR: Final = r"(?!(?:19|20)\d\d(?![\d:.]))" + _NUMBER
# Its lid or lids: 'tweede lid', 'lid 2', 'lid 1 en lid 2', 'leden 1 en 2'. Not 'lid 2 en 3': as
# often lid 2 and article 3 ('artikel 10 lid 2 en 11 Wob'), so that 3 is read as neither.
_NEXT: Final = rf"(?:,|{_S}en|,{_S}en|{_S}of){_S}"
# Lids by ordinals in a list or a range ('tweede en vierde lid', 'tweede of vierde lid', 'tweede
# tot en met vierde lid', refs49): the word 'lid'/'leden' after the last makes them lids, so no
# reading is in doubt as with 'lid 2 en 3'.
_ORD_NEXT: Final = rf"(?:,|{_S}en|,{_S}en|{_S}of|{_S}tot{_S}en{_S}met){_S}"
_LID: Final = (
    rf"(?:\.?,?{_S}(?:(?P<ord>{_ORDINAL})(?P<ords>(?:{_ORD_NEXT}(?:{_ORDINAL}))*){_S}(?:lid|leden)"
    rf"|lid{_S}(?P<lid>\d+)(?P<lids>(?:{_NEXT}lid{_S}\d+(?![\d:.]))*)"
    rf"|leden{_S}(?P<leden>\d+(?:{_NEXT}\d+(?![\d:.]))+)))?"
)
_DIGITS: Final = re.compile(r"\d+")
_BARE: Final = re.compile(r"\d{1,3}")
_BARE_AND: Final = re.compile(rf",?{_S}en{_S}")


# One article of a list ('de artikelen 5.1, tweede lid, aanhef en onder e, en 5.2, eerste lid, van
# de Woo'): its number, lid and letters, as after 'artikel'.
# refs50: the letter may carry its dot, as municipalities' regulations print their list items
# ('de artikelen 3, 27, derde lid, 30a, vijfde lid onder b. en 31, derde lid onder a van de
# Drank- en Horecawet'): the dot no longer ends the list.
_ITEM: Final = (
    rf"(?P<nr>{_NR}){_LID}"
    rf"(?:,?{_S}(?:aanhef{_S}en{_S})?(?:onder|sub|onderdelen|onderdeel){_S}(?P<onder>[a-z]|\d{{1,2}}°?)(?![\w])\.?"
    rf"(?P<more>(?:,?{_S}{_AND}{_S}(?:onder{_S}|sub{_S})?[a-z](?![\w]))*))?"
)
_ONE_ITEM: Final = re.compile(_ITEM)
_ITEM_BARE: Final = re.sub(r"\(\?P<\w+>", "(?:", _ITEM)
# ... the items joined by 'en', 'of', commas (and a blank: 'artikel 1,1' is one number misprinted)
# or slashes ('artikel 3, 4 of 5 ZW', 'artikel 3/4/5 ZW'), each with its own word ('artikel 5.1,
# eerste lid, onder c en artikel 5.1, tweede lid, onder e, van de Woo', as Woo decisions cite
# their grounds), or read together ('artikel 3:3 lid 2 onder a, jo. artikel 1:1 van het AIB');
# the last one's law is every item's. After 'artikel' (one) as after 'artikelen': a list with
# the law after its last number names no other.
_ITEMS_SEP: Final = (
    rf"(?:,?{_S}(?:jo\.?|juncto|en|of){_S}(?:[Aa]rtikel|[Aa]rt\.){_S}"
    rf"|,?{_S}(?:en|of|tot{_S}en{_S}met|t/m){_S}|,(?=\s){_S}|/)"
)
_SEP: Final = re.compile(_ITEMS_SEP)
_LIST_ANCHOR: Final = re.compile(r"rtikel|rt\.")


@cache
def _listed() -> re.Pattern[str]:
    names_alt = _laws()[2]
    return re.compile(
        rf"(?<![^\W\d_])(?:[Aa]rtikel(?:en)?|[Aa]rt\.){_S}(?P<items>{_ITEM_BARE}(?:{_ITEMS_SEP}{_ITEM_BARE})+)"
        rf",?{_S}(?:van{_S}(?:de|het){_S})?(?P<law>{names_alt})(?![\w]){_NOT_BES}"
    )


# 'het Wetboek van Strafrecht BES' is the BES islands' code, not the Sr (the register holds it).
_NOT_BES: Final = r"(?![ \t]BES\b)"


# An abbreviation a writer may put in capitals ('WOB', 'WOO', 'AWB' for 'Wob', 'Woo', 'Awb'): one
# word of three to five letters, capital first and lower case after. Only after an article and
# its number, like every name here; a capitals form another law owns keeps its own law.
_CAPITALISABLE: Final = re.compile(r"[A-Z][a-z]{2,4}")


_SMALL_WORDS: Final = frozenset({"de", "het", "en", "of", "op", "van", "voor", "tot", "in", "der"})


def _titled(name: str) -> str:
    """'Wet open overheid' -> 'Wet Open Overheid', 'Wet SUWI' -> 'Wet Suwi'; small words stay."""
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:].lower() for w in name.split())


@cache
def _laws() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], str]:
    """Pattern of every law name and abbreviation, and name -> (key, bwb)."""
    lookup: dict[str, tuple[str, str]] = {}
    for row in (*rows("laws.tsv"), *rows("article_laws.tsv")):
        names = variants(row)
        short = names[1] if len(names) > 1 else names[0]
        for name in names:
            lookup[name] = (short if len(short) <= 12 else row["canonical"], row.get("bwb", ""))
        caps = [n.upper() for n in names[1:] if _CAPITALISABLE.fullmatch(n)]
        for name in caps:  # urls39: 'artikel 10, lid 2, sub g WOB' names the Wob
            lookup.setdefault(name, lookup[names[1]])
    # A name of more words with every word capitalised ('de Wet Open Overheid', 'de Algemene
    # Verordening Gegevensbescherming', 'Wet Suwi', 'Wvw 1994', refs48): after an article's number
    # no other thing is meant. As names, not a case-blind pattern (throughput); one word keeps its
    # case ('WW', 'Tw' and 'TW' are different laws).
    for name in [n for n in lookup if " " in n]:
        lookup.setdefault(_titled(name), lookup[name])
    _other_cases(lookup)
    names_alt = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lookup, key=len, reverse=True)
    )
    pattern = re.compile(
        rf"(?<![^\W\d_])[Aa]rt(?:ikel|\.){_S}{_ITEM},?{_S}(?:van{_S}(?:de|het){_S})?(?P<law>{names_alt})(?![\w]){_NOT_BES}"
    )
    return pattern, lookup, names_alt


def _other_cases(lookup: dict[str, tuple[str, str]]) -> None:
    """Forms writers use beside the table's (lawnames48), each only where no other law owns it:
    an abbreviation of three to five capitals also capitalised ('artikel 67 Awr', 'artikel 74
    Suwi'), a one-word name on -wet also in lower case or capitals ('art. 40 woningwet', 'artikel
    86, tweede lid, gemeentewet'). 'de wet' alone is no name; one-word abbreviations of two
    letters keep their case ('TW', 'Tw')."""
    for name, known in list(lookup.items()):
        if _ABBREVIATION.fullmatch(name) and name not in _WORD_ABBREVIATIONS:
            lookup.setdefault(name[0] + name[1:].lower(), known)
        elif _ONE_WORD_LAW.fullmatch(name):
            lookup.setdefault(name.lower(), known)
            lookup.setdefault(name.upper(), known)


_ABBREVIATION: Final = re.compile(r"[A-Z]{3,5}")
_WORD_ABBREVIATIONS: Final = frozenset({"WEB"})  # capitalised a word of its own ('Web')
_ONE_WORD_LAW: Final = re.compile(r"[A-Z][a-z]{2,}wet")


@cache
def _folded() -> dict[str, tuple[str, str]]:
    """Every name of more words in lower case -> (key, bwb); a folded form two laws share is
    left out. After the tables' names, the register's (refs49): a form the tables hold stays
    theirs."""
    folded: dict[str, tuple[str, str]] = {}
    shared: set[str] = set()
    for name, known in _laws()[1].items():
        if " " in name:
            low = name.lower()
            if folded.setdefault(low, known) != known:
                shared.add(low)
    table = set(folded)
    for name, known in _register().items():
        low = name.lower()
        if " " in name and low not in table and folded.setdefault(low, known) != known:
            shared.add(low)
    for low in shared:
        del folded[low]
    return folded


@cache
def _register() -> dict[str, tuple[str, str]]:
    """Name -> (key, bwb) of every regulation by its citeertitel (data/register_laws.tsv, the
    BWB as statengeneraal/laws-markdown mirrors it; refs49): 'Wet op de beroepen in de
    individuele gezondheidszorg', 'Besluit langdurige zorg', 'Successiewet 1956' and its
    'Successiewet'. Read only at an article the tables' names did not read (`_loose`), so a
    common word that is some regulation's name costs nothing elsewhere."""
    by_id = {known[1]: known for known in _laws()[1].values() if known[1]}
    names: dict[str, tuple[str, str]] = {}
    for row in rows("register_laws.tsv"):
        bwb = row.get("bwb", "")
        # a law the tables hold under its id keeps their key ('Wegenverkeerswet' is 'WVW 1994')
        known = by_id.get(bwb) or (row["canonical"], bwb)
        for name in variants(row):
            names.setdefault(name, known)
    # The tables' own names with their year dropped, as the register's ('artikel 3.5 Vb',
    # 'artikel 45b Vw' in the IND's circulars, 'Wet IB'): where no other name has that form, and
    # not of a law whose name without its year is another law's ('WVO 2020': 'de WVO' is the Wet
    # op het voortgezet onderwijs of 1963 as often).
    table = _laws()[1]
    taken = {name.lower() for name in (*table, *names)}
    dated: dict[str, set[str]] = {}  # the register's titles with a year: head -> BWB ids
    for name, (_, bwb) in names.items():
        if _without_year(name) != name:
            dated.setdefault(_without_year(name), set()).add(bwb)
    heads: dict[str, set[tuple[str, str]]] = {}
    for row in (*rows("laws.tsv"), *rows("article_laws.tsv")):
        forms = variants(row)
        row_known = table.get(forms[0])
        own = {row.get("bwb", "")} if row.get("bwb") else set()
        others = [
            dated.get(_without_year(form), set()) | {names.get(_without_year(form), ("", ""))[1]}
            for form in forms
            if _without_year(form) != form
        ]
        if row_known is None or any(
            ids - own - {""} if own else len(ids - {""}) > 1 for ids in others
        ):
            continue
        for form in forms:
            head = _without_year(form)
            if head != form and head.lower() not in taken:
                heads.setdefault(head, set()).add(row_known)
    for head, knowns in heads.items():
        if len(knowns) == 1:
            names[head] = next(iter(knowns))
    return names


def _without_year(name: str) -> str:
    head, _, year = name.rpartition(" ")
    return head if head and _YEAR.fullmatch(year) else name


_YEAR: Final = re.compile(r"(?:18|19|20)\d\d")


@cache
def _single() -> dict[str, tuple[str, str]]:
    """The register's one-word names ('Tracéwet', 'Veewet', 'Vuurwerkbesluit', its abbreviations
    'BABW'), as printed, and a name on -wet also in lower case ('tracéwet'), where no table
    holds the form."""
    table = _laws()[1]
    single: dict[str, tuple[str, str]] = {}
    for name, known in _register().items():
        if " " in name or name in table:
            continue
        single.setdefault(name, known)
        if name.endswith("wet") and name.lower() not in table:
            single.setdefault(name.lower(), known)
    return single


@cache
def _first_words() -> frozenset[str]:
    return frozenset(
        (*(low.split()[0] for low in _folded()), *(name.lower() for name in _single()))
    )


# Short names a document defines for a law and then cites its articles by (docdefs49): 'de
# Wet op de omzetbelasting 1968 (hierna: Wet OB)', 'Successiewet 1956 (SW)', 'de Wet luchtvaart
# (hierna: WLv)', 'Wet op de vennootschapsbelasting 1969 (hierna Wet Vpb)', '(de Wet)', '(...
# van de Wet op belastingen van rechtsverkeer, hierna: WBR)': a name the tables or the register
# know, then in brackets (or after ', hierna:') a short name made of its letters in order and
# starting with its first ('Wet Vpb', 'BBRA 1984', 'Gnw', 'WED'; not '(hierna: verzoeker)', not
# '(Stb. 1968, 329)'). The enricher keeps each document's table (`define`, segment by segment)
# and hands it to `find`: 'artikel 12 SW' reads the Successiewet 1956 in that document only, and
# only where no table or register name is read.
Defined = dict[str, tuple[str, str]]
# Asked where words.py saw one of these (a definition's word, or a law name's word before the
# brackets: '-wet', 'Wet', '-besluit', '-regeling').
DEFINITION_CUES: Final = frozenset(
    {"hierna", "verder", "noemen", "wet", "Wet", "besluit", "Besluit", "regeling", "Regeling"}
)
_SHORT_NAME: Final = re.compile(
    rf"(?:\(|,{_S}+(?=hierna|verder))(?:(?:hierna(?:{_S}+te{_S}+noemen)?|verder):?{_S}+)?"
    rf"(?:(?:de|het){_S}+)?(?P<short>[A-ZÀ-Þ][\w.'’-]{{0,11}}(?:{_S}[\w.'’-]{{1,12}}){{0,2}})\)"
)
_NAME_REACH: Final = 120  # a law's name of ten words before its short name
_NAME_WORDS: Final = 11
_COMMON_WORD: Final = re.compile(r"[A-Z]?[a-z]+")


def define(text: str, defined: Defined) -> None:
    """Add the short names `text` defines for a law to its document's `defined`: as printed for
    one word ('WLv', 'Wet'), in lower case for more ('wet vpb': 'de Wet VpB' cites it too)."""
    if read(text).cues.isdisjoint(DEFINITION_CUES):
        return
    at = text.find("(")
    while at != -1:
        _define_at(text, at, defined)
        at = text.find("(", at + 1)
    for word in (", hierna", ", verder"):
        at = text.find(word)
        while at != -1:
            _define_at(text, at, defined)
            at = text.find(word, at + 1)


def _define_at(text: str, at: int, defined: Defined) -> None:
    m = _SHORT_NAME.match(text, at)
    if m is None:
        return
    end = at
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    last = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("\u00a0", 0, end))
    if text[last + 1 : end].lstrip(_OPENERS).lower() not in _name_last_words():
        return  # no name ends here: not looked up
    law = _law_ending(text, end)
    short = m.group("short").rstrip(".")
    if law is None or not _abbreviates(short, law[0]):
        return
    known = _laws()[1].get(short)
    if known is not None and known[1] != law[1][1]:
        return  # another law's name in the tables: theirs
    defined[short if " " not in short else short.lower()] = law[1]


def _law_ending(text: str, end: int) -> tuple[str, tuple[str, str]] | None:
    """The longest name of the tables or the register (ten words at most) that ends at `end` on
    its line: (name as printed, (key, bwb)). Built word by word from the end."""
    line_start = text.rfind("\n", 0, end) + 1
    # typed: findall's list[Any] under reversed() is an internal error of mypyc 1.x
    words: list[str] = _WORDS.findall(text, max(line_start, end - _NAME_REACH), end)[-_NAME_WORDS:]
    if len(words) == _NAME_WORDS or (words and end - _NAME_REACH > line_start):
        words = words[1:]  # the reach may have cut the first word
    lookup, folded, single = _laws()[1], _folded(), _single()
    found: tuple[str, tuple[str, str]] | None = None
    name = ""
    for k, word in enumerate(reversed(words)):
        name = word if not k else f"{word} {name}"
        printed = name.lstrip(_OPENERS)
        known = lookup.get(printed) or (folded.get(printed.lower()) if k else single.get(printed))
        if known is not None:
            found = (printed, known)
        if printed != name:
            break  # an opening bracket or quote starts the name
    return found


@cache
def _name_last_words() -> frozenset[str]:
    """The last word of every name `_law_ending` may find, in lower case."""
    names = (*_laws()[1], *_folded(), *_single())
    return frozenset(name.rsplit(" ", 1)[-1].lower() for name in names)


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is made of `name`'s letters in order, starting with its first."""
    letters = [ch for ch in short.lower() if ch.isalnum()]
    full = name.lower()
    if not letters or short.lower() == full or letters[0] != full[:1]:
        return False
    at = 0
    for ch in letters:
        at = full.find(ch, at)
        if at == -1:
            return False
        at += 1
    return True


def _defined_at(
    text: str, m: re.Match[str], defined: Defined
) -> tuple[tuple[str, str], int] | None:
    """The longest short name of `defined` (up to three words) that `m`'s law group starts
    with: ((key, bwb), end). A year after it must be its law's ('de Wet Vpb 1969'); a common
    word defined ('de Wet') is not read where a name goes on ('de Wet op de ...', 'Wet Vpb')."""
    words = list(_LOOSE_WORD.finditer(text, m.start("law"), m.end()))[:3]
    for k in range(len(words), 0, -1):
        last = words[k - 1]
        end = last.end()
        while end > last.start() and text[end - 1] in _TRAILING:
            end -= 1
        if end == last.start() or (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            continue
        if any(w.group()[-1] in _TRAILING for w in words[: k - 1]):
            continue  # 'Wet, en': no name goes over a comma
        name = " ".join([*(w.group() for w in words[: k - 1]), text[last.start() : end]])
        known = defined.get(name.lower() if k > 1 else name)
        if known is None:
            continue
        if k == 1 and _COMMON_WORD.fullmatch(name) and _name_goes_on(text, end, name):
            continue
        dated = _DATED.match(text, end)
        if dated is not None:
            if dated.group().strip() in known[0]:
                return known, dated.end()
            continue
        return known, end
    return None


def _name_goes_on(text: str, end: int, name: str) -> bool:
    nxt = _LOOSE_WORD.match(text, end + 1) if text[end : end + 1] in (" ", "\u00a0") else None
    if nxt is None:
        return False
    word = nxt.group().rstrip(_TRAILING)
    return word[:1].isupper() or word.lower() in _second_words().get(name.lower(), ())


@cache
def _second_words() -> dict[str, frozenset[str]]:
    """Per first word of a name of more words ('wet'), the second words names have ('op')."""
    seconds: dict[str, set[str]] = {}
    for low in _folded():
        first, _, rest = low.partition(" ")
        seconds.setdefault(first, set()).add(rest.split(" ", 1)[0])
    return {first: frozenset(words) for first, words in seconds.items()}


# A name of more words in a case the table does not hold ('de Algemene Wet bestuursrecht', 'wet
# SUWI', 'de wet Structuur uitvoeringsorganisatie werk en inkomen', 'WET OPEN OVERHEID'): read
# only at an article the table's names did not read, where its words, case aside, are all a
# name's (looked up, not searched: a case-blind pattern of every name is slow, refs48).
# ('van Wet vervoer gevaarlijke stoffen': 'van' without its article, refs49)
_VAN: Final = rf"(?:van{_S}(?:(?:de|het){_S})?)?"
_LAW_WORDS: Final = r"(?P<law>[^\W\d_]+(?:[ \t\u00a0]*\r?\n?[ \t\u00a0]*[^\s]+){0,9})"
_LOOSE: Final = re.compile(rf"(?<![^\W\d_])[Aa]rt(?:ikel|\.){_S}{_ITEM},?{_S}{_VAN}{_LAW_WORDS}")
_LOOSE_WORD: Final = re.compile(r"\S+")
_TRAILING: Final = ",.;:)]'\"\u2019\u201d"


def _loose(
    text: str, at: int, lookup: dict[str, tuple[str, str]], defined: Defined | None = None
) -> Iterator[Hit]:
    m = _LOOSE.match(text, at)
    if m is None:
        return
    named = _name_at(text, m, defined)
    if named is not None:
        yield from _hits(m, m, lookup, known=named[0], end=named[1])


def _name_at(
    text: str, m: re.Match[str], defined: Defined | None = None
) -> tuple[tuple[str, str], int] | None:
    """The longest name of the folded tables and the register that `m`'s law group starts
    with, ending at a word's end: ((key, bwb), end); else a short name the document defined
    (`defined`, docdefs49)."""
    law_start = m.start("law")
    first = _LOOSE_WORD.match(text, law_start)
    if first is None:
        return None
    if first.group().rstrip(_TRAILING).lower() not in _first_words():
        return _defined_at(text, m, defined) if defined else None
    words = list(_LOOSE_WORD.finditer(text, law_start, m.end()))
    folded = _folded()
    for k in range(len(words), 0, -1):
        last = words[k - 1]
        end = last.end()
        while end > last.start() and text[end - 1] in _TRAILING:
            end -= 1
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        if k == 1:  # one word: the register's, in its own case (refs49)
            known = _single().get(text[last.start() : end])
        else:
            head = " ".join(w.group() for w in words[: k - 1])
            known = folded.get(f"{head} {text[last.start() : end]}".lower())
        if known is not None and not _DATED.match(text, end):
            return known, end
    return _defined_at(text, m, defined) if defined else None


# A name the year after it makes another law's: 'de Politiewet 1993' is not the Politiewet 2012
# that 'de Politiewet' names (refs49).
_DATED: Final = re.compile(r"[ \t\u00a0]+(?:18|19|20)\d\d(?!\d)")


def _other_case_names(
    text: str,
    anchors: list[re.Match[str]],
    spans: list[tuple[int, int]],
    read_at: list[int],
    lookup: dict[str, tuple[str, str]],
    defined: Defined | None = None,
) -> Iterator[Hit]:
    """`_loose` at every anchor no read article holds; what it reads goes to `read_at`."""
    i = 0
    for anchor in anchors:
        while i < len(spans) and spans[i][1] <= anchor.start():
            i += 1
        at = anchor.start() - 1
        if (i < len(spans) and spans[i][0] <= anchor.start()) or at < 0 or text[at] not in "Aa":
            continue
        if at > 0 and text[at - 1].isalpha():  # 'start.', 'part.': no article
            continue
        hits = list(_loose(text, at, lookup, defined))
        if hits:
            read_at.append(at)
            yield from hits


def find(text: str, defined: Defined | None = None) -> Iterator[Hit]:
    """The articles of law in `text`; `defined`: the short names its document defined before
    (`definitions`), read where no table or register name is."""
    pattern, lookup, _ = _laws()
    anchors = list(_ARTICLE.finditer(text))
    firsts = _law_first_candidates(text, anchors)  # nearly always none
    read_at: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in near(pattern, anchors, text, before=1, after=_ARTICLE_REACH):
        spans.append((m.start(), m.end()))
        yield from _hits(m, m, lookup)
    if len(spans) < len(anchors):  # an article the table's names did not read
        yield from _other_case_names(text, anchors, spans, read_at, lookup, defined)
    read_at.extend(start for start, _ in spans)
    if firsts:
        yield from _law_first(text, firsts, read_at, lookup)
    if "rtikel" not in text and "rt." not in text:
        return
    lists = list(_LIST_ANCHOR.finditer(text))  # only where 'artikel(en)' or 'art.' stands
    for listed in near(_listed(), lists, text, before=1, after=_ARTICLE_REACH):
        spans.append((listed.start(), listed.end()))
        yield from _list_hits(listed, lookup)
    if lists:
        yield from _other_lists(text, lists, spans, lookup, defined)


def _list_hits(
    listed: re.Match[str],
    lookup: dict[str, tuple[str, str]],
    known: tuple[str, str] | None = None,
    end: int | None = None,
) -> Iterator[Hit]:
    """The citations of a list of articles `listed` ('de artikelen 45a, 45b, 45d Vw'), each of its
    law (`known` and `end` when the law was looked up, not read by the table's pattern)."""
    items = listed.group("items")
    pos, after_lid, shape = 0, False, _shape(items)
    while (item := _ONE_ITEM.match(items, pos)) is not None:
        if _shape(item.group("nr")) != shape:
            break  # 'artikel 4:2, 2, Awb' (an OCR'd 'lid' moved away): no list of articles
        # 'artikel 16 lid 2 en 3': lid 3 or article 3, no reading is sure (_LID)
        if not (after_lid and _BARE.fullmatch(item.group())):
            yield from _hits(item, listed, lookup, known=known, end=end)
        sep = _SEP.match(items, item.end())
        if sep is None:
            break
        after_lid = item.group("lid") is not None and _BARE_AND.fullmatch(sep.group()) is not None
        pos = sep.end()


# A list of articles whose law the table's pattern does not hold (refs49): 'de artikelen 3.124,
# 3.125 en 3.126 Vb', 'de artikelen 29, 30, 30a Vw', 'artikel 126v of 126zt Wetboek van
# Strafvordering' in another case; the law looked up as `_loose` does.
_LOOSE_LIST: Final = re.compile(
    rf"(?<![^\W\d_])(?:[Aa]rtikel(?:en)?|[Aa]rt\.){_S}"
    rf"(?P<items>{_ITEM_BARE}(?:{_ITEMS_SEP}{_ITEM_BARE})+),?{_S}{_VAN}{_LAW_WORDS}"
)


def _other_lists(
    text: str,
    lists: list[re.Match[str]],
    spans: list[tuple[int, int]],
    lookup: dict[str, tuple[str, str]],
    defined: Defined | None = None,
) -> Iterator[Hit]:
    """`_LOOSE_LIST` at every list anchor no reading holds."""
    for anchor in lists:
        at = anchor.start() - 1
        if at < 0 or text[at] not in "Aa" or (at > 0 and text[at - 1].isalpha()):
            continue
        if any(start <= at < stop for start, stop in spans):
            continue
        m = _LOOSE_LIST.match(text, at)
        if m is None:
            continue
        named = _name_at(text, m, defined)
        if named is not None:
            spans.append((m.start(), named[1]))
            yield from _list_hits(m, lookup, known=named[0], end=named[1])


def _shape(nr: str) -> str:
    """How an article's number is built: a book's colon ('7:669'), a chapter's dot ('5.1') or
    neither; the articles of one list are numbered alike."""
    head = _NR_HEAD.match(nr)
    number = head.group() if head else nr
    return ":" if ":" in number else "." if "." in number else ""


_NR_HEAD: Final = re.compile(_NUMBER)


def _hits(
    m: re.Match[str],
    whole: re.Match[str],
    lookup: dict[str, tuple[str, str]],
    law_first: tuple[str, int] | None = None,
    *,
    known: tuple[str, str] | None = None,
    end: int | None = None,
) -> Iterator[Hit]:
    """The citations of one article `m` (in a list, an item of `whole`) of `whole`'s law, each
    spanning `whole`; `law_first`: the law's name and start before the article `m` = `whole`;
    `known`: the law's (key, bwb) when not looked up by its name, `end` the citation's end then."""
    law = re.sub(r"\s+", " ", law_first[0] if law_first else whole.group("law"))
    start = law_first[1] if law_first else whole.start()
    key, bwb = known or lookup[law]
    nr = m.group("nr").replace(" ", "")
    lids: list[str | None] = (
        _DIGITS.findall(m.group("leden"))
        if m.group("leden")
        else [m.group("lid"), *_DIGITS.findall(m.group("lids") or "")]
        if m.group("lid")
        else _ordinal_lids(m.group("ord"), m.group("ords"))
    )
    # 'onder e en i': one citation of each letter, over the same span
    letters = [m.group("onder"), *_LETTER.findall(m.group("more") or "")]
    article = nr
    if key == "BW" and ":" in nr:  # 'artikel 3:40 BW' lives in Boek 3 as artikel 40
        book, article = nr.split(":", 1)
        bwb = _BW_BOOKS.get(book, "")
    for lid in lids:
        url = None
        if bwb:
            url = f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={article}"
            if lid:
                url += f"&lid={lid}"
        # the letters are the last lid's ('leden 1 en 2, onder a' is lid 2's a)
        for onder in letters if lid == lids[-1] else [None]:
            normalized = (
                f"{key} art. {nr}"
                + (f" lid {lid}" if lid else "")
                + (f" onder {onder}" if onder else "")
            )
            yield Hit("law_article", start, whole.end() if end is None else end, normalized, url)


_LETTER: Final = re.compile(r"(?<![\w])[a-z](?![\w])")
_ORD_WORD: Final = re.compile(rf"{_ORDINAL}|tot")


def _ordinal_lids(first: str | None, more: str | None) -> list[str | None]:
    """'tweede' -> ['2']; 'tweede', ' en vierde' -> ['2', '4']; 'tweede', ' tot en met vierde'
    -> ['2', '3', '4'] (lids are numbered one by one)."""
    if first is None:
        return [None]
    lids = [_ORDINALS.index(first) + 1]
    through = False
    for word in _ORD_WORD.findall(more or ""):
        if word == "tot":
            through = True
            continue
        n = _ORDINALS.index(word) + 1
        lids.extend(range(lids[-1] + 1, n + 1) if through and n > lids[-1] else [n])
        through = False
    return [str(n) for n in lids]


# The law before its article, as requests, council motions and work instructions write it: 'de
# Gemeentewet artikel 89, lid 1', 'EVRM art. 10', 'Werkloosheidswet art. 24' (refs48). Only a
# name of the table's ending in the word just before 'artikel'/'art.', and only where that
# article has no law after it (then it is the law's: 'de Awb artikel 7:1 van de Woo' reads as
# usual). On one line (a quoted law's 'Wet open overheid' over its 'Artikel 5.1' heading is a
# heading), and not where an article stands just before the name: in 'artikel 19 lid 2 ZW artikel
# 29a' the ZW is the first article's.
_FIRST_REACH: Final = 90  # a law's name before its article (the longest names but a few)
_NO_ARTICLE_BEFORE: Final = 40
_WORD_BEFORE: Final = re.compile(rf"([^\W\d_]+){_S}\Z")
_WORDS: Final = re.compile(r"\S+")
_OPENERS: Final = "([\"'\u2018\u201c"
_ARTICLE_ITEM: Final = re.compile(rf"[Aa]rt(?:ikel|\.){_S}{_ITEM}")


@cache
def _last_words() -> frozenset[str]:
    return frozenset(name.split()[-1] for name in _laws()[1])


def _law_first_candidates(
    text: str, anchors: list[re.Match[str]]
) -> list[tuple[re.Match[str], int]]:
    """The anchors a law's last word stands just before (a blank between), each with the end of
    the anchor before it."""
    last_words = _last_words()
    found: list[tuple[re.Match[str], int]] = []
    previous_end = -_NO_ARTICLE_BEFORE - 1
    for anchor in anchors:
        start = anchor.start() - 1  # the 'a' of 'artikel'
        if start > 1 and text[start - 1] in " \t\u00a0" and text[start - 2].isalpha():
            word = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if word is not None and word.group(1) in last_words:
                found.append((anchor, previous_end))
        previous_end = anchor.end()
    return found


def _law_before(text: str, end: int, lookup: dict[str, tuple[str, str]]) -> tuple[str, int] | None:
    """The longest name of the table that ends at `end`, on its line: (name, start). Looked up
    word by word, not searched: a search of every name over the line is costly (throughput)."""
    line_start = text.rfind("\n", 0, end) + 1
    words = list(_WORDS.finditer(text, max(line_start, end - _FIRST_REACH), end))
    for k in range(len(words), 0, -1):
        first = words[-k]
        begin = first.start()
        while begin < end and text[begin] in _OPENERS:
            begin += 1
        name = " ".join(w.group() for w in words[-k:])[begin - first.start() :]
        if name in lookup:
            if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
                continue
            return name, begin
    return None


def _law_first(
    text: str,
    firsts: list[tuple[re.Match[str], int]],
    read_at: list[int],
    lookup: dict[str, tuple[str, str]],
) -> Iterator[Hit]:
    for anchor, previous_end in firsts:
        start = anchor.start() - 1
        if start in read_at:
            continue
        blank = start
        while blank > 0 and text[blank - 1] in " \t\u00a0":
            blank -= 1
        law = _law_before(text, blank, lookup)
        m = _ARTICLE_ITEM.match(text, start)
        if law is None or m is None:
            continue
        # 'Woo art. 4.1.5' (a lid written as the number's third part): not sure
        if law[1] - previous_end > _NO_ARTICLE_BEFORE and m.group("nr").count(".") < 2:
            yield from _hits(m, m, lookup, law)
