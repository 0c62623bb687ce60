"""Persons named beside a person in a run of names: 'de handreiking van Onno de Zwart, Anneke
Brock en Donya Yassine' (a report's authors), 'met Ria Smit en Karel Bos'.

When one member of a run joined by commas or 'en' is a person found in full (a given name and a
surname), a neighbour of the same shape is a person too, even when its given name is on no list
('Onno', 'Donya'). A neighbour must look like a name and nothing else:
- two capitalised words, a particle between them allowed ('Onno de Zwart'), on one line;
- no capitalised word after it ('Anneke Brock en Nieuw Sociaal Contract') or before it ('Stichting
  Karel Bos');
- no word a list holds (a place, body, party or law: 'Anneke Brock, Den Haag'), no office, title
  or heading word ('Ria Smit, Directeur Financiën'), no street;
- no word the document also prints in lower case (a word, not a name: 'Ria Smit, Nieuwe Ronde'),
  except a surname after a particle ('de Zwart').
Each member taken may take its own neighbour, so the run is read from any member found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from services.enrich.entities import orgnames, portfolios, titled
from services.enrich.entities.attendees import (
    LANGUAGES,
    LOWER,
    STREET_END,
    UPPER,
    WORD_GIVEN,
    given_names,
    surname_word,
)
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.persons import canonical
from services.enrich.words import read

_UP, _LOW = UPPER, LOWER
_CAP: Final = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_GAP: Final = r"[ \u00a0]+"
_PARTICLE: Final = (
    rf"(?:van{_GAP}der|van{_GAP}den|van{_GAP}de|van{_GAP}['’]t|van|de|der|den|ter|ten|te)"
)
_NAME: Final = rf"(?P<given>{_CAP}){_GAP}(?:(?P<particle>{_PARTICLE}){_GAP})?(?P<surname>{_CAP})"
_SEPARATOR: Final = rf"(?P<sep>,{_GAP}|{_GAP}(?:en|&){_GAP})"
# Two given names sharing the surname, as an association's list prints a couple: 'Guus en Joke
# Otto', 'Theo en Margriet Nijssen' (persons77). The member is the second person in full ('Joke
# Otto'); the first, named by the given name alone, is not recorded (a span names one person).
_COUPLE: Final = rf"(?:(?P<first>{_CAP}){_GAP}(?:en|&){_GAP})?"
# A member may carry where the person comes from in brackets, as attendance lists print it
# ('Mark Backer (VNG), Han Welmer (TNO), ...'), and a neighbour may be initials and a surname ('T.
# Krabbé (Belastingdienst)'; `_INITIALLED`, its surname checked as an attendance item's).
_TAIL: Final = rf"(?:{_GAP}\([^()\n]{{1,40}}\))?"
_BEFORE: Final = re.compile(rf"(?<![\w-]){_COUPLE}{_NAME}{_TAIL}{_SEPARATOR}$")
_AFTER: Final = re.compile(rf"{_TAIL}{_SEPARATOR}{_COUPLE}{_NAME}(?![\w-])(?!{_GAP}[{_UP}])")
# A capitalised word just before the name: the name is the tail of a longer one, unless the
# word opens a sentence ('Volgens Rixt Hoekema, ...').
_CAPITALISED_BEFORE: Final = re.compile(rf"(?P<word>[{_UP}][\w'’-]*){_GAP}$")
_REACH: Final = 115  # a given name, particles, a surname, a bracket and the separator
_FULL: Final = re.compile(_NAME)  # a full name alone (`fullmatch`)

# Words that open a sentence, name an office or a kind of body where a given name would stand.
_NOT_NAME_TEXT: Final = (
    "Zie Door Met Bij Volgens Onder Naar Uit Voor Over Het Een Deze Die Dat Ook En Of Als "
    "Gemeente Gemeenten Provincie Stichting Vereniging Ministerie Universiteit Hogeschool "
    "Rapport Onderzoek Brief Motie Amendement Kamerlid Kamerleden Burgemeester Wethouder "
    "Directeur Hoofd Afdeling Directie Team Bureau Dienst Cluster Sector Unit Programma "
    "Project Projectleider Adviseur Beleidsmedewerker Secretaris Griffier Woordvoerder "
    "Heer Mevrouw Dhr Mevr Geachte Beste Hoogachtend Groet Groeten Vriendelijke Met"
)
_NOT_NAME_WORDS: Final = frozenset(_NOT_NAME_TEXT.split())


def word_printed_lower(word: str, text: str) -> bool:
    """Whether the word stands in the text in lower case, a word of its own ('helder')."""
    low = word.lower()
    return low in text and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


def _tail_of_a_longer_name(text: str, start: int) -> bool:
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group("word") not in _NOT_NAME_WORDS


def _looks_like_a_name(m: re.Match[str], text: str) -> bool:
    given, surname, particle = m.group("given"), m.group("surname"), m.group("particle")
    first = m.group("first")
    for word in (given, surname) if first is None else (first, given, surname):
        if (
            word in _NOT_NAME_WORDS
            or word in titled.NOT_NAMES
            or word in titled._OFFICES
            or word in titled._PARTICLES
            or word in orgnames.HEADS
            or titled._A_TITLE.fullmatch(word)
            or (automaton().exists(word) and (word != surname or particle is None))
        ):
            # after a particle a place is a surname: 'Rietje van Kampen' (persons77)
            return False
    if STREET_END.search(surname):
        return False
    name = " ".join(m.group("given", "particle", "surname") if particle else (given, surname))
    if automaton().exists(" ".join(name.split())):
        return False
    if word_printed_lower(given, text) or (first is not None and word_printed_lower(first, text)):
        return False
    return particle is not None or not word_printed_lower(surname, text)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(start < e and s < end for s, e in taken)


# A member of a run: its span, and whether 'en' or '&' joins it to the member before.
_Member = tuple[int, int, bool]


_COUPLE_FIRST: Final = re.compile(rf"(?<![\w-]){_CAP}{_GAP}(?:en|&){_GAP}$")
_LIST_MARK_BEFORE: Final = re.compile(rf"[,:]{_GAP}$")


def _couple_start(text: str, start: int) -> int:
    """Where the member at `start` begins: at the couple's first given name where one stands
    before it after a list's comma or colon ('..., George en Jorine Ioannides'), not after a name
    ('Dick de Groot en Wilma Eveleens': two persons)."""
    first = _COUPLE_FIRST.search(text, max(0, start - _REACH), start)
    if (
        first is None
        or _LIST_MARK_BEFORE.search(text, max(0, first.start() - 4), first.start()) is None
    ):
        return start
    return first.start()


def _run(text: str, start: int, end: int) -> list[_Member]:
    """The names joined to the person at text[start:end] by commas, 'en' or '&' on its line, each
    in a name's shape (`_looks_like_a_name`), in the order printed."""
    run: list[_Member] = [(start, end, False)]
    while True:
        anchor = _couple_start(text, run[0][0])
        before = _BEFORE.search(text, max(0, anchor - _REACH), anchor)
        if before is None:
            initialled = _BEFORE_INITIALLED.search(text, max(0, run[0][0] - _REACH), run[0][0])
            if initialled is None or not _initialled_ok(initialled, text):
                break
            joined = not initialled.group("sep").strip().startswith(",")
            run[0] = (run[0][0], run[0][1], joined)
            run.insert(0, (initialled.start("name"), initialled.end("name"), False))
            continue
        if "\n" in before.group(0) or not _looks_like_a_name(before, text):
            break
        if _tail_of_a_longer_name(text, before.start()):
            break  # the tail of a longer name: 'Stichting Karel Bos, ...'
        joined = not before.group("sep").strip().startswith(",")
        run[0] = (run[0][0], run[0][1], joined)
        run.insert(0, (before.start("given"), before.end("surname"), False))
    while True:
        after = _AFTER.match(text, run[-1][1])
        if after is None:
            initialled = _AFTER_INITIALLED.match(text, run[-1][1])
            if initialled is None or not _initialled_ok(initialled, text):
                break
            joined = not initialled.group("sep").strip().startswith(",")
            run.append((initialled.start("name"), initialled.end("name"), joined))
            continue
        if "\n" in after.group(0) or not _looks_like_a_name(after, text):
            break
        run.append(
            (
                after.start("given"),
                after.end("surname"),
                not after.group("sep").strip().startswith(","),
            )
        )
    return run


