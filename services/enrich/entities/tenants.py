"""Tenants' bodies and housing corporations named by their kind word (round corpsreg46, issue #12).

- A tenants' or residents' body: its kind word and the name after it, whole: 'Huurdersvereniging
  De Sleutels', 'de huurdersvereniging Centrum', 'Bewonerscommissie Het Zonnehof', a quoted name
  with its quotes ("Stichting Huurdersbelangen 'de Duinstreek'"). No such body is listed
  anywhere, and its name is most often a place or a word ('Centrum', 'Samen Sterk'), so the kind
  word is what makes it a name. 'en' joins a name only where the words after the kind are a
  listed name ('Huurdersstichting Lek en Waard Wonen'); the bare kind ('de huurdersvereniging
  heeft') names nothing.
- A corporation by its legal kind word and a name no list holds: 'woningbouwvereniging Kamerik',
  'Woningstichting Kessel' (the register's names; a place after the kind word is the body's
  name, not the place). A listed corporation after it ('woningstichting Woonfriesland') is
  left to the gazetteer.
- A list's last item: 'Huurdersberaad Giessenlanden, ..., Stichting Huurdersbelang Streefkerk en
  Slim Wonen' is two bodies, not one; `checked` cuts a name that holds a tenants' body before
  ' en ' at the end of a comma list, where what follows is a name of its own.

Each rule needs its literal first (a substring test), so a text without it costs nothing.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_UP: Final = "A-ZÀ-ÖØ-Þ"
_S: Final = r"[ \t\u00a0]+"
_NAME_WORD: Final = rf"[{_UP}][\w'’&]*(?:-[{_UP}][\w'’&]*)*"
_JOIN: Final = r"(?:de|het|der|den|van|op|aan|te|'t)"
# one to four capitalised words, lower-case particles between them ('Bergen op Zoom'); an
# article may open it ('De Sleutels', 'Het Zonnehof')
_NAME: Final = rf"(?:(?:De|Het|'t){_S})?{_NAME_WORD}(?:{_S}(?:{_JOIN}{_S})?{_NAME_WORD}){{0,3}}"
_QUOTED: Final = r"['‘\"“][^'’\"”\n]{2,40}['’\"”]"
_TENANT_KIND: Final = (
    r"(?:[Ss]tichting[ \t\u00a0]+)?(?:[Hh]uurders|[Bb]ewoners)"
    r"(?:belangenvereniging|vereniging|organisatie|belangen|belang|raad|beraad|stichting"
    r"|commissie|platform|koepel)"
)
_TENANT: Final = re.compile(
    rf"(?<![\w-])(?P<kind>{_TENANT_KIND}){_S}(?P<name>{_QUOTED}|{_NAME})"
    r"(?![\w-])"
)
# what may follow a tenants' body's name: 'en' and more words (read, not consumed: the words
# may open the next body, 'Bewonerscommissie De Horst en Huurdersvereniging Zuid')
_MORE: Final = re.compile(rf"{_S}en{_S}{_NAME}(?![\w-])")
_CORPORATION: Final = re.compile(
    rf"(?<![\w-])(?P<kind>[Ww]oning(?:bouw)?(?:vereniging|stichting)|[Ww]oonstichting){_S}"
    rf"(?P<name>{_NAME_WORD}(?:{_S}{_NAME_WORD})?)(?![\w-])"
)
# Capitalised words that open a sentence or a clause, not a name ('de huurdersvereniging. Op
# 1 januari', a heading's 'Huurdersvereniging Datum').
_NOT_NAMES: Final = frozenset(
    {"Op", "In", "Met", "Voor", "Bij", "Van", "Na", "Om", "Aan", "Uit", "Over", "Tot", "Per",
     "Namens", "Wij", "Zij", "Hij", "Ze", "We", "Dit", "Dat", "Deze", "Die", "Er", "Ook", "En",
     "Maar", "Als", "Door", "Tijdens", "Sinds", "Volgens", "Datum", "Naam", "Adres", "Telefoon",
     "Postbus", "Website", "Nederland", "Gemeente", "Verhuurder", "Huurder", "Huurders",
     "Partijen", "Corporatie", "Woningcorporatie", "Bestuur", "Leden", "Januari", "Februari",
     "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November",
     "December",
     "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag"}
)  # fmt: skip


def _listed(name: str) -> bool:
    return automaton().get(name, None) is not None


def _cut_before_a_clause(name: str) -> int:
    """Where a clause's first word ends the name: 'Havenkwartier Met het aanhalen' -> 13."""
    if name[0] in "'‘\"“":
        return len(name)
    for word in re.finditer(r"\S+", name):
        if word.start() > 0 and word.group() in _NOT_NAMES:
            return len(name[: word.start()].rstrip())
    return len(name)


