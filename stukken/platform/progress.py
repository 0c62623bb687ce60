"""Whether a stage moves: messages that keep failing, and a stage that stopped with work waiting."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable


class FailuresInARow:
    """Counts how often the same message (topic, partition, offset) failed in a row.

    A message whose handling raised is delivered again (nack); once it has failed `limit` times it
    is dead-lettered without another try, whatever the error, so no loop outlives a few seconds.
    """

    def __init__(self, limit: int, remember: int = 1024) -> None:
        self.limit = limit
        self.remember = remember
        self._counts: OrderedDict[Hashable, tuple[int, str]] = OrderedDict()

    def failed(self, message: Hashable, error: str = "") -> int:
        count = self._counts.pop(message, (0, ""))[0] + 1
        self._counts[message] = (count, error)
        while len(self._counts) > self.remember:
            self._counts.popitem(last=False)
        return count

    def exhausted(self, message: Hashable) -> bool:
        return self._counts.get(message, (0, ""))[0] >= self.limit

    def last_error(self, message: Hashable) -> str:
        return self._counts.get(message, (0, ""))[1]

    def done(self, message: Hashable) -> None:
        self._counts.pop(message, None)


class StallDetector:
    """Stalled: messages are waiting (lag > 0) and none was finished for `stall_after_s`.

    Time is counted from the later of the last finished message and the moment work started
    waiting, so a stage idle for hours is not stalled the instant a message arrives.
    """

    def __init__(self, stall_after_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.stall_after_s = stall_after_s
        self.clock = clock
        self.last_progress = clock()
        self.waiting_since: float | None = None
        self.lag: int | None = None

    def progressed(self) -> None:
        self.last_progress = self.clock()

    def observe_lag(self, lag: int | None) -> None:
        """`None`: lag unknown (the broker did not answer); the last known lag stays."""
        if lag is None:
            return
        if lag > 0 and not self.lag:
            self.waiting_since = self.clock()
        if lag <= 0:
            self.waiting_since = None
        self.lag = lag

    @property
    def stalled(self) -> bool:
        if not self.lag or self.waiting_since is None:
            return False
        since = max(self.last_progress, self.waiting_since)
        return self.clock() - since > self.stall_after_s

    def state(self) -> dict[str, object]:
        quiet = round(self.clock() - self.last_progress, 1)
        return {"stalled": self.stalled, "lag": self.lag, "since_last_progress_s": quiet}