def _list_of(run: list[_Member], seed: int) -> list[_Member]:
    """The one list the seed's member stands in: a Dutch list joins its last member with 'en'
    ('A, B en C'), so a comma after that member starts something else ('Alex Dubov en Steven
    Shoptaw, American Journal of ...'). A list is three names or more, or two joined by 'en':
    'Karel Bos, Public Matters' is a name and its firm."""
    lists: list[list[_Member]] = [[]]
    for member in run:
        lists[-1].append(member)
        if member[2]:
            lists.append([])  # the member after an 'en' ends this list
    own = next(lst for lst in lists if any(m[0] == run[seed][0] for m in lst))
    if len(own) >= 3 or (len(own) == 2 and own[1][2]):
        return own
    return []


# A surname alone where the sentence cites or quotes a person (persons57): 'aldus Kolkman.',
# 'volgens Kolkman is dat zo', '“...”, zegt Kolkman', and a sentence that opens with the name and
# the verb ('Kolkman zei dat ...'). The lists hold no such surname (those of ministers and members
# cabinet.py reads); the word must look like a surname and nothing else: no word a list holds (a
# place, body, party, medium or law: 'volgens Defensie', 'zegt Nederland'), no given name ('volgens
# Peter'), office, title, month or language, no word the document prints in lower case, no
# capitalised word or number after it ('volgens Artikel 3', 'aldus Jan Jansen' is read whole).
_CITING: Final = ("aldus", "Aldus", "volgens", "Volgens")
_SAYING: Final = (
    "zei", "zegt", "stelt", "stelde", "schrijft", "schreef", "vertelt", "vertelde", "verklaart",
    "verklaarde", "benadrukt", "benadrukte",
)  # fmt: skip
_CAP_PARTICLE: Final = rf"(?:Van(?:{_GAP}(?:der|den|de|'t))?|De|Den|Ter|Ten)"
_SAID_NAME: Final = re.compile(
    rf"{_GAP}(?P<name>(?:{_CAP_PARTICLE}{_GAP})?{_CAP})(?![\w'’-])(?!{_GAP}[{_UP}\d])"
)
_NAME_SAYS: Final = re.compile(rf"(?P<name>(?:{_CAP_PARTICLE}{_GAP})?{_CAP}){_GAP}$")
_OPENS_SENTENCE: Final = re.compile(r"(?:^|[.!?][ \t\u00a0]+|\n[ \t\u00a0]*)$")
# After the verb, what shows the word before it is its subject: a clause or a quote follows ('zei
# dat', 'zegt:'), or an adverb. A subject after the verb ('Eerder stelde het lid ...', 'Later zei
# president X') makes the first word an adverb.
_SUBJECT_SAID: Final = re.compile(
    r"(?:[ \t\u00a0]*[:,“\"‘']|[ \t\u00a0]+(?:dat|niet|ook|tegen|in|op|over|al|zelf|eerder|"
    r"later|toen|daarover|hierover|desgevraagd)(?![\w-]))"
)
# The words `find` asks words.py's one pass for (issue #12): a verb of saying with the space
# before it ('Kolkman zei', '”, zegt Kolkman'; no word's inside: 'vastgestelde'), a citing word
# and an attendance label (their word starts checked where they stand).
_SAYING_CUES: Final = {f" {verb}": verb for verb in _SAYING}
_ATTENDANCE: Final = ("Aanwezig", "Afwezig")
GATES: Final = frozenset((*_CITING, *_SAYING_CUES, *_ATTENDANCE))
_CUE_ENDS: Final = frozenset(" \u00a0:,")  # a cue is a word of its own ('zei', not 'zeilen')
_NOT_SPEAKERS_TEXT: Final = (
    "Hij Zij Ze Men Iedereen Niemand Wie Dit Dat Die Deze Het Er Ook Nu Toen Zo Daar Hier Wat "
    "Ik Wij We Jij Je Elk Elke Ieder Iemand Alles Niets Eenieder Onderzoek Rapport"
)
_NOT_SPEAKERS: Final = frozenset(_NOT_SPEAKERS_TEXT.split())


