"""Helpers for the OCR fan-out tests on the real stack: upload, wait, look at the workers."""

from __future__ import annotations

import io
import uuid
from collections import defaultdict
from typing import Any

import httpx
from minio import Minio
from prometheus_client.parser import text_string_to_metric_families

from stukken.contracts import doc_id_for
from stukken.localstack import services as svc
from stukken.platform.settings import CommonSettings, IndexSettings


def fresh(pdf: bytes) -> bytes:
    """The same PDF with bytes of its own (a comment after %%EOF): OCR results are kept per
    version, so a scan another test uploaded before would not be read again."""
    return pdf + f"\n% test {uuid.uuid4().hex}\n".encode()


def put(s3: Minio, bucket: str, key: str, data: bytes) -> str:
    s3.put_object(bucket, key, io.BytesIO(data), len(data), content_type="application/pdf")
    return doc_id_for(bucket, key)


def index_api() -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)


def indexed(api: httpx.Client, doc_id: str) -> dict[str, Any] | None:
    r = api.get(f"/documents/{doc_id}")
    return r.json() if r.status_code == 200 else None  # type: ignore[no-any-return]


def ocr_workers() -> list[svc.ServiceSpec]:
    return [s for s in svc.default_services() if s.name.startswith("ocr-")]


def metric(settings: CommonSettings, spec: svc.ServiceSpec, name: str, **labels: str) -> float:
    """A sample of one service's /metrics (0 when it does not answer)."""
    try:
        text = httpx.get(f"http://{svc.health_host(settings)}:{spec.port}/metrics").text
    except httpx.HTTPError:
        return 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return 0.0


def pages_read(settings: CommonSettings, spec: svc.ServiceSpec, outcome: str = "ok") -> float:
    """stukken_ocr_pages_total{outcome} of one OCR worker."""
    return metric(settings, spec, "stukken_ocr_pages_total", outcome=outcome)


def texts_by_page(doc: dict[str, Any]) -> dict[int, list[str]]:
    pages: dict[int, list[str]] = defaultdict(list)
    for segment in doc["segments"]:
        pages[segment["page"]].append(segment["text"])
    return pages


def every_page_once(doc: dict[str, Any], period: int) -> None:
    """Every page has text, and pages `period` apart (the same image, tests/fixtures/scanned.py)
    have about as much: a page read twice, or not at all, breaks that."""
    pages = {n: sum(len(t) for t in texts) for n, texts in texts_by_page(doc).items()}
    total = doc["metadata"]["page_count"]
    assert sorted(pages) == list(range(1, total + 1)), f"pages without text: {pages}"
    for page in range(1 + period, total + 1):
        a, b = pages[page - period], pages[page]
        assert 0.7 * a < b < 1.3 * a, f"page {page}: {b} characters, page {page - period}: {a}"
