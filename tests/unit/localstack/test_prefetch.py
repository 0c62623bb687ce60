"""`python -m stukken.localstack.prefetch` (make stack-deps): a cache that holds the Kafka jars
and the gateway's binary is used as it is, with no Maven or Go run."""

from __future__ import annotations

from pathlib import Path

import pytest

from stukken.localstack import kafka, layout, prefetch, s3gateway


def test_a_filled_cache_is_used_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("STUKKEN_CACHE_DIR", str(cache))
    monkeypatch.setenv("STUKKEN_VAR_DIR", str(tmp_path / "var"))
    paths = layout.StackPaths(tmp_path / "var", cache)
    libs = kafka.libs_dir(paths)
    libs.mkdir(parents=True)
    (libs / f"kafka_2.13-{kafka.KAFKA_VERSION}.jar").write_bytes(b"")
    (libs.parent / ".complete").write_text("")
    gateway = s3gateway.binary(paths)
    gateway.parent.mkdir(parents=True)
    gateway.write_text("#!/bin/sh\n")
    gateway.chmod(0o755)

    def no_tools(name: str, hint: str) -> str:
        raise AssertionError(f"{name} was run for a cache that holds everything")

    monkeypatch.setattr(kafka, "find_tool", no_tools)
    monkeypatch.setattr(s3gateway, "find_tool", no_tools)
    prefetch.main()


def test_an_empty_cache_asks_for_the_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUKKEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STUKKEN_VAR_DIR", str(tmp_path / "var"))

    def missing(name: str, hint: str) -> str:
        raise RuntimeError(f"{name} missing: {hint}")

    monkeypatch.setattr(kafka, "find_tool", missing)
    with pytest.raises(RuntimeError, match="mvn missing"):
        prefetch.main()
