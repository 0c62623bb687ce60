"""A page that keeps failing is given up on: the document flows, that page marked degraded.

No real page fails reliably on every try, so the stack's OCR workers are swapped for one whose
per-page time limit no page can meet (0.2 s): every page times out in the isolated process, is
tried again through the retry topic, and is then given up.
"""

from __future__ import annotations

import uuid

from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.localstack.services import ServiceSpec
from stukken.platform.settings import CommonSettings, OcrSettings
from tests.fixtures.scanned import scanned_letters
from tests.ocr_stack import fresh, index_api, indexed, metric, ocr_workers, put
from tests.stack import s3_client, wait_for

PAGES = 3


def test_pages_that_always_fail_leave_the_document_flowing_degraded(
    stack: CommonSettings,
) -> None:
    port = OcrSettings().http_port + 8
    strict = ServiceSpec(
        "ocr-9",
        "services.ocr",
        port,
        {
            "STUKKEN_OCR_HTTP_PORT": str(port),
            "STUKKEN_OCR_TIME_LIMIT_S": "0.2",
            "STUKKEN_OCR_MAX_PAGE_ATTEMPTS": "2",
            "STUKKEN_RETRY_DELAY_S": "1",
        },
    )
    report = local.up(stack, services=[strict])  # the usual workers are scaled down
    try:
        assert report.ok, [p.detail for p in report.parts if not p.healthy]
        paths = StackPaths.of(stack)
        assert not any(processes.live_record(paths.pid_file(w.name)) for w in ocr_workers())
        api = index_api()
        doc_id = put(s3_client(stack), stack.bucket, f"ocr-fail-{uuid.uuid4().hex}/scan.pdf",
                     fresh(scanned_letters(PAGES)))  # fmt: skip
        doc = wait_for("the scan in the index", lambda: indexed(api, doc_id), timeout_s=120)
        pages = doc["metadata"]["quality"]["pages"]
        assert [(d["page"], d["reason"]) for d in pages["degraded"]] == [
            (n, "ocr_failed") for n in range(1, PAGES + 1)
        ]
        assert doc["metadata"]["ocr_pages"] == []
        failed = metric(stack, strict, "stukken_ocr_pages_total", outcome="failed")
        retried = metric(stack, strict, "stukken_ocr_pages_total", outcome="retried")
        assert failed >= PAGES and retried >= PAGES
    finally:
        restored = local.up(stack)  # the usual workers back, ocr-9 scaled down
        assert restored.ok, [p.detail for p in restored.parts if not p.healthy]
