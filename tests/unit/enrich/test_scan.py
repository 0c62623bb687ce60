"""The fast scanners find exactly what the plain patterns find."""

from __future__ import annotations

import random
import re

from services.enrich import enricher, words
from services.enrich.entities import false_friends, gazetteer, signatures, titled
from services.enrich.scan import Guarded, near
from stukken.contracts import Segment

_PIECES = [
    "Kamerstuk ", "29 383", ", nr. ", "406", "Stb. ", "2021", "xStb", "10 november ", "2022",
    " maart", "21-10-", "EU", "ECLI:NL:HR:", "/", "5.1.2e", " ", "\n", "\r\n", "a", "7", ".",
]  # fmt: skip


def _texts(n: int = 400) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_guarded_equals_the_whole_pattern() -> None:
    cases = [
        (r"(?<![^\W\d_])", r"(?:Stb|Staatsblad)\.?\s*(?P<y>\d{4})"),
        (r"(?<![\w€$.,/:])", r"[1-3]\d[ .]?\d{3},?\s*nr\.\s*\d+"),
        (r"(?<!\d)", r"(?:19|20)\d\d"),
    ]
    for guard, body in cases:
        whole = re.compile(guard + body)
        fast = Guarded(guard, body)
        for text in _texts():
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ], text


def test_near_equals_finditer() -> None:
    pattern = re.compile(
        r"(?<![\w.])(?:(?P<d>[0-3]?\d)\s+)?(?:maart|november)\s+(?:19|20)\d\d(?!\w)"
    )
    years = Guarded(r"(?<!\d)", r"(?:19|20)\d\d")
    for text in _texts():
        got = [
            m.span() for m in near(pattern, list(years.finditer(text)), text, before=40, after=1)
        ]
        assert got == [m.span() for m in pattern.finditer(text)], text


def test_flatten_treats_every_whitespace_as_the_plain_pattern_does() -> None:
    spaces = [chr(c) for c in range(0x3001) if re.match(r"\s", chr(c))]
    plain = re.compile(r"\s{2,}|[\t\r\n\u00a0]")
    for a in spaces:
        for b in ("", " ", "\n", a):
            text = f"x{a}{b}y{b}z"
            assert gazetteer._flatten(text)[0] == plain.sub(" ", text), repr(text)


# Pieces for the gates below: titles, initials, portfolios, slashed and bracketed abbreviations.
_MORE = [
    "minister", "Minister-President", "staatssecretaris", "loco-burgemeester", "burgemeester ",
    "de heer ", "Jansen", ", ", "J.", "A.B.", " (", ")", "Financiën", "RIVM/OMT/GGD", "AIV",
    "12 ", "van ", "Kamerlid", "\n", " ", "x", "-", "Ombudsman", "gezant ",
]  # fmt: skip


def _more(n: int = 400) -> list[str]:
    rng = random.Random(11)
    pieces = _PIECES + _MORE
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_guarded_per_document_patterns_equal_the_whole_pattern() -> None:
    cases = [
        (r"(?<![\w-])", r"(?:AIV|RIVM|OMT)(?![\w-])"),
        (r"(?<![\w/&-])(?<!\d )", r"(?:AIV|GGD)(?![\w/&\-\u0002\ufffe\u00ad])"),
        (r"(?<![\w/])", r"[A-Z][A-Za-z&]{1,7}(?:/[A-Z][A-Za-z&]{1,7}){2,}(?![\w/])"),
    ]
    for guard, body in cases:
        whole = re.compile(guard + body)
        fast = Guarded(guard, body)
        for text in _more():
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ], text


def test_title_stems_are_found_where_a_search_per_stem_finds_them() -> None:
    def per_stem(text: str) -> set[int]:
        starts: set[int] = set()
        for stem, backs in titled._TITLE_STEMS.items():
            pos = text.find(stem)
            while pos != -1:
                starts.update(pos - back for back in backs if pos >= back)
                pos = text.find(stem, pos + 1)
        return starts

    for text in _more():
        found = {  # the stems as words.py's one pass reports them (enrichspeed26's join)
            last - len(stem) + 1 - back
            for last, stem in words.read(text).title_stems
            for back in titled._TITLE_STEMS[stem]
            if last - len(stem) + 1 >= back
        }
        assert found == per_stem(text), text


def test_literal_led_tests_say_what_the_plain_patterns_say() -> None:
    pairs = [
        (signatures._TWO_INITIALS, re.compile(r"[A-Z][a-z]?\.[ \u00a0]?[A-Z]\.")),
        (signatures._DISPLAY_HINT, re.compile(r"\w, [A-Z][a-z]?\.")),
        (gazetteer._SPACE_RUN, re.compile(" {2,}")),
    ]
    for fast, plain in pairs:
        for text in [*_more(), "Jansen, J.", "x, A.", "Dr. A. B.", "Th.J. Jansen", "a    b  c"]:
            assert (fast.search(text) is None) == (plain.search(text) is None), text
    for text in _more():
        assert [m.span() for m in gazetteer._SPACE_RUN.finditer(text)] == [
            m.span() for m in re.finditer(" {2,}", text)
        ], text


def test_portfolio_is_searched_only_before_the_last_open_bracket() -> None:
    texts = [
        *_more(),
        "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap",
        "Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst) en (",
        "minister " + "x" * 59 + "(",
        "Staatssecretaris " + "x" * 60 + "(abc",
        "Staatssecretaris " + "x" * 61 + "(abc",
    ]
    for text in texts:
        assert enricher._in_a_portfolio(text) == (enricher._PORTFOLIO.search(text) is not None), (
            text
        )


def test_running_line_keys_blank_numbers_as_per_line() -> None:
    text = "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2\n  12  van 30 \n\u2028٣٤ pagina ٥"
    segments = [Segment(id=f"s{p}", kind="paragraph", page=p, text=text) for p in range(1, 5)]
    keys = {false_friends._line_key(line) for line in text.splitlines()}
    assert false_friends.running_lines(segments) == frozenset(
        k for k in keys if len(k) >= 8 and not k.isdigit()
    )


def test_member_lists_start_where_the_lookbehind_form_starts() -> None:
    body = titled._MEMBERS.body.pattern
    fast = titled._MEMBERS.body
    plain = re.compile(
        body.replace(
            "lid(?<=(?:van|aan|met) lid)|Kamerleden|kamerleden",
            "(?<=van |aan |met )lid|[Kk]amerleden",
        )
    )
    assert plain.pattern != body
    extra = [
        "van lid ",
        "met lid ",
        "aan lid ",
        "bij lid ",
        "Kamerleden ",
        "kamerleden ",
        "de leden ",
    ]
    rng = random.Random(5)
    pieces = _MORE + extra
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
