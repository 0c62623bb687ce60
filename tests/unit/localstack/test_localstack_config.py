"""Rendering of the local stack's config; no processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stukken.contracts.topics import S3_EVENTS
from stukken.localstack import kafka, s3gateway
from stukken.localstack import services as svc
from stukken.localstack.layout import StackPaths, split_host_port
from stukken.platform.settings import SERVICE_SETTINGS, CommonSettings


def _settings(tmp_path: Path) -> CommonSettings:
    return CommonSettings(
        kafka_bootstrap="127.0.0.1:29092", s3_endpoint="127.0.0.1:27070", var_dir=tmp_path
    )


def test_cluster_id_is_kafka_shaped() -> None:
    ids = {kafka.new_cluster_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 22 and "=" not in i for i in ids)
    assert not any(i.startswith("-") for i in ids)  # the storage tool would take it as an option


def test_server_properties_follow_the_settings(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    paths = StackPaths(tmp_path, tmp_path / "cache")
    props = dict(
        line.split("=", 1)
        for line in kafka.render_config(settings, paths).read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:29093"
    assert props["num.partitions"] == "6"
    assert props["log.dirs"] == str(tmp_path / "kafka" / "data")


def test_cache_dir_override(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STUKKEN_CACHE_DIR", str(tmp_path / "c"))
    paths = StackPaths.of(_settings(tmp_path))
    assert kafka.libs_dir(paths) == tmp_path / "c" / f"kafka-{kafka.KAFKA_VERSION}" / "libs"
    assert s3gateway.binary(paths) == tmp_path / "c" / "go" / "bin" / "versitygw"
    assert paths.pid_file("kafka") == tmp_path / "run" / "kafka.pid"
    assert paths.log_file("ingest") == tmp_path / "log" / "ingest.log"


def test_s3_gateway_sends_events_to_the_topic(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    argv = s3gateway.server_argv(settings, StackPaths(tmp_path, tmp_path / "cache"))
    assert argv[argv.index("--event-kafka-topic") + 1] == S3_EVENTS
    assert argv[argv.index("--port") + 1] == "127.0.0.1:27070"
    env = s3gateway.server_env(settings)
    assert env["ROOT_ACCESS_KEY"] == "stukken"
    assert env["ROOT_SECRET_KEY"] == "stukken-secret"


def test_services_get_the_stack_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("STUKKEN_") and name.endswith("_HTTP_PORT"):
            monkeypatch.delenv(name)  # defaults, whatever a test stack set
    env = svc.service_env(_settings(tmp_path))
    assert env["STUKKEN_KAFKA_BOOTSTRAP"] == "127.0.0.1:29092"
    assert env["STUKKEN_VAR_DIR"] == str(tmp_path)
    assert env["STUKKEN_S3_SECURE"] == "false"
    assert "STUKKEN_LOG_JSON" not in env or env["STUKKEN_LOG_JSON"] in ("true", "false")
    specs = {s.name: s for s in svc.default_services()}
    assert [n.split("-")[0] for n in specs] == [
        n for n in SERVICE_SETTINGS for _ in range(2 if n == "ocr" else 1)
    ]
    assert specs["index"].port == 8084
    assert (specs["ocr-1"].port, specs["ocr-2"].port) == (8085, 8086)
    assert specs["ocr-2"].env == {"STUKKEN_OCR_HTTP_PORT": "8086"}
    scaled = [s.port for s in svc.default_services({"ocr": 4}) if s.name.startswith("ocr-")]
    assert scaled == [8085, 8086, 8087, 8088]
    assert specs["ingest"].argv()[1:] == ["-m", "services.ingest"]


def test_split_host_port() -> None:
    assert split_host_port("127.0.0.1:19092") == ("127.0.0.1", 19092)
    assert split_host_port("a:1,b:2") == ("a", 1)
    assert split_host_port("http://h:9200") == ("h", 9200)
    assert split_host_port(":7070") == ("127.0.0.1", 7070)


def test_scale_option_names_a_replicated_service_and_a_count() -> None:
    import typer

    from stukken.cli.stack import _scale

    assert _scale(["ocr=4"]) == {"ocr": 4}
    assert _scale([]) == {}
    for bad in ("ocr=0", "ocr=x", "segment=2", "ocr"):
        with pytest.raises(typer.BadParameter):
            _scale([bad])
    assert svc.replica_number("ocr-3", "ocr") == 3
    assert svc.replica_number("ocr-strict", "ocr") is None
