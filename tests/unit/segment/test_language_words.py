"""`language.words` finds the words `[a-z]+` finds in the lowered text, in order, on any text
(speed19: a byte table and a split where lowering and a regular expression were)."""

from __future__ import annotations

import random
import re
from collections import Counter

from services.segment.families.language import _EN, _LOWERS_TO_ASCII, _NL, language, words

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
    "DE HET THE OF Het",  # upper case: lowered
    # 'İ' lowers to 'i' and a combining dot, the Kelvin sign to 'k'
    "\u0130n de \u212aamer \u212aING",
    "DE\u0130HET",
    "a1b2c3 de2het 3the",
    "\x00de\x7fhet\x80een\xffvan",
]


def test_words_are_the_runs_of_a_to_z() -> None:
    for text in _HARD:
        assert [w.decode() for w in words(text)] == _WORD.findall(text.lower()), text


def test_words_on_random_text_as_the_expression() -> None:
    rng = random.Random(19)
    alphabet = "abcdeghinortz AZDEH\t\n.,-'0é\u00a0\u212a\u0130ﬁ\ud800\U0001d400"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        assert [w.decode() for w in words(text)] == _WORD.findall(text.lower()), repr(text)
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


def test_the_code_points_lowered_first_are_all_there_are() -> None:
    # every code point not ASCII whose lower case holds an ASCII letter (this Python's Unicode)
    found = {
        chr(c)
        for c in range(128, 0x110000)
        if not 0xD800 <= c <= 0xDFFF and any("a" <= x <= "z" for x in chr(c).lower())
    }
    assert found == _LOWERS_TO_ASCII
