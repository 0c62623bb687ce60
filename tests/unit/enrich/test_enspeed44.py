"""Issue #12, session 44: whole texts scanned from a literal or a rare mark, not from a class
(bench/enrich/enspeed44.md).

A pattern led by a look back, or by a class of common letters, makes the regex engine try a match
at every position of the text, or at every letter of the class; one led by a literal it jumps to.
Each change is held to the pattern or loop it replaced, rebuilt here from the same parts, on
generated texts (each test asserts that it saw matches) and on every page of the shared corpus
as pdfium reads it."""

from __future__ import annotations

import random
import re

from services.enrich.entities import bodycues, orgcontext, orglists, persons, sources
from tests.unit.enrich.corpus import corpus_pages


def _slotted(slots: list[list[str]], n: int, seed: int) -> list[str]:
    """Random texts, one piece of each slot in turn (a slot may hold ''), with a blank between two
    as `_texts` joins them, and now and then a piece of another slot put in or one left out."""
    rnd = random.Random(seed)
    joins = [" "] * 8 + ["", "\n", "  ", "\u00a0", "\t"]
    everything = [piece for slot in slots for piece in slot]
    out = []
    for _ in range(n):
        words = []
        for slot in slots:
            roll = rnd.random()
            if roll < 0.05:
                continue
            words.append(rnd.choice(everything if roll > 0.92 else slot))
        out.append("".join(w + rnd.choice(joins) for w in words))
    return out


