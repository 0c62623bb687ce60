"""The OCR fan-out on a real local stack, for the benches: start it, upload, wait, read metrics.

The stack runs on the test ports (shifted by STUKKEN_TEST_PORT_SHIFT) under var/bench-ocr, so it
never touches a stack started by `make run` or by the tests.
"""

from __future__ import annotations

import io
import os
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from stukken.contracts import doc_id_for
from stukken.localstack import services as svc
from stukken.localstack import stack as local
from stukken.platform.settings import REPO_ROOT, CommonSettings, IndexSettings
from tests.ocr_stack import metric
from tests.stack import TEST_ENV, s3_client


def settings() -> CommonSettings:
    os.environ.update(TEST_ENV | {"STUKKEN_VAR_DIR": str(REPO_ROOT / "var" / "bench-ocr")})
    quick = ("STUKKEN_INGEST_RECONCILE_INTERVAL_S", "STUKKEN_INGEST_RECONCILE_GRACE_S")
    for name in (*quick, "STUKKEN_OTLP_ENDPOINT"):  # the stack's defaults; no test receiver
        os.environ.pop(name, None)
    return CommonSettings()


def up(stack: CommonSettings, ocr_workers: int) -> list[svc.ServiceSpec]:
    specs = svc.default_services({"ocr": ocr_workers})
    report = local.up(stack, services=specs, progress=print)
    if not report.ok:
        raise SystemExit([f"{p.name}: {p.detail}" for p in report.parts if not p.healthy])
    return [s for s in specs if s.name.startswith("ocr-")]


def down(stack: CommonSettings) -> None:
    local.down(stack)


def unique(pdf: bytes) -> bytes:
    """The same document with other bytes (a comment after %%EOF): no cache, no earlier OCR."""
    return pdf + f"\n% bench {uuid.uuid4().hex}\n".encode()


def put(stack: CommonSettings, key: str, data: bytes) -> tuple[str, float]:
    s3_client(stack).put_object(stack.bucket, key, io.BytesIO(data), len(data))
    return doc_id_for(stack.bucket, key), time.monotonic()


def api() -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)


def indexed(client: httpx.Client, doc_id: str) -> dict[str, Any] | None:
    r = client.get(f"/documents/{doc_id}")
    return r.json() if r.status_code == 200 else None  # type: ignore[no-any-return]


def wait_indexed(client: httpx.Client, doc_id: str, timeout_s: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        doc = indexed(client, doc_id)
        if doc is not None:
            return doc
        time.sleep(0.05)
    raise SystemExit(f"{doc_id} not indexed within {timeout_s:.0f} s")


def page_seconds(stack: CommonSettings, workers: list[svc.ServiceSpec]) -> tuple[float, float]:
    """Sum and count of stukken_ocr_page_seconds over the workers."""
    total = sum(metric(stack, w, "stukken_ocr_page_seconds_sum") for w in workers)
    count = sum(metric(stack, w, "stukken_ocr_page_seconds_count") for w in workers)
    return total, count


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min) / {five:.1f} (5 min)"


def text_pdfs(corpus: Path, count: int) -> list[tuple[str, bytes]]:
    """`count` text PDFs (no page needs OCR) of at most 20 pages from the corpus."""
    import pypdfium2 as pdfium

    from services.segment.ocr_jobs import plan_document

    found: list[tuple[str, bytes]] = []
    for folder in ("kamervragen", "breadth", "woo"):
        for path in sorted((corpus / folder).glob("*.pdf")):
            data = path.read_bytes()
            try:
                if len(pdfium.PdfDocument(data)) > 20 or plan_document(data, None)[1]:
                    continue
            except Exception:
                continue
            found.append((path.name, data))
            if len(found) == count:
                return found
    from tests.fixtures.letters import aanhangsel, ministry_letter

    for name, make in (("ministry-letter.pdf", ministry_letter), ("aanhangsel.pdf", aanhangsel)):
        if len(found) < count:
            found.append((name, make().pdf))
    return found
