"""End-to-end benchmark of the local stack: drop -> searchable latency, sustained throughput,
memory on a 1,000-page PDF. Measured against the targets in DESIGN.md.

Starts its own stack (Kafka 127.0.0.1:39092, S3 127.0.0.1:37070, services 38081-38084, state in
var/bench), so it never touches a stack started by `make run` or the tests; stops it at the end.

Run: .venv/bin/python -m bench.e2e.run [--quick] [--keep-stack]
Writes bench/e2e/results.json, report.md, latency.png, throughput.png.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.e2e import documents, report
from bench.e2e.documents import Doc
from bench.e2e.measure import EventLog, RssSampler, handler_seconds
from stukken.contracts import topics
from stukken.contracts.events import doc_id_for
from stukken.platform.settings import REPO_ROOT, CommonSettings
from stukken.platform.storage import S3Store

HERE = Path(__file__).resolve().parent
PORTS = {"ingest": 38081, "segment": 38082, "enrich": 38083, "index": 38084}
BENCH_ENV = {
    "STUKKEN_KAFKA_BOOTSTRAP": "127.0.0.1:39092",  # the controller takes 39093
    "STUKKEN_S3_ENDPOINT": "127.0.0.1:37070",
    "STUKKEN_VAR_DIR": str(REPO_ROOT / "var" / "bench"),
    "STUKKEN_LOG_JSON": "true",
    **{f"STUKKEN_{name.upper()}_HTTP_PORT": str(port) for name, port in PORTS.items()},
}
STAGE_TOPICS = (
    ("s3 notify", None, topics.S3_EVENTS),
    ("ingest", topics.S3_EVENTS, topics.DOC_INGESTED),
    ("segment", topics.DOC_INGESTED, topics.DOC_SEGMENTED),
    ("enrich", topics.DOC_SEGMENTED, topics.DOC_ENRICHED),
    ("index", topics.DOC_ENRICHED, topics.DOC_INDEXED),
)
DONE = topics.DOC_INDEXED
WAIT_S = 120.0  # longest wait for one document of the latency run


@dataclass(frozen=True)
class Plan:
    warmup: int
    letters: int
    burst: int
    long_pages: int
    threads: int = 4


FULL = Plan(warmup=3, letters=30, burst=100, long_pages=1000)
QUICK = Plan(warmup=1, letters=8, burst=20, long_pages=300)


@dataclass
class Bench:
    settings: CommonSettings
    store: S3Store
    events: EventLog
    http: httpx.AsyncClient
    run: str

    def key(self, doc: Doc, phase: str) -> str:
        return f"bench/{self.run}/{phase}/{doc.name}.pdf"

    def doc_id(self, doc: Doc, phase: str) -> str:
        return doc_id_for(self.settings.bucket, self.key(doc, phase))

    async def upload(self, doc: Doc, phase: str) -> tuple[float, float]:
        began = time.time()
        key = self.key(doc, phase)
        await asyncio.to_thread(
            self.store.write, self.settings.bucket, key, doc.data, "application/pdf"
        )
        return began, time.time()

    async def searchable(self, doc: Doc, doc_id: str, timeout_s: float) -> float | None:
        """When /search (for the letter's own word) or /documents/{doc_id} first has it."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                if doc.token:
                    r = await self.http.get("/search", params={"q": doc.token})
                    if r.status_code == 200 and any(
                        h["doc_id"] == doc_id for h in r.json()["hits"]
                    ):
                        return time.time()
                else:
                    r = await self.http.get(f"/documents/{doc_id}")
                    if r.status_code == 200:
                        return time.time()
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.025)
        return None


def stage_times(bench: Bench, doc_id: str, uploaded: float) -> dict[str, float | None]:
    """Seconds spent from the upload (or the previous stage's event) to each stage's event."""
    seen = bench.events.seen.get(doc_id, {})
    out: dict[str, float | None] = {}
    for name, before, after in STAGE_TOPICS:
        start = uploaded if before is None else (seen[before].produced if before in seen else None)
        end = seen[after].produced if after in seen else None
        out[name] = end - start if start is not None and end is not None else None
    return out


