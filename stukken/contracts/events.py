"""Events on the pipeline topics. Every event is keyed by `doc_id` on Kafka.

A stage's payload may be replaced by a claim check (`payload_ref`) when it is too large to inline;
`stukken.platform.claimcheck` loads either form.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import Field

from stukken.contracts.document import (
    SCHEMA_VERSION,
    EnrichedDocument,
    Metadata,
    Model,
    Op,
    Segment,
    SegmentedDocument,
    Source,
)


def now() -> datetime:
    return datetime.now(UTC)


def new_correlation_id() -> str:
    return uuid.uuid4().hex


def doc_id_for(bucket: str, key: str) -> str:
    """Stable per object: the same bucket + key is always the same document."""
    return hashlib.sha256(f"{bucket}/{key}".encode()).hexdigest()[:32]


class Envelope(Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    doc_id: str
    version: str = Field(description="sha256 of the PDF bytes; empty for a delete of unknown bytes")
    op: Op = "upsert"
    correlation_id: str = Field(default_factory=new_correlation_id)
    occurred_at: datetime = Field(default_factory=now)

    def log_context(self) -> dict[str, str]:
        """What every log line about this event carries."""
        return {
            "doc_id": self.doc_id,
            "version": self.version,
            "correlation_id": self.correlation_id,
        }


class ClaimCheck(Model):
    """Where the full payload lives when it was too large to inline."""

    bucket: str
    key: str
    size: int
    sha256: str


class SourcedEvent(Envelope):
    """An event about one version of one object in the bucket."""

    source: Source

    def carry(self) -> dict[str, Any]:
        """The fields the next stage's event takes over unchanged."""
        return {
            "doc_id": self.doc_id,
            "version": self.version,
            "op": self.op,
            "source": self.source,
            "correlation_id": self.correlation_id,
        }


class DocIngested(SourcedEvent):
    pass


RejectionStage = Literal["ingest", "segment", "enrich", "index", "ocr"]
PoisonKind = Literal["undecodable", "too_deep", "too_large", "wrong_shape", "repeated_failure"]


class DocRejected(Envelope):
    source: Source | None = None
    stage: RejectionStage
    reason: str = Field(description="machine-readable reason code, e.g. 'not_a_pdf'")
    detail: str = Field(description="human-readable explanation")


class DocSegmented(SourcedEvent):
    metadata: Metadata | None = None
    segments: list[Segment] | None = None
    payload_ref: ClaimCheck | None = None
    logic_version: str | None = Field(
        default=None,
        description="the stage logic that produced this, e.g. 'segment:2+enrich:1'; a re-run "
        "of newer logic over the same bytes (same version) is an update (`stukken reprocess`)",
    )

    def document(self) -> SegmentedDocument:
        return SegmentedDocument(metadata=self.metadata or Metadata(), segments=self.segments or [])


class DocEnriched(SourcedEvent):
    """Carries the enriched document (inline) or a claim check to it."""

    document: EnrichedDocument | None = None
    payload_ref: ClaimCheck | None = None
    logic_version: str | None = Field(
        default=None,
        description="the stage logic that produced this, e.g. 'segment:2+enrich:1'; a re-run "
        "of newer logic over the same bytes (same version) is an update (`stukken reprocess`)",
    )


class DocIndexed(Envelope):
    key: str
    segment_count: int = 0
    indexed_at: datetime = Field(default_factory=now)


class DeadLetter(Model):
    """What a stage writes to `<input topic>.dlq` when a message cannot be processed."""

    stage: RejectionStage
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    error_type: str
    error: str
    attempts: int
    original: str = Field(
        description="the original message value, decoded as UTF-8 (lossy); only its first bytes "
        "when `original_truncated` (then `original_ref` points at the whole of it, if it could "
        "be stored)"
    )
    failed_at: datetime = Field(default_factory=now)
    failure: Literal["permanent", "transient"] = Field(
        "permanent",
        description="transient: the stage ran out of automatic retries (S3, broker, timeouts)",
    )
    poison: PoisonKind | None = Field(
        None, description="why the message itself cannot be handled, when that is the reason"
    )
    original_size: int | None = Field(None, description="bytes of the original message value")
    original_sha256: str | None = Field(None, description="sha256 of the original message value")
    original_truncated: bool = False
    original_ref: ClaimCheck | None = Field(
        None, description="the whole original value, stored in the artifact bucket"
    )
