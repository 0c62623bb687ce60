"""Aanhangsel van de Handelingen (answers to written questions) and Handelingen (plenary records).

'Aanhangsel Handelingen II 2022/23, nr. 1234' -> ah-tk-20222023-1234;
'Handelingen II 2010/11, nr. 108[, item 3]' -> h-tk-20102011-108; the answer cited after its
year ('Kamerstukken II 2021/22, Aanhangsel, nr. 1694', 'Handelingen II 2021/22, Aanhangsel, 663')
is the Aanhangsel's ah-tk-20212022-1694, and so is 'Tweede Kamer, vergaderjaar 2021–2022,
Aanhangsel van de Handelingen, nr. 1694'. The vergaderjaar is part of the id, so a citation
without one, or with an impossible one ('2022–203'), is not emitted.
Enumerations cite each number ('nrs. 1234 en 1240', 'nr. 45, nr. 46'); a listed number must close
a clause ('nr. 12 en 3 andere'). An Aanhangsel's labelled range cites each number of a short span
('nrs. 1234-1236'); unlabelled, or a meeting's, a range is as often pages: only its first is read.
A second meeting after an item ('nr. 45, item 7 en nr. 46, item 3') is cited too. The abbreviations
('Hand. II', 'Aanh. Hand. II') read as the words, 'Hand.' only with its chamber and a labelled
number or page: the consolidated laws' 'Hand. II 1973/74, 12015' is an old Bijlage's dossier.
An old page citation without a meeting ('Handelingen II 2008/09, p. 5503-5510') is
h-tk-20082009-5503-5510, the form of the record's own ids for those years (first and last page; one
page 'blz. 5503' is 5503-5503), without a URL: a cited span is the id only where it is the item's
whole span. Both chambers number pages, so the chamber must be printed; years after 2008/09 are
cited by meeting, and their ids name a meeting's item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import DASH, DASH_CLASS, LIST_END, MONTHS, Hit, vergaderjaar
from services.enrich.scan import BLANKS, Guarded

_OB: Final = "https://zoek.officielebekendmakingen.nl/"
_S: Final = BLANKS
# A slash may carry a stray dash typed after it ('2022/-23'); the years must still be a
# vergaderjaar.
_YEAR: Final = (
    rf"(?P<y1>(?:19|20)\d\d){_S}(?:/{DASH_CLASS}?|{DASH_CLASS}){_S}(?P<y2>\d{{2,4}})(?!\d)"
)
_CHAMBER: Final = r"(?P<chamber>II|I|TK|EK|Tweede\s+Kamer|Eerste\s+Kamer)"
# The Aanhangsel's own word for its number: 'vergaderjaar 2012–2013, aanhangselnummer 1333'.
_LABEL: Final = rf"(?:(?:nrs?|nummers?|aanhangselnummers?)\.?{_S})?"
_MORE: Final = (
    rf"(?P<more>(?:{_S}(?:,|en|&){_S}{_LABEL}[1-9]\d{{0,4}}(?![\w]|[.,/{DASH}]\d){LIST_END})*)"
)
_LISTED: Final = re.compile(r"[1-9]\d{0,4}")
# Justified answers hyphenate at a line's end: 'Aanhangsel Handelin-\ngen' (pdfium may print its
# mark for a dropped hyphen instead).
_SOFT: Final = r"(?:-[ \t]*\r?\n[ \t]*|\x02[ \t]*(?:\r?\n)?[ \t]*)?"
_WORD: Final = rf"Han{_SOFT}de{_SOFT}lin{_SOFT}gen"
# 'Hand.' stands for the word only before a chamber: 'met de hand. II' is none.
_CHAMBER_AHEAD: Final = r"(?=,?\s*(?:II|I|TK|EK|Tweede\s+Kamer|Eerste\s+Kamer)(?![\w]))"
# Each opens with its literal ('Han', 'Aan'): the engine then jumps to it, as to the words alone.
_HAND: Final = rf"Han(?:{_SOFT}de{_SOFT}lin{_SOFT}gen|d\.{_CHAMBER_AHEAD})"
_AANH: Final = rf"Aan(?:{_SOFT}hang{_SOFT}sel|h\.)(?:\s+van\s+de)?\s*{_HAND}"
# Before 'Handelingen': the Aanhangsel's title, and the Bijlagen (the old name of the Kamerstukken).
_NOT_AFTER: Final = (
    r"(?<![^\W\d_])(?<!Aanhangsel )(?<!van de )(?<!Aanh\. )(?<!Aanh\.)(?<!Bijlagen )(?<!Bijl\. )"
)
_NR_LABEL: Final = r"(?:nrs?|nummers?|aanhangselnummers?)\.?"
# An Aanhangsel's labelled range: 'nrs. 1234-1236', 'nrs. 1234 t/m 1236'.
_UPTO: Final = (
    rf"(?P<upto>{_S}(?:{DASH_CLASS}|t/m|tot\s+en\s+met){_S}[1-9]\d{{0,4}}(?![\w]|[.,/{DASH}]\d))"
)
_LONGEST_RANGE: Final = 20

# A comma may lose its space where extracted text joins two lines ('Handelingen,vergaderjaar'), and
# so may the title's words ('AanhangselHandelingen', where a wrapped line was joined without one).
_COMMA: Final = r"(?:,\s*|\s+)"
_AANHANGSEL: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"{_AANH}(?:,?\s+{_CHAMBER})?{_COMMA}"
    rf"(?:vergaderjaar\s+)?{_YEAR},?{_S}(?P<label>{_NR_LABEL}{_S})?(?P<nr>[1-9]\d{{0,4}})"
    rf"(?:{_UPTO}|(?![\w])){_MORE}",
)
# The dossier a debate was about may stand before the labelled number: 'Handelingen II,
# vergaderjaar 2008-2009, 31 386, nr. 43'. An unlabelled number is never a dossier's head: '31 386'
# is no meeting 31.
_DEBATED: Final = rf"(?:[1-3]\d[ .\u00a0]?\d{{3}}(?!\d),?{_S}(?=(?:nrs?|nummers?)\.?{_S}\d))?"
# A second meeting, labelled, after the first's item: 'nr. 45, item 7 en nr. 46, item 3'.
_NEXT_MEETINGS: Final = (
    rf"(?P<next>(?:{_S}(?:[,;]{_S}(?:en{_S})?|en{_S}){_NR_LABEL}{_S}[1-9]\d{{0,3}}"
    rf"(?![\w]|[.,]\d)(?:,?{_S}item{_S}\d{{1,3}})?)*)"
)
_HANDELINGEN: Final = Guarded(
    _NOT_AFTER,
    rf"(?P<word>{_HAND})(?:,?\s+{_CHAMBER})?,?"
    rf"\s+(?:vergaderjaar\s+)?{_YEAR},?{_S}(?P<debated>{_DEBATED})(?P<label>{_NR_LABEL}{_S})?"
    rf"(?P<nr>[1-9]\d{{0,3}})(?![\w]|[.,]\d|[ \u00a0]\d{{3}}(?!\d))(?:(?={_UPTO})|){_MORE}"
    rf"(?:,?{_S}item{_S}\d{{1,3}}{_NEXT_MEETINGS})?",
)
# A debate over consecutive meetings: 'Handelingen II 2019/20, nrs. 45-47' (also 't/m'). Read
# ahead (the match's span is as before unless the range is taken), and taken only after the plural
# label and for a short rising span: 'nr. 45-3156' is 2002-2010's meeting and page.
_PLURAL: Final = re.compile(r"(?:nrs|nummers)\b")
_LONGEST_MEETINGS: Final = 5
# Further pages of one citation: 'p. 5503, 5510 en 5512-5514'; each rising after the one before.
_PAGE_SPAN: Final = rf"[1-9]\d{{0,4}}(?:{_S}{DASH_CLASS}{_S}[1-9]\d{{0,4}})?"
_PAGE_SPANS: Final = re.compile(
    rf"(?P<p1>[1-9]\d{{0,4}})(?:{_S}{DASH_CLASS}{_S}(?P<p2>[1-9]\d{{0,4}}))?"
)
# An old citation by page, no meeting: 'Handelingen II 2008/09, p. 5503-5510', 'blz. 5503'.
# Both chambers number their pages: the chamber must be printed.
_PAGED: Final = Guarded(
    _NOT_AFTER,
    rf"{_HAND},?\s+{_CHAMBER},?\s+(?:vergaderjaar\s+)?{_YEAR},?{_S}"
    rf"(?:p|pp|blz|pag|pagina'?s?|bladzijden?)\.?{_S}(?P<p1>[1-9]\d{{0,4}})"
    rf"(?:{_S}{DASH_CLASS}{_S}(?P<p2>[1-9]\d{{0,4}}))?(?![\w]|[.,/{DASH}]\d)"
    rf"(?P<pages>(?:{_S}(?:,|en|&){_S}{_PAGE_SPAN}(?![\w]|[.,/{DASH}]\d){LIST_END})*)",
)

_LONGEST_ITEM: Final = 300  # pages; '45-3156' is a meeting and its page (2002-2010), no span
# The record's ids by page run to 2008/09 ('h-tk-20072008-2932-2933'); later years' ids are a
# meeting and its item ('h-tk-20112012-52-9'), so a later page read so would name an item.
_LAST_PAGED_YEAR: Final = 2008

# The answer cited as a part of the year's papers: 'Kamerstukken II 2021/22, Aanhangsel, nr. 1694'.
_CITED_AANHANGSEL: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"(?:Kamerstukken|{_WORD})(?:,?\s+{_CHAMBER})?,?\s+(?:vergaderjaar\s+)?{_YEAR},?{_S}"
    rf"Aanhangsel,?{_S}(?P<label>{_NR_LABEL}{_S})?(?P<nr>[1-9]\d{{0,4}})"
    rf"(?:{_UPTO}|(?![\w]|[.,/{DASH}]\d|{_S}(?:{MONTHS}))){_MORE}",
)
# The year first, as footnotes cite a Kamerstuk: 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel
# van de Handelingen, nr. 2386'. The full title is required: the Aanhangsel's own running footer
# 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2' numbers a page, not an answer.
# The chamber, if named, stands before the year ('Eerste Kamer, vergaderjaar'): looked up behind the
# match, so the pattern starts with its literal word.
_YEAR_FIRST_AANHANGSEL: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"[Vv]ergaderjaar\s+{_YEAR}{_COMMA}Aanhangsel(?:\s+van\s+de)?\s*{_WORD},?"
    rf"{_S}(?P<label>{_NR_LABEL}{_S})?(?P<nr>[1-9]\d{{0,4}})"
    rf"(?:{_UPTO}|(?![\w]|[.,/{DASH}]\d|{_S}(?:{MONTHS}))){_MORE}",
)
# The number before the year, as older footnotes cite it: 'Aanhangsel Handelingen nr. 1310,
# vergaderjaar 2006-2007'. Both words are required: a bare number and year are anything.
_NUMBER_FIRST_AANHANGSEL: Final = Guarded(
    r"(?<![^\W\d_])",
    rf"{_AANH}(?:,?\s+{_CHAMBER})?,?{_S}"
    rf"{_NR_LABEL}{_S}(?P<nr>[1-9]\d{{0,4}}),?{_S}"
    rf"vergaderjaar{_S}{_YEAR}(?P<more>)",
)
# The publication id itself, as footnotes and answers print it: 'ah-tk-20202021-2345', its years
# or number set off by a dash ('ah-tk-20202021–2345'), or the years split and the number labelled
# ('ah-tk-2017–2018, nr.2509'). The years must be a vergaderjaar, as above. The answer's own id
# over the ISSN line of its page footer is no citation.
_OFFICIAL: Final = Guarded(
    r"(?<![\w-])",
    rf"ah{DASH_CLASS}(?P<chamber>tk|ek){DASH_CLASS}(?P<y1>(?:19|20)\d\d){DASH_CLASS}?"
    rf"(?P<y2>(?:19|20)\d\d)(?:{DASH_CLASS}|,?[ \t]*(?:nr|nummer)\.?[ \t]*)"
    rf"(?P<nr>[1-9]\d{{0,4}})(?![\w]|[.,]\d)(?P<more>)",
)
_OWN_FOOTER: Final = re.compile(r"\s*ISSN\b")
# A chamber meets some 110 times a year, so a Handelingen number above this is no meeting's: it is
# an answer's in the Aanhangsel, whose word the text lost or garbled ('Aaanhangsel Handelingen II,
# vergaderjaar 2021–2022, nr. 4032', an OCR'd 'AanhangseI Handelingen').
_MEETINGS_A_YEAR: Final = 150
_SENATE_BEFORE: Final = re.compile(r"(?:Eerste\s+Kamer|EK|\bI),?\s+$")


def _chamber(m: re.Match[str]) -> str:
    if "chamber" not in m.re.groupindex:
        before = m.string[max(0, m.start() - 16) : m.start()]
        return "ek" if _SENATE_BEFORE.search(before) else "tk"
    c = (m.group("chamber") or "II").replace("\n", " ")
    return "ek" if c in ("I", "EK", "ek") or c.startswith("Eerste") else "tk"


def find(text: str) -> Iterator[Hit]:
    # the two citations spelled with 'Aanhangsel' scanned only where it stands: the family is
    # asked wherever 'Handelingen' stands (enspeed48)
    cited = "Aanhangsel" in text
    for pattern, prefix, kind in (
        (_AANHANGSEL, "ah", "aanhangsel"),
        (_CITED_AANHANGSEL, "ah", "aanhangsel"),
        (_YEAR_FIRST_AANHANGSEL, "ah", "aanhangsel"),
        (_NUMBER_FIRST_AANHANGSEL, "ah", "aanhangsel"),
        (_OFFICIAL, "ah", "aanhangsel"),
        (_HANDELINGEN, "h", "handelingen"),
    ):
        if not cited and (pattern is _CITED_AANHANGSEL or pattern is _YEAR_FIRST_AANHANGSEL):
            continue
        for m in pattern.finditer(text):
            if pattern is _OFFICIAL and _OWN_FOOTER.match(text, m.end()):
                continue
            if pattern is _HANDELINGEN and m.group("word") == "Hand." and _unsure(m):
                continue
            year = vergaderjaar(m.group("y1"), m.group("y2"))
            if year is None:
                continue
            meetings = pattern is _HANDELINGEN
            numbers = _numbers(m, meetings)
            end = m.end()
            if meetings and len(numbers) > 1 and m.group("upto") and m.end("upto") > end:
                end = m.end("upto")  # the range taken: 'nrs. 45-47'
            for nr in numbers:
                pre, what = prefix, kind
                if pattern is _HANDELINGEN and int(nr) > _MEETINGS_A_YEAR:
                    pre, what = "ah", "aanhangsel"
                ident = f"{pre}-{_chamber(m)}-{year}-{nr}"
                yield Hit(what, m.start(), end, ident, f"{_OB}{ident}.html")
    yield from _paged(text)


def _unsure(m: re.Match[str]) -> bool:
    """'Hand.' with an unlabelled number ('Hand. II 1973/74, 1201'), or a dossier before it, may
    be the old Bijlagen's dossier or a page: only 'Hand. II 2019/20, nr. 45' is a meeting."""
    return not m.group("label") or bool(m.group("debated"))


