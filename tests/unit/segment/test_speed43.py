"""Round 43 (bench/segment/speed23.md): the families compiled as their own mypyc group.

- `language` counts the function words with a loop over the words and two small sets, not a
  `Counter` of every word: the same counts and verdict as the count, on texts made of function
  words (the random texts of test_language_words rarely hold five of them).
- The build compiles every family module but the package's __init__, which chooses compiled or
  pure before it imports them (tests/unit/segment/test_compiled_layout.py checks the build).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from services.segment.families.language import _EN, _NL, language, words

_ROOT = Path(__file__).resolve().parents[3]


def _counted(text: str) -> tuple[str, str]:
    """`language` as it was before round 43: a `Counter` of every word."""
    counts = Counter(words(text[:30000]))
    nl = sum(counts[word.encode()] for word in _NL)
    en = sum(counts[word.encode()] for word in _EN)
    kind = "en" if en > 1.5 * nl and en >= 5 else "nl"
    return kind, f"function words: {nl} Dutch, {en} English"


def test_no_function_word_is_in_both_languages() -> None:
    assert not _NL & _EN


def test_language_counts_as_the_counter_did() -> None:
    rng = random.Random(43)
    vocab = [*_NL, *_EN, "beleid", "minister", "DE", "The", "Het", "x", "thé", "dé", "of1"]
    separators = [" ", "\n", ", ", "-", "\u00a0", "é"]
    verdicts = set()
    for _ in range(400):
        n = rng.randrange(0, 300)
        text = "".join(rng.choice(vocab) + rng.choice(separators) for _ in range(n))
        if rng.random() < 0.1:
            text = "x " * 14990 + text  # the cut at 30000 characters
        assert language(text) == _counted(text), text[:80]
        verdicts.add(language(text)[0])
    assert verdicts == {"nl", "en"}


def test_the_numbers_are_the_function_words() -> None:
    assert language("de het the of the and to that for on") == (
        "en",
        "function words: 2 Dutch, 8 English",
    )
    assert language("De, HET: een; van") == ("nl", "function words: 4 Dutch, 0 English")


def test_the_build_compiles_the_families_with_the_layout_switch() -> None:
    setup = (_ROOT / "setup.py").read_text()
    assert '"services.segment.families._families"' in setup
    assert re.search(r"^_drop_uncompiled\(FAMILY, FAMILIES\)$", setup, re.M)
    init = (_ROOT / "services/segment/families/__init__.py").read_text()
    # the choice comes before the first family module is imported
    assert init.index('"STUKKEN_PURE_LAYOUT"') < init.index("from services.segment.families.")
