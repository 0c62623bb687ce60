"""The index follows `stukken.ocr.progress` to know which documents are still being OCR'd."""

from __future__ import annotations

import asyncio
from typing import Any

from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from pydantic import ValidationError

from services.index.pending import PendingOcr
from stukken.contracts import topics
from stukken.contracts.ocr import OcrProgress
from stukken.platform.logging import get_logger
from stukken.platform.raw import raw_body, safe_parser

log = get_logger(__name__)


def follow_ocr_progress(broker: KafkaBroker, pending: PendingOcr) -> None:
    """Every replica reads the whole compacted topic from its beginning (no consumer group):
    the list is small (documents being OCR'd) and rebuilt at every start."""

    @broker.subscriber(
        topics.OCR_PROGRESS,
        auto_offset_reset="earliest",
        parser=safe_parser,
        decoder=raw_body,
        no_reply=True,
    )
    async def on_progress(msg: KafkaMessage) -> None:
        record: Any = msg.raw_message
        if record.key is None:
            return
        if record.value is None:  # a tombstone: forgotten
            pending.forget(record.key.decode(errors="replace"))
            return
        try:
            progress = OcrProgress.model_validate_json(record.value)
        except ValidationError:
            log.warning("not an OCR progress record; ignored", topic=topics.OCR_PROGRESS)
            return
        await asyncio.to_thread(pending.observe, progress)
