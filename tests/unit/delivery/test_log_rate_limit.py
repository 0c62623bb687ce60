"""Logs are rate-limited per error class, and no field of a line is huge."""

from __future__ import annotations

from typing import Any

import pytest
import structlog

from stukken.platform.logging import MAX_FIELD_CHARS, RateLimit, clip_fields


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def run(limit: RateLimit, **event: Any) -> dict[str, Any] | None:
    try:
        return dict(limit(None, event.get("level", "error"), dict(event)))
    except structlog.DropEvent:
        return None


def test_each_error_class_gets_its_own_burst_then_a_count_of_what_was_dropped() -> None:
    clock = Clock()
    limit = RateLimit(burst=3, window_s=10, clock=clock)
    passed = [run(limit, level="error", event="dead-lettered", error_type="RecursionError")]
    passed += [run(limit, level="error", event="dead-lettered", error_type="RecursionError")]
    passed += [run(limit, level="error", event="x", error_type="RecursionError") for _ in range(50)]
    assert sum(p is not None for p in passed) == 3
    other = run(limit, level="error", event="dead-lettered", error_type="JSONDecodeError")
    assert other is not None  # another class is not held back by the first
    assert run(limit, level="info", event="ingested") is not None  # info is never limited
    clock.now = 10.5
    again = run(limit, level="error", event="dead-lettered", error_type="RecursionError")
    assert again is not None and again["suppressed"] == 49


def test_the_class_of_a_line_without_error_type_is_its_exception() -> None:
    limit = RateLimit(burst=1, window_s=10, clock=Clock())
    assert run(limit, level="error", event="a", exc_info=ValueError("1")) is not None
    assert run(limit, level="error", event="b", exc_info=ValueError("2")) is None
    assert run(limit, level="error", event="c", exc_info=KeyError("3")) is not None


@pytest.mark.parametrize("value", ["x" * 700_000, {"nested": "y" * 700_000}])
def test_no_field_is_longer_than_the_cap(value: Any) -> None:
    event = clip_fields(None, "error", {"event": "dead-lettered", "error": value})
    assert len(event["error"]) < MAX_FIELD_CHARS + 50


def test_a_line_logged_before_setup_goes_to_stderr_not_into_the_cli_s_json() -> None:
    # `stukken process --json` writes the document to stdout; a warning logged at import (a stale
    # compiled build) came before `configure_logging` and landed in it, so the JSON did not parse.
    import subprocess
    import sys

    code = "from stukken.platform.logging import get_logger; get_logger('x').warning('early_line')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "early_line" in done.stderr
