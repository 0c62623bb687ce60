"""Bodies a college's decision lists and an inspectorate's reports name by their shape alone
(round orgs65, issue #12).

- A rescue brigade: 'de Wassenaarse Reddingsbrigade (WRB)', 'Reddingsbrigade Noordwijk': the
  kind word 'Reddingsbrigade' with a place's adjective before it or a place's name after it
  (the bare word is the kind, 'de reddingsbrigade').
- The care provider an inspection visited: 'een bezoek gebracht aan Smart-Coach, locatie
  Amundsenstraat 70': a name between 'bezoek ... aan' and ', locatie', which is how the
  inspectorate's visit reports open (a place's name there is the location, not the provider).
- A foundation in brackets after the body it runs: 'de Bloemcampschool (Stichting openbaar
  primair onderwijs Wassenaar)': 'Stichting', lower-case words and a capitalised name, the
  bracket closing right after; a bracket with a verb in it is a sentence, not a name.
- A school by its own name: 'de Bloemcampschool', 'De Deylschool': one capitalised word ending
  in 'school' after an article, not the kinds ('Basisschool', 'Hogeschool', 'Rijschool').
- A gemeente in a list cut at a segment's end: 'met de gemeenten Lansingerland,' (the list goes
  on in the next segment; orgcontext.py reads 'de gemeenten X en Y' within one text).

Each rule needs its literal first (a substring test), so a text without it costs nothing.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import orgnames, portfolios
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_UP: Final = "A-ZÀ-ÖØ-Þ"
_NAME_WORD: Final = rf"[{_UP}][\w'’&]*(?:-[{_UP}][\w'’&]*)*"
_S: Final = r"[ \t\u00a0]+"

_BRIGADE: Final = re.compile(
    rf"(?<![\w-])(?:(?P<adj>[{_UP}][a-zà-ÿ]+(?:se|sche)){_S}Reddingsbrigade(?![\w-])"
    rf"|Reddingsbrigade{_S}(?P<place>{_NAME_WORD}(?:{_S}(?:aan{_S}(?:Zee|den{_S}Rijn)|{_NAME_WORD}))?)"
    r"(?![\w-]))"
)
# A public library by its place or region: 'Bibliotheek Den Haag' (Den Haag's council letters),
# 'de openbare Bibliotheek Rivierenland' (Buren's council; names43, names44). The capitalised kind
# word alone is no name ('Bibliotheek Lasten 2025' heads a budget's row), so the words after it
# must be a listed place (no country), a compass part and a place ('Midden-Brabant'), or one
# word of a region's shape ('-land', '-waard', '-streek') no list holds.
_LIBRARY: Final = re.compile(
    rf"(?<![\w-])Bibliotheek{_S}(?P<first>{_NAME_WORD})(?:{_S}(?P<second>{_NAME_WORD}))?(?![\w-])"
)
_COMPASS: Final = re.compile(
    r"(?:Noord|Zuid|Oost|West|Midden|Noordoost|Zuidoost|Noordwest|Zuidwest)-"
)
_REGION_ENDS: Final = ("land", "waard", "streek")
_VISIT: Final = re.compile(
    rf"(?i:bezoek)(?:{_S}(?:gebracht|afgelegd))?{_S}aan{_S}"
    rf"(?P<name>{_NAME_WORD}(?:{_S}{_NAME_WORD}){{0,3}}),{_S}(?:locatie|vestiging)(?![\w-])"
)
_BRACKETED_FOUNDATION: Final = re.compile(
    rf"\((?P<name>Stichting(?:{_S}[a-zà-ÿ][\w-]*){{1,6}}(?:{_S}{_NAME_WORD}){{1,3}})\)"
)
_VERBS: Final = frozenset(
    {"is", "zijn", "was", "waren", "heeft", "hebben", "had", "wordt", "worden", "werd", "werden",
     "kan", "kunnen", "zal", "zullen", "moet", "moeten", "opgericht", "gevestigd", "genoemd",
     "betaalt", "ontvangt", "krijgt"}
)  # fmt: skip
_SCHOOL: Final = re.compile(rf"(?<=[ \t\u00a0(])(?P<name>[{_UP}][a-zà-ÿ]{{3,}}school)(?![\w-])")
# The kinds of school, not a school's name.
_SCHOOL_KINDS: Final = frozenset(
    {"basis", "hoge", "lagere", "middelbare", "brede", "zwem", "rij", "dans", "muziek", "zomer",
     "zondags", "zondag", "vak", "beroeps", "praktijk", "kunst", "toneel", "kleuter", "volks",
     "avond", "dag", "vrije", "openbare", "speciale", "streek", "boeren", "huishoud", "ambachts",
     "kook", "taal", "auto", "vlieg", "voetbal", "tennis", "golf", "ski", "surf", "zeil",
     "hockey", "judo", "scholen", "modder", "nieuw", "oude", "dorps", "stads", "wijk", "buurt",
     "zorg", "politie", "brandweer", "defensie", "militaire", "leger", "hoger", "binnen", "buiten",
     "samenwerkings", "islamitische", "christelijke", "katholieke", "protestantse",
     "reformatorische", "montessori", "dalton", "jenaplan", "vrijeschool", "waldorf"}
)  # fmt: skip
_ARTICLE: Final = re.compile(r"(?:^|[\s(])(?:de|De|het|Het)[ \t\u00a0]+$")
_GEMEENTEN_AT_END: Final = re.compile(
    rf"(?<![\w-])gemeenten{_S}(?P<name>{_NAME_WORD}(?:{_S}{_NAME_WORD})?),[ \t\u00a0]*$"
)


# The words `find` asks a text for, read in words.py's one pass over it (a set's test each, not a
# substring test each over the text: enspeed48).
CUES: Final = frozenset(
    {"eddingsbrigade", "Bibliotheek ", "ezoek", "(Stichting ", "school", "gemeenten"}
)


def find(text: str) -> list[Match]:
    """The bodies of this module's shapes, each as its own name."""
    out: list[Match] = []
    cues = read(text).cues
    if "eddingsbrigade" in cues:
        for m in _BRIGADE.finditer(text):
            end = m.end()
            place = m.group("place")
            if place is not None and not orgnames.a_place(place):
                first = place.split()[0]
                if not orgnames.a_place(first):
                    continue  # 'Reddingsbrigade Wedstrijden': no place
                if place.split()[1:2] != ["aan"]:
                    end = m.start("place") + len(first)
            name = " ".join(text[m.start() : end].split())
            out.append(Match("organization", m.start(), end, name))
    if "Bibliotheek " in cues:
        out.extend(_libraries(text))
    if "ezoek" in cues:
        for m in _VISIT.finditer(text):
            name = m.group("name")
            if orgnames.a_place(name):
                continue  # 'bezoek aan Tilburg, locatie ...': the place
            out.append(Match("organization", m.start("name"), m.end("name"), name))
    if "(Stichting " in cues:
        for m in _BRACKETED_FOUNDATION.finditer(text):
            words = m.group("name").split()
            if any(w in _VERBS for w in words):
                continue
            out.append(Match("organization", m.start("name"), m.end("name"), " ".join(words)))
    if "school" in cues:
        for m in _SCHOOL.finditer(text):
            stem = m.group("name")[: -len("school")].lower()
            if stem in _SCHOOL_KINDS or stem.endswith(("se", "sche")):
                continue
            if not _ARTICLE.search(text, max(0, m.start() - 6), m.start()):
                continue
            out.append(Match("organization", m.start(), m.end(), m.group("name")))
    if "gemeenten" in cues:
        cut = _GEMEENTEN_AT_END.search(text)
        if cut is not None:
            listed = automaton().get("Gemeente " + " ".join(cut.group("name").split()), None)
            if listed is not None and listed[1].type == "organization":
                out.append(
                    Match("organization", cut.start("name"), cut.end("name"), listed[1].canonical)
                )
    return out


