"""What the end-to-end benchmark observes: pipeline events, service memory, handler times.

- `EventLog` reads every pipeline topic from its end (all partitions assigned, no group), and
  records per document and topic when the event was produced (the Kafka record timestamp), when
  the stage says it happened (`occurred_at`) and when the benchmark received it.
- `RssSampler` samples the resident memory of each service process (and its children: the
  segment service parses in a worker process) from the pid files `stukken up` writes.
- `handler_seconds` reads each stage's processing-time histogram from its /metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx
import psutil
from aiokafka import AIOKafkaConsumer

from services.ingest.s3_events import MalformedEvent, parse_s3_notification
from stukken.contracts import topics
from stukken.contracts.events import doc_id_for
from stukken.localstack import processes
from stukken.ops import topic_partitions

WATCHED = topics.PIPELINE_TOPICS
SERVICES = ("ingest", "segment", "enrich", "index")
_OCCURRED = re.compile(rb'"occurred_at":"([^"]+)"')


@dataclass(frozen=True)
class Seen:
    produced: float  # Kafka record timestamp (producer's clock = this machine's), epoch s
    occurred: float | None  # the event's occurred_at, epoch s
    received: float  # when this benchmark read it


@dataclass
class EventLog:
    bootstrap: str
    bucket: str
    seen: dict[str, dict[str, Seen]] = field(default_factory=lambda: defaultdict(dict))
    rejections: dict[str, str] = field(default_factory=dict)  # doc_id -> "reason: detail"
    # bucket events for our keys that name another bucket: ingest ignores them
    misaddressed: list[tuple[str, str]] = field(default_factory=list)
    _waiters: dict[tuple[str, str], asyncio.Event] = field(default_factory=dict)
    _consumer: AIOKafkaConsumer | None = None
    _task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Assign every partition of the watched topics and start from their current end."""
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            enable_auto_commit=False,
            # the broker answers a fetch as soon as any record is there: a long wait costs no
            # latency, and a short one would load the broker with empty fetches
            fetch_max_wait_ms=500,
            max_partition_fetch_bytes=8 * 1024 * 1024,
        )
        await self._consumer.start()
        tps = [tp for topic in WATCHED for tp in await topic_partitions(self.bootstrap, topic)]
        self._consumer.assign(tps)
        await self._consumer.seek_to_end(*tps)
        for tp in tps:  # resolve the end offsets now, before anything is uploaded
            await self._consumer.position(tp)
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            batches = await self._consumer.getmany(timeout_ms=200)
            now = time.time()
            for tp, records in batches.items():
                for record in records:
                    self._record(tp.topic, record.key, record.value or b"", record.timestamp, now)

    def _record(self, topic: str, key: bytes | None, value: bytes, ts_ms: int, now: float) -> None:
        if topic == topics.S3_EVENTS:
            try:
                events = parse_s3_notification(value)
            except MalformedEvent:
                return
            doc_ids = [doc_id_for(e.bucket, e.key) for e in events if e.bucket == self.bucket]
            self.misaddressed += [
                (e.bucket, e.key)
                for e in events
                if e.bucket != self.bucket and e.key.startswith("bench/")
            ]
            occurred = None
        else:
            doc_ids = [key.decode()] if key else []
            found = _OCCURRED.search(value[:4096])
            occurred = (
                datetime.fromisoformat(found.group(1).decode()).timestamp() if found else None
            )
            if topic == topics.DOC_REJECTED and doc_ids:
                why = json.loads(value)
                self.rejections[doc_ids[0]] = f"{why.get('reason')}: {why.get('detail')}"
        for doc_id in doc_ids:
            self.seen[doc_id].setdefault(topic, Seen(ts_ms / 1000, occurred, now))
            waiter = self._waiters.get((doc_id, topic))
            if waiter is not None:
                waiter.set()

    async def wait(self, doc_id: str, topic: str, timeout_s: float) -> Seen | None:
        """The event of `topic` for `doc_id`, once it arrives; None after the timeout."""
        if topic not in self.seen.get(doc_id, {}):
            event = self._waiters.setdefault((doc_id, topic), asyncio.Event())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout_s)
        return self.seen.get(doc_id, {}).get(topic)

    async def wait_done(self, doc_id: str, timeout_s: float) -> str | None:
        """`indexed` or `rejected` when the document got through or was turned away."""
        deadline = time.monotonic() + timeout_s
        while True:
            got = self.seen.get(doc_id, {})
            if topics.DOC_INDEXED in got:
                return "indexed"
            if topics.DOC_REJECTED in got:
                return "rejected"
            if time.monotonic() >= deadline:
                return None
            await asyncio.sleep(0.05)

    async def wait_all(self, doc_ids: list[str], timeout_s: float, stall_s: float) -> None:
        """Until every document is indexed or rejected; gives up after `timeout_s`, or when
        none got through for `stall_s` (a lost event would otherwise hold the run)."""
        deadline = time.monotonic() + timeout_s
        done, last_progress = 0, time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - last_progress < stall_s:
            now_done = sum(
                1
                for i in doc_ids
                if {topics.DOC_INDEXED, topics.DOC_REJECTED} & self.seen.get(i, {}).keys()
            )
            if now_done == len(doc_ids):
                return
            if now_done > done:
                done, last_progress = now_done, time.monotonic()
            await asyncio.sleep(0.05)


