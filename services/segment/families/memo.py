"""Nota's and notities: internal memos ("nota", "notitie", "memo"), often to a minister.

The word stands large on page 1, or a memo header names who it is for ("Aan:", "Van:") and
whether it asks a decision ("ter beslissing", "ter informatie"). The subject follows that word
or stands in the header ("Betreft", "Onderwerp").
"""

from __future__ import annotations

import re

from services.segment.families.reading import Reading
from services.segment.layout.paragraphs import Block

_WORD = re.compile(r"^(?:(?:beslis|informatie)?nota|notitie|memo|memorandum)\b", re.I)
_PURPOSE = re.compile(
    r"\(ter (?:beslissing|informatie|advisering|ondertekening|kennisname)\)", re.I
)
# side-column labels that share a baseline with the subject line
_SIDE_LABEL = re.compile(
    r"\s+(?:Bijlage\(n\)|Bijlagen?|Kenmerk|Datum|Afschrift aan|Zaaknummer)\s*$", re.M
)
# the nota's routing box beside or under the subject: who initials it, not what it is about
_ROUTING = re.compile(r"^(?:Paraaf|Akkoord|Gezien)\b", re.I)
# a side-column field under the subject ("Uw kenmerk 2020217241"): no part of it
_LABEL_BELOW = re.compile(r"^(?:Uw kenmerk|Ons kenmerk|Kenmerk|Datum|Bijlage\(n\)|Bijlagen?)\b")
_MEMO_HEADER = re.compile(r"^Aan\s*:.*\n(?:.*\n)?(?:Van|Opsteller)\s*:", re.M)
# A beslisnota's side column opens with what it asks of its reader, in capitals ('TER
# BESLISSING', 'TER ONDERTEKENING': IenW's and BZK's notas released under the Woo); its body opens
# with whom it is for ('Aan Stas IenW', 'Aan Minister') over the subject ('Kamerbrief
# Impulsprogramma Chemische Stoffen').
_ASKS = re.compile(r"TER (?:BESLISSING|ONDERTEKENING|INFORMATIE|ADVISERING|KENNISNAME)")
_FOR = re.compile(r"Aan\s+(?!de\b|het\b)[^\W\d_][^\n]{0,40}")
_SUBJECT_CHARS = 200  # a subject under 'Aan ...' is a line or two
# What a Kamerstuk's nota is, not what it is about: 'Nota naar aanleiding van het verslag', 'Nota
# van wijziging'; the bill's name above it is the document's subject (`_bill`). An algemene
# maatregel van bestuur is explained by its 'Nota van toelichting' as a bill by its memorie
# (sweep39: read as 'van Toelichting', the stage's own words taken for its subject).
_STAGE = re.compile(
    r"(?:naar aanleiding van het (?:nader |tweede )?verslag|van wijziging|van antwoord"
    r"|van toelichting)",
    re.I,
)
# A Kamerstuk named by its stage alone, on a line of its own: the memorie the government answers
# the Eerste Kamer's report with ('MEMORIE VAN ANTWOORD', 'Nadere memorie van antwoord'), or
# explains its bill by ('Memorie van toelichting'); read as the nota's stages are. The Tweede
# Kamer's print sets the piece's number before it ('Nr. 3 MEMORIE VAN TOELICHTING').
_MEMORIE = re.compile(r"(?:Nr\. ?\d{1,3} )?(?:Nadere )?Memorie van (?:antwoord|toelichting)", re.I)
# the piece's number the Tweede Kamer prints before its stage ('Nr. 6 NOTA NAAR AANLEIDING VAN
# HET VERSLAG')
_PIECE = re.compile(r"^Nr\. ?\d{1,3}\s+")
# the dossier's number the Tweede Kamer prints before the bill's name ('36 812 Wijziging ...')
_DOSSIER = re.compile(r"^\d{2} ?(?:\d{3}|\*{3})(?:-[A-Z]{1,4})? (?=[^\W\d_])")
MEMORIE_HELD = "memorie"  # _MEMORIE
_BILL_CHARS = 400  # a bill's name runs to three or four lines
_OPENING = 6  # the body's blocks the 'Aan ...' line may stand among
# What every match holds (the first two case-blind): a quick "no" before a search of page 1
WORD_HELD = ("nota", "notitie", "memo")  # _WORD
PURPOSE_HELD = "(ter "  # _PURPOSE
HEADER_HELD = "Aan"  # _MEMO_HEADER


