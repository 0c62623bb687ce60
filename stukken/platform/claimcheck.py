"""Claim check: a payload too large for an event is stored in the bucket and referenced instead."""

from __future__ import annotations

import hashlib
from typing import TypeVar

from pydantic import BaseModel

from stukken.contracts.events import ClaimCheck
from stukken.platform.storage import ObjectStore

M = TypeVar("M", bound=BaseModel)


class ClaimCheckMismatch(Exception):
    """The stored payload is not the one the event refers to."""


def check_in(
    store: ObjectStore, bucket: str, kind: str, payload: BaseModel, limit: int
) -> ClaimCheck | None:
    """Store `payload` when its JSON exceeds `limit` bytes; None when it fits inline."""
    data = payload.model_dump_json().encode()
    if len(data) <= limit:
        return None
    digest = hashlib.sha256(data).hexdigest()
    key = f"claims/{kind}/{digest}.json"  # content-addressed: re-publishing writes the same object
    store.write(bucket, key, data, "application/json")
    return ClaimCheck(bucket=bucket, key=key, size=len(data), sha256=digest)


def check_out(store: ObjectStore, ref: ClaimCheck, model: type[M]) -> M:
    obj = store.read(ref.bucket, ref.key)
    if obj.sha256 != ref.sha256:
        raise ClaimCheckMismatch(f"{ref.key}: sha256 {obj.sha256} != {ref.sha256}")
    return model.model_validate_json(obj.data)


def cache_key(stage: str, version: str, logic_version: str) -> str:
    """Where a stage caches its result for some content: a replay or duplicate skips the work."""
    return f"cache/{stage}/{logic_version}/{version}.json"
