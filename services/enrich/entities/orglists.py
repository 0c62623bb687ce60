"""An unknown name in a list of organisations is one too: 'lokale organisaties (bijvoorbeeld Salu
pa Tur, Venex en Fundashon Bos di Hubentut)', 'namens LSR, LFB en Zorgstem'.

A list is three or more names joined by commas and a final 'en' or 'of'. Where one of its
members is an organisation found otherwise, a member nothing else claims is taken as an
organisation when it looks like a name of one: an abbreviation in capitals, or one capitalised
word that is not a sentence word ('Ook', 'Daarnaast'). Longer unknown members are
left alone: they may be a programme, a law or a person.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import attendees
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.orgcontext import PROVINCE_NAMES
from services.enrich.entities.signers import lines_after
from services.enrich.words import read
from stukken.contracts import Segment

# A member: capitalised words, with short lower-case words between them ('Bos di Hubentut').
_NAME_WORD: Final = (
    r"(?:[A-Z]|[a-z]{1,5}(?=[A-Z]))[\w&'’-]*(?:\([a-z]+\)|\.\w+)*"  # 'easyJet', 'NOS.nl'
)
# (a lower-case word between them is a name's particle, not 'met' or 'aan' of the sentence:
# 'Overleg met FNV, PZO en CRKBO')
_JOINER: Final = r"(?:di|pa|da|do|du|la|le|van|de|der|den|het|voor|ter|ten|op|in|y) "
_MEMBER: Final = rf"{_NAME_WORD}(?: (?:{_JOINER})?{_NAME_WORD}){{0,4}}"
# After the first, a member may have its article: 'de NVL, KLM en de BARIN'.
_NEXT_MEMBER: Final = rf"(?:(?:de|het)[ \t\n]+)?{_MEMBER}"
# The capital first, then the test before it: a pattern that starts with a class lets the engine
# skip to the next capital instead of trying every position. (Written '(?=[A-Z])(?<![\w-])' and
# the first word's alternation, the pattern started with a lookahead and gave the engine no first
# character; the capital consumed, the other alternative, small letters, could never match there:
# throughput39.)
_FIRST_MEMBER: Final = _MEMBER.replace(r"(?:[A-Z]|[a-z]{1,5}(?=[A-Z]))", r"[A-Z](?<![\w-][A-Z])", 1)
_LIST: Final = re.compile(
    rf"{_FIRST_MEMBER}(?:,[ \t\n]*{_NEXT_MEMBER})*,?[ \t\n]+(?:en|of)[ \t\n]+"
    rf"{_NEXT_MEMBER}"
    r"(?![\w-])"
)
_SEPARATOR: Final = re.compile(r",[ \t\n]*|[ \t\n]+(?:en|of)[ \t\n]+")
_ABBREVIATION: Final = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_WORD: Final = re.compile(r"[A-Z][a-zà-ÿ]{3,}")
_SENTENCE_WORDS: Final = (
    "Ook Daarnaast Daarbij Verder Tevens Bijvoorbeeld Zowel Vooral Onder Andere Deze Die Dit Dat "
    "Het De Een Zij Hij Wij Ik Wel Niet Maar Nu Dan Zo Waar Wat Hoe Alle Beide Welke Vraag "
    "Antwoord Nederland Rijk Kabinet Regering Minister Staatssecretaris Kamer Europa Staat "
    "Overheid Bestuur Gemeente Provincie Politiek Samenleving"
)
# Abbreviations a list of bodies holds that name a law or a trade, not a body: 'COVRA, WOB en PR'.
_NOT_BODIES: Final = "WOB WOO AVG AWB BW PR HR ICT IT FAQ CV KPI BSN PDF"
# The points of the compass, listed in a weather report's wind directions ('N, NNE, NE, ... en
# NNW'), one of which is a listed body's abbreviation.
_COMPASS: Final = "N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW NO ONO OZO ZO ZZO ZZW ZW WZW"
# A ministry's portfolio is itself a list ('Ministerie van Onderwijs, Cultuur en Wetenschap'): cut
# where a letterhead wraps it ('Onderwijs, Cultuur en' + the next line), its words are no bodies.
_PORTFOLIO_WORDS: Final = (
    "Cultuur Wetenschap Welzijn Sport Koninkrijksrelaties Waterstaat Klimaat Energie "
    "Werkgelegenheid Voedselkwaliteit Natuur Visserij Innovatie Milieu Volkshuisvesting Ordening"
)
_NOT_NAMES: Final = frozenset(
    _SENTENCE_WORDS.split() + _NOT_BODIES.split() + _COMPASS.split() + _PORTFOLIO_WORDS.split()
)
NOT_NAMES: Final = _NOT_NAMES  # also the words alongside.py takes for no name
# An adjective of a people or land ('Franse', 'Duitse', 'Belgische') before the noun it qualifies.
_ADJECTIVE: Final = re.compile(r"[A-Z][a-zà-ÿ]+(?:se|sche)")
ADJECTIVE: Final = _ADJECTIVE  # also listruns.py's: 'Franse', 'Belgische'
_NOUN_AFTER: Final = re.compile(r"[ \t\u00a0]+[a-zà-ÿ]")
# An adjective shared with the next member's noun: 'Bestuurlijke en Juridische Zaken' (orgs17).
ADJECTIVE_FORM: Final = re.compile(r"[A-Z][a-zà-ÿ]+(?:lijke|ische|iële|ieve|bare)")
# A compound's first half whose shared tail the next word gives ('Inlichtingen- en ...').
SUSPENDED_BEFORE: Final = re.compile(r"\w-[ \t\n]+(?:en|of)[ \t\n]+$")
ENGLISH_TAIL: Final = re.compile(r"[ \t]+(?:for|of|on|the)[ \t]+[A-Za-z]")
_INITIALLED: Final = re.compile(r"(?:[A-Z]\.[ \t]?){1,4}[ \t]?[A-Z]")  # a person: 'J. de Vries'


# What `_on_behalf` reads from (words.py's pass; speed50).
CUES: Final = frozenset({"amens", "behalf of"})


def find(text: str, found: list[Match]) -> list[Match]:
    cued = not read(text).cues.isdisjoint(CUES)  # words.py's pass, not two scans (speed50)
    behalf = _on_behalf(text, found) if cued else []
    if " en " not in text and " of " not in text:
        return behalf
    return behalf + _listed(text, found)


# Abbreviations in capitals that sign for someone, one or a pair: 'namens ZKV en LFB', 'on the
# behalf of ENPEN and ESCV' (a survey's closing, round orgs58; its OCR doubled the 'of'): no list
# needs to know them, the phrase says they are bodies. Not a law's or a trade's ('namens de AVG'),
# nor a place; a listed body or party keeps its reading.
_BEHALF: Final = re.compile(
    r"\b(?:[Nn]amens|behalf[ \t]+of(?:[ \t]+of)?)[ \t\n]+(?:(?:de|het|the)[ \t\n]+)?"
    r"(?P<first>[A-Z][A-Z&]{2,6})(?:[ \t\n]+(?:en|and|&)[ \t\n]+(?:(?:de|het|the)[ \t\n]+)?"
    r"(?P<second>[A-Z][A-Z&]{2,6}))?(?![\w-])"
)


def _on_behalf(text: str, found: list[Match]) -> list[Match]:
    out = []
    for m in _BEHALF.finditer(text):
        for group in ("first", "second"):
            start, end = m.span(group)
            name = m.group(group)
            if name is None or name in _NOT_NAMES or _is_place(name):
                continue
            if any(start < f.end and f.start < end for f in found):
                continue  # a listed body or party keeps its reading
            out.append(Match("organization", start, end, name))
    return out


def _listed(text: str, found: list[Match]) -> list[Match]:
    orgs = {(m.start, m.end) for m in found if m.type == "organization"}
    if not orgs:
        return []
    out: list[Match] = []
    for run in _runs(text, found):
        members = _members(text, run.start(), run.end())
        members = _abbreviations_only(text, members)
        known = sum(1 for span in members if span in orgs)
        pair = len(members) == 2 and _a_firm(found, members[0])
        if not known or (len(members) < 3 and not pair):
            continue  # a pair of two known names has no unknown member
        if _a_portfolio(text, found, members[0]):
            continue  # 'Ministerie van Volksgezondheid, Welziin en Sport' (OCR): its portfolio
        if portfolios_listed(text, found, members):
            continue  # 'de bewindslieden van Economische Zaken, ..., Wonen en Rijksdienst': offices
        for start, end in members:
            name = text[start:end]
            if (start, end) in orgs or any(start < m.end and m.start < end for m in found):
                continue
            if name in _NOT_NAMES or (_WORD.fullmatch(name) and _starts_a_sentence(text, start)):
                continue  # 'Echter, Google en Apple ...': an adverb opening the sentence
            if name.endswith("-") or SUSPENDED_BEFORE.search(text, max(0, start - 40), start):
                continue  # 'de Inlichtingen- en Veiligheidsdiensten': two halves of one word
            if _ADJECTIVE.fullmatch(name) and _NOUN_AFTER.match(text, end):
                continue  # 'KLM, Air France en de Franse regering': a people's adjective
            if ENGLISH_TAIL.match(text, end):
                continue  # 'en Mobilisation for the Environment': the first word of a longer name
            if ADJECTIVE_FORM.fullmatch(name):
                continue  # 'NVWA, Bestuurlijke en Juridische Zaken': half of a shared noun
            if pair and (not _WORD.fullmatch(name) or _is_place(name) or _a_given_name(name)):
                continue  # 'Tata Steel en Nederland', 'Shell en Jan': a firm's pair is one word
            if _ABBREVIATION.fullmatch(name) or _WORD.fullmatch(name) or _body_shaped(name):
                out.append(Match("organization", start, end, name))
            elif of_bodies(known, len(members)):
                if a_body_name(name):
                    out.append(Match("organization", start, end, name))
                elif (article := _CAPITAL_ARTICLE.match(name)) is not None:
                    # 'De Groninger Energiekoepel': the article a list member opens with
                    bare = start + article.end()
                    if a_body_name(text[bare:end]):
                        out.append(Match("organization", bare, end, text[bare:end]))
    return out


# A list most of whose members are bodies found otherwise is a list of bodies (lists50): a longer
# unknown member is one too where its words say so, 'Greenpeace, ..., de Waddenvereniging en het
# Wereld Natuur Fonds', 'Milieudefensie, Landschappen NL, Natuurmonumenten', 'Netbeheer Nederland,
# ..., Particuliere Windturbine Exploitanten, REScoopNL'. One of its words is a body's kind
# ('De Drentse Koepel Energie Initiatieven'), or it ends in 'NL'/'Nederland' as a national body's
# name does, or it is one word with capitals inside ('EnergieVanOns'). A programme, a law or a
# person in a list of one or two bodies stays unread.
_LEAST_KNOWN: Final = 2
_BODY_ENDS: Final = (
    "fonds", "federatie", "vereniging", "stichting", "platform", "associatie", "koepel", "unie",
    "bond", "instituut", "centrum", "werkgroep", "exploitanten", "operators", "organisatie",
    "alliantie", "netwerk", "collectief", "landschap", "genootschap", "coalitie", "association",
    "foundation", "institute", "council", "network",
)  # fmt: skip
_CAPITAL_ARTICLE: Final = re.compile(r"(?:De|Het) ")
_CAMEL: Final = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+(?:NL)?")
_NAME_WORDS: Final = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){1,3}")


def of_bodies(known: int, members: int) -> bool:
    return known >= _LEAST_KNOWN and 2 * known >= members


def a_body_name(name: str) -> bool:
    if _CAMEL.fullmatch(name):
        return True
    if not _NAME_WORDS.fullmatch(name) or _is_place(name) or _INITIALLED.match(name):
        return False
    words = name.split(" ")
    if words[0] in _NOT_NAMES or _a_given_name(words[0]):
        return False  # 'Ook Greenpeace', 'Jan Natuur': a sentence's word or a person first
    return words[-1] in ("NL", "Nederland") or any(w.lower().endswith(_BODY_ENDS) for w in words)


def _abbreviations_only(text: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list of abbreviations whose first member the run read with the words before it: the
    title's capitalised words ('Tussenevaluatie Subsidietoekenning SKIP, KLOKK en SHN', orgs79)
    are no member's; its last word, an abbreviation as every other member is, is the member."""
    if len(members) < 3 or " " not in text[members[0][0] : members[0][1]]:
        return members
    if not all(_ABBREVIATION.fullmatch(text[s:e]) for s, e in members[1:]):
        return members
    start, end = members[0]
    last = text.rfind(" ", start, end) + 1
    if not _ABBREVIATION.fullmatch(text[last:end]):
        return members
    return [(last, end), *members[1:]]


