"""Names that look like an organisation but are not a mention of one.

- An abbreviation after an ordinal counts a series: '7e AP' is the seventh action programme, not
  the Autoriteit Persoonsgegevens; 'de 2e TK' and 'het derde EP' likewise, also where OCR read
  the ordinal's 'e' as a degree sign ('7° AP').
- A short abbreviation among the letters OCR reads in a redaction box ('ver: EY EE EXE 1. BE') is
  noise, not a body ('EY').
- 'KvK 51048329' in a letterhead labels a registration number, not a mention of the Kamer van
  Koophandel; 'UN: BA9807' (OCR's reading of 'LJN:') labels a ruling's number.
- An abbreviation among the points of the compass ('SE, SSE, S, SSW, SW, WSW, W') is a wind's
  direction, not a body (WSW, the Waarborgfonds Sociale Woningbouw).
- A mail subject's prefix ('FW:', 'RE:', 'AW:', and 'EW:' as OCR reads 'FW:') is no body.
- 'Microsoft Word – Eindversie' is a file's title (a PDF converter's), not a mention of the maker.
- A name glued to a domain ('Rijksoverheid.nl', 'www.RIVM.nl', OCR'd 'rivm. nl>') or after an
  '@' is a website or a mail address, not a mention.
- A body's one-word name that is also a Dutch common noun, plural or abstract ('Financiën',
  'Defensie', 'Toeslagen'), after a unit's or an overview's word is that unit or subject, not the
  body: 'de afdeling Financiën van de gemeente', 'team Financiën', 'het Integraal Overzicht
  Financiën gemeenten', 'de Hersteloperatie Toeslagen' ('Overzicht Google Apple ...' names Google).
- A ministry's name in a list of committees' portfolios ('de vaste commissies voor Justitie en
  Veiligheid, voor Volksgezondheid, Welzijn en Sport, en voor Binnenlandse Zaken en de Hoge
  Colleges van Staat / Algemene Zaken en Huis van de Koning') names a committee, not the ministry.
- A line printed on many pages, numbers aside (a running header or footer the segmenter left in
  the body: 'Ministerie van Financiën | Directie Financiële Markten', 'Tweede Kamer, vergaderjaar
  2023–2024, Aanhangsel 3') is page furniture; the organisation in it is the publisher, not a
  mention.
- A paper's word before a portfolio's one word ('Notitie Financiën') names the paper's subject.
- A site's word before a body's one-word name ('Commandopost Clingendael', 'Landgoed
  Clingendael', 'Kamp Zeist') names the place the body took its name from, not the body.
- A body's one-word name that is also a Dutch plural noun ('Toeslagen') opening a sentence before
  a plural verb is the noun ('Toeslagen spelen hier een belangrijke rol': the body would take a
  singular verb), and alone after a Kamerstuk dossier's number it is the dossier's title ('36708
  Toeslagen' over a letter; orgsLet48's set K48, two letters of Financiën).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from services.enrich.entities import orgnames
from services.enrich.entities.gazetteer import automaton
from services.enrich.scan import latin1
from services.enrich.words import read
from stukken.contracts import Segment

_ORDINAL: Final = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:e|ste|de|th|st|nd|rd|°|º)|eerste|tweede|derde|vierde|vijfde|zesde|"
    r"zevende|achtste|negende|tiende|elfde|twaalfde)[ \u00a0]$",
    re.IGNORECASE,
)
_SHORT: Final = 5  # abbreviations up to this length count a series after an ordinal


def counted_series(text: str, start: int, end: int) -> bool:
    """'7e AP': the abbreviation is preceded by an ordinal. Not where a meeting's word follows:
    the ordinal counts the body's meeting ('de 39ste ICAO Assemblee', 'de 78e VN Algemene
    Vergadering', orgs73)."""
    name = text[start:end]
    if len(name) > _SHORT or not name.isupper():
        return False
    if _MEETING_AFTER.match(text, end) is not None:
        return False
    return _ORDINAL.search(text, max(0, start - 14), start) is not None


_MEETING_AFTER: Final = re.compile(
    r"[ \u00a0-](?:Assemblee|Assembly|Algemene[ \u00a0]Vergadering|General[ \u00a0]Assembly|"
    r"[Vv]ergadering|[Jj]aarvergadering|[Cc]onferentie|Conference|[Cc]ongres|[Zz]itting|"
    r"[Ss]essie|Session|[Tt]op|Summit)(?![\w-])"
)


