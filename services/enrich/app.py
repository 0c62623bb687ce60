"""Enrich service: `doc.segmented` -> `doc.enriched`. Thin wiring only."""

from __future__ import annotations

import asyncio

from faststream.asgi import AsgiFastStream

from services.enrich.enricher import enriched_document
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
    settings: EnrichSettings | None = None, store: ObjectStore | None = None
) -> AsgiFastStream:
    settings = settings or EnrichSettings()
    stage, store = assemble("enrich", settings, store)
    metrics = stage.metrics

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
            enriched = await asyncio.to_thread(enriched_document, event, doc)
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
    return make_app(stage, {"s3": s3_check(store.ping)})
