"""Text repair: what PDF text extraction breaks and a reader silently fixes.

pdfium marks a hyphen at a line end as U+FFFE (U+0002 in some calls), whether the typesetter
hyphenated the word or the word has a real hyphen; soft hyphens (U+00AD) also appear. We decide
from the letters around the break whether the hyphen belongs to the word.
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from typing import Final, final

from services.segment.layout.glyphs import plain
from services.segment.layout.words import PageRuns

# pdfium's marks of a hyphen at a line's end (U+FFFE; U+0002 in some files)
PDFIUM_MARKS = "\ufffe\u0002"
LINE_END_HYPHENS = PDFIUM_MARKS + "\u00ad-\u2010\u2011"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}  # fmt: skip
# Spacing accents some extractors emit after the base letter ("Kostic´"), and combining forms.
_SPACING_ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u00a8": "\u0308", "\u02c6": "\u0302",
                    "\u02dc": "\u0303", "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02d8": "\u0306",
                    "\u02da": "\u030a"}  # fmt: skip
_ACCENT_CHARS = frozenset(_SPACING_ACCENTS)
_FIXED = _ACCENT_CHARS | frozenset(_LIGATURES)  # printable characters `clean` replaces
_ACCENT_AFTER_LETTER = re.compile("([A-Za-z])\\s?([" + "".join(_SPACING_ACCENTS) + "])")
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f\ufffe\ufeff\u200b]")
# Inside a line, keep the line-end hyphen marks: joining the lines decides about them.
_CONTROL_INLINE = re.compile("[\u0000\u0001\u0003-\u0008\u000b-\u001f\u007f\ufeff\u200b]")
_INNER_SOFT_HYPHEN = re.compile("[\u00ad\ufffe\u0002](?=\\S)")
_SPACES = re.compile("[ \t\u00a0\u2002-\u200a\u202f]+")
_NEEDS_CLEANING = re.compile(
    "[\ufb00-\ufb06" + "".join(_SPACING_ACCENTS) + "\u0000-\u001f\u007f\u00ad\ufffe\ufeff\u200b"
    "\u00a0\u2002-\u200a\u202f]|  "
)
# The linking words of compounds hyphenated throughout ('system-to-system', 'state-of-the-art',
# 'op-en-neer', 'doe-het-zelf', 'huis-aan-huisblad', 'stap-voor-stap', 'auto-te-gaststraten').
_LINKS = frozenset(
    {"to", "of", "the", "and", "in", "on", "by", "for", "en", "op", "van", "het", "aan", "voor",
     "met", "tot", "te"}
)  # fmt: skip
# Words after which a hanging hyphen stays: "milieu- en sociale", "jeugd- of zorgaanbieder".
_CONJUNCTIONS = {"en", "of", "tot", "noch", "dan", "and", "or", "en/of"}
# A URL's start: scheme, 'www.', or a bare lower-case host with a path ('regiopurmerend.nl/2024/').
_URLISH = re.compile(r"((?i:https?://|www\.)|(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,6}/)\S*$")
_URL_CHARS = re.compile(r"^[\w%/.~\-?=&#:+@;,()]+")
_VOWELS = set("aeiouyáéíóúäëïöüàèìòù")
# What only a URL's path has inside a word; the typed hyphens (U+2010, U+2011) too: a table made
# in Word or Excel prints a cell's URL with them ('rapport‐over‐de‐proef').
URL_MARKS = "/%_=&?#.-~\u2010\u2011"


# Word for Mac (Quartz PDFContext) prints each hyphen as '-', a soft hyphen and U+2010 on one
# spot: a reader sees one ('ammoniak-\xad‐rekenmodel' is 'ammoniak-rekenmodel').
_DOUBLED_HYPHEN: Final = re.compile("-\u00ad?\u2010")


def clean(text: str) -> str:
    """One line or run of text: ligatures, split diacritics, odd spaces, NFC."""
    # Most lines: nothing to do. Told by string methods first (the pattern is slow to search):
    # control characters, soft hyphens and odd spaces are not printable. `plain` is
    # `text.isprintable() and "  " not in text` in one pass, printable ASCII told without
    # Unicode's table (the accelerator's, where it is built).
    if not text.isascii() and "\u2010" in text:
        text = _DOUBLED_HYPHEN.sub("-", text)
    if plain(text):
        if text.isascii():
            if "`" not in text:
                return text
        elif _FIXED.isdisjoint(text):
            return unicodedata.normalize("NFC", text)
    if not _NEEDS_CLEANING.search(text):
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    for lig, letters in _LIGATURES.items():
        if lig in text:
            text = text.replace(lig, letters)
    if not _ACCENT_CHARS.isdisjoint(text):
        text = _ACCENT_AFTER_LETTER.sub(_combine, text)
    text = _INNER_SOFT_HYPHEN.sub("", text)
    text = _CONTROL_INLINE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _combine(match: re.Match[str]) -> str:
    letter, accent = match.group(1), match.group(2)
    combined = unicodedata.normalize("NFC", letter + _SPACING_ACCENTS[accent])
    return combined if len(combined) == 1 else match.group(0)


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, undoing hyphenation and re-joining broken URLs."""
    out = ""
    for raw in lines:
        line = one_line(raw)  # most lines open with no space: a look, not a copy
        if line.startswith(" "):
            line = line.lstrip(" ")
        if not line or line.isspace():  # `not line.strip()` without the stripped copy
            continue
        if not out:
            out = line
            continue
        out = _join(out, line)
    return _finish(out)


