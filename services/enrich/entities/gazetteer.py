"""One Aho-Corasick automaton over every gazetteer name, word-boundary aware.

Keys are the exact printed forms: an entry marked case-sensitive (abbreviations: 'OM' is not 'om')
has one, a case-insensitive one also its name with the other case of its first letter. A match
glued to a word or forming a compound ('EU-verband', 'Woo-verzoek') is not a mention of the entity
itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Final

import ahocorasick

from services.enrich.data import rows, variants
from services.enrich.entities import lexicon
from services.enrich.words import by_frequency, peek

# Flattening: these become a space one for one; then runs of whitespace collapse to one space.
_LONE_SPACES: Final = "\t\r\n\u00a0"
# " {2,}": two spaces, then any more; its literal start of two (not one, as "  +" gives the
# engine) is what the engine looks for, so a single space costs no match attempt
_SPACE_RUN: Final = re.compile("   *")
_WHITE_RUN: Final = re.compile(r"\s{2,}")
# Every other character `\s` matches: when present, runs are found the slow way. A segment's text
# words.py has read says so from its cue set (issue #12: the scan of a class with ranges above
# U+00FF is ~1 % of a pass); a window of a text (the gazetteer is asked about those too) is scanned.
OTHER_SPACES: Final = frozenset(
    "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x200B)))
)
_OTHER_SPACE: Final = re.compile("[" + "".join(sorted(OTHER_SPACES)) + "]")


def _other_space(text: str) -> bool:
    seen = peek(text)
    if seen is None:
        return _OTHER_SPACE.search(text) is not None
    return not seen.cues.isdisjoint(OTHER_SPACES)


@dataclass(frozen=True, slots=True)
class Entry:
    type: str
    name: str
    canonical: str
    case_sensitive: bool
    sentence_cased: bool = False  # a register spelling papers print title-cased
    cued: bool = False  # a foreign agency's three letters: found only with a cue (`_cued`)


class Match:
    """A found name: its type, span and canonical name, and a role where a rule gave one. Read
    only.

    A plain class with the frozen dataclass's `__eq__`, `__hash__` and `__repr__` (the same
    values), not the dataclass: compiled, it is a native class built and compared in C; the
    dataclass's generated `__init__` (five `object.__setattr__` calls) and `__eq__` ran as Python,
    for every match of every rule (issue #12). `with_role` stands for `dataclasses.replace`.
    """

    __slots__ = ("canonical", "end", "role", "start", "type")

    def __init__(
        self, type: str, start: int, end: int, canonical: str, role: str | None = None
    ) -> None:
        self.type = type
        self.start = start
        self.end = end
        self.canonical = canonical
        self.role = role

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Match):
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and self.type == other.type
            and self.canonical == other.canonical
            and self.role == other.role
        )

    def __hash__(self) -> int:
        return hash((self.type, self.start, self.end, self.canonical, self.role))

    def __repr__(self) -> str:
        return (
            f"Match(type={self.type!r}, start={self.start!r}, end={self.end!r}, "
            f"canonical={self.canonical!r}, role={self.role!r})"
        )

    def with_role(self, role: str | None) -> Match:
        return Match(self.type, self.start, self.end, self.canonical, role)


_SOURCES: Final = (
    ("organization", "organisations.tsv"),
    ("organization", "registers.tsv"),
    ("organization", "institutions.tsv"),
    ("organization", "short_forms.tsv"),
    ("organization", "subsidies.tsv"),
    ("organization", "firms.tsv"),
    ("organization", "listed.tsv"),  # Euronext Amsterdam's companies (lists46)
    ("organization", "wnt.tsv"),  # the WNT register's subsidised bodies (lists46)
    ("organization", "vocational.tsv"),  # MBO institutions by their domains (lists47)
    ("organization", "care.tsv"),  # care providers and EU agencies, curated (care47)
    ("organization", "social.tsv"),  # the social-security domain's partners (orgsWoo48)
    ("organization", "international.tsv"),
    ("organization", "supranational.tsv"),  # intergovernmental bodies, Wikidata-coded (firms49)
    ("organization", "foreign.tsv"),  # U.S. federal agencies, GSA's table (intl50)
    ("organization", "development.tsv"),
    ("organization", "media.tsv"),
    ("organization", "corporations.tsv"),
    ("party", "parties.tsv"),
    ("law", "laws.tsv"),
    ("location", "locations.tsv"),
)
_PRIORITY: Final = {
    "law": 0,
    "party": 1,
    "organization": 2,
    "location": 3,
    "person": 4,
    "given": 5,
    "surname": 6,  # a cabinet member's surname in the people pass (cabinet.py)
}


def _is_case_sensitive(name: str, row: dict[str, str]) -> bool:
    flag = row.get("case", "")
    if flag:
        return flag != "i"
    # Long multi-word names may start lower-case in running text ('ministerie van ...').
    return not (" " in name and len(name) > 12)


# OCR reads a diaeresis as an acute accent or drops it ('Ministerie van Financién'); names of
# more than one word are found in those spellings too (one word such as 'Italië' stays exact).
_DIAERESIS_READ_AS: Final = ("é", "e")


def _ocr_spellings(name: str) -> list[str]:
    if "ë" not in name or " " not in name:
        return [name]
    return [name, *(name.replace("ë", read) for read in _DIAERESIS_READ_AS)]


def entries() -> list[Entry]:
    found: list[Entry] = []
    for type_, filename in _SOURCES:
        for row in rows(filename):
            for name in _with_union_abbreviated(variants(row)):
                sensitive = _is_case_sensitive(name, row)
                register = row.get("source", "").startswith(_SENTENCE_CASED_SOURCES)
                cued = filename == "foreign.tsv" and _THREE_LETTERS.fullmatch(name) is not None
                for spelling in _ocr_spellings(name):
                    found.append(
                        Entry(type_, spelling, row["canonical"], sensitive, register, cued)
                    )
                short = _SHORT_FORM.fullmatch(name)
                if short is not None:
                    word = short.group(1) or short.group(2)
                    found.append(Entry(type_, word, row["canonical"], True))
                found += [Entry(type_, f, row["canonical"], True) for f in _min_forms(name, row)]
                found += [Entry(type_, f, row["canonical"], True) for f in _closed_fund(name)]
                found += [Entry(type_, f, row["canonical"], True) for f in _district_forms(name)]
                found += [Entry(type_, f, row["canonical"], True) for f in _heading_forms(name)]
                if filename == "media.tsv":
                    found += [Entry(type_, f, row["canonical"], True) for f in _bare_title(name)]
    return found


# A foreign agency's acronym of three letters names it only with a cue (intl50): three capitals
# name too many other things ('direct electronic access (DEA)' in a MiFID fiche is no Drug
# Enforcement Administration). The cues: the country near it ('de Amerikaanse SEC', 'in de
# Verenigde Staten door de FDA'), a kind of body right before it ('luchtvaartautoriteit FAA'), or
# the agency's own name near it ('Food and Drug Administration (FDA)'). Read only where such a
# name was hit, in a window of the text around it.
_THREE_LETTERS: Final = re.compile(r"[A-Z]{3}")
_COUNTRY_NEAR: Final = re.compile(
    r"Amerika|Verenigde Staten|United States|Washington|(?<![\w-])(?:VS|US|U\.S\.)(?![\w-])"
)
_KIND_RIGHT_BEFORE: Final = re.compile(
    r"(?:autoriteit|toezichthouder|waakhond|agentschap|instantie|dienst)[ \u00a0]$",
    re.IGNORECASE,
)
_CUE_WINDOW: Final = 400


def _cued(text: str, start: int, end: int, entry: Entry) -> bool:
    low, high = max(0, start - _CUE_WINDOW), min(len(text), end + _CUE_WINDOW)
    return (
        _COUNTRY_NEAR.search(text, low, high) is not None
        or _KIND_RIGHT_BEFORE.search(text, max(0, start - 24), start) is not None
        or text.find(entry.canonical, low, high) != -1
    )


# A paper's title that opens with its article is cited without it in footnotes and source lines
# ('1. Financieele Dagblad, 15 maart 2021, ...', 'Groene Amsterdammer, 3 mei'; firms49): the
# rest is still the title where it has two capitalised words or more and one of them is no common
# Dutch word. 'Het Laatste Nieuws' keeps its article ('Laatste Nieuws' heads a web page), and a
# one-word rest ('Parool', 'Morgen', 'Standaard') is read by outlets.py or not at all.
_TITLE_ARTICLE: Final = re.compile(r"(?:Het|De|de) ([A-Z][\w-]+(?: [A-Z][\w-]+)+)")


def _bare_title(name: str) -> list[str]:
    m = _TITLE_ARTICLE.fullmatch(name)
    if m is None:
        return []
    rest = m.group(1)
    return [] if all(lexicon.common_word(w) for w in rest.split()) else [rest]


# A ruling opens with its court's name in capitals ('RECHTBANK DEN HAAG', 'GERECHTSHOF
# AMSTERDAM', the Council of State's 'AFDELING BESTUURSRECHTSPRAAK'): that heading names the court.
_COURT: Final = re.compile(
    r"(?:Rechtbank|Gerechtshof) [A-Z'].+|Afdeling bestuursrechtspraak|"
    r"Centrale Raad van Beroep|College van Beroep voor het bedrijfsleven"
)


def _heading_forms(name: str) -> list[str]:
    return [name.upper()] if _COURT.fullmatch(name) else []


# An environment service goes by 'OD' and its region, spelled out or by its initials: 'OD
# IJmond', 'de OD NHN' (Omgevingsdienst Noord-Holland Noord). An initial is a capitalised part's
# first letter; 'IJ' is one letter in Dutch.
_DISTRICT: Final = re.compile(r"Omgevingsdienst ([A-Z][\w&' -]+)")
_REGION_PART: Final = re.compile(r"(?<![\w])(IJ|[A-Z])")


def _district_forms(name: str) -> list[str]:
    district = _DISTRICT.fullmatch(name)
    if district is None:
        return []
    region = district.group(1)
    initials = _REGION_PART.findall(region)
    forms = [f"OD {region}"]
    if len(initials) >= 2:  # one word ('IJmond') has no initials' form
        forms.append("OD " + "".join(initials))
    return forms


# A fund listed in two words ('Mondriaan Fonds', 'Oranje Fonds') is as often written as the one
# compound Dutch spelling makes of it ('het Mondriaanfonds'); a name of more words or an
# abbreviation before 'Fonds' ('Jan Vrijman Fonds', 'NWB Fonds') is not.
_TWO_WORD_FUND: Final = re.compile(r"([A-Z][a-z]{3,}) Fonds")


def _closed_fund(name: str) -> list[str]:
    fund = _TWO_WORD_FUND.fullmatch(name)
    return [fund.group(1) + "fonds"] if fund is not None else []


# Mail and inventories write a ministry as 'Min' and its abbreviation ('MinBZK', 'MinvLNV'), or
# as 'Min' and the first letters of its one-word portfolio ('MinFin', 'MinDef').
_MINISTRY_ABBREVIATION: Final = re.compile(r"[A-Z][A-Za-z&]{1,5}")
_ONE_PORTFOLIO: Final = re.compile(r"Ministerie van ([A-Z][a-zë]{3,})")


def _min_forms(name: str, row: dict[str, str]) -> list[str]:
    if not row["canonical"].startswith("Ministerie van "):
        return []
    one = _ONE_PORTFOLIO.fullmatch(name)
    if one is not None:
        return ["Min" + one.group(1)[:3]]
    capitals = sum(1 for c in name if c.isupper())
    if _MINISTRY_ABBREVIATION.fullmatch(name) is None or capitals < 2:
        return []
    return ["Min" + name, "Minv" + name]


# A body 'van de Europese Unie' is also printed 'van de EU' ('het Hof van Justitie van de EU').
_OF_THE_UNION: Final = " van de Europese Unie"


def _with_union_abbreviated(names: list[str]) -> list[str]:
    short = [n.replace(_OF_THE_UNION, " van de EU") for n in names if _OF_THE_UNION in n]
    return names + [n for n in short if n not in names]


# 'Stichting Voedingscentrum Nederland' is 'het Voedingscentrum' in the papers: a foundation named
# by one compound that ends in a body's word is also named by that word alone; so is a national
# body named by such a compound and 'Nederland' ('Zorginstituut Nederland', 'het Zorginstituut').
_COMPOUND: Final = r"[A-Z][a-zë]{3,}(?:centrum|instituut|fonds|bureau|academie|museum)"
_SHORT_FORM: Final = re.compile(
    rf"(?:Stichting|Vereniging) ({_COMPOUND})(?: Nederland)?|({_COMPOUND}) Nederland"
)


# The government organisation registers write names in sentence case ('Onderzoeksraad voor
# veiligheid'); papers print them title-cased. Other lists keep the spelling they give.
_SENTENCE_CASED_SOURCES: Final = ("oo-export", "oo-register", "polder-roo")


# Abbreviations mail and minutes also write in lower case ('ik en rivm'): the lower-case form is
# no Dutch or English word and no other body's, so it is a mention too (hosts and e-mail addresses
# such as 'rivm.nl' are websites, told apart where matches are read).
_LOWER_CASE_TOO: Final = frozenset({"RIVM", "NVWA", "KNMI", "UWV", "GGD", "OMT", "NCTV", "AIVD"})


# Words a title-cased name leaves in lower case ('Raad voor de Kinderbescherming').
_FUNCTION_WORDS: Final = frozenset({
    "van", "voor", "de", "der", "den", "het", "en", "op", "in", "tot", "ter", "te", "bij", "aan",
    "met", "over", "om", "of", "uit", "'t", "'s",
})  # fmt: skip


def _title_cased(name: str) -> str:
    """'Adviesraad internationale vraagstukken' as papers print it: 'Adviesraad Internationale
    Vraagstukken'. The register writes many names in sentence case."""
    words = name.split(" ")
    return " ".join(
        w[:1].upper() + w[1:] if i and w[:1].islower() and w not in _FUNCTION_WORDS else w
        for i, w in enumerate(words)
    )


# An abbreviation and one word in capitals: a brand's name ('ABN AMRO').
_BRAND_CAPITALS: Final = re.compile(r"([A-Z]{2,4}) ([A-Z])([A-Z]{3,})")
# A name of capital blocks joined by hyphens ('VNO-NCW', 'KRO-NCRV') is also typed with a space.
_SITE_CAPITALS: Final = re.compile(r"([A-Z]{2,})(\.(?:nl|com|be|org|eu))")
_CAPITAL_BLOCKS: Final = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})+")


