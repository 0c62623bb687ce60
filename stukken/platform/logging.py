"""One logger setup for every service: structlog, JSON when not a TTY.

Per-message context (doc_id, version, correlation_id) is bound with `bind_message` and lives in
contextvars, so every log line written while handling that message carries it.

A message that fails over and over must not fill the disk: warnings and errors are rate-limited
per error class (`RateLimit`), and no field of a log line is longer than `MAX_FIELD_CHARS`.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

import structlog

from stukken.platform.tracing import add_trace_id


def configure_logging(service: str, level: str = "INFO", json: bool | None = None) -> None:
    if json is None:
        json = not sys.stderr.isatty()
    renderer: Any = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    logging.basicConfig(stream=sys.stderr, level=level.upper(), format="%(message)s", force=True)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            add_trace_id,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            RateLimit(),
            structlog.processors.format_exc_info,
            clip_fields,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(service=service)


def get_logger(name: str | None = None) -> Any:
    if not structlog.is_configured():
        # A line logged before `configure_logging` (at import: a stale compiled build, pdfium's
        # bulk reader missing) goes to stderr too: stdout is `stukken process --json`'s document.
        structlog.configure(logger_factory=structlog.PrintLoggerFactory(file=sys.stderr))
    return structlog.get_logger(name)


@contextmanager
def bind_message(**fields: Any) -> Iterator[None]:
    """Bind doc_id / version / correlation_id for the message being handled, then forget them."""
    tokens = structlog.contextvars.bind_contextvars(**{k: v for k, v in fields.items() if v})
    try:
        yield
    finally:
        structlog.contextvars.reset_contextvars(**tokens)


MAX_FIELD_CHARS = 4000
_LIMITED = {"warning", "error", "critical", "exception"}


class RateLimit:
    """A structlog processor: per error class, at most `burst` warnings/errors per `window_s`.

    The error class is the log line's `error_type`, else the type of its exception, else its
    message. The first line after a window in which lines were dropped says how many
    (`suppressed`). Info and debug lines pass: they are not what a poison loop repeats.
    """

    def __init__(
        self, burst: int = 10, window_s: float = 10.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.burst, self.window_s, self.clock = burst, window_s, clock
        self.windows: dict[tuple[str, str], list[float | int]] = {}  # [start, lines, dropped]

    def __call__(self, logger: Any, method: str, event: MutableMapping[str, Any]) -> Any:
        level = str(event.get("level", method)).lower()
        if level not in _LIMITED:
            return event
        key = (level, error_class(event))
        now = self.clock()
        start, lines, dropped = self.windows.get(key, (now, 0, 0))
        if now - start >= self.window_s:
            start, lines = now, 0
        if lines >= self.burst:
            self.windows[key] = [start, lines, dropped + 1]
            raise structlog.DropEvent
        if dropped:
            event["suppressed"] = int(dropped)
        self.windows[key] = [start, lines + 1, 0]
        if len(self.windows) > 1000:  # error texts as keys must not grow without bound
            self.windows.clear()
        return event


def error_class(event: MutableMapping[str, Any]) -> str:
    if event.get("error_type"):
        return str(event["error_type"])
    exc = event.get("exc_info")
    if isinstance(exc, BaseException):
        return type(exc).__name__
    if isinstance(exc, tuple) and exc and exc[0] is not None:
        return str(exc[0].__name__)
    return str(event.get("event", ""))[:80]


def clip_fields(logger: Any, method: str, event: MutableMapping[str, Any]) -> Any:
    """No field longer than MAX_FIELD_CHARS: a huge message or error never becomes a huge line."""
    for name, value in event.items():
        if not isinstance(value, str | int | float | bool | type(None)):
            value = repr(value)
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            event[name] = f"{value[:MAX_FIELD_CHARS]}… (+{len(value) - MAX_FIELD_CHARS} chars)"
    return event