def one_line(text: str) -> str:
    """`text` without line breaks ('\\r', '\\n'): asked first whether it has any (most texts have
    none; a `replace` that finds nothing costs about four times an `in`, speed23.md round 40)."""
    if "\r" in text or "\n" in text:
        return text.replace("\r", "").replace("\n", "")
    return text


def cuts_url(left: str, right: str) -> bool:
    """The line `left` ends inside a URL that the line `right` continues."""
    stripped = left.rstrip()
    hyphen = stripped[-1:] in LINE_END_HYPHENS if stripped else False
    return _cuts_url(left, stripped, stripped[:-1] if hyphen else stripped, right)


def _cuts_url(left: str, stripped: str, base: str, right: str) -> bool:
    """`cuts_url` with the line's end read: `stripped` is `left` without its trailing spaces,
    `base` that without a line-end hyphen."""
    # only the last word can be a URL cut by the line end (and searching it all is quadratic)
    word = base[base.rfind(" ") + 1 :]
    if not _may_be_url(word):
        return False
    url = _URLISH.search(word)
    return bool(url and _URL_CHARS.match(right) and _continues_url(stripped, left, right))


# cells61: a drawn table's cell, read line by line (grids._by_middle), goes on with a web address
# its lines cut anywhere ('https://www.rijksover' / 'heid.nl/documenten/w' / 'ob\ufffe' / ...).
_URL_PIECE = re.compile("[\\w%/.~\\-?=&#:+;,()\u2010\u2011]+[\ufffe\u0002]?")


def ends_in_url(text: str) -> bool:
    """Whether the last word of `text` (a line-end hyphen mark aside) is a web address."""
    word = text.rstrip(PDFIUM_MARKS)
    word = word[word.rfind(" ") + 1 :]
    return _may_be_url(word) and _URLISH.search(word) is not None


def _may_be_url(word: str) -> bool:
    """No URL has neither a '/' nor a 'www.' (most words); a word with no '.' has no 'www.' in
    any case, told before a lower-cased copy is made."""
    return "/" in word or ("." in word and "www." in word.lower())


def url_piece(line: str) -> bool:
    """Whether a line is one word of a web address's characters that starts no address of its
    own ('heid.nl/documenten/w', 'ob\ufffe', 'D04481'; not 'https://...', 'info@...', 'en de')."""
    return _URL_PIECE.fullmatch(line) is not None and URL_START.match(line) is None


# ocrurl40: what only an address's piece holds (a word's letters and a line-end hyphen aside), and
# the marks a cell's line may end in where it wrapped an address after them.
ADDRESS_SIGNS: Final = frozenset("/%_=&?#~\u2010\u2011")
_WRAPPED_AFTER = PDFIUM_MARKS + "-\u2010\u2011"