# Two more shapes of a body's name a list holds (round orgs58): a name and an abbreviation joined
# by a hyphen ('Uneto-VNI', 'Zorg-NL', 'KRO-NCRV': the last part in capitals, so not a place's
# 'Noord-Holland' nor a compound's 'NL-Alert'), and a royal association's two words ('Koninklijke
# Metaalunie').
_HYPHENED: Final = re.compile(r"[A-Z][A-Za-z]{1,9}-[A-Z][A-Za-z]{1,9}")
_ROYAL: Final = re.compile(r"Koninklijke [A-Z][a-zà-ÿ]{3,}")


def _body_shaped(name: str) -> bool:
    if _ROYAL.fullmatch(name):
        return not _is_place(name.split()[1])
    if not _HYPHENED.fullmatch(name) or _is_place(name):
        return False
    last = name.rsplit("-", 1)[1]
    return len(last) >= 2 and last.isupper()  # not a compound noun: 'NL-Alert', 'EU-Verdrag'


# A listed firm and one unknown word after 'en' are two firms: 'omwonenden van Tata Steel en
# Harsco' (round orgs57). Two names are a list of their own only where the first is a firm:
# 'de VNG en Brandweer' is not.
_FIRM_KINDS: Final = frozenset({"bedrijf", "ict-leverancier"})


