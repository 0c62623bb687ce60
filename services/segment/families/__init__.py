"""Document families: each family's detection, its structure and its metadata, beside the
shared layout steps (DESIGN.md). The layout steps call three hooks:

- `read(blocks)`: family structure on the body blocks (e-mail header blocks, for now);
- `classify(reading)`: the doc_type and its evidence, decided once: the letterhead steps read
  the fields its family prints (the Handelingen's or a letter's), `describe` publishes it;
- `describe(meta, reading)`: doc_type, title, date, language, sender, addressee with evidence;
- `finish(doc)`: marks on the finished segments (scanner stamps, redaction grounds).

Its modules are compiled with mypyc when stukken is installed (setup.py's FAMILIES: all but this
__init__), as the layout's are, and with the layout's switch: stukken/platform/compiled.py sees
that a stale compiled module is never used: on any source edited since the build (or
`STUKKEN_PURE_LAYOUT=1`) every family module is read from its .py, and a stale build logs
`families_compiled_stale`. The choice is made before any family module is imported.
"""

from __future__ import annotations

from pathlib import Path

from stukken.platform.compiled import choose

MODE = choose(
    __name__, Path(__file__).resolve().parent, "STUKKEN_PURE_LAYOUT", "families_compiled_stale"
)

from services.segment.families.doctype import classify  # noqa: E402  (after `choose`)
from services.segment.families.email import split_headers  # noqa: E402  (after `choose`)
from services.segment.families.marks import finish  # noqa: E402  (after `choose`)
from services.segment.families.metadata import describe  # noqa: E402  (after `choose`)
from services.segment.families.reading import Reading  # noqa: E402  (after `choose`)
from services.segment.layout.paragraphs import Block  # noqa: E402  (after `choose`)


def read(blocks: list[Block]) -> list[Block]:
    return split_headers(blocks)


__all__ = ["Reading", "classify", "describe", "finish", "read"]
