"""Automatic retries of transient failures through a retry topic per stage.

A message whose transient failure (S3, broker, timeout) outlived the stage's retries in place goes,
unchanged (value, key, headers), to `<input topic>.retry` with the round it is in and the time it
is due. The stage consumes that topic too (its own consumer group), waits until the message is due
and handles it as if it came from the input topic. The delay doubles each round, up to a cap;
after the last round the message becomes a dead letter (failure "transient"), which
`stukken dlq replay` can still send back. Permanent failures never come here.

A retry round waits for the messages ahead of it on its partition (one topic, not one per delay),
so a long delay at the head holds shorter ones behind it; the delays are short (seconds to a
minute), and the retry topic is outside the input topic's order anyway.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

ROUND = "stukken_retry_round"
DUE = "stukken_retry_due_ms"
ERROR = "stukken_retry_error"
_OURS = (ROUND, DUE, ERROR)


@dataclass(frozen=True)
class RetryPolicy:
    rounds: int = 8
    delay_s: float = 5.0
    max_delay_s: float = 60.0

    def delay(self, round_: int) -> float:
        """Seconds to wait before round `round_` (1 = the first retry)."""
        return min(self.delay_s * 2 ** (round_ - 1), self.max_delay_s)

    def next_round(self, current: int) -> int | None:
        """The round after `current` (0: the input topic), or None when the budget is spent."""
        return current + 1 if current < self.rounds else None


def retry_headers(
    original: Iterable[tuple[str, bytes]], round_: int, due_s: float, error: str
) -> dict[str, str]:
    """The original headers (decodable ones) plus when and why the message comes back."""
    headers = {}
    for name, value in original:
        if name not in _OURS:
            headers[name] = bytes(value).decode(errors="replace")
    headers[ROUND] = str(round_)
    headers[DUE] = str(int(due_s * 1000))
    headers[ERROR] = error[:300]
    return headers


def header(record: Any, name: str) -> str | None:
    for key, value in getattr(record, "headers", None) or ():
        if key == name:
            return bytes(value).decode(errors="replace")
    return None


def round_of(record: Any) -> int:
    """The retry round a record is in (0 when it came from the input topic)."""
    try:
        return max(0, int(header(record, ROUND) or 0))
    except ValueError:
        return 0


def wait_s(record: Any, now_s: float | None = None, cap_s: float = 300.0) -> float:
    """How long to wait until the record is due (never more than `cap_s`)."""
    try:
        due = int(header(record, DUE) or 0) / 1000
    except ValueError:
        return 0.0
    now = time.time() if now_s is None else now_s
    return max(0.0, min(due - now, cap_s))
