"""Issue #12, round 28: the rule modules' gates asked of words.py's cue set.

councilpages, persons, extracts, roles, kamer, outlets, attendees and governed tested their gate
words one substring test at a time; they now ask the set of cue words words.py's one pass found
in the text. A gate must say what `word in text` said: every word asked of the cue set is a key
of words.py's automaton (a word not among them would read as absent), and each finder gives what
it gave with the cue set made by substring tests, on texts made of its gate words, their cut
and upper-cased forms and the phrasings its patterns look for."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from services.enrich import words
from services.enrich.entities import (
    attendees,
    councilpages,
    extracts,
    governed,
    kamer,
    orgcontext,
    outlets,
    persons,
    roles,
    titled,
)
from services.enrich.entities.gazetteer import Match
from tests.unit.enrich.test_throughput24 import _texts

_ROOT = Path(__file__).resolve().parents[3]
_MODULES = (attendees, councilpages, extracts, governed, kamer, outlets, persons, roles)
_CUES = r"(?:read\(text\)\.)?cues"
_ASKED_LITERAL = re.compile(rf'"((?:[^"\\\n]|\\.)+)" (?:not )?in {_CUES}\b')
_ASKED_NAME = re.compile(rf"\b([A-Z_][A-Z0-9_]*) (?:not )?in {_CUES}\b")
_ASKED_SET = re.compile(r"cues\.isdisjoint\(([A-Za-z_][A-Za-z0-9_]*)\)")


def _all_cues() -> frozenset[str]:
    return frozenset().union(*(keys for bit, keys in words._tables() if bit == words.CUE))


def _asked(module: ModuleType) -> set[str]:
    """Every word the module's code asks of a cue set."""
    source = (_ROOT / (module.__name__.replace(".", "/") + ".py")).read_text()  # compiled or not
    found: set[str] = {m.group(1) for m in _ASKED_LITERAL.finditer(source)}
    for m in _ASKED_NAME.finditer(source):
        found.add(getattr(module, m.group(1)))
    for m in _ASKED_SET.finditer(source):
        found |= set(getattr(module, m.group(1)))
    return found


@pytest.mark.parametrize("module", [*_MODULES, orgcontext, titled], ids=lambda m: m.__name__)
def test_every_word_a_gate_asks_is_a_cue(module: ModuleType) -> None:
    asked = _asked(module)
    assert asked, module.__name__
    assert asked <= _all_cues(), sorted(asked - _all_cues())
    gates = getattr(module, "GATES", None)
    if gates is not None:
        assert asked <= gates | getattr(module, "ELIDED_GATES", frozenset()), module.__name__


def _by_substrings(text: str) -> words.Words:
    """words.read as the old gates saw it: each cue by its own substring test."""
    seen = words.read(text)
    cues = frozenset(c for c in _all_cues() if c in text)
    return words.Words(
        seen.kinds, seen.kind_lists, seen.companies, seen.title_stems, seen.org_cues, cues
    )


_PHRASES = [
    " ", "\n", "\u00a0", ", ", ": ", " - ", "(", ")", ".", " en ", "de ", "Jansen", "J. de Vries",
    "Aanwezig: ", "Afwezig: ", "AANWEZIG", "Commissie Ruimte (", "gemeente Zwolle", "Gemeente Ede",
    "GEMEENTE", "RUD Utrecht", "Verslagbureau Notulen", "Notulist: ", "Radio Oost", "RTV Utrecht",
    "Omroep Brabant", "Vragen van het lid ", "Antwoord van minister ", "De Minister van Financiën",
    "staatssecretaris ", "KvK-uittreksel Bakkerij Jansen", "uittreksel uit het Handelsregister ",
    "Stichting De Brug", "journalisten ", "wethouders ", "burgemeester van Tilburg", "gezant in ",
    "ambassadeur in Parijs", "de Tweede en Eerste Kamer", "Eerste en Tweede Kamer", "Kamer",
    "het artikel in NRC van 9 september ", "bericht", "column", "interview", "opiniestuk",
    "Inlichtingen: ", "contactpersoon ", "behandeld door ", "afgestemd met ", "opgesteld door ",
    "Opsteller: ", "aangesloten bij ", "Bij de ", "Alliander", "070-1234567", "(070) 123 45 67",
]  # fmt: skip


# Texts each finder finds something in (from the finders' own tests).
_FOUND = [
    "Aanwezig: J. de Vries (VVD), P. Jansen (CDA)\nAfwezig: K. Bakker",
    "Vragen van het lid Jansen (XY) aan de Minister voor Natuur over ganzen (ingezonden 1 mei).",
    "Antwoord van minister Bruins (Onderwijs, Cultuur en Wetenschap)",
    "KvK-uittreksel Bakkerij Jansen",
    "de journalisten Marcia Nieuwenhuis en Jan Klaassen",
    "van de Tweede en Eerste Kamer",
    "Kent u het artikel «Fondsen onder druk» van B. de Wit in Rente Vandaag van 3 maart 2024?",
    "Inlichtingen bij\nTjalling Zwaanstra\nT 06 12345678\ntjalling@example.nl",
    "Bij de NKZ zijn 40 zorggroepen aangesloten.",
]


def _pieces() -> list[str]:
    asked = sorted(set().union(*(_asked(m) for m in _MODULES)))
    cut = [w[:-1] for w in asked] + [w[1:] for w in asked] + [w.upper() for w in asked]
    return asked + cut + _PHRASES


def _finders() -> list[tuple[ModuleType, Callable[[str], list[Match]]]]:
    return [
        (councilpages, lambda text: councilpages.find(text, [])),
        (persons, persons.find),
        (extracts, extracts.find),
        (roles, lambda text: list(roles.find(text))),
        (kamer, kamer.elided),
        (outlets, lambda text: outlets.find(text, [])),
        (attendees, attendees.find),
        (governed, governed.find),
    ]


@pytest.mark.parametrize("index", range(8))
def test_each_finder_finds_what_its_substring_gates_found(
    index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    module, find = _finders()[index]
    texts = _texts(_pieces(), 400, 28 + index, most=10)
    texts += _FOUND + [a + " " + b for a in texts[:40] for b in _FOUND]
    new = [find(text) for text in texts]
    words.forget()
    monkeypatch.setattr(module, "read", _by_substrings)
    old = [find(text) for text in texts]
    assert new == old
    assert any(new), module.__name__  # the texts reach the finder's patterns
