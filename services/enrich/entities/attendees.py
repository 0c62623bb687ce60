"""People as meeting records, attendance lists and contact blocks name them: a given name and a
surname ('Martin van der Plas', 'Erwin Reinhoud'), often with the body they come from in brackets
('Joost Farla (Geonovum)') or their part in the meeting ('Lizzy Wellink (secr.)').

Two capitalised words in a row are everywhere (titles, streets, firms, 'Tweede Kamer'), so a pair
is a person only with evidence:
- its first word is a given name a listed person bears (data/people.tsv: Kamerleden and
  bewindspersonen since 1815, the country's given names old and new);
- it stands before a meeting role in brackets ('(vz.)', '(secretaris)'), or it is one of at least
  two 'Name (Body)' items of one text, as attendance lists are written;
- it is the name under a contact label ('Inlichtingen bij', 'Contactpersoon').
A pair a street, a building or a body closes ('Johan de Wittlaan', 'Thomas More Hogeschool') is
none, nor one an office word or a month ends ('Wil de Minister', 'Jan Februari').

The body in an attendee's brackets is an organisation: 'Joost Farla (Geonovum)', '(gem
Amsterdam)' (the municipality); a role, a party or lower-case words are not.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import lexicon, orgnames
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.gazetteer import find as _gazetteer_find
from services.enrich.entities.persons import name_end
from services.enrich.scan import Guarded
from services.enrich.words import read
from stukken.contracts import Segment


def _words(text: str) -> list[str]:
    return text.split()


_UP: Final = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW: Final = "a-zß-öø-ÿā-ž"
# the letter classes the other name rules share (typed: mypyc compiles this module in an import
# cycle with persons.py and cannot infer what another module reads from it)
UPPER: str = _UP
LOWER: str = _LOW
_WORD: Final = rf"(?:IJ|[{_UP}])[{_LOW}]+(?:[´`’'][{_LOW}]+)?(?:-(?:IJ|[{_UP}])[{_LOW}]+)*"
# Lower-case particles as attendance lists print them, abbreviated too: 'Martin vd Plas'.
_PARTICLE: Final = (
    r"(?:van\s+(?:der|den|de|het|'t)|van|de|der|den|ter|ten|te|vd|vdr|vder|vden|v\.d\.|v/d|"
    # 't alone, its apostrophe typeset either way: 'Gerard ’t Hooft', 'Jan ‘t Hart'
    r"in\s+'t|op\s+de|von|du|la|le|['’‘]t)"
)
# A name's words stand a space or two apart; a wider gap is a table's next column ('Dhr. M. Vuijk
#       Kloetinge', the place the member comes from) (persons69).
_SP: Final = r"[ \u00a0]{1,2}"
# Within a name a line may break once: 'Dimitri van Hees \n(developer.overheid.nl)'.
_BREAK: Final = r"[ \u00a0]*(?:\r?\n)?[ \u00a0]*"
_CAPITAL_WORD: Final = Guarded(r"(?<![\w.\-/@])", _WORD)
# From a given name on: a second given name, particles, the surname, all on its line.
_AFTER_GIVEN: Final = re.compile(
    rf"{_SP}(?:(?P<second>{_WORD}){_SP})?(?:(?P<particle>{_PARTICLE}){_SP})?"
    rf"(?P<surname>{_WORD})(?![\w\-@]|\.\w)"
)
# The name before an opening bracket: up to three words and the particles between them.
# (Its lookbehind a guard of its own and its first word's 'IJ|[A-Z...]' written as '[A-Z...]' and an
# optional 'J' after an 'I', the same matches tried in the same order: so the pattern starts with a
# class and the engine jumps to the capitals instead of trying every position; issue #12.)
_FIRST_WORD: Final = _WORD.replace(f"(?:IJ|[{_UP}])", f"[{_UP}](?:(?<=I)J)?", 1)
_NAME_BEFORE: Final = Guarded(
    r"(?<![\w.\-/@])",
    rf"(?P<name>{_FIRST_WORD}(?:{_BREAK}{_PARTICLE})?"
    rf"(?:[ \u00a0]+(?:\r?\n)?[ \u00a0]*{_WORD}){{1,2}}){_BREAK}$",
)
# The name ends at the window's end and holds five words at most (no word of it holds a blank):
# its first word, a particle of up to two ('van der', 'in 't') and two more. So it starts no
# earlier than the fifth word from the end, and is searched from there: the pattern is tried at
# every capital it is searched from, and fails at each but the last few (throughput39).
_NAME_WORDS: Final = 5


def _last_words_start(window: str) -> int:
    """An offset in `window` no later than the start of its fifth word from the end (0 when it
    has fewer): the words are its runs of non-blanks, which `str.rsplit` counts from the end."""
    parts = window.rsplit(None, _NAME_WORDS)
    return len(parts[0]) if len(parts) > _NAME_WORDS else 0


# Bracketed text, a line break inside it allowed: '(gem \nAmsterdam)'.
_INSIDE: Final = r"(?:[^()\r\n]|\r?\n){1,60}"
_BRACKETS: Final = re.compile(rf"(?:\({_INSIDE}\))+")
_ONE_BRACKET: Final = re.compile(rf"\(({_INSIDE})\)")
# An article makes the words after it a thing, not a person, in running text: 'onder de Europese
# Vredesfaciliteit (EPF)', 'in de Zuidelijke Kaukasus (ingezonden ...)'.
_ARTICLE_BEFORE: Final = re.compile(
    r"(?<![\w'’])(?:[Dd]e|[Hh]et|[Ee]en|der|des)[ \u00a0]*(?:\r?\n)?[ \u00a0]*$"
)
# A navy ship is named after a person and printed after its prefix: 'Zr. Ms. Karel Doorman',
# 'Zr.Ms. De Ruyter', 'Hr.Ms. Tromp' (persons49: a trade paper's and the ministry's news).
_SHIP_BEFORE: Final = re.compile(r"(?<![\w.])(?:Zr|Hr)\.?[ \u00a0]?Ms\.?[ \u00a0]*$")
# The body word right before the name on its line: 'het Rijksmuseum Vincent van Gogh', 'Stichting
# Anne Frank' name a body after a person, not the person (persons49).
_HEAD_BEFORE: Final = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-Þ][\w-]{2,})[ \u00a0]$")


def named_after(text: str, start: int) -> bool:
    """The name at `start` names a ship or a body after a person: a navy ship's prefix or a
    body's head word (orgnames.HEADS: 'Rijksmuseum', 'Stichting') right before it."""
    if _SHIP_BEFORE.search(text, max(0, start - 9), start) is not None:
        return True
    head = _HEAD_BEFORE.search(text, max(0, start - 30), start)
    return head is not None and head.group(1) in orgnames.HEADS


