"""Event contracts: what every topic carries. Downstream systems depend on these, not on code."""

from stukken.contracts.document import (
    SCHEMA_VERSION,
    EnrichedDocument,
    Entity,
    Metadata,
    Reference,
    Segment,
    SegmentedDocument,
    Source,
)
from stukken.contracts.events import (
    ClaimCheck,
    DeadLetter,
    DocEnriched,
    DocIndexed,
    DocIngested,
    DocRejected,
    DocSegmented,
    doc_id_for,
)
from stukken.contracts.ocr import OcrPageDone, OcrPageTask, OcrProgress

__all__ = [
    "SCHEMA_VERSION",
    "ClaimCheck",
    "DeadLetter",
    "DocEnriched",
    "DocIndexed",
    "DocIngested",
    "DocRejected",
    "DocSegmented",
    "EnrichedDocument",
    "Entity",
    "Metadata",
    "OcrPageDone",
    "OcrPageTask",
    "OcrProgress",
    "Reference",
    "Segment",
    "SegmentedDocument",
    "Source",
    "doc_id_for",
]