def _libraries(text: str) -> list[Match]:
    out = []
    for m in _LIBRARY.finditer(text):
        # a place of two words, or of its first word alone ('Bibliotheek Utrecht Centrum')
        for group in ("second", "first"):
            if m.group(group) is None:
                continue
            place = " ".join(text[m.start("first") : m.end(group)].split())
            if _library_place(place):
                out.append(Match("organization", m.start(), m.end(group), "Bibliotheek " + place))
                break
    return out


# Lands no library is named after: a country, and the common nouns of the region's shape.
_NO_LIBRARY_PLACES: Final = frozenset(
    {"Nederland", "Buitenland", "Binnenland", "Achterland", "Vaderland", "Platteland"}
)


def _library_place(place: str) -> bool:
    if place in _NO_LIBRARY_PLACES:
        return False
    if orgnames.a_place(place):
        return True
    bare = _COMPASS.sub("", place, count=1)
    if bare != place and orgnames.a_place(bare):
        return True  # 'Midden-Brabant', 'Noord-Veluwe'
    # a region's word may be a common noun too ('rivierenland'): its capital after the kind word
    # names the region, no other list holding it
    return (
        " " not in place
        and place.endswith(_REGION_ENDS)
        and place[1:].islower()
        and not automaton().exists(place)
    )


