"""Headings and their level: from numbering ("3.2 Aanpak"), typography (size, weight) and place.

A heading set in the body's own size and weight (an italic subheading, a run-in "Wettelijk
kader") shows only by its place: a short first line, far from the column's right edge, without a
sentence end, with a capitalised line below it. Such a line is split off its paragraph. Levels:
a numbered heading is as deep as its number; other heading styles rank by size, then weight, and
run-in headings come last. A heading is never a question: that is the questions' module's call.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import BULLET, LETTERED, WRAP_CHARS, Block, right_edges
from services.segment.layout.repair import Anchored, join_lines

EMPHASIS: Final = 1.12  # a block set this much larger than the body is set in a heading's size
DISPLAY: Final = 2.0  # a cover's display type: at least twice the body's size
NUMBERED_HEADING: Final = Anchored(
    re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<dot>\.?)\s+(?P<rest>\S.*)$"), "", True
)
MASTHEAD: Final = re.compile(
    r"^(?:Tweede|Eerste) Kamer der Staten|^Ministerie van|^Gemeente\b|^Provincie\b"
    r"|^Rijksinstituut voor\b|^Rijksdienst voor\b",
    re.I,
)
_NO_HEADING_END: Final = tuple(",;:?!")
# A Kamerstuk's title opens with its dossier number ('36 812 Wijziging van ...'): no section 36
DOSSIER: Final = re.compile(r"\d{2} ?\d{3}(?:-[A-Z]+)?\s+[A-Z]")
# A field's label and its value ("Datum: woensdag ...", "Zaak: Brief regering", "Van: ..."):
# a meeting's, a memo's or an e-mail's particulars, not a heading ("Conclusie: ..." may be one).
FIELD: Final = re.compile(
    r"^(?:Datum|Tijd|Plaats|Locatie|Aanwezig|Afwezig|Voorzitter|Griffier|Notulist|Zaak|Besluit"
    r"|Noot|Volgcommissie\(s\)|Agendapunt|Kenmerk|Ons kenmerk|Uw kenmerk|Betreft|Onderwerp"
    r"|Opsteller|Van|Aan|Cc|Bcc|Verzonden|Verstuurd|Ontvangen|Bijlage\(n\)|Date|From|To|Sent"
    r"|Subject|Attachments?)\s*:\s+\S",
    re.I,
)
# A figure's or table's caption: "Tabel 3: ...", "Bron: ...", and the numbered "Figuur 1 De ...",
# "Tabel 2 - Randvoorwaarden", "Figuur S5 Van ..." a word processor sets without a colon.
_CAPTION: Final = re.compile(
    r"^(?:(?:Figuur|Tabel|Grafiek|Afbeelding|Bron|Figure|Table)\s*\d*[:.]"
    r"|(?:Figuur|Tabel|Grafiek|Afbeelding|Figure|Table)\s+[A-Z]?\d+(?:\.\d+)*\s*[-–]?\s+\w)",
    re.I,
)
# A letter's salutation, its name often redacted ("Geachte heer"): never a heading
_SALUTATION: Final = re.compile(r"^(?:Geachte|Hooggeachte|Beste)\b")
# The addressee alone on its line, over the opening paragraph: a Raad van State advice's 'Aan de
# Koning', a letter's 'Aan de Voorzitter van de Tweede Kamer ...', a voorstel's 'Aan de
# gemeenteraad': it says to whom, it heads no section (families44)
_ADDRESSEE: Final = re.compile(
    r"^Aan (?:de|het) (?:Koning|[Vv]oorzitter|leden|Tweede Kamer|Eerste Kamer|[Gg]emeenteraad"
    r"|[Rr]aad van|[Cc]ollege van|Provinciale Staten|Gedeputeerde Staten|[Mm]inister"
    r"|[Ss]taatssecretaris|[Aa]lgemeen [Bb]estuur)\b"
)
# A letter's particular's label alone ("Datum", "Ons kenmerk", "Contactpersoon" over its value),
# from a side column read with the body: it labels the value under it and heads no section.
LABEL_ALONE: Final = re.compile(
    r"^(?:Datum|Kenmerk|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Contactpersoon"
    r"|Inlichtingen(?: bij)?|Behandeld door|Doorkiesnummer|Telefoon(?:nummer)?|E-?mail(?:adres)?"
    r"|Uw brief(?: van)?|Bijlage\(n\)|Aantal pagina's|Kopie aan)\s*:?$",
    re.I,
)
# A court's name alone on its line ("RECHTBANK AMSTERDAM", "Gerechtshof Arnhem-Leeuwarden")
# opens a ruling's masthead, above the chamber and the parties: it names who speaks, it heads
# no section.
_COURT: Final = re.compile(
    r"^(?:(?:RECHTBANK|Rechtbank|GERECHTSHOF|Gerechtshof)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r"|(?i:Hoge Raad der Nederlanden|Centrale Raad van Beroep"
    r"|College van Beroep voor het bedrijfsleven))$"
)
# A regulation's article head: "Artikel 3. Steunfractieleden", "Artikel 4.108a (instructie ...)"
_ARTICLE: Final = re.compile(r"^(?:Artikel|Art\.)\s+\d+(?:\.\d+)*[a-z]?\.?(?:\s+[A-Z(‘'].*)?$")
# ... and one that is nothing but its number ("Artikel 2."), which no sentence is
_BARE_ARTICLE: Final = re.compile(r"^(?:Artikel|Art\.)\s+\d+(?:\.\d+)*[a-z]?\.?$")
# A contents page's heading, and an entry's page number ("2.3 Leeswijzer 6", "Bijlagen .... 28")
_CONTENTS: Final = re.compile(
    r"^(?:Inhoudsopgave|Inhoud|Inhoudstafel|Contents|Table of contents)$", re.I
)
_PAGE_REF: Final = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,3}$")
# ... a page number standing alone in a column, and that column's head ("pagina")
_BARE_PAGE: Final = re.compile(r"^\s*(?:(?:pagina|blz\.?|page)\s+)?(?P<page>\d{1,3})\s*$", re.I)
# a line broken off on a word that leads on to the next ("... Cultuur en", "... de", ",")
_LEADS_ON: Final = re.compile(r"(?:,|\b(?:en|of|van|de|het|der|voor|op|in|met|aan|bij|tot|te))\s*$")
_PAGE_COUNT: Final = re.compile(r"^(?:pagina\s+)?\d+\s*(?:van|of|/)\s*\d+$", re.I)
# A ministry's or an agency's name atop a page ('Rijksdienst voor Ondernemend Nederland' over
# an annex's inventory, 'Ministerie van Financiën' over a memo in a Woo release): who sends or
# wrote it, no section's head (a municipality's or a province's name may head a section)
_SENDER: Final = re.compile(
    r"^(?:Ministerie van|Rijksdienst voor|Rijksinstituut voor|(?:Tweede|Eerste) Kamer der Staten)"
    r"\b"
)
# a memo's header's labels, one or two to a line ('Van', 'Aan', 'Betreft/datum',
# 'tijd/locatie'): each labels a value, none heads a section
_MEMO_WORD: Final = r"(?:Van|Aan|Cc|Bcc|Betreft|Datum|Kenmerk|Tijd|Locatie|Plaats)"
_MEMO_LABEL: Final = re.compile(rf"^{_MEMO_WORD}(?:\s*/\s*{_MEMO_WORD})*\s*:?$", re.I)
_COLUMN_HEAD: Final = re.compile(r"^\s*(?:pagina|blz\.?|page|p\.)\s*$", re.I)
_DATED: Final = re.compile(r"\b\d{1,2}[ -/]\w+[ -/]\d{2,4}\b|\b\d{1,2}:\d{2}\b")


class _RightEdges:
    """Where each column's full lines end (`paragraphs.right_edges` of the document's lines),
    learnt at the first question: only a lettered item that may be a head asks, and most
    documents have none."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.edges: dict[str, float] | None = None

    def get(self, zone: str, default: float) -> float:
        if self.edges is None:
            self.edges = right_edges({0: self.lines})
        return self.edges.get(zone, default)


def mark(
    blocks: list[Block],
    body_size: float,
    running: dict[str, set[int]] | None = None,
    ocr: set[int] | None = None,
) -> list[Block]:
    out: list[Block] = []
    right = _RightEdges([ln for b in blocks for ln in b.lines])
    for block in blocks:
        for part in _split_article(block):
            out += (
                _split_hanging_head(part, right) or _split_item_head(part, right)
                if part.kind == "list_item"
                else _split_hanging_head(part, right)
                or _split_run_in(part, out[-1] if out else None)
                if part.kind == "paragraph"
                else _split_heads(part)
            )
    for i, block in enumerate(out):
        numbered = block.kind in ("paragraph", "list_item") and _numbered_heading(block, body_size)
        if numbered or (
            block.kind == "paragraph" and (_article_head(block, body_size) or _division(block))
        ):
            block.kind = "heading"
        elif (
            0 < i < len(out) - 1
            and (
                (
                    block.kind == "paragraph"
                    and block.size >= _NOTE_TYPE * body_size
                    and _standalone(block, out[i + 1])
                )
                or _lettered_head(block, out[i - 1], out[i + 1], right)
            )
            and not field_value(block, out[i - 1])
            and not _under_small_label(block, out[i - 1])
        ):
            block.kind, block.role = "heading", "run_in"
        elif (
            block.kind == "paragraph"
            and i < len(out) - 1
            and out[i + 1].kind == "heading"
            and len(block.lines) == 1
            and _MOTIVATION.match(block.text.strip())
        ):
            # 'Motivering' alone on its line over the first ground's head: a decision's section,
            # a sibling of the sections before it whatever its type
            block.kind, block.role = "heading", "section_word"
        if block.kind == "heading" and (
            _CAPTION.match(block.text)
            or _SALUTATION.match(block.text)
            or _ADDRESSEE.match(block.text)
            or _COURT.match(block.text)
            or LABEL_ALONE.match(block.text.strip())
            or _MEMO_LABEL.match(block.text.strip())
            or _SENDER.match(block.text)
            or _COLUMN_HEAD.match(block.text)
            or _no_word(block)
            or (ocr is not None and block.page in ocr and _ocr_noise(block.text))
        ):
            # a caption labels a figure, a salutation opens a letter, a court's name a ruling, a
            # letter's or a memo's label its value, a footer's 'Pagina' its number: none heads
            # anything; nor do a logo's or a stamp's two or three letters as OCR reads them
            # ('RUA', 'Rn'), nor OCR's reading of a stamp or a redaction ('Hoi[ 1026 |')
            block.kind, block.role = "paragraph", None
    if running:  # most documents place no side column or running head apart
        _running_not_heads(out, running)
    _address_not_heads(out)
    _fields_not_heads(out)
    _labels_not_heads(out, body_size)
    _drawing_labels(out)
    _items_not_sections(out)
    _plain_sections(out)
    _items_one_under_another(out)
    heads = _contents_heads(out)
    if heads:  # most documents have no contents page
        out = _entry_lines(_page_column(out, heads), set(heads))
    _contents_entries(out)
    _statements_between_heads(out)
    out = _title(out, body_size)
    _display_head(out, body_size)
    _levels(out, body_size, ocr or set())
    return out


def running_key(text: str) -> str:
    """A text as it recurs in a side column or running head: lower case, its spaces collapsed,
    no closing stop or colon; '' where it says too little to be recognised (a date, a number)."""
    key = " ".join(text.lower().split()).strip(" .:")
    return key if sum(c.isalpha() for c in key) >= 4 else ""


