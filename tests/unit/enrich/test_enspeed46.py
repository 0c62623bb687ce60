"""Issue #12, session 46: scans led by a look back or a capital asked only where what every match
holds stands (bench/enrich/enspeed46.md).

Each gate is a piece every match of the scan it guards must hold: a text without it has no match,
so the finder's output is the same. Each test holds the gated finder to the scan run without its
gate on generated texts (asserting that matches were seen) and on every page of the shared corpus;
the gate is also held to the pattern (a new office, head or shape not in the gate fails)."""

from __future__ import annotations

import random
import re

from services.enrich.entities import abbreviations, signatures, taskbodies
from stukken.contracts import Segment
from tests.unit.enrich.corpus import corpus_pages


def _texts(pieces: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    """Random texts of the pieces, mostly a space between two (also none, a line break, two)."""
    rnd = random.Random(seed)
    joins = [" "] * 6 + ["", "\n", "  ", "\u00a0", ", ", ","]
    out = []
    for _ in range(n):
        words = [rnd.choice(pieces) for _ in range(rnd.randint(0, most))]
        out.append("".join(w + rnd.choice(joins) for w in words))
    return out


# --- signatures: one initial, a surname and the office after its comma ---------------------

_OFFICES = ["raadslid", "wethouder", "burgemeester", "gedeputeerde", "statenlid"]
_OFFICES += ["fractievoorzitter", "commissielid", "griffier", "dijkgraaf", "heemraad"]
_OLD_OFFICE_AFTER = re.compile(
    rf"(?<![\w.])(?P<name>[A-Z]\.[ \u00a0]?(?:(?:{signatures._PARTICLE}|"
    rf"{signatures._CAPITAL_PARTICLE})[ \u00a0]+)?"
    rf"{signatures._WORD})[ \t\u00a0]*,[ \t\u00a0]*(?i:raadslid|wethouder|burgemeester|"
    r"gedeputeerde|statenlid|fractievoorzitter|commissielid|griffier|dijkgraaf|heemraad)(?![\w-])"
)


def test_the_office_after_pattern_is_the_one_it_was() -> None:
    assert signatures._OFFICE_AFTER.pattern == _OLD_OFFICE_AFTER.pattern
    # the gate is the pattern's tail: every match holds a match of it
    assert signatures._OFFICE_AFTER.pattern.endswith(signatures._OFFICE_AFTER_GATE.pattern)


def _ungated_office_after(text: str) -> list[signatures.Match]:
    out = []
    for m in _OLD_OFFICE_AFTER.finditer(text):
        start, end = m.span("name")
        found = signatures.titled.person(text, start, end)
        if found is not None:
            out.append(signatures.Match("person", start, end, found.canonical))
    return out


def test_office_after_as_without_its_gate_on_generated_texts() -> None:
    pieces = [
        "J.", "J. Deuring", "Deuring", "Hamster", "T. van Hamster", "M. de Vries", "A.B. Jansen",
        "Van", "Wethouder", "CDA:", "(ChristenUnie):", "P. Van der Berg", "K.Bakker", "de heer",
        "wethouders", "heemraad-lid", "x.", "3.", *(f",{o}" for o in _OFFICES),
        *(f", {o.title()}" for o in _OFFICES), *(f" ,\t{o.upper()}" for o in _OFFICES),
    ]  # fmt: skip
    seen = persons = 0
    for text in _texts(pieces, 20_000, 46, most=8):
        want = _ungated_office_after(text)
        assert list(signatures._office_after(text)) == want, text
        seen += len(_OLD_OFFICE_AFTER.findall(text))
        persons += len(want)
    assert seen > 1000 and persons > 200


def test_office_after_as_without_its_gate_on_the_corpus() -> None:
    for text in corpus_pages():
        assert list(signatures._office_after(text)) == _ungated_office_after(text)


# --- taskbodies: a body named by its head ---------------------------------------------------


def test_every_head_ends_in_a_gate_word() -> None:
    body = taskbodies._HEAD.body.pattern
    literal_heads = re.findall(r"\(\?<=([A-Z])\)([a-z]+)", body)
    assert len(literal_heads) >= 9
    for capital, rest in literal_heads:
        assert any(end in capital + rest for end in taskbodies.HEAD_ENDS), rest
    for tail in re.findall(r"\{3,\}\(\?:([a-z|]+)\)", body)[0].split("|"):
        assert any(end in tail for end in taskbodies.HEAD_ENDS), tail


def _ungated_heads(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in taskbodies._HEAD.finditer(text)]


def test_no_head_where_no_gate_word_stands() -> None:
    pieces = [
        "de", "een", "Commissie", "Stuurgroep", "Werkgroep", "Taskforce", "Regiegroep",
        "Projectgroep", "Klankbordgroep", "Stichting", "College", "Adviescommissie",
        "Adviescollege", "Geschillencommissies", "voor", "de", "zorg", "Comité", "Raad", ",",
    ]  # fmt: skip
    seen = 0
    for text in [*_texts(pieces, 20_000, 461), *corpus_pages()]:
        heads = _ungated_heads(text)
        if not any(end in text for end in taskbodies.HEAD_ENDS):
            assert heads == [] and taskbodies.find(text) == [], text
        seen += len(heads)
    assert seen > 1000


# --- abbreviations: unknown abbreviations among slashed known ones -------------------------


def test_no_slashed_run_where_the_gate_finds_nothing() -> None:
    pieces = [
        "RIVM", "OMT", "NVVK", "NVVA", "GGD", "Ab", "x", "2023", "/", "ABCDEFGHI", "a/b", "De",
        "&", "GGD&", "Lnv", "ministerie",
    ]  # fmt: skip
    rnd = random.Random(462)
    seen = 0
    texts = ["".join(rnd.choice(pieces) + rnd.choice(["/", "/", " ", ""]) for _ in range(8))
             for _ in range(20_000)]  # fmt: skip
    for text in [*texts, *corpus_pages()]:
        runs = list(abbreviations._SLASHED.finditer(text))
        if abbreviations._SLASHED_GATE.search(text) is None:
            assert runs == [], text
        seen += len(runs)
    assert seen > 1000


def test_slashed_finds_the_lists_through_its_gate() -> None:
    seg = Segment(id="s1", kind="paragraph", page=1, text="Overleg met RIVM/OMT/NVVK/NVVA.")
    assert abbreviations._SLASHED_GATE.search(seg.text) is not None
    assert [m.group() for m in abbreviations._SLASHED.finditer(seg.text)] == ["RIVM/OMT/NVVK/NVVA"]
