"""Issue #12, session 39: the enricher's throughput with a margin (bench/enrich/throughput39.md).

Each fast path is checked against the code it replaced, rebuilt here, on generated texts (each
test asserts that it saw many matches) and on real ones (every page of the shared corpus as pdfium
reads it): a guard looked back at from the capital it guards, a name searched from its fifth word
from the end, an abbreviation's gloss matched only before its bracket, the gates' word sets asked
as frozensets."""

from __future__ import annotations

import random
import re

from services.enrich.entities import (
    abbreviations,
    attendees,
    bodycues,
    dates,
    false_friends,
    orgcontext,
    orglists,
    orgnames,
)
from services.enrich.references import ocr
from services.enrich.scan import Guarded, latin1
from tests.unit.enrich.corpus import corpus_pages, spans
from tests.unit.enrich.test_throughput24 import _first_character, _texts

# --- attendees: the glued given name's guard, looked back at from its capital ---------------------

_OLD_GLUED_GIVEN = Guarded(
    rf"(?<=[{attendees._LOW}]{{2}})",
    rf"[{attendees._UP}](?=[{attendees._LOW}]{{2,}}[ \u00a0][{attendees._UP}][{attendees._LOW}])",
)

_GLUED_PIECES = [
    " ", "\u00a0", "\n", "a", "ab", "info", "meer", "Henk", "Jan", "Molenaar", "Ée", "ōno", "Ō",
    "ß", "x", "A", "IJ", "mijnOverheid", "eHerkenning", ".", "-", "1", "J", "an", " M", "olen",
    "infoHenk Molenaar", "abKim Jo", "xyÉva Ōno", "aaBb Cc",
]  # fmt: skip


def test_the_glued_given_names_match_as_the_guarded_pattern() -> None:
    hits = 0
    for text in _texts(_GLUED_PIECES, 8000, 391, most=12):
        expected = spans(list(_OLD_GLUED_GIVEN.finditer(text)))
        assert spans(list(attendees._GLUED_GIVEN.finditer(text))) == expected, text
        hits += len(expected)
    assert hits > 500
    for text in corpus_pages():
        expected = spans(list(_OLD_GLUED_GIVEN.finditer(text)))
        assert spans(list(attendees._GLUED_GIVEN.finditer(text))) == expected
    assert _first_character(attendees._GLUED_GIVEN)


# --- attendees: the name before a bracket, searched from its fifth word from the end --------------

_NAME_PIECES = [
    " ", "  ", "\u00a0", "\n", "\r\n", "\t", "Jan", "Marije", "Oudejans", "IJsbrand", "de", "van",
    "der", "van der", "in 't", "op de", "’t", "v.d.", "vd", "Ter", "-", ".", "/", "@", "x", "(",
    "Ōno", "Kim", "Ée", "’", "s", "2", ":", "Auteurs", "Hart",
]  # fmt: skip


def test_the_name_before_a_bracket_is_found_from_its_fifth_word_from_the_end() -> None:
    hits = 0
    given = ["Jan", "Marije", "IJsbrand", "Kim", "Ée", "Ōno", "Ter", "Hart", "jan"]
    particles = ["", "", "de ", "van der ", "in 't ", "op de ", "’t ", "v.d. ", "van\n"]
    surnames = ["Oudejans", "Hart", "Dijk-Smit", "O'Neil", "Ōno Ōno", "Jansen\n", "Ōno Hart Dijk"]
    rnd = random.Random(395)
    for text in _texts(_NAME_PIECES, 8000, 392, most=10):
        name = rnd.choice(given) + rnd.choice([" ", "  ", "\u00a0", "\n", "."])
        name += rnd.choice(particles) + rnd.choice(surnames) + rnd.choice(["", " ", "  "])
        window = (text + rnd.choice([" ", "", "@", "("]) + name)[-60:]
        expected = attendees._NAME_BEFORE.search(window)
        got = attendees._NAME_BEFORE.search(window, attendees._last_words_start(window))
        assert (got and got.regs) == (expected and expected.regs), window
        hits += expected is not None
    assert hits > 1000
    for text in corpus_pages():
        for at in (m.start() for m in re.finditer(r"\(", text)):
            window = text[max(0, at - 60) : at]
            expected = attendees._NAME_BEFORE.search(window)
            got = attendees._NAME_BEFORE.search(window, attendees._last_words_start(window))
            assert (got and got.regs) == (expected and expected.regs), window


