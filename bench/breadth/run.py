"""Breadth bench: every PDF of a folder through the segmenter, judged as issue 8 judges it.

One command, from the checkout whose code you want to measure, with that checkout's venv (the
evaluation set lives on this machine only, see /work/evalset/manifest.tsv):
  .venv/bin/python bench/breadth/run.py /work/evalset --out /tmp/breadth.md \
      --baseline bench/breadth/baseline.json
(baseline.json and report.md here: the run on main ccedd51, compared in report.md with the run on
main 43a383a, results-main-43a383a.json. --json FILE saves a run's results for a later
--baseline; --label names the code when the cwd is not a git checkout, e.g. a `git archive` of a
fixed commit, which keeps a merge landing mid-run out of the numbers; --timeout is per file.)

The code measured is the `stukken` package the running interpreter imports, with the current
directory first on sys.path: run it from the checkout you mean. Each PDF runs in its own
subprocess (segment + enrich in-process, as `stukken process` does) with a timeout, so a crash or a
hang is recorded, not fatal. Families come from FOLDER/manifest.tsv (columns file, family, ...)
when present, else from each file's first folder under FOLDER.

Per file: crash (the exception's last line) or clean rejection, the share of text-layer words that
reach no body segment (the measure of ../shared/tools/coverage.py, re-implemented below rule for
rule), where the lost words went (a non-body segment kind/role, or nowhere), blank pages not
OCR'd, questions and answers, title and date present, doc_type, seconds. The report quotes at most
a few lost words per file, never the documents' text.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Same rules as ../shared/tools/coverage.py: roles that count as accounted for, not as lost.
FORGIVEN = {"header", "footer", "page_number", "masthead", "address"}
NON_BODY = {"furniture", "letterhead"}
SAMPLE_WORDS = 8
DEFAULT_TIMEOUT = 300


def words(text: str | None) -> list[str]:
    """Word tokens exactly as coverage.py counts them (NFKC, soft hyphens, hyphenation joined)."""
    s = unicodedata.normalize("NFKC", text or "").replace("\xad", "").lower()
    s = re.sub(r"(\w)-\s*\r?\n\s*(\w)", r"\1\2", s)
    return re.findall(r"[^\W_]+", s)


def loss(
    raw: Counter[str], body: Counter[str], forgiven: Counter[str]
) -> tuple[Counter[str], float]:
    """Lost words and their share of the text layer, as coverage.py computes them."""
    missing = Counter({w: raw[w] - body[w] for w in raw if raw[w] > body[w]})
    lost = +Counter({w: c - min(c, forgiven[w]) for w, c in missing.items()})
    total = sum(raw.values()) - (sum(missing.values()) - sum(lost.values()))
    return lost, (100 * sum(lost.values()) / total if total > 0 else 0.0)


def joined(text: str) -> str:
    """pdfium marks a hyphen at a line end as U+FFFE with no line break; coverage.py splits the
    word there (two lost halves) while the segmenter joins it. This variant joins it too."""
    return re.sub(r"\ufffe\s*", "", text)


def measure(path: Path) -> dict[str, Any]:
    """Segment + enrich one PDF in this process and measure what reaches a body segment."""
    import pypdfium2 as pdfium

    from stukken.contracts import DocRejected
    from stukken.embedded import process_file

    started = time.perf_counter()
    answer = process_file(path)
    if isinstance(answer, DocRejected):
        error = f"PdfRejected: {answer.reason}: {answer.detail}"
        return {"status": "rejected", "error": error[:200]}
    doc = answer.model_dump()
    seconds = time.perf_counter() - started
    meta = doc.get("metadata") or {}
    segments = doc.get("segments") or []
    ocr = set(meta.get("ocr_pages") or [])

    pdf = pdfium.PdfDocument(str(path))
    raw: Counter[str] = Counter()
    raw_joined: Counter[str] = Counter()
    blank_pages = []
    for i in range(len(pdf)):
        if i + 1 in ocr:
            continue
        text = pdf[i].get_textpage().get_text_range()
        w = words(text)
        if len(w) < 5:
            blank_pages.append(i + 1)
        raw.update(w)
        raw_joined.update(words(joined(text)))
    pages = len(pdf)
    pdf.close()

    body: Counter[str] = Counter()
    forgiven: Counter[str] = Counter()
    elsewhere: dict[str, Counter[str]] = {}
    for s in segments:
        if s.get("page") in ocr:
            continue
        w = words(s.get("text"))
        if s.get("kind") in NON_BODY:
            if s.get("role") in FORGIVEN:
                forgiven.update(w)
            else:
                elsewhere.setdefault(f"{s.get('kind')}:{s.get('role')}", Counter()).update(w)
        else:
            body.update(w)
    _, lost_pct = loss(raw, body, forgiven)
    # Samples and "lost to" come from the joined variant: the halves of a hyphenated word are
    # not text the segmenter lost.
    lost, lost_pct_joined = loss(raw_joined, body, forgiven)

    # Where the lost words went: the non-body roles that hold them, the rest is "nowhere".
    went: Counter[str] = Counter()
    for w, c in lost.items():
        left = c
        for role, counter in elsewhere.items():
            take = min(left, counter[w])
            went[role] += take
            left -= take
        went["nowhere"] += left
    kinds = Counter(s.get("kind") for s in segments)
    quality = meta.get("quality") or {}  # metadata.quality (issue 8), when the code has it
    return {
        "status": "ok",
        "code": str(Path(sys.modules["stukken"].__file__ or "?").parent.parent),
        "seconds": round(seconds, 2),
        "pages": pages,
        "words": sum(raw.values()),
        "lost_words": sum(lost.values()),
        "lost_pct": round(lost_pct, 2),
        "lost_pct_joined": round(lost_pct_joined, 2),
        "lost_to": dict(+went),
        "lost_sample": sample(lost),
        "ocr_pages": sorted(ocr),
        "blank_not_ocr": blank_pages,
        "questions": kinds["question"],
        "answers": kinds["answer"],
        "tables": kinds["table"],
        "headings": kinds["heading"],
        "title": bool(meta.get("title")),
        "date": bool(meta.get("date")),
        "doc_type": meta.get("doc_type"),
        "language": meta.get("language"),
        "degraded": len((quality.get("pages") or {}).get("degraded") or []),
        "warnings": len(quality.get("warnings") or []),
    }


def sample(lost: Counter[str]) -> list[str]:
    """A few lost words, most frequent first, words of 4+ letters before short words and numbers."""
    ranked = sorted(lost.items(), key=lambda wc: (len(wc[0]) < 4 or wc[0].isdigit(), -wc[1]))
    return [w for w, _ in ranked[:SAMPLE_WORDS]]


def run_one(path: Path, timeout: float) -> dict[str, Any]:
    """The child process measures; a crash, a hang or garbage output is recorded here."""
    started = time.perf_counter()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(path)]
    try:
        run = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=os.getcwd())
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "error": f"no result after {timeout:.0f} s"}
    wall = round(time.perf_counter() - started, 2)
    lines = run.stdout.decode(errors="replace").strip().splitlines()
    if run.returncode == 0 and lines:
        try:
            result: dict[str, Any] = json.loads(lines[-1])
            result["wall"] = wall
            return result
        except json.JSONDecodeError:
            pass
    err = run.stderr.decode(errors="replace").strip().splitlines()
    return {"status": "crash", "error": (err[-1] if err else f"exit {run.returncode}")[:240]}


def families(folder: Path, files: list[Path]) -> dict[Path, str]:
    manifest = folder / "manifest.tsv"
    known: dict[str, str] = {}
    if manifest.exists():
        for line in manifest.read_text().splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 2:
                known[cols[0]] = cols[1]
    out = {}
    for f in files:
        rel = f.relative_to(folder).as_posix()
        out[f] = known.get(rel) or (rel.split("/")[0] if "/" in rel else "(none)")
    return out


def code_version() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        status = ["git", "status", "--porcelain", "-uno"]
        dirty = subprocess.run(status, capture_output=True, text=True)
        return head + (" (with uncommitted changes)" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", type=Path, nargs="?", help="folder of PDFs (searched recursively)")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("report.md"))
    ap.add_argument("--json", type=Path, help="also write the per-file results as JSON here")
    ap.add_argument("--baseline", type=Path, help="a --json of an earlier run, to compare with")
    ap.add_argument("--label", help="what code this is (default: the git commit of the cwd)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per file")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        sys.path.insert(0, os.getcwd())
        print(json.dumps(measure(args.one)))
        return
    if args.folder is None:
        ap.error("give the folder of PDFs")
    folder = args.folder.resolve()
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
    fam = families(folder, files)
    results = []
    for n, f in enumerate(files, 1):
        r = run_one(f, args.timeout)
        r["file"] = f.relative_to(folder).as_posix()
        r["family"] = fam[f]
        results.append(r)
        print(
            f"[{n}/{len(files)}] {r['file'][:60]:60} {r['status']:8} {r.get('lost_pct', '')}",
            flush=True,
        )
    if __package__:  # run as `python -m bench.breadth.run`
        from bench.breadth.breadth_report import render
    else:  # run as a script: the markdown lives beside it
        from breadth_report import render

    header = {
        "code": args.label or code_version(),
        "imported_from": ", ".join(sorted({r["code"] for r in results if "code" in r})),
        "cwd": os.getcwd(),
        "folder": str(folder),
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "timeout": args.timeout,
    }
    base = json.loads(args.baseline.read_text()) if args.baseline else None
    args.out.write_text(render(results, header, base))
    if args.json:
        args.json.write_text(json.dumps({"run": header, "files": results}, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
