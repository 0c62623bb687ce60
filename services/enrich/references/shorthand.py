"""The Tweede Kamer's dossier shorthand: '34426-28', '31700-B-14', '31700-VII-12', '(36 471-64)',
a sub-dossier's '21501-07-1398' (the number may go to the next line after its dash);
a Rijkswet's dossier with its R-number: '34417-(R2068)-7', '(34417 (R2068))';
a dossier alone where the context makes it one: '(31 475)', '... wetsvoorstel - 30569',
'de wetsvoorstellen 31815, 31816 en 31840'; and the publication id itself, as footnotes print it:
'(kst-30552-3)', 'kst-36200-XII-60'; the Handelingen's 'Zij krijgt nr. 469 (29453).', the number a
motion is given as it is moved (kst-29453-469).

Digits joined by a dash are everywhere (phone numbers, postcodes, date and page ranges, kenmerken),
so the shorthand counts only with context: a roman chapter ('31700-VII-12'), parentheses, after
the ' - ' that ends a title in a besluitenlijst or agenda, or in a text about Kamer business.
A dossier is 5 digits 10000-39999 (printed '34426' or '34 426'); its number has at most 4 digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import DASH_CLASS, Hit
from services.enrich.scan import Guarded
from services.enrich.words import read

_OB: Final = "https://zoek.officielebekendmakingen.nl/"
_D: Final = DASH_CLASS
_DOSSIER: Final = r"(?P<dossier>[1-3]\d(?:\u00a0| )?\d{3})"
# A chapter ('VII'), a letter ('B') or a sub-dossier's two digits ('21501-07').
_TOEV: Final = rf"(?:{_D}(?P<toev>[IVXL]{{1,6}}|[A-Z]|\d\d(?={_D})))?"
# The Kamer's register pairs a dossier's shorthand with its document number: '32550-62/2018D38393'.
_TK_DOCUMENT: Final = r"20[0-4]\dD\d{5}(?!\w)"
_SHORTHAND: Final = Guarded(
    r"(?<![\w€$.,/:+=#\u00a0])",
    rf"{_DOSSIER}{_TOEV}{_D}(?:\r?\n)?(?P<nr>[1-9]\d{{0,3}})"
    rf"(?![\w]|[.,:{_D[1:-1]}]\d|/(?!{_TK_DOCUMENT})\d)",
)
# A Rijkswet's dossier carries its R-number, which is not part of the publication id:
# '34417-(R2068)-7' is kst-34417-7, '(34417 (R2068))' the dossier. The R-number is context enough.
_RIJKSWET: Final = re.compile(
    rf"(?<![\w€$.,/:+=#])(?P<dossier>[1-3]\d(?:\u00a0| )?\d{{3}}) ?{_D}? ?\(R\d{{3,4}}\)"
    rf"(?:{_D}(?P<nr>[1-9]\d{{0,3}})(?![\w]|[.,:/{_D[1:-1]}]\d))?"
)
# A dossier alone: '(31 475)', '(31832)', and ' - 30569' closing a besluitenlijst zaak line,
# also where the segmenter joined that line with the next field ('- 30569 Besluit: ...').
_ALONE: Final = Guarded(
    rf"(?:(?<=\()|(?<= [{_D[1:-1]}] ))",
    r"[1-3]\d(?:\u00a0| )?\d{3}(?:(?=\))|(?=[ \t]*\r?(?:\n|$))"
    r"|(?=[ \t]+(?:Besluit|Zaak|Noot|Agendapunt|Volgcommissie\(s\)|Voortouwcommissie):))",
)
# Dossiers named as such: 'de wetsvoorstellen 31815, 31816 en 31840', 'dossier 31 475'.
_DOSSIER_NUMBER: Final = r"[1-3]\d(?:\u00a0| )?\d{3}(?![\w.,]\d)"
_NAMED: Final = re.compile(
    rf"(?<![\w])(?:[Ww]etsvoorstel(?:len)?|[Dd]ossiers?)\s+(?P<list>{_DOSSIER_NUMBER}"
    rf"(?:\s*(?:,|en)\s*{_DOSSIER_NUMBER})*)(?![\w])"
)
_ONE: Final = re.compile(_DOSSIER_NUMBER)
# The official publication id in running text: needs no context, 'kst-' says what it is.
_OFFICIAL: Final = Guarded(
    r"(?<![\w-])",
    rf"kst{_D}(?P<dossier>[1-3]\d{{4}})(?:{_D}(?P<toev>[IVXL]{{1,6}}|[A-Z]|\d\d))?"
    rf"{_D}(?P<nr>[1-9]\d{{0,3}})(?![\w]|[{_D[1:-1]}]\w)",
)
_R_NUMBER: Final = re.compile(r"\(R\d{3,4}\)")  # a cheap test before the pattern above
# The Handelingen give a motion or amendment its number as it is moved: 'Zij krijgt nr. 469
# (29453).', 'Zij krijgt nr. 12 (34775-XVI).', a changed one 'Zij krijgt nr. 726, was nr. 719
# (21501-08).'. The dossier after the number names the stuk: kst-29453-469 (and -719), not the
# dossier alone. Only after 'krijgt' (tested as a substring first).
_ASSIGNED: Final = re.compile(
    rf"krijgt\s+(?P<cite>nr\.\s*(?P<nr>[1-9]\d{{0,3}})(?:,\s*was\s+nr\.\s*(?P<was>[1-9]\d{{0,3}}))?\s*"
    rf"\((?P<dossier>[1-3]\d(?:\u00a0| )?\d{{3}})(?:{_D}(?P<toev>[IVXL]{{1,6}}|[A-Z]|\d\d))?\))"
)
# Kamer business: the words that make dashed digits a dossier citation. 'brief' and 'verslag' as
# words of their own (or after 'Kamer', which counts anyway): an inventory's 'opdrachtbrief' or
# 'gespreksverslag' is a ministry's everyday paper, and its dates OCR read as digits ('26-jul-18'
# as '26101-18') are no dossier.
# refs43: a bill is also named in lower case mid-sentence ('het ... ingediende voorstel van wet
# ... (36 222) tot wet is of wordt verheven', a samenloop article), or by the royal message that
# sent it ('bij koninklijke boodschap van 10 oktober 2022 ingediende').
_CONTEXT: Final = re.compile(
    r"Kamerstuk|Kamer|[Mm]otie|[Aa]mendement|[Ww]etsvoorstel|Voorstel van (?:rijks)?wet|"
    r"(?<![^\W\d_])voorstel van (?:rijks)?wet(?![^\W\d_])|[Kk]oninklijke boodschap|[Nn]ota van|"
    r"[Zz]aak:|[Aa]gendapunt|[Bb]esluitenlijst|[Dd]ossier|(?<![^\W\d_])(?:[Vv]erslag|[Bb]rief)"
    r"|[Cc]ommissie"
)
# urls39: a municipality's case number is printed as dossier and year ('Zaaknr is 34196-2023',
# 'zaaknummer 46584-2023'): 'Zaaknr' labels it as 'nummer' and 'kenmerk' do, also with 'is'.
_NOT_AFTER: Final = re.compile(
    r"(?:[Pp]ostbus|€|EUR|[Tt]el\.?|[Tt]elefoon(?:nummer)?|[Ff]ax|[Pp]\.|pp\.|[Pp]agina'?s?|blz\.|"
    r"[Kk]enmerk|[Nn]ummer|[Zz]aaknr\.?|[Rr]ekening|IBAN|KvK|[Bb]ij)\s*(?::|\s+is)?\s*$"
)
_BEFORE_REACH: Final = 16
# refs50: the Handelingen list the stukken a chair proposes to take off the stand of business, or
# that passed unopposed, as a run of shorthand and zaak numbers parted by semicolons ('af te
# voeren: 17050-380; 17050-390; 2009Z13750; 27925-370.'), often in a paragraph of their own that
# names no Kamer business. A shorthand with another list member right before or after its ';' is
# one: phone numbers, postcodes, dates and amounts come in no such runs of five-digit dossiers.
_LIST_MEMBER: Final = rf"(?:[1-3]\d{{4}}{_D}|20[0-4]\d[ZD]\d{{5}}(?!\w))"
_LIST_NEXT: Final = re.compile(rf";[ \t]*(?:\r?\n[ \t]*)?{_LIST_MEMBER}")
_LIST_PREVIOUS: Final = re.compile(
    rf"(?:[1-3]\d{{4}}(?:{_D}[\w()]{{1,8}}){{0,2}}{_D}[1-9]\d{{0,3}}|20[0-4]\d[ZD]\d{{5}})"
    rf";[ \t]*(?:\r?\n[ \t]*)?$"
)
_LIST_REACH: Final = 40
# A number shaped as a year is a case number's ('34196-2023; 34197-2023'), not read by a list alone.
_YEARLIKE: Final = re.compile(r"(?:19[89]|20[0-4])\d")


def _listed(text: str, m: re.Match[str]) -> bool:
    if _YEARLIKE.fullmatch(m.group("nr")) is not None:
        return False
    if text.startswith(";", m.end()) and _LIST_NEXT.match(text, m.end()) is not None:
        return True
    window = text[max(0, m.start() - _LIST_REACH) : m.start()]
    return ";" in window and _LIST_PREVIOUS.search(window) is not None


# refs50: the Kamer's register as tkconv renders it names a document's dossier and number with a
# space before the dash: 'Onderdeel van kamerstukdossier 32761 -310 Verwerking en bescherming
# persoonsgegevens.' (kst-32761-310). The label is context enough.
_TKCONV: Final = re.compile(
    rf"kamerstukdossier[ \u00a0](?P<dossier>[1-3]\d{{4}})(?:{_D}(?P<toev>[IVXL]{{1,6}}|[A-Z]))?"
    rf" ?{_D}(?P<nr>[1-9]\d{{0,3}})(?![\w]|[.,]\d)"
)


def _dossier(raw: str, toev: str | None) -> str:
    dossier = re.sub(r"\D", "", raw)
    return f"{dossier}-{toev}" if toev else dossier


def _acceptable(text: str, m: re.Match[str], has_context: bool) -> bool:
    if _NOT_AFTER.search(text, max(0, m.start() - _BEFORE_REACH), m.start()):
        return False
    before = text[max(0, m.start() - 2) : m.start()]
    bracketed = before.endswith("(") and text.startswith(")", m.end())
    dash_led = re.fullmatch(rf"[{_D[1:-1]}] ", before) is not None
    toev = m.group("toev")
    roman = toev is not None and toev.isalpha() and toev not in "BCDE"  # '31700-VII-12'
    registered = re.match(rf"/{_TK_DOCUMENT}", text[m.end() : m.end() + 12]) is not None
    return bracketed or dash_led or roman or registered or has_context


# The words `find` asks a text for, read in words.py's one pass (not one substring test each).
CUES: Final = frozenset({"kst", "etsvoorstel", "ossier", "krijgt"})


def find(text: str) -> Iterator[Hit]:
    cues = read(text).cues
    for m in _OFFICIAL.finditer(text) if "kst" in cues else ():
        ident = f"kst-{_dossier(m.group('dossier'), m.group('toev'))}-{m.group('nr')}"
        yield Hit("kamerstuk", m.start(), m.end(), ident, f"{_OB}{ident}.html")
    for m in _RIJKSWET.finditer(text) if _R_NUMBER.search(text) else ():
        dossier = _dossier(m.group("dossier"), None)
        nr = m.group("nr")
        ident = f"kst-{dossier}-{nr}" if nr else f"kst-{dossier}"
        url = f"{_OB}{ident}.html" if nr else f"{_OB}dossier/{dossier}"
        yield Hit("kamerstuk", m.start(), m.end(), ident, url)
    for m in _ASSIGNED.finditer(text) if "krijgt" in cues else ():
        dossier = _dossier(m.group("dossier"), m.group("toev"))
        start = m.start("cite")
        for nr in filter(None, (m.group("nr"), m.group("was"))):
            ident = f"kst-{dossier}-{nr}"
            yield Hit("kamerstuk", start, m.end(), ident, f"{_OB}{ident}.html")
    for m in _TKCONV.finditer(text) if "ossier" in cues else ():
        ident = f"kst-{_dossier(m.group('dossier'), m.group('toev'))}-{m.group('nr')}"
        yield Hit("kamerstuk", m.start("dossier"), m.end(), ident, f"{_OB}{ident}.html")
    shorthand = list(_SHORTHAND.finditer(text))
    alone = list(_ALONE.finditer(text))
    named = "etsvoorstel" in cues or "ossier" in cues
    if not (shorthand or alone or named):
        return
    has_context = _CONTEXT.search(text) is not None
    for m in shorthand:
        if not _acceptable(text, m, has_context) and not _listed(text, m):
            continue
        ident = f"kst-{_dossier(m.group('dossier'), m.group('toev'))}-{m.group('nr')}"
        yield Hit("kamerstuk", m.start(), m.end(), ident, f"{_OB}{ident}.html")
    for m in _NAMED.finditer(text) if named else ():
        base = m.start("list")
        for one in _ONE.finditer(m.group("list")):
            dossier = _dossier(one.group(), None)
            start, end = base + one.start(), base + one.end()
            yield Hit("kamerstuk", start, end, f"kst-{dossier}", f"{_OB}dossier/{dossier}")
    for m in alone if has_context else ():
        bracketed = text.startswith("(", m.start() - 1) and text.startswith(")", m.end())
        if not bracketed and (m.group().count(" ") or "\u00a0" in m.group()):
            continue  # a title's closing number is printed '30569', never spaced
        dossier = _dossier(m.group(), None)
        yield Hit("kamerstuk", m.start(), m.end(), f"kst-{dossier}", f"{_OB}dossier/{dossier}")
