"""A body named once, by no list and by no kind word, read from the frame Dutch official prose puts
it in (bare50, issue #12): what a body issues, files or is asked for, with 'van' before its name.

- 'het rapport «Het Windmolendrama» van Clintel', 'de brief van Maatschappelijk Financieren', 'het
  verzoek van MOB en Leefmilieu', 'het persbericht van EnergieNed': a document or a step a body
  takes (a report, a letter, a request, an objection, an appeal, a complaint, a reaction, a
  press release, a petition, a call);
- 'de directeur van Oxfam Groot-Brittannië', 'het hoofdkantoor van X', 'de klanten van X': what
  only a body has (bodycues.py reads its staff: 'woordvoerder van', 'medewerkers van').

A person stands in the same frames ('het rapport van Fijnaut', 'de brief van Minnesma', 'de
reactie van Minister Hoekstra'), as do a place ('de reactie van Den Haag'), a programme ('het
onderzoek van Nieuwsuur', listed) and a title in quotes (no capital after 'van'). So the name
after a frame is read by its shape, and only a shape no person's name takes is enough alone:

- an abbreviation in capitals, three to six letters, no scheme's or law's (bodycues' list);
- a word with a capital inside ('AnimalRights', 'EnergieNed');
- two or three capitalised words that bodycues' `a_name` allows (no given name, no listed
  person's or place's word, no sentence word first), none a given name or a listed surname, no
  role first ('Minister Hoekstra', 'Kamerlid Omtzigt'), and one of them a Dutch common word
  ('Maatschappelijk Financieren'), an English body's word ('World Animal Protection', 'IM
  Academy') or an abbreviation: a person's full name opens with a given name, and a foreign
  person's ('Abiy Ahmed') has no common word;
- one capitalised word (no common word, given name or listed surname, four letters or more) only
  where the frame is one no person takes (a director, a head office, customers, a titled report:
  'het rapport «...» van X') or where the document prints it elsewhere right after a body's head
  word ('Financieel Recherche Bureau Interludium', 'slachterij Vion'). Two frames of different
  words are not enough: 'de reactie van Fijnaut' and 'het rapport van Fijnaut' name a person. A
  name the document also prints as a person's (in a person's entity) is none.

The frames' words are keys of words.py's one pass (`CUES`); a segment without one is not read.
The document is read whole (`find`): a single word's head word may stand in another segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from services.enrich.entities import lexicon
from services.enrich.entities.attendees import given_names
from services.enrich.entities.bodycues import a_name, abbr_ok, listed_surnames
from services.enrich.entities.gazetteer import Match
from services.enrich.entities.orgnames import a_place
from services.enrich.words import read
from stukken.contracts import Entity, Segment


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_SP: Final = r"[ \t\u00a0]+"
_NAME_WORD: Final = rf"[{_UPPER}][\w'’&]*(?:-[\w'’&]+)*"
# what a body issues or does, 'van' and its name: 'het rapport van X', 'de brief van X'
_DOCUMENT_WORDS: Final = (
    "rapport", "rapporten", "onderzoeksrapport", "persbericht", "verzoek", "handhavingsverzoek",
    "bezwaar", "beroep", "klacht", "brief", "reactie", "mening", "standpunt", "brandbrief",
    "alarmbrief", "petitie", "oproep", "zienswijze", "campagne",
)  # fmt: skip
# what only a body has: 'de directeur van X', 'het hoofdkantoor van X'
_BODY_WORDS: Final = (
    "directeur", "directie", "bestuursvoorzitter", "hoofdkantoor", "vestiging", "vestigingen",
    "klanten", "aandeelhouders", "jaarverslag",
)  # fmt: skip
_STRONG: Final = frozenset(_BODY_WORDS)
# a report's title in quotes between its word and 'van': 'het rapport «Het Windmolendrama» van X'
_TITLE_ENDS: Final = ("» van ", "” van ", '" van ')
_TITLED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:rapport|onderzoeksrapport|persbericht|brandbrief|alarmbrief|petitie)"
    r"[ \t\u00a0]+[«“\"][^«»“”\"\n]{1,120}[»”\"]$"
)
CUES: Final = frozenset((*(f"{word} van " for word in _DOCUMENT_WORDS + _BODY_WORDS), *_TITLE_ENDS))
_NAME: Final = re.compile(
    rf"(?:(?:de|het){_SP})?(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})(?![\w'’&-])"
)
_ABBR: Final = re.compile(rf"[{_UPPER}]{{3,6}}")
_CAMEL: Final = re.compile(r"(?:[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+|[A-Z]{2,}[a-z]{3,})")
# Roles and titles a person's surname follows: 'de reactie van Minister Hoekstra'.
_ROLES: Final = _set(
    "Minister Staatssecretaris Kamerlid Kamerleden Premier President Minister-president "
    "Commissaris Burgemeester Wethouder Gedeputeerde Prof Prof. Professor Dr Dr. Mr Mr. "
    "Mevrouw Heer Dhr Dhr. Mw Mw. Collega Koning Koningin Prins Prinses Paus Generaal "
    "Sir Lord Lady Mrs Ms Dame Bisschop Imam Rabbijn Pastoor Dominee Senator Lid Leden"
)
# A kind of body or unit first: its name is the kind finders' and may go on past what is read here
# ('het rapport van de Directie Veiligheid en Weerbaarheid (VW)': no 'Directie Veiligheid').
_KIND_FIRST: Final = _set(
    "Directie Directoraat Directoraat-generaal Afdeling Dienst Commissie Werkgroep Team Programma "
    "Project Raad College Bureau Stichting Vereniging Ministerie Gemeente Provincie Waterschap"
)
# English words of a body's name: 'World Animal Protection', 'IM Academy', 'Human Rights Watch'.
_ENGLISH_BODY: Final = _set(
    "Academy Institute Foundation Group Holding Holdings Trust Fund Council Network Alliance "
    "Action Society Association Company Corporation Services Solutions Technologies Systems "
    "Pharmaceuticals Energy Bank Capital Partners Ventures Labs International Global World "
    "Animal Animals Protection Rights Watch Royal Dutch Media Press Agency Authority Union "
    "Federation Coalition Initiative Centre Center Project Campaign Airlines Airways "
    "Industries Investments Management Consulting Research Health Care"
)


def _frames(text: str) -> Iterable[tuple[str, int]]:
    """(frame word, where the name after 'van ' may start) for each frame in `text`: found where
    words.py's pass saw one of `CUES` (a few places a text)."""
    cues = read(text).cues
    if cues.isdisjoint(CUES):
        return
    for cue in CUES & cues:
        at = text.find(cue)
        while at != -1:
            if cue in _TITLE_ENDS:
                if _TITLED_BEFORE.search(text, max(0, at - 160), at + 1) is not None:
                    yield "titled", at + len(cue)
            elif not at or not (text[at - 1].isalnum() or text[at - 1] == "-"):
                yield cue[: -len(" van ")], at + len(cue)
            at = text.find(cue, at + len(cue))


