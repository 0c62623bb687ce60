"""OCR fan-out, the segment stage's side: start a job, gather its pages. No Kafka in here.

Where the state lives: the job manifest and every page's reading are objects in the artifact
bucket (services/segment/ocr_results.py). The gatherer keeps, per job, the set of pages whose
`OcrPageDone` it has seen; after a restart or a rebalance it seeds that set from the bucket
listing, so nothing depends on this process's memory surviving.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import timedelta

from services.segment.ocr_results import (
    OcrJob,
    PageReading,
    PlannedPage,
    job_key,
    page_of_result,
    result_key,
    results_prefix,
)
from stukken.contracts import DocIngested
from stukken.contracts.events import now
from stukken.contracts.ocr import OcrPageDone, OcrPageTask, OcrProgress
from stukken.platform.storage import ObjectMissing, ObjectStore


def under_way(store: ObjectStore, bucket: str, version: str, within: timedelta) -> bool:
    """Whether a job for `version` had its page tasks published less than `within` ago."""
    try:
        job = OcrJob.model_validate_json(store.read(bucket, job_key(version)).data)
    except ObjectMissing:
        return False
    return job.published_at is not None and now() - job.published_at < within


def mark_published(store: ObjectStore, bucket: str, version: str) -> None:
    key = job_key(version)
    try:
        job = OcrJob.model_validate_json(store.read(bucket, key).data)
    except ObjectMissing:
        return  # every page was read already and the job is finished
    job.published_at = now()
    store.write(bucket, key, job.model_dump_json().encode(), "application/json")


def start_job(
    store: ObjectStore, bucket: str, event: DocIngested, pages: list[PlannedPage]
) -> tuple[OcrJob, list[OcrPageTask]]:
    """Write the job manifest; the page tasks still to do (pages already read are skipped)."""
    job = OcrJob(event=event, pages=pages)
    key = job_key(event.version)
    store.write(bucket, key, job.model_dump_json().encode(), "application/json")
    read = pages_read(store, bucket, event.version)
    numbers = [p.page for p in pages]
    tasks = [
        OcrPageTask(
            doc_id=event.doc_id,
            version=event.version,
            correlation_id=event.correlation_id,
            source_bucket=event.source.bucket,
            source_key=event.source.key,
            page=p.page,
            pages=numbers,
            why=p.why,
            job_key=key,
            result_key=result_key(event.version, p.page),
        )
        for p in pages
        if p.page not in read
    ]
    return job, tasks


def pages_read(store: ObjectStore, bucket: str, version: str) -> set[int]:
    """Pages of `version` whose reading (or failure) is in the bucket."""
    found = (page_of_result(o.key) for o in store.list(bucket, results_prefix(version)))
    return {page for page in found if page is not None}


@dataclass
class JobState:
    job: OcrJob
    done: set[int] = field(default_factory=set)
    failed: set[int] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        return {p.page for p in self.job.pages} <= self.done

    def progress(self) -> OcrProgress:
        event = self.job.event
        return OcrProgress(
            doc_id=event.doc_id,
            version=event.version,
            key=event.source.key,
            pages_total=len(self.job.pages),
            pages_done=len(self.done),
            pages_failed=len(self.failed),
            state="assembling" if self.complete else "ocr",
        )


class Gatherer:
    """The jobs this segment worker is gathering; a bounded number kept in memory."""

    def __init__(self, store: ObjectStore, bucket: str, keep: int = 256) -> None:
        self.store, self.bucket, self.keep = store, bucket, keep
        self.jobs: OrderedDict[str, JobState] = OrderedDict()

    def record(self, done: OcrPageDone) -> JobState | None:
        """Note one finished page; None when the job is unknown (its manifest is gone)."""
        state = self.jobs.get(done.version)
        if state is None:
            state = self._load(done.version)
            if state is None:
                return None
        self.jobs.move_to_end(done.version)
        state.done.add(done.page)
        if done.outcome == "failed":
            state.failed.add(done.page)
        return state

    def _load(self, version: str) -> JobState | None:
        try:
            raw = self.store.read(self.bucket, job_key(version)).data
        except ObjectMissing:
            return None
        state = JobState(OcrJob.model_validate_json(raw))
        state.done = pages_read(self.store, self.bucket, version)  # after a restart
        self.jobs[version] = state
        while len(self.jobs) > self.keep:
            self.jobs.popitem(last=False)
        return state

    def record_all(self, job: OcrJob) -> JobState:
        """A job whose pages were all read before (the document came again)."""
        state = JobState(job, done={p.page for p in job.pages})
        return state

    def readings(self, state: JobState) -> dict[int, PageReading]:
        """Every page's reading; a page whose object is missing counts as failed."""
        out: dict[int, PageReading] = {}
        for planned in state.job.pages:
            key = result_key(state.job.event.version, planned.page)
            try:
                out[planned.page] = PageReading.model_validate_json(
                    self.store.read(self.bucket, key).data
                )
            except ObjectMissing:
                out[planned.page] = PageReading(
                    page=planned.page, outcome="failed", reason="missing"
                )
        state.failed |= {n for n, r in out.items() if r.outcome != "ok"}
        return out

    def forget(self, version: str) -> None:
        self.jobs.pop(version, None)