async def latency(bench: Bench, docs: list[Doc], phase: str) -> list[dict[str, Any]]:
    rows = []
    for doc in docs:
        doc_id = bench.doc_id(doc, phase)
        began, uploaded = await bench.upload(doc, phase)
        polling = asyncio.create_task(bench.searchable(doc, doc_id, WAIT_S))
        indexed = await bench.events.wait(doc_id, topics.DOC_INDEXED, WAIT_S)
        found = await polling
        rows.append(
            {
                "name": doc.name,
                "pages": doc.pages,
                "doc_id": doc_id,
                "upload_s": uploaded - began,
                "indexed_s": indexed.received - uploaded if indexed else None,
                "searchable_s": found - uploaded if found else None,
                "stages": stage_times(bench, doc_id, uploaded),
                "rejected": topics.DOC_REJECTED in bench.events.seen.get(doc_id, {}),
                "events": {  # per topic: produced, occurred_at, received; s after the upload
                    topic.removeprefix("stukken."): [
                        round(x - uploaded, 4) if x is not None else None
                        for x in (seen.produced, seen.occurred, seen.received)
                    ]
                    for topic, seen in bench.events.seen.get(doc_id, {}).items()
                },
            }
        )
        r = rows[-1]
        print(f"  {doc.name}: indexed {r['indexed_s']}, searchable {r['searchable_s']}")
        await asyncio.sleep(0.3)  # one at a time: let the stack settle
    return rows


