"""Bodies in a Woo inventory's sender and recipient columns: 'Afzender' and 'Ontvanger'.

An inventory of released documents lists, per document, who sent it and who received it; the
persons among them are redacted (a ground such as '10.2.e' stands in their place), so what is
printed there is a body: 'Milieu Centraal', 'IenW, Hiswa en Waterrecreatie Nederland', a firm no
list holds. The header says so, as an attendance table's 'Organisatie' does (columns.py). A
table that goes on over a page break repeats no header: a table of the same width right after
it keeps the columns.

A cell holds one body or a list of them ('A, B en C'); a member is taken when it has a name's
shape: up to six words, the first capitalised, no sentence punctuation, no word that names a
person's office or a kind of correspondent instead of a body ('Minister', 'intern', 'burger'),
and not opening with a listed given name (an unredacted person). Whatever the lists read in the
cell (a place, a person, a listed body) stands; these names only fill what nothing else claimed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import gazetteer
from services.enrich.entities.attendees import given_names
from services.enrich.entities.columns import printed_cells
from services.enrich.entities.gazetteer import Match
from stukken.contracts import Segment

_HEADS: Final = frozenset(
    {"afzender", "afzenders", "ontvanger", "ontvangers", "geadresseerde", "geadresseerden"}
)
# Between a cell's members: a comma, a semicolon, 'en' (not '&': 'Bedrijfsleven & Innovatie').
_BETWEEN: Final = re.compile(r"\s*[,;]\s*|\s+en\s+")
_SENTENCE: Final = re.compile(r"[:!?()@]|\.\s|https?:|www\.")
# Words that make a member a person's office, a kind of correspondent or a note, not a body.
_NOT_BODY_TEXT: Final = """
    intern interne extern externe burger burgers derde derden verzoeker verzoekers onbekend
    onbekende divers diverse diversen nvt n.v.t. n.v.t meerdere ambtenaar ambtenaren ambtelijk
    medewerker medewerkers minister ministers staatssecretaris bewindspersoon bewindspersonen
    dg sg pdg psg plv plv. directeur directeuren directeur-generaal secretaris-generaal voorzitter
    woordvoerder particulier particulieren journalist journalisten advocaat burgemeester
    wethouder griffier raadslid kamerlid kamerleden zie idem geen overig overige anoniem anonieme
    persoon personen betrokkene betrokkenen melder melders klager inwoner inwoners bewoner
    bewoners iedereen allen dhr. dhr mevr. mevr heer mevrouw wob woo mail e-mail brief nota
    memo bijlage"""
_NOT_BODY_WORDS: Final = frozenset(_NOT_BODY_TEXT.split())
# One word alone names a kind of body, not one: 'Ministerie', 'Gemeente'.
_KINDS_TEXT: Final = (
    "ministerie gemeente provincie kabinet inspectie bedrijf bedrijven organisatie "
    "organisaties overheid rijksoverheid departement"
)
_KINDS_ALONE: Final = frozenset(_KINDS_TEXT.split())
_MAX_WORDS: Final = 6
# The small words inside a body's name ('Raad van State', 'Bedrijfsleven & Innovatie').
_JOINER_TEXT: Final = "van de der den het voor en & in op aan bij tot ter te"
_JOINERS: Final = frozenset(_JOINER_TEXT.split())
_TYPED_HYPHENS: Final = str.maketrans({"\u2010": "-", "\u2011": "-"})


def find(segments: list[Segment]) -> list[tuple[Segment, Match]]:
    """The bodies under the sender and recipient columns of every inventory table."""
    out: list[tuple[Segment, Match]] = []
    columns: tuple[int, list[int]] | None = None  # the table's width, the columns' places
    for seg in segments:
        rows = seg.rows
        if seg.kind != "table" or not rows or not rows[0]:
            continue
        heads = [k for k, cell in enumerate(rows[0]) if cell.strip(" :").lower() in _HEADS]
        if heads:
            columns, first = (len(rows[0]), heads), 1
        elif columns is not None and len(rows[0]) == columns[0]:
            first = 0  # the same table after a page break
        else:
            columns = None
            continue
        out += [(seg, m) for m in _bodies(seg, rows, columns[1], first)]
    return out


def _bodies(seg: Segment, rows: list[list[str]], heads: list[int], first: int) -> Iterator[Match]:
    for number, k, cell, at in printed_cells(seg, rows):
        if number >= first and k in heads:
            yield from _members(cell, at)


def _members(cell: str, at: int) -> Iterator[Match]:
    start = 0
    for sep in [*_BETWEEN.finditer(cell), None]:
        end = sep.start() if sep else len(cell)
        name = cell[start:end].strip()
        if _body(name):
            begin = at + start + (len(cell[start:end]) - len(cell[start:end].lstrip()))
            yield Match("organization", begin, begin + len(name), " ".join(name.split()))
        if sep:
            start = sep.end()


def _body(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= _MAX_WORDS or _SENTENCE.search(name):
        return False
    if not words[0][0].isupper() or words[0] in given_names():
        return False
    if len(words) == 1 and (len(name) < 2 or name.lower() in _KINDS_ALONE):
        return False
    if re.fullmatch(r"[A-Z]\.", words[0]):  # an initial: 'J. de Vries'
        return False
    if any(w.lower().strip(",.") in _NOT_BODY_WORDS for w in words):
        return False
    # a note, not a name: 'Opgesteld door sector' (one lower-case word may end one: 'VSB fonds')
    if sum(1 for w in words[1:] if w.islower() and w not in _JOINERS) > 1:
        return False
    if len(words) == 1 and name in _surnames():  # an unredacted member or minister: 'Rutte'
        return False
    return not _a_place_or_person(name)


def _a_place_or_person(name: str) -> bool:
    """The lists read the whole member as a place or a person once its typed hyphens are plain
    ('Noord‐Holland', as a cell printed it). Without them the text's own reading already claimed
    it (correspondents only fill what nothing else claimed)."""
    plain = name.translate(_TYPED_HYPHENS)
    if plain == name:
        return False
    return any(
        m.type in ("location", "person") and m.start == 0 and m.end == len(plain)
        for m in gazetteer.find(plain)
    )


@cache
def _surnames() -> frozenset[str]:
    """The last word of every listed Kamer member's and minister's name."""
    return frozenset(row["canonical"].split()[-1] for row in rows("people.tsv"))
