"""Acts and their drafts: a wet, an algemene maatregel van bestuur, a ministeriële regeling, as
sent out for consultation, released or sent to the Kamer before the gazette prints them.

An act names itself in its first lines: "Wet van <date>, tot wijziging van ...", "Besluit van
<date>, houdende ...", "Regeling van de Minister van X van <date>, nr. ..., houdende ...". A draft
leaves the date open ("Besluit van …", "Wet van PM", "Besluit van" alone on its line) and may set
the subject in a block of its own under it ("houdende bepalingen over het bemannen van
zeeschepen"). A bill is printed under its name: "Wijziging van de Opiumwet in verband met ..."
over "VOORSTEL VAN WET" (the Kamer's print: "Nr. 2 VOORSTEL VAN WET" under the dossier's name).
Set in the body's type, none of these is a title or a heading to the layout, so the document was
titled by its first heading ('Artikel I') or by nothing.

Asked only where the act's enacting words follow on page 1: "Wij Willem-Alexander, bij de gratie
Gods, ..." (a wet), "Op de voordracht van ..." (an algemene maatregel van bestuur), "Gelet op
..." (a regeling, a besluit): a letter or a note that names a "Besluit van ..." does not go on
with them. The gazette's own print (its masthead over the act) is titled by the masthead's rule
before this one is asked.
"""

from __future__ import annotations

import re
from typing import Final

from services.segment.families.reading import Reading
from services.segment.layout.paragraphs import Block

# what the act is and who made it: 'Besluit van', 'Wet van', 'Regeling van de Minister van ...'
_HEAD: Final = re.compile(r"(?:Rijkswet|Wet|Besluit|Regeling|Beschikking) van\b")
# the enacting words, at a line's start, in the blocks after the act's name
_ENACTING: Final = re.compile(
    r"^(?:Wij (?:Willem-Alexander|Beatrix|Juliana)\b|Op de voordracht van\b|Gelet op\b)", re.M
)
# the subject set apart under a draft's open date ('Besluit van' / 'houdende bepalingen ...')
_SUBJECT: Final = re.compile(r"(?:houdende|tot|inzake|in verband met|ter)\b")
# a draft's date left open after 'van': an ellipsis, 'PM', '[datum]', dots; or nothing at all
_OPEN_DATE: Final = re.compile(
    r"^(\w+) van(?:\s*(?:…|\.{2,}|P\.?M\.?|\[[^\]]{0,20}\]|\(datum\)|<datum>|[xX]{2,}))?\s*,?"
    r"(?=\s+(?:houdende|tot|inzake|in verband met|ter)\b|\s*$)"
)
# what a bill's print says it is, on a line of its own
_BILL: Final = re.compile(r"(?:Nr\. ?\d{1,3}\s+)?VOORSTEL VAN (?:RIJKS)?WET", re.I)
# the dossier's number before the bill's name in the Kamer's print ('36 123', a draft's '36 ***')
_DOSSIER: Final = re.compile(r"^\d{2} ?(?:\d{3}|\*{3})(?:-[A-Z]{1,4})?\s+(?=\S)")
_BLOCKS: Final = 4  # the act's name opens page 1 (a running head or a bill's name above it)
_FORMULA_AFTER: Final = 4  # the enacting words follow it within a few blocks
MAX_TITLE: Final = 600  # an act's title names its whole subject: a regeling's runs to 400 and more
# What every enacting formula holds, case-blind: a quick "no" before page 1 is searched
ENACTING_HELD: Final = ("wij ", "op de voordracht", "gelet op")


def title(r: Reading) -> tuple[str, str] | None:
    """The act's or the bill's own name, and what it was read from."""
    if not r.mentions(*ENACTING_HELD):
        return None
    page = [b for b in r.body if b.page == 1][:_BLOCKS]
    for k, block in enumerate(page):
        if any(b.kind == "title" for b in page[:k]):
            return None  # the page has its own title above: the act is quoted, not the document
        after = page[k + 1 : k + 1 + _FORMULA_AFTER]
        if not any(_ENACTING.search(b.text) for b in after):
            continue
        text = " ".join(block.text.split())
        named = _named(text, after) if len(text) <= MAX_TITLE and _HEAD.match(text) else ""
        if " " in named:  # more than the bare kind ('Besluit') of a draft that names nothing
            return named, "the act's name over its enacting words on page 1"
        if _BILL.fullmatch(text) and k > 0:
            name = _bill_name(page[k - 1])
            if name is not None:
                return name, f"the bill's name over '{text}' on page 1"
    return None


def _named(head: str, after: list[Block]) -> str:
    """The act's name with the subject a draft sets apart under it, its open date left out:
    'Besluit van' / 'houdende bepalingen over ...' -> 'Besluit houdende bepalingen over ...'."""
    below = " ".join(after[0].text.split()) if after else ""
    if _SUBJECT.match(below) and not _ENACTING.match(below) and len(below) <= MAX_TITLE:
        head = f"{head} {below}"
    return _OPEN_DATE.sub(r"\1", head, count=1)


def _bill_name(block: Block) -> str | None:
    """The block over 'VOORSTEL VAN WET': a name (three words, no sentence), not a number."""
    if block.kind not in ("paragraph", "heading", "title"):
        return None
    text = _DOSSIER.sub("", " ".join(block.text.split()))
    named = len(re.findall(r"[^\W\d_]{3,}", text)) >= 3 and not text.endswith((".", ":"))
    return text if named and len(text) <= MAX_TITLE else None