# What Tesseract reads in a black redaction box: runs of E, I, X, J, H, B, R with two E's or more.
# Two of those letters that any such line holds (`CUES`: words.py tells whether a text holds them,
# read once a text, not once a name).
CUES: Final = frozenset({"EE", "EXE"})
_REDACTION: Final = re.compile(r"(?<![\w])(?=[EIXJHBR]*E[EIXJHBR]*E)[EIXJHBR]{2,6}(?![\w])")


def in_redaction_noise(text: str, start: int, end: int) -> bool:
    """'ver: EY EE EXE 1. BE (EXEC)': the line holds two redaction readings or more."""
    if end - start > 3 or read(text).cues.isdisjoint(CUES):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return len(_REDACTION.findall(line)) >= 2


# A Woo ground printed on a redaction box, as OCR reads it ('5.1.2e', '5.1.26', '51.2e', '512¢'),
# and a box's opening bracket with no closing one ('Halo [EY'): the capitals beside them are the
# box's black read as letters, not a body's abbreviation (round orgs58, Woo-released mails).
_GROUND_AFTER: Final = re.compile(r"[ \t\u00a0]+5[ .]?1[ .]?2[ .]?[a-z0-9¢§](?![\d.])")
_GROUND_BEFORE: Final = re.compile(r"(?<![\d.])5[ .]?1[ .]?2[ .]?[a-z0-9¢§][ \t\u00a0]+$")
_ARTICLE_BEFORE: Final = re.compile(
    r"(?<![\w])(?:[Dd]e|[Hh]et|[Vv]an|[Bb]ij|[Dd]oor|[Mm]et|[Aa]an|[Nn]aar)[ \t\u00a0]+$"
)


def beside_a_redaction(text: str, start: int, end: int) -> bool:
    """'Nu ook EY 5.1.26', 'Halo [EY': two capitals right beside a Woo ground, or after a
    redaction box's open bracket; not after an article or preposition ('het OM 5.1.2e'), and
    three are left to `in_redaction_noise`."""
    if end - start != 2 or not text[start:end].isupper():
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None:
        return False
    if start and text[start - 1] == "[" and "]" not in text[end : end + 2]:
        return True
    return (
        _GROUND_AFTER.match(text, end) is not None
        or _GROUND_BEFORE.search(text, max(0, start - 10), start) is not None
    )


# A register's label before its number in a letterhead: 'KvK 51048329', 'KvK-nummer: ...', or
# the label alone at a line's end where the number was left out.
_REGISTER_LABEL: Final = re.compile(
    r"[ \t\u00a0]*(?:[-:]?[ \t\u00a0]*(?:nummer|nr\.?)?[ \t\u00a0:]*\d|\r?\n)"
)


# An extract's word before the register's keeper: a checklist's '□ Uittreksel KvK' at a line's
# end (a Coevorden Woo decision), 'een uittreksel van de KvK', 'uittreksel uit het KvK'.
_EXTRACT_BEFORE: Final = re.compile(
    r"(?<![\w-])[Uu]ittreksel(?:[ \t\u00a0]+(?:van|uit)[ \t\u00a0]+(?:de|het))?[ \t\u00a0]+$"
)


# A court ruling's old number, its label misread by OCR: 'LJN: BA9807' as 'UN: BA9807'.
_CASE_NUMBER: Final = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*[A-Z]{2}\d{4}(?!\w)")


def register_label(text: str, start: int, end: int) -> bool:
    """'KvK 51048329': the Kamer van Koophandel's abbreviation labels a registration number; 'UN:
    BA9807' labels a ruling's number (LJN) as OCR read it."""
    if text[start:end] == "KvK":
        if _EXTRACT_BEFORE.search(text, max(0, start - 24), start) is not None:
            return False  # 'Uittreksel KvK': an extract from the register names its keeper
        return _REGISTER_LABEL.match(text, end) is not None
    return end - start <= 3 and _CASE_NUMBER.match(text, end) is not None


_COMPASS: Final = r"(?:[NESW]|[NS][EW]|[NESW][NS][EW])"
_COMPASS_AROUND: Final = re.compile(rf"(?<![\w-]){_COMPASS}[ \t\u00a0]*[,/][ \t\u00a0]*$")
_COMPASS_AFTER: Final = re.compile(rf"[ \t\u00a0]*(?:,|/|en|of)[ \t\u00a0]*{_COMPASS}(?![\w-])")


