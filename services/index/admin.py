"""Admin routes of the index service: start an index rebuild and follow it."""

from __future__ import annotations

from fastapi import FastAPI

from services.index.rebuild import Rebuilder, RebuildStatus


def add_admin_routes(api: FastAPI, rebuilder: Rebuilder) -> None:
    @api.post("/admin/index/rebuild", response_model=RebuildStatus, status_code=202, tags=["admin"])
    async def start_rebuild() -> RebuildStatus:
        """Build a fresh index from the document log and swap it in (a running rebuild goes on)."""
        return rebuilder.start()

    @api.get("/admin/index/rebuild", response_model=RebuildStatus, tags=["admin"])
    async def rebuild_status() -> RebuildStatus:
        """The current (or last) rebuild: state, records read, documents in the new index."""
        return rebuilder.status