_ROLES: Final = re.compile(
    r"(?:vz|voorz|voorzitter|secr|secretaris|secretariaat|notulist|notulen|notulant|"
    r"toehoorder|agendalid|waarnemer|gast|spreker|presentator)\.?",
    re.IGNORECASE,
)
# A contact label and the name on its line or the next. A note's header names its author and
# those it was agreed with, by initials too: 'Afgestemd met: B. Parmet (directie)', 'Opgesteld
# door: J.K. de Wit'.
_LABELS: Final = (
    r"(?:Inlichtingen\s+bij|Contactpersoon|Behandeld\s+door|Contactpersonen|Afgestemd\s+met|"
    r"Opgesteld\s+door|Opsteller)\s*:?"
)
_CONTACT: Final = re.compile(
    _LABELS
    + rf"[ \t]*\r?\n?[ \t]*(?P<name>(?:{_WORD}|(?:[{_UP}]\.[ \u00a0]?){{1,5}})(?:{_SP}{_PARTICLE})?"
    rf"{_SP}{_WORD})(?![\w\-])"
)
_CONTACT_STEMS: Final = (
    "nlichtingen",
    "ontactperso",
    "ehandeld",
    "fgestemd met",
    "pgesteld door",
    "psteller",
)
# The words `capitals` asks a text for before its courtesy titles, read in words.py's one pass over
# it (a set's test each, not a substring test each over the text: enspeed48).
COURTESY_CUES: Final = frozenset({"heer ", "Heer ", "evr", "w. ", "hr. "})
GATES: Final = frozenset(_CONTACT_STEMS) | COURTESY_CUES  # words.py's cues (issue #12)
# The body in brackets: capitalised words from its start ('Sigmax – law enforcement': Sigmax),
# or a municipality written short ('gem Amsterdam').
_BODY: Final = re.compile(rf"(?:[{_UP}0-9][\w&'.\-]*)(?:\s+[{_UP}0-9][\w&'.\-]*)*")
_MUNICIPALITY: Final = re.compile(
    rf"gem\.?\s+(?P<place>[{_UP}][\w'\-]*(?:[ \u00a0]+[{_UP}][\w'\-]*)*)"
)
_NOT_A_BODY: Final = frozenset(
    {"Voorlopig", "Afwezig", "Aanwezig", "Namens", "Zie", "NB", "Red", "Ook", "Via", "Online"}
)
# Words a surname never is: offices, titles, months and days, words that head a body.
_NOT_SURNAMES: Final = frozenset(
    _words(
        "Minister Ministers Staatssecretaris Kamer Kamerlid Tweede Eerste Koning Koningin Prins "
        "Prinses Staten Gemeente Provincie Rijk Regering Kabinet Directeur Voorzitter Secretaris "
        "Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December "
        "Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Vraag Antwoord Bijlage Artikel "
        "Huis Fonds Prijs School Lezing Zaal Gebouw Kliniek Ziekenhuis Museum Park Plein Brug "
        "Staat "  # 'Elke Staat die Partij is': a treaty's words
        # a form's labels repeated in its columns ('Contactpersoon Contactpersoon')
        "Contactpersoon Contactpersonen Naam Afdeling Telefoonnummer "
        # a ministry's units, named where a person may be ('Afgestemd met: Directie Wonen')
        "Directie Directoraat Directoraat-generaal Team Cluster Unit Programma "
        # a province's or municipality's unit that signs a letter or handles it ('Behandeld
        # door: Thema Ruimte & Wonen', Drenthe; 'Domein Klantondersteuning', UWV) (persons48)
        "Thema Domein Portefeuille Taakveld "
        # a Woo inventory's redaction label and a decision's items after a name or a given
        # name's look-alike ('met Henk Persoonsgegevens 10.2 e', 'Ad Besluit 3.')
        "Persoonsgegevens Besluit Besluiten "
        # a prayer's address after a given name's look-alike: 'Lieve Heer', 'Onze Lieve Vrouw'
        "Heer Vrouw "
        # a document's type after a given name that ends a mail or heads a released file's name
        # ('Groet, Mark\nAgenda overleg', 'Lotte Jaarverslag 2023', 'Bas Rapport gereed')
        "Agenda Verslag Notulen Rapport Jaarverslag Notitie Nota Memo Brief Presentatie Planning "
        "Concept Update Scan Offerte Factuur Overleg"
    )
)
# A letter's or report's labels, which a name may follow on their line ('Auteurs Marije Oudejans
# (Centerdata)', 'Behandeld door\nOnderwerp Uw verzoek'): no word of a name.
LABEL_WORDS: Final = frozenset(
    _words("Onderwerp Auteurs Auteur Mededelingen Datum Kenmerk Betreft Pagina Uw Onze Ons")
)
# What closes a street's or a building's name: 'Johan de Wittlaan', 'Jan van Galenstraat'.
STREET_END: Final = re.compile(
    r"(?:laan|straat|weg|plein|kade|gracht|singel|plantsoen|dreef|steeg|brug|tunnel|viaduct|"
    r"buurt|park|zaal)$"
)  # also a bridge, a tunnel, a neighbourhood, a park or a room: 'Gerrit Krolbrug', 'Frans
# Halsbuurt', the Kamer's 'Suze Groenewegzaal'
_BUILDING_AFTER: Final = re.compile(
    r"[ \u00a0]+(?:Huis|Fonds|Prijs|School|Lezing|Zaal|Gebouw|Kliniek|Ziekenhuis|Museum|Park|"
    r"Plein|Brug|Stadion|Arena|ArenA|Theater|Kazerne|Haven)\b"
)
# A street's word printed apart after a person's name: 'de Anne-Marie Laan'.
_STREET_WORDS: Final = frozenset(
    _words("Straat Laan Weg Plein Kade Gracht Singel Dreef Steeg Hof Park")
)
_CAPITAL_PARTICLES: Final = frozenset(
    {"De", "Van", "Den", "Der", "Ter", "Ten", "Le", "La", "Du", "Von"}
)
# Given names that are also words which open a sentence or name a firm ('Wil de Minister ...').
_NOT_GIVEN: Final = frozenset(
    {"Wil", "Ben", "Job", "Meta", "Max", "Mei", "Sultan", "Staf", "Tof", "Co"}
)
# Given names left out of given_names() because they are also words ('ben', 'jan', 'mark'): a
# name still where a lower-case particle and a surname follow ('Ben van Hoek', 'Jan de Vries',
# 'Gerard ’t Hooft'; 'Wil de Minister' ends in an office), or as the second of two given names
# ('Geert Jan Hamilton': no surname 'Jan'). The people list's pass finds them as 'word_given'.
# data/given_names.tsv marks the names of its larger list that are also words ('Arend', 'Roos',
# 'Just'): they are read the same way, and not before a place or body ('Hart van Nederland').
_LISTED_WORD_GIVEN: Final = frozenset(
    r["canonical"] for r in rows("given_names.tsv") if r["source_id"].endswith("|word")
)
# A listed word-given that before 'van' is the noun ('the heart of'): a region's or a project's
# name ('Hart van de Heuvelrug', a province's report; 'Hart van Den Helder', 'Hart van Zuid').
_HEART_OF: Final = frozenset({"Hart"})
WORD_GIVEN: Final = (
    frozenset(
        {"Ben", "Gerard", "Jan", "Job", "Ken", "Leen", "Lex", "Mark", "Max", "Toon", "Victor"}
        | {"Wil"}
    )
    | _LISTED_WORD_GIVEN
)


# The names of languages as Dutch capitalises them ('de tekst is Engels', 'Frans Duits en Engels'),
# some of them also a given name ('Frans') or a surname ('Engels').
LANGUAGES: frozenset[str] = frozenset(
    {"Engels", "Duits", "Frans", "Spaans", "Italiaans", "Portugees", "Pools", "Turks", "Arabisch"}
    | {"Russisch", "Grieks", "Latijn", "Nederlands", "Fries", "Zweeds", "Deens", "Noors", "Chinees"}
    | {"Japans"}
)


# Common Dutch given names that neither the listed people nor data/given_names.tsv bear (written
# by hand, gold39): that list misses some names of the older generations. 'Els' stays though the
# texts also print 'els' (a tree) in lower case.
_COMMON_GIVEN: Final = frozenset(
    {"Arjen", "Els", "Hester", "Janine", "Jolanda", "Marloes", "Remco"}
)


@cache
def given_names() -> frozenset[str]:
    """First names of the listed people: 'Pieter' of 'Pieter Omtzigt'; initials are none; the
    country's given names (data/given_names.tsv, less Dutch words); and common given names the
    lists lack."""
    names = {row["canonical"] for row in rows("given_names.tsv")}
    return frozenset(((names - WORD_GIVEN) | core_given_names()) - _NOT_GIVEN)


@cache
def core_given_names() -> frozenset[str]:
    """The given names of real use and the listed people's, without the larger list's
    (given_names.tsv's 'deduce-first-names' rows): firm enough to tie a surname alone to a full
    name whatever the document prints in lower case (linking.py), and to make the word after a
    given name a second given name ('Jan Jaap')."""
    names = set(_COMMON_GIVEN) | {
        row["canonical"]
        for row in rows("given_names.tsv")
        if row["source"] == _CORE_SOURCE and row["canonical"] not in WORD_GIVEN
    }
    for row in rows("people.tsv"):
        first, _, rest = row["canonical"].partition(" ")
        if rest and "." not in first and len(first) >= 2 and first[0].isupper():
            names.add(first)
            names.add(_folded(first))  # 'André' is also printed 'Andre'
    return frozenset(names - _NOT_GIVEN)


