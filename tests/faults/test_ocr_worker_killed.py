"""An OCR worker killed mid-scan costs its pages a redelivery, never the document."""

from __future__ import annotations

import os
import signal
import uuid

import httpx

from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.platform.settings import CommonSettings
from tests.fixtures.scanned import scanned_letters
from tests.ocr_stack import every_page_once, fresh, index_api, indexed, ocr_workers, pages_read, put
from tests.stack import s3_client, wait_for

PAGES = 16
PERIOD = 5


def test_a_scan_survives_an_ocr_worker_killed_mid_run(stack: CommonSettings) -> None:
    s3, api = s3_client(stack), index_api()
    victim, survivor = ocr_workers()[:2]
    pid_file = StackPaths.of(stack).pid_file(victim.name)
    record = processes.live_record(pid_file)
    assert record is not None, f"{victim.name} is not running"
    before = pages_read(stack, victim)
    key = f"ocr-kill-{uuid.uuid4().hex}/scan.pdf"
    scan_id = put(s3, stack.bucket, key, fresh(scanned_letters(PAGES)))

    wait_for(f"{victim.name} to read a page", lambda: pages_read(stack, victim) > before)
    os.kill(record.pid, signal.SIGKILL)  # mid-run: it holds page tasks it has not committed
    wait_for(f"{victim.name} to end", lambda: not processes.is_alive(record), timeout_s=30)

    # the survivor takes over the victim's partitions and its uncommitted pages
    doc = wait_for("the scan in the index", lambda: indexed(api, scan_id), timeout_s=300)
    assert doc["metadata"]["ocr_pages"] == list(range(1, PAGES + 1))
    assert doc["metadata"]["quality"]["pages"]["degraded"] == []
    every_page_once(doc, PERIOD)
    assert pages_read(stack, survivor) > 0
    # `indexed` sees a staged write at once, the listing only once the index has committed it
    wait_for("the scan listed", lambda: scan_id in every_listed_id(api))
    assert every_listed_id(api).count(scan_id) == 1  # the takeover indexed it once

    report = local.up(stack)  # bring the worker back for the tests after this one
    assert report.ok, [p.detail for p in report.parts if not p.healthy]


def every_listed_id(api: httpx.Client) -> list[str]:
    """The ids of every listed document, page by page: the scan's place in the listing (by upload
    time) depends on what the tests before this one uploaded, so one page of it may not hold it."""
    ids: list[str] = []
    while True:
        page = api.get("/documents", params={"offset": len(ids), "limit": 500}).json()
        ids += [d["doc_id"] for d in page["documents"]]
        if not page["documents"] or len(ids) >= page["total"]:
            return ids
