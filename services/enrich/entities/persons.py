"""Persons where the text says who they are: the members who asked (role 'vragensteller') and the
minister or state secretary who answers or signs ('minister' / 'staatssecretaris').

Names are taken only from those fixed phrasings, never guessed from capitalised words elsewhere.
Surname particles stay as printed ('Van der Werf', 'De Jonge'); a separated accent ('Kostic´',
as PDF text often has it) is recombined in the canonical form ('Kostić').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_L: Final = r"[^\W\d_]"
# A name's word. An apostrophe inside a name goes on with letters ('O'Neill', 'N’Diaye'); one
# closing it is the quote around a mail list's entry ("'Gemeente Leek - De heer P.D. Nap';"), not
# the name's (orgs68). titled.py reads names with it too.
# A double surname's hyphen may stand before a space where a line was joined ('M.L.C. Blom-
# Gommers'), the second part capitalised (persons69).
NAME_WORD: Final = (
    rf"[A-ZÀ-ÖØ-ÞĀ-Ž]{_L}*(?:[`’']{_L}+|[´¸]{_L}*)*´?"
    rf"(?:-(?: (?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ]{_L}*´?)*"
)
_PARTICLE: Final = (
    r"(?:[Vv]an\s+(?:der|den|de|het|'t)|[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|'t"
    r"|[Ii]n\s+'t|[Oo]p\s+de|[Vv]on|[Dd]u|[Ll]a|[Ll]e)"
)
_INITIALS: Final = r"(?:(?:[A-Z][a-z]?\.\s?){1,4}\s*)"
# A given name before a lower-case particle: 'Romke de Jong', 'Inge vanDijk' (glued in the PDF).
_GIVEN: Final = (
    rf"{NAME_WORD}[ \t\u00a0]+(?:[Vv]an\s+(?:der|den|de)|van|de|der|den|ter|ten|te)\s*"
    rf"(?={NAME_WORD})"
)
_NAME: Final = rf"(?:{_GIVEN}|(?:{_INITIALS})?(?:{_PARTICLE}\s+)?){NAME_WORD}(?:\s+{NAME_WORD})?"
_STOP: Final = {"Minister", "Staatssecretaris", "Ministers", "Kamer", "Vraag", "Antwoord"}

# Led by 'ragen', its capital looked back at: led by the class '[Vv]', the engine tested every
# character against it and tried a match at every 'v'; a literal it jumps to (enspeed44). A match
# starts one character later than '[Vv]ragen' would; only its groups are read.
_ASKERS: Final = re.compile(
    r"ragen(?<=[Vv]ragen)\s+van\s+(?:de\s+leden|het\s+lid)\s+(?P<body>.{3,400}?)\s+(?:aan\s+(?:de|het)|over)\s",
    re.DOTALL,
)
# A joined line may leave a space after the hyphen: 'Mw. A. Kramer- van Kraaij' (persons69).
_HYPHEN_PARTICLE: Final = r"-[ ]?(?:van\s+(?:der|den|de)|van|de|der|den|ter|ten)[ \u00a0]"
_ASKER: Final = re.compile(rf"(?P<name>{_NAME})(?=\s*(?:\(|,|\ben\b|$)|{_HYPHEN_PARTICLE})")
# Where a list of members ends: a word in lower case that is no particle, 'en' or 'c.s.', or a
# quote, a footnote mark or a question ('het lid Ephraim[1] geantwoord heeft met «...'); a
# particle may be glued to the surname ('Inge vanDijk').
_LIST_END: Final = re.compile(
    r"\s(?!(?:en|van|der|den|de|het|ter|ten|te|in|op|'t|c\.s\.|mede)(?![a-zß-ÿ]))[a-zà-ÿ]|[«\[?:;]"
    # or a sentence's end after a word in lower case: 'de vragen van de leden van de X-fractie. De
    # leden van ...' names no member ('R.J. Klaver', 'Van der Staaij c.s.' keep their dots)
    r"|(?<=[a-zà-ÿ]{2})\.(?=\s)"
)
_ANSWER: Final = re.compile(
    r"Antwoord\s+van\s+(?P<body>.{3,400}?)\((?:ontvangen|ingezonden)", re.DOTALL
)
# The name may open with particles: 'Minister Van der Wal-Zeggelink' (not 'Van').
_TITLED: Final = re.compile(
    rf"(?P<role>Minister(?:-[Pp]resident)?|Staatssecretaris)\s+(?P<name>(?:{_INITIALS})?"
    rf"(?:{_PARTICLE}\s+(?={NAME_WORD})|[A-Z]\w*\s+)?{NAME_WORD}(?:\s+{NAME_WORD})?)"
)
_SIGNATURE: Final = re.compile(
    rf"(?:De|de)\s+(?P<role>[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\s+[^,\n]{{3,80}},\s*\n\s*"
    rf"(?:\s*\n)*\s*(?P<name>{_INITIALS}(?:{_PARTICLE}\s+)?{NAME_WORD})"
)


# A double surname may join a particle after its hyphen: 'Gräper-van Koolwijk'. Looked for only
# after a name is found (in the name patterns it would be tried at every word).
_PARTICLE_TAIL: Final = re.compile(rf"{_HYPHEN_PARTICLE}{NAME_WORD}")


# ... or a capitalised one, which the name's word already took: 'Faber-Van de Klashorst' (the
# name found ends at 'Faber-Van').
_CAPITAL_PARTICLE_BEFORE: Final = re.compile(r"\w-(?:Van|De|Den|Der|Ter|Ten)$")
_CAPITAL_PARTICLE_TAIL: Final = re.compile(rf"(?:[ \u00a0](?:der|den|de))?[ \u00a0]{NAME_WORD}")


def name_end(text: str, end: int) -> int:
    """Where the name ending at `end` ends, a particle after its hyphen included."""
    if _CAPITAL_PARTICLE_BEFORE.search(text, max(0, end - 5), end):
        tail = _CAPITAL_PARTICLE_TAIL.match(text, end)
        return tail.end() if tail else end
    if not text.startswith("-", end):
        return end
    tail = _PARTICLE_TAIL.match(text, end)
    return tail.end() if tail else end


# A signature's surname joined to a second by a lower-case particle, the name ending its line:
# 'M.H. Schultz van Haegen-Maas Geesteranus'; after a hyphened surname one more capitalised word
# where the line ends or a bracket or comma follows: 'N.H. van den Broek-Laman Trip (VVD),'
# (letters65's left case; letters66). Not a body, place or office after the particle ('J. Jansen
# van Defensie', 'A.B. Smit van Rijkswaterstaat'), nor where the line goes on ('A.B. Smit van Dam
# is'), nor a second word after a particle's surname without a hyphen ('Smit van Dam Advocaten').
_PARTICLE_SURNAME: Final = re.compile(
    rf"[ \u00a0]+(?:van[ \u00a0]+(?:der|den|de)|van|de|ter|ten)[ \u00a0]+(?P<word>{NAME_WORD})"
    r"(?:[ \u00a0](?P<last>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+))?[ \t\u00a0]*(?=\r?\n|$)"
)
_HYPHENED_LAST: Final = re.compile(
    r"[ \u00a0](?P<last>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)(?=[ \t\u00a0]*(?:\r?\n|$|\(|,))"
)
_PARTICLE_STARTS: Final = (" van ", " de ", " ter ", " ten ", "\u00a0van ", "\u00a0de ")


def _surname_goes_on(word: str, not_names: frozenset[str]) -> bool:
    first = word.split("-")[0]
    return not (
        first in not_names
        or word in not_names
        or first in _STOP
        or automaton().exists(first)
        or automaton().exists(word)
    )


def surname_tail_end(text: str, end: int, not_names: frozenset[str] = frozenset()) -> int:
    """Where a signature's name ending at `end` ends, a particle's surname or a word after a
    hyphened part included."""
    last = text[max(0, end - 40) : end].rsplit(None, 1)
    if last and "-" in last[-1]:
        nxt = _HYPHENED_LAST.match(text, end)
        if nxt is not None and _surname_goes_on(nxt.group("last"), not_names):
            return nxt.end()
    if not text.startswith(_PARTICLE_STARTS, end):
        return end
    m = _PARTICLE_SURNAME.match(text, end)
    if m is None:
        return end
    word = m.group("word")
    if m.group("last") is not None and "-" not in word:
        return end
    return m.end() if _surname_goes_on(word, not_names) else end


# A double surname with a lower-case particle inside after initials, in a list or a sentence:
# 'de heer H.J. Glastra van Loon (HvB),', 'A.B. Smit van Dijk, ...' (persons77). The particle's
# surname ends the name: a bracket, comma, semicolon, 'en', a sentence's end or the line's end
# follows it ('A.B. Smit van Dam is' goes on: where he comes from or a firm's name); not a body,
# place or office ('K. Bakker van Rijkswaterstaat,', 'J. Jansen van Defensie'), nor a lower-case
# word ('J. Jansen van de gemeente').
_LISTED_PARTICLE_SURNAME: Final = re.compile(
    rf"[ \u00a0]+(?:van[ \u00a0]+(?:der|den|de)|van|de|ter|ten)[ \u00a0]+(?P<word>{NAME_WORD})"
    r"(?=[ \t\u00a0]*(?:\(|,|;|\r?\n|$|\.(?:\s|$))|[ \t\u00a0]+en[ \t\u00a0])"
)


def listed_surname_tail_end(text: str, end: int, not_names: frozenset[str] = frozenset()) -> int:
    """Where an initialled name ending at `end` ends, a particle's surname after it included
    where the name's list or sentence goes on with a mark or 'en' after it."""
    if not text.startswith(_PARTICLE_STARTS, end):
        return end
    m = _LISTED_PARTICLE_SURNAME.match(text, end)
    if m is None or not _surname_goes_on(m.group("word"), not_names):
        return end
    return m.end()


