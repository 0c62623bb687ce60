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
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

_LABEL = re.compile(
    r"^\s*(?P<label>van|from|aan|to|cc|bcc|onderwerp|subject|betreft|verzonden|sent|datum|date"
    r"|received|ontvangen|bijlagen?|attachments?|importance|urgentie|prioriteit)\s*[:;]\s*"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)
FIELDS = {
    "van": "from", "from": "from", "aan": "to", "to": "to", "cc": "cc", "bcc": "bcc",
    "onderwerp": "subject", "subject": "subject", "betreft": "subject",
    "verzonden": "sent", "sent": "sent", "datum": "sent", "date": "sent",
    "received": "received", "ontvangen": "received", "bijlage": "attachments",
    "bijlagen": "attachments", "attachment": "attachments", "attachments": "attachments",
    "importance": "importance", "urgentie": "importance", "prioriteit": "importance",
}  # fmt: skip
_ADDRESSES = ("from", "to", "cc", "bcc", "attachments")
_NOTES_TIME = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+\d{1,2}[:.]\d{2}\b")
ENGLISH = ("from", "to", "sent", "subject", "received", "date")


def field_of(line: Line) -> tuple[str, str] | None:
    match = _LABEL.match(line.text)
    if not match:
        return None
    return FIELDS[match.group("label").lower()], match.group("value").strip()


def split_headers(blocks: list[Block]) -> list[Block]:
    """Blocks -> the same text with every e-mail header block taken out as `email_header`."""
    out: list[Block] = []
    for block in blocks:
        if block.kind not in ("paragraph", "heading", "title", "list_item", "signature"):
            out.append(block)
            continue
        out += _split(block, out)
    return [b for b in out if b.kind != "merged"]


def _split(block: Block, before: list[Block]) -> list[Block]:
    lines = block.lines
    labelled = [field_of(ln) for ln in lines]
    if not any(labelled):
        return [block]
    pieces: list[Block] = []
    plain: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (labelled[j] or (j > i and labelled[i] and _wraps(labelled, i, j))):
            j += 1
        header = _header(lines[i:j], labelled[i:j]) if j > i else None
        if header is None:
            plain.append(lines[i])
            i += 1
            continue
        if plain:
            pieces.append(_plain(plain, block))
            plain = []
        _notes_sender(header, pieces or before)
        pieces.append(header)
        i = j
    if plain:
        pieces.append(_plain(plain, block))
    return pieces


def _wraps(labelled: list, start: int, j: int) -> bool:
    """An unlabelled line continues the last labelled field when that field is an address list."""
    last = next(f for f in reversed(labelled[start:j]) if f)
    return last[0] in _ADDRESSES or last[0] == "subject"


def _header(lines: list[Line], labelled: list) -> Block | None:
    fields: dict[str, str] = {}
    name = ""
    for line, found in zip(lines, labelled, strict=True):
        if found:
            name, value = found
            fields[name] = f"{fields[name]}; {value}".strip("; ") if name in fields else value
        elif name:
            fields[name] = f"{fields[name]} {line.text.strip()}".strip()
    correspondent = "from" in fields or "to" in fields
    if not (correspondent and ("sent" in fields or "subject" in fields)) or len(fields) < 2:
        return None
    block = Block(list(lines), kind="email_header")
    block.finish()
    block.text = "\n".join(ln.text.strip() for ln in lines)
    block.fields = {k: v for k, v in fields.items() if v or k in ("to", "from", "subject")}
    return block


def _notes_sender(header: Block, before: list[Block]) -> None:
    """Lotus Notes: "Name/Org/NL@Domain" and "15-09-2020 10:23" stand above "Aan:"."""
    fields = header.fields or {}
    if "from" in fields or not before or before[-1].kind != "paragraph":
        return
    above = before[-1]
    if above.page != header.page or len(above.lines) > 3 or not _NOTES_TIME.search(above.text):
        return
    time = _NOTES_TIME.search(above.text)
    assert time is not None
    fields["sent"] = fields.get("sent") or time.group(0)
    fields["from"] = _NOTES_TIME.sub("", above.text).strip(" \n,")
    header.lines = above.lines + header.lines
    header.text = f"{above.text}\n{header.text}"
    above.kind = "merged"


def _plain(lines: list[Line], like: Block) -> Block:
    block = Block(list(lines), kind=like.kind if like.kind != "title" else "paragraph")
    return block.finish()


def sent_date(header: Block) -> str | None:
    """The ISO date a header was sent on; English clients write month/day/year."""
    sent = (header.fields or {}).get("sent", "")
    english = any(ln.text.lstrip().lower().startswith(ENGLISH) for ln in header.lines)
    found = find_date(sent, month_first=english and "/" in sent)
    return found[0] if found else None
