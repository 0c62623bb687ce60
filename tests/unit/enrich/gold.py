"""Scoring against tests/fixtures/enrich_gold.json: what is printed in the breadth corpus, the
kamervragen corpus and the seed letter. Documents are read as raw pdfium text, one segment per
page (the seed letter as one segment), so the score measures enrichment, not segmentation.
`--pipeline` reads the PDFs as the pipeline does (segmenter, then enricher): what a user gets,
segmentation's part included (the letterhead is metadata there, tables have their rows).

Per document and category, true positives, false positives and false negatives:
- references: normalized ids of the scored types, the document's own id left out;
- urls: exact normalized URLs;
- organizations, persons: a gold entity ('A|B': alternatives) is found when an entity's printed
  text or canonical name is one of its forms; a found entity (by canonical name) that matches no
  gold entity is a false positive. A person also matches by surname: 'Kalma' and 'P. Kalma'.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from stukken.contracts import Entity, Reference, Segment, SegmentedDocument

from .corpus import shared_dir

GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "enrich_gold.json"
SCORED_TYPES = frozenset(
    {"kamerstuk", "aanhangsel", "handelingen", "zaak", "document", "stb", "stcrt", "trb", "ecli"}
    | {"bwb", "celex", "eu_act", "woo_ground"}
)
CATEGORIES = ("references", "urls", "organizations", "persons")
Enrich = Callable[[SegmentedDocument], tuple[list[Reference], list[Entity]]]


def documents(pipeline: bool = False) -> list[tuple[dict, SegmentedDocument]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    reader = segmented if pipeline else read
    out = []
    for entry in gold["documents"]:
        if entry.get("scored", True):
            out.append((entry, reader(shared_dir() / _folder(entry["file"]))))
    return out


def segmented(path: Path) -> SegmentedDocument:
    """The document as the segment stage hands it on (a text file: as `read` gives it)."""
    from services.segment.segmenter import segment_pdf

    return read(path) if path.suffix == ".txt" else segment_pdf(path.read_bytes())


def _folder(file: str) -> str:
    return file if file.startswith("seed/") else f"corpus/{file}"


def read(path: Path) -> SegmentedDocument:
    if path.suffix == ".txt":
        text = path.read_text(encoding="utf-8")
        return SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    pdf = pdfium.PdfDocument(path)
    try:
        pages = [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
    finally:
        pdf.close()
    return SegmentedDocument(
        segments=[
            Segment(id=f"p{n}", kind="paragraph", page=n, text=text)
            for n, text in enumerate(pages, 1)
        ]
    )


def _same_person(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _entities(gold: list[str], found: list[Entity], kind: str) -> tuple[int, int, int]:
    forms: dict[str, set[str]] = {}
    for e in found:
        if e.type == kind:
            forms.setdefault(e.canonical, {e.canonical}).add(" ".join(e.text.split()))
    wanted = [set(g.split("|")) for g in gold]

    def matches(alternatives: set[str], printed: set[str]) -> bool:
        if kind == "person":
            return any(_same_person(a, p) for a in alternatives for p in printed)
        return bool(alternatives & printed)

    tp = sum(1 for alts in wanted if any(matches(alts, f) for f in forms.values()))
    fp = sum(1 for f in forms.values() if not any(matches(alts, f) for alts in wanted))
    return tp, fp, len(wanted) - tp


def score_document(entry: dict, refs: list[Reference], ents: list[Entity]) -> dict:
    got_refs = {r.normalized for r in refs if r.type in SCORED_TYPES} - {entry.get("doc_ref")}
    got_urls = {r.normalized for r in refs if r.type == "url"}
    out = {}
    for key, got in (("references", got_refs), ("urls", got_urls)):
        want = set(entry[key])
        out[key] = (len(got & want), len(got - want), len(want - got))
    out["organizations"] = _entities(entry["organizations"], ents, "organization")
    out["persons"] = _entities(entry["persons"], ents, "person")
    return out


def score(enrich: Enrich, pipeline: bool = False) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Per file, per category: (tp, fp, fn)."""
    return {
        entry["file"]: score_document(entry, *enrich(doc)) for entry, doc in documents(pipeline)
    }


def totals(scores: dict[str, dict[str, tuple[int, int, int]]]) -> dict[str, tuple[int, int, int]]:
    out = {}
    for key in CATEGORIES:
        tp = sum(s[key][0] for s in scores.values())
        fp = sum(s[key][1] for s in scores.values())
        fn = sum(s[key][2] for s in scores.values())
        out[key] = (tp, fp, fn)
    return out


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


if __name__ == "__main__":  # a report: python -m tests.unit.enrich.gold [--pipeline]
    import sys

    from services.enrich.enricher import enrich as rules

    per_file = score(rules, pipeline="--pipeline" in sys.argv)
    for file, s in per_file.items():
        print(file, {k: v for k, v in s.items() if v[1] or v[2]})
    for key, (tp, fp, fn) in totals(per_file).items():
        p, r = precision_recall(tp, fp, fn)
        print(f"{key:14} tp={tp:4} fp={fp:3} fn={fn:3} precision={p:.3f} recall={r:.3f}")