# A ministry's letters joined by 'en' ('IenW', 'JenV') are typed in capitals in inventories and
# mail headers ('IENW/NCTV', 'IENW/JENV/BZK'); a party's ('MenS') would be a word in capitals.
_JOINED_BY_EN: Final = re.compile(r"[A-Z]en[A-Z]")


# ... but a ministry's kenmerk opens with those capitals too ('IENW/BSK-2021/12345'): an id.
_KENMERK_REST: Final = re.compile(r"/[A-Z]{2,}(?:[-/][A-Z]{2,})*[-/ ]?\d")


def _opens_kenmerk(text: str, end: int, entry: Entry) -> bool:
    return (
        text.startswith("/", end)
        and _JOINED_BY_EN.fullmatch(entry.name) is not None
        and _KENMERK_REST.match(text, end) is not None
        and text[end - len(entry.name) : end].isupper()
    )


def _printed_forms(entry: Entry) -> list[str]:
    """The exact strings that mention an entry: its name, and for a case-insensitive entry the
    name with its first letter in either case ('ministerie van ...')."""
    if entry.name in _LOWER_CASE_TOO:
        return [entry.name, entry.name.lower()]
    if entry.type == "organization" and _JOINED_BY_EN.fullmatch(entry.name):
        return [entry.name, entry.name.upper()]
    if _CAPITAL_BLOCKS.fullmatch(entry.name):
        return [entry.name, entry.name.replace("-", " ")]
    if entry.case_sensitive or not entry.name:
        return [entry.name]
    first, rest = entry.name[0], entry.name[1:]
    firsts = dict.fromkeys((first, first.lower(), first.upper(), first.title()))
    return [c + rest for c in firsts if c.lower() == first.lower()]


