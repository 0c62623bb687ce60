"""Woo redaction grounds printed next to blacked-out text: '5.1.2e', '5.1.1c', '5.2.1'; old Wob
'10.2e'; with or without a dot before the letter ('5.1.2.e', '10.2.e'), and the letter written
apart: '5.1.2 e', '5.1.2-e', '5.1.2 sub e', '5.1.2, onder e', '5.1.2(e)'.

Scans are OCR'd, so '51.2e', '5.12e' and a stray '¢' before the letter occur; the grounds are a
closed
set, so these read unambiguously as 5.1.2e. A bare '512' (no letter) is left alone.

A ground without a letter ('5.2.1', '5.1.5', the Wob's '11.1') is printed exactly as a numbered
section is ('5.2.1 Algemeen', 'paragraaf 5.2.1', a contents line): it counts only where the text
speaks of the Woo or Wob or of its grounds, never after a section word, and never as a heading's
number unless the heading names the ground ('5.2.1 Persoonlijke beleidsopvattingen').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from services.enrich.hits import Hit
from services.enrich.scan import Guarded

_WOO_ARTICLE: Final = "https://wetten.overheid.nl/jci1.3:c:BWBR0045754&artikel="
_WOB_ARTICLE: Final = "https://wetten.overheid.nl/jci1.3:c:BWBR0005252&artikel="
# 5.1.1 a-e (absolute grounds), 5.1.2 a-i (relative grounds), with OCR-dropped dots.
# Not inside another number or word; 'Art.10.2.e' (an inventory's column) is the ground.
_NOT_AFTER: Final = r"(?<![\w.,])|(?<=[Aa]rt\.)"
# Between the lid and its letter: nothing, a dot, a space, a dash, 'sub'/'onder', a parenthesis,
# or a table cell's line break when the letter stands alone on the next line ('10.2.' / 'e').
_APART: Final = (
    r"(?:\.?[ ¢-]|\.|\.?¢|,?[ \t]+(?:sub|onder)[ \t]+|[ \t]?\((?=[a-i]\))"
    r"|\.?[ \t]*\r?\n[ \t]*(?=[a-i][ \t]*(?:\r?\n|$)))?"
)
# After it: the closing parenthesis it opened; no word goes on ('10.2 e-mails' is no ground), nor
# 'e.v.' ('en volgende': 'paragraaf 10.2 e.v.' is a section and those after it).
_CLOSE: Final = r"(?:(?<=\([a-i])\))?(?![\w]|-[^\W\d_]|\.v\.)"
_WOO: Final = Guarded(
    _NOT_AFTER, rf"5\.?1\.?(?P<lid>[12]){_APART}(?P<letter>[a-i])(?![\w.,]?\d){_CLOSE}"
)
# Without a letter: the Woo's '5.1.5', '5.2.1' and the Wob's '11.1', in one scan.
_LETTERLESS: Final = Guarded(
    _NOT_AFTER, r"(?:5\.(?P<art>[12])\.(?P<lid>[1-7])|(?P<wob>11\.1))(?![\w.,]?\d)(?![\w])"
)
# What a text about disclosure says; a letterless ground needs it (or a lettered ground) nearby.
_DISCLOSURE: Final = Guarded(
    r"(?<![^\W\d_])",
    r"(?:W[oO][oBb]|WOB|Wet open(?:baarheid van bestuur| overheid)"
    r"|[Ii]nventaris|[Ww]eigeringsgrond|[Uu]itzonderingsgrond|[Bb]eleidsopvatting|[Oo]nevenredig"
    r"|[Gg]elakt|[Ll]akking)",
)
# Before a section's number on its line: 'paragraaf 5.2.1', 'zie hoofdstuk 11.1', 'versie 5.2.1'.
_SECTION_WORD: Final = re.compile(
    r"(?:[Pp]aragraaf|[Pp]ar\.|[Hh]oofdstuk|§|[Tt]abel|[Ff]iguur|[Bb]ijlage|[Vv]ersie|[Aa]rtikel"
    r"|[Aa]rt\.|[Pp]unt|[Oo]nderdeel|[Ss]ectie|[Bb]ladzijde|[Pp]agina|[Ss]tap|[Ff]ase|[Vv]raag"
    r"|[Nn]r\.?|[Bb]lz\.)[ \t\u00a0]*$"
)
_SECTION_REACH: Final = 14
# After a heading's number: a capitalised word, or a contents line's leader dots. The grounds' own
# names may stand there in a legend.
_HEADING_AFTER: Final = re.compile(r"[ \t]+(?!Persoonlijk|Onevenredig|Intern)[A-Z]|[ \t]*\.{3}")
_WOB: Final = Guarded(
    _NOT_AFTER, rf"1(?P<art>[01])\.(?P<lid>[12]){_APART}(?P<letter>[a-g]){_CLOSE}"
)
# An inventory's code with the lid written out: '5.1 lid 2 e', '5.1, tweede lid, onder e', with a
# list's dot after the article ('art 5.1. lid 2 sub e', UWV's redaction labels), a cell's line
# break before 'sub'/'onder' ('5.1 lid 2' / 'sub e'). After
# 'artikel' or 'art.' it is an article's citation (law_articles reads those), not a code.
_WOO_LID: Final = Guarded(
    _NOT_AFTER,
    r"5\.1\.?,?[ \t]+(?:lid[ \t]+(?P<lid>[12])|(?P<ord>eerste|tweede)[ \t]+lid),?"
    r"(?:[ \t]+|[ \t]*\r?\n[ \t]*(?=sub[ \t]|onder[ \t]))"
    rf"(?:(?:aanhef[ \t]+en[ \t]+)?(?:sub|onder)[ \t]+)?(?P<letter>[a-i]){_CLOSE}",
)
_ARTICLE_BEFORE: Final = re.compile(r"(?:[Aa]rtikel|[Aa]rt\.)[ \t\u00a0]*$")
# refs50: a Wob inventory's column writes the ground as an article with no law after it:
# 'Deels openbaar  Artikel 10 lid 2 sub e', 'art. 10, tweede lid, onder e', 'Artikel 11 lid 1'. The
# article is the Wob's where the text names the Wob ('Inventarislijst Wob-verzoek'): read as its
# ground, only where the code closes its line or cell (a law named after it is law_articles'
# citation: 'artikel 10, tweede lid, onder e, van de Wob'). Not where only the Woo is named: its
# article 10 is no ground.
_WOB_ARTICLE_CODE: Final = re.compile(
    r"(?<![^\W\d_])(?:[Aa]rtikel|[Aa]rt\.?)[ \t]+(?P<art>1[01]),?[ \t]+"
    r"(?:lid[ \t]+(?P<lid>[12])|(?P<ord>eerste|tweede)[ \t]+lid),?"
    r"(?:[ \t]+(?:aanhef[ \t]+en[ \t]+)?(?:sub|onder)[ \t]+(?P<letter>[a-g]))?"
    r"(?=[ \t]*[;,.]?[ \t]*(?:\r?\n|$))"
)
_NAMES_WOB: Final = re.compile(r"(?<![^\W\d_])(?:Wob|WOB|Wet openbaarheid van bestuur)(?![^\W\d_])")
# The words `find` asks a text for before it looks for such a code (found.py's gate for the family).
WOB_WORDS: Final = ("Wob", "WOB", "openbaarheid van bestuur")
# More letters of the same lid: '5.1.2 e en i', '5.1.2e/i', '10.2 b, e en g' (rising, as listed).
_MORE_LETTERS: Final = re.compile(r"(?:[ \t]*(?:/|,|en|&)[ \t]*[a-i](?![\w]|-[^\W\d_]))+")
_LISTED_LETTER: Final = re.compile(r"(?<![\w])[a-i](?![\w])")


def _letters(text: str, m: re.Match[str], last: str) -> tuple[list[str], int]:
    """The ground's letter and the letters listed after it, and where the list ends."""
    letters = [m.group("letter")]
    more = _MORE_LETTERS.match(text, m.end())
    if more is None:
        return letters, m.end()
    for listed in _LISTED_LETTER.findall(more.group()):
        if not letters[-1] < listed <= last:
            return [m.group("letter")], m.end()
        letters.append(listed)
    return letters, more.end()