def address_goes_on(last: str, piece: str, cut: bool) -> bool:
    """ocrurl40: whether a cell's next line `piece` goes on the web address its text so far
    (`last`) ends in, with no space, where the cell's narrow column wrapped the address anywhere
    and no drawn cell's box can tell it (an OCR'd table: an Excel inventory, printed and scanned,
    'https://www.rijksoverheid.nl/binaries/rijksoverhe' / 'i' / 'd/documenten/.../brief-van-de' /
    '-' / 'heer-alders-...'; refs37's p325): the piece is one word of an address's characters that
    opens no address of its own, and the line before was cut: it filled the column (`cut`, as the
    caller measures it), it ends in a hyphen, or the piece holds an address's sign
    ('d/documenten', after Excel's lone 'i'). grids._with_urls_whole does it for drawn grids."""
    return (
        url_piece(piece)
        and ends_in_url(last)
        and (cut or last[-1] in _WRAPPED_AFTER or not ADDRESS_SIGNS.isdisjoint(piece))
    )


def _join(left: str, right: str) -> str:
    stripped = left.rstrip()
    hyphen = stripped[-1:] in LINE_END_HYPHENS if stripped else False
    base = stripped[:-1] if hyphen else stripped
    if hyphen and stripped[-1] in "-‐‑" and base[-1:] == " ":
        return f"{stripped} {right}"  # 'het rapport Staal -' / '2009Z04630': a dash, not a hyphen
    # f-strings: one copy of the paragraph so far, not one per `+`
    if _cuts_url(left, stripped, base, right):
        return f"{base}-{right}" if hyphen else base + right
    if not hyphen:
        if stripped[-1:] == "/" and left == stripped and _cut_at_slash(stripped, right):
            return stripped + right  # 'nr. WJZ/' / '26291744': the line broke after the slash
        return f"{stripped} {right}"
    if right.split(" ", 1)[0].rstrip(",.;:") in _CONJUNCTIONS:
        return f"{base}- {right}"  # "milieu- en sociale": a hanging hyphen
    if _keeps_hyphen(base, right):
        return f"{base}-{right}"
    return base + right


def _cut_at_slash(stripped: str, right: str) -> bool:
    """matrix38: a word that ends in its only '/', a letter or digit before it and no '.' in it
    (no web address: `_cuts_url` reads those), at a line's end with no space after it, goes on in
    the next line's first word: a line may break after a slash ('nr. WJZ/' / '26291744', 'en/'
    / 'of'; WeasyPrint does), and no word ends in one."""
    word = stripped[stripped.rfind(" ") + 1 :]
    return (
        len(word) >= 2
        and word[-2].isalnum()
        and word.count("/") == 1
        and "." not in word
        and right[:1].isalnum()
    )


# A Tweede Kamer zaak or document number has five digits after its letter ('did=2022D22249'):
# one cut short at the line's end goes on with the digits it lacks on the next.
_SHORT_TK_NUMBER = re.compile(r"=\d{4}[ZD](\d{0,4})$")
_LEADING_DIGITS = re.compile(r"\d+")
# ocrurl40: ... or cut inside its year ('detail?id=2018Z09497&did=2' / '018D30087', a scanned
# letter's address at the line's end): the next line's first word makes the number whole, a year
# of 19xx or 20xx, its letter and five digits, and nothing of a word after them.
_TK_YEAR_CUT = re.compile(r"[?&]d?id=(\d{1,4})$")
_TK_YEAR_REST = re.compile(r"\d{0,3}[ZD]\d{5}(?![\w/-])")
_TK_WHOLE = re.compile(r"(?:19|20)\d\d[ZD]\d{5}")
# ... and a whole one ending the line ended the address there: the next line's list entry
# ('2018Z10708/2018D32641, d.d. ...') is not its rest, unless a parameter or fragment follows.
_TK_WHOLE_END = re.compile(r"[?&]d?id=(?:19|20)\d\d[ZD]\d{5}$")
# ocrurl40: an address whose last piece is a file's whole name ('.../kst-29517-136.html', '.pdf')
# ended there, unless a query or fragment follows ('?', '#', '&'): the next line's next list
# entry ('32550-62/2018D38393, d.d. ...', 'kst-29517-177, d.d. ...') is not its rest, though it
# holds an address's marks.
_FILE_END = re.compile(r"/[^/\s]+\.(?:html?|pdf|aspx?|php)$", re.IGNORECASE)
URL_START = re.compile(r"(?i:https?://|www\.)")
# urls39: a list's item label and the item's first word after it ('ii. Doel: ...', 'b) De ...',
# '3. Het ...'): a roman numeral, one letter or one or two digits with its '.' or ')', a space and a
# capitalised word. No path piece is followed so: a path's last piece before a sentence's full stop
# is no list label, and the next word would not start the line.
_LIST_ITEM = re.compile(r"(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)][ \t]+[A-Z][a-z]")