# The body's word a sentence-cased name keeps in lower case: papers write 'de Nederlandse
# arbeidsinspectie', 'het Centraal bureau voor de statistiek' as often as the listed form.
_BODY_WORD: Final = re.compile(
    r"(?:inspectie|autoriteit|raad|commissie|dienst|bureau|instituut|vereniging|federatie|"
    r"stichting|agentschap|centrum|college|bond|unie|ombudsman|rekenkamer|politie|marechaussee|"
    r"bank|academie|organisatie|overleg)$"
)


def _sentence_cased(entry: Entry) -> str | None:
    """'Nederlandse Arbeidsinspectie' -> 'Nederlandse arbeidsinspectie': a listed organisation's
    title-cased name of two words or more, a body's word among the ones lower-cased; words in
    capitals or with capitals inside ('GGD', 'ProRail') stay."""
    if entry.type != "organization" or entry.case_sensitive or " " not in entry.name:
        return None
    words = entry.name.split(" ")
    lowered = [
        w[0].lower() + w[1:] if i and w[:1].isupper() and w[1:].islower() else w
        for i, w in enumerate(words)
    ]
    if lowered == words or not any(
        _BODY_WORD.search(w) for w, was in zip(lowered, words, strict=True) if w != was
    ):
        return None
    return " ".join(lowered)


