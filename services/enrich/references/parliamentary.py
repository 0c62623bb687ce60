"""Kamerstukken: 'Kamerstukken II 2021/22, 29 911, nr. 345', 'Kamerstuk 36 200 VI, nr. 12', '32 217,
A'.

Normalized as the official publication id: kst-<dossier>[-<toevoeging>]-<nr>; a dossier cited
without
a number becomes kst-<dossier>[-<toevoeging>] and links to the dossier page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import DASH, DASH_CLASS, MONTHS, Hit
from services.enrich.scan import BLANKS, Guarded, near
from services.enrich.words import read

_OB: Final = "https://zoek.officielebekendmakingen.nl/"
_D: Final = DASH_CLASS
_S: Final = BLANKS
_YEAR: Final = rf"(?:19|20)\d\d{_S}[/{DASH}]{_S}(?:\d{{4}}|\d{{2}})"
# 5-digit dossier, optionally grouped '29 911' or '29.911'; 10000-39999 keeps out postcodes and
# amounts.
_DOSSIER: Final = r"(?P<dossier>[1-3]\d[ .\u00a0]?\d{3})(?!\d)"  # never the head of a longer number
# After a label, a grouped dossier may wrap at its space ('Kamerstukken II 2006/07, 29 ' + '452, nr.
# 70'), taken only when its number follows: a bare two digits at a line's end are anything.
_DOSSIER_WRAPPING: Final = (
    r"(?P<dossier>[1-3]\d(?:[ .\u00a0]|[ \u00a0]*\r?\n[ \u00a0]*"
    r"(?=\d{3}[^\n\d]{0,16}?(?:nrs?|nummers?)\.?\s*[1-9]))?\d{3})(?!\d)"
)
# Toevoeging: roman chapter (VI, XVI, VIII), a two-digit sub-dossier (21 501-02) or one capital (R,
# A). A roman chapter may stand after a spaced dash ('35 570 -VI, nr. 115', '36 200 - XII').
# A kingdom act's bill also carries its R-number in brackets ('16 040 (R 1141), nrs. 3-4').
# A budget's chapter may be named so: '19 700 hoofdstuk XV, nr. 2' (the 1987 budget's chapter XV).
# refs42: a comma may stand before the roman chapter when the number's label follows it
# ('Kamerstukken II 2019/20, 35 300, IV, nr. 11', 'TK 1999-2000, 26800, VII, nr. 2', '33 000, X,
# nr.77'); after a comma, a chapter without a number is an Eerste Kamer letter's place ('32 217,
# A'), not read so.
_NR_LABEL: Final = r"(?:nrs?|nummers?|no)\.?"
_COMMA_CHAPTER: Final = (
    rf",[ \u00a0]*(?:{_D}[ \u00a0]?)?(?=[IVXL]{{1,6}},?{_S}{_NR_LABEL}{_S}[1-9A-Z])"
)
_TOEV: Final = (
    rf"(?:(?:{_D}|[ \u00a0]{_D}[ \u00a0]?(?=[IVXL])|[ \u00a0]+hoofdstuk[ \u00a0]+(?=[IVXL])"
    rf"|{_COMMA_CHAPTER}|[ \u00a0])"
    rf"(?P<toev>[IVXL]{{1,6}}(?:{_D}?[A-Z])?|\d\d(?!\d)|[A-Z](?![\w]))"
    rf"(?![\w]))?(?:[ \u00a0]*\(R[ \u00a0]?\d{{3,4}}\))?"
)
# The comma after a year may lose its space where text joined two lines ('2021/22,36 021').
_YEAR_END: Final = r"(?:,\s*|\s+)"
_UPTO: Final = rf"(?P<upto>{_S}{_D}{_S}[1-9]\d{{0,4}}(?![\w]))?"  # 'nrs. 12-15'
_NR: Final = rf"(?P<nr>[1-9]\d{{0,4}}[a-z]?|[A-Z]{{1,2}})(?![\w]){_UPTO}"
# More numbers of the same dossier: 'nrs. 12, 14 en 17', 'nr. 679, nr. 684 en 685', 'nrs. 3-5'.
# A number followed by three more digits is the head of the next dossier ('en 36 200 B, nr. 3').
_NOT_A_DOSSIER_HEAD: Final = r"(?![ \u00a0.]\d{3}(?!\d))"
# A listed number is no day of a date: 'nr. 12, 15 mei' lists no 15 (and see _rising).
_CLOSES: Final = rf"(?![ \t]+(?:{MONTHS}))"
_ONE_MORE: Final = (
    rf"(?:{_NR_LABEL}{_S})?(?:[1-9]\d{{0,4}}[a-z]?|[A-Z]{{1,2}})(?![\w]){_NOT_A_DOSSIER_HEAD}"
    rf"(?:{_S}{_D}{_S}[1-9]\d{{0,4}}(?![\w]))?{_CLOSES}"
)
_MORE: Final = rf"(?P<more>(?:{_S}(?:,|en|&|t/m|tot\s+en\s+met){_S}{_ONE_MORE})*)"
_CHAMBER: Final = r"(?:II|I|TK|EK|Tweede\s+Kamer|Eerste\s+Kamer)"
# More Eerste Kamer letters: '36 100, E en F', '32 217, A, B en C'.
_LETTERS: Final = rf"(?P<letters>(?:{_S}(?:,|en|&){_S}[A-Z](?![\w{DASH}]))*)"


# Labelled: 'Kamerstuk(ken) [II] [vergaderjaar] [2021/22,] 29 911[ VI][, nr. 345]'; the chamber's
# abbreviation before a year labels as well ('EK 2022/23, 36 200, A').
def _labelled(label: str) -> Guarded:
    return Guarded(
        r"(?<![^\W\d_])",
        rf"(?:{label})(?:\s+{_CHAMBER})?,?"
        rf"(?:\s+(?:vergaderjaar\s+)?{_YEAR}{_YEAR_END}|\s+){_DOSSIER_WRAPPING}{_TOEV}"
        rf"(?:,?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}|,{_S}(?P<letter>[A-Z]{{1,2}})(?![\w]){_LETTERS})?",
    )


# A paper of the sessions before 1995 cited by its 'Zitting', the dossier glued to the session's
# years as the old papers print it: 'Kamerstukken II, Zitting 1958-1959-5380, Nr. 3'. Dossiers
# were numbered from 1 then, so three or four digits are one; the number's label is required.
_SESSION: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"Kamerstuk(?:ken)?(?:\s+{_CHAMBER})?,?\s+[Zz]itting\s+(?:19|20)\d\d{_S}[/{DASH}]{_S}"
    rf"(?:19|20)?\d\d(?:{_S}[,{DASH}]{_S}|\s+)(?P<dossier>[1-9]\d{{2,4}}|[1-9]\d?[ .\u00a0]\d{{3}})"
    rf"(?!\d)(?P<toev>)(?:,?{_S})(?:[Nn]rs?|[Nn]ummers?)\.?{_S}{_NR}{_MORE}",
)

# (Two patterns: a pattern led by 'K' alone is scanned fast; 'TK'/'EK' are looked for only when
# the text holds one.)
_LABELLED: Final = _labelled(r"Kamerstuk(?:ken)?|Kst\.?")
_ABBREVIATED: Final = _labelled(rf"[TE]K(?=,?\s+{_YEAR})")
# Without a year the abbreviation labels only a dossier with its number or Eerste Kamer letter
# ('EK 36 600 B, A', 'TK 31 839, nr. 1024'): 'EK' and 'TK' alone are also championships and
# initials, and a bare five-digit number after them is anything.
_ABBREVIATED_NO_YEAR: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"[TE]K\s+{_DOSSIER}{_TOEV}"
    rf"(?:,?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}|,{_S}(?P<letter>[A-Z]{{1,2}})(?![\w]){_LETTERS})",
)
# Chamber and year instead of a label: 'Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424'.
_CHAMBER_YEAR: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"(?:Tweede|Eerste)\s+Kamer,?\s+(?:vergaderjaar\s+)?{_YEAR}{_YEAR_END}{_DOSSIER_WRAPPING}{_TOEV}"
    rf",?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}",
)
# A second citation in a labelled list names only its chamber and year: 'Kamerstukken II 2021/22,
# 36 021, nr. 6; I 2022/23, 36 021, B'. The chamber's numeral right after a semicolon, then a year
# and a dossier, continues the label.
_CONTINUED: Final = Guarded(
    r"(?<=;[ \t])|(?<=;\n)",
    # 'II?', not 'I{1,2}': a literal first, where the engine skips to (a repeat first gives none)
    rf"II?\s+{_YEAR}{_YEAR_END}{_DOSSIER_WRAPPING}{_TOEV}"
    rf"(?:,?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}|,{_S}(?P<letter>[A-Z]{{1,2}})(?![\w]){_LETTERS})",
)
# Bare: '29 383, nr. 406', '21 501-02, nr. 2498'; the 'nr.' after a dossier number is what makes it
# one.
# Not after these characters: '(?<![\w€$.,/:])' before the dossier, written after its first digit
# as a lookbehind over both ('[1-3](?<![\w€$.,/:][1-3])', the same test): a pattern led by a
# lookbehind gives the regex engine no first character, so a search tries every position; led by
# '[1-3]' it jumps to those digits (issue #12).
_BARE_DOSSIER: Final = (
    r"(?P<dossier>[1-3](?<![\w€$.,/:][1-3])\d[ .\u00a0]?\d{3})(?!\d)"  # = _DOSSIER
)
# A joint paper's second dossier after a slash, in a list of papers without their label ('(27
# 926/31 200 XVIII, nr. 122)', an AO report's list, session 50): the first dossier's paper, as
# `_JOINT` reads a labelled one.
# (The second dossier's chapter, letter or sub-dossier: '31 200 XVIII', '36 600 C', '21 501-20'.)
_SECOND_TOEV: Final = (
    rf"(?:(?:{_D}|[ \u00a0])?[IVXL]{{1,6}}(?![\w])|(?:{_D}|[ \u00a0])[A-Z](?![\w])|{_D}\d\d(?!\d))"
)
_SLASH_SECOND: Final = rf"(?:{_S}/{_S}[1-3]\d[ .\u00a0]?\d{{3}}(?!\d){_SECOND_TOEV}?)?"
_BARE: Final = re.compile(
    rf"{_BARE_DOSSIER}{_TOEV}{_SLASH_SECOND},?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}"
)
# Eerste Kamer letter: '32 217, A' (only with a label or the Eerste Kamer named nearby: see
# _LABELLED).
# Bare dossier with a roman chapter and a hyphen: '31700-VIII' is unmistakable.
_BARE_CHAPTER: Final = re.compile(rf"{_BARE_DOSSIER}{_D}(?P<toev>[IVXL]{{1,6}})(?![\w{DASH}])")

# An Eerste Kamer letter in brackets, as the Eerste Kamer's own papers cite one without a label:
# '(31 839, X)', '(32820, A)', '(36410 VIII, C)'. The bracket closes right after the letters; the
# dossier is grouped by a space or not at all ('(25.000, A)' is an amount's shape, not a dossier's).
# refs50: the Eerste Kamer's Handelingen name the letter as such: 'de motie-Koffeman over ...
# (35788, letter N)' (kst-35788-N).
_BRACKETED_LETTER: Final = re.compile(
    rf"\((?P<dossier>[1-3]\d[ \u00a0]?\d{{3}})(?!\d){_TOEV},[ \t\u00a0]*(?:letter[ \t\u00a0]+)?"
    rf"(?P<letter>[A-Z]{{1,2}})(?![\w]){_LETTERS}(?=\))"
)

# Anchors of the bare forms: the number label and its number; a dash and a roman chapter.
_LABEL_AND_NUMBER: Final = re.compile(rf"{_NR_LABEL}{_S}[1-9A-Z]")
_DASH_CHAPTER: Final = re.compile(rf"{_D}[IVXL]")
_DOSSIER_REACH: Final = 64  # dossier, toevoeging, comma and spaces before the label

# ... nor a deed's place in the land registry: 'ingeschreven in het register Hypotheken 3 in deel
# 33333 nummer 12'.
_NOT_AFTER: Final = re.compile(r"(?:Postbus|postbus|€|EUR|tel\.?|telefoon|fax|[Dd]eel)\s*$")


def _dossier_id(m: re.Match[str]) -> str:
    dossier = re.sub(r"\D", "", m.group("dossier"))
    toev = m.group("toev")
    if toev:
        toev = re.sub(DASH_CLASS, "-", toev)
        if re.fullmatch(r"[IVXL]+[A-HJ-KM-UWYZ]", toev):  # 'VIIA' printed without dash
            toev = toev[:-1] + "-" + toev[-1]
        return f"{dossier}-{toev}"
    return dossier


_MORE_NUMBER: Final = re.compile(
    rf"([1-9]\d{{0,4}}[a-z]?|[A-Z]{{1,2}})(?![\w])(?:{_S}{_D}{_S}([1-9]\d{{0,4}}))?"
    r"|(?:t/m|tot\s+en\s+met)\s*([1-9]\d{0,4})"
)
_LONGEST_RANGE: Final = 30  # 'nrs. 12-15' lists its numbers; a wider span is no enumeration


def _span(first: str, last: str | None) -> list[str]:
    """'12' to '15' -> 12, 13, 14, 15; a reversed or very wide range ('nr. 12-2022') is no
    range of numbers: only the first is sure."""
    if not last or not first.isdigit():
        return [first]
    a, b = int(first), int(last)
    if a < b <= a + _LONGEST_RANGE:
        return [str(n) for n in range(a, b + 1)]
    return [first]


def _numbers(m: re.Match[str]) -> list[str]:
    gd = m.groupdict()
    first = gd.get("nr") or gd.get("letter")
    if not first:
        return []
    upto = re.sub(DASH_CLASS, " ", gd.get("upto") or "").strip() or None
    out = _span(first, upto)
    more = re.sub(r"(?:nrs?|nummers?|no)\.?", " ", gd.get("more") or gd.get("letters") or "")
    for n in _MORE_NUMBER.finditer(more):
        if n.group(3):  # 't/m 17': the range from the previous number
            out.extend(_span(out[-1], n.group(3))[1:])
        elif _rising(out[-1], n.group(1)):
            out.extend(_span(n.group(1), n.group(2)))
        else:
            break
    return list(dict.fromkeys(out))


def _rising(last: str, nxt: str) -> bool:
    """Numbers of one dossier are listed in rising order: 'nr. 12 en 3 andere stukken' and
    'nr. 12, 2 bijlagen' list no 3 or 2."""
    a, b = _digits(last), _digits(nxt)
    if bool(a) != bool(b):
        return False
    if not a:
        return nxt > last  # Eerste Kamer letters: 'C en D'
    return int(b) > int(a) or (int(b) == int(a) and nxt > last)  # 'nrs. 12 en 12a'


def _digits(number: str) -> str:
    return number[: len(number) - len(number.lstrip("0123456789"))]


# A number's pages, then the same dossier's next number: 'nr. 4, p. 12 en 13, en nr. 6', 'nr. 6,
# p. 15-16; nr. 7, p. 5-6'. Only a labelled number continues the citation ('p. 12 en 13' are
# pages, and so is any bare number after them).
_PAGES: Final = r"(?:p|pp|blz|pag|pagina'?s?|bladzijden?)\.?"
_PAGE: Final = rf"\d{{1,4}}(?:{_S}{_D}{_S}\d{{1,4}})?(?![\w])"
_AFTER_PAGES: Final = re.compile(
    rf",{_S}{_PAGES}{_S}{_PAGE}(?:{_S}(?:,{_S}en|,|en|&){_S}{_PAGE})*{_S}(?:[,;]{_S})?(?:en{_S})?"
    rf"{_NR_LABEL}{_S}{_NR}{_MORE}"
)


def _after_pages(m: re.Match[str], numbers: list[str]) -> tuple[list[str], int]:
    """The citation's numbers with those listed after its pages, and where it ends."""
    end = m.end()
    while (more := _AFTER_PAGES.match(m.string, end)) is not None:
        listed = _numbers(more)
        if not _rising(numbers[-1], listed[0]):
            break
        numbers = [*numbers, *listed]
        end = more.end()
    return numbers, end