def among_compass_points(text: str, start: int, end: int) -> bool:
    """'SSW, SW, WSW, W': a three-letter point of the compass with another point before and
    after it is a wind's direction."""
    if end - start > 3 or re.fullmatch(_COMPASS, text[start:end]) is None:
        return False
    before = _COMPASS_AROUND.search(text, max(0, start - 8), start)
    return before is not None and _COMPASS_AFTER.match(text, end) is not None


# An address line's place in capitals after a postcode's letters, the digits lost to the text:
# 'Postbus AP ROTTERDAM', 'Dreef HS HAARLEM' (up to two words: 'DEN HAAG').
_CAPITALS_PLACE: Final = re.compile(r"[ \t\u00a0]+([A-Z]{3,}(?:[ \t\u00a0-][A-Z]{2,})?)(?![\w-])")


def postcode_before_place(text: str, start: int, end: int) -> bool:
    """Two capitals before a listed place printed in capitals are a postcode's letters, no
    abbreviation: 'AP ROTTERDAM' is no Autoriteit Persoonsgegevens."""
    if end - start != 2:
        return False
    place = _CAPITALS_PLACE.match(text, end)
    if place is None:
        return False
    words = place.group(1).replace("-", " ").split()
    for n in (len(words), 1):
        known = automaton().get(" ".join(w.capitalize() for w in words[:n]), None)
        if known is not None and known[1].type == "location":
            return True
    return False


_MAIL_PREFIX: Final = re.compile(r"(?:EW|FW|RE|AW|TR|WG|Fwd|FWD|Antw|ANTW)[ \t]?:")


# An attachment's file name, as a mail's header or OCR lists it before the next one:
# 'image004.ipg EW: landelijk beeld.eml' (OCR's 'jpg'), 'Notitie.docx RE: ...'.
_ATTACHMENT_BEFORE: Final = re.compile(r"\w\.[A-Za-z]{2,4}[ \t]+$")


def mail_prefix(text: str, start: int, end: int) -> bool:
    """'EW: landelijk beeld.eml': the abbreviation opens a line, or follows an attachment's file
    name, and a colon follows it."""
    if _MAIL_PREFIX.match(text, start) is None or text.find(":", start) >= end + 3:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t") in ("", "Subject:", "Onderwerp:"):
        return True
    return _ATTACHMENT_BEFORE.search(text, max(line_start, start - 40), start) is not None


# Also as OCR reads an e-mail address's domain: 'rivm. nl>', 'rivm.ni>', 'rivm.n|>', 'rivm.n>'.
_DOMAIN: Final = re.compile(
    r"\.(?:(?:nl|com|org|eu|net|be|int|gov)(?![\w-])|(?-i:[ ]?n[lI1|i]?)(?![a-zA-Z]))",
    re.IGNORECASE,
)


# 'NOS.nl, 27 juni 2024, «...»': a news site named as the source of a dated piece is its medium.
_DATED_SOURCE: Final = re.compile(
    r"\.nl,[ \t\u00a0]+\d{1,2}[ \t\u00a0]+[a-z]{3,9}[ \t\u00a0]+\d{4}"
)


# A web page's title names its site last, after a bar: '... | Rapport | Rijksoverheid.nl'.
_PAGE_TITLE_SITE: Final = re.compile(r"\|[ \t\u00a0]*$")


# A body's abbreviation in capitals with '.nl' and nothing after it is the name the body goes by
# ('RVO.nl', the Rijksdienst voor Ondernemend Nederland's own name for years; orgs73's 'Left'): a
# site is printed in lower case ('rvo.nl'), after 'www.' or '/', or with a path or an address.
_ABBREVIATION: Final = re.compile(r"[A-Z]{2,6}")
_BRAND_DOMAIN: Final = re.compile(r"\.nl(?![\w/@-]|\.\w)")


def names_a_website(text: str, start: int, end: int) -> bool:
    """'Rijksoverheid.nl', '@rivm.nl': the name is a website's or a mail address's."""
    if start and text[start - 1] == "@":
        return True
    if (
        text.startswith(".nl", end)
        and _BRAND_DOMAIN.match(text, end) is not None
        and _ABBREVIATION.fullmatch(text, start, end) is not None
        and not (start and text[start - 1] in "/.:")
    ):
        return False
    if text.startswith(".nl,", end) and _DATED_SOURCE.match(text, end) is not None:
        return False
    if _PAGE_TITLE_SITE.search(text, max(0, start - 3), start) is not None:
        return False  # 'Integraal Zorgakkoord | Rapport | Rijksoverheid.nl': the page's publisher
    return _DOMAIN.match(text, end) is not None or text[max(0, start - 4) : start].lower() == "www."


