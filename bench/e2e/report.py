"""bench/e2e/report.md and its plots, from the results the run collected (results.json).

Re-render without measuring again: .venv/bin/python -m bench.e2e.report [results.json]
`findings.md` beside the report, when present, is included as its last section: what the numbers
mean and where the time and memory go (written by people, kept across re-renders).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import psutil

from stukken.platform.settings import REPO_ROOT

SERVICES = ("ingest", "segment", "enrich", "index")
LATENCY_P50_S, LATENCY_P95_S, PAGES_PER_S, RSS_MIB = 0.5, 1.5, 100.0, 500.0
STAGES = ("s3 notify", "ingest", "segment", "enrich", "index")


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = psutil.virtual_memory().total / 2**30
    return f"{model}, {os.cpu_count()} logical CPUs, {ram:.1f} GiB RAM, {platform.platform()}"


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    return git("rev-parse", "--short", "HEAD") or "unknown"


def _s(value: float | None, unit: str = " s", digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}{unit}"


def _ok(good: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "n/a"}[good]


def verdicts(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    lat = r["latency"]["summary"]["searchable_s"]
    tp = r["throughput"]
    mem = r["memory"]
    peaks = {n: v[1] for n, v in mem["peak_mib"].items() if n in SERVICES}
    worst = max(peaks.items(), key=lambda kv: kv[1]) if peaks else ("-", 0.0)
    lost = tp["documents"] - tp["indexed"] - tp["rejected"]
    lost_note = f"; **{lost} of {tp['documents']} letters never indexed**" if lost else ""
    through = mem["outcome"] == "indexed"
    steady = tp["steady_pages_per_s"]
    return [
        ("drop -> searchable p50, 10-page letter", f"<= {LATENCY_P50_S} s",
         _s(lat.get("p50")), _ok(lat.get("p50", 9e9) <= LATENCY_P50_S)),
        ("drop -> searchable p95, 10-page letter", f"<= {LATENCY_P95_S} s",
         _s(lat.get("p95")), _ok(lat.get("p95", 9e9) <= LATENCY_P95_S)),
        ("sustained throughput, all four services", f">= {PAGES_PER_S:.0f} pages/s",
         f"{_s(steady, ' pages/s', 0)} (whole burst {_s(tp['pages_per_s'], ' pages/s', 0)})"
         + lost_note,
         _ok(steady is not None and steady >= PAGES_PER_S) + (" (rate)" if lost else "")),
        (f"{mem['pages']}-page PDF in bounded memory", f"every service <= {RSS_MIB:.0f} MiB",
         f"{mem['outcome']}; peak {worst[0]} {worst[1]:.0f} MiB",
         _ok(through and worst[1] <= RSS_MIB)),
    ]  # fmt: skip


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _latency_section(r: dict[str, Any]) -> list[str]:
    lat = r["latency"]
    s = lat["summary"]
    rows = [
        [what, str(s[key].get("n", 0)), _s(s[key].get("p50")), _s(s[key].get("p95")),
         _s(s[key].get("max"))]
        for what, key in (("upload done -> searchable (/search finds it)", "searchable_s"),
                          ("upload done -> doc.indexed received", "indexed_s"))
    ]  # fmt: skip
    out = [
        "## Latency: one 10-page letter at a time",
        "",
        f"{s['searchable_s'].get('n', 0)} letters, uploaded one after another, each once the "
        "previous was searchable. 'Searchable' is the first moment the index service's "
        "`/search` for a word only that letter contains returns it (polled every 25 ms).",
        "",
        *_table(["measure", "n", "p50", "p95", "max"], rows),
        "",
        "Per stage: from the previous stage's event (the Kafka record timestamp, i.e. when it was "
        "produced) to this stage's event; 's3 notify' is upload done -> the gateway's bucket "
        "event. 'handler' is the mean time inside the stage's handler (its "
        "`stukken_<stage>_processing_seconds` histogram); the rest is waiting: the consumer's "
        "poll, the producer's send, the index's commit.",
        "",
    ]
    stage_rows = []
    for name in STAGES:
        st = s["stages"].get(name, {})
        handler = lat["handlers"].get(name, {}).get("mean_s") if name in SERVICES else None
        stage_rows.append(
            [name, _s(st.get("p50")), _s(st.get("p95")), _s(st.get("max")), _s(handler)]
        )
    out += _table(["stage", "p50", "p95", "max", "handler mean"], stage_rows)
    pages = sum(row["pages"] for row in lat["rows"])
    out += [
        "",
        f"CPU used during the latency run ({lat.get('seconds', 0):.0f} s, {pages} pages, "
        "mostly idle between letters):",
        "",
        *_table(CPU_HEAD, _cpu_rows(lat.get("cpu_s", {}), pages, lat.get("seconds", 1.0))),
    ]
    corpus = lat["corpus_rows"]
    out += [
        "",
        "The real kamervragen PDFs (`/documents/{doc_id}` polled; no unique word to search for):",
        "",
        *_table(
            ["document", "pages", "-> indexed", "-> retrievable", *STAGES],
            [
                [
                    c["name"],
                    str(c["pages"]),
                    _s(c["indexed_s"]),
                    _s(c["searchable_s"]),
                    *(_s(c["stages"].get(n)) for n in STAGES),
                ]
                for c in corpus
            ],
        ),
        "",
    ]
    return out


def _rss_rows(peaks: dict[str, Any], baseline: dict[str, Any] | None = None) -> list[list[str]]:
    rows = []
    for name in (*SERVICES, "kafka", "s3gateway"):
        if name not in peaks:
            continue
        own, total = peaks[name]
        row = [name, f"{own:.0f}", f"{total:.0f}"]
        if baseline is not None:
            row.insert(1, f"{baseline.get(name, (0, 0))[1]:.0f}")
        rows.append(row)
    return rows


def _cpu_rows(cpu: dict[str, float], pages: int, seconds: float) -> list[list[str]]:
    """CPU seconds per process, per page, and as a share of the machine's cores."""
    cores = os.cpu_count() or 1
    ours = {n: v for n, v in cpu.items() if n != "machine"}
    rows = [
        [n, f"{v:.2f}", f"{1000 * v / pages:.1f}", f"{100 * v / seconds / cores:.0f}%"]
        for n, v in sorted(ours.items(), key=lambda kv: -kv[1])
    ]
    if "machine" in cpu:
        others = max(cpu["machine"] - sum(ours.values()), 0.0)
        for name, v in (
            ("other processes on the machine", others),
            ("machine, all", cpu["machine"]),
        ):
            rows.append(
                [name, f"{v:.2f}", f"{1000 * v / pages:.1f}", f"{100 * v / seconds / cores:.0f}%"]
            )
    return rows


