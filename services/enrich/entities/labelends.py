"""Names that ran into the next cell of a flattened header or members table.

A letter's or report's head loses its line breaks on the way to text: 'Mevrouw drs. Rieneke van
Zutphen Mevrouw ir. Jolanda de Kreij', 'Secretaris: Mevrouw M. Heesbeen Secretariaat: P/a ...',
'Rekenkamer Maastricht Samenstelling: De heer ...'. A name's rule takes the next cell's first
capital along. Two shapes say it is no part of the name:

- a courtesy title ends a person's name ('... van Zutphen Mevrouw'): no Dutch name ends in one;
- a header label with its colon ends a name ('M. Heesbeen Secretariaat:', 'Rekenkamer Maastricht
  Samenstelling:'): the colon opens the next cell.

And a title's rule that starts at a body's kind word ('algemeen directeur Veiligheidsregio Tijs
van Lieshout') names the person after it, not 'Veiligheidsregio Tijs'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities import attendees
from services.enrich.entities.gazetteer import Match
from services.enrich.words import read

# Courtesy titles that open the next person's cell; 'Heer' is left out: 'De Heer' is a surname.
_COURTESY: Final = frozenset({"Mevrouw", "Mevr", "Mevr.", "Mw", "Mw.", "Dhr", "Dhr."})
# The labels of a header's or a members table's cells, taken only before their colon.
_LABELS: Final = frozenset(
    {
        "Samenstelling",
        "Secretariaat",
        "Secretaris",
        "Voorzitter",
        "Vicevoorzitter",
        "Leden",
        "Lid",
        "Adres",
        "Postadres",
        "Bezoekadres",
        "Contactpersoon",
        "Telefoon",
        "Datum",
        "Onderwerp",
        "Kenmerk",
        "Betreft",
        "Bijlage",
        "Bijlagen",
    }
)
# The space run spelled `[...][...]*`, not `[...]+`: led by a class, not a repeat, the search jumps
# from space to space instead of trying every position (issue #12). The same matches.
_LAST_WORD: Final = re.compile(r"[ \t\u00a0\r\n][ \t\u00a0\r\n]*(\S+)$")
_COLON_NEXT: Final = re.compile(r"[ \t\u00a0]*:")
# A title page's or colophon's labels, printed also without their colon ('Uitgave Rijkswaterstaat
# Datum 12 maart', 'Opdrachtgever GGD Hollands Midden Projectleider J. Jansen'): no body's name
# ends in one, so they end a body's name where the next cell opens after them (a capital, a
# digit, the text's end), not where a sentence goes on in lower case (orgs68).
_COLOPHON_LABELS: Final = frozenset(
    {
        "Auteur",
        "Auteurs",
        "Datum",
        "Opdrachtgever",
        "Projectleider",
        "Projectnummer",
        "Redactie",
        "Status",
        "Uitgave",
        "Versie",
    }
)
_CELL_NEXT: Final = re.compile(r"[ \t\u00a0\r\n]*(?:[:\dA-ZÀ-ÖØ-Þ]|$)")


def _cut(text: str, m: Match) -> Match:
    """The match without a last word that opens the next cell, or the match as it is."""
    span = text[m.start : m.end]
    last = _LAST_WORD.search(span)
    if last is None:
        return m
    word = last.group(1)
    courtesy = m.type == "person" and word in _COURTESY
    label = word in _LABELS and _COLON_NEXT.match(text, m.end) is not None
    label = label or (
        m.type == "organization"
        and word in _COLOPHON_LABELS
        and _CELL_NEXT.match(text, m.end) is not None
    )
    if not (courtesy or label) or m.type not in ("person", "organization"):
        return m
    end = m.start + last.start()
    printed = " ".join(text[m.start : end].split())
    if len(printed.split()) < (2 if m.type == "organization" else 1):
        return m
    canonical = printed if m.canonical == " ".join(span.split()) else m.canonical
    return Match(m.type, m.start, end, canonical, m.role)


# The labels of a register's or a colophon's field before the body it names, one a line
# (round orgs69): 'Overheidsorganisatie Waterschap Veluwe' (every local regulation's metadata at
# lokaleregelgeving), 'Opdrachtgever Ministerie van Justitie'. No body's name opens with one.
_LEADING_LABELS: Final = frozenset(
    {"Overheidsorganisatie", "Opdrachtgever", "Uitgave", "Uitgever", "Vormgeving", "Druk"}
)
# A field's label on the next line that a body's name ran into: 'Waterschap Veluwe\nOfficiële
# naam regeling ...' (the same metadata); no name ends in the adjective.
_NEXT_LINE_LABELS: Final = frozenset({"Officiële", "Citeertitel"})
_LABEL_GAP: Final = re.compile(r"[ \t\u00a0]*:?[ \t\u00a0]*")


def _uncut(text: str, m: Match) -> Match:
    """The match without a field's label before it or on the next line after it."""
    if m.type != "organization":
        return m
    span = text[m.start : m.end]
    start, end = m.start, m.end
    first = span.split(maxsplit=1)[0] if span.strip() else ""
    if first in _LEADING_LABELS and (m.start == 0 or text[m.start - 1] == "\n"):
        gap = _LABEL_GAP.match(text, m.start + len(first))
        start = gap.end() if gap is not None else start
    last = _LAST_WORD.search(text, start, end)
    if last is not None and last.group(1) in _NEXT_LINE_LABELS and "\n" in last.group():
        end = last.start()
    if (start, end) == (m.start, m.end):
        return m
    printed = " ".join(text[start:end].split())
    if len(printed.split()) < 2 or not printed[:1].isupper():
        return m
    canonical = printed if m.canonical == " ".join(span.split()) else m.canonical
    return Match(m.type, start, end, canonical, m.role)


