"""E-mails (Woo releases are mostly e-mail threads): each message's header block and its fields.

A header is a run of labelled lines ("Van:", "Aan:", "Onderwerp:" in Dutch Outlook, "From:",
"To:", "Sent:", "Subject:" in English; Lotus Notes puts sender and time above "Aan:/cc:/Onderwerp:")
naming at least a correspondent and a time or subject. Address lists wrap, so a line without a
label continues the field above it while it stays in the same block. Redacted parts keep the
ground the redaction tool printed in their place ("5.1.2e"); the body follows the header.
"""

from __future__ import annotations

import re

from services.segment.families.dates import find_date
from services.segment.families.marks import GROUND
from services.segment.families.reading import Reading, fold
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>van|from|fron|aan|to|cc|ce|bcc|onderwerp|subject|betreft|verzonden|sent"
    r"|datum|date|received|ontvangen|bijlagen?|attachments?|importance|urgentie|prioriteit)"
    r"\s*[:;]\s*",
    re.IGNORECASE,
)
FIELDS = {
    "van": "from", "from": "from", "fron": "from", "aan": "to", "to": "to",
    "cc": "cc", "ce": "cc", "bcc": "bcc",  # "Ce:": how OCR reads "Cc:"
    "onderwerp": "subject", "subject": "subject", "betreft": "subject",
    "verzonden": "sent", "sent": "sent", "datum": "sent", "date": "sent",
    "received": "received", "ontvangen": "received", "bijlage": "attachments",
    "bijlagen": "attachments", "attachment": "attachments", "attachments": "attachments",
    "importance": "importance", "urgentie": "importance", "prioriteit": "importance",
}  # fmt: skip
_ADDRESSES = ("from", "to", "cc", "bcc", "attachments")
_NOTES_TIME = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+\d{1,2}[:.]\d{2}\b")
ENGLISH = ("from", "to", "sent", "subject", "received", "date")
# Labels only mail clients print; a memo's header has Aan, Van, Datum, Betreft.
_MAIL_LABELS = {"verzonden", "sent", "received", "ontvangen", "subject", "from", "to", "cc", "bcc"}
REDACTED = "[redacted]"
_ONCE = {"from", "sent", "subject"}  # fields a message's header names once
_VOWEL = re.compile(r"[aeiouy]", re.I)


Parsed = tuple[str, list[tuple[str, str]]]  # text before the first label, (field, value)s


def fields_of(line: Line) -> Parsed | None:
    """'To: a; b Cc: c' -> ('', [('to', 'a; b'), ('cc', 'c')]); None without any label."""
    if ":" not in line.text and ";" not in line.text:  # every label ends in one: most lines
        return None  # have none (asked before the strip, which adds no character)
    text = line.text.strip()
    if not _labelled_mark(text):  # most lines with a colon: no label before it, no search
        return None
    found = list(_LABEL.finditer(text))
    if not found or (found[0].start() > 0 and found[0].group("label")[0].islower()):
        return None
    pairs = []
    for k, match in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        pairs.append((FIELDS[match.group("label").lower()], text[match.end() : end].strip()))
    return text[: found[0].start()].strip(), pairs


def _labelled_mark(text: str) -> bool:
    """Whether some ':' or ';' of `text` may end a `_LABEL` match: the word before it (the
    blanks between aside) is a label's. `_LABEL` takes a label only at the start or after a
    blank, and only blanks between it and its mark, so that word, from the blank before it, is
    the label: where no mark's word is one, `_LABEL` finds nothing. Case-blind as the pattern:
    `fold` gives every letter re.IGNORECASE takes for an ASCII one as that letter. The pattern
    tries its labels at every character of the line (~270 instructions one); this reads a word
    a mark (bench/segment/speed23.md, round 52)."""
    for mark in (":", ";"):
        at = text.find(mark)
        while at >= 0:
            head = text[:at].rstrip()
            if head and fold(head.rsplit(None, 1)[-1]) in FIELDS:
                return True
            at = text.find(mark, at + 1)
    return False


# Blocks whose lines a header may be read from.
_PROSE_KINDS = ("paragraph", "heading", "title", "list_item", "signature")


def split_headers(blocks: list[Block]) -> list[Block]:
    """Blocks -> the same text with every e-mail header block taken out as `email_header`.

    The block builder cuts a header at every change of weight ("Van:" bold, the value not), so
    headers are found on the lines of consecutive blocks of one page, then the blocks are rebuilt.
    """
    out: list[Block] = []
    run: list[Block] = []
    for block in blocks:
        textual = block.kind in _PROSE_KINDS
        textual = textual or (block.kind == "table" and _header_cells(block))
        if textual and (not run or run[-1].page == block.page):
            run.append(block)
            continue
        out += _split(run, out)
        run = [block] if textual else []
        if not textual:
            out.append(block)
    out += _split(run, out)
    return _across_pages([b for b in out if b.kind != "merged"])