# The repairs of a printed name, compiled once (a name is canonicalised for every mention).
_SPACES: Final = re.compile(r"\s+")
_GAP_BEFORE_DOT: Final = re.compile(r"(?<=\b[A-Z]) (?=\.)")  # 'R.W.C . Clabbers' (pdfium's gap)
_LAST_DOT: Final = re.compile(r"(?<=\.[A-Z])(?= )")  # 'M.A.A Di Bucchianico': the last dot
_GLUED_INITIALS: Final = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-zà-ÿ]{2,})")  # 'G.K.Visser'
_SPACING_ACUTE: Final = re.compile(rf"({_L})´")  # 'c´' -> c + combining acute
_SPACING_CEDILLA: Final = re.compile(rf"({_L})¸")  # 's¸' -> s + combining cedilla
_GLUED_PARTICLE: Final = re.compile(r"\b([Vv]an|de|der|den|ter|ten)(?=[A-Z])")  # 'vanDijk'


def canonical(name: str) -> str:
    name = _SPACES.sub(" ", name).strip()
    name = _GAP_BEFORE_DOT.sub("", name)
    name = _LAST_DOT.sub(".", name)
    name = _GLUED_INITIALS.sub(" ", name)  # 'G.K.Visser' -> 'G.K. Visser'
    if "´" in name:
        name = _SPACING_ACUTE.sub("\\1\u0301", name)
    if "¸" in name:
        name = _SPACING_CEDILLA.sub("\\1\u0327", name)
    name = _GLUED_PARTICLE.sub(r"\1 ", name)
    return unicodedata.normalize("NFC", name)