@cache
def _firms() -> frozenset[str]:
    listed = [r["canonical"] for name in ("firms.tsv", "listed.tsv") for r in rows(name)]
    kinded = [r["canonical"] for r in rows("organisations.tsv") if r["kind"] in _FIRM_KINDS]
    return frozenset(listed + kinded)


def _a_firm(found: list[Match], span: tuple[int, int]) -> bool:
    return any(
        (m.start, m.end) == span and m.type == "organization" and m.canonical in _firms()
        for m in found
    )


def _a_portfolio(text: str, found: list[Match], span: tuple[int, int]) -> bool:
    """The first member is a ministry printed to the first comma of its listed name: the list
    after it is the rest of its portfolio, a word of it misspelt (not 'Ministerie van VWS, X')."""
    return any(
        (m.start, m.end) == span
        and m.type == "organization"
        and m.canonical.startswith("Ministerie van ")
        and m.canonical.startswith(text[m.start : m.end] + ",")
        for m in found
    )


# A list whose known members are all ministries printed by their portfolio's words ('Economische
# Zaken', 'Defensie'; not 'het ministerie van ...', not 'EZK') lists portfolios, as 'de
# bewindslieden van' and 'mede namens de ministers van' do: an unknown member is a portfolio too
# ('Wonen en Rijksdienst', a minister's of 2012-2017), no body (blind49, session 50).
def portfolios_listed(text: str, found: list[Match], members: list[tuple[int, int]]) -> bool:
    known = [
        m
        for m in found
        if m.type == "organization" and any(a < m.end and m.start < b for a, b in members)
    ]
    return len(known) >= 2 and all(
        m.canonical.startswith("Ministerie van ")
        and not text[m.start : m.end].lower().startswith("ministerie")
        and not text[m.start : m.end].isupper()
        for m in known
    )