def _hits(m: re.Match[str], *, dossier_only: bool = False) -> Iterator[Hit]:
    dossier = _dossier_id(m)
    numbers = _numbers(m)
    if not numbers:
        if dossier_only:
            yield Hit("kamerstuk", m.start(), m.end(), f"kst-{dossier}", _OB + f"dossier/{dossier}")
        return
    numbers, end = (
        _after_pages(m, numbers) if "," in m.string[m.end() : m.end() + 1] else (numbers, m.end())
    )
    for nr in dict.fromkeys(numbers):
        ident = f"kst-{dossier}-{nr}"
        yield Hit("kamerstuk", m.start(), end, ident, f"{_OB}{ident}.html")


# 'Kamerstuk 36200-XII-60': after a roman chapter, a letter or a sub-dossier's two digits
# ('Kamerstuk 21501-20-2128'), or right after the dossier ('Kamerstuk 26643-1171'), a dash and the
# number (the shorthand).
_DASH_NUMBER: Final = re.compile(rf"{_D}(?P<nr>[1-9]\d{{0,3}})(?![\w]|[.,/{DASH}]\d)")


# The short form of a labelled citation with its year: the number after a comma, without 'nr.'
# ('Kamerstukken II 2018/19, 29911, 249;', as notes and rulings cite). Taken only after a label
# and a year, and only where the number closes the citation (a ';', '.', ')' or ']', the line's
# end, or ', p.' and its pages): '..., 35 000, 12 november 2018' is a date and '..., 35 000, 12
# en ...' or ', 3 keer' anything.
_LABEL_YEAR: Final = re.compile(
    rf"(?:Kamerstuk(?:ken)?|Kst\.?)(?:\s+{_CHAMBER})?,?\s+(?:vergaderjaar\s+)?{_YEAR}"
)
_COMMA_NUMBER: Final = re.compile(
    rf",{_S}(?P<nr>[1-9]\d{{0,4}})(?![\w]|[.,/{DASH}]\d)"
    rf"(?=[;.)\]]|[ \t]*(?:\r?\n|$)|,{_S}{_PAGES}{_S}\d)"
)


