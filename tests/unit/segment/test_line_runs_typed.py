"""`line_runs._by_words` as mypyc compiles it (bench/segment/speed22.md): the run's style handed
on as one tuple, and the C accelerator's word ends read as typed values (doubles and an int)."""

from __future__ import annotations

import dataclasses

import pytest

from services.segment.layout import line_runs
from services.segment.layout.words import Run


@pytest.mark.parametrize(
    ("loose", "measure", "bold"),
    [(11.0, 11.0, False), (15.5, 13.2, True), (0.0, 0.0, False)],
)
def test_styled_run_is_run_in(loose: float, measure: float, bold: bool) -> None:
    """`_styled_run` makes the run `_run_in` makes from the style unpacked: a font with an
    abnormally tall box keeps its loose size and gets its `em`, every value and type kept."""
    args = ("Tweede Kamer ", 72.0, 700.5, 140.25, 712.0)
    made = line_runs._styled_run(*args, (loose, measure, bold, not bold), 702.5)
    want = line_runs._run_in(*args, loose, measure, bold, 702.5, not bold)
    assert made == want
    assert isinstance(made, Run)
    # The fields by name (compiled, `Run` is a native class, which has no `__slots__`).
    fields = [f.name for f in dataclasses.fields(Run)]
    assert [type(getattr(made, f)) for f in fields] == [type(getattr(want, f)) for f in fields]