# Blocks a header's rest may be read into at the next page's top ("Onderwerp:" alone there).
_TEXTUAL = frozenset(_PROSE_KINDS) | {"email_header"}


def _across_pages(blocks: list[Block]) -> list[Block]:
    """A header cut by a page break: it ends its page without a subject, and the next page's
    first text (past the page's stamp or running head) opens with labels it has not named, such
    as "Onderwerp:". The page's lines were searched alone, so that subject was left in the body;
    here the labelled lines (and what wraps after them in their block) join the header. The
    subject is a header's last line, so a header with one, or a next page opening on prose or
    on a second "Van:"/"Verzonden:", stays as it was."""
    k = 0
    while k < len(blocks):
        header = blocks[k]
        k += 1
        if header.kind != "email_header" or "subject" in (header.fields or {}):
            continue
        at = k
        while at < len(blocks) and blocks[at].kind == "furniture":
            at += 1
        if at == len(blocks) or blocks[at].page != header.lines[-1].page + 1:
            continue
        after = blocks[at]
        if after.kind not in _TEXTUAL:
            continue
        taken = _continued(after, set(header.fields or {}))
        if not taken or (after.kind == "email_header" and taken < len(after.lines)):
            continue
        lines = header.lines + after.lines[:taken]
        joined = _header(lines, [fields_of(ln) for ln in lines])
        if joined is None or "subject" not in (joined.fields or {}):
            continue
        blocks[k - 1] = joined
        rest = after.lines[taken:]
        if rest:
            blocks[at] = Block(rest, kind=_plain_kind(after)).finish()
        else:
            del blocks[at]
    return blocks


def _continued(block: Block, seen: set[str]) -> int:
    """How many of `block`'s first lines go on with a header that named `seen`: labelled lines
    naming no field it named once already, and lines wrapping an address or subject field."""
    taken = 0
    last = ""
    for line in block.lines:
        found = fields_of(line)
        if found is None:
            if not taken or (last not in _ADDRESSES and last != "subject"):
                break
        else:
            names = {name for name, _ in found[1]}
            if found[0] or names & seen & _ONCE:
                break
            seen = seen | names
            last = found[1][-1][0]
        taken += 1
    return taken


def _split(run: list[Block], before: list[Block]) -> list[Block]:
    lines = [ln for b in run for ln in b.lines]
    labelled = [fields_of(ln) for ln in lines]
    if not any(labelled):
        return run
    owner = [b for b in run for _ in b.lines]
    taken: dict[int, Block] = {}  # index of a header's first line -> the header block
    inside: set[int] = set()
    i = 0
    while i < len(lines):
        first = labelled[i]
        if not first or first[0]:
            i += 1
            continue
        j = i + 1
        seen = {name for name, _ in first[1]}
        while j < len(lines) and (labelled[j] or _wraps(lines, labelled, owner, i, j, seen)):
            found = labelled[j]
            names = {name for name, _ in found[1]} if found else set()
            if names & seen & _ONCE:
                break  # a second "From:" or "Subject:": the next message's header begins
            seen |= names
            j += 1
        header = _header(lines[i:j], labelled[i:j])
        if header is None:
            i += 1
            continue
        taken[i] = header
        inside.update(range(i, j))
        i = j
    if not taken:
        return run
    pieces: list[Block] = []
    for k, line in enumerate(lines):
        if k in taken:
            _notes_sender(taken[k], pieces or before)
            pieces.append(taken[k])
        elif k not in inside:
            last = pieces[-1] if pieces else None
            if last and last.kind != "email_header" and last.lines[-1] in owner[k].lines:
                last.lines.append(line)
                continue
            if owner[k].lines[0] is line or not pieces or pieces[-1].kind == "email_header":
                pieces.append(Block([line], kind=_plain_kind(owner[k])))
            else:
                pieces[-1].lines.append(line)
    for piece in pieces:
        if piece.kind != "email_header":
            piece.finish()
    return pieces


def _labelled_rows(table: Block) -> bool:
    """A header whose redacted addresses a table reader took for cells ("To: | x | @minbzk.nl]")."""
    return all(fields_of(ln) for ln in table.lines[:2])


def _header_cells(table: Block) -> bool:
    """A header's labelled rows read as a table, or a long address list's redacted rows
    ("5.1.2e | @minvws.nl>; | [EXE] | 5.1.2e"): the boxes over its names split each line into
    cells. Every line is a labelled line or an address list's residue, and the table has a
    label or a redaction ground, or is a row or two of address marks (") | minvws.nl>"): a
    table of figures or a list of contacts does not."""
    if _labelled_rows(table):
        return True
    lines = table.lines
    if not all(fields_of(ln) or address_residue(ln.text) for ln in lines):
        return False
    if any(fields_of(ln) or GROUND.search(ln.text) for ln in lines):
        return True
    return len(lines) <= _FEW_ROWS and all(_ADDRESS_MARK.search(ln.text) for ln in lines)


