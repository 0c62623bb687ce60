"""The Prometheus config and alert rules: promtool checks them and runs their unit tests
(deploy/prometheus/tests/), the local stack's rendering stays valid, every alert has its runbook."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from stukken.localstack.layout import StackPaths
from stukken.localstack.monitoring import (
    PROMETHEUS_DIR,
    MonitoringSettings,
    prepare_config,
    quick_rules,
    quick_windows,
    render_config,
    target_addresses,
)
from stukken.localstack.services import default_services
from stukken.platform.settings import REPO_ROOT, CommonSettings, OcrSettings

RULES = sorted((PROMETHEUS_DIR / "rules").glob("*.yml"))
RUNBOOK = REPO_ROOT / "deploy" / "RUNBOOK.md"


def promtool(*args: str) -> str:
    tool = shutil.which("promtool")
    assert tool, "promtool missing: bash deploy/local/system-deps.sh prometheus"
    done = subprocess.run([tool, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def alerts() -> list[dict[str, Any]]:
    return [
        rule
        for path in RULES
        for group in yaml.safe_load(path.read_text())["groups"]
        for rule in group["rules"]
        if "alert" in rule
    ]


def test_the_rules_pass_their_promtool_unit_tests() -> None:
    tests = sorted((PROMETHEUS_DIR / "tests").glob("*.yml"))
    assert tests
    assert "SUCCESS" in promtool("test", "rules", *map(str, tests))


def test_every_alert_is_unit_tested() -> None:
    tested = {
        case["alertname"]
        for path in (PROMETHEUS_DIR / "tests").glob("*.yml")
        for test in yaml.safe_load(path.read_text())["tests"]
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert {a["alert"] for a in alerts()} <= tested


def test_the_compose_config_is_valid() -> None:
    promtool("check", "config", str(PROMETHEUS_DIR / "prometheus.yml"))


@pytest.mark.parametrize("quick", [False, True], ids=["production", "quick"])
def test_the_local_stack_config_is_valid(tmp_path: Path, quick: bool) -> None:
    settings = CommonSettings(var_dir=tmp_path)
    ms = MonitoringSettings(quick_rules=quick)
    config = prepare_config(settings, ms, StackPaths(tmp_path, tmp_path / "cache"))
    promtool("check", "config", str(config))
    rendered = yaml.safe_load(config.read_text())
    targets = {
        t for job in rendered["scrape_configs"] for g in job["static_configs"] for t in g["targets"]
    }
    # ingest, segment, enrich, index, the lag exporter and each of the OCR workers
    replicas = OcrSettings().replicas
    assert all(t.startswith("127.0.0.1:") for t in targets) and len(targets) == 5 + replicas
    (ocr,) = [job for job in rendered["scrape_configs"] if job["job_name"] == "stukken-ocr"]
    first = OcrSettings().http_port
    assert ocr["static_configs"] == [
        {
            "targets": [f"127.0.0.1:{first + i}" for i in range(replicas)],
            "labels": {"service": "ocr"},
        }
    ]
    assert (rendered["global"]["evaluation_interval"] == "1s") is quick


def test_render_maps_targets_by_service_label() -> None:
    source = {
        "global": {"scrape_interval": "5s"},
        "scrape_configs": [
            {"job_name": "j", "static_configs": [{"targets": ["a:1"], "labels": {"service": "a"}}]}
        ],
    }
    out = render_config(source, {"a": ["127.0.0.1:9"]}, ["/r/*.yml"], "1s")
    assert out["scrape_configs"][0]["static_configs"][0]["targets"] == ["127.0.0.1:9"]
    assert out["rule_files"] == ["/r/*.yml"] and out["global"]["scrape_interval"] == "1s"
    assert source["scrape_configs"][0]["static_configs"][0]["targets"] == ["a:1"]  # untouched
    with pytest.raises(ValueError, match="'a'"):
        render_config(source, {"b": ["x:1"]}, [], None)


def test_every_replica_the_stack_runs_is_a_target_of_the_discovered_job() -> None:
    source = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    specs = default_services({"ocr": 4})
    addresses = target_addresses(CommonSettings(), specs)
    assert len(addresses["ocr"]) == 4
    out = render_config(source, addresses, [], None)
    (ocr,) = [job for job in out["scrape_configs"] if job["job_name"] == "stukken-ocr"]
    assert "dns_sd_configs" not in ocr
    ports = sorted(int(t.rsplit(":", 1)[1]) for t in ocr["static_configs"][0]["targets"])
    first = OcrSettings().http_port
    assert ports == [first, first + 1, first + 2, first + 3]
    assert ocr["static_configs"][0]["labels"] == {"service": "ocr"}


def test_quick_rules_change_only_the_waiting_and_the_long_windows() -> None:
    rules = yaml.safe_load(RULES[0].read_text())
    quick = quick_rules(rules, "2s")
    shortened = set()
    for group, fast in zip(rules["groups"], quick["groups"], strict=True):
        for rule, short in zip(group["rules"], fast["rules"], strict=True):
            assert short["for"] == "2s"
            unchanged = re.sub(r"\[1h\]|\[1d\]|offset 1h", "", rule["expr"])
            assert re.sub(r"\[15s\]|\[6m\]|offset 15s", "", short["expr"]) == unchanged
            if short["expr"] != rule["expr"]:
                shortened.add(rule["alert"])
    assert shortened == {"StukkenBodyShareDropping", "StukkenReconcileFoundMissedEvents"}


@pytest.mark.parametrize(
    ("expr", "quick"),
    [
        ("rate(x[1h]) / rate(x[1d] offset 1h)", "rate(x[15s]) / rate(x[6m] offset 15s)"),
        ("increase(x[30m]) + deriv(y[10m]) + z offset 5m", "same"),
        (
            "rate(x[ 2h ]) + rate(y[1h30m]) + avg_over_time(z[1w:1m])",
            "rate(x[ 30s ]) + rate(y[22s]) + avg_over_time(z[42m:1m])",
        ),
    ],
)
def test_quick_windows_divide_windows_of_an_hour_or_more(expr: str, quick: str) -> None:
    assert quick_windows(expr) == (expr if quick == "same" else quick)


def test_every_alert_links_its_runbook_section() -> None:
    anchors = {
        "#" + re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-")
        for heading in re.findall(r"^## (.+)$", RUNBOOK.read_text(), flags=re.M)
    }
    for alert in alerts():
        url = alert["annotations"]["runbook_url"]
        path, anchor = url.split("#")
        assert path == "deploy/RUNBOOK.md" and "#" + anchor in anchors, alert["alert"]
        assert anchor == alert["alert"].lower()
        assert alert["labels"]["severity"] in ("warning", "critical")


def test_every_alert_but_the_ocr_backlog_fires_end_to_end() -> None:
    """deploy/RUNBOOK.md says so: the OCR backlog's metric comes with the OCR workers (#11)."""
    e2e = (REPO_ROOT / "tests" / "integration" / "test_monitoring.py").read_text()
    missing = {a["alert"] for a in alerts() if f'"{a["alert"]}"' not in e2e}
    assert missing == {"StukkenOcrBacklogGrowing"}
