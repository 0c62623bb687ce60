"""The page layout: from a page's text runs to lines, blocks, columns and segments.

Most of its modules are compiled with mypyc when stukken is installed (setup.py's COMPILED);
stukken/platform/compiled.py sees that a stale compiled module is never used: on any source
edited since the build (or `STUKKEN_PURE_LAYOUT=1`) every layout module is read from its .py,
and a stale build logs `layout_compiled_stale`.
"""

from __future__ import annotations

from pathlib import Path

from stukken.platform.compiled import choose

MODE = choose(
    __name__, Path(__file__).resolve().parent, "STUKKEN_PURE_LAYOUT", "layout_compiled_stale"
)