CPU_HEAD = ["process", "CPU s", "CPU ms per page", "share of all cores"]


def _throughput_section(r: dict[str, Any]) -> list[str]:
    tp = r["throughput"]
    handlers = tp["handlers"]
    return [
        "## Throughput: a burst of letters",
        "",
        f"{tp['documents']} letters ({tp['pages']} pages) uploaded at once by "
        f"{r['plan']['threads']} threads; throughput is pages indexed per second. 'Sustained' is "
        "the rate between the 10th and the 90th percentile of completions (no start-up, no tail).",
        "",
        *_table(
            ["measure", "value"],
            [
                ["uploads done after", _s(tp["upload_s"])],
                ["last indexed after", _s(tp["elapsed_s"])],
                [
                    "indexed / rejected / not through",
                    f"{tp['indexed']} / {tp['rejected']} / {tp['timed_out']}",
                ],
                ["never ingested", ", ".join(tp.get("never_ingested", [])) or "-"],
                [
                    "bucket events naming a wrong bucket",
                    "; ".join(f"{b!r} for {k}" for b, k in r.get("misaddressed", [])) or "-",
                ],
                ["pages/s, whole burst", _s(tp["pages_per_s"], "", 1)],
                ["pages/s, sustained", _s(tp["steady_pages_per_s"], "", 1)],
                *[
                    [
                        f"{n} handler mean per message",
                        _s(handlers.get(n, {}).get("mean_s"), " s", 3),
                    ]
                    for n in SERVICES
                ],
            ],
        ),
        "",
        f"CPU used during the burst ({_s(tp['elapsed_s'])}, {os.cpu_count()} cores; services "
        "with their worker processes):",
        "",
        *_table(CPU_HEAD, _cpu_rows(tp.get("cpu_s", {}), tp["pages"], tp["elapsed_s"] or 1.0)),
        "",
        "Peak resident memory during the burst (MiB; 'with children' adds worker processes):",
        "",
        *_table(["process", "own", "with children"], _rss_rows(tp["peak_mib"])),
        "",
    ]


def _memory_section(r: dict[str, Any]) -> list[str]:
    mem = r["memory"]
    return [
        f"## Memory: one {mem['pages']}-page PDF",
        "",
        f"A {mem['pages']}-page text PDF ({mem['bytes'] >> 10} KiB), uploaded alone: outcome "
        f"**{mem['outcome']}**"
        + (f" ({mem['rejection']})" if mem.get("rejection") else "")
        + f", indexed {_s(mem['indexed_s'])} after the upload; per stage: "
        + ", ".join(f"{n} {_s(mem['stages'].get(n))}" for n in STAGES)
        + ". The segment service's limits: `max_pages` 2000, parse worker `memory_limit_mb` "
        "1024 (address space), `time_limit_s` 60.",
        "",
        *_table(
            ["process", "idle before", "peak own", "peak with children"],
            _rss_rows(mem["peak_mib"], mem["baseline_mib"]),
        ),
        "",
    ]


