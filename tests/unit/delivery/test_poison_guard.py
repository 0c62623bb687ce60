"""The poison guard and classifier: what no handler should try, and what went wrong after it."""

from __future__ import annotations

import json

import pytest

from stukken.contracts import DocIngested
from stukken.platform.poison import MAX_DEPTH, PoisonMessage, classify, guard, nesting_depth
from stukken.platform.stage import PermanentFailure, is_transient, parse


def test_nesting_depth_counts_brackets_outside_strings_only() -> None:
    assert nesting_depth(b'{"a": [1, {"b": [[]]}]}') == 5
    assert nesting_depth(b'{"text": "[[[[[[[[[[ {{{{ \\" [[[["}') == 1
    assert nesting_depth(b"plain bytes \x00\xff") == 0


def test_guard_refuses_deep_nesting_before_any_decoder_sees_it() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000  # 200 KB: RecursionError in json.loads
    with pytest.raises(PoisonMessage) as caught:
        guard(deep, max_bytes=1024 * 1024)
    assert caught.value.kind == "too_deep" and classify(caught.value) == "too_deep"
    guard(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH, max_bytes=1024)  # as deep as allowed: passes


def test_guard_refuses_what_is_too_large() -> None:
    with pytest.raises(PoisonMessage) as caught:
        guard(b" " * 2001, max_bytes=2000)
    assert caught.value.kind == "too_large"


@pytest.mark.parametrize(
    "body,kind",
    [
        (b"{not json", "undecodable"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "undecodable"),
        (b'{"doc_id": 42}', "wrong_shape"),
        (b"[" * 300 + b"]" * 300, "too_deep"),  # past pydantic's own limit
        (json.dumps({"x": "y" * 700_000}).encode(), "wrong_shape"),
    ],
    ids=["invalid-json", "binary", "wrong-shape", "deep-for-pydantic", "large-wrong-shape"],
)
def test_a_handler_failure_on_bad_bytes_is_classified(body: bytes, kind: str) -> None:
    with pytest.raises(PermanentFailure) as caught:
        parse(DocIngested, body)
    assert classify(caught.value) == kind
    assert not is_transient(caught.value)
    assert len(str(caught.value)) < 3000  # the error text never repeats the input


def test_other_failures_are_not_poison() -> None:
    assert classify(ConnectionError("S3 down")) is None
    assert classify(RecursionError("maximum recursion depth exceeded")) == "too_deep"
    assert classify(json.JSONDecodeError("Expecting value", "x", 0)) == "undecodable"