# A stuk printed in two dossiers: 'Kamerstukken 29 689 en 29 538, nr. 1081' is the first
# dossier's nr. 1081 (its publication id); the number is not the second dossier's. Notes write the
# pair with a slash as well ('Kamerstukken II 2019/20, 29 754/27 925, nr. 369'; session 50). The
# second dossier may carry its own chapter or letter, after a dash or a space ('Kamerstukken 36 600
# B en 36 600 C, nr. 6': the gemeentefonds' and the provinciefonds' joint letter is kst-36600-B-6),
# or its two-digit sub-dossier ('Kamerstukken 30 821 en 21 501-20, nr. 73', session 50).
# refgold45: a kingdom act's second dossier keeps its R-number, as `_TOEV` lets the first keep
# its own ('Kamerstukken 35 687 en 35 688 (R2151), nr. 14' is kst-35687-14; main read the second
# dossier's nr. 14 and the first dossier alone).
_JOINT: Final = re.compile(
    rf"(?:{_S}en{_S}|{_S}/{_S})(?P<second>[1-3]\d[ .\u00a0]?\d{{3}})(?!\d)"
    rf"{_SECOND_TOEV}?(?:[ \u00a0]*\(R[ \u00a0]?\d{{3,4}}\))?"
    rf",?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}"
)


