"""What `up`, `down` and `status` hand back: one line per part of the stack."""

from __future__ import annotations

from pydantic import BaseModel


class PartStatus(BaseModel):
    name: str  # "kafka", "s3gateway", or a service name ("ingest", ...)
    kind: str  # "broker", "object-store" or "service"
    pid: int | None = None  # from the pid file written by `up`; None when not started by it
    running: bool = False
    healthy: bool = False
    address: str = ""
    log_path: str = ""
    detail: str = ""  # what happened or what is wrong, in words


class StackReport(BaseModel):
    action: str  # "up", "down" or "status"
    var_dir: str
    parts: list[PartStatus]
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        """up/status: every part is healthy; down: nothing is left running."""
        if self.action == "down":
            return not any(p.running for p in self.parts)
        return all(p.healthy for p in self.parts)

    def part(self, name: str) -> PartStatus:
        for p in self.parts:
            if p.name == name:
                return p
        raise KeyError(name)