def _running_not_heads(blocks: list[Block], running: dict[str, set[int]]) -> None:
    """A head whose text stands apart as a side column's or a running head's on other pages,
    next to a block on its page that does too, is that column read with the body: the sender's
    unit in bold over its office ('Midden- en kleinbedrijf' over 'Zakelijke belastingen Kantoor
    Groningen', the Belastingdienst's Wob decisions, whose page 1 leaves no gutter beside the
    column). A chapter's title repeated as running head has prose beside it: it stays a head."""
    for i, block in enumerate(blocks):
        if block.kind != "heading" or not _elsewhere(block, running):
            continue
        near = [blocks[k] for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
        if any(b.page == block.page and _elsewhere(b, running) for b in near):
            block.kind, block.role, block.level = "paragraph", None, None


def _elsewhere(block: Block, running: dict[str, set[int]]) -> bool:
    """Whether the block's text stands apart as running text on a page other than its own."""
    pages = running.get(running_key(block.text))
    return pages is not None and any(n != block.page for n in pages)


_WORD: Final = re.compile(r"[^\W\d_]{4}")


def _ocr_noise(text: str) -> bool:
    """OCR's reading of what is no text (a stamp, a redaction's box, a form's rules): a rule's
    stroke read as '|' or '_', a bracket left open ('Hoi[ 1026 |', 'Van{ ____102e | (DV/AVM)'),
    or no word of four letters ('Mh.11U t f')."""
    if any(c in text for c in "|_") or text.count("[") != text.count("]"):
        return True
    return text.count("{") != text.count("}") or _WORD.search(text) is None


def _no_word(block: Block) -> bool:
    """Three letters or fewer and no number: no heading's text."""
    text = block.text
    return (
        len(text) < 8
        and sum(c.isalpha() for c in text) <= 3
        and not any(c.isdigit() for c in text)
        and not _ordered(block)
    )


def _address_not_heads(blocks: list[Block]) -> None:
    """Above a letter's salutation on page 1, lines in plain type are its address block: the
    addressee of a letter sent by e-mail ('Per e-mail', 'De heer J. Bakker'; no postal address
    makes them a letterhead) and the subject after 'Betreft' head nothing. A bold line there (a
    title) may."""
    salutation = next(
        (i for i, b in enumerate(blocks) if b.page == 1 and _SALUTATION.match(b.text)), None
    )
    for block in blocks[:salutation] if salutation is not None else ():
        if block.page == 1 and block.kind == "heading" and not block.bold:
            block.kind, block.role = "paragraph", None


def _contents_heads(blocks: list[Block]) -> dict[int, Block]:
    """Each page's first contents heading ('Inhoudsopgave'), by page."""
    heads: dict[int, Block] = {}
    for block in blocks:
        if block.kind == "heading" and _CONTENTS.match(block.text):
            heads.setdefault(block.page, block)
    return heads


def _page_column(blocks: list[Block], heads: dict[int, Block]) -> list[Block]:
    """A contents page may set its page numbers in a column of their own, which is read as one
    block of numbers after the titles. A reader takes each number with the title on its line:
    the number joins the entry it stands level with, and the entry is a list item."""
    contents = set(heads)
    column = [
        b
        for b in blocks
        if b.page in contents
        and b.kind != "heading"
        and any(_BARE_PAGE.match(ln.text) for ln in b.lines)
        and all(_BARE_PAGE.match(ln.text) or _COLUMN_HEAD.match(ln.text) for ln in b.lines)
    ]
    apart = {id(b) for b in column}
    found: dict[int, list[Line]] = {}
    for number in (ln for b in column for ln in b.lines if _BARE_PAGE.match(ln.text)):
        page = [b for b in blocks if b.page == number.page and b is not heads[b.page]]
        entry = _level_with(number, page, apart)
        if entry is not None:
            found.setdefault(id(entry), []).append(number)
    numbers = sum(_BARE_PAGE.match(ln.text) is not None for b in column for ln in b.lines)
    # one number to an entry, and most numbers placed: else this is no column of page numbers
    placed = {key: lines for key, lines in found.items() if len(lines) == 1}
    if len(placed) < 2 or 2 * len(placed) < numbers:
        return blocks
    used = {id(lines[0]) for lines in placed.values()}
    out: list[Block] = []
    for block in blocks:
        if id(block) in placed:
            ref = _BARE_PAGE.match(placed[id(block)][0].text)
            assert ref is not None  # only such lines were placed
            block.text = f"{block.text} {ref['page']}"
            block.lines = [*block.lines, placed[id(block)][0]]
            block.kind, block.role = "list_item", None
        elif id(block) in apart:
            block.lines = [ln for ln in block.lines if id(ln) not in used]
            if not block.lines:
                continue
            block.text = join_lines([ln.text for ln in block.lines])
        out.append(block)
    return out


def _entry_lines(blocks: list[Block], contents: set[int]) -> list[Block]:
    """Entries in the body's type, one under the other, are read as one paragraph (or as one
    numbered item, run on); but each line that ends in a page number closes an entry (the lines
    before it are its title, wrapped)."""
    out: list[Block] = []
    listed = False  # the block above was read as entries without page numbers
    for i, block in enumerate(blocks):
        head = i > 0 and blocks[i - 1].kind == "heading" and _CONTENTS.match(blocks[i - 1].text)
        on = listed and block.page == blocks[i - 1].page
        entries = _unnumbered_entries(block, on) if head or on else []
        listed = bool(entries)
        if entries:
            out += entries
            continue
        if block.kind not in ("paragraph", "list_item") or block.page not in contents:
            out.append(block)
            continue
        ends = [i for i, ln in enumerate(block.lines) if _entry_end(ln.text)]
        if len(ends) < 2 or 2 * len(ends) < len(block.lines):
            out.append(block)
            continue
        start = 0
        for end in ends:
            out.append(Block(lines=block.lines[start : end + 1], kind="list_item").finish())
            start = end + 1
        if start < len(block.lines):
            out.append(Block(lines=block.lines[start:]).finish())
    return out


def _unnumbered_entries(block: Block, on: bool) -> list[Block]:
    """A short contents without page numbers (a report's "I Vragen ...", its sections indented
    under it) is read as one paragraph under the contents' head. Its lines are names, none a
    sentence, set at two indents: each line is an entry, unless the line above broke off on a
    word that leads on ("... Cultuur en" / "Wetenschap"). Lines read on from the next page are
    no entries. A block right under such entries may go on with them."""
    lines = [ln for ln in block.lines if ln.page == block.page]
    if block.kind != "paragraph" or len(lines) < (1 if on else 3):
        return []
    if any(ln.text.rstrip().endswith((".", ";", ":")) for ln in lines):
        return []
    indents = {round(ln.x0 / 4) for ln in lines}
    if len(indents) > 2 or (len(indents) < 2 and not on):
        return []
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _LEADS_ON.search(groups[-1][-1].text):
            groups[-1].append(line)
        elif line.text.lstrip()[:1].isupper() or line.text.lstrip()[:1].isdigit():
            groups.append([line])
        else:
            return []
    if len(groups) < (1 if on else 3):
        return []
    out = [Block(lines=group, kind="list_item").finish() for group in groups]
    if len(lines) < len(block.lines):
        out.append(Block(lines=block.lines[len(lines) :]).finish())
    return out


def _entry_end(text: str) -> bool:
    """A contents entry's page number, which a running "5 van 30" is not."""
    return bool(_PAGE_REF.search(text.rstrip())) and not _PAGE_COUNT.match(text.strip())


def _level_with(number: Line, page: list[Block], apart: set[int]) -> Block | None:
    """The entry whose line stands level with a page number, left of it: the nearest such (a
    second "Inhoudsopgave" below the page's head can be an entry, the contents' own page)."""
    best: tuple[float, Block] | None = None
    for block in page:
        if id(block) in apart or block.kind == "furniture":
            continue
        for line in block.lines:
            overlap = min(line.y1, number.y1) - max(line.y0, number.y0)
            if overlap < 0.5 * min(line.y1 - line.y0, number.y1 - number.y0):
                continue
            if line.x1 <= number.x0 + 1 and (best is None or line.x1 > best[0]):
                best = (line.x1, block)
    return best[1] if best else None


def _contents_entries(blocks: list[Block]) -> None:
    """A contents page lists the sections with their page numbers: its entries are list items,
    not headings. An entry shows a page number, or repeats a numbered heading further on (a
    running label such as "Datum" repeats too, but heads no section); the contents run on over
    the next pages while every heading there is an entry."""
    contents = sorted({b.page for b in blocks if b.kind == "heading" and _CONTENTS.match(b.text)})
    if not contents:
        return
    pages = {contents[0]}
    by_page: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "heading" and block.page > contents[0]:
            by_page.setdefault(block.page, []).append(block)
    page = contents[0] + 1
    while by_page.get(page) and all(_PAGE_REF.search(b.text) for b in by_page[page]):
        pages.add(page)
        page += 1
    later = {_folded(b.text) for b in blocks if b.kind == "heading" and b.page not in pages}
    for block in blocks:
        if block.page not in pages or _CONTENTS.match(block.text):
            continue
        if block.kind == "paragraph" and len(block.lines) == 1 and _entry_end(block.text):
            # an entry in the body's type, a line of its own: no paragraph ends in a page number
            block.kind = "list_item"
        if block.kind != "heading":
            continue
        repeated = NUMBERED_HEADING.match(block.text) and _folded(block.text) in later
        if _PAGE_REF.search(block.text) or repeated:
            block.kind = "list_item"
    for page in pages:
        _page_numbers_first(blocks, page)


# A contents entry led by its page number ('3. Voorwoord', '34. Bijlagen'): one number, no
# section's dots after it
_PAGE_FIRST: Final = re.compile(r"^(?P<page>\d{1,3})\.?\s+\S")


def _page_numbers_first(blocks: list[Block], page: int) -> None:
    """A contents page may set each entry's page number before its title, the dot leaders gone
    ('3. Voorwoord', '10. ‘We moeten bruggen bouwen ...’', '34. Bijlagen', '40. Colofon':
    a jaarverslag's contents). Those numbers rise down the page in jumps, as pages do, where a
    section's number goes up by one, and none is past the document's last page: a run of three
    or more such entries under the contents' head, most steps more than one, is the contents'
    entries, list items, however large their type. The run ends where a number does not rise
    (the first section's '1. Inleiding' under the contents)."""
    last = max(b.page for b in blocks)
    seen = False  # past the contents' head
    run: list[tuple[int, Block]] = []
    for block in blocks:
        if block.page != page or block.kind == "furniture":
            continue
        if not seen:
            seen = block.kind == "heading" and _CONTENTS.match(block.text) is not None
            continue
        match = _PAGE_FIRST.match(block.text) if block.kind != "table" else None
        if match is None:
            continue
        number = int(match["page"])
        if (run and number <= run[-1][0]) or number > last:
            break
        run.append((number, block))
    steps = [b[0] - a[0] for a, b in pairwise(run)]
    if len(run) < 3 or 2 * sum(step > 1 for step in steps) <= len(steps):
        return
    for _, block in run:
        if block.kind == "heading":
            block.kind, block.level, block.role = "list_item", None, None


def _items_one_under_another(blocks: list[Block]) -> None:
    """Numbered lines in larger plain type one under the other, nothing between them
    ('1. Bewaken van ...' over '2. Experimenteel: ...' on a slide) are a list's items, not
    sections: a section has text (bold heads may follow each other: a fiche's empty section)."""
    items: list[Block] = []
    for above, below in pairwise(blocks):
        if above.kind != "heading" or below.kind != "heading" or above.page != below.page:
            continue
        if above.bold or below.bold:
            continue
        first, second = NUMBERED_HEADING.match(above.text), NUMBERED_HEADING.match(below.text)
        if first is None or second is None or not (first["dot"] and second["dot"]):
            continue
        if first["num"].isdigit() and second["num"] == str(int(first["num"]) + 1):
            items += (above, below)
    for block in items:
        block.kind = "list_item"


def _folded(text: str) -> str:
    return " ".join(_PAGE_REF.sub("", text).lower().split()).rstrip(" .")


def _items_not_sections(blocks: list[Block]) -> None:
    """A numbering is either sections or items: when most points of the bold "1.", "2.", ...
    sequence are items (an agenda whose points run over lines), its few short points
    ("1. Mededelingen") are items too. Lists restarting inside a point are not counted."""
    sequence: list[Block] = []
    for b in blocks:
        match = NUMBERED_HEADING.match(b.text) if b.kind in ("heading", "list_item") else None
        if match and b.bold and match.group("dot") and match.group("num") == str(len(sequence) + 1):
            sequence.append(b)
    headings = [b for b in sequence if b.kind == "heading"]
    if len(sequence) >= 4 and 2 * len(headings) < len(sequence):
        for block in headings:
            block.kind = "list_item"
    elif len(sequence) >= 4 and 2 * len(headings) > len(sequence):
        # most points are sections: a point whose name runs over lines is one too (a
        # besluitenlijst's '8. Voorstel tot het indienen van wensen en bedenkingen met ...')
        for block in sequence:
            if block.kind == "list_item" and not _sentences(block.text):
                block.kind = "heading"


_SENTENCE_BREAK: Final = re.compile(r"[a-z)]{2}[.!?]\s+[A-Z]")


def _sentences(text: str) -> bool:
    """Two sentences or more: a point's text, not its name."""
    return _SENTENCE_BREAK.search(text) is not None


def _plain_sections(blocks: list[Block]) -> None:
    """Numbered section heads in the body's own type ("1.  Inhoud van het wetsvoorstel", which
    an advice of the Raad van State underlines): a line of its own, a name and no sentence,
    numbered 1, 2, 3 in turn, most with a paragraph of prose under them. Such a run is sections,
    not a list: a list's items follow one another, not a paragraph each."""
    run: list[Block] = []
    under_prose = 0
    if not blocks:  # a page of furniture only, a scan not read: nothing to number
        return
    for block, below in zip(blocks, [*blocks[1:], None], strict=True):
        if not block.text[:1].isdigit() or block.kind not in ("paragraph", "list_item"):
            continue
        match = NUMBERED_HEADING.match(block.text)
        if match is None or not match.group("dot") or "." in match.group("num"):
            continue
        rest = match.group("rest").strip()
        named = (
            len(block.lines) == 1
            and len(rest) <= 80
            and rest[:1].isupper()
            and not rest.endswith((*_NO_HEADING_END, "."))
        )
        n = int(match.group("num"))
        if not named or n != len(run) + 1:
            run, under_prose = [], 0
            if not named or n != 1:
                continue
        run.append(block)
        prose = below is not None and below.kind == "paragraph" and len(below.lines) >= 2
        under_prose += prose
        if under_prose >= 2 and 2 * under_prose > len(run):
            for head in run:
                head.kind = "heading"


_ALIKE: Final = 3  # words two heads named alike open with ('Brieven van de minister van AZ')


def _statements_between_heads(blocks: list[Block]) -> None:
    """A line set as the heads around it, between two heads named alike ('Brieven van de
    minister van AZ' / 'Geen agendapunten' / 'Brieven van de minister van BZK' in a
    besluitenlijst) and named otherwise itself, heads nothing: the next head is the one above's
    sibling. It says what stands under the head above it: its text, a paragraph. A head with
    text under it, or between heads named otherwise, stays."""
    for above, block, below in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if not (above.kind == block.kind == below.kind == "heading") or len(block.lines) > 1:
            continue
        if not _style(above) == _style(block) == _style(below):
            continue
        if _ordered(above) or _ordered(block) or _ordered(below):
            continue
        opens = _words(above.text)[:_ALIKE]
        alike = len(_words(above.text)) > _ALIKE and opens == _words(below.text)[:_ALIKE]
        if alike and _words(block.text)[:_ALIKE] != opens:
            block.kind, block.role = "paragraph", None


def section_head(block: Block, body_size: float) -> bool:
    """A numbered heading set off by type (bold, or larger than the body): it opens a section
    whatever came before it."""
    emphasised = block.bold or block.size > EMPHASIS * body_size
    return emphasised and _numbered_heading(block, body_size)


def subsection_head(block: Block, body_size: float) -> bool:
    """A heading numbered two levels deep or more ("2.1 Voorgeschiedenis"), in any type: no
    question or answer starts like that."""
    if not block.text[:1].isdigit():
        return False
    match = NUMBERED_HEADING.match(block.text)
    return match is not None and "." in match.group("num") and _numbered_heading(block, body_size)


def _numbered_heading(block: Block, body_size: float) -> bool:
    match = NUMBERED_HEADING.match(block.text)
    if not match or len(block.lines) > 2 or len(block.text) > 100:
        return False
    if any(len(line.cells) > 2 for line in block.lines):
        # three cells or more far apart: a table's numbered row ('3   Memo aan de minister
        # 03-02-2025   Deels openbaar   5.2') come loose from its table over a page break
        return False
    rest = match.group("rest")
    # a chapter may ask ("4. Wat zien we op ons afkomen?") when set in a heading's size; a
    # section numbered two deep on a bold line of its own in the text's size too (a jaarstuk's
    # '2.1 Wat hebben we bereikt?': no question is numbered so, `subsection_head`)
    asks = rest.endswith("?") and (
        block.size > EMPHASIS * body_size
        or (block.bold and len(block.lines) == 1 and "." in match.group("num"))
    )
    if not rest[:1].isupper() or (rest.endswith(_NO_HEADING_END) and not asks):
        return False
    emphasised = block.bold or block.size > 1.08 * body_size
    if rest.endswith(".") and not emphasised:
        return False
    # "2 Inleiding" and "3.2 Aanpak" read as headings; "2. item" only when set off by type
    return emphasised or "." in match.group("num") or not match.group("dot")


def _article_head(block: Block, body_size: float) -> bool:
    """An article head on its own, set a size larger than the body; or, in the body's type, a
    bare "Artikel 2." on a line of its own."""
    text = block.text.strip()
    return (
        len(block.lines) == 1
        and bool(_ARTICLE.match(text))
        and not text.endswith((",", ";", ":"))
        and (block.size >= 1.05 * body_size or bool(_BARE_ARTICLE.match(text)))
    )


def _division(block: Block) -> bool:
    """A law's division named on a line of its own in the body's type ('HOOFDSTUK II', 'EERSTE
    AFDELING', 'Titel 3'), over the line that names what it holds: a heading by its words."""
    return len(block.lines) == 1 and bool(_DIVISION.match(block.text.strip()))


_DIVISION: Final = re.compile(
    r"^(?:hoofdstuk|afdeling|titel|deel|paragraaf)\s+(?:[ivxlc]{1,6}|\d{1,2}[a-z]?)\.?$"
    r"|^(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+afdeling$",
    re.IGNORECASE,
)


def _split_article(block: Block) -> list[Block]:
    """A regulation's article head set a size larger than the text under it, on its own line
    ("Artikel 1. Definitiebepalingen" in 9.3 pt over 8.4 pt): the block builder, which allows
    for some play in size, kept them together."""
    if block.kind != "paragraph" or len(block.lines) < 2:
        return [block]
    first, second = block.lines[0], block.lines[1]
    text, starts = first.text.strip(), second.text.strip()[:1]
    if (
        not _ARTICLE.match(text)
        or len(text) > 100
        or text.endswith((",", ";", ":"))
        or first.size < 1.05 * second.size
        or not (starts.isupper() or starts.isdigit())
        or first.page != second.page
    ):
        return [block]
    head = Block([first], kind="heading").finish()
    return [head, Block(block.lines[1:], kind="paragraph").finish()]


# A chapter's head by its number: the numbered sections under it ("2.1") are one level down
_CHAPTER: Final = re.compile(r"^(?:Hoofdstuk|Chapter)\s+\d{1,2}\b(?!\s*[-–.,]\s*\d)")
# A section's number and name: "2.1 Controleaanpak" (a dotted number, then a capital)
_SECTION_LINE: Final = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-Z]")


