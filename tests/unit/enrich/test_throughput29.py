"""Issue #12, round 29: `Match` and `Hit` plain classes, `orgnames` compiled, three gates.

`gazetteer.Match` and `hits.Hit` were frozen dataclasses: compiled, their generated `__init__`
and `__eq__` ran as Python for every match of every rule. They are plain classes now, which must
behave as the dataclasses did where the enricher looks: the same equality (with each other and
with other objects), hash, repr, and `dataclasses.replace` for the one field each rule changed.
`orgnames._Heads` subclassed frozenset, which kept orgnames.py from being compiled; it holds its
words now, and must answer `in` as the subclass did (compounds too) and list the same words.

meetingheads' two patterns and labelends' `_FIELD_PERSON` are asked only where words.py's cue set
holds a word each needs; orgnames' test for a head word is grouped by first letter (`scan.any_of`).

The old forms are rebuilt here as the reference and compared on many generated values."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from services.enrich import scan, words
from services.enrich.entities import false_friends, labelends, meetingheads, orgnames, titled
from services.enrich.entities.gazetteer import Match
from services.enrich.hits import Hit
from services.enrich.references import ocr
from tests.unit.enrich.test_throughput24 import _texts
from tests.unit.enrich.test_throughput28 import _all_cues, _asked

_ROOT = Path(__file__).resolve().parents[3]


@dataclasses.dataclass(frozen=True, slots=True)
class _OldMatch:
    type: str
    start: int
    end: int
    canonical: str
    role: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class _OldHit:
    type: str
    start: int
    end: int
    normalized: str
    url: str | None = None
    role: str | None = None


_TYPES = ("person", "organization", "location", "law", "party", "given", "surname")
_NAMES = (
    "Tweede Kamer",
    "RIVM",
    "J. de Vries",
    "Ministerie van Financiën",
    "Ĳssel",
    "",
    "'s-Gravenhage",
)
_ROLES = (None, "geadresseerde", "vragensteller", "", "minister")


def _match_fields(rng: random.Random) -> tuple[str, int, int, str, str | None]:
    start = rng.randrange(0, 5)
    return (
        rng.choice(_TYPES),
        start,
        start + rng.randrange(0, 4),
        rng.choice(_NAMES),
        rng.choice(_ROLES),
    )


def _hit_fields(rng: random.Random) -> tuple[str, int, int, str, str | None, str | None]:
    start = rng.randrange(0, 5)
    return (
        rng.choice(("kamerstuk", "url", "zaak", "wet")),
        start,
        start + rng.randrange(0, 4),
        rng.choice(("36200-1", "https://x.nl", "", "Ĳ")),
        rng.choice((None, "https://x.nl", "")),
        rng.choice(_ROLES),
    )


def _values(obj: object, old: type) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(old))


@pytest.mark.parametrize(
    ("new", "old", "fields", "changed", "change"),
    [
        (Match, _OldMatch, _match_fields, "role", lambda m, v: m.with_role(v)),
        (Hit, _OldHit, _hit_fields, "start", lambda h, v: h.starting_at(v)),
    ],
    ids=["Match", "Hit"],
)
def test_the_plain_class_is_the_frozen_dataclass_it_was(
    new: type,
    old: type,
    fields: Callable[..., tuple[object, ...]],
    changed: str,
    change: Callable[..., object],
) -> None:
    rng = random.Random(29)
    for _ in range(4000):
        a, b = fields(rng), fields(rng) if rng.random() < 0.7 else None
        b = b or a
        new_a, new_b, old_a, old_b = new(*a), new(*b), old(*a), old(*b)
        assert (new_a == new_b) == (old_a == old_b)
        assert (new_a != new_b) == (old_a != old_b)
        assert hash(new_a) == hash(old_a)
        assert repr(new_a) == repr(old_a).replace(old.__name__, new.__name__)
        assert _values(new_a, old) == a
        value = rng.choice(_ROLES) if changed == "role" else rng.randrange(0, 6)
        replaced = dataclasses.replace(old_a, **{changed: value})
        assert _values(change(new_a, value), old) == dataclasses.astuple(replaced)
        assert new_a.__eq__(object()) is NotImplemented
    # keywords and the defaults, as the rules build them
    assert Match("person", 1, 2, "X") == Match(type="person", start=1, end=2, canonical="X")
    assert Match("person", 1, 2, "X").role is None
    assert Hit("url", 0, 4, "a").url is None and Hit("url", 0, 4, "a").role is None


def test_match_against_other_objects() -> None:
    m = Match("person", 1, 2, "X")
    assert m != _OldMatch("person", 1, 2, "X")
    assert m != ("person", 1, 2, "X", None)
    assert m != Hit("person", 1, 2, "X")
    assert m.__eq__(object()) is NotImplemented
    # in lists and sets, as the enricher keeps them
    found = [Match("location", 0, 3, "Ede"), m]
    assert Match("person", 1, 2, "X") in found
    assert Match("person", 1, 2, "X", "minister") not in found
    assert {m, Match("person", 1, 2, "X")} == {m}


def test_no_rule_asks_dataclasses_of_a_match_or_hit() -> None:
    """`dataclasses.replace`, `astuple`, `asdict` or `fields` fail on the plain classes."""
    asks = re.compile(r"\b(?:replace|astuple|asdict|fields)\(")
    for path in sorted((_ROOT / "services/enrich").rglob("*.py")):
        if "/data/" in str(path):
            continue
        source = path.read_text()
        if "import dataclass" not in source and "from dataclasses import" not in source:
            continue
        for line in source.splitlines():
            if asks.search(line) and ".replace(" not in line:
                # gazetteer's own Entry is still a dataclass, and only it is replaced there
                assert path.name == "gazetteer.py" and "replace(entry" in line, (path, line)


class _OldHeads(frozenset[str]):
    """orgnames._Heads as it was: a frozenset subclass."""

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        return (
            isinstance(word, str)
            and word.endswith(orgnames._ENDINGS)
            and orgnames._COMPOUND_HEAD.fullmatch(word) is not None
            and not word.lower().endswith(orgnames._NO_COUNCIL)
        )


def _words_to_ask(rng: random.Random, heads: list[str]) -> list[object]:
    words: list[object] = [*heads, "", "raad", "Raad", "Leidraad", "Woningvoorraad", "Huisraad"]
    endings = list(orgnames._ENDINGS)
    stems = ["Gezondheids", "Onderwijs", "Mondzorg", "Regie", "X", "ab", "Ĳssel", "Zorg", "1", "É"]
    for _ in range(6000):
        choice = rng.random()
        if choice < 0.4:
            word = rng.choice(stems) + rng.choice(endings)
        elif choice < 0.6:
            word = rng.choice(stems) + rng.choice(heads).lower()
        elif choice < 0.8:
            head = rng.choice(heads)
            cut = rng.randrange(0, len(head) + 1)
            word = head[:cut] + rng.choice(("", "s", "en", "-", " "))
        else:
            word = rng.choice(heads).upper() if rng.random() < 0.5 else rng.choice(heads).lower()
        words.append(word)
    words += [None, 3, ("Raad",)]
    return words


def test_heads_answer_as_the_frozenset_subclass_did() -> None:
    old = _OldHeads(orgnames.HEADS.words)
    heads = sorted(old)
    assert sorted(orgnames.HEADS) == heads and len(orgnames.HEADS) == len(old)
    for word in _words_to_ask(random.Random(129), heads):
        assert (word in orgnames.HEADS) == (word in old), word
    with pytest.raises(TypeError):
        _ = ["Raad"] in orgnames.HEADS  # unhashable, as a frozenset says


def test_the_words_a_union_with_heads_made() -> None:
    """`HEADS | words` was a frozenset union (a plain frozenset: no compounds); so is it now."""
    old = _OldHeads(orgnames.HEADS.words)
    expected = old | titled._words("Ministerie Gemeente Provincie Waterschap")
    assert type(expected) is frozenset
    assert expected == titled._BODY_WORDS and type(titled._BODY_WORDS) is frozenset


def test_orgnames_is_compiled_with_the_rest() -> None:
    setup = (_ROOT / "setup.py").read_text()
    pure = re.search(r"^_PURE = (\{.*\})$", setup, re.M)
    assert pure is not None and "orgnames" not in pure.group(1)


@pytest.mark.parametrize("module", [meetingheads, labelends, orgnames], ids=lambda m: m.__name__)
def test_every_word_the_new_gates_ask_is_a_cue(module: object) -> None:
    asked = _asked(module)  # type: ignore[arg-type]
    gates = module.GATES  # type: ignore[attr-defined]
    assert asked and asked <= gates <= _all_cues(), sorted(asked - _all_cues())


_GATE_PIECES = [
    "Voorzitter", "Griffier", "Secretaris", "Notulist", "Commissiegriffier", "Plv.",
    "Plv. griffier", "Plv.\tgriffier", "Portefeuillehouder", "Aanwezig namens",
    "Aanwezig namens Naam",
    "Aanwezig namens\tNaam", "oorzitter", "Voorzitte", "griffier", "GRIFFIER", "Aanwezig", "namens",
    "Naam", "\n", "\r\n", " ", "\t", "\u00a0", ":", ": ", "D Logemann", "J. de Vries", "U Post",
    "mr. ", "drs. ", "A.B. van der Berg", "GroenLinksI Kleinrensink", "SPM.J. ten Broeke", "x",
    "Jansen-de Wit", "IJ.", "de ",
]  # fmt: skip


def test_the_gated_patterns_find_nothing_where_their_words_are_absent() -> None:
    """Where the gate skips a pattern, a search finds nothing; and the texts reach each pattern."""
    texts = _texts(_GATE_PIECES, 6000, 29, most=10)
    texts += [
        "Voorzitter\nD Logemann",
        "Aanwezig namens Naam\nSPM.J. ten Broeke",
        "Griffier: U. Post",
    ]
    reached = {"labelled": 0, "table": 0, "field": 0}
    for text in texts:
        words.forget()
        cues = words.read(text).cues
        for pattern, gate, key in (
            (meetingheads._LABELLED, meetingheads._LABELS, "labelled"),
            (meetingheads._TABLE_HEAD, meetingheads._TABLE_HEAD_WORDS, "table"),
            (labelends._FIELD_PERSON, labelends.GATES, "field"),
        ):
            found = pattern.search(text) is not None
            if cues.isdisjoint(gate):
                assert not found, (key, text)
            reached[key] += found
    assert all(reached.values()), reached


def _meeting_ungated(text: str) -> list[Match]:
    """meetingheads.find as it was, without the gates."""
    m_ = meetingheads
    out: list[Match] = []
    if "\n" not in text:
        return out
    for m in m_._LABELLED.finditer(text):
        out += m_._person(text, m.start("name"), m.end("name"))
    for head in m_._TABLE_HEAD.finditer(text):
        pos = head.end() + 1
        for _ in range(m_._ROWS_AT_MOST):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            if pos >= end:
                break
            row = m_._GLUED_ROW.fullmatch(text, pos, end)
            if row is not None:
                out += m_._person(text, row.start("name"), row.end("name"))
            pos = end + 1
    return out


def _field_ungated(text: str) -> list[Match]:
    """labelends.field_persons as it was, without the gate."""
    return [
        Match("person", m.start("name"), m.end("name"), " ".join(m.group("name").split()))
        for m in labelends._FIELD_PERSON.finditer(text)
    ]


def test_the_finders_find_what_they_found_ungated() -> None:
    texts = _texts(_GATE_PIECES, 3000, 129, most=10)
    texts += ["Voorzitter\nD Logemann", "Aanwezig namens Naam\nSPM.J. ten Broeke\nCDAE. Bakker"]
    texts += ["Griffier: U. Post", "Secretaris : mr. A.B. van der Berg"]
    found_any = [False, False]
    for text in texts:
        words.forget()
        meeting, field = meetingheads.find(text), labelends.field_persons(text)
        assert meeting == _meeting_ungated(text), text
        assert field == _field_ungated(text), text
        found_any = [found_any[0] or bool(meeting), found_any[1] or bool(field)]
    assert all(found_any)


def test_any_of_says_what_the_alternation_said() -> None:
    rng = random.Random(292)
    letters = "abcAB ĲéX.-(*+?[\\"
    for _ in range(300):
        vocabulary = {
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 12))
        }
        old = re.compile("|".join(re.escape(w) for w in sorted(vocabulary)))
        new = re.compile(scan.any_of(vocabulary))
        for _ in range(40):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
            assert (old.search(text) is None) == (new.search(text) is None), (vocabulary, text)
    heads = re.compile("|".join(sorted(orgnames.HEADS)))
    for text in _texts([*sorted(orgnames.HEADS), "raad", "Raa", "x", " ", "Bureaus"], 3000, 9):
        assert (heads.search(text) is None) == (orgnames._ANY_HEAD.search(text) is None)
    with pytest.raises(ValueError):
        scan.any_of(["a", ""])


def _defined_old(text: str, start: int) -> object:
    """false_friends' search before the '(' at start - 1, as it was."""
    m = false_friends._DEFINED.search(text, max(0, start - 120), start)
    return None if m is None else (m.span(), m.group(1))


def _defined_new(text: str, start: int) -> object:
    at = false_friends._defined_start(text, max(0, start - 120), start - 1)
    m = false_friends._DEFINED.match(text, at, start) if at >= 0 else None
    return None if m is None else (m.span(), m.group(1))


def test_the_defined_start_is_where_the_search_began() -> None:
    rng = random.Random(1229)
    pieces = [
        "a", "IPO", "initial", "public", "offering", "x_y", "co-op", "2", "²", "é", "Ĳ", "ǅ", "_",
        "-", " ", "  ", "\t", "\u00a0", "\u2003", "\n", ".", ",", "(", ")", "/", "Raad van State",
    ]  # fmt: skip
    checked = found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.3:
            text = " ".join(rng.choice(("een", "twee", "drie", "vier")) for _ in range(40)) + text
        for start in range(1, len(text) + 1):
            if text[start - 1] != "(":
                continue
            old = _defined_old(text, start)
            assert _defined_new(text, start) == old, (text, start)
            checked += 1
            found += old is not None
    assert checked > 3000 and found > 300


def test_word_characters_are_what_the_pattern_calls_so() -> None:
    word = re.compile(r"[\w-]")
    for code in range(0x3100):
        ch = chr(code)
        assert (word.fullmatch(ch) is not None) == (ch.isalnum() or ch in "_-"), hex(code)


def test_numbers_are_blanked_as_the_unicode_pattern_did() -> None:
    pieces = ["1", "23", "0", "٣", "²", "x", " ", "\n", "#", "é", "Ĳ", "12a", "-", "1\u00a02", "٣4"]
    texts = _texts(pieces, 5000, 1231, most=14)
    assert sum(t.isascii() for t in texts) > 500
    for text in texts:
        assert false_friends._numbers_blanked(text) == false_friends._NUMBER.sub("#", text), text


def test_ocr_finds_a_letter_next_to_a_digit_as_before() -> None:
    pieces = ["1", "0", "O", "o", "l", "I", "|", "Z", "S", "z", "x", " ", "٣", "²", "é", "20", "Ĳ"]
    texts = _texts(pieces, 6000, 1232, most=8)
    assert sum(t.isascii() for t in texts) > 500
    for text in texts:
        if text.isascii():
            new = ocr._ASCII_NEXT_TO_DIGIT.search(text)
            old = ocr._NEXT_TO_DIGIT.search(text)
            assert (None if new is None else new.span()) == (None if old is None else old.span())


def _may_hold_name_old(text: str) -> bool:
    o = orgnames
    if re.search("|".join(sorted(o.HEADS)), text) or "Fonds" in text or "Advies" in text:
        return True
    return any(e in text for e in o._ANY_ENDINGS) and o._ANY_COMPOUND.search(text) is not None


def test_may_hold_name_says_what_its_scans_said() -> None:
    heads = sorted(orgnames.HEADS)
    endings = list(orgnames._ANY_ENDINGS)
    pieces = [*heads, *endings, "Fonds", "Advies", "Mondzorg", "Regie", "x", " ", "\n", "RAAD"]
    pieces += [w[:-1] for w in heads[::3]] + [w[1:] for w in endings] + ["Raadsbesluit", "tafels"]
    texts = _texts(pieces, 4000, 1233, most=5)
    held = 0
    for text in texts:
        words.forget()
        old = _may_hold_name_old(text)
        assert orgnames._may_hold_name(text) == old, text  # not read: scanned
        words.read(text)
        assert orgnames._may_hold_name(text) == old, text  # read: from the cue set
        held += old
    assert 0 < held < len(texts)
