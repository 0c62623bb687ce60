"""OCR artifact GC: live versions, versions being OCR'd and young ones stay; the rest goes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from stukken.ocr_gc import collect_ocr
from stukken.platform.storage import ListedObject
from tests.fakes import MemoryStore

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
OLD = timedelta(days=30)


class DatedStore(MemoryStore):
    """MemoryStore whose listing carries each object's last-modified time."""

    def __init__(self) -> None:
        super().__init__()
        self.modified: dict[str, datetime] = {}
        self.on_list: list[str] = []  # keys written (young) at the next listing of a version

    def put(self, key: str, age: timedelta) -> None:
        self.write("artifacts", key, b"{}", "application/json")
        self.modified[key] = NOW - age

    def list(self, bucket: str, prefix: str = "") -> list[ListedObject]:
        if prefix.count("/") == 2:  # a version's prefix: the re-listing just before deleting
            for key in self.on_list:
                self.put(key, timedelta(0))
            self.on_list.clear()
        return [
            ListedObject(o.key, o.etag, o.size, self.modified.get(o.key))
            for o in super().list(bucket, prefix)
        ]


def version(store: DatedStore, name: str, age: timedelta, pages: int = 2) -> list[str]:
    keys = [f"ocr/{name}/job.json"] + [f"ocr/{name}/ocr-1/{p}.json" for p in range(1, pages + 1)]
    for key in keys:
        store.put(key, age)
    return keys


def test_only_versions_neither_live_nor_in_progress_nor_young_are_deleted() -> None:
    store = DatedStore()
    live = version(store, "live", OLD)
    busy = version(store, "busy", OLD)  # a progress record still says `ocr`
    gone = version(store, "gone", OLD)
    young = version(store, "young", timedelta(hours=1))
    store.put("ocr/mixed/ocr-1/1.json", OLD)  # one page read just now: the job may be starting
    store.put("ocr/mixed/ocr-1/2.json", timedelta(minutes=5))
    store.put("claims/enriched/x.json", OLD)  # not OCR: never touched

    dry = collect_ocr(store, "artifacts", {"live"}, {"busy"}, now=NOW, dry_run=True)
    assert dry.deleted == ["gone"]
    assert all(store.exists("artifacts", k) for k in gone)

    done = collect_ocr(store, "artifacts", {"live"}, {"busy"}, now=NOW)
    assert done.deleted == ["gone"]
    assert done.objects_deleted == 3
    assert (done.kept_live, done.kept_in_progress, done.kept_young) == (1, 1, 2)
    assert not any(store.exists("artifacts", k) for k in gone)
    for key in [*live, *busy, *young, "ocr/mixed/ocr-1/1.json", "claims/enriched/x.json"]:
        assert store.exists("artifacts", key), key


def test_a_version_written_to_while_collecting_is_kept_whole() -> None:
    store = DatedStore()
    keys = version(store, "again", OLD)
    store.on_list = ["ocr/again/job.json"]  # the same bytes uploaded again: a new job manifest

    result = collect_ocr(store, "artifacts", set(), set(), now=NOW)
    assert result.deleted == []
    assert result.kept_young == 1
    assert all(store.exists("artifacts", k) for k in keys)


def test_objects_without_a_time_are_never_deleted() -> None:
    store = DatedStore()
    store.write("artifacts", "ocr/undated/ocr-1/1.json", b"{}")

    result = collect_ocr(store, "artifacts", set(), set(), grace=timedelta(0), now=NOW)
    assert result.deleted == []
    assert store.exists("artifacts", "ocr/undated/ocr-1/1.json")
