"""`language.words` finds the words `[a-z]+` finds, in order, on any text (speed19: a byte table
and a split where a regular expression was)."""

from __future__ import annotations

import random
import re
from collections import Counter

from services.segment.families.language import _EN, _NL, language, words

_WORD = re.compile(r"[a-z]+")


def _old_language(text: str) -> tuple[str, str]:
    counts = Counter(_WORD.findall(text[:30000].lower()))
    nl = sum(counts[word] for word in _NL if word in counts)
    en = sum(counts[word] for word in _EN if word in counts)
    kind = "en" if en > 1.5 * nl and en >= 5 else "nl"
    return kind, f"function words: {nl} Dutch, {en} English"


_HARD = [
    "",
    "de",
    "  de\tde\nde\r\x0bde\x0cde  ",
    "één café's naïef: de Ångström-eenheid, the \u212aelvin (K) sign",
    "ﬁnancieel, ﬂexibel: ligatures are no a-z",
    "de\u00a0het\u2009een\u200bvan",  # no-break, thin and zero-width spaces part words
    "the_of-and/to.that,for;on:with(be)by[this]are{it}from@at#which$have",
    "x\ud800the\udfffof",  # lone surrogates: one code point each, no letter
    "DE HET THE OF",  # upper case: language() lowers first, `words` itself does not
    "a1b2c3 de2het 3the",
    "\x00de\x7fhet\x80een\xffvan",
]


def test_words_are_the_runs_of_a_to_z() -> None:
    for text in _HARD:
        assert [w.decode() for w in words(text)] == _WORD.findall(text), text


def test_words_on_random_text_as_the_expression() -> None:
    rng = random.Random(19)
    alphabet = "abcdeghinortz AZ\t\n.,-'0é\u00a0\u212aﬁ\ud800\U0001d400"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        assert [w.decode() for w in words(text)] == _WORD.findall(text), repr(text)
        assert language(text) == _old_language(text)


def test_language_as_before() -> None:
    english = "The committee is of the opinion that the report on this matter, which was " * 3
    dutch = "De Kamer, gehoord de beraadslaging, verzoekt de regering om het voor te leggen"
    for text in (english, dutch, english + dutch, "", "the of and to that for", "x" * 40000):
        assert language(text) == _old_language(text)
    assert language(english)[0] == "en"
    assert language(dutch)[0] == "nl"
    # counted past the first 30000 characters: nothing (as before)
    assert language("x " * 15000 + english)[0] == "nl"