# A redaction's label stands where the blacked-out text stood: alone on its line, after another
# label, or after the sentence it ended ('11.1 11.1', '... van de toeslagen. 11.1').
_CODE: Final = r"(?:11\.1|5\.[12]\.[1-7])"
_LABEL_BEFORE: Final = re.compile(rf"(?:^|[.!?:;)][ \t]+)(?:{_CODE}[ \t]+)*$", re.MULTILINE)
_LABEL_AFTER: Final = re.compile(rf"(?:[ \t]+{_CODE})*[ \t]*(?:\r?\n|$)")
# A line of two or more labels and nothing else is a row of blacked-out boxes, no table's numbers.
_LABEL_LINE: Final = re.compile(rf"[ \t]*{_CODE}(?:[ \t]+{_CODE})+[ \t]*\r?")


def _line(text: str, m: re.Match[str]) -> tuple[int, int]:
    end = text.find("\n", m.end())
    return text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end


def _a_label(text: str, m: re.Match[str]) -> bool:
    start, _ = _line(text, m)
    before = _LABEL_BEFORE.search(text, start, m.start())
    return before is not None and _LABEL_AFTER.match(text, m.end()) is not None


def _in_a_row_of_labels(text: str, m: re.Match[str]) -> bool:
    return _LABEL_LINE.fullmatch(text, *_line(text, m)) is not None


