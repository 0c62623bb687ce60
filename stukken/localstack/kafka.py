"""The broker: a single-node Kafka (KRaft) run from jars fetched from Maven Central with `mvn`.

The jars land once in <cache>/kafka-<version>/libs; data and config under var/kafka/. The
controller listens on the broker's port + 1.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from string import Template

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from stukken.contracts.document_log import TOPIC_CONFIGS
from stukken.contracts.topics import ALL_TOPICS, partitions_for
from stukken.platform.settings import CommonSettings

from .layout import DEPLOY_LOCAL, StackPaths, find_java, find_tool, split_host_port

KAFKA_VERSION = "4.1.1"
POM = DEPLOY_LOCAL / "kafka" / "pom.xml"
LOG4J_CONFIG = DEPLOY_LOCAL / "kafka" / "log4j2.yaml"
SERVER_TEMPLATE = DEPLOY_LOCAL / "kafka" / "server.properties.template"
NAME = "kafka"
HEAP = ("-Xms256m", "-Xmx512m")


def libs_dir(paths: StackPaths) -> Path:
    return paths.cache_dir / f"kafka-{KAFKA_VERSION}" / "libs"


def ensure_jars(paths: StackPaths, log_file: Path) -> Path:
    """Fetch Kafka's jars into the cache unless a complete copy is there already."""
    libs = libs_dir(paths)
    stamp = libs.parent / ".complete"
    if stamp.exists() and any(libs.glob("kafka_2.13-*.jar")):
        return libs
    mvn = find_tool("mvn", "install Maven 3 (Debian: apt-get install maven) to fetch Kafka's jars")
    libs.mkdir(parents=True, exist_ok=True)
    argv = [
        mvn, "-q", "-B", "-Dstyle.color=never", "-f", str(POM), "dependency:copy-dependencies",
        f"-Dkafka.version={KAFKA_VERSION}", f"-DoutputDirectory={libs}",
    ]  # fmt: skip
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        log.write(f"\n--- fetching Kafka {KAFKA_VERSION} jars: {' '.join(argv)}\n".encode())
        log.flush()
        done = subprocess.run(argv, stdout=log, stderr=subprocess.STDOUT, timeout=900, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"mvn could not fetch Kafka's jars (exit {done.returncode})")
    stamp.write_text(KAFKA_VERSION + "\n")
    return libs


def kafka_dir(paths: StackPaths) -> Path:
    return paths.var_dir / "kafka"


def render_config(settings: CommonSettings, paths: StackPaths) -> Path:
    host, port = split_host_port(settings.kafka_bootstrap)
    values = {
        "host": host,
        "port": port,
        "controller_port": port + 1,
        "data_dir": kafka_dir(paths) / "data",
        "partitions": settings.topic_partitions,
    }
    target = kafka_dir(paths) / "server.properties"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(Template(SERVER_TEMPLATE.read_text()).substitute(values))
    return target


def new_cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, url-safe base64 without padding (22 characters).
    Never starting with "-" (as Kafka's own Uuid.randomUuid): the storage tool would read it as
    an option and fail, once in 64 starts."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def classpath(paths: StackPaths) -> str:
    return str(libs_dir(paths) / "*")


def format_storage(paths: StackPaths, config: Path, log_file: Path) -> None:
    """Format the KRaft metadata log once (when var/kafka/data has no meta.properties)."""
    if (kafka_dir(paths) / "data" / "meta.properties").exists():
        return
    argv = [
        find_java(), "-cp", classpath(paths), f"-Dlog4j2.configurationFile={LOG4J_CONFIG}",
        "kafka.tools.StorageTool", "format", "-t", new_cluster_id(), "-c", str(config),
    ]  # fmt: skip
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        log.write(b"\n--- formatting Kafka storage\n")
        log.flush()
        done = subprocess.run(argv, stdout=log, stderr=subprocess.STDOUT, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"kafka StorageTool format failed (exit {done.returncode})")


def server_argv(paths: StackPaths, config: Path) -> list[str]:
    return [
        find_java(), *HEAP, "-cp", classpath(paths),
        f"-Dlog4j2.configurationFile={LOG4J_CONFIG}", "kafka.Kafka", str(config),
    ]  # fmt: skip


@contextmanager
def _quiet_aiokafka() -> Iterator[None]:
    """aiokafka logs every refused connection at ERROR; while polling a starting broker that
    is expected, and the final error is reported anyway."""
    logger = logging.getLogger("aiokafka")
    before = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(before)


async def _admin(bootstrap: str, timeout_s: float) -> AIOKafkaAdminClient:
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=int(timeout_s * 1000)
    )
    await asyncio.wait_for(admin.start(), timeout_s)
    return admin


async def _list_topics(bootstrap: str, timeout_s: float) -> list[str]:
    admin = await _admin(bootstrap, timeout_s)
    try:
        return list(await asyncio.wait_for(admin.list_topics(), timeout_s))
    finally:
        await admin.close()


def list_topics(bootstrap: str, timeout_s: float = 3.0) -> list[str]:
    """The broker's topic names; raises when it does not answer. Healthy = this works."""
    with _quiet_aiokafka():
        return asyncio.run(_list_topics(bootstrap, timeout_s))


async def _ensure_topics(bootstrap: str, partitions: int, timeout_s: float) -> list[str]:
    admin = await _admin(bootstrap, timeout_s)
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in ALL_TOPICS if t not in existing]
        if missing:
            new = [
                NewTopic(
                    t,
                    num_partitions=partitions_for(t, partitions),
                    replication_factor=1,
                    topic_configs=TOPIC_CONFIGS.get(t, {}),  # e.g. the compacted document log
                )
                for t in missing
            ]
            response = await admin.create_topics(new, timeout_ms=int(timeout_s * 1000))
            errors = [
                f"{err[0]}: code {err[1]}"
                for err in getattr(response, "topic_errors", [])
                if err[1] not in (0, 36)  # 36 = TOPIC_ALREADY_EXISTS (a concurrent `up`)
            ]
            if errors:
                raise RuntimeError("could not create topics: " + ", ".join(errors))
        # topics made by an older release get today's settings (e.g. the document log's)
        configured = [
            ConfigResource(ConfigResourceType.TOPIC, t, configs)
            for t, configs in TOPIC_CONFIGS.items()
            if t in existing
        ]
        if configured:
            await admin.alter_configs(configured)
        return missing
    finally:
        await admin.close()


def ensure_topics(settings: CommonSettings, timeout_s: float = 20.0) -> list[str]:
    """Create every topic of the pipeline (incl. DLQs) that is missing; returns those created."""
    return asyncio.run(
        _ensure_topics(settings.kafka_bootstrap, settings.topic_partitions, timeout_s)
    )


async def _partition_counts(bootstrap: str, timeout_s: float) -> dict[str, int]:
    admin = await _admin(bootstrap, timeout_s)
    try:
        described = await admin.describe_topics(list(ALL_TOPICS))
        return {d["topic"]: len(d["partitions"]) for d in described if d.get("error_code") == 0}
    finally:
        await admin.close()


def partition_counts(bootstrap: str, timeout_s: float = 5.0) -> dict[str, int]:
    """Partitions per pipeline topic (topics that exist only)."""
    return asyncio.run(_partition_counts(bootstrap, timeout_s))
