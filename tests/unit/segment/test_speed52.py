"""Round 52 (bench/segment/speed23.md): two scans a page or a line no longer made by sre.

- `text_layer.unknown_codes` counts a page's control characters and private-use code points
  with `_bulk.unknown_count` (a loop in C) where it is built, not `_UNKNOWN_CODE.findall`: held
  here against the pattern on every code point, in strings of each of str's three widths, and
  on the whole text of every page of every fixture and corpus PDF.
- `printed_date._placed` searches `PLACED` only where `_PLACED_TAIL` (its comma, blanks and
  digit) is found, and `woo.detect_inventory` a page-1 block with `_INVENTORY` only where the
  block holds the word: each gate is found wherever its pattern is, on every line and block
  text of those PDFs and on made and random texts.
- `email.fields_of` searches a line with `_LABEL` only where the word before one of its ':' or
  ';' is a label's (`_labelled_mark`): where it says no, the pattern finds nothing. Held on
  every line of those PDFs' pages, on made lines (each label in each case, with the letters
  re.IGNORECASE takes for ASCII ones, blanks of every kind before the mark, marks inside
  words), and on lines drawn at random from such pieces.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.families import email, printed_date, woo
from services.segment.families.reading import Reading
from services.segment.scan import text_layer
from tests.unit.segment.test_bulk_pdfium import BULK, needs_bulk

_ROOT = Path(__file__).resolve().parents[3]
_CORPUS = _ROOT.parent / "shared" / "corpus"


def _pdfs() -> list[Path]:
    paths = sorted((_ROOT / "tests" / "fixtures").rglob("*.pdf"))
    return paths + (sorted(_CORPUS.rglob("*.pdf")) if _CORPUS.is_dir() else [])


def _page_texts() -> Iterator[str]:
    """pdfium's text of every page of every fixture and corpus PDF that opens."""
    for path in _pdfs():
        try:
            pdf = pdfium.PdfDocument(path.read_bytes())
        except pdfium.PdfiumError:
            continue
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                yield textpage.get_text_range()
                textpage.close()
                page.close()
        finally:
            pdf.close()


@pytest.fixture(scope="module")
def page_texts() -> list[str]:
    return list(_page_texts())


# -- unknown_count -----------------------------------------------------------------------------


@needs_bulk
def test_unknown_count_is_the_patterns_count_on_every_code_point() -> None:
    assert BULK is not None
    # each code point alone, and beside a character that makes the string one, two or four
    # bytes a character (str's three widths take different loops)
    for lo in range(0, 0x110000, 0x1000):
        block = "".join(map(chr, range(lo, lo + 0x1000)))
        for text in (block, "a" + block, "\u0100" + block, "\U00010000" + block):
            assert BULK.unknown_count(text) == text_layer._unknown_count(text)
    for code in range(0x100):
        for text in (
            chr(code),
            f"ab{chr(code)}\x01",
            f"\u0101{chr(code)}",
            f"\U0001f600{chr(code)}",
        ):
            assert BULK.unknown_count(text) == text_layer._unknown_count(text)
    assert BULK.unknown_count("") == 0
    assert BULK.unknown_count("\x00\x02\t\n\r\x1f\x7f\ue000\uf8ff\uf900\ufffe") == 4


@needs_bulk
def test_unknown_codes_is_as_before_on_every_page(page_texts: list[str]) -> None:
    assert BULK is not None
    assert text_layer.unknown_count is BULK.unknown_count
    rng = random.Random(52)
    codes = ["\x00", "\x01", "\x02", "\x03", "\x1f", "\t", "\ue000", "\uf8ff", "\ufffe", "\x7f"]
    for text in page_texts:
        assert BULK.unknown_count(text) == len(text_layer._UNKNOWN_CODE.findall(text))
        # the same page with such characters in it (a wrong character map's garbage)
        chars = list(text)
        for _ in range(5):
            chars.insert(rng.randint(0, len(chars)), rng.choice(codes))
        garbled = "".join(chars)
        assert BULK.unknown_count(garbled) == len(text_layer._UNKNOWN_CODE.findall(garbled))
        assert text_layer.unknown_codes(garbled) > 0 or "\x00" not in garbled
    assert len(page_texts) > 300


@needs_bulk
def test_unknown_count_takes_one_str() -> None:
    assert BULK is not None
    with pytest.raises(TypeError):
        BULK.unknown_count(b"bytes")
    with pytest.raises(TypeError):
        BULK.unknown_count()
    with pytest.raises(TypeError):
        BULK.unknown_count("a", "b")


# -- _labelled_mark --------------------------------------------------------------------------


def _labels() -> list[str]:
    """The labels `_LABEL` names, read off the pattern itself."""
    alternatives = email._LABEL.pattern.split("(?P<label>")[1].split(")")[0]
    labels = []
    for name in alternatives.split("|"):
        if name.endswith("?"):  # 'bijlagen?', 'attachments?'
            labels += [name[:-2], name[:-1]]
        else:
            labels.append(name)
    return labels


def _agrees(text: str) -> bool:
    """The gate's premise: where it says no, the pattern finds nothing."""
    return email._labelled_mark(text) or not list(email._LABEL.finditer(text))


def test_the_labels_are_the_fields() -> None:
    assert sorted(_labels()) == sorted(email.FIELDS)


def test_labelled_mark_on_every_line_of_every_page(page_texts: list[str]) -> None:
    lines = [line.strip() for text in page_texts for line in text.splitlines()]
    marked = [line for line in lines if ":" in line or ";" in line]
    assert len(marked) > 1000
    said_no = 0
    for line in marked:
        assert _agrees(line), line
        said_no += not email._labelled_mark(line)
    assert said_no > len(marked) // 2  # most lines with a mark are asked no further


