"""Round 35 (bench/segment/speed23.md): the segments built without validating them again, the
bbox rounded without CPython's decimal conversion, and `build_blocks`' questions of each line
asked more cheaply; the output the same (compiled and pure alike: the module's own code).

- `round2` is `round(x, 2)` bit for bit, as a float, over coordinates, ties and near-ties.
- A segment `placing` builds is the object the model's validator makes of the same fields:
  the same __dict__ (order, values, types), fields set, extra and private; its lists its own;
  what the model refuses still goes to the validator, which refuses it as before.
- The cheaper gates answer as the patterns and the tuples they stand for.
"""

from __future__ import annotations

import math
import random
import re
import statistics
import struct
from collections.abc import Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from pydantic import ValidationError

from services.segment.layout import paragraphs, placing
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import BULLET, Block, build_blocks, round2
from stukken.contracts import Segment


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


def _coordinates() -> Iterator[float]:
    rnd = random.Random(35)
    for _ in range(20_000):
        k = rnd.randrange(-1_500_000, 1_500_000)
        yield rnd.uniform(-1_000.0, 15_000.0)
        yield k / 1000  # a coordinate in thousandths, as pdfium's often are
        yield k / 64
        yield k / 200  # a half of a hundredth: a tie where it is exact
        yield k / 200 + 1e-12  # ... and just either side of one
        yield k / 200 - 1e-12
        yield rnd.uniform(-0.01, 0.01)  # round to zero, signed
    yield from (0.0, -0.0, 0.005, -0.005, 0.015, 2.675, 72.125, -72.125, 1e5, -1e5, 99_999.995)
    yield from (1e300, -1e300, math.inf, -math.inf, 5e-324)


def test_round2_is_round_bit_for_bit() -> None:
    for x in _coordinates():
        assert _bits(round2(x)) == _bits(float(round(x, 2))), x
    assert math.isnan(round2(math.nan))


def test_round2_makes_an_int_a_float_as_the_validator_does() -> None:
    assert type(round2(72)) is float and round2(72) == 72.0
    assert _bits(round2(0)) == _bits(0.0)


def test_a_block_s_bbox_is_rounded_as_before() -> None:
    lines = [
        Line(1, 70.125, 700.004999, 300.335, 712.5, 702.0, 11.0, False, "Een regel"),
        Line(1, 72.0, 686.994, 410.675, 699.0, 688.0, 11.0, False, "en de volgende"),
    ]
    assert Block(lines).bbox() == (
        round(70.125, 2),
        round(686.994, 2),
        round(410.675, 2),
        round(712.5, 2),
    )


def _fields(**given: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "id": "s1",
        "kind": "paragraph",
        "page": 1,
        "bbox": (70.0, 803.32, 168.49, 810.31),
        "text": "Tekst",
        "number": None,
        "answer_to": None,
        "footnote_refs": [],
        "rows": None,
        "role": None,
        "level": None,
        "fields": None,
    }
    fields.update(given)
    return fields


_CASES = [
    {},
    {"kind": "answer", "answer_to": ["s1", "s2"], "number": "3"},
    {"kind": "table", "rows": [["a", "b"], ["c", ""]], "text": ""},
    {"kind": "email_header", "fields": {"from": "A", "to": "B"}},
    {"kind": "heading", "level": 2, "page": 7},
    {"kind": "footnote", "number": "1"},
    {"kind": "furniture", "role": "header", "bbox": None},
    {"footnote_refs": ["1", "2"]},
]


@pytest.mark.parametrize("given", _CASES)
def test_a_built_segment_is_the_validated_one(given: dict[str, object]) -> None:
    built = placing._built(_fields(**given))
    valid = Segment.__pydantic_validator__.validate_python(_fields(**given))
    assert type(built) is Segment
    assert list(built.__dict__.items()) == list(valid.__dict__.items())
    assert [type(v) for v in built.__dict__.values()] == [type(v) for v in valid.__dict__.values()]
    assert built.__pydantic_fields_set__ == valid.__pydantic_fields_set__
    assert type(built.__pydantic_fields_set__) is set
    assert built.__pydantic_extra__ == valid.__pydantic_extra__ == {}
    assert built.__pydantic_private__ is None and valid.__pydantic_private__ is None
    assert built.model_dump_json() == valid.model_dump_json()
    assert built == valid


def test_the_model_has_the_fields_segments_builds() -> None:
    # a field added to the model sends every segment to the validator again
    assert placing._BUILT


def _line(text: str, y: float, page: int = 1) -> Line:
    return Line(page, 72.0, y, 72.0 + 5 * len(text), y + 10.0, y + 2.0, 10.0, False, text)


def _placed(block: Block, order: float) -> placing.Placed:
    return placing.Placed(block.page, placing.BODY, order, block)


