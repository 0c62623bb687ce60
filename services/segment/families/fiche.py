"""BNC-fiches: the government's assessment of a new European Commission proposal.

"Fiche 5: Herziening verordening ..." opens it; the sections are fixed ("1. Algemene gegevens",
"2. Essentie voorstel", ...). The date printed in section 1 is the Commission document's date,
not the fiche's: a fiche carries no date of its own.
"""

from __future__ import annotations

import re

from services.segment.families.reading import Reading

_TITLE = re.compile(r"^(?:BNC-)?Fiche\s*\d*\s*:\s*\S", re.I)
TITLE_WORD = "fiche"  # what every title holds, case-blind: a quick "no" for most documents
_SECTIONS = re.compile(r"Algemene gegevens[\s\S]{0,4000}Essentie voorstel", re.I)


def detect(r: Reading) -> tuple[str, str] | None:
    block = r.first(_TITLE) if r.mentions(TITLE_WORD) else None
    if block:
        return "bnc_fiche", f"title '{block.text[:40]}'"
    sections = r.mentions("algemene gegevens") and _SECTIONS.search(r.opening)
    if sections or (r.mentions("bnc-fiche") and re.search(r"\bBNC-fiche\b", r.opening[:600])):
        return "bnc_fiche", "the fiche's fixed sections"
    return None


def title(r: Reading) -> str | None:
    block = r.first(_TITLE)
    return block.text.replace("\n", " ") if block else None
