"""Reconciliation: bucket vs ledger vs index, one key range per round, with in-memory stand-ins."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from services.ingest.ledger import Ledger, LedgerEntry, decode, encode
from services.ingest.reconcile import (
    RECORDS_PER_MESSAGE,
    SENDER,
    Horizons,
    as_notification,
    as_notifications,
    compare,
)
from services.ingest.rounds import Reconciler
from services.ingest.s3_events import ObjectEvent, parse_s3_notification
from stukken.contracts import doc_id_for
from stukken.platform.storage import ListedObject
from tests.fakes import MemoryStore

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
LONG_AGO = NOW.timestamp() - 3600
HORIZONS = Horizons(
    modified=NOW - timedelta(seconds=30),
    recorded=NOW.timestamp() - 30,
    indexed=NOW.timestamp() - 60,
)


def entry(key: str, etag: str, version: str = "v", at: float = LONG_AGO) -> tuple[str, LedgerEntry]:
    return doc_id_for("inbox", key), LedgerEntry(key, version, etag, at)


def kinds(repairs: list) -> set[tuple[str, str]]:
    return {(r.kind, r.event.key) for r in repairs}


def test_missed_changed_and_removed_objects_are_found() -> None:
    listed = [
        ListedObject("same.pdf", "e1", 10),
        ListedObject("new.pdf", "e2", 20),
        ListedObject("changed.pdf", "e3-new", 30),
    ]
    known = [entry("same.pdf", "e1"), entry("changed.pdf", "e3"), entry("gone.pdf", "e4")]
    assert kinds(compare("inbox", listed, known, HORIZONS)) == {
        ("missed", "new.pdf"),
        ("changed", "changed.pdf"),
        ("removed", "gone.pdf"),
    }


def test_documents_the_index_lacks_or_holds_in_another_version_are_stale() -> None:
    listed = [ListedObject(k, "e", 1) for k in ("ok.pdf", "lost.pdf", "old.pdf", "young.pdf")]
    known = [
        entry("ok.pdf", "e", "v1"),
        entry("lost.pdf", "e", "v1"),
        entry("old.pdf", "e", "v2"),
        entry("young.pdf", "e", "v1", at=NOW.timestamp() - 5),  # still on its way
    ]
    indexed = {doc_id_for("inbox", "ok.pdf"): "v1", doc_id_for("inbox", "old.pdf"): "v1"}
    repairs = compare("inbox", listed, known, HORIZONS, indexed)
    assert kinds(repairs) == {("stale_index", "lost.pdf"), ("stale_index", "old.pdf")}
    assert all(r.event.repair for r in repairs)


def test_recent_objects_are_left_to_their_own_notification() -> None:
    listed = [ListedObject("fresh.pdf", "e", 1, NOW - timedelta(seconds=3))]
    assert compare("inbox", listed, [], HORIZONS) == []


def test_an_entry_recorded_after_the_listing_is_not_called_removed() -> None:
    """The listing race: an object created after the listing has a ledger entry, no listing."""
    known = [entry("created-meanwhile.pdf", "e", at=NOW.timestamp() - 1)]
    assert compare("inbox", [], known, HORIZONS) == []


def test_the_ledger_gives_the_entries_of_a_key_range_in_order() -> None:
    ledger = Ledger()
    for key in ("c", "a", "e", "b", "d"):
        ledger.apply(*entry(key, "x"))
    ledger.apply(doc_id_for("inbox", "d"), None)
    ledger.apply(*entry("b", "y"))  # a new version: one entry still
    assert [e.key for _, e in ledger.between("a", "c")] == ["b", "c"]
    assert [e.key for _, e in ledger.between("", None)] == ["a", "b", "c", "e"]
    assert ledger.between("c", None)[-1][1].key == "e"
    assert decode(encode(ledger.entry(doc_id_for("inbox", "b")))) == ledger.entry(
        doc_id_for("inbox", "b")
    )
    assert encode(None) is None  # a tombstone


class FakeIndex:
    def __init__(self) -> None:
        self.held: dict[str, str] = {}
        self.calls = 0

    async def versions(self, doc_ids: list[str]) -> dict[str, str] | None:
        self.calls += 1
        return {d: self.held[d] for d in doc_ids if d in self.held}


def filled(n: int) -> tuple[MemoryStore, Ledger, FakeIndex]:
    store, ledger, index = MemoryStore(), Ledger(), FakeIndex()
    for i in range(n):
        key = f"k{i:04d}.pdf"
        store.write("inbox", key, f"%PDF-{i}".encode())
        etag = store.stat("inbox", key).etag
        doc_id, e = entry(key, etag, f"v{i}", at=time.time() - 3600)
        ledger.apply(doc_id, e)
        index.held[doc_id] = f"v{i}"
    return store, ledger, index


def reconciler(store: MemoryStore, ledger: Ledger, index: FakeIndex, batch: int) -> Reconciler:
    return Reconciler(
        "inbox", store, ledger, index.versions, batch=batch, grace_s=0, index_grace_s=60
    )


async def test_rounds_walk_the_key_space_in_batches_and_wrap_around() -> None:
    store, ledger, index = filled(25)
    rec = reconciler(store, ledger, index, batch=10)
    for expected_cursor in ("k0009.pdf", "k0019.pdf", ""):
        assert await rec.round() == []
        assert rec.cursor == expected_cursor
    assert index.calls == 3  # one question per page of listing, none per ledger entry


async def test_a_document_gone_from_the_index_is_sent_again_with_backoff() -> None:
    store, ledger, index = filled(5)
    lost = doc_id_for("inbox", "k0003.pdf")
    del index.held[lost]
    rec = reconciler(store, ledger, index, batch=100)
    (repair,) = await rec.round()
    assert (repair.kind, repair.event.key, repair.event.repair) == (
        "stale_index",
        "k0003.pdf",
        True,
    )
    assert await rec.round() == []  # not again at once
    index.held[lost] = "v3"
    await rec.round()
    assert lost not in rec.backoff.due  # repaired: the backoff is forgotten


async def test_a_removed_candidate_that_exists_after_all_is_not_removed() -> None:
    store, ledger, index = filled(3)

    class ListsBeforeTheUpload(MemoryStore):
        def list_after(self, bucket: str, start_after: str, limit: int) -> list[ListedObject]:
            return [
                o for o in super().list_after(bucket, start_after, limit) if o.key != "k0001.pdf"
            ]

    racing = ListsBeforeTheUpload()
    racing.objects = store.objects
    rec = reconciler(racing, ledger, index, batch=100)
    assert await rec.round() == []
    store.delete("inbox", "k0001.pdf")
    assert kinds(await rec.round()) == {("removed", "k0001.pdf")}


def test_synthetic_notifications_read_back_as_the_same_events() -> None:
    events = [
        ObjectEvent("created", "inbox", "a b/c+d.pdf", 5, None, SENDER, repair=True),
        ObjectEvent("removed", "inbox", "x", 0, None, SENDER),
    ]
    parsed = parse_s3_notification(as_notification(events))
    assert [(e.action, e.bucket, e.key, e.sender, e.repair) for e in parsed] == [
        ("created", "inbox", "a b/c+d.pdf", SENDER, True),
        ("removed", "inbox", "x", SENDER, False),
    ]


def test_many_repairs_go_out_in_several_small_messages() -> None:
    events = [ObjectEvent("created", "inbox", f"k{i}", 1, None, SENDER) for i in range(1234)]
    messages = as_notifications(events)
    assert len(messages) == -(-1234 // RECORDS_PER_MESSAGE)
    assert sum(len(parse_s3_notification(m)) for m in messages) == 1234
    assert max(len(m) for m in messages) < 512 * 1024


def test_a_garbled_bucket_name_is_corrected_by_the_arn() -> None:
    record = {
        "eventName": "s3:ObjectCreated:Put",
        "eventSource": "aws:s3",
        "s3": {
            "bucket": {"name": "stukk", "arn": "arn:aws:s3:::/inbox/a/x.pdf"},
            "object": {"key": "a/x.pdf", "size": 1},
        },
    }
    (event,) = parse_s3_notification(json.dumps({"Records": [record]}).encode())
    assert event.bucket == "inbox"


def test_the_ledger_kept_as_objects_before_is_adopted() -> None:
    from services.ingest.ledger import LEGACY_PREFIX, legacy_entries

    store = MemoryStore()
    body = b'{"version": "v1", "key": "a.pdf", "etag": "e1"}'
    store.write("artifacts", f"{LEGACY_PREFIX}d1.json", body)
    assert legacy_entries(store, "artifacts") == [("d1", LedgerEntry("a.pdf", "v1", "e1", 0.0))]
