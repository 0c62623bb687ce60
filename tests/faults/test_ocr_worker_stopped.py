"""An OCR worker stopped (SIGTERM, as `stukken down` and scaling down do) mid-page spends no
attempt of that page: it hands the page back uncommitted and another worker reads it."""

from __future__ import annotations

import asyncio
import re
import uuid
from dataclasses import replace

from stukken.contracts import topics
from stukken.contracts.ocr import OcrPageDone
from stukken.localstack import processes
from stukken.localstack import services as svc
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.ops import read_records
from stukken.platform.settings import CommonSettings
from tests.fixtures.scanned import scanned_letters
from tests.ocr_stack import every_page_once, fresh, index_api, indexed, ocr_workers, pages_read, put
from tests.stack import s3_client, wait_for

PAGES = 12
PERIOD = 5
HANDED_BACK = "the page under way is handed back"
# The worker's consumer took its share of the page topic's partitions (not the retry topic's).
ASSIGNED = re.compile(r'"group_id": "stukken-ocr",[^\n]*assigned to partitions')


def test_a_worker_stopped_mid_page_hands_it_back_without_spending_an_attempt(
    stack: CommonSettings,
) -> None:
    s3, api, paths = s3_client(stack), index_api(), StackPaths.of(stack)
    victim = ocr_workers()[0]
    log = paths.log_file(victim.name)
    restarted_at = len(log.read_text())
    # no grace: the page under way is cut short, the path a page longer than the grace takes
    impatient = replace(victim, env={**victim.env, "STUKKEN_OCR_SHUTDOWN_GRACE_S": "0"})
    processes.stop(paths.pid_file(victim.name))
    specs = [impatient if s.name == victim.name else s for s in svc.default_services()]
    report = local.up(stack, services=specs)
    assert report.ok, [p.detail for p in report.parts if not p.healthy]
    # healthy is not yet a member of the group: pages fanned out before the worker joins all go
    # to the others (seen on a loaded machine), and it has none to be stopped in
    wait_for(
        f"{victim.name} to take partitions of the page topic",
        lambda: ASSIGNED.search(log.read_text()[restarted_at:]),
    )
    logged_before = log.read_text().count(HANDED_BACK)

    before = pages_read(stack, victim)
    key = f"ocr-stop-{uuid.uuid4().hex}/scan.pdf"
    scan_id = put(s3, stack.bucket, key, fresh(scanned_letters(PAGES)))
    wait_for(f"{victim.name} to read a page", lambda: pages_read(stack, victim) > before)
    assert processes.stop(paths.pid_file(victim.name)) == "stopped"  # SIGTERM, mid-page
    assert log.read_text().count(HANDED_BACK) == logged_before + 1

    doc = wait_for("the scan in the index", lambda: indexed(api, scan_id), timeout_s=300)
    assert doc["metadata"]["ocr_pages"] == list(range(1, PAGES + 1))
    assert doc["metadata"]["quality"]["pages"]["degraded"] == []
    every_page_once(doc, PERIOD)
    done = _pages_done(stack, doc["version"])
    assert sorted({d.page for d in done}) == list(range(1, PAGES + 1))
    assert {d.attempts for d in done} == {1}, "a page was counted as a failed attempt"
    assert {d.outcome for d in done} == {"ok"}

    report = local.up(stack)  # the worker back, with its usual settings
    assert report.ok, [p.detail for p in report.parts if not p.healthy]


def _pages_done(stack: CommonSettings, version: str) -> list[OcrPageDone]:
    _, values = asyncio.run(read_records(stack.kafka_bootstrap, topics.OCR_DONE))
    done = (OcrPageDone.model_validate_json(v) for v in values if v)
    return [d for d in done if d.version == version]
