"""Reference families: each module yields `Hit`s for one kind of citation in a piece of text."""

from __future__ import annotations

# The gates and the loop over the families are found.py's, compiled with the families; these
# names are the package's as before.
from services.enrich.references.found import (
    _FAMILIES,
    _GATES,
    CUES,
    find_in_text,
)

__all__ = ["CUES", "_FAMILIES", "_GATES", "find_in_text"]
