"""Where a found name ends: last checks on the spans the other finders gave (round prec51).

Each check fixes one shape of false find seen on decentral pages (gemeente, veiligheidsregio,
waterschap, care and housing texts) and looks only at spans already found, so it costs little:
- a closing quote read into a body's name ("de naam 'Veiligheidsregio Zuid-Limburg' kreeg");
- a body's name run on past its end into a heading after a line break ('Veiligheidsregio
  Fryslân' + 'Voorwoord Hierbij') or into a colophon's street ('Veiligheidsregio Gooi en
  Vechtstreek Kamerlingh Onnesweg 148'), where the same text names the body on its own;
- a kind word and a given name read as a body where a person's name goes on
  ('Hoogheemraadschap Paul van den Eijnden krijgt ...');
- a saint's name read as a person ('St. Joseph Wonen', a housing corporation);
- a person's name run on over 'van het' into his programme ('Roeland Hillen van het
  Hoogwaterbeschermingsprogramma'), and an office alone read as a person ('de Hoofdofficier van
  Justitie', after an article);
- a ministry's short name as a committee's subject ('de commissie Algemene Zaken en Middelen');
- a department's abbreviation in a list after 'afdeling(en)' ('binnen de afdelingen JGZ, AGZ,
  Gezond Leven en Veilig Thuis' of a GGD);
- a name run on over 'en' into a regional adjective ('De Friese Huisartsenvereniging en Friese
  ziekenhuizen').
"""

import re
from typing import Final

from services.enrich.entities import attendees, councilpages
from services.enrich.entities.gazetteer import Match

_OPENING_QUOTES: Final = "'‘“\""
_CLOSING_QUOTES: Final = "'’”\""
# A street in a colophon or letterhead: its last word and the house number after it.
_STREET_WORD: Final = re.compile(
    r"[A-ZÀ-Þ][\w-]*(?:weg|straat|laan|plein|singel|kade|gracht|dreef|dijk|park|hof)"
    r"(?=[ \t\u00a0]+\d)"
)
_ORG_WORD: Final = re.compile(
    r"(?i)(?:commissie|raad|dienst|instituut|stichting|vereniging|autoriteit|agentschap|"
    r"organisatie|federatie|afdeling|directie|bureau|college|bestuur|gemeente|provincie|"
    r"ministerie|inspectie|waterschap|regio|groep|centrum|fonds|bank|school|universiteit)"
)
_PARTICLE_THEN_NAME: Final = re.compile(
    r"[ \t\u00a0]+(?:van|de|den|der|ter|ten|te|van de|van den|van der|in 't|in het)"
    r"[ \t\u00a0]+[A-ZÀ-Þ]"
)
_SAINT: Final = re.compile(r"(?:^|[\s(])(?:St\.|Sint)[ \t\u00a0]+$")
_COMMITTEE_BEFORE: Final = re.compile(r"(?i)(?<![\w-])commissie[ \t\u00a0]+$")
# ' en Friese' + a lower-case word: an adjective of the next noun phrase, not the name's end.
_AND_AN_ADJECTIVE: Final = re.compile(r"[ \t\u00a0]+en[ \t\u00a0]+[A-ZÀ-Þ][\w-]*(?:se|sche)$")
# ' van het Hoogwaterbeschermingsprogramma': a body or a programme, not a surname's particle.
_OF_A_BODY: Final = re.compile(
    r"[ \t\u00a0]+van[ \t\u00a0]+het[ \t\u00a0]+[A-ZÀ-Þ][\w-]*"
    r"(?:programma|ministerie|bureau|fonds|instituut|college|bestuur|project|team|platform|"
    r"netwerk|agentschap|centrum|genootschap)$",
    re.IGNORECASE,
)
_OFFICES: Final = frozenset(
    {"hoofdofficier", "officier", "advocaat-generaal", "procureur-generaal", "commissaris",
     "gedeputeerde", "wethouder", "burgemeester", "secretaris",
     "directeur", "voorzitter", "griffier", "ombudsman"}
)  # fmt: skip
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])(?:de|De|het|Het)[ \t\u00a0]+$")
# 'de afdelingen JGZ, AGZ, ' up to a found abbreviation: the department list before it.
_DEPARTMENTS_BEFORE: Final = re.compile(
    r"(?<![\w-])[Aa]fdeling(?:en)?[ \t\u00a0]+"
    r"(?:[A-ZÀ-Þ][\w-]*(?:[ \t\u00a0]+[A-ZÀ-Þ][\w-]*)*[ \t\u00a0]*"
    r"(?:,|[ \t\u00a0]en)[ \t\u00a0]+)*$"
)
_ABBREVIATION: Final = re.compile(r"[A-Z]{2,5}")
_LOWER_NEXT: Final = re.compile(r"[ \t\u00a0]+[a-zà-ÿ]")


def checked(text: str, found: list[Match]) -> list[Match]:
    found = [_without_closing_quote(text, m) for m in found]
    found = _within_known_names(text, found)
    found = [_before_and_an_adjective(text, m) for m in found]
    found = [_before_a_body(text, m) for m in found]
    found = [
        m
        for m in found
        if not _kind_before_a_person(text, m)
        and not _a_saint(text, m)
        and not _a_committee_subject(text, m)
        and not _an_office(text, m)
        and not _a_department(text, m)
    ]
    # Last of all, the meeting pages' persons and bodies (round decentral52).
    return councilpages.find(text, found)


def _without_closing_quote(text: str, m: Match) -> Match:
    """A quote that closes one before the name ('Veiligheidsregio Zuid-Limburg' in quotes) is
    no part of it. A quote with none before it is left alone."""
    if m.type != "organization" or m.end - m.start < 3 or text[m.end - 1] not in _CLOSING_QUOTES:
        return m
    if m.start == 0 or text[m.start - 1] not in _OPENING_QUOTES:
        return m
    return Match(m.type, m.start, m.end - 1, m.canonical.rstrip(_CLOSING_QUOTES), m.role)


