"""An unknown member of a run of three or more names beside a known body, where the list rule
(orglists.py) cannot read the run:

- its names wrap over lines, or a member holds a known body with more words, as a Woo
  inventory's sender and recipient cells run together ('NVWA IenW, Bootgilde en' + a line break
  + 'Rijkswaterstaat');
- it has commas only, as those cells do ('LNV, EZK, RVO, Veenpunt, IPO,');
- the member is a name with a capital inside ('de NVWA en KustLab'), which is neither an
  abbreviation nor a word to the list rule.

The run is read as alongside.py reads it: names of up to four capitalised words, over line
breaks, joined by commas, 'en' or 'of'. A member is taken as the list rule takes one: an
abbreviation, a body-shaped name, or one capitalised word that opens no sentence. It is not taken
when it is a people's adjective before its noun ('Franse regering'), half of a split compound
('Inlichtingen- en', 'Noord-' + a line break + 'Brabant'), or the first word of a name that goes
on in lower case. Only names no list knows and nothing else claims are taken.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import alongside, orglists, portfolios
from services.enrich.entities.gazetteer import Match

_LEAST: Final = 3  # two names are a pair: alongside.py decides about those
_NOUN_AFTER: Final = re.compile(r"[ \t\u00a0\n]+[a-zà-ÿ]")
_SUSPENDED: Final = re.compile(r"-[ \t\u00a0\n]+(?:en|of)[ \t\u00a0\n]")  # 'Inlichtingen- en ...'
_INITIALS_BEFORE: Final = re.compile(r"(?:[A-Z]\.[ \t]?){1,4}[ \t]?$")  # a person: 'J. Koster'
# A run inside a unit's or an office's portfolio ('Directie Financiën, Bedrijfsvoering en
# Huisvesting', 'de directeur Wetgeving, Bestuur en ...'): its words are no bodies.
_PORTFOLIO: Final = re.compile(
    r"(?i:directie|directeur|afdeling|directoraat|ministerie|minister|staatssecretaris|"
    r"portefeuille)(?![\w-])"
)
_PORTFOLIO_REACH: Final = 40
# A label with its number, not a name: 'Pagina 1 van 2', 'Bijlage 3'.
_NUMBER_AFTER: Final = re.compile(r"[ \t\u00a0]+\d")
# Words of a page's or a document's layout that stand in lists of names on a cover or a footer.
_LAYOUT_WORDS: Final = frozenset(
    ["Pagina", "Bijlage", "Bijlagen", "Datum", "Kenmerk", "Onderwerp", "Concept", "Eindconcept",
     "Versie", "Definitief", "Inhoud", "Inleiding", "Samenvatting"]
)  # fmt: skip
_EN_OF: Final = re.compile(r"[ \t\u00a0\n](?:en|of)[ \t\u00a0\n]")
# A run with commas only (an inventory's cell, a reference) needs two known bodies: one known
# name before a comma may be a citation's publisher ('Zuidvelde, Tussenrapport, PBL, 2021').
_KNOWN_IN_COMMAS: Final = 2
# A word's second half after a line-end hyphen ('provincie Noord‐\nBrabant') is no member.
_HYPHEN_BEFORE: Final = re.compile(r"[-\u2010\u2011\u00ad][ \t\u00a0]*\r?\n[ \t\u00a0]*$")
# A name that goes on in lower case up to the next member is longer than its capitals ('WUR,
# Kroes maritiem advies, NVWA'): its first word alone is none. A sentence that goes on
# after the last member ('en KustLab deel.') does not end in a comma.
_LOWER_TAIL: Final = re.compile(
    r"(?:[ \t\u00a0]*\n?[ \t\u00a0]*(?!(?:en|of)[ \t\u00a0\n])[a-zà-ÿ][\w-]*){1,3}[ \t\u00a0]*,"
)


def _a_body_name(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    if alongside.body_shaped(name):
        return True
    return (
        alongside.a_word_name(text, start, end)
        and name not in _LAYOUT_WORDS
        and orglists.ADJECTIVE_FORM.fullmatch(name) is None
        and not (orglists.ADJECTIVE.fullmatch(name) and _NOUN_AFTER.match(text, end))
        and _NUMBER_AFTER.match(text, end) is None
    )


def _a_list_of_bodies(text: str, members: list[tuple[int, int]], found: list[Match]) -> bool:
    """Three names or more, not a portfolio's; with commas only, two of them known bodies."""
    if len(members) < _LEAST:
        return False
    first, last = members[0][0], members[-1][1]
    if _PORTFOLIO.search(text, max(0, first - _PORTFOLIO_REACH), members[0][1]):
        return False
    if any(f.type == "law" and first <= f.start and f.end <= last for f in found):
        # a meeting's subjects: 'over de Zorgverzekeringswet, Pakketmaatregelen en Ruwaard van
        # Putten ziekenhuis' (a law among them; letters66)
        return False
    if _EN_OF.search(text, first, last):
        return True
    orgs = [f for f in found if f.type == "organization"]
    known = sum(1 for a, b in members if any(a < f.end and f.start < b for f in orgs))
    return known >= _KNOWN_IN_COMMAS


