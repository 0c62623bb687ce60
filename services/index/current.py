"""Which version of a document the index holds, including re-runs of newer logic.

The index adapters order versions of the bytes (`source.uploaded_at`); a re-run of other stage
logic over the same bytes (`stukken reprocess`, same `version`, other `logic_version`) is also
an update: it replaces the document in place (drop + add before one commit, so a search sees
the old or the new document, never both or neither).
"""

from __future__ import annotations

from services.index.port import SearchIndex
from stukken.contracts import EnrichedDocument


def upsert_current(index: SearchIndex, doc: EnrichedDocument) -> tuple[bool, bool]:
    """Apply an upsert; returns (changed, current): did the index change, does it hold `doc`'s
    version now (False: a newer upload is stored and `doc` was refused)."""
    if index.upsert(doc):
        return True, True
    stored = index.get(doc.doc_id)
    if stored is None or stored.version != doc.version:
        return False, False
    if doc.logic_version is not None and stored.logic_version != doc.logic_version:
        index.delete(doc.doc_id)
        index.upsert(doc)
        return True, True
    return False, True
