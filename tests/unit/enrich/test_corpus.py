"""References, URLs and organisations on the kamervragen corpus against gold.json.

Gold lists the citation types its reader annotated (kamerstuk, aanhangsel, ...), not law articles,
so those are compared only; the document's own id printed in its footer is not a citation. Gold
prints scheme-less URLs as written ('www.x.nl'); our normalized URLs are absolute.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich

from .corpus import kamervragen, shared_dir

pytestmark = pytest.mark.skipif(
    not (shared_dir() / "corpus" / "kamervragen" / "gold.json").exists(),
    reason="shared corpus not beside the repository (set STUKKEN_SHARED_DIR)",
)
_GOLD_TYPES = {"kamerstuk", "aanhangsel", "handelingen", "zaak", "document", "stb", "stcrt", "trb"}


def _scheme_less(url: str) -> str:
    return url.split("://", 1)[-1]


def _totals() -> dict[str, list[int]]:
    totals = {"refs": [0, 0, 0], "urls": [0, 0, 0], "orgs": [0, 0, 0]}  # tp, fp, fn
    for gold, doc in kamervragen():
        refs, ents = enrich(doc)
        for seg_ref in refs:
            seg = next(s for s in doc.segments if s.id == seg_ref.segment_id)
            assert seg.text[seg_ref.start : seg_ref.end] == seg_ref.text
        pairs = {
            "refs": (
                {r.normalized for r in refs if r.type in _GOLD_TYPES} - {gold["doc_ref"]},
                {r["normalized"] for r in gold["references"]},
            ),
            "urls": (
                {_scheme_less(r.normalized) for r in refs if r.type == "url"},
                {_scheme_less(u) for u in gold["urls"]},
            ),
        }
        for key, (got, want) in pairs.items():
            totals[key][0] += len(got & want)
            totals[key][1] += len(got - want)
            totals[key][2] += len(want - got)
        # Per entity (canonical name): right when gold lists it by its canonical name or by any
        # way the document printed it ('OESO' and 'OECD' are one organisation).
        printed: dict[str, set[str]] = {}
        for e in ents:
            if e.type == "organization":
                printed.setdefault(e.canonical, {e.canonical}).add(e.text)
        want_orgs = set(gold["organizations"])
        names = set().union(*printed.values()) if printed else set()
        hit = {o for o in want_orgs if o in names}
        extra = {c for c, forms in printed.items() if not forms & want_orgs}
        totals["orgs"][0] += len(hit)
        totals["orgs"][1] += len(extra)
        totals["orgs"][2] += len(want_orgs - hit)
    return totals


@pytest.fixture(scope="module")
def totals() -> dict[str, list[int]]:
    return _totals()


def _precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def test_references_by_normalized_id(totals: dict[str, list[int]]) -> None:
    precision, recall = _precision_recall(*totals["refs"])
    assert precision >= 0.98 and recall >= 0.95, totals["refs"]


def test_urls_rejoined(totals: dict[str, list[int]]) -> None:
    precision, recall = _precision_recall(*totals["urls"])
    assert precision >= 0.95 and recall >= 0.95, totals["urls"]


def test_organisations_floor(totals: dict[str, list[int]]) -> None:
    # Raw pages include the running headers the segmenter marks as furniture, so this is a floor
    # below what the pipeline reaches on segmented documents (see bench/enrich/report.md).
    precision, recall = _precision_recall(*totals["orgs"])
    assert precision >= 0.8 and recall >= 0.8, totals["orgs"]