# A body's kind word alone is no member: it opens a listed name read without it ('Hoogheemraadschap
# Schieland en de Krimpenerwaard', listed as 'Schieland en de Krimpenerwaard'; orgs68).
_BARE_KINDS: Final = frozenset(
    ["Gemeente", "Provincie", "Waterschap", "Hoogheemraadschap", "Wetterskip", "Stichting",
     "Vereniging", "Ministerie", "Veiligheidsregio", "Omgevingsdienst"]
)  # fmt: skip


def _a_member(text: str, start: int, end: int, found: list[Match], many: bool = False) -> bool:
    """`many`: most of the run's members are known bodies, so a longer name that says it is a
    body's is taken too (orglists.a_body_name: 'Particuliere Windturbine Exploitanten')."""
    name = text[start:end]
    return (
        name not in _BARE_KINDS
        and alongside.unclaimed(start, end, found)
        and alongside.unknown(name)
        and name not in orglists.NOT_NAMES
        and not _SUSPENDED.match(text, end)
        and not text.startswith("-", end)
        and _LOWER_TAIL.match(text, end) is None
        and _HYPHEN_BEFORE.search(text, max(0, start - 6), start) is None
        and orglists.SUSPENDED_BEFORE.search(text, max(0, start - 12), start) is None
        and orglists.ENGLISH_TAIL.match(text, end) is None
        and _INITIALS_BEFORE.search(text, max(0, start - 12), start) is None
        and (_a_body_name(text, start, end) or (many and orglists.a_body_name(name)))
    )


def _beside_a_separator(text: str, body: Match) -> bool:
    """Every member of a run stands beside a comma, 'en' or 'of': a cheap test before reading."""
    near = text[max(0, body.start - 5) : body.start] + "|" + text[body.end : body.end + 5]
    return any(sep in near for sep in _SEPARATORS)


_SEPARATORS: Final = (",", " en", "\nen", " of", "\nof")


def find(text: str, found: list[Match]) -> list[Match]:
    """Members of plain runs of names beside the organisations already `found`."""
    out: dict[tuple[int, int], Match] = {}
    read: set[tuple[int, int]] = set()  # members of runs read already
    for body in (f for f in found if f.type == "organization"):
        if (body.start, body.end) in read or not _beside_a_separator(text, body):
            continue
        members, special = alongside.joined_names(text, body)
        read.update(members)
        if special or not _a_list_of_bodies(text, members, found):
            continue  # a pair, a slash or an aside is alongside.py's
        if orglists.portfolios_listed(text, found, members):
            continue  # 'de bewindslieden van Economische Zaken, ..., Wonen en Rijksdienst'
        orgs = [f for f in found if f.type == "organization"]
        known = sum(1 for a, b in members if any(a < f.end and f.start < b for f in orgs))
        many = orglists.of_bodies(known, len(members))
        for start, end in members:
            if (start, end) not in out and _a_member(text, start, end, found, many):
                out[start, end] = Match("organization", start, end, text[start:end])
    return sorted(out.values(), key=lambda m: m.start)


