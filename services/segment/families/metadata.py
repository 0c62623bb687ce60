"""The document's metadata for every family: doc_type, title, date, language, sender and
addressee, each with the evidence it was read from (`metadata.evidence`).

The letterhead steps already read what a ministry letter or the Handelingen print in fixed
places (Onderwerp, Datum, kenmerken); a family's own module knows where its title and date
stand; what is left falls back to what any reader looks at: a labelled or placed date on page 1
("Datum: ...", "Den Haag, 3 april 2009") and the first title or heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from services.segment.families import acts, doctype, email, fiche, meetings, memo, parliament, woo
from services.segment.families.dates import iso_date
from services.segment.families.language import language
from services.segment.families.printed_date import PLACED, is_dateline, printed_date
from services.segment.families.reading import Reading
from services.segment.layout.columns import BALLOON
from services.segment.layout.headings import LABEL_ALONE, MASTHEAD
from services.segment.layout.letterhead import gazette_masthead
from services.segment.layout.paragraphs import Block
from stukken.contracts import Metadata

TitleOf = Callable[[Reading], str | None]
DateOf = Callable[[Reading], tuple[str, str] | None]

TITLES: Final[dict[str, TitleOf]] = {
    "email": email.title,
    "motie": parliament.title,
    "amendement": parliament.title,
    "verslag": lambda r: parliament.title(r) or meetings.title(r),
    "besluitenlijst": meetings.title,
    "notulen": meetings.title,
    "bnc_fiche": fiche.title,
    "woo_inventaris": woo.inventory_title,
    "nota": memo.title,
}
DATES: Final[dict[str, DateOf]] = {
    "email": email.date,
    "motie": parliament.date,
    "amendement": parliament.date,
    "verslag": lambda r: parliament.date(r) or meetings.date(r),
    "notulen": meetings.date,
    "besluitenlijst": meetings.date,
}
OPENING_BLOCKS: Final = 3  # an untitled page's title stands in its first blocks
MAX_SUBJECT: Final = 200  # characters: a subject, not a paragraph
# an act's title names its whole subject ("Aanwijzingsbesluit ex artikel ...")
MAX_ACT_TITLE: Final = 400
NO_DATE: Final = {"bnc_fiche"}  # the dates printed in a fiche are the Commission's, not its own
_SUBJECT: Final = re.compile(
    r"^(Betreft|Onderwerp|Inzake|Subject|Titel|Title)\s*:?\s+(\S.{3,200})", re.S
)
_SUBJECT_LABEL: Final = re.compile(r"(?:Betreft|Onderwerp|Inzake)\s*:?", re.I)
# The characters a match of each can start with (case-blind, "I" also as "İ" and "ı"): a
# block starting with another is not asked (most of page 1's blocks).
_SUBJECT_FIRST: Final = frozenset("BOIST")
_SUBJECT_LABEL_FIRST: Final = frozenset("BbOoIi\u0130\u0131")
_TITLE_LIKE: Final = re.compile(
    r"^(?=(?:.*?[^\W\d_]{3,}){3})[^\n]{12,150}(?<![.,:;])$"
)  # a line, no prose
_LEADING_DATE: Final = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+(?=\S)")
_HEADER_LABEL: Final = re.compile(r"^(?:Subject|Onderwerp|Betreft)\s*:\s*", re.I)
_NOT_A_TITLE: Final = re.compile(  # e-mail header lines a scan's layout took for headings
    r"^(?:Sent|Received|From|To|Cc|Van|Aan|Verzonden|Datum|Date|Aanwezig|Afwezig)\s*:", re.I
)
# A ministry note's routing and status labels ("Parafenroute" over the sign-off table, "TER
# BESLISSING"): the form's own words, never its subject.
_NOTE_LABEL: Final = re.compile(
    r"^(?:Parafenroute|Ter (?:beslissing|ondertekening|informatie|advisering|kennisname"
    r"|besluitvorming))\b",
    re.I,
)
# Section names open the body; they never title the document.
_SECTION: Final = re.compile(
    r"^(?:\d[\d.]*\s+)?(?:Samenvatting|Inleiding|Inhoud(?:sopgave)?|Voorwoord|Aanleiding|Summary"
    r"|Introduction|Contents|Achtergrond|Conclusies?)\b",
    re.I,
)
_GREETING: Final = re.compile(
    r"^(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?)\b", re.I
)
_ADDRESS: Final = re.compile(r"\bPostbus\b|\b\d{4}\s?[A-Z]{2}\b")
# Compiled once: a pattern given as a string to `re.search` is looked up in re's cache by
# interpreted code at each call.
_BRACKET_IN_WORD: Final = re.compile(r"\w[(\[]\w")
_WORD: Final = re.compile(r"[^\W\d_]{3,}")
# A cover's one word in capitals with its year or years: a kind of document and the year it
# covers ("BEGROTING 2025", "JAARVERSLAG 2018", "JAARREKENING 2021-2022"); six letters at
# least, so an OCR'd redaction box ("IEEE") or a model's acronym ("IMKL 2015") is not one.
_KIND_AND_YEAR: Final = re.compile(r"[A-ZÀ-ÖØ-Þ]{6,} (?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?")
# A ruling's European Case Law Identifier, which a court's print sets as its title
# ('ECLI:NL:HR:2005:AR8225'): it names its document whatever the length of its court's code
# (the Hoge Raad's 'HR' has two letters, no word by `_WORD`) (sweep42a).
_ECLI: Final = re.compile(r"ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}")
_ASKED: Final = re.compile(r"\(ingezonden ([^)]*)\)")
_ARTICLE: Final = re.compile(r"^(?:De|Het)\s+")
# The words no title ends on (a preposition, an article, a conjunction), and the words no title
# starts with: a cover's title set over several lines goes on below or began above (`_stacked`).
_DANGLING: Final = re.compile(
    r"\s(?:van|voor|inzake|de|het|een|en|der|over|op|met|tot|bij|in|te|aan|naar|uit|door|om)$",
    re.I,
)
_CONTINUES: Final = re.compile(r"(?:van|der|en|inzake)\s", re.I)
_STACK: Final = 3  # lines a cover's title may run on over
_STACK_CHARS: Final = 80  # characters: a line of a cover's title
# A letter's particulars in the text column, a line each: 'Datum december 2020' over 'Betreft
# Besluit op uw Wob-verzoek' (capitalised labels; prose's 'datum' is not one).
_DATUM_LINE: Final = re.compile(r"^Datum\s*:?\s+\S")
_PARTICULAR_SUBJECT: Final = re.compile(r"^(?:Betreft|Onderwerp)\s*:?\s+(\S.*)$")
_PARTICULAR_LABEL: Final = re.compile(
    r"^(?:Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Uw brief|Kenmerk|Bijlagen?|Geachte)\b"
)


def describe(meta: Metadata, r: Reading) -> Metadata:
    evidence: dict[str, str] = dict(meta.evidence)
    kind: str = meta.doc_type  # decided once (families.classify), before the letterhead read
    if "doc_type" not in evidence:
        kind, evidence["doc_type"] = doctype.classify(r)
    title = _title(kind, meta, r, evidence)
    date = None if kind in NO_DATE else _date(kind, meta, r, evidence)
    lang, evidence["language"] = language(r.text or r.opening)
    sender, addressee = _parties(kind, meta, r, evidence)
    if title:
        title = " ".join(title.split())[:300]
    return meta.model_copy(
        update={
            "doc_type": kind,
            "title": title,
            "date": date,
            "language": lang,
            "sender": sender,
            "addressee": addressee,
            "subject": meta.subject or (title if kind == "email" else None),
            "evidence": {k: v for k, v in evidence.items() if v},
        }
    )


# What runs on after a title in the same line or block is not the title's (meta36): the next
# field of a form ('Betreft: Begroting waterwoning Datum: 2024-10-23 Begroting nummer: 12345',
# a quote's or an invoice's header as wkhtmltopdf prints it), or a table of contents that the
# layout joined to the heading above it ('Verdiepende toelichting deelvraag 3 en 5 Inhoud 1
# Aanvulling op ...'). A field's label is capitalised and has its colon; the contents' label a
# number after it.
_NEXT_FIELD: Final = re.compile(
    r"\s+(?:Datum|Date|Ons kenmerk|Uw kenmerk|Kenmerk|Referentie|Bijlagen?|Contactpersoon"
    r"|Behandeld door|Telefoon|Verzonden|Versie|[A-Z][a-z]*\s?nummer|Nummer)\s*:\s"
)
_CONTENTS_AFTER: Final = re.compile(
    r"\s+(?:Inhoud(?:sopgave)?|Contents|Table of contents)\s+\d", re.I
)
# An address is never a title (meta36: a controleverslag's scan opens with the auditor's
# 'De Wering 1a, 1511 HA Oostzaan'): a postcode and its place, after a street and number or a
# Postbus, and nothing else. The street's name three words at most, capitalised but for its
# small words ('Laan van Nieuw Oost-Indië 1'); a document's kind before it makes a title of the
# line ('Omgevingsvergunning Dorpsstraat 12, 1234 AB Ergens').
_ADDRESS_LINE: Final = re.compile(
    r"(?:(?:Postbus\s+\d{1,6}|(?P<street>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|de|der|den|"
    r"het|'t|aan|op|bij|in|ter|ten)){0,3})\s+\d{1,5}(?:\s?[a-zA-Z])?(?:[-/]\d{1,4}[a-zA-Z]?)?)"
    r"\s*,?\s+)?\d{4}\s?[A-Z]{2}\s+[A-Z][\w'’-]*(?:[\s-]+[\w'’-]+){0,3}"
)
_A_DOCUMENTS_KIND: Final = re.compile(
    r"(?i:besluit|beschikking|vergunning|omgevingsvergunning|aanvraag|verslag|rapport|offerte|"
    r"begroting|bestemmingsplan|project|renovatie|nieuwbouw|sloop|inspectie|controle|advies|"
    r"brief|notitie|plan|onderzoek|taxatie|melding|zienswijze|bezwaar)\b"
)


def _is_address(title: str) -> bool:
    match = _ADDRESS_LINE.fullmatch(" ".join(title.split()))
    if match is None:
        return False
    street = match.group("street")
    return street is None or _A_DOCUMENTS_KIND.match(street) is None


def _cut_at_fields(title: str) -> str:
    """The title without the fields or the contents that follow it in its line."""
    for pattern in (_NEXT_FIELD, _CONTENTS_AFTER):
        match = pattern.search(title)
        if match is not None and _WORD.search(title, 0, match.start()):
            title = title[: match.start()].rstrip(" ,;:-")
    return title


def _title(kind: str, meta: Metadata, r: Reading, evidence: dict[str, str]) -> str | None:
    for found, how in _titles(kind, meta, r):
        title = _HEADER_LABEL.sub("", found).strip()
        title = _LEADING_DATE.sub("", title)  # "10-05-2026 Evaluatie ...": the Datum's value
        title = _cut_at_fields(title)
        dated = is_dateline(title, words=0) or PLACED.fullmatch(title)
        guessed = how.startswith(("the first", "the opening line"))  # by place, not by label
        label = _NOT_A_TITLE.match(title) or _NOTE_LABEL.match(title) or LABEL_ALONE.match(title)
        address = _is_address(title)
        if title and not dated and not label and not address:
            if guessed and _garbled(title):
                return None  # page 1 opens with noise: no guess by place is to be trusted
            evidence["title"] = how
            return title
    return None


def _garbled(text: str) -> bool:
    """OCR noise read off a chart or a screenshot ("Aznleicing test 0)", "G0(bre Coron"):
    a bracket that does not close, or one standing inside a word."""
    unbalanced = text.count("(") != text.count(")") or text.count("[") != text.count("]")
    return unbalanced or _BRACKET_IN_WORD.search(text) is not None


def _titles(kind: str, meta: Metadata, r: Reading) -> Iterator[tuple[str, str]]:
    """Title candidates, most trusted first; a date or a header line is never the title."""
    own = TITLES.get(kind)
    found = own(r) if own else None
    if found:
        yield found, f"the {kind} family's title"
    if any(b.role == "masthead" and gazette_masthead(b.text) for b in r.head):
        act = next((b for b in r.body if b.page == 1), None)  # printed right under the masthead
        if act is not None and act.kind != "table" and len(act.text) <= MAX_ACT_TITLE:
            yield act.text, "the act's title under the gazette's masthead"
    # an act or a bill outside the gazette (a draft, a Kamer print): its name over its
    # enacting words, set in the body's type
    named = acts.title(r)
    if named is not None:
        yield named
    # 'Betreft' with its value in the text column first: the letterhead's text, read top to
    # bottom, may set the side column's 'Kenmerk' value between the label and its subject
    for label in r.first_page:
        text = label.text.strip()
        alone = text[:1] in _SUBJECT_LABEL_FIRST and _SUBJECT_LABEL.fullmatch(text) is not None
        beside = _beside(r, label) if alone else None
        if beside is not None:
            yield beside.text, f"'{label.text.strip()}' and the line beside it on page 1"
    if meta.title:
        handelingen = kind == "kamervragen"
        yield meta.title, "'Vragen van ...'" if handelingen else "letterhead Onderwerp/Betreft"
    for particulars in r.first_page:
        subject = _particulars_subject(particulars)
        if subject is not None:
            yield subject, "'Betreft' or 'Onderwerp' in page 1's particulars under 'Datum'"
    for labelled in r.first_page:
        # a table's text runs on into its next rows ('Onderwerp | ... Portefeuillehouder | ...'):
        # its subject row is read as a row below
        asked = labelled.kind != "table" and labelled.text[:1] in _SUBJECT_FIRST
        match = _SUBJECT.match(labelled.text) if asked else None
        if match and kind != "email":
            yield match.group(2), f"'{match.group(1)}' on page 1"
    for table in [b for b in r.first_page if b.kind == "table" and b.rows]:
        for row in table.rows or []:  # a letter's particulars set as a table: Betreft | ...
            cells = [c.strip() for c in row if c.strip()]
            if len(cells) >= 2 and _SUBJECT_LABEL.fullmatch(cells[0]):
                yield " ".join(cells[1:]), f"'{cells[0]}' in a table on page 1"
    opening = [b for b in r.body[:8] if b.page == 1]
    # Headings after the first prose head sections of the body, not the document.
    long = [i for i, b in enumerate(opening) if b.kind == "paragraph" and len(b.text) > 200]
    prose = long[0] if long else len(opening)
    for block in [b for b in r.body if b.kind == "title"] + [
        b for b in opening[:prose] if b.kind == "heading"
    ]:
        if _SECTION.match(block.text.strip()):
            break  # the body's sections begin: what follows heads a section, not the document
        # not Word's revision balloon ('Met opmaak: ...', a reviewer's comment) read as one
        text = block.text
        if _names_something(text) and not MASTHEAD.match(text) and not BALLOON.match(text):
            yield _stacked(block, r), f"the first {block.kind} on page 1"
    for block in [b for b in r.body if b.page == 1][:OPENING_BLOCKS]:
        text = block.text
        if block.kind == "paragraph" and _TITLE_LIKE.match(text) and not BALLOON.match(text):
            yield text, "the opening line of page 1 (no title or heading)"


def _stacked(block: Block, r: Reading) -> str:
    """A cover's title set line by line, each line a block of its own: a line that ends on a
    word no title ends on ('Raad voor' / 'Betwistingen inzake' / 'Studievoortgangsbeslissingen',
    'RAAD VOOR BETWISTINGEN INZAKE' / 'STUDIEVOORTGANGSBESLISSINGEN') goes on in the short
    lines under it; a line that starts with a word no title starts with ('VAN KENTEKENS VOOR')
    began on the line above it ('VERSCHIJNINGSVORMEN') (sweep39)."""
    text = " ".join(block.text.split())
    if block.page != 1 or not (_DANGLING.search(text) or _CONTINUES.match(text)):
        return block.text
    page = [b for b in r.body if b.page == 1]
    k = next((i for i, b in enumerate(page) if b is block), -1)
    if k < 0:
        return block.text
    if k > 0 and _CONTINUES.match(text) and _stack_line(page[k - 1]):
        text = f"{' '.join(page[k - 1].text.split())} {text}"
    more = page[k + 1 : k + 1 + _STACK]
    for below in more:
        if not _DANGLING.search(text) or not _stack_line(below):
            break
        text = f"{text} {' '.join(below.text.split())}"
    return text


def _stack_line(block: Block) -> bool:
    """A cover's title line: short, a heading's or a title's (or a line the layout left a
    paragraph), no sentence."""
    text = block.text.strip()
    short = len(text) <= _STACK_CHARS and "\n" not in text
    kind = block.kind in ("heading", "title", "paragraph")
    return short and kind and not text.endswith((".", ":", ";")) and _WORD.search(text) is not None


def _particulars_subject(block: Block) -> str | None:
    """The subject in a letter's particulars read as one body block: a line 'Datum ...' over a
    line 'Betreft ...' (or 'Onderwerp ...') in the text column, where the letterhead did not
    take them (a Woo decision's addressee redacted above them: '10.2.e' as text, the name a
    black box, so the letterhead stops there). The subject is the label's line and its
    continuation, up to the next label. A table's row, or prose, is not asked."""
    lines = [ln.text.strip() for ln in block.lines]
    if block.kind == "table" or len(lines) < 2 or not _DATUM_LINE.match(lines[0]):
        return None
    for i, line in enumerate(lines[1:4], start=1):
        match = _PARTICULAR_SUBJECT.match(line)
        if match is None:
            continue
        rest = [match.group(1)]
        for more in lines[i + 1 :]:
            if _PARTICULAR_LABEL.match(more) or len(" ".join(rest)) > MAX_SUBJECT:
                break
            rest.append(more)
        subject = " ".join(rest).strip()
        return subject if len(subject) <= MAX_SUBJECT and _WORD.search(subject) else None
    return None


