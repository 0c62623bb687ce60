"""Logic versions: which release of a stage's logic produced a result.

Each stage keeps its own version beside its logic (segment: services/segment/stage_logic.py
SEGMENTER_VERSION, which also keys its cache; enrich: services/enrich/logic_version.py) and
bumps it when its output changes. Events carry the chain, `segment:2+enrich:1`, as the additive
field `logic_version`; the index takes a same-bytes event whose chain differs from the stored
one as an update (arrival order wins, as for versions without an upload time).
"""

from __future__ import annotations


def chain(previous: str | None, stage: str, version: str) -> str:
    """`previous` extended by this stage: ('segment:2', 'enrich', '1') -> 'segment:2+enrich:1'."""
    mine = f"{stage}:{version}"
    return f"{previous}+{mine}" if previous else mine


def stages(logic_version: str | None) -> dict[str, str]:
    """'segment:2+enrich:1' -> {'segment': '2', 'enrich': '1'}."""
    pairs = (part.split(":", 1) for part in (logic_version or "").split("+") if ":" in part)
    return {stage: version for stage, version in pairs}
