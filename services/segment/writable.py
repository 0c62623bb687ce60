"""A segmented document that can be written: no lone UTF-16 surrogate left in its text.

pdfium indexes a character beyond U+FFFF (an emoji) as two surrogates. Every reader joins them
back (`words.paired_surrogates`), but one that misses a pair leaves a lone half, which UTF-8
cannot encode: the whole document would fail to be written (sweep35's crash). This is the net
under those readers: each lone half becomes U+FFFD, one character for one (the accounting's
counts hold), and the document says so in its warnings.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic_core import PydanticSerializationError

from stukken.contracts import SegmentedDocument
from stukken.platform.logging import get_logger

log = get_logger(__name__)

_LONE = re.compile("[\ud800-\udfff]")


def dumped(doc: SegmentedDocument) -> tuple[SegmentedDocument, bytes]:
    """The document's JSON, and the document it was written from (mended if it had to be)."""
    try:
        return doc, doc.model_dump_json().encode()
    except (PydanticSerializationError, UnicodeEncodeError):
        doc = mended(doc)
        return doc, doc.model_dump_json().encode()


def writable(doc: SegmentedDocument) -> SegmentedDocument:
    """The document, mended if its JSON cannot be written."""
    return dumped(doc)[0]


def mended(doc: SegmentedDocument) -> SegmentedDocument:
    """The document with every lone surrogate in its strings replaced by U+FFFD, and a warning."""
    replaced = 0

    def mend(value: Any) -> Any:
        nonlocal replaced
        if isinstance(value, str):
            text, n = _LONE.subn("\ufffd", value)
            replaced += n
            return text
        if isinstance(value, dict):
            return {mend(k): mend(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mend(v) for v in value]
        return value

    out = SegmentedDocument.model_validate(mend(doc.model_dump()))
    if replaced:
        log.warning("lone_surrogates_replaced", count=replaced)
        if out.metadata.quality is not None:
            out.metadata.quality.warnings.append(
                f"{replaced} lone UTF-16 surrogate(s) in the text replaced by U+FFFD"
                " (a character beyond U+FFFF a reader did not join)"
            )
    return out
