"""Nota's and notities: internal memos ("nota", "notitie", "memo"), often to a minister.

The word stands large on page 1, or a memo header names who it is for ("Aan:", "Van:") and
whether it asks a decision ("ter beslissing", "ter informatie"). The subject follows that word
or stands in the header ("Betreft", "Onderwerp").
"""

from __future__ import annotations

import re

from services.segment.families.reading import Reading

_WORD = re.compile(r"^(?:nota|notitie|memo|memorandum)\s*$", re.I)
_PURPOSE = re.compile(
    r"\(ter (?:beslissing|informatie|advisering|ondertekening|kennisname)\)", re.I
)
_MEMO_HEADER = re.compile(r"^Aan\s*:.*\n(?:.*\n)?Van\s*:", re.M)


def detect(r: Reading) -> tuple[str, str] | None:
    block = next((b for b in r.first_page if _WORD.match(b.text.split("\n")[0])), None)
    if block:
        return "nota", f"'{block.text.split(chr(10))[0]}' on page 1"
    match = _PURPOSE.search(r.opening) or _MEMO_HEADER.search(r.opening)
    if match:
        return "nota", f"memo header '{match.group(0)[:30]}'"
    return None


def title(r: Reading) -> str | None:
    """The subject beside the purpose: '(ter beslissing)   het bericht ...'."""
    for block in r.first_page:
        match = _PURPOSE.search(block.text)
        if match:
            rest = block.text[match.end() :].strip()
            return " ".join(rest.split()) or None
    return None
