"""The segment service exports metadata.quality: body share, degraded, blank and OCR'd pages."""

from __future__ import annotations

import hashlib

from faststream.asgi import AsgiFastStream
from faststream.kafka import TestKafkaBroker
from prometheus_client.parser import text_string_to_metric_families

from services.segment.app import create_app
from stukken.contracts import DocIngested, Metadata, SegmentedDocument, Source, topics
from stukken.contracts.quality import DegradedPage, PageCounts, Quality
from stukken.platform.settings import SegmentSettings
from tests.fakes import MemoryStore

PDF = b"%PDF-1.7 a document whose reading was partly degraded"


class ReadWithTrouble:
    """Stands in for the isolated worker: a document with one degraded, one blank page."""

    async def segment(self, data: bytes) -> SegmentedDocument:
        quality = Quality(
            chars={"body": 900, "furniture": 60, "letterhead": 40},
            pages=PageCounts(
                text=3, ocr=2, blank=1, degraded=[DegradedPage(page=4, reason="ValueError")]
            ),
            unmapped_glyphs=7,
        )
        return SegmentedDocument(metadata=Metadata(page_count=6, quality=quality))

    async def plan(self, data: bytes) -> tuple[SegmentedDocument, list[object]]:
        return await self.segment(data), []  # no page needs OCR: segmented at once

    def close(self) -> None:
        pass


def _value(
    samples: dict[tuple[str, frozenset], float], name: str, labels: dict | None = None
) -> float:
    return samples[(name, frozenset((labels or {}).items()))]


async def _scrape(app: AsgiFastStream) -> dict[tuple[str, frozenset], float]:
    """GET /metrics as Prometheus does, parsed into (name, labels) -> value."""
    route = dict(app.routes)["/metrics"]
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/metrics",
        "headers": [],
        "query_string": b"",
    }
    await route(scope, receive, send)
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


async def test_quality_reaches_the_metrics() -> None:
    store = MemoryStore()
    store.write("inbox", "brief.pdf", PDF)
    sha = hashlib.sha256(PDF).hexdigest()
    app = create_app(SegmentSettings(), segmenter=ReadWithTrouble(), store=store)
    event = DocIngested(
        doc_id="d1",
        version=sha,
        source=Source(bucket="inbox", key="brief.pdf", size=len(PDF), sha256=sha),
    )
    async with TestKafkaBroker(app.broker) as br:  # type: ignore[type-var]
        await br.publish(event.model_dump_json().encode(), topics.DOC_INGESTED)
    registry = await _scrape(app)
    assert _value(registry, "stukken_segment_body_share_count") == 1
    assert _value(registry, "stukken_segment_body_share_bucket", {"le": "0.9"}) == 1
    assert _value(registry, "stukken_segment_body_share_bucket", {"le": "0.8"}) == 0
    degraded = {"reason": "ValueError"}
    assert _value(registry, "stukken_segment_degraded_pages_total", degraded) == 1
    assert _value(registry, "stukken_segment_blank_pages_total") == 1
    assert _value(registry, "stukken_segment_ocr_pages_total") == 2
    assert _value(registry, "stukken_segment_unmapped_glyphs_total") == 7