# 'Microsoft Word – Eindversie (EXTERN)': the title a PDF converter gives a document made in an
# office program, copied into a citation; it names the file, not the maker.
_FILE_TITLE: Final = re.compile(r"[ \t\u00a0]+(?:Word|Excel|PowerPoint)[ \t\u00a0]*[-–—]")


def names_a_file_title(text: str, start: int, end: int) -> bool:
    """'Microsoft Word – Rapport def': the maker of the program the file was made in."""
    return _FILE_TITLE.match(text, end) is not None


# 'initial public offering (IPO)': the words before the parentheses spell the abbreviation, so
# here it stands for them, not for the listed body of the same letters.
_DEFINED: Final = re.compile(r"((?:[\w-]+[ \t\u00a0]+){1,8})\($")  # matched only before a '('
_DEFINED_REACH: Final = 120
_DEFINED_WORDS: Final = 8
_DEFINED_SPACES: Final = " \t\u00a0"


def _defined_start(text: str, lo: int, paren: int) -> int:
    """Where `_DEFINED.search(text, lo, paren + 1)` begins its match, or -1 where it finds none.

    The match ends with the '(' at `paren` and is, before it, nothing but runs of word characters
    and hyphens, each followed by spaces: the leftmost start is the first word character of the
    eighth run back, or of the first run where fewer stand since the last other character. A
    search tried the pattern at every position of the 120 before (with backtracking into each run
    of words); this reads them back once (issue #12)."""
    if paren <= lo or text[paren - 1] not in _DEFINED_SPACES:
        return -1
    first = -1
    runs = 0
    in_word = False
    i = paren - 1
    while i >= lo:
        ch = text[i]
        if ch in _DEFINED_SPACES:
            in_word = False
        elif ch.isalnum() or ch == "_" or ch == "-":  # `[\w-]`: \w is isalnum() or '_'
            if not in_word:
                runs += 1
                if runs > _DEFINED_WORDS:
                    break
                in_word = True
            first = i
        else:
            break
        i -= 1
    return first


def defined_long_form(text: str, start: int, end: int) -> int:
    """Where the long form that an abbreviation in brackets spells out begins ('United Nations
    Relief Works Agency (UNRWA)': at 'United'), or -1: its last words' initials are the letters."""
    name = text[start:end]
    if start == 0 or text[start - 1] != "(" or not (2 <= len(name) <= 8 and name.isupper()):
        return -1
    at = _defined_start(text, max(0, start - _DEFINED_REACH), start - 1)
    m = _DEFINED.match(text, at, start) if at >= 0 else None
    if m is None:
        return -1
    words = m.group(1).split()
    if len(words) < len(name) or "".join(w[0] for w in words[-len(name) :]).upper() != name:
        return -1
    first = words[-len(name)]
    return text.rfind(first, m.start(1), start - 1)


def defined_otherwise(text: str, start: int, end: int, canonical: str) -> bool:
    name = text[start:end]
    if start == 0 or text[start - 1] != "(" or not (2 <= len(name) <= 8 and name.isupper()):
        return False
    at = _defined_start(text, max(0, start - _DEFINED_REACH), start - 1)
    m = _DEFINED.match(text, at, start) if at >= 0 else None
    if m is None:
        return False
    words = m.group(1).split()[-len(name) :]
    initials = "".join(w[0] for w in words).upper()
    if initials != name or " ".join(words).lower() == canonical.lower():
        return False
    # A list that holds the body by its letters alone has no long form to compare: a long form
    # headed as a body's name is its own ('United Nations Relief Works Agency (UNRWA)', as a
    # question spells it; O49), 'Zevende Actieprogramma (AP)' is none.
    return not (canonical == name and any(w in orgnames.HEADS for w in words))


_MIN_LINE: Final = 8
# `\d\d*`, not `\d+`: a pattern led by a repeat gives the regex engine no first character, so a
# search tries a match at every position; this one it jumps to the digits (issue #12)
_NUMBER: Final = re.compile(r"\d\d*")
# ... and in a text of Latin-1 characters alone (ASCII until throughput39), where `\d` is
# `[0-9]`: a class the engine tests by a bitmap, not by each character's Unicode category
# (issue #12)
_ASCII_NUMBER: Final = re.compile(r"[0-9][0-9]*")


