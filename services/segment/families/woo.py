"""Woo releases: the decision letter (besluit op een Woo-verzoek) and its inventory list.

The inventory is a table whose header names the columns of the decision ("Weigeringsgrond",
"Beoordeling", "Document openbaar?") under a title "Inventarislijst"/"Inventaris". The decision
is a letter about a Woo (or older Wob) request: "Besluit op uw Woo-verzoek", "Woo-deelbesluit".
Released documents themselves (e-mails, memos) belong to their own family, whatever the stamp.
"""

from __future__ import annotations

import re

from services.segment.families.reading import Reading, fold
from services.segment.layout.paragraphs import Block

_INVENTORY = re.compile(r"^\s*Inventaris(?:lijst)?\b|\bInventarislijst\b", re.I | re.M)
_INVENTORY_HEAD = re.compile(r"^\s*Inventaris(?:lijst)?\b", re.I | re.M)
_JUDGED = re.compile(
    r"weigeringsgrond|beoordeling|openbaar(?:making)?\b|(?:wob|woo)-?grond|lakcode", re.I
)
_DECISION = re.compile(
    r"\b(?:Woo|Wob)-?(?:deel)?besluit\b|\bbesluit op uw (?:Woo-|Wob-)?verzoek|\bbeslissing op uw"
    r" (?:Woo-|Wob-)?verzoek|\buw (?:Woo|Wob)-verzoek\b|\bbesluit (?:Woo|Wob)-verzoek\b",
    re.I,
)
# What each pattern's every match holds, case-blind: a quick "no" before the slow search.
_JUDGED_WORDS = ("grond", "beoordeling", "openbaar", "lakcode")
_DECISION_WORDS = (
    *("woo-", "wob-", "woobesluit", "wobbesluit", "woodeelbesluit", "wobdeelbesluit"),
    *("besluit op uw ", "beslissing op uw "),
)
_LETTER = re.compile(r"^Geachte\b|^(?:Datum|Betreft|Onderwerp)\b", re.M)


def detect_inventory(r: Reading) -> tuple[str, str] | None:
    title = _inventory_title_block(r) if r.mentions("inventaris") else None
    if title is not None and not _INVENTORY_HEAD.search(title.text) and detect_decision(r):
        # the decision letter itself, its inventory a table of its own that its text names
        # ('In de inventarislijst hieronder staat per document ...'): no inventory's title
        return None
    judged = next((t for t in r.tables() if _judged(t.text.split("\n")[0])), None)
    if title and (judged or (r.mentions(*_JUDGED_WORDS) and _JUDGED.search(r.opening))):
        return "woo_inventaris", f"title '{title.text[:40]}' and a table of judged documents"
    if judged and _INVENTORY.search(r.opening):
        return "woo_inventaris", "a table of judged documents"
    return None


def _inventory_title_block(r: Reading) -> Block | None:
    """`r.first(_INVENTORY)`: the first page-1 block the pattern finds in, each block asked
    first whether it holds the word (every match does, case-blind: `fold`). The pattern, a
    case-blind choice of two, is tried at every character of a block; the word is looked for
    at the speed of `in`."""
    for block in r.first_page:
        if "inventaris" in fold(block.text) and _INVENTORY.search(block.text):
            return block
    return None


def _judged(header: str) -> bool:
    """Whether a table's header row names a column of the decision."""
    folded = fold(header)
    return any(word in folded for word in _JUDGED_WORDS) and bool(_JUDGED.search(header))


def detect_decision(r: Reading) -> tuple[str, str] | None:
    asked = r.mentions(*_DECISION_WORDS)
    match = _DECISION.search(r.opening) if asked else None
    if match and _LETTER.search(r.opening):
        return "woo_besluit", f"a letter about '{match.group(0)}'"
    return None


def inventory_title(r: Reading) -> str | None:
    block = r.first(_INVENTORY)
    return block.text.split("\n")[0] if block else None
