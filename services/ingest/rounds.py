"""One reconciliation round after another over the bucket's key space (see reconcile.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from services.ingest.ledger import Ledger
from services.ingest.reconcile import Horizons, Repair, compare, index_candidates
from stukken.platform.logging import get_logger
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)
# doc_ids -> doc_id -> version the index holds; None when the index cannot be asked now.
IndexVersions = Callable[[list[str]], Awaitable[dict[str, str] | None]]
INDEX_PAGE = 1000
MAX_BACKOFF_S = 3600.0


@dataclass
class Backoff:
    """A document repaired for the index again and again (e.g. one that fails downstream for
    good) is re-sent with growing pauses, not every round."""

    base_s: float
    due: dict[str, tuple[int, float]] = field(default_factory=dict)

    def allows(self, doc_id: str, now: float) -> bool:
        return now >= self.due.get(doc_id, (0, 0.0))[1]

    def sent(self, doc_id: str, now: float) -> None:
        attempts, _ = self.due.get(doc_id, (0, 0.0))
        pause = min(self.base_s * 2**attempts, MAX_BACKOFF_S)
        self.due[doc_id] = (attempts + 1, now + pause)

    def settled(self, doc_id: str) -> None:
        self.due.pop(doc_id, None)


class Reconciler:
    def __init__(
        self,
        bucket: str,
        store: ObjectStore,
        ledger: Ledger,
        index_versions: IndexVersions | None,
        *,
        batch: int,
        grace_s: float,
        index_grace_s: float,
    ) -> None:
        self.bucket, self.store, self.ledger = bucket, store, ledger
        self.index_versions = index_versions
        self.batch, self.grace_s, self.index_grace_s = batch, grace_s, index_grace_s
        self.cursor = ""  # the last key of the previous round; "" = from the start
        self.backoff = Backoff(max(index_grace_s, 1.0))

    async def round(self) -> list[Repair]:
        """Compare the next key range; returns the repairs to send."""
        started, now = datetime.now(UTC), time.time()
        listed = await asyncio.to_thread(
            self.store.list_after, self.bucket, self.cursor, self.batch
        )
        upto = listed[-1].key if len(listed) >= self.batch else None
        known = self.ledger.between(self.cursor, upto)  # read after the listing: see compare
        horizons = Horizons(
            modified=started - timedelta(seconds=self.grace_s),
            recorded=started.timestamp() - self.grace_s,
            indexed=now - self.index_grace_s,
        )
        indexed = await self._indexed(listed, dict(known), horizons.indexed)
        repairs = compare(self.bucket, listed, known, horizons, indexed)
        repairs = await self._confirmed(repairs, now)
        self.cursor = upto or ""
        return repairs

    async def _indexed(self, listed: list, known: dict, horizon: float) -> dict[str, str] | None:
        if self.index_versions is None:
            return None
        wanted = index_candidates(self.bucket, listed, known, horizon)
        held: dict[str, str] = {}
        for i in range(0, len(wanted), INDEX_PAGE):
            page = await self.index_versions(wanted[i : i + INDEX_PAGE])
            if page is None:
                return None
            held.update(page)
        for doc_id in wanted:
            if held.get(doc_id) == known[doc_id].version:
                self.backoff.settled(doc_id)
        return held

    async def _confirmed(self, repairs: list[Repair], now: float) -> list[Repair]:
        out = []
        for r in repairs:
            if r.kind == "removed":
                # Listed before, gone now? A HEAD settles it (an object created meanwhile).
                if await asyncio.to_thread(self.store.exists, self.bucket, r.event.key):
                    continue
            elif r.kind == "stale_index":
                if not self.backoff.allows(r.doc_id, now):
                    continue
                self.backoff.sent(r.doc_id, now)
            out.append(r)
        return out