# refs46: an Eerste Kamer paper on bills treated together is cited by both dossiers, or by the
# first and 'e.a.', then its letter: 'Kamerstukken I 2023/24, 36154/35555, B' (an EK nota),
# 'Kamerstukken I 2004/05, 29 762 e.a., D' (a memorie van antwoord). As `_JOINT`'s stuk, it is the
# first dossier's paper (kst-36154-B); main read the first dossier alone.
_JOINT_LETTER: Final = re.compile(
    rf"(?:{_S}/{_S}[1-3]\d[ .\u00a0]?\d{{3}}(?!\d)"
    rf"(?:(?:{_D}|[ \u00a0])?(?:[IVXL]{{1,6}}|[A-Z])(?![\w]))?|[ \u00a0]+e\.a\.)"
    rf",{_S}(?P<letter>[A-Z]{{1,2}})(?![\w]){_LETTERS}"
)


# A label glued to its dossier, as web renderings of the official papers print it where a
# non-breaking space or a link's edge was lost: '(Kamerstuk32 847, nr. 578)'. The bare pattern
# keeps a dossier right after a letter out ('AB12 345, nr. 6' is no citation), so the glued label
# is read on its own: 'Kamerstuk' or 'Kamerstukken' right before the dossier's first digit, and
# only a dossier with its number ('Kamerstuk32 847' alone may be a footnote's number glued).
# (The lookbehind after the label's letters, looking back over them: a pattern led by a
# lookbehind gives the regex engine no first character, and a search tries every position.)
_GLUED_LABEL: Final = re.compile(
    r"Kamerstuk(?<![^\W\d_]Kamerstuk)(?:ken)?(?=[1-3]\d[ .\u00a0]?\d{3}(?!\d))"
)
_DOSSIER_AND_NUMBER: Final = re.compile(rf"{_DOSSIER}{_TOEV},?{_S}{_NR_LABEL}{_S}{_NR}{_MORE}")


