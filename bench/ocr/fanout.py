"""OCR fan-out on the real local stack: pages/s with 1, 2 and 4 OCR workers.

    STUKKEN_TEST_PORT_SHIFT=100 .venv/bin/python -m bench.ocr.fanout [--pages 24]

For each worker count the stack is scaled (`--scale ocr=N`), a scan of `--pages` pages (fresh
bytes, so nothing is cached) is uploaded, and the time from upload to indexed is measured: the
whole pipeline (ingest, planning, page tasks over Kafka, OCR, gathering, enrich, index).
Writes bench/ocr/fanout-nice<N>.json; `python -m bench.ocr.fanout_report` turns it into the report.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root

from bench.ocr import onstack  # noqa: E402
from tests.fixtures.scanned import scanned_letters  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--nice", type=int, default=10, help="the OCR processes' niceness")
    args = parser.parse_args()
    stack = onstack.settings()
    os.environ["STUKKEN_OCR_NICE"] = str(args.nice)  # the workers' environment
    client = onstack.api()
    runs = []
    try:
        for n in args.workers:
            workers = onstack.up(stack, n)
            time.sleep(5)  # rebalance of the OCR group settles before the clock starts
            before = onstack.page_seconds(stack, workers)
            load_before = onstack.load()
            scan = onstack.unique(scanned_letters(args.pages))
            key = f"bench-ocr/{uuid.uuid4().hex}/scan-{n}-workers.pdf"
            doc_id, start = onstack.put(stack, key, scan)
            doc = onstack.wait_indexed(client, doc_id, timeout_s=60 + 10 * args.pages)
            took = time.monotonic() - start
            after = onstack.page_seconds(stack, workers)
            pages = doc["metadata"]["ocr_pages"]
            assert pages == list(range(1, args.pages + 1)), f"pages read: {pages}"
            cost = (after[0] - before[0]) / max(1.0, after[1] - before[1])
            runs.append(
                {
                    "workers": n,
                    "pages": args.pages,
                    "seconds": round(took, 2),
                    "pages_per_s": round(args.pages / took, 3),
                    "worker_s_per_page": round(cost, 3),
                    "load_before": load_before,
                    "load": onstack.load(),
                }
            )
            print(runs[-1])
    finally:
        onstack.down(stack)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    out = {"measured": when, "nice": args.nice, "runs": runs}
    (HERE / f"fanout-nice{args.nice}.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