def _split_heads(block: Block) -> list[Block]:
    """Two heads set one under the other in the same type ("Hoofdstuk 2: Onderzoeksaanpak" over
    "2.1 Controleaanpak") are built as one block: a line opening with a section's number starts
    a head of its own, and so does an article's bare head on a line of its own ('Artikelsgewijze
    toelichting' over 'Artikel 2', where the text's short paragraphs make its median spacing a
    paragraph gap and the heads' margin no wider)."""
    if block.kind != "heading" or len(block.lines) < 2:
        return [block]
    out: list[Block] = []
    start = 0
    for i in range(1, len(block.lines)):
        line = block.lines[i]
        text = line.text.strip()
        if (_SECTION_LINE.match(text) or _BARE_ARTICLE.match(text)) and line.page == block.lines[
            i - 1
        ].page:
            out.append(Block(block.lines[start:i], kind="heading").finish())
            start = i
    if not out:
        return [block]
    return [*out, Block(block.lines[start:], kind="heading").finish()]


# A record's field set as a line of its own: a label of up to three words without a number, a
# colon, its value ('Resultaat: geen fout gevonden' under each criterion of a WCAG audit)
_FIELD_LINE: Final = re.compile(r"^([^\W\d_][^\W\d]*(?: [^\W\d]+){0,2}):\s+\S")
_FIELD_REPEATS: Final = 3  # a label that opens this many heads is a record's field


def _fields_not_heads(blocks: list[Block]) -> None:
    """Heads in the text's own weight that open with the same label again and again
    ('Resultaat: niet van toepassing', 'Resultaat: geen fout gevonden', 45 times in an
    accessibility audit, its result line under each criterion's head): a record's field and its
    value, read as a line of text, no head. A head that names its own subject ('Algemene
    overweging: openbaarheid ...') stands once; a numbered label ('Richtlijn 1.1: ...') differs
    every time; a bold one heads its part ('Landbouwtellinggegevens: 1989' over that year's
    table, a Wob decision's annex)."""
    labels: dict[str, list[Block]] = {}
    for block in blocks:
        if block.kind == "heading" and len(block.lines) == 1 and not block.bold:
            match = _FIELD_LINE.match(block.text)
            if match:
                labels.setdefault(match.group(1), []).append(block)
    for same in labels.values():
        if len(same) >= _FIELD_REPEATS:
            for block in same:
                block.kind, block.role = "paragraph", None


# A cell that may open a head set with a tab: a section's number ('1.2', 'IV.', 'B', a code
# such as 'P12'), or a division's or a letter's label ('Artikel 3', 'Bijlage A', 'Betreft')
# before its name
_HEAD_CELL: Final = re.compile(
    r"^(?:§\s*)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.?|[A-Z]\.?|\(?[a-z0-9]\)"
    r"|[A-Z]{1,3}\d{1,3}[a-z]?)$"
    r"|^(?:Artikel|Art\.|Hoofdstuk|Bijlage|Paragraaf|Deel|Afdeling|Titel|Vraag|Annex|Appendix"
    r"|Chapter|Section|Part|Betreft|Onderwerp|Nr\.?)(?:\s+\S+){0,2}$",
    re.I,
)
_VALUE_END: Final = tuple(".?!;:,")  # a sentence's end, or a label's colon before its value
_LABEL_CHARS: Final = 60  # a label's or a value's text at most: a few words
_SMALL: Final = 0.9  # type this much smaller than the text's is a drawing's or a note's
_LABELS_ON_PAGE: Final = 3  # heads over labels one page holds before they read as labels
_LABEL_SIZE: Final = 1.2  # a head set this much larger than the label under it heads it
# A letter's date with its label ('Datum 1 juli 2021') or a label alone ('Datum verzending'),
# and a letter's closing with what a scan made of a mark after it ('Hoogachtend, ^'): a
# letter's particulars and its sign-off, no heads.
_PARTICULAR: Final = re.compile(
    r"^(?:Datum(?:\s+verzending)?|Verzenddatum|Verzonden)\s*:?\s*"
    r"(?:\d{1,2}\s+[a-z]+\s+\d{4})?$"
    r"|^(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Met hoogachting)\b\W{0,4}$",
    re.I,
)


def _in_cells(block: Block) -> bool:
    """Whether a line of the block stands in cells, words wide apart (`Line.cells`), other
    than a section's number or a division's label set off by a tab ('1.2  Aanpak',
    'Artikel 3  Begrippen') or a number set apart at its end ('Kasstroomoverzicht  2026'): a
    chart's axis ('Q1 2024   Q4 2024   2025'), a diagram's boxes
    side by side, a table's row, a map's street names along one height. Such a line heads
    nothing."""
    for line in block.lines:
        cells = line.cells
        if len(cells) > 2 or (
            len(cells) == 2
            and not _HEAD_CELL.match(cells[0][2].strip())
            and any(c.isalpha() for c in cells[1][2])
            and not _UNIT.match(cells[1][2].strip())
        ):
            return True
    return False


