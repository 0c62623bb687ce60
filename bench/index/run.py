"""Index benchmark: indexing throughput and query latency at 10k and 100k segments.

Synthetic Dutch-ish documents (20 segments each, entities, references, dates), indexed into the
embedded tantivy index, and into OpenSearch when a node answers at --opensearch-url (start one
with deploy/local/opensearch.sh). Also measures the near-real-time delay: from `upsert`
returning to the document being found by a search (tantivy, refresh_interval_s=0.25).

Run: .venv/bin/python bench/index/run.py [--sizes 10000 100000] [--opensearch-url URL]
Writes bench/index/report.md. Takes a few minutes.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from services.index.port import SearchQuery  # noqa: E402
from services.index.tantivy_index import TantivyIndex  # noqa: E402
from stukken.contracts import (  # noqa: E402
    EnrichedDocument,
    Entity,
    Metadata,
    Reference,
    Segment,
    Source,
)

SEGMENTS_PER_DOC = 20
WORDS = (  # noqa: SIM905 - a paragraph reads better than a list
    "de het een van en in op voor met aan door over bij naar om als dat die niet ook "
    "minister kamer brief vragen antwoord beleid gemeente gemeenten provincie rijksoverheid "
    "samenwerkingsverband samenwerkingsverbanden veiligheid politie justitie onderwijs zorg "
    "stikstof woningbouw energietransitie klimaat subsidie begroting wetsvoorstel uitvoering "
    "toezicht inspectie rapport onderzoek maatregelen grensbewaking asielzoekers opvang "
    "jeugdzorg huisartsen ziekenhuizen windmolens netbeheerders belastingdienst toeslagen "
    "ouders kinderen scholen leraren studenten werkgevers pensioenen arbeidsmarkt "
    "digitalisering privacy gegevens verzoek besluit openbaarmaking documenten geweigerd"
).split()
ORGS = ["Openbaar Ministerie", "Politie", "Koninklijke Marechaussee", "Belastingdienst",
        "Inspectie van het Onderwijs", "Rijkswaterstaat", "Raad van State", "IND"]  # fmt: skip
PERSONS = ["Mark Rutte", "Dilan Yeşilgöz", "Hugo de Jonge", "Sigrid Kaag", "Wopke Hoekstra"]
PARTIES = ["VVD", "CDA", "D66", "PvdA", "GroenLinks", "SP", "PVV", "ChristenUnie"]
TYPES = ["kamerbrief", "kamervragen", "woo_besluit", "other"]
KINDS = ["paragraph"] * 6 + ["heading", "question", "answer", "list_item", "footnote"]
QUERIES = ["samenwerkingsverband", "stikstof", "politie toezicht", '"de minister"',
           "jeugdzorg OR huisartsen", "onderwijs NOT leraren", 'org:"Openbaar Ministerie" zorg',
           "ref:kst-29383-406", "windmolens netbeheerders", "besluit openbaarmaking"]  # fmt: skip


def make_docs(n_segments: int, seed: int = 7) -> list[EnrichedDocument]:
    rng = random.Random(seed)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    docs = []
    for d in range(n_segments // SEGMENTS_PER_DOC):
        segs = [
            Segment(
                id=f"s{i}",
                kind=rng.choice(KINDS),  # type: ignore[arg-type]
                page=1 + i // 5,
                bbox=(50.0, 80.0 + 30 * (i % 5), 540.0, 100.0 + 30 * (i % 5)),
                text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70))) + ".",
            )
            for i in range(SEGMENTS_PER_DOC)
        ]
        orgs = rng.sample(ORGS, 2)
        ents = [
            Entity(type="organization", text=o, canonical=o, segment_id="s1", start=0, end=3)
            for o in orgs
        ] + [
            Entity(type="person", text=p, canonical=p, segment_id="s2", start=0, end=3)
            for p in rng.sample(PERSONS, 1)
        ] + [
            Entity(type="party", text=p, canonical=p, segment_id="s3", start=0, end=3)
            for p in rng.sample(PARTIES, 2)
        ]  # fmt: skip
        refs = [
            Reference(type="kamerstuk", text="Kamerstuk", segment_id="s4", start=0, end=5,
                      normalized=f"kst-{29000 + rng.randint(0, 500)}-{rng.randint(1, 500)}")
            for _ in range(3)
        ]  # fmt: skip
        if d % 50 == 0:
            refs[0] = refs[0].model_copy(update={"normalized": "kst-29383-406"})
        docs.append(
            EnrichedDocument(
                doc_id=f"bench-{d:06d}",
                version=uuid.UUID(int=rng.getrandbits(128)).hex * 2,
                source=Source(
                    bucket="inbox",
                    key=f"bench/{d}.pdf",
                    size=1,
                    sha256="x",
                    uploaded_at=t0 + timedelta(seconds=d),
                ),
                metadata=Metadata(
                    doc_type=rng.choice(TYPES),  # type: ignore[arg-type]
                    title=" ".join(rng.choice(WORDS) for _ in range(6)).capitalize(),
                    date=f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",  # noqa: E501
                    page_count=SEGMENTS_PER_DOC // 5,
                ),
                segments=segs,
                references=refs,
                entities=ents,
            )
        )
    return docs


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def query_latency(search: Callable[[SearchQuery], Any], rounds: int = 20) -> dict[str, float]:
    queries = [SearchQuery(q=q) for q in QUERIES] + [
        SearchQuery(q="zorg", doc_type="kamerbrief"),
        SearchQuery(q="", org="Politie", date_from="2020", date_to="2022"),
    ]
    for q in queries:  # warm up
        search(q)
    times = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            search(q)
            times.append((time.perf_counter() - t) * 1000)
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "n": len(times)}


def index_and_query(index: Any, docs: list[EnrichedDocument]) -> dict[str, Any]:
    """Write every document, make them searchable, then time queries: one backend's numbers."""
    t = time.perf_counter()
    for doc in docs:
        index.upsert(doc)
    index.flush()
    elapsed = time.perf_counter() - t
    assert index.count_documents() == len(docs)
    segs = len(docs) * SEGMENTS_PER_DOC
    return {"seconds": elapsed, "segments_per_s": segs / elapsed, **query_latency(index.search)}


