"""Fetch Kafka's jars and build the S3 gateway into the cache, before any test or stack runs.

`make test-deps` and `make run` call it, so the slow first fetch and build (~3-5 min on a fresh
machine) happen once, in the open, and not inside a test's set-up, where pytest's per-test
timeout would cut a build that a loaded machine makes slow. Safe to repeat: both steps return at
once when the cache holds them.
"""

from __future__ import annotations

from stukken.platform.settings import CommonSettings

from . import kafka, s3gateway
from .layout import StackPaths


def main() -> None:
    paths = StackPaths.of(CommonSettings())
    print(f"prefetch: Kafka {kafka.KAFKA_VERSION} jars -> {kafka.libs_dir(paths)}", flush=True)
    kafka.ensure_jars(paths, paths.log_file(kafka.NAME))
    gateway = s3gateway.VERSITYGW_VERSION
    print(f"prefetch: versitygw {gateway} -> {s3gateway.binary(paths)}", flush=True)
    s3gateway.ensure_binary(paths, paths.log_file(s3gateway.NAME))


if __name__ == "__main__":
    main()