# A table's unit, set after its title or apart at the right ('in millions of EUR', 'in %',
# 'in FTEs', 'x € 1.000', '(bedragen in € x 1.000)', 'Bedragen x € 1 miljoen', 'EUR million')
_AMOUNTS: Final = r"(?:(?:alle\s+)?bedragen\s+|(?:all\s+)?amounts\s+)?"  # ('alle bedragen') in ...
_UNIT: Final = re.compile(
    r"^\(?" + _AMOUNTS + r"(?:(?:zijn\s+)?(?:in|x|×)\s+"
    r"(?:€|EUR\b|euro|USD\b|\$|%|mln\b|miljoen|miljard|duizend|million|billion|thousand|procent"
    r"|percent|FTEs?\b|k€|x\s)|(?:€|EUR|USD)\s*(?:x\s*)?(?:\d|mln\b|million|miljoen|bn\b))",
    re.I,
)
# ... at the end of a head's text: a table's title with its unit in one cell
_UNIT_END: Final = re.compile(
    r"\s\(?" + _AMOUNTS + r"(?:in|x|×)\s+"
    r"(?:€|EUR|USD|%|mln|FTEs?|millions? of EUR|thousands? of EUR|duizenden euro['’]?s"
    r"|€\s*(?:x\s*)?(?:1\.000|1 miljoen|mln|miljoen))\)?"
    r"(?:\s+(?:unless otherwise stated|tenzij anders vermeld|at year-end))?$",
    re.I,
)
# A table's period under its title ('2016 - 2018', '2018', '2017- 2018')
_PERIOD: Final = re.compile(r"^\d{4}(?:\s*[-–/]\s*\d{4})?$")
_FIGURES: Final = re.compile(r"^\(?-?[\d.,]+%?\)?$")


def _figures(block: Block) -> bool:
    """Rows of figures: a table's body read as text ('Operational CO2 emissions ... 743 757
    821'), at least three numbers, two words in five."""
    words = block.text.split()
    numbers = sum(1 for w in words if _FIGURES.match(w) and any(c.isdigit() for c in w))
    return numbers >= 3 and 5 * numbers >= 2 * len(words)


def _titles_table(block: Block, below: Block | None, after: Block | None) -> bool:
    """Whether a head is a table's title: its unit at its end ('Employee benefit expenses in
    millions of EUR', an annual report's) or in a cell of its own at its right (not a column's
    head with its unit, 'Omschrijving   Verplichting (x € 1.000)', a row of heads), or a table
    (or rows of figures) under it on its page, straight or under the table's period ('2016 -
    2018'). A head in cells over a table
    is its header row when its cells are as many as the table's columns ('Nr.  Onderwerp
    Toelichting'); a title with a legend beside it ('Actielijst   O= open/ G=Gesloten' over a
    table of four columns) heads it."""
    cells = [len(line.cells) for line in block.lines]
    if (max(cells) <= 1 and _UNIT_END.search(block.text.rstrip())) or (
        cells == [2] and _UNIT.match(block.lines[0].cells[1][2].strip())
    ):
        return True
    if below is None or below.page != block.page:
        return False
    if _PERIOD.match(below.text.strip()):
        # the period, then the table or its rows read as text
        return (
            after is not None
            and after.page == block.page
            and (after.kind == "table" or (after.kind == "paragraph" and _figures(after)))
        )
    if below.kind != "table" or not below.rows:
        return False
    columns = max(len(row) for row in below.rows)
    return max(cells) <= 1 or (cells == [2] and columns != 2)


def _label(block: Block) -> bool:
    """A label or a value: a paragraph of a line or two, a few words and no sentence end
    ('Haaksbergen', '12', 'Operation 2  processing_activity_id'), or words in cells."""
    if block.kind != "paragraph" or len(block.lines) > 2:
        return False
    text = block.text.strip()
    return _in_cells(block) or (len(text) <= _LABEL_CHARS and not text.endswith(_VALUE_END))


def _labels_not_heads(blocks: list[Block], body_size: float) -> None:
    """Heads that head nothing: a diagram's, a map's or a chart's labels (UML boxes, street
    names, a slide's axis) and a printed web form's field labels ('Huisnummer' over '12').

    A head heads a text. A head in cells (`_in_cells`) is a row of labels (a table's header
    row, a chart's axis) unless it is numbered or prose stands under it (`_over_prose`). A
    head whose next block on its page is a label or a value in about its own size, or another
    such head, labels that and heads nothing, as does a bold label right over a short value
    (`_field_over_value`); one alone may be a head over a one-line text
    ('Bijlagen' / 'Inventarislijst'), so only where a page holds several (a form's fields, a
    diagram's boxes) are they labels. A numbered head orders sections and stays; a head set
    well larger than the labels under it (a slide's title over its chart) heads them. A head
    by place alone (`_standalone`, in no heading's type) set smaller than the text, over a label
    or another head, is a drawing's label ('Logboek' in 8.5 pt beside 13 pt text, over
    'Operation 1'), unless its text stands under it in its type (a law's 'Artikel 1' quoted in
    an annex in small type); over prose it heads that (a scan's text layer sizes its heads
    smaller than its text). Labels are kept as
    paragraphs, never dropped."""
    if not blocks:  # a page of furniture only, a scan not read: nothing to read
        return
    titles = [
        block.kind == "heading"
        and _titles_table(
            block,
            blocks[i + 1] if i + 1 < len(blocks) else None,
            blocks[i + 2] if i + 2 < len(blocks) else None,
        )
        for i, block in enumerate(blocks)
    ]
    for i, (block, below) in enumerate(zip(blocks, [*blocks[1:], None], strict=True)):
        if block.kind == "heading" and (
            (
                _in_cells(block)
                and not _ordered(block)
                and not _over_prose(block, below)
                and not titles[i]
            )
            or _PARTICULAR.match(block.text.strip())
            or (
                block.role == "run_in"
                and not block.bold
                and block.size < _SMALL * body_size
                and below is not None
                and below.page == block.page
                and (below.kind == "heading" or _label(below))
                and not _over_its_text(block, below)
            )
        ):
            block.kind, block.role = "paragraph", None
    over: dict[int, list[Block]] = {}
    # whether each block is a label or a value that the next field or label follows (a
    # criterion's head over its one-line result and then its prose heads that prose), or a head
    # over such a one
    labelled = [False] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if below is None or below.page != block.page:
            labelled[i] = block.kind != "heading" and _label(block)
            continue
        if block.kind != "heading":
            # a value alone on its line: a label and its value in cells ('Betreft  Adres') are a
            # field, and a head over fields heads a form's section
            labelled[i] = (
                _label(block)
                and not _in_cells(block)
                and (labelled[i + 1] or below.kind == "heading")
            )
            continue
        labelled[i] = (
            (labelled[i + 1] or _field_over_value(block, below))
            and (len(block.text) <= _LABEL_CHARS or block.text.rstrip().endswith("?"))
            and (block.size <= _LABEL_SIZE * below.size or block.size < body_size)
            and not _ordered(block)
            and not _CONTENTS.match(block.text.strip())
            and not titles[i]
        )
        if labelled[i]:
            over.setdefault(block.page, []).append(block)
    for heads in over.values():
        if len(heads) >= _LABELS_ON_PAGE:
            for block in heads:
                block.kind, block.role = "paragraph", None


_DRAWING_BLOCKS: Final = 8  # text blocks a page holds at least before it may read as a drawing
_SCATTERED: Final = 0.6  # ... of which this share stands at a left edge and a centre of its own
_EDGE: Final = 6.0  # points between two left edges (or centres) read as one
_LABEL_TYPE: Final = 1.25  # a head set this much larger than the page's usual type heads it


def _drawing_labels(blocks: list[Block]) -> None:
    """A page whose text does not flow in columns but stands scattered over it: a map's place
    names and parcel numbers, a diagram's boxes, a slide's chart. Its blocks start at as many
    left edges as there are blocks, nearly, and are centred on as many centres (a cover's
    centred lines share one centre; a column's paragraphs one edge), and few of them are
    sentences of more than a line (an audit's page of indented findings is text). A short head
    there, in the page's usual type, is a label: read as a paragraph. A numbered head orders
    sections, and a head set larger than the page's type (a slide's or a map's title) heads it;
    both stay.

    A page that draws a model (UML's classes, as an information model prints its diagram from
    Enterprise Architect) stacks its boxes in columns, each class's name over its attributes,
    so its text flows as a column's does; its notation shows the drawing: three blocks or more
    in a model's notation ('«Attribuutsoort»', '0..*', 'Objecttype::FRACTIE') and few
    sentences. Its short heads in the page's usual type are the classes' and the relations'
    names, labels; a numbered head stays unless it carries the notation itself ('1
    Objecttype::MEDEDELING', a multiplicity run into a class's name)."""
    pages: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind in _TEXT_KINDS:
            pages.setdefault(block.page, []).append(block)
    for page in pages.values():
        if not any(b.kind == "heading" for b in page):
            continue
        prose = sum(1 for b in page if len(b.lines) > 1 and b.text.rstrip().endswith(_PROSE_END))
        if _PROSE_SHARE * prose >= len(page):
            continue  # a page of text, its lists and quotes indented
        if _scattered(page):
            _labels_in_usual_type(page, notation=False)
        if sum(1 for b in page if _NOTATION.search(b.text)) >= _NOTATION_BLOCKS:
            _labels_in_usual_type(page, notation=True)


def _scattered(page: list[Block]) -> bool:
    """Whether a page's text blocks stand scattered over it: many of them, each at a left
    edge and a centre of its own, nearly."""
    if len(page) < _DRAWING_BLOCKS:
        return False
    boxes = [b.bbox() for b in page]
    least = _SCATTERED * len(page)
    return (
        _edges([b[0] for b in boxes]) >= least and _edges([b[0] + b[2] for b in boxes], 2) >= least
    )