_CORE_SOURCE: Final = "faker-nl-first-names"


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# The words that end a firm's name after its founder's ('Buck Consultants', 'Hay Group').
_FIRM_WORDS: Final = frozenset(
    {"Consultants", "Consultancy", "Consulting", "Partners", "Associates", "Group", "Groep"}
    | {"Holding", "Capital", "Ventures", "Solutions", "Services", "Advocaten", "Adviseurs"}
    | {"Accountants", "Notarissen", "Architecten", "International", "Management", "Media"}
)


# Royal titles that are common surnames too: after a given name the surname ('Chris Koning',
# 'Ellen Prins'), never the title ('Koning Willem-Alexander' has it first).
_ROYAL_SURNAMES: Final = frozenset({"Koning", "Prins"})


def surname_word(word: str) -> bool:
    """No office, month, body's head or street: a word a surname may be (cabinet.py's members)."""
    return word not in _NOT_SURNAMES and word not in orgnames.HEADS and not STREET_END.search(word)


def _surname_ok(text: str, surname: str, end: int) -> bool:
    if surname in _ROYAL_SURNAMES:
        return _BUILDING_AFTER.match(text, end) is None
    if surname in _NOT_SURNAMES or surname in orgnames.HEADS or surname.isupper():
        return False
    if STREET_END.search(surname):
        return False
    return _BUILDING_AFTER.match(text, end) is None


# Where a given name may stand: a capitalised word, a space, then a capital or a particle.
_PAIR: Final = re.compile(
    rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \u00a0]+(?=[{_UP}]|v[adt]|de |te)"
)


def given_starts(text: str) -> list[int]:
    """Where a given name stands (the enricher has these from the people list's pass)."""
    given = given_names()
    return [m.start() for m in _PAIR.finditer(text) if m.group().rstrip() in given]


# Two given names joined by a hyphen are one ('Jan-Willem', 'Anne-Fleur'), listed or not; the
# people list's pass finds neither part (a hyphen joins no word boundary).
_HYPHENED: Final = Guarded(
    r"(?<![\w.\-/@'‘\"“])",
    rf"(?P<first>[{_UP}][{_LOW}]+)-(?P<second>[{_UP}][{_LOW}]+)[ \u00a0]+(?=[{_UP}]|v[adt]|de |te)",
)


# The hyphen and second name of such a pair: found fast (a literal first), and few in a text.
_HYPHEN_SECOND: Final = re.compile(rf"-[{_UP}][{_LOW}]+[ \u00a0]+(?=[{_UP}]|v[adt]|de |te)")
_NAME_LETTER: Final = re.compile(rf"[{_UP}{_LOW}]")


def hyphened_given_starts(text: str) -> list[int]:
    """Where two given names joined by a hyphen stand: 'Jan-Willem de Vries'."""
    second = _HYPHEN_SECOND.search(text)
    if second is None:
        return []
    # No pair starts before the letters that run up to the first such hyphen: the text before
    # them is not read.
    pos = second.start()
    while pos and _NAME_LETTER.match(text, pos - 1):
        pos -= 1
    given = given_names()
    return [
        m.start()
        for m in _HYPHENED.finditer(text, pos)
        if m.group("first") in given and m.group("second") in given
    ]


def _learned_starts(text: str, learned: frozenset[str]) -> list[int]:
    starts = []
    for name in learned:
        at = text.find(name + " ")
        while at >= 0:
            starts.append(at)
            at = text.find(name + " ", at + 1)
    return starts


# Before a given name, these make it part of a word, an address, or a quoted name: a plant's
# cultivar ("Crataegus 'Paul's Scarlet'"), a product or a title.
_NOT_BEFORE: Final = "-./@'‘\"“"
# A possessive after a surname, English or Dutch after a vowel ('Bakker’s', 'Otto's'): no part
# of the name.
_POSSESSIVE: Final = re.compile(r"[´`’']s$")


# An attendance list wrapped inside a name: 'Aanwezig: Wouter\nVermeulen (gemeente Zwolle), ...'
# (persons70 left it). A given name of real use last on its line after the list's label or a
# comma, the surname first on the next line before the entry's bracket or comma (persons72).
_WRAPPED_SURNAME: Final = re.compile(
    rf"[ \u00a0]*\r?\n[ \u00a0]*(?P<second>)(?P<particle>)(?P<surname>{_WORD})(?=[ \u00a0]*[(,])"
)
_ENTRY_BEFORE: Final = re.compile(r"(?:[:,]|\ben)[ \u00a0]*$")


def _wrapped_entry(text: str, word: re.Match[str]) -> re.Match[str] | None:
    if word.group() not in core_given_names() or word.group() in WORD_GIVEN:
        return None
    line_start = text.rfind("\n", 0, word.start()) + 1
    if _ENTRY_BEFORE.search(text, line_start, word.start()) is None:
        return None
    m = _WRAPPED_SURNAME.match(text, word.end())
    if m is None or m.group("surname") in core_given_names():
        return None
    return m


# A name glued to the word before it where a PDF lost the line break: 'Meer infoHenk Molenaar'
# (persons70 left it). A given name of real use (no word's look-alike) right after two or more
# letters in lower case, then a space and a capitalised word; not a brand's or a service's
# camel case ('mijnOverheid', 'eHerkenning'), which no given name follows so (persons72).
# Its lookbehind apart, the body led by the capital: the zero-width pattern was tried at every
# position, the body is tried only at a capital, and starts where the pattern matched
# (throughput35). The two small letters before it are looked back at from the capital, before the
# word after it is read: most capitals follow a blank, and the engine drops them there instead of
# reading the word, a blank and the next capital first and the guard after (throughput39).
_GLUED_GIVEN: Final = re.compile(
    rf"[{_UP}](?<=[{_LOW}]{{2}}[{_UP}])(?=[{_LOW}]{{2,}}[ \u00a0][{_UP}][{_LOW}])"
)


def _glued_given_starts(text: str) -> list[int]:
    core = core_given_names()
    out = []
    for m in _GLUED_GIVEN.finditer(text):
        word = _CAPITAL_WORD.body.match(text, m.start())
        if word is not None and word.group() in core and word.group() not in WORD_GIVEN:
            out.append(m.start())
    return out


# The length from which a word of the language after a given name is no surname (woo49): shorter
# words are names too often for the word list to say ('Kamp', 'Blok' are listed; others not).
_WORD_SURNAME: Final = 10


