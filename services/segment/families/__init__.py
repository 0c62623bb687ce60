"""Document families: each family's detection, its structure and its metadata, beside the
shared layout steps (DESIGN.md). The layout steps call three hooks:

- `read(blocks)`: family structure on the body blocks (e-mail header blocks, for now);
- `classify(reading)`: the doc_type and its evidence, decided once: the letterhead steps read
  the fields its family prints (the Handelingen's or a letter's), `describe` publishes it;
- `describe(meta, reading)`: doc_type, title, date, language, sender, addressee with evidence;
- `finish(doc)`: marks on the finished segments (scanner stamps, redaction grounds).
"""

from __future__ import annotations

from services.segment.families.doctype import classify
from services.segment.families.email import split_headers
from services.segment.families.marks import finish
from services.segment.families.metadata import describe
from services.segment.families.reading import Reading
from services.segment.layout.paragraphs import Block


def read(blocks: list[Block]) -> list[Block]:
    return split_headers(blocks)


__all__ = ["Reading", "classify", "describe", "finish", "read"]