# A long address list on a scan: each recipient's name blacked out, what is left per line is
# its domains and the brackets and semicolons between them ("@minvws.nl>; 5.1.2e <"), or the
# scanner's reading of the boxes ("EE, [ERED 1."). Such a line has an address's mark, a
# redaction ground, or no lower-case word of four letters: it is no sentence of the body.
_ADDRESS_MARK = re.compile(r"@|[<>\[\];]")
_PROSE_WORD = re.compile(r"\b[a-zà-ÿ]{4,}\b")
_RESIDUE_RUN = 40  # lines of an address list between two of a header's labels, at most
_FEW_ROWS = 3  # a table this short of address marks alone is a header's wrapped address line


def address_residue(text: str) -> bool:
    """Whether a line reads as what is left of a redacted address list."""
    text = text.strip()
    if not text:
        return False
    if _ADDRESS_MARK.search(text) or GROUND.search(text):
        return True
    return _PROSE_WORD.search(text) is None


def _plain_kind(block: Block) -> str:
    return "paragraph" if block.kind in ("title", "table") else block.kind


def _wraps(
    lines: list[Line],
    labelled: list[Parsed | None],
    owner: list[Block],
    start: int,
    j: int,
    seen: set[str],
) -> bool:
    """An unlabelled line continues the field above it (address lists and subjects wrap) when
    it stays in the same block or the next line carries a label again. On a scan, the lines of
    a blacked-out address ("@minvws.nl>") may stand between two labels of one header: they are
    in it when a label this header has not named yet follows within two lines."""
    sandwiched = j + 1 < len(labelled) and bool(labelled[j + 1])
    ahead = [f for f in labelled[j + 1 : j + 3] if f]
    # ... until its subject, the header's last line: after it, lines are the body's
    more = bool(ahead) and "subject" not in seen
    more = more and not {name for name, _ in ahead[0][1]} & seen & _ONCE
    if more and all(owner[k].page == owner[j].page for k in range(j, min(j + 3, len(owner)))):
        return True
    if "subject" not in seen and _residue_until_label(lines, labelled, owner, j, seen):
        return True
    if owner[j] is not owner[j - 1] and not sandwiched:
        return False
    column = _value_column(lines[start:j], labelled[start:j])
    if column is not None and lines[j].x0 < column - _COLUMN_EDGE:
        return False  # a line at the labels' edge under a tabbed header: the salutation, no wrap
    last = next(f for f in reversed(labelled[start:j]) if f)
    return last[1][-1][0] in _ADDRESSES or last[1][-1][0] == "subject"


_COLUMN_EDGE = 1.0  # points: values set at one tab stop start within this of each other


def _value_column(lines: list[Line], labelled: list[Parsed | None]) -> float | None:
    """Where a header set as a label column ('Van:' and 'Verzonden:' apart from their values,
    which start at one tab stop) has its values, from two labelled lines at least whose value
    cells start there; None for a header set inline ('Van: Jan', its wraps at the margin). A
    field's wrapped line hangs in that column; a redaction box before a value moves that value
    on, so the column is the leftmost start shared by two lines."""
    starts = sorted(
        ln.cells[1][0] for ln, f in zip(lines, labelled, strict=True) if f and len(ln.cells) >= 2
    )
    for x in starts:
        if sum(abs(x - y) <= _COLUMN_EDGE for y in starts) >= 2:
            return x
    return None


def _residue_until_label(
    lines: list[Line], labelled: list[Parsed | None], owner: list[Block], j: int, seen: set[str]
) -> bool:
    """A long address list (thirty recipients, each name blacked out) runs over many lines
    between "Aan:" and "Onderwerp:": line `j` continues the header when it and every line up to
    the next label, on this page and within `_RESIDUE_RUN` lines, read as the list's residue,
    and that label is one this header has not named once already."""
    page = owner[j].page
    for k in range(j, min(j + _RESIDUE_RUN, len(labelled))):
        if owner[k].page != page:
            return False
        found = labelled[k]
        if found:
            return k > j and not ({name for name, _ in found[1]} & seen & _ONCE)
        if not address_residue(lines[k].text):
            return False
    return False