def test_the_fifth_word_from_the_end_is_no_later_than_the_words_say() -> None:
    for text in _texts(_NAME_PIECES, 4000, 393, most=16):
        starts = [m.start() for m in re.finditer(r"\S+", text)]
        bound = attendees._last_words_start(text)
        assert bound <= (starts[-5] if len(starts) >= 5 else 0), text


# --- bodycues: an abbreviation's gloss, matched before its bracket alone --------------------------

_GLOSS_PIECES = [
    " ", "  ", "\t", "\u00a0", "\n", "(", ")", "ABC", "NVWA", "RIVM", "ÉÉN", "AB", "ABCDEFGHI",
    "Raad", "Voor", "Werk", "Inkomen", " Nederlandse", "Voedsel-", "Warenautoriteit", "x", "-",
    "a", "é", "1", ",", "(Raad Voor Werk)", "(RVW)", "RVW (Raad Voor Werk)",
    "ABC (Alfa Beta Centrum)",
    " NVWA (Nederlandse Voedsel- en Warenautoriteit)", "xABC (Alfa Beta Centrum)",
]  # fmt: skip


def test_the_glosses_are_the_patterns_matches() -> None:
    hits = 0
    for text in _texts(_GLOSS_PIECES, 8000, 394, most=14):
        expected = spans(list(bodycues._GLOSSED.finditer(text)))
        assert spans(bodycues._glossed_matches(text)) == expected, text
        hits += len(expected)
    assert hits > 500
    for text in corpus_pages():
        expected = spans(list(bodycues._GLOSSED.finditer(text)))
        assert spans(bodycues._glossed_matches(text)) == expected
    for ch in map(chr, range(0x3000)):
        assert (ch in bodycues._GLOSSED_UPPER) == bool(re.fullmatch(f"[{bodycues._UPPER}]", ch))


# --- scan.Guarded's lead: the body matched only where a word it starts with stands ----------------

_KIND_PIECES = [
    " ", "\n", "  ", "-", "x", "de ", "Gemeente", "gemeente", "Provincie", "Waterschap", "GGD",
    "GHOR", "Brandweer", "Omgevingsdienst", "Rekenkamer", "Rekenkamercommissie", "rechtbank",
    "Amsterdam", "Noord-", "Holland", "Gooi", " en ", "Vechtstreek", "Hart", " voor ", "Brabant",
    "West-\nBrabant", "Stichting", "Vereniging", "Nederland", "VWS", "Regio", "a", "Ōno",
]  # fmt: skip


def test_the_kinds_are_found_from_their_words_as_the_guarded_pattern_found_them() -> None:
    old = Guarded(orgcontext._KIND.guard.pattern, orgcontext._KIND.body.pattern)
    assert orgcontext._KIND.lead is not None and old.lead is None
    hits = 0
    for text in _texts(_KIND_PIECES, 8000, 396, most=10):
        expected = spans(list(old.finditer(text)))
        assert spans(list(orgcontext._KIND.finditer(text))) == expected, text
        first = old.search(text)
        got = orgcontext._KIND.search(text)
        assert (got and got.regs) == (first and first.regs), text
        hits += len(expected)
    assert hits > 100
    for text in corpus_pages():
        expected = spans(list(old.finditer(text)))
        assert spans(list(orgcontext._KIND.finditer(text))) == expected


def test_a_lead_finds_what_the_body_finds_from_any_position() -> None:
    plain = Guarded(r"(?<![\w-])", r"(?:(?P<a>ab|cd)x+|(?P<b>ef)y)(?!z)")
    led = Guarded(r"(?<![\w-])", r"(?:(?P<a>ab|cd)x+|(?P<b>ef)y)(?!z)", lead="ab|cd|ef")
    pieces = ["ab", "cd", "ef", "x", "y", "z", " ", "-", "a", "e", "abx", "efy"]
    hits = 0
    for i, text in enumerate(_texts(pieces, 6000, 397, most=10)):
        pos = i % 4
        expected = spans(list(plain.finditer(text, pos)))
        assert spans(list(led.finditer(text, pos))) == expected, text
        a, b = plain.search(text, pos), led.search(text, pos)
        assert (a and a.regs) == (b and b.regs), text
        hits += len(expected)
    assert hits > 300