# A council member's double surname that ends in 'De Raad', read as a body 'X-De Raad van de
# <fractie>' ('raadslid Hofman-De Raad van de LW!-fractie'): after a member's title it is the
# member, up to ' van de'.
_MEMBER_TITLE: Final = re.compile(
    r"(?:raadslid|raadsleden|statenlid|wethouder|commissielid|burgerlid|fractievoorzitter|"
    r"de heer|mevrouw|mevr\.|mw\.|dhr\.)[ \t\u00a0]+$",
    re.IGNORECASE,
)
_DOUBLE_RAAD: Final = re.compile(
    rf"{_NAME_WORD}-(?:De|de)[ \t\u00a0]+Raad(?=[ \t\u00a0]+van[ \t\u00a0])"
)
# A party's or fractie's short name read as a person after a member's title ('raadslid HvW').
_SHORT_NAME: Final = re.compile(r"[A-Z][a-z]?[A-Z]{1,4}!?")
# The first word of a local party's name run into a member's span ('raadslid Bellekom-Vogels
# Lokaal Wassenaar!'): cut where the word is followed by a capitalised one.
_PARTY_OPENERS: Final = frozenset(
    {"Lokaal", "Leefbaar", "Gemeentebelangen", "Progressief", "Lijst"}
)
_PARTICLES: Final = frozenset({"van", "de", "der", "den", "het", "voor"})


def _span_end(span: str, words: list[str]) -> int:
    """Where the first `len(words)` words of the span end."""
    pos = 0
    for word in words:
        pos = span.index(word, pos) + len(word)
    return pos


# A plan's name read as a body: 'Inrichtingsplan Centrum Wassenaar', 'het Regioplan' (a region's
# plan; the research bureau Regioplan takes no article).
_PLAN_WORD: Final = re.compile(rf"[{_UP}][a-zà-ÿ]{{2,}}plan(?![\w-])")
_NEUTER_BEFORE: Final = re.compile(r"(?:^|[\s(])(?:het|Het)[ \t\u00a0]+$")


def _a_plan(text: str, m: Match) -> bool:
    if "plan" not in text[m.start : m.end]:
        return False
    head = _PLAN_WORD.match(text, m.start)
    if head is None:
        return False
    if head.end() < m.end:
        return True
    return _NEUTER_BEFORE.search(text, max(0, m.start - 5), m.start) is not None


def checked(text: str, found: list[Match]) -> list[Match]:
    """The last checks of this round on the spans found: portfolio cells (portfolios.py), a
    plan read as a body, a member read as a body or a party read as a member, a party's first
    word in a member's span."""
    found = portfolios.without_portfolios(text, found)
    if not any(m.type in ("organization", "person") for m in found):
        return found
    out: list[Match] = []
    for m in found:
        if m.type == "organization" and _a_plan(text, m):
            continue
        if m.type == "organization" and " Raad van " in text[m.start : m.end]:
            head = _DOUBLE_RAAD.match(text, m.start)
            if head is not None and _MEMBER_TITLE.search(text, max(0, m.start - 20), m.start):
                name = " ".join(head.group().split())
                out.append(Match("person", m.start, head.end(), name, m.role))
                continue
        elif m.type == "person":
            span = text[m.start : m.end]
            if _SHORT_NAME.fullmatch(span):
                continue
            words = span.split()
            if len(words) >= 2 and words[-1] in _PARTY_OPENERS:
                after = text[m.end : m.end + 3].lstrip(" \t\u00a0")
                if after[:1].isupper():
                    kept_words = words[:-1]
                    # 'Bellekom-Vogels van Lokaal Wassenaar!': the particle goes with the party
                    while len(kept_words) > 1 and kept_words[-1] in _PARTICLES:
                        kept_words.pop()
                    kept = " ".join(kept_words)
                    end = m.start + _span_end(span, kept_words)
                    out.append(Match("person", m.start, end, kept, m.role))
                    continue
        out.append(m)
    return out