def _by_given_name(
    text: str, starts: list[int], glued: frozenset[int] = frozenset()
) -> Iterator[Match]:
    given = given_names()
    pos = 0
    for start in starts:
        if start < pos:
            continue
        if start in glued:
            pass  # 'infoHenk Molenaar': the given name glued to the word before
        elif start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE):
            continue
        word = _CAPITAL_WORD.body.match(text, start)
        if word is None:
            continue
        if _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None:
            continue  # a thing named after a person: 'de Amber Alert', 'het Regina Coeli'
        if named_after(text, start):
            continue  # 'Zr. Ms. Karel Doorman', 'het Rijksmuseum Vincent van Gogh'
        m = _AFTER_GIVEN.match(text, word.end()) or _wrapped_entry(text, word)
        if m is None:
            continue
        second, surname, end = m.group("second"), m.group("surname"), m.end("surname")
        if (
            word.group() in WORD_GIVEN
            and word.group() not in given
            and (second or not m.group("particle"))
            and (second or not _of_a_party(text, end))
        ):
            continue  # 'Ben Jansen', 'Mark Agenda': a word's look-alike names no one by itself
        if word.group() in _LISTED_WORD_GIVEN and automaton().exists(surname):
            continue  # 'Hart van Nederland', 'Berg van Holland': a word, then a place or body
        if word.group() in _HEART_OF and (m.group("particle") or "").startswith("van"):
            continue  # 'Hart van de Heuvelrug', 'Hart van Zuid': a region's or a project's heart
        if second in _CAPITAL_PARTICLES and not m.group("particle"):
            pass  # a Flemish particle: 'Wim De Maeseneer'
        elif (
            second in _SURNAME_HEADS
            and not m.group("particle")
            and surname_word(surname)
            and not automaton().exists(surname)
        ):
            pass  # a Saxon double surname: 'Gerald Groot Roessink', 'Ilse Oude Elferink'
        elif second in WORD_GIVEN and second not in given:
            pass  # 'Geert Jan Hamilton': two given names, then the surname
        elif second and second not in given and third_name_end(text, m.start("surname")) is None:
            # 'Pieter Dijkstra Kadaster', 'Martijn Verhoef van het Kadaster': the second word is
            # the surname; only a given name may stand between a given name and the surname.
            surname, end = second, m.end("second")
        if surname in core_given_names() and not m.group("particle"):
            continue  # two given names ('Jan Jaap'); the surname is elsewhere
        # (a name only the larger list holds is a surname after a given name: 'Michael Franz')
        if surname in _FIRM_WORDS:
            continue  # 'Buck Consultants': a firm named after its founder
        if len(surname) >= _WORD_SURNAME and lexicon.common_word(surname):
            # 'Inga op de Inventarisatie': a scanner's OCR layer that capitalised every i ('Alvorens
            # Ik Inga op de Inventarisatie van de ...'); a long word of the language that no listed
            # surname is names no one after a given name (woo49)
            continue
        if word.group().rstrip() in LANGUAGES and surname in LANGUAGES:
            continue  # 'Frans Duits': languages listed, the first a given name's look-alike
        if not _surname_ok(text, surname, end):
            continue
        if surname in _STREET_WORDS and not m.group("particle"):
            continue  # 'de Jan-Willem Straat'; 'Eberhard van der Laan' has a particle
        if word.group() in _DETERMINERS and not _surname_after_determiner(text, surname):
            continue
        if word.group() in _ADDRESS_WORDS and m.group("particle") and not second:
            continue  # a letter's address line: 'Aan de Leden', 'Aan de Bewoners van ...'

        if (
            m.group("particle")
            and not second
            and surname == m.group("surname")
            and surname not in _CAPITAL_PARTICLES
        ):
            end = _second_surname_end(text, end, surname)  # 'Lotte van Basten Batenburg,'

        # a capitalised particle after the hyphen: 'Marjolein Faber-Van de Klashorst' (persons70)
        end = name_end(text, end)
        if possessive := _POSSESSIVE.search(surname):
            end -= len(possessive.group())  # 'Amy Janssen’s plan': the name ends before it
        pos = end
        yield Match("person", start, end, _canonical(text[start:end]))


# A surname of two words after a particle, no hyphen between ('Lotte van Basten Batenburg', 'Inge
# te Riet Scholten'): the second word is the name's where the name ends after it, at a comma, a
# semicolon, a bracket, a table's bar, the line's end or 'en' and the next name, or where a party
# follows it ('Lotte van Basten Batenburg Haagse VVD', a motion's signature) (persons78). Not
# where the word is a place, a region, a body or anything else the gazetteer holds ('Jan van Dijk
# Amsterdam', 'Jan van Dijk Holland'), a given name (the next
# person's: 'Jan de Vries Piet'), a street's, firm's or office's word, a word the text prints in
# lower case, the party's own word ('Rutger de Ridder Haagse VVD'), the surname again, or after a
# capital particle read as the surname ('Ron van De Bloemendoos': his shop).
_SECOND_SURNAME: Final = re.compile(
    rf"{_SP}(?P<word>{_WORD})(?:(?=[ \u00a0]*(?:[,;(|]|\r?\n|$)|{_SP}(?:en|&){_SP}[{_UP}])"
    rf"|{_SP}(?P<party>"
    rf"(?:[{_UP}][{_LOW}]+{_SP})?[{_UP}][\w/-]*(?:{_SP}[{_UP}][\w/-]*)*))"
)


_COMPASS: Final = frozenset(
    ("Noord", "Zuid", "Oost", "West", "Centrum", "Junior", "Senior", "Holland", "Nederland")
)


def _second_surname_end(text: str, end: int, surname: str) -> int:
    m = _SECOND_SURNAME.match(text, end)
    if m is None:
        return end
    word = m.group("word")
    if (
        word == surname  # a word printed twice
        or word in given_names()
        or word in _NOT_SURNAMES
        or word in _STREET_WORDS
        or word in _FIRM_WORDS
        or word in orgnames.HEADS
        or word in _COMPASS
        or not surname_word(word)
        or automaton().exists(word)
    ):
        return end
    if m.group("party") is not None and (
        not _party_at(text, m.start("party")) or _party_at(text, m.start("word"))
    ):
        return end  # no party after it, or the party's own word ('Rutger de Ridder Haagse VVD')
    if _lower_in(text, word):
        return end
    return m.end("word")


def _party_at(text: str, at: int) -> bool:
    """Whether a party's name the gazetteer holds starts at `at`, or after one capitalised word
    ('Haagse VVD')."""
    starts = [at]
    space = text.find(" ", at, at + 30)
    if space != -1:
        starts.append(space + 1)
    for start in starts:
        for found in _gazetteer_find(text[start : start + 40]):
            if found.start == 0 and found.type == "party":
                return True
    return False


# The first word of the double surnames of the east ('Groot Roessink', 'Klein Gunnewiek', 'Oude
# Elferink', 'Olde Monnikhof'): after a given name it and the next capitalised word are the surname,
# whatever follows them (a table's bar, a body in brackets).
_SURNAME_HEADS: Final = frozenset({"Groot", "Klein", "Oude", "Olde"})
# A party after a name ('Nel Dol van GroenLinks', 'Nel Dol (GroenLinks)'): a politician, so a given
# name that is also a word ('Nel', 'Just') names one there.
_PARTY_AFTER: Final = re.compile(
    rf"{_SP}(?:van{_SP}(?:de{_SP})?|\()(?P<party>[{_UP}][\w-]*(?:{_SP}[{_UP}][\w-]*)?)"
)


def _of_a_party(text: str, end: int) -> bool:
    m = _PARTY_AFTER.match(text, end)
    if m is None:
        return False
    known = automaton().get(m.group("party"), None)
    if known is None and " " in m.group("party"):
        known = automaton().get(m.group("party").split()[0], None)
    return known is not None and known[1].type == "party"


# The sentence goes on after a name's third word: a lower-case word or a punctuation mark on
# the same line ('Mohamed Hamdan Dagalo leidt', 'Mohamed Hamdan Dagalo,'); a label, a column or
# a body after a name stands before a line break or a capital.
# A particle and a capital after it start the next name ('Patrick Darwinkel Perry van der Zande').
_GOES_ON: Final = re.compile(
    rf"(?:{_WORD})(?=[ \u00a0]+(?!{_PARTICLE}[ \u00a0]+[{_UP}][{_LOW}])[{_LOW}]|[,;:.)])"
)
# Pronouns, articles and adverbs that open a sentence: no name's third word.
_SENTENCE_OPENERS: Final = frozenset(
    _words(
        "Hun Zijn Haar Hij Zij Ze Wij We Ik Jij Je U Het De Een Deze Dit Die Dat Daar Er Ook Nu "
        "Toen Dan Maar En Want Als Op In Met Voor Na Bij Om Door Volgens Sinds Tijdens"
    )
)
# Offices and work titles printed after a name: 'Jan Jansen Projectleider, ...'.
_OFFICE: Final = re.compile(
    r"(?i:.*(?:secretaris|minister|voorzitter|directeur|president|lid|wethouder|meester|leider|"
    r"hoofd|co[öo]rdinator|adviseur|medewerker|jurist|manager|ambtenaar|official|officer))"
)