# The kinds of public body whose name, led by its kind and a 'voor'/'van', letters also write
# all in lower case; no firm's, foundation's or club's (a local 'stichting van houten' is a
# surname's).
_PUBLIC_KINDS: Final = frozenset(
    {"raad", "dienst", "rijksdienst", "autoriteit", "inspectie", "college", "commissie", "centraal"}
)


def _all_lower_cased(entry: Entry) -> str | None:
    """'Raad voor Rechtsbijstand' -> 'raad voor rechtsbijstand'."""
    if entry.type != "organization" or entry.case_sensitive:
        return None
    words = entry.name.split(" ")
    if len(words) < 3 or words[0].lower() not in _PUBLIC_KINDS:
        return None
    if not {"voor", "van"} & set(words[1:3]):
        return None
    return entry.name.lower()


# Dutch writing lower-cases a European body's words at will: 'het Europees parlement', 'de
# europese commissie', 'de Europese centrale bank' (letters62). A name led by 'Europese' or
# 'Europees' of two or three words, which no list marks case-sensitive, in both casings: no such
# lower-case phrase is a common one (longer names hold one: 'Europese Gemeenschap voor
# Territoriale Samenwerking'; the marked ones too: 'Europees Forum').
_EUROPEAN: Final = frozenset({"Europese", "Europees"})
_EUROPEAN_WORDS: Final = 3


def _european_casings(entry: Entry) -> list[str]:
    if entry.type != "organization" or entry.case_sensitive:
        return []
    words = entry.name.split(" ")
    if not 2 <= len(words) <= _EUROPEAN_WORDS or words[0] not in _EUROPEAN:
        return []
    if not all(w.isalpha() for w in words):
        return []
    lowered = entry.name.lower()
    return [words[0] + lowered[len(words[0]) :], lowered]


# Text joined from wrapped lines loses the space at the join, inside a name too: 'Oxfam' +
# 'Novib', 'Centrum voor' + 'Veilig Wonen', 'College' + 'van procureurs-generaal'. Read where the
# join leaves a trace: a capital right after a lower-case letter, or a name's word and a 'van',
# 'voor' or 'der' that no Dutch word ends in; never 'en', 'de' or 'in' ('Zorgen', 'Bankde').
_GLUED_WORDS: Final = frozenset({"van", "voor", "der", "den", "het", "ter", "tot"})


def _inner_glued(name: str) -> list[str]:
    words = name.split(" ")
    forms = []
    for i in range(1, len(words)):
        left, right = words[i - 1], words[i]
        if len(left) < 2 or len(right) < 2 or not left[-1].isalpha():
            continue
        hump = left[-1].islower() and right[0].isupper()
        if hump or (right in _GLUED_WORDS and left[0].isupper()):
            forms.append(" ".join([*words[: i - 1], left + right, *words[i + 1 :]]))
    return forms


# An abbreviation of capitals with one inner ampersand: DT&V, OC&W, EL&I.
_AMPERSAND_ABBREVIATION: Final = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")
# Between a capitalised word's lower-case end and the next capital: 'Midden-Nederland',
# 'Arnhem-Leeuwarden'; not a suspended hyphen ('Voedsel- en') nor one before a lower-case word.
_ABBREVIATED_WORD: Final = re.compile(r"[A-Z]{2,5}-[a-zà-ÿ]{3,}")
_HYPHEN_IN_NAME: Final = re.compile(r"(?<=[a-zà-ÿ])-(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")


# A listed name of an abbreviation and one capitalised word: 'LTO Noord', 'GGD Twente'.
_ABBREVIATION_AND_WORD: Final = re.compile(r"([A-Z]{2,5}) ([A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,})")


# Papers lower-case words of a ministry's portfolio at will: 'het Ministerie van Infrastructuur en
# milieu', 'het ministerie van volksgezondheid, welzijn en sport'. Every such casing of a listed
# ministry's name is the ministry (a portfolio of five words or more is left as listed).
_MINISTRY: Final = "Ministerie van "
_MINISTRY_WORDS: Final = 4


def _ministry_casings(entry: Entry) -> list[str]:
    if entry.type != "organization" or not entry.name.startswith(_MINISTRY):
        return []
    words = entry.name[len(_MINISTRY) :].split(" ")
    # capitalised words only: an abbreviation or a camel-cased one ('IenW') keeps its case
    capitals = [i for i, w in enumerate(words) if w[:1].isupper() and w[1:] == w[1:].lower()]
    if not capitals or len(capitals) > _MINISTRY_WORDS:
        return []
    forms = []
    for mask in range(1, 2 ** len(capitals)):
        cased = list(words)
        for bit, i in enumerate(capitals):
            if mask >> bit & 1:
                cased[i] = cased[i][0].lower() + cased[i][1:]
        name = _MINISTRY + " ".join(cased)
        forms += [name, "m" + name[1:]]
    return forms


# Papers name a foundation without 'Stichting' ('Milieu Centraal', 'Aqua for All'): two words at
# least, the first capitalised and no article or particle (a bare 'De Brug' or 'Van Gogh' names a
# thing or a person as often), no bracketed abbreviation.
_FOUNDATION: Final = re.compile(
    r"Stichting ((?!(?:De|Het|Een|Van|Voor|Tot|Ter|Ten|In|Op)\b)[A-Z][^()\s]* [^()]+)"
)


