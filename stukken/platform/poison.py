"""Poison messages: bytes a stage can never handle, whatever it tries.

The guard runs before a stage's handler (too large, nested too deep to decode safely); the
classifier names what went wrong after it (undecodable, wrong shape). Either way the message
becomes a dead letter and the partition moves on.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate

from pydantic import ValidationError

from stukken.contracts.events import PoisonKind

# Our events nest about eight levels deep; Python's json recursion ends near 1,000 levels and
# pydantic's JSON parser at 200. Far below both, and far above anything legitimate.
MAX_DEPTH = 64

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class PoisonMessage(Exception):
    """The message itself cannot be handled: it is dead-lettered, never retried."""

    def __init__(self, kind: PoisonKind, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


def nesting_depth(body: bytes) -> int:
    """How deep JSON arrays and objects nest in `body` (brackets inside strings do not count)."""
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    return max(accumulate(_STEP[b] for b in brackets), default=0)


def guard(body: bytes, max_bytes: int) -> None:
    """Raise PoisonMessage for what no handler should even try to decode."""
    if len(body) > max_bytes:
        raise PoisonMessage("too_large", f"{len(body)} bytes, the limit is {max_bytes}")
    depth = nesting_depth(body)
    if depth > MAX_DEPTH:
        raise PoisonMessage("too_deep", f"JSON nested {depth} levels, the limit is {MAX_DEPTH}")


def classify(exc: BaseException) -> PoisonKind | None:
    """The poison kind of a handler's failure; None when the message itself may be fine."""
    from stukken.platform.stage import PermanentFailure  # the stage imports this module

    chain = _chain(exc)
    for e in chain:
        if isinstance(e, PoisonMessage):
            return e.kind
        if isinstance(e, RecursionError):
            return "too_deep"
        if isinstance(e, UnicodeDecodeError | json.JSONDecodeError):
            return "undecodable"
        if isinstance(e, ValidationError):
            errors = e.errors(include_url=False, include_input=False)
            if any("recursion" in err["type"] + err["msg"] for err in errors):
                return "too_deep"
            return "undecodable" if errors[0]["type"] == "json_invalid" else "wrong_shape"
    if any(isinstance(e, PermanentFailure) for e in chain):
        return "wrong_shape"
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 20:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