def _askers(text: str) -> Iterator[Match]:
    for clause in _ASKERS.finditer(text):
        body = clause.group("body")
        base = clause.start("body")
        outside = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), body)  # hide '(D66)'
        stop = _LIST_END.search(outside)
        if stop is not None:
            outside = outside[: stop.start()]  # the sentence goes on past the members' names
        taken = 0
        for m in _ASKER.finditer(outside):
            name = m.group("name")
            if name in _STOP or name.split()[-1] in _STOP or base + m.start("name") < taken:
                continue
            if "(" in body[m.start("name") : m.end("name")]:
                # no name spans a bracket: 'Beertema, H.J. (PVV)\nVraagnummer' is the register's
                # 'surname, initials (party)' and a label after it
                continue
            start, end = base + m.start("name"), name_end(text, base + m.end("name"))
            taken = end
            yield Match("person", start, end, canonical(text[start:end]))


def _answerers(text: str) -> Iterator[Match]:
    for clause in _ANSWER.finditer(text):
        body = clause.group("body")
        base = clause.start("body")
        hidden = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), body)
        for m in _TITLED.finditer(hidden):
            name = m.group("name")
            # 'Antwoord van Minister Antwoord op vragen ...': a feed that prints the document's
            # kind before its title leaves a label word after the office, no name
            if name.split()[0] in ("van", "voor", "der") or name.split()[0] in _STOP:
                continue
            role = "minister" if m.group("role").startswith("Minister") else "staatssecretaris"
            start, end = base + m.start("name"), name_end(text, base + m.end("name"))
            yield Match("person", start, end, canonical(text[start:end]), role)


