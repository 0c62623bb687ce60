"""Families at a glance: per PDF of a folder, the metadata and structure counts issue 10 judges
(doc_type, title, date, headings, tables with rows, e-mail headers with fields, questions).

  .venv/bin/python bench/families/dump.py /work/evalset --save /tmp/fam/NAME [--only SUBSTR]

Prints one line per file; --save writes each document's segmented JSON there, so two runs can be
compared file by file (`--diff /tmp/fam/A /tmp/fam/B` prints the files whose title, date or
doc_type changed). Runs in-process, one file after another; the evaluation set stays outside the
repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd()))


def families(folder: Path) -> dict[str, str]:
    manifest = folder / "manifest.tsv"
    if not manifest.exists():
        return {}
    rows = [line.split("\t") for line in manifest.read_text().splitlines()[1:]]
    return {r[0]: r[1] for r in rows if len(r) >= 2}


def summary(doc: dict[str, Any]) -> dict[str, Any]:
    meta = doc["metadata"]
    segs = doc["segments"]
    kinds = Counter(s["kind"] for s in segs)
    headers = [s for s in segs if s["kind"] == "email_header"]
    tables = [s for s in segs if s["kind"] == "table"]
    return {
        "doc_type": meta.get("doc_type"),
        "title": meta.get("title"),
        "date": meta.get("date"),
        "headings": kinds["heading"],
        "tables": len(tables),
        "rows": sum(len(t.get("rows") or []) for t in tables),
        "emails": len(headers),
        "fields": sum(len(h.get("fields") or {}) for h in headers),
        "questions": kinds["question"],
    }


def line(name: str, family: str, s: dict[str, Any]) -> str:
    counts = "h{headings} t{tables}/{rows} e{emails}/{fields} q{questions}".format(**s)
    title = (s["title"] or "-")[:70]
    kind, date = s["doc_type"] or "-", s["date"] or "-"
    return f"{name[:48]:48} {family[:10]:10} {kind:14} {date:10} {counts:22} {title}"


def run(folder: Path, save: Path | None, only: str | None) -> None:
    from services.segment.segmenter import PdfRejected, segment_pdf

    fams = families(folder)
    for path in sorted(folder.rglob("*.pdf")):
        rel = path.relative_to(folder).as_posix()
        if only and only not in rel:
            continue
        try:
            doc = segment_pdf(path.read_bytes()).model_dump()
        except PdfRejected as exc:
            print(f"{rel[:48]:48} rejected: {str(exc)[:60]}")
            continue
        if save:
            out = save / (rel.replace("/", "__") + ".json")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(doc, ensure_ascii=False))
        print(line(rel, fams.get(rel, "?"), summary(doc)), flush=True)


def diff(a: Path, b: Path) -> None:
    for old in sorted(a.glob("*.json")):
        new = b / old.name
        if not new.exists():
            continue
        x, y = summary(json.loads(old.read_text())), summary(json.loads(new.read_text()))
        changed = [k for k in x if x[k] != y[k]]
        if changed:
            print(old.name[:-5])
            for k in changed:
                print(f"   {k}: {x[k]!r} -> {y[k]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path, nargs="?")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--only")
    ap.add_argument("--diff", type=Path, nargs=2)
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    else:
        run(args.folder, args.save, args.only)


if __name__ == "__main__":
    main()
