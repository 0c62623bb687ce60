"""The person who signs under a letter's closing words, on a line of their own.

Woo decisions and letters close with 'Met vriendelijke groet,' or 'De Minister van ..., namens
deze:' and print the signer's name alone on the next line ('Elma Drenth'), often with their
function under it. Layout may cut that name into a segment of its own (a short bold line reads as
a heading), so the lines are followed across segments. A redaction code or a stroke between the
closing and the name ('5.1.2e', '—') is passed over; the first line with words is the name or
nothing. The name is checked as every person's is: no organisation, place or office word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import attendees, titled
from services.enrich.entities.gazetteer import Match
from services.enrich.words import peek
from stukken.contracts import Segment

_CLOSING: Final = re.compile(
    r"(?:(?:namens\s+deze|[Mm]et\s+vriendelijke\s+groet(?:en)?|[Hh]oogachtend)\s*[,:]?"
    r"|^\s*(?:De|de)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Ss]ecretaris-[Gg]eneraal)\b.*[,:])"
    r"\s*$"
)
_L: Final = r"[^\W\d_]"
_WORD: Final = rf"[A-ZÀ-ÖØ-ÞĀ-Ž]{_L}+(?:-[A-ZÀ-ÖØ-Þ]{_L}+)*"
_PARTICLE: Final = r"(?:van\s+(?:der|den|de|het|'t)|van|de|den|der|ter|ten|te|in\s+'t|von)"
_OFFICE: Final = (
    r"(?:[Vv]oorzitter|[Dd]irecteur|[Ss]ecretaris|[Pp]enningmeester|[Bb]estuurder|"
    r"[Aa]lgemeen[ \t]+directeur|[Hh]oofd|"
    # a unit's head as an agency's decision prints it: 'Anna de Wit Teammanager Vergunningen'
    r"[Tt]eammanager|[Mm]anager|[Tt]eamleider|[Aa]fdelingshoofd|[Dd]ivisiehoofd)"
)
# 'Elma Drenth', 'Jeroen van den Brink', 'drs. A.B. Jansen', 'C. de Vries-Bakker', and with the
# function after the name: 'Bert Jansen Voorzitter VNB', 'Anna de Wit, directeur'
_NAME_LINE: Final = re.compile(
    rf"[ \t]*(?:(?:drs|dr|mr|ir|prof|ing)\.[ \t]*)*"
    rf"(?P<name>(?:{_WORD}|(?:[A-Z][a-z]?\.[ \t]?){{1,5}})[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD})"
    rf"(?:[ \t]*,?[ \t]+{_OFFICE}\b.*)?"  # the function on the same line: 'Voorzitter CBL'
    r"[ \t\r]*"  # pdfium ends its lines with '\r\n'
)
_WORDS: Final = re.compile(rf"{_L}{{3,}}")
_LOOK: Final = 4  # lines after the closing to find the name in
# A unit or function signs too ('Directie Wonen', 'Team Woo', 'Hoofd Juridische Zaken'): no person.
_UNIT_WORDS: Final = (
    "Directie Afdeling Team Cluster Dienst Sector Unit Programma Directoraat-Generaal Hoofd "
    "Thema Domein Portefeuille Taakveld "  # 'Thema Ruimte en Wonen' signs Drenthe's letters
    # an anonymised letter keeps the signer's function where the name stood: 'Met vriendelijke
    # groet,\nTeamleider Omgevingsontwikkeling\nGemeente Coevorden' (four Coevorden Woo decisions),
    # 'Medewerker Risicobeheersing' (the Veiligheidsregio's letter in one) (persons48)
    "Teamleider Medewerker Jurist Beleidsmedewerker Beleidsadviseur Adviseur Projectleider "
    "Toezichthouder Functie Senior "
    "Directeur Teammanager Manager Secretaris Coördinator Namens Bijlage Bijlagen Pagina "
    "Ministerie Minister Staatssecretaris Kabinet Gemeente Provincie Ons Uw Datum Kenmerk"
)
_NOT_NAMES: Final = frozenset(_UNIT_WORDS.split())


def lines_after(
    segments: list[Segment], index: int, offset: int
) -> Iterator[tuple[Segment, int, str]]:
    """The lines after text offset `offset` of segment `index`, then of the segments after it."""
    seg = segments[index]
    pos = offset
    for s in segments[index:]:
        if s is not seg:
            pos = 0
        text = s.text
        while pos <= len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            yield s, pos, text[pos:end]
            pos = end + 1


def _signer(segments: list[Segment], index: int, offset: int) -> tuple[Segment, Match] | None:
    for n, (seg, pos, line) in enumerate(lines_after(segments, index, offset)):
        if n >= _LOOK:
            return None
        if not _WORDS.search(line):
            continue  # an empty line, a stroke, a redaction code
        m = _NAME_LINE.fullmatch(line)
        if m is None or any(w in _NOT_NAMES for w in m.group("name").split()):
            return None
        if _GOES_ON_LOWER.match(seg.text, pos + len(line)) or _a_word(segments, m.group("name")):
            return None
        found = titled.person(seg.text, pos + m.start("name"), pos + m.end("name"))
        return (seg, found) if found is not None else None
    return None


# A unit's name wrapped over lines goes on in lower case ('Centrale Administratieve' / 'processen');
# a signer's name does not.
_GOES_ON_LOWER: Final = re.compile(r"\n[ \t]*[a-zà-ÿ]")


def _a_word(segments: list[Segment], name: str) -> bool:
    """A name without initials whose last word the document also prints in lower case is a unit's
    or a desk's ('Procedurekamer Vergunningverlening' beside 'vergunningverlening'), not a
    surname."""
    if "." in name or " " not in name:
        return False
    word = name.split()[-1]
    pattern = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    return any(pattern.search(s.text) for s in segments)


# A paragraph may join the closing and the name on one line: 'Met vriendelijke groet, Aad
# Scheffer' (a mail a blog quotes, persons74). The name ends the line, as it would stand on its
# own, and is checked as one on its own line is.
_JOINED_CLOSING: Final = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|^[ \t]*)(?:[Mm]et[ \t]+vriendelijke[ \t]+groet(?:en)?|[Hh]oogachtend)"
    r"[ \t]*,[ \t]*(?=[A-Z])"
)


@cache
def _listed_given() -> frozenset[str]:
    """Every listed given name, those that are also Dutch words too ('Aad'): after a closing
    the name's place is certain, the word's reading is not."""
    return attendees.given_names() | {row["canonical"] for row in rows("given_names.tsv")}


def _joined_signer(
    segments: list[Segment], index: int, line: re.Match[str]
) -> tuple[Segment, Match] | None:
    seg = segments[index]
    closing = _JOINED_CLOSING.search(line.group())
    if closing is None:
        return None
    pos = line.start() + closing.end()
    m = _NAME_LINE.fullmatch(seg.text, pos, line.end())
    if m is None or any(w in _NOT_NAMES for w in m.group("name").split()):
        return None
    first = m.group("name").split()[0]
    if not first.endswith(".") and first not in _listed_given():
        return None  # a given name the lists hold, or initials: not 'Sociaal Domein'
    if _GOES_ON_LOWER.match(seg.text, line.end()) or _a_word(segments, m.group("name")):
        return None
    found = titled.person(seg.text, m.start("name"), m.end("name"))
    return (seg, found) if found is not None else None


_CLOSING_ENDS: Final = (",", ":", "groet", "groeten", "oogachtend", "deze")
_CLOSING_STEMS: Final = ("groet", "namens", "oogachtend", "inister", "ecretaris")


# A Kamer committee's report or list of questions is signed by its chair and clerk by surname
# alone, each under their office: 'De voorzitter van de commissie,' / 'Bromet' (or after it on one
# line, as a paragraph joins them: 'De voorzitter van de commissie, Bromet'). The Eerste Kamer
# capitalises a committee named in full ('De griffier van de vaste Commissie voor Financiën,
# Jansen'); a report of several committees by its clerk alone ('De griffier voor dit verslag, X'),
# an older list of questions so too ('De griffier voor deze lijst,' / 'Atkins', persons71);
# a chair standing in signs so too ('De fungerend voorzitter van de commissie, Van Dijk').
_CAPITAL_PARTICLE: Final = r"(?:Van[ \t]+(?:der|den|de|het)|Van|De|Den|Der|Ter|Ten|Te)"
_SURNAME: Final = rf"(?P<name>(?:(?:{_CAPITAL_PARTICLE}|{_PARTICLE})[ \t]+)?{_WORD})[ \t\r]*"
_COMMITTEE_OFFICE: Final = re.compile(
    r"[ \t]*(?:[Dd]e[ \t]+)?(?:(?:[Ff]ungerend|[Ww]aarnemend)e?[ \t]+)?"
    r"(?:[Vv]oorzitter|[Gg]riffier|[Aa]djunct-griffier|[Ss]ecretaris)"
    # a committee named after a ministry holds commas ('voor Volksgezondheid, Welzijn en Sport, X'),
    # up to three ('voor Landbouw, Visserij, Voedselzekerheid en Natuur,', persons71)
    r"[ \t]+(?:van[ \t]+de[ \t]+(?:\w+[ \t]+)?[Cc]ommissie[^,\n]{0,60}"
    r"(?:,[ \t]+[A-Z][^,\n]{0,40}?){0,3}"
    r"|voor[ \t]+(?:dit[ \t]+verslag|deze[ \t]+lijst)),"
    rf"[ \t\r]*(?:{_SURNAME})?"
    # the report's contents may follow on the line a paragraph joined: '..., Yaqut Inhoudsopgave'
    r"(?:(?<=[ \t\r])(?:Inhoudsopgave|Inhoud)\b.*)?"
)
# A copy may drop the comma before the name: 'Adjunct-griffier van de commissie Clemens'
# (persons69); read only after the committee's bare word, the name ending the line.
_COMMITTEE_OFFICE_NO_COMMA: Final = re.compile(
    r"[ \t]*(?:[Dd]e[ \t]+)?(?:(?:[Ff]ungerend|[Ww]aarnemend)e?[ \t]+)?"
    r"(?:[Vv]oorzitter|[Gg]riffier|[Aa]djunct-griffier)[ \t]+van[ \t]+de[ \t]+commissie[ \t]+"
    rf"{_SURNAME}"
)
_SURNAME_LINE: Final = re.compile(rf"[ \t]*{_SURNAME}")
# No signer: a unit's word, or what a committee's report prints next when a name is missing.
_NOT_SIGNERS: Final = _NOT_NAMES | frozenset(
    ["Inhoud", "Inhoudsopgave", "Blz", "Inleiding", "Vragen", "Antwoord", "Algemeen", "Bijlage"]
)


def _committee_name(seg: Segment, pos: int, m: re.Match[str]) -> tuple[Segment, Match] | None:
    if m.group("name").split()[-1] in _NOT_SIGNERS:
        return None
    found = titled.person(seg.text, pos + m.start("name"), pos + m.end("name"))
    return (seg, found) if found is not None else None


def _committee_signer(
    segments: list[Segment], index: int, offset: int
) -> tuple[Segment, Match] | None:
    for n, (seg, pos, line) in enumerate(lines_after(segments, index, offset)):
        if n >= 2:
            return None
        if not line.strip():
            continue
        m = _SURNAME_LINE.fullmatch(line)
        return None if m is None else _committee_name(seg, pos, m)
    return None


# A copy that flattened the report's head joins chair and clerk on one line, the text before
# them too: '(Kamerstuk , nr. 351). Waarnemend voorzitter van de commissie, Van Tellegen
# Adjunct-griffier van de commissie, Boeve' (letters66). Read only as the pair, the chair's name
# ending where the clerk's office opens, the clerk's at the line's end.
_JOINED_SIGNERS: Final = re.compile(
    r"(?<![\w-])[Vv]oorzitter[ \t]+van[ \t]+de[ \t]+(?:vaste[ \t]+)?[Cc]ommissie,[ \t]+"
    rf"(?P<chair>(?:(?:{_CAPITAL_PARTICLE}|{_PARTICLE})[ \t]+)?{_WORD})[ \t]+"
    r"(?:[Dd]e[ \t]+)?(?:[Aa]djunct-[Gg]|[Gg])riffier[ \t]+van[ \t]+de[ \t]+(?:vaste[ \t]+)?"
    rf"[Cc]ommissie,[ \t]+(?P<clerk>(?:(?:{_CAPITAL_PARTICLE}|{_PARTICLE})[ \t]+)?{_WORD})"
    r"[ \t\r]*$"
)


def _joined_signers(seg: Segment, line: re.Match[str]) -> Iterator[tuple[Segment, Match]]:
    m = _JOINED_SIGNERS.search(line.group())
    if m is None:
        return
    for group in ("chair", "clerk"):
        if m.group(group).split()[-1] in _NOT_SIGNERS:
            continue
        start = line.start() + m.start(group)
        found = titled.person(seg.text, start, start + len(m.group(group)))
        if found is not None:
            yield seg, found


def _committee_signers(segments: list[Segment], i: int) -> Iterator[tuple[Segment, Match]]:
    seg = segments[i]
    for line in re.finditer(r"[^\n]+", seg.text):
        office = _COMMITTEE_OFFICE.fullmatch(line.group())
        if office is None and "e commissie " in line.group():
            office = _COMMITTEE_OFFICE_NO_COMMA.fullmatch(line.group())
        if office is None:
            if "riffier van de" in line.group():
                yield from _joined_signers(seg, line)
            continue
        if office.group("name"):
            signed = _committee_name(seg, line.start(), office)
        else:
            signed = _committee_signer(segments, i, line.end() + 1)
        if signed is not None:
            yield signed


# The words `find` asks each segment's text for: read from words.py's pass over the text where the
# entities' finders made it (a set's test each, not a substring test each: enspeed48), else (a
# text no longer kept) looked for in the text.
CUES: Final = frozenset({"ommissie", "dit verslag", "deze lijst", *_CLOSING_STEMS})


def _holds(text: str, cues: frozenset[str] | None, word: str) -> bool:
    return word in cues if cues is not None else word in text


def find(segments: list[Segment]) -> list[tuple[Segment, Match]]:
    out: list[tuple[Segment, Match]] = []
    for i, seg in enumerate(segments):
        text = seg.text
        read = peek(text)
        cues = read.cues if read is not None else None
        if (
            _holds(text, cues, "ommissie")
            or _holds(text, cues, "dit verslag")
            or _holds(text, cues, "deze lijst")
        ):
            out += _committee_signers(segments, i)
        if not any(_holds(text, cues, stem) for stem in _CLOSING_STEMS):
            continue
        for line in re.finditer(r"[^\n]+", seg.text):
            closing = line.group().rstrip()
            if not closing.endswith(_CLOSING_ENDS) or _CLOSING.search(closing) is None:
                if "groet" in closing or "oogachtend" in closing:
                    joined = _joined_signer(segments, i, line)
                    if joined is not None:
                        out.append(joined)
                continue
            signed = _signer(segments, i, line.end() + 1)
            if signed is not None:
                out.append(signed)
    return out
