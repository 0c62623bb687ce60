"""One document cannot stall the enrich stage: its enrichment is cut off at the time limit.

The stack's enrich service is swapped for the same service with an enricher that hangs on a
marked document (tests/integration/enrich_standin.py, through `create_app`'s `enricher` seam)
and a time limit of a few seconds. The marked document is indexed degraded (segments, no
references or entities, a warning saying why); the document uploaded after it is enriched.
"""

from __future__ import annotations

import io
import time
import uuid

from reportlab.pdfgen.canvas import Canvas

from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.localstack.services import ServiceSpec
from stukken.platform.settings import CommonSettings, EnrichSettings
from tests.fixtures.typeset import REGULAR
from tests.integration.enrich_standin import MARKER
from tests.ocr_stack import index_api, indexed, metric, put
from tests.stack import s3_client, wait_for

TIME_LIMIT_S = 3.0
URL = "https://www.rijksoverheid.nl/documenten"


def letter(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.28, 841.89))
    canvas.setFont(REGULAR, 10)
    for number, text in enumerate([*lines, f"Kenmerk {uuid.uuid4().hex}"]):
        canvas.drawString(72, 760 - 14 * number, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_document_whose_enrichment_hangs_goes_on_degraded_and_the_next_is_enriched(
    stack: CommonSettings,
) -> None:
    paths = StackPaths.of(stack)
    port = EnrichSettings().http_port
    standin = ServiceSpec(
        "enrich",
        "tests.integration.enrich_standin",
        port,
        {"STUKKEN_ENRICH_TIME_LIMIT_S": str(TIME_LIMIT_S)},
    )
    processes.stop(paths.pid_file("enrich"))
    try:
        report = local.up(stack, services=[standin])
        assert report.ok, [p.detail for p in report.parts if not p.healthy]
        s3, api, run = s3_client(stack), index_api(), uuid.uuid4().hex
        hangs = put(s3, stack.bucket, f"enrich-limit-{run}/hangs.pdf",
                    letter([f"De {MARKER} verwijst naar {URL} voor meer."]))  # fmt: skip
        uploaded = time.monotonic()
        fine = put(s3, stack.bucket, f"enrich-limit-{run}/fine.pdf",
                   letter([f"Zie {URL} voor meer."]))  # fmt: skip

        cut = wait_for("the hanging document indexed", lambda: indexed(api, hangs), timeout_s=120)
        took = time.monotonic() - uploaded
        (warning,) = cut["metadata"]["quality"]["warnings"]
        assert warning.startswith("enrichment cut off (timeout)"), warning
        assert f"{TIME_LIMIT_S:g} s" in warning
        assert not cut.get("references") and not cut.get("entities")
        assert any(MARKER in s["text"] for s in cut["segments"])  # no word of it lost

        done = wait_for("the next document indexed", lambda: indexed(api, fine), timeout_s=120)
        assert [r["normalized"] for r in done["references"] if r["type"] == "url"] == [URL]
        assert not done["metadata"]["quality"]["warnings"]
        assert metric(stack, standin, "stukken_enrich_degraded_total", reason="timeout") == 1
        assert metric(stack, standin, "stukken_enrich_degraded_total", reason="crashed") == 0
        assert took < 60, took  # the hanging target never returns: only the limit ends it
    finally:
        processes.stop(paths.pid_file("enrich"))
        restored = local.up(stack)  # the usual enrich service back
        assert restored.ok, [p.detail for p in restored.parts if not p.healthy]
