"""woo31: heading levels against a reader's gold (tests/fixtures/woo31/gold.json).

Run from the repository root:
    .venv/bin/python -m bench.producers.woo31 [--save FILE] [--before FILE]
Reads every gold document (the shared corpus beside the checkout, the matrix30 fixtures, and the
evalset documents where their local copy exists), segments it with the current code and prints,
per family and per document, how many of the gold's headings are read as headings and how many
of those at the gold's level; `--save` keeps the numbers as JSON, `--before` puts a saved run's
numbers beside this one's (bench/producers/report-woo31.md); `--gold` scores another gold of the
same format (tests/fixtures/heads32/gold.json, bench/producers/report-heads32.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))  # run as a script: the repository root

from services.segment.segmenter import segment_pdf  # noqa: E402

GOLD = REPO / "tests" / "fixtures" / "woo31" / "gold.json"


def _shared() -> Path:
    env = os.environ.get("STUKKEN_SHARED_DIR")
    return Path(env) if env else REPO.parent / "shared"


def folded(text: str) -> str:
    return " ".join(text.split()).lower()


def sources(entry: dict) -> list[Path]:
    """The PDFs a gold entry names: one corpus or evalset file, or a fixture's producers."""
    src = entry["source"]
    if "corpus" in src:
        return [_shared() / src["corpus"].removeprefix("../shared/")]
    if "fixture" in src:
        pattern = src["fixture"].split(" ")[0]
        return sorted(REPO.glob(pattern))
    local = Path(src["local"])
    return [local] if local.exists() else []


def score(entry: dict, headings: list[tuple[str, str, int | None]]) -> dict[str, int]:
    """headings: (kind, text, level) of every segment in order. A gold heading matches the
    first segment after the previous match whose text starts as it does (its first 40
    characters, ending on a word's end); it counts as read when that segment is a heading,
    and as levelled when the level is the gold's too."""
    found = levelled = 0
    at = 0
    for gold in entry["headings"]:
        key = folded(gold["text"])[:40]
        for i in range(at, len(headings)):
            kind, text, level = headings[i]
            if _opens(folded(text), key):
                at = i + 1
                if kind == "heading":
                    found += 1
                    levelled += level == gold["level"]
                break
    return {"gold": len(entry["headings"]), "read": found, "levelled": levelled}


def _opens(text: str, key: str) -> bool:
    """The text starts with the key, a whole word at its end ('Data' is not 'Datacube: ...')
    unless the key is a long text's cut start."""
    if not text.startswith(key):
        return False
    return len(key) >= 40 or len(text) == len(key) or not text[len(key)].isalnum()


def run(gold: Path = GOLD) -> dict[str, dict[str, int | str]]:
    out: dict[str, dict[str, int | str]] = {}
    for entry in json.loads(gold.read_text())["docs"]:
        for pdf in sources(entry):
            doc = segment_pdf(pdf.read_bytes())
            segs = [(s.kind, s.text, s.level) for s in doc.segments]
            name = (
                entry["doc"] if "fixture" not in entry["source"] else f"{entry['doc']}/{pdf.stem}"
            )
            out[name] = {"family": entry["family"], **score(entry, segs)}
    return out


def table(now: dict, before: dict | None) -> str:
    rows = [
        "| family | document | gold | read as heading | at the gold's level |",
        "|---|---|---|---|---|",
    ]
    fam: dict[str, list[int]] = {}
    for name, n in now.items():
        b = (before or {}).get(name)
        was = f"{b['levelled']} → " if b else ""
        rows.append(
            f"| {n['family']} | {name} | {n['gold']} | {n['read']} | {was}{n['levelled']} |"
        )
        f = fam.setdefault(str(n["family"]), [0, 0, 0, 0])
        f[0] += int(n["gold"])
        f[1] += int(n["read"])
        f[2] += int(n["levelled"])
        f[3] += int(b["levelled"]) if b else 0
    rows += ["", "| family | gold | read | levelled before | after |", "|---|---|---|---|---|"]
    for family, (g, r, lv, bl) in fam.items():
        rows.append(f"| {family} | {g} | {r} | {bl if before else '-'} | {lv} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--save")
    ap.add_argument("--before")
    ap.add_argument("--gold", default=str(GOLD), help="another gold in this format (heads32's)")
    args = ap.parse_args()
    now = run(Path(args.gold))
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1))
    before = json.loads(Path(args.before).read_text()) if args.before else None
    print(table(now, before))


if __name__ == "__main__":
    main()