def bench_tantivy(docs: list[EnrichedDocument]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, TantivyIndex(Path(tmp) / "ix") as index:
        result = index_and_query(index, docs)
        size_mb = sum(f.stat().st_size for f in (Path(tmp) / "ix").rglob("*") if f.is_file()) / 1e6
    return {**result, "size_mb": size_mb}


def bench_nrt(samples: int = 40) -> dict[str, float]:
    """Upsert returns → a search finds the document, with the default refresh interval."""
    delays = []
    with tempfile.TemporaryDirectory() as tmp, TantivyIndex(Path(tmp) / "ix") as index:
        for doc in make_docs(2000):
            index.upsert(doc)
        index.flush()
        for i, doc in enumerate(make_docs(samples * SEGMENTS_PER_DOC, seed=99)):
            marker = f"nrtmarker{i}x"
            fresh = doc.model_copy(update={"doc_id": f"nrt-{i}", "segments": [
                doc.segments[0].model_copy(update={"text": f"{marker} {doc.segments[0].text}"})
            ]})  # fmt: skip
            t = time.perf_counter()
            index.upsert(fresh)
            while index.search(SearchQuery(q=marker)).total == 0:
                time.sleep(0.002)
            delays.append((time.perf_counter() - t) * 1000)
            time.sleep(0.05)  # let the next write start a fresh refresh window
    return {"p50": percentile(delays, 50), "p95": percentile(delays, 95),
            "max": max(delays), "n": len(delays)}  # fmt: skip


def bench_opensearch(url: str, docs: list[EnrichedDocument]) -> dict[str, Any] | None:
    from services.index.opensearch_index import OpenSearchIndex

    index = OpenSearchIndex(url, prefix=f"bench-{uuid.uuid4().hex[:6]}", refresh_interval_s=1.0)
    if not index.ping():
        return None
    index.ensure()
    try:
        return index_and_query(index, docs)
    finally:
        index.drop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--opensearch-url", default="http://127.0.0.1:9200")
    parser.add_argument("--no-opensearch", action="store_true")
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        docs = make_docs(size)
        result = bench_tantivy(docs)
        print(f"tantivy {size}: {result}", flush=True)
        rows.append(("tantivy", size, result))
        if not args.no_opensearch:
            try:
                os_result = bench_opensearch(args.opensearch_url, docs)
            except Exception as exc:  # no node: reported, not fatal
                print(f"opensearch {size}: {exc}", flush=True)
                os_result = None
            if os_result:
                print(f"opensearch {size}: {os_result}", flush=True)
                rows.append(("opensearch", size, os_result))
    nrt = bench_nrt()
    print(f"nrt: {nrt}", flush=True)
    write_report(rows, nrt)


def write_report(rows: list[tuple[str, int, dict[str, Any]]], nrt: dict[str, float]) -> None:
    lines = [
        "# Index benchmark",
        "",
        f"Written by `bench/index/run.py` on {datetime.now(UTC):%Y-%m-%d}; "
        f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        "2 cores. Synthetic Dutch-ish documents of 20 segments (25-70 words each) with "
        "entities, references and dates; one writer thread, documents upserted one by one "
        "(the consumer's path), then one flush. Query latency: 12 queries (words, phrase, "
        "OR, NOT, field filters, facet filters, filter-only) x 20 rounds, sequential, each "
        "returning 10 hits with highlights and all five facets. OpenSearch: the local "
        "single node (deploy/local/opensearch.sh, 512 MiB heap) on the same machine. Runs on "
        "this shared 2-core machine vary by up to 2x; read orders of magnitude.",
        "",
        "| backend | segments | documents | index time (s) | segments/s | query p50 (ms) | "
        "query p95 (ms) | index size (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for backend, size, r in rows:
        size_mb = f"{r['size_mb']:.0f}" if "size_mb" in r else "-"
        lines.append(
            f"| {backend} | {size:,} | {size // SEGMENTS_PER_DOC:,} | {r['seconds']:.1f} | "
            f"{r['segments_per_s']:,.0f} | {r['p50']:.1f} | {r['p95']:.1f} | {size_mb} |"
        )
    if not any(b == "opensearch" for b, _, _ in rows):
        lines += ["", "OpenSearch: no node answered, so not measured."]
    lines += [
        "",
        "## Near-real-time delay (tantivy)",
        "",
        "From `upsert()` returning to a search finding the document, with the default "
        "`refresh_interval_s=0.25` (background commit + reload 0.25 s after the first "
        f"write of a burst), on an index of 2,000 segments, {nrt['n']:.0f} samples: "
        f"p50 {nrt['p50']:.0f} ms, p95 {nrt['p95']:.0f} ms, max {nrt['max']:.0f} ms.",
        "",
    ]
    (Path(__file__).parent / "report.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
