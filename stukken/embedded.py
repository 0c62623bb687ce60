"""Embedded mode: the segment and enrich logic in-process, without broker or S3."""

from __future__ import annotations

import hashlib
from pathlib import Path

from services.enrich.enricher import enriched_document
from services.segment.segmenter import segment_pdf
from stukken.contracts import DocSegmented, EnrichedDocument, Source, doc_id_for


def process_bytes(data: bytes, key: str, bucket: str = "local") -> EnrichedDocument:
    sha = hashlib.sha256(data).hexdigest()
    source = Source(bucket=bucket, key=key, size=len(data), sha256=sha)
    segmented = segment_pdf(data)
    event = DocSegmented(doc_id=doc_id_for(bucket, key), version=sha, source=source)
    return enriched_document(event, segmented)


def process_file(path: Path) -> EnrichedDocument:
    return process_bytes(path.read_bytes(), path.name)
