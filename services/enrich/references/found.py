"""All references in one segment's text: the families' gates and `find_in_text`.

The package's `__init__` re-exports these. They live in a module of their own so that mypyc
compiles them with the families (setup.py compiles every module of references/ but the
package's `__init__`, which ran this loop, its gates and overlap tests as Python: about 5 % of a
segmented pass; bench/enrich/throughput35.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Final

from services.enrich import words
from services.enrich.hits import Hit, drop_overlaps
from services.enrich.references import (
    barehosts,
    eu_acts,
    gazettes,
    handelingen,
    identifiers,
    kenmerken,
    law_articles,
    parliamentary,
    shorthand,
    tk_numbers,
    urls,
    woo_grounds,
)

# Each family with the substrings one of which any of its citations must contain: a cheap test that
# spares the regular expressions most segments (every family's pattern requires one of these).
_FAMILIES: tuple[tuple[ModuleType, tuple[str, ...]], ...] = (
    # ('EK' for an Eerste Kamer letter of any capital: 'EK 33 400, H'; 'letter' for one the Eerste
    # Kamer's Handelingen name so: '(35788, letter N)', refs50)
    (
        parliamentary,
        ("nr", "no", "Nr", "ummer", "amerstuk", "A", "B", "C", "I", "V", "X", "L", "EK", "letter"),
    ),
    (shorthand, ("-", "\u2013", "\u2011", "\u2010", "(", "etsvoorstel", "ossier", "kst")),
    # also hyphenated ('Handelin-gen', 'Han-delingen'); an answer cited after the year's papers
    # and the publication id ('ah-tk-20202021-2345'); 'Hand. II', 'Aanh.Hand.' abbreviated
    (handelingen, ("Hande", "delingen", "Hand.", "Aanhangsel,", "ah-tk", "ah-ek")),
    (tk_numbers, ("Z", "D")),
    (gazettes, ("Stb", "Stc", "Staats", "Trb", "Tractatenblad")),
    (
        identifiers,
        ("ECLI", "ecli", "Ecli", "BWB", "R", "L", "D", "F", "E", "C", "J", "A", "M", "X"),
    ),
    (eu_acts, ("/", "Pb", "PB", "OJ")),
    (law_articles, ("rtikel", "rt.")),
    # a ground's article and lid, as every pattern of woo_grounds spells them ('5.1.2e', '51.2e',
    # '5.2.1', '10.2e', '11.1', '5.1 lid 2'): not '10.' or '11.' alone, which every date
    # and time holds (enspeed48)
    # refs50: and the Wob named, for an inventory's 'Artikel 10 lid 2 sub e' (woo_grounds.WOB_WORDS)
    (woo_grounds, ("5.1", "5.2", "51", "10.1", "10.2", "11.1", "11.2", *woo_grounds.WOB_WORDS)),
)


# ... read in the one pass over the text that words.py makes: the words of two characters or more
# are keys of its automaton (one set a text tells which are present); a single character stays a
# substring test (`memchr`; a capital letter is too common to report every one).
_GATES: tuple[tuple[ModuleType, frozenset[str], tuple[str, ...]], ...] = tuple(
    (
        family,
        frozenset(t for t in triggers if len(t) > 1),
        tuple(t for t in triggers if len(t) == 1),
    )
    for family, triggers in _FAMILIES
)
# ... and the words of an address cut after its host's dot and of a bare host's TLD (urls.find
# reads them in the same set), and a law's short name's definition (law_articles.define).
CUES: Final[frozenset[str]] = (
    frozenset().union(*(cued for _, cued, _ in _GATES))
    | urls.CUT_AT_DOT_CUES
    | barehosts.CUES
    | law_articles.DEFINITION_CUES
)


def find_in_text(
    text: str,
    kenmerk_values: tuple[str, ...] = (),
    disclosed: Callable[[], bool] | None = None,
    defined: law_articles.Defined | None = None,
) -> list[Hit]:
    """All references in one segment's text. Nothing is a citation inside a URL; a kenmerk may
    coincide with a zaak number ('Uw kenmerk 2022Z20166') and then both are kept. `disclosed`:
    whether the document speaks of disclosure (a Woo release's redaction labels, woo_grounds);
    `defined`: the short names of laws the document defined so far (law_articles.define)."""
    links = list(urls.find(text))
    found: list[Hit] = []
    cues = words.read(text).cues
    for family, cued, characters in _GATES:
        if cues.isdisjoint(cued) and not _holds_any(text, characters):
            continue
        hits: Iterable[Hit] = (
            woo_grounds.find(text, disclosed)
            if family is woo_grounds
            else law_articles.find(text, defined)
            if family is law_articles
            else family.find(text)
        )
        for hit in hits:
            if not links or not _inside_any(hit, links):
                found.append(hit)
    marks = [
        k for k in kenmerken.find(text, kenmerk_values) if not links or not _inside_any(k, links)
    ]
    return sorted([*links, *drop_overlaps(found), *marks], key=_span)


def _holds_any(text: str, characters: tuple[str, ...]) -> bool:
    return any(ch in text for ch in characters)  # compiled: a loop


def _inside_any(hit: Hit, links: list[Hit]) -> bool:
    """Whether `hit` overlaps one of `links`."""
    start, end = hit.start, hit.end
    return any(start < u.end and u.start < end for u in links)


def _span(hit: Hit) -> tuple[int, int]:
    return (hit.start, hit.end)