def speaks_of_disclosure(text: str) -> bool:
    """Whether a text is about disclosure: it names the Woo or Wob, an inventory or a ground, or
    prints a lettered ground."""
    if _DISCLOSURE.search(text) is not None:
        return True
    return _WOO.search(text) is not None or _WOB.search(text) is not None


def find(text: str, disclosed: Callable[[], bool] | None = None) -> Iterator[Hit]:
    """`disclosed`: whether the whole document speaks of disclosure (asked only when this text
    does not): a redaction's label on a page of a Woo release need not stand near such words."""
    woo = [(m, m.group("lid")) for m in _WOO.finditer(text)]
    for m in _WOO_LID.finditer(text) if "lid" in text else ():
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is None:
            woo.append((m, _lid(m)))
    for m, lid in woo:
        letters, end = _letters(text, m, "e" if lid == "1" else "i")
        for letter in letters:
            if lid == "1" and letter > "e":
                break
            ground = f"woo-5.1.{lid}{letter}"
            yield Hit("woo_ground", m.start(), end, ground, _WOO_ARTICLE + "5.1")
    lettered = bool(woo)
    for m in _WOB.finditer(text):
        art = f"1{m.group('art')}"
        # the Wob's absolute grounds run a-e: the UAVG (2018) added e, national identification
        # numbers ('kopie paspoort ... 10.1 e' in an inventory)
        last = "e" if m.group("lid") == "1" else "g"
        letters, end = _letters(text, m, last)
        for letter in letters:
            if letter > last:
                break
            lettered = True
            ground = f"wob-{art}.{m.group('lid')}{letter}"
            yield Hit("woo_ground", m.start(), end, ground, _WOB_ARTICLE + art)
    for m in _wob_article_codes(text):
        # names of their own: mypyc gives a name one type in a function, and `letter` above is a
        # str (a code without its letter would be None in it)
        code_art: str | None = m.group("art")
        code_lid = _lid(m)
        code_letter: str | None = m.group("letter")
        if code_art == "11":
            if code_lid == "1" and code_letter is None:
                yield Hit("woo_ground", m.start(), m.end(), "wob-11.1", _WOB_ARTICLE + "11")
            continue
        last = "e" if code_lid == "1" else "g"
        if code_letter is not None and code_letter <= last:
            ground = f"wob-10.{code_lid}{code_letter}"
            yield Hit("woo_ground", m.start(), m.end(), ground, _WOB_ARTICLE + "10")
    letterless = [
        m
        for m in _LETTERLESS.finditer(text)
        # 5.1.1 and 5.1.2 need a letter
        if (m.group("wob") or m.group("art") == "2" or m.group("lid") not in "12")
        and not _numbers_a_section(text, m)
    ]
    if not letterless:
        return
    if not (lettered or _DISCLOSURE.search(text) is not None):
        labels = [m for m in letterless if _a_label(text, m)]
        if labels and not (disclosed is not None and disclosed()):
            labels = [m for m in labels if _in_a_row_of_labels(text, m)]
        letterless = labels
    for m in letterless:
        if m.group("wob"):
            yield Hit("woo_ground", m.start(), m.end(), "wob-11.1", _WOB_ARTICLE + "11")
            continue
        ground = f"5.{m.group('art')}.{m.group('lid')}"
        yield Hit("woo_ground", m.start(), m.end(), f"woo-{ground}", _WOO_ARTICLE + ground[:3])


def _numbers_a_section(text: str, m: re.Match[str]) -> bool:
    """'paragraaf 5.2.1', '5.2.1 Algemeen', '5.2.1 ....... 13': a section's number, not a ground."""
    before = text[max(0, m.start() - _SECTION_REACH) : m.start()]
    if _SECTION_WORD.search(before) is not None:
        return True
    # A heading's number opens its line; in an inventory's row ('Niet Openbaar 11.1 Betreft een
    # concept') the code stands mid-line before its remark.
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text[line_start : m.start()].strip():
        return False
    return _HEADING_AFTER.match(text, m.end()) is not None


def _wob_article_codes(text: str) -> list[re.Match[str]]:
    """A Wob inventory's 'Artikel 10 lid 2 sub e' closing its line, where the text names the Wob."""
    if "lid" not in text or _NAMES_WOB.search(text) is None:
        return []
    return list(_WOB_ARTICLE_CODE.finditer(text))


def _lid(m: re.Match[str]) -> str:
    lid: str | None = m.group("lid")
    if lid is not None:
        return lid
    return "1" if m.group("ord") == "eerste" else "2"