def _shape(words: list[str]) -> str:
    """'alone' for a name no person's takes, 'word' for one capitalised word that may be a
    surname, '' for none."""
    if words[0] in _ROLES or words[0] in _KIND_FIRST or not a_name(words):
        return ""
    if len(words) == 1:
        word = words[0]
        if _ABBR.fullmatch(word):
            return "alone" if abbr_ok(word) else ""
        if _CAMEL.fullmatch(word):
            return "alone"
        if (
            len(word) < 4
            or not word[1:].islower()
            or word.endswith(("se", "sche"))  # an adjective: 'van de Rotterdamse woningcorporatie'
            or word in given_names()
            or word in listed_surnames()
            or lexicon.common_word(word)
            or a_place(word)
        ):
            return ""
        return "word"
    if any(w in given_names() or w in listed_surnames() for w in words) or a_place(" ".join(words)):
        return ""
    if any(
        lexicon.common_word(w) or w in _ENGLISH_BODY or _ABBR.fullmatch(w) is not None
        for w in words
    ):
        return "alone"
    return ""


def find(segments: list[Segment], found: list[Entity]) -> list[tuple[Segment, Match]]:
    """The bodies `segments` name in a frame; `found`: what the document's other finders found
    (a word any of its persons holds is none)."""
    candidates: list[tuple[Segment, Match, str, str]] = []
    for seg in segments:
        for frame, at in _frames(seg.text):
            m = _NAME.match(seg.text, at)
            if m is None:
                continue
            words = m.group("name").split()
            shape = _shape(words)
            if shape:
                name = " ".join(words)
                match = Match("organization", m.start("name"), m.end("name"), name)
                candidates.append((seg, match, frame, shape))
    if not candidates:
        return []
    personal: set[str] = set()
    for e in found:
        if e.type == "person":
            personal.update(e.text.split())
    out: list[tuple[Segment, Match]] = []
    for seg, match, frame, shape in candidates:
        name = match.canonical
        if any(w in personal for w in name.split()):
            continue
        if shape == "alone" or frame in _STRONG or frame == "titled" or _after_head(segments, name):
            out.append((seg, match))
    return out


# A body's head word right before the name elsewhere in the document: 'Financieel Recherche Bureau
# Interludium' beside 'het rapport van Interludium', 'slachterij Vion' beside 'de reactie van Vion'.
_HEAD_BEFORE: Final = re.compile(
    r"(?:[Bb]ureau|[Ss]tichting|[Vv]ereniging|[Cc]oöperatie|bedrijf|organisatie|groep|concern|"
    r"slachterij|slachthuis|fabrikant|platform|collectief)[ \t\u00a0]+$"
)


def _after_head(segments: list[Segment], name: str) -> bool:
    """Whether the document prints `name` right after a body's head word (a word read only in
    documents where a frame holds it once)."""
    for seg in segments:
        at = seg.text.find(name)
        while at != -1:
            end = at + len(name)
            if (end == len(seg.text) or not seg.text[end].isalnum()) and _HEAD_BEFORE.search(
                seg.text, max(0, at - 30), at
            ):
                return True
            at = seg.text.find(name, end)
    return False