def _names_something(text: str) -> bool:
    """A title names its subject: two words, or one long one ("Notulen"), not a stray "Of" or
    a redaction box read as "IEEE". A cover's kind in capitals with its year ("BEGROTING 2025",
    "JAARVERSLAG 2018") names its document (sweep40), and so does a ruling's ECLI (sweep42a)."""
    words = _WORD.findall(text)
    if len(words) >= 2 or any(len(w) >= 6 and not w.isupper() for w in words):
        return True
    one = " ".join(text.split())
    return _KIND_AND_YEAR.fullmatch(one) is not None or _ECLI.fullmatch(one) is not None


def _date(kind: str, meta: Metadata, r: Reading, evidence: dict[str, str]) -> str | None:
    own = DATES.get(kind)
    found = own(r) if own else None
    if found:
        evidence["date"] = found[1]
        return found[0]
    if meta.date:
        handelingen = kind == "kamervragen"
        evidence["date"] = "answer received ('ontvangen')" if handelingen else "letterhead Datum"
        return meta.date
    asked = _ASKED.search(meta.title or "")
    if asked and iso_date(asked.group(1)):
        evidence["date"] = "the questions' date (ingezonden), not yet answered"
        return iso_date(asked.group(1))
    found = printed_date(r)
    if found:
        evidence["date"] = found[1]
        return found[0]
    return None


