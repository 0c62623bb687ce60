"""Embedded mode: the segment and enrich logic in-process, without broker or S3."""

from __future__ import annotations

import hashlib
from pathlib import Path

from services.enrich.enricher import enriched_document
from services.segment.ocr_pool import segment_pooled
from services.segment.segmenter import PdfRejected
from services.segment.writable import writable
from stukken.contracts import DocRejected, DocSegmented, EnrichedDocument, Source, doc_id_for

# `segment_pdf` with the pages that need OCR read in threads, one per core (ocr_pool.py); the
# name is the seam tests replace.
segment_pdf = segment_pooled


def process_bytes(data: bytes, key: str, bucket: str = "local") -> EnrichedDocument | DocRejected:
    """The enriched document, or the rejection the segment service would record for these bytes
    (not a PDF, encrypted, over the limits): bad input is an answer, not a crash."""
    sha = hashlib.sha256(data).hexdigest()
    source = Source(bucket=bucket, key=key, size=len(data), sha256=sha)
    doc_id = doc_id_for(bucket, key)
    try:
        segmented = writable(segment_pdf(data))
    except PdfRejected as exc:
        return DocRejected(
            doc_id=doc_id,
            version=sha,
            source=source,
            stage="segment",
            reason=exc.reason,
            detail=exc.detail,
        )
    event = DocSegmented(doc_id=doc_id, version=sha, source=source)
    return enriched_document(event, segmented)


def process_file(path: Path) -> EnrichedDocument | DocRejected:
    return process_bytes(path.read_bytes(), path.name)
