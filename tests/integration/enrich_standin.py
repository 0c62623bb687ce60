"""The enrich service with an enricher that hangs on marked documents, for the time-limit test
(tests/integration/test_enrich_time_limit.py). Run as `python -m tests.integration.enrich_standin`:
the real stage (services/enrich/app.py) with a stand-in worker target through `create_app`'s
`enricher` seam; everything else, settings included, as the stack gives it.
"""

from __future__ import annotations

import threading
from typing import Any

from services.enrich.isolation import enrich_request

MARKER = "Verrijkingvastloper"  # a document whose text holds this never finishes enriching


def hang_when_marked(request: Any, ocr: bool, max_pages: int) -> Any:
    """The real enricher, except on a marked document: there it hangs, like a runaway rule."""
    if any(MARKER in segment.text for segment in request.doc.segments):
        threading.Event().wait()  # never set
    return enrich_request(request, ocr, max_pages)


def main() -> None:
    from services.enrich.app import create_app
    from services.enrich.isolation import make_enricher
    from stukken.platform.service import serve
    from stukken.platform.settings import EnrichSettings
    from tests.integration.enrich_standin import hang_when_marked  # by its module's name

    settings = EnrichSettings()
    enricher = make_enricher(settings, target=hang_when_marked)
    serve(create_app(settings, enricher=enricher), settings, settings.http_port)


if __name__ == "__main__":
    main()