def third_name_end(text: str, at: int) -> int | None:
    """Where the name's third word ends if the capitalised word at `at`, after a given name and a
    second capitalised word, is one ('Mohamed Hamdan Dagalo'): the sentence goes on after it, and
    it is no office, body, place or word the text also prints in lower case ('Jan Jansen
    Beleid')."""
    m = _GOES_ON.match(text, at)
    if m is None or _BUILDING_AFTER.match(text, at - 1) is not None:
        return None  # 'Johan Cruijff Arena': a building named after a person
    word = m.group()
    if word in given_names():
        return None  # the next person's given name: 'Patrick Darwinkel Perry van der Zande'
    if word in _NOT_SURNAMES or word in orgnames.HEADS or word in LABEL_WORDS:
        return None
    if word in _SENTENCE_OPENERS:
        return None  # a caption before a sentence: 'Noor Peeters Hun gedeelde interesse ...'
    if word in _STREET_WORDS or STREET_END.search(word) or _OFFICE.fullmatch(word):
        return None
    if automaton().exists(word) or word.lower() in text:
        return None
    return m.end() if _BUILDING_AFTER.match(text, m.end()) is None else None


# Given names that are also a determiner opening a sentence or a table's cell: 'Elke Regeltekst
# heeft ...', 'Elke Europese burger ...'.
_DETERMINERS: Final = frozenset({"Elke"})
# A given name's look-alike that opens a letter's address line, a particle's look-alike after it:
# 'Aan de Leden' (the Presidium's letters), 'Aan de Bewoners van ...' (persons79).
_ADDRESS_WORDS: Final = frozenset({"Aan"})
_INFLECTED: Final = re.compile(r"\w{3,}(?:se|sche|lijke|ele|ieke|bare|ige|nde)")


def _surname_after_determiner(text: str, surname: str) -> bool:
    """After such a name a surname is no inflected adjective ('Europese') and no word the text
    prints in lower case too ('regeltekst')."""
    if _INFLECTED.fullmatch(surname):
        return False
    return surname.lower() not in text


def _attendees(text: str) -> tuple[list[Match], list[Match]]:
    """'Name (Body)' items and 'Name (role)': the persons, and the bodies their brackets name."""
    items: list[tuple[Match, list[tuple[int, str]], bool, int]] = []
    pos = text.find("(")
    while pos >= 0:
        brackets = _BRACKETS.match(text, pos)
        # A name ends right before (a letter, at most a space and a line break between), and
        # the brackets start with a letter ('(vz)', '(Geonovum)'; not '(2024)', '(«...»)').
        before = text[max(0, pos - 4) : pos].rstrip()
        named = None
        opens = text[pos + 1 : pos + 2]
        if brackets is not None and before and before[-1].isalpha() and opens.isalpha():
            window = text[max(0, pos - 60) : pos]
            named = _NAME_BEFORE.search(window, _last_words_start(window))
        if brackets is None or named is None:
            pos = text.find("(", pos + 1)
            continue
        start = pos - len(window) + named.start("name")
        end = pos - len(window) + named.end("name")
        label = re.match(r"(\S+)\s+", text[start:end])
        if label is not None and label.group(1) in LABEL_WORDS:
            start += label.end()  # 'Auteurs Marije Oudejans (Centerdata)': the label's line
        insides = [
            (b.start(1), b.group(1)) for b in _ONE_BRACKET.finditer(text, pos, brackets.end())
        ]
        role = any(_ROLES.fullmatch(inside.strip()) for _, inside in insides)
        name = text[start:end]
        if all(_REMARK.fullmatch(inside.strip()) for _, inside in insides):
            pos = text.find("(", brackets.end())
            continue  # 'Brokje Anders (inclusief verplicht opmerkingen veld)': a table's remark
        if (
            not any(_acronym_of(inside, name) for _, inside in insides)
            and _words_ok(name)
            and _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is None
        ):
            person = Match("person", start, end, _canonical(name))
            items.append((person, insides, role, brackets.end()))
        pos = text.find("(", brackets.end())
    listed = _a_list(text, [(person, end) for person, _, role, end in items if not role])
    persons, bodies = [], []
    for person, insides, role, _ in items:
        if not (role or listed):
            continue
        persons.append(person)
        if holds_a_portfolio(text, person.start):
            continue  # 'de wethouders Frank Speel (Zorg) en Frans Muijzers (Wonen)'
        for at, inside in insides:
            body = _body(inside, at)
            if body is not None and not _own_name(body.canonical, person.canonical):
                bodies.append(body)
    return persons, bodies


# An office whose holder's brackets name the portfolio, not a body: 'wethouder Frank Speel
# (Zorg)', 'de gedeputeerden A (Mobiliteit) en B (Natuur)'. The office word opens the clause the
# person stands in (no sentence or clause mark between), at most three brackets back.
_PORTFOLIO_OFFICE: Final = re.compile(
    r"(?<![\w-])(?:[Ww]ethouders?|[Gg]edeputeerden?|[Pp]ortefeuillehouders?|[Mm]inisters?|"
    r"[Ss]taatssecretaris(?:sen)?)(?![\w-])"
)
_PORTFOLIO_REACH: Final = 120


def holds_a_portfolio(text: str, start: int) -> bool:
    """The person at `start` is named after an office word that has portfolios."""
    before = text[max(0, start - _PORTFOLIO_REACH) : start]
    ends = [m.end() for m in _PORTFOLIO_OFFICE.finditer(before)]
    if not ends:
        return False
    between = before[ends[-1] :]
    return not any(c in between for c in ".;:\n") and between.count("(") <= 3


def _own_name(body: str, person: str) -> bool:
    """'Pieter Omtzigt (Omtzigt)': a member's one-person Kamer group bears his surname; the
    brackets name no body."""
    return len(person) > len(body) and person.endswith(" " + body)


# A remark in brackets, three lower-case words or more: no body and no role; or a table
# column's period or unit ('Beschikbaar Budget (Jaar) Betalingen Realisatie (Maand) ...
# (Cumulatief)', a UWV budget table; orgsW47).
_REMARK: Final = re.compile(
    r"[a-zà-ÿ]+(?:[ \t\u00a0\r\n]+[a-zà-ÿ/-]+){2,}"
    r"|(?:Jaar|Maand|Week|Kwartaal|Dag|Cumulatief|Totaal|Gemiddeld|Aantal|Bedrag|Euro)"
)


# What stands between two items of an attendance list: a comma, a semicolon, 'en', a bullet.
_BETWEEN_ITEMS: Final = re.compile(r"(?:[\s,;/•·–-]|\ben\b)*")


def _a_list(text: str, items: list[tuple[Match, int]]) -> bool:
    """Two items or more, two of them next to each other ('Jorien Veldkamp (Geonovum), Thijs
    Boersen (...)') or one opening with a given name a listed person bears. Terms with their
    abbreviation spread over a page ('SEPA Credit Transfers (SCT)', 'Volgens de
    Finaliteitsrichtlijn (Directive 98/26/EC)') are no list of people."""
    if len(items) < 2:
        return False
    for (_, end), (nxt, _) in itertools.pairwise(items):
        if _BETWEEN_ITEMS.fullmatch(text, end, nxt.start) is not None:
            return True
    given = given_names()
    return any(text[p.start : p.end].split()[0] in given for p, _ in items)


def _words_ok(name: str) -> bool:
    words = name.split()
    return not any(
        w in orgnames.HEADS or w in _NOT_SURNAMES or w in LABEL_WORDS for w in words
    ) and not any(STREET_END.search(w) for w in words)


def _acronym_of(inside: str, name: str) -> bool:
    """'Outbreak Management Team (OMT)': the brackets abbreviate the name; no person."""
    capitals = "".join(c for c in inside if c.isupper())  # "(JIT's)", "(RvS)"
    # a hyphenated word gives each part's capital, and a sentence's opening word is no word of
    # the term: 'Welke Non-Governementele Organisaties (NGO's)' (orgsK47's fresh check: an
    # answer whose 'Name (Party)' items elsewhere made it read as one more)
    words = name.split()
    while len(words) > 1 and words[0] in orgnames.LEADING:
        words.pop(0)
    initials = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
    return len(capitals) >= 2 and len(initials) >= 2 and capitals.endswith(initials)