def _glued_label(text: str) -> Iterator[Hit]:
    for label in _GLUED_LABEL.finditer(text):
        m = _DOSSIER_AND_NUMBER.match(text, label.end())
        if m is not None:
            for hit in _hits(m):
                yield hit.starting_at(label.start())


# The words each pattern needs one of, read in words.py's one pass over the text: where none
# stands, the pattern's scan is skipped (not a substring test or a scan each).
_LABELS: Final = frozenset({"Kamerstuk", "Kst"})  # `_LABELLED`
_CHAMBERS: Final = frozenset({"Tweede", "Eerste"})  # `_CHAMBER_YEAR`
_NUMBER_LABELS: Final = frozenset({"nr", "no", "nummer"})  # `_LABEL_AND_NUMBER`
_DASH_CHAPTERS: Final = frozenset(d + c for d in DASH for c in "IVXL")  # `_DASH_CHAPTER`
CUES: Final = (
    frozenset({"TK", "EK", "amerstuk", "itting"})
    | _LABELS
    | _CHAMBERS
    | _NUMBER_LABELS
    | _DASH_CHAPTERS
)


def find(text: str) -> Iterator[Hit]:
    joint_seconds: set[int] = set()  # where a joint stuk's second dossier stands
    cues = read(text).cues
    labelled = list(_LABELLED.finditer(text)) if not cues.isdisjoint(_LABELS) else []
    if "itting" in cues and not cues.isdisjoint(_LABELS):
        for m in _SESSION.finditer(text):
            yield from _hits(m)
    if "TK" in cues or "EK" in cues:
        labelled += _ABBREVIATED.finditer(text)
        labelled += _ABBREVIATED_NO_YEAR.finditer(text)
    for m in labelled:
        tail = _DASH_NUMBER.match(text, m.end())
        if tail is None and not _numbers(m) and _LABEL_YEAR.match(m.group()):
            tail = _COMMA_NUMBER.match(text, m.end())
        if tail and not _numbers(m):
            ident = f"kst-{_dossier_id(m)}-{tail.group('nr')}"
            yield Hit("kamerstuk", m.start(), tail.end(), ident, f"{_OB}{ident}.html")
            continue
        joint = _JOINT.match(text, m.end()) if not _numbers(m) else None
        if joint is not None:
            joint_seconds.add(joint.start("second"))
            for nr in _numbers(joint):
                ident = f"kst-{_dossier_id(m)}-{nr}"
                yield Hit("kamerstuk", m.start(), joint.end(), ident, f"{_OB}{ident}.html")
            continue
        letter = _JOINT_LETTER.match(text, m.end()) if not _numbers(m) else None
        if letter is not None:
            for nr in _numbers(letter):
                ident = f"kst-{_dossier_id(m)}-{nr}"
                yield Hit("kamerstuk", m.start(), letter.end(), ident, f"{_OB}{ident}.html")
            continue
        yield from _hits(m, dossier_only=True)
    for m in _CHAMBER_YEAR.finditer(text) if not cues.isdisjoint(_CHAMBERS) else ():
        yield from _hits(m)
    for m in _CONTINUED.finditer(text) if ";" in text else ():
        yield from _hits(m)
    labels = list(_LABEL_AND_NUMBER.finditer(text)) if not cues.isdisjoint(_NUMBER_LABELS) else []
    for m in near(_BARE, labels, text, before=_DOSSIER_REACH, after=16):
        if m.start() in joint_seconds:
            continue
        if not _NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
            yield from _hits(m)
    for m in _BRACKETED_LETTER.finditer(text) if "(" in text else ():
        for hit in _hits(m):
            yield hit.starting_at(hit.start + 1)  # the bracket is no part of it
    chapters = list(_DASH_CHAPTER.finditer(text)) if not cues.isdisjoint(_DASH_CHAPTERS) else []
    for m in near(_BARE_CHAPTER, chapters, text, before=7, after=8):
        if not _NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
            yield from _hits(m, dossier_only=True)
    if "amerstuk" in cues:
        yield from _glued_label(text)
