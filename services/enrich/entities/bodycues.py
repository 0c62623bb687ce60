"""Bodies no list holds, named by what is said around them (orgs78, issue #12).

Each rule reads a body's name from a cue that only a body takes; a name that is a place's, a
person's (a given name, a listed person's or a cabinet member's surname) or a word that opens a
sentence is none, and a name a list knows is left to the list.

- a firm's name before its plant's, its report's or its group's word: 'de Nemef fabriek', 'het
  Stec-rapport', 'de CMN-groep'. A report named after a capitalised word is as often named after
  a person ('het Donner-rapport'), so that word must be no listed surname or given name, and
  the report's compound is read with a hyphen only; a group's compound after an abbreviation only
  ('BC-groep', not 'Werkgroep'); an abbreviation's report or study is as often an instrument's
  ('het DPIA-rapport', 'NAH onderzoek'), so none;
- one example of a singular kind after 'als': 'een instelling als het Internationaal
  Danstheater', 'een bedrijf als Nemef';
- a name quoted after its kind: 'Jeugdinrichting «Het Poortje»', 'de stichting "De Brug"';
- the staff of a body: '(oud-)medewerkers van DSB', 'het personeel van X', 'topman van X';
- an employer: 'bij Nemef in dienst', 'in dienst van DSB';
- a parent and its firm: 'Assa Abloy, de moeder van Nemef', 'X, het moederbedrijf van Y' (the
  bare 'moeder' only where the sentence speaks of a business: 'bedrijfs...');
- an abbreviation with a province: 'ROM Zuid-Holland', 'FBE Fryslân' (a party's branch, 'VVD
  Zuid-Holland', is listed as the party: none here);
- a production company: 'MATZER Theaterproducties';
- a legal form before the name: 'NV de Poorterij';
- a working group by its name before 'Werkgroep': 'de Landelijke India Werkgroep';
- a body named by one compound of its head after an article: 'de Mutsaersstichting', 'het
  Hunebedcentrum' (not a kind's compound: 'het Kenniscentrum');
- a regional college and a village's cooperative: 'ROC Beeld en Geluid', 'dorpscoöperatie Meeden';
- an abbreviation glossed in brackets whose capitals it is, the gloss ending in a body's word:
  'KCARS (Kunst- en CultuurAdviesRaad Schagen)' (a law's or a scheme's gloss is none);
- (orgs79) a body's representatives: 'de vertegenwoordigers van Applied Ethics Associates';
- (orgs79) a partner or a contractor: 'in samenwerking met INNOVO', 'in opdracht van X',
  'gegund aan X': an abbreviation in capitals or a name of two or three capitalised words, never
  a person's shape (a given name, a particle, a listed surname) nor a system's ('DigiD');
- (orgs79) the naming pattern 'Huis voor ...': 'het Huis voor de Klokkenluiders'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import people
from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.scan import Guarded
from services.enrich.words import read

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_NAME_WORD: Final = rf"[{_UPPER}][\w'’&]*(?:-[\w'’&]+)*"
_SP: Final = r"[ \t\u00a0]+"
# (The first capital apart: the alternatives that start with an abbreviation or a capitalised word
# then share their first class, which the engine jumps to; throughput39.)
_ABBR: Final = rf"[{_UPPER}][{_UPPER}]{{1,5}}"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open a sentence or a title, or name no body of their own.
_NOT_NAMES: Final = _words(
    "De Het Een Deze Dit Die Dat Er In Op Bij Van Voor En Of Als Ook Maar Ik Wij Zij Hij U "
    "Met Naar Over Uit Om Aan Tot Door Zo Nu Dan Daar Hier Wel Niet Geen Alle Elk Ieder "
    "Welk Welke Volgens Zoals Omdat Toen Daarom Echter Tevens Hierbij Daarnaast Bovendien "
    "Inmiddels Sinds Kamer Minister Staatssecretaris Rijk Staat Overheid Ministerie "
    "Nederland Nederlandse Europese Nieuwe Oude Grote Kleine Eerste Tweede Derde Vraag "
    "Antwoord Bijlage Gemeente Provincie Regering Kabinet"
)
# Abbreviations of things, not bodies: schemes, laws, sectors, measures, reports' kinds.
_NOT_BODIES: Final = _words(
    "IBO MKBA KBA MER EU VN NL BNP WOZ OZB AOW ANW BSN MKB ICT AI CO PFAS BIS NOW TVL TOGS "
    "COL EK WK OV AO SO WGO NB AVG BTW WMO WLZ ZVW PGB GGZ CAO PDF HTML "
    "OK VS USA UK BV NV CEO CFO TV "
    # instruments and assessments a body carries out, not bodies (orgs79: 'in samenwerking met'):
    "DPIA AIIA IAMA BIA PIA MKBA NAH ZRK"
)


@cache
def _given() -> frozenset[str]:
    return frozenset(given_names())


@cache
def listed_surnames() -> frozenset[str]:
    """The last word of every listed person's name: 'Donner' of 'Piet Hein Donner', whose
    report 'het Donner-rapport' is (a report named after a chair)."""
    return frozenset(row["canonical"].split()[-1] for row in rows("people.tsv"))


def _known_type(word: str) -> str | None:
    for auto in (automaton(), people.automaton()):
        got = auto.get(word, None)
        if got is not None:
            return str(got[1].type)
    return None


def _opens_listed(name: str) -> bool:
    """Whether a listed name opens `name`: 'Economische Zakenen' (a body of two words or more
    glued to the next word) is the list's to read; a one-word form only as a whole word ('AD'
    does not open 'ADVIES')."""
    for end, (size, _) in automaton().iter(name):
        if end + 1 != size:
            continue
        if " " in name[:size] or size == len(name) or not name[size].isalnum():
            return True
    return False


def a_name(words: list[str]) -> bool:
    """Whether the words may name an unlisted body: the first no sentence word, no given name,
    no word a list holds as a place or a person, and no listed name opening them."""
    if not words or words[0] in _NOT_NAMES or len(words[0]) < 2:
        return False
    if _opens_listed(" ".join(words)):
        return False
    if words[0] in _given():
        return False
    for w in words:
        kind = _known_type(w)
        if kind is not None and kind != "organization":
            return False
    return automaton().get(" ".join(words), None) is None


def abbr_ok(word: str) -> bool:
    return word not in _NOT_BODIES and automaton().get(word, None) is None


# 1. A firm's name before its plant's, report's or group's word.
_HYPHENED: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<name>{_ABBR}|[{_UPPER}][a-zà-ÿ]{{2,}})-"
    r"(?P<word>rapport|rapporten|onderzoek|studie|advies|fabriek|fabrieken|groep)(?![\w-])",
)
_SPACED: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:de|het|De|Het){_SP}(?P<name>{_ABBR}|{_NAME_WORD}){_SP}"
    r"(?P<word>fabriek|fabrieken)(?![\w-])",
)
_PLANT_WORDS: Final = ("fabriek", "fabrieken")
_GROUP_OR_PLANT: Final = ("groep", *_PLANT_WORDS)  # a tuple built once: mypyc reads no star in `in`


def _plants_and_reports(text: str) -> list[Match]:
    found: list[Match] = []
    for rx in (_HYPHENED, _SPACED):
        for m in rx.finditer(text):
            name, word = m.group("name"), m.group("word")
            abbr = name.isupper()
            if abbr and (not abbr_ok(name) or word not in _GROUP_OR_PLANT):
                # an abbreviation's report or study is as often an instrument's ('het
                # DPIA-rapport', 'NAH onderzoek'): only its group and its plant are read
                continue
            if not abbr:
                if word not in _PLANT_WORDS and (rx is _SPACED or word == "groep"):
                    continue  # 'het Klimaat rapport', 'Werk-groep': a capitalised word alone
                if not a_name([name]) or name in listed_surnames():
                    continue
            if word == "groep":
                found.append(Match("organization", m.start("name"), m.end(), m.group()))
            else:
                found.append(Match("organization", m.start("name"), m.end("name"), name))
    return found


# 2. One example of a singular kind after 'als'.
_SINGULAR_KINDS: Final = (
    r"(?:instelling|organisatie|bedrijf|onderneming|stichting|vereniging|gezelschap|orkest|"
    r"museum|omroep|krant|bank|verzekeraar|fabrikant|instituut|zorgaanbieder|uitgeverij|"
    r"maatschappij|supermarktketen|club|bureau|concern|multinational|producent|leverancier)"
)
# read from each ' als ' back to the kind and on to the name (no pass over the whole text)
_KIND_BEFORE_AS: Final = re.compile(
    rf"(?<![\w-])(?:een|de|het){_SP}(?:[a-zà-ÿ]+e{_SP})?[a-zà-ÿ-]*{_SINGULAR_KINDS}$"
)
_NAME_AFTER_AS: Final = re.compile(
    rf"(?:(?:het|de){_SP})?(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,3}})(?![\w-])"
)


def _as_kind(text: str) -> list[Match]:
    found: list[Match] = []
    at = text.find(" als ")
    while at != -1:
        here, at = at, text.find(" als ", at + 4)
        if _KIND_BEFORE_AS.search(text, max(0, here - 60), here) is None:
            continue
        m = _NAME_AFTER_AS.match(text, here + 5)
        if m is None:
            continue
        words = m.group("name").split()
        if a_name(words) and not (len(words) == 2 and words[0] in _given()):
            found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    return found


# 3. A name quoted after its kind.
_QUOTED_KINDS: Final = (
    "inrichting|instelling|organisatie|stichting|Stichting|vereniging|"
    "Vereniging|bedrijf|gezelschap|theater|museum|kliniek|centrum"
)
_OPENING_QUOTES: Final = "«\"“‘'"
_QUOTED: Final = re.compile(
    rf"(?:{_QUOTED_KINDS})(?![\w-])"
    rf"{_SP}[{_OPENING_QUOTES}](?P<name>{_NAME_WORD}(?:{_SP}(?:{_NAME_WORD}|van|de|der|den|voor|het|en|'t)){{0,4}})"
    r"[»\"”’']"
)
_QUOTED_KIND_SET: Final = frozenset(_QUOTED_KINDS.split("|"))
_QUOTED_KIND_SIZES: Final = tuple(sorted({len(kind) for kind in _QUOTED_KIND_SET}, reverse=True))


def _quoted_matches(text: str) -> list[re.Match[str]]:
    """`_QUOTED.finditer(text)`, matched only where a kind word ends the blanks before an opening
    quote (enspeed44). Every match holds one: its kind word, then blanks (`_SP`, greedy: the quote
    follows the whole run), then the quote; so each opening quote has the match starts it can end
    (a kind word ending where the blanks before it begin), in the text's order, and the first that
    matches at or after the last match's end is the one `finditer` finds. Led by the kind words'
    first letters, twelve common letters, the engine tried a match at about every third character
    of a page; quotes are few."""
    marks = sorted(at for quote in _OPENING_QUOTES for at in _positions(text, quote))
    found: list[re.Match[str]] = []
    pos = 0
    for at in marks:
        blanks = at
        while blanks > 0 and text[blanks - 1] in _BLANKS:  # `_SP`'s
            blanks -= 1
        if blanks == at:
            continue
        for size in _QUOTED_KIND_SIZES:  # the longest kind first: the earliest start
            start = blanks - size
            if start < pos or text[start:blanks] not in _QUOTED_KIND_SET:
                continue
            m = _QUOTED.match(text, start)
            if m is not None:
                found.append(m)
                pos = m.end()
                break
    return found


def _positions(text: str, char: str) -> list[int]:
    out: list[int] = []
    at = text.find(char)
    while at != -1:
        out.append(at)
        at = text.find(char, at + 1)
    return out


def _quoted(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _quoted_matches(text):
        words = m.group("name").split()
        first = words[1:] if words[0] in ("De", "Het") and len(words) > 1 else words
        if a_name(first) or (first is not words and first[0] not in _NOT_NAMES):
            found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    return found


# 4. The staff of a body.
_STAFF_WORDS: Final = (
    "medewerkers|medewerker|werknemers|werknemer|personeel|"
    "topman|topvrouw|oprichter|woordvoerder|woordvoerster|ondernemingsraad|"
    "vertegenwoordigers|vertegenwoordiger"  # orgs79: 'de vertegenwoordigers van Applied ...'
)
_STAFF: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:[Oo]ud-)?(?:{_STAFF_WORDS})"
    rf"{_SP}van{_SP}(?P<name>{_ABBR}|{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})(?![\w-])",
    lead=f"Oud-|oud-|{_STAFF_WORDS}",  # what a match starts with (the optional group gives none)
)


def _staff(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _STAFF.finditer(text):
        words = m.group("name").split()
        if words[0].isupper() and len(words) == 1:
            if not abbr_ok(words[0]):
                continue
        elif not a_name(words) or (len(words) > 1 and words[1] in _given()):
            continue
        found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    return found


# 4b. An employer: 'bij Nemef in dienst', 'in dienst van DSB', 'in dienst bij X'.
_EMPLOYER: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:bij{_SP}(?P<name>{_ABBR}|{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}){_SP}in{_SP}dienst"
    rf"|in{_SP}dienst{_SP}(?:van|bij){_SP}(?P<after>{_ABBR}|{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}))(?![\w-])",
)


def _employers(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _EMPLOYER.finditer(text):
        group = "name" if m.group("name") else "after"
        words = m.group(group).split()
        if len(words) == 1 and words[0].isupper():
            if not abbr_ok(words[0]):
                continue
        elif not a_name(words) or (len(words) > 1 and words[1] in _given()):
            continue
        found.append(Match("organization", m.start(group), m.end(group), " ".join(words)))
    return found


# 4c. A partner or a contractor of the writer (orgs79): 'in samenwerking met INNOVO', 'in
# opdracht van Bureau X', 'de opdracht is gegund aan Y'. Persons work together and take orders as
# often, so after these cues only a name no person bears is read: an abbreviation in capitals
# (three letters or more), or two or three capitalised words that no given name opens and no
# particle ('Van', 'De') does. A word with a capital inside is as often a system's or a product's
# ('in samenwerking met DigiD'): none.
_PARTNER: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:(?:[Ii]n|[Ee]en|[Dd]e){_SP})?(?:samenwerking|samenwerkingsverband|"
    r"samenwerkingsovereenkomst)"
    rf"{_SP}(?:met|tussen){_SP}"
    rf"|(?:[Ii]n{_SP}opdracht{_SP}van|opdracht{_SP}(?:gegeven{_SP}|verleend{_SP})?aan|"
    rf"gegund{_SP}aan){_SP}",
    lead="In|in|Een|een|De|de|samenwerking|opdracht|gegund",  # every alternative's first word
)
_PARTNER_NAME: Final = re.compile(
    rf"(?:(?:het|de){_SP})?(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})(?![\w-])"
)


# The lead's 'in', 'de' and 'een' stand everywhere, inside words too: the body was tried at each
# of them. Every cue holds one of three key words and starts at it or at the word before it and
# its blanks ('in', 'een', 'de': three letters at most); so the body is tried only from there to
# the key word, the places the lead would have tried it in the same order (throughput40).
_PARTNER_KEY: Final = re.compile("samenwerking|opdracht|gegund")
_BLANKS: Final = frozenset(" \t\u00a0")  # what `_SP` repeats
_PARTNER_OPENER: Final = 3  # 'Een'


def _partner_cues(text: str) -> list[re.Match[str]]:
    """`list(_PARTNER.finditer(text))`, the body tried only at and just before its key words."""
    body, guard = _PARTNER.body.match, _PARTNER.guard.match
    found: list[re.Match[str]] = []
    pos = 0
    while (key := _PARTNER_KEY.search(text, pos)) is not None:
        at = word = key.start()
        while at > 0 and text[at - 1] in _BLANKS:
            at -= 1
        cue = None
        for start in range(max(pos, at - _PARTNER_OPENER) if at < word else word, word + 1):
            cue = body(text, start)
            if cue is not None and guard(text, start) is not None:
                break
            cue = None
        if cue is None:
            pos = word + 1
            continue
        found.append(cue)
        pos = cue.end()  # (a cue is never empty)
    return found


def _partners(text: str) -> list[Match]:
    found: list[Match] = []
    for cue in _partner_cues(text):
        m = _PARTNER_NAME.match(text, cue.end())
        if m is None:
            continue
        words = m.group("name").split()
        if len(words) == 1:
            word = words[0]
            if (
                len(word) < 3
                or not word.isupper()
                or not abbr_ok(word)
                or _known_type(word) is not None
            ):
                continue
        elif not a_name(words) or words[1] in _given() or words[-1] in listed_surnames():
            continue
        found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    return found


# 4d. A body named by the Dutch pattern 'Huis voor ...' (orgs79): 'het Huis voor de
# Klokkenluiders', 'Huis voor Cultuur'; a building is 'Huis' with a place or a family ('Huis
# Doorn', 'Huis ten Bosch'), never with 'voor'.
_HOUSE: Final = re.compile(
    rf"(?<![\w-])Huis{_SP}voor{_SP}(?:(?:de|het){_SP})?{_NAME_WORD}"
    rf"(?:{_SP}(?:en{_SP})?{_NAME_WORD}){{0,2}}(?![\w-])"
)


def _houses(text: str) -> list[Match]:
    return [
        Match("organization", m.start(), m.end(), " ".join(m.group().split()))
        for m in _HOUSE.finditer(text)
    ]


# 4e. A firm of partners (orgs42): 'Twijnstra Smit & Partners', 'Bakker and Partners' (a
# one-word name before '&' attendees' firm words read already). 'Partners' alone names people as
# often ('onze partners'); after '&' and a capitalised name it ends a firm's. A surname's
# particle may open the name ('Van der Ploeg & Partners'), so a person's shape is no bar here
# (though a person the persons' finders read first keeps those words).
_WITH_PARTNERS: Final = re.compile(
    rf"(?P<name>(?:(?:Van|De|Den|Ter|Ten|van|de|den|der){_SP}){{0,2}}{_NAME_WORD}"
    rf"(?:{_SP}{_NAME_WORD}){{0,2}}{_SP}(?:&|and){_SP}Partners)(?![\w-])"
)
# the capitalised words of a sentence's or title's start, no firm's first word
_PARTNERS_NOT_FIRST: Final = _NOT_NAMES - {"Van", "De"}


def _with_partners(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _WITH_PARTNERS.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group("name")))
        while tokens and (tokens[0].group() in _PARTNERS_NOT_FIRST or tokens[0].group().islower()):
            tokens = tokens[1:]  # 'Volgens Van Dijk & Partners', 'van Boer & Partners': no name's
        if len(tokens) < 3:
            continue
        begin = m.start("name") + tokens[0].start()
        found.append(
            Match("organization", begin, m.end("name"), " ".join(t.group() for t in tokens))
        )
    return found


# 4f. A 'Buro' (the firms' own spelling of 'bureau') by its name (orgs42): 'Buro Bakker', 'Buro
# Happold'. Not a Dutch word of its own, so a capitalised name after it is the firm's.
_BURO: Final = re.compile(
    rf"(?<![\w-])Buro{_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})?)(?![\w-])"
)


def _buros(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _BURO.finditer(text):
        words = m.group("name").split()
        while words and words[-1] in _NOT_NAMES:
            words = words[:-1]  # 'Buro Bakker Het rapport': the next sentence
        if not words or words[0] in _NOT_NAMES:
            continue
        end = m.start("name") + len(" ".join(words))
        found.append(Match("organization", m.start(), end, text[m.start() : end]))
    return found


# 4g. The body that carried out a study (orgs42): 'het onderzoek is uitgevoerd door Regelink',
# 'het door Sira Consulting en Ecorys opgeleverde onderzoeksrapport'. Persons carry out studies
# too, but are named by their initials, title or given name ('door prof. dr. A. Bakker', 'door
# Jan Bakker'), which no name here may open with: one to three capitalised words, no given
# name, no listed person's surname, no place, and where it is one word no word the lists know
# (a listed body is the list's) and a study's word before it in the sentence.
_STUDY_VERBS: Final = r"uitgevoerd|verricht|opgesteld|opgeleverd|geschreven|gedaan"
# 'uitgevoerd in opdracht van het ministerie door X': the client between verb and agent
_FOR_CLIENT: Final = rf"(?:{_SP}in{_SP}opdracht{_SP}van(?:{_SP}[\w-]+){{1,4}}?)?"
# Each verb's first letter, then the look back at what stands before it: led by the look back, the
# regex engine found no first character and tried the pattern at every position of the text; led
# by a letter it jumps to the verbs' four first letters (enspeed44).
_STUDY_VERBS_LED: Final = "|".join(
    rf"{verb[0]}(?<![\w-]{verb[0]}){verb[1:]}" for verb in _STUDY_VERBS.split("|")
)
_CARRIED_OUT_BY: Final = re.compile(
    rf"(?:{_STUDY_VERBS_LED}){_FOR_CLIENT}{_SP}door{_SP}(?P<article>(?:het|de){_SP})?"
    rf"(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})"
    rf"(?:{_SP}en{_SP}(?P<next>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}))?(?![\w-])"
)
# 'door' first and looked back from (enspeed44: the engine jumps to the literal)
_BY_BEFORE: Final = re.compile(
    rf"door(?<![\w-]door){_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})"
    rf"(?:{_SP}en{_SP}(?P<next>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}))?{_SP}"
    r"(?:(?P<before>uitgevoerde|verrichte|opgestelde|opgeleverde|geschreven)|"
    rf"{_STUDY_VERBS})(?![\w-])"
)
_STUDY_WORDS: Final = re.compile(
    r"onderzoek|rapport|evaluatie|studie|analyse|inventarisatie|peiling|review|monitor|"
    r"doorlichting|verkenning|kartering|audit|quickscan|enquête|effectmeting"
)
_STUDY_REACH: Final = 200  # how far back in the sentence the study's word may stand
# A capitalised plural of people or things carries out studies too ('door Kamerleden', 'door
# Onderzoekers', 'door Gemeenten'): no firm's one-word name ends so.
_PLURAL_END: Final = re.compile(r"(?:leden|ers|aren|lingen|heden|ties|ingen|ten|gen)$")


def _study_name(words: list[str]) -> bool:
    """One to three capitalised words that may name the body that did a study."""
    if len(words) == 1:
        word = words[0]
        if word.isupper():
            return len(word) >= 3 and abbr_ok(word) and _known_type(word) is None
        return (
            len(word) >= 4
            and _PLURAL_END.search(word) is None
            and a_name(words)
            and word not in listed_surnames()
            and _known_type(word) is None
            and people.automaton().get(word, None) is None
        )
    return a_name(words) and words[1] not in _given() and words[-1] not in listed_surnames()


def _studies_by(text: str) -> list[Match]:
    found: list[Match] = []
    for pattern in (_CARRIED_OUT_BY, _BY_BEFORE):
        for m in pattern.finditer(text):
            # the study's word before the agent ('het onderzoek is door X uitgevoerd'), or right
            # after the participle that qualifies it ('het door X opgeleverde rapport')
            if pattern is _CARRIED_OUT_BY or m.group("before") is None:
                stop = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()))
                begin = max(stop, m.start() - _STUDY_REACH)
                if _STUDY_WORDS.search(text, begin, m.start()) is None:
                    continue
            elif _STUDY_WORDS.match(text, m.end() + 1) is None and (
                _STUDY_WORDS.search(text, m.end(), m.end() + 40) is None
            ):
                continue
            # one word after an article is a body by its head ('door de Inspectie', 'door de
            # Commissie'), no name; a firm's one word stands bare ('door Regelink')
            bare = pattern is _BY_BEFORE or m.group("article") is None
            for group in ("name", "next"):
                if m.group(group) is None:
                    continue
                words = m.group(group).split()
                if (bare or len(words) > 1) and _study_name(words):
                    found.append(
                        Match("organization", m.start(group), m.end(group), " ".join(words))
                    )
    return found


# 5. A parent and its firm.
_PARENT: Final = re.compile(
    rf"(?P<parent>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}),{_SP}(?:de|het){_SP}"
    r"(?P<word>moeder|moederbedrijf|moederconcern|moedermaatschappij|dochter|dochterbedrijf|"
    r"dochteronderneming|dochtermaatschappij)"
    rf"{_SP}van{_SP}(?P<child>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})(?![\w-])"
)


def _parents(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _PARENT.finditer(text):
        if m.group("word") in ("moeder", "dochter"):
            begin = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()))
            stop = text.find(".", m.end())
            if "bedrijf" not in text[begin + 1 : stop if stop != -1 else len(text)]:
                continue  # 'Anna, de moeder van Tim': a family
        for group in ("parent", "child"):
            words = m.group(group).split()
            if a_name(words):
                found.append(Match("organization", m.start(group), m.end(group), " ".join(words)))
    return found


# 6. An abbreviation with a province.
_PROVINCES: Final = (
    r"(?:Groningen|Fryslân|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|"
    r"Noord-Holland|Zuid-Holland|Zeeland|Noord-Brabant|Brabant|Limburg)"
)
# not a postcode's letters before its town ('3500 DA Utrecht'); a compass word after the province
# is the body's ('NIG Noord-Holland Noord')
_ABBR_PROVINCE: Final = Guarded(
    r"(?<![\w-])(?<!\d )(?<!\d\u00a0)",
    rf"(?P<abbr>{_ABBR}){_SP}{_PROVINCES}"
    rf"(?:{_SP}(?:Noord|Oost|Zuid|West|Midden)(?![\w-]))?(?![\w-])",
)


# Abbreviations another finder reads with their region, to a listed body (councilpages: 'RUD
# Drenthe' is the Omgevingsdienst Drenthe).
_READ_ELSEWHERE: Final = frozenset({"RUD"})


def _regional(text: str) -> list[Match]:
    return [
        Match("organization", m.start(), m.end(), " ".join(m.group().split()))
        for m in _ABBR_PROVINCE.finditer(text)
        if abbr_ok(m.group("abbr")) and m.group("abbr") not in _READ_ELSEWHERE
    ]


# 7. A production company.
_PRODUCTIONS: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}){_SP}"
    r"(?:[A-Z][a-zà-ÿ]*producties|Producties)(?![\w-])",
)


def _productions(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _PRODUCTIONS.finditer(text):
        words = m.group("name").split()
        if words[0] not in _NOT_NAMES and words[0] not in _given():
            found.append(Match("organization", m.start(), m.end(), " ".join(m.group().split())))
    return found


# 8. An abbreviation glossed by the words whose capitals it is.
_GLOSSED: Final = re.compile(
    rf"(?<![\w-])(?P<abbr>[{_UPPER}]{{3,8}}){_SP}\((?P<long>[{_UPPER}][^()\n]{{5,90}})\)"
)
_BODY_ENDS: Final = (
    "raad", "bureau", "instituut", "stichting", "vereniging", "centrum", "dienst", "college",
    "commissie", "overleg", "platform", "federatie", "bond", "groep", "orkest", "museum",
    "genootschap", "coöperatie", "maatschappij", "agentschap", "autoriteit", "inspectie",
)  # fmt: skip


# Every match holds its bracket right after the blanks after the letters: the pattern is matched
# only where an opening bracket stands (`str.find`), from the start its letters give, not tried at
# every place of the text (led by a lookbehind, the engine had no first character; throughput39).
_GLOSSED_BLANKS: Final = " \t\u00a0"
_GLOSSED_UPPER: Final = frozenset(
    ch for ch in map(chr, range(0x250)) if re.fullmatch(f"[{_UPPER}]", ch)
)
_GLOSSED_MOST: Final = 8


def _glossed_matches(text: str) -> list[re.Match[str]]:
    """`list(_GLOSSED.finditer(text))`: for each '(' the capitals before the blanks before it are
    the only start a match of that bracket can have (a longer run fails the lookbehind inside it,
    a match's long form holds no bracket, so matches never overlap and come in their brackets'
    order)."""
    found: list[re.Match[str]] = []
    at = text.find("(")
    while at >= 0:
        blanks = at
        while blanks > 0 and text[blanks - 1] in _GLOSSED_BLANKS:
            blanks -= 1
        start = blanks
        while start > 0 and blanks - start <= _GLOSSED_MOST and text[start - 1] in _GLOSSED_UPPER:
            start -= 1
        if blanks < at and 3 <= blanks - start <= _GLOSSED_MOST:
            m = _GLOSSED.match(text, start)
            if m is not None:
                found.append(m)
        at = text.find("(", at + 1)
    return found


def _glossed(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _glossed_matches(text):
        abbr, long = m.group("abbr"), m.group("long")
        if "".join(ch for ch in long if ch.isupper()) != abbr or not abbr_ok(abbr):
            continue
        if not any(w.lower().rstrip(",.").endswith(_BODY_ENDS) for w in long.split()):
            continue  # a scheme's or a law's letters
        name = " ".join(long.split())
        found.append(Match("organization", m.start("abbr"), m.end("abbr"), name))
        found.append(Match("organization", m.start("long"), m.end("long"), name))
    return found


# 10. A working group by its name before 'Werkgroep': 'de Landelijke India Werkgroep' (two
# capitalised words or more before it; the first no sentence word, place or person).
_GROUP_LAST: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:de|De){_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{1,3}}{_SP}Werkgroep)(?![\w-])",
)


def _groups_last(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _GROUP_LAST.finditer(text):
        words = m.group("name").split()
        if a_name(words[:1]) and "Werkgroep" not in words[:-1]:
            found.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    return found


# 11. A body named by one compound of its head after an article, mid-sentence: 'de
# Mutsaersstichting', 'het Tropeninstituut', 'het Hunebedcentrum'; not a kind's compound that any
# such body bears ('het Kenniscentrum', 'het Asielzoekerscentrum'), nor after a sentence's end.
_COMPOUND_HEADS: Final = ("stichting", "instituut", "centrum", "museum", "genootschap")
_COMPOUND: Final = Guarded(
    r"(?<![\w-])",
    rf"(?P<name>[{_UPPER}][a-zà-ÿ]{{3,}}"
    r"(?:stichting|instituut|centrum|museum|genootschap))"
    r"(?=[ \t\u00a0]+[a-zà-ÿ]|[.,;:!?)]|[ \t\u00a0]*(?:\r?\n|$))",
)
# the article before it, mid-sentence (a lower-case word or a comma before the article)
_ARTICLE_BEFORE: Final = re.compile(r"[a-zà-ÿ,] (?:de|het)[ \t\u00a0]+$")
_GENERIC_PARTS: Final = _words(
    "Kennis Expertise Opvang Asielzoekers Aanmeld Winkel Gezondheids Sport Reken Data Zorg "
    "Onderzoeks Informatie Behandel Dienst Diensten Crisis Meld Contact Klant Klanten Service "
    "Bezoekers Congres Cultuur Buurt Wijk Jongeren Dag Jeugd Stads Dorps Sociaal Vergader "
    "Distributie Zorg Revalidatie Medisch Woonzorg Verpleeg Detentie Uitzet Gezins Gemeenschaps "
    "Welzijns Activiteiten Ontmoetings Expositie Bezoek Cultureel Opleidings Trainings Test "
    "Vaccinatie Callcenter Controle Coördinatie Steun Advies Kinderopvang Ouder Familie Rijks "
    "Onderwijs Studie Studenten Sportcentrum Recreatie Zwem Bedrijfs Industrie Innovatie"
)


def _compounds(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _COMPOUND.finditer(text):
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
            continue
        name = m.group("name")
        stem = next(name[: -len(h)] for h in _COMPOUND_HEADS if name.endswith(h))
        if stem.rstrip("s") in _GENERIC_PARTS or stem in _GENERIC_PARTS:
            continue
        if automaton().get(name, None) is None and _known_type(name) is None:
            found.append(Match("organization", m.start("name"), m.end("name"), name))
    return found


# 12. A regional college by its name: 'ROC Beeld en Geluid', 'ROC van Twente'; a village's
# cooperative by its village: 'dorpscoöperatie Meeden' (the kind and the place are its name).
_ROC: Final = Guarded(
    r"(?<![\w-])",
    rf"ROC(?:{_SP}van)?{_SP}{_NAME_WORD}(?:{_SP}(?:en{_SP})?{_NAME_WORD}){{0,3}}(?![\w-])",
)
_COOPERATIVE: Final = Guarded(
    r"(?<![\w-])",
    rf"(?:dorps|buurt|energie|zorg|wijk)co[öo]peratie{_SP}(?P<name>{_NAME_WORD})(?![\w-])",
)


def _colleges_and_cooperatives(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _ROC.finditer(text):
        name = " ".join(m.group().split())
        if automaton().get(name, None) is None:
            found.append(Match("organization", m.start(), m.end(), name))
    for m in _COOPERATIVE.finditer(text):
        word = m.group("name")
        if word not in _NOT_NAMES and word not in _given():
            name = " ".join(m.group().split())
            found.append(Match("organization", m.start(), m.end(), name))
    return found


# 9. A firm's legal form before its name: 'NV de Poorterij', 'B.V. Het Anker' (after its name,
# orgcontext reads it); not after a capitalised word, whose form it is ('Philips B.V. Eindhoven').
_FORM_FIRST: Final = Guarded(
    r"(?<![\w.-])",
    rf"(?:NV|N\.V\.|BV|B\.V\.){_SP}(?P<article>(?:de|De|het|Het){_SP})?"
    rf"(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})?)(?![\w-])",
)
_ADDRESS: Final = frozenset(("Postbus", "Antwoordnummer", "Bezoekadres", "Postadres", "KvK", "Kvk"))


def _form_first(text: str) -> list[Match]:
    found: list[Match] = []
    for m in _FORM_FIRST.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        if before and before[-1][:1].isupper() and not before[-1].endswith((".", ":", ",")):
            continue  # the form of the name before it
        words = m.group("name").split()
        if words[0] in _ADDRESS or not a_name(words):
            continue
        found.append(Match("organization", m.start(), m.end(), " ".join(m.group().split())))
    return found


# The words the rules' gates ask for, read in words.py's one pass over the text (issue #12).
_PLANT_GATES: Final = ("-rapport", "fabriek", "-onderzoek", "-groep", "-studie", "-advies")
_AS_GATE: Final = " als "
_QUOTE_GATES: Final = (" «", ' "', " “", " ‘", " '")
_STAFF_GATES: Final = (
    "medewerker", "werknemer", "personeel van", "topman van", "topvrouw van", "oprichter van",
    "woordvoerder van", "woordvoerster van", "ondernemingsraad van", "vertegenwoordiger",
)  # fmt: skip
_PARENT_GATES: Final = (
    "de moeder van", "moederbedrijf", "moederconcern", "moedermaatschappij", "de dochter van",
    "dochterbedrijf", "dochteronderneming", "dochtermaatschappij",
)  # fmt: skip
_PROVINCE_GATES: Final = (" Groningen", " Fryslân", " Friesland", " Drenthe", " Overijssel",
                   " Flevoland", " Gelderland", " Utrecht", "-Holland", " Zeeland", "Brabant",
                   " Limburg")  # fmt: skip
_PRODUCTION_GATE: Final = "roducties"
_EMPLOYER_GATE: Final = " dienst"
_FORM_GATES: Final = ("NV ", "BV ", "N.V. ", "B.V. ")
_GROUP_GATE: Final = " Werkgroep"
_COMPOUND_GATES: Final = ("stichting", "instituut", "centrum", "museum", "genootschap")
_COLLEGE_GATES: Final = ("ROC ", "peratie ")
_PARTNER_GATES: Final = ("samenwerking", "opdracht van", "opdracht aan", "gegeven aan",
                          "verleend aan", "gegund aan")  # fmt: skip
_HOUSE_GATE: Final = "Huis voor "
_WITH_PARTNERS_GATES: Final = ("& Partners", "and Partners")
_BURO_GATE: Final = "Buro "
# (the participles' stems: 'uitgevoerd door', 'door X uitgevoerd.', 'het door X uitgevoerde')
_STUDY_GATES: Final = (" uitgevoerd", " verricht", " opgesteld", " opgeleverd", " geschreven")
_DONE_GATE: Final = " gedaan"
GATES: Final = frozenset(
    (*_PLANT_GATES, _AS_GATE, *_QUOTE_GATES, *_STAFF_GATES, *_PARENT_GATES, *_PROVINCE_GATES,
     _PRODUCTION_GATE, " (", *_FORM_GATES, _GROUP_GATE, _EMPLOYER_GATE, *_COMPOUND_GATES,
     *_COLLEGE_GATES, *_PARTNER_GATES, _HOUSE_GATE, *_WITH_PARTNERS_GATES, _BURO_GATE,
     *_STUDY_GATES, _DONE_GATE)
)  # fmt: skip


# The gates' words as sets: `isdisjoint` then reads the text's few cues, not every word of
# the gate (a tuple is iterated whole, item by item; throughput39).
_PLANT_GATES_SET: Final = frozenset(_PLANT_GATES)
_QUOTE_GATES_SET: Final = frozenset(_QUOTE_GATES)
_STAFF_GATES_SET: Final = frozenset(_STAFF_GATES)
_PARENT_GATES_SET: Final = frozenset(_PARENT_GATES)
_PROVINCE_GATES_SET: Final = frozenset(_PROVINCE_GATES)
_FORM_GATES_SET: Final = frozenset(_FORM_GATES)
_COMPOUND_GATES_SET: Final = frozenset(_COMPOUND_GATES)
_COLLEGE_GATES_SET: Final = frozenset(_COLLEGE_GATES)
_PARTNER_GATES_SET: Final = frozenset(_PARTNER_GATES)
_WITH_PARTNERS_GATES_SET: Final = frozenset(_WITH_PARTNERS_GATES)
_STUDY_GATES_SET: Final = frozenset(_STUDY_GATES)


def find(text: str) -> list[Match]:
    cues = read(text).cues
    found: list[Match] = []
    if not cues.isdisjoint(_PLANT_GATES_SET):
        found.extend(_plants_and_reports(text))
    if _AS_GATE in cues:
        found.extend(_as_kind(text))
    if not cues.isdisjoint(_QUOTE_GATES_SET):
        found.extend(_quoted(text))
    if not cues.isdisjoint(_STAFF_GATES_SET):
        found.extend(_staff(text))
    if _EMPLOYER_GATE in cues:
        found.extend(_employers(text))
    if not cues.isdisjoint(_PARENT_GATES_SET):
        found.extend(_parents(text))
    if not cues.isdisjoint(_PROVINCE_GATES_SET):
        found.extend(_regional(text))
    if _PRODUCTION_GATE in cues:
        found.extend(_productions(text))
    if " (" in cues:
        found.extend(_glossed(text))
    if not cues.isdisjoint(_FORM_GATES_SET):
        found.extend(_form_first(text))
    if _GROUP_GATE in cues:
        found.extend(_groups_last(text))
    if not cues.isdisjoint(_COMPOUND_GATES_SET):
        found.extend(_compounds(text))
    if not cues.isdisjoint(_COLLEGE_GATES_SET):
        found.extend(_colleges_and_cooperatives(text))
    if not cues.isdisjoint(_PARTNER_GATES_SET):
        found.extend(_partners(text))
    if _HOUSE_GATE in cues:
        found.extend(_houses(text))
    if not cues.isdisjoint(_WITH_PARTNERS_GATES_SET):
        found.extend(_with_partners(text))
    if _BURO_GATE in cues:
        found.extend(_buros(text))
    if not cues.isdisjoint(_STUDY_GATES_SET) or _DONE_GATE in cues:
        found.extend(_studies_by(text))
    return found
