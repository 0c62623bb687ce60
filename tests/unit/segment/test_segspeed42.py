"""segspeed42 (bench/segment/segspeed42.md): `_bulk` is compiled at -O3, as mypyc's groups are,
so gcc vectorizes its byte loops (`plain`, `unknown_count`: 16 bytes a step, then an 8-byte
step, then a scalar tail). Held here against their definitions at every length and every place
of a character that decides the answer, so a vector body, its epilogue and its tail each meet
it; the build flag itself is read from setup.py."""

from __future__ import annotations

import random
import re
from pathlib import Path

from tests.unit.segment.test_bulk_pdfium import BULK, needs_bulk

# what `plain` answers False for, one byte each (and the two spaces in a row)
_NOT_PLAIN = ["\x00", "\x1f", "\x7f", "\x85", "\xa0", "\xad", "  "]
# `text_layer._UNKNOWN_CODE` (one-byte texts: its controls only)
_UNKNOWN = re.compile("[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")
_NOT_UNKNOWN = ["\t", "\n", "\r", "\x02", " ", "a", "\xe9"]
_LENGTHS = range(0, 130)


def _plain_wanted(text: str) -> bool:
    return text.isprintable() and "  " not in text


@needs_bulk
def test_plain_every_length_and_place() -> None:
    plain = BULK.plain
    for n in _LENGTHS:
        base = "".join("abcdefghij"[k % 10] for k in range(n))
        assert plain(base) is True
        for bad in _NOT_PLAIN:
            for at in {0, n // 2, n - 1, n - 16, n - 8}:
                if not 0 <= at < n:
                    continue
                text = base[:at] + bad + base[at + len(bad) :]
                assert plain(text) is _plain_wanted(text), (n, at, repr(bad))


@needs_bulk
def test_plain_random_latin1() -> None:
    plain = BULK.plain
    rng = random.Random(42)
    good = "abc xyz.,é\xa1\xff"
    for _ in range(3000):
        n = rng.randrange(200)
        chars = [rng.choice(good) for _ in range(n)]
        if n and rng.random() < 0.5:
            chars[rng.randrange(n)] = chr(rng.choice([0x01, 0x1F, 0x7F, 0x90, 0xA0, 0xAD]))
        text = "".join(chars)
        assert plain(text) is _plain_wanted(text), repr(text)


@needs_bulk
def test_unknown_count_every_length_and_place() -> None:
    count = BULK.unknown_count
    rng = random.Random(42)
    for n in _LENGTHS:
        for _ in range(4):
            pool = [*_NOT_UNKNOWN, "\x00", "\x01", "\x03", "\x0b", "\x1f"]
            text = "".join(rng.choice(pool) for _ in range(n))
            assert count(text) == len(_UNKNOWN.findall(text)), repr(text)
        for at in range(n):
            text = "a" * at + "\x1f" + "a" * (n - at - 1)
            assert count(text) == 1


def test_bulk_built_at_o3() -> None:
    """The accelerator's extension asks gcc for -O3 (Python's own flags say -O2, which leaves
    these loops scalar)."""
    setup = (Path(__file__).resolve().parents[3] / "setup.py").read_text()
    bulk = setup[setup.index('"services.segment.layout._bulk"') :]
    bulk = bulk[: bulk.index("),")]
    assert 'extra_compile_args=["-O3"]' in bulk
