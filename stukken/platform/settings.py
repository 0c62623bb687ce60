"""Configuration: one pydantic-settings class per service, read once at start-up and passed down.

Every field can be set from the environment as `STUKKEN_<FIELD>` (common fields) or
`STUKKEN_<SERVICE>_<FIELD>` (service fields). Defaults are those of the local stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


def _common(name: str, default: Any, description: str) -> Any:
    """A field shared by all services: always read from STUKKEN_<NAME>, whatever the prefix."""
    return Field(default, description=description, validation_alias=f"STUKKEN_{name.upper()}")


class CommonSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STUKKEN_", extra="ignore", populate_by_name=True)

    kafka_bootstrap: str = _common(
        "kafka_bootstrap", "127.0.0.1:19092", description="Kafka bootstrap servers"
    )
    kafka_security_protocol: str = _common(
        "kafka_security_protocol", "PLAINTEXT", description="PLAINTEXT or SASL_PLAINTEXT/SASL_SSL"
    )
    kafka_sasl_mechanism: str = _common(
        "kafka_sasl_mechanism", "SCRAM-SHA-512", description="SASL mechanism (SCRAM-SHA-256/512)"
    )
    kafka_username: str | None = _common("kafka_username", None, description="SASL user name")
    kafka_password: str | None = _common("kafka_password", None, description="SASL password")
    s3_endpoint: str = _common("s3_endpoint", "127.0.0.1:7070", description="S3 server host:port")
    s3_access_key: str = _common("s3_access_key", "stukken", description="S3 access key")
    s3_secret_key: str = _common("s3_secret_key", "stukken-secret", description="S3 secret key")
    s3_secure: bool = _common("s3_secure", False, description="use TLS to the S3 server")
    s3_region: str = _common("s3_region", "us-east-1", description="S3 region")
    bucket: str = _common("bucket", "inbox", description="the bucket people drop PDFs into")
    artifact_bucket: str = _common(
        "artifact_bucket", "stukken-artifacts", description="claim-check payloads and stage caches"
    )
    claim_check_bytes: int = _common(
        "claim_check_bytes", 512 * 1024, description="inline payloads up to this size"
    )
    topic_partitions: int = _common(
        "topic_partitions", 6, description="partitions per topic created by `stukken up`"
    )
    log_level: str = _common("log_level", "INFO", description="log level")
    log_json: bool | None = _common(
        "log_json", None, description="JSON logs; default: when not a TTY"
    )
    http_host: str = _common(
        "http_host", "127.0.0.1", description="address the health/metrics server binds"
    )
    var_dir: Path = _common(
        "var_dir", REPO_ROOT / "var", description="local state: data, logs, pids"
    )
    max_attempts: int = _common(
        "max_attempts", 5, description="transient-failure attempts in place before the retry topic"
    )
    retry_rounds: int = _common(
        "retry_rounds",
        8,
        description="rounds through the stage's retry topic before a transient failure is "
        "dead-lettered (delays grow from retry_delay_s, doubling, up to retry_delay_max_s)",
    )
    retry_delay_s: float = _common("retry_delay_s", 5.0, description="first retry-topic delay")
    retry_delay_max_s: float = _common(
        "retry_delay_max_s", 60.0, description="longest retry-topic delay"
    )
    max_failures_in_a_row: int = _common(
        "max_failures_in_a_row",
        5,
        description="a message whose handling fails this often in a row is dead-lettered",
    )
    max_event_bytes: int = _common(
        "max_event_bytes",
        1024 * 1024,
        description="larger messages are poison (too_large); Kafka's own default limit is 1 MiB",
    )
    stall_after_s: float = _common(
        "stall_after_s",
        120.0,
        description="lag waiting and no message finished for this long: the stage is stalled",
    )
    lag_interval_s: float = _common(
        "lag_interval_s", 5.0, description="how often a stage measures its consumer lag"
    )


class IngestSettings(CommonSettings):
    model_config = SettingsConfigDict(
        env_prefix="STUKKEN_INGEST_", extra="ignore", populate_by_name=True
    )

    http_port: int = 8081
    max_pdf_bytes: int = Field(200 * 1024 * 1024, description="larger objects are rejected")
    ensure_bucket: bool = Field(True, description="create the bucket on start when missing")
    reconcile_interval_s: float = Field(
        30.0, description="compare bucket and ledger this often (0: never); see reconcile.py"
    )
    reconcile_grace_s: float = Field(
        30.0, description="objects changed more recently are left to their own notification"
    )
    reconcile_batch: int = Field(
        20_000, description="objects compared per round; the next round goes on from there"
    )
    reconcile_index_grace_s: float = Field(
        60.0, description="a version admitted this recently may still be on its way to the index"
    )
    index_url: str | None = Field(
        None, description="the index service the reconciler asks; default: local, its port"
    )
    ledger_topic: str = Field(
        "stukken.ingest.ledger", description="compacted topic of ingest's ledger (see ledger.py)"
    )
    event_key_encoding: str = Field(
        "auto", description="S3 event object keys: 'url' encoded, 'raw', or 'auto' by sender"
    )


class SegmentSettings(CommonSettings):
    model_config = SettingsConfigDict(
        env_prefix="STUKKEN_SEGMENT_", extra="ignore", populate_by_name=True
    )

    http_port: int = 8082
    time_limit_s: float = Field(
        60.0,
        description="parse time limit per page (the clock restarts after every page read, OCR "
        "included, and covers the layout after the last page); the page count is the size guard",
    )
    memory_limit_mb: int = Field(1024, description="address-space limit of the parse worker")
    max_pages: int = Field(2000, description="documents with more pages are rejected")
    recycle_after: int = Field(200, description="documents per worker process before a new one")
    ocr: bool = Field(True, description="OCR pages without a usable text layer")
    ocr_fanout: bool = Field(
        True,
        description="OCR as page tasks for the OCR workers (stukken.ocr.pages); false: OCR "
        "in the segment worker, one page after another",
    )
    ocr_job_stale_s: float = Field(
        3600.0,
        description="a document coming again while its OCR job is younger than this is left "
        "to that job (its page tasks are not queued twice); an older job is resumed",
    )


class OcrSettings(CommonSettings):
    """The OCR page workers (services/ocr): one page at a time each, one Tesseract thread."""

    model_config = SettingsConfigDict(
        env_prefix="STUKKEN_OCR_", extra="ignore", populate_by_name=True
    )

    http_port: int = Field(8085, description="first worker's port; `--scale ocr=N` counts up")
    replicas: int = Field(
        2, description="workers `stukken up` starts (one per core: Tesseract runs one thread)"
    )
    time_limit_s: float = Field(60.0, description="time limit for OCR'ing one page")
    memory_limit_mb: int = Field(1024, description="address-space limit of the OCR process")
    recycle_after: int = Field(500, description="pages per OCR process before a fresh one")
    max_page_attempts: int = Field(
        3, description="tries of a page that times out, crashes or fails before it is degraded"
    )
    pdf_cache_mb: int = Field(
        512, description="downloaded PDFs kept on local disk (a scan is fetched once, not per page)"
    )
    nice: int = Field(
        10, description="OCR runs at this niceness: text PDFs on the same cores go first"
    )
    shutdown_grace_s: float = Field(
        8.0,
        description="on SIGTERM, the page being read has this long to finish; then it is given "
        "back unread (its offset uncommitted, no attempt counted). Below `stukken down`'s 20 s "
        "and compose's stop_grace_period",
    )


class EnrichSettings(CommonSettings):
    model_config = SettingsConfigDict(
        env_prefix="STUKKEN_ENRICH_", extra="ignore", populate_by_name=True
    )

    http_port: int = 8083
    time_limit_s: float = Field(
        60.0,
        description="enrichment time limit per document (its isolated worker is replaced on a "
        "timeout or crash); the document goes on degraded: segments and metadata, no "
        "references or entities, a warning in metadata.quality.warnings",
    )
    memory_limit_mb: int = Field(2048, description="address-space limit of the enrich worker")
    recycle_after: int = Field(1000, description="documents per worker process before a new one")


class IndexSettings(CommonSettings):
    model_config = SettingsConfigDict(
        env_prefix="STUKKEN_INDEX_", extra="ignore", populate_by_name=True
    )

    http_port: int = 8084
    backend: str = Field("tantivy", description="'tantivy' (embedded) or 'opensearch'")
    index_dir: Path | None = Field(None, description="tantivy index folder; default var/index")
    opensearch_url: str = Field("http://127.0.0.1:9200", description="OpenSearch endpoint")
    opensearch_prefix: str = Field(
        "stukken", description="OpenSearch index names: <prefix>-docs and <prefix>-segments"
    )
    refresh_interval_s: float = Field(
        0.25, description="near-real-time: commit + reload at most this long after a write"
    )

    def resolved_index_dir(self) -> Path:
        return self.index_dir or self.var_dir / "index"


SERVICE_SETTINGS: dict[str, type[CommonSettings]] = {
    "ingest": IngestSettings,
    "segment": SegmentSettings,
    "ocr": OcrSettings,
    "enrich": EnrichSettings,
    "index": IndexSettings,
}