def detect(r: Reading) -> tuple[str, str] | None:
    page = r.first_page if r.mentions(*WORD_HELD) else []
    block = next((b for b in page if len(b.text) < 120 and _WORD.match(b.text)), None)
    if block:
        return "nota", f"'{block.text.split(chr(10))[0]}' on page 1"
    stage = _memorie(r) or next((b for b in page if _numbered_stage(b)), None)
    if stage is not None:
        return "nota", f"a Kamerstuk's stage '{' '.join(stage.text.split())}' on page 1"
    purpose = _PURPOSE.search(r.opening) if r.mentions(PURPOSE_HELD) else None
    match = purpose or _memo_header(r.opening)
    if match:
        return "nota", f"memo header '{match.group(0)[:30]}'"
    asks = next((b for b in r.head if b.page == 1 and _asks(b)), None)
    if asks is not None and _addressed(r) is not None:
        return "nota", f"side column '{asks.text.strip()}' and 'Aan ...' over a subject on page 1"
    return None


def _memo_header(text: str) -> re.Match[str] | None:
    """`_MEMO_HEADER.search(text)`, the pattern tried only where a line opens with its 'Aan'
    (`HEADER_HELD`): its `^` (re.M) holds at the text's start and after a line feed only, and
    the first such place where it matches is where search finds it. Searched, the pattern was
    tried at every character of the opening (~0.5M instructions a document, round 53)."""
    at = text.find(HEADER_HELD)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            match = _MEMO_HEADER.match(text, at)
            if match is not None:
                return match
        at = text.find(HEADER_HELD, at + 1)
    return None


def _asks(block: Block) -> bool:
    """The side column's first block opens with the ask on a line of its own ('TER
    ONDERTEKENING', BZK's over 'Nota actief openbaar' in the same block)."""
    first = block.lines[0].text.strip() if block.lines else ""
    return _ASKS.fullmatch(first) is not None


def _for_whom(block: Block) -> bool:
    """'Aan Stas IenW' as a paragraph, or a table of the nota's routing whose first row is 'Aan'
    and whom ('Aan | MBZK', 'Van | CZW/CZ': BZK's nota, read as two columns)."""
    if block.kind == "paragraph":
        return _FOR.fullmatch(block.text.strip()) is not None
    rows = (block.rows or []) if block.kind == "table" else []
    first = [c.strip() for c in rows[0] if c.strip()] if rows else []
    return len(first) == 2 and first[0] == "Aan" and _FOR.fullmatch(" ".join(first)) is not None


def _addressed(r: Reading) -> Block | None:
    """The subject under a beslisnota's 'Aan ...' line: the body's next block on page 1, short,
    no sentence ('Aan Stas IenW' / 'Kamerbrief Impulsprogramma Chemische Stoffen'); the side
    column's lines between them are the letterhead's."""
    page = [b for b in r.body[:_OPENING] if b.page == 1]
    for k, block in enumerate(page[:-1]):
        if not _for_whom(block):
            continue
        below = page[k + 1]
        text = below.text.strip()
        short = below.kind in ("paragraph", "heading", "title") and len(text) <= _SUBJECT_CHARS
        if short and re.search(r"[a-z]{3,}", text) and not text.endswith("."):
            return below
        return None
    return None


