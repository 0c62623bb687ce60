"""Dead letters bounded in size, whatever failed and however large the original was.

A dead letter must always fit on its topic, or dead-lettering fails and the message loops. So the
error text is cut short and never repeats the message, and an original that is large or not
UTF-8 is stored in the artifact bucket (content-addressed, like the claim check) and referenced;
the letter keeps its first bytes and its sha256. When the bucket cannot be written either, the
letter still goes out with the preview and the hash.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import ValidationError

from stukken.contracts.events import ClaimCheck, DeadLetter, PoisonKind, RejectionStage
from stukken.platform.storage import ObjectStore

INLINE_BYTES = 64 * 1024  # the original inline up to this size (JSON-escaped)
PREVIEW_BYTES = 1024  # the first bytes kept in the letter when the original is not inline
ERROR_CHARS = 2000
KEY_BYTES = 512  # a longer Kafka key is replaced by its sha256 on the dead-letter topic


def describe(exc: BaseException) -> str:
    """A short error text that does not quote the input."""
    if isinstance(exc, ValidationError):
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        text = f"schema violation: {exc.error_count()} error(s): {errors[:3]}"
    else:
        text = str(exc) or type(exc).__name__
    return clip(text, ERROR_CHARS)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… (+{len(text) - limit} chars)"


def bounded_key(key: bytes | None) -> bytes | None:
    """The Kafka key for the letter: the original's, unless it is too long to repeat."""
    if key is None or len(key) <= KEY_BYTES:
        return key
    return b"sha256:" + hashlib.sha256(key).hexdigest().encode()


def original_key(stage: str, digest: str) -> str:
    return f"dead-letters/{stage}/{digest}"


def store_original(store: ObjectStore | None, bucket: str, stage: str, body: bytes) -> Any:
    """Store the original value by its hash; None when there is no store or it failed."""
    if store is None:
        return None
    digest = hashlib.sha256(body).hexdigest()
    key = original_key(stage, digest)
    store.write(bucket, key, body, "application/octet-stream")
    return ClaimCheck(bucket=bucket, key=key, size=len(body), sha256=digest)


def inline_text(body: bytes) -> str | None:
    """The original as text when it is UTF-8 and small enough to inline; else None."""
    if len(body) > INLINE_BYTES:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(json.dumps(text)) <= INLINE_BYTES else None


def dead_letter(
    *,
    stage: RejectionStage,
    topic: str,
    record: Any,
    body: bytes,
    exc: BaseException,
    attempts: int,
    failure: str = "permanent",
    poison: PoisonKind | None = None,
    ref: ClaimCheck | None = None,
) -> DeadLetter:
    """The letter for `body`; `ref` is where the original was stored when it is not inline."""
    key = bounded_key(getattr(record, "key", None))
    text = inline_text(body)
    return DeadLetter(
        stage=stage,
        topic=topic,
        partition=getattr(record, "partition", None),
        offset=getattr(record, "offset", None),
        key=key.decode(errors="replace") if key else None,
        error_type=type(exc).__name__,
        error=describe(exc),
        attempts=attempts,
        original=text if text is not None else body[:PREVIEW_BYTES].decode(errors="replace"),
        original_truncated=text is None,
        original_ref=ref if text is None else None,
        original_size=len(body),
        original_sha256=hashlib.sha256(body).hexdigest(),
        failure="transient" if failure == "transient" else "permanent",
        poison=poison,
    )


def original_of(letter: DeadLetter, store: ObjectStore | None) -> bytes | None:
    """The original value of a letter (for replay); None when only a preview is left."""
    if not letter.original_truncated:
        return letter.original.encode()
    if letter.original_ref is None or store is None:
        return None
    obj = store.read(letter.original_ref.bucket, letter.original_ref.key)
    return obj.data if obj.sha256 == letter.original_ref.sha256 else None