def _is_place(name: str) -> bool:
    known = automaton().get(name, None)
    return known is not None and known[1].type == "location"


def _a_given_name(name: str) -> bool:
    return name in attendees.given_names()


_JOINED: Final = re.compile(r",|[ \t\n]+(?:en|of)[ \t\n]")
_JOINED_BEFORE: Final = re.compile(r"(?:,|[ \t\n](?:en|of))[ \t\n]*$")
_REACH: Final = 160  # how far around a listed organisation a list of it is looked for
_STOPS: Final = ".;:()"


def _runs(text: str, found: list[Match]) -> list[re.Match[str]]:
    """Lists that hold an organisation: looked for only around an organisation with a comma or
    'en' beside it (a pattern tried at every capital of a page is the slow way)."""
    runs: dict[tuple[int, int], re.Match[str]] = {}
    covered = -1
    for m in sorted(found, key=lambda f: f.start):
        if m.type != "organization" or m.end <= covered or not _in_a_list(text, m):
            continue
        lo, hi = _clause(text, m)
        if text.find(",", lo, hi) == -1 and m.canonical not in _firms():
            continue  # two names and no comma: no third member to learn (a firm's pair aside)
        for run in _LIST.finditer(text, lo, hi):
            if run.start() <= m.start and m.end <= run.end():
                runs[run.span()] = run
                covered = max(covered, run.end())
    return list(runs.values())


