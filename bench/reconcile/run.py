"""Reconciliation benchmark: the cost of one round and of a full sweep at 10k and 100k documents.

Synthetic documents: N objects in the bucket, the same N in ingest's ledger (in memory) and in
the index (each document's version), everything in step, so a round finds nothing to repair and
what is measured is the cost of looking. Two setups:

- the real S3 gateway of a running stack (objects of a few bytes in a bench bucket; --s3 sizes)
  and the index's real HTTP API (`POST /index/versions`, FastAPI in-process, tantivy behind it
  holding only the version map): what a round costs end to end;
- an in-memory bucket (--memory sizes) for larger N: the reconciler's own CPU per round.

The old reconciler (before issue #9) read one ledger object per document per round: its cost is
measured on the same gateway as one GET per document (--s3 sizes only).

Run (a stack must be up: `stukken up`, or the test stack with its environment):
  .venv/bin/python bench/reconcile/run.py [--s3 10000] [--memory 10000 100000]
Writes bench/reconcile/report.md and results.json. Takes a few minutes (the uploads).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from services.ingest.ledger import Ledger, LedgerEntry  # noqa: E402
from services.ingest.rounds import Reconciler  # noqa: E402
from stukken.contracts import doc_id_for  # noqa: E402
from stukken.platform.settings import CommonSettings  # noqa: E402
from stukken.platform.storage import ListedObject, S3Store  # noqa: E402

HERE = Path(__file__).parent
BATCH = 20_000  # the default reconcile_batch
LONG_AGO = time.time() - 3600


class CountingStore:
    """Wraps a store and counts the S3 requests a round makes."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: dict[str, int] = {"list_pages": 0, "head": 0, "get": 0}

    def list_after(self, bucket: str, start_after: str, limit: int) -> list[ListedObject]:
        found: list[ListedObject] = self.inner.list_after(bucket, start_after, limit)
        self.calls["list_pages"] += max(1, -(-len(found) // 1000))
        return found

    def exists(self, bucket: str, key: str) -> bool:
        self.calls["head"] += 1
        return bool(self.inner.exists(bucket, key))


class MemoryBucket:
    def __init__(self, objects: list[ListedObject]) -> None:
        self.objects = objects  # sorted by key
        self.keys = [o.key for o in objects]

    def list_after(self, bucket: str, start_after: str, limit: int) -> list[ListedObject]:
        import bisect

        at = bisect.bisect_right(self.keys, start_after)
        return self.objects[at : at + limit]

    def exists(self, bucket: str, key: str) -> bool:
        return True


def key_of(i: int) -> str:
    return f"bench/{i:07d}.pdf"


def ledger_and_index(bucket: str, objects: list[ListedObject]) -> tuple[Ledger, dict[str, str]]:
    ledger, index = Ledger(), {}
    for o in objects:
        doc_id = doc_id_for(bucket, o.key)
        version = f"{o.etag:0<64}"[:64]
        ledger.apply(doc_id, LedgerEntry(o.key, version, o.etag, LONG_AGO))
        index[doc_id] = version
    return ledger, index


def in_process_index_api(held: dict[str, str]) -> Callable[[list[str]], Any]:
    """The index service's /index/versions route, called through HTTP in-process."""
    import httpx
    from fastapi import FastAPI

    from services.index.api import create_api
    from services.index.port import IndexedVersion

    class VersionsOnly:
        def versions(self, doc_ids: list[str]) -> dict[str, IndexedVersion]:
            return {d: IndexedVersion(version=held[d]) for d in doc_ids if d in held}

    app: FastAPI = create_api(VersionsOnly())  # type: ignore[arg-type]
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://index")

    async def versions(doc_ids: list[str]) -> dict[str, str] | None:
        r = await client.post("/index/versions", json={"doc_ids": doc_ids})
        return {d: v["version"] for d, v in r.json().items()}

    return versions


async def sweep(rec: Reconciler) -> dict[str, Any]:
    """Rounds until the cursor is back at the start: wall and CPU time per round and in all."""
    rounds, wall, cpu = [], time.perf_counter(), time.process_time()
    while True:
        w, c = time.perf_counter(), time.process_time()
        repairs = await rec.round()
        assert repairs == [], repairs[:3]
        rounds.append({"wall_s": time.perf_counter() - w, "cpu_s": time.process_time() - c})
        if rec.cursor == "":
            break
    return {
        "rounds": len(rounds),
        "round_wall_s": max(r["wall_s"] for r in rounds),
        "round_cpu_s": max(r["cpu_s"] for r in rounds),
        "sweep_wall_s": time.perf_counter() - wall,
        "sweep_cpu_s": time.process_time() - cpu,
    }


def run_memory(n: int) -> dict[str, Any]:
    objects = [ListedObject(key_of(i), f"{i:032x}", 10) for i in range(n)]
    ledger, held = ledger_and_index("inbox", objects)
    store = CountingStore(MemoryBucket(objects))
    rec = Reconciler("inbox", store, ledger, in_process_index_api(held),  # type: ignore[arg-type]
                     batch=BATCH, grace_s=30, index_grace_s=60)  # fmt: skip
    result = asyncio.run(sweep(rec))
    return {"n": n, "setup": "memory", **result, "requests": store.calls}


def upload(store: S3Store, bucket: str, n: int) -> list[ListedObject]:
    store.ensure_bucket(bucket)
    have = {o.key for o in store.list(bucket)}
    todo = [key_of(i) for i in range(n) if key_of(i) not in have]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda k: store.write(bucket, k, k.encode()), todo))
    return [o for o in store.list(bucket) if o.key < key_of(n)]