def _numbers_blanked(text: str) -> str:
    """`_NUMBER.sub("#", text)`."""
    return (_ASCII_NUMBER if latin1(text) else _NUMBER).sub("#", text)


def _line_key(line: str) -> str:
    """A line with its whitespace collapsed and its numbers blanked: a footer names its page
    ('Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2')."""
    return _numbers_blanked(" ".join(line.split()))


_MIN_PAGES: Final = 3


def running_lines(segments: list[Segment]) -> frozenset[str]:
    """Lines (whitespace collapsed) printed on at least three pages and on a third of them."""
    total = len({seg.page for seg in segments})
    if total < _MIN_PAGES:
        return frozenset()  # no line can stand on three pages
    pages: dict[str, set[int]] = defaultdict(set)
    for seg in segments:
        # numbers blanked once per text, not per line: a run of digits never holds a line break
        for line in _numbers_blanked(seg.text).splitlines():
            key = " ".join(line.split())
            if len(key) >= _MIN_LINE and not key.isdigit():
                pages[key].add(seg.page)
    need = max(_MIN_PAGES, total // 3)
    return frozenset(line for line, on in pages.items() if len(on) >= need)


def in_running_line(text: str, start: int, end: int, lines: frozenset[str]) -> bool:
    if not lines:
        return False
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : last if last != -1 else len(text)]
    # A line's key begins with its first word, numbers blanked: where no running line begins so,
    # the key (the whole line collapsed, some lines a table's thousand characters) is not made.
    words = line.split(None, 1)
    if not words:
        return False
    head = _numbers_blanked(words[0])
    for key in lines:  # (a loop: a document has a few running lines)
        if key.startswith(head):
            return _line_key(line) in lines
    return False


# 'Directoraat-Generaal Politie en Veiligheidsregio's', 'Directie Belastingdienst': a ministry's
# directorate named after the body it oversees (a letterhead's lines, also as the body text of a
# raw or OCR'd page) is the directorate, not the body. Prose writes the word in lower case ('het
# directoraat-generaal Defensie en Ruimte van de Europese Commissie', blind50: not the Dutch
# ministry).
_DIRECTORATE: Final = r"(?<![\w-])(?:[Dd]irectoraat-[Gg]eneraal|[Dd]irectie)"
_DIRECTORATE_BEFORE: Final = re.compile(rf"{_DIRECTORATE}[ \t\u00a0]*\r?\n?[ \t\u00a0]*$")


# ... or a portfolio's one word further on in a directorate's name ('Directie Coördinatie
# Financiën, Bedrijfsvoering en Juridische Zaken'): one or two capitalised words between.
_DIRECTORATE_WORDS_BEFORE: Final = re.compile(
    rf"{_DIRECTORATE}(?:[ \t\u00a0]*\r?\n?[ \t\u00a0]*"
    r"[A-ZÀ-Þ][\w-]*){1,2}[ \t\u00a0]*\r?\n?[ \t\u00a0]*$"
)


def names_a_directorate(text: str, start: int, end: int) -> bool:
    at = max(0, start - 48)
    if text.rfind("irect", at, start) == -1:  # cheap: most names have no directorate before
        return False
    if _DIRECTORATE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    return " " not in text[start:end] and (
        _DIRECTORATE_WORDS_BEFORE.search(text, at, start) is not None
    )


# A paper's word before a portfolio's one word ('Notitie Financiën', 'Memo Defensie' in an
# inventory's title column) names the paper's subject, not the ministry.
_PAPER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Nn]otitie|[Mm]emo|[Nn]ota|[Pp]aragraaf|[Hh]oofdstuk|[Oo]verzicht)[ \t\u00a0]+$"
)


def names_a_papers_subject(text: str, start: int, end: int, canonical: str) -> bool:
    if " " in text[start:end] or not canonical.startswith("Ministerie van "):
        return False
    return _PAPER_BEFORE.search(text, max(0, start - 12), start) is not None


# A unit's word, or a word that makes a title's subject of what follows, before a one-word name.
_SUBJECT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Aa]fdeling|[Tt]eam|[Ss]ector|[Cc]luster|[Uu]nit|[Dd]omein|[Tt]aakveld|"
    r"[Vv]akgroep|[Oo]verzicht(?:en)?|[Hh]ersteloperatie)"
    # a wrapped line may part them: 'de Integrale Overzichten' + 'Financiën gemeenten'
    r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"
    # a unit named by two words joined by an ampersand: 'Team Advies & Financiën' (Coevorden's
    # letterheads, two decisions); 'en' is left out: 'de afdeling Zorg en Defensie' may list two
    r"(?:[A-Z][a-zë]+[ \t\u00a0]*&[ \t\u00a0]*)?$"
)

