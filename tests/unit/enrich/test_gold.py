"""Enrichment against the gold of the breadth corpus and the seed letter (tests/fixtures/
enrich_gold.json): precision beside recall per category. The floors sit just under what the rules
reach (see bench/enrich/report.md for the numbers); a change that loses ground fails here."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich

from . import gold

_FLOORS = {  # (precision, recall)
    "references": (0.98, 0.98),
    "urls": (1.0, 1.0),
    "organizations": (0.95, 0.9),
    "persons": (0.97, 0.97),
}


@pytest.fixture(scope="module")
def totals() -> dict[str, tuple[int, int, int]]:
    return gold.totals(gold.score(enrich))


@pytest.mark.parametrize("category", gold.CATEGORIES)
def test_precision_and_recall_floor(totals: dict[str, tuple[int, int, int]], category: str) -> None:
    precision, recall = gold.precision_recall(*totals[category])
    want_precision, want_recall = _FLOORS[category]
    assert precision >= want_precision and recall >= want_recall, (category, totals[category])


def test_every_annotated_document_is_read() -> None:
    files = {entry["file"] for entry, _ in gold.documents()}
    assert len(files) == 17 and "seed/kamerbrief-2022-11-10.txt" in files
    assert sum(f.startswith("kamervragen/") for f in files) == 6