# The office words every signature holds, and the letters one opens with.
_OFFICE_STEMS: Final = (("inister", "Mm"), ("taatssecretaris", "Ss"))


def _signatures(text: str) -> list[re.Match[str]]:
    """`_SIGNATURE.finditer(text)`, matched only where 'De' or 'de' and blanks (`\\s+`, the whole
    run: an office word is no blank) stand before an office word: led by the class of 'D' and
    'd', the engine tried the pattern at every 'd' of the text (enspeed44). Each office word gives
    at most one start; in the text's order, the first that matches at or after the last match's
    end is `finditer`'s."""
    starts = []
    for stem, capitals in _OFFICE_STEMS:
        at = text.find(stem, 1)
        while at != -1:
            if text[at - 1] in capitals:
                blank = at - 1
                while blank > 0 and text[blank - 1].isspace():
                    blank -= 1
                if blank >= 2 and blank < at - 1 and text[blank - 2 : blank] in ("De", "de"):
                    starts.append(blank - 2)
            at = text.find(stem, at + 1)
    found = []
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = _SIGNATURE.match(text, start)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


def _signers(text: str) -> Iterator[Match]:
    for m in _signatures(text):
        role = m.group("role").lower()
        end = surname_tail_end(text, m.end("name"))
        yield Match("person", m.start("name"), end, canonical(text[m.start("name") : end]), role)


# The words find's gates ask for, from words.py's one pass over the text (issue #12).
_ATTENDANCE: Final = frozenset(
    (
        "anwezig",
        "fwezig",
        "ANWEZIG",
        "FWEZIG",
        "Voorzitter:",
        "Griffier:",
        "Notulist:",
        "amens het college",
        "Insprekers:",
        "Afgemeld",
        "Verhinderd",
        "Presentielijst",
        "Leden",
        "egenwoordig",
        "te weten",
    )
)
# A debate's questions and written answers in a table, the asker's row surname first (askerrows.py,
# persons49): its question label.
_ROW_LABEL: Final = "Vraag:"
GATES: Final = frozenset(
    ("ragen", "ntwoord", "inister", "taatssecretaris", _ROW_LABEL, *_ATTENDANCE)
)
_SIGNING: Final = frozenset(("inister", "taatssecretaris"))


def find(text: str) -> list[Match]:
    cues = read(text).cues  # the text the enricher read (never a slice of it)
    if cues.isdisjoint(GATES):
        return []  # none of the phrasings that name a person
    # each phrasing's pattern asked only where the word it starts with stands
    found = [_with_role(m, "vragensteller") for m in _askers(text)] if "ragen" in cues else []
    if "ntwoord" in cues:
        found += _answerers(text)
    if not cues.isdisjoint(_SIGNING):
        found += _signers(text)
    if not cues.isdisjoint(_ATTENDANCE):
        found += _listed_surnames(text, found)
    if _ROW_LABEL in cues:
        found += _asker_rows(text, found)
    return found


def _asker_rows(text: str, found: list[Match]) -> list[Match]:
    """The asker printed surname first in a row of a debate's questions (askerrows.py), where no
    other phrasing here found a person."""
    from services.enrich.entities import askerrows  # it reads this module's name pattern

    return [
        m
        for m in askerrows.find(text)
        if not any(m.start < f.end and f.start < m.end for f in found)
    ]


def _listed_surnames(text: str, found: list[Match]) -> list[Match]:
    """The bare surnames of an attendance block (surnamelists.py), where no other phrasing here
    found a person."""
    from services.enrich.entities import surnamelists  # it reads the gazetteer, as attendees.py

    return [
        Match("person", start, end, canonical(text[start:end]))
        for start, end in surnamelists.find(text)
        if not any(start < m.end and m.start < end for m in found)
    ]


def _with_role(m: Match, role: str) -> Match:
    return Match(m.type, m.start, m.end, m.canonical, role)
