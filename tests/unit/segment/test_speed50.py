"""Round 50 (bench/segment/speed23.md, round 50): the Python steps after the runs ask less.

Each fast path against the code it replaced, on random input made to hit its edges:

- `paragraphs._open_end` searches a line's last 6 characters for `_OPEN_END`, not the line;
- `paragraphs._lead_in` asks its pattern only of a line holding a colon;
- `furniture.fold_digits` (bytes' `find`, not `in`) and `furniture._place` (`half_even`, not
  `round`);
- `dates.find_date` and `dates.without_dates`: the patterns searched one match at a time, the
  numeric one only where a separator stands; `dates._iso` formats without a format spec;
- `reading.fold` lowers a text with non-ASCII characters as UTF-8 bytes: the same ASCII words
  are in it (and no other character lowers to an ASCII one).
"""

from __future__ import annotations

import random
import re

from services.segment.families import dates
from services.segment.families.dates import MONTHS, find_date, without_dates
from services.segment.families.reading import fold
from services.segment.layout import furniture, paragraphs
from services.segment.layout.lines import Line

_ROUNDS = 3000


def _text(rng: random.Random, pieces: list[str], most: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def test_open_end_is_the_search_of_the_whole_line() -> None:
    rng = random.Random(50)
    words = ["en", "of", "de", "het", "een", "van", "voor", "door", "naar", "over", "dat", "die"]
    pieces = [
        *words,
        *(w.upper() for w in words),
        "Van",
        "DOOR",
        " ",
        "\n",
        "\t",
        "\u00a0",
        "x",
        "ſ",  # a case-blind 's'
        "e",
        "n",
        "a",
        "r",
        "1",
        ".",
    ]
    for _ in range(_ROUNDS):
        text = _text(rng, pieces, 9)
        expected = paragraphs._OPEN_END.search(text) is not None
        assert paragraphs._open_end(text) == expected, repr(text)
    # by hand: a word at the end after a space, alone, glued on, before a final newline
    for text, expected in [
        ("Criminaliteit en", True),
        ("en", True),
        ("door", True),
        ("xdoor", False),
        ("xdoor\n", False),
        ("a door\n", True),
        ("a doors", False),
        ("", False),
        ("rechtshandhaving 2023", False),
    ]:
        assert paragraphs._open_end(text) == expected, text
        assert (paragraphs._OPEN_END.search(text) is not None) == expected, text


def test_lead_in_asks_its_pattern_only_with_a_colon() -> None:
    rng = random.Random(51)
    pieces = ["De heer Jansen (VVD)", ":", " ", "Mevrouw", "Zaak", "1", "x", "\n", "a"]
    for _ in range(_ROUNDS):
        prev, text = _text(rng, pieces, 6), _text(rng, pieces, 4)
        old = (
            paragraphs._LEAD_IN.match(prev) is not None
            and paragraphs._OWN_LABEL.match(text) is None
        )
        line = Line(1, 72.0, 700.0, 500.0, 710.0, 702.0, 10.0, True, prev)
        assert paragraphs._lead_in(line, text) == old, (prev, text)


def test_fold_digits_is_the_pattern() -> None:
    rng = random.Random(52)
    pieces = ["1", "23", "4567", "#", "##", " ", "a", "Pagina", "van", "é", "€", "."]
    for _ in range(_ROUNDS):
        text = _text(rng, pieces, 10)
        assert furniture.fold_digits(text) == re.sub(r"\d+", "#", text), repr(text)


def test_place_rounds_as_round() -> None:
    rng = random.Random(53)
    bases = [0.0, -0.0, 3.0, 9.0, 15.0, 21.0, -3.0, -9.0, 1e6, -1e6, 6 * 2.5, 6 * 3.5]
    bases += [rng.uniform(-50, 900) for _ in range(_ROUNDS)]
    bases += [6 * (k + 0.5) for k in range(-20, 200)]  # ties, to even
    for base in bases:
        assert furniture._place(base) == round(base / 6), base


def _old_find_date(text: str, month_first: bool = False) -> tuple[str, int] | None:
    """`dates.find_date` as it was before round 50."""
    if not dates._DIGIT.search(text):
        return None
    found: list[tuple[int, str]] = []
    for match in dates._WORDS.finditer(text):
        iso = _old_iso(match.group(3), MONTHS[match.group(2).lower()], match.group(1))
        if iso:
            found.append((match.start(), iso))
            break
    for match in dates._WORDS_EN.finditer(text):
        iso = _old_iso(match.group(3), MONTHS[match.group(1).lower()], match.group(2))
        if iso:
            found.append((match.start(), iso))
            break
    for match in dates._NUMERIC.finditer(text):
        a, b, c = match.groups()
        if len(a) == 4:
            iso = _old_iso(a, int(b), c)
        elif month_first:
            iso = _old_iso(c, int(a), b)
        else:
            iso = _old_iso(c, int(b), a)
        if iso:
            found.append((match.start(), iso))
            break
    if not found:
        return None
    position, iso = min(found)
    return iso, position


def _old_iso(year: str, month: int, day: str) -> str | None:
    year = year.replace(" ", "")
    if len(year) == 2:
        year = f"20{year}"
    if not (1 <= month <= 12 and 1 <= int(day) <= 31 and 1900 <= int(year) <= 2100):
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def _old_without_dates(text: str) -> str:
    for pattern in (dates._WORDS, dates._WORDS_EN, dates._NUMERIC):
        text = pattern.sub(" ", text)
    return text


def test_find_date_and_without_dates_are_as_before() -> None:
    rng = random.Random(54)
    pieces = [
        "3",
        "12",
        "31",
        "45",
        "0",
        "2021",
        "1899",
        "2 0 2 1",
        "21",
        "١٢",  # Arabic-Indic digits: `\d` takes them, `int` reads them
        " ",
        "e ",
        "mei",
        "MEI",
        "September",
        "sept.",
        "mrt",
        "may",
        "Mon",
        ",",
        "-",
        "/",
        ".",
        "..",
        "uur",
        "Datum:",
        "x",
    ]
    for _ in range(_ROUNDS * 3):
        text = _text(rng, pieces, 9)
        for month_first in (False, True):
            assert find_date(text, month_first) == _old_find_date(text, month_first), text
        assert without_dates(text) == _old_without_dates(text), text
    for text in ["6 juli 2021", "25 September 2020", "10-05-2026", "Mon 9/14/2020", "15Feb2021"]:
        month_first = "/" in text  # Outlook's order
        found = find_date(text, month_first)
        assert found is not None and found == _old_find_date(text, month_first), text


def test_iso_formats_as_the_format_spec() -> None:
    for year in ["1899", "1900", "2021", "21", "99", "2 0 2 1", "2100", "2101"]:
        for month in range(0, 14):
            for day in ["0", "1", "01", "9", "09", "10", "31", "32", "٥"]:
                assert dates._iso(year, month, day) == _old_iso(year, month, day)


def _old_fold(text: str) -> str:
    """`reading.fold` as it was before round 50."""
    if not text.isascii():
        text = text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s")
    return text.lower()


_SPECIAL = {"\u0130", "\u0131", "\u017f", "\u212a"}  # 'İ', 'ı', 'ſ', the Kelvin sign


def test_no_other_character_folds_to_ascii() -> None:
    """What `fold`'s docstring rests on: no character but the four it replaces lowers to one
    holding an ASCII character, and none comes out of `fold` holding one."""
    for code in range(0x80, 0x110000):
        c = chr(code)
        if c in _SPECIAL:
            assert fold(c).isascii() and fold(c) == _old_fold(c).replace("\u0307", "")
            continue
        assert not any(ch.isascii() for ch in c.lower()), hex(code)
        assert not any(ch.isascii() for ch in fold(c)), hex(code)


def test_fold_holds_the_ascii_words_the_old_fold_held() -> None:
    rng = random.Random(55)
    pieces = [
        *"abcdeklmnorstvz -:(.\n",
        "Datum",
        "GEACHTE",
        "Voorzitter van de",
        "ons Kenmerk",
        *_SPECIAL,
        "é",
        "ë",
        "€",
        "’",
        "ß",
        "Σ",
        "ΑΣ",
        "ǅ",
        "ﬃ",
        "\ud800",  # a lone surrogate, as a broken text layer may give
        "\U0001f600",
    ]
    for _ in range(_ROUNDS):
        text = _text(rng, pieces, 14)
        old, new = _old_fold(text), fold(text)
        needles = {old[i : i + n] for i in range(len(old)) for n in (1, 2, 3, 5)}
        needles |= {_text(rng, list("abeiklnorst -"), 4) for _ in range(10)}
        for needle in needles:
            if needle.isascii():
                assert (needle in new) == (needle in old), (text, needle)


def test_the_families_ask_ascii_words() -> None:
    """`fold` is asked for ASCII words only: the word gates' constants and the words the
    families' modules pass to `mentions` and `titled`."""
    from pathlib import Path

    from services.segment.families import fiche, memo, parliament, printed_date, woo

    words = [*woo._JUDGED_WORDS, *woo._DECISION_WORDS, *memo.WORD_HELD, memo.PURPOSE_HELD]
    words += [fiche.TITLE_WORD, *printed_date._LABEL_WORDS]
    words += [w for held in parliament._PIECE_WORDS.values() for w in held]
    # the sources, beside the tests (a compiled module's __file__ names where its group lies)
    root = Path(__file__).parents[3] / "services" / "segment" / "families"
    for path in root.glob("*.py"):
        for call in re.findall(r"\.(?:mentions|titled)\(([^)]*)\)", path.read_text()):
            words += re.findall(r'"([^"]*)"', call)
    assert len(words) > 40  # the constants (30) and the words of the calls in the sources
    assert all(w.isascii() and w == w.lower() for w in words), words