def _body(inside: str, at: int) -> Match | None:
    lead = len(inside) - len(inside.lstrip())
    text = inside.strip().split(",")[0]
    town = _MUNICIPALITY.match(text)
    if town is not None:
        place = " ".join(town["place"].split())
        return Match("organization", at + lead, at + lead + town.end(), f"gemeente {place}")
    m = _BODY.match(text)
    if m is None or _ROLES.fullmatch(m.group()) or m.group().split()[0] in _NOT_A_BODY:
        return None
    office = _OFFICE_WORDS.match(text)
    if office is not None and not text[office.end() : office.end() + 1].isalpha():
        # the person's office, not a body: 'Kajsa Ollongren (Minister van Defensie, red.), Hans
        # Vijlbrief (Staatssecretaris Mijnbouw, red.)'; a 'Ministerie', 'Lidl' is one (letters62)
        return None
    body = m.group().rstrip(".-")
    if len(body) < 2 or body.isdigit():
        return None
    return Match("organization", at + lead, at + lead + len(body), " ".join(body.split()))


# A cell of a 'Leden | Departement' table after a member's name: one to three capitalised words
# ('Kadaster', 'Gem Den Haag', 'Logius Standaarden').
_CELL: Final = re.compile(
    rf"[ \u00a0]*(?P<body>[{_UP}][\w&'\-]*(?:[ \u00a0]+[{_UP}][\w&'\-]*){{0,2}})[ \u00a0]*"
)
_OFFICE_WORDS: Final = re.compile(
    r"(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|[Dd]irecteur|[Ss]ecretaris|[Ll]id|[Gg]riffier)"
)


# A member a table row names by initials: 'L. Rutte', 'A.Velthuis', 'M. vden Brink'. Only on a row
# that names a member by given name too (elsewhere 'A. Inleiding' is a heading).
_INITIALLED: Final = re.compile(
    rf"(?<![\w.])(?:[{_UP}]\.[ \u00a0]?){{1,4}}(?:{_PARTICLE}{_SP})?{_WORD}(?![\w\-])"
)


def _table_rows(text: str, persons: list[Match]) -> Iterator[tuple[Match, list[Match], int]]:
    """Rows of a members table ('Eric Brouwer ICTU L. Rutte BKWI'): a line with a member named by
    given name, two members or more, no punctuation but initials' dots. Yields each member, the
    members initials name (new persons), and where the member's cell ends."""
    by_line: dict[int, list[Match]] = {}
    for p in persons:
        by_line.setdefault(text.rfind("\n", 0, p.start) + 1, []).append(p)
    for line_start, named in by_line.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if any(c in line for c in ",;:()") or len(line) > 160:
            continue
        initialled = [
            Match("person", line_start + m.start(), line_start + m.end(), _canonical(m.group()))
            for m in _INITIALLED.finditer(line)
            if not any(
                line_start + m.start() < n.end and n.start < line_start + m.end() for n in named
            )
            and m.group().split()[-1] not in _NOT_SURNAMES
            and m.group().split(".")[-1].strip() not in orgnames.HEADS
        ]
        members = sorted([*named, *initialled], key=lambda m: m.start)
        if len(members) < 2:
            continue
        for i, member in enumerate(members):
            stop = members[i + 1].start if i + 1 < len(members) else line_end
            yield member, initialled, stop


def _table_cells(text: str, persons: list[Match]) -> Iterator[Match]:
    """The body after each member on a table row ('Eric Brouwer ICTU Frank Samwel Gem Den
    Haag'), and the members the row names by initials."""
    added: set[tuple[int, int]] = set()
    for member, initialled, stop in _table_rows(text, persons):
        for m in initialled:
            if (m.start, m.end) not in added:
                added.add((m.start, m.end))
                yield m
        cell = _CELL.fullmatch(text, member.end, stop)
        if cell is None or _OFFICE_WORDS.match(cell["body"]):
            continue
        if _names_only(text, member, stop, persons) and _a_name(cell["body"]):
            # 'Ronald van der Mark André Oostdijk Rachel Beerepoot Hessel Heins': a row of names
            # (an author line), the last of them one no list knows
            yield Match("person", cell.start("body"), cell.end("body"), _canonical(cell["body"]))
            continue
        body = " ".join(cell["body"].split())
        town = _MUNICIPALITY.fullmatch(body.replace("Gem ", "gem ", 1))
        name = f"gemeente {town['place']}" if town else body
        yield Match("organization", cell.start("body"), cell.end("body"), name)


def _names_only(text: str, last: Match, stop: int, persons: list[Match]) -> bool:
    """The row's members before `last` stand next to each other, no cell between them: the row
    names people only, and `last` is its last member (its cell runs to the line's end)."""
    line_start = text.rfind("\n", 0, last.start) + 1
    line_end = text.find("\n", last.start)
    if stop != (len(text) if line_end < 0 else line_end):
        return False
    row = sorted((p for p in persons if line_start <= p.start < last.start), key=lambda p: p.start)
    if len(row) < 2:
        return False
    spans = [*row, last]
    return all(not text[a.end : b.start].strip() for a, b in itertools.pairwise(spans))


_PERSON_CELL: Final = re.compile(rf"{_WORD}[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_WORD}")


def _a_name(cell: str) -> bool:
    """A given name and a surname: two capitalised words (a particle between), none of them an
    organisation's or an office's word."""
    return _PERSON_CELL.fullmatch(cell.strip()) is not None and _words_ok(cell)


def contacts_below(segments: list[Segment]) -> list[tuple[Segment, Match]]:
    """The contact person opening a segment whose segment above, on the same page, is the
    contact label alone (a letterhead printed 'Inlichtingen bij' and 'Edwin Wisse' as blocks of
    their own)."""
    out = []
    for above, seg in itertools.pairwise(segments):
        label = above.text.strip()
        if above.page != seg.page or len(label) > 40 or _LABEL_ALONE.fullmatch(label) is None:
            continue
        shift = len(label) + 1
        found = next(_contacts(f"{label}\n{seg.text}"), None)
        if found is not None and found.start >= shift:
            out.append(
                (seg, Match(found.type, found.start - shift, found.end - shift, found.canonical))
            )
    return out


_LABEL_ALONE: Final = re.compile(_LABELS)


# A letter's contact line without its label: initials and a surname before a telephone number,
# 'I. Jansma (050) 316 4110', 'J. de Boer 070 - 456 7890', 'K. Smit 06-12345678'.
# A Dutch number has ten digits ('0' and the area code included).
_PHONE: Final = re.compile(
    r"(?:\(0\d{1,3}\)|0\d{1,3})[ \u00a0]*-?[ \u00a0]*"
    r"\d{2,4}[ \u00a0-]?\d{2,4}(?:[ \u00a0]?\d{2})?(?!\d)"
)
_BEFORE_PHONE: Final = re.compile(
    rf"(?<![\w.\-/@])(?P<name>(?:[{_UP}]\.[ \u00a0]?){{1,5}}(?:{_PARTICLE}{_SP})?{_WORD})[ \u00a0]+"
)
_NAME_REACH: Final = 80  # initials, a particle and a long surname before the number


def _before_phones(text: str) -> Iterator[re.Match[str]]:
    """The contact's name right before each ten-digit number, read back from the numbers: a
    text holds few numbers and many initials."""
    for phone in _PHONE.finditer(text):
        if sum(c.isdigit() for c in phone.group()) != 10:
            continue
        end = phone.start()
        for start in range(max(0, end - _NAME_REACH), end):  # the leftmost name that ends there
            if text[start + 1] != ".":
                continue  # a name starts with an initial: no pattern need be tried elsewhere
            m = _BEFORE_PHONE.fullmatch(text, start, end)
            if m is not None:
                yield m
                break


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_CONTACT_STEMS_SET: Final = frozenset(_CONTACT_STEMS)