def _labels_in_usual_type(page: list[Block], notation: bool) -> None:
    """A drawing's page's short heads in its usual type, not numbered (or numbered and in a
    model's `notation`), read as paragraphs."""
    sizes = sorted(b.size for b in page)
    usual = sizes[len(sizes) // 2]
    for block in page:
        if (
            block.kind == "heading"
            and len(block.text) <= _LABEL_CHARS
            and block.size <= _LABEL_TYPE * usual
            and (not _ordered(block) or (notation and _NOTATION.search(block.text)))
        ):
            block.kind, block.role = "paragraph", None


# A model's notation: a stereotype ('«Attribuutsoort»'), a multiplicity ('0..*', '1..n'), a
# qualified name ('Objecttype::VERGADERING')
_NOTATION: Final = re.compile(r"«[^»\n]{2,40}»|\b[01]\.\.(?:\*|\d+\b|n\b)|\w::\w")
_NOTATION_BLOCKS: Final = 3  # blocks in a model's notation a page holds before it reads as one


_TEXT_KINDS: Final = frozenset(("heading", "paragraph", "list_item", "table", "title"))
_PROSE_END: Final = (".", "!", "?")
_PROSE_SHARE: Final = 4  # a drawing's page holds under a quarter of its blocks in sentences


def _edges(xs: list[float], scale: float = 1) -> int:
    """How many edges (or, scaled by 2, centres) the positions stand at, `_EDGE` apart."""
    count, last = 0, None
    for x in sorted(xs):
        if last is None or x - last > _EDGE * scale:
            count += 1
        last = x
    return count


def _field_over_value(block: Block, below: Block) -> bool:
    """A web form's bold label right over its value in plain type at its left edge
    (`_value_under`), the value's line short ('48', 'Witharen' and then a note 'Vooraf ingevuld
    antwoord.'): a bold head tight over its paragraph's long first line heads it."""
    return (
        below.kind == "paragraph"
        and (len(below.lines[0].text) <= _LABEL_CHARS // 2 or _long_value(block, below))
        and _value_under(block.lines[-1], below.lines[0])
    )


# A sentence's end: a word's last letters and a stop ('... verwijderd.'), not an abbreviation's
# ('U.A.', 'B.V.', 'N.V.'), or a clause's mark
_SENTENCE_END: Final = re.compile(r"(?:[^\W\d_]{2}[.!?]|[,;:])$")


def _long_value(label: Block, block: Block) -> bool:
    """A value that runs longer than a label's ('Coöperatie Bosgroep Noord-Oost Nederland
    U.A.' under 'Handelsnaam'): a block of one line of a few words, no sentence's end (an
    abbreviation's stop is none), not broken off on a word that leads on. A paragraph's first
    line goes on in the next. A label is shorter than its value: a longer head over a shorter
    line ('Onderwerpen en categorie die de klacht het beste omschrijven' over a question) heads
    a form's part."""
    first = block.lines[0].text.strip()
    return (
        len(block.lines) == 1
        and len(label.text.strip()) < len(first) <= _LABEL_CHARS
        and not _SENTENCE_END.search(first)
        and not _LEADS_ON.search(first)
    )


def _over_prose(block: Block, below: Block | None) -> bool:
    """Whether the next block is prose at the head's left edge, on its page: lines of text or
    a sentence (an audit's 'Bevinding F2   Technisch   Medium', its finding's class and weight
    set in cells, heads the finding's text)."""
    if below is None or below.page != block.page or below.kind not in ("paragraph", "list_item"):
        return False
    text = below.text.rstrip()
    return abs(below.lines[0].x0 - block.lines[0].x0) < 2 * block.size and (
        len(below.lines) > 1 or text.endswith(_PROSE_END)
    )


def _over_its_text(block: Block, below: Block | None) -> bool:
    """Whether the next block stands under the head in its type, at its left edge: the text it
    heads."""
    if below is None or below.page != block.page:
        return False
    first = below.lines[0]
    return (
        abs(first.size - block.size) < 0.1 * block.size
        and abs(first.x0 - block.lines[0].x0) < block.size
        and first.y1 <= block.lines[-1].y0 + 0.5 * block.size
    )


def _split_run_in(block: Block, above: Block | None = None) -> list[Block]:
    if block.kind != "paragraph" or len(block.lines) < 2:
        return [block]
    first, second = block.lines[0], block.lines[1]
    if above is not None and _value_under(above.lines[-1], first) and not _slant_over(block):
        return [block]  # a form's answer over a note ('Witharen' / 'Vooraf ingevuld antwoord.')
    text = first.text.strip()
    numbered = NUMBERED_HEADING.match(text)
    words = numbered.group("rest") if numbered else text  # "1.1 Onderzoeksvragen": the words
    # the questions of the text first, the patterns' after them (a prose paragraph's next line
    # goes on in lower case)
    if (
        first.page != second.page
        or not words[:1].isupper()
        or not second.text.strip()[:1].isupper()
        or text.endswith((*_NO_HEADING_END, "."))
        or BULLET.match(text)
        or FIELD.match(text)
        or _DATED.search(text)  # 'Voorgesteld 13 november 2025' over 'De Kamer,': a date, as below
    ):
        return [block]
    # the first line's own column: a paragraph may go on in the next one (a column break)
    own = [ln for ln in block.lines[1:] if ln.zone == first.zone and ln.page == first.page]
    right = max(ln.x1 for ln in own or block.lines[1:])
    short = first.x1 < right - 0.35 * (right - first.x0)
    if not ((short and len(text) <= 60) or _broken_by_writer(block, right)):
        return [block]
    head = Block([first], kind="heading", role="run_in").finish()
    rest = Block(block.lines[1:], kind="paragraph").finish()
    return [head, rest]


_HANG: Final = 1.5  # sizes of its type a head's number stands left of the lines under it
_HEAD_LINE_CHARS: Final = 60
_HEAD_CHARS: Final = 100
# The text under a head ends as a sentence or an answer does ('N.v.t.'); a head that wraps
# ('... landen in Midden' over 'Amerika') does not
_TEXT_ENDS: Final = (".", "!", "?", ":", ";", ")")


def _split_hanging_head(block: Block, right: _RightEdges) -> list[Block] | None:
    """A numbered head whose number hangs in the margin, over its text set at the head's own
    words ('6   Financiële en personele gevolgen' over 'N.v.t.', '10. Toezeggingen' over
    'N.v.t.'): a nota's sections as a scanner's layer reads them, where no weight or size sets
    the head off and the lines under it may be shorter than it (so `_split_run_in`'s 'short
    first line' cannot tell). The head is a short line (well inside its column's full lines,
    at most `_HEAD_LINE_CHARS`, or one the writer broke: the next line's first word would have
    fitted on it), a capitalised name without closing punctuation; every line under it starts
    `_HANG` sizes or more right of the number, the first of them with a capital, the last
    ending as a sentence does (`_TEXT_ENDS`). None: not such a block."""
    if len(block.lines) < 2:
        return None
    first, second = block.lines[0], block.lines[1]
    text = first.text.strip()
    numbered = NUMBERED_HEADING.match(text)
    if numbered is None or first.page != second.page:
        return None
    rest = numbered.group("rest")
    size = max(first.size, 1.0)
    edge = right.get(first.zone, first.x1)
    below = second.text.strip()
    word = below.split(" ", 1)[0]
    fitted = edge - first.x1 > (len(word) + 1) * second.width / max(len(below), 1)
    short = first.x1 <= edge - 0.35 * (edge - first.x0) and len(text) <= _HEAD_LINE_CHARS
    if (
        not (short or fitted)
        or len(text) > _HEAD_CHARS
        or not rest[:1].isupper()
        or text.endswith((*_NO_HEADING_END, "."))
        or not second.text.strip()[:1].isupper()
        or FIELD.match(rest)
        or _NO_HEAD_MARKS.search(text)
        or not block.lines[-1].text.rstrip().endswith(_TEXT_ENDS)
        or any(ln.x0 < first.x0 + _HANG * size for ln in block.lines[1:])
    ):
        return None
    head = Block([first], kind="heading", role="run_in").finish()
    return [head, Block(block.lines[1:], kind="paragraph").finish()]


def _slant_over(block: Block) -> bool:
    """The block's first line set in italic over upright lines of its size: a head set off by
    its slant ('Politieke context' over its paragraph, right under a bold 'Toelichting'), not a
    form's value under its label, which keeps its text's type."""
    first, rest = block.lines[0], block.lines[1:]
    return (
        first.italic
        and bool(rest)
        and not any(ln.italic for ln in rest)
        and all(abs(ln.size - first.size) < 0.05 * first.size for ln in rest)
    )


def _broken_by_writer(block: Block, right: float) -> bool:
    """A head in the body's type that fills most of its line (a letter's italic 'Structureel
    meten en monitoren van ultrafijn stof in Nederland' over its paragraph): the line ends
    where the next line's first word would still have fitted, so the writer broke it, and the
    next line runs to the column's edge and the text goes on in sentences, so prose follows.
    A table's row or a timeline's date (a percentage, a '|', a line ending on a number) and a
    redaction's brackets are no head."""
    first, second = block.lines[0], block.lines[1]
    text = first.text.strip()
    word = second.text.strip().split(" ", 1)[0]
    char_width = second.width / max(len(second.text), 1)
    return (
        len(text) <= 80
        and right - first.x1 > char_width * (len(word) + 4)
        and second.x1 >= right - WRAP_CHARS * char_width
        and second.zone == first.zone
        and not _NO_HEAD_MARKS.search(text)
        and any("." in ln.text for ln in block.lines[1:])
    )


_NO_HEAD_MARKS: Final = re.compile(r"[%|\[\]]|\d$")


# A form's lettered field heads its answer below: "a) Titel voorstel" / "Verordening van ...",
# "i) Besluitvormingsprocedure Raad" / "Gekwalificeerde meerderheid" (a BNC-fiche's particulars
# and sections). Not a bulleted point: only a letter, roman or number marker with a bracket.
_ITEM_HEAD: Final = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?P<rest>\S.*)$")


def _split_item_head(block: Block, right: _RightEdges) -> list[Block]:
    """A lettered item whose first line is a short label and whose next line begins its own
    sentence is a field's head and its answer; an item that wraps fills its first line."""
    if len(block.lines) < 2:
        return [block]
    first, second = block.lines[0], block.lines[1]
    text, below = first.text.strip(), second.text.strip()
    match = _ITEM_HEAD.match(text)
    if match is None:
        return [block]
    slanted = _slanted_head(block, match.group("rest"))
    if slanted:
        return slanted
    edge = right.get(first.zone, first.x1)
    if (
        first.x1 > edge - 0.35 * (edge - first.x0)
        or len(text) > 60
        or not match.group("rest")[:1].isupper()
        or text.endswith((*_NO_HEADING_END, "."))
        or FIELD.match(match.group("rest"))
        or (below[:1].islower() and not below.startswith("http"))
        or first.page != second.page
    ):
        return [block]
    head = Block([first], kind="heading", role="run_in").finish()
    return [head, Block(block.lines[1:], kind="paragraph").finish()]


# An item head set in italic may fill its line or take two ('c) Voorgestelde implementatietermijn
# (bij richtlijnen), dan wel voorgestelde datum' hanging over 'inwerkingtreding ...'), over its
# answer in upright type: its slant, not its length, sets it off; a longer italic opening is a
# quotation, not a head.
_SLANTED_HEAD_CHARS: Final = 160


def _slanted_head(block: Block, rest: str) -> list[Block]:
    """A lettered item whose head is set in italic (a BNC-fiche's 'b) Financiële consequenties
    (incl. personele) voor rijksoverheid en/ of medeoverheden' over its answer): its first line
    italic, a second italic line hanging under its words with it, then upright text in its size
    on the same page that does not go on in lower case. An italic line at the item's left edge
    under the head, the upright text under it, heads that text in turn ('Voorgestelde
    bevoegdheden voor het vaststellen van gedelegeerde handelingen' under 'b) Gedelegeerde
    en/of uitvoeringshandelingen'). Nothing where the item is no such head."""
    lines = block.lines
    first = lines[0]
    k = 1
    if len(lines) > 2 and lines[1].italic and lines[1].x0 > first.x0 + 0.5 * first.size:
        k = 2  # the head wraps, hanging under its words
    heads = [lines[:k]]
    if len(lines) > k + 1 and lines[k].italic and abs(lines[k].x0 - first.x0) < 0.5 * first.size:
        heads.append(lines[k : k + 1])
        k += 1
    below = lines[k].text.strip() if k < len(lines) else ""
    if (
        not first.italic
        or k >= len(lines)
        or lines[k].italic
        or lines[k].page != lines[k - 1].page
        or not rest[:1].isupper()
        or FIELD.match(rest)
        or (below[:1].islower() and not below.startswith("http"))
        or abs(lines[k].size - first.size) > 0.05 * first.size
    ):
        return []
    for head in heads:
        text = " ".join(ln.text.strip() for ln in head)
        if len(text) > _SLANTED_HEAD_CHARS or text.endswith((*_NO_HEADING_END, ".")):
            return []
    out = [Block(head, kind="heading", role="run_in").finish() for head in heads]
    return [*out, Block(lines[k:], kind="paragraph").finish()]


# 'a. Toetsing implementatiewetgeving zonder nationale beleidsruimte': a letter, a capital, a few
# words
_LETTERED_HEAD: Final = re.compile(r"^[a-z]\.\s+[A-Z]\S*(?:\s+\S+){0,9}$")


def _lettered_head(block: Block, above: Block, below: Block, right: _RightEdges) -> bool:
    """A lettered line on its own between paragraphs, no lettered item above it and no item
    below ('a. Toetsing implementatiewetgeving zonder nationale beleidsruimte' under '6.
    Uitzonderingen op kerntaken' and over its text, 'b. Procesrecht' pages on): a
    sub-section's head, not a list's item. It ends short of the column's edge, without a
    sentence's end, and the text under it starts a sentence."""
    if block.kind != "list_item" or len(block.lines) != 1:
        return False
    if above.kind == "list_item" and LETTERED.match(above.text):
        return False
    line, text = block.lines[0], block.text.strip()
    if _LETTERED_HEAD.match(text) is None or text.endswith((*_NO_HEADING_END, ".")):
        return False
    edge = right.get(line.zone, line.x1)
    return (
        line.x1 < edge - 2 * line.size
        and below.kind == "paragraph"
        and below.page == block.page
        and below.text[:1].isupper()
    )


# a line set this much smaller than the body is a note or a caption under a head, not a head in
# the body's type ('Beschikbaar in de repository onder src/backend/extra_data/' in 10 pt italic
# under a bold 11.7 pt head, body 12.3 pt)
_NOTE_TYPE: Final = 0.85


def _standalone(block: Block, below: Block) -> bool:
    """One short line between paragraphs, no sentence end (a question mark may end it):
    an italic subheading such as "Draagmoederschap of adoptie?". An italic one heads a list as
    well ('Relatie burger-overheid' over its upright points, the coalitieakkoord's subheads in
    the body's size): its slant sets it off from the items, as a gap from a paragraph."""
    text = block.text.strip()
    return (
        len(block.lines) == 1
        and len(text) <= 60
        and text[:1].isupper()
        and not text.endswith(".")
        and not any(mark in text for mark in ",;:")
        and not _DATED.search(text)
        and (
            below.kind == "paragraph"
            or _slanted_over_list(block, below)
            or _set_off_over_table(block, below)
        )
        and (below.page == block.page or _set_off_words(block, text))
        and (below.text[:1].isupper() or below.kind in ("list_item", "table"))
    )


def _under_small_label(block: Block, above: Block) -> bool:
    """A memo's header sets each particular's label in small type right over its value at
    the same left edge ('Van' / 'KING', 'Aan' / 'Deelnemers StUF Expertgroep'): the value
    heads nothing. The label: one short line, smaller than the value by more than a note's
    step, less than a line's height above it."""
    label, line = above.lines[-1], block.lines[0]
    return (
        len(above.lines) == 1
        and label.page == line.page
        and len(label.text.strip()) <= 25
        and label.size < _NOTE_TYPE * line.size
        and abs(label.x0 - line.x0) < 2
        and 0 <= label.y0 - line.y1 < line.size
    )


def _set_off_over_table(block: Block, below: Block) -> bool:
    """An italic line right over a table on its page heads the table as it would a paragraph
    ('Leeswijzer bij onderliggende beslisnota's' over the table of the notes, an IenW
    beslisnota); a bold one is a head by its weight already, an upright one stays text."""
    return (
        below.kind == "table" and below.page == block.page and all(ln.italic for ln in block.lines)
    )


def _slanted_over_list(block: Block, below: Block) -> bool:
    """An italic line over a list's upright item in its size, on its page."""
    return (
        below.kind == "list_item"
        and below.page == block.page
        and all(ln.italic for ln in block.lines)
        and not any(ln.italic for ln in below.lines)
        and abs(below.size - block.size) < 0.05 * block.size
    )


def field_value(block: Block, above: Block) -> bool:
    """A form's answer under its question or label, as a web form prints what was filled in
    ('Plaats' / 'Witharen', 'Is het postadres hetzelfde als het hoofdadres?' / 'Ja'): the line
    above is bold and this one is not, in the same size, at the same left edge, less than a
    line's height under it. A value heads nothing; a subheading keeps a gap above it or its own
    type."""
    return _value_under(above.lines[-1], block.lines[0])


def _value_under(label: Line, line: Line) -> bool:
    return (
        label.page == line.page
        and label.bold
        and not line.bold
        and abs(label.size - line.size) < 0.5
        and abs(label.x0 - line.x0) < 2
        and 0 <= label.y0 - line.y1 < line.size
    )


def _restarted_lists(blocks: list[Block]) -> None:
    """Numbers that start again at 1 under section 9 are a list in it, not sections: they stay
    list items until the sections' own numbering goes on (10 after 9)."""
    main = 0
    for block in blocks:
        match = NUMBERED_HEADING.match(block.text) if block.kind == "heading" else None
        if not match or "." in match.group("num") or DOSSIER.match(block.text):
            continue
        n = int(match.group("num"))
        if main and n <= main:
            block.kind = "list_item"
        else:
            main = n


# heads whose type is no heading style: a run-in head, a section's word alone on its line
_NO_STYLE: Final = ("run_in", "section_word")


def _levels(blocks: list[Block], body_size: float, ocr: set[int]) -> None:
    _restarted_lists(blocks)
    headings = [b for b in blocks if b.kind == "heading"]
    numbered = [_style(b) for b in headings if NUMBERED_HEADING.match(b.text)]
    front = _front_matter(headings)
    annex = _annex_start(blocks, headings)
    # A letter's annexes rank their heads among themselves: their larger titles put none of
    # the letter's heads down. So do the heads of pages OCR read: their sizes are measured off
    # the image, not the fonts' (a scanned first page of a decision whose later pages have text).
    groups = [(i >= annex, h.page in ocr) for i, h in enumerate(headings)]
    ranks: dict[tuple[bool, bool], list[tuple[int, int]]] = {}
    for key in set(groups):
        ranks[key] = _ranked([h for h, g in zip(headings, groups, strict=True) if g == key], front)
    everything = _ranked(headings, front)
    styles = everything
    text_body = _text_body(blocks, ocr) if len(ranks) > 1 and ocr else 0.0
    chapters = {_style(b) for b in headings if _CHAPTER_NUMBER.match(b.text)}
    base = _chapter_title_depth(blocks, headings)
    # the type of the top numbered heads ('1. Inhoud', '3 Beoordeling'): a decision's closing
    # part set in it ranks with them (`_DECISION_PART`)
    tops = {
        _style(b)
        for b in headings
        if (m := NUMBERED_HEADING.match(b.text)) is not None and "." not in m.group("num")
    }
    above_run_in = False  # the head above, underlined ones passed, is a run-in head not underlined
    depth = 0  # the depth of the numbered section we are in
    styled = 0  # the level of the last head set in a heading's type (or numbered) above
    for i, block in enumerate(headings):
        if len(ranks) > 1:
            styles = ranks[groups[i]]
            if i and groups[i] != groups[i - 1]:  # another group opens: no section above
                depth = styled = 0
                above_run_in = False
        # OCR reads no weight: a head in its page's body size there, under no head set larger
        # on OCR'd pages, is levelled as the text pages' bold heads in the body's size are
        # (a scanned first page's 'Wettelijk kader' as the next page's 'Overwegingen')
        unweighed = (
            _weighed_as(ranks.get((groups[i][0], False), everything), text_body)
            if block.role == "run_in" and groups[i][1] and not styled and not depth
            else 0
        )
        match = NUMBERED_HEADING.match(block.text)
        styled_head = block.role not in _NO_STYLE and id(block) not in front
        if block.role != "run_in":
            above_run_in = False
        if id(block) in front:
            block.level = 1  # a cover's or the contents' own head: front matter, no rank
        elif _CHAPTER.match(block.text):
            block.level = depth = 1  # "Hoofdstuk 2: Onderzoeksaanpak" over "2.1 Controleaanpak"
        elif match:
            block.level = depth = match.group("num").count(".") + 1 - base
        elif unweighed:
            block.level = unweighed
            block.role = None
        elif block.role == "run_in":
            # an underlined run-in head under one not underlined (set italic, say) is a level
            # under it: a note's sections bold, subsections italic, heads under those underlined
            underlined = _underlined(block)
            below_all = max(len(styles), depth) + 1
            block.level = min(below_all, styled + 1 if styled else below_all) + int(
                underlined and above_run_in
            )
            above_run_in = above_run_in if underlined else True
            block.role = None
        elif block.role == "section_word":
            block.level = next(
                (
                    b.level
                    for b in reversed(headings[:i])
                    if b.level and _ground_rank(b.text) is None
                ),
                1,
            )
            block.role = None
        elif _style(block) in chapters and (
            _MATTER.match(block.text.strip()) or _NAMED_ANNEX.match(block.text.strip())
        ):
            # "Bijlagen" set as "3 Kwaliteitsmaatregelen": a chapter, its 'A ...' heads inside
            # it; front matter before the first chapter ('Colofon') opens no section
            block.level = 1
            depth = 1 if depth else 0
        elif depth and _DECISION_PART.match(block.text.strip()) and _style(block) in tops:
            # an advice's 'Dictum', a ruling's 'Beslissing' after its numbered points: the
            # document's closing part, never a section of the last point (families44)
            block.level, depth = 1, 0
        elif depth and numbered and _style(block) <= max(numbered):
            block.level = depth + 1  # an unnumbered heading inside a numbered section
        else:
            block.level = styles.index(_style(block)) + 1
        if styled_head:
            styled = block.level or 0
    _numbered_run_under(headings)
    _inside_lettered(headings)
    _capitals_inside(headings)
    _grounds_under_motivation(headings)
    _numbered_parts(blocks, headings, ocr)
    _stacked_heads(blocks, headings, ocr)
    for above, below in pairwise(blocks):
        # 'TWEEDE AFDELING' over 'GRONDGEBIED': the division and its name are one level
        if above.kind == below.kind == "heading" and _division(above) and below.level:
            above.level = below.level


def _chapter_title_depth(blocks: list[Block], headings: list[Block]) -> int:
    """matrix38: a chapter printed on its own (a waterschap's jaarstukken, a report's chapter as
    a page set) has its numbered head as the document's title ('2 Programma Watersysteem'):
    when every numbered head under it carries the title's number ('2.1', '2.3'), they count
    from level 1 under it, as the sections under any title do. The title's number's depth
    (1 for '2', 2 for '2.1'), else 0."""
    title = next((b for b in blocks if b.kind == "title"), None)
    match = NUMBERED_HEADING.match(title.text) if title is not None else None
    if match is None:
        return 0
    prefix = match.group("num") + "."
    numbers: list[str] = []
    for head in headings:
        numbered = NUMBERED_HEADING.match(head.text)
        if numbered is not None:
            numbers.append(numbered.group("num"))
    if not numbers or not all(n.startswith(prefix) for n in numbers):
        return 0
    return match.group("num").count(".") + 1


_APART: Final = 0.5  # two heads stacked stand this many sizes apart at least: no wrapped head


def _stacked_heads(blocks: list[Block], headings: list[Block], ocr: set[int]) -> None:
    """A head with nothing under it but another head set in its type, that head opening text
    ('Toelichting' right over 'Aanleiding', 'Algemeen' right over 'Vragen van de leden van de
    fractie van de SP'): the upper one is a section, the lower one the first of its parts. Its
    parts are the heads in the same type and at the same level after it, one level under it
    now, and the heads under those with them; a head stacked the same way over another opens
    the next section (it stays), a head above that level or numbered ends it, and so does a
    head that names one of a document's own closing parts ('Ondertekening', 'Bezwaar',
    'Conclusie', 'Bijlagen': `_CLOSING_PART`), which no section holds, a field set as a head
    ('Nummer: 2018/480005584') and a signature; where the parts are set in italic under an
    upright head, an upright head in their type closes it too.
    Where three heads stand stacked, only the last two make a section and its part: a stage
    line over the first section ('MEMORIE VAN ANTWOORD' over 'Algemeen') is no section; nor is
    the document's first head (its name, 'Beschikking op Wob-verzoek', over 'Aanleiding'),
    under which all of it stands as under a title. Type alone cannot tell a reader this: the
    stacking does. The lower head opens its text on its own page (a head at a page's foot over
    the next page's text may be an empty section's). A document that leaves heads empty, three
    of a type stacked in a row (the first head aside), says nothing by stacking two in that
    type: none opens a section there. OCR's pages (`ocr`) tell no type (no weight, sizes off
    the image): a head there opens no section so."""
    parents: list[Block] = []
    empty: set[tuple[int, int]] = set()  # styles whose heads stand three in a row: left empty
    first = headings[0] if headings else None
    for k in range(len(blocks) - 2):
        above, head, below = blocks[k], blocks[k + 1], blocks[k + 2]
        if above is first or above.page in ocr or not _WORDED.search(above.text):
            continue  # (a reference alone, 'W201803949', names no section)
        if not _stacked(above, head):
            continue
        if below.kind == "heading" and _stacked(head, below):
            empty.add(_style(above))
        elif below.kind != "heading" and below.page == head.page:
            parents.append(above)
    opening = {id(b) for b in parents if _style(b) not in empty}
    if not opening:  # most documents stack no head over a head of its own type
        return
    section: tuple[tuple[int, int], int] | None = None  # the open section's style and level
    upright = False  # the open section's head is upright, its first part italic
    for k, block in enumerate(blocks):
        if block.kind == "signature":  # what follows a signature is no part of a section
            section = None
        if block.kind != "heading":
            continue
        level = block.level or 0
        if id(block) in opening:
            section = (_style(block), level)
            upright = not _slanted(block) and _slanted(blocks[k + 1])
        elif section is None:
            continue
        elif (
            level < section[1]
            or _numbered(block)
            or (level == section[1] and _style(block) != section[0])
            or (level == section[1] and upright and not _slanted(block))
            or (level == section[1] and _CLOSING_PART.match(" ".join(block.text.split())))
            or _FIELD.match(block.text)
            or (level == section[1] and _heads_nothing(blocks, k))
        ):
            section = None
        else:
            block.level = level + 1


def _numbered_parts(blocks: list[Block], headings: list[Block], ocr: set[int]) -> None:
    """A head with nothing under it but a head in its own type numbered '1' that opens text
    ('Toelichting' right over '1. Aanleiding en doel', after a regeling's articles): the upper
    one opens a part of the document, and the numbers that begin under it count that part's
    sections, one level under it ('2. Financiële gevolgen', '3. Regeldruk', and their '2.1'
    with them). The part runs while its numbers go on (1, 2, 3, ...); a number out of turn, a
    head at its level or above that is not one of them, and a signature end it. As in
    `_stacked_heads` (whose heads may not be numbered), the document's first head (its name,
    under which all of it stands), a head without a word and OCR's pages open none."""
    first = headings[0] if headings else None
    for k in range(len(blocks) - 2):
        above, head, below = blocks[k], blocks[k + 1], blocks[k + 2]
        if above is first or above.page in ocr or not _WORDED.search(above.text):
            continue
        if below.kind == "heading" or below.page != head.page or not _part_over_one(above, head):
            continue
        _under_part(blocks, k)


def _part_over_one(above: Block, head: Block) -> bool:
    """`above` is an unnumbered bold head right over `head`, numbered '1', in one type and at
    one level, apart as heads stand (or closing the page `head` opens the next of)."""
    if above.kind != "heading" or head.kind != "heading" or head.page - above.page not in (0, 1):
        return False
    if not above.level or above.level != head.level or _style(above) != _style(head):
        return False
    if not above.bold or _ordered(above) or _CAPITAL.match(above.text):
        return False
    if _CODED.match(above.text) or _ARTICLE.match(above.text):
        return False
    match = NUMBERED_HEADING.match(head.text)
    if match is None or match.group("num") != "1":
        return False
    return head.page != above.page or above.lines[-1].y0 - head.lines[0].y1 > _APART * head.size


def _under_part(blocks: list[Block], at: int) -> None:
    """The heads after the part's head `blocks[at]` that count its sections, one level down.
    A head in the part head's own type and unnumbered, right over another head as the part's
    head stood ('Artikelsgewijze toelichting' over 'Artikel 2' after 'Algemene toelichting''s
    '1.' to '3.'), is the next part: at the part's level, and it ends this one."""
    part = blocks[at]
    level = part.level or 0
    turn = 1  # the part's next section number
    for k in range(at + 1, len(blocks)):
        block = blocks[k]
        if block.kind == "signature":
            return
        if block.kind != "heading":
            continue
        match = NUMBERED_HEADING.match(block.text)
        if (
            match is None
            and _style(block) == _style(part)
            and k + 1 < len(blocks)
            and blocks[k + 1].kind == "heading"
            and not _ordered(block)
        ):
            block.level = min(block.level or 0, level)
            return
        own = (block.level or 0) <= level
        if own and (match is None or _style(block) != _style(part)):
            return
        if own and match is not None:
            if match.group("num") != str(turn):
                return
            turn += 1
        block.level = (block.level or 0) + 1


def _heads_nothing(blocks: list[Block], k: int) -> bool:
    """`blocks[k]`, a head, closes its page with no text under it, and the next page opens with
    a head at its level or above, or the document ends there (an NVWA report's signing label
    'Toezichthouder' closing its last page, the next report opening with its own number and
    title). A section's parts head text, as its first part must; a head that heads nothing at a
    page's end is none of them. (An empty head inside a page, a step whose text is a picture, is
    still read as its siblings are.)"""
    if k + 1 >= len(blocks):
        return True
    head, after = blocks[k], blocks[k + 1]
    return (
        after.page != head.page
        and after.kind in ("heading", "title")
        and (after.level or 0) <= (head.level or 0)
    )


def _slanted(block: Block) -> bool:
    return all(ln.italic for ln in block.lines)


# a section's name has a word: a reference alone ('W201803949') heads no parts
_WORDED: Final = re.compile(r"[^\W\d_]{3,}")
# a field set as a head ('Nummer: 2018/480005584', 'Monsternummer : 89371252'): a form's or a
# letter's particulars, no part of a section
_FIELD: Final = re.compile(r"^[^\W\d_][\w()/-]*(?: [\w()/-]+)? ?: ?\D{0,3}\d")
# A document's own closing parts, which no section above them holds: a decision's signing and
# its notice of objection or appeal, a conclusion, the annexes
_CLOSING_PART: Final = re.compile(
    r"^(?:Besluit|Conclusies?|Ondertekening|Slot(?:opmerkingen)?|Tot slot|Afsluiting"
    r"|Bezwaar(?:mogelijkheid|clausule)?|Beroep(?:smogelijkheid|sclausule)?"
    r"|Rechtsmiddel(?:en)?(?:clausule)?|Rechtsbescherming|Bijlagen?(?:\s.*)?)$",
    re.I,
)


# a head opening with a code that orders it among its siblings ('E09. Geen conflicten ...',
# 'R01. Beheercontinuïteit'), as a number does
_CODED: Final = re.compile(r"^[A-Z]{1,3}\d{1,3}[.:)]\s")


def _stacked(above: Block, head: Block) -> bool:
    """Two heads in a row, in one type and at one level (neither numbered nor lettered), bold, one
    right over the other on a page, apart as heads stand, not as a wrapped head's lines; or the
    one closing a page and the other opening the next."""
    if above.kind != "heading" or head.kind != "heading" or head.page - above.page not in (0, 1):
        return False
    if not above.level or above.level != head.level or _style(above) != _style(head):
        return False
    if not above.bold:  # heads in the text's plain type: a listing's entries as often
        return False
    if _ordered(above) or _ordered(head) or _CAPITAL.match(above.text):
        return False
    if _CODED.match(above.text) or _CODED.match(head.text):
        return False
    if head.page != above.page:
        return True
    return above.lines[-1].y0 - head.lines[0].y1 > _APART * head.size


def _text_body(blocks: list[Block], ocr: set[int]) -> float:
    """The body's size on the pages with a text layer: the median size of their paragraphs'
    lines (OCR measures its pages' type off the image, in sizes of its own)."""
    sizes = sorted(
        ln.size for b in blocks if b.kind == "paragraph" and b.page not in ocr for ln in b.lines
    )
    return sizes[len(sizes) // 2] if sizes else 0.0


def _weighed_as(styles: list[tuple[int, int]], body_size: float) -> int:
    """The level of the bold heading style in the body's size among `styles` (0: none)."""
    for k, (size, bold) in enumerate(styles):
        if bold and abs(size - body_size) <= (EMPHASIS - 1) * body_size:
            return k + 1
    return 0


def _ranked(headings: list[Block], front: set[int]) -> list[tuple[int, int]]:
    """The heading styles of `headings`, largest and boldest first: numbered heads, run-in
    heads and front matter rank none."""
    return sorted(
        {
            _style(b)
            for b in headings
            if b.role not in _NO_STYLE and not _numbered(b) and id(b) not in front
        },
        key=lambda s: (-s[0], -s[1]),
    )


# an annex's own label atop its page: 'Bijlage 1', 'Bijlage A - ...', a table's 'Bijlage nummer'
_ANNEX: Final = re.compile(r"^\s*(?:Bijlage|Annex|Appendix)\b", re.I)


def _annex_start(blocks: list[Block], headings: list[Block]) -> int:
    """Where a signed letter's annexes begin, as an index into `headings` (their count where it
    has none): the first head on a page after the signature's whose page, up to that head,
    labels itself an annex ('Bijlage 1' over 'Relevante artikelen uit de Wob'; the head 'Bijlage
    2 Inventarislijst'). A head after the signature on its own page ('Bezwaarmogelijkheid')
    is still the letter's."""
    signed = next((b.page for b in blocks if b.kind == "signature"), None)
    if signed is None or not headings:
        return len(headings)
    labelled: set[int] = set()  # pages an annex label has opened so far
    at = 0
    for block in blocks:
        if block.page <= signed:
            if block.kind == "heading":
                at += 1
            continue
        if _ANNEX.match(block.text):
            labelled.add(block.page)
        if block.kind == "heading":
            if block.page in labelled:
                return at
            at += 1
    return len(headings)


def _front_matter(headings: list[Block]) -> set[int]:
    """The heads of a document's front matter: its contents' head ('Inhoud') and, where the
    contents open the document's second or third page, the unnumbered heads before it (a
    cover's 'Jaarverslag 2024'). Their type, often the document's largest, ranks none of the
    sections' heads after the contents; each stands at level 1. Where the document's numbers
    give the depths (a numbered head before the contents), nothing is front matter."""
    at = next((i for i, b in enumerate(headings) if _CONTENTS.match(b.text)), None)
    if at is None or headings[at].page > 3:
        return set()
    if any(_numbered(b) for b in headings[:at]):
        return set()
    return {id(b) for b in headings[: at + 1]}


def _numbered_run_under(headings: list[Block]) -> None:
    """A document whose heads are unnumbered but for one run '1.', '2.', ... in a row, set in
    smaller or lighter type than the head above the run ('Repository-inhoud' over '1. Raamwerk
    als .md-bestanden' to '6. Aanvullende bronnen' in a challenge brief's box): the numbers
    order that head's topics, one level under it, not the document's sections. Chapters set
    as the heads before them ('Voorwoord' over '1 Inleiding') stay at their numbers' depth."""
    at = [k for k, b in enumerate(headings) if _numbered(b)]
    if len(at) < 2 or at[0] == 0 or at[-1] == len(headings) - 1 or at[-1] - at[0] + 1 != len(at):
        return
    run = [headings[k] for k in at]
    for n, block in enumerate(run, 1):
        match = NUMBERED_HEADING.match(block.text)
        if match is None or match.group("num") != str(n):
            return
    first, above = run[0], headings[at[0] - 1]
    smaller = first.size < above.size - 0.3 or (
        abs(first.size - above.size) <= 0.3 and above.bold and not first.bold
    )
    if not smaller or not above.level or any(_style(b) != _style(first) for b in run):
        return
    for block in run:
        block.level = above.level + 1


def _numbered(block: Block) -> bool:
    return bool(NUMBERED_HEADING.match(block.text) or _CHAPTER.match(block.text))


# A chapter's number ("3 Kwaliteitsmaatregelen", "2. Essentie"): no dot inside
_CHAPTER_NUMBER: Final = re.compile(r"^\d{1,2}\.?\s+\S")
# The closing part of an advice or a ruling: what the Afdeling advises, what the court decides
_DECISION_PART: Final = re.compile(r"^(?:Dictum|Beslissing(?:en)?)$", re.I)
# A document's front and back matter: a chapter of its own when set in the chapters' type
_MATTER: Final = re.compile(
    r"^(?:Voorwoord|Inhoud|Inhoudsopgave|(?:Management)?[Ss]amenvatting|Bijlagen?(?:\s+\w{1,3})?"
    r"|Literatuur(?:lijst)?|Bronnen(?:lijst)?|Referenties|Afkortingen(?:lijst)?|Begrippen(?:lijst)?"
    r"|Verklarende woordenlijst|Colofon|Nawoord)$"
)

# An annex named in its head ('Bijlage: Inventarislijst', 'Bijlage 2 - Inventarislijst' after a
# Woo decision's numbered sections): in the chapters' type, a chapter of its own as 'Bijlagen' is
_NAMED_ANNEX: Final = re.compile(
    r"^(?:Bijlage|Annex|Appendix)(?:\s+(?:\d{1,2}|[A-Z]))?\s*[:.–-]\s*\w"
    # or its number and its name with no stop between, as a report sets it ('Bijlage 1
    # Methode', 'Bijlage B Afkortingen'; families44): a capital after the number
    r"|^(?:Bijlage|Annex|Appendix)\s+(?:\d{1,2}|[A-Z])\s+[A-Z][a-z]"
)


def _inside_lettered(headings: list[Block]) -> None:
    """A fiche's lettered heads ('b) Beoordeling + inzet', 'c) Eerste inschatting') order one
    level's sections; an unlettered head set as they are and standing between two of them
    ('Tape voor geconsolideerde handelsdata') is a topic inside the one above it. A numbered
    heading or a higher one ends the lettered series."""
    series: tuple[tuple[int, int], int] | None = None  # the last lettered head's style, level
    inside: list[Block] = []  # unlettered heads since it, at its style and level
    for block in headings:
        level = block.level or 0
        if _LETTERED.match(block.text) and not _numbered(block):
            if series == (_style(block), level):
                for head in inside:
                    head.level = level + 1
            series, inside = (_style(block), level), []
        elif series is None:
            continue
        elif _numbered(block) or level < series[1]:
            series, inside = None, []
        elif (_style(block), level) == series:
            inside.append(block)


# A head opening with a capital letter and a colon ('A: een goede begeleiding ...'), or ')' / '.'
_CAPITAL: Final = re.compile(r"^(?P<letter>[A-Z])[:.)]\s+\S")


def _capitals_inside(headings: list[Block]) -> None:
    """Heads lettered 'A:', 'B:', ... in order, set as the sections around them, between two
    sections named alike ('Vragen van de leden van de fractie van CDA' ... 'Vragen van de leden
    van de fractie van D66', an Eerste Kamer nota's parts by fraction): the letters order the
    topics of the section above them, one level under it. Where the heads around them are not
    named alike the letters may order the document's own parts, and they stay."""
    i = 0
    while i < len(headings):
        end = i
        while end < len(headings):
            match = _CAPITAL.match(headings[end].text)
            if not match or match.group("letter") != chr(ord("A") + end - i):
                break
            end += 1
        if end - i < 2 or not 0 < i < end < len(headings):
            i = max(end, i + 1)
            continue
        series, below = headings[i:end], headings[end]
        level = series[0].level or 0
        # the section above: the last head before the series not under it (its questions, set
        # as heads, may stand between), and the next head after it
        above = next((b for b in reversed(headings[:i]) if (b.level or 0) <= level), below)
        key = (_style(series[0]), level)
        if (
            above is not below
            and (_style(above), above.level) == (_style(below), below.level) == key
            and all((_style(b), b.level or 0) == key for b in series)
            and not (_numbered(above) or _CAPITAL.match(above.text))
            and _words(above.text)[:2] == _words(below.text)[:2]
            and len(_words(above.text)) > 2
        ):
            for head in series:
                head.level = (head.level or 0) + 1
        i = end


# A Woo decision's sections by their words: its motivation ('Motivering', 'Overwegingen'), the
# kind of grounds or matter inside it ('Relatieve weigeringsgronden', 'Zienswijzen'), and one
# ground, cited ('Artikel 5.1, tweede lid, onder b, van de Woo', '... (5.2 Woo)') or named
# ('Eerbiediging van de persoonlijke levenssfeer').
_MOTIVATION: Final = re.compile(
    r"^(?:(?:Inhoudelijke )?[Bb]eoordeling|Motivering|Overwegingen|Toetsing)"
    r"(?: van (?:het|de|mijn|uw) [\w-]+(?: [\w-]+)?)?$"
)
_GROUND_KIND: Final = re.compile(
    r"^(?:(?:Absolute|Relatieve) )?(?:[Ww]eigerings|[Uu]itzonderings)grond(?:en)?$|^Zienswijzen?$"
    r"|^(?:Documenten |Informatie )?[Bb]uiten (?:de )?reikwijdte\b|^Buiten beschouwing gelaten\b"
    r"|^(?:Reeds|Al) openba(?:re|ar) (?:documenten|informatie)$"
)
# the motivation's general part, a sibling of the grounds after it
_GENERAL: Final = re.compile(r"^Algemene overweging(?:en)?\b|^Algemeen$")
_GROUND: Final = re.compile(
    r"^(?:Artikel|Art\.)\s+(?:5\.[12]|10|11)\b.*\b(?:Woo|Wob)(?::\s[^.]*)?$"
    r"|\((?:artikel\s+)?(?:5\.[12]|10|11)\b[^()]*\b(?:Woo|Wob)\)$"
    r"|^(?:(?:De|Het)\s)?(?:(?:eerbiediging|bescherming|belang) van (?:de |het )?)?"
    r"(?:persoonlijke levenssfeer"
    r"|persoonlijke beleidsopvattingen|goed functioneren van de staat"
    r"|bedrijfs- en fabricagegegevens|internationale betrekkingen"
    r"|economische of financi[eë]le belangen|opsporing en vervolging"
    r"|inspectie, controle en toezicht|(?:voorkomen van )?onevenredige (?:bevoordeling of )?"
    r"benadeling|eenheid van de kroon|veiligheid van de staat)\b[^.]*$",
    re.I,
)


_CITED: Final = 2  # `_ground_rank` of one ground, cited or named


def _ground_rank(text: str) -> int | None:
    text = " ".join(text.split())
    if len(text) > 120 or text.endswith("."):
        return None
    if _MOTIVATION.match(text):
        return 0
    if _GROUND_KIND.match(text):
        return 1
    return 2 if _GROUND.search(text) or _GENERAL.match(text) else None


def _grounds_under_motivation(headings: list[Block]) -> None:
    """A Woo decision may set its grounds as its sections are (bold, body size, barely less
    space above): a reader takes 'Eerbiediging van de persoonlijke levenssfeer (5.1, tweede lid,
    aanhef en onder e, Woo)' as part of the 'Motivering' above it by its words. A head of a
    lower rank that type put at its parent's level or above goes one under it; a head that
    names none of these, at the motivation's level or above, closes it."""
    open_: dict[int, int] = {}  # rank -> the level of the last head of that rank
    typed: set[int] = set()  # ranks under whose head type set a head deeper: type tells there
    above: Block | None = None  # the head before, if it names no ground
    for block in headings:
        rank = _ground_rank(block.text)
        level = block.level or 0
        if rank is None:
            if open_ and level <= min(open_.values()):
                open_, typed = {}, set()
            typed |= {r for r, lv in open_.items() if level > lv}
            above = block
            continue
        if (
            rank == _CITED
            and not open_
            and above is not None
            and (above.level or 0) == level
            and _GROUND.search(" ".join(block.text.split()))  # a ground, not 'Algemeen'
        ):
            # matrix38: the first ground right under a head of its own level that names none
            # ('Waarom maken wij informatie niet openbaar?' over 'Artikel 5.1, tweede lid,
            # onder e, Woo: ...'): that head is the motivation, whatever its words
            open_[0] = level
        above = None
        parents = [r for r in open_ if r < rank]
        if parents and max(parents) not in typed and level <= open_[max(parents)]:
            block.level = level = open_[max(parents)] + 1
        else:
            typed |= {r for r in parents if level > open_[r]}
        open_ = {r: lv for r, lv in open_.items() if r < rank}
        typed = {r for r in typed if r < rank}
        open_[rank] = level


# A lettered head ('b) Datum ontvangst Commissiedocument', 'c. Risico's'): its letter orders
# it among its siblings as a number does
_LETTERED: Final = re.compile(r"^(?:\(?[a-z]\)|[a-z]\.)\s")


def _ordered(block: Block) -> bool:
    """A head with a number or a letter: it orders sections, so it is no label (a BNC fiche's
    'a) Titel voorstel' to 'j) Rol Europees Parlement' head their fields' texts alike)."""
    return _numbered(block) or bool(_LETTERED.match(block.text))


def _underlined(block: Block) -> bool:
    """Every line of the block set over a drawn underline (`Line.underlined`)."""
    return all(ln.underlined for ln in block.lines)


def _set_off_words(block: Block, text: str) -> bool:
    """A one-line head of words set off from the text by underline or slant, which heads the
    text past a page end ('Inkomensbegrip' underlined, 'Rol van de gemeenten' in italic at a
    page's foot); not a link's address ('...@minszw.nl')."""
    return (_underlined(block) or all(ln.italic for ln in block.lines)) and not any(
        mark in text for mark in "@./"
    )


def _style(block: Block) -> tuple[int, int]:
    return round(block.size), int(block.bold)


def _title(blocks: list[Block], body_size: float) -> list[Block]:
    """The first block of page 1, set larger than anything else, is the document's title. A
    cover may set its title over several lines in display type of different sizes ("Adviesvraag"
    / "Abacus" / "voor de Kiesraad"): those opening blocks together are the title."""
    if any(b.kind == "title" for b in blocks) or not blocks:
        return blocks
    first = blocks[0]
    if first.page != 1 or first.kind not in ("heading", "paragraph") or MASTHEAD.match(first.text):
        return blocks
    largest = max((b.size for b in blocks if b.kind == "heading"), default=0.0)
    if first.kind == "heading" and first.size >= largest and first.size >= 1.25 * body_size:
        first.kind, first.level = "title", None
        return blocks
    display = 0
    for block in blocks:
        if not _display_line(block, body_size):
            break
        display += 1
    if display < 2 or max(b.size for b in blocks[:display]) < largest:
        return blocks
    title = Block([ln for b in blocks[:display] for ln in b.lines], kind="title").finish()
    return [title, *blocks[display:]]


def _display_head(blocks: list[Block], body_size: float) -> None:
    """The document's first heading, on page 1 (or on page 2 after a cover's title), set in
    display type larger by a quarter than every other heading and than the body, alone in its
    type and not numbered: the document's title ('Bouw de Skill-bibliotheek voor de Digitale
    Assistent' under a kicker line; a report's title again atop its text after the cover). A
    reader counts the sections under it from level 1."""
    heads = [b for b in blocks if b.kind == "heading"]
    if not heads:
        return
    first = heads[0]
    # a title already read (a cover's) is this one's only when they open alike
    titles = [b for b in blocks if b.kind == "title"]
    rest = max((b.size for b in heads[1:]), default=0.0)
    if (
        (first.page == 1 or (first.page == 2 and titles))
        and first.size >= _DISPLAY_HEAD * max(rest, body_size)
        and not _ordered(first)
        and not MASTHEAD.match(first.text)
        and not first.text.rstrip().endswith((".", ",", ";", ":"))
        and not _MATTER.match(first.text.strip())
        and not _FIRST_SECTION.match(first.text.strip())
        and not _DATED.search(first.text)  # 'Datum 26 JAN 2021 Betreft ...': particulars
        and _opens_text(blocks, first)
        and all(_words(t.text)[:2] == _words(first.text)[:2] for t in titles)
    ):
        first.kind, first.level, first.role = "title", None, None


_DISPLAY_HEAD: Final = 1.25


def _opens_text(blocks: list[Block], head: Block) -> bool:
    """Nothing but short lines (a kicker, a cover's date), a title or a table (a raadsvoorstel's
    particulars over its subject) stands before the head: it opens the text, it does not follow
    answers or paragraphs as an annex's head does."""
    for block in blocks:
        if block is head:
            return True
        if block.kind not in ("title", "table") and (len(block.lines) > 2 or len(block.text) > 100):
            return False
    return False


# a document's first section, however large its type: no title
_FIRST_SECTION: Final = re.compile(r"^(?:Inleiding|Aanleiding|Achtergrond|Introductie)$", re.I)


def _words(text: str) -> list[str]:
    return text.lower().split()


def _display_line(block: Block, body_size: float) -> bool:
    """A cover's line in display type: page 1, twice the body's size, words, no sentence."""
    text = block.text.strip()
    return (
        block.page == 1
        and block.kind in ("heading", "paragraph")
        and block.size >= DISPLAY * body_size
        and len(text) <= 100
        and not text.endswith((".", ",", ";", ":"))
        and re.search(r"[^\W\d_]{2}", text) is not None
        and not MASTHEAD.match(text)
    )
