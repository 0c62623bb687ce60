"""The judged scenario on the real local stack: a 300-page scan, then 20 text PDFs.

    STUKKEN_TEST_PORT_SHIFT=100 .venv/bin/python -m bench.ocr.headline [--pages 300]

Default settings (two OCR workers). Uploads the scan, then the 20 text PDFs one after another,
and measures each text's time from upload to searchable (in the index: GET /documents/{id}
answers, which reads the same near-real-time index as search) and the scan's completion, with
every page read. Takes minutes; not a test. Writes bench/ocr/headline.json and headline.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
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
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--texts", type=int, default=20)
    args = parser.parse_args()
    stack = onstack.settings()
    texts = onstack.text_pdfs(Path(__file__).resolve().parents[3] / "shared" / "corpus", args.texts)
    scan = onstack.unique(scanned_letters(args.pages))
    client = onstack.api()
    workers = onstack.up(stack, 2)
    run = uuid.uuid4().hex[:8]
    try:
        scan_id, scan_start = onstack.put(stack, f"headline-{run}/woo-scan.pdf", scan)
        uploads = [
            (name, *onstack.put(stack, f"headline-{run}/{name}", onstack.unique(data)))
            for name, data in texts
        ]
        searchable = {}
        pending_seen = None
        while len(searchable) < len(uploads):
            for name, doc_id, start in uploads:
                if name not in searchable and onstack.indexed(client, doc_id) is not None:
                    searchable[name] = time.monotonic() - start
            pending = [p for p in client.get("/ocr/pending").json() if p["doc_id"] == scan_id]
            pending_seen = pending_seen or (pending[0] if pending else None)
            time.sleep(0.05)
        scan_busy = onstack.indexed(client, scan_id) is None
        doc = onstack.wait_indexed(client, scan_id, timeout_s=60 * 60)
        scan_s = time.monotonic() - scan_start
        cost = onstack.page_seconds(stack, workers)
    finally:
        onstack.down(stack)
    pages = doc["metadata"]["ocr_pages"]
    degraded = doc["metadata"]["quality"]["pages"]["degraded"]
    result = {
        "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_after": onstack.load(),
        "scan_pages": args.pages,
        "scan_bytes": len(scan),
        "scan_seconds": round(scan_s, 1),
        "scan_pages_per_s": round(args.pages / scan_s, 3),
        "scan_every_page_read": pages == list(range(1, args.pages + 1)) and not degraded,
        "scan_still_in_progress_when_texts_done": scan_busy,
        "scan_shown_pending": pending_seen,
        "worker_s_per_page": round(cost[0] / max(cost[1], 1), 3),
        "texts": {n: round(s, 2) for n, s in searchable.items()},
        "texts_max_s": round(max(searchable.values()), 2),
        "texts_median_s": round(statistics.median(searchable.values()), 2),
    }
    (HERE / "headline.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
