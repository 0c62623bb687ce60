"""The S3 adapter against the real S3 server the stack runs."""

import uuid

import pytest

from stukken.platform.settings import CommonSettings
from stukken.platform.storage import ObjectMissing, ObjectTooLarge, S3Store


@pytest.fixture()
def store(stack: CommonSettings) -> S3Store:
    s = S3Store(stack)
    s.ensure_bucket("it-store")
    return s


def test_write_read_hash_exists_delete(store: S3Store) -> None:
    key = f"{uuid.uuid4().hex}/doc.pdf"
    store.write("it-store", key, b"%PDF-1.7 hello", "application/pdf")
    obj = store.read("it-store", key)
    assert obj.data == b"%PDF-1.7 hello" and obj.size == 14
    assert obj.sha256 == "2a916d83fa20d97c7c3c04cf07b2d3f8d18ea47f59c841a221dd3a81f15fc347"
    assert store.exists("it-store", key)
    store.delete("it-store", key)
    assert not store.exists("it-store", key)
    with pytest.raises(ObjectMissing):
        store.read("it-store", key)


def test_reading_stops_at_the_size_limit(store: S3Store) -> None:
    key = f"{uuid.uuid4().hex}.bin"
    store.write("it-store", key, b"x" * 3_000_000)
    with pytest.raises(ObjectTooLarge):
        store.read("it-store", key, max_bytes=1_000_000)


def test_ensure_bucket_is_idempotent(store: S3Store) -> None:
    assert store.ensure_bucket("it-store") is False
    assert store.ping()
