"""The real local stack for integration, e2e and fault tests: Kafka, the S3 gateway, the services.

It runs on its own ports and under var/test, so it never touches a stack started by `make run`.
`up` is idempotent: a test stack left running (STUKKEN_TEST_KEEP_STACK=1) is reused.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from minio import Minio

from stukken.platform.settings import REPO_ROOT, CommonSettings

# Several checkouts on one machine (worktrees) can run their stacks side by side: each shifts every
# port by STUKKEN_TEST_PORT_SHIFT (default 0).
_SHIFT = int(os.environ.get("STUKKEN_TEST_PORT_SHIFT", "0"))
TEST_ENV = {
    "STUKKEN_KAFKA_BOOTSTRAP": f"127.0.0.1:{29092 + _SHIFT}",
    "STUKKEN_S3_ENDPOINT": f"127.0.0.1:{27070 + _SHIFT}",
    "STUKKEN_VAR_DIR": str(REPO_ROOT / "var" / "test"),
    "STUKKEN_INGEST_HTTP_PORT": str(28081 + _SHIFT),
    "STUKKEN_SEGMENT_HTTP_PORT": str(28082 + _SHIFT),
    "STUKKEN_ENRICH_HTTP_PORT": str(28083 + _SHIFT),
    "STUKKEN_INDEX_HTTP_PORT": str(28084 + _SHIFT),
    # the OCR workers: ocr-1 on this port, ocr-2 on the next (two by default)
    "STUKKEN_OCR_HTTP_PORT": str(28085 + _SHIFT),
    "STUKKEN_LOG_JSON": "true",
    # small enough that the claim check is exercised by ordinary documents
    "STUKKEN_CLAIM_CHECK_BYTES": "65536",
    # reconcile often, so a lost notification is repaired within a test's patience
    "STUKKEN_INGEST_RECONCILE_INTERVAL_S": "2",
    "STUKKEN_INGEST_RECONCILE_GRACE_S": "1",
    # `up --monitoring`: Prometheus and the lag exporter; alerts with short `for:`, 1 s scrapes
    "STUKKEN_MONITORING_PROMETHEUS_PORT": str(29090 + _SHIFT),
    "STUKKEN_LAG_EXPORTER_HTTP_PORT": str(29308 + _SHIFT),
    "STUKKEN_LAG_EXPORTER_INTERVAL_S": "1",
    "STUKKEN_MONITORING_QUICK_RULES": "true",
    # spans go to the test's OTLP receiver (tests/otlp.py), in batches every 200 ms
    "STUKKEN_OTLP_ENDPOINT": f"http://127.0.0.1:{29318 + _SHIFT}",
    "OTEL_BSP_SCHEDULE_DELAY": "200",
    # a stage that stops moving says so within seconds (tests/faults/test_poison.py)
    "STUKKEN_STALL_AFTER_S": "5",
    "STUKKEN_LAG_INTERVAL_S": "1",
}
T = TypeVar("T")


def s3_client(settings: CommonSettings) -> Minio:
    """A plain S3 client on the test stack, as any user would have."""
    return Minio(
        settings.s3_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key,
        secure=False,
    )


def wait_for(what: str, probe: Callable[[], T | None], timeout_s: float = 60.0) -> T:
    """Poll `probe` until it returns something truthy; fail with `what` after the timeout."""
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            result = probe()
            if result:
                return result
        except Exception as exc:  # the thing may not be there yet
            last_error = exc
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout_s} s waiting for {what} (last: {last_error!r})")


@pytest.fixture(scope="session")
def stack() -> Iterator[CommonSettings]:
    from stukken.localstack import stack as local

    os.environ.update(TEST_ENV)
    settings = CommonSettings()
    report = local.up(settings, progress=print)
    if not report.ok:
        lines = [f"{p.name}: {p.detail} (log {p.log_path})" for p in report.parts if not p.healthy]
        down = local.down(settings)
        pytest.fail("local stack did not come up:\n" + "\n".join(lines) + f"\n{down.parts}")
    yield settings
    if os.environ.get("STUKKEN_TEST_KEEP_STACK") != "1":
        local.down(settings)