def write(r: dict[str, Any], out: Path) -> None:
    plot(r, out)
    started = datetime.fromtimestamp(r["started"], UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [
        "# End-to-end benchmark: the local stack",
        "",
        "Written by `bench/e2e/run.py`" + (" (--quick)" if r.get("quick") else "") + ": Kafka, "
        "the Versity S3 gateway and the four services on this machine, no Docker, on their own "
        "ports (var/bench). Documents are uploaded through the S3 API; every event is read back "
        "from Kafka. Targets from DESIGN.md.",
        "",
        f"- date: {started}",
        f"- machine: {machine()}",
        f"- code: commit {r.get('commit') or commit()}; Python {sys.version.split()[0]}",
        f"- load average (1, 5, 15 min) when the report was written: {load}",
        f"- run took {r['ended'] - r['started']:.0f} s",
        "",
        *_table(["target", "wanted", "measured", "verdict"], [list(v) for v in verdicts(r)]),
        "",
        *_latency_section(r),
        *_throughput_section(r),
        *_memory_section(r),
        "![latency](latency.png)",
        "",
        "![throughput and memory](throughput.png)",
        "",
    ]
    findings = out / "findings.md"
    if findings.exists():
        lines += [findings.read_text().strip(), ""]
    (out / "report.md").write_text("\n".join(lines))


def plot(r: dict[str, Any], out: Path) -> None:
    rows = r["latency"]["rows"]
    fig, (cdf, bars) = plt.subplots(1, 2, figsize=(12, 4.5))
    for key, label in (("searchable_s", "searchable (/search)"), ("indexed_s", "doc.indexed")):
        xs = sorted(x[key] for x in rows if x[key] is not None)
        cdf.step(xs, [(i + 1) / len(xs) for i in range(len(xs))], where="post", label=label)
    cdf.axvline(LATENCY_P50_S, color="grey", ls="--", lw=0.8, label="targets p50 / p95")
    cdf.axvline(LATENCY_P95_S, color="grey", ls="--", lw=0.8)
    cdf.axhline(0.5, color="grey", lw=0.4)
    cdf.axhline(0.95, color="grey", lw=0.4)
    cdf.set(xlabel="seconds after the upload", ylabel="fraction of letters",
            title="drop -> searchable, 10-page letters (CDF)")  # fmt: skip
    cdf.legend()
    bottom = [0.0] * len(rows)
    for name in STAGES:
        vals = [x["stages"].get(name) or 0.0 for x in rows]
        bars.bar(range(len(rows)), vals, bottom=bottom, label=name)
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    bars.set(xlabel="letter (upload order)", ylabel="seconds", title="per stage")
    bars.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=110)
    plt.close(fig)

    tp = r["throughput"]
    fig, (curve, rss) = plt.subplots(2, 1, figsize=(12, 8))
    for topic, times in tp["curves"].items():
        curve.step(times, range(1, len(times) + 1), where="post", label=topic.split(".")[-1])
    curve.set(xlabel="seconds after the first upload", ylabel="documents",
              title=f"burst of {tp['documents']} letters ({tp['pages']} pages)")  # fmt: skip
    curve.legend()
    series: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for ts, name, _own, total, _cpu in r["rss_samples"]:
        if name != "machine":
            series[name].append((ts - r["started"], total))
    for name, points in series.items():
        rss.plot([p[0] for p in points], [p[1] for p in points], label=name, lw=1)
    rss.axhline(RSS_MIB, color="red", ls="--", lw=0.8, label=f"{RSS_MIB:.0f} MiB")
    for phase, colour in (("throughput", "tab:blue"), ("memory", "tab:orange")):
        start = r[phase]["began"] - r["started"]
        end = start + (r[phase].get("elapsed_s") or 0) if phase == "throughput" else None
        end = end if end is not None else r["memory"]["ended"] - r["started"]
        rss.axvspan(start, end, color=colour, alpha=0.08)
    rss.set(xlabel="seconds into the run (shaded: burst, then the long PDF)",
            ylabel="RSS MiB (with children)", title="resident memory per process")  # fmt: skip
    rss.legend(fontsize=8, ncol=4)
    fig.tight_layout()
    fig.savefig(out / "throughput.png", dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("results.json")
    write(json.loads(path.read_text()), path.parent)
