"""Documents being OCR'd, read from the compacted progress topic (stukken.ocr.progress).

The segment stage's gatherer is the one writer per document (the results of one document come
in on one partition), so the latest record per doc_id is that document's progress, however
many OCR workers read its pages.
"""

from __future__ import annotations

from pydantic import ValidationError

from stukken.contracts.ocr import OcrProgress
from stukken.contracts.topics import OCR_PROGRESS

IN_PROGRESS = ("ocr", "assembling")


def latest(values: list[bytes | None], keys: list[bytes | None]) -> dict[str, OcrProgress]:
    """The last progress record per document (records that do not parse are ignored)."""
    out: dict[str, OcrProgress] = {}
    for key, value in zip(keys, values, strict=True):
        if key is None:
            continue
        if value is None:
            out.pop(key.decode(errors="replace"), None)
            continue
        try:
            progress = OcrProgress.model_validate_json(value)
        except ValidationError:
            continue
        out[progress.doc_id] = progress
    return out


async def ocr_in_progress(bootstrap: str) -> list[OcrProgress]:
    """Documents whose OCR is not finished, oldest first."""
    from stukken.ops import read_records

    keys, values = await read_records(bootstrap, OCR_PROGRESS)
    found = latest(values, keys).values()
    return sorted((p for p in found if p.state in IN_PROGRESS), key=lambda p: p.updated_at)
