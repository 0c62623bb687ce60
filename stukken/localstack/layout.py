"""Where the local stack keeps things: downloads and builds in the cache, state under var/."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from stukken.platform.settings import REPO_ROOT, CommonSettings

DEPLOY_LOCAL = REPO_ROOT / "deploy" / "local"


def default_cache_dir() -> Path:
    """`STUKKEN_CACHE_DIR`, else ~/.cache/stukken: jars and binaries reused across checkouts."""
    override = os.environ.get("STUKKEN_CACHE_DIR")
    return Path(override).expanduser() if override else Path.home() / ".cache" / "stukken"


@dataclass(frozen=True)
class StackPaths:
    var_dir: Path
    cache_dir: Path

    @classmethod
    def of(cls, settings: CommonSettings, cache_dir: Path | None = None) -> StackPaths:
        return cls(Path(settings.var_dir), cache_dir or default_cache_dir())

    @property
    def run_dir(self) -> Path:
        return self.var_dir / "run"

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "log"

    def pid_file(self, part: str) -> Path:
        return self.run_dir / f"{part}.pid"

    def log_file(self, part: str) -> Path:
        return self.log_dir / f"{part}.log"


class ToolMissing(RuntimeError):
    """A program the local stack needs (java, mvn, go) is not installed."""


def find_tool(name: str, hint: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ToolMissing(f"`{name}` not found on PATH: {hint}")
    return path


def find_java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return find_tool("java", "install Java 17+ (Debian: apt-get install openjdk-17-jre-headless)")


def split_host_port(address: str, default_host: str = "127.0.0.1") -> tuple[str, int]:
    """'host:port' → (host, port); the first of a comma-separated list."""
    first = address.split(",")[0].strip()
    for prefix in ("http://", "https://"):
        first = first.removeprefix(prefix)
    host, _, port = first.rpartition(":")
    return host or default_host, int(port)
