"""Round 48 (bench/segment/speed23.md): two counts without a `Counter`.

- `language.language` counts the function words in one loop over the words and two sets (the
  two languages share none), not a `Counter` of every word: the same counts and verdict.
- `columns.repeated_texts` keeps each text's first page and takes a text met on another page,
  not a `Counter` of each page's set of texts: the same set, on random pages of random texts.
"""

from __future__ import annotations

import random
from collections import Counter

from services.segment.families.language import _EN, _NL, language, words
from services.segment.layout.columns import _key, repeated_texts
from services.segment.layout.gutters import Piece


def _counted(text: str) -> tuple[str, str]:
    """`language` as it was before round 48: a `Counter` of every word."""
    counts = Counter(words(text[:30000]))
    nl = sum(counts[word.encode()] for word in sorted(_NL) if word.encode() in counts)
    en = sum(counts[word.encode()] for word in sorted(_EN) if word.encode() in counts)
    kind = "en" if en > 1.5 * nl and en >= 5 else "nl"
    return kind, f"function words: {nl} Dutch, {en} English"


def test_language_counts_as_the_counter_did() -> None:
    assert not _NL & _EN  # a word in both would be counted once, in Dutch
    rng = random.Random(48)
    vocab = [*_NL, *_EN, "beleid", "minister", "DE", "The", "HET", "x", "thé", "dé", "İt", "of1"]
    separators = [" ", "\n", ", ", "-", "\u00a0", "é", ""]
    verdicts = set()
    for _ in range(500):
        text = "".join(rng.choice(vocab) + rng.choice(separators) for _ in range(rng.randrange(300)))
        if rng.random() < 0.1:
            text = "the " * 7490 + text  # the cut at 30000 characters
        assert language(text) == _counted(text), text[:80]
        verdicts.add(language(text)[0])
    assert verdicts == {"nl", "en"}
    assert language("") == ("nl", "function words: 0 Dutch, 0 English")


def _counter_repeated(pieces_by_page: dict[int, list[Piece]]) -> set[str]:
    """`repeated_texts` as it was before round 48."""
    seen: Counter[str] = Counter()
    for pieces in pieces_by_page.values():
        seen.update({_key(p.text) for p in pieces})
    return {key for key, n in seen.items() if n >= 2 and key}


def _piece(text: str) -> Piece:
    return Piece([], 0.0, 10.0, 0.0, 10.0, 10.0, len(text), text)


def test_repeated_texts_as_the_counter_found_them() -> None:
    rng = random.Random(4848)
    texts = ["Datum", "datum:", "Kenmerk", "12", "2024-01-05", "", "...", "Onze referentie", "Ab1"]
    texts += [f"regel {k}" for k in range(30)]
    found = 0
    for _ in range(400):
        numbers = rng.sample(range(1, 60), rng.randrange(0, 8))
        pages = {
            n: [_piece(rng.choice(texts)) for _ in range(rng.randrange(0, 12))] for n in numbers
        }
        expected = _counter_repeated(pages)
        assert repeated_texts(pages) == expected, pages
        found += len(expected)
    assert found > 100  # the random pages did repeat texts, and not only in one case
    one_page = {3: [_piece("Datum"), _piece("Datum"), _piece("Kenmerk")]}
    assert repeated_texts(one_page) == set()  # twice on one page is not a running text
    assert repeated_texts({1: [_piece("Datum")], 2: [_piece("DATUM:")]}) == {"datum"}
    assert repeated_texts({1: [_piece("12")], 2: [_piece("12")]}) == set()  # no three letters