def _continues_url(stripped: str, left: str, right: str) -> bool:
    """A URL cut by the line end, rather than a URL that ends the line before other text."""
    if left != stripped:  # the extractor saw a space after it: the URL ended
        return False
    first = right.split(" ", 1)[0]
    if stripped.endswith("://"):
        return True
    if "@" in first:  # 'www.logius.nl' / 'servicecentrum@logius.nl': an e-mail address follows
        return False
    if URL_START.match(first):  # a side column's list of sites: the next line is a URL of its own
        return False
    short = _SHORT_TK_NUMBER.search(stripped)
    if short is not None:
        rest = _LEADING_DIGITS.match(first)
        return rest is not None and len(short.group(1)) + len(rest.group()) == 5
    year = _TK_YEAR_CUT.search(stripped)
    if year is not None:
        tail = _TK_YEAR_REST.match(first)
        if tail is not None and _TK_WHOLE.fullmatch(year.group(1) + tail.group()) is not None:
            return True
    if (
        _FILE_END.search(stripped) is not None or _TK_WHOLE_END.search(stripped) is not None
    ) and first[:1] not in "?#&":
        return False
    if stripped[-1] == "." and first[:1].isupper() and "/" not in first:
        return False  # 'op www.rijksoverheid.nl.' / 'De minister': the sentence ended with it
    url_like = any(ch in first for ch in URL_MARKS)
    if stripped[-1] == "/":  # a path may end there: only URL material, or a line of it, goes on
        if _LIST_ITEM.match(right) is not None:
            return False  # '.../gebiedscommissie/' / 'ii. Doel: ...': a list's next item
        return url_like or " " not in right.strip()
    return stripped[-1] in "-_.%=&?#~\ufffe\u0002\u2010\u2011" or url_like


def _keeps_hyphen(base: str, right: str) -> bool:
    word_before = re.split(r"\s", base)[-1] if base else ""
    word_after = right.split(" ", 1)[0]
    if not word_before or not word_after:
        return True
    last, first = word_before[-1], word_after[0]
    if not last.isalpha() or last.isupper() or first.isupper() or first.isdigit():
        return True  # "EU-agentschappen", "Noord-Holland", "covid-19"
    if not first.isalpha():
        return True
    # hyphen39: the document's own spelling of the word inside its lines ('a-nummer' and never
    # 'anummer': the hyphen is the word's; 'beoordeling' and never 'be-oordeling': a
    # hyphenator's cut), where it spells it one way only
    piece = _PIECE_END.search(word_before)
    before = piece.group() if piece is not None else ""
    after_piece = _PIECE_START.match(word_after)
    after = after_piece.group() if after_piece is not None else ""
    spelling = SPELLING.get()
    if spelling is not None and before and after:
        hyphened, joined = spelling.seen(before, after)
        if hyphened and not joined:
            return True
        # clashing vowels keep their hyphen (below) unless the document spells the word whole
        # more than once ('Ni-' / 'et-aangeboren', 'Do-' / 'ing'): one whole spelling may be
        # the writer's slip ('communicatieuitingen' once, 'communicatie-' / 'uitingen')
        if joined and not hyphened and (joined > 1 or not _clash(last, first)):
            return False
    if before and _no_syllable(before):
        return True  # "e-" / "mailadres", "brp-" / "messagebroker", "e2e-" / "spec"
    # "system-" / "to-system", "end-" / "to-end": a compound hyphenated throughout, the rest a
    # linking word and its hyphen; a hyphenator's cut leaves a syllable there ("gege-vens-").
    link = word_after.split("-", 1)
    if len(link) == 2 and link[1][:1].isalpha() and link[0].lower() in _LINKS:
        return True
    # "huis-aan-" / "huisbladen", "out-of-" / "scope": the linking word before the break
    link = word_before.rsplit("-", 1)
    if len(link) == 2 and link[0][-1:].isalpha() and link[1].lower() in _LINKS:
        return True
    # "politie-eenheden", "auto-ongeluk": Dutch writes a hyphen between clashing vowels
    if _clash(last, first):
        return True
    # "niet-functionele", "niet-roker": 'niet' before a noun or adjective always takes its hyphen;
    # a hyphenator cuts after 'niet' only before a diminutive's 'je' ('niet-jes')
    if word_before.lstrip("(\"'\u2018\u201c").lower() == "niet" and not word_after.startswith("je"):
        return True
    return _slug_after_url(base, word_before, word_after, right)