def title(r: Reading) -> str | None:
    """The subject after the word ('Nota: het bericht ...'), beside the purpose ('(ter
    beslissing)   het bericht ...'), or below the word standing alone ('memo' / 'overeenkomst
    ...')."""
    page = r.first_page
    stage = _memorie(r)
    if stage is not None:
        k = next(i for i, b in enumerate(page) if b is stage)
        return _bill(page[:k]) or " ".join(stage.text.split())
    for k, block in enumerate(page):
        word = _WORD.match(block.text)
        rest = block.text[word.end() :].strip(" :\n") if word else ""
        if len(block.text) < 120 and (_STAGE.fullmatch(rest) or _numbered_stage(block)):
            return _bill(page[:k]) or " ".join(block.text.split())
        if len(block.text) < 120 and re.search(r"[a-z]{3,}", rest):
            return rest
    for k, block in enumerate(page):
        if not any("(" in ln.text for ln in block.lines):  # no purpose: nothing to strip it of
            continue
        # each printed line without the side-column label that shares its baseline (a scan's
        # OCR layer sets the subject's lines in one block with them)
        text = "\n".join(_SIDE_LABEL.sub("", ln.text) for ln in block.lines)
        match = _PURPOSE.search(text)
        if match:
            rest = text[match.end() :].strip()
            below = page[k + 1] if k + 1 < len(page) else None
            if below is not None and _subject_goes_on(below):
                rest = f"{rest} {_SIDE_LABEL.sub('', below.text)}"
            return " ".join(rest.split()) or None
    for k, block in enumerate(page[:-1]):
        below = page[k + 1]
        alone = _WORD.fullmatch(block.text.strip()) and below.kind in ("paragraph", "heading")
        if alone and len(below.text) < 120 and re.search(r"[a-z]{3,}", below.text):
            return below.text.replace("\n", " ")
    subject = _addressed(r)
    return " ".join(subject.text.split()) if subject is not None else None


def stage_named(r: Reading) -> bool:
    """Whether page 1 names a Kamerstuk's nota by its stage ('Nota naar aanleiding van het
    verslag', or a memorie: 'Memorie van antwoord'): its questions are the report's, quoted and
    answered, no Kamervragen."""
    if _memorie(r) is not None:
        return True
    if not r.mentions("nota"):
        return False
    for block in r.first_page:
        word = _WORD.match(block.text) if len(block.text) < 120 else None
        if word and _STAGE.fullmatch(block.text[word.end() :].strip(" :\n")):
            return True
        if _numbered_stage(block):
            return True
    return False


def _numbered_stage(block: Block) -> bool:
    """A nota's stage after the piece's number, as the Tweede Kamer prints it: 'Nr. 6 NOTA NAAR
    AANLEIDING VAN HET VERSLAG', 'Nr. 12 NOTA VAN WIJZIGING'."""
    if len(block.text) >= 120 or not block.text.startswith("Nr"):
        return False
    piece = _PIECE.match(block.text)
    rest = block.text[piece.end() :] if piece else ""
    word = _WORD.match(rest)
    if word is None or word.group(0).lower() != "nota":
        return False
    return _STAGE.fullmatch(rest[word.end() :].strip(" :\n")) is not None


def _memorie(r: Reading) -> Block | None:
    """Page 1's block that is a memorie's stage and nothing else ('MEMORIE VAN ANTWOORD')."""
    if not r.mentions(MEMORIE_HELD):
        return None
    for block in r.first_page:
        if len(block.text) < 60 and _MEMORIE.fullmatch(" ".join(block.text.split())):
            return block
    return None


def _bill(above: list[Block]) -> str | None:
    """The bill's name over a Kamerstuk's 'Nota naar aanleiding van het verslag' ('Wijziging van
    de Wet bedrag ineens, ... (Wet herziening bedrag ineens)'): the block right above, a name
    (no sentence, no dossier number alone), without the dossier's number printed before it."""
    name = above[-1] if above else None
    if name is None or name.kind not in ("paragraph", "heading", "title"):
        return None
    text = _DOSSIER.sub("", " ".join(name.text.split()))
    named = len(re.findall(r"[^\W\d_]{3,}", text)) >= 3 and not text.endswith((".", ":"))
    return text if named and len(text) <= _BILL_CHARS else None


def _subject_goes_on(below: Block) -> bool:
    """The short paragraph under the subject line is its last line, unless it is the routing
    box ("Paraaf") or a side-column field ("Uw kenmerk ...")."""
    return (
        below.kind == "paragraph"
        and len(below.text) < 120
        and not _ROUTING.match(below.text)
        and not _LABEL_BELOW.match(below.text)
    )


def detect_titled(r: Reading) -> tuple[str, str] | None:
    """A short titled piece with sections, neither letter nor report: a note (notitie)."""
    titled = next((b for b in r.body[:3] if b.kind == "title"), None)
    sections = sum(b.kind == "heading" for b in r.body)
    if titled and sections >= 2 and r.page_count <= 8:
        return "nota", f"a titled note of {r.page_count} pages with {sections} sections"
    return None
