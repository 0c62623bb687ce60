"""docker-compose.yml, the Dockerfile and Prometheus config agree with the code (no Docker here)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from stukken.contracts.topics import ALL_TOPICS, S3_EVENTS
from stukken.lag_exporter import ExporterSettings
from stukken.platform.settings import (
    REPO_ROOT,
    SERVICE_SETTINGS,
    CommonSettings,
    IndexSettings,
    IngestSettings,
)

COMPOSE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "deploy" / "docker" / "Dockerfile"
PROMETHEUS = REPO_ROOT / "deploy" / "prometheus" / "prometheus.yml"


@pytest.fixture(scope="module")
def services() -> dict[str, dict[str, Any]]:
    return yaml.safe_load(COMPOSE.read_text())["services"]


def env_names(cls: type[CommonSettings]) -> set[str]:
    """The environment variables a settings class reads."""
    prefix = cls.model_config.get("env_prefix", "")
    names = set()
    for name, field in cls.model_fields.items():
        alias = field.validation_alias
        names.add(alias.upper() if isinstance(alias, str) else f"{prefix}{name}".upper())
    return names


def http_port(name: str) -> int:
    return SERVICE_SETTINGS[name].model_fields["http_port"].default


def test_the_parts_are_there(services: dict[str, dict[str, Any]]) -> None:
    expected = {"kafka", "kafka-init", "minio", "opensearch", *SERVICE_SETTINGS}
    assert expected <= set(services)


def test_every_stukken_variable_is_a_real_setting(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        env = service.get("environment") or {}
        assert isinstance(env, dict), f"{name}: use the mapping form for environment"
        allowed = env_names(SERVICE_SETTINGS.get(name, CommonSettings))
        unknown = {k for k in env if k.startswith("STUKKEN_")} - allowed
        assert not unknown, f"{name}: not settings: {sorted(unknown)}"


@pytest.mark.parametrize("name", list(SERVICE_SETTINGS))
def test_each_service_runs_from_the_one_image(services: dict[str, Any], name: str) -> None:
    service = services[name]
    assert service["build"]["dockerfile"] == str(DOCKERFILE.relative_to(REPO_ROOT))
    assert service["environment"]["SERVICE"] == name
    port = http_port(name)
    replicas = service.get("deploy", {}).get("replicas", 1)
    published = f"{port}-{port + replicas + 1}" if name == "ocr" else str(port)
    assert f"127.0.0.1:{published}:{port}" in service["ports"]
    probe = " ".join(service["healthcheck"]["test"])
    assert f":{port}/healthz" in probe
    env = service["environment"]
    assert env["STUKKEN_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert env["STUKKEN_S3_ENDPOINT"] == "minio:9000"
    assert env["STUKKEN_HTTP_HOST"] == "0.0.0.0"  # reachable from outside the container
    assert service["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
    assert service["depends_on"]["minio"]["condition"] == "service_healthy"


def test_every_depends_on_waits_for_a_condition(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for target, how in (service.get("depends_on") or {}).items():
            assert target in services, f"{name} depends on unknown {target}"
            assert how["condition"] in ("service_healthy", "service_completed_successfully")
            if how["condition"] == "service_healthy":
                assert "healthcheck" in services[target], f"{target} has no healthcheck"


def test_topic_creation_matches_the_contracts(services: dict[str, dict[str, Any]]) -> None:
    init = services["kafka-init"]["environment"]
    assert tuple(init["TOPICS"].split()) == ALL_TOPICS
    default = CommonSettings.model_fields["topic_partitions"].default
    assert int(init["STUKKEN_TOPIC_PARTITIONS"]) == default
    assert int(services["kafka"]["environment"]["KAFKA_NUM_PARTITIONS"]) == default


def test_minio_sends_bucket_events_to_kafka(services: dict[str, dict[str, Any]]) -> None:
    minio = services["minio"]
    env = minio["environment"]
    assert env["MINIO_NOTIFY_KAFKA_ENABLE_PRIMARY"] == "on"
    assert env["MINIO_NOTIFY_KAFKA_BROKERS_PRIMARY"] == "kafka:9092"
    assert env["MINIO_NOTIFY_KAFKA_TOPIC_PRIMARY"] == S3_EVENTS
    stukken = services["ingest"]["environment"]
    assert env["MINIO_ROOT_USER"] == stukken["STUKKEN_S3_ACCESS_KEY"]
    assert env["MINIO_ROOT_PASSWORD"] == stukken["STUKKEN_S3_SECRET_KEY"]
    # the host ports are the local stack's defaults, so the CLI works unchanged
    defaults = CommonSettings.model_fields
    assert f"127.0.0.1:{defaults['s3_endpoint'].default.split(':')[1]}:9000" in minio["ports"]
    kafka_port = defaults["kafka_bootstrap"].default.split(":")[1]
    assert f"127.0.0.1:{kafka_port}:{kafka_port}" in services["kafka"]["ports"]


def test_kafka_and_s3_take_credentials_without_defaults(
    services: dict[str, dict[str, Any]],
) -> None:
    properties = (REPO_ROOT / "deploy/docker/kafka/server.properties").read_text()
    protocols = dict(
        pair.split(":")
        for line in properties.splitlines()
        if line.startswith("listener.security.protocol.map=")
        for pair in line.split("=", 1)[1].split(",")
    )
    assert protocols == {
        "INTERNAL": "SASL_PLAINTEXT",
        "HOST": "SASL_PLAINTEXT",
        "CONTROLLER": "PLAINTEXT",  # not published, controller requests only
    }
    assert "sasl.enabled.mechanisms=SCRAM-SHA-512" in properties
    start = (REPO_ROOT / "deploy/docker/kafka/start.sh").read_text()
    for name in SERVICE_SETTINGS:
        env = services[name]["environment"]
        assert env["STUKKEN_KAFKA_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"
        assert env["STUKKEN_KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
        assert f"name={env['STUKKEN_KAFKA_USERNAME']}," in start  # the user exists
        for secret in ("STUKKEN_KAFKA_PASSWORD", "STUKKEN_S3_SECRET_KEY"):
            assert env[secret].startswith("${" + secret + ":?"), f"{name}: {secret} has a default"
    minio = services["minio"]["environment"]
    assert minio["MINIO_NOTIFY_KAFKA_SASL_PRIMARY"] == "on"
    assert minio["MINIO_NOTIFY_KAFKA_SASL_PASSWORD_PRIMARY"].startswith(
        "${STUKKEN_KAFKA_PASSWORD:?"
    )


def test_published_ports_are_local_only(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def test_ingest_ledger_topic_is_created_compacted(services: dict[str, dict[str, Any]]) -> None:
    init = services["kafka-init"]
    assert init["environment"]["COMPACTED_TOPICS"].split() == [
        IngestSettings.model_fields["ledger_topic"].default
    ]
    assert "cleanup.policy=compact" in init["command"][0]
    assert services["ingest"]["environment"]["STUKKEN_INGEST_INDEX_URL"] == "http://index:8084"


def test_opensearch_profile(services: dict[str, dict[str, Any]]) -> None:
    assert services["opensearch"]["profiles"] == ["opensearch"]
    env = services["index"]["environment"]
    # one index service (one consumer group): the backend comes from the shell, tantivy default
    assert env["STUKKEN_INDEX_BACKEND"] == "${STUKKEN_INDEX_BACKEND:-tantivy}"
    assert IndexSettings.model_fields["backend"].default == "tantivy"
    assert env["STUKKEN_INDEX_OPENSEARCH_URL"] == "http://opensearch:9200"
    assert services["index"]["depends_on"]["opensearch"]["required"] is False
    for name in SERVICE_SETTINGS:
        assert "profiles" not in services[name]


def test_dockerfile() -> None:
    text = DOCKERFILE.read_text()
    assert text.startswith("#") and "FROM python:3.11-slim" in text
    assert "tesseract-ocr-nld" in text
    assert "python -m services.${SERVICE}" in text
    # the segmenter's C accelerator is built in the image: setup.py is there, and a compiler
    assert "setup.py" in text and "gcc" in text


def test_prometheus_scrapes_every_service() -> None:
    config = yaml.safe_load(PROMETHEUS.read_text())
    job, ocr, lag = config["scrape_configs"]
    assert job["metrics_path"] == ocr["metrics_path"] == "/metrics"
    targets = {t for group in job["static_configs"] for t in group["targets"]}
    assert targets == {f"{name}:{http_port(name)}" for name in SERVICE_SETTINGS if name != "ocr"}
    # the OCR replicas: every one, by the service's DNS name (one address per replica)
    assert ocr["dns_sd_configs"] == [
        {"names": ["ocr"], "type": "A", "port": http_port("ocr"), "refresh_interval": "15s"}
    ]
    port = ExporterSettings.model_fields["http_port"].default
    assert [t for g in lag["static_configs"] for t in g["targets"]] == [f"lag-exporter:{port}"]


def test_monitoring_profile(services: dict[str, dict[str, Any]]) -> None:
    prometheus, exporter = services["prometheus"], services["lag-exporter"]
    assert prometheus["profiles"] == exporter["profiles"] == ["monitoring"]
    assert "./deploy/prometheus:/etc/prometheus:ro" in prometheus["volumes"]
    assert exporter["command"] == ["python", "-m", "stukken.lag_exporter"]
    assert exporter["environment"]["STUKKEN_KAFKA_BOOTSTRAP"] == "kafka:9092"


def test_kafka_init_creates_the_document_log_compacted_as_up_does(
    services: dict[str, dict[str, Any]],
) -> None:
    from stukken.contracts.document_log import TOPIC_CONFIGS
    from stukken.contracts.topics import DOCUMENTS

    flags = services["kafka-init"]["environment"]["DOCUMENT_LOG_CONFIG"].split()
    configs = dict(f.split("=", 1) for f in flags if f != "--config")
    assert configs == TOPIC_CONFIGS[DOCUMENTS]
    assert "stukken.documents) config=" in services["kafka-init"]["command"][0]
