"""Bodies printed in capitals: letterheads, headings, a ruling's list of parties (orgsW46).

The gazetteer reads a name in the cases its lists print it ('Provincie Drenthe', 'Woningstichting
Nijkerk'); a letterhead, a Woo document's heading or a ruling's party list prints it in capitals
('MET STEUN VAN DE PROVINCIE DRENTHE', 'WONINGSTICHTING NIJKERK', '1 STICHTING STIKSTOF CLAIM te
Lelystad'), which no list spells. Here a run of words in capitals that holds a body's kind word:

- from the kind word on, the longest run whose title-cased form the gazetteer lists as a body is
  that body ('PROVINCIE DRENTHE' is the listed 'Provincie Drenthe');
- a foundation's or association's kind and one to five words after it is a body by its kind
  ('STICHTING HET DRENTSE WELSTANDSTOEZICHT'), its name title-cased; a short word that is no
  Dutch word keeps its capitals ('MESDAG-ZUIVELFONDS NLTO').

A heading in capitals with no kind word ('BESLUIT', 'INVENTARISLIJST', 'ZIENSWIJZE') names no
body; a kind word with no name after it ('OPRICHTING STICHTING') names none either. Bare
municipalities in capitals are councilpages' ('GEMEENTE BEDUM'). Asked only where words.py's
pass saw one of the kind words (GATES), so a text without capitals costs a set test.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.lexicon import known_word

# The kind words in capitals this module is asked for (words.py's cue table; a key is a
# substring: 'STICHTING' stands in 'WONINGSTICHTING' too).
GATES: Final[frozenset[str]] = frozenset(
    {
        *("STICHTING", "PROVINCIE", "MINISTERIE", "WATERSCHAP", "HOOGHEEMRAADSCHAP"),
        *("VERENIGING", "RIJKSWATERSTAAT", "RIJKSDIENST", "RECHTBANK", "VEILIGHEIDSREGIO"),
        *("OMGEVINGSDIENST", "CORPORATIE"),
    }
)
# A word in capitals: two letters at least, a hyphen or apostrophe inside ('MESDAG-ZUIVELFONDS').
_CAPS: Final = r"[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ])"
# Words in capitals on one line, spaced by blanks ('&' may stand between them).
_RUN: Final = re.compile(rf"(?<![\w-]){_CAPS}(?:,?[ \t\u00a0]+(?:{_CAPS}|&))*(?![\w-])")
_WORD: Final = re.compile(rf"{_CAPS}|&")
# The kinds after which any name is a body's (a listed name is read for every kind in GATES).
_NAMED_KINDS: Final = frozenset(
    {"STICHTING", "WONINGSTICHTING", "WOONSTICHTING", "VERENIGING", "WONINGCORPORATIE"}
)
# Words inside a name that stay in lower case when it is title-cased ('Ministerie van Financiën').
_SMALL: Final = frozenset({"VAN", "VOOR", "DE", "DER", "DEN", "EN", "OP", "IN", "TE", "TOT", "HET"})
# A name after a kind ends before a heading's or a letter's label ('STICHTING X BESLUIT').
_NOT_NAME: Final = frozenset(
    {
        *("BESLUIT", "INVENTARISLIJST", "ZIENSWIJZE", "BIJLAGE", "ONDERWERP", "BETREFT"),
        *("DATUM", "KENMERK", "AAN", "TE", "IN", "OP", "NAMENS", "PAGINA", "STATUTEN"),
        # a sentence in capitals goes on after the kind: 'DE STICHTING HEEFT BESLOTEN'
        *("HEEFT", "HEBBEN", "IS", "ZIJN", "WORDT", "WORDEN", "WERD", "ZAL", "KAN", "MOET"),
        *("DIE", "DAT", "EEN", "MET", "BIJ", "NAAR", "OM", "ALS", "OF", "NIET", "OOK"),
    }
)
_ARTICLES: Final = frozenset({"DE", "HET"})
_MAX_NAME: Final = 5  # words after the kind
_LONGEST_RUN: Final = 10  # a longer run is a heading's sentence, not a letterhead
_VOWELS: Final = frozenset("AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")


def _titled(word: str, first: bool) -> str:
    """A word in capitals as a name prints it: 'VAN' inside a name in lower case, a short word
    that is no Dutch word kept in capitals (an abbreviation: 'NLTO'), each hyphen's part
    capitalised ('MESDAG-ZUIVELFONDS' -> 'Mesdag-Zuivelfonds')."""
    if not first and word in _SMALL:
        return word.lower()
    if len(word) <= 4 and not known_word(word.lower()) and word not in _SMALL:
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def _named(text: str, words: list[re.Match[str]]) -> str:
    """The words' stretch of `text` title-cased, its commas kept and its blanks one space; a
    name's own first word after its kind keeps its capital ('Stichting Het Drentse ...')."""
    out = []
    for i, w in enumerate(words):
        if i:
            out.append(", " if "," in text[words[i - 1].end() : w.start()] else " ")
        first = i == 0 or (i == 1 and w.group() in _ARTICLES and words[0].group() in _NAMED_KINDS)
        out.append(_titled(w.group(), first))
    return "".join(out)


def _spoken(word: str) -> bool:
    """A name's word has a vowel, or is short (an abbreviation): OCR's runs of capitals rarely
    pass both ('KEN', 'FRO' pass; 'TRAE VS' does not end a name here, see `_by_kind`)."""
    return len(word) <= 4 or not _VOWELS.isdisjoint(word)


def _listed(text: str, words: list[re.Match[str]], k: int) -> Match | None:
    for j in range(len(words), k, -1):
        name = _named(text, words[k:j])
        hit = automaton().get(name, None)
        if hit is not None and hit[1].type == "organization":
            return Match("organization", words[k].start(), words[j - 1].end(), hit[1].canonical)
    return None


def _by_kind(text: str, words: list[re.Match[str]], k: int) -> Match | None:
    if words[k].group() not in _NAMED_KINDS:
        return None
    end = k + 1
    while end < len(words) and end - k <= _MAX_NAME and words[end].group() not in _NOT_NAME:
        if "," in text[words[end - 1].end() : words[end].start()] or _a_kind(words[end].group()):
            break  # a list's next item: 'STICHTING X, STICHTING Y'
        end += 1
    while end > k + 1 and words[end - 1].group() in _SMALL | {"&"}:
        end -= 1  # a name ends in no particle
    name = [w.group() for w in words[k:end]]
    if len(name) < 2 or not all(_spoken(w) for w in name[1:]):
        return None
    if name[1] in _SMALL and name[1] not in _ARTICLES:
        return None  # a kind's generic phrase: 'VERENIGING VAN EIGENAREN'
    canonical = _named(text, words[k:end])
    return Match("organization", words[k].start(), words[end - 1].end(), canonical)


def find(text: str) -> list[Match]:
    """The bodies named in capitals in `text` (see the module's note)."""
    out: list[Match] = []
    for run in _RUN.finditer(text):
        words = list(_WORD.finditer(text, run.start(), run.end()))
        if len(words) > _LONGEST_RUN:
            continue
        after = -1
        for k, word in enumerate(words):
            if word.start() < after or not _a_kind(word.group()):
                continue
            found = _listed(text, words, k) or _by_kind(text, words, k)
            if found is not None:
                out.append(found)
                after = found.end
    return out


def _a_kind(word: str) -> bool:
    return any(g in word for g in GATES)