def _contacts(text: str) -> Iterator[Match]:
    found = (
        (
            m
            for m in _before_phones(text)
            # 'C. Kosten (070) ...' where the text has 'de kosten': a heading's word, no surname
            if m.group("name").split()[-1].lower() not in text
        )
        if "0" in text
        else iter(())
    )
    if not read(text).cues.isdisjoint(_CONTACT_STEMS_SET):  # find's text, never a slice of it
        found = itertools.chain(_CONTACT.finditer(text), found)
    for m in found:
        name = m.group("name")
        if _words_ok(name) and _surname_ok(text, name.split()[-1], m.end("name")):
            yield Match("person", m.start("name"), m.end("name"), _canonical(name))


def _canonical(name: str) -> str:
    return " ".join(name.split())


# A given name, a particle and a listed place: a surname named after a place ('Jan van Dongen',
# 'Monique van Weert', 'Els ter Apel'), which the place's name must not take from the person.
_PLACE_SURNAME: Final = re.compile(
    rf"{_WORD}[ \u00a0]+(?:van[ \u00a0]+(?:der|den|de)|van|ter|ten|uit[ \u00a0]+de[n]?)"
    rf"[ \u00a0]+(?P<place>{_WORD})(?![\w-])"
)


def place_surnames(text: str, given: list[int]) -> list[Match]:
    """The persons `_by_given_name` reads at `given` whose surname is a particle and a listed
    place, read before the lists' pass so that the place does not win (see _PLACE_SURNAME)."""
    starts = []
    for start in given:
        m = _PLACE_SURNAME.match(text, start)
        if m is None:
            continue
        known = automaton().get(m.group("place"), None)
        if known is not None and known[1].type == "location":
            starts.append(start)
    if not starts:
        return []
    return [
        m
        for m in _by_given_name(text, starts)
        if (p := _PLACE_SURNAME.match(text, m.start)) is not None and p.end() == m.end
    ]


# A given name the list lacks before 'van' and a surname, in running text: 'de mondkapjesdeal met
# Sywert van Lienden en zijn zakenpartners' (persons56 and persons71 left it). The shape alone names
# bodies and titles as often ('het Ministerie van Financiën', 'de Raad van State', 'de Prins van
# Oranje', 'het Hof van Justitie'), so the name must stand inside a sentence (a word in lower case
# or a comma before it), its first word no body's head, office, title or month, no word the lists
# know and none the text prints in lower case, with no noun's ending ('Koninkrijk', 'Ministerie',
# 'Rekenkamer'); the surname no listed place or body, no office or street, and no capitalised word
# after it (a firm: 'Van Lienden Holding') (persons72).
_UNLISTED_GIVEN: Final = re.compile(
    rf"(?P<given>[{_UP}][{_LOW}]{{3,8}})[ \u00a0](?P<particle>van(?:[ \u00a0](?:der|den|de))?)"
    rf"[ \u00a0](?P<surname>[{_UP}][{_LOW}]{{2,13}}(?:-[{_UP}][{_LOW}]+)?)(?![\w-])"
    rf"(?![ \u00a0]+(?:[{_UP}]|van[ \u00a0]))"
)
_GIVEN_BEFORE: Final = re.compile(rf"(?<![\w.\-/@'’])[{_UP}][{_LOW}]{{2,11}}$")
_BEFORE_IN_SENTENCE: Final = re.compile(rf"(?:[{_LOW}]{{2,}}|,)[ \u00a0]+$")
# A name takes no article, determiner or adjective before it; a noun does ('de Rechten van de
# Mens', 'het Verdrag van Istanbul', 'de Kamers van Koophandel', 'het Europese Stelsel van ...').
_DETERMINER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Hh]et|[Ee]en|der|des|den|zijn|haar|hun|onze?|uw|mijn|deze|dit|die|dat|"
    r"elke|ieder|iedere|alle|geen|welke|wiens|wier|[a-zà-ÿ]{2,}e)[ \u00a0]+$"
)
# A plural's, an agent noun's or a compound's ending ('Kamers', 'Raden', 'Houders', 'Register',
# 'Verdrag', 'Stelsel'): the sweep's capitalised nouns before 'van'; a given name the list lacks
# seldom ends so.
_NOUN_END: Final = re.compile(
    r"(?:s|en|er|el|ag|ce|ie|heid|ing|schap|raad|kamer|huis|hof|bank|wet|dienst|fonds|rijk|stad|land|"
    r"school|college|instituut|museum|centrum|bureau|tuin|markt|haven|poort|veld|dijk|berg|"
    r"eiland|zee|meer|kerk|orde|akte|nota|brief|plan|prijs|zaal|agent|ent|ant|eur|aat|tor|ist)$"
)
# An adjective's, a plural's or an abstract noun's ending after 'van': no surname.
_NOT_A_SURNAME_END: Final = re.compile(r"(?:e|ing|isme|ies|ers|aars|ties|heid|schap)$")
_NOBLE: Final = frozenset(
    _words(
        "Prins Prinses Koning Koningin Graaf Gravin Hertog Hertogin Baron Barones Keizer Paus "
        "Bisschop Ridder Jonker Heer Vrouwe Vorst Vorstin Markies Burggraaf Stadhouder Huize"
    )
)


# An office's or a unit's first half before its '-generaal' printed apart ('het Directoraat
# Generaal van de Arbeid', a Woo file's 1982 report; 'Directeur Generaal van der Berg'): that
# 'Generaal' is the office's, no given name.
_GENERAAL_OFFICE: Final = re.compile(
    r"(?<![\w-])(?:[Dd]irectoraat|[Dd]irecteur|[Ss]ecretaris|[Ii]nspecteur|[Pp]rocureur|"
    r"[Aa]dvocaat)[ \u00a0]*\r?\n?[ \u00a0]*$"
)


def _no_given_before_van(text: str, given: str, start: int) -> bool:
    """'Hart van de Heuvelrug', '(Directoraat) Generaal van de Arbeid': a word before 'van' that
    names no one there."""
    if given in _HEART_OF:
        return True
    if given != "Generaal":
        return False
    return _GENERAAL_OFFICE.search(text, max(0, start - 14), start) is not None


def unlisted_given_ok(text: str, given: str) -> bool:
    """`given`, a word the given names' list lacks, may be one before a particle and a surname:
    no office, title, label, body's head or month, no noun's ending, no word the lists know and
    none `text` prints in lower case (labelends.py's authors too)."""
    return not (
        given in _NOT_SURNAMES
        or given in _NOBLE
        or given in LABEL_WORDS
        or given in orgnames.HEADS
        or _NOUN_END.search(given.lower())
        or automaton().exists(given)
        or _lower_in(text, given)
    )


def _unlisted_given(text: str) -> Iterator[Match]:
    listed = given_names()
    at = text.find(" van ")
    while at != -1:
        here = at
        at = text.find(" van ", at + 4)
        before = _GIVEN_BEFORE.search(text, max(0, here - 13), here)
        if before is None or (m := _UNLISTED_GIVEN.match(text, before.start())) is None:
            continue
        given, surname = m.group("given"), m.group("surname")
        if given in listed:
            continue  # a listed given name: its own rule reads it
        if _BEFORE_IN_SENTENCE.search(text, max(0, m.start() - 40), m.start()) is None:
            continue  # a heading's, a line's or a sentence's first word
        if _DETERMINER_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
            continue  # 'het Verdrag van Istanbul': a noun, not a given name
        if not unlisted_given_ok(text, given) or _no_given_before_van(text, given, m.start()):
            continue
        if not _surname_ok(text, surname, m.end()) or automaton().exists(surname):
            continue
        if _NOT_A_SURNAME_END.search(surname) or surname in core_given_names():
            continue  # 'van Surinaamse', 'van Zorgaanbieders', 'van Terrorisme', 'van Merijn'
        name = " ".join(text[m.start() : m.end()].split())
        if automaton().exists(name):
            continue
        yield Match("person", m.start(), m.end(), name)


