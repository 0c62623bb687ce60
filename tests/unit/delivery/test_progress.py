"""The failures-in-a-row counter and the stall detector."""

from __future__ import annotations

from stukken.platform.progress import FailuresInARow, StallDetector


def test_a_message_is_given_up_after_n_failures_in_a_row() -> None:
    failures = FailuresInARow(limit=3)
    msg = ("stukken.s3-events", 0, 41)
    for n in (1, 2):
        assert failures.failed(msg, "RecursionError") == n
        assert not failures.exhausted(msg)
    failures.failed(msg, "RecursionError: too deep")
    assert failures.exhausted(msg) and "too deep" in failures.last_error(msg)
    assert not failures.exhausted(("stukken.s3-events", 0, 42))  # the next one starts afresh
    failures.done(msg)
    assert not failures.exhausted(msg)


def test_the_counter_forgets_old_messages() -> None:
    failures = FailuresInARow(limit=1, remember=2)
    for offset in range(5):
        failures.failed(("t", 0, offset))
    assert not failures.exhausted(("t", 0, 0)) and failures.exhausted(("t", 0, 4))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_stalled_only_with_lag_waiting_and_no_progress() -> None:
    clock = Clock()
    stall = StallDetector(stall_after_s=30, clock=clock)
    clock.now += 3600  # idle for an hour, nothing waiting
    stall.observe_lag(0)
    assert not stall.stalled
    stall.observe_lag(5)  # work arrives: not stalled the instant it does
    assert not stall.stalled
    clock.now += 20
    stall.progressed()
    clock.now += 20
    assert not stall.stalled  # 20 s since the last finished message
    clock.now += 11
    assert stall.stalled and stall.state()["stalled"] is True
    stall.observe_lag(None)  # lag unknown for a moment: the last known lag stays
    assert stall.stalled
    stall.progressed()
    assert not stall.stalled  # moving again: green
    clock.now += 31
    stall.observe_lag(0)  # caught up: nothing waits, so not stalled
    assert not stall.stalled
