"""Dead letters stay small whatever the original was; the original is kept by reference."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

from stukken.platform.deadletter import INLINE_BYTES, dead_letter, original_of, store_original
from tests.fakes import MemoryStore

RECORD = SimpleNamespace(topic="stukken.s3-events", partition=0, offset=7, key=b"k")


def letter_for(body: bytes, store: MemoryStore | None = None, exc: Exception | None = None):  # type: ignore[no-untyped-def]
    ref = store_original(store, "artifacts", "ingest", body) if store is not None else None
    return dead_letter(
        stage="ingest",
        topic=RECORD.topic,
        record=RECORD,
        body=body,
        exc=exc or ValueError("bad"),
        attempts=1,
        poison="undecodable",
        ref=ref,
    )


def test_a_small_text_original_is_inline() -> None:
    letter = letter_for(b'{"doc_id": 42}')
    assert letter.original == '{"doc_id": 42}' and not letter.original_truncated
    assert letter.original_sha256 == hashlib.sha256(b'{"doc_id": 42}').hexdigest()
    assert original_of(letter, None) == b'{"doc_id": 42}'


def test_a_700_kb_original_is_stored_by_reference_and_the_letter_stays_small() -> None:
    body = b'{"x": "' + b"a" * 700_000 + b'"}'
    store = MemoryStore()
    error = ValueError(body.decode())  # an error text that repeats the whole input
    letter = letter_for(body, store, error)
    size = len(letter.model_dump_json())
    assert size < 10_000, size
    assert letter.original_truncated and letter.original_size == len(body)
    assert letter.original_ref is not None and letter.original_ref.size == len(body)
    assert original_of(letter, store) == body  # replay gets the whole of it back


def test_binary_originals_are_never_inline_and_survive_a_missing_store() -> None:
    body = bytes(range(256)) * 10
    letter = letter_for(body)  # no store (S3 down): preview and hash only
    assert letter.original_truncated and letter.original_ref is None
    assert letter.original_sha256 == hashlib.sha256(body).hexdigest()
    assert original_of(letter, None) is None


def test_text_that_escapes_to_more_than_the_inline_limit_goes_by_reference() -> None:
    body = b'"' * (INLINE_BYTES // 2 + 1)  # each quote escapes to two characters
    store = MemoryStore()
    letter = letter_for(body, store)
    assert letter.original_truncated and letter.original_ref is not None


def test_a_huge_key_is_replaced_by_its_hash() -> None:
    record = SimpleNamespace(topic="t", partition=0, offset=1, key=b"k" * 900_000)
    letter = dead_letter(
        stage="ingest", topic="t", record=record, body=b"{}", exc=ValueError(), attempts=1
    )
    assert letter.key == "sha256:" + hashlib.sha256(record.key).hexdigest()
