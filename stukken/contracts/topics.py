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


# OCR fan-out: a scanned document's pages go out as tasks (keyed doc_id:page, so they spread
# over partitions and OCR workers), the results come back keyed by doc_id (one partition per
# document, gathered by the segment stage). Progress of each document being OCR'd: compacted,
# keyed by doc_id (the index shows such a document as pending).
OCR_PAGES = "stukken.ocr.pages"
OCR_DONE = "stukken.ocr.done"
OCR_PROGRESS = "stukken.ocr.progress"
OCR_TOPICS = (OCR_PAGES, OCR_DONE, OCR_PROGRESS)

STAGE_INPUTS = {
    "ingest": S3_EVENTS,
    "segment": DOC_INGESTED,
    "ocr": OCR_PAGES,
    "enrich": DOC_SEGMENTED,
    "index": DOC_ENRICHED,
}
# Inputs a stage reads besides its main one (each with its own retry and dead-letter topics).
EXTRA_INPUTS = {"segment": OCR_DONE}
ALL_TOPICS = (
    PIPELINE_TOPICS
    + OCR_TOPICS
    + tuple(dlq(t) for t in (*STAGE_INPUTS.values(), *EXTRA_INPUTS.values()))
    + tuple(retry(t) for t in (*STAGE_INPUTS.values(), *EXTRA_INPUTS.values()))
)

# Topics whose order matters across all keys: the S3 gateway's bucket events (it spreads them over
# partitions whatever their key, so a put and a delete of one object could be read out of order).
SINGLE_PARTITION = frozenset({S3_EVENTS})


# Page tasks: enough partitions that 1, 2, 3, 4, 6 or 12 OCR workers get an equal share.
OCR_PAGE_PARTITIONS = 12


def partitions_for(topic: str, default: int) -> int:
    if topic in (OCR_PAGES, retry(OCR_PAGES)):
        return max(default, OCR_PAGE_PARTITIONS)
    return 1 if topic in SINGLE_PARTITION else default


# The document log: compacted, keyed by doc_id, the latest enriched document of every live
# document (a tombstone when it is gone). Its topic settings: stukken/contracts/document_log.py.
DOCUMENTS = "stukken.documents"
ALL_TOPICS = (*ALL_TOPICS, DOCUMENTS)
