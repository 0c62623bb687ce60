"""What a stage's subscribers hand it: the record as it came, whatever bytes it holds.

FastStream would decode a JSON body before the stage sees it (a deeply nested array raised
RecursionError there, and invalid JSON with a JSON content-type failed there too), and it expects
header values in UTF-8. Both happened outside the stage's error handling, so the message was
redelivered for ever. Here the body stays bytes and odd header values are made readable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

from stukken.platform import retry


def correlation_id_of(record: Any) -> str | None:
    return retry.header(record, "correlation_id")


async def raw_body(msg: Any, original: Any = None) -> Any:
    """The decoder of every stage subscriber: the body as bytes (a list of them for a batch)."""
    return msg.body


async def safe_parser(message: Any, original: Callable[[Any], Awaitable[Any]]) -> Any:
    """FastStream's parser, fed header values that decode as UTF-8 whatever was sent."""
    if isinstance(message, tuple):
        return await original(tuple(_clean_headers(m) for m in message))
    return await original(_clean_headers(message))


def _clean_headers(record: Any) -> Any:
    headers = getattr(record, "headers", None) or ()
    try:
        for _, value in headers:
            bytes(value).decode()
        return record
    except (UnicodeDecodeError, TypeError, ValueError):
        clean = tuple((k, bytes(v or b"").decode(errors="replace").encode()) for k, v in headers)
        return dataclasses.replace(record, headers=clean)


def position_of(record: Any) -> tuple[Any, Any, Any]:
    return (getattr(record, "topic", None), getattr(record, "partition", None), record.offset)