def run_s3(settings: CommonSettings, n: int) -> dict[str, Any]:
    s3 = S3Store(settings)
    bucket = "bench-reconcile"
    objects = upload(s3, bucket, n)
    ledger, held = ledger_and_index(bucket, objects)
    store = CountingStore(s3)
    rec = Reconciler(bucket, store, ledger, in_process_index_api(held),  # type: ignore[arg-type]
                     batch=BATCH, grace_s=30, index_grace_s=60)  # fmt: skip
    result = asyncio.run(sweep(rec))
    # The old round: list everything, then one GET per ledger entry.
    w, c = time.perf_counter(), time.process_time()
    s3.list(bucket)
    for o in objects:
        s3.read(bucket, o.key)
    old = {"wall_s": time.perf_counter() - w, "cpu_s": time.process_time() - c, "gets": n}
    return {"n": n, "setup": "s3", **result, "requests": store.calls, "old_round": old}


def report(results: list[dict[str, Any]]) -> str:
    lines = [
        "# Reconciliation: cost per round (issue #9, defect 5)",
        "",
        f"Machine: {platform.machine()}, {platform.python_version()}; shared 2-core box.",
        f"One round compares at most {BATCH:,} objects (`reconcile_batch`); a sweep is the rounds",
        "until the whole bucket was compared once. Everything in step: nothing to repair.",
        "",
        "| setup | documents | rounds per sweep | slowest round wall | slowest round CPU "
        "| sweep wall | sweep CPU | S3 requests per sweep | old round (GET per entry) |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        req = r["requests"]
        old = r.get("old_round")
        old_text = f"{old['wall_s']:.2f} s wall, {old['gets']:,} GETs" if old else "-"
        lines.append(
            f"| {r['setup']} | {r['n']:,} | {r['rounds']} | {r['round_wall_s']:.3f} s "
            f"| {r['round_cpu_s']:.3f} s | {r['sweep_wall_s']:.2f} s | {r['sweep_cpu_s']:.2f} s "
            f"| {req['list_pages']} LIST pages, {req['head']} HEAD, {req['get']} GET | {old_text} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--s3", type=int, nargs="*", default=[10_000])
    parser.add_argument("--memory", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--report-only", action="store_true", help="from results.json")
    args = parser.parse_args()
    if args.report_only:
        results = json.loads((HERE / "results.json").read_text())
    else:
        results = [run_s3(CommonSettings(), n) for n in args.s3]
        results += [run_memory(n) for n in args.memory]
        (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    text = report(results)
    print(text)
    (HERE / "report.md").write_text(text + (HERE / "findings.md").read_text())


if __name__ == "__main__":
    main()
