"""A news outlet named by the item it published: 'het bericht van RTLZ dat ...', 'het nieuwsartikel
van Ongehoord', 'zoals geopenbaard door Ongehoord', 'het artikel ... in Pensioen Pro van 9
september 2025'.

Kamervragen open with the news that prompted them, and the outlets the lists hold are only the
large ones. The word for a news item says that the name after it is a publisher. A person may
stand there too ('het artikel van Jan Jansen'), so the name is one word (two only before the
item's date), not followed by another capitalised word, and nothing else may claim it.

A title that is also a Dutch word ('Trouw', 'Metro': media.tsv marks it) opens sentences as that
word does ('Trouw aan de afspraken is ...', 'Metro en tram rijden niet'): at a sentence's start
it names the title only before a verb of reporting ('Trouw meldt', 'Metro schreef') or a comma,
colon or bracket ('Trouw, 3 mei 2024' in a note). Elsewhere its capital says it is the title.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows, variants
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.hits import MONTHS
from services.enrich.words import read

# The words for a news item or its publishing, each with the prepositions that name the outlet.
_TRIGGERS: Final = (
    ("bericht ", ("van", "in", "op")),
    ("nieuwsartikel ", ("van", "in", "op")),
    ("berichtgeving ", ("van", "in", "op")),
    ("geopenbaard ", ("door",)),
    ("onthuld ", ("door",)),
)
_S: Final = r"[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?"
_WORD: Final = r"[A-Z][\w&'’]*(?:\.[a-z]{2,3})?"  # 'RTLZ', 'Ongehoord', 'NU.nl'
_MONTH: Final = f"(?:{MONTHS})"
_ONE: Final = re.compile(rf"(?P<name>{_WORD})(?![\w\-&])(?!{_S}[A-Z])")
# Two words only with the item's date after them: 'in Pensioen Pro van 9 september 2025'.
_TWO: Final = re.compile(rf"(?P<name>{_WORD}{_S}{_WORD})(?={_S}van{_S}\d{{1,2}}{_S}{_MONTH})")
_VAN_DATE: Final = re.compile(rf"van{_S}\d{{1,2}}{_S}{_MONTH}")
_IN_NAME: Final = re.compile(rf"(?<![\w-])in{_S}(?P<name>{_WORD}(?:{_S}{_WORD})?){_S}$")
_ITEM_WORDS: Final = ("rtikel", "ericht", "olumn", "nterview", "piniestuk")
GATES: Final = frozenset(_ITEM_WORDS)  # words.py's cues (issue #12)
# The words one of which `_after_items` needs (each trigger holds one).
_AFTER_ITEM_GATES: Final = ("ericht", "rtikel", "nthuld", "openbaard")
# `find`'s whole gate: `_dated`'s and `_after_items`' words (cue43: words.ASK_OUTLETS).
FIND_GATES: Final = GATES | frozenset(_AFTER_ITEM_GATES)
_ITEM_BEFORE: Final = re.compile(r"(?:artikel|bericht|column|interview|opiniestuk)", re.IGNORECASE)
_ITEM_REACH: Final = 200
# A sentence's end, not an initial's full stop ('het artikel van A. Laning in ...').
_LAST_SENTENCE: Final = re.compile(r"[?!;]|(?<![\s.][A-Z])\.\s")
_SENTENCE_WORDS_TEXT: Final = (
    "De Het Een Dit Dat Deze Die Zij Hij Wij Ik U Uw Hun Haar Zijn Nederland Minister "
    "Staatssecretaris Kamer Kabinet Regering"
)
_SENTENCE_WORDS: Final = frozenset(_SENTENCE_WORDS_TEXT.split())


def _a_name(name: str) -> bool:
    return (
        len(name) >= 3
        and name.split()[0] not in _SENTENCE_WORDS
        and automaton().get(name, None) is None
    )


_SPACE: Final = re.compile(_S)


def _named(text: str, pos: int, preps: tuple[str, ...]) -> re.Match[str] | None:
    for prep in preps:
        if text.startswith(prep, pos):
            at = _SPACE.match(text, pos + len(prep))
            if at is None:
                return None
            return _TWO.match(text, at.end()) or _ONE.match(text, at.end())
    return None


def _after_items(text: str) -> list[re.Match[str]]:
    if all(word not in text for word in _AFTER_ITEM_GATES):
        return []
    out = []
    for word, preps in _TRIGGERS:
        at = text.find(word)
        while at != -1:
            m = _named(text, at + len(word), preps)
            if m is not None:
                out.append(m)
            at = text.find(word, at + 1)
    return out


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_ITEM_WORDS_SET: Final = frozenset(_ITEM_WORDS)


def _dated(text: str) -> list[re.Match[str]]:
    """'in X van 9 september' with a news item named before it in the same stretch: found from
    the date back (a date after 'van' is rare; 'in' is everywhere)."""
    if read(text).cues.isdisjoint(_ITEM_WORDS_SET):  # find's text, never a slice of it
        return []
    out = []
    for date in _VAN_DATE.finditer(text):
        m = _IN_NAME.search(text, max(0, date.start() - 60), date.start())
        if m is None:
            continue
        stretch = text[max(0, m.start() - _ITEM_REACH) : m.start()]
        if _ITEM_BEFORE.search(_LAST_SENTENCE.split(stretch)[-1]):
            out.append(m)
    return out


def find(text: str, found: list[Match]) -> list[Match]:
    out: list[Match] = []
    for m in [*_after_items(text), *_dated(text)]:
        start, end = m.span("name")
        name = " ".join(m.group("name").split())
        if not _a_name(name) or any(start < f.end and f.start < end for f in found):
            continue
        out.append(Match("organization", start, end, name))
    unique = {(m.start, m.end): m for m in out}
    return sorted(unique.values(), key=lambda m: m.start)


@cache
def word_titles() -> dict[str, frozenset[str]]:
    """The canonical name of each title media.tsv marks as a Dutch word, with its one-word
    printed forms."""
    out: dict[str, frozenset[str]] = {}
    for row in rows("media.tsv"):
        if row.get("word") == "w":
            forms = {f for f in variants(row) if " " not in f}
            out[row["canonical"]] = out.get(row["canonical"], frozenset()) | forms
    return out


# Verbs of reporting after a title at a sentence's start: 'Trouw meldt', 'Metro schreef'.
_REPORTS: Final = re.compile(
    r"[ \t\u00a0]+(?:meld(?:t|de|den)|schr(?:ijft|eef|even)|bericht(?:te|ten)?|onthul(?:t|de)|"
    r"publiceer(?:t|de)|kop(?:t|te)|citeer(?:t|de)|(?:her)?vond|ontdekte|sprak|vroeg|zegt|zei|"
    r"stel(?:t|de)|concludeer(?:t|de))(?![\w-])"
)
_AS_TITLE_AFTER: Final = frozenset(",:;)»”'\"")
_SENTENCE_END: Final = frozenset(".!?\n")


def _opens_a_sentence(text: str, start: int) -> bool:
    at = start
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_END


def without_words(text: str, found: list[Match]) -> list[Match]:
    """Drops a word-title at a sentence's start read as the word ('Trouw aan de afspraken')."""
    titles = word_titles()
    return [m for m in found if not (m.canonical in titles and _the_word(text, m, titles))]


def _the_word(text: str, m: Match, titles: dict[str, frozenset[str]]) -> bool:
    if m.type != "organization" or text[m.start : m.end] not in titles[m.canonical]:
        return False
    if not _opens_a_sentence(text, m.start):
        return False
    if m.end >= len(text) or text[m.end] in _AS_TITLE_AFTER:
        return False
    return _REPORTS.match(text, m.end) is None