def _beside(r: Reading, label: Block) -> Block | None:
    """The label's value: the block that starts on its baseline to its right (the letterhead's
    'Betreft' in the margin, the subject in the text column) or right under it, short."""
    line = label.lines[0]
    for block in r.body:  # the text column, not the side column's own labels
        first = block.lines[0]
        if block.page != 1 or block is label or len(block.text) > MAX_SUBJECT:
            continue
        if abs(first.base - line.base) < 2 and first.x0 > line.x1:
            return block
        # two lines down in the larger type: a 6.5 pt label over its 9 pt value
        leading = 2 * max(line.size, first.size)
        under = 0 < line.base - first.base < leading and abs(first.x0 - line.x0) < 3
        if under:
            return block
    return None


def _parties(
    kind: str, meta: Metadata, r: Reading, evidence: dict[str, str]
) -> tuple[str | None, str | None]:
    if kind == "email":
        first = r.email_headers()[0].fields or {}
        evidence["sender"] = evidence["addressee"] = "the first e-mail header (from, to)"
        return first.get("from") or None, first.get("to") or None
    sender, addressee = meta.sender, meta.addressee
    ministry = _addressed_ministry(r.head + r.body[:3])
    if ministry is not None:
        # The ministry stands in the address window: it receives the letter, it did not write it.
        addressee = addressee or ministry.text.split("\n")[0]
        if sender and ministry.text.startswith(sender):
            sender = None
        evidence["addressee"] = "a ministry with a postal address in the address block"
    if sender and addressee and _same(sender, addressee):
        sender = None
    if not sender:
        sender = _signed_by(r)
    handelingen = kind == "kamervragen"
    if sender:
        evidence.setdefault("sender", "'Antwoord van'" if handelingen else "signature or masthead")
    if addressee:
        evidence.setdefault("addressee", "title 'aan de ...'" if handelingen else "address block")
    return sender, addressee


def _signed_by(r: Reading) -> str | None:
    """Who signed: the line under the greeting ("Hoogachtend, / De voorzitter van de Kiesraad")."""
    for block in r.body:
        if block.kind != "signature":  # the lines' texts of a signature alone
            continue
        lines = [ln.text.strip() for ln in block.lines]
        if _GREETING.match(lines[0]) and len(lines) > 1:
            return _ARTICLE.sub("", lines[1]).rstrip(",") or None
    return None


def _addressed_ministry(blocks: list[Block]) -> Block | None:
    for block in blocks:
        if block.page != 1 or not block.text.startswith("Ministerie van"):
            continue
        if block.role != "side_column" and _ADDRESS.search(block.text):
            return block
    return None


def _same(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a
