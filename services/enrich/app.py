"""Enrich service: `doc.segmented` -> `doc.enriched`. Thin wiring only."""

from __future__ import annotations

import asyncio

from faststream.asgi import AsgiFastStream
from prometheus_client import Counter

from services.enrich.isolation import (
    DEGRADED_REASONS,
    EnrichmentCutOff,
    IsolatedEnricher,
    degraded_document,
    make_enricher,
)
from services.enrich.logic_version import ENRICHER_VERSION
from stukken.contracts import DocEnriched, DocSegmented, SegmentedDocument, topics
from stukken.contracts.logic import chain
from stukken.platform.claimcheck import check_in, check_out
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.service import assemble, make_app, s3_check
from stukken.platform.settings import EnrichSettings
from stukken.platform.stage import parse
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)


def create_app(
    settings: EnrichSettings | None = None,
    store: ObjectStore | None = None,
    enricher: IsolatedEnricher | None = None,
) -> AsgiFastStream:
    settings = settings or EnrichSettings()
    stage, store = assemble("enrich", settings, store)
    metrics = stage.metrics
    # The enricher runs in a worker with a time limit per document: a rule that runs away costs
    # that document its references and entities, never the partition (services/enrich/isolation.py).
    worker = enricher or make_enricher(settings)
    degraded = Counter(
        "stukken_enrich_degraded_total",
        "Documents passed on without references or entities: enrichment timed out or crashed",
        ["reason"],
        registry=metrics.registry,
    )
    for reason in DEGRADED_REASONS:
        degraded.labels(reason)

    async def on_segmented(body: bytes, correlation_id: str | None) -> None:
        event: DocSegmented = parse(DocSegmented, body)
        metrics.bytes.inc(len(body))
        base = event.carry()
        with bind_message(**event.log_context()):
            if event.op == "delete":
                await stage.publish(DocEnriched(**base), topics.DOC_ENRICHED)
                metrics.messages.labels("ok").inc()
                return
            if event.payload_ref is not None:
                doc = await asyncio.to_thread(
                    check_out, store, event.payload_ref, SegmentedDocument
                )
            else:
                doc = event.document()
            try:
                enriched = await worker.enrich(event, doc)
            except EnrichmentCutOff as cut:
                enriched = degraded_document(event, doc, cut)
                degraded.labels(cut.reason).inc()
                log.warning("enrichment cut off", reason=cut.reason, detail=cut.detail)
            # which logic made it: a reprocess with newer logic is an update (contracts/logic.py)
            enriched.logic_version = chain(event.logic_version, "enrich", ENRICHER_VERSION)
            ref = await asyncio.to_thread(
                check_in,
                store,
                settings.artifact_bucket,
                "enriched",
                enriched,
                settings.claim_check_bytes,
            )
            logic = {"logic_version": enriched.logic_version}
            out = (
                DocEnriched(**base, payload_ref=ref, **logic)
                if ref
                else DocEnriched(**base, document=enriched, **logic)
            )
            await stage.publish(out, topics.DOC_ENRICHED)
            metrics.messages.labels("ok").inc()
            log.info(
                "enriched",
                references=len(enriched.references),
                entities=len(enriched.entities),
                claim_check=ref is not None,
            )

    stage.consume(topics.DOC_SEGMENTED, on_segmented)
    return make_app(
        stage,
        {"s3": s3_check(store.ping)},
        after_startup=[worker.start],
        on_shutdown=[worker.close],
    )
