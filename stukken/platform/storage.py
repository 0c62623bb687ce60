"""The object-store port and its one real adapter (any S3 server, through the minio client)."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import urllib3
from minio import Minio
from minio.datatypes import Object
from minio.error import S3Error
from minio.notificationconfig import NotificationConfig, QueueConfig

from stukken.platform.settings import CommonSettings

_CHUNK = 1024 * 1024


class ObjectMissing(Exception):
    """The object is not (or no longer) in the bucket."""


class ObjectTooLarge(Exception):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"object is {size} bytes, the limit is {limit}")
        self.size, self.limit = size, limit


@dataclass(frozen=True)
class StoredObject:
    data: bytes
    sha256: str
    size: int
    content_type: str
    etag: str = ""


@dataclass(frozen=True)
class ListedObject:
    key: str
    etag: str
    size: int
    modified: datetime | None = None


class ObjectStore(Protocol):
    def read(self, bucket: str, key: str, max_bytes: int | None = None) -> StoredObject: ...

    def stat(self, bucket: str, key: str) -> ListedObject:
        """The object's size, ETag and time (a HEAD); raises ObjectMissing."""
        ...

    def write(self, bucket: str, key: str, data: bytes, content_type: str = ...) -> None: ...

    def exists(self, bucket: str, key: str) -> bool: ...

    def list_after(self, bucket: str, start_after: str, limit: int) -> list[ListedObject]:
        """Up to `limit` objects whose keys sort after `start_after`, in key order (paged)."""
        ...

    def list(self, bucket: str, prefix: str = "") -> list[ListedObject]: ...

    def delete(self, bucket: str, key: str) -> None: ...

    def ensure_bucket(self, bucket: str) -> bool: ...

    def ensure_kafka_notification(self, bucket: str, target_arn: str) -> str: ...

    def ping(self) -> bool: ...


def _listed(o: Object) -> ListedObject:
    etag = (o.etag or "").strip('"')
    return ListedObject(o.object_name or "", etag, o.size or 0, o.last_modified)


class S3Store:
    """Talks S3 to MinIO, the Versity gateway or AWS alike."""

    def __init__(self, settings: CommonSettings) -> None:
        self.client = Minio(
            settings.s3_endpoint,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            secure=settings.s3_secure,
            region=settings.s3_region,
            # Fail fast: the stage's own retry policy decides what to do with a failure.
            http_client=urllib3.PoolManager(
                timeout=urllib3.Timeout(connect=3, read=30),
                retries=urllib3.Retry(total=1, backoff_factor=0.2),
            ),
        )

    def read(self, bucket: str, key: str, max_bytes: int | None = None) -> StoredObject:
        """Stream the object, hashing as it arrives; refuse it once it passes `max_bytes`
        (at once when the server announces a larger Content-Length)."""
        try:
            response = self.client.get_object(bucket, key)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchBucket"):
                raise ObjectMissing(f"{bucket}/{key}") from exc
            raise
        digest, buf = hashlib.sha256(), io.BytesIO()
        try:
            content_type = response.headers.get("Content-Type", "application/octet-stream")
            etag = response.headers.get("ETag", "").strip('"')
            announced = int(response.headers.get("Content-Length") or 0)
            if max_bytes is not None and announced > max_bytes:
                raise ObjectTooLarge(announced, max_bytes)
            for chunk in response.stream(_CHUNK):
                buf.write(chunk)
                digest.update(chunk)
                if max_bytes is not None and buf.tell() > max_bytes:
                    raise ObjectTooLarge(buf.tell(), max_bytes)
        finally:
            response.close()
            response.release_conn()
        data = buf.getvalue()
        return StoredObject(data, digest.hexdigest(), len(data), content_type, etag)

    def write(
        self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> None:
        self.client.put_object(bucket, key, io.BytesIO(data), len(data), content_type=content_type)

    def write_json(self, bucket: str, key: str, payload: object) -> None:
        self.write(bucket, key, json.dumps(payload).encode(), "application/json")

    def stat(self, bucket: str, key: str) -> ListedObject:
        try:
            found = self.client.stat_object(bucket, key)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchBucket", "NotFound"):
                raise ObjectMissing(f"{bucket}/{key}") from exc
            raise
        etag = (found.etag or "").strip('"')
        return ListedObject(found.object_name or key, etag, found.size or 0, found.last_modified)

    def exists(self, bucket: str, key: str) -> bool:
        try:
            self.stat(bucket, key)
        except ObjectMissing:
            return False
        return True

    def delete(self, bucket: str, key: str) -> None:
        self.client.remove_object(bucket, key)

    def list_after(self, bucket: str, start_after: str, limit: int) -> list[ListedObject]:
        # The client pages (1,000 keys per request) lazily: stopping early stops the requests.
        found = self.client.list_objects(
            bucket, recursive=True, start_after=start_after or None, use_api_v1=False
        )
        return [_listed(o) for o in itertools.islice((o for o in found if not o.is_dir), limit)]

    def list(self, bucket: str, prefix: str = "") -> list[ListedObject]:
        return [
            _listed(o)
            for o in self.client.list_objects(bucket, prefix=prefix, recursive=True)
            if not o.is_dir
        ]

    def ensure_bucket(self, bucket: str) -> bool:
        """Create the bucket when missing; True when it was created."""
        if self.client.bucket_exists(bucket):
            return False
        try:
            self.client.make_bucket(bucket)
        except S3Error as exc:
            if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                raise
            return False
        return True

    def ensure_kafka_notification(self, bucket: str, target_arn: str) -> str:
        """Ask the server to send this bucket's object events to its Kafka target.

        MinIO takes a per-bucket configuration naming its Kafka target; the Versity gateway sends
        every bucket's events to the topic it was started with and may refuse the call. Returns what
        happened, for the start-up log.
        """
        try:
            current = self.client.get_bucket_notification(bucket)
            if any(q.queue == target_arn for q in current.queue_config_list):
                return "present"
            config = NotificationConfig(
                queue_config_list=[
                    QueueConfig(["s3:ObjectCreated:*", "s3:ObjectRemoved:*"], queue=target_arn)
                ]
            )
            self.client.set_bucket_notification(bucket, config)
            return "configured"
        except S3Error as exc:
            return f"server-wide ({exc.code})"

    def ping(self) -> bool:
        try:
            self.client.list_buckets()
        except Exception:
            return False
        return True
