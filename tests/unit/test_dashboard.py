"""The Grafana dashboard only asks for metrics the services really export, or that the alert
rules are written against (metrics agreed between branches, unit-tested there with promtool)."""

import json
import re
from pathlib import Path

from prometheus_client import generate_latest

from services.ocr.metrics import OcrMetrics
from stukken.lag_exporter import lag_families
from stukken.ops import StageLag
from stukken.platform.metrics import StageMetrics

DEPLOY = Path(__file__).parents[2] / "deploy"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "stukken.json"


def test_every_metric_in_the_dashboard_exists() -> None:
    exported = set()
    for stage in ("ingest", "segment", "enrich", "index"):
        m = StageMetrics(stage)
        m.seconds.observe(0.1)
        m.bytes.inc()
        text = generate_latest(m.registry).decode()
        exported |= {
            line.split("{")[0].split(" ")[0]
            for line in text.splitlines()
            if line and not line.startswith("#")
        }
    ocr = StageMetrics("ocr")
    OcrMetrics(ocr.registry, lambda: 0).seconds.observe(1.0)  # the OCR workers' own metrics
    exported |= {
        line.split("{")[0].split(" ")[0]
        for line in generate_latest(ocr.registry).decode().splitlines()
        if line and not line.startswith("#")
    }
    for family in lag_families([StageLag("segment", "t", 1, 0)]):
        exported |= {sample.name for sample in family.samples}
    rules = "".join(p.read_text() for p in (DEPLOY / "prometheus" / "rules").glob("*.yml"))
    ruled = set(re.findall(r"stukken_[a-z_]+", rules))
    exprs = [t["expr"] for p in json.loads(DASHBOARD.read_text())["panels"] for t in p["targets"]]
    asked = {name for e in exprs for name in re.findall(r"stukken_[a-z_]+", e)}
    assert asked and asked <= exported | ruled, asked - exported - ruled
