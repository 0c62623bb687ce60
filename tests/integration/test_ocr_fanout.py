"""A scan is OCR'd page by page by the OCR workers, and text PDFs never wait for it."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

import httpx

from stukken.platform.settings import CommonSettings
from tests.fixtures.scanned import scanned_letters
from tests.ocr_stack import (
    every_page_once,
    fresh,
    index_api,
    indexed,
    metric,
    ocr_workers,
    pages_read,
    put,
)
from tests.stack import s3_client, wait_for

PAGES = 16
PERIOD = 5  # the scan repeats the 5 pages of its two letters


def test_a_scan_is_read_by_two_workers_while_text_pdfs_pass_it(
    stack: CommonSettings, corpus: Path
) -> None:
    s3, api = s3_client(stack), index_api()
    workers = ocr_workers()
    assert len(workers) == 2
    before = [pages_read(stack, w) for w in workers]
    run = uuid.uuid4().hex
    scan = fresh(scanned_letters(PAGES))
    scan_id = put(s3, stack.bucket, f"ocr-{run}/scan.pdf", scan)
    texts = [
        put(s3, stack.bucket, f"ocr-{run}/{pdf.name}", pdf.read_bytes())
        for pdf in sorted((corpus / "kamervragen").glob("*.pdf"))[:3]
    ]
    # every worker reports the group's backlog: the scan's pages while they wait
    wait_for("the OCR backlog", lambda: metric(stack, workers[1], "stukken_ocr_pages_pending") > 0)
    for doc_id in texts:  # uploaded after the scan, searchable before it is done
        wait_for("a text PDF in the index", lambda d=doc_id: indexed(api, d), timeout_s=60)
    assert indexed(api, scan_id) is None, "the text PDFs waited for the scan"
    shown = wait_for("the scan shown as pending", lambda: _pending(api, scan_id))
    assert shown["pages_total"] == PAGES and shown["pages_done"] < PAGES
    assert f"/{PAGES} pagina" in api.get("/", params={"q": "brief"}).text
    doc = wait_for("the scan in the index", lambda: indexed(api, scan_id), timeout_s=300)
    assert doc["version"] == hashlib.sha256(scan).hexdigest()
    metadata = doc["metadata"]
    assert metadata["ocr_pages"] == list(range(1, PAGES + 1))
    assert metadata["quality"]["pages"]["degraded"] == []
    every_page_once(doc, PERIOD)
    wait_for("the scan no longer pending", lambda: _pending(api, scan_id) is None)
    read = [pages_read(stack, w) - b for w, b in zip(workers, before, strict=True)]
    assert sum(read) >= PAGES and min(read) > 0, f"pages read per worker: {read}"


def _pending(api: httpx.Client, doc_id: str) -> dict[str, Any] | None:
    return next((p for p in api.get("/ocr/pending").json() if p["doc_id"] == doc_id), None)