def find(text: str, given: list[int] | None = None) -> list[Match]:
    """Persons (and the bodies of attendees) that do not overlap one another. `given`: where
    given names stand, if the caller found them already."""
    persons, bodies = _attendees(text) if "(" in text else ([], [])
    contacts = list(_contacts(text))
    starts = given_starts(text) if given is None else given
    if compound := hyphened_given_starts(text):
        starts = sorted({*starts, *compound})
    if persons or contacts:
        # A given name an attendee or a contact bears is one for the rest of the text too.
        learned = frozenset(m.canonical.split()[0] for m in [*persons, *contacts])
        starts = sorted({*starts, *_learned_starts(text, learned)})
    unlisted = list(_unlisted_given(text)) if " van " in text else []
    glued = _glued_given_starts(text)
    if glued:
        starts = sorted({*starts, *glued})
    if not (starts or persons or contacts or unlisted):
        return []
    named = [*persons, *contacts, *_by_given_name(text, starts, frozenset(glued)), *unlisted]
    cells = list(_table_cells(text, named)) if "\n" in text else []
    out: list[Match] = []
    for m in [*named, *bodies, *cells]:
        if not any(m.start < o.end and o.start < m.end for o in out):
            out.append(m)
    return out


# A name set in capitals in a letter's heading or signature ('de Heer PIET HEIN DONNER', 'als
# opvolger van GUUSJE TER HORST', 'ERNST HIRSCH BALLIN.') (persons70): a whole run of two to four
# capitalised words, the first a given name of real use (core_given_names). A first word of two
# letters is an abbreviation ('AB WATERSCHAPSBLAD'); one of three or a word's look-alike names
# a person only before a particle ('JAN DE VRIES'; not 'ISA SEMIC', 'ELKE REGIO TELT'). No
# particle last, no run of given names only ('JAN PIETER'), no word the gazetteer knows titled or
# in capitals ('ISE ICTU'), no street's, office's or firm's word ('JAN PIETERSZOON COENSTRAAT'),
# and no word the same text prints in lower case ('PIET KLAAS ROOS' beside 'een roos').
_CAPS_WORD: Final = r"(?:IJ|[A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ]+(?:-[A-ZÀ-ÖØ-Þ]{2,})?"
_CAPS_RUN: Final = re.compile(
    rf"(?<![\w-])(?<![A-ZÀ-ÖØ-Þ][ \u00a0])(?P<run>{_CAPS_WORD}(?:[ \u00a0]{_CAPS_WORD}){{1,3}})"
    r"(?![\w-])(?![ \u00a0][A-ZÀ-ÖØ-Þ]{2})"
)
_CAPS_PARTICLES: Final = frozenset({"VAN", "DE", "DER", "DEN", "TER", "TEN", "TE", "VON"})
# Whether a text has three capitals, a space and two more, asked of each kind of space by a
# pattern led by that space, the capitals looked back at: led by the capitals' class, every
# character of the text was tested against it (throughput35); a literal is compared, and the rest
# tried at spaces alone (throughput38).
_CAPS_GATE: Final = re.compile(r" (?<=[A-Z]{3} )[A-Z]{2}")
_CAPS_GATE_NBSP: Final = re.compile("\u00a0(?<=[A-Z]{3}\u00a0)[A-Z]{2}")


def _caps_gate(text: str) -> bool:
    """Whether `[A-Z][A-Z]{2,}[ \\u00a0][A-Z]{2,}` matches in `text`."""
    return _CAPS_GATE.search(text) is not None or (
        "\u00a0" in text and _CAPS_GATE_NBSP.search(text) is not None
    )


# Given names that are Dutch or English words a heading or a glossary sets in capitals ('ELKE
# REGIO TELT', 'TINY HOUSE'), written by hand (persons70): first in a run of capitals no name.
_CAPS_WORD_GIVEN: Final = frozenset(
    {"Elke", "Tiny", "Hope", "Grace", "Joy", "Will", "May", "June", "April", "Rose", "Art", "Bill"}
)


def _title_word(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _lower_in(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _caps_name(text: str, words: list[str]) -> str | None:
    first = _title_word(words[0])
    if len(words[0]) < 3 or first not in core_given_names() or words[-1] in _CAPS_PARTICLES:
        return None
    if first in _CAPS_WORD_GIVEN:
        return None
    if (len(words[0]) < 4 or first in WORD_GIVEN) and words[1] not in _CAPS_PARTICLES:
        return None
    rest = [w for w in words[1:] if w not in _CAPS_PARTICLES]
    titled = [_title_word(w) for w in rest]
    if all(w in core_given_names() for w in titled):
        return None
    name = " ".join(w.lower() if w in _CAPS_PARTICLES else _title_word(w) for w in words)
    if automaton().exists(name) or any(automaton().exists(w) for w in [*titled, *rest]):
        return None
    if not all(surname_word(w) and w not in _FIRM_WORDS for w in titled):
        return None
    if any(_lower_in(text, w) for w in [words[0], *rest]):
        return None  # a word the text prints in lower case too
    return name


def _in_a_sentence_or_signed(text: str, start: int, end: int) -> bool:
    """The run stands in a line with lower-case words ('de Heer PIET HEIN DONNER Datum:'), or
    alone under a closing's comma ('Hoogachtend,\n\nJAN DE VRIES'); a line of capitals alone is
    a heading or a list's cell, which the listed people's rule reads in full form only
    ('PIETER OMTZIGT' names no one there)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(c.islower() for c in line):
        return True
    return text[:line_start].rstrip().endswith(",")


# A courtesy title before a surname in capitals: 'de heer HIRSCH BALLIN', 'mevrouw VAN DER
# HOEVEN' (a Handelingen' index and older minutes set the speaker's surname so; persons69/70 left
# it). The title says a person follows; a listed body's or party's letters ('de heer CDA') or a
# word of two letters are none (persons72).
_COURTESY_CAPS: Final = Guarded(
    r"(?<![\w-])",
    # (each title in both cases: alternatives led by a literal give the engine a first character)
    r"(?:De[ \t\u00a0]+[Hh]eer|de[ \t\u00a0]+[Hh]eer|Mevrouw|mevrouw|Dhr\.|dhr\.|Mevr\.|mevr\.|Mw\."
    r"|mw\.)[ \t\u00a0]+"
    rf"(?P<name>(?:(?:VAN|DE|DER|DEN|TER|TEN|VON)[ \t\u00a0]+){{0,2}}{_CAPS_WORD}"
    rf"(?:[ \t\u00a0]+(?!(?:VAN|DE|EN|OF)(?![\w-])){_CAPS_WORD})?)(?![\w-])(?![ \t\u00a0]*\.[A-Z])"
    # a longer run of capitals is the capitals' rule's: 'de Heer PIET HEIN DONNER'
    r"(?![ \t\u00a0]+[A-ZÀ-ÖØ-Þ]{2})",
)


def _courtesy_capitals(text: str) -> Iterator[Match]:
    for m in _COURTESY_CAPS.finditer(text):
        words = m.group("name").split()
        if _title_word(words[0]) in core_given_names() and len(words) > 1:
            continue  # 'de heer PIET HEIN': a given name first, the capitals' rule reads it
        rest = [w for w in words if w not in _CAPS_PARTICLES]
        if any(len(w) < 3 or automaton().exists(w) for w in rest):
            continue  # 'de heer CDA', 'mevrouw NN': letters, no surname
        titled = [_title_word(w) for w in rest]
        if any(automaton().exists(w) for w in titled):
            continue  # 'mevrouw UTRECHT': a listed place or body
        lead = words[0] in _CAPS_PARTICLES
        name = " ".join(
            (w.capitalize() if i == 0 else w.lower()) if w in _CAPS_PARTICLES else _title_word(w)
            for i, w in enumerate(words)
        )
        if lead or not any(w in _CAPS_PARTICLES for w in words):
            yield Match("person", m.start("name"), m.end("name"), name)


def capitals(text: str) -> Iterator[Match]:
    """Persons whose names are set in capitals, a known given name first."""
    if not read(text).cues.isdisjoint(COURTESY_CUES):
        yield from _courtesy_capitals(text)
    if not _caps_gate(text):
        return
    for m in _CAPS_RUN.finditer(text):
        if not _in_a_sentence_or_signed(text, m.start(), m.end()):
            continue
        if name := _caps_name(text, m.group("run").split()):
            yield Match("person", m.start("run"), m.end("run"), name)
