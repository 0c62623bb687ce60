"""Issue #12, round 24: searched patterns rewritten so the regex engine gets a first character.

Each rewrite must match exactly what the pattern it replaces matched: the old form is rebuilt here
and both are run on generated and tricky texts (spans, groups, searches within windows)."""

from __future__ import annotations

import random
import re

from services.enrich import scan
from services.enrich.entities import attendees, false_friends, labelends, orgcontext, titled
from services.enrich.references import parliamentary, urls


def _texts(pieces: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _windows(pattern: re.Pattern[str], text: str) -> list[object]:
    """The match of `search` in every window of the text (all starts, all ends), as `near` asks."""
    out: list[object] = []
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            m = pattern.search(text, lo, hi)
            out.append(None if m is None else m.regs)
    return out


def _first_character(pattern: re.Pattern[str]) -> bool:
    """Whether the compiled pattern gives the engine a literal prefix or a first-character set."""
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET))


def test_every_rewritten_pattern_has_a_first_character() -> None:
    for pattern in (
        false_friends._NUMBER,
        labelends._LAST_WORD,
        attendees._NAME_BEFORE.body,
        titled._MEMBERS.body,
        parliamentary._BARE,
        parliamentary._BARE_CHAPTER,
    ):
        assert _first_character(pattern), pattern.pattern


def test_number_blanks_the_same_digits() -> None:
    old = re.compile(r"\d+")
    pieces = ["1", "23", "٣", "x", " ", "\n", "2024", "a1b", "¹", "–"]
    for text in _texts(pieces, 3000, 1):
        assert false_friends._NUMBER.sub("#", text) == old.sub("#", text)
        assert [m.span() for m in false_friends._NUMBER.finditer(text)] == [
            m.span() for m in old.finditer(text)
        ]


def test_last_word_same_match() -> None:
    old = re.compile(r"[ \t\u00a0\r\n]+(\S+)$")
    pieces = [" ", "\t", "\u00a0", "\r", "\n", "\r\n", "Jan", "de", "Datum", ":", "\u2009", "\x0b"]
    for text in _texts(pieces, 6000, 2):
        a, b = old.search(text), labelends._LAST_WORD.search(text)
        assert (a and (a.span(), a.span(1))) == (b and (b.span(), b.span(1))), repr(text)


def test_host_start_is_the_search() -> None:
    old = re.compile(r"[A-Za-z0-9.-]*$")
    pieces = ["a", "Z", "0", ".", "-", "\n", " ", "/", "é", "_", "www.", "overheid"]
    rnd = random.Random(3)
    texts = _texts(pieces, 800, 3, most=30)
    texts += ["", "\n", "\n\n", "a\n", "ab\n\n", "x" * 300, "a b" + "c" * 260 + "\n"]
    for _ in range(50):
        texts.append("".join(rnd.choice("ab.-\n ") for _ in range(rnd.randint(250, 300))))
    for text in texts:
        for end in range(len(text) + 1):
            host = old.search(text, max(0, end - 253), end)
            assert host is not None
            assert urls._host_start(text, end) == host.start(), (repr(text), end)


def test_name_before_same_match() -> None:
    old = re.compile(
        r"(?<![\w.\-/@])"
        + attendees._NAME_BEFORE.body.pattern.replace(attendees._FIRST_WORD, attendees._WORD, 1)
    )
    assert old.pattern != r"(?<![\w.\-/@])" + attendees._NAME_BEFORE.body.pattern
    pieces = [
        "IJsbrand", "IJ", "Ij", "Ida", "Jan", "de", "van der", "Vries", "Bakker-de", "Groot-Smit",
        "O'Neil", " ", " ", "\u00a0", "\n", "\r\n", ".", "-", "/", "@", "x", "Émile", "ĲS", "9",
    ]  # fmt: skip
    names = ["Jan", "IJsbrand", "Ida", "Vries", "de Vries", "van der Berg", "Bakker-de", "Smit"]
    ends = ["", " ", "\n", " \r\n ", "\u00a0"]
    rnd = random.Random(4)
    texts = _texts(pieces, 3000, 4, most=9)
    for prefix in _texts(pieces, 3000, 8, most=5):
        name = " ".join(rnd.choice(names) for _ in range(rnd.randint(1, 4)))
        texts.append(prefix + name + rnd.choice(ends))
    for text in texts:
        a, b = old.search(text), attendees._NAME_BEFORE.search(text)
        assert (a and (a.span(), a.span("name"))) == (b and (b.span(), b.span("name"))), repr(text)


