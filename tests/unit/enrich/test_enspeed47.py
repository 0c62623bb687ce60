"""Issue #12, session 47: enrichment speed with output unchanged (bench/enrich/enspeed47.md).

Each fast path is held to the code it replaced: the old pattern rebuilt here from the module's
current pieces (so a rule another branch adds to them is checked too), run on generated texts that
give many matches (asserted) and on every page of the shared corpus.
"""

from __future__ import annotations

import random
import re
import time

from services.enrich.entities import orgcontext
from services.enrich.scan import Guarded
from tests.unit.enrich.corpus import corpus_pages, generated_texts

# --- orgcontext: a firm's name before its legal form ------------------------------------------

# `_WRAP` as it was: two runs of blanks around the line's break, which a blank could belong to
# either of.
_OLD_WRAP = r"[ \t\u00a0]*\r?\n?[ \t\u00a0]*(?<=\s)"
_OLD_NAME = orgcontext._LEGAL_NAME.replace(orgcontext._WRAP, _OLD_WRAP)
_OLD_LEGAL = Guarded(
    r"(?<![\w-])",
    rf"{_OLD_NAME}[ \t\u00a0]+{orgcontext._LEGAL_FORM}{orgcontext._LEGAL_END}",
)
_OLD_SPLIT_BODY = orgcontext._LEGAL_SPLIT.body.pattern.replace(orgcontext._WRAP, _OLD_WRAP)
_OLD_SPLIT = Guarded(r"(?<![\w-])", _OLD_SPLIT_BODY)

_FIRM_PIECES = [
    "Pels", "Rijcken", "&", "Droogleever", "van", "der", "de", "ten", "'s-Hertogenbosch",
    "'t", "Hooft", "A.S.R.", "E.ON", "Benelux", "2005", "1999", "B.V.", "B.V", "BV", "N.V.", "NV",
    "v.o.f.", "VOF", "C.V.", "L.P.", "LP", "LLC", "Ltd", "GmbH", "Inc.", "plc", "AG,", "SE;",
    "SA)", "AB", "Oy", "S.A.", "S.p.A.", "A/S", "Corp.", "gevestigd", "x", "Holding", "Group",
    "SALT97", "H1330_A", "Noord-Holland", "Zuid‐Limburg", "B.V.2", "GelderB.V.", "De", "het",
    "Jan", "ÉCOLE",
]  # fmt: skip
_FIRM_JOINS = [" "] * 6 + ["  ", "\n", "\r\n", " \r\n ", "\r", "\u00a0", "\t", "", " \n  "]


def _legal(pattern: Guarded, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _texts(pieces: list[str], joins: list[str], n: int, seed: int) -> list[str]:
    return generated_texts(pieces, joins, n, seed, most=12)


def test_the_wrap_is_the_old_one_taken_one_way() -> None:
    """The new blanks match what the old matched, at every start, to the same ends."""
    new, old = re.compile(orgcontext._WRAP), re.compile(_OLD_WRAP)
    rnd = random.Random(47)
    for _ in range(3000):
        gap = "x" + "".join(rnd.choice([" ", "\t", "\u00a0", "\n", "\r", "x"]) for _ in range(7))
        for start in range(1, len(gap)):
            for end in range(start, len(gap) + 1):
                a = new.fullmatch(gap, start, end) is not None
                assert a == (old.fullmatch(gap, start, end) is not None), repr(gap[start:end])


def test_legal_names_as_before_on_generated_texts() -> None:
    seen = split = 0
    for text in _texts(_FIRM_PIECES, _FIRM_JOINS, 20_000, 47):
        want = _legal(_OLD_LEGAL, text)
        assert _legal(orgcontext._LEGAL, text) == want, text
        assert _legal(orgcontext._LEGAL_SPLIT, text) == _legal(_OLD_SPLIT, text), text
        seen += len(want)
        split += len(_legal(_OLD_SPLIT, text))
    assert seen > 3000 and split > 200


def test_legal_names_as_before_on_the_corpus() -> None:
    for text in corpus_pages():
        assert _legal(orgcontext._LEGAL, text) == _legal(_OLD_LEGAL, text)
        assert _legal(orgcontext._LEGAL_SPLIT, text) == _legal(_OLD_SPLIT, text)


def test_a_table_of_codes_is_read_at_once() -> None:
    """An OCR'd table of vegetation codes with no legal form in it: the old blanks made the engine
    try every split of the blanks of five words at each capital (20 ms for a page's 1,700
    characters, 1.4 ms now). Timed against the old pattern in the same process (about 6 times
    as long on these 45,000 characters)."""
    rnd = random.Random(471)
    codes = ["SALT97", "COD", "VVN", "N2000", "MOZAIEK", "Jfl", "26Ac2", "H1330_A", "JFRP", "Pad"]
    text = " ".join(rnd.choice(codes) for _ in range(8000))
    took = []
    for pattern in (orgcontext._LEGAL, _OLD_LEGAL):
        start = time.process_time()
        assert list(pattern.finditer(text)) == []
        took.append(time.process_time() - start)
    assert took[0] * 3 < took[1], took