def _numbers(m: re.Match[str], meetings: bool = False) -> list[str]:
    """The match's numbers: the first, a labelled short range (an Aanhangsel's, or consecutive
    meetings after 'nrs.'), the listed ones and a second meeting's."""
    gd = m.groupdict()
    first = gd["nr"]
    numbers = [first]
    upto = gd.get("upto")
    label = gd.get("label")
    if meetings and label and not _PLURAL.match(label):
        upto = None
    longest = _LONGEST_MEETINGS if meetings else _LONGEST_RANGE
    if upto and label:
        last = int(_LISTED.findall(upto)[-1])
        if int(first) < last <= int(first) + longest:
            numbers = [str(n) for n in range(int(first), last + 1)]
    numbers += _LISTED.findall(gd["more"])
    if gd.get("next"):
        numbers += _NEXT_NUMBER.findall(gd["next"])
    return list(dict.fromkeys(numbers))


_NEXT_NUMBER: Final = re.compile(rf"{_NR_LABEL}{_S}([1-9]\d{{0,3}})")


def _paged(text: str) -> Iterator[Hit]:
    for m in _PAGED.finditer(text):
        year = vergaderjaar(m.group("y1"), m.group("y2"))
        if year is None or int(m.group("y1")) > _LAST_PAGED_YEAR:
            continue
        base = m.start("pages")
        spans = [(m.group("p1"), m.group("p2"), m.start("pages"))]
        spans += [
            (s.group("p1"), s.group("p2"), base + s.end())
            for s in _PAGE_SPANS.finditer(m.group("pages"))
        ]
        read: list[str] = []
        after, end = 0, m.start()
        for first, last, ends in spans:
            last = last or first
            if len(last) < len(first) and int(last) < int(first):  # 'p. 5503-10'
                last = first[: len(first) - len(last)] + last
            if not after < int(first) <= int(last) <= int(first) + _LONGEST_ITEM:
                break  # a list's pages rise; one out of order ends what is read
            after, end = int(last), ends
            read.append(f"h-{_chamber(m)}-{year}-{first}-{last}")
        for ident in read:  # one span for the list read
            yield Hit("handelingen", m.start(), end, ident, None)