# --- abbreviations: an abbreviation before its bracket, matched there alone -----------------------

_ABBR_PIECES = [
    " ", "  ", "\n", "\u2003", "(", ")", "A", "AB", "ABC", "X1", "-", "-12", "ABCDEFGHIJ", "(Raad",
    "(x", "x", "É", "(É", "9", "LOT-C", "LOT-C (Landelijk", "aLOT-C (L", "ABCDEFG-123 (B",
]  # fmt: skip


def test_the_abbreviations_before_brackets_are_the_patterns_matches() -> None:
    hits = 0
    for text in _texts(_ABBR_PIECES, 8000, 398, most=14):
        expected = spans(list(abbreviations._ABBR_BEFORE_PARENS.finditer(text)))
        assert spans(abbreviations._abbrs_before_parens(text)) == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        expected = spans(list(abbreviations._ABBR_BEFORE_PARENS.finditer(text)))
        assert spans(abbreviations._abbrs_before_parens(text)) == expected
    for ch in map(chr, range(0x3000)):
        assert (ch in abbreviations._CAPITALS) == bool(re.fullmatch("[A-ZÀ-ÖØ-Þ]", ch))


# --- scan.latin1: a text's characters all below U+0100, told from its size ------------------------


def test_latin1_says_what_the_characters_say() -> None:
    rnd = random.Random(399)
    alphabets = ["ab1 ", "aé1\u00a0", "aĀ1", "a😀1", "é", "Ā", "😀", "a\u00ff", "a\u0100"]
    for _ in range(20000):
        alphabet = rnd.choice(alphabets)
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        assert latin1(text) == all(ord(ch) < 0x100 for ch in text), text
        assert latin1(text[1:]) == all(ord(ch) < 0x100 for ch in text[1:]), text
    for text in corpus_pages():
        assert latin1(text) == all(ord(ch) < 0x100 for ch in text)

    class Text(str):
        pass

    # a text CPython keeps otherwise (a subclass's) may be told no; never wrongly yes
    for text in ("abc", "é" * 40, "Ā" * 40, "a😀" * 20, "é" * 3 + "Ā"):
        assert not latin1(Text(text)) or all(ord(ch) < 0x100 for ch in text)


def test_in_latin1_a_digit_is_an_ascii_digit() -> None:
    digit = re.compile(r"\d")
    assert [ch for ch in map(chr, range(0x100)) if digit.match(ch)] == list("0123456789")
    pieces = ["1", "O", "l", "I", "|", "Z", "S", "z", "a", " ", "é", "\u00a0", "²", "12", "Ā"]
    for text in _texts(pieces, 6000, 400, most=12):
        if not latin1(text):
            continue
        assert spans(list(ocr._NEXT_TO_DIGIT.finditer(text))) == spans(
            list(ocr._ASCII_NEXT_TO_DIGIT.finditer(text))
        )
        assert false_friends._NUMBER.sub("#", text) == false_friends._numbers_blanked(text)


# --- dates: the years as two literal-led searches -------------------------------------------------


def test_the_years_are_the_patterns_matches() -> None:
    pieces = ["19", "20", "1", "2", "0", "9", "2019", "1999", "20200", "x", " ", "-", "/", "é"]
    hits = 0
    for text in _texts(pieces, 8000, 401, most=12):
        expected = spans(list(dates._YEAR.finditer(text)))
        assert spans(dates._years(text)) == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        assert spans(dates._years(text)) == spans(list(dates._YEAR.finditer(text)))


# --- orglists: the list's first member led by its capital -----------------------------------------


