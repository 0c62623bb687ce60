"""Issue #12, session 35: the enricher's throughput with headroom (bench/enrich/throughput35.md).

Each fast path is checked against the code it replaced, rebuilt here, on generated texts: the
reference families' loop moved from the package's `__init__` (run as Python) into a compiled
module; patterns that gave the regex engine no first character to skip to (a leading lookbehind,
a zero-width lookahead, an optional group or a repeat first) rewritten so that they start with
one character class, or split into a guard and a body (`scan.Guarded`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest

from services.enrich import references, words
from services.enrich.entities import (
    attendees,
    givenfirst,
    money,
    orgcontext,
    taskbodies,
    vanforms,
)
from services.enrich.hits import Hit, drop_overlaps
from services.enrich.references import found, kenmerken, urls, woo_grounds
from services.enrich.scan import Guarded
from tests.unit.enrich.test_throughput24 import _first_character, _texts

_TRICKY = [
    " ", "  ", "\u00a0", "\n", "\r\n", "\t", "IJ", "ij", "'", "’", "&", "-", "\u2010", "(", ")",
    ",", ".", ":", "a", "e", "A", "Ö", "x", "2022", "5.1.2", "nr. 12", "van ", "van\n", "de ",
]  # fmt: skip


def _matches(pattern: re.Pattern[str] | Guarded, text: str) -> list[tuple[object, ...]]:
    return [(m.regs, m.groupdict()) for m in pattern.finditer(text)]


# --- the families' loop, compiled -------------------------------------------------------------


def _old_find_in_text(
    text: str, kenmerk_values: tuple[str, ...] = (), disclosed: Callable[[], bool] | None = None
) -> list[Hit]:
    """references.find_in_text as the package's __init__ ran it before session 35."""
    links = list(urls.find(text))
    hits_found: list[Hit] = []
    cues = words.read(text).cues
    for family, cued, characters in references._GATES:
        if cues.isdisjoint(cued) and not any(ch in text for ch in characters):
            continue
        hits: Iterable[Hit] = (
            woo_grounds.find(text, disclosed) if family is woo_grounds else family.find(text)
        )
        for hit in hits:
            if not any(hit.start < u.end and u.start < hit.end for u in links):
                hits_found.append(hit)
    marks = [
        k
        for k in kenmerken.find(text, kenmerk_values)
        if not any(k.start < u.end and u.start < k.end for u in links)
    ]
    return sorted([*links, *drop_overlaps(hits_found), *marks], key=lambda h: (h.start, h.end))


_CITING = [
    *_TRICKY, "Kamerstukken II 2021/22, 35 925, nr. 3", "kst-35925-3", "Stb. 2019, 12", "ECLI:NL:",
    "HR:2019:123", "2022Z20166", "art. 5.1, tweede lid", "artikel 10.2.e", "Wob", "Woo", "11.1",
    "https://www.rijksoverheid.nl/a", " www.x.nl/b ", "Handelingen II", "Aanhangsel", "Trb. 2020",
    "Pb L 119", "(EU) 2016/679", "BWBR0005537", "Stcrt. 2021, 1", "ons kenmerk 123-4", "EK 33 400",
]  # fmt: skip


def test_the_package_names_the_compiled_module_s_finder() -> None:
    assert references.find_in_text is found.find_in_text
    assert references._GATES is found._GATES and references._FAMILIES is found._FAMILIES
    assert references.CUES is found.CUES


def test_find_in_text_finds_what_the_package_loop_found() -> None:
    disclosed = [None, lambda: True, lambda: False]
    seen = 0
    for i, text in enumerate(_texts(_CITING, 3000, 35, most=8)):
        known = ("123-4",) if i % 3 == 0 else ()
        ask = disclosed[i % 3]
        words.forget()
        new = found.find_in_text(text, known, ask)
        words.forget()
        old = _old_find_in_text(text, known, ask)
        assert new == old, text
        seen += len(new)
    assert seen > 1000


# --- patterns given a first character ---------------------------------------------------------

