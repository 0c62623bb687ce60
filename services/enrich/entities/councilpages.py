"""Council, Staten and board meeting pages: attendance lists, webcast speaker indexes and the
bodies their headings name (round decentral52).

Minutes and besluitenlijsten of gemeenten, provinces, waterschappen and veiligheidsregio's open
with who attended, flattened to one run of text on the way: 'Aanwezig: H. Koetje (voorzitter),
J. Bruins Slot, A.A. Steenbergen, ...', 'Afwezig met kennisgeving: de leden B. Okken, M. Tuit',
'Verslag: Z. Jeuring (Notuleerservice Nederland)'. The other rules miss some of these names: a
surname that is also a place ('Steenbergen', 'Schagen'), a surname of two words ('Bruins Slot',
'Vliet Vlieland - de Wit'), a double name whose hyphen lost its second half to a space ('Saïd-
Brinkman'), and they read the list's labels as names ('Afwezig', 'Raadsleden'). This pass runs
last, on what the others found:

- after an attendance label (Aanwezig, Afwezig, Verder/Tevens aanwezig), for a stretch of text,
  initials and a surname (its particles, a second capitalised word before the item's end, a
  double name) are a person; a place or a shorter person found there gives way;
- an attendance label is no person, and does not end one ('A.L. ter Beek Afwezig');
- a webcast's speaker index names a speaker after its two times ('00:18:02 - 00:18:46 -
  Marlou Jenneskens'), a given name or initials and a surname;
- a committee named with its abbreviation in brackets whose capitals spell it ('de commissie
  Bestuurlijke aangelegenheden, Middelen en Zuiveringsbeheer (BMZ)') is a body;
- a municipality by its council or government, in capitals too ('de gemeenteraad van
  Bloemendaal', 'GEMEENTEBESTUUR VAN VEENDAM', 'GEMEENTE BEDUM') is the listed Gemeente;
- a regional implementation service by its region ('RUD Drenthe') is a body, the listed
  Omgevingsdienst where the lists know it; without its region ('de RUD heeft ...') the bare 'RUD';
- the firms that minute a meeting ('Kortman Verslagbureau', 'Notuleerservice To The Point') are
  bodies after the minutes' label too ('Verslag: ...'), where the head rules leave a name of two
  capitalised words after a colon alone;
- a local broadcaster by its kind ('Radio Loep', 'RTV Noord') is a body.
Each rule needs its own words in the text first, so a page without them costs a few substring
tests. `spanends.checked`, the enricher's last pass, calls `find` at its end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from services.enrich.entities import capitals, orgnames, titled
from services.enrich.entities.attendees import LOWER, UPPER, given_names
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_UP, _LOW = UPPER, LOWER
_S: Final = r"[ \t\u00a0]"
_WORD: Final = rf"(?:IJ|[{_UP}])[{_LOW}]+(?:['’][{_LOW}]+)?"
# A double name, its hyphen printed bare, spaced or broken before a space: 'Groen-Tamminga',
# 'Mornout - van Orsouw', 'Saïd- Brinkman'.
_PARTICLE: Final = (
    rf"(?:van{_S}+(?:der|den|de|het|'t)|van|de|der|den|ter|ten|te|'t|in{_S}+'t|op{_S}+de|"
    r"von|du|la|le)"
)
_DOUBLE: Final = rf"(?:{_S}?-{_S}?(?:{_PARTICLE}{_S}+)?{_WORD})"
_SURNAME: Final = rf"(?:{_PARTICLE}{_S}+)?{_WORD}{_DOUBLE}*"
# Dutch initials: 'H.', 'A.Th.', 'J.W.', 'Chr.'; a space between them is allowed.
_INITIALS: Final = r"(?:(?:[A-Z]|Th|Ch|Ph|Chr|Hj|IJ|Tj)\.[ \u00a0]?){1,5}"
_ACADEMIC: Final = r"(?:(?:mr|drs|dr|ir|ing|prof|Mr|Drs|Dr|Ir|Ing|Prof)\.[ \u00a0]*)*"
# An item of a list ends at a comma, a bracket, a semicolon, 'en', a full stop or the next
# courtesy title; a second capitalised word is the surname's only there ('J. Bruins Slot,').
_ITEM_END: Final = rf"(?={_S}*(?:[,;(]|$|\.(?:\s|$)|en{_S}|de{_S}+heer|mevrouw|de{_S}+dames|\r?\n))"
# The pattern opens on the capital, its boundary checked after it: the engine then skips to
# capitals fast.
_INITIAL: Final = r"[A-Z](?:h|hr|j|J)?\.[ \u00a0]?"
_ATTENDEE: Final = re.compile(
    rf"(?P<name>[A-Z](?<![\w.][A-Z])(?:h|hr|j|J)?\.[ \u00a0]?(?:{_INITIAL}){{0,4}}{_S}*{_ACADEMIC}"
    # the second word a space or two on: a wider gap opens a table's next column ('Dhr. M. Vuijk
    #      Kloetinge', the member's village) (persons69)
    rf"{_SURNAME}(?:{_S}{{1,2}}{_WORD}{_DOUBLE}*{_ITEM_END})?)(?![\w\-])(?<!\.[A-Z][a-z](?=\.))"
)
# Two-letter initials a surname's pattern would take: 'R. Th M. Nederveen'; and the words that open
# a sentence after a name's initial ('over de schikking met Cees H. Het is een ...', a report's
# text below its attendance list; persons79).
_NOT_SURNAMES: Final = frozenset(
    {"Th", "Ch", "Ph", "Chr", "Hj", "Tj"}
    | {"Het", "Een", "Dit", "Dat", "Deze", "Die", "Er", "Hij", "Zij", "Ik", "Wij", "We", "Ze"}
)
# ... and the older minutes' 'Tegenwoordig zijn' before its list's colon ('Tegenwoordig zijn: A.L.
# ter Beek, ... de leden (49 in getal): H. Baas (ChristenUnie) H. Beerda (PvdA)', Drenthe's Staten
# 2003; 'Tegenwoordig zijn 98 leden, te weten: ...', the Handelingen), never the adverb opening a
# sentence ('Tegenwoordig zijn er ...': no colon follows in the clause) (names44).
_LABEL: Final = re.compile(
    r"(?<![\w-])(?:[Aa]anwezig|[Aa]fwezig|AANWEZIG|AFWEZIG"
    rf"|(?:[Tt]egenwoordig{_S}+zijn|TEGENWOORDIG{_S}+ZIJN)(?=[^.:\n]{{0,60}}:))(?![\w-])"
)
_LABEL_STEMS: Final = ("anwezig", "fwezig", "ANWEZIG", "FWEZIG", "egenwoordig", "EGENWOORDIG")
_REACH: Final = 2500  # the stretch after a label that an attendance list fills
# The labels of an attendance list, which no name holds or ends in.
LABELS: Final = frozenset(
    {
        *("Aanwezig", "Afwezig", "Aanwezigen", "Afwezigen", "Verder", "Tevens", "Voorzitter"),
        *("Griffier", "Verslag", "Verslaglegging", "Notulist", "Notuliste", "Notulen"),
        *("Wethouder", "Wethouders", "Raadsleden", "Raadslid", "Leden", "Burgemeester"),
        *("Secretaris", "Managementteam", "Statenleden", "Commissieleden"),
        *("Portefeuillehouder", "Voorstel", "Agendapunt"),
    }
)
_LABEL_TAIL: Final = re.compile(rf"{_S}+(?P<word>[{_UP}][{_LOW}]+)$")

# A particle capitalised, as a name ending a line prints it after a given name: 'Birgit Op de
# Laak', 'Mark Van der Linden' (persons74).
_CAPITAL_PARTICLE: Final = (
    rf"(?:Van{_S}+(?:der|den|de|het|'t)|Van|De|Den|Der|Ter|Ten|Te|Op{_S}+de|Op{_S}+den|In{_S}+'t"
    r"|Le|La|Du)"
)
# A webcast's speaker index: two times, then the speaker ('- Voorzitter gemeenteraad' may follow).
_SPEAKER: Final = re.compile(
    r"(?<!\d)\d\d:\d\d:\d\d[ \t]+-[ \t]+\d\d:\d\d:\d\d[ \t]+-[ \t]+"
    rf"(?P<name>(?:{_INITIALS}{_S}*|{_WORD}{_S}+)(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE}){_S}+)?"
    rf"{_WORD}{_DOUBLE}*)"
    r"[ \t]*(?=$|\r?\n|-[ \t])",
    re.MULTILINE,
)
# The lot a council draws for who votes first names that member after its number, alone on the
# line: 'Trekking stemmingsnummer 8: Selami Coskun' (meta36's Roermond page), 'Stemnummer: Jan
# de Vries', 'Voorstemmer: ...'. A given name or initials and a surname, to the line's end.
_LOT: Final = re.compile(
    r"(?<![\w-])(?:[Ss]temmingsnummer|[Ss]temnummer|[Vv]oorstemmer|[Ee]erste[ \t]+stemmer)"
    rf"(?:{_S}+(?:nr\.{_S}*)?\d{{1,3}})?{_S}*:{_S}*"
    rf"(?P<name>(?:{_INITIALS}{_S}*|{_WORD}{_S}+)(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE}){_S}+)?"
    rf"{_WORD}{_DOUBLE}*)[ \t\r]*(?=\n|$)"
)
_LOT_STEMS: Final = frozenset({"temmingsnummer", "temnummer", "stemmer"})
# Where the two times meet: ':05 - 00:' (found by str.find on ' - ', then the pattern at the
# first time's start, eight characters before it).
_TIMES_MEET: Final = re.compile(r"\d:\d\d[ \t]+-[ \t]+\d\d:")

# A committee and its abbreviation: capitalised and lower-case words, commas and 'en' between.
_COMMITTEE_KINDS: Final = frozenset(
    {"commissie", "raadscommissie", "statencommissie", "bestuurscommissie"}
)
_COMMITTEE: Final = re.compile(
    rf"{_S}+(?P<name>[{_UP}][\w'’-]*(?:(?:,?{_S}+|{_S}*&{_S}*)[\w'’-]+){{0,8}}?)"
    rf"{_S}*\((?P<abbr>[{_UP}][{_UP}&]{{1,6}})\)"
)
_NOT_SPELLED: Final = frozenset({"en", "van", "voor", "de", "het", "der", "&"})

# A municipality by its council or government, or a heading in capitals.
_MUNICIPAL_STEMS: Final = ("emeente", "EMEENTE")
_MUNICIPAL: Final = re.compile(
    rf"(?<![\w-])(?:[Gg]emeenteraad|[Gg]emeentebestuur|GEMEENTERAAD|GEMEENTEBESTUUR|GEMEENTE)"
    rf"(?:{_S}+(?:van|VAN))?{_S}+(?P<name>[{_UP}][\w'’-]*(?:{_S}+[{_UP}][\w'’-]*)?)"
)

# A local broadcaster by its kind: 'Radio Loep', 'RTV Noord', 'Omroep Zeeland'.
_BROADCASTER: Final = re.compile(
    rf"(?<![\w-])(?P<kind>Radio|RTV|Omroep){_S}+(?P<name>{_WORD}(?:-{_WORD})*)"
    rf"(?![\w-])(?!{_S}+[{_UP}0-9])"
)


# A regional implementation service by its region: 'RUD Drenthe' (now Omgevingsdienst Drenthe).
_SERVICE: Final = re.compile(
    rf"(?<![\w-])RUD{_S}+(?P<name>{_WORD}(?:(?:-|{_S}+){_WORD})?)(?![\w-])"
)


def _services(text: str) -> list[Match]:
    out = []
    for m in _matches_at(text, _occurrences(text, "RUD"), _SERVICE):
        for place in (m.group("name"), m.group("name").split()[0]):
            known = automaton().get(f"Omgevingsdienst {place}", None)
            where = automaton().get(place, None)
            if known is not None and known[1].type == "organization":
                canonical = known[1].canonical
            elif where is not None and where[1].type == "location":
                canonical = f"RUD {place}"
            else:
                continue
            out.append(Match("organization", m.start(), m.start("name") + len(place), canonical))
            break
    # A service named without its region, as 'GGD' is: 'Rapport/advies RUD' (a Coevorden Woo
    # decision's checklist), 'De RUD heeft het nieuwe gedeelte beoordeeld', 'de gemeente, het
    # waterschap en de RUD' (two Drenthe Woo releases) (woofix46).
    for at in _occurrences(text, "RUD"):
        if _BARE_SERVICE.match(text, at) and not any(f.start <= at < f.end for f in out):
            out.append(Match("organization", at, at + 3, "RUD"))
    return out


_BARE_SERVICE: Final = re.compile(r"(?<![\w-])RUD(?![\w-])")


# The firms that minute a meeting, after the minutes' label too ('Verslag: Kortman Verslagbureau',
# 'Notuleerservice To The Point'): the firm's word ends or opens the name.
_CAPWORD: Final = rf"[{_UP}][\w'’&]*"
_FIRM_ENDS: Final = ("Verslagbureau", "Notulenbureau")
_FIRM_HEADS: Final = ("Notuleerservice", "Notulenservice")
_BEFORE_FIRM: Final = re.compile(rf"(?<![\w-])(?P<before>{_CAPWORD}(?:{_S}+{_CAPWORD})?){_S}+$")
_AFTER_FIRM: Final = re.compile(rf"{_S}+(?P<after>{_CAPWORD}(?:{_S}+{_CAPWORD}){{0,3}})(?![\w-])")
_NOT_LAST: Final = frozenset({"De", "Het", "Een", "En", "Van", "Agenda", "Opening"})


def _minuters(text: str) -> list[Match]:
    out = []
    for word in _FIRM_ENDS:
        for at in _occurrences(text, word):
            end = at + len(word)
            m = _BEFORE_FIRM.search(text, max(0, at - 60), at)
            if m is None or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue
            spans = list(re.finditer(r"\S+", m.group("before")))
            while spans and (spans[0].group() in LABELS or spans[0].group() in _NOT_LAST):
                spans = spans[1:]
            if spans:
                start = m.start("before") + spans[0].start()
                out.append(Match("organization", start, end, _printed(text, start, end)))
    for word in _FIRM_HEADS:
        for at in _occurrences(text, word):
            m = _AFTER_FIRM.match(text, at + len(word))
            if m is None or (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-")):
                continue
            words = m.group("after").split()
            while words and (words[-1] in _NOT_LAST or words[-1] in LABELS):
                words = words[:-1]
            if words:
                end = m.start("after") + len(" ".join(m.group("after").split()[: len(words)]))
                out.append(Match("organization", at, end, _printed(text, at, end)))
    return out


def _occurrences(text: str, literal: str) -> list[int]:
    """Where a literal stands in the text (str.find, faster than a pattern's scan)."""
    out = []
    at = text.find(literal)
    while at != -1:
        out.append(at)
        at = text.find(literal, at + 1)
    return out


def _matches_at(text: str, starts: list[int], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The pattern's matches that start at the given offsets, in the text's order."""
    out = []
    for start in sorted(set(starts)):
        if start >= 0 and (m := pattern.match(text, start)) is not None:
            out.append(m)
    return out


def _printed(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def _attendees(text: str) -> list[Match]:
    out: list[Match] = []
    reach_end = -1
    starts = [at - 1 for stem in _LABEL_STEMS for at in _occurrences(text, stem)]
    for label in _matches_at(text, starts, _LABEL):
        start = max(label.end(), reach_end)
        end = label.end() + _REACH
        if start < end:
            for m in _ATTENDEE.finditer(text, start, min(len(text), end)):
                name = m.group("name")
                last = name.split()[-1]
                if last in LABELS or last in orgnames.HEADS or last in _NOT_SURNAMES:
                    continue
                out.append(
                    Match("person", m.start("name"), m.end("name"), _printed(text, *m.span("name")))
                )
            reach_end = end
    return out


def _speakers(text: str) -> list[Match]:
    out = []
    starts = [
        at - 8
        for at in _occurrences(text, " - ")
        if at >= 8 and text[at - 3] == ":" and _TIMES_MEET.match(text, at - 4) is not None
    ]
    for m in _matches_at(text, starts, _SPEAKER):
        words = m.group("name").split()
        if any(w in LABELS for w in words) or words[-1] in orgnames.HEADS:
            continue
        out.append(Match("person", m.start("name"), m.end("name"), " ".join(words)))
    return out


def _lots(text: str) -> list[Match]:
    out = []
    for m in _LOT.finditer(text):
        words = m.group("name").split()
        if any(w in LABELS for w in words) or words[-1] in orgnames.HEADS:
            continue
        if not words[0].endswith(".") and words[0] not in given_names():
            continue  # a given name the lists hold, or initials: not 'Agenda Vaststellen'
        found = titled.person(text, m.start("name"), m.end("name"))
        if found is not None:
            out.append(Match("person", found.start, found.end, found.canonical))
    return out


def _committees(text: str) -> list[Match]:
    out = []
    for at in _occurrences(text, "ommissie"):
        start = at - 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        kind = text[start : at + 8]
        if kind.lower() not in _COMMITTEE_KINDS or (start > 0 and text[start - 1] == "-"):
            continue
        m = _COMMITTEE.match(text, at + 8)
        if m is None:
            continue
        words = re.findall(r"[\w'’&-]+", m.group("name"))
        capitals = "".join(w[0] for w in words if w[0].isupper() and w not in _NOT_SPELLED)
        if capitals != m.group("abbr").replace("&", ""):
            continue
        name = f"{kind} {' '.join(m.group('name').split())}"
        out.append(Match("organization", start, m.end("name"), name))
        out.append(Match("organization", m.start("abbr"), m.end("abbr"), name))
    return out


def _municipalities(text: str) -> list[Match]:
    out = []
    starts = [at - 1 for stem in _MUNICIPAL_STEMS for at in _occurrences(text, stem)]
    for m in _matches_at(text, starts, _MUNICIPAL):
        words = m.group("name").split()
        for n in (len(words), 1):
            place = " ".join(words[:n])
            if place.isupper():
                place = "-".join(p.capitalize() for p in place.split("-"))
            body = automaton().get(f"Gemeente {place}", None)
            if body is not None and body[1].type == "organization":
                end = m.start("name") + len(" ".join(m.group("name").split()[:n]))
                if n > 1:
                    end = m.end("name")
                out.append(Match("organization", m.start(), end, body[1].canonical))
                break
    return out


def _broadcasters(text: str) -> list[Match]:
    out = []
    starts = [at for kind in ("Radio", "RTV", "Omroep") for at in _occurrences(text, kind)]
    for m in _matches_at(text, starts, _BROADCASTER):
        if m.group("name") in LABELS or m.group("name") in orgnames.HEADS:
            continue
        out.append(Match("organization", m.start(), m.end(), _printed(text, m.start(), m.end())))
    return out


def _without_labels(text: str, found: list[Match]) -> list[Match]:
    """No person is an attendance label, nor ends in one."""
    out = []
    for m in found:
        if m.type == "person":
            span = text[m.start : m.end]
            words = span.split()
            if len(words) == 1 and words[0] in LABELS:
                continue
            tail = _LABEL_TAIL.search(span) if len(words) > 2 and words[-1] in LABELS else None
            if tail is not None:
                end = m.start + tail.start()
                printed = _printed(text, m.start, end)
                canonical = printed if m.canonical == " ".join(span.split()) else m.canonical
                m = Match("person", m.start, end, canonical, m.role)
        out.append(m)
    return out


def _merged(found: list[Match], new: list[Match], gives_way: frozenset[str]) -> list[Match]:
    """The new matches where they clash with nothing, or only cover narrower matches of the
    kinds that give way (or a person inside a person); a wider found person keeps its span
    where it holds the new one. The found matches are kept in their order of start, so a new
    one is checked against its neighbours only."""
    if not new:
        return found
    found = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in found]
    for n in new:
        first = bisect_left(starts, n.start - _LONGEST)
        clash = [i for i in range(first, bisect_left(starts, n.end)) if n.start < found[i].end]
        if any(found[i].start == n.start and found[i].end == n.end for i in clash):
            continue
        if all(
            n.start <= found[i].start
            and found[i].end <= n.end
            and (found[i].type in gives_way or found[i].type == n.type)
            for i in clash
        ):
            for i in reversed(clash):
                del found[i], starts[i]
            at = bisect_left(starts, n.start)
            found.insert(at, n)
            starts.insert(at, n.start)
    return found


# No found name is longer than this: a name that starts further before a new one cannot hold it.
_LONGEST: Final = 500


_PERSON_GIVES_WAY: Final = frozenset({"location", "person"})
_BODY_GIVES_WAY: Final = frozenset({"location", "organization"})
_ANY_GIVES_WAY: Final = frozenset({"location", "organization", "person"})


# The words find's gates ask for, from words.py's one pass over the text (issue #12); a gate of
# one character (':', '(') stays a substring test.
_SPACED_EN_DASH: Final = " \u2013 "
GATES: Final = frozenset((
    "anwezig", "fwezig", "ANWEZIG", "FWEZIG", " - ", "ommissie", "emeente", "EMEENTE", "RUD",
    "Verslagbureau", "Notul", "Radio", "RTV", "Omroep", "egenwoordig", "EGENWOORDIG",
    # read from words.py's pass too, not by substring tests (enspeed48)
    _SPACED_EN_DASH, "Lijst", *_LOT_STEMS,
))  # fmt: skip
_PRESENCE: Final = frozenset(
    ("anwezig", "fwezig", "ANWEZIG", "FWEZIG", "egenwoordig", "EGENWOORDIG")
)
_MUNICIPALITY: Final = frozenset(("emeente", "EMEENTE"))
_MINUTES: Final = frozenset(("Verslagbureau", "Notul"))
_BROADCAST: Final = frozenset(("Radio", "RTV", "Omroep"))


# A double surname spaced by a dash, en dash or hyphen, after a person found with a given name or
# initials: 'mevrouw Geertje Dijkstra – Jacobi (Lijst Dijkstra – Jacobi)', 'Frantina
# Kiekebeld – van der Knaap' (council pages print both dashes; meta36, after its blind
# scoring). The second part one capitalised word, its particles before it; no listed place,
# body or party ('Jan de Vries - Gemeente Zwolle', 'Karin Smit – CDA'), no label, office or
# body's head, no word the text also prints in lower case.
_SPACED_SECOND: Final = re.compile(
    rf"{_S}[-\u2013]{_S}(?P<second>(?:{_PARTICLE}{_S}+)?(?P<last>{_WORD}))(?![\w'’-])(?!{_S}+[{_UP}])"
)
_OFFICES_AFTER: Final = frozenset(
    {
        *("Directeur", "Manager", "Adviseur", "Projectleider", "Beleidsmedewerker", "Lid"),
        *("Gedeputeerde", "Statenlid", "Fractievoorzitter", "Woordvoerder", "Inspreker"),
        *("Dagvoorzitter", "Gespreksleider", "Namens", "Vervolg", "Deel", "Bijlage", "Reactie"),
    }
)


def _spaced_doubles(text: str, found: list[Match]) -> list[Match]:
    widened: list[Match] = []
    for m in found:
        second = _SPACED_SECOND.match(text, m.end) if m.type == "person" else None
        if second is None or " " not in m.canonical.strip():
            continue
        last = second.group("last")
        known = automaton().get(last, None)
        if known is not None and known[1].type != "person":
            continue  # a place, body or party after the dash
        if last in LABELS or last in orgnames.HEADS or last in _OFFICES_AFTER:
            continue
        if re.search(rf"(?<![\w-]){re.escape(last.lower())}(?![\w-])", text):
            continue  # a word, not a name
        name = f"{m.canonical} - {' '.join(second.group('second').split())}"
        widened.append(Match("person", m.start, second.end(), name, m.role))
    return _merged(found, widened, _PERSON_GIVES_WAY) if widened else found


# A local party named after its leader is a list's name, not a person: '(Lijst Dijkstra – Jacobi)'
# beside 'mevrouw Geertje Dijkstra – Jacobi' (meta36's Westerkwartier page), 'Lijst Jan de Vries'.
# A person found in it, after 'Lijst' and the names before it in the party's name, is dropped;
# the person named elsewhere in the text stays. A Kamer group named after its members ('Groep
# Krol/Van Klaveren') still names them (test_unseen_documents), so 'Groep' is not read so.
_PARTY_HEAD: Final = re.compile(
    rf"(?<![\w-])Lijst{_S}+(?:(?:{_PARTICLE}|{_CAPITAL_PARTICLE}|{_WORD}){_S}*"
    rf"(?:[-\u2013]{_S}*)?)*$"
)


def _without_party_names(text: str, found: list[Match]) -> list[Match]:
    out = []
    for m in found:
        if m.type == "person" and _PARTY_HEAD.search(text, max(0, m.start - 80), m.start):
            continue
        out.append(m)
    return out


def find(text: str, found: list[Match]) -> list[Match]:
    """The found matches with this module's persons and bodies (see the module's note)."""
    found = _without_labels(text, found)
    cues = read(text).cues  # the text the enricher read (never a slice of it)
    if " - " in cues or _SPACED_EN_DASH in cues:
        found = _spaced_doubles(text, found)
    if not cues.isdisjoint(_PRESENCE):
        found = _merged(found, _attendees(text), _PERSON_GIVES_WAY)
    if ":" in text and " - " in cues:
        found = _merged(found, _speakers(text), _PERSON_GIVES_WAY)
    if ":" in text and not cues.isdisjoint(_LOT_STEMS):
        found = _merged(found, _lots(text), _PERSON_GIVES_WAY)
    if "ommissie" in cues and "(" in text:
        found = _merged(found, _committees(text), _BODY_GIVES_WAY)
    if not cues.isdisjoint(_MUNICIPALITY):
        found = _merged(found, _municipalities(text), _BODY_GIVES_WAY)
    if "RUD" in cues:
        found = _merged(found, _services(text), _BODY_GIVES_WAY)
    if not cues.isdisjoint(_MINUTES):
        found = _merged(found, _minuters(text), _BODY_GIVES_WAY)
    if not cues.isdisjoint(_BROADCAST):
        found = _merged(found, _broadcasters(text), _BODY_GIVES_WAY)
    if not cues.isdisjoint(capitals.GATES):  # bodies printed in capitals (orgsW46)
        found = _merged(found, capitals.find(text), _ANY_GIVES_WAY)
    if "Lijst" in cues:
        found = _without_party_names(text, found)
    return sorted(found, key=lambda m: (m.start, m.end))