# A run of kinds, each with its body's name in brackets: 'de brancheorganisaties van supermarkten
# (CBL), producenten (FNLI), horeca (KHN) en cateraars (Veneca)' (round letters61). Where two names
# of a run of three or more are known bodies, the others are bodies too: the run names one kind of
# thing. A name is one to four capitalised words; the kind before it one to three lower-case words.
#
# A list of those present names each person's body in brackets the same way: 'A. van Winden
# (Stroming), A. te Linde (Deltares), G. Zwolsman (KWR Water), P. Jacobs (RWS)' (lists50): a person
# by initials and surname stands where the kind stands.
_PERSON: Final = (
    r"(?:[A-Z]\.[ \t\u00a0]?){1,4}(?:(?:van|de|der|den|te|ter|ten|het)[ \t\u00a0]+){0,2}"
    r"[A-Z][\w'’-]+"
)
_KIND_ITEM: Final = re.compile(
    r"(?<![\w-])(?:(?!(?:en|of)[ \t\u00a0\n])[a-zà-ÿ][\w-]*(?:[ \t\u00a0]+[a-zà-ÿ][\w-]*){0,2}|"
    + _PERSON
    + r")[ \t\u00a0\n]+\((?P<name>[A-ZÀ-Þ][\w&'’.-]*(?:[ \t\u00a0][A-ZÀ-Þ][\w&'’.-]*){0,3})\)"
)
_ITEM_GAP: Final = re.compile(r",?[ \t\u00a0\n]+(?:(?:en|of)[ \t\u00a0\n]+)?|,")
# A closing bracket with the next item's kind and opening bracket after it: searched first, from
# the bracket (a literal the engine skips to), so a text without two such joins costs one scan.
_JOIN: Final = re.compile(
    r"\),?[ \t\u00a0\n]+(?:(?:en|of)[ \t\u00a0\n]+)?(?:(?!(?:en|of)[ \t\u00a0\n])[a-zà-ÿ][\w-]*"
    r"(?:[ \t\u00a0]+[a-zà-ÿ][\w-]*){0,2}|" + _PERSON + r")[ \t\u00a0\n]+\([A-ZÀ-Þ]"
)


def _bracketed_bodies(text: str, found: list[Match]) -> list[tuple[int, int]]:
    """The spans of found organisations written alone in brackets."""
    return [
        (f.start, f.end)
        for f in found
        if f.type == "organization"
        and f.start > 0
        and text[f.start - 1] == "("
        and text[f.end : f.end + 1] == ")"
    ]


def bracketed(text: str, found: list[Match]) -> list[Match]:
    """The unknown names of a run of 'kind (Name)' items beside two known bodies in it."""
    joins = _JOIN.finditer(text)
    if next(joins, None) is None or next(joins, None) is None:
        return []  # a run of three items joins twice
    known = set(_bracketed_bodies(text, found))
    if len(known) < 2:
        return []
    out: list[Match] = []
    runs: list[list[re.Match[str]]] = []
    for item in _KIND_ITEM.finditer(text):
        last = runs[-1][-1] if runs else None
        if last is not None and _ITEM_GAP.fullmatch(text, last.end(), item.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        spans = [(m.start("name"), m.end("name")) for m in run]
        if len(run) < _LEAST or sum(s in known for s in spans) < 2:
            continue
        for start, end in spans:
            if (start, end) in known or any(f.start < end and start < f.end for f in found):
                continue
            if _a_role(text[start:end]) or portfolios.is_field(text[start:end]):
                continue  # 'M. Rutte (Minister-President)', 'C. Bos (Communicatie)': an office
            out.append(Match("organization", start, end, text[start:end]))
    return out


# The offices a list of those present brackets after a name, capitalised as a cell prints them
# ('(Voorzitter)', '(Minister-President)', '(Plv. secretaris)'): no body's name.
_ROLE_WORDS: Final = frozenset(
    ["voorzitter", "vicevoorzitter", "secretaris", "notulist", "notulant", "griffier", "directeur",
     "minister", "president", "staatssecretaris", "wethouder", "burgemeester", "gedeputeerde",
     "adviseur", "coördinator", "coordinator", "projectleider", "beleidsmedewerker", "medewerker",
     "waarnemer", "gast", "spreker", "toehoorder", "agendalid", "lid", "dijkgraaf", "heemraad",
     "manager", "hoofd", "ambtenaar", "jurist", "controller", "verslag", "verslaglegging",
     "afwezig", "aanwezig", "expert", "deskundige", "vz", "secr", "plv", "voorz"]
)  # fmt: skip
_ROLE_SPLIT: Final = re.compile(r"[ .\-\u00a0]+")


def _a_role(name: str) -> bool:
    return any(w in _ROLE_WORDS for w in _ROLE_SPLIT.split(name.lower()) if w)
