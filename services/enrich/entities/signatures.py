"""Persons printed as persons are printed in letters and mails: by two initials or more and a
surname ('S.A.J. Rijsdijk Voorzitter', 'G.A. van der Steur'), the names under 'w.g.' in a
signature block ('w.g. | w.g. / Adri de Bruijn | Sander van Amerongen'), and a mail's display name
in its header lines ('Aan: Ark, T. van (Tamara) <...@minvws.nl>').

Two initials with their dots before a capitalised word are a person's name in Dutch papers, except
for the legal forms and country codes that share the shape ('N.V.', 'B.V.', 'V.S.'). Under 'w.g.'
(signed) each cell of the next line that is a name alone, given name or initials before the
surname, is the signer. The name is checked as the titled names are: no organisation, place or
office word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows, variants
from services.enrich.entities import attendees, mailnames, sovereign, titled
from services.enrich.entities.gazetteer import Match
from services.enrich.entities.persons import surname_tail_end
from services.enrich.words import read

_L: Final = r"[^\W\d_]"
_WORD: Final = rf"[A-ZÀ-ÖØ-ÞĀ-Ž]{_L}+(?:-[A-ZÀ-ÖØ-Þ]{_L}+)*"
_PARTICLE: Final = r"(?:van\s+(?:der|den|de|het|'t)|van|de|den|der|ter|ten|te|in\s+'t|von)"
# ... and an English address's post office box ("P.O. Box 1, 3720 BA Bilthoven" in a released
# mail's signature), which an English form or letter prints where a Dutch one prints 'Postbus'.
_FORMS: Final = frozenset(
    {"N.V.", "B.V.", "V.S.", "U.S.", "E.U.", "C.V.", "V.O.F.", "U.K.", "S.A.", "P.O."}
)
# Initials may be spaced or two letters ('Th. C. De Graaf'); after them a particle may be
# capitalised, as some print it, a French one too ('G.J.M.A. Le Belle', persons74).
_CAPITAL_PARTICLE: Final = r"(?:Van\s+(?:der|den|de)|Van|De|Den|Der|Ter|Ten|Te|Le|La|Du)"
# The Dutch digraph IJ is one initial ('D.IJ.W. de Graaff').
_INITIALLED: Final = re.compile(
    rf"(?<![\w.])(?P<ini>(?:(?:IJ|[A-Z][a-z]?)\.[ \u00a0]?){{1,4}}(?:IJ|[A-Z])\.)[ \u00a0]?"
    rf"(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE})[ \u00a0]+)?{_WORD}(?![\w-])(?!\.\w)"
)  # a sentence's full stop may follow ('Leden: ..., H.M. van der Wende.'), no word after a dot
# Whether two initials stand anywhere ('[A-Z][a-z]?\.[ \u00a0]?[A-Z]\.'), searched from their first
# full stop (a literal the engine finds fast) with the first initial looked back at.
_TWO_INITIALS: Final = re.compile(r"\.(?:(?<=[A-Z]\.)|(?<=[A-Z][a-zJ]\.))[ \u00a0]?(?:IJ|[A-Z])\.")
# Titles and abbreviations that look like initials: 'Mr. Dr. Jansen' is titled, 'St. Jan' a saint.
_NOT_INITIALS: Final = frozenset({"Mr.", "Dr.", "Ir.", "Ds.", "St.", "Th.D.", "Ph.", "Nr."})
# A form of address before one initial: 'Mw. A. de Wit' names 'A. de Wit'.
_ADDRESS: Final = frozenset({"Mw.", "Mv.", "Hr."})
_SIGNED: Final = re.compile(r"(?<![\w.])w\.g\.")
_OFFICE_STEMS: Final = ("ecretaris", "oorzitter", "urgemeester", "riffier", "irecteur", "ijkgraaf")
# The signers of a provincial or municipal letter by office and initials, one initial enough,
# after a comma ('Gedeputeerde Staten van Overijssel, voorzitter, A.P. Heidema secretaris,
# N. Versteeg') or alone on the next line, often in capitals ('voorzitter\nA.P. HEIDEMA'). Read
# from the rest of the office word on, where one of its stems stands.
_SIGNER: Final = (
    rf"(?P<name>(?:[A-Z][a-z]?\.[ \u00a0]?){{1,5}}"
    rf"(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE}|[A-Z]{{2,3}})[ \u00a0]+)?"
    rf"(?:{_WORD}|[A-ZÀ-ÖØ-Þ]{{2,}}(?:-[A-ZÀ-ÖØ-Þ]{{2,}})*))"
)
_AFTER_COMMA: Final = re.compile(rf"[\w-]*[ \t\u00a0]*,[ \t\u00a0]*{_SIGNER}(?![\w.-])")
_ON_NEXT_LINE: Final = re.compile(
    rf"[\w-]*[ \t\u00a0]*,?[ \t\u00a0]*\r?\n[ \t\u00a0]*{_SIGNER}[ \t\u00a0]*(?:\r?\n|$)"
)
# ... or on the office's own line, the name ending it ('voorzitter A.P. HEIDEMA\nsecretaris N.
# VERSTEEG', as a segment joins a signature's lines).
_ON_SAME_LINE: Final = re.compile(rf"[\w-]*[ \t\u00a0]+{_SIGNER}[ \t\u00a0]*(?:\r?\n|$)")
# What may stand before the office's stem on its line: its first letter, 'de', 'gemeente'.
_OFFICE_OPENS_LINE: Final = re.compile(
    r"[ \t\u00a0]*(?:[Dd]e[ \t\u00a0]+)?(?:[Gg]emeente)?[A-Za-z]"
)


# ... or after the office's colon, as a meeting's head prints its chair and clerk: 'Voorzitter:
# T. Mastenbroek', 'Plaatsvervangend voorzitter:t. Mastenbroek-Wesseling, Griffier : J.P.E.M.
# Huijs' (a transcript glues the initial to the colon and drops its capital; meta36's Velsen
# minutes). The name ends an item: a comma, semicolon, bracket, the line's end or the next
# label's colon follows it ('Voorzitter: J. Smit Griffier: B. Sepers'), so an enumeration after
# a colon ('Voorzitter: a. Opening en mededelingen') is none. A lower-case initial only glued to
# the colon.
_AFTER_COLON: Final = re.compile(
    rf"[ \t\u00a0]*:(?:[a-z]\.[ \u00a0]?(?:[A-Z][a-z]?\.[ \u00a0]?){{0,4}}|[ \t\u00a0]*"
    rf"(?:[A-Z][a-z]?\.[ \u00a0]?){{1,5}})(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE})[ \u00a0]+)?"
    rf"{_WORD}(?![\w.-])(?=[ \t\u00a0]*(?:[,;(]|\r?\n|$|[ \t\u00a0]en[ \t\u00a0]"
    rf"|[A-Z][a-z]+[ \t\u00a0]*:))"
)
_ENUMERATED: Final = re.compile(r"[ \t\u00a0]*[,;][ \t\u00a0]*[a-z]\.[ \t\u00a0]")
_COLON_STEMS: Final = ("oorzitter", "riffier", "ecretaris", "otulist", "otuliste")


def _after_colon(text: str) -> Iterator[Match]:
    cues = read(text).cues  # a stem's scan only where words.py's pass saw it (speed50)
    for stem in _COLON_STEMS:
        if stem not in cues:
            continue
        pos = text.find(stem)
        while pos != -1:
            after = pos + len(stem)
            m = _AFTER_COLON.match(text, after)
            if m is not None and not text[after : after + 1].isalpha():
                start = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u00a0:"))
                if text[start].islower() and _ENUMERATED.match(text, m.end()):
                    pos = text.find(stem, after)
                    continue  # 'Voorzitter:a. Opening, b. Verslag' enumerates
                found = titled.person(text, start, m.end())
                if found is not None:  # the initial's capital restored: 'T. Mastenbroek-Wesseling'
                    canonical = found.canonical[:1].upper() + found.canonical[1:]
                    yield Match("person", start, m.end(), canonical)
            pos = text.find(stem, after)


def _by_office(text: str) -> Iterator[Match]:
    if ":" in text:
        yield from _after_colon(text)
    cues = read(text).cues  # a stem's scan only where words.py's pass saw it (speed50)
    for stem in _OFFICE_STEMS:
        if stem not in cues:
            continue
        pos = text.find(stem)
        while pos != -1:
            after = pos + len(stem)
            m = _AFTER_COMMA.match(text, after)
            if m is None:
                line_start = text.rfind("\n", 0, pos) + 1
                if _OFFICE_OPENS_LINE.fullmatch(text, line_start, pos):
                    m = _ON_NEXT_LINE.match(text, after) or _ON_SAME_LINE.match(text, after)
            if m is not None:
                words = m.group("name").split()
                # a surname in capitals is read as a name is written: 'VERSTEEG' -> 'Versteeg'
                name = " ".join(w.title() if w.isupper() and w[-1] != "." else w for w in words)
                found = titled.person(name, 0, len(name))
                if found is not None:
                    yield Match("person", m.start("name"), m.end("name"), found.canonical)
            pos = text.find(stem, after)


# ... or the office after the name and its comma, as a transcript heads its speakers and a
# signature prints its signer: 'J. Deuring, raadslid CDA: ...', 'J. Hamster, Wethouder
# (ChristenUnie): ...' (names45, a council committee's transcript). One initial is enough where
# an elected or a meeting's office follows; the name is checked as the titled ones are.
_OFFICE_AFTER_TAIL: Final = (
    r",[ \t\u00a0]*(?i:raadslid|wethouder|burgemeester|gedeputeerde|statenlid|"
    r"fractievoorzitter|commissielid|griffier|dijkgraaf|heemraad)(?![\w-])"
)
_OFFICE_AFTER: Final = re.compile(
    rf"(?<![\w.])(?P<name>[A-Z]\.[ \u00a0]?(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE})[ \u00a0]+)?"
    rf"{_WORD})[ \t\u00a0]*{_OFFICE_AFTER_TAIL}"
)
# Every match holds its comma and office: searched from the comma (a literal the engine jumps to)
# first, the whole pattern, led by a look back and tried at every position, only where one stands
# (~4 % of a pages pass; enspeed46).
_OFFICE_AFTER_GATE: Final = re.compile(_OFFICE_AFTER_TAIL)


def _office_after(text: str) -> Iterator[Match]:
    if _OFFICE_AFTER_GATE.search(text) is None:
        return
    for m in _OFFICE_AFTER.finditer(text):
        start, end = m.span("name")
        found = titled.person(text, start, end)
        if found is not None:
            yield Match("person", start, end, found.canonical)


_CELL: Final = re.compile(
    rf"[ \t]*(?P<name>(?:{_WORD}|(?:[A-Z]\.){{1,5}})[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD})[ \t]*"
)


# 'Ark, T. van (Tamara)': surname, initials, particle and given name, as mail programs print a
# sender or addressee; only on a header line ('Van:', 'Aan:', 'To:', 'Cc:') or one with an address.
_DISPLAY_NAME: Final = re.compile(
    rf"(?<![\w.])(?P<sur>{_WORD}), (?P<ini>(?:[A-Z][a-z]?\.){{1,4}})"
    rf"(?: (?P<part>{_PARTICLE}))?(?: \((?P<given>{_WORD})\))?(?![\w.])"
)
# Whether 'surname, initial' stands anywhere ('\w, [A-Z][a-z]?\.'), searched from its comma.
_DISPLAY_HINT: Final = re.compile(r",(?<=\w,) [A-Z][a-z]?\.")
_HEADER_LINE: Final = re.compile(r"(?:^|\n)\s*(?:Van|Aan|From|To|Cc|CC|cc|Bcc)\s*:|@")


def _display_names(text: str) -> Iterator[Match]:
    for m in _DISPLAY_NAME.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if _HEADER_LINE.search(line) is None:
            continue
        tail = " ".join(p for p in (m.group("part"), m.group("sur")) if p)
        name = f"{m.group('given')} {tail}" if m.group("given") else f"{m.group('ini')} {tail}"
        found = titled.person(name, 0, len(name))
        if found is not None:
            yield Match("person", m.start(), m.end(), found.canonical)


# 'Hanssen, Ron <...@belastingdienst.nl>', 'Cc: Drost, Erik; Kuipers, Ernst': surname and given
# name without initials, as a mail program prints a display name on a header line; the given name
# a listed one, the name ending where the address, the next name or the line does.
_GIVEN_DISPLAY_NAME: Final = re.compile(
    rf"(?<![\w.])(?:(?P<cap>{_CAPITAL_PARTICLE}) )?(?P<sur>{_WORD}), (?P<given>{_WORD})"
    rf"(?: (?P<part>{_PARTICLE}))?"
    r"(?=[ \t]*(?:<|;|\[|\r?\n|$))"
)
_HEADER_LABELS: Final = frozenset({"Van:", "Aan:", "From:", "To:", "Cc:", "CC:"})
# The words `find` asks a text for, read in words.py's one pass over it (enspeed48).
CUES: Final = _HEADER_LABELS | {"w.g."} | frozenset(_OFFICE_STEMS) | frozenset(_COLON_STEMS)
_HEADER_LABEL: Final = re.compile(r"(?:^|\n)[ \t]*(?:Van|Aan|From|To|Cc|CC|cc|Bcc)[ \t]*:")


def _given_display_names(text: str) -> Iterator[Match]:
    given = attendees.given_names()
    for label in _HEADER_LABEL.finditer(text):  # read on a header line only
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end == -1 else line_end
        yield from _given_display_names_on(text, label.end(), line_end, given)


def _given_display_names_on(
    text: str, start: int, end: int, given: frozenset[str]
) -> Iterator[Match]:
    for m in _GIVEN_DISPLAY_NAME.finditer(text, start, end):
        if m.group("given") not in given or m.group("sur") in given:
            continue
        particle = m.group("part") or (m.group("cap") or "").lower()
        name = " ".join(p for p in (m.group("given"), particle, m.group("sur")) if p)
        found = titled.person(name, 0, len(name))
        if found is not None and found.end == len(name):  # all of it: 'Rotterdam, Jan' no
            yield Match("person", m.start(), m.end(), found.canonical)


# A listed person's surname of two capitalised words ('H.G.J. Bruins Slot'): after initials its
# second word is the name's, not the next word of the sentence ('S.A.J. Rijsdijk Voorzitter').
_INITIALS_FORM: Final = re.compile(r"(?:(?:IJ|[A-Z][a-z]?)\.)+")
_SECOND_WORD: Final = re.compile(r"[ \u00a0](?P<word>[A-ZÀ-ÖØ-Þ][\w’'-]+)(?![\w.-])")


@cache
def _double_surnames() -> frozenset[str]:
    out = set()
    for row in rows("people.tsv"):
        for form in variants(row):
            words = form.split()
            if (
                len(words) == 3
                and _INITIALS_FORM.fullmatch(words[0])
                and all(w[:1].isupper() for w in words[1:])
                and words[1] not in _CAPITAL_WORDS
            ):
                out.add(f"{words[1]} {words[2]}")
    return frozenset(out)


_CAPITAL_WORDS: Final = frozenset({"Van", "De", "Den", "Der", "Ter", "Ten", "Te"})


def _with_second_surname_word(text: str, end: int) -> int:
    nxt = _SECOND_WORD.match(text, end)
    if nxt is None:
        return end
    last = text[:end].rsplit(None, 1)[-1]
    return nxt.end() if f"{last} {nxt.group('word')}" in _double_surnames() else end


def _initialled(text: str) -> Iterator[Match]:
    for m in _INITIALLED.finditer(text):
        ini = m.group("ini").replace(" ", "").replace("\u00a0", "")
        start = m.start()
        end = surname_tail_end(text, _with_second_surname_word(text, m.end()), titled.NOT_NAMES)
        if ini.split(".")[0] + "." in _ADDRESS:
            start = m.start() + m.group("ini").index(".") + 1
            start += len(text[start:]) - len(text[start:].lstrip())
            ini = ini[ini.index(".") + 1 :]
        if ini in _FORMS or any(i + "." in _NOT_INITIALS for i in ini.split(".")[:-1]):
            continue
        found = titled.person(text, start, end)
        if found is not None:
            yield found


# One initial is a name's only where something else says so (two initials say it by themselves):
# - a particle in lower case after it: 'L. van Raay', 'A. de Wit' (a sentence does not go on in
#   lower case after a capital and a full stop); searched from the full stop, the initial looked
#   back at;
_ONE_INITIAL_PARTICLE: Final = re.compile(
    rf"\.(?<=(?<![\w.])[A-Z]\.)[ \u00a0]?(?:van[ \u00a0]+(?:der|den|de)|van|de|den|der|ter|ten)"
    rf"[ \u00a0]+{_WORD}(?![\w.-])"
)
# - a list it stands in with a person already found: 'M. Vlasblom, W. Konijnenbelt, W.D.M. van
#   Diepenbeek', 'Y. Vugts en R.J.E. Vleugels' (judges, counsel, a panel).
_ONE_INITIAL: Final = rf"[A-Z]\.[ \u00a0]?(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE})[ \u00a0]+)?{_WORD}"
_LIST_GLUE: Final = r"(?:,[ \u00a0]*|[ \u00a0]+(?:en|&)[ \u00a0]+|,[ \u00a0]+en[ \u00a0]+)"
# A committee's composition names each member's party in brackets: 'J.J. van Heukelum (VVD), G.
# Holdijk (SGP), M.C. Meindertsma (PvdA)' (letters65).
_PARTY_AFTER: Final = r"(?:[ \u00a0]*\([^()\n]{1,30}\))?"
_NEXT_IN_LIST: Final = re.compile(rf"{_PARTY_AFTER}{_LIST_GLUE}(?P<name>{_ONE_INITIAL})(?![\w.-])")
_BEFORE_IN_LIST: Final = re.compile(
    rf"(?<![\w.])(?P<name>{_ONE_INITIAL})(?![\w.-]){_PARTY_AFTER}{_LIST_GLUE}$"
)
_LIST_LOOKBACK: Final = 60
# - the writer of a piece cited by its title: 'het artikel «Statuten geven te veel invloed» van
#   K. Mulder in Pensioen Pro'; searched from the closing quote.
_WRITER_AFTER_TITLE: Final = re.compile(
    rf"[»”\"][ \u00a0]+(?:van|door)[ \u00a0]+(?P<name>{_ONE_INITIAL})(?![\w.-])"
)


# A lettered item is no initial: 'onder B. van de Wet', 'bijlage A. van het rapport'.
_ITEM_WORD: Final = re.compile(
    r"(?:\b(?:[Oo]nder|[Ss]ub|[Bb]ijlage|[Oo]nderdeel|[Cc]ategorie|[Pp]unt|[Ll]id|[Dd]eel|[Ff]ase"
    r"|[Vv]ariant|[Ss]cenario|[Oo]ptie|[Pp]lan|[Mm]odel|[Tt]ype|[Kk]lasse|[Vv]itamine|[Aa]rtikel"
    r"|[Tt]abel|[Ff]iguur|[Gg]rafiek|[Kk]olom)"
    r"|\d)[ \u00a0]*$"
)
# What follows 'van de' in a citation, never a surname.
_NO_SURNAME: Final = frozenset(
    {
        "Wet",
        "Woo",
        "Wob",
        "Awb",
        "Grondwet",
        "Minister",
        "Raad",
        "Kamer",
        "Staat",
        "Gemeente",
        "Provincie",
        "Regeling",
        "Richtlijn",
        "Verordening",
        "Bijlage",
        "Nota",
        "Rijksoverheid",
    }
)


def _one_initial_particle(text: str) -> Iterator[Match]:
    for m in _ONE_INITIAL_PARTICLE.finditer(text):
        start = m.start() - 1
        if text[m.start() : m.end()].split()[-1] in _NO_SURNAME:
            continue
        if _ITEM_WORD.search(text, max(0, start - 12), start):
            continue
        found = titled.person(text, start, m.end())
        if found is not None:
            yield found


def _writers_after_title(text: str) -> Iterator[Match]:
    for m in _WRITER_AFTER_TITLE.finditer(text):
        found = titled.person(text, m.start("name"), m.end("name"))
        if found is not None:
            yield found


def _beside_in_list(text: str, anchors: list[Match]) -> list[Match]:
    """The one-initial names a list holds beside the persons found, read outward from them."""
    new: list[Match] = []
    todo = list(anchors)
    while todo:
        anchor = todo.pop()
        after = _NEXT_IN_LIST.match(text, anchor.end)
        window = max(0, anchor.start - _LIST_LOOKBACK)
        before = _BEFORE_IN_LIST.search(text[window : anchor.start])
        spans = []
        if after is not None:
            spans.append((after.start("name"), after.end("name")))
        if before is not None:
            spans.append((window + before.start("name"), window + before.end("name")))
        for start, end in spans:
            if _ITEM_WORD.search(text, max(0, start - 12), start):
                continue  # 'tabel B. Tabel, R.J. Smulders': a lettered item
            found = titled.person(text, start, end)
            if found is not None and not _overlaps(found, anchors + new):
                new.append(found)
                todo.append(found)
    return new


def _signed(text: str) -> Iterator[Match]:
    """The cells of the line after a line of 'w.g.'."""
    for mark in _SIGNED.finditer(text):
        line_end = text.find("\n", mark.end())
        if line_end == -1:
            return
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end == -1 else next_end
        pos = line_end + 1
        for cell in text[pos:next_end].split("|"):
            m = _CELL.fullmatch(cell)
            if m is not None:
                found = titled.person(text, pos + m.start("name"), pos + m.end("name"))
                if found is not None:
                    yield found
            pos += len(cell) + 1


def _overlaps(m: Match, others: list[Match]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def find(text: str) -> list[Match]:
    found = list(_initialled(text)) if _TWO_INITIALS.search(text) else []
    for single in _one_initial_particle(text):
        if not _overlaps(single, found):
            found.append(single)
    if "»" in text or "”" in text or '"' in text:
        for writer in _writers_after_title(text):
            if not _overlaps(writer, found):
                found.append(writer)
    if found:
        found += _beside_in_list(text, found)
    for signer in _by_office(text):
        if not _overlaps(signer, found):
            found.append(signer)
    if ", " in text:
        for speaker in _office_after(text):
            if not _overlaps(speaker, found):
                found.append(speaker)
    cues = read(text).cues  # the gate words below, from words.py's pass (enspeed48)
    if "w.g." in cues:
        known = list(found)
        found += [m for m in _signed(text) if not _overlaps(m, known)]
    if ("@" in text or ":" in text) and _DISPLAY_HINT.search(text):
        known = list(found)
        found += [m for m in _display_names(text) if not _overlaps(m, known)]
    if ", " in text and not cues.isdisjoint(_HEADER_LABELS):
        known = list(found)
        found += [m for m in _given_display_names(text) if not _overlaps(m, known)]
    # 'Hirscher, Johanna (J.K.)': a display name with its initials in brackets (persons47)
    known = list(found)
    found += [m for m in mailnames.find(text) if not _overlaps(m, known)]
    found += [m for m in sovereign.find(text) if not _overlaps(m, known)]  # 'Wij Willem-Alexander'
    return found
