"""Names read in OCR noise (issue #12 point 3, issue #8 point 4; bench/enrich/ocrjunk45.md).

Tesseract reads a drawing, a photo or a phone's screen into fragments ('fas NS iy', 'APE Ee EE
Ted Sarre, ad Ne ree ar'); among them stand short pieces that the name finders take for a body's
acronym ('NS', 'AD', 'SER', 'OM') or a person ('Zoe Ki', 'Fen Fant'). On a page an OCR engine
read, a name whose neighbours on its line are mostly no words is not minted unless it is itself
made of real words (`_strong`: 8 letters or more in words of 4 letters or more: 'Jerry Stoker',
'Gemeente Coevorden', 'Belastingdienst'); a person without initials needs cleaner neighbours
(`held_back`). The text stays in its segment; the enricher says per page how many names it held
back (a warning in the document's quality).
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import lexicon

# A find's neighbours: this many pieces (blank-separated) either side on its own line.
REACH: Final = 6
# The characters either side read for those pieces (a paragraph's line is all of it).
_WINDOW: Final = 120
# Fewer neighbours than this judge nothing: a short line is a label or a list's item.
MIN_NEIGHBOURS: Final = 4
# The share of neighbours that are no words from which a find's line reads as noise.
NOISE_SHARE: Final = 0.6
# The same for a person's name without initials.
PERSON_NOISE_SHARE: Final = 0.4
# A find holding this many letters in words of 4 letters or more stands out of any noise.
STRONG_LETTERS: Final = 8

# Punctuation that says nothing either way: list marks, dashes, a table's cell bar.
_NEUTRAL: Final = "-–—•·*:;,.()&'\"’‘“”|/!?"
# Words under four letters, which the lexicon does not hold: Dutch and English function words
# and the short words of a letter's frame.
_SHORT_WORDS: Final = """
de het een en in op te van is er om ik u je we wij zij ze hij ons uw of al zo nu na
dat die dit wat wie hoe aan met bij tot uit ter ten per als dan ook nog wel pas nee ja
ben had heb was zal kan mag wil gaan gaat doe ga zie via mr dr ir drs ing bv nv nl vs
the of and to for on at by be are as an or it you not our we he she his her all
no nr tel fax mail web www com org tav cc bcc van aan dag jan feb mrt apr mei jun jul
aug sep okt nov dec uur min re fw fwd aw"""
_SHORT: Final = frozenset(_SHORT_WORDS.split())
# A table's text parts its cells so ('a | b'); a cell is a find's line.
_CELL: Final = " | "
# A lower-case word this long not in the lexicon is a compound ('landbouwcollectieven') or a
# word OCR misread, not noise: Tesseract's noise is short.
LONG_WORD: Final = 6
_NUMBER: Final = re.compile(r"[\d.,:/%€+-]*\d[\d.,:/%€+-]*")
# A code of capitals and digits: 'COVID-19', 'BWBR0040889', 'A4'.
_CODE: Final = re.compile(r"[A-Z]+-?\d+[A-Z\d]*")
_WORD: Final = re.compile(r"[^\W\d_]+")
_ADDRESS: Final = re.compile(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+")


def _a_word(piece: str) -> bool | None:
    """True for a word, a number or an address, False for noise, None for bare punctuation."""
    core = piece.strip(_NEUTRAL)
    if not core:
        return None  # punctuation only
    if len(core) == 3 and core.isupper():
        return None  # an acronym ('IVN', 'NMF') or Tesseract's capitals ('TII', 'NEY'): either
    # letters only, the common case, without a pattern (a pattern costs ~5 us a piece)
    if core.isalpha():
        return _known(core)
    parts = core.split("-")
    if len(parts) > 1 and all(part.isalpha() for part in parts):
        return all(_known(part) for part in parts)
    return bool(_NUMBER.fullmatch(core) or _CODE.fullmatch(core) or _ADDRESS.fullmatch(core))


def _known(word: str) -> bool:
    if len(word) < lexicon.MIN_LENGTH:
        return word.lower() in _SHORT
    # a capitalised or all-capital word of four letters or more reads as a name or an acronym
    if word.isupper() or (word[0].isupper() and word[1:].islower()):
        return True
    if len(word) >= LONG_WORD and word.islower():
        return True
    return lexicon.common_word(word.capitalize())


def noisy(text: str, start: int, end: int, share: float = NOISE_SHARE) -> bool:
    """The find at text[start:end] stands among neighbours on its line (in a table, its cell)
    that are mostly noise."""
    verdicts = [v for v in map(_a_word, _neighbours(text, start, end)) if v is not None]
    if len(verdicts) < MIN_NEIGHBOURS:
        return False
    return verdicts.count(False) >= share * len(verdicts)


def _neighbours(text: str, start: int, end: int, cells: bool = True) -> list[str]:
    """Up to REACH pieces either side of the find on its line or in its cell (`cells`), read
    from a window of characters (a paragraph's line is all of it); a piece the window cuts is
    left out."""
    left = max(0, start - _WINDOW)
    cell = text.rfind(_CELL, left, start) if cells else -1
    head = max(text.rfind("\n", left, start) + 1, cell + len(_CELL) if cell >= 0 else 0, left)
    before = text[head:start].split()
    if head == left > 0 and not text[left - 1].isspace():
        before = before[1:]
    right = min(len(text), end + _WINDOW)
    ends = (text.find("\n", end, right), text.find(_CELL, end, right) if cells else -1)
    stops = [i for i in ends if i >= 0]
    tail = min(stops, default=right)
    after = text[end:tail].split()
    if tail == right < len(text) and not text[right].isspace():
        after = after[:-1]
    return before[-REACH:] + after[:REACH]


def _strong(found: str) -> bool:
    return sum(len(w) for w in _WORD.findall(found) if len(w) >= 4) >= STRONG_LETTERS


# --- ocrnoise47: short names read in noise or misread codes (bench/enrich/ocrnoise47.md) ---
# A body's acronym or a law's short form this short ('AD', 'NOS', 'Sv') is what noise spells
# most often; a person whose two first words are this short ('Sia Sta', 'Zoe Ki') too.
SHORT: Final = 3
# Words that open or join a surname ('Van den Berg'): no short name's piece.
_PARTICLE_WORDS: Final = "van de den der ter ten te het la le du da von di del vd"
_PARTICLES: Final = frozenset(_PARTICLE_WORDS.split())
# Three letters alike in a row: Tesseract's reading of a dotted leader or a hatched box
# ('nrecseenseneseeeees'), never a Dutch word's.
_REPEAT: Final = re.compile(r"(.)\1\1")
# A name written in camel case ('ProRail', 'TenneT'): neither word nor noise.
_CAMEL: Final = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+")
# A host in a piece OCR cut from its address ('linkedin.com/company/igj>').
_HOST: Final = re.compile(r"[a-z]\.(?:nl|com|org|eu|net|be|de)\b")


def _sentence_word(piece: str) -> bool | None:
    """True for a word of running text (a function word, the lexicon's word, a long lower-case
    word, a number, a code, an address), False for noise (mixed case, a short lower-case piece
    that is no word, letters repeated), None for what may be either: punctuation, capitals and
    capitalised words (acronyms and names)."""
    core = piece.strip(_NEUTRAL)
    if not core:
        return None
    if core.isalpha():
        if _REPEAT.search(core):
            return False
        if core.isupper() or _CAMEL.fullmatch(core):
            return None
        if not (core.islower() or core.istitle()):
            return False  # 'iS', 'eLSCOASCRE', 'DODEETeEORO'
        if len(core) < lexicon.MIN_LENGTH:
            return core.lower() in _SHORT
        if core.istitle():
            return True if lexicon.common_word(core) else None
        return len(core) >= LONG_WORD or lexicon.common_word(core.capitalize())
    # a number, a code, a ground ('10.2.e'), a date, an address or a host, however OCR cut it
    return any(c.isdigit() for c in core) or bool(_ADDRESS.search(core) or _HOST.search(core))


def short_name(found: str, person: bool) -> bool:
    """A find short enough for noise to spell: an acronym or short form of 3 letters or fewer
    ('AD', 'NOS', 'Sv'), or a person whose first two words are ('Sia Sta', 'Nic Nid Oude')."""
    if not person:
        return len(found) <= SHORT and found.isalpha() and found[0].isupper()
    words = found.split()
    return (
        len(words) >= 2
        and "." not in found
        and all(len(w) <= SHORT and w.lower() not in _PARTICLES for w in words[:2])
    )


def among_no_words(text: str, start: int, end: int) -> bool:
    """A short name (`short_name`) on an OCR-read page stands where no word of running text
    does: among its neighbours on its line (a table's row whole: a cell of noise is often one
    piece, '| Upp | SANS Sv:') none is a sentence's word and one is noise at least ('AD iS) SUES',
    'fas NS iy', a dotted leader's 'SORA ... NOS EDESES'). A short name in a sentence, or beside
    a number or an address, is kept."""
    verdicts = [_sentence_word(p) for p in _neighbours(text, start, end, cells=False)]
    return True not in verdicts and False in verdicts


def _beside_noise(text: str, start: int, end: int) -> bool:
    """One neighbour at least is noise ('Nib' beside 'Nic Nid', '16-RG5' beside 'Sia Sta'); a
    short lower-case word is none (many a Dutch verb is short: 'zei', 'nam')."""
    for piece in _neighbours(text, start, end):
        core = piece.strip(_NEUTRAL)
        if core.isalpha() and core.islower() and len(core) <= SHORT:
            continue
        if _a_word(piece) is False:
            return True
    return False


def short_held(text: str, start: int, end: int, kind: str) -> bool:
    """A short name (`short_name`) on an OCR-read page not to be minted: an acronym or short
    form among no words (`among_no_words`), or a person of two short words beside noise: OCR's
    reading of codes ('S1a S1a' read 'Sia Sta') or of a drawing ('Zoe Ki')."""
    if not short_name(text[start:end], kind == "person"):
        return False
    if kind == "person":
        return _beside_noise(text, start, end)
    return among_no_words(text, start, end)


def held_back(text: str, start: int, end: int, person: bool = False) -> bool:
    """A name on an OCR-read page not to be minted: read in noise, and not made of real words.
    A person without initials is held back where fewer of its neighbours are noise, however
    long its words: Tesseract's misreadings of a dashboard's print mint given name and word
    ('Han Wrowwe', 'Ise Thisbemonster'); a person the document gives again outside noise stays
    (the enricher's check)."""
    if person and "." not in text[start:end]:
        return noisy(text, start, end, PERSON_NOISE_SHARE)
    return not _strong(text[start:end]) and noisy(text, start, end)


# --- ocrnoise48: a ruling's label, a redaction box read as a name (bench/enrich/ocrnoise48.md) ---
# A ruling's number after its label ('LJN: BA9807'), which OCR reads 'UN: BA9807', 'UN: BAg807',
# 'UN: I3A98o7', '(UN: 5Y674.6)', 'UN:BW 1556': up to the bracket, semicolon or comma that ends it,
# six or seven letters and digits (an LJN's six, a letter OCR split in two) once a blank and dots
# are left out, three digits at least and a letter. A body's number after its label ('KvK:
# 09125050') is digits only, a year or a word no such code.
_AFTER_LABEL: Final = re.compile(r":\s?([A-Za-z\d][A-Za-z\d .]{4,8}[A-Za-z\d])(?=[);,])")
_LJN_LIKE: Final = re.compile(r"(?=(?:[A-Za-z]*\d){3})(?=\d*[A-Za-z])[A-Za-z\d]{6,7}")


def code_label(text: str, start: int, end: int) -> bool:
    """A short acronym (`short_name`) that labels a ruling's code on an OCR-read page: OCR's
    misreading of 'LJN' ('(UN: 5Y6746)'), which no body is."""
    if not short_name(text[start:end], False):
        return False
    code = _AFTER_LABEL.match(text, end)
    return (
        code is not None
        and _LJN_LIKE.fullmatch(code[1].replace(" ", "").replace(".", "")) is not None
    )


# The titles a name follows ('De heer' is 'heer' with its article).
_TITLES: Final = ("heer", "Heer", "mevrouw", "Mevrouw", "mw.", "Mw.", "dhr.", "Dhr.")
# After the title a blank, never a line's end: a signature's 'De heer' stands above the name.
_SLOT_AFTER_TITLE: Final = re.compile(
    r"(?: ?[|”\"’'\[\]\)_]| [A-Z](?![\w.])| (?!(?:"
    + "|".join(sorted(_PARTICLES | _SHORT))
    + r")\b)[a-z]{2,}\b)"
)
# Slots from which a document reads as redacted by boxes: one is a title's odd line.
REDACTED_SLOTS: Final = 2


def redacted(text: str) -> bool:
    """A document whose names were blacked out: two titles at least stand without a name
    (`_slots`); on its pages an OCR engine read Tesseract reads the boxes as short capitals
    ('BEN', 'NN', 'EY') or a letter or two ('Ti')."""
    return _slots(text, REDACTED_SLOTS) >= REDACTED_SLOTS


def _slots(text: str, enough: int) -> int:
    """Titles without a name, as Tesseract reads a redaction box after one: nothing ('De heer
    verklaarde'), a lone capital ('De heer J kon'), a stroke or a quote ('heer| SSS', 'heer”',
    'mevrouw |)'); a title's generic pair ('Geachte heer/mevrouw,') is none. Counted up to
    `enough`, found with `str.find` (a pattern over a whole document costs ~1 % of enrichment)."""
    found = 0
    for title in _TITLES:
        at = text.find(title)
        while at >= 0:
            end = at + len(title)
            if (at == 0 or not text[at - 1].isalnum()) and _SLOT_AFTER_TITLE.match(text, end):
                found += 1
                if found >= enough:
                    return found
            at = text.find(title, end)
    return found


def box_name(found: str, person: bool) -> bool:
    """A name a redaction box can read as: an acronym of 3 letters or fewer ('EY'), a person of
    one word of 2 letters ('Ti')."""
    if person:
        return len(found) <= 2 and found.isalpha() and found[0].isupper()
    return short_name(found, False)