@cache
def automaton() -> ahocorasick.Automaton:
    """Keyed by the exact printed form, so one pass over the text (not lower-cased) finds only
    mentions in a case that counts; each form maps to the first entry it may mention."""
    auto = ahocorasick.Automaton()
    chosen: dict[str, Entry] = {}
    listed = entries()
    for entry in listed:
        for form in _printed_forms(entry):
            chosen.setdefault(form, entry)
    # A register name title-cased, where no list spells that form itself.
    for entry in listed:
        if entry.sentence_cased and not entry.case_sensitive and " " in entry.name:
            chosen.setdefault(_title_cased(entry.name), entry)
    # A listed name with its later words in lower case ('de Nederlandse arbeidsinspectie').
    for entry in listed:
        lowered = _sentence_cased(entry)
        if lowered is not None:
            chosen.setdefault(lowered, entry)
    # A European body's name with its words in lower case.
    for entry in listed:
        for form in _european_casings(entry):
            chosen.setdefault(form, entry)
    # A public body's name of three words or more written all in lower case ('de raad voor
    # rechtsbijstand (hierna: de raad)', 'het advies van de raad van state').
    for entry in listed:
        lowered = _all_lower_cased(entry)
        if lowered is not None:
            chosen.setdefault(lowered, entry)
    # A public body's name led by its kind and 'van'/'voor', its later words in lower case and its
    # kind capitalised: 'de Inspectie van het onderwijs', 'de Raad voor cultuur' (orgs76, from
    # orgs75's Left); the all-lower-case form is _all_lower_cased's.
    for entry in listed:
        lowered = _all_lower_cased(entry)
        if lowered is not None:
            chosen.setdefault(entry.name[0] + lowered[1:], entry)
    # An abbreviation and a region's word, listed with a space, printed with a hyphen and the
    # word in either case: 'LTO-noord', 'GGD-Twente' (the listed LTO Noord, GGD Twente; orgs76).
    for entry in listed:
        joined = (
            _ABBREVIATION_AND_WORD.fullmatch(entry.name) if entry.type == "organization" else None
        )
        if joined is not None:
            chosen.setdefault(f"{joined[1]}-{joined[2]}", entry)
            chosen.setdefault(f"{joined[1]}-{joined[2].lower()}", entry)
    # A name of several words with one inner space lost where text joined a wrapped line.
    for entry in listed:
        if entry.type == "organization" and " " in entry.name:
            for form in _inner_glued(entry.name):
                chosen.setdefault(form, entry)
    # A name of several words with a hyphen between two of its capitalised words typed as a space
    # ('de rechtbank Midden Nederland').
    # Or dropped, where it was a soft or non-breaking hyphen that text extraction lost ('de
    # rechtbank MiddenNederland' on a court's own web page).
    for entry in listed:
        if entry.type == "organization" and " " in entry.name and "-" in entry.name:
            spaced = _HYPHEN_IN_NAME.sub(" ", entry.name)
            if spaced != entry.name:
                for form in _printed_forms(replace(entry, name=spaced)):
                    chosen.setdefault(form, entry)
                for form in _printed_forms(
                    replace(entry, name=_HYPHEN_IN_NAME.sub("", entry.name))
                ):
                    chosen.setdefault(form, entry)
    # An abbreviation with an ampersand as papers also spell it, the ampersand written out: 'de
    # DTenV' (the listed DT&V; orgsLet48's set K48), as 'IenW', 'JenV', 'OCenW' for I&W, J&V,
    # OC&W; case-sensitive, as the abbreviation is.
    for entry in listed:
        if entry.type == "organization" and _AMPERSAND_ABBREVIATION.fullmatch(entry.name):
            chosen.setdefault(entry.name.replace("&", "en"), entry)
    # A body's abbreviation and word with the hyphen between them dropped: 'de VOraad', 'de
    # MBOraad' (the listed VO-raad, MBO-raad; orgs60).
    for entry in listed:
        if entry.type == "organization" and _ABBREVIATED_WORD.fullmatch(entry.name):
            chosen.setdefault(entry.name.replace("-", ""), entry)
    # An abbreviation and a word in a brand's capitals ('ABN AMRO'), as papers also type it with
    # the word title-cased: 'ABN Amro' (letters66).
    for entry in listed:
        brand = _BRAND_CAPITALS.fullmatch(entry.name) if entry.type == "organization" else None
        if brand is not None:
            chosen.setdefault(f"{brand[1]} {brand[2]}{brand[3].lower()}", entry)
    # A site named in its brand's capitals ('NU.nl') as papers also type it, title-cased: '2.
    # Nu.nl, 21 januari 2010, «...»' (orgs75).
    for entry in listed:
        site = _SITE_CAPITALS.fullmatch(entry.name) if entry.type == "organization" else None
        if site is not None:
            chosen.setdefault(site[1][0] + site[1][1:].lower() + site[2], entry)
    # A ministry's name with words of its portfolio in lower case.
    for entry in listed:
        for form in _ministry_casings(entry):
            chosen.setdefault(form, entry)
    # A foundation named without its legal form, where no list spells that form itself.
    for entry in listed:
        bare = _FOUNDATION.fullmatch(entry.name) if entry.type == "organization" else None
        if bare is not None:
            chosen.setdefault(bare.group(1), entry)
    for form in by_frequency(chosen):
        auto.add_word(form, (len(form), chosen[form]))
    auto.make_automaton()
    return auto


# A name followed by its abbreviation between dashes: 'Centrum voor Wiskunde en Informatica-CWI-'.
_APPOSITION: Final = re.compile(r"[-\u2010\u2011][A-Z]{2,8}[-\u2010\u2011](?!\w)")
_APPOSITION_END: Final = re.compile(r"[-\u2010\u2011](?!\w)")