def _tenants(text: str) -> list[Match]:
    out: list[Match] = []
    for m in _TENANT.finditer(text):
        name = m.group("name")
        if name.split()[0] in _NOT_NAMES:
            continue
        end = m.end("name")
        after = _MORE.match(text, end)
        more = after.group() if after is not None else None
        cut = _cut_before_a_clause(name)
        if cut < len(name):
            end, more = m.start("name") + cut, None  # 'Bewonersorganisatie Havenkwartier Met het'
        if more is not None and name[0] not in "'‘\"“" and _listed(" ".join((name + more).split())):
            end += len(more)
        whole = " ".join(text[m.start() : end].split())
        canonical = whole[0].upper() + whole[1:]
        out.append(Match("organization", m.start(), end, canonical))
    return out


def _corporations(text: str) -> list[Match]:
    out: list[Match] = []
    for m in _CORPORATION.finditer(text):
        name = m.group("name")
        words = name.split()
        if words[0] in _NOT_NAMES:
            continue
        if _listed(name) or _listed(words[0]):
            continue  # a listed corporation: the gazetteer's ('woningstichting Woonfriesland')
        end = m.end("name")
        if len(words) == 2 and (words[1] in _NOT_NAMES or _listed(words[1])):
            end = m.start("name") + len(words[0])
        whole = " ".join(text[m.start() : end].split())
        out.append(Match("organization", m.start(), end, whole[0].upper() + whole[1:]))
    return out


# A corporation's one-word name, a capital inside and 'Wonen' at its end: 'GroenrandWonen',
# 'SallandWonen', 'KleurrijkWonen' (the register's and the press's way of writing them since
# 2010); a slogan's or programme's word before 'Wonen' is no name ('SamenWonen', 'ZorgWonen').
_GLUED_WONEN: Final = re.compile(r"(?<![\w-])(?P<stem>[A-Z][a-z]{2,})Wonen(?![\w-])")
_SLOGANS: Final = frozenset(
    {"Goed", "Beter", "Samen", "Slim", "Zorg", "Thuis", "Fijn", "Prettig", "Duurzaam", "Veilig",
     "Groen", "Mooi", "Lekker", "Anders", "Langer", "Zelfstandig", "Begeleid", "Beschermd",
     "Gezond", "Betaalbaar", "Modern", "Senioren", "Jongeren", "Studenten", "Flex", "Tijdelijk",
     "Kamer", "Starters", "Buiten", "Energie", "Woon", "Welzijn", "Zorgen", "Leef", "Werk"}
)  # fmt: skip


def _glued(text: str) -> list[Match]:
    out: list[Match] = []
    for m in _GLUED_WONEN.finditer(text):
        if m.group("stem") in _SLOGANS:
            continue
        out.append(Match("organization", m.start(), m.end(), m.group()))
    return out


# The words `find` asks a text for, read in words.py's one pass over it (a set's test each, not a
# substring test each over the text: enspeed48).
CUES: Final = frozenset(
    {"uurders", "ewoners", "oningbouw", "oningstichting", "oonstichting", "Wonen"}
)


