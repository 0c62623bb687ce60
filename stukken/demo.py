"""`make run`: start the local stack, upload the samples, wait until they are searchable, search."""

from __future__ import annotations

import hashlib
import sys
import time

import httpx
from rich.console import Console
from rich.table import Table

from stukken.contracts import doc_id_for
from stukken.localstack import stack
from stukken.platform.settings import REPO_ROOT, CommonSettings, IndexSettings
from stukken.platform.storage import S3Store

console = Console()
SAMPLES = REPO_ROOT / "samples"
QUERY = "regenboogprovincie"


def main(timeout_s: float = 300.0) -> int:
    settings = CommonSettings()
    report = stack.up(settings, progress=console.log)
    if not report.ok:
        for p in report.parts:
            if not p.healthy:
                console.print(f"[red]{p.name} failed: {p.detail}; log: {p.log_path}")
        return 1
    console.log(f"stack healthy in {report.elapsed_s} s")
    store = S3Store(settings)
    store.ensure_bucket(settings.bucket)
    pending: dict[str, tuple[str, str]] = {}
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        data = pdf.read_bytes()
        store.write(settings.bucket, f"samples/{pdf.name}", data, "application/pdf")
        doc_id = doc_id_for(settings.bucket, f"samples/{pdf.name}")
        pending[doc_id] = (pdf.name, hashlib.sha256(data).hexdigest())
    console.log(f"uploaded {len(pending)} PDFs to s3://{settings.bucket}/samples/")
    api = httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)
    started, deadline = time.monotonic(), time.monotonic() + timeout_s
    while pending and time.monotonic() < deadline:
        for doc_id, (_name, version) in list(pending.items()):
            r = api.get(f"/documents/{doc_id}")
            if r.status_code == 200 and r.json().get("version") == version:
                del pending[doc_id]
        time.sleep(0.2)
    if pending:
        names = ", ".join(n for n, _ in pending.values())
        console.print(f"[red]not searchable after {timeout_s} s: {names}; see `stukken status`")
        return 1
    console.log(f"all samples searchable {time.monotonic() - started:.1f} s after upload")
    result = api.get("/search", params={"q": QUERY, "size": 5}).json()
    table = Table(title=f"stukken search {QUERY!r}: {result['total']} hits")
    for col in ("key", "kind", "page", "snippet"):
        table.add_column(col)
    for h in result["hits"]:
        snippet = h.get("snippet", "").replace("<b>", "[bold]").replace("</b>", "[/bold]")
        table.add_row(h["key"], h.get("kind") or "", str(h.get("page") or ""), snippet)
    console.print(table)
    console.print(
        "\n[bold]Next:[/]\n"
        f"  search:   .venv/bin/stukken search 'samenwerking' (or open {api.base_url}/)\n"
        "  upload:   .venv/bin/stukken put path/to/file.pdf   (or any S3 client on "
        f"{settings.s3_endpoint})\n"
        "  status:   .venv/bin/stukken status\n"
        "  stop:     .venv/bin/stukken down   (or make down)\n"
    )
    return 0 if result["total"] > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
