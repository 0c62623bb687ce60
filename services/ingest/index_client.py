"""What the index holds, asked over its HTTP API (POST /index/versions) by the reconciler."""

from __future__ import annotations

import httpx

from stukken.platform.logging import get_logger

log = get_logger(__name__)


class IndexClient:
    def __init__(self, base_url: str, timeout_s: float = 10.0) -> None:
        self.client = httpx.AsyncClient(base_url=base_url, timeout=timeout_s)

    async def versions(self, doc_ids: list[str]) -> dict[str, str] | None:
        """doc_id -> the version the index holds (indexed or rejected); None when the index
        cannot answer now (then this round compares bucket and ledger only)."""
        try:
            response = await self.client.post("/index/versions", json={"doc_ids": doc_ids})
            response.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("index not asked this round", error=repr(exc))
            return None
        return {doc_id: str(held["version"]) for doc_id, held in response.json().items()}

    async def close(self) -> None:
        await self.client.aclose()