def test_segments_are_built_as_validated_with_their_own_lists() -> None:
    question = Block([_line("Vraag 1 Hoe staat het ermee?", 700.0)], kind="question", number="1")
    answer = Block([_line("Antwoord 1 Goed.", 680.0)], kind="answer", number="1")
    answer.answer_to = [question]
    answer.refs = ["3"]
    table = Block([_line("a b", 660.0)], kind="table", text="", rows=[["a", "b"]])
    mail = Block([_line("Van: A", 640.0)], kind="email_header", fields={"from": "A"})
    head = Block([_line("1.2 Kop", 620.0)], kind="heading", level=2)
    blocks = [question, answer, table, mail, head]
    for block in blocks:
        if block.kind != "table":
            block.finish()
    out, emitted = placing.segments([_placed(b, -b.lines[0].y1) for b in blocks])
    assert emitted == blocks
    for segment, block in zip(out, emitted, strict=True):
        valid = Segment.__pydantic_validator__.validate_python(
            {k: v for k, v in segment.__dict__.items() if k != "redactions"}
        )
        assert list(segment.__dict__.items()) == list(valid.__dict__.items())
        assert segment.__pydantic_fields_set__ == valid.__pydantic_fields_set__
        assert segment.footnote_refs is not block.refs
    assert out[1].answer_to == ["s1"] and out[1].footnote_refs == ["3"]
    assert out[2].rows == [["a", "b"]]
    assert out[2].rows is not table.rows and table.rows is not None
    assert out[2].rows[0] is not table.rows[0]
    assert out[3].fields == {"from": "A"} and out[3].fields is not mail.fields
    assert out[4].level == 2


@pytest.mark.parametrize(
    ("kind", "level"), [("nonsense", None), ("heading", 0)], ids=["kind", "level"]
)
def test_what_the_model_refuses_is_refused_as_before(kind: str, level: int | None) -> None:
    block = Block([_line("Tekst", 700.0)], kind=kind, level=level).finish()
    with pytest.raises(ValidationError):
        placing.segments([_placed(block, -710.0)])


def _texts() -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    texts = ["", "a", "o", "•", "• punt", "(a) punt", "A) punt", "1) punt", "12) punt", "- punt"]
    for c in letters + "A(1-•\uf0b7é":
        for d in letters + " )(.\u00a0\u2003é1":
            for tail in ("", " tekst", ") tekst", "i) x", "x"):
                texts.append(c + d + tail)
    return texts


def test_bulleted_answers_as_the_bullet_pattern() -> None:
    for text in _texts():
        assert paragraphs._bulleted(text) == (BULLET.match(text) is not None), text


def test_the_sentence_and_label_gates_answer_as_the_tuples() -> None:
    ends = (".", "?", "!", ":", ";")
    labels = ("Vraag", "Vragen", "Antwoord")
    texts = [*_texts(), "Vraag 1", "Vragen", "Vrachtwagen", "Antwoord:", "Aan", "einde.", "wat?"]
    for text in [*texts, "x;", "x:", "x!", "éé", "…"]:
        assert paragraphs._ends_sentence(text) == text.endswith(ends), text
        assert paragraphs.label_start(text) == text.startswith(labels), text


def _first_letters(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """The literal characters a parsed pattern can start with, and whether it can match empty."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre_constants.AT:
            continue
        if op is sre_constants.LITERAL:
            found.add(chr(arg))  # type: ignore[arg-type]
            return found, False
        if op is sre_constants.SUBPATTERN:
            inner, empty = _first_letters(list(arg[-1]))  # type: ignore[index]
        elif op is sre_constants.BRANCH:
            parts = [_first_letters(list(b)) for b in arg[1]]  # type: ignore[index]
            inner, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            repeat: tuple[int, int, list[tuple[object, object]]] = arg  # type: ignore[assignment]
            inner, empty = _first_letters(list(repeat[2]))
            empty = empty or repeat[0] == 0
        else:
            raise AssertionError(f"not read here: {op}")
        found |= inner
        if not empty:
            return found, False
    return found, True


def test_the_closing_gate_holds_every_character_the_pattern_starts_with() -> None:
    pattern = paragraphs._CLOSING
    letters, empty = _first_letters(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    assert not empty and letters
    # a case-blind letter matches its other case and any character that folds to it
    starts = re.compile("[" + "".join(sorted(letters)) + "]", pattern.flags)
    matched = {chr(c) for c in range(0x110000) if starts.fullmatch(chr(c))}
    assert "\u212a" in matched  # the Kelvin sign reads as a 'k'
    assert matched <= paragraphs._CLOSING_STARTS
    for text in ("Met vriendelijke groet,", "hoogachtend", "\u212aind regards", "Groeten"):
        assert pattern.match(text) and text[:1] in paragraphs._CLOSING_STARTS


def test_one_right_edge_or_each_column_s_make_the_same_blocks() -> None:
    lines = [
        _line("Dit is een lange eerste regel van een alinea die", 700.0),
        _line("verder gaat op de volgende regel en hier eindigt.", 688.0),
        _line("Kort.", 676.0),
        _line("Een nieuwe alinea na een korte regel die eindigt.", 650.0),
    ]
    one = build_blocks(lines, 330.0)
    each = build_blocks(lines, {"body": 330.0})
    assert [b.text for b in one] == [b.text for b in each]
    assert [len(b.lines) for b in one] == [len(b.lines) for b in each]
    assert len(one) >= 2


def test_the_median_is_statistics_median() -> None:
    rnd = random.Random(7)
    for n in range(1, 40):
        values = [round(rnd.uniform(4.0, 30.0), rnd.choice((0, 1, 3))) for _ in range(n)]
        assert _bits(paragraphs._median(values)) == _bits(statistics.median(values))
    assert paragraphs._median([3.0, 1.0]) == 2.0 and paragraphs._median([5.0]) == 5.0