_CAPITALISED = [
    *_TRICKY, "Vrije", "Universiteit", "Amsterdam", "Technische", "Delft", "van", "Van", "A", "Ab",
    "Erasmus", "UMC", "'s-Hertogenbosch", "'t Hoog", "'s", "'t", "'S-", "Henk", "Molenaar",
    "infoHenk", "meerJan", "Jan", "Jansen", "mijnOverheid", "eHerkenning", "ab", "Ée", "Ōno",
    "Vrije Universiteit van Amsterdam", "Universiteit van\nDelft ", "zie infoHenk Molenaar",
    "ABN AMRO & Partners", "X & Co", "gemeente 's-Gravenhage", "Fenelab consortium",
    "A B C D van E",
]  # fmt: skip


def test_the_rewritten_patterns_start_with_a_first_character() -> None:
    for pattern in (
        vanforms._VAN.body,
        attendees._GLUED_GIVEN,
        attendees._COURTESY_CAPS.body,
        attendees._CAPS_GATE,
        re.compile(rf"(?P<name>{orgcontext._NAME_WORD})"),
    ):
        assert _first_character(pattern), pattern.pattern


def test_van_forms_match_as_the_whole_pattern() -> None:
    word = r"[A-ZÀ-ÖØ-Þ][\w'’&-]*"
    gap = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"
    old = re.compile(
        rf"(?<![\w'’&-])((?:{word}{gap}){{1,3}})van{gap}({word}(?:{gap}{word})?)(?![\w'’&-])"
    )
    hits = 0
    for text in _texts(_CAPITALISED, 6000, 351, most=10):
        expected = _matches(old, text)
        assert _matches(vanforms._VAN, text) == expected, text
        hits += len(expected)
    assert hits > 100


def test_glued_given_names_start_where_the_zero_width_pattern_matched() -> None:
    low, up = attendees._LOW, attendees._UP
    old = re.compile(rf"(?<=[{low}]{{2}})(?=[{up}][{low}]{{2,}}[ \u00a0][{up}][{low}])")
    hits = 0
    for text in _texts(_CAPITALISED, 6000, 352, most=10):
        expected = [m.start() for m in old.finditer(text)]
        assert [m.start() for m in attendees._GLUED_GIVEN.finditer(text)] == expected, text
        hits += len(expected)
    assert hits > 100


def _old_guarded(new: Guarded, guard: str) -> re.Pattern[str]:
    return re.compile(guard + new.body.pattern, new.body.flags)


@pytest.mark.parametrize(
    ("pattern", "guard", "pieces"),
    [
        (
            attendees._COURTESY_CAPS,
            r"(?<![\w-])",
            ["de heer ", "De Heer ", "mevrouw ", "dhr. ", "Mw. ", "xde heer ", "-mevrouw ",
             "VAN ", "DER ", "HIRSCH", "BALLIN", "CDA", "AB", ".A", "PIET", "HEIN"],
        ),
    ],
)  # fmt: skip
def test_guarded_patterns_match_as_the_whole_pattern(
    pattern: Guarded, guard: str, pieces: list[str]
) -> None:
    assert pattern.guard.pattern == guard
    old = _old_guarded(pattern, guard)
    hits = 0
    for text in _texts([*_TRICKY, *pieces], 6000, 353, most=10):
        expected = _matches(old, text)
        assert _matches(pattern, text) == expected, text
        hits += len(expected)
    assert hits > 100


_OLD_NAME_WORD = rf"(?:'s-|'t )?[{orgcontext._UPPER}][\w'’&]*(?:[-\u2010\u2011][\w'’&]+)*"


@pytest.mark.parametrize(
    "shape",
    [
        "(?P<name>{w})",
        r"(?<![\w-])(?P<name>{w}(?:[ \t\u00a0]+{w}){{0,3}})",
        r"(?P<name>{w}(?:[ \t\u00a0]+{w}){{0,2}})[ \t\u00a0]+&[ \t\u00a0]+(?:Partners|Co)",
        r"gemeente[ \t\u00a0]+(?P<name>{w}(?:-{w})*)",
        r"(?P<name>{w})[ \t\u00a0]+consortium(?![\w-])",
    ],
)
def test_name_words_match_as_before(shape: str) -> None:
    old = re.compile(shape.format(w=_OLD_NAME_WORD))
    new = re.compile(shape.format(w=orgcontext._NAME_WORD))
    pieces = [*_CAPITALISED, "& ", "Partners", "Co", "gemeente ", "consortium", "'s-", "'t "]
    hits = 0
    for text in _texts(pieces, 6000, 354, most=10):
        expected = _matches(old, text)
        assert _matches(new, text) == expected, text
        hits += len(expected)
    assert hits > 100


