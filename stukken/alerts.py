"""The alerts Prometheus has firing, from its HTTP API (`stukken status` shows them)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class FiringAlert:
    name: str
    severity: str
    subject: str  # the stage or service it is about, when it names one
    summary: str
    runbook: str
    since: str  # when it became active (RFC 3339)


def firing_alerts(prometheus_url: str, timeout_s: float = 3.0) -> list[FiringAlert]:
    """Alerts in state `firing` (pending ones are not yet alerts). Raises when Prometheus does not
    answer: the caller says "no Prometheus" rather than "no alerts"."""
    response = httpx.get(f"{prometheus_url}/api/v1/alerts", timeout=timeout_s)
    response.raise_for_status()
    alerts = []
    for alert in response.json()["data"]["alerts"]:
        if alert.get("state") != "firing":
            continue
        labels, notes = alert.get("labels", {}), alert.get("annotations", {})
        alerts.append(
            FiringAlert(
                name=labels.get("alertname", ""),
                severity=labels.get("severity", ""),
                subject=labels.get("stage") or labels.get("service", ""),
                summary=notes.get("summary", ""),
                runbook=notes.get("runbook_url", ""),
                since=alert.get("activeAt", ""),
            )
        )
    return sorted(alerts, key=lambda a: (a.severity != "critical", a.name, a.subject))