# The body's own people and parts after its abbreviation: a mention of the body ('VWS-com'),
# also its organs, venues and members ('het OESO-platform', 'de EU-lidstaten', 'het
# VN-secretariaat'); what it makes or is about stays none ('EU-taxonomie', 'AIVD-rapport').
_PART_OF: Final = re.compile(
    r"[-\u2010\u2011](?:beleid|com|communicatie|directie|woordvoering|woordvoerder|collega's|"
    # a contact at the body: 'een direct EZK- en NFIA/RVO-contact' (orgs76)
    r"contact|contacten|contactpersoon|"
    r"collega’s|collega|collegas|medewerkers|medewerker|kant|zijde|top|leiding|"
    r"platform|secretariaat|werkgroep|delegatie|vertegenwoordiging|lidstaten|lidstaat|bestuur|"
    r"voorzitterschap|kantoor|"
    # the people it employs by their work: 'de GGD-arts', 'een NVWA-inspecteur'
    r"arts|artsen|inspecteur|inspecteurs|onderzoeker|onderzoekers|ambtenaar|ambtenaren|"
    # a news medium's own pieces: 'het NRC-artikel', 'de NOS-uitzending' (an 'AIVD-rapport' is
    # a subject, as the repository gold reads it)
    r"artikel|artikelen|bericht|berichten|uitzending)(?![\w-])"
)


# ... and a news medium's pieces after its name ('het Volkskrant-bericht', 'het Trouw-artikel').
_PIECE_OF: Final = re.compile(
    r"[-\u2010\u2011](?:artikel|artikelen|bericht|berichten|uitzending|interview)(?![\w-])"
)
# ... and the people a body employs, after its name as after its abbreviation:
# 'Volkskrant-journalist Arnout Brouwer', 'Clingendael-onderzoeker Bob Deen', 'KNMI-directeur'
# (orgs72). Only after a listed body's name (not a place's: 'Brussel-correspondent' stays none).
_STAFF_OF: Final = re.compile(
    r"[-\u2010\u2011](?:journalist|journalisten|onderzoeker|onderzoekers|medewerker|medewerkers|"
    r"directeur|hoofdredacteur|redacteur|verslaggever|correspondent|woordvoerder|topman|topvrouw|"
    r"bestuurder|bestuursvoorzitter|econoom|economen)(?![\w-])"
)


# Text joined from wrapped lines without a space glues a small word to a name's edge: 'hetInter-
# provinciaal Overleg', 'van Buitenlandse Zakenen Nederland', 'Buitenlandse Zakenheeft'. These
# words, whole, only there: a capital right after one or one right after a name of several words.
_GLUED_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:het|de|van|en|voor|bij|door|met|aan|op|in|naar|dat|die)$"
)
_GLUED_AFTER: Final = re.compile(
    r"(?:en|heeft|hebben|is|zijn|was|wordt|werd|van|voor|de|het|in|op|om|te|met|aan|bij|die|dat|"
    r"kan|zal|gaat|over|naar|uit|onder|tot)(?![^\W\d_])"
)


def _glued_before(text: str, start: int, before: str) -> bool:
    """One such small word glued in front of a name's capital ('hetInterprovinciaal Overleg')."""
    return (
        before.islower()
        and text[start].isupper()
        and _GLUED_BEFORE.search(text, max(0, start - 5), start) is not None
    )


def _glued_after(text: str, start: int, end: int, after: str) -> bool:
    """One such small word glued after a name of several words ('Economische Zakenheeft')."""
    if not after.islower() or not text[end - 1].islower() or " " not in text[start:end]:
        return False
    glued = _GLUED_AFTER.match(text, end)
    # 'Centrale Banken' is a plural: 'en' only after a name that cannot take it as one ('Zakenen')
    return glued is not None and (glued.group() != "en" or text[end - 1] in "aeiouyn")


_DASHES: Final = "-\u2010\u2011"  # a compound's hyphens, on either side of a name (`_bounded`)


def _bounded(text: str, start: int, end: int, organization: bool = False) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() and not after.isalnum() and _after_footnote_mark(text, start):
        before = " "
    if (
        organization
        and after.isdigit()
        and not before.isalnum()
        and _footnote_after(text, start, end)
    ):
        after = " "
    if before.isalnum() and not after.isalnum() and _glued_before(text, start, before):
        before = " "
    elif after.isalnum() and not before.isalnum() and _glued_after(text, start, end, after):
        after = " "
    if before.isalnum() or after.isalnum():
        return False
    if after in _DASHES and end + 1 < len(text) and text[end + 1].isalpha():
        # compound: 'EU-agentschappen'; but 'Informatica-CWI-' names the abbreviation, and
        # 'VWS-beleid', 'RIVM-collega's' name the body's own people or part
        if text[start:end].isupper() and _PART_OF.match(text, end) is not None:
            return True
        if organization and text[start].isupper() and _PIECE_OF.match(text, end) is not None:
            return True  # 'het Volkskrant-bericht': a medium's own piece under its name
        if organization and text[start].isupper() and _STAFF_OF.match(text, end) is not None:
            return True  # 'Clingendael-onderzoeker Bob Deen': one of the body's own people
        return _APPOSITION.match(text, end) is not None
    if before in _DASHES and start >= 2 and text[start - 2].isalpha():
        return text[start:end].isupper() and _APPOSITION_END.match(text, end) is not None
    return True


# A footnote's number glued to an abbreviation's last capital ('onderzocht door het WODC2 waar'):
# one or two digits, the first no zero, then a space or punctuation; a longer number, a decimal,
# a letter after it or a leading zero make another word ('G20', 'A2-weg', a parcel's 'LSR00').
_FOOTNOTE_AFTER: Final = re.compile(r"[1-9]\d?(?=[ \n,.;:)?!](?!\d))")


def _footnote_after(text: str, start: int, end: int) -> bool:
    """... or to a name of several words that ends in a lower-case letter ('het advies van de Raad
    van State1 op'): no listed name of words runs on into digits."""
    name = text[start:end]
    abbreviation = end - start >= 3 and name.isupper() and name.isalpha()
    words = " " in name and name[-1].islower()
    # a listed name of one word of five letters or more ('een onderzoek van Centerdata2 naar')
    word = end - start >= 5 and name.isalpha() and name[0].isupper() and name[-1].islower()
    return (abbreviation or words or word) and _FOOTNOTE_AFTER.match(text, end) is not None


