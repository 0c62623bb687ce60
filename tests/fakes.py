"""Small in-memory stand-ins for unit tests of logic. Every real adapter is tested elsewhere."""

from __future__ import annotations

import hashlib

from stukken.platform.storage import ListedObject, ObjectMissing, ObjectTooLarge, StoredObject


class MemoryStore:
    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], tuple[bytes, str]] = {}
        self.buckets: set[str] = set()

    def read(self, bucket: str, key: str, max_bytes: int | None = None) -> StoredObject:
        if (bucket, key) not in self.objects:
            raise ObjectMissing(f"{bucket}/{key}")
        data, content_type = self.objects[(bucket, key)]
        if max_bytes is not None and len(data) > max_bytes:
            raise ObjectTooLarge(len(data), max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        return StoredObject(data, digest, len(data), content_type, _etag(data))

    def write(
        self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> None:
        self.objects[(bucket, key)] = (data, content_type)

    def stat(self, bucket: str, key: str) -> ListedObject:
        if (bucket, key) not in self.objects:
            raise ObjectMissing(f"{bucket}/{key}")
        data, _ = self.objects[(bucket, key)]
        return ListedObject(key, _etag(data), len(data))

    def exists(self, bucket: str, key: str) -> bool:
        return (bucket, key) in self.objects

    def delete(self, bucket: str, key: str) -> None:
        self.objects.pop((bucket, key), None)

    def list(self, bucket: str, prefix: str = "") -> list[ListedObject]:
        return [
            ListedObject(key, _etag(data), len(data))
            for (b, key), (data, _) in sorted(self.objects.items())
            if b == bucket and key.startswith(prefix)
        ]

    def list_after(self, bucket: str, start_after: str, limit: int) -> list[ListedObject]:
        return [o for o in self.list(bucket) if o.key > start_after][:limit]

    def ensure_bucket(self, bucket: str) -> bool:
        created = bucket not in self.buckets
        self.buckets.add(bucket)
        return created

    def ensure_kafka_notification(self, bucket: str, target_arn: str) -> str:
        return "memory"

    def ping(self) -> bool:
        return True


def _etag(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()
