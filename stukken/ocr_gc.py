"""Garbage collection of the OCR fan-out's artifacts (`ocr/<version>/…` in the artifact bucket).

A version's page readings and job manifest are worth keeping while the version is live (a
segment reprocess then reuses the readings instead of OCR'ing again) and while its OCR is under
way (the gatherer assembles from them). They are deleted when the version is neither live in the
document log nor has a progress record that is still `ocr` or `assembling`, and every object of
the version is older than the grace period.

The grace period covers what neither record shows yet: a scan whose job manifest is written but
whose first progress record is not on Kafka, a page reading written after the progress record
said `failed`. Just before deleting, the version is listed again: an object written since (the
same bytes uploaded again, whose new job reuses the old readings) keeps the whole version.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from services.segment.ocr_results import OCR_ROOT, job_key
from stukken.platform.storage import ListedObject, ObjectStore

DEFAULT_GRACE = timedelta(days=7)


@dataclass
class OcrCollection:
    kept_live: int = 0
    kept_in_progress: int = 0
    kept_young: int = 0
    deleted: list[str] = field(default_factory=list)  # versions
    objects_deleted: int = 0


def by_version(objects: list[ListedObject]) -> dict[str, list[ListedObject]]:
    """The listed `ocr/` objects grouped by the version in their key."""
    out: dict[str, list[ListedObject]] = defaultdict(list)
    for obj in objects:
        version, sep, _ = obj.key.removeprefix(OCR_ROOT).partition("/")
        if sep and version:
            out[version].append(obj)
    return out


def _young(objects: list[ListedObject], cutoff: datetime) -> bool:
    # an object without a time is taken as young: never delete what cannot be dated
    return any(o.modified is None or o.modified > cutoff for o in objects)


def collect_ocr(
    store: ObjectStore,
    bucket: str,
    live: set[str],
    in_progress: set[str],
    *,
    grace: timedelta = DEFAULT_GRACE,
    now: datetime | None = None,
    dry_run: bool = False,
) -> OcrCollection:
    """Delete the OCR artifacts of versions nobody needs any more; returns what was done."""
    cutoff = (now or datetime.now(UTC)) - grace
    result = OcrCollection()
    for version, objects in sorted(by_version(store.list(bucket, OCR_ROOT)).items()):
        if version in live:
            result.kept_live += 1
        elif version in in_progress:
            result.kept_in_progress += 1
        elif _young(objects, cutoff):
            result.kept_young += 1
        else:
            if not dry_run:
                again = store.list(bucket, f"{OCR_ROOT}{version}/")
                if _young(again, cutoff):  # written to since the first listing
                    result.kept_young += 1
                    continue
                # the readings first, the manifest last: a half-done run leaves a job that
                # the next run (or a new upload of the same bytes) still sees
                manifest = job_key(version)
                for obj in sorted(again, key=lambda o: o.key == manifest):
                    store.delete(bucket, obj.key)
                result.objects_deleted += len(again)
            else:
                result.objects_deleted += len(objects)
            result.deleted.append(version)
    return result
