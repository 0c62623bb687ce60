"""The S3 adapter against the real S3 server the stack runs."""

import io
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


def test_stat_is_a_head_with_size_and_etag(store: S3Store) -> None:
    key = f"{uuid.uuid4().hex}/doc.pdf"
    store.write("it-store", key, b"%PDF-1.7 hello")
    head = store.stat("it-store", key)
    assert (head.key, head.size) == (key, 14) and head.modified is not None
    assert head.etag == store.read("it-store", key).etag != ""
    with pytest.raises(ObjectMissing):
        store.stat("it-store", key + ".nope")


def test_a_multipart_upload_has_its_true_size_on_a_head(store: S3Store) -> None:
    key = f"{uuid.uuid4().hex}/parts.pdf"
    part = 5 * 1024 * 1024
    data = b"%PDF-" + b"0" * (2 * part + 10)
    store.client.put_object("it-store", key, io.BytesIO(data), -1, part_size=part)
    assert store.stat("it-store", key).size == len(data)
    with pytest.raises(ObjectTooLarge):  # refused on its Content-Length, before the body
        store.read("it-store", key, max_bytes=part)


def test_list_after_pages_through_the_keys_in_order(store: S3Store) -> None:
    run = uuid.uuid4().hex
    store.ensure_bucket(f"it-{run[:8]}")
    bucket = f"it-{run[:8]}"
    keys = [f"k{i:02d}.pdf" for i in range(7)]
    for key in keys:
        store.write(bucket, key, b"x")
    assert [o.key for o in store.list_after(bucket, "", 3)] == keys[:3]
    assert [o.key for o in store.list_after(bucket, "k02.pdf", 3)] == keys[3:6]
    assert [o.key for o in store.list_after(bucket, "k05.pdf", 3)] == keys[6:]