def _after_footnote_mark(text: str, start: int) -> bool:
    """A footnote's number glued to its first word, as PDF text has it: '1Brabants Dagblad, 2 juli'.
    One to three digits that open a line (the flat text has a space there) before a capital."""
    if not text[start].isupper():
        return False
    at = start - 1
    while at >= 0 and start - at <= 3 and text[at].isdigit():
        at -= 1
    return at < 0 or (
        text[at] in " \n" and start - at <= 4 and not text[at + 1 : start].startswith("0")
    )


# The same text is flattened for the gazetteer and again for the listed people: kept for the
# latest texts (the lists are only read, never changed).
@lru_cache(maxsize=4)
def _flatten(text: str) -> tuple[str, list[int], list[int]]:
    """Whitespace runs (line breaks inside a name) become one space, as does a lone tab, line
    break or no-break space. Returns the flat text and, per collapsed run, the first flat position
    after it and the offset (original - flat) from there on."""
    other = _other_space(text)  # (the lone spaces are none of them)
    for ch in _LONE_SPACES:
        if ch in text:
            text = text.replace(ch, " ")  # same length: offsets unchanged
    runs = _WHITE_RUN if other else _SPACE_RUN
    spans = [m.span() for m in runs.finditer(text)]
    if not spans:
        return text, [], []
    after: list[int] = []
    offsets: list[int] = []
    pieces: list[str] = []
    shift = pos = 0
    for start, end in spans:
        pieces.append(text[pos:start])
        shift += end - start - 1
        after.append(end - shift)
        offsets.append(shift)
        pos = end
    pieces.append(text[pos:])
    return " ".join(pieces), after, offsets


def find(text: str, auto: ahocorasick.Automaton | None = None) -> list[Match]:
    """All gazetteer matches (of `auto`, else of every list), overlaps resolved: longest first,
    then by type priority."""
    flat, after, offsets = _flatten(text)
    found = _find_flat(flat, automaton() if auto is None else auto)
    return _unflattened(found, after, offsets)


@lru_cache(maxsize=2)
def _joined(other: ahocorasick.Automaton) -> ahocorasick.Automaton:
    """The gazetteer's keys and `other`'s in one automaton, each key's payload a pair: its
    gazetteer payload and its payload in `other` (None where it is not a key of that one)."""
    pairs: dict[str, list[tuple[int, Entry] | None]] = {}
    for key, value in automaton().items():
        pairs[key] = [value, None]
    for key, value in other.items():
        pairs.setdefault(key, [None, None])[1] = value
    auto = ahocorasick.Automaton()
    for key in by_frequency(pairs):
        ours, theirs = pairs[key]
        auto.add_word(key, (ours, theirs))
    auto.make_automaton()
    return auto


_Hits = list[tuple[int, tuple[int, Entry]]]


def _passed(joined: ahocorasick.Automaton, flat: str) -> tuple[_Hits, _Hits]:
    """The joined automaton's hits in a flat text: the gazetteer's and the other list's."""
    ours: _Hits = []
    theirs: _Hits = []
    for last, (mine, listed) in joined.iter(flat):
        if mine is not None:
            ours.append((last, mine))
        if listed is not None:
            theirs.append((last, listed))
    return ours, theirs


# A document's segment texts passed through the joined automaton in a row (`read_all`): amid the
# finders' work its trie (some 470,000 nodes) is out of the cache, and a pass cost about twice as
# much on the clock (throughput40). What a text's pass gives depends on the text alone, so a text
# read here is not read again: its flat text and hits are kept until the next document's.
_PASSED: dict[str, tuple[str, list[int], list[int], _Hits, _Hits]] = {}
_PASSED_WITH: list[ahocorasick.Automaton] = []  # the other automaton they were read with
_MOST_PASSED: Final = 4096


def read_all(texts: Iterable[str], other: ahocorasick.Automaton) -> None:
    """Pass each of `texts` through the automaton of the gazetteer and `other` now, for
    `find_both` (what was kept of the last document's is dropped)."""
    _PASSED.clear()
    _PASSED_WITH.clear()
    _PASSED_WITH.append(other)
    joined = _joined(other)
    for text in texts:
        if len(_PASSED) >= _MOST_PASSED:
            return
        if text not in _PASSED:
            flat, after, offsets = _flatten(text)
            ours, theirs = _passed(joined, flat)
            _PASSED[text] = (flat, after, offsets, ours, theirs)


def find_both(text: str, other: ahocorasick.Automaton) -> tuple[list[Match], list[Match]]:
    """`find(text)` and `find(text, other)` (the listed people's automaton), from one pass over the
    flat text: an automaton's pass costs about as much as many substring tests (issue #12)."""
    kept = _PASSED.get(text)
    if kept is not None and _PASSED_WITH[0] is other:
        flat, after, offsets, ours, theirs = kept
    else:
        flat, after, offsets = _flatten(text)
        ours, theirs = _passed(_joined(other), flat)
    # no hits, no matches: most segments hold no listed person, many no listed name (enspeed42)
    return (
        _unflattened(_resolved(flat, ours), after, offsets) if ours else [],
        _unflattened(_resolved(flat, theirs), after, offsets) if theirs else [],
    )


def _unflattened(
    found: list[tuple[int, int, Entry]], after: list[int], offsets: list[int]
) -> list[Match]:
    """Matches in the flat text as matches in the text it was flattened from."""
    if not after:
        return [Match(e.type, start, end, e.canonical) for start, end, e in found]
    out = []
    for start, end, entry in found:
        i = bisect_right(after, start)
        j = bisect_right(after, end - 1)
        out.append(
            Match(
                entry.type,
                start + (offsets[i - 1] if i else 0),
                end + (offsets[j - 1] if j else 0),
                entry.canonical,
            )
        )
    return out