# A Dutch plural or abstract noun's ending: 'Financiën', 'Toeslagen', 'Defensie', 'Justitie'.
_COMMON_NOUN: Final = re.compile(r"[A-Z][a-zë]+(?:en|ie|iën)")
_SUBJECT_REACH: Final = 40  # 'Afdeling Burgerzaken & ' before the name


def names_a_unit_or_subject(text: str, start: int, end: int) -> bool:
    """'afdeling Financiën', 'Overzicht Financiën gemeenten': a one-word name that is also a
    common noun, as a unit's or a title's subject."""
    if _COMMON_NOUN.fullmatch(text, start, end) is None:
        return False
    return _SUBJECT_BEFORE.search(text, max(0, start - _SUBJECT_REACH), start) is not None


# 'commissie(s) voor', then only portfolios: capitalised words, their small words, the slash of a
# joint committee, list commas and footnote numbers.
_COMMITTEES_FOR: Final = re.compile(r"[Cc]ommissies?\s+voor\s")
_PORTFOLIO_LIST: Final = re.compile(r"(?:(?:[A-ZÀ-Þ][\w&'’-]*|en|voor|de|van|het)[\s/,&]*)+")
_COMMITTEE_REACH: Final = 200


def in_a_committee_name(text: str, start: int, canonical: str) -> bool:
    """'de vaste commissies voor X, voor Y, en voor Z / Algemene Zaken ...': a ministry's name in
    the list is a committee's portfolio."""
    if not canonical.startswith("Ministerie "):
        return False
    at = max(0, start - _COMMITTEE_REACH)
    if text.find("ommissie", at, start) == -1:  # cheap: most names have no committee before
        return False
    opening = None
    for m in _COMMITTEES_FOR.finditer(text, at, start):
        opening = m
    if opening is None:
        return False
    between = text[opening.end() : start]
    return _PORTFOLIO_LIST.fullmatch(between) is not None


# A site's capitalised word before a one-word name: the estate, camp or building so named.
_SITE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:Commandopost|Landgoed|Buitenplaats|Kasteel|Paleis|Kazerne|Kamp|Fort|"
    r"Vliegbasis|Marinebasis|Sportpark|Park|Terrein|Complex)[ \t\u00a0]+$"
)
_SITE_REACH: Final = 14


def names_a_site(text: str, start: int, end: int) -> bool:
    """'Commandopost Clingendael': a one-word name after a site's word is the site's name."""
    if " " in text[start:end] or not text[start].isupper():
        return False
    return _SITE_BEFORE.search(text, max(0, start - _SITE_REACH), start) is not None


# A plural finite verb after a sentence's first word: its subject is that word as a plural noun.
_PLURAL_VERB: Final = re.compile(
    r"[ \t\u00a0]+(?:zijn|worden|hebben|kunnen|moeten|mogen|zullen|spelen|blijven|vormen|gaan|"
    r"komen|staan|leiden|bieden|lopen|vallen|dragen|tellen|verschillen|bestaan)(?![\w-])"
)
# A Kamerstuk dossier's number alone before the word on its line: '36708 Toeslagen', '31 066 ...'.
_DOSSIER_NUMBER: Final = re.compile(r"(?:^|\n)[ \t]*\d{2}[ \u00a0]?\d{3}[ \t\u00a0]+$")
_DOSSIER_REACH: Final = 12


def plural_noun_subject(text: str, start: int, end: int) -> bool:
    """'Toeslagen spelen hier een rol' (a sentence's plural subject), '36708 Toeslagen' (a
    dossier's title line): a one-word plural name that is the common noun there."""
    if (
        end - start < 5
        or text[end - 2 : end] != "en"
        or _COMMON_NOUN.fullmatch(text, start, end) is None
    ):
        return False
    line_end = end == len(text) or text[end] in "\r\n"
    if line_end and _DOSSIER_NUMBER.search(text, max(0, start - _DOSSIER_REACH), start) is not None:
        return True
    before = text[max(0, start - 2) : start].rstrip(" \t\u00a0")
    opens = not before or before[-1] in ".!?:\n"
    return opens and _PLURAL_VERB.match(text, end) is not None