def _texts(pieces: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    """Random texts of the pieces, mostly a space between two (also none, a line break, two)."""
    rnd = random.Random(seed)
    joins = [" "] * 6 + ["", "\n", "  ", "\u00a0"]
    out = []
    for _ in range(n):
        words = [rnd.choice(pieces) for _ in range(rnd.randint(0, most))]
        out.append("".join(w + rnd.choice(joins) for w in words))
    return out


_SP = bodycues._SP
_NAME_WORD = bodycues._NAME_WORD

# --- bodycues: the body that carried out a study -------------------------------------------

_OLD_CARRIED_OUT_BY = re.compile(
    rf"(?<![\w-])(?:{bodycues._STUDY_VERBS}){bodycues._FOR_CLIENT}{_SP}door{_SP}"
    rf"(?P<article>(?:het|de){_SP})?"
    rf"(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})"
    rf"(?:{_SP}en{_SP}(?P<next>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}))?(?![\w-])"
)
_OLD_BY_BEFORE = re.compile(
    rf"(?<![\w-])door{_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}})"
    rf"(?:{_SP}en{_SP}(?P<next>{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}))?{_SP}"
    r"(?:(?P<before>uitgevoerde|verrichte|opgestelde|opgeleverde|geschreven)|"
    rf"{bodycues._STUDY_VERBS})(?![\w-])"
)
# fmt: off
_STUDY_PIECES = [
    " ", "  ", "\u00a0", "\t", "\n", "door", "Door", "xdoor", "-door", "door-", "uitgevoerd",
    "xuitgevoerd", "-verricht", "verricht", "opgesteld", "opgeleverd", "geschreven", "gedaan",
    "uitgevoerde", "opgestelde", "in opdracht van", "het ministerie", "de", "het", "en",
    "Rijkswaterstaat", "KPMG", "Berenschot", "Sira Consulting", "Ecorys", "'s-Gravenhage", "B&W",
    "onderzoek", "rapport", ".", ",",
]
# fmt: on
_STUDY_SLOTS = [
    ["", "Het onderzoek is", "het rapport werd", "x", "het"],
    ["uitgevoerd", "verricht", "xverricht", "-gedaan", "opgesteld", "opgeleverd", "geschreven", ""],
    ["", "", "in opdracht van het ministerie", "in opdracht van BZK"],
    ["door", "Door", "xdoor", "door-"],
    ["", "het", "de"],
    ["Regelink", "Sira Consulting", "KPMG Advisory N", "'s-Gravenhage", "B&W", "de", "x"],
    ["", "", "en", "En"],
    ["Ecorys", "Berenschot Groep", "x", ""],
    ["", "opgeleverde", "uitgevoerde", "geschreven", "verricht", "gedaan", "onderzoek"],
    ["", "rapport", "onderzoek", "."],
]


def _regs(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in pattern.finditer(text)]


def test_the_study_patterns_led_by_their_literal_match_as_the_patterns_led_by_a_look_back() -> None:
    texts = _texts(_STUDY_PIECES, 10_000, seed=44, most=14) + _slotted(_STUDY_SLOTS, 20_000, 44)
    matched = 0
    for text in texts:
        old = _regs(_OLD_CARRIED_OUT_BY, text)
        assert _regs(bodycues._CARRIED_OUT_BY, text) == old, text
        before = _regs(_OLD_BY_BEFORE, text)
        assert _regs(bodycues._BY_BEFORE, text) == before, text
        matched += len(old) + len(before)
    assert matched > 500
    for text in corpus_pages():
        assert _regs(bodycues._CARRIED_OUT_BY, text) == _regs(_OLD_CARRIED_OUT_BY, text)
        assert _regs(bodycues._BY_BEFORE, text) == _regs(_OLD_BY_BEFORE, text)


def test_the_study_patterns_open_with_a_literal() -> None:
    assert bodycues._BY_BEFORE.pattern.startswith("door(?<!")
    for verb in bodycues._STUDY_VERBS.split("|"):
        assert f"{verb[0]}(?<![\\w-]{verb[0]}){verb[1:]}" in bodycues._STUDY_VERBS_LED


# --- bodycues: a name quoted after its kind --------------------------------------------------

# fmt: off
_QUOTED_PIECES = [
    " ", "  ", "\u00a0", "\t", "\n", "stichting", "Stichting", "zorgorganisatie", "organisatie",
    "vereniging", "Vereniging", "bedrijf", "theater", "museum", "kliniek", "centrum", "centrum-",
    "inrichting", "instelling", "gezelschap", "«", "»", '"', "“", "”", "‘", "’", "'", "'t",
    "Het Open Huis", "De Vonk", "Zorg", "van", "de", "Beter Leven", "'s-Hertogenbosch", "x", ".",
]
# fmt: on
_QUOTED_SLOTS = [
    ["", "de", "een", "x"],
    ["stichting", "Stichting", "zorgorganisatie", "vereniging", "theater", "centrum", "centrum-"],
    ["«Het", '"De', "“Zorg", "‘Beter", "'s-Hertogenbosch", "'t", "«x", "»De", "De"],
    ["", "Open", "van", "de", "'t", "Leven", "en"],
    ["Huis»", 'Dorp"', "Vonk”", "Leven’", "Zorg'", "x»", "Huis", ""],
    ["", "en", "theater", "'", "."],
    ["", "«Kunst»", '"De Ster"', "'Ster'"],
]


def test_quoted_names_read_from_their_quotes_are_the_pattern_s_matches() -> None:
    texts = _texts(_QUOTED_PIECES, 10_000, seed=4400, most=12)
    texts += _slotted(_QUOTED_SLOTS, 20_000, 4400)
    matched = 0
    for text in texts:
        old = _regs(bodycues._QUOTED, text)
        assert [m.regs for m in bodycues._quoted_matches(text)] == old, text
        matched += len(old)
    assert matched > 1000
    for text in corpus_pages():
        assert [m.regs for m in bodycues._quoted_matches(text)] == _regs(bodycues._QUOTED, text)


def test_no_quoted_kind_word_ends_another() -> None:
    # one start for each quote's blanks and each size: `_quoted_matches` tries the sizes
    # longest first, the earliest start first, as `finditer` would
    kinds = bodycues._QUOTED_KIND_SET
    assert not [(a, b) for a in kinds for b in kinds if a != b and a.endswith(b)]
    assert set(bodycues._OPENING_QUOTES) == set("«\"“‘'")


# --- persons: the askers' clause -------------------------------------------------------------

_OLD_ASKERS = re.compile(
    persons._ASKERS.pattern.replace("ragen(?<=[Vv]ragen)", "[Vv]ragen", 1), persons._ASKERS.flags
)
# fmt: off
_ASKER_PIECES = [
    " ", "\n", "Vragen", "vragen", "Kamervragen", "xragen", "ragen", "van", "de leden", "het lid",
    "Omtzigt", "(CDA)", "en", "Van der Lee", "aan de", "aan het", "over", "Minister", ", ", ".",
]
# fmt: on
_ASKER_SLOTS = [
    ["", "Kamervragen", "x"],
    ["Vragen", "vragen", "xragen", "ragen", "Vragen Vragen"],
    ["van", "van van"],
    ["de leden", "het lid", "de"],
    ["Omtzigt", "Van der Lee", "Kramer (CDA)", "ab"],
    ["", "en", ","],
    ["", "Bikker", "(D66)"],
    ["aan de", "aan het", "over", "aan"],
    ["Minister", "staatssecretaris", "de"],
]


def test_the_askers_clause_led_by_ragen_has_the_groups_of_the_old_one() -> None:
    assert persons._ASKERS.pattern != _OLD_ASKERS.pattern
    assert persons._ASKERS.pattern.startswith("ragen(?<=")

    def groups(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
        return [m.span("body") for m in pattern.finditer(text)]

    matched = 0
    texts = _texts(_ASKER_PIECES, 10_000, seed=441, most=16) + _slotted(_ASKER_SLOTS, 20_000, 441)
    for text in texts:
        old = groups(_OLD_ASKERS, text)
        assert groups(persons._ASKERS, text) == old, text
        matched += len(old)
    assert matched > 500
    for text in corpus_pages():
        assert groups(persons._ASKERS, text) == groups(_OLD_ASKERS, text)


# --- sources: a piece in a paper -------------------------------------------------------------


def _old_pieces_in(text: str) -> list[tuple[tuple[int, int], ...]]:
    found = []
    at = text.find(" in ")
    while at != -1:
        if sources._PIECE_BEFORE.search(text, max(0, at - sources._PIECE_REACH), at) is not None:
            m = sources._IN_AFTER_PIECE.match(text, at)
            if m is not None and m.group("name") not in sources._WHERE_SAID:
                found.append(m.regs)
        at = text.find(" in ", at + 1)
    return found


# fmt: off
_PIECE_PIECES = [
    " ", "het artikel", "een bericht", "Interview", "de column", " in ", "in", "de", "het",
    "Vakblad Veer", "Dorpsblad", "NRC", "Trouw", " van ", "30 oktober jl.", "4 juli 2024",
    "van A. Laning", ".", "\n",
]
# fmt: on
_PIECE_SLOTS = [
    ["", "het", "een", "x"],
    ["artikel", "Artikel", "bericht", "interview", "column", "opiniestuk", "xartikel", "artikelen"],
    ["", "", "van A. Laning", "van J.P. de Vries"],
    ["in", "in de", "in het"],
    ["Vakblad Veer", "Dorpsblad", "NRC", "Trouw", "de", "x"],
    ["", "(EW)"],
    ["van", "x"],
    ["30 oktober jl.", "4 juli 2024", "4 juli", "juli 2024"],
]


def test_pieces_in_a_paper_are_found_as_before() -> None:
    matched = 0
    texts = _texts(_PIECE_PIECES, 10_000, seed=4401, most=10) + _slotted(_PIECE_SLOTS, 20_000, 4401)
    for text in texts:
        old = _old_pieces_in(text)
        assert [m.regs for m in sources._pieces_in(text)] == old, text
        matched += len(old)
    assert matched > 200
    for text in corpus_pages():
        assert [m.regs for m in sources._pieces_in(text)] == _old_pieces_in(text)


# --- persons: a minister's signature, read from the office word ------------------------------

# fmt: off
_SIGNATURE_SLOTS = [
    ["", "x", "Made", "de", "De", "Hoogachtend,\n\nDe", "-de"],
    ["Minister", "minister", "Staatssecretaris", "staatssecretaris", "Ministerie", "Ministers",
     "xMinister", "inister"],
    ["van", "voor", "x"],
    ["Binnenlandse Zaken en Koninkrijksrelaties,", "Financiën,", "Justitie", "VWS,\n"],
    ["\n", "", "\n\n", " \n "],
    ["H.G.J. Bruins Slot", "drs. W.B. Hoekstra", "E. van Engelshoven", "A.B. de Vries", "x"],
]
# fmt: on


def test_signatures_read_from_their_office_words_are_the_pattern_s_matches() -> None:
    def regs(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
        return [m.regs for m in matches]

    matched = 0
    for text in _slotted(_SIGNATURE_SLOTS, 20_000, 4402):
        old = _regs(persons._SIGNATURE, text)
        assert regs(persons._signatures(text)) == old, text
        matched += len(old)
    assert matched > 500
    for text in corpus_pages():
        assert regs(persons._signatures(text)) == _regs(persons._SIGNATURE, text)


# --- orgcontext: a ministry by its letters ---------------------------------------------------

# fmt: off
_MINISTRY_SLOTS = [
    ["", "x", "het", "-", "xM", "Het"],
    ["Ministerie", "ministerie", "xministerie", "inisterie", "Ministerie-", "MINISTERIE"],
    ["van", "x"],
    ["BZK", "VWS", "EZK", "OCW", "IenW", "Financiën", "BZK-", "B&W"],
    ["", "en", "ministerie van", "Ministerie van"],
    ["", "SZW", "JenV", "x"],
]
# fmt: on


def test_ministries_read_from_inisterie_are_the_pattern_s_matches() -> None:
    matched = 0
    for text in _slotted(_MINISTRY_SLOTS, 20_000, 4403):
        old = _regs(orgcontext._MINISTRY_BY_LETTERS, text)
        assert [m.regs for m in orgcontext._ministries(text)] == old, text
        matched += len(old)
    assert matched > 1000
    for text in corpus_pages():
        old = _regs(orgcontext._MINISTRY_BY_LETTERS, text)
        assert [m.regs for m in orgcontext._ministries(text)] == old


# --- orglists: a list announced ---------------------------------------------------------------

_OLD_ANNOUNCED = re.compile(
    orglists._ANNOUNCED.pattern.replace("volgende(?<!\\wvolgende)", "\\bvolgende", 1),
    orglists._ANNOUNCED.flags,
)

# fmt: off
_ANNOUNCED_SLOTS = [
    ["", "de", "De", "x", "devolgende", "-", "_"],
    ["volgende", "Volgende", "xvolgende", "volgende-"],
    ["", "lijst van", "lijst", "drie"],
    ["organisaties", "instellingen", "stichtingen", "verenigingen", "bedrijven", "mensen"],
    ["", "zijn", "hebben gereageerd", "."],
    [":", ": ", ":\n", "x"],
    ["", "\n", "- NS"],
]
# fmt: on


def test_the_announcement_led_by_volgende_matches_as_the_one_led_by_a_word_boundary() -> None:
    assert orglists._ANNOUNCED.pattern.startswith("volgende(?<!")
    matched = 0
    for text in _slotted(_ANNOUNCED_SLOTS, 20_000, 4404):
        old = _regs(_OLD_ANNOUNCED, text)
        assert _regs(orglists._ANNOUNCED, text) == old, text
        matched += len(old)
    assert matched > 500
    for text in corpus_pages():
        assert _regs(orglists._ANNOUNCED, text) == _regs(_OLD_ANNOUNCED, text)


def test_the_scans_read_from_a_word_hold_the_pattern_s_shape() -> None:
    # Each scan above starts its pattern where a word it finds stands: a branch that gives the
    # pattern another office, kind or opening adds it to the scan's words as well
    signature = persons._SIGNATURE.pattern
    assert signature.startswith("(?:De|de)\\s+(?P<role>[Mm]inister|[Ss]taatssecretaris)\\s+")
    assert [(stem, capitals) for stem, capitals in persons._OFFICE_STEMS] == [
        ("inister", "Mm"),
        ("taatssecretaris", "Ss"),
    ]
    assert orgcontext._MINISTRY_BY_LETTERS.pattern.startswith("(?<![\\w-])[Mm]inisterie[ ")
    quoted = f"(?:{bodycues._QUOTED_KINDS})(?![\\w-]){_SP}[{bodycues._OPENING_QUOTES}]"
    assert bodycues._QUOTED.pattern.startswith(quoted)