def without_next_cells(text: str, found: list[Match]) -> list[Match]:
    """Persons and bodies without the next cell's courtesy title or label."""
    return [_cut(text, _uncut(text, m)) for m in found]


# A body's kind word that a title's rule read as a given name: 'directeur Veiligheidsregio Tijs'.
_BODY_KINDS: Final = frozenset(
    {
        "Veiligheidsregio",
        "Gemeente",
        "Provincie",
        "Waterschap",
        "Hoogheemraadschap",
        "Rekenkamer",
        "Ministerie",
        "Stichting",
        "Vereniging",
        "GGD",
    }
)
_WORD: Final = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?"
_PARTICLES: Final = r"(?:van[ \t\u00a0]+(?:der|den|de)|van|de|der|den|ter|ten|te)"
_NAME_AFTER: Final = re.compile(
    rf"[ \t\u00a0]+(?P<name>{_WORD}(?:[ \t\u00a0]+{_PARTICLES})*[ \t\u00a0]+{_WORD})(?![\w-])"
)


def _after_kind(text: str, m: Match) -> Match | None:
    """The person after a body's kind word the match starts with, None if none follows."""
    first = text[m.start : m.end].split(maxsplit=1)[0]
    if m.type != "person" or first not in _BODY_KINDS:
        return m
    name = _NAME_AFTER.match(text, m.start + len(first))
    if name is None or name.end("name") < m.end:
        return None
    words = name.group("name").split()
    if words[-1] in _BODY_KINDS or words[0] in _BODY_KINDS:
        return None
    return Match("person", name.start("name"), name.end("name"), " ".join(words), m.role)


def without_body_kinds(text: str, people: list[Match]) -> list[Match]:
    """Persons whose span opened on a body's kind word start at the name after it; one with no
    full name after the word is dropped (a body's name, read as a person's)."""
    out = []
    for m in people:
        kept = _after_kind(text, m)
        if kept is not None:
            out.append(kept)
    return out


