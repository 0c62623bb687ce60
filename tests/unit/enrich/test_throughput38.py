"""Issue #12, session 38: the enricher's throughput with a margin (bench/enrich/throughput38.md).

Each fast path is checked against the code it replaced, rebuilt here, on generated texts and on
real ones (every page of the shared corpus as pdfium reads it): patterns led by a character class
(the engine tests every character of the text against it) now led by a literal that each match
holds at a fixed place, the rest looked back at; a finder gated by what each of its matches
holds; written dates searched from where one ending in its year can start."""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.enrich.entities import attendees, dates, givenfirst, titled, vanforms
from services.enrich.entities.gazetteer import Match
from services.enrich.references import spacing
from services.enrich.scan import Guarded, near, near_from
from tests.unit.enrich.corpus import corpus_pages
from tests.unit.enrich.test_throughput24 import _first_character, _texts

# --- spacing: the cut capital, searched from its space --------------------------------------------

_OLD_CUT_CAPITAL = Guarded(
    r"(?<![\w])", r"[A-HJ-TV-Z] (?!(?:en|of|van|de|het|der|den|te|in|op|tot|met)(?![\w]))[a-z]{2}"
)


def _old_cut_ends(text: str) -> list[int]:
    """The ends of the first two matches as `is_letter_spaced` searched them before."""
    first = _OLD_CUT_CAPITAL.search(text)
    if first is None:
        return []
    second = _OLD_CUT_CAPITAL.search(text, first.end())
    return [first.end()] + ([] if second is None else [second.end()])


def _new_cut_ends(text: str) -> list[int]:
    first = spacing._CUT_CAPITAL.search(text)
    if first is None:
        return []
    second = spacing._CUT_CAPITAL.search(text, first.end())
    return [first.end()] + ([] if second is None else [second.end()])


def test_the_cut_capital_ends_where_it_ended() -> None:
    pieces = [
        " ", "T", "I", "U", "A", "a", "oe", "zegging", "en", "van", "x", "1", "\n", "É", "_",
        " T oe", " A lg", " B es", "T en", " N ederlandse", "U k", "I I",
    ]  # fmt: skip
    hits = 0
    for text in _texts(pieces, 6000, 381, most=14):
        expected = _old_cut_ends(text)
        assert _new_cut_ends(text) == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        assert _new_cut_ends(text) == _old_cut_ends(text)
    assert _first_character(spacing._CUT_CAPITAL)


# --- givenfirst: the initials, found from their dot -----------------------------------------------

_OLD_BEFORE_INITIAL = Guarded(r"(?<=[ \u00a0])", r"[A-Z](?:(?<=I)J|(?<=T)h)?\.")


def test_the_initials_spaces_are_the_capital_led_patterns() -> None:
    pieces = [" ", "\u00a0", "IJ.", "Th.", "T.", "I.", "IJ", "J.", "A.", "a.", "Jan", ".", "h."]
    hits = 0
    for text in _texts(pieces, 6000, 382, most=12):
        expected = [m.start() - 1 for m in _OLD_BEFORE_INITIAL.finditer(text)]
        assert list(givenfirst._initial_spaces(text)) == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        expected = [m.start() - 1 for m in _OLD_BEFORE_INITIAL.finditer(text)]
        assert list(givenfirst._initial_spaces(text)) == expected
    assert _first_character(givenfirst._INITIAL_DOT)


# --- vanforms: gated by 'van' before a capital ----------------------------------------------------


def _old_van_find(text: str) -> list[Match]:
    if "van" not in text:
        return []
    out: list[Match] = []
    for m in vanforms._VAN.finditer(text):
        widest = vanforms._widest(m)
        if widest is not None:
            out.append(widest)
    return out


def test_every_van_form_holds_the_gate() -> None:
    pieces = [
        "Vrije ", "Universiteit ", "van ", "van", "Amsterdam", "Delft", "\n", "\r\n", " ", "\t",
        "\u00a0", "de ", "Van ", "xvan ", "Technische Universiteit van Delft", "Universiteit van\n",
        "Erasmus", "'s-", "É", "-",
    ]  # fmt: skip
    matched = 0
    for text in _texts(pieces, 6000, 383, most=10):
        if any(True for _ in vanforms._VAN.finditer(text)):
            matched += 1
            assert vanforms._VAN_BEFORE_CAPITAL.search(text) is not None, text
        assert vanforms.find(text) == _old_van_find(text), text
    assert matched > 500
    for text in corpus_pages():
        if any(True for _ in vanforms._VAN.finditer(text)):
            assert vanforms._VAN_BEFORE_CAPITAL.search(text) is not None
        assert vanforms.find(text) == _old_van_find(text)
    assert _first_character(vanforms._VAN_BEFORE_CAPITAL)


# --- dates: written dates searched from where they can start --------------------------------------


def _old_written(text: str) -> list[tuple[object, ...]]:
    years = list(dates._YEAR.finditer(text))
    return [m.regs for m in near(dates._WRITTEN, years, text, before=80, after=1)]


def _new_written(text: str) -> list[tuple[object, ...]]:
    years = list(dates._YEAR.finditer(text))
    starts = [dates._written_start(text, y.start()) for y in years]
    return [m.regs for m in near_from(dates._WRITTEN, years, starts, text, after=1)]


def _date_texts() -> Iterator[str]:
    pieces = [
        "1", "21", "3", "e", " ", "  ", "\u00a0", "\n", "\r\n", "\t", "mei", "MEI", "september",
        "sept.", "Sept.", "jan.", "januari", "2022", "1999", "2023", "x", ".", "-", "de ",
        " " * 16, " 1 mei 2022", "21e september ", "  juni\n 2023", "3 jan. 1999",
    ]  # fmt: skip
    yield from _texts(pieces, 8000, 384, most=10)