def _header(lines: list[Line], labelled: list[Parsed | None]) -> Block | None:
    fields: dict[str, str] = {}
    name = ""
    for line, found in zip(lines, labelled, strict=True):
        prefix, pairs = found or (line.text.strip(), [])
        if prefix and name and (name in _ADDRESSES or name == "subject"):  # not a time's noise
            fields[name] = f"{fields[name]} {prefix}".strip()
        for name, value in pairs:
            fields[name] = f"{fields[name]}; {value}".strip("; ") if name in fields else value
    correspondent = "from" in fields or "to" in fields
    # A scan's redactions may garble the address lines: the client's own "Sent:"/"Received:"
    # beside "Subject:" still make it a header.
    addressed = correspondent and ("sent" in fields or "subject" in fields)
    sent = ("sent" in fields or "received" in fields) and "subject" in fields
    if not (addressed or sent) or len(fields) < 2:
        return None
    labels = {m.group("label").lower() for ln in lines for m in _LABEL.finditer(ln.text)}
    if not (labels & _MAIL_LABELS or any(_mailed(v) for v in fields.values())):
        return None  # "Aan:/Van:/Datum:/Betreft:" without mail marks is a memo's header
    block = Block(list(lines), kind="email_header")
    block.finish()
    block.text = "\n".join(ln.text.strip() for ln in lines)
    # A header always names its correspondents: an empty one was blacked out.
    block.fields = {k: v or REDACTED for k, v in fields.items() if v or k in ("to", "from")}
    for name in _ADDRESSES:
        if name in block.fields:
            block.fields[name] = _blacked_out(block.fields[name], name != "attachments")
    return block


# An address's end: its domain and the bracket closing it ("umcutrecht.nl>"). A quoted header
# (a phone's "Van:/Datum:/Aan:/Onderwerp:") may lose the "@" under a redaction box; this stays.
_ADDRESS_END = re.compile(r"[a-z0-9]\.[a-z]{2,6}\s*[>\]]", re.IGNORECASE)


def _mailed(value: str) -> bool:
    """Whether a field's value holds a mail address, or what a redaction left of one."""
    return "@" in value or _ADDRESS_END.search(value) is not None


def _blacked_out(value: str, correspondent: bool = True) -> str:
    """A correspondent whose name was blacked out reads as the redaction's ground and the
    scanner's noise ("51.2e 5124 512e ea)"): marked redacted, with the grounds printed. A
    correspondent of noise without a ground (") !", "512%1.512 [512": a box the scanner read)
    names no one either; an attachment's name ("200911.pdf") is no correspondent."""
    grounds = [m.group(0) for m in GROUND.finditer(value)]
    rest = GROUND.sub(" ", value)
    named = "@" in rest or any(
        len(w) >= 3 and _VOWEL.search(w) for w in re.findall(r"[^\W\d_]+", rest)
    )
    if named or not (grounds or correspondent):
        return value
    return f"{REDACTED} ({', '.join(dict.fromkeys(grounds))})" if grounds else REDACTED


def _notes_sender(header: Block, before: list[Block]) -> None:
    """Lotus Notes: "Name/Org/NL@Domain" and "15-09-2020 10:23" stand above "Aan:"."""
    fields = header.fields or {}
    if "from" in fields or not before or before[-1].kind != "paragraph":
        return
    above = before[-1]
    text = "\n".join(ln.text.strip() for ln in above.lines)  # it may not be finished yet
    time = _NOTES_TIME.search(text)
    if above.page != header.page or len(above.lines) > 3 or time is None:
        return
    fields["sent"] = fields.get("sent") or time.group(0)
    fields["from"] = _NOTES_TIME.sub("", text).strip(" \n,")
    header.lines = above.lines + header.lines
    header.text = f"{text}\n{header.text}"
    above.kind = "merged"


def sent_date(header: Block) -> str | None:
    """The ISO date a header was sent on; English clients write month/day/year."""
    fields = header.fields or {}
    sent = fields.get("sent") or fields.get("received", "")  # a scan may lose the one line
    english = any(ln.text.lstrip().lower().startswith(ENGLISH) for ln in header.lines)
    found = find_date(sent, month_first=english and "/" in sent)
    return found[0] if found else None


def detect(r: Reading) -> tuple[str, str] | None:
    """An e-mail (thread) opens with a header, before any body text of substance."""
    for block in r.body[:6]:
        if block.kind == "email_header":
            labels = ", ".join(sorted(block.fields or {}))
            return "email", f"e-mail header on page {block.page} ({labels})"
        if block.kind == "paragraph" and len(block.text) > 200:
            return None
    return None


def title(r: Reading) -> str | None:
    """The thread's first subject."""
    subjects = ((h.fields or {}).get("subject") for h in r.email_headers())
    return next((s for s in subjects if s), None)


def date(r: Reading) -> tuple[str, str] | None:
    """The first sent date of the thread."""
    for header in r.email_headers():
        iso = sent_date(header)
        if iso:
            fields = header.fields or {}
            return iso, f"sent '{(fields.get('sent') or fields.get('received', ''))[:40]}'"
    return None