def _starts_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before.endswith((".", "!", "?", ":", ";", "\n"))


def _clause(text: str, m: Match) -> tuple[int, int]:
    """The stretch around a name a list of it can fill: up to a full stop, colon, semicolon or
    parenthesis, at most _REACH characters either side."""
    lo = max([max(0, m.start - _REACH)] + [text.rfind(c, 0, m.start) + 1 for c in _STOPS])
    ends = [e for c in _STOPS if (e := text.find(c, m.end, m.end + _REACH)) != -1]
    return lo, min([min(len(text), m.end + _REACH), *ends])


def _in_a_list(text: str, m: Match) -> bool:
    return (
        _JOINED.match(text, m.end) is not None
        or _JOINED_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
    )


_ARTICLE: Final = re.compile(r"(?:de|het)[ \t\n]+")


def _members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for sep in _SEPARATOR.finditer(text, start, end):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, end))
    return [((a.end() if (a := _ARTICLE.match(text, s, e)) else s), e) for s, e in spans]


# A list announced as one of bodies ('de volgende organisaties:', 'de volgende lijst van
# organisaties tot stand gekomen:'), then one body per bulleted or numbered line: each item that
# is a short name is an organisation, whatever lists know of it ('- ADE', '- Summer Dance
# Forever'). Parties are left out: they are no organisations here.
# 'volgende' first, the word's start looked back at from its end (`\b` before a letter): led by
# `\b` the engine found no first character and tried the pattern at every position (enspeed44)
_ANNOUNCED: Final = re.compile(
    r"volgende(?<!\wvolgende)[ \t\n]+(?:lijst[ \t\n]+(?:van[ \t\n]+)?|\w+[ \t\n]+)?"
    r"(?:organisaties|instellingen|bedrijven|ondernemingen|brancheorganisaties|"
    r"belangenorganisaties|koepelorganisaties|stichtingen|verenigingen)\b[^.:\n]{0,80}:[ \t\r]*$",
    re.MULTILINE,
)
_ITEM: Final = re.compile(
    r"[ \t]*(?:[-–•▪·*\uf0b7][ \t]*|(?:\d{1,2}|[a-z])[.)][ \t]+)"
    r"(?P<name>[A-Z0-9][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,5}?)[ \t]*(?:[;,.]|[ \t]en|[ \t]of)?[ \t]*"
)
_ITEM_LOOK: Final = 40  # items read after the announcement at most


def announced(segments: list[Segment]) -> list[tuple[Segment, Match]]:
    out: list[tuple[Segment, Match]] = []
    for i, seg in enumerate(segments):
        if "volgende" not in seg.text:
            continue
        for intro in _ANNOUNCED.finditer(seg.text):
            for n, (item_seg, pos, line) in enumerate(lines_after(segments, i, intro.end() + 1)):
                if n >= _ITEM_LOOK:
                    break
                if not line.strip():
                    continue
                m = _ITEM.fullmatch(line.rstrip())
                if m is None:
                    break  # the list has ended: a sentence, a heading
                name = m.group("name").rstrip(".")
                if name in _NOT_NAMES or _INITIALLED.match(name):
                    continue
                start = pos + m.start("name")
                out.append((item_seg, Match("organization", start, start + len(name), name)))
    return out


# The provinces' organs in lower case ('brieven van gedeputeerde staten aan provinciale staten')
# are a province's where the text names one; elsewhere the kind of organ ('de leden van de
# provinciale staten worden gekozen', a glossary's entry) is no body (round orgs57).
_LOWER_ORGANS: Final = frozenset({"Provinciale Staten", "Gedeputeerde Staten"})


def _provincial(m: Match) -> bool:
    if m.type == "location":
        return m.canonical in PROVINCE_NAMES
    return m.type == "organization" and m.canonical.startswith("Provincie ")


def without_unplaced_organs(text: str, found: list[Match]) -> list[Match]:
    """`found` less the provinces' organs printed in lower case, where no province is found."""
    lowered = [
        m
        for m in found
        if m.canonical in _LOWER_ORGANS and m.type == "organization" and text[m.start].islower()
    ]
    if not lowered or any(_provincial(m) for m in found):
        return found
    return [m for m in found if m not in lowered]