async def throughput(
    bench: Bench, docs: list[Doc], threads: int, sampler: RssSampler
) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    began = time.time()
    uploads: dict[str, float] = {}

    def put(doc: Doc) -> None:
        bench.store.write(
            bench.settings.bucket, bench.key(doc, "burst"), doc.data, "application/pdf"
        )
        uploads[doc.name] = time.time()

    with ThreadPoolExecutor(threads) as pool:
        await asyncio.gather(*(loop.run_in_executor(pool, put, d) for d in docs))
    uploaded = time.time()
    ids = [bench.doc_id(d, "burst") for d in docs]
    await bench.events.wait_all(ids, timeout_s=600.0, stall_s=30.0)
    outcomes = [await bench.events.wait_done(i, 0.0) for i in ids]
    curves = {
        topic: sorted(
            s[topic].received for i in ids if topic in (s := bench.events.seen.get(i, {}))
        )
        for topic in (topics.DOC_INGESTED, topics.DOC_SEGMENTED, topics.DOC_ENRICHED, DONE)
    }
    done = curves[DONE]
    pages = sum(d.pages for d, o in zip(docs, outcomes, strict=True) if o == "indexed")
    n = len(done)
    steady = None
    if n >= 10:  # between the 10th and the 90th percentile of completions: the sustained rate
        lo, hi = done[n // 10], done[(9 * n) // 10 - 1]
        per_doc_pages = pages / n
        steady = ((9 * n) // 10 - 1 - n // 10) * per_doc_pages / (hi - lo) if hi > lo else None
    return {
        "documents": len(docs),
        "pages": sum(d.pages for d in docs),
        "indexed": outcomes.count("indexed"),
        "rejected": outcomes.count("rejected"),
        "timed_out": outcomes.count(None),
        "never_ingested": [
            d.name for d, i in zip(docs, ids, strict=True) if not bench.events.seen.get(i)
        ],
        "began": began,
        "upload_s": uploaded - began,
        "elapsed_s": (done[-1] - began) if done else None,
        "pages_per_s": pages / (done[-1] - began) if done else None,
        "steady_pages_per_s": steady,
        "curves": {t: [x - began for x in xs] for t, xs in curves.items()},
        "cpu_s": sampler.cpu_seconds(began, done[-1] + 0.5) if done else {},
    }


async def memory(bench: Bench, doc: Doc, sampler: RssSampler) -> dict[str, Any]:
    doc_id = bench.doc_id(doc, "long")
    before = time.time()
    await asyncio.sleep(1.0)
    baseline = sampler.peaks(since=before)
    began, uploaded = await bench.upload(doc, "long")
    outcome = await bench.events.wait_done(doc_id, 900.0)
    await asyncio.sleep(1.5)  # a last sample after the document is through
    ended = time.time()
    seen = bench.events.seen.get(doc_id, {})
    rejection = bench.events.rejections.get(doc_id)
    return {
        "pages": doc.pages,
        "bytes": len(doc.data),
        "outcome": outcome or "timed out",
        "rejection": rejection,
        "began": began,
        "ended": ended,
        "indexed_s": seen[topics.DOC_INDEXED].received - uploaded
        if topics.DOC_INDEXED in seen
        else None,
        "stages": stage_times(bench, doc_id, uploaded),
        "cpu_s": sampler.cpu_seconds(began, ended),
        "baseline_mib": baseline,
        "peak_mib": sampler.peaks(since=began, until=ended),
    }


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {}
    q = (
        statistics.quantiles(ordered, n=20, method="inclusive")
        if len(ordered) > 1
        else ordered * 19
    )
    return {"n": len(ordered), "p50": statistics.median(ordered), "p95": q[18], "max": ordered[-1]}


def summarize_latency(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for what in ("indexed_s", "searchable_s"):
        out[what] = _summary([r[what] for r in rows if r[what] is not None])
    out["stages"] = {
        name: _summary([r["stages"][name] for r in rows if r["stages"][name] is not None])
        for name, _, _ in STAGE_TOPICS
    }
    return out


def _delta(a: dict[str, tuple[float, float]], b: dict[str, tuple[float, float]]) -> dict[str, Any]:
    """Mean handler seconds per message between two /metrics readings."""
    out: dict[str, Any] = {}
    for name in b:
        s0, c0 = a.get(name, (0.0, 0.0))
        s1, c1 = b[name]
        out[name] = {"messages": c1 - c0, "mean_s": (s1 - s0) / (c1 - c0) if c1 > c0 else None}
    return out


async def measure(settings: CommonSettings, plan: Plan, run: str) -> dict[str, Any]:
    print("building documents ...")
    warm = [documents.letter(900 + i, run) for i in range(plan.warmup)]
    letters = [documents.letter(i, run) for i in range(plan.letters)]
    corpus = documents.corpus(run)
    burst = [documents.letter(1000 + i, run) for i in range(plan.burst)]
    long_doc = documents.long_document(plan.long_pages, run)
    sampler = RssSampler(settings.var_dir / "run", interval_s=0.25)
    sampler.start()
    events = EventLog(settings.kafka_bootstrap, settings.bucket)
    await events.start()
    index_url = f"http://127.0.0.1:{PORTS['index']}"
    results: dict[str, Any] = {"run": run, "started": time.time()}
    try:
        async with httpx.AsyncClient(base_url=index_url, timeout=10) as http:
            bench = Bench(settings, S3Store(settings), events, http, run)
            print(f"warm-up: {len(warm)} letters")
            results["warmup"] = await latency(bench, warm, "warmup")
            h0 = handler_seconds(PORTS)
            print(f"latency: {len(letters)} letters, one at a time")
            t0 = time.time()
            rows = await latency(bench, letters, "latency")
            h1 = handler_seconds(PORTS)
            cpu, seconds = sampler.cpu_seconds(t0, time.time()), time.time() - t0
            print(f"latency: {len(corpus)} kamervragen PDFs")
            corpus_rows = await latency(bench, corpus, "corpus")
            results["latency"] = {
                "rows": rows,
                "summary": summarize_latency(rows),
                "handlers": _delta(h0, h1),
                "cpu_s": cpu,
                "seconds": seconds,
                "corpus_rows": corpus_rows,
                "corpus_summary": summarize_latency(corpus_rows),
            }
            print(f"throughput: {len(burst)} letters at once ({plan.threads} upload threads)")
            h2 = handler_seconds(PORTS)
            results["throughput"] = await throughput(bench, burst, plan.threads, sampler)
            results["throughput"]["handlers"] = _delta(h2, handler_seconds(PORTS))
            tp = results["throughput"]
            results["throughput"]["peak_mib"] = sampler.peaks(
                since=tp["began"], until=tp["began"] + (tp["elapsed_s"] or 0) + 1
            )
            print(f"memory: one {long_doc.pages}-page PDF ({len(long_doc.data) >> 10} KiB)")
            results["memory"] = await memory(bench, long_doc, sampler)
    finally:
        await events.stop()
        sampler.stop()
    results["misaddressed"] = events.misaddressed
    results["rss_samples"] = sampler.samples
    results["ended"] = time.time()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer documents, a shorter run")
    parser.add_argument("--keep-stack", action="store_true", help="leave the bench stack running")
    parser.add_argument("--out", type=Path, default=HERE, help="where results and report go")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    os.environ.update(BENCH_ENV)
    settings = CommonSettings()
    from stukken.localstack import stack

    run = time.strftime("%Y%m%d%H%M%S")
    code = report.commit()  # what the services ran
    try:
        print("starting the bench stack ...")
        up = stack.up(settings, progress=print)
        if not up.ok:
            bad = [f"{p.name}: {p.detail}" for p in up.parts if not p.healthy]
            raise SystemExit("bench stack did not come up:\n" + "\n".join(bad))
        results = asyncio.run(measure(settings, plan, run))
    finally:
        if not args.keep_stack:
            print("stopping the bench stack ...")
            stack.down(settings)
    results["plan"] = plan.__dict__
    results["quick"] = args.quick
    results["commit"] = code
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    report.write(results, args.out)
    print(f"wrote {args.out / 'report.md'}")


if __name__ == "__main__":
    main()
