"""Index service: `doc.enriched` -> search index -> `doc.indexed`; serves search API and page."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from services.index import generations
from services.index.admin import add_admin_routes
from services.index.api import create_api
from services.index.current import upsert_current
from services.index.document_log import DocumentLog, DocumentLogWriter
from services.index.follow import delete_refusal
from services.index.live import SwappableIndex
from services.index.ocr_progress import follow_ocr_progress
from services.index.pending import PendingOcr
from services.index.port import SearchIndex
from services.index.rebuild import Rebuilder
from stukken.contracts import DocEnriched, DocIndexed, DocRejected, EnrichedDocument, topics
from stukken.contracts.events import Envelope
from stukken.platform.claimcheck import check_out
from stukken.platform.kafka_auth import aiokafka_options
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.service import WithApi, assemble, make_app
from stukken.platform.settings import IndexSettings
from stukken.platform.stage import PermanentFailure, parse
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)


def open_index(settings: IndexSettings) -> SearchIndex:
    if settings.backend == "opensearch":
        from services.index.opensearch_index import OpenSearchIndex

        index = OpenSearchIndex(
            settings.opensearch_url,
            prefix=settings.opensearch_prefix,
            refresh_interval_s=settings.refresh_interval_s,
        )
        index.ensure()
        return index
    from services.index.tantivy_index import TantivyIndex

    path = generations.live_dir(settings.resolved_index_dir())  # the pointer, after a rebuild
    path.mkdir(parents=True, exist_ok=True)
    return TantivyIndex(path, refresh_interval_s=settings.refresh_interval_s)


def create_app(
    settings: IndexSettings | None = None,
    index: SearchIndex | None = None,
    store: ObjectStore | None = None,
    document_log: DocumentLog | None = None,
) -> WithApi:
    settings = settings or IndexSettings()
    stage, store = assemble("index", settings, store)
    metrics = stage.metrics
    idx = SwappableIndex(index or open_index(settings))  # `stukken index rebuild` swaps it
    doclog = document_log or DocumentLogWriter(
        settings.kafka_bootstrap, options=aiokafka_options(settings)
    )
    pending = PendingOcr(lambda doc_id: _version(idx, doc_id))
    follow_ocr_progress(stage.broker, pending)

    async def on_enriched(body: bytes, correlation_id: str | None) -> list[tuple[Envelope, str]]:
        await idx.enter_batch(topics.DOC_ENRICHED)  # a rebuild swaps only between batches
        event: DocEnriched = parse(DocEnriched, body)
        metrics.bytes.inc(len(body))
        with bind_message(**event.log_context()):
            if event.op == "delete":
                refusal = await asyncio.to_thread(delete_refusal, event, store.exists)
                if refusal is not None:
                    metrics.messages.labels("skipped").inc()
                    log.warning("delete ignored", why=refusal, key=event.source.key)
                    return []
                changed = await asyncio.to_thread(idx.delete, event.doc_id)
                pending.forget(event.doc_id)
                segments = 0
                doclog.gone(event.doc_id)
            else:
                doc = event.document
                if doc is None and event.payload_ref is not None:
                    doc = await asyncio.to_thread(
                        check_out, store, event.payload_ref, EnrichedDocument
                    )
                if doc is None:
                    raise PermanentFailure("doc.enriched upsert without document or payload_ref")
                changed, current = await asyncio.to_thread(upsert_current, idx, doc)
                pending.indexed(event.doc_id, event.version)
                segments = len(doc.segments)
                if current:  # also a repeat: re-logging it repairs a crash before the log write
                    doclog.current(event)
            metrics.messages.labels("ok" if changed else "skipped").inc()
            log.info("indexed", op=event.op, changed=changed, segments=segments)
            done = DocIndexed(
                doc_id=event.doc_id,
                version=event.version,
                op=event.op,
                key=event.source.key,
                segment_count=segments,
                correlation_id=event.correlation_id,
            )
            return [(done, topics.DOC_INDEXED)]

    def commit_batch(topic: str) -> Callable[[], Awaitable[None]]:
        async def commit() -> None:
            # One commit per batch, not per message; offsets are committed only after it.
            try:
                await asyncio.to_thread(idx.flush)
                await doclog.write_pending()  # the document log follows the durable index
            finally:
                await idx.leave_batch(topic)

        return commit

    stage.consume_batch(topics.DOC_ENRICHED, on_enriched, commit_batch(topics.DOC_ENRICHED))

    async def on_rejected(body: bytes, correlation_id: str | None) -> list[tuple[Envelope, str]]:
        # A rejected version replaces the stored one: the old text must not stay searchable.
        await idx.enter_batch(topics.DOC_REJECTED)
        event: DocRejected = parse(DocRejected, body)
        metrics.bytes.inc(len(body))
        with bind_message(**event.log_context()):
            changed = await asyncio.to_thread(idx.reject, event)
            if changed:  # its current version is rejected: the document leaves the log too
                doclog.gone(event.doc_id)
            metrics.messages.labels("rejected" if changed else "skipped").inc()
            log.info("rejection recorded", stage=event.stage, reason=event.reason, changed=changed)
        return []

    stage.consume_batch(topics.DOC_REJECTED, on_rejected, commit_batch(topics.DOC_REJECTED))

    async def index_ready() -> bool:
        return await asyncio.to_thread(idx.ping)

    async def close_index() -> None:
        await asyncio.to_thread(idx.close)

    service = make_app(
        stage,
        {"index": index_ready},
        on_startup=[doclog.start],
        after_shutdown=[close_index, doclog.stop],
    )
    api = create_api(idx, pending=pending.all)
    root = settings.resolved_index_dir()
    if settings.backend == "tantivy":
        rebuilder = Rebuilder(idx, root, settings.kafka_bootstrap, store, _tantivy(settings))
        add_admin_routes(api, rebuilder)
    return WithApi(service, api)


def _version(idx: SearchIndex, doc_id: str) -> str | None:
    held = idx.versions([doc_id]).get(doc_id)
    return held.version if held is not None and held.state == "indexed" else None


def _tantivy(settings: IndexSettings) -> Callable[[Path], SearchIndex]:
    from services.index.tantivy_index import TantivyIndex

    return lambda path: TantivyIndex(path, refresh_interval_s=settings.refresh_interval_s)
