"""A council's portfolio names are no bodies (round orgs65, issue #12).

A college's decision list (besluitenlijst) heads each alderman's proposals with the portfolio's
policy fields ('5.a | Financiën, Economie en Sport', '5.b Sociaal Domein, Wonen en Onderwijs',
'Portefeuille: Cultuur en Welzijn'). A field that is also a ministry's short name ('Financiën')
was read as the ministry, and a list rule then took the next field ('Economie') as a body beside
it. A cell or line made only of two or more policy fields, one of them at least no ministry's
name, names no body: every organisation found inside it is dropped.

What stays: a ministry's full subject ('Volksgezondheid, Welzijn en Sport', 'Onderwijs, Cultuur
en Wetenschap' as a heading stands for the ministry), a list of ministries by their short names
('Financiën, Defensie en Justitie en Veiligheid'), and any field in running text ('Financiën,
Economie en Sport hebben ingestemd'): the cell must hold the fields and nothing else.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match

# Policy fields of municipal, provincial and waterschap portfolios, lower case.
_FIELDS: Final = frozenset(
    {"financiën", "financien", "economie", "sport", "sociaal domein", "wonen", "onderwijs",
     "ruimte", "duurzaamheid", "mobiliteit", "cultuur", "welzijn", "natuur", "klimaat",
     "fysieke leefomgeving", "mens", "maatschappij", "mens en maatschappij", "samenleving",
     "bestuur", "middelen", "zorg", "jeugd", "veiligheid", "werk", "inkomen", "participatie",
     "verkeer", "vervoer", "milieu", "energie", "energietransitie", "volkshuisvesting",
     "ruimtelijke ordening", "openbare ruimte", "dienstverlening", "communicatie", "recreatie",
     "toerisme", "gezondheid", "volksgezondheid", "landbouw", "water", "erfgoed", "kunst",
     "armoede", "armoedebeleid", "integratie", "handhaving", "personeel", "organisatie",
     "bedrijfsvoering", "grondzaken", "grondbeleid", "vastgoed", "openbare orde", "wmo",
     "vergunningen", "ict", "informatisering", "arbeidsmarkt", "ondernemen", "evenementen",
     "groen", "afval", "riolering", "beheer", "buitenruimte", "leefomgeving", "omgevingswet",
     "emancipatie", "diversiteit", "regionale samenwerking", "dierenwelzijn", "senioren",
     "jeugdzorg", "wijken", "burgerzaken", "p&o", "hrm", "facilitair", "publiekszaken"}
)  # fmt: skip
# The subjects of ministries, present and past: a cell of exactly these fields is the ministry's
# subject, as a heading prints it.
_MINISTRY_SUBJECTS: Final = frozenset(
    {"volksgezondheid, welzijn en sport", "onderwijs, cultuur en wetenschap",
     "landbouw, natuur en voedselkwaliteit", "sociale zaken en werkgelegenheid",
     "economische zaken en klimaat", "infrastructuur en waterstaat", "justitie en veiligheid",
     "binnenlandse zaken en koninkrijksrelaties", "volkshuisvesting en ruimtelijke ordening",
     "klimaat en groene groei", "asiel en migratie", "onderwijs, cultuur en wetenschappen",
     "volkshuisvesting, ruimtelijke ordening en milieubeheer", "infrastructuur en milieu",
     "landbouw, visserij, voedselzekerheid en natuur"}
)  # fmt: skip
# Where a cell or line begins and ends: a line break, a table's cell rule.
_BOUND: Final = re.compile(r"[\n|]")
# An item's number or a portfolio label before the fields: '5.a', '5.b.1', '10', 'Portefeuille:'.
_LEAD: Final = re.compile(
    r"^(?:\d+(?:\.[0-9a-z]+)*\.?[ \t\u00a0]+|[A-Za-z]\.?[ \t\u00a0]+)?"
    r"(?:(?:[Pp]ortefeuille(?:houder)?|[Pp]ortefeuilles|[Tt]eam|[Pp]rogramma|[Dd]omein)"
    r"[ \t\u00a0]*:?[ \t\u00a0]+)?"
)
_SEPARATOR: Final = re.compile(r"[ \t\u00a0]*(?:,|&|/|\ben\b)[ \t\u00a0]*")


def _cell(text: str, start: int, end: int) -> str:
    before = max((m.end() for m in _BOUND.finditer(text, max(0, start - 200), start)), default=0)
    after = _BOUND.search(text, end)
    return text[max(before, start - 200) : after.start() if after else len(text)]


def is_field(word: str) -> bool:
    """Whether the word is a portfolio's policy field ('Wonen', 'Financiën')."""
    return word.lower() in _FIELDS


def is_portfolio(cell: str) -> bool:
    """The cell holds two or more policy fields and nothing else, and is no ministry's
    subject."""
    body = _LEAD.sub("", " ".join(cell.split()), count=1).rstrip(" .:;")
    if not body or body.lower() in _MINISTRY_SUBJECTS:
        return False
    parts = [p for p in _SEPARATOR.split(body) if p]
    if len(parts) < 2:
        return False
    if not all(p.lower() in _FIELDS or " ".join(p.lower().split()) in _FIELDS for p in parts):
        return False
    # the fields of a cell or line start with a capital, as a portfolio's name does
    return body[:1].isupper()


def _of_fields(span: str) -> bool:
    if "\n" in span:
        return False
    return all(p.lower() in _FIELDS for p in _SEPARATOR.split(span) if p)


def without_portfolios(text: str, found: list[Match]) -> list[Match]:
    """Drops the organisations found inside a portfolio's name ('Financiën, Economie en
    Sport')."""
    if not any(m.type == "organization" for m in found):
        return found
    out = []
    for m in found:
        # a body found in a portfolio's cell is one of its fields ('Financiën') or a run of
        # them ('Economie en Sport'): the cell is read only then
        if (
            m.type == "organization"
            and _of_fields(text[m.start : m.end])
            and is_portfolio(_cell(text, m.start, m.end))
        ):
            continue
        out.append(m)
    return out
