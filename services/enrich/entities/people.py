"""Members of the Tweede Kamer and of cabinets named in full ('Pieter Omtzigt', 'P.H. Omtzigt'),
from data/people.tsv (see data/build_people.py for its source).

Only the full forms are listed, so a list name never fires on a surname that is also a word
('Kamp', 'Blok'); a form that is also an organisation's or a place's name is left to that list.
The printed case must match. The same pass finds where the given names these people bear stand
(type 'given', for attendees.py; not an entity), and where cabinet members' surnames stand (type
'surname', for cabinet.py; not an entity either).
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from services.enrich.data import rows, variants
from services.enrich.entities import attendees, cabinet, gazetteer
from services.enrich.entities.gazetteer import Entry, Match


@cache
def automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    known = gazetteer.automaton()
    for row in rows("people.tsv"):
        for form in variants(row):
            if not known.exists(form) and not auto.exists(form):
                auto.add_word(form, (len(form), Entry("person", form, row["canonical"], True)))
    # The given names those people bear, found in the same pass: where attendees.py looks for a
    # name ('Pieter Dijkstra'); never an entity of their own.
    for name in attendees.given_names() | attendees.WORD_GIVEN:
        if not auto.exists(name):
            auto.add_word(name, (len(name), Entry("given", name, name, True)))
    # The surnames of cabinet members, found in the same pass: cabinet.py reads which of them
    # stand alone as a name ('de brief van Grapperhaus'); never an entity as found.
    for name in cabinet.surnames():
        if not auto.exists(name):
            auto.add_word(name, (len(name), Entry("surname", name, name, True)))
    auto.make_automaton()
    return auto


def find(text: str) -> list[Match]:
    return gazetteer.find(text, automaton())