# An inflected adjective capitalised as a country's or a people's ('volgens Europese richtlijnen'),
# or a noun's ending that a body's or a source's short name has and a surname rarely ('volgens
# Inspectie', 'Planbureau', 'Dienstverlening', 'Wikipedia', 'Statline').
_INFLECTED: Final = re.compile(
    r"\w{3,}(?:se|sche|heid|schap|tie|sie|teit|isme|ening|ering|iging|bureau|dienst|instituut|raad|"
    r"fonds|pedia|line|data)"
)


def _surname_alone(name: str, text: str) -> bool:
    last = name.split()[-1]
    known = automaton()
    if len(last) < 3 or known.exists(name) or known.exists(last) or _INFLECTED.fullmatch(last):
        return False
    if last in _NOT_NAME_WORDS or last in _NOT_SPEAKERS or last in titled.NOT_NAMES:
        return False
    if last in given_names() or last in WORD_GIVEN or last in LANGUAGES:
        return False
    if titled._A_TITLE.fullmatch(last) or not surname_word(last):
        return False
    return not word_printed_lower(last, text)


def _cited(text: str, cues: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Where a surname alone stands after a citing word or a verb of saying, or before such a
    verb at a sentence's start."""
    asked = [c for c in _CITING if c in cues] + [v for c, v in _SAYING_CUES.items() if c in cues]
    for cue in asked:
        at = text.find(cue)
        while at != -1:
            end = at + len(cue)
            if (at == 0 or not text[at - 1].isalnum()) and text[end : end + 1] in _CUE_ENDS:
                after = _SAID_NAME.match(text, at + len(cue))
                if after is not None and _surname_alone(after.group("name"), text):
                    yield after.start("name"), after.end("name")
                if cue in _SAYING and at and _SUBJECT_SAID.match(text, at + len(cue)):
                    before = _NAME_SAYS.search(text, max(0, at - 40), at)
                    if (
                        before is not None
                        and _OPENS_SENTENCE.search(text, max(0, before.start() - 4), before.start())
                        and _surname_alone(before.group("name"), text)
                    ):
                        yield before.start("name"), before.end("name")
            at = text.find(cue, at + len(cue))


# A meeting's attendance label and the names after it on its line, whatever their given names
# ('Afwezig met bericht: Leny Visser en Kier Heek'): each item a given name and a surname that
# look like a name (as a run's members); the first item that does not ends the list.
_LABEL_END: Final = re.compile(
    r"(?:[ \t\u00a0]+(?:met|zonder)[ \t\u00a0]+(?:bericht|voorbericht|kennisgeving|afmelding)|"
    r"[ \t\u00a0]*\((?:met|zonder)[ \t\u00a0]+(?:bericht|voorbericht|kennisgeving|afmelding)\))?"
    r"[ \t\u00a0]*:[ \t\u00a0]*"
)
_ITEM: Final = re.compile(rf"{_COUPLE}{_NAME}(?![\w'’-])(?!{_GAP}[{_UP}])")
_ITEM_SEPARATOR: Final = re.compile(rf",{_GAP}|{_GAP}(?:en|&){_GAP}")


def _label_heads(text: str, cues: frozenset[str], end: re.Pattern[str]) -> Iterator[int]:
    """Where the items after an attendance label start: the label opening its line or after a
    space, then `end` (its colon, its cell's bar)."""
    for label in (label for label in _ATTENDANCE if label in cues):
        at = text.find(label)
        while at != -1:
            head = end.match(text, at + len(label))
            if head is not None and (at == 0 or text[at - 1] in "\n "):
                yield head.end()
            at = text.find(label, at + len(label))


def _attending(text: str, cues: frozenset[str]) -> Iterator[tuple[int, int]]:
    for pos in _label_heads(text, cues, _LABEL_END):
        while pos != -1:
            item = _ITEM.match(text, pos)
            if item is None or not _looks_like_a_name(item, text):
                break
            yield item.start("given"), item.end()
            sep = _ITEM_SEPARATOR.match(text, item.end())
            pos = sep.end() if sep is not None else -1


# On an attendance label's line ('Aanwezigen | ...' as a table's cell prints it, 'Aanwezig: ...'),
# an item joined by commas or 'en' that is initials and a surname and nothing else ('A.
# Oostermeijer en M. Bril voor de verslaglegging'), wherever it stands in the list: an item with
# an office before it is titled.py's, one of another shape is left.
_LABEL_CELL: Final = re.compile(
    rf"\w*(?:[ \t\u00a0]*(?:[:|]|\r?\n)[ \t\u00a0]*|[ \t\u00a0]+(?=[{_UP}]))"
)  # 'Aanwezigen: ...', 'Aanwezigen | ...', 'Aanwezigen Burgemeester ...'
# An office before the initials ('gemeentesecretaris K. Handstede', 'Gemeentesecretaris ...' as a
# cell opens with it, which titled.py reads in lower case only).
_OFFICE_PREFIX: Final = re.compile(
    r"(?i:[a-zà-ÿ/-]*(?:secretaris|wethouder|burgemeester|voorzitter|griffier|directeur|"
    r"gedeputeerde|raadslid|notulist|adviseur|co[öo]rdinator|controller|manager))[ \u00a0]+"
)
# A double surname's second part may open with lower-case particles after the hyphen, as a list
# of initialled members prints a married name: 'J.M. Meulenberg-op 't Hof', 'P.C.A. de
# Milliano-v.d. Hemel', 'M. Kramer-van Kraaij' (persons75's blind set, Zeeland's Staten). Only a
# particle, then one capitalised word: not 'A. Evertz-Stichting', not 'B. Smit-op' alone.
_SECOND_PARTICLE: Final = (
    rf"(?:op{_GAP}(?:'t|’t|den|de|het)|in{_GAP}(?:'t|’t)|uit{_GAP}(?:den|de)|van{_GAP}(?:'t|’t)|"
    rf"v\.(?:{_GAP})?d\.|v/d|{_PARTICLE}|'t|’t)"
)
_SECOND_PART: Final = rf"(?P<second>-(?:{_SECOND_PARTICLE})(?:{_GAP})?[{_UP}][{_LOW}]+)?"
_INITIALLED: Final = re.compile(
    rf"(?:IJ|[{_UP}])\.(?:[ \u00a0]?(?:IJ|[{_UP}])\.){{0,4}}[ \u00a0]*"
    rf"(?:(?P<particle>{_PARTICLE}){_GAP})?(?P<surname>{_CAP}){_SECOND_PART}"
)
_ITEM_TAIL: Final = re.compile(
    r"[ \u00a0]+(?:voor[ \u00a0]+de[ \u00a0]+verslaglegging|"
    r"\((?:notulist|verslag|verslaglegging|secretaris|voorzitter)\))[.;]?$"
)
_ITEMS: Final = re.compile(rf",{_GAP}|{_GAP}(?:en|&){_GAP}|[.;]?$")


def _initialled_attending(text: str, cues: frozenset[str]) -> Iterator[tuple[int, int]]:
    for pos in _label_heads(text, cues, _LABEL_CELL):
        end = text.find("\n", pos)
        yield from _initialled_items(text, pos, len(text) if end == -1 else end)


def _initialled_items(text: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
    for sep in _ITEMS.finditer(text, pos, end):
        item = text[pos : sep.start()]
        tail = _ITEM_TAIL.search(item)
        size = tail.start() if tail is not None else len(item)
        office = _OFFICE_PREFIX.match(item, 0, size)
        at = office.end() if office is not None else 0
        m = _INITIALLED.fullmatch(item, at, size)
        if m is not None and _surname_ok(m.group("surname"), m.group("particle"), text):
            yield pos + at, pos + size
        pos = sep.end()
        if pos >= end:
            break


_BEFORE_INITIALLED: Final = re.compile(
    rf"(?<![\w.-])(?P<name>{_INITIALLED.pattern}){_TAIL}{_SEPARATOR}$"
)
_AFTER_INITIALLED: Final = re.compile(
    rf"{_TAIL}{_SEPARATOR}(?P<name>{_INITIALLED.pattern})(?![\w'’-])(?!{_GAP}[{_UP}])"
)


def _initialled_ok(m: re.Match[str], text: str) -> bool:
    """Initials and a surname on the run's line, the surname no word a list or the text holds."""
    return "\n" not in m.group(0) and _surname_ok(m.group("surname"), m.group("particle"), text)


def _surname_ok(surname: str, particle: str | None, text: str) -> bool:
    if (
        surname in _NOT_NAME_WORDS
        or surname in titled.NOT_NAMES
        or surname in titled._OFFICES
        or surname in orgnames.HEADS
        or titled._A_TITLE.fullmatch(surname)
        or automaton().exists(surname)
        or STREET_END.search(surname)
    ):
        return False
    return particle is not None or not word_printed_lower(surname, text)


# A table's heads may be its persons, one surname a line ('Bieze / Markink / Meijers / Scheffer /
# Schouten / Van Dijk / Totaal', the gedeputeerden of a Statenvraag's table, meta36): where two
# of a column of three or more such lines are persons found already or listed members' surnames
# (the lists' reading of a surname alone comes later), and the text just before the
# column names the persons' kind (gedeputeerden, wethouders, leden, ...), the others are persons
# too, each a surname that looks like one (`_surname_ok`: no listed word, office, title, no word
# the text prints in lower case) and no table's word ('Totaal').
_HEAD_LINE: Final = re.compile(
    rf"^[ \t\u00a0]*(?P<name>(?:(?P<particle>(?:Van|De|Den|Ter|Ten)(?:{_GAP}(?:der|den|de))?)"
    rf"{_GAP})?(?P<surname>{_CAP}))[ \t\u00a0\r]*$",
    re.MULTILINE,
)
_KINDS: Final = re.compile(
    r"(?<![\w-])(?:[Gg]edeputeerden?|[Ww]ethouders?|[Pp]ortefeuillehouders?|[Bb]estuurders?|"
    r"[Ff]ractievoorzitters?|(?:[Rr]aads|[Ss]taten|[Kk]amer|[Cc]ommissie|[Bb]estuurs)?leden)(?![\w-])"
)
_KIND_STEMS: Final = (
    "edeputeerde",
    "ethouder",
    "leden",
    "ortefeuillehouder",
    "estuurder",
    "oorzitter",
)
# `_KIND_STEMS` read in words.py's one pass over the text (a set's test each, not a substring test
# each: enspeed48).
KIND_CUES: Final = frozenset(_KIND_STEMS)
_TABLE_TEXT: Final = (
    "Totaal Subtotaal Gemiddeld Gemiddelde Overig Overige Anders Fractie Fracties Naam Namen "
    "Partij Aantal Som Onbekend Jaar Datum Ja Nee Noord Zuid Oost West Midden Centrum "
    "Beheer Algemeen Kern Kernen Wijk Regio"
)
_TABLE_WORDS: Final = frozenset(_TABLE_TEXT.split())
_KIND_REACH: Final = 600  # the text before a column that names its kind


def _column_heads(text: str, found: list[Match]) -> list[Match]:
    persons = [(m.start, m.end) for m in found if m.type == "person"]
    taken = [(m.start, m.end) for m in found]
    out: list[Match] = []
    column: list[re.Match[str]] = []
    for line in [*_HEAD_LINE.finditer(text), None]:
        if line is not None and column and not text[column[-1].end() : line.start()].strip():
            column.append(line)
            continue
        out += _heads_of(text, column, persons, taken)
        column = [line] if line is not None else []
    return out


def _heads_of(
    text: str,
    column: list[re.Match[str]],
    persons: list[tuple[int, int]],
    taken: list[tuple[int, int]],
) -> list[Match]:
    if len(column) < 3:
        return []
    spans = [line.span("name") for line in column]
    members = titled.member_surnames()
    found = [sp for sp in spans if any(s <= sp[0] and sp[1] <= e for s, e in persons)]
    known = [
        sp
        for line, sp in zip(column, spans, strict=True)
        if sp in found or line.group("surname") in members
    ]
    if len(known) < 2:
        return []
    start = column[0].start()
    if _KINDS.search(text, max(0, start - _KIND_REACH), start) is None:
        return []
    if len(spans) - len(known) > 2 * len(known):
        return []  # a column mostly of other words that holds two names
    out = []
    for line, span in zip(column, spans, strict=True):
        surname, particle = line.group("surname"), line.group("particle")
        if span in found or not _free(*span, taken) or surname in _TABLE_WORDS:
            continue
        if portfolios.is_field(surname):
            continue  # a portfolio's field heads a wethouder's column: 'Wonen', 'Zorg'
        if not _surname_ok(surname, particle, text) or surname in given_names():
            continue
        taken.append(span)
        out.append(Match("person", span[0], span[1], " ".join(line.group("name").split())))
    return out


def find(text: str, found: Iterable[Match]) -> list[Match]:
    """Unknown members of a run of names beside a person found in full (see the module's note),
    and surnames alone where a person is cited (see `_cited`)."""
    found = list(found)
    heads: list[Match] = []
    cues = read(text).cues  # the text the enricher read (never a slice of it)
    if "\n" in text and not cues.isdisjoint(KIND_CUES):
        heads = _column_heads(text, found)
        found += heads
    taken = [(m.start, m.end) for m in found]
    cited = []
    if cues.isdisjoint(GATES):
        return heads + _runs(text, found) + _double_in_gaps(text, found)
    attending = (*_attending(text, cues), *_initialled_attending(text, cues))
    for start, end in (*_cited(text, cues), *attending):
        if _free(start, end, taken):
            taken.append((start, end))
            cited.append(Match("person", start, end, canonical(text[start:end])))
    return heads + cited + _runs(text, found + cited) + _double_in_gaps(text, found + cited)


# In a comma list of initialled persons found ('A.J. van der Maas, J.M. Meulenberg-op 't Hof, P.C.A.
# de Milliano-v.d. Hemel, C.M. de Paepe', Zeeland's Staten; persons75), the items the list's
# reading left between two of them where each is initials and a double surname whose second part
# opens with a particle (`_SECOND_PART`). Up to three such items, on the persons' line; an item of
# any other shape leaves the gap as it was.
_GAP_SEPARATOR: Final = re.compile(rf",{_GAP}")
_GAP_ITEMS: Final = 3


def _double_in_gaps(text: str, found: list[Match]) -> list[Match]:
    if "-" not in text:
        return []
    persons = sorted((m.start, m.end) for m in found if m.type == "person")
    out: list[Match] = []
    for (s1, e1), (s2, e2) in itertools.pairwise(persons):
        gap = text[e1:s2]
        if "-" not in gap or "\n" in gap or not gap.startswith(",") or not gap.endswith(" "):
            continue
        if not (_INITIALLED.fullmatch(text, s1, e1) and _INITIALLED.fullmatch(text, s2, e2)):
            continue
        items = _double_items(text, e1, s2)
        for s, e in items:
            out.append(Match("person", s, e, canonical(text[s:e])))
    return out


def _double_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items between a ',' after one person and the ', ' before the next, each initials and a
    double surname with a particle's second part, or none."""
    bounds = [m.span() for m in _GAP_SEPARATOR.finditer(text, start, end)]
    if len(bounds) < 2 or bounds[0][0] != start or bounds[-1][1] != end:
        return []
    items = [(a[1], b[0]) for a, b in itertools.pairwise(bounds)]
    if len(items) > _GAP_ITEMS:
        return []
    for s, e in items:
        m = _INITIALLED.fullmatch(text, s, e)
        if m is None or m.group("second") is None:
            return []
        if not _surname_ok(m.group("surname"), m.group("particle"), text):
            return []
    return items


def _runs(text: str, found: list[Match]) -> list[Match]:
    seeds = [
        (m.start, m.end)
        for m in found
        if m.type == "person"
        and _FULL.fullmatch(name := " ".join(text[m.start : m.end].split()))
        and name.split()[0] not in titled._PARTICLES  # 'Van Dijk': a surname alone
    ]
    if not seeds:
        return []
    taken = [(m.start, m.end) for m in found]
    out: list[Match] = []
    for start, end in seeds:
        run = _run(text, start, end)
        if len(run) < 2:
            continue
        seed = next(i for i, m in enumerate(run) if m[0] == start)
        for s, e, _ in _list_of(run, seed):
            if _free(s, e, taken):
                taken.append((s, e))
                out.append(Match("person", s, e, " ".join(text[s:e].split())))
    return out
