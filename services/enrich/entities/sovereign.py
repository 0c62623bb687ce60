"""Members of the Royal House, where their title or the enacting formula names them.

- The sovereign who enacts a law, an order in council or a royal decree, in its opening formula:
  'Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, ...' ('Wij Beatrix, bij de
  gratie Gods, Koningin der Nederlanden' before 2013; persons47: a Woo decision's annexed order in
  council). Asked where 'gratie Gods' stands.
- A royal title before the given name of a member of the Royal House: 'koning Willem-Alexander',
  'koningin Máxima', 'prinses Amalia', 'Prins Bernhard' (persons48: answers, letters and
  explainers name the King by his title only; no other rule reads a given name alone). The span is
  the name, not the title ('Koning' alone stays no person, test_round55). A closed list of names,
  so 'koning Voetbal' or 'Prins Carnaval' stay none; a capitalised word after the name on the same
  line makes it a body's or a building's name ('Prinses Máxima Centrum', 'Prins Claus Fonds',
  'Koningin Juliana Ziekenhuis'), so is a name glued to more ('Prinses Amalialaan',
  'Prinses Máxima-kazerne'), and a street's word after it ('Koningin Julianaweg' is glued;
  'Prins Bernhard straat' is not a rule's business: a lower-case word after the name reads as
  the sentence going on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.words import read

_FORMULA: Final = re.compile(
    r"(?<![\w-])Wij,?\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),?\s+bij\s+de\s+gratie\s+Gods"
)

# The Royal House's members and their predecessors since 1890 as the papers name them (the
# royal house's own pages; Maxima as OCR and plain text spell it without its accent), and the
# neighbouring sovereigns a state visit names ('de Belgische koning Filip en koningin Mathilde').
_ROYAL_NAMES: Final = (
    "Willem-Alexander|Máxima|Maxima|Amalia|Alexia|Ariane|Beatrix|Juliana|Wilhelmina|Bernhard|"
    "Claus|Constantijn|Laurentien|Margriet|Irene|Christina|Friso|Mabel|Pieter-Christiaan|"
    "Maurits|Floris|Emma|"
    "Filip|Mathilde|Elisabeth|Elizabeth|Charles|Camilla|William|Felipe|Letizia|Frederik|"
    "Margrethe|Haakon|Harald|Victoria"
)
_TITLED: Final = re.compile(
    r"(?<![\w-])(?:[Kk]oning(?:in)?|[Kk]roonprins(?:es)?|[Pp]rins(?:es)?)[ \t]+"
    rf"(?P<name>{_ROYAL_NAMES})(?![\w-])(?![ \t]+[A-Z])"
)


# The words `find` asks a text for, read in words.py's one pass over it (enspeed48's rule): the
# formula's words and the titles' common stems.
_FORMULA_CUE: Final = "gratie Gods"
_TITLE_CUES: Final = frozenset({"oning", "rins"})
CUES: Final = _TITLE_CUES | {_FORMULA_CUE}


def find(text: str) -> Iterator[Match]:
    cues = read(text).cues
    if _FORMULA_CUE in cues:
        for m in _FORMULA.finditer(text):
            yield Match("person", m.start("name"), m.end("name"), m.group("name"))
    if not cues.isdisjoint(_TITLE_CUES):
        for m in _TITLED.finditer(text):
            name = m.group("name")
            yield Match("person", m.start("name"), m.end("name"), name)
