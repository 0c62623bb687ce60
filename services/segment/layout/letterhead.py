"""The letterhead: page-1 address blocks, the side column, and the metadata they carry.

Ministry letters open with a return address, the addressee, "Datum" and "Onderwerp"; the side
column carries the directorate and the kenmerken. The Handelingen open with a masthead before the
title "Vragen van ... (ingezonden ...)", and the next paragraph names who answered and when. The
official gazettes (Staatscourant, Gemeenteblad, Provinciaal blad, ...) open with theirs: the
gazette's name, "Officiële uitgave van ...", the number and the date, before the act's title.
"""

from __future__ import annotations

import re

from services.segment.layout.headings import MASTHEAD
from services.segment.layout.paragraphs import Block

_LETTERHEAD = re.compile(
    r"retouradres|^aan (?:de|het)\b|^(?:de )?voorzitter van de|postbus \d+"
    r"|(?-i:\b\d{4} ?[A-Z]{2}\b)"  # a postcode, in capitals: "2006 en" is a year and a word
    r"|^(?:datum|onderwerp|betreft|ons kenmerk|uw kenmerk|kenmerk|uw brief|bijlagen?|bijlage\(n\)"
    r"|contactpersoon|telefoon|e-?mail|doorkiesnummer)\b|^(?:ministerie van|directoraat|directie)\b"
    r"|^www\.",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^Vragen van (?:de leden|het lid)\b")
# A printed e-mail's header ('Van:' over 'Verzonden:', 'Aan:', 'Onderwerp:'): the message's own
# text, which the e-mail reader takes out; its 'Onderwerp' makes it no letter's letterhead. Only
# a mail client's labels tell it from a memo's head ('Aan', 'Van', 'Datum', 'Betreft').
_MAIL_FROM = re.compile(r"^(?:Van|From)\s*:", re.IGNORECASE)
_MAIL_ONLY = re.compile(r"^(?:Verzonden|Sent|Cc|Bcc|Subject|Received|Ontvangen)\s*:", re.IGNORECASE)
# A Kamerstuk's number and kind under the chamber's masthead ("Nr. 3 MEMORIE VAN TOELICHTING")
_KAMERSTUK = re.compile(r"^Nr\.\s*\d{1,4}[A-Z]?\s+[A-Z]{2,}\b")
DISPLAY = 1.5  # a line this much larger than the body is a title, not the letterhead
_SENTENCE = re.compile(r"[a-z]{2,}[.?!](?:\s|$)")
_MASTHEAD = re.compile(
    r"^(?:Tweede|Eerste) Kamer der Staten-Generaal|Aanhangsel van de Handelingen|^Vergaderjaar \d"
    r"|^Vragen gesteld door|^Handelingen\b|^\d{1,5}$",
    re.IGNORECASE,
)
_GAZETTE = re.compile(
    r"^(?:Staatscourant|Gemeenteblad|Provinciaal blad|Waterschapsblad"
    r"|Blad gemeenschappelijke regeling)(?:\s+(?:Nr\.?|nummer)\s*\d+)?$",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES.split(" "), start=1)}
_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
# The rest of a gazette's masthead: "Officiële uitgave van ...", "Nr. 12345", the date, its year.
_GAZETTE_LINE = re.compile(
    r"^(?:Officiële uitgave van\b.*|Nr\.?\s*\d+|\d{1,2}\s+(?:" + "|".join(MONTHS) + r")"
    r"(?:\s+\d{4})?|\d{4})$",
    re.IGNORECASE,
)
_A_LABEL = re.compile(
    r"(?:Datum|Onderwerp|Ons kenmerk|Uw kenmerk|Uw brief|Bijlage|Kenmerk|Betreft|Contactpersoon"
    r"|Inlichtingen)\b"
)
_LABELS = r"(?=\s+(?:Datum|Onderwerp|Ons kenmerk|Uw kenmerk|Uw brief|Bijlagen?|Betreft)\b|\n|$)"


def letterhead_line(text: str) -> bool:
    """A line with a letterhead's shape: an address, a postcode, "Datum", "Ons kenmerk"."""
    return bool(_LETTERHEAD.search(text.strip()))


def gazette_masthead(text: str) -> bool:
    """The name line of an official gazette's masthead ("GEMEENTEBLAD Nr. 471945")."""
    return bool(_GAZETTE.match(text.strip()))


