"""What the family modules look at: the document's blocks once the layout steps placed them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from services.segment.layout.paragraphs import Block


@dataclass
class Reading:
    body: list[Block]  # body blocks in reading order, kinds set
    head: list[Block]  # letterhead blocks of page 1 (address, side column, masthead)
    page_count: int
    running: list[Block] = field(default_factory=list)  # running headers and footers
    # What the properties below made, made once: by hand, not with functools.cached_property,
    # which needs an instance __dict__ that the compiled class (setup.py) has not.
    _first_page: list[Block] | None = field(default=None, init=False, repr=False, compare=False)
    _opening: str | None = field(default=None, init=False, repr=False, compare=False)
    _titles: str | None = field(default=None, init=False, repr=False, compare=False)
    _folded: str | None = field(default=None, init=False, repr=False, compare=False)
    _folded_titles: str | None = field(default=None, init=False, repr=False, compare=False)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # set here too: the generated __init__ leaves a field not in it to its class default,
        # which a compiled class does not fall back on
        self._first_page = self._opening = self._titles = None
        self._folded = self._folded_titles = self._text = None

    @property
    def first_page(self) -> list[Block]:
        """Page 1, top to bottom: letterhead and body together."""
        if self._first_page is None:
            blocks = [b for b in self.head + self.body if b.page == 1]
            self._first_page = sorted(blocks, key=lambda b: -b.lines[0].y1)
        return self._first_page

    @property
    def opening(self) -> str:
        """The text a reader takes in first: page 1 (all of it) and the start of page 2."""
        if self._opening is None:
            text = "\n".join([b.text for b in self.first_page])
            more = "\n".join([b.text for b in self.body if b.page == 2])
            self._opening = f"{text}\n{more[:1500]}"
        return self._opening

    @property
    def titles(self) -> str:
        """What page 1 announces: its first blocks, headings, titles and table header rows, not
        the prose (a letter may well mention "actiepunten" of an "overleg")."""
        if self._titles is None:
            body = [b for b in self.body if b.page == 1]
            lines = [b.text for b in body[:3] if len(b.text) < 120 and not b.text.endswith(".")]
            lines += [b.text for b in body if b.kind in ("heading", "title")]
            lines += [" | ".join(b.rows[0]) for b in body if b.kind == "table" and b.rows]
            self._titles = "\n".join(lines)
        return self._titles

    @property
    def folded(self) -> str:
        """`opening` with its letters compared as re.IGNORECASE compares them (`fold`)."""
        if self._folded is None:
            self._folded = fold(self.opening)
        return self._folded

    def mentions(self, *words: str) -> bool:
        """Whether the opening holds one of `words` (ASCII, lower case), case-blind: a quick "no"
        before a slower case-blind pattern that holds one of them scans the whole opening."""
        folded = self.folded
        return any(word in folded for word in words)

    def titled(self, *words: str) -> bool:
        """Whether `titles` holds one of `words` (ASCII, lower case), case-blind, as `mentions`."""
        if self._folded_titles is None:
            self._folded_titles = fold(self.titles)
        folded = self._folded_titles
        return any(word in folded for word in words)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join([b.text for b in self.body])
        return self._text

    def first(self, pattern: re.Pattern[str], blocks: list[Block] | None = None) -> Block | None:
        """The first page-1 block matching `pattern`."""
        return next((b for b in (blocks or self.first_page) if pattern.search(b.text)), None)

    def whole_line(self, block: Block) -> str:
        """A block's first line with what the column split cut off to its right ("dond" +
        "erdag 2 april 2009"): the letterhead piece on the same baseline that starts where it
        ends."""
        line = block.lines[0]
        text = line.text.strip()
        for other in self.head:
            first = other.lines[0]
            if other.page == block.page and abs(first.base - line.base) < 1.5:
                gap = first.x0 - line.x1
                if -1 < gap < 12:
                    text += ("" if gap < 1.5 else " ") + first.text.strip()
        return text

    def tables(self) -> list[Block]:
        return [b for b in self.body if b.kind == "table"]

    def email_headers(self) -> list[Block]:
        return [b for b in self.body if b.kind == "email_header"]


def fold(text: str) -> str:
    """`text` lowered so that an ASCII word a case-blind pattern matches in it is in it: the
    letters re.IGNORECASE takes for an ASCII letter ("İ", "ı", "ſ", the Kelvin sign) are
    replaced by it first.

    Asked for ASCII words only (`Reading.mentions`, `titled`, the families' word gates), so a
    text with other characters is lowered as UTF-8 bytes (its ASCII letters as str.lower()
    lowers them) and read back as Latin-1: each other character stands as two to four non-ASCII
    ones. No character but those four lowers to an ASCII one (tests/unit/segment/test_speed50.py
    asks them all), so an ASCII word is in it where it is in `text.lower()`; str.lower() asks
    each non-ASCII character's Unicode record, ~35 instructions a character
    (bench/segment/speed23.md, round 50), and the searches then read a byte a character."""
    if text.isascii():
        return text.lower()
    text = text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s")
    text = text.replace("\u212a", "k")
    return text.encode("utf-8", "surrogatepass").lower().decode("latin-1")
