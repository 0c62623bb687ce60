"""Bucket notifications in the AWS event format, as MinIO and the Versity gateway send them.

The two differ in one way that matters: MinIO (like AWS) URL-encodes object keys in the record
("a%2Fx+y.pdf"), the Versity gateway sends them raw ("a/x y.pdf").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from urllib.parse import unquote_plus

KeyEncoding = Literal["auto", "url", "raw"]


class MalformedEvent(ValueError):
    """The message is not an S3 bucket notification we can read."""


@dataclass(frozen=True)
class ObjectEvent:
    action: Literal["created", "removed"]
    bucket: str
    key: str
    size: int
    event_time: datetime | None
    sender: str
    repair: bool = False
    """sent by the reconciler for a document the index lacks: not to be swallowed as a repeat"""


def parse_s3_notification(raw: bytes, encoding: KeyEncoding = "auto") -> list[ObjectEvent]:
    """All object events in one notification; [] for test events and other event kinds."""
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedEvent(f"not JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise MalformedEvent("not a JSON object")
    if body.get("Event") == "s3:TestEvent":
        return []
    records = body.get("Records")
    if not isinstance(records, list):
        raise MalformedEvent("no 'Records' list")
    return [e for e in (_record(r, encoding) for r in records) if e is not None]


def _record(record: Any, encoding: KeyEncoding) -> ObjectEvent | None:
    try:
        name: str = record["eventName"]
        s3 = record["s3"]
        bucket: str = s3["bucket"]["name"]
        key: str = s3["object"]["key"]
    except (KeyError, TypeError) as exc:
        raise MalformedEvent(f"record lacks {exc}") from exc
    kind = name.removeprefix("s3:").split(":", 1)[0]
    if kind not in ("ObjectCreated", "ObjectRemoved"):
        return None
    sender = str(record.get("eventSource", ""))
    if _url_encoded(sender, encoding):
        key = unquote_plus(key)
    bucket = _bucket_by_arn(s3["bucket"], bucket, key)
    return ObjectEvent(
        action="created" if kind == "ObjectCreated" else "removed",
        bucket=bucket,
        key=key,
        size=int(s3["object"].get("size") or 0),
        event_time=_time(record.get("eventTime")),
        sender=sender,
        repair=record.get("stukkenRepair") is True,
    )


def _bucket_by_arn(bucket_info: Any, named: str, key: str) -> str:
    """The Versity gateway (v1.8.0) was seen to name another bucket under load ("stukk" for
    "inbox") while its ARN, "arn:aws:s3:::/<bucket>/<key>", still named the right one."""
    arn = str(bucket_info.get("arn", "")) if isinstance(bucket_info, dict) else ""
    prefix = "arn:aws:s3:::/"
    if arn.startswith(prefix) and arn.endswith("/" + key):
        return arn.removeprefix(prefix)[: -len(key) - 1] or named
    return named


def _url_encoded(sender: str, encoding: KeyEncoding) -> bool:
    if encoding != "auto":
        return encoding == "url"
    # The Versity gateway says "aws:s3" but sends raw keys; MinIO says "minio:s3" and encodes.
    return sender.startswith("minio")


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
