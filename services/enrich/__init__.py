"""The enricher: a segmented document's references and entities.

Its rule modules are compiled with mypyc when stukken is installed (setup.py's ENRICH_COMPILED:
enricher.py, hits.py, scan.py, words.py, entities/*.py and references/*.py but a few), as the
layout's are; stukken/platform/compiled.py sees that a stale compiled module is never used: on
any source edited since the build (or `STUKKEN_PURE_ENRICH=1`) every one of them is read from its
.py, and a stale build logs `enrich_compiled_stale`.
"""

from __future__ import annotations

from pathlib import Path

from stukken.platform.compiled import choose

MODE = choose(
    __name__, Path(__file__).resolve().parent, "STUKKEN_PURE_ENRICH", "enrich_compiled_stale"
)