def _clash(last: str, first: str) -> bool:
    return last.lower() in _VOWELS and first.lower() in _VOWELS


_PIECE_END = re.compile(r"\w+$")
_PIECE_START = re.compile(r"\w+")
_SYLLABLE_VOWELS = frozenset("aeiouyáéíóúäëïöüàèìòùâêîôû")


def _no_syllable(piece: str) -> bool:
    """hyphen39: a piece before a line-end hyphen that no hyphenator leaves: one letter ('e-' /
    'mail', 'a-' / 'nummer'), no vowel ('brp-', 'vvp-': an abbreviation), a digit in it ('e2e-'),
    or a capital after its first letter ('YouTube-', 'ZoRo-': a name as it is spelled). Every
    hyphenator leaves two letters or more, a syllable, and hyphenates plain words only."""
    if len(piece) == 1:
        return True
    if not any(c in _SYLLABLE_VOWELS for c in piece.lower()):
        return True
    return any(c.isdigit() or (i > 0 and c.isupper()) for i, c in enumerate(piece))


@final
class Spelling:
    """hyphen39: how the document spells its words inside its lines, read off its pages' runs
    once a line-end hyphen asks (`seen`): the words (lower case) and the pairs of pieces it
    joins with a hyphen ('a-nummer', 'woo-verzoek'). A run's last word cut by a line-end
    hyphen is left out: its spelling is what is asked. Pages read after the first ask (a
    drawn table's cells are joined while the pages are read) are read at the next."""

    def __init__(self, pages: list[PageRuns]) -> None:
        self.pages = pages
        self.read = 0
        self.words: dict[str, int] = {}
        self.hyphened: dict[str, int] = {}

    def seen(self, before: str, after: str) -> tuple[int, int]:
        """How often the document writes 'before-after' and 'beforeafter' (any case)."""
        if self.read < len(self.pages):
            self._read()
        left, right = before.lower(), after.lower()
        return self.hyphened.get(f"{left}-{right}", 0), self.words.get(left + right, 0)

    def _read(self) -> None:
        words, hyphened = self.words, self.hyphened
        for page in self.pages[self.read :]:
            for run in page.runs:
                text = run.text
                if text[-1:] in LINE_END_HYPHENS:  # the word cut at the line's end
                    text = text[: text.rfind(" ") + 1]
                for found in _COMPOUND.findall(text.lower()):
                    parts = _HYPHEN.split(found)
                    for part in parts:
                        words[part] = words.get(part, 0) + 1
                    for k in range(len(parts) - 1):
                        pair = f"{parts[k]}-{parts[k + 1]}"
                        hyphened[pair] = hyphened.get(pair, 0) + 1
        self.read = len(self.pages)


_COMPOUND = re.compile("\\w+(?:[-\u2010\u2011]\\w+)*")
_HYPHEN = re.compile("[-\u2010\u2011]")
# The document's spelling while it is segmented (`assemble`, `segmenter`); None: rules only.
SPELLING: ContextVar[Spelling | None] = ContextVar("spelling", default=None)