def test_written_dates_match_as_with_the_fixed_reach() -> None:
    hits = 0
    for text in _date_texts():
        expected = _old_written(text)
        assert _new_written(text) == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        assert _new_written(text) == _old_written(text)


def test_near_from_with_the_fixed_reach_is_near() -> None:
    pattern = re.compile(r"(?<![\w.])[0-3]?\d-(?:19|20)\d\d")
    for text in _date_texts():
        years = list(dates._YEAR.finditer(text))
        starts = [y.start() - 8 for y in years]
        assert [m.regs for m in near_from(pattern, years, starts, text, after=1)] == [
            m.regs for m in near(pattern, years, text, before=8, after=1)
        ], text


def test_the_written_start_is_no_later_than_any_date_ending_in_the_year() -> None:
    whole = re.compile(dates._WRITTEN.pattern + r"\Z", dates._WRITTEN.flags)
    for text in _date_texts():
        for y in dates._YEAR.finditer(text):
            start = dates._written_start(text, y.start())
            assert max(0, y.start() - dates._WRITTEN_REACH) <= start <= y.start()
            for lo in range(max(0, y.start() - dates._WRITTEN_REACH), start):
                assert whole.match(text, lo, y.end()) is None, (text, lo)


# --- attendees: the capitals' gate, led by the space ----------------------------------------------


def test_the_capitals_gate_answers_as_the_class_led_pattern() -> None:
    old = re.compile(r"[A-Z][A-Z]{2,}[ \u00a0][A-Z]{2,}")
    pieces = ["A", "B", "AB", "ABC", "ABCD", " ", "\u00a0", "a", "É", "IJ", "PIET HEIN", "\n", "\t"]
    hits = 0
    for text in _texts(pieces, 6000, 385, most=12):
        expected = old.search(text) is not None
        assert attendees._caps_gate(text) == expected, text
        hits += expected
    assert hits > 1000
    for text in corpus_pages():
        assert attendees._caps_gate(text) == (old.search(text) is not None)
    assert _first_character(attendees._CAPS_GATE)
    assert _first_character(attendees._CAPS_GATE_NBSP)


# --- vanforms and titled's OCR'd capital I: searched only around their anchors --------------------


def test_van_forms_are_the_whole_patterns_matches() -> None:
    pieces = [
        "Vrije ", "Universiteit ", "van ", "van", "Amsterdam", "Delft", "\n", "\r\n", " ", "\t",
        "\u00a0", "de ", "Van ", "xvan ", "Technische Universiteit van Delft", "Universiteit van\n",
        "Erasmus", "'s-", "É", "-", "A B C D van E", "  ", ".", "(",
    ]  # fmt: skip
    hits = 0
    for text in _texts(pieces, 8000, 386, most=12):
        expected = [m.regs for m in vanforms._VAN.finditer(text)]
        assert [m.regs for m in vanforms._matches(text)] == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        expected = [m.regs for m in vanforms._VAN.finditer(text)]
        assert [m.regs for m in vanforms._matches(text)] == expected


def test_ocr_capital_i_matches_are_the_whole_patterns() -> None:
    pieces = [
        "Van ", "Van", "van ", "der ", "de ", "den", "De ", "Den ", "Ter ", "Ten ", "Der ", " ",
        "  ", "\t", "\u00a0", "\n", "l", "lersel", "lJzerman", "leden", "lid", "lidwien", "eden",
        "id", ")", "I", ", ", "(CDA)", " (C.D.A.)", "(PvdA", "I,", "x", "-", "ab", " Van lersel",
        "Van der lJsselmuiden", "De lJzerman (CDA)", "), lersel", "I, lJzerman", "Van  de  lid",
    ]  # fmt: skip
    hits = 0
    for text in _texts(pieces, 8000, 387, most=12):
        expected = [m.regs for m in titled._OCR_CAPITAL_I.finditer(text)]
        assert [m.regs for m in titled._capital_i_matches(text)] == expected, text
        hits += len(expected)
    assert hits > 1000
    for text in corpus_pages():
        expected = [m.regs for m in titled._OCR_CAPITAL_I.finditer(text)]
        assert [m.regs for m in titled._capital_i_matches(text)] == expected


# --- companies: a hospital's seat, searched only where 'te' or 'in' ends the window --------------


def test_the_seat_words_stand_wherever_the_seat_pattern_matches() -> None:
    from services.enrich.entities import companies

    pieces = [
        "Ziekenhuis ", "ziekenhuis ", "Het ", "de ", "Bethesda", "Isala", "x", " ", "  ", "\t",
        "\u00a0", "\n", "te", "in", " te ", " in ", "te\n", "in \n", "Amsterdam", "É", "-", "'",
        "_", "1", "Bethesda in ", "Isala te  ", "wonen in ", "aA in ",
    ]  # fmt: skip
    hits = 0
    for text in _texts(pieces, 8000, 388, most=10):
        for lo in range(0, len(text) + 1, 3):
            for end in range(lo, len(text) + 1):
                expected = companies._SEATED.search(text, lo, end) is not None
                if expected:
                    hits += 1
                    assert companies._seat_before(text, lo, end), (text, lo, end)
    assert hits > 1000
    for text in corpus_pages():
        for m in re.finditer(r"[A-Z]", text):
            lo = max(0, m.start() - companies._SEAT_REACH)
            if companies._SEATED.search(text, lo, m.start()) is not None:
                assert companies._seat_before(text, lo, m.start())
