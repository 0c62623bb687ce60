"""Subscriptions and how a document matches them: plain functions, no Kafka, no HTTP.

Two kinds:
- `cites`: a document that cites a reference, by its normalized form (`kst-32123-XVI-30`).
- `search`: a saved search: every word occurs in the document's title or body text (case and
  accents ignored), optionally only documents of one `doc_type`. (A local matcher keeps the
  example self-contained; a team wanting the full query syntax asks the index's /search API.)

An alert fires when a document starts to match a subscription: a new document, or a new
version (or a re-run of the logic) that matches where the previous one did not.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from pydantic import BaseModel, Field

from stukken.contracts import EnrichedDocument

BODY_KINDS_EXCLUDED = {"furniture", "letterhead"}


class Subscription(BaseModel):
    id: str
    kind: Literal["cites", "search"]
    reference: str | None = Field(None, description="cites: the normalized reference")
    query: str | None = Field(None, description="search: words that must all occur")
    doc_type: str | None = None
    webhook: str = Field(description="URL the alert is POSTed to as JSON")


class Alert(BaseModel):
    subscription: str
    kind: str
    doc_id: str
    version: str
    key: str
    title: str | None = None
    doc_type: str
    matched: str = Field(description="the reference cited, or the saved query")


def fold(text: str) -> str:
    """Lower case without accents: 'Financiële' -> 'financiele'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(sub: Subscription, doc: EnrichedDocument) -> bool:
    if sub.doc_type and doc.metadata.doc_type != sub.doc_type:
        return False
    if sub.kind == "cites":
        return any(r.normalized == sub.reference for r in doc.references)
    words = fold(sub.query or "").split()
    body = [s.text for s in doc.segments if s.kind not in BODY_KINDS_EXCLUDED]
    text = fold(" ".join([doc.metadata.title or "", *body]))
    return bool(words) and all(w in text for w in words)


def alert_for(sub: Subscription, doc: EnrichedDocument) -> Alert:
    return Alert(
        subscription=sub.id,
        kind=sub.kind,
        doc_id=doc.doc_id,
        version=doc.version,
        key=doc.source.key,
        title=doc.metadata.title,
        doc_type=doc.metadata.doc_type,
        matched=(sub.reference if sub.kind == "cites" else sub.query) or "",
    )


class Matches(BaseModel):
    """Which documents match which subscription now: what makes an alert new."""

    by_subscription: dict[str, set[str]] = Field(default_factory=dict)

    def update(
        self, subs: list[Subscription], doc_id: str, doc: EnrichedDocument | None
    ) -> list[Subscription]:
        """Record the document's current state; return the subscriptions it newly matches."""
        fired = []
        for sub in subs:
            current = self.by_subscription.setdefault(sub.id, set())
            if doc is not None and matches(sub, doc):
                if doc_id not in current:
                    current.add(doc_id)
                    fired.append(sub)
            else:
                current.discard(doc_id)  # deleted or no longer matching: may alert again later
        return fired