def front_matter(blocks: list[Block], body_size: float = 0.0) -> tuple[list[Block], str]:
    """The page-1 blocks of the body column that are letterhead, and their role.

    Before the Handelingen title ("Vragen van ...") or a Kamerstuk's number and kind ("Nr. 3
    MEMORIE VAN TOELICHTING") only the masthead's own lines are letterhead (a document title there
    is body); elsewhere the leading blocks that carry an address, a "Datum" or "Onderwerp" line.
    """
    page1 = [b for b in blocks[:12] if b.page == 1]
    if page1 and gazette_masthead(page1[0].text):
        count = 1
        while count < len(page1) and _GAZETTE_LINE.match(page1[count].text.strip()):
            count += 1
        return page1[:count], "masthead"
    chamber = bool(page1) and _MASTHEAD.match(page1[0].text) is not None
    for i, block in enumerate(page1):
        if _TITLE.match(block.text) or (chamber and _KAMERSTUK.match(block.text)):
            return [b for b in page1[:i] if _MASTHEAD.search(b.text)], "masthead"
    count = 0
    table = _particulars(page1)
    for i, block in enumerate(page1):
        if _running_text(block) or _display(block, body_size) or i in table or _mail(block):
            break
        # a mark of a character or two alone over the address (a logo's '1' as text): the
        # letterhead's, where the block right under it has the letterhead's shape
        mark = len(block.lines) == 1 and len(block.text.strip()) <= _MARK_CHARS
        named = _named_above(block) or mark
        above = named and any(map(_shaped, page1[i + 1 : i + (2 if mark else 3)]))
        if not (_shaped(block) or above):
            break
        count += 1
    return page1[:count], "address"


_MARK_CHARS = 2  # a logo's stray characters over the address
_ROWS = 3  # label/value rows a table of particulars has at least
_VALUE_EDGE = 2.0  # points: the values' column, the same left edge


def _particulars(blocks: list[Block]) -> set[int]:
    """The blocks of a table of particulars atop the page ('Raadsvergadering 9 april 2026',
    'Agendapunt 7', 'Portefeuillehouder ...', 'Zaaknummer ...' over a raadsvoorstel's title):
    consecutive blocks of label/value rows, the values in one column (a value's wrapped line
    under it), three rows at least, and most labels none of a letter's own (Datum, Kenmerk,
    Onderwerp, Bijlagen): the document's own table, body text, no letterhead. A letter's head
    set as such rows ('Datum' / 'Ons kenmerk' / 'Onderwerp') stays its letterhead."""
    found: set[int] = set()
    run: list[int] = []
    edge = -1.0
    rows = labelled = 0
    for i, block in enumerate(blocks):
        shape = _label_rows(block)
        if shape is not None and run and abs(shape[0] - edge) <= _VALUE_EDGE:
            run.append(i)
            rows, labelled = rows + shape[1], labelled + shape[2]
            continue
        if rows >= _ROWS and 2 * labelled < rows:
            found.update(run)
        run, edge, rows, labelled = [], -1.0, 0, 0
        if shape is not None:
            run, edge, rows, labelled = [i], shape[0], shape[1], shape[2]
    if rows >= _ROWS and 2 * labelled < rows:
        found.update(run)
    return found


def _label_rows(block: Block) -> tuple[float, int, int] | None:
    """A block of label/value rows: the values' left edge, the rows, and the rows whose label
    has a letterhead's shape; None when the block is no such rows."""
    cells = [ln.cells for ln in block.lines]
    starts = [c[1][0] for c in cells if len(c) == 2]
    if not starts:
        return None
    value = starts[0]
    labelled = 0
    for c in cells:
        if len(c) == 2 and abs(c[1][0] - value) <= _VALUE_EDGE:
            labelled += bool(_LETTERHEAD.search(c[0][2]))
        elif len(c) != 1 or abs(c[0][0] - value) > _VALUE_EDGE:
            return None  # (a value's wrapped line stands under the value)
    return value, len(starts), labelled


def _mail(block: Block) -> bool:
    texts = [line.text.strip() for line in block.lines]
    return any(map(_MAIL_FROM.match, texts)) and any(map(_MAIL_ONLY.match, texts))


def _shaped(block: Block) -> bool:
    return any(_LETTERHEAD.search(line.text.strip()) for line in block.lines)


def _named_above(block: Block) -> bool:
    """The sender's name or street on a line of its own above its address block ('Provincie
    Overijssel' in bold over 'Luttenbergstraat 2' over 'Postbus 10078 8000 GB Zwolle'); the
    name may wrap beside the logo ('Rijksdienst voor Ondernemend' / 'Nederland' over the return
    address: RVO's Woo decisions)."""
    text = block.text.strip()
    named = len(block.lines) <= 2 and MASTHEAD.match(text) is not None
    return named or (len(block.lines) == 1 and _STREET.fullmatch(text) is not None)


_STREET = re.compile(
    r"[A-Z][\w'.-]*(?:straat|weg|laan|plein|kade|gracht|singel|dreef|hof)\s+\d+[a-z]?"
)