# A Dutch postcode: four digits (no leading zero), a space, two capitals, then its place or 'te'
# ('3500 GS Utrecht', '6040 AZ te Roermond', '2500 EA\nDen Haag' flattened).
_POSTCODE_DIGITS: Final = re.compile(r"(?<![\w.,-])[1-9]\d{3} $")
_PLACE_AFTER: Final = re.compile(r" (?:[A-Z]|te )|$")
# ... but a year in a sentence ('In 2020 GS Utrecht') follows a word, an address's postcode
# a number (a post box, a house), a comma or nothing. Only a year's digits can be a sentence's:
# after a street whose number was lost ('Stadsplateau 3521 AZ Utrecht', OCR) they are a postcode.
_PROSE_BEFORE: Final = re.compile(r"(?<![\w-])[A-Za-zà-ÿ]+ $")
_A_YEAR: Final = re.compile(r"1[89]\d\d|20\d\d")
# ... or after a post box's number, where OCR garbled the place ('Postbus 15590, 4160 BZ ag Haag',
# ocr49): a post box is followed by its postcode, whatever comes after.
_POST_BOX_BEFORE: Final = re.compile(r"[Pp]ostbus \d{1,6},? $")


def _postcode_letters(text: str, start: int, end: int) -> bool:
    """Two capitals that are a postcode's letters, not an abbreviation ('3500 GS Utrecht' is no
    Gedeputeerde Staten, '6040 AZ Roermond' no Algemene Zaken)."""
    return (
        end - start == 2
        and start >= 5
        and text[start - 2].isdigit()
        and _POSTCODE_DIGITS.search(text, start - 6, start) is not None
        and (
            _PLACE_AFTER.match(text, end) is not None
            or _POST_BOX_BEFORE.search(text, max(0, start - 26), start - 5) is not None
        )
        and (
            _A_YEAR.match(text, start - 5, start - 1) is None
            or _PROSE_BEFORE.search(text, max(0, start - 20), start - 5) is None
        )
    )


# The Union's letters as a part of an act's citation, no body (ocr49): the suffix of its number
# ('Richtlijn 2002/46/EU', '2019/ 19/EU' where OCR lost the act's word and the reference with it)
# and the bracketed mark before the number or after the act's word ('Verordening (EU) 2016/679',
# OCR's 'Verordening (EU) ded' or 'oe (EU) 2004/2012'). 'de Europese Unie (EU)' defines a body.
_ACT_LETTERS: Final = frozenset({"EU", "EG", "EEG"})
_ACT_NUMBER_AFTER: Final = re.compile(r"\) ?(?:19|20)\d\d ?/")
_ACT_WORD_BEFORE: Final = re.compile(r"(?:[Vv]erordening|[Rr]ichtlijn|[Bb]esluit|[Bb]eschikking) $")


def _act_mark(text: str, start: int, end: int) -> bool:
    """The letters at start:end, after '/' or '(', mark an act's citation, not the Union."""
    if text[start:end] not in _ACT_LETTERS:
        return False
    if text[start - 1] == "/":
        return start >= 2 and text[start - 2].isdigit()
    return _ACT_NUMBER_AFTER.match(text, end) is not None or (
        text.startswith(")", end)
        and _ACT_WORD_BEFORE.search(text, max(0, start - 14), start - 1) is not None
    )


# The letters of an EU document's series before its year in brackets, no body (intl50): the
# Commission's staff working paper 'SEC(2021) 573' is no Securities and Exchange Commission.
_SERIES_LETTERS: Final = frozenset({"SEC", "COM", "SWD", "JOIN"})
_YEAR_IN_BRACKETS: Final = re.compile(r"\((?:19|20)\d\d\)")


def _series_mark(text: str, start: int, end: int) -> bool:
    """The letters at start:end, before '(', open an EU document's number ('SEC(2021) 573')."""
    return text[start:end] in _SERIES_LETTERS and _YEAR_IN_BRACKETS.match(text, end) is not None


def _find_flat(text: str, auto: ahocorasick.Automaton) -> list[tuple[int, int, Entry]]:
    return _resolved(text, auto.iter(text))


def _resolved(
    text: str, hits: Iterable[tuple[int, tuple[int, Entry]]]
) -> list[tuple[int, int, Entry]]:
    """An automaton's hits in the flat text, bounded and overlaps resolved (`find`)."""
    candidates: list[tuple[int, int, int, Entry]] = []
    size = len(text)
    for last, (length, entry) in hits:
        start, end = last - length + 1, last + 1
        before = text[start - 1] if start else " "
        after = text[end] if end < size else " "
        # only where a name touches a letter, digit or hyphen is `_bounded` more than that test
        touches = before.isalnum() or after.isalnum() or before in _DASHES or after in _DASHES
        if touches and not _bounded(text, start, end, entry.type == "organization"):
            continue
        if (
            (after == "/" and _opens_kenmerk(text, end, entry))
            or (length == 2 and _postcode_letters(text, start, end))
            or ((before == "/" or before == "(") and _act_mark(text, start, end))
            or (after == "(" and _series_mark(text, start, end))
            or (entry.cued and not _cued(text, start, end, entry))
        ):
            continue
        candidates.append((start - end, _PRIORITY[entry.type], start, entry))
    if len(candidates) > 1:
        candidates.sort(key=lambda c: c[:3])
    taken = bytearray(len(text))  # 1 where a kept match lies
    out: list[tuple[int, int, Entry]] = []
    for negative_length, _, start, entry in candidates:
        end = start - negative_length
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append((start, end, entry))
    out.sort(key=lambda m: m[0])
    return out
