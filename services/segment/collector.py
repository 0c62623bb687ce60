"""The cyclic garbage collector's setting for a process that segments documents.

Made where such a process starts its work (the isolated worker, services/segment/
worker_process.py; `stukken process`), after its imports, before its first document:

- `gc.freeze()`: what the imports made (modules, classes, functions, pydantic's validators:
  ~55,000 tracked objects of the segmenter, ~170,000 with the enricher) moves to the permanent
  generation, which no collection walks. Under the default setting a collection of the old
  generation came every ~300-500 per-glyph pages and walked all of it (~20 ms of CPU): 40-60
  µs a page, averaged.
- `gc.set_threshold(1000000, 10, 10)`: a young collection after 1,000,000 new container
  objects, not 700. Nearly all a document makes is freed by its reference counts when the
  document is done, so a young collection finds little to free, but walks every object the
  document still holds (~80-150 ns each). At 700 one ran every two per-glyph pages (40-110 µs
  each); at 7,000 (round 46) a 2-page document made none, but the layout holds ~450-600
  containers a page of a whole document at once (runs, pieces, lines, blocks), so a document of
  more than ~12 pages still got them: 40-60 µs a page, 2-3 % of a 56-page document's CPU on
  every producer (round 47); at 100,000 (round 47) from ~170 pages on: 48-69 µs a page, 1.6-2.2 %
  of a 336-page document's CPU (round 48). At 1,000,000 a document of up to ~1,700 pages makes
  none. What a collection put off that long could free stays small: a document leaves ~4
  containers in the young count (390 fixture and corpus documents, round 48: caches filling; in
  a fresh process no cyclic garbage since pdfium's handles are read without `ctypes.cast`), peak
  RSS unchanged, and the worker is replaced after `recycle_after` documents (200) anyway.

Together the collector took 60-120 µs of CPU of a per-glyph page (1.8-2.7 %, on a quiet to a
loaded machine), ~1 µs after (bench/segment/speed23.md, rounds 46-48: the collector's CPU time
by `gc.callbacks`, and alternating time A/Bs). Cyclic garbage is still freed, by the next
collection; the frozen objects are the imports', which live as long as the process anyway.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

YOUNG_THRESHOLD: Final = 1_000_000  # new container objects between young collections (default 700)


@contextmanager
def tuned_collector() -> Iterator[None]:
    """Within: what exists now frozen, young collections rarer (see the module's doc). After:
    the setting as it was, the frozen objects back in the old generation (a test process that
    runs `stukken process` in-process keeps its own setting)."""
    was, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, was[1], was[2])
    try:
        yield
    finally:
        gc.set_threshold(*was)
        if not frozen:  # what was frozen before stays frozen
            gc.unfreeze()