def test_the_capitals_gate_answers_as_before() -> None:
    old = re.compile(r"[A-Z]{3,}[ \u00a0][A-Z]{2,}")
    pieces = ["A", "B", "AB", "ABC", "ABCD", " ", "\u00a0", "a", "É", "IJ", "PIET HEIN", "\n"]
    for text in _texts(pieces, 6000, 355, most=12):
        # (only whether it matches is read: since throughput38 two space-led patterns answer)
        assert attendees._caps_gate(text) == (old.search(text) is not None), text


def test_amounts_match_as_before() -> None:
    old_number = r"(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d+)?)"
    scales = money._SCALES
    pairs: list[tuple[re.Pattern[str], re.Pattern[str] | Guarded]] = [
        (
            re.compile(rf"(?:€|EUR|euro){money._S}{old_number}(?:,-|,–)?{scales}(?![\w])"),
            money._BEFORE,
        ),
        (
            re.compile(rf"(?<![\w.,€]){old_number}{scales}\s+(?:euro|EUR)(?![\w])"),
            money._AFTER,
        ),
    ]
    pieces = ["1", "12", "123", "1234", ".", ",", "000", ".000", ",5", ",50", ",-", " ", "€"]
    pieces += ["€ ", "EUR ", " euro", " EUR", " miljoen", " mln.", "x", "a", "٣", "\u00a0"]
    hits = 0
    for text in _texts(pieces, 6000, 356, most=10):
        for old, new in pairs:
            expected = _matches(old, text)
            assert _matches(new, text) == expected, text
            hits += len(expected)
    assert hits > 300
    assert _first_character(money._AFTER.body)


def test_initials_are_found_after_the_spaces_they_were_found_at() -> None:
    old = re.compile(r"[ \u00a0](?:IJ|Th|[A-Z])\.")
    pieces = [
        " ",
        "\u00a0",
        "IJ.",
        "Th.",
        "T.",
        "I.",
        "IJ",
        "J.",
        "A.",
        "a.",
        "Jan",
        "x",
        ".",
        "\n",
    ]
    hits = 0
    for text in _texts(pieces, 6000, 357, most=12):
        expected = [m.start() for m in old.finditer(text)]
        # (since throughput38 the spaces are found from the initial's dot; only they are read)
        assert list(givenfirst._initial_spaces(text)) == expected, text
        hits += len(expected)
    assert hits > 1000
    assert _first_character(givenfirst._INITIAL_DOT)


def test_task_bodies_heads_match_as_before() -> None:
    old = re.compile(
        r"(?<=[a-zà-ÿ,][ \t\u00a0])"
        r"(?:Commissie|Stuurgroep|Werkgroep|Taskforce|Regiegroep|Projectgroep|Klankbordgroep|"
        r"Stichting|College|[A-Z][a-zà-ÿ]{3,}(?:commissie|college))(?![\w-])"
    )
    pieces = ["de ", "een, ", "x ", ", ", "Commissie", "Stuurgroep", "Werkgroep", "Taskforce",
              "Regiegroep", "Projectgroep", "Klankbordgroep", "Stichting", "College", "Collegex",
              "Adviescommissie", "Kiescollege", "Werkgroep-", "Werkgroepen", "A ", "é\u00a0",
              "Ommissie", "Scommissie", "Xyzcollege", "Tstuurgroep", "\t", "-"]  # fmt: skip
    hits = 0
    for text in _texts([*_TRICKY, *pieces], 8000, 358, most=10):
        expected = _matches(old, text)
        assert _matches(taskbodies._HEAD, text) == expected, text
        hits += len(expected)
    assert hits > 300
    assert _first_character(taskbodies._HEAD.body)
