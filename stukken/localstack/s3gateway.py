"""The object store: the Versity S3 gateway (Apache-2.0), built once with `go install`.

It serves the S3 API on `settings.s3_endpoint` from a plain folder (var/s3) and sends every
bucket event to the Kafka topic `stukken.s3-events`, which must exist before it starts.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import urllib3
from minio import Minio

from stukken.contracts.topics import S3_EVENTS
from stukken.platform.settings import CommonSettings

from .layout import StackPaths, find_tool

NAME = "s3gateway"
VERSITYGW_MODULE = "github.com/versity/versitygw/cmd/versitygw"
VERSITYGW_VERSION = "v1.8.0"


def binary(paths: StackPaths) -> Path:
    return paths.cache_dir / "go" / "bin" / "versitygw"


def ensure_binary(paths: StackPaths, log_file: Path) -> Path:
    """Build versitygw into the cache with `go install` unless it is there (first build ~3 min)."""
    target = binary(paths)
    if target.is_file() and os.access(target, os.X_OK):
        return target
    go = find_tool("go", "install Go 1.24+ to build the Versity S3 gateway")
    target.parent.mkdir(parents=True, exist_ok=True)
    argv = [go, "install", f"{VERSITYGW_MODULE}@{VERSITYGW_VERSION}"]
    env = {**os.environ, "GOBIN": str(target.parent)}
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        log.write(f"\n--- building versitygw {VERSITYGW_VERSION}: {' '.join(argv)}\n".encode())
        log.flush()
        done = subprocess.run(
            argv, stdout=log, stderr=subprocess.STDOUT, env=env, timeout=1200, check=False
        )
    if done.returncode != 0 or not target.is_file():
        raise RuntimeError(f"go install of versitygw failed (exit {done.returncode})")
    return target


EVENT_KEY = "stukken-s3"


def data_dir(paths: StackPaths) -> Path:
    return paths.var_dir / "s3"


def server_argv(settings: CommonSettings, paths: StackPaths) -> list[str]:
    return [
        str(binary(paths)),
        "--port", settings.s3_endpoint,
        "--event-kafka-url", settings.kafka_bootstrap,
        "--event-kafka-topic", S3_EVENTS,
        # The gateway would send its events unkeyed, spread over partitions, so a put and a
        # delete of one object could be read out of order: one key keeps them in order.
        "--event-kafka-key", EVENT_KEY,
        "--quiet",
        "posix", str(data_dir(paths)),
    ]  # fmt: skip


def server_env(settings: CommonSettings) -> dict[str, str]:
    return {
        **os.environ,
        "ROOT_ACCESS_KEY": settings.s3_access_key,
        "ROOT_SECRET_KEY": settings.s3_secret_key,
    }


def client(settings: CommonSettings, *, timeout_s: float = 3.0) -> Minio:
    """A minio client that fails fast (no retries): for health checks and tests."""
    http = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=timeout_s, read=timeout_s), retries=False
    )
    return Minio(
        settings.s3_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key,
        secure=settings.s3_secure,
        region=settings.s3_region,
        http_client=http,
    )


def check(settings: CommonSettings) -> bool:
    """Healthy = an authenticated S3 call succeeds (raises otherwise)."""
    client(settings).list_buckets()
    return True