def test_members_same_matches() -> None:
    body = titled._MEMBERS.body.pattern
    old_body = body.replace(
        r"Het\s+(?:voormalige?\s+)?[Ll]id|het\s+(?:voormalige?\s+)?[Ll]id|",
        r"[Hh]et\s+(?:voormalige?\s+)?[Ll]id|",
        1,
    )
    old_body = re.sub(
        r"Moties\?(.*?)\|moties\?\1\)",
        lambda m: rf"[Mm]oties?{m[1]})",
        old_body,
        count=1,
        flags=re.DOTALL,
    )
    assert old_body != body and "[Hh]et" in old_body and "[Mm]oties?" in old_body
    old = scan.Guarded(titled._MEMBERS.guard.pattern, old_body)
    pieces = [
        "Het lid ", "het lid ", "het voormalige Lid ", "Het voormalig lid ", "Motie van ",
        "motie van ", "Moties van ", "moties van ", "de leden ", "van lid ", "vande leden ",
        "Van Dijk", "Omtzigt", "Kamerlid ", "minister ", " en ", ", ", "/", " (CDA)", "\n",
        "Kamerleden ", "de heren ", "x", "van ", "de ", "VVD",
    ]  # fmt: skip
    for text in _texts(pieces, 4000, 5, most=10):
        got = [(m.span(), m.span("list")) for m in titled._MEMBERS.finditer(text)]
        assert got == [(m.span(), m.span("list")) for m in old.finditer(text)], repr(text)


def test_bare_dossier_same_matches() -> None:
    old_dossier = r"(?<![\w€$.,/:])" + parliamentary._DOSSIER
    pieces = [
        "29 383", "21 501", "36.200", "12345", "3", "1", ", nr. 406", ", nrs. 3 en 5", "-02",
        " VI", "-IV", " ", "\n", "€", "$", ".", ",", "/", ":", "a", "x2", "٣",
    ]  # fmt: skip
    rnd = random.Random(6)
    texts = _texts(pieces, 600, 6, most=8)
    for _ in range(1500):
        texts.append(
            rnd.choice(["", " ", "x", "€", "$", ".", ",", "/", ":", "\n", "a ", "2"])
            + rnd.choice(["29 383", "21 501", "36.200", "12345", "9 383", "29 3834"])
            + rnd.choice(["", "-02", " VI", "-IV", " A", "-XII"])
            + rnd.choice(["", ", nr. 406", ", nrs. 3 en 5", " nr. 2", ",\nnr. 12-15", ", nr 7, 8"])
            + rnd.choice(["", " ", ".", "a", "\n"])
        )
    for new in (parliamentary._BARE, parliamentary._BARE_CHAPTER):
        old = re.compile(new.pattern.replace(parliamentary._BARE_DOSSIER, old_dossier, 1))
        assert old.pattern != new.pattern
        for text in texts:
            assert [m.regs for m in new.finditer(text)] == [m.regs for m in old.finditer(text)]
            if len(text) <= 40:
                assert _windows(new, text) == _windows(old, text), repr(text)


def test_glued_particle_same_substitution() -> None:
    old = re.compile(r"(?<=\s)(der|den|de)(?=[A-Z])")
    assert _first_character(titled._GLUED_PARTICLE)
    pieces = ["Von ", "der", "den", "de", "d", "e", "Leyen", "Berg", "r", "n", " ", "\n", "\u00a0"]
    for text in _texts(pieces, 4000, 7):
        assert titled._GLUED_PARTICLE.sub(r"\1 ", text) == old.sub(r"\1 ", text), repr(text)
        assert [m.regs for m in titled._GLUED_PARTICLE.finditer(text)] == [
            m.regs for m in old.finditer(text)
        ]


def _one_case_class(body: str) -> str:
    """The old form of a kind list: each 'Gemeente|gemeente' pair written '[Gg]emeente' again."""
    return re.sub(
        r"(?<=[(|>])([A-Z])([a-z]+)\|([a-z])\2(?=[|)])",
        lambda m: f"[{m[1]}{m[3]}]{m[2]}" if m[1].lower() == m[3] else m[0],
        body,
    )


def test_kind_lists_same_matches() -> None:
    pieces = [
        "gemeente ", "Gemeente ", "de gemeenten ", "Provincies ", "waterschap ", "Stichting ",
        "rechtbank ", "Gerechtshof ", "Rekenkamercommissie ", "GGD ", "Fundashon ", "Utrecht",
        "Den Haag", "Noord-Holland", " en ", ", ", "Almelo", "de provincie ", "\n", "x", "-",
        "Hoogheemraadschap ", "streekgewest ", "Amsterdam", "'s-Hertogenbosch", "Bos di ",
    ]  # fmt: skip
    for pattern in (orgcontext._KIND, orgcontext._PLURAL):
        old_body = _one_case_class(pattern.body.pattern)
        assert old_body != pattern.body.pattern and "[Gg]emeente" in old_body
        old = scan.Guarded(pattern.guard.pattern, old_body, pattern.body.flags)
        for text in _texts(pieces, 3000, 11, most=10):
            got = [m.regs for m in pattern.finditer(text)]
            assert got == [m.regs for m in old.finditer(text)], repr(text)