_SPECIAL = {"i": ["\u0130", "\u0131"], "s": ["\u017f"], "k": ["\u212a"]}
_BLANKS = ["", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\n", " \u00a0 "]


def _cased(label: str) -> list[str]:
    """The label lowered, upper-cased, capitalised, and with each letter re.IGNORECASE takes
    for an ASCII one in its place."""
    forms = [label, label.upper(), label.capitalize()]
    for k, ch in enumerate(label):
        forms += [label[:k] + other + label[k + 1 :] for other in _SPECIAL.get(ch, [])]
    return forms


def test_labelled_mark_on_made_lines() -> None:
    for label in _labels():
        for form in _cased(label):
            for blank in _BLANKS:
                for mark in (":", ";"):
                    for before in ("", "x ", "x\t", "x\u00a0", "x:", "x;", "x", "a:b ", "\n"):
                        for after in ("", " waarde", ": twee", " Aan: b", "\u00a0c"):
                            text = f"{before}{form}{blank}{mark}{after}"
                            assert _agrees(text), repr(text)
                            found = list(email._LABEL.finditer(text))
                            if found:  # a match: the gate lets the line through
                                assert email._labelled_mark(text), repr(text)
    # the gate's own answers on lines it must pass and lines it must stop
    assert email._labelled_mark("Van: Jan")
    assert email._labelled_mark("VAN\u00a0: Jan")
    assert email._labelled_mark("Onderwerp\t; iets")
    assert email._labelled_mark("Datum: 3 mei Aan: b")
    assert email._labelled_mark("Bİjlage: b")
    assert not email._labelled_mark("Tijd: 13.00 uur")
    assert not email._labelled_mark("ECLI:NL:RBAMS:2026:1187")
    assert not email._labelled_mark("xvan: y")
    assert not email._labelled_mark("a:van: y")
    assert not email._labelled_mark(": van")
    assert not email._labelled_mark("")


def test_labelled_mark_on_random_lines() -> None:
    pieces = [*_labels(), "Van", "AAN", "Datum", "\u017fent", "to\u212a", "x", "Zaak", "heer"]
    pieces += [":", ";", " ", "\t", "\u00a0", "\n", "::", "a:", "12", "(VVD)", "\u0130", "-"]
    rng = random.Random(52)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert _agrees(text), repr(text)


# -- PLACED and _INVENTORY behind their gates ----------------------------------------------------


def _placed_agrees(text: str) -> bool:
    return printed_date._PLACED_TAIL.search(text) is not None or not printed_date.PLACED.search(
        text
    )


def test_placed_tail_wherever_placed_is(page_texts: list[str]) -> None:
    lines = [line for text in page_texts for line in text.splitlines()]
    for text in [*page_texts, *lines]:
        assert _placed_agrees(text)
    made = []
    for place in ("Den Haag", "'s-Gravenhage", "Utrecht", "Nieuw Vennep", "DEN HAAG", "utrecht"):
        for blank in (" ", "  ", "\t", "\u00a0", "\n", "\u2003"):
            for day in ("", "maandag ", "MAANDAG\t", "Zondag\u00a0", "dinsdag  "):
                for date in ("28 oktober 2016", "3 MEI 2021", "10-05-2026", "1/2/21", "x"):
                    made.append(f"{place},{blank}{day}{date}")
                    made.append(f"Brief\n{place},{blank}{day}{date}\nmeer")
    found = 0
    for text in made:
        assert _placed_agrees(text), repr(text)
        found += printed_date.PLACED.search(text) is not None
    assert found > len(made) // 2
    pieces = ["Den Haag", ",", " ", "\n", "maandag", "dag", "3", "28", " mei ", "2021", "-05-", "x"]
    rng = random.Random(52)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert _placed_agrees(text), repr(text)


def _inventory_agrees(text: str) -> bool:
    from services.segment.families.reading import fold

    return "inventaris" in fold(text) or not woo._INVENTORY.search(text)


def test_inventory_word_wherever_the_pattern_is(page_texts: list[str]) -> None:
    lines = [line for text in page_texts for line in text.splitlines()]
    for text in [*page_texts, *lines]:
        assert _inventory_agrees(text)
    for word in (
        "Inventaris",
        "INVENTARISLIJST",
        "inventarislijst",
        "\u0130nventaris",
        "Inventari\u017f",
    ):
        for text in (word, f"  {word}", f"De {word} hier", f"x\n {word}\ny", f"{word}lijst"):
            assert _inventory_agrees(text), repr(text)
    assert woo._INVENTORY.search("Inventarislijst")
    assert woo._INVENTORY.search("x \u0130nventarislijst")


def test_inventory_title_block_is_reading_first() -> None:
    """`_inventory_title_block(r)` is `r.first(_INVENTORY)` on readings of made blocks."""
    from services.segment.layout.lines import Line
    from services.segment.layout.paragraphs import Block

    def block(text: str, y: float) -> Block:
        return Block([Line(1, 72.0, y, 300.0, y + 10.0, y, 10.0, False, text)]).finish()

    texts = ["Ministerie", "Inventarislijst bij besluit", "De inventaris volgt", "Bijlage"]
    for order in (texts, texts[::-1], texts[:1] + texts[2:], ["geen", "van", "beide"]):
        blocks = [block(t, 700.0 - 20 * k) for k, t in enumerate(order)]
        r = Reading(blocks, [], 1)
        assert woo._inventory_title_block(r) is r.first(woo._INVENTORY)