@dataclass
class RssSampler:
    """A thread sampling RSS (MiB) of each service and its children every `interval_s`."""

    run_dir: Path
    interval_s: float = 0.5
    names: tuple[str, ...] = (*SERVICES, "kafka", "s3gateway")
    # (epoch s, name, own MiB, with children MiB, CPU seconds so far with children)
    samples: list[tuple[float, str, float, float, float]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        procs: dict[str, psutil.Process] = {"bench": psutil.Process()}
        for name in self.names:
            record = processes.read_pid_file(self.run_dir / f"{name}.pid")
            if record is not None:
                procs[name] = psutil.Process(record.pid)
        self._thread = threading.Thread(target=self._loop, args=(procs,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _loop(self, procs: dict[str, psutil.Process]) -> None:
        # CPU seconds per process name and pid: a recycled worker's time is kept, not lost
        cpu_by_pid: dict[str, dict[int, float]] = defaultdict(dict)
        while not self._stop.is_set():
            now = time.time()
            for name, proc in procs.items():
                with contextlib.suppress(psutil.Error):
                    own = proc.memory_info().rss
                    total = own
                    cpu_by_pid[name][proc.pid] = _cpu(proc)
                    # the bench process started the stack: its children are the services
                    for child in proc.children(recursive=True) if name != "bench" else ():
                        with contextlib.suppress(psutil.Error):
                            total += child.memory_info().rss
                            cpu_by_pid[name][child.pid] = _cpu(child)
                    cpu = sum(cpu_by_pid[name].values())
                    self.samples.append((now, name, own / 2**20, total / 2**20, cpu))
            t = psutil.cpu_times()
            busy = t.user + t.nice + t.system + t.irq + t.softirq + t.steal
            self.samples.append((now, "machine", 0.0, 0.0, busy))
            self._stop.wait(self.interval_s)

    def cpu_seconds(self, since: float, until: float) -> dict[str, float]:
        """Per process (and 'machine': all CPUs busy): CPU seconds used within [since, until]."""
        first: dict[str, float] = {}
        last: dict[str, float] = {}
        for ts, name, _own, _total, cpu in self.samples:
            if since <= ts <= until:
                first.setdefault(name, cpu)
                last[name] = cpu
        return {name: last[name] - first[name] for name in last}

    def peaks(
        self, since: float = 0.0, until: float = float("inf")
    ) -> dict[str, tuple[float, float]]:
        """Per process: (peak own RSS, peak RSS with children) in MiB within [since, until]."""
        out: dict[str, tuple[float, float]] = {}
        for ts, name, own, total, _cpu in self.samples:
            if since <= ts <= until and name != "machine":
                a, b = out.get(name, (0.0, 0.0))
                out[name] = (max(a, own), max(b, total))
        return out


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return times.user + times.system


_HISTOGRAM = re.compile(r"^stukken_(\w+)_processing_seconds_(sum|count) ([0-9.e+-]+)$", re.M)


def handler_seconds(ports: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Per stage: (sum of handler seconds, messages) from its Prometheus histogram so far."""
    out: dict[str, tuple[float, float]] = {}
    for name, port in ports.items():
        try:
            text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        except httpx.HTTPError:
            continue
        values = {kind: float(v) for stage, kind, v in _HISTOGRAM.findall(text) if stage == name}
        out[name] = (values.get("sum", 0.0), values.get("count", 0.0))
    return out
