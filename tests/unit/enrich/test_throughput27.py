"""Issue #12, round 27: where the clock goes that instruction counts do not show.

The automata's keys are added with the text's frequent characters first (pyahocorasick scans a
node's children in the order they were added): the matches, and the order they come in, must be
the ones the insertion order gave. The running-line test makes a line's key only where a running
line begins with the line's first word: it must answer as the key made for every line did.
words.py's `Words` is a plain class (a frozen dataclass's `__init__` ran as Python): the fields are
the ones given."""

from __future__ import annotations

import random

import ahocorasick

from services.enrich import words
from services.enrich.entities import false_friends, gazetteer
from services.enrich.entities import people as listed_people
from tests.unit.enrich.test_throughput24 import _texts

_PIECES = [
    " ", "  ", "\u00a0", "\n", "\t", "e", "en", "IJ", "ij", "\u0663", "\uff11", "7", "2022", ";",
    ".", ",", "-", "\u2013", "(", ")", "\u2019", "a", "E", "X", "de ", "het ", "Jansen", "ë", "é",
    "Kamer", "amer", "Tweede", "organisatie", "organisaties", "nr", "no", "20", "\U0001d7d8",
]  # fmt: skip


def _automaton(keys: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, key)
    auto.make_automaton()
    return auto


def _hits(auto: ahocorasick.Automaton, text: str) -> list[tuple[int, object]]:
    return list(auto.iter(text))


def test_keys_by_frequency_are_the_same_keys_each_once() -> None:
    keys = ["en", "de", "e", "Xy", "\u00eb", "\U0001d7d8", "zz", " ", "a b", ""]
    ordered = words.by_frequency(keys)
    assert sorted(ordered) == sorted(keys)
    assert ordered.index(" ") < ordered.index("e") < ordered.index("zz")


def test_an_automaton_finds_the_same_in_any_insertion_order() -> None:
    rnd = random.Random(27)
    for round_ in range(300):
        keys = list(dict.fromkeys(_texts(_PIECES, rnd.randint(1, 30), round_, most=3)))
        keys = [k for k in keys if k]
        if not keys:
            continue
        old, new = _automaton(keys), _automaton(words.by_frequency(keys))
        for text in _texts(_PIECES, 40, 1000 + round_, most=14):
            assert _hits(new, text) == _hits(old, text), (keys, text)


def test_the_words_pass_finds_as_its_keys_in_table_order() -> None:
    finders: dict[str, int] = {}
    for bit, keys in words._tables():
        for key in keys:
            finders[key] = finders.get(key, 0) | bit
    old = ahocorasick.Automaton()
    for key, bits in finders.items():
        old.add_word(key, (key, bits))
    old.make_automaton()
    pieces = [*finders, *_PIECES]
    for text in _texts(pieces, 3000, 3, most=10):
        assert list(words._automaton().iter(text)) == list(old.iter(text)), text


def test_the_gazetteer_automata_find_as_in_their_old_order() -> None:
    rebuilt = ahocorasick.Automaton()
    for key, value in gazetteer.automaton().items():
        rebuilt.add_word(key, value)
    rebuilt.make_automaton()
    pairs: dict[str, list[object]] = {}
    for key, value in gazetteer.automaton().items():
        pairs[key] = [value, None]
    for key, value in listed_people.automaton().items():
        pairs.setdefault(key, [None, None])[1] = value
    joined = ahocorasick.Automaton()
    for key, (ours, theirs) in pairs.items():
        joined.add_word(key, (ours, theirs))
    joined.make_automaton()
    rnd = random.Random(5)
    names = rnd.sample(sorted(pairs), 400)
    pieces = [*names, *[n[: len(n) // 2] for n in names], *[n.lower() for n in names[:50]]]
    for text in _texts([*pieces, *_PIECES], 2000, 7, most=8):
        flat = gazetteer._flatten(text)[0]
        assert _hits(gazetteer.automaton(), flat) == _hits(rebuilt, flat), text
        new = gazetteer._joined(listed_people.automaton())
        assert _hits(new, flat) == _hits(joined, flat), text


def test_a_running_line_is_found_as_the_key_of_every_line_found_it() -> None:
    def old(text: str, start: int, end: int, lines: frozenset[str]) -> bool:
        if not lines:
            return False
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        line = text[first : last if last != -1 else len(text)]
        return false_friends._line_key(line) in lines

    pieces = [
        "Tweede", "Kamer", ",", " ", "  ", "\t", "\u00a0", "\n", "2023", "\u0663", "12", "-",
        "vergaderjaar", "Aanhangsel", "Pagina", "van", "\u2013", "#", "a",
    ]  # fmt: skip
    rnd = random.Random(11)
    texts = _texts(pieces, 2500, 13, most=12)
    for n, text in enumerate(texts):
        # running lines made the way running_lines makes them, from other texts and this one
        source = [*rnd.sample(texts, 3), text] if n % 2 else rnd.sample(texts, 4)
        keys = {false_friends._line_key(line) for t in source for line in t.split("\n")}
        keys |= {k[: len(k) // 2] for k in list(keys)[:3]}
        lines = frozenset(k for k in keys if k) if n % 7 else frozenset()
        for start in range(len(text)):
            end = min(len(text), start + rnd.randint(1, 6))
            got = false_friends.in_running_line(text, start, end, lines)
            assert got == old(text, start, end, lines), (text, start, end, lines)


def test_words_holds_the_fields_given() -> None:
    read = words.Words(((3, "abc"),), (), ((5, "x"),), (), ((1, "nl"),), frozenset({"nr"}))
    assert read.kinds == ((3, "abc"),)
    assert read.kind_lists == ()
    assert read.companies == ((5, "x"),)
    assert read.title_stems == ()
    assert read.org_cues == ((1, "nl"),)
    assert read.cues == frozenset({"nr"})
