"""Issue #12, session 42: the enricher's throughput (bench/enrich/speed42.md).

Each change of how a finder runs is checked against the code it replaced, rebuilt here, on
generated texts (each test asserts that it saw many matches) and on every page of the shared
corpus as pdfium reads it."""

from __future__ import annotations

import re

from services.enrich import enricher
from services.enrich.entities import false_friends, gazetteer, orgcontext, orgnames
from services.enrich.entities import people as listed_people
from services.enrich.scan import Guarded
from tests.unit.enrich.corpus import corpus_pages
from tests.unit.enrich.test_throughput24 import _texts

# --- orgcontext: the national names' letter runs possessive -----------------------------------


def test_the_held_name_word_is_the_name_word_with_its_first_run_possessive() -> None:
    # CPython 3.11 matches a possessive group's repeat after a possessive run wrongly: only the
    # class's run is possessive (and the rebuilt pattern below is the name word as it stands)
    assert re.search(r"A\w*+(?:-\w+)*+ +N", "Ab-  N") is not None  # the bug, while it lasts
    assert re.search(r"A\w*+(?:-\w+)* +N", "Ab-  N") is None
    assert orgcontext._NAME_WORD_HELD != orgcontext._NAME_WORD
    assert orgcontext._NAME_WORD_HELD.replace("*+", "*") == orgcontext._NAME_WORD
    assert orgcontext._NAME_WORD_HELD.count("*+") == 1


_OLD_NATIONAL = Guarded(
    r"(?<![\w-])",
    rf"(?P<name>{orgcontext._NAME_WORD}(?:[ \t\u00a0]+{orgcontext._NAME_WORD}){{0,3}})"
    r"(?:[ \t\u00a0]+|[ \t\u00a0]+\r?\n[ \t\u00a0]*(?=Nederland[ \t\u00a0]+[a-z]))"
    r"Nederland(?![\w-])",
)


def _old_national_names(text: str) -> list[tuple[tuple[int, int], ...]]:
    """`orgcontext._national_names` with the pattern as it was."""
    body, guard = _OLD_NATIONAL.body.search, _OLD_NATIONAL.guard.match
    out = []
    pos = 0
    at = text.find("Nederland")
    while at != -1:
        start, end = max(pos, at - orgcontext._NATIONAL_REACH), at + len("Nederland") + 3
        while (m := body(text, start, end)) is not None:
            if guard(text, m.start()) is not None:
                out.append(m.regs)
                pos = m.end()
                break
            start = m.start() + 1
        at = text.find("Nederland", max(at + 1, pos))
    return out


_NATIONAL_PIECES = [
    " ", "  ", "\u00a0", "\t", "\n", " \n", "\r\n ", "Nederland", "Nederlandse", "Nederland-",
    "NederlandX", "Bouwend", "LTO", "Amnesty International", "Stichting", "Natuurmonumenten",
    "Noord-Brabant", "Zuid\u2010Holland", "'s-Hertogenbosch", "'t Hooft", "'x", "’s", "B&W", "A",
    "de", "van", "over", "Betreft", "Aanpak", "-", "x", ".", "(", "Ée", "É", "1", "Ab-",
    "Cd\u2011ef",
    " Nederland", " Nederland ", "  Nederland", " \nNederland over", "\u00a0Nederland", " LTO",
    " Bouwend", " Ab-Cd", " Ab-", " 's-Gravenhage", " Ée",
]  # fmt: skip


def test_the_national_names_match_as_before() -> None:
    hits = 0
    for text in _texts(_NATIONAL_PIECES, 12000, 4242, most=14):
        expected = _old_national_names(text)
        assert [m.regs for m in orgcontext._national_names(text)] == expected, text
        hits += len(expected)
    assert hits > 1000, hits
    for text in corpus_pages():
        assert [m.regs for m in orgcontext._national_names(text)] == _old_national_names(text)


# --- enricher: a span's false friends called by name -------------------------------------------

_SPAN_CHECKS = (
    false_friends.counted_series,
    false_friends.names_a_website,
    false_friends.names_a_file_title,
    false_friends.mail_prefix,
    false_friends.postcode_before_place,
    false_friends.register_label,
    false_friends.in_redaction_noise,
    false_friends.beside_a_redaction,
    false_friends.among_compass_points,
    false_friends.names_a_directorate,
    false_friends.names_a_site,
    false_friends.plural_noun_subject,  # orgsLet48
)


_CAPITALISED = re.compile(r"[A-Z][\w.-]+(?: [A-Z][\w-]+)*")


def test_a_spans_false_friends_are_the_checks_as_before() -> None:
    said = 0
    for text in corpus_pages():
        found = [(m.start, m.end) for m in gazetteer.find(text)]
        for start, end in found + [m.span() for m in _CAPITALISED.finditer(text)]:
            expected = any(check(text, start, end) for check in _SPAN_CHECKS)
            assert enricher._span_false_friend(text, start, end) == expected
            said += expected
    assert said > 10


# --- gazetteer: no overlaps resolved without hits ----------------------------------------------


def test_both_lists_read_in_one_pass_find_what_each_finds() -> None:
    other = listed_people.automaton()
    empty = 0
    for text in [*corpus_pages(), "", "Ja.", "de minister", "\n \n"]:
        ours, theirs = gazetteer.find_both(text, other)
        assert ours == gazetteer.find(text)
        assert theirs == gazetteer.find(text, other)
        empty += not ours or not theirs
    assert empty >= 4


# --- orgnames: a pattern that opens with a character only where that character stands ----------


def test_orgnames_patterns_open_with_the_character_they_are_gated_on() -> None:
    # `find` searches these only in a text holding their first character
    assert orgnames._COMPOUND_WORD.pattern.startswith("-")
    assert orgnames._PAREN_ABBR.pattern.startswith(r"\(")
    for pattern, first in ((orgnames._COMPOUND_WORD, "-"), (orgnames._PAREN_ABBR, "(")):
        for text in corpus_pages():
            for m in pattern.finditer(text):
                assert text[m.start()] == first
    assert re.compile(orgnames._PAREN_ABBR.pattern).search("de (NCOI)") is not None