# A header's field for the person who chairs, minutes or holds the portfolio, its colon spaced as
# an agenda's fields are ('Aanvang : uur Plaats : ... Voorzitter : J. Vos Portefeuillehouder
# Onderwerp'): initials and one surname (with its particles) after the colon name a person on a
# flattened line too. Without initials the next cell's label may follow the name: not taken.
# A ruling's representative too, the body's or a party's ('gemachtigden: W. Terpstra, werkzaam bij
# verweerders gemeente', a court's ruling on a municipality's decision; persons49).
_FIELD_PERSON: Final = re.compile(
    r"(?:Voorzitter|Secretaris|Griffier|Notulist|Portefeuillehouder|(?<![\w-])[Gg]emachtigden?)"
    r"(?<![\w-]Voorzitter)"
    r"(?<![\w-]Secretaris)(?<![\w-]Griffier)(?<![\w-]Notulist)(?<![\w-]Portefeuillehouder)"
    r"[ \t\u00a0]*:[ \t\u00a0]*(?:(?:mr|drs?|ir|ing|prof|dr)\.[ \u00a0]*)*"
    r"(?P<name>(?:[A-Z][a-z]?\.[ \u00a0]?){1,5}[ \u00a0]*"
    rf"(?:(?:van|de|der|den|ter|ten|te)[ \u00a0]+)*{_WORD})(?![\w-])"
)


# A colophon's authors or editors after their label and its colon (persons70): 'Auteurs: H. Kreulen
# S. Eising', 'Redactie: J. Smit, drs. A. van Dam en P. de Vries', 'Auteur: Lizza van der Klei'.
# Each name initialled, or a given name the list knows before a surname; the names one after the
# other with a comma, 'en', '&' or a space or line break between. A body after the label ('Auteur:
# Rijkswaterstaat', 'Redactie: Bureau Van Dam') is no initialled name and opens with no given name.
_AUTHOR_LABEL: Final = re.compile(
    r"(?<![\w-])(?:Auteurs?|Redactie)[ \t\u00a0]*:[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?"
)
_AUTHOR_PARTICLES: Final = (
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|in 't|'t)[ \u00a0]+)*"
)
_AUTHOR_NAME: Final = re.compile(
    r"(?:(?:[Mm]r|[Dd]rs?|[Ii]r|[Ii]ng|[Pp]rof|[Mm]evr|[Mm]w|[Dd]hr)\.[ \u00a0]*)*"
    r"(?:(?P<initials>(?:[A-Z][a-z]?\.[ \u00a0]?){1,5})[ \u00a0]*"
    r"|(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)[ \u00a0]+)"
    rf"(?P<surname>{_AUTHOR_PARTICLES}{_WORD})(?![\w-]|\.\w)"
)
_AUTHOR_GAP: Final = re.compile(r"[ \t\u00a0]*(?:[,;&]|\ben\b)?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?")


def _authors(text: str) -> Iterator[Match]:
    given = attendees.given_names()
    for label in _AUTHOR_LABEL.finditer(text):
        at = label.end()
        while (m := _AUTHOR_NAME.match(text, at)) is not None:
            # 'Auteur: Lizza van der Klei': a given name the list lacks, before a particle and a
            # surname (persons72)
            if (
                m.group("given") is not None
                and m.group("given") not in given
                and not (
                    m.group("surname")[:1].islower()
                    and attendees.unlisted_given_ok(text, m.group("given"))
                )
            ):
                break
            start = m.start("initials") if m.group("initials") else m.start("given")
            yield Match("person", start, m.end(), " ".join(text[start : m.end()].split()))
            gap = _AUTHOR_GAP.match(text, m.end())
            if gap is None or gap.end() == m.end():
                break
            at = gap.end()


# The labels `_FIELD_PERSON` needs one of, read in words.py's one pass over the text (issue #12),
# and the authors' labels (persons70).
GATES: Final = frozenset(
    {"Voorzitter", "Secretaris", "Griffier", "Notulist", "Portefeuillehouder", "emachtigde"}
    | {"Auteur", "Auteurs", "Redactie"}
)


def field_persons(text: str) -> list[Match]:
    """Initialled persons after a chair's, a secretary's or a representative's field label and
    its colon."""
    out: list[Match] = []
    if read(text).cues.isdisjoint(GATES):
        return out
    for m in _FIELD_PERSON.finditer(text):
        name = " ".join(m.group("name").split())
        out.append(Match("person", m.start("name"), m.end("name"), name))
    out.extend(_authors(text))
    return out