def test_the_lists_of_members_match_as_the_lookahead_led_pattern() -> None:
    old = re.compile(
        r"(?=[A-Z])(?<![\w-])"
        + orglists._MEMBER
        + orglists._LIST.pattern[len(orglists._FIRST_MEMBER) :]
    )
    assert orglists._LIST.pattern.startswith(orglists._FIRST_MEMBER)
    assert _first_character(orglists._LIST) and not _first_character(old)
    pieces = [
        " ", ", ", " en ", " of ", "\n", "FNV", "PZO", "CRKBO", "easyJet", "NOS.nl", "de ", "van ",
        "x", "-", "KLM", "a", "Ab(c)", "é", "Overleg met ",
    ]  # fmt: skip
    hits = 0
    for i, text in enumerate(_texts(pieces, 8000, 402, most=14)):
        lo = i % 3
        expected = spans(list(old.finditer(text, lo)))
        assert spans(list(orglists._LIST.finditer(text, lo))) == expected, text
        hits += len(expected)
    assert hits > 500
    for text in corpus_pages():
        assert spans(list(orglists._LIST.finditer(text))) == spans(list(old.finditer(text)))


# --- the gates' words as frozensets ---------------------------------------------------------------


def test_every_gate_set_holds_its_tuples_words() -> None:
    from services.enrich.entities import companies, outlets, roles, titled

    gates = {
        attendees: ["_CONTACT_STEMS"],
        bodycues: [
            "_PLANT_GATES", "_QUOTE_GATES", "_STAFF_GATES", "_PARENT_GATES", "_PROVINCE_GATES",
            "_FORM_GATES", "_COMPOUND_GATES", "_COLLEGE_GATES",
        ],
        companies: ["_APPOSED_HINTS", "_BANKRUPT_HINTS", "_COLOPHON_LABELS", "_EXAMPLE_HINTS"],
        orgcontext: [
            "_KIND_STEMS", "_FOREIGN_STEMS", "_CARE_HINTS", "_AND_PARTNERS_HINTS", "_LEGAL_HINTS",
        ],
        orgnames: ["_ANY_ENDINGS"],
        outlets: ["_ITEM_WORDS"],
        roles: ["_PLURALS", "_PLACED_STEMS"],
        titled: ["_PARTY_STEMS", "_REGISTER_STEMS", "_WORK_STEMS", "_FIELD_STEMS"],
    }  # fmt: skip
    for module, names in gates.items():
        for name in names:
            words = getattr(module, name)
            assert isinstance(words, tuple)
            assert getattr(module, f"{name}_SET") == frozenset(words), name


# --- bodycues: the patterns led by their guard, split into guard and body -------------------------

_BODYCUES_GUARDED = (
    "_HYPHENED", "_SPACED", "_STAFF", "_EMPLOYER", "_ABBR_PROVINCE", "_PRODUCTIONS", "_GROUP_LAST",
    "_COMPOUND", "_ROC", "_COOPERATIVE", "_FORM_FIRST",
)  # fmt: skip
_BODY_PIECES = [
    " ", "  ", "\n", "-", ",", ".", "x", "1 ", "de ", "het ", "De ", "bij ", "in dienst ", "van ",
    "NIG", "DSB", "ABCDEFG", "Nemef", "Philips", "Holland", "Dairy", "Groningen", "Noord-Holland",
    " Noord", "-rapport", "-groep", "fabriek", "Tata Steel", "medewerkers ", "Oud-", "oud-",
    "woordvoerder ", "Studio", "Producties", "Werkgroep", "Landelijke", "Mutsaersstichting",
    "ROC ", "dorpscoöperatie ", "NV ", "B.V. ", "Het Anker", "é", "Ōno",
]  # fmt: skip


def test_the_guarded_bodycues_patterns_match_as_the_whole_patterns() -> None:
    old_abbr = f"[{bodycues._UPPER}]{{2,6}}"
    hits = 0
    texts = _texts(_BODY_PIECES, 8000, 403, most=12)
    for name in _BODYCUES_GUARDED:
        new = getattr(bodycues, name)
        assert isinstance(new, Guarded), name
        assert _first_character(new.body if new.lead is None else new.lead), name
        body = new.body.pattern.replace(bodycues._ABBR, old_abbr)
        old = re.compile(new.guard.pattern + body)
        for text in texts:
            expected = spans(list(old.finditer(text)))
            assert spans(list(new.finditer(text))) == expected, (name, text)
            hits += len(expected)
        for text in corpus_pages():
            assert spans(list(new.finditer(text))) == spans(list(old.finditer(text))), name
    assert hits > 1000
