"""Prometheus beside the local stack (`stukken up --monitoring`), with the lag exporter it scrapes.

Prometheus is Debian's `prometheus` package (it brings `promtool`). Its config is rendered from
deploy/prometheus/prometheus.yml, the file docker-compose mounts: each target is mapped by its
`service` label to this stack's address, so both run the same scrape jobs and the same rules.

Quick rules (`STUKKEN_MONITORING_QUICK_RULES=true`, the test stack): a copy of the rules with every
`for:` cut to `quick_for` and scrapes and evaluations every second, so an end-to-end test sees an
alert fire within seconds. The expressions are those of the real rules; windows shorter than an
hour too, as a test fills them in seconds. Windows of an hour or more (range selectors and
offsets) are divided by QUICK_WINDOW_DIVISOR, 1h -> 15s and 1d -> 6m, keeping their ratios: a
test cannot wait for an hour to pass, nor hold the day before it (StukkenBodyShareDropping
compares the last hour with the day before; StukkenReconcileFoundMissedEvents looks back 1h).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import yaml
from pydantic_settings import BaseSettings, SettingsConfigDict

from stukken.lag_exporter import ExporterSettings
from stukken.platform.settings import REPO_ROOT, SERVICE_SETTINGS, CommonSettings

from . import services as svc
from .layout import StackPaths, find_tool
from .parts import Part

PROMETHEUS_DIR = REPO_ROOT / "deploy" / "prometheus"
PROMETHEUS = "prometheus"
LAG_EXPORTER = "lag-exporter"
NAMES = (PROMETHEUS, LAG_EXPORTER)
QUICK_WINDOW_DIVISOR = 240
LONG_WINDOW_S = 3600
# a PromQL duration where it is a window: in a range selector or after `offset`
_DURATION_UNITS_S = {
    "ms": 0.001,
    "s": 1,
    "m": 60,
    "h": 3600,
    "d": 86400,
    "w": 604800,
    "y": 31536000,
}
_DURATION = r"(?:\d+(?:ms|[smhdwy]))+"
_WINDOW = re.compile(rf"(\[\s*|\boffset\s+)({_DURATION})")


class MonitoringSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STUKKEN_MONITORING_", extra="ignore")

    prometheus_port: int = 9090
    retention: str = "7d"
    quick_rules: bool = False
    quick_for: str = "2s"

    @property
    def prometheus_url(self) -> str:
        return f"http://127.0.0.1:{self.prometheus_port}"


def target_addresses(
    settings: CommonSettings, services: Sequence[svc.ServiceSpec] = ()
) -> dict[str, list[str]]:
    """Where each `service` label of the scrape config lives on this stack: one address per
    replica of a scaled service (the OCR workers the stack runs; by default as many as the OCR
    settings' `replicas`)."""
    host = svc.health_host(settings)
    ports: dict[str, list[int]] = {}
    for spec in services or svc.default_services():
        base = next((s for s in svc.SCALABLE if svc.replica_number(spec.name, s)), spec.name)
        ports.setdefault(base, []).append(spec.port)
    for name, cls in SERVICE_SETTINGS.items():  # a stack without services still scrapes them
        ports.setdefault(name, [cls().http_port])  # type: ignore[attr-defined]
    ports[LAG_EXPORTER] = [ExporterSettings().http_port]
    return {name: [f"{host}:{port}" for port in sorted(nums)] for name, nums in ports.items()}


def _discovered_service(job: dict[str, Any]) -> str | None:
    """The `service` a DNS-discovered job (the OCR replicas under compose) sets on its targets."""
    for rule in job.get("relabel_configs", []):
        if rule.get("target_label") == "service":
            return str(rule["replacement"])
    return None


def render_config(
    source: dict[str, Any],
    addresses: dict[str, list[str]],
    rule_files: list[str],
    interval: str | None,
) -> dict[str, Any]:
    """The compose config with this stack's targets and rules (and scrape/eval interval).
    A job that discovers its targets by DNS under compose gets one static target per replica."""
    config: dict[str, Any] = yaml.safe_load(yaml.safe_dump(source))  # a deep copy
    for job in config["scrape_configs"]:
        if "dns_sd_configs" in job:
            discovered = _discovered_service(job)
            del job["dns_sd_configs"]
            job["static_configs"] = [{"targets": [], "labels": {"service": discovered}}]
        for group in job.get("static_configs", []):
            service = group.get("labels", {}).get("service")
            if service not in addresses:
                raise ValueError(f"no address for target of service {service!r}")
            group["targets"] = list(addresses[service])
    config["rule_files"] = rule_files
    if interval:
        config["global"] |= {"scrape_interval": interval, "evaluation_interval": interval}
    return config


def seconds(duration: str) -> float:
    """A PromQL duration (`1h30m`, `500ms`) in seconds."""
    parts = re.findall(r"(\d+)(ms|[smhdwy])", duration)
    return sum(int(n) * _DURATION_UNITS_S[unit] for n, unit in parts)


def quick_windows(expr: str) -> str:
    """`expr` with each window of an hour or more divided by QUICK_WINDOW_DIVISOR."""

    def shorten(match: re.Match[str]) -> str:
        length = seconds(match[2])
        if length < LONG_WINDOW_S:
            return match[0]
        quick = int(length // QUICK_WINDOW_DIVISOR)
        return match[1] + (f"{quick // 60}m" if quick % 60 == 0 else f"{quick}s")

    return _WINDOW.sub(shorten, expr)


def quick_rules(rules: dict[str, Any], quick_for: str) -> dict[str, Any]:
    """The same rules with every `for:` set to `quick_for` and long windows shortened (tests)."""
    copy: dict[str, Any] = yaml.safe_load(yaml.safe_dump(rules))
    for group in copy["groups"]:
        group["interval"] = "1s"
        for rule in group["rules"]:
            rule["expr"] = quick_windows(rule["expr"])
            if "alert" in rule:
                rule["for"] = quick_for
    return copy


def prepare_config(
    settings: CommonSettings,
    ms: MonitoringSettings,
    paths: StackPaths,
    services: Sequence[svc.ServiceSpec] = (),
) -> Path:
    """Write var/prometheus/prometheus.yml (and the quick rules) for this stack."""
    home = paths.var_dir / PROMETHEUS
    rule_dir = PROMETHEUS_DIR / "rules"
    if ms.quick_rules:
        quick_dir = home / "rules"
        shutil.rmtree(quick_dir, ignore_errors=True)
        quick_dir.mkdir(parents=True)
        for path in sorted(rule_dir.glob("*.yml")):
            quick = quick_rules(yaml.safe_load(path.read_text()), ms.quick_for)
            (quick_dir / path.name).write_text(yaml.safe_dump(quick, sort_keys=False))
        rule_dir = quick_dir
    source = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    config = render_config(
        source,
        target_addresses(settings, services),
        [str(rule_dir / "*.yml")],
        "1s" if ms.quick_rules else None,
    )
    target = home / "prometheus.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(config, sort_keys=False)
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return target


def _answers(url: str) -> bool:
    response = httpx.get(url, timeout=2.0)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return True


def prometheus_part(
    settings: CommonSettings, paths: StackPaths, services: Sequence[svc.ServiceSpec] = ()
) -> Part:
    ms = MonitoringSettings()
    config = paths.var_dir / PROMETHEUS / "prometheus.yml"
    hint = "install Debian's prometheus package: bash deploy/local/system-deps.sh prometheus"

    def argv() -> list[str]:
        return [
            find_tool("prometheus", hint),
            f"--config.file={config}",
            f"--storage.tsdb.path={paths.var_dir / PROMETHEUS / 'data'}",
            f"--storage.tsdb.retention.time={ms.retention}",
            f"--web.listen-address=127.0.0.1:{ms.prometheus_port}",
            "--web.enable-lifecycle",
        ]

    def prepare() -> None:
        find_tool("prometheus", hint)
        prepare_config(settings, ms, paths, services)

    def rescrape() -> str:
        """Already running (`up --scale ocr=4` later): the new targets, then a reload."""
        before = config.read_text() if config.exists() else ""
        if prepare_config(settings, ms, paths, services).read_text() == before:
            return ""
        httpx.post(f"{ms.prometheus_url}/-/reload", timeout=10.0).raise_for_status()
        return "config reloaded with the stack's targets"

    return Part(
        name=PROMETHEUS,
        kind="monitoring",
        address=ms.prometheus_url,
        ports=[("127.0.0.1", ms.prometheus_port)],
        argv=argv,
        check=lambda: _answers(f"{ms.prometheus_url}/-/ready"),
        start_timeout_s=30.0,
        stop_timeout_s=10.0,
        prepare=prepare,
        after_healthy=rescrape,
    )


def lag_exporter_part(settings: CommonSettings) -> Part:
    port = ExporterSettings().http_port
    host = svc.health_host(settings)
    return Part(
        name=LAG_EXPORTER,
        kind="monitoring",
        address=f"http://{host}:{port}",
        ports=[(host, port)],
        argv=lambda: [*svc.ServiceSpec(LAG_EXPORTER, "stukken.lag_exporter", port).argv()],
        check=lambda: _answers(f"http://{host}:{port}/metrics"),
        start_timeout_s=30.0,
        stop_timeout_s=10.0,
        env=svc.service_env(settings),
    )


def monitoring_parts(
    settings: CommonSettings, paths: StackPaths, services: Sequence[svc.ServiceSpec] = ()
) -> list[Part]:
    """`services`: the pipeline services the stack runs (its OCR workers are scraped each)."""
    return [lag_exporter_part(settings), prometheus_part(settings, paths, services)]
