"""Round 38 (bench/segment/speed23.md): furniture, structure and the accounting ask less and
answer as before. The sign-off's first-letter gate holds every letter its pattern starts with,
an ASCII line counts as the NFKD reading counts it, the document's right edges asked lazily are
the ones learnt up front, and the folios kept by line are the ones `_folio` gives."""

from __future__ import annotations

import random
import re
import unicodedata
from re import _parser

from services.segment.layout import furniture, headings, quality, structure
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import right_edges
from tests.unit.segment.test_speed28 import _starts


def test_the_sign_off_gate_holds_every_first_letter() -> None:
    gated = structure._SIGN_OFF
    assert not gated.pattern.flags & re.IGNORECASE
    chars, decimal = _starts(list(_parser.parse(gated.pattern.pattern)))
    assert not decimal and not gated.decimal
    assert sorted(chr(c) for c in chars) == sorted(gated.first)


def test_the_sign_off_gate_answers_as_the_pattern() -> None:
    texts = [
        "",
        "Hoogachtend,",
        "Met vriendelijke groet,",
        "Groet,",
        "groeten,",
        "Hartelijke groet,",
        "De Minister van Binnenlandse Zaken,",
        "Namens de minister van Financiën,",
        "het college van burgemeester en wethouders van Assen,",
        "Burgemeester en wethouders van Zwolle",
        "Gedeputeerde Staten van Drenthe,",
        "hoogachtend,",
        "Een zin die niets ondertekent.",
        "1. Hoogachtend,",
    ]
    for text in texts:
        want = structure._SIGN_OFF.pattern.match(text)
        assert (want is None) is (structure._SIGN_OFF.match(text) is None), text


def _counted_before(text: str) -> int:
    """`quality.countable` by the NFKD reading alone, as every text was counted before."""
    return sum(quality._counts(ch) for ch in unicodedata.normalize("NFKD", text))


def test_an_ascii_line_counts_as_the_nfkd_reading() -> None:
    rng = random.Random(38)
    ascii_chars = [chr(c) for c in range(128)]
    texts = ["", " ", "-", "`", "a-b `c`", "\x02x\x7f", "Pagina 3 van 10", "\t\n\r"]
    texts += [
        "".join(rng.choice(ascii_chars) for _ in range(rng.randrange(60))) for _ in range(500)
    ]
    for text in texts:
        assert quality.countable(text) == _counted_before(text), repr(text)
    for text in ("café", "ﬁets", "a\u00adb", "é", "x\u00a0y"):  # the other path, as before
        assert quality.countable(text) == _counted_before(text), text


def _line(text: str, x1: float, y: float, zone: str = "body", page: int = 1) -> Line:
    return Line(page, 72.0, y, x1, y + 10.0, y + 2.0, 10.0, False, text, zone=zone)


def test_the_right_edges_asked_late_are_the_ones_learnt_first() -> None:
    lines = [
        _line("een regel proza die tot de rand van de kolom loopt", 500.0 + i % 3, 700.0 - 12 * i)
        for i in range(12)
    ]
    lines += [_line("een regel in de tweede kolom, ook lang genoeg", 560.0, 600.0, "body2")]
    edges = headings._RightEdges(lines)
    assert edges.edges is None  # nothing learnt before a question
    learnt = right_edges({0: lines})
    for zone in ("body", "body2", "side"):
        assert edges.get(zone, -1.0) == learnt.get(zone, -1.0)
    assert edges.edges == learnt


def test_the_folios_kept_by_line_are_the_ones_folio_gives() -> None:
    edges: dict[int, list[Line]] = {}
    for p in range(1, 7):
        edges[p] = [
            _line(f"{p + 2} Regeerprogramma", 300.0, 800.0, page=p),
            _line(f"Hoofdstuk {p}. Asiel {p + 10}", 300.0, 780.0, page=p),
            _line(f"{p}", 300.0, 20.0, page=p),
            _line("Vraag 3 over de kosten 12", 300.0, 40.0, page=p),
        ]
    found: dict[int, tuple[int, str]] = {}
    offsets = furniture._folio_offsets(edges, found)
    want = {
        id(ln): folio
        for p, lines in edges.items()
        for ln in lines
        if (folio := furniture._folio(ln, p)) is not None
    }
    assert found == want
    assert (2, "regeerprogramma") in offsets
    assert offsets == furniture._folio_offsets(edges)


def test_digits_fold_as_the_pattern_folds_them() -> None:
    rng = random.Random(3838)
    alphabet = "0123456789#ab .-/" + "\u0663\u00b2\u00e9\uff11"  # Arabic-Indic 3, ², é, fullwidth 1
    texts = ["", "#", "12", "pagina 3 van 10", "2021-2022", "a1b22c333d4444", "#1", "1#", "x##9"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(30))) for _ in range(2000)]
    for text in texts:
        assert furniture.fold_digits(text) == furniture._DIGITS.sub("#", text), repr(text)


def test_the_edge_lines_take_the_first_of_equal_tops_and_feet() -> None:
    # two lines share the highest top and two the lowest foot, inside the named page number's
    # reach but outside the edge band: `max` and `min` gave the first of each
    lines = [
        _line("Tekst in het midden", 300.0, 400.0),
        _line("Pagina 1 van 2", 300.0, 800.0),
        _line("Pagina 1 van 3", 300.0, 800.0),
        _line("Pagina 2 van 2", 300.0, 150.0),
        _line("Pagina 2 van 3", 300.0, 150.0),
    ]
    edge = furniture._edge_lines(lines, 0.0, 1000.0)
    assert [ln.text for ln in edge] == ["Pagina 1 van 2", "Pagina 2 van 2"]
