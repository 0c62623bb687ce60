"""Round 42 (bench/segment/speed23.md): a block's characters counted in one pass, and an
anchored pattern's answers remembered, answer as before. A block counts what its lines count
one by one (whatever mix of ASCII and accented lines, references and labels), and `Anchored`
answers as its gate and pattern did, the same text asked again, a non-ASCII digit first and
the memory full or not. `join_lines` and `cuts_url` are held to their old selves by
test_speed37.py."""

from __future__ import annotations

import random

from services.segment.layout import aside, quality, repair
from services.segment.layout.headings import NUMBERED_HEADING
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import BULLET, LETTERED, NUMBERED, Block
from services.segment.layout.structure import _SIGN_OFF

# ASCII, controls, the uncounted marks, accents (composed and split), ligatures, odd spaces
_ALPHABET = (
    "aeZ019 .-`:\t\x02\x7f\u00ad\ufffe\u2010\u00b4\u00a8\u00e9\u00eb\u0301\u0308\ufb01\u00a0"
    "\u2009\u200b\u0663\u00b2"
)


def _text(rng: random.Random, ascii_only: bool) -> str:
    chars = _ALPHABET[:16] if ascii_only else _ALPHABET
    return "".join(rng.choice(chars) for _ in range(rng.randrange(40)))


def _line(text: str, refs: list[str], label: str | None) -> Line:
    return Line(1, 72.0, 700.0, 500.0, 710.0, 702.0, 10.0, False, text, refs=refs, label=label)


def _counted_by_line(block: Block) -> int:
    """`quality.block_chars` as it was: a line at a time."""
    n = sum(quality.line_chars(ln) for ln in block.lines)
    if block.kind == "footnote" and block.number and all(ln.label is None for ln in block.lines):
        n += quality.countable(block.number)
    return n


def test_a_block_counts_what_its_lines_count() -> None:
    rng = random.Random(42)
    for _ in range(2000):
        ascii_only = rng.random() < 0.5
        lines = [
            _line(
                _text(rng, ascii_only),
                [_text(rng, ascii_only) for _ in range(rng.choice((0, 0, 1, 2)))],
                rng.choice((None, "", "1", "\u00b2", _text(rng, ascii_only))),
            )
            for _ in range(rng.randrange(6))
        ]
        kind = rng.choice(("paragraph", "footnote"))
        block = Block(lines, kind, number=rng.choice((None, "", "3", "12 ")))
        assert quality.block_chars(block) == _counted_by_line(block)


def test_marks_split_across_lines_count_as_apart() -> None:
    """NFKD may reorder marks where two texts meet; their count stays."""
    lines = [_line("cafe\u0301", [], None), _line("\u0308\u0301a", ["\u0327"], "\u00b9")]
    block = Block(lines)
    assert quality.block_chars(block) == _counted_by_line(block)


_STARTS = ("1. ", "12) ", "3 ", "1.2 Doel", "\u0663. x", "\u00b2. x", "a. b", "b) c", "• d")
_STARTS += ("- e", "iv) f", "Hoogachtend,", "De minister", "\uf0b7 g", "", " 1. h", "9", "x")


def _gated_before(gated: repair.Anchored, text: str) -> bool:
    """`Anchored`'s gate as it was written before round 42."""
    c = text[:1]
    if not c or not (c in gated.first or (gated.decimal and c.isdecimal())):
        return False
    return not gated.second or (text[1:2] != "" and text[1:2] in gated.second)


def test_anchored_answers_as_its_gate_and_pattern() -> None:
    rng = random.Random(4242)
    texts = list(_STARTS)
    texts += [rng.choice(_STARTS) + _text(rng, False) for _ in range(1500)]
    texts += [chr(c) + " x" for c in range(0x700)]  # every first character, digits of all kinds
    for gated in (NUMBERED_HEADING, BULLET, LETTERED, NUMBERED, _SIGN_OFF):
        gated.known.clear()
        for _ in range(2):  # the second round answers from memory
            for text in texts:
                want = gated.pattern.match(text) if _gated_before(gated, text) else None
                got = gated.match(text)
                assert (got is None) is (want is None), (gated.pattern.pattern, text)
                if got is not None and want is not None:
                    assert got.group(0) == want.group(0) and got.groups() == want.groups()
        assert len(gated.known) <= repair._KNOWN_MAX


def test_a_full_memory_is_forgotten_and_answers_on() -> None:
    gated = NUMBERED
    gated.known.clear()
    for k in range(repair._KNOWN_MAX + 10):
        text = f"{k % 1000}. punt {k}"
        found = gated.match(text)
        assert found is not None and found.group(1) == str(k % 1000)
    assert 0 < len(gated.known) <= repair._KNOWN_MAX
    assert gated.match("5. weer") is not None and gated.match("5 weer") is None


def test_three_letters_as_the_pattern_counts_them() -> None:
    """Every character is a letter to `_three_letters` as to `aside._LETTERS`, and texts of
    letters, digits of all kinds and marks have three as `findall` finds them."""
    for code in range(0x110000):
        ch = chr(code)
        want = aside._LETTERS.match(ch) is not None
        assert aside._three_letters(ch * 3) is want, f"U+{code:04X}"
    rng = random.Random(4243)
    alphabet = "aZé_1²٣½ .:-\u0301ß"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert aside._three_letters(text) is (len(aside._LETTERS.findall(text)) >= 3), text
