"""The pipeline services, each started as `<python> -m services.<name>`.

The OCR workers run as several replicas (`ocr-1`, `ocr-2`, ...; `stukken up --scale ocr=N`),
each on its own HTTP port counting up from the OCR settings' port.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import httpx

from stukken.platform.settings import SERVICE_SETTINGS, CommonSettings, OcrSettings

SCALABLE = ("ocr",)  # services that run as replicas (one consumer group between them)


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    module: str  # run with `python -m <module>`
    port: int  # its HTTP port: GET /healthz, /readyz, /metrics
    env: dict[str, str] = field(default_factory=dict)  # on top of the stack's (a replica's port)

    def argv(self) -> list[str]:
        return [sys.executable, "-m", self.module]


def default_services(scale: dict[str, int] | None = None) -> list[ServiceSpec]:
    """ingest, segment, the OCR workers, enrich, index, each on the http_port its settings give
    it; `scale` says how many OCR workers (default: the OCR settings' `replicas`)."""
    specs = []
    for name, cls in SERVICE_SETTINGS.items():
        port = cls().http_port  # type: ignore[attr-defined]
        if name not in SCALABLE:
            specs.append(ServiceSpec(name, f"services.{name}", port))
            continue
        replicas = (scale or {}).get(name, OcrSettings().replicas)
        specs += [
            ServiceSpec(
                f"{name}-{i + 1}",
                f"services.{name}",
                port + i,
                {f"STUKKEN_{name.upper()}_HTTP_PORT": str(port + i)},
            )
            for i in range(replicas)
        ]
    return specs


def replica_number(name: str, service: str) -> int | None:
    """3 for `ocr-3`; None for a name that is no replica of `service`."""
    prefix, _, number = name.rpartition("-")
    return int(number) if prefix == service and number.isdigit() else None


def _env_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def service_env(settings: CommonSettings) -> dict[str, str]:
    """The caller's environment plus every common setting as STUKKEN_<NAME>, so each service
    sees exactly the stack `up` started (also when it was given non-default settings)."""
    env = dict(os.environ)
    for name in CommonSettings.model_fields:
        value = getattr(settings, name)
        if value is not None:
            env[f"STUKKEN_{name.upper()}"] = _env_value(value)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def health_host(settings: CommonSettings) -> str:
    host = settings.http_host
    return "127.0.0.1" if host in ("", "0.0.0.0", "::") else host


def health_url(settings: CommonSettings, spec: ServiceSpec) -> str:
    return f"http://{health_host(settings)}:{spec.port}/healthz"


def check(settings: CommonSettings, spec: ServiceSpec, timeout_s: float = 2.0) -> bool:
    """Healthy = GET /healthz answers 200."""
    response = httpx.get(health_url(settings, spec), timeout=timeout_s)
    if response.status_code != 200:
        raise RuntimeError(f"/healthz answered {response.status_code}")
    return True
