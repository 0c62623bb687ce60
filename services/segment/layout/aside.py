"""What stands beside the body: the side column and the left margin, and what it is evidence of.

On page 1 the side column is the letter's letterhead (directorate, address, datum, kenmerken).
The margin atop page 1 is the publication's masthead. Elsewhere a block beside the body is
furniture only with a reason: its text repeats on other pages ("Datum", the directorate, the
kenmerk), or has a letterhead's or furniture's shape. A block without such evidence, or one that
reads like running text, stays body, with a warning in `metadata.quality`.

A slide (a page much wider than high) has no side column: all of it is the slide's text. What
repeats beside its body at the same place on many slides (a deck's navigation diagram, its
section labels) is a running head, line by line; the rest stays body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field
from itertools import pairwise

from services.segment.layout import furniture
from services.segment.layout.columns import MARGIN, QUOTE, SIDE
from services.segment.layout.headings import MASTHEAD
from services.segment.layout.letterhead import MONTHS, letterhead_line
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block, build_blocks

_MASTHEAD_LINES = 8
_HEAD_WORDS = 4  # a head over a notice in the side column: 'Bezwaar', 'Meer informatie'
_NOTICE_WORDS = 8  # a notice of a sentence in the side column: 'Bij beantwoording ... vermelden.'
_NOTICE_PARTS = 8  # blocks an OCR layer may part a notice into: a line or two each

# A side column is a narrow strip of particulars: a real one holds a few per cent of the text. Text
# beside the body after page 1 that holds a quarter of the document is the document's own.
_OWN_SHARE = 0.25
_REFERENCE = re.compile(
    r"^(?:datum|ons kenmerk|uw kenmerk|kenmerk|onderwerp|betreft|bijlagen?|bijlage\(n\)"
    r"|uw brief|aantal pagina)",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\bwww\.|@|\b(?:t|f|tel|telefoon|fax)\b\.?\s*[\d+(]|\b[a-z][\w-]*\.(?:nl|com|org|net|eu)$",
    re.IGNORECASE,
)
# An e-mail address OCR read with its '@' lost and the 'l' of '.nl' misread ('IEEE minvws.ni'):
# contact too, on a page whose text OCR made.
_OCR_MAIL = re.compile(r"\b[a-z][\w-]*\.n[li1|]$", re.IGNORECASE)
_ADDRESS = re.compile(
    r"\b(?:postbus \d+|bezoekadres|postadres|(?-i:\d{4} ?[A-Z]{2}\b))", re.IGNORECASE
)
# What may stand under a cut e-mail or web address: the rest of it ('nl', 'logius.nl', 'bzk/').
_ADDRESS_TAIL = re.compile(r"[\w.@/-]*[a-z][\w.@/-]*", re.IGNORECASE)
# A side column above the body: among page 1's first blocks, right of this share of the text's
# width, blocks of a few short lines.
_ABOVE_BLOCKS = 12
_ABOVE_INSET = 0.55
_ABOVE_LINES = 6
_ABOVE_CHARS = 45
_ABOVE_SENDER = 2  # blocks: the sender's name and the return address over the column
# a block's smallest type above this share of the body's is a title's, no particular's
_LARGER = 1.3
_RETURN = re.compile(r"^>?\s*retouradres\b", re.IGNORECASE)
# A page this much wider than high is a slide: a deck's, or a landscape annex.
_SLIDE = 1.2
# A running head of slides stands on a fifth of them, and on three at least: what a few slides
# about one subject share (a box of its attributes) is their text.
_SLIDE_SHARE = 0.2
_SLIDE_REPEAT = 3
_PLACE = 12.0  # points: where a label stands, to this grid
_LETTERS = re.compile(r"[^\W\d_]")  # what `_three_letters` counts (test_speed42.py)
_SENTENCE = re.compile(r"[a-z]{2,}[.?!](?:\s|$)")
_WORD = re.compile(r"[^\W\d_]{3,}")  # a drawing's label has a word ('vlak', 'meter'), marks do not
# The sender's name atop a side column: the ministry and its units, down to the department.
_UNIT = re.compile(
    r"^(?:ministerie van|directoraat[- ]generaal|directie|dienst|agentschap|inspectie|afdeling"
    r"|programma|cluster|kabinet)\b",
    re.IGNORECASE,
)
# The small words of running Dutch prose; a column of labels and values has next to none.
_PROSE_WORDS = frozenset(
    re.findall(r"\w+", "de het een en van u uw dat dit die bij op te in is om aan met voor kunt")
    + re.findall(r"\w+", "wordt zijn naar als dan ook niet of")
)


def aside_key(line: Line) -> str:
    """The text as it repeats: a side column prints the same datum and kenmerk on every page
    (a table's dates or numbers that recur are no evidence: a key needs three letters)."""
    return _repeat_key(" ".join(line.text.lower().split()))


def _repeat_key(text: str) -> str:
    text = text.strip(" .:")
    return text if _three_letters(text) else ""


def _three_letters(text: str) -> bool:
    r"""`len(_LETTERS.findall(text)) >= 3`, stopping at the third letter, with no list of them:
    the pattern's letter (`[^\W\d_]`) is alphanumeric and no decimal digit (`\d`), which
    only a digit outside ASCII may be (a superscript '²' is one)."""
    found = 0
    for ch in text:
        if ch.isalnum() and (not ch.isdigit() or (ord(ch) > 127 and not ch.isdecimal())):
            found += 1
            if found == 3:
                return True
    return False


@dataclass(frozen=True)
class Running:
    """What runs through the document: texts beside the body that stand on more than one page,
    and the lines of the sender's address found in the side column so far (filled page by page:
    a later page repeats the sender's name atop its side column)."""

    texts: set[str]
    sender: set[str] = field(default_factory=set)
    placed: set[str] = field(default_factory=set)  # slides' running heads: slide_key
    own: set[str] = field(default_factory=set)  # twice beside one page's body: _inside_key

    @classmethod
    def of(cls, lines_by_page: dict[int, list[Line]], slides: Set[int] = frozenset()) -> Running:
        """What stands beside the body on two pages or more, unless it is the document's own
        text: a label with a word that stands twice beside the body of one page (digits aside,
        as furniture compares; a survey's answer circles 'o o o o' are no label). A side column
        prints its particulars once a page; a drawing drawn twice on a page, and again on other
        pages, repeats its labels with it (sweep36: 'EV-vlak' / '2 x 10 meter', 'BELANG' /
        '2 x 30 meter' in one worked example after another)."""
        seen: Counter[str] = Counter()
        at: Counter[str] = Counter()
        own: set[str] = set()
        for page, lines in lines_by_page.items():
            beside = [aside_key(ln) for ln in lines if ln.zone in (SIDE, MARGIN)]
            seen.update(set(beside))
            if len(beside) > 1:  # a label twice beside one page's body: a drawing's
                twice = Counter(furniture.fold_digits(k) for k in beside if _WORD.search(k))
                own.update(k for k, n in twice.items() if n > 1)
            if page in slides:
                at.update({slide_key(ln) for ln in lines if ln.zone in (SIDE, MARGIN)})
        repeat = max(_SLIDE_REPEAT, round(_SLIDE_SHARE * len(slides)))
        return cls(
            {
                key
                for key, n in seen.items()
                if n >= 2 and key and furniture.fold_digits(key) not in own
            },
            placed={key for key, n in at.items() if n >= repeat and key},
            own=own,
        )


def _inside_key(line: Line) -> str:
    """A line's text as `aside_key` gives it, its digits folded."""
    return furniture.fold_digits(aside_key(line))


def slide(width: float, height: float) -> bool:
    return width > _SLIDE * height


def slide_key(line: Line) -> str:
    """The text and where it stands: a slide's running head keeps its place."""
    key = aside_key(line)
    return f"{key}@{round(line.x0 / _PLACE)},{round(line.base / _PLACE)}" if key else ""


def own_column(lines_by_page: dict[int, list[Line]], furniture_ids: set[int]) -> bool:
    """Whether the text beside the body after page 1 holds a quarter of the document's text: a
    form printed once per item has its field labels in a column left of the fields, the same on
    every page. That column is the form's own text, and its repeating is no furniture evidence."""
    beside = total = 0
    for page, lines in lines_by_page.items():
        for line in lines:
            total += len(line.text)
            if page > 1 and line.zone in (SIDE, MARGIN) and id(line) not in furniture_ids:
                beside += len(line.text)
    return total > 0 and beside >= _OWN_SHARE * total


def aside_blocks(
    lines: list[Line],
    page: int,
    running: Running,
    warnings: list[str],
    height: float,
    marked: set[str] | frozenset[str] = frozenset(),
    bottom: float = 0.0,
    width: float = 0.0,
    ocr: bool = False,
) -> list[Block]:
    """Blocks of the side column and the margin, judged; `marked`: the zones of this page where
    the furniture step found running lines (the side column's repeated labels); `bottom`: where
    the visible page begins (words.PageRuns.bottom); `width`: the page's, to know a slide;
    `ocr`: the page's text is OCR's, its contact lines may be misread."""
    on_slide = slide(width, height)
    out: list[Block] = []
    for zone in (SIDE, MARGIN):
        zone_lines = sorted((ln for ln in lines if ln.zone == zone), key=lambda ln: -ln.y1)
        # a masthead is a few lines atop the margin, not a column of a table running down it
        masthead = page == 1 and zone == MARGIN and len(zone_lines) <= _MASTHEAD_LINES
        if on_slide:  # its running heads, one a line; the rest is the slide's text
            heads = {id(ln) for ln in zone_lines if slide_key(ln) in running.placed}
            out += [
                Block([ln], kind="furniture", role="header").finish()
                for ln in zone_lines
                if id(ln) in heads
            ]
            zone_lines = [ln for ln in zone_lines if id(ln) not in heads]
        blocks = build_blocks(zone_lines, 1e6)
        if zone == SIDE:
            blocks = join_notices(blocks)
        # a value beside its repeated label ("Kenmerk" / "2026-0000145231") goes with it
        # beside the body of a page where a drawing's label stands (Running.own), what repeats
        # repeats with the drawing (sweep36): no evidence by repeating, no value beside a label
        drawing = _own(zone_lines, running)
        here = Running(set(), running.sender, running.placed, running.own) if drawing else running
        labelled = zone == SIDE and (
            (zone in marked and not drawing) or any(_evidence(b, here) for b in blocks)
        )
        for block in blocks:
            top = masthead and min(ln.y0 for ln in block.lines) > bottom + height * 2 / 3
            if on_slide and not top:  # kept as body, as text without evidence is
                block.kind, block.role = "paragraph", None
                warnings.append(
                    f"page {page}: text beside the body without furniture evidence; kept"
                )
                out.append(block)
                continue
            value = labelled and _short(block) and not _own(block.lines, running)
            out.append(_judge(block, zone, page, top, value, here, warnings, labelled))
        if zone == SIDE and not on_slide:
            _sender_block(blocks, running, ocr)
            _heads_of_prose(blocks)
    return out


PULL_QUOTE = "pull_quote"


def pull_quotes(lines: list[Line]) -> list[Block]:
    """quotes45: a page's pull-quotes (the columns step's QUOTE zone: display type beside the
    text, left or right, whose words the text says), a block each. Body text of role
    `pull_quote`: it stands beside the body, not in page 1's letterhead zone, so it is no
    masthead (issue #8), and it heads nothing. `placing.body_placed` reads each after the
    paragraph it stands beside."""
    blocks = build_blocks(
        sorted((ln for ln in lines if ln.zone == QUOTE), key=lambda ln: -ln.y1), 1e6
    )
    for block in blocks:
        block.kind, block.role = "paragraph", PULL_QUOTE
    return blocks


def column_above_body(
    blocks: list[Block], running: Running | None = None, body_size: float = 0.0
) -> list[Block]:
    """A letter's side column set above its body, with nothing beside it (a minutes' sender,
    contact, Datum and Kenmerk over the title): the columns step finds no column there and reads
    it as the body's first blocks, its labels as headings. It is the leading blocks of page 1
    that stand in the right part of the text's width, short, at least two of them, one a
    reference field or an address or contact line, the body's text following at the left. They
    are letterhead: the sender's block in them address, the rest side column. The sender's lines
    join `running.sender`, so a later page's side column that repeats them is address too
    (`sender_repeats`). A block set larger than the body (`body_size`, 0: not known) is no
    particular: a form's or report's title at the top right under the logo ('Inzet geestelijke
    verzorgers' at 21 pt over a body of 9.4, sidewho41) ends the column."""
    page1 = [b for b in blocks[:_ABOVE_BLOCKS] if b.page == 1]
    lines = [ln for b in page1 for ln in b.lines]
    if not lines:
        return []
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    inset = left + _ABOVE_INSET * (right - left)
    # the sender's name and the return address may stand first, over the column (IenW's
    # template: 'Ministerie van ...' atop the page, '> Retouradres ...' at the left): they are
    # the letterhead's own (`letterhead.front_matter`), and the column starts after them
    start = 0
    while start < min(len(page1), _ABOVE_SENDER) and _sender_atop(page1[start]):
        start += 1
    run: list[Block] = []
    for block in page1[start:]:
        if not all(ln.x0 >= inset for ln in block.lines) or not _particular(block):
            break
        if larger_than_body(block, body_size):
            break
        run.append(block)
    end = start + len(run)
    follows = end < len(page1) and page1[end].lines[0].x0 < inset
    fielded = any(
        _REFERENCE.match(ln.text.strip()) or _contact_or_address(ln.text, False)
        for b in run
        for ln in b.lines
    )
    if len(run) < 2 or not follows or not fielded:
        return []
    for block in run:
        block.kind, block.role = "letterhead", "side_column"
    _sender_block(run, Running(set()) if running is None else running)
    return run


def larger_than_body(block: Block, body_size: float) -> bool:
    """Whether the block's type is clearly larger than the body's, as a title's is: a side
    column's particulars are set as large as the body or smaller."""
    return body_size > 0 and min(ln.size for ln in block.lines) > _LARGER * body_size


def _sender_atop(block: Block) -> bool:
    """The sender's name ('Ministerie van Infrastructuur' / 'en Waterstaat') or the return
    address ('> Retouradres Postbus 20901 2500 EX Den Haag'), a block of a line or two."""
    text = block.text.strip()
    return len(block.lines) <= 2 and bool(MASTHEAD.match(text) or _RETURN.match(text))


def column_above_later(
    blocks: list[Block], above: list[Block], running: Running, page_lines: list[Line]
) -> list[Block]:
    """A later page's leading blocks that repeat page 1's side column above the body, at its
    place, with nothing beside them (a Logius agenda's 'Logius', 'Datum', its date, 'Kenmerk' atop
    page 2, over the agenda's items): read as body they head the page ('Logius Datum'). They are
    that column again, furniture, its repeat the evidence: short blocks whose lines all stand
    at the column's left edge or right of it, two of their lines (the sender's name, a field's
    label) printed in it on page 1 and the others a value of a line or two (no sentence), the
    page's text following at the left, below them (`page_lines`: all of the page's lines, a
    drawn table's too). The sender's lines in them are address (`sender_repeats`)."""
    if not above or not blocks:
        return []
    edge = min(ln.x0 for b in above for ln in b.lines) - _PLACE / 2
    keys = {aside_key(ln) for b in above for ln in b.lines} - {""}
    page = blocks[0].page
    lead = [b for b in blocks[:_ABOVE_BLOCKS] if b.page == page]
    run: list[Block] = []
    for block in lead:
        if not all(ln.x0 >= edge for ln in block.lines) or not _particular(block):
            break
        # what page 1 did not print there is a field's value (a date, a kenmerk), no prose
        said = any(aside_key(ln) in keys for ln in block.lines)
        if not said and (len(block.lines) > 2 or _SENTENCE.search(block.text)):
            break
        run.append(block)
    low = min((ln.y0 for b in run for ln in b.lines), default=0.0)
    follows = any(ln.x0 < edge and ln.y1 <= low for ln in page_lines)
    repeated = {aside_key(ln) for b in run for ln in b.lines} & keys
    if not run or not follows or len(repeated) < 2:
        return []
    # line by line: the blocks read as body joined the sender's name to a label ('Logius Datum')
    out = [
        Block([ln], kind="furniture", role="side_column").finish() for b in run for ln in b.lines
    ]
    sender_repeats(out, running)
    return out


def _particular(block: Block) -> bool:
    """A block a side column holds: a few short lines, no running prose."""
    return len(block.lines) <= _ABOVE_LINES and all(
        len(ln.text.strip()) <= _ABOVE_CHARS for ln in block.lines
    )


def _heads_of_prose(blocks: list[Block]) -> None:
    """A label of a few words on the line right over a side-column block kept as body ('Bezwaar'
    in bold over how to object) is that text's head, so body too."""
    for above, below in pairwise(blocks):
        if below.kind != "paragraph" or above.role != "side_column" or len(above.lines) != 1:
            continue
        label, first = above.lines[0], below.lines[0]
        if _FIELD_LABEL.fullmatch(label.text.strip()):
            continue  # a field's label ('Bijlage(n)') over a notice heads no text
        gap = label.y0 - first.y1
        if len(label.text.split()) <= _HEAD_WORDS and -1 < gap < 1.5 * label.size:
            above.kind, above.role = "paragraph", None


def _sender_block(blocks: list[Block], running: Running, ocr: bool = False) -> None:
    """A letter's first page has the sender atop its side column: directorate, visiting and
    postal address, contact lines, down to its last address line and before the first reference
    field. That is page 1 of a letter, but not of a Woo release or a bundle, where the letter
    starts further on (its side column then counts as furniture, the address in it as address)."""
    last = -1
    for i, block in enumerate(blocks):
        if any(_REFERENCE.match(ln.text.strip()) for ln in block.lines):
            break
        addressed = any(_contact_or_address(ln.text, ocr) for ln in block.lines)
        # the sender's units atop the column count even with no address given under them
        unit = last == i - 1 and _UNIT.match(block.text)
        if addressed or unit or (last == i - 1 and _address_tail(blocks[i - 1], block)):
            last = i
    for block in blocks[: last + 1]:
        if block.kind in ("letterhead", "furniture"):
            block.role = "address"
            running.sender.update(aside_key(ln) for ln in block.lines)
            running.sender.add(_block_key(block))
    sender_repeats(blocks[last + 1 :], running)


def sender_repeats(blocks: list[Block], running: Running) -> None:
    """A later page's side column repeats the sender's name and unit over its labels: those
    lines are the address they were on the page where the letter starts, wrapped there as
    here or not ('Centrale' / 'administratieve processen' on page 1, one line on page 2)."""
    for block in blocks:
        if block.role != "side_column":
            continue
        keys = {aside_key(ln) for ln in block.lines}
        whole = _block_key(block)  # "" for a block of fewer than three letters
        if ("" not in keys and keys <= running.sender) or (whole != "" and whole in running.sender):
            block.role = "address"


def running_repeats(blocks: list[Block]) -> None:
    """A continuation page's side column that prints again what an earlier page's side column
    printed (the datum, the kenmerk, 'Bijlage(n)' and its count) is that page's running head,
    as a running header is: furniture by the evidence of its repeat, its words kept where they
    first stood. What a later page prints new beside its body stays side column."""
    by_page: dict[int, list[Block]] = {}
    for block in blocks:
        if block.role in ("side_column", "address"):
            by_page.setdefault(block.page, []).append(block)
    seen: set[str] = set()
    for page in sorted(by_page):
        here = by_page[page]
        keys = [" ".join(block.text.lower().split()) for block in here]
        for block, key in zip(here, keys, strict=True):
            if block.kind == "furniture" and block.role == "side_column" and key in seen:
                block.role = "header"
        seen.update(keys)


def _block_key(block: Block) -> str:
    """The block's text as it repeats, whatever its line breaks."""
    return _repeat_key(" ".join(" ".join(ln.text.lower().split()) for ln in block.lines))


def _address_tail(above: Block, block: Block) -> bool:
    """The rest of an e-mail or web address that the column's width cut after a dot, an '@', a
    hyphen or a slash ('maarten.vander.veen@logius.' over 'nl'): one token of an address's
    characters under a sender's line that ends in such a cut address."""
    words = above.lines[-1].text.split() if above.lines else []
    cut = words[-1] if words else ""
    tail = block.text.strip()
    return (
        ("@" in cut or cut.lower().startswith("www."))
        and cut.endswith((".", "@", "-", "/"))
        and _ADDRESS_TAIL.fullmatch(tail) is not None
    )


def _contact_or_address(text: str, ocr: bool) -> bool:
    text = text.strip()
    return bool(_ADDRESS.search(text) or _CONTACT.search(text) or (ocr and _OCR_MAIL.search(text)))


def _judge(
    block: Block,
    zone: str,
    page: int,
    top: bool,
    value: bool,
    running: Running,
    warnings: list[str],
    letter_column: bool = True,
) -> Block:
    """`letter_column`: the side column shows a letterhead somewhere (a "Datum", an address, a
    label repeated on later pages). Page 1's side column is the letterhead only then: a
    drawing's labels that a gutter parted from the rest of it (an entity diagram's middle
    boxes) are no letterhead."""
    kind, role = "paragraph", None
    if reads_like_body(block) or (zone == SIDE and notice_sentence(block)):
        warnings.append(f"page {page}: text beside the body reads like body text; kept as body")
    elif top:
        kind, role = "letterhead", "masthead"  # the margin atop page 1: "Vergaderjaar 2020-2021"
    elif page == 1 and ((zone == SIDE and letter_column) or _evidence(block, running)):
        address = any(_ADDRESS.search(ln.text) for ln in block.lines)
        kind, role = "letterhead", "address" if address else "side_column"
    elif value or _evidence(block, running):
        kind, role = "furniture", "side_column"
    else:
        warnings.append(f"page {page}: text beside the body without furniture evidence; kept")
    block.kind, block.role = kind, role
    return block


def reads_like_body(block: Block) -> bool:
    """Sentences, not particulars: enough words, ended as a sentence, and either set in lines as
    full as the body's or, in a narrow column of a few words a line, written in prose (a notice
    of how to object, set in the side column)."""
    words = block.text.split()
    if len(words) < 20 or not _SENTENCE.search(block.text):
        return False
    dense = len(words) / len(block.lines) >= 6
    return dense or _prose(words)


def notice_sentence(block: Block) -> bool:
    """A side column's notice to the reader, a whole sentence or two however short its lines
    ('Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum en het
    kenmerk van deze brief.', 'Bij beantwoording de datum en ons kenmerk vermelden.'): text the
    letter says to its reader, so body, as a longer notice in prose is (`reads_like_body`). The
    block opens with a capital and ends a sentence, a line opens in a capital only after a
    sentence's end, it holds no bare label ('Bijlage(n)' over it), no address or contact line,
    and is written in prose; particulars are none of that."""
    text = block.text.strip()
    words = text.split()
    if len(words) < _NOTICE_WORDS or not text[0].isupper() or text[-1] not in ".?!":
        return False
    if not _SENTENCE.search(text) or not _prose(words):
        return False
    # a line opening in a capital after one that ends no sentence starts another item: a
    # label over a question ('Overzicht van de klassen' / 'Is de definitie ... goed?') is two
    for above, line in pairwise(block.lines):
        if line.text.strip()[:1].isupper() and above.text.rstrip()[-1:] not in (".", "?", "!", ":"):
            return False
    return not any(
        _FIELD_LABEL.fullmatch(ln.text.strip()) or _contact_or_address(ln.text, False)
        for ln in block.lines
    )


def join_notices(blocks: list[Block]) -> list[Block]:
    """A notice whose lines an OCR layer set unevenly comes as a block a line or two: a sentence's
    opening ('Correspondentie uitsluitend' / 'richten aan het retouradres') and blocks that go on
    with it in small letters ('met vermelding van de', ..., 'deze brief.'), each right under the
    one before. Joined, they are judged as the one notice they are (`notice_sentence`); blocks
    that do not make one stay as they were."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run = [blocks[i]]
        text = blocks[i].text.strip()
        if text[:1].isupper() and text[-1:] not in (".", "?", "!"):
            for block in blocks[i + 1 : i + _NOTICE_PARTS]:
                if not _goes_on(run[-1].lines[-1], block):
                    break
                run.append(block)
                if block.text.strip()[-1:] in (".", "?", "!"):
                    break
        if len(run) > 1:
            joined = Block([ln for b in run for ln in b.lines]).finish()
            if notice_sentence(joined):
                out.append(joined)
                i += len(run)
                continue
        out.append(blocks[i])
        i += 1
    return out


def _goes_on(above: Line, block: Block) -> bool:
    """Whether the block goes on with the sentence of the line over it: it opens in a small
    letter, right under that line (a gap under twice the taller line's height)."""
    first = block.lines[0]
    tall = max(above.y1 - above.y0, first.y1 - first.y0, 1.0)
    return block.text.strip()[:1].islower() and -1 < above.y0 - first.y1 < 2 * tall


def _prose(words: list[str]) -> bool:
    small = sum(w.lower().strip(",.;:") in _PROSE_WORDS for w in words)
    return small * 4 >= len(words)


def _short(block: Block) -> bool:
    return len(block.lines) <= 3 and all(len(ln.text.strip()) <= 40 for ln in block.lines)


def _own(lines: list[Line], running: Running) -> bool:
    """Whether one of the lines stands twice beside the body of one page: the document's own
    text, a drawing's label (Running.own)."""
    return bool(running.own) and any(_inside_key(ln) in running.own for ln in lines)


def _evidence(block: Block, running: Running) -> bool:
    """Text that stands on other pages too, or has a letterhead's or furniture's shape. A block
    with a line that stands twice beside one page's body is a drawing's: its repeating beside
    the body is no evidence."""
    own = _own(block.lines, running)
    return any(
        (not own and aside_key(ln) in running.texts)
        or letterhead_line(ln.text)
        or furniture.shaped(ln.text.strip())
        for ln in block.lines
    )


# A side column's fields (sidecol41): what a label opens. The labels that may name content (the
# enclosures, who gets a copy, the subject, the papers referred to) and those that never do (a
# date, the author and contact, a status stamp, a notice's opening) alike end the field before.
_FIELD_LABEL = re.compile(
    r"^(?:bijlagen?|bijlage\((?:n|s|en)\)|kopie(?:\(?[eë]n\)?)? aan|afschrift(?:en)? aan"
    r"|onderwerp|betreft|uw brief(?: \(kenmerk\))?|uw kenmerk|ons kenmerk|kenmerk|onze referentie"
    r"|uw referentie|referentie|uw verzoek(?: van)?|datum|auteur|contactpersoon|behandeld door"
    r"|inlichtingen(?: bij)?|telefoon(?:nummer)?|doorkiesnummer|e-mail|fax|bezoekadres"
    r"|postadres|opgesteld door|beslistermijn|blad|pagina|aantal pagina'?s|classificatie"
    r"|ter (?:beslissing|ondertekening|informatie|kennisname|advisering)|bij beantwoording"
    r"|correspondentie|wilt u)(?=[\s:]|$):?",
    re.IGNORECASE,
)
# ... of which these open a field whose value may name things: the rest are particulars
_CONTENT_LABEL = re.compile(
    r"^(?:bijlage|kopie|afschrift|onderwerp|betreft|uw brief|uw kenmerk|ons kenmerk|kenmerk"
    r"|onze referentie|uw referentie|referentie|uw verzoek)",
    re.IGNORECASE,
)
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_FIELD_DATE = re.compile(
    r"\b\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?\b|\b" + _MONTH + r"\s+\d{4}\b"
    r"|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b",
    re.IGNORECASE,
)
# a word that names: letters (hyphened parts too: 'Wob-artikelen'), three at least; a capital
# after a small letter ('documentId', a template's placeholder) is a code's
_NAMING = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*")
_CAMEL = re.compile(r"[a-z][A-Z]")
_NO_NAME = frozenset(("geen", "nvt", "n.v.t", "van", "aan", "per", "dd", "d.d"))
_FIELD_WORDS = 2  # a value names things with two such words at least: 'Minister van BZK'
# a field's lines follow one another: a gap of this share of the type's size ends it
_FIELD_GAP = 0.6


@dataclass
class SideField:
    """A labelled field of a side column: its lines (the label's first) and the label and value
    as printed."""

    lines: list[Line]
    label: str
    value: str


def side_fields(blocks: list[Block]) -> list[SideField]:
    """A page's side-column fields whose value names things in words (sidecol41): the enclosures
    ('Bijlage(n)' over 'Tweede Nota van Wijziging Instellingswet ATR'), who gets a copy ('Kopie
    aan' over 'Minister van BZK'), the subject, a reference to a paper in words. A field is a
    line that opens with a known label and the lines right under it (no blank line between),
    up to the next label. Its value is content when it holds two words of letters beside any
    date, count or code, and no address or contact line; a date's, author's, contact's or
    stamp's field never is. `blocks`: the page's side-column blocks (one page's)."""
    lines = sorted((ln for b in blocks for ln in b.lines), key=_top_first)
    fields: list[SideField] = []
    current: list[Line] = []
    label = ""
    for line in lines:
        text = line.text.strip()
        opens = _FIELD_LABEL.match(text)
        below = current[-1] if current else None
        apart = below is None or below.y0 - line.y1 > _FIELD_GAP * max(line.size, below.size)
        if opens is not None or apart:
            _close(current, label, fields)
            current, label = [], ""
            if opens is None:
                continue  # a line no label opens, after a gap: no field's
            label = opens.group(0).rstrip(":").strip()
        current.append(line)
    _close(current, label, fields)
    return fields


def _top_first(line: Line) -> float:
    return -line.y1


def _close(lines: list[Line], label: str, fields: list[SideField]) -> None:
    if not lines or not _CONTENT_LABEL.match(label):
        return
    first = lines[0].text.strip()[len(label) :].lstrip(": ")
    rest = [ln.text.strip() for ln in lines[1:]]
    value = " ".join(t for t in [first, *rest] if t)
    if names_things(value, [first, *rest]):
        fields.append(SideField(lines, label, value))


def names_things(value: str, lines: list[str]) -> bool:
    """A value that names things in words, not a count, code, date, address or contact: two
    words of letters at least (not all in capitals) beside its dates and numbers."""
    if any(_contact_or_address(text, False) for text in lines):
        return False
    found = capitals = 0
    for word in _FIELD_DATE.sub(" ", value).split():
        bare = word.strip(",.;:()[]'\"")
        if (
            _NAMING.fullmatch(bare)
            and len(bare) >= 3
            and bare.lower() not in _NO_NAME
            and _CAMEL.search(bare) is None
        ):
            found += 1
            if bare.upper() == bare:
                capitals += 1
    # capitals alone are a code's parts ('DGA PAV / 21133387'); an abbreviation names a thing
    # beside a word in small letters ('Minister van BZK')
    return found >= _FIELD_WORDS and capitals < found