def _display(block: Block, body_size: float) -> bool:
    """A title in display type ("Bijlagen en op het besluit ...", 20 pt over a 9 pt body): a
    letterhead's labels and addresses are set in the body's size or smaller; only the sender's
    name ("Ministerie van ...") may be set large, also under its unit's ("Kabinet
    Minister-President" over "Ministerie van Algemene Zaken")."""
    large = body_size > 0 and block.size >= DISPLAY * body_size
    return large and not any(MASTHEAD.match(line.text.strip()) for line in block.lines)


def _running_text(block: Block) -> bool:
    """A paragraph, not an address block: long lines, sentences. A wrapped line of it may well
    begin like an addressee ("aan de Kamer over ...") without making it one."""
    words = len(block.text.split())
    return words >= 20 and words >= 7 * len(block.lines) and bool(_SENTENCE.search(block.text))


def iso_date(text: str) -> str | None:
    match = _DATE.search(text)
    if match:
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], match.group(3)
        return f"{year}-{month:02d}-{day:02d}"
    match = _NUMERIC_DATE.search(text)
    if match and 0 < int(match.group(2)) <= 12 and 0 < int(match.group(1)) <= 31:
        return f"{match.group(3)}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
    return None


def letter_metadata(letterhead: list[Block], body: list[Block]) -> dict[str, str]:
    """Metadata of a ministry letter from its letterhead blocks (and its signature)."""
    text = "\n".join(b.text for b in letterhead)
    meta: dict[str, str] = {}
    fields = {
        # "Kenmerk" alone is the sender's own too (a ministry's notes); a value has a digit (see
        # below) and may hold spaced slashes ("DGBI-O / 95900464")
        "ons_kenmerk": r"(?:Ons k|(?<!Uw )(?<!\w)K)enmerk\s*:?\s+([\w.-]+(?:\s?/\s?[\w.-]+)*)",
        "uw_kenmerk": r"Uw (?:kenmerk|brief)\s*:?\s+([\w./-]+)",
        "subject": r"(?:Onderwerp|Betreft)\s*:?\s+(.+?)" + _LABELS,
        "date_text": r"Datum\s*:?\s+(.+?)" + _LABELS,
    }
    for key, pattern in fields.items():
        match = re.search(pattern, text)  # labels are capitalised; "de datum" in prose is not one
        if match is None or _A_LABEL.match(match.group(1)):  # "Betreft" over "Uw kenmerk": the
            continue  # subject stands in the text column instead
        if key in ("ons_kenmerk", "uw_kenmerk") and not re.search(r"\d", match.group(1)):
            continue  # letters spaced apart ("I E NW/BSK-...") or a row of labels ("Uw brief Uw")
        meta[key] = match.group(1).strip()
    date = iso_date(meta.pop("date_text", ""))
    if date:
        meta["date"] = date
    for block in letterhead:
        if re.match(r"^(?:Aan (?:de|het)|De Voorzitter)\b", block.text):
            meta["addressee"] = _until_address(block)
            break
    signature = next((b for b in body if b.kind == "signature"), None)
    if signature and re.match(r"^(?:De|Het)\s+\w", signature.text):
        meta["sender"] = re.sub(r"^(?:De|Het)\s+", "", signature.text.split("\n")[0]).rstrip(",")
    else:
        ministry = next((b for b in letterhead if b.text.startswith("Ministerie van")), None)
        if ministry:
            meta["sender"] = ministry.text[:120]
    return meta


def _until_address(block: Block) -> str:
    lines = []
    for line in block.lines:
        if re.search(r"\d", line.text):
            break
        lines.append(line.text.strip())
    return re.sub(r"^Aan\s+", "", " ".join(lines)).strip()


def questions_metadata(blocks: list[Block]) -> dict[str, str]:
    """Title, subject, addressee, sender and answer date of answered Kamervragen."""
    meta: dict[str, str] = {}
    # "Vragen van ... aan de ... over ... (ingezonden ...)" names the questions, whether it is
    # the page's title (the Handelingen) or stands under a ministry's own title.
    asked = next((b for b in blocks[:8] if b.text.startswith("Vragen van")), None)
    title = asked or next((b for b in blocks if b.kind == "title"), None)
    if title:
        meta["title"] = title.text
        about = re.search(r"\bover (.+?)\s*\(ingezonden", title.text)
        if about:
            meta["subject"] = about.group(1)
        to = re.search(r"\baan de (.+?) over\b", title.text)
        if to:
            meta["addressee"] = to.group(1)
    for block, after in zip(blocks[:8], [*blocks[1:9], None], strict=False):
        text = block.text
        if after is not None and "(ontvangen" not in text:  # a line break before "– Jeugd"
            text = f"{text} {after.text}"  # made the rest a list item
        match = re.match(r"^(?:Antwoord|Mededeling) van (.+?)\s*\(ontvangen ([^)]*)\)", text)
        if match:
            meta["sender"] = match.group(1)
            date = iso_date(match.group(2))
            if date:
                meta["date"] = date
            break
    return meta
