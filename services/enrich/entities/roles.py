"""Persons named after a plural title or after a title with its place.

- 'de activisten Jhed Tamano en Jonila Castro', 'de journalisten X, Y en Z': every name in the list
  after a plural title that only persons bear.
- 'de speciale gezant voor Jemen Hans Grundberg', 'burgemeester van Rijswijk Huri Sahin': a title,
  'van'/'voor' and a known place, then a name in full (given name and surname). A portfolio
  ('minister van Financiën') is no place, so 'minister van Buitenlandse Zaken Blok' is left alone:
  where its name begins cannot be read from the words.
- 'de Europese Commissaris voor Gezondheid Vytenis Andriukaitis': an EU commissioner's portfolio
  of one word after 'voor', then the name (one or two words) and no further capitalised word;
  a portfolio of more words leaves the name's start unknown ('voor Interne Markt Thierry Breton').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.titled import _FIELDS, _MEMBER, _TITLE_GAP, _WORD, _person
from services.enrich.scan import Guarded
from services.enrich.words import read

_PLURALS: Final = (
    "activisten", "journalisten", "onderzoekers", "hoogleraren", "wetenschappers", "burgemeesters",
    "wethouders", "ambassadeurs", "gezanten", "rapporteurs", "advocaten",
    # the elected by their house, as provincial and council papers name two of them ('de
    # gedeputeerden Spierings en Van den Hout', 'de raadsleden De Mos en Sluijs'; names44)
    "gedeputeerden", "raadsleden", "statenleden",
)  # fmt: skip
# In a list a line may break inside a name ('Jonila\nCastro en'), when the name ends the list
# or an item.
_NAME: Final = rf"{_MEMBER}(?:\r?\n{_WORD}(?=\s*(?:,|en\s|\(|$)))?"
# Each maybe with its party or country in brackets: 'de rapporteurs Hübner (EPP/POL) en Leinen
# (S&D/DUI)' (letters65).
_ITEM: Final = rf"{_NAME}(?:[ \t\u00a0]*\([^()\n]{{1,30}}\))?"
_BRACKETED: Final = re.compile(r"\([^()]*\)")
# Also closing a compound that names their body: 'RTL-journalisten Marcia Nieuwenhuis en X'.
_LIST: Final = Guarded(
    r"(?<![\w-])|(?<=[^\W\d_]-)",
    # a space or one line break after the title: a blank line ends its paragraph ('... van
    # hoogleraren\n\nIndiendatum: ...', a heading and a label under it)
    rf"(?:{'|'.join(_PLURALS)}){_TITLE_GAP}(?P<list>{_ITEM}(?:\s*(?:,|en)\s*{_ITEM})*)",
)
# ... or in brackets after the plural, the bracket holding only them: '2 wethouders (Strik en
# Cnossen), de burgemeester en 9 raadsleden' (names45, a local party's blog).
_IN_BRACKETS: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:{'|'.join(_PLURALS)})[ \t\u00a0]*\((?P<list>{_NAME}(?:\s*(?:,|en)\s*{_NAME})*)\)",
)
# A plural title alone on its line is a list's value ('Onderwerpen ...\nburgemeesters\n
# Kamerstukken Reparatiewet ...': a toezegging's subjects, then the next label).
_ALONE_ON_LINE: Final = re.compile(r"(?:^|\n)[ \t\u00a0]*\Z")
_ONE: Final = re.compile(_NAME, re.MULTILINE)
_PLACED: Final = Guarded(
    r"(?<![\w-])",
    r"(?:gezant|burgemeester|ambassadeur|gouverneur|commissaris\s+van\s+de\s+Koning|rapporteur)"
    rf"\s+(?:van|voor|in)\s+(?P<place>{_WORD})\s+(?P<name>{_WORD}\s+{_WORD})(?![\w-])",
)

_SPACE: Final = r"[ \t\u00a0]+"
_COMMISSIONER: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:[Ee]urocommissaris|EU-commissaris|Europese{_SPACE}[Cc]ommissaris){_SPACE}voor{_SPACE}"
    rf"{_WORD}{_SPACE}(?P<name>{_WORD}(?:{_SPACE}{_WORD})?)(?![\w-])(?!{_SPACE}[A-ZÀ-Þ])",
)


_PLACED_STEMS: Final = ("gezant", "urgemeester", "mbassadeur", "ouverneur", "apporteur")
# The words find's gates ask for, from words.py's one pass over the text (issue #12).
GATES: Final = frozenset((*_PLURALS, *_PLACED_STEMS, "ommissaris voor"))


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_PLURALS_SET: Final = frozenset(_PLURALS)
_PLACED_STEMS_SET: Final = frozenset(_PLACED_STEMS)


def find(text: str) -> Iterator[Match]:
    cues = read(text).cues  # the text the enricher read (never a slice of it)
    if not cues.isdisjoint(_PLURALS_SET):
        for m in (*_LIST.finditer(text), *_IN_BRACKETS.finditer(text)):
            if m.group("list")[:1].islower():
                continue  # 'de burgemeesters van Tilburg', 'journalisten van De Correspondent'
            if "\n" in text[m.start() : m.start("list")] and _ALONE_ON_LINE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue
            base = m.start("list")
            outside = _BRACKETED.sub(lambda b: " " * len(b.group()), m.group("list"))
            for one in _ONE.finditer(outside):
                if one.group().lower() in _FIELDS:
                    continue  # 'wethouders Zorg en Wonen': their portfolios, as 'wethouder Zorg'
                if found := _person(text, base + one.start(), base + one.end()):
                    yield found
    if not cues.isdisjoint(_PLACED_STEMS_SET):
        for m in _PLACED.finditer(text):
            place = automaton().get(m.group("place"), None)
            if place is None or place[1].type != "location":
                continue
            if found := _person(text, m.start("name"), m.end("name")):
                yield found
    if "ommissaris voor" in cues:  # (speed50)
        for m in _COMMISSIONER.finditer(text):
            if found := _person(text, m.start("name"), m.end("name")):
                yield found
