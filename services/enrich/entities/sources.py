"""The publisher a footnote cites: 'NU.nl, 1 oktober 2024, «Vervoerskosten stijgen»'.

Answers to Kamervragen and letters cite the article a question is about as publisher, date and
the headline in quotes. The publisher (a newspaper, a trade journal, an institute) is an
organisation, also when no list holds it: the name stands at a footnote's start (after its
number, which PDF text may glue to it: '1Energeia, 5 januari 2024, «...»') or after a semicolon
that starts the next source, and the date (or a month's issue: 'januari 2024') and an opening
quotation mark follow it. A name
that opens with a given name is the writer's ('Piet Jansen, 3 maart 2023, «...»'), no publisher;
one that ends in a paper's kind is the paper ('Kamerbrief, 10 oktober 2024, «...»').

Word answers also open the headline with a single quotation mark ('RTV Regio, 25 mei 2024,
‘Veerpont ...’'), number their notes in brackets ('[3] Omroep, ...'), and cite in the sentence:
the headline first, then the publisher and date in parentheses ('“Brug dicht” (Dagblad 4 juli
2024)'), or the headline, 'in' the journal and its issue's date ('«...» in Vakblad Veer (VV) van
3 mei 2024').
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.hits import MONTHS

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_WORD: Final = rf"[{_UPPER}][\w&'’]*(?:[-.][\w&'’]+)*"
# At most four words, joined by the particles of a name: 'Kenniscentrum Sport en Bewegen'.
# A local site or channel may carry a number after its name ('Stadskrant 24', 'RTV 1').
_NAME: Final = (
    rf"{_WORD}(?:[ \u00a0]+(?:(?:en|van|de|voor|het)[ \u00a0]+)?{_WORD}){{0,3}}"
    rf"(?:[ \u00a0]\d{{1,3}}(?=,|[ \u00a0]+\d))?"
)
_NUMBER_AFTER: Final = re.compile(r"[ \u00a0]\d{1,3}$")
# A day's date, or a monthly's issue with no day: 'TRT World, januari 2024, «...»'.
_ISSUE: Final = (
    rf"(?:\d{{1,2}}[ \u00a0]+)?(?:{MONTHS})[ \u00a0]+(?:19|20)\d\d[,.]?[ \u00a0]*(?:\r?\n)?$"
)
# Read back from an opening quotation mark (few in a text), not tried at every position. The note's
# number may close with a stop or a bracket: '1. Museumvereniging, 5 oktober 2023, «...»' (orgs77).
_BEFORE_QUOTE: Final = re.compile(
    rf"(?:^|(?<=\n)|(?<=;[ \u00a0]))[ \t]*(?:\d{{1,3}}[.)]?)?[ \t\u00a0]*"
    rf"(?P<name>{_NAME}),[ \u00a0]+{_ISSUE}"
)
_DATE: Final = rf"\d{{1,2}}[ \u00a0]+(?:{MONTHS})[ \u00a0]+(?:19|20)\d\d"
# ... a Word note numbered in brackets: '[3] Dorpskrant, 26 maart 2024, ‘...’'
_AFTER_BRACKETED_NOTE: Final = re.compile(
    rf"(?:^|(?<=\n))[ \t]*\[\d{{1,3}}\][ \t\u00a0]*(?P<name>{_NAME}),[ \u00a0]+{_ISSUE}"
)
# ... or an older note numbered '1)' that cites only the paper and its day, on a line of its own:
# '1) Metro, 23 mei 2007'.
_NOTE_ALONE: Final = re.compile(
    rf"[1-9]\d{{0,2}}\)[ \t\u00a0]*(?P<name>{_NAME}),[ \u00a0]+{_DATE}[ \t]*(?![^\r\n])"
)


def _notes_alone(text: str) -> list[re.Match[str]]:
    """Read from each ') ' (few in a text) back to a line's start over the note's digits."""
    found = []
    at = text.find(") ")
    while at != -1:
        start = at
        while start > 0 and at - start < 3 and text[start - 1].isdigit():
            start -= 1
        if start < at and (start == 0 or text[start - 1] == "\n"):
            m = _NOTE_ALONE.match(text, start)
            if m is not None:
                found.append(m)
        at = text.find(") ", at + 1)
    return found


# Only where a year closes the text before the quotation mark is the pattern tried.
_YEAR_BEFORE: Final = re.compile(r"(?:19|20)\d\d[,.]?[ \u00a0]*(?:\r?\n)?$")
_OPENING: Final = ("«", "“", "„", '"', "‘", "'")
# A single quotation mark opens a headline only before its first letter ('Den Haag, 3 maart
# 2024, 's avonds' is no headline).
_SINGLE: Final = ("‘", "'")
_HEADLINE_START: Final = re.compile(r"[‘'](?!s |t )\w")
# The headline, then its publisher and date in parentheses: '“Brug dicht” (Dagblad 4 juli 2024)'.
_CLOSING: Final = ("»", "”", '"', "’", "'")
_AFTER_QUOTE: Final = re.compile(rf"[ \t\u00a0]*\((?P<name>{_NAME}),?[ \u00a0]+{_DATE}\)")
# Or the headline, then 'in' the paper or journal and its issue's date: '«Brug dicht» in
# Economisch Weekblad (EW) van 3 mei 2024', '«...» in de Dorpsbode van 4 juli 2024'.
# The writer may stand between: '«...» van A. Laning in Vakblad Pensioen van 9 september 2025'.
_WRITER: Final = (
    r"(?:[ \t\u00a0]+van[ \t\u00a0]+(?:[A-Z]\.[ \u00a0]?){1,4}[ \u00a0]?"
    r"(?:(?:van|de|der|den|ter|ten)[ \t\u00a0]+){0,2}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+)?"
)
_IN_AFTER_QUOTE: Final = re.compile(
    rf"{_WRITER}[ \t\u00a0]+in[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?(?P<name>{_NAME})"
    rf"(?:[ \t\u00a0]+\([{_UPPER}][\w&]{{1,7}}\))?[ \t\u00a0]+van[ \t\u00a0]+{_DATE}"
)
# Or a piece named by its kind, then 'in' the paper and its issue's day, the year often left out
# in a letter ('het artikel in Vakblad Veer van 30 oktober jl.', 'een bericht in het Dorpsblad van
# 4 juli 2024'): a paper dated like that is a periodical, listed or not.
_PIECE_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:[Aa]rtikel|[Bb]ericht|[Ii]nterview|[Oo]piniestuk|[Cc]olumn|[Rr]eportage)"
    rf"(?:en|s)?{_WRITER}$"
)
_DAY_OF_ISSUE: Final = (
    rf"\d{{1,2}}[ \u00a0]+(?:{MONTHS})[ \u00a0]+(?:(?:19|20)\d\d|jl\.|j\.l\.|ll\.|l\.l\.)"
)
_IN_AFTER_PIECE: Final = re.compile(
    rf"[ \t\u00a0]+in[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?(?P<name>{_NAME})"
    rf"(?:[ \t\u00a0]+\([{_UPPER}][\w&]{{1,7}}\))?[ \t\u00a0]+van[ \t\u00a0]+{_DAY_OF_ISSUE}"
)
_PIECE_REACH: Final = 40
_REACH: Final = 100
# Where a headline or motion is said or debated, no paper: '«...» in de Kamer van 3 mei 2024'.
_WHERE_SAID: Final = frozenset(
    {"Kamer", "Tweede Kamer", "Eerste Kamer", "Raad", "Commissie", "Senaat"}
)

_DOMAIN: Final = re.compile(r"\.(?:nl|com|org|eu|net|be)$")
# A paper cited by its kind, not by its publisher: 'Kamerbrief, 10 oktober 2024, «Voortgang ...»'.
_PAPER: Final = re.compile(
    r"(?i:brief|rapport|bericht|nota|verslag|motie|besluit|wet|regeling|artikel|advies|uitspraak|"
    r"column|interview|podcast|video|blog|publicatie|onderzoek|notitie|memo|toespraak|speech)$"
)


def _quotes(text: str, marks: tuple[str, ...]) -> list[int]:
    """Where a quotation mark stands (str.find: a regex class would test every letter)."""
    found = []
    for mark in marks:
        at = text.find(mark)
        while at != -1:
            found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def _cited(text: str) -> list[re.Match[str]]:
    """Publisher and date before an opening quotation mark, or in parentheses after a closing
    one."""
    found = []
    for q in _quotes(text, _OPENING):
        if _YEAR_BEFORE.search(text, max(0, q - 9), q) is None:
            continue
        if text[q] in _SINGLE and _HEADLINE_START.match(text, q) is None:
            continue
        m = _BEFORE_QUOTE.search(text, max(0, q - _REACH), q) or _AFTER_BRACKETED_NOTE.search(
            text, max(0, q - _REACH), q
        )
        if m is not None:
            found.append(m)
    found.extend(_notes_alone(text))
    closing = _quotes(text, _CLOSING)
    for q in closing if "(" in text else ():
        m = _AFTER_QUOTE.match(text, q + 1)
        if m is not None:
            found.append(m)
    for q in closing if " in " in text else ():
        m = _IN_AFTER_QUOTE.match(text, q + 1)
        if m is not None and m.group("name") not in _WHERE_SAID:
            found.append(m)
    found.extend(_pieces_in(text))
    return found


def _pieces_in(text: str) -> list[re.Match[str]]:
    """'het artikel in X van 30 oktober jl.': read from each ' in ' back to the piece's word."""
    found = []
    at = text.find(" in ")
    while at != -1:
        # what follows ' in ' first: matched from there it fails at once after most, where the
        # piece's word, searched for in the window before, is tried at every position (enspeed44)
        m = _IN_AFTER_PIECE.match(text, at)
        if (
            m is not None
            and _PIECE_BEFORE.search(text, max(0, at - _PIECE_REACH), at) is not None
            and m.group("name") not in _WHERE_SAID
        ):
            found.append(m)
        at = text.find(" in ", at + 1)
    return found


def find(text: str) -> list[Match]:
    out = []
    for m in _cited(text):
        name = " ".join(m.group("name").split())
        if _PAPER.search(_NUMBER_AFTER.sub("", name)):
            continue
        # a news site by its domain is its medium: 'NOS.nl' is the listed NOS
        known = automaton().get(name, None) or automaton().get(_DOMAIN.sub("", name), None)
        if known is None and _DOMAIN.search(name):  # 'Lto.nl' is LTO's site: its letters
            known = automaton().get(_DOMAIN.sub("", name).upper(), None)
        if known is not None and known[1].type != "organization":
            continue  # a person or a place that writes or is written about
        if known is None and name.split()[0] in given_names():
            continue  # 'Piet Jansen, 3 maart 2023, «...»': a columnist
        canonical = known[1].canonical if known is not None else name
        out.append(Match("organization", m.start("name"), m.end("name"), canonical))
    return out
