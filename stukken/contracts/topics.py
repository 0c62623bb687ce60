"""Topic names: one place, so producers and consumers cannot drift apart."""

S3_EVENTS = "stukken.s3-events"
DOC_INGESTED = "stukken.doc.ingested"
DOC_REJECTED = "stukken.doc.rejected"
DOC_SEGMENTED = "stukken.doc.segmented"
DOC_ENRICHED = "stukken.doc.enriched"
DOC_INDEXED = "stukken.doc.indexed"

PIPELINE_TOPICS = (S3_EVENTS, DOC_INGESTED, DOC_REJECTED, DOC_SEGMENTED, DOC_ENRICHED, DOC_INDEXED)
# Each consuming stage has a dead-letter topic beside its input.
DLQ_SUFFIX = ".dlq"


# ... and a retry topic: transient failures wait there and come back by themselves.
RETRY_SUFFIX = ".retry"


def dlq(topic: str) -> str:
    return topic + DLQ_SUFFIX


def retry(topic: str) -> str:
    return topic + RETRY_SUFFIX


STAGE_INPUTS = {
    "ingest": S3_EVENTS,
    "segment": DOC_INGESTED,
    "enrich": DOC_SEGMENTED,
    "index": DOC_ENRICHED,
}
ALL_TOPICS = (
    PIPELINE_TOPICS
    + tuple(dlq(t) for t in STAGE_INPUTS.values())
    + tuple(retry(t) for t in STAGE_INPUTS.values())
)

# Topics whose order matters across all keys: the S3 gateway's bucket events (it spreads them over
# partitions whatever their key, so a put and a delete of one object could be read out of order).
SINGLE_PARTITION = frozenset({S3_EVENTS})


def partitions_for(topic: str, default: int) -> int:
    return 1 if topic in SINGLE_PARTITION else default


# The document log: compacted, keyed by doc_id, the latest enriched document of every live
# document (a tombstone when it is gone). Its topic settings: stukken/contracts/document_log.py.
DOCUMENTS = "stukken.documents"
ALL_TOPICS = (*ALL_TOPICS, DOCUMENTS)
