"""The finders the enricher asks only where their gate's words stand (cue43, issue #12).

words.py keys a bit per such finder by the gate its module declares; the enricher calls the
finder only where the text holds one of those words. Here each finder is held to its gate: on
every text of the enricher's tests, a finder that finds something is one whose bit the text's
words set. A finder that gains a branch outside its gate fails here, not silently in a corpus.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import pytest

from services.enrich import words
from services.enrich.entities import (
    bodycues,
    dates,
    extracts,
    governed,
    kamer,
    labelends,
    orgcontext,
    orgnames,
    outlets,
    persons,
    titled,
)

# Each bit's finder as the enricher calls it, and the gate the bit is keyed by.
FINDERS: dict[int, tuple[Callable[[str], Sequence[object]], frozenset[str]]] = {
    words.ASK_PERSONS: (lambda t: list(persons.find(t)), persons.GATES),
    words.ASK_FIELD_PERSONS: (lambda t: list(labelends.field_persons(t)), labelends.GATES),
    # asked also where 'van' stands (vanforms.find's gate: the enricher tests it itself)
    words.ASK_ORGCONTEXT: (
        lambda t: [] if "van" in t else orgcontext.find(t),
        orgcontext.FIND_GATES,
    ),
    words.ASK_BODYCUES: (lambda t: list(bodycues.find(t)), bodycues.GATES),
    words.ASK_EXTRACTS: (lambda t: list(extracts.find(t)), extracts.GATES),
    words.ASK_ELIDED: (lambda t: list(kamer.elided(t)), kamer.ELIDED_GATES),
    words.ASK_OUTLETS: (lambda t: list(outlets.find(t, [])), outlets.FIND_GATES),
    words.ASK_GOVERNED: (lambda t: list(governed.find(t)), governed.FIND_GATES),
    words.ASK_DATES: (lambda t: list(dates.find(t)), dates.GATES),
    words.ASK_TITLED: (lambda t: list(titled.find(t)), titled.FIND_GATES),
    # asked also where a '-' or '(' stands (the enricher tests those characters itself)
    words.ASK_ORGNAMES: (
        lambda t: [] if "-" in t or "(" in t else orgnames.find(t),
        orgnames.FIND_GATES,
    ),
}

_TESTS = Path(__file__).resolve().parent


@cache
def _texts() -> tuple[str, ...]:
    """Every string of three characters or more in the enricher's tests (their sentences, and
    sentences taken apart around the gate words)."""
    found: set[str] = set()
    for path in sorted(_TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) >= 3
            ):
                found.add(node.value)
    return tuple(sorted(found))


def test_every_bit_has_its_finder_here() -> None:
    bits = {getattr(words, n) for n in dir(words) if n.startswith("ASK_")}
    assert bits == set(FINDERS)
    assert len(bits) == len([n for n in dir(words) if n.startswith("ASK_")])  # one bit each


def test_each_bit_is_keyed_by_its_modules_gate() -> None:
    tables = words._tables()
    for bit, (_, gate) in FINDERS.items():
        keyed = [keys for b, keys in tables if b == bit]
        assert keyed == [gate]  # the module's own set, not a copy kept elsewhere
        for key in gate:
            assert words.read(f"x {key} x").asked & bit


@pytest.mark.parametrize("bit", sorted(FINDERS))
def test_a_finder_finds_nothing_where_its_gate_is_absent(bit: int) -> None:
    finder, _ = FINDERS[bit]
    fired = 0
    for text in _texts():
        found = finder(text)
        if found:
            fired += 1
            assert words.read(text).asked & bit, (bit, text, found)
    assert fired, "no test text makes this finder fire: the check would hold vacuously"


def test_the_gates_are_the_finders_own() -> None:
    assert frozenset({"19", "20"}) == dates.GATES  # each year pattern's first two digits
    assert {"estuur", "oorzitter", "eden", "angesloten"} <= governed.FIND_GATES
    assert outlets.GATES <= outlets.FIND_GATES
    dated = "Op 3 maart 1999 en in mei 2001."
    assert list(dates.find(dated))
    assert words.read(dated).asked & words.ASK_DATES
    assert not words.read("Ja.").asked & sum(FINDERS)  # no gate's word: no finder asked