def find(text: str) -> list[Match]:
    """Tenants' bodies and corporations of this module's shapes, each as its own name."""
    out: list[Match] = []
    cues = read(text).cues
    if "uurders" in cues or "ewoners" in cues:
        out.extend(_tenants(text))
    if "oningbouw" in cues or "oningstichting" in cues or "oonstichting" in cues:
        out.extend(_corporations(text))
    if "Wonen" in cues:
        out.extend(_glued(text))
    return out


_LIST_BEFORE: Final = re.compile(r"[,;:][ \t\u00a0]*$")
_REST: Final = re.compile(rf"{_S}en{_S}(?P<rest>{_NAME})$")


def checked(text: str, found: list[Match]) -> list[Match]:
    """Another rule's reading of tenants' bodies mended: a list's last item cut off, two bodies
    joined by 'en' told apart, a kind word before a clause's first word dropped."""
    # read the finds' names, not the text again: a name to mend holds the kind word
    if not any(
        "uurders" in f.canonical or "ewoners" in f.canonical
        for f in found
        if f.type == "organization"
    ):
        return found
    return _joined(text, _list_cut(text, found))


def _joined(text: str, found: list[Match]) -> list[Match]:
    """'de bewonerscommissie Kamerik en Huurdersvereniging Weidelanden', read by another rule
    as 'Kamerik en Huurdersvereniging Weidelanden': a tenants' body's kind word after 'en' opens
    a body of its own, and the name before 'en' is the body its own kind word opens. A found
    'Huurdersraad Op' (a clause's first word after the kind) names nothing."""
    bodies = _tenants(text)
    out: list[Match] = []
    for f in found:
        if f.type != "organization":
            out.append(f)
            continue
        if _NOT_A_NAME.fullmatch(text, f.start, f.end):
            continue
        after = next((t for t in bodies if f.start < t.start < f.end and t.end <= f.end), None)
        if after is None or text[f.start : after.start].rstrip()[-3:] != " en":
            out.append(f)
            continue
        head_end = f.start + len(text[f.start : after.start].rstrip()[:-3].rstrip())
        before = next((t for t in bodies if t.start <= f.start and t.end == head_end), None)
        if before is None and _TENANT.match(text, f.start) is None:
            out.append(f)
            continue
        if before is None:
            before = Match(
                "organization", f.start, head_end, " ".join(text[f.start : head_end].split())
            )
        tail = " ".join(text[after.start : f.end].split())
        out += [before, Match("organization", after.start, f.end, tail[0].upper() + tail[1:])]
    return out


_NOT_A_NAME: Final = re.compile(rf"{_TENANT_KIND}{_S}(?:{'|'.join(sorted(_NOT_NAMES))})")


def _list_cut(text: str, found: list[Match]) -> list[Match]:
    """Cuts a comma list's last item off the tenants' body before it: 'A, B, Stichting
    Huurdersbelang Streefkerk en Slim Wonen' names 'Stichting Huurdersbelang Streefkerk' and
    'Slim Wonen'. Only in a list (a comma before the name), and only where what follows 'en' is
    a name of its own: listed, or two capitalised words or more ('Maas en Waal' stays whole)."""
    out: list[Match] = []
    for f in found:
        if f.type != "organization" or " en " not in f.canonical:
            out.append(f)
            continue
        span = text[f.start : f.end]
        head = _TENANT.match(span)
        if head is None or not _LIST_BEFORE.search(text, max(0, f.start - 3), f.start):
            out.append(f)
            continue
        cut = f.start + head.end("name")
        rest = _REST.match(text, cut, f.end)
        if rest is None or _listed(" ".join(text[f.start + head.start("name") : f.end].split())):
            out.append(f)
            continue
        words = rest.group("rest").split()
        if not (_listed(" ".join(words)) or len(words) >= 2):
            out.append(f)
            continue
        body = " ".join(text[f.start : cut].split())
        out.append(Match("organization", f.start, cut, body[0].upper() + body[1:]))
        name = " ".join(words)
        out.append(Match("organization", rest.start("rest"), rest.end("rest"), name))
    return out