def _within_known_names(text: str, found: list[Match]) -> list[Match]:
    """A body's name that runs on past a name the same text gives on its own, into the next line
    (a heading: 'Voorwoord Hierbij') or into a street with its number, ends where that name
    ends. A next line that holds an organisation word ('Afdeling Ruimte') is left alone."""
    orgs = [m for m in found if m.type == "organization"]
    if len(orgs) < 2:
        return found
    printed = {text[m.start : m.end] for m in orgs}
    canon = {text[m.start : m.end]: m.canonical for m in orgs}
    out = []
    for m in found:
        if m.type == "organization" and _may_run_on(text, m):
            m = _cut_to_known(text, m, printed, canon)
        out.append(m)
    return out


def _may_run_on(text: str, m: Match) -> bool:
    """The cheap test first: a line break inside the span, or a street word at its end."""
    span = text[m.start : m.end]
    if "\n" in span or "\r" in span:
        return True
    words = span.split()
    return len(words) > 1 and _STREET_WORD.match(text, m.end - len(words[-1])) is not None


def _cut_to_known(text: str, m: Match, printed: set[str], canon: dict[str, str]) -> Match:
    span = text[m.start : m.end]
    best = None
    for name in printed:
        fits = len(name) < len(span) and span.startswith(name) and span[len(name)].isspace()
        if fits and (best is None or len(name) > len(best)):
            best = name
    if best is None:
        return m
    tail = span[len(best) :]
    cut = Match(m.type, m.start, m.start + len(best), canon[best], m.role)
    if tail.lstrip(" \t\u00a0")[:1] in ("\n", "\r"):
        return m if _ORG_WORD.search(tail) else cut
    last = tail.split()[-1]
    street = _STREET_WORD.match(text, m.end - len(last))
    return cut if street is not None and street.end() == m.end else m


def _kind_before_a_person(text: str, m: Match) -> bool:
    """'Hoogheemraadschap Paul van den Eijnden': a kind word and a given name are no body where
    a particle and a surname follow the given name."""
    if m.type != "organization":
        return False
    words = text[m.start : m.end].split()
    if len(words) != 2 or words[1] not in attendees.given_names():
        return False
    return _PARTICLE_THEN_NAME.match(text, m.end) is not None


def _a_saint(text: str, m: Match) -> bool:
    """'St. Joseph Wonen': a name after 'St.' or 'Sint' is a saint's, not a person's."""
    return m.type == "person" and _SAINT.search(text, max(0, m.start - 8), m.start) is not None


def _a_committee_subject(text: str, m: Match) -> bool:
    """'de commissie Algemene Zaken en Middelen': a ministry's short name right after
    'commissie' names the committee's subject, not the ministry. 'de commissie voor Defensie'
    and 'het ministerie van Algemene Zaken' are left alone."""
    if m.type != "organization" or not m.canonical.startswith("Ministerie van "):
        return False
    if text[m.start : m.end].lower().startswith("ministerie"):
        return False
    return _COMMITTEE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


def _before_and_an_adjective(text: str, m: Match) -> Match:
    """'De Friese Huisartsenvereniging en Friese ziekenhuizen': a name ends before ' en' and a
    regional adjective of the next noun phrase. 'Veiligheidsregio Gooi en Vechtstreek' ends
    in no adjective and is left alone."""
    if m.type != "organization":
        return m
    tail = _AND_AN_ADJECTIVE.search(text, m.start, m.end)
    if tail is None or tail.start() <= m.start or _LOWER_NEXT.match(text, m.end) is None:
        return m
    cut = text[m.start : tail.start()]
    canonical = m.canonical
    if canonical == " ".join(text[m.start : m.end].split()):
        canonical = " ".join(cut.split())
    return Match(m.type, m.start, tail.start(), canonical, m.role)


def _before_a_body(text: str, m: Match) -> Match:
    """'Roeland Hillen van het Hoogwaterbeschermingsprogramma': a person's name ends before
    'van het' and a body's or a programme's word. 'Gerard van het Reve' is left alone."""
    if m.type != "person":
        return m
    tail = _OF_A_BODY.search(text, m.start, m.end)
    if tail is None or len(text[m.start : tail.start()].split()) < 2:
        return m
    name = " ".join(text[m.start : tail.start()].split())
    canonical = name if m.canonical == " ".join(text[m.start : m.end].split()) else m.canonical
    return Match(m.type, m.start, tail.start(), canonical, m.role)


def _an_office(text: str, m: Match) -> bool:
    """'de Hoofdofficier van Justitie': an office after an article is no person. A surname that
    is also an office's word stays ('Minister Dijkgraaf'; 'dijkgraaf' is not listed at all)."""
    if m.type != "person" or text[m.start : m.end].lower() not in _OFFICES:
        return False
    return _ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start) is not None


def _a_department(text: str, m: Match) -> bool:
    """'binnen de afdelingen JGZ, AGZ, Gezond Leven': an abbreviation no list names, in a list
    after 'afdeling(en)', is a department of the body, not a body. A listed body's abbreviation
    (its canonical spelled out) stays, as does one after 'de afdeling van de'."""
    if m.type != "organization" or m.canonical != text[m.start : m.end]:
        return False
    if _ABBREVIATION.fullmatch(m.canonical) is None:
        return False
    begin = max(0, m.start - 80)
    if "fdeling" not in text[begin : m.start]:
        return False  # the cheap test first: most abbreviations have no department word before
    return _DEPARTMENTS_BEFORE.search(text, begin, m.start) is not None
