"""Claim GC: what the document log refers to stays, young claims stay, the rest goes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from stukken.contracts import DocEnriched, Source
from stukken.contracts.events import ClaimCheck
from stukken.platform.claim_gc import collect_claims, referenced_claims
from stukken.platform.storage import ListedObject
from tests.fakes import MemoryStore

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


class DatedStore(MemoryStore):
    """MemoryStore whose listing carries each object's last-modified time."""

    def __init__(self) -> None:
        super().__init__()
        self.modified: dict[str, datetime] = {}

    def put(self, key: str, age: timedelta) -> None:
        self.write("artifacts", key, b"{}", "application/json")
        self.modified[key] = NOW - age

    def list(self, bucket: str, prefix: str = "") -> list[ListedObject]:
        return [
            ListedObject(o.key, o.etag, o.size, self.modified.get(o.key))
            for o in super().list(bucket, prefix)
        ]


def referring(key: str, bucket: str = "artifacts") -> DocEnriched:
    source = Source(bucket="inbox", key="k.pdf", size=1, sha256="v")
    ref = ClaimCheck(bucket=bucket, key=key, size=2, sha256="x")
    return DocEnriched(doc_id="d", version="v", source=source, payload_ref=ref)


def test_unreferenced_claims_past_the_grace_period_are_deleted_and_only_they() -> None:
    store = DatedStore()
    store.put("claims/enriched/current.json", timedelta(days=30))
    store.put("claims/enriched/superseded.json", timedelta(days=30))
    store.put("claims/segmented/in-flight.json", timedelta(hours=1))
    store.put("cache/segment/1/abc.json", timedelta(days=30))  # not a claim: never touched
    live = [referring("claims/enriched/current.json"), referring("claims/x.json", "elsewhere")]
    referenced = referenced_claims(live, "artifacts")
    assert referenced == {"claims/enriched/current.json"}

    dry = collect_claims(store, "artifacts", referenced, now=NOW, dry_run=True)
    assert dry.deleted == ["claims/enriched/superseded.json"]
    assert store.exists("artifacts", "claims/enriched/superseded.json")

    done = collect_claims(store, "artifacts", referenced, grace=timedelta(days=7), now=NOW)
    assert done.deleted == ["claims/enriched/superseded.json"]
    assert (done.kept_referenced, done.kept_young) == (1, 1)
    assert not store.exists("artifacts", "claims/enriched/superseded.json")
    assert store.exists("artifacts", "claims/enriched/current.json")
    assert store.exists("artifacts", "cache/segment/1/abc.json")