# A web address's slug: three or more lower-case pieces joined by '-' ('grondbeleid-in-begroting'),
# then maybe more of the path ('.pdf', '/2', '?id=').
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}(?:[/.?#=&_%~][\w/.?#=&%~\-]*)?[,.;:)]*")
_SLUG_PIECE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _slug_after_url(base: str, word_before: str, word_after: str, right: str) -> bool:
    """hyphen30: a line-end hyphen inside a web address's slug, where OCR left a space after the
    address's '/' or after the hyphen, so `_continues_url` took the address as ended
    ('.../view/3902f8ec/ notitie-' / 'grondbeleid-in-begroting-en-jaarstukken'). A hyphenator's
    cut leaves a syllable on the next line, never a slug of three pieces; prose after an address
    ('.../ ver-' / 'gadering van de raad') joins as before."""
    if _may_be_url(word_before):  # '.../notitie- ' / 'grondbeleid-in-begroting-...'
        return _URLISH.search(word_before) is not None and _SLUG.fullmatch(word_after) is not None
    # the word before it ends in '/': read off the paragraph so far in place (no copy of it: a
    # hyphenated line's end in prose asks this)
    end = len(base) - len(word_before)
    while end > 0 and base[end - 1].isspace():
        end -= 1
    if end == 0 or base[end - 1] != "/" or not _SLUG_PIECE.fullmatch(word_before):
        return False
    previous = base[base.rfind(" ", 0, end) + 1 : end]
    if not (_may_be_url(previous) and _URLISH.search(previous)):
        return False
    # '.../ notitie-': after a whole piece's slash, as `_continues_url` reads one: URL material
    # goes on, or a line of it (a sentence's stop is no URL's: '.../ ver-' / 'gadering.')
    word = word_after.rstrip(",.;:)")
    return any(ch in word for ch in URL_MARKS) or word == right.strip()


def _finish(text: str) -> str:
    if plain(text):  # most: no control characters, odd spaces (see `clean`)
        return text.strip()
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


_KNOWN_MAX: Final = 4096  # texts an `Anchored` remembers, forgotten all at once beyond


@final
class Anchored:
    """A pattern matched at a text's start (`match`), asked only of a text whose first character
    could start a match: one of `first`, or a decimal digit where `decimal` (the engine's `\\d`
    is `str.isdecimal`'s); where `second` is given, the second character must be one of it too.
    A pattern call from compiled code costs ~1.5-2K instructions before the engine reads a
    character, a look at a character a few dozen; most lines start with a capital, which none of
    the list and number marks do (bench/segment/speed23.md, round 28). The gate must hold every
    character a match can start with: tests/unit/segment/test_speed28.py reads them off each
    pattern."""

    def __init__(
        self, pattern: re.Pattern[str], first: str, decimal: bool, second: str = ""
    ) -> None:
        self.pattern = pattern
        self.first = first
        self.decimal = decimal
        self.second = second
        # the answers for texts that passed the gate (False: no match): the steps ask a block's
        # text again (a list's numbers, the headings' passes); a match object is read, never
        # changed. One look-up a question, so a clear in another thread costs only a match.
        self.known: dict[str, re.Match[str] | bool] = {}

    def match(self, text: str) -> re.Match[str] | None:
        c = text[:1]
        if not c:
            return None
        if c not in self.first:
            if not self.decimal:
                return None
            code = ord(c)  # `isdecimal` without a method call for ASCII
            if code < 128:
                if code < 48 or code > 57:
                    return None
            elif not c.isdecimal():
                return None
        if self.second:
            d = text[1:2]
            if not d or d not in self.second:
                return None
        known = self.known
        found = known.get(text)
        if found is None:
            if len(known) >= _KNOWN_MAX:
                known.clear()
            found = known[text] = self.pattern.match(text) or False
        return None if isinstance(found, bool) else found


LOWER: Final = "abcdefghijklmnopqrstuvwxyz"
SYMBOL_FONT: Final = "".join(map(chr, range(0xF000, 0xF100)))  # pdfium's glyphs of a symbol font
