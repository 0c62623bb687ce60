"""Marks on the finished segments: scanner stamps and redaction grounds.

A Woo release carries the document's number stamped at the top right of every page ("181004"):
furniture with role `stamp`, never body text, also when the line it shares a baseline with
swallowed it ("Pagina's zijn verwijderd 184702"). Redacted areas keep the ground the redaction
tool printed in them ("5.1.2e", "5.1.2.e", "10.2.e"); each is marked with its offsets.
"""

from __future__ import annotations

import re

from stukken.contracts import Segment, SegmentedDocument
from stukken.contracts.document import Redaction

_STAMP = re.compile(r"^\d{5,8}$")
_TRAILING_STAMP = re.compile(r"\s+(\d{5,8})$")
GROUND = re.compile(
    r"(?<![\w.])(?:5\.1\.[12]\.?\s?[a-i]|5\.?1\.?2\s?[a-i¢]{1,2}|5\.12[a-i]|51\.2[a-i]"
    r"|10\.[12]\.?\s?[a-g])(?![a-z])"
)
_TOP = 0.92  # share of the page height above which a stamp stands


def finish(doc: SegmentedDocument, heights: dict[int, float]) -> SegmentedDocument:
    segments = _stamps(doc.segments, heights)
    for segment in segments:
        text = segment.text
        # Every ground holds "5.1", "51" or "10.": most segments are asked no further (the
        # pattern opens with a lookbehind, so it tries every position of the text).
        if "5.1" in text or "51" in text or "10." in text:
            segment.redactions = [
                Redaction(ground=m.group(0), start=m.start(), end=m.end())
                for m in GROUND.finditer(text)
            ]
    if len(segments) != len(doc.segments):
        segments = _renumber(segments)
    return doc.model_copy(update={"segments": segments})


def _stamps(segments: list[Segment], heights: dict[int, float]) -> list[Segment]:
    out: list[Segment] = []
    for segment in segments:
        top = heights.get(segment.page, 842.0) * _TOP
        high = segment.bbox is not None and segment.bbox[1] >= top
        if high and _STAMP.match(segment.text.strip()):
            segment.kind, segment.role = "furniture", "stamp"
        elif high and segment.kind not in ("furniture",) and _TRAILING_STAMP.search(segment.text):
            match = _TRAILING_STAMP.search(segment.text)
            assert match is not None
            stamp = segment.model_copy(
                update={"kind": "furniture", "role": "stamp", "text": match.group(1)}
            )
            segment.text = segment.text[: match.start()]
            out.append(segment)
            segment = stamp
        out.append(segment)
    return out


def _renumber(segments: list[Segment]) -> list[Segment]:
    ids: dict[str, str] = {}
    for i, s in enumerate(segments, start=1):
        ids.setdefault(s.id, f"s{i}")  # a split-off stamp follows the segment it came from
    renamed = []
    for i, s in enumerate(segments, start=1):
        answer_to = [ids.get(a, a) for a in s.answer_to] if s.answer_to else s.answer_to
        renamed.append(s.model_copy(update={"id": f"s{i}", "answer_to": answer_to}))
    return renamed
